// English tables of <gov-report> needed only in English mode, loaded on
// demand by names.js (loadEnglish): the English of the reports' own terms,
// words to piece other indicator names from, the topics of a report's parts,
// people's congress sessions and speakers' titles.
// No imports.

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
  城市居民人均可支配收入: 'Urban disposable income per person',
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
  const s = String(term || '');
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
 * What a part of the report is about, by its title (`review`, `goals`,
 * `tasks` …), or null.
 * @param {string} title
 */
export function partTopic(title) {
  const hit = PART_TOPICS.find(([re]) => re.test(String(title || '')));
  return hit ? hit[1] : null;
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
 * @param {(region: string) => string|null} regionEn names.js's (passed in: this module imports nothing)
 */
export function meetingEn(meeting, regionEn) {
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
