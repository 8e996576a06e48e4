/**
 * Within-document coreference of source mentions, by rules in the manner of the Stanford sieve
 * (Lee et al. 2013), most precise first:
 *
 * 1. the same known organisation, or the same person's name ("Abdel Rahman" is "Rami Abdel Rahman",
 *    wherever in the document the full name stands);
 * 2. a definite descriptor ("the source", "the FSA commander", "The Ezza Army commander") is the
 *    latest earlier source with the same head whose description contains its modifiers;
 * 3. a pronoun ("he", "they") is the latest source of a compatible kind in the last sentences;
 * 4. an indefinite descriptor starts a new source unless the document named one just like it.
 * @module
 */
import { ISSUED_TEXTS, MEMBER_ROLES, REPRESENTATIVE_ROLES } from '../lexicon/descriptors.js';
import type { SourceMention, SourceProfile } from './sources.js';
import { initialsOf, nameKey } from '../util/words.js';

/**
 * A source as one document knows it: every mention that refers to it, and what they say of it.
 * @example
 * const { sources } = resolveCoreference(mentions); sources[0].mentions.length;
 */
export interface LocalSource {
  readonly index: number;
  readonly mentions: SourceMention[];
  profile: SourceProfile;
  /** Sentence of its latest mention. */
  lastSentence: number;
}

/** How many recently mentioned sources an anaphor may refer to. */
const RECENT = 40;
/** Mentions kept per source (a report that names one source ten thousand times keeps a sample). */
const MAX_MENTIONS = 200;
const GENERIC = new Set(['the', 'a', 'an', 'this', 'that', 'said', 'identified', 'as']);
/** Heads by which a report names again an organisation it has named ("the group said"). */
const ORGANISATION_ANAPHORS = new Set(['group', 'organisation', 'organization', 'faction', 'movement', 'observatory', 'monitor', 'agency', 'ministry', 'coalition', 'alliance']);

/** Roles a named person is given in apposition, by which "the" + role names them again ("the spokesman"). */
const PERSON_ROLES: ReadonlySet<string> = new Set([...REPRESENTATIVE_ROLES, ...MEMBER_ROLES, 'minister', 'governor']);

/** Nouns for a person that stand for whoever was spoken of last ("the man", "the woman"). */
const PERSON_WORDS: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'person', 'youth']);

/** How many sentences back the issuer of "the statement" may have been named. */
const STATEMENT_REACH = 2;
/** "the statement", bare: a document its issuer's name does not qualify. */
const issuedText = (p: SourceProfile): boolean => p.head !== undefined && ISSUED_TEXTS.has(p.head) && p.coreWords.length <= 2 && p.kind === 'descriptor' && !p.affiliation;

/**
 * Assigns each mention (in reading order, with its sentence index) to a local source.
 * @example
 * const { sources, assignment } = resolveCoreference([[m1, 0], [m2, 3]]);
 * assignment[1] === assignment[0]; // "the source" resolved to "a Syrian military source"
 */
