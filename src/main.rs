//! The `govreport` command-line tool: reads report files (UTF-8, UTF-16 or
//! GB18030/GBK) and prints the JSON model, one record per quantity (JSON
//! lines or CSV), the plan year's targets, or the panel of several reports
//! (each year's target against the next report's result). Run `govreport --help`.
#![forbid(unsafe_code)]

use govreport::decode::decode;
use govreport::table::{self, CsvGuard};
use govreport::{Options, Report};
use std::ffi::OsString;
use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

const HELP: &str = "\
govreport — reads Chinese government work reports (政府工作报告) into structured data

USAGE:
    govreport extract [--format json|jsonl|csv] FILE...
    govreport targets [--format csv|jsonl] FILE...
    govreport panel [--format csv|jsonl] FILE...
    govreport --help | --version

COMMANDS:
    extract   With one FILE: the whole model as pretty JSON (schemaVersion 1:
              meta, sections, paragraphs, quantities, targets, headline,
              glossary, warnings). With several FILEs: one record per quantity
              as JSON lines. `--format` chooses explicitly; `--format json`
              with several FILEs prints a JSON array of the models.
    targets   One row per plan-year target, CSV by default.
    panel     The reports read together, CSV by default: one row per region ×
              year × canonical metric × kind, with the target the report
              planning that year set, the result the report reviewing it
              gives, their gap and a verdict (met, missed, no-result,
              no-target). FILEs in any order, of any regions and years.
              Warnings (unknown region or year, duplicate reports, units that
              cannot be compared) go to stderr as `govreport: warning: …`.

OPTIONS:
    -f, --format FMT   json, jsonl (one JSON object per line) or csv (RFC 4180:
                       header row once, fields quoted when needed, CRLF lines)
    -h, --help         print this help
    -V, --version      print the version and the schema version
    --                 end of options: every later argument is a FILE

