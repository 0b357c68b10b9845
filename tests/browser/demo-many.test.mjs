// The demo's "many reports" mode: a bundled set from its address
// (?set=…), dropped files made in the test (UTF-8, GBK, .docx), the progress
// indicator, the table; and the time from files dropped to table shown for
// all the tests/corpus reports (reported, not asserted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, browserTestsCanRun, ROOT, artifact } from './helpers.mjs';
import { makeDocx, makePdf } from './make-files.mjs';

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

/** Waits for the panel to be ready and returns what the page shows. */
async function shown(page) {
  await page.waitForFunction(() => window.__manyTiming, null, { timeout: 60000 });
  return page.evaluate(() => {
    const el = document.getElementById('panel');
    return {
      timing: window.__manyTiming,
      rows: el.rows.length,
      trs: el.shadowRoot.querySelectorAll('table.ptable tbody tr').length,
      regions: [...new Set(el.panel.rows.map((r) => r.region))],
      verdicts: el.panel.rows.map((r) => r.verdict),
      progress: document.getElementById('many-count').textContent,
      progressShown: !document.getElementById('many-progress').hidden,
      status: document.getElementById('many-status').textContent,
      url: location.href,
      link: document.getElementById('many-link').getAttribute('href'),
      oneHidden: document.getElementById('one').hidden,
    };
  });
}

test('a bundled set from the address: ?set=series-national', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  const seen = [];
  await page.exposeFunction('__progressSeen', (s) => seen.push(s));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const n = document.getElementById('many-count');
      if (n && n.textContent) window.__progressSeen(n.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${server.url}/?set=series-national&lang=zh`);
  const s = await shown(page);
  const national = fs.readFileSync(path.join(ROOT, 'tests', 'corpus', 'MANIFEST.tsv'), 'utf8').split('\n').filter((l) => l.startsWith('national-')).length;
  assert.equal(s.timing.reports, national);
  assert.deepEqual(s.regions, ['全国']);
  assert.ok(s.verdicts.includes('met'));
  assert.equal(s.trs, s.rows);
  assert.ok(s.oneHidden);
  assert.ok(s.progressShown);
  assert.equal(s.progress, `已读取 ${national} / ${national} 份`);
  assert.ok(seen.some((x) => /已读取 [1-9]\d* \/ /.test(x) && !x.startsWith(`已读取 ${national} `)), `intermediate progress: ${seen.join(' | ')}`);
  assert.match(s.url, /[?&]set=series-national/);
  assert.match(s.link, /[?&]set=series-national/);
  // Another set from the list; then back to one report.
  await page.selectOption('#set', 'provinces-2024');
  await page.waitForFunction(() => window.__manyTiming && window.__manyTiming.reports > 1 && new URL(location.href).searchParams.get('set') === 'provinces-2024' && document.getElementById('panel').panel.rows.some((r) => r.region !== '全国'));
  await page.click('[data-mode="one"]');
  assert.ok(!/set=/.test(page.url()));
  assert.deepEqual(errors, []);
  await page.close();
});

/** GBK bytes of a text (the table of files.test.mjs: every two-byte GBK character). */
function gbk(text) {
  const dec = new TextDecoder('gbk');
  const table = new Map();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const bytes = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) bytes.push(c);
    else bytes.push(...(table.get(ch) || [0x3f]));
  }
  return Buffer.from(bytes);
}

test('dropped files made in the test (.docx, GBK .txt, .pdf, and one to skip): progress and table, 390 px', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/?mode=many`);
  await page.waitForFunction(() => document.body.dataset.mode === 'many');
  const read = (s) => fs.readFileSync(path.join(ROOT, 'tests', 'corpus', `${s}.txt`), 'utf8');
  const files = [
    ['national-2007.docx', makeDocx(read('national-2007')), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['national-2008-gbk.txt', gbk(read('national-2008')), 'text/plain'],
    ['national-2009.pdf', makePdf(read('national-2009')), 'application/pdf'],
    ['notes.csv', Buffer.from('a,b\n1,2\n'), 'text/csv'],
  ].map(([name, bytes, type]) => [name, Buffer.from(bytes).toString('base64'), type]);
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [name, b64, type] of list) dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type }));
    window.__dropped = dt;
  }, files);
  await page.dispatchEvent('#many-drop', 'drop', { dataTransfer: await page.evaluateHandle(() => window.__dropped) });
  const s = await shown(page);
  assert.equal(s.timing.files, 4, 'the .csv is listed, not dropped');
  assert.equal(s.timing.reports, 3);
  assert.equal(s.timing.failed, 1);
  const failed = await page.evaluate(() => [...document.querySelectorAll('#many-failed li')].map((li) => li.textContent));
  assert.deepEqual(failed, ['notes.csv：跳过：.csv 文件不是报告']);
  const rows = await page.evaluate(() => document.getElementById('panel').panel.rows.map((r) => `${r.year}|${r.metricId}|${r.kind}|${r.verdict}|${r.targetFile}|${r.actualFile}`));
  assert.ok(rows.includes('2008|gdp|growth|met|national-2007.docx|national-2008-gbk.txt'), rows.join('\n'));
  // The PDF was read: its plan year's targets are there (cited by its file name).
  assert.ok(rows.some((r) => r.startsWith('2010|gdp|growth|') && r.includes('|national-2009.pdf|')), rows.join('\n'));
  assert.equal(s.progress, '已读取 4 / 4 份');
  assert.ok(s.trs > 0);
  assert.match(s.url, /mode=many/);
  const fits = await page.evaluate(() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth + 1);
  assert.ok(fits, 'no horizontal overflow at 390 px');
  assert.deepEqual(errors, []);
  await page.close();
});

