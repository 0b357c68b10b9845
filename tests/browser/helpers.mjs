// Shared set-up of the browser tests: Debian's Chromium driven by
// playwright-core, and the local static server.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, ROOT } from './server.mjs';

export { startServer, ROOT };

/** Where screenshots and other outputs go (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** The Chromium to drive: $CHROMIUM, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Launches headless Chromium (the project's one launcher, scripts/chromium.mjs). */
export async function launch() {
  const { launchChromium } = await import('../../scripts/chromium.mjs');
  return launchChromium({ executablePath: CHROMIUM });
}

/** Whether the pieces the browser tests need are present. */
export function browserTestsCanRun() {
  const missing = [];
  try {
    createRequire(import.meta.url).resolve('playwright-core');
  } catch {
    missing.push('playwright-core (npm install)');
  }
  if (!fs.existsSync(CHROMIUM)) missing.push(CHROMIUM);
  if (!fs.existsSync(path.join(ROOT, 'pkg', 'govreport_bg.wasm'))) missing.push('pkg/govreport_bg.wasm (run the build)');
  if (!fs.existsSync(path.join(ROOT, 'js', 'index.js'))) missing.push('js/index.js');
  return missing;
}

/**
 * Collects console errors and page errors of a page.
 * @param {import('playwright-core').Page} page
 */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Waits until the <gov-report> matched by `selector` has rendered (state
 * ready) or failed, and returns which.
 * @param {import('playwright-core').Page} page
 */
export async function waitForReport(page, selector = 'gov-report', timeout = 30000) {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      const st = el && el.shadowRoot && el.shadowRoot.querySelector('.root');
      return st && (st.getAttribute('data-state') === 'ready' || st.getAttribute('data-state') === 'error');
    },
    selector,
    { timeout },
  );
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el?.shadowRoot?.querySelector('.root')?.getAttribute('data-state');
  }, selector);
}

/** Reads a corpus file. */
export function corpus(name) {
  return fs.readFileSync(path.join(ROOT, 'tests', 'corpus', name), 'utf8');
}

/** Makes the artifacts folder and returns a path in it. */
export function artifact(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
