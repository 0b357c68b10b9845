// The demo page: picks a report (sample, pasted text, or a dropped .txt /
// .pdf / .docx file) and shows it in <gov-report>. Everything runs in the
// browser; pdf.js is loaded only when a PDF arrives.

import { GovReportElement } from '/js/element/define.js';
import { decodeText } from '/js/element/gov-report.js';

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
    unsupported: (name) => `不支持的文件类型：${name}（请用 .txt、.pdf 或 .docx）`,
    failed: (msg) => `读取失败：${msg}`,
    emptyPaste: '请先粘贴报告文本。',
    pasted: '粘贴的文本',
    figureLink: (q) => `数字 #${q.id}：${q.text}`,
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
    unsupported: (name) => `Unsupported file type: ${name} (use .txt, .pdf or .docx)`,
    failed: (msg) => `Could not read the file: ${msg}`,
    emptyPaste: 'Paste the report text first.',
    pasted: 'Pasted text',
    figureLink: (q) => `Figure #${q.id}: ${q.text}`,
  },
};

const $ = (sel) => /** @type {HTMLElement} */ (document.querySelector(sel));
const report = /** @type {GovReportElement} */ ($('#report'));
const statusEl = $('#status');
let lang = /^en/.test(new URLSearchParams(location.search).get('lang') || '') ? 'en' : 'zh';
let currentName = '';
/** The URL of the report shown, when it has one (for the embed snippet). */
let currentSrc = '';
/** A figure to show once the report is ready (from #q=ID). */
let pendingFigure = figureFromHash();

function t() {
  return L[lang];
}

function setStatus(msg) {
  statusEl.textContent = msg;
}

function figureFromHash() {
  const m = /(?:^#|&)q=(\d+)/.exec(location.hash);
  return m ? Number(m[1]) : null;
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
  updateEmbed();
}

for (const b of document.querySelectorAll('[data-lang]')) {
  b.addEventListener('click', () => {
    lang = b.getAttribute('data-lang') === 'en' ? 'en' : 'zh';
    applyLang();
  });
}

// ---- Samples ------------------------------------------------------------------

const sample = /** @type {HTMLSelectElement} */ ($('#sample'));

async function listCorpus() {
  try {
    const res = await fetch(CORPUS + 'MANIFEST.tsv');
    if (!res.ok) return;
    const rows = (await res.text()).trim().split(/\r?\n/).slice(1);
    const entries = rows
      .map((line) => line.split('\t'))
      .filter((c) => /^[a-z0-9-]+$/.test(c[0] || ''))
      .map(([slug, place, , year]) => ({ slug, label: `${place} ${year}` }));
    const keep = sample.value;
    sample.replaceChildren(
      ...entries.map((e) => {
        const o = document.createElement('option');
        o.value = e.slug;
        o.textContent = e.slug === 'dongxihu-2024' ? `${e.label}（示例 · sample）` : e.label;
        return o;
      }),
    );
    sample.value = entries.some((e) => e.slug === keep) ? keep : 'dongxihu-2024';
  } catch {
    // The list is a convenience; the sample stays.
  }
}

sample.addEventListener('change', () => {
  const slug = sample.value;
  if (!/^[a-z0-9-]+$/.test(slug)) return;
  pendingFigure = null;
  showSrc(`${CORPUS}${slug}.txt`, sample.selectedOptions[0]?.textContent || slug);
});

function showSrc(src, name) {
  currentName = name;
  currentSrc = src;
  setStatus(t().reading(name));
  report.removeAttribute('src');
  report.text = null;
  report.src = src;
  updateEmbed();
}

function showText(text, name) {
  currentName = name;
  currentSrc = '';
  report.removeAttribute('src');
  report.text = text;
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
    drop.classList.add('over');
  });
  target.addEventListener('dragleave', (e) => {
    if (e.target === document.documentElement || e.target === drop) drop.classList.remove('over');
  });
  target.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer && e.dataTransfer.files[0];
    if (f) readFile(f);
  });
}

/** @param {File} file */
async function readFile(file) {
  pendingFigure = null;
  const name = file.name || 'file';
  const ext = (/\.([a-z0-9]+)$/i.exec(name) || ['', ''])[1].toLowerCase();
  setStatus(t().reading(name));
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text;
    if (ext === 'pdf' || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
      text = await pdfText(bytes, name);
    } else if (ext === 'docx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      text = await docxText(bytes);
    } else if (ext === 'txt' || ext === 'text' || ext === '' || file.type.startsWith('text/')) {
      text = decodeText(bytes);
    } else {
      setStatus(t().unsupported(name));
      return;
    }
    showText(text, name);
  } catch (e) {
    setStatus(t().failed(String((e && e.message) || e)));
  }
}

/**
 * Extracts the text of a PDF with pdf.js: items on one baseline make a line,
 * lines top to bottom, pages separated by a blank line.
 * @param {Uint8Array} data
 * @param {string} name
 */
async function pdfText(data, name) {
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
      setStatus(t().readingPdf(name, n, doc.numPages));
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
report.addEventListener('gov-report-select', (e) => {
  const q = /** @type {CustomEvent} */ (e).detail;
  if (!q || typeof q.id !== 'number') return;
  const url = new URL(location.href);
  url.hash = `q=${q.id}`;
  history.replaceState(null, '', url);
  permalink.href = url.href;
  permalink.textContent = t().figureLink(q);
  permalink.hidden = false;
  $('#copy-link').hidden = false;
  $('#permalink-hint').hidden = true;
});

report.addEventListener('gov-report-ready', (e) => {
  const r = /** @type {CustomEvent} */ (e).detail;
  setStatus(t().ready(r.quantities.length, currentName || sample.selectedOptions[0]?.textContent || ''));
  if (pendingFigure != null) {
    const id = pendingFigure;
    pendingFigure = null;
    requestAnimationFrame(() => report.select(id));
  }
});

report.addEventListener('gov-report-error', (e) => {
  const d = /** @type {CustomEvent} */ (e).detail;
  setStatus(t().failed(`${d.message} (${d.code})`));
});

window.addEventListener('hashchange', () => {
  const id = figureFromHash();
  if (id != null && report.report) report.select(id);
});

function updateEmbed() {
  const base = new URL('/', location.href);
  const src = currentSrc ? new URL(currentSrc, base).href : 'report.txt';
  const code = [
    `<script type="module" src="${new URL('/js/element/define.js', base).href}"></script>`,
    `<gov-report src="${src}" lang="${lang}">`,
    `  <a href="${src}">${lang === 'en' ? 'Read the report' : '阅读报告原文'}</a>`,
    `</gov-report>`,
  ].join('\n');
  $('#embed').textContent = code;
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

const params = new URLSearchParams(location.search);
const wanted = params.get('report');
currentSrc = report.getAttribute('src') || '';
currentName = sample.selectedOptions[0]?.textContent || '';
applyLang();
listCorpus().then(() => {
  if (wanted && /^[a-z0-9-]+$/.test(wanted) && wanted !== 'dongxihu-2024') {
    sample.value = wanted;
    if (sample.value === wanted) showSrc(`${CORPUS}${wanted}.txt`, sample.selectedOptions[0]?.textContent || wanted);
  }
});

export { GovReportElement };
