// parseBytes and decodeBytes: UTF-8 (with and without BOM), UTF-16LE/BE (with
// and without BOM), GBK/GB18030 (fixture made with Python's "gbk" codec),
// and the errors for bytes that are no text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { GovReportError, decodeBytes, init, parse, parseBytes } from '../../js/node.js';
import { FIXTURES } from './helpers.mjs';

const TEXT = readFileSync(`${FIXTURES}/excerpt.utf8.txt`, 'utf8');
const GBK = new Uint8Array(readFileSync(`${FIXTURES}/excerpt.gbk`));

/** UTF-16 bytes of a string, optionally with a BOM. */
function utf16(text, bigEndian, bom) {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (_, i) => text.charCodeAt(i))];
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  units.forEach((u, i) => view.setUint16(2 * i, u, !bigEndian));
  return out;
}

const utf8 = (text) => new TextEncoder().encode(text);
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The warning message per code, as parseBytes writes it (collected in before()). */
const warnings = {};

/** The report of TEXT with the CLI's encoding warning in front. */
function expected(code) {
  const report = parse(TEXT);
  report.warnings.unshift({ code, message: warnings[code] });
  return report;
}

before(async () => {
  await init();
  const samples = [
    GBK,
    utf16(TEXT, false, true),
    utf16(TEXT, true, true),
    concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(TEXT)),
  ];
  for (const bytes of samples) {
    const w = parseBytes(bytes).warnings[0];
    warnings[w.code] = w.message;
  }
});

test('the fixture is GBK, not UTF-8', () => {
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(GBK));
  assert.equal(new TextDecoder('gb18030').decode(GBK), TEXT);
});

test('UTF-8 without BOM: same as parse(text), no warning added', () => {
  assert.deepEqual(decodeBytes(utf8(TEXT)), { text: TEXT, encoding: 'utf-8' });
  assert.deepEqual(parseBytes(utf8(TEXT)), parse(TEXT));
});

test('UTF-8 with BOM', () => {
  const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(TEXT));
  assert.deepEqual(decodeBytes(bytes), { text: TEXT, encoding: 'utf-8-bom' });
  assert.deepEqual(parseBytes(bytes), expected('decoded-utf8-bom'));
});

test('UTF-16LE and UTF-16BE with BOM', () => {
  assert.deepEqual(decodeBytes(utf16(TEXT, false, true)), { text: TEXT, encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(utf16(TEXT, true, true)), { text: TEXT, encoding: 'utf-16be' });
  assert.deepEqual(parseBytes(utf16(TEXT, false, true)), expected('decoded-utf16le'));
  assert.deepEqual(parseBytes(utf16(TEXT, true, true)), expected('decoded-utf16be'));
});

test('UTF-16 without BOM is recognised by its zero bytes', () => {
  assert.deepEqual(decodeBytes(utf16(TEXT, false, false)), { text: TEXT, encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(utf16(TEXT, true, false)), { text: TEXT, encoding: 'utf-16be' });
});

test('GBK bytes decode as GB18030', () => {
  assert.deepEqual(decodeBytes(GBK), { text: TEXT, encoding: 'gb18030' });
  const report = parseBytes(GBK);
  assert.equal(report.warnings[0].code, 'decoded-gb18030');
  assert.deepEqual(report, expected('decoded-gb18030'));
});

test('the warning messages say what happened', () => {
  assert.match(warnings['decoded-gb18030'], /GB18030/);
  assert.match(warnings['decoded-utf16le'], /UTF-16LE/);
  assert.match(warnings['decoded-utf16be'], /UTF-16BE/);
  assert.match(warnings['decoded-utf8-bom'], /byte order mark/);
});

test('spans of a decoded report index the decoded text', () => {
  const { text } = decodeBytes(GBK);
  const report = parseBytes(GBK);
  for (const p of report.paragraphs) {
    assert.equal(text.slice(p.span[0], p.span[1]).length, p.span[1] - p.span[0]);
    assert.ok(text.slice(p.span[0], p.span[1]).trim().length > 0);
  }
});

test('malformed bytes throw undecodable with the offset', () => {
  // 0xFF is never valid in UTF-8 or GB18030.
  const bad = concat(new Uint8Array([0xb9, 0xfa, 0xbc, 0xd2]), new Uint8Array([0xff, 0xff]));
  assert.throws(() => parseBytes(bad), (e) => {
    assert.ok(e instanceof GovReportError);
    assert.equal(e.code, 'undecodable');
    assert.match(e.message, /gb18030 at byte 4/);
    return true;
  });
  // Broken UTF-8 after a long valid stretch of Chinese is reported as UTF-8, not re-read as GBK.
  const broken = concat(utf8(TEXT.slice(0, 200)), new Uint8Array([0xe4, 0xb8]), utf8('。'));
  assert.throws(() => decodeBytes(broken), { code: 'undecodable', message: /malformed utf-8 at byte/ });
  // A UTF-16 file cut in the middle of a code unit.
  assert.throws(() => decodeBytes(utf16(TEXT, false, true).subarray(0, 11)), { code: 'undecodable' });
});

test('binary bytes throw not-text; empty bytes throw empty-input', () => {
  const binary = new Uint8Array(1000).map((_, i) => (i * 7) % 32);
  assert.throws(() => parseBytes(binary), { code: 'not-text' });
  assert.throws(() => parseBytes(new Uint8Array(0)), { code: 'empty-input' });
});

test('maxInputBytes applies to bytes too, and the engine keeps working', () => {
  assert.throws(() => parseBytes(GBK, { maxInputBytes: 100 }), { code: 'input-too-large' });
  assert.throws(() => parseBytes(GBK, { maxInputBytes: 4000 }), { code: 'input-too-large' });
  assert.equal(parseBytes(GBK).warnings[0].code, 'decoded-gb18030');
});
