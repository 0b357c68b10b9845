// The demo's "many reports" mode: drop a folder or several files (.txt,
// .pdf, .docx, GBK), or pick a bundled set (the provinces of one year, a
// region over several years, the national series), read each file once,
// then show them together in <gov-report-panel> (the engine's panel()).
// A bundled set has an address: ?set=provinces-2024. Nothing is uploaded.

import '/js/element/panel-define.js';
import { fileText } from './demo.js';
import { decodeText } from '/js/element/gov-report.js';
import { messageFor } from '/js/element/messages.js';
import { contradictions, joinList, reasonFor, NOT_REPORTS } from './many-check.js';

const CORPUS = '/tests/corpus/';
const SET_ID = /^(provinces-\d{4}|series-[a-z0-9]+)$/;

const L = {
  zh: {
    modeOne: '一份报告',
    modeMany: '多份报告对照',
    manyTitle: '多份报告对照：目标与实绩',
    manyLede: '每份报告的目标与下一年报告给出的实绩对照，各地区并列。文件只在浏览器里读取，不会上传。',
    setLabel: '示例报告集',
    setNone: '（选择一组示例报告）',
    manyDropTitle: '拖入多个文件或一个文件夹，或',
    pickFiles: '选择文件',
    pickFolder: '选择文件夹',
    fileHint: '.txt（UTF-8 或 GBK）、.pdf、.docx',
    provinces: (y, n) => `${y + 1}年各省报告（回顾${y}年，${n} 份）`,
    series: (place, years, n) => `${place}：${years}（${n} 份）`,
    progress: (i, n) => `已读取 ${i} / ${n} 份`,
    reading: (n) => `正在读取 ${n} 份报告…`,
    done: (n, ms, skipped) => `${n} 份报告，从开始读取到表格显示用时 ${(ms / 1000).toFixed(2)} 秒。${skipped ? `${skipped} 个文件未能读取（见下）。` : ''}`,
    failedTitle: (n) => `未能读取的文件（${n}）`,
    mismatchTitle: (n) => `内容与文件名不符的文件（${n}）`,
    mismatchLede: '文件名所写的年份或地区与正文读出的不同：文件可能是另一年或另一地的报告。表格按正文读出的年份和地区。',
    colFile: '文件',
    colField: '项目',
    colName: '文件名所写',
    colText: '正文读出',
    field: { year: '年份（计划年）', region: '地区' },
    none: '没有可读的文件（.txt、.pdf 或 .docx）。',
    engineFailed: '解析引擎无法加载（需要 WebAssembly，网页的内容安全策略须允许 \'wasm-unsafe-eval\'），未能读取报告。',
    link: '这组报告的链接',
  },
  en: {
    modeOne: 'One report',
    modeMany: 'Many reports',
    manyTitle: 'Many reports: targets against results',
    manyLede: 'Each report’s targets against the results the next year’s report gives, regions side by side. Files are read in your browser; nothing is uploaded.',
    setLabel: 'Bundled set',
    setNone: '(pick a set of sample reports)',
    manyDropTitle: 'Drop several files or a folder here, or',
    pickFiles: 'Choose files',
    pickFolder: 'Choose a folder',
    fileHint: '.txt (UTF-8 or GBK), .pdf, .docx',
    provinces: (y, n) => `Provinces’ ${y + 1} reports (reviewing ${y}; ${n})`,
    series: (place, years, n) => `${place}: ${years} (${n})`,
    progress: (i, n) => `${i} / ${n} read`,
    reading: (n) => `Reading ${n} reports…`,
    done: (n, ms, skipped) => `${n} reports, ${(ms / 1000).toFixed(2)} s from the start of reading to the table shown.${skipped ? ` ${skipped} ${skipped === 1 ? 'file' : 'files'} could not be read (listed below).` : ''}`,
    failedTitle: (n) => `Files not read (${n})`,
    mismatchTitle: (n) => `Files whose text contradicts their name (${n})`,
    mismatchLede: 'The year or region in the file name differs from what the text says: the file may hold another year’s or another place’s report. The table uses the text’s year and region.',
    colFile: 'File',
    colField: 'What',
    colName: 'The name says',
    colText: 'The text says',
    field: { year: 'year (plan year)', region: 'region' },
    none: 'No file to read (.txt, .pdf or .docx).',
    engineFailed: 'The engine could not load (it needs WebAssembly, and a content security policy that allows \'wasm-unsafe-eval\'), so no report was read.',
    link: 'Link to this set',
  },
};

