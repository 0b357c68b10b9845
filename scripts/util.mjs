// Helpers shared by the project's scripts (setup, build, test, start, size).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** PATH with the project's node_modules/.bin and cargo's bin directory in front. */
export function toolPath() {
  const cargoBin = join(process.env.CARGO_HOME || join(process.env.HOME || '/root', '.cargo'), 'bin');
  return [join(ROOT, 'node_modules', '.bin'), cargoBin, process.env.PATH || ''].join(delimiter);
}

/** Environment for child processes: the tool PATH above. */
export function toolEnv(extra = {}) {
  return { ...process.env, PATH: toolPath(), ...extra };
}

/** Prints a section header. */
export function header(title) {
  const line = '='.repeat(Math.max(8, 72 - title.length - 4));
  console.log(`\n== ${title} ${line}`);
}

/**
 * Runs a command with inherited output; exits the process with its status if it fails.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, allowFail?: boolean }} [opts]
 * @returns {number} the exit status
 */
export function run(cmd, args, opts = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    cwd: opts.cwd || ROOT,
    env: opts.env || toolEnv(),
  });
  const status = r.error ? 127 : (r.status ?? 1);
  if (r.error) console.error(`cannot run ${cmd}: ${r.error.message}`);
  if (status !== 0 && !opts.allowFail) {
    console.error(`\nFAILED (exit ${status}): ${[cmd, ...args].join(' ')}`);
    process.exit(status);
  }
  return status;
}

/**
 * Runs a command quietly and returns its trimmed stdout, or null when it fails.
 * @param {string} cmd
 * @param {string[]} args
 */
export function capture(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: toolEnv(), encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim();
}

/** The exact version of the `wasm-bindgen` crate in Cargo.lock. */
export function lockedWasmBindgenVersion() {
  const lock = readFileSync(join(ROOT, 'Cargo.lock'), 'utf8');
  const m = lock.match(/\[\[package\]\]\s*\nname = "wasm-bindgen"\s*\nversion = "([^"]+)"/);
  if (!m) throw new Error('Cargo.lock has no wasm-bindgen package');
  return m[1];
}

/** The installed wasm-bindgen CLI's version, or null. */
export function installedWasmBindgenVersion() {
  const out = capture('wasm-bindgen', ['--version']);
  const m = out && out.match(/wasm-bindgen (\S+)/);
  return m ? m[1] : null;
}

/** Whether a path under the repository exists. */
export function exists(...parts) {
  return existsSync(join(ROOT, ...parts));
}

/**
 * Whether the module with this `import.meta.url` is the script node was started with.
 * @param {string} url
 */
export function isMain(url) {
  return Boolean(process.argv[1]) && url === pathToFileURL(realpathSync(process.argv[1])).href;
}
