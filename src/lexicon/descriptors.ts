/**
 * Source descriptors: the common nouns and phrases by which reports name a source without naming
 * it ("a military source", "state media", "a war monitor", "witnesses"), with the source type and
 * side they imply; and the roles that tie a person to an organisation ("spokesman for", "head of").
 *
 * Where it comes from: the source categories of Airwars and ACLED source notes, the PolNeAR source
 * annotations, and the way Reuters, AP and AFP describe sources in conflict reporting.
 * @module
 */
import type { Alignment, SourceType } from './types.js';

/**
 * A descriptor phrase (lower case, words separated by single spaces).
 * @example
 * const d: SourceDescriptor = { phrase: 'state media', type: 'state-media', alignment: 'government' };
 */
export interface SourceDescriptor {
  readonly phrase: string;
  readonly type: SourceType;
  readonly alignment?: Alignment;
  /** The descriptor names one person ("a commander"), not a body ("state media"). */
  readonly person?: boolean;
  /** Canonical descriptor it is a synonym of ("army" -> "military"). */
  readonly same?: string;
}

const d = (phrase: string, type: SourceType, extra: Partial<SourceDescriptor> = {}): SourceDescriptor => ({ phrase, type, ...extra });
const gov: Partial<SourceDescriptor> = { alignment: 'government' };
const opp: Partial<SourceDescriptor> = { alignment: 'opposition' };
const ind: Partial<SourceDescriptor> = { alignment: 'independent' };

/**
 * Default source descriptors. The longest phrase found in a source's words decides its type.
 * @example
 * SOURCE_DESCRIPTORS.find((x) => x.phrase === 'war monitor')?.type; // 'monitor'
 */
