// How figures read, in Chinese and in English: numbers, units (`11.37 万亿元`
// → `11.37 trillion yuan`), qualifiers written out (`近 30%`, `about 5%`),
// kinds (增长 / 下降 / 总量 / 新增 / 比率), indicator names, accessible names.
// No DOM: runs in Node as in a browser.

import { metricEn, wordsEn } from './names.js';

/**
 * Formats a number for display: grouping, at most 4 decimals.
 * @param {number} v
 * @param {'zh'|'en'} lang
 */
export function formatNumber(v, lang = 'zh') {
  if (typeof v !== 'number' || !Number.isFinite(v)) return '';
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 4 }).format(v);
}

/** Chinese scale prefixes of units (`万亿元`, `亿千瓦时`, `万人`). */
const SCALES = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6],
  ['十万', 1e5], ['万', 1e4], ['千', 1e3], ['百', 1e2],
];

/**
 * English for the base units the engine knows (src/quantities.rs UNITS):
 * `''` for measure words a number reads well without (个, 家, 项 …).
 */
const UNIT_EN = {
  元: 'yuan', 元人民币: 'yuan', 美元: 'US dollars', 欧元: 'euros', 港元: 'HK dollars', 港币: 'HK dollars',
  日元: 'yen', 人: 'people', 名: 'people', 位: 'people', 人次: 'visits', 亩: 'mu', 平方米: 'm²', 平米: 'm²',
  平方公里: 'km²', 平方千米: 'km²', 公顷: 'hectares', 公里: 'km', 千米: 'km', 米: 'm', 延米: 'm', 吨: 'tonnes',
  斤: 'jin', 公斤: 'kg', 千克: 'kg', 立方米: 'm³', 千瓦: 'kW', 千瓦时: 'kWh', 兆瓦: 'MW', 吉瓦: 'GW',
  吨标准煤: 'tonnes of standard coal', 吨标煤: 'tonnes of standard coal', 年: 'years', 个月: 'months', 天: 'days',
  小时: 'hours', 分钟: 'minutes', 岁: 'years', '微克/立方米': 'µg/m³', 户: 'households', 户次: 'households',
  次: 'times', 标箱: 'TEU', 标准箱: 'TEU', 辆: 'vehicles', 辆次: 'vehicle trips', 架次: 'flights', 台: 'units',
  套: 'units', 人民币: 'yuan', 大类: 'categories',
};
/**
 * Chinese units an English reader does not know, converted: 斤 (0.5 kg) to
 * tonnes, 亩 (1/15 hectare) to hectares. The original stays in the tooltip.
 */
const CONVERT_EN = { 斤: ['tonnes', 0.0005], 市斤: ['tonnes', 0.0005], 亩: ['hectares', 1 / 15] };

/** Measure words that an English number needs no word for. */
const COUNT_WORDS = '个家项条处所场件部列座栋幢枚支只头张本册篇批类种款首间株棵艘架宗笔份轮起例盏口眼对家次批次班次台次车次块';

/**
 * A unit in English: its scale (`亿` = 1e8) and English word, or null when
 * no table covers it.
 * @param {string} unit
 * @returns {{scale: number, word: string, tight?: boolean, pp?: boolean, times?: boolean, tenths?: boolean, converted?: boolean} | null}
 */
export function unitEn(unit) {
  const u = String(unit || '').trim();
  if (u === '') return { scale: 1, word: '' };
  if (/^[%％]$/.test(u)) return { scale: 1, word: '%', tight: true };
  if (u === '‰' || u === '‱') return { scale: 1, word: u, tight: true };
  if (u === '个百分点' || u === '百分点') return { scale: 1, word: 'percentage points', pp: true };
  if (u === '成') return { scale: 10, word: '%', tight: true, tenths: true };
  if (u === '倍') return { scale: 1, word: 'times', times: true };
  const conv = (s) => (Object.prototype.hasOwnProperty.call(CONVERT_EN, s) ? CONVERT_EN[s] : null);
  const base = (s) => (s in UNIT_EN ? UNIT_EN[s] : COUNT_WORDS.includes(s) && s.length <= 2 && [...s].every((c) => COUNT_WORDS.includes(c)) ? '' : null);
  for (const [p, scale] of [['', 1], ...SCALES]) {
    if (!u.startsWith(p)) continue;
    const rest = u.slice(p.length);
    const c = conv(rest);
    if (c) return { scale: scale * c[1], word: c[0], converted: true };
    const w = base(rest);
    if (w != null) return { scale, word: w };
    if (p && rest === '') return { scale, word: '' };
  }
  return null;
}

