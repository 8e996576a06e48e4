/**
 * One canonical source per real source across all documents. A known organisation is itself; a
 * spokesman or head is the organisation they speak for; a named person is their full name; an
 * anonymous descriptor ("a Syrian military source") is keyed by descriptor, nationality and
 * organisation, and an unqualified one ("the military source") joins the one qualified source with
 * the same descriptor in the corpus, if there is exactly one (subsumption, as in entity linking).
 * @module
 */
import type { Source, SourceType } from '../types.js';
import type { Alignment } from '../lexicon/types.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { SourceMention, SourceProfile } from '../attribution/index.js';
import { abbreviates, initialsOf, longestMatch, nameKey, phraseKey } from '../util/words.js';
import { COMPOUND_PARTICIPLES } from '../lexicon/descriptors.js';

/**
 * What the corpus stages keep of a mention: where it stands, its words, and what kind of mention
 * it is (a document's sources travel between threads, so they carry no more than this).
 * @example
 * const m: MentionRecord = { span, phrase, text: 'he', profile: { kind: 'pronoun' } };
 */
export type MentionRecord = Pick<SourceMention, 'span' | 'phrase' | 'text'> & { readonly profile: Pick<SourceProfile, 'kind' | 'personName'> };

/**
 * What the corpus stages keep of a document's local source: its profile and its mentions.
 * @example
 * const s: SourceRecord = { index: 0, profile, mentions: [m] };
 */
export interface SourceRecord {
  readonly index: number;
  readonly profile: SourceProfile;
  readonly mentions: readonly MentionRecord[];
}

/**
 * A local source reduced to its {@link SourceRecord}, mentions shared through `memo` (a claim's
 * mention and its source's mention stay one object).
 * @example
 * const memo = new Map();
 * const records = attributed.sources.map((s) => sourceRecord(s, memo));
 */
export function sourceRecord(s: SourceRecord, memo: Map<MentionRecord, MentionRecord>): SourceRecord {
  return { index: s.index, profile: s.profile, mentions: s.mentions.map((m) => mentionRecord(m, memo)) };
}

/**
 * A mention reduced to its {@link MentionRecord}, once per mention.
 * @example
 * mentionRecord(mention, new Map()).profile.kind; // 'person'
 */
export function mentionRecord(m: MentionRecord, memo: Map<MentionRecord, MentionRecord>): MentionRecord {
  let r = memo.get(m);
  if (!r) {
    r = { span: m.span, phrase: m.phrase, text: m.text, profile: { kind: m.profile.kind, ...(m.profile.personName !== undefined ? { personName: m.profile.personName } : {}) } };
    memo.set(m, r);
  }
  return r;
}

/** A local source's place in the corpus: its key and what it contributes. */
interface Keyed {
  key: string;
  canonical: string;
  type: SourceType;
  alignment: Alignment;
  mentions: string[];
  people: string[];
}

/**
 * Canonical sources kept open for documents that arrive over time. Each batch is resolved against
 * everything seen so far (its own documents included); a source keeps the id it was given, so a
 * later report can join an earlier source but never renames it. `compareClaims` adds all its
 * documents as one batch.
 * @example
 * const registry = new SourceRegistry(lex);
 * registry.add([monday], ['m'])[0]; // ids of Monday's local sources
 * registry.add([tuesday], ['t']);   // "the observatory" on Tuesday joins Monday's observatory
 */
