//! The real binary on small fixtures: exit codes, error texts, flags.
//!
//! Every test runs in its own temporary folder with the color variables
//! cleared, so neither the developer's environment nor other tests can
//! change what it sees.

mod common;

use common::Test;

const CLAIMS: &str = r#"
[document]
files = ["story.md"]
published = 2025-11-24

[entities]
"Shehbaz Sharif" = ["Sharif"]

[[claim]]
id = "deal"
about = ["Strategic Metals"]
money = "$500 million"

[[claim]]
id = "tariff"
about = ["tariffs"]
percent = "50 percent"
previously = [{ value = "25 percent", until = 2025-08-27 }]
since = 2025-08-27

[[claim]]
id = "sharif-title"
person = "Shehbaz Sharif"
title = "Prime Minister"
"#;

const RIGHT: &str =
    "The firm signed a $500 million deal with U.S. Strategic Metals in September.\n\
Prime Minister Shehbaz Sharif met him.\n\
The tariffs rose to 50 percent.\n";

const WRONG: &str =
    "The firm signed a $550 million deal with U.S. Strategic Metals in September.\n\
Prime Minister Shehbaz Sharif met him.\n\
The tariffs rose to 25 percent.\n";

#[test]
fn bare_command_checks_the_files_named_in_the_claims() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", RIGHT)
        .args(&["--as-of", "2025-11-28"])
        .stdout_contains(
            "1 file against 3 claims (as of 2025-11-28): 3 match, 0 mismatch, 0 stale, 0 missing",
        )
        .status(0);
}

#[test]
fn check_subcommand_is_the_same_as_the_bare_command() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", RIGHT)
        .args(&["check", "story.md", "--as-of", "2025-11-28"])
        .stdout_contains("3 match")
        .status(0);
}

#[test]
fn mismatch_and_stale_fail_with_a_diff() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", WRONG)
        .args(&["--as-of", "2025-11-28"])
        .stdout_contains("story.md:1:19: error[mismatch] deal (money)")
        .stdout_contains("  - The firm signed a $550 million deal")
        .stdout_contains("  + The firm signed a $500 million deal")
        .stdout_contains("story.md:3:21: error[stale: superseded] tariff (percent)")
        .stdout_contains("  + The tariffs rose to 50 percent.")
        .stdout_contains("1 match, 1 mismatch, 1 stale (1 superseded), 0 missing")
        .status(1);
}

#[test]
fn fail_on_never_reports_but_succeeds() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", WRONG)
        .args(&["--as-of", "2025-11-28", "--fail-on", "never"])
        .stdout_contains("1 mismatch")
        .status(0);
}

#[test]
fn stdin_is_read_for_a_dash() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .stdin(WRONG)
        .args(&["-", "--published", "2025-11-24", "--as-of", "2025-11-28"])
        .stdout_contains("<stdin>:1:19: error[mismatch] deal (money)")
        .status(1);
}

#[test]
fn claims_are_found_in_a_parent_folder() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("drafts/story.md", WRONG)
        .current_dir("drafts")
        .args(&[
            "story.md",
            "--published",
            "2025-11-24",
            "--as-of",
            "2025-11-28",
        ])
        .stdout_contains("story.md:1:19: error[mismatch] deal (money)")
        .status(1);
}

#[test]
fn published_date_decides_what_is_stale() {
    // Before the tariff rose, 25 percent was right.
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", "The tariffs rose to 25 percent.\n")
        .args(&[
            "story.md",
            "--published",
            "2025-08-01",
            "--as-of",
            "2025-11-28",
        ])
        .stdout_contains("1 match, 0 mismatch, 0 stale, 2 missing")
        .status(0);
}

#[test]
fn front_matter_date_is_the_publication_date() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file(
            "old.md",
            "---\ntitle: Old\ndate: 2025-08-01\n---\nThe tariffs rose to 25 percent.\n",
        )
        .args(&["old.md", "--as-of", "2025-11-28", "--format", "json"])
        .stdout_contains("\"published\": \"2025-08-01\"")
        .status(0);
}

