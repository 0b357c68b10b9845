// Permalinks carry the report (a bundled sample's id, or a `src` URL), the
// figure (#q=ID) and the language: opened in a new page they restore all
// three, without loading the default sample first. A reload keeps the report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun } from './helpers.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

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

/** What the page shows: report, language, selected figure, sample select. */
function state() {
  const el = /** @type {any} */ (document.querySelector('gov-report'));
  const selected = el.shadowRoot.querySelector('mark.q.selected');
  return {
    src: el.getAttribute('src'),
    region: el.report?.meta.region ?? null,
    quantities: el.report?.quantities.length ?? 0,
    lang: el.getAttribute('lang'),
    pageLang: document.documentElement.lang,
    enPressed: document.querySelector('[data-lang="en"]')?.getAttribute('aria-pressed'),
    selected: selected ? Number(selected.getAttribute('data-quantity-id')) : null,
    sample: /** @type {HTMLSelectElement} */ (document.getElementById('sample')).value,
  };
}

/** Opens a URL in a fresh context and records which reports it fetched. */
async function open(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  const fetched = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.endsWith('.txt')) fetched.push(p);
  });
  await page.goto(url);
  assert.equal(await waitForReport(page), 'ready');
  return { context, page, errors, fetched };
}

/** Resolves when the element has rendered a new report. */
function nextReady(page) {
  return page.evaluate(
    () => new Promise((resolve) => document.querySelector('gov-report').addEventListener('gov-report-ready', () => resolve(true), { once: true })),
  );
}

test('a permalink restores the report, the figure and the language in a new page', { skip }, async () => {
  const first = await open(`${server.url}/`);
  const { page } = first;
  // Pick another sample, switch to English, click a figure.
  const ready = nextReady(page);
  await page.locator('#sample').selectOption('henan-2024');
  await ready;
  assert.equal(new URL(page.url()).searchParams.get('report'), 'henan-2024', 'the address names the report');
  await page.locator('[data-lang="en"]').click();
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en', 'the address names the language');
  const before = await page.evaluate(state);
  assert.equal(before.region, '河南省');
  await page.locator('gov-report [data-tab="text"]').click();
  const mark = page.locator('gov-report mark.q').nth(40);
  const id = Number(await mark.getAttribute('data-quantity-id'));
  await mark.click();
  assert.equal(new URL(page.url()).hash, `#q=${id}`);
  const link = await page.locator('#permalink').getAttribute('href');
  assert.ok(link, 'a permalink is shown');
  const url = new URL(/** @type {string} */ (link));
  assert.equal(url.searchParams.get('report'), 'henan-2024');
  assert.equal(url.searchParams.get('lang'), 'en');
  assert.equal(url.hash, `#q=${id}`);

  // Opened elsewhere: the same report, figure and language.
  const second = await open(url.href);
  await second.page.waitForFunction(
    (qid) => document.querySelector('gov-report').shadowRoot.querySelector(`mark.q.selected[data-quantity-id="${qid}"]`),
    id,
    { timeout: 10000 },
  );
  const after = await second.page.evaluate(state);
  assert.equal(after.src, '/tests/corpus/henan-2024.txt');
  assert.equal(after.region, before.region);
  assert.equal(after.quantities, before.quantities);
  assert.equal(after.selected, id, 'the figure is selected');
  assert.equal(after.lang, 'en');
  assert.equal(after.pageLang, 'en');
  assert.equal(after.enPressed, 'true');
  assert.equal(after.sample, 'henan-2024', 'the sample list shows the report');
  assert.deepEqual(second.fetched, ['/tests/corpus/henan-2024.txt'], 'the default sample is not loaded first');
  assert.deepEqual(second.errors, []);
  await second.context.close();

  // A reload keeps the chosen report and language.
  await page.reload();
  assert.equal(await waitForReport(page), 'ready');
  const reloaded = await page.evaluate(state);
  assert.equal(reloaded.src, '/tests/corpus/henan-2024.txt');
  assert.equal(reloaded.region, '河南省');
  assert.equal(reloaded.sample, 'henan-2024');
  assert.equal(reloaded.lang, 'en');
  assert.deepEqual(first.errors, []);
  await first.context.close();
});

test('a permalink with src= names a report by URL', { skip }, async () => {
  const { context, page, errors, fetched } = await open(`${server.url}/?src=${encodeURIComponent('/tests/corpus/sichuan-2025.txt')}&lang=zh#q=3`);
  await page.waitForFunction(() => document.querySelector('gov-report').shadowRoot.querySelector('mark.q.selected[data-quantity-id="3"]'), null, {
    timeout: 10000,
  });
  const s = await page.evaluate(state);
  assert.equal(s.region, '四川省');
  assert.equal(s.lang, 'zh');
  assert.equal(s.selected, 3);
  assert.deepEqual(fetched, ['/tests/corpus/sichuan-2025.txt']);
  // The figure link keeps the src.
  await page.locator('gov-report mark.q').nth(7).click();
  const link = new URL(/** @type {string} */ (await page.locator('#permalink').getAttribute('href')));
  assert.equal(link.searchParams.get('src'), '/tests/corpus/sichuan-2025.txt');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file or pasted text has no permalink, and says so', { skip }, async () => {
  const { context, page } = await open(`${server.url}/?report=dongxihu-2024`);
  await page.locator('details.paste summary').click();
  await page.locator('#pasted').fill('各位代表：\n一、2024年工作回顾\n全年地区生产总值增长5.5%。\n二、2025年工作安排\n地区生产总值增长5%左右。');
  const ready = nextReady(page);
  await page.locator('#read-pasted').click();
  await ready;
  await page.locator('gov-report [data-tab="text"]').click();
  await page.locator('gov-report mark.q').first().click();
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('report'), null, 'the address no longer names the sample');
  assert.equal(url.hash, '', 'no figure link to a text that has no address');
  assert.equal(await page.locator('#permalink').isHidden(), true);
  assert.match((await page.locator('#permalink-hint').textContent()) || '', /没有网址/);
  await context.close();
});
