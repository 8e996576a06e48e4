// The example page: compares the pasted reports in the browser with the bundled build.
import { compareClaims, formatReport } from '../../dist/browser/claimcheck.js';

const reports = document.getElementById('reports');
const status = document.getElementById('status');
const frame = document.getElementById('report');

function addReport(text = '') {
  const n = reports.children.length + 1;
  const box = document.createElement('div');
  box.innerHTML = `<label for="r${n}">Report ${n}</label><textarea id="r${n}" name="report"></textarea>`;
  box.querySelector('textarea').value = text;
  reports.append(box);
}

async function loadExample() {
  const names = ['000_0dd748e8789b888d.txt', '001_b0563ffa6f5751ed.txt'];
  const texts = await Promise.all(names.map((n) => fetch(`../seeds/${n}`).then((r) => r.text())));
  reports.replaceChildren();
  texts.forEach((t) => addReport(t));
}

function compare() {
  const docs = [...reports.querySelectorAll('textarea')]
    .map((t, i) => ({ id: `report-${i + 1}`, text: t.value }))
    .filter((d) => d.text.trim());
  if (docs.length === 0) { status.textContent = 'Paste at least one report.'; return; }
  const started = performance.now();
  const report = compareClaims(docs);
  frame.srcdoc = formatReport(report, 'html');
  status.textContent = `${report.claims.length} claims, ${report.conflicts.length} conflicts, ${report.agreements.length} agreements in ${Math.round(performance.now() - started)} ms`;
  document.body.dataset.conflicts = String(report.conflicts.length);
}

addReport();
addReport();
document.getElementById('add').addEventListener('click', () => addReport());
document.getElementById('example').addEventListener('click', loadExample);
document.getElementById('compare').addEventListener('click', compare);