#[test]
fn verbose_lists_every_claim() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", RIGHT)
        .args(&["-v", "--as-of", "2025-11-28"])
        .stdout_contains("story.md (published 2025-11-24)")
        .stdout_contains("  match deal (money) 1:19 $500 million")
        .stdout_contains("  match sharif-title (title) 2:1 Prime Minister")
        .status(0);
}

#[test]
fn color_follows_flags_and_environment() {
    let colored = |t: Test| {
        t.file("claims.toml", CLAIMS)
            .file("story.md", WRONG)
            .args(&["--as-of", "2025-11-28"])
    };
    colored(Test::new().arg("--color=always"))
        .stdout_contains("\u{1b}[")
        .status(1);
    colored(Test::new().arg("--color=never").env("CLICOLOR_FORCE", "1"))
        .stdout_lacks("\u{1b}[")
        .status(1);
    colored(Test::new().env("CLICOLOR_FORCE", "1"))
        .stdout_contains("\u{1b}[")
        .status(1);
    colored(Test::new().env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1"))
        .stdout_lacks("\u{1b}[")
        .status(1);
    colored(Test::new().arg("--color=always").env("NO_COLOR", "1"))
        .stdout_contains("\u{1b}[")
        .status(1);
    // Any non-empty NO_COLOR turns color off, "0" included.
    colored(Test::new().env("CLICOLOR_FORCE", "1").env("NO_COLOR", "0"))
        .stdout_lacks("\u{1b}[")
        .status(1);
    // Not a terminal: no color by default.
    colored(Test::new()).stdout_lacks("\u{1b}[").status(1);
}

#[test]
fn json_lists_every_claim_once_per_file() {
    let output = Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", WRONG)
        .args(&["--as-of", "2025-11-28", "--format", "json"])
        .status(1);
    let report: factlint::report::json::JsonReport =
        serde_json::from_str(&output).expect("the JSON report reads back into its schema");
    assert_eq!(report.version, 1);
    assert_eq!(report.as_of, "2025-11-28");
    assert_eq!(report.files.len(), 1);
    let file = &report.files[0];
    assert_eq!(file.path, "story.md");
    assert_eq!(file.published.as_deref(), Some("2025-11-24"));
    let claims: Vec<&str> = file.findings.iter().map(|f| f.claim.as_str()).collect();
    assert_eq!(claims, ["deal", "tariff", "sharif-title"]);
    let deal = &file.findings[0];
    assert_eq!(deal.status, "mismatch");
    assert_eq!(deal.severity, "error");
    assert_eq!(deal.found.as_deref(), Some("$550 million"));
    assert_eq!(deal.replacement.as_deref(), Some("$500 million"));
    let span = deal.span.as_ref().expect("a mismatch has a span");
    assert_eq!(
        (span.line, span.column, span.end_line, span.end_column),
        (1, 19, 1, 31)
    );
    assert_eq!(&WRONG[span.start..span.end], "$550 million");
    let tariff = &file.findings[1];
    assert_eq!(
        (tariff.status.as_str(), tariff.reason.as_deref()),
        ("stale", Some("superseded"))
    );
    assert_eq!(tariff.replacement.as_deref(), Some("50 percent"));
    assert_eq!(report.summary.mismatch, 1);
    assert_eq!(report.summary.stale, 1);
    assert_eq!(report.summary.matched, 1);
}

#[test]
fn review_interval_makes_verified_claims_stale() {
    let claims = r#"
[review]
every = "180 days"

[[claim]]
id = "deal"
about = ["Strategic Metals"]
money = "$500 million"
verified = 2025-11-24
"#;
    Test::new()
        .file("claims.toml", claims)
        .file("story.md", RIGHT)
        .args(&[
            "story.md",
            "--as-of",
            "2026-06-01",
            "--published",
            "2025-11-24",
        ])
        .stdout_contains("warning[stale: review] deal (money)")
        .status(0);
    Test::new()
        .file("claims.toml", claims)
        .file("story.md", RIGHT)
        .args(&[
            "story.md",
            "--as-of",
            "2026-06-01",
            "--published",
            "2025-11-24",
            "--fail-on",
            "warning",
        ])
        .status(1);
    // Not yet due: nothing to say.
    Test::new()
        .file("claims.toml", claims)
        .file("story.md", RIGHT)
        .args(&[
            "story.md",
            "--as-of",
            "2026-05-01",
            "--published",
            "2025-11-24",
        ])
        .stdout_contains("1 match, 0 mismatch, 0 stale, 0 missing")
        .status(0);
    // The claim's own interval and severity win over [review].
    let strict = claims.replace(
        "verified = 2025-11-24",
        "verified = 2025-11-24\nreview_every = \"30 days\"\nseverity = \"error\"",
    );
    Test::new()
        .file("claims.toml", &strict)
        .file("story.md", RIGHT)
        .args(&[
            "story.md",
            "--as-of",
            "2026-01-01",
            "--published",
            "2025-11-24",
        ])
        .stdout_contains("error[stale: review] deal (money)")
        .stdout_contains("last verified 2025-11-24, more than 30 days before 2026-01-01")
        .status(1);
    let severe = claims.replace(
        "every = \"180 days\"",
        "every = \"180 days\"\nseverity = \"error\"",
    );
    Test::new()
        .file("claims.toml", &severe)
        .file("story.md", RIGHT)
        .args(&[
            "story.md",
            "--as-of",
            "2026-06-01",
            "--published",
            "2025-11-24",
        ])
        .stdout_contains("error[stale: review] deal (money)")
        .status(1);
}

const QUOTES: &str = r#"
[entities]
"Donald Trump" = ["Trump"]
"Husain Haqqani" = ["Haqqani"]

[[claim]]
id = "love"
speaker = "Donald Trump"
quote = "I love Pakistan"
"#;

#[test]
fn a_quote_given_to_someone_else_is_a_mismatch() {
    Test::new()
        .file("claims.toml", QUOTES)
        .stdin("“I love Pakistan,” said Husain Haqqani.\n")
        .args(&["-", "--published", "2025-11-24", "--as-of", "2025-11-28"])
        .stdout_contains("error[mismatch] love (quote)")
        .stdout_contains(
            "the text gives the quote “I love Pakistan,” to Husain Haqqani; the claim's speaker is Donald Trump",
        )
        .status(1);
    // Another Trump is not the claim's speaker either.
    Test::new()
        .file("claims.toml", QUOTES)
        .stdin("Eric Trump said, “I love Pakistan.”\n")
        .args(&["-", "--published", "2025-11-24", "--as-of", "2025-11-28"])
        .stdout_contains("error[mismatch] love (quote)")
        .status(1);
    Test::new()
        .file("claims.toml", QUOTES)
        .stdin("“I love Pakistan,” Trump said.\n")
        .args(&["-", "--published", "2025-11-24", "--as-of", "2025-11-28"])
        .stdout_contains("1 match")
        .status(0);
}

#[test]
fn a_file_named_twice_is_checked_once() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", WRONG)
        .args(&["story.md", "./story.md", "--as-of", "2025-11-28"])
        .stdout_contains("1 file against 3 claims")
        .status(1);
}

