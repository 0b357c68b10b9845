// The demo's "compare with last year's report" control: every report of
// tests/corpus is in the sample list and in the list of previous reports; a
// bundled pair is compared by itself; the comparison can be turned off,
// chosen from the list, or made with a dropped file, for a sample and for a
// report read from a file; a report of another region says why nothing pairs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, waitForReport, watchErrors, browserTestsCanRun, ROOT } from './helpers.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;
const CORPUS = path.join(ROOT, 'tests', 'corpus');

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What the comparison shows now (after it settled). */
async function comparison(page) {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => {
    const el = /** @type {any} */ (document.querySelector('gov-report'));
    const st = el.shadowRoot.querySelector('.root').dataset.state;
    return st === 'ready' && (!el.getAttribute('previous-src') && el.previousText == null ? true : el.comparison != null);
  }, null, { timeout: 30000 });
  return page.evaluate(() => {
    const el = /** @type {any} */ (document.querySelector('gov-report'));
    const root = el.shadowRoot;
    return {
      previousSrc: el.getAttribute('previous-src'),
      select: /** @type {HTMLSelectElement} */ (document.getElementById('previous')).value,
      rows: root.querySelectorAll('.cmp-table tbody tr').length,
      shown: !!root.querySelector('.cmp-wrap'),
      note: root.querySelector('[data-compare-note]')?.textContent || '',
      hint: document.getElementById('previous-note').textContent,
    };
  });
}

test('every corpus report can be chosen, as the report and as last year’s', { skip }, async () => {
  const slugs = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.getElementById('previous').options.length > 1);
  const lists = await page.evaluate(() => ({
    samples: [.../** @type {HTMLSelectElement} */ (document.getElementById('sample')).options].map((o) => o.value),
    previous: [.../** @type {HTMLSelectElement} */ (document.getElementById('previous')).options].map((o) => o.value),
  }));
  assert.deepEqual([...lists.samples].sort(), slugs, 'the sample list holds all of tests/corpus');
  assert.equal(lists.previous[0], '', 'first: no comparison');
  assert.deepEqual([...lists.previous.slice(1)].sort(), slugs.filter((s) => s !== 'dongxihu-2024'), 'every other report as last year’s');
  await page.close();
});

test('a bundled pair compares by itself; the comparison can be turned off and chosen again', { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/?report=hubei-2025`);
  assert.equal(await waitForReport(page), 'ready');
  await page.waitForFunction(() => document.getElementById('previous').options.length > 1);
  let c = await comparison(page);
  assert.equal(c.select, 'hubei-2024');
  assert.ok(c.rows > 0, 'compared with hubei-2024');
  await page.selectOption('#previous', '');
  c = await comparison(page);
  assert.equal(c.previousSrc, null);
  assert.equal(c.shown, false, 'no comparison');
  await page.selectOption('#previous', 'hubei-2024');
  c = await comparison(page);
  assert.ok(c.rows > 0, 'compared again');
  // Another region: nothing pairs, and the note says why.
  await page.selectOption('#previous', 'henan-2024');
  c = await comparison(page);
  assert.equal(c.rows, 0);
  assert.match(c.note, /河南省.*湖北省|湖北省.*河南省/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('any report, from a file, compared with last year’s from the list or from a file (en)', { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/?lang=en`);
  assert.equal(await waitForReport(page), 'ready');
  await page.waitForFunction(() => document.getElementById('previous').options.length > 1);
  // This year's report as a file: no comparison at first.
  await page.setInputFiles('#file', { name: 'n2010.txt', mimeType: 'text/plain', buffer: fs.readFileSync(path.join(CORPUS, 'national-2010.txt')) });
  await page.waitForFunction(() => /n2010\.txt/.test(document.getElementById('status').textContent) && /figures read/.test(document.getElementById('status').textContent));
  let c = await comparison(page);
  assert.equal(c.shown, false);
  // Last year's from the list.
  await page.selectOption('#previous', 'national-2009');
  c = await comparison(page);
  assert.ok(c.rows > 0, 'compared with national-2009');
  // Last year's as a file.
  await page.setInputFiles('#previous-file', { name: 'n2009.txt', mimeType: 'text/plain', buffer: fs.readFileSync(path.join(CORPUS, 'national-2009.txt')) });
  c = await comparison(page);
  assert.ok(c.rows > 0, 'compared with the file');
  assert.equal(c.previousSrc, null);
  assert.equal(c.select, '');
  assert.match(c.hint, /Comparing with the file n2009\.txt/);
  // Dropped on the compare box: last year's report, not this year's.
  await page.selectOption('#previous', '');
  await comparison(page);
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped-2009.txt', { type: 'text/plain' }));
    document.getElementById('previous').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, fs.readFileSync(path.join(CORPUS, 'national-2009.txt'), 'utf8'));
  await page.waitForFunction(() => /dropped-2009\.txt/.test(document.getElementById('previous-note').textContent));
  c = await comparison(page);
  assert.ok(c.rows > 0, 'compared with the dropped file');
  assert.match(await page.evaluate(() => document.getElementById('status').textContent), /n2010\.txt/, 'this year’s report is unchanged');
  assert.deepEqual(errors, []);
  await context.close();
});
