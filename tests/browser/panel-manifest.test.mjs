// custom-elements.json describes what <gov-report-panel> really has: its
// observed attributes, the events it fires, its parts and the panel's own
// CSS custom properties.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const decl = manifest.modules.find((m) => m.path === 'js/element/gov-report-panel.js').declarations[0];
const code = read('js/element/gov-report-panel.js');
const chart = read('js/element/panel-chart.js');
const css = read('js/element/panel-styles.js');

test('the panel: observed attributes are listed', () => {
  const observed = /observedAttributes = \[([^\]]*)\]/.exec(code)[1].match(/'([^']+)'/g).map((s) => s.slice(1, -1));
  const listed = decl.attributes.map((a) => a.name);
  for (const a of observed) assert.ok(listed.includes(a), a);
});

test('the panel: the events it fires are the ones listed', () => {
  const fired = [...new Set([...code.matchAll(/new CustomEvent\('([a-z-]+)'/g)].map((m) => m[1]))].sort();
  assert.deepEqual(decl.events.map((e) => e.name).sort(), fired);
});

test('the panel: every part is listed', () => {
  const listed = new Set(decl.cssParts.map((p) => p.name));
  for (const src of [code, chart]) {
    for (const m of src.matchAll(/part: '([^']+)'/g)) for (const p of m[1].split(' ')) assert.ok(listed.has(p), `part ${p}`);
    for (const m of src.matchAll(/part: `([a-z-]+) [a-z-]+-\$\{key\}`/g)) assert.ok(listed.has(m[1]), `part ${m[1]}`);
  }
});

test('the panel: its own CSS custom properties are listed', () => {
  const used = [...new Set([...css.matchAll(/var\((--gov-report-[a-z-]+)/g)].map((m) => m[1]))];
  const listed = decl.cssProperties.map((p) => p.name);
  for (const p of used) assert.ok(listed.includes(p), p);
});
