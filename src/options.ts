/**
 * Validation of what callers pass: documents and options. Misuse throws a coded
 * {@link ClaimCheckError}; options are read as own properties only, so `__proto__` or
 * `constructor` keys cannot reach a prototype.
 * @module
 */
import type { DocumentInput } from './types.js';
import type { LexiconExtension } from './lexicon/index.js';
import { checkModel } from './attribution/learned.js';
import { ClaimCheckError } from './errors.js';
import { isoDate } from './util/calendar.js';
import { LIMITS } from './limits.js';
import { TARGET_CLASSES } from './lexicon/targets.js';

/**
 * Options of {@link compareClaims}.
 * @example
 * compareClaims(docs, { lexicon: { places: [{ name: 'Bakhmut', aliases: ['Artemivsk'], kind: 'city', country: 'Ukraine' }] } });
 */
export interface CompareOptions {
  /**
   * Lists added to the default lexicon (another war, another region). It is compiled once per
   * object: pass a new object rather than changing one in place between calls.
   */
  readonly lexicon?: LexiconExtension;
  /** Called after each document is read, with how many are done and how many there are. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * A document after validation.
 * @example
 * validateDocuments([{ text: 'Rebels advanced.', date: new Date('2017-03-22') }])[0].date; // '2017-03-22'
 */
export interface ValidDocument {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly title?: string;
  readonly publisher?: string;
}

const LEXICON_ARRAYS = ['cues', 'hedges', 'descriptors', 'entities', 'places', 'countries', 'predicates', 'boilerplate'] as const;
/** The lexicon's maps of words to one of a few values, and what their keys are. */
const LEXICON_RECORDS: Readonly<Record<string, { readonly what: string; readonly values: readonly string[] }>> = {
  sides: { what: 'words', values: ['government', 'opposition'] },
  givenNames: { what: 'given names', values: ['female', 'male'] },
  targets: { what: 'words', values: TARGET_CLASSES },
};

/** The fields an entry of each lexicon list must have: a string, or (for names) an array of strings. */
const REQUIRED_FIELDS: Readonly<Record<string, readonly (readonly [string, 'string' | 'strings'])[]>> = {
  cues: [['lemma', 'string'], ['kind', 'string']],
  descriptors: [['phrase', 'string'], ['type', 'string']],
  entities: [['name', 'string'], ['aliases', 'strings'], ['type', 'string'], ['alignment', 'string']],
  places: [['name', 'string'], ['aliases', 'strings'], ['kind', 'string'], ['country', 'string']],
  countries: [['name', 'string'], ['aliases', 'strings'], ['demonyms', 'strings'], ['capital', 'string']],
  predicates: [['words', 'strings'], ['kind', 'string']],
};
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && (Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null);

/**
 * Checks and completes the documents: ids default to "doc-1", "doc-2", ...; dates become YYYY-MM-DD.
 * @example
 * validateDocuments(['text'])[0].id; // 'doc-1'
 */
export function validateDocuments(docs: unknown): ValidDocument[] {
  if (!Array.isArray(docs)) throw new ClaimCheckError('DOCS_NOT_ARRAY', `compareClaims got ${describe(docs)} where it needs an array.`);
  if (docs.length > LIMITS.maxDocuments) throw new ClaimCheckError('TOO_MANY_DOCUMENTS', `compareClaims got ${docs.length} documents.`);
  const seen = new Set<string>();
  return docs.map((d: unknown, n) => {
    const where = `Document ${n} (index ${n})`;
    if (typeof d === 'string') return unique({ id: `doc-${n + 1}`, text: d, date: null }, seen);
    if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new ClaimCheckError('DOC_INVALID', `${where} is ${describe(d)}.`);
    const o = d as Record<string, unknown>;
    if (!has(o, 'text') || o.text === undefined) throw new ClaimCheckError('TEXT_MISSING', `${where} has no \`text\`.`);
    if (typeof o.text !== 'string') throw new ClaimCheckError('TEXT_NOT_STRING', `${where} has a \`text\` that is ${describe(o.text)}.`);
    let id = `doc-${n + 1}`;
    if (has(o, 'id') && o.id !== undefined) {
      if (typeof o.id !== 'string' || o.id.trim() === '') throw new ClaimCheckError('ID_INVALID', `${where} has the id ${describe(o.id)}.`);
      id = o.id;
    }
    const date = has(o, 'date') && o.date !== undefined && o.date !== null ? readDate(o.date, where) : null;
    const doc: ValidDocument = {
      id, text: o.text, date,
      ...(typeof o.title === 'string' ? { title: o.title } : {}),
      ...(typeof o.publisher === 'string' ? { publisher: o.publisher } : {}),
    };
    return unique(doc, seen);
  });
}

function unique(doc: ValidDocument, seen: Set<string>): ValidDocument {
  if (seen.has(doc.id)) throw new ClaimCheckError('DUPLICATE_ID', `Two documents have the id "${doc.id}".`);
  seen.add(doc.id);
  return doc;
}

function readDate(value: unknown, where: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ClaimCheckError('INVALID_DATE', `${where} has an invalid Date.`);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
    const iso = m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : null;
    if (iso) return iso;
  }
  throw new ClaimCheckError('INVALID_DATE', `${where} has the date ${describe(value)}.`);
}

