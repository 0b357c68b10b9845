"""Shared fixtures: the repository, the CLI to compare with, the corpus."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus" / "reports"


def cli_path() -> Path:
    """The native CLI (built by scripts/test-python.mjs: cargo build --release)."""
    return Path(os.environ.get("GOVREPORT_CLI", ROOT / "target" / "release" / "govreport"))


def corpus_files() -> List[str]:
    """Every corpus report: tests/corpus and, when present, the shared corpus."""
    files = sorted(str(p) for p in (ROOT / "tests" / "corpus").glob("*.txt"))
    if SHARED.is_dir():
        # The shared corpus, less the reports that tests/corpus already holds.
        seen = {Path(f).read_bytes() for f in files}
        files += sorted(str(p) for p in SHARED.glob("*.txt") if p.read_bytes() not in seen)
    return files


def run_cli(*args: str) -> str:
    """The CLI's standard output (it must succeed)."""
    out = subprocess.run(
        [str(cli_path()), *args], check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    return out.stdout.decode("utf-8")


@pytest.fixture(scope="session")
def corpus() -> List[str]:
    files = corpus_files()
    assert len(files) >= 28, "the corpus is missing"
    return files


@pytest.fixture(scope="session", autouse=True)
def cli_built() -> None:
    assert cli_path().exists(), f"{cli_path()} missing: run cargo build --release"

