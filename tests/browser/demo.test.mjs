// The demo page with the sample report: every view renders, cards jump to
// their sentence, filters/search narrow the list, exports download the
// selection, keyboard navigation, language, permalinks, timing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun, artifact, corpus } from './helpers.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {import('playwright-core').Page} */ let page;
/** @type {string[]} */ let errors;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(`${server.url}/`);
  assert.equal(await waitForReport(page), 'ready');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The report the element shows, with a few counts from its shadow DOM. */
async function snapshot() {
  return page.evaluate(() => {
    const el = /** @type {any} */ (document.querySelector('gov-report'));
    const root = el.shadowRoot;
    const r = el.report;
    const marks = [...root.querySelectorAll('mark[data-quantity-id]')];
    return {
      quantities: r.quantities.length,
      targets: r.targets.length,
      headline: r.headline.length,
      glossary: r.glossary.length,
      headings: r.sections.filter((s) => s.level !== 'topic').length,
      markIds: marks.map((m) => Number(m.getAttribute('data-quantity-id'))),
      markTextsOk: marks.every((m) => {
        const q = r.quantities[Number(m.getAttribute('data-quantity-id'))];
        return q && m.textContent.replace(/\s+/g, '') === q.text.replace(/\s+/g, '');
      }),
      title: root.querySelector('header h2')?.textContent || '',
      cards: root.querySelectorAll('.card').length,
      targetRows: root.querySelectorAll('table[part="targets"] tbody tr').length,
      outlineLinks: root.querySelectorAll('nav.outline a[data-goto-section]').length,
      glossaryTerms: root.querySelectorAll('.glossary dt').length,
      charts: root.querySelectorAll('svg[role="img"]').length,
      chartsLabelled: [...root.querySelectorAll('svg[role="img"]')].every(
        (s) => s.querySelector('title')?.textContent && s.querySelector('desc')?.textContent,
      ),
    };
  });
}

test('the sample renders header, cards, targets, charts, one mark per quantity, outline, glossary', { skip }, async () => {
  const s = await snapshot();
  assert.ok(s.title.length > 0, 'a title');
  assert.ok(s.quantities > 50, `the sample has many quantities (${s.quantities})`);
  assert.equal(s.markIds.length, s.quantities, 'one <mark data-quantity-id> per quantity');
  assert.equal(new Set(s.markIds).size, s.quantities, 'no quantity highlighted twice');
  assert.ok(s.markTextsOk, 'each mark shows its quantity text');
  assert.ok(s.headline > 0, 'the sample has headline rows');
  assert.equal(s.cards, s.headline, 'one card per headline row');
  assert.ok(s.targets > 0, 'the sample has targets');
  assert.equal(s.targetRows, s.targets, 'one table row per target');
  assert.ok(s.charts >= 2 && s.chartsLabelled, 'charts are labelled SVG images');
  assert.ok(s.headings > 0, 'the sample has an outline');
  assert.equal(s.outlineLinks, s.headings, 'one outline link per part and section');
  assert.ok(s.glossary > 0, 'the sample has a glossary');
  assert.equal(s.glossaryTerms, s.glossary, 'one glossary entry per term');
  const underlined = await page.evaluate(
    () => document.querySelector('gov-report').shadowRoot.querySelectorAll('article .term').length,
  );
  assert.ok(underlined > 0, 'glossary terms are underlined in the text');
  assert.deepEqual(errors, []);
});

test('clicking a card scrolls to its sentence and flashes it', { skip }, async () => {
  await page.locator('gov-report [data-tab="overview"]').click();
  const selected = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('gov-report-select', (e) => resolve(/** @type {any} */ (e).detail.id), { once: true }),
      ),
  );
  const fig = page.locator('gov-report .card .fig').first();
  const ref = Number(await fig.getAttribute('data-ref'));
  await fig.click();
  assert.equal(await selected, ref, 'gov-report-select carries the quantity');
  const state = await page.evaluate((id) => {
    const root = document.querySelector('gov-report').shadowRoot;
    const mark = root.querySelector(`mark[data-quantity-id="${id}"]`);
    const sent = mark.closest('.sent, p');
    const r = sent.getBoundingClientRect();
    return {
      textVisible: !root.getElementById('panel-text').hidden,
      selected: mark.classList.contains('selected'),
      flash: sent.classList.contains('flash'),
      inView: r.bottom > 0 && r.top < innerHeight,
      focused: root.activeElement === mark,
    };
  }, ref);
  assert.deepEqual(state, { textVisible: true, selected: true, flash: true, inView: true, focused: true });
});

