/**
 * Agreements between claims: syndication (near-identical text in two reports, by edit distance
 * with fast-levenshtein), repetition (the same source saying the same again), and corroboration
 * (independent sources that say the same thing, or give the same figure for the same measure of
 * the same thing, or that the text names together: "the military and an activist group said").
 * @module
 */
import levenshtein from 'fast-levenshtein';
import type { Agreement, Claim, Quantity } from '../types.js';
import type { Comparable } from './conflicts.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { SIDE_MODIFIERS } from '../lexicon/descriptors.js';
import { CONTROLLED, foreground, intervalsMeet, order, sameTime, sharedSetting } from './conflicts.js';
import { isDenial, isUnasserted } from '../claims/index.js';
import { namesCombatants } from './targets.js';

type Draft = Omit<Agreement, 'id'>;

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'to', 'and', 'or', 'for', 'with', 'by', 'at', 'from', 'that', 'this', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'it', 'its', 'as', 'but', 'there', 'their', 'they', 'he', 'she', 'we', 'which', 'who']);

/**
 * Text normalised for comparison, and its content words.
 * @example
 * const form: TextForm = { normal: 'support from russia and iran', content: new Set(['support', 'russia', 'iran']) };
 */
export interface TextForm {
  readonly normal: string;
  readonly content: ReadonlySet<string>;
}

/**
 * Syndicated text: at least this similar by normalised edit distance.
 * @example
 * similarEnough(a, b, SYNDICATION_SIMILARITY); // copied text
 */
export const SYNDICATION_SIMILARITY = 0.8;
/**
 * Repetition and corroboration by text: this share of the shorter claim's content words in the longer.
 * @example
 * containment(x, y) >= CONTAINMENT; // the same words again
 */
export const CONTAINMENT = 0.7;

/** Whether two texts are at least `threshold` similar by normalised edit distance. */
function similarEnough(a: string, b: string, threshold: number): boolean {
  const n = Math.max(a.length, b.length);
  if (n === 0) return true;
  // the distance is at least the difference in length: most pairs are settled without computing it
  if (1 - Math.abs(a.length - b.length) / n < threshold) return false;
  return 1 - levenshtein.get(a, b) / n >= threshold;
}

function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 4) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}

/**
 * Content words of a normalised text, with a crude plural fold ("insurgents" ~ "insurgent").
 * @example
 * contentWords('the insurgents had mobilised'); // Set { 'insurgent', 'mobilised' }
 */
export function contentWords(normal: string): Set<string> {
  return new Set(normal.split(' ').filter((w) => w.length > 2 && !STOP.has(w)).map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)));
}

/**
 * "Insurgents captured Soran, confirming rebel accounts": the report itself says the claim agrees
 * with another side's account; that side's claim about the same place is the other half.
 * @example
 * confirmationBetween(observatory, rebelClaim, lex)?.kind; // 'corroboration'
 */
export function confirmationBetween(x: Comparable, y: Comparable, lex: CompiledLexicon): Omit<Agreement, 'id'> | null {
  const whose = x.claim.confirms;
  if (!whose || !y.claim.source || x.sourceKey === y.sourceKey) return null;
  const side = whose.toLowerCase().split(/[^a-z-]+/).map((w) => SIDE_MODIFIERS.get(w) ?? lex.sides.map.get(w)).find(Boolean);
  if (!side || y.alignment !== side) return null;
  return { kind: 'corroboration', claimIds: order(x.claim.id, y.claim.id), explanation: `The report says ${x.sourceName}'s account confirms ${whose}; ${y.sourceName} gives one.` };
}

function fact(q: Quantity): string | null {
  if (!q.measure || (!q.subject && !q.reference)) return null;
  return `${q.measure}|${q.subject ?? ''}|${q.reference ?? ''}|${q.unit ?? ''}`;
}

/**
 * The agreement between two claims, if any.
 * @example
 * agreementBetween(x, y, forms)?.kind; // 'syndication'
 */
