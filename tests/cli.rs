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

/// A JSON value as the CLI writes it into a CSV cell (text that a
/// spreadsheet would run as a formula behind a `'`).
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) if s.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{s}"),
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
        assert!(err.to_lowercase().contains("usage:"), "{err}");
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
    let header = "region,year,metricId,metric,kind,unit,targetValue,targetHi,targetQual,targetFile,targetQuantityId,actualValue,actualStatus,actualFile,actualQuantityId,gap,verdict,regionCode,regionSource,yearSource";
    assert_eq!(text.lines().next(), Some(header));
    let gdp = text
        .lines()
        .find(|l| l.starts_with("广东省,2025,gdp,地区生产总值,growth,"))
        .expect("the 2025 GDP growth row");
    // The code is the text's, read through the gazetteer.
    assert!(gdp.ends_with(",-1.1,missed,440000,read,read"), "{gdp}");
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

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("govreport-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// CSV cells a spreadsheet would run as formulas get a leading `'`; numbers
/// (a negative gap) never; `--raw-csv` writes them as they are.
#[test]
fn csv_formula_guard() {
    let dir = scratch("guard");
    let text = std::fs::read(fixture("short-utf8.txt")).unwrap();
    let names = ["=1+2;a.txt", "-b.txt", "@c.txt", "+d.txt", "plain.txt"];
    for name in names {
        std::fs::write(dir.join(name), &text).unwrap();
    }
    let paths: Vec<String> = names
        .iter()
        .map(|n| dir.join(n).display().to_string())
        .collect();
    for command in ["extract", "targets"] {
        let mut args = vec![command, "--format", "csv"];
        args.extend(paths.iter().map(String::as_str));
        let guarded = parse_csv(&stdout(&run(&args)));
        args.push("--raw-csv");
        let raw = parse_csv(&stdout(&run(&args)));
        assert_eq!(guarded.len(), raw.len());
        assert!(
            guarded.len() > names.len(),
            "{command}: rows for every file"
        );
        for (g, r) in guarded[1..].iter().zip(&raw[1..]) {
            // Cells differ only where the raw text starts like a formula, by a leading '.
            for (gc, rc) in g.iter().zip(r) {
                if rc.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    assert_eq!(gc, &format!("'{rc}"), "{command}");
                } else {
                    assert_eq!(gc, rc, "{command}");
                }
            }
        }
    }
    // Relative names start with the character itself.
    let out = Command::new(BIN)
        .current_dir(&dir)
        .args([
            "targets",
            "=1+2;a.txt",
            "-b.txt",
            "@c.txt",
            "+d.txt",
            "plain.txt",
        ])
        .output()
        .unwrap();
    // `-b.txt` is read as an option unless after `--`.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = Command::new(BIN)
        .current_dir(&dir)
        .args([
            "targets",
            "--",
            "=1+2;a.txt",
            "-b.txt",
            "@c.txt",
            "+d.txt",
            "plain.txt",
        ])
        .output()
        .unwrap();
    let rows = parse_csv(&stdout(&out));
    let files: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    for want in ["'=1+2;a.txt", "'-b.txt", "'@c.txt", "'+d.txt", "plain.txt"] {
        assert!(files.contains(&want), "{want} in {files:?}");
    }
    // Numbers stay numbers: values are never guarded, in any command.
    assert!(
        rows[1..].iter().all(|r| r[6].parse::<f64>().is_ok()),
        "value column"
    );
    let out = Command::new(BIN)
        .current_dir(&dir)
        .args(["targets", "--raw-csv", "--", "=1+2;a.txt"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("\r\n=1+2;a.txt,"), "{}", stdout(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--jobs N` gives byte-identical output and messages to `--jobs 1`.
#[test]
fn jobs_give_the_same_output() {
    let shared = root().join("../shared/corpus/reports");
    let mut files: Vec<String> = std::fs::read_dir(&shared)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    files.insert(3, "no-such-file.txt".to_string());
    for command in [
        &["panel"][..],
        &["panel", "-f", "jsonl"],
        &["extract", "-f", "csv"],
        &["targets"],
    ] {
        let mut outputs = Vec::new();
        for jobs in ["1", "2", "5"] {
            let mut args: Vec<&str> = command.to_vec();
            args.extend(["--jobs", jobs]);
            args.extend(files.iter().map(String::as_str));
            let o = run(&args);
            assert_eq!(o.status.code(), Some(1), "the missing file fails the run");
            outputs.push((o.stdout, o.stderr));
        }
        assert!(outputs[0].0.len() > 1000, "{command:?}");
        assert!(
            outputs.iter().all(|o| *o == outputs[0]),
            "{command:?}: same output at any --jobs"
        );
    }
}

/// `--manifest` and `--name-pattern`: given values fill what the text does
/// not say, contradictions are warned about (the text wins unless
/// `--prefer-given`), rows say where region and year came from, and every
/// bad input gets its own message while the other rows are still made.
#[test]
fn metadata_a_user_states() {
    let dir = scratch("given");
    let shared = root().join("../shared/corpus/reports");
    let a = std::fs::read(shared.join("guangdong-2024.txt")).unwrap();
    let b = std::fs::read(shared.join("guangdong-2025.txt")).unwrap();
    // A report without a region of its own: the region sentence removed.
    let bare = String::from_utf8(std::fs::read(fixture("short-utf8.txt")).unwrap())
        .unwrap()
        .replace("某市", "本地");
    std::fs::write(dir.join("2025_广东省_广东省.txt"), &a).unwrap();
    // A file whose name says another year and region than its text (which plans 2026).
    std::fs::write(dir.join("2024_湖北省_湖北省.txt"), &b).unwrap();
    std::fs::write(dir.join("2025_某省_某市.txt"), bare.as_bytes()).unwrap();
    std::fs::write(dir.join("odd-name.txt"), &a).unwrap();
    let path = |n: &str| dir.join(n).display().to_string();
    let files = [
        path("2025_广东省_广东省.txt"),
        path("2024_湖北省_湖北省.txt"),
        path("2025_某省_某市.txt"),
        path("odd-name.txt"),
    ];
    let mut args = vec![
        "panel",
        "-f",
        "jsonl",
        "--name-pattern",
        "{year}_{province}_{region}.txt",
    ];
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a name that does not match is a problem: {err}"
    );
    assert!(
        err.contains("odd-name.txt: the name does not match the pattern"),
        "{err}"
    );
    assert!(
        err.contains("warning: given-region-differs")
            && err.contains("given as 湖北省 but the text reads 广东省"),
        "{err}"
    );
    assert!(
        err.contains("warning: given-year-differs")
            && err.contains("given as 2024 but the text reads 2026"),
        "{err}"
    );
    let rows = jsonl(&o);
    assert!(!rows.is_empty());
    // The text wins: no 湖北省 rows; the 2025 GDP row pairs both Guangdong reports.
    assert!(rows.iter().all(|r| r["region"] != "湖北省"));
    let gdp = rows
        .iter()
        .find(|r| {
            r["region"] == "广东省"
                && r["year"] == 2025
                && r["metricId"] == "gdp"
                && r["kind"] == "growth"
        })
        .expect("the GDP row");
    assert_eq!(
        (gdp["regionSource"].as_str(), gdp["yearSource"].as_str()),
        (Some("read"), Some("read"))
    );
    assert_eq!(gdp["verdict"], "missed");
    // The report without a region is named by its file.
    let given = rows
        .iter()
        .find(|r| r["region"] == "某市")
        .expect("a row from the given region");
    assert_eq!(given["regionSource"], "given");

    // The given values win when asked (a region here; a year that the text
    // contradicts leaves out the figures the text dates to its own years).
    std::fs::write(dir.join("2025_湖北省_湖北省.txt"), &a).unwrap();
    let wrong = path("2025_湖北省_湖北省.txt");
    let pattern = "{year}_{province}_{region}.txt";
    let rows = jsonl(&run(&[
        "panel",
        "-f",
        "jsonl",
        "--name-pattern",
        pattern,
        &wrong,
    ]));
    assert!(rows.iter().all(|r| r["region"] == "广东省"));
    let o = run(&[
        "panel",
        "-f",
        "jsonl",
        "--prefer-given",
        "--name-pattern",
        pattern,
        &wrong,
    ]);
    assert!(
        stderr(&o).contains("the given value is used"),
        "{}",
        stderr(&o)
    );
    let rows = jsonl(&o);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["region"] == "湖北省"
        && r["regionSource"] == "given"
        && r["yearSource"] == "read"));
    std::fs::remove_file(dir.join("2025_湖北省_湖北省.txt")).unwrap();

    // A manifest: bad code, bad year, unknown file, two files claiming the same region and year.
    let manifest = dir.join("files.csv");
    std::fs::write(
        &manifest,
        "file,region,code,year\n\
         odd-name.txt,广东省,4400,2025\n\
         missing.txt,广东省,,2025\n\
         2025_某省_某市.txt,,360700,19x\n\
         2025_广东省_广东省.txt,广东,440000,2025\n",
    )
    .unwrap();
    let m = manifest.display().to_string();
    let mut args = vec!["panel", "--manifest", m.as_str()];
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for problem in [
        "line 2: odd-name.txt: '4400' is not a region code",
        "line 3: missing.txt is not among the files",
        "line 4: 2025_某省_某市.txt: '19x' is not a year",
        "are both given as 广东省 2025",
    ] {
        assert!(err.contains(problem), "{problem}: {err}");
    }
    let rows = parse_csv(&stdout(&o));
    assert!(rows.len() > 10, "the rows are still made");
    // The code of the manifest is on its rows.
    assert!(
        rows.iter().any(|r| r[0] == "广东省" && r[17] == "440000"),
        "regionCode"
    );
    // A code alone names a region the text does not name, by the gazetteer's name.
    assert!(rows
        .iter()
        .any(|r| r[0] == "赣州市" && r[17] == "360700" && r[18] == "given"));

    // extract and targets take the given values too.
    let o = run(&[
        "targets",
        "--name-pattern",
        "{year}_{province}_{region}.txt",
        &files[2],
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = parse_csv(&stdout(&o));
    assert!(
        rows[1..].iter().all(|r| r[1] == "某市" && r[2] == "2025"),
        "{rows:?}"
    );

    // An unreadable manifest or a bad pattern is a usage error.
    assert_eq!(
        run(&["panel", "--manifest", "nope.csv", &files[0]])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["panel", "--name-pattern", "{year", &files[0]])
            .status
            .code(),
        Some(2)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The peak resident memory of `govreport ARGS` in KB, sampled from
/// `/proc/PID/status` (VmHWM) while it runs; `None` off Linux.
fn peak_kb(args: &[String]) -> Option<u64> {
    let mut child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = None;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status) {
            let hwm = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
            if hwm.is_some() {
                peak = peak.max(hwm);
            }
        }
        if child.try_wait().unwrap().is_some() {
            return peak;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// A benchmark, not a timed test: `panel` keeps only each report's selected
/// figures (about 1.5 KB a report in CSV; with their sentences for JSON
/// lines), so four times the reports cost little more memory than once. N
/// city reports, then the same N four times over under other names; the
/// memory added per report must stay under 10 KB in CSV and 16 KB in JSON
/// lines (measured 2–4 KB and 5–7 KB; a whole parsed report is about 160 KB,
/// the slim input the panel kept until this round about 13 KB).
#[test]
fn panel_memory_does_not_keep_reports() {
    if !Path::new("/proc/self/status").exists() {
        return;
    }
    let cities = root().join("../shared/corpus/cities");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&cities)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.truncate(50);
    let dir = scratch("memory");
    let mut four = Vec::new();
    for k in 0..4 {
        for f in &files {
            let to = dir.join(format!("c{k}_{}", f.file_name().unwrap().to_string_lossy()));
            std::fs::copy(f, &to).unwrap();
            four.push(to.display().to_string());
        }
    }
    let one: Vec<String> = four[..files.len()].to_vec();
    for (format, bound) in [("csv", 10), ("jsonl", 16)] {
        let args = |list: &[String]| {
            let mut a = vec![
                "panel".to_string(),
                "-f".into(),
                format.into(),
                "--name-pattern".into(),
                "c{n}_{year}_{p}_{region}.txt".into(),
            ];
            a.extend(list.iter().cloned());
            a
        };
        let (Some(small), Some(large)) = (peak_kb(&args(&one)), peak_kb(&args(&four))) else {
            return;
        };
        let per_report = large.saturating_sub(small) / (four.len() - one.len()) as u64;
        eprintln!("panel {format} peak: {small} KB for {} reports, {large} KB for {}: {per_report} KB per added report", one.len(), four.len());
        assert!(
            per_report < bound,
            "{format}: {per_report} KB per report ({small} → {large} KB)"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
