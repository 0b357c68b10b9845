// panel() in Node: the wasm engine over Report objects gives exactly the
// rows and warnings of the native CLI (`govreport panel --format jsonl`) over
// the same files; bad entries become warnings, never a throw.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { before, test } from 'node:test';
import { GovReportError, createPanel, init, panel, panelAsync, parseBytes } from '../../js/node.js';
import { ROOT } from './helpers.mjs';

const SHARED = join(ROOT, '..', 'shared', 'corpus', 'reports');

/** The native CLI's rows and warnings for these files (paths as given). */
function cli(files) {
  const b = spawnSync('cargo', ['build', '--quiet', '--bin', 'govreport'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(b.status, 0, 'cargo build --bin govreport');
  const r = spawnSync(join(ROOT, 'target', 'debug', 'govreport'), ['panel', '--format', 'jsonl', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const warnings = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('govreport: warning: '))
    .map((l) => l.slice('govreport: warning: '.length));
  return { rows, warnings };
}

before(() => init());

test('the shared corpus is there (CI has ../shared)', () => {
  assert.ok(existsSync(SHARED), `${SHARED} is missing`);
});

test('panel() over all corpus reports equals the CLI JSON lines, row for row', () => {
  const files = readdirSync(SHARED)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join('..', 'shared', 'corpus', 'reports', f));
  assert.ok(files.length >= 59, `${files.length} reports`);
  const entries = files.map((file) => ({ file, report: parseBytes(readFileSync(join(ROOT, file))) }));
  const js = panel(entries);
  const native = cli(files);
  assert.ok(js.rows.length > 200, `${js.rows.length} rows`);
  // The wasm engine's gazetteer has provinces and prefectures only: a county
  // or district (a code not ending in 00) has its code natively alone.
  for (const [i, r] of native.rows.entries()) {
    if (r.regionCode && !r.regionCode.endsWith('00') && js.rows[i]?.regionCode === null) r.regionCode = null;
  }
  assert.ok(js.rows.some((r) => r.regionCode === '420000'), 'provinces are coded in the wasm engine too');
  assert.deepEqual(js.rows, native.rows);
  assert.deepEqual(
    js.warnings.map((w) => `${w.code}: ${w.message}`),
    native.warnings,
  );
  // The rule is applied: some targets met, some missed.
  const verdicts = new Set(js.rows.map((r) => r.verdict));
  for (const v of ['met', 'near', 'missed', 'no-result', 'no-target']) assert.ok(verdicts.has(v), v);
});

test('the keys of a row start with the CLI/CSV columns, in order', () => {
  const file = join('..', 'shared', 'corpus', 'reports', 'hubei-2024.txt');
  const report = parseBytes(readFileSync(join(ROOT, file)));
  const { rows } = panel([{ report, file }]);
  assert.ok(rows.length > 0);
  assert.deepEqual(Object.keys(rows[0]).slice(0, 20), [
    'region', 'year', 'metricId', 'metric', 'kind', 'unit', 'targetValue', 'targetHi', 'targetQual',
    'targetFile', 'targetQuantityId', 'actualValue', 'actualStatus', 'actualFile', 'actualQuantityId', 'gap', 'verdict',
    'regionCode', 'regionSource', 'yearSource',
  ]);
});

test('bare Reports, default file names, and entries that are not reports', () => {
  const a = parseBytes(readFileSync(join(SHARED, 'hubei-2024.txt')));
  const b = parseBytes(readFileSync(join(SHARED, 'hubei-2025.txt')));
  const p = panel([a, null, 42, { report: 'x' }, { file: 'b.txt', report: b }]);
  const codes = p.warnings.map((w) => w.code);
  assert.equal(codes.filter((c) => c === 'invalid-report').length, 3, codes.join());
  const gdp = p.rows.find((r) => r.year === 2025 && r.metricId === 'gdp' && r.kind === 'growth');
  assert.equal(gdp.targetFile, '#1');
  assert.equal(gdp.actualFile, 'b.txt');
  assert.equal(basename(gdp.actualFile), 'b.txt');
  assert.deepEqual(panel([]), { rows: [], warnings: [] });
  assert.throws(() => panel('x'), TypeError);
  assert.ok(GovReportError);
});

test('nearTolerance: approximate targets missed within it are near; 0 turns near off', () => {
  const files = ['hubei-2024', 'hubei-2025'].map((s) => join('..', 'shared', 'corpus', 'reports', `${s}.txt`));
  const entries = files.map((file) => ({ file, report: parseBytes(readFileSync(join(ROOT, file))) }));
  const gdp = (opts) => panel(entries, opts).rows.find((r) => r.year === 2025 && r.metricId === 'gdp' && r.kind === 'growth');
  // 6%左右 against 5.5%: 0.5 points short.
  const row = gdp();
  assert.equal(row.targetQual, 'approx');
  assert.equal(row.gap, -0.5);
  assert.equal(row.verdict, 'near');
  assert.equal(gdp({ nearTolerance: 0 }).verdict, 'missed');
  assert.equal(gdp({ nearTolerance: 0.4 }).verdict, 'missed');
  assert.equal(gdp({ nearTolerance: { points: 1 } }).verdict, 'near');
  // Nonsense options are the default, never a throw.
  assert.equal(gdp({ nearTolerance: 'wide' }).verdict, 'near');
  assert.equal(gdp(null).verdict, 'near');
  // The CLI-equal rows above use the default: the same near rows.
  const all = panel(entries).rows.filter((r) => r.verdict === 'near');
  assert.ok(all.every((r) => r.targetQual === 'approx' && Math.abs(r.gap) <= 0.5), JSON.stringify(all));
});

test('entries streamed: any iterable, an async iterable, or one at a time give the same panel', async () => {
  const files = readdirSync(SHARED)
    .filter((f) => f.startsWith('hubei-') || f.startsWith('guangdong-'))
    .sort();
  assert.ok(files.length >= 4, files.join());
  const read = (f) => ({ file: f, report: parseBytes(readFileSync(join(SHARED, f))) });
  const whole = panel(files.map(read));
  assert.ok(whole.rows.some((r) => r.verdict === 'met' || r.verdict === 'missed'));
  // A generator: each report is parsed when needed and can be let go after.
  function* lazily() {
    for (const f of files) yield read(f);
  }
  assert.deepEqual(panel(lazily()), whole);
  async function* slowly() {
    for (const f of files) {
      await new Promise((r) => setTimeout(r, 1));
      yield read(f);
    }
  }
  assert.deepEqual(await panelAsync(slowly()), whole);
  assert.deepEqual(await panelAsync(files.map(read)), whole);
  const p = createPanel();
  for (const f of files) p.add(read(f));
  assert.equal(p.size, files.length);
  assert.deepEqual(p.finish(), whole);
  assert.equal(p.size, 0, 'finish() empties the builder');
  await assert.rejects(panelAsync(42), TypeError);
  assert.throws(() => panel(42), TypeError);
  assert.throws(() => panel([], 'x'), TypeError);
});

test('entries state region, regionCode and planYear: filled, contradicted, preferred, refused', () => {
  const a = parseBytes(readFileSync(join(SHARED, 'guangdong-2024.txt'))); // plans 2025
  const b = parseBytes(readFileSync(join(SHARED, 'guangdong-2025.txt'))); // reviews 2025
  // Agreeing values: read, with the code on the rows.
  let p = panel([
    { file: 'a.txt', report: a, region: '广东', regionCode: '440000', planYear: 2025 },
    { file: 'b.txt', report: b },
  ]);
  const gdp = p.rows.find((r) => r.year === 2025 && r.metricId === 'gdp' && r.kind === 'growth');
  assert.equal(gdp.verdict, 'missed');
  assert.deepEqual([gdp.regionCode, gdp.regionSource, gdp.yearSource], ['440000', 'read', 'read']);
  assert.ok(!p.warnings.some((w) => w.code.startsWith('given-')), JSON.stringify(p.warnings));
  // A contradiction: a warning names the file and both values; the text wins…
  p = panel([{ file: 'x.txt', report: b, region: '湖北省', planYear: 2026 }]);
  const w = p.warnings.find((w) => w.code === 'given-region-differs');
  assert.ok(w && w.message.includes('x.txt') && w.message.includes('湖北省') && w.message.includes('广东省'), JSON.stringify(p.warnings));
  assert.ok(p.rows.every((r) => r.region === '广东省' && r.regionSource === 'read'));
  // …unless the given values are preferred.
  p = panel([{ file: 'x.txt', report: b, region: '湖北省', planYear: 2026 }], { preferGiven: true });
  assert.ok(p.rows.length > 0 && p.rows.every((r) => r.region === '湖北省' && r.regionSource === 'given'));
  // A report whose text names no region gets the given one.
  const bare = structuredClone(a);
  bare.meta.region = null;
  bare.meta.regionCode = null;
  p = panel([{ file: 'bare.txt', report: bare, region: '某市' }]);
  assert.ok(p.rows.length > 0 && p.rows.every((r) => r.region === '某市' && r.regionSource === 'given'));
  // Malformed values are left out, each with a warning naming the file.
  p = panel([{ file: 'bad.txt', report: a, regionCode: '4400', planYear: 20250 }]);
  const bad = p.warnings.filter((w) => w.code === 'given-invalid');
  assert.equal(bad.length, 2, JSON.stringify(p.warnings));
  assert.ok(bad.every((w) => w.message.startsWith('bad.txt: ')));
  // The rows keep the text's own code (read through the gazetteer), not the malformed one.
  assert.ok(p.rows.every((r) => r.regionCode === '440000' && r.yearSource === 'read'));
});

test('the panel element exports the CLI’s panel columns first, in order (src/table.rs)', async () => {
  const { PANEL_COLUMNS } = await import('../../js/element/panel-model.js');
  const table = readFileSync(join(ROOT, 'src', 'table.rs'), 'utf8');
  const block = /pub const PANEL_COLUMNS: &\[&str\] = &\[([^\]]*)\]/.exec(table);
  assert.ok(block, 'PANEL_COLUMNS in src/table.rs');
  const cli = [...block[1].matchAll(/"([A-Za-z]+)"/g)].map((m) => m[1]);
  assert.ok(cli.length >= 20, cli.join());
  assert.deepEqual(PANEL_COLUMNS.slice(0, cli.length), cli);
});
