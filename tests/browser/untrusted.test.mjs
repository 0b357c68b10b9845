// Addresses, attributes and file lists are untrusted (issue 19): every URL is
// parsed and checked before use — http(s) and relative only — in the demo's
// embed snippet, in `src` / `previous-src` / `src-list`; each file of a list
// ends loaded or failed, the view leaves its busy state, failed files are
// named in the page's language; an engine that cannot load says so in both
// modes. In Chromium, under the strict CSP the README recommends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun } from './helpers.mjs';
import { page as reportPage, PAGE_JS as REPORT_JS, STRICT_CSP } from './pages.mjs';
import { page as panelPage, routes as panelRoutes } from './compare-pages.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

/** Addresses no surface may fetch, link or embed: schemes, mixed case, white space and control characters inside. */
const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=2',
  ' \tjava\nscript:window.__pwned=3',
  'data:text/html,<script>window.__pwned=5</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD02PC9zY3JpcHQ+',
  'DATA:TEXT/HTML,<b>x</b>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

/** The strict CSP without 'wasm-unsafe-eval': the engine cannot compile. */
const NO_WASM_CSP = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

const LIST_OK = ['/tests/corpus/national-2009.txt', '/tests/corpus/national-2010.txt'];
const LIST_BAD = ['/t/missing.txt', '/t/empty.txt', '/t/5%.txt', 'javascript:window.__pwned=7'];

before(async () => {
  if (skip) return;
  const withCsp = (body, csp = STRICT_CSP) => ({ body, headers: { 'content-security-policy': csp } });
  const list = [LIST_OK[0], ...LIST_BAD, LIST_OK[1]].join(' ');
  server = await startServer({
    routes: {
      ...panelRoutes({
        '/t/list.html': panelPage(`<gov-report-panel id="p" src-list="${list}"></gov-report-panel>`),
        '/t/list-en.html': panelPage(`<gov-report-panel id="p" lang="en" src-list="${list}"></gov-report-panel>`, 'en'),
        '/t/list-bad.html': panelPage(`<gov-report-panel id="p" lang="en" src-list="${LIST_BAD.join(' ')}"></gov-report-panel>`, 'en'),
      }),
      // The single-report pages load the other page script (pages.mjs).
      '/t/one.js': { body: REPORT_JS, type: 'text/javascript; charset=utf-8' },
      '/t/one.html': withCsp(reportPage({ script: '/t/one.js' })),
      '/t/plain.html': { body: reportPage({ script: '/t/one.js' }) },
      '/t/nowasm.html': withCsp(reportPage({ script: '/t/one.js', attrs: 'loading="eager" src="/tests/corpus/dongxihu-2024.txt"' }), NO_WASM_CSP),
      '/t/nowasm-panel.html': withCsp(panelPage(`<gov-report-panel id="p" src-list="${LIST_OK.join(' ')}"></gov-report-panel>`), NO_WASM_CSP),
      '/t/empty.txt': { body: '', type: 'text/plain' },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every request a page makes. @param {import('playwright-core').Page} page */
function requests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('<gov-report src> refuses every address that is not http(s), fetching nothing', { skip }, async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const seen = requests(page);
  await page.goto(`${server.url}/t/one.html`);
  for (const url of HOSTILE_URLS) {
    const before = seen.length;
    await page.evaluate((u) => {
      window.__events = [];
      const el = /** @type {any} */ (document.getElementById('r'));
      el.removeAttribute('src');
      el.setAttribute('src', u);
    }, url);
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'gov-report-error'));
    assert.equal(await waitForReport(page, '#r'), 'error', url);
    const r = await page.evaluate(() => ({
      events: window.__events.filter((e) => e.type === 'gov-report-error').map((e) => e.detail.code),
      busy: document.getElementById('r').getAttribute('aria-busy'),
      pwned: /** @type {any} */ (window).__pwned ?? null,
    }));
    assert.deepEqual(r.events, ['unsafe-url'], url);
    assert.equal(r.busy, 'false', url);
    assert.equal(r.pwned, null, url);
    assert.deepEqual(seen.slice(before).filter((u) => !u.includes('/pkg/') && !u.includes('/js/')), [], `nothing fetched for ${url}`);
  }
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.close();
});

test('<gov-report src> still reads the text of a data:text/plain address (the demo’s inline embeds)', { skip }, async () => {
  // A page without a CSP: a strict connect-src must allow data: for this (README).
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/t/plain.html`);
  await page.evaluate(() => {
    const el = /** @type {any} */ (document.getElementById('r'));
    el.setAttribute('src', `data:text/plain;charset=utf-8,${encodeURIComponent('政府工作报告\n地区生产总值增长5%。')}`);
  });
  assert.equal(await waitForReport(page, '#r'), 'ready');
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.close();
});

test('previous-src with a hostile address: the comparison fails with a message, nothing runs', { skip }, async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/t/one.html`);
  await page.evaluate(() => {
    const el = /** @type {any} */ (document.getElementById('r'));
    el.setAttribute('previous-src', 'JAVASCRIPT:window.__pwned=8');
    el.setAttribute('src', '/tests/corpus/national-2010.txt');
  });
  assert.equal(await waitForReport(page, '#r'), 'ready');
  await page.waitForFunction(() => document.getElementById('r').shadowRoot.querySelector('[part="compare-error"]'), null, { timeout: 30000 });
  const r = await page.evaluate(() => ({
    note: document.getElementById('r').shadowRoot.querySelector('[part="compare-error"]').textContent,
    pwned: /** @type {any} */ (window).__pwned ?? null,
  }));
  assert.match(r.note, /http: and https:/);
  assert.equal(r.pwned, null);
  await page.close();
});

/** Waits for a panel to end loading and returns what it shows. */
async function panelState(page) {
  await page.waitForFunction(() => {
    const el = document.getElementById('p');
    const st = el && el.shadowRoot && el.shadowRoot.querySelector('.root').dataset.state;
    return st === 'ready' || st === 'error';
  }, null, { timeout: 60000 });
  // Slower loads must not overwrite the end state: wait a little and look again.
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const el = /** @type {any} */ (document.getElementById('p'));
    const root = el.shadowRoot;
    return {
      state: root.querySelector('.root').dataset.state,
      busy: el.getAttribute('aria-busy'),
      status: root.querySelector('[part="status"]').textContent,
      failures: [...root.querySelectorAll('[part="failures"] li')].map((li) => ({ code: li.dataset.code, text: li.textContent })),
      failuresShown: !root.querySelector('[part="failures"]').hidden,
      reports: el.reports.map((r) => r.file),
      rows: el.panel ? el.panel.rows.length : 0,
      errors: window.__events.filter((e) => e.type === 'gov-report-panel-error').length,
      pwned: window.__pwned ?? null,
    };
  });
}

