// The labelled claim pairs (test/fixtures/claim-pairs.ts): events of the FA-KES articles, reworded,
// more than half of them pairs that must not conflict. Each pair must get its expected kind.
import { describe, expect, test } from 'vitest';
import { compareClaims } from '../src/index.js';
import { CLAIM_PAIRS, type ClaimPair } from './fixtures/claim-pairs.js';
import { acrossDocuments, describeClaimPairs } from './helpers.js';

/** The kind of the first conflict between the two reports, or 'none'. */
function predicted(p: ClaimPair): string {
  const r = compareClaims([{ id: 'a', ...p.a }, { id: 'b', ...p.b }]);
  return r.conflicts.find((k) => acrossDocuments(k.claimIds))?.kind ?? 'none';
}

describeClaimPairs('claim pairs', predicted);

describe('the suite', () => {
  test('has at least 60 pairs over 8 events, half of them must-not', () => {
    expect(CLAIM_PAIRS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CLAIM_PAIRS.map((p) => p.event)).size).toBeGreaterThanOrEqual(8);
    expect(CLAIM_PAIRS.filter((p) => p.expected === 'none').length * 2).toBeGreaterThanOrEqual(CLAIM_PAIRS.length);
  });
});
