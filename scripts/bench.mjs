#!/usr/bin/env node
// Benchmark: claimcheck against the NLP floor (a bare wink-nlp pass) on real news, and the
// comparison as the corpus grows. Prints medians of several runs; never asserts a time.
//
// Usage: npm run bench [-- --runs 3 --data ../shared/data --sizes 100,1000,10000 --workers N]
//
// Corpus: PolNeAR (train and dev texts) and FA-KES (701 articles), about 1,600 real articles;
// repeated with light variation (a paragraph left out, figures and dates shifted) to reach the
// largest size.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractClaims, compareExtracted } from '../dist/index.js';
import { ExtractionPool, extractClaimsParallel } from '../dist/node/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const runs = Number(option('--runs', '3'));
const data = resolve(option('--data', '../shared/data'));
const sizes = option('--sizes', '100,1000,10000').split(',').map(Number);
const workers = Number(option('--workers', String(availableParallelism())));

// ---- corpus
function readPolnear() {
  const out = [];
  for (const split of ['train', 'dev']) {
    const dir = join(data, 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1];
      out.push({ id: `polnear/${f}`, text: readFileSync(join(dir, f), 'utf8'), ...(date ? { date } : {}) });
    }
  }
  return out;
}

function readFakes() {
  const path = join(data, 'fakes', 'fa-kes-dev.csv');
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false; } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  const col = (name) => head.indexOf(name);
  return body.filter((r) => r.length >= head.length).map((r, n) => {
    const [m, d, y] = r[col('date')].split('/');
    const date = y && m && d ? `${y.padStart(4, '20')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : undefined;
    return { id: `fakes/${r[col('unit_id')]}-${n}`, text: r[col('article_content')], ...(date && !Number.isNaN(Date.parse(date)) ? { date } : {}) };
  });
}

const shiftDate = (date, days) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** Copy k of a document: one paragraph left out, small figures raised by k, the date k weeks on. */
function variant(doc, k) {
  if (k === 0) return doc;
  const paragraphs = doc.text.split(/\n+/);
  const drop = paragraphs.length > 2 ? k % paragraphs.length : -1;
  const text = paragraphs.filter((_, i) => i !== drop).join('\n\n').replace(/\b\d{1,3}\b/g, (n) => String(Number(n) + k));
  return { id: `${doc.id}~${k}`, text, ...(doc.date ? { date: shiftDate(doc.date, 7 * k) } : {}) };
}

const base = [...readPolnear(), ...readFakes()];
if (!base.length) { console.error(`no corpus under ${data}: pass --data DIR`); process.exit(2); }
const largest = args.includes('--size') ? Number(option('--size', '0')) : Math.max(...sizes, base.length);
const corpus = Array.from({ length: largest }, (_, n) => variant(base[n % base.length], Math.floor(n / base.length)));
const mb = (docs) => docs.reduce((s, d) => s + d.text.length, 0) / 1e6;

const nlp = winkNLP(model);
const its = nlp.its;

// a child process measures one corpus size end to end, so that its peak RSS is its own; with
// --floor it also times the bare wink-nlp pass over the same documents, after the rest
if (args.includes('--size')) {
  const docs = corpus.slice(0, Number(option('--size', '0')));
  const t0 = performance.now();
  const extracted = await extractClaimsParallel(docs, { workers });
  const t1 = performance.now();
  const rssExtracted = process.resourceUsage().maxRSS / 1024;
  const report = compareExtracted(extracted);
  const t2 = performance.now();
  const rss = process.resourceUsage().maxRSS / 1024;
  let floor;
  if (args.includes('--floor')) { const t3 = performance.now(); floorPass(docs); floor = performance.now() - t3; }
  console.log(JSON.stringify({ ex: t1 - t0, cmp: t2 - t1, rss, rssExtracted, floor, conflicts: report.conflicts.length, agreements: report.agreements.length }));
  process.exit(0);
}

// ---- measuring
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
async function time(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}
async function medianOf(n, fn) {
  const times = [];
  let value;
  for (let r = 0; r < n; r++) { const t = await time(fn); times.push(t.ms); value = t.value; }
  return { ms: median(times), value };
}
const rate = (docs, ms) => `${(mb(docs) / (ms / 1000)).toFixed(2)} MB/s  ${(docs.length / (ms / 1000)).toFixed(0)} docs/s`;
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

// the floor: what any pipeline on wink-nlp pays (reading, sentences, POS, lemmas, entities, negation)
function floorPass(docs) {
  for (const d of docs) {
    const doc = nlp.readDoc(d.text);
    doc.tokens().out(its.pos);
    doc.tokens().out(its.lemma);
    doc.tokens().out(its.negationFlag);
    doc.entities().out(its.detail);
    doc.sentences().out();
  }
}

console.log(`claimcheck bench: Node ${process.version}, ${availableParallelism()} cores, ${workers} workers, median of ${runs} runs`);
console.log(`corpus: ${base.length} real articles (${mb(base).toFixed(1)} MB), repeated with variation to ${largest} documents (${mb(corpus).toFixed(1)} MB)\n`);

// warm up, one untimed pass each: the model, the lexicon, the JIT (a cold pass is about 1.3x slower)
const pool = new ExtractionPool({ workers });
floorPass(base);
for (const d of base) extractClaims(d);
await pool.extract(base);

// the floor and one-thread extraction alternate, run by run, so that the machine's drift (its
// speed moves by 15% within minutes here) falls on both; the ratio is the median of the runs' ratios
const floorTimes = [];
const singleTimes = [];
const ratios = [];
let single;
for (let r = 0; r < runs; r++) {
  const f = await time(() => floorPass(base));
  single = await time(() => base.map((d) => extractClaims(d)));
  floorTimes.push(f.ms);
  singleTimes.push(single.ms);
  ratios.push(single.ms / f.ms);
}
const floor = { ms: median(floorTimes) };
single = { ms: median(singleTimes), value: single.value };
const singleRatio = median(ratios);
const parallel = await medianOf(runs, () => pool.extract(base));
await pool.close();
const compared = await medianOf(runs, () => compareExtracted(single.value));
console.log(`On the ${base.length} real articles:`);
console.log(`  floor (bare wink-nlp pass)           ${secs(floor.ms).padStart(9)}  ${rate(base, floor.ms)}`);
console.log(`  extraction, one thread               ${secs(single.ms).padStart(9)}  ${rate(base, single.ms)}  = ${singleRatio.toFixed(2)}x the floor (median of the runs' ratios; ${ratios.map((x) => x.toFixed(2)).join(', ')})`);
console.log(`  extraction, ${workers} warm worker threads   ${secs(parallel.ms).padStart(9)}  ${rate(base, parallel.ms)}  = ${(parallel.ms / floor.ms).toFixed(2)}x the floor's time`);
console.log(`  comparison                           ${secs(compared.ms).padStart(9)}  ${rate(base, compared.ms)}  (${compared.value.claims.length} claims, ${compared.value.conflicts.length} conflicts)`);

console.log('\nBy corpus size (each size in a fresh process, cold: extraction in worker threads, then comparison):');
console.log('  documents      MB   extraction   comparison   end to end   conflicts   agreements   peak RSS');
const rows = [];
for (const n of sizes) {
  const repeat = n >= 10_000 ? 1 : runs;
  const found = [];
  const child = [fileURLToPath(import.meta.url), '--size', String(n), '--workers', String(workers), '--data', data, ...(n === largest ? ['--floor'] : [])];
  for (let r = 0; r < repeat; r++) found.push(JSON.parse(execFileSync(process.execPath, child, { encoding: 'utf8', maxBuffer: 1 << 20 })));
  const row = { n, ex: median(found.map((f) => f.ex)), cmp: median(found.map((f) => f.cmp)), rss: Math.max(...found.map((f) => f.rss)), floor: found[0].floor, conflicts: found[0].conflicts, agreements: found[0].agreements };
  rows.push(row);
  console.log(`  ${String(n).padStart(9)}  ${mb(corpus.slice(0, n)).toFixed(1).padStart(6)}  ${secs(row.ex).padStart(11)}  ${secs(row.cmp).padStart(11)}  ${secs(row.ex + row.cmp).padStart(11)}  ${String(row.conflicts).padStart(10)}  ${String(row.agreements).padStart(11)}  ${row.rss.toFixed(0).padStart(6)} MB`);
}
const at = (n) => rows.find((r) => r.n === n);
const big = rows.find((r) => r.floor);
if (big) console.log(`\nAt ${big.n} documents: bare wink-nlp pass (one thread) ${secs(big.floor)}; extraction in ${workers} worker threads ${secs(big.ex)} = ${(big.ex / big.floor).toFixed(2)}x the floor's time (per core, the one-thread ratio above)`);
if (at(1000) && at(10_000)) console.log(`\ncomparison growth, 1,000 -> 10,000 documents: ${(at(10_000).cmp / at(1000).cmp).toFixed(1)}x (linear would be 10x)`);
