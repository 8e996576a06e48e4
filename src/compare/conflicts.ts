/**
 * Conflicts between claims of different sources about the same event, after de Marneffe,
 * Rafferty and Manning (2008): a status of control that cannot hold with another (`control`:
 * captured versus undecided or still held), an outcome that cannot (`outcome`: an attack repelled
 * versus the attackers' gains), counts whose intervals cannot both hold (`count`), and civilian
 * harm that another source rules out (`target`: "killed 18 civilians" versus "hit only military
 * targets"). Claims of
 * the same source, claims about different places, and a sequence over time (lost on Monday,
 * regained on Tuesday) are not conflicts; a hedged claim lowers the confidence.
 * @module
 */
import type { Claim, Conflict, Quantity } from '../types.js';
import { daysBetween } from '../util/calendar.js';
import { isDenial, isUnasserted } from '../claims/index.js';
import { FIGURE_CHANGE_WORDS, FIGURE_DISPUTE_WORDS, FIGURE_NOUNS_DISPUTED, MEMBER_NOUNS } from '../lexicon/quantities.js';
import { HARM_EVENTS, OWN_SIDE_PRONOUNS } from '../lexicon/events.js';
import type { TargetStance } from './targets.js';
import { TARGET_HYPERNYMS, TARGET_WORDS } from '../lexicon/targets.js';

/**
 * A claim with what the comparison needs beside it.
 * @example
 * conflictBetween({ claim, sourceKey: claim.source!.id, when: claim.date, published: '2017-03-22', sourceName: 'SOHR', alignment: 'independent' }, other);
 */
export interface Comparable {
  readonly claim: Claim;
  /** The canonical source id, or `self:<docId>` for the report's own voice. */
  readonly sourceKey: string;
  /** The date the claim is about, else its document's date. */
  readonly when: string | null;
  /** Its document's publication date. */
  readonly published: string | null;
  /** The side of the claim's source. */
  readonly alignment: string;
  /** The place its report is about (named most often), for a claim that names none. */
  readonly setting?: string;
  /** The place of the claim just before it, for a claim that names none. */
  readonly nearby?: string;
  /** The country its source speaks for as a state, where its name says so ("Azerbaijani Defence Ministry"). */
  readonly country?: string;
  /** What the claim says a strike hit, if it says so. */
  readonly target?: TargetStance;
  readonly sourceName: string;
  /**
   * For each of the claim's quantities (by index), the country whose forces it counts, where that
   * is known: "40 Indian soldiers" (India), or "one soldier" in the words of India's army.
   */
  readonly forces?: readonly (string | undefined)[];
  /** The country its report is about, where one is (for the government a harm claim blames). */
  readonly reportCountry?: string;
  /** For civilian harm, the countries whose people it counts among the dead or wounded ("72 Palestinians"). */
  readonly victims?: readonly string[];
}

type Draft = Omit<Conflict, 'id'>;

/** Cues by which a source says it changed its own figure ("raised the toll to 16", "revised the number"). */
const REVISING = /(?:^| )(?:rais|revis|updat|lower|increas)\w*$/i;

const FIGURE_NOUNS = /\b(?:toll|number|figure)\b/i;
/** Whether a claim says its figure changed: "the death toll has risen to 26". */
const figureChanged = (text: string): boolean => FIGURE_NOUNS.test(text) && FIGURE_CHANGE_WORDS.test(text);

/** Words by which a claim says a state goes on ("still held", "remains undecided"). */
const CONTINUING = /\b(?:still|remains?|remained|continu\w*)\b/i;

/**
 * Statuses that say a side holds a place.
 * @example
 * CONTROLLED.has('regained'); // true
 */
export const CONTROLLED: ReadonlySet<string> = new Set(['captured', 'regained', 'held']);

const SUCCESS: Readonly<Record<string, boolean>> = { capture: true, regain: true, advance: true, repel: false, 'not-advance': false, 'not-capture': false };

function overlap(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => b.includes(x));
}

function listPlaces(places: readonly string[]): string {
  return places.length <= 1 ? places[0] ?? '' : `${places.slice(0, -1).join(', ')} and ${places.at(-1)}`;
}

/**
 * Claims the text dates to different days speak of different moments (a sequence). An undated
 * claim speaks of the days around its report: two reports published weeks apart say nothing of
 * each other's undated claims. With no date at all, the time cannot rule a conflict out.
 * @example
 * sameTime(mondayCapture, fridayHold); // false: a sequence
 */
export function sameTime(x: Comparable, y: Comparable): boolean {
  if (x.when === null || y.when === null) return true;
  // a report cannot speak of what happened after it was published: "still held" in Sunday's report
  // and "entered on Monday" in Monday's are a sequence
  if (x.claim.date !== null && y.published !== null && x.claim.date > y.published) return false;
  if (y.claim.date !== null && x.published !== null && y.claim.date > x.published) return false;
  const days = Math.abs(daysBetween(x.when, y.when));
  if (x.claim.date !== null && y.claim.date !== null) {
    // a claim dated by when it was said ("said on Sunday that it had repelled the attack") tells of
    // the days up to then: an event dated before it, within a week, may be the one it speaks of
    const [sx, sy] = [x.claim.dateKind === 'statement', y.claim.dateKind === 'statement'];
    if (!sx && !sy) return days === 0;
    if (sx && sy) return days <= UNDATED_WINDOW_DAYS;
    const [said, other] = sx ? [x, y] : [y, x];
    return other.claim.date! <= said.claim.date! && days <= UNDATED_WINDOW_DAYS;
  }
  return days <= UNDATED_WINDOW_DAYS;
}

/** Whether two claims' moments lie within a wire report's week of each other (or one is unknown). */
function withinWeek(x: Comparable, y: Comparable): boolean {
  return x.when === null || y.when === null || Math.abs(daysBetween(x.when, y.when)) <= UNDATED_WINDOW_DAYS;
}

/** How far, in days, the moment of an undated claim may be from the other claim's: a wire report's week. */
const UNDATED_WINDOW_DAYS = 7;

