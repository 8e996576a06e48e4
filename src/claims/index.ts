/**
 * Stage 5, claims: one claim per attributed stretch of content and per source (a sentence that two
 * sources say gives two claims), with its quantities, places, actors, date, hedging, negation and
 * event; then canonical sources across documents (`sources.ts`).
 * @module
 */
import type { Claim, ClaimSource, Quantity, Source, Span, ClaimEvent } from '../types.js';
import type { IntakeDoc } from '../intake/index.js';
import type { ParsedDoc, Token } from '../sentences/index.js';
import type { AttributedDoc, AttributionUnit, LocalSource, SourceMention, SourceProfile } from '../attribution/index.js';
import type { NormalisedDoc, PlaceMention } from '../normalise/index.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { HEDGE_PASSIVES, NEGATORS } from '../lexicon/hedges.js';
import { readBlame, readEvent, responsibleAt } from './events.js';
import { BLAME_CUES } from '../lexicon/cues.js';
import type { MentionRecord, SourceRecord } from './sources.js';
import { phraseKey } from '../util/words.js';
import { COARSE_PLACE_KINDS, COARSE_PLACE_NAME } from '../lexicon/place-words.js';
import { ISSUED_TEXTS } from '../lexicon/descriptors.js';
import { FIGURE_CHANGE_WORDS } from '../lexicon/quantities.js';

/**
 * Whether the place at token `k` is one its witness went to, not where they were: "who reached
 * Iligan on Thursday", "who fled to Sittwe", "who arrived in Kabul".
 */
function reachedPlace(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower ?? '';
  if (/^(?:reached|reaching|reach)$/.test(prev)) return true;
  return /^(?:to|in|into)$/.test(prev) && /^(?:fled|escaped|moved|evacuated|taken|brought|arrived|went|returned|travelled|traveled|relocated)$/.test(tokens[k - 2]?.lower ?? '');
}

/** Nouns that, after "the", stand for a source named before: "the source", "the spokesman". */
const STAND_INS: ReadonlySet<string> = new Set(['source', 'spokesman', 'official']);

export { mentionRecord, sourceRecord, SourceRegistry, type MentionRecord, type SourceRecord } from './sources.js';

/**
 * A claim before sources are made canonical across documents.
 * @example
 * draftClaims(doc, parsed, attributed, normalised, lex)[0].eventPlaces; // ['Soran', 'Khattab']
 */
