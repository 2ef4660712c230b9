//! Every output format rendered from the same run — the bundled draft
//! summary against the bundled claims — and pinned as a snapshot.

mod common;

use common::Test;
use factlint::check::Checker;
use factlint::claims;
use factlint::document::Document;
use factlint::findings::{FileReport, Report};
use factlint::report::{human, json, Palette};
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
    let findings = Checker::new(&claims).check(&document, published, as_of);
    Report {
        as_of,
        claims: claims.claims.len(),
        files: vec![FileReport {
            document,
            published,
            findings,
        }],
    }
}

fn render(write: impl Fn(&Report, &mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&sample_report(), &mut out).expect("rendering into memory cannot fail");
    String::from_utf8(out).expect("reports are UTF-8")
}

#[test]
fn human_report() {
    let text = render(|r, out| human::render(r, &Palette::plain(), false, out));
    insta::assert_snapshot!(text);
}

#[test]
fn human_report_verbose() {
    let text = render(|r, out| human::render(r, &Palette::plain(), true, out));
    insta::assert_snapshot!(text);
}

#[test]
fn json_report() {
    let text = render(|r, out| json::render(r, out));
    let parsed: json::JsonReport = serde_json::from_str(&text).expect("the JSON reads back");
    assert_eq!(parsed.files[0].findings.len(), parsed.summary.claims);
    insta::assert_snapshot!(text);
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
