/**
 * {@link ClaimIndex}: claims kept open for reports that arrive over time (a monitoring stream).
 * @module
 */
import type { Agreement, Claim, Conflict, Diagnostic, DocumentInput, ExtractedDocument, IndexUpdate, Report, Revision } from './types.js';
import type { CompiledLexicon } from './lexicon/compile.js';
import { validateDocuments, validateOptions, type CompareOptions } from './options.js';
import { checkExtracted, lexiconOf } from './compare-claims.js';
import { continueCorpus, extractDocument, type Extraction } from './pipeline.js';
import { SourceRegistry } from './claims/index.js';
import { Comparer } from './compare/index.js';
import { assembleReport } from './report/index.js';
import { withDisplay } from './report/display.js';
import { ClaimCheckError } from './errors.js';
import { LIMITS } from './limits.js';

/**
 * An index of claims that takes documents as they arrive and answers, for each batch, with the new
 * claims and the conflicts, agreements and revisions they bring. The work of a batch grows with
 * the batch and the claims it meets (same place, shared figures or words), not with the index.
 *
 * Sources are joined against everything seen so far and keep their ids, so a conflict reported
 * once stays valid; the index's {@link ClaimIndex.report} can differ from {@link compareClaims} on
 * the same documents only where a later report would have renamed an earlier source.
 * @example
 * import { ClaimIndex } from 'claimcheck';
 * const index = new ClaimIndex();
 * index.add([{ id: 'a', text: 'Rebels captured Soran, the Observatory said.', date: '2017-03-22' }]);
 * const update = index.add([{ id: 'b', text: 'A military source said the situation in Soran was not yet decided.', date: '2017-03-22' }]);
 * update.conflicts[0]?.kind; // 'control'
 * index.report().claims.length; // 2
 */
export class ClaimIndex {
  private readonly lex: CompiledLexicon;
  private readonly registry: SourceRegistry;
  private readonly comparer: Comparer;
  private readonly ids = new Set<string>();
  private readonly documents: Extraction[] = [];
  private readonly claims: Claim[] = [];
  private readonly conflicts: Conflict[] = [];
  private readonly agreements: Agreement[] = [];
  private readonly revisions: Revision[] = [];
  private readonly diagnostics: Diagnostic[] = [];

  /**
   * An empty index; `lexicon` extends the default lexicon as in {@link compareClaims}.
   * @example
   * const index = new ClaimIndex({ lexicon: { places: [{ name: 'Bakhmut', kind: 'city', country: 'Ukraine' }] } });
   */
  constructor(options?: Pick<CompareOptions, 'lexicon'>) {
    const { lexicon } = validateOptions(options, 'ClaimIndex', ['lexicon']);
    this.lex = lexiconOf(options, lexicon);
    this.registry = new SourceRegistry(this.lex);
    this.comparer = new Comparer(this.lex);
  }

  /**
   * How many documents the index holds.
   * @example
   * new ClaimIndex().size; // 0
   */
  get size(): number {
    return this.documents.length;
  }

  /**
   * Reads and adds documents. A string gets the id "doc-N", N counting every document the index
   * has taken; an id the index already holds throws `DUPLICATE_ID`.
   * @example
   * index.add(['Rebels said they took Soran.']).claims[0]?.docId; // 'doc-1'
   */
  add(docs: readonly (string | DocumentInput)[]): IndexUpdate {
    if (!Array.isArray(docs)) validateDocuments(docs); // throws DOCS_NOT_ARRAY
    const numbered = docs.map((d, n) => (typeof d === 'string' ? { id: `doc-${this.size + n + 1}`, text: d } : d));
    const valid = validateDocuments(numbered);
    for (const d of valid) if (this.ids.has(d.id)) throw new ClaimCheckError('DUPLICATE_ID', `The index already holds a document with the id "${d.id}".`);
    return this.take(valid.map((d) => extractDocument(d, this.lex)));
  }

  /**
   * Adds documents read by {@link extractClaims} (for instance in worker threads), with the same
   * `lexicon` option as the index.
   * @example
   * index.addExtracted([extractClaims(report)]).conflicts;
   */
  addExtracted(docs: readonly ExtractedDocument[]): IndexUpdate {
    return this.take(checkExtracted(docs, 'ClaimIndex.addExtracted', this.ids));
  }

  private take(batch: readonly Extraction[]): IndexUpdate {
    if (this.size + batch.length > LIMITS.maxDocuments) throw new ClaimCheckError('TOO_MANY_DOCUMENTS', `The index would hold ${this.size + batch.length} documents.`);
    const { claims, comparison } = continueCorpus(batch, this.registry, this.comparer, this.lex);
    const diagnostics = batch.flatMap((d) => d.diagnostics);
    for (const d of batch) this.ids.add(d.id);
    append(this.documents, batch);
    append(this.claims, claims);
    append(this.conflicts, comparison.conflicts);
    append(this.agreements, comparison.agreements);
    append(this.revisions, comparison.revisions);
    append(this.diagnostics, diagnostics);
    return { claims, conflicts: comparison.conflicts, agreements: comparison.agreements, revisions: comparison.revisions, diagnostics };
  }

  /**
   * Everything the index holds, as one report (the same form as {@link compareClaims} returns).
   * @example
   * formatReport(index.report(), 'markdown');
   */
  report(): Report {
    const found = { conflicts: [...this.conflicts], agreements: [...this.agreements], revisions: [...this.revisions] };
    return withDisplay(assembleReport(this.documents, this.registry.sources(), [...this.claims], found, [...this.diagnostics]));
  }
}

/** Appends one by one: a spread of a large batch would overflow the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const x of items) target.push(x);
}
