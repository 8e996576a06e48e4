/**
 * Event frames: the predicate a claim reports (capture, regain, repel, ...), the side that acts,
 * the places, and the status of control the claim implies, on the lattice captured / regained /
 * held / contested / lost / advancing (ACLED's territorial-change sub-events).
 * @module
 */
import { PLACE_NOUNS } from '../lexicon/place-words.js';
import type { Token } from '../sentences/index.js';
import type { ClaimEvent } from '../types.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { CONTESTED_PHRASES, HARM_EVENTS, HELD_PHRASES, RESTORED_STATES, SEIZED_GOODS, WITHDRAWN_FORCES, type EventKind, type EventPredicate } from '../lexicon/events.js';
import { NEGATORS } from '../lexicon/hedges.js';
import { ARABIC_ARTICLE } from '../lexicon/names.js';
import { longestMatch } from '../util/words.js';

const PRIORITY: Readonly<Record<EventKind, number>> = {
  capture: 5, regain: 5, repel: 5, withdraw: 4, advance: 4, hold: 3, deny: 3, attack: 2, clash: 2, shell: 2,
  reinforce: 1, kill: 1, wound: 1,
};

const STATUS: Partial<Record<EventKind, string>> = {
  capture: 'captured', regain: 'regained', repel: 'held', withdraw: 'lost', advance: 'advancing', hold: 'held',
};

/** An object stands at `k` (a determiner, a possessive, an adjective or a noun) and names no forces. */
function objectIsNotForces(tokens: readonly Token[], k: number, b: number): boolean {
  const t = tokens[k];
  if (!t || k >= b || !(t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || /^(?:its|their|his|her|our)$/.test(t.lower))) return false;
  for (let j = k; j < b && j < k + 5; j++) if (tokens[j]!.pos === 'NOUN' && WITHDRAWN_FORCES.has(tokens[j]!.lower)) return false;
  return true;
}

/**
 * The capture at `[k, end)` takes goods: its object is one of `SEIZED_GOODS` ("seized two tanks
 * and ammunition"), or, with no object, the noun right before it is ("weapons seized").
 */
function seizesGoods(tokens: readonly Token[], k: number, end: number, a: number, b: number): boolean {
  for (let j = end; j < b && j < end + 8; j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN') {
      // the head of a compound ("23 combat vehicles"), or what a measure holds ("a large stock of weapons")
      while (tokens[j + 1]?.pos === 'NOUN' && j + 1 < b) j++;
      const head = tokens[j]!.lower;
      if (GOODS_MEASURES.has(head) && tokens[j + 1]?.lower === 'of') continue;
      return SEIZED_GOODS.has(head);
    }
    if (t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADP' && t.lower !== 'of' || t.text === ',') break;
  }
  const before = tokens[k - 1];
  return k - 1 >= a && before?.pos === 'NOUN' && SEIZED_GOODS.has(before.lower);
}

/** Nouns for people taken prisoner, not places: "captured an Israeli soldier", "150 fighters were captured". */
const PEOPLE_TAKEN = /^(?:soldiers?|troops|fighters?|militants?|rebels?|officers?|policemen|civilians?|hostages?|prisoners?|men|women|children|pilots?|crew|servicemen|members|people|persons?|commanders?|journalists?|workers?)$/;

/**
 * The capture at `[k, end)` takes people: its object ("captured an Israeli soldier") or, passive,
 * its subject ("any soldier had been captured") is a noun for people.
 */
function takesPeople(tokens: readonly Token[], a: number, k: number, end: number, b: number): boolean {
  for (let j = end; j < b && j < end + 5; j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN') {
      // the head of the noun phrase: "a rebel-held neighbourhood" is a place, "an Israeli soldier" people
      let head = j;
      for (let n = j + 1; n < b && n < j + 6; n++) {
        const u = tokens[n]!;
        if (u.pos === 'NOUN') head = n;
        else if (!(u.text === '-' || u.pos === 'ADJ' || u.pos === 'VERB' && tokens[n - 1]?.text === '-')) break;
      }
      return PEOPLE_TAKEN.test(tokens[head]!.lower);
    }
    if (t.pos === 'PROPN' && tokens[j + 1]?.pos !== 'NOUN' || t.pos === 'VERB' || t.pos === 'ADP' || t.text === ',') break;
  }
  if (!isPassiveAt(tokens, a, k)) return false;
  for (let j = k - 1; j >= a && j >= k - 6; j--) if (tokens[j]!.pos === 'NOUN') return PEOPLE_TAKEN.test(tokens[j]!.lower);
  return false;
}

