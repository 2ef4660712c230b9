//! Every output format rendered from the same runs — the bundled draft
//! summary against the bundled claims, and the same a year and a half
//! later beside an unreadable file — and pinned as a snapshot.

mod common;

use common::Test;
use factlint::check::Checker;
use factlint::claims;
use factlint::document::Document;
use factlint::findings::{FileError, FileReport, Report, SourcePlace, Status};
use factlint::report::github::Github;
use factlint::report::gitlab::Gitlab;
use factlint::report::human::Human;
use factlint::report::json::{self, Json};
use factlint::report::jsonl::Jsonl;
use factlint::report::junit::Junit;
use factlint::report::rdjson::Rdjson;
use factlint::report::sarif::Sarif;
use factlint::report::statistics::Statistics;
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
        "\"nearest\": {",
        "\"reason\": \"anchor_absent\"",
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

/// The bundled claims, named as a run from the project's folder names them.
fn bundled_claims() -> claims::ClaimSet {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut claims = claims::load(&root.join("claims.toml")).expect("the bundled claims load");
    claims.path = PathBuf::from("claims.toml");
    claims
}

/// Every format of the later run (a failed file, review findings) by name,
/// rendered as the binary would without `-v`.
fn every_format(report: &Report) -> Vec<(&'static str, String)> {
    let claim_sets = [bundled_claims()];
    vec![
        ("json", json(report)),
        (
            "jsonl",
            render(report, |out| Box::new(Jsonl::new(out, false))),
        ),
        (
            "sarif",
            render(report, |out| Box::new(Sarif::new(out, &claim_sets, false))),
        ),
        (
            "github",
            render(report, |out| Box::new(Github::new(out, false))),
        ),
        ("junit", render(report, |out| Box::new(Junit::new(out)))),
        (
            "rdjson",
            render(report, |out| Box::new(Rdjson::new(out, false))),
        ),
        (
            "gitlab",
            render(report, |out| Box::new(Gitlab::new(out, false))),
        ),
    ]
}

#[test]
fn jsonl_report() {
    let text = render(&later_report(), |out| Box::new(Jsonl::new(out, false)));
    // One object per line: the draft's problems in each copy, the failed
    // file in its place, the review findings last.
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let paths: Vec<&str> = lines.iter().map(|l| l["path"].as_str().unwrap()).collect();
    let first_error = paths.iter().position(|p| *p == "unreadable.md").unwrap();
    assert!(paths[..first_error]
        .iter()
        .all(|p| *p == "articles/draft-summary.md"));
    assert_eq!(
        lines[first_error]["error"],
        "cannot read: Permission denied"
    );
    assert!(lines.iter().any(|l| l["path"] == "copy.md"));
    let last = lines.last().unwrap();
    assert_eq!(
        (last["path"].as_str(), last["reason"].as_str()),
        (Some("claims.toml"), Some("review"))
    );
    // No info, no matches, without -v.
    assert!(lines
        .iter()
        .all(|l| l["severity"] != "info" && l["status"] != "match"));
    insta::assert_snapshot!(text);
}

#[test]
fn sarif_report() {
    let text = render(&later_report(), |out| {
        Box::new(Sarif::new(out, std::slice::from_ref(&*SARIF_CLAIMS), false))
    });
    insta::assert_snapshot!(text);
}

static SARIF_CLAIMS: std::sync::LazyLock<claims::ClaimSet> =
    std::sync::LazyLock::new(bundled_claims);

/// The OASIS SARIF 2.1.0 schema from `../shared/specs/sarif/`.
fn sarif_schema() -> jsonschema::Validator {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/specs/sarif/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("the SARIF schema at {}: {err}", path.display()));
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

#[track_caller]
fn assert_valid_sarif(validator: &jsonschema::Validator, text: &str) {
    let value: serde_json::Value = serde_json::from_str(text).expect("SARIF output is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}\n{text}", errors.join("\n"));
}

#[test]
fn sarif_validates_against_the_schema() {
    let validator = sarif_schema();
    let claim_sets = [bundled_claims()];
    for report in [sample_report(), later_report()] {
        for verbose in [false, true] {
            let text = render(&report, |out| {
                Box::new(Sarif::new(out, &claim_sets, verbose))
            });
            assert_valid_sarif(&validator, &text);
        }
    }
    // A run with nothing to report, and one with odd paths, validate too.
    let mut odd = later_report();
    odd.files[0].document = Document::new(
        "drafts/a b#1?.md",
        odd.files[0].document.source().to_string(),
    );
    let empty = Report {
        files: Vec::new(),
        claims_findings: Vec::new(),
        ..sample_report()
    };
    for report in [odd, empty] {
        let text = render(&report, |out| Box::new(Sarif::new(out, &claim_sets, false)));
        assert_valid_sarif(&validator, &text);
    }
    // The validator is not a rubber stamp: a result without a message fails.
    let broken = render(&sample_report(), |out| {
        Box::new(Sarif::new(out, &claim_sets, false))
    })
    .replacen("\"message\"", "\"massage\"", 1);
    let value: serde_json::Value = serde_json::from_str(&broken).unwrap();
    assert!(!validator.is_valid(&value));
}

