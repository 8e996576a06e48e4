/**
 * What a claim says an attack hit: civilians ("the strike on the market killed 18 civilians"), no
 * civilians ("there was no indication of civilian casualties", "denied that civilians had been
 * hit"), or a military target ("it hit only military targets", "struck a terrorist training
 * camp"). Two sources that say the first and one of the others of the same strike disagree: the
 * commonest dispute of war reporting, which ACLED and Airwars record as contested civilian harm.
 * @module
 */
import type { Claim } from '../types.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { TargetClass } from '../lexicon/targets.js';
import { longestMatch, phraseKey } from '../util/words.js';
import { isDenial, isUnasserted } from '../claims/index.js';
import { callsClaimFalse } from '../claims/events.js';
import { NEGATORS } from '../lexicon/hedges.js';
import { HARM_EVENTS } from '../lexicon/events.js';

/**
 * What a claim says a strike hit.
 * @example
 * const stance: TargetStance = 'military-target'; // "it hit only military targets"
 */
export type TargetStance = 'civilian-harm' | 'no-civilian-harm' | 'military-target';

interface TargetWord {
  readonly at: number;
  readonly cls: TargetClass;
}

/** Event kinds of an attack on a target; harm is any of these or a count of the dead or wounded. */
const ATTACK_KINDS = new Set(['attack', 'shell']);
/** Words of a strike when the event reader found none ("hit", "a precise operation against"). */
const STRIKE_WORDS = new Set(['hit', 'struck', 'strike', 'strikes', 'targeted', 'targeting', 'operation', 'raid', 'bombed', 'destroyed']);
/** A negator as `phraseKey` leaves it: the lexicon's, and the "t" of "didn't" ("didn t"). */
const isNegator = (words: readonly string[], i: number): boolean => NEGATORS.has(words[i]!) || words[i] === 't' && words[i - 1]?.endsWith('n') === true;
/** How far into a denied text its civilians may stand: "reports of civilian casualties", "that civilians had been hit". */
const DENIED_HEAD = 4;
/** How many words a hostile word may stand before its target noun ("terrorist training camp"). */
const QUALIFIER_REACH = 2;

/**
 * The target words of a text, in order; a hostile word that qualifies a target noun makes one
 * military target ("armed extremist gathering"), and one that qualifies none names combatants.
 */
function targetWords(words: readonly string[], lex: CompiledLexicon): TargetWord[] {
  const out: TargetWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = longestMatch(lex.targets, words, i);
    if (!m) continue;
    out.push({ at: i, cls: m.value });
    i += m.length - 1;
  }
  return out.flatMap((w, n) => {
    if (w.cls === 'target-noun') return [];
    if (w.cls !== 'hostile') return [w];
    const noun = out.slice(n + 1).find((v) => v.cls === 'target-noun' && v.at - w.at <= QUALIFIER_REACH);
    // (or after it, with "of": "the vehicles of the enemy", "positions of the terrorists")
    const between = (v: TargetWord): string => words.slice(v.at + 1, w.at).join(' ');
    const before = out.slice(0, n).reverse().find((v) => v.cls === 'target-noun' && (between(v) === 'of' || between(v) === 'of the'));
    return [{ at: w.at, cls: noun || before ? 'military-site' : 'combatant' }];
  });
}

const isCivilian = (w: TargetWord): boolean => w.cls === 'civilian' || w.cls === 'civilian-site';

/** Words of harm that a negation of civilian harm denies: "no civilian casualties", "were not hit". */
const HARM_WORDS = new Set(['casualties', 'casualty', 'deaths', 'death', 'dead', 'victims', 'killed', 'hurt', 'harmed', 'injured', 'injuries',
  'wounded', 'hit', 'targeted', 'target', 'targeting', 'struck', 'damaged', 'affected', 'losses']);
/** How many words a negator may stand from the civilians it rules out ("no indication of civilian casualties"). */
const NEGATION_REACH = 3;
/** How many words after a negator the harm it rules out may stand ("no residential buildings had been targeted"). */
const HARM_REACH = 5;

/**
 * "no residential buildings had been targeted", "civilians were not harmed", "did not target
 * civilians": a negator with civilians and a word of harm within reach, no combatants between it
 * and the civilians. ("There were no soldiers here, only pensioners" and "the hospital has no more
 * medicines" rule out no harm.)
 */