/**
 * Checks options: a plain object with known keys of the documented types.
 * @example
 * validateOptions({ lexicon: { hedges: ['purportedly'] } });
 */
export function validateOptions(options: unknown, caller = 'compareClaims', known: readonly string[] = ['lexicon', 'onProgress']): CompareOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options)) throw new ClaimCheckError('OPTIONS_INVALID', `${caller} got options that are ${describe(options)}.`);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new ClaimCheckError('UNKNOWN_OPTION', `${caller} got the unknown option "${key}"; it knows: ${known.join(', ')}.`);
  }
  const progress = has(options, 'onProgress') ? options.onProgress : undefined;
  if (progress !== undefined && typeof progress !== 'function') throw new ClaimCheckError('OPTION_TYPE', `The option \`onProgress\` is ${describe(progress)}; it must be a function (done, total) => void.`);
  const onProgress = progress as CompareOptions['onProgress'];
  if (!has(options, 'lexicon') || options.lexicon === undefined) return onProgress ? { onProgress } : {};
  const lex = options.lexicon;
  if (!isPlainObject(lex)) throw new ClaimCheckError('OPTION_TYPE', `The option \`lexicon\` is ${describe(lex)}; it must be an object of lists.`);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(lex)) {
    const value = lex[key];
    const allowed = LEXICON_RECORDS[key as keyof typeof LEXICON_RECORDS];
    if (allowed) {
      if (!isPlainObject(value) || Object.values(value).some((v) => !allowed.values.includes(v as string))) {
        throw new ClaimCheckError('OPTION_TYPE', `The option \`lexicon.${key}\` must map ${allowed.what} to ${allowed.values.map((v) => `"${v}"`).join(' or ')}.`);
      }
      out[key] = Object.fromEntries(Object.keys(value).map((k) => [k, value[k]]));
      continue;
    }
    if (key === 'attributionModel') {
      checkModel(value);
      out.attributionModel = value;
      continue;
    }
    if (!(LEXICON_ARRAYS as readonly string[]).includes(key)) {
      throw new ClaimCheckError('UNKNOWN_OPTION', `The lexicon got the unknown list "${key}"; it knows: ${[...LEXICON_ARRAYS, ...Object.keys(LEXICON_RECORDS), 'attributionModel'].join(', ')}.`);
    }
    if (!Array.isArray(value)) throw new ClaimCheckError('OPTION_TYPE', `The option \`lexicon.${key}\` is ${describe(value)}; it must be an array.`);
    const bad = value.findIndex((x) => (key === 'hedges' ? typeof x !== 'string' : key === 'boilerplate' ? !(x instanceof RegExp) : !isPlainObject(x)));
    if (bad >= 0) throw new ClaimCheckError('OPTION_TYPE', `The option \`lexicon.${key}\` has an entry of the wrong type at index ${bad}.`);
    value.forEach((entry: Record<string, unknown>, n: number) => {
      for (const [field, kind] of REQUIRED_FIELDS[key] ?? []) {
        const v = entry[field];
        const ok = kind === 'string' ? typeof v === 'string' : Array.isArray(v) && v.every((x) => typeof x === 'string');
        if (!ok) throw new ClaimCheckError('OPTION_TYPE', `The entry at index ${n} of \`lexicon.${key}\` needs \`${field}\` as ${kind === 'string' ? 'a string' : 'an array of strings (it may be empty)'}.`);
      }
    });
    out[key] = value;
  }
  return { lexicon: out as LexiconExtension, ...(onProgress ? { onProgress } : {}) };
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (x instanceof Date) return 'a Date';
  if (typeof x === 'string') return `the string ${JSON.stringify(x.length > 30 ? `${x.slice(0, 30)}…` : x)}`;
  return `a ${typeof x}`;
}

export type { DocumentInput };
