// Test helpers: run the pipeline's document stages on a small text, or the whole library on
// several, with the default lexicon.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CLAIM_PAIRS, type ClaimPair } from './fixtures/claim-pairs.js';
import { compareClaims } from '../src/index.js';
import type { Claim, DocumentInput, Report } from '../src/index.js';
import { runDocument, type DocumentState } from '../src/pipeline.js';
import { compileLexicon } from '../src/lexicon/compile.js';
import { DEFAULT_LEXICON } from '../src/lexicon/index.js';

export const lex = compileLexicon(DEFAULT_LEXICON);

/** The document stages run on one text (publication date 2017-03-22, a Wednesday, unless given). */
export function stages(text: string, date: string | null = '2017-03-22'): DocumentState {
  const { state, diagnostics } = runDocument({ id: 't', text, date }, lex);
  const failed = diagnostics.find((d) => d.code === 'stage-failed');
  if (failed) throw new Error(failed.message);
  return state;
}

/** The claims of one text. */
export function claimsOf(text: string, date = '2017-03-22'): Claim[] {
  return [...report([{ id: 't', text, date }]).claims];
}

/** The report of several documents; fails the test on a stage that broke. */
export function report(docs: (string | DocumentInput)[]): Report {
  const r = compareClaims(docs);
  const failed = r.diagnostics.find((d) => d.code === 'stage-failed');
  if (failed) throw new Error(failed.message);
  return r;
}

/** The attributed claims (those with a source) of one text. */
export function attributed(text: string): Claim[] {
  return claimsOf(text).filter((c) => c.source !== null);
}

/** The seed reports shipped under examples/seeds. */
export function seedDocs(): DocumentInput[] {
  const folder = new URL('../examples/seeds/', import.meta.url);
  return readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: f.slice(0, 3), text: readFileSync(new URL(f, folder), 'utf8') }));
}

/**
 * The labelled claim pairs as two tables, "must conflict" and "must not conflict", for a way of
 * predicting the kind of the first conflict across the two reports ('none' for none).
 */
export function describeClaimPairs(title: string, predict: (p: ClaimPair) => string): void {
  describe(`${title}: must conflict`, () => {
    test.each(CLAIM_PAIRS.filter((p) => p.expected !== 'none').map((p) => [p.label, p] as const))('%s', (_label, p) => {
      expect(predict(p)).toBe(p.expected);
    });
  });
  describe(`${title}: must not conflict`, () => {
    test.each(CLAIM_PAIRS.filter((p) => p.expected === 'none').map((p) => [p.label, p] as const))('%s', (_label, p) => {
      expect(predict(p)).toBe('none');
    });
  });
}

/** Whether a conflict's two claims stand in different documents. */
export const acrossDocuments = (ids: readonly [string, string]): boolean => ids[0].split(':')[0] !== ids[1].split(':')[0];
