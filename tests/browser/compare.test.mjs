// <gov-report> with the previous year's report (previous-src /
// previousText / previousReport): the cards, the targets table and a
// comparison table show last year's targets against this year's results,
// from the engine's panel(); in real Chromium under the strict CSP, at
// desktop width and at 390 px; hostile text stays text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun } from './helpers.mjs';
import { page as pageHtml, routes, overflow } from './compare-pages.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  if (skip) return;
  server = await startServer({
    routes: routes({
      '/t/pair.html': pageHtml('<gov-report id="r" loading="eager" src="/tests/corpus/national-2009.txt" previous-src="/tests/corpus/national-2008.txt"></gov-report>'),
      '/t/pair-en.html': pageHtml('<gov-report id="r" loading="eager" lang="en" src="/tests/corpus/national-2009.txt" previous-src="/tests/corpus/national-2008.txt"></gov-report>', 'en'),
      '/t/missing.html': pageHtml('<gov-report id="r" loading="eager" src="/tests/corpus/national-2009.txt" previous-src="/tests/corpus/no-such-report.txt"></gov-report>'),
      '/t/empty.html': pageHtml('<gov-report id="r" loading="eager"></gov-report>'),
    }),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for the comparison event and returns what the views show. */
async function compared(page) {
  await waitForReport(page, '#r');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'gov-report-compare'), null, { timeout: 20000 });
  return page.evaluate(() => {
    const el = document.getElementById('r');
    const root = el.shadowRoot;
    const c = el.comparison;
    return {
      error: c.error || null,
      year: c.year,
      results: c.results.map((r) => `${r.metricId}|${r.kind}|${r.targetValue}|${r.actualValue}|${r.verdict}`),
      changes: c.targets.map((x) => `${x.row.metricId}|${x.row.kind}|${x.change}`),
      cardLines: [...root.querySelectorAll('li.card[data-metric] .cmp [data-compare="result"]')].map((p) => `${p.closest('li').dataset.metric}: ${p.textContent}`),
      cardVerdicts: [...root.querySelectorAll('li.card .cmp [data-verdict]')].map((n) => n.dataset.verdict),
      targetHeads: [...root.querySelectorAll('table.tgts thead th')].map((n) => n.textContent),
      targetCells: root.querySelector('table.tgts tbody tr')?.children.length,
      changeBadges: [...root.querySelectorAll('table.tgts [data-change]')].map((n) => n.dataset.change),
      compareRows: root.querySelectorAll('table.cmp-table tbody tr').length,
      previous: el.previousReport && el.previousReport.meta.planYear,
      violations: window.__violations,
    };
  });
}

