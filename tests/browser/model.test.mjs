// Unit tests of the element's pure helpers (no browser).
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  project,
  slice,
  segment,
  findTerm,
  formatValue,
  csvCell,
  toCsv,
  toJson,
  filterQuantities,
  indexReport,
  lastYearFor,
} from '../../js/element/model.js';
import { text, report } from './fixture.mjs';

test('project joins hard line breaks and drops page footers', () => {
  const src = '规模以上工业增加值增长 6.1%，\n\n— 1 —\n\n固定资产投资下降 2.5%。';
  const p = project(src, 0, src.length);
  assert.equal(p.text, '规模以上工业增加值增长 6.1%，固定资产投资下降 2.5%。');
  assert.equal(p.offs.length, p.text.length);
  // Offsets point back into the original.
  for (let i = 0; i < p.text.length; i++) assert.equal(src[p.offs[i]], p.text[i]);
});

test('project keeps a space between Latin words split by a line break', () => {
  const src = 'the State\nCouncil 中\n国';
  assert.equal(project(src, 0, src.length).text, 'the State Council 中国');
});

test('project handles CRLF, indents and 第 N 页 footers', () => {
  const src = '\u3000\u3000第一行\r\n第 3 页\r\n  第二行  ';
  assert.equal(project(src, 0, src.length).text, '第一行第二行');
});

test('slice maps original offsets to display text', () => {
  const src = '甲乙\n\n丙丁';
  const p = project(src, 0, src.length);
  assert.equal(slice(p, 1, 5), '乙丙');
  assert.equal(slice(p, 2, 4), '');
});

test('findTerm finds a term across a line break', () => {
  const src = '推进钙钛\n矿电池，钙钛矿。';
  const p = project(src, 0, src.length);
  const found = findTerm(p, '钙钛矿');
  assert.deepEqual(found, [
    [2, 6],
    [9, 12],
  ]);
});

test('segment places every mark once, terms around marks, sentences as pieces', () => {
  const para = report.paragraphs[0];
  const marks = report.quantities.filter((q) => q.span[0] >= para.span[0] && q.span[0] < para.span[1]);
  const { pieces, placed } = segment(text, para.span, para.sentences, marks, []);
  assert.deepEqual(placed, marks.map((m) => m.id));
  const shown = pieces.flatMap((p) => p.runs).map((r) => r.text).join('');
  assert.equal(shown, '经济稳中有进。地区生产总值达到 1200 亿元，增长 5.2%。规模以上工业增加值增长 6.1%，固定资产投资下降 2.5%。预计社会消费品零售总额 480 亿元。');
  assert.equal(pieces.filter((p) => p.type === 'sentence').length, 4);
  const markRuns = pieces.flatMap((p) => p.runs).filter((r) => r.type === 'mark');
  assert.deepEqual(markRuns.map((r) => r.text), ['1200 亿元', '5.2%', '6.1%', '2.5%', '480 亿元']);
});

test('segment drops overlapping marks and terms that overlap marks', () => {
  const src = '增长 5.5%左右的目标';
  const marks = [
    { id: 1, span: [3, 7] },
    { id: 2, span: [4, 6] },
  ];
  const terms = [
    { term: 0, span: [5, 9] },
    { term: 1, span: [9, 12] },
  ];
  const { pieces, placed } = segment(src, [0, src.length], [], marks, terms);
  assert.deepEqual(placed, [1]);
  const runs = pieces[0].runs;
  assert.deepEqual(
    runs.map((r) => [r.type, r.text]),
    [
      ['text', '增长 '],
      ['mark', '5.5%'],
      ['text', '左右'],
      ['term', '的目标'],
    ],
  );
});

