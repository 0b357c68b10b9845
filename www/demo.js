// The demo page: picks a report (sample, pasted text, or a dropped .txt /
// .pdf / .docx file) and shows it in <gov-report>. Everything runs in the
// browser; pdf.js is loaded only when a PDF arrives.

import { GovReportElement } from '/js/element/define.js';
import { decodeText } from '/js/element/decode.js';
import { checkedUrl } from '/js/element/load.js';
import { errorMessage, fileError, FILE_LIMITS } from './errors.js';

const PDFJS = '/node_modules/pdfjs-dist/build/pdf.min.mjs';
const PDFJS_WORKER = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';
const PDFJS_CMAPS = '/node_modules/pdfjs-dist/cmaps/';
const PDFJS_FONTS = '/node_modules/pdfjs-dist/standard_fonts/';
const CORPUS = '/tests/corpus/';

const L = {
  zh: {
    tagline: '政府工作报告解析',
    lede: '把一份政府工作报告读成结构化数据：目录、每一个数字（数值、单位、限定词）、所属指标、实绩还是目标。全部在浏览器里完成，文件不会上传。',
    inputTitle: '选择一份报告',
    sampleLabel: '示例报告',
    dropTitle: '拖入文件，或',
    pickFile: '选择文件',
    fileHint: '.txt（UTF-8 或 GBK）、.pdf、.docx',
    pasteTitle: '粘贴文本',
    pasteLabel: '报告全文',
    pastePlaceholder: '在此粘贴报告全文…',
    readPasted: '读取',
    fallback: '这里显示报告的结构化视图，需要 JavaScript 和 WebAssembly。',
    fallbackLink: '阅读报告原文',
    shareTitle: '分享与嵌入',
    permalinkTitle: '数字的永久链接',
    permalinkHint: '在报告里点一个数字，这里会给出指向它的链接。',
    embedTitle: '嵌入这个报告',
    copy: '复制',
    copied: '已复制',
    footer: 'govreport · Rust + WebAssembly · 元素 <gov-report> 无依赖，可嵌入任何页面。',
    reading: (name) => `正在读取 ${name}…`,
    readingPdf: (name, n, total) => `正在提取 PDF 文本：${name}（第 ${n}/${total} 页）`,
    ready: (n, name) => `${name}：读出 ${n} 个数字。`,
    stillShown: (name) => `下方仍是之前的报告${name ? `（${name}）` : ''}。`,
    previousLabel: '与上年报告对照',
    previousNone: '（不对照）',
    previousFile: '或选择上年报告文件',
    previousHint: '上年报告的目标与本报告的实绩对照，本年目标与上年目标相比。也可以把上年报告文件拖到这里。',
    previousFromFile: (name) => `正在与文件 ${name} 对照（文件没有网址，不进入数字链接和嵌入代码）。`,
    emptyPaste: '请先粘贴报告文本。',
    pasted: '粘贴的文本',
    figureLink: (q) => `数字 #${q.id}：${q.text}`,
    noLinkForText: '文件和粘贴的文本没有网址：数字链接只适用于示例报告或网上的报告。',
    embedInline: (kb) => `这段代码把报告全文放在 data: 网址里（${kb} KB），粘贴到任何网页都能用；要更短的代码，把文本放到网上，用 src="它的网址"。`,
    embedHosted: '粘贴到任何网页：元素、引擎和报告都从本站加载。',
    sampleName: (place, year) => `${place} · ${year + 1}年报告（回顾${year}年）`,
    sampleMark: '（示例）',
  },
  en: {
    tagline: 'reads government work reports',
    lede: 'Reads a Chinese government work report into structured data: the outline, every figure (value, unit, qualifier), what it measures, and whether it is a result or a target. It all runs in your browser; no file is uploaded.',
    inputTitle: 'Pick a report',
    sampleLabel: 'Sample report',
    dropTitle: 'Drop a file here, or',
    pickFile: 'Choose a file',
    fileHint: '.txt (UTF-8 or GBK), .pdf, .docx',
    pasteTitle: 'Paste text',
    pasteLabel: 'Report text',
    pastePlaceholder: 'Paste the full text of a report…',
    readPasted: 'Read',
    fallback: 'A structured view of the report appears here; it needs JavaScript and WebAssembly.',
    fallbackLink: 'Read the report text',
    shareTitle: 'Share and embed',
    permalinkTitle: 'Link to a figure',
    permalinkHint: 'Click a figure in the report to get a link to it here.',
    embedTitle: 'Embed this report',
    copy: 'Copy',
    copied: 'Copied',
    footer: 'govreport · Rust + WebAssembly · the <gov-report> element has no dependencies and embeds in any page.',
    reading: (name) => `Reading ${name}…`,
    readingPdf: (name, n, total) => `Extracting PDF text: ${name} (page ${n} of ${total})`,
    ready: (n, name) => `${name}: ${n} figures read.`,
    stillShown: (name) => `The report below is still the previous one${name ? ` (${name})` : ''}.`,
    previousLabel: 'Compare with last year’s report',
    previousNone: '(no comparison)',
    previousFile: 'or choose last year’s file',
    previousHint: 'Last year’s targets against this report’s results; this year’s targets against last year’s. You can also drop last year’s file here.',
    previousFromFile: (name) => `Comparing with the file ${name} (a file has no address: figure links and the embed snippet leave it out).`,
    emptyPaste: 'Paste the report text first.',
    pasted: 'Pasted text',
    figureLink: (q) => `Figure #${q.id}: ${q.text}`,
    noLinkForText: 'A file or pasted text has no address: figure links work for the sample reports and reports on the web.',
    embedInline: (kb) => `This snippet carries the whole text in a data: URL (${kb} KB) and works pasted into any page; for a shorter one, put the text online and use src="its URL".`,
    embedHosted: 'Paste it into any page: the element, the engine and the report load from this site.',
    sampleName: (place, year, slug) => `${englishPlace(slug, place)} · ${year + 1} report (reviewing ${year})`,
    sampleMark: ' (sample)',
  },
};

