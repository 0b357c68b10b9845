// Pure helpers of <gov-report-panel>: the filters, the sort, the chart's
// rows and the CSV/JSON of exactly the rows shown. No DOM.

import { csvCell } from './model.js';

/** The CSV columns: the CLI's `govreport panel` columns, in order, then the sentences. */
export const PANEL_COLUMNS = [
  'region', 'year', 'metricId', 'metric', 'kind', 'unit', 'targetValue', 'targetHi', 'targetQual', 'targetFile',
  'targetQuantityId', 'actualValue', 'actualStatus', 'actualFile', 'actualQuantityId', 'gap', 'verdict',
  'regionCode', 'regionSource', 'yearSource', 'rule', 'bound', 'targetSentence', 'actualSentence',
];

/** The sort keys the table's headers offer. */
export const SORT_KEYS = ['region', 'year', 'metric', 'kind', 'targetValue', 'actualValue', 'gap', 'verdict'];

/** A metric choice: metric id and kind (a chart compares like with like). @param {any} r */
export const metricKey = (r) => `${r.metricId}|${r.kind}`;

/** The scopes of the rows filter: rows with a target (the default), with a target and a result, all. */
export const SCOPES = ['target', 'both', 'all'];

/**
 * The rows that pass the filters: `scope` (`target`: rows with a target;
 * `both`: with a target and a result; `all` or empty: every row), `metric`
 * (a metricKey), `kind`, `verdict`, `year`, `q` (a part of the region's
 * name, Chinese or English).
 * @param {any[]} rows
 * @param {{scope?: string, metric?: string, kind?: string, verdict?: string, year?: string|number, q?: string}} f
 * @param {(region: string) => string} [alias] another name of a region to search (English)
 */
export function filterRows(rows, f, alias = () => '') {
  const q = String(f.q || '').trim().toLowerCase();
  const scope = f.scope || 'all';
  return rows.filter(
    (r) =>
      (scope === 'all' || (r.targetValue != null && (scope !== 'both' || r.actualValue != null))) &&
      (!f.metric || metricKey(r) === f.metric) &&
      (!f.kind || r.kind === f.kind) &&
      (!f.verdict || r.verdict === f.verdict) &&
      (!f.year || String(r.year) === String(f.year)) &&
      (!q || r.region.toLowerCase().includes(q) || String(alias(r.region) || '').toLowerCase().includes(q)),
  );
}

const VERDICT_ORDER = { missed: 0, near: 1, met: 2, 'no-result': 3, 'no-target': 4 };

/**
 * The rows sorted by a key (stable; empty values last in either direction).
 * @param {any[]} rows @param {string} key @param {'asc'|'desc'} dir
 */
export function sortRows(rows, key, dir = 'asc') {
  if (!SORT_KEYS.includes(key)) return [...rows];
  const sign = dir === 'desc' ? -1 : 1;
  const val = (r) => (key === 'verdict' ? VERDICT_ORDER[r.verdict] ?? 9 : key === 'metric' ? r.metricId : r[key]);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = val(a.r);
      const y = val(b.r);
      if (x == null || y == null) return x == null && y == null ? a.i - b.i : x == null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return c ? sign * c : a.i - b.i;
    })
    .map((x) => x.r);
}

/**
 * The metric choices of a panel, most rows with a target and a result first, then most targets, then in the rows' order: `{key, metricId, kind, metric, count}`.
 * @param {any[]} rows
 */
export function metricChoices(rows) {
  /** @type {Map<string, any>} */
  const by = new Map();
  for (const r of rows) {
    const k = metricKey(r);
    const e = by.get(k) || { key: k, metricId: r.metricId, kind: r.kind, metric: r.metric, count: 0, targets: 0, both: 0, first: by.size };
    e.count++;
    if (r.targetValue != null) e.targets++;
    if (r.targetValue != null && r.actualValue != null) e.both++;
    by.set(k, e);
  }
  // Ties in the rows' order (the engine's: headline indicators first, GDP before the others).
  return [...by.values()].sort((a, b) => b.both - a.both || b.targets - a.targets || b.count - a.count || a.first - b.first);
}

/**
 * The rows the chart draws: those of one metric key with a target or a
 * result in the row's unit, of the commonest unit (a chart has one axis).
 * @param {any[]} rows the shown rows
 * @param {string} key a metricKey
 */
export function chartRows(rows, key) {
  const mine = rows.filter((r) => metricKey(r) === key && (r.targetValue != null || r.actualValue != null));
  /** @type {Map<string, number>} */
  const units = new Map();
  for (const r of mine) units.set(r.unit, (units.get(r.unit) || 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0];
  return unit ? mine.filter((r) => r.unit === unit[0]) : [];
}

/**
 * The shown rows as CSV (RFC 4180, CRLF, UTF-8 BOM; formula-like cells
 * prefixed with `'`).
 * @param {any[]} rows
 */
export function panelCsv(rows) {
  const lines = [PANEL_COLUMNS.join(',')];
  for (const r of rows) lines.push(PANEL_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/**
 * The shown rows as JSON, with the filters and the sort that chose them.
 * @param {any[]} rows @param {object} filters @param {{key: string, dir: string}} sort
 */
export function panelJson(rows, filters, sort) {
  return JSON.stringify({ filters, sort, count: rows.length, rows }, null, 2) + '\n';
}
