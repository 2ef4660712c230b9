//! Every output format rendered from the same run — the bundled draft
//! summary against the bundled claims — and pinned as a snapshot.

mod common;

use common::Test;
use factlint::check::Checker;
use factlint::claims;
use factlint::document::Document;
use factlint::findings::{FileError, FileReport, Report, SourcePlace, Status};
use factlint::report::human::Human;
use factlint::report::json::{self, Json};
use factlint::report::{self, Palette, Renderer};
use jiff::civil::Date;
use std::path::PathBuf;

fn sample_report() -> Report {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let claims = claims::load(&root.join("claims.toml")).expect("the bundled claims load");
    let path = "articles/draft-summary.md";
    let text = std::fs::read_to_string(root.join(path)).expect("the draft summary");
    let document = Document::new(path, text);
    let published = Date::new(2025, 11, 24).unwrap();
    let as_of = Date::new(2025, 11, 28).unwrap();
    let findings = Checker::new(&claims).check(&document, published);
    Report {
        as_of,
        claims: claims.claims.len(),
        files: vec![FileReport {
            document,
            claims: Some("claims.toml".to_string()),
            published: Some(published),
            findings,
            baselined: 0,
            notices: Vec::new(),
            fixed: 0,
            error: None,
        }],
        claims_findings: Vec::new(),
    }
}

/// The sample run a year and a half later, with an unreadable file between
/// two copies of the draft: every claim it states is due for review.
fn later_report() -> Report {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut claims = claims::load(&root.join("claims.toml")).expect("the bundled claims load");
    // Named as a run from the project's folder names it.
    claims.path = PathBuf::from("claims.toml");
    let mut report = sample_report();
    report.as_of = Date::new(2027, 6, 1).unwrap();
    let copy = FileReport {
        document: Document::new("copy.md", report.files[0].document.source().to_string()),
        claims: Some("claims.toml".to_string()),
        published: report.files[0].published,
        findings: report.files[0].findings.clone(),
        baselined: 0,
        notices: Vec::new(),
        fixed: 0,
        error: None,
    };
    report.files.push(FileReport::failed(FileError {
        path: "unreadable.md".to_string(),
        position: None,
        message: "cannot read: Permission denied".to_string(),
    }));
    report.files.push(copy);
    let stating: Vec<usize> = claims
        .claims
        .iter()
        .map(|c| {
            report
                .files
                .iter()
                .filter(|f| {
                    f.findings
                        .iter()
                        .any(|x| x.claim == c.id && x.status != Status::Missing)
                })
                .count()
        })
        .collect();
    report.claims_findings = Checker::new(&claims).claims_findings(report.as_of, &stating);
    report
}

fn render(report: &Report, renderer: impl Fn(&mut Vec<u8>) -> Box<dyn Renderer + '_>) -> String {
    let mut out = Vec::new();
    report::render(report, &mut *renderer(&mut out)).expect("rendering into memory cannot fail");
    String::from_utf8(out).expect("reports are UTF-8")
}

fn human(report: &Report, verbose: bool) -> String {
    render(report, |out| {
        Box::new(Human::new(out, Palette::plain(), verbose))
    })
}

fn json(report: &Report) -> String {
    render(report, |out| Box::new(Json::new(out)))
}

#[test]
fn human_report() {
    insta::assert_snapshot!(human(&sample_report(), false));
}

#[test]
fn human_report_verbose() {
    insta::assert_snapshot!(human(&sample_report(), true));
}

#[test]
fn json_report() {
    let report = sample_report();
    let text = json(&report);
    let parsed: json::JsonReport = serde_json::from_str(&text).expect("the JSON reads back");
    // Every claim at least once; a claim stated wrongly in several places
    // once per place.
    let findings = &parsed.files[0].findings;
    assert!(findings.len() >= parsed.summary.claims);
    for claim in claims::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("claims.toml"))
        .unwrap()
        .claims
    {
        assert!(findings.iter().any(|f| f.claim == claim.id), "{}", claim.id);
    }
    insta::assert_snapshot!(text);
}

