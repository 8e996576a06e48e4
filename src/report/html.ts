/**
 * The HTML view of a report: one self-contained page (inline style, no script), conflicts first
 * with both claims side by side and the words that conflict marked, then sources with their
 * claims, agreements and revisions. Every piece of report text is escaped.
 * @module
 */
import type { Claim, Report, Source } from '../types.js';
import { isDenial } from '../claims/index.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and attribute values.
 * @example
 * escapeHtml('<script>'); // '&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Colours of the sides, readable on white and for the common colour-vision deficiencies. */
const SIDE_COLOUR: Readonly<Record<string, string>> = { government: '#1f5fa8', opposition: '#b35900', independent: '#2e7d32', unknown: '#6b6b6b' };

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1d;margin:2rem auto;max-width:68rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
.summary{color:#555;margin:0 0 1rem}.conflict{border:1px solid #d8d8d8;border-radius:6px;margin:0 0 1rem;padding:.8rem 1rem;background:#fcfcfc}
.conflict header{display:flex;gap:.8rem;align-items:baseline}.kind{font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:#8a1c1c}
.confidence{color:#555}.bar{display:inline-block;height:.5rem;background:#8a1c1c;border-radius:2px;vertical-align:middle;margin-left:.3rem}
.explanation{margin:.3rem 0 .7rem;font-weight:500}.pair{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.claim{border-left:5px solid #6b6b6b;padding:.3rem .7rem;background:#fff}.claim blockquote{margin:.3rem 0;font-style:italic}
.who{font-weight:600}.type{font-size:.8rem;color:#555;border:1px solid #ccc;border-radius:3px;padding:0 .3rem;margin-left:.3rem}
.where{font-size:.8rem;color:#666}mark{background:#ffe08a;padding:0 .1rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e4e4e4}th{background:#f3f3f3}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.35rem;vertical-align:middle}
ul.claims{margin:0;padding-left:1.1rem}.nowrap{white-space:nowrap}.legend{font-size:.85rem;margin:0 0 1rem}.agreement{margin:.4rem 0}.muted{color:#666}details{margin-top:1.5rem}
@media (max-width:700px){.pair{grid-template-columns:1fr}}`;

/**
 * A report as one HTML page.
 * @example
 * writeFileSync('report.html', reportToHtml(compareClaims([a, b])));
 */
export function reportToHtml(report: Report): string {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const dates = new Map(report.documents.map((d) => [d.id, d.date]));
  const side = (c: Claim): string => (c.source ? sources.get(c.source.id)?.alignment ?? 'unknown' : 'unknown');
  const who = (c: Claim): string => c.source
    ? `<span class="who">${escapeHtml(c.source.canonical)}</span><span class="type">${escapeHtml(c.source.type)}</span>${bare(c.source.name) !== bare(c.source.canonical) ? ` <span class="muted">(${escapeHtml(c.source.name)})</span>` : ''}`
    : `<span class="who">report ${escapeHtml(c.docId)}</span><span class="type">own voice</span>`;
  const card = (c: Claim, marks: readonly string[] = []): string => `<div class="claim" style="border-color:${SIDE_COLOUR[side(c)]}">
${who(c)}${isDenial(c) ? ' <span class="type">denies</span>' : ''}<blockquote>${highlight(c.text, marks)}</blockquote><div class="where">${escapeHtml(c.docId)}${dates.get(c.docId) ? `, ${escapeHtml(dates.get(c.docId)!)}` : ''}${c.date ? ` · about ${escapeHtml(c.date)}` : ''}${c.hedged ? ' · hedged' : ''}${c.direct ? ' · quoted' : ''}</div></div>`;

  const conflicts = [...report.conflicts].sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id)).map((k) => {
    const pair = k.claimIds.map((id) => claims.get(id)!);
    return `<article class="conflict"><header><span class="kind">${escapeHtml(k.kind)}</span><span class="confidence">confidence ${k.confidence.toFixed(2)}<span class="bar" style="width:${Math.round(k.confidence * 60)}px"></span></span></header>
<p class="explanation">${escapeHtml(k.explanation)}</p><div class="pair">${pair.map((c) => card(c, conflictWords(c, k.kind))).join('')}</div></article>`;
  });

  const sourceRows = report.sources.map((s: Source) => {
    const theirs = report.claims.filter((c) => c.source?.id === s.id);
    const colour = SIDE_COLOUR[s.alignment ?? 'unknown'];
    const people = s.people.filter((p) => bare(p) !== bare(s.canonical));
    return `<tr><td><span class="swatch" style="background:${colour}"></span>${escapeHtml(s.canonical)}${people.length ? `<div class="muted">${escapeHtml(people.join(', '))}</div>` : ''}</td><td class="nowrap">${escapeHtml(s.type)}</td><td>${escapeHtml(s.alignment ?? 'unknown')}</td>
<td><ul class="claims">${theirs.map((c) => `<li>${escapeHtml(c.text)} <span class="where">${escapeHtml(c.docId)}</span></li>`).join('')}</ul></td></tr>`;
  });

  const agreements = report.agreements.map((g) => {
    const pair = g.claimIds.map((id) => claims.get(id)!);
    return `<div class="agreement"><strong>${escapeHtml(g.kind)}</strong>: ${escapeHtml(g.explanation)}<div class="pair">${pair.map((c) => card(c)).join('')}</div></div>`;
  });

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>claimcheck report</title><style>${STYLE}</style></head>
<body>
<h1>claimcheck report</h1>
<p class="summary">${report.documents.length} documents · ${report.sources.length} sources · ${report.claims.length} claims · ${report.conflicts.length} conflicts · ${report.agreements.length} agreements</p>
<p class="legend">${Object.entries(SIDE_COLOUR).map(([side, colour]) => `<span class="swatch" style="background:${colour}"></span>${side}`).join(' &nbsp; ')} &nbsp;<span class="muted">(the side of each source, as the reports describe it)</span></p>
<section id="conflicts"><h2>Conflicts</h2>${conflicts.join('\n') || '<p class="muted">No conflicts found.</p>'}</section>
<section id="sources"><h2>Sources and their claims</h2><table><thead><tr><th>source</th><th>type</th><th>side</th><th>claims</th></tr></thead><tbody>
${sourceRows.join('\n')}</tbody></table></section>
<section id="agreements"><h2>Agreements</h2>${agreements.join('\n') || '<p class="muted">No agreements found.</p>'}</section>
${report.revisions.length ? `<section id="revisions"><h2>Revisions</h2><ul>${report.revisions.map((r) => `<li>${escapeHtml(r.explanation)}</li>`).join('')}</ul></section>` : ''}
${report.diagnostics.length ? `<details><summary>${report.diagnostics.length} diagnostics</summary><ul>${report.diagnostics.map((d) => `<li>${escapeHtml(d.docId)} <code>${escapeHtml(d.code)}</code>: ${escapeHtml(d.message)}</li>`).join('')}</ul></details>` : ''}
</body></html>
`;
}

/** The words of a claim that carry the conflict: its predicate, an undecided status, its figures for a count. */
function conflictWords(c: Claim, kind: string): string[] {
  const words = kind === 'count' ? c.quantities.map((q) => q.text) : [];
  if (c.event?.trigger) words.push(c.event.trigger);
  for (const m of c.text.matchAll(/\b(?:not yet decided|undecided|still (?:holds?|held|contested)|denie[sd]|deny|no progress)\b/gi)) words.push(m[0]);
  return words;
}

/** Escaped text with the first occurrence of each of `marks` in <mark>. */
function bare(name: string): string {
  return name.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
}

function highlight(text: string, marks: readonly string[]): string {
  const spans: [number, number][] = [];
  for (const m of marks) {
    const at = m ? text.indexOf(m) : -1;
    if (at >= 0 && !spans.some(([a, b]) => at < b && a < at + m.length)) spans.push([at, at + m.length]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let out = '';
  let from = 0;
  for (const [a, b] of spans) {
    out += `${escapeHtml(text.slice(from, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    from = b;
  }
  return out + escapeHtml(text.slice(from));
}
