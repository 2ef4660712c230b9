//! The binary in an editor's hands: `--write` and `--diff`, Markdown and
//! HTML read as prose, inline suppression. Each test runs the real binary
//! in a temporary folder with a clean environment and reads the files back.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

/// Runs factlint in `dir`: stdout, stderr and the exit code.
fn factlint(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let output = Command::cargo_bin("factlint")
        .expect("the binary")
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .args(args)
        .output()
        .expect("factlint runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
        output.status.code().unwrap_or(-1),
    )
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A folder holding the bundled claims and the given files.
fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    fs::copy(root().join("claims.toml"), dir.path().join("claims.toml")).expect("claims");
    for (name, bytes) in files {
        fs::write(dir.path().join(name), bytes).expect("a fixture");
    }
    dir
}

fn draft() -> Vec<u8> {
    fs::read(root().join("articles/draft-summary.md")).expect("the draft summary")
}

/// Findings at error that carry a replacement, from a JSON report.
fn fixable_errors(json: &str) -> Vec<String> {
    let report: serde_json::Value = serde_json::from_str(json).expect("JSON report");
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap().clone())
        .filter(|f| f["severity"] == "error" && !f["replacement"].is_null())
        .map(|f| f["claim"].as_str().unwrap().to_string())
        .collect()
}

const AS_OF: &str = "2025-11-28";

#[test]
fn write_fixes_every_replacement_and_a_second_write_changes_nothing() {
    let dir = folder(&[("d.md", &draft())]);
    let (out, _, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "d.md"],
    );
    assert!(out.contains(", 5 fixed"), "{out}");
    assert_eq!(code, 0, "{out}");
    let (json, _, code) = factlint(
        dir.path(),
        &[
            "-c",
            "claims.toml",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "d.md",
        ],
    );
    assert_eq!(fixable_errors(&json), Vec::<String>::new());
    assert_eq!(code, 0);
    let fixed = fs::read(dir.path().join("d.md")).unwrap();
    let (out, _, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "d.md"],
    );
    assert_eq!(code, 0);
    assert!(!out.contains("fixed"), "{out}");
    assert_eq!(fs::read(dir.path().join("d.md")).unwrap(), fixed);
    // Only the five wrong values changed.
    let before = String::from_utf8(draft()).unwrap();
    let after = String::from_utf8(fixed).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 5, "{changed:#?}");
    assert!(after.contains("signed a $500 million deal"));
    assert!(after.contains("“It’s persona, priorities, policy—in that order.”"));
}

#[test]
fn a_claim_stated_wrongly_twice_is_fixed_in_both_places() {
    let text = "---\ndate: 2025-11-24\n---\nThe Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals.\n\n\
                Later, U.S. Strategic Metals confirmed the $550 million deal.\n";
    let dir = folder(&[("d.md", text.as_bytes())]);
    let (json, _, _) = factlint(
        dir.path(),
        &[
            "-c",
            "claims.toml",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "d.md",
        ],
    );
    assert_eq!(
        fixable_errors(&json),
        ["fwo-usm-deal-amount", "fwo-usm-deal-amount"]
    );
    let (out, _, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "d.md"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(", 2 fixed"), "{out}");
    let after = fs::read_to_string(dir.path().join("d.md")).unwrap();
    assert_eq!(after, text.replace("$550 million", "$500 million"));
    let (_, _, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "d.md"],
    );
    assert_eq!(code, 0);
    assert_eq!(fs::read_to_string(dir.path().join("d.md")).unwrap(), after);
}

const EVERY_KIND: &str = r#"
[[claim]]
id = "deal"
about = ["Strategic Metals"]
money = "$500 million"

[[claim]]
id = "meetings"
about = ["Sharif"]
count = "three times"

[[claim]]
id = "troops"
about = ["troops"]
number = "2,000"

[[claim]]
id = "tariff"
about = ["tariffs", "India"]
percent = "50 percent"

[[claim]]
id = "area"
about = ["Balochistan"]
quantity = "230,000 square miles"

[[claim]]
id = "sentence"
about = ["Imran Khan"]
duration = "14 years"

