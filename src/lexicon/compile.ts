/**
 * Lookup tables built once from a {@link Lexicon}: phrase indexes for sources, places and actors,
 * cue verbs by lemma, predicates by head lemma. Built lazily and cached per lexicon object.
 * @module
 */
import type { CueVerb } from './cues.js';
import type { SourceDescriptor } from './descriptors.js';
import type { EventPredicate } from './events.js';
import type { Lexicon } from './index.js';
import type { CountryEntry, EntityEntry, PlaceKind } from './types.js';
import type { TargetClass } from './targets.js';
import { phraseIndex, phraseKey, type PhraseIndex } from '../util/words.js';

/**
 * A place as the lookups return it.
 * @example
 * compileLexicon(DEFAULT_LEXICON).places.map.get('qaboun'); // { name: 'Qabun', kind: 'district', ... }
 */
export interface PlaceRef {
  readonly name: string;
  readonly kind: PlaceKind;
  readonly country: string;
  readonly within?: string;
}

/**
 * An actor as the lookups return it: a named organisation or a country.
 * @example
 * compileLexicon(DEFAULT_LEXICON).actors.map.get('russian federation')?.name; // 'Russia'
 */
export interface ActorRef {
  readonly name: string;
  readonly entity?: EntityEntry;
  readonly country?: CountryEntry;
}

/**
 * The lexicon with its lookup tables.
 * @example
 * const lex: CompiledLexicon = compileLexicon(extendLexicon({ hedges: ['perchance'] }));
 */
export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  readonly cues: ReadonlyMap<string, CueVerb>;
  readonly descriptors: PhraseIndex<SourceDescriptor>;
  readonly entities: PhraseIndex<EntityEntry>;
  /** Keys of aliases that must match with their exact case ("IS", "SAA"). */
  readonly exactCase: ReadonlyMap<string, readonly string[]>;
  readonly places: PhraseIndex<PlaceRef>;
  readonly actors: PhraseIndex<ActorRef>;
  readonly demonyms: ReadonlyMap<string, CountryEntry>;
  readonly countries: ReadonlyMap<string, CountryEntry>;
  readonly predicates: ReadonlyMap<string, readonly EventPredicate[]>;
  readonly sides: PhraseIndex<'government' | 'opposition'>;
  readonly targets: PhraseIndex<TargetClass>;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

/** An alias that reads as an ordinary word in lower case must keep its case ("IS", "UN", "SAA"). */
function needsExactCase(alias: string): boolean {
  const bare = alias.replace(/^the\s+/i, '');
  return bare.length <= 4 || (bare === bare.toUpperCase() && /[A-Z]/.test(bare));
}

/**
 * The lookup tables of a lexicon, built on first use.
 * @example
 * compileLexicon(DEFAULT_LEXICON).places.map.get('qaboun')?.name; // 'Qabun'
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const exactCase = new Map<string, string[]>();
  const noteCase = (alias: string): void => {
    if (!needsExactCase(alias)) return;
    const key = phraseKey(alias).replace(/^the /, '');
    exactCase.set(key, [...(exactCase.get(key) ?? []), alias.replace(/^the\s+/i, '')]);
  };
  const entityPairs: [string, EntityEntry][] = [];
  for (const e of lexicon.entities) for (const a of [e.name, ...e.aliases]) { entityPairs.push([a, e]); noteCase(a); }
  // ("MINUSCA" and its alias "Minusca": where an acronym asks for its case, the entry's other
  // spellings of the same key are accepted forms too)
  for (const [a] of entityPairs) {
    const key = phraseKey(a).replace(/^the /, '');
    const forms = exactCase.get(key);
    const form = a.replace(/^the\s+/i, '');
    if (forms && !forms.includes(form) && /^\p{Lu}/u.test(form)) forms.push(form);
  }

  const placePairs: [string, PlaceRef][] = [];
  for (const c of lexicon.countries) {
    const country: PlaceRef = { name: c.name, kind: 'country', country: c.name };
    for (const a of [c.name, ...c.aliases]) { placePairs.push([a, country]); noteCase(a); }
    const capital: PlaceRef = { name: c.capital, kind: 'city', country: c.name };
    for (const a of [c.capital, ...(c.capitalAliases ?? [])]) placePairs.push([a, capital]);
  }
  for (const p of lexicon.places) {
    const ref: PlaceRef = { name: p.name, kind: p.kind, country: p.country, ...(p.within ? { within: p.within } : {}) };
    for (const a of [p.name, ...p.aliases]) { placePairs.push([a, ref]); noteCase(a); }
  }
  const actorPairs: [string, ActorRef][] = [];
  for (const c of lexicon.countries) for (const a of [c.name, ...c.aliases]) actorPairs.push([a, { name: c.name, country: c }]);
  for (const [a, e] of entityPairs) actorPairs.push([a, { name: e.name, entity: e }]);

  const predicates = new Map<string, EventPredicate[]>();
  for (const p of lexicon.predicates) predicates.set(p.words[0]!, [...(predicates.get(p.words[0]!) ?? []), p]);
  for (const list of predicates.values()) list.sort((a, b) => b.words.length - a.words.length);

  const compiled: CompiledLexicon = {
    lexicon,
    cues: new Map(lexicon.cues.map((c) => [c.lemma, c])),
    descriptors: phraseIndex(lexicon.descriptors.map((d) => [d.phrase, d] as const)),
    entities: phraseIndex(entityPairs, { dropArticle: true }),
    exactCase,
    places: phraseIndex(placePairs, { dropArticle: true }),
    actors: phraseIndex(actorPairs, { dropArticle: true }),
    demonyms: new Map(lexicon.countries.flatMap((c) => c.demonyms.map((d) => [d.toLowerCase(), c] as const))),
    countries: new Map(lexicon.countries.map((c) => [c.name, c] as const)),
    predicates,
    sides: phraseIndex(Object.entries(lexicon.sides)),
    targets: phraseIndex(Object.entries(lexicon.targets)),
  };
  cache.set(lexicon, compiled);
  return compiled;
}

/**
 * Whether the words as written may match `key`: aliases kept in exact case must appear so.
 * @example
 * caseAllows(compileLexicon(DEFAULT_LEXICON), 'is', 'is'); // false: "is" is not the Islamic State
 */
export function caseAllows(lex: CompiledLexicon, key: string, written: string): boolean {
  const forms = lex.exactCase.get(key);
  if (!forms) return /^[\p{Lu}\p{N}]/u.test(written);
  return forms.some((f) => f.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === written.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}
