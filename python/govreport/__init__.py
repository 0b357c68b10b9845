"""govreport: reads Chinese government work reports (政府工作报告) into
structured data — outline, quantities (value, unit, qualifier), what each
measures, whether it is a result, an estimate or a target, for which year —
and reads many reports into DataFrames: every quantity, the plan years'
targets, and the panel of targets against results.

>>> import govreport
>>> report = govreport.parse(
...     "各位代表：\\n一、2024年工作回顾\\n地区生产总值增长5.5%。\\n"
...     "二、2025年工作安排\\n今年的主要预期目标是：地区生产总值增长5%左右。"
... )
>>> q = report.quantities[1]
>>> q.text, q.value, q.qual, q.status, q.year, q.metric_id
('5%', 5.0, 'approx', 'target', 2025, 'gdp')
>>> report.text[q.span[0]:q.span[1]]
'5%'

The engine is the Rust crate `govreport`, the same as the CLI and the npm
package: the same model (`to_dict()` equals the CLI's JSON, spans counted in
code points) and the same tables (the CLI's CSV columns and values).
"""

from __future__ import annotations

import math
import os
import sys
import warnings
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Iterable,
    List,
    Mapping,
    NamedTuple,
    Optional,
    Tuple,
    Literal,
    Union,
    overload,
)

from . import _native
from ._model import (
    SCHEMA_VERSION,
    Dimension,
    Direction,
    GlossaryEntry,
    HeadlineRow,
    Kind,
    Level,
    Measure,
    Meta,
    Paragraph,
    Qual,
    Quantity,
    Report,
    Section,
    SectionLevel,
    Span,
    Status,
    Target,
    Warning,
)

if TYPE_CHECKING:
    import pandas
    import polars

__all__ = [
    "parse",
    "read",
    "read_many",
    "quantities",
    "targets",
    "panel",
    "version",
    "schema_version",
    "GovReportError",
    "GovReportWarning",
    "FileError",
    "SCHEMA_VERSION",
    "DEFAULT_MAX_INPUT_BYTES",
    "Report",
    "Meta",
    "Section",
    "Paragraph",
    "Quantity",
    "Target",
    "HeadlineRow",
    "GlossaryEntry",
    "Warning",
    "Span",
    "Level",
    "SectionLevel",
    "Dimension",
    "Measure",
    "Qual",
    "Kind",
    "Direction",
    "Status",
]

__version__: str = _native.version()

#: Inputs larger than this many UTF-8 bytes are refused (`input-too-large`),
#: as in the CLI and the npm package: 20 MiB.
DEFAULT_MAX_INPUT_BYTES: int = 20 * 1024 * 1024

PathLike = Union[str, "os.PathLike[str]"]
"""A file name: `str` or `pathlib.Path`."""


class GovReportError(Exception):
    """Every failure to read a report: an exception with a stable `code`.

    The codes are those of the CLI and the npm package: `empty-input`,
    `input-too-large`, `not-text`, `undecodable`, `invalid-options`,
    `internal-error`; and, for the Python API, `invalid-input` (an argument
    of the wrong type; also a `TypeError`) and `io-error` (a file in a batch
    that could not be read; `read()` of one file raises the `OSError` itself).

    >>> try:
    ...     govreport.parse("   ")
    ... except govreport.GovReportError as e:
    ...     print(e.code)
    empty-input
    """

    def __init__(self, code: str, message: str, file: Optional[str] = None) -> None:
        super().__init__(f"{file}: {message}" if file else message)
        #: The stable machine-readable code, e.g. `empty-input`.
        self.code = code
        #: The human-readable explanation.
        self.message = message
        #: The file, when the error is one file's of a batch.
        self.file = file

    def __reduce__(self) -> Any:
        return (type(self), (self.code, self.message, self.file))


class _InvalidInput(GovReportError, TypeError):
    """A `GovReportError` for an argument of the wrong type (`invalid-input`)."""


class GovReportWarning(UserWarning):
    """Warned when some files of a batch could not be read (`errors="warn"`)."""


class FileError(NamedTuple):
    """One file of a batch that could not be read."""

    #: The file as given.
    file: str
    #: The stable error code (`undecodable`, `io-error`, …).
    code: str
    #: The explanation.
    message: str


def version() -> str:
    """The engine's version, e.g. `0.1.0` (the same as `govreport --version`)."""
    return _native.version()


def schema_version() -> int:
    """The data model's version (`Report.schema_version`), `1`."""
    return _native.schema_version()