const $ = (sel) => /** @type {HTMLElement} */ (document.querySelector(sel));
const report = /** @type {GovReportElement} */ ($('#report'));
const statusEl = $('#status');
const SLUG = /^[a-z0-9-]+$/;
const DEFAULT_SAMPLE = 'dongxihu-2024';

// What the page shows, and what its address says: `?report=SLUG` (a bundled
// sample) or `?src=URL` (a report on the web), `&lang=zh|en`, `#q=ID` (a
// figure). A file or pasted text has no address.
const params = new URLSearchParams(location.search);
let lang = /^en/.test(params.get('lang') || '') ? 'en' : 'zh';
/**
 * The report shown.
 * @type {{kind: 'sample', slug: string, src: string, name: string}
 *   | {kind: 'src', src: string, name: string}
 *   | {kind: 'text', name: string}}
 */
let current = { kind: 'sample', slug: DEFAULT_SAMPLE, src: sampleSrc(DEFAULT_SAMPLE), name: '' };
/** A figure to show once the report with the given `src` is ready (from #q=ID). */
let pendingFigure = null;
/** The figure last selected (for the address). */
let selectedFigure = null;
/** The bundled samples, from the corpus manifest. */
let samples = /** @type {{slug: string, place: string, year: number}[]} */ ([]);

function t() {
  return L[lang];
}

function setStatus(msg) {
  statusEl.textContent = msg;
}

function sampleSrc(slug) {
  return `${CORPUS}${slug}.txt`;
}

