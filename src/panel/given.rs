//! Metadata a user states: a report's region, region code and plan year as a
//! file list (a manifest) or the file's name (a name pattern) gives them, and
//! how they are reconciled with what the text reads.
//!
//! The rule: a given value fills what the text does not say; when the text
//! says something else, a warning names the file and both values and the
//! text's value is used, unless the caller prefers given values
//! (`--prefer-given`, `panel(entries, { preferGiven: true })`). Pure: the CLI
//! reads the files, this module reads their text.

use super::regions;
use crate::model::{Source, Warning};

/// What a user states about one report; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Given {
    /// The region's name (`赣州市`, `赣州`).
    pub region: Option<String>,
    /// The region's 6-digit GB/T 2260 code, checked by [`check_code`].
    pub code: Option<String>,
    /// The year the report plans (the year it was delivered in; it reviews the year before).
    pub plan_year: Option<i32>,
}

impl Given {
    /// Whether nothing is stated.
    pub fn is_empty(&self) -> bool {
        self.region.is_none() && self.code.is_none() && self.plan_year.is_none()
    }

    /// These values, with the gaps filled from `other`.
    pub fn or(self, other: &Given) -> Given {
        Given {
            region: self.region.or_else(|| other.region.clone()),
            code: self.code.or_else(|| other.code.clone()),
            plan_year: self.plan_year.or(other.plan_year),
        }
    }
}

/// Whether `code` has a region code's shape: six ASCII digits whose first
/// two are a provincial-level division's (11–82).
pub fn is_code(code: &str) -> bool {
    let digits = code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit());
    let province = code.get(..2).and_then(|p| p.parse::<u32>().ok());
    digits && matches!(province, Some(11..=82))
}

/// A region code as given: [`is_code`] after trimming. Returns the code, trimmed.
pub fn check_code(code: &str) -> Result<String, String> {
    let code = code.trim();
    if is_code(code) {
        Ok(code.to_string())
    } else {
        Err(format!(
            "'{code}' is not a region code (6 digits of GB/T 2260, e.g. 360700)"
        ))
    }
}

/// Today's name of the region a code stands for (`360700` → `赣州市`), from
/// the gazetteer of administrative divisions; `None` for a code it does not
/// know, or in a build without the gazetteer (a code alone then names its
/// rows by the code itself).
pub fn region_of_code(code: &str) -> Option<String> {
    #[cfg(feature = "gazetteer")]
    {
        let code = code.trim().parse::<u32>().ok()?;
        crate::gazetteer::by_code(code).map(|d| d.name.to_string())
    }
    #[cfg(not(feature = "gazetteer"))]
    {
        let _ = code;
        None
    }
}

/// A plan year as given: four digits from 1949 to 2100.
pub fn check_year(year: &str) -> Result<i32, String> {
    let year = year.trim();
    match year.parse::<i32>() {
        Ok(y) if year.len() == 4 && (1949..=2100).contains(&y) => Ok(y),
        _ => Err(format!("'{year}' is not a year (4 digits, 1949–2100)")),
    }
}

/// A report's region and years after reconciling the text with what was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Reconciled {
    /// The region's name (given, read, or the given code when nothing names it).
    pub region: Option<String>,
    /// The region's code: the text's (when the gazetteer knew its name) or
    /// the given one, whichever names the region used.
    pub code: Option<String>,
    /// Whether the region was read from the text or given.
    pub region_source: Source,
    /// The reviewed year.
    pub review_year: Option<i32>,
    /// The plan year.
    pub plan_year: Option<i32>,
    /// Whether the years were read from the text or given.
    pub year_source: Source,
}

/// Whether two region names denote the same region (`赣州` = `赣州市`, `宁夏` =
/// `宁夏回族自治区`); levels are not compared.
pub fn same_region(a: &str, b: &str) -> bool {
    match (
        regions::identify(Some(a), None),
        regions::identify(Some(b), None),
    ) {
        (Some(a), Some(b)) => a.key == b.key,
        _ => a == b,
    }
}

