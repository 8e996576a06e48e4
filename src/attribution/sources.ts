/**
 * Reads a source mention: splits a noun phrase into its core and its modifiers (appositions,
 * prepositional phrases, participles), and profiles it: a known organisation, a named person and
 * the organisation they speak for, or a descriptor ("a Syrian military source") with its type,
 * side and nationality. wink-nlp's model has no person or organisation entities, so this works
 * from proper-noun runs, the entity gazetteer and the descriptor lexicon, as Citron's source
 * resolver does from noun chunks.
 * @module
 */
import { WEEKDAYS } from '../util/calendar.js';
import type { Token } from '../sentences/index.js';
import type { Alignment, EntityEntry, SourceType } from '../lexicon/types.js';
import type { Span } from '../types.js';
import { caseAllows, type CompiledLexicon } from '../lexicon/compile.js';
import { EVIDENCE_NOUNS, GENERIC_ORGANISATION_HEADS, MASTHEAD_WORDS, OWNER_PARTICIPLES, SPEAKING_BODIES, MEMBER_ROLES, ORGANISATION_HEADS, REPRESENTATIVE_ROLES, SIDE_MODIFIERS, TITLES, TITLE_TYPES } from '../lexicon/descriptors.js';
import { longestMatch, phraseKey, startsUpper } from '../util/words.js';
import { SPEAKER_NOUNS } from '../lexicon/generated/speaker-nouns.js';
import { NAME_PARTICLE } from '../lexicon/names.js';
import { GENDERED_WORDS, type Gender } from '../lexicon/given-names.js';
import { POSSESSIVES, QUANTIFIER_PRONOUNS, isParticipleModifier, participleBefore, spanOf, textOf, wordsOf } from './tokens.js';
import { PLACE_NOUNS } from '../lexicon/place-words.js';

/** A state's forces named as the owner of a unit: "the Army's 1st Infantry Division", "the navy's". */
const STATE_FORCES_OWNERS = /^(?:army|military|navy|police|gendarmerie)$/;

/** Words of time that may open the phrase before a source: weekdays, "late", "early", "yesterday" (not months, which name people: "August Pieters"). */
const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'late', 'early', 'yesterday', 'today', 'tonight', 'overnight', 'later', 'earlier']);

/** A word in capitals that is an acronym: "FACT", "CPC", "M23" (not "I", nor "Mr"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;

/**
 * An organisation a person belongs to or speaks for.
 * @example
 * mention.profile.affiliation?.name; // 'Failaq al-Rahman' for "the spokesman for Failaq al Rahman"
 */
export interface Affiliation {
  readonly name: string;
  readonly type: SourceType;
  readonly alignment: Alignment;
  readonly entity?: EntityEntry;
}

/**
 * What a source mention says about who is speaking.
 * @example
 * readSourceMentions(tokens, 0, 4, lex)[0].profile.type; // 'military'
 */
export interface SourceProfile {
  readonly kind: 'entity' | 'person' | 'descriptor' | 'pronoun';
  readonly type: SourceType;
  readonly alignment: Alignment;
  /** The mention names a known organisation. */
  readonly entity?: EntityEntry;
  readonly affiliation?: Affiliation;
  /** The person speaks for the affiliation (a spokesman, the head). */
  readonly representative: boolean;
  /** Canonical descriptor phrase ("military source"). */
  readonly descriptor?: string;
  /** Last word of the descriptor, for coreference ("source", "commander"). */
  readonly head?: string;
  readonly personName?: string;
  /** Canonical country of a demonym in the mention ("Syrian" -> "Syria"). */
  readonly nationality?: string;
  /** The mention is a country or its capital speaking as its government ("Moscow said"). */
  readonly country?: string;
  /** Keyed content words of the mention and its modifiers, for coreference. */
  readonly words: readonly string[];
  /** Keyed words of the core noun phrase alone. */
  readonly coreWords: readonly string[];
  readonly plural: boolean;
  /** The sex its title, role noun, given name or pronoun tells ("Mrs. Clinton", "the spokeswoman", "she"). */
  readonly gender?: Gender;
}

/**
 * A mention of a source in the text.
 * @example
 * readSourceMentions(tokens, 0, 4, lex)[0].text; // 'a Syrian military source'
 */
export interface SourceMention {
  /** The core noun phrase as written. */
  readonly span: Span;
  /** The whole phrase that names the source, with its appositions ("Wael Alwan, the spokesman for X"). */
  readonly phrase: Span;
  readonly text: string;
  /** Appositions and modifiers that describe it. */
  readonly modifiers: readonly Span[];
  readonly definite: boolean;
  readonly profile: SourceProfile;
  /** Lemma of the head noun, or of the noun after "of" in a partitive ("three-quarters of the voters"). */
  readonly headLemmas: readonly string[];
  /** The medium that carries the source's words ("footage posted by activists": footage). */
  readonly medium?: string;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'one', 'another']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const CORE_BREAK_ADP = new Set(['of', 'for', 'from', 'near', 'in', 'at', 'with', 'as', 'on', 'by']);

/**
 * People named in tokens `[a, b)` who may be spoken of again as "he" or "she": a title and a
 * name ("Foreign Minister Sergei Lavrov"), or a run of two or more proper nouns that is no known
 * place or organisation.
 * @example
 * namedPeople(tokens, 0, tokens.length, lex).map((m) => m.profile.personName); // ['Sergei Lavrov']
 */
export function namedPeople(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): SourceMention[] {
  const out: SourceMention[] = [];
  for (let k = a; k < b; k++) {
    if (tokens[k]!.pos !== 'PROPN' || !startsUpper(tokens[k]!.text)) continue;
    let e = k;
    while (e < b && (tokens[e]!.pos === 'PROPN' && startsUpper(tokens[e]!.text) || NAME_PARTICLE.test(tokens[e]!.text) && tokens[e + 1]?.pos === 'PROPN')) e++;
    // ("his refurbished Trump Turnberry golf course", "the Rand Paul campaign": names that modify a
    // noun after a determiner; "Mrs. Clinton shares ..." may be a verb the tagger read as a noun)
    let d = k - 1;
    while (d >= a && tokens[d]!.pos === 'ADJ') d--;
    const modifier = d >= a && (tokens[d]!.pos === 'DET' || POSSESSIVES.has(tokens[d]!.lower)) && tokens[e]?.pos === 'NOUN' && !startsUpper(tokens[e]!.text) && !NAME_PARTICLE.test(tokens[e]!.text);
    if (modifier) { k = e; continue; }
    let s = k;
    while (s > a && (TITLES.has(tokens[s - 1]!.lower) || tokens[s - 1]!.pos === 'ADJ' && startsUpper(tokens[s - 1]!.text))) s--;
    // the profile first: most runs are no person, and their mention is not built
    const p = e - k >= 2 || s < k ? plainProfile(tokens, s, e, lex) : undefined;
    if (p?.personName && p.kind === 'person' && !p.entity && !p.country) out.push(mention(tokens, s, e, asidesAfter(tokens, e, b), lex));
    k = e;
  }
  return out;
}

