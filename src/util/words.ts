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
  /** For each first word, the most words an entry starting with it has. */
  readonly first: ReadonlyMap<string, number>;
}

/**
 * Builds a {@link PhraseIndex}; a later entry with the same key replaces an earlier one.
 * @example
 * phraseIndex([['Hama', 'Hama'], ['Hamah', 'Hama']]).map.get('hamah'); // 'Hama'
 */
export function phraseIndex<T>(entries: Iterable<readonly [string, T]>, options: { dropArticle?: boolean } = {}): PhraseIndex<T> {
  const map = new Map<string, T>();
  const first = new Map<string, number>();
  let maxWords = 1;
  for (const [phrase, value] of entries) {
    let key = phraseKey(phrase);
    if (options.dropArticle && key.startsWith('the ')) key = key.slice(4);
    if (!key) continue;
    map.set(key, value);
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    first.set(words[0]!, Math.max(first.get(words[0]!) ?? 0, words.length));
  }
  return { map, maxWords, first };
}

/**
 * The longest entry of `index` that starts at `words[start]` (words already keyed by
 * {@link phraseKey}), or null.
 * @example
 * longestMatch(phraseIndex([['at least', 'min']]), ['at', 'least', '26'], 0); // { length: 2, value: 'min' }
 */
export function longestMatch<T>(index: PhraseIndex<T>, words: readonly string[], start: number, end = words.length): { length: number; value: T } | null {
  const longest = index.first.get(words[start] ?? '');
  if (longest === undefined) return null;
  const limit = Math.min(longest, end - start);
  const keys: string[] = [words[start]!];
  for (let n = 1; n < limit; n++) keys.push(`${keys[n - 1]} ${words[start + n]}`);
  for (let n = limit; n >= 1; n--) {
    const value = index.map.get(keys[n - 1]!);
    if (value !== undefined) return { length: n, value };
  }
  return null;
}
