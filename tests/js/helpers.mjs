// Shared by the Node tests: paths and the native (Rust) reference output.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = join(ROOT, 'tests', 'corpus');
export const FIXTURES = join(ROOT, 'tests', 'js', 'fixtures');
export const SAMPLE = join(CORPUS, 'dongxihu-2024.txt');

/** The corpus reports, sorted by name. */
export function corpusFiles() {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(CORPUS, f));
}

let built = false;

/**
 * The native engine's JSON for one file, from `cargo run --example to_json`
 * (built once, then run directly).
 * @param {string} file
 * @returns {unknown}
 */
export function nativeReport(file) {
  const exe = join(ROOT, 'target', 'debug', 'examples', 'to_json');
  if (!built) {
    const b = spawnSync('cargo', ['build', '--quiet', '--example', 'to_json'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (b.status !== 0 || !existsSync(exe)) throw new Error('cargo build --example to_json failed');
    built = true;
  }
  const r = spawnSync(exe, [file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`to_json ${file} failed: ${r.stderr}`);
  if (r.stdout.trim() === '') throw new Error(`to_json ${file}: no output (${r.stderr.trim()})`);
  return JSON.parse(r.stdout);
}
