//! The Python boundary: the extension module `govreport._native`, a thin
//! PyO3 layer over the engine like `src/wasm.rs` is for WebAssembly.
//!
//! - A report crosses as a handle (`NativeReport`) that writes the engine's
//!   JSON model (`serde_json`) when Python first reads it; the Python package
//!   (`python/govreport/`) reads that with the C `json` module and wraps it
//!   in typed classes generated from `src/model.rs`. Every span is turned
//!   from UTF-16 code units into code points, the indices of Python's `str`.
//! - Files are read, decoded (as the CLI does) and parsed with the GIL
//!   released, on `jobs` threads; one file's failure is that file's result.
//! - Tables cross as columns (`govreport::table`, the CLI's rows).
//! - A failure crosses as `(code, message)`: the Python package raises
//!   `GovReportError` with the engine's stable code.
//!
//! Nothing here panics on any input; a panic in the engine would be caught
//! per file (`internal-error`).
#![forbid(unsafe_code)]

mod rows;

use govreport::decode::decode;
use govreport::{Options, Report, Span};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Why one input could not be read: the stable code and the message.
type Failure = (&'static str, String);

/// The options with the byte limit the caller gave.
fn options(max_input_bytes: usize) -> Options {
    Options { max_input_bytes }
}

/// Maps spans from UTF-16 code units to code points of one text.
struct CodePoints {
    /// UTF-16 offsets at which a character outside the BMP (two units) starts, ascending.
    astral: Vec<u32>,
}

impl CodePoints {
    fn new(text: &str) -> Self {
        let mut astral = Vec::new();
        // Only a 4-byte UTF-8 sequence (lead byte F0–F4) is two UTF-16 units.
        if !text.bytes().any(|b| b >= 0xF0) {
            return CodePoints { astral };
        }
        let mut unit: u32 = 0;
        for c in text.chars() {
            let width = c.len_utf16() as u32;
            if width == 2 {
                astral.push(unit);
            }
            unit = unit.saturating_add(width);
        }
        CodePoints { astral }
    }

    /// The code point index of a UTF-16 offset: one less for every astral
    /// character that starts before it.
    fn index(&self, unit: u32) -> u32 {
        let before = self.astral.partition_point(|&start| start < unit) as u32;
        unit.saturating_sub(before)
    }

    fn span(&self, span: &mut Span) {
        span[0] = self.index(span[0]);
        span[1] = self.index(span[1]);
    }

    /// Rewrites every span of the model (`Span` fields of `src/model.rs`).
    fn report(&self, report: &mut Report) {
        if self.astral.is_empty() {
            return;
        }
        for s in &mut report.sections {
            self.span(&mut s.span);
        }
        for p in &mut report.paragraphs {
            self.span(&mut p.span);
            for s in &mut p.sentences {
                self.span(s);
            }
        }
        for q in &mut report.quantities {
            self.span(&mut q.span);
            self.span(&mut q.sentence_span);
        }
        for g in &mut report.glossary {
            self.span(&mut g.span);
            for s in &mut g.occurrences {
                self.span(s);
            }
        }
    }
}

/// A parsed report, kept in Rust until Python reads it: the model is
/// written as JSON only when asked ([`NativeReport::json`]), so that `parse`
/// costs the engine and little more. Spans are already in code points.
#[pyclass(frozen, module = "govreport._native")]
struct NativeReport {
    report: Report,
}

#[pymethods]
impl NativeReport {
    /// The model as JSON (UTF-8 bytes), spans in code points.
    fn json<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let json = py
            .detach(|| serde_json::to_vec(&self.report))
            .map_err(|e| PyValueError::new_err(format!("internal-error: {e}")))?;
        Ok(PyBytes::new(py, &json))
    }
}

/// Parses text into a [`NativeReport`] with spans in code points.
fn parse_native(text: &str, max_input_bytes: usize) -> Result<NativeReport, Failure> {
    let mut report = parse_report(text, max_input_bytes)?;
    CodePoints::new(text).report(&mut report);
    Ok(NativeReport { report })
}

/// Decodes and parses a file's bytes into a [`NativeReport`] and its text.
fn read_native(bytes: &[u8], max_input_bytes: usize) -> Result<(NativeReport, String), Failure> {
    let (mut report, text) = read_report(bytes, max_input_bytes)?;
    CodePoints::new(&text).report(&mut report);
    Ok((NativeReport { report }, text))
}

