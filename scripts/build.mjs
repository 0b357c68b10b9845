// npm run build: the engine as WebAssembly plus its JavaScript glue, in pkg/.
//
//   1. cargo build --profile wasm --target wasm32-unknown-unknown --lib --no-default-features --features gazetteer
//      (provinces and prefectures of the gazetteer: meta.regionCode; counties stay native-only)
//      (Cargo.toml's [profile.wasm]: opt-level "z"), with LLVM's inlining
//      threshold raised from 25 to 75 for the wasm target only: the hot
//      paths keep most of their speed and the rest is compiled for size.
//   2. wasm-bindgen --target web → pkg/govreport.js + pkg/govreport_bg.wasm
//   3. wasm-opt -Oz --converge (npm package binaryen) on pkg/govreport_bg.wasm:
//      --converge repeats the -Oz passes until the module stops shrinking
//      (about 0.7 KB gzip less than one round).
//
// Run scripts/setup.mjs first on a fresh machine (npm start / npm test do).

import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  header,
  installedWasmBindgenVersion,
  lockedWasmBindgenVersion,
  isMain,
  run,
  toolEnv,
} from './util.mjs';

const PKG = join(ROOT, 'pkg');
const RAW = join(ROOT, 'target', 'wasm32-unknown-unknown', 'wasm', 'govreport.wasm');
const WASM = join(PKG, 'govreport_bg.wasm');

/** rustc flags for the wasm target only (the host's build scripts are untouched). */
const WASM_RUSTFLAGS = '-Cllvm-args=-inline-threshold=75';

// The features rustc enables by default for wasm32-unknown-unknown; wasm-opt must accept them.
const FEATURES = [
  '--enable-bulk-memory',
  '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-reference-types',
  '--enable-multivalue',
];

export function build() {
  const want = lockedWasmBindgenVersion();
  const have = installedWasmBindgenVersion();
  if (have !== want) {
    console.error(
      `wasm-bindgen CLI ${have ?? '(missing)'} does not match the crate's ${want} in Cargo.lock: run \`node scripts/setup.mjs\``,
    );
    process.exit(1);
  }

  header('build: cargo (wasm32)');
  run(
    'cargo',
    ['build', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '--lib', '--no-default-features', '--features', 'gazetteer'],
    { env: toolEnv({ CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: WASM_RUSTFLAGS }) },
  );

  header('build: wasm-bindgen');
  rmSync(PKG, { recursive: true, force: true });
  mkdirSync(PKG, { recursive: true });
  run('wasm-bindgen', [
    '--target',
    'web',
    '--omit-default-module-path',
    '--experimental-reset-state-function',
    '--remove-producers-section',
    '--out-dir',
    PKG,
    RAW,
  ]);

  header('build: wasm-opt -Oz --converge');
  const before = statSync(WASM).size;
  run('wasm-opt', ['-Oz', '--converge', ...FEATURES, '--strip-debug', '--strip-producers', WASM, '-o', WASM]);
  const after = statSync(WASM).size;
  console.log(`pkg/govreport_bg.wasm: ${before} → ${after} bytes`);
}

if (isMain(import.meta.url)) build();