function figureFromHash() {
  const m = /(?:^#|&)q=(\d+)/.exec(location.hash);
  return m ? Number(m[1]) : null;
}

/** An English name for a sample, from its slug (`henan-2024` → Henan). */
function englishPlace(slug, place) {
  const stem = slug.replace(/-\d{4}$/, '');
  if (stem === 'national') return 'State Council (national)';
  if (!/^[a-z]+$/.test(stem)) return place;
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** The address of the page as it is now: report, language and (optionally) a figure. */
function stateUrl(figure = selectedFigure) {
  const url = new URL(location.pathname, location.href);
  // The "many reports" mode (many.js) keeps its own parameters.
  for (const k of ['mode', 'set']) {
    const v = new URLSearchParams(location.search).get(k);
    if (v && document.body.dataset.mode !== 'one') url.searchParams.set(k, v);
  }
  if (current.kind === 'sample') url.searchParams.set('report', current.slug);
  else if (current.kind === 'src') url.searchParams.set('src', current.src);
  url.searchParams.set('lang', lang);
  if (figure != null && current.kind !== 'text') url.hash = `q=${figure}`;
  return url;
}

/** Keeps the address bar in step, so that a reload or a copied address shows the same. */
function syncUrl() {
  history.replaceState(null, '', stateUrl());
}

// ---- Language ---------------------------------------------------------------

function applyLang() {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  report.setAttribute('lang', lang === 'en' ? 'en' : 'zh');
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const v = t()[node.getAttribute('data-i18n')];
    if (typeof v === 'string') node.textContent = v;
  }
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
    const v = t()[node.getAttribute('data-i18n-placeholder')];
    if (typeof v === 'string') node.setAttribute('placeholder', v);
  }
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang));
  }
  labelSamples();
  syncPreviousControl();
  updatePermalink();
  updateEmbed();
}

for (const b of document.querySelectorAll('[data-lang]')) {
  b.addEventListener('click', () => {
    lang = b.getAttribute('data-lang') === 'en' ? 'en' : 'zh';
    applyLang();
    syncUrl();
  });
}

// ---- Samples ------------------------------------------------------------------

const sample = /** @type {HTMLSelectElement} */ ($('#sample'));

/** The label of a sample: the place, the year of the report and the year it reviews. */
function sampleLabel(e) {
  const label = t().sampleName(e.place, e.year, e.slug);
  return e.slug === DEFAULT_SAMPLE ? label + t().sampleMark : label;
}

function labelSamples() {
  for (const o of sample.options) {
    const e = samples.find((x) => x.slug === o.value);
    if (e) o.textContent = sampleLabel(e);
  }
  if (current.kind === 'sample') current.name = sample.selectedOptions[0]?.textContent || current.slug;
}

async function listCorpus() {
  try {
    const res = await fetch(CORPUS + 'MANIFEST.tsv');
    if (!res.ok) return;
    const rows = (await res.text()).trim().split(/\r?\n/).slice(1);
    // year_of_report is the year the report reviews; it was delivered the year after.
    samples = rows
      .map((line) => line.split('\t'))
      .filter((c) => SLUG.test(c[0] || '') && /^\d{4}$/.test(c[3] || ''))
      .map(([slug, place, , year]) => ({ slug, place, year: Number(year) }));
    sample.replaceChildren(
      ...samples.map((e) => {
        const o = document.createElement('option');
        o.value = e.slug;
        o.textContent = sampleLabel(e);
        return o;
      }),
    );
    syncSampleSelect();
    labelSamples();
    // Not while a figure from the address waits: the comparison redraws the views.
    if (pendingFigure == null) {
      syncPrevious();
      updateEmbed();
    } else syncPreviousControl();
  } catch {
    // The list is a convenience; the sample stays.
  }
}

/** The select shows the sample on screen (or none, for a file or text). */
function syncSampleSelect() {
  if (current.kind === 'sample' && [...sample.options].some((o) => o.value === current.slug)) {
    sample.value = current.slug;
  } else {
    sample.selectedIndex = -1;
  }
}

sample.addEventListener('change', () => {
  const slug = sample.value;
  if (!SLUG.test(slug)) return;
  pendingFigure = null;
  showSample(slug);
});

