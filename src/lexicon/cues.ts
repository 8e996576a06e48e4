/**
 * Cue verbs and phrases: the words that attribute a claim to a source.
 *
 * Where it comes from: the reporting verbs of PARC 3.0 and PolNeAR cue annotations (Pareti 2016;
 * Newell et al. 2018), textacy's `constants.REPORTING_VERBS`, and the verbs of perception and
 * evidence that wire copy uses for witnesses and footage. Matched on wink-nlp lemmas.
 * @module
 */

/**
 * How a cue attributes: speech, a report or publication, perception by a witness, or evidence.
 * @example
 * const kind: CueKind = 'perception'; // "a witness heard ..."
 */
export type CueKind = 'speech' | 'report' | 'perception' | 'evidence' | 'belief' | 'intention' | 'stance';

/**
 * One cue verb.
 * @example
 * const told: CueVerb = { lemma: 'tell', kind: 'speech', addressee: true };
 */
export interface CueVerb {
  /** wink-nlp lemma of the verb. */
  readonly lemma: string;
  readonly kind: CueKind;
  /** The verb takes an addressee before its content ("told Reuters"). */
  readonly addressee?: boolean;
  /** Using this verb distances the writer from the content ("claimed", "alleged"). */
  readonly hedged?: boolean;
  /** The verb denies its content ("denied"). */
  readonly negated?: boolean;
  /** Only a source of these types can use it ("heard": a witness; "showed": footage). */
  readonly subjects?: readonly ('witness' | 'evidence' | 'social-media' | 'media')[];
  /**
   * The content must be a clause: "investigators found that the convoy was hit" reports,
   * "rescuers found 10 bodies" and "the UN demanded a ceasefire" do not.
   */
  readonly clausal?: boolean;
  /**
   * The content is an object and what it is called: "the ministry called the report baseless",
   * "Russia called the strike a provocation"; not "called reinforcements" or "called for calm".
   */
  readonly smallClause?: boolean;
  /**
   * The content may be (or, without `clausal`, must be) a figure and its value: "state media put
   * the toll at 12", "the monitor estimated the number of dead at 300".
   */
  readonly figure?: boolean;
  /**
   * A judgement whose content may be someone and the reason for it, where a clause is otherwise
   * needed: "criticized Manafort for accusing the campaign", "praised the rescuers for their courage".
   */
  readonly reason?: boolean;
}

const speech = (lemma: string, extra: Partial<CueVerb> = {}): CueVerb => ({ lemma, kind: 'speech', ...extra });

/**
 * Default cue verbs.
 * @example
 * CUE_VERBS.some((c) => c.lemma === 'say'); // true
 */
