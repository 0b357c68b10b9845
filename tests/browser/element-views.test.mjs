// The element as newsrooms and readers meet it (issue 11): English cards,
// a 390 px phone, dark themes, messages in the UI language, one tab stop per
// group, the cards/max-cards attributes, exports that can be merged, the
// report's own terms and `added` figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun, ROOT } from './helpers.mjs';
import { page as pageHtml, routes } from './pages.mjs';
import * as fixture from './fixture.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;
const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  if (skip) return;
  server = await startServer({
    routes: routes({
      '/t/bare.html': { body: pageHtml() },
      '/t/en.html': { body: pageHtml({ lang: 'en', attrs: 'loading="eager"' }) },
      '/t/phone.html': { body: pageHtml({ attrs: 'loading="eager" src="/tests/corpus/sichuan-2025.txt"' }) },
    }),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, opts = {}) {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url + path);
  await page.waitForFunction(() => customElements.get('gov-report'));
  return { context, page, errors };
}

/** Shows the fixture report (optionally changed) in #r. */
async function showFixture(page, change = '', attrs = {}) {
  await page.evaluate(
    ({ text, report, change, attrs }) => {
      const el = /** @type {any} */ (document.getElementById('r'));
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const r = structuredClone(report);
      if (change) new Function('r', change)(r);
      el.text = text;
      el.report = r;
    },
    { text: fixture.text, report: fixture.report, change, attrs },
  );
  assert.equal(await waitForReport(page, '#r'), 'ready');
}

