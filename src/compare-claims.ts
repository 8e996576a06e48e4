/**
 * The entry point: {@link compareClaims}.
 * @module
 */
import type { DocumentInput, Report } from './types.js';
import { validateDocuments, validateOptions, type CompareOptions } from './options.js';
import { DEFAULT_LEXICON, extendLexicon, type LexiconExtension } from './lexicon/index.js';
import { compileLexicon, type CompiledLexicon } from './lexicon/compile.js';
import { runPipeline } from './pipeline.js';
import { withDisplay } from './report/display.js';

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
  const lex = lexicon ? extended(options!.lexicon!, lexicon) : compileLexicon(DEFAULT_LEXICON);
  return withDisplay(runPipeline(valid, lex, onProgress));
}
