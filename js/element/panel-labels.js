// Labels of the comparison views (<gov-report> with a previous report) and of
// <gov-report-panel>, in Chinese and English, and how a panel row's figures
// read. The verdict itself always comes from the engine's panel(); this
// module only names it.

import { formatNumber, formatValue, amountText } from './format.js';
import { METRIC_EN, regionEn } from './names.js';
import { regionPinyin } from './region-pinyin.js';

const zh = {
  verdict: { met: '完成', near: '接近目标', missed: '未完成', 'no-result': '无实绩', 'no-target': '无目标' },
  scope: { target: '有目标的行', both: '有目标和实绩的行', all: '全部行' },
  scopeLabel: '范围',
  legend: '图例',
  legendMet: '完成目标',
  legendNear: (tol) => `接近目标（约数目标，差距在 ${tol} 以内）`,
  legendMissed: '未完成',
  legendNoVerdict: '实绩（无目标或无法比较）',
  legendRange: '区间目标',
  multiples: (m, n, y0, y1) => `${m}：${n} 个地区 ${y0}—${y1} 年的目标与实绩`,
  showAll: (n) => `显示全部 ${n} 行`,
  capped: (n, m) => `表格先显示 ${n} 行（共 ${m} 行）；导出包含全部 ${m} 行。`,
  change: { raised: '调高', kept: '持平', cut: '调低' },
  compare: '与上年报告对照',
  compareDesc: (y, p) => `${y} 年目标（${p}）与本报告给出的 ${y} 年实绩；本年目标与上年目标相比。`,
  compareNone: '两份报告没有可对照的指标。',
  compareFailed: '无法对照上年报告',
  otherRegion: (a, b) => `注意：两份报告不是同一地区（${a}、${b}），所列目标是另一地区的。`,
  notConsecutive: (a, b) => `注意：上一份报告的计划年份是 ${a} 年，本报告回顾的是 ${b} 年，两者不相接。`,
  lastTarget: (y) => `${y ?? ''}年目标`,
  result: (y) => `${y ?? ''}年实绩`,
  thisTarget: (y) => `${y ?? ''}年目标`,
  vsLast: '较上年目标',
  gap: '差距',
  verdictCol: '结论',
  indicator: '指标',
  kindCol: '类型',
  region: '地区',
  year: '年份',
  target: '目标',
  actual: '实绩',
  estimate: '预计',
  targetSentence: '目标原句',
  actualSentence: '实绩原句',
  source: '原文',
  fromPrevious: '上年报告',
  fromCurrent: '本报告',
  close: '关闭',
  fall: '下降',
  kind: { amount: '总量', growth: '增长', rate: '比率', multiple: '倍数' },
  rule: {
    'at-least': '实绩须不低于目标下限',
    'at-most': '实绩须不超过目标上限',
    'fall-at-least': '降幅须不低于目标',
    'fall-at-most': '降幅须不超过目标',
  },
  // <gov-report-panel>
  panel: '多份报告对照',
  loading: '正在读取报告…',
  loadingN: (i, n) => `正在读取报告 ${i} / ${n}…`,
  ready: (rows, reports) => `${reports} 份报告，${rows} 行`,
  empty: '没有可显示的行。',
  filters: '筛选',
  all: '全部',
  metric: '指标',
  verdictFilter: '结论',
  search: '搜索地区',
  count: (n, m) => `显示 ${n} / ${m} 行`,
  exportCsv: '导出 CSV',
  exportJson: '导出 JSON',
  sortBy: (c) => `按${c}排序`,
  chart: (m) => `${m}：各地区目标与实绩`,
  chartDesc: (n) => `${n} 个地区：条形为实绩，圆点为目标（区间为线段）。`,
  chartNone: '选择一个指标，显示各地区目标与实绩的图。',
  legendActual: '实绩',
  legendTarget: '目标',
  warnings: (n) => `提示（${n}）`,
  failed: (f) => `无法读取 ${f}`,
  allFailed: (n) => `${n} 份报告都未能读取。`,
  failedFiles: (n) => `${n} 份报告未能读取`,
  colon: '：',
  none: '—',
};