test('<gov-report-panel src-list>: a 404, an empty file, a bare %, a hostile address — each named, the others still shown', { skip }, async () => {
  for (const [path, lang] of [
    ['/t/list.html', 'zh'],
    ['/t/list-en.html', 'en'],
  ]) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}${path}`);
    const s = await panelState(page);
    assert.equal(s.state, 'ready', `${lang}: the readable reports are shown`);
    assert.equal(s.busy, 'false', `${lang}: not busy once every file has ended`);
    assert.deepEqual(s.reports, ['national-2009.txt', 'national-2010.txt']);
    assert.ok(s.rows > 0);
    assert.ok(s.failuresShown);
    assert.deepEqual(
      s.failures.map((f) => f.code),
      ['fetch-failed', 'empty-input', 'fetch-failed', 'unsafe-url'],
      `${lang}: each failed file with its reason`,
    );
    assert.equal(s.errors, 4, 'one error event per failed file');
    for (const [i, name] of ['missing.txt', 'empty.txt', '5%.txt', 'javascript:window.__pwned=7'].entries()) {
      assert.ok(s.failures[i].text.startsWith(name), `${lang}: ${name} named: ${s.failures[i].text}`);
    }
    const cjk = /[\u4e00-\u9fff]/;
    for (const f of s.failures) {
      if (lang === 'zh') assert.match(f.text, cjk, `zh reason: ${f.text}`);
      else assert.doesNotMatch(f.text, cjk, `en reason: ${f.text}`);
    }
    assert.equal(s.pwned, null);
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
    await page.close();
  }
});

test('<gov-report-panel>: when every file fails, the error names them and the view is not busy', { skip }, async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/t/list-bad.html`);
  const s = await panelState(page);
  assert.equal(s.state, 'error');
  assert.equal(s.busy, 'false');
  assert.match(s.status, /None of the 4 reports could be read/);
  assert.equal(s.failures.length, 4);
  await page.close();
});

