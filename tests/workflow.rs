//! The binary in the workflows it fits: folders walked, a claims file per
//! folder, standard input, input limits, every format's exit code, quiet
//! and statistics, completions, the man page and help.

mod common;

use common::Test;

const CLAIMS: &str = r#"
[document]
files = ["story.md"]
published = 2025-11-24

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
"#;

const RIGHT: &str =
    "The firm signed a $500 million deal with U.S. Strategic Metals in September.\n\
The tariffs rose to 50 percent.\n";

const WRONG: &str =
    "The firm signed a $550 million deal with U.S. Strategic Metals in September.\n\
The tariffs rose to 25 percent.\n";

const DATES: [&str; 4] = ["--published", "2025-11-24", "--as-of", "2025-11-28"];

/// A folder of texts of every kind, with an ignored file, a hidden one, a
/// binary file with a text's name and files of other types.
fn mixed_folder() -> Test {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file(".gitignore", "ignored.md\n")
        .file("a.md", WRONG)
        .file("notes.txt", RIGHT)
        .file("page.html", RIGHT)
        .file("sub/deep.rst", RIGHT)
        .file("ignored.md", WRONG)
        .file(".hidden/h.md", WRONG)
        .bytes("blob.md", b"The tariffs\nrose\0 to 25 percent.\n")
        .bytes("image.png", b"\x89PNG\r\n\x1a\n\0\0\0")
        .file("data.csv", "deal,$550 million\n")
}

#[test]
fn a_folder_is_walked_for_texts_and_every_one_is_listed() {
    let stdout = mixed_folder()
        .args(&[".", "-v"])
        .args(&DATES)
        .stdout_contains("a.md (published 2025-11-24)")
        .stdout_contains("notes.txt (published 2025-11-24)")
        .stdout_contains("page.html (published 2025-11-24)")
        .stdout_contains("sub/deep.rst (published 2025-11-24)")
        .stdout_contains("a.md:1:19: error[mismatch] deal (money)")
        .stdout_contains("4 files against 2 claims")
        .stdout_lacks("ignored.md")
        .stdout_lacks(".hidden")
        .stdout_lacks("image.png")
        .stdout_lacks("data.csv")
        .stdout_lacks("blob.md")
        .stderr_contains(
            "factlint: skipped blob.md:2:5: a binary file (a NUL byte here), not a text",
        )
        .status(1);
    // In name order, folder by folder.
    let at = |name: &str| stdout.find(&format!("{name} (published")).unwrap();
    assert!(at("a.md") < at("notes.txt") && at("notes.txt") < at("page.html"));
    assert!(at("page.html") < at("sub/deep.rst"));
    // Without -v, skips are not told.
    mixed_folder()
        .arg(".")
        .args(&DATES)
        .stderr_lacks("skipped")
        .stdout_contains("4 files against 2 claims")
        .status(1);
    // The folder as named leads each path.
    mixed_folder()
        .arg("sub")
        .args(&DATES)
        .arg("-v")
        .stdout_contains("sub/deep.rst (published")
        .stdout_contains("1 file against 2 claims")
        .status(0);
}

#[test]
fn walk_flags_change_what_is_read() {
    let files = |test: Test, args: &[&str]| -> Vec<String> {
        let json = test
            .args(args)
            .args(&DATES)
            .args(&["--format", "json", "--fail-on", "never"])
            .status(0);
        let report: factlint::report::json::JsonReport = serde_json::from_str(&json).unwrap();
        report.files.into_iter().map(|f| f.path).collect()
    };
    assert_eq!(
        files(mixed_folder(), &[".", "--type", "markdown"]),
        ["a.md"]
    );
    assert_eq!(
        files(
            mixed_folder(),
            &[".", "--type", "plain-text", "--type", "rst"]
        ),
        ["notes.txt", "sub/deep.rst"]
    );
    assert_eq!(files(mixed_folder(), &[".", "-g", "*.txt"]), ["notes.txt"]);
    assert_eq!(
        files(mixed_folder(), &[".", "-g", "!sub/**", "-g", "!*.html"]),
        ["a.md", "notes.txt"]
    );
    assert_eq!(
        files(mixed_folder(), &[".", "--no-ignore", "--type", "markdown"]),
        ["a.md", "ignored.md"]
    );
    assert_eq!(
        files(mixed_folder(), &[".", "--hidden", "--type", "markdown"]),
        [".hidden/h.md", "a.md"]
    );
    // A file named is read whatever its type or ignore rules.
    assert_eq!(
        files(mixed_folder(), &["ignored.md", "data.csv"]),
        ["ignored.md", "data.csv"]
    );
    // Named and walked: checked once.
    assert_eq!(
        files(mixed_folder(), &["a.md", ".", "--type", "markdown"]),
        ["a.md"]
    );
    Test::new()
        .file("claims.toml", CLAIMS)
        .args(&[".", "-g", "a["])
        .stderr_contains("factlint: error: invalid value `a[` for --glob: ")
        .status(2);
}

