// The element's contract on a bare page: registration, coalesced renders,
// events, errors with fallback content, a Report passed in, lazy loading,
// `src` in GBK.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun, corpus } from './helpers.mjs';
import { page as pageHtml, routes } from './pages.mjs';
import * as fixture from './fixture.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

/** Encodes text as GBK with a table built from the GBK decoder (Node has full ICU). */
function encodeGbk(text) {
  const dec = new TextDecoder('gbk');
  const table = new Map();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else out.push(...(table.get(ch) || [0x3f]));
  }
  return new Uint8Array(out);
}

const sample = corpus('dongxihu-2024.txt');

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  if (skip) return;
  server = await startServer({
    routes: routes({
      '/t/bare.html': { body: pageHtml() },
      '/t/idle.html': { body: pageHtml({ attrs: '' }) },
      '/t/lazy.html': {
        body: pageHtml({
          attrs: 'src="/tests/corpus/dongxihu-2024.txt"',
          before: '<div id="spacer" style="height: 4000px">spacer</div>',
        }),
      },
      '/t/gbk.txt': { body: encodeGbk(sample), type: 'text/plain' },
    }),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const wasm = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(r.url());
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() => customElements.get('gov-report'));
  return { page, errors, wasm };
}

test('define is idempotent and tolerates a second copy of the module', { skip }, async () => {
  const { page, errors } = await open('/t/bare.html');
  const result = await page.evaluate(async () => {
    const first = customElements.get('gov-report');
    const again = await import('/js/element/define.js?copy=2'); // a second module instance
    const other = again.GovReportElement;
    other.define(); // the tag is taken: no error
    first.define('gov-report-b'); // same class under a second tag: NotSupportedError, swallowed
    class Custom extends first {}
    Custom.define('my-report');
    return {
      same: customElements.get('gov-report') === first,
      b: customElements.get('gov-report-b') ?? null,
      custom: customElements.get('my-report') === Custom,
    };
  });
  assert.deepEqual(result, { same: true, b: null, custom: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('attribute and property changes in one task render once; events bubble and are composed', { skip }, async () => {
  const { page, errors } = await open('/t/idle.html');
  const out = await page.evaluate(async (t) => {
    const el = /** @type {any} */ (document.getElementById('r'));
    performance.clearMeasures();
    const ready = new Promise((resolve) => el.addEventListener('gov-report-ready', resolve, { once: true }));
    el.setAttribute('loading', 'eager');
    el.setAttribute('views', 'header cards');
    el.setAttribute('lang', 'en');
    el.text = t + '\n';
    el.text = t;
    el.setAttribute('views', 'header cards targets figures text charts');
    await ready;
    await new Promise((r) => setTimeout(r, 300));
    const root = el.shadowRoot;
    return {
      measures: performance.getEntriesByName('gov-report:render').length,
      ready: window.__events.filter((e) => e.type === 'gov-report-ready').length,
      bubbles: window.__events[0]?.bubbles,
      composed: window.__events[0]?.composed,
      tabs: [...root.querySelectorAll('[role="tab"]')].map((b) => b.textContent),
      display: getComputedStyle(el).display,
      live: root.querySelector('[role="status"]')?.textContent || '',
    };
  }, sample);
  assert.equal(out.measures, 1, 'one render');
  assert.equal(out.ready, 1, 'one gov-report-ready');
  assert.equal(out.bubbles, true);
  assert.equal(out.composed, true);
  assert.deepEqual(out.tabs, ['Overview', 'Figures', 'Text']);
  assert.equal(out.display, 'block');
  assert.match(out.live, /figures/, 'the live region announces the result');
  assert.deepEqual(errors, []);
  await page.close();
});

test('bad input fires gov-report-error with a code and shows the fallback content', { skip }, async () => {
  const { page, errors } = await open('/t/bare.html');
  const out = await page.evaluate(async () => {
    const el = /** @type {any} */ (document.getElementById('r'));
    const err = new Promise((resolve) => el.addEventListener('gov-report-error', (e) => resolve(e.detail), { once: true }));
    el.text = '   \n  ';
    const detail = await err;
    const root = el.shadowRoot;
    const fb = document.getElementById('fb');
    return {
      detail,
      state: root.querySelector('.root').dataset.state,
      fallbackShown: !root.querySelector('.fallback').hidden && fb.getBoundingClientRect().height > 0,
      alert: root.querySelector('[role="alert"]')?.textContent || '',
    };
  });
  assert.equal(out.detail.code, 'empty-input');
  assert.ok(out.detail.message.length > 0);
  assert.equal(out.state, 'error');
  assert.ok(out.fallbackShown, 'the light-DOM fallback is shown');
  assert.match(out.alert, /empty-input/);
  // A missing src is an error too.
  const missingSrc = await page.evaluate(async () => {
    const el = /** @type {any} */ (document.getElementById('r'));
    const err = new Promise((resolve) => el.addEventListener('gov-report-error', (e) => resolve(e.detail), { once: true }));
    el.text = null;
    el.src = '/tests/corpus/no-such-report.txt';
    return err;
  });
  assert.equal(missingSrc.code, 'fetch-failed');
  // The only console error allowed is the 404 of the missing file.
  assert.ok(errors.every((e) => /404/.test(e)), errors.join('\n'));
  await page.close();
});

test('a Report passed as a property renders without loading the engine', { skip }, async () => {
  const { page, errors, wasm } = await open('/t/idle.html');
  const out = await page.evaluate(
    async ({ text, report }) => {
      const el = /** @type {any} */ (document.getElementById('r'));
      const ready = new Promise((resolve) => el.addEventListener('gov-report-ready', resolve, { once: true }));
      el.text = text;
      el.report = report;
      await ready;
      const root = el.shadowRoot;
      return {
        marks: root.querySelectorAll('mark[data-quantity-id]').length,
        cards: root.querySelectorAll('.card').length,
        rows: root.querySelectorAll('table[part="targets"] tbody tr').length,
        terms: root.querySelectorAll('article .term').length,
        outline: root.querySelectorAll('nav.outline a[data-goto-section]').length,
        footerHidden: !root.querySelector('article').textContent.includes('— 1 —'),
        selectUnknown: el.select(9999),
      };
    },
    { text: fixture.text, report: fixture.report },
  );
  assert.deepEqual(out, { marks: 11, cards: 4, rows: 5, terms: 1, outline: 4, footerHidden: true, selectUnknown: false });
  assert.deepEqual(wasm, [], 'no wasm was fetched');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the engine loads only when the element nears the viewport', { skip }, async () => {
  const { page, errors, wasm } = await open('/t/lazy.html');
  await page.waitForTimeout(600);
  assert.deepEqual(wasm, [], 'no wasm while far below the fold');
  const state = await page.evaluate(() => document.getElementById('r').shadowRoot.querySelector('.root').dataset.state);
  assert.equal(state, 'loading');
  await page.evaluate(() => document.getElementById('r').scrollIntoView());
  assert.equal(await waitForReport(page, '#r'), 'ready');
  assert.equal(wasm.length, 1, 'the wasm was fetched once');
  assert.deepEqual(errors, []);
  await page.close();
});

test('src reads a GBK file like its UTF-8 original', { skip }, async () => {
  const { page, errors } = await open('/t/bare.html');
  const out = await page.evaluate(async (t) => {
    const el = /** @type {any} */ (document.getElementById('r'));
    let ready = new Promise((resolve) => el.addEventListener('gov-report-ready', (e) => resolve(e.detail), { once: true }));
    el.text = t;
    const utf8 = await ready;
    ready = new Promise((resolve) => el.addEventListener('gov-report-ready', (e) => resolve(e.detail), { once: true }));
    el.text = null;
    el.src = '/t/gbk.txt';
    const gbk = await ready;
    return {
      utf8: utf8.quantities.map((q) => q.text),
      gbk: gbk.quantities.map((q) => q.text),
      sameText: el.text === t,
      marks: el.shadowRoot.querySelectorAll('mark[data-quantity-id]').length,
    };
  }, sample);
  assert.ok(out.gbk.length > 0);
  assert.deepEqual(out.gbk, out.utf8);
  assert.ok(out.sameText, 'the decoded text equals the original');
  assert.equal(out.marks, out.gbk.length);
  assert.deepEqual(errors, []);
  await page.close();
});
