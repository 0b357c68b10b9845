// Accessible inline SVG charts for <gov-report>: no canvas, no library.
// Each function returns an <svg role="img"> with <title> and <desc>; marks
// that stand for one quantity carry `data-ref` (its id), aggregate marks carry
// `data-filter` ("status:target", "section:3") for the element to act on.
// Output is deterministic (coordinates rounded to 0.1) so it can be
// snapshot-tested. Charts are drawn for the width they are given (`width`,
// CSS pixels; never scaled down): below about 480 px the labels go above
// their bars. Bars are one roving tab stop (`data-rv`).

const NS = 'http://www.w3.org/2000/svg';

/** Rounds a coordinate to one decimal. */
const r1 = (v) => Math.round(v * 10) / 10;

/**
 * Creates an SVG element with attributes (values are set with setAttribute,
 * never parsed as markup).
 * @param {Document} doc
 * @param {string} tag
 * @param {Record<string, string|number|null|undefined>} [attrs]
 * @param {string} [text]
 */
function el(doc, tag, attrs = {}, text) {
  const node = doc.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v != null) node.setAttribute(k, typeof v === 'number' ? String(r1(v)) : v);
  }
  if (text != null) node.textContent = text;
  return node;
}

/** A "nice" step for an axis that spans `span` with about `n` ticks. */
function niceStep(span, n = 4) {
  if (!(span > 0)) return 1;
  const raw = span / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/** The outer <svg> with its title and description. */
function frame(doc, { id, title, desc, width, height }) {
  const svg = el(doc, 'svg', {
    xmlns: NS,
    viewBox: `0 0 ${r1(width)} ${r1(height)}`,
    width: r1(width),
    height: r1(height),
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    class: 'chart',
    part: 'chart',
  });
  svg.append(el(doc, 'title', { id: `${id}-title` }, title));
  svg.append(el(doc, 'desc', { id: `${id}-desc` }, desc));
  return svg;
}

/** Estimated width in px of a label at 13px (Latin ≈ 7, CJK ≈ 13). */
export function textWidth(label) {
  let w = 0;
  for (const ch of String(label)) w += /[\u0000-\u00ff]/.test(ch) ? 7.2 : 13;
  return w;
}

/** Shortens a label to fit about `max` display columns. */
function clip(label, max) {
  let w = 0;
  let out = '';
  for (const ch of label) {
    w += /[\u0000-\u00ff]/.test(ch) ? 0.55 : 1;
    if (w > max) return out + '…';
    out += ch;
  }
  return out;
}

/**
 * Growth targets beside last year's results, one row per indicator.
 *
 * @param {Document} doc
 * @param {{
 *   id: string, title: string, desc: string,
 *   rows: {label: string, actual: {value: number, text: string, ref: number}|null,
 *          target: {value: number, hi?: number|null, text: string, ref: number}|null}[],
 *   legend: {actual: string, target: string}, width?: number,
 * }} spec
 */
export function growthChart(doc, spec) {
  const { rows } = spec;
  const W = Math.max(240, Math.min(640, Math.round(spec.width || 640)));
  const narrow = W < 480;
  const texts = rows.flatMap((r) => [r.actual && r.actual.text, r.target && r.target.text]).filter(Boolean);
  const valueW = Math.max(56, Math.ceil(Math.max(0, ...texts.map(textWidth))) + 10);
  const labelW = narrow ? 8 : 170;
  const top = 34;
  const labelH = narrow ? 18 : 0;
  const rowH = 40 + labelH;
  const barH = 13;
  const H = top + rows.length * rowH + 26;
  const values = [0];
  for (const r of rows) {
    if (r.actual) values.push(r.actual.value);
    if (r.target) values.push(r.target.value, r.target.hi ?? r.target.value);
  }
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const step = niceStep(hi - lo || 1);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  if (hi === lo) hi = lo + step;
  // Narrow: room on the left for the value label of a fall.
  const x0 = narrow && lo < 0 ? valueW : labelW;
  const x1 = W - valueW;
  const x = (v) => x0 + ((v - lo) / (hi - lo)) * (x1 - x0);
  const svg = frame(doc, { ...spec, width: W, height: H });
  svg.setAttribute('data-rv-group', '');

  // Legend.
  const legend = el(doc, 'g', { class: 'legend', 'aria-hidden': 'true' });
  const lg = narrow ? 8 : x0;
  const lg2 = lg + Math.max(130, textWidth(spec.legend.actual) + 36);
  legend.append(
    el(doc, 'rect', { x: lg, y: 8, width: 12, height: 12, rx: 2, class: 'bar-actual' }),
    el(doc, 'text', { x: lg + 18, y: 18, class: 'label' }, spec.legend.actual),
    el(doc, 'rect', { x: lg2, y: 8, width: 12, height: 12, rx: 2, class: 'bar-target' }),
    el(doc, 'text', { x: lg2 + 18, y: 18, class: 'label' }, spec.legend.target),
  );
  svg.append(legend);

  // Grid and axis.
  const grid = el(doc, 'g', { class: 'grid', 'aria-hidden': 'true' });
  for (let v = lo; v <= hi + step / 2; v += step) {
    const gx = x(v);
    grid.append(
      el(doc, 'line', {
        x1: gx,
        x2: gx,
        y1: top - 4,
        y2: H - 22,
        class: Math.abs(v) < step / 1e6 ? 'zero' : 'tick',
      }),
      el(doc, 'text', { x: gx, y: H - 8, class: 'axis', 'text-anchor': 'middle' }, `${String(r1(v)).replace('-', '−')}%`),
    );
  }
  svg.append(grid);

  rows.forEach((r, i) => {
    const y = top + i * rowH + labelH;
    const g = el(doc, 'g', { class: 'row' });
    g.append(
      narrow
        ? el(doc, 'text', { x: 8, y: y - 4, class: 'label' }, clip(r.label, (W - 16) / 13))
        : el(doc, 'text', { x: labelW - 8, y: y + (rowH - labelH) / 2 + 4, class: 'label', 'text-anchor': 'end' }, clip(r.label, 12)),
    );
    const bar = (v, v2, yy, cls, ref, text) => {
      const a = x(Math.min(0, v));
      const b = x(Math.max(0, v));
      const rect = el(doc, 'rect', {
        x: a,
        y: yy,
        width: Math.max(1, b - a),
        height: barH,
        rx: 2,
        class: `mark ${cls}`,
        'data-ref': String(ref),
        'data-rv': '',
        tabindex: '-1',
      });
      // The bar's name (and hover text): a <title> child, allowed inside role="img".
      rect.append(el(doc, 'title', {}, `${r.label}: ${text}`));
      g.append(rect);
      let end = b;
      if (v2 != null && v2 > v) {
        const c = x(v2);
        g.append(
          el(doc, 'rect', {
            x: b,
            y: yy,
            width: Math.max(1, c - b),
            height: barH,
            class: `mark ${cls} range`,
            'data-ref': String(ref),
          }),
        );
        end = c;
      }
      const tx = v < 0 ? a - 4 : end + 4;
      g.append(
        el(doc, 'text', { x: tx, y: yy + barH - 2, class: 'value', 'text-anchor': v < 0 ? 'end' : 'start' }, text),
      );
    };
    if (r.actual) bar(r.actual.value, null, y + 6, 'bar-actual', r.actual.ref, r.actual.text);
    if (r.target) bar(r.target.value, r.target.hi, y + 6 + barH + 2, 'bar-target', r.target.ref, r.target.text);
    svg.append(g);
  });
  const first = svg.querySelector('[data-rv]');
  if (first) first.setAttribute('tabindex', '0');
  return svg;
}

/**
 * Horizontal bars of counts, one row per category, each split into segments.
 *
 * @param {Document} doc
 * @param {{
 *   id: string, title: string, desc: string,
 *   rows: {label: string, filter: string, segments: {key: string, value: number, cls: string, label: string}[]}[],
 *   legend?: {cls: string, label: string}[], width?: number,
 * }} spec
 */
export function barChart(doc, spec) {
  const { rows } = spec;
  const W = Math.max(240, Math.min(460, Math.round(spec.width || 460)));
  const narrow = W < 420;
  const labelW = narrow ? 8 : 150;
  const labelH = narrow ? 18 : 0;
  const top = (spec.legend && spec.legend.length ? 34 : 10) + labelH;
  const rowH = 28 + labelH;
  const barH = 18;
  const H = top + rows.length * rowH + 8;
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  const x0 = labelW;
  const x1 = W - 50;
  const w = (v) => (v / max) * (x1 - x0);
  const svg = frame(doc, { ...spec, width: W, height: H });
  svg.setAttribute('data-rv-group', '');
  if (spec.legend && spec.legend.length) {
    const legend = el(doc, 'g', { class: 'legend', 'aria-hidden': 'true' });
    let lx = x0;
    let ly = 8;
    for (const item of spec.legend) {
      const iw = 26 + [...item.label].reduce((w, ch) => w + (/[\u0000-\u00ff]/.test(ch) ? 7 : 13), 0);
      if (lx + iw > W && lx > x0) {
        lx = x0;
        ly += 18;
      }
      legend.append(
        el(doc, 'rect', { x: lx, y: ly, width: 12, height: 12, rx: 2, class: item.cls }),
        el(doc, 'text', { x: lx + 17, y: ly + 10, class: 'label' }, item.label),
      );
      lx += iw;
    }
    svg.append(legend);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const g = el(doc, 'g', { class: 'row' });
    g.append(
      narrow
        ? el(doc, 'text', { x: 8, y: y - 4, class: 'label' }, clip(r.label, (W - 16) / 13))
        : el(doc, 'text', { x: labelW - 8, y: y + barH / 2 + 5, class: 'label', 'text-anchor': 'end' }, clip(r.label, 10)),
    );
    let at = x0;
    let total = 0;
    for (const s of r.segments) {
      if (!(s.value > 0)) continue;
      const sw = w(s.value);
      const rect = el(doc, 'rect', {
        x: at,
        y: y + 2,
        width: Math.max(1, sw),
        height: barH,
        class: `mark ${s.cls}`,
        'data-filter': s.key ? `${r.filter};${s.key}` : r.filter,
        'data-rv': '',
        tabindex: '-1',
      });
      rect.append(el(doc, 'title', {}, `${r.label}${s.label ? ` · ${s.label}` : ''}: ${s.value}`));
      g.append(rect);
      at += sw;
      total += s.value;
    }
    g.append(el(doc, 'text', { x: at + 5, y: y + barH / 2 + 6, class: 'value' }, String(total)));
    svg.append(g);
  });
  const first = svg.querySelector('[data-rv]');
  if (first) first.setAttribute('tabindex', '0');
  return svg;
}