/// What the text read of a report's region and years.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Read<'a> {
    /// The region's name as written.
    pub region: Option<&'a str>,
    /// Its code, when the gazetteer knew the name.
    pub code: Option<&'a str>,
    /// The reviewed year.
    pub review_year: Option<i32>,
    /// The plan year.
    pub plan_year: Option<i32>,
}

impl<'a> From<&'a super::input::MetaInput> for Read<'a> {
    /// What a report's panel input read.
    fn from(meta: &'a super::input::MetaInput) -> Self {
        Read {
            region: meta.region.as_deref(),
            code: meta.region_code.as_deref(),
            review_year: meta.review_year,
            plan_year: meta.plan_year,
        }
    }
}

impl<'a> From<&'a crate::model::Meta> for Read<'a> {
    /// What a parsed report read.
    fn from(meta: &'a crate::model::Meta) -> Self {
        Read {
            region: meta.region.as_deref(),
            code: meta.region_code.as_deref(),
            review_year: meta.review_year,
            plan_year: meta.plan_year,
        }
    }
}

/// Reconciles what the text `read` with what was `given` for `file`; pushes
/// a warning for each contradiction. A region with a code is named by
/// today's name of that code (so a former name, 思茅市, and today's, 普洱市,
/// are one region).
pub fn reconcile(
    file: &str,
    read: Read<'_>,
    given: &Given,
    prefer_given: bool,
    warnings: &mut Vec<Warning>,
) -> Reconciled {
    let read_region = read
        .code
        .and_then(region_of_code)
        .or_else(|| read.region.map(str::to_string));
    let given_region = given
        .region
        .clone()
        .or_else(|| given.code.as_deref().and_then(region_of_code));
    let agree = match (read.code, &given.code, &given_region) {
        (Some(r), Some(g), _) => r == g,
        (_, _, Some(g)) => read_region.as_deref().is_none_or(|r| same_region(r, g)),
        _ => true,
    };
    let (region, region_source) = match (read_region, given_region) {
        (None, Some(g)) => (Some(g), Source::Given),
        (Some(r), Some(g)) if !agree => {
            differs(warnings, "given-region-differs", file, &g, &r, prefer_given);
            if prefer_given {
                (Some(g), Source::Given)
            } else {
                (Some(r), Source::Read)
            }
        }
        (r, _) => match (r, &given.code) {
            (None, Some(code)) => (Some(code.clone()), Source::Given),
            (r, _) => (r, Source::Read),
        },
    };
    let code = match region_source {
        Source::Given => given.code.clone(),
        Source::Read => read
            .code
            .map(str::to_string)
            .or_else(|| given.code.clone().filter(|_| agree)),
    };
    let (read_review, read_plan) = (read.review_year, read.plan_year);
    let (mut review_year, mut plan_year, mut year_source) = (read_review, read_plan, Source::Read);
    if let Some(g) = given.plan_year {
        let take = match read_plan {
            None => true,
            Some(r) if r != g => {
                differs(warnings, "given-year-differs", file, &g, &r, prefer_given);
                prefer_given
            }
            Some(_) => false,
        };
        if take {
            plan_year = Some(g);
            year_source = Source::Given;
            if prefer_given || review_year.is_none() {
                review_year = Some(g - 1);
            }
        }
    }
    Reconciled {
        region,
        code,
        region_source,
        review_year,
        plan_year,
        year_source,
    }
}

/// Warns that the given value differs from the text's, naming both and which is used.
fn differs(
    warnings: &mut Vec<Warning>,
    code: &str,
    file: &str,
    given: &dyn std::fmt::Display,
    read: &dyn std::fmt::Display,
    prefer_given: bool,
) {
    let used = if prefer_given {
        "the given value is used"
    } else {
        "the text's value is used (--prefer-given, or preferGiven in panel(), to use the given one)"
    };
    warnings.push(Warning::new(
        code,
        format!("{file}: given as {given} but the text reads {read}: {used}"),
    ));
}