export function agreementBetween(x: Comparable, y: Comparable, fx: TextForm, fy: TextForm): Draft | null {
  // "the army did not confirm that the town fell" agrees with nothing, and copies nothing
  if (isUnasserted(x.claim) || isUnasserted(y.claim)) return null;
  const claimIds = order(x.claim.id, y.claim.id);
  const share = containment(fx.content, fy.content);
  // copied text shares most of its words: the edit distance is computed only then
  if (x.claim.docId !== y.claim.docId && fx.content.size >= 6 && share >= 0.5 && similarEnough(fx.normal, fy.normal, SYNDICATION_SIMILARITY)) {
    return { kind: 'syndication', claimIds, explanation: `The same sentence appears in ${x.claim.docId} and ${y.claim.docId}: copied text, not two accounts.` };
  }
  if (x.sourceKey === y.sourceKey) {
    if (x.claim.source && share >= CONTAINMENT) return { kind: 'repetition', claimIds, explanation: `${x.sourceName} says the same again${x.claim.docId !== y.claim.docId ? ` in ${x.claim.docId} and ${y.claim.docId}` : ''}: one source, not two.` };
    return null;
  }
  if (!x.claim.source || !y.claim.source) return null;
  // a denial of an account does not corroborate it ("Russia said it captured X; Ukraine denied the claim")
  if (isDenial(x.claim) !== isDenial(y.claim)) return null;
  if (x.claim.span.start === y.claim.span.start && x.claim.docId === y.claim.docId) {
    return { kind: 'corroboration', claimIds, explanation: `${x.sourceName} and ${y.sourceName} are both given as the source of this account.` };
  }
  // a distance is a fact of the map; counts of one event are compared by `figureAgreement`
  for (const a of x.claim.quantities) {
    const key = fact(a);
    if (!key || a.measure !== 'distance') continue;
    const b = y.claim.quantities.find((q) => fact(q) === key && intervalsMeet(a, q));
    if (!b) continue;
    return { kind: 'corroboration', claimIds, explanation: `${x.sourceName} and ${y.sourceName} agree: both put ${a.subject ?? 'the place'} ${a.approximate || b.approximate ? 'about ' : ''}${a.value ?? a.min} km from ${a.reference ?? 'the same point'}.` };
  }
  // (the same words with figures that are not the same are two accounts: "at least 18 civilians
  // were killed in Yebaba" and "more than 40 civilians were killed in Yebaba")
  const rivalFigures = x.claim.quantities.some((a) => a.measure && a.measure !== 'distance' && y.claim.quantities.some((b) => b.measure === a.measure && !sameFigure(a, b)));
  if (rivalFigures) return null;
  const samePlace = (x.claim.event?.places ?? []).some((p) => (y.claim.event?.places ?? []).includes(p));
  // the same words about the same kind of event, at the same place, or in one report, or in words
  // enough to be one account ("it hit only military targets" from Moscow and from the US military,
  // in reports of two wars, is a formula, not a corroboration)
  const sameSetting = samePlace || x.claim.docId === y.claim.docId || Math.min(fx.content.size, fy.content.size) >= 8;
  if (share >= CONTAINMENT && x.claim.event?.kind === y.claim.event?.kind && sameSetting) {
    return { kind: 'corroboration', claimIds, explanation: `${x.sourceName} and ${y.sourceName} independently say the same.` };
  }
  return null;
}

/** Subjects that count the dead without saying who they were: "12 bodies", "17 dead". */
const GENERIC_SUBJECTS = new Set(['bodies', 'body', 'dead', 'victims', 'casualties']);
/** Subjects that count people without saying who, and are no combatants: "36 people" are not "dozens of insurgents". */
const PEOPLE_SUBJECTS = new Set(['people', 'persons', 'person', 'individuals']);
/** Subjects that count groups or things, not people: they meet only themselves. */
const GROUP_SUBJECTS = new Set(['families', 'households', 'groups', 'units', 'homes', 'houses', 'buildings', 'villages', 'towns', 'vehicles', 'tanks', 'convoys']);
/** How many characters after a count may still name whom it counts ("40 Islamic State fighters"). */
const SUBJECT_REACH = 24;
/**
 * How far apart two written figures may lie and still be the same figure: "at least 12" and "12
 * bodies" are; "at least 18" and "more than 40" are two accounts (UCDP keeps such a pair as low and
 * high estimates, not as one).
 */
