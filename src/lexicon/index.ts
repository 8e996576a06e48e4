/**
 * The lexicon: every list the pipeline reads, as frozen defaults that callers extend through
 * `compareClaims(docs, { lexicon })` (another war, another region) without forking.
 * @module
 */
import { BOILERPLATE_LINES } from './boilerplate.js';
import { COUNTRIES } from './countries.js';
import { CUE_VERBS, type CueVerb } from './cues.js';
import { SOURCE_DESCRIPTORS, type SourceDescriptor } from './descriptors.js';
import { SYRIA_ENTITIES } from './entities-syria.js';
import { GLOBAL_ENTITIES } from './entities-global.js';
import { EVENT_PREDICATES, SIDE_TERMS, type EventPredicate } from './events.js';
import { GIVEN_NAMES, type Gender } from './given-names.js';
import { HEDGE_WORDS } from './hedges.js';
import { TARGET_WORDS, type TargetClass } from './targets.js';
import { SYRIA_PLACES } from './places-syria.js';
import { CONFLICT_PLACES } from './places-conflicts.js';
import type { Alignment, CountryEntry, EntityEntry, PlaceEntry } from './types.js';
import type { AttributionModel } from '../attribution/tagger.js';

export type { CueVerb, CueKind } from './cues.js';
export { STANCE_CUES } from './cues.js';
export type { SourceDescriptor } from './descriptors.js';
export type { Gender } from './given-names.js';
export type { EventKind, EventPredicate } from './events.js';
export type { TargetClass } from './targets.js';
export type * from './types.js';

/**
 * The lists a caller can extend. Each is appended to the default list; an entry with the same
 * name (or lemma, or phrase) as a default replaces it.
 * @example
 * const ukraine: LexiconExtension = {
 *   places: [{ name: 'Krasnohorivka', aliases: ['Krasnogorovka'], kind: 'town', country: 'Ukraine' }],
 *   entities: [{ name: 'Wagner Group', aliases: ['Wagner'], type: 'armed-group', alignment: 'government' }],
 * };
 */
export interface LexiconExtension {
  readonly cues?: readonly CueVerb[];
  readonly hedges?: readonly string[];
  readonly descriptors?: readonly SourceDescriptor[];
  readonly entities?: readonly EntityEntry[];
  readonly places?: readonly PlaceEntry[];
  readonly countries?: readonly CountryEntry[];
  readonly predicates?: readonly EventPredicate[];
  readonly sides?: Readonly<Record<string, 'government' | 'opposition'>>;
  readonly boilerplate?: readonly RegExp[];
  /** What an attack hit: `{ 'grain silo': 'civilian-site', 'drone workshop': 'military-site' }` (see `TARGET_WORDS`). */
  readonly targets?: Readonly<Record<string, TargetClass>>;
  /** Given names and the sex of those who bear them, for pronouns: `{ Yevheniia: 'female' }` (any case). */
  readonly givenNames?: Readonly<Record<string, Gender>>;
  /**
   * A trained attribution tagger (made by `trainAttributionModel`): where the rules attribute
   * nothing in a sentence, its cue, source and content are read by the model.
   */
  readonly attributionModel?: AttributionModel;
}

/**
 * Every list of the lexicon, complete.
 * @example
 * const lex: Lexicon = extendLexicon({ places: [bakhmut] });
 */
export interface Lexicon {
  readonly cues: readonly CueVerb[];
  readonly hedges: ReadonlySet<string>;
  readonly descriptors: readonly SourceDescriptor[];
  readonly entities: readonly EntityEntry[];
  readonly places: readonly PlaceEntry[];
  readonly countries: readonly CountryEntry[];
  readonly predicates: readonly EventPredicate[];
  readonly sides: Readonly<Record<string, Exclude<Alignment, 'independent' | 'unknown'>>>;
  readonly boilerplate: readonly RegExp[];
  readonly targets: Readonly<Record<string, TargetClass>>;
  readonly givenNames: ReadonlyMap<string, Gender>;
  /** A trained attribution tagger, if one was given (none by default). */
  readonly attributionModel?: AttributionModel;
}

/**
 * The default lexicon: English wire-report cues, Syrian war places, organisations of the Syrian
 * war and of other conflicts (international bodies, agencies and outlets, armed forces and groups),
 * and the world's countries.
 * @example
 * DEFAULT_LEXICON.entities.find((e) => e.aliases.includes('SOHR'))?.type; // 'monitor'
 */
export const DEFAULT_LEXICON: Lexicon = Object.freeze({
  cues: CUE_VERBS,
  hedges: HEDGE_WORDS,
  descriptors: SOURCE_DESCRIPTORS,
  entities: Object.freeze([...SYRIA_ENTITIES, ...GLOBAL_ENTITIES]),
  places: [...SYRIA_PLACES, ...CONFLICT_PLACES],
  countries: COUNTRIES,
  predicates: EVENT_PREDICATES,
  sides: SIDE_TERMS,
  boilerplate: BOILERPLATE_LINES,
  targets: TARGET_WORDS,
  givenNames: GIVEN_NAMES,
});

function mergeBy<T>(base: readonly T[], extra: readonly T[] | undefined, key: (x: T) => string): readonly T[] {
  if (!extra?.length) return base;
  const replaced = new Set(extra.map(key));
  return Object.freeze([...base.filter((x) => !replaced.has(key(x))), ...extra]);
}

/**
 * The default lexicon extended by a caller's lists.
 * @example
 * const lex = extendLexicon({ hedges: ['purportedly'] });
 * lex.hedges.has('purportedly'); // true
 */
export function extendLexicon(extension: LexiconExtension = {}, base: Lexicon = DEFAULT_LEXICON): Lexicon {
  return Object.freeze({
    cues: mergeBy(base.cues, extension.cues, (c) => c.lemma),
    hedges: extension.hedges?.length ? new Set([...base.hedges, ...extension.hedges]) : base.hedges,
    descriptors: mergeBy(base.descriptors, extension.descriptors, (x) => x.phrase),
    entities: mergeBy(base.entities, extension.entities, (x) => x.name),
    places: mergeBy(base.places, extension.places, (x) => x.name),
    countries: mergeBy(base.countries, extension.countries, (x) => x.name),
    predicates: mergeBy(base.predicates, extension.predicates, (x) => x.words.join(' ')),
    sides: extension.sides ? Object.freeze({ ...base.sides, ...extension.sides }) : base.sides,
    boilerplate: extension.boilerplate?.length ? Object.freeze([...base.boilerplate, ...extension.boilerplate]) : base.boilerplate,
    targets: extension.targets ? Object.freeze({ ...base.targets, ...extension.targets }) : base.targets,
    givenNames: extension.givenNames ? new Map([...base.givenNames, ...Object.entries(extension.givenNames).map(([n, g]) => [n.toLowerCase(), g] as const)]) : base.givenNames,
    ...(extension.attributionModel ?? base.attributionModel ? { attributionModel: extension.attributionModel ?? base.attributionModel } : {}),
  });
}
