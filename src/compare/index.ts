/**
 * Stage 6, comparison: pairs the claims that may speak of the same thing and finds conflicts and
 * agreements. Pairs are blocked (by place for events, by shared word trigrams and figures for
 * agreements), so the work grows with the number of claims, not its square.
 * @module
 */
import type { Agreement, Claim, Conflict, Revision, Source } from '../types.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { longestMatch, phraseKey } from '../util/words.js';
import { conflictBetween, disputesFigure, revisionBetween, type Comparable } from './conflicts.js';
import { agreementBetween, confirmationBetween, contentWords, controlAgreement, figureAgreement, type TextForm } from './agreements.js';
import { LIMITS } from '../limits.js';
import { isDenial } from '../claims/index.js';
import { hash53, hashWords } from '../util/hash.js';
import { COARSE_PLACE_KINDS } from '../lexicon/place-words.js';
import { targetStance } from './targets.js';
import { HARM_EVENTS, OWN_SIDE_PRONOUNS } from '../lexicon/events.js';
import { FIGURE_CHANGE_WORDS, SUBJECT_WORDS } from '../lexicon/quantities.js';

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
 * The comparison, kept open: claims are added in batches and each batch answers with the
 * conflicts, agreements and revisions it brings (those involving at least one of its claims).
 * `compareClaims` adds all its claims as one batch. Pairs are blocked (place groups,
 * word trigrams, figures), so a batch costs what its claims' groups hold, not the whole corpus.
 * @example
 * const comparer = new Comparer(lex);
 * comparer.add(monday, sourceOf, dates).conflicts;
 * comparer.add(tuesday, sourceOf, dates).conflicts; // only those Tuesday's claims bring
 */
export class Comparer {
  private readonly items: Comparable[] = [];
  private readonly forms: TextForm[] = [];
  private readonly index = new Map<string, number>();
  private readonly events = new Map<string, number[]>();
  private readonly said = new Set<string>();
  /** Text groups by the hash of their key (a word trigram, a figure, a span): millions of keys in a large corpus. */
  private readonly texts = new Map<number, number[]>();
  /** Text groups that passed the posting limit: too common to pair on. */
  private readonly common = new Set<number>();
  /** Syndicated copies of one text, as a union-find forest over items: a copy is linked once, to the first of its kind. */
  private readonly copyParent: number[] = [];
  private readonly reported = { conflicts: new Set<string>(), agreements: new Set<string>(), revisions: new Set<string>(), signatures: new Set<string>() };
  private readonly counts = { conflicts: 0, agreements: 0, revisions: 0 };

  constructor(private readonly lex: CompiledLexicon) {}

