// A small hand-made report (text + Report object as the engine serialises it)
// for tests that must not depend on the engine's current output: chart
// snapshots, unit tests of the model helpers, the hostile-fields test.
// Spans are computed from the text, so they are UTF-16 offsets by
// construction.

const lines = [
  '政府工作报告',
  '——2025 年 1 月 10 日在示例市第一届人民代表大会第一次会议上',
  '示例市人民政府市长  张 三',
  '一、2024 年工作回顾',
  '经济稳中有进。地区生产总值达到 1200 亿元，增长 5.2%。规模以上工业增加值增长 6.1%，',
  '',
  '— 1 —',
  '',
  '固定资产投资下降 2.5%。预计社会消费品零售总额 480 亿元。',
  '二、2025 年工作安排',
  '（一）主要预期目标',
  '地区生产总值增长 5%左右，规模以上工业增加值增长 6%以上，固定资产投资增长 3%—4%，单位地区生产总值能耗下降 2%。',
  '（二）重点任务',
  '建设数字园区。新增高新技术企业 50 家，“十四五”期间累计完成投资 3000 亿元。',
  '名词解释：',
  '1. 数字园区：以数据为核心要素的产业园区。',
];
/** The report text. */
export const text = lines.join('\n') + '\n';

/** Span of the n-th occurrence of `s` (after `from`). */
function span(s, from = 0) {
  const i = text.indexOf(s, from);
  if (i < 0) throw new Error(`fixture: ${s} not found`);
  return /** @type {[number, number]} */ ([i, i + s.length]);
}
/** Span of a whole line (without its line break). */
const line = (n) => span(lines[n], lines.slice(0, n).join('\n').length);

const p1 = [line(4)[0], line(8)[1]];
const p2 = line(11);
const p3 = line(13);

const sentence = (s) => span(s);
const S = {
  a: sentence('经济稳中有进。'),
  b: sentence('地区生产总值达到 1200 亿元，增长 5.2%。'),
  c: [span('规模以上工业增加值增长 6.1%')[0], span('固定资产投资下降 2.5%。')[1]],
  d: sentence('预计社会消费品零售总额 480 亿元。'),
  e: p2,
  f: sentence('建设数字园区。'),
  g: sentence('新增高新技术企业 50 家，“十四五”期间累计完成投资 3000 亿元。'),
};

let nextId = 0;
/** A quantity; `at` finds the figure's text after `from`. */
function q(textOf, from, fields) {
  const sp = span(textOf, from);
  return {
    id: nextId++,
    text: textOf,
    span: sp,
    value: fields.value,
    hi: fields.hi ?? null,
    unit: fields.unit,
    base: fields.base ?? fields.value,
    dimension: fields.dimension ?? (fields.unit === '%' ? 'ratio' : 'currency'),
    qual: fields.qual ?? 'exact',
    kind: fields.kind ?? 'amount',
    direction: fields.direction ?? null,
    status: fields.status === undefined ? 'actual' : fields.status,
    year: fields.year === undefined ? 2024 : fields.year,
    metric: fields.metric ?? null,
    metricId: fields.metricId ?? null,
    sectionId: fields.sectionId ?? 0,
    sentence: text.slice(fields.sentence[0], fields.sentence[1]).replace(/\s*\n[\s\S]*?\n\s*/g, ''),
    sentenceSpan: fields.sentence,
  };
}

