/**
 * Number words, interval modifiers, vague amounts, units and counted measures.
 *
 * Conventions, with their sources:
 * - Bounds ("at least 26" is [26, ∞), "more than 20" is [21, ∞) for counts) follow CoreNLP's
 *   QuantifiableEntityNormalizer.
 * - Vague amounts are documented intervals with `approximate` set. ACLED's codebook counts
 *   "dozens" as 12 when no better figure exists, so 12 is the lower bound of "dozens"; "several"
 *   and "a few" follow the same conservative reading. UCDP keeps low/best/high estimates; the
 *   interval here is the low/high, `value` the best point where there is one.
 * - Approximations ("about", "some", "around") keep the point value and widen nothing: the
 *   comparison allows a tolerance for approximate values instead (10% by default).
 * @module
 */

/**
 * Cardinal number words and their values.
 * @example
 * NUMBER_WORDS.get('twenty'); // 20
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12],
]);

/**
 * Multipliers that follow a number ("three hundred", "1.5 million").
 * @example
 * MULTIPLIERS.get('million'); // 1e6
 */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['mn', 1e6], ['bn', 1e9],
]);

/**
 * Vague amounts as documented intervals: word sequence -> [min, max] (max null: unbounded).
 * @example
 * VAGUE_AMOUNTS.get('dozens'); // [12, 99]
 */
export const VAGUE_AMOUNTS: ReadonlyMap<string, readonly [number, number | null]> = new Map<string, readonly [number, number | null]>([
  ['a few', [2, 5]], ['few', [2, 5]], ['a handful', [2, 5]], ['a handful of', [2, 5]], ['several', [3, 9]],
  ['a number of', [3, 20]], ['dozens', [12, 99]], ['dozens of', [12, 99]], ['scores', [40, 199]], ['scores of', [40, 199]],
  ['tens', [20, 99]], ['hundreds', [200, 999]], ['hundreds of', [200, 999]], ['thousands', [2000, 9999]],
  ['thousands of', [2000, 9999]], ['tens of thousands', [20000, 99999]], ['hundreds of thousands', [200000, 999999]],
  ['millions', [2e6, 9999999]], ['millions of', [2e6, 9999999]], ['a dozen', [12, 12]], ['some dozen', [12, 12]],
  ['many', [3, null]], ['a couple of', [2, 3]],
]);

/**
 * How a modifier changes a number: a bound, an approximation, or a cap.
 * @example
 * NUMBER_MODIFIERS.get('up to'); // 'max'
 */
export type ModifierEffect = 'min' | 'minExclusive' | 'max' | 'maxExclusive' | 'approx' | 'approxMax';

/**
 * Modifiers before a number, as lower-case word sequences.
 * @example
 * NUMBER_MODIFIERS.get('at least'); // 'min'
 */