export function resolveCoreference(mentions: readonly (readonly [SourceMention, number, boolean?])[]): { sources: LocalSource[]; assignment: number[] } {
  const sources: LocalSource[] = [];
  const assignment: number[] = [];
  // each name's full form, once: the one longer name of the report that ends or starts with it
  const fullNames = [...new Set(mentions.map(([m]) => m.profile.personName).filter((n): n is string => n !== undefined))];
  const fullForm = new Map<string, string>();
  // (compared by their keys across transliterations: "Zelensky" is "Volodymyr Zelenskiy")
  const fullKeys = fullNames.map(nameKey);
  const longestName = (name: string): string => {
    let full = fullForm.get(name);
    if (full === undefined) {
      const key = nameKey(name);
      const last = ` ${key}`;
      const first = `${key} `;
      const candidates = fullNames.filter((f, n) => fullKeys[n]!.length > key.length && (fullKeys[n]!.endsWith(last) || fullKeys[n]!.startsWith(first)));
      full = candidates.length === 1 ? candidates[0]! : name;
      fullForm.set(name, full);
    }
    return full;
  };
  const byName = new Map<string, LocalSource>();
  const byEntity = new Map<string, LocalSource>();
  const byDescription = new Map<string, LocalSource>();
  // the sources mentioned most recently, newest last: anaphora look no further back than this
  const recent: LocalSource[] = [];
  const touch = (s: LocalSource): void => {
    const at = recent.indexOf(s);
    if (at >= 0) recent.splice(at, 1);
    recent.push(s);
    if (recent.length > RECENT) recent.shift();
  };

  const add = (m: SourceMention, sentence: number): LocalSource => {
    const s: LocalSource = { index: sources.length, mentions: [m], profile: m.profile, lastSentence: sentence };
    sources.push(s);
    return s;
  };
  const attach = (s: LocalSource, m: SourceMention, sentence: number): LocalSource => {
    if (s.mentions.length < MAX_MENTIONS) s.mentions.push(m);
    // (what a source issued tells nothing of who it is: "the Times" stays "the Times")
    if (!issuedText(m.profile)) s.profile = mergeProfiles(s.profile, m.profile);
    s.lastSentence = sentence;
    return s;
  };

  // the sources that issued a statement, with the sentence they did so in
  const issuers: [LocalSource, number][] = [];
  for (const [m, sentence, issued] of mentions) {
    const p = m.profile;
    let target: LocalSource | undefined;
    // ("The National Resistance Front (NRF) said ... The NRF confirmed": an acronym of no known
    // organisation is the source named before whose name's initials it spells)
    // ("DG ISPR" after "Director General Inter Services Public Relations (DG ISPR) ...")
    const acronym = !p.entity && /^(?:[Tt]he )?\p{Lu}{2,6}(?: \p{Lu}{2,6})?$/u.test(m.text) ? m.text.replace(/^[Tt]he /, '').replace(' ', '') : undefined;
    const spelled = acronym ? [...recent].reverse().find((s) => s.mentions.some((x) => initialsOf(x.text.replace(/^(?:the|The) /, '')) === acronym)) : undefined;
    if (spelled) {
      target = spelled;
    } else if (p.kind === 'entity' && p.entity) {
      target = byEntity.get(p.entity.name);
    } else if (p.personName) {
      target = byName.get(nameKey(longestName(p.personName))) ?? byName.get(nameKey(p.personName));
    } else if (p.kind === 'pronoun') {
      // "it" is an organisation, a medium or a document, never a person
      const it = m.text.toLowerCase() === 'it';
      // ("she" is not "Donald Trump": a pronoun's sex agrees with what the source's name or title tells)
      const fits = (s: LocalSource): boolean => sentence - s.lastSentence <= 3
        && !(p.gender && s.profile.gender && p.gender !== s.profile.gender)
        && (p.plural ? s.profile.plural || s.profile.kind !== 'person'
          : it ? s.profile.kind !== 'person' && !s.profile.plural
            : s.profile.kind === 'person' || s.profile.type !== 'state-media' && !s.profile.plural);
      target = recent.filter(fits).sort((x, y) => y.lastSentence - x.lastSentence || y.index - x.index)[0];
    } else if (m.definite) {
      target = [...recent].reverse().find((s) => compatible(p, s.profile));
      // "the Israeli military said in a statement that ... 'The IDF struck only military targets,'
      // the statement said": a statement speaks for whoever issued one in the sentences before
      // (a bare "the statement": "the campaign's statement" is the campaign's)
      if (!target && issuedText(p)) target = issuers.filter(([, at]) => sentence - at <= STATEMENT_REACH).at(-1)?.[0];
      // ("A Panjshir resident told AFP ... 'There is no food left,' said the man": "the man", "the
      // woman" name the person spoken of last, as "he" and "she" do)
      if (!target && p.head && PERSON_WORDS.has(p.head) && p.coreWords.length <= 2) {
        // (a person named, or one a descriptor calls a witness: not "the army")
        target = recent.filter((s) => sentence - s.lastSentence <= 3 && !s.profile.plural && (s.profile.kind === 'person' || s.profile.kind === 'descriptor' && s.profile.type === 'witness')
          && !(p.gender && s.profile.gender && p.gender !== s.profile.gender))
          .sort((x, y) => y.lastSentence - x.lastSentence || y.index - x.index)[0];
      }
    } else if (p.kind === 'descriptor') {
      target = byDescription.get(description(p));
    }
    const s = target ? attach(target, m, sentence) : add(m, sentence);
    touch(s);
    if (issued && !issuedText(p)) issuers.push([s, sentence]);
    if (p.kind === 'descriptor' && !m.definite && s.profile.kind === 'descriptor') byDescription.set(description(p), s);
    if (s.profile.entity) byEntity.set(s.profile.entity.name, s);
    if (s.profile.affiliation?.entity && s.profile.representative && s.profile.kind !== 'person') byEntity.set(s.profile.affiliation.entity.name, s);
    if (p.personName) byName.set(nameKey(longestName(p.personName)), s);
    assignment.push(s.index);
  }
  return { sources, assignment };
}