test('English cards show no Chinese outside quoted source text, for every corpus report', { skip, timeout: 240000 }, async () => {
  const { context, page, errors } = await open('/t/en.html');
  const files = fs.readdirSync(path.join(ROOT, 'tests', 'corpus')).filter((f) => f.endsWith('.txt'));
  const bad = [];
  let cards = 0;
  for (const f of files) {
    const out = await page.evaluate(
      async ({ src, cjk }) => {
        const el = /** @type {any} */ (document.getElementById('r'));
        const done = new Promise((resolve) => {
          el.addEventListener('gov-report-ready', () => resolve('ready'), { once: true });
          el.addEventListener('gov-report-error', () => resolve('error'), { once: true });
        });
        el.text = null;
        el.src = src;
        if ((await done) !== 'ready') return { state: 'error', bad: [], cards: 0 };
        const re = new RegExp(cjk);
        const root = el.shadowRoot;
        const list = [...root.querySelectorAll('.card')];
        const bad = [];
        for (const c of list) {
          // Quoted source text is marked lang="zh-CN"; everything else must be English.
          const clone = c.cloneNode(true);
          for (const z of clone.querySelectorAll('[lang^="zh"]')) z.remove();
          if (re.test(clone.textContent)) bad.push(c.textContent);
          for (const b of c.querySelectorAll('button')) if (re.test(b.getAttribute('aria-label') || '')) bad.push(b.getAttribute('aria-label'));
        }
        const rows = [...root.querySelectorAll('table[part="targets"] tbody tr')].map((tr) => {
          const clone = tr.cloneNode(true);
          for (const z of clone.querySelectorAll('[lang^="zh"]')) z.remove();
          return clone.querySelector('td.num')?.textContent || '';
        });
        for (const r of rows) if (re.test(r)) bad.push(`target value ${r}`);
        return { state: 'ready', bad, cards: list.length, marked: root.querySelectorAll('.card [lang^="zh"]').length };
      },
      { src: `/tests/corpus/${f}`, cjk: CJK },
    );
    assert.equal(out.state, 'ready', f);
    cards += out.cards;
    for (const b of out.bad) bad.push(`${f}: ${b}`);
  }
  assert.ok(cards > files.length, `cards were checked (${cards})`);
  assert.deepEqual(bad, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('English mode: indicator names, units, region, meeting and statuses in English; Chinese kept in titles', { skip }, async () => {
  const { context, page, errors } = await open('/t/en.html');
  await page.evaluate(async () => {
    const el = /** @type {any} */ (document.getElementById('r'));
    const done = new Promise((resolve) => el.addEventListener('gov-report-ready', resolve, { once: true }));
    el.src = '/tests/corpus/henan-2024.txt';
    await done;
  });
  const out = await page.evaluate(() => {
    const root = document.getElementById('r').shadowRoot;
    const gdp = root.querySelector('.card[data-metric="gdp"]');
    return {
      gdpTitle: gdp?.querySelector('h4')?.textContent,
      gdpOther: gdp?.querySelector('h4')?.getAttribute('title'),
      values: [...root.querySelectorAll('.card .fig .v')].map((v) => v.textContent),
      region: root.querySelector('[part="region"]')?.textContent,
      regionZh: root.querySelector('[part="region"]')?.getAttribute('title'),
      meeting: root.querySelector('[part="meeting"]')?.textContent || '',
    };
  });
  assert.equal(out.gdpTitle, 'Regional GDP', 'a province’s 地区生产总值 is regional GDP');
  assert.match(out.gdpOther || '', /生产总值/, 'the Chinese name is in the title');
  assert.ok(out.values.some((v) => /(billion|trillion) yuan$/.test(v)), out.values.join(' | '));
  assert.ok(!out.values.some((v) => /亿|万/.test(v)));
  assert.equal(out.region, 'Henan Province');
  assert.equal(out.regionZh, '河南省');
  assert.match(out.meeting, /Session of the \d+th People's Congress of Henan Province/);
  // The tooltip keeps the original.
  await page.locator('#r [data-tab="text"]').click();
  const tip = await page.evaluate(() => {
    const root = document.getElementById('r').shadowRoot;
    const m = /** @type {HTMLElement} */ (root.querySelector('mark.q'));
    m.focus();
    return { tip: root.querySelector('[role="tooltip"]').textContent, text: m.textContent };
  });
  assert.ok(tip.tip.includes('Original') && tip.tip.includes(tip.text.replace(/\s+/g, ' ').trim().split(' ')[0]));
  assert.deepEqual(errors, []);
  await context.close();
});

test('wording: falls, qualifiers, kinds, estimates, accessible names; units kept whole', { skip }, async () => {
  const { context, page, errors } = await open('/t/bare.html');
  // A rate headline row (the fixture's retail level made a rate) and a fall.
  await showFixture(page, `r.quantities[3].kind = 'growth'; r.headline.push({ metricId: 'unemployment_rate', label: '城镇调查失业率', level: 10, growth: null, target: null }); Object.assign(r.quantities[10], { kind: 'rate', unit: '%', value: 3.6, metricId: 'unemployment_rate' });`);
  const out = await page.evaluate(() => {
    const root = document.getElementById('r').shadowRoot;
    const card = (m) => root.querySelector(`.card[data-metric="${m}"]`);
    const figs = (m) => [...card(m).querySelectorAll('.fig')].map((b) => ({ text: b.textContent, label: b.getAttribute('aria-label') }));
    const v = root.querySelector('.card .fig .v');
    return {
      gdp: figs('gdp'),
      fai: figs('fixed_asset_investment'),
      retail: figs('retail_sales'),
      rate: figs('unemployment_rate'),
      nowrap: getComputedStyle(v).whiteSpace,
      targetCell: [...root.querySelectorAll('table[part="targets"] tbody tr')].map((tr) => tr.querySelector('td.num')?.textContent),
    };
  });
  // Cards: the value only (growth signed); the kind is in the accessible name, which ends with the visible text.
  assert.deepEqual(out.gdp.map((f) => f.text), ['1,200 亿元', '+5.2%', '+5%左右']);
  assert.deepEqual(out.gdp.map((f) => f.label), ['地区生产总值 2024年 总量 1,200 亿元', '地区生产总值 2024年 增长 +5.2%', '地区生产总值 2025年目标 增长 +5%左右']);
  assert.equal(out.fai[0].text, '−2.5%', 'a fall is signed');
  assert.equal(out.fai[0].label, '固定资产投资 2024年 下降 −2.5%');
  assert.equal(out.retail[0].text, '480 亿元 预计', 'an estimate is marked');
  assert.equal(out.retail[0].label, '社会消费品零售总额 2024年 总量 480 亿元 预计');
  assert.equal(out.rate[0].text, '3.6%', 'a rate reads as a rate (its name says so)');
  assert.match(out.rate[0].label, /比率 3\.6%$/);
  assert.equal(out.nowrap, 'normal', 'values wrap inside the card (tests/browser/cards-fit.test.mjs)');
  assert.ok(out.targetCell.includes('下降 2%'), out.targetCell.join(' | '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a headline row’s own term and an added figure', { skip }, async () => {
  const { context, page, errors } = await open('/t/bare.html');
  const change = `r.headline[0].term = '国内生产总值'; r.quantities[0].measure = 'added';`;
  await showFixture(page, change);
  const zh = await page.evaluate(() => {
    const h4 = document.getElementById('r').shadowRoot.querySelector('.card[data-metric="gdp"] h4');
    const fig = document.getElementById('r').shadowRoot.querySelector('.card[data-metric="gdp"] .fig');
    return { name: h4.textContent, other: h4.getAttribute('title'), fig: fig.textContent };
  });
  assert.deepEqual(zh, { name: '国内生产总值', other: '地区生产总值', fig: '新增 1,200 亿元' }, 'an addition says so on the card');
  await page.evaluate(() => document.getElementById('r').setAttribute('lang', 'en'));
  await page.waitForFunction(() => document.getElementById('r').shadowRoot.querySelector('.card h4')?.textContent === 'GDP');
  const en = await page.evaluate(() => {
    const h4 = document.getElementById('r').shadowRoot.querySelector('.card[data-metric="gdp"] h4');
    const fig = document.getElementById('r').shadowRoot.querySelector('.card[data-metric="gdp"] .fig');
    return { other: h4.getAttribute('title'), fig: fig.textContent };
  });
  assert.deepEqual(en, { other: '国内生产总值', fig: 'added 120 billion yuan' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('cards and max-cards choose which cards show, in order', { skip }, async () => {
  const { context, page, errors } = await open('/t/bare.html');
  await showFixture(page, '', { cards: 'retail_sales gdp no_such_metric' });
  const ids = () => page.evaluate(() => [...document.getElementById('r').shadowRoot.querySelectorAll('.card')].map((c) => c.getAttribute('data-metric')));
  assert.deepEqual(await ids(), ['retail_sales', 'gdp']);
  await page.evaluate(() => {
    const el = /** @type {any} */ (document.getElementById('r'));
    el.cards = null;
    el.maxCards = 2;
  });
  await page.waitForFunction(() => document.getElementById('r').shadowRoot.querySelectorAll('.card').length === 2);
  assert.deepEqual(await ids(), ['gdp', 'industrial_value_added']);
  await page.evaluate(() => document.getElementById('r').removeAttribute('max-cards'));
  await page.waitForFunction(() => document.getElementById('r').shadowRoot.querySelectorAll('.card').length === 4);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: one tab stop per group; arrow keys move inside; the targets table is a few tabs away', { skip }, async () => {
  const { context, page, errors } = await open('/t/bare.html');
  await showFixture(page);
  const stops = await page.evaluate(() => {
    const root = document.getElementById('r').shadowRoot;
    const panel = root.getElementById('panel-overview');
    const focusable = [...panel.querySelectorAll('button, [tabindex], a[href]')].filter((n) => n.getAttribute('tabindex') !== '-1');
    return {
      count: focusable.length,
      cards: root.querySelectorAll('.cards [tabindex="0"]').length,
      targets: root.querySelectorAll('table[part="targets"] [tabindex="0"]').length,
      bars: root.querySelectorAll('figure[part="chart-targets"] [tabindex="0"]').length,
    };
  });
  assert.deepEqual({ cards: stops.cards, targets: stops.targets, bars: stops.bars }, { cards: 1, targets: 1, bars: 1 });
  assert.ok(stops.count <= 6, `overview tab stops: ${stops.count}`);
  // Tab from the active tab: cards, then the targets table.
  await page.locator('#r [data-tab="overview"]').focus();
  await page.keyboard.press('Tab');
  const inCards = await page.evaluate(() => document.getElementById('r').shadowRoot.activeElement?.closest('.cards') != null);
  assert.ok(inCards, 'the first tab stop is in the cards');
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => {
    const root = document.getElementById('r').shadowRoot;
    const a = root.activeElement;
    return { ref: a?.getAttribute('data-ref'), stop: a?.getAttribute('tabindex'), stops: root.querySelectorAll('.cards [tabindex="0"]').length };
  });
  assert.deepEqual(second, { ref: '1', stop: '0', stops: 1 });
  await page.keyboard.press('Tab');
  const inTargets = await page.evaluate(() => document.getElementById('r').shadowRoot.activeElement?.closest('table[part="targets"]') != null);
  assert.ok(inTargets, 'the second tab stop is the targets table');
  await page.keyboard.press('End');
  const last = await page.evaluate(() => document.getElementById('r').shadowRoot.activeElement?.getAttribute('data-ref'));
  assert.equal(last, '9');
  // Chart bars: focus, arrows, Enter selects.
  await page.keyboard.press('Tab');
  const bar = await page.evaluate(() => document.getElementById('r').shadowRoot.activeElement?.localName);
  assert.equal(bar, 'rect');
  await page.keyboard.press('ArrowRight');
  // The listener is in place before Enter is pressed (an evaluate not awaited may run after it).
  await page.evaluate(() => {
    /** @type {any} */ (window).__selected = new Promise((r) =>
      document.addEventListener('gov-report-select', (e) => r(/** @type {any} */ (e).detail.id), { once: true }),
    );
  });
  await page.keyboard.press('Enter');
  assert.equal(typeof (await page.evaluate(() => /** @type {any} */ (window).__selected)), 'number');
  assert.deepEqual(errors, []);
  await context.close();
});

test('messages in the UI language: errors once, parser notes in Chinese', { skip }, async () => {
  const { context, page, errors } = await open('/t/bare.html');
  await showFixture(page);
  const notes = await page.evaluate(() => {
    const li = document.getElementById('r').shadowRoot.querySelector('details.warnings li');
    return { all: li?.textContent || '', code: li?.querySelector('code')?.textContent, text: li?.firstChild?.textContent || '' };
  });
  assert.equal(notes.text, '删除了 1 行页码');
  assert.equal(notes.code, 'removed-page-footers', 'the code stays beside the message');
  assert.ok(!/removed \d|lines/.test(notes.all), 'no English message in the zh parser notes');
  const err = await page.evaluate(async () => {
    const el = /** @type {any} */ (document.getElementById('r'));
    const done = new Promise((resolve) => el.addEventListener('gov-report-error', (e) => resolve(e.detail), { once: true }));
    el.text = 'abc\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(50);
    const detail = await done;
    return { detail, alert: el.shadowRoot.querySelector('[role="alert"]').textContent };
  });
  assert.equal(err.detail.code, 'not-text');
  assert.match(err.alert, /不像文本/);
  assert.ok(!err.alert.includes(err.detail.message), 'the engine’s English message is not shown in the zh UI');
  await page.evaluate(() => document.getElementById('r').setAttribute('lang', 'en'));
  await page.evaluate(async () => {
    const el = /** @type {any} */ (document.getElementById('r'));
    const done = new Promise((resolve) => el.addEventListener('gov-report-error', resolve, { once: true }));
    el.text = '   ';
    await done;
  });
  const en = await page.evaluate(() => document.getElementById('r').shadowRoot.querySelector('[role="alert"]').textContent);
  assert.match(en, /The input is empty/);
  assert.equal(en.split('The input is empty').length, 2, 'shown once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('exports carry region, report year, reviewed year and file; the figure is highlighted in its sentence', { skip }, async () => {
  const { context, page, errors } = await open('/t/bare.html', { acceptDownloads: true });
  await showFixture(page, '', { file: '示例市-2025.txt' });
  await page.locator('#r [data-tab="figures"]').click();
  const own = await page.evaluate(() => {
    const el = /** @type {any} */ (document.getElementById('r'));
    return [...el.shadowRoot.querySelectorAll('[data-rows] tr')].map((tr) => ({
      id: Number(tr.getAttribute('data-ref')),
      mark: tr.querySelector('td.sentence mark.own')?.textContent,
      text: el.report.quantities[Number(tr.getAttribute('data-ref'))].text,
    }));
  });
  assert.equal(own.length, fixture.report.quantities.length);
  for (const r of own) assert.equal(r.mark, r.text, `row ${r.id} highlights its own figure`);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#r [data-action="csv"]').click()]);
  const lines = fs.readFileSync(await dl.path(), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  const head = lines[0].split(',');
  for (const c of ['region', 'reportYear', 'reviewYear', 'file']) assert.ok(head.includes(c), c);
  const row = lines[1].split(',');
  const at = (c) => row[head.indexOf(c)];
  assert.deepEqual([at('region'), at('reportYear'), at('reviewYear'), at('file')], ['示例市', '2025', '2024', '示例市-2025.txt']);
  const [jl] = await Promise.all([page.waitForEvent('download'), page.locator('#r [data-action="json"]').click()]);
  const json = JSON.parse(fs.readFileSync(await jl.path(), 'utf8'));
  assert.equal(json.file, '示例市-2025.txt');
  assert.deepEqual([json.quantities[0].region, json.quantities[0].reportYear, json.quantities[0].reviewYear], ['示例市', 2025, 2024]);
  // Without a file attribute, the name comes from src.
  const fromSrc = await page.evaluate(() => {
    const el = /** @type {any} */ (document.getElementById('r'));
    el.removeAttribute('file');
    el.setAttribute('src', '/tests/corpus/henan-2024.txt?x=1');
    const f = el.file;
    el.removeAttribute('src');
    return f;
  });
  assert.equal(fromSrc, 'henan-2024.txt');
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone (390 px): nothing overflows, charts drawn for the width with text ≥ 11 px, tables stacked', { skip, timeout: 120000 }, async () => {
  const { context, page, errors } = await open('/t/phone.html', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  assert.equal(await waitForReport(page, '#r'), 'ready');
  for (const tab of ['overview', 'figures', 'text']) {
    await page.locator(`#r [data-tab="${tab}"]`).click();
    const out = await page.evaluate(() => {
      const el = document.getElementById('r');
      const host = el.getBoundingClientRect();
      const root = el.shadowRoot;
      const over = [];
      for (const n of root.querySelectorAll('*')) {
        if (n.closest('.vh, [hidden]')) continue;
        const r = n.getBoundingClientRect();
        if (!r.width && !r.height) continue;
        if (r.right > host.right + 0.5 || r.left < host.left - 0.5) over.push(`${n.localName}.${n.getAttribute('class') || ''} ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
      const texts = [...root.querySelectorAll('svg.chart text')].filter((t) => t.getClientRects().length);
      const small = [];
      for (const t of texts) {
        const svg = /** @type {SVGSVGElement} */ (t.ownerSVGElement);
        const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < 11) small.push(`${t.textContent} ${px.toFixed(1)}px`);
      }
      const svgs = [...root.querySelectorAll('svg.chart')].filter((s) => s.getClientRects().length);
      return {
        over: over.slice(0, 8),
        pageOverflow: document.documentElement.scrollWidth - innerWidth,
        texts: texts.length,
        small: small.slice(0, 8),
        scales: svgs.map((s) => +(s.getBoundingClientRect().width / Number(s.getAttribute('width'))).toFixed(2)),
        stacked: [...root.querySelectorAll('table[part="targets"] tr, table[part="figures"] tbody tr')].filter((tr) => tr.getClientRects().length).every((tr) => getComputedStyle(tr).display !== 'table-row'),
      };
    });
    assert.deepEqual(out.over, [], `${tab}: nothing beyond the element's edges`);
    assert.ok(out.pageOverflow <= 0, `${tab}: no page overflow (${out.pageOverflow})`);
    assert.ok(out.stacked, `${tab}: table rows are stacked`);
    if (tab === 'overview') {
      assert.ok(out.texts > 5, 'chart text present');
      assert.deepEqual(out.small, [], 'chart text ≥ 11 px');
      assert.ok(out.scales.length >= 2 && out.scales.every((s) => s === 1), `charts drawn at their real width (scales ${out.scales})`);
    }
  }
  // Wider again: the charts are redrawn for the new width.
  const before = await page.evaluate(() => document.getElementById('r').shadowRoot.querySelector('svg.chart').getAttribute('width'));
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.locator('#r [data-tab="overview"]').click();
  await page.waitForFunction((w) => document.getElementById('r').shadowRoot.querySelector('svg.chart').getAttribute('width') !== w, before);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Contrast ratio of the text of each selector against its effective background (computed in the page). */
function measureContrast(page, selectors) {
  return page.evaluate((selectors) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    /** Any CSS colour → [r, g, b, a] 0–255 (the canvas resolves color(srgb …) and color-mix results). */
    const rgba = (c) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data];
    };
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const mix = (top, under) => {
      const a = top[3] / 255;
      return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(255);
    };
    /** The background under a node: its own and its ancestors' (crossing the shadow root), composited. */
    const background = (n) => {
      const layers = [];
      for (let x = n; x; x = x.parentElement || (x.getRootNode() instanceof ShadowRoot ? x.getRootNode().host : null)) {
        layers.push(rgba(getComputedStyle(x).backgroundColor));
      }
      let c = [255, 255, 255, 255];
      for (const l of layers.reverse()) c = mix(l, c);
      return c;
    };
    const root = document.getElementById('r').shadowRoot;
    const out = {};
    for (const sel of selectors) {
      const n = root.querySelector(sel);
      if (!n) {
        out[sel] = null;
        continue;
      }
      const bg = background(n);
      const fg = mix(rgba(getComputedStyle(n).color), bg);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      out[sel] = Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100;
    }
    return out;
  }, selectors);
}

const TEXTS = ['.card .target .fig .v', '.card .rl', '.card .review .fig .v', 'table[part="targets"] .go', 'header .meta li', '.tab[aria-selected="true"]', '.tab[aria-selected="false"]'];
const TEXT_VIEW = ['mark.q.s-target', 'mark.q.s-actual', 'mark.q.s-estimate', '.legend-line .pill.s-target', 'nav.outline a'];

for (const [name, attrs, pageCss] of [
  ['theme="dark"', { theme: 'dark' }, ''],
  ['theme="dark" and an embedder’s accent', { theme: 'dark', style: '--gov-report-accent: #8b0000' }, ''],
  ['a dark page setting fg, bg and one accent', { style: '--gov-report-bg: #121212; --gov-report-fg: #f0f0f0; --gov-report-accent: #1a4f8b' }, ''],
]) {
  test(`contrast ≥ 4.5:1 in a dark theme (${name})`, { skip }, async () => {
    const { context, page, errors } = await open('/t/bare.html', { colorScheme: 'dark' });
    // Styles via the CSSOM (the test page has no inline styles to allow).
    await page.evaluate((attrs) => {
      const el = document.getElementById('r');
      for (const [k, v] of Object.entries(attrs)) {
        if (k === 'style') for (const d of v.split(';').filter(Boolean)) el.style.setProperty(d.split(':')[0].trim(), d.split(':')[1].trim());
        else el.setAttribute(k, v);
      }
      document.body.style.setProperty('background', '#000');
    }, attrs);
    await showFixture(page);
    const over = await measureContrast(page, TEXTS);
    await page.locator('#r [data-tab="text"]').click();
    Object.assign(over, await measureContrast(page, TEXT_VIEW));
    const low = Object.entries(over).filter(([, v]) => v == null || v < 4.5);
    assert.deepEqual(low, [], JSON.stringify(over));
    // The measurement can fail: the old fixed target colour is 2.2:1 on a dark background.
    await page.locator('#r [data-tab="overview"]').click();
    await page.evaluate(() => document.getElementById('r').style.setProperty('--gov-report-target-text', '#8a3b00'));
    const control = await measureContrast(page, ['.card .target .fig .v']);
    assert.ok(control['.card .target .fig .v'] < 3, `negative control measured ${control['.card .target .fig .v']}`);
    const bg = await page.evaluate(() => getComputedStyle(document.getElementById('r')).backgroundColor);
    assert.notEqual(bg, 'rgb(255, 255, 255)', 'the element is dark');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
