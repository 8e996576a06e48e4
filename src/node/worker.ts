/**
 * The worker thread of {@link compareClaimsParallel}: compiles the lexicon once, then extracts
 * the batches of documents it is sent and posts the extracted documents back.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileLexicon } from '../lexicon/compile.js';
import { DEFAULT_LEXICON, extendLexicon, type LexiconExtension } from '../lexicon/index.js';
import { extractDocument } from '../pipeline.js';
import type { ValidDocument } from '../options.js';
import type { BatchRequest, BatchReply } from './protocol.js';

const extension = (workerData as { lexicon?: LexiconExtension } | undefined)?.lexicon;
const lex = compileLexicon(extension ? extendLexicon(extension) : DEFAULT_LEXICON);

parentPort?.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { extracted: request.docs.map((d: ValidDocument) => extractDocument(d, lex)) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