[[claim]]
id = "launch"
about = ["World Liberty Financial"]
date = "2024-09"

[[claim]]
id = "rank"
about = ["field marshal"]
ordinal = "second"

[[claim]]
id = "younus"
person = "Uzair Younus"
title = "principal at the Asia Group"

[[claim]]
id = "love"
speaker = "Donald Trump"
quote = "I love Pakistan"
"#;

const EVERY_KIND_WRONG: &str = "---\ndate: 2025-11-24\n---\n\
The deal with U.S. Strategic Metals was worth $550 million.\n\n\
Trump has met Sharif four times this year.\n\n\
About 2,500 troops were sent.\n\n\
Trump raised tariffs on India to 25 percent.\n\n\
Balochistan covers 200,000 square miles.\n\n\
Imran Khan is serving a 12-year sentence.\n\n\
Trump launched World Liberty Financial in September 2023.\n\n\
Munir is only the third Pakistani to hold the rank of field marshal.\n\n\
Uzair Younus, a partner at the Asia Group, spoke.\n\n\
“I like Pakistan,” Donald Trump said.\n";

#[test]
fn every_kinds_replacement_is_applied_and_checks_again_as_match() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("claims.toml"), EVERY_KIND).unwrap();
    fs::write(dir.path().join("k.md"), EVERY_KIND_WRONG).unwrap();
    let (out, _, code) = factlint(dir.path(), &["--as-of", AS_OF, "k.md"]);
    assert_eq!(code, 1);
    assert!(out.contains("0 match, 10 mismatch"), "{out}");
    let (out, _, code) = factlint(dir.path(), &["--as-of", AS_OF, "-w", "k.md"]);
    assert!(
        out.contains("10 match, 0 mismatch, 0 stale, 0 missing, 10 fixed"),
        "{out}"
    );
    assert_eq!(code, 0);
    let after = fs::read_to_string(dir.path().join("k.md")).unwrap();
    for written in [
        "$500 million",
        "three times",
        "2,000 troops",
        "50 percent",
        "230,000 square miles",
        "14-year",
        "September 2024",
        "the second Pakistani",
        "a principal at the Asia Group",
        "“I love Pakistan,”",
    ] {
        assert!(after.contains(written), "{written} not in {after}");
    }
}

#[test]
fn crlf_and_a_bom_come_back_byte_identical_outside_the_edits() {
    let text = "\u{feff}---\r\ndate: 2025-11-24\r\n---\r\nIn September, the Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals.\r\n\r\nNo final newline, caf\u{e9} and cafe\u{301}.";
    let dir = folder(&[("d.md", text.as_bytes())]);
    let (_, _, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "d.md"],
    );
    assert_eq!(code, 0);
    let after = fs::read(dir.path().join("d.md")).unwrap();
    assert_eq!(after, text.replace("$550", "$500").into_bytes());
}

#[test]
fn diff_prints_only_the_diff_and_writes_nothing() {
    let dir = folder(&[("d.md", &draft())]);
    let (out, err, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "--diff", "d.md"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(out.starts_with("--- a/d.md\n+++ b/d.md\n@@ "), "{out}");
    assert!(out.contains(
        "\n-In September, the Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals.\n\
         +In September, the Frontier Works Organization signed a $500 million deal with U.S. Strategic Metals.\n"
    ));
    assert_eq!(
        out.lines().filter(|l| l.starts_with('+')).count(),
        6,
        "{out}"
    );
    assert!(!out.contains("match"), "no report: {out}");
    assert_eq!(fs::read(dir.path().join("d.md")).unwrap(), draft());
    // The diff applies as git would apply it.
    let patched = apply_unified(&String::from_utf8(draft()).unwrap(), &out);
    let written = folder(&[("d.md", &draft())]);
    factlint(
        written.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "d.md"],
    );
    assert_eq!(
        patched,
        fs::read_to_string(written.path().join("d.md")).unwrap()
    );
}