export interface ClaimDraft extends Omit<Claim, 'id' | 'source'> {
  /** Index of the local source in the document, or null for the report's own voice. */
  readonly local: number | null;
  readonly mention: MentionRecord | null;
  readonly sentenceIndex: number;
  readonly continued: boolean;
  /** The sentence's places that are not references ("both places" resolved). */
  readonly eventPlaces: readonly string[];
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const within = (s: Span, x: Span): boolean => x.start >= s.start && x.end <= s.end;

/**
 * The claim drafts of one document.
 * @example
 * draftClaims(intakeDoc, parsed, attributed, normalised, lex).map((c) => c.text);
 */
export function draftClaims(doc: IntakeDoc, parsed: ParsedDoc, attributed: AttributedDoc, norm: NormalisedDoc, lex: CompiledLexicon): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  const eventPlacesBySentence: string[][] = [];
  // the noun each place was named with ("the town of Sekela Gebeya"), for "the town" later
  const placeNouns = new Map<string, string>();
  const tokens = parsed.tokens;
  // the first token ending after `offset`, by binary search
  const firstAfter = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const tokensIn = (span: Span): [number, number] => {
    const a = firstAfter(span.start);
    let b = a;
    while (b < tokens.length && tokens[b]!.start < span.end) b++;
    return [a, b];
  };
  for (const unit of attributed.units) {
    const sentence = parsed.sentences[unit.sentence]!;
    // what is read of the content (places, quantities, dates) comes from the sentence that holds it:
    // a denial that points back ("The army denied the claim.") takes the sentence before
    const home = sentence.start <= unit.content.start && unit.content.start < sentence.end ? unit.sentence : sentenceAt(parsed, unit.content.start) ?? unit.sentence;
    const ns = norm.sentences[home]!;
    const content = unit.content;
    const [a, b] = tokensIn(content);
    for (const p of ns.places) if (p.place && p.noun) placeNouns.set(p.place.name, p.noun);
    const inContent = resolvePlaces(ns.places.filter((p) => within(content, p.span)), eventPlacesBySentence, unit.sentence, lex, placeNouns);
    // "A resident of Ywathit said he had helped bury 12 bodies": a witness speaks of where they are
    const witness = unit.sources[0];
    const from = !inContent.event.length && witness && attributed.sources[witness.local]!.profile.type === 'witness'
      ? ns.places.filter((p) => p.place && p.place.kind !== 'country' && within(witness.mention.phrase, p.span) && !reachedPlace(tokens, p.first)).map((p) => p.place!.name)
      : [];
    // "In Hodeidah, the health ministry said strikes on the port had killed six": a place that opens
    // the sentence, before the report, is where what it reports happened
    const opening = !inContent.event.length && !from.length ? openingPlace(ns.places, tokens, tokensIn(sentence)[0], content.start) : undefined;
    const at = from.length ? from : opening ? [opening] : [];
    const places = at.length ? { all: [...new Set([...inContent.all, ...at])], event: at } : inContent;
    eventPlacesBySentence[unit.sentence] ??= [];
    eventPlacesBySentence[unit.sentence]!.push(...places.event);
    // (a distance in the source's apposition locates a place the report names: "A local official in
    // Mucojo, about 40 kilometres east of Macomia, told AFP")
    // (or in the phrase that opens the sentence before the source: "In the village of Guzang, about 10
    // kilometers north of Batibo, residents said")
    const inSource = (q: { span: Span; measure?: string }): boolean => q.measure === 'distance' && unit.cue !== null && unit.sources.length > 0
      && q.span.start >= sentence.start && q.span.end <= unit.cue.span.start;
    const quantities: Quantity[] = ns.quantities.filter((q) => within(content, q.span) || inSource(q)).map(({ first: _f, last: _l, ...q }) => q);
    // ("had been killed since Thursday": a day a count runs from is no day of the event; "the toll from
    // Sunday's strike had risen to ten", said on Monday: a figure that changed is the statement's)
    // (but "soared since April 22, when gunmen killed 26 men": the day of what "when" tells)
    const since = (d: { first: number; last: number }): boolean => {
      const after = parsed.tokens[d.last]?.text === ',' ? d.last + 1 : d.last;
      return parsed.tokens[d.first - 1]?.lower === 'since' && parsed.tokens[after]?.lower !== 'when';
    };
    const changed = FIGURE_CHANGE_WORDS.test(doc.text.slice(content.start, content.end));
    const saidDay = unit.saidWhen ? ns.dates.find((d) => d.span.start < unit.saidWhen!.end && d.span.end > unit.saidWhen!.start && d.date) : undefined;
    // ("On Sunday, the army said ...", "In a statement read on state television on Sunday, it said ...":
    // a day in the phrase that opens the sentence before its source is when it was said)
    const sourceStart = unit.sources.length ? Math.min(...unit.sources.map((s) => s.mention.phrase.start)) : -1;
    const dateOpening = sourceStart > sentence.start && content.start >= sourceStart
      ? ns.dates.find((d) => d.date && d.span.start >= sentence.start && d.span.end <= sourceStart) : undefined;
    // ("Lieutenant General Khurram Shahzad on Thursday said ...": a day between the source and its cue)
    const cueStart = unit.cue?.span.start ?? -1;
    const dateBetween = sourceStart >= 0 && cueStart > sourceStart && content.start >= cueStart
      ? ns.dates.find((d) => d.date && d.span.start >= sourceStart && d.span.end <= cueStart) : undefined;
    const dateSaid = saidDay ?? dateBetween;
    const dateIn = changed && dateSaid ? undefined : ns.dates.find((d) => within(content, d.span) && d.date && !since(d));
    const hedged = (unit.cue?.hedged ?? false) || hedgedIn(parsed.tokens, a, b, lex);
    // ("the army did not confirm that ...": a negated cue negates the report)
    const withheld = unit.cue !== null && isUnasserted({ cue: unit.cue });
    const negated = (unit.cue?.negated ?? false) || withheld || ownTokens(parsed.tokens, a, b).some((t) => NEGATORS.has(t.lower));
    const base: Writable<ClaimDraft> = {
      local: null, mention: null,
      docId: doc.id,
      text: doc.text.slice(content.start, content.end),
      span: content,
      sentence: { start: sentence.start, end: sentence.end },
      sentenceIndex: unit.sentence,
      cue: unit.cue ? { text: unit.cue.text, span: unit.cue.span, ...(unit.cue.learned ? { learned: true as const } : {}) } : null,
      direct: unit.direct,
      hedged, negated,
      date: dateIn?.date ?? dateSaid?.date ?? dateOpening?.date ?? null,
      ...(!dateIn?.date && (dateSaid?.date || dateOpening?.date) ? { dateKind: 'statement' as const } : {}),
      quantities,
      places: places.all,
      eventPlaces: places.event,
      actors: [...new Set(ns.actors.filter((x) => within(content, x.span)).map((x) => x.name))],
      continued: unit.continued,
      ...(unit.confirms ? { confirms: doc.text.slice(unit.confirms.start, unit.confirms.end) } : {}),
    };
    const speakers = unit.sources.length ? unit.sources : [null];
    for (const s of speakers) {
      // (where the claim names no place, its report's country: "its warplanes", said by Russia's
      // defence ministry in a report on Syria, are Russia's)
      // (but "denied Iranian claims that its air defences had shot down two jets": "its" is the
      // country whose claim the content is)
      const side = claimOwner(parsed.tokens, a, lex) ?? (s ? sideOf(attributed.sources[s.local]!.profile, placeCountry(places.event, lex) ?? norm.mainCountry ?? undefined) : 'unknown');
      // a denial with nothing else to read is still about something: "denied the accusations"
      const toll = quantities.find((q) => q.measure === 'killed' || q.measure === 'wounded');
      // a wish or a stance is no event: "Russia wants to take the town" took nothing
      // ("the army did not confirm that the city had fallen": a report not made tells no event)
      // (but blame names who did harm: "It blamed RSF artillery positioned to the east of the town")
      // ("regime artillery was responsible for the deaths" tells of blame too)
      const read = !withheld && (unit.cue && BLAME_CUES.has(unit.cue.lemma) || responsibleAt(parsed.tokens, a, b) >= 0) ? readBlame(parsed.tokens, a, b, lex, side, places.event)
        : unit.cue?.kind === 'intention' || unit.cue?.kind === 'stance' || withheld ? null : readEvent(parsed.tokens, a, b, lex, side, places.event);
      // "the army denied that Mweso had fallen": the speaker says the place is still held
      const heldAgent = side !== 'unknown' && side !== 'independent' ? { agent: side } : {};
      // (a denied change of control, "liberated", "recaptured", is the same: the place stayed as it was;
      // any other status a denial names is not asserted)
      const { status: _denied, ...unasserted } = read ?? {};
      const denied = unit.cue?.negated && read?.status ? (read.status === 'captured' || read.status === 'regained' ? { ...read, kind: 'hold', status: 'held', ...heldAgent } : unasserted as ClaimEvent) : read;
      const event = denied
        ?? (unit.cue?.negated ? { kind: 'deny', places: places.event } : undefined)
        ?? (toll ? { kind: toll.measure === 'killed' ? 'kill' : 'wound', places: places.event } : undefined);
      // one speaker (the common case) takes the base itself; object spreads here were 2% of extraction
      const draft: Writable<ClaimDraft> = speakers.length === 1 ? base : { ...base };
      draft.local = s?.local ?? null;
      draft.mention = s?.mention ?? null;
      if (event) draft.event = event;
      drafts.push(draft);
    }
  }
  return drafts;
}