def _limit(max_input_bytes: Any) -> int:
    if isinstance(max_input_bytes, bool) or not isinstance(max_input_bytes, int) or max_input_bytes < 0:
        raise GovReportError(
            "invalid-options", "max_input_bytes must be a non-negative int (a number of bytes)"
        )
    return min(max_input_bytes, sys.maxsize)


def _raise(failure: Tuple[str, str], file: Optional[str] = None) -> "GovReportError":
    code, message = failure
    return GovReportError(code, message, file)


def parse(text: str, *, max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> Report:
    """Reads a report from its text.

    Returns a `Report`: the JSON model as typed attributes
    (`report.meta.plan_year`, `report.quantities[0].metric_id`) and
    `to_dict()`. Spans are `(start, end)` indices of `text` (code points),
    so `text[start:end]` is the quoted text. The GIL is released while the
    engine reads.

    Raises `GovReportError`: `empty-input` (no text), `not-text` (control
    characters: a binary file), `input-too-large` (more than
    `max_input_bytes` of UTF-8), `invalid-input` (not a `str`; use `read()`
    for bytes), `invalid-options`.

    >>> r = govreport.parse("各位代表：\\n一、2024年工作回顾\\n地区生产总值增长5.5%。")
    >>> [(q.text, q.status, q.year) for q in r.quantities]
    [('5.5%', 'actual', 2024)]
    """
    if not isinstance(text, str):
        raise _InvalidInput(
            "invalid-input",
            f"parse() expects a str, not {type(text).__name__}; use read() for bytes or a file",
        )
    limit = _limit(max_input_bytes)
    if len(text) > limit:
        # Every code point is at least one UTF-8 byte: refused before the
        # text is copied for the engine.
        raise GovReportError(
            "input-too-large",
            f"input is at least {len(text)} bytes, more than the limit of {limit} bytes "
            "(raise max_input_bytes)",
        )
    ok, result = _native.parse(text, limit)
    if not ok:
        raise _raise(result)
    return Report(result, text)


def read(
    source: Union[PathLike, bytes, bytearray, memoryview],
    *,
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
) -> Report:
    """Reads a report file (a path) or a file's bytes, decoded as the CLI
    does: UTF-8 (with or without BOM), UTF-16LE/BE (BOM, or recognised by its
    zero bytes), else GB18030/GBK. A report decoded from anything but plain
    UTF-8 has a warning (`decoded-gb18030`, …) first in `warnings`;
    `report.text` is the decoded text that spans index.

    Raises `GovReportError` as `parse()` does, and `undecodable` (malformed
    bytes, with the byte offset); `OSError` when the file cannot be opened.

    >>> r = govreport.read("tests/corpus/dongxihu-2024.txt")  # doctest: +SKIP
    >>> r.meta.region, r.meta.plan_year                        # doctest: +SKIP
    ('东西湖区', 2025)
    """
    limit = _limit(max_input_bytes)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if not isinstance(path, str):
            raise _InvalidInput("invalid-input", "read() expects a str path, not bytes path")
        size = os.stat(path).st_size
        if size > 2 * limit + 4:
            raise GovReportError(
                "input-too-large",
                f"file is {size} bytes, too large (the limit is {limit} bytes of text)",
                path,
            )
        with open(path, "rb") as f:
            data = f.read()
    else:
        raise _InvalidInput(
            "invalid-input",
            f"read() expects a path or bytes, not {type(source).__name__}; use parse() for text",
        )
    ok, result = _native.parse_bytes(data, limit)
    if not ok:
        raise _raise(result)
    raw, text = result
    return Report(raw, text)


# --- many files ------------------------------------------------------------


def _paths(paths: Union[PathLike, Iterable[PathLike]]) -> List[str]:
    """The files to read: the given ones in order; a directory gives its
    `*.txt` files (sorted by name)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: List[str] = []
    try:
        items = list(paths)
    except TypeError:
        raise _InvalidInput(
            "invalid-input", f"expected a path or paths, not {type(paths).__name__}"
        ) from None
    for p in items:
        if not isinstance(p, (str, os.PathLike)):
            raise _InvalidInput(
                "invalid-input", f"expected paths (str or os.PathLike), not {type(p).__name__}"
            )
        name = os.fspath(p)
        if not isinstance(name, str):
            raise _InvalidInput("invalid-input", "expected str paths, not bytes paths")
        if os.path.isdir(name):
            out.extend(
                os.path.join(name, f) for f in sorted(os.listdir(name)) if f.endswith(".txt")
            )
        else:
            out.append(name)
    return out


def _jobs(jobs: Optional[int]) -> int:
    if jobs is None:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except (AttributeError, OSError):
            return max(1, os.cpu_count() or 1)
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise GovReportError("invalid-options", "jobs must be an int ≥ 1 (or None: every core)")
    return jobs


def _progress_bar(total: int, progress: Optional[bool], what: str) -> Any:
    """A tqdm bar (`tqdm.auto`: terminal or notebook), or None. By default
    only for 200 files or more, and only where someone sees it."""
    if progress is False or total == 0:
        return None
    if progress is None:
        interactive = "ipykernel" in sys.modules or (
            hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
        )
        if total < 200 or not interactive:
            return None
    try:
        import importlib

        tqdm = importlib.import_module("tqdm.auto").tqdm
    except ImportError:
        if progress:
            warnings.warn(
                "progress=True needs tqdm (pip install tqdm); reading without a progress bar",
                GovReportWarning,
                stacklevel=3,
            )
        return None
    return tqdm(total=total, desc=what, unit="file")


def _chunks(n: int, jobs: int, bar: Any) -> List[Tuple[int, int]]:
    """Slices of the file list per native call: one call without a progress
    bar; with one, about 100 steps (each a few files per thread)."""
    if bar is None or n == 0:
        return [(0, n)]
    size = max(jobs * 4, -(-n // 100))
    return [(i, min(n, i + size)) for i in range(0, n, size)]


def _report_errors(failed: List[FileError], errors: str, stacklevel: int = 3) -> None:
    if not failed:
        return
    if errors == "raise":
        f = failed[0]
        raise GovReportError(f.code, f.message, f.file)
    if errors == "warn":
        shown = "; ".join(f"{f.file}: {f.code}: {f.message}" for f in failed[:3])
        more = f" (and {len(failed) - 3} more)" if len(failed) > 3 else ""
        warnings.warn(
            f"{len(failed)} file(s) could not be read and were left out: {shown}{more}",
            GovReportWarning,
            stacklevel=stacklevel,
        )


def _check_errors(errors: Any) -> str:
    if errors not in ("warn", "raise", "ignore"):
        raise GovReportError("invalid-options", 'errors must be "warn", "raise" or "ignore"')
    return str(errors)


def read_many(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    jobs: Optional[int] = None,
    progress: Optional[bool] = None,
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
) -> List[Union[Report, GovReportError]]:
    """Reads many files on `jobs` threads (default: every core) with the GIL
    released. One result per file, in order: a `Report`, or the
    `GovReportError` (with its `file`) of a file that could not be read — one
    bad file never stops the batch. A directory stands for its `*.txt` files.

    >>> results = govreport.read_many("reports/")                  # doctest: +SKIP
    >>> reports = [r for r in results if isinstance(r, govreport.Report)]  # doctest: +SKIP
    """
    files = _paths(paths)
    n_jobs = _jobs(jobs)
    limit = _limit(max_input_bytes)
    bar = _progress_bar(len(files), progress, "reading")
    out: List[Union[Report, GovReportError]] = []
    try:
        for start, end in _chunks(len(files), n_jobs, bar):
            for name, (ok, result) in zip(
                files[start:end], _native.read_many(files[start:end], n_jobs, limit)
            ):
                if ok:
                    raw, text = result
                    out.append(Report(raw, text))
                else:
                    out.append(_raise(result, name))
            if bar is not None:
                bar.update(end - start)
    finally:
        if bar is not None:
            bar.close()
    return out


# --- tables ----------------------------------------------------------------

Manifest = Union[None, PathLike, Mapping[str, Mapping[str, Any]]]
"""What `panel()` is told about the files: a manifest CSV's path, or a
mapping from file to `{"region": …, "code": …, "year": …}`."""

_GIVEN_KEYS = {
    "region": "region",
    "code": "code",
    "regioncode": "code",
    "region_code": "code",
    "year": "year",
    "planyear": "year",
    "plan_year": "year",
}


def _manifest(
    manifest: Manifest, files: List[str]
) -> Tuple[Optional[str], List[Tuple[Optional[str], Optional[str], Optional[int]]]]:
    """The manifest's text (read by the engine, as the CLI reads it), or the
    values a mapping gives for each file."""
    given: List[Tuple[Optional[str], Optional[str], Optional[int]]] = [
        (None, None, None) for _ in files
    ]
    if manifest is None:
        return None, given
    if isinstance(manifest, (str, os.PathLike)):
        with open(manifest, "rb") as handle:
            data = handle.read()
        for encoding in ("utf-8-sig", "utf-16", "gb18030"):
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            try:
                return data.decode(encoding), given
            except UnicodeDecodeError:
                continue
        raise GovReportError("undecodable", "the manifest is not UTF-8, UTF-16 or GB18030 text")
    if not isinstance(manifest, Mapping):
        raise GovReportError(
            "invalid-options", "manifest must be a path or a mapping of file → {region, code, year}"
        )
    for key, values in manifest.items():
        if not isinstance(key, str) or not isinstance(values, Mapping):
            raise GovReportError(
                "invalid-options", "manifest must map file names (str) to mappings"
            )
        stated: Dict[str, Any] = {}
        for k, v in values.items():
            name = _GIVEN_KEYS.get(str(k).lower())
            if name is None:
                raise GovReportError(
                    "invalid-options", f"manifest: unknown key {k!r} (use region, code, year)"
                )
            stated[name] = v
        year = stated.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            try:
                year = int(str(year).strip())
            except ValueError:
                raise GovReportError("invalid-options", f"manifest: {key}: year {year!r} is not a year") from None
        region = stated.get("region")
        code = stated.get("code")
        entry = (
            None if region is None else str(region),
            None if code is None else str(code),
            year,
        )
        for i, name_ in enumerate(files):
            if name_ == key or os.path.basename(name_) == key:
                given[i] = entry
    return None, given

#: Columns of the tables holding integers (nullable) and floats; every other
#: column holds text. `tests/test_tables.py` checks that these cover every
#: numeric column of the CLI's CSV.
INT_COLUMNS = frozenset(
    {
        "reviewYear",
        "planYear",
        "id",
        "start",
        "end",
        "year",
        "sectionId",
        "quantityId",
        "targetQuantityId",
        "actualQuantityId",
    }
)
FLOAT_COLUMNS = frozenset(
    {"value", "hi", "base", "targetValue", "targetHi", "actualValue", "gap"}
)


def _frame(
    columns: List[str], rows: List[List[Any]], backend: str
) -> Any:
    """A DataFrame of the given backend from the native table."""
    data: Dict[str, List[Any]] = {c: [row[i] for row in rows] for i, c in enumerate(columns)}
    if backend == "pandas":
        try:
            import pandas as pd
        except ImportError:
            raise ImportError(
                "govreport: backend='pandas' needs pandas: pip install pandas "
                "(or pass backend='polars' with polars installed)"
            ) from None
        series: Dict[str, Any] = {}
        for c in columns:
            if c in INT_COLUMNS:
                series[c] = pd.array(data[c], dtype="Int64")
            elif c in FLOAT_COLUMNS:
                series[c] = pd.array(
                    [float("nan") if v is None else float(v) for v in data[c]], dtype="float64"
                )
            else:
                series[c] = pd.array(data[c], dtype=object)
        return pd.DataFrame(series, columns=columns)
    if backend == "polars":
        try:
            import polars as pl
        except ImportError:
            raise ImportError(
                "govreport: backend='polars' needs polars: pip install polars "
                "(or use the default backend='pandas' with pandas installed)"
            ) from None
        schema = {
            c: pl.Int64 if c in INT_COLUMNS else pl.Float64 if c in FLOAT_COLUMNS else pl.Utf8
            for c in columns
        }
        fixed = {
            c: [None if v is None else float(v) for v in data[c]] if c in FLOAT_COLUMNS else data[c]
            for c in columns
        }
        return pl.DataFrame(fixed, schema=schema)
    raise GovReportError("invalid-options", "backend must be 'pandas' or 'polars'")


def _table(
    kind: str,
    paths: Union[PathLike, Iterable[PathLike]],
    jobs: Optional[int],
    backend: str,
    progress: Optional[bool],
    errors: str,
    max_input_bytes: int,
) -> Any:
    if backend not in ("pandas", "polars"):
        raise GovReportError("invalid-options", "backend must be 'pandas' or 'polars'")
    errors = _check_errors(errors)
    files = _paths(paths)
    n_jobs = _jobs(jobs)
    limit = _limit(max_input_bytes)
    bar = _progress_bar(len(files), progress, kind)
    columns: List[str] = []
    rows: List[List[Any]] = []
    failed: List[FileError] = []
    try:
        for start, end in _chunks(len(files), n_jobs, bar):
            chunk = files[start:end]
            columns, part, fails = _native.table(kind, chunk, chunk, n_jobs, limit)
            rows.extend(part)
            failed.extend(FileError(chunk[i], code, msg) for i, code, msg in fails)
            if bar is not None:
                bar.update(end - start)
    finally:
        if bar is not None:
            bar.close()
    if not columns:
        columns, _, _ = _native.table(kind, [], [], 1, limit)
    _report_errors(failed, errors, stacklevel=4)
    frame = _frame(columns, rows, backend)
    if backend == "pandas":
        frame.attrs["errors"] = [tuple(f) for f in failed]
    return frame


@overload
def quantities(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    jobs: Optional[int] = ...,
    backend: Literal["pandas"] = ...,
    progress: Optional[bool] = ...,
    errors: str = ...,
    max_input_bytes: int = ...,
) -> pandas.DataFrame: ...


@overload
def quantities(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    jobs: Optional[int] = ...,
    backend: Literal["polars"],
    progress: Optional[bool] = ...,
    errors: str = ...,
    max_input_bytes: int = ...,
) -> polars.DataFrame: ...


def quantities(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    jobs: Optional[int] = None,
    backend: str = "pandas",
    progress: Optional[bool] = None,
    errors: str = "warn",
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
) -> Any:
    """Every quantity of every file, one row each: the columns and values of
    `govreport extract --format csv` (`file, region, reviewYear, planYear,
    id, text, start, end, value, hi, unit, base, dimension, qual, kind,
    direction, status, year, metric, metricId, sectionId, sentence`), with
    `start`/`end` in UTF-16 units like the CLI.

    Files are read on `jobs` threads (default: every core) with the GIL
    released; a directory stands for its `*.txt` files. A file that cannot
    be read is left out: with `errors="warn"` (default) one
    `GovReportWarning` names them, `"raise"` raises the first one's
    `GovReportError`, `"ignore"` says nothing; a pandas frame lists them in
    `df.attrs["errors"]` as `(file, code, message)`. `backend="polars"` gives
    a polars frame. `progress=True` shows a tqdm bar (by default: for 200
    files or more in a terminal or notebook).

    >>> df = govreport.quantities("reports/")  # doctest: +SKIP
    >>> df[df.status == "target"][["region", "metric", "value", "unit"]]  # doctest: +SKIP
    """
    return _table("quantities", paths, jobs, backend, progress, errors, max_input_bytes)


@overload
def targets(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    jobs: Optional[int] = ...,
    backend: Literal["pandas"] = ...,
    progress: Optional[bool] = ...,
    errors: str = ...,
    max_input_bytes: int = ...,
) -> pandas.DataFrame: ...


@overload
def targets(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    jobs: Optional[int] = ...,
    backend: Literal["polars"],
    progress: Optional[bool] = ...,
    errors: str = ...,
    max_input_bytes: int = ...,
) -> polars.DataFrame: ...


def targets(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    jobs: Optional[int] = None,
    backend: str = "pandas",
    progress: Optional[bool] = None,
    errors: str = "warn",
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
) -> Any:
    """The plan year's targets of every file, one row each: the columns and
    values of `govreport targets` (`file, region, planYear, metricId,
    metric, kind, value, hi, qual, unit, quantityId`). Options as in
    `quantities()`.

    >>> df = govreport.targets("reports/")                                    # doctest: +SKIP
    >>> df[df.metricId == "gdp"].pivot_table(index="region", columns="planYear", values="value")  # doctest: +SKIP
    """
    return _table("targets", paths, jobs, backend, progress, errors, max_input_bytes)



NearTolerance = Union[None, float, Tuple[float, float]]
"""How far an approximate target may be missed and still be `near` (see `panel`)."""


def _near_tolerance(value: NearTolerance) -> Optional[Tuple[float, float]]:
    """`(points, relative)` for the engine, or None for its default."""
    if value is None:
        return None
    pair = (value, 0.01) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
    if (
        not isinstance(pair, tuple)
        or len(pair) != 2
        or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and v >= 0 for v in pair)
    ):
        raise GovReportError("invalid-options", "near_tolerance must be points or (points, relative), non-negative")
    return (float(pair[0]), float(pair[1]))


@overload
def panel(
    paths: Union[PathLike, Iterable[PathLike]],
    manifest: Manifest = None,
    *,
    prefer_given: bool = ...,
    name_pattern: Optional[str] = ...,
    near_tolerance: NearTolerance = ...,
    jobs: Optional[int] = ...,
    backend: Literal["pandas"] = ...,
    progress: Optional[bool] = ...,
    errors: str = ...,
    max_input_bytes: int = ...,
) -> pandas.DataFrame: ...


@overload
def panel(
    paths: Union[PathLike, Iterable[PathLike]],
    manifest: Manifest = None,
    *,
    prefer_given: bool = ...,
    name_pattern: Optional[str] = ...,
    near_tolerance: NearTolerance = ...,
    jobs: Optional[int] = ...,
    backend: Literal["polars"],
    progress: Optional[bool] = ...,
    errors: str = ...,
    max_input_bytes: int = ...,
) -> polars.DataFrame: ...


def panel(
    paths: Union[PathLike, Iterable[PathLike]],
    manifest: Manifest = None,
    *,
    prefer_given: bool = False,
    name_pattern: Optional[str] = None,
    near_tolerance: NearTolerance = None,
    jobs: Optional[int] = None,
    backend: str = "pandas",
    progress: Optional[bool] = None,
    errors: str = "warn",
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
) -> Any:
    """The reports read together: one row per region × year × canonical
    metric × kind with the target the plan-year report set, the result the
    next report gives, their gap and the verdict — the columns and values of
    `govreport panel` (`region, year, metricId, metric, kind, unit,
    targetValue, targetHi, targetQual, targetFile, targetQuantityId,
    actualValue, actualStatus, actualFile, actualQuantityId, gap, verdict`).

    The panel's own warnings (a report of unknown region, duplicate reports,
    units that cannot be compared, given values the text contradicts, …) are
    in `df.attrs["warnings"]` as `(code, message)` (pandas).

    `manifest` states what the text may not say, like the CLI's
    `--manifest`: the path of a manifest CSV (a header row naming `file` and
    any of `region`, `code`/`regionCode`, `year`/`planYear`), or a mapping
    from file (as given, or its base name) to `{"region": …, "code": …,
    "year": …}`. A given value fills what the text does not say; where the
    text says otherwise a warning names both and the text's value is used,
    unless `prefer_given=True`. `name_pattern` reads the same from each
    file's name, like the CLI's `--name-pattern`: `{year}` (the plan year),
    `{code}`, `{region}`, any other `{word}` matched and ignored
    (`"{year}_{province}_{region}.txt"`); a manifest's values win over the
    name's. Problems with the manifest or the pattern are warnings with the
    code `manifest`. `near_tolerance` is how far an approximate target
    (`左右`, `约`) may be missed and still be `near`, like the CLI's
    `--near-tolerance`: percentage points for targets in % (default 0.5), or
    `(points, relative)` with `relative` a share of the bound for other units
    (default 0.01); 0 turns `near` off. Other options as in `quantities()`.

    >>> df = govreport.panel(["hubei-2024.txt", "hubei-2025.txt"])  # doctest: +SKIP
    >>> df[["region", "year", "metric", "targetValue", "actualValue", "verdict"]]  # doctest: +SKIP
    """
    if backend not in ("pandas", "polars"):
        raise GovReportError("invalid-options", "backend must be 'pandas' or 'polars'")
    if name_pattern is not None and not isinstance(name_pattern, str):
        raise GovReportError("invalid-options", "name_pattern must be a str such as '{year}_{region}.txt'")
    errors = _check_errors(errors)
    files = _paths(paths)
    n_jobs = _jobs(jobs)
    limit = _limit(max_input_bytes)
    manifest_text, given = _manifest(manifest, files)
    tolerance = _near_tolerance(near_tolerance)
    bar = _progress_bar(len(files), progress, "panel")
    try:
        # The panel needs every report at once: one native call (the bar
        # shows the start and the end).
        try:
            columns, rows, fails, panel_warnings = _native.panel(
                files, files, n_jobs, limit, given, manifest_text, bool(prefer_given), name_pattern, tolerance
            )
        except ValueError as e:
            if str(e).startswith("invalid-options: "):
                raise GovReportError("invalid-options", str(e)[len("invalid-options: "):]) from None
            raise
        if bar is not None:
            bar.update(len(files))
    finally:
        if bar is not None:
            bar.close()
    failed = [FileError(files[i], code, msg) for i, code, msg in fails]
    _report_errors(failed, errors)
    frame = _frame(columns, rows, backend)
    if backend == "pandas":
        frame.attrs["errors"] = [tuple(f) for f in failed]
        frame.attrs["warnings"] = [tuple(w) for w in panel_warnings]
    return frame
