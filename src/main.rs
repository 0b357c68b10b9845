//! The `govreport` command-line tool: reads report files (UTF-8, UTF-16 or
//! GB18030/GBK) and prints the JSON model, one record per quantity (JSON
//! lines or CSV), the plan year's targets, or the panel of several reports
//! (each year's target against the next report's result). Run `govreport --help`.
//!
//! The arguments are read by clap (derive); the rows and the CSV come from
//! [`govreport::table`]; files are read on `--jobs` threads, a chunk at a
//! time, and their results written in the order of the command line.
#![forbid(unsafe_code)]

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use govreport::decode::decode;
use govreport::panel::given::{self, Given, NamePattern};
use govreport::panel::{NearTolerance, PanelBuilder, PanelInput, PanelOptions, ReportInput};
use govreport::table::{self, CsvGuard};
use govreport::{Options, Report};
use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The help after the generated usage, commands and options.
const MORE_HELP: &str = "\
COMMANDS IN DETAIL:
    extract   With one FILE: the whole model as pretty JSON (schemaVersion 1:
              meta, sections, paragraphs, quantities, targets, headline,
              glossary, warnings). With several FILEs: one record per quantity
              as JSON lines. `--format` chooses explicitly; `--format json`
              with several FILEs prints a JSON array of the models.
    targets   One row per plan-year target, CSV by default.
    panel     The reports read together, CSV by default: one row per region ×
              year × canonical metric × kind, with the target the report
              planning that year set, the result the report reviewing it
              gives, their gap and a verdict (met, near, missed, no-result,
              no-target). FILEs in any order, of any regions and years.
              Warnings (unknown region or year, duplicate reports, units that
              cannot be compared, given values the text contradicts) go to
              stderr as `govreport: warning: CODE: …`. Reports are read one at
              a time and only what the panel needs is kept, so memory stays
              flat in the number of FILEs; `--jobs N` reads on N threads with
              the same output.

FILES:
    `-` reads standard input. Encodings are detected: a byte order mark (UTF-8,
    UTF-16LE, UTF-16BE), UTF-16 without one, else UTF-8, else GB18030 (which
    includes GBK). When a file is not plain UTF-8 the report's `warnings` say
    which encoding was used (decoded-gb18030, decoded-utf16le, decoded-utf16be,
    decoded-utf8-bom). A byte order mark is removed before reading, so spans
    index the decoded text as JavaScript's TextDecoder returns it.

METADATA YOU STATE (--manifest, --name-pattern):
    A manifest is a CSV file (any of the encodings above) with a header row:
    `file` and at least one of `region` (a name: 赣州市 or 赣州), `code` (the
    6-digit GB/T 2260 code, e.g. 360700) and `year` (the year the report was
    delivered, which it plans; it reviews the year before); other columns
    are ignored. A row applies to the FILE with that path or that file name.
    A name pattern reads the same from file names: `{year}` (4 digits),
    `{region}`, `{code}` (6 digits); any other `{word}` (`{province}`)
    matches text that is not used, e.g.
        --name-pattern '{year}_{province}_{region}.txt'
    A manifest's values win over the pattern's. A given value fills what the
    text does not say; when the text says otherwise a warning names the file
    and both values and the text's value is used, unless --prefer-given.
    Panel rows say where their region and year came from (regionSource,
    yearSource: read or given). Problems (a manifest row naming no FILE, a
    bad code or year, a name the pattern does not match, two FILEs given the
    same region and year) are reported one message each on stderr; every
    FILE is still read, and the exit status is 1.

CSV AND SPREADSHEETS:
    Every CSV text cell that begins with `=`, `+`, `-`, `@`, a tab or a
    carriage return gets a leading `'`, so that a spreadsheet shows it as
    text instead of running it as a formula (file names, metrics, sentences
    come from untrusted input). Numeric columns are never changed: `-0.5`
    stays a number. `--raw-csv` writes every cell as it is, for pipelines.

