/**
 * `claimcheck/node`: extraction spread over worker threads (Node only; ES module). Extraction is
 * per document and pure, so it runs on all cores; the comparison then runs once, in this thread,
 * over the extracted documents.
 * @module
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { DocumentInput, ExtractedDocument, Report } from '../types.js';
import { validateDocuments, validateOptions, type CompareOptions, type ValidDocument } from '../options.js';
import type { LexiconExtension } from '../lexicon/index.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { compareExtracted, lexiconOf } from '../compare-claims.js';
import { extractDocument, type Extraction } from '../pipeline.js';
import { ClaimCheckError } from '../errors.js';
import type { BatchReply, BatchRequest } from './protocol.js';

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
  /** Warm workers to use (and leave open) instead of starting new ones. */
  readonly pool?: ExtractionPool;
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
 * come back in the order given. Each worker loads the model once; pass a {@link ExtractionPool}
 * as `pool` to keep warm workers between calls. Should a worker die, its batches are read in this
 * thread.
 * @example
 * import { extractClaimsParallel } from 'claimcheck/node';
 * const extracted = await extractClaimsParallel(texts);
 * index.addExtracted(extracted).conflicts;
 */
export async function extractClaimsParallel(docs: readonly (string | DocumentInput)[], options?: ParallelOptions): Promise<ExtractedDocument[]> {
  validateOptions(options, 'compareClaimsParallel', ['lexicon', 'onProgress', 'workers', 'batchSize', 'pool']);
  if (options?.pool !== undefined && !(options.pool instanceof ExtractionPool)) {
    throw new ClaimCheckError('OPTION_TYPE', 'The option `pool` must be an ExtractionPool from claimcheck/node.');
  }
  const progress = options?.onProgress ? { onProgress: options.onProgress } : undefined;
  if (options?.pool) return options.pool.extract(docs, progress);
  const pool = new ExtractionPool(options);
  try {
    return await pool.extract(docs, progress);
  } finally {
    await pool.close();
  }
}

interface Job {
  readonly docs: readonly ValidDocument[];
  readonly done: (extracted: readonly Extraction[] | null) => void;
}

/**
 * Worker threads kept for many calls (a monitoring service reading batches as they arrive): each
 * loads the model and warms up once. Idle workers do not keep the process alive; `close()` ends them.
 * @example
 * import { ExtractionPool } from 'claimcheck/node';
 * const pool = new ExtractionPool({ workers: 2 });
 * index.addExtracted(await pool.extract(morningReports));
 * index.addExtracted(await pool.extract(eveningReports));
 * await pool.close();
 */
export class ExtractionPool {
  private readonly size: number;
  private readonly batchSize: number;
  private readonly lexicon: LexiconExtension | undefined;
  /** The compiled lexicon, for batches read in this thread. */
  private readonly lex: () => CompiledLexicon;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private started = 0;
  private closed = false;

  /**
   * A pool of `workers` threads (by default one per core; `0` reads in this thread), with the
   * `lexicon` option of `compareClaims`.
   * @example
   * const pool = new ExtractionPool({ workers: 4, lexicon: myWar });
   */
  constructor(options?: Pick<ParallelOptions, 'workers' | 'batchSize' | 'lexicon'>) {
    const given = options?.lexicon !== undefined ? { lexicon: options.lexicon } : undefined;
    this.lexicon = validateOptions(given, 'ExtractionPool', ['lexicon']).lexicon;
    this.size = count(options?.workers, 'workers', availableParallelism(), 0);
    this.batchSize = count(options?.batchSize, 'batchSize', DEFAULT_BATCH, 1);
    this.lex = () => lexiconOf(given, this.lexicon);
  }

  /**
   * Extracts documents, in the order given.
   * @example
   * const extracted = await pool.extract(texts, { onProgress: (done, total) => bar.update(done / total) });
   */
  async extract(docs: readonly (string | DocumentInput)[], options?: Pick<CompareOptions, 'onProgress'>): Promise<ExtractedDocument[]> {
    if (this.closed) throw new ClaimCheckError('OPTIONS_INVALID', 'This ExtractionPool is closed; make a new one.');
    const valid = validateDocuments(docs);
    const onProgress = options?.onProgress;
    const batches: (readonly ValidDocument[])[] = [];
    for (let n = 0; n < valid.length; n += this.batchSize) batches.push(valid.slice(n, n + this.batchSize));
    let done = 0;
    const read = (batch: readonly ValidDocument[]): readonly Extraction[] => {
      const lex = this.lex();
      return batch.map((d) => extractDocument(d, lex));
    };
    const results = await Promise.all(batches.map((batch) => new Promise<readonly Extraction[]>((resolve) => {
      const finish = (extracted: readonly Extraction[]): void => {
        done += extracted.length;
        onProgress?.(done, valid.length);
        resolve(extracted);
      };
      if (this.size === 0) { finish(read(batch)); return; }
      // a batch a dead worker left is read in this thread
      this.queue.push({ docs: batch, done: (extracted) => finish(extracted ?? read(batch)) });
      this.dispatch();
    })));
    return results.flat();
  }

  /**
   * Ends the workers; the pool takes no more work.
   * @example
   * await pool.close();
   */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      const request: BatchRequest = { docs: job.docs };
      worker.postMessage(request);
    }
  }

  private spawn(): Worker {
    this.started++;
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { lexicon: this.lexicon } });
    worker.on('message', (reply: BatchReply) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      job?.done('extracted' in reply ? reply.extracted : null);
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
    });
    let gone = false;
    const dead = (): void => {
      if (gone) return;
      gone = true;
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      job?.done(null);
      // its place may be taken by a new worker, unless the pool is closing
      if (!this.closed) { this.started--; this.dispatch(); }
    };
    worker.on('error', dead);
    worker.on('exit', dead);
    return worker;
  }
}

function count(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new ClaimCheckError('OPTION_TYPE', `The option \`${name}\` is ${String(value)}; it must be an integer of at least ${min}.`);
  }
  return value;
}

export type { ExtractedDocument } from '../types.js';
