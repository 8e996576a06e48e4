/**
 * Places and actors in a sentence, canonicalised through the gazetteers: "Qaboun" is Qabun, "the
 * Syrian capital" is Damascus, "Russian Federation" is Russia. A place not in the gazetteer is
 * still read where the text says it is a place ("the towns of X and Y", "X district"), and
 * matched to a gazetteer spelling by edit distance when one is close (fast-levenshtein; at most one
 * edit in 5-7 letters, two from 8).
 * @module
 */
import levenshtein from 'fast-levenshtein';
import type { Token } from '../sentences/index.js';
import type { Span } from '../types.js';
import { caseAllows, type CompiledLexicon, type PlaceRef } from '../lexicon/compile.js';
import { longestMatch, startsUpper } from '../util/words.js';
import { textOf, wordsOf } from '../attribution/tokens.js';
import { monthNumber, weekdayNumber } from '../util/calendar.js';
import { ARABIC_ARTICLE, NAME_PARTICLE, PLACE_NAME_WORD } from '../lexicon/names.js';
import { DIRECTIONS, DISTANCE_UNITS, PLACE_NOUNS } from '../lexicon/place-words.js';

/**
 * A place named in a sentence.
 * @example
 * findPlaces(tokens, 0, tokens.length, lex, 'Syria')[0].place?.name; // 'Damascus' for "the Syrian capital"
 */
export interface PlaceMention {
  readonly span: Span;
  readonly first: number;
  readonly last: number;
  /** The canonical place, or null for "both places" until it is resolved. */
  readonly place: PlaceRef | null;
  /** "both places", "the two towns": how many earlier places it refers to. */
  readonly refersBack?: number;
  /** The place locates another one ("Soran, some 20 km north of Hama": Hama). */
  reference: boolean;
  /** The common noun it is named with ("the town of Soran", "Yebaba village", "the town"): town. */
  readonly noun?: string;
}

/**
 * An actor named in a sentence.
 * @example
 * findActors(tokens, 0, tokens.length, lex)[0]; // { name: 'Russia', span: ... } for "Russian Federation"
 */
export interface ActorMention {
  readonly span: Span;
  readonly name: string;
}

/** Nouns after a name that make it a site: "the Mallah farms", "the Leramun industrial zone", "the Tabqa air base". */
const SITE_NOUNS = /^(?:district|province|neighbourhood|neighborhood|countryside|region|farms|zone|market|hospital|camp|airport|base|airbase|road|highway|hill|hills|mountain|mountains|dam|bridge|crossing|quarter|square|valley|plain|plains|checkpoint|prison|refinery|field|fields|front|frontline|post|outpost|positions?|border)$/;

/** What follows an existential "there" ("there is", "there had been", "there seems"): it names no place. */
const EXISTENTIAL = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|['\u2019]s|['\u2019]re|['\u2019]ll|['\u2019]d)$/;

/** Plural place nouns that open a list of places ("the towns of Soran and Taybat al-Imam"). */
const PLACE_PLURALS: ReadonlySet<string> = new Set(['towns', 'villages', 'cities', 'districts', 'neighbourhoods', 'neighborhoods', 'areas']);

/**
 * The places a report has named so far, by name in lower case; `firstWords` holds each name's
 * first token (lower case), so that a proper noun's text is built only when it may be one of them.
 * @example
 * const known = knownPlaces();
 * findPlaces(tokens, 0, tokens.length, lex, 'Syria', known);
 */
export interface KnownPlaces {
  readonly names: Map<string, PlaceRef>;
  readonly firstWords: Set<string>;
}

/**
 * An empty {@link KnownPlaces}, for one report.
 * @example
 * knownPlaces().names.size; // 0
 */
export function knownPlaces(): KnownPlaces {
  return { names: new Map(), firstWords: new Set() };
}

/**
 * The places named in tokens `[a, b)`. `mainCountry` resolves "the capital".
 * @example
 * findPlaces(tokens, 0, tokens.length, lex, 'Syria').map((p) => p.place?.name); // ['Damascus'] for "the Syrian capital"
 */