function confidence(base: number, x: Comparable, y: Comparable): number {
  let c = base;
  if (x.claim.hedged || y.claim.hedged) c -= 0.2;
  if (x.claim.date === null || y.claim.date === null) c -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

/** "the opposition fighters'", "Russia's": whose attack. */
function attackOf(side: string): string {
  return side === 'government' || side === 'opposition' ? `the ${sideName(side)}'` : `${side}'s`;
}

function sideName(side: string | undefined): string {
  return side === 'government' ? 'government forces' : side === 'opposition' ? 'opposition fighters' : side ? `${side}'s forces` : 'one side';
}

/** The attack a claim speaks of and whether it succeeded: a repel is a failed attack by the other side. */
function outcomeOf(c: Claim): { attacker: string; success: boolean } | null {
  const e = c.event;
  if (!e?.agent && !e?.patient || !e || !(e.kind in SUCCESS)) return null;
  // (a capture with no status took no place: people taken prisoner, or one only tried; an advance
  // with none was only foreseen, "was likely to move into Aazaz", or is background)
  if ((e.kind === 'capture' || e.kind === 'regain' || e.kind === 'advance') && !e.status) return null;
  if (e.kind === 'repel') {
    if (e.patient) return { attacker: e.patient, success: false };
    return e.agent === 'government' ? { attacker: 'opposition', success: false } : e.agent === 'opposition' ? { attacker: 'government', success: false } : null;
  }
  return e.agent ? { attacker: e.agent, success: SUCCESS[e.kind]! } : null;
}

/**
 * The conflict between two claims, if any.
 * `fine` says whether a place is finer than a city (a town, a district), `coarse` whether it is a
 * province or a country: tolls are compared only below that.
 * @example
 * conflictBetween(captured, undecided)?.kind; // 'control'
 */
export function conflictBetween(x: Comparable, y: Comparable, fine: (place: string) => boolean = () => false, coarse: (place: string) => boolean = () => false): Draft | null {
  if (x.sourceKey === y.sourceKey || x.claim.source === null || y.claim.source === null) return null;
  // a report its source did not make contradicts nothing; nor does one a trained tagger read
  // (it found who holds which position, not the frame of an event a conflict needs)
  if (isUnasserted(x.claim) || isUnasserted(y.claim) || x.claim.cue?.learned || y.claim.cue?.learned) return null;
  // on different days only a later "still" can contradict an earlier capture: "seized on Friday"
  // against "still held by the army" on Saturday; "undecided on Saturday, taken on Sunday" is a sequence
  // (a reply right after a dated claim, with no date of its own, is of that claim's time)
  const reply = x.claim.docId === y.claim.docId && (x.claim.date === null) !== (y.claim.date === null) && gapBetween(x.claim, y.claim) <= REPLY_GAP;
  if (!sameTime(x, y) && !reply) {
    const [early, late] = (x.when ?? '') < (y.when ?? '') ? [x, y] : [y, x];
    return CONTINUING.test(late.claim.text) ? controlConflict(early, late, fine) ?? lossConflict(late, early) : null;
  }
  return outcomeConflict(x, y) ?? controlConflict(x, y, fine) ?? controlConflict(y, x, fine) ?? lossConflict(x, y) ?? lossConflict(y, x)
    ?? denialConflict(x, y, coarse) ?? denialConflict(y, x, coarse) ?? deniedActConflict(x, y, coarse) ?? deniedActConflict(y, x, coarse) ?? negatedEventConflict(x, y) ?? negatedEventConflict(y, x)
    ?? responsibilityConflict(x, y, coarse) ?? countConflict(x, y, fine, coarse) ?? targetConflict(x, y, coarse)
    ?? disputedFigureConflict(x, y) ?? disputedFigureConflict(y, x);
}

/** Words of a claim that say what happened, beyond places and function words. */
function substance(c: Claim): Set<string> {
  const places = new Set(c.places.flatMap((p) => p.toLowerCase().split(/\s+/)));
  return new Set(c.text.toLowerCase().match(/[\p{L}]{4,}/gu)?.filter((w) => !places.has(w) && !STOPWORDS.has(w)).map(stem) ?? []);
}

const STOPWORDS = new Set(['that', 'this', 'with', 'from', 'were', 'have', 'been', 'their', 'there', 'they', 'which', 'said', 'also', 'after', 'over', 'into', 'against', 'about', 'would', 'could', 'deny', 'denied', 'denies', 'rejected', 'dismissed',
  // words of counting, not of what was counted: "more than 70 others" and "more than 150 soldiers"
  'more', 'than', 'least', 'some', 'nearly', 'almost', 'others', 'other',
  // what points at a claim, not what it says: "rejected the Indian claim" and "the Indian claim ... is a lie" share no substance
  'claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations',
  // who, not what: "the group's fighters had consolidated control" and "the group's fighters had
  // killed 50" share their actors, not their substance
  'group', 'fighters', 'forces', 'troops', 'army', 'soldiers', 'militants', 'rebels', 'militia', 'government', 'military']);
/** A crude stem so that "striking" meets "struck" and "strikes": the first five letters. */
const stem = (w: string): string => (w === 'struck' ? 'strik' : (TARGET_HYPERNYMS[w] ?? w).slice(0, 5));

/** How many words of substance a denial in another report must share with a claim whose figure it repeats. */
const RESTATED_WORDS = 3;

/** Whether two claims give one figure of one thing: "two F-35 fighter jets" and "two Israeli F-35 jets". */
function sameFigure(a: Claim, b: Claim): boolean {
  return a.quantities.some((q) => q.value !== null && q.measure !== 'distance' && b.quantities.some((r) => r.value === q.value && r.unit === q.unit
    && (r.subject ?? '').split(' ').some((w) => w.length > 2 && (q.subject ?? '').split(' ').includes(w))));
}

/** How many words of substance two claims share. */
function sharedSubstance(a: Claim, b: Claim): number {
  const mine = substance(a);
  return [...substance(b)].filter((w) => mine.has(w)).length;
}

/** A denial of the denier's own act: its text opens with a gerund ("shelling the market") or the speaker's own side ("its aircraft had struck"). */
const deniesOwnAct = (y: Comparable): boolean => {
  // (not "its air defences had shot down two jets", where "its" is the country whose claim is denied)
  const doer = y.claim.event?.agent;
  return OWN_ACT.test(y.claim.text) && (doer === undefined || doer === y.alignment || doer === y.country);
};
const OWN_ACT = /^(?:[a-z]+ing\b|(?:its|our|their|his) \w+|we\b|it\b)/i;

/**
 * "The army fired multi-barrel rockets at the hospital, killing 12 patients" against "Our troops
 * have not fired a single shell at the hospital" or "denied that the army had targeted the
 * hospital": a side that says it did not do the harm another source says it did, to the same site
 * or at the same place (in one report, or in two reports about one place).
 */
function deniedActConflict(x: Comparable, y: Comparable, coarse: (place: string) => boolean): Draft | null {
  const claim = x.claim;
  const denial = y.claim;
  const ec = claim.event;
  const ed = denial.event;
  if (!ec?.agent || !ed?.agent || ec.agent !== ed.agent || claim.negated || !HARM_EVENTS.has(ec.kind) || foretold(claim)) return null;
  // the denial: a harm the clause negates ("had not fired into the zone"), or one a verb of denial denies
  const deniedKind = ed.kind.startsWith('not-') ? ed.kind.slice(4) : isDenial(denial) ? ed.kind : '';
  // (of the same kind: "did not burn any house" denies no killing; a war's running total is no one act)
  if (!HARM_EVENTS.has(deniedKind) || !sameKindOfHarm(ec.kind, deniedKind) || RUNNING_TOTAL.test(claim.text)) return null;
  const where = overlap(ec.places, ed.places).length > 0 || claim.docId === denial.docId && (!ec.places.length || !ed.places.length)
    || claim.docId !== denial.docId && Array.isArray(sharedSetting(x, y, coarse));
  if (!where) return null;
  // the same target: a thing both name in small letters, definite in one ("the hospital", "the
  // zone"), not the harm's words, nor names ("Russian", "Aleppo") that any report of the war shares
  if (!shareDefinite(definiteNouns(claim), definiteNouns(denial), WEAPON_STEMS)) return null;
  return {
    kind: 'denial', claimIds: order(claim.id, denial.id), confidence: confidence(0.7, x, y),
    explanation: `${x.sourceName} says ${clip(claim.text)}; ${y.sourceName} says ${sideName(ed.agent)} did not (${clip(denial.text, 70)}).`,
  };
}

/**
 * "Its rockets had struck the Nevatim air base" against "No rocket hit Nevatim": harm at a place
 * that another source says did not happen there, told with a noun in common beyond the harm's own
 * ("rocket"), by a source that names no doer, and of the same act (a hit is not denied by "fired at", nor "fired at" by "no rocket hit").
 */
function negatedEventConflict(x: Comparable, y: Comparable): Draft | null {
  const ex = x.claim.event;
  const ey = y.claim.event;
  if (!ex || !ey || x.claim.negated || !HARM_EVENTS.has(ex.kind) || ey.kind !== `not-${ex.kind}` || foretold(x.claim)) return null;
  // (a side that says it did not do it, "it has not bombed Aleppo", disputes who did: see deniedActConflict)
  if (ey.agent) return null;
  const shared = overlap(ex.places, ey.places);
  if (!shared.length || !sameAct(ex.trigger, ey.trigger)) return null;
  const mine = definiteNouns(x.claim);
  if (![...definiteNouns(y.claim).keys()].some((w) => mine.has(w))) return null;
  return {
    kind: 'denial', claimIds: order(x.claim.id, y.claim.id), confidence: confidence(0.65, x, y),
    explanation: `${x.sourceName} says ${clip(x.claim.text)}; ${y.sourceName} says it did not happen in ${listPlaces(shared)} (${clip(y.claim.text, 70)}).`,
  };
}

/** Words of a strike that landed ("hit", "struck"), and of one fired that may not have ("fired at"). */
const IMPACT = /^(?:hit|hits|hitting|struck|strike|strikes|striking|slammed|landed)\b/i;
const ATTEMPT = /^(?:fire|fired|firing|launched|launch)\b/i;

/** Whether two triggers tell one act: not a hit against a firing ("fired rockets at the base" and "no rocket hit the base" can both hold). */
function sameAct(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  return !(IMPACT.test(a) && ATTEMPT.test(b) || ATTEMPT.test(a) && IMPACT.test(b));
}

/** The stems of a claim's words in small letters that may name a target, not the harm's own nor a generic noun ("in place"). */
function definiteNouns(c: Claim): Map<string, boolean> {
  return nounsIn(c, (word) => {
    const w = word.toLowerCase();
    return word !== w || w.length < 4 || STOPWORDS.has(w) || HARM_STEMS.has(stem(w)) || GENERIC_NOUNS.has(w) ? undefined : stem(w);
  });
}

/**
 * Stems (see `stem`) of what a side strikes with, which two claims of one doer share without
 * naming one target: "Russian jets struck a convoy" and "its warplanes had not bombed Aleppo".
 */
const WEAPON_STEMS: ReadonlySet<string> = new Set(['aircr', 'rocke', 'missi', 'morta', 'artil', 'tank', 'tanks', 'bomb', 'bombs', 'shell', 'gunfi', 'weapo']);

/** Nouns that name no target of their own: "in place", "the area", "the time". */
const GENERIC_NOUNS: ReadonlySet<string> = new Set(['place', 'part', 'parts', 'area', 'areas', 'time', 'side', 'sides', 'number', 'way', 'situation', 'region', 'country', 'city', 'town']);

/** Stems (see `stem`) of words for harm itself, which tell no target: "killed", "fired", "shells". */
const HARM_STEMS: ReadonlySet<string> = new Set(['kille', 'killi', 'wound', 'injur', 'shell', 'strik', 'attac', 'bomb', 'bombe', 'bombi', 'fired', 'firin', 'fire',
  'targe', 'hitti', 'death', 'dead', 'civil', 'peopl', 'singl']);

/** A claim whose event is foretold or possible, not told: "will strike the Turkish occupation", "could attack". */
function foretold(c: Claim): boolean {
  const trigger = c.event?.trigger;
  if (!trigger) return false;
  const at = c.text.indexOf(trigger);
  return at > 0 && MODAL_BEFORE.test(c.text.slice(Math.max(0, at - 24), at));
}
const MODAL_BEFORE = /\b(?:will|would|shall|could|might|may|must)(?: [a-z]+)? $/i;

/**
 * Whether a denial rules out every case of what a claim tells: "any" and a noun of the claim ("denied
 * that any soldier had been captured" sweeps "captured an Israeli soldier"; "rejected any and all
 * excuses" sweeps nothing a toll tells).
 */
function sweeps(denial: Claim, claim: Claim): boolean {
  const m = SWEEPING.exec(denial.text);
  if (m === null || !sameKindOfHarm(claim.event?.kind, denial.event?.kind)) return false;
  // the head of what "any" names: "any Indian jet" names jets, not India
  const words = m[1]!.split(' ');
  const end = words.findIndex((w) => SWEEP_STOP.test(w));
  const head = words.slice(0, end < 0 ? 3 : Math.min(3, end)).filter((w) => w === w.toLowerCase()).at(-1);
  return head !== undefined && head.length >= 4 && substance(claim).has(stem(head));
}
const SWEEPING = /\bany (?:of (?:its|their|our|the|his) )?((?:[\p{L}-]+ ?){1,4})/iu;
/** Words that end the noun phrase after "any". */
const SWEEP_STOP = /^(?:had|have|has|was|were|is|are|been|be|by|in|on|at|to|of|from|and|or|with|during|since)$/i;

/**
 * Whether a claim and a denial are both the doer's own accounts: "its jets struck militants fleeing
 * the base", from the air force, and its spokesman's denial that "its aircraft had struck the
 * market" tell of two acts of one side, not of one act two sides dispute ("Russian jets had bombed
 * Gori", from Georgia, against Russia's denial, is one).
 */
function ownAccounts(x: Comparable, y: Comparable): boolean {
  const doer = x.claim.event?.agent;
  const speaksFor = (c: Comparable, side: string): boolean => side === c.alignment || side === c.country;
  return doer !== undefined && speaksFor(x, doer) && speaksFor(y, doer);
}

/**
 * Whether two events are of one kind of harm, negated or not: a killing and a killing, a strike and
 * an attack ("burn any house" is no killing; "taken prisoner" no strike).
 */
function sameKindOfHarm(a: string | undefined, b: string | undefined): boolean {
  const kind = (k: string | undefined): string => {
    const base = (k ?? '').replace(/^not-/, '');
    return base === 'shell' ? 'attack' : base;
  };
  return kind(a) !== '' && kind(a) === kind(b) || kind(b) === 'deny';
}

/** Words by which a claim hedges what it tells itself: "an alleged attack", "the so-called offensive". */
const ALLEGED = /\b(?:alleged(?:ly)?|purported(?:ly)?|supposed(?:ly)?|so-called)\b/i;

/**
 * "Russia denied striking the hospital" against "Ukraine said Russian missiles struck the hospital":
 * a denial by one source of what another asserts, about the same kind of event at the same place.
 */
function denialConflict(x: Comparable, y: Comparable, coarse: (place: string) => boolean): Draft | null {
  const denial = y.claim;
  const claim = x.claim;
  // an accusation hedged in its own words ("an alleged attack") asserts nothing to deny; one the
  // report hedges ("claimed to have captured a soldier") is still its source's
  if (!isDenial(denial) || claim.negated || claim.hedged && ALLEGED.test(claim.text) || foretold(claim)) return null;
  // (a denial of harm to civilians is answered by the targets' comparison, which knows who was
  // harmed; a side's denial does not answer what its own side claims)
  if (y.target === 'no-civilian-harm' || ownAccounts(x, y)) return null;
  const px = claim.event?.places ?? [];
  const py = denial.event?.places ?? [];
  // (in two reports about one place, a sweeping denial, "denied that any soldier had been
  // captured", or one of harm to the same site, "denied that its aircraft had struck the market",
  // covers the claim of another that names no place)
  const sameSetting = (): boolean => claim.docId !== denial.docId && (px.length === 0 || py.length === 0)
    && (sweeps(denial, claim) || sharesWhatWasHit(claim, denial)) && Array.isArray(sharedSetting(x, y, coarse));
  // (in one report, a sweeping denial that names no place, told right after the claim it answers:
  // "the rebels had shot down an army helicopter near Ziguey. The army denied losing any aircraft")
  const reply = claim.docId === denial.docId && (px.length === 0 || py.length === 0) && gapBetween(claim, denial) <= REPLY_GAP && sweeps(denial, claim);
  // (or, in two reports, a denial that repeats the claim's figure and words: "denied that its air
  // defences had shot down two Israeli F-35 jets over Tabriz" against "shot down two F-35 fighter jets over Tabriz")
  const restated = (): boolean => claim.docId !== denial.docId && sameFigure(claim, denial) && sharedSubstance(claim, denial) >= RESTATED_WORDS;
  if (!(overlap(px, py).length || px.length === 0 && py.length === 0 && claim.docId === denial.docId || reply || sameSetting() || restated())) return null;
  // a side that denies doing harm ("denied shelling the market", "denied that its aircraft had
  // struck the market") disputes who did it, not that it happened: a claim that names no doer says nothing it denies
  if (deniesOwnAct(y) && HARM_EVENTS.has(claim.event?.kind ?? '') && claim.event?.agent === undefined) return null;
  // ("fired rockets at the air base" is not what "denied its rockets had struck the air base" denies)
  if (!sameAct(claim.event?.trigger, denial.event?.trigger)) return null;
  if (sharedSubstance(claim, denial) < 2 && !sweeps(denial, claim)) return null;
  return {
    kind: 'denial', claimIds: order(claim.id, denial.id), confidence: confidence(0.75, x, y),
    explanation: `${x.sourceName} says ${clip(claim.text)}; ${y.sourceName} denies it.`,
  };
}

/**
 * Two sources blaming different doers for the same harm: "rebel shelling killed 15 people in Douma"
 * against "government airstrikes killed 15 people in Douma"; "an Israeli tank fired at a watchtower"
 * against "the watchtower was hit by a missile fired by Hezbollah fighters"; "accused the government
 * of killing five members of one family in a drone strike" against "the family had been killed by
 * gang members". The same harm: at a place both name (or their reports are about), of one day where
 * both are dated, telling the same toll or sharing a word of what was hit (or one of them a blame,
 * which points at the harm told before it); in one report, a claim that names no place answers one
 * told just before or after it that shares such a word.
 */
function responsibilityConflict(x: Comparable, y: Comparable, coarse: (place: string) => boolean): Draft | null {
  const ex = x.claim.event;
  const ey = y.claim.event;
  if (!ex?.agent || !ey?.agent || !HARM_EVENTS.has(ex.kind) || !HARM_EVENTS.has(ey.kind) || !differentDoers(x, y)) return null;
  if (x.claim.date !== null && y.claim.date !== null && x.claim.date !== y.claim.date) return null;
  // (in one report, a reply that names no place is of the harm told right before it, wherever its
  // report is set: "the family had been killed by gang members", after a strike in a district)
  const reply = x.claim.docId === y.claim.docId && (!ex.places.length || !ey.places.length) && gapBetween(x.claim, y.claim) <= REPLY_GAP;
  const where = reply ? true : sharedSetting(x, y, coarse);
  if (where === null) return null;
  const sameToll = x.claim.quantities.some((a) => a.measure && y.claim.quantities.some((b) => b.measure === a.measure && b.subject === a.subject && intervalsMeet(a, b)));
  const hitSame = sameToll || sharesWhatWasHit(x.claim, y.claim);
  // (a blame that names no harm points at civilian harm: "regime artillery was responsible for the
  // deaths" answers "rebel shelling of the student residence killed four people", not "its aircraft
  // killed 300 militants")
  // (told in the same report, or in reports of the same days: a blame points at news, not history)
  const blamesFor = (blame: Comparable, harm: Comparable): boolean => isBlame(blame.claim.event!) && harm.target === 'civilian-harm'
    && (blame.claim.docId === harm.claim.docId || blame.published !== null && harm.published !== null && Math.abs(daysBetween(blame.published, harm.published)) <= BLAME_REACH_DAYS);
  // (harm told in two reports is one harm only on one day both name: a city is shelled by both sides
  // in a week)
  const sameDay = x.claim.date !== null && x.claim.date === y.claim.date;
  if (where === true ? !(hitSame && gapBetween(x.claim, y.claim) <= REPLY_GAP) : !(hitSame && sameDay || blamesFor(x, y) || blamesFor(y, x))) return null;
  const at = where === true ? '' : ` in ${listPlaces(where)}`;
  return {
    kind: 'responsibility', claimIds: order(x.claim.id, y.claim.id), confidence: confidence(0.6, x, y),
    explanation: `${x.sourceName} blames ${sideName(ex.agent)} for the ${ex.trigger ?? ex.kind}${at}; ${y.sourceName} blames ${sideName(ey.agent)}.`,
  };
}

/** How many days apart two reports may be for a blame in one to point at harm told in the other. */
const BLAME_REACH_DAYS = 2;

/** A blame that names who did harm and no harm of its own ("It blamed RSF artillery positioned east of the town"). */
const isBlame = (e: NonNullable<Claim['event']>): boolean => e.trigger === undefined;

/**
 * Whether the doers two claims blame are different sides: "government" and "opposition", two
 * countries, a country and the opposition, or a country and the government of a report about
 * another country ("an Israeli tank" against Hezbollah's side in a report on Lebanon).
 */
function differentDoers(x: Comparable, y: Comparable): boolean {
  const [p, q] = [x.claim.event!.agent!, y.claim.event!.agent!];
  if (p === q) return false;
  const alignmentWord = (s: string): boolean => s === 'government' || s === 'opposition';
  if (alignmentWord(p) === alignmentWord(q)) return true;
  const [country, other, item] = alignmentWord(p) ? [q, p, x] : [p, q, y];
  if (other === 'opposition') return true;
  const governed = item === x ? x.reportCountry : y.reportCountry;
  return governed !== undefined && governed !== country;
}

/**
 * Whether two claims of harm name the same people or place hit, one of them pointing back at it
 * ("five members of one family in a drone strike" and "the family had been killed by gang
 * members"): a noun of the targets lexicon for civilian or military sites, or a family, that the
 * two share, definite in one of them.
 */
function sharesWhatWasHit(a: Claim, b: Claim): boolean {
  const hit = (word: string): string | undefined => (HIT_NOUNS.has(word.toLowerCase()) ? word.toLowerCase() : undefined);
  return shareDefinite(nounsIn(a, hit), nounsIn(b, hit));
}

/** The heads of the targets lexicon's phrases for what may be hit ("livestock market": "market"), and families. */
const HIT_NOUNS: ReadonlySet<string> = new Set(Object.entries(TARGET_WORDS)
  .filter(([, cls]) => cls === 'civilian-site' || cls === 'military-site')
  .map(([phrase]) => phrase.split(' ').at(-1)!)
  // (of people, only a family is one: "the civilians" may be any)
  .concat(['family', 'families']));

/**
 * A claim's nouns that `key` keeps (by the key it gives them), each with whether it is definite:
 * right after its determiner, or after one word more ("the hospital", "the crowded market").
 */
function nounsIn(c: Claim, key: (word: string) => string | undefined): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const words = c.text.match(/[\p{L}]+/gu) ?? [];
  words.forEach((word, i) => {
    const k = key(word);
    if (k === undefined) return;
    const definite = DEFINITE.test(words[i - 1] ?? '') || DEFINITE.test(words[i - 2] ?? '') && words[i - 1] === words[i - 1]!.toLowerCase();
    out.set(k, (out.get(k) ?? false) || definite);
  });
  return out;
}