#[test]
fn each_text_is_judged_by_the_nearest_claims_file() {
    let deal = |amount: &str| {
        CLAIMS
            .replace("$500 million", amount)
            .replace("files = [\"story.md\"]\n", "")
    };
    let json = Test::new()
        .file("politics/claims.toml", &deal("$500 million"))
        .file("business/claims.toml", &deal("$550 million"))
        .file("business/story.md", WRONG)
        .file("politics/story.md", WRONG)
        .file("politics/local/story.md", WRONG)
        .file("business/local/claims.toml", &deal("$600 million"))
        .file("business/local/story.md", WRONG)
        .args(&[".", "--format", "json"])
        .args(&DATES)
        .status(1);
    let report: factlint::report::json::JsonReport = serde_json::from_str(&json).unwrap();
    let judged: Vec<(&str, Option<&str>, &str)> = report
        .files
        .iter()
        .map(|f| {
            let deal = f.findings.iter().find(|x| x.claim == "deal").unwrap();
            (f.path.as_str(), f.claims.as_deref(), deal.status.as_str())
        })
        .collect();
    assert_eq!(
        judged,
        [
            (
                "business/local/story.md",
                Some("business/local/claims.toml"),
                "mismatch"
            ),
            ("business/story.md", Some("business/claims.toml"), "match"),
            (
                "politics/local/story.md",
                Some("politics/claims.toml"),
                "mismatch"
            ),
            (
                "politics/story.md",
                Some("politics/claims.toml"),
                "mismatch"
            ),
        ]
    );
    // Three claims files of two claims each judge the run.
    assert_eq!(report.summary.claims, 6);
    // From a subfolder, the claims file is named from there.
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("drafts/story.md", WRONG)
        .current_dir("drafts")
        .args(&["story.md", "--format", "json"])
        .args(&DATES)
        .stdout_contains("\"claims\": \"../claims.toml\"")
        .status(1);
}

#[test]
fn a_claims_file_scope_leaves_out_texts_of_its_folder_when_walked() {
    let scoped = CLAIMS.replace(
        "published = 2025-11-24\n",
        "published = 2025-11-24\ninclude = [\"articles/\", \"*.txt\"]\nexclude = [\"drafts/*.md\", \"README.md\"]\n",
    );
    let desk = || {
        Test::new()
            .file("desk/claims.toml", &scoped)
            .file("desk/articles/a.md", WRONG)
            .file("desk/articles/README.md", WRONG)
            .file("desk/notes.txt", RIGHT)
            .file("desk/drafts/d.md", WRONG)
            .file("desk/drafts/d.txt", RIGHT)
            .file("desk/README.md", WRONG)
            .file("desk/CHANGELOG.md", WRONG)
    };
    let json = desk()
        .args(&["desk", "-v", "--format", "json"])
        .args(&DATES)
        .stderr_contains(
            "factlint: desk/README.md: not checked: desk/claims.toml leaves it out ([document] include/exclude)",
        )
        .stderr_contains("factlint: desk/CHANGELOG.md: not checked")
        .status(1);
    let report: factlint::report::json::JsonReport = serde_json::from_str(&json).unwrap();
    let paths: Vec<&str> = report.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        ["desk/articles/a.md", "desk/drafts/d.txt", "desk/notes.txt"]
    );
    // Named, a text is checked whatever the scope, unless --force-exclude.
    desk()
        .arg("desk/README.md")
        .args(&DATES)
        .stdout_contains("desk/README.md:1:19: error[mismatch] deal (money)")
        .status(1);
    desk()
        .args(&["desk/README.md", "--force-exclude"])
        .args(&DATES)
        .stdout_contains("0 files against 0 claims")
        .status(0);
    // A glob that does not parse is an error at its place.
    Test::new()
        .file("claims.toml", "[document]\nexclude = [\"ok.md\", \"a[\"]\n")
        .file("a.md", RIGHT)
        .arg("a.md")
        .stderr_contains("factlint: error: claims.toml:2:21: `exclude`: invalid glob `a[`: ")
        .status(2);
}

