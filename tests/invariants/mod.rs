//! The invariants every input keeps, whatever it is: no panic; every span
//! on char boundaries, within its text and in order; `text[start..end]` is
//! the found text; line and column agree with the span; the starter claims
//! file of any text loads; every loader error has a message.
//!
//! One definition, three users: the property test (`tests/properties.rs`),
//! the replay of the fuzz corpus and crash inputs (`tests/fuzz_corpus.rs`),
//! and the fuzz targets (`fuzz/fuzz_targets/`), which include this file by
//! path. Each check panics with the input's reason when an invariant fails.
#![allow(dead_code)]

use factlint::check::Checker;
use factlint::claims::{parse_claims, parse_claims_bytes, ClaimSet};
use factlint::document::{Document, Format};
use factlint::extract::{Kind, Span};
use factlint::extract_run::{self, Extraction};
use factlint::findings::{FileReport, Report};
use factlint::report::{self, claims_toml, extract_json, human::Human, json, Palette};
use jiff::civil::Date;
use std::path::Path;

/// The date relative dates are read against.
pub const PUBLISHED: Date = Date::constant(2025, 11, 24);

/// The fixed claims file texts are checked against: the project's own, of
/// every kind of claim.
pub const CLAIMS: &str = include_str!("../../claims.toml");

/// The project's claims, loaded.
pub fn claims() -> ClaimSet {
    parse_claims(Path::new("claims.toml"), CLAIMS).expect("the project's claims load")
}

/// The reader a fuzz input is read with: its first byte picks plain text,
/// Markdown or HTML, so one corpus covers every reader.
pub fn split_format(data: &[u8]) -> (Format, &[u8]) {
    match data.split_first() {
        Some((first, rest)) => {
            let format = match first % 3 {
                0 => Format::Plain,
                1 => Format::Markdown,
                _ => Format::Html,
            };
            (format, rest)
        }
        None => (Format::Plain, data),
    }
}

fn path_of(format: Format) -> &'static str {
    match format {
        Format::Plain => "text.txt",
        Format::Markdown => "text.md",
        Format::Html => "text.html",
    }
}

#[track_caller]
fn on_boundaries(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {}..{} out of a text of {} bytes",
        span.start,
        span.end,
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {}..{} cuts a character",
        span.start,
        span.end
    );
}

/// Line and column of byte `at` of `source`, counted afresh: lines end at
/// `\n`, columns count characters from 1, and a byte-order mark is no
/// column.
fn line_col(source: &str, at: usize) -> (usize, usize) {
    let before = &source[..at];
    let line = before.matches('\n').count() + 1;
    let mut start = before.rfind('\n').map_or(0, |i| i + 1);
    if start == 0 && source.starts_with('\u{feff}') && at >= 3 {
        start = 3;
    }
    (line, source[start..at].chars().count() + 1)
}

/// Extracts `text` read as `format`: every value's span is on char
/// boundaries of the prose, in text order; both outputs render; the starter
/// claims file loads.
pub fn extract_holds(format: Format, text: &str) {
    let document = Document::with_format(path_of(format), text.to_string(), format);
    let prose = document.text();
    for span in document.sentences() {
        on_boundaries(prose, *span, "sentence");
    }
    let values = extract_run::values_on(&document, PUBLISHED, 1);
    for (i, found) in values.iter().enumerate() {
        on_boundaries(prose, found.span, "value");
        if let Some(next) = values.get(i + 1) {
            assert!(
                (found.span.start, found.span.end) <= (next.span.start, next.span.end),
                "values out of text order: {:?} before {:?}",
                found.span,
                next.span
            );
        }
    }
    let extraction = Extraction {
        document,
        published: PUBLISHED,
        values,
    };
    let mut json = Vec::new();
    extract_json::render(&extraction, &mut json).expect("JSON renders");
    serde_json::from_slice::<serde_json::Value>(&json).expect("extract's JSON is JSON");
    starter_loads(&extraction);
}