  /**
   * Adds claims (with a lookup of the sources as they now stand, and the dates of the claims'
   * documents) and returns what they bring.
   * @example
   * comparer.add(claims, (id) => byId.get(id), { 'doc-1': '2017-03-22' }).conflicts.length;
   */
  add(claims: readonly Claim[], sourceOf: (id: string) => Pick<Source, 'alignment' | 'canonical'> | undefined, docDates: Readonly<Record<string, string | null>>,
    docCountries: Readonly<Record<string, string | null>> = {}): Comparison {
    const lex = this.lex;
    const first = this.items.length;
    const settings = reportSettings(claims);
    const nearby = nearbyPlaces(claims);
    // in order of claim id, so that what is compared first does not depend on the order of documents
    for (const claim of [...claims].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
      const setting = settings.get(claim.docId);
      const target = claim.source ? targetStance(claim, lex) : null;
      this.index.set(claim.id, this.items.length);
      this.copyParent.push(this.items.length);
      const alignment = (claim.source && sourceOf(claim.source.id)?.alignment) ?? 'unknown';
      this.items.push({
        claim: withOwnSide(claim, alignment),
        sourceKey: claim.source?.id ?? `self:${claim.docId}`,
        when: claim.date ?? docDates[claim.docId] ?? null,
        published: docDates[claim.docId] ?? null,
        alignment,
        sourceName: claim.source ? sourceOf(claim.source.id)?.canonical ?? claim.source.canonical : `the report ${claim.docId}`,
        ...(claim.quantities.some((q) => q.subject) ? { forces: countedForces(claim, sourceOf(claim.source?.id ?? '')?.canonical, docCountries[claim.docId] ?? undefined, lex) } : {}),
        ...withCountry(stateCountry(claim, sourceOf(claim.source?.id ?? '')?.canonical, lex)),
        ...(target === 'civilian-harm' ? withVictims(victimsOf(claim, lex)) : {}),
        ...(setting ? { setting } : {}),
        ...(claim.event?.agent && docCountries[claim.docId] ? { reportCountry: docCountries[claim.docId]! } : {}),
        ...(nearby.has(claim.id) ? { nearby: nearby.get(claim.id)! } : {}),
        ...(target ? { target } : {}),
      });
      this.forms.push(textForm(claim.text, lex));
    }
    const items = this.items;
    const forms = this.forms;
    const fine = (place: string): boolean => !COARSE_PLACE_KINDS.has(this.kindOf(place));
    const coarse = (place: string): boolean => ['country', 'province'].includes(this.kindOf(place));
    const conflicts: Omit<Conflict, 'id'>[] = [];
    const revisions: Omit<Revision, 'id'>[] = [];
    const agreements: Omit<Agreement, 'id'>[] = [];
    for (const [i, j] of this.eventPairs(first)) {
      const k = conflictBetween(items[i]!, items[j]!, fine, coarse);
      if (k) conflicts.push(k);
      const r = k ? null : revisionBetween(items[i]!, items[j]!);
      if (r) revisions.push(r);
      const confirmed = k || r ? null : confirmationBetween(items[i]!, items[j]!, lex) ?? confirmationBetween(items[j]!, items[i]!, lex) ?? figureAgreement(items[i]!, items[j]!, lex, fine, coarse) ?? controlAgreement(items[i]!, items[j]!, fine);
      if (confirmed) agreements.push(confirmed);
    }
    for (const [i, j] of this.textPairs(first)) {
      // copies of one text are linked in a chain, not each to each: k copies give k - 1 agreements
      const ci = this.copyRoot(i);
      const cj = this.copyRoot(j);
      if (ci === cj) continue;
      const a = agreementBetween(items[i]!, items[j]!, forms[i]!, forms[j]!);
      if (!a) continue;
      agreements.push(a);
      if (a.kind === 'syndication') this.copyParent[Math.max(ci, cj)] = Math.min(ci, cj);
    }
    // the same disagreement met again through a copied report is reported once
    const signature = (id: string): string => this.signature(this.index.get(id)!);
    const { signatures } = this.reported;
    const distinct = this.fresh(conflicts, this.reported.conflicts).filter((k) => {
      const key = k.claimIds.map(signature).sort().join('||');
      if (signatures.has(key)) return false;
      signatures.add(key);
      return true;
    });
    // a denial that only points back ("rejected the claim") says what a conflict of the same two
    // sources about the events themselves already says: that conflict stands for both
    const sourcesOf = (k: { claimIds: readonly [string, string] }): string => k.claimIds.map((id) => items[this.index.get(id)!]!.sourceKey).sort().join('|');
    const echo = (k: { claimIds: readonly [string, string] }): boolean => {
      const [a, b] = k.claimIds.map((id) => items[this.index.get(id)!]!.claim);
      return a!.docId === b!.docId && a!.text === b!.text && (isDenial(a!) || isDenial(b!));
    };
    const substantive = new Set(distinct.filter((k) => !echo(k)).map(sourcesOf));
    // (or when the claim it denies is in a conflict about the events already: "The Karabakh
    // authorities dismissed the claim" after Aliyev's "troops had taken Hadrut", which their
    // spokesman's "Hadrut is under our control" contradicts)
    const disputed = new Set(distinct.filter((k) => !echo(k)).flatMap((k) => k.claimIds));
    const answered = (k: { claimIds: readonly [string, string] }): boolean => k.claimIds.some((id) => disputed.has(id) && !isDenial(items[this.index.get(id)!]!.claim));
    // (and one dispute over control between the same two sources, told twice in their words: "the
    // army pushed the rebels out of Malakal" and "the town is under our control", against "rebel
    // forces still held most of Malakal", is reported once)
    const kept = strongestPerDispute(strongestPerDispute(distinct.filter((k) => !echo(k) || !substantive.has(sourcesOf(k)) && !answered(k)), 'target'), 'control', sourcesOf);
    const number = <T>(xs: T[], kind: 'conflicts' | 'agreements' | 'revisions', prefix: string): (T & { id: string })[] =>
      xs.map((x) => ({ id: `${prefix}-${++this.counts[kind]}`, ...x }));
    return {
      conflicts: number(kept, 'conflicts', 'conflict'),
      agreements: number(this.fresh(agreements, this.reported.agreements), 'agreements', 'agreement'),
      revisions: number(this.fresh(revisions, this.reported.revisions).sort((a, b) => a.claimIds.join('|').localeCompare(b.claimIds.join('|'))), 'revisions', 'revision'),
    };
  }

