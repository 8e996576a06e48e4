/**
 * Quantities as intervals with units. Reads digits ("3,000", "1.5 million"), number words
 * ("twenty-six", "three hundred", "a dozen"), vague amounts ("dozens", "a few"), bounds ("at
 * least", "up to"), ranges ("between 20 and 30", "20-30"), units ("20 km (12 miles)" is one
 * distance), durations ("six-year-long") and clock times ("5.00 a.m."), and what is counted
 * (`measure`: killed, wounded, distance) and whose (`subject`). Years, days of the month,
 * ordinals and times are never counts. Conventions in `lexicon/quantities.ts`.
 * @module
 */
import type { Token } from '../sentences/index.js';
import type { Quantity, Span } from '../types.js';
import { COUNTED_THINGS, FIGURE_CHANGE_VERBS, MEASURE_WORDS, MEMBER_NOUNS, MULTIPLIERS, NUMBER_MODIFIERS, NUMBER_WORDS, SUBJECT_WORDS, UNITS, VAGUE_AMOUNTS, type ModifierEffect } from '../lexicon/quantities.js';
import { monthNumber } from '../util/calendar.js';
import { phraseIndex, longestMatch, startsUpper } from '../util/words.js';
import type { PlaceMention } from './places.js';
import { textOf } from '../attribution/tokens.js';

/**
 * A quantity with the tokens it covers.
 * @example
 * findQuantities(tokens, 0, tokens.length, [])[0].first; // token index of "at" in "at least 26"
 */
export interface QuantityMention extends Quantity {
  readonly first: number;
  readonly last: number;
}

const MODIFIERS = phraseIndex([...NUMBER_MODIFIERS]);
const VAGUE = phraseIndex([...VAGUE_AMOUNTS]);
const SUBJECTS = phraseIndex([...SUBJECT_WORDS]);
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const TOLERANCE = 0.15;

/** The lower-case words a number can start with (the others start with a digit or a capital): one lookup for most words. */
const NUMBER_STARTS: ReadonlySet<string> = new Set([...VAGUE.trie.keys(), ...NUMBER_WORDS.keys(), 'a', 'one', 'single', 'no', 'nobody', 'none']);

interface Core { value: number; min: number; max: number | null; vague: boolean; last: number; standalone?: boolean }

/**
 * Reads a number (or a vague amount) starting at token `k`, or null.
 * @example
 * readNumber(tokens, 0); // { value: 26, ... } for "twenty-six"
 */
