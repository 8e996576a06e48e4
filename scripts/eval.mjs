#!/usr/bin/env node
// Evaluates attribution on an annotated corpus, in the form of the published anchor (BBC Citron on
// PARC 3.0): precision, recall and F1 for cue, source and content spans, exact and overlapping.
// Usage: npm run eval -- polnear [--split dev|train] [--data DIR] [--errors N] [--stance] [--no-model]
// Two rows of tables: the rules alone, then the rules with an attribution tagger trained on the
// train split (trainAttributionModel; cached in node_modules/.cache/claimcheck; not when scoring
// the train split itself, nor with --no-model).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STANCE_CUES, attributionModelFromBytes, attributionModelToBytes, compareClaims, trainAttributionModel } from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const VALUED = new Set(['--split', '--data', '--errors']);
const corpus = args.find((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1] ?? '')) ?? 'polnear';
if (corpus !== 'polnear') { console.error(`unknown corpus "${corpus}"; known: polnear`); process.exit(2); }
const split = option('--split', 'dev');
const data = resolve(option('--data', '../shared/data/polnear'));
const showErrors = Number(option('--errors', '0'));
// --stance: add the verbs of intention and stance that PARC and PolNeAR count as attribution
const stance = args.includes('--stance');
const cues = stance ? STANCE_CUES : undefined;
const folder = join(data, split);
if (!existsSync(join(folder, 'text'))) { console.error(`no ${split} split at ${folder}: pass --data DIR`); process.exit(2); }

/** Gold attributions of one brat .ann file: { source, cue, content } span lists. */
function readAnn(path) {
  const spans = new Map();
  const out = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = /^(T\d+)\t(\w+) ([\d; ]+)\t/.exec(line);
    if (t) { const parts = t[3].split(';').map((p) => p.trim().split(' ').map(Number)); spans.set(t[1], { type: t[2], parts }); continue; }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const a = { source: [], cue: [], content: [] };
    for (const role of e[1].trim().split(/\s+/)) {
      const [name, id] = role.split(':');
      const key = name.toLowerCase().replace(/\d+$/, '');
      if (key in a && spans.has(id)) a[key].push(...spans.get(id).parts.map(([s, x]) => ({ start: s, end: x })));
    }
    out.push(a);
  }
  return out;
}

/** The annotated articles of a split: text and gold attributions. */
function readSplit(dir) {
  const anns = readdirSync(join(dir, 'attributions'));
  return readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort().flatMap((file) => {
    const base = file.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(`${base}_`));
    return ann ? [{ base, text: readFileSync(join(dir, 'text', file), 'utf8'), gold: readAnn(join(dir, 'attributions', ann)) }] : [];
  });
}

/** A tagger trained on the train split, cached by the split's contents and the library's build. */
function trainedModel() {
  const trainDir = join(data, 'train');
  const articles = readSplit(trainDir);
  const hash = createHash('sha256');
  for (const a of articles) hash.update(a.base).update(a.text).update(JSON.stringify(a.gold));
  const dist = new URL('../dist/', import.meta.url);
  for (const f of readdirSync(dist).filter((x) => x.endsWith('.js')).sort()) hash.update(readFileSync(new URL(f, dist)));
  if (cues) hash.update('stance');
  hash.update(`${process.env.EPOCHS ?? ''}/${process.env.BITS ?? ''}`);
  const cacheDir = resolve('node_modules/.cache/claimcheck');
  const file = join(cacheDir, `attribution-${hash.digest('hex').slice(0, 16)}.bin`);
  if (existsSync(file)) return attributionModelFromBytes(readFileSync(file));
  const t0 = performance.now();
  const model = trainAttributionModel(articles.map((a) => ({ text: a.text, attributions: a.gold })), { ...(cues ? { lexicon: { cues } } : {}), ...(process.env.EPOCHS ? { epochs: Number(process.env.EPOCHS) } : {}), ...(process.env.BITS ? { bits: Number(process.env.BITS) } : {}) });
  console.log(`trained the attribution tagger on ${articles.length} train articles in ${((performance.now() - t0) / 1000).toFixed(0)} s (cached in ${file})`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, attributionModelToBytes(model));
  return model;
}

const articles = readSplit(folder);
const withModel = split !== 'train' && !args.includes('--no-model');
const configurations = [{ name: 'rules', lexicon: cues ? { cues } : undefined }];
if (withModel) configurations.push({ name: 'rules + tagger trained on train', lexicon: { ...(cues ? { cues } : {}), attributionModel: trainedModel() } });

