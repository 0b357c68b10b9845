"""Benchmarks of the Python package (figures for BENCHMARKS.md).

    python scripts/bench-python.py [--cities ../shared/corpus/cities] [--cli target/release/govreport]

1. `govreport.targets` over the city reports with jobs=1 and jobs=2, against
   the CLI (`govreport targets FILES…`, one process, one thread) on the same
   files: wall time, best of `--repeat`.
2. Per report of tests/corpus: the engine alone (`_engine_seconds`, the same
   compiled engine, no conversion) against `govreport.parse(text)` (the
   engine, spans to code points, the JSON model) and against `parse` plus
   reading the whole model (`to_dict()`); sums of per-report best times.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import time
from pathlib import Path
from typing import Callable, List, Tuple

import govreport
from govreport import _native

ROOT = Path(__file__).resolve().parents[1]


def best(fn: Callable[[], object], repeat: int) -> float:
    return timed(fn, repeat)[0]


def timed(fn: Callable[[], object], repeat: int) -> Tuple[float, float]:
    """Best wall time and its CPU time (this process's threads and its
    finished children), in seconds."""
    runs = []
    for _ in range(repeat):
        cpu0 = time.process_time() + _children_cpu()
        start = time.perf_counter()
        fn()
        wall = time.perf_counter() - start
        runs.append((wall, time.process_time() + _children_cpu() - cpu0))
    return min(runs)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities", type=Path, default=ROOT.parent / "shared" / "corpus" / "cities")
    ap.add_argument("--cli", type=Path, default=ROOT / "target" / "release" / "govreport")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    files: List[str] = sorted(str(p) for p in args.cities.glob("*.txt"))
    size = sum(Path(f).stat().st_size for f in files) / 1e6
    print(f"## targets over {len(files)} city reports ({size:.1f} MB)\n")
    print(f"load average at the start: {os.getloadavg()[0]:.1f}\n")
    print("| run | wall s | CPU s | files/s | rows |\n|---|---:|---:|---:|---:|")
    for jobs in (1, 2):
        rows = len(govreport.targets(files, jobs=jobs, errors="ignore"))
        t, cpu = timed(lambda: govreport.targets(files, jobs=jobs, errors="ignore"), args.repeat)
        print(f"| `govreport.targets(files, jobs={jobs})` | {t:.2f} | {cpu:.2f} | {len(files) / t:.0f} | {rows} |")
    cli = [str(args.cli), "targets", *files]
    out = subprocess.run(cli, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    cli_rows = out.count(b"\n") - 1
    t, cpu = timed(lambda: subprocess.run(cli, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL), args.repeat)
    print(f"| CLI `govreport targets FILES…` | {t:.2f} | {cpu:.2f} | {len(files) / t:.0f} | {cli_rows} |")

    corpus = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    texts = [p.read_text("utf-8-sig") for p in corpus]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    engine = parse = full = 0.0
    runs = 15
    for text in texts:
        engine += _native._engine_seconds(text, runs)
        parse += best(lambda: govreport.parse(text), runs)
        full += best(lambda: govreport.parse(text).to_dict(), runs)
    print(f"\n## parse, per report, {len(texts)} reports of tests/corpus ({mb:.2f} MB), best of {runs}\n")
    print("| what | ms (sum) | MB/s | over the engine |\n|---|---:|---:|---:|")
    for name, t in (
        ("engine alone (same build, no conversion)", engine),
        ("`govreport.parse(text)`", parse),
        ("`govreport.parse(text).to_dict()`", full),
    ):
        print(f"| {name} | {t * 1e3:.1f} | {mb / t:.1f} | {100 * (t - engine) / engine:+.1f} % |")


if __name__ == "__main__":
    main()
