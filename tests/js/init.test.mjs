// init() accepts every documented source. Each case runs in a fresh Node
// process, since an engine loads once per process.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { ROOT } from './helpers.mjs';

const ENTRY = pathToFileURL(join(ROOT, 'js', 'node.js')).href;
const WASM = join(ROOT, 'pkg', 'govreport_bg.wasm');
let server;
let wrongType;

before(async () => {
  server = await serve({ mounts: [['/', 'pkg']] });
  wrongType = await serve({ mounts: [['/', 'pkg']], types: { '.wasm': 'text/plain' } });
});

after(async () => {
  await server.close();
  await wrongType.close();
});

/** Runs `await init(<source>)` then a parse in a child process; resolves to its output. */
function runWith(source) {
  const code = `
    import { readFileSync } from 'node:fs';
    import { init, parse } from ${JSON.stringify(ENTRY)};
    const WASM = ${JSON.stringify(WASM)};
    await init(${source});
    const report = parse('各位代表：\\n一、2024年工作回顾\\n地区生产总值增长5.5%。');
    console.log('ok', report.schemaVersion);
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => resolve({ status, out: out.trim() }));
  });
}

const CASES = {
  'no argument (reads the file beside the package)': () => '',
  'a file path': () => 'WASM',
  'a file: URL': () => "new URL('file://' + WASM)",
  'a file: URL string': () => "'file://' + WASM",
  'bytes (Uint8Array)': () => 'new Uint8Array(readFileSync(WASM))',
  'an ArrayBuffer': () => 'new Uint8Array(readFileSync(WASM)).slice().buffer',
  'a WebAssembly.Module': () => 'new WebAssembly.Module(readFileSync(WASM))',
  'a Response': () => "new Response(readFileSync(WASM), { headers: { 'Content-Type': 'application/wasm' } })",
  'a Response with the wrong MIME type': () => "new Response(readFileSync(WASM), { headers: { 'Content-Type': 'application/octet-stream' } })",
  'a promise of a Response (fetch over HTTP)': () => `fetch(${JSON.stringify(`${server.url}govreport_bg.wasm`)})`,
  'an http URL': () => `new URL(${JSON.stringify(`${server.url}govreport_bg.wasm`)})`,
  'an http URL string, served as text/plain': () => JSON.stringify(`${wrongType.url}govreport_bg.wasm`),
};

for (const [name, source] of Object.entries(CASES)) {
  test(`init(${name})`, async () => {
    const { status, out } = await runWith(source());
    assert.equal(status, 0, out);
    assert.equal(out, 'ok 1');
  });
}

test('a 404 rejects with wasm-load-failed', async () => {
  // Becomes: await init("…/missing.wasm").catch((e) => { …; process.exit(3); });
  const url = JSON.stringify(`${server.url}missing.wasm`);
  const { status, out } = await runWith(`${url}).catch((e) => { console.log(e.code); process.exit(3); }`);
  assert.equal(status, 3);
  assert.match(out, /wasm-load-failed/);
});
