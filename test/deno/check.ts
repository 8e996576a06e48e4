// Run by test/deno.test.ts under Deno: the built package imports and runs, and a report carries
// the Jupyter display protocol object with its HTML. Prints one JSON line.
import { compareClaims, JUPYTER_DISPLAY } from '../../dist/index.js';

const root = new URL('../../examples/seeds/', import.meta.url);
const docs = [];
for await (const entry of Deno.readDir(root)) {
  if (entry.name.endsWith('.txt')) docs.push({ id: entry.name.slice(0, 3), text: await Deno.readTextFile(new URL(entry.name, root)) });
}
docs.sort((a, b) => a.id.localeCompare(b.id));
const report = compareClaims(docs);
const display = (report as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]!();
console.log(JSON.stringify({
  conflicts: report.conflicts.length,
  sameSymbol: JUPYTER_DISPLAY === Symbol.for('Jupyter.display'),
  html: display['text/html']!.slice(0, 15),
  hasTable: display['text/html']!.includes('<table'),
  plain: display['text/plain']!.split('\n')[0],
  jsonHasDisplay: JSON.stringify(report).includes('Jupyter'),
}));
