//! Runs the `govreport` binary: decoding of GBK / UTF-16 / BOM files, batches
//! with failing files, CSV and JSON lines output, usage errors, broken pipes.
//!
//! The encoded fixtures under `tests/fixtures/` are written by
//! `tests/fixtures/make_fixtures.py`.
#![cfg(feature = "cli")]

use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_govreport");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn corpus(slug: &str) -> String {
    root()
        .join("tests/corpus")
        .join(format!("{slug}.txt"))
        .display()
        .to_string()
}

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "corpus not found");
    files
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON: {e}\n{}", stderr(o)))
}

fn jsonl(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => {
                    quoted = false;
                    assert!(
                        matches!(chars.peek(), Some(',' | '\r') | None),
                        "text after a closing quote"
                    );
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => panic!("bare quote inside an unquoted field: {cell:?}"),
            ',' => {
                row.push(std::mem::take(&mut cell));
                at_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            '\n' => panic!("bare LF outside quotes"),
            _ => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(cell.is_empty() && row.is_empty(), "last line without CRLF");
    rows
}

/// A JSON value as the CLI writes it into a CSV cell.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn without_warnings(mut v: Value) -> (Value, Vec<String>) {
    let warnings = v
        .as_object_mut()
        .and_then(|o| o.remove("warnings"))
        .and_then(|w| w.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .map(|w| w["code"].as_str().unwrap_or_default().to_string())
        .collect();
    (v, warnings)
}

#[test]
fn extract_one_corpus_file_prints_the_model() {
    let o = run(&["extract", &corpus("dongxihu-2024")]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let v = json(&o);
    assert_eq!(v["schemaVersion"], 1);
    for key in [
        "meta",
        "sections",
        "paragraphs",
        "quantities",
        "targets",
        "headline",
        "glossary",
        "warnings",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let codes: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["code"].as_str())
        .collect();
    assert!(
        !codes.iter().any(|c| c.starts_with("decoded-")),
        "{codes:?}"
    );
    // The model is the library's, byte for byte.
    let text = std::fs::read_to_string(corpus("dongxihu-2024")).unwrap();
    let report = govreport::parse(&text).unwrap();
    assert_eq!(v, serde_json::to_value(&report).unwrap());
}

#[test]
fn other_encodings_give_the_same_model_and_a_warning() {
    let plain = run(&["extract", &fixture("short-utf8.txt")]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    let (expected, base_warnings) = without_warnings(json(&plain));
    assert!(!expected["paragraphs"].as_array().unwrap().is_empty());
    for (file, code) in [
        ("short-gbk.txt", "decoded-gb18030"),
        ("short-utf16le.txt", "decoded-utf16le"),
        ("short-utf16be.txt", "decoded-utf16be"),
        ("short-utf8-bom.txt", "decoded-utf8-bom"),
    ] {
        let o = run(&["extract", &fixture(file)]);
        assert!(o.status.success(), "{file}: {}", stderr(&o));
        let (model, warnings) = without_warnings(json(&o));
        // Spans index the decoded text with the BOM removed, so they equal
        // those of the UTF-8 file.
        assert_eq!(model, expected, "{file}");
        let mut want = vec![code.to_string()];
        want.extend(base_warnings.iter().cloned());
        assert_eq!(warnings, want, "{file}");
    }
}

#[test]
fn standard_input_is_decoded_too() {
    let from_file = json(&run(&["extract", &fixture("short-gbk.txt")]));
    let bytes = std::fs::read(fixture("short-gbk.txt")).unwrap();
    let o = run_stdin(&["extract", "-"], &bytes);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o), from_file);
    // A whole corpus report in GB18030 and UTF-16 gives the UTF-8 model.
    let text = std::fs::read_to_string(corpus("hubei-2024")).unwrap();
    let (expected, _) = without_warnings(json(&run(&["extract", &corpus("hubei-2024")])));
    let (gbk, _, _) = encoding_rs::GB18030.encode(&text);
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for (bytes, code) in [
        (gbk.into_owned(), "decoded-gb18030"),
        (utf16, "decoded-utf16le"),
    ] {
        let o = run_stdin(&["extract", "-"], &bytes);
        assert!(o.status.success(), "{code}: {}", stderr(&o));
        let (model, warnings) = without_warnings(json(&o));
        assert_eq!(model, expected, "{code}");
        assert_eq!(warnings.first().map(String::as_str), Some(code));
    }
}

#[test]
fn a_failing_file_does_not_stop_the_batch() {
    let a = corpus("hubei-2024");
    let b = corpus("henan-2024");
    let missing = fixture("no-such-report.txt");
    let o = run(&["extract", "--format", "json", &a, &missing, &b]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("govreport: {missing}: cannot read:")),
        "{err}"
    );
    let models = json(&o);
    let models = models.as_array().unwrap();
    assert_eq!(models.len(), 2);
    assert_eq!(models[0], json(&run(&["extract", &a])));
    assert_eq!(models[1], json(&run(&["extract", &b])));

    // As records: every file's quantities are there, in order.
    let o = run(&["extract", "--format", "jsonl", &a, &missing, &b]);
    assert_eq!(o.status.code(), Some(1));
    let records = jsonl(&o);
    let count = |f: &str| {
        json(&run(&["extract", f]))["quantities"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(records.len(), count(&a) + count(&b));
    let files: Vec<&str> = records
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert!(files
        .windows(2)
        .all(|w| w[0] == w[1] || (w[0] == a && w[1] == b)));
}

#[test]
fn unreadable_inputs_get_a_clear_message() {
    let cases = [
        ("empty.txt", "input is empty"),
        ("binary.bin", "does not look like text"),
        ("malformed-gbk.txt", "malformed gb18030 at byte 13"),
    ];
    for (file, message) in cases {
        let path = fixture(file);
        let o = run(&["extract", &path]);
        assert_eq!(o.status.code(), Some(1), "{file}");
        assert_eq!(stdout(&o), "", "{file}");
        let err = stderr(&o);
        assert!(err.starts_with(&format!("govreport: {path}: ")), "{err}");
        assert!(err.contains(message), "{file}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let dir = root().join("tests/fixtures").display().to_string();
    let o = run(&["targets", &dir]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("directory"), "{}", stderr(&o));
    // The CSV header is still printed.
    assert!(stdout(&o).starts_with("file,region,planYear,"));
}

#[test]
fn csv_is_rfc4180_and_matches_the_json_lines() {
    let files: Vec<String> = corpus_files()
        .iter()
        .map(|p| p.display().to_string())
        .chain([fixture("short-gbk.txt")])
        .collect();
    for command in ["extract", "targets"] {
        let mut args = vec![command, "--format", "csv"];
        args.extend(files.iter().map(String::as_str));
        let csv = run(&args);
        assert!(csv.status.success(), "{}", stderr(&csv));
        args[2] = "jsonl";
        let lines = run(&args);
        assert!(lines.status.success(), "{}", stderr(&lines));

        let rows = parse_csv(&stdout(&csv));
        let records = jsonl(&lines);
        let header = &rows[0];
        assert_eq!(
            rows.len(),
            records.len() + 1,
            "{command}: one header row, then one row per record"
        );
        for (row, record) in rows[1..].iter().zip(&records) {
            let object = record.as_object().unwrap();
            assert_eq!(row.len(), header.len());
            let keys: Vec<&String> = object.keys().collect();
            assert_eq!(keys.len(), header.len());
            for (name, value) in header.iter().zip(row) {
                assert_eq!(&cell(&object[name]), value, "{command}: column {name}");
            }
        }
    }
    let header = stdout(&run(&[
        "extract",
        "--format",
        "csv",
        &fixture("short-utf8.txt"),
    ]));
    assert!(header.starts_with(
        "file,region,reviewYear,planYear,id,text,start,end,value,hi,unit,base,dimension,qual,kind,direction,status,year,metric,metricId,sectionId,sentence\r\n"
    ));
    let header = stdout(&run(&["targets", &fixture("short-utf8.txt")]));
    assert!(header.starts_with(
        "file,region,planYear,metricId,metric,kind,value,hi,qual,unit,quantityId\r\n"
    ));
}

#[test]
fn quantity_records_carry_the_model_fields() {
    for path in corpus_files().iter().take(6) {
        let path = path.display().to_string();
        let model = json(&run(&["extract", &path]));
        let o = run(&["extract", "--format", "jsonl", &path]);
        let records = jsonl(&o);
        let quantities = model["quantities"].as_array().unwrap();
        assert_eq!(records.len(), quantities.len());
        for (r, q) in records.iter().zip(quantities) {
            assert_eq!(r["file"], path.as_str());
            assert_eq!(r["region"], model["meta"]["region"]);
            assert_eq!(r["planYear"], model["meta"]["planYear"]);
            assert_eq!(r["start"], q["span"][0]);
            assert_eq!(r["end"], q["span"][1]);
            for key in [
                "id", "text", "value", "hi", "unit", "qual", "status", "metricId", "sentence",
            ] {
                assert_eq!(r[key], q[key], "{key}");
            }
        }
    }
}

#[test]
fn help_version_and_usage_errors() {
    for flag in ["--help", "-h"] {
        let o = run(&[flag]);
        assert!(o.status.success());
        let help = stdout(&o);
        for word in [
            "USAGE",
            "extract",
            "targets",
            "--format",
            "jsonl",
            "csv",
            "gb18030",
            "EXIT STATUS",
            "metricId",
        ] {
            assert!(
                help.to_lowercase().contains(&word.to_lowercase()),
                "help lacks {word}"
            );
        }
    }
    let o = run(&["--version"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with(&format!("govreport {}", env!("CARGO_PKG_VERSION"))));

    for args in [
        &[][..],
        &["extract"],
        &["extract", "--frobnicate", "x.txt"],
        &["bogus", "x.txt"],
        &["extract", "--format", "xml", "x.txt"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&o), "");
        let err = stderr(&o);
        assert!(err.starts_with("govreport: "), "{err}");
        assert!(err.contains("usage:"), "{err}");
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // Several megabytes of JSON, far more than a pipe buffer.
    let files: Vec<String> = corpus_files()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut child = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .args(&files)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    out.read_exact(&mut first).unwrap();
    drop(out);
    let o = child.wait_with_output().unwrap();
    let err = stderr(&o);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err, "");
    assert!(o.status.success(), "{:?}", o.status);
}

/// `govreport panel`: CSV by default with the documented header, JSON lines
/// with the same keys first; files in any order; an unreadable file is
/// reported and the rest go on.
#[test]
fn panel_command() {
    let shared = root().join("../shared/corpus/reports");
    assert!(
        shared.is_dir(),
        "the shared corpus is missing (CI has ../shared)"
    );
    let a = shared.join("guangdong-2024.txt");
    let b = shared.join("guangdong-2025.txt");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = run(&["panel", b, a]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let header = "region,year,metricId,metric,kind,unit,targetValue,targetHi,targetQual,targetFile,targetQuantityId,actualValue,actualStatus,actualFile,actualQuantityId,gap,verdict";
    assert_eq!(text.lines().next(), Some(header));
    let gdp = text
        .lines()
        .find(|l| l.starts_with("广东省,2025,gdp,地区生产总值,growth,"))
        .expect("the 2025 GDP growth row");
    assert!(gdp.ends_with(",-1.1,missed"), "{gdp}");
    assert!(gdp.contains("guangdong-2024.txt") && gdp.contains("guangdong-2025.txt"));

    let out = run(&["panel", "--format", "jsonl", a, "no-such-file.txt", b]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a missing file fails the run but not the others"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-file.txt"));
    let lines = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // The keys come in the CSV's order (positions in the raw line increase).
    let first = lines.lines().next().unwrap();
    let at: Vec<usize> = header
        .split(',')
        .map(|k| {
            first
                .find(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("{k}"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{first}");
    assert!(first.starts_with("{\"region\":"));
    assert!(rows
        .iter()
        .any(|r| r["verdict"] == "missed" && r["metricId"] == "gdp"));

    // One report alone: its rows and a no-pairs warning on stderr.
    let out = run(&["panel", a]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: no-pairs"));
    assert!(!run(&["panel", "--format", "json", a]).status.success());
}
