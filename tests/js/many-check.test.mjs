// The demo's many-reports helpers (www/many-check.js): what a file name
// says, the files whose text contradicts their name, reasons in the page's
// language (never a raw code), and lists joined per language.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, before } from 'node:test';
import { nameClaims, sameRegion, contradictions, joinList, reasonFor } from '../../www/many-check.js';
import { messageFor, MESSAGES } from '../../js/element/messages.js';
import { init, parseBytes, GovReportError } from '../../js/node.js';
import { ROOT } from './helpers.mjs';

before(() => init());

test('what a file name says', () => {
  const cases = [
    ['2019_江西省_赣州市.txt', 2019, '赣州市'],
    ['cities/2003_云南省_丽江市.txt', 2003, '丽江市'],
    ['赣州市2019年政府工作报告.txt', 2019, '赣州市'],
    ['2024年武汉市东西湖区政府工作报告（全文）.pdf', 2024, '武汉市东西湖区'],
    ['hubei-2025.txt', 2025, null],
    ['report.docx', null, null],
    ['20190101.txt', null, null],
  ];
  for (const [file, year, region] of cases) assert.deepEqual(nameClaims(file), { year, region }, file);
  assert.ok(sameRegion('湖北省', '湖北'));
  assert.ok(sameRegion('武汉市', '武汉市东西湖区'));
  assert.ok(!sameRegion('丽江市', '丽水市'));
});

test('contradictions: the year and the region of the name against the text, with both values', () => {
  const meta = (region, planYear) => ({ report: { meta: { region, planYear } } });
  const got = contradictions([
    { file: '2019_江西省_赣州市.txt', ...meta('赣州市', 2019) },
    { file: '2005_云南省_丽江市.txt', ...meta('丽水市', 2005) },
    { file: '2004_湖北省_黄石市.txt', ...meta('黄石市', 2005) },
    { file: '2010_湖北省_十堰市.txt', ...meta(null, null) },
    { file: 'hubei-2025.txt', ...meta('湖北省', 2025) },
  ]);
  assert.deepEqual(got, [
    { file: '2005_云南省_丽江市.txt', field: 'region', name: '丽江市', text: '丽水市' },
    { file: '2004_湖北省_黄石市.txt', field: 'year', name: '2004', text: '2005' },
  ]);
});

test('over the shared city corpus: some files contradict their names, most do not', { skip: existsSync(join(ROOT, '..', 'shared', 'corpus', 'cities')) ? false : 'no ../shared' }, () => {
  const dir = join(ROOT, '..', 'shared', 'corpus', 'cities');
  const files = readdirSync(dir).filter((f) => /^\d{4}_/.test(f)).sort().slice(-300);
  const entries = files.map((file) => ({ file, report: parseBytes(readFileSync(join(dir, file))) }));
  const got = contradictions(entries);
  const years = got.filter((c) => c.field === 'year').length;
  const regions = got.filter((c) => c.field === 'region').length;
  console.log(`# ${files.length} city reports: ${years} year and ${regions} region contradictions`);
  assert.ok(got.length > 0 && got.length < files.length / 4, `${got.length} contradictions`);
  for (const c of got) assert.ok(c.name && c.text && c.name !== c.text, JSON.stringify(c));
});

test('reasons: every engine error code translated in both languages; never a raw code', () => {
  const codes = ['input-too-large', 'empty-input', 'not-text', 'undecodable', 'fetch-failed', 'engine-failed'];
  for (const code of codes) {
    assert.ok(MESSAGES[code], code);
    for (const lang of ['zh', 'en']) {
      const r = reasonFor(Object.assign(new Error(`raw ${code} message 12`), { code }), 'x.txt', lang, messageFor);
      assert.ok(r && !r.includes(code) && !r.includes('raw'), `${lang} ${code}: ${r}`);
      if (lang === 'en') assert.doesNotMatch(r, /[\u3400-\u9fff]/, r);
      else assert.match(r, /[\u3400-\u9fff]/, r);
    }
  }
  // The engine's own error for a binary file.
  let err;
  try {
    parseBytes(new Uint8Array([0, 1, 2, 3, 0, 0, 0, 7, 8, 9, 0, 0]));
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof GovReportError, String(err));
  assert.doesNotMatch(reasonFor(err, 'data.bin', 'en', messageFor), new RegExp(err.code));
  // Unknown codes and reader errors: by the file's kind.
  assert.match(reasonFor(new Error('word/document.xml not found: is this a .docx file?'), 'a.docx', 'zh', messageFor), /docx/);
  assert.doesNotMatch(reasonFor(new Error('word/document.xml not found'), 'a.docx', 'zh', messageFor), /word\/document/);
  assert.match(reasonFor(new Error('Invalid PDF structure'), 'a.pdf', 'en', messageFor), /PDF could not be read/);
  assert.match(reasonFor(null, 'notes.md', 'en', messageFor), /skipped: a \.md file/);
  assert.match(reasonFor(null, 'x.bin', 'zh', messageFor), /\.bin/);
});

test('lists: 、 in Chinese only', () => {
  assert.equal(joinList(['a', 'b', 'c'], 'zh'), 'a、b、c');
  assert.equal(joinList(['a', 'b', 'c'], 'en'), 'a, b and c');
  assert.equal(joinList(['a', 'b'], 'en'), 'a and b');
  assert.doesNotMatch(joinList(['a', 'b', 'c'], 'en'), /、/);
});