export function readNumber(tokens: readonly Token[], k: number, end: number): Core | null {
  const t = tokens[k];
  if (!t || k >= end) return null;
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122 && !NUMBER_STARTS.has(t.lower)) return null;
  // the words of vague amounts are read only where one may start
  const vague = VAGUE.trie.has(t.lower) ? longestMatch(VAGUE, tokens.slice(k, Math.min(end, k + 4)).map((x) => x.lower), 0) : null;
  if (vague && !(vague.value[0] === 12 && vague.value[1] === 12 && tokens[k]!.lower === 'dozen')) {
    const [min, max] = vague.value;
    return { value: min === max ? min : NaN, min, max, vague: min !== max, last: k + vague.length };
  }
  let value: number;
  let last = k + 1;
  const dashed = c >= 48 && c <= 57 ? /^(\d{1,3}(?:,\d{3})*)[-\u2013](\d{1,3}(?:,\d{3})*)$/.exec(t.text) : null;
  if (dashed) {
    const lo = Number(dashed[1]!.replace(/,/g, ''));
    const hi = Number(dashed[2]!.replace(/,/g, ''));
    return hi > lo ? { value: NaN, min: lo, max: hi, vague: false, last } : null;
  }
  if (c >= 48 && c <= 57 && DIGITS.test(t.text)) {
    value = Number(t.text.replace(/,/g, ''));
  } else if (NUMBER_WORDS.has(t.lower)) {
    value = NUMBER_WORDS.get(t.lower)!;
    // twenty-six
    if (tokens[last]?.text === '-' && NUMBER_WORDS.has(tokens[last + 1]?.lower ?? '') && value >= 20 && value % 10 === 0) {
      value += NUMBER_WORDS.get(tokens[last + 1]!.lower)!;
      last += 2;
    }
  } else if (t.lower === 'a' && tokens[k + 1]?.lower === 'dozen') {
    return { value: 12, min: 12, max: 12, vague: false, last: k + 2 };
  } else if ((t.lower === 'a' || t.lower === 'one') && tokens[k + 1]?.lower === 'single') {
    return { value: 1, min: 1, max: 1, vague: false, last: k + 2 };
  } else if (t.lower === 'single' && tokens[k - 1]?.lower !== 'a' && tokens[k + 1]?.pos === 'NOUN') {
    return { value: 1, min: 1, max: 1, vague: false, last: k + 1 };
  } else if (t.lower === 'no' && (tokens[k + 1]?.lower === 'one' || /^(?:civilians|people|casualties|deaths|fatalities|soldiers|fighters|children)$/.test(tokens[k + 1]?.lower ?? ''))) {
    // "no one was killed", "no civilians were hurt": a count of zero
    return { value: 0, min: 0, max: 0, vague: false, last: tokens[k + 1]!.lower === 'one' ? k + 2 : k + 1, standalone: tokens[k + 1]!.lower === 'one' };
  } else if ((t.lower === 'nobody' || t.lower === 'none') && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB')) {
    return { value: 0, min: 0, max: 0, vague: false, last: k + 1, standalone: true };
  } else {
    return null;
  }
  // three hundred, 1.5 million, two hundred thousand
  while (MULTIPLIERS.has(tokens[last]?.lower ?? '')) { value *= MULTIPLIERS.get(tokens[last]!.lower)!; last++; }
  // "hundred and fifty"
  if (value >= 100 && tokens[last]?.lower === 'and' && NUMBER_WORDS.has(tokens[last + 1]?.lower ?? '')) {
    const rest = readNumber(tokens, last + 1, end);
    if (rest && rest.value < 100) { value += rest.value; last = rest.last; }
  }
  return { value, min: value, max: value, vague: false, last };
}

/** A number that is part of a date, a year, an ordinal or a name, not a count. */
function notACount(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.entity === 'DATE' || t.entity === 'ORDINAL') return true;
  if (/^\d+(?:st|nd|rd|th)$/i.test(t.text)) return true;
  // phone-like: "+963 11 2345678", or three numbers in a row
  if (t.type === 'number' && (tokens[k - 1]?.text === '+' || tokens[k + 1]?.type === 'number' && tokens[k + 2]?.type === 'number' || tokens[k - 1]?.type === 'number')) return true;
  if (/^\d{4}$/.test(t.text) && +t.text >= 1800 && +t.text <= 2100) return true;
  if (/^\d{1,2}$/.test(t.text) && (monthNumber(tokens[k - 1]?.text ?? '') || monthNumber(tokens[k + 1]?.text ?? ''))) return true;
  // Route 66, Resolution 2254, Interstate 95: a capitalised word before a bare number makes a name,
  // unless people are counted after it ("cost Islamic State 60 fighters")
  const prev = tokens[k - 1];
  const people = SUBJECT_WORDS.has(tokens[k + 1]?.lower ?? '');
  if (prev && prev.pos === 'PROPN' && startsUpper(prev.text) && t.type === 'number' && !/^(?:some|about|least)$/.test(prev.lower) && !people) return true;
  if (t.lower === 'one' && (tokens[k - 1]?.lower === 'the' || tokens[k + 1]?.pos === 'ADP' || tokens[k + 1]?.lower === 'of')) return true;
  return false;
}

/**
 * The quantities of tokens `[a, b)`. Places in the sentence give distances their subject and
 * reference ("Soran, some 20 km north of Hama").
 * @example
 * findQuantities(tokens, 0, tokens.length, places)[0]; // { text: 'at least 26', min: 26, max: null, ... }
 */
