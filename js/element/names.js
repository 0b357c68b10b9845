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

/**
 * English names of the reports' own terms that a card keeps (`term`: the
 * `OWN_TERMS` of src/indicators/cards.rs; complete for them, tested): an
 * older name or another statistic of the series, not the canonical one.
 */
export const TERM_EN = {
  国内生产总值: 'GDP',
  城镇登记失业率: 'Registered urban unemployment rate',
  农民人均纯收入: 'Rural net income per person',
  农村居民人均纯收入: 'Rural net income per person',
  农牧民人均纯收入: 'Rural net income per person',
  城镇居民人均可支配收入: 'Urban disposable income per person',
  城市居民人均可支配收入: 'Urban disposable income per person',
  经营主体: 'Business entities',
  地方财政收入: 'Local fiscal revenue',
  财政收入: 'Fiscal revenue',
  公共财政预算收入: 'Public finance budget revenue',
  实际利用外资: 'Foreign investment used',
};

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

const DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral up to 99 (`十四`, `二十一`) or Arabic digits, else NaN. */
export function zhNumber(s) {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return NaN;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : NaN;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

const ORD_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** 1 → 1st, 14 → 14th. */
function nth(n) {
  const tens = n % 100;
  const suf = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th';
  return `${n}${suf}`;
}

/**
 * A people's congress session in English (`河南省第十四届人民代表大会第三次会议` →
 * `Third Session of the 14th People's Congress of Henan Province`), or null.
 * @param {string|null} meeting
 */
export function meetingEn(meeting) {
  const m = /^(.*?)第([〇零一二三四五六七八九十\d]+)届(.*?)人民代表大会第([〇零一二三四五六七八九十\d]+)次(?:全体)?会议$/.exec(
    String(meeting || '').trim(),
  );
  if (!m) return null;
  const term = zhNumber(m[2]);
  const session = zhNumber(m[4]);
  if (!(term > 0) || !(session > 0)) return null;
  const where = (m[1] + m[3]).trim();
  const ses = ORD_WORDS[session] || nth(session);
  if (where === '全国') return `${ses} Session of the ${nth(term)} National People's Congress`;
  const region = regionEn(where);
  return region ? `${ses} Session of the ${nth(term)} People's Congress of ${region}` : null;
}

/** Speakers' titles. */
const TITLES = {
  国务院总理: 'Premier of the State Council', 总理: 'Premier', 省长: 'Governor', 代省长: 'Acting Governor',
  主席: 'Chairman', 代主席: 'Acting Chairman', 市长: 'Mayor', 代市长: 'Acting Mayor', 区长: 'District Mayor',
  代区长: 'Acting District Mayor', 县长: 'County Magistrate', 代县长: 'Acting County Magistrate',
  州长: 'Prefecture Governor', 旗长: 'Banner Chief', 盟长: 'League Chief',
};

/**
 * A speaker's title in English (`河南省人民政府省长` → `Governor`), or null.
 * @param {string|null} title
 */
export function titleEn(title) {
  const s = String(title || '').trim();
  if (!s) return null;
  const keys = Object.keys(TITLES).sort((a, b) => b.length - a.length);
  const k = keys.find((x) => s.endsWith(x));
  return k ? TITLES[k] : null;
}
