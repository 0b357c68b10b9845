// Pure helpers of <gov-report> (no DOM): indexes over a Report, number
// formatting, filters, CSV/JSON export and the projection of the original text
// into display runs. Everything here runs in Node as well as in a browser.

/** @typedef {import('./gov-report.js').Report} Report */
/** @typedef {import('./gov-report.js').Quantity} Quantity */
/** @typedef {[number, number]} Span */

/** The statuses in display order; `null` status is shown as "unknown". */
export const STATUSES = ['actual', 'estimate', 'target', 'context'];
/** The kinds in display order. */
export const KINDS = ['amount', 'growth', 'rate', 'multiple'];

export { formatNumber, formatValue } from './format.js';

/**
 * Lookups over a report, computed once per report.
 * @param {Report} report
 */
export function indexReport(report) {
  /** @type {Map<number, Quantity>} */
  const byId = new Map();
  for (const q of report.quantities || []) byId.set(q.id, q);
  /** @type {Map<number, any>} */
  const sections = new Map();
  for (const s of report.sections || []) sections.set(s.id, s);
  /** The part or section (not topic) that contains an outline entry. */
  const outerCache = new Map();
  const outer = (id) => {
    if (id == null) return null;
    if (outerCache.has(id)) return outerCache.get(id);
    let s = sections.get(id);
    let guard = 0;
    while (s && s.level === 'topic' && s.parent != null && guard++ < 64) s = sections.get(s.parent);
    const r = s && s.level !== 'topic' ? s : null;
    outerCache.set(id, r);
    return r;
  };
  /** Ids of an entry and all its ancestors. */
  const chain = (id) => {
    const out = [];
    let guard = 0;
    while (id != null && guard++ < 64) {
      out.push(id);
      const s = sections.get(id);
      id = s ? s.parent : null;
    }
    return out;
  };
  /** The part that contains an entry. */
  const part = (id) => {
    const ids = chain(id);
    for (const i of ids) {
      const s = sections.get(i);
      if (s && s.level === 'part') return s;
    }
    return null;
  };
  /** Headline label per metric id (the report's own term where it has one). */
  const metricLabels = new Map();
  for (const h of report.headline || []) metricLabels.set(h.metricId, /** @type {any} */ (h).term ?? h.label);
  return { byId, sections, outer, chain, part, metricLabels };
}

/**
 * The number a quantity contributes to a growth chart: negative for a fall.
 * @param {Quantity} q
 */
export function signedValue(q) {
  if (!q || typeof q.value !== 'number') return NaN;
  return q.direction === 'down' ? -q.value : q.value;
}

/** Whether a unit is a percentage. */
export function isPercent(unit) {
  return /^[%％]$|百分/.test(unit || '');
}

/**
 * The last year's figure that matches a target: the headline row's growth or
 * level for the same metric and kind, else the first actual/estimate quantity
 * with the same metric id and kind.
 * @param {Report} report
 * @param {any} target
 * @param {ReturnType<typeof indexReport>} idx
 * @returns {Quantity | null}
 */
export function lastYearFor(report, target, idx) {
  if (!target || !target.metricId) return null;
  const row = (report.headline || []).find((h) => h.metricId === target.metricId);
  const wantGrowth = target.kind === 'growth';
  if (row) {
    const id = wantGrowth ? row.growth : row.level;
    const q = id != null ? idx.byId.get(id) : null;
    if (q && q.status !== 'target') return q;
  }
  const review = report.meta ? report.meta.reviewYear : null;
  for (const q of report.quantities || []) {
    if (q.metricId !== target.metricId) continue;
    if (q.status !== 'actual' && q.status !== 'estimate') continue;
    if ((q.kind === 'growth') !== wantGrowth) continue;
    if (review != null && q.year != null && q.year !== review) continue;
    return q;
  }
  return null;
}

/**
 * The quantities that match the filters, in document order.
 * @param {Report} report
 * @param {{status?:string, kind?:string, metric?:string, section?:string, q?:string}} f
 * @param {ReturnType<typeof indexReport>} idx
 */