function showSample(slug) {
  current = { kind: 'sample', slug, src: sampleSrc(slug), name: '' };
  previousChoice = { kind: 'auto' };
  labelSamples();
  syncPrevious();
  load();
  updateEmbed();
}

/**
 * What the report is compared with: `auto` — a sample whose place has a
 * report of the year before among the samples (hubei-2025 → hubei-2024) —,
 * nothing, a sample chosen in the list, or a file.
 * @type {{kind: 'auto'} | {kind: 'none'} | {kind: 'sample', slug: string} | {kind: 'file', name: string, text: string}}
 */
let previousChoice = { kind: 'auto' };
const previousSelect = /** @type {HTMLSelectElement} */ ($('#previous'));

/** The sample of the year before the current sample's, if bundled. */
function autoPrevious() {
  const m = current.kind === 'sample' ? /^(.*)-(\d{4})$/.exec(current.slug) : null;
  const prev = m && samples.find((e) => e.slug === `${m[1]}-${Number(m[2]) - 1}`);
  return prev ? prev.slug : null;
}

/** Gives the element the previous report chosen (`previous-src` for a sample, `previousText` for a file). */
function syncPrevious() {
  if (previousChoice.kind === 'file') {
    report.removeAttribute('previous-src');
    report.previousText = previousChoice.text;
  } else {
    if (report.previousText != null) report.previousText = null;
    const slug = previousChoice.kind === 'sample' ? previousChoice.slug : previousChoice.kind === 'auto' ? autoPrevious() : null;
    if (slug) report.setAttribute('previous-src', sampleSrc(slug));
    else report.removeAttribute('previous-src');
  }
  syncPreviousControl();
}

/** The list of previous reports: every sample but the one shown, and the choice in force. */
function syncPreviousControl() {
  const none = previousSelect.options[0];
  none.textContent = t().previousNone;
  const want = samples.filter((e) => !(current.kind === 'sample' && e.slug === current.slug)).map((e) => e.slug);
  const have = [...previousSelect.options].slice(1).map((o) => o.value);
  if (want.join() !== have.join()) {
    previousSelect.replaceChildren(
      none,
      ...want.map((slug) => {
        const o = document.createElement('option');
        o.value = slug;
        return o;
      }),
    );
  }
  for (const o of [...previousSelect.options].slice(1)) {
    const e = samples.find((x) => x.slug === o.value);
    if (e) o.textContent = sampleLabel(e);
  }
  const attr = report.getAttribute('previous-src');
  const slug = attr && previousChoice.kind !== 'file' ? attr.replace(CORPUS, '').replace(/\.txt$/, '') : '';
  previousSelect.value = want.includes(slug) ? slug : '';
  $('#previous-note').textContent = previousChoice.kind === 'file' ? t().previousFromFile(previousChoice.name) : t().previousHint;
}

previousSelect.addEventListener('change', () => {
  const slug = previousSelect.value;
  previousChoice = slug && SLUG.test(slug) ? { kind: 'sample', slug } : { kind: 'none' };
  syncPrevious();
  updateEmbed();
});

const previousFile = /** @type {HTMLInputElement} */ ($('#previous-file'));
previousFile.addEventListener('change', () => {
  const f = previousFile.files && previousFile.files[0];
  previousFile.value = '';
  if (f) readPrevious(f);
});

/** Reads a file (picked or dropped on the compare box) as last year's report. @param {File} f */
async function readPrevious(f) {
  const name = f.name || 'file';
  try {
    const text = await fileText(f);
    if (text == null) throw fileError('unsupported-type', name);
    previousChoice = { kind: 'file', name, text };
    syncPrevious();
    updateEmbed();
  } catch (e) {
    const err = /** @type {any} */ (e) || {};
    setStatus(errorMessage(String(err.code || 'error'), lang, { name, size: err.size, limit: err.limit }));
  }
}