test('national 2009 against 2008: last year’s targets, this year’s results, verdicts from panel()', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/t/pair.html`);
  const s = await compared(page);
  assert.equal(s.error, null);
  assert.equal(s.year, 2009);
  assert.equal(s.previous, 2009, 'previousReport reads back the report parsed from previous-src');
  // The rows come from the engine: the same as panel() in the page.
  const direct = await page.evaluate(async () => {
    const e = window.__engine;
    await e.init();
    const get = async (u) => e.parseBytes(new Uint8Array(await (await fetch(u)).arrayBuffer()));
    const p = e.panel([
      { report: await get('/tests/corpus/national-2008.txt'), file: 'national-2008.txt' },
      { report: await get('/tests/corpus/national-2009.txt'), file: 'national-2009.txt' },
    ]);
    return p.rows.filter((r) => r.year === 2009 && r.targetFile === 'national-2008.txt').map((r) => `${r.metricId}|${r.kind}|${r.targetValue}|${r.actualValue}|${r.verdict}`);
  });
  assert.deepEqual(s.results, direct);
  assert.ok(s.results.includes('gdp|growth|8|8.7|met'), s.results.join('\n'));
  assert.ok(s.cardLines.some((l) => l.startsWith('gdp:') && l.includes('8%') && l.includes('8.7%') && l.includes('完成')), s.cardLines.join('\n'));
  assert.ok(s.cardVerdicts.includes('met'));
  assert.equal(s.targetHeads.length, 6, s.targetHeads.join(' | '));
  assert.equal(s.targetCells, 6);
  assert.ok(s.changes.length > 0, 'this year’s targets are compared with last year’s');
  for (const c of s.changes) assert.match(c, /\|(raised|kept|cut|null)$/);
  assert.ok(s.changeBadges.length > 0, s.changes.join('\n'));
  assert.equal(s.compareRows, s.results.length);
  // A figure of last year's report shows its sentence, the figure marked as text.
  await page.evaluate(() => document.getElementById('r').shadowRoot.querySelector('table.cmp-table [data-prev-ref]').click());
  const src = await page.evaluate(() => {
    const box = document.getElementById('r').shadowRoot.querySelector('.cmp-src');
    return { text: box?.textContent || '', mark: box?.querySelector('mark.own')?.textContent || '', ev: window.__events.filter((e) => e.type === 'gov-report-compare-select').length };
  });
  assert.ok(src.mark.length > 0 && src.text.includes(src.mark), JSON.stringify(src));
  assert.equal(src.ev, 1);
  // A result of this year's report selects it in this report's text (gov-report-select).
  assert.deepEqual(s.violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('English, and 390 px: no horizontal overflow', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/t/pair-en.html`);
  const s = await compared(page);
  assert.ok(s.cardLines.some((l) => l.startsWith('gdp:') && /met/.test(l)), s.cardLines.join('\n'));
  assert.deepEqual(await overflow(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('previousText / previousReport and hostile reports: markup stays text', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/t/empty.html`);
  await page.waitForFunction(() => window.__ready);
  await page.evaluate(async () => {
    const el = document.getElementById('r');
    el.previousText = window.__hostile(2024);
    el.text = window.__hostile(2025);
  });
  const s = await compared(page);
  assert.ok(s.results.includes('gdp|growth|5|4.1|missed'), s.results.join('\n'));
  assert.ok(s.cardVerdicts.includes('missed'));
  const dom = await page.evaluate(async () => {
    const el = document.getElementById('r');
    const root = el.shadowRoot;
    root.querySelector('table.cmp-table [data-prev-ref]').click();
    const all = [...root.querySelectorAll('*')];
    return {
      pwned: window.__pwned ?? null,
      bad: all.filter((n) => ['img', 'script', 'iframe', 'style'].includes(n.localName)).length,
      onAttrs: all.filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length,
      source: root.querySelector('.cmp-src')?.textContent || '',
    };
  });
  assert.equal(dom.pwned, null);
  assert.equal(dom.bad, 0);
  assert.equal(dom.onAttrs, 0);
  assert.match(dom.source, /<script>window.__pwned=2<\/script>/, 'the markup shows as text');
  // A Report set as previousReport needs no parse and gives the same comparison.
  const again = await page.evaluate(async () => {
    const el = document.getElementById('r');
    const prev = el.previousReport;
    window.__events.length = 0;
    el.previousReport = prev;
    await new Promise((r) => document.addEventListener('gov-report-compare', r, { once: true }));
    return el.comparison.results.map((r) => r.verdict);
  });
  assert.ok(again.includes('missed'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a previous report that cannot be read: a note and gov-report-compare with an error; the report still shows', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${server.url}/t/missing.html`);
  assert.equal(await waitForReport(page, '#r'), 'ready');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'gov-report-compare'));
  const s = await page.evaluate(() => {
    const el = document.getElementById('r');
    return { error: el.comparison.error, note: el.shadowRoot.querySelector('[part="compare-error"]')?.textContent || '', cards: el.shadowRoot.querySelectorAll('li.card').length };
  });
  assert.equal(s.error.code, 'fetch-failed');
  assert.match(s.note, /no-such-report\.txt/);
  assert.ok(s.cards > 0);
  await page.close();
});