/** Nouns that measure what they hold: "a large stock of weapons", "a quantity of ammunition". */
const GOODS_MEASURES = new Set(['stock', 'stocks', 'stockpile', 'stockpiles', 'quantity', 'quantities', 'cache', 'caches', 'amount', 'amounts', 'haul', 'lot', 'lots', 'number', 'consignment', 'store', 'stores']);

/** The restoring at `[k, end)` restores a state of things: its object, or the subject of its passive, is one of `RESTORED_STATES`. */
function restoresState(tokens: readonly Token[], k: number, end: number, a: number, b: number): boolean {
  for (let j = end; j < b && j < end + 4; j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN') return RESTORED_STATES.has(t.lower);
    if (t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADP' || t.text === ',') break;
  }
  for (let j = k - 1; j >= a && j >= k - 4; j--) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN') return RESTORED_STATES.has(t.lower);
  }
  return false;
}

/** What is taken without taking a place: "took part", "taken to hospital", "took them hostage". */
const NOT_TAKEN = /^(?:part|place|time|hostage|hostages|prisoner|prisoners|care|note|office|power|questions|photos|pictures|refuge|shelter|cover)$/;
/** How many tokens "from" may stand after "take" ("had taken the Al-Kassara area from government forces"). */
const TAKEN_FROM_REACH = 7;

/** What follows a "fall" that is no place's falling: "fell in", "fell on", "fell by 10%". */
const NOT_A_FALL = /^(?:in|on|onto|into|near|inside|by|below|short|silent|sharply|from|off|apart|ill|asleep|behind)$/;

/** Whether the predicate at `k` stands in a condition of its clause: "If the regime takes Handarat". */
function conditional(tokens: readonly Token[], a: number, k: number): boolean {
  for (let j = k - 1; j >= a; j--) {
    const t = tokens[j]!.lower;
    if (t === ',' || t === ';') return false;
    if (t === 'if' || t === 'unless') return true;
  }
  return false;
}

/** "had taken Mirebalais", "took the town of Soran": the object of "take" is a place the claim names. */
function takesPlace(tokens: readonly Token[], k: number, places: readonly string[]): boolean {
  let j = k + 1;
  if (tokens[j]?.lower === 'the' && PLACE_NOUNS.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'of') j += 3;
  const t = tokens[j];
  return t !== undefined && t.pos === 'PROPN' && places.some((p) => p.toLowerCase().startsWith(t.lower) || t.lower.startsWith(p.toLowerCase()));
}

/**
 * The object of "secure" at `k` is a place: one the claim names, or a noun for a place ("most of
 * the district", "the town", "the airport perimeter" is not one).
 */
function securesPlace(tokens: readonly Token[], k: number, b: number, places: readonly string[]): boolean {
  if (takesPlace(tokens, k, places)) return true;
  let j = k + 1;
  if (/^(?:most|much|part|parts|all|control)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'of') j += 2;
  if (/^(?:the|a)$/.test(tokens[j]?.lower ?? '')) j++;
  return j < b && PLACE_NOUNS.test(tokens[j]!.lower);
}

/** "took it from government forces", "had taken the Al-Kassara area from": "from" after the object, in the clause. */
function takenFrom(tokens: readonly Token[], k: number): boolean {
  if (NOT_TAKEN.test(tokens[k + 1]?.lower ?? '') || NOT_TAKEN.test(tokens[k + 2]?.lower ?? '')) return false;
  for (let n = k + 1; n < Math.min(tokens.length, k + 1 + TAKEN_FROM_REACH); n++) {
    const t = tokens[n]!;
    if (t.lower === 'from') return true;
    if (t.pos === 'PUNCT' && t.text !== '-' || t.pos === 'VERB') return false;
  }
  return false;
}

/**
 * The event frame of tokens `[a, b)`, or undefined when no predicate is found. `speaker` is the
 * side of the claim's source: it stands for "we" ("we restored all the points").
 * @example
 * readEvent(tokens, 0, tokens.length, lex, 'government', ['Jobar'])?.kind; // 'repel' for "government forces repelled the attack"
 */
