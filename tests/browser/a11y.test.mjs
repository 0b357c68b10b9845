// Accessibility: axe-core (injected into the page) finds no violation at
// all (any impact) in any tab of the demo, for a single report and for a
// report compared with last year's, on desktop and phone sizes, in Chinese
// and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, waitForReport, browserTestsCanRun, artifact, ROOT } from './helpers.mjs';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const missing = browserTestsCanRun();
if (!fs.existsSync(AXE)) missing.push('node_modules/axe-core');
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

const sizes = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

/** The single view (the default sample) and the comparison view (a sample with last year's bundled). */
const views = { single: '', comparison: 'report=hubei-2025&' };

for (const [view, query] of Object.entries(views)) for (const [size, opts] of Object.entries(sizes)) {
  for (const lang of ['zh', 'en']) {
    test(`axe: no violations (${view}, ${size}, ${lang})`, { skip }, async () => {
      // bypassCSP lets the axe source be injected inline into the demo page.
      const context = await browser.newContext({ ...opts, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${server.url}/?${query}lang=${lang}`);
      assert.equal(await waitForReport(page), 'ready');
      if (view === 'comparison') {
        await page.waitForFunction(() => document.querySelector('gov-report').comparison != null, null, { timeout: 30000 });
        assert.ok(await page.evaluate(() => document.querySelector('gov-report').shadowRoot.querySelectorAll('.cmp-table tbody tr').length > 0), 'the comparison is shown');
      }
      await page.addScriptTag({ path: AXE });
      const report = [];
      for (const tab of ['overview', 'figures', 'text']) {
        await page.locator(`gov-report [data-tab="${tab}"]`).click();
        if (tab === 'text') {
          // Focus a mark so the tooltip is part of the check.
          await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('gov-report').shadowRoot.querySelector('mark.q')).focus());
        }
        const violations = await page.evaluate(async () => {
          const res = await /** @type {any} */ (window).axe.run(document, {
            resultTypes: ['violations'],
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          });
          return res.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
            count: v.nodes.length,
          }));
        });
        for (const v of violations) report.push({ tab, ...v });
      }
      fs.writeFileSync(artifact(`axe-${view}-${size}-${lang}.json`), JSON.stringify(report, null, 2));
      assert.deepEqual(report, [], 'no axe violations');
      await context.close();
    });
  }
}