/// Parses text, turning a panic (there should be none) into `internal-error`.
fn parse_report(text: &str, max_input_bytes: usize) -> Result<Report, Failure> {
    let opts = options(max_input_bytes);
    match catch_unwind(AssertUnwindSafe(|| govreport::parse_with(text, &opts))) {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(e)) => Err((e.code(), e.to_string())),
        Err(_) => Err((
            "internal-error",
            "the engine failed on this input".to_string(),
        )),
    }
}

/// Decodes a file's bytes like the CLI and parses them; the encoding's
/// warning comes first in `warnings`. Returns the report and the decoded text.
fn read_report(bytes: &[u8], max_input_bytes: usize) -> Result<(Report, String), Failure> {
    // Every encoding gives at least one UTF-8 byte per two input bytes (plus
    // a BOM): a far larger input is refused before it is decoded.
    if bytes.len() > max_input_bytes.saturating_mul(2).saturating_add(4) {
        return Err((
            "input-too-large",
            format!(
                "input is {} bytes, more than twice the limit of {max_input_bytes} bytes of text",
                bytes.len()
            ),
        ));
    }
    let (text, encoding) = decode(bytes).map_err(|e| (e.code(), e.to_string()))?;
    let mut report = parse_report(&text, max_input_bytes)?;
    if let Some(warning) = encoding.warning() {
        report.warnings.insert(0, warning);
    }
    Ok((report, text))
}

/// Reads one file from disk (see [`read_report`]).
fn load(path: &PathBuf, max_input_bytes: usize) -> Result<(Report, String), Failure> {
    let limit = max_input_bytes.saturating_mul(2).saturating_add(4) as u64;
    let meta = std::fs::metadata(path).map_err(|e| ("io-error", format!("cannot read: {e}")))?;
    if meta.is_dir() {
        return Err(("io-error", "is a directory, not a report file".to_string()));
    }
    if meta.len() > limit {
        return Err((
            "input-too-large",
            format!(
                "file is {} bytes, too large (the limit is {max_input_bytes} bytes of text)",
                meta.len()
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| ("io-error", format!("cannot read: {e}")))?;
    read_report(&bytes, max_input_bytes)
}

/// Runs `work` on every item on `jobs` threads (at least one), keeping the
/// input order. Each item's result is its own: a failure never stops the rest.
fn run_all<T: Sync, R: Send>(items: &[T], jobs: usize, work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let jobs = jobs.clamp(1, items.len().max(1));
    if jobs == 1 {
        return items.iter().map(&work).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    mine.push((i, work(item)));
                }
                if let Ok(mut all) = results.lock() {
                    all.extend(mine);
                }
            });
        }
    });
    let mut all = results.into_inner().unwrap_or_else(|e| e.into_inner());
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}

/// A failure as the Python tuple `(code, message)`.
fn failure_tuple<'py>(py: Python<'py>, (code, message): &Failure) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, [code.to_string(), message.clone()])
}

/// Parses a report from text: `(True, NativeReport)` or `(False, (code, message))`.
///
/// The text is read with the GIL released.
#[pyfunction]
fn parse<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    max_input_bytes: usize,
) -> PyResult<(bool, Bound<'py, PyAny>)> {
    let result = match text.to_cow() {
        Ok(text) => py.detach(|| parse_native(&text, max_input_bytes)),
        Err(_) => Err((
            "undecodable",
            "the str holds lone surrogates (U+D800–U+DFFF), which are not text".to_string(),
        )),
    };
    Ok(match result {
        Ok(report) => (true, Bound::new(py, report)?.into_any()),
        Err(f) => (false, failure_tuple(py, &f)?.into_any()),
    })
}

/// Decodes a file's bytes (UTF-8, UTF-16, GB18030 as the CLI) and parses
/// them: `(True, (NativeReport, text))` or `(False, (code, message))`.
#[pyfunction]
fn parse_bytes<'py>(
    py: Python<'py>,
    data: &[u8],
    max_input_bytes: usize,
) -> PyResult<(bool, Bound<'py, PyAny>)> {
    let result = py.detach(|| read_native(data, max_input_bytes));
    report_result(py, result)
}

/// A read result as `(True, (NativeReport, text))` or `(False, (code, message))`.
fn report_result<'py>(
    py: Python<'py>,
    result: Result<(NativeReport, String), Failure>,
) -> PyResult<(bool, Bound<'py, PyAny>)> {
    Ok(match result {
        Ok((report, text)) => {
            let pair = PyTuple::new(
                py,
                [
                    Bound::new(py, report)?.into_any(),
                    PyString::new(py, &text).into_any(),
                ],
            )?;
            (true, pair.into_any())
        }
        Err(f) => (false, failure_tuple(py, &f)?.into_any()),
    })
}