export function readEvent(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon, speaker: Side, places: readonly string[]): ClaimEvent | undefined {
  let best: { k: number; end: number; kind: EventKind; rank: number } | undefined;
  for (let k = a; k < b; k++) {
    // "took it from government forces", "took the town from": a capture
    if (tokens[k]!.lemma === 'take' && (takenFrom(tokens, k) || takesPlace(tokens, k, places)) && !conditional(tokens, a, k) && (!best || best.rank < PRIORITY.capture)) {
      best = { k, end: k + 1, kind: 'capture', rank: PRIORITY.capture - (inRelativeClause(tokens, a, k) ? 10 : 0) };
      continue;
    }
    // "troops had secured most of the district", "secured the town of X": a place secured is taken
    // (not "secured the release of hostages", "secured a deal")
    if (tokens[k]!.lemma === 'secure' && securesPlace(tokens, k, b, places) && !conditional(tokens, a, k) && (!best || best.rank < PRIORITY.capture)) {
      best = { k, end: k + 1, kind: 'capture', rank: PRIORITY.capture - (inRelativeClause(tokens, a, k) ? 10 : 0) };
      continue;
    }
    const list = predicatesOf(tokens[k]!, lex);
    if (!list) continue;
    // ("the fleeing terrorists", "an advancing column": a participle between a determiner and its noun describes, it tells no event)
    if (tokens[k]!.lower.endsWith('ing') && tokens[k - 1]?.pos === 'DET' && tokens[k + 1]?.pos === 'NOUN') continue;
    for (const p of list) {
      const words = p.words;
      let ok = true;
      let at = k;
      for (let n = 1; n < words.length; n++) {
        at++;
        // "beat back", "pushed them back": an adjective or an object pronoun inside the phrase
        if ((tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'PRON' && n === words.length - 1) && tokens[at + 1]?.lemma === words[n]) at++;
        // ("drove Haftar's troops out of the airport": a whole noun phrase before a particle "out of")
        else if (p.kind === 'capture' && words[n] === 'out' && n === words.length - 1 && tokens[at]?.lemma !== 'out') {
          let j = at;
          while (j < b && j - at < 8 && (NOUN_PHRASE.has(tokens[j]!.pos) || /^['\u2019]s$/.test(tokens[j]!.text))) j++;
          if (j > at && tokens[j]?.lower === 'out' && tokens[j + 1]?.lower === 'of') at = j;
        }
        if (tokens[at]?.lemma !== words[n]) { ok = false; break; }
      }
      if (!ok) continue;
      // "pulled out the bodies", "pulled back the curtain": a withdrawal of something other than forces is none
      if (p.kind === 'withdraw' && words.length > 1 && objectIsNotForces(tokens, at + 1, b)) continue;
      // "seized weapons", "a large quantity of weapons seized": goods are taken, not a place
      if (p.kind === 'capture' && seizesGoods(tokens, k, at + 1, a, b)) continue;
      // ("a shell fell in al-Masharqeh", "prices fell by half": a fall that is no town's falling)
      if (words.length === 1 && words[0] === 'fall' && NOT_A_FALL.test(tokens[at + 1]?.lower ?? '')) continue;
      // ("peace has been restored", "restored electricity": no place regained)
      if (p.kind === 'regain' && tokens[k]!.lemma === 'restore' && restoresState(tokens, k, at + 1, a, b)) continue;
      // "control" and "hold" count only as a status ("still hold", "remain in control"), not in a relative clause
      if (p.kind === 'hold' && !/^(?:still|remain|remains|remained|firmly)$/.test(tokens[k - 1]?.lower ?? '')) break;
      // a predicate in a relative clause ("the district where rebels had gained ground") tells the
      // background; it is the event only if the main clause has none
      // ("If the regime takes Handarat, ...": a condition is no event)
      const intended = tokens[k - 1]?.lower === 'to' || conditional(tokens, a, k);
      const rank = PRIORITY[p.kind] - (inRelativeClause(tokens, a, k) ? 10 : 0) - (intended ? 10 : 0);
      if (!best || rank > best.rank) best = { k, end: at + 1, kind: p.kind, rank };
      break;
    }
  }
  const contested = containsPhrase(tokens, a, b, CONTESTED_PHRASES);
  const held = contested ? -1 : findPhrase(tokens, a, b, HELD_PHRASES);
  if (held >= 0 && (!best || best.rank < PRIORITY.capture)) {
    const holder = holderNear(tokens, a, held, b, lex, speaker);
    // ("Macomia was never in the hands of the terrorists": no hold; "no longer under their control": a loss)
    if (isNegated(tokens, held, a)) {
      const lost = tokens[held - 1]?.lower === 'longer';
      return { kind: 'not-hold', places: [...places], ...(lost ? { status: 'lost' as const } : {}), ...(holder ? { agent: holder } : {}), trigger: tokens[held]!.text };
    }
    return { kind: 'hold', places: [...places], status: 'held', ...(holder ? { agent: holder } : {}), trigger: tokens[held]!.text };
  }
  if (!best && !contested) return undefined;
  const kind: string = best?.kind ?? 'clash';
  // ("The so-called capture of Badme is a propaganda stunt": what the speaker calls so-called did not happen)
  const negated = best !== undefined && (isNegated(tokens, best.k, a) || falsified(tokens, a, best.k, b) || soCalled(tokens, a, best.k));
  // ("the enemy tried to storm the village and was pushed back": a repulsion with no agent, in a
  // side's own words, is that side's)
  const agent = best ? agentOf(tokens, a, best.k, b, lex, speaker) ?? (best.kind === 'repel' && isPassiveAt(tokens, a, best.k) ? ownSide(speaker) : undefined) : undefined;
  // "repelled a Russian attack": whose attack was repelled
  // ("the army's troops reached the town, but we pushed them back": "them" is the side named before)
  const patient = best?.kind === 'repel' ? attackerAfter(tokens, best.end, b, lex) ?? attackerBefore(tokens, a, best.k, best.end, lex) : undefined;
  // "trying to capture the city", "in a bid to retake", "If the regime takes Handarat", "the
  // importance of capturing Leramun": an aim, a condition or a gerund named as a thing changes no control
  // (nor a movement told in a relative clause, "the village which regime forces entered on Tuesday":
  // background to what the claim tells)
  const unreal = best !== undefined && (tokens[best.k - 1]?.lower === 'to' || conditional(tokens, a, best.k)
    || tokens[best.k - 1]?.lower === 'of' && tokens[best.k]!.lower.endsWith('ing')
    || best.kind === 'advance' && inRelativeClause(tokens, a, best.k));
  // ("captured an Israeli soldier", "any soldier had been captured": people taken, no place)
  const captive = best?.kind === 'capture' && takesPeople(tokens, a, best.k, best.end, b);
  let status = best && !unreal && !captive ? STATUS[best.kind] : undefined;
  if ((best?.kind === 'capture' || best?.kind === 'regain') && !captive && !unreal && partialObject(tokens, best.end, b)) status = 'partial';
  // ("we have not abandoned Mirebalais", "had not lost control of the town": a side that did not
  // leave a place still holds it)
  if (negated) status = best!.kind === 'advance' || best!.kind === 'capture' ? 'stalled' : best!.kind === 'withdraw' ? 'held' : undefined;
  if (contested) status = 'contested';
  return {
    kind: negated ? `not-${kind}` : kind,
    places: [...places],
    ...(agent ? { agent } : {}),
    ...(patient ? { patient } : {}),
    ...(status ? { status } : {}),
    ...(best ? { trigger: tokens.slice(best.k, best.end).map((t) => t.text).join(' ') } : {}),
  };
}

/** Tags of the words of a noun phrase (an object between a verb and its particle). */
const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/** The participles of "X-held", "X-controlled", "X-run" before a place noun. */
const HELD_BY: ReadonlySet<string> = new Set(['held', 'controlled', 'run', 'occupied', 'besieged']);

const WHOLE_PLACE = /^(?:control|town|towns|city|cities|village|villages|settlement|settlements|hamlet|district|districts|neighbourhood|neighbourhoods|neighborhood|neighborhoods|suburb|suburbs|province|region|area|hill|entire|whole|all|full)$/;

/** The object of a capture is something in a place ("buildings in Kobane", "parts of Damascus"), not the place. */
function partialObject(tokens: readonly Token[], k: number, b: number): boolean {
  // "the al Shabaab-held town of X", "the government-held village": who held it is no part of the place
  for (let j = k; j < Math.min(b, k + 5); j++) if (tokens[j]!.text === '-' && HELD_BY.has(tokens[j + 1]?.lower ?? '')) { k = j + 2; break; }
  for (let j = k; j < Math.min(b, k + 8); j++) {
    const t = tokens[j]!;
    if (t.pos === 'PROPN' || t.pos === 'PRON') return false;
    // "al-Qaryatain": the article of a name
    if (ARABIC_ARTICLE.test(t.text) && tokens[j + 1]?.text === '-') return false;
    if (t.pos === 'NOUN' && !WHOLE_PLACE.test(t.lower)) return true;
  }
  return false;
}

/** The attacking side named in the object of "repelled": "a Russian attack", "an attack by rebels". */
function attackerAfter(tokens: readonly Token[], k: number, b: number, lex: CompiledLexicon): string | undefined {
  for (let j = k; j < Math.min(b, k + 6); j++) {
    const side = sideAt(tokens, j, Math.min(b, j + 4), lex);
    if (side) return side;
    // "repelled Ukrainian attacks", "several Russian assaults": a country's attack is by its forces
    const country = lex.demonyms.get(tokens[j]!.lower);
    if (country && ATTACK_NOUNS.test(tokens[j + 1]?.lower ?? '')) return country.name;
    if (tokens[j]!.text === ',' || tokens[j]!.pos === 'VERB') break;
  }
  return undefined;
}

/** Nouns of an attack that a country's adjective makes the country's ("a Russian assault"). */
const ATTACK_NOUNS = /^(?:attacks?|assaults?|offensives?|advances?|raids?|pushes|push|incursions?|counteroffensives?|counter-offensives?)$/;

/**
 * The predicates headed by a token: by its lemma, else by a base guessed from "-ing" or "-s"
 * ("striking" -> strike, "shelling" -> shell, "airstrikes" -> airstrike), where wink-nlp's
 * lemmatiser leaves the form as it is.
 */
function predicatesOf(t: Token, lex: CompiledLexicon): readonly EventPredicate[] | undefined {
  const direct = lex.predicates.get(t.lemma);
  if (direct || t.lemma !== t.lower) return direct;
  const w = t.lower;
  const get = (base: string): readonly EventPredicate[] | undefined => lex.predicates.get(base);
  if (w.endsWith('ing')) return get(w.slice(0, -3)) ?? get(`${w.slice(0, -3)}e`) ?? get(w.slice(0, -4));
  if (w.endsWith('ed')) return get(w.slice(0, -2)) ?? get(w.slice(0, -1)) ?? get(w.slice(0, -3));
  // "had retaken", "was overtaken": a participle in "-en" the lemmatiser leaves as it is
  if (w.endsWith('en')) return get(w.slice(0, -1)) ?? get(w.slice(0, -2));
  return w.endsWith('s') ? get(w.slice(0, -1)) : undefined;
}

/** Whether token `k` stands in a relative clause: a relative word since the last comma. */
function inRelativeClause(tokens: readonly Token[], a: number, k: number): boolean {
  for (let j = k - 1; j >= a; j--) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === ';') return false;
    if (/^(?:where|which|who|whom|whose)$/.test(t.lower)) return true;
  }
  return false;
}

function containsPhrase(tokens: readonly Token[], a: number, b: number, phrases: readonly (readonly string[])[]): boolean {
  return findPhrase(tokens, a, b, phrases) >= 0;
}

const byFirstWord = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]>>();

