/**
 * Messages between {@link compareClaimsParallel} and its worker threads.
 * @module
 */
import type { ValidDocument } from '../options.js';
import type { Extraction } from '../pipeline.js';

/**
 * A batch of validated documents for a worker to extract (a worker has one batch at a time).
 * @example
 * const request: BatchRequest = { docs: [{ id: 'a', text: 'Rebels said so.', date: null }] };
 */
export interface BatchRequest {
  readonly docs: readonly ValidDocument[];
}

/**
 * A worker's answer: the batch's extracted documents, in order, or why it failed.
 * @example
 * const reply: BatchReply = { extracted: [] };
 */
export type BatchReply = { readonly extracted: readonly Extraction[] } | { readonly error: string };
