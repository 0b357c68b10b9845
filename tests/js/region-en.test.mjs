// Region names in English mode (<gov-report-panel>): the pinyin of
// js/element/region-pinyin.js over the generated table js/element/region-en.js
// (scripts/gen-region-en.py): a reviewed list of names, every city of the
// shared city corpus spelled, no Chinese in an English name, and the table
// in step with its generator where the generator's inputs are at hand.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { regionPinyin, loadRegionTable } from '../../js/element/region-pinyin.js';
import { regionName } from '../../js/element/panel-labels.js';
import { ROOT } from './helpers.mjs';

test('before the table is loaded, no name; then the table', async () => {
  assert.equal(regionPinyin('东西湖区'), null);
  assert.equal(await loadRegionTable(), true);
  assert.equal(regionPinyin('东西湖区'), 'Dongxihu District');
});

test('the reviewed names (tests/expected/region-en.tsv)', () => {
  const rows = readFileSync(join(ROOT, 'tests', 'expected', 'region-en.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  assert.ok(rows.length >= 20);
  for (const [zh, en] of rows) assert.equal(regionPinyin(zh), en, zh);
});

test('every city of the shared city corpus has an English name without Chinese', () => {
  const dir = join(ROOT, '..', 'shared', 'corpus', 'cities');
  const names = [...new Set(readdirSync(dir).map((f) => /^\d{4}_[^_]+_(.+)\.txt$/.exec(f)?.[1]).filter(Boolean))];
  assert.ok(names.length >= 30, `${names.length} cities`);
  for (const n of names) {
    const en = regionName(n, 'en');
    assert.match(en, /^[A-Za-z' ,ü-]+$/, `${n} → ${en}`);
  }
  // Provinces keep their table name; Chinese mode keeps the Chinese name.
  assert.equal(regionName('湖北省', 'en'), 'Hubei Province');
  assert.equal(regionName('东西湖区', 'zh'), '东西湖区');
});

test('what the table cannot spell stays Chinese (null), never a partial name', () => {
  for (const s of ['', 'abc', '東西湖區', '𠀀县', '东西湖区 ', null]) {
    const en = regionPinyin(/** @type {any} */ (s));
    assert.ok(en === null || /^[A-Za-z' ,ü-]+$/.test(en), `${s} → ${en}`);
  }
  assert.equal(regionPinyin('𠀀县'), null);
});

const gen = join(ROOT, 'scripts', 'gen-region-en.py');
const hasPypinyin = spawnSync('python3', ['-c', 'import pypinyin'], { encoding: 'utf8' }).status === 0;
test('js/element/region-en.js is what scripts/gen-region-en.py writes', { skip: hasPypinyin ? false : 'pypinyin not installed (pip install pypinyin==0.55.0)' }, () => {
  assert.ok(existsSync(gen));
  const r = spawnSync('python3', [gen, '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
});