export const SOURCE_DESCRIPTORS: readonly SourceDescriptor[] = Object.freeze([
  d('state media', 'state-media', gov), d('state-run media', 'state-media', { ...gov, same: 'state media' }),
  d('state television', 'state-media', gov), d('state tv', 'state-media', { ...gov, same: 'state television' }),
  d('state-run television', 'state-media', { ...gov, same: 'state television' }), d('state news agency', 'state-media', gov),
  d('official news agency', 'state-media', { ...gov, same: 'state news agency' }), d('state broadcaster', 'state-media', gov),
  d('state radio', 'state-media', gov), d('government media', 'state-media', { ...gov, same: 'state media' }),
  d('military source', 'military', { ...gov, person: true }), d('army source', 'military', { ...gov, person: true, same: 'military source' }),
  d('security source', 'military', { ...gov, person: true }), d('military official', 'military', { ...gov, person: true }),
  d('military spokesman', 'military', { ...gov, person: true }), d('army spokesman', 'military', { ...gov, person: true, same: 'military spokesman' }),
  d('military', 'military', gov), d('army', 'military', { ...gov, same: 'military' }), d('armed forces', 'military', { ...gov, same: 'military' }),
  // a military in power (Myanmar, the Sahel, Sudan): "the junta", "the ruling military council"
  d('junta', 'military', { ...gov, same: 'military' }), d('military junta', 'military', { ...gov, same: 'military' }),
  d('military council', 'military', { ...gov, same: 'military' }), d('military government', 'military', { ...gov, same: 'military' }),
  d('army command', 'military', gov), d('general staff', 'military', gov), d('air force', 'military', gov),
  // ("Iraq's Joint Operations Command", "the Operations Command"): a state's command of operations
  d('operations command', 'military', gov), d('joint command', 'military', gov),
  d('navy', 'military', gov), d('security forces', 'military', gov), d('defence forces', 'military', gov),
  d('defense forces', 'military', gov), d('military administration', 'military', gov), d('military spokesperson', 'military', { ...gov, person: true }),
  d('emergency services', 'official'), d('emergencies ministry', 'government', gov), d('civil defence', 'monitor', ind),
  d('civil defense', 'monitor', ind), d('separatists', 'armed-group', opp), d('separatist', 'armed-group', { ...opp, person: true }),
  d('paramilitary', 'armed-group'), d('paramilitaries', 'armed-group'), d('health officials', 'official'),
  d('health authorities', 'government', gov), d('local authorities', 'government', gov), d('regional authorities', 'government', gov), d('general command', 'military', { ...gov, same: 'army command' }),
  d('defence ministry', 'military', gov), d('defense ministry', 'military', { ...gov, same: 'defence ministry' }),
  d('ministry of defence', 'military', { ...gov, same: 'defence ministry' }), d('ministry of defense', 'military', { ...gov, same: 'defence ministry' }),
  d('government', 'government', gov), d('regime', 'government', gov), d('ministry', 'government', gov), d('foreign ministry', 'government', gov),
  d('interior ministry', 'government', gov), d('minister', 'government', { ...gov, person: true }),
  d('government official', 'government', { ...gov, person: true }), d('government source', 'government', { ...gov, person: true }),
  d('president', 'government', { person: true }), d('prime minister', 'government', { person: true }), d('governor', 'government', { person: true }), d('mayor', 'government', { person: true }),
  d('official', 'official', { person: true }), d('officials', 'official'), d('diplomat', 'official', { person: true }),
  d('diplomats', 'official'), d('envoy', 'official', { person: true }), d('spokesman', 'official', { person: true }),
  d('spokeswoman', 'official', { person: true, same: 'spokesman' }), d('spokesperson', 'official', { person: true, same: 'spokesman' }),
  // (a state's police are its forces: "the police have not abandoned Mirebalais")
  d('police', 'official', gov), d('medical source', 'official', { person: true }), d('hospital official', 'official', { person: true }),
  d('monitor', 'monitor', ind), d('war monitor', 'monitor', ind), d('monitoring group', 'monitor', ind),
  d('analysis group', 'monitor', ind), d('open-source analysis group', 'monitor', ind), d('mapping project', 'monitor', ind),
  d('research group', 'expert'), d('think tank', 'expert'), d('general hospital', 'official'),
  d('observatory', 'monitor', ind), d('watchdog', 'monitor', ind), d('rights group', 'monitor', ind),
  d('human rights group', 'monitor', ind), d('activist group', 'monitor', ind), d('activists', 'monitor', ind),
  d('activist', 'monitor', { ...ind, person: true }), d('campaigners', 'monitor', ind), d('aid group', 'monitor', ind),
  d('aid agency', 'monitor', ind),
  // the United Nations and its humanitarian agencies speak as agencies, as wire copy names them
  // ("the UN refugee agency"); its rights monitors stay monitors (OHCHR, commissions of inquiry)
  d('united nations', 'agency', ind), d('un', 'agency', ind),
  // humanitarian bodies as conflict reporting quotes them (charities, aid workers, volunteers)
  d('charity', 'monitor', ind), d('medical charity', 'monitor', ind), d('aid workers', 'monitor', ind),
  d('aid worker', 'monitor', { ...ind, person: true }), d('volunteer group', 'monitor', ind), d('volunteers', 'witness'),
  d('witness', 'witness', { person: true }), d('witnesses', 'witness'), d('eyewitness', 'witness', { person: true, same: 'witness' }),
  d('eyewitnesses', 'witness', { same: 'witnesses' }), d('resident', 'witness', { person: true }), d('residents', 'witness'),
  d('local', 'witness', { person: true }), d('locals', 'witness'), d('medic', 'witness', { person: true }), d('medics', 'witness'),
  // civilians by what they do, as war reports quote them where it happened ("a street vendor", "a
  // trader who fled", "a mother of four"): ACLED and Airwars count such accounts as witness testimony
  d('trader', 'witness', { person: true }), d('traders', 'witness'), d('vendor', 'witness', { person: true }), d('street vendor', 'witness', { person: true }),
  d('shopkeeper', 'witness', { person: true }), d('shopkeepers', 'witness'), d('farmer', 'witness', { person: true }), d('farmers', 'witness'),
  d('fisherman', 'witness', { person: true }), d('fishermen', 'witness'), d('mother', 'witness', { person: true }), d('father', 'witness', { person: true }),
  d('villager', 'witness', { person: true }), d('villagers', 'witness'), d('survivor', 'witness', { person: true }), d('survivors', 'witness'),
  d('displaced', 'witness'), d('taxi driver', 'witness', { person: true }), d('shop owner', 'witness', { person: true }),
  // local administration ("the Macomia district administrator", "the district health director")
  d('administrator', 'government', { person: true }), d('district administrator', 'government', { person: true }),
  d('health director', 'official', { person: true }), d('director', 'official', { person: true }),
  d('doctor', 'witness', { person: true }), d('doctors', 'witness'), d('rescue workers', 'witness'), d('rescuers', 'witness'),
  d('nurse', 'witness', { person: true }), d('nurses', 'witness'), d('paramedic', 'witness', { person: true }), d('paramedics', 'witness'),
  d('rebel', 'armed-group', { ...opp, person: true }), d('rebels', 'armed-group', opp), d('rebel group', 'armed-group', opp),
  d('rebel groups', 'armed-group', opp), d('rebel source', 'armed-group', { ...opp, person: true }), d('rebel commander', 'armed-group', { ...opp, person: true }),
  d('rebel official', 'armed-group', { ...opp, person: true }), d('rebel spokesman', 'armed-group', { ...opp, person: true }),
  d('insurgents', 'armed-group', opp), d('insurgent group', 'armed-group', opp), d('militants', 'armed-group', opp),
  d('militant group', 'armed-group', opp), d('opposition', 'armed-group', opp), d('opposition factions', 'armed-group', opp),
  d('opposition groups', 'armed-group', opp), d('opposition source', 'armed-group', { ...opp, person: true }),
  d('opposition fighters', 'armed-group', opp), d('factions', 'armed-group'), d('faction', 'armed-group'),
  d('brigade', 'armed-group'), d('militia', 'armed-group'), d('fighters', 'armed-group'), d('fighter', 'armed-group', { person: true }),
  d('jihadists', 'armed-group', opp), d('commander', 'armed-group', { person: true }),
  // the groups wire copy names by what they are (Reuters and AFP style: "the Islamist group said",
  // "the jihadist group claimed", "the armed group", "the resistance group")
  d('islamist group', 'armed-group', opp), d('jihadist group', 'armed-group', opp), d('armed group', 'armed-group'),
  d('armed groups', 'armed-group'), d('resistance group', 'armed-group', opp), d('resistance fighters', 'armed-group', opp),
  d('resistance forces', 'armed-group', opp), d('islamist militants', 'armed-group', opp), d('jihadist militants', 'armed-group', opp), d('general', 'military', { person: true }),
  d('officer', 'military', { person: true }), d('colonel', 'military', { person: true }), d('field commander', 'armed-group', { person: true, same: 'commander' }),
  // a state's armed forces by their members: any side ("Russian soldiers", "Ukrainian troops"); the
  // nationality or an affiliation gives the alignment
  // offices named "general" that are not ranks
  d('attorney general', 'official', { person: true }), d('secretary general', 'official', { person: true }),
  d('secretary-general', 'official', { person: true }), d('inspector general', 'official', { person: true }),
  d('surgeon general', 'official', { person: true }), d('solicitor general', 'official', { person: true }),
  d('soldier', 'military', { person: true }), d('soldiers', 'military'), d('troops', 'military'), d('servicemen', 'military'),
  d('serviceman', 'military', { person: true }), d('gunmen', 'armed-group'), d('gunman', 'armed-group', { person: true }),
  d('news agency', 'agency'), d('agency', 'agency'), d('wire service', 'agency'),
  d('newspaper', 'media'), d('daily', 'media'), d('television', 'media'), d('tv', 'media'), d('channel', 'media'),
  d('broadcaster', 'media'), d('website', 'media'), d('news website', 'media'), d('outlet', 'media'), d('magazine', 'media'),
  d('reporter', 'media', { person: true }), d('correspondent', 'media', { person: true }), d('journalist', 'media', { person: true }),
  d('media', 'media'), d('media outlets', 'media'), d('media reports', 'media'), d('reports', 'media'), d('report', 'media'),
  d('social media', 'social-media'), d('video', 'social-media'), d('videos', 'social-media'), d('footage', 'social-media'),
  d('image', 'social-media'), d('still image', 'social-media'), d('images', 'social-media'), d('photo', 'social-media'),
  d('photos', 'social-media'), d('photographs', 'social-media'), d('posts', 'social-media'), d('post', 'social-media'),
  d('analyst', 'expert', { person: true }), d('analysts', 'expert'), d('expert', 'expert', { person: true }),
  d('experts', 'expert'), d('researcher', 'expert', { person: true }), d('professor', 'expert', { person: true }),
  d('local source', 'witness', { person: true }), d('local sources', 'witness'), d('medical sources', 'official'),
  d('police source', 'official', { person: true }), d('hospital', 'official'), d('health ministry', 'government', gov),
  d('health centre', 'official'), d('health center', 'official'), d('health official', 'official', { person: true }),
  d('directorate', 'government'), d('authorities', 'government'), d('administration', 'government'), d('embassy', 'government'),
  d('council', 'official'), d('committee', 'official'), d('commission', 'official'), d('court', 'official'), d('office', 'official'),
  d('department', 'government'), d('kremlin', 'government'), d('white house', 'government'), d('pentagon', 'military'),
  d('state department', 'government'), d('coalition', 'military'), d('alliance', 'armed-group'), d('movement', 'armed-group'),
  d('front', 'armed-group'), d('party', 'official'), d('union', 'official'),
  // criminal armed groups as wire copy on Haiti, Ecuador or Mexico names them ("the Viv Ansanm gang
  // coalition", "a gang leader"): ACLED codes organised gangs as non-state armed groups
  d('gang', 'armed-group'), d('gangs', 'armed-group'), d('armed gangs', 'armed-group'), d('gang coalition', 'armed-group'),
  d('gang alliance', 'armed-group'), d('gang leader', 'armed-group', { person: true }), d('gang members', 'armed-group'),
  d('cartel', 'armed-group'),
  d('source', 'other', { person: true }), d('sources', 'other'), d('statement', 'other'), d('group', 'other'), d('organisation', 'other'),
  d('organization', 'other'),
].map((x) => Object.freeze(x)));

