// The text view: the original report with every quantity highlighted (a
// <mark> per quantity, one roving tab stop), glossary terms underlined, an
// outline to jump to parts and sections, and the glossary.

import { h } from './dom.js';
import { STATUSES, segment, project, findTerm } from './model.js';

/**
 * @typedef {import('./gov-report.js').Section} Section
 * @typedef {import('./gov-report.js').Paragraph} Paragraph
 * @typedef {[number, number]} Span
 */

/**
 * Builds the text view. Returns the node, the mark of each quantity id and
 * the node each outline entry jumps to.
 * @param {import('./gov-report.js').Report} r
 * @param {string} text the original input (spans index it)
 * @param {{lang: 'zh'|'en', t: any, idx: any, width?: number}} ctx
 * @returns {{node: HTMLElement, marks: Map<number, HTMLElement>, anchors: Map<number, HTMLElement>}}
 */
export function textView(r, text, ctx) {
  const { t, idx } = ctx;
  /** @type {Map<number, HTMLElement>} */
  const marksById = new Map();
  /** A highlighted quantity (one roving tab stop for all). */
  const mark = (id, shown) => {
    const q = idx.byId.get(id);
    const node = h('mark', {
      class: `q s-${(q && q.status) || 'unknown'}`,
      'data-quantity-id': id,
      'data-rv': '',
      tabindex: '-1',
      part: 'mark',
      text: shown || (q && q.text) || '',
    });
    marksById.set(id, node);
    return node;
  };
  const sections = r.sections || [];
  const quantities = [...(r.quantities || [])].sort((a, b) => a.span[0] - b.span[0]);
  const glossary = r.glossary || [];
  const article = h('article', { class: 'text', part: 'text', 'aria-label': t.text, lang: 'zh-CN', 'data-rv-group': '' });
  /** @type {Set<number>} */
  const placed = new Set();

  // Quantities per stretch: a moving window over the sorted list.
  const within = (a, b) => {
    const out = [];
    for (const q of quantities) {
      if (q.span[0] >= b) break;
      if (q.span[0] >= a && !placed.has(q.id)) out.push({ id: q.id, span: /** @type {Span} */ (q.span) });
    }
    return out;
  };
  // Term occurrences: the engine's, else found in each stretch.
  const engineTerms = glossary.some((g) => g.occurrences && g.occurrences.length);
  const termsIn = (a, b, proj) => {
    const out = [];
    glossary.forEach((g, i) => {
      if (engineTerms) {
        for (const s of g.occurrences || []) if (s[0] >= a && s[1] <= b) out.push({ term: i, span: s });
      } else {
        for (const s of findTerm(proj, g.term)) out.push({ term: i, span: s });
      }
    });
    return out;
  };
  const topics = sections.filter((s) => s.level === 'topic');

  /** Renders pieces into a container. */
  const fill = (container, span, sentences, withTerms = true) => {
    const proj = project(text, span[0], span[1]);
    const marks = within(span[0], span[1]);
    const terms = withTerms && glossary.length ? termsIn(span[0], span[1], proj) : [];
    const { pieces, placed: got } = segment(text, span, sentences, marks, terms);
    for (const id of got) placed.add(id);
    for (const piece of pieces) {
      const holder =
        piece.type === 'sentence' ? h('span', { class: 'sent', 'data-s': `${piece.span[0]}-${piece.span[1]}` }) : null;
      if (holder) {
        const tp = topics.find((s) => s.span[0] <= piece.span[0] + 1 && s.span[1] >= piece.span[1] - 2);
        if (tp) holder.classList.add('lead');
      }
      for (const run of piece.runs) {
        let node;
        if (run.type === 'text') node = document.createTextNode(run.text);
        else if (run.type === 'mark') node = mark(run.id, run.text);
        else
          node = h('span', {
            class: 'term',
            tabindex: '0',
            'data-term': run.term,
            text: run.text,
          });
        (holder || container).append(node);
      }
      if (holder) container.append(holder);
    }
    return container;
  };

  // Document order: part/section headings and paragraphs by start.
  const heads = sections.filter((s) => s.level !== 'topic');
  const paras = [...(r.paragraphs || [])].sort((a, b) => a.span[0] - b.span[0]);
  /** @type {({kind: 'h', s: Section} | {kind: 'p', p: Paragraph})[]} */
  const items = [];
  let hi = 0;
  const sortedHeads = [...heads].sort((a, b) => a.span[0] - b.span[0]);
  /** @type {Map<number, HTMLElement>} */
  const anchors = new Map();
  for (const p of paras) {
    while (hi < sortedHeads.length && sortedHeads[hi].span[0] < p.span[0]) items.push({ kind: 'h', s: sortedHeads[hi++] });
    items.push({ kind: 'p', p });
  }
  while (hi < sortedHeads.length) items.push({ kind: 'h', s: sortedHeads[hi++] });
  // A heading inside a paragraph's span is shown within the paragraph.
  /** @type {HTMLElement | null} */
  let lastP = null;
  let lastPEnd = -1;
  for (const it of items) {
    if (it.kind === 'h') {
      const s = it.s;
      if (s.span[0] < lastPEnd && lastP) {
        anchors.set(s.id, lastP);
        continue;
      }
      const node = h(s.level === 'part' ? 'h3' : 'h4', {
        class: s.level,
        id: `sec-${s.id}`,
        tabindex: '-1',
        'data-section': s.id,
      });
      fill(node, s.span, [], false);
      if (!node.textContent) node.textContent = `${s.label}${s.title}`;
      article.append(node);
      anchors.set(s.id, node);
    } else {
      const p = it.p;
      const node = h('p', { 'data-section': p.sectionId });
      fill(node, p.span, p.sentences);
      if (!node.childNodes.length) continue;
      article.append(node);
      lastP = node;
      lastPEnd = p.span[1];
    }
  }

  // Glossary, from the original where the definition can be found.
  if (glossary.length) {
    const dl = h('dl');
    glossary.forEach((g, i) => {
      const dd = h('dd');
      const proj = project(text, g.span[0], g.span[1]);
      const head = (g.definition || '').slice(0, 6);
      const at = head ? proj.text.indexOf(head) : -1;
      if (at >= 0) fill(dd, [proj.offs[at], g.span[1]], [], false);
      else dd.textContent = g.definition || '';
      dl.append(h('dt', { id: `term-${i}`, text: g.term }), dd);
    });
    article.append(
      h('section', { class: 'glossary', part: 'glossary' }, h('h3', { class: 'part', lang: ctx.lang, text: t.glossary }), dl),
    );
  }

  // Anything the stretches above did not place (so every quantity has a mark).
  const rest = quantities.filter((q) => !placed.has(q.id));
  if (rest.length) {
    const box = h('section', { class: 'other' }, h('h3', { class: 'part', lang: ctx.lang, text: t.otherFigures }));
    for (const q of rest) {
      const sent = h('span', { class: 'sent' }, mark(q.id, q.text), ` — ${q.sentence || ''}`);
      box.append(h('p', { class: 'plain' }, sent));
      placed.add(q.id);
    }
    article.append(box);
  }

  // Roving tab stop: the first mark.
  const first = marksById.values().next().value;
  if (first) first.tabIndex = 0;

  // Outline.
  const nav = h('nav', { class: 'outline', part: 'outline', 'aria-label': t.outline });
  const parts = heads.filter((s) => s.level === 'part' || s.parent == null || !heads.some((x) => x.id === s.parent));
  if (heads.length) {
    const list = h('ol');
    const childrenOf = (id) => heads.filter((s) => s.parent === id && s.level !== 'part');
    for (const s of parts) {
      const li = h(
        'li',
        { class: s.level },
        h('a', { href: `#sec-${s.id}`, 'data-goto-section': s.id, text: `${s.label}${s.title}` }),
      );
      const kids = childrenOf(s.id);
      if (kids.length) {
        li.append(
          h(
            'ol',
            {},
            ...kids.map((k) =>
              h('li', { class: k.level }, h('a', { href: `#sec-${k.id}`, 'data-goto-section': k.id, text: `${k.label}${k.title}` })),
            ),
          ),
        );
      }
      list.append(li);
    }
    if (glossary.length) {
      list.append(h('li', { class: 'part' }, h('a', { href: '#term-0', 'data-goto-term': '0', text: t.glossary })));
    }
    const narrow = (ctx.width || 0) > 0 && (ctx.width || 0) < 700;
    nav.append(h('details', { open: !narrow }, h('summary', { text: t.outline }), list));
  }

  const legend = h(
    'ul',
    { class: 'legend-line', 'aria-label': t.colStatus },
    ...[...STATUSES, 'unknown']
      .filter((s) => (r.quantities || []).some((q) => (q.status || 'unknown') === s))
      .map((s) => h('li', {}, h('span', { class: `pill s-${s}`, text: s === 'unknown' ? t.unknown : t.status[s] }))),
  );
  const node = heads.length
    ? h('div', { class: 'reader' }, nav, h('div', {}, legend, article))
    : h('div', { class: 'reader single' }, h('div', {}, legend, article));
  return { node, marks: marksById, anchors };
}

