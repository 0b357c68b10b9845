// DOM helpers shared by the views of <gov-report> (and <gov-report-panel>).
// Report text is untrusted: nodes are built with createElement, textContent
// and setAttribute only, never from HTML strings.

/**
 * Builds an element: `h('td', { class: 'num', text: '5%' })`. Strings among
 * the children become text nodes; null, undefined and false are skipped.
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'class') node.className = v;
    else if (k === 'hidden') node.hidden = !!v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c == null || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

/** Whether a string holds Chinese characters (CJK ideographs or punctuation). */
export const hasCjk = (s) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(String(s || ''));

/**
 * Text that may be Chinese source text inside an English view: a span marked
 * `lang="zh-CN"` (so screen readers switch voice) when it holds Chinese.
 * @param {string} s
 * @param {'zh'|'en'} lang
 */
export function src(s, lang) {
  return lang === 'en' && hasCjk(s) ? h('span', { lang: 'zh-CN', class: 'zh', text: s }) : String(s);
}

/** A file name made safe for a download. */
export function fileName(base, ext) {
  const clean = String(base || 'report')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '')
    .trim()
    .slice(0, 60);
  return `${clean || 'report'}.${ext}`;
}