const SAME_FIGURE_RATIO = 1.25;
/** How wide a vague range may be to corroborate a figure: "dozens" (12 to 99) may, "up to 80" (0 to 80) may not. */
const VAGUE_RANGE_RATIO = 10;
/** The least lower bound of a vague range that may corroborate: "dozens" (12), "scores", "hundreds"; not "several". */
const MIN_VAGUE_FLOOR = 10;
/** The least figure two sources may corroborate by: equal small counts ("two children", "three killed") meet by chance. */
const MIN_FIGURE = 5;

/**
 * Whether two subjects may count the same people: the same words, or one the other's with fewer
 * modifiers ("fighters" and "Wazalendo militia fighters"), or a count of the dead that does not say
 * who ("12 bodies" and "at least 12 civilians"), or of people who are no combatants ("five people"
 * and "five children"); "government soldiers" and "rebel soldiers" may not, nor "36 people" and
 * "dozens of insurgents".
 */
function subjectsMeet(qa: Quantity, x: Claim, qb: Quantity, y: Claim, lex: CompiledLexicon): boolean {
  const a = qa.subject;
  const b = qb.subject;
  if (a === b) return true;
  // a count without its subject ("the toll rose to 31") meets people in general, or those its claim
  // names ("put the number of gunmen killed at 31" is no count of soldiers)
  if (!a || !b) {
    const [named, other] = a ? [a, y.text] : [b!, x.text];
    const last = named.toLowerCase().split(' ').at(-1)!;
    return PEOPLE_SUBJECTS.has(last) || GENERIC_SUBJECTS.has(last) || other.toLowerCase().includes(last);
  }
  const wa = a.toLowerCase().split(' ');
  const wb = b.toLowerCase().split(' ');
  // ("six families", "12 homes": groups and things are counted as themselves)
  if (GROUP_SUBJECTS.has(wa.at(-1)!) || GROUP_SUBJECTS.has(wb.at(-1)!)) return false;
  if (GENERIC_SUBJECTS.has(wa.at(-1)!) || GENERIC_SUBJECTS.has(wb.at(-1)!)) return true;
  // (the subject may be canonical or cut short, "islamic" for "40 Islamic State fighters": the
  // words after the count say who)
  const combatants = (q: Quantity, c: Claim): boolean => namesCombatants(`${q.text} ${c.text.slice(q.span.end - c.span.start, q.span.end - c.span.start + SUBJECT_REACH)}`, lex);
  if (PEOPLE_SUBJECTS.has(wa.at(-1)!)) return !combatants(qb, y);
  if (PEOPLE_SUBJECTS.has(wb.at(-1)!)) return !combatants(qa, x);
  if (wa.at(-1) !== wb.at(-1)) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w));
}

/** Whether two counts give the same figure: written figures close, or a bounded vague range ("dozens") that holds the other. */
function sameFigure(a: Quantity, b: Quantity): boolean {
  if (!intervalsMeet(a, b) || a.value === null && b.value === null) return false;
  if (a.value !== null && b.value !== null) return Math.max(a.value, b.value) <= SAME_FIGURE_RATIO * Math.max(1, Math.min(a.value, b.value));
  const [vague, figure] = a.value === null ? [a, b] : [b, a];
  // ("a number of", "several", "many": too loose to corroborate anything)
  if (vague.min === null || vague.min < MIN_VAGUE_FLOOR || vague.max === null || vague.max > VAGUE_RANGE_RATIO * vague.min) return false;
  // the figure lies in the range: "more than 70" in "dozens", not "at least six"
  return figure.value! >= vague.min && figure.value! <= vague.max;
}

/**
 * Two sources that give the same figure for the same measure of one event: at a place they share,
 * or in one report where one of them names no place ("at least 12 civilians were killed when
 * aircraft bombed the monastery" and a resident's "he had helped bury 12 bodies"; "at least 20
 * Houthi fighters" and "dozens of Houthi fighters"). Counts recalled from another time are not
 * compared; a running total ("3,000 have fled since Thursday") is, when the figures are the same.
 * @example
 * figureAgreement(monitor, resident, lex, fine, coarse)?.kind; // 'corroboration'
 */