  /** The kind of a place; an unknown place is taken as a town: finer than a city, not coarse. */
  private kindOf(place: string): string {
    return this.lex.places.map.get(phraseKey(place))?.kind ?? 'area';
  }

  /** A claim's source and folded text: the same words from the same source are one claim. */
  private signature(i: number): string {
    return `${this.items[i]!.sourceKey}|${this.forms[i]!.normal}`;
  }

  private copyRoot(i: number): number {
    const parent = this.copyParent;
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  }

  /** Findings for claim pairs not reported before, in the order of their claim ids. */
  private fresh<T extends { claimIds: readonly [string, string]; kind?: string }>(xs: T[], reported: Set<string>): T[] {
    return xs.filter((x) => {
      const key = x.claimIds.join('|');
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    }).sort((x, y) => x.claimIds[0].localeCompare(y.claimIds[0]) || x.claimIds[1].localeCompare(y.claimIds[1]) || (x.kind ?? '').localeCompare(y.kind ?? ''));
  }

  /**
   * Pairs, with a claim from `first` on, of claims with events at a shared place, or without a
   * place in the same report. A claim that repeats another word for word from the same source
   * stands for nothing new and is left out; a group larger than `LIMITS.maxGroupSize` is paired
   * within windows of claims close in time.
   */
  private *eventPairs(first: number): Generator<[number, number]> {
    const items = this.items;
    const touched = new Set<string>();
    // items stand in order of claim id (see add), so the representative of repeated claims does not
    // depend on the order of documents
    for (let i = first; i < items.length; i++) {
      const it = items[i]!;
      const e = it.claim.event;
      // (a claim that disputes a figure meets the tolls of its report: "the figure was grossly exaggerated")
      const disputes = disputesFigure(it.claim.text);
      if (!e && !it.target && !disputes || !it.claim.source) continue;
      const signature = this.signature(i);
      if (this.said.has(signature)) continue;
      this.said.add(signature);
      // (a claim of what a strike hit that tells no event is of the places it names: "its missiles hit a drone workshop in Kupiansk")
      const places = e?.places ?? it.claim.places.filter((p) => this.kindOf(p) !== 'country');
      const keys = places.length ? places.map((p) => `p:${p}`) : [`d:${it.claim.docId}`];
      // a toll that names no place meets the tolls of its report's place
      // (and so do harm blamed on a side, "the watchtower had been hit by a missile fired by Hezbollah
      // fighters", and a denial of harm, "denied that any of its posts had been destroyed")
      // (or its negation: "its troops had not fired a single shell at the hospital")
      const harm = e !== undefined && HARM_EVENTS.has(e.kind.replace(/^not-/, '')) && (e.agent !== undefined || isDenial(it.claim));
      if (!places.length && it.setting && (it.target || harm || it.claim.quantities.some((q) => q.measure === 'killed' || q.measure === 'wounded'))) keys.push(`p:${it.setting}`);
      // (a denial, or harm blamed on a side, that names no place, told right after a claim that
      // names one, answers it: "... shot down an army helicopter near Ziguey. The army denied losing any aircraft")
      if (!places.length && it.nearby && !keys.includes(`p:${it.nearby}`) && (harm || isDenial(it.claim))) keys.push(`p:${it.nearby}`);
      // what a strike hit is told by claims of one report that name the place and claims that do not
      if (it.target) keys.push(`t:${it.claim.docId}`);
      if (disputes) keys.push(`k:${it.claim.docId}`);
      // (a claim and a denial in another report that repeats its figure meet: "shot down two F-35
      // fighter jets" and "denied ... had shot down two Israeli F-35 jets"; figures of things, not tolls)
      for (const q of it.claim.quantities) {
        if (q.value !== null && q.subject && !q.measure) keys.push(`f:${q.value}:${q.subject.split(' ').at(-1)}`);
      }
      // a source's figures in one report meet, for "the ministry had raised the toll to 16" (a revision)
      if (it.claim.quantities.some((q) => q.measure === 'killed' || q.measure === 'wounded')) {
        keys.push(`r:${it.claim.docId}:${it.sourceKey}`);
        // (the tolls of one report meet: a reply that names no place answers a count that names one)
        keys.push(`k:${it.claim.docId}`);
        // ("has risen to 26" in the next day's report, from a source that named no place before: a
        // claim that says a figure changed meets its source's earlier figures, wherever they were)
        if (it.claim.source && !places.length || FIGURE_CHANGE_WORDS.test(it.claim.text)) keys.push(`s:${it.sourceKey}`);
      }
      for (const key of keys) {
        const list = this.events.get(key);
        if (list) list.push(i); else this.events.set(key, [i]);
        touched.add(key);
      }
    }
    const groups: (readonly number[])[] = [];
    for (const key of touched) {
      const list = this.events.get(key)!;
      if (list.length <= LIMITS.maxGroupSize) { groups.push(list); continue; }
      const byTime = [...list].sort((a, b) => (items[a]!.when ?? '').localeCompare(items[b]!.when ?? '') || a - b);
      const half = LIMITS.maxGroupSize >> 1;
      for (let start = 0; start < byTime.length; start += half) groups.push(byTime.slice(start, start + LIMITS.maxGroupSize));
    }
    yield* pairsOf(groups, first);
  }

