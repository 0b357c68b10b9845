// The .d.ts of the comparison and of <gov-report-panel> compile under
// tsc --strict and describe the API (tests/browser/panel-types.ts).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './server.mjs';

const tsc = path.join(ROOT, 'node_modules', '.bin', 'tsc');

test('panel and comparison types compile (tsc --strict)', { skip: fs.existsSync(tsc) ? false : 'typescript not installed' }, () => {
  const r = spawnSync(
    tsc,
    ['--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom,dom.iterable', '--types', '', path.join('tests', 'browser', 'panel-types.ts')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
