// Exact words (no browser): every indicator name the cards of the corpus
// show, in English, against a reviewed table (tests/expected/names-en.tsv,
// built from the reviewed cards in tests/expected/cards/); the report's own
// term decides the statistic (registered vs surveyed unemployment, net vs
// disposable income, GDP vs regional GDP); gaps between rates in percentage
// points; units an English reader knows (斤 → tonnes, 亩 → hectares); chart
// labels without Chinese in English.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { metricEn, wordsEn, partEn, loadEnglish } from '../../js/element/names.js';
import { formatValue, gapText, metricName, amountText } from '../../js/element/format.js';
import { rowNames, cardValue } from '../../js/element/cards.js';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

// The English tables are a chunk of their own, loaded as the element does in English mode.
await loadEnglish();
const CARDS = path.join(ROOT, 'tests', 'expected', 'cards');
const TABLE = path.join(ROOT, 'tests', 'expected', 'names-en.tsv');

/** The (metric id, term) pairs of every reviewed card. */
function cardTerms() {
  const pairs = new Set();
  for (const f of fs.readdirSync(CARDS).filter((f) => f.endsWith('.tsv'))) {
    for (const line of fs.readFileSync(path.join(CARDS, f), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const c = line.split('\t');
      if (c[0] && c[4]) pairs.add(`${c[0]}\t${c[4]}`);
    }
  }
  return pairs;
}

test('every card term of the corpus has the reviewed English name (tests/expected/names-en.tsv)', () => {
  const table = new Map(
    fs
      .readFileSync(TABLE, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => {
        const [id, term, en] = l.split('\t');
        return [`${id}\t${term}`, en];
      }),
  );
  const terms = cardTerms();
  assert.ok(terms.size >= 30, `${terms.size} terms`);
  assert.deepEqual([...terms].filter((k) => !table.has(k)), [], 'a term on a card that the table does not review');
  assert.deepEqual([...table.keys()].filter((k) => !terms.has(k)), [], 'a reviewed term no card has any more');
  const wrong = [];
  for (const [k, en] of table) {
    const [metricId, term] = k.split('\t');
    const got = rowNames({ metricId, term, label: term }, 'en').name;
    if (got !== en) wrong.push(`${k}: ${got} (reviewed: ${en})`);
    if (CJK.test(got)) wrong.push(`${k}: Chinese in English`);
  }
  assert.deepEqual(wrong, []);
});

test('the term decides the statistic', () => {
  assert.equal(metricEn('unemployment_rate', '城镇登记失业率'), 'Registered urban unemployment rate');
  assert.equal(metricEn('unemployment_rate', '城镇调查失业率'), 'Surveyed urban unemployment rate');
  assert.equal(metricEn('rural_disposable_income', '农民人均纯收入'), 'Rural net income per person');
  assert.equal(metricEn('rural_disposable_income', '农村居民人均可支配收入'), 'Rural disposable income per person');
  assert.equal(metricEn('gdp', '国内生产总值'), 'GDP');
  assert.equal(metricEn('gdp', '全省地区生产总值'), 'Regional GDP');
  // A term no table has: the registry's name by id.
  assert.equal(metricEn('gdp', '经济总量'), 'GDP');
  assert.equal(metricEn(null, '经济总量'), null);
  // Chinese: the report's own term, the canonical label in the title.
  assert.deepEqual(rowNames({ metricId: 'unemployment_rate', term: '城镇登记失业率', label: '城镇调查失业率' }, 'zh'), {
    name: '城镇登记失业率',
    other: '城镇调查失业率',
  });
  assert.equal(metricName({ metricId: 'gdp', label: '国内生产总值' }, 'en'), 'GDP');
  assert.equal(metricName({ metricId: 'gdp', label: '国内生产总值' }, 'zh'), '国内生产总值');
});

test('gaps between rates are in percentage points, in both languages', () => {
  assert.equal(gapText(-0.5, '%', 'zh'), '−0.5个百分点');
  assert.equal(gapText(-0.5, '%', 'en'), '−0.5 pp');
  assert.equal(gapText(0.2, '个百分点', 'en'), '+0.2 pp');
  assert.equal(gapText(0, '%', 'zh'), '±0个百分点');
  assert.equal(gapText(1.2, '万亿元', 'en'), '+1.2 trillion yuan');
  assert.equal(gapText(268, '万人', 'zh'), '+268 万人');
  assert.equal(gapText(NaN, '%', 'en'), null);
});

test('units an English reader knows: jin to tonnes, mu to hectares (four significant digits)', () => {
  assert.equal(formatValue({ value: 257, unit: '亿斤', qual: 'at_least' }, 'en'), 'at least 12.85 million tonnes');
  assert.equal(formatValue({ value: 257, unit: '亿斤', qual: 'at_least' }, 'zh'), '257 亿斤以上');
  assert.equal(formatValue({ value: 100, unit: '万亩' }, 'en'), '66,670 hectares');
  assert.equal(formatValue({ value: 1.3, unit: '亿亩' }, 'en'), '8.667 million hectares');
  assert.equal(amountText({ value: 500, unit: '亿斤' }, 'en').converted, true);
  assert.equal(amountText({ value: 500, unit: '亿元' }, 'en').converted, false);
});

test('card values: growth signed, qualifier written out', () => {
  assert.equal(cardValue({ value: 5.5, unit: '%', qual: 'approx', kind: 'growth', direction: 'up' }, 'en'), 'about +5.5%');
  assert.equal(cardValue({ value: 5.5, unit: '%', qual: 'approx', kind: 'growth', direction: 'up' }, 'zh'), '+5.5%左右');
  assert.equal(cardValue({ value: 2, unit: '%', kind: 'growth', direction: 'down' }, 'en'), '−2%');
  assert.equal(cardValue({ value: 5.5, unit: '%', qual: 'at_most', kind: 'rate' }, 'en'), 'at most 5.5%');
  assert.equal(cardValue({ value: 62661, unit: '亿元', kind: 'amount' }, 'en'), '6.2661 trillion yuan');
});

test('chart labels in English: names pieced from known words, parts by number and topic', () => {
  assert.equal(wordsEn('一产增加值'), 'Primary industry value added');
  assert.equal(wordsEn('区本级固定资产投资'), 'District-level fixed-asset investment');
  assert.equal(wordsEn('不认识的指标'), null);
  assert.equal(partEn(1, '2024年工作回顾'), 'Part 1: review');
  assert.equal(partEn(2, '2025年工作总体要求和主要目标'), 'Part 2: goals');
  assert.equal(partEn(3, '2025年重点工作'), 'Part 3: tasks');
  assert.equal(partEn(4, '全面加强政府自身建设'), 'Part 4: government');
  assert.equal(partEn(5, '坚持和平发展道路与独立自主的和平外交政策'), 'Part 5');
  assert.equal(metricName({ metricId: null, label: '一产增加值' }, 'en'), 'Primary industry value added');
});