export function filterQuantities(report, f, idx) {
  const needle = (f.q || '').trim().toLowerCase().replace(/\s+/g, '');
  const section = f.section === '' || f.section == null ? null : Number(f.section);
  return (report.quantities || []).filter((q) => {
    if (f.status) {
      if (f.status === 'unknown' ? q.status != null : q.status !== f.status) return false;
    }
    if (f.kind) {
      if (f.kind === 'unknown' ? q.kind != null : q.kind !== f.kind) return false;
    }
    if (f.metric && (q.metricId || '') !== f.metric) return false;
    if (section != null && !idx.chain(q.sectionId).includes(section)) return false;
    if (needle) {
      const hay = [q.text, q.metric, q.metricId, q.unit, q.sentence, idx.metricLabels.get(q.metricId)]
        .filter(Boolean)
        .join('\n')
        .toLowerCase()
        .replace(/\s+/g, '');
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
}

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'id',
  'text',
  'value',
  'hi',
  'unit',
  'base',
  'dimension',
  'qual',
  'kind',
  'direction',
  'status',
  'year',
  'metric',
  'metricId',
  'section',
  'sentence',
  'start',
  'end',
  'measure',
  'region',
  'reportYear',
  'reviewYear',
  'file',
];

/**
 * The columns that say which report a row comes from (so exports of several
 * reports can be merged): region, year of the report (meta.planYear), year
 * reviewed (meta.reviewYear), file name.
 * @param {Report} report
 * @param {string} [file]
 */
export function sourceColumns(report, file = '') {
  const m = (report && report.meta) || /** @type {any} */ ({});
  return { region: m.region ?? null, reportYear: m.planYear ?? null, reviewYear: m.reviewYear ?? null, file: file || null };
}

/**
 * One CSV cell: quoted when needed; a text cell that a spreadsheet would read
 * as a formula (starts with = + - @ or a control) gets a leading apostrophe.
 * @param {unknown} v
 */
export function csvCell(v) {
  if (v == null) return '';
  let s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/**
 * The selected quantities as CSV (RFC 4180, CRLF, with a UTF-8 BOM so that
 * spreadsheets read the Chinese text).
 * @param {Quantity[]} rows
 * @param {ReturnType<typeof indexReport>} idx
 * @param {ReturnType<typeof sourceColumns>} [source] the report's region, years and file
 */
export function toCsv(rows, idx, source = /** @type {any} */ ({})) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const q of rows) {
    const s = idx.outer(q.sectionId);
    const rec = {
      ...q,
      measure: /** @type {any} */ (q).measure ?? 'total',
      ...source,
      section: s ? `${s.label}${s.title}` : '',
      start: q.span ? q.span[0] : '',
      end: q.span ? q.span[1] : '',
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(rec[c])).join(','));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/**
 * The selected quantities as JSON, with the report's metadata and the filters.
 * @param {Report} report
 * @param {Quantity[]} rows
 * @param {object} filters
 * @param {string} [file] the report's file name
 */
export function toJson(report, rows, filters, file = '') {
  const source = sourceColumns(report, file);
  return (
    JSON.stringify(
      {
        schemaVersion: report.schemaVersion,
        meta: report.meta,
        file: source.file,
        filters,
        count: rows.length,
        quantities: rows.map((q) => ({ ...q, measure: /** @type {any} */ (q).measure ?? 'total', ...source })),
      },
      null,
      2,
    ) + '\n'
  );
}

const BLANK = /[ \t\u3000\u00a0\u2002\u2003\u2009\ufeff]/;
const FOOTER = /^(?:[-—–－─]+\s*\d{1,4}\s*[-—–－─]+|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?)$/;
const LATIN = /[A-Za-z0-9.,;:!?%)\]]/;
const LATIN_START = /[A-Za-z0-9(\[]/;

/**
 * How a stretch `[start, end)` of the original text reads on screen: hard
 * line breaks inside a paragraph joined (with nothing between Chinese
 * characters, a space between Latin ones), blank lines and page-number lines
 * (`— 4 —`, `第 4 页`) dropped, leading and trailing blanks trimmed.
 *
 * Returns the display string and, for each of its UTF-16 units, the offset in
 * the original it comes from (a joining space takes the offset of the break).
 * @param {string} text
 * @param {number} start
 * @param {number} end
 * @returns {{ text: string, offs: number[] }}
 */
export function project(text, start, end) {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  /** @type {string[]} */
  const out = [];
  /** @type {number[]} */
  const offs = [];
  let prevEnd = -1; // original offset after the last kept line
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && text[j] !== '\n' && text[j] !== '\r') j++;
    let ts = i;
    let te = j;
    while (ts < te && BLANK.test(text[ts])) ts++;
    while (te > ts && BLANK.test(text[te - 1])) te--;
    const line = text.slice(ts, te);
    if (ts < te && !FOOTER.test(line)) {
      if (prevEnd >= 0 && LATIN.test(text[prevEnd - 1]) && LATIN_START.test(text[ts])) {
        out.push(' ');
        offs.push(prevEnd);
      }
      for (let k = ts; k < te; k++) {
        out.push(text[k]);
        offs.push(k);
      }
      prevEnd = te;
    }
    // Skip the line break (\r\n counts as one).
    if (j < end && text[j] === '\r' && text[j + 1] === '\n') j++;
    i = j + 1;
  }
  return { text: out.join(''), offs };
}

