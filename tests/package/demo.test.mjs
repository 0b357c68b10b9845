// The demo that `npm start` serves: the page loads the engine and the sample
// report through the package, with no error in the console. (Checks only
// what any version of www/ must do, so the page can change freely.)

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchChromium, openPage } from '../../scripts/chromium.mjs';
import { serveDemo } from '../../scripts/start.mjs';

test('the demo page loads the sample report and the engine without errors', async () => {
  const server = await serveDemo({ port: 0 });
  const browser = await launchChromium();
  try {
    const { page, errors } = await openPage(browser);
    /** @type {Map<string, number>} */
    const responses = new Map();
    page.on('response', (r) => responses.set(new URL(r.url()).pathname, r.status()));
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    assert.equal(responses.get('/tests/corpus/dongxihu-2024.txt'), 200, 'sample report fetched');
    const wasm = [...responses].filter(([path]) => path.endsWith('.wasm'));
    assert.ok(wasm.length > 0 && wasm.every(([, status]) => status === 200), 'engine fetched');
    assert.deepEqual(errors, []);
    const text = await page.textContent('body');
    assert.ok((text ?? '').trim().length > 0);
  } finally {
    await browser.close();
    await server.close();
  }
});