export const CUE_VERBS: readonly CueVerb[] = Object.freeze(([
  speech('say'), speech('tell', { addressee: true }), speech('add'), speech('state'), speech('announce'),
  speech('confirm'), speech('insist'), speech('warn', { addressee: true }), speech('note'), speech('explain'), speech('stress'),
  speech('emphasise'), speech('emphasize'), speech('argue'), speech('acknowledge'), speech('admit'),
  speech('assert'), speech('declare'), speech('reiterate'), speech('reply'), speech('respond', { clausal: true }), speech('comment'),
  speech('remark'), speech('mention', { clausal: true }), speech('indicate'), speech('suggest'), speech('predict'),
  speech('recount'), speech('recall'), speech('testify'), speech('vow'), speech('pledge'), speech('promise'),
  speech('threaten', { clausal: true }), speech('boast'), speech('concede'), speech('contend'), speech('maintain', { clausal: true }),
  speech('disclose'), speech('reveal'), speech('describe'), speech('complain'), speech('charge', { clausal: true }), speech('accuse'),
  speech('blame'), speech('inform', { addressee: true }), speech('assure', { addressee: true }),
  speech('claim', { hedged: true }), speech('allege', { hedged: true }),
  speech('deny', { negated: true }), speech('dismiss', { negated: true }), speech('reject', { negated: true }),
  // "wrote that ...", "tweeted: ..."; not "wrote his book", "tweeted a photo"
  { lemma: 'report', kind: 'report' }, { lemma: 'write', kind: 'report', clausal: true }, { lemma: 'tweet', kind: 'report', clausal: true },
  { lemma: 'post', kind: 'report', clausal: true }, { lemma: 'publish', kind: 'report' }, { lemma: 'broadcast', kind: 'report' },
  { lemma: 'quote', kind: 'report' }, { lemma: 'cite', kind: 'report' }, { lemma: 'document', kind: 'report' },
  // "asked the minister whether ...", "warned the rebels that ...": an addressee before the content
  speech('ask', { addressee: true, clausal: true }),
  ...['urge', 'demand', 'propose', 'recommend', 'question', 'counter', 'caution', 'forecast', 'project'].map((lemma) => speech(lemma, { clausal: true })),
  ...['criticize', 'criticise', 'praise'].map((lemma) => speech(lemma, { clausal: true, reason: true })),
  // verbs of manner of speaking and of communication (Levin 1993, classes 37.3 and 37.7)
  ...['joke', 'quip', 'shout', 'yell', 'whisper', 'muse', 'observe', 'imply', 'repeat', 'answer'].map((lemma) => speech(lemma, { clausal: true })),
  // assurance and emphasis in official statements as agencies translate them ("the ministry has
  // guaranteed", "he affirmed", "the statement underlined that"); not "guaranteed the safety of"
  ...['guarantee', 'affirm', 'underline', 'underscore', 'specify', 'clarify'].map((lemma) => speech(lemma, { clausal: true })),
  speech('remind', { addressee: true, clausal: true }),
  speech('call', { smallClause: true }), speech('label', { smallClause: true }), speech('brand', { smallClause: true }),
  ...['find', 'conclude', 'learn'].map((lemma): CueVerb => ({ lemma, kind: 'report', clausal: true })),
  { lemma: 'estimate', kind: 'report', clausal: true, figure: true },
  // "put the toll at 12", "placed the number of dead at 300": a figure and its value (wire style)
  { lemma: 'put', kind: 'report', figure: true }, { lemma: 'place', kind: 'report', figure: true },
  // "raised the toll to 16", "revised the number of dead to 40": a new figure for its count
  ...['raise', 'revise', 'update', 'lower', 'increase'].map((lemma): CueVerb => ({ lemma, kind: 'report', figure: true })),
  ...['think', 'believe', 'fear', 'hope', 'expect', 'worry', 'feel', 'remember'].map((lemma): CueVerb => ({ lemma, kind: 'belief', clausal: true })),
  { lemma: 'suspect', kind: 'belief', hedged: true, clausal: true }, { lemma: 'doubt', kind: 'belief', hedged: true, clausal: true },
  { lemma: 'hear', kind: 'perception', subjects: ['witness'] },
  { lemma: 'see', kind: 'perception', subjects: ['witness'] },
  { lemma: 'witness', kind: 'perception', subjects: ['witness'] },
  { lemma: 'show', kind: 'evidence', subjects: ['evidence', 'social-media', 'media'] },
  { lemma: 'purport', kind: 'evidence', hedged: true, subjects: ['evidence', 'social-media', 'media'] },
  { lemma: 'appear', kind: 'evidence', hedged: true, subjects: ['evidence', 'social-media', 'media'] },
] as CueVerb[]).map((c) => Object.freeze(c)));

/**
 * The figures a `figure` cue puts at a value ("put the toll at 12", "estimated the number of
 * dead at 300"). From wire style for casualty counts.
 * @example
 * FIGURE_NOUNS.has('toll'); // true
 */
export const FIGURE_NOUNS: ReadonlySet<string> = Object.freeze(new Set(['toll', 'tolls', 'number', 'figure', 'count', 'tally', 'casualties', 'dead', 'losses']));

/**
 * Verbs of intention and stance, which PARC 3.0 and PolNeAR annotate as attribution ("She wants
 * to triple the program", "the senator endorsed Clinton", "Trump called for shorter dresses") and
 * which war reporting reads as actions ("rebels refused to surrender", "Russia backs the regime").
 * Not in the default lexicon; add them where stance is what you compare:
 * `compareClaims(docs, { lexicon: { cues: STANCE_CUES } })`. Claims they attribute carry no event.
 *
 * Where it comes from: the most frequent cue lemmas of PolNeAR's training split that are not
 * verbs of saying, reporting, belief, perception or evidence (counted with `scripts/eval.mjs`'s
 * reader), each checked against PARC 3.0's guidelines (Pareti 2016, section 3: intentions and
 * stances are attributed positions).
 * @example
 * compareClaims(docs, { lexicon: { cues: STANCE_CUES } });
 */
export const STANCE_CUES: readonly CueVerb[] = Object.freeze(([
  ...['want', 'plan', 'intend', 'seek', 'aim', 'refuse', 'decline', 'agree', 'offer', 'prefer'].map((lemma): CueVerb => ({ lemma, kind: 'intention', clausal: true })),
  ...['support', 'endorse', 'oppose', 'defend', 'back', 'favor', 'favour', 'criticize', 'criticise', 'condemn', 'denounce', 'praise',
    'blast', 'slam', 'attack', 'mock', 'tout', 'decry', 'lament', 'applaud', 'welcome', 'thank', 'blame'].map((lemma): CueVerb => ({ lemma, kind: 'stance' })),
  { lemma: 'know', kind: 'belief', clausal: true }, { lemma: 'consider', kind: 'belief' }, { lemma: 'view', kind: 'belief' },
] as CueVerb[]).map((c) => Object.freeze(c)));

/**
 * Participles that, after a comma, continue an attribution with a new claim by the same source
 * ("..., adding that ...") or close the content ("..., confirming rebel accounts").
 * @example
 * CONTINUING_PARTICIPLES.adding; // 'continue'
 */
