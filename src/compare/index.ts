/**
 * Stage 6, comparison: pairs the claims that may speak of the same thing and finds conflicts and
 * agreements. Pairs are blocked (by place for events, by shared word trigrams and figures for
 * agreements), so the work grows with the number of claims, not its square.
 * @module
 */
import type { Agreement, Claim, Conflict, Revision, Source } from '../types.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { longestMatch, phraseKey } from '../util/words.js';
import { conflictBetween, revisionBetween, type Comparable } from './conflicts.js';
import { agreementBetween, confirmationBetween, contentWords, type TextForm } from './agreements.js';
import { LIMITS } from '../limits.js';

export { intervalsMeet } from './conflicts.js';

/**
 * What the comparison finds.
 * @example
 * const { conflicts, agreements, revisions } = compare(claims, sources, dates, lex);
 */
export interface Comparison {
  readonly conflicts: readonly Conflict[];
  readonly agreements: readonly Agreement[];
  readonly revisions: readonly Revision[];
}

const POSTING_LIMIT = 64;

/**
 * Compares claims across (and within) documents.
 * @example
 * const { conflicts } = compare(claims, sources, { 'doc-1': '2017-03-22' }, lex);
 */
export function compare(claims: readonly Claim[], sources: readonly Source[], docDates: Readonly<Record<string, string | null>>, lex: CompiledLexicon): Comparison {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const items: Comparable[] = claims.map((claim) => ({
    claim,
    sourceKey: claim.source?.id ?? `self:${claim.docId}`,
    when: claim.date ?? docDates[claim.docId] ?? null,
    published: docDates[claim.docId] ?? null,
    alignment: (claim.source && byId.get(claim.source.id)?.alignment) ?? 'unknown',
    sourceName: claim.source ? byId.get(claim.source.id)?.canonical ?? claim.source.canonical : `the report ${claim.docId}`,
  }));
  const forms = claims.map((c) => textForm(c.text, lex));

  const conflicts: Omit<Conflict, 'id'>[] = [];
  // an unknown place is taken as a town: finer than a city, not coarse
  const kindOf = (place: string): string => lex.places.map.get(phraseKey(place))?.kind ?? 'area';
  const fine = (place: string): boolean => !['country', 'province', 'region', 'city'].includes(kindOf(place));
  const coarse = (place: string): boolean => ['country', 'province'].includes(kindOf(place));
  const revisions: Omit<Revision, 'id'>[] = [];
  const agreements: Omit<Agreement, 'id'>[] = [];
  for (const [i, j] of eventPairs(items, forms)) {
    const k = conflictBetween(items[i]!, items[j]!, fine, coarse);
    if (k) conflicts.push(k);
    const r = k ? null : revisionBetween(items[i]!, items[j]!);
    if (r) revisions.push(r);
    const confirmed = k ? null : confirmationBetween(items[i]!, items[j]!, lex) ?? confirmationBetween(items[j]!, items[i]!, lex);
    if (confirmed) agreements.push(confirmed);
  }
  for (const [i, j] of textPairs(items, forms)) {
    const a = agreementBetween(items[i]!, items[j]!, forms[i]!, forms[j]!);
    if (a) agreements.push(a);
  }
  const byPair = <T extends { claimIds: readonly [string, string]; kind: string }>(x: T, y: T): number =>
    x.claimIds[0].localeCompare(y.claimIds[0]) || x.claimIds[1].localeCompare(y.claimIds[1]) || x.kind.localeCompare(y.kind);
  // the same disagreement met again through a copied report is reported once
  const signature = (id: string): string => {
    const it = items[index.get(id)!]!;
    return `${it.sourceKey}|${forms[index.get(id)!]!.normal}`;
  };
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const seen = new Set<string>();
  const distinct = dedupe(conflicts).sort(byPair).filter((k) => {
    const key = k.claimIds.map(signature).sort().join('||');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    conflicts: distinct.map((k, n) => ({ id: `conflict-${n + 1}`, ...k })),
    agreements: dedupe(agreements).sort(byPair).map((a, n) => ({ id: `agreement-${n + 1}`, ...a })),
    revisions: dedupe(revisions).sort((a, b) => a.claimIds.join('|').localeCompare(b.claimIds.join('|'))).map((r, n) => ({ id: `revision-${n + 1}`, ...r })),
  };
}

function dedupe<T extends { claimIds: readonly [string, string] }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const key = x.claimIds.join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Text folded for comparison: keyed words, with actors' aliases replaced by their canonical names. */
function textForm(text: string, lex: CompiledLexicon): TextForm {
  const words = phraseKey(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let w = 0; w < words.length; w++) {
    const m = longestMatch(lex.actors, words, w);
    if (m && m.length > 1) { out.push(phraseKey(m.value.name)); w += m.length - 1; } else out.push(words[w]!);
  }
  const normal = out.join(' ');
  return { normal, content: contentWords(normal) };
}

/**
 * Pairs of claims with events at a shared place, or without a place in the same report. A claim
 * that repeats another word for word from the same source stands for nothing new and is left out;
 * a group larger than `LIMITS.maxGroupSize` is paired within a window of claims close in time.
 */
function* eventPairs(items: readonly Comparable[], forms: readonly TextForm[]): Generator<[number, number]> {
  const groups = new Map<string, number[]>();
  const said = new Set<string>();
  // in order of claim id, so that the representative of repeated claims does not depend on the order of documents
  const byId = items.map((_, i) => i).sort((a, b) => (items[a]!.claim.id < items[b]!.claim.id ? -1 : 1));
  for (const i of byId) {
    const it = items[i]!;
    const e = it.claim.event;
    if (!e || !it.claim.source) continue;
    const signature = `${it.sourceKey}|${forms[i]!.normal}`;
    if (said.has(signature)) continue;
    said.add(signature);
    const keys = e.places.length ? e.places.map((p) => `p:${p}`) : [`d:${it.claim.docId}`];
    for (const key of keys) {
      const list = groups.get(key);
      if (list) list.push(i); else groups.set(key, [i]);
    }
  }
  for (const [key, list] of [...groups]) {
    if (list.length <= LIMITS.maxGroupSize) continue;
    groups.delete(key);
    const byTime = [...list].sort((a, b) => (items[a]!.when ?? '').localeCompare(items[b]!.when ?? '') || a - b);
    const half = LIMITS.maxGroupSize >> 1;
    for (let start = 0; start < byTime.length; start += half) groups.set(`${key}#${start}`, byTime.slice(start, start + LIMITS.maxGroupSize));
  }
  yield* pairsOf(groups);
}

/** Pairs of claims that share a rare word trigram, a figure for the same thing, or their text span. */
function* textPairs(items: readonly Comparable[], forms: readonly TextForm[]): Generator<[number, number]> {
  const groups = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = groups.get(key);
    if (!list) groups.set(key, [i]);
    else if (list.length <= POSTING_LIMIT && list[list.length - 1] !== i) list.push(i);
  };
  items.forEach((it, i) => {
    const words = [...forms[i]!.content];
    for (let w = 0; w + 2 < words.length; w++) add(`t:${words[w]} ${words[w + 1]} ${words[w + 2]}`, i);
    for (const q of it.claim.quantities) if (q.measure && (q.subject || q.reference)) add(`q:${q.measure}|${q.subject ?? ''}|${q.reference ?? ''}`, i);
    add(`s:${it.claim.docId}:${it.claim.span.start}`, i);
  });
  for (const [key, list] of groups) if (list.length > POSTING_LIMIT) groups.delete(key);
  yield* pairsOf(groups);
}

/**
 * Each pair of claims that share a group, once: for each claim, the later claims of its groups.
 * Memory stays within one claim's candidates, whatever the number of pairs.
 */
function* pairsOf(groups: ReadonlyMap<string, readonly number[]>): Generator<[number, number]> {
  const memberOf = new Map<number, (readonly number[])[]>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    for (const i of list) {
      const of = memberOf.get(i);
      if (of) of.push(list); else memberOf.set(i, [list]);
    }
  }
  for (const i of [...memberOf.keys()].sort((a, b) => a - b)) {
    const later = new Set<number>();
    for (const list of memberOf.get(i)!) for (const j of list) if (j > i) later.add(j);
    for (const j of [...later].sort((a, b) => a - b)) yield [i, j];
  }
}