/** Whether two claims' nouns share one that is definite in at least one of them (and is not `skip`ped). */
function shareDefinite(a: ReadonlyMap<string, boolean>, b: ReadonlyMap<string, boolean>, skip: ReadonlySet<string> = new Set()): boolean {
  for (const [w, definite] of a) if (b.has(w) && !skip.has(w) && (definite || b.get(w))) return true;
  return false;
}

/** Words that point at a known target ("the hospital", "its posts"), or at every one of its kind ("any homes"). */
const DEFINITE = /^(?:the|that|this|these|those|its|their|any)$/i;

/**
 * Where two claims may speak of one event: the places finer than a province they share (a claim
 * that names none taken at its report's place, if its report has one), or `true` for one report
 * where one of them names no place at all and its report has none; else null.
 * ("it hit only military targets" in a report on Hodeidah says nothing of a shelling in Taiz it
 * also tells of.)
 * @example
 * sharedSetting(x, y, coarse); // ['Yebaba'], true or null
 */
export function sharedSetting(x: Comparable, y: Comparable, coarse: (place: string) => boolean): readonly string[] | true | null {
  const own = (c: Comparable): readonly string[] => (c.claim.event?.places ?? c.claim.places).filter((p) => !coarse(p));
  const where = (c: Comparable): readonly string[] => (own(c).length ? own(c) : c.setting !== undefined ? [c.setting] : []);
  const shared = overlap(where(x), where(y));
  if (shared.length) return shared;
  // (a claim that names only a province is not one that names no place)
  const placeless = (c: Comparable): boolean => !c.claim.event?.places.length && !c.claim.places.some((p) => !coarse(p)) && c.setting === undefined;
  return x.claim.docId === y.claim.docId && (placeless(x) || placeless(y)) ? true : null;
}

