// English names of what a report's data names in Chinese: indicators (one
// table keyed by the registry's metric ids, src/indicators/registry.rs),
// provincial-level regions, people's congress sessions, speakers' titles.
// What no table covers is kept in Chinese (and marked lang="zh-CN").

/** The canonical English name of each indicator, by metric id (complete for the registry; tested). */
export const METRIC_EN = {
  gdp: 'GDP',
  gdp_per_capita: 'GDP per capita',
  industrial_value_added: 'Industrial value added',
  services_value_added: 'Services value added',
  fixed_asset_investment: 'Fixed-asset investment',
  retail_sales: 'Retail sales of consumer goods',
  general_budget_revenue: 'General public budget revenue',
  general_budget_expenditure: 'General public budget expenditure',
  foreign_trade: 'Foreign trade',
  exports: 'Exports',
  imports: 'Imports',
  foreign_investment: 'Foreign investment used',
  disposable_income: 'Disposable income per person',
  urban_disposable_income: 'Urban disposable income per person',
  rural_disposable_income: 'Rural disposable income per person',
  urban_new_jobs: 'New urban jobs',
  unemployment_rate: 'Surveyed urban unemployment rate',
  cpi: 'Consumer prices (CPI)',
  grain_output: 'Grain output',
  energy_intensity: 'Energy use per unit of GDP',
  rd_intensity: 'R&D spending as a share of GDP',
  high_tech_enterprises: 'High-tech enterprises',
  market_entities: 'Market entities',
  tax_fee_cuts: 'Tax and fee cuts',
  deficit_ratio: 'Deficit ratio',
  special_bonds: 'Special-purpose bonds',
  tourism_revenue: 'Tourism revenue',
  tourist_visits: 'Tourist visits',
};

/** Region words that open a term (`全省地区生产总值`). */
const TERM_PREFIX = /^(?:全国|全省|全市|全区|全县|全州|全盟|全旗|全疆|全川|全域)/;

/** The English tables of names-en.js, once loaded (English mode only: not in the element's up-front bundle). */
let english = /** @type {null | typeof import('./names-en.js')} */ (null);
/** @type {Promise<unknown> | null} */
let englishLoading = null;

/** Loads the English tables (names-en.js) once; the element awaits it before an English render. */
export function loadEnglish() {
  englishLoading ??= import('./names-en.js').then((m) => {
    english = m;
  });
  return englishLoading;
}

/** Whether the English tables are loaded. */
export const englishLoaded = () => english != null;

/**
 * An indicator's English name for the report's own term (names-en.js
 * TERM_EN: `国内生产总值` GDP, `地区生产总值` Regional GDP, `城镇登记失业率`
 * Registered …), else the registry's by metric id; null when neither covers it.
 * @param {string|null|undefined} metricId
 * @param {string|null|undefined} term the report's term or the canonical label
 */
export function metricEn(metricId, term) {
  const s = String(term || '').trim().replace(TERM_PREFIX, '');
  const own = english && s && Object.prototype.hasOwnProperty.call(english.TERM_EN, s) ? english.TERM_EN[s] : null;
  return own || (metricId && METRIC_EN[metricId]) || null;
}

/**
 * An English name pieced together from known words (`一产增加值` → `Primary
 * industry value added`), or null when a part of the term is not covered
 * (or the English tables are not loaded).
 * @param {string|null|undefined} term
 */
export function wordsEn(term) {
  return english ? english.wordsEn(String(term || '').trim().replace(TERM_PREFIX, '')) : null;
}

/**
 * A part of the report named in English: its number and, where its title
 * says, what it is about (`Part 1: review`).
 * @param {number} n 1-based @param {string} title
 */
export function partEn(n, title) {
  const topic = english ? english.partTopic(title) : null;
  return topic ? `Part ${n}: ${topic}` : `Part ${n}`;
}

/** Provincial-level regions: Chinese short name → English. */
const PROVINCES = {
  北京: 'Beijing', 天津: 'Tianjin', 上海: 'Shanghai', 重庆: 'Chongqing', 河北: 'Hebei', 山西: 'Shanxi',
  辽宁: 'Liaoning', 吉林: 'Jilin', 黑龙江: 'Heilongjiang', 江苏: 'Jiangsu', 浙江: 'Zhejiang', 安徽: 'Anhui',
  福建: 'Fujian', 江西: 'Jiangxi', 山东: 'Shandong', 河南: 'Henan', 湖北: 'Hubei', 湖南: 'Hunan',
  广东: 'Guangdong', 海南: 'Hainan', 四川: 'Sichuan', 贵州: 'Guizhou', 云南: 'Yunnan', 陕西: 'Shaanxi',
  甘肃: 'Gansu', 青海: 'Qinghai', 台湾: 'Taiwan', 内蒙古: 'Inner Mongolia', 广西: 'Guangxi', 西藏: 'Xizang',
  宁夏: 'Ningxia', 新疆: 'Xinjiang', 香港: 'Hong Kong', 澳门: 'Macao',
};

/** What follows a provincial name, in English. */
const SUFFIX = [
  ['壮族自治区', ' Zhuang Autonomous Region'],
  ['回族自治区', ' Hui Autonomous Region'],
  ['维吾尔自治区', ' Uygur Autonomous Region'],
  ['自治区', ' Autonomous Region'],
  ['特别行政区', ' SAR'],
  ['省', ' Province'],
  ['市', ''],
  ['', ''],
];

/**
 * A region's English name, or null when no table covers it (a city or county).
 * @param {string|null} region
 */
export function regionEn(region) {
  const s = String(region || '').trim();
  if (!s) return null;
  if (/^(全国|中国|中华人民共和国|国务院)$/.test(s)) return 'China';
  for (const [zh, en] of Object.entries(PROVINCES)) {
    if (!s.startsWith(zh)) continue;
    const rest = s.slice(zh.length);
    for (const [suf, enSuf] of SUFFIX) if (rest === suf) return en + enSuf;
  }
  return null;
}

/**
 * A people's congress session in English (`河南省第十四届人民代表大会第三次会议` →
 * `Third Session of the 14th People's Congress of Henan Province`), or null
 * (also while the English tables are not loaded).
 * @param {string|null} meeting
 */
export function meetingEn(meeting) {
  return english ? english.meetingEn(meeting, regionEn) : null;
}

/**
 * A speaker's title in English (`河南省人民政府省长` → `Governor`), or null
 * (also while the English tables are not loaded).
 * @param {string|null} title
 */
export function titleEn(title) {
  return english ? english.titleEn(title) : null;
}