/** First index `i` with `offs[i] >= x`. */
function lowerBound(offs, x) {
  let lo = 0;
  let hi = offs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The display text of the original stretch `[a, b)` within a projection.
 * @param {{text:string, offs:number[]}} p
 */
export function slice(p, a, b) {
  return p.text.slice(lowerBound(p.offs, a), lowerBound(p.offs, b));
}

/**
 * Finds the occurrences of a term in a projection, as original spans.
 * @param {{text:string, offs:number[]}} p
 * @param {string} term
 * @returns {Span[]}
 */
export function findTerm(p, term) {
  /** @type {Span[]} */
  const out = [];
  if (!term) return out;
  let i = p.text.indexOf(term);
  while (i >= 0) {
    out.push([p.offs[i], p.offs[i + term.length - 1] + 1]);
    i = p.text.indexOf(term, i + term.length);
  }
  return out;
}

/**
 * @typedef {{type:'text', text:string}
 *   | {type:'mark', id:number, text:string, span:Span}
 *   | {type:'term', term:number, text:string, span:Span}} Run
 * @typedef {{type:'sentence'|'gap', span:Span, runs:Run[]}} Piece
 */

/**
 * Splits one stretch of the original into display pieces: sentences (and the
 * gaps between them), each made of text runs, quantity marks and glossary
 * terms. Marks win over terms; an item that overlaps an earlier one of the
 * same sort is left out (reported in `skipped`).
 * @param {string} text the original input
 * @param {Span} span the stretch to show
 * @param {Span[]} sentences sentence spans inside it (may be empty)
 * @param {{id:number, span:Span}[]} marks quantities inside it, by start
 * @param {{term:number, span:Span}[]} terms term occurrences inside it
 * @returns {{pieces: Piece[], placed: number[], projection: {text:string, offs:number[]}}}
 */
export function segment(text, span, sentences, marks, terms) {
  const p = project(text, span[0], span[1]);
  const [ps, pe] = span;
  // Outer pieces: sentences clipped to the stretch, gaps filled.
  /** @type {Span[]} */
  const outer = [];
  let cur = ps;
  const sorted = [...(sentences || [])]
    .filter((s) => s && s[1] > ps && s[0] < pe)
    .sort((a, b) => a[0] - b[0]);
  /** @type {('sentence'|'gap')[]} */
  const types = [];
  for (const s of sorted) {
    const a = Math.max(s[0], cur);
    const b = Math.min(s[1], pe);
    if (b <= a) continue;
    if (a > cur) {
      outer.push([cur, a]);
      types.push('gap');
    }
    outer.push([a, b]);
    types.push('sentence');
    cur = b;
  }
  if (cur < pe) {
    outer.push([cur, pe]);
    types.push('gap');
  }
  // Inner items: non-overlapping marks, then terms clear of marks.
  /** @type {{kind:'mark'|'term', key:number, span:Span}[]} */
  const items = [];
  /** @type {number[]} */
  const placed = [];
  let lastEnd = -1;
  for (const m of [...marks].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])) {
    const a = Math.max(m.span[0], ps);
    const b = Math.min(Math.max(m.span[1], a), pe);
    if (a >= pe || a < lastEnd) continue;
    items.push({ kind: 'mark', key: m.id, span: [a, b] });
    placed.push(m.id);
    lastEnd = b;
  }
  const markSpans = items.map((x) => x.span);
  let termEnd = -1;
  for (const t of [...terms].sort((a, b) => a.span[0] - b.span[0])) {
    const [a, b] = t.span;
    if (a < ps || b > pe || b <= a || a < termEnd) continue;
    if (markSpans.some((s) => s[0] < b && a < s[1])) continue;
    items.push({ kind: 'term', key: t.term, span: [a, b] });
    termEnd = b;
  }
  items.sort((x, y) => x.span[0] - y.span[0]);
  /** @type {Piece[]} */
  const pieces = [];
  let k = 0;
  let done = ps; // everything before this offset has been emitted
  outer.forEach(([a, b], n) => {
    /** @type {Run[]} */
    const runs = [];
    let at = Math.max(a, done);
    while (k < items.length && items[k].span[0] < b) {
      const it = items[k];
      const s = Math.max(it.span[0], at);
      // An item that starts in this piece may end beyond it: keep it whole
      // here (the next piece starts after it).
      const e = it.span[1];
      if (s > at) runs.push({ type: 'text', text: slice(p, at, s) });
      const shown = slice(p, s, e);
      if (it.kind === 'mark') runs.push({ type: 'mark', id: it.key, text: shown, span: [s, e] });
      else runs.push({ type: 'term', term: it.key, text: shown, span: [s, e] });
      at = Math.max(at, e);
      k++;
    }
    if (at < b) runs.push({ type: 'text', text: slice(p, at, b) });
    done = Math.max(at, b);
    const kept = runs.filter((r) => r.type !== 'text' || r.text !== '');
    if (kept.length) pieces.push({ type: types[n], span: [a, b], runs: kept });
  });
  return { pieces, placed, projection: p };
}
