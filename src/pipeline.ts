/**
 * The pipeline: the order of the stages, written once. Each stage declares what it needs and what
 * it adds; the order is checked when this module loads, before any text runs (spaCy's
 * `pipe_analysis`). Document stages run on one document at a time and share nothing; corpus stages
 * run on all documents together.
 *
 *   document: intake → sentences → attribution → normalisation → claims
 *   corpus:   sources → comparison → report
 * @module
 */
import type { Claim, Diagnostic, ExtractedDocument, Report } from './types.js';
import type { CompiledLexicon } from './lexicon/compile.js';
import type { ValidDocument } from './options.js';
import { intake, type IntakeDoc } from './intake/index.js';
import { readSentences, type ParsedDoc } from './sentences/index.js';
import { attribute, type AttributedDoc } from './attribution/index.js';
import { normalise, type NormalisedDoc } from './normalise/index.js';
import { draftClaims, finishClaims, mentionRecord, sourceRecord, SourceRegistry, type ClaimDraft, type MentionRecord, type SourceRecord } from './claims/index.js';
import { Comparer, type Comparison } from './compare/index.js';
import { assembleReport } from './report/index.js';

/**
 * What the document stages build, field by field.
 * @example
 * runDocument({ id: 'a', text: 'Rebels said so.', date: null }, lex).state.drafts?.length;
 */
export interface DocumentState {
  readonly input: ValidDocument;
  intake?: IntakeDoc;
  parsed?: ParsedDoc;
  attributed?: AttributedDoc;
  normalised?: NormalisedDoc;
  drafts?: ClaimDraft[];
}

/**
 * What extraction keeps of one document for the corpus stages: the public
 * {@link ExtractedDocument}, its drafts and sources typed. Plain data (it crosses threads and can
 * be stored as JSON), without the tokens.
 * @example
 * const ex = extractDocument({ id: 'a', text: 'Rebels said so.', date: null }, lex);
 * ex.drafts.length; // 1
 */
export interface Extraction extends Omit<ExtractedDocument, 'drafts' | 'sources'> {
  readonly drafts: readonly ClaimDraft[];
  readonly sources: readonly SourceRecord[];
}

/**
 * What the corpus stages build. The source registry and the comparer stay open across batches: a
 * batch (all the documents of a call, or the next documents of a stream) is joined to what came
 * before, and `claims` and `comparison` hold what the batch brings.
 * @example
 * const corpus: CorpusState = { documents, diagnostics: [], registry: new SourceRegistry(lex), comparer: new Comparer(lex) };
 */
export interface CorpusState {
  readonly documents: readonly Extraction[];
  readonly diagnostics: Diagnostic[];
  readonly registry: SourceRegistry;
  readonly comparer: Comparer;
  claims?: Claim[];
  comparison?: Comparison;
  report?: Report;
}

/**
 * A named stage: what it needs, what it adds, and how.
 * @example
 * const stage: Stage<DocumentState> = { name: 'intake', needs: ['input'], adds: ['intake'], run: (s, lex) => { s.intake = intake(s.input, lex.lexicon); } };
 */
export interface Stage<S> {
  readonly name: string;
  readonly needs: readonly (keyof S)[];
  readonly adds: readonly (keyof S)[];
  readonly run: (state: S, lex: CompiledLexicon) => void;
}

function need<S, K extends keyof S>(state: S, key: K): NonNullable<S[K]> {
  const value = state[key];
  if (value === undefined || value === null) throw new Error(`claimcheck internal error: "${String(key)}" is missing`);
  return value as NonNullable<S[K]>;
}

/**
 * The document stages, in order.
 * @example
 * DOCUMENT_STAGES.map((s) => s.name); // ['intake', 'sentences', 'attribution', 'normalisation', 'claims']
 */
export const DOCUMENT_STAGES: readonly Stage<DocumentState>[] = Object.freeze([
  { name: 'intake', needs: ['input'], adds: ['intake'], run: (s, lex) => { s.intake = intake(s.input, lex.lexicon); } },
  { name: 'sentences', needs: ['intake'], adds: ['parsed'], run: (s) => { s.parsed = readSentences(need(s, 'intake')); } },
  { name: 'attribution', needs: ['parsed'], adds: ['attributed'], run: (s, lex) => { s.attributed = attribute(need(s, 'parsed'), lex); } },
  { name: 'normalisation', needs: ['intake', 'parsed'], adds: ['normalised'], run: (s, lex) => { s.normalised = normalise(need(s, 'intake'), need(s, 'parsed'), lex); } },
  {
    name: 'claims', needs: ['intake', 'parsed', 'attributed', 'normalised'], adds: ['drafts'],
    run: (s, lex) => { s.drafts = draftClaims(need(s, 'intake'), need(s, 'parsed'), need(s, 'attributed'), need(s, 'normalised'), lex); },
  },
]);

/**
 * The corpus stages, in order.
 * @example
 * CORPUS_STAGES.map((s) => s.name); // ['sources', 'comparison', 'report']
 */