test('an engine that cannot load (a .wasm 404; a CSP without wasm-unsafe-eval) says so, in both elements', { skip }, async () => {
  // The .wasm answered 404.
  const page = await browser.newPage();
  await page.route('**/govreport_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${server.url}/t/list.html`);
  let s = await panelState(page);
  assert.equal(s.state, 'error');
  assert.equal(s.busy, 'false');
  assert.match(s.status, /无法加载解析引擎/);
  await page.close();
  // A CSP without 'wasm-unsafe-eval': the single view and the panel.
  const one = await browser.newPage();
  await one.goto(`${server.url}/t/nowasm.html`);
  assert.equal(await waitForReport(one, '#r'), 'error');
  const code = await one.evaluate(() => window.__events.find((e) => e.type === 'gov-report-error')?.detail.code);
  assert.equal(code, 'engine-failed');
  assert.equal(await one.evaluate(() => document.getElementById('r').getAttribute('aria-busy')), 'false');
  await one.close();
  const many = await browser.newPage();
  await many.goto(`${server.url}/t/nowasm-panel.html`);
  s = await panelState(many);
  assert.equal(s.state, 'error');
  assert.equal(s.busy, 'false');
  assert.match(s.status, /无法加载解析引擎/);
  await many.close();
});

test('the demo refuses a hostile ?src=: no report, no link, no snippet, a message', { skip }, async () => {
  for (const url of HOSTILE_URLS) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/?src=${encodeURIComponent(url)}&lang=en`);
    await page.waitForFunction(() => document.getElementById('status').textContent.length > 0);
    await page.waitForTimeout(200);
    const r = await page.evaluate(() => ({
      status: document.getElementById('status').textContent,
      embed: document.getElementById('embed').textContent,
      src: document.getElementById('report').getAttribute('src'),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*(javascript|vbscript|data):/i.test(h)),
      pwned: /** @type {any} */ (window).__pwned ?? null,
    }));
    assert.match(r.status, /unsafe address/, url);
    assert.equal(r.embed, '', `${url}: no snippet`);
    assert.equal(r.src, null, `${url}: the element is given nothing`);
    assert.deepEqual(r.links, []);
    assert.equal(r.pwned, null);
    assert.deepEqual(errors, [], url);
    await page.close();
  }
});

test('the demo snippet escapes an address that carries markup and quotes', { skip }, async () => {
  const page = await browser.newPage();
  const src = '/tests/corpus/national-2010.txt?x="><img src=x onerror=window.__pwned=9>&y=\'';
  await page.goto(`${server.url}/?src=${encodeURIComponent(src)}&lang=en`);
  await waitForReport(page, '#report');
  const parsed = await page.evaluate(() => {
    const doc = new DOMParser().parseFromString(document.getElementById('embed').textContent, 'text/html');
    const el = doc.querySelector('gov-report');
    return {
      elements: [...doc.querySelectorAll('body *, head *')].map((n) => n.localName),
      src: el?.getAttribute('src'),
      link: el?.querySelector('a')?.getAttribute('href'),
      pwned: /** @type {any} */ (window).__pwned ?? null,
    };
  });
  assert.deepEqual(parsed.elements, ['script', 'gov-report', 'a'], 'the snippet is a script, the element and its link: nothing injected');
  assert.equal(parsed.src, new URL(src, server.url).href);
  assert.equal(parsed.link, parsed.src);
  assert.equal(parsed.pwned, null);
  await page.close();
});

test('many-reports mode: an engine that cannot load says so instead of reading forever', { skip }, async () => {
  const page = await browser.newPage();
  await page.route('**/govreport_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${server.url}/?mode=many&set=series-national&lang=en`);
  await page.waitForFunction(() => /engine could not load/.test(document.getElementById('many-status').textContent), null, { timeout: 30000 });
  await page.close();
});

test('a comparison with another region’s or a non-consecutive year’s report says so', { skip }, async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/t/one.html`);
  const notes = async () => {
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'gov-report-ready'), null, { timeout: 30000 });
    await page.waitForFunction(() => document.getElementById('r').shadowRoot.querySelector('[part="compare"], [part="compare-error"]'), null, { timeout: 30000 });
    return page.evaluate(() => [...document.getElementById('r').shadowRoot.querySelectorAll('[part="compare-warning"]')].map((n) => n.dataset.warning));
  };
  await page.evaluate(() => {
    const el = /** @type {any} */ (document.getElementById('r'));
    el.setAttribute('previous-src', '/tests/corpus/henan-2024.txt');
    el.setAttribute('src', '/tests/corpus/hubei-2025.txt');
  });
  assert.deepEqual(await notes(), ['different-regions'], 'Henan 2024 before Hubei 2025: another region');
  await page.evaluate(() => {
    window.__events = [];
    const el = /** @type {any} */ (document.getElementById('r'));
    el.setAttribute('previous-src', '/tests/corpus/national-2007.txt');
    el.setAttribute('src', '/tests/corpus/national-2009.txt');
  });
  assert.deepEqual(await notes(), ['not-consecutive'], 'national 2007 before 2009: a year missing');
  await page.evaluate(() => {
    window.__events = [];
    const el = /** @type {any} */ (document.getElementById('r'));
    el.setAttribute('previous-src', '/tests/corpus/hubei-2024.txt');
    el.setAttribute('src', '/tests/corpus/hubei-2025.txt');
  });
  assert.deepEqual(await notes(), [], 'Hubei 2024 before 2025: no warning');
  await page.close();
});
