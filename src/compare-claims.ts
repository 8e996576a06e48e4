/**
 * The entry points: {@link compareClaims}, and its two halves {@link extractClaims} (per document,
 * pure: run it anywhere, in parallel) and {@link compareExtracted} (over extracted documents).
 * @module
 */
import type { DocumentInput, ExtractedDocument, Report } from './types.js';
import { validateDocuments, validateOptions, type CompareOptions } from './options.js';
import { DEFAULT_LEXICON, extendLexicon, type LexiconExtension } from './lexicon/index.js';
import { compileLexicon, type CompiledLexicon } from './lexicon/compile.js';
import { compareDocuments, extractDocument, runPipeline, type Extraction } from './pipeline.js';
import { withDisplay } from './report/display.js';
import { ClaimCheckError } from './errors.js';
import { LIMITS } from './limits.js';

/** Lexicons extended by a caller, compiled once per extension object the caller passes. */
const compiledFor = new WeakMap<object, CompiledLexicon>();

function extended(given: object, valid: LexiconExtension): CompiledLexicon {
  let lex = compiledFor.get(given);
  if (!lex) {
    lex = compileLexicon(extendLexicon(valid));
    compiledFor.set(given, lex);
  }
  return lex;
}

/**
 * Reads several reports about the same events and answers who claims what, how the numbers
 * compare, and where the sources disagree.
 *
 * Misuse (not an array, a document without text, a duplicate id, an invalid date, an unknown
 * option) throws a {@link ClaimCheckError}; messy text never throws and is reported in
 * `report.diagnostics`.
 * @example
 * import { compareClaims } from 'claimcheck';
 * const report = compareClaims([
 *   { id: 'a', text: 'Rebels captured the town of Soran, the Observatory said.', date: '2017-03-22' },
 *   { id: 'b', text: 'A military source said the situation in Soran was not yet decided.', date: '2017-03-22' },
 * ]);
 * report.conflicts[0]?.kind; // 'control'
 *
 * In a notebook the report shows itself as an HTML table (Deno's Jupyter kernel) or through
 * {@link displayReport} (tslab); `JSON.stringify(report)` is the plain data.
 */
export function compareClaims(docs: readonly (string | DocumentInput)[], options?: CompareOptions): Report {
  const valid = validateDocuments(docs);
  const { lexicon, onProgress } = validateOptions(options);
  return withDisplay(runPipeline(valid, lexiconOf(options, lexicon), onProgress));
}

/**
 * The compiled lexicon for a caller's options (validated): the default one, or the caller's
 * extension compiled once per object.
 */
export function lexiconOf(options: CompareOptions | undefined, valid: LexiconExtension | undefined): CompiledLexicon {
  return valid ? extended(options!.lexicon!, valid) : compileLexicon(DEFAULT_LEXICON);
}

/**
 * Reads one document: the first half of {@link compareClaims}, pure and per document, so that it
 * can run in parallel (see `compareClaimsParallel` in `claimcheck/node`), ahead of time, or as
 * reports arrive. The result is plain data; compare such documents with {@link compareExtracted}
 * or add them to a {@link ClaimIndex}, with the same `lexicon` option.
 * @example
 * import { extractClaims, compareExtracted } from 'claimcheck';
 * const a = extractClaims({ id: 'a', text: 'Rebels captured Soran, the Observatory said.', date: '2017-03-22' });
 * const b = extractClaims({ id: 'b', text: 'A military source said the situation in Soran was not yet decided.', date: '2017-03-22' });
 * compareExtracted([a, b]).conflicts[0]?.kind; // 'control'
 */
export function extractClaims(doc: string | DocumentInput, options?: Pick<CompareOptions, 'lexicon'>): ExtractedDocument {
  const [valid] = validateDocuments([doc]);
  const { lexicon } = validateOptions(options, 'extractClaims', ['lexicon']);
  return extractDocument(valid!, lexiconOf(options, lexicon));
}

/**
 * Compares documents read by {@link extractClaims}: the second half of {@link compareClaims}.
 * `compareExtracted(docs.map((d) => extractClaims(d)))` is `compareClaims(docs)`.
 * @example
 * const report = compareExtracted(stored.map((json) => JSON.parse(json)));
 * report.conflicts.length;
 */
export function compareExtracted(docs: readonly ExtractedDocument[], options?: Pick<CompareOptions, 'lexicon'>): Report {
  const { lexicon } = validateOptions(options, 'compareExtracted', ['lexicon']);
  return withDisplay(compareDocuments(checkExtracted(docs, 'compareExtracted'), lexiconOf(options, lexicon)));
}

/**
 * Checks that what a caller passes as extracted documents is what {@link extractClaims} returns,
 * with ids distinct from each other and from the `known` ones.
 */
export function checkExtracted(docs: unknown, caller: string, known: ReadonlySet<string> = new Set()): Extraction[] {
  const seen = new Set<string>();
  if (!Array.isArray(docs)) throw new ClaimCheckError('DOCS_NOT_ARRAY', `${caller} got ${docs === null ? 'null' : typeof docs} where it needs an array of extracted documents.`);
  if (docs.length > LIMITS.maxDocuments) throw new ClaimCheckError('TOO_MANY_DOCUMENTS', `${caller} got ${docs.length} documents.`);
  return docs.map((d: unknown, n) => {
    const x = d as Partial<Extraction> | null;
    if (typeof x !== 'object' || x === null || x.schemaVersion !== 1 || typeof x.id !== 'string' || !Array.isArray(x.drafts) || !Array.isArray(x.sources) || !Array.isArray(x.diagnostics)) {
      throw new ClaimCheckError('EXTRACTED_INVALID', `${caller} got, at index ${n}, something that is not an extracted document (schemaVersion 1).`);
    }
    if (seen.has(x.id) || known.has(x.id)) throw new ClaimCheckError('DUPLICATE_ID', `Two documents have the id "${x.id}".`);
    seen.add(x.id);
    return x as Extraction;
  });
}
