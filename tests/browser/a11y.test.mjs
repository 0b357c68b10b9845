// Accessibility: axe-core (injected into the page) finds no serious or
// critical violation in any view of the demo, on desktop and phone sizes,
// in Chinese and English.
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

for (const [size, opts] of Object.entries(sizes)) {
  for (const lang of ['zh', 'en']) {
    test(`axe: no serious or critical violations (${size}, ${lang})`, { skip }, async () => {
      // bypassCSP lets the axe source be injected inline into the demo page.
      const context = await browser.newContext({ ...opts, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${server.url}/?lang=${lang}`);
      assert.equal(await waitForReport(page), 'ready');
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
      fs.writeFileSync(artifact(`axe-${size}-${lang}.json`), JSON.stringify(report, null, 2));
      const bad = report.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, [], 'no serious or critical axe violations');
      await context.close();
    });
  }
}