const quantities = [
  q('1200 亿元', 0, { value: 1200, unit: '亿元', base: 1.2e11, metric: '地区生产总值', metricId: 'gdp', sentence: S.b }),
  q('5.2%', 0, { value: 5.2, unit: '%', kind: 'growth', direction: 'up', metric: '地区生产总值', metricId: 'gdp', sentence: S.b }),
  q('6.1%', 0, { value: 6.1, unit: '%', kind: 'growth', direction: 'up', metric: '规模以上工业增加值', metricId: 'industrial_value_added', sentence: S.c }),
  q('2.5%', 0, { value: 2.5, unit: '%', kind: 'growth', direction: 'down', metric: '固定资产投资', metricId: 'fixed_asset_investment', sentence: S.c }),
  q('480 亿元', 0, { value: 480, unit: '亿元', base: 4.8e10, status: 'estimate', metric: '社会消费品零售总额', metricId: 'retail_sales', sentence: S.d }),
  q('5%', p2[0], { value: 5, unit: '%', kind: 'growth', direction: 'up', qual: 'approx', status: 'target', year: 2025, metric: '地区生产总值', metricId: 'gdp', sectionId: 3, sentence: S.e }),
  q('6%', p2[0], { value: 6, unit: '%', kind: 'growth', direction: 'up', qual: 'at_least', status: 'target', year: 2025, metric: '规模以上工业增加值', metricId: 'industrial_value_added', sectionId: 3, sentence: S.e }),
  q('3%—4%', p2[0], { value: 3, hi: 4, unit: '%', kind: 'growth', direction: 'up', qual: 'range', status: 'target', year: 2025, metric: '固定资产投资', metricId: 'fixed_asset_investment', sectionId: 3, sentence: S.e }),
  q('2%', span('能耗下降')[0], { value: 2, unit: '%', kind: 'growth', direction: 'down', status: 'target', year: 2025, metric: '单位地区生产总值能耗', metricId: 'energy_intensity', sectionId: 3, sentence: S.e }),
  q('50 家', 0, { value: 50, unit: '家', dimension: 'count', status: 'target', year: 2025, metric: '高新技术企业', metricId: 'high_tech_enterprises', sectionId: 4, sentence: S.g }),
  q('3000 亿元', 0, { value: 3000, unit: '亿元', base: 3e11, status: 'context', year: null, metric: '投资', sectionId: 4, sentence: S.g }),
];

const targetOf = (id) => {
  const x = quantities[id];
  return { quantityId: id, metricId: x.metricId, metric: x.metric, kind: x.kind, value: x.value, hi: x.hi, qual: x.qual, unit: x.unit };
};

/** The Report object, as the engine would give it for `text`. */
export const report = {
  schemaVersion: 1,
  meta: {
    title: '政府工作报告',
    region: '示例市',
    level: 'city',
    regionCode: null,
    meeting: '示例市第一届人民代表大会第一次会议',
    date: '2025-01-10',
    speaker: '张三',
    speakerTitle: '市长',
    reviewYear: 2024,
    planYear: 2025,
  },
  sections: [
    { id: 0, level: 'part', label: '一、', title: '2024 年工作回顾', span: line(3), parent: null },
    { id: 1, level: 'topic', label: '', title: '经济稳中有进', span: S.a, parent: 0 },
    { id: 2, level: 'part', label: '二、', title: '2025 年工作安排', span: line(9), parent: null },
    { id: 3, level: 'section', label: '（一）', title: '主要预期目标', span: line(10), parent: 2 },
    { id: 4, level: 'section', label: '（二）', title: '重点任务', span: line(12), parent: 2 },
    { id: 5, level: 'topic', label: '', title: '建设数字园区', span: S.f, parent: 4 },
  ],
  paragraphs: [
    { span: p1, sectionId: 1, sentences: [S.a, S.b, S.c, S.d] },
    { span: p2, sectionId: 3, sentences: [S.e] },
    { span: p3, sectionId: 5, sentences: [S.f, S.g] },
  ],
  quantities,
  targets: [5, 6, 7, 8, 9].map(targetOf),
  headline: [
    { metricId: 'gdp', label: '地区生产总值', level: 0, growth: 1, target: 5 },
    { metricId: 'industrial_value_added', label: '规模以上工业增加值', level: null, growth: 2, target: 6 },
    { metricId: 'fixed_asset_investment', label: '固定资产投资', level: null, growth: 3, target: 7 },
    { metricId: 'retail_sales', label: '社会消费品零售总额', level: 4, growth: null, target: null },
  ],
  glossary: [
    {
      term: '数字园区',
      definition: '以数据为核心要素的产业园区。',
      span: line(15),
      occurrences: [span('数字园区', p3[0])],
    },
  ],
  warnings: [{ code: 'removed-page-footers', message: 'removed 1 page footer lines' }],
};