/** Source types of bodies that "it" may name later: a state's or a group's, a ministry, an agency. */
const BODY_TYPES: ReadonlySet<string> = new Set(['military', 'government', 'armed-group', 'state-media', 'monitor', 'agency', 'official']);

/**
 * The organisation a sentence that reports nothing opens with, as its subject ("Mali's army gave a
 * far lower toll."), for "it" in the sentences after ("In a statement read on state television,
 * it said ..."): a named organisation, a state's forces or a body of a known type, before the verb.
 * @example
 * namedBodySubject(tokens, 0, tokens.length, lex).map((m) => m.text); // ["Mali's army"]
 */
export function namedBodySubject(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): SourceMention[] {
  let e = a;
  while (e < b && e - a < 8 && (tokens[e]!.pos === 'DET' || tokens[e]!.pos === 'ADJ' || tokens[e]!.pos === 'PROPN' || tokens[e]!.pos === 'NOUN' || /^['\u2019]s?$/.test(tokens[e]!.text))) e++;
  if (e === a || !(tokens[e]?.pos === 'VERB' || tokens[e]?.pos === 'AUX')) return [];
  const found = readSourceMentions(tokens, a, e, lex);
  // (a country is no body "he" or "it" reads back to: "Key regime ally Iran has ...")
  const p = found[0]?.profile;
  // (nor is a person's role: "The governor visited the town")
  const role = p?.descriptor !== undefined && lex.descriptors.map.get(p.descriptor)?.person === true;
  return found.length === 1 && p !== undefined && p.kind !== 'person' && p.kind !== 'pronoun' && !p.plural && !p.country && !role && BODY_TYPES.has(p.type) ? found : [];
}

/**
 * The asides between commas right after a name that tell what kind of source the person is:
 * "Natalia Kravets, 63, who lives on the ground floor, disputed that account" (an age, a relative
 * clause of one who lives there, fled or saw it).
 */
function asidesAfter(tokens: readonly Token[], e: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let k = e;
  while (out.length < 3 && tokens[k]?.text === ',' && k + 1 < b) {
    let end = k + 1;
    while (end < b && tokens[end]!.text !== ',' && end - k < 16) end++;
    if (tokens[end]?.text !== ',') break;
    const first = tokens[k + 1]!;
    const age = end - k === 2 && first.pos === 'NUM';
    // (only what the type reads from: "who is a Tea Party favourite" names no body it speaks for)
    if (!age && !(first.lower === 'who' && WITNESS_VERBS.test(tokens[k + 2]?.lower ?? ''))) break;
    out.push([k + 1, end]);
    k = end;
  }
  return out;
}

/**
 * Reads the source named by tokens `[a, b)`: its core noun phrase, its modifiers, and its profile.
 * Returns one mention per coordinated source ("the military and an activist group" gives two).
 * @example
 * readSourceMentions(tokens, 0, 5, lex)[0].profile.type; // 'military' for "a Syrian military source"
 */
export function readSourceMentions(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon, extra: readonly [number, number][] = [], trusted = false): SourceMention[] {
  while (a < b && (tokens[a]!.pos === 'CCONJ' || tokens[a]!.text === ',' || tokens[a]!.pos === 'ADV' && !(b - a === 1 && QUANTIFIER_PRONOUNS.has(tokens[a]!.lower)))) a++;
  // ("On Wednesday Nato officials had blamed ...", "Late on Tuesday Russia said": a time before the
  // source is no part of its name)
  while (b - a > 1 && (TIME_WORDS.has(tokens[a]!.lower) || /^(?:on|in|at|by)$/.test(tokens[a]!.lower) && TIME_WORDS.has(tokens[a + 1]?.lower ?? ''))) a++;
  // "..., claims the army denied": what is denied, then who denies it
  // ("..., a charge the government denies": the same, after its determiner)
  // ("a claim Ukraine's General Staff rejected": a name after the claim noun)
  if (tokens[a]?.pos === 'DET' && CLAIM_NOUNS.test(tokens[a + 1]?.lower ?? '') && (tokens[a + 2]?.pos === 'DET' || tokens[a + 2]?.pos === 'PROPN' && b - a > 2)) a += 2;
  else if (CLAIM_NOUNS.test(tokens[a]?.lower ?? '') && tokens[a + 1]?.pos === 'DET') a++;
  while (b > a && (tokens[b - 1]!.text === ',' || tokens[b - 1]!.pos === 'PUNCT' && tokens[b - 1]!.text !== ')')) b--;
  // "But I really, really believe": an adverb after the source is not part of it
  while (b - 1 > a && tokens[b - 1]!.pos === 'ADV' && !QUANTIFIER_PRONOUNS.has(tokens[b - 1]!.lower)) b--;
  if (b <= a) return [];
  // "footage released by opposition factions", "a statement issued by X": the source is X
  const by = evidenceAgent(tokens, a, b);
  if (by) return readSourceMentions(tokens, by[0], by[1], lex, extra).map((m) => ({ ...m, medium: tokens[by[2]]!.lower }));
  // "U.S. estimates", "hospital figures": whose estimates is the source
  // ("the latest Reuters/Ipsos poll": Reuters, in the phrase's words); an owner that names no
  // known source leaves the document itself as the source ("Satellite images show")
  if (b - a >= 2 && EVIDENCE_NOUNS.has(tokens[b - 1]!.lower) && !isMasthead(tokens, a, b) && tokens.slice(a, b - 1).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) {
    let owner = b - 1;
    if (/^['\u2019]s$/.test(tokens[owner - 1]?.text ?? '')) owner--;
    const owners = readSourceMentions(tokens, a, owner, lex, extra);
    const phrase = { start: tokens[a]!.start, end: tokens[b - 1]!.end };
    // a lone capitalised word is no owner by itself ("Satellite images"); "Trump's" or "U.S." is
    const possessive = owner < b - 1;
    const named = (m: SourceMention): boolean => isKnownSpeaker(m) && !(m.profile.kind === 'person' && m.profile.coreWords.length === 1 && !possessive);
    if (owners.length && owners.every(named)) return owners.map((m) => ({ ...m, medium: tokens[b - 1]!.lower, phrase }));
  }
  const parts = splitCoordination(tokens, a, b, lex);
  const mentions = parts.map(([s, e], n) => {
    const coreEnd = coreEndOf(tokens, s, e, lex);
    const modifiers: [number, number][] = [];
    if (coreEnd < e) modifiers.push([coreEnd, e]);
    if (n === parts.length - 1) modifiers.push(...extra);
    return mention(tokens, s, coreEnd, modifiers, lex);
  });
  // a phrase a trained tagger marked as a source is one, unless it names no one ("No one")
  return mentions.every(trusted ? (m: SourceMention) => !NEGATIVE.test(m.text) : (m: SourceMention) => isSpeaker(m, lex)) ? mentions : [];
}

const NEGATIVE = /^(?:no|none|nobody|neither)\b/i;
/** Verbs of a relative clause that make its person a witness: "who lives nearby", "who fled", "who survived the strike". */
const WITNESS_VERBS = /^(?:lives|lived|fled|survived|witnessed|saw|watched|heard|escaped|lost)$/;
/** Nouns that make a body a unit in arms: "group of forces", "Division", "Brigade". */
const ARMED_UNITS = /^(?:forces|brigade|brigades|battalion|battalions|regiment|division|corps|militia|militias)$/;
/** Nouns after a name that make it a place, not an organisation: "Yebaba village", "Sagaing region", "Kassala state". */
const placeHead = (w: string): boolean => PLACE_NOUNS.test(w) || /^(?:state|county|camp)$/.test(w);
/** What a denial denies, named before its source: "claims the army denied", "a charge the government denies". */
const CLAIM_NOUNS = /^(?:claims?|allegations?|accusations?|charges?|reports?)$/;
/** Words that name a share of a group, as polls report answers (AP style: "47 percent", "half", "4 in 10"). */
const PROPORTION_WORDS = new Set(['percent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'tenth', 'tenths', 'majority', 'majorities',
  'minority', 'plurality', 'most']);
const COUNT_WORDS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** "47 percent", "nearly half", "more than 4 in 10": a share of the people asked. */
function isProportion(text: string): boolean {
  const words = text.toLowerCase().split(/[\s-]+/);
  const last = words[words.length - 1] ?? '';
  if (PROPORTION_WORDS.has(last) || last.endsWith('%')) return true;
  const n = words.length;
  // "4 in 10", "nine out of 10"
  if (n >= 3 && words[n - 2] === 'in' && COUNT_WORDS.test(last) && COUNT_WORDS.test(words[n - 3]!)) return true;
  return n >= 4 && words[n - 3] === 'out' && words[n - 2] === 'of' && COUNT_WORDS.test(last) && COUNT_WORDS.test(words[n - 4]!);
}

/**
 * Whether a mention can be a source: a person, an organisation, an institution, a country as its
 * government, a pronoun, a known descriptor, or a noun that names people or a group (WordNet's
 * noun.person and noun.group: "the actress", "three-quarters of the voters"). "The heavy fighting
 * claimed the lives of ..." and "No one claimed responsibility" attribute nothing.
 */
function isSpeaker(m: SourceMention, lex: CompiledLexicon): boolean {
  if (NEGATIVE.test(m.text)) return false;
  if (isProportion(m.text)) return true;
  // "those surveyed", "those polled", "those asked": the people a poll asked
  if (/^those \w+ed$/i.test(m.text)) return true;
  if (isKnownSpeaker(m)) return true;
  // a body or a document that speaks for people ("the campaign said", "a court document says"),
  // evidence that shows ("satellite images show", "the data show"; `allowed` in patterns.ts keeps
  // it to verbs of evidence)
  if (m.headLemmas.some((l) => SPEAKING_BODIES.has(l) || EVIDENCE_NOUNS.has(l))) return true;
  // ("One of the sources": a partitive whose noun is a speaker's)
  if (!m.profile.coreWords.some((w) => !DETERMINERS.has(w))) return m.headLemmas.some((l) => SPEAKER_NOUNS.has(l) || lex.descriptors.map.has(l));
  return /\p{Lu}/u.test(m.text.replace(/^(?:The|A|An)\s/, ''));
}

/**
 * A document or a record with nobody named behind it ("satellite images", "the data"): it can
 * show, not say.
 * @example
 * isEvidenceOnly(readSourceMentions(tokens, 0, 2, lex)[0]); // true for "Satellite images"
 */
export function isEvidenceOnly(m: SourceMention): boolean {
  return m.medium === undefined && !isKnownSpeaker(m) && m.headLemmas.some((l) => EVIDENCE_NOUNS.has(l)) && !m.headLemmas.some((l) => SPEAKING_BODIES.has(l));
}

/** A mention that names a source by what it is: an organisation, a country, a person, a descriptor, a noun for people. */
function isKnownSpeaker(m: SourceMention): boolean {
  const p = m.profile;
  if (!p.coreWords.some((w) => !DETERMINERS.has(w))) return false;
  if (p.kind !== 'descriptor' || p.descriptor || p.affiliation || p.country) return true;
  return m.headLemmas.some((l) => SPEAKER_NOUNS.has(l));
}

/** "footage released by X", "a video posted online by X": X's tokens and where the medium stands. */
function evidenceAgent(tokens: readonly Token[], a: number, b: number): [number, number, number] | null {
  for (let k = a + 2; k < b - 1; k++) {
    if (tokens[k]!.lower !== 'by') continue;
    const participle = participleBefore(tokens, k, a);
    if (participle > a && EVIDENCE_NOUNS.has(tokens[participle - 1]!.lower)) return [k + 1, b, participle - 1];
  }
  return null;
}

/** Splits "X and Y" into two sources when both sides name a source on their own. */
function splitCoordination(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): [number, number][] {
  // ("Turkey and Iran said": a country speaks as its government, and is a source by its name)
  const names = (w: string[], last: Token): boolean => SPEAKER_NOUNS.has(last.lemma) || lex.places.map.get((w[0] === 'the' ? w.slice(1) : w).join(' '))?.kind === 'country'
    || w.some((_, i) => longestMatch(lex.descriptors, w, i) !== null || longestMatch(lex.entities, w, i) !== null);
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const whole = wordsOf(tokens, a, b).words;
    if (longestMatch(lex.entities, whole, 0)?.length === whole.length) return [[a, b]];
    const rightStartsNP = DETERMINERS.has(tokens[k + 1]!.lower) || tokens[k + 1]!.pos === 'PROPN' || POSSESSIVES.has(tokens[k + 1]!.lower);
    if (!rightStartsNP || !names(wordsOf(tokens, k + 1, b).words, tokens[b - 1]!)) continue;
    // "Russia, Iran and Turkey": a list, each item a source of its own when each names one
    const items: [number, number][] = [];
    let start = a;
    for (let j = a; j <= k; j++) {
      if (j < k && tokens[j]!.text !== ',') continue;
      if (j > start) items.push([start, j]);
      start = j + 1;
    }
    if (items.length > 1 ? items.every(([s, e]) => names(wordsOf(tokens, s, e).words, tokens[e - 1]!)) : names(wordsOf(tokens, a, k).words, tokens[k - 1]!)) return [...items, [k + 1, b]];
  }
  return [[a, b]];
}

/** Where the core noun phrase ends: before a preposition, a participle, a comma or an apposition. */
/**
 * Where a link of an organisation's name that starts at `k` ends: "for the Defence", "of the
 * People", "of Azawad" after a name word, before a name word in capitals; else `k`.
 */
function nameLinkEnd(tokens: readonly Token[], k: number, b: number, known: ReadonlySet<number>, linked = false): number {
  // a name word: in capitals, a proper noun or a noun inside the name ("the Defence")
  const word = (t: Token | undefined): boolean => t !== undefined && startsUpper(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN');
  // (after two name words: "Sen. Lindsey Graham of South Carolina" is a person and a place; a
  // link needs its "the" unless the name has one already: "for the Prohibition of Chemical Weapons")
  // (in lower case: "STAT OF THE WEEK" is a line in capitals)
  if (!/^(?:of|for)$/.test(tokens[k]!.text) || !word(tokens[k - 1]) || !linked && !word(tokens[k - 2]) && tokens[k - 1]!.pos !== 'PROPN') return k;
  let j = k + 1;
  const the = tokens[j]?.text === 'the';
  if (the) j++;
  else if (!linked) return k;
  // ("the True News Information Team of the State Administration Council": a known organisation
  // after the link is whose the body is, not part of its name)
  if (j >= b || !word(tokens[j]) || known.has(j)) return k;
  while (j < b && word(tokens[j])) j++;
  return j < b && /^(?:of|for)$/.test(tokens[j]!.text) ? Math.max(j, nameLinkEnd(tokens, j, b, known, true)) : j;
}

/** Whether the run of capitalised words before `k` names a person or a role: a given name, a role noun, a title. */
function personBefore(tokens: readonly Token[], a: number, k: number, lex: CompiledLexicon): boolean {
  for (let j = k - 1; j >= a && startsUpper(tokens[j]!.text); j--) {
    const w = tokens[j]!.lower;
    if (lex.lexicon.givenNames.has(w) || REPRESENTATIVE_ROLES.has(w) || TITLES.has(w)) return true;
  }
  return false;
}

function coreEndOf(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): number {
  // a known organisation's name may contain prepositions ("Observatory for Human Rights")
  const { words, at } = wordsOf(tokens, a, b);
  let protectedUntil = a;
  for (let w = 0; w < words.length; w++) {
    const m = longestMatch(lex.entities, words, w);
    if (m && m.length > 1) { protectedUntil = Math.max(protectedUntil, at[w + m.length - 1]! + 1); w += m.length - 1; }
    else if (w > 1) break;
  }
  // where known organisations' names start, for the links of an unknown one (found once, when a link is met)
  let knownStarts: Set<number> | undefined;
  const known = (): ReadonlySet<number> => {
    if (!knownStarts) {
      knownStarts = new Set<number>();
      for (let w = 0; w < words.length; w++) if (longestMatch(lex.entities, words, w)) knownStarts.add(at[w]!);
    }
    return knownStarts;
  };
  for (let k = a + 1; k < b; k++) {
    if (k < protectedUntil) continue;
    const t = tokens[k]!;
    // ("the Strategic Framework for the Defence of the People of Azawad": an unknown organisation's
    // name in capitals, "of" and "for" with their "the" inside it)
    // ("Officials of the Interior Ministry": a descriptor that opens the phrase, capitalised as the sentence's first word, is no name)
    // (nor is a person's name or a role: "Zakaria Malahifji of the Fastaqim group", "Head of the Hama Media center")
    const link = (t.text === 'of' || t.text === 'for') && startsUpper(tokens[k - 1]!.text);
    const inside = !link || k - 1 === a && lex.descriptors.map.has(tokens[k - 1]!.lower) || personBefore(tokens, a, k, lex) ? k : nameLinkEnd(tokens, k, b, known());
    if (inside > k) { k = inside - 1; continue; }
    if (t.text === ',' || t.text === '(' || t.text === ':' ) return k;
    // "one in five", "nine out of 10": a proportion stays whole
    const proportion = tokens[k - 1]?.pos === 'NUM' && (t.lower === 'in' && tokens[k + 1]?.pos === 'NUM' || t.lower === 'out' && tokens[k + 1]?.lower === 'of')
      || t.lower === 'of' && tokens[k - 1]?.lower === 'out' && tokens[k - 2]?.pos === 'NUM';
    if (t.pos === 'ADP' && CORE_BREAK_ADP.has(t.lower) && !proportion) return k;
    if (isParticipleModifier(tokens, k) || /^(?:that|who|which)$/.test(t.lower)) return k;
    // "officials familiar with the talks", "a person close to the commander": an adjective phrase after the noun
    if (t.pos === 'ADJ' && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN') && tokens[k + 1]?.pos === 'ADP') return k;
    // "Abu Abdo a field commander": a determiner after a name starts an apposition
    if (DETERMINERS.has(t.lower) && tokens[k - 1]!.pos === 'PROPN') return k;
  }
  return b;
}

function mention(tokens: readonly Token[], a: number, b: number, modifiers: readonly [number, number][], lex: CompiledLexicon): SourceMention {
  const span = spanOf(tokens, a, b);
  const first = tokens[a]!;
  // "One of the sources", "Some of the displaced": a part of a group the report names speaks as
  // that group, read as the definite phrase after "of" (which coreference resolves like "the sources")
  const of = modifiers[0];
  const partOf = b - a === 1 && of !== undefined && tokens[of[0]]!.lower === 'of' && (first.pos === 'NUM' || QUANTIFIER_PRONOUNS.has(first.lower) || first.lower === 'some');
  // ("One of them said", "said one of them": a part of those "they" would name)
  if (partOf && of[1] - of[0] === 2 && tokens[of[0] + 1]!.lower === 'them') {
    const profile: SourceProfile = { kind: 'pronoun', type: 'other', alignment: 'unknown', representative: false, words: ['they'], coreWords: ['they'], plural: true };
    return { span: spanOf(tokens, a, of[1]), phrase: spanOf(tokens, a, of[1]), text: textOf(tokens, a, of[1]), headLemmas: [], modifiers: [], definite: false, profile };
  }
  if (partOf && of[1] - of[0] > 2 && (/^(?:the|these|those)$/.test(tokens[of[0] + 1]!.lower) || POSSESSIVES.has(tokens[of[0] + 1]!.lower))) {
    const groupEnd = coreEndOf(tokens, of[0] + 1, of[1], lex);
    const group = mention(tokens, of[0] + 1, groupEnd, groupEnd < of[1] ? [[groupEnd, of[1]], ...modifiers.slice(1)] : modifiers.slice(1), lex);
    return { ...group, span: spanOf(tokens, a, groupEnd), text: textOf(tokens, a, groupEnd), phrase: { start: span.start, end: group.phrase.end } };
  }
  // ("the self-described democratic socialist said": a noun for people the tagger reads as an adjective)
  const last = tokens[b - 1]!;
  const head = tokens.slice(a, b).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').at(-1) ?? (last.pos === 'ADJ' && b - a > 1 && SPEAKER_NOUNS.has(last.lower) ? last : undefined);
  const partitive = modifiers[0] && tokens[modifiers[0][0]]!.lower === 'of'
    ? tokens.slice(modifiers[0][0], modifiers[0][1]).find((t) => t.pos === 'NOUN') : undefined;
  const phraseEnd = Math.max(span.end, ...modifiers.map(([, e]) => tokens[e - 1]!.end));
  // ("One Republican hopeful, Carly Fiorina, says": a description before the name is in the phrase)
  const phraseStart = Math.min(span.start, ...modifiers.map(([s]) => tokens[s]!.start));
  return {
    span,
    phrase: { start: phraseStart, end: phraseEnd },
    text: textOf(tokens, a, b),
    headLemmas: [head?.lemma, partitive?.lemma].filter((x): x is string => x !== undefined),
    modifiers: modifiers.map(([s, e]) => spanOf(tokens, s, e)),
    definite: /^(?:the|this|that)$/.test(first.lower),
    profile: modifiers.length ? profile(tokens, a, b, modifiers, lex) : plainProfile(tokens, a, b, lex),
  };
}

/** Profiles of mentions without modifiers, by their words, per lexicon: a name recurs in a report and across reports. */
const plainProfiles = new WeakMap<CompiledLexicon, Map<string, SourceProfile>>();
/** Entries kept before the memo starts again (a bound on memory for long streams). */
const PLAIN_PROFILES_KEPT = 20_000;

/**
 * The profile of tokens `[a, b)` without modifiers, remembered by what it reads: each token's text,
 * tag and spacing, and the text of the token after (a possessive "'s").
 */
function plainProfile(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): SourceProfile {
  let key = tokens[b]?.text ?? '';
  for (let k = a; k < b; k++) key += `\u0001${tokens[k]!.spaced ? ' ' : ''}${tokens[k]!.text}\u0002${tokens[k]!.pos}`;
  let memo = plainProfiles.get(lex);
  if (!memo) plainProfiles.set(lex, memo = new Map());
  const known = memo.get(key);
  if (known) return known;
  const found = profile(tokens, a, b, [], lex);
  if (memo.size >= PLAIN_PROFILES_KEPT) memo.clear();
  memo.set(key, found);
  return found;
}

interface Found { entity: EntityEntry; from: number; to: number }

function findEntities(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): Found[] {
  const { words, at } = wordsOf(tokens, a, b);
  const out: Found[] = [];
  for (let w = 0; w < words.length; w++) {
    const m = longestMatch(lex.entities, words, w);
    if (!m) continue;
    const from = at[w]!;
    const to = at[w + m.length - 1]! + 1;
    const written = tokens.slice(from, to).map((t) => t.text).join(' ');
    if (!caseAllows(lex, words.slice(w, w + m.length).join(' '), written)) continue;
    // ("CSP-DPA" is no DPA: an acronym joined by a hyphen to another in capitals is part of it)
    if (inAcronymCompound(tokens, from, to)) continue;
    out.push({ entity: m.value, from, to });
    w += m.length - 1;
  }
  return out;
}

/** Whether tokens `[from, to)` are joined by an unspaced hyphen to a word in capitals ("CSP-DPA"). */
function inAcronymCompound(tokens: readonly Token[], from: number, to: number): boolean {
  const caps = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}{2,}$/u.test(t.text);
  const before = tokens[from - 1]?.text === '-' && !tokens[from]!.spaced && !tokens[from - 1]!.spaced && caps(tokens[from - 2]);
  const after = tokens[to]?.text === '-' && !tokens[to]!.spaced && !tokens[to + 1]?.spaced && caps(tokens[to + 1]);
  return before || after;
}

/** The most specific of the organisations found: a brigade over the army it is part of. */
function mostSpecific(found: readonly Found[]): Found | undefined {
  let best: Found | undefined;
  for (const f of found) {
    if (!best) { best = f; continue; }
    if (best.entity.partOf === f.entity.name) continue;
    best = f;
  }
  return best;
}

function profile(tokens: readonly Token[], a: number, b: number, modifiers: readonly [number, number][], lex: CompiledLexicon): SourceProfile {
  // a pronoun by itself ("he said"), the most frequent source, before any other reading
  if (b - a === 1 && !modifiers.length && PRONOUNS.has(tokens[a]!.lower)) {
    const word = tokens[a]!.lower;
    const gender: Gender | undefined = word === 'he' ? 'male' : word === 'she' ? 'female' : undefined;
    return { kind: 'pronoun', type: 'other', alignment: 'unknown', representative: false, words: [word], coreWords: [word], plural: word === 'they' || word === 'we', ...(gender ? { gender } : {}) };
  }
  const core = tokens.slice(a, b);
  const coreWords = wordsOf(tokens, a, b).words;
  const modWords = modifiers.flatMap(([s, e]) => wordsOf(tokens, s, e).words);
  const words = [...new Set([...coreWords, ...modWords])].filter((w) => !DETERMINERS.has(w));
  const plural = core.length > 0 && /s$/.test(core[core.length - 1]!.lower) && core[core.length - 1]!.pos === 'NOUN';

  if (core.length === 1 && PRONOUNS.has(core[0]!.lower)) {
    return { kind: 'pronoun', type: 'other', alignment: 'unknown', representative: false, words, coreWords, plural: core[0]!.lower === 'they' || core[0]!.lower === 'we' };
  }
  let alignment: Alignment = 'unknown';
  for (const w of [...coreWords, ...modWords]) {
    const side = SIDE_MODIFIERS.get(w);
    if (side && (w.startsWith('pro') || alignment === 'unknown')) alignment = side;
  }
  for (let i = 0; i + 1 < coreWords.length; i++) {
    // "pro government" (a hyphen the key drops): only a word that can start a side modifier
    const side = coreWords[i] === 'pro' ? SIDE_MODIFIERS.get(`pro-${coreWords[i + 1]}`) : undefined;
    if (side) alignment = side;
  }
  // a demonym ("Syrian") or a country named as owner ("Russia's defence ministry")
  const nationality = core.map((t, n) => lex.demonyms.get(t.lower)?.name ?? (t.pos === 'PROPN' && lex.places.map.get(t.key)?.kind === 'country'
    && (/^['\u2019]s$/.test(tokens[t.i + 1]?.text ?? '') || n < core.length - 1 && (core[n + 1]!.pos === 'NOUN' || core[n + 1]!.pos === 'ADJ')) ? lex.places.map.get(t.key)!.name : undefined)).find(Boolean);
  // "Hamas-run health ministry", "Iranian-backed militia": the side of the one who runs it
  for (let k = a; k + 2 < b; k++) {
    if (tokens[k + 1]!.text !== '-' || !/^(?:run|backed|led|controlled|allied|affiliated|aligned)$/.test(tokens[k + 2]!.lower)) continue;
    const owner = lex.entities.map.get(tokens[k]!.key);
    if (owner && owner.alignment !== 'unknown') alignment = owner.alignment;
  }
  const coreEntities = findEntities(tokens, a, b, lex);
  const modEntities = modifiers.flatMap(([s, e]) => findEntities(tokens, s, e, lex));

  // "Russia's Wagner mercenary group", "the Hamas movement": a named organisation with a generic head
  const lastWord = core[core.length - 1]!;
  // (not "the Hamas-run civil defence agency": one the organisation runs)
  const runBy = (f: Found): boolean => tokens[f.to]?.text === '-' && OWNER_PARTICIPLES.has(tokens[f.to + 1]?.lower ?? '');
  const named = GENERIC_ORGANISATION_HEADS.has(lastWord.lower) && coreEntities.length === 1 && !runBy(coreEntities[0]!) && !titledName(core, lex) ? coreEntities[0] : undefined;
  if (named) {
    const e = named.entity;
    return { kind: 'entity', type: e.type, alignment: e.alignment, entity: e, representative: false, words, coreWords, plural: false, ...(nationality ? { nationality } : {}) };
  }
  // the mention is a known organisation ("The Syrian Observatory for Human Rights", "SANA")
  // "the so-called Observatory" is still the Observatory: only determiners and adjectives before it
  // "the so-called Observatory", "the Houthi-run Saba news agency": only determiners, adjectives and
  // hyphenated modifiers before the name
  const modifierOnly = (k: number): boolean => {
    const t = tokens[k]!;
    return t.pos !== 'NOUN' && t.pos !== 'PROPN' || /^(?:so|called)$/i.test(t.text) || tokens[k + 1]?.text === '-' && !tokens[k + 1]!.spaced;
  };
  // ("Al Qaeda-affiliated JNIM", "the al-Qaida-linked group JNIM", "the Islamist group Hamas": an
  // owner named before "-linked", and a generic head right before the name, are modifiers too)
  const ownerBefore = (k: number, to: number): boolean => {
    let j = k;
    while (j < to && tokens[j]!.pos === 'PROPN') j++;
    return j > k && tokens[j]?.text === '-' && OWNER_PARTICIPLES.has(tokens[j + 1]?.lower ?? '');
  };
  // ("The U.N. International Organization for Migration": the body a named organisation is part of, before it)
  const parentAt = (k: number, f: Found): boolean => coreEntities.some((g) => g !== f && g.from <= k && k < g.to && g.to <= f.from && g.entity.name === f.entity.partOf);
  // ("Myanmar's Arakan Army": the country a named organisation belongs to, with its possessive)
  const countryOwner = (k: number): boolean => /^['\u2019]s?$/.test(tokens[k]!.text) && k > a || /^['\u2019]s$/.test(tokens[k + 1]?.text ?? '') && lex.places.map.get(tokens[k]!.key)?.kind === 'country';
  // ("the UN humanitarian office OCHA": a description of the same body, by another of its names, before its name)
  const sameBodyAt = (k: number, f: Found): boolean => coreEntities.some((g) => g !== f && g.from <= k && k < g.to && g.to <= f.from && g.entity.name === f.entity.name);
  const prefixOnly = (f: Found): boolean => {
    for (let k = a; k < f.from; k++) if (!(modifierOnly(k) || ownerBefore(k, f.from) || parentAt(k, f) || sameBodyAt(k, f) || countryOwner(k) || k === f.from - 1 && GENERIC_ORGANISATION_HEADS.has(tokens[k]!.lower))) return false;
    return true;
  };
  const whole = coreEntities.find((f) => f.to === b && prefixOnly(f));
  // "Russia's Defence Ministry" is the gazetteer's "Russian Defence Ministry"
  const owned = whole ? undefined : ownedEntity(tokens, a, b, lex);
  if (whole || owned) {
    const e = whole?.entity ?? owned!;
    return { kind: 'entity', type: e.type, alignment: e.alignment, entity: e, representative: false, words, coreWords, plural: false, ...(nationality ? { nationality } : {}) };
  }

  // descriptor: the longest descriptor phrase in the core, the rightmost on ties (the head)
  let desc: { phrase: string; type: SourceType; alignment?: Alignment; person?: boolean; same?: string } | undefined;
  let descLen = 0;
  const singular = coreWords.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  for (const words of [coreWords, singular]) {
    const fallback = words === singular;
    for (let w = 0; w < words.length; w++) {
      const m = longestMatch(lex.descriptors, words, w);
      if (m && (m.length > descLen || !fallback && m.length === descLen && (desc?.type === 'other' || m.value.type !== 'other'))) { desc = m.value; descLen = m.length; }
    }
  }
  // "The Jerusalem Post": a newspaper, whatever its last word means in lower case
  if (coreEntities.length === 0 && isMasthead(tokens, a, b)) desc = NEWSPAPER;
  const titled = titledName(core, lex);
  const headWord = titled ? core[titled - 1]!.key : core.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').at(-1)?.lower;
  // "who heads the Observatory", "who leads the group": a representative role said with a verb
  const headsVerb = modifiers.some(([s]) => /^(?:who|which)$/.test(tokens[s]!.lower) && /^(?:heads|leads|runs|directs|chairs|founded|speaks)$/.test(tokens[s + 1]?.lower ?? ''));
  const role = [headWord, ...modifiers.map(([s, e]) => tokens.slice(s, e).find((t) => t.pos === 'NOUN')?.lower), headsVerb ? 'head' : undefined]
    .find((w) => w !== undefined && (REPRESENTATIVE_ROLES.has(w) || MEMBER_ROLES.has(w) && !headsVerb));
  const org = mostSpecific([...coreEntities, ...modEntities]);
  const roleOf = roleOfOrganisation(tokens, a, b, modifiers);
  const afterRole = org || roleOf ? undefined : properNounAfterRole(tokens, modifiers, lex);
  // ("Ukraine's Khortytsia group", "the Khortytsia group of Ukrainian forces": a state's unit)
  // (or the state's forces by name: "spokesperson of the Army's 1st Infantry Division")
  const ownerCountry = modifiers.some(([s, e]) => tokens.slice(s, e).some((t, i, span) => lex.demonyms.has(t.lower) || t.pos === 'PROPN' && lex.places.map.get(t.key)?.kind === 'country'
    || STATE_FORCES_OWNERS.test(t.lower) && /^['\u2019]s$/.test(span[i + 1]?.text ?? '')));
  const named2 = org ? undefined : roleOf?.organisation ?? afterRole?.name;
  const ofCountry = named2 ? lex.places.map.get(named2.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()) : undefined;
  const unknownOrg = ofCountry?.kind === 'country' ? undefined : named2;
  const stateForces = ofCountry?.kind === 'country' && modWords.some((w) => /^(?:forces|army|military|troops|navy|command)$/.test(w));
  const affiliation: Affiliation | undefined = org
    ? { name: org.entity.name, type: org.entity.type, alignment: org.entity.alignment, entity: org.entity }
    : unknownOrg ? { name: unknownOrg, type: afterRole?.unit ? (ownerCountry ? 'military' : 'armed-group') : modifierType(tokens, modifiers, lex) ?? 'other', alignment } : undefined;
  // (one who heads a centre "in Yebaba village" speaks for no body named "Yebaba")
  const representative = affiliation !== undefined && role !== undefined && REPRESENTATIVE_ROLES.has(role) && !afterRole?.place;
  const properRun = core.every((t) => t.pos === 'PROPN' || NAME_PARTICLE.test(t.text))
    && core.filter((t) => t.pos === 'PROPN').length >= 1 && !desc && startsUpper(core[0]!.text);
  const bare = coreWords.filter((w) => !DETERMINERS.has(w)).join(' ');
  const asPlace = lex.places.map.get(bare);
  // ("FACT said ...": one word in capitals is an acronym, a body's name, not a person's; but a
  // transcript's speaker label is a surname, "TAPPER: ...")
  const acronym = core.length === 1 && ACRONYM.test(core[0]!.text) && tokens[b]?.text !== ':';
  const personName = titled ? textOf(tokens, a + titled, b) : roleOf ? roleOf.person : properRun && coreEntities.length === 0 && !asPlace && !acronym ? textOf(tokens, a, b) : undefined;

  // "a government spokesman", "a ministry spokeswoman": a representative of the body named before the role
  let bodyOf: typeof desc;
  if (headWord && REPRESENTATIVE_ROLES.has(headWord) && !personName && !affiliation) {
    for (let w = 0; w + 1 < coreWords.length; w++) {
      const m = longestMatch(lex.descriptors, coreWords, w);
      if (m && !m.value.person && m.value.type !== 'other' && w + m.length <= coreWords.length - 1) { bodyOf = m.value; break; }
    }
  }
  if (bodyOf) desc = bodyOf;
  // a country or its capital speaks as its government: "Moscow said", "Turkey denied"
  const country = !personName && asPlace && (asPlace.kind === 'country' || lex.countries.get(asPlace.country)?.capital === asPlace.name) ? asPlace.country : undefined;
  const titleType = titled || roleOf ? TITLE_TYPES[headWord ?? ''] : undefined;
  // ("The Ambazonia Defence Forces, one of the largest separatist groups, said": an unnamed body an
  // apposition says the kind of is of that kind, whatever its name's last word)
  const classified = !org && !personName && !country && desc !== undefined && !desc.person && startsUpper(core.at(-1)!.text) ? appositiveKind(tokens, modifiers, lex) : undefined;
  const base: SourceType = country ? 'government' : stateForces ? 'military' : classified ? classified.type
    : affiliation && affiliation.type !== 'other' && (personName || desc?.person || desc === undefined) ? affiliation.type
      // ("Army spokesman Nadav Shoshani": a descriptor of two words or more tells more than the title alone)
      : (desc && desc.type !== 'other' && desc.phrase.includes(' ') ? desc.type : titleType) ?? desc?.type ?? affiliation?.type ?? modifierType(tokens, modifiers, lex) ?? 'other';
  // "a Ukrainian commander", "a Russian officer": a country's commander commands its forces (a rebel
  // or Kurdish commander stays an armed group's)
  const countryCommander = base === 'armed-group' && desc?.person && nationality !== undefined && !affiliation && alignment !== 'opposition';
  // "Tetiana Boiko, 58, who lives in a neighbouring building", "a trader who fled the town": one who
  // lives where it happened, or saw or survived it, speaks as a witness
  // ("said Farid, 27, who asked that his full name not be published": wire copy gives civilians an
  // age where it gives officials a title, so a person with an age and no role is a witness)
  const aged = personName !== undefined && !desc && !titled && modifiers.some(([s, e]) => {
    const k = tokens[s]!.text === ',' ? s + 1 : s;
    return k < e && tokens[k]!.pos === 'NUM' && /^\d{1,3}$/.test(tokens[k]!.text) && (k + 1 === e || tokens[k + 1]!.text === ',');
  });
  const lived = base === 'other' && (aged || modifiers.some(([s, e]) => {
    for (let k = s; k < e; k++) if (tokens[k]!.lower === 'who' && WITNESS_VERBS.test(tokens[k + 1]?.lower ?? '')) return true;
    return false;
  }));
  // ("the rebels' Military Operations Command", "the military wing of Hamas": forces of an armed
  // group or of the opposition are an armed group's, not a state's military)
  const rebelForces = base === 'military' && (affiliation?.type === 'armed-group' || alignment === 'opposition' && !nationality);
  const type: SourceType = countryCommander ? 'military' : lived ? 'witness' : rebelForces ? 'armed-group' : base;
  const descriptor = desc ? desc.same ?? desc.phrase : undefined;
  const gender = genderOf(coreWords, personName, lex);
  return {
    ...(gender ? { gender } : {}),
    kind: personName ? 'person' : 'descriptor',
    type,
    alignment: affiliation?.alignment !== undefined && affiliation.alignment !== 'unknown' ? affiliation.alignment
      : alignment !== 'unknown' ? alignment : classified ? classified.alignment : desc?.alignment ?? 'unknown',
    representative,
    words, coreWords, plural,
    ...(affiliation ? { affiliation } : {}),
    ...(descriptor ? { descriptor, head: descriptor.split(' ').at(-1)! } : headWord ? { head: headWord } : {}),
    ...(personName ? { personName } : {}),
    ...(nationality ?? (ofCountry?.kind === 'country' ? ofCountry.name : undefined) ? { nationality: nationality ?? ofCountry!.name } : {}),
    ...(country ? { country } : {}),
  };
}

const NEWSPAPER = { phrase: 'newspaper', type: 'media' as SourceType };

/** "Russia's Defence Ministry": a country's possessive, then a body the gazetteer names with its demonym. */
function ownedEntity(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon): EntityEntry | undefined {
  let k = a;
  while (k < b && tokens[k]!.pos === 'DET') k++;
  if (k + 2 >= b || !/^['\u2019]s$/.test(tokens[k + 1]!.text)) return undefined;
  const place = lex.places.map.get(tokens[k]!.key);
  const country = place?.kind === 'country' ? lex.countries.get(place.name) : undefined;
  const demonym = country?.demonyms[0];
  if (!demonym) return undefined;
  const words = [...phraseKey(demonym).split(' '), ...wordsOf(tokens, k + 2, b).words];
  const m = longestMatch(lex.entities, words, 0);
  return m && m.length === words.length ? m.value : undefined;
}

/**
 * The sex a mention tells: a title or a role noun of its core ("Mrs.", "spokeswoman"; the last one
 * read, the head), else the given name of a name of two words or more ("Olena Zelenska").
 */
function genderOf(coreWords: readonly string[], personName: string | undefined, lex: CompiledLexicon): Gender | undefined {
  let found: Gender | undefined;
  for (const w of coreWords) found = GENDERED_WORDS.get(w) ?? found;
  // (a name of one word is mostly a surname: "Dali added" tells nothing)
  const words = personName?.split(/\s+/) ?? [];
  if (found || words.length < 2) return found;
  return lex.lexicon.givenNames.get(words[0]!.toLowerCase());
}

/** Tokens `[a, b)` end in a newspaper's name: a capitalised masthead word after a capitalised name word ("Jerusalem Post"). */
function isMasthead(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]!;
  const before = tokens[b - 2];
  return b - a >= 2 && MASTHEAD_WORDS.has(last.lower) && startsUpper(last.text) && before !== undefined && before.pos === 'PROPN' && startsUpper(before.text);
}

/**
 * "Director of Daraa National Hospital Dr. Farid al-Asfar": a role, an organisation ending in an
 * organisation noun, then the person's name.
 */
function roleOfOrganisation(tokens: readonly Token[], a: number, b: number, modifiers: readonly [number, number][]): { person: string; organisation: string } | undefined {
  const heads = tokens.slice(a, b).filter((t) => t.pos !== 'DET');
  if (heads.length !== 1 || !TITLES.has(heads[0]!.lower) || !modifiers[0]) return undefined;
  const [s, e] = modifiers[0];
  if (!/^(?:of|for|at|in)$/.test(tokens[s]!.lower)) return undefined;
  let orgEnd = -1;
  for (let k = s + 1; k < e; k++) if (ORGANISATION_HEADS.has(tokens[k]!.lower)) orgEnd = k + 1;
  if (orgEnd < 0) return undefined;
  let k = orgEnd;
  while (k < e && (TITLES.has(tokens[k]!.lower.replace(/\.$/, '')) || tokens[k]!.text === '.')) k++;
  const start = k;
  while (k < e && (tokens[k]!.pos === 'PROPN' && startsUpper(tokens[k]!.text) || NAME_PARTICLE.test(tokens[k]!.text))) k++;
  if (k - start < 2) return undefined;
  let orgStart = s + 1;
  while (orgStart < orgEnd && tokens[orgStart]!.pos === 'DET') orgStart++;
  return { person: textOf(tokens, start, k), organisation: textOf(tokens, orgStart, orgEnd) };
}


/**
 * Where a name starts after a title at the end of a core noun phrase ("Observatory head Rami Abdel
 * Rahman": 2), or 0 when there is none.
 */
function titledName(core: readonly Token[], lex: CompiledLexicon): number {
  let k = core.length;
  while (k > 0 && !TITLES.has(core[k - 1]!.key) && (core[k - 1]!.pos === 'PROPN' && startsUpper(core[k - 1]!.text) || NAME_PARTICLE.test(core[k - 1]!.text))) k--;
  if (k === core.length || k === 0 || !startsUpper(core[k]!.text)) return 0;
  // "General Staff", "Health Ministry": a title before a body's name, not a person's
  const name = core.slice(k);
  if (name.some((t) => ORGANISATION_HEADS.has(t.lower) || lex.descriptors.map.has(t.key))) return 0;
  if ((longestMatch(lex.descriptors, core.slice(k - 1).map((t) => t.key), 0)?.length ?? 0) >= 2) return 0;
  return TITLES.has(core[k - 1]!.key) ? k : 0;
}

/** The type implied by a descriptor in the modifiers ("a UK-based organisation that monitors the war"). */
function modifierType(tokens: readonly Token[], modifiers: readonly [number, number][], lex: CompiledLexicon): SourceType | undefined {
  for (const [s, e] of modifiers) {
    const { words } = wordsOf(tokens, s, e);
    for (let w = 0; w < words.length; w++) {
      const m = longestMatch(lex.descriptors, words, w);
      // ("a spokesman for the alliance": one who speaks for a body speaks as that body's kind)
      const forBody = m && REPRESENTATIVE_ROLES.has(words[w + m.length - 1]!) && /^(?:for|of)$/.test(words[w + m.length] ?? '') ? bodyTypeAfter(words, w + m.length + 1, lex) : undefined;
      if (forBody) return forBody;
      if (m && m.value.type !== 'other') return m.value.type;
      if (words[w] === 'monitors' || words[w] === 'monitoring') return 'monitor';
    }
  }
  return undefined;
}

/**
 * The kind of body an apposition says a source is ("one of the largest separatist groups", "an
 * alliance of Tuareg armed groups"): the first descriptor of a body in an apposition that opens
 * with "a", "an" or "one of".
 */
function appositiveKind(tokens: readonly Token[], modifiers: readonly [number, number][], lex: CompiledLexicon): { type: SourceType; alignment: Alignment } | undefined {
  for (const [s, e] of modifiers) {
    let k = tokens[s]!.text === ',' ? s + 1 : s;
    if (tokens[k]?.lower === 'one' && tokens[k + 1]?.lower === 'of') k += 2;
    else if (!/^(?:a|an)$/.test(tokens[k]?.lower ?? '')) continue;
    const { words } = wordsOf(tokens, k, Math.min(e, k + 8));
    // a descriptor of a body ("an alliance of ..."), or a word for its members' kind before a noun
    // for a body ("one of the largest separatist groups")
    let head = k;
    while (head < e && (tokens[head]!.pos === 'ADJ' || tokens[head]!.pos === 'NOUN' || tokens[head]!.pos === 'DET' || tokens[head]!.pos === 'ADV')) head++;
    const body = head > k && GENERIC_ORGANISATION_HEADS.has(tokens[head - 1]!.lower.replace(/s$/, ''));
    for (let w = 0; w < words.length; w++) {
      const m = longestMatch(lex.descriptors, words, w);
      if (m && m.value.type !== 'other' && (!m.value.person || body)) return { type: m.value.type, alignment: m.value.alignment ?? 'unknown' };
    }
  }
  return undefined;
}

/** The type of the body a short phrase names from `w` ("the alliance", "the rebel group"): its first descriptor that names no person. */
function bodyTypeAfter(words: readonly string[], w: number, lex: CompiledLexicon, reach = 4): SourceType | undefined {
  for (let k = w; k < words.length && k < w + reach; k++) {
    const m = longestMatch(lex.descriptors, words, k);
    // (or a person who leads a side: "a spokesman for rebel leader Aslan Maskhadov" speaks as the rebels)
    if (m && m.value.type !== 'other' && (!m.value.person || m.value.type !== 'witness')) return m.value.type;
  }
  return undefined;
}

/** "spokesman for Failaq al Rahman" with no gazetteer entry: the proper-noun run after the role, and whether a place noun follows it ("in Yebaba village"). */
function properNounAfterRole(tokens: readonly Token[], modifiers: readonly [number, number][], lex: CompiledLexicon): { name: string; place: boolean; unit: boolean } | undefined {
  for (const [s, e] of modifiers) {
    let k = s;
    while (k < e && !(tokens[k]!.pos === 'ADP' && /^(?:of|for|from|in|with)$/.test(tokens[k]!.lower))) k++;
    const within = tokens[k]?.lower === 'in';
    k++;
    while (k < e && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' && !startsUpper(tokens[k]!.text))) k++;
    let start = k;
    while (k < e && (tokens[k]!.pos === 'PROPN' || NAME_PARTICLE.test(tokens[k]!.text))) k++;
    // ("spokesman for the Volcano of Anger operation": a name with its "of" link, in capitals)
    // (not a place after "of": "Fastaqim of Aleppo" is Fastaqim, in Aleppo)
    while (k > start && k + 1 < e && tokens[k]!.text === 'of' && tokens[k + 1]!.pos === 'PROPN' && startsUpper(tokens[k + 1]!.text) && !lex.places.map.has(tokens[k + 1]!.key)) {
      k += 2;
      while (k < e && tokens[k]!.pos === 'PROPN' && startsUpper(tokens[k]!.text)) k++;
    }
    // ("a spokesman for Ukraine's Khortytsia group": the owner's possessive, then the body's name;
    // not "the Cleveland Police Patrolmen's Association", one name with a possessive inside)
    if (k > start && /^['\u2019]s$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.pos === 'PROPN') {
      let n = k + 1;
      while (n < e && (tokens[n]!.pos === 'PROPN' || NAME_PARTICLE.test(tokens[n]!.text))) n++;
      const owner = lex.places.map.get(wordsOf(tokens, start, k).words.join(' '));
      if (owner || n - (k + 1) >= 2) { start = k + 1; k = n; }
    }
    // ("who heads the health centre in Yebaba village": a name before a place noun names a place)
    // ("a nurse at the general hospital in Walungu": a name after "in" is where, not whose)
    // (what kind of body: "the Khortytsia group of forces", "the Hamza Division" are units in arms)
    const unit = tokens.slice(start, Math.min(e, k + 4)).some((t) => ARMED_UNITS.test(t.lower));
    if (k > start) return { name: textOf(tokens, start, k), place: within || placeHead(tokens[k]?.lower ?? ''), unit };
  }
  return undefined;
}
