//! `factlint extract` on small fixtures: the JSON values, the starter
//! claims file, exit codes and input errors.

mod common;

use common::Test;
use factlint::report::extract_json::JsonExtraction;

const STORY: &str = "---
date: 2025-11-24
---
The firm signed a $500 million deal with U.S. Strategic Metals in September.
The blast killed 13 U.S. service members, the second attack this year.

Rizwan Saeed Sheikh, Pakistan’s ambassador to Washington, said: “We are open for business.”
";

fn json(stdout: &str) -> JsonExtraction {
    serde_json::from_str(stdout).expect("the documented JSON schema")
}

#[test]
fn json_lists_every_value_with_its_place() {
    let out = json(
        &Test::new()
            .file("story.md", STORY)
            .args(&["extract", "story.md"])
            .status(0),
    );
    assert_eq!(out.version, 1);
    assert_eq!(out.published, "2025-11-24");
    let found: Vec<(&str, &str, usize, usize)> = out
        .values
        .iter()
        .map(|v| (v.kind.as_str(), v.text.as_str(), v.line, v.column))
        .collect();
    assert_eq!(
        found,
        [
            ("money", "$500 million", 4, 19),
            ("date", "September", 4, 67),
            ("count", "13 U.S. service members", 5, 18),
            ("ordinal", "second", 5, 47),
            ("date", "this year", 5, 61),
            ("title", "Pakistan’s ambassador to Washington", 7, 22),
            ("quote", "“We are open for business.”", 7, 65),
        ]
    );
    let money = &out.values[0].value;
    assert_eq!(money.amount.map(|n| n.0), Some(500_000_000.0));
    assert_eq!(money.currency.as_deref(), Some("USD"));
    let count = &out.values[2].value;
    assert_eq!(count.number.map(|n| n.0), Some(13.0));
    assert_eq!(count.noun.as_deref(), Some("U.S. service members"));
    let date = &out.values[1].value;
    assert_eq!(date.start.as_deref(), Some("2025-09-01"));
    assert_eq!(date.end.as_deref(), Some("2025-10-01"));
    let quote = &out.values[6].value;
    assert_eq!(quote.speaker.as_deref(), Some("Rizwan Saeed Sheikh"));
    assert_eq!(quote.text.as_deref(), Some("We are open for business."));
}

#[test]
fn published_flag_and_stdin() {
    let out = json(
        &Test::new()
            .stdin("Prices rose in June.")
            .args(&["extract", "-", "--published", "2024-03-01"])
            .status(0),
    );
    assert_eq!(out.published, "2024-03-01");
    // The most recent June before publication.
    assert_eq!(out.values[0].value.start.as_deref(), Some("2023-06-01"));

    let out = json(
        &Test::new()
            .stdin("Prices rose 5 percent.")
            .arg("extract")
            .status(0),
    );
    assert_eq!(out.values[0].kind, "percent");
}

#[test]
fn json_snapshot() {
    let stdout = Test::new()
        .file("story.md", STORY)
        .args(&["extract", "story.md"])
        .status(0);
    insta::assert_snapshot!(stdout);
}

#[test]
fn input_errors_exit_2_with_the_check_error_texts() {
    Test::new()
        .args(&["extract", "absent.md"])
        .stderr_contains("factlint: error: absent.md: cannot read: No such file or directory")
        .status(2);
    Test::new()
        .bytes("latin1.txt", b"caf\xe9 au lait")
        .args(&["extract", "latin1.txt"])
        .stderr_contains("factlint: error: latin1.txt:1:4: not UTF-8 text (invalid byte 0xe9)")
        .status(2);
    Test::new()
        .file("story.md", STORY)
        .args(&["extract", "story.md", "--published", "soon"])
        .stderr_contains("invalid value `soon` for --published")
        .status(2);
    Test::new()
        .file("story.md", "---\ndate: someday\n---\nText.\n")
        .args(&["extract", "story.md"])
        .stderr_contains("story.md:2:7: front matter date `someday` is not a date")
        .status(2);
}

#[test]
fn toml_is_a_starter_claims_file_that_checks_its_text() {
    let starter = Test::new()
        .file("story.md", STORY)
        .args(&["extract", "story.md", "--format", "toml"])
        .stdout_contains("[document]\nfiles = [\"story.md\"]")
        .stdout_contains("published = 2025-11-24")
        .stdout_contains(
            "# The firm signed a $500 million deal with U.S. Strategic Metals in September.\n\
             [[claim]]\nid = \"money-signed\"\nabout = [\"signed\"]\n\
             money = \"$500 million\"\n",
        )
        .stdout_contains("about = [\"U.S. Strategic Metals\"]\ndate = \"2025-09\"")
        .stdout_contains("count = \"13 U.S. service members\"")
        .stdout_contains("ordinal = \"second\"")
        .stdout_contains("speaker = \"Rizwan Saeed Sheikh\"\nquote = \"We are open for business.\"")
        .stdout_contains(
            "id = \"title-rizwan-saeed-sheikh\"\nperson = \"Rizwan Saeed Sheikh\"\n\
             title = \"Pakistan’s ambassador to Washington\"\n",
        )
        .stdout_lacks("verified =")
        .status(0);
    // Checked against its own text, every claim matches.
    Test::new()
        .file("story.md", STORY)
        .file("claims.toml", &starter)
        .args(&["--as-of", "2025-11-24"])
        .stdout_contains("7 match, 0 mismatch, 0 stale, 0 missing")
        .status(0);
}