#[test]
fn json_streamed_is_the_whole_document_pretty_printed() {
    for report in [sample_report(), later_report()] {
        let streamed = json(&report);
        let whole = serde_json::to_string_pretty(&json::to_json(&report)).unwrap() + "\n";
        assert_eq!(streamed, whole);
    }
}

#[test]
fn a_run_with_a_failed_file_and_claims_findings() {
    let report = later_report();
    let text = json(&report);
    let parsed: json::JsonReport = serde_json::from_str(&text).expect("the JSON reads back");
    assert_eq!(parsed.files.len(), 3);
    let failed = &parsed.files[1];
    assert_eq!(
        (
            failed.path.as_str(),
            failed.published.as_deref(),
            failed.error.as_deref()
        ),
        (
            "unreadable.md",
            None,
            Some("cannot read: Permission denied")
        )
    );
    assert!(failed.findings.is_empty());
    assert_eq!(parsed.files[2].claims.as_deref(), Some("claims.toml"));
    // Review findings come once, for the claims file, with the texts that
    // state each claim; the texts keep their own statuses.
    assert!(!parsed.claims_findings.is_empty());
    for finding in &parsed.claims_findings {
        assert_eq!(
            (
                finding.path.as_str(),
                finding.status.as_str(),
                finding.reason.as_deref(),
                finding.texts
            ),
            ("claims.toml", "stale", Some("review"), 2),
            "{finding:?}"
        );
        assert!(finding.line > 0 && finding.column > 0);
    }
    assert!(parsed.files[0]
        .findings
        .iter()
        .all(|f| f.reason.as_deref() != Some("review")));
    // The draft's one superseded value, in each copy, and the review findings.
    assert_eq!(parsed.summary.stale, 2 + parsed.claims_findings.len());
    assert_eq!(parsed.summary.files, 3);
    insta::assert_snapshot!(human(&report, false));
}

#[test]
fn colored_human_report_from_the_binary() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let stdout = Test::new()
        .args(&[
            "--claims",
            root.join("claims.toml").to_str().unwrap(),
            root.join("articles/draft-summary.md").to_str().unwrap(),
            "--published",
            "2025-11-24",
            "--as-of",
            "2025-11-28",
            "--color",
            "always",
        ])
        .status(1);
    let stdout = stdout.replace(root.to_str().unwrap(), "<root>");
    insta::assert_snapshot!(stdout);
}

#[test]
fn every_field_of_the_contract_reads_back() {
    // The later run, with one finding silenced by a comment and one judged
    // against a source text, so that every optional field is written.
    let mut report = later_report();
    let findings = &mut report.files[0].findings;
    findings[0].suppressed = true;
    findings[1].status = Status::Unsupported;
    findings[1].source = Some(SourcePlace {
        path: "source.md".to_string(),
        span: factlint::extract::Span::new(10, 42),
        line: 2,
        column: 5,
    });
    report.files[0].baselined = 3;
    let text = json(&report);
    for field in [
        "\"suppressed\": true",
        "\"source\": {",
        "\"status\": \"unsupported\"",
        "\"claims_findings\": [",
        "\"error\": ",
        "\"claims\": \"claims.toml\"",
        "\"texts\": 2",
        "\"baselined\": 3",
        "\"unsupported\": 1",
        "\"suppressed\": 1",
    ] {
        assert!(text.contains(field), "{field} not in the report");
    }
    let parsed: json::JsonReport = serde_json::from_str(&text).expect("the JSON reads back");
    // Equal on the wire (the summary's internal counts are not written).
    let written = serde_json::to_value(json::to_json(&report)).unwrap();
    assert!(serde_json::to_value(&parsed).unwrap() == written);
    let source = parsed.files[0].findings[1].source.as_ref().unwrap();
    assert_eq!(
        (
            source.path.as_str(),
            source.start,
            source.end,
            source.line,
            source.column
        ),
        ("source.md", 10, 42, 2, 5)
    );
    // A suppressed finding never fails the run.
    let summary = report.summary();
    assert_eq!(summary.suppressed, 1);
    let mut quiet = sample_report();
    for finding in &mut quiet.files[0].findings {
        finding.suppressed = true;
    }
    assert_eq!(quiet.worst(), None);
}