/** Where the first of `phrases` starts in tokens `[a, b)`, or -1. Phrases are indexed by their first word. */
function findPhrase(tokens: readonly Token[], a: number, b: number, phrases: readonly (readonly string[])[]): number {
  let index = byFirstWord.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) index.set(p[0]!, [...(index.get(p[0]!) ?? []), p]);
    byFirstWord.set(phrases, index);
  }
  for (let k = a; k < b; k++) {
    const candidates = index.get(tokens[k]!.lower);
    if (candidates?.some((p) => p.every((w, n) => tokens[k + n]?.lower === w))) return k;
  }
  return -1;
}

/**
 * The event of a blame, whose content opens with who is blamed: "blamed the CPC for the attack on
 * its troops" (an attack by the CPC's side), "blamed RSF artillery positioned to the east of the
 * town" (an attack, by the RSF's side, of the harm told before), "accused the government of
 * killing five members of one family".
 * @example
 * readBlame(tokens, a, b, lex, 'unknown', [])?.agent; // 'opposition' for "RSF artillery positioned east of the town"
 */
export function readBlame(tokens: readonly Token[], a: number, b: number, lex: CompiledLexicon, speaker: Side, places: readonly string[]): ClaimEvent | undefined {
  const read = readEvent(tokens, a, b, lex, speaker, places);
  if (read?.agent && HARM_EVENTS.has(read.kind)) return read;
  let j = a;
  while (j < b && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j++;
  // ("accused Thailand of bombing civilian homes": a country blamed by its name acts as a state)
  const of = tokens.slice(a, b).findIndex((t) => t.lower === 'of' || t.lower === 'for');
  const blamed = sideAt(tokens, a, Math.min(b, j + 6), lex) ?? (of > 0 ? countryNamed(tokens, a, a + of, lex) : undefined);
  if (!blamed) return read;
  if (read && HARM_EVENTS.has(read.kind)) return { ...read, agent: blamed };
  // "regime artillery was responsible for the deaths": harm named by a noun after "responsible for"
  const responsible = responsibleAt(tokens, a, b);
  if (responsible >= 0) {
    return !isNegated(tokens, responsible, a) && tokens.slice(responsible + 2, b).some((t) => HARM_NOUNS.has(t.lower))
      ? { kind: 'attack', places: [...places], agent: blamed } : read;
  }
  // a blame with no harm of its own is of the harm told before it, unless it tells of something
  // else ("accused the government of trying to smear the revolution", "blamed the government for
  // the power cuts")
  if (read || tokens.slice(a, b).some((t) => t.pos === 'AUX' || t.lower.endsWith('ing'))) return read;
  const cause = tokens.slice(a, b).findIndex((t) => t.lower === 'for');
  if (cause >= 0 && !tokens.slice(a + cause + 1, b).some((t) => HARM_NOUNS.has(t.lower))) return read;
  return { kind: 'attack', places: [...places], agent: blamed };
}

/** Nouns of harm a side is said to be responsible for: "responsible for the deaths". */
const HARM_NOUNS: ReadonlySet<string> = new Set(['death', 'deaths', 'killing', 'killings', 'attack', 'attacks', 'blast', 'blasts', 'explosion',
  'explosions', 'bombing', 'bombings', 'shelling', 'strike', 'strikes', 'massacre', 'massacres', 'casualties', 'carnage', 'destruction', 'damage']);

/**
 * Where a clause says someone is "responsible for" or "to blame for" something (the index of
 * "responsible" or "blame"), or -1.
 * @example
 * responsibleAt(tokens, a, b); // 3 for "regime artillery was responsible for the deaths"
 */
export function responsibleAt(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k + 1]!.lower !== 'for') continue;
    if (tokens[k]!.lower === 'responsible' || tokens[k]!.lower === 'blame' && tokens[k - 1]!.lower === 'to') return k;
  }
  return -1;
}