  /** Pairs, with a claim from `first` on, that share a rare word trigram, a figure for the same thing, or their text span. */
  private *textPairs(first: number): Generator<[number, number]> {
    const touched = new Set<number>();
    const add = (key: number, i: number): void => {
      if (this.common.has(key)) return;
      const list = this.texts.get(key);
      if (!list) this.texts.set(key, [i]);
      else if (list.length <= POSTING_LIMIT && list[list.length - 1] !== i) list.push(i);
      touched.add(key);
    };
    for (let i = first; i < this.items.length; i++) {
      const it = this.items[i]!;
      // keys by hash; word trigrams are hashed without building their strings (words hold no ':',
      // so a trigram never meets the 'q:' and 's:' keys)
      const words = [...this.forms[i]!.content];
      for (let w = 0; w + 2 < words.length; w++) add(hashWords(words, w, 3), i);
      for (const q of it.claim.quantities) if (q.measure && (q.subject || q.reference)) add(hash53(`q:${q.measure}|${q.subject ?? ''}|${q.reference ?? ''}`), i);
      add(hash53(`s:${it.claim.docId}:${it.claim.span.start}`), i);
    }
    const groups: (readonly number[])[] = [];
    for (const key of touched) {
      const list = this.texts.get(key)!;
      if (list.length > POSTING_LIMIT) { this.common.add(key); this.texts.delete(key); } else if (list.length > 1) groups.push(list);
    }
    yield* pairsOf(groups, first);
  }
}

/**
 * Each pair of claims that share a group, once, with at least one claim from `first` on: for each
 * such claim, the earlier claims of its groups. Memory stays within one claim's candidates.
 */
