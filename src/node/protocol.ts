/**
 * Messages between {@link compareClaimsParallel} and its worker threads.
 * @module
 */
import type { ValidDocument } from '../options.js';
import type { Extraction } from '../pipeline.js';

/**
 * A batch of validated documents for a worker to extract.
 * @example
 * const request: BatchRequest = { batch: 0, docs: [{ id: 'a', text: 'Rebels said so.', date: null }] };
 */
export interface BatchRequest {
  readonly batch: number;
  readonly docs: readonly ValidDocument[];
}

/**
 * A worker's answer: the batch's extracted documents, in order, or why it failed.
 * @example
 * const reply: BatchReply = { batch: 0, extracted: [] };
 */
export type BatchReply = { readonly batch: number; readonly extracted: readonly Extraction[] } | { readonly batch: number; readonly error: string };
