// The example page in a real browser: headless Chromium (Debian's package) driven by
// playwright-core, against the page served on localhost. Pasted reports give a conflicts table.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('..', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json' };
const SEEDS = ['000_0dd748e8789b888d.txt', '001_b0563ffa6f5751ed.txt'].map((f) => readFileSync(join(ROOT, 'examples/seeds', f), 'utf8'));

describe.skipIf(!existsSync(CHROMIUM))('the browser example page', () => {
  let server: Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(ROOT, path);
      if (!file.startsWith(ROOT) || !existsSync(file)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  test('pasted reports give the conflicts table', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/examples/browser/index.html`);
    await page.fill('#r1', SEEDS[0]!);
    await page.fill('#r2', SEEDS[1]!);
    await page.click('#compare');
    await page.waitForFunction("document.body.dataset.conflicts !== undefined", undefined, { timeout: 30_000 });
    const frame = page.frameLocator('#report');
    await expect.poll(() => frame.locator('#conflicts .conflict').count(), { timeout: 10_000 }).toBe(2);
    expect(await frame.locator('#conflicts').innerText()).toMatch(/not yet decided/);
    expect(await frame.locator('#sources table tr').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('the example button loads the seed reports', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/examples/browser/index.html`);
    await page.click('#example');
    await expect.poll(() => page.inputValue('#r1'), { timeout: 10_000 }).toMatch(/date 2017-03-31/);
    await page.close();
  }, 60_000);

  test('hostile text pasted into the page stays text', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/examples/browser/index.html`);
    await page.fill('#r1', 'Activists said "<img src=x onerror=alert(1)> x < y" on Monday. Rebels captured Morek, the Observatory said.');
    await page.click('#compare');
    await page.waitForFunction("document.body.dataset.conflicts !== undefined");
    const html = await page.frameLocator('#report').locator('body').innerHTML();
    expect(html).not.toContain('<img');
    await page.close();
  }, 60_000);
});