/// One row of a manifest: the file it names and what it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestEntry {
    /// The file as the manifest names it (a path or a bare file name).
    pub file: String,
    /// What the row gives.
    pub given: Given,
    /// The row's line number in the manifest (1 is the header).
    pub line: usize,
}

/// Reads a manifest: CSV with a header row naming the columns `file` and at
/// least one of `region`, `code` (or `regionCode`) and `year` (or
/// `planYear`), in any order, other columns ignored (names are matched
/// without regard to case). Returns the good rows and one message per
/// problem (`line N: …`); a bad cell leaves out only that value.
pub fn parse_manifest(text: &str) -> (Vec<ManifestEntry>, Vec<String>) {
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    let records = csv_records(text.strip_prefix('\u{feff}').unwrap_or(text));
    let mut records = records.into_iter();
    let Some((_, header)) = records.next() else {
        return (entries, vec!["the manifest is empty".to_string()]);
    };
    let find = |names: &[&str]| {
        header.iter().position(|h| {
            let h = h.trim().to_ascii_lowercase().replace(['_', ' '], "");
            names.contains(&h.as_str())
        })
    };
    let file_at = find(&["file", "filename", "path"]);
    let region_at = find(&["region", "name"]);
    let code_at = find(&["code", "regioncode"]);
    let year_at = find(&["year", "planyear"]);
    let Some(file_at) = file_at else {
        return (
            entries,
            vec![
                "line 1: the header has no 'file' column (columns: file, region or code, year)"
                    .to_string(),
            ],
        );
    };
    if region_at.is_none() && code_at.is_none() && year_at.is_none() {
        problems.push(
            "line 1: the header has none of the columns region, code, year: nothing is given"
                .to_string(),
        );
    }
    for (line, record) in records {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |at: Option<usize>| {
            at.and_then(|a| record.get(a))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        };
        let Some(file) = cell(Some(file_at)) else {
            problems.push(format!("line {line}: no file named: row skipped"));
            continue;
        };
        let mut given = Given {
            region: cell(region_at).map(str::to_string),
            ..Given::default()
        };
        if let Some(code) = cell(code_at) {
            match check_code(code) {
                Ok(code) => given.code = Some(code),
                Err(e) => problems.push(format!("line {line}: {file}: {e}: the code is left out")),
            }
        }
        if let Some(year) = cell(year_at) {
            match check_year(year) {
                Ok(year) => given.plan_year = Some(year),
                Err(e) => problems.push(format!("line {line}: {file}: {e}: the year is left out")),
            }
        }
        if let Some(first) = entries.iter().find(|e: &&ManifestEntry| e.file == file) {
            problems.push(format!(
                "line {line}: {file} is listed again (first on line {}): this row is skipped",
                first.line
            ));
            continue;
        }
        entries.push(ManifestEntry {
            file: file.to_string(),
            given,
            line,
        });
    }
    (entries, problems)
}

/// RFC 4180 records with the line each starts on: fields separated by
/// commas, quoted fields may hold commas, doubled quotes and line breaks;
/// lines end with LF or CRLF.
fn csv_records(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let (mut line, mut start_line) = (1, 1);
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if field.is_empty() => quoted = true,
            ',' if !quoted => record.push(std::mem::take(&mut field)),
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' if !quoted => {
                record.push(std::mem::take(&mut field));
                records.push((start_line, std::mem::take(&mut record)));
                line += 1;
                start_line = line;
            }
            c => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((start_line, record));
    }
    records
}

/// A file name pattern such as `{year}_{province}_{region}.txt`: literal
/// text and fields in braces. `{year}` is four digits (the plan year),
/// `{code}` six digits (a region code), `{region}` the region's name; any
/// other `{word}` (`{province}`, `{title}`) matches text that is not used.
/// Every field matches at least one character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamePattern {
    parts: Vec<Part>,
    text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Literal(Vec<char>),
    Year,
    Code,
    Region,
    Other,
}