/** What a rebuttal of civilian harm says, for the explanation. */
const REBUTTAL: Readonly<Record<string, string>> = { 'no-civilian-harm': 'no civilians were harmed', 'military-target': 'it hit a military target' };
/** A strike told by its striker: "its drones had struck", "we hit", "it had struck a camp". */
const ownStrike = (text: string): boolean => OWN_SIDE_PRONOUNS.includes(text.trimStart().split(/\s/, 1)[0]!.toLowerCase());
/** "hit only military targets": a military target said to be the only one rules civilian harm out. */
const ONLY = /\b(?:only|solely|exclusively|purely)\b/i;

/**
 * "The strike on the market killed 18 civilians" against "it hit only military targets", "there
 * was no indication of civilian casualties" or "denied that civilians had been hit": civilian harm
 * that another source rules out, for the same place (or the same report, where one names no place).
 */
function targetConflict(x: Comparable, y: Comparable, coarse: (place: string) => boolean): Draft | null {
  const [harm, rebuttal] = x.target === 'civilian-harm' ? [x, y] : [y, x];
  if (harm.target !== 'civilian-harm' || !rebuttal.target || rebuttal.target === 'civilian-harm') return null;
  // the striker the harm names is the rebuttal's side, or the rebuttal answers another strike
  // ("Azerbaijani artillery shelled Stepanakert" is answered by Azerbaijan's "did not fire at civilian
  // settlements"); a side does not rebut its own account of harm done to it
  // (sides of one kind only: a country against a country, "government" against "opposition")
  const alignmentWord = (s: string): boolean => s === 'government' || s === 'opposition';
  const sideOf = (c: Comparable): string | undefined => (alignmentWord(c.alignment) ? c.alignment : c.country);
  const striker = harm.claim.event?.agent;
  const side = sideOf(rebuttal);
  if (striker && side && striker !== side && alignmentWord(striker) === alignmentWord(side) || side && side === sideOf(harm)) return null;
  // ("denied that Cambodia had targeted civilians" answers harm Cambodia is blamed for: not harm
  // Thailand is blamed for, nor harm done to Cambodians that Cambodia's own ministry tells of)
  const doer = rebuttal.claim.event?.agent;
  if (doer && (striker && doer !== striker && alignmentWord(doer) === alignmentWord(striker) || doer === sideOf(harm) || doer === harm.country)) return null;
  // (nor harm to its own people: "its fighters killed 30 Israeli soldiers", by Hamas, against "72 Palestinians were killed")
  const rebutter = doer ?? rebuttal.country;
  if (rebutter && harm.victims?.includes(rebutter)) return null;
  // (in one report, a rebuttal that names no place answers the harm its striker is named for)
  const shared = sharedSetting(harm, rebuttal, coarse) ?? (striker && striker === side && harm.claim.docId === rebuttal.claim.docId ? true : null);
  if (!shared) return null;
  // (a running total of the war, "the conflict has killed about 35,000 civilians", is no strike's harm)
  if (RUNNING_TOTAL.test(harm.claim.text)) return null;
  // a military target that is said to be one of several leaves room for civilian harm beside it
  const explicit = rebuttal.target === 'no-civilian-harm' || ONLY.test(rebuttal.claim.text);
  // a military target answers civilian harm when the striker names it ("its drones struck a
  // deployment point"), not when a third party reports an attack on a base
  const own = ownStrike(rebuttal.claim.text) || rebuttal.claim.event?.agent !== undefined && rebuttal.claim.event.agent === rebuttal.alignment;
  if (!explicit && !own) return null;
  // (of the explicit, a negation of harm before "only military targets": it answers the harm itself;
  // a pair tied by their report alone, not by a place, is less sure; one whose striker is named the rebuttal's, surer)
  const named = striker !== undefined && striker === side;
  const base = (rebuttal.target === 'no-civilian-harm' ? 0.75 : explicit ? 0.7 : 0.55) - (shared === true && !named ? 0.1 : 0) + (named ? 0.1 : 0);
  const at = shared !== true ? ` in ${listPlaces(shared)}` : '';
  return {
    kind: 'target', claimIds: order(x.claim.id, y.claim.id), confidence: confidence(base, x, y),
    explanation: `${harm.sourceName} says civilians were harmed${at} (${clip(harm.claim.text, 70)}); ${rebuttal.sourceName} says ${REBUTTAL[rebuttal.target]} (${clip(rebuttal.claim.text, 70)}).`,
  };
}

