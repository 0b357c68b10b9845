"""The wheel: its contents, and a clean install with no Rust on PATH;
the example script, and `mypy --strict` on it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

WHEEL = os.environ.get("GOVREPORT_WHEEL")
needs_wheel = pytest.mark.skipif(not WHEEL, reason="GOVREPORT_WHEEL not set (scripts/test-python.mjs sets it)")


@needs_wheel
def test_wheel_contents() -> None:
    assert WHEEL is not None
    name = Path(WHEEL).name
    assert name.startswith("govreport-0.1.0-cp39-abi3-manylinux"), name
    with zipfile.ZipFile(WHEEL) as z:
        files = sorted(n for n in z.namelist() if not n.startswith("govreport-0.1.0.dist-info/"))
        meta = z.read("govreport-0.1.0.dist-info/METADATA").decode()
    assert files == [
        "govreport/__init__.py",
        "govreport/_base.py",
        "govreport/_model.py",
        "govreport/_native.abi3.so",
        "govreport/_native.pyi",
        "govreport/py.typed",
    ]
    assert "Requires-Python: >=3.9" in meta
    assert "Provides-Extra: pandas" in meta and "Provides-Extra: polars" in meta
    assert os.path.getsize(WHEEL) < 1_500_000


@needs_wheel
def test_installs_without_rust(tmp_path: Path) -> None:
    """pip installs the wheel into a fresh venv with no cargo or rustc on PATH."""
    assert WHEEL is not None
    path = os.pathsep.join(
        d for d in os.environ.get("PATH", "").split(os.pathsep) if d and not (Path(d) / "cargo").exists() and not (Path(d) / "rustc").exists()
    )
    env = {**os.environ, "PATH": path}
    env.pop("CARGO_HOME", None)
    env.pop("RUSTUP_HOME", None)
    assert shutil.which("cargo", path=path) is None and shutil.which("rustc", path=path) is None
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    py = str(venv / "bin" / "python")
    subprocess.run(
        [py, "-m", "pip", "install", "-q", "--no-index", "--no-deps", WHEEL], check=True, env=env
    )
    out = subprocess.run(
        [py, "-c", "import govreport; r = govreport.parse('地区生产总值增长5%。'); print(r.quantities[0].text, govreport.__file__)"],
        check=True, env=env, stdout=subprocess.PIPE, cwd=str(tmp_path),
    ).stdout.decode()
    assert out.startswith("5% ") and str(venv) in out


def test_example_writes_csv_and_chart(tmp_path: Path) -> None:
    script = ROOT / "examples" / "python_targets.py"
    out = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)],
        check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=str(ROOT),
    ).stdout.decode()
    csv = tmp_path / "targets.csv"
    assert csv.exists() and csv.read_text("utf-8").startswith("file,region,planYear,metricId")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert "matplotlib" in out
    else:
        png = tmp_path / "gdp-target-vs-result.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_mypy_strict_on_the_example() -> None:
    pytest.importorskip("mypy")
    r = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / "target" / "mypy-cache"), str(ROOT / "examples" / "python_targets.py")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=str(ROOT),
    )
    assert r.returncode == 0, r.stdout.decode()


def test_the_installed_package_is_tested() -> None:
    """With GOVREPORT_WHEEL set, govreport is the wheel installed in the venv."""
    import govreport

    if os.environ.get("GOVREPORT_WHEEL"):
        assert "site-packages" in govreport.__file__, govreport.__file__
