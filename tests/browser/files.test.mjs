// Files dropped on the demo page: a PDF made from the sample (text extracted
// by pdf.js, loaded lazily, worker and CMaps served locally), a .docx, and a
// GBK .txt. Each must render the sample's figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun, corpus, artifact, ROOT } from './helpers.mjs';
import { makePdf, makeDocx } from './make-files.mjs';

const missing = browserTestsCanRun();
if (!fs.existsSync(path.join(ROOT, 'node_modules', 'pdfjs-dist', 'build', 'pdf.min.mjs'))) missing.push('node_modules/pdfjs-dist');
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

const sample = corpus('dongxihu-2024.txt');

/** @type {import('playwright-core').Browser} */ let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
/** The sample's report as the engine reads the original text. */
let original;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await waitForReport(page);
  original = await page.evaluate(() => {
    const r = /** @type {any} */ (document.querySelector('gov-report')).report;
    return {
      quantities: r.quantities.map((q) => q.text.replace(/\s+/g, '')),
      targets: r.targets.map((t) => `${t.metricId}:${t.value}`),
    };
  });
  await page.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the demo, drops a file on it and waits for the new report.
 * @param {Buffer} bytes @param {string} name @param {string} type
 */
async function drop(bytes, name, type) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/`);
  assert.equal(await waitForReport(page), 'ready');
  const pdfjsBefore = requests.filter((p) => p.includes('pdfjs-dist')).length;
  const result = await page.evaluate(
    async ({ b64, name, type }) => {
      const el = /** @type {any} */ (document.querySelector('gov-report'));
      const done = new Promise((resolve) => {
        el.addEventListener('gov-report-ready', (e) => resolve({ ok: true, r: e.detail }), { once: true });
        el.addEventListener('gov-report-error', (e) => resolve({ ok: false, r: e.detail }), { once: true });
      });
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      document.documentElement.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.documentElement.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      const { ok, r } = await done;
      if (!ok) return { ok, error: r };
      return {
        ok,
        quantities: r.quantities.map((q) => q.text.replace(/\s+/g, '')),
        targets: r.targets.map((t) => `${t.metricId}:${t.value}`),
        marks: el.shadowRoot.querySelectorAll('mark[data-quantity-id]').length,
        status: document.getElementById('status').textContent,
        text: el.text,
      };
    },
    { b64: bytes.toString('base64'), name, type },
  );
  return { page, errors, requests, pdfjsBefore, result };
}

/** Share of `want` found in `got` (as a multiset). */
function overlap(got, want) {
  const pool = new Map();
  for (const g of got) pool.set(g, (pool.get(g) || 0) + 1);
  let hit = 0;
  for (const w of want) {
    const n = pool.get(w) || 0;
    if (n > 0) {
      hit++;
      pool.set(w, n - 1);
    }
  }
  return hit / Math.max(1, want.length);
}

test('a PDF made from the sample, dropped on the demo, renders its figures', { skip }, async () => {
  const pdf = makePdf(sample);
  fs.writeFileSync(artifact('dongxihu-2024.pdf'), pdf);
  const { page, errors, requests, pdfjsBefore, result } = await drop(pdf, 'dongxihu-2024.pdf', 'application/pdf');
  assert.equal(pdfjsBefore, 0, 'pdf.js is not loaded before a PDF arrives');
  assert.ok(result.ok, JSON.stringify(result.error));
  fs.writeFileSync(artifact('dongxihu-2024.from-pdf.txt'), result.text);
  assert.ok(requests.includes('/node_modules/pdfjs-dist/build/pdf.min.mjs'), 'pdf.js from node_modules');
  assert.ok(requests.includes('/node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), 'its worker, served locally');
  assert.ok(requests.some((p) => p.startsWith('/node_modules/pdfjs-dist/cmaps/')), 'CMaps served locally');
  assert.match(result.status, /dongxihu-2024\.pdf/);
  assert.equal(result.marks, result.quantities.length);
  const share = overlap(result.quantities, original.quantities);
  console.log(`# PDF: ${result.quantities.length} figures (original text: ${original.quantities.length}), ${(share * 100).toFixed(1)}% of the original's found`);
  assert.ok(share >= 0.9, `the PDF gives ${(share * 100).toFixed(1)}% of the original's figures`);
  assert.deepEqual(result.targets, original.targets, 'the same targets');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a .docx dropped on the demo renders its figures', { skip }, async () => {
  const docx = makeDocx(sample);
  const { page, errors, result } = await drop(
    docx,
    'dongxihu-2024.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  assert.ok(result.ok, JSON.stringify(result.error));
  assert.equal(result.text, sample.replace(/\r\n/g, '\n'));
  assert.deepEqual(result.quantities, original.quantities);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a GBK .txt dropped on the demo reads like the UTF-8 original', { skip }, async () => {
  const dec = new TextDecoder('gbk');
  const table = new Map();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const bytes = [];
  for (const ch of sample) {
    const c = ch.codePointAt(0);
    if (c < 0x80) bytes.push(c);
    else bytes.push(...(table.get(ch) || [0x3f]));
  }
  const { page, errors, result } = await drop(Buffer.from(bytes), 'report-gbk.txt', 'text/plain');
  assert.ok(result.ok, JSON.stringify(result.error));
  assert.equal(result.text, sample);
  assert.deepEqual(result.quantities, original.quantities);
  assert.deepEqual(errors, []);
  await page.close();
});
