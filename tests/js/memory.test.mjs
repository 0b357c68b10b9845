// 10,000 parses in one instance do not grow the engine's memory: the report
// crosses as a JS object and nothing stays behind on the Rust heap.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { GovReportError, init, parse } from '../../js/node.js';
import { memory } from '../../js/shared.js';
import { FIXTURES } from './helpers.mjs';

before(() => init());

test('memory stays flat over 10,000 parses (with errors mixed in)', () => {
  // A report's opening (about 1,500 characters: title, outline, figures).
  const text = readFileSync(`${FIXTURES}/excerpt.utf8.txt`, 'utf8').slice(0, 1500);
  const sizes = [];
  for (let i = 0; i < 10_000; i++) {
    if (i % 100 === 50) {
      assert.throws(() => parse(text, { maxInputBytes: 100 }), GovReportError);
      assert.throws(() => parse(''), GovReportError);
    } else {
      const report = parse(text);
      if (i === 0) assert.ok(report.paragraphs.length > 0);
    }
    if (i % 1000 === 999) sizes.push(memory().buffer.byteLength);
  }
  // The first few parses may grow the heap to its working size; after that, nothing.
  const settled = sizes[1];
  assert.deepEqual(
    sizes.slice(1),
    sizes.slice(1).map(() => settled),
    `memory grew: ${sizes.join(', ')}`,
  );
  console.log(`wasm memory after each 1,000 parses: ${sizes.map((s) => `${s / 1024} KB`).join(', ')}`);
});
