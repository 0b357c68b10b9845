// A real PDF: a corpus report typeset in Chromium with a common CJK font
// (Debian's Noto Sans CJK, installed by scripts/setup.mjs) and printed with
// page.pdf(), then dropped on the demo page, whose pdf.js path extracts the
// text. pdf.js gives many Kangxi radicals / radical supplement forms for such
// a PDF (`⼈⺠` for `人民`: the font's glyphs are shared); the engine's
// normalise step maps them back, so the PDF reads like the .txt: the same
// region, targets and cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, watchErrors, waitForReport, browserTestsCanRun, corpus, artifact, ROOT } from './helpers.mjs';
import { NOTO_CJK } from '../../scripts/setup.mjs';

const missing = browserTestsCanRun();
if (!fs.existsSync(path.join(ROOT, 'node_modules', 'pdfjs-dist', 'build', 'pdf.min.mjs'))) missing.push('node_modules/pdfjs-dist');
if (!fs.existsSync(NOTO_CJK)) missing.push(`${NOTO_CJK} (Debian fonts-noto-cjk: node scripts/setup.mjs)`);
const skip = missing.length ? `missing: ${missing.join(', ')}` : false;

const SLUG = 'sichuan-2025';

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

/** What the test compares: meta, targets, headline cards. Runs in the page. */
function summary() {
  const el = /** @type {any} */ (document.querySelector('gov-report'));
  const r = el.report;
  return {
    region: r.meta.region,
    level: r.meta.level,
    reviewYear: r.meta.reviewYear,
    planYear: r.meta.planYear,
    targets: r.targets.map((t) => `${t.metricId}:${t.value}`),
    headline: r.headline.map((h) => h.metricId),
    cards: el.shadowRoot.querySelectorAll('.card').length,
    quantities: r.quantities.length,
    warnings: r.warnings.map((w) => w.code),
    text: el.text,
  };
}

/** The report typeset as paragraphs in Noto Sans CJK, printed to an A4 PDF by Chromium. */
async function printPdf(text) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l.trim())}</p>`)
    .join('\n');
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>' +
      'body { font-family: "Noto Sans CJK SC"; font-size: 12pt; line-height: 1.6; }' +
      'p { margin: 0 0 .4em; text-indent: 2em; }</style>' +
      body,
  );
  const fontUsed = await page.evaluate(() => document.fonts.check('12pt "Noto Sans CJK SC"', '人民'));
  const pdf = await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
  await page.close();
  return { pdf, fontUsed };
}

test('a report printed to PDF with Noto CJK reads like its .txt (radicals mapped back)', { skip }, async () => {
  // The .txt, through the demo's sample path.
  const txtPage = await browser.newPage();
  await txtPage.goto(`${server.url}/?report=${SLUG}`);
  assert.equal(await waitForReport(txtPage), 'ready');
  const txt = await txtPage.evaluate(summary);
  await txtPage.close();
  assert.ok(txt.region && txt.targets.length > 0 && txt.cards > 0, `the .txt has a region, targets and cards: ${JSON.stringify(txt).slice(0, 200)}`);

  const { pdf, fontUsed } = await printPdf(corpus(`${SLUG}.txt`));
  assert.ok(fontUsed, 'Chromium typesets with Noto Sans CJK SC');
  fs.writeFileSync(artifact(`${SLUG}.noto.pdf`), pdf);
  assert.ok(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'a PDF');

  // The PDF, dropped on the demo page.
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/`);
  assert.equal(await waitForReport(page), 'ready');
  const outcome = await page.evaluate(async (b64) => {
    const el = /** @type {any} */ (document.querySelector('gov-report'));
    const done = new Promise((resolve) => {
      el.addEventListener('gov-report-ready', () => resolve(true), { once: true });
      el.addEventListener('gov-report-error', (e) => resolve(e.detail), { once: true });
    });
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'report.pdf', { type: 'application/pdf' }));
    document.documentElement.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    return done;
  }, pdf.toString('base64'));
  assert.equal(outcome, true, `the PDF is read: ${JSON.stringify(outcome)}`);
  const got = await page.evaluate(summary);
  fs.writeFileSync(artifact(`${SLUG}.from-noto-pdf.txt`), got.text);

  // What pdf.js extracted: the radical forms the issue describes.
  const radicals = [...got.text].filter((c) => {
    const x = /** @type {number} */ (c.codePointAt(0));
    return (x >= 0x2e80 && x <= 0x2fdf) || (x >= 0xf900 && x <= 0xfaff) || (x >= 0x2f800 && x <= 0x2fa1f);
  }).length;
  console.log(`# PDF (${(pdf.length / 1024).toFixed(0)} KB): ${radicals} radical/compatibility characters in the extracted text; ${got.quantities} figures (txt ${txt.quantities}), ${got.targets.length} targets, ${got.cards} cards`);
  if (radicals > 0) {
    assert.ok(got.warnings.includes('mapped-compatibility-ideographs'), 'the engine says it mapped them');
  }
  assert.equal(got.region, txt.region, 'the same region');
  assert.equal(got.level, txt.level);
  assert.equal(got.reviewYear, txt.reviewYear);
  assert.equal(got.planYear, txt.planYear);
  assert.deepEqual(got.targets, txt.targets, 'the same targets');
  assert.deepEqual(got.headline, txt.headline, 'the same headline rows');
  assert.equal(got.cards, txt.cards, 'the same cards');
  assert.deepEqual(errors, []);
  await page.close();
});
