// The Python package's checks (npm test runs this; alone: node scripts/test-python.mjs):
//
//   1. python/govreport/_model.py matches src/model.rs (scripts/gen-python.mjs --check)
//   2. cargo clippy on the binding crate (govreport-python), warnings denied
//   3. a tools venv, target/py-venv (made once): maturin, pytest, pandas,
//      pandas-stubs, polars, mypy, tqdm, matplotlib from PyPI
//   4. the CLI (cargo build --release) that the tests compare with
//   5. the wheel (maturin build: abi3, CPython >= 3.9) into target/wheels
//   6. a fresh venv, target/py-test, with the wheel pip-installed into it
//      with no Rust on PATH; the tools venv's packages are visible to it
//      through a .pth file, so nothing is downloaded again
//   7. pytest python/tests with that venv (the model against the CLI's JSON
//      over the corpus, the tables against the CLI's CSV, errors, the wheel,
//      the example and mypy --strict on it)
//
// Idempotent: a second run reuses the venv, the CLI and cargo's build cache.
// PYTHON chooses the interpreter (default python3, which must be >= 3.9).

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ROOT, header, isMain, run, toolEnv } from './util.mjs';

const PYTHON = process.env.PYTHON || 'python3';
const TOOLS = join(ROOT, 'target', 'py-venv');
const TEST = join(ROOT, 'target', 'py-test');
const WHEELS = join(ROOT, 'target', 'wheels');
/** What the tools venv holds; a change of this list remakes it. */
const REQUIREMENTS = [
  'maturin>=1.9.4,<2',
  'pytest',
  'pandas',
  'pandas-stubs',
  'polars',
  'mypy',
  'tqdm',
  'matplotlib',
];

/** The site-packages directory of a venv. */
function sitePackages(venv) {
  const r = spawnSync(join(venv, 'bin', 'python'), ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cannot ask ${venv} for its site-packages: ${r.stderr}`);
  return r.stdout.trim();
}

/** PATH without any directory that holds cargo or rustc. */
function pathWithoutRust() {
  return (process.env.PATH || '')
    .split(delimiter)
    .filter((d) => d && !existsSync(join(d, 'cargo')) && !existsSync(join(d, 'rustc')))
    .join(delimiter);
}

export function testPython() {
  const started = Date.now();
  header('python: model types match src/model.rs');
  run('node', [join('scripts', 'gen-python.mjs'), '--check']);

  header('python: cargo clippy -p govreport-python');
  run('cargo', ['clippy', '-p', 'govreport-python', '--', '-D', 'warnings']);

  header('python: tools venv (target/py-venv)');
  const stamp = join(TOOLS, '.requirements');
  const wanted = REQUIREMENTS.join('\n');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    rmSync(TOOLS, { recursive: true, force: true });
    run(PYTHON, ['-c', 'import sys; assert sys.version_info >= (3, 9), "Python >= 3.9 needed"']);
    run(PYTHON, ['-m', 'venv', TOOLS]);
    run(join(TOOLS, 'bin', 'python'), ['-m', 'pip', 'install', '-q', '--upgrade', 'pip']);
    run(join(TOOLS, 'bin', 'python'), ['-m', 'pip', 'install', '-q', ...REQUIREMENTS]);
    writeFileSync(stamp, wanted);
  } else {
    console.log('in place');
  }

  header('python: the CLI to compare with (cargo build --release)');
  run('cargo', ['build', '--release']);

  header('python: the wheel (maturin build)');
  rmSync(WHEELS, { recursive: true, force: true });
  run(join(TOOLS, 'bin', 'maturin'), ['build', '--manifest-path', join('python', 'Cargo.toml'), '--out', WHEELS]);
  const wheels = readdirSync(WHEELS).filter((f) => f.endsWith('.whl'));
  if (wheels.length !== 1) {
    console.error(`expected one wheel in target/wheels, found ${wheels.length}`);
    process.exit(1);
  }
  const wheel = join(WHEELS, wheels[0]);
  console.log(`${wheels[0]}: ${(statSync(wheel).size / 1024).toFixed(1)} KiB`);

  header('python: a fresh venv with the wheel, no Rust on PATH (target/py-test)');
  rmSync(TEST, { recursive: true, force: true });
  const noRust = { ...process.env, PATH: pathWithoutRust() };
  delete noRust.CARGO_HOME;
  delete noRust.RUSTUP_HOME;
  run(PYTHON, ['-m', 'venv', TEST], { env: noRust });
  run(join(TEST, 'bin', 'python'), ['-m', 'pip', 'install', '-q', '--no-index', '--no-deps', wheel], { env: noRust });
  // The test tools (pytest, pandas, …) come from the tools venv, after the
  // fresh venv's own site-packages, so govreport is the installed wheel's.
  writeFileSync(join(sitePackages(TEST), 'govreport-test-tools.pth'), `${sitePackages(TOOLS)}\n`);

  header('python: pytest python/tests');
  run(join(TEST, 'bin', 'python'), ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', join(ROOT, 'python', 'tests')], {
    env: toolEnv({
      GOVREPORT_WHEEL: wheel,
      GOVREPORT_CLI: join(ROOT, 'target', 'release', 'govreport'),
      // The tests import the installed wheel, never python/govreport.
      PYTHONPATH: '',
      PYTHONDONTWRITEBYTECODE: '1',
    }),
    cwd: join(ROOT, 'python', 'tests'),
  });
  console.log(`python: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (isMain(import.meta.url)) testPython();