/** Points the element at the current report's URL. */
function load() {
  if (current.kind === 'text') return;
  selectedFigure = null;
  setStatus(t().reading(current.name));
  report.text = null;
  report.src = current.src;
  syncUrl();
  updatePermalink();
  updateEmbed();
}

function showText(text, name) {
  current = { kind: 'text', name };
  previousChoice = { kind: 'auto' };
  syncPrevious();
  selectedFigure = null;
  syncSampleSelect();
  report.removeAttribute('src');
  report.text = text;
  syncUrl();
  updatePermalink();
  updateEmbed();
}

// ---- Paste --------------------------------------------------------------------

$('#read-pasted').addEventListener('click', () => {
  const text = /** @type {HTMLTextAreaElement} */ ($('#pasted')).value;
  if (!text.trim()) {
    setStatus(t().emptyPaste);
    return;
  }
  pendingFigure = null;
  showText(text, t().pasted);
});

// ---- Files --------------------------------------------------------------------

const fileInput = /** @type {HTMLInputElement} */ ($('#file'));
fileInput.addEventListener('change', () => {
  const f = fileInput.files && fileInput.files[0];
  if (f) readFile(f);
  fileInput.value = '';
});

const drop = $('#drop');
for (const target of [document.documentElement]) {
  target.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (document.body.dataset.mode === 'many') return;
    drop.classList.add('over');
  });
  target.addEventListener('dragleave', (e) => {
    if (e.target === document.documentElement || e.target === drop) drop.classList.remove('over');
  });
  target.addEventListener('drop', (e) => {
    e.preventDefault();
    if (document.body.dataset.mode === 'many') return; // many.js reads them
    drop.classList.remove('over');
    const f = e.dataTransfer && e.dataTransfer.files[0];
    // Dropped on the "compare with last year's report" box: last year's report.
    const onCompare = e.target instanceof Element && e.target.closest('#compare-box');
    if (f && onCompare) readPrevious(f);
    else if (f) readFile(f);
  });
}

/**
 * The text of a dropped or picked file: .pdf (pdf.js, loaded on demand),
 * .docx, or text (UTF-8, UTF-16 with BOM, GBK). Null for a file type it does
 * not read. `onPage(n, total)` reports PDF pages.
 * @param {File} file
 * @param {(n: number, total: number) => void} [onPage]
 * @returns {Promise<string|null>}
 */
export async function fileText(file, onPage) {
  const name = file.name || 'file';
  const ext = (/\.([a-z0-9]+)$/i.exec(name) || ['', ''])[1].toLowerCase();
  // The kind, from the name and the first bytes only: the size is checked before the file is read.
  const head = await readBytes(file.slice(0, 8));
  const kind =
    ext === 'pdf' || (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46)
      ? 'pdf'
      : ext === 'docx' || (head[0] === 0x50 && head[1] === 0x4b)
        ? 'docx'
        : ext === 'txt' || ext === 'text' || ext === '' || file.type.startsWith('text/')
          ? 'text'
          : null;
  if (!kind) return null;
  const limit = FILE_LIMITS[kind];
  if (file.size > limit) throw fileError('file-too-large', `${name}: ${file.size} bytes, limit ${limit}`, { size: file.size, limit });
  const bytes = await readBytes(file);
  if (kind === 'pdf') {
    return pdfText(bytes, onPage).catch((e) => {
      if (e && e.code) throw e;
      const code = e && e.name === 'PasswordException' ? 'pdf-password' : 'pdf-invalid';
      throw fileError(code, String((e && e.message) || e));
    });
  }
  if (kind === 'docx') {
    return docxText(bytes).catch((e) => {
      throw fileError('docx-invalid', String((e && e.message) || e));
    });
  }
  return decodeText(bytes);
}

/** A file's (or a slice's) bytes; a failed read is `file-read-failed`. @param {Blob} blob */
async function readBytes(blob) {
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch (e) {
    throw fileError('file-read-failed', String((e && e.message) || e));
  }
}