function negatesCivilians(words: readonly string[], found: readonly TargetWord[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!isNegator(words, i) || words[i + 1] === 'more') continue;
    const near = found.filter((w) => Math.abs(w.at - i) <= NEGATION_REACH && w.at !== i);
    const after = near.filter((w) => w.at > i);
    const before = near.filter((w) => w.at < i);
    // the harm follows the negator: "no civilians were hurt", "civilians were not hurt" (closer)
    const reach = after.length && isCivilian(after[0]!) ? HARM_REACH : before.length && isCivilian(before.at(-1)!) ? 2 : 0;
    for (let k = i + 1; k <= Math.min(words.length - 1, i + reach); k++) if (HARM_WORDS.has(words[k]!)) return true;
    // ("did not fire at civilian settlements", "does not target civilians": an attack denied, then its civilian target)
    if (words.slice(i + 1, i + 3).some((w) => FIRING_WORDS.has(w)) && after.some(isCivilian)) return true;
  }
  return false;
}

/** Verbs of firing on a target, which a negator before them and civilians after them deny ("did not fire at civilian settlements"). */
const FIRING_WORDS: ReadonlySet<string> = new Set(['fire', 'fired', 'shoot', 'shell', 'shelled', 'bomb', 'bombed', 'strike', 'target', 'targeted', 'attack', 'attacked']);

/**
 * Whether words name combatants and no civilians ("five soldiers", "40 Islamic State fighters";
 * "12 militants and 3 civilians" names both).
 * @example
 * namesCombatants('at least 40 Islamic State fighters', lex); // true
 */
export function namesCombatants(text: string, lex: CompiledLexicon): boolean {
  const found = targetWords(phraseKey(text).split(' '), lex);
  return found.some((w) => w.cls === 'combatant') && !found.some(isCivilian);
}

/** Whether every count of the dead or wounded counts combatants ("five soldiers were killed near the school"). */
function countsOnlyCombatants(claim: Claim, lex: CompiledLexicon): boolean {
  const tolls = claim.quantities.filter((q) => q.measure === 'killed' || q.measure === 'wounded');
  // (the subject may be canonical, "government forces" for "five soldiers": the text says who)
  return tolls.length > 0 && tolls.every((q) => namesCombatants(`${q.text} ${q.subject ?? ''}`, lex));
}

/**
 * What a claim says a strike hit, if it says so: civilians harmed, no civilians harmed (a denial
 * or a negation of civilian harm), or a military target. A report its source did not make says
 * nothing.
 * @example
 * targetStance(claimOf('it had hit only military targets'), lex); // 'military-target'
 * targetStance(claimOf('the strike killed 18 civilians at the market'), lex); // 'civilian-harm'
 */
export function targetStance(claim: Claim, lex: CompiledLexicon): TargetStance | null {
  // (nor does a hedged one: "war planes thought to be the coalition's struck militant positions")
  if (isUnasserted(claim) || claim.hedged) return null;
  const words = phraseKey(claim.text).split(' ');
  const found = targetWords(words, lex);
  if (!found.length) return null;
  // ("The Indian claim that only terrorist camps were hit is a blatant lie": what it calls untrue is no stance of its own)
  if (callsClaimFalse(words) >= 0) return null;
  // a denial's text is what it denies: "denied that civilians had been hit" denies harm to people;
  // "denied shelling the market" denies an attack, whose harm it does not dispute
  // (the civilians open what is denied: "rejected any excuses used to justify the bombings ...
  // stressing that targeting civilians ..." denies the excuses)
  // ("denied that his fighters had looted civilian property", "denied holding civilians against their
  // will": harm that is no strike's is not what a strike's toll tells)
  if (isDenial(claim)) return found.some((w) => w.cls === 'civilian' && w.at <= DENIED_HEAD) && words.some((w) => HARM_WORDS.has(w) || FIRING_WORDS.has(w)) ? 'no-civilian-harm' : null;
  if (claim.negated) return negatesCivilians(words, found) ? 'no-civilian-harm' : null;
  const kind = claim.event?.kind ?? '';
  const harm = HARM_EVENTS.has(kind) || claim.quantities.some((q) => q.measure === 'killed' || q.measure === 'wounded');
  if (harm && found.some(isCivilian) && !countsOnlyCombatants(claim, lex)) return 'civilian-harm';
  // ("rockets struck an arms depot, killing 40 people" tells of harm beside the depot, not of a target alone)
  const othersDead = claim.quantities.some((q) => (q.measure === 'killed' || q.measure === 'wounded')) && !countsOnlyCombatants(claim, lex);
  if (found.some((w) => w.cls === 'military-site') && !othersDead && (ATTACK_KINDS.has(kind) || words.some((w) => STRIKE_WORDS.has(w)))) return 'military-target';
  return null;
}