#[test]
fn github_report() {
    let text = render(&later_report(), |out| Box::new(Github::new(out, false)));
    let (summary, commands) = text.trim_end().rsplit_once('\n').unwrap();
    for line in summary.lines() {
        assert!(
            line.starts_with("::error file=") || line.starts_with("::warning file="),
            "{line}"
        );
    }
    assert!(
        commands.starts_with("3 files against 123 claims"),
        "{commands}"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn junit_report() {
    let text = render(&later_report(), |out| Box::new(Junit::new(out)));
    // Well-formed XML: every element read back, balanced.
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut depth, mut cases, mut failures) = (0i32, 0, 0);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) => {
                depth += 1;
                cases += usize::from(e.name().as_ref() == b"testcase");
                failures += usize::from(e.name().as_ref() == b"failure");
            }
            quick_xml::events::Event::Empty(e) => {
                cases += usize::from(e.name().as_ref() == b"testcase");
            }
            quick_xml::events::Event::End(_) => depth -= 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0);
    // One test case per claim and readable text, one for the unreadable
    // text, one per claims-file finding.
    let report = later_report();
    let claims = bundled_claims().claims.len();
    assert_eq!(cases, 2 * claims + 1 + report.claims_findings.len());
    // The draft's four mismatches and its stale tariff, in each copy, and
    // the review findings.
    assert_eq!(failures, 2 * 5 + report.claims_findings.len());
    insta::assert_snapshot!(text);
}

#[test]
fn rdjson_report() {
    let text = render(&later_report(), |out| Box::new(Rdjson::new(out, false)));
    let value: serde_json::Value = serde_json::from_str(&text).expect("rdjson is JSON");
    // Byte columns: the quote's mismatch starts after a curly quote mark,
    // which is three bytes.
    let report = sample_report();
    let quote = report.files[0]
        .findings
        .iter()
        .find(|f| f.claim == "sheikh-persona-priorities" && f.status == Status::Mismatch)
        .unwrap();
    let start = quote.span.unwrap().start;
    let text_before = &report.files[0].document.source()[..start];
    let line_start = text_before.rfind('\n').map_or(0, |i| i + 1);
    let diagnostic = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"]["value"] == "sheikh-persona-priorities")
        .unwrap();
    assert_eq!(
        diagnostic["location"]["range"]["start"]["column"],
        start - line_start + 1
    );
    assert_ne!(
        start - line_start + 1,
        text_before[line_start..].chars().count() + 1,
        "the sample's quote line has multi-byte characters before the value"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn gitlab_report() {
    let text = render(&later_report(), |out| Box::new(Gitlab::new(out, false)));
    let issues: Vec<serde_json::Value> = serde_json::from_str(&text).expect("a JSON array");
    let mut fingerprints: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    let all = fingerprints.len();
    fingerprints.sort();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), all, "fingerprints are unique");
    // The fingerprint is sha256(path, claim, found).
    let first = &issues[0];
    let report = sample_report();
    let finding = report.files[0]
        .findings
        .iter()
        .find(|f| f.claim == first["check_name"].as_str().unwrap() && f.is_problem())
        .unwrap();
    assert_eq!(
        first["fingerprint"],
        report::fingerprint(
            "articles/draft-summary.md",
            &finding.claim,
            finding.found.as_deref(),
            1
        )
    );
    insta::assert_snapshot!(text);
}

#[test]
fn every_format_emits_warnings_and_errors_and_info_only_with_verbose() {
    // A fact the sample does not state is a finding at info: left out,
    // then in with -v.
    let report = sample_report();
    let missing = report.files[0]
        .findings
        .iter()
        .find(|f| f.status == Status::Missing)
        .expect("the sample leaves some facts out");
    assert_eq!(missing.severity, claims::Severity::Info);
    let claim_sets = [bundled_claims()];
    let mentions = |verbose: bool, format: &str| -> bool {
        let text = match format {
            "jsonl" => render(&report, |out| Box::new(Jsonl::new(out, verbose))),
            "sarif" => render(&report, |out| {
                Box::new(Sarif::new(out, &claim_sets, verbose))
            }),
            "github" => render(&report, |out| Box::new(Github::new(out, verbose))),
            "rdjson" => render(&report, |out| Box::new(Rdjson::new(out, verbose))),
            "gitlab" => render(&report, |out| Box::new(Gitlab::new(out, verbose))),
            _ => unreachable!(),
        };
        // SARIF lists every claim as a rule: look for a result.
        let needle = match format {
            "sarif" => format!("\"ruleId\": \"{}\"", missing.claim),
            _ => missing.claim.clone(),
        };
        text.contains(&needle)
    };
    for format in ["jsonl", "sarif", "github", "rdjson", "gitlab"] {
        assert!(!mentions(false, format), "{format}");
        assert!(mentions(true, format), "{format}");
    }
    // Every format names every problem's claim.
    for (format, text) in every_format(&later_report()) {
        for claim in [
            "fwo-usm-deal-amount",
            "wlf-launch-date",
            "india-tariff-rate",
        ] {
            assert!(text.contains(claim), "{format} lacks {claim}");
        }
    }
}

#[test]
fn statistics_count_each_claim() {
    let report = later_report();
    let mut statistics = Statistics::new();
    for file in &report.files {
        statistics.add_file(file);
    }
    statistics.add_claims_findings(&report.claims_findings);
    let mut out = Vec::new();
    statistics.render(&mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let row = |claim: &str| {
        text.lines()
            .find(|l| l.split_whitespace().next() == Some(claim))
            .unwrap_or_else(|| panic!("{claim}: {text}"))
            .split_whitespace()
            .skip(2)
            .map(|n| n.parse::<usize>().unwrap())
            .collect::<Vec<_>>()
    };
    // texts, match, mismatch, stale, missing: two copies of the draft.
    assert_eq!(row("fwo-usm-deal-amount")[..3], [2, 0, 2]);
    insta::assert_snapshot!(text);
}
