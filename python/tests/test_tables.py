"""The DataFrames: the same columns and values as the CLI's CSV."""

from __future__ import annotations

import csv
import io
import math
from typing import Any, List

import govreport
import pytest
from conftest import run_cli

pd = pytest.importorskip("pandas")


def cli_csv(*args: str) -> List[List[str]]:
    return list(csv.reader(io.StringIO(run_cli(*args), newline="")))


def same(cell: str, value: Any) -> bool:
    """Whether a DataFrame value is what the CLI wrote in a cell."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return cell == ""
    if isinstance(value, str):
        # The CLI may defuse spreadsheet formulas with a leading '.
        return cell == value or cell == "'" + value
    if isinstance(value, float):
        return cell != "" and float(cell) == value
    return cell != "" and int(cell) == int(value)


def assert_frame_equals_csv(df: Any, rows: List[List[str]]) -> None:
    header, body = rows[0], rows[1:]
    assert list(df.columns) == header
    assert len(df) == len(body)
    for c in df.columns:
        if c in govreport.INT_COLUMNS:
            assert str(df[c].dtype) == "Int64", c
        elif c in govreport.FLOAT_COLUMNS:
            assert str(df[c].dtype) == "float64", c
    records = df.astype(object).itertuples(index=False, name=None)
    for i, (cells, values) in enumerate(zip(body, records)):
        for column, cell, value in zip(header, cells, values):
            assert same(cell, value), f"row {i} {column}: CLI {cell!r}, DataFrame {value!r}"


#: Columns of digits that are codes, not numbers: text in every frame.
CODE_COLUMNS = frozenset({"regionCode"})


def test_numeric_columns_are_typed(corpus: List[str]) -> None:
    """Every column whose CLI cells are all numbers is an int or float column
    (a region code, six digits, stays text)."""
    for args in (["extract", "--format", "csv"], ["targets"], ["panel"]):
        rows = cli_csv(*args, *corpus[:20])
        for j, column in enumerate(rows[0]):
            cells = [r[j] for r in rows[1:] if r[j] != ""]
            numeric = bool(cells) and all(_is_number(c) for c in cells) and column not in CODE_COLUMNS
            typed = column in govreport.INT_COLUMNS or column in govreport.FLOAT_COLUMNS
            if cells:
                assert numeric == typed, f"{args[0]} {column}"
    df = govreport.panel(corpus[:20])
    assert all(isinstance(c, str) for c in df["regionCode"].dropna()), "codes are text"


def _is_number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def test_targets_equal_cli_csv(corpus: List[str]) -> None:
    df = govreport.targets(corpus, jobs=2)
    assert_frame_equals_csv(df, cli_csv("targets", *corpus))
    assert df.attrs["errors"] == []


def test_quantities_equal_cli_csv(corpus: List[str]) -> None:
    df = govreport.quantities(corpus)
    assert_frame_equals_csv(df, cli_csv("extract", "--format", "csv", *corpus))


def test_panel_equals_cli_csv(corpus: List[str]) -> None:
    df = govreport.panel(corpus)
    assert_frame_equals_csv(df, cli_csv("panel", *corpus))
    assert len(df) > 50
    assert all(isinstance(w, tuple) and len(w) == 2 for w in df.attrs["warnings"])


def test_panel_near_tolerance_as_the_cli(corpus: List[str]) -> None:
    """`near_tolerance` gives the CLI's `--near-tolerance` rows; 0 turns `near` off."""
    hubei = [f for f in corpus if f.endswith(("hubei-2024.txt", "hubei-2025.txt"))]
    assert len(hubei) == 2
    default = govreport.panel(hubei)
    assert (default["verdict"] == "near").any(), "6%左右 against 5.5: near by default"
    off = govreport.panel(hubei, near_tolerance=(0, 0))
    assert not (off["verdict"] == "near").any()
    assert_frame_equals_csv(off, cli_csv("panel", "--near-tolerance", "0,0", *hubei))
    wide = govreport.panel(hubei, near_tolerance=(1.0, 0.05))
    assert_frame_equals_csv(wide, cli_csv("panel", "--near-tolerance", "1,0.05", *hubei))
    for bad in (-1, "wide", (1, 2, 3), float("nan")):
        with pytest.raises(govreport.GovReportError):
            govreport.panel(hubei, near_tolerance=bad)  # type: ignore[arg-type]


def test_jobs_do_not_change_the_table(corpus: List[str]) -> None:
    one = govreport.targets(corpus, jobs=1)
    two = govreport.targets(corpus, jobs=2)
    pd.testing.assert_frame_equal(one, two)


def test_a_directory_is_its_txt_files(corpus: List[str]) -> None:
    import os

    folder = os.path.dirname(corpus[0])
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
    pd.testing.assert_frame_equal(govreport.targets(folder), govreport.targets(files))


