/**
 * Stage 4, normalisation: the places, actors, dates and quantities of every sentence, with spans,
 * canonicalised. The claims stage picks those that fall inside each claim.
 * @module
 */
import type { ParsedDoc } from '../sentences/index.js';
import type { IntakeDoc } from '../intake/index.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { findActors, findPlaces, knownPlaces, type ActorMention, type PlaceMention } from './places.js';
import { findDates, type DateMention } from './dates.js';
import { findQuantities, type QuantityMention } from './quantities.js';
import { startsUpper } from '../util/words.js';
import { wordsOf } from '../attribution/tokens.js';

export type { PlaceMention, ActorMention } from './places.js';
export type { DateMention } from './dates.js';
export type { QuantityMention } from './quantities.js';

/**
 * What normalisation found in one sentence.
 * @example
 * normalise(doc, parsed, lex).sentences[0].places.map((p) => p.place?.name);
 */
export interface NormalisedSentence {
  readonly places: readonly PlaceMention[];
  readonly actors: readonly ActorMention[];
  readonly dates: readonly DateMention[];
  readonly quantities: readonly QuantityMention[];
}

/**
 * What normalisation found in a document, sentence by sentence.
 * @example
 * normalise(doc, parsed, lex).mainCountry; // 'Syria'
 */
export interface NormalisedDoc {
  readonly sentences: readonly NormalisedSentence[];
  /** The country the document is mostly about (resolves "the capital"). */
  readonly mainCountry: string | null;
}

/**
 * Normalises every sentence of a parsed document.
 * @example
 * normalise(intakeDoc, parsed, lex).sentences[0].quantities[0].min; // 26 for "at least 26"
 */
export function normalise(doc: IntakeDoc, parsed: ParsedDoc, lex: CompiledLexicon): NormalisedDoc {
  const mainCountry = mainCountryOf(parsed, lex);
  const known = knownPlaces();
  const sentences = parsed.sentences.map((s) => {
    // the sentence's keyed words, read once for places and actors
    const keyed = wordsOf(parsed.tokens, s.first, s.last);
    const places = findPlaces(parsed.tokens, s.first, s.last, lex, mainCountry, known, keyed);
    return {
      places,
      actors: findActors(parsed.tokens, s.first, s.last, lex, keyed),
      dates: findDates(parsed.tokens, s.first, s.last, doc.date),
      quantities: findQuantities(parsed.tokens, s.first, s.last, places),
    };
  });
  return { sentences, mainCountry };
}

/** The country named most often, by name or demonym. */
/** The most words a country's name or demonym has in the gazetteer that the main country is read from ("Central African Republic"). */
const COUNTRY_WORDS = 3;

function mainCountryOf(parsed: ParsedDoc, lex: CompiledLexicon): string | null {
  const counts = new Map<string, number>();
  const tokens = parsed.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsUpper(tokens[i]!.text)) continue;
    // a country, its demonym, or a known place in it ("KHARTOUM", "Nyala" count for Sudan), the
    // longest first ("South Sudan", "Sri Lankan" are no "Sudan", no "Lankan")
    for (let n = COUNTRY_WORDS; n >= 1; n--) {
      // (a name of more words has each in capitals: "South Sudan", "Sri Lankan")
      if (i + n > tokens.length || n > 1 && !tokens.slice(i + 1, i + n).every((t) => startsUpper(t.text))) continue;
      const key = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
      const place = lex.places.map.get(key);
      const country = lex.demonyms.get(key)?.name ?? (place?.kind === 'country' ? place.name : place?.country);
      if (!country) continue;
      counts.set(country, (counts.get(country) ?? 0) + 1);
      i += n - 1;
      break;
    }
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of [...counts].sort((x, y) => x[0].localeCompare(y[0]))) if (k > n) { best = c; n = k; }
  return best;
}