#[test]
fn a_claims_file_named_stands_for_the_texts_it_governs() {
    Test::new()
        .file("desk/claims.toml", CLAIMS)
        .file("desk/story.md", WRONG)
        .file("desk/a.md", RIGHT)
        .file("desk/other/claims.toml", CLAIMS)
        .file("desk/other/b.md", WRONG)
        .file("elsewhere.md", WRONG)
        .args(&["desk/claims.toml", "-v"])
        .args(&DATES)
        .stdout_contains("desk/story.md:1:19: error[mismatch] deal (money)")
        .stdout_contains("desk/a.md (published")
        .stdout_lacks("b.md")
        .stdout_lacks("elsewhere.md")
        .stdout_contains("2 files against 2 claims")
        .status(1);
    Test::new()
        .file("desk/claims.toml", CLAIMS)
        .args(&["desk/claims.toml", "-c", "desk/claims.toml"])
        .stderr_contains(
            "factlint: error: desk/claims.toml is a claims file: pass it with --claims, or name it without --claims to check the texts it governs",
        )
        .status(2);
}

#[test]
fn texts_out_of_reach_of_any_claims_file_are_warned_of_once() {
    let test = || {
        Test::new()
            .file("desk/claims.toml", CLAIMS)
            .file("desk/a.md", WRONG)
            .file("other/b.md", WRONG)
            .file("other/c.md", WRONG)
    };
    let warning = "factlint: warning: 2 texts have no claims.toml in their folder or a parent and were not checked: other/b.md, other/c.md; add one beside them or pass --claims";
    test()
        .arg(".")
        .args(&DATES)
        .stderr_contains(warning)
        .stdout_contains("desk/a.md:1:19")
        .stdout_contains("1 file against 2 claims")
        .status(1);
    test()
        .args(&[".", "--quiet"])
        .args(&DATES)
        .stderr_lacks("warning")
        .status(1);
    // No text in reach of any: nothing to check.
    test()
        .arg("other")
        .args(&DATES)
        .stderr_contains("factlint: error: no claims.toml in ")
        .status(2);
    // A folder with no texts is worth a warning.
    test()
        .file("empty/data.csv", "1,2\n")
        .args(&["desk", "empty"])
        .args(&DATES)
        .stderr_contains("factlint: warning: no texts to check in empty (read: md, markdown")
        .status(1);
}

#[test]
fn a_piped_standard_input_is_the_text() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", RIGHT)
        .stdin(WRONG)
        .args(&DATES)
        .stdout_contains("<stdin>:1:19: error[mismatch] deal (money)")
        .stdout_contains("1 file against 2 claims")
        .status(1);
    // Empty: the [document] files, else an error.
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", RIGHT)
        .args(&DATES)
        .stdout_contains("1 file against 2 claims (as of 2025-11-28): 2 match")
        .status(0);
    Test::new()
        .file("claims.toml", &CLAIMS.replace("files = [\"story.md\"]\n", ""))
        .args(&DATES)
        .stderr_contains("factlint: error: standard input is empty, and no files to check: name them, or list them in [document] files of claims.toml")
        .status(2);
}

