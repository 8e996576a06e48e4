/**
 * The one place that talks to wink-nlp: loads the model once and turns its output into plain
 * tokens with UTF-16 offsets into the original text.
 * @module
 */
import { COMPOUND_PARTICIPLES } from '../lexicon/descriptors.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { phraseKey, startsUpper } from '../util/words.js';
import { markTemporal, type TemporalType } from './temporal.js';
import { CUE_VERBS } from '../lexicon/cues.js';
import { NAME_PARTICLE } from '../lexicon/names.js';

/**
 * A token: its text, where it stands, and what wink-nlp says of it.
 * @example
 * readSegments('Rebels said so.', [{ start: 0, end: 15 }], 0)[0].tokens[1].lemma; // 'say'
 */
export interface Token {
  /** Index in the document's token array. */
  readonly i: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink-nlp ("NOUN", "PROPN", "VERB", ...). */
  readonly pos: string;
  /** wink-nlp lemma, lower case. */
  readonly lemma: string;
  readonly lower: string;
  /** The token's lookup key ({@link phraseKey}): lower case, letters and digits, words split at hyphens. */
  readonly key: string;
  /** "number" (as wink-nlp types it: 26, 1,000, 3.5, -7, 10:59, 2-1/2), "word" (any letter or digit), or "punctuation". */
  readonly type: TokenType;
  /** The time expression the token is part of ("DATE", "TIME", "ORDINAL"; see `temporal.ts`), or null. */
  readonly entity: TemporalType | null;
  /** Whitespace precedes the token. */
  readonly spaced: boolean;
  /** A single quotation mark that opens or closes a quotation (an apostrophe has none). */
  readonly quote?: 'open' | 'close';
}

/**
 * Makes a token. Every token is made here, with its fields in one order and `quote` present, so
 * that all tokens share one shape: the stages read token fields millions of times, and tokens of
 * many shapes (a spread copy, a field added later) made those reads megamorphic (measured: 93
 * shapes among the tokens of 200 articles before).
 */
function makeToken(i: number, text: string, start: number, end: number, pos: string, lemma: string, lower: string, key: string, type: TokenType, entity: TemporalType | null, spaced: boolean, quote: 'open' | 'close' | undefined): Token {
  return { i, text, start, end, pos, lemma, lower, key, type, entity, spaced, quote };
}

/**
 * A copy of a token with some of its fields changed, of the same shape.
 * @example
 * withFields(token, { pos: 'VERB', lemma: 'say' });
 */
export function withFields(t: Token, f: { i?: number; text?: string; end?: number; pos?: string; lemma?: string; lower?: string; key?: string; type?: TokenType; quote?: 'open' | 'close' }): Token {
  return makeToken(f.i ?? t.i, f.text ?? t.text, t.start, f.end ?? t.end, f.pos ?? t.pos, f.lemma ?? t.lemma, f.lower ?? t.lower, f.key ?? t.key, f.type ?? t.type, t.entity, t.spaced, f.quote ?? t.quote);
}

/**
 * One sentence as token indexes into the document's token array.
 * @example
 * readSegments('One. Two.', [{ start: 0, end: 9 }], 0)[0].sentences; // [{ first: 0, last: 2 }, { first: 2, last: 4 }]
 */
export interface RawSentence {
  readonly first: number;
  /** Exclusive. */
  readonly last: number;
}

type Nlp = ReturnType<typeof winkNLP>;

/**
 * What kind of token a text is.
 * @example
 * const t: TokenType = 'number';
 */
export type TokenType = 'number' | 'word' | 'punctuation';

/**
 * A token's type from its text: the same "number" as wink-nlp's type (measured over the 990,928
 * tokens of PolNeAR train and FA-KES: no difference), without asking wink for a column of types.
 */
function tokenType(text: string): TokenType {
  let i = (text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45) && text.length > 1 ? 1 : 0;
  const first = text.charCodeAt(i);
  if (first >= 48 && first <= 57) {
    const last = text.charCodeAt(text.length - 1);
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // digits and the separators of numbers, times and fractions: , . : / -
      if (!(c >= 48 && c <= 57) && c !== 44 && c !== 46 && c !== 58 && c !== 47 && c !== 45) break;
    }
    if (i === text.length && last >= 48 && last <= 57) return 'number';
  }
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57) return 'word';
    if (c >= 128) return /[\p{L}\p{N}]/u.test(text) ? 'word' : 'punctuation';
  }
  return 'punctuation';
}

