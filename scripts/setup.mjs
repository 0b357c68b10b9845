// Set-up: installs whatever the build and the tests need and is missing.
// Idempotent: a second run checks and does nothing. Needs rustup, cargo,
// node and npm; installs
//   - the Rust target wasm32-unknown-unknown (rustup),
//   - wasm-bindgen-cli at the exact version of the wasm-bindgen crate in Cargo.lock (cargo install),
//   - the npm devDependencies from package-lock.json (npm ci),
//   - Debian's chromium for the browser tests (apt-get), unless SKIP_BROWSER=1,
//   - Debian's fonts-noto-cjk for them too (a PDF printed with a common CJK font).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  capture,
  header,
  installedWasmBindgenVersion,
  lockedWasmBindgenVersion,
  isMain,
  run,
  toolEnv,
} from './util.mjs';

/** Where the browser tests expect Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function wasmTarget() {
  const installed = (capture('rustup', ['target', 'list', '--installed']) || '').split('\n');
  if (!installed.includes('wasm32-unknown-unknown')) {
    run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);
  }
  const libdir = capture('rustc', ['--print', 'target-libdir', '--target', 'wasm32-unknown-unknown']);
  if (!libdir || !existsSync(libdir)) {
    console.error(
      'the Rust standard library for wasm32-unknown-unknown is missing: `rustup target add wasm32-unknown-unknown` did not install it',
    );
    process.exit(1);
  }
  console.log(`wasm32-unknown-unknown: ${libdir}`);
}

function wasmBindgen() {
  const want = lockedWasmBindgenVersion();
  const have = installedWasmBindgenVersion();
  if (have === want) {
    console.log(`wasm-bindgen ${have}: installed`);
    return;
  }
  console.log(`wasm-bindgen ${have ?? '(missing)'}; Cargo.lock wants ${want}: installing (a few minutes)`);
  const args = ['install', 'wasm-bindgen-cli', '--version', `=${want}`];
  if (run('cargo', [...args, '--locked'], { allowFail: true }) !== 0) {
    // --locked fails when a pinned dependency of the CLI is missing from the registry mirror.
    console.log('cargo install --locked failed; retrying without --locked');
    run('cargo', args);
  }
  if (installedWasmBindgenVersion() !== want) {
    console.error(`wasm-bindgen ${want} is still not on PATH after cargo install`);
    process.exit(1);
  }
}

function npmPackages() {
  const lock = readFileSync(join(ROOT, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const stamp = join(ROOT, 'node_modules', '.govreport-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
    console.log('node_modules: up to date with package-lock.json');
    return;
  }
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, `${hash}\n`);
}

/** A font file of Debian's fonts-noto-cjk (the PDF test prints with it). */
export const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** Installs Debian packages with apt-get (as root, else with sudo); runs `apt-get update` once. */
let aptUpdated = false;
function aptInstall(packages) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const env = toolEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  const apt = (args) => (root ? run('apt-get', args, { env }) : run('sudo', ['apt-get', ...args], { env }));
  console.log(`installing Debian's ${packages.join(', ')}${root ? '' : ' with sudo'}`);
  if (!aptUpdated) apt(['update']);
  aptUpdated = true;
  apt(['install', '-y', '--no-install-recommends', ...packages]);
}

function chromium() {
  if (process.env.SKIP_BROWSER === '1') {
    console.log('chromium: skipped (SKIP_BROWSER=1)');
    return;
  }
  if (existsSync(CHROMIUM)) {
    console.log(`chromium: ${CHROMIUM}`);
  } else {
    console.log('chromium missing');
    aptInstall(['chromium']);
    if (!existsSync(CHROMIUM)) {
      console.error(`chromium was installed but ${CHROMIUM} does not exist`);
      process.exit(1);
    }
  }
  if (existsSync(NOTO_CJK)) {
    console.log(`fonts-noto-cjk: ${NOTO_CJK}`);
  } else {
    console.log('fonts-noto-cjk missing');
    aptInstall(['fonts-noto-cjk']);
    if (!existsSync(NOTO_CJK)) {
      console.error(`fonts-noto-cjk was installed but ${NOTO_CJK} does not exist`);
      process.exit(1);
    }
  }
}

/**
 * @param {{ browser?: boolean }} [opts] browser: also install Chromium (for the tests)
 */
export function setup({ browser = true } = {}) {
  header('setup');
  wasmTarget();
  wasmBindgen();
  npmPackages();
  if (browser) chromium();
}

if (isMain(import.meta.url)) setup();
