// npm run bench — how fast and how big the engine is, beside its peers.
//
//   node scripts/bench.mjs [--quick] [--no-native] [--no-peers] [--out FILE]
//
// 1. Native (release build): examples/bench_native.rs over tests/corpus —
//    throughput of the whole pipeline and of each stage, peak heap per report,
//    linearity (one report ×64, verbatim and as distinct copies; the corpus
//    against its first eighth).
// 2. WebAssembly in Node: the real package. By default `js/node.js`, which
//    loads `pkg/govreport_bg.wasm` (built by `npm run build`, run here when
//    pkg/ is missing). GOVREPORT_JS=/path/to/entry.js benchmarks another
//    build: any module exporting `init()` (optional) and `parse(text)`.
// 3. Peers on the same texts: Microsoft Recognizers-Text
//    (@microsoft/recognizers-text-suite, culture zh-cn: recognizeNumber,
//    recognizePercentage, recognizeCurrency, recognizeDimension; run per
//    sentence, as its cost grows faster than linearly with the text's length)
//    and jieba-wasm segmentation (cut, HMM on): time, what each finds, and
//    bundle sizes (esbuild --bundle --minify, then gzip -9) beside ours.
//    They are devDependencies; missing ones are skipped with a note.
//
// Prints a markdown report (BENCHMARKS.md holds one); --out FILE also writes it
// to FILE. --quick: shorter measurements, peers on one report. Timings are
// the best of repeated runs on a shared machine: compare ratios, not digits.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const args = new Set(process.argv.slice(2));
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? process.argv[outAt + 1] : null;
const QUICK = args.has('--quick');
const require = createRequire(join(ROOT, 'package.json'));

const lines = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
const mb = (bytes, secs) => bytes / 1e6 / secs;
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const pct = (x) => `${(100 * x).toFixed(0)}%`;

// ---------------------------------------------------------------------------
// Inputs

const corpusDir = join(ROOT, 'tests', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(corpusDir, f), 'utf8') }));
const corpusBytes = corpus.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const PEER_REPORTS = QUICK ? ['dongxihu-2024'] : ['dongxihu-2024', 'national-2023', 'zhejiang-2024'];
const peerTexts = corpus.filter((f) => PEER_REPORTS.includes(f.name));

/** Best time in seconds of `fn` over runs lasting at least `min` seconds (and at least `runs` runs). */
function best(fn, min = QUICK ? 0.1 : 0.4, runs = 3) {
  let bestT = Infinity;
  const start = performance.now();
  for (let i = 0; i < runs || performance.now() - start < min * 1000; i++) {
    const t = performance.now();
    fn();
    bestT = Math.min(bestT, performance.now() - t);
    if (i > 10000) break;
  }
  return bestT / 1000;
}

