// The charts view: growth targets beside last year's growth, figures per
// part and per status. Drawn for `ctx.width` (the element redraws it when
// its width changes).

import { h, hasCjk } from './dom.js';
import { partEn } from './names.js';
import { growthChart, barChart } from './charts.js';
import { formatValue, metricName } from './format.js';
import { STATUSES, signedValue, isPercent, lastYearFor } from './model.js';

/**
 * @param {import('./gov-report.js').Report} r
 * @param {{lang: 'zh'|'en', t: any, idx: any, width?: number}} ctx
 */
export function chartsView(r, ctx) {
  const { t, lang, idx } = ctx;
  // Inner width of a figure: its padding and border take about 26 px.
  const full = Math.max(240, Math.floor((ctx.width || 640) - 26));
  const wrap = h('div', { class: 'charts-wrap' }, h('h3', { text: t.charts }));
  const grid = h('div', { class: 'charts', part: 'charts' });

  // 1. Growth targets vs last year's growth.
  const rows = [];
  const seen = new Set();
  let others = 0;
  for (const tg of r.targets || []) {
    if (tg.kind !== 'growth' || !isPercent(tg.unit)) continue;
    const key = tg.metricId || tg.metric || String(tg.quantityId);
    if (seen.has(key)) continue;
    seen.add(key);
    const q = idx.byId.get(tg.quantityId);
    const last = lastYearFor(r, tg, idx);
    const lastOk = last && last.kind === 'growth' && isPercent(last.unit) ? last : null;
    const dir = q ? q.direction : null;
    const sign = dir === 'down' ? -1 : 1;
    const zhName = (tg.metricId && idx.metricLabels.get(tg.metricId)) || tg.metric || t.unknown;
    const name = metricName({ metricId: tg.metricId, label: zhName }, lang);
    rows.push({
      // English mode: no Chinese in the chart; a name no table covers is "Other indicator N".
      label: lang === 'en' && hasCjk(name) ? `${t.otherIndicator} ${++others}` : name,
      actual: lastOk ? { value: signedValue(lastOk), text: formatValue(lastOk, lang, { signed: true }), ref: lastOk.id } : null,
      target: {
        value: sign * tg.value,
        hi: tg.hi != null ? sign * tg.hi : null,
        text: formatValue({ ...tg, direction: dir }, lang, { signed: 'down' }),
        ref: tg.quantityId,
      },
    });
  }
  const fig1 = h('figure', { part: 'chart-targets' }, h('figcaption', { text: t.chartTargets }));
  if (rows.length) {
    fig1.append(
      growthChart(document, {
        id: 'chart-growth',
        title: t.chartTargets,
        desc:
          t.chartTargetsDesc(rows.length) +
          ' ' +
          rows.map((x) => `${x.label}: ${x.actual ? x.actual.text : t.none} → ${x.target ? x.target.text : t.none}`).join('; '),
        rows,
        legend: { actual: t.legendActual, target: t.legendTarget },
        width: full,
      }),
    );
  } else fig1.append(h('p', { class: 'chart-note', text: t.chartTargetsNone }));
  grid.append(fig1);

  // Two charts side by side when there is room for both (see .charts in styles.js).
  const half = (ctx.width || 640) >= 2 * 30 * 16 + 16 ? Math.floor(((ctx.width || 640) - 16) / 2) - 26 : full;

  // 2. Figures per part, split by status.
  const statusKeys = [...STATUSES, 'unknown'];
  const statusLabel = (s) => (s === 'unknown' ? t.unknown : t.status[s]);
  const parts = (r.sections || []).filter((s) => s.level === 'part');
  /** @type {Map<string, {label: string, filter: string, counts: Record<string, number>}>} */
  const groups = new Map();
  parts.forEach((p, i) => {
    const label = lang === 'en' ? partEn(i + 1, p.title) : `${p.label}${p.title}`;
    groups.set(String(p.id), { label, filter: `section:${p.id}`, counts: {} });
  });
  for (const q of r.quantities || []) {
    const p = idx.part(q.sectionId);
    const g = p ? String(p.id) : '';
    if (!groups.has(g)) groups.set(g, { label: t.otherFigures, filter: 'section:', counts: {} });
    const entry = /** @type {any} */ (groups.get(g));
    const s = q.status || 'unknown';
    entry.counts[s] = (entry.counts[s] || 0) + 1;
  }
  const sectionRows = [...groups.values()]
    .filter((g) => Object.keys(g.counts).length)
    .map((g) => ({
      label: g.label,
      filter: g.filter === 'section:' ? 'none' : g.filter,
      segments: statusKeys.map((s) => ({ key: `status:${s}`, value: g.counts[s] || 0, cls: `c-${s}`, label: statusLabel(s) })),
    }));
  const usedStatuses = statusKeys.filter((s) => (r.quantities || []).some((q) => (q.status || 'unknown') === s));
  if (sectionRows.length) {
    grid.append(
      h(
        'figure',
        { part: 'chart-sections' },
        h('figcaption', { text: t.chartSections }),
        barChart(document, {
          id: 'chart-sections',
          title: t.chartSections,
          desc:
            t.chartSectionsDesc(sectionRows.length) +
            ' ' +
            sectionRows.map((x) => `${x.label}: ${x.segments.reduce((a, s) => a + s.value, 0)}`).join('; '),
          rows: sectionRows,
          legend: usedStatuses.map((s) => ({ cls: `c-${s}`, label: statusLabel(s) })),
          width: half,
        }),
      ),
    );
  }

  // 3. Figures per status.
  const statusRows = usedStatuses.map((s) => ({
    label: statusLabel(s),
    filter: `status:${s}`,
    segments: [{ key: '', value: (r.quantities || []).filter((q) => (q.status || 'unknown') === s).length, cls: `c-${s}`, label: '' }],
  }));
  if (statusRows.length) {
    grid.append(
      h(
        'figure',
        { part: 'chart-status' },
        h('figcaption', { text: t.chartStatus }),
        barChart(document, {
          id: 'chart-status',
          title: t.chartStatus,
          desc: t.chartStatusDesc(statusRows.map((x) => `${x.label} ${x.segments[0].value}`).join(', ')),
          rows: statusRows,
          width: half,
        }),
      ),
    );
  }
  wrap.append(grid);
  return wrap;
}