#[test]
fn expiry_concerns_texts_that_state_the_fact() {
    let claims = r#"
[[claim]]
id = "deal"
about = ["Strategic Metals"]
money = "$500 million"
valid_until = 2025-06-01

[[claim]]
id = "later"
about = ["tariffs"]
percent = "50 percent"
valid_from = 2026-01-01
"#;
    Test::new()
        .file("claims.toml", claims)
        .file("story.md", RIGHT)
        .args(&[
            "story.md",
            "--published",
            "2025-11-24",
            "--as-of",
            "2025-11-28",
        ])
        .stdout_contains("error[stale: expired] deal (money)")
        .stdout_contains("the claim expired on 2025-06-01: check the fact again")
        .stdout_contains("error[stale: expired] later (percent)")
        .stdout_contains("the claim holds only from 2026-01-01, after 2025-11-28")
        .status(1);
    // A text that does not state an expired fact has nothing to fix.
    Test::new()
        .file("claims.toml", claims)
        .file("other.md", "Nothing about it here.\n")
        .args(&[
            "other.md",
            "--published",
            "2025-11-24",
            "--as-of",
            "2025-11-28",
        ])
        .stdout_contains("0 stale, 2 missing")
        .status(0);
}

#[test]
fn columns_do_not_count_a_byte_order_mark() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("bom.md", &format!("\u{feff}{WRONG}"))
        .args(&[
            "bom.md",
            "--published",
            "2025-11-24",
            "--as-of",
            "2025-11-28",
        ])
        .stdout_contains("bom.md:1:19: error[mismatch] deal (money)")
        .status(1);
}