export function findQuantities(tokens: readonly Token[], a: number, b: number, places: readonly PlaceMention[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let k = a; k < b; k++) {
    const core = readNumber(tokens, k, b);
    if (!core || notACount(tokens, k)) continue;
    // a bare number word must count something ("two sides"), not stand alone ("the one in Damascus")
    const isWord = tokens[k]!.type !== 'number';
    let first = k;
    let { min, max } = core;
    let value: number | null = Number.isNaN(core.value) ? null : core.value;
    let approximate = core.vague;
    let last = core.last;

    // modifier before: "at least", "some", "nearly"
    let effect: ModifierEffect | undefined;
    for (let n = 3; n >= 1 && !effect; n--) {
      if (k - n < a) continue;
      const m = longestMatch(MODIFIERS, tokens.slice(k - n, k).map((x) => x.lower), 0);
      if (m && m.length === n) { effect = m.value; first = k - n; }
    }
    // range: between 20 and 30, 20 to 30, 20-30, 20 or 30
    const joiner = tokens[last]?.lower;
    const between = tokens[first - 1]?.lower === 'between' && joiner === 'and';
    const sameKind = isWord === (tokens[last + 1]?.type !== 'number');
    if (!core.vague && sameKind && (between || joiner === 'to' || joiner === 'or' || joiner === '-')) {
      const hi = readNumber(tokens, last + 1, b);
      if (hi && !hi.vague && hi.value > core.value && !notACount(tokens, last + 1)) {
        if (between) first--;
        max = hi.value; value = null; last = hi.last;
        if (joiner === 'or') approximate = true;
      }
    }
    switch (effect) {
      case 'min': max = null; break;
      // "more than 20" people is at least 21; a measure keeps its bound
      case 'minExclusive': min = Number.isInteger(min) && max === min ? min + 1 : min; max = null; break;
      case 'max': min = 0; break;
      case 'maxExclusive': max = Number.isInteger(max) ? (max ?? 0) - 1 : max; min = 0; break;
      case 'approx': approximate = true; break;
      // "nearly 50": a little under 50, taken as [0.9 x 50, 50]
      case 'approxMax': approximate = true; if (max !== null) min = Math.floor(max * 0.9); break;
    }

    // unit: km, miles, %, years; "six-year-long"
    let j = last;
    if (tokens[j]?.text === '-' && !tokens[j]!.spaced) j++;
    let unitWord = tokens[j]?.lower ?? '';
    if (unitWord === 'per' && tokens[j + 1]?.lower === 'cent') { unitWord = 'per cent'; j++; }
    const unit = UNITS.get(unitWord);
    let clock = false;
    if (unit) {
      last = j + 1;
      if (tokens[last]?.text === '-' && tokens[last + 1]?.lower === 'long') last += 2;
    } else if (/^(?:a\.m\.|p\.m\.|am|pm|gmt|hrs)$/.test(unitWord) || /^\d{1,2}[.:]\d{2}$/.test(tokens[k]!.text) && /^(?:a\.m\.|p\.m\.)$/.test(unitWord)) {
      clock = true;
      last = j + 1;
      // a time of day in hours: "5.00 a.m." is 5, "6.30 p.m." is 18.5, "12 a.m." is 0
      const hm = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(tokens[k]!.text);
      if (hm) {
        const hours = (Number(hm[1]) % 12) + (/^p/.test(unitWord) ? 12 : 0) + Number(hm[2] ?? 0) / 60;
        value = Math.round(hours * 1000) / 1000; min = value; max = value;
      }
    } else if (isWord && !core.vague && !effect && !core.standalone && !(tokens[last]?.pos === 'NOUN' || tokens[last]?.pos === 'ADJ' || tokens[last]?.pos === 'PROPN')
      // ("two of its planes", "three of the group's fighters": a partitive in words counts too)
      && !(tokens[last]?.lower === 'of' && /^(?:its|their|our|his|her|the|them)$/.test(tokens[last + 1]?.lower ?? ''))
      // ("the death toll has risen to nine": the figure a toll changes to counts what the toll counts)
      && !(/^(?:to|at)$/.test(tokens[k - 1]?.lower ?? '') && FIGURE_CHANGES.has(tokens[k - 2]?.lemma ?? ''))) {
      continue;
    }
    if (unit && unit.factor !== 1) {
      const f = unit.factor;
      value = value === null ? null : round(value * f); min = round(min * f); max = max === null ? null : round(max * f);
    }
    // "20 km (12 miles)": one distance; the parenthesis must agree
    if (unit && tokens[last]?.text === '(') {
      const inner = readNumber(tokens, last + 1, b);
      const innerUnit = inner ? UNITS.get(tokens[inner.last]?.lower ?? '') : undefined;
      if (inner && innerUnit && innerUnit.dimension === unit.dimension && tokens[inner.last + 1]?.text === ')') {
        const converted = inner.value * innerUnit.factor;
        const reference = value ?? min;
        if (reference > 0 && Math.abs(converted - reference) / reference <= TOLERANCE) last = inner.last + 2;
      }
    }

    // what is counted
    let subject: string | undefined;
    let reference: string | undefined;
    let measure: string | undefined;
    if (unit?.dimension === 'length') {
      measure = 'distance';
      const ref = places.find((p) => p.reference && p.first >= last && p.first <= last + 4) ?? places.find((p) => p.first >= last && p.first <= last + 5 && tokens.slice(last, p.first).some((x) => x.lower === 'of'));
      if (ref?.place) reference = ref.place.name;
      const located = places.filter((p) => p.last <= first && first - p.last <= 2 && tokens[p.last]?.text === ',').at(-1);
      if (located?.place) subject = located.place.name;
    } else if (unit?.dimension === 'duration') {
      measure = 'duration';
    } else if (unit?.dimension === 'ratio') {
      measure = 'percent';
    } else if (clock) {
      measure = 'time';
    } else {
      const counted = countedNoun(tokens, last, b);
      if (counted) { subject = counted.subject; last = Math.max(last, counted.headEnd); }
      else if (/^(?:one|nobody|none|single)$/.test(tokens[last - 1]!.lower) && core.value <= 1) subject = 'people';
      // ("raising the number of soldiers killed there to 14", "the death toll among civilians rose to
      // 20": a figure with no noun counts what its tally names)
      else subject = talliedNoun(tokens, first, a);
      measure = measureNear(tokens, first, last, a, b, subject);
    }
    if (!unit && !clock && !subject && !measure && isWord) continue;

    const span: Span = { start: tokens[first]!.start, end: tokens[last - 1]!.end };
    out.push({
      text: textOf(tokens, first, last),
      span, first, last, value, min, max,
      unit: clock ? 'clock' : unit?.unit ?? null,
      approximate,
      ...(measure ? { measure } : {}),
      ...(subject ? { subject } : {}),
      ...(reference ? { reference } : {}),
    });
    k = last - 1;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** How many words a counted compound may hold ("Wazalendo militia fighters"). */
const COMPOUND_LENGTH = 3;

/** How far before a bare figure its tally ("the number of soldiers killed ... to 14") may stand. */
const TALLY_REACH = 12;

/**
 * What a bare figure counts, by the tally before it in its clause: "the number of soldiers killed
 * there on Sunday to 14" (government forces), "the death toll among civilians rose to 20".
 */
function talliedNoun(tokens: readonly Token[], first: number, a: number): string | undefined {
  for (let j = first - 1; j >= Math.max(a, first - TALLY_REACH); j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '.' || isAmountWord(t)) return undefined;
    if (!/^(?:number|toll|tally|count)$/.test(t.lower) || !/^(?:of|among)$/.test(tokens[j + 1]?.lower ?? '')) continue;
    let k = j + 2;
    if (/^(?:the|its|their)$/.test(tokens[k]?.lower ?? '')) k++;
    const known = longestMatch(SUBJECTS, tokens.slice(k, k + 3).map((x) => x.lower), 0);
    return known?.value;
  }
  return undefined;
}

/** The noun a count applies to: "26 members of regime forces" -> regime forces; "15 people". */
function countedNoun(tokens: readonly Token[], k: number, b: number): { subject: string; headEnd: number } | null {
  // (a count in quotation marks, then what it counts: 'killed "dozens" of soldiers', 'only "a few" Taliban fighters')
  if (k < b && /^["\u201C\u201D]$/.test(tokens[k]!.text)) k++;
  let j = tokens[k]?.lower === 'of' ? k + 1 : k;
  // ("most of them civilians and 17 of them children": the noun after "of them" names them)
  if (j > k && tokens[j]?.lower === 'them') j++;
  // ("two of the group's fighters", "three of its soldiers": a partitive, with its determiner and possessor)
  if (j > k && /^(?:the|their|its|his|her|our|these|those)$/.test(tokens[j]?.lower ?? '')) {
    j++;
    if ((tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'PROPN') && /^['\u2019]s$/.test(tokens[j + 1]?.text ?? '')) j += 2;
  }
  while (j < b && j - k < 3 && tokens[j]!.pos === 'ADJ') j++;
  const head = tokens[j];
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN') || j >= b) {
    // "a single civilian", where the noun was tagged as an adjective
    const last = tokens[j - 1];
    const known = j > k && last ? SUBJECT_WORDS.get(last.lower) : undefined;
    return known ? { subject: known, headEnd: j } : null;
  }
  let headEnd = j + 1;
  let from = j;
  if (/^(?:members|member|number|dozens|hundreds|thousands)$/.test(head.lower) && tokens[j + 1]?.lower === 'of') {
    from = j + 2;
    // ("14 members of the security forces": the determiner is no part of who is counted)
    if (/^(?:the|its|their)$/.test(tokens[from]?.lower ?? '')) from++;
  }
  const words = tokens.slice(from, Math.min(b, from + 4)).map((x) => x.lower);
  const known = longestMatch(SUBJECTS, words, 0);
  if (known) return { subject: known.value, headEnd: Math.max(headEnd, from === j ? j + known.length : j + 1) };
  // ("20 Wazalendo militia fighters", "40 Islamic State fighters": a name and the nouns it modifies)
  const nameRun = (t: Token): boolean => t.pos === 'PROPN' && tokens[headEnd - 1]!.pos === 'PROPN';
  while (headEnd < b && (tokens[headEnd]!.pos === 'NOUN' || nameRun(tokens[headEnd]!)) && headEnd - j < COMPOUND_LENGTH) headEnd++;
  // ("a few Taliban fighters" counts the Taliban, as "450 Taliban" does: a name, then a word for its members)
  // (a state's soldiers keep their word: "Indian soldiers" are counted as a country's forces)
  const member = tokens[headEnd - 1]!.lower;
  const members = headEnd - j >= 2 && tokens.slice(j, headEnd - 1).every((t) => t.pos === 'PROPN') && MEMBER_NOUNS.has(member) && SUBJECT_WORDS.get(member) !== 'government forces' ? headEnd - 1 : headEnd;
  return { subject: tokens.slice(j, members).map((x) => x.lower).join(' '), headEnd };
}

/**
 * The measure a word names, by lemma, else by the base of an "-ed" form (wink-nlp tags some
 * participles as nouns and leaves them unlemmatised: "Gunmen abducted ...").
 */
function measureOf(t: Token): string | undefined {
  return MEASURE_WORDS.get(t.lemma) ?? MEASURE_WORDS.get(t.lower)
    ?? (t.lower.endsWith('ed') ? MEASURE_WORDS.get(t.lower.slice(0, -2)) ?? MEASURE_WORDS.get(t.lower.slice(0, -1)) : undefined)
    // ("..., wounding four civilians": a present participle the tagger reads as a noun)
    ?? (t.lower.endsWith('ing') ? MEASURE_WORDS.get(t.lower.slice(0, -3)) ?? MEASURE_WORDS.get(`${t.lower.slice(0, -3)}e`) : undefined);
}

/** The measure a count is governed by: "killed at least 26", "15 people were wounded", "dozens killed". */
/** Verbs by which a figure changes or stands ("the toll rose to 56", "the toll stood at 40"). */
const FIGURE_CHANGES: ReadonlySet<string> = new Set(FIGURE_CHANGE_VERBS.keys());

/** Measures that count only people: "lost four fighters", "cost the group 60 fighters" (not "lost two tanks"). */
const OF_PEOPLE = new Set(['lose', 'cost']);
const PEOPLE = new Set(SUBJECT_WORDS.values());

/** A word of the amount itself ("dozens", "hundreds", "thousand"), not what is counted. */
function isAmountWord(t: Token): boolean {
  return VAGUE_AMOUNTS.has(t.lower) || NUMBER_WORDS.has(t.lower) || MULTIPLIERS.has(t.lower) || MULTIPLIERS.has(t.lower.replace(/s$/, '')) || t.type === 'number';
}

/** What happens to people: a count of things takes none of these from its context. */
const PEOPLE_MEASURES: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties', 'displaced', 'evacuated', 'arrested', 'missing', 'abducted']);

/**
 * What the count at `[first, last)` measures. "six wounded in 73 strikes", "shot down 21 of 30
 * drones": a count of things, not of people, takes no casualty from the words around it (but
 * "the capture of several buildings" is still a capture).
 */
function measureNear(tokens: readonly Token[], first: number, last: number, a: number, b: number, subject?: string): string | undefined {
  const m = measureAround(tokens, first, last, a, b, subject);
  if (m === undefined || !PEOPLE_MEASURES.has(m)) return m;
  let head: Token | undefined;
  for (let j = first; j < last; j++) if (tokens[j]!.pos === 'NOUN' && !isAmountWord(tokens[j]!)) head = tokens[j];
  return head && COUNTED_THINGS.has(head.lemma) ? undefined : m;
}

/**
 * After "and" at `k - 1`, a noun phrase with no count of its own, then its verb: "(seven soldiers)
 * and volunteer fighters were killed", "and members of the army's auxiliary force died"; not "and
 * at least 60000 are missing", "and a woman while eight were injured".
 */
function coordinatedNounsThenVerb(tokens: readonly Token[], k: number, b: number): boolean {
  for (let j = k; j < b && j < k + 10; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || t.pos === 'VERB') return j > k;
    if (t.pos === 'NUM' || NUMBER_STARTS.has(t.lower) && t.lower !== 'a' || NUMBER_MODIFIERS.has(t.lower)) return false;
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'PART' || t.lower === 'of')) return false;
  }
  return false;
}

/**
 * After "and" at `k - 1`, a bare count, its nouns and then their verb ("and four policemen had also
 * been killed"): the measure of that verb, which the count before "and" shares; not after a
 * modified count ("and at least 60000 are missing" is a count of its own).
 */
function coordinatedCountMeasure(tokens: readonly Token[], k: number, b: number): string | undefined {
  const count = tokens[k];
  if (!count || !(count.pos === 'NUM' || NUMBER_WORDS.has(count.lower))) return undefined;
  let j = nounEnd(tokens, k + 1, b);
  if (j === k + 1 || !tokens.slice(k + 1, j).some((t) => t.pos === 'NOUN')) return undefined;
  while (j < b && j < k + 10 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.lower === 'not')) j++;
  const verb = tokens[j];
  const m = verb && verb.pos === 'VERB' ? measureOf(verb) : undefined;
  return m && PEOPLE_MEASURES.has(m) ? m : undefined;
}

