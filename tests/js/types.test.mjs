// The TypeScript types follow the Rust model: js/index.d.ts's model section
// is what scripts/gen-types.mjs makes of src/model.rs; the error codes cover
// src/error.rs; the declarations compile under `tsc --strict` through the
// package's exports map; and the interfaces name exactly the keys that the
// engine's objects have at run time.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { INDEX_DTS, MODEL_RS, parseModel, regenerate } from '../../scripts/gen-types.mjs';
import { init, parse } from '../../js/node.js';
import { ROOT, SAMPLE, corpusFiles } from './helpers.mjs';

const DTS = readFileSync(INDEX_DTS, 'utf8');
const MODEL = readFileSync(MODEL_RS, 'utf8');

/** The d.ts without comments. */
const CODE = DTS.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

before(() => init());

test('js/index.d.ts is up to date with src/model.rs (node scripts/gen-types.mjs)', () => {
  assert.equal(regenerate(DTS, MODEL), DTS);
});

test('every struct and enum of the model has a TypeScript declaration', () => {
  const decls = parseModel(MODEL);
  const names = decls.filter((d) => d.kind !== 'const').map((d) => d.name);
  for (const name of ['Report', 'Meta', 'Quantity', 'Span', 'Status', 'Level']) {
    assert.ok(names.includes(name), `${name} parsed from model.rs`);
  }
  for (const name of names) {
    assert.match(CODE, new RegExp(`export (interface|type) ${name}\\b`), `${name} declared`);
  }
});

test('ErrorCode lists every code of src/error.rs', () => {
  const rust = readFileSync(join(ROOT, 'src', 'error.rs'), 'utf8');
  const codes = [...rust.matchAll(/=>\s*"([a-z0-9-]+)",?/g)].map((m) => m[1]);
  assert.ok(codes.includes('empty-input'));
  const union = CODE.match(/export type ErrorCode =([^;]+);/)[1];
  for (const code of codes) assert.ok(union.includes(`'${code}'`), `ErrorCode has '${code}'`);
});

test('no `any` in the public types', () => {
  assert.doesNotMatch(CODE, /\bany\b/);
});

test('the declarations compile with tsc --strict and describe the API (tests/js/types/usage.ts)', () => {
  for (const config of ['tsconfig.json', 'tsconfig.js.json']) {
    const tsc = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join('tests', 'js', 'types', config)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, `tsc -p ${config}:\n${tsc.stdout}${tsc.stderr}`);
  }
});

/** The property names declared in `export interface Name { … }`. */
function declaredKeys(name) {
  const m = CODE.match(new RegExp(`export interface ${name} \\{([^}]*)\\}`));
  assert.ok(m, `interface ${name}`);
  return [...m[1].matchAll(/^\s*(\w+)\??:/gm)].map((k) => k[1]).sort();
}

test('the interfaces have exactly the keys of the objects parse() returns', () => {
  const seen = new Map();
  const note = (name, obj) => {
    if (!seen.has(name)) seen.set(name, new Set());
    seen.get(name).add(JSON.stringify(Object.keys(obj).sort()));
  };
  for (const file of corpusFiles()) {
    const report = parse(readFileSync(file, 'utf8'));
    note('Report', report);
    note('Meta', report.meta);
    for (const x of report.sections) note('Section', x);
    for (const x of report.paragraphs) note('Paragraph', x);
    for (const x of report.quantities) note('Quantity', x);
    for (const x of report.targets) note('Target', x);
    for (const x of report.headline) note('HeadlineRow', x);
    for (const x of report.glossary) note('GlossaryEntry', x);
    for (const x of report.warnings) note('Warning', x);
  }
  assert.ok(seen.has('Paragraph') && seen.has('Warning'), `objects seen in ${SAMPLE}`);
  for (const [name, shapes] of seen) {
    const declared = JSON.stringify(declaredKeys(name));
    assert.deepEqual([...shapes], [declared], `${name}: run-time keys vs index.d.ts`);
  }
});

test('enum-typed fields hold only the values their union declares', () => {
  const decls = parseModel(MODEL);
  const enums = new Map(decls.filter((d) => d.kind === 'enum').map((d) => [d.name, d.variants.map((v) => v.name)]));
  const structs = new Map(decls.filter((d) => d.kind === 'struct').map((d) => [d.name, d]));
  const inner = (t) => t.replace(/^Option<(.+)>$/, '$1').replace(/^Vec<(.+)>$/, '$1');
  let checked = 0;
  /** Walks a value of the Rust type `type`, checking enum values. */
  const walk = (type, value) => {
    if (value === null) return;
    const t = inner(type);
    if (/^(Option<)?Vec</.test(type)) {
      for (const v of value) walk(t, v);
      return;
    }
    if (enums.has(t)) {
      assert.ok(enums.get(t).includes(value), `${t}: unexpected value ${JSON.stringify(value)}`);
      checked++;
    } else if (structs.has(t)) {
      for (const f of structs.get(t).fields) walk(f.type, value[f.name]);
    }
  };
  for (const file of corpusFiles()) walk('Report', parse(readFileSync(file, 'utf8')));
  // A hand-made object proves the walk reaches nested enums.
  assert.throws(() => walk('Report', { meta: { level: 'galaxy' }, quantities: [] }), /Level/);
  console.log(`enum values checked: ${checked}`);
});
