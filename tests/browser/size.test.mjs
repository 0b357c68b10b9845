// Size of the widget: js/element/define.js bundled with esbuild --minify,
// raw and gzip, without the engine (js/index.js external) and with the
// engine's JavaScript glue; the wasm binary beside it. pdf.js is never part
// of the widget (only the demo loads it, lazily).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, artifact } from './helpers.mjs';

let esbuild = null;
try {
  esbuild = await import('esbuild');
} catch {
  // reported as a skip below
}

/**
 * Widget budget: minified + gzip, without the engine. 25 KiB until issue 19,
 * whose address checks (load.js: every src / previous-src / src-list URL
 * parsed and checked before use, and their messages) cost 0.6 KiB: 26 KiB.
 */
const BUDGET_GZIP = 26 * 1024;

async function bundle(withEngine) {
  const res = await esbuild.build({
    entryPoints: [path.join(ROOT, 'js', 'element', 'define.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: withEngine
      ? []
      : [
          {
            name: 'engine-external',
            setup(b) {
              b.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
                args.importer.includes(`${path.sep}element${path.sep}`) ? { path: args.path, external: true } : undefined,
              );
              // Modules loaded lazily (a dynamic import, their own chunk under a
              // bundler): the comparison with a previous report and the export
              // downloads, and the English names of the reports' terms (loaded in English mode only); not part of what a page loads up front.
              b.onResolve({ filter: /^\.\/(compare|panel-export|names-en)\.js$/ }, (args) =>
                args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
              );
            },
          },
        ],
  });
  const code = res.outputFiles[0].contents;
  return { raw: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length, code };
}

test('widget size (esbuild --minify, gzip)', { skip: esbuild ? false : 'esbuild not installed' }, async () => {
  const alone = await bundle(false);
  assert.ok(!/pdfjs|pdf\.worker/.test(Buffer.from(alone.code).toString()), 'pdf.js is not in the widget');
  const figures = { element: { raw: alone.raw, gzip: alone.gzip } };
  if (fs.existsSync(path.join(ROOT, 'js', 'index.js'))) {
    try {
      const full = await bundle(true);
      figures.elementWithGlue = { raw: full.raw, gzip: full.gzip };
    } catch (e) {
      figures.elementWithGlue = String(e.message || e);
    }
  }
  const wasm = path.join(ROOT, 'pkg', 'govreport_bg.wasm');
  if (fs.existsSync(wasm)) {
    const bytes = fs.readFileSync(wasm);
    figures.wasm = { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  }
  fs.writeFileSync(artifact('size.json'), JSON.stringify(figures, null, 2));
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`# widget: ${kb(alone.raw)} min, ${kb(alone.gzip)} gzip`);
  if (typeof figures.elementWithGlue === 'object')
    console.log(`# widget + engine glue: ${kb(figures.elementWithGlue.raw)} min, ${kb(figures.elementWithGlue.gzip)} gzip`);
  if (figures.wasm) console.log(`# wasm: ${kb(figures.wasm.raw)}, ${kb(figures.wasm.gzip)} gzip`);
  // What a bundler that splits code makes of it: the up-front chunk and the lazy ones (reported).
  const split = await esbuild.build({
    entryPoints: [path.join(ROOT, 'js', 'element', 'define.js')],
    bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, splitting: true,
    outdir: path.join(ROOT, 'test-artifacts', 'split'), logLevel: 'silent',
    plugins: [{ name: 'engine-external', setup(b) { b.onResolve({ filter: /^\.\.\/index\.js$/ }, (a) => ({ path: a.path, external: true })); } }],
  });
  figures.chunks = split.outputFiles.map((f) => ({ file: path.basename(f.path), raw: f.contents.length, gzip: zlib.gzipSync(f.contents, { level: 9 }).length }));
  fs.writeFileSync(artifact('size.json'), JSON.stringify(figures, null, 2));
  for (const c of figures.chunks) console.log(`# chunk ${c.file}: ${kb(c.raw)} min, ${kb(c.gzip)} gzip`);
  assert.ok(alone.gzip < BUDGET_GZIP, `widget gzip ${alone.gzip} B under the ${BUDGET_GZIP} B budget`);
});