function* pairsOf(groups: readonly (readonly number[])[], first: number): Generator<[number, number]> {
  const memberOf = new Map<number, (readonly number[])[]>();
  for (const list of groups) {
    if (list.length < 2) continue;
    for (const j of list) {
      if (j < first) continue;
      const of = memberOf.get(j);
      if (of) of.push(list); else memberOf.set(j, [list]);
    }
  }
  for (const j of [...memberOf.keys()].sort((a, b) => a - b)) {
    const earlier = new Set<number>();
    for (const list of memberOf.get(j)!) for (const i of list) if (i < j) earlier.add(i);
    for (const i of [...earlier].sort((a, b) => a - b)) yield [i, j];
  }
}

/**
 * Of the conflicts of one kind, the strongest of each dispute: conflicts that share a claim,
 * directly or through others, are one dispute ("the strike killed civilians" from the governor and
 * from the mayor, against "only military targets" and "no residential buildings" from the
 * ministry), reported once by its most confident pair (the first by claim ids on a tie); with
 * `groupOf`, only conflicts of one group (the same two sources) make one dispute.
 * Conflicts of other kinds pass as they are.
 */
function strongestPerDispute<T extends Omit<Conflict, 'id'>>(conflicts: readonly T[], kind: Conflict['kind'], groupOf: (k: T) => string = () => ''): T[] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  // (a dispute is within a group: claims are linked only through conflicts of the same group)
  const node = (k: T, id: string): string => `${groupOf(k)}#${id}`;
  const of = conflicts.filter((k) => k.kind === kind);
  for (const k of of) {
    const [a, b] = k.claimIds.map((id) => root(node(k, id)));
    parent.set(a!, a!);
    if (a !== b) parent.set(b!, a!);
  }
  const best = new Map<string, T>();
  for (const k of of) {
    const r = root(node(k, k.claimIds[0]));
    const held = best.get(r);
    if (!held || k.confidence > held.confidence || k.confidence === held.confidence && k.claimIds.join('|') < held.claimIds.join('|')) best.set(r, k);
  }
  const kept = new Set(best.values());
  return conflicts.filter((k) => k.kind !== kind || kept.has(k));
}

/** Whether a text has own-side words of its speaker: "our control", "we took", "its fighters". */
const ownSide = (text: string): boolean => phraseKey(text).split(' ').some((w) => OWN_SIDE_PRONOUNS.includes(w));

/**
 * A claim whose event names no side, in its speaker's own words ("Ann is now under our control",
 * from a spokesman the corpus links to the Arakan Army): the speaker's side as the canonical
 * source stands, which the claim's own sentence may not have told. The claim is copied for the
 * comparison; the report keeps it as it was.
 */
/** Types of source that speak for a state, whose soldiers are that state's. */
const STATE_TYPES: ReadonlySet<string> = new Set(['military', 'government', 'state-media']);

/**
 * The country a name speaks for as a state or whose people it names: a demonym or a country's
 * name among its words ("Indian Army", "Pakistan's military", "Malian soldiers").
 * @example
 * countryIn('Pakistan\'s military', lex); // 'Pakistan'
 */
export function countryIn(name: string, lex: CompiledLexicon): string | undefined {
  for (const w of phraseKey(name).split(' ')) {
    const place = lex.places.map.get(w);
    // (a capital speaks for its state: "Defence ministry (Moscow)")
    const capital = place?.country !== undefined && lex.countries.get(place.country)?.capital === place.name ? place.country : undefined;
    const country = lex.demonyms.get(w)?.name ?? (place?.kind === 'country' ? place.name : capital);
    if (country) return country;
  }
  return undefined;
}

/** The country a claim's source speaks for as a state, by its name ("Azerbaijani Defence Ministry"). */
function stateCountry(claim: Claim, canonical: string | undefined, lex: CompiledLexicon): string | undefined {
  return claim.source && STATE_TYPES.has(claim.source.type) && canonical ? countryIn(canonical, lex) : undefined;
}

const withCountry = (country: string | undefined): { country?: string } => (country ? { country } : {});
const withVictims = (victims: readonly string[]): { victims?: readonly string[] } => (victims.length ? { victims } : {});

