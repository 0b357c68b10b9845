// The header view: title, region, level, meeting, date, speaker, parser notes.

import { h, src } from './dom.js';
import { regionEn, meetingEn, titleEn } from './names.js';
import { messageFor } from './messages.js';

/**
 * @param {import('./gov-report.js').Report} r
 * @param {{lang: 'zh'|'en', t: any}} ctx
 */
export function headerView(r, ctx) {
  const { t, lang } = ctx;
  const en = lang === 'en';
  const m = r.meta || /** @type {any} */ ({});
  /** English where a table has it, else the Chinese kept (and marked), the original in the title. */
  const both = (zh, english, part) => {
    if (!zh) return null;
    if (!en) return h('li', { part }, zh);
    return english ? h('li', { part, title: zh }, english) : h('li', { part }, src(zh, lang));
  };
  const items = [];
  const region = both(m.region, regionEn(m.region), 'region');
  if (region) items.push(region);
  if (m.level) items.push(h('li', {}, h('span', { class: 'badge', text: t.level[m.level] || m.level })));
  const meeting = both(m.meeting, meetingEn(m.meeting), 'meeting');
  if (meeting) items.push(meeting);
  if (m.date) items.push(h('li', {}, h('time', { datetime: m.date, text: m.date })));
  if (m.speakerTitle || m.speaker) {
    if (!en) items.push(h('li', { text: t.speaker(m.speakerTitle, m.speaker) }));
    else {
      const title = titleEn(m.speakerTitle) || m.speakerTitle;
      const li = h('li', { part: 'speaker' });
      if (m.speaker) li.append(src(m.speaker, lang));
      if (m.speaker && title) li.append(', ');
      if (title) li.append(src(title, lang));
      items.push(li);
    }
  }
  const years = m.planYear != null ? t.reportYears(m.planYear, m.reviewYear) : '';
  if (years) items.push(h('li', { part: 'years', text: years }));
  const title = en
    ? h('h2', { class: 'title', title: m.title || null, text: t.report })
    : h('h2', { class: 'title', text: m.title || t.report });
  const header = h('header', { part: 'header' }, title, items.length ? h('ul', { class: 'meta' }, ...items) : null);
  if (r.warnings && r.warnings.length) {
    header.append(
      h(
        'details',
        { class: 'warnings', part: 'warnings' },
        h('summary', { text: t.warnings(r.warnings.length) }),
        h(
          'ul',
          {},
          ...r.warnings.map((w) =>
            h('li', { 'data-code': w.code }, messageFor(w.code, w.message, lang), ' ', h('code', { text: w.code })),
          ),
        ),
      ),
    );
  }
  return header;
}
