// The package as users get it: `npm pack` from a fresh copy of the working
// tree (the tracked and new files, no pkg/: the prepack script must build it),
// install the tarball into a scratch project, then use it from Node ESM, from an esbuild bundle (Node and
// browser), and from a plain <script type="module"> page in headless
// Chromium (with the right and with a wrong MIME type for the .wasm).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, openPage } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { ROOT } from '../../scripts/util.mjs';

const SAMPLE = join(ROOT, 'tests', 'corpus', 'dongxihu-2024.txt');
let dir;
let clone;
let app;
let tarball;

/** Runs a command, asserting success; returns stdout. */
function sh(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * A copy of the working tree as a fresh clone has it: the files git tracks or
 * would track (no pkg/, no build output), with node_modules and cargo's
 * target/ linked from the repository so that nothing is downloaded or rebuilt
 * from scratch.
 */
function freshClone(into) {
  const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(into, f)), { recursive: true });
    cpSync(join(ROOT, f), join(into, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'));
  symlinkSync(join(ROOT, 'target'), join(into, 'target'));
  return files;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'govreport-pack-'));
  clone = join(dir, 'clone');
  const files = freshClone(clone);
  assert.ok(!files.some((f) => f.startsWith('pkg/')), 'pkg/ is not in the repository');
  assert.ok(!existsSync(join(clone, 'pkg')), 'the copy starts without pkg/');
  const out = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', dir], clone).replace(/^[\s\S]*?(?=^\[\s*\{)/m, ''));
  tarball = join(dir, out[0].filename);
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  sh('npm', ['install', tarball, '--no-audit', '--no-fund', '--offline', '--no-package-lock'], app);
  writeFileSync(join(app, 'sample.txt'), readFileSync(SAMPLE));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('npm pack on a fresh clone builds pkg/ first (prepack)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.match(pkg.scripts.prepack, /scripts\/build\.mjs/);
  assert.ok(statSync(join(clone, 'pkg', 'govreport_bg.wasm')).size > 50_000, 'the copy has a built engine');
  const shipped = spawnSync('tar', ['xzOf', tarball, 'package/pkg/govreport_bg.wasm'], { maxBuffer: 1 << 26 }).stdout;
  assert.ok(shipped.length > 50_000, 'the tarball holds the engine');
  assert.equal(String.fromCharCode(...shipped.subarray(1, 4)), 'asm', 'a WebAssembly module');
});

