/**
 * Agreements between claims: syndication (near-identical text in two reports, by edit distance
 * with fast-levenshtein), repetition (the same source saying the same again), and corroboration
 * (independent sources that say the same thing, or give the same figure for the same measure of
 * the same thing, or that the text names together: "the military and an activist group said").
 * @module
 */
import levenshtein from 'fast-levenshtein';
import type { Agreement, Quantity } from '../types.js';
import type { Comparable } from './conflicts.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { SIDE_MODIFIERS } from '../lexicon/descriptors.js';
import { intervalsMeet, order } from './conflicts.js';
import { isDenial, isUnasserted } from '../claims/index.js';

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
  // a figure is compared for one place: counts of two places, or of no place, say nothing of each other
  const samePlace = (x.claim.event?.places ?? []).some((p) => (y.claim.event?.places ?? []).includes(p));
  for (const a of x.claim.quantities) {
    const key = fact(a);
    if (!key || (a.measure !== 'distance' && !samePlace)) continue;
    const b = y.claim.quantities.find((q) => fact(q) === key && intervalsMeet(a, q));
    if (!b) continue;
    const what = a.measure === 'distance'
      ? `both put ${a.subject ?? 'the place'} ${a.approximate || b.approximate ? 'about ' : ''}${a.value ?? a.min} km from ${a.reference ?? 'the same point'}`
      : `both give ${a.text} ${a.measure}${b.text !== a.text ? ` ("${b.text}")` : ''}`;
    return { kind: 'corroboration', claimIds, explanation: `${x.sourceName} and ${y.sourceName} agree: ${what}.` };
  }
  // the same words about the same kind of event, at the same place, or in one report, or in words
  // enough to be one account ("it hit only military targets" from Moscow and from the US military,
  // in reports of two wars, is a formula, not a corroboration)
  const sameSetting = samePlace || x.claim.docId === y.claim.docId || Math.min(fx.content.size, fy.content.size) >= 8;
  if (share >= CONTAINMENT && x.claim.event?.kind === y.claim.event?.kind && sameSetting) {
    return { kind: 'corroboration', claimIds, explanation: `${x.sourceName} and ${y.sourceName} independently say the same.` };
  }
  return null;
}