/** Who holds the place: named after the phrase ("in the hands of the Army of Islam", "under army control"), else the subject. */
function holderNear(tokens: readonly Token[], a: number, k: number, b: number, lex: CompiledLexicon, speaker: Side): string | undefined {
  // ("under the full control of the army": "under" may stand before the phrase found)
  const named = tokens.slice(Math.max(a, k - 2), k + 4).map((t) => t.lower).join(' ');
  // "Saraqeb was under their control", in the rebels' words: the speaker's own side
  if (/\bunder (?:their|its|our)\b/.test(named)) return ownSide(speaker);
  // "Rebels still control X", "Government forces have full control of X": the holder is the subject
  if (!/\b(?:hands|under|by)\b/.test(named)) return agentOf(tokens, a, k, b, lex, speaker);
  for (let j = k; j < Math.min(b, k + 8); j++) {
    const side = sideAt(tokens, j, Math.min(b, j + 5), lex);
    if (side) return side;
  }
  return agentOf(tokens, a, k, b, lex, speaker);
}

/** When the repulsion's object is a pronoun ("pushed them back"), the first side named before it in the content. */
function attackerBefore(tokens: readonly Token[], a: number, k: number, end: number, lex: CompiledLexicon): string | undefined {
  if (!tokens.slice(k, end).some((t) => t.lower === 'them' || t.lower === 'it')) return undefined;
  for (let j = a; j < k; j++) {
    const side = sideAt(tokens, j, k, lex);
    if (side) return side;
  }
  return undefined;
}