// --- input errors: exit 2, nothing checked, the file (and place) named ---

#[test]
fn standard_input_named_twice_is_a_usage_error() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .stdin(RIGHT)
        .args(&["-", "-"])
        .stderr_contains("factlint: error: `-` (standard input) can be named only once")
        .status(2);
}

#[test]
fn a_front_matter_date_that_is_no_date_is_an_error() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file(
            "old.md",
            "---\ntitle: Old\ndate: 24 Nov 2025\n---\nThe tariffs rose to 25 percent.\n",
        )
        .args(&["old.md", "--as-of", "2025-11-28"])
        .stdout_contains(
            "old.md:3:7: error: front matter date `24 Nov 2025` is not a date like 2025-11-24",
        )
        .stdout_contains("1 file against 3 claims")
        .status(2);
}

#[test]
fn a_review_interval_longer_than_a_century_is_an_error() {
    Test::new()
        .file("claims.toml", "[review]\nevery = \"99999999 days\"\n")
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains(
            "factlint: error: claims.toml:2:9: `99999999 days` is longer than a century",
        )
        .status(2);
}

#[test]
fn invalid_toml_is_reported_at_its_line_and_column() {
    Test::new()
        .file("claims.toml", "[[claim]]\nid = \"a\"\nmoney = \"$5\n")
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: claims.toml:3:")
        .stdout_is("")
        .status(2);
}

#[test]
fn unknown_key_is_an_error() {
    Test::new()
        .file(
            "claims.toml",
            "[[claim]]\nid = \"a\"\nabout = [\"x\"]\nmoney = \"$5\"\ncolour = \"red\"\n",
        )
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: claims.toml:5:1: unknown field `colour`")
        .status(2);
}

#[test]
fn a_claim_without_a_value_is_an_error() {
    Test::new()
        .file("claims.toml", "[[claim]]\nid = \"a\"\nabout = [\"x\"]\n")
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: claims.toml:1:1: claim `a` has no value: add one of money, count, number, percent, quantity, duration, date, ordinal, title, quote")
        .status(2);
}

#[test]
fn an_identifier_claim_is_refused_with_its_reason() {
    Test::new()
        .file(
            "claims.toml",
            "[[claim]]\nid = \"os\"\nabout = [\"ships\"]\nidentifier = \"Windows 11\"\n",
        )
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: claims.toml:4:14: claim `os`: `identifier` is no claim kind; a name that carries a number (\"Windows 11\") states no value, and only source mode (`--source`) checks that the source writes it")
        .status(2);
}

#[test]
fn a_claim_with_two_values_is_an_error() {
    Test::new()
        .file("claims.toml", "[[claim]]\nid = \"a\"\nabout = [\"x\"]\nmoney = \"$5\"\npercent = \"5%\"\n")
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: claims.toml:5:11: claim `a` has two values, `money` and `percent`: a claim states one fact")
        .status(2);
}