/** @param {File} file */
async function readFile(file) {
  pendingFigure = null;
  const name = file.name || 'file';
  setStatus(t().reading(name));
  try {
    const text = await fileText(file, (n, total) => setStatus(t().readingPdf(name, n, total)));
    if (text == null) throw fileError('unsupported-type', name);
    showText(text, name);
  } catch (e) {
    // The file never reached the element: say so in the page's language, and that the report below is the previous one.
    const err = /** @type {any} */ (e) || {};
    const msg = errorMessage(String(err.code || 'error'), lang, { name, size: err.size, limit: err.limit });
    setStatus(report.report ? `${msg} ${t().stillShown(current.name)}` : msg);
  }
}

/**
 * Extracts the text of a PDF with pdf.js: items on one baseline make a line,
 * lines top to bottom, pages separated by a blank line.
 * @param {Uint8Array} data
 * @param {(n: number, total: number) => void} [onPage]
 */
async function pdfText(data, onPage) {
  const pdfjs = await import(PDFJS);
  pdfjs.GlobalWorkerOptions.workerSrc = PDFJS_WORKER;
  const doc = await pdfjs.getDocument({
    data,
    cMapUrl: PDFJS_CMAPS,
    cMapPacked: true,
    standardFontDataUrl: PDFJS_FONTS,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      onPage?.(n, doc.numPages);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinLines(content.items));
      page.cleanup();
    }
  } finally {
    doc.destroy();
  }
  return pages.join('\n\n');
}

/**
 * Joins pdf.js text items into lines by their y position.
 * @param {{str: string, transform: number[], width: number, height: number}[]} items
 */
export function joinLines(items) {
  /** @type {{y: number, h: number, parts: {x: number, w: number, s: string}[]}[]} */
  const lines = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || !it.transform) continue;
    const x = it.transform[4];
    const y = it.transform[5];
    const hgt = Math.abs(it.height || it.transform[3] || 10);
    if (!it.str) continue;
    let line = lines.find((l) => Math.abs(l.y - y) < Math.max(2, Math.min(l.h, hgt) * 0.5));
    if (!line) {
      line = { y, h: hgt, parts: [] };
      lines.push(line);
    }
    line.parts.push({ x, w: it.width || 0, s: it.str });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines
    .map((l) => {
      l.parts.sort((a, b) => a.x - b.x);
      let out = '';
      let end = -Infinity;
      for (const p of l.parts) {
        // A visible gap between Latin words becomes a space.
        if (out && p.x - end > l.h * 0.25 && /[\w.,%)]$/.test(out) && /^[\w(]/.test(p.s)) out += ' ';
        out += p.s;
        end = p.x + p.w;
      }
      return out;
    })
    .join('\n');
}

/**
 * Extracts the text of a .docx: one line per paragraph (w:p), text runs
 * (w:t) joined. Unzips with DecompressionStream; no library.
 * @param {Uint8Array} bytes
 */
export async function docxText(bytes) {
  const xml = await unzipEntry(bytes, 'word/document.xml');
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const lines = [];
  for (const p of doc.getElementsByTagNameNS(W, 'p')) {
    let s = '';
    const walk = (node) => {
      for (const c of node.childNodes) {
        if (c.nodeType !== 1) continue;
        if (c.namespaceURI === W && c.localName === 't') s += c.textContent;
        else if (c.namespaceURI === W && c.localName === 'tab') s += '\t';
        else if (c.namespaceURI === W && (c.localName === 'br' || c.localName === 'cr')) s += '\n';
        else if (!(c.namespaceURI === W && c.localName === 'p')) walk(c);
      }
    };
    walk(p);
    lines.push(s);
  }
  return lines.join('\n');
}

/**
 * Reads one file out of a zip archive (stored or deflated).
 * @param {Uint8Array} zip
 * @param {string} name
 */
