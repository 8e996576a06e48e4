// Compares the two seed reports and prints the report as a text table.
// Run with `npm run example` (it builds the package first).
import { readFileSync, readdirSync } from 'node:fs';
import { compareClaims, formatReport } from 'claimcheck';

const folder = new URL('./seeds/', import.meta.url);
const docs = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ id: file.slice(0, 3), text: readFileSync(new URL(file, folder), 'utf8') }));

const report = compareClaims(docs);
process.stdout.write(formatReport(report, 'text'));
