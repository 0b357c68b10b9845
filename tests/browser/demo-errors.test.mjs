// The demo page's errors, in the page's language: every code the engine,
// the JavaScript API, the element and the page's own file readers can give
// has a message in both languages (checked against the sources); in the
// browser, a file over the limit is refused at once with the limit stated, a
// damaged .docx or PDF is named as such, the previous report is said to be
// still shown, and addresses naming an unknown sample or another site say so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, waitForReport, browserTestsCanRun, ROOT } from './helpers.mjs';
import { ERRORS, errorMessage, FILE_LIMITS } from '../../www/errors.js';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Every error code the sources can give the page. */
function allCodes() {
  const codes = new Set();
  const err = fs.readFileSync(path.join(ROOT, 'src', 'error.rs'), 'utf8');
  const body = err.slice(err.indexOf('pub fn code'));
  for (const m of body.slice(0, body.indexOf('\n    }\n')).matchAll(/=>\s*"([a-z0-9-]+)"/g)) codes.add(m[1]);
  for (const f of fs.readdirSync(path.join(ROOT, 'js')).filter((f) => f.endsWith('.js'))) {
    for (const m of fs.readFileSync(path.join(ROOT, 'js', f), 'utf8').matchAll(/GovReportError\(\s*'([a-z0-9-]+)'/g)) codes.add(m[1]);
  }
  for (const f of ['gov-report.js', 'load.js']) {
    const el = fs.readFileSync(path.join(ROOT, 'js', 'element', f), 'utf8');
    for (const m of el.matchAll(/(?:code: |codedError\()'([a-z0-9-]+)'/g)) codes.add(m[1]);
  }
  const demo = fs.readFileSync(path.join(ROOT, 'www', 'demo.js'), 'utf8');
  for (const m of demo.matchAll(/fileError\(\s*'([a-z0-9-]+)'/g)) codes.add(m[1]);
  for (const m of demo.matchAll(/(?:return|code =|\? )\s*'([a-z]+-[a-z0-9-]+)'/g)) codes.add(m[1]);
  return codes;
}

test('every error code has a message in Chinese and in English (www/errors.js)', () => {
  const codes = allCodes();
  for (const c of ['input-too-large', 'not-text', 'wasm-load-failed', 'fetch-failed', 'unsafe-url', 'malformed-url', 'file-too-large', 'docx-invalid', 'pdf-password', 'unknown-sample', 'other-site']) {
    assert.ok(codes.has(c), `the scan finds ${c}`);
  }
  const ctx = { name: 'a.txt', size: 31457280, limit: FILE_LIMITS.text, slug: 'x-2024', url: 'https://example.org/r.txt' };
  for (const c of codes) {
    assert.ok(Object.hasOwn(ERRORS.zh, c), `${c}: Chinese`);
    assert.ok(Object.hasOwn(ERRORS.en, c), `${c}: English`);
    assert.ok(CJK.test(ERRORS.zh[c](ctx)), `${c}: the Chinese message is Chinese`);
    assert.ok(!CJK.test(ERRORS.en[c](ctx)), `${c}: the English message has no Chinese`);
  }
  assert.deepEqual(Object.keys(ERRORS.zh).sort(), Object.keys(ERRORS.en).sort(), 'the same codes in both');
  assert.match(errorMessage('file-too-large', 'en', ctx), /30 MB.*20 MB limit/);
  assert.match(errorMessage('file-too-large', 'zh', ctx), /30 MB.*20 MB 的上限/);
  assert.match(errorMessage('input-too-large', 'zh', ctx), /20 MB/);
  assert.equal(errorMessage('__proto__', 'en', ctx), errorMessage('error', 'en', ctx));
});

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

async function openDemo(query = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/${query}`);
  return { context, page };
}

/** Drops a file made in the page; resolves with the status line once it is no longer "reading". */
async function drop(page, kind) {
  return page.evaluate(async (k) => {
    const files = {
      huge: () => new File([new Uint8Array(30 * 1024 * 1024)], 'huge.txt', { type: 'text/plain' }),
      docx: () => new File([new TextEncoder().encode('PK\u0003\u0004 this is not a zip archive at all')], 'fake.docx'),
      pdf: () => new File([new TextEncoder().encode('%PDF-1.7\nnot really a pdf\n%%EOF')], 'broken.pdf', { type: 'application/pdf' }),
      bin: () => new File([new Uint8Array([1, 2, 3])], 'data.bin', { type: 'application/octet-stream' }),
    };
    const status = document.getElementById('status');
    const t0 = performance.now();
    const dt = new DataTransfer();
    dt.items.add(files[k]());
    document.documentElement.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    const reading = status.textContent;
    for (let i = 0; i < 300 && (status.textContent === reading || /正在|Reading|Extracting/.test(status.textContent)); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return { status: status.textContent, ms: performance.now() - t0, state: document.querySelector('gov-report').shadowRoot.querySelector('.root').dataset.state };
  }, kind);
}

for (const lang of ['zh', 'en']) {
  test(`files that cannot be read: refused in the page's language, the previous report still shown (${lang})`, { skip }, async () => {
    const { context, page } = await openDemo(`?lang=${lang}`);
    assert.equal(await waitForReport(page), 'ready');
    const huge = await drop(page, 'huge');
    assert.ok(huge.ms < 2000, `refused in ${Math.round(huge.ms)} ms`);
    assert.match(huge.status, lang === 'en' ? /huge\.txt is 30 MB, more than the 20 MB limit/ : /huge\.txt 有 30 MB，超过了这类文件 20 MB 的上限/);
    assert.match(huge.status, lang === 'en' ? /still the previous one/ : /仍是之前的报告/);
    assert.equal(huge.state, 'ready', 'the previous report is still there, as the message says');
    for (const [kind, re] of [
      ['docx', lang === 'en' ? /fake\.docx is not a valid Word/ : /fake\.docx 不是有效的 Word/],
      ['pdf', lang === 'en' ? /broken\.pdf is not a valid PDF/ : /broken\.pdf 不是有效的 PDF/],
      ['bin', lang === 'en' ? /Unsupported file type: data\.bin/ : /不支持的文件类型：data\.bin/],
    ]) {
      const got = await drop(page, kind);
      assert.match(got.status, re, kind);
      if (lang === 'en') assert.ok(!CJK.test(got.status), `${kind}: no Chinese in English (${got.status})`);
      else assert.ok(!/not found|zip|Invalid PDF/i.test(got.status), `${kind}: no English reader message (${got.status})`);
    }
    await context.close();
  });
}

test('an address naming a sample that is not bundled says so', { skip }, async () => {
  for (const [lang, re] of [
    ['zh', /没有名为 “guangdong-2031” 的示例报告/],
    ['en', /no sample report called “guangdong-2031”/],
  ]) {
    const { context, page } = await openDemo(`?report=guangdong-2031&lang=${lang}`);
    assert.equal(await waitForReport(page), 'error');
    await page.waitForFunction((r) => new RegExp(r).test(document.getElementById('status').textContent), re.source);
    await context.close();
  }
});

test('an address naming a report on another site says that the page reads its own site only', { skip }, async () => {
  const { context, page } = await openDemo('?src=https://example.invalid/report.txt&lang=en');
  assert.equal(await waitForReport(page), 'error');
  await page.waitForFunction(() => /reads reports from its own site only/.test(document.getElementById('status').textContent));
  await context.close();
});
