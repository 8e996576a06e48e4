/**
 * `claimcheck/node`: extraction spread over worker threads (Node only; ES module). Extraction is
 * per document and pure, so it runs on all cores; the comparison then runs once, in this thread,
 * over the extracted documents.
 * @module
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { DocumentInput, ExtractedDocument, Report } from '../types.js';
import { validateDocuments, validateOptions, type CompareOptions } from '../options.js';
import { compareExtracted, lexiconOf } from '../compare-claims.js';
import { extractDocument, type Extraction } from '../pipeline.js';
import { ClaimCheckError } from '../errors.js';
import type { BatchReply } from './protocol.js';

/**
 * Options of {@link compareClaimsParallel} and {@link extractClaimsParallel}.
 * @example
 * await compareClaimsParallel(docs, { workers: 4, onProgress: (done, total) => bar.update(done / total) });
 */
export interface ParallelOptions extends CompareOptions {
  /**
   * Worker threads; by default one per core (`os.availableParallelism()`). `0` reads every document
   * in this thread.
   */
  readonly workers?: number;
  /** Documents sent to a worker at a time (default 16): larger batches, less messaging; smaller, better balance. */
  readonly batchSize?: number;
}

const DEFAULT_BATCH = 16;

/**
 * `compareClaims` with extraction spread over worker threads. The report is the same as
 * `compareClaims(docs, options)` gives.
 * @example
 * import { compareClaimsParallel } from 'claimcheck/node';
 * const report = await compareClaimsParallel(texts, { workers: 2 });
 * report.conflicts.length;
 */
export async function compareClaimsParallel(docs: readonly (string | DocumentInput)[], options?: ParallelOptions): Promise<Report> {
  const extracted = await extractClaimsParallel(docs, options);
  return compareExtracted(extracted, options?.lexicon ? { lexicon: options.lexicon } : undefined);
}

/**
 * `extractClaims` over many documents, spread over worker threads; the extracted documents
 * come back in the order given. Each worker loads the model once. Should a worker die, its batches
 * are read in this thread.
 * @example
 * import { extractClaimsParallel } from 'claimcheck/node';
 * const extracted = await extractClaimsParallel(texts);
 * index.addExtracted(extracted).conflicts;
 */
export async function extractClaimsParallel(docs: readonly (string | DocumentInput)[], options?: ParallelOptions): Promise<ExtractedDocument[]> {
  const valid = validateDocuments(docs);
  const { lexicon, onProgress } = validateOptions(options, 'compareClaimsParallel', ['lexicon', 'onProgress', 'workers', 'batchSize']);
  const workers = count(options?.workers, 'workers', availableParallelism(), 0);
  const batchSize = count(options?.batchSize, 'batchSize', DEFAULT_BATCH, 1);
  const batches: (readonly typeof valid[number][])[] = [];
  for (let n = 0; n < valid.length; n += batchSize) batches.push(valid.slice(n, n + batchSize));
  const results: (readonly Extraction[] | undefined)[] = new Array(batches.length);
  let done = 0;
  const finish = (batch: number, extracted: readonly Extraction[]): void => {
    results[batch] = extracted;
    done += extracted.length;
    onProgress?.(done, valid.length);
  };
  const inThread = (batch: number): void => {
    const lex = lexiconOf(options, lexicon);
    finish(batch, batches[batch]!.map((d) => extractDocument(d, lex)));
  };
  const threads = Math.min(workers, batches.length);
  if (threads === 0) {
    batches.forEach((_, b) => inThread(b));
  } else {
    const queue = batches.map((_, b) => b);
    await Promise.all(Array.from({ length: threads }, () => runWorker(queue, batches, lexicon, finish)));
    // batches a dead worker left
    results.forEach((r, b) => { if (!r) inThread(b); });
  }
  return results.flatMap((r) => r!);
}

/** One worker taking batches from the shared queue until it is empty; resolves when done or dead. */
function runWorker(queue: number[], batches: readonly (readonly unknown[])[], lexicon: unknown, finish: (batch: number, extracted: readonly Extraction[]) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { lexicon } });
    let current: number | undefined;
    const next = (): void => {
      current = queue.shift();
      if (current === undefined) { void worker.terminate().then(() => resolve()); return; }
      worker.postMessage({ batch: current, docs: batches[current] });
    };
    worker.on('message', (reply: BatchReply) => {
      if ('extracted' in reply) finish(reply.batch, reply.extracted);
      next();
    });
    // a dead worker's batch is left unfinished and read in the main thread
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
    next();
  });
}

function count(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new ClaimCheckError('OPTION_TYPE', `The option \`${name}\` is ${String(value)}; it must be an integer of at least ${min}.`);
  }
  return value;
}

export type { ExtractedDocument } from '../types.js';
