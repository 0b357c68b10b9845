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


def _other_pythons() -> list:
    """The oldest and newest CPython 3 of pyenv, when present (the abi3 wheel claims >= 3.9)."""
    import glob

    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    found = []
    for exe in glob.glob(os.path.join(root, "versions", "3.*", "bin", "python3")):
        version = Path(exe).parents[1].name
        parts = version.split(".")
        if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= 9 and parts[-1].isdigit():
            found.append((int(parts[1]), exe))
    found.sort()
    return [exe for _, exe in (found[:1] + found[-1:])] if found else []


@needs_wheel
@pytest.mark.parametrize("python", _other_pythons() or [None], ids=lambda p: str(p).split("/versions/")[-1].split("/")[0])
def test_the_abi3_wheel_on_other_pythons(python: str, tmp_path: Path) -> None:
    if python is None:
        pytest.skip("no other CPython found (pyenv)")
    assert WHEEL is not None
    venv = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    py = str(venv / "bin" / "python")
    subprocess.run([py, "-m", "pip", "install", "-q", "--no-index", "--no-deps", WHEEL], check=True)
    code = (
        "import govreport, sys; "
        f"r = govreport.read({str(ROOT / 'tests' / 'corpus' / 'dongxihu-2024.txt')!r}); "
        "assert r.meta.region == '东西湖区' and len(r.quantities) > 100; "
        "q = r.quantities[3]; assert r.text[q.span[0]:q.span[1]] == q.text; "
        "print(sys.version_info[:2])"
    )
    out = subprocess.run([py, "-c", code], check=True, stdout=subprocess.PIPE, cwd=str(tmp_path))
    assert out.stdout.startswith(b"(3, ")
