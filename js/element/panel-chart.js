// The charts of <gov-report-panel>. Both are drawn for the width they are
// given (never scaled), so that their text stays 11–13 px on a phone; their
// legend is HTML beside them (the element's), one entry per colour.
//
// - dotBarChart: one row per region (and year), a bar for the result
//   (coloured by the verdict) and a dot for the target (a line for a range);
//   below 480 px the region's name goes above its bar; more than 12 rows get
//   the axis at the top as well.
// - smallMultiples: one small chart per region, the years across, the
//   target (ring) and the result (dot coloured by the verdict) of each year,
//   all on one scale: readable for hundreds of reports.
//
// Marks carry `data-row` (the row's index among those shown) and
// `data-side` (`target` / `actual`); each chart is one roving tab stop.

const NS = 'http://www.w3.org/2000/svg';
const r1 = (v) => Math.round(v * 10) / 10;

/** An SVG element; attribute values via setAttribute, text via textContent. */
function el(tag, attrs = {}, text) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) n.setAttribute(k, typeof v === 'number' ? String(r1(v)) : v);
  if (text != null) n.textContent = text;
  return n;
}

/** A "nice" axis step for a span. */
function niceStep(span, n = 4) {
  if (!(span > 0)) return 1;
  const raw = span / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/** Estimated width of a label at 12 px (Latin ≈ 6.7, CJK ≈ 12). */
const textW = (s) => [...String(s)].reduce((w, c) => w + (/[\u0000-\u00ff]/.test(c) ? 6.7 : 12), 0);

/**
 * The axis of values: 0 and every finite value, widened to nice steps.
 * @param {(number|null|undefined)[]} values @param {number} [n] steps wanted
 */
export function scaleOf(values, n = 4) {
  const vals = [0, ...values.filter((v) => v != null && Number.isFinite(v))].map(Number);
  return scaleOfRange(Math.min(...vals), Math.max(...vals), n);
}

/**
 * The axis of most values: the 2nd to the 98th percentile and 0, so that a
 * few outliers do not flatten every other chart (those are drawn at the edge).
 * @param {(number|null|undefined)[]} values @param {number} [n]
 */
export function robustScale(values, n = 4) {
  const vals = values.filter((v) => v != null && Number.isFinite(v)).map(Number).sort((a, b) => a - b);
  if (vals.length < 20) return scaleOf(vals, n);
  const q = (p) => vals[Math.min(vals.length - 1, Math.max(0, Math.round(p * (vals.length - 1))))];
  return scaleOfRange(Math.min(0, q(0.02)), Math.max(0, q(0.98)), n);
}

/** Nice steps over [min, max]. @param {number} min @param {number} max @param {number} n */
function scaleOfRange(min, max, n) {
  const vals = [min, max];
  const step = niceStep(Math.max(...vals) - Math.min(...vals) || 1, n);
  const lo = Math.floor(Math.min(...vals) / step) * step;
  let hi = Math.ceil(Math.max(...vals) / step) * step;
  if (hi === lo) hi = lo + step;
  return { lo, hi, step };
}

/** An axis label: `−2%`, `5`. @param {number} v @param {string} unit */
const tickText = (v, unit) => `${String(r1(v)).replace('-', '−')}${unit === '%' ? '%' : ''}`;

/**
 * @param {{id: string, title: string, desc: string, width: number, unit: string,
 *   legend: {actual: string, target: string}, scale?: {lo: number, hi: number, step: number},
 *   rows: {index: number, label: string, target: number|null, hi: number|null, actual: number|null,
 *     verdict: string|null, targetText: string|null, actualText: string|null}[]}} spec
 */
export function dotBarChart(spec) {
  const W = Math.max(260, Math.round(spec.width || 640));
  const narrow = W < 480;
  const labelW = narrow ? 0 : Math.min(170, Math.max(60, ...spec.rows.map((r) => textW(r.label) + 12)));
  const valueW = Math.min(narrow ? 110 : 150, Math.max(40, ...spec.rows.map((r) => textW((r.actual != null ? r.actualText : r.targetText) || '') + 14)));
  const axisTop = spec.rows.length > 12;
  const top = axisTop ? 24 : 8;
  const rowH = narrow ? 40 : spec.rows.length > 15 ? 24 : 30;
  const H = top + spec.rows.length * rowH + 26;
  const { lo, hi, step } = spec.scale || scaleOf(spec.rows.flatMap((r) => [r.target, r.hi, r.actual]));
  const x0 = narrow ? 8 : labelW;
  const x1 = W - valueW;
  const x = (v) => x0 + ((v - lo) / (hi - lo)) * (x1 - x0);
  const svg = el('svg', {
    xmlns: NS, viewBox: `0 0 ${W} ${r1(H)}`, width: W, height: r1(H), role: 'img', class: 'chart dotbar', part: 'chart',
    'aria-labelledby': `${spec.id}-t ${spec.id}-d`, 'data-rv-group': '',
  });
  svg.append(el('title', { id: `${spec.id}-t` }, spec.title), el('desc', { id: `${spec.id}-d` }, spec.desc));
  const grid = el('g', { 'aria-hidden': 'true' });
  for (let v = lo; v <= hi + step / 2; v += step) {
    const gx = x(v);
    grid.append(
      el('line', { x1: gx, x2: gx, y1: top - 4, y2: H - 22, class: Math.abs(v) < step / 1e6 ? 'zero' : 'tick' }),
      el('text', { x: gx, y: H - 8, class: 'axis', 'text-anchor': 'middle' }, tickText(v, spec.unit)),
    );
    if (axisTop) grid.append(el('text', { x: gx, y: 14, class: 'axis axis-top', 'text-anchor': 'middle' }, tickText(v, spec.unit)));
  }
  svg.append(grid);
  spec.rows.forEach((r, i) => {
    const y = top + i * rowH + (narrow ? 16 : 0) - (rowH === 24 ? 3 : 0);
    const g = el('g', { class: 'row' });
    g.append(
      narrow
        ? el('text', { x: 8, y: y + 1, class: 'label' }, r.label)
        : el('text', { x: labelW - 8, y: y + 15, class: 'label', 'text-anchor': 'end' }, r.label),
    );
    const by = y + 5;
    if (r.actual != null && Number.isFinite(r.actual)) {
      const a = x(Math.min(0, r.actual));
      const b = x(Math.max(0, r.actual));
      const bar = el('rect', {
        x: a, y: by, width: Math.max(1, b - a), height: 14, rx: 2, class: `mark bar-actual v-${r.verdict || 'none'}`,
        'data-row': String(r.index), 'data-side': 'actual', 'data-rv': '', tabindex: '-1',
      });
      bar.append(el('title', {}, `${r.label}: ${spec.legend.actual} ${r.actualText}`));
      g.append(bar, el('text', { x: Math.max(b, r.target != null ? x(r.hi ?? r.target) + 6 : b) + 4, y: by + 12, class: 'value' }, r.actualText || ''));
    }
    if (r.target != null && Number.isFinite(r.target)) {
      const cy = by + 7;
      if (r.hi != null && r.hi > r.target) g.append(el('line', { x1: x(r.target), x2: x(r.hi), y1: cy, y2: cy, class: 'range-target' }));
      const dot = el('circle', {
        cx: x(r.target), cy, r: 6, class: 'mark dot-target', 'data-row': String(r.index), 'data-side': 'target', 'data-rv': '', tabindex: '-1',
      });
      dot.append(el('title', {}, `${r.label}: ${spec.legend.target} ${r.targetText}`));
      g.append(dot);
      if (r.actual == null) g.append(el('text', { x: x(r.hi ?? r.target) + 10, y: by + 12, class: 'value' }, r.targetText || ''));
    }
    svg.append(g);
  });
  const first = svg.querySelector('[data-rv]');
  if (first) first.setAttribute('tabindex', '0');
  return svg;
}

/**
 * Small multiples: one chart per group (a region), the years across, a ring
 * for the target (a line for a range) and a dot for the result coloured by
 * its verdict; every chart on the same scale and years. Returns a `div` of
 * `figure`s, one roving tab stop.
 * @param {{id: string, width: number, unit: string, years: number[], labels: {actual: string, target: string},
 *   groups: {label: string, points: {index: number, year: number, target: number|null, hi: number|null,
 *     actual: number|null, verdict: string|null, targetText: string|null, actualText: string|null}[]}[]}} spec
 */
export function smallMultiples(spec) {
  const W = Math.max(260, Math.round(spec.width || 640));
  const cols = Math.max(1, Math.min(6, Math.floor(W / (W < 480 ? 160 : 190))));
  const w = Math.floor((W - (cols - 1) * 8) / cols);
  const years = spec.years.length ? spec.years : [0];
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  const { lo, hi, step } = robustScale(spec.groups.flatMap((g) => g.points.flatMap((p) => [p.target, p.hi, p.actual])), 2);
  const h = W < 480 ? 72 : 84;
  const left = 34;
  const pad = 8;
  const top = 6;
  const bottom = h - 16;
  const x = (yr) => (y1 === y0 ? (left + w - pad) / 2 : left + ((yr - y0) / (y1 - y0)) * (w - pad - left));
  const y = (v) => bottom - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (bottom - top);
  const out = (v) => (v < lo || v > hi ? ' clipped' : '');
  const wrap = document.createElement('div');
  wrap.className = 'multiples';
  wrap.setAttribute('data-rv-group', '');
  wrap.setAttribute('part', 'chart');
  wrap.style.setProperty('--cols', String(cols));
  spec.groups.forEach((g, gi) => {
    const fig = document.createElement('figure');
    fig.className = 'mini';
    const cap = document.createElement('figcaption');
    cap.textContent = g.label;
    cap.id = `${spec.id}-g${gi}`;
    const svg = el('svg', { xmlns: NS, viewBox: `0 0 ${w} ${h}`, width: w, height: h, class: 'chart mini-chart', role: 'group', 'aria-labelledby': cap.id });
    const grid = el('g', { 'aria-hidden': 'true' });
    for (let v = lo; v <= hi + step / 2; v += step) {
      grid.append(
        el('line', { x1: left, x2: w - pad + 4, y1: y(v), y2: y(v), class: Math.abs(v) < step / 1e6 ? 'zero' : 'tick' }),
        el('text', { x: left - 4, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, tickText(v, spec.unit)),
      );
    }
    grid.append(
      el('text', { x: left, y: h - 2, class: 'axis', 'text-anchor': 'start' }, String(y0)),
      y1 !== y0 ? el('text', { x: w - pad, y: h - 2, class: 'axis', 'text-anchor': 'end' }, String(y1)) : '',
    );
    svg.append(grid);
    const pts = [...g.points].sort((a, b) => a.year - b.year);
    const line = pts.filter((p) => p.actual != null && Number.isFinite(p.actual));
    if (line.length > 1) svg.append(el('polyline', { points: line.map((p) => `${r1(x(p.year))},${r1(y(/** @type {number} */ (p.actual)))}`).join(' '), class: 'spark', 'aria-hidden': 'true' }));
    for (const p of pts) {
      const cx = x(p.year);
      if (p.target != null && Number.isFinite(p.target)) {
        if (p.hi != null && p.hi > p.target) svg.append(el('line', { x1: cx, x2: cx, y1: y(p.target), y2: y(p.hi), class: 'range-target', 'aria-hidden': 'true' }));
        const ring = el('circle', { cx, cy: y(p.target), r: 4, class: `mark dot-target${out(p.target)}`, 'data-row': String(p.index), 'data-side': 'target', 'data-rv': '', tabindex: '-1', role: 'img', 'aria-label': `${g.label} ${p.year} ${spec.labels.target} ${p.targetText || ''}` });
        ring.append(el('title', {}, `${g.label} ${p.year}: ${spec.labels.target} ${p.targetText || ''}`));
        svg.append(ring);
      }
      if (p.actual != null && Number.isFinite(p.actual)) {
        const dot = el('circle', { cx, cy: y(p.actual), r: 3.5, class: `mark dot-actual v-${p.verdict || 'none'}${out(p.actual)}`, 'data-row': String(p.index), 'data-side': 'actual', 'data-rv': '', tabindex: '-1', role: 'img', 'aria-label': `${g.label} ${p.year} ${spec.labels.actual} ${p.actualText || ''}` });
        dot.append(el('title', {}, `${g.label} ${p.year}: ${spec.labels.actual} ${p.actualText || ''}`));
        svg.append(dot);
      }
    }
    fig.append(cap, svg);
    wrap.append(fig);
  });
  const first = wrap.querySelector('[data-rv]');
  if (first) first.setAttribute('tabindex', '0');
  return wrap;
}