#[test]
fn stdin_filename_makes_standard_input_stand_for_a_file() {
    let test = || {
        Test::new()
            .file("claims.toml", CLAIMS)
            .file(
                "desk/claims.toml",
                &CLAIMS.replace("$500 million", "$550 million"),
            )
            .stdin(WRONG)
    };
    // Its claims file is found from its folder; reports name it.
    test()
        .args(&["--stdin-filename", "desk/new.md", "--format", "json"])
        .args(&DATES)
        .stdout_contains("\"path\": \"desk/new.md\"")
        .stdout_contains("\"claims\": \"desk/claims.toml\"")
        .status(1);
    test()
        .args(&["--stdin-filename", "desk/new.md", "-"])
        .args(&DATES)
        .stdout_contains("desk/new.md:2:21: error[stale: superseded] tariff (percent)")
        .stdout_lacks("error[mismatch] deal")
        .status(1);
    // Named as one of the [document] files, it takes their publication
    // date: 25 percent was right before the tariff rose.
    test()
        .args(&[
            "--stdin-filename",
            "story.md",
            "--as-of",
            "2025-08-01",
            "--format",
            "json",
        ])
        .stdout_contains("\"published\": \"2025-11-24\"")
        .status(1);
    test()
        .args(&[
            "--stdin-filename",
            "elsewhere.md",
            "--as-of",
            "2025-08-01",
            "--format",
            "json",
        ])
        .stdout_contains("\"published\": \"2025-08-01\"")
        .status(1);
    test()
        .args(&["--stdin-filename", "a.md", "story.md"])
        .stderr_contains("factlint: error: --stdin-filename names standard input, which is read with `-` or when no PATH is given")
        .status(2);
}

#[test]
fn input_limits_skip_in_a_walk_and_fail_when_named() {
    let big = format!("{}{}", WRONG, "filler words here. ".repeat(20));
    let test = || {
        Test::new()
            .file("claims.toml", CLAIMS)
            .file("small.md", RIGHT)
            .file("big.md", &big)
    };
    test()
        .args(&[".", "--max-filesize", "200", "-v"])
        .args(&DATES)
        .stderr_contains(&format!(
            "factlint: skipped big.md: larger than --max-filesize ({} bytes, more than 200)",
            big.len()
        ))
        .stdout_contains("1 file against 2 claims")
        .status(0);
    test()
        .args(&["big.md", "small.md", "--max-filesize", "200"])
        .args(&DATES)
        .stdout_contains(&format!(
            "big.md: error: larger than --max-filesize ({} bytes, more than 200)",
            big.len()
        ))
        .stdout_contains("2 files against 2 claims")
        .status(2);
    test()
        .args(&[".", "--max-filesize", "1K"])
        .args(&DATES)
        .stdout_contains("2 files against 2 claims")
        .status(1);
    test()
        .args(&[".", "--max-filesize", "lots"])
        .stderr_contains("factlint: error: invalid value `lots` for --max-filesize: expected a size like 500000, 500K, 10M or 1G")
        .status(2);
    Test::new()
        .file("claims.toml", CLAIMS)
        .bytes("blob.md", b"The tariffs\nrose\0 to 25 percent.\n")
        .arg("blob.md")
        .args(&DATES)
        .stdout_contains("blob.md:2:5: error: a binary file (a NUL byte here), not a text")
        .status(2);
    Test::new()
        .file("claims.toml", CLAIMS)
        .args(&["/dev/zero", "-c", "claims.toml"])
        .args(&DATES)
        .stdout_contains(
            "/dev/zero: error: is a device, not a text: factlint reads files and pipes",
        )
        .status(2);
}

/// The binary with standard input taken from `path` (a device, say).
fn with_stdin_from(path: &str, dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("factlint"))
        .current_dir(dir)
        .args(args)
        .stdin(std::fs::File::open(path).unwrap())
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn a_device_on_standard_input_is_never_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("claims.toml"), CLAIMS).unwrap();
    std::fs::write(dir.path().join("story.md"), WRONG).unwrap();
    // `-` from /dev/zero: refused at once, in its place.
    let started = std::time::Instant::now();
    let output = with_stdin_from("/dev/zero", dir.path(), &["-"]);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{stdout}");
    assert!(
        stdout.contains("<stdin>: error: standard input is a device (such as /dev/zero or /dev/null), not a text: pipe or redirect a file"),
        "{stdout}"
    );
    // No PATH and /dev/null: standard input is not a text to read, the
    // [document] files are.
    let output = with_stdin_from("/dev/null", dir.path(), &["--as-of", "2025-11-28"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("story.md:1:19: error[mismatch] deal (money)"),
        "{stdout}"
    );
    // A redirected file is read.
    let output = with_stdin_from(
        dir.path().join("story.md").to_str().unwrap(),
        dir.path(),
        &["--claims", "claims.toml", "--published", "2025-11-24"],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("<stdin>:1:19: error[mismatch] deal (money)"),
        "{stdout}"
    );
}