export const CORPUS_STAGES: readonly Stage<CorpusState>[] = Object.freeze([
  {
    name: 'sources', needs: ['documents', 'registry'], adds: ['claims'],
    run: (c) => {
      const docs = c.documents;
      const ids = c.registry.add(docs.map((d) => d.sources), docs.map((d) => d.id), docs.map((d) => d.mainCountry));
      c.claims = docs.flatMap((d, i) => finishClaims(d.drafts, ids[i]!, (id) => c.registry.get(id)!, d.sources));
    },
  },
  {
    name: 'comparison', needs: ['claims', 'registry', 'comparer'], adds: ['comparison'],
    run: (c) => {
      const dates = Object.fromEntries(c.documents.map((d) => [d.id, d.date]));
      const countries = Object.fromEntries(c.documents.map((d) => [d.id, d.mainCountry]));
      c.comparison = c.comparer.add(need(c, 'claims'), (id) => c.registry.get(id), dates, countries);
    },
  },
  {
    name: 'report', needs: ['claims', 'registry', 'comparison'], adds: ['report'],
    run: (c) => { c.report = assembleReport(c.documents, c.registry.sources(), need(c, 'claims'), need(c, 'comparison'), c.diagnostics); },
  },
]);

/** Checks that every stage's needs are added by an earlier stage (or given). */
function checkOrder<S>(stages: readonly Stage<S>[], given: readonly (keyof S)[]): void {
  const have = new Set<keyof S>(given);
  for (const stage of stages) {
    const missing = stage.needs.filter((n) => !have.has(n));
    if (missing.length) throw new Error(`claimcheck pipeline: stage "${stage.name}" needs ${missing.map(String).join(', ')}, which no earlier stage adds`);
    stage.adds.forEach((a) => have.add(a));
  }
}
checkOrder(DOCUMENT_STAGES, ['input']);
checkOrder(CORPUS_STAGES, ['documents', 'diagnostics', 'registry', 'comparer']);

/**
 * Runs the document stages on one document. Text that breaks a stage never throws: the stage is
 * skipped and a diagnostic says so.
 * @example
 * const state = runDocument({ id: 'a', text: 'Rebels said they won.', date: null }, lex);
 * state.drafts?.length; // 1
 */
export function runDocument(input: ValidDocument, lex: CompiledLexicon): { state: DocumentState; diagnostics: Diagnostic[] } {
  const state: DocumentState = { input };
  const diagnostics: Diagnostic[] = [];
  for (const stage of DOCUMENT_STAGES) {
    try {
      stage.run(state, lex);
    } catch (error) {
      diagnostics.push({ docId: input.id, code: 'stage-failed', message: `The ${stage.name} stage could not read this document (${error instanceof Error ? error.message : String(error)}); its claims are left out.` });
      state.drafts = undefined;
      break;
    }
  }
  return { state, diagnostics: [...(state.intake?.diagnostics ?? []), ...(state.parsed?.diagnostics ?? []), ...diagnostics] };
}

/**
 * Runs the document stages on one document and keeps what the corpus stages need. A document that
 * broke a stage keeps its metadata and diagnostics, and no claims.
 * @example
 * extractDocument({ id: 'a', text: 'Rebels said they won.', date: null }, lex).drafts.length; // 1
 */
export function extractDocument(input: ValidDocument, lex: CompiledLexicon): Extraction {
  const { state, diagnostics } = runDocument(input, lex);
  const doc = state.intake;
  const failed = !state.drafts || !state.attributed;
  // what the corpus stages read of mentions, once per mention: less to send between threads and to keep
  const memo = new Map<MentionRecord, MentionRecord>();
  return {
    schemaVersion: 1,
    id: input.id,
    date: doc?.date ?? input.date,
    ...(doc?.title !== undefined ? { title: doc.title } : {}),
    ...(doc?.dateline !== undefined ? { dateline: doc.dateline } : {}),
    ...(doc?.agency !== undefined ? { agency: doc.agency } : {}),
    drafts: failed ? [] : state.drafts!.map((d) => (d.mention ? { ...d, mention: mentionRecord(d.mention, memo) } : d)),
    sources: failed ? [] : state.attributed!.sources.map((s) => sourceRecord(s, memo)),
    mainCountry: state.normalised?.mainCountry ?? null,
    diagnostics,
  };
}

/**
 * Runs the corpus stages on extracted documents.
 * @example
 * compareDocuments(docs.map((d) => extractDocument(d, lex)), lex).conflicts;
 */
export function compareDocuments(documents: readonly Extraction[], lex: CompiledLexicon): Report {
  const corpus: CorpusState = { documents, diagnostics: documents.flatMap((d) => d.diagnostics), registry: new SourceRegistry(lex), comparer: new Comparer(lex) };
  for (const stage of CORPUS_STAGES) stage.run(corpus, lex);
  return need(corpus, 'report');
}

/**
 * Runs the corpus stages but the last on the next batch of a stream: the batch's claims are joined
 * to the registry's sources and compared with everything the comparer holds. The caller (a
 * {@link ClaimIndex}) keeps the batches and assembles its report when asked.
 * @example
 * const { claims, comparison } = continueCorpus(batch, registry, comparer, lex);
 */
export function continueCorpus(documents: readonly Extraction[], registry: SourceRegistry, comparer: Comparer, lex: CompiledLexicon): { claims: Claim[]; comparison: Comparison } {
  const corpus: CorpusState = { documents, diagnostics: [], registry, comparer };
  for (const stage of CORPUS_STAGES.slice(0, -1)) stage.run(corpus, lex);
  return { claims: need(corpus, 'claims'), comparison: need(corpus, 'comparison') };
}

/**
 * Runs the whole pipeline on validated documents.
 * @example
 * runPipeline(validateDocuments([a, b]), compileLexicon(DEFAULT_LEXICON)).conflicts;
 */
export function runPipeline(docs: readonly ValidDocument[], lex: CompiledLexicon, onProgress?: (done: number, total: number) => void): Report {
  const documents = docs.map((d, n) => {
    const extracted = extractDocument(d, lex);
    onProgress?.(n + 1, docs.length);
    return extracted;
  });
  return compareDocuments(documents, lex);
}
