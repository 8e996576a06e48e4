/**
 * Event predicates, control-status phrases and side terms for the comparison.
 *
 * Where it comes from: the event types of ACLED ("battles", "non-state actor overtakes territory",
 * "government regains territory", "shelling/artillery/missile attack") and UCDP GED, and the verbs
 * that wire reports use for them. The status lattice follows ACLED's territorial-change
 * sub-events: a place is captured, regained, held, contested or lost.
 * @module
 */
import type { Alignment } from './types.js';

/**
 * Event kinds that the comparison reasons about.
 * @example
 * const kind: EventKind = 'repel';
 */
export type EventKind =
  | 'capture' | 'regain' | 'repel' | 'advance' | 'withdraw' | 'attack' | 'clash' | 'shell' | 'kill'
  | 'wound' | 'reinforce' | 'hold' | 'deny';

/**
 * A predicate: one lemma, or a lemma followed by a particle or object ("take control", "beat back").
 * @example
 * const p: EventPredicate = { words: ['take', 'control'], kind: 'capture' };
 */
export interface EventPredicate {
  /** wink-nlp lemmas, in order; the first is the head. */
  readonly words: readonly string[];
  readonly kind: EventKind;
}

const p = (phrase: string, kind: EventKind): EventPredicate => ({ words: phrase.split(' '), kind });

/**
 * Default event predicates. Multi-word ones are tried before single words.
 * @example
 * EVENT_PREDICATES.find((x) => x.words[0] === 'repel')?.kind; // 'repel'
 */
export const EVENT_PREDICATES: readonly EventPredicate[] = Object.freeze([
  p('capture', 'capture'), p('seize', 'capture'), p('overrun', 'capture'), p('take control', 'capture'),
  p('take over', 'capture'), p('fall to', 'capture'), p('fall', 'capture'), p('conquer', 'capture'), p('occupy', 'capture'),
  p('regain', 'regain'), p('retake', 'regain'), p('recapture', 'regain'), p('restore', 'regain'),
  p('reclaim', 'regain'), p('win back', 'regain'), p('liberate', 'regain'),
  // irregular past forms that wink-nlp's lemmatiser leaves as they are
  p('retook', 'regain'), p('overran', 'capture'), p('took control', 'capture'), p('took over', 'capture'), p('beat back', 'repel'),
  p('repel', 'repel'), p('repulse', 'repel'), p('foil', 'repel'), p('thwart', 'repel'), p('beat back', 'repel'),
  p('fend off', 'repel'), p('push back', 'repel'), p('drive back', 'repel'), p('abort', 'repel'),
  // "drove Haftar's troops out of the airport", "pushed the militias out of the town centre": the
  // place the enemy is driven out of is taken (the object stands between the verb and "out")
  p('drive out', 'capture'), p('push out', 'capture'), p('chase out', 'capture'), p('force out', 'capture'), p('kick out', 'capture'),
  p('advance', 'advance'), p('progress', 'advance'), p('gain', 'advance'), p('make gains', 'advance'),
  p('push into', 'advance'), p('break through', 'advance'),
  // forces that go into a place advance on it ("Russian tanks rolled into Gori", "its troops had entered the town")
  p('enter', 'advance'), p('roll into', 'advance'), p('move into', 'advance'),
  p('withdraw', 'withdraw'), p('retreat', 'withdraw'), p('pull out', 'withdraw'), p('pull back', 'withdraw'), p('flee', 'withdraw'),
  p('lose control', 'withdraw'), p('abandon', 'withdraw'),
  p('attack', 'attack'), p('assault', 'attack'), p('offensive', 'attack'), p('storm', 'attack'), p('target', 'attack'),
  p('launch', 'attack'), p('raid', 'attack'),
  p('clash', 'clash'), p('battle', 'clash'), p('fighting', 'clash'), p('fight', 'clash'),
  p('shell', 'shell'), p('shelling', 'shell'), p('bomb', 'shell'), p('bombard', 'shell'), p('bombardment', 'shell'),
  p('pound', 'shell'), p('airstrike', 'shell'), p('strike', 'shell'),
  // fire aimed at something, and a strike told by what it did to its target ("the watchtower was
  // hit by a missile"; ACLED's "shelling/artillery/missile attack")
  p('fire at', 'shell'), p('fire on', 'shell'), p('fire into', 'shell'), p('fire', 'shell'), p('hit', 'shell'), p('open fire', 'attack'),
  // destruction of what an enemy holds (ACLED's "destruction of property" and its aircraft "shot down")
  p('destroy', 'attack'), p('shoot down', 'attack'), p('shot down', 'attack'), p('burn', 'attack'), p('set fire', 'attack'),
  p('kill', 'kill'), p('wound', 'wound'), p('injure', 'wound'),
  p('reinforce', 'reinforce'), p('reinforcement', 'reinforce'),
  p('hold', 'hold'), p('control', 'hold'),
  p('deny', 'deny'),
].map((x) => Object.freeze(x)));