export const NUMBER_MODIFIERS: ReadonlyMap<string, ModifierEffect> = new Map<string, ModifierEffect>([
  ['at least', 'min'], ['no fewer than', 'min'], ['no less than', 'min'], ['not less than', 'min'], ['a minimum of', 'min'],
  ['more than', 'minExclusive'], ['over', 'minExclusive'], ['upwards of', 'minExclusive'], ['in excess of', 'minExclusive'],
  ['up to', 'max'], ['as many as', 'max'], ['at most', 'max'], ['no more than', 'max'], ['a maximum of', 'max'],
  ['fewer than', 'maxExclusive'], ['less than', 'maxExclusive'], ['under', 'maxExclusive'], ['below', 'maxExclusive'],
  ['nearly', 'approxMax'], ['almost', 'approxMax'], ['close to', 'approxMax'], ['just under', 'approxMax'],
  ['about', 'approx'], ['around', 'approx'], ['some', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'],
  ['an estimated', 'approx'], ['estimated', 'approx'], ['circa', 'approx'], ['approx', 'approx'], ['within', 'max'],
]);

/**
 * Unit words -> canonical unit and factor to it.
 * @example
 * UNITS.get('miles'); // { unit: 'km', factor: 1.609344, dimension: 'length' }
 */
export const UNITS: ReadonlyMap<string, { readonly unit: string; readonly factor: number; readonly dimension: string }> = new Map(
  ([
    [['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], 'km', 1, 'length'],
    [['mile', 'miles', 'mi'], 'km', 1.609344, 'length'],
    [['metre', 'metres', 'meter', 'meters'], 'km', 0.001, 'length'],
    [['%', 'percent', 'per cent', 'pct'], '%', 1, 'ratio'],
    [['year', 'years'], 'year', 1, 'duration'], [['month', 'months'], 'month', 1, 'duration'],
    [['week', 'weeks'], 'week', 1, 'duration'], [['day', 'days'], 'day', 1, 'duration'],
    [['hour', 'hours'], 'hour', 1, 'duration'], [['minute', 'minutes'], 'minute', 1, 'duration'],
  ] as const).flatMap(([words, unit, factor, dimension]) => words.map((w) => [w, { unit, factor, dimension }] as const)),
);

/**
 * Words that say what is counted, by lemma -> measure.
 * @example
 * MEASURE_WORDS.get('kill'); // 'killed'
 */
export const MEASURE_WORDS: ReadonlyMap<string, string> = new Map([
  ['kill', 'killed'], ['killed', 'killed'], ['dead', 'killed'], ['corpse', 'killed'], ['die', 'killed'], ['death', 'killed'], ['toll', 'killed'],
  ['fatality', 'killed'], ['casualty', 'casualties'], ['wound', 'wounded'], ['wounded', 'wounded'], ['injure', 'wounded'],
  ['injured', 'wounded'], ['hurt', 'wounded'], ['displace', 'displaced'], ['displaced', 'displaced'], ['flee', 'displaced'],
  ['evacuate', 'evacuated'], ['arrest', 'arrested'], ['detain', 'arrested'], ['missing', 'missing'], ['abduct', 'abducted'],
  ['kidnap', 'abducted'], ['capture', 'captured'], ['execute', 'killed'], ['behead', 'killed'],
]);

/**
 * Nouns for who is counted, by lower-case word sequence -> canonical subject.
 * @example
 * SUBJECT_WORDS.get('regime forces'); // 'government forces'
 */
export const SUBJECT_WORDS: ReadonlyMap<string, string> = new Map([
  ['people', 'people'], ['persons', 'people'], ['person', 'people'], ['civilians', 'civilians'], ['civilian', 'civilians'],
  ['children', 'children'], ['child', 'children'], ['women', 'women'], ['residents', 'civilians'],
  ['regime forces', 'government forces'], ['government forces', 'government forces'], ['government troops', 'government forces'],
  ['soldiers', 'government forces'], ['troops', 'government forces'], ['pro-government fighters', 'government forces'],
  ['army', 'government forces'], ['rebels', 'rebels'], ['rebel fighters', 'rebels'], ['insurgents', 'rebels'],
  ['militants', 'rebels'], ['fighters', 'fighters'], ['jihadists', 'rebels'], ['opposition fighters', 'rebels'],
  ['both sides', 'both sides'], ['combatants', 'fighters'], ['policemen', 'police'], ['police', 'police'],
  ['soldier', 'government forces'], ['rebel', 'rebels'], ['fighter', 'fighters'], ['militant', 'rebels'],
  ['insurgent', 'rebels'], ['woman', 'women'], ['policeman', 'police'],
  // a state's forces by their formal names ("14 members of the security forces", "servicemen")
  ['security forces', 'government forces'], ['armed forces', 'government forces'], ['servicemen', 'government forces'],
  ['service members', 'government forces'], ['security personnel', 'government forces'],
  // what a state calls the fighters it fights ("300 bandits were killed", "12 terrorists")
  ['bandits', 'rebels'], ['terrorists', 'rebels'],
  ['junta soldiers', 'government forces'], ['junta troops', 'government forces'], ['junta forces', 'government forces'],
  ['regime soldiers', 'government forces'], ['army soldiers', 'government forces'], ['government soldiers', 'government forces'],
]);

/**
 * Things a war report counts that are no casualties: a count of them takes no "killed" or
 * "wounded" from the words around it ("six wounded in 73 strikes", "shot down 21 of 30 drones").
 * Lemmas, as wink-nlp gives them; from wire copy on air wars and shelling.
 * @example
 * COUNTED_THINGS.has('strike'); // true
 */
export const COUNTED_THINGS: ReadonlySet<string> = Object.freeze(new Set([
  'strike', 'airstrike', 'raid', 'air raid', 'attack', 'missile', 'rocket', 'drone', 'shell', 'bomb', 'barrel', 'mortar', 'target',
  'explosion', 'blast', 'sortie', 'time', 'vehicle', 'tank', 'truck', 'building', 'home', 'house', 'site', 'position', 'round',
]));

/**
 * Verbs by which a figure changes or stands ("the toll rose to 56", "the toll stood at 40"), each
 * with its past forms, which a claim's text shows when it says its source changed a figure ("the
 * death toll has risen to 26").
 * @example
 * FIGURE_CHANGE_VERBS.get('rise'); // ['rose', 'risen']
 */
export const FIGURE_CHANGE_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['rise', ['rose', 'risen']], ['climb', ['climbed']], ['reach', ['reached']], ['jump', ['jumped']],
  ['increase', ['increased']], ['stand', ['stood']], ['mount', ['mounted']], ['grow', ['grew', 'grown']],
  ['soar', ['soared']], ['fall', ['fell', 'fallen']], ['drop', ['dropped']],
]);

/**
 * Words by which a figure changes, from {@link FIGURE_CHANGE_VERBS}: "has risen to 26", "climbed
 * to 40" (an alternation of words: linear on any text).
 * @example
 * FIGURE_CHANGE_WORDS.test('the death toll has risen to 26'); // true
 */
export const FIGURE_CHANGE_WORDS = new RegExp(`\\b(?:${[...FIGURE_CHANGE_VERBS.values()].flat().join('|')})\\s+to\\b`, 'i');

/**
 * Words for the members of a group named before them ("Taliban fighters", "LNA soldiers",
 * "Hezbollah militants"): such a count counts the group. From wire copy on armed groups.
 * @example
 * MEMBER_NOUNS.has('fighters'); // true
 */
export const MEMBER_NOUNS: ReadonlySet<string> = Object.freeze(new Set([
  'fighters', 'soldiers', 'troops', 'militants', 'members', 'gunmen', 'militiamen', 'combatants', 'servicemen',
]));

/**
 * Words by which a source disputes another's figure: "the figure was grossly exaggerated",
 * "dismissed the toll as inflated".
 *
 * Where it comes from: the verbs and adjectives of rebuttal in the FA-KES and war-report sets
 * ("exaggerated", "inflated", "fabricated") beside FALSITY words of claims.
 * @example
 * FIGURE_DISPUTE_WORDS.has('exaggerated'); // true
 */
export const FIGURE_DISPUTE_WORDS: ReadonlySet<string> = Object.freeze(new Set([
  'exaggerated', 'inflated', 'overstated', 'fabricated', 'false', 'untrue', 'baseless', 'invented', 'fictitious', 'propaganda',
]));

/**
 * Nouns for a figure another source gave: "the figure", "the toll", "these numbers".
 * @example
 * FIGURE_NOUNS_DISPUTED.has('toll'); // true
 */
export const FIGURE_NOUNS_DISPUTED: ReadonlySet<string> = Object.freeze(new Set([
  'figure', 'figures', 'toll', 'tolls', 'number', 'numbers', 'count', 'estimate', 'estimates', 'casualties',
]));