test('formatValue writes qualifiers out, shows ranges and signs', () => {
  assert.equal(formatValue({ value: 5, unit: '%', qual: 'at_least' }), '5%以上');
  assert.equal(formatValue({ value: 30, unit: '%', qual: 'near' }), '近 30%');
  assert.equal(formatValue({ value: 30, unit: '%', qual: 'near' }, 'en'), 'nearly 30%');
  assert.equal(formatValue({ value: 5, unit: '%', qual: 'approx' }, 'en'), 'about 5%');
  assert.equal(formatValue({ value: 3, unit: '%', qual: 'at_most' }), '不超过 3%');
  assert.equal(formatValue({ value: 1900, unit: '亿元', qual: 'exact' }), '1,900 亿元');
  assert.equal(formatValue({ value: 3, hi: 4, unit: '%', qual: 'range' }), '3–4%');
  assert.equal(formatValue({ value: 2, unit: '%', qual: 'exact', kind: 'growth', direction: 'down' }, 'zh', { signed: 'down' }), '−2%');
  assert.equal(formatValue({ value: 2, unit: '%', qual: 'exact', kind: 'growth', direction: 'up' }, 'zh', { signed: 'down' }), '2%');
  assert.equal(formatValue({ value: 5.2, unit: '%', qual: 'approx', kind: 'growth', direction: 'up' }, 'zh', { signed: true }), '+5.2%左右');
  assert.equal(formatValue({ value: 5.2, unit: '%', qual: 'approx', kind: 'growth', direction: 'up' }, 'zh', { signed: true, symbols: true }), '≈+5.2%');
});

test('csvCell quotes and neutralises spreadsheet formulas', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell(-3.5), '-3.5');
  assert.equal(csvCell(null), '');
});

test('toCsv writes a header and one line per quantity', () => {
  const idx = indexReport(report);
  const csv = toCsv(report.quantities.slice(0, 2), idx);
  assert.ok(csv.startsWith('\ufeffid,text,value'));
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 3);
  assert.ok(lines[1].startsWith('0,1200 亿元,1200,,亿元,'));
  assert.ok(lines[1].includes('一、2024 年工作回顾'));
  assert.ok(lines[0].endsWith(',measure,region,reportYear,reviewYear,file'));
  assert.ok(lines[1].endsWith(',total,,,,'), 'no source given: empty source columns');
  const merged = toCsv(report.quantities.slice(0, 1), idx, { region: '示例市', reportYear: 2025, reviewYear: 2024, file: 'a.txt' });
  assert.ok(merged.trim().split('\r\n')[1].endsWith(',total,示例市,2025,2024,a.txt'));
});

test('toJson carries meta, filters and rows', () => {
  const out = JSON.parse(toJson(report, report.quantities.slice(0, 3), { status: 'actual' }));
  assert.equal(out.count, 3);
  assert.equal(out.meta.region, '示例市');
  assert.deepEqual(out.filters, { status: 'actual' });
  const withFile = JSON.parse(toJson(report, report.quantities.slice(0, 2), {}, 'x.txt'));
  assert.equal(withFile.file, 'x.txt');
  assert.deepEqual(
    withFile.quantities.map((q) => [q.region, q.reportYear, q.reviewYear, q.file, q.measure]),
    [
      ['示例市', 2025, 2024, 'x.txt', 'total'],
      ['示例市', 2025, 2024, 'x.txt', 'total'],
    ],
  );
});

test('filterQuantities filters by status, kind, metric, section and search', () => {
  const idx = indexReport(report);
  const ids = (f) => filterQuantities(report, f, idx).map((q) => q.id);
  assert.deepEqual(ids({ status: 'target' }), [5, 6, 7, 8, 9]);
  assert.deepEqual(ids({ status: 'target', kind: 'amount' }), [9]);
  assert.deepEqual(ids({ metric: 'gdp' }), [0, 1, 5]);
  assert.deepEqual(ids({ section: '2' }), [5, 6, 7, 8, 9, 10]);
  assert.deepEqual(ids({ section: '4' }), [9, 10]);
  assert.deepEqual(ids({ q: '高新技术' }), [9, 10]);
  assert.deepEqual(ids({ q: '480' }), [4]);
  assert.deepEqual(ids({ q: '1200亿元' }), [0, 1]);
});

test('lastYearFor finds the reviewed year growth for a growth target', () => {
  const idx = indexReport(report);
  assert.equal(lastYearFor(report, report.targets[0], idx)?.id, 1);
  assert.equal(lastYearFor(report, report.targets[2], idx)?.id, 3);
  assert.equal(lastYearFor(report, report.targets[3], idx), null);
});