/**
 * Phrases (lower-case word sequences) that say control of a place is undecided or still fought
 * over: they give the status "contested".
 * @example
 * CONTESTED_PHRASES.some((w) => w.join(' ') === 'not yet decided'); // true
 */
export const CONTESTED_PHRASES: readonly (readonly string[])[] = Object.freeze([
  'not yet decided', 'not decided', 'not been decided', 'undecided', 'not yet settled', 'not been settled', 'still contested',
  'remains contested', 'remain contested', 'still being fought', 'fighting continues', 'fighting is continuing',
  'fighting was continuing', 'fighting was still going on', 'still fighting', 'still battling', 'battle continues', 'battles continue', 'clashes continue',
  'clashes are continuing', 'clashes were continuing', 'not yet clear', 'unclear who controls', 'no side has', 'neither side',
].map((s) => Object.freeze(s.split(' '))));

/**
 * Phrases that say a side still holds a place ("still in the hands of", "remains under army
 * control", "has not fallen"): the status "held". The holder is named after "of" or "by", or
 * before "control".
 * @example
 * HELD_PHRASES.some((w) => w.join(' ') === 'in the hands of'); // true
 */
export const HELD_PHRASES: readonly (readonly string[])[] = Object.freeze([
  'in the hands of', 'under the control of', 'in control of', 'not fallen', 'still held by', 'remains held by',
  'still holds', 'still hold', 'still controls', 'still control', 'remain under', 'remains under', 'remained under',
  'still under', 'in government hands', 'in rebel hands', 'in army hands', 'held by the', 'full control of',
  'complete control of', 'total control of', 'have control of', 'has control of',
  'under their control', 'under its control', 'under our control', 'under their full control', 'under its full control', 'under our full control',
].map((s) => Object.freeze(s.split(' '))));

/**
 * Words that name one side of the war when they are the agent of an event ("rebels captured").
 * Multi-word terms are lower-case word sequences.
 * @example
 * SIDE_TERMS['regime forces']; // 'government'
 */
export const SIDE_TERMS: Readonly<Record<string, Exclude<Alignment, 'independent' | 'unknown'>>> = Object.freeze({
  'government forces': 'government', 'regime forces': 'government', 'government troops': 'government',
  'regime troops': 'government', 'pro-government forces': 'government', 'army': 'government', 'military': 'government',
  'troops': 'government', 'soldiers': 'government', 'the regime': 'government', 'regime': 'government',
  'government jets': 'government', 'warplanes': 'government', 'loyalists': 'government', 'government': 'government',
  'rebels': 'opposition', 'rebel': 'opposition', 'insurgents': 'opposition', 'insurgent': 'opposition',
  'militants': 'opposition', 'militant': 'opposition', 'jihadists': 'opposition', 'jihadist': 'opposition', 'jihadist fighters': 'opposition', 'opposition': 'opposition',
  'opposition fighters': 'opposition', 'opposition factions': 'opposition', 'rebel groups': 'opposition',
  'insurgent groups': 'opposition', 'rebel fighters': 'opposition', 'extremists': 'opposition', 'terrorists': 'opposition',
  'armed groups': 'opposition',
  // a state's security forces and police fight on its side ("the police have not abandoned Mirebalais")
  'security forces': 'government',
  'police': 'government', 'police officers': 'government', 'policemen': 'government',
  // a state's forces by their formal names ("totally under the control of the defense forces"), and
  // separatists, who fight a state
  'armed forces': 'government', 'defence forces': 'government', 'defense forces': 'government',
  'separatists': 'opposition', 'separatist fighters': 'opposition', 'separatist forces': 'opposition',
  // a state's navy and air force; gangs and unnamed gunmen, who fight the state (ACLED's "political
  // militias" and "unidentified armed groups" are non-state actors)
  'navy': 'government', 'air force': 'government',
  'gangs': 'opposition', 'gang members': 'opposition', 'gangsters': 'opposition', 'gunmen': 'opposition',
});

