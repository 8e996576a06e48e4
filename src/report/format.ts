/**
 * Renders a {@link Report} for people: a text table for terminals and the example, Markdown for
 * issues and notebooks.
 * @module
 */
import type { Claim, Report } from '../types.js';
import { ClaimCheckError } from '../errors.js';
import { reportToHtml } from './html.js';
import { isDenial } from '../claims/index.js';

/**
 * The formats {@link formatReport} writes.
 * @example
 * formatReport(report, 'markdown' satisfies ReportFormat);
 */
export type ReportFormat = 'text' | 'markdown' | 'html';

const FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'html'];

/**
 * A readable view of a report: conflicts with their explanations first, then who claims what,
 * then agreements. `'html'` is one self-contained page with every piece of text escaped.
 * @example
 * console.log(formatReport(compareClaims([a, b]), 'text'));
 */
export function formatReport(report: Report, format: ReportFormat = 'text', options: { width?: number } = {}): string {
  if (!FORMATS.includes(format)) throw new ClaimCheckError('FORMAT_UNKNOWN', `formatReport got the format ${JSON.stringify(format)}; it writes ${FORMATS.join(', ')}.`);
  if (format === 'html') return reportToHtml(report);
  const width = options.width ?? 100;
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const md = format === 'markdown';
  const out: string[] = [];
  const h = (title: string): void => { out.push('', md ? `## ${title}` : `${title.toUpperCase()}\n${'='.repeat(title.length)}`); };
  const who = (c: Claim): string => (c.source ? `${c.source.canonical} [${c.source.type}]` : `report ${c.docId} (own voice)`);
  // a denial shows what is denied as denied: "denies “Mweso had fallen”"
  const quote = (c: Claim, n = width - 8): string => `${isDenial(c) ? 'denies ' : ''}“${clip(c.text, n)}”`;

  out.push(md ? '# claimcheck report' : 'CLAIMCHECK REPORT');
  out.push(`${report.documents.length} documents, ${report.sources.length} sources, ${report.claims.length} claims, ${report.conflicts.length} conflicts, ${report.agreements.length} agreements`);
  for (const d of report.documents) out.push(`${md ? '- ' : '  '}${d.id}: ${d.date ?? 'date unknown'}${d.dateline ? `, ${d.dateline}` : ''}${d.agency ? ` (${d.agency})` : ''}`);

  h('Conflicts');
  if (!report.conflicts.length) out.push('No conflicts found.');
  [...report.conflicts].sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id)).forEach((k, n) => {
    const [a, b] = k.claimIds.map((id) => claims.get(id)!);
    out.push(`${md ? `${n + 1}.` : `[${n + 1}]`} ${k.kind.toUpperCase()} (confidence ${k.confidence.toFixed(2)}): ${k.explanation}`);
    for (const c of [a!, b!]) out.push(`${md ? '   - ' : '    - '}${who(c)}, ${c.docId}: ${quote(c)}`);
  });

  h('Sources');
  out.push(...table(['source', 'type', 'side', 'claims', 'also named'], report.sources.map((s) => [
    s.canonical, s.type, s.alignment ?? 'unknown', String(report.claims.filter((c) => c.source?.id === s.id).length),
    clip(s.mentions.filter((m) => bare(m) !== bare(s.canonical)).join('; '), 40),
  ]), md));

  h('Who claims what');
  for (const s of report.sources) {
    out.push(md ? `**${s.canonical}** (${s.type})` : `${s.canonical} (${s.type})`);
    for (const c of report.claims.filter((x) => x.source?.id === s.id)) {
      const marks = [c.direct ? 'quote' : '', c.hedged ? 'hedged' : '', c.negated ? 'negated' : '', c.date ?? ''].filter(Boolean).join(', ');
      out.push(`${md ? '- ' : '  - '}${c.docId}: ${quote(c, width - 20)}${marks ? ` (${marks})` : ''}`);
    }
  }
  const own = report.claims.filter((c) => !c.source).length;
  out.push(`${md ? '' : '  '}(${own} further claims are the reports' own voice.)`);

  h('Agreements');
  if (!report.agreements.length) out.push('No agreements found.');
  report.agreements.forEach((g, n) => {
    const [a, b] = g.claimIds.map((id) => claims.get(id)!);
    out.push(`${md ? `${n + 1}.` : `[${n + 1}]`} ${g.kind.toUpperCase()}: ${g.explanation}`);
    for (const c of [a!, b!]) out.push(`${md ? '   - ' : '    - '}${who(c)}, ${c.docId}: ${quote(c)}`);
  });

  if (report.revisions.length) {
    h('Revisions');
    report.revisions.forEach((r, n) => out.push(`${md ? `${n + 1}.` : `[${n + 1}]`} ${r.explanation}`));
  }

  if (report.diagnostics.length) {
    h('Diagnostics');
    for (const d of report.diagnostics) out.push(`${md ? '- ' : '  '}${d.docId} ${d.code}: ${d.message}`);
  }
  return `${out.join('\n').trimStart()}\n`;
}

function bare(name: string): string {
  return name.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, Math.max(1, n - 1))}…` : one;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], md: boolean): string[] {
  if (md) {
    const esc = (s: string): string => s.replace(/\|/g, '\\|');
    return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)];
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
