// The demo's many-reports mode with a province's folder of city reports
// (issue 16 item 4, issue 18): hundreds of files with progress; each file
// not read named with a reason in the page's language (a .bin, a fake
// .docx, an empty file, a .md — never a raw code, `、` only in Chinese); the
// files whose text contradicts their name with both values; the panel (small
// multiples, default filter); no sideways scroll; axe finds no violation of
// the many-reports view. At 1,280 and 390 px, in Chinese and English. The
// city reports come from ../shared/corpus/cities (300 for one run, 80 for the
// others), dropped as File objects built in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, browserTestsCanRun, ROOT, artifact } from './helpers.mjs';

const CITIES = path.join(ROOT, '..', 'shared', 'corpus', 'cities');
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const missing = browserTestsCanRun();
if (!fs.existsSync(CITIES)) missing.push(CITIES);
if (!fs.existsSync(AXE)) missing.push('node_modules/axe-core');
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;
const FILES = skip ? [] : fs.readdirSync(CITIES).filter((f) => /^\d{4}_.+\.txt$/.test(f)).sort().slice(-300);

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  if (skip) return;
  /** @type {Record<string, any>} */
  const r = {};
  FILES.forEach((f, i) => {
    r[`/cities/${i}.txt`] = { body: fs.readFileSync(path.join(CITIES, f)), type: 'text/plain' };
  });
  server = await startServer({ routes: r });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Drops n city files (in a folder of the province's name) and the bad files; waits for the table. */
async function drop(page, n) {
  await page.evaluate(
    async ({ names, n }) => {
      const dt = new DataTransfer();
      const picked = names.slice(-n);
      const offset = names.length - n;
      for (let i = 0; i < picked.length; i++) {
        const bytes = await (await fetch(`/cities/${offset + i}.txt`)).arrayBuffer();
        dt.items.add(new File([bytes], picked[i], { type: 'text/plain' }));
      }
      // A file holding another year's report: the last file's text under a name of 1999.
      const last = await (await fetch(`/cities/${names.length - 1}.txt`)).arrayBuffer();
      const claimed = picked[picked.length - 1].replace(/^\d{4}/, '1999');
      dt.items.add(new File([last], claimed, { type: 'text/plain' }));
      dt.items.add(new File([new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 9, 0])], 'data.bin'));
      dt.items.add(new File([new TextEncoder().encode('PK not really a zip')], 'fake.docx'));
      dt.items.add(new File([new Uint8Array(0)], 'empty.txt', { type: 'text/plain' }));
      dt.items.add(new File([new TextEncoder().encode('# notes')], 'README.md', { type: 'text/markdown' }));
      window.__dropped = dt;
      window.__claimed = claimed;
    },
    { names: FILES, n },
  );
  await page.dispatchEvent('#many-drop', 'drop', { dataTransfer: await page.evaluateHandle(() => window.__dropped) });
  await page.waitForFunction(() => window.__manyTiming, null, { timeout: 120000 });
}

function shown(page) {
  return page.evaluate(() => {
    const el = document.getElementById('panel');
    return {
      timing: window.__manyTiming,
      progress: document.getElementById('many-count').textContent,
      status: document.getElementById('many-status').textContent,
      failed: [...document.querySelectorAll('#many-failed li')].map((li) => li.textContent),
      failedTitle: document.querySelector('#many-failed summary')?.textContent,
      mismatches: [...document.querySelectorAll('#many-mismatch tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
      claimed: window.__claimed,
      chart: el.shadowRoot.querySelector('.pchart')?.dataset.chart,
      rows: el.rows.length,
      all: el.panel.rows.length,
      overflow: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth,
    };
  });
}

const RAW = /\b(not-text|empty-input|undecodable|input-too-large|fetch-failed|engine-failed|word\/document\.xml)\b/;

for (const [lang, width, n] of [['zh', 1280, 300], ['en', 1280, 80], ['zh', 390, 80], ['en', 390, 80]]) {
  test(`a folder of ${n} city reports and bad files, ${lang}, ${width} px`, { skip }, async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const seen = [];
    await page.exposeFunction('__progressSeen', (s) => seen.push(s));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const c = document.getElementById('many-count');
        if (c && c.textContent) window.__progressSeen(c.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${server.url}/?mode=many&lang=${lang}`);
    await page.waitForFunction(() => document.body.dataset.mode === 'many');
    await drop(page, n);
    const s = await shown(page);
    const total = n + 5;
    assert.equal(s.timing.files, total);
    assert.equal(s.timing.reports, n + 1);
    assert.equal(s.progress, lang === 'en' ? `${total} / ${total} read` : `已读取 ${total} / ${total} 份`);
    assert.ok(seen.length > 2, `progress seen ${seen.length} times`);
    // Each file not read, named with a reason in the page's language.
    assert.equal(s.failed.length, 4, s.failed.join('\n'));
    for (const name of ['data.bin', 'fake.docx', 'empty.txt', 'README.md']) assert.ok(s.failed.some((f) => f.startsWith(name)), `${name}: ${s.failed.join(' | ')}`);
    for (const f of s.failed) {
      assert.doesNotMatch(f, RAW, f);
      if (lang === 'en') assert.doesNotMatch(f.replace(/^[^:]+:/, ''), /[\u3400-\u9fff、]/, f);
      else assert.match(f, /[\u3400-\u9fff]/, f);
    }
    assert.doesNotMatch(s.status, lang === 'en' ? /、/ : /^$/, s.status);
    // The mislabelled file: its name's year against the text's, both shown.
    const mine = s.mismatches.find((m) => m[0] === s.claimed);
    assert.ok(mine, JSON.stringify(s.mismatches));
    assert.equal(mine[2], '1999');
    assert.match(mine[3], /^20\d\d$/);
    // The panel: default filter, small multiples over the years.
    assert.ok(s.rows < s.all);
    assert.equal(s.chart, 'multiples');
    assert.ok(s.overflow <= 0, `sideways scroll ${s.overflow}`);
    // axe over the many-reports view (its problem lists and the panel).
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const res = await window.axe.run(document.getElementById('many'), {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((x) => x.target.join(' ')), count: v.nodes.length }));
    });
    fs.writeFileSync(artifact(`axe-many-${lang}-${width}.json`), JSON.stringify(violations, null, 2));
    assert.deepEqual(violations, []);
    await page.screenshot({ path: artifact(`many-${lang}-${width}.png`), fullPage: false });
    if (n === 300) console.log(`# ${total} files dropped → table: ${Math.round(s.timing.ms)} ms (read + parse ${Math.round(s.timing.readMs)} ms), ${s.timing.rows} rows, ${s.mismatches.length} contradictions`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
