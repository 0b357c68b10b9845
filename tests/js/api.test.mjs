// The JavaScript API: init, errors with stable codes, options, recovery.
// Runs in its own process (node --test), so the first tests see an engine
// that is not loaded yet.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as api from '../../js/node.js';
import { GovReportError, init, parse, parseBytes, schemaVersion, version } from '../../js/node.js';
import { memory } from '../../js/shared.js';
import { ROOT, SAMPLE } from './helpers.mjs';

const SHORT = '各位代表：\n一、2024年工作回顾\n地区生产总值增长5.5%。\n';

/** Asserts that `fn` throws a GovReportError with this code. */
function throwsCode(fn, code) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof GovReportError, `expected GovReportError, got ${e}`);
    assert.ok(e instanceof Error);
    assert.equal(e.code, code);
    assert.equal(e.name, 'GovReportError');
    assert.ok(e.message.length > 0);
    return true;
  });
}

test('the public exports are exactly the documented API', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'GovReportError',
    'createPanel',
    'decodeBytes',
    'init',
    'panel',
    'panelAsync',
    'parse',
    'parseBytes',
    'schemaVersion',
    'version',
  ]);
});

test('before init: parse throws not-initialized', () => {
  throwsCode(() => parse(SHORT), 'not-initialized');
  throwsCode(() => version(), 'not-initialized');
});

test('a failed init is forgotten: the next call retries', async () => {
  const missing = pathToFileURL(`${ROOT}/pkg/no-such-file.wasm`);
  await assert.rejects(init(missing), { name: 'GovReportError', code: 'wasm-load-failed' });
  await assert.rejects(init(new Uint8Array([0, 1, 2, 3])), { code: 'wasm-load-failed' });
  await assert.rejects(init(42), TypeError);
  throwsCode(() => parse(SHORT), 'not-initialized');
});

test('init is idempotent: one shared promise', async () => {
  const a = init();
  const b = init();
  assert.equal(a, b);
  await Promise.all([a, b, init()]);
  assert.equal(init(), a);
  // Any later source is ignored once loaded.
  await init(new Uint8Array([1, 2, 3]));
});

test('version and schemaVersion', () => {
  const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8'));
  const cargo = readFileSync(`${ROOT}/Cargo.toml`, 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(version(), cargo);
  assert.equal(pkg.version, cargo, 'package.json and Cargo.toml versions agree');
  assert.equal(schemaVersion(), 1);
});

test('parse returns the report model', () => {
  const report = parse(readFileSync(SAMPLE, 'utf8'));
  assert.equal(report.schemaVersion, 1);
  assert.ok(Array.isArray(report.quantities));
  assert.ok(report.paragraphs.length > 0);
  const text = readFileSync(SAMPLE, 'utf8');
  const [start, end] = report.paragraphs[0].span;
  assert.ok(text.slice(start, end).trim().length > 0, 'spans index the input as UTF-16');
});

test('errors carry stable codes and the engine keeps working', () => {
  throwsCode(() => parse(''), 'empty-input');
  throwsCode(() => parse(' \n\t\u3000 '), 'empty-input');
  throwsCode(() => parse(SHORT, { maxInputBytes: 10 }), 'input-too-large');
  throwsCode(() => parse('\u0000\u0001\u0002'.repeat(100)), 'not-text');
  throwsCode(() => parse(SHORT, { maxInputBytes: -1 }), 'invalid-options');
  throwsCode(() => parse(SHORT, { maxInputBytes: '10' }), 'invalid-options');
  throwsCode(() => parse(SHORT, 'fast'), 'invalid-options');
  assert.throws(() => parse(new Uint8Array(4)), TypeError);
  // Still works, with the same result as before the errors.
  assert.deepEqual(parse(SHORT), parse(SHORT));
  assert.equal(parse(SHORT).schemaVersion, 1);
});

test('maxInputBytes counts UTF-8 bytes', () => {
  const bytes = new TextEncoder().encode(SHORT).length;
  assert.ok(parse(SHORT, { maxInputBytes: bytes }));
  throwsCode(() => parse(SHORT, { maxInputBytes: bytes - 1 }), 'input-too-large');
  assert.ok(parse(SHORT, { maxInputBytes: Infinity }));
  assert.ok(parse(SHORT, {}));
  assert.ok(parse(SHORT, undefined));
});

test('the message says what was wrong', () => {
  try {
    parse(SHORT, { maxInputBytes: 10 });
    assert.fail('expected an error');
  } catch (e) {
    assert.match(e.message, /more than the limit of 10 bytes/);
    // The option is named as JavaScript spells it, never by its Rust name.
    assert.match(e.message, /maxInputBytes/);
    assert.doesNotMatch(e.message, /Options::|max_input_bytes/);
  }
});

test('lone surrogates do not break spans (they cross as U+FFFD)', () => {
  const text = `${SHORT}\ud800增长3%。\n`;
  const report = parse(text);
  for (const p of report.paragraphs) {
    assert.ok(p.span[1] <= text.length);
  }
});

test('parseBytes accepts Uint8Array, ArrayBuffer and other views', () => {
  const bytes = new TextEncoder().encode(SHORT);
  const expected = parse(SHORT);
  assert.deepEqual(parseBytes(bytes), expected);
  assert.deepEqual(parseBytes(bytes.buffer), expected);
  assert.deepEqual(parseBytes(new DataView(bytes.buffer)), expected);
  assert.throws(() => parseBytes('text'), TypeError);
});

test('the engine exposes its memory for the leak test', () => {
  assert.ok(memory() instanceof WebAssembly.Memory);
});
