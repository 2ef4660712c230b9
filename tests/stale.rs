//! Facts that were true once: values superseded on a date, titles that
//! changed, sentences that date themselves, dates relative to publication,
//! and claims due for review — judged with the bundled claims.

mod common;

use common::Test;
use factlint::check::Checker;
use factlint::claims::{self, ClaimSet, Severity};
use factlint::document::Document;
use factlint::findings::{Finding, Reason, Status};
use jiff::civil::Date;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bundled() -> ClaimSet {
    claims::load(&root().join("claims.toml")).expect("the bundled claims load")
}

fn day(text: &str) -> Date {
    text.parse().expect("a test date")
}

/// The finding for `claim` when `text` is published on `published`.
fn finding(claims: &ClaimSet, text: &str, published: &str, claim: &str) -> Finding {
    let document = Document::new("t", text.to_string());
    Checker::new(claims)
        .check(&document, day(published))
        .into_iter()
        .find(|f| f.claim == claim)
        .expect("the claim is in the claims file")
}

#[track_caller]
fn case(text: &str, published: &str, claim: &str, status: Status, reason: Option<Reason>) {
    let found = finding(&bundled(), text, published, claim);
    assert_eq!(
        (found.status, found.reason),
        (status, reason),
        "{claim} in {text:?} published {published}: {}",
        found.message
    );
}

#[test]
fn a_value_is_judged_by_what_held_on_publication() {
    use Status::*;
    let tariffs = "Trump raised tariffs on India to 25 percent over its purchases of Russian oil.";
    case(tariffs, "2025-08-01", "india-tariff-rate", Match, None);
    case(
        tariffs,
        "2025-11-24",
        "india-tariff-rate",
        Stale,
        Some(Reason::Superseded),
    );
    let raised = tariffs.replace("25 percent", "50 percent");
    case(&raised, "2025-11-24", "india-tariff-rate", Match, None);
    case(&raised, "2025-08-01", "india-tariff-rate", Mismatch, None);
    let stale = finding(&bundled(), tariffs, "2025-11-24", "india-tariff-rate");
    assert_eq!(stale.replacement.as_deref(), Some("50 percent"));
    assert_eq!(stale.stale_since, Some(day("2025-08-27")));
    assert_eq!(stale.severity, Severity::Error);
}

#[test]
fn a_title_is_judged_by_what_held_then() {
    use Status::*;
    let general = "Pakistan's army chief, Gen. Asim Munir, met Trump at the White House.";
    case(general, "2025-04-15", "munir-rank", Match, None);
    case(
        general,
        "2025-11-24",
        "munir-rank",
        Stale,
        Some(Reason::Superseded),
    );
    let marshal = "Field Marshal Asim Munir met Trump at the White House.";
    case(marshal, "2025-11-24", "munir-rank", Match, None);
    case(marshal, "2025-04-15", "munir-rank", Mismatch, None);
    // A sentence that dates itself is judged on its own date.
    let caption = "A billboard of Gen. Asim Munir in Rawalpindi on May 14.";
    case(caption, "2025-11-24", "munir-rank", Match, None);
    // "then-" puts a title in the past.
    let then = "Trump got on well with then-Prime Minister Imran Khan.";
    case(then, "2025-11-24", "khan-title", Match, None);
    let now = "Trump got on well with Prime Minister Imran Khan.";
    case(
        now,
        "2025-11-24",
        "khan-title",
        Stale,
        Some(Reason::Superseded),
    );
    case(now, "2021-06-01", "khan-title", Match, None);
    // "current" says the title is held now.
    let current = "Pakistan's current ambassador to the United States, Husain Haqqani, spoke.";
    case(
        current,
        "2025-11-24",
        "haqqani-title",
        Stale,
        Some(Reason::Superseded),
    );
    case(current, "2010-06-01", "haqqani-title", Match, None);
}

#[test]
fn relative_dates_read_against_publication() {
    use Status::*;
    let arrest = "Earlier this year, Pakistan helped arrest Sharifullah.";
    case(arrest, "2025-11-24", "sharifullah-arrest-date", Match, None);
    case(
        arrest,
        "2026-03-01",
        "sharifullah-arrest-date",
        Mismatch,
        None,
    );
}

#[test]
fn last_thursday_is_the_thursday_before_publication() {
    let claims = claims::parse_claims(
        std::path::Path::new("claims.toml"),
        "[[claim]]\nid = \"visit\"\nabout = [\"Oval Office\"]\ndate = 2025-09-25\n",
    )
    .expect("valid claims");
    let text = "Trump hosted Sharif in the Oval Office last Thursday.";
    let on = |published: &str| finding(&claims, text, published, "visit").status;
    assert_eq!(on("2025-10-02"), Status::Match);
    assert_eq!(on("2025-10-09"), Status::Mismatch);
}

#[test]
fn the_seed_is_due_for_review_later() {
    let seed = root().join("../shared/seed/article.txt");
    if !seed.is_file() {
        eprintln!("skipped: {} is not here", seed.display());
        return;
    }
    let run = |fail_on: &str, status: i32| {
        let seed = seed.display().to_string();
        let claims = root().join("claims.toml").display().to_string();
        Test::new()
            .args(&[
                "check",
                &seed,
                "--claims",
                &claims,
                "--published",
                "2025-11-24",
                "--as-of",
                "2027-06-01",
                "--format",
                "json",
                "--fail-on",
                fail_on,
            ])
            .status(status)
    };
    // Review findings are warnings: they fail the run only when asked to.
    let output = run("error", 0);
    run("warning", 1);
    let report: factlint::report::json::JsonReport = serde_json::from_str(&output).unwrap();
    let claims = bundled();
    // The text keeps its own statuses: it states every claim right.
    assert!(report.files[0].findings.iter().all(|f| f.status == "match"));
    // Each verified claim is due, once, for the claims file.
    let due: Vec<&str> = report
        .claims_findings
        .iter()
        .map(|f| f.claim.as_str())
        .collect();
    let verified: Vec<&str> = claims
        .claims
        .iter()
        .filter(|c| c.verified.is_some())
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(due, verified);
    for (finding, claim) in report
        .claims_findings
        .iter()
        .zip(claims.claims.iter().filter(|c| c.verified.is_some()))
    {
        assert_eq!(
            (
                finding.status.as_str(),
                finding.reason.as_deref(),
                finding.severity.as_str(),
                finding.texts,
                finding.line,
            ),
            ("stale", Some("review"), "warning", 1, claim.line),
            "{}",
            finding.claim
        );
    }
}