export const CONTINUING_PARTICIPLES: Readonly<Record<string, 'continue' | 'close'>> = Object.freeze({
  adding: 'continue', saying: 'continue', noting: 'continue', stressing: 'continue', warning: 'continue',
  insisting: 'continue', explaining: 'continue', stating: 'continue', claiming: 'continue', denying: 'continue', rejecting: 'continue', blaming: 'continue', accusing: 'continue',
  confirming: 'close', citing: 'close', quoting: 'close', echoing: 'close', contradicting: 'close',
  according: 'close',
});

/**
 * Participles of manner that follow a cue as an adjunct ("said, speaking on condition of
 * anonymity", "said, referring to the plateau"), besides the continuing participles above: in text
 * whose commas were stripped they stand right after the cue and are not its content. From the
 * participles after "said" in FA-KES's wire copy.
 * @example
 * ADJUNCT_PARTICIPLES.has('speaking'); // true
 */
export const ADJUNCT_PARTICIPLES: ReadonlySet<string> = Object.freeze(new Set([
  'speaking', 'referring', 'naming', 'asking', 'requesting', 'declining', 'pointing', 'calling', 'giving',
]));

/**
 * Words that introduce the addressee or the setting of a cue and are skipped when looking for the
 * content: "told Reuters on Wednesday", "said in a statement", "said late on Tuesday".
 * @example
 * CUE_SETTING_WORDS.has('reporters'); // true
 */
export const CUE_SETTING_WORDS: ReadonlySet<string> = Object.freeze(new Set([
  'reporters', 'journalists', 'media', 'press', 'him', 'her', 'them', 'us', 'me', 'it',
  'later', 'also', 'earlier', 'previously', 'again', 'separately', 'further', 'repeatedly', 'then',
  'yesterday', 'today', 'tonight', 'late', 'early', 'last', 'this', 'that',
]));

/**
 * Where something was said or written, after "in" or "on": "said in a statement", "wrote on
 * Facebook", "told Reuters in an interview". The setting is skipped when looking for the content,
 * and, where it follows the verb directly, it is part of the cue (PolNeAR and PARC 3.0 mark "said
 * in a statement" as the cue; Newell et al. 2018).
 * @example
 * CUE_MEDIA.has('statement'); // true
 */
export const CUE_MEDIA: ReadonlySet<string> = Object.freeze(new Set([
  'statement', 'interview', 'video', 'speech', 'conference', 'briefing', 'post', 'message', 'communique',
  'telephone', 'phone', 'twitter', 'facebook', 'telegram', 'reporters', 'journalists', 'television', 'tv',
  'radio', 'email', 'letter', 'text', 'tweet', 'blog', 'column', 'memo', 'release',
  // the written forms agencies and monitors publish in ("said in an update", "in a report released Monday")
  'update', 'report', 'bulletin', 'broadcast', 'announcement', 'podcast', 'editorial', 'filing',
]));

/**
 * Irregular participles by which a medium was published, after the medium ("in a statement
 * broadcast on state television", "in a statement read on RTB", "in a letter sent to"); regular
 * ones end in "-ed" and need no list.
 * @example
 * PUBLISHING_PARTICIPLES.has('broadcast'); // true
 */
export const PUBLISHING_PARTICIPLES: ReadonlySet<string> = Object.freeze(new Set([
  'broadcast', 'read', 'sent', 'written', 'shown', 'given', 'put', 'aired', 'run', 'telecast', 'webcast',
]));

/**
 * The part of a medium after its name: "on his Facebook page", "on its Telegram channel".
 * @example
 * CUE_MEDIA_PARTS.has('channel'); // true
 */
export const CUE_MEDIA_PARTS: ReadonlySet<string> = Object.freeze(new Set([
  'page', 'account', 'channel', 'feed', 'site', 'website', 'timeline', 'post', 'app', 'messaging', 'messenger',
]));

/**
 * Verbs that take a cue as their infinitive and stand in its verb group: "continued to question",
 * "went on to say", "declined to say" (PolNeAR marks the whole group as the cue). Those marked
 * `withheld` say that the report was not made.
 * @example
 * CATENATIVE_CUES.get('decline'); // { withheld: true }
 */
export const CATENATIVE_CUES: ReadonlyMap<string, { readonly withheld: boolean }> = new Map([
  ['continue', { withheld: false }], ['begin', { withheld: false }], ['start', { withheld: false }], ['go', { withheld: false }],
  ['decline', { withheld: true }], ['refuse', { withheld: true }],
]);

/**
 * Cue verbs whose content opens with who did harm: "blamed RSF artillery for the shelling",
 * "accused the government of killing five people".
 *
 * Where it comes from: the verbs of blame of Levin's (1993) "judgment verbs" class (33) that
 * wire copy uses for an attribution of responsibility.
 * @example
 * BLAME_CUES.has('blame'); // true
 */
export const BLAME_CUES: ReadonlySet<string> = Object.freeze(new Set(['blame', 'accuse', 'charge']));