function clip(s: string, n = 90): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `“${one.slice(0, n - 1)}…”` : `“${one}”`;
}

function controlConflict(x: Comparable, y: Comparable, fine: (place: string) => boolean): Draft | null {
  const ex = x.claim.event;
  const ey = y.claim.event;
  // x says a side holds the place (captured, regained or held); y says it is undecided, or held by the other side
  if (!ex || !ey || !ex.status || !CONTROLLED.has(ex.status) || ex.kind === 'repel') return null;
  // a denial says only that the place did not fall: "not yet decided" agrees with it
  if (isDenial(x.claim)) return null;
  const places = overlap(ex.places, ey.places);
  if (!places.length) return null;
  // ("Ostrivske is under our control ... and was pushed back", from the other side of a capture)
  // (a denial's held place is the denial's to report: "denied the claim" after "liberated"; a
  // repulsion holds a town or a village, "troops repelled an attack in Aleppo" holds no city)
  // ("the coalition had taken Mirebalais", taken by no side the text names, against the police's
  // "we have not lost control of the town": a capture by whoever is not the holder, unless its
  // source is on the holder's side)
  // (a repulsion is no statement of who holds the town: it needs a capture's named side)
  const taker = ex.agent ?? (ex.status === 'captured' && ey.kind !== 'repel' && x.alignment !== ey.agent && places.every(fine) ? 'someone else' : undefined);
  const heldByOther = ey.status === 'held' && ey.agent !== undefined && taker !== undefined && ey.agent !== taker && !isDenial(y.claim)
    && (ey.kind !== 'repel' || places.every(fine));
  // "Ukraine's General Staff denied that Krasnohorivka had fallen", "insisted Saraqeb had not fallen":
  // whoever denies, the place did not fall
  // ("Macomia was never in the hands of the terrorists": the side said to have taken it never held it)
  const neverHeld = ey.kind === 'not-hold' && ey.status === undefined && ex.agent !== undefined && ey.agent === ex.agent;
  const deniedFall = ex.status === 'captured' && (ey.status === 'held' && isDenial(y.claim) || ey.kind === 'not-capture' && ey.status === 'stalled' && !isDenial(y.claim) || neverHeld);
  if (ey.status !== 'contested' && !heldByOther && !deniedFall) return null;
  const where = listPlaces(places);
  const verb = ex.status === 'held' ? 'hold' : ex.status;
  const explanation = ey.status === 'contested'
    ? `${x.sourceName} says ${sideName(ex.agent)} ${verb} ${where}; ${y.sourceName} says the fighting there is not decided.`
    : heldByOther ? `${x.sourceName} says ${sideName(ex.agent)} ${verb} ${where}; ${y.sourceName} says ${sideName(ey.agent)} still hold it.`
      : `${x.sourceName} says ${sideName(ex.agent)} ${verb} ${where}; ${y.sourceName} denies that it fell.`;
  return { kind: 'control', claimIds: order(x.claim.id, y.claim.id), confidence: confidence(0.85, x, y), explanation };
}