function evaluate(configuration) {
const options = configuration.lexicon ? { lexicon: configuration.lexicon } : undefined;
const counts = { cue: newCount(), source: newCount(), content: newCount() };
const errors = [];
let chars = 0;
let ms = 0;
for (const { base, text, gold } of articles) {
  const t0 = performance.now();
  const report = compareClaims([{ id: base, text }], options);
  ms += performance.now() - t0;
  chars += text.length;
  const claims = report.claims.filter((c) => c.source);
  const predicted = {
    cue: uniq(claims.map((c) => c.cue?.span).filter(Boolean)),
    source: uniq(claims.map((c) => c.source.phrase ?? c.source.span).filter(Boolean)),
    content: uniq(claims.map((c) => c.span)),
  };
  for (const role of ['cue', 'source', 'content']) {
    const g = uniq(gold.flatMap((a) => mergeParts(a[role])));
    score(counts[role], predicted[role], g, role, text, base, errors);
  }
}
print(configuration.name, counts, errors, chars, ms);
}
function newCount() { return { exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } }; }

function uniq(spans) { const seen = new Set(); return spans.filter((s) => { const k = `${s.start}:${s.end}`; if (seen.has(k)) return false; seen.add(k); return true; }); }
/** A discontinuous gold span counts as the range from its first to its last part. */
function mergeParts(parts) { return parts.length ? [{ start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) }] : []; }
function trimSpan(s, text) { let { start, end } = s; while (start < end && /[\s"“”'‘’.,:;]/.test(text[start])) start++; while (end > start && /[\s"“”'‘’.,:;]/.test(text[end - 1])) end--; return { start, end }; }
function score(count, pred, gold, role, text, base, errors) {
  // exact: equal after trimming quotes, spaces and closing punctuation on both sides
  const key = (s) => { const t = trimSpan(s, text); return `${t.start}:${t.end}`; };
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(pred.map(key));
  for (const k of predKeys) goldKeys.has(k) ? count.exact.tp++ : count.exact.fp++;
  for (const k of goldKeys) if (!predKeys.has(k)) count.exact.fn++;
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  for (const p of pred) gold.some((g) => overlaps(p, g)) ? count.overlap.tp++ : count.overlap.fp++;
  for (const g of gold) if (!pred.some((p) => overlaps(p, g))) { count.overlap.fn++; if (role === 'source') errors.push({ kind: 'missed', base, text: text.slice(g.start, g.end) }); }
  if (role === 'source') for (const p of pred) if (!goldKeys.has(key(p))) {
    const near = gold.find((g) => overlaps(p, g));
    errors.push({ kind: near ? 'boundary' : 'spurious', base, text: text.slice(p.start, p.end), gold: near ? text.slice(near.start, near.end) : undefined });
  }
}

const prf = ({ tp, fp, fn }) => { const p = tp + fp ? tp / (tp + fp) : 0; const r = tp + fn ? tp / (tp + fn) : 0; return [p, r, p + r ? (2 * p * r) / (p + r) : 0]; };
const f = (x) => x.toFixed(2);
function print(name, counts, errors, chars, ms) {
console.log(`claimcheck attribution on PolNeAR ${split}, ${name}${stance ? ' (with STANCE_CUES)' : ''}: ${articles.length} articles, ${(chars / 1e6).toFixed(2)} MB, ${(articles.length / (ms / 1000)).toFixed(1)} articles/s`);
console.log('');
console.log('part      exact P   exact R   exact F1   overlap P  overlap R  overlap F1');
for (const role of ['cue', 'source', 'content']) {
  const [ep, er, ef] = prf(counts[role].exact);
  const [op, or, of] = prf(counts[role].overlap);
  console.log(`${role.padEnd(8)}  ${f(ep).padStart(7)}   ${f(er).padStart(7)}   ${f(ef).padStart(8)}   ${f(op).padStart(9)}  ${f(or).padStart(9)}  ${f(of).padStart(10)}`);
}
console.log('');
console.log('anchor (BBC Citron, PARC 3.0 test, exact): cue F1 0.82, source F1 0.82, content F1 0.59; overlapping, all parts F1 0.83');
if (showErrors) {
  const byKind = {};
  for (const e of errors) (byKind[e.kind] ??= []).push(e);
  for (const [kind, list] of Object.entries(byKind)) {
    console.log(`\n${kind}: ${list.length}`);
    for (const e of list.slice(0, showErrors)) console.log(`  ${e.text.slice(0, 80)}${e.gold ? `   <gold: ${e.gold.slice(0, 80)}>` : ''}`);
  }
}
console.log('');
}

for (const configuration of configurations) evaluate(configuration);
