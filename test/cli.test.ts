// The command line: formats, standard input, exit codes and messages, the progress bar.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attributionModelToBytes, trainAttributionModel } from '../src/index.js';

const BIN = new URL('../bin/claimcheck.mjs', import.meta.url).pathname;
const SEEDS = new URL('../examples/seeds/', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });

describe('cli: must work', () => {
  test('a folder of reports prints the text report', () => {
    const r = run([SEEDS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^CLAIMCHECK REPORT\n2 documents/);
    expect(r.stdout).toContain('CONTROL (confidence');
  });

  test('files, --json', () => {
    const r = run(['--json', join(SEEDS, '000_0dd748e8789b888d.txt'), join(SEEDS, '001_b0563ffa6f5751ed.txt')]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.documents.map((d: { id: string }) => d.id)).toEqual(['000_0dd748e8789b888d', '001_b0563ffa6f5751ed']);
    expect(report.conflicts).toHaveLength(2);
  });

  test('--workers 2 reads in worker threads and prints the same report', () => {
    const threads = run(['--json', '--workers', '2', SEEDS]);
    const here = run(['--json', '--workers', '0', SEEDS]);
    expect(threads.status).toBe(0);
    expect(threads.stdout).toBe(here.stdout);
  });

  test('--model FILE reads with a trained tagger, in this thread and in worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-model-'));
    const file = join(dir, 'attribution.bin');
    const people = ['Senator Blake', 'The mayor', 'Governor Ortiz', 'Judge Amari'];
    const examples = people.flatMap((who) => {
      const text = `${who} opined that the bridge was unsafe.`;
      const at = (part: string) => [{ start: text.indexOf(part), end: text.indexOf(part) + part.length }];
      return [{ text, attributions: [{ source: at(who), cue: at('opined'), content: at('the bridge was unsafe') }] }, { text: `${who} painted the fence.`, attributions: [] }];
    });
    writeFileSync(file, attributionModelToBytes(trainAttributionModel(examples, { bits: 12 })));
    const input = `${JSON.stringify({ id: 'a', text: 'Councillor Weber opined that the library would close.' })}\n`;
    for (const workers of ['0', '2']) {
      const r = run(['--json', '--model', file, '--workers', workers, '-'], input);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).claims.find((c: { cue?: { text: string } }) => c.cue?.text === 'opined')?.cue.learned).toBe(true);
    }
  });

  test('--markdown and --html OUT', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'claimcheck-')), 'report.html');
    const r = run(['--markdown', '--html', out, SEEDS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# claimcheck report/);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  test('JSON lines on standard input', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Rebels captured the village of Morek, the Observatory said.', date: '2017-03-22' }),
      JSON.stringify('A military source said the fighting in Morek was not yet decided.'),
    ].join('\n');
    const r = run(['--json', '-'], lines);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.documents.map((d: { id: string }) => d.id)).toEqual(['a', 'stdin-2']);
    expect(report.conflicts.map((k: { kind: string }) => k.kind)).toEqual(['control']);
  });

  test('a progress bar on stderr past a few dozen documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), `Rebels shelled village ${i}, activists said.`);
    const r = run([dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('100% 40/40');
  });
});

describe('cli: must fail with one line and a non-zero exit', () => {
  test.each([
    ['a missing file', ['nope.txt'], /^claimcheck: no such file or folder: nope\.txt\n$/],
    ['no input', [], /^claimcheck: no input/],
    ['an unknown option', ['--pdf', SEEDS], /^claimcheck: unknown option --pdf/],
    ['--html without a file', [SEEDS, '--html'], /^claimcheck: --html needs a file name/],
    ['--workers that is not a count', ['--workers', 'many', SEEDS], /^claimcheck: --workers needs a whole number/],
    ['--model without a file', [SEEDS, '--model'], /^claimcheck: --model needs a file name/],
    ['--model of a file that is no model', ['--model', join(SEEDS, '000_0dd748e8789b888d.txt'), SEEDS], /^claimcheck: \[MODEL_INVALID\] These bytes are not an attribution model/],
  ])('%s', (_label, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  test('bad JSON on standard input', () => {
    const r = run(['-'], '{"text": "ok"}\nnot json\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('claimcheck: standard input, line 2: not JSON\n');
  });

  test('a duplicate id on standard input is misuse, said in one line', () => {
    const r = run(['-'], '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^claimcheck: \[DUPLICATE_ID\]/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
