// <gov-report-panel> from 1 to 300 reports (issue 18 panel points, issue 16
// item 4): a legend for every colour; the default filter (rows with a
// target); the near verdict shown distinctly and its tolerance attribute;
// charts that stay short (rows up to 30, then small multiples per region or
// columns); no sideways scroll at 1,280 px and a compact phone layout at
// 390 px, in Chinese and English; English without Chinese outside quoted
// sentences; a table sortable by region and year. The 300 reports are the
// shared city corpus (../shared/corpus/cities, the last 300 by name), read
// in the page. Screenshots go to test-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, browserTestsCanRun, ROOT, artifact } from './helpers.mjs';
import { page as pageHtml, routes, overflow } from './compare-pages.mjs';

const CITIES = path.join(ROOT, '..', 'shared', 'corpus', 'cities');
const missing = browserTestsCanRun();
if (!fs.existsSync(CITIES)) missing.push(CITIES);
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

/** The 300-report fixture: the last 300 city reports by name (2015–2024, 31 cities). */
const FILES = skip ? [] : fs.readdirSync(CITIES).filter((f) => /^\d{4}_.+\.txt$/.test(f)).sort().slice(-300);
const PROVINCES_2025 = ['hubei-2024', 'hubei-2025', 'henan-2024', 'henan-2025', 'hunan-2024', 'hunan-2025', 'jiangxi-2024', 'jiangxi-2025', 'anhui-2024', 'anhui-2025'];

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  if (skip) return;
  /** @type {Record<string, any>} */
  const extra = {};
  FILES.forEach((f, i) => {
    extra[`/cities/${i}.txt`] = { body: fs.readFileSync(path.join(CITIES, f)), type: 'text/plain' };
  });
  extra['/cities/names.json'] = { body: JSON.stringify(FILES), type: 'application/json' };
  for (const slug of PROVINCES_2025) {
    extra[`/reports/${slug}.txt`] = { body: fs.readFileSync(path.join(ROOT, '..', 'shared', 'corpus', 'reports', `${slug}.txt`)), type: 'text/plain' };
  }
  server = await startServer({
    routes: {
      ...routes({
        '/t/zh.html': pageHtml('<gov-report-panel id="p"></gov-report-panel>'),
        '/t/en.html': pageHtml('<gov-report-panel id="p" lang="en"></gov-report-panel>', 'en'),
        '/t/tol.html': pageHtml('<gov-report-panel id="p" near-tolerance="0"></gov-report-panel>'),
      }),
      ...extra,
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Reads reports in the page (fetch, parse) and gives them to the element. */
async function load(page, which) {
  await page.waitForFunction(() => window.__ready === true);
  await page.evaluate(async (which) => {
    const eng = window.__engine;
    await eng.init();
    let list;
    if (which === 'cities') {
      const names = await (await fetch('/cities/names.json')).json();
      list = names.map((n, i) => ({ url: `/cities/${i}.txt`, file: n }));
    } else list = which.map((s) => ({ url: `/reports/${s}.txt`, file: `${s}.txt` }));
    const entries = [];
    for (const { url, file } of list) {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      entries.push({ report: eng.parseBytes(bytes), file });
    }
    const el = document.getElementById('p');
    const ready = new Promise((r) => el.addEventListener('gov-report-panel-ready', r, { once: true }));
    el.reports = entries;
    await ready;
  }, which);
}

/** What the element shows. */
function shown(page) {
  return page.evaluate(() => {
    const el = document.getElementById('p');
    const root = el.shadowRoot;
    const fig = root.querySelector('.pchart');
    const wrap = root.querySelector('.table-wrap');
    const legend = [...root.querySelectorAll('.legend li')].map((li) => ({
      text: li.textContent,
      key: li.querySelector('.key').className,
      bg: getComputedStyle(li.querySelector('.key')).backgroundColor,
    }));
    return {
      all: el.panel.rows.length,
      rows: el.rows.length,
      withTarget: el.rows.every((r) => r.targetValue != null),
      trs: root.querySelectorAll('table.ptable tbody tr').length,
      chart: fig.dataset.chart,
      chartHeight: Math.round(fig.getBoundingClientRect().height),
      minis: root.querySelectorAll('.multiples .mini').length,
      legend,
      markColours: [...new Set([...root.querySelectorAll('.pchart .mark[data-side="actual"]')].map((m) => `${m.getAttribute('class').match(/v-[a-z-]+/)?.[0]}=${getComputedStyle(m).fill}`))],
      tableOverflow: wrap ? wrap.scrollWidth - wrap.clientWidth : 0,
      docOverflow: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth,
      rowHeights: [...root.querySelectorAll('table.ptable tbody tr')].slice(0, 20).map((tr) => Math.round(tr.getBoundingClientRect().height)),
      // Text outside quoted sentences (the sentence box) and outside the data's own names.
      visibleText: [root.querySelector('.status-line'), root.querySelector('.pbar'), root.querySelector('.legend'), root.querySelector('.actions'), fig, root.querySelector('table.ptable')]
        .filter(Boolean)
        .map((n) => n.textContent)
        .join('\n'),
      svgText: [...root.querySelectorAll('.pchart svg text, .pchart svg title, .pchart figcaption')].map((n) => n.textContent).join('\n'),
      violations: window.__violations,
    };
  });
}

for (const lang of ['zh', 'en']) {
  for (const width of [1280, 390]) {
    test(`300 city reports, ${lang}, ${width} px: small multiples, legend, default filter, no sideways scroll`, { skip }, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = watchErrors(page);
      await page.goto(`${server.url}/t/${lang}.html`);
      await load(page, 'cities');
      const s = await shown(page);
      assert.ok(s.all > 3000, `${s.all} rows`);
      // Default filter: rows with a target only.
      assert.ok(s.rows < s.all && s.rows > 500, `${s.rows} of ${s.all}`);
      assert.ok(s.withTarget);
      // The table draws a capped number of rows with a "show all" button; exports hold all.
      assert.ok(s.trs <= 300 && s.trs > 0, `${s.trs} rows drawn`);
      // Small multiples, one per city, not a column of bars; height bounded.
      assert.equal(s.chart, 'multiples');
      assert.ok(s.minis >= 25 && s.minis <= 40, `${s.minis} small charts`);
      const limit = width > 1000 ? 1200 : 3400;
      assert.ok(s.chartHeight < limit, `chart ${s.chartHeight} px high`);
      // A legend entry for every colour: met, near, missed, no verdict, target, range; distinct colours.
      assert.equal(s.legend.length, 6, JSON.stringify(s.legend));
      const fills = s.legend.slice(0, 4).map((l) => l.bg);
      assert.equal(new Set(fills).size, 4, fills.join(' '));
      for (const c of s.markColours) {
        const [cls, fill] = c.split('=');
        const key = s.legend.find((l) => l.key.includes(cls.replace('v-', 'k-')) || (cls === 'v-no-target' && l.key.includes('k-none')));
        if (cls === 'v-met' || cls === 'v-near' || cls === 'v-missed') assert.equal(key?.bg, fill, `${cls}: mark ${fill}, legend ${key?.bg}`);
      }
      // No sideways scroll, in the page or in the table.
      assert.ok(s.docOverflow <= 0, `document overflows by ${s.docOverflow}`);
      assert.ok(s.tableOverflow <= 1, `table overflows by ${s.tableOverflow}`);
      assert.deepEqual(await overflow(page), []);
      if (width === 390) {
        // Compact rows on a phone: region and year, indicator, then the four figures side by side (about 104 px, 4 lines; was 8 label lines).
        // Regions are named by their official name since they are read by code, and an
        // autonomous prefecture's English name (Enshi Tujia and Miao Autonomous Prefecture)
        // may take a fifth line: 152 px.
        const tall = s.rowHeights.filter((h) => h > 160);
        assert.equal(tall.length, 0, `rows ${s.rowHeights.join(',')}`);
      }
      if (lang === 'en') {
        // No Chinese in the chart (titles, region names, axis) or outside the sentences in the table.
        assert.doesNotMatch(s.svgText, /[\u3400-\u9fff]/, s.svgText.match(/.{0,20}[\u3400-\u9fff].{0,20}/)?.[0]);
        assert.doesNotMatch(s.visibleText, /[\u3400-\u9fff]/, s.visibleText.match(/.{0,30}[\u3400-\u9fff].{0,30}/)?.[0]);
      }
      assert.deepEqual(s.violations, []);
      await page.screenshot({ path: artifact(`panel-300-${lang}-${width}.png`), fullPage: false });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}

test('provinces of 2025: near shown distinctly with its legend; tolerance attribute; sort by region and year', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/t/zh.html`);
  await load(page, PROVINCES_2025);
  let s = await shown(page);
  assert.equal(s.chart, 'rows');
  const near = await page.evaluate(() => {
    const el = document.getElementById('p');
    return el.rows.filter((r) => r.verdict === 'near').map((r) => `${r.region}|${r.metricId}|${r.gap}`);
  });
  assert.ok(near.includes('湖北省|gdp|-0.5'), near.join('\n'));
  const badge = await page.evaluate(() => {
    const b = document.getElementById('p').shadowRoot.querySelector('tr[data-verdict="near"] .verdict');
    return { text: b.textContent, border: getComputedStyle(b).borderTopStyle, colour: getComputedStyle(b).borderTopColor };
  });
  assert.equal(badge.text, '接近目标');
  assert.equal(badge.border, 'double');
  assert.ok(s.legend.some((l) => /接近目标/.test(l.text) && /0\.5 个百分点/.test(l.text)), JSON.stringify(s.legend));
  // The verdict filter offers near.
  await page.evaluate(() => document.getElementById('p').setFilters({ verdict: 'near' }));
  s = await shown(page);
  assert.equal(s.rows, near.length);
  // Sort by region, then by year (aria-sort on the header).
  await page.evaluate(() => document.getElementById('p').setFilters({ scope: 'all' }));
  for (const key of ['region', 'year']) {
    await page.evaluate((key) => document.getElementById('p').shadowRoot.querySelector(`[data-sort="${key}"]`).click(), key);
    const got = await page.evaluate((key) => {
      const el = document.getElementById('p');
      return { vals: el.rows.map((r) => r[key]), sort: el.shadowRoot.querySelector(`[data-sort="${key}"]`).closest('th').getAttribute('aria-sort') };
    }, key);
    assert.ok(got.sort === 'ascending' || got.sort === 'descending', got.sort);
    const sorted = [...got.vals].sort((a, b) => (typeof a === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN')));
    if (got.sort === 'descending') sorted.reverse();
    assert.deepEqual(got.vals, sorted, key);
  }
  await page.screenshot({ path: artifact('panel-provinces-zh-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('near-tolerance="0": no near rows; changing the attribute rebuilds the panel', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/t/tol.html`);
  await load(page, PROVINCES_2025);
  const count = () => page.evaluate(() => document.getElementById('p').panel.rows.filter((r) => r.verdict === 'near').length);
  assert.equal(await count(), 0);
  const ready = page.evaluate(() => new Promise((r) => document.getElementById('p').addEventListener('gov-report-panel-ready', r, { once: true })));
  await page.evaluate(() => document.getElementById('p').setAttribute('near-tolerance', '1'));
  await ready;
  assert.ok((await count()) > 0);
  assert.deepEqual(await page.evaluate(() => document.getElementById('p').nearTolerance), { points: 1 });
  await page.close();
});

test('provinces in English at 1,280 and 390 px: no sideways scroll, no Chinese outside sentences', { skip }, async () => {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}/t/en.html`);
    await load(page, PROVINCES_2025);
    await page.evaluate(() => document.getElementById('p').setFilters({ scope: 'all' }));
    const s = await shown(page);
    assert.ok(s.docOverflow <= 0 && s.tableOverflow <= 1, `${width}: ${s.docOverflow} / ${s.tableOverflow}`);
    assert.doesNotMatch(s.visibleText, /[\u3400-\u9fff]/, s.visibleText.match(/.{0,30}[\u3400-\u9fff].{0,30}/)?.[0]);
    assert.doesNotMatch(s.svgText, /[\u3400-\u9fff]/);
    await page.screenshot({ path: artifact(`panel-provinces-en-${width}.png`), fullPage: true });
    await page.close();
  }
});

test('one report: rows with a target, the GDP growth chart first, no sideways scroll (zh and en, 1,280 and 390 px)', { skip }, async () => {
  for (const lang of ['zh', 'en']) {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.url}/t/${lang}.html`);
      await load(page, ['hubei-2024']);
      const s = await shown(page);
      assert.equal(s.chart, 'rows');
      assert.ok(s.withTarget && s.rows > 0 && s.rows < s.all);
      const caption = await page.evaluate(() => document.getElementById('p').shadowRoot.querySelector('.pchart figcaption').textContent);
      assert.match(caption, lang === 'en' ? /^GDP · growth/ : /^地区生产总值 · 增长/);
      assert.ok(s.docOverflow <= 0 && s.tableOverflow <= 1, `${lang} ${width}: ${s.docOverflow} / ${s.tableOverflow}`);
      assert.deepEqual(await overflow(page), []);
      await page.close();
    }
  }
});

test('warnings in the page language, never a raw code (zh and en)', { skip }, async () => {
  for (const lang of ['zh', 'en']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/t/${lang}.html`);
    await load(page, ['hubei-2024', 'hubei-2024', 'henan-2025']);
    const w = await page.evaluate(() => {
      const el = document.getElementById('p');
      return { codes: el.panel.warnings.map((x) => x.code), items: [...el.shadowRoot.querySelectorAll('.warnings li')].map((li) => li.textContent) };
    });
    assert.ok(w.items.length > 0 && w.items.length === w.codes.length, JSON.stringify(w));
    for (const [i, item] of w.items.entries()) {
      assert.ok(!item.includes(w.codes[i]), `${lang}: ${item}`);
      if (lang === 'zh') assert.match(item, /[\u3400-\u9fff]/, item);
    }
    await page.close();
  }
});
