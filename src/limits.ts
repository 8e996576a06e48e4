/**
 * Documented limits that keep memory and time bounded on hostile input. Past a limit the library
 * says so (a `ClaimCheckError` for the number of documents, a diagnostic for the rest) rather than
 * exhausting memory or hanging.
 * @module
 */

/**
 * The limits, frozen.
 * @example
 * LIMITS.maxDocuments; // 100000
 */
export const LIMITS = Object.freeze({
  /** Documents in one call; more throws `TOO_MANY_DOCUMENTS`. */
  maxDocuments: 100_000,
  /** UTF-16 code units of one document that are read; the rest is left out with a diagnostic. */
  maxDocumentLength: 10_000_000,
  /**
   * A run of non-space characters this long is not read (an inline data URI, minified script):
   * wink-nlp's tokenizer takes time quadratic in the length of one token.
   */
  maxTokenLength: 200,
  /** Claims in one group the comparison pairs (claims of one place and day); larger groups are sampled. */
  maxGroupSize: 400,
});
