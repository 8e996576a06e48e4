/**
 * Small predicates over wink-nlp tokens shared by the attribution rules.
 * @module
 */
import type { Token } from '../sentences/index.js';
import type { Span } from '../types.js';

/**
 * Closing quotation marks.
 * @example
 * isCloseQuote(tokens[7]); // true for ”, and for " and '' (two apostrophes, as archives print quotation marks)
 */
export const isCloseQuote = (t: Token | undefined): boolean => t !== undefined && (t.text === '\u201D' || t.text === '"' || t.text === "''" || t.quote === 'close');
/**
 * Opening quotation marks.
 * @example
 * isOpenQuote(tokens[0]); // true for “
 */
export const isOpenQuote = (t: Token | undefined): boolean => t !== undefined && (t.text === '\u201C' || t.text === '"' || t.text === "''" || t.quote === 'open');
/**
 * A comma.
 * @example
 * isComma(tokens[4]); // true for ,
 */
export const isComma = (t: Token | undefined): boolean => t?.text === ',';
/**
 * Sentence-final punctuation.
 * @example
 * isFinal(tokens[9]); // true for .
 */
export const isFinal = (t: Token | undefined): boolean => t !== undefined && /^[.!?]+$/.test(t.text);

/** Prepositions inside a noun phrase: "head of", "adviser to", "expert on", "commander under". */
const NP_ADP = new Set(['of', 'for', 'from', 'in', 'at', 'near', 'with', 'on', 'to', 'about', 'under', 'against', 'between', 'among', 'inside', 'outside', 'across']);
const REL = new Set(['that', 'who', 'which', 'whose']);

/**
 * A word that can stand inside a noun phrase naming a source.
 * @example
 * isNounish(tokens[1]); // true for the noun in "the army"
 */
export function isNounish(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM'
    || (t.pos === 'PART' && /^['\u2019]s$/.test(t.text)) || (t.pos === 'PRON' && /^(?:he|she|it|they|we|i|its|their|his|her|our)$/.test(t.lower))
    // "42% say"
    || t.text === '%';
}

/**
 * Quantifiers that stand for people on their own ("most said", "many say"), whatever their tag.
 * @example
 * QUANTIFIER_PRONOUNS.has('most'); // true
 */
export const QUANTIFIER_PRONOUNS: ReadonlySet<string> = new Set(['most', 'many', 'several', 'few', 'half', 'all', 'both', 'others']);

/** Prepositions of place after a present participle that modifies a noun ("forces operating in"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'inside', 'near', 'around', 'along', 'across', 'on']);

/**
 * A participle modifying the noun before it ("footage released by", "a commander identified as").
 * @example
 * isParticipleModifier(tokens, 1); // true for "released" in "footage released by"
 */
export function isParticipleModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  // ("The Rwandan forces operating in Cabo Delgado confirmed": a present participle and its place)
  const present = t.lower.endsWith('ing') && PLACE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && prev?.pos === 'NOUN' && prev.lower.endsWith('s');
  return t.pos === 'VERB' && (looksPastParticiple(t.lower) || present) && prev !== undefined
    && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM');
}

/**
 * Whether a word has the ending of a past participle, regular or not ("released", "taken", "shown",
 * "fought", "run", "made").
 * @example
 * looksPastParticiple('run'); // true
 */
export function looksPastParticiple(word: string): boolean {
  return /(?:ed|en|wn|ght|un|ade)$/.test(word);
}

/**
 * Possessive determiners ("its statement", "their sources").
 * @example
 * POSSESSIVES.has('its'); // true
 */
export const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);

/** Words that end a reduced relative clause before what follows ("posted online", "released earlier"). */
export const SETTING_AFTER_PARTICIPLE: ReadonlySet<string> = new Set(['online', 'earlier', 'yesterday', 'today', 'overnight', 'later', 'recently']);

/**
 * The participle of a reduced relative clause that ends right before token `k`: the participle
 * itself, or the participle and its setting ("posted online", "posted on YouTube", "released
 * earlier on social media"). Returns its index, or -1. Nothing before `min` is read.
 * @example
 * participleBefore(tokens, 4, 0); // 2 for "A video posted online by activists": "posted"
 */