const $ = (sel) => /** @type {HTMLElement} */ (document.querySelector(sel));
const panel = /** @type {any} */ ($('#panel'));
const setSelect = /** @type {HTMLSelectElement} */ ($('#set'));
const bar = /** @type {HTMLProgressElement} */ ($('#many-bar'));
/** @type {{id: string, label: () => string, slugs: string[]}[]} */
let sets = [];
/** The set shown (for the address), or null for files. */
let currentSet = /** @type {string|null} */ (null);
let run = 0;

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'zh');
const t = () => L[lang()];

// The lists' layout (a constructable sheet: the page's CSP allows no inline style).
try {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`#many-problems details { margin: .5rem 0; }
#many-problems ul { margin: .25rem 0; padding-left: 1.25rem; max-height: 16rem; overflow-y: auto; }
#many-problems li, #many-problems td { overflow-wrap: anywhere; }
#many-problems .table-scroll { max-height: 20rem; overflow-y: auto; }
#many-problems table { border-collapse: collapse; width: 100%; font-size: .9em; table-layout: fixed; }
#many-problems th, #many-problems td { text-align: start; padding: .2rem .4rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
#many-problems th:first-child, #many-problems td:first-child { width: 45%; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
} catch {
  // Unstyled lists.
}

/** The last reading's problems, shown again on a change of language. */
let problems = /** @type {{failed: {name: string, err: unknown}[], mismatches: ReturnType<typeof contradictions>}} */ ({ failed: [], mismatches: [] });

/** An element with text (never HTML). */
function node(tag, text, attrs = {}) {
  const n = document.createElement(tag);
  if (text != null) n.textContent = text;
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
}

/** The lists under the status line: files not read (with a reason) and files whose text contradicts their name. */
function showProblems() {
  let box = document.getElementById('many-problems');
  if (!box) {
    box = node('div', null, { id: 'many-problems' });
    $('#many-status').after(box);
  }
  const l = lang();
  const parts = [];
  if (problems.failed.length) {
    const d = node('details', null, { id: 'many-failed', open: '' });
    d.append(node('summary', t().failedTitle(problems.failed.length)));
    const ul = node('ul');
    for (const f of problems.failed) {
      const li = node('li');
      li.append(node('code', f.name), document.createTextNode(l === 'en' ? ': ' : '：'), node('span', reasonFor(f.err, f.name, l, messageFor), { 'data-reason': '' }));
      ul.append(li);
    }
    d.append(ul);
    parts.push(d);
  }
  if (problems.mismatches.length) {
    const d = node('details', null, { id: 'many-mismatch', open: '' });
    d.append(node('summary', t().mismatchTitle(problems.mismatches.length)), node('p', t().mismatchLede, { class: 'hint' }));
    const table = node('table');
    const head = node('tr');
    for (const c of [t().colFile, t().colField, t().colName, t().colText]) head.append(node('th', c, { scope: 'col' }));
    table.append(node('thead'), node('tbody'));
    table.tHead?.append(head);
    for (const m of problems.mismatches) {
      const tr = node('tr', null, { 'data-field': m.field });
      tr.append(node('td', m.file), node('td', t().field[m.field]), node('td', m.name, { lang: 'zh-CN' }), node('td', m.text, { lang: 'zh-CN' }));
      table.tBodies[0].append(tr);
    }
    const wrap = node('div', null, { class: 'table-scroll' });
    wrap.append(table);
    d.append(wrap);
    parts.push(d);
  }
  box.replaceChildren(...parts);
}

function applyLang() {
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const v = /** @type {any} */ (t())[node.getAttribute('data-i18n') || ''];
    if (typeof v === 'string') node.textContent = v;
  }
  panel.setAttribute('lang', lang());
  for (const o of setSelect.options) {
    const s = sets.find((x) => x.id === o.value);
    if (s) o.textContent = s.label();
  }
  syncUrl();
  if (problems.failed.length || problems.mismatches.length) showProblems();
}

/** Shows one mode: `one` (the single report) or `many`. */
function setMode(mode) {
  document.body.dataset.mode = mode;
  $('#one').hidden = mode === 'many';
  $('#many').hidden = mode !== 'many';
  for (const b of document.querySelectorAll('button[data-mode]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-mode') === mode));
  syncUrl();
}

function syncUrl() {
  const url = new URL(location.href);
  url.searchParams.delete('set');
  url.searchParams.delete('mode');
  if (document.body.dataset.mode === 'many') {
    url.searchParams.delete('report');
    url.searchParams.delete('src');
    url.hash = '';
    if (currentSet) url.searchParams.set('set', currentSet);
    else url.searchParams.set('mode', 'many');
  }
  url.searchParams.set('lang', lang());
  history.replaceState(null, '', url);
  const link = /** @type {HTMLAnchorElement} */ ($('#many-link'));
  $('#many-link-line').hidden = !currentSet;
  if (currentSet) {
    link.href = url.href;
    link.textContent = `${t().link}: ${url.href}`;
  }
}

/** The bundled sets, from the corpus manifest: provinces by year, and every place with two reports or more. */
async function listSets() {
  const res = await fetch(CORPUS + 'MANIFEST.tsv');
  if (!res.ok) return;
  const rows = (await res.text())
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => /^[a-z0-9-]+$/.test(c[0] || '') && /^\d{4}$/.test(c[3] || ''))
    .map(([slug, place, level, year]) => ({ slug, place, level, year: Number(year), stem: slug.replace(/-\d{4}$/, '') }));
  /** @type {typeof sets} */
  const out = [];
  const years = [...new Set(rows.filter((r) => r.level === 'province').map((r) => r.year))].sort();
  for (const y of years) {
    const slugs = rows.filter((r) => r.level === 'province' && r.year === y).map((r) => r.slug);
    if (slugs.length > 1) out.push({ id: `provinces-${y}`, label: () => t().provinces(y, slugs.length), slugs });
  }
  const stems = [...new Set(rows.map((r) => r.stem))];
  for (const stem of stems) {
    const mine = rows.filter((r) => r.stem === stem).sort((a, b) => a.year - b.year);
    if (mine.length < 2) continue;
    const place = () => (lang() === 'en' && stem === 'national' ? 'State Council' : lang() === 'en' ? stem.charAt(0).toUpperCase() + stem.slice(1) : mine[0].place);
    const years = () => mine.map((r) => r.year + 1).join(lang() === 'en' ? ', ' : '、');
    out.push({ id: `series-${stem}`, label: () => t().series(place(), years(), mine.length), slugs: mine.map((r) => r.slug) });
  }
  sets = out;
  setSelect.replaceChildren(
    setSelect.options[0],
    ...sets.map((s) => {
      const o = document.createElement('option');
      o.value = s.id;
      o.textContent = s.label();
      return o;
    }),
  );
}

/** Shows the progress line: `i / n`. */
function progress(i, n) {
  $('#many-progress').hidden = false;
  bar.max = n;
  bar.value = i;
  $('#many-count').textContent = t().progress(i, n);
}

/** Lets the page paint (the progress line) between files. */
const paint = () => new Promise((r) => setTimeout(r, 0));

let engine = null;
async function getEngine() {
  if (!engine) {
    engine = import('/js/index.js').then(async (m) => {
      await m.init();
      return m;
    });
    engine.catch(() => {
      engine = null; // the next reading tries again
    });
  }
  return engine;
}

/**
 * Reads the sources one by one (each parsed once), then gives them to the panel.
 * @param {{name: string, text: () => Promise<string|null>}[]} sources
 */
async function readAll(sources) {
  const me = ++run;
  const t0 = performance.now();
  const status = $('#many-status');
  if (!sources.length) {
    status.textContent = t().none;
    return;
  }
  status.textContent = t().reading(sources.length);
  progress(0, sources.length);
  problems = { failed: [], mismatches: [] };
  showProblems();
  let eng;
  try {
    eng = await getEngine();
  } catch {
    if (me !== run) return;
    $('#many-progress').hidden = true;
    status.textContent = t().engineFailed;
    return;
  }
  /** @type {{report: any, file: string, text: string}[]} */
  const entries = [];
  /** @type {{name: string, err: unknown}[]} */
  const failed = [];
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    try {
      const text = await s.text();
      if (text == null) failed.push({ name: s.name, err: null });
      else entries.push({ report: eng.parse(text), file: s.name, text });
    } catch (e) {
      failed.push({ name: s.name, err: e });
    }
    if (me !== run) return;
    progress(i + 1, sources.length);
    await paint();
  }
  const tRead = performance.now();
  const ready = new Promise((r) => panel.addEventListener('gov-report-panel-ready', r, { once: true }));
  panel.reports = entries;
  await ready;
  if (me !== run) return;
  const ms = performance.now() - t0;
  problems = { failed, mismatches: contradictions(entries) };
  /** @type {any} */ (window).__manyTiming = { files: sources.length, reports: entries.length, ms, readMs: tRead - t0, rows: panel.panel.rows.length, failed: failed.length, mismatches: problems.mismatches.length };
  status.textContent = t().done(entries.length, ms, failed.length);
  showProblems();
}

/** A bundled set: fetch, decode (UTF-8/GBK), parse. */
function showSet(id) {
  const s = sets.find((x) => x.id === id);
  currentSet = s ? id : null;
  setSelect.value = s ? id : '';
  syncUrl();
  if (!s) return;
  readAll(
    s.slugs.map((slug) => ({
      name: `${slug}.txt`,
      text: async () => {
        const res = await fetch(`${CORPUS}${slug}.txt`);
        if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { code: 'fetch-failed' });
        return decodeText(new Uint8Array(await res.arrayBuffer()));
      },
    })),
  );
}

/** Dropped or picked files (folders walked), read with the demo's readers. @param {File[]} files */
function showFiles(files) {
  currentSet = null;
  setSelect.value = '';
  syncUrl();
  // Every file but hidden ones: a file that is not a report is listed with its reason, never dropped silently.
  const wanted = files.filter((f) => !f.name.startsWith('.'));
  wanted.sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
  readAll(
    wanted.map((f) => ({
      name: f.webkitRelativePath || f.name,
      text: async () => {
        if (NOT_REPORTS.test(f.name)) return null;
        const text = await fileText(f);
        // Another extension (.bin, .dat …): tried as text; the engine says if it is not.
        return text != null ? text : decodeText(new Uint8Array(await f.arrayBuffer()));
      },
    })),
  );
}

/** The files of a drop, with folders walked (File System Entry API where there is one). @param {DataTransfer} dt */
async function droppedFiles(dt) {
  const entries = [...(dt.items || [])].map((i) => (i.webkitGetAsEntry ? i.webkitGetAsEntry() : null)).filter(Boolean);
  if (!entries.length) return [...dt.files];
  /** @type {File[]} */
  const out = [];
  const walk = async (entry) => {
    if (entry.isFile) out.push(await new Promise((res, rej) => entry.file(res, rej)));
    else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
        if (!batch.length) break;
        for (const e of batch) await walk(e);
      }
    }
  };
  for (const e of entries) await walk(e);
  return out;
}

// ---- Wiring ---------------------------------------------------------------------

for (const b of document.querySelectorAll('button[data-mode]')) {
  b.addEventListener('click', () => setMode(b.getAttribute('data-mode') === 'many' ? 'many' : 'one'));
}
for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => applyLang());
setSelect.addEventListener('change', () => showSet(setSelect.value));
for (const id of ['#many-files', '#many-folder']) {
  const input = /** @type {HTMLInputElement} */ ($(id));
  input.addEventListener('change', () => {
    showFiles([...(input.files || [])]);
    input.value = '';
  });
}
const drop = $('#many-drop');
document.documentElement.addEventListener('dragover', (e) => {
  if (document.body.dataset.mode !== 'many') return;
  e.preventDefault();
  drop.classList.add('over');
});
document.documentElement.addEventListener('drop', async (e) => {
  if (document.body.dataset.mode !== 'many') return;
  e.preventDefault();
  drop.classList.remove('over');
  if (e.dataTransfer) showFiles(await droppedFiles(e.dataTransfer));
});

// ---- Start ------------------------------------------------------------------------

const params = new URLSearchParams(location.search);
const wantedSet = params.get('set');
const many = params.get('mode') === 'many' || (wantedSet != null && SET_ID.test(wantedSet));
setMode(many ? 'many' : 'one');
applyLang();
await listSets().catch(() => {});
applyLang();
if (many && wantedSet && SET_ID.test(wantedSet)) showSet(wantedSet);

export { readAll, showFiles };