impl NamePattern {
    /// Reads a pattern; an error names what is wrong with it.
    pub fn parse(pattern: &str) -> Result<NamePattern, String> {
        let mut parts = Vec::new();
        let mut literal = Vec::new();
        let mut rest = pattern;
        while let Some(c) = rest.chars().next() {
            if c == '}' {
                return Err(format!("name pattern '{pattern}': a '}}' without its '{{'"));
            }
            if c != '{' {
                literal.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
            let Some(end) = rest.find('}') else {
                return Err(format!("name pattern '{pattern}': a '{{' without its '}}'"));
            };
            let name = rest.get(1..end).unwrap_or("");
            if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                return Err(format!(
                    "name pattern '{pattern}': '{{{name}}}' is not a field (use {{year}}, {{region}}, {{code}} or another word)"
                ));
            }
            if !literal.is_empty() {
                parts.push(Part::Literal(std::mem::take(&mut literal)));
            }
            parts.push(match name {
                "year" => Part::Year,
                "code" => Part::Code,
                "region" => Part::Region,
                _ => Part::Other,
            });
            rest = &rest[end + 1..];
        }
        if !literal.is_empty() {
            parts.push(Part::Literal(literal));
        }
        if !parts
            .iter()
            .any(|p| matches!(p, Part::Year | Part::Code | Part::Region))
        {
            return Err(format!(
                "name pattern '{pattern}' has none of the fields {{year}}, {{region}}, {{code}}: it gives nothing"
            ));
        }
        if parts.len() > 16 {
            return Err(format!(
                "name pattern '{pattern}' has too many parts (at most 16)"
            ));
        }
        Ok(NamePattern {
            parts,
            text: pattern.to_string(),
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// What a file name gives, or `None` when the name does not match.
    /// `name` is the file's name without its directory.
    pub fn read(&self, name: &str) -> Option<Result<Given, String>> {
        let chars: Vec<char> = name.chars().collect();
        if chars.len() > 1000 {
            return None;
        }
        let mut fields = Vec::new();
        let mut failed = vec![false; (self.parts.len() + 1) * (chars.len() + 1)];
        if !self.matches(0, 0, &chars, &mut fields, &mut failed) {
            return None;
        }
        let mut given = Given::default();
        for (part, start, end) in fields {
            let text: String = chars.get(start..end).unwrap_or_default().iter().collect();
            match part {
                Part::Year => match check_year(&text) {
                    Ok(y) => given.plan_year = Some(y),
                    Err(e) => return Some(Err(e)),
                },
                Part::Code => match check_code(&text) {
                    Ok(c) => given.code = Some(c),
                    Err(e) => return Some(Err(e)),
                },
                Part::Region => given.region = Some(text),
                _ => {}
            }
        }
        Some(Ok(given))
    }

    /// Matches parts from `i` against `name` from `at`, recording fields;
    /// `failed` remembers (part, position) pairs that cannot match.
    fn matches(
        &self,
        i: usize,
        at: usize,
        name: &[char],
        fields: &mut Vec<(Part, usize, usize)>,
        failed: &mut [bool],
    ) -> bool {
        let Some(part) = self.parts.get(i) else {
            return at == name.len();
        };
        let key = i * (name.len() + 1) + at;
        if failed.get(key).copied().unwrap_or(true) {
            return false;
        }
        let rest = name.get(at..).unwrap_or_default();
        let ok = match part {
            Part::Literal(lit) => {
                rest.starts_with(lit) && self.matches(i + 1, at + lit.len(), name, fields, failed)
            }
            Part::Year | Part::Code => {
                let n = if *part == Part::Year { 4 } else { 6 };
                rest.len() >= n
                    && rest.iter().take(n).all(char::is_ascii_digit)
                    && self.field(i, at, at + n, name, fields, failed)
            }
            Part::Region | Part::Other => {
                (at + 1..=name.len()).any(|end| self.field(i, at, end, name, fields, failed))
            }
        };
        if !ok {
            if let Some(f) = failed.get_mut(key) {
                *f = true;
            }
        }
        ok
    }

    /// Part `i` as the field `name[at..end]`, then the rest.
    fn field(
        &self,
        i: usize,
        at: usize,
        end: usize,
        name: &[char],
        fields: &mut Vec<(Part, usize, usize)>,
        failed: &mut [bool],
    ) -> bool {
        let Some(part) = self.parts.get(i) else {
            return false;
        };
        fields.push((part.clone(), at, end));
        if self.matches(i + 1, end, name, fields, failed) {
            return true;
        }
        fields.pop();
        false
    }
}

/// A file's name without its directory: what a name pattern reads and what
/// a manifest row may name besides the whole path.
fn base_name(name: &str) -> &str {
    std::path::Path::new(name)
        .file_name()
        .and_then(|b| b.to_str())
        .unwrap_or(name)
}

/// Fills what is stated about each file (`givens[i]` for `names[i]`) from
/// its name; a value already stated wins. Returns the problems: a name that
/// does not match the pattern, or that gives a malformed year or code.
pub fn apply_name_pattern(
    pattern: &NamePattern,
    names: &[String],
    givens: &mut [Given],
) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, given) in names.iter().zip(givens.iter_mut()) {
        match pattern.read(base_name(name)) {
            Some(Ok(from_name)) => *given = given.clone().or(&from_name),
            Some(Err(e)) => problems.push(format!("{name}: name pattern: {e}")),
            None => problems.push(format!(
                "{name}: the name does not match the pattern '{}': nothing given",
                pattern.as_str()
            )),
        }
    }
    problems
}

/// Adds a manifest's rows (its CSV text, see [`parse_manifest`]) to what is
/// stated about the files they name, by path or by base name; a row's values
/// win. Returns the problems: the manifest's own, and rows that name none of
/// the files.
pub fn apply_manifest(text: &str, names: &[String], givens: &mut [Given]) -> Vec<String> {
    let (entries, mut problems) = parse_manifest(text);
    for entry in entries {
        let mut used = false;
        for (name, given) in names.iter().zip(givens.iter_mut()) {
            if *name == entry.file || base_name(name) == entry.file {
                *given = entry.given.clone().or(given);
                used = true;
            }
        }
        if !used {
            problems.push(format!(
                "line {}: {} is not among the files: row unused",
                entry.line, entry.file
            ));
        }
    }
    problems
}

/// Two files stated as the same region (or code) and year: one problem for
/// each file that claims what an earlier one did.
pub fn duplicate_claims(names: &[String], givens: &[Given]) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, g) in givens.iter().enumerate() {
        let (Some(year), Some(place)) = (g.plan_year, g.region.as_ref().or(g.code.as_ref())) else {
            continue;
        };
        let first = givens.iter().take(i).position(|h| {
            h.plan_year == Some(year)
                && h.region
                    .as_ref()
                    .or(h.code.as_ref())
                    .is_some_and(|p| same_region(p, place))
        });
        if let Some(first) = first {
            problems.push(format!(
                "{} and {} are both given as {place} {year}",
                names.get(first).map_or("", String::as_str),
                names.get(i).map_or("", String::as_str)
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_years() {
        assert_eq!(check_code(" 360700 "), Ok("360700".to_string()));
        for bad in [
            "36070",
            "3607001",
            "36070a",
            "000000",
            "990000",
            "３６０７００",
            "",
        ] {
            assert!(check_code(bad).is_err(), "{bad}");
        }
        assert_eq!(check_year("2019"), Ok(2019));
        for bad in ["19", "20190", "1800", "2200", "二〇一九", "-2019"] {
            assert!(check_year(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn name_patterns() {
        let p = NamePattern::parse("{year}_{province}_{region}.txt").unwrap();
        let g = p.read("2019_江西省_赣州市.txt").unwrap().unwrap();
        assert_eq!(g.plan_year, Some(2019));
        assert_eq!(g.region.as_deref(), Some("赣州市"));
        assert!(p.read("赣州市2019.txt").is_none());
        assert!(p.read("2019_江西省_.txt").is_none(), "fields are not empty");
        // The shortest first field that lets the rest match.
        let g = p.read("2019_江西_省_赣州.txt").unwrap().unwrap();
        assert_eq!(g.region.as_deref(), Some("省_赣州"));
        let p = NamePattern::parse("{code}-{year}.txt").unwrap();
        let g = p.read("360700-2020.txt").unwrap().unwrap();
        assert_eq!(
            (g.code.as_deref(), g.plan_year),
            (Some("360700"), Some(2020))
        );
        assert!(p.read("990700-2020.txt").unwrap().is_err());
        for bad in [
            "{year",
            "year}",
            "{}",
            "{a b}",
            "{province}.txt",
            "plain.txt",
        ] {
            assert!(NamePattern::parse(bad).is_err(), "{bad}");
        }
        // Many fields over a long name end quickly (failures are remembered).
        let p = NamePattern::parse("{a}{b}{c}{d}{e}{f}{g}{region}x").unwrap();
        assert!(p.read(&"y".repeat(900)).is_none());
    }

    #[test]
    fn manifests() {
        let text = "\u{feff}File,Region,Code,Year,notes\r\n\
            a.txt,赣州市,,2019,x\r\n\
            \"b,1.txt\",,360700,2020,\"say \"\"hi\"\"\"\n\
            c.txt,鹰潭,36,2019\n\
            d.txt,,,19\n\
            ,赣州市,,2019\n\
            a.txt,,,2021\n\
            \n";
        let (entries, problems) = parse_manifest(text);
        let files: Vec<&str> = entries.iter().map(|e| e.file.as_str()).collect();
        assert_eq!(files, ["a.txt", "b,1.txt", "c.txt", "d.txt"]);
        assert_eq!(entries[0].given.plan_year, Some(2019));
        assert_eq!(entries[1].given.code.as_deref(), Some("360700"));
        assert_eq!(entries[2].given.code, None);
        assert_eq!(entries[3].given, Given::default());
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].starts_with("line 4: c.txt:"), "{problems:?}");
        assert!(problems[1].starts_with("line 5: d.txt:"), "{problems:?}");
        assert!(problems[2].starts_with("line 6:"), "{problems:?}");
        assert!(
            problems[3].contains("listed again (first on line 2)"),
            "{problems:?}"
        );
        let (entries, problems) = parse_manifest("name,year\na.txt,2019\n");
        assert!(entries.is_empty() && problems[0].contains("no 'file' column"));
        assert_eq!(parse_manifest("").1, ["the manifest is empty"]);
    }

    /// What a text reads: a region, years, no code.
    fn read(region: Option<&str>, review_year: Option<i32>, plan_year: Option<i32>) -> Read<'_> {
        Read {
            region,
            code: None,
            review_year,
            plan_year,
        }
    }

    #[test]
    fn reconciling() {
        let given = Given {
            region: Some("赣州".to_string()),
            code: None,
            plan_year: Some(2019),
        };
        let mut w = Vec::new();
        // Filled where the text is silent.
        let r = reconcile("a", Read::default(), &given, false, &mut w);
        assert_eq!(r.region.as_deref(), Some("赣州"));
        assert_eq!((r.review_year, r.plan_year), (Some(2018), Some(2019)));
        assert_eq!(
            (r.region_source, r.year_source),
            (Source::Given, Source::Given)
        );
        // Agreeing: read.
        let r = reconcile(
            "a",
            read(Some("赣州市"), Some(2018), Some(2019)),
            &given,
            false,
            &mut w,
        );
        assert_eq!(
            (r.region_source, r.year_source),
            (Source::Read, Source::Read)
        );
        assert!(w.is_empty());
        // Contradicting: the text wins and both values are named.
        let r = reconcile(
            "a.txt",
            read(Some("鹰潭市"), Some(2019), Some(2020)),
            &given,
            false,
            &mut w,
        );
        assert_eq!(
            (r.region.as_deref(), r.plan_year),
            (Some("鹰潭市"), Some(2020))
        );
        assert_eq!(w.len(), 2);
        assert!(
            w[0].message.contains("a.txt")
                && w[0].message.contains("赣州")
                && w[0].message.contains("鹰潭市")
        );
        assert!(w[1].message.contains("2019") && w[1].message.contains("2020"));
        // Unless the given values are preferred.
        let r = reconcile(
            "a.txt",
            read(Some("鹰潭市"), Some(2019), Some(2020)),
            &given,
            true,
            &mut w,
        );
        assert_eq!(
            (r.region.as_deref(), r.review_year, r.plan_year),
            (Some("赣州"), Some(2018), Some(2019))
        );
        assert_eq!(
            (r.region_source, r.year_source),
            (Source::Given, Source::Given)
        );
        // A code alone names a region the text does not name.
        let code = Given {
            code: Some("360700".to_string()),
            ..Given::default()
        };
        let r = reconcile("a", Read::default(), &code, false, &mut w);
        let name = region_of_code("360700").unwrap_or_else(|| "360700".to_string());
        assert_eq!(
            (r.region.as_deref(), r.code.as_deref()),
            (Some(name.as_str()), Some("360700"))
        );
    }

    #[cfg(feature = "gazetteer")]
    #[test]
    fn reconciling_by_code() {
        let mut w = Vec::new();
        // A former name read with its code is today's region.
        let former = Read {
            region: Some("思茅市"),
            code: Some("530800"),
            ..Read::default()
        };
        let r = reconcile("a", former, &Given::default(), false, &mut w);
        assert_eq!(
            (r.region.as_deref(), r.code.as_deref()),
            (Some("普洱市"), Some("530800"))
        );
        // Codes are compared when both sides have one.
        let given = Given {
            code: Some("360700".to_string()),
            ..Given::default()
        };
        let r = reconcile("f.txt", former, &given, false, &mut w);
        assert_eq!(r.code.as_deref(), Some("530800"));
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].message.contains("赣州市") && w[0].message.contains("普洱市"));
        // A given code that agrees with the text's name is the row's code.
        let r = reconcile(
            "g.txt",
            Read {
                region: Some("赣州"),
                ..Read::default()
            },
            &given,
            false,
            &mut w,
        );
        assert_eq!(r.code.as_deref(), Some("360700"));
        assert_eq!(w.len(), 1);
    }

    use proptest::prelude::*;

    /// Text made of the characters manifests and names are made of.
    fn pieces() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("{year}"),
                Just("{region}"),
                Just("{code}"),
                Just("{x}"),
                Just("{"),
                Just("}"),
                Just("_"),
                Just(","),
                Just("\""),
                Just("\n"),
                Just("\r\n"),
                Just("2019"),
                Just("360700"),
                Just("赣州市"),
                Just(".txt"),
                Just("file,region,code,year\n"),
                Just("é"),
                Just("𠀀"),
            ],
            0..24,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        /// Any manifest text, pattern and name: no panic; what a match gives is well formed.
        #[test]
        fn never_panics(text in pieces(), pattern in pieces(), name in pieces(), any in ".{0,40}") {
            let (entries, _) = parse_manifest(&text);
            let _ = parse_manifest(&any);
            for e in &entries {
                prop_assert!(!e.file.is_empty());
                prop_assert!(e.given.code.as_deref().is_none_or(is_code));
            }
            for p in [pattern.as_str(), any.as_str()] {
                if let Ok(p) = NamePattern::parse(p) {
                    for n in [name.as_str(), any.as_str()] {
                        if let Some(Ok(g)) = p.read(n) {
                            prop_assert!(g.plan_year.is_none_or(|y| (1949..=2100).contains(&y)));
                            prop_assert!(g.code.as_deref().is_none_or(is_code));
                        }
                    }
                }
            }
        }
    }
}