/// The starter claims file of an extraction loads.
pub fn starter_loads(extraction: &Extraction) {
    let toml = claims_toml::to_toml(extraction);
    if let Err(err) = parse_claims(Path::new("claims.toml"), &toml) {
        panic!("the starter claims do not load: {err}\n{toml}");
    }
}

/// Loads `bytes` as a claims file: it loads or says why, with a place on a
/// real line.
pub fn loader_holds(bytes: &[u8]) {
    if let Err(err) = parse_claims_bytes(Path::new("claims.toml"), bytes.to_vec()) {
        assert!(
            !err.message.trim().is_empty(),
            "an error with no message: {err}"
        );
        if let Some((line, column)) = err.position {
            assert!(line >= 1 && column >= 1, "no such place: {err}");
            let lines = bytes.split(|&b| b == b'\n').count();
            assert!(line <= lines, "line {line} of {lines}: {err}");
        }
    }
}

/// Checks `text` read as `format` against `claims`: every finding's span
/// is on char boundaries of the file and its prose, the prose there is the
/// found text (the file too, for plain text); the human and JSON reports
/// render, and the JSON's line and column agree with each span; the
/// starter claims of the text load.
pub fn check_holds(claims: &ClaimSet, checker: &Checker, format: Format, text: &str) {
    let document = Document::with_format(path_of(format), text.to_string(), format);
    let findings = checker.check(&document, PUBLISHED);
    let source = document.source();
    for finding in &findings {
        let Some(span) = finding.span else { continue };
        on_boundaries(source, span, &finding.claim);
        let prose_span = document.prose_span(span);
        on_boundaries(document.text(), prose_span, &finding.claim);
        if let Some(found) = &finding.found {
            // A quote's found text is its words, inside the marks its span
            // takes in; any other value's is its span's text.
            let holds = |at: &str| match finding.kind {
                Kind::Quote => at.contains(found.as_str()),
                _ => at == found,
            };
            let prose = &document.text()[prose_span.start..prose_span.end];
            assert!(
                holds(prose),
                "{}: the prose at the span, {prose:?}, is not the found text {found:?}",
                finding.claim
            );
            let file = &source[span.start..span.end];
            assert!(
                format != Format::Plain || holds(file),
                "{}: the file at the span, {file:?}, is not the found text {found:?}",
                finding.claim
            );
        }
        assert_eq!(
            document.line_col(span.start),
            line_col(source, span.start),
            "{}: line and column of {}",
            finding.claim,
            span.start
        );
    }

    let report = Report {
        as_of: PUBLISHED,
        claims: claims.claims.len(),
        files: vec![FileReport {
            document,
            claims: Some("claims.toml".to_string()),
            published: Some(PUBLISHED),
            findings,
            baselined: 0,
            notices: Vec::new(),
            fixed: 0,
            error: None,
        }],
        claims_findings: Vec::new(),
    };
    let mut human = Vec::new();
    report::render(&report, &mut Human::new(&mut human, Palette::plain(), true))
        .expect("the human report renders");
    String::from_utf8(human).expect("the human report is UTF-8");
    let mut out = Vec::new();
    report::render(&report, &mut json::Json::new(&mut out)).expect("the JSON report renders");
    let parsed: json::JsonReport =
        serde_json::from_slice(&out).expect("the JSON report reads back");
    let source = report.files[0].document.source();
    for finding in parsed.files.iter().flat_map(|f| &f.findings) {
        let Some(span) = &finding.span else { continue };
        assert!(span.start <= span.end && span.end <= source.len());
        assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
        assert_eq!(
            (span.line, span.column),
            line_col(source, span.start),
            "{}: JSON start",
            finding.claim
        );
        assert_eq!(
            (span.end_line, span.end_column),
            line_col(source, span.end),
            "{}: JSON end",
            finding.claim
        );
    }

    let document = &report.files[0].document;
    let extraction = Extraction {
        document: document.clone(),
        published: PUBLISHED,
        values: extract_run::values_on(document, PUBLISHED, 1),
    };
    starter_loads(&extraction);
}
