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
 * English for the reports' own terms where they name a different statistic
 * than the registry's canonical label (`国内生产总值` is GDP, a province's
 * `地区生产总值` regional GDP; `城镇登记失业率` is registered, not surveyed,
 * unemployment; `农民人均纯收入` net, not disposable, income). Keyed by the
 * term without a leading region word (`全省`, `全市` …).
 */
export const TERM_EN = {
  国内生产总值: 'GDP',
  地区生产总值: 'Regional GDP',
  生产总值: 'Regional GDP',
  人均国内生产总值: 'GDP per capita',
  人均地区生产总值: 'Regional GDP per capita',
  人均生产总值: 'Regional GDP per capita',
  城镇登记失业率: 'Registered urban unemployment rate',
  城镇调查失业率: 'Surveyed urban unemployment rate',
  农民人均纯收入: 'Rural net income per person',
  农村居民人均纯收入: 'Rural net income per person',
  农牧民人均纯收入: 'Rural net income per person',
  城镇居民人均可支配收入: 'Urban disposable income per person',
  农村居民人均可支配收入: 'Rural disposable income per person',
  农村常住居民人均可支配收入: 'Rural disposable income per person',
  城镇常住居民人均可支配收入: 'Urban disposable income per person',
  居民人均可支配收入: 'Disposable income per person',
  财政收入: 'Fiscal revenue',
  地方财政收入: 'Local fiscal revenue',
  地方财政一般预算收入: 'Local general budget revenue',
  地方一般公共预算收入: 'Local general public budget revenue',
  公共财政预算收入: 'Public budget revenue',
  一般公共预算收入: 'General public budget revenue',
  实际利用外资: 'Foreign investment used',
  实际使用外资: 'Foreign investment used',
  市场主体: 'Market entities',
  经营主体: 'Business entities',
  单位国内生产总值能耗: 'Energy use per unit of GDP',
  单位地区生产总值能耗: 'Energy use per unit of regional GDP',
  单位生产总值能耗: 'Energy use per unit of regional GDP',
  居民消费价格涨幅: 'Consumer prices (CPI)',
  居民消费价格总水平涨幅: 'Consumer prices (CPI)',
  进出口总额: 'Foreign trade',
  外贸进出口总额: 'Foreign trade',
  规模以上工业增加值: 'Industrial value added above designated size',
};

/** Region words that open a term (`全省地区生产总值`). */
const TERM_PREFIX = /^(?:全国|全省|全市|全区|全县|全州|全盟|全旗|全疆|全川|全域)/;

/**
 * An indicator's English name for the report's own term (see TERM_EN), else
 * the registry's by metric id; null when neither table covers it.
 * @param {string|null|undefined} metricId
 * @param {string|null|undefined} term the report's term or the canonical label
 */
export function metricEn(metricId, term) {
  const s = String(term || '').trim().replace(TERM_PREFIX, '');
  if (s && Object.prototype.hasOwnProperty.call(TERM_EN, s)) return TERM_EN[s];
  return (metricId && METRIC_EN[metricId]) || null;
}

/**
 * Words that indicator names not in the registry are made of (`一产增加值`,
 * `区本级固定资产投资`), for an English name pieced together word by word.
 */
const TERM_WORDS = {
  一产: 'primary industry', 二产: 'secondary industry', 三产: 'tertiary industry', 第一产业: 'primary industry',
  第二产业: 'secondary industry', 第三产业: 'tertiary industry', 农业: 'agricultural', 工业: 'industrial',
  规模以上工业: 'industrial (above designated size)', 服务业: 'services', 制造业: 'manufacturing',
  建筑业: 'construction', 高技术: 'high-tech', 战略性新兴产业: 'strategic emerging industries', 数字经济: 'digital economy',
  增加值: 'value added', 总产值: 'gross output', 产值: 'output', 营业收入: 'operating revenue', 主营业务收入: 'main business revenue',
  利润: 'profits', 税收: 'tax revenue', 地方: 'local', 区本级: 'district-level', 市本级: 'city-level', 县本级: 'county-level',
  本级: 'own-level', 财政总收入: 'total fiscal revenue', 财政收入: 'fiscal revenue', 财政支出: 'fiscal expenditure',
  一般公共预算收入: 'general public budget revenue', 一般公共预算支出: 'general public budget expenditure',
  固定资产投资: 'fixed-asset investment', 产业投资: 'industrial investment', 工业投资: 'industrial investment',
  民间投资: 'private investment', 基础设施投资: 'infrastructure investment', 房地产开发投资: 'real estate investment',
  投资: 'investment', 社会消费品零售总额: 'retail sales of consumer goods', 进出口: 'foreign trade', 出口: 'exports',
  进口: 'imports', 外贸: 'foreign trade', 实际使用外资: 'foreign investment used', 实际利用外资: 'foreign investment used',
  城镇居民: 'urban', 农村居民: 'rural', 居民: 'residents’', 人均可支配收入: 'disposable income per person',
  人均纯收入: 'net income per person', 人均: 'per capita', 地区生产总值: 'regional GDP', 国内生产总值: 'GDP',
  生产总值: 'regional GDP', 旅游: 'tourism', 收入: 'revenue', 支出: 'expenditure', 总额: 'total', 总量: 'total',
};

/** The longest TERM_WORDS key first, for a greedy reading. */
let WORD_KEYS = null;

/**
 * An English name pieced together from TERM_WORDS (`一产增加值` → `Primary
 * industry value added`), or null when a part of the term is not covered.
 * @param {string|null|undefined} term
 */
export function wordsEn(term) {
  const s = String(term || '').trim().replace(TERM_PREFIX, '');
  if (!s) return null;
  WORD_KEYS ??= Object.keys(TERM_WORDS).sort((a, b) => b.length - a.length);
  const out = [];
  for (let i = 0; i < s.length; ) {
    const k = WORD_KEYS.find((w) => s.startsWith(w, i));
    if (!k) return null;
    out.push(TERM_WORDS[k]);
    i += k.length;
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a part of a report is about, by the words of its title (first match). */
const PART_TOPICS = [
  [/回顾|总结|成就|成绩/, 'review'],
  [/目标|总体要求|总体部署|主要考虑|政策取向|重要要求/, 'goals'],
  [/政府自身建设|政府治理|政风|行政能力|服务型政府/, 'government'],
  [/民生|实事/, 'livelihood'],
  [/任务|重点工作|工作安排|主要安排|的工作|部署/, 'tasks'],
];

/**
 * A part of the report named in English: its number and, where its title
 * says, what it is about (`Part 1: review`); the Chinese title is for the
 * tooltip.
 * @param {number} n 1-based @param {string} title
 */
export function partEn(n, title) {
  const hit = PART_TOPICS.find(([re]) => re.test(String(title || '')));
  return hit ? `Part ${n}: ${hit[1]}` : `Part ${n}`;
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
