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
import type { Claim, Diagnostic, Report } from './types.js';
import type { CompiledLexicon } from './lexicon/compile.js';
import type { ValidDocument } from './options.js';
import { intake, type IntakeDoc } from './intake/index.js';
import { readSentences, type ParsedDoc } from './sentences/index.js';
import { attribute, type AttributedDoc } from './attribution/index.js';
import { normalise, type NormalisedDoc } from './normalise/index.js';
import { canonicalSources, draftClaims, finishClaims, type CanonicalSources, type ClaimDraft } from './claims/index.js';
import { compare, type Comparison } from './compare/index.js';
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
 * What the corpus stages build.
 * @example
 * const corpus: CorpusState = { documents, diagnostics: [] };
 */
export interface CorpusState {
  readonly documents: readonly DocumentState[];
  readonly diagnostics: Diagnostic[];
  sources?: CanonicalSources;
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
    name: 'sources', needs: ['documents'], adds: ['sources', 'claims'],
    run: (c, lex) => {
      const done = c.documents.filter((d) => d.drafts && d.attributed);
      const sources = canonicalSources(done.map((d) => d.attributed!.sources), lex, done.map((d) => d.input.id), done.map((d) => d.normalised?.mainCountry ?? null));
      c.sources = sources;
      c.claims = done.flatMap((d, i) => finishClaims(d.drafts!, sources, i, d.attributed!));
    },
  },
  {
    name: 'comparison', needs: ['claims', 'sources'], adds: ['comparison'],
    run: (c, lex) => {
      const dates = Object.fromEntries(c.documents.map((d) => [d.input.id, d.intake?.date ?? d.input.date]));
      c.comparison = compare(need(c, 'claims'), need(c, 'sources').sources, dates, lex);
    },
  },
  {
    name: 'report', needs: ['claims', 'sources', 'comparison'], adds: ['report'],
    run: (c) => {
      const docs = c.documents.map((d) => d.intake ?? { id: d.input.id, text: d.input.text, date: d.input.date, segments: [], diagnostics: [] });
      c.report = assembleReport(docs, need(c, 'sources').sources, need(c, 'claims'), need(c, 'comparison'), c.diagnostics);
    },
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
checkOrder(CORPUS_STAGES, ['documents', 'diagnostics']);

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
 * Runs the whole pipeline on validated documents.
 * @example
 * runPipeline(validateDocuments([a, b]), compileLexicon(DEFAULT_LEXICON)).conflicts;
 */
export function runPipeline(docs: readonly ValidDocument[], lex: CompiledLexicon, onProgress?: (done: number, total: number) => void): Report {
  const diagnostics: Diagnostic[] = [];
  const documents = docs.map((d, n) => {
    const { state, diagnostics: found } = runDocument(d, lex);
    for (const x of found) diagnostics.push(x);
    onProgress?.(n + 1, docs.length);
    return state;
  });
  const corpus: CorpusState = { documents, diagnostics };
  for (const stage of CORPUS_STAGES) stage.run(corpus, lex);
  return need(corpus, 'report');
}
