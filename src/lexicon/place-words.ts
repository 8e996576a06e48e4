/**
 * Words about places that are not names: the nouns that head a place ("the town of Soran", "both
 * villages") and the gazetteer kinds too coarse to locate one event.
 *
 * Where it comes from: the place nouns of wire copy on Syria, Ukraine, Sudan and the Sahel; the
 * kinds follow the gazetteer's (`PlaceEntry.kind`).
 * @module
 */

/**
 * Common nouns that head a place: "the town of Soran", "both villages", "the village" after one.
 * @example
 * PLACE_NOUNS.test('villages'); // true
 */
export const PLACE_NOUNS = /^(?:town|towns|village|villages|settlement|settlements|hamlet|hamlets|city|cities|district|districts|neighbourhood|neighbourhoods|neighborhood|neighborhoods|suburb|suburbs|province|provinces|region|area|areas|countryside|port|ports)$/;

/**
 * Gazetteer kinds that cover many events: a toll or a capture "in Aleppo" may be of any part.
 * @example
 * COARSE_PLACE_KINDS.has('province'); // true
 */
export const COARSE_PLACE_KINDS: ReadonlySet<string> = Object.freeze(new Set(['country', 'province', 'region', 'city']));

/**
 * A place name that says it is an area of many events, whatever the gazetteer knows of it:
 * "Donetsk region", "Sanmatenga province", "Kassala state".
 * @example
 * COARSE_PLACE_NAME.test('Donetsk region'); // true
 */
export const COARSE_PLACE_NAME = /\b(?:region|province|governorate|state|oblast|district|county)$/i;

/**
 * Directions that locate a place from another ("some 20 km north of Hama", "east of Macomia").
 * @example
 * DIRECTIONS.test('north-east'); // true
 */
export const DIRECTIONS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|eastern|western)$/;

/**
 * Units of a distance that locates a place ("some 20 km (12 miles) north of Hama").
 * @example
 * DISTANCE_UNITS.test('kilometres'); // true
 */
export const DISTANCE_UNITS = /^(?:km|kms|kilometres?|kilometers?|miles?|metres?|meters?)$/;
