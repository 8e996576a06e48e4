/**
 * Hedges and negators: words that mark a claim as uncertain or as denying something.
 *
 * Where it comes from: the hedge cues of the CoNLL-2010 shared task (Farkas et al. 2010) and the
 * BioScope guidelines, narrowed to those frequent in wire copy; negators as in NegEx (Chapman et
 * al. 2001). "said to be" and "believed to be" are hedges, never cues.
 * @module
 */

/**
 * Single words that hedge a claim.
 * @example
 * HEDGE_WORDS.has('reportedly'); // true
 */
export const HEDGE_WORDS: ReadonlySet<string> = Object.freeze(new Set([
  'likely', 'unlikely', 'reportedly', 'allegedly', 'purportedly', 'apparently', 'possibly', 'probably',
  'perhaps', 'maybe', 'may', 'might', 'could', 'seemingly', 'presumably', 'supposedly', 'unconfirmed',
  'unverified', 'suspected', 'alleged', 'purported', 'purports', 'ostensibly', 'believed', 'thought',
  'rumoured', 'rumored', 'claimed',
]));

/**
 * Verbs whose passive followed by "to" hedges: "said to be", "believed to have", "thought to be".
 * @example
 * HEDGE_PASSIVES.has('say'); // true
 */
export const HEDGE_PASSIVES: ReadonlySet<string> = Object.freeze(new Set([
  'say', 'believe', 'think', 'report', 'understand', 'know', 'rumour', 'rumor', 'suppose', 'expect', 'allege',
  'seem', 'appear',
]));

/**
 * Words that negate what a claim asserts.
 * @example
 * NEGATORS.has('not'); // true
 */
export const NEGATORS: ReadonlySet<string> = Object.freeze(new Set([
  'not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'denied', 'deny', 'denies',
]));