FILES:
    `-` reads standard input. Encodings are detected: a byte order mark (UTF-8,
    UTF-16LE, UTF-16BE), UTF-16 without one, else UTF-8, else GB18030 (which
    includes GBK). When a file is not plain UTF-8 the report's `warnings` say
    which encoding was used (decoded-gb18030, decoded-utf16le, decoded-utf16be,
    decoded-utf8-bom). A byte order mark is removed before reading, so spans
    index the decoded text as JavaScript's TextDecoder returns it.

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
        actualFile, actualQuantityId, gap, verdict
      jsonl adds: rule, bound, targetMetric, targetSentence, actualQual,
        actualWrittenValue, actualWrittenUnit, actualMetric, actualSentence,
        alternatives
      The verdict rule: the result must reach the target's lower bound
      (5%左右 → 5, a range's low end); for cpi, unemployment_rate,
      deficit_ratio and targets qualified at_most it must not exceed the bound
      (a range's high end); for a fall target (下降3%) the fall must reach it.
      gap = result − bound in the target's unit (falls as falls); results in
      another unit of the same measure are converted (万吨 → 亿斤).
    `start`/`end` are the quantity's span: UTF-16 offsets [start, end) into the
    decoded text. Missing values are empty in CSV and null in JSON.

EXIT STATUS:
    0  every file was read
    1  some file could not be read, decoded or parsed (a message on stderr
       names it; the other files are still processed), or output failed
    2  usage error

EXAMPLES:
    govreport extract report.txt > report.json
    govreport extract --format csv reports/*.txt > quantities.csv
    govreport targets reports/*.txt
    govreport panel reports/hubei-2024.txt reports/hubei-2025.txt
    iconv -f utf-8 -t gbk report.txt | govreport extract -
";

/// What to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Extract,
    Targets,
    Panel,
}

/// How to print it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Jsonl,
    Csv,
}

/// A command line that asks for work.
#[derive(Debug)]
struct Run {
    command: Command,
    format: Format,
    files: Vec<OsString>,
}

/// What the command line asks for.
#[derive(Debug)]
enum Request {
    Run(Run),
    Help,
    Version,
}

/// Reads the command line (without the program name).
fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Request, String> {
    let mut command = None;
    let mut format = None;
    let mut files = Vec::new();
    let mut options_done = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_str();
        if !options_done {
            match text {
                Some("-h" | "--help") => return Ok(Request::Help),
                Some("-V" | "--version") => return Ok(Request::Version),
                Some("--") => {
                    options_done = true;
                    continue;
                }
                Some("-f" | "--format") => {
                    let value = args
                        .next()
                        .ok_or_else(|| "--format needs a value: json, jsonl or csv".to_string())?;
                    format = Some(parse_format(value.to_str().unwrap_or("")).ok_or_else(|| {
                        format!(
                            "unknown format '{}': use json, jsonl or csv",
                            value.to_string_lossy()
                        )
                    })?);
                    continue;
                }
                Some(s) if s.starts_with("--format=") => {
                    let value = s.trim_start_matches("--format=");
                    format = Some(parse_format(value).ok_or_else(|| {
                        format!("unknown format '{value}': use json, jsonl or csv")
                    })?);
                    continue;
                }
                Some(s) if s.starts_with('-') && s != "-" => {
                    return Err(format!("unknown option '{s}'"));
                }
                _ => {}
            }
        }
        if command.is_none() {
            command = Some(match text {
                Some("extract") => Command::Extract,
                Some("targets") => Command::Targets,
                Some("panel") => Command::Panel,
                Some("help") => return Ok(Request::Help),
                _ => return Err(format!("unknown command '{}'", arg.to_string_lossy())),
            });
        } else {
            files.push(arg);
        }
    }
    let command = command.ok_or_else(|| "no command given".to_string())?;
    if files.is_empty() {
        return Err("no FILE given (use - for standard input)".to_string());
    }
    let format = match (command, format) {
        (Command::Targets, Some(Format::Json)) => {
            return Err("targets prints csv or jsonl, not json".to_string())
        }
        (Command::Panel, Some(Format::Json)) => {
            return Err("panel prints csv or jsonl, not json".to_string())
        }
        (_, Some(f)) => f,
        (Command::Extract, None) if files.len() == 1 => Format::Json,
        (Command::Extract, None) => Format::Jsonl,
        (Command::Targets | Command::Panel, None) => Format::Csv,
    };
    Ok(Request::Run(Run {
        command,
        format,
        files,
    }))
}

fn parse_format(s: &str) -> Option<Format> {
    match s {
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "csv" => Some(Format::Csv),
        _ => None,
    }
}

fn main() -> ExitCode {
    let run = match parse_args(std::env::args_os().skip(1)) {
        Ok(Request::Run(run)) => run,
        Ok(Request::Help) => {
            return finish(write_all(HELP.as_bytes()), false);
        }
        Ok(Request::Version) => {
            let version = format!(
                "govreport {} (schemaVersion {})\n",
                env!("CARGO_PKG_VERSION"),
                govreport::SCHEMA_VERSION
            );
            return finish(write_all(version.as_bytes()), false);
        }
        Err(message) => {
            let _ = writeln!(
                io::stderr(),
                "govreport: {message}\nusage: govreport extract|targets|panel [--format json|jsonl|csv] FILE...\ntry 'govreport --help' for more"
            );
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = execute(&run, &mut out).and_then(|failed| out.flush().map(|()| failed));
    match result {
        Ok(failed) => finish(Ok(()), failed),
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

/// Processes every file; returns whether some file failed.
fn execute(run: &Run, out: &mut impl Write) -> io::Result<bool> {
    let mut failed = false;
    let guard = CsvGuard::Off;
    let columns = match run.command {
        Command::Extract => table::QUANTITY_COLUMNS,
        Command::Targets => table::TARGET_COLUMNS,
        Command::Panel => table::PANEL_COLUMNS,
    };
    if run.format == Format::Csv {
        // Even with no rows at all, a CSV file has its header.
        out.write_all(table::csv_line(columns.iter().copied()).as_bytes())?;
    }
    let write_rows = |out: &mut dyn Write, rows: Vec<Vec<table::Cell>>| -> io::Result<()> {
        for row in rows {
            if run.format == Format::Csv {
                out.write_all(table::csv_row(&row, guard).as_bytes())?;
            } else {
                out.write_all(table::json_line(columns, &row).as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    };
    let mut models = Vec::new();
    let mut loaded: Vec<(String, Report)> = Vec::new();
    let several = run.files.len() > 1;
    for file in &run.files {
        let name = if file == "-" {
            "-".to_string()
        } else {
            file.to_string_lossy().into_owned()
        };
        let report = match load(file) {
            Ok(report) => report,
            Err(message) => {
                out.flush()?;
                let _ = writeln!(io::stderr(), "govreport: {name}: {message}");
                failed = true;
                continue;
            }
        };
        match (run.command, run.format) {
            (Command::Extract, Format::Json) if several => models.push(report),
            (Command::Extract, Format::Json) => {
                serde_json::to_writer_pretty(&mut *out, &report)?;
                writeln!(out)?;
            }
            (Command::Extract, _) => write_rows(out, table::quantity_rows(&name, &report))?,
            (Command::Targets, _) => write_rows(out, table::target_rows(&name, &report))?,
            (Command::Panel, _) => loaded.push((name, report)),
        }
    }
    if run.command == Command::Panel {
        let panel = govreport::panel::from_reports(loaded.iter().map(|(n, r)| (n.as_str(), r)));
        out.flush()?;
        for w in &panel.warnings {
            let _ = writeln!(
                io::stderr(),
                "govreport: warning: {}: {}",
                w.code,
                w.message
            );
        }
        if run.format == Format::Csv {
            write_rows(out, table::panel_rows(&panel))?;
        } else {
            for r in &panel.rows {
                serde_json::to_writer(&mut *out, r)?;
                out.write_all(b"\n")?;
            }
        }
    }
    if several && run.command == Command::Extract && run.format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &models)?;
        writeln!(out)?;
    }
    Ok(failed)
}

/// Reads, decodes and parses one file (`-`: standard input).
fn load(file: &OsString) -> Result<Report, String> {
    let options = Options::default();
    // UTF-16 and GB18030 take at least half a byte per UTF-8 byte, so a file
    // of more than twice the limit is too large whatever its encoding.
    let max_file = options.max_input_bytes.saturating_mul(2);
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
    let (text, encoding) = decode(&bytes).map_err(|e| e.to_string())?;
    let mut report = govreport::parse_with(&text, &options).map_err(|e| e.to_string())?;
    if let Some(warning) = encoding.warning() {
        report.warnings.insert(0, warning);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Request, String> {
        parse_args(list.iter().map(OsString::from))
    }

    fn run(list: &[&str]) -> Run {
        match args(list) {
            Ok(Request::Run(run)) => run,
            other => panic!("{list:?}: {other:?}"),
        }
    }

    #[test]
    fn command_lines() {
        let r = run(&["extract", "a.txt"]);
        assert_eq!(
            (r.command, r.format, r.files.len()),
            (Command::Extract, Format::Json, 1)
        );
        let r = run(&["extract", "a.txt", "b.txt"]);
        assert_eq!(r.format, Format::Jsonl);
        let r = run(&["extract", "--format=csv", "a.txt"]);
        assert_eq!(r.format, Format::Csv);
        let r = run(&["extract", "a.txt", "-f", "jsonl"]);
        assert_eq!(r.format, Format::Jsonl);
        let r = run(&["targets", "-"]);
        assert_eq!((r.command, r.format), (Command::Targets, Format::Csv));
        let r = run(&["panel", "a.txt", "b.txt"]);
        assert_eq!((r.command, r.format), (Command::Panel, Format::Csv));
        let r = run(&["panel", "-f", "jsonl", "a.txt"]);
        assert_eq!(r.format, Format::Jsonl);
        let r = run(&["extract", "--", "--help", "-x"]);
        assert_eq!(
            r.files,
            vec![OsString::from("--help"), OsString::from("-x")]
        );
        assert!(matches!(args(&["extract", "--help"]), Ok(Request::Help)));
        assert!(matches!(args(&["help"]), Ok(Request::Help)));
        assert!(matches!(args(&["-V"]), Ok(Request::Version)));
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
        ] {
            assert!(args(bad).is_err(), "{bad:?}");
        }
    }
}