export function findPlaces(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon, mainCountry: string | null, known: KnownPlaces = knownPlaces(), keyed = wordsOf(tokens, a, b)): PlaceMention[] {
  const out: PlaceMention[] = [];
  const { words, at } = keyed;
  let listOfPlaces = false;
  for (let w = 0; w < words.length; w++) {
    const k = at[w]!;
    const t = tokens[k]!;
    // "the Syrian capital", "the capital" (not "the capital of South Darfur", a region's)
    if (t.lower === 'capital' && tokens[k + 1]?.lower !== 'of') {
      const demonym = lex.demonyms.get(tokens[k - 1]?.lower ?? '');
      const country = demonym ?? (tokens[k - 1]?.lower === 'the' && mainCountry ? lex.countries.get(mainCountry) : undefined);
      if (country) {
        const from = demonym ? k - 1 : k;
        out.push({ span: { start: tokens[from]!.start, end: t.end }, first: from, last: k + 1, place: { name: country.capital, kind: 'city', country: country.name }, reference: false });
        continue;
      }
    }
    // "both places", "the two towns"
    // "the town", "the city": the one the last sentences named (not "the town of X")
    if (t.lower === 'the' && /^(?:town|city|village|settlement|port)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower !== 'of' && !startsUpper(tokens[k + 2]?.text ?? '')) {
      out.push({ span: { start: t.start, end: tokens[k + 1]!.end }, first: k, last: k + 2, place: null, refersBack: 1, reference: false, noun: tokens[k + 1]!.lower });
      w++;
      continue;
    }
    // "still held all their positions there": the place named last ("there is", "there were" name none)
    if (t.lower === 'there' && !EXISTENTIAL.test(tokens[k + 1]?.lower ?? '') && !/^(?:over|out|up)$/.test(tokens[k - 1]?.lower ?? '')) {
      out.push({ span: { start: t.start, end: t.end }, first: k, last: k + 1, place: null, refersBack: 1, reference: false });
      continue;
    }
    const definiteTwo = t.lower === 'two' && /^(?:the|these|those)$/.test(tokens[k - 1]?.lower ?? '');
    if ((t.lower === 'both' || definiteTwo) && (PLACE_NOUNS.test(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'places')) {
      out.push({ span: { start: t.start, end: tokens[k + 1]!.end }, first: k, last: k + 2, place: null, refersBack: 2, reference: false });
      w++;
      continue;
    }
    if (tokens[k + 1]?.lower === 'of' && PLACE_PLURALS.has(t.lower)) listOfPlaces = true;
    // a known place is written with a capital: lower-case words are not looked up
    const m = startsUpper(t.text) ? longestMatch(lex.places, words, w, words.length) : null;
    if (m) {
      const last = at[w + m.length - 1]! + 1;
      const written = tokens.slice(k, last).map((x) => x.text).join(' ');
      const compound = tokens[last]?.text === '-' && !tokens[last]!.spaced;
      if (!compound && caseAllows(lex, words.slice(w, w + m.length).join(' '), written) && !isDemonymUse(tokens, k, last, lex)) {
        let place = m.value;
        // "Hama province", "Hama city": the word after decides the kind
        const after = tokens[last]?.lower;
        let end = last;
        if (after === 'province' || after === 'governorate') {
          const province = lex.places.map.get(`${words.slice(w, w + m.length).join(' ')} province`);
          if (province) place = province;
          end = last + 1;
        } else if (after === 'city' && place.kind !== 'country') end = last + 1;
        out.push({ span: { start: t.start, end: tokens[end - 1]!.end }, first: k, last: end, place, reference: false, ...namedWith(tokens, k, end) });
        w = at.findIndex((x, i) => i > w && x >= end) - 1;
        if (w < 0) w = words.length;
        continue;
      }
    }
    // a proper noun that the text says is a place
    // a name the report has already placed is a place wherever it stands ("denied that Mweso had fallen")
    const article = startsWithArticle(tokens, k);
    if (!(t.pos === 'PROPN' && startsUpper(t.text)) && !article) continue;
    // the name's end and text are read once: most proper nouns are people and organisations
    const nameLast = nameEnd(tokens, k);
    const last = Math.min(b, nameLast);
    // an unknown place is named without its article, so that "al-Mashhad" and "Mashhad" meet
    const from = article ? k + 2 : k;
    // the name as written, built only when a place was already named or the context says place
    const mayBeKnown = known.firstWords.has(tokens[from]?.lower ?? '');
    let written = mayBeKnown ? textOf(tokens, from, last) : '';
    const seen = mayBeKnown ? known.names.get(written.toLowerCase()) : undefined;
    if (seen || placeContext(tokens, k, nameLast, listOfPlaces, lex)) {
      written ||= textOf(tokens, from, last);
      // (a spelling near a known place's is that place only in the report's own country: "Basra" in a
      // report on Iraq is no "Bosra" of Syria)
      const near = fuzzyPlace(written, lex);
      const fuzzy = near && (!mainCountry || !near.country || near.country === mainCountry) ? near : null;
      const place = seen ?? fuzzy ?? { name: written, kind: 'area' as const, country: mainCountry ?? '' };
      known.names.set(written.toLowerCase(), place);
      known.firstWords.add(tokens[from]?.lower ?? '');
      out.push({ span: { start: t.start, end: tokens[last - 1]!.end }, first: k, last, place, reference: false, ...namedWith(tokens, k, last) });
      w = at.findIndex((x, i) => i > w && x >= last) - 1;
      if (w < 0) w = words.length;
    }
  }
  markReferences(tokens, out);
  return out;
}

/**
 * The end of a place name that starts at `k`: proper nouns joined by the particles of Arabic
 * names and hyphens ("Dahiyet al-Assad", "Deir ez-Zor", "Tall Tawil"), ending on a proper noun.
 */
function nameEnd(tokens: readonly Token[], k: number): number {
  let j = startsWithArticle(tokens, k) ? k + 2 : k;
  let end = k;
  while (j < tokens.length && (tokens[j]!.pos === 'PROPN' && startsUpper(tokens[j]!.text) || (NAME_PARTICLE.test(tokens[j]!.text) || PLACE_NAME_WORD.test(tokens[j]!.text)) && j > k)) {
    j++;
    if (tokens[j - 1]!.pos === 'PROPN') end = j;
  }
  return Math.max(end, k + 1);
}

/** "al-Mashhad": an Arabic article joined by a hyphen to a proper noun. */
function startsWithArticle(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.text === '-' && !tokens[k + 1]!.spaced && tokens[k + 2]?.pos === 'PROPN' && ARABIC_ARTICLE.test(tokens[k]!.text);
}

/** The name at `k` is an organisation, a country's people, a month or a day: not a place. */
function isNamed(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const run = tokens.slice(k, nameEnd(tokens, k));
  const words = run.flatMap((t) => (t.key ? t.key.split(' ') : []));
  return longestMatch(lex.entities, words, 0) !== null || lex.actors.map.has(words.join(' ')) || lex.demonyms.has(run[0]?.lower ?? '')
    || run.some((t) => monthNumber(t.text) > 0 || weekdayNumber(t.text) >= 0);
}

/** "Syrian" in "the Syrian army" is not the place Syria; demonyms are not in the place index, but "Syria's" is. */
function isDemonymUse(tokens: readonly Token[], k: number, last: number, lex: CompiledLexicon): boolean {
  return last === k + 1 && lex.demonyms.has(tokens[k]!.lower);
}

/** The common noun a place is named with: "the town of Soran", "Yebaba village" (singular). */
function namedWith(tokens: readonly Token[], first: number, last: number): { noun?: string } {
  const before = tokens[first - 1]?.lower === 'of' ? tokens[first - 2]?.lower : undefined;
  const noun = before && PLACE_NOUNS.test(before) ? before : PLACE_NOUNS.test(tokens[last]?.lower ?? '') ? tokens[last]!.lower : undefined;
  return noun ? { noun: noun.replace(/(?:ies|s)$/, (x) => (x === 'ies' ? 'y' : '')) } : {};
}

const MOTION = /^(?:into|towards|toward|outside|near|around|in|from)$/;
/** Parts of a place named after "of" or "to" ("the outskirts of", "the entrance to"). */
const PLACE_PARTS = /^(?:centre|center|outskirts|heart|edge|edges|entrance|outskirt|suburbs|east|west|north|south)$/;
/** Verbs whose object is a place: "captured Soran", "still control Bani Zeid", "retook al-Qaryatain", "fled Nantlet". */
const TERRITORIAL = /^(?:capture|seize|retake|recapture|regain|control|hold|enter|storm|besiege|overrun|liberate|encircle|surround|shell|bomb|evacuate|reach|take|flee|occupy|abandon)$/;
/** What follows a place as subject of its status: "X is still held by", "X remains in the hands of", "X fell". */
const STATUS_AFTER = /^(?:is|was|remains|remained|has|had|fell|lies)$/;

/** Whether the text around the name at `k` (ending at `end`, from {@link nameEnd}) says it is a place. */
function placeContext(tokens: readonly Token[], k: number, end: number, listOfPlaces: boolean, lex: CompiledLexicon): boolean {
  // ("in Syrias Aleppo": a known place's possessive with its apostrophe stripped, as scraped copy prints it)
  const word = tokens[k]!.lower;
  if (end === k + 1 && word.length > 3 && word.endsWith('s') && lex.places.map.has(word.slice(0, -1))) return false;
  const prev = tokens[k - 1]?.lower ?? '';
  const prev2 = tokens[k - 2]?.lower ?? '';
  if (prev === 'of' && PLACE_NOUNS.test(prev2)) return true;
  // "the centre of Qasr Bin Ghashir", "the outskirts of Nyala", "the entrance to Balcad": a part of a place
  if ((prev === 'of' || prev === 'to') && PLACE_PARTS.test(prev2) && !isNamed(tokens, k, lex)) return true;
  // the object of a territorial verb, or of "control of"
  // (and of the nouns of such acts: "the capture of Panjshir", "the fall of Kabul", "the siege of Marawi")
  if ((TERRITORIAL.test(tokens[k - 1]?.lemma ?? '') && tokens[k - 1]!.pos === 'VERB') || (prev === 'of' && /^(?:control|capture|recapture|fall|liberation|siege|encirclement|occupation)$/.test(prev2))) return !isNamed(tokens, k, lex);
  // the subject of a status: "Aqareb al-Safi is still in government hands"
  const after = tokens[end];
  // ("The junta said Ann remained under its control": after a verb of saying too)
  const afterCue = tokens[k - 1]?.pos === 'VERB' && lex.cues.has(tokens[k - 1]!.lemma);
  if ((k === 0 || /^(?:[.;,]|and|but|that)$/.test(prev) || tokens[k - 1]!.pos === 'DET' || afterCue) && STATUS_AFTER.test(after?.lower ?? '')) {
    const window = tokens.slice(end, end + 6).map((t) => t.lower).join(' ');
    if (/\b(?:still|held|hands|control|fell|fallen|under|besieged|surrounded)\b/.test(window)) return !isNamed(tokens, k, lex);
  }
  if (prev === 'for' && /^(?:battle|battles|fight|fighting|struggle|race|offensive|push)$/.test(prev2)) return !isNamed(tokens, k, lex);
  if (prev === 'on' && /^(?:attack|attacks|assault|assaults|strike|strikes|offensive|offensives|advance|advances|raid|push|shelling|bombardment|drive|dropped|fell|hit|struck|fired|rained|landed|raids)$/.test(prev2)) return !isNamed(tokens, k, lex);
  // "advanced into Avdiivka", "fighting in Bakhmut": a proper noun after a preposition of place that
  // names no organisation, month or day, and is not a possessive ("in Trump's speech")
  if (MOTION.test(prev)) {
    if (!isNamed(tokens, k, lex) && !/^['\u2019]s$/.test(tokens[end]?.text ?? '')) return true;
  }
  let j = end;
  if (tokens[j]?.pos === 'ADJ' && SITE_NOUNS.test(tokens[j + 1]?.lower ?? '')) j++;
  if (SITE_NOUNS.test(tokens[j]?.lower ?? '') && !/^(?:air)$/.test(tokens[j - 1]?.lower ?? '')) return true;
  // "the Al-Kassara area", "Yebaba village" (not "a CNN town hall", "the Trump town meeting")
  if (/^(?:area|village|town)$/.test(tokens[j]?.lower ?? '') && !/^(?:hall|halls|meeting|meetings|council|square)$/.test(tokens[j + 1]?.lower ?? '') && !isNamed(tokens, k, lex)) return true;
  if (tokens[j]?.lower === 'air' && /^(?:base|field)$/.test(tokens[j + 1]?.lower ?? '')) return true;
  if (listOfPlaces && (prev === 'and' || prev === ',')) return true;
  // "Balcad, some 30 km (19 miles) north of Mogadishu": a name that a distance and a direction locate
  if (tokens[end]?.text === ',' && distanceAside(tokens, end + 1) && !isNamed(tokens, k, lex)) return true;
  return false;
}

/** Whether a distance and a direction start at `k`: "(some) 30 km (19 miles) north of". */
function distanceAside(tokens: readonly Token[], k: number): boolean {
  let j = k;
  if (/^(?:some|about|around|roughly|nearly|almost)$/.test(tokens[j]?.lower ?? '')) j++;
  if (!(tokens[j]?.pos === 'NUM' || tokens[j]?.type === 'number')) return false;
  if (!DISTANCE_UNITS.test(tokens[j + 1]?.lower ?? '')) return false;
  for (let n = j + 2; n < j + 10 && n < tokens.length; n++) if (DIRECTIONS.test(tokens[n]!.lower)) return tokens[n + 1]?.lower === 'of';
  return false;
}

const fuzzyCache = new WeakMap<CompiledLexicon, Map<string, PlaceRef | null>>();

/** The gazetteer place whose one-word spelling is within the edit threshold of `written` (memoised per lexicon). */
function fuzzyPlace(written: string, lex: CompiledLexicon): PlaceRef | null {
  const key = written.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (key.length < 5) return null;
  let cache = fuzzyCache.get(lex);
  if (!cache) { cache = new Map(); fuzzyCache.set(lex, cache); }
  if (cache.has(key)) return cache.get(key)!;
  const found = nearestPlace(key, lex);
  if (cache.size < 50_000) cache.set(key, found);
  return found;
}

function nearestPlace(key: string, lex: CompiledLexicon): PlaceRef | null {
  const limit = key.length >= 8 ? 2 : 1;
  let best: PlaceRef | null = null;
  let bestD = limit + 1;
  for (const [alias, place] of lex.places.map) {
    if (Math.abs(alias.length - key.length) > limit || place.kind === 'country') continue;
    const d = levenshtein.get(alias, key);
    if (d < bestD) { best = place; bestD = d; }
  }
  return best;
}

/** A place that a distance or "near" in an apposition measures from is a reference, not where the event is. */
function markReferences(tokens: readonly Token[], places: PlaceMention[]): void {
  for (let n = 0; n < places.length; n++) {
    const p = places[n]!;
    let k = p.first - 1;
    if (tokens[k]?.lower === 'the') k--;
    let sawRelation = false;
    while (k >= 0 && p.first - k <= 12) {
      const t = tokens[k]!;
      if (t.lower === 'of' || t.lower === 'near' || t.lower === 'from' || DIRECTIONS.test(t.lower) || t.type === 'number' || t.pos === 'NUM' || DISTANCE_UNITS.test(t.lower) || /^(?:some|about|around|roughly|nearly|city|town|village|the|a|an|\(|\))$/.test(t.lower) || t.text === '-') {
        if (t.lower === 'near' || DIRECTIONS.test(t.lower)) sawRelation = true;
        k--;
        continue;
      }
      break;
    }
    const comma = tokens[k];
    // (the place before the comma may be one the gazetteer does not know, "the entrance to Balcad,
    // some 30 km north of Mogadishu", or a common noun, "the village, 20 km west of Hama")
    const before = tokens[k - 1];
    const locates = places.some((q) => q !== p && q.last === k) || before?.pos === 'PROPN' || PLACE_NOUNS.test(before?.lower ?? '') || SITE_NOUNS.test(before?.lower ?? '');
    if (sawRelation && comma?.text === ',' && locates) p.reference = true;
    // with no comma, a place or a place's noun right before the relation ("the Al-Kassara area west
    // of the city of Marib"); "fighting west of Marib" is where the fighting is
    const direct = places.some((q) => q !== p && q.last === k + 1) || PLACE_NOUNS.test(comma?.lower ?? '') || SITE_NOUNS.test(comma?.lower ?? '');
    if (sawRelation && direct) p.reference = true;
  }
}

/**
 * The actors named in tokens `[a, b)`: organisations and countries, by canonical name.
 * @example
 * findActors(tokens, 0, tokens.length, lex).map((x) => x.name); // ['Russia', 'Iran'] for "Russian Federation and Iran"
 */
export function findActors(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon, keyed = wordsOf(tokens, a, b)): ActorMention[] {
  const out: ActorMention[] = [];
  const { words, at } = keyed;
  for (let w = 0; w < words.length; w++) {
    const m = longestMatch(lex.actors, words, w);
    if (!m) continue;
    const k = at[w]!;
    const last = at[w + m.length - 1]! + 1;
    const written = tokens.slice(k, last).map((x) => x.text).join(' ');
    if (!caseAllows(lex, words.slice(w, w + m.length).join(' '), written)) continue;
    out.push({ span: { start: tokens[k]!.start, end: tokens[last - 1]!.end }, name: m.value.name });
    w += m.length - 1;
  }
  return out;
}