/** A big number in English words: 8.3742e11 → ['837.42', 'billion']. */
function bigEn(n, top) {
  const a = Math.abs(top);
  const [div, word] = a >= 1e12 ? [1e12, 'trillion'] : a >= 1e9 ? [1e9, 'billion'] : a >= 1e6 ? [1e6, 'million'] : [1, ''];
  return [formatNumber(Math.round((n / div) * 1e6) / 1e6, 'en'), word];
}

/**
 * The number (or range) and unit of a figure, without qualifier, e.g.
 * `1,200 亿元` (zh), `120 billion yuan` (en), `3–4%`. `unitKnown` is false
 * when English mode had to keep a Chinese unit.
 * @param {{value:number, hi?:number|null, unit?:string}} q
 * @param {'zh'|'en'} lang
 */
export function amountText(q, lang) {
  const unit = q.unit || '';
  const hi = q.hi != null && Number.isFinite(q.hi) ? q.hi : null;
  const tight = (s) => /^[%‰％‱°]/.test(s) || s === '';
  if (lang !== 'en') {
    const num = formatNumber(q.value, 'zh') + (hi != null ? '–' + formatNumber(hi, 'zh') : '');
    return { text: num + (tight(unit) ? '' : ' ') + unit, unitKnown: true };
  }
  const u = unitEn(unit);
  if (!u) {
    const num = formatNumber(q.value, 'en') + (hi != null ? '–' + formatNumber(hi, 'en') : '');
    return { text: `${num} ${unit}`, unitKnown: false };
  }
  const lo = q.value * u.scale;
  const up = hi != null ? hi * u.scale : null;
  const plain = (n) => formatNumber(Math.round(n * 1e6) / 1e6, 'en');
  // A converted value keeps four significant digits (257亿斤 → 12.85 million tonnes).
  const sig = (n) => (u.converted && n !== 0 ? Number(n.toPrecision(4)) : n);
  let num;
  let word = u.word;
  if (u.tight || u.pp || u.times) {
    num = plain(lo) + (up != null ? '–' + plain(up) : '');
    if (u.pp && up == null && lo === 1) word = 'percentage point';
  } else {
    const top = sig(up ?? lo);
    const [a, big] = bigEn(sig(lo), top);
    num = a + (up != null ? '–' + bigEn(sig(up), top)[0] : '');
    word = [big, word].filter(Boolean).join(' ');
  }
  return { text: num + (u.tight ? word : word ? ' ' + word : ''), unitKnown: true, converted: !!u.converted };
}

/**
 * A difference between two figures of one unit, signed (`+0.7`, `−0.5`):
 * a difference of two percentages is in percentage points (`−0.5个百分点`,
 * `−0.5 pp`), else in the unit (`+1.2 万亿元`, `+1.2 trillion yuan`).
 * @param {number} gap @param {string} unit @param {'zh'|'en'} lang
 */
export function gapText(gap, unit, lang) {
  if (typeof gap !== 'number' || !Number.isFinite(gap)) return null;
  const g = Math.round(gap * 1e6) / 1e6;
  const sign = g > 0 ? '+' : g < 0 ? '−' : '±';
  const u = String(unit || '').trim();
  if (/^[%％]$/.test(u) || u === '个百分点' || u === '百分点') {
    return sign + formatNumber(Math.abs(g), lang) + (lang === 'en' ? ' pp' : '个百分点');
  }
  return sign + amountText({ value: Math.abs(g), unit: u }, lang).text;
}