const FORMATS: [&str; 8] = [
    "human", "json", "jsonl", "sarif", "github", "junit", "rdjson", "gitlab",
];

#[test]
fn every_format_exits_with_the_same_code() {
    for format in FORMATS {
        let run = |text: &str, extra: &[&str]| {
            Test::new()
                .file("claims.toml", CLAIMS)
                .file("story.md", text)
                .args(&["story.md", "--format", format])
                .args(&DATES)
                .args(extra)
        };
        let wrong = run(WRONG, &[]).status(1);
        assert!(wrong.contains("deal"), "{format}: {wrong}");
        run(WRONG, &["--fail-on", "never"]).status(0);
        run(RIGHT, &[]).status(0);
        let missing = run(RIGHT, &["absent.md"]).status(2);
        assert!(missing.contains("absent.md"), "{format}: {missing}");
    }
}

#[test]
fn quiet_prints_only_errors_and_the_summary() {
    let claims = format!(
        "[review]\nevery = \"30 days\"\n{}",
        CLAIMS.replace(
            "money = \"$500 million\"",
            "money = \"$500 million\"\nverified = 2025-01-01"
        )
    );
    let stdout = Test::new()
        .file("claims.toml", &claims)
        .file("story.md", WRONG)
        .args(&["story.md", "--quiet"])
        .args(&DATES)
        .status(1);
    assert_eq!(
        stdout,
        "story.md:1:19: error[mismatch] deal (money)\n\
         \x20 money differs: the text says $550 million, the claim $500 million\n\
         \x20 - The firm signed a $550 million deal with U.S. Strategic Metals in September.\n\
         \x20 + The firm signed a $500 million deal with U.S. Strategic Metals in September.\n\
         story.md:2:21: error[stale: superseded] tariff (percent)\n\
         \x20 superseded percent: the text says 25 percent, which held until 2025-08-27; now 50 percent\n\
         \x20 - The tariffs rose to 25 percent.\n\
         \x20 + The tariffs rose to 50 percent.\n\
         1 file against 2 claims (as of 2025-11-28): 0 match, 1 mismatch, 2 stale (1 superseded, 1 review), 0 missing\n"
    );
}

#[test]
fn statistics_count_each_claim_after_the_report_or_on_stderr() {
    let test = || {
        Test::new()
            .file("claims.toml", CLAIMS)
            .file("a.md", WRONG)
            .file("b.md", RIGHT)
            .file(
                "c.md",
                "The tariffs rose to 25 percent. The tariffs stayed at 25 percent.\n",
            )
    };
    let stdout = test().args(&[".", "--statistics"]).args(&DATES).status(1);
    // Each wrong place counts: c.md states the old tariff twice.
    let table = "claim   kind      texts  match  mismatch  stale  missing\n\
                 deal    money         3      1         1      0        1\n\
                 tariff  percent       3      1         0      3        0\n";
    assert!(stdout.contains(table), "{stdout}");
    assert!(stdout.find(table).unwrap() < stdout.find("3 files against").unwrap());
    let json = test()
        .args(&[".", "--statistics", "--format", "json"])
        .args(&DATES)
        .stderr_contains(table)
        .status(1);
    serde_json::from_str::<factlint::report::json::JsonReport>(&json)
        .expect("standard output stays one JSON document");
}