RECORDS:
    extract (jsonl, csv), one per quantity:
        file, region, reviewYear, planYear, id, text, start, end, value, hi,
        unit, base, dimension, qual, kind, direction, status, year, metric,
        metricId, sectionId, sentence
    targets (csv, jsonl), one per target:
        file, region, planYear, metricId, metric, kind, value, hi, qual, unit,
        quantityId
    panel (csv, jsonl), one per row:
        region, year, metricId, metric, kind, unit, targetValue, targetHi,
        targetQual, targetFile, targetQuantityId, actualValue, actualStatus,
        actualFile, actualQuantityId, gap, verdict, regionCode, regionSource,
        yearSource
      jsonl adds: rule, bound, targetMetric, targetSentence, actualQual,
        actualWrittenValue, actualWrittenUnit, actualMetric, actualSentence,
        alternatives
      The verdict rule: the result must reach the target's lower bound
      (5%左右 → 5, a range's low end); for cpi, unemployment_rate,
      deficit_ratio and targets qualified at_most it must not exceed the bound
      (a range's high end); for a fall target (下降3%) the fall must reach it.
      gap = result − bound in the target's unit (falls as falls); results in
      another unit of the same measure are converted (万吨 → 亿斤). An
      approximate target (左右, 约) missed by at most the tolerance is `near`
      (default ±0.5 percentage points for targets in %, ±1 % of the bound
      for other units; --near-tolerance changes it, 0 turns near off).
    `start`/`end` are the quantity's span: UTF-16 offsets [start, end) into the
    decoded text. Missing values are empty in CSV and null in JSON.

EXIT STATUS:
    0  every file was read
    1  some file could not be read, decoded or parsed (a message on stderr
       names it; the other files are still processed), a manifest or name
       pattern problem, or output failed
    2  usage error (an unknown option gets a suggestion), or a manifest that
       cannot be read

EXAMPLES:
    govreport extract report.txt > report.json
    govreport extract --format csv reports/*.txt > quantities.csv
    govreport targets reports/*.txt
    govreport panel reports/hubei-2024.txt reports/hubei-2025.txt
    govreport panel --jobs 2 --name-pattern '{year}_{province}_{region}.txt' cities/*.txt
    govreport panel --manifest files.csv reports/*.txt
    iconv -f utf-8 -t gbk report.txt | govreport extract -
";

/// govreport — reads Chinese government work reports (政府工作报告) into structured data
#[derive(Debug, Parser)]
#[command(
    name = "govreport",
    after_help = MORE_HELP,
    subcommand_required = true,
    arg_required_else_help = false
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
    #[command(flatten)]
    opts: Opts,
}

/// The options every command takes (before or after the command).
#[derive(Debug, Args)]
struct Opts {
    /// json, jsonl (one JSON object per line; also `ndjson`) or csv (RFC 4180:
    /// header row once, fields quoted when needed, CRLF lines)
    #[arg(short, long, value_enum, value_name = "FMT", global = true)]
    format: Option<Format>,
    /// Write CSV cells as they are, without the `'` before a cell a
    /// spreadsheet would run as a formula
    #[arg(long, global = true)]
    raw_csv: bool,
    /// A CSV file stating FILEs' region, code or year (columns file, region
    /// or code, year)
    #[arg(long, value_name = "FILE.csv", global = true)]
    manifest: Option<OsString>,
    /// Read region, code or year from file names, e.g. '{year}_{province}_{region}.txt'
    #[arg(long, value_name = "PATTERN", global = true)]
    name_pattern: Option<String>,
    /// When a given region or year contradicts the text, use the given one
    #[arg(long, global = true)]
    prefer_given: bool,
    /// How far an approximate target (左右, 约) may be missed and still be
    /// `near`: POINTS for targets in % (default 0.5), RELATIVE a share of the
    /// bound for other units (default 0.01); 0 turns near off
    #[arg(long, value_name = "POINTS[,RELATIVE]", global = true, value_parser = near_tolerance)]
    near_tolerance: Option<NearTolerance>,
    /// Read files on N threads (output identical to --jobs 1)
    #[arg(short, long, value_name = "N", default_value_t = 1, global = true,
          value_parser = clap::value_parser!(u16).range(1..=256))]
    jobs: u16,
}

/// What to do.
#[derive(Debug, Subcommand)]
enum Cmd {
    /// The whole model as JSON (one FILE), or one record per quantity (several)
    #[command(after_help = MORE_HELP)]
    Extract(FilesArg),
    /// One row per plan-year target (CSV by default)
    #[command(after_help = MORE_HELP)]
    Targets(FilesArg),
    /// The reports read together: targets against the next report's results (CSV by default)
    #[command(after_help = MORE_HELP)]
    Panel(FilesArg),
}

/// The files a command reads.
#[derive(Debug, Args)]
struct FilesArg {
    /// Report files (`-` for standard input; after `--` every argument is a FILE)
    #[arg(required = true, value_name = "FILE")]
    files: Vec<OsString>,
}

/// What to do, without its files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Extract,
    Targets,
    Panel,
}

/// How to print it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The JSON model (extract only)
    Json,
    /// One JSON object per line
    #[value(alias = "ndjson")]
    Jsonl,
    /// RFC 4180 CSV
    Csv,
}

/// A command line that asks for work.
#[derive(Debug)]
struct Run {
    command: Command,
    format: Format,
    files: Vec<OsString>,
    guard: CsvGuard,
    manifest: Option<OsString>,
    name_pattern: Option<String>,
    prefer_given: bool,
    near_tolerance: NearTolerance,
    jobs: usize,
}

/// Reads `--near-tolerance POINTS[,RELATIVE]`: finite, non-negative numbers.
fn near_tolerance(value: &str) -> Result<NearTolerance, String> {
    let number = |s: &str| match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(format!("'{s}' is not a non-negative number")),
    };
    let (points, relative) = match value.split_once(',') {
        Some((p, r)) => (number(p)?, number(r)?),
        None => (number(value)?, NearTolerance::DEFAULT.relative),
    };
    Ok(NearTolerance { points, relative })
}

/// What the command line asks for, or what to print instead.
#[derive(Debug)]
enum Request {
    Run(Box<Run>),
    /// Help or version text for standard output.
    Print(String),
    /// A usage error, for standard error.
    Usage(String),
}

/// The clap command with its version line.
fn command() -> clap::Command {
    let version = format!(
        "{} (schemaVersion {})",
        env!("CARGO_PKG_VERSION"),
        govreport::SCHEMA_VERSION
    );
    // Built once per run; clap without its `string` feature wants a static str.
    Cli::command().version(&*Box::leak(version.into_boxed_str()))
}

/// Reads the command line (with the program name first).
fn parse_args(args: impl IntoIterator<Item = OsString>) -> Request {
    let mut cmd = command();
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(m) => m,
        Err(e) => return clap_error(e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return clap_error(e.with_cmd(&cmd)),
    };
    let (command, files) = match cli.command {
        Cmd::Extract(f) => (Command::Extract, f.files),
        Cmd::Targets(f) => (Command::Targets, f.files),
        Cmd::Panel(f) => (Command::Panel, f.files),
    };
    let format = match (command, cli.opts.format) {
        (Command::Targets | Command::Panel, Some(Format::Json)) => {
            let name = if command == Command::Targets {
                "targets"
            } else {
                "panel"
            };
            let e = cmd.error(
                clap::error::ErrorKind::InvalidValue,
                format!("{name} prints csv or jsonl, not json"),
            );
            return clap_error(e);
        }
        (_, Some(f)) => f,
        (Command::Extract, None) if files.len() == 1 => Format::Json,
        (Command::Extract, None) => Format::Jsonl,
        (Command::Targets | Command::Panel, None) => Format::Csv,
    };
    Request::Run(Box::new(Run {
        command,
        format,
        files,
        guard: if cli.opts.raw_csv {
            CsvGuard::Off
        } else {
            CsvGuard::On
        },
        manifest: cli.opts.manifest,
        name_pattern: cli.opts.name_pattern,
        prefer_given: cli.opts.prefer_given,
        near_tolerance: cli.opts.near_tolerance.unwrap_or_default(),
        jobs: usize::from(cli.opts.jobs.max(1)),
    }))
}

/// Help and version go to standard output; errors become `govreport: …`
/// with clap's context, suggestion and usage.
fn clap_error(e: clap::Error) -> Request {
    use clap::error::ErrorKind;
    let text = e.render().to_string();
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Request::Print(text),
        _ => {
            let text = text.strip_prefix("error: ").unwrap_or(&text).trim_end();
            let usage = if text.contains("Usage:") {
                ""
            } else {
                "\nUsage: govreport extract|targets|panel [OPTIONS] FILE...\n\nFor more information, try '--help'."
            };
            Request::Usage(format!("govreport: {text}{usage}"))
        }
    }
}

fn main() -> ExitCode {
    let run = match parse_args(std::env::args_os()) {
        Request::Run(run) => run,
        Request::Print(text) => return finish(write_all(text.as_bytes()), false),
        Request::Usage(message) => {
            let _ = writeln!(io::stderr(), "{message}");
            return ExitCode::from(2);
        }
    };
    let givens = match stated(&run) {
        Ok(g) => g,
        Err(message) => {
            let _ = writeln!(io::stderr(), "govreport: {message}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = execute(&run, &givens.0, &mut out).and_then(|failed| out.flush().map(|()| failed));
    match result {
        Ok(failed) => finish(Ok(()), failed || givens.1),
        Err(e) => finish(Err(e), false),
    }
}

/// Writes bytes to standard output.
fn write_all(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// The exit code: a closed pipe (`govreport … | head`) ends quietly and
/// successfully; any other output error is reported.
fn finish(result: io::Result<()>, failed: bool) -> ExitCode {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "govreport: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        Ok(()) if failed => ExitCode::FAILURE,
        Ok(()) => ExitCode::SUCCESS,
    }
}

/// A file's name as rows cite it.
fn display_name(file: &OsString) -> String {
    if file == "-" {
        "-".to_string()
    } else {
        file.to_string_lossy().into_owned()
    }
}

/// What the manifest and the name pattern state about each FILE, and
/// whether any problem was reported (each on stderr). An unreadable
/// manifest or a bad pattern is an error.
fn stated(run: &Run) -> Result<(Vec<Given>, bool), String> {
    let names: Vec<String> = run.files.iter().map(display_name).collect();
    let mut givens = vec![Given::default(); names.len()];
    let mut problems: Vec<String> = Vec::new();
    if let Some(pattern) = &run.name_pattern {
        let pattern = NamePattern::parse(pattern)?;
        problems.extend(given::apply_name_pattern(&pattern, &names, &mut givens));
    }
    if let Some(manifest) = &run.manifest {
        let shown = manifest.to_string_lossy();
        let bytes = read_bytes(manifest).map_err(|e| format!("{shown}: {e}"))?;
        let (text, _) = decode(&bytes).map_err(|e| format!("{shown}: {e}"))?;
        let bad = given::apply_manifest(&text, &names, &mut givens);
        problems.extend(bad.into_iter().map(|p| format!("{shown}: {p}")));
    }
    problems.extend(given::duplicate_claims(&names, &givens));
    for p in &problems {
        let _ = writeln!(io::stderr(), "govreport: {p}");
    }
    Ok((givens, !problems.is_empty()))
}

/// What reading one file gives, ready to write.
enum Done {
    /// The model (extract as JSON).
    Model(Box<Report>),
    /// Rendered records and the warnings about given values.
    Text(String, Vec<String>),
    /// What the panel keeps.
    Panel(Box<PanelInput>),
}

/// Reads one file and keeps what the command needs.
fn work(run: &Run, file: &OsString, name: &str, given: &Given) -> Result<Done, String> {
    let mut report = load(file)?;
    if run.command == Command::Panel {
        let mut input = ReportInput::from(&report);
        drop(report);
        if run.format == Format::Csv {
            // The CSV has no sentences: keep none.
            for q in &mut input.quantities {
                q.sentence = String::new();
            }
        }
        input.quantities.shrink_to_fit();
        return Ok(Done::Panel(Box::new(PanelInput {
            file: name.to_string(),
            report: input,
            given: given.clone(),
        })));
    }
    let mut warnings = Vec::new();
    if !given.is_empty() {
        let meta = &report.meta;
        let known = given::reconcile(
            name,
            given::Read::from(meta),
            given,
            run.prefer_given,
            &mut warnings,
        );
        // The region as written stays unless the given one is used.
        if known.region_source == govreport::Source::Given {
            report.meta.region = known.region;
            report.meta.region_code = known.code;
        }
        report.meta.review_year = known.review_year;
        report.meta.plan_year = known.plan_year;
        report.warnings.extend(warnings.iter().cloned());
    }
    let lines: Vec<String> = warnings
        .iter()
        .map(|w| format!("govreport: warning: {}: {}", w.code, w.message))
        .collect();
    let rows = match run.command {
        Command::Extract if run.format == Format::Json => return Ok(Done::Model(Box::new(report))),
        Command::Extract => table::quantity_rows(name, &report),
        _ => table::target_rows(name, &report),
    };
    Ok(Done::Text(render(run, &rows), lines))
}

/// Records as CSV lines or JSON lines.
fn render(run: &Run, rows: &[Vec<table::Cell>]) -> String {
    let columns = match run.command {
        Command::Extract => table::QUANTITY_COLUMNS,
        Command::Targets => table::TARGET_COLUMNS,
        Command::Panel => table::PANEL_COLUMNS,
    };
    let mut text = String::new();
    for row in rows {
        if run.format == Format::Csv {
            text.push_str(&table::csv_row(row, run.guard));
        } else {
            text.push_str(&table::json_line(columns, row));
            text.push('\n');
        }
    }
    text
}

/// Progress on stderr when it is a terminal: `read N of M files`.
struct Progress {
    on: bool,
    total: usize,
}

impl Progress {
    fn show(&self, done: usize) {
        if self.on {
            let _ = write!(
                io::stderr(),
                "\rgovreport: read {done} of {} files",
                self.total
            );
        }
    }

    /// Clears the line before a message.
    fn clear(&self) {
        if self.on {
            let _ = write!(io::stderr(), "\r\x1b[K");
        }
    }
}

/// Processes every file; returns whether some file failed.
fn execute(run: &Run, givens: &[Given], out: &mut impl Write) -> io::Result<bool> {
    let columns = match run.command {
        Command::Extract => table::QUANTITY_COLUMNS,
        Command::Targets => table::TARGET_COLUMNS,
        Command::Panel => table::PANEL_COLUMNS,
    };
    if run.format == Format::Csv {
        // Even with no rows at all, a CSV file has its header.
        out.write_all(table::csv_line(columns.iter().copied()).as_bytes())?;
    }
    let names: Vec<String> = run.files.iter().map(display_name).collect();
    let progress = Progress {
        on: run.files.len() > 1 && io::stderr().is_terminal(),
        total: run.files.len(),
    };
    let several = run.files.len() > 1;
    let mut failed = false;
    let mut models = Vec::new();
    let options = PanelOptions {
        prefer_given: run.prefer_given,
        near_tolerance: run.near_tolerance,
    };
    let mut builder = PanelBuilder::new(&options);
    if run.format == Format::Csv {
        // The CSV has no sentences nor metrics as written: keep none.
        builder = builder.without_text();
    }
    let mut done = 0;
    let mut emit =
        |out: &mut dyn Write, at: usize, result: Result<Done, String>| -> io::Result<()> {
            done += 1;
            match result {
                Err(message) => {
                    out.flush()?;
                    progress.clear();
                    let name = names.get(at).map_or("", String::as_str);
                    let _ = writeln!(io::stderr(), "govreport: {name}: {message}");
                    failed = true;
                }
                Ok(Done::Model(report)) if several => models.push(report),
                Ok(Done::Model(report)) => {
                    serde_json::to_writer_pretty(&mut *out, &report)?;
                    writeln!(out)?;
                }
                Ok(Done::Text(text, warnings)) => {
                    if !warnings.is_empty() {
                        out.flush()?;
                        progress.clear();
                        for w in warnings {
                            let _ = writeln!(io::stderr(), "{w}");
                        }
                    }
                    out.write_all(text.as_bytes())?;
                }
                // The report's figures are kept; the rest of it is dropped here.
                Ok(Done::Panel(input)) => builder.add(&input),
            }
            progress.show(done);
            Ok(())
        };
    let jobs = run.jobs.max(1);
    // A chunk of files is read on the threads, then written in order.
    let chunk = if jobs == 1 { 1 } else { jobs * 4 };
    let mut start = 0;
    while start < run.files.len() {
        let end = (start + chunk).min(run.files.len());
        let results = read_chunk(run, givens, &names, start..end, jobs);
        for (at, result) in (start..end).zip(results) {
            emit(out, at, result)?;
        }
        start = end;
    }
    progress.clear();
    if run.command == Command::Panel {
        write_panel(run, builder, out)?;
    }
    if several && run.command == Command::Extract && run.format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &models)?;
        writeln!(out)?;
    }
    Ok(failed)
}

/// Writes the panel's rows as they are made, each row's warnings on stderr
/// as it is made (the warnings about the reports first, `no-pairs` last).
fn write_panel(run: &Run, builder: PanelBuilder, out: &mut impl Write) -> io::Result<()> {
    let mut rows = builder.finish();
    warn(out, rows.take_warnings())?;
    while let Some(row) = rows.next() {
        if run.format == Format::Csv {
            out.write_all(table::csv_row(&table::panel_row(&row), run.guard).as_bytes())?;
        } else {
            serde_json::to_writer(&mut *out, &row)?;
            out.write_all(b"\n")?;
        }
        warn(out, rows.take_warnings())?;
    }
    warn(out, rows.take_warnings())
}

/// Prints panel warnings on stderr, after what is written so far.
fn warn(out: &mut impl Write, warnings: Vec<govreport::Warning>) -> io::Result<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    out.flush()?;
    for w in warnings {
        let _ = writeln!(
            io::stderr(),
            "govreport: warning: {}: {}",
            w.code,
            w.message
        );
    }
    Ok(())
}

/// Reads the files `range` on up to `jobs` threads; results in file order.
fn read_chunk(
    run: &Run,
    givens: &[Given],
    names: &[String],
    range: std::ops::Range<usize>,
    jobs: usize,
) -> Vec<Result<Done, String>> {
    let one = |at: usize| -> Result<Done, String> {
        let file = run.files.get(at).ok_or("no such file")?;
        let name = names.get(at).map_or("", String::as_str);
        let given = givens.get(at).cloned().unwrap_or_default();
        work(run, file, name, &given)
    };
    let threads = jobs.min(range.len());
    if threads <= 1 {
        return range.map(one).collect();
    }
    let next = AtomicUsize::new(range.start);
    let mut results: Vec<(usize, Result<Done, String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        if at >= range.end {
                            break;
                        }
                        mine.push((at, one(at)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec![(usize::MAX, Err("a reader thread failed".into()))])
            })
            .collect()
    });
    results.sort_by_key(|(at, _)| *at);
    results.into_iter().map(|(_, r)| r).collect()
}

/// The most bytes a report file may have: UTF-16 and GB18030 take at least
/// half a byte per UTF-8 byte, so a file of more than twice the limit is
/// too large whatever its encoding.
fn max_file() -> usize {
    Options::default().max_input_bytes.saturating_mul(2)
}

/// Reads a file's bytes (`-`: standard input), refusing directories and
/// files over [`max_file`].
fn read_bytes(file: &OsString) -> Result<Vec<u8>, String> {
    let options = Options::default();
    let max_file = max_file();
    let bytes = if file == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .take(max_file as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        bytes
    } else {
        let path = Path::new(file);
        let size = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
        if size.is_dir() {
            return Err("is a directory, not a report file".to_string());
        }
        if size.len() > max_file as u64 {
            return Err(format!(
                "file is {} bytes, too large (the limit is {} bytes of text)",
                size.len(),
                options.max_input_bytes
            ));
        }
        std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?
    };
    if bytes.len() > max_file {
        return Err(format!(
            "input is more than {max_file} bytes, too large (the limit is {} bytes of text)",
            options.max_input_bytes
        ));
    }
    Ok(bytes)
}

/// Reads, decodes and parses one file (`-`: standard input).
fn load(file: &OsString) -> Result<Report, String> {
    let bytes = read_bytes(file)?;
    let (text, encoding) = decode(&bytes).map_err(|e| e.to_string())?;
    drop(bytes);
    let mut report =
        govreport::parse_with(&text, &Options::default()).map_err(|e| e.to_string())?;
    if let Some(warning) = encoding.warning() {
        report.warnings.insert(0, warning);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Request {
        parse_args(
            std::iter::once("govreport")
                .chain(list.iter().copied())
                .map(OsString::from),
        )
    }

    fn run(list: &[&str]) -> Run {
        match args(list) {
            Request::Run(run) => *run,
            other => panic!("{list:?}: {other:?}"),
        }
    }

    #[test]
    fn near_tolerance_flag() {
        assert_eq!(
            run(&["panel", "a.txt"]).near_tolerance,
            NearTolerance::DEFAULT
        );
        let r = run(&["panel", "a.txt", "--near-tolerance", "0.3"]);
        assert_eq!(r.near_tolerance.points, 0.3);
        assert_eq!(r.near_tolerance.relative, NearTolerance::DEFAULT.relative);
        let r = run(&["panel", "--near-tolerance=0,0", "a.txt"]);
        assert_eq!(r.near_tolerance, NearTolerance::NONE);
        for bad in ["-1", "wide", "NaN", "inf", "0.5,x"] {
            let arg = format!("--near-tolerance={bad}");
            assert!(
                matches!(args(&["panel", &arg, "a.txt"]), Request::Usage(_)),
                "{bad}"
            );
        }
    }

    #[test]
    fn command_lines() {
        let r = run(&["extract", "a.txt"]);
        assert_eq!(
            (r.command, r.format, r.files.len(), r.guard, r.jobs),
            (Command::Extract, Format::Json, 1, CsvGuard::On, 1)
        );
        let r = run(&["extract", "a.txt", "b.txt"]);
        assert_eq!(r.format, Format::Jsonl);
        let r = run(&["extract", "--format=csv", "a.txt"]);
        assert_eq!(r.format, Format::Csv);
        let r = run(&["extract", "a.txt", "-f", "jsonl"]);
        assert_eq!(r.format, Format::Jsonl);
        let r = run(&["extract", "a.txt", "-f", "ndjson"]);
        assert_eq!(r.format, Format::Jsonl);
        let r = run(&["--format", "csv", "extract", "a.txt"]);
        assert_eq!(r.format, Format::Csv, "options before the command too");
        let r = run(&["targets", "-"]);
        assert_eq!((r.command, r.format), (Command::Targets, Format::Csv));
        let r = run(&["panel", "a.txt", "b.txt", "--raw-csv", "-j", "3"]);
        assert_eq!(
            (r.command, r.format, r.guard, r.jobs),
            (Command::Panel, Format::Csv, CsvGuard::Off, 3)
        );
        let r = run(&[
            "panel",
            "--manifest",
            "m.csv",
            "--name-pattern",
            "{year}_{region}.txt",
            "--prefer-given",
            "a.txt",
        ]);
        assert_eq!(r.manifest, Some(OsString::from("m.csv")));
        assert_eq!(r.name_pattern.as_deref(), Some("{year}_{region}.txt"));
        assert!(r.prefer_given);
        let r = run(&["panel", "-f", "jsonl", "a.txt"]);
        assert_eq!(r.format, Format::Jsonl);
        let r = run(&["extract", "--", "--help", "-x"]);
        assert_eq!(
            r.files,
            vec![OsString::from("--help"), OsString::from("-x")]
        );
        for help in [&["extract", "--help"][..], &["help"], &["--help"], &["-h"]] {
            assert!(
                matches!(args(help), Request::Print(ref t) if t.contains("EXIT STATUS")),
                "{help:?}"
            );
        }
        assert!(matches!(args(&["-V"]), Request::Print(ref t) if t.contains("schemaVersion")));
        for bad in [
            &[][..],
            &["extract"],
            &["frobnicate", "a"],
            &["extract", "--bogus", "a"],
            &["extract", "--format", "xml", "a"],
            &["extract", "a", "--format"],
            &["targets", "--format", "json", "a"],
            &["panel", "--format", "json", "a"],
            &["panel"],
            &["panel", "--jobs", "0", "a"],
            &["panel", "--jobs", "x", "a"],
        ] {
            match args(bad) {
                Request::Usage(m) => assert!(m.starts_with("govreport: "), "{bad:?}: {m}"),
                other => panic!("{bad:?}: {other:?}"),
            }
        }
        // An unknown option gets a suggestion.
        match args(&["extract", "--fromat", "csv", "a"]) {
            Request::Usage(m) => assert!(m.contains("--format"), "{m}"),
            other => panic!("{other:?}"),
        }
    }
}