test('a target row and a chart bar jump to their quantity too', { skip }, async () => {
  for (const sel of ['gov-report table[part="targets"] tbody tr th button', 'gov-report svg rect.mark.bar-target']) {
    await page.locator('gov-report [data-tab="overview"]').click();
    const target = page.locator(sel).first();
    const ref = Number(await target.getAttribute('data-ref'));
    await target.click();
    const ok = await page.evaluate((id) => {
      const root = document.querySelector('gov-report').shadowRoot;
      const mark = root.querySelector(`mark[data-quantity-id="${id}"]`);
      const r = mark.getBoundingClientRect();
      return mark.classList.contains('selected') && r.bottom > 0 && r.top < innerHeight;
    }, ref);
    assert.ok(ok, `${sel} jumps to mark ${ref}`);
  }
});

test('the outline scrolls to a section heading', { skip }, async (t) => {
  await page.locator('gov-report [data-tab="text"]').click();
  if (!(await page.locator('gov-report nav.outline a[data-goto-section]').count())) {
    t.skip('the engine gave no outline for the sample');
    return;
  }
  const link = page.locator('gov-report nav.outline a[data-goto-section]').last();
  const id = await link.getAttribute('data-goto-section');
  await link.click();
  const ok = await page.evaluate((sid) => {
    const root = document.querySelector('gov-report').shadowRoot;
    const h = root.getElementById(`sec-${sid}`) || root.querySelector(`[data-section="${sid}"]`);
    const r = h.getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight / 2 && root.activeElement === h;
  }, id);
  assert.ok(ok, 'the heading is at the top of the viewport and focused');
});

test('a bar of the status chart filters the figures by that status', { skip }, async () => {
  await page.locator('gov-report [data-tab="overview"]').click();
  await page.locator('gov-report figure[part="chart-status"] rect.mark').first().click();
  const out = await page.evaluate(() => {
    const el = /** @type {any} */ (document.querySelector('gov-report'));
    const root = el.shadowRoot;
    return {
      figuresShown: !root.getElementById('panel-figures').hidden,
      status: root.querySelector('select[name="status"]').value,
      rows: root.querySelectorAll('[data-rows] tr').length,
      expected: el.report.quantities.filter((q) => (q.status || 'unknown') === root.querySelector('select[name="status"]').value).length,
    };
  });
  assert.ok(out.figuresShown);
  assert.ok(out.status);
  assert.equal(out.rows, out.expected);
  await page.locator('gov-report [data-action="reset"]').click();
});

/** Rows of the figures table. */
const rowCount = () =>
  page.evaluate(() => document.querySelector('gov-report').shadowRoot.querySelectorAll('[data-rows] tr').length);

test('filters and search narrow the list of figures', { skip }, async () => {
  await page.locator('gov-report [data-tab="figures"]').click();
  const s = await snapshot();
  assert.equal(await rowCount(), s.quantities);
  const counts = await page.evaluate(() => {
    const r = /** @type {any} */ (document.querySelector('gov-report')).report;
    const by = (f) => r.quantities.filter(f).length;
    return {
      target: by((q) => q.status === 'target'),
      growth: by((q) => q.kind === 'growth'),
      targetGrowth: by((q) => q.status === 'target' && q.kind === 'growth'),
    };
  });
  await page.locator('gov-report select[name="status"]').selectOption('target');
  assert.equal(await rowCount(), counts.target);
  await page.locator('gov-report select[name="kind"]').selectOption('growth');
  assert.equal(await rowCount(), counts.targetGrowth);
  const dimmed = await page.evaluate(
    () => document.querySelector('gov-report').shadowRoot.querySelectorAll('mark.q:not(.dim)').length,
  );
  assert.equal(dimmed, counts.targetGrowth, 'marks outside the selection are dimmed');
  await page.locator('gov-report [data-action="reset"]').click();
  assert.equal(await rowCount(), s.quantities);

  await page.locator('gov-report input[type="search"]').fill('地区生产总值');
  const n = await rowCount();
  assert.ok(n > 0 && n < s.quantities, `search narrows (${n})`);
  const allMatch = await page.evaluate(() => {
    const el = /** @type {any} */ (document.querySelector('gov-report'));
    return el.selection.every((q) =>
      [q.text, q.metric, q.sentence].join('').replace(/\s+/g, '').includes('地区生产总值'),
    );
  });
  assert.ok(allMatch, 'every row matches the search');
  await page.locator('gov-report input[type="search"]').fill('不会出现的词语xyz');
  assert.equal(await rowCount(), 0);
  const emptyShown = await page.evaluate(
    () => !document.querySelector('gov-report').shadowRoot.querySelector('[data-empty]').hidden,
  );
  assert.ok(emptyShown, 'an empty selection says so');
  await page.locator('gov-report [data-action="reset"]').click();

  // The section filter (a part) keeps only its figures.
  const part = await page.evaluate(() => {
    const r = /** @type {any} */ (document.querySelector('gov-report')).report;
    return r.sections.find((s) => s.level === 'part')?.id;
  });
  if (part != null) {
    await page.locator('gov-report select[name="section"]').selectOption(String(part));
    const m = await rowCount();
    assert.ok(m > 0 && m < s.quantities, `section filter narrows (${m})`);
    await page.locator('gov-report [data-action="reset"]').click();
  }
});

