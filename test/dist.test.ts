// The shipped build: ESM and CommonJS entry points, as a user imports them.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { seedDocs } from './helpers.js';

describe('the built package', () => {
  test('ESM: import from dist', async () => {
    const lib = await import('../dist/index.js');
    const r = lib.compareClaims(seedDocs());
    expect(r.conflicts).toHaveLength(2);
    expect(typeof lib.formatReport(r)).toBe('string');
  });

  test('CommonJS: require from dist', () => {
    const lib = createRequire(import.meta.url)('../dist/index.cjs');
    expect(lib.compareClaims(seedDocs()).conflicts).toHaveLength(2);
    expect(new lib.ClaimCheckError('DUPLICATE_ID', 'x')).toBeInstanceOf(Error);
  });

  test('the build loads nothing from natural at run time', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8')).not.toMatch(/from ["']natural["']/);
  });
});
