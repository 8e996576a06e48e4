/**
 * Shapes of the lexicon data modules. Every lexicon is plain frozen data with a note on where it
 * came from; callers extend it through `compareClaims(docs, { lexicon: { ... } })`.
 * @module
 */

/**
 * The kinds of source a claim can come from (the public `SourceType` of the report).
 * @example
 * const type: SourceType = 'monitor';
 */
export type SourceType =
  | 'state-media' | 'government' | 'military' | 'armed-group' | 'monitor'
  | 'witness' | 'media' | 'agency' | 'social-media' | 'official' | 'expert' | 'other';

/**
 * Which side of the conflict a source or actor is aligned with.
 * @example
 * const side: Alignment = 'opposition';
 */
export type Alignment = 'government' | 'opposition' | 'independent' | 'unknown';

/**
 * A country: its names, demonyms and capital, so that "the Syrian capital" resolves to Damascus and
 * "Russian Federation" to Russia.
 * @example
 * const syria: CountryEntry = { name: 'Syria', aliases: ['Syrian Arab Republic'], demonyms: ['Syrian'], capital: 'Damascus' };
 */
export interface CountryEntry {
  /** Short English name, used as the canonical form ("Russia", not "Russian Federation"). */
  readonly name: string;
  /** Other names: official long form, common variants, well-known abbreviations ("UK", "US"). */
  readonly aliases: readonly string[];
  /** Adjectives and nouns of nationality ("Syrian", "Russian"). */
  readonly demonyms: readonly string[];
  /** Canonical name of the capital city. */
  readonly capital: string;
  /** Other spellings of the capital ("Kiev" for "Kyiv"). */
  readonly capitalAliases?: readonly string[];
}

/**
 * What kind of place a gazetteer entry is.
 * @example
 * const kind: PlaceKind = 'district';
 */
export type PlaceKind = 'country' | 'province' | 'region' | 'city' | 'town' | 'district' | 'village' | 'area';

/**
 * A place below country level, with the transliteration variants reports use.
 * @example
 * const qabun: PlaceEntry = { name: 'Qabun', aliases: ['Qaboun', 'al-Qaboun'], kind: 'district', country: 'Syria', within: 'Damascus' };
 */
export interface PlaceEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: PlaceKind;
  /** Canonical country name (as in the countries lexicon). */
  readonly country: string;
  /** Canonical name of the enclosing place (a district's city, a town's province), if known. */
  readonly within?: string;
}

/**
 * A named organisation or group that can speak (be a source) or act (be an agent): armed groups,
 * monitors, media, agencies, governments and their forces.
 * @example
 * const sohr: EntityEntry = { name: 'Syrian Observatory for Human Rights', aliases: ['SOHR', 'the Observatory'], type: 'monitor', alignment: 'independent' };
 */
export interface EntityEntry {
  /** Canonical display name. */
  readonly name: string;
  /** Other names, abbreviations and transliteration variants. */
  readonly aliases: readonly string[];
  readonly type: SourceType;
  readonly alignment: Alignment;
  /** Canonical country it belongs to, if any. */
  readonly country?: string;
  /** Canonical name of a larger body it belongs to ("Free Syrian Army" for one of its brigades). */
  readonly partOf?: string;
}
