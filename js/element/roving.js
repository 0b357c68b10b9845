// One tab stop per group (cards, a table's rows, a chart's bars, the marks
// of the text), arrow keys inside: the roving tabindex of the ARIA practices.
// A group is any element with `data-rv-group`; its items carry `data-rv`.

/** Items of a group that can take focus now (shown, not dimmed). */
function itemsOf(group) {
  return [...group.querySelectorAll('[data-rv]')].filter(
    (n) => !n.classList.contains('dim') && /** @type {HTMLElement} */ (n).getClientRects().length > 0,
  );
}

/**
 * Makes `item` the group's one tab stop (the first item when null).
 * @param {Element} group
 * @param {Element|null} [item]
 */
export function setStop(group, item = null) {
  const all = group.querySelectorAll('[data-rv]');
  const stop = item || all[0];
  for (const n of all) n.setAttribute('tabindex', n === stop ? '0' : '-1');
}

/**
 * Moves focus inside a group on an arrow key, Home or End. Returns whether
 * the key was handled.
 * @param {KeyboardEvent} e
 */
export function rovingKey(e) {
  const target = /** @type {Element} */ (e.target);
  const item = target.closest && target.closest('[data-rv]');
  const group = item && item.closest('[data-rv-group]');
  if (!item || !group) return false;
  const all = itemsOf(group);
  const i = all.indexOf(item);
  let j = -1;
  if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = Math.min(all.length - 1, i + 1);
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = Math.max(0, i - 1);
  else if (e.key === 'Home') j = 0;
  else if (e.key === 'End') j = all.length - 1;
  if (j < 0 || !all[j]) return false;
  e.preventDefault();
  const next = /** @type {HTMLElement} */ (all[j]);
  setStop(group, next);
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Keeps the tab stop on the item that has focus (a click or a tab into the group). @param {FocusEvent} e */
export function rovingFocus(e) {
  const target = /** @type {Element} */ (e.target);
  const item = target.closest && target.closest('[data-rv]');
  const group = item && item.closest('[data-rv-group]');
  if (item && group && item.getAttribute('tabindex') !== '0') setStop(group, item);
}