#[test]
fn duplicate_ids_are_an_error() {
    Test::new()
        .file(
            "claims.toml",
            "[[claim]]\nid = \"a\"\nabout = [\"x\"]\nmoney = \"$5\"\n\n[[claim]]\nid = \"a\"\nabout = [\"y\"]\nmoney = \"$6\"\n",
        )
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: claims.toml:7:6: duplicate claim id `a` (first defined on line 2)")
        .status(2);
}

#[test]
fn a_value_that_is_not_its_kind_is_an_error() {
    Test::new()
        .file(
            "claims.toml",
            "[[claim]]\nid = \"a\"\nabout = [\"x\"]\nmoney = \"a lot\"\n",
        )
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: claims.toml:4:9: `a lot` is not an amount of money")
        .status(2);
    Test::new()
        .file(
            "claims.toml",
            "[[claim]]\nid = \"a\"\nabout = [\"x\"]\ndate = \"sometime\"\n",
        )
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: claims.toml:4:8: `sometime` is not an absolute date")
        .status(2);
}

#[test]
fn a_missing_claims_file_is_an_error() {
    Test::new()
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains("factlint: error: no claims.toml in ")
        .status(2);
    Test::new()
        .file("story.md", RIGHT)
        .args(&["story.md", "--claims", "nope.toml"])
        .stderr_contains(
            "factlint: error: nope.toml: cannot read claims file: No such file or directory",
        )
        .status(2);
}

#[test]
fn a_missing_text_is_an_error() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .arg("absent.md")
        .stdout_is(
            "absent.md: error: cannot read: No such file or directory\n\
             1 file against 3 claims (as of 2025-11-28): 0 match, 0 mismatch, 0 stale, 0 missing; \
             1 file not checked\n",
        )
        .args(&["--as-of", "2025-11-28"])
        .status(2);
}

#[test]
fn a_text_that_is_not_utf8_is_an_error() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .bytes("latin1.txt", b"Caf\xe9 society\nline two\n")
        .arg("latin1.txt")
        .stdout_contains("latin1.txt:1:4: error: not UTF-8 text (invalid byte 0xe9)")
        .status(2);
}

#[test]
fn an_unreadable_file_is_reported_in_its_place_and_the_others_are_checked() {
    // In its place among the others, in input order, and the run still
    // ends in valid JSON; it exits 2 at the end.
    let output = Test::new()
        .file("claims.toml", CLAIMS)
        .file("a.md", WRONG)
        .bytes("bad.md", b"Caf\xe9\n")
        .file("c.md", RIGHT)
        .args(&[
            "a.md",
            "bad.md",
            "c.md",
            "--as-of",
            "2025-11-28",
            "--format",
            "json",
        ])
        .status(2);
    let report: factlint::report::json::JsonReport =
        serde_json::from_str(&output).expect("valid JSON");
    let paths: Vec<&str> = report.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["a.md", "bad.md", "c.md"]);
    assert_eq!(
        report.files[1].error.as_deref(),
        Some("not UTF-8 text (invalid byte 0xe9) (line 1, column 4)")
    );
    assert!(report.files[1].findings.is_empty());
    assert_eq!(report.files[0].findings.len(), 3);
    assert_eq!(report.files[2].findings.len(), 3);
    assert!(report.files[2].findings.iter().all(|f| f.status == "match"));
    // In the human report, in its place.
    let human = Test::new()
        .file("claims.toml", CLAIMS)
        .file("a.md", WRONG)
        .file("c.md", RIGHT)
        .args(&["a.md", "missing.md", "c.md", "--as-of", "2025-11-28"])
        .stdout_contains("missing.md: error: cannot read: No such file or directory")
        .stdout_contains("; 1 file not checked")
        .status(2);
    let at = |needle: &str| {
        human
            .find(needle)
            .unwrap_or_else(|| panic!("{needle}: {human}"))
    };
    assert!(at("a.md:1:19") < at("missing.md: error") && at("missing.md: error") < at("3 files"));
}

