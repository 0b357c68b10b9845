// Every report of the corpus renders, with one mark per quantity and no
// console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, browserTestsCanRun, ROOT } from './helpers.mjs';
import { page as pageHtml, routes } from './pages.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

const dir = path.join(ROOT, 'tests', 'corpus');
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** @type {import('playwright-core').Page} */ let page;
/** @type {string[]} */ let errors;

before(async () => {
  if (skip) return;
  server = await startServer({ routes: routes({ '/t/bare.html': { body: pageHtml() } }) });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  errors = watchErrors(page);
  await page.goto(`${server.url}/t/bare.html`);
  await page.waitForFunction(() => customElements.get('gov-report'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the corpus is there', { skip }, () => {
  assert.ok(files.length >= 20, `${files.length} corpus files`);
});

for (const file of files) {
  test(`renders ${file}`, { skip }, async () => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const before = errors.length;
    const out = await page.evaluate(async (t) => {
      const el = /** @type {any} */ (document.getElementById('r'));
      const done = new Promise((resolve) => {
        el.addEventListener('gov-report-ready', () => resolve('ready'), { once: true });
        el.addEventListener('gov-report-error', (e) => resolve(`error ${e.detail.code}: ${e.detail.message}`), { once: true });
      });
      el.text = t;
      const state = await done;
      const root = el.shadowRoot;
      // Visit every view.
      for (const tab of root.querySelectorAll('[role="tab"]')) /** @type {HTMLElement} */ (tab).click();
      const ids = [...root.querySelectorAll('mark[data-quantity-id]')].map((m) => Number(m.getAttribute('data-quantity-id')));
      const r = el.report;
      return {
        state,
        quantities: r ? r.quantities.length : -1,
        marks: ids.length,
        unique: new Set(ids).size,
        rows: root.querySelectorAll('[data-rows] tr').length,
        textOk: r
          ? [...root.querySelectorAll('mark[data-quantity-id]')].every(
              (m) => m.textContent.replace(/\s+/g, '') === r.quantities[Number(m.getAttribute('data-quantity-id'))].text.replace(/\s+/g, ''),
            )
          : false,
      };
    }, text);
    assert.equal(out.state, 'ready');
    assert.equal(out.marks, out.quantities, 'one mark per quantity');
    assert.equal(out.unique, out.quantities, 'no quantity marked twice');
    assert.equal(out.rows, out.quantities, 'one row per quantity in the figures table');
    assert.ok(out.textOk, 'each mark shows its quantity text');
    assert.deepEqual(errors.slice(before), [], 'no console error');
  });
}