/**
 * Bodies and documents that reports quote as sources ("the campaign said", "a court document
 * says") but that WordNet files under acts and communications, so they are not among the speaker
 * nouns of `generated/speaker-nouns.ts`. Gathered from PolNeAR's train split and wire style.
 * @example
 * SPEAKING_BODIES.has('campaign'); // true
 */
export const SPEAKING_BODIES: ReadonlySet<string> = Object.freeze(new Set([
  'campaign', 'ad', 'advertisement', 'report', 'poll', 'survey', 'study', 'document', 'documents', 'investigation',
  'filing', 'memo', 'letter', 'release', 'website', 'analysis', 'assessment', 'audit', 'review', 'record', 'records', 'complaint', 'lawsuit',
  'indictment', 'ruling', 'verdict', 'resolution', 'bulletin', 'communique', 'statement', 'platform', 'manifesto', 'transcript', 'email', 'tweet',
  'note', 'opinion', 'order', 'decree', 'message', 'messages', 'texts', 'calls', 'leaflet', 'leaflets', 'flyer', 'flyers', 'emails', 'letters',
  // bodies WordNet files under artifacts ("airline") or outside organisations
  'airline', 'operator', 'regulator', 'morgue',
]));

/**
 * Nouns naming media that carry a source's words ("footage released by X", "a statement issued by
 * X"): the source is X, not the medium.
 * @example
 * EVIDENCE_NOUNS.has('footage'); // true
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = Object.freeze(new Set([
  'footage', 'video', 'videos', 'image', 'images', 'photo', 'photos', 'photographs', 'statement', 'statements',
  'report', 'reports', 'communique', 'post', 'posts', 'recording', 'recordings', 'broadcast', 'data', 'figures', 'tally',
  'estimate', 'estimates', 'count', 'records', 'assessment', 'assessments', 'tallies', 'toll', 'tolls',
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'document', 'documents', 'slide', 'slides',
  'polling', 'averages', 'results', 'numbers', 'statistics',
  'index', 'paper', 'papers', 'research', 'census', 'database', 'findings', 'transcript', 'transcripts',
  'excerpts', 'excerpt', 'memo', 'calculations', 'projections', 'email', 'emails', 'files', 'logs', 'cables',
  // the lemmas of plural forms above, as wink-nlp gives them ("records" -> record, "data" -> datum)
  'record', 'datum', 'figure', 'result', 'statistic', 'average', 'photograph', 'filing', 'filings',
]));

/**
 * Nouns that name an organisation generically: with a named organisation before them, the mention
 * is that organisation ("Russia's Wagner mercenary group", "the Hamas movement").
 * @example
 * GENERIC_ORGANISATION_HEADS.has('group'); // true
 */
