// node scripts/timing.mjs [ROUNDS]: milliseconds per report, native (release
// build, examples/timing.rs) beside the WebAssembly build in Node (pkg/, run
// `npm run build` first). Best of ROUNDS parses per report, then the mean.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { init, parse } from '../js/node.js';
import { ROOT, header, toolEnv } from './util.mjs';

const rounds = Number(process.argv[2] || 20);
const corpus = join(ROOT, 'tests', 'corpus');
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(corpus, f));

header('native (cargo run --release --example timing)');
const r = spawnSync('cargo', ['run', '--quiet', '--release', '--example', 'timing', '--', String(rounds), ...files], {
  cwd: ROOT,
  env: toolEnv(),
  encoding: 'utf8',
});
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const native = new Map(
  r.stdout
    .trim()
    .split('\n')
    .map((l) => l.split('\t'))
    .map(([file, , ms]) => [file, Number(ms)]),
);

header('wasm in Node');
await init();
let sumWasm = 0;
let sumNative = 0;
let bytes = 0;
console.log('report                          KB   native ms   wasm ms   ratio');
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  parse(text);
  parse(text);
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    parse(text);
    best = Math.min(best, performance.now() - t0);
  }
  const n = native.get(file) ?? NaN;
  sumWasm += best;
  sumNative += n;
  bytes += Buffer.byteLength(text);
  const name = file.slice(corpus.length + 1).padEnd(28);
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0).padStart(5);
  console.log(`${name}${kb}  ${n.toFixed(2).padStart(10)}  ${best.toFixed(2).padStart(8)}  ${(best / n).toFixed(2).padStart(6)}`);
}
const k = files.length;
console.log(
  `mean of ${k} reports (${(bytes / k / 1024).toFixed(0)} KB each on average): native ${(sumNative / k).toFixed(2)} ms, wasm in Node ${(sumWasm / k).toFixed(2)} ms (${(sumWasm / sumNative).toFixed(2)}×)`,
);
console.log(`Node ${process.version}`);