/// Applies a one-file unified diff whose hunks hold whole lines.
fn apply_unified(before: &str, diff: &str) -> String {
    let mut lines: Vec<&str> = before.split_inclusive('\n').collect();
    let mut offset: isize = 0;
    for hunk in diff.split("\n@@ ").skip(1) {
        let start: isize = hunk[1..hunk.find(',').unwrap()].parse().unwrap();
        let body: Vec<&str> = hunk.split_inclusive('\n').skip(1).collect();
        let old: Vec<&str> = body
            .iter()
            .filter(|l| !l.starts_with('+'))
            .map(|l| &l[1..])
            .collect();
        let new: Vec<&str> = body
            .iter()
            .filter(|l| !l.starts_with('-'))
            .map(|l| &l[1..])
            .collect();
        let at = (start - 1 + offset) as usize;
        assert_eq!(&lines[at..at + old.len()], old.as_slice(), "hunk context");
        lines.splice(at..at + old.len(), new.iter().copied());
        offset += new.len() as isize - old.len() as isize;
    }
    lines.concat()
}

#[test]
fn diff_and_write_refuse_what_they_cannot_do() {
    let dir = folder(&[("d.md", &draft())]);
    let (_, err, code) = factlint(dir.path(), &["-c", "claims.toml", "-w", "-"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "factlint: error: --write cannot edit standard input: name the file, or use --diff\n"
    );
    let (_, err, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--diff", "--format", "json", "d.md"],
    );
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "factlint: error: --diff prints only the diff: it cannot be combined with --format json\n"
    );
    let (_, err, code) = factlint(dir.path(), &["-c", "claims.toml", "--diff", "-w", "d.md"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot be used with"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_file_that_cannot_be_written_is_an_error_in_its_place() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder(&[]);
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::write(locked.join("d.md"), draft()).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes anywhere: the test means something only for other users.
    let writable = fs::write(locked.join("probe"), "x").is_ok();
    let (out, _, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "locked/d.md"],
    );
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    if writable {
        assert_eq!(code, 0, "{out}");
        return;
    }
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("locked/d.md: error: cannot write the fixes: Permission denied"),
        "{out}"
    );
    assert_eq!(fs::read(locked.join("d.md")).unwrap(), draft());
}

/// A Markdown draft with every kind of thing that is not prose, each
/// holding a wrong figure, a table, and a hard-wrapped wrong sentence.
const MARKDOWN: &str = "---
title: \"$900 million in the front matter\"
date: 2025-11-24
---
# Notes on the deal