export class SourceRegistry {
  /** Descriptor -> keys of the sources qualified by nationality, organisation or words. */
  private readonly qualified = new Map<string, Set<string>>();
  /** A qualified source's key -> the countries of the reports it was met in. */
  private readonly qualifiedHomes = new Map<string, Set<string>>();
  /** Named organisations: key -> type and the words of their names. */
  private readonly named = new Map<string, { type: SourceType; words: Set<string>; country: string | null }>();
  /** A word of a named organisation's names -> the keys of the organisations with it. */
  private readonly namedByWord = new Map<string, Set<string>>();
  /** A part of a person's name -> keys of the sources with that person. */
  private readonly byPart = new Map<string, Set<string>>();
  private readonly merged = new Map<string, Keyed>();
  private readonly ids = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly lex: CompiledLexicon) {}

  /**
   * Adds documents' local sources; returns, per document, the source id of each local source.
   * @example
   * registry.add([locals], ['doc-1'], ['Syria'])[0][0]; // 'src:syrian-observatory-for-human-rights'
   */
  add(perDoc: readonly (readonly SourceRecord[])[], docIds: readonly string[], docCountries: readonly (string | null)[] = []): string[][] {
    const lex = this.lex;
    const keyed = perDoc.map((locals, d) => locals.map((s) => keyOf(s, lex, docIds[d]!)));
    // a spokesperson linked to a body in one report is that body's in every report
    const spokes = new Map<string, Keyed | null>();
    perDoc.forEach((locals, d) => speakForBodies(locals, keyed[d]!, lex, spokes));
    for (const k of keyed.flat()) {
      const host = spokes.get(k.key);
      if (host) { k.key = host.key; k.canonical = host.canonical; }
    }
    const countryOf = new Map<Keyed, string | null>();
    keyed.forEach((list, d) => list.forEach((k) => countryOf.set(k, docCountries[d] ?? null)));
    // subsumption: "d||military source|" joins "d|Syria|military source|" when that is the only
    // qualified source (by nationality or organisation) with this descriptor in the corpus
    const { qualified, named, byPart, merged } = this;
    for (const k of keyed.flat()) {
      const [kind, nat, desc, aff, mods] = k.key.split('|');
      if (kind === 'd' && (nat || aff || mods)) {
        qualified.set(desc!, (qualified.get(desc!) ?? new Set()).add(k.key));
        const home = countryOf.get(k);
        if (home) this.qualifiedHomes.set(k.key, (this.qualifiedHomes.get(k.key) ?? new Set()).add(home));
      }
    }
    // a generic mention ("the observatory") joins the one named organisation of its type in the
    // corpus whose name contains its words ("Syrian Observatory for Human Rights")
    for (const locals of perDoc) {
      for (const s of locals) {
        const e = s.profile.entity ?? (s.profile.representative ? s.profile.affiliation?.entity : undefined);
        if (!e || named.has(`e|${e.name}`)) continue;
        const words = new Set([e.name, ...e.aliases].flatMap((a) => phraseKey(a).split(' ')));
        named.set(`e|${e.name}`, { type: e.type, words, country: e.country ?? null });
        for (const w of words) this.namedByWord.set(w, (this.namedByWord.get(w) ?? new Set()).add(`e|${e.name}`));
      }
    }
    // a partial name ("Abdel Rahman") joins the one source in the corpus whose person has that full name
    for (const k of keyed.flat()) {
      for (const person of k.people) {
        const words = nameKey(person).split(' ');
        for (let n = 1; n < words.length; n++) {
          for (const part of [words.slice(n).join(' '), words.slice(0, n).join(' ')]) byPart.set(part, (byPart.get(part) ?? new Set()).add(k.key));
        }
      }
    }
    for (const k of keyed.flat()) {
      if (!k.key.startsWith('p|')) continue;
      const hosts = byPart.get(k.key.slice(2));
      if (hosts?.size === 1) k.key = [...hosts][0]!;
    }
    for (const k of keyed.flat()) {
      const [kind, nat, desc, aff, mods] = k.key.split('|');
      if ((kind === 'd' || kind === 'o') && !nat && !aff && !mods) {
        const words = phraseKey(desc ?? '').split(' ');
        // candidates through the first word's index, then every word and the type checked
        // ("the army" of a report about Sudan does not join Ukraine's armed forces named in another)
        const home = countryOf.get(k);
        const hosts = [...(this.namedByWord.get(words[0] ?? '') ?? [])].filter((key) => {
          const e = named.get(key)!;
          return e.type === k.type && words.every((w) => e.words.has(w)) && !(home && e.country && e.country !== home);
        });
        if (hosts.length === 1) k.key = hosts[0]!;
      }
      // "the army" of a report about Sudan is no "Ukrainian military": only a source of the report's country
      if (kind === 'd' && !nat && !aff && !mods && k.key.startsWith('d|')) {
        const q = qualified.get(desc!);
        const only = q?.size === 1 ? [...q][0]! : undefined;
        const home = countryOf.get(k);
        // (nor "Tamil Tiger rebels" of a report about Sri Lanka for "the rebels" of one about South Sudan)
        const homes = only ? this.qualifiedHomes.get(only) : undefined;
        const elsewhere = home !== null && home !== undefined && homes !== undefined && !homes.has(home);
        if (only && !elsewhere && (!home || only.split('|')[1] === home || only.split('|')[1] === '')) k.key = only;
      }
      if (k.key.startsWith('e|')) k.canonical = k.key.slice(2);
      const m = merged.get(k.key);
      if (!m) { merged.set(k.key, { ...k, mentions: [...k.mentions], people: [...k.people] }); continue; }
      if (m.type === 'other') m.type = k.type;
      if (m.alignment === 'unknown') m.alignment = k.alignment;
      if (k.canonical.length > m.canonical.length && m.key.startsWith('d|')) m.canonical = k.canonical;
      for (const x of k.mentions) m.mentions.push(x);
      for (const x of k.people) m.people.push(x);
    }
    // an acronym no report spells out joins the one source of the corpus whose name it abbreviates
    // ("ERREC" in one report, "the Eritrean Relief and Refugee Commission" in another)
    for (const [key, m] of [...merged]) {
      if (this.ids.has(key) || !key.startsWith('d|') || !CORPUS_ACRONYM.test(m.canonical)) continue;
      const hosts = [...merged.values()].filter((h) => h !== m && h.canonical.includes(' ') && abbreviates(m.canonical, h.canonical));
      if (hosts.length !== 1) continue;
      const host = hosts[0]!;
      for (const x of m.mentions) host.mentions.push(x);
      for (const x of m.people) host.people.push(x);
      merged.delete(key);
      for (const k of keyed.flat()) if (k.key === key) k.key = host.key;
    }
    for (const key of [...merged.keys()].filter((x) => !this.ids.has(x)).sort()) {
      const base = `src:${phraseKey(merged.get(key)!.canonical).replace(/ /g, '-') || 'unnamed'}`;
      let id = base;
      for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
      this.used.add(id);
      this.ids.set(key, id);
      this.keys.set(id, key);
    }
    return keyed.map((list) => list.map((k) => this.ids.get(k.key)!));
  }

  /**
   * One canonical source as it now stands, without its mentions and people (cheap, for lookups).
   * @example
   * registry.get('src:syrian-observatory-for-human-rights')?.type; // 'monitor'
   */
  get(id: string): Pick<Source, 'id' | 'canonical' | 'type' | 'alignment'> | undefined {
    const key = this.keys.get(id);
    const m = key === undefined ? undefined : this.merged.get(key);
    return m && { id, canonical: m.canonical, type: m.type, alignment: m.alignment };
  }

  /**
   * The canonical sources so far, by id.
   * @example
   * registry.sources().map((s) => s.canonical);
   */
  sources(): Source[] {
    return [...this.merged.values()]
      .map((m) => ({ id: this.ids.get(m.key)!, canonical: m.canonical, type: m.type, alignment: m.alignment, mentions: uniq(m.mentions), people: uniq(m.people) }))
      .sort((x, y) => x.id.localeCompare(y.id));
  }
}

