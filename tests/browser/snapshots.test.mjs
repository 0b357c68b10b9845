// The charts, rendered from the fixture report, compared with checked-in SVG
// files (ids and numbers normalised). UPDATE_SNAPSHOTS=1 rewrites them; on a
// mismatch the new output is written to test-artifacts/<name>-changed.svg.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun, artifact, ROOT } from './helpers.mjs';
import { page as pageHtml, routes } from './pages.mjs';
import * as fixture from './fixture.mjs';

const missing = browserTestsCanRun();
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;
const DIR = path.join(ROOT, 'tests', 'browser', 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/**
 * Normalises serialised SVG: generated ids become id0, id1…, numbers are
 * rounded to one decimal, one element per line.
 * @param {string} svg
 */
export function normalise(svg) {
  const ids = new Map();
  const idOf = (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id);
  };
  return (
    svg
      .replace(/\bid="([^"]+)"/g, (_, id) => `id="${idOf(id)}"`)
      .replace(/\baria-labelledby="([^"]+)"/g, (_, v) => `aria-labelledby="${v.split(/\s+/).map(idOf).join(' ')}"`)
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  if (skip) return;
  server = await startServer({ routes: routes({ '/t/bare.html': { body: pageHtml({ attrs: 'loading="eager"' }) } }) });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const lang of ['zh', 'en']) {
  test(`chart snapshots (${lang})`, { skip }, async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/t/bare.html`);
    await page.waitForFunction(() => customElements.get('gov-report'));
    await page.evaluate(
      ({ text, report, lang }) => {
        const el = /** @type {any} */ (document.getElementById('r'));
        el.setAttribute('lang', lang);
        el.text = text;
        el.report = report;
      },
      { text: fixture.text, report: fixture.report, lang },
    );
    assert.equal(await waitForReport(page, '#r'), 'ready');
    const charts = await page.evaluate(() => {
      const root = document.getElementById('r').shadowRoot;
      const out = {};
      for (const fig of root.querySelectorAll('figure[part^="chart-"]')) {
        const svg = fig.querySelector('svg');
        if (svg) out[fig.getAttribute('part')] = new XMLSerializer().serializeToString(svg);
      }
      return out;
    });
    assert.deepEqual(Object.keys(charts).sort(), ['chart-sections', 'chart-status', 'chart-targets']);
    const mismatched = [];
    for (const [name, svg] of Object.entries(charts)) {
      const file = path.join(DIR, `${name}.${lang}.svg`);
      const got = normalise(svg);
      if (!UPDATE && !fs.existsSync(file) && process.env.CI) {
        mismatched.push(`${name} (no snapshot)`);
        continue;
      }
      if (UPDATE || !fs.existsSync(file)) {
        fs.mkdirSync(DIR, { recursive: true });
        fs.writeFileSync(file, got);
        continue;
      }
      const want = fs.readFileSync(file, 'utf8');
      if (got !== want) {
        fs.writeFileSync(artifact(`${name}.${lang}-changed.svg`), got);
        mismatched.push(name);
      }
    }
    assert.deepEqual(mismatched, [], 'charts match tests/browser/snapshots (UPDATE_SNAPSHOTS=1 to accept)');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
