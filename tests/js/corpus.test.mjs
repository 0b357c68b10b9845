// Every corpus report read through the wasm build in Node equals the native
// engine's JSON (examples/to_json.rs): same model, same numbers, nulls not
// undefined, objects not Maps. One difference by design: the wasm engine is
// built without the gazetteer (cargo features `gazetteer`, `counties`; see
// README, "Regions by official code"), so `meta.regionCode` is null there.
// Built with `gazetteer` alone, only county and district codes would be null.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { before, test } from 'node:test';
import { init, parse } from '../../js/node.js';
import { corpusFiles, nativeReport } from './helpers.mjs';

/** Whether scripts/build.mjs builds the wasm with the cargo feature `gazetteer`. */
const WASM_HAS_GAZETTEER = true;

before(() => init());

for (const file of corpusFiles()) {
  test(`wasm equals native: ${basename(file)}`, () => {
    const text = readFileSync(file, 'utf8');
    const wasm = parse(text);
    const native = nativeReport(file);
    const county = native.meta.level === 'county' || native.meta.level === 'district';
    if (!WASM_HAS_GAZETTEER || county) {
      assert.equal(wasm.meta.regionCode, null, 'no gazetteer (or county table) in the wasm engine');
      native.meta.regionCode = null;
    }
    assert.deepStrictEqual(wasm, native);
  });
}

test('the sample report has the model the widget needs', () => {
  const report = parse(readFileSync(corpusFiles().find((f) => f.endsWith('dongxihu-2024.txt')), 'utf8'));
  assert.equal(report.schemaVersion, 1);
  assert.ok(report.paragraphs.length > 10);
  assert.equal(Object.getPrototypeOf(report.meta), Object.prototype);
  for (const p of report.paragraphs) {
    assert.ok(Array.isArray(p.span) && p.span.length === 2);
    assert.ok(p.sectionId === null || typeof p.sectionId === 'number');
  }
});