export const GENERIC_ORGANISATION_HEADS: ReadonlySet<string> = Object.freeze(new Set([
  'group', 'movement', 'militia', 'organisation', 'organization', 'faction', 'force', 'forces', 'agency', 'outlet',
  'channel', 'newspaper', 'broadcaster', 'network', 'party', 'alliance', 'coalition', 'company', 'station', 'website',
  // ("the Magen David Adom ambulance service")
  'service',
  // its members speaking as the group ("M23 rebels said", "Jaish al-Islam fighters said")
  'rebels', 'fighters', 'militants', 'insurgents', 'militiamen',
]));

/**
 * Roles by which a named person speaks for an organisation: the organisation becomes the canonical
 * source and the person one of its people ("Rami Abdel Rahman, head of the Observatory").
 * @example
 * REPRESENTATIVE_ROLES.has('spokesman'); // true
 */
export const REPRESENTATIVE_ROLES: ReadonlySet<string> = Object.freeze(new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'head', 'director', 'chief', 'chairman', 'chairwoman', 'chair',
  'founder', 'leader', 'president', 'secretary-general', 'coordinator', 'representative', 'envoy',
]));

/**
 * Roles by which a person belongs to an organisation without speaking for it ("a field commander
 * from X"): the person stays the source, typed by the organisation.
 * @example
 * MEMBER_ROLES.has('commander'); // true
 */