/** Qualifier words: [before, after] the amount, per language. */
export const QUAL_WORDS = {
  zh: { approx: ['', '左右'], at_least: ['', '以上'], over: ['超过 ', ''], near: ['近 ', ''], at_most: ['不超过 ', ''] },
  en: { approx: ['about ', ''], at_least: ['at least ', ''], over: ['over ', ''], near: ['nearly ', ''], at_most: ['at most ', ''] },
};
/** Compact qualifier symbols (charts). */
const QUAL_SYMBOL = { approx: '≈', at_least: '≥', over: '>', near: '<', at_most: '≤' };

/**
 * A figure's value with its unit and qualifier written out: `5% 左右`,
 * `近 30%`, `about 5%`, `837.42 billion yuan`. Options: `signed` (growth gets
 * `+`/`−`; `'down'`: only falls), `qual` (false: no qualifier), `symbols`
 * (compact `≈5%`, for chart labels).
 * @param {{value:number, hi?:number|null, unit?:string, qual?:string, direction?:string|null, kind?:string|null}} q
 * @param {'zh'|'en'} lang
 * @param {{signed?: boolean|'down', qual?: boolean, symbols?: boolean}} [opts]
 */
export function formatValue(q, lang = 'zh', opts = {}) {
  const { signed = false, qual = true, symbols = false } = opts;
  let text = amountText(q, lang).text;
  if (signed && q.kind === 'growth') {
    if (q.direction === 'down') text = '−' + text;
    else if (signed !== 'down') text = '+' + text;
  }
  if (!qual || !q.qual) return text;
  if (symbols) return (QUAL_SYMBOL[q.qual] || '') + text;
  const w = QUAL_WORDS[lang === 'en' ? 'en' : 'zh'][q.qual];
  if (!w) return text;
  return w[0] + text + w[1];
}

/**
 * What sort of figure a quantity is, as a word: 增长 / 下降 (growth),
 * 新增 (an `added` amount), 总量 (a level), 比率 (rate), 倍数 (multiple).
 * @param {{kind?:string|null, direction?:string|null, measure?:string}} q
 * @param {any} t the label table of the UI language
 */
export function kindWord(q, t) {
  if (!q) return '';
  if (q.kind === 'growth') return q.direction === 'down' ? t.fall : t.growthLabel;
  if (q.kind === 'rate') return t.kind.rate;
  if (q.kind === 'multiple') return t.kind.multiple;
  return (q.measure ?? 'total') === 'added' ? t.added : t.levelLabel;
}

/**
 * A change written as words: `下降 2%` for a fall, else the value.
 * @param {any} q @param {'zh'|'en'} lang @param {any} t
 */
export function changeText(q, lang, t) {
  const v = formatValue(q, lang);
  return q.kind === 'growth' && q.direction === 'down' ? `${t.fall} ${v}` : v;
}

/**
 * An indicator's name in the UI language: the report's own term, the
 * canonical label, or the metric as written; in English the English of that
 * term (names.js), pieced together from known words, else the Chinese.
 * @param {{metricId?:string|null, metric?:string|null, term?:string|null, label?:string|null}} x
 * @param {'zh'|'en'} lang
 */
export function metricName(x, lang) {
  if (!x) return '';
  const zh = x.term ?? x.label ?? x.metric ?? x.metricId ?? '';
  if (lang === 'en') return metricEn(x.metricId, zh) || wordsEn(zh) || zh;
  return zh;
}

/**
 * The accessible name of a figure button: `地区生产总值 2025年 增长 5.4%`,
 * `GDP 2025 growth 5.4%`; estimates and targets say so.
 * `shown`: the value as shown, when it is not formatValue's (it ends the name).
 * @param {string} name @param {any} q @param {'zh'|'en'} lang @param {any} t @param {string} [shown]
 */
export function accessibleName(name, q, lang, t, shown) {
  const year = q.year != null ? (lang === 'en' ? String(q.year) : `${q.year}年`) : '';
  const status = q.status === 'target' ? t.status.target : q.status === 'estimate' ? t.estimateShort : '';
  const when = lang === 'en' ? [year, status.toLowerCase()].filter(Boolean).join(' ') : year + status;
  return [name, when, kindWord(q, t), shown ?? formatValue(q, lang)].filter(Boolean).join(' ');
}