export function figureAgreement(x: Comparable, y: Comparable, lex: CompiledLexicon, fine: (place: string) => boolean, coarse: (place: string) => boolean): Draft | null {
  // (the same source in another report gives its figure again: a repetition, not corroboration)
  if (x.sourceKey === y.sourceKey && x.claim.docId === y.claim.docId || !x.claim.source || !y.claim.source) return null;
  if (isUnasserted(x.claim) || isUnasserted(y.claim) || isDenial(x.claim) || isDenial(y.claim) || x.claim.negated || y.claim.negated) return null;
  if (!sameTime(x, y)) return null;
  // one event: a place finer than a city (a city sees many in a week), or a city on the same day the
  // text gives both, or one report where one names no place
  const shared = sharedSetting(x, y, coarse);
  const dated = x.claim.date !== null && x.claim.date === y.claim.date;
  if (!shared || shared !== true && !shared.some(fine) && !dated) return null;
  for (const a of x.claim.quantities) {
    if (!a.measure || a.measure === 'distance' || a.unit !== null || (a.value ?? a.min ?? 0) < MIN_FIGURE || !foreground(x.claim, a)) continue;
    const b = y.claim.quantities.find((q) => q.measure === a.measure && q.unit === null && foreground(y.claim, q)
      && subjectsMeet(a, x.claim, q, y.claim, lex) && sameFigure(a, q));
    if (!b) continue;
    if (x.sourceKey === y.sourceKey) return repeated(x, y, `${a.text} ${a.measure}`);
    return {
      kind: 'corroboration', claimIds: order(x.claim.id, y.claim.id),
      explanation: `${x.sourceName} and ${y.sourceName} agree: ${a.text} ${a.measure}${b.text !== a.text ? ` and ${b.text}` : ''}.`,
    };
  }
  return null;
}


/**
 * Two sources that say the same side took or holds the same place at the same time: the Russian
 * ministry's "captured the village of Ostrivske" and DeepState's "Russian forces had occupied
 * Ostrivske". A denial, a hedge or a report not made corroborates nothing, and a capture claimed
 * only in part ("part of the town") is not the same claim.
 * @example
 * controlAgreement(ministry, deepState, fine)?.kind; // 'corroboration'
 */
export function controlAgreement(x: Comparable, y: Comparable, fine: (place: string) => boolean): Draft | null {
  if (x.sourceKey === y.sourceKey && x.claim.docId === y.claim.docId || !x.claim.source || !y.claim.source) return null;
  const asserted = (c: Comparable): boolean => !isUnasserted(c.claim) && !isDenial(c.claim) && !c.claim.negated && !c.claim.hedged;
  const ex = x.claim.event;
  const ey = y.claim.event;
  if (!ex?.agent || !ey?.agent || ex.agent !== ey.agent || !CONTROLLED.has(ex.status ?? '') || !CONTROLLED.has(ey.status ?? '')) return null;
  // ("repelled an attack on Aleppo" holds no city: a repulsion speaks of a position, not a place)
  if (ex.kind === 'repel' || ey.kind === 'repel' || !asserted(x) || !asserted(y) || !sameTime(x, y)) return null;
  const places = ex.places.filter((p) => ey.places.includes(p) && fine(p));
  if (!places.length) return null;
  const held = `${ex.agent === 'government' || ex.agent === 'opposition' ? `${ex.agent} forces` : `${ex.agent}'s forces`} hold ${places.join(', ')}`;
  if (x.sourceKey === y.sourceKey) return repeated(x, y, held);
  return {
    kind: 'corroboration', claimIds: order(x.claim.id, y.claim.id),
    explanation: `${x.sourceName} and ${y.sourceName} agree: ${held}.`,
  };
}

/** One source saying the same again in another report, in other words: a repetition, not two accounts. */
function repeated(x: Comparable, y: Comparable, what: string): Draft {
  return { kind: 'repetition', claimIds: order(x.claim.id, y.claim.id), explanation: `${x.sourceName} says again in ${y.claim.docId} what it said in ${x.claim.docId} (${what}): one source, not two.` };
}