export function participleBefore(tokens: readonly Token[], k: number, min: number): number {
  let j = k - 1;
  if (j >= min && SETTING_AFTER_PARTICIPLE.has(tokens[j]!.lower)) j--;
  else {
    // a short prepositional phrase: "on YouTube", "on social media", "in the town"
    let q = j;
    while (q >= min && k - q <= 5 && PHRASE_TAGS.has(tokens[q]!.pos)) q--;
    if (q < j && q >= min && tokens[q]!.pos === 'ADP' && tokens[q]!.lower !== 'by') j = q - 1;
  }
  if (j >= min && SETTING_AFTER_PARTICIPLE.has(tokens[j]!.lower)) j--;
  return j > min && isParticipleModifier(tokens, j) ? j : -1;
}
const PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/** A token joined to its neighbour without spaces by a hyphen ("UK-based", "al-Sham"). */
function hyphenJoined(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text === '-' || t.text === '\u2010') return !t.spaced && tokens[k + 1] !== undefined && !tokens[k + 1]!.spaced;
  return tokens[k - 1]?.text === '-' && !t.spaced;
}

/**
 * Whether tokens `[a, b)` read as a noun phrase that can name a source, with appositive
 * modifiers: prepositional phrases inside it, hyphenated words, participles and a relative clause.
 * @example
 * isNounPhrase(tokens, 0, 6); // true for "the spokesman for Failaq al Rahman"
 */
export function isNounPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a || b - a > 24) return false;
  const first = tokens[a]!;
  if (!(isNounish(first) || first.text === '(')) return false;
  let relative = false;
  let nouns = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (relative) continue;
    // ("a local militia that fights alongside the army": "that" after a noun opens a relative clause, whatever its tag)
    if (REL.has(t.lower) && k > a && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN')) { relative = true; continue; }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && k === a)) nouns++;
    if (isNounish(t) || hyphenJoined(tokens, k) || t.text === '(' || t.text === ')') continue;
    // ("a schoolteacher reached by satellite phone": the agent of a participle after its noun)
    if ((t.pos === 'ADP' && (NP_ADP.has(t.lower) || t.lower === 'by' && tokens[k - 1]?.pos === 'VERB')) || t.lower === 'as') continue;
    if (t.pos === 'CCONJ' && t.lower === 'and') continue;
    // "a state-affiliated but independent body": adjectives in contrast before their noun
    if (t.pos === 'CCONJ' && (t.lower === 'but' || t.lower === 'or') && k > a && tokens[k + 1]?.pos === 'ADJ') continue;
    if (REL.has(t.lower) && k > a) { relative = true; continue; }
    if (isParticipleModifier(tokens, k)) continue;
    // "one of the states suing the EPA": a reduced relative in "-ing" after its noun
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && k > a && tokens[k - 1]!.pos === 'NOUN') continue;
    if (t.pos === 'ADV' && k > a) continue;
    return false;
  }
  return nouns > 0;
}

/**
 * Whether tokens `[a, b)` read as an aside: a prepositional or participial phrase ("in an interview with X", "speaking by telephone").
 * @example
 * isPrepositionalAside(tokens, 5, 12); // true for "in an interview with Orient TV"
 */
export function isPrepositionalAside(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a];
  return first !== undefined && b - a <= 20 && (first.pos === 'ADP' || first.pos === 'VERB' && /(?:ing|ed)$/.test(first.lower));
}

/**
 * The words of tokens `[a, b)` keyed for lexicon lookups, with the token each word came from.
 * @example
 * wordsOf(tokens, 0, 3); // { words: ['al', 'qaboun'], at: [0, 2] }
 */
export function wordsOf(tokens: readonly Token[], a: number, b: number): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  for (let k = a; k < b; k++) {
    const key = tokens[k]!.key;
    if (!key) continue;
    if (key.includes(' ')) for (const w of key.split(' ')) { words.push(w); at.push(k); }
    else { words.push(key); at.push(k); }
  }
  return { words, at };
}

/**
 * The text of tokens `[a, b)` as written, with one space where the original had white space.
 * @example
 * textOf(tokens, 0, 3); // 'a Syrian military'
 */
export function textOf(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) out += (k > a && tokens[k]!.spaced ? ' ' : '') + tokens[k]!.text;
  return out;
}

/**
 * The span from the start of token `a` to the end of token `b - 1`.
 * @example
 * spanOf(tokens, 0, 3); // { start: tokens[0].start, end: tokens[2].end }
 */
export function spanOf(tokens: readonly Token[], a: number, b: number): Span {
  return { start: tokens[a]!.start, end: tokens[b - 1]!.end };
}
