// custom-elements.json describes what the element really has: its observed
// attributes, events, CSS custom properties and parts.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const decl = manifest.modules.find((m) => m.path === 'js/element/gov-report.js').declarations[0];
const code = read('js/element/gov-report.js');
const css = read('js/element/styles.js');
const charts = read('js/element/charts.js');

test('the manifest lists the observed attributes', () => {
  const observed = /observedAttributes = \[([^\]]*)\]/.exec(code)[1].match(/'([^']+)'/g).map((s) => s.slice(1, -1));
  assert.deepEqual(decl.attributes.map((a) => a.name).sort(), observed.sort());
});

test('the manifest lists the events the element fires', () => {
  // The element's own, and those of its lazily loaded comparison (compare.js).
  const compare = read('js/element/compare.js');
  const fired = [
    ...new Set([...code.matchAll(/#emit\('([a-z-]+)'/g), ...compare.matchAll(/new CustomEvent\('([a-z-]+)'/g)].map((m) => m[1])),
  ].sort();
  assert.deepEqual(decl.events.map((e) => e.name).sort(), fired);
});

test('the manifest lists every CSS custom property the stylesheet reads', () => {
  const used = [...new Set([...css.matchAll(/var\((--gov-report-[a-z-]+)/g)].map((m) => m[1]))].sort();
  assert.deepEqual(decl.cssProperties.map((p) => p.name).sort(), used);
});

test('the manifest lists every part', () => {
  const parts = new Set();
  for (const src of [code, charts]) {
    for (const m of src.matchAll(/part: '([^']+)'/g)) for (const p of m[1].split(' ')) parts.add(p);
    for (const m of src.matchAll(/part: `([a-z-]+) [a-z-]+-\$\{id\}`/g)) parts.add(m[1]);
  }
  parts.delete('');
  const listed = new Set(decl.cssParts.map((p) => p.name));
  for (const p of parts) assert.ok(listed.has(p), `part ${p} is documented`);
});

test('no innerHTML, outerHTML, insertAdjacentHTML or document.write in the element or the demo', () => {
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'js', 'element')).filter((f) => f.endsWith('.js')).map((f) => `js/element/${f}`),
    'www/demo.js',
  ];
  for (const f of files) {
    const src = read(f);
    assert.doesNotMatch(src, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, f);
  }
});
