// npm run size: raw and gzip sizes of what a browser downloads; fails when the
// gzipped .wasm reaches the budget (124 KB).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, header, isMain } from './util.mjs';

/**
 * The budget for the gzipped engine, in bytes: 110 KB until this round, 124 KB
 * since. Measured growth (108.3 KB before): the panel's given metadata and the
 * near verdict +2.9 KB (issues 16, 18); the gazetteer's provinces and
 * prefectures with the region reading that uses them +5.5 KB (issue 16;
 * counties stay out of the wasm, about 23 KB more); the meaning layer's
 * phrase decisions, period steps and structure of real texts +5.5 KB, then
 * +0.45 KB for the period rules of the end-point change, the turn to the
 * year, the plan under way and the subject's measure notes, and +0.3 KB for
 * their refinements (issue 15, whose allowance is 7 KB: 6.3 used); the
 * faster normalisation +0.3 KB; the panel builder's shared row code +0.1 KB.
 * 123.2 KB at the end of the round.
 */
export const WASM_GZIP_BUDGET = 124 * 1024;

/** The files a browser page loads through `import 'govreport'`. */
const FILES = [
  ['engine (.wasm)', 'pkg/govreport_bg.wasm'],
  ['wasm-bindgen glue', 'pkg/govreport.js'],
  ['API (js/index.js)', 'js/index.js'],
  ['API (js/shared.js)', 'js/shared.js'],
];

/** Measures every file: `{ label, path, raw, gzip }`. */
export function measure() {
  return FILES.map(([label, path]) => {
    const bytes = readFileSync(join(ROOT, path));
    return { label, path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function size() {
  header('size');
  const rows = measure();
  const js = rows.filter((r) => r.path.endsWith('.js'));
  const total = (list, key) => list.reduce((s, r) => s + r[key], 0);
  const table = [
    ...rows.map((r) => [r.label, r.path, kb(r.raw), kb(r.gzip)]),
    ['JavaScript, all', '', kb(total(js, 'raw')), kb(total(js, 'gzip'))],
    ['total', '', kb(total(rows, 'raw')), kb(total(rows, 'gzip'))],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of [['file', 'path', 'raw', 'gzip'], ...table]) {
    console.log(r.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
  }
  const wasm = rows[0];
  if (wasm.gzip >= WASM_GZIP_BUDGET) {
    console.error(`FAILED: gzipped .wasm is ${kb(wasm.gzip)}, over the budget of ${kb(WASM_GZIP_BUDGET)}`);
    process.exit(1);
  }
  console.log(`gzipped .wasm ${kb(wasm.gzip)} < budget ${kb(WASM_GZIP_BUDGET)}: ok`);
}

if (isMain(import.meta.url)) size();