/** Nouns for what someone claimed, which a clause may call false. */
const CLAIM_NOUNS = /^(?:claims?|reports?|allegations?|accusations?|statements?|assertions?)$/;
/** What calls a claim untrue: "is false", "are lies", "was baseless". */
const FALSITY = /^(?:false|untrue|baseless|unfounded|groundless|fabricated|fake|lies|lie|nonsense|propaganda|fiction)$/;

/**
 * "The claim of the capture of Panjshir is false", "Reports that rebels took the town are lies": an
 * event named inside a claim that the clause calls untrue did not happen.
 */
function falsified(tokens: readonly Token[], a: number, k: number, b: number): boolean {
  const words = tokens.slice(a, Math.min(b, a + 24)).map((t) => t.lower);
  const copula = callsClaimFalse(words);
  return copula > k - a;
}

/**
 * Where a clause that calls a claim untrue has its verb ("The Indian claim that only camps were hit
 * is a blatant lie": the index of "is"), or -1: a claim noun among its first words, then "is",
 * "are", "was" or "were" and a word of falsity.
 * @example
 * callsClaimFalse('the claim of the capture of panjshir is false'.split(' ')); // 7
 */
export function callsClaimFalse(words: readonly string[]): number {
  let j = 0;
  while (j < words.length && j < 3 && !CLAIM_NOUNS.test(words[j]!)) j++;
  if (j >= words.length || !CLAIM_NOUNS.test(words[j]!)) return -1;
  for (let n = j + 1; n < words.length && n < j + 20; n++) {
    if (!/^(?:is|are|was|were)$/.test(words[n]!)) continue;
    let m = n + 1;
    if (/^(?:a|an|pure|completely|totally|simply|utterly|all)$/.test(words[m] ?? '')) m++;
    if (/^(?:blatant|outright|pure|total)$/.test(words[m] ?? '')) m++;
    // (the claim's own verb may come first: "the claim that camps were hit is a lie")
    if (FALSITY.test(words[m] ?? '')) return n;
  }
  return -1;
}