export async function unzipEntry(zip, name) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // End of central directory: scan back for its signature.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const dec = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= zip.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const entry = dec.decode(zip.subarray(at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
    if (entry !== name) continue;
    const lNameLen = view.getUint16(local + 26, true);
    const lExtraLen = view.getUint16(local + 28, true);
    const start = local + 30 + lNameLen + lExtraLen;
    const data = zip.subarray(start, start + size);
    if (method === 0) return dec.decode(data);
    if (method !== 8) throw new Error(`unsupported zip method ${method}`);
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return await new Response(stream).text();
  }
  throw new Error(`${name} not found: is this a .docx file?`);
}

// ---- Permalink and embed ----------------------------------------------------------

const permalink = /** @type {HTMLAnchorElement} */ ($('#permalink'));
/** @type {{id: number, text: string} | null} */
let selectedQuantity = null;

report.addEventListener('gov-report-select', (e) => {
  const q = /** @type {CustomEvent} */ (e).detail;
  if (!q || typeof q.id !== 'number') return;
  selectedFigure = q.id;
  selectedQuantity = q;
  if (current.kind !== 'text') syncUrl();
  updatePermalink();
});

function updatePermalink() {
  const hint = $('#permalink-hint');
  const hasAddress = current.kind !== 'text';
  const q = hasAddress && selectedFigure != null ? selectedQuantity : null;
  if (q) {
    permalink.href = stateUrl(q.id).href;
    permalink.textContent = t().figureLink(q);
  }
  permalink.hidden = !q;
  $('#copy-link').hidden = !q;
  hint.hidden = !!q;
  hint.textContent = hasAddress ? t().permalinkHint : t().noLinkForText;
}

report.addEventListener('gov-report-ready', (e) => {
  const r = /** @type {CustomEvent} */ (e).detail;
  report.classList.remove('has-message');
  setStatus(t().ready(r.quantities.length, current.name));
  // A figure from the address belongs to the report the address named.
  if (pendingFigure != null && current.kind !== 'text' && report.getAttribute('src') === pendingFigure.src) {
    const id = pendingFigure.id;
    pendingFigure = null;
    requestAnimationFrame(() => report.select(id));
  }
});

report.addEventListener('gov-report-error', (e) => {
  const d = /** @type {CustomEvent} */ (e).detail || {};
  // One message, in the page's language: the element's own error box is hidden.
  report.classList.add('has-message');
  setStatus(errorMessage(errorCode(d), lang, { name: current.name, slug: current.kind === 'sample' ? current.slug : '', url: current.kind === 'src' ? current.src : '' }));
});

/**
 * The code to explain an element error with: a sample that could not be
 * fetched is not bundled (`?report=` naming an unknown one); a report on
 * another site is blocked (the page's CSP reads its own origin only).
 * @param {{code?: string, message?: string}} d
 */
function errorCode(d) {
  const code = String(d.code || 'error');
  if (code !== 'fetch-failed') return code;
  if (current.kind === 'sample' && (/HTTP 404/.test(String(d.message)) || (samples.length && !samples.some((x) => x.slug === current.slug)))) return 'unknown-sample';
  if (current.kind === 'src') {
    try {
      if (new URL(current.src, location.href).origin !== location.origin) return 'other-site';
    } catch {
      // not a URL: the generic message
    }
  }
  return code;
}

window.addEventListener('hashchange', () => {
  const id = figureFromHash();
  if (id != null && report.report) report.select(id);
});

