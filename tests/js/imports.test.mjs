// The element's modules import downward only: no module reaches itself
// through its static or dynamic imports (a cycle makes evaluation order
// fragile and keeps a lazily loaded module from being split off).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = path.join(ROOT, 'js', 'element');

/** The relative modules a file imports, statically or with import(). */
function importsOf(file) {
  const src = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out = new Set();
  const re = /(?:\bimport\s*(?:[\w*{}\s,]+\sfrom\s*)?|\bexport\s+[\w*{}\s,]+\sfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of src.matchAll(re)) out.add(path.resolve(path.dirname(file), m[1]));
  return [...out];
}

test('the import graph of js/element has no cycle', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).map((f) => path.join(DIR, f));
  assert.ok(files.length > 10, `${files.length} modules`);
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  assert.ok(graph.get(path.join(DIR, 'compare.js')).includes(path.join(DIR, 'decode.js')), 'the parser sees imports');
  const cycles = [];
  const state = new Map();
  const visit = (f, stack) => {
    if (state.get(f) === 2) return;
    if (state.get(f) === 1) {
      cycles.push([...stack.slice(stack.indexOf(f)), f].map((x) => path.relative(DIR, x)).join(' → '));
      return;
    }
    state.set(f, 1);
    for (const g of graph.get(f) || []) if (graph.has(g)) visit(g, [...stack, f]);
    state.set(f, 2);
  };
  for (const f of files) visit(f, []);
  assert.deepEqual(cycles, []);
});
