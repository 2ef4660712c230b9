//! Source mode and the baseline through the real binary: `--source`,
//! `--pairs`, `--baseline`, `--update-baseline`, with claims too.

mod common;

use common::Test;
use std::path::Path;

const ARTICLE: &str = "---\ndate: 2024-03-15\n---\n\
The bank earned $2.4 billion in the quarter. Its capital ratio was 12.6 percent \
at the end of the period, up 40 basis points. The board raised the quarterly \
dividend to $0.45 per share.\n";

const SUMMARY: &str =
    "The bank earned $2.4 billion and raised its quarterly dividend to $0.55 per share.\n\
It hired 300 tellers.\n";

const RIGHT: &str = "The bank earned $2.4 billion; its dividend rose to $0.45 a share.\n";

/// Runs factlint in `dir`; returns the exit code, stdout and stderr.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = assert_cmd::Command::cargo_bin("factlint")
        .expect("the factlint binary")
        .current_dir(dir)
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("TERM")
        .write_stdin("")
        .output()
        .expect("factlint runs");
    (
        output.status.code().expect("an exit code"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_summary_is_checked_against_its_source_with_no_claims_file() {
    Test::new()
        .file("article.md", ARTICLE)
        .file("summary.md", SUMMARY)
        .args(&[
            "summary.md",
            "--source",
            "article.md",
            "--as-of",
            "2024-04-01",
        ])
        .stdout_contains("summary.md:1:67: error[mismatch] source:money (money)")
        .stdout_contains("money differs: the summary says $0.55, the source $0.45")
        .stdout_contains("summary.md:2:10: error[unsupported] source:count (count)")
        .stdout_contains("1 match, 1 mismatch, 0 stale, 0 missing, 1 unsupported")
        .status(1);
    Test::new()
        .file("article.md", ARTICLE)
        .file("summary.md", RIGHT)
        .args(&["summary.md", "--source", "article.md"])
        .stdout_contains("2 match, 0 mismatch, 0 stale, 0 missing")
        .stdout_lacks("unsupported")
        .status(0);
}

#[test]
fn json_carries_the_source_value_and_sentence() {
    let out = Test::new()
        .file("article.md", ARTICLE)
        .file("summary.md", SUMMARY)
        .args(&["summary.md", "--source", "article.md", "--format", "json"])
        .status(1);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let findings = json["files"][0]["findings"].as_array().expect("findings");
    let swap = findings
        .iter()
        .find(|f| f["status"] == "mismatch")
        .expect("a mismatch");
    assert_eq!(swap["claim"], "source:money");
    assert_eq!(swap["expected"], "$0.45");
    assert_eq!(swap["replacement"], "$0.45");
    let place = &swap["source"];
    assert_eq!(place["path"], "article.md");
    let (start, end) = (
        place["start"].as_u64().unwrap() as usize,
        place["end"].as_u64().unwrap() as usize,
    );
    assert!(
        ARTICLE[start..end].starts_with("The board raised"),
        "{place}"
    );
    assert_eq!(place["line"], 4);
    let unsupported = findings
        .iter()
        .find(|f| f["status"] == "unsupported")
        .expect("unsupported");
    assert_eq!(unsupported["expected"], "");
    assert_eq!(json["summary"]["unsupported"], 1);
    assert!(findings.iter().all(|f| f["status"] != "missing"));
}

#[test]
fn pairs_are_checked_in_one_process_and_an_unreadable_one_in_its_place() {
    Test::new()
        .file("a/article.md", ARTICLE)
        .file("a/summary.md", RIGHT)
        .file("a/wrong.md", SUMMARY)
        .file(
            "a/pairs.jsonl",
            "{\"summary\": \"summary.md\", \"source\": \"article.md\"}\n\
             {\"summary\": \"wrong.md\", \"source\": \"article.md\"}\n\
             {\"summary\": \"summary.md\", \"source\": \"gone.md\"}\n",
        )
        .args(&["--pairs", "a/pairs.jsonl"])
        .stdout_contains("a/wrong.md:1:67: error[mismatch] source:money")
        .stdout_contains("a/gone.md")
        .status(2);
    Test::new()
        .file("pairs.jsonl", "{\"summary\": \"s.md\"}\n")
        .args(&["--pairs", "pairs.jsonl"])
        .stderr_contains("pairs.jsonl:1:")
        .stderr_contains("missing field `source`")
        .status(2);
}

#[test]
fn a_suppression_comment_names_source_or_a_kind() {
    for id in ["source", "count"] {
        let summary = format!(
            "The bank earned $2.4 billion.\n<!-- factlint-disable-next-line {id} -->\nIt hired 300 tellers.\n"
        );
        Test::new()
            .file("article.md", ARTICLE)
            .file("summary.md", &summary)
            .args(&["summary.md", "--source", "article.md"])
            .stdout_contains("1 suppressed")
            .stderr_lacks("suppresses nothing")
            .status(0);
    }
}

#[test]
fn curated_claims_win_where_both_speak() {
    Test::new()
        .file("article.md", ARTICLE)
        .file("summary.md", SUMMARY)
        .file(
            "claims.toml",
            "[[claim]]\nid = \"dividend\"\nabout = [\"dividend\"]\nmoney = \"$0.55\"\n",
        )
        .args(&[
            "summary.md",
            "--source",
            "article.md",
            "-c",
            "claims.toml",
            "--format",
            "jsonl",
        ])
        .stdout_contains("\"claim\":\"source:count\"")
        .stdout_lacks("\"claim\":\"source:money\",\"kind\":\"money\",\"status\":\"mismatch\"")
        .status(1);
}

#[test]
fn the_baseline_accepts_reviewed_findings_and_reports_only_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("article.md"), ARTICLE).unwrap();
    std::fs::write(root.join("summary.md"), SUMMARY).unwrap();
    let check = [
        "summary.md",
        "--source",
        "article.md",
        "--baseline",
        "ok.json",
    ];

    // Accept today's findings: the file is written, the run passes.
    let update: Vec<&str> = check.iter().copied().chain(["--update-baseline"]).collect();
    let (code, _, _) = run(root, &update);
    assert_eq!(code, 0);
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("ok.json")).unwrap()).unwrap();
    assert_eq!(written["version"], 1);
    assert_eq!(written["entries"].as_array().unwrap().len(), 2);

    // An unrelated edit moves every offset; the findings stay accepted.
    std::fs::write(root.join("summary.md"), format!("In short:\n\n{SUMMARY}")).unwrap();
    let (code, out, _) = run(root, &check);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 baselined"), "{out}");

    // A new wrong value fails the run, alone.
    std::fs::write(
        root.join("summary.md"),
        format!("{SUMMARY}It paid $9 million in fines.\n"),
    )
    .unwrap();
    let (code, out, _) = run(root, &check);
    assert_eq!(code, 1);
    assert!(
        out.contains("the source nowhere states $9 million"),
        "{out}"
    );
    assert!(!out.contains("300 tellers"), "{out}");

    // A fixed summary leaves entries that no longer occur: a warning.
    std::fs::write(root.join("summary.md"), RIGHT).unwrap();
    let (code, _, err) = run(root, &check);
    assert_eq!(code, 0);
    assert!(
        err.contains("warning: 2 entries of the baseline ok.json no longer occur"),
        "{err}"
    );
}

#[test]
fn the_baseline_works_in_claims_mode_too() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("claims.toml"),
        "[[claim]]\nid = \"dividend\"\nabout = [\"dividend\"]\nmoney = \"$0.45\"\n",
    )
    .unwrap();
    std::fs::write(root.join("story.md"), "The dividend was $0.55.\n").unwrap();
    let (code, _, _) = run(root, &["story.md", "--baseline", "b.json"]);
    assert_eq!(
        code, 2,
        "a missing baseline is an error without --update-baseline"
    );
    let (code, _, _) = run(
        root,
        &["story.md", "--baseline", "b.json", "--update-baseline"],
    );
    assert_eq!(code, 0);
    let (code, out, _) = run(root, &["story.md", "--baseline", "b.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 baselined"), "{out}");
}

#[test]
fn update_baseline_needs_a_baseline_and_pairs_take_no_paths() {
    Test::new()
        .args(&["--update-baseline"])
        .stderr_contains("--baseline")
        .status(2);
    Test::new()
        .file("s.md", "x")
        .args(&["s.md", "--pairs", "p.jsonl"])
        .stderr_contains("cannot be used with")
        .status(2);
}
