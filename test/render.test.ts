// Rendering: each format against a golden file, escaping of hostile text, the notebook display
// protocol, and the built package under Deno.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareClaims, displayReport, formatReport, JUPYTER_DISPLAY } from '../src/index.js';
import { report, seedDocs } from './helpers.js';

const HOSTILE = '<script>alert("x")</script>';

describe('formats', () => {
  const r = report(seedDocs());

  test('the HTML view matches the golden file', async () => {
    await expect(formatReport(r, 'html')).toMatchFileSnapshot('golden/seeds.report.html');
  });

  test('the HTML view puts conflicts first, with both claims and the conflicting words marked', () => {
    const html = formatReport(r, 'html');
    expect(html.indexOf('id="conflicts"')).toBeLessThan(html.indexOf('id="sources"'));
    expect(html.indexOf('id="sources"')).toBeLessThan(html.indexOf('id="agreements"'));
    expect(html.match(/class="conflict"/g)).toHaveLength(2);
    expect(html).toContain('<mark>not yet decided</mark>');
    expect(html).toContain('<mark>repelled</mark>');
  });

  test('every format is a string that names both conflicts', () => {
    for (const format of ['text', 'markdown', 'html'] as const) {
      const out = formatReport(r, format);
      expect(out).toMatch(/control/i);
      expect(out).toMatch(/outcome/i);
    }
  });
});

describe('escaping: must hold', () => {
  // a report whose every piece of text is hostile: what a scraped page could put there
  const base = report([
    { id: 'x', text: 'Rebels captured the town of Morek, the Observatory said.' },
    { id: 'y', text: 'A military source said the fighting in Morek was not yet decided.' },
  ]);
  const evil = JSON.parse(JSON.stringify(base).replace(/Syrian Observatory for Human Rights|Military source|Morek/g, HOSTILE.replace(/"/g, '\\"')));

  test('hostile text renders as text in HTML', () => {
    const html = formatReport(evil, 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html.match(/<script/g)).toBeNull();
  });

  test('scraped text with markup-like characters is read and escaped', () => {
    const r = compareClaims(['Activists said the sign read "x < y & y > z" on Monday.']);
    const html = formatReport(r, 'html');
    expect(html).toContain('x &lt; y &amp; y &gt; z');
  });

  test('Markdown tables escape their cell separators', () => {
    const md = formatReport(compareClaims(['The so|called group said it won.']), 'markdown');
    expect(md).not.toMatch(/\| so\|called/);
  });
});

describe('denials', () => {
  test('a denied claim is shown as denied', () => {
    const r = compareClaims([{ id: 'a', text: 'Local officials said M23 rebels seized the town of Mweso.' }, { id: 'b', text: 'The army spokesman denied that Mweso had fallen.' }]);
    expect(formatReport(r, 'text')).toContain('denies “Mweso had fallen”');
    expect(formatReport(r, 'html')).toContain('<span class="type">denies</span>');
  });

  test('must not: a claim that only contains a negation is not shown as a denial', () => {
    const r = compareClaims(['The army said the road was not open.']);
    expect(formatReport(r, 'text')).not.toContain('denies');
  });
});

describe('escaping: must not', () => {
  test('plain text is not escaped twice', () => {
    const html = formatReport(report(seedDocs()), 'html');
    expect(html).not.toContain('&amp;amp;');
    expect(html).not.toContain('&amp;lt;');
  });
});

describe('notebook display', () => {
  const r = report(seedDocs());

  test('a report carries the Jupyter display protocol with HTML and text', () => {
    const bundle = (r as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    expect(JUPYTER_DISPLAY).toBe(Symbol.for('Jupyter.display'));
    expect(bundle['text/html']).toMatch(/^<!doctype html>/);
    expect(bundle['text/plain']).toMatch(/^CLAIMCHECK REPORT/);
  });

  test('JSON.stringify stays plain data', () => {
    expect(Object.keys(r)).toEqual(['schemaVersion', 'documents', 'sources', 'claims', 'conflicts', 'agreements', 'revisions', 'diagnostics']);
    expect(JSON.stringify(r)).not.toContain('Jupyter');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  test('displayReport uses a display API when one is given', () => {
    const shown: string[] = [];
    const html = displayReport(r, { html: (h) => shown.push(h) });
    expect(shown).toEqual([html]);
  });

  test('displayReport without tslab shows nothing and still returns the HTML', () => {
    expect(displayReport(r)).toMatch(/^<!doctype html>/);
  });
});

describe('Deno', () => {
  test('the example notebook is a Deno notebook whose code cells run', () => {
    const nb = JSON.parse(readFileSync(new URL('../examples/compare.ipynb', import.meta.url), 'utf8'));
    expect(nb.metadata.kernelspec.name).toBe('deno');
    const code = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code').map((c: { source: string[] }) => c.source.join('')).join(';\n');
    const script = new URL('../examples/.notebook-check.ts', import.meta.url).pathname;
    writeFileSync(script, `${code};\nconsole.log(JSON.stringify({ conflicts: report.conflicts.length, html: (report as any)[Symbol.for('Jupyter.display')]()['text/html'].length > 1000 }));\n`);
    try {
      const out = execFileSync('npx', ['--no-install', 'deno', 'run', '--allow-read', '--allow-env', '--allow-sys', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ conflicts: 2, html: true });
    } finally {
      rmSync(script, { force: true });
    }
  }, 60_000);

  test('the built package imports and runs under Deno, and the display object carries the HTML', () => {
    const out = execFileSync('npx', ['--no-install', 'deno', 'run', '--allow-read', '--allow-env', '--allow-sys', 'test/deno/check.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const result = JSON.parse(out.trim().split('\n').at(-1)!);
    expect(result).toEqual({ conflicts: 2, sameSymbol: true, html: '<!doctype html>', hasTable: true, plain: 'CLAIMCHECK REPORT', jsonHasDisplay: false });
  }, 60_000);
});
