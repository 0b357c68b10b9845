// English mode has no Chinese outside quoted source text: for every report of
// tests/corpus, the overview (cards, targets, charts — their SVG labels and
// titles too), the figures view's controls and the header hold Chinese only
// inside elements marked lang="zh-CN" (the report's own words: a city's name,
// a section title, a term no table covers, sentences).
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
  server = await startServer({ routes: routes({ '/t/en.html': { body: pageHtml({ attrs: 'loading="eager" lang="en" views="header cards targets charts figures"' }) } }) });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchErrors(page);
  await page.goto(`${server.url}/t/en.html`);
  await page.waitForFunction(() => customElements.get('gov-report'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('no Chinese outside quoted source text in English, for every corpus report', { skip }, async () => {
  assert.ok(files.length >= 20);
  const found = [];
  let svgTexts = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const out = await page.evaluate(async (t) => {
      const el = /** @type {any} */ (document.getElementById('r'));
      const ready = new Promise((r) => el.addEventListener('gov-report-ready', r, { once: true }));
      el.text = t;
      await ready;
      const root = el.shadowRoot;
      const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
      const bad = [];
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const p = n.parentElement;
        // Quoted source text: marked Chinese, or the sentence column of the figures table.
        if (!p || p.closest('[lang="zh-CN"], td.sentence, style')) continue;
        if (cjk.test(n.textContent || '')) bad.push(`<${p.localName}${p.getAttribute('class') ? ` class="${p.getAttribute('class')}"` : ''}> ${n.textContent.slice(0, 50)}`);
      }
      return { bad, svg: root.querySelectorAll('svg text').length };
    }, text);
    svgTexts += out.svg;
    found.push(...out.bad.map((b) => `${file}: ${b}`));
  }
  assert.ok(svgTexts > 100, `${svgTexts} SVG labels checked`);
  assert.deepEqual(found, []);
  assert.deepEqual(errors, []);
});