/** wink-nlp's lemma in lower case; the token's own lower form when they are the same word. */
function lemmaOf(lemma: string | undefined, value: string, lower: string): string {
  if (lemma === undefined || lemma === value) return lower;
  return lemma.toLowerCase();
}

/**
 * Token keys: plain ASCII words and numbers skip the Unicode normalisation of {@link phraseKey}
 * (a character loop: two regular expressions per token cost more than the rest of the token).
 */
function keyOf(text: string, lower: string): string {
  // a mark of punctuation outside ASCII (“ ” ’ —) has no key, without Unicode normalisation
  if (text.length === 1 && text.charCodeAt(0) >= 128 && !/[\p{L}\p{N}]/u.test(text)) return '';
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 || c >= 48 && c <= 57) continue;
    if (c >= 65 && c <= 90) { upper = true; continue; }
    return phraseKey(text);
  }
  return upper ? lower : text;
}

/** Verbs of evidence that the tagger reads as nouns after a noun ("polls show"), by form, with their lemma. */
const EVIDENCE_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ['show', 'show'], ['shows', 'show'], ['suggest', 'suggest'], ['suggests', 'suggest'], ['indicate', 'indicate'], ['indicates', 'indicate'],
  ['reveal', 'reveal'], ['reveals', 'reveal'], ['confirm', 'confirm'], ['confirms', 'confirm'],
]);
/**
 * Third-person forms of the default cue verbs that are also plural nouns ("notes", "reports",
 * "claims", "adds"), to their lemma.
 */