/** Whether the predicate noun at `k` is called "so-called" ("the so-called capture of Badme"): the speaker disputes it. */
function soCalled(tokens: readonly Token[], a: number, k: number): boolean {
  const before = tokens.slice(Math.max(a, k - 3), k).map((t) => t.lower).join(' ');
  return /\bso ?-? ?called$/.test(before);
}

function isNegated(tokens: readonly Token[], k: number, a: number): boolean {
  for (let j = k - 1; j >= Math.max(a, k - 3); j--) if (NEGATORS.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * The side a speaker stands for: its alignment in the conflict where it has one ("government",
 * "opposition"), else the country it speaks for ("Ukraine"), else "unknown".
 * @example
 * const side: Side = 'Ukraine';
 */
export type Side = string;

/** "we", "our", "its forces" in a speaker's words: the speaker's own side, where it is known. */
function ownSide(speaker: Side): string | undefined {
  return speaker === 'unknown' || speaker === 'independent' ? undefined : speaker;
}

/** Whether the predicate at `k` is passive: "was pushed back", "were repelled", "has been retaken". */
function isPassiveAt(tokens: readonly Token[], a: number, k: number): boolean {
  let before = k - 1;
  while (before > a && tokens[before]!.pos === 'ADV') before--;
  if (/^(?:was|were|been|be|is|are|being)$/.test(tokens[before]?.lower ?? '')) return true;
  // ("90 soldiers had been killed and the post overrun": the auxiliary left out after "and")
  return before - 2 >= a && tokens[before]!.pos === 'NOUN' && tokens[before - 1]!.pos === 'DET' && tokens[before - 2]!.lower === 'and'
    && tokens.slice(a, before - 2).some((t) => t.lower === 'been' || t.lower === 'were' || t.lower === 'was');
}

/** The side that acts: "by rebels" after a passive, else the nearest side term before the predicate. */
function agentOf(tokens: readonly Token[], a: number, k: number, b: number, lex: CompiledLexicon, speaker: Side): string | undefined {
  if (isPassiveAt(tokens, a, k) || tokens[k + 1]?.lower === 'by') return agentBy(tokens, k, b, lex, PASSIVE_BY_REACH);
  // the subject of the clause first: "Fighters from Faylaq al-Sham ... broke through army lines and
  // regained"; the clause is the predicate's own after ", but" or ", and" with a subject of its own
  // ("The junta's troops reached the town, but we pushed them back": we)
  // (or after "before", "after", "until" and a subject of its own: "gunmen had briefly entered the
  // town before police pushed them back": police)
  for (let j = k - 1; j > a; j--) {
    const opensSubject = tokens[j + 1]?.pos === 'PRON' || tokens[j + 1]?.pos === 'DET' || tokens[j + 1]?.pos === 'PROPN' || tokens[j + 1]?.pos === 'NOUN';
    if (tokens[j]!.pos === 'CCONJ' && (tokens[j - 1]!.text === ',' || tokens[j - 1]!.text === ';') && opensSubject) { a = j + 1; break; }
    if (TIME_CLAUSE.test(tokens[j]!.lower) && opensSubject && !tokens.slice(j + 1, k).some((t) => t.pos === 'VERB' || t.pos === 'ADP')) { a = j + 1; break; }
  }
  let verb = a;
  while (verb < k && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb++;
  // ("Russian strikes on the port": a predicate that is a noun ends the phrase that names its side)
  const subjectEnd = verb === k && tokens[k]!.pos === 'NOUN' ? k + 1 : verb;
  for (let j = a; j < verb; j++) {
    if (isOwnPronoun(tokens[j]!)) return ownSide(speaker);
    const side = sideAt(tokens, j, subjectEnd, lex);
    if (side) return side;
  }
  // ("Cambodia had targeted civilians", "Sri Lanka shelled the hospital": a country named as the
  // subject right before its verb acts as a state)
  const subject = countryNamed(tokens, a, verb, lex);
  if (subject && verb < b && (tokens[verb]!.pos === 'AUX' || tokens[verb]!.pos === 'VERB')) return subject;
  for (let j = k - 1; j >= a; j--) {
    const t = tokens[j]!;
    // "we restored", "it still holds", "his fighters advanced": in reported speech the speaker's own side
    if (isOwnPronoun(t)) return ownSide(speaker);
    if (!sideAt(tokens, j, k, lex)) continue;
    // the whole noun phrase decides: "Russian troops" before "troops"
    let start = j;
    while (start - 1 >= a && (tokens[start - 1]!.pos === 'ADJ' || tokens[start - 1]!.pos === 'PROPN' || tokens[start - 1]!.pos === 'NOUN' || /^['\u2019]s$/.test(tokens[start - 1]!.text))) start--;
    for (let s = start; s <= j; s++) {
      const side = sideAt(tokens, s, k, lex);
      if (side) return side;
    }
  }
  // "the shells had been fired by navy ships": a subject with no side, acted on by the side named later
  return agentBy(tokens, k, b, lex, 0);
}

/** "we", "its", "their": a pronoun for the speaker's own side ("US" in capitals is the country, not "us"). */
const isOwnPronoun = (t: Token): boolean => /^(?:we|our|us|it|its|they|their|his|her)$/.test(t.lower) && t.text !== 'US';

/** The country named by all the words of `[a, end)` ("Cambodia", "Sri Lanka"), if they name one. */
function countryNamed(tokens: readonly Token[], a: number, end: number, lex: CompiledLexicon): string | undefined {
  let j = a;
  while (j < end && tokens[j]!.pos === 'DET') j++;
  if (j >= end || end - j > 3 || tokens[j]!.pos !== 'PROPN') return undefined;
  const place = lex.places.map.get(tokens.slice(j, end).map((t) => t.lower).join(' '));
  return place?.kind === 'country' ? place.name : undefined;
}

/** Subordinators of time that open a clause with its own subject. */
const TIME_CLAUSE = /^(?:before|after|until|till|when|once)$/;

/** How far after a passive predicate its "by" may stand: "was pushed back on Monday by rebels". */
const PASSIVE_BY_REACH = 3;
/** How far into a clause a participle's "by" is looked for. */
const BY_CLAUSE_REACH = 14;

/**
 * The side named after "by" in the clause of the predicate at `k`: the first "by" within `reach`
 * tokens of it, or one after a participle further on ("was hit by an anti-tank missile fired by
 * Hezbollah fighters": Hezbollah's); the first of them that names a side.
 */
function agentBy(tokens: readonly Token[], k: number, b: number, lex: CompiledLexicon, reach: number): string | undefined {
  for (let j = k + 1; j < Math.min(b, k + 1 + BY_CLAUSE_REACH); j++) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ',' && j > k + reach) return undefined;
    if (t.lower !== 'by' || !(j <= k + reach || tokens[j - 1]!.pos === 'VERB')) continue;
    const side = sideAt(tokens, j + 1, Math.min(b, j + 6), lex);
    if (side) return side;
  }
  return undefined;
}

const FORCES = /^(?:forces|troops|army|military|soldiers|units|jets|warplanes|aircraft|drones?|artillery|navy|fighters|attacks?|assault|offensive|counteroffensive|counter-offensive|strikes?|missiles?|rockets?|shelling|shells|tanks?|warships|ships|gunboats|helicopters|planes|defen[cs]es?)$/;

/**
 * The side named at token `j`: a side term ("regime forces", "rebels"), a country's forces
 * ("Russian forces", "Ukraine's army"), or a known organisation with a side.
 */
function sideAt(tokens: readonly Token[], j: number, end: number, lex: CompiledLexicon): string | undefined {
  while (j < end && tokens[j]!.pos === 'DET') j++;
  // most words start no side, no country and no organisation: say so before building word lists
  const first = tokens[j];
  if (!first || j >= end) return undefined;
  const space = first.key.indexOf(' ');
  const firstKeyWord = space < 0 ? first.key : first.key.slice(0, space);
  if (!lex.sides.trie.has(first.lower) && !lex.actors.trie.has(firstKeyWord) && !lex.demonyms.has(first.lower) && lex.places.map.get(first.key)?.kind !== 'country') return undefined;
  // no entry is longer than its index's longest: read no further
  end = Math.min(end, j + Math.max(lex.sides.maxWords, lex.actors.maxWords, 4));
  const words = tokens.slice(j, end).map((t) => t.lower);
  const country = lex.demonyms.get(words[0] ?? '') ?? (lex.places.map.get(tokens[j]?.key ?? '')?.kind === 'country' && /^['\u2019]s$/.test(tokens[j + 1]?.text ?? '') ? lex.countries.get(lex.places.map.get(tokens[j]!.key)!.name) : undefined);
  if (country && words.slice(1, 4).some((w) => FORCES.test(w))) return country.name;
  // a named organisation over a generic word it contains: "the Army of Islam" is no "army"
  const m = longestMatch(lex.sides, words, 0);
  const actor = longestMatch(lex.actors, tokens.slice(j, end).flatMap((t) => (t.key ? t.key.split(' ') : [])), 0);
  const al = actor?.value.entity?.alignment;
  if (actor && (!m || actor.length > m.length) && (al === 'government' || al === 'opposition')) return al;
  return m?.value;
}
