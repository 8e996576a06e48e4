/**
 * Misuse of the API throws a {@link ClaimCheckError} whose message says how to fix it; messy text
 * never throws (it becomes a `Diagnostic`). Codes follow spaCy's `errors.py` habit: one code per
 * mistake, the fix in the message.
 * @module
 */

/**
 * Every code a {@link ClaimCheckError} can carry, with the fix its message gives.
 * @example
 * ERROR_CODES.DUPLICATE_ID; // 'Give every document a distinct `id`, ...'
 */
export const ERROR_CODES = Object.freeze({
  DOCS_NOT_ARRAY: 'Pass an array of documents: compareClaims([textA, textB]) or compareClaims([{ id, text }]).',
  DOC_INVALID: 'Each document is a string or an object { text, id?, date?, title?, url?, publisher? }.',
  TEXT_MISSING: 'Give each document object a `text` property holding the report as a string.',
  TEXT_NOT_STRING: 'A document\'s `text` must be a string; convert it with String(...) or read the file as UTF-8.',
  ID_INVALID: 'A document `id` must be a non-empty string; leave it out to get "doc-1", "doc-2", ...',
  DUPLICATE_ID: 'Give every document a distinct `id`, or leave ids out to number them.',
  INVALID_DATE: 'Give `date` as a valid Date or a string "YYYY-MM-DD" (an ISO date-time is accepted too).',
  OPTIONS_INVALID: 'Pass options as a plain object, e.g. { lexicon: { ... } }, or leave them out.',
  UNKNOWN_OPTION: 'Remove the unknown option or check its spelling against CompareOptions.',
  OPTION_TYPE: 'Give the option a value of the documented type (see CompareOptions).',
  EXAMPLES_INVALID: 'Pass trainAttributionModel a non-empty array of { text, attributions: [{ source, cue, content }] }, each role a list of { start, end } character offsets into the text.',
  MODEL_INVALID: 'Load a model from the bytes attributionModelToBytes wrote, unchanged (a file cut short or of another kind will not do).',
  FORMAT_UNKNOWN: 'Use one of the formats formatReport supports.',
  EXTRACTED_INVALID: 'Pass what extractClaims returned, unchanged (and from the same version of claimcheck).',
  TOO_MANY_DOCUMENTS: 'Compare at most LIMITS.maxDocuments documents in one call; split the corpus by date or place.',
} as const);

/**
 * A code of {@link ERROR_CODES}.
 * @example
 * const code: ClaimCheckErrorCode = 'INVALID_DATE';
 */
export type ClaimCheckErrorCode = keyof typeof ERROR_CODES;

/**
 * The error thrown for misuse of the API (never for messy text).
 * @example
 * try { compareClaims('not an array' as never); }
 * catch (e) { if (e instanceof ClaimCheckError) console.log(e.code, e.fix); }
 */
export class ClaimCheckError extends Error {
  readonly code: ClaimCheckErrorCode;
  /** How to fix it. */
  readonly fix: string;
  constructor(code: ClaimCheckErrorCode, found: string) {
    const fix = ERROR_CODES[code];
    super(`[${code}] ${found} ${fix}`);
    this.name = 'ClaimCheckError';
    this.code = code;
    this.fix = fix;
  }
}