#[test]
fn each_wrong_place_is_its_own_finding() {
    let twice = "The firm signed a $550 million deal with U.S. Strategic Metals.\n\
                 Later, U.S. Strategic Metals confirmed the $550 million deal.\n";
    let output = Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", twice)
        .args(&["story.md", "--as-of", "2025-11-28"])
        .stdout_contains("story.md:1:19: error[mismatch] deal (money)")
        .stdout_contains("story.md:2:44: error[mismatch] deal (money)")
        .stdout_contains("0 match, 2 mismatch")
        .status(1);
    assert_eq!(
        output.matches("error[mismatch] deal").count(),
        2,
        "{output}"
    );
    let json = Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", twice)
        .args(&["story.md", "--as-of", "2025-11-28", "--format", "json"])
        .status(1);
    let report: factlint::report::json::JsonReport = serde_json::from_str(&json).unwrap();
    let deals: Vec<(usize, &str)> = report.files[0]
        .findings
        .iter()
        .filter(|f| f.claim == "deal")
        .map(|f| (f.span.as_ref().unwrap().line, f.status.as_str()))
        .collect();
    assert_eq!(deals, [(1, "mismatch"), (2, "mismatch")]);
    // Stated right twice: one match.
    let right = twice.replace("$550", "$500");
    let json = Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", &right)
        .args(&["story.md", "--as-of", "2025-11-28", "--format", "json"])
        .status(0);
    let report: factlint::report::json::JsonReport = serde_json::from_str(&json).unwrap();
    let deals: Vec<(usize, &str)> = report.files[0]
        .findings
        .iter()
        .filter(|f| f.claim == "deal")
        .map(|f| (f.span.as_ref().unwrap().line, f.status.as_str()))
        .collect();
    assert_eq!(deals, [(1, "match")]);
}

#[test]
fn review_findings_come_once_per_run_for_the_claims_file() {
    let claims = format!(
        "[review]\nevery = \"180 days\"\n{}",
        CLAIMS.replace(
            "money = \"$500 million\"",
            "money = \"$500 million\"\nverified = 2025-11-24"
        )
    );
    let mut test = Test::new().file("claims.toml", &claims);
    let mut args = vec!["--as-of", "2026-06-01", "--published", "2025-11-24"];
    let names: Vec<String> = (0..20).map(|i| format!("s{i}.md")).collect();
    for name in &names {
        test = test.file(name, RIGHT);
        args.push(name);
    }
    let output = test
        .args(&args)
        .stdout_contains("claims.toml:")
        .stdout_contains("warning[stale: review] deal (money)")
        .stdout_contains("(stated in 20 texts)")
        .stdout_contains("20 files against 3 claims (as of 2026-06-01): 60 match, 0 mismatch, 1 stale (1 review), 0 missing")
        .status(0);
    assert_eq!(output.matches("review] deal").count(), 1, "{output}");
}

#[test]
fn a_bad_date_flag_is_a_usage_error() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", RIGHT)
        .args(&["story.md", "--published", "yesterday"])
        .stderr_contains("factlint: error: invalid value `yesterday` for --published: expected a date like 2025-11-24")
        .status(2);
}

// Regression tests for defects found with generated inputs, each from its
// minimized input.

#[test]
fn a_value_after_a_long_unbroken_run_reports_without_panicking() {
    // 240+ bytes with no whitespace before the value, and a no-break space
    // where the context window is cut.
    let glued = format!(
        "U.S. Strategic Metals {}\u{a0}signed a $550 million deal.\nx{} $550 million Strategic Metals\n",
        "y".repeat(250),
        "z".repeat(300)
    );
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", &glued)
        .args(&["story.md", "--as-of", "2025-11-28"])
        .stdout_contains("signed a $500 million deal.")
        .stdout_contains("error[mismatch] deal (money)")
        .status(1);
}

