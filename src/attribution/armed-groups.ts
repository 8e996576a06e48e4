/**
 * Armed groups the lexicon does not know, told by how their report speaks of them: a body whose
 * members it calls fighters ("Fighters of the Coalition of Patriots for Change (CPC) attacked
 * army positions", "FACT fighters"), that an apposition calls a rebel group ("FACT, a rebel
 * group"), or that speaks of its own fighters ("FACT said its fighters controlled Nokou", "it had
 * lost no more than 10 fighters"). ACLED codes such actors as rebel groups or political militias.
 * @module
 */
import type { ParsedDoc } from '../sentences/index.js';
import type { LocalSource } from './coreference.js';
import type { Span } from '../types.js';
import { NON_STATE_MEMBERS, ARMED_GROUP_WORDS } from '../lexicon/descriptors.js';

/**
 * Retypes as armed groups the organisations of a report typed `other` that the report speaks of
 * as armed groups (see the module note); their alignment, where unknown, becomes the opposition's.
 * @example
 * typeArmedGroups(parsed, attributed.sources, attributed.units);
 */
export function typeArmedGroups(doc: ParsedDoc, sources: readonly LocalSource[], units: readonly { readonly content: Span; readonly sources: readonly { readonly local: number }[] }[]): void {
  // (the report's words, one space between tokens: names and the words around them are matched on it)
  let text: string | undefined;
  // (a content's words: its first token found by binary search over the tokens' offsets)
  const contentOf = (span: Span): string => {
    const out: string[] = [];
    let lo = 0;
    let hi = doc.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.tokens[mid]!.start < span.start) lo = mid + 1; else hi = mid;
    }
    for (let k = lo; k < doc.tokens.length && doc.tokens[k]!.start < span.end; k++) {
      const t = doc.tokens[k]!;
      if (t.start >= span.start && t.end <= span.end) out.push(t.text);
    }
    return out.join(' ');
  };
  sources.forEach((s, local) => {
    const p = s.profile;
    if (p.type !== 'other' || p.kind === 'pronoun' || p.kind === 'person' || p.personName) return;
    const names = [...new Set(s.mentions.map((m) => m.text.replace(/^(?:the|a|an) /i, '')).filter(isName))];
    text ??= doc.tokens.map((t) => t.text).join(' ');
    const own = (): boolean => units.some((u) => u.sources.some((x) => x.local === local) && speaksOfOwnFighters(contentOf(u.content)));
    const armed = names.some((n) => armedInText(text!, n)) || own();
    if (armed) s.profile = { ...p, type: 'armed-group', alignment: p.alignment === 'unknown' ? 'opposition' : p.alignment };
  });
}

/** A name in capitals ("FACT", "Coalition of Patriots for Change"), not a common noun ("group"); spaced as tokens are. */
function isName(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.length >= 2 && text.length <= 80;
}

/** Whether the text speaks of a name's members as fighters, or calls it a rebel group, at any of its mentions. */
function armedInText(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    // (a whole name, not a part of a longer word)
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
    const after = wordsOf(text.slice(at + name.length, at + name.length + 40));
    // (an acronym in brackets after the full name is spoken of where the full name is: "Fighters of
    // the Coalition of Patriots for Change (CPC)")
    const starts = text.slice(0, at).endsWith('( ') ? nameStarts(text, at - 2) : [at];
    if (starts.some((from) => calledArmedBefore(wordsOf(text.slice(Math.max(0, from - 40), from))))) return true;
    // "FACT fighters", "the CPC's fighters", "FACT, a rebel group"
    const next = after[0] === 's' ? after[1] : after[0];
    if (next && NON_STATE_MEMBERS.has(next)) return true;
    if (text.slice(at + name.length).trimStart()[0] === ',' && (after[0] === 'a' || after[0] === 'an' || after[0] === 'the') && ARMED_GROUP_WORDS.has(after[1] ?? '')) return true;
  }
  return false;
}

/** Whether the words before a name call it an armed group: "Fighters of the ...", "rebels from ...", "the rebel group ...". */
function calledArmedBefore(before: readonly string[]): boolean {
  const [w3, w2, w1] = [before.at(-3), before.at(-2), before.at(-1)];
  if ((w1 === 'of' || w1 === 'from') && w2 && NON_STATE_MEMBERS.has(w2)) return true;
  if (w1 === 'the' && (w2 === 'of' || w2 === 'from') && w3 && NON_STATE_MEMBERS.has(w3)) return true;
  return !!w1 && GROUP_HEADS.has(w1) && !!w2 && ARMED_GROUP_WORDS.has(w2);
}

/** Nouns for a body that an adjective before them may call armed: "the rebel group", "a separatist movement". */
const GROUP_HEADS: ReadonlySet<string> = new Set(['group', 'movement', 'coalition', 'alliance', 'front', 'militia']);

/**
 * Where the name in capitals that ends just before `end` may start: at each of its words in
 * capitals ("Fighters of the Coalition of Patriots for Change": at "Coalition", "Patriots",
 * "Change", and at "Fighters", which may be no part of it).
 */
function nameStarts(text: string, end: number): number[] {
  const out: number[] = [];
  let at = text.lastIndexOf(' ', end - 1);
  let from = end;
  for (let n = 0; n < 12; n++) {
    const start = text.lastIndexOf(' ', at - 1) + 1;
    const word = text.slice(start, at);
    if (!/^\p{Lu}/u.test(word) && !/^(?:of|for|the|and|in|de|du|des)$/.test(word)) break;
    if (/^\p{Lu}/u.test(word)) out.push(start);
    from = start;
    at = start - 1;
    if (at <= 0) break;
  }
  return out.length ? out : [from];
}

/** The lower-case words of a stretch of text. */
function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}]+/gu) ?? [];
}

/**
 * Whether a source's own words speak of its fighters: "its fighters controlled Nokou", "our
 * fighters are in Nokou", "the group's fighters", "it had lost no more than 10 fighters".
 */
function speaksOfOwnFighters(content: string): boolean {
  const words = wordsOf(content);
  for (let i = 0; i < words.length; i++) {
    if (!NON_STATE_MEMBERS.has(words[i]!)) continue;
    const owner = words[i - 1] === 's' ? words[i - 2] : words[i - 1];
    if (owner === 'its' || owner === 'our' || owner === 'group' || owner === 'movement') return true;
    // "it had lost no more than 10 fighters": a loss told of its own ("rebels lost 40 fighters" is another's)
    const lost = words.lastIndexOf('lost', i);
    if (lost >= 0 && i - lost <= 6 && words.slice(Math.max(0, lost - 2), lost).some((w) => w === 'it' || w === 'we')) return true;
  }
  return false;
}