/** A definite descriptor matches an earlier source with its head whose words contain its modifiers. */
function compatible(anaphor: SourceProfile, antecedent: SourceProfile): boolean {
  if (!anaphor.head) return false;
  if (ORGANISATION_ANAPHORS.has(anaphor.head) && anaphor.coreWords.length <= 2 && (antecedent.entity || antecedent.kind === 'descriptor' && !antecedent.personName && antecedent.affiliation === undefined && antecedent.type !== 'other' && !antecedent.plural && antecedent.head !== 'source')) {
    if (!antecedent.entity) return antecedent.head === anaphor.head;
    // "the group", "the organisation" name any organisation; "the coalition", "the ministry",
    // "the observatory" only one whose name says so
    // (a news agency or an outlet is no "organisation"; the UN's agencies are)
    const unSystem = antecedent.entity.name === 'United Nations' || antecedent.entity.partOf === 'United Nations';
    if (/^(?:group|organisation|organization|faction|movement)$/.test(anaphor.head)) return antecedent.entity.type !== 'media' && (antecedent.entity.type !== 'agency' || unSystem);
    return [antecedent.entity.name, ...antecedent.entity.aliases].some((n) => n.toLowerCase().split(/[^a-z]+/).includes(anaphor.head!));
  }
  // ("Mustafa al-Gnaidi, spokesman for the Volcano of Anger operation, ... the spokesman said": a
  // person's role in apposition is a head "the" + role names him by)
  if (antecedent.kind === 'person' && anaphor.coreWords.length <= 2 && antecedent.words.includes(anaphor.head) && PERSON_ROLES.has(anaphor.head)) return true;
  const heads = [antecedent.head, antecedent.descriptor?.split(' ').at(-1), antecedent.entity ? antecedent.entity.type : undefined];
  const typeMatch = antecedent.entity !== undefined && anaphor.type === antecedent.type && anaphor.type !== 'other';
  // ("the sources" after "two security sources" and "the source" after them: a head in either number)
  // (not a family's name: "the Khans" are not Ghazala Khan)
  const headMatch = heads.includes(anaphor.head) || anaphor.descriptor !== undefined && heads.map(singular).includes(singular(anaphor.head));
  if (!headMatch && !typeMatch) return false;
  if (anaphor.nationality && antecedent.nationality && anaphor.nationality !== antecedent.nationality) return false;
  const known = new Set([...antecedent.words, ...(antecedent.affiliation ? antecedent.affiliation.name.toLowerCase().split(/[^a-z0-9]+/) : []),
    ...(antecedent.affiliation?.entity?.aliases ?? []).flatMap((a) => a.toLowerCase().split(/[^a-z0-9]+/))]);
  return anaphor.coreWords.every((w) => GENERIC.has(w) || w === anaphor.head || known.has(w));
}

function singular(w: string | undefined): string | undefined {
  return w && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Indefinite descriptors with the same words name the same source within a report ("a military source"). */
function description(p: SourceProfile): string {
  return `${p.descriptor ?? ''}|${p.nationality ?? ''}|${p.affiliation?.name ?? ''}|${p.words.join(' ')}`;
}

function longer(a: string | undefined, b: string | undefined): string {
  return (a?.length ?? 0) >= (b?.length ?? 0) ? a! : b!;
}

/**
 * What two mentions of one source say together: the name, the most specific organisation, the type.
 * @example
 * mergeProfiles(commander, ezzaCommander).affiliation?.name; // 'Jaish al-Izza'
 */
export function mergeProfiles(a: SourceProfile, b: SourceProfile): SourceProfile {
  // a pronoun adds only what it tells of the sex ("he said" after "the commander")
  if (b.kind === 'pronoun') return b.gender && !a.gender ? { ...a, gender: b.gender } : a;
  if (a.kind === 'pronoun') return b;
  const affiliation = !a.affiliation ? b.affiliation : !b.affiliation ? a.affiliation
    : b.affiliation.entity?.partOf === a.affiliation.name ? b.affiliation : a.affiliation;
  const strongType = (p: SourceProfile): boolean => p.kind === 'entity' || p.affiliation !== undefined;
  const base = a.kind === 'entity' ? a : b.kind === 'entity' ? b : a.personName ? a : b.personName ? b : a;
  return {
    ...base,
    type: strongType(a) || !strongType(b) ? (a.type === 'other' ? b.type : a.type) : b.type,
    alignment: a.alignment !== 'unknown' ? a.alignment : b.alignment,
    representative: a.representative || b.representative,
    words: [...new Set([...a.words, ...b.words])],
    ...(affiliation ? { affiliation } : {}),
    ...(a.personName ?? b.personName ? { personName: longer(a.personName, b.personName) } : {}),
    ...(a.nationality ?? b.nationality ? { nationality: a.nationality ?? b.nationality! } : {}),
    ...(a.descriptor ?? b.descriptor ? { descriptor: a.descriptor ?? b.descriptor!, head: a.head ?? b.head! } : {}),
    ...(a.gender ?? b.gender ? { gender: a.gender ?? b.gender! } : {}),
  };
}
