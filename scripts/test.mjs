// npm test: set up, then every check, stopping at the first that fails.
//   Rust: cargo fmt --check, cargo clippy (native, all targets; and wasm32),
//         cargo test, cargo doc (warnings denied)
//   Build: npm run build, then the size budget
//   Package: npm pack (the build above, no prepack), publint and
//         @arethetypeswrong/cli on the tarball
//   JS:   node --test tests/js (Node), tests/package (npm pack, bundlers,
//         Chromium), tests/browser (widget, when present)
//   Python: scripts/test-python.mjs (the wheel built and installed in a
//         fresh venv, pytest python/tests, mypy --strict on the example)

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './build.mjs';
import { setup } from './setup.mjs';
import { size } from './size.mjs';
import { ROOT, header, toolEnv } from './util.mjs';

const totals = { passed: 0, failed: 0 };
const started = Date.now();

/**
 * Runs a command, streaming its output, and counts the tests it reports
 * (cargo's `test result:` lines, node's `# pass` / `# fail`). Exits on failure.
 * @param {string} title
 * @param {string} cmd
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [extraEnv]
 */
async function step(title, cmd, args, extraEnv = {}) {
  header(title);
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  const child = spawn(cmd, args, { cwd: ROOT, env: toolEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => {
    process.stdout.write(d);
    out += d;
  });
  child.stderr.on('data', (d) => {
    process.stderr.write(d);
    out += d;
  });
  const status = await new Promise((resolve) => {
    child.on('error', (e) => {
      console.error(`cannot run ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  for (const m of out.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed/g)) {
    totals.passed += Number(m[1]);
    totals.failed += Number(m[2]);
  }
  for (const m of out.matchAll(/^# pass (\d+)$/gm)) totals.passed += Number(m[1]);
  for (const m of out.matchAll(/^# fail (\d+)$/gm)) totals.failed += Number(m[1]);
  // pytest -q: `88 passed in 47.1s`, `1 failed, 88 passed in 47.1s`
  for (const m of out.matchAll(/^(?:(\d+) failed, )?(\d+) passed\b[^\n]* in [\d.]+s/gm)) {
    totals.failed += Number(m[1] ?? 0);
    totals.passed += Number(m[2]);
  }
  if (status !== 0) {
    console.error(`\nFAILED: ${title} (exit ${status})`);
    console.log(`${totals.passed} passed, ${Math.max(1, totals.failed)} failed`);
    process.exit(status);
  }
}

/** The `*.test.mjs` files of a test directory (relative paths), or []. */
function testFiles(dir) {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => f.endsWith('.test.mjs'))
    .sort()
    .map((f) => join(dir, f));
}

setup();

await step('cargo fmt --check', 'cargo', ['fmt', '--all', '--check']);
await step('cargo clippy (native, all targets)', 'cargo', ['clippy', '--all-targets', '--', '-D', 'warnings']);
await step('cargo clippy (wasm32 library)', 'cargo', [
  'clippy',
  '--target',
  'wasm32-unknown-unknown',
  '--lib',
  '--no-default-features',
  '--features',
  'gazetteer',
  '--',
  '-D',
  'warnings',
]);
await step('cargo test', 'cargo', ['test']);
await step('cargo doc', 'cargo', ['doc', '--no-deps'], { RUSTDOCFLAGS: '-D warnings' });
// The multi-megabyte hostile inputs, in a release build (panics must unwind for the test harness).
await step('pathological inputs (release)', 'cargo', ['test', '--release', '--test', 'pathological'], {
  CARGO_PROFILE_RELEASE_PANIC: 'unwind',
});
// A short fuzz run (15 s per target); FUZZ=1 installs cargo-fuzz on a new machine.
await step('fuzz (short, libFuzzer)', 'bash', ['scripts/fuzz.sh'], { FUZZ: '1' });

build();
size();

// The package as published: pkg/ was just built, so pack without the prepack build.
const packDir = mkdtempSync(join(tmpdir(), 'govreport-lint-'));
await step('npm pack (for the package linters)', 'npm', ['pack', '--ignore-scripts', '--pack-destination', packDir]);
const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')) || 'missing.tgz');
await step('publint', 'publint', ['run', tarball, '--strict', '--level', 'warning']);
// ESM only (no require() entry), and the .wasm subpath is an asset without types.
await step('are the types wrong (attw)', 'attw', [
  tarball,
  '--profile',
  'esm-only',
  '--exclude-entrypoints',
  './govreport_bg.wasm',
]);
rmSync(packDir, { recursive: true, force: true });

for (const [title, dir] of [
  ['JS tests (Node)', 'tests/js'],
  ['package tests (npm pack, esbuild, Chromium)', 'tests/package'],
  ['browser tests', 'tests/browser'],
]) {
  const files = testFiles(dir);
  if (files.length === 0) {
    header(title);
    console.log(`no ${dir}/*.test.mjs: skipped`);
    continue;
  }
  await step(title, process.execPath, ['--test', ...files]);
}

await step('Python package (wheel, pytest, mypy)', process.execPath, ['scripts/test-python.mjs']);

header('all checks passed');
console.log(`time: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