#[test]
fn a_figure_too_large_for_a_number_never_matches() {
    let text = format!("The tariffs rose to {} percent.\n", "9".repeat(320));
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", &text)
        .args(&["story.md", "--as-of", "2025-11-28", "--format", "json"])
        .stdout_contains("\"status\": \"mismatch\"")
        .status(1);
}

#[test]
fn a_syntax_error_toml_leaves_unexplained_still_has_a_message() {
    Test::new()
        .file("claims.toml", "# old Mac line endings\rare not TOML\n")
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains(
            "factlint: error: claims.toml:1:23: invalid TOML: found a carriage return with no line feed after it",
        )
        .status(2);
    Test::new()
        .file("claims.toml", "[[claim]]\nid = \"a\"\nnumber =")
        .file("story.md", RIGHT)
        .arg("story.md")
        .stderr_contains(
            "factlint: error: claims.toml:3:9: `number` has no value: write one after `=` (found the end of the file)",
        )
        .status(2);
}

#[test]
fn a_starter_file_from_a_text_with_control_characters_loads() {
    let text = "The firm\u{1b} paid $500 million\u{0} to U.S. Strategic Metals.\u{7f}\r\n";
    let starter = Test::new()
        .file("story.md", text)
        .args(&[
            "extract",
            "story.md",
            "--format",
            "toml",
            "--published",
            "2025-11-24",
        ])
        .status(0);
    assert!(starter.contains("money = \"$500 million\""), "{starter}");
    // `check` refuses a named text with a NUL byte as binary, in its place;
    // the same text without it matches the starter's claim.
    Test::new()
        .file("story.md", text)
        .file("starter.toml", &starter)
        .args(&["-c", "starter.toml", "story.md", "--as-of", "2025-11-28"])
        .stdout_contains("story.md:1:28: error: a binary file (a NUL byte here), not a text")
        .status(2);
    Test::new()
        .file("story.md", &text.replace('\u{0}', ""))
        .file("starter.toml", &starter)
        .args(&["-c", "starter.toml", "story.md", "--as-of", "2025-11-28"])
        .stdout_contains("1 match, 0 mismatch, 0 stale, 0 missing")
        .status(0);
}

#[test]
fn an_about_phrase_found_nowhere_names_its_near_spelling_once() {
    let claims = r#"
[[claim]]
id = "settlement"
about = ["JP Morgan", "settle"]
money = "$5 million"
"#;
    let text = "JPMorgan agreed to pay $6 million to settle the case.\n";
    // Once for the run, from the claims file, pointing at the first text
    // that holds the near spelling.
    let out = Test::new()
        .file("claims.toml", claims)
        .file("a.md", text)
        .file("b.md", text)
        .args(&["a.md", "b.md", "--published", "2025-11-24"])
        .stdout_contains("claims.toml:3:6: warning[missing] settlement (money)")
        .stdout_contains(
            "`about` phrase “JP Morgan” occurs nowhere; nearest: “JPMorgan” (a.md:1:1)",
        )
        .status(0);
    assert_eq!(out.matches("occurs nowhere").count(), 1, "{out}");
    // A warning fails a run that fails on warnings.
    Test::new()
        .file("claims.toml", claims)
        .file("a.md", text)
        .args(&["a.md", "--published", "2025-11-24", "--fail-on", "warning"])
        .status(1);
    // Spelled right, the claim is found and judged.
    Test::new()
        .file("claims.toml", &claims.replace("JP Morgan", "JPMorgan"))
        .file("a.md", text)
        .args(&["a.md", "--published", "2025-11-24"])
        .stdout_contains("error[mismatch] settlement (money)")
        .stdout_lacks("occurs nowhere")
        .status(1);
}