/** The countries whose people a claim counts among the dead or wounded, by their demonyms ("72 Palestinians"). */
function victimsOf(claim: Claim, lex: CompiledLexicon): string[] {
  const harmed = claim.quantities.filter((q) => q.measure === 'killed' || q.measure === 'wounded');
  // (a demonym as a plural noun: "Palestinians", "Israelis")
  const plural = (text: string): string => phraseKey(text).split(' ').map((w) => (lex.demonyms.has(w.replace(/s$/, '')) ? w.replace(/s$/, '') : w)).join(' ');
  return [...new Set(harmed.map((q) => countryIn(plural(q.text), lex)).filter((c): c is string => c !== undefined))];
}

/**
 * For each quantity of a claim, the country whose forces it counts: a demonym before soldiers or
 * troops ("40 Indian soldiers"), or plain soldiers in the words of a state's army or government
 * ("one soldier", said by the Indian Army; by "the military" of a report on the Philippines, the
 * country the report is about). Undefined where no country is named.
 */
function countedForces(claim: Claim, canonical: string | undefined, reportCountry: string | undefined, lex: CompiledLexicon): (string | undefined)[] {
  const own = claim.source && STATE_TYPES.has(claim.source.type) ? stateCountry(claim, canonical, lex) ?? reportCountry : undefined;
  return claim.quantities.map((q) => {
    if (!q.subject) return undefined;
    if (q.subject === 'government forces') return own;
    // (the fighters of a non-state side: "rebels", "bandits" in a state's words; "fighters" in an
    // armed group's own: "about 40 fighters had been killed", said by the rebels' spokesman)
    if (q.subject === 'rebels' || q.subject === 'fighters' && claim.source?.type === 'armed-group') return 'opposition';
    const [first, ...rest] = q.subject.split(' ');
    return rest.length && SUBJECT_WORDS.get(rest.join(' ')) === 'government forces' ? countryIn(first!, lex) : undefined;
  });
}

function withOwnSide(claim: Claim, alignment: string): Claim {
  const e = claim.event;
  if (!e || e.agent || !e.status || alignment === 'unknown' || alignment === 'independent' || !ownSide(claim.text)) return claim;
  return { ...claim, event: { ...e, agent: alignment } };
}

/**
 * The place each report is about: the one its claims' events name most often, at least twice, the
 * first named of those named as often ("Nzibira" in a report on the fight for it). A toll that names no
 * place is compared with that place's tolls.
 */
/** How far before a claim that names no place (in characters) the place of the claim before it still holds. */
const NEARBY_REACH = 400;

/**
 * For each claim that names no place, the place of the claim just before it in its report, if that
 * one names a place and stands close ("... a car bomb exploded at the entrance to Balcad, police
 * said. 'Four soldiers and two civilians died,' a police officer told Reuters": Balcad).
 */
function nearbyPlaces(claims: readonly Claim[]): Map<string, string> {
  const out = new Map<string, string>();
  const byDoc = new Map<string, Claim[]>();
  for (const c of claims) (byDoc.get(c.docId) ?? byDoc.set(c.docId, []).get(c.docId)!).push(c);
  for (const list of byDoc.values()) {
    let last: { end: number; place: string } | undefined;
    for (const c of [...list].sort((a, b) => a.span.start - b.span.start)) {
      const places = c.event?.places ?? [];
      if (places.length) last = { end: c.span.end, place: places[0]! };
      else if (last && c.span.start - last.end <= NEARBY_REACH) out.set(c.id, last.place);
    }
  }
  return out;
}

function reportSettings(claims: readonly Claim[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const c of claims) {
    const places = c.event?.places ?? [];
    if (!places.length) continue;
    const doc = counts.get(c.docId) ?? counts.set(c.docId, new Map()).get(c.docId)!;
    for (const p of new Set(places)) doc.set(p, (doc.get(p) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [doc, places] of counts) {
    // (a tie goes to the place named first: a report opens on what it is about)
    const [top] = [...places].sort((a, b) => b[1] - a[1]);
    if (top && top[1] >= 2) out.set(doc, top[0]);
  }
  return out;
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