const CUE_S_FORMS: ReadonlyMap<string, string> = new Map(CUE_VERBS.flatMap((c) => {
  const l = c.lemma;
  const form = /(?:s|sh|ch|x|z)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`;
  return [[form, l] as const];
}));

/** Nouns that take a plural verb without ending in "s" ("the data show"). */
const PLURAL_NOUNS: ReadonlySet<string> = new Set(['data', 'media', 'people', 'police', 'criteria']);

/**
 * Corrections to wink-eng-lite-web-model's tags that attribution depends on: "said" read as an
 * adjective, and nouns read as verbs when a verb follows ("a war monitor reported", "A still image
 * taken from", "Human Rights Watch said"): a "verb" inside a determiner phrase or a name and right
 * before another verb is a noun.
 */
/** Words of a fraction that are nouns after a determiner or a count ("a third", "two fifths"). */
const FRACTIONS: ReadonlySet<string> = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);

/** A noun, an adjective or a participle before a noun starts at `k`. */
function startsNounPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'VERB' && tokens[k + 1]?.pos === 'NOUN');
}

/**
 * A singular subject ends at `k - 1` and opens its clause: a name ("Viguerie"), "he", "she", "it",
 * or a singular noun after its determiner ("the airline"), after the sentence's start, a comma, a
 * quotation mark, a dash or a conjunction.
 */
function isThirdPersonSubjectBefore(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]!;
  let a = k - 1;
  if (prev.pos === 'PRON') {
    if (!/^(?:he|she|it)$/.test(prev.lower)) return false;
  } else if (prev.pos === 'PROPN' && startsUpper(prev.text)) {
    // (a name's words the tagger reads otherwise: "the Associated Press", "Correio de Manha")
    while (a > 0 && (tokens[a - 1]!.pos === 'PROPN' || tokens[a - 1]!.pos === 'ADJ' || tokens[a - 1]!.pos === 'DET'
      || tokens[a - 1]!.pos === 'NOUN' && startsUpper(tokens[a - 1]!.text)
      || tokens[a - 1]!.pos === 'VERB' && startsUpper(tokens[a - 1]!.text) && a >= 2 && (tokens[a - 2]!.pos === 'DET' || tokens[a - 2]!.pos === 'PROPN')
      || NAME_PARTICLE.test(tokens[a - 1]!.text) && a >= 2 && startsUpper(tokens[a - 2]!.text))) a--;
  } else if (prev.pos === 'NOUN' && !prev.lower.endsWith('s') && k >= 2) {
    a = k - 2;
    while (a > 0 && tokens[a]!.pos === 'ADJ') a--;
    if (tokens[a]!.pos !== 'DET') return false;
  } else return false;
  const before = tokens[a - 1];
  return before === undefined || /^[,;:\u2014\u2013-]$/.test(before.text) || before.quote !== undefined || /^[\u201C\u201D"]$/.test(before.text) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || /^[.!?]$/.test(before.text);
}

/** A word in capitals of two letters or more: "IS", "US", "UNHCR". */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Word classes an acronym is misread as ("IS" as "is", "US" as "us"). */
const FUNCTION_CLASSES: ReadonlySet<string> = new Set(['AUX', 'VERB', 'ADP', 'PRON', 'DET', 'PART', 'CCONJ']);

/** Determiners of one thing, whose noun phrase a plain verb form cannot follow as its subject. */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'each', 'every']);

function retagNouns(tokens: Token[]): void {
  // "The Red Cross said strikes hit": "said" after anything but a determiner is the verb, not the
  // legal adjective of "the said strikes"
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.lower === 'said' || t.lower === 'says') && t.pos !== 'VERB' && tokens[k - 1]!.pos !== 'DET') tokens[k] = withFields(t, { pos: 'VERB', lemma: 'say' });
    // "one in five say", "42% say": "say" after a count is the verb, not the noun of "have a say"
    else if (t.lower === 'say' && t.pos === 'NOUN' && (tokens[k - 1]!.pos === 'NUM' || tokens[k - 1]!.text === '%')) tokens[k] = withFields(t, { pos: 'VERB', lemma: 'say' });
    // "She further announced": "further" before a verb is an adverb
    else if (t.lower === 'further' && t.pos === 'VERB' && tokens[k + 1]?.pos === 'VERB') tokens[k] = withFields(t, { pos: 'ADV', lemma: 'further' });
    // "a third said", "two-thirds of voters", "one quarter": a fraction after a determiner or a
    // count is a noun (the tagger reads "third" as an adverb), unless its noun follows ("a third
    // term", "a third suspected attack")
    else if (FRACTIONS.has(t.lower) && t.pos !== 'NOUN' && (tokens[k - 1]!.pos === 'DET' || tokens[k - 1]!.pos === 'NUM') && !startsNounPhrase(tokens, k + 1)) tokens[k] = withFields(t, { pos: 'NOUN' });
  }
  // "The reports show the PAC made a change", "FEC records show he backed", "the data show": a
  // verb of evidence read as a noun after the noun that is its subject, before what it shows.
  // Agreement decides: a plural subject before "show", a singular one before "shows" (so "TV
  // show", "talk show hosts" and "the show" stay nouns).
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const lemma = EVIDENCE_VERB_FORMS.get(t.lower);
    if (t.pos !== 'NOUN' || lemma === undefined) continue;
    let prev = tokens[k - 1]!;
    const next = tokens[k + 1]!;
    if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') continue;
    // "records compiled by the ministry show": the subject stands before its reduced relative
    for (let j = k - 2; j >= 1 && k - j <= 8; j--) {
      const t2 = tokens[j]!;
      if (t2.lower === 'by' && tokens[j - 1]!.pos === 'VERB' && /(?:ed|en)$/.test(tokens[j - 1]!.lower) && tokens[j - 2]?.pos === 'NOUN') { prev = tokens[j - 2]!; break; }
      // "FEC records from the 2008 election cycle show": the head before the phrase's preposition
      if (t2.pos === 'ADP' && (tokens[j - 1]?.pos === 'NOUN' || tokens[j - 1]?.pos === 'PROPN')) prev = tokens[j - 1]!;
      if (!(t2.pos === 'NOUN' || t2.pos === 'PROPN' || t2.pos === 'DET' || t2.pos === 'ADJ' || t2.pos === 'ADP' || t2.pos === 'NUM')) break;
    }
    // ("Polls show": a capitalised plural opening the sentence is no name)
    const plural = (prev.pos === 'NOUN' || prev.pos === 'PROPN' && prev.i === tokens[0]!.i) && (prev.lower.endsWith('s') && !prev.lower.endsWith('ss') || PLURAL_NOUNS.has(prev.lower));
    if (plural !== (t.lower === lemma)) continue;
    // "..., new fundraising reports show.": the plain form after a plural, at the end, after a comma
    const last = plural && /^[.!?]$/.test(next.text) && tokens.slice(0, k).some((x) => x.text === ',');
    if (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM' || next.lower === 'that' || last) tokens[k] = withFields(t, { pos: 'VERB', lemma });
  }
  // "Viguerie notes that ...", "The ad claims “...”", "..., the Chicago Tribune reports.": the
  // third-person form of a cue verb read as a plural noun, after a singular subject that opens a
  // clause, before what it reports ("dismissed Republican claims that ..." opens no clause)
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const lemma = t.pos === 'NOUN' ? CUE_S_FORMS.get(t.lower) : undefined;
    if (lemma === undefined || !isThirdPersonSubjectBefore(tokens, k)) continue;
    const next = tokens[k + 1];
    // ("reports that circulated online": "that" opens a relative clause, before its verb)
    const relative = next?.lower === 'that' && (tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'AUX');
    const reports = !relative && (next === undefined || next.lower === 'that' || next.text === ':' || next.quote === 'open' || /^[\u201C"]$/.test(next.text)
      || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || /^[.,]$/.test(next.text));
    if (reports) tokens[k] = withFields(t, { pos: 'VERB', lemma });
  }
  // "spokesman Josh Earnest said", "The Times said Cook provided": a title-case word read as a verb
  // in running text, before a name and its verb or right before another verb, is a name. Not in
  // headlines, where every word is capitalised ("Rebels Capture Soran").
  const titleCase = (x: Token | undefined): boolean => x !== undefined && /^\p{Lu}\p{Ll}/u.test(x.text);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    // "De Blasio said": a capitalised word the tagger leaves without a class, before a name, is part of it
    if (t.pos === 'X' && titleCase(t) && tokens[k + 1]!.pos === 'PROPN' && startsUpper(tokens[k + 1]!.text)) { tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower }); continue; }
    // "IS said", "US officials": an acronym the tagger reads as a function word ("is", "us"), before
    // a verb or a noun in lower case and not inside a line in capitals, is a name
    // ("IS also claimed": an adverb may stand between)
    const after = tokens[k + 1]!.pos === 'ADV' && tokens[k + 2] ? tokens[k + 2]! : tokens[k + 1]!;
    if (ACRONYM.test(t.text) && FUNCTION_CLASSES.has(t.pos) && !ACRONYM.test(tokens[k - 1]?.text ?? '') && (after.pos === 'VERB' || after.pos === 'NOUN') && /^\p{Ll}/u.test(after.text)) { tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower }); continue; }
    // "The 33rd Front", "the 91st Division": an ordinal in figures, whatever the tagger read, is an adjective
    if (/^\d+(?:st|nd|rd|th)$/i.test(t.text) && t.pos !== 'ADJ' && t.pos !== 'NUM') { tokens[k] = withFields(t, { pos: 'ADJ', lemma: t.lower }); continue; }
    // "Partners In Health", "Doctors Without Borders": a capitalised preposition between two name words is in the name
    if (t.pos === 'ADP' && titleCase(t) && k > 0 && tokens[k - 1]!.pos === 'PROPN' && titleCase(tokens[k - 1]) && tokens[k + 1]!.pos === 'PROPN' && titleCase(tokens[k + 1])) { tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower }); continue; }
    // "a Britain-based monitor", "the Iran-backed group": the word after a hyphenated participle is its noun
    if (t.pos === 'VERB' && k >= 2 && tokens[k - 2]!.text === '-' && COMPOUND_PARTICIPLES.has(tokens[k - 1]!.lower)) { tokens[k] = withFields(t, { pos: 'NOUN', lemma: t.lower }); continue; }
    if (t.pos !== 'VERB' || !titleCase(t)) continue;
    // "Ford's plans": a capitalised "verb" with a possessive is a name ("Let's" is a verb)
    if (tokens[k + 1]!.pos === 'PART' && /^['\u2019]s$/.test(tokens[k + 1]!.text) && t.lower !== 'let') { tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower }); continue; }
    // "Rep. Stephen Lynch (D-Mass.) said": a capitalised "verb" that ends a name before a parenthesis
    if (tokens[k - 1]?.pos === 'PROPN' && titleCase(tokens[k - 1]) && tokens[k + 1]?.text === '(') { tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower }); continue; }
    // "the Ways and Means Committee": a capitalised "verb" joined to a name before it by "and" or
    // "of", before another capitalised name word, is inside the name (in a headline the word
    // before a verb is a capitalised subject: "Rebels Capture Soran")
    if ((tokens[k - 1]?.lower === 'and' || tokens[k - 1]?.lower === 'of') && tokens[k - 2]?.pos === 'PROPN' && titleCase(tokens[k - 2]) && tokens[k + 1]!.pos === 'PROPN' && titleCase(tokens[k + 1])) { tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower }); continue; }
    // "Director General Inter Services Public Relations ... said": between two name words, before a
    // verb in lower case that is the sentence's own (a headline, "Rebels Capture Soran", has none)
    if (tokens[k - 1]?.pos === 'PROPN' && titleCase(tokens[k - 1]) && tokens[k + 1]!.pos === 'PROPN' && titleCase(tokens[k + 1])
      && tokens.slice(k + 2, k + 20).some((x) => x.pos === 'VERB' && /^\p{Ll}/u.test(x.text))) { tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower }); continue; }
    // "Human Rights Watch in Geneva said": a capitalised "verb" that ends a run of two name words,
    // before a word in lower case that is no verb, ends the name (a headline goes on in capitals)
    if (titleCase(tokens[k - 1]) && tokens[k - 1]!.pos === 'PROPN' && titleCase(tokens[k - 2]) && tokens[k - 2]!.pos === 'PROPN'
      && /^\p{Ll}/u.test(tokens[k + 1]!.text) && tokens[k + 1]!.pos !== 'VERB' && tokens[k + 1]!.pos !== 'AUX' && tokens[k + 1]!.pos !== 'PRON' && tokens[k + 1]!.pos !== 'DET') { tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower }); continue; }
    // after a title ('Sen.', 'Gov.') a name follows; after another capitalised word it may be a headline
    let j = k + 1;
    while (j < tokens.length && tokens[j]!.pos === 'PROPN' && titleCase(tokens[j])) j++;
    const next = tokens[j];
    const verbAfter = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Ll}/u.test(next.text);
    // ("The Associated Press said": a determiner opening the sentence is no headline word; "A
    // Morning Consult Poll found": inside a run of name words, a verb in lower case after it is running text)
    if (titleCase(tokens[k - 1]) && !tokens[k - 1]!.text.endsWith('.') && tokens[k - 1]!.pos !== 'DET' && !(j > k + 1 && verbAfter && tokens[k - 1]!.pos === 'NOUN')) continue;
    // ("Lynch said her colleague ...": no verb stands right before "said" or "told", even at a paragraph's start)
    // ("the spokesman, Josh Earnest, said": a name in apposition, between commas; "said Josh
    // Earnest": a name right after a verb, which no second verb follows in running text)
    // ("An Associated Press survey": after a determiner, before a name word, it starts a name)
    const apposition = j > k + 1 && (next?.text === ',' && tokens[k - 1]?.text === ',' || tokens[k - 1]?.pos === 'VERB' || tokens[k - 1]?.pos === 'DET');
    if (verbAfter && (j > k + 1 || k > 0 || /^(?:said|says|told)$/.test(next.lower)) || apposition) tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower });
  }
  // "Cabo Ligado, a conflict monitor, said": a verb in its plain form after a singular determiner
  // and its nouns, ending the phrase, cannot agree with them, so it is their head noun ("help the
  // UN monitor the truce" has a verb before the determiner; "a monitor run by" a participle)
  for (let k = 2; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || t.lower !== t.lemma || t.lower.endsWith('s') || !/^[,;:)]$/.test(tokens[k + 1]!.text)) continue;
    let j = k - 1;
    while (j > 0 && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ') && k - j <= 3) j--;
    const det = tokens[j]!;
    if (j < k - 1 && det.pos === 'DET' && SINGULAR_DETERMINERS.has(det.lower) && !tokens[k - 1]!.lower.endsWith('s') && tokens[j - 1]?.pos !== 'VERB') tokens[k] = withFields(t, { pos: 'NOUN' });
  }
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || tokens[k + 1]!.pos !== 'VERB') continue;
    // "The businessman says running for president is tough": the first rule has read "said" and "says"
    if (t.lower === 'said' || t.lower === 'says') continue;
    // "The ministry denied using barrel bombs": a past verb before a gerund takes it as its object
    if (t.lower.endsWith('ed') && tokens[k + 1]!.lower.endsWith('ing')) continue;
    let j = k - 1;
    // "Exit polling showed": a gerund after the noun that opens the sentence, before a verb, is a noun
    if (t.lower.endsWith('ing') && k === 1 && (tokens[0]!.pos === 'NOUN' || tokens[0]!.pos === 'PROPN')) { tokens[k] = withFields(t, { pos: 'NOUN', lemma: t.lower }); continue; }
    const hyphenated = (i: number): boolean => tokens[i]!.text === '-' || tokens[i - 1]?.text === '-' && !tokens[i]!.spaced || tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaced;
    while (j >= 0 && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PROPN' || hyphenated(j)) && k - j <= 5) j--;
    if (j >= 0 && tokens[j]!.pos === 'DET' && j < k) tokens[k] = withFields(t, { pos: 'NOUN', lemma: t.lower });
    // "Human Rights Watch said": a capitalised word inside a name is part of the name
    else if (startsUpper(t.text) && tokens[k - 1]!.pos === 'PROPN' && startsUpper(tokens[k - 1]!.text)) tokens[k] = withFields(t, { pos: 'PROPN', lemma: t.lower });
  }
}
/**
 * Two apostrophes with nothing between them are one quotation mark, as news archives print it
 * (\'\'We won,\'\' he said): one token \'\', which the quotation finder reads as a straight quote.
 * Token indexes after a join move down by one.
 */
function joinApostropheQuotes(tokens: Token[], keptBefore: number[], firstIndex: number): void {
  let pairs = 0;
  for (let k = 0; k + 1 < tokens.length; k++) if (tokens[k]!.text === "'" && tokens[k + 1]!.text === "'" && tokens[k + 1]!.start === tokens[k]!.end) pairs++;
  if (pairs === 0) return;
  // newIndex[k]: where token k stands after the joins
  const newIndex: number[] = [];
  const joined: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    newIndex[k] = joined.length;
    if (t.text === "'" && next?.text === "'" && next.start === t.end) {
      newIndex[k + 1] = joined.length;
      joined.push(withFields(t, { i: firstIndex + joined.length, text: "''", end: next.end, lower: "''", lemma: "''", key: '', pos: 'PUNCT', type: 'punctuation' }));
      k++;
    } else joined.push(joined.length === k ? t : withFields(t, { i: firstIndex + joined.length }));
  }
  newIndex[tokens.length] = joined.length;
  tokens.length = 0;
  for (const t of joined) tokens.push(t);
  for (let n = 0; n < keptBefore.length; n++) keptBefore[n] = newIndex[keptBefore[n]!]!;
}

/** A sentence does not start with the quotation mark that closes the last one ("...showcase.'' But"). */
function startAfterClosingQuote(tokens: readonly Token[], first: number): number {
  const t = tokens[first];
  const before = tokens[first - 1];
  const closing = t !== undefined && before !== undefined && !t.spaced && /^[.!?]$/.test(before.text) && (t.text === "''" || t.text === '"' || t.text === '\u201D');
  return closing ? first + 1 : first;
}

/**
 * The characters wink-nlp counts as white space before a token (measured on its tokenizer: tabs and
 * line breaks are tokens of their own; a few rare spaces it drops, which `readSegments` steps over).
 */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c >= 0x2002 && c <= 0x2005 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

let shared: Nlp | null = null;

/**
 * The steps of wink-nlp's pipe that the library reads: sentence boundaries and POS (with lemmas).
 * Its sentiment, negation, entity and custom-entity steps are left out: negation is read from the
 * cue and the claim's own words; of the entities only dates, times and ordinals were read, and
 * `markTemporal` finds those for a fraction of the entity step's cost (a quarter of each read).
 */
const PIPE = ['sbd', 'pos'];

/** The wink-nlp instance, loaded on first use and kept (loading the model is the costly part). */
function nlp(): Nlp {
  shared ??= winkNLP(model, PIPE);
  return shared;
}

/**
 * What separates paragraphs when a document's segments are read in one wink-nlp call: a blank
 * line, which wink reads as a token of its own and after which it starts no sentence inside a
 * word. Reading once instead of once a paragraph saves a tenth of wink's time (measured on
 * PolNeAR: 474 ms against 420 ms for 500 articles; no POS tag changes in 145,000 tokens).
 */
const SEPARATOR = '\n\n';

/**
 * Tokenises and splits the segments (paragraphs) of a text in one wink-nlp call; each segment
 * comes back on its own, as if read alone: its sentences end at its end, and the corrections
 * below see only its tokens. Token offsets are offsets into `text`; token indexes
 * continue from `firstIndex` across the segments.
 * @example
 * const [a, b] = readSegments('Rebels said so.\n\nThe army denied it', [{ start: 0, end: 15 }, { start: 17, end: 35 }], 0);
 * b.tokens[0]; // { text: 'The', start: 17, i: 4, ... }
 */
export function readSegments(text: string, segments: readonly { readonly start: number; readonly end: number }[], firstIndex: number): { tokens: Token[]; sentences: RawSentence[] }[] {
  if (segments.length === 0) return [];
  const w = nlp();
  const its = w.its;
  // where each segment starts in the joined text
  const joinedStart: number[] = [];
  let length = 0;
  const parts = segments.map((seg, n) => {
    joinedStart.push(length + (n ? SEPARATOR.length : 0));
    length += (n ? SEPARATOR.length : 0) + seg.end - seg.start;
    return text.slice(seg.start, seg.end);
  });
  const joined = parts.length === 1 ? parts[0]! : parts.join(SEPARATOR);
  const doc = w.readDoc(joined);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const isStart = new Uint8Array(values.length + 1);
  doc.sentences().each((x: { out: (f?: unknown) => unknown }) => { isStart[(x.out(its.span) as unknown as [number, number])[0]] = 1; });

  const out: { tokens: Token[]; sentences: RawSentence[] }[] = [];
  let at = 0;
  let k = 0;
  let index = firstIndex;
  for (let n = 0; n < segments.length; n++) {
    const base = segments[n]!.start - joinedStart[n]!;
    const end = joinedStart[n]! + parts[n]!.length;
    const tokens: Token[] = [];
    // keptBefore[m]: how many tokens were kept before the segment's wink token m
    const keptBefore: number[] = [];
    const starts: number[] = [0];
    // the separator's tokens (line breaks) belong to no segment; segments start with no white space
    if (n > 0) while (k < values.length && values[k]!.trim() === '') k++;
    at = joinedStart[n]!;
    for (; k < values.length; k++) {
      const value = values[k]!;
      // the white space before a token is read from the text (cheaper than asking wink for it)
      const before = at;
      while (at < end && isSpace(joined.charCodeAt(at))) at++;
      if (at >= end) { at = before; break; }
      const spaced = at > before;
      // wink-nlp is lossless; should a token ever not stand where we expect, find it again.
      // (its first and last characters are compared: a token out of place fails the next one's check)
      if (joined.charCodeAt(at) !== value.charCodeAt(0) || joined.charCodeAt(at + value.length - 1) !== value.charCodeAt(value.length - 1)) {
        const found = joined.indexOf(value, at);
        if (found < 0 || found >= end) { keptBefore.push(tokens.length); at = before; continue; }
        at = found;
      }
      if (isStart[k] && tokens.length > 0) starts.push(keptBefore.length);
      // one lower-case copy a token, shared by its lower form, its key and (most often) its lemma
      const lower = value.toLowerCase();
      keptBefore.push(tokens.length);
      tokens.push(makeToken(index + tokens.length, value, base + at, base + at + value.length, pos[k]!, lemmaOf(lemmas[k], value, lower), lower, keyOf(value, lower), tokenType(value), null, spaced, undefined));
      at += value.length;
    }
    keptBefore.push(tokens.length);
    out.push(finishSegment(tokens, keptBefore, starts, index));
    index += out[n]!.tokens.length;
  }
  return out;
}

/** Corrections, time marks and sentences of one segment's tokens. */
function finishSegment(tokens: Token[], keptBefore: number[], starts: readonly number[], firstIndex: number): { tokens: Token[]; sentences: RawSentence[] } {
  joinApostropheQuotes(tokens, keptBefore, firstIndex);
  const temporal = markTemporal(tokens);
  for (let k = 0; k < tokens.length; k++) if (temporal[k]) (tokens[k] as { entity: TemporalType | null }).entity = temporal[k]!;
  retagNouns(tokens);
  const sentences: RawSentence[] = [];
  for (let k = 0; k < starts.length; k++) {
    const first = startAfterClosingQuote(tokens, keptBefore[starts[k]!]!);
    const last = k + 1 < starts.length ? startAfterClosingQuote(tokens, keptBefore[starts[k + 1]!]!) : tokens.length;
    if (last > first) sentences.push({ first: firstIndex + first, last: firstIndex + last });
  }
  return { tokens, sentences };
}
