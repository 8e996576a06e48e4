/**
 * Word keys for lexicon lookups: case-folded, punctuation-free word sequences.
 * @module
 */

/**
 * The lookup key of a phrase: lower case, letters and digits only, words separated by one space.
 * Hyphens and apostrophes separate words, so "al-Qaboun", "al Qaboun" and "Al Qaboun" share a key.
 * @example
 * phraseKey('Failaq al-Rahman'); // 'failaq al rahman'
 */
export function phraseKey(phrase: string): string {
  return phrase.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[\u2019']s\b/g, '').replace(/[^\p{L}\p{N}%]+/gu, ' ').trim();
}

/**
 * A lookup from word sequences to values, matched longest first.
 * @example
 * const idx = phraseIndex([['state media', 1], ['media', 2]]);
 * longestMatch(idx, ['syrian', 'state', 'media'], 1); // { length: 2, value: 1 }
 */
export interface PhraseIndex<T> {
  readonly map: ReadonlyMap<string, T>;
  readonly maxWords: number;
  /** The entries as a word trie, so that a match is found without building a key per length. */
  readonly trie: ReadonlyMap<string, PhraseNode<T>>;
}

/**
 * A node of a {@link PhraseIndex}'s trie: the value of the words so far, and the words that may follow.
 * @example
 * phraseIndex([['state media', 1]]).trie.get('state')?.next?.get('media')?.value; // 1
 */
export interface PhraseNode<T> {
  value?: T;
  next?: Map<string, PhraseNode<T>>;
}

/**
 * Builds a {@link PhraseIndex}; a later entry with the same key replaces an earlier one.
 * @example
 * phraseIndex([['Hama', 'Hama'], ['Hamah', 'Hama']]).map.get('hamah'); // 'Hama'
 */
export function phraseIndex<T>(entries: Iterable<readonly [string, T]>, options: { dropArticle?: boolean } = {}): PhraseIndex<T> {
  const map = new Map<string, T>();
  const trie = new Map<string, PhraseNode<T>>();
  let maxWords = 1;
  for (const [phrase, value] of entries) {
    let key = phraseKey(phrase);
    if (options.dropArticle && key.startsWith('the ')) key = key.slice(4);
    if (!key) continue;
    map.set(key, value);
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    let level = trie;
    let node: PhraseNode<T> | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) { node = {}; level.set(w, node); }
      level = node.next ??= new Map();
    }
    node!.value = value;
  }
  return { map, maxWords, trie };
}

/**
 * The longest entry of `index` that starts at `words[start]` (words already keyed by
 * {@link phraseKey}), or null.
 * @example
 * longestMatch(phraseIndex([['at least', 'min']]), ['at', 'least', '26'], 0); // { length: 2, value: 'min' }
 */
export function longestMatch<T>(index: PhraseIndex<T>, words: readonly string[], start: number, end = words.length): { length: number; value: T } | null {
  let best: { length: number; value: T } | null = null;
  let node = start < end ? index.trie.get(words[start]!) : undefined;
  for (let n = 1; node; n++) {
    if (node.value !== undefined) best = { length: n, value: node.value };
    if (start + n >= end || !node.next) break;
    node = node.next.get(words[start + n]!);
  }
  return best;
}

/**
 * Whether a word starts with a capital letter: ASCII by its code, anything else by Unicode's
 * upper-case letter class.
 * @example
 * startsUpper('Aleppo'); // true
 * startsUpper('Éric'); // true
 * startsUpper('rebels'); // false
 */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/**
 * Dashes that set off an apposition or sign a quotation: em dash, en dash, horizontal bar, and the
 * double hyphen of plain-text wire copy.
 * @example
 * DASHES.has('\u2014'); // true
 */
export const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '\u2015', '--']);

/**
 * The key of a person's name across transliterations: its phrase key with "y" read as "i", doubled
 * letters single, and "kh", "ph", "ou" as "h", "f", "u" (the variants wire services write for one
 * Ukrainian, Russian or Arabic name: "Zelenskiy", "Zelensky", "Zelenskyy"; "Hassan", "Hasan").
 * @example
 * nameKey('Volodymyr Zelenskyy') === nameKey('Volodymyr Zelenskiy'); // true
 */
export function nameKey(name: string): string {
  return phraseKey(name).replace(/y/g, 'i').replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/ou/g, 'u').replace(/(\p{L})\1+/gu, '$1');
}

/**
 * The initials of a name's words in capitals: "Arakan Army" is AA, "Rapid Support Forces" RSF,
 * "The National Resistance Front" TNRF (strip an article first).
 * @example
 * initialsOf('Coalition of Patriots for Change'); // 'CPC'
 */
export function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/**
 * Whether an acronym abbreviates a name: each word of the name gives it its first letter or its
 * first two, in order, and the link words ("and", "of", "for", "the") may give none ("ERREC":
 * Eritrean Relief and REfugee Commission; "NRF": National Resistance Front).
 * @example
 * abbreviates('ERREC', 'Eritrean Relief and Refugee Commission'); // true
 */
export function abbreviates(acronym: string, name: string): boolean {
  const a = acronym.toLowerCase();
  const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  // reach[i][j]: the first i words spell the first j letters
  let reach = new Set<number>([0]);
  for (const w of words) {
    const next = new Set<number>();
    for (const j of reach) {
      if (LINK_WORDS.has(w)) next.add(j);
      if (a[j] === w[0]) next.add(j + 1);
      if (a[j] === w[0] && a[j + 1] === w[1]) next.add(j + 2);
    }
    reach = next;
    if (!reach.size) return false;
  }
  return reach.has(a.length);
}

/** Words of a name an acronym may leave out. */
const LINK_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the', 'in', 'on', '&']);