/**
 * The side a source stands for in its own words ("our forces", "its troops"): a foreign state's
 * country where the claim's place is in another country, else its alignment in the conflict, else
 * the country it speaks for ("a Ukrainian commander"), so that two states at war are two sides.
 */
function sideOf(p: SourceProfile, where: string | undefined): string {
  const country = p.entity?.country ?? p.affiliation?.entity?.country ?? p.country ?? p.nationality;
  // ("Russia's defence ministry said its forces captured Ostrivske", in Ukraine: a foreign state's
  // forces are that state's, not "the government" of the place)
  if (country && where && country !== where) return country;
  // (a monitor's or an agency's "its" is no side)
  if (p.alignment !== 'unknown') return p.alignment;
  return country ?? p.alignment;
}

/**
 * The country whose claim a content is, where the words before it say so: "Iranian claims that",
 * "Russia's accusation that" (the demonym or the country, a noun for a claim, then "that").
 * @example
 * claimOwner(tokens, a, lex); // 'Iran' for "... denied Iranian claims that its air defences ..."
 */
export function claimOwner(tokens: readonly Token[], a: number, lex: CompiledLexicon): string | undefined {
  let k = a - 1;
  if (tokens[k]?.lower !== 'that') {
    // (the content may open with the words: "Iranian claims that its air defences ...")
    for (k = a; k < a + 4 && tokens[k] && tokens[k]!.lower !== 'that'; k++);
    if (tokens[k]?.lower !== 'that') return undefined;
  }
  if (!/^(?:claims?|accusations?|allegations?|reports?|assertions?)$/.test(tokens[k - 1]?.lower ?? '')) return undefined;
  let j = k - 2;
  if (/^['\u2019]s$/.test(tokens[j]?.text ?? '')) j--;
  const t = tokens[j];
  if (!t) return undefined;
  return lex.demonyms.get(t.lower)?.name ?? (lex.places.map.get(t.key)?.kind === 'country' ? lex.places.map.get(t.key)!.name : undefined);
}

/** The country of the first of a claim's places the gazetteer knows. */
function placeCountry(places: readonly string[], lex: CompiledLexicon): string | undefined {
  for (const name of places) {
    const country = lex.places.map.get(phraseKey(name))?.country;
    if (country) return country;
  }
  return undefined;
}

/** The index of the sentence that holds offset `at`, by binary search. */
function sentenceAt(parsed: ParsedDoc, at: number): number | undefined {
  let lo = 0;
  let hi = parsed.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = parsed.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/** A verb of denial in a cue's verb group ("denied", "has rejected", "dismisses"). */
const DENIAL_CUE = /(?:^| )(?:deni|deny|reject|dismiss|refut)/i;

/**
 * Whether a claim denies its text ("the army denied that Mweso had fallen"): a negated claim whose
 * cue is a verb of denial.
 * @example
 * isDenial(claim); // true for the army's claim above, false for "the army said the road was not open"
 */
export function isDenial(c: Pick<Claim, 'negated' | 'cue'>): boolean {
  return c.negated && c.cue !== null && DENIAL_CUE.test(c.cue.text);
}

/**
 * Whether a claim is a report its source did not make: a cue negated in its verb group ("the army
 * did not confirm that the town fell", "Trump isn't saying what ...") that is no verb of denial.
 * Such a claim neither corroborates nor contradicts another.
 * @example
 * isUnasserted(claim); // true for the army's claim above, false for "the army denied that the town fell"
 */
export function isUnasserted(c: Pick<Claim, 'cue'>): boolean {
  return c.cue !== null && /(?:^| )(?:not|never|no longer|declined to|refused to)(?: |$)|n['\u2019]t(?: |$)/i.test(c.cue.text) && !DENIAL_CUE.test(c.cue.text);
}

/** The place of "In Hodeidah, ..." that opens a sentence at token `first`, if it ends before `before`; no country. */
function openingPlace(places: readonly PlaceMention[], tokens: readonly Token[], first: number, before: number): string | undefined {
  if (!/^in$/i.test(tokens[first]?.text ?? '')) return undefined;
  const p = places.find((m) => m.first === first + 1);
  if (!p?.place || p.place.kind === 'country' || p.span.end > before || tokens[p.last]?.text !== ',') return undefined;
  return p.place.name;
}

/** Canonical places of a claim; "both places" is the two places the last sentences named. */
function resolvePlaces(found: readonly PlaceMention[], earlier: readonly (readonly string[] | undefined)[], sentence: number, lex: CompiledLexicon, nouns: ReadonlyMap<string, string>): { all: string[]; event: string[] } {
  // ("the village" after "Ostrivske in Ukraine's eastern Donetsk region": the one place finer than a city)
  const fine = (name: string): boolean => !COARSE_PLACE_KINDS.has(lex.places.map.get(phraseKey(name))?.kind ?? '') && !COARSE_PLACE_NAME.test(name);
  const all: string[] = [];
  const event: string[] = [];
  for (const p of found) {
    if (p.place) {
      all.push(p.place.name);
      if (!p.reference && p.place.kind !== 'country') event.push(p.place.name);
      continue;
    }
    // (the sentence's own earlier reports first: "X said its forces captured Ostrivske, but Y said
    // his troops still held the village")
    for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
      const before = [...new Set(earlier[s] ?? [])];
      // ("the town" after "the town of Sekela Gebeya ... towards Bahir Dar": the one named a town)
      const fineOnes = before.filter(fine);
      const sameNoun = before.filter((name) => nouns.get(name) === p.noun);
      // ("the port" is only a place the report named a port: a town named before is no port)
      const named = p.noun === 'port' ? sameNoun
        : p.refersBack !== 1 || before.length <= 1 ? before : sameNoun.length === 1 ? sameNoun : fineOnes.length === 1 ? fineOnes : before;
      if (named.length >= (p.refersBack ?? 2)) {
        // "both places": the two named; "the town": the one named, if the sentence named only one
        if (p.refersBack === 1 && named.length > 1) break;
        const picked = named.slice(0, p.refersBack ?? 2);
        all.push(...picked);
        event.push(...picked);
        break;
      }
    }
  }
  return { all: [...new Set(all)], event: [...new Set(event)] };
}


/** The tokens of a content outside a relative clause that opens after a comma (", which denied ..."). */
function ownTokens(tokens: readonly Token[], a: number, b: number): readonly Token[] {
  for (let k = a + 1; k < b; k++) if (tokens[k]!.text === ',' && /^(?:which|who)$/.test(tokens[k + 1]?.lower ?? '')) return tokens.slice(a, k);
  return tokens.slice(a, b);
}

function hedgedIn(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (lex.lexicon.hedges.has(t.lower)) return true;
    if (HEDGE_PASSIVES.has(t.lemma) && t.pos === 'VERB' && tokens[k + 1]?.lower === 'to') return true;
  }
  return false;
}

/**
 * Final claims of one document, with canonical sources and ids `docId:cN`: `ids[local]` is the
 * canonical id of each local source, and `sourceOf` finds a canonical source by id.
 * @example
 * const byId = new Map(canonical.sources.map((s) => [s.id, s]));
 * finishClaims(drafts, canonical.byDoc[0], (id) => byId.get(id)!, attributed.sources)[0].source?.canonical;
 */
export function finishClaims(drafts: readonly ClaimDraft[], ids: readonly string[], sourceOf: (id: string) => Pick<Source, 'id' | 'canonical' | 'type'>, locals: readonly SourceRecord[]): Claim[] {
  return drafts.map((d, n) => {
    const { local, mention, sentenceIndex: _s, continued: _c, eventPlaces: _e, ...rest } = d;
    let source: ClaimSource | null = null;
    if (local !== null && mention) {
      const src = sourceOf(ids[local]!);
      const localSource = locals[local]!;
      const person = mention.profile.personName;
      // ("he", "the spokesman", "the statement": named by whom they stand for)
      const bare = /^the (\w+)$/i.exec(mention.text)?.[1]?.toLowerCase() ?? '';
      const resolvedName = mention.profile.kind === 'pronoun' || STAND_INS.has(bare) || ISSUED_TEXTS.has(bare)
        ? localSource.profile.personName ?? localSource.mentions.find((m) => m.profile.kind !== 'pronoun')?.text ?? mention.text
        : person && !mention.text.includes(person) ? person : mention.text;
      source = { id: src.id, name: resolvedName, canonical: src.canonical, type: src.type, span: mention.span, phrase: mention.phrase };
    }
    return { id: `${d.docId}:c${n + 1}`, ...rest, source };
  });
}
