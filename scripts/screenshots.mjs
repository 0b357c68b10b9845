// Regenerates the screenshots of the headline cards in docs/: each report in
// Chinese and English, at desktop width (1,280 px) and on a phone (390 px).
// Uses playwright-core with Debian's Chromium (scripts/chromium.mjs) and the
// test server (tests/browser/server.mjs); needs `npm run build` first.
//
//   node scripts/screenshots.mjs                 # the default reports
//   node scripts/screenshots.mjs hubei-2025 …    # others (tests/corpus slugs)
//   OUT=/tmp/shots node scripts/screenshots.mjs  # another folder

import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { startServer, ROOT } from '../tests/browser/server.mjs';

const slugs = process.argv.slice(2).filter((a) => /^[a-z0-9-]+$/.test(a));
const REPORTS = slugs.length ? slugs : ['hubei-2025', 'national-2010'];
const OUT = process.env.OUT || path.join(ROOT, 'docs');
const SIZES = [
  ['desktop', 1280, 900],
  ['phone', 390, 844],
];

if (!fs.existsSync(path.join(ROOT, 'pkg', 'govreport_bg.wasm'))) {
  console.error('pkg/govreport_bg.wasm is missing: run `npm run build` first');
  process.exit(1);
}
fs.mkdirSync(OUT, { recursive: true });
const server = await startServer();
const browser = await launchChromium();
const written = [];
try {
  for (const slug of REPORTS) {
    for (const lang of ['zh', 'en']) {
      for (const [size, width, height] of SIZES) {
        const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${server.url}/?report=${slug}&lang=${lang}`);
        await page.waitForFunction(
          () => document.querySelector('gov-report')?.shadowRoot?.querySelector('.root')?.getAttribute('data-state') === 'ready',
          null,
          { timeout: 60000 },
        );
        // The comparison (when there is a previous report) is added after the first render.
        await page.waitForTimeout(800);
        const cards = page.locator('gov-report').locator('.headline');
        const file = path.join(OUT, `cards-${slug}-${lang}-${size}.png`);
        await cards.screenshot({ path: file });
        written.push(path.relative(ROOT, file));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(written.join('\n'));