test('CSV and JSON export download the selected rows', { skip }, async () => {
  await page.locator('gov-report [data-tab="figures"]').click();
  await page.locator('gov-report select[name="status"]').selectOption('target');
  const expected = await page.evaluate(() =>
    /** @type {any} */ (document.querySelector('gov-report')).selection.map((q) => q.id),
  );
  assert.ok(expected.length > 0);

  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.locator('gov-report [data-action="csv"]').click()]);
  assert.match(csvDl.suggestedFilename(), /\.csv$/);
  const csv = fs.readFileSync(await csvDl.path(), 'utf8');
  const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(lines[0].split(',')[0], 'id');
  assert.deepEqual(
    lines.slice(1).map((l) => Number(l.split(',')[0])),
    expected,
  );
  assert.ok(lines.slice(1).every((l) => l.includes(',target,')), 'every CSV row is a target');

  const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.locator('gov-report [data-action="json"]').click()]);
  assert.match(jsonDl.suggestedFilename(), /\.json$/);
  const json = JSON.parse(fs.readFileSync(await jsonDl.path(), 'utf8'));
  assert.equal(json.count, expected.length);
  assert.deepEqual(json.quantities.map((q) => q.id), expected);
  assert.equal(json.filters.status, 'target');
  await page.locator('gov-report [data-action="reset"]').click();
});

test('marks are reachable by keyboard and show a tooltip', { skip }, async () => {
  await page.locator('gov-report [data-tab="text"]').click();
  const first = await page.evaluate(() => {
    const root = document.querySelector('gov-report').shadowRoot;
    const stops = root.querySelectorAll('mark.q[tabindex="0"]');
    const m = root.querySelector('mark.q[tabindex="0"]');
    m.focus();
    return { stops: stops.length, id: Number(m.getAttribute('data-quantity-id')) };
  });
  assert.equal(first.stops, 1, 'one tab stop among the marks (roving tabindex)');
  const tip = () =>
    page.evaluate(() => {
      const root = document.querySelector('gov-report').shadowRoot;
      const t = root.querySelector('[role="tooltip"]');
      return { shown: !t.hidden, text: t.textContent, describedBy: root.activeElement?.getAttribute('aria-describedby') };
    });
  let t = await tip();
  assert.ok(t.shown && t.describedBy === 'tip', 'focus shows the tooltip');
  await page.keyboard.press('ArrowRight');
  const next = await page.evaluate(() =>
    Number(document.querySelector('gov-report').shadowRoot.activeElement?.getAttribute('data-quantity-id')),
  );
  assert.notEqual(next, first.id, 'ArrowRight moves to the next mark');
  t = await tip();
  assert.ok(t.shown, 'the tooltip follows focus');
  const report = await page.evaluate((id) => {
    const q = /** @type {any} */ (document.querySelector('gov-report')).report.quantities[id];
    return { unit: q.unit, year: q.year };
  }, next);
  if (report.unit) assert.ok(t.text.includes(report.unit), 'the tooltip shows the unit');
  if (report.year != null) assert.ok(t.text.includes(String(report.year)), 'the tooltip shows the year');
  await page.keyboard.press('Escape');
  t = await tip();
  assert.ok(!t.shown, 'Escape hides the tooltip');

  // A glossary term shows its definition on focus.
  const def = await page.evaluate(() => {
    const root = document.querySelector('gov-report').shadowRoot;
    const term = root.querySelector('article .term');
    if (!term) return null;
    term.focus();
    const r = /** @type {any} */ (document.querySelector('gov-report')).report;
    return { tip: root.querySelector('[role="tooltip"]').textContent, def: r.glossary[Number(term.dataset.term)].definition };
  });
  if (def) assert.ok(def.tip.includes(def.def), 'a term shows its definition');
});

test('the UI language follows lang', { skip }, async () => {
  const label = () =>
    page.evaluate(() => document.querySelector('gov-report').shadowRoot.querySelector('[data-tab="overview"]').textContent);
  assert.equal(await label(), '概览');
  await page.locator('[data-lang="en"]').click();
  await page.waitForFunction(
    () => document.querySelector('gov-report').shadowRoot.querySelector('[data-tab="overview"]')?.textContent === 'Overview',
  );
  await page.locator('[data-lang="zh"]').click();
  await page.waitForFunction(
    () => document.querySelector('gov-report').shadowRoot.querySelector('[data-tab="overview"]')?.textContent === '概览',
  );
});