test('all tests/corpus reports dropped: time from drop to table shown (reported)', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/?mode=many`);
  await page.waitForFunction(() => document.body.dataset.mode === 'many');
  const dir = path.join(ROOT, 'tests', 'corpus');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const payload = files.map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]);
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [name, b64] of list) dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'text/plain' }));
    window.__dropped = dt;
  }, payload);
  // Warm the engine first (a page that has loaded it), so the figure is reading + parsing + panel + render.
  await page.evaluate(() => import('/js/index.js').then((m) => m.init()));
  await page.dispatchEvent('#many-drop', 'drop', { dataTransfer: await page.evaluateHandle(() => window.__dropped) });
  const s = await shown(page);
  assert.equal(s.timing.reports, files.length);
  assert.equal(s.trs, s.rows);
  const figure = { files: files.length, ms: Math.round(s.timing.ms), readAndParseMs: Math.round(s.timing.readMs), rows: s.timing.rows };
  fs.writeFileSync(artifact('demo-many-timing.json'), JSON.stringify(figure, null, 2));
  console.log(`# ${files.length} reports dropped → table shown: ${figure.ms} ms (read + parse ${figure.readAndParseMs} ms), ${figure.rows} rows`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('one report mode: a sample with last year’s sample is shown against it (previous-src)', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/?report=national-2009`);
  await page.waitForFunction(() => document.getElementById('report').comparison, null, { timeout: 30000 });
  const s = await page.evaluate(() => {
    const el = document.getElementById('report');
    return {
      prev: el.getAttribute('previous-src'),
      results: el.comparison.results.map((r) => `${r.metricId}|${r.kind}|${r.verdict}`),
      embed: document.getElementById('embed').textContent,
    };
  });
  assert.equal(s.prev, '/tests/corpus/national-2008.txt');
  assert.ok(s.results.includes('gdp|growth|met'), s.results.join());
  assert.match(s.embed, /previous-src="http:\/\/[^"]+national-2008\.txt"/);
  assert.deepEqual(errors, []);
  await page.close();
});