function tool(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// ---------------------------------------------------------------------------
// Header: machine and command

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
say('## Results');
say();
say(`Command: \`npm run bench\` (\`node scripts/bench.mjs${process.argv.slice(2).map((a) => ' ' + a).join('')}\`), ${new Date().toISOString().slice(0, 10)}.`);
say(
  `Machine: ${cpu}, ${os.cpus().length} cores (shared with other work), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `${os.type()} ${os.release()}; Node ${process.version}; ${tool('rustc', ['--version']) ?? 'rustc ?'}.`,
);
say(`Engine: git ${tool('git', ['-C', ROOT, 'describe', '--always', '--dirty']) ?? '?'}. Corpus: ${corpus.length} reports, ${(corpusBytes / 1e6).toFixed(2)} MB of UTF-8 (tests/corpus).`);
say();

const results = {};

// ---------------------------------------------------------------------------
// 1. Native

if (!args.has('--no-native')) {
  say('### Native (release build, `cargo run --release --example bench_native -- --json`)');
  say();
  const r = spawnSync(
    'cargo',
    ['run', '--quiet', '--release', '--example', 'bench_native', '--', '--json', '--min-time', QUICK ? '0.05' : '0.3'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (r.status !== 0) {
    say(`native benchmark failed (exit ${r.status})`);
  } else {
    const n = JSON.parse(r.stdout);
    results.native = n;
    const s = n.total.seconds;
    say(`Whole pipeline (\`govreport::parse\`), sum of per-report best times: **${f1(n.mbPerSecond)} MB/s** (${(s.total * 1e3).toFixed(1)} ms for the corpus, ${n.total.quantities} quantities).`);
    say();
    say('| stage | function | ms per corpus | share | MB/s alone |');
    say('| --- | --- | ---: | ---: | ---: |');
    for (const [stage, fn] of [
      ['normalize', 'normalize::normalize'],
      ['structure', 'structure::analyze'],
      ['quantities', 'quantities::find_all'],
      ['indicators', 'indicators::annotate'],
      ['assemble', 'rest of report::build'],
    ]) {
      say(`| ${stage} | \`${fn}\` | ${(s[stage] * 1e3).toFixed(2)} | ${pct(s[stage] / s.total)} | ${f1(mb(corpusBytes, s[stage]))} |`);
    }
    say(`| total | \`parse\` | ${(s.total * 1e3).toFixed(2)} | 100% | ${f1(n.mbPerSecond)} |`);
    say();
    const files = [...n.files].sort((a, b) => a.bytes - b.bytes);
    const pick = [files[0], files[Math.floor(files.length / 2)], files[files.length - 1]];
    say('Peak heap during one `parse` (counting allocator), per report size:');
    say();
    say('| report | input | quantities | MB/s | peak heap | heap / input |');
    say('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const f of pick) {
      say(`| ${f.name} | ${kb(f.bytes)} | ${f.quantities} | ${f1(mb(f.bytes, f.seconds.total))} | ${(f.peakHeapBytes / 1e6).toFixed(2)} MB | ${f1(f.peakHeapBytes / f.bytes)}× |`);
    }
    say();
    say('Linearity (best times):');
    say();
    say('| input | size × | time × | quantities | peak heap |');
    say('| --- | ---: | ---: | --- | --- |');
    for (const l of n.linearity) {
      say(`| ${l.what} | ${f1(l.sizeRatio)} | ${f1(l.timeRatio)} | ${l.smallQuantities} → ${l.bigQuantities} | ${(l.smallPeakHeapBytes / 1e6).toFixed(1)} → ${(l.bigPeakHeapBytes / 1e6).toFixed(1)} MB |`);
    }
    say();
  }
}

// ---------------------------------------------------------------------------
// 2. WebAssembly in Node

