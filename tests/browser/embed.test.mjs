// The "embed this report" snippet, pasted into a page on another origin: the
// demo server (scripts/serve.mjs through serveDemo, as `npm start` runs it)
// sends the element, the engine and the bundled reports with CORS headers, and
// the snippet uses absolute URLs; for pasted text the snippet carries the text
// itself. A second local server (another port of 127.0.0.1, so another
// origin) serves a page with nothing but the snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { launch, watchErrors, waitForReport, browserTestsCanRun, corpus } from './helpers.mjs';
import { serveDemo } from '../../scripts/start.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof serveDemo>>} */ let demo;
/** The other origin: serves whatever page `elsewhere.body` holds, at any path. */
const elsewhere = { body: '', url: '', /** @type {http.Server | null} */ server: null };

before(async () => {
  if (skip) return;
  demo = await serveDemo({ port: 0 });
  elsewhere.server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(elsewhere.body);
  });
  await new Promise((resolve) => elsewhere.server?.listen(0, '127.0.0.1', () => resolve(undefined)));
  const addr = /** @type {import('node:net').AddressInfo} */ (elsewhere.server.address());
  elsewhere.url = `http://127.0.0.1:${addr.port}/news/article.html`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  elsewhere.server?.closeAllConnections?.();
  await new Promise((resolve) => (elsewhere.server ? elsewhere.server.close(() => resolve(undefined)) : resolve(undefined)));
});

/** Cards and state of the element the snippet made, on the other origin's page. */
async function pasteElsewhere(snippet) {
  elsewhere.body = `<!doctype html><html><head><meta charset="utf-8"><title>News</title><link rel="icon" href="data:,"></head><body><h1>An article</h1>\n${snippet}\n</body></html>`;
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto(elsewhere.url);
  const state = await waitForReport(page);
  const result = await page.evaluate(() => {
    const el = /** @type {any} */ (document.querySelector('gov-report'));
    return {
      cards: el.shadowRoot.querySelectorAll('.card').length,
      headline: el.report ? el.report.headline.length : 0,
      region: el.report ? el.report.meta.region : null,
      fallbackShown: [...el.children].some((c) => c instanceof HTMLElement && c.offsetParent !== null),
    };
  });
  await page.close();
  return { state, errors, origins, ...result };
}

/** The snippet the demo shows, after `act` (in the demo page). */
async function demoSnippet(act, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  await page.goto(demo.url);
  assert.equal(await waitForReport(page), 'ready');
  if (act) await act(page);
  const snippet = (await page.locator('#embed').textContent()) || '';
  const note = (await page.locator('#embed-note').textContent()) || '';
  const cards = await page.evaluate(() => document.querySelector('gov-report').shadowRoot.querySelectorAll('.card').length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  await page.close();
  return { snippet, note, cards, overflow };
}

test('the demo server sends the element, the engine and the reports with CORS headers', { skip }, async () => {
  const origin = new URL(elsewhere.url).origin;
  for (const path of ['/js/element/define.js', '/js/element/gov-report.js', '/js/index.js', '/pkg/govreport.js', '/pkg/govreport_bg.wasm', '/tests/corpus/dongxihu-2024.txt']) {
    const res = await fetch(new URL(path, demo.url), { headers: { Origin: origin } });
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('access-control-allow-origin'), '*', `${path} is shared with any origin`);
    await res.arrayBuffer();
  }
  const page = await fetch(demo.url);
  assert.equal(page.headers.get('access-control-allow-origin'), null, 'the demo page itself is not');
});

test('the sample snippet, pasted on another origin, renders the cards', { skip }, async () => {
  const { snippet, note, cards } = await demoSnippet(null);
  assert.match(snippet, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/js\/element\/define\.js"><\/script>/, 'an absolute script URL');
  assert.match(snippet, /<gov-report src="http:\/\/127\.0\.0\.1:\d+\/tests\/corpus\/dongxihu-2024\.txt"/, 'an absolute report URL');
  assert.ok(note.length > 0);
  const got = await pasteElsewhere(snippet);
  assert.equal(got.state, 'ready', `the element renders: ${got.errors.join('; ')}`);
  assert.ok(got.origins.has(new URL(demo.url).origin), 'files come from the demo origin');
  assert.ok(got.cards > 0, 'cards shown');
  assert.equal(got.cards, cards, 'the same cards as on the demo');
  assert.equal(got.fallbackShown, false, 'the fallback link is hidden once the element runs');
  assert.deepEqual(got.errors, []);
});

test('the snippet for pasted text carries the text and renders on another origin', { skip }, async () => {
  const text = corpus('dongxihu-2024.txt');
  const { snippet, note, cards } = await demoSnippet(async (page) => {
    await page.locator('details.paste summary').click();
    await page.locator('#pasted').fill(text);
    const ready = page.evaluate(
      () => new Promise((resolve) => document.querySelector('gov-report').addEventListener('gov-report-ready', resolve, { once: true })),
    );
    await page.locator('#read-pasted').click();
    await ready;
  });
  assert.doesNotMatch(snippet, /report\.txt/, 'no file that does not exist');
  const src = /<gov-report src="(data:text\/plain;charset=utf-8;base64,[A-Za-z0-9+/=]+)"/.exec(snippet);
  assert.ok(src, 'the text travels in a data: URL');
  const decoded = new TextDecoder().decode(Uint8Array.from(atob(src[1].split(',')[1]), (c) => c.charCodeAt(0)));
  assert.equal(decoded, text, 'the data: URL holds the pasted text exactly');
  assert.match(note, /data:/, 'the note says how the text travels');
  const got = await pasteElsewhere(snippet);
  assert.equal(got.state, 'ready', `the element renders: ${got.errors.join('; ')}`);
  assert.ok(got.cards > 0);
  assert.equal(got.cards, cards, 'the same cards as on the demo');
  assert.deepEqual(got.errors, []);
});

test('a snippet carrying a whole report stays inside its box on a phone', { skip }, async () => {
  const text = corpus('dongxihu-2024.txt');
  const { snippet, overflow } = await demoSnippet(
    async (page) => {
      await page.locator('details.paste summary').click();
      await page.locator('#pasted').fill(text);
      const ready = page.evaluate(
        () => new Promise((resolve) => document.querySelector('gov-report').addEventListener('gov-report-ready', resolve, { once: true })),
      );
      await page.locator('#read-pasted').click();
      await ready;
    },
    { width: 390, height: 844 },
  );
  assert.ok(snippet.length > 50_000, 'a long snippet');
  assert.ok(overflow <= 1, `no horizontal overflow at 390 px (${overflow} px)`);
});