test('the tarball holds only what ships', () => {
  const files = sh('tar', ['tzf', tarball], dir).trim().split('\n').sort();
  for (const f of [
    'package/package.json',
    'package/README.md',
    'package/js/index.js',
    'package/js/node.js',
    'package/js/shared.js',
    'package/js/index.d.ts',
    'package/pkg/govreport.js',
    'package/pkg/govreport_bg.wasm',
    'package/js/element/gov-report.js',
    'package/js/element/define.js',
    'package/js/element/gov-report.d.ts',
    'package/custom-elements.json',
  ]) {
    assert.ok(files.includes(f), `${f} in the tarball`);
  }
  for (const f of files) {
    assert.doesNotMatch(f, /^package\/(tests|www|src|scripts|fuzz|examples|target|node_modules)\//, `${f}: no sources, tests or demo`);
    assert.match(f, /^package\/(package\.json|README\.md|LICENSE.*|custom-elements\.json|js\/.*|pkg\/govreport(\.js|_bg\.wasm))$/, `${f} should not ship`);
  }
  console.log(`tarball: ${(statSync(tarball).size / 1024).toFixed(1)} KB, ${files.length} files`);
});

const NODE_APP = `
import { readFileSync } from 'node:fs';
import { init, parse, parseBytes, version } from 'govreport';
await init();
const text = readFileSync(new URL('./sample.txt', import.meta.url), 'utf8');
const report = parse(text);
const same = JSON.stringify(parseBytes(readFileSync(new URL('./sample.txt', import.meta.url)))) === JSON.stringify(report);
let code = null;
try { parse(''); } catch (e) { code = e.code; }
console.log(JSON.stringify({ version: version(), schemaVersion: report.schemaVersion, paragraphs: report.paragraphs.length, same, code }));
`;

function checkOutput(stdout) {
  const result = JSON.parse(stdout.trim().split('\n').pop());
  assert.equal(result.version, '0.1.0');
  assert.equal(result.schemaVersion, 1);
  assert.ok(result.paragraphs > 10);
  assert.equal(result.same, true);
  assert.equal(result.code, 'empty-input');
}

test('Node ESM: import from the installed package', () => {
  writeFileSync(join(app, 'node-app.mjs'), NODE_APP);
  checkOutput(sh(process.execPath, ['node-app.mjs'], app));
});

test('the .wasm and package.json subpaths resolve; internals do not', () => {
  const probe = `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    console.log(require.resolve('govreport/govreport_bg.wasm'));
    console.log(require.resolve('govreport/package.json'));
    try { require.resolve('govreport/js/shared.js'); console.log('leak'); } catch { console.log('sealed'); }
  `;
  writeFileSync(join(app, 'probe.mjs'), probe);
  const [wasm, pkg, sealed] = sh(process.execPath, ['probe.mjs'], app).trim().split('\n');
  assert.match(wasm, /node_modules\/govreport\/pkg\/govreport_bg\.wasm$/);
  assert.match(pkg, /node_modules\/govreport\/package\.json$/);
  assert.equal(sealed, 'sealed');
});

test('esbuild bundle for Node runs', () => {
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  mkdirSync(join(app, 'dist'), { recursive: true });
  sh(esbuild, ['node-app.mjs', '--bundle', '--platform=node', '--format=esm', '--outfile=dist/node-bundle.mjs', '--log-level=warning'], app);
  const bundle = readFileSync(join(app, 'dist', 'node-bundle.mjs'), 'utf8');
  assert.match(bundle, /readFile/, 'the node condition picked js/node.js');
  // The bundle sits in dist/: the wasm is found through the installed package.
  writeFileSync(join(app, 'dist', 'sample.txt'), readFileSync(SAMPLE));
  checkOutput(sh(process.execPath, ['dist/node-bundle.mjs'], app));
});

const PAGE_SCRIPT = `
  const out = document.getElementById('out');
  try {
    const [text] = await Promise.all([fetch('./sample.txt').then((r) => r.text()), init(WASM)]);
    const report = parse(text);
    let code = null;
    try { parse(''); } catch (e) { code = e.code; }
    out.textContent = JSON.stringify({ version: version(), schemaVersion: report.schemaVersion, paragraphs: report.paragraphs.length, same: true, code });
  } catch (e) {
    out.textContent = 'ERROR ' + (e && e.stack || e);
  }
`;

const page = (head, script) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>
<pre id="out"></pre>
<script type="module">
${script}
</script></body></html>`;

/** Loads a page from the scratch app in Chromium and returns #out's text. */
async function loadInChromium(path, types = {}) {
  const server = await serve({ mounts: [['/', app]], types });
  const browser = await launchChromium();
  try {
    const { page: tab, errors } = await openPage(browser);
    await tab.goto(new URL(path, server.url).href);
    await tab.waitForFunction(() => document.getElementById('out')?.textContent, null, { timeout: 30_000 });
    const text = await tab.textContent('#out');
    return { text: text ?? '', errors };
  } finally {
    await browser.close();
    await server.close();
  }
}

test('plain <script type="module"> page with an import map, in Chromium', async () => {
  const importMap = '<script type="importmap">{"imports":{"govreport":"./node_modules/govreport/js/index.js"}}</script>';
  const script = `import { init, parse, version } from 'govreport';\nconst WASM = undefined;\n${PAGE_SCRIPT}`;
  writeFileSync(join(app, 'plain.html'), page(importMap, script));
  const { text, errors } = await loadInChromium('/plain.html');
  checkOutput(text);
  assert.deepEqual(errors, []);
});

test('the same page when the server sends the .wasm with a wrong MIME type', async () => {
  const { text, errors } = await loadInChromium('/plain.html', { '.wasm': 'application/octet-stream' });
  checkOutput(text);
  assert.deepEqual(errors, [], 'no console error or warning about streaming');
});

test('esbuild bundle for the browser (the .wasm imported as a file URL) in Chromium', async () => {
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  const script = `import { init, parse, version } from 'govreport';\nimport WASM from 'govreport/govreport_bg.wasm';\n${PAGE_SCRIPT}`;
  writeFileSync(join(app, 'browser-app.mjs'), script);
  sh(esbuild, ['browser-app.mjs', '--bundle', '--platform=browser', '--format=esm', '--loader:.wasm=file', '--outdir=dist/web', '--log-level=warning'], app);
  const bundle = readFileSync(join(app, 'dist', 'web', 'browser-app.js'), 'utf8');
  assert.doesNotMatch(bundle, /node:fs/, 'the browser condition picked js/index.js');
  writeFileSync(join(app, 'dist', 'web', 'sample.txt'), readFileSync(SAMPLE));
  writeFileSync(join(app, 'dist', 'web', 'index.html'), page('', "import './browser-app.js';"));
  const { text, errors } = await loadInChromium('/dist/web/index.html');
  checkOutput(text);
  assert.deepEqual(errors, []);
});
