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

describe('claimcheck/node: extraction in worker threads', () => {
  test('compareClaimsParallel gives what compareClaims gives, with progress to the end', async () => {
    const { compareClaimsParallel } = await import('../dist/node/index.js');
    const { compareClaims } = await import('../dist/index.js');
    const docs = seedDocs();
    const seen: number[] = [];
    const report = await compareClaimsParallel(docs, { workers: 2, batchSize: 1, onProgress: (done: number) => seen.push(done) });
    expect(JSON.stringify(report)).toBe(JSON.stringify(compareClaims(docs)));
    expect(seen.at(-1)).toBe(docs.length);
  }, 30_000);

  test('workers: 0 reads in this thread; a bad worker count is misuse', async () => {
    const { compareClaimsParallel } = await import('../dist/node/index.js');
    const { compareClaims } = await import('../dist/index.js');
    const docs = seedDocs();
    expect(JSON.stringify(await compareClaimsParallel(docs, { workers: 0 }))).toBe(JSON.stringify(compareClaims(docs)));
    await expect(compareClaimsParallel(docs, { workers: 1.5 })).rejects.toMatchObject({ code: 'OPTION_TYPE' });
  }, 30_000);
});

describe('claimcheck/node: a pool of warm workers', () => {
  test('extracts batch after batch with the same workers, in order, and closes', async () => {
    const { ExtractionPool } = await import('../dist/node/index.js');
    const { compareExtracted, compareClaims } = await import('../dist/index.js');
    const docs = seedDocs();
    const pool = new ExtractionPool({ workers: 2, batchSize: 1 });
    const first = await pool.extract([docs[0]!]);
    const second = await pool.extract(docs.slice(1));
    await pool.close();
    expect([...first, ...second].map((d: { id: string }) => d.id)).toEqual(docs.map((d) => d.id));
    expect(JSON.stringify(compareExtracted([...first, ...second]))).toBe(JSON.stringify(compareClaims(docs)));
    await expect(pool.extract(docs)).rejects.toMatchObject({ code: 'OPTIONS_INVALID' });
  }, 30_000);
});