/// Reads many files on `jobs` threads with the GIL released: one result per
/// path, in order, each `(True, (NativeReport, text))` or `(False, (code, message))`.
#[pyfunction]
fn read_many<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    jobs: usize,
    max_input_bytes: usize,
) -> PyResult<Bound<'py, PyList>> {
    let results = py.detach(|| {
        run_all(&paths, jobs, |path| {
            load(path, max_input_bytes).map(|(mut report, text)| {
                CodePoints::new(&text).report(&mut report);
                (NativeReport { report }, text)
            })
        })
    });
    let list = PyList::empty(py);
    for result in results {
        list.append(report_result(py, result)?)?;
    }
    Ok(list)
}

/// One of the CLI's tables for many files, read on `jobs` threads with the
/// GIL released: `(columns, rows, failures)` where `rows` is one list of
/// cells per row (None, int, float or str, as the CLI's JSON lines) and
/// `failures` lists `(index, code, message)` of the files that could not be read.
///
/// `table` is `quantities` or `targets` (a row per quantity or target of
/// each file, named by `names[i]`).
#[pyfunction]
fn table<'py>(
    py: Python<'py>,
    table: &str,
    paths: Vec<PathBuf>,
    names: Vec<String>,
    jobs: usize,
    max_input_bytes: usize,
) -> PyResult<Bound<'py, PyTuple>> {
    let kind = match table {
        "quantities" => rows::Kind::Quantities,
        "targets" => rows::Kind::Targets,
        other => return Err(PyValueError::new_err(format!("unknown table '{other}'"))),
    };
    let items: Vec<(&PathBuf, &str)> = paths
        .iter()
        .zip(
            names
                .iter()
                .map(String::as_str)
                .chain(std::iter::repeat("")),
        )
        .collect();
    let results = py.detach(|| {
        run_all(&items, jobs, |(path, name)| {
            load(path, max_input_bytes).map(|(report, _)| rows::rows(kind, name, &report))
        })
    });
    let mut all = Vec::new();
    let mut failures = Vec::new();
    for (i, result) in results.into_iter().enumerate() {
        match result {
            Ok(rows) => all.extend(rows),
            Err((code, message)) => failures.push((i, code, message)),
        }
    }
    table_tuple(py, rows::columns(kind), &all, failures)
}

/// What a caller states about one file: `(region, code, plan_year)`.
type GivenTuple = (Option<String>, Option<String>, Option<i32>);