/** Base64 of a string's UTF-8 bytes. */
function utf8Base64(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * The snippet that shows this report on another site: absolute URLs to the
 * element and the report (the demo server sends them with CORS headers); a
 * file or pasted text travels inside the snippet as a data: URL. The address
 * came from outside (`?src=`), so it is checked (http: and https: only) and
 * the snippet is built as nodes of an inert document and serialised, which
 * escapes every attribute and text; nothing is pasted together from input.
 */
function updateEmbed() {
  const base = new URL('/', location.href);
  const note = $('#embed-note');
  // An inert document: no script runs, no custom element upgrades, nothing loads.
  const doc = document.implementation.createHTMLDocument('');
  const el = (tag, attrs, text) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text != null) node.textContent = text;
    return node;
  };
  const script = el('script', { type: 'module', src: new URL('/js/element/define.js', base).href });
  const element = el('gov-report', {});
  if (current.kind === 'text' && !report.text) {
    $('#embed').textContent = '';
    note.textContent = '';
    return;
  }
  if (current.kind === 'text') {
    const src = `data:text/plain;charset=utf-8;base64,${utf8Base64(report.text || '')}`;
    element.setAttribute('src', src);
    element.setAttribute('lang', lang);
    element.append('\n  ', el('p', {}, lang === 'en' ? 'A report read by govreport (needs JavaScript).' : '政府工作报告（需要 JavaScript）。'), '\n');
    note.textContent = t().embedInline(Math.ceil(src.length / 1024));
  } else {
    let src;
    let prev = null;
    try {
      src = checkedUrl(current.src, { base: base.href }).href;
      const p = report.getAttribute('previous-src');
      prev = p ? checkedUrl(p, { base: base.href }).href : null;
    } catch {
      // An address that is not http(s) gets no snippet at all.
      $('#embed').textContent = '';
      note.textContent = errorMessage('unsafe-url', lang, { name: current.name });
      return;
    }
    element.setAttribute('src', src);
    if (prev) element.setAttribute('previous-src', prev);
    element.setAttribute('lang', lang);
    element.append('\n  ', el('a', { href: src }, lang === 'en' ? 'Read the report' : '阅读报告原文'), '\n');
    note.textContent = t().embedHosted;
  }
  $('#embed').textContent = `${script.outerHTML}\n${element.outerHTML}`;
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    const old = button.textContent;
    button.textContent = t().copied;
    setTimeout(() => (button.textContent = old), 1500);
  } catch {
    // Clipboard refused (no permission): the text stays selectable.
  }
}
$('#copy-embed').addEventListener('click', (e) => copy($('#embed').textContent || '', e.currentTarget));
$('#copy-link').addEventListener('click', (e) => copy(permalink.href, e.currentTarget));

// ---- Start ----------------------------------------------------------------------

// JavaScript runs and the element is defined: the "needs JavaScript" note is
// for pages where it does not (the element shows its own errors).
if (customElements.get('gov-report') && typeof WebAssembly === 'object') {
  for (const n of document.querySelectorAll('.fallback-note')) /** @type {HTMLElement} */ (n).hidden = true;
}

// The report the address names, set before the element's first update (this
// module runs before any microtask), so that the default sample is not loaded first.
const wanted = params.get('report');
const wantedSrc = params.get('src');
if (wanted && SLUG.test(wanted)) {
  current = { kind: 'sample', slug: wanted, src: sampleSrc(wanted), name: wanted };
} else if (wantedSrc) {
  current = { kind: 'src', src: wantedSrc, name: wantedSrc.replace(/^.*\//, '') || wantedSrc };
}
/** An address from `?src=` that is not http(s): refused before anything uses it. */
let refused = null;
if (current.kind === 'src') {
  try {
    checkedUrl(current.src);
  } catch (e) {
    // Nothing is loaded, linked or embedded from it: the page says why and shows no report.
    refused = { code: /** @type {any} */ (e).code, name: current.name };
    current = { kind: 'text', name: '' };
  }
}
if (refused) {
  report.removeAttribute('src');
  applyLang();
  report.classList.add('has-message');
  setStatus(errorMessage(refused.code, lang, { name: refused.name }));
} else {
  const figure = figureFromHash();
  if (figure != null) pendingFigure = { id: figure, src: current.src };
  report.src = current.src;
  selectedFigure = null;
  applyLang();
  if (current.kind === 'sample') current.name = sample.selectedOptions[0]?.textContent || current.slug;
  setStatus(t().reading(current.name));
  history.replaceState(null, '', stateUrl(figure));
}
listCorpus();

export { GovReportElement };