/**
 * What is seized without taking a place ("seized weapons and ammunition", "a large quantity of
 * weapons seized", "captured two tanks"): a capture of these is no change of control. From wire
 * copy on raids and battles (ACLED's "looting/property destruction" is the event there, not
 * territory).
 * @example
 * SEIZED_GOODS.has('weapons'); // true
 */
export const SEIZED_GOODS: ReadonlySet<string> = Object.freeze(new Set([
  'weapon', 'weapons', 'arms', 'ammunition', 'munitions', 'equipment', 'materiel', 'vehicle', 'vehicles', 'tank', 'tanks',
  'rifle', 'rifles', 'gun', 'guns', 'explosives', 'drug', 'drugs', 'cash', 'money', 'documents', 'assets', 'supplies',
  'fuel', 'motorcycles', 'trucks', 'truck', 'drone', 'drones', 'missile', 'missiles', 'rockets', 'shipment', 'cargo', 'ship', 'vessel', 'tanker',
]));

/**
 * What is restored that is no place: "peace has been restored", "restored electricity to the
 * city" (a regain of a state of things, not of territory).
 * @example
 * RESTORED_STATES.has('peace'); // true
 */
export const RESTORED_STATES: ReadonlySet<string> = Object.freeze(new Set([
  'peace', 'calm', 'order', 'security', 'stability', 'normalcy', 'normality', 'power', 'electricity', 'water', 'services',
  'service', 'communications', 'internet', 'access', 'ties', 'relations', 'confidence', 'trust', 'supply', 'supplies',
]));

/**
 * What a side withdraws when a phrasal verb of withdrawal takes an object ("pulled out its troops",
 * "pulled back two brigades"); "pulled out the bodies" is no withdrawal. From wire copy on fronts.
 * @example
 * WITHDRAWN_FORCES.has('troops'); // true
 */
export const WITHDRAWN_FORCES: ReadonlySet<string> = Object.freeze(new Set([
  'troops', 'forces', 'soldiers', 'units', 'fighters', 'personnel', 'staff', 'diplomats', 'men', 'brigade', 'brigades',
  'battalion', 'battalions', 'army', 'militants', 'rebels', 'convoy', 'convoys',
]));

/**
 * Pronouns by which a speaker names its own side ("its drones struck", "under our control", "we
 * took the town"): in reported speech, the speaker's side.
 * @example
 * OWN_SIDE_PRONOUNS.includes('our'); // true
 */
export const OWN_SIDE_PRONOUNS: readonly string[] = Object.freeze(['we', 'our', 'us', 'it', 'its', 'they', 'their']);

/**
 * Events of harm: an attack, a shelling or strike, a killing, a wounding (ACLED's "battles",
 * "explosions/remote violence" and "violence against civilians"), whose doer a blame names.
 * @example
 * HARM_EVENTS.has('shell'); // true
 */
export const HARM_EVENTS: ReadonlySet<string> = Object.freeze(new Set<EventKind>(['attack', 'shell', 'kill', 'wound']));
