#!/usr/bin/env node
// claimcheck on the command line: compare report files, a folder of them, or JSON lines on stdin,
// and print the report as text, JSON or Markdown, or write it as HTML.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ClaimCheckError, attributionModelFromBytes, formatReport } from '../dist/index.js';
import { compareClaimsParallel } from '../dist/node/index.js';

const USAGE = `usage: claimcheck [--json | --markdown] [--html OUT.html] FILE|FOLDER|- ...
  FILE     a report as text (its name, without the extension, is its id)
  FOLDER   every .txt, .md and .html file in it
  -        JSON lines on standard input: {"id": "...", "text": "...", "date": "YYYY-MM-DD"} or a JSON string
  --json   print the report as JSON           --markdown  print it as Markdown
  --html OUT.html  also write the HTML view   --help      this text
  --workers N      threads that read the reports (default: one per core from 200 reports on; 0: this thread)
  --model FILE     an attribution tagger trained with trainAttributionModel (attributionModelToBytes)`;
const PROGRESS_FROM = 36;
const PARALLEL_FROM = 200;

function fail(message) {
  process.stderr.write(`claimcheck: ${message}\n`);
  process.exit(2);
}

function readInputs(args) {
  const docs = [];
  for (const arg of args) {
    if (arg === '-') {
      const lines = readFileSync(0, 'utf8').split('\n');
      lines.forEach((line, n) => {
        if (!line.trim()) return;
        let value;
        try { value = JSON.parse(line); } catch { fail(`standard input, line ${n + 1}: not JSON`); }
        if (typeof value === 'string') docs.push({ id: `stdin-${n + 1}`, text: value });
        else if (value && typeof value === 'object' && typeof value.text === 'string') docs.push(value.id === undefined ? { id: `stdin-${n + 1}`, ...value } : { ...value, given: true });
        else fail(`standard input, line ${n + 1}: want a JSON string or an object with "text"`);
      });
      continue;
    }
    if (!existsSync(arg)) fail(`no such file or folder: ${arg}`);
    const files = statSync(arg).isDirectory()
      ? readdirSync(arg).filter((f) => /\.(?:txt|md|html?)$/i.test(f) && !/^readme/i.test(f)).sort().map((f) => join(arg, f))
      : [arg];
    if (files.length === 0) fail(`no .txt, .md or .html files in ${arg}`);
    for (const file of files) docs.push({ id: basename(file, extname(file)), text: readFileSync(file, 'utf8') });
  }
  // two files may share a name in different folders: number them; ids given on stdin stay as given
  const ids = new Map();
  return docs.map(({ given, ...d }) => {
    if (given) return d;
    const n = (ids.get(d.id) ?? 0) + 1;
    ids.set(d.id, n);
    return n > 1 ? { ...d, id: `${d.id}-${n}` } : d;
  });
}

function progressBar() {
  const tty = process.stderr.isTTY;
  let shown = -1;
  return (done, total) => {
    const pct = Math.floor((100 * done) / total);
    const step = tty ? pct : Math.floor(pct / 25) * 25;
    if (step === shown) return;
    shown = step;
    const width = 30;
    const filled = Math.round((width * done) / total);
    process.stderr.write(`${tty ? '\r' : ''}reading [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total}${tty && done < total ? '' : '\n'}`);
  };
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) { process.stdout.write(`${USAGE}\n`); process.exit(0); }
const json = args.includes('--json');
const markdown = args.includes('--markdown');
const htmlAt = args.indexOf('--html');
const htmlOut = htmlAt >= 0 ? args[htmlAt + 1] : undefined;
if (htmlAt >= 0 && (!htmlOut || htmlOut.startsWith('--'))) fail('--html needs a file name');
const workersAt = args.indexOf('--workers');
const workers = workersAt >= 0 ? Number(args[workersAt + 1]) : undefined;
if (workersAt >= 0 && !(Number.isInteger(workers) && workers >= 0)) fail('--workers needs a whole number, 0 or more');
const modelAt = args.indexOf('--model');
const modelFile = modelAt >= 0 ? args[modelAt + 1] : undefined;
if (modelAt >= 0 && (!modelFile || modelFile.startsWith('--'))) fail('--model needs a file name');
if (modelFile && !existsSync(modelFile)) fail(`no model file ${modelFile}`);
const valued = (i) => args[i - 1] === '--html' || args[i - 1] === '--workers' || args[i - 1] === '--model';
const unknown = args.find((a, i) => a.startsWith('--') && !['--json', '--markdown', '--html', '--workers', '--model'].includes(a) && !valued(i));
if (unknown) fail(`unknown option ${unknown}; see claimcheck --help`);
if (json && markdown) fail('choose one of --json and --markdown');
const inputs = args.filter((a, i) => (!a.startsWith('--') || a === '-') && !valued(i));
if (inputs.length === 0) fail(`no input; see claimcheck --help\n${USAGE}`);

const docs = readInputs(inputs);
let report;
try {
  const attributionModel = modelFile ? attributionModelFromBytes(readFileSync(modelFile)) : undefined;
  report = await compareClaimsParallel(docs, {
    ...(attributionModel ? { lexicon: { attributionModel } } : {}),
    workers: workers ?? (docs.length >= PARALLEL_FROM ? undefined : 0),
    ...(docs.length > PROGRESS_FROM ? { onProgress: progressBar() } : {}),
  });
} catch (error) {
  if (error instanceof ClaimCheckError) fail(error.message);
  throw error;
}
if (htmlOut) writeFileSync(htmlOut, formatReport(report, 'html'));
process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, markdown ? 'markdown' : 'text'));