export const MEMBER_ROLES: ReadonlySet<string> = Object.freeze(new Set([
  'commander', 'fighter', 'member', 'official', 'officer', 'lieutenant', 'captain', 'colonel', 'general',
  'activist', 'researcher', 'analyst', 'correspondent', 'reporter', 'doctor', 'medic', 'soldier', 'militant',
]));

/**
 * Titles written before a name ("President Bashar al-Assad", "Observatory head Rami Abdel
 * Rahman", "Brigadier General Ali Mayhoub"): the name is the person, the title their role.
 * @example
 * TITLES.has('minister'); // true
 */
export const TITLES: ReadonlySet<string> = Object.freeze(new Set([
  'president', 'minister', 'general', 'brigadier', 'colonel', 'lieutenant', 'major', 'captain', 'sergeant',
  'ambassador', 'envoy', 'secretary', 'governor', 'mayor', 'sheikh', 'imam', 'dr', 'doctor', 'professor', 'senator',
  'king', 'prince', 'emir', 'commander', 'director', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson',
  'leader', 'founder', 'chairman', 'official', 'representative', 'coordinator', 'activist', 'correspondent', 'analyst',
  'lt', 'gen', 'col', 'maj', 'capt', 'brig', 'sgt', 'adm', 'cmdr',
  // honorifics, with or without their full stop (British style writes "Mr Ndoubaye"), and the
  // abbreviated titles of US and police style ("Sen.", "Rep.", "Gov.", "Supt.", "Insp.")
  'mr', 'mrs', 'ms', 'miss', 'mme', 'mlle', 'sen', 'rep', 'gov', 'supt', 'insp', 'cpl', 'pvt', 'rev', 'hon', 'prof',
]));

/**
 * The source type a title implies when nothing else types the person ("Captain Jeff Davis").
 * @example
 * TITLE_TYPES.captain; // 'military'
 */
export const TITLE_TYPES: Readonly<Record<string, SourceType>> = Object.freeze({
  president: 'government', minister: 'government', governor: 'government', mayor: 'government', secretary: 'government',
  senator: 'government', king: 'government', prince: 'government', emir: 'government',
  general: 'military', brigadier: 'military', colonel: 'military', lieutenant: 'military', major: 'military', captain: 'military',
  sergeant: 'military', lt: 'military', gen: 'military', col: 'military', maj: 'military', capt: 'military', brig: 'military',
  sgt: 'military', adm: 'military', cmdr: 'military', ambassador: 'official', envoy: 'official', spokesman: 'official', spokeswoman: 'official',
  spokesperson: 'official', official: 'official', representative: 'official', coordinator: 'official', director: 'official',
  dr: 'expert', doctor: 'witness', professor: 'expert', analyst: 'expert', correspondent: 'media', activist: 'monitor',
  sen: 'government', rep: 'government', gov: 'government', supt: 'official', insp: 'official', cpl: 'military', pvt: 'military', prof: 'expert',
});

/**
 * Nouns that end an organisation's name ("Daraa National Hospital", "Health Directorate"): in
 * "Director of X Hospital Farid al-Asfar" the name after them is a person.
 * @example
 * ORGANISATION_HEADS.has('hospital'); // true
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = Object.freeze(new Set([
  'hospital', 'directorate', 'ministry', 'observatory', 'council', 'committee', 'commission', 'group', 'front', 'brigade',
  'brigades', 'army', 'forces', 'agency', 'office', 'department', 'authority', 'organisation', 'organization', 'network',
  'centre', 'center', 'coalition', 'movement', 'party', 'union', 'association', 'institute', 'command', 'police', 'division',
  'corps', 'unit', 'bureau', 'court', 'university', 'watch', 'commission', 'crescent', 'cross', 'company', 'channel', 'tv',
  'mission',
]));

/**
 * Journalists whose seeing and hearing on the spot makes them witnesses ("a Reuters reporter in
 * the city saw three bodies"), matched on head lemmas. From wire style: agencies report what their
 * reporters, correspondents and photographers saw.
 * @example
 * EYEWITNESS_JOURNALISTS.has('correspondent'); // true
 */