/// The panel of many files: `(columns, rows, failures, warnings)`, the
/// CLI's `panel` CSV columns, with `warnings` as `(code, message)`.
///
/// `near_tolerance` is `(points, relative)` (see `NearTolerance`; the
/// default when `None`). `given[i]` is what the caller states about `paths[i]`; `manifest`, the
/// text of a manifest CSV (`govreport::panel::given::parse_manifest`), adds
/// to it for the files whose name or base name a row names, like the CLI's
/// `--manifest`. Its problems are warnings with the code `manifest`.
#[pyfunction]
#[pyo3(signature = (paths, names, jobs, max_input_bytes, given, manifest=None, prefer_given=false, name_pattern=None, near_tolerance=None))]
#[allow(clippy::too_many_arguments)]
fn panel<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    names: Vec<String>,
    jobs: usize,
    max_input_bytes: usize,
    given: Vec<GivenTuple>,
    manifest: Option<String>,
    prefer_given: bool,
    name_pattern: Option<String>,
    near_tolerance: Option<(f64, f64)>,
) -> PyResult<Bound<'py, PyTuple>> {
    use govreport::panel::given::NamePattern;
    use govreport::panel::{
        given as stated, Given, NearTolerance, PanelBuilder, PanelInput, PanelOptions, ReportInput,
    };
    let mut givens: Vec<Given> = (0..paths.len())
        .map(|i| match given.get(i) {
            Some((region, code, plan_year)) => Given {
                region: region.clone(),
                code: code.clone(),
                plan_year: *plan_year,
            },
            None => Given::default(),
        })
        .collect();
    let mut manifest_problems = Vec::new();
    // A name pattern gives first; what the caller or a manifest gives wins
    // over it (as in the CLI).
    if let Some(pattern) = &name_pattern {
        let parsed = NamePattern::parse(pattern)
            .map_err(|e| PyValueError::new_err(format!("invalid-options: name pattern: {e}")))?;
        manifest_problems.extend(stated::apply_name_pattern(&parsed, &names, &mut givens));
    }
    if let Some(text) = &manifest {
        manifest_problems.extend(stated::apply_manifest(text, &names, &mut givens));
    }
    manifest_problems.extend(stated::duplicate_claims(&names, &givens));
    let options = PanelOptions {
        prefer_given,
        near_tolerance: near_tolerance.map_or(NearTolerance::DEFAULT, |(points, relative)| {
            NearTolerance { points, relative }
        }),
    };
    // Reports are read a chunk at a time (on the threads) and added to the
    // builder in order: only their selected figures stay (the CSV columns
    // need no sentences), as in the CLI.
    let mut builder = PanelBuilder::new(&options).without_text();
    let mut failures = Vec::new();
    let chunk = if jobs <= 1 { 1 } else { jobs.saturating_mul(4) };
    let built = py.detach(|| {
        catch_unwind(AssertUnwindSafe(|| {
            for (c, part) in paths.chunks(chunk).enumerate() {
                let results = run_all(part, jobs, |path| {
                    load(path, max_input_bytes).map(|(report, _)| ReportInput::from(&report))
                });
                for (k, result) in results.into_iter().enumerate() {
                    let i = c * chunk + k;
                    match result {
                        Ok(report) => builder.add(&PanelInput {
                            file: names.get(i).cloned().unwrap_or_default(),
                            report,
                            given: givens.get(i).cloned().unwrap_or_default(),
                        }),
                        Err((code, message)) => failures.push((i, code, message)),
                    }
                }
            }
            let mut rows = builder.finish();
            let mut warnings = rows.take_warnings();
            let mut all = Vec::new();
            while let Some(row) = rows.next() {
                all.push(govreport::table::panel_row(&row));
                warnings.append(&mut rows.take_warnings());
            }
            warnings.append(&mut rows.take_warnings());
            (all, warnings)
        }))
    });
    let Ok((all, built_warnings)) = built else {
        return Err(PyValueError::new_err(
            "internal-error: the panel stage failed",
        ));
    };
    let out = table_tuple(py, rows::columns(rows::Kind::Panel), &all, failures)?;
    let warnings = PyList::empty(py);
    for problem in &manifest_problems {
        warnings.append(("manifest", problem.as_str()))?;
    }
    for w in &built_warnings {
        warnings.append((w.code.as_str(), w.message.as_str()))?;
    }
    let mut items: Vec<Bound<'py, PyAny>> = out.iter().collect();
    items.push(warnings.into_any());
    PyTuple::new(py, items)
}

/// `(columns, rows, failures)` as Python objects.
fn table_tuple<'py>(
    py: Python<'py>,
    columns: &[&str],
    all: &[Vec<serde_json::Value>],
    failures: Vec<(usize, &'static str, String)>,
) -> PyResult<Bound<'py, PyTuple>> {
    let rows = PyList::empty(py);
    for row in all {
        let cells = PyList::empty(py);
        for cell in row {
            cells.append(cell_object(py, cell)?)?;
        }
        rows.append(cells)?;
    }
    let failed = PyList::empty(py);
    for (i, code, message) in failures {
        failed.append((i, code, message))?;
    }
    let columns = PyList::new(py, columns)?;
    PyTuple::new(py, [columns.into_any(), rows.into_any(), failed.into_any()])
}

/// One table cell as a Python value: None, int, float or str.
fn cell_object<'py>(py: Python<'py>, cell: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    Ok(match cell {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(f) = n.as_f64() {
                f.into_pyobject(py)?.into_any()
            } else {
                py.None().into_bound(py)
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        other => PyString::new(py, &other.to_string()).into_any(),
    })
}

/// For benchmarks (`scripts/bench-python.py`), not API: the best of `runs` times of
/// the engine alone (`govreport::parse`, no conversion) on `text`, in seconds.
#[pyfunction]
fn _engine_seconds(py: Python<'_>, text: &Bound<'_, PyString>, runs: usize) -> PyResult<f64> {
    let text = text.to_cow()?;
    Ok(py.detach(|| {
        let mut best = f64::INFINITY;
        for _ in 0..runs.max(1) {
            let start = std::time::Instant::now();
            let report = govreport::parse(&text);
            best = best.min(start.elapsed().as_secs_f64());
            drop(std::hint::black_box(report));
        }
        best
    }))
}

/// The engine's version, e.g. `0.1.0`.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The model's schema version.
#[pyfunction]
fn schema_version() -> u32 {
    govreport::SCHEMA_VERSION
}

/// The extension module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeReport>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(read_many, m)?)?;
    m.add_function(wrap_pyfunction!(table, m)?)?;
    m.add_function(wrap_pyfunction!(panel, m)?)?;
    m.add_function(wrap_pyfunction!(_engine_seconds, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(schema_version, m)?)?;
    Ok(())
}