const entry = process.env.GOVREPORT_JS ?? join(ROOT, 'js', 'node.js');
if (!process.env.GOVREPORT_JS && !existsSync(join(ROOT, 'pkg', 'govreport_bg.wasm')) && !args.has('--no-build')) {
  console.error('bench: pkg/ is missing: building it (node scripts/build.mjs)');
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const engine = await import(pathToFileURL(entry).href);
if (typeof engine.init === 'function') await engine.init();
const parse = (text) => engine.parse(text);

say(`### WebAssembly in Node (\`${entry.startsWith(ROOT) ? entry.slice(ROOT.length + 1) : entry}\`)`);
say();
{
  let shared = null;
  try {
    shared = await import(pathToFileURL(join(ROOT, 'js', 'shared.js')).href);
  } catch {}
  // The package's own module only: another entry (GOVREPORT_JS) leaves it unloaded.
  const memory = () => {
    try {
      return shared?.memory?.()?.buffer?.byteLength;
    } catch {
      return undefined;
    }
  };
  const memBefore = memory();
  let total = 0;
  let quantities = 0;
  const perFile = [];
  for (const f of corpus) {
    const t = best(() => parse(f.text));
    total += t;
    const q = parse(f.text).quantities.length;
    quantities += q;
    perFile.push({ ...f, t, q });
  }
  const memAfter = memory();
  const wasmMBs = mb(corpusBytes, total);
  results.wasm = { mbPerSecond: wasmMBs, seconds: total, quantities };
  say(`\`parse(text)\` (a JavaScript object out, as the package returns it), sum of per-report best times: **${f1(wasmMBs)} MB/s** (${(total * 1e3).toFixed(1)} ms for the corpus, ${quantities} quantities).`);
  if (results.native) say(`Native / WASM time: ${f1(wasmMBs ? results.native.mbPerSecond / wasmMBs : NaN)}×.`);
  if (memBefore && memAfter) say(`WASM linear memory after reading the whole corpus: ${(memAfter / 2 ** 20).toFixed(1)} MiB (from ${(memBefore / 2 ** 20).toFixed(1)} MiB at start; it never shrinks, so this is the peak).`);
  const base = corpus.find((f) => f.name === 'dongxihu-2024') ?? corpus[0];
  const tagged = (k) =>
    Array.from({ length: k }, (_, c) =>
      base.text
        .split('\n')
        .map((l) => `${l}（${c}）\n`)
        .join(''),
    ).join('');
  const one = tagged(1);
  const many = tagged(64);
  const t1 = best(() => parse(one));
  const t64 = best(() => parse(many), 0.1, 2);
  results.wasm.linearity = t64 / t1;
  say(`Linearity: ${base.name} as 64 distinct copies (${(Buffer.byteLength(many) / 1e6).toFixed(1)} MB) takes ${f1(t64 / t1)}× the time of one copy.`);
  say();
}

// ---------------------------------------------------------------------------
// 3. Peers

function tryRequire(name) {
  try {
    return require(name);
  } catch {
    return null;
  }
}

/** Sentences (and line ends) of a text: what the peers are given one at a time. */
const sentencesOf = (text) => text.split(/(?<=[。！？；\n])/).filter((s) => s.trim());

if (!args.has('--no-peers')) {
  say(`### Peers on the same texts (${peerTexts.map((f) => f.name).join(', ')}; ${(peerTexts.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e3).toFixed(0)} KB)`);
  say();
  const peerBytes = peerTexts.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const oursT = peerTexts.reduce((n, f) => n + best(() => parse(f.text)), 0);
  const oursQ = peerTexts.reduce((n, f) => n + parse(f.text).quantities.length, 0);
  const oursByUnit = {};
  for (const f of peerTexts)
    for (const q of parse(f.text).quantities) oursByUnit[q.dimension] = (oursByUnit[q.dimension] ?? 0) + 1;
  say('| tool | what it does | time | MB/s | our speed-up | finds |');
  say('| --- | --- | ---: | ---: | ---: | --- |');
  say(
    `| govreport (WASM) | whole pipeline, whole reports | ${(oursT * 1e3).toFixed(1)} ms | ${f1(mb(peerBytes, oursT))} | 1× | ${oursQ} quantities with units (${Object.entries(oursByUnit)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}) |`,
  );
  const R = tryRequire('@microsoft/recognizers-text-suite');
  if (R) {
    const culture = R.Culture.Chinese;
    let rtTotal = 0;
    const rows = [];
    for (const [name, fn] of [
      ['recognizeNumber', R.recognizeNumber],
      ['recognizePercentage', R.recognizePercentage],
      ['recognizeCurrency', R.recognizeCurrency],
      ['recognizeDimension', R.recognizeDimension],
    ]) {
      let found = 0;
      fn('热身 1.5 亿元', culture); // model construction is not timed
      const t = performance.now();
      for (const f of peerTexts) for (const s of sentencesOf(f.text)) found += fn(s, culture).length;
      const secs = (performance.now() - t) / 1000;
      rtTotal += secs;
      rows.push([name, secs, found]);
    }
    results.recognizers = { seconds: rtTotal, ratio: rtTotal / oursT };
    for (const [name, secs, found] of rows) {
      say(`| Recognizers-Text \`${name}\` (zh-cn) | per sentence | ${(secs * 1e3).toFixed(0)} ms | ${f1(mb(peerBytes, secs))} | ${Math.round(secs / oursT)}× | ${found} |`);
    }
    say(`| Recognizers-Text, the four together | | ${(rtTotal * 1e3).toFixed(0)} ms | ${f1(mb(peerBytes, rtTotal))} | **${Math.round(rtTotal / oursT)}×** | |`);
  } else {
    say('| Recognizers-Text | not installed (npm install) | | | | |');
  }
  const jieba = tryRequire('jieba-wasm');
  if (jieba) {
    jieba.cut('热身', true);
    let tokens = 0;
    const t = performance.now();
    for (const f of peerTexts) tokens += jieba.cut(f.text, true).length;
    const secs = (performance.now() - t) / 1000;
    results.jieba = { seconds: secs, ratio: secs / oursT };
    say(`| jieba-wasm \`cut\` (HMM) | word segmentation only, whole reports | ${(secs * 1e3).toFixed(0)} ms | ${f1(mb(peerBytes, secs))} | ${f1(secs / oursT)}× | ${tokens} tokens |`);
  } else {
    say('| jieba-wasm | not installed (npm install) | | | | |');
  }
  say();

  // Bundle sizes.
  let esbuild = null;
  try {
    esbuild = await import('esbuild');
  } catch {}
  if (esbuild) {
    const gz = (buf) => gzipSync(buf, { level: 9 }).length;
    const bundle = async (contents) => {
      const r = await esbuild.build({
        stdin: { contents, resolveDir: ROOT, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
        external: ['*.wasm'],
      });
      const out = r.outputFiles[0].contents;
      return { raw: out.length, gz: gz(out) };
    };
    const wasmFile = (p) => (existsSync(p) ? { raw: readFileSync(p).length, gz: gz(readFileSync(p)) } : null);
    const rows = [];
    try {
      const js = await bundle(`export { init, parse } from './js/index.js';`);
      const wasm = wasmFile(join(ROOT, 'pkg', 'govreport_bg.wasm'));
      rows.push(['govreport (`js/index.js` + `pkg/govreport_bg.wasm`)', js, wasm]);
      results.size = { wasmGz: wasm?.gz, jsGz: js.gz };
    } catch (e) {
      say(`(could not bundle govreport: ${e.message})`);
    }
    if (R) {
      try {
        const js = await bundle(
          `export { Culture, recognizeNumber, recognizePercentage, recognizeCurrency, recognizeDimension } from '@microsoft/recognizers-text-suite';`,
        );
        rows.push(['@microsoft/recognizers-text-suite (the four recognizers)', js, null]);
      } catch (e) {
        say(`(could not bundle Recognizers-Text: ${e.message})`);
      }
    }
    if (jieba) {
      try {
        const js = await bundle(`export { default as init, cut } from 'jieba-wasm';`);
        const wasm = wasmFile(join(ROOT, 'node_modules', 'jieba-wasm', 'pkg', 'web', 'jieba_rs_wasm_bg.wasm'));
        rows.push(['jieba-wasm (web build)', js, wasm]);
      } catch (e) {
        say(`(could not bundle jieba-wasm: ${e.message})`);
      }
    }
    say('Bundle sizes (esbuild --bundle --minify, browser ESM; gzip -9):');
    say();
    say('| package | JS | JS gzip | WASM | WASM gzip | total gzip |');
    say('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, js, wasm] of rows) {
      say(`| ${name} | ${kb(js.raw)} | ${kb(js.gz)} | ${wasm ? kb(wasm.raw) : '–'} | ${wasm ? kb(wasm.gz) : '–'} | **${kb(js.gz + (wasm?.gz ?? 0))}** |`);
    }
    say();
  } else {
    say('(esbuild not installed: bundle sizes skipped)');
    say();
  }
}

// ---------------------------------------------------------------------------
// Targets

say('### Against the targets');
say();
say('| target | measured | met? |');
say('| --- | --- | --- |');
const row = (what, value, ok) => say(`| ${what} | ${value} | ${ok === undefined ? 'not measured' : ok ? 'yes' : '**no**'} |`);
row('native ≥ 100 MB/s', results.native ? `${f1(results.native.mbPerSecond)} MB/s` : '–', results.native && results.native.mbPerSecond >= 100);
row('WASM ≥ 50 MB/s', `${f1(results.wasm.mbPerSecond)} MB/s`, results.wasm.mbPerSecond >= 50);
row('≥ 1000× faster than Recognizers-Text', results.recognizers ? `${Math.round(results.recognizers.ratio)}×` : '–', results.recognizers && results.recognizers.ratio >= 1000);
row('WASM ≤ 100 KB gzip', results.size?.wasmGz ? kb(results.size.wasmGz) : '–', results.size?.wasmGz ? results.size.wasmGz <= 100 * 1024 : undefined);
const lin = results.native?.linearity?.find((l) => l.what.includes('distinct'));
row('64 distinct copies < 80× one (native)', lin ? `${f1(lin.timeRatio)}×` : '–', lin && lin.timeRatio < 80);
row('64 distinct copies < 80× one (WASM)', `${f1(results.wasm.linearity)}×`, results.wasm.linearity < 80);
say();

if (OUT) writeFileSync(OUT, lines.join('\n') + '\n');
