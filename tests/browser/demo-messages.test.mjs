// The demo page's own words: a binary file gives one message in the page's
// language (a .txt that holds binary data: not the engine's English twice, not the "needs JavaScript" note);
// the no-JS note is hidden whenever the element runs; sample labels say the
// year of the report and the year it reviews; the sample select is wide
// enough for its labels on a desktop.
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

async function openDemo(query = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/${query}`);
  assert.equal(await waitForReport(page), 'ready');
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('sample')).options.length > 1);
  return { context, page, errors };
}

/** Drops a binary file and returns what the page shows. */
async function dropBinary(page) {
  return page.evaluate(async () => {
    const el = /** @type {any} */ (document.querySelector('gov-report'));
    const failed = new Promise((resolve) => {
      el.addEventListener('gov-report-error', (e) => resolve(e.detail), { once: true });
      setTimeout(() => resolve({ code: 'no gov-report-error within 10 s', message: '' }), 10000);
    });
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'scan.txt', { type: 'text/plain' }));
    document.documentElement.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    const detail = await failed;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const onScreen = (root) => {
      const out = [];
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const p = n.parentElement;
        if (p && !p.closest('.vh') && p.checkVisibility({ visibilityProperty: true, opacityProperty: true })) out.push(n.textContent);
      }
      return out;
    };
    const visible = (n) => !!n && n instanceof HTMLElement && n.offsetParent !== null && n.getClientRects().length > 0;
    const errorBox = el.shadowRoot.querySelector('[part="error"]');
    return {
      code: detail.code,
      engineMessage: detail.message,
      status: document.getElementById('status').textContent,
      errorBoxShown: !!errorBox && !errorBox.hidden && getComputedStyle(errorBox).display !== 'none',
      fallbackShown: [...document.querySelectorAll('.fallback-note')].some(visible),
      // The text on screen: the page and the element's shadow root (its
      // visually hidden live region, .vh, is the element's business).
      visibleText: [document.body.innerText, ...onScreen(el.shadowRoot)].join('\n'),
    };
  });
}

for (const [lang, pattern] of [
  ['zh', /scan\.txt 不是文本文件/],
  ['en', /scan\.txt is not a text file/],
]) {
  test(`a binary file gives one message in the page's language (${lang})`, { skip }, async () => {
    const { context, page, errors } = await openDemo(`?lang=${lang}`);
    const got = await dropBinary(page);
    assert.equal(got.code, 'not-text');
    assert.match(got.status, pattern);
    assert.equal(got.errorBoxShown, false, "the element's own message is not shown as well");
    assert.equal(got.fallbackShown, false, 'no "needs JavaScript and WebAssembly" note: both work');
    const occurrences = got.visibleText.split(got.engineMessage).length - 1;
    assert.equal(occurrences, 0, `the engine's English message is not shown (${got.engineMessage})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the no-JavaScript note is hidden while the element loads and after it is ready', { skip }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/pkg/govreport_bg.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 700)); // a slow engine: the element stays loading a while
    await route.continue();
  });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.querySelector('gov-report')?.shadowRoot?.querySelector('.root')?.getAttribute('data-state') === 'loading');
  assert.equal(await page.locator('.fallback-note').isVisible(), false, 'hidden while loading');
  assert.equal(await waitForReport(page), 'ready');
  assert.equal(await page.locator('.fallback-note').isVisible(), false, 'hidden when ready');
  await context.close();
});

test('sample labels say the year of the report and the year it reviews', { skip }, async () => {
  const { context, page } = await openDemo('?report=henan-2024');
  const zh = await page.evaluate(() => [.../** @type {HTMLSelectElement} */ (document.getElementById('sample')).options].map((o) => [o.value, o.textContent]));
  const henan = zh.find(([v]) => v === 'henan-2024');
  assert.equal(henan?.[1], '河南省 · 2025年报告（回顾2024年）');
  for (const [value, label] of zh) {
    assert.match(label, /^.+ · (\d{4})年报告（回顾(\d{4})年）/, `${value}: ${label}`);
    const [, report, reviewed] = /(\d{4})年报告（回顾(\d{4})年）/.exec(label) || [];
    assert.equal(Number(report), Number(reviewed) + 1, label);
  }
  assert.equal(await page.evaluate(() => document.getElementById('sample').value), 'henan-2024');
  await page.locator('[data-lang="en"]').click();
  const en = await page.evaluate(() => /** @type {HTMLSelectElement} */ (document.getElementById('sample')).selectedOptions[0].textContent);
  assert.equal(en, 'Henan · 2025 report (reviewing 2024)');
  // The status line names the report the same way.
  assert.match((await page.locator('#status').textContent()) || '', /河南省 · 2025年报告（回顾2024年）|Henan/);
  await context.close();
});

test('the sample select is wide enough for its longest label on a desktop', { skip }, async () => {
  const { context, page } = await openDemo();
  for (const lang of ['zh', 'en']) {
    await page.locator(`[data-lang="${lang}"]`).click();
    const m = await page.evaluate(() => {
      const sel = /** @type {HTMLSelectElement} */ (document.getElementById('sample'));
      const cs = getComputedStyle(sel);
      const ctx = /** @type {CanvasRenderingContext2D} */ (document.createElement('canvas').getContext('2d'));
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const widest = Math.max(...[...sel.options].map((o) => ctx.measureText(o.textContent || '').width));
      const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 24; // the arrow
      return { widest, room };
    });
    assert.ok(m.widest <= m.room, `${lang}: the longest label (${m.widest.toFixed(0)} px) fits (${m.room.toFixed(0)} px)`);
  }
  await context.close();
});
