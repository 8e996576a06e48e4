/**
 * The small words inside Arabic and European names ("Dahiyet al-Assad", "Abu Abdo", "Ahmed bin
 * Saleh", "Deir ez-Zor", "Ursula von der Leyen"): a name runs across them. Where it comes from: the
 * transliteration conventions of wire style (AP, Reuters) for Arabic names.
 * @module
 */

/**
 * The Arabic article in its assimilated forms, joined to a name by a hyphen ("al-", "ez-", "ash-").
 * @example
 * ARABIC_ARTICLE.test('ez'); // true
 */
export const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|ed|es|ez)$/i;

/**
 * Words that stand inside a person's or a place's name.
 * @example
 * NAME_PARTICLE.test('bin'); // true
 */
export const NAME_PARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|ed|es|ez|abu|umm|bin|ibn|bint|bani|beni|de|van|von|-)$/i;

/**
 * Words that begin place names only ("Deir Hafer", "Tal Rifaat", "Tell Abyad").
 * @example
 * PLACE_NAME_WORD.test('deir'); // true
 */
export const PLACE_NAME_WORD = /^(?:deir|tal|tell)$/i;