/** Where the nouns that follow a count end ("soldiers" in "20 soldiers and ..."): the first token from `k` that is no noun, before `limit`. */
function nounEnd(tokens: readonly Token[], k: number, limit: number): number {
  while (k < limit && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k++;
  return k;
}

/** Verbs by which bodies are counted, as a toll is: "received", "recovered", "buried" (lemmas). */
const BODY_COUNTING: ReadonlySet<string> = new Set(['receive', 'recover', 'retrieve', 'bring', 'count', 'bury', 'pull', 'collect', 'identify', 'find']);

/** How many tokens after a count the verb that measures it may stand. */
const MEASURE_REACH = 8;

function measureAround(tokens: readonly Token[], first: number, last: number, a: number, b: number, subject?: string): string | undefined {
  const measureOfCount = (t: Token): string | undefined => (OF_PEOPLE.has(t.lemma) || OF_PEOPLE.has(t.lower) ? (subject && PEOPLE.has(subject) ? 'killed' : undefined) : measureOf(t));
  const measured = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN';
  // the quantity's own words first ("30 wounded"), then a verb right before it ("killed 12 and
  // wounded 30": 12 were killed)
  for (let j = first; j < last; j++) {
    const m = measureOf(tokens[j]!);
    if (m && measured(tokens[j]!)) return m;
    // "12 bodies", "17 bodies were recovered": the dead (not "two UN bodies": a name stands before it)
    if (tokens[j]!.lower === 'bodies' && !tokens.slice(first, j).some((t) => t.pos === 'PROPN')) return 'killed';
  }
  const before = tokens[first - 1];
  // ("killed 12", "..., wounding four civilians": a participle after a comma, whatever its tag)
  const participle = before !== undefined && before.lower.endsWith('ing') && tokens[first - 2]?.text === ',';
  if (before !== undefined && first - 1 >= a && (before.pos === 'VERB' || participle) && measureOf(before)) return measureOf(before);
  // ("14 members of the security forces had been killed": the counted noun's "of" phrase before the verb)
  let reach = last + MEASURE_REACH;
  for (let j = last; j < Math.min(b, reach); j++) {
    const t = tokens[j]!;
    const m = measureOfCount(t);
    if (m && measured(t)) return m;
    // "21 civilians, including 11 children, were killed": the part named between commas is passed over
    if (t.text === ',' && /^(?:including|among)$/.test(tokens[j + 1]?.lower ?? '')) {
      let close = j + 2;
      while (close < b && close - j < 10 && tokens[close]!.text !== ',') close++;
      if (tokens[close]?.text === ',') { reach += close - j + 1; j = close; continue; }
    }
    // "killed 12 and wounded 30": what follows "and" measures the next count; but "seven soldiers and
    // volunteer fighters were killed" coordinates the counted, and the verb after them measures it
    if (t.pos === 'CCONJ' && j === nounEnd(tokens, last, j) && coordinatedNounsThenVerb(tokens, j + 1, b)) { reach = j + 12; continue; }
    // "11 soldiers and four policemen had been killed": two bare counts that share their verb
    const shared = t.pos === 'CCONJ' && t.lower === 'and' && j === nounEnd(tokens, last, j) ? coordinatedCountMeasure(tokens, j + 1, b) : undefined;
    if (shared) return shared;
    if (t.pos === 'VERB' && !m || t.text === ',' || t.text === ';' || t.pos === 'CCONJ') break;
  }
  for (let j = first - 1; j >= Math.max(a, first - 12); j--) {
    const t = tokens[j]!;
    // "received the bodies of 14 people": the dead that a hospital or rescuers count ("saw the
    // bodies of several soldiers" is what one witness saw, no toll)
    if (t.lower === 'bodies' && tokens[j + 1]?.lower === 'of' && BODY_COUNTING.has(tokens[j - 1]?.lower === 'the' ? tokens[j - 2]?.lemma ?? '' : tokens[j - 1]?.lemma ?? '')) return 'killed';
    const m = measureOfCount(t);
    if (m && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ')) return m;
    // "the death toll had risen to 56", "the toll from Monday's strikes rose to 31": the figure that
    // changes is the subject of the verb, however far before it
    if (t.pos === 'VERB' && FIGURE_CHANGES.has(t.lemma) && /^(?:to|at)$/.test(tokens[j + 1]?.lower ?? '')) {
      for (let i = j - 1; i >= a; i--) {
        const figure = tokens[i]!;
        // ("in Ethiopia's conflict-hit Amhara region": a participle inside a hyphenated adjective is no verb)
        if (figure.pos === 'VERB' && tokens[i - 1]?.text !== '-' || figure.text === ';' || figure.text === ':') break;
        const m = figure.pos === 'NOUN' ? measureOf(figure) : undefined;
        if (m) return m;
      }
      break;
    }
    // ("killed at least 12 people, including three paramedics": "including" is no verb of its own)
    if (t.pos === 'VERB' && t.lower !== 'including' || t.text === ';' || t.text === ':') break;
  }
  return undefined;
}
