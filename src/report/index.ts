/**
 * Stage 7, report: assembles the plain-JSON {@link Report} in a deterministic order.
 * @module
 */
import type { Agreement, Claim, Conflict, Diagnostic, Report, ReportDocument, Revision, Source } from '../types.js';
import type { IntakeDoc } from '../intake/index.js';

export { formatReport, type ReportFormat } from './format.js';
export { escapeHtml } from './html.js';
export { JUPYTER_DISPLAY, displayReport, withDisplay, type DisplayBundle, type HtmlDisplay } from './display.js';

/**
 * The report from its parts.
 * @example
 * assembleReport(docs, sources, claims, { conflicts: [], agreements: [], revisions: [] }, []).schemaVersion; // 1
 */
export function assembleReport(docs: readonly Pick<IntakeDoc, 'id' | 'date' | 'title' | 'dateline' | 'agency'>[], sources: readonly Source[], claims: readonly Claim[], found: { conflicts: readonly Conflict[]; agreements: readonly Agreement[]; revisions: readonly Revision[] }, diagnostics: readonly Diagnostic[]): Report {
  const documents: ReportDocument[] = docs.map((d) => ({
    id: d.id, date: d.date,
    ...(d.title !== undefined ? { title: d.title } : {}),
    ...(d.dateline !== undefined ? { dateline: d.dateline } : {}),
    ...(d.agency !== undefined ? { agency: d.agency } : {}),
  }));
  const used = new Set(claims.map((c) => c.source?.id).filter(Boolean));
  return {
    schemaVersion: 1,
    documents,
    sources: sources.filter((s) => used.has(s.id)),
    claims,
    conflicts: found.conflicts,
    agreements: found.agreements,
    revisions: found.revisions,
    diagnostics,
  };
}