def test_empty_list_gives_the_columns(corpus: List[str]) -> None:
    df = govreport.targets([])
    assert list(df.columns) == cli_csv("targets", corpus[0])[0] and len(df) == 0


def test_polars_backend(corpus: List[str]) -> None:
    pl = pytest.importorskip("polars")
    files = corpus[:10]
    df = govreport.targets(files, backend="polars")
    assert isinstance(df, pl.DataFrame)
    expected = govreport.targets(files)
    assert df.columns == list(expected.columns)
    def plain(v: Any) -> Any:
        return None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else v

    want = [[plain(v) for v in row] for row in expected.astype(object).itertuples(index=False, name=None)]
    assert [[plain(v) for v in row] for row in df.rows()] == want
    assert df.schema["value"] == pl.Float64 and df.schema["planYear"] == pl.Int64


def test_progress_bar(corpus: List[str], capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    govreport.targets(corpus[:8], progress=True)
    err = capsys.readouterr().err
    assert "8/8" in err
    govreport.targets(corpus[:8], progress=False)
    assert capsys.readouterr().err == ""


def test_panel_manifest(corpus: List[str], tmp_path: Any) -> None:
    """A manifest (CSV or mapping) gives region and year, reconciled with the text."""
    import os

    files = [f for f in corpus if os.path.basename(f) in ("hubei-2024.txt", "hubei-2025.txt")][:2]
    assert len(files) == 2
    plain = govreport.panel(files)
    assert set(plain["region"]) == {"湖北省"}
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "file,region,year\r\nhubei-2025.txt,湖南省,\r\nmissing.txt,湖北省,2024\r\n", "utf-8"
    )
    told = govreport.panel(files, manifest)
    codes = [c for c, _ in told.attrs["warnings"]]
    assert "given-region-differs" in codes and "manifest" in codes
    differs = [m for c, m in told.attrs["warnings"] if c == "given-region-differs"][0]
    assert "湖南省" in differs and "湖北省" in differs
    assert [m for c, m in told.attrs["warnings"] if c == "manifest"] == [
        "line 3: missing.txt is not among the files: row unused"
    ]
    pd.testing.assert_frame_equal(told, plain)  # the text's region wins by default
    preferred = govreport.panel(files, manifest, prefer_given=True)
    assert "湖南省" in set(preferred["region"])
    # A mapping states the same.
    mapped = govreport.panel(files, {"hubei-2025.txt": {"region": "湖南省"}}, prefer_given=True)
    pd.testing.assert_frame_equal(mapped, preferred)
    for bad in ({"a.txt": "湖南省"}, {"a.txt": {"province": "x"}}, 5):
        with pytest.raises(govreport.GovReportError) as info:
            govreport.panel(files, bad)  # type: ignore[arg-type]
        assert info.value.code == "invalid-options"


@pytest.mark.skipif(not __import__("os").path.isdir("/proc/self/task"), reason="Linux /proc")
def test_jobs_run_on_that_many_threads(corpus: List[str]) -> None:
    """`jobs=N` reads on N engine threads (seen in /proc while a batch runs)."""
    import os
    import threading

    def most_threads(jobs: int) -> int:
        done = threading.Event()
        most = 0

        def work() -> None:
            govreport.targets(corpus * 3, jobs=jobs)
            done.set()

        t = threading.Thread(target=work)
        t.start()
        while not done.is_set():
            most = max(most, len(os.listdir("/proc/self/task")))
        t.join()
        return most

    base = len(os.listdir("/proc/self/task"))
    assert most_threads(1) == base + 1  # the Python thread only
    assert most_threads(2) == base + 3  # and two engine threads


def test_panel_name_pattern(corpus: List[str], tmp_path: Any) -> None:
    """`name_pattern` reads region and plan year from file names, like --name-pattern."""
    import os
    import shutil

    source = [f for f in corpus if os.path.basename(f) == "hubei-2025.txt"][0]
    named = tmp_path / "gwr_湖南省_2026.txt"
    shutil.copy(source, named)
    odd = tmp_path / "other.txt"
    shutil.copy(source, odd)
    df = govreport.panel([named, odd], name_pattern="{title}_{region}_{year}.txt", prefer_given=True)
    assert "湖南省" in set(df["region"])
    warned = df.attrs["warnings"]
    assert any(c == "given-region-differs" and "湖南省" in m for c, m in warned)
    assert any(c == "manifest" and "other.txt" in m and "does not match" in m for c, m in warned)
    # The manifest's value wins over the name's.
    told = govreport.panel(
        [named], {named.name: {"region": "湖北省"}}, name_pattern="{title}_{region}_{year}.txt"
    )
    assert set(told["region"]) == {"湖北省"}
    with pytest.raises(govreport.GovReportError) as info:
        govreport.panel([named], name_pattern="{unclosed")
    assert info.value.code == "invalid-options"
