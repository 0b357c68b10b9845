// The element's language tables against the engine's source: one English
// name per registry metric id, one message per error and warning code (in
// both UI languages); English units, regions and meetings (no browser).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { METRIC_EN, regionEn, meetingEn, titleEn, loadEnglish } from '../../js/element/names.js';
import { zhNumber, TERM_EN } from '../../js/element/names-en.js';
import { rowNames } from '../../js/element/cards.js';

// Sessions and titles are in the English chunk, loaded as the element does in English mode.
await loadEnglish();
import { MESSAGES, messageFor } from '../../js/element/messages.js';
import { formatValue, kindWord, accessibleName, changeText } from '../../js/element/format.js';
import { LABELS } from '../../js/element/i18n.js';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Every .rs file under src/. */
function rustSources(dir = path.join(ROOT, 'src')) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? rustSources(path.join(dir, e.name)) : e.name.endsWith('.rs') ? [path.join(dir, e.name)] : [],
  );
}

/** The codes the engine can emit: warnings (Warning::new("…"), the decoder's codes) and errors (Error::code). */
function engineCodes() {
  const codes = new Set();
  for (const file of rustSources()) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/Warning::new\(\s*"([a-z0-9-]+)"/g)) codes.add(m[1]);
    for (const m of src.matchAll(/=>\s*Some\("(decoded-[a-z0-9-]+)"\)/g)) codes.add(m[1]);
  }
  const err = fs.readFileSync(path.join(ROOT, 'src', 'error.rs'), 'utf8');
  const body = err.slice(err.indexOf('pub fn code'));
  for (const m of body.slice(0, body.indexOf('\n    }\n')).matchAll(/=>\s*"([a-z0-9-]+)"/g)) codes.add(m[1]);
  return codes;
}