/**
 * "The military insisted it still held the town" against "the army garrison had pulled out": a side
 * said to hold a place that it is said to have left. (A capture and a withdrawal may be a sequence;
 * a hold is a state at the time.)
 */
function lossConflict(x: Comparable, y: Comparable): Draft | null {
  const ex = x.claim.event;
  const ey = y.claim.event;
  if (!ex || !ey || ex.kind !== 'hold' || ex.status !== 'held' || ey.status !== 'lost' || !ex.agent || ex.agent !== ey.agent) return null;
  if (isDenial(x.claim) || isDenial(y.claim)) return null;
  const places = overlap(ex.places, ey.places);
  if (!places.length) return null;
  const where = listPlaces(places);
  return {
    kind: 'control', claimIds: order(x.claim.id, y.claim.id), confidence: confidence(0.8, x, y),
    explanation: `${x.sourceName} says ${sideName(ex.agent)} still hold ${where}; ${y.sourceName} says they left it ("${ey.trigger ?? ey.kind}").`,
  };
}

function outcomeConflict(x: Comparable, y: Comparable): Draft | null {
  const ox = outcomeOf(x.claim);
  const oy = outcomeOf(y.claim);
  if (!ox || !oy || ox.attacker !== oy.attacker || ox.success === oy.success) return null;
  const px = x.claim.event!.places;
  const py = y.claim.event!.places;
  const shared = overlap(px, py);
  // an event with no place is "the attack" of its own report: it can only meet another such one there
  const samePlace = shared.length > 0 || (px.length === 0 && py.length === 0 && x.claim.docId === y.claim.docId);
  if (!samePlace) return null;
  const [won, lost] = ox.success ? [x, y] : [y, x];
  const where = shared.length ? ` in ${listPlaces(shared)}` : '';
  const explanation = `${lost.sourceName} says ${attackOf(ox.attacker)} attack${where} failed ("${lost.claim.event!.trigger ?? lost.claim.event!.kind}"); ${won.sourceName} says they gained ground ("${won.claim.event!.trigger ?? won.claim.event!.kind}").`;
  return { kind: 'outcome', claimIds: order(x.claim.id, y.claim.id), confidence: confidence(shared.length ? 0.8 : 0.65, x, y), explanation };
}

/**
 * Two intervals for the same measure and subject, at the same place and time, that do not meet.
 * Tolls are compared only for one event: both claims dated to the same day in the text, or a
 * shared place finer than a city (a city sees many events in a day).
 */