The sample config says `deal = \"$25 billion\"`; see the
[filing for $700 million](https://example.com/U.S.-Strategic-Metals/$800-million)
and <https://example.com/Strategic-Metals/$600-million>.

```toml
# U.S. Strategic Metals deal: $550 million in a code sample
amount = \"$550 million\"
```

    U.S. Strategic Metals: $550 million, indented code

<!-- U.S. Strategic Metals signed a $550 million deal (a comment) -->

<div>U.S. Strategic Metals, $550 million in an HTML block</div>

| Company | Deal |
|---|---|
| U.S. Strategic Metals | $550 million |

In September, the Frontier Works Organization
signed a $550 million deal with U.S.
Strategic Metals, the company said.
";

#[test]
fn markdown_only_prose_is_judged_with_columns_right_on_wrapped_lines() {
    let dir = folder(&[("m.md", MARKDOWN.as_bytes())]);
    let (json, _, code) = factlint(
        dir.path(),
        &[
            "-c",
            "claims.toml",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "m.md",
        ],
    );
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let places: Vec<(String, String, u64, u64)> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["claim"] == "fwo-usm-deal-amount")
        .map(|f| {
            (
                f["claim"].as_str().unwrap().to_string(),
                f["found"].as_str().unwrap().to_string(),
                f["span"]["line"].as_u64().unwrap(),
                f["span"]["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let line_of = |needle: &str| {
        MARKDOWN[..MARKDOWN.find(needle).unwrap()]
            .matches('\n')
            .count() as u64
            + 1
    };
    assert_eq!(
        places,
        [
            (
                "fwo-usm-deal-amount".to_string(),
                "$550 million".to_string(),
                line_of("| U.S. Strategic Metals | $550"),
                27
            ),
            (
                "fwo-usm-deal-amount".to_string(),
                "$550 million".to_string(),
                line_of("signed a $550 million deal with U.S.\n"),
                10
            ),
        ]
    );
    // The human report shows the wrapped sentence on one line, spaces for
    // the breaks, and the table row as cells under their headers.
    let (out, _, _) = factlint(dir.path(), &["-c", "claims.toml", "--as-of", AS_OF, "m.md"]);
    assert!(
        out.contains(&format!(
            "m.md:{}:10: error[mismatch]",
            line_of("signed a $550 million deal with U.S.\n")
        )),
        "{out}"
    );
    assert!(out.contains(
        "  - In September, the Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals, the company said.\n"
    ), "{out}");
    assert!(
        out.contains("  - Company: U.S. Strategic Metals; Deal: $550 million\n"),
        "{out}"
    );
    assert!(!out.contains('\u{fffd}'), "{out}");
    // --write fixes the prose and the cell, nothing else.
    let (_, _, code) = factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "m.md"],
    );
    assert_eq!(code, 0);
    let after = fs::read_to_string(dir.path().join("m.md")).unwrap();
    assert_eq!(
        after.matches("$550 million").count(),
        5,
        "two in the fenced block, the indented code, the comment and the HTML block kept"
    );
    assert!(after.contains("| U.S. Strategic Metals | $500 million |"));
    assert!(after.contains("signed a $500 million deal with U.S.\nStrategic Metals"));
}

#[test]
fn html_reads_the_body_with_entities_mapped_back() {
    let html = "<!DOCTYPE html>\n<html><head><title>U.S. Strategic Metals: $900 million</title>\n\
                <script>var deal = \"U.S. Strategic Metals $550 million\";</script></head>\n<body>\n\
                <p>In September, the Frontier Works Organization signed a &#36;550&nbsp;million deal\n\
                with U.S. Strategic&nbsp;Metals.</p>\n\
                <p>The <code>$550 million</code> U.S. Strategic Metals sample.</p>\n\
                <p>AT&amp;T: the Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals.</p>\n\
                </body></html>\n";
    let dir = folder(&[("a.html", html.as_bytes())]);
    let (out, _, code) = factlint(
        dir.path(),
        &[
            "-c",
            "claims.toml",
            "--as-of",
            AS_OF,
            "--published",
            "2025-11-24",
            "a.html",
        ],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("a.html:5:59: error[mismatch] fwo-usm-deal-amount"),
        "{out}"
    );
    assert!(
        out.contains("a.html:8:55: error[mismatch] fwo-usm-deal-amount"),
        "{out}"
    );
    assert!(out.contains("the text says $550\u{a0}million"), "{out}");
    assert_eq!(out.matches("error[mismatch]").count(), 2, "{out}");
    // The entity-written value is left for a person; the plain one is fixed.
    let (_, _, _) = factlint(
        dir.path(),
        &[
            "-c",
            "claims.toml",
            "--as-of",
            AS_OF,
            "--published",
            "2025-11-24",
            "-w",
            "a.html",
        ],
    );
    let after = fs::read_to_string(dir.path().join("a.html")).unwrap();
    assert_eq!(
        after,
        html.replacen("a $550 million deal", "a $500 million deal", 1)
    );
}

const SUPPRESSED: &str = "---
date: 2025-11-24
---
<!-- factlint-disable-next-line fwo-usm-deal-amount -->
Critics claimed the Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals.

<!-- factlint-disable -->
Trump launched World Liberty Financial in September 2023.
<!-- factlint-enable -->

<!-- factlint-disable-next-line india-tariff-rate -->
Nothing about tariffs here.

<!-- factlint-disable-next-line no-such-claim -->
Uzair Younus, a partner at the Asia Group, says so.
";

#[test]
fn suppressed_findings_are_counted_and_never_fail_the_run() {
    let dir = folder(&[("s.md", SUPPRESSED.as_bytes())]);
    let (out, _, code) = factlint(dir.path(), &["-c", "claims.toml", "--as-of", AS_OF, "s.md"]);
    assert_eq!(code, 1, "the title is not suppressed: {out}");
    assert!(
        out.contains("error[mismatch] (suppressed) fwo-usm-deal-amount"),
        "{out}"
    );
    assert!(
        out.contains("error[mismatch] (suppressed) wlf-launch-date"),
        "{out}"
    );
    assert!(
        out.contains("s.md:15:17: error[mismatch] younus-title"),
        "{out}"
    );
    assert!(out.contains(", 2 suppressed"), "{out}");
    // Unused and unknown comments are warnings at the comment.
    assert!(out.contains(
        "s.md:11:1: warning[unused-suppression] `factlint-disable-next-line india-tariff-rate` suppresses nothing: remove it"
    ), "{out}");
    assert!(out.contains(
        "s.md:14:1: warning[unknown-claim] `factlint-disable-next-line` names `no-such-claim`: no such claim in the claims file"
    ), "{out}");
    assert!(out.contains("3 comment warnings"), "{out}");
    let (json, _, _) = factlint(
        dir.path(),
        &[
            "-c",
            "claims.toml",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "s.md",
        ],
    );
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let suppressed: Vec<&str> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["suppressed"] == true)
        .map(|f| f["claim"].as_str().unwrap())
        .collect();
    assert_eq!(suppressed, ["fwo-usm-deal-amount", "wlf-launch-date"]);
    assert_eq!(report["summary"]["suppressed"], 2);
    let notices = report["files"][0]["notices"].as_array().unwrap();
    let codes: Vec<&str> = notices
        .iter()
        .map(|n| n["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["unused-suppression", "unknown-claim", "unused-suppression"]
    );
    assert_eq!(notices[0]["span"]["line"], 11);
    // The notices read back into the documented schema, unknown fields denied.
    let typed: factlint::report::json::JsonReport = serde_json::from_str(&json).unwrap();
    let notice = &typed.files[0].notices[1];
    assert_eq!(
        (
            notice.code.as_str(),
            notice.severity.as_str(),
            notice.span.line,
            notice.span.column
        ),
        ("unknown-claim", "warning", 14, 1)
    );
    assert_eq!(typed.summary.suppressed, 2);
    // -w leaves suppressed findings as they are.
    factlint(
        dir.path(),
        &["-c", "claims.toml", "--as-of", AS_OF, "-w", "s.md"],
    );
    let after = fs::read_to_string(dir.path().join("s.md")).unwrap();
    assert!(after.contains("signed a $550 million deal"));
    assert!(after.contains("September 2023"));
    assert!(after.contains("a principal at the Asia Group"));
}

#[test]
fn suppressing_every_error_passes_and_unused_comments_fail_only_on_warning() {
    let text = "<!-- factlint-disable-next-line -->\n\
                In September, the Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals.\n\n\
                <!-- factlint-disable-next-line -->\nNothing to silence.\n";
    let dir = folder(&[("s.md", text.as_bytes())]);
    let args = [
        "-c",
        "claims.toml",
        "--as-of",
        AS_OF,
        "--published",
        "2025-11-24",
        "s.md",
    ];
    let (out, _, code) = factlint(dir.path(), &args);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 suppressed, 1 comment warning"), "{out}");
    assert!(out.contains("s.md:4:1: warning[unused-suppression] `factlint-disable-next-line` suppresses nothing: remove it"), "{out}");
    let mut failing = args.to_vec();
    failing.extend(["--fail-on", "warning"]);
    let (_, _, code) = factlint(dir.path(), &failing);
    assert_eq!(code, 1);
}

#[test]
fn plain_text_takes_hash_and_slash_comments() {
    let text = "# factlint-disable-next-line fwo-usm-deal-amount\n\
                In September, the Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals.\n\
                // factlint-disable wlf-launch-date\n\
                Trump launched World Liberty Financial in September 2023.\n";
    let dir = folder(&[("s.txt", text.as_bytes())]);
    let (out, _, code) = factlint(
        dir.path(),
        &[
            "-c",
            "claims.toml",
            "--as-of",
            AS_OF,
            "--published",
            "2025-11-24",
            "s.txt",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(", 2 suppressed"), "{out}");
    assert!(!out.contains("warning["), "{out}");
}