/** The error codes of the JavaScript API (js/*.js: `new GovReportError('code', …)`). */
function jsCodes() {
  const codes = new Set();
  for (const f of fs.readdirSync(path.join(ROOT, 'js')).filter((f) => f.endsWith('.js'))) {
    const src = fs.readFileSync(path.join(ROOT, 'js', f), 'utf8');
    for (const m of src.matchAll(/GovReportError\(\s*'([a-z0-9-]+)'/g)) codes.add(m[1]);
  }
  return codes;
}

test('every registry metric id has an English name', () => {
  const reg = fs.readFileSync(path.join(ROOT, 'src', 'indicators', 'registry.rs'), 'utf8');
  const ids = [...reg.matchAll(/\bid: "([a-z0-9_]+)"/g)].map((m) => m[1]);
  assert.ok(ids.length >= 20, `registry ids found (${ids.length})`);
  const missing = ids.filter((id) => !METRIC_EN[id]);
  assert.deepEqual(missing, [], 'METRIC_EN covers the registry');
  for (const id of ids) assert.ok(!CJK.test(METRIC_EN[id]), `${id}: English`);
  const stale = Object.keys(METRIC_EN).filter((id) => !ids.includes(id));
  assert.deepEqual(stale, [], 'no name for an id the registry does not have');
});

test('every own term a card may keep has an English name, shown in English', () => {
  const cards = fs.readFileSync(path.join(ROOT, 'src', 'indicators', 'cards.rs'), 'utf8');
  const table = cards.slice(cards.indexOf('const OWN_TERMS'), cards.indexOf('];', cards.indexOf('const OWN_TERMS')));
  const terms = [...table.matchAll(/"([\u4e00-\u9fff]+)"/g)].map((m) => m[1]);
  assert.ok(terms.includes('城镇登记失业率') && terms.length >= 8, `own terms found (${terms.length})`);
  assert.deepEqual(terms.filter((t) => !TERM_EN[t]), [], 'TERM_EN covers OWN_TERMS');
  for (const t of terms) assert.ok(!CJK.test(TERM_EN[t]), `${t}: English`);
  const row = { metricId: 'unemployment_rate', label: '城镇调查失业率', term: '城镇登记失业率' };
  assert.equal(rowNames(row, 'en').name, 'Registered urban unemployment rate');
  assert.equal(rowNames(row, 'zh').name, '城镇登记失业率');
  assert.equal(rowNames({ metricId: 'gdp', label: '地区生产总值' }, 'en').name, 'Regional GDP');
  assert.equal(rowNames({ metricId: 'gdp', label: '地区生产总值', term: '国内生产总值' }, 'en').name, 'GDP');
});

test('every engine error and warning code, and the element’s own, has a message in Chinese (and the errors in English)', () => {
  const codes = engineCodes();
  for (const c of ['input-too-large', 'empty-input', 'not-text', 'removed-page-footers', 'decoded-gb18030', 'no-targets']) {
    assert.ok(codes.has(c), `the scan finds ${c}`);
  }
  for (const c of ['fetch-failed', 'engine-failed', 'unsafe-url', 'malformed-url', 'mapped-compatibility-ideographs']) codes.add(c);
  const js = jsCodes();
  for (const c of ['wasm-load-failed', 'internal-error', 'invalid-options']) assert.ok(js.has(c), `the scan of js/ finds ${c}`);
  for (const c of js) codes.add(c);
  const missing = [...codes].filter((c) => !MESSAGES[c]);
  assert.deepEqual(missing, [], 'messages.js covers every code');
  const errors = ['input-too-large', 'empty-input', 'not-text', 'undecodable', 'fetch-failed', 'engine-failed', 'unsafe-url', 'malformed-url', ...js];
  for (const c of codes) {
    assert.ok(CJK.test(MESSAGES[c].zh([3, 4])), `${c}: Chinese message`);
    // Warnings: the engine's own message is the English one; errors get the element's wording.
    if (errors.includes(c)) {
      const en = MESSAGES[c].en?.([3, 4]) || '';
      assert.ok(!CJK.test(en) && en.length > 5, `${c}: English message`);
    }
  }
  assert.equal(messageFor('removed-page-footers', 'removed 2 page footer lines', 'en'), 'removed 2 page footer lines');
});

test('messageFor takes the numbers from the engine message; unknown codes keep it', () => {
  assert.equal(messageFor('removed-page-chrome', 'removed 12 lines of web page chrome', 'zh'), '删除了 12 行网页杂项（栏目、来源、导航等）');
  assert.equal(messageFor('fetch-failed', 'r-2024.txt: HTTP 404', 'en'), 'The report file could not be fetched (HTTP 404).');
  // A number in the file name is not a status.
  assert.equal(messageFor('fetch-failed', 'r-2024.txt: Failed to fetch', 'en'), 'The report file could not be fetched (network or cross-origin error).');
  assert.match(messageFor('input-too-large', 'input is 9000 bytes, more than the limit of 100 bytes', 'zh'), /9000.*100/);
  assert.equal(messageFor('some-new-code', 'something new', 'zh'), 'something new');
  assert.equal(messageFor('__proto__', 'x', 'zh'), 'x');
});

test('English units read naturally', () => {
  const en = (value, unit, extra = {}) => formatValue({ value, unit, qual: 'exact', ...extra }, 'en');
  assert.equal(en(11.37, '万亿元'), '11.37 trillion yuan');
  assert.equal(en(8374.2, '亿元'), '837.42 billion yuan');
  assert.equal(en(4.8, '万人'), '48,000 people');
  assert.equal(en(1200, '万人'), '12 million people');
  assert.equal(en(5.4, '%'), '5.4%');
  assert.equal(en(0.3, '个百分点'), '0.3 percentage points');
  assert.equal(en(25, '亿美元'), '2.5 billion US dollars');
  assert.equal(en(50, '家'), '50');
  assert.equal(en(3, '成'), '30%');
  assert.equal(en(1200, '亿元', { hi: 1300 }), '120–130 billion yuan');
  assert.equal(en(30, '%', { qual: 'near' }), 'nearly 30%');
  assert.equal(en(100, '亿元', { qual: 'over' }), 'over 10 billion yuan');
});

test('kinds and falls are named right; accessible names say indicator, year and kind', () => {
  const zh = LABELS.zh;
  const en = LABELS.en;
  const fall = { value: 6.9, unit: '%', qual: 'exact', kind: 'growth', direction: 'down', year: 2024, status: 'actual' };
  assert.equal(kindWord(fall, zh), '下降');
  assert.equal(changeText(fall, 'zh', zh), '下降 6.9%');
  assert.equal(kindWord({ kind: 'rate' }, zh), '比率');
  assert.equal(kindWord({ kind: 'rate' }, en), 'rate');
  assert.equal(kindWord({ kind: 'amount', measure: 'added' }, zh), '新增');
  assert.equal(kindWord({ kind: 'amount', measure: 'added' }, en), 'added');
  assert.equal(kindWord({ kind: 'amount' }, zh), '总量', 'no measure field: a level');
  const g = { value: 5.4, unit: '%', qual: 'exact', kind: 'growth', direction: 'up', year: 2025, status: 'actual' };
  assert.equal(accessibleName('地区生产总值', g, 'zh', zh), '地区生产总值 2025年 增长 5.4%');
  assert.equal(accessibleName('GDP', g, 'en', en), 'GDP 2025 growth 5.4%');
  assert.equal(accessibleName('GDP', { ...g, status: 'estimate' }, 'en', en), 'GDP 2025 est. growth 5.4%');
  assert.equal(accessibleName('GDP', { ...g, status: 'target', qual: 'approx' }, 'en', en), 'GDP 2025 target growth about 5.4%');
});

test('regions, meetings and titles in English; others left to the caller', () => {
  assert.equal(regionEn('四川省'), 'Sichuan Province');
  assert.equal(regionEn('广西壮族自治区'), 'Guangxi Zhuang Autonomous Region');
  assert.equal(regionEn('北京市'), 'Beijing');
  assert.equal(regionEn('示例市'), null);
  assert.equal(regionEn('四川省示例市'), null);
  assert.equal(zhNumber('十四'), 14);
  assert.equal(zhNumber('二十一'), 21);
  assert.equal(zhNumber('三'), 3);
  assert.equal(meetingEn('河南省第十四届人民代表大会第三次会议'), "Third Session of the 14th People's Congress of Henan Province");
  assert.equal(meetingEn('第十四届全国人民代表大会第三次会议'), "Third Session of the 14th National People's Congress");
  assert.equal(meetingEn('示例市第一届人民代表大会第一次会议'), null);
  assert.equal(titleEn('河南省人民政府省长'), 'Governor');
  assert.equal(titleEn('代市长'), 'Acting Mayor');
});
