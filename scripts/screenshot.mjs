#!/usr/bin/env node
// Writes docs/report.png: the HTML view of the seed report, as a journalist sees it, taken with
// headless Chromium (Debian's package) through playwright-core. Run with `npm run screenshot`.
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { compareClaims, formatReport } from '../dist/index.js';

const folder = new URL('../examples/seeds/', import.meta.url);
const docs = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(new URL(f, folder), 'utf8') }));
const html = formatReport(compareClaims(docs), 'html');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
await page.setContent(html);
await page.screenshot({ path: new URL('../docs/report.png', import.meta.url).pathname, fullPage: false });
await browser.close();
