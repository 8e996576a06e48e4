/**
 * Given names and the sex of nearly all who bear them, so that a pronoun finds a person it can
 * stand for ("she" is not "Donald Trump", "he" is not "Hillary Clinton"). The list is generated
 * (`generated/given-names.ts`, see there for its sources); users add names of another region
 * through `compareClaims(docs, { lexicon: { givenNames: { Yevheniia: 'female' } } })`.
 * @module
 */
import { MEN, WOMEN } from './generated/given-names.js';

/**
 * The sex a given name, a title or a role noun tells.
 * @example
 * const g: Gender = 'female'; // "Ms.", "spokeswoman", "Olena"
 */
export type Gender = 'female' | 'male';

/**
 * Given names, lower case, to the sex of those who bear them.
 * @example
 * GIVEN_NAMES.get('olena'); // 'female'
 */
export const GIVEN_NAMES: ReadonlyMap<string, Gender> = new Map([
  ...WOMEN.split(' ').map((n) => [n, 'female'] as const),
  ...MEN.split(' ').map((n) => [n, 'male'] as const),
]);

/**
 * Titles and nouns for people that tell their sex ("Mrs. Clinton", "the spokeswoman", "his
 * widow"). Gathered by hand from English usage; the rest of a role noun says nothing.
 * @example
 * GENDERED_WORDS.get('spokeswoman'); // 'female'
 */
export const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ...['mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'dame', 'queen', 'princess', 'duchess', 'sister', 'mother', 'wife', 'widow', 'daughter',
    'woman', 'women', 'girl', 'grandmother', 'aunt', 'niece', 'actress', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman',
    'councilwoman', 'policewoman', 'sportswoman', 'stateswoman', 'countrywoman', 'first lady', 'mum', 'mom', 'housewife', 'nun'].map((w) => [w, 'female'] as const),
  ...['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'brother', 'father', 'husband', 'son', 'man', 'men', 'boy', 'grandfather', 'uncle',
    'nephew', 'actor', 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'policeman', 'sportsman', 'statesman',
    'countryman', 'gunman', 'dad', 'monk', 'widower', 'sheikh'].map((w) => [w, 'male'] as const),
]);