function countConflict(x: Comparable, y: Comparable, fine: (place: string) => boolean, coarse: (place: string) => boolean): Draft | null {
  const px = x.claim.event?.places ?? [];
  const py = y.claim.event?.places ?? [];
  // a province or a region adds up many events: tolls are compared for a town, a district, a city
  // ("Four civilians died in the crossfire" in a report on Nzibira against "at least 17 civilians
  // were killed in Nzibira": a count that names no place is of its report's place, a town)
  // (unless the claim just before it names another place: "... a car bomb exploded in Balcad. 'Four
  // soldiers died,' an officer said" in a report on Bulo Jameeco is of Balcad)
  const settled = (own: readonly string[], c: Comparable, other: readonly string[]): readonly string[] =>
    !own.length && c.setting !== undefined && fine(c.setting) && other.includes(c.setting) && (c.nearby === undefined || c.nearby === c.setting) ? [c.setting] : own;
  const shared = overlap(settled(px, x, py), settled(py, y, px)).filter((p) => fine(p) || !coarse(p));
  const bySetting = shared.length > 0 && overlap(px, py).length === 0;
  // two sources in one report, neither naming a place, count what that report is about ("the army
  // said seven soldiers were killed"; "at least 20 soldiers, two security sources told Reuters");
  // in different reports such counts may be of different events
  // ("The NRF said it had killed more than 450 Taliban around the Khawak pass. Mujahid dismissed the
  // figure, saying only 'a few' Taliban fighters had been killed": a count that names no place,
  // told right after another's, answers it)
  // (not a figure of another day: "32 killed, the ministry said on Sunday. The WHO said on Monday at least 47")
  // (a count of a town or a district, not of a province or a city, which see many events; not a
  // toll that a claim says has changed, "bringing the toll to 61")
  const placed = [...px, ...py];
  const adjacent = x.claim.docId === y.claim.docId && (!px.length || !py.length) && placed.length > 0 && placed.every(fine) && gapBetween(x.claim, y.claim) <= REPLY_GAP
    && !(x.claim.date && y.claim.date && x.claim.date !== y.claim.date) && !FIGURE_CHANGE_WORDS.test(x.claim.text) && !FIGURE_CHANGE_WORDS.test(y.claim.text);
  // (two counts told right after two different places are of two events)
  const apart = x.nearby !== undefined && y.nearby !== undefined && x.nearby !== y.nearby;
  // (a count of a country or a province, "639 people had been killed in Iran", is a total of many events)
  const totalOf = (c: Comparable, own: readonly string[]): boolean => !own.length && c.claim.places.some(coarse);
  const sameReport = (!px.length && !py.length && !apart && !totalOf(x, px) && !totalOf(y, py) || adjacent) && x.claim.docId === y.claim.docId;
  if (!shared.length && !sameReport) return null;
  const dated = x.claim.date !== null && y.claim.date !== null;
  if (!sameReport && !dated && !shared.some(fine)) return null;
  // a place finer than the shared ones that only one claim names: its count is for a part of the
  // other's area ("three children at a school in Shahba" within "six children in western Aleppo");
  // each naming its own such place, they count different sites
  const xOwn = px.some((p) => fine(p) && !py.includes(p));
  const yOwn = py.some((p) => fine(p) && !px.includes(p));
  if (xOwn && yOwn) return null;
  // a witness's own words count what they saw ("The driver blew it up. Four soldiers and two
  // civilians died"), a part of the event, not its toll
  if (eyewitness(x) || eyewitness(y)) return null;
  const forcesOf = (c: Comparable, q: Quantity): string | undefined => c.forces?.[c.claim.quantities.indexOf(q)];
  for (const a of x.claim.quantities.filter((q) => foreground(x.claim, q))) {
    for (const b of y.claim.quantities.filter((q) => foreground(y.claim, q))) {
      // ("between 40 and 50 Indian soldiers" in Pakistan's words, "one soldier" in the Indian Army's: one country's troops)
      const fa = forcesOf(x, a);
      const sameSubject = a.subject === b.subject || fa !== undefined && fa === forcesOf(y, b) || !!a.subject && !!b.subject && groupOf(a.subject) === groupOf(b.subject);
      if (!a.measure || a.measure !== b.measure || a.measure === 'distance' || !sameSubject || a.unit !== b.unit) continue;
      if (intervalsMeet(a, b)) continue;
      // (a toll without what it counts, "the death toll rose to nine", may be another incident's of the report)
      // (a reply right after a count may give a figure of another magnitude: "more than 450" against "a few")
      // (both of one period: "since Thursday" in the count is the reply's too)
      const scoped = adjacent && a.subject ? ownCounts(x.claim, a, y.claim, b) : sameScope(x.claim, a, y.claim, b);
      if (sameReport && (!a.subject || !scoped) || !sameReport && !oneEvent(x.claim, a, y.claim, b)) continue;
      // (a report's place taken for a count that names none: both counts exact, not "about a dozen")
      if (bySetting && (a.value === null || b.value === null || a.approximate || b.approximate)) continue;
      // ("32 killed since Thursday", said on Sunday, and "at least 47", said on Monday: a running
      // count of one battle grows; the later, higher figure revises nothing and contradicts nothing)
      if (grown(x, a, y, b) || updated(x, a, y, b)) continue;
      // a part's count may be lower than the whole's, not higher
      if (xOwn && (a.min ?? 0) <= (b.max ?? Infinity) || yOwn && (b.min ?? 0) <= (a.max ?? Infinity)) continue;
      return {
        kind: 'count', claimIds: order(x.claim.id, y.claim.id), confidence: confidence(sameReport ? 0.6 : 0.75, x, y),
        explanation: `${x.sourceName} gives ${a.text} ${a.measure}; ${y.sourceName} gives ${b.text}${sameReport ? ' in the same report' : ''}: the figures cannot both be right.`,
      };
    }
  }
  return null;
}

const BACKGROUND = /\b(?:after|before|since|following|earlier|previous|last|ago|when|while|amid)\b/i;

/** Words that make a count a running total over a war or a period, not one event's ("the war has killed more than 220,000"). */
// ("since Thursday", "since dawn", "since the start of the offensive" count one battle's days;
// "since 2011", "since it began its campaign", "since the ceasefire collapsed" a longer time's)
const RUNNING_TOTAL = /\b(?:war|conflict|uprising|revolution|crackdown|so far|to date|this year|in total|altogether|jails?|prisons?)\b|\bsince (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dawn|morning|midnight|yesterday|last night|the (?:start|beginning) of the (?:offensive|attack|assault|operation|fighting|battle|clashes))\b)/i;
/**
 * A count added to another ("24 other people", "three more soldiers"), a part of another ("one
 * civilian was among those killed"), or of the dead and the wounded together.
 */
const ADDED_OR_JOINT = /^\S+(?:\s+\S+)?\s+(?:other|more|additional|further)\b(?!\s+than)|\bamong (?:those|the)\b|\b(?:killed|dead) or (?:injured|wounded|hurt)\b|\b(?:killed|dead) and (?:injured|wounded)\b/i;
/**
 * How far apart two counts of one event's dead may lie and still be read as rival counts of it
 * (the army's 7 against the rebels' 40): further apart, they count different things.
 */
const RIVAL_COUNT_RATIO = 10;

/** The group a subject counts the members of: "lna soldiers" and "lna fighters" are the LNA's. */
function groupOf(subject: string): string {
  const words = subject.split(' ');
  return words.length > 1 && MEMBER_NOUNS.has(words.at(-1)!) ? words.slice(0, -1).join(' ') : subject;
}

/** A count of the days since something ("since Thursday"), which grows as they pass. */
const CUMULATIVE = /\bsince\b/i;

/**
 * Whether two dated counts, one of them running since a day, are one count grown: the later-dated
 * figure no lower than the earlier one.
 */
function grown(x: Comparable, a: Quantity, y: Comparable, b: Quantity): boolean {
  const dx = x.claim.date;
  const dy = y.claim.date;
  if (!dx || !dy || dx === dy || !(CUMULATIVE.test(x.claim.text) || CUMULATIVE.test(y.claim.text))) return false;
  const [early, late] = dx < dy ? [a, b] : [b, a];
  const before = early.value ?? early.min ?? early.max;
  const after = late.value ?? late.min ?? late.max;
  // (a toll that grows over a day or two: not seven-fold, "13 soldiers" against "more than 100")
  return before !== null && after !== null && after >= before && after <= before * GROWTH_LIMIT;
}

/**
 * Whether the later report's figure is the earlier one updated: higher, within the growth a day or
 * two brings, and told with what changed it ("10 Marines were killed in Sunday's fighting, after one
 * of the wounded died", against "nine Marines were killed Sunday" the day before).
 */
function updated(x: Comparable, a: Quantity, y: Comparable, b: Quantity): boolean {
  if (!x.published || !y.published || x.published === y.published) return false;
  const [early, late, lateClaim] = x.published < y.published ? [a, b, y.claim] : [b, a, x.claim];
  const before = early.value ?? early.min ?? early.max;
  const after = late.value ?? late.min ?? late.max;
  return before !== null && after !== null && after >= before && after <= before * GROWTH_LIMIT && WOUNDED_DIED.test(lateClaim.text);
}

/** Words that tell why a toll rose: the wounded who died since ("after one of the wounded died", "died of his injuries"). */
const WOUNDED_DIED = /\b(?:of the (?:wounded|injured) (?:had )?died|died (?:of|from) (?:his|her|their) (?:wounds|injuries)|succumbed to (?:his|her|their) (?:wounds|injuries))\b/i;

/**
 * Whether a claim disputes another's figure in so many words: "the figure was grossly
 * exaggerated", "dismissed the toll as inflated" (a figure noun, then a word of rebuttal within a few words).
 * @example
 * disputesFigure('the figure was grossly exaggerated'); // true
 */