#[test]
fn two_hundred_clean_files_tell_their_review_findings_once() {
    let claims = format!(
        "[review]\nevery = \"180 days\"\n{}",
        CLAIMS
            .replace(
                "money = \"$500 million\"",
                "money = \"$500 million\"\nverified = 2025-01-01"
            )
            .replace(
                "since = 2025-08-27",
                "since = 2025-08-27\nverified = 2025-01-01"
            )
    );
    let mut test = Test::new().file("claims.toml", &claims);
    for i in 0..200 {
        test = test.file(&format!("texts/{i:03}.md"), RIGHT);
    }
    let stdout = test.args(&["texts"]).args(&DATES).status(0);
    assert_eq!(
        stdout,
        "claims.toml (the claims file)\n\
         claims.toml:9:6: warning[stale: review] deal (money)\n\
         \x20 last verified 2025-01-01, more than 180 days before 2025-11-28: check the fact again (stated in 200 texts)\n\
         claims.toml:15:6: warning[stale: review] tariff (percent)\n\
         \x20 last verified 2025-01-01, more than 180 days before 2025-11-28: check the fact again (stated in 200 texts)\n\
         200 files against 2 claims (as of 2025-11-28): 400 match, 0 mismatch, 2 stale (2 review), 0 missing\n"
    );
}

#[test]
fn any_number_of_threads_reports_the_same_texts_in_the_same_order() {
    let many = || {
        let mut test = Test::new().file("claims.toml", CLAIMS);
        for i in 0..40 {
            let text = if i % 3 == 0 { WRONG } else { RIGHT };
            test = test.file(&format!("texts/{i:02}.md"), text);
        }
        test
    };
    for format in ["human", "json", "jsonl"] {
        let one = many()
            .args(&["texts", "-j1", "--format", format])
            .args(&DATES)
            .status(1);
        for threads in ["2", "7"] {
            let stdout = many()
                .args(&["texts", "--threads", threads, "--format", format])
                .args(&DATES)
                .status(1);
            assert_eq!(stdout, one, "{format} on {threads} threads");
        }
    }
    // The same values from `extract` on one thread as on several.
    let long = RIGHT.repeat(4000);
    let extract = |threads: &str| {
        Test::new()
            .file("long.md", &long)
            .args(&[
                "extract",
                "long.md",
                "--published",
                "2025-11-24",
                "-j",
                threads,
            ])
            .status(0)
    };
    assert_eq!(extract("1"), extract("3"));
    many()
        .args(&["texts", "-j0"])
        .stderr_contains("--threads <N>")
        .status(2);
}

#[test]
fn a_mistyped_command_is_told_the_right_one() {
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("story.md", WRONG)
        .args(&["chek", "story.md"])
        .stderr_contains(
            "factlint: error: `chek` is not a file, a folder or a command: did you mean `check`?",
        )
        .stdout_is("")
        .status(2);
    Test::new()
        .args(&["extarct", "story.md"])
        .stderr_contains("did you mean `extract`?")
        .status(2);
    // A file of that name is a file.
    Test::new()
        .file("claims.toml", CLAIMS)
        .file("chek", WRONG)
        .arg("chek")
        .args(&DATES)
        .stdout_contains("chek:1:19: error[mismatch] deal (money)")
        .status(1);
    // Far from every command: an ordinary missing file.
    Test::new()
        .file("claims.toml", CLAIMS)
        .arg("zzzz")
        .args(&DATES)
        .stdout_contains("zzzz: error: cannot read: No such file or directory")
        .status(2);
}

#[test]
fn completions_and_the_man_page() {
    for (shell, marker) in [
        ("bash", "_factlint()"),
        ("zsh", "#compdef factlint"),
        ("fish", "complete -c factlint"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[factlint]"),
    ] {
        let script = Test::new().args(&["completions", shell]).status(0);
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(script.contains("stdin-filename"), "{shell}");
    }
    Test::new()
        .args(&["completions", "tcsh"])
        .stderr_contains("invalid value 'tcsh'")
        .status(2);
    let page = Test::new().arg("man").status(0);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH factlint"),
        "{page}"
    );
    assert!(page.contains(".TH factlint 1"), "{page}");
    assert!(page.contains("stdin\\-filename"), "{page}");
    assert!(page.contains("Exit codes"), "{page}");
}

#[test]
fn help_gives_examples_and_exit_codes() {
    for args in [&["--help"][..], &["check", "--help"]] {
        Test::new()
            .args(args)
            .stdout_contains("Examples:")
            .stdout_contains("git show :draft.md | factlint --stdin-filename draft.md -")
            .stdout_contains("Exit codes (every format):")
            .stdout_contains("  1  findings at or above --fail-on")
            .stdout_contains("--max-filesize <SIZE>")
            .status(0);
    }
}