function uniq(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort();
}

function keyOf(s: SourceRecord, lex: CompiledLexicon, docId: string): Keyed {
  const p = s.profile;
  const mentions = s.mentions.map((m) => m.text);
  const base = { type: p.type, alignment: p.alignment, mentions, people: p.personName ? [p.personName] : [] };
  if (p.entity) return { ...base, key: `e|${p.entity.name}`, canonical: p.entity.name, type: p.entity.type, alignment: p.entity.alignment };
  if (p.representative && p.affiliation) {
    const kind = p.affiliation.entity ? 'e' : 'o';
    return { ...base, key: `${kind}|${kind === 'e' ? p.affiliation.name : `|${phraseKey(p.affiliation.name)}|`}`, canonical: p.affiliation.name, type: p.affiliation.type === 'other' ? p.type : p.affiliation.type };
  }
  if (p.country) return { ...base, key: `e|${p.country}`, canonical: p.country, type: 'government' };
  if (p.personName) return { ...base, key: `p|${nameKey(p.personName)}`, canonical: p.personName };
  // ("the Movement for the Salvation of Azawad": an organisation named in capitals with its links is its name)
  const titled = mentions[0]!.replace(/^(?:the|a|an)\s+/i, '');
  // (three name words in capitals count as a name only for a body no country qualifies, whose
  // descriptor is one generic word: "National Resistance Front", not "Turkish General Staff")
  const capitals = !p.nationality && !p.personName && p.descriptor !== undefined && !p.descriptor.includes(' ');
  if (p.descriptor && isTitledName(titled, capitals)) return { ...base, key: `d||${p.descriptor}||${phraseKey(titled)}`, canonical: titled };
  if (p.descriptor) {
    const country = p.nationality ? lex.countries.get(p.nationality) : undefined;
    const demonym = country?.demonyms[0];
    const aff = p.affiliation?.name ?? '';
    // words that tell two such sources apart ("senior", "Kurdish"), beyond nationality and organisation
    const known = new Set([...p.descriptor.split(' '), ...(country ? [country.name, ...country.aliases, ...country.demonyms].flatMap((n) => phraseKey(n).split(' ')) : []),
      ...(p.affiliation ? [p.affiliation.name, ...(p.affiliation.entity?.aliases ?? []), ...partOf(p.affiliation.entity?.partOf, lex)].flatMap((n) => phraseKey(n).split(' ')) : [])]);
    // words any descriptor covers ("army" for "military", "state" in "state media") tell nothing apart
    const covered = new Set<number>();
    for (let w = 0; w < p.coreWords.length; w++) {
      const m = longestMatch(lex.descriptors, p.coreWords, w) ?? longestMatch(lex.descriptors, p.coreWords.map((x) => x.replace(/s$/, '')), w);
      if (m) for (let n = 0; n < m.length; n++) covered.add(w + n);
    }
    const mods = p.coreWords.filter((w, i) => !covered.has(i) && !GENERIC_WORDS.has(w) && !known.has(w) && !known.has(w.replace(/s$/, ''))).join(' ');
    const written = mods.split(' ').map((w) => mentions.join(' ').split(/[^\p{L}\p{N}'-]+/u).find((x) => x.toLowerCase() === w) ?? w).join(' ');
    // the nationality where the mention has it: "Lebanese security official", "main Syrian opposition"
    const firstMod = mods ? p.coreWords.indexOf(mods.split(' ')[0]!) : -1;
    const nationalWords = new Set(country ? [country.name, ...country.aliases, ...country.demonyms].flatMap((n) => phraseKey(n).split(' ')) : []);
    const nationalAt = p.coreWords.findIndex((w) => nationalWords.has(w));
    const nationFirst = firstMod < 0 || nationalAt < 0 || nationalAt < firstMod;
    const before = [demonym, mods ? written : undefined];
    const canonical = capitalise([...(nationFirst ? before : before.reverse()), p.descriptor].filter(Boolean).join(' ') + (aff ? ` (${aff})` : ''));
    return { ...base, key: `d|${p.nationality ?? ''}|${p.descriptor}|${aff}|${mods}`, canonical };
  }
  if (p.kind === 'pronoun') return { ...base, key: `u|${docId}|${s.index}`, canonical: `unidentified speaker (${docId})` };
  const text = mentions[0]!.replace(/^(?:the|a|an)\s+/i, '');
  return { ...base, key: `d||${phraseKey(text)}|${p.affiliation?.name ?? ''}|`, canonical: capitalise(text) };
}

/** A source's name that is an acronym: "ERREC", "ISSP" (three to seven capitals). */
const CORPUS_ACRONYM = /^\p{Lu}{3,7}$/u;

/** Roles by which a named person speaks for a body named in the same report. */
const SPEAKING_ROLES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "Lt. Col. Jean-Pierre Ilunga, the army's spokesman" and "the army" of the same report are one
 * source: a named spokesperson whose words name a body of their type ("army", "police", "ministry"),
 * said by exactly one other source of the report, speaks for that source; `spokes` gathers each
 * such person's key and the body's (null where two reports link one person to two bodies). (A
 * spokesperson of a named organisation is its already: `keyOf`.) The person stays among the
 * source's people.
 */
function speakForBodies(locals: readonly SourceRecord[], keys: readonly Keyed[], lex: CompiledLexicon, spokes: Map<string, Keyed | null>): void {
  locals.forEach((s, i) => {
    const p = s.profile;
    const k = keys[i]!;
    if (!k.key.startsWith('p|') || !p.words.some((w) => SPEAKING_ROLES.has(w))) return;
    // the words that name the body: those the lexicon knows as a body's descriptor, not the role or the name
    const body = p.words.filter((w) => !SPEAKING_ROLES.has(w) && !lex.descriptors.map.get(w)?.person && lex.descriptors.map.has(w));
    // ("AA spokesman Khaing Min Naing" after "Arakan Army (AA)": an acronym of a name the report quotes)
    const acronyms = s.mentions.flatMap((m) => m.text.match(/\b\p{Lu}{2,6}\b/gu) ?? []);
    if (!body.length && !acronyms.length) return;
    const hosts = new Set<string>();
    locals.forEach((o, j) => {
      const h = keys[j]!;
      if (j === i || h.key.startsWith('p|') || h.key.startsWith('u|')) return;
      const acronym = acronyms.some((x) => initialsOf(h.canonical) === x);
      if (h.type !== k.type && !acronym) return;
      // ("a Belgian defence ministry spokeswoman" speaks for no Russian ministry)
      const country = o.profile.nationality ?? o.profile.entity?.country ?? o.profile.country;
      if (p.nationality && country && p.nationality !== country) return;
      const words = new Set([...o.profile.words, ...(o.profile.entity ? [o.profile.entity.name, ...o.profile.entity.aliases].flatMap((a) => phraseKey(a).split(' ')) : [])]);
      const same = (w: string): boolean => words.has(w) || lex.descriptors.map.get(w)?.same !== undefined && words.has(lex.descriptors.map.get(w)!.same!);
      if (body.some(same) || acronym) hosts.add(h.key);
    });
    // (a named body and bare words for its kind in one report, "the Israeli army" and "the army", are one host: the named)
    const bareKey = (key: string): boolean => /^d\|\|[^|]*\|\|$/.test(key);
    const named = [...hosts].filter((h) => h.startsWith('e|'));
    const chosen = hosts.size === 1 ? [...hosts][0]! : named.length === 1 && [...hosts].every((h) => h === named[0] || bareKey(h)) ? named[0]! : undefined;
    if (chosen === undefined) return;
    const host = keys.find((h) => h.key === chosen)!;
    // (one person linked to two bodies in two reports is left as the person; but a named body in
    // one and a bare word for its kind in the other, "the Israel Defense Forces" and "the army", are one)
    const held = spokes.get(k.key);
    const same = held?.key === host.key || !!held && held.type === host.type && (held.key.startsWith('e|') && bareKey(host.key) || host.key.startsWith('e|') && bareKey(held.key));
    spokes.set(k.key, held === undefined || same ? { ...(held?.key.startsWith('e|') ? held : host) } : null);
  });
}

/** The names of the organisation a body is part of ("Free Syrian Army", "FSA"). */
function partOf(name: string | undefined, lex: CompiledLexicon): string[] {
  const e = name ? lex.entities.map.get(phraseKey(name).replace(/^the /, '')) : undefined;
  return e ? [e.name, ...e.aliases] : [];
}

/** Whether a name is in capitals with "of" or "for" links: "Movement for the Salvation of Azawad". */
function isTitledName(text: string, capitals = false): boolean {
  const words = text.split(' ');
  const cap = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w);
  if (!cap(words[0]) || !cap(words.at(-1)) || !words.every((w) => cap(w) || w === 'of' || w === 'for' || w === 'the')) return false;
  // ("National Resistance Front": three name words in capitals are a name too)
  if (capitals && words.length >= 3 && words.every(cap)) return true;
  return words.some((w, i) => (w === 'of' || w === 'for') && (cap(words[i + 1]) || words[i + 1] === 'the' && cap(words[i + 2])));
}

/** Words that tell no source apart: articles, and the quantifiers and adjectives of wire style. */
const GENERIC_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'one', 'another', 'some', 'several', 'two', 'three', 'local', 'other', 'so', 'called',
  // the second half of "Hamas-run", "Iranian-backed", "UK-based": the owner is the affiliation, the rest tells nothing apart
  ...COMPOUND_PARTICIPLES]);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
