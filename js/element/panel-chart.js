// The dot-and-bar chart of <gov-report-panel>: one row per region, a bar for
// the result (coloured by the verdict) and a dot for the target (a line for a
// range). Drawn for the width it is given (never scaled), so that its text
// stays 11–13 px on a phone: below 480 px the region's name goes above its
// bar. Marks carry `data-row` (the row's index among those shown) and
// `data-side` (`target` / `actual`); they are one roving tab stop.

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
 * @param {{id: string, title: string, desc: string, width: number, unit: string,
 *   legend: {actual: string, target: string},
 *   rows: {index: number, label: string, target: number|null, hi: number|null, actual: number|null,
 *     verdict: string|null, targetText: string|null, actualText: string|null}[]}} spec
 */
export function dotBarChart(spec) {
  const W = Math.max(260, Math.round(spec.width || 640));
  const narrow = W < 480;
  const labelW = narrow ? 0 : Math.min(170, Math.max(60, ...spec.rows.map((r) => textW(r.label) + 12)));
  const valueW = Math.min(narrow ? 110 : 150, Math.max(40, ...spec.rows.map((r) => textW(r.actualText || '') + 10)));
  const top = 30;
  const rowH = narrow ? 44 : 30;
  const H = top + spec.rows.length * rowH + 26;
  const vals = [0];
  for (const r of spec.rows) for (const v of [r.target, r.hi, r.actual]) if (v != null && Number.isFinite(v)) vals.push(v);
  const step = niceStep(Math.max(...vals) - Math.min(...vals) || 1);
  const lo = Math.floor(Math.min(...vals) / step) * step;
  let hi = Math.ceil(Math.max(...vals) / step) * step;
  if (hi === lo) hi = lo + step;
  const x0 = narrow ? 8 : labelW;
  const x1 = W - valueW;
  const x = (v) => x0 + ((v - lo) / (hi - lo)) * (x1 - x0);
  const svg = el('svg', {
    xmlns: NS, viewBox: `0 0 ${W} ${r1(H)}`, width: W, height: r1(H), role: 'img', class: 'chart dotbar', part: 'chart',
    'aria-labelledby': `${spec.id}-t ${spec.id}-d`, 'data-rv-group': '',
  });
  svg.append(el('title', { id: `${spec.id}-t` }, spec.title), el('desc', { id: `${spec.id}-d` }, spec.desc));
  const legend = el('g', { 'aria-hidden': 'true' });
  const lx = narrow ? 8 : x0;
  const lx2 = lx + textW(spec.legend.actual) + 40;
  legend.append(
    el('rect', { x: lx, y: 8, width: 12, height: 12, rx: 2, class: 'bar-actual' }),
    el('text', { x: lx + 18, y: 18, class: 'label' }, spec.legend.actual),
    el('circle', { cx: lx2 + 6, cy: 14, r: 5, class: 'dot-target' }),
    el('text', { x: lx2 + 18, y: 18, class: 'label' }, spec.legend.target),
  );
  svg.append(legend);
  const grid = el('g', { 'aria-hidden': 'true' });
  for (let v = lo; v <= hi + step / 2; v += step) {
    const gx = x(v);
    grid.append(
      el('line', { x1: gx, x2: gx, y1: top - 4, y2: H - 22, class: Math.abs(v) < step / 1e6 ? 'zero' : 'tick' }),
      el('text', { x: gx, y: H - 8, class: 'axis', 'text-anchor': 'middle' }, `${String(r1(v)).replace('-', '−')}${spec.unit === '%' ? '%' : ''}`),
    );
  }
  svg.append(grid);
  spec.rows.forEach((r, i) => {
    const y = top + i * rowH + (narrow ? 18 : 0);
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