export const EYEWITNESS_JOURNALISTS: ReadonlySet<string> = Object.freeze(new Set(['reporter', 'correspondent', 'journalist', 'photographer', 'cameraman', 'witness']));

/**
 * The last word of a newspaper's name, capitalised after another name word: "The Jerusalem Post",
 * "the Kyiv Post", "The Arab Weekly". A proper-noun run ending in one is a newspaper (media), not a
 * social-media post of the place before it. From the mastheads of English-language newspapers.
 * @example
 * MASTHEAD_WORDS.has('post'); // true
 */
export const MASTHEAD_WORDS: ReadonlySet<string> = Object.freeze(new Set([
  'post', 'times', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'telegraph', 'examiner', 'inquirer',
  'courier', 'independent', 'guardian', 'globe', 'mirror', 'express', 'observer', 'dispatch', 'weekly', 'review',
]));

/**
 * Modifiers that place a source on a side: "pro-opposition Orient TV", "pro-government militia".
 * @example
 * SIDE_MODIFIERS.get('pro-government'); // 'government'
 */
export const SIDE_MODIFIERS: ReadonlyMap<string, Alignment> = new Map<string, Alignment>([
  ['pro-government', 'government'], ['pro-regime', 'government'], ['pro-assad', 'government'], ['loyalist', 'government'],
  ['pro-opposition', 'opposition'], ['pro-rebel', 'opposition'], ['opposition', 'opposition'], ['rebel', 'opposition'],
  // (a possessive: "the rebels' Military Operations Command")
  ['rebels', 'opposition'], ['insurgent', 'opposition'],
  ['government', 'government'], ['regime', 'government'], ['state', 'government'], ['independent', 'independent'],
]);

/**
 * Documents a source issues, that speak for it when named again ("the army said in a statement
 * ... the statement said"). From wire style: Reuters and AP name the document after its issuer.
 * @example
 * ISSUED_TEXTS.has('communique'); // true
 */
export const ISSUED_TEXTS: ReadonlySet<string> = Object.freeze(new Set(['statement', 'communique', 'release', 'announcement', 'bulletin']));

/**
 * Participles after an owner's name in a hyphenated modifier: "Hamas-run", "Iran-backed",
 * "al-Qaida-linked" (the owner is whose the body is). From wire style.
 * @example
 * OWNER_PARTICIPLES.has('backed'); // true
 */
export const OWNER_PARTICIPLES: ReadonlySet<string> = Object.freeze(new Set([
  'run', 'backed', 'led', 'controlled', 'allied', 'affiliated', 'aligned', 'linked', 'supported', 'sponsored',
]));

/**
 * The second halves of hyphenated modifiers: an owner's participles and the others ("UK-based",
 * "state-owned", "Kurdish-held"), which tell no source apart and make the next word their noun.
 * @example
 * COMPOUND_PARTICIPLES.has('based'); // true
 */
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = Object.freeze(new Set([
  ...OWNER_PARTICIPLES, 'based', 'funded', 'owned', 'operated', 'held',
]));

/**
 * Nouns for the members of a non-state armed group: "FACT fighters", "fighters of the Coalition of
 * Patriots for Change". A state's members are soldiers or troops, which these leave out.
 *
 * Where it comes from: ACLED's actor descriptions of rebel groups and political militias, and the
 * nouns wire copy uses for their members.
 * @example
 * NON_STATE_MEMBERS.has('fighters'); // true
 */
export const NON_STATE_MEMBERS: ReadonlySet<string> = Object.freeze(new Set([
  'fighters', 'rebels', 'militants', 'insurgents', 'guerrillas', 'gunmen', 'militiamen', 'militias', 'combatants', 'mujahideen', 'jihadists',
]));

/**
 * Words that call a body a non-state armed group in an apposition or before its name: "FACT, a
 * rebel group", "the separatist movement X".
 *
 * Where it comes from: ACLED's actor types (rebel groups, political militias, identity militias)
 * and the adjectives wire copy gives them.
 * @example
 * ARMED_GROUP_WORDS.has('rebel'); // true
 */
export const ARMED_GROUP_WORDS: ReadonlySet<string> = Object.freeze(new Set([
  'rebel', 'armed', 'militant', 'insurgent', 'jihadist', 'separatist', 'guerrilla', 'islamist', 'secessionist',
]));
