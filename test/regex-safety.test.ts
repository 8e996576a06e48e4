// Every regular expression in src/ runs in linear time: checked statically with recheck, and
// measured on 100 KB of adversarial text against a linear baseline.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LEXICON } from '../src/lexicon/index.js';
import { FIGURE_CHANGE_WORDS } from '../src/lexicon/quantities.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every regular expression literal in src/, found with the TypeScript parser. */
function literals(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  for (const file of sourceFiles(new URL('../src', import.meta.url).pathname)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({ where: `${file.split('/src/')[1]}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns built from lexicon data at load time (no literal to find): checked the same way. */
const BUILT = [{ where: 'lexicon/quantities.ts FIGURE_CHANGE_WORDS', source: FIGURE_CHANGE_WORDS.source, flags: FIGURE_CHANGE_WORDS.flags }];

const ALL = [...literals(), ...BUILT];

describe('regular expressions: static check', () => {
  test('there are regular expressions to check', () => {
    expect(ALL.length).toBeGreaterThan(50);
  });

  // the test waits longer than the checker's own 10 s budget, which fuzzing can use on a busy machine
  test.each(ALL.map((r) => [r.where, r] as const))('%s is safe', (_where, r) => {
    const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
    expect(result.status, `${r.source} ${'complexity' in result ? JSON.stringify(result.complexity) : ''}`).toBe('safe');
  }, 30_000);

  test('a pattern with nested quantifiers is caught (the check can fail)', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });
});

describe('regular expressions: adversarial text', () => {
  const ADVERSARIAL = ['a', ' ', '1', 'A', 'a ', '1,', 'a-', '(', '<a', 'said ', '\u201C', '.', '  x', 'Aa '].map((unit) => unit.repeat(Math.ceil(100_000 / unit.length)));
  const time = (f: () => void): number => { const t0 = performance.now(); f(); return performance.now() - t0; };
  const baseline = Math.max(1, ...ADVERSARIAL.map((s) => time(() => { /x{3}z/.test(s); })));
  const patterns = [...ALL.map((r) => new RegExp(r.source, r.flags.replace(/[gy]/g, ''))), ...DEFAULT_LEXICON.boilerplate];

  test('no pattern takes more than a linear scan allows on 100 KB', () => {
    const slow: string[] = [];
    for (const re of patterns) {
      for (const s of ADVERSARIAL) {
        const ms = time(() => { re.test(s); s.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)); });
        if (ms > Math.max(200, 100 * baseline)) slow.push(`${re} ${ms.toFixed(0)} ms on ${JSON.stringify(s.slice(0, 6))}`);
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