const en = {
  verdict: { met: 'met', near: 'close to target', missed: 'missed', 'no-result': 'no result', 'no-target': 'no target' },
  scope: { target: 'Rows with a target', both: 'Rows with target and result', all: 'All rows' },
  scopeLabel: 'Rows',
  legend: 'Legend',
  legendMet: 'Target met',
  legendNear: (tol) => `Close to target (an approximate target missed by at most ${tol})`,
  legendMissed: 'Missed',
  legendNoVerdict: 'Result (no target, or not comparable)',
  legendRange: 'Target range',
  multiples: (m, n, y0, y1) => `${m}: target and result of ${n} regions, ${y0}–${y1}`,
  showAll: (n) => `Show all ${n} rows`,
  capped: (n, m) => `The table shows the first ${n} of ${m} rows; exports hold all ${m}.`,
  change: { raised: 'raised', kept: 'kept', cut: 'cut' },
  compare: 'Against last year’s report',
  compareDesc: (y, p) => `Targets for ${y} (${p}) against this report’s results for ${y}; this year’s targets against last year’s.`,
  compareNone: 'The two reports share no indicator to compare.',
  compareFailed: 'Could not compare with last year’s report',
  otherRegion: (a, b) => `Note: the two reports are of different regions (${a}, ${b}); the targets shown are the other region’s.`,
  notConsecutive: (a, b) => `Note: the earlier report plans for ${a} but this one reviews ${b}; the two years do not follow on.`,
  lastTarget: (y) => `Target ${y ?? ''}`,
  result: (y) => `Result ${y ?? ''}`,
  thisTarget: (y) => `Target ${y ?? ''}`,
  vsLast: 'vs last target',
  gap: 'Gap',
  verdictCol: 'Verdict',
  indicator: 'Indicator',
  kindCol: 'Kind',
  region: 'Region',
  year: 'Year',
  target: 'Target',
  actual: 'Result',
  estimate: 'estimate',
  targetSentence: 'Target sentence',
  actualSentence: 'Result sentence',
  source: 'Source',
  fromPrevious: 'last year’s report',
  fromCurrent: 'this report',
  close: 'Close',
  fall: 'fall',
  kind: { amount: 'level', growth: 'growth', rate: 'rate', multiple: 'multiple' },
  rule: {
    'at-least': 'the result must reach the target’s lower bound',
    'at-most': 'the result must not exceed the target’s upper bound',
    'fall-at-least': 'the fall must reach the target',
    'fall-at-most': 'the fall must not exceed the target',
  },
  panel: 'Reports side by side',
  loading: 'Reading the reports…',
  loadingN: (i, n) => `Reading report ${i} of ${n}…`,
  ready: (rows, reports) => `${reports} reports, ${rows} rows`,
  empty: 'No rows to show.',
  filters: 'Filters',
  all: 'All',
  metric: 'Indicator',
  verdictFilter: 'Verdict',
  search: 'Search regions',
  count: (n, m) => `Showing ${n} of ${m} rows`,
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  sortBy: (c) => `Sort by ${c}`,
  chart: (m) => `${m}: target and result by region`,
  chartDesc: (n) => `${n} regions: the bar is the result, the dot the target (a line for a range).`,
  chartNone: 'Pick an indicator to chart target against result by region.',
  legendActual: 'Result',
  legendTarget: 'Target',
  warnings: (n) => `Warnings (${n})`,
  failed: (f) => `Could not read ${f}`,
  allFailed: (n) => (n === 1 ? 'The report could not be read.' : `None of the ${n} reports could be read.`),
  failedFiles: (n) => (n === 1 ? '1 report could not be read' : `${n} reports could not be read`),
  colon: ': ',
  none: '—',
};

/** The labels, by UI language. */
export const PANEL_LABELS = { zh, en };

/** A fall rule: target, result and gap of the row are falls. @param {any} row */
export const isFall = (row) => row && (row.rule === 'fall-at-least' || row.rule === 'fall-at-most');

/**
 * A panel row's target as text (`5% 左右`, `下降 3%`, `about 5%`), or null.
 * @param {any} row @param {'zh'|'en'} lang
 */
export function targetText(row, lang) {
  if (row.targetValue == null) return null;
  const v = formatValue({ value: row.targetValue, hi: row.targetHi, unit: row.unit, qual: row.targetQual }, lang);
  return isFall(row) ? `${PANEL_LABELS[lang].fall} ${v}` : v;
}

/**
 * A panel row's result as text (converted to the row's unit), or null.
 * @param {any} row @param {'zh'|'en'} lang
 */
export function resultText(row, lang) {
  if (row.actualValue == null) {
    if (row.actualWrittenValue == null) return null;
    return formatValue({ value: row.actualWrittenValue, unit: row.actualWrittenUnit || '', qual: row.actualQual }, lang);
  }
  const v = formatValue({ value: row.actualValue, unit: row.unit, qual: row.actualQual === 'exact' ? null : row.actualQual }, lang);
  return isFall(row) ? `${PANEL_LABELS[lang].fall} ${v}` : v;
}

/**
 * The gap with its sign and the row's unit (`+0.7 个百分点`, `−0.2 pp`, `+3.5 亿元`),
 * or null: a gap between two percentages is in percentage points.
 * @param {any} row @param {'zh'|'en'} lang
 */
export function gapText(row, lang) {
  if (row.gap == null || !Number.isFinite(row.gap)) return null;
  const g = Math.round(row.gap * 1e6) / 1e6;
  const sign = g > 0 ? '+' : g < 0 ? '−' : '±';
  if (row.unit === '%') return `${sign}${formatNumber(Math.abs(g), lang)}${lang === 'en' ? ' pp' : ' 个百分点'}`;
  const abs = amountText({ value: Math.abs(g), unit: row.unit }, lang).text;
  return sign + abs;
}

/** A number without unit, for sorting and exports. */
export const plain = (v, lang) => formatNumber(v, lang);

/**
 * An indicator's name: English from the table (en), else the Chinese label.
 * @param {any} row @param {'zh'|'en'} lang
 */
export function rowMetric(row, lang) {
  return (lang === 'en' && METRIC_EN[row.metricId]) || row.metric || row.metricId;
}

/**
 * A region's name in the UI language: in English the provinces by name, other
 * units in pinyin (`东西湖区` → `Dongxihu District`); the Chinese name where
 * no table can spell it.
 * @param {string} region @param {'zh'|'en'} lang
 */
export function regionName(region, lang) {
  return (lang === 'en' && (regionEn(region) || regionPinyin(region))) || region;
}

/**
 * How this year's target compares with last year's for the same indicator
 * and kind: `raised`, `kept` or `cut` (by the bounds as written, low end then
 * high end), or null when one is missing or the units differ.
 * @param {any} now @param {any} before panel rows
 */
export function targetChange(now, before) {
  if (!now || !before || now.targetValue == null || before.targetValue == null) return null;
  if (now.unit !== before.unit || isFall(now) !== isFall(before)) return null;
  const a = [before.targetValue, before.targetHi ?? before.targetValue];
  const b = [now.targetValue, now.targetHi ?? now.targetValue];
  const d = b[0] - a[0] || b[1] - a[1];
  if (Math.abs(d) < 1e-9) return 'kept';
  return d > 0 ? 'raised' : 'cut';
}