export function disputesFigure(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.some((w, i) => FIGURE_NOUNS_DISPUTED.has(w) && words.slice(i + 1, i + 1 + DISPUTE_REACH).some((v) => FIGURE_DISPUTE_WORDS.has(v)));
}

/** How many words after its figure noun a word of rebuttal may stand ("the figure was grossly exaggerated"). */
const DISPUTE_REACH = 4;

/**
 * "More than 1,400 civilians were killed in Tskhinvali", then "the figure was grossly
 * exaggerated" from another source: a rebuttal of the count told right before it in the report.
 */
function disputedFigureConflict(x: Comparable, y: Comparable): Draft | null {
  if (x.claim.docId !== y.claim.docId || !disputesFigure(y.claim.text) || x.claim.span.start > y.claim.span.start) return null;
  const count = x.claim.quantities.find((q) => q.measure === 'killed' || q.measure === 'wounded');
  if (!count || gapBetween(x.claim, y.claim) > REPLY_GAP) return null;
  return {
    kind: 'count', claimIds: order(x.claim.id, y.claim.id), confidence: confidence(0.6, x, y),
    explanation: `${x.sourceName} gives ${count.text} ${count.measure}; ${y.sourceName} disputes the figure (${clip(y.claim.text, 70)}).`,
  };
}

/** How many times a running count may grow between two reports and still be read as grown. */
const GROWTH_LIMIT = 2;

/** A witness quoted in their own words. */
const eyewitness = (c: Comparable): boolean => c.claim.direct && c.claim.source?.type === 'witness';

/** How many characters may stand between a count and a reply to it that names no place. */
const REPLY_GAP = 300;

/** The characters between two claims of one report (0 where they overlap). */
function gapBetween(x: Claim, y: Claim): number {
  return Math.max(0, Math.max(x.span.start, y.span.start) - Math.min(x.span.end, y.span.end));
}

/**
 * Whether two counts are each one event's own: no running total, no added count, no joint toll of dead and wounded.
 * @example
 * oneEvent(claim, q, warTotal, r); // false for "the war has killed more than 220,000"
 */
export function oneEvent(x: Claim, a: Quantity, y: Claim, b: Quantity): boolean {
  if (RUNNING_TOTAL.test(x.text) || RUNNING_TOTAL.test(y.text)) return false;
  return ownCounts(x, a, y, b);
}

/** Whether two counts are each a count of its own: no added count, no joint toll of dead and wounded. */
function ownCounts(x: Claim, a: Quantity, y: Claim, b: Quantity): boolean {
  const after = (c: Claim, q: Quantity): string => c.text.slice(q.span.start - c.span.start, q.span.end - c.span.start + 24);
  return !ADDED_OR_JOINT.test(after(x, a)) && !ADDED_OR_JOINT.test(after(y, b));
}

/**
 * Whether two counts in one report that names no place are rival counts of the same event: neither
 * a running total, an added count or a joint toll of dead and wounded, and of the same magnitude.
 */
function sameScope(x: Claim, a: Quantity, y: Claim, b: Quantity): boolean {
  if (!oneEvent(x, a, y, b)) return false;
  const low = (q: Quantity): number => q.min ?? q.value ?? q.max ?? 0;
  const [u, v] = [low(a), low(b)].sort((m, n) => m - n) as [number, number];
  return u > 0 && v / u <= RIVAL_COUNT_RATIO;
}
const PART_OF = /\b(?:including|among them|among whom|of whom|of them)\s*$/i;

/**
 * A count the claim reports as its own total: not one recalled in a clause about another time
 * ("a day after dozens were killed"), nor a part of another count ("15 civilians including two children").
 * @example
 * foreground(claim, claim.quantities[0]!); // false for "a day after dozens were killed"
 */
export function foreground(claim: Claim, q: Quantity): boolean {
  const before = claim.text.slice(0, q.span.start - claim.span.start);
  return !BACKGROUND.test(before) && !PART_OF.test(before);
}

/**
 * The same source giving a new figure for the same measure at the same place on a later date: a
 * revision ("the Observatory raised its toll to 35"), reported apart from conflicts.
 * @example
 * revisionBetween(monday, tuesday)?.explanation;
 */
export function revisionBetween(x: Comparable, y: Comparable): { claimIds: readonly [string, string]; explanation: string } | null {
  if (x.sourceKey !== y.sourceKey || !x.claim.source) return null;
  // "the ministry had raised the toll to 16": a report that says it revises a figure, in the same
  // report or one of the same day, revises the other figure of its source
  const revisesX = REVISING.test(x.claim.cue?.text ?? '');
  const revisesY = REVISING.test(y.claim.cue?.text ?? '');
  const stated = revisesX !== revisesY && x.published === y.published;
  if (!stated && (!x.published || !y.published || x.published === y.published)) return null;
  const [early, late] = stated ? (revisesY ? [x, y] : [y, x]) : x.published! < y.published! ? [x, y] : [y, x];
  // "the death toll ... has risen to 26" in a later report of the source's that named no place, or
  // named none before: the source says its figure changed
  const px = x.claim.event?.places ?? [];
  const py = y.claim.event?.places ?? [];
  const announced = !stated && (!px.length || !py.length) && figureChanged(late.claim.text);
  // (a figure announced as changed is later than the report it revises: only the week need hold)
  if (!stated && !announced && !overlap(px, py).length || !(announced ? withinWeek(x, y) : sameTime(x, y))) return null;
  for (const a of early.claim.quantities.filter((q) => foreground(early.claim, q))) {
    // a toll given without its subject ("the death toll rose to 31") revises one given with it ("at
    // least 20 people"); a new figure is a revision even where the two can both be true (31 is "at least 20")
    const b = late.claim.quantities.find((q) => foreground(late.claim, q) && q.measure && q.measure === a.measure && (q.subject === a.subject || !q.subject || !a.subject) && q.unit === a.unit
      && (q.min !== a.min || q.max !== a.max));
    if (!b) continue;
    const rose = (b.min ?? 0) > (a.max ?? Infinity) || (b.value ?? 0) > (a.value ?? 0);
    return {
      claimIds: [early.claim.id, late.claim.id],
      explanation: stated
        ? `${x.sourceName} ${rose ? 'raised' : 'lowered'} its figure from ${a.text} to ${b.text}: a revision, not a contradiction.`
        : `${x.sourceName} ${rose ? 'raised' : 'lowered'} its figure from ${a.text} (report of ${early.published}) to ${b.text} (report of ${late.published}): a revision, not a contradiction.`,
    };
  }
  return null;
}

/**
 * Whether two quantities can both be true: their intervals meet, allowing 10% either way for an
 * approximate one.
 * @example
 * intervalsMeet({ min: 26, max: null, approximate: false } as Quantity, { min: 12, max: 99, approximate: true } as Quantity); // true
 */
export function intervalsMeet(a: Quantity, b: Quantity): boolean {
  const widen = (q: Quantity): [number, number] => {
    const lo = q.min ?? 0;
    const hi = q.max ?? Infinity;
    return q.approximate ? [lo * 0.9, hi * 1.1] : [lo, hi];
  };
  const [a0, a1] = widen(a);
  const [b0, b1] = widen(b);
  return a0 <= b1 && b0 <= a1;
}

/**
 * The two ids in a fixed order, so that the order of the documents does not matter.
 * @example
 * order('b:c1', 'a:c2'); // ['a:c2', 'b:c1']
 */
export function order(a: string, b: string): readonly [string, string] {
  return a < b ? [a, b] : [b, a];
}