test('a permalink (#q=ID) opens the figure', { skip }, async () => {
  await page.locator('gov-report [data-tab="text"]').click();
  const mark = page.locator('gov-report mark.q').nth(5);
  const id = Number(await mark.getAttribute('data-quantity-id'));
  await mark.click();
  assert.equal(new URL(page.url()).hash, `#q=${id}`);
  const link = await page.locator('#permalink').getAttribute('href');
  assert.ok(link && link.endsWith(`#q=${id}`));
  const p2 = await page.context().newPage();
  await p2.goto(link);
  await waitForReport(p2);
  await p2.waitForFunction(
    (qid) => document.querySelector('gov-report').shadowRoot.querySelector(`mark[data-quantity-id="${qid}"]`)?.classList.contains('selected'),
    id,
  );
  await p2.close();
});

test('timing: text set to rendered, for the sample', { skip }, async () => {
  const text = corpus('dongxihu-2024.txt');
  const runs = [];
  for (let i = 0; i < 5; i++) {
    runs.push(
      await page.evaluate(async ({ t, i }) => {
        const el = /** @type {any} */ (document.querySelector('gov-report'));
        performance.clearMeasures('gov-report:render');
        const done = new Promise((resolve) => el.addEventListener('gov-report-ready', resolve, { once: true }));
        const t0 = performance.now();
        el.text = t + ' '.repeat(i + 1); // a different text each time
        await done;
        const rendered = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const painted = performance.now() - t0;
        const m = performance.getEntriesByName('gov-report:render')[0];
        return { measure: m ? m.duration : null, rendered, painted, quantities: el.report.quantities.length };
      }, { t: text, i }),
    );
  }
  assert.ok(runs.every((r) => r.measure != null), 'the element records a performance measure');
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[runs.length >> 1];
  const figures = { measure: median('measure'), rendered: median('rendered'), painted: median('painted') };
  fs.writeFileSync(artifact('timing.json'), JSON.stringify({ runs, median: figures }, null, 2));
  console.log(
    `# sample (median of ${runs.length}): text set → rendered ${figures.rendered.toFixed(1)} ms (performance measure ${figures.measure.toFixed(1)} ms), → next frame ${figures.painted.toFixed(1)} ms, ${runs[0].quantities} quantities`,
  );
});

test('pasted text is read; the embed snippet names the element and the report', { skip }, async () => {
  const embed = await page.locator('#embed').textContent();
  assert.match(embed, /<script type="module" src="[^"]*\/js\/element\/define\.js"><\/script>/);
  assert.match(embed, /<gov-report src="[^"]*\/tests\/corpus\/dongxihu-2024\.txt"/);
  await page.locator('details.paste summary').click();
  await page.locator('#pasted').fill('各位代表：\n一、2024年工作回顾\n全年地区生产总值增长5.5%，新增城镇就业1.2万人。\n二、2025年工作安排\n地区生产总值增长5%左右。');
  const ready = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.querySelector('gov-report').addEventListener('gov-report-ready', (e) => resolve(e.detail.quantities.length), { once: true }),
      ),
  );
  await page.locator('#read-pasted').click();
  const n = await ready;
  assert.ok(n >= 2, `figures read from the pasted text (${n})`);
  const marks = await page.evaluate(() => document.querySelector('gov-report').shadowRoot.querySelectorAll('mark[data-quantity-id]').length);
  assert.equal(marks, n);
  // Back to the sample for the tests that follow.
  const back = page.evaluate(
    () => new Promise((resolve) => document.querySelector('gov-report').addEventListener('gov-report-ready', resolve, { once: true })),
  );
  await page.evaluate(() => {
    const sel = /** @type {HTMLSelectElement} */ (document.getElementById('sample'));
    sel.value = 'dongxihu-2024';
    sel.dispatchEvent(new Event('change'));
  });
  await back;
});

test('desktop and phone screenshots', { skip }, async () => {
  await page.locator('gov-report [data-tab="overview"]').click();
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: artifact('demo-desktop.png'), fullPage: true });
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const p = await phone.newPage();
  const errs = watchErrors(p);
  await p.goto(`${server.url}/`);
  assert.equal(await waitForReport(p), 'ready');
  await p.screenshot({ path: artifact('demo-phone.png'), fullPage: false });
  const toTabs = () =>
    p.evaluate(() => document.querySelector('gov-report').shadowRoot.querySelector('.tabs').scrollIntoView({ block: 'start' }));
  for (const tab of ['overview', 'figures', 'text']) {
    await p.locator(`gov-report [data-tab="${tab}"]`).click();
    await toTabs();
    await p.screenshot({ path: artifact(`demo-phone-${tab}.png`) });
  }
  // No horizontal scrolling of the page on a phone.
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 1, `no horizontal overflow (${overflow}px)`);
  assert.deepEqual(errs, []);
  await phone.close();
});
