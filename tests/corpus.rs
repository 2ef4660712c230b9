//! The development set (issue 9, section 2): real news texts with claims
//! written blind, by an editor, before factlint was ever run on them.
//!
//! The claims live in `tests/corpus/<doc-id>.claims.toml`; the texts stay in
//! `../shared/data/news-docs.jsonl` and are read by id at run time, written
//! to a temporary folder and checked by the real binary there. Per document:
//!
//! 1. **as written**: the unedited text raises no error (an error there is a
//!    false alarm); claims the text is not found to state are listed;
//! 2. **wrong edits**: one edit of the text at one claimed value to a value
//!    that is not equivalent (a number +1 or ×10, the next month or year,
//!    another currency or ordinal, a content word of a quote changed, a
//!    quote given to another person the document names, a title swapped for
//!    another person's) raises exactly one error, for that claim, on the
//!    edited line and in the edited sentence. A value inside a claimed quote
//!    also changes the quote: such a row names the quote claim as a second
//!    expected finding;
//! 3. **equivalent rewrites**: the same value in another style ("£5m" /
//!    "£5 million", "50%" / "50 per cent", numerals and words, straight and
//!    curly quotes) raises no error.
//!
//! An error the unedited text raises already is counted once, as a false
//! alarm, and left out of the edit and rewrite rows, so that one false alarm
//! does not fail every row of its document.
//!
//! factlint is weaker on unseen text than on the text it was tuned on, so
//! some rows fail today. Each is listed in `KNOWN_DEFECTS` with the reason;
//! the test asserts that every other row passes and reports the known rows
//! that now pass, so a fix shows up as progress without breaking the build.
//! Rows name a snippet of eight words or fewer that the test finds in the
//! text at run time (and fails loudly when it is not there exactly once);
//! no corpus sentence is copied into the project.

mod common;

use common::Test;
use factlint::report::json::{JsonFinding, JsonReport};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const PUBLISHED: &str = "2017-12-31";

/// One document of the set and its tables.
struct Doc {
    id: &'static str,
    /// What kind of story it is, for the summary.
    kind: &'static str,
    /// Wrong values and changed quote words.
    edits: &'static [Row],
    /// Quotes given to someone else.
    swaps: &'static [Row],
    /// Equivalent restylings.
    rewrites: &'static [Row],
}

/// One edit of the text: each `(snippet, replacement)` in turn, for `claim`.
struct Row {
    claim: &'static str,
    changes: &'static [(&'static str, &'static str)],
    /// Quote claims whose words hold the edited value, and so are wrong too.
    also: &'static [&'static str],
    /// A title edit to an office that shares neither office nor
    /// organisation with the person's listed titles: caught by the warning
    /// "not among the claimed titles", not by an error.
    unlisted: bool,
}

macro_rules! row {
    ($claim:literal, $($from:literal => $to:literal),+ ; unlisted) => {
        Row {
            claim: $claim,
            changes: &[$(($from, $to)),+],
            also: &[],
            unlisted: true,
        }
    };
    ($claim:literal, $($from:literal => $to:literal),+ $(; also $($also:literal),+)?) => {
        Row {
            claim: $claim,
            changes: &[$(($from, $to)),+],
            also: &[$($($also),+)?],
            unlisted: false,
        }
    };
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Table {
    AsWritten,
    Edit,
    Swap,
    Rewrite,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::AsWritten => "as-written",
            Table::Edit => "edit",
            Table::Swap => "swap",
            Table::Rewrite => "rewrite",
        }
    }
}

/// A row that fails because factlint judges a right claim wrongly: the
/// claim, the table, and why.
struct KnownDefect {
    claim: &'static str,
    table: Table,
    reason: &'static str,
}

const fn known(claim: &'static str, table: Table, reason: &'static str) -> KnownDefect {
    KnownDefect {
        claim,
        table,
        reason,
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every text of `news-docs.jsonl` by id, or `None` when `../shared` is not
/// beside the project.
fn corpus_texts() -> Option<BTreeMap<String, String>> {
    let path = root().join("../shared/data/news-docs.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!(
            "skipped: {} is not here, so the development set has no texts to check",
            path.display()
        );
        return None;
    };
    let mut texts = BTreeMap::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let id = doc["id"].as_str().expect("an id").to_string();
        let text = doc["text"].as_str().expect("a text").to_string();
        texts.insert(id, text);
    }
    Some(texts)
}

/// The findings of one check of `text` against `claims`, after checking
/// that the exit code agrees with them.
fn check(claims: &Path, text: &str) -> Vec<JsonFinding> {
    let (code, stdout) = Test::new()
        .file("doc.txt", text)
        .args(&[
            "check",
            "-c",
            claims.to_str().unwrap(),
            "doc.txt",
            "--published",
            PUBLISHED,
            "--as-of",
            PUBLISHED,
            "--format",
            "json",
        ])
        .output();
    let report: JsonReport = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("JSON report ({e}); exit code {code}\n{stdout}"));
    let findings = report.files.into_iter().next().expect("one file").findings;
    let errors = findings.iter().any(|f| f.severity == "error");
    assert_eq!(code, i32::from(errors), "exit code against the findings");
    findings
}

fn errors(findings: &[JsonFinding]) -> Vec<&JsonFinding> {
    findings.iter().filter(|f| f.severity == "error").collect()
}

fn describe(finding: &JsonFinding) -> String {
    let at = finding
        .span
        .as_ref()
        .map(|s| format!("{}:{}", s.line, s.column))
        .unwrap_or_else(|| "-".to_string());
    format!(
        "{} {} {} at {at}: {}",
        finding.claim, finding.status, finding.severity, finding.message
    )
}

/// `text` with the row's changes made, and the byte range of the first one.
/// Panics when a snippet is not in the text exactly once.
fn apply(doc: &str, row: &Row, text: &str) -> (String, std::ops::Range<usize>) {
    let mut edited = text.to_string();
    let mut first = None;
    for (from, to) in row.changes {
        assert!(
            from.split_whitespace().count() <= 8,
            "{doc} {}: snippet {from:?} is longer than eight words",
            row.claim
        );
        let found: Vec<usize> = edited.match_indices(from).map(|(at, _)| at).collect();
        assert!(
            found.len() == 1,
            "{doc} {}: snippet {from:?} occurs {} times in the text (must be once)",
            row.claim,
            found.len()
        );
        let at = found[0];
        edited.replace_range(at..at + from.len(), to);
        first.get_or_insert(at..at + to.len());
    }
    (edited, first.expect("a row makes a change"))
}

/// 1-based line of byte `at`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// The byte range of the sentence holding `range`: from just after the last
/// sentence end (`.`, `?` or `!`, closing quotes, then a space) before it, to
/// the next sentence end after it. The corpus texts are one line each, so
/// this is what keeps "on the edited line" meaningful.
fn sentence_of(text: &str, range: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let ends: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| matches!(c, '.' | '?' | '!'))
        .filter_map(|(at, _)| {
            let rest = &text[at + 1..];
            let after = rest.trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}']);
            let end = text.len() - after.len();
            (after.is_empty() || after.starts_with([' ', '\n'])).then_some(end)
        })
        .collect();
    let start = ends
        .iter()
        .rev()
        .copied()
        .find(|&end| end <= range.start)
        .unwrap_or(0);
    let end = ends
        .iter()
        .copied()
        .find(|&end| end >= range.end)
        .unwrap_or(text.len());
    start..end
}

/// Why an edit row failed, or `None` when it passed. Errors the unedited
/// text raised too (`alarms`, the same claim, expected and found value) are
/// left out: they are counted once, as false alarms, not again in every row.
fn judge_edit(
    row: &Row,
    edited: &str,
    range: &std::ops::Range<usize>,
    findings: &[JsonFinding],
    alarms: &[JsonFinding],
) -> Option<String> {
    let errors: Vec<&JsonFinding> = errors(findings)
        .into_iter()
        .filter(|f| !alarms.iter().any(|a| same_alarm(a, f)))
        .collect();
    if row.unlisted {
        return judge_unlisted(row, edited, range, findings, &errors);
    }
    let mut expected: BTreeSet<&str> = row.also.iter().copied().collect();
    expected.insert(row.claim);
    let found: Vec<&str> = errors.iter().map(|f| f.claim.as_str()).collect();
    let found_set: BTreeSet<&str> = found.iter().copied().collect();
    if found.len() != expected.len() || found_set != expected {
        let mut why = format!(
            "expected one error for each of {expected:?}, got {}",
            errors.len()
        );
        for f in &errors {
            why.push_str(&format!("\n      {}", describe(f)));
        }
        if errors.is_empty() {
            if let Some(f) = findings.iter().find(|f| f.claim == row.claim) {
                why.push_str(&format!("\n      {}", describe(f)));
            }
        }
        return Some(why);
    }
    let line = line_of(edited, range.start);
    let sentence = sentence_of(edited, range);
    for f in errors {
        let Some(span) = &f.span else {
            return Some(format!("no span: {}", describe(f)));
        };
        // A quote that holds the edited words, or continues the edited
        // attribution, may stand in the next sentence; the row's own claim
        // must be in the edited one.
        let in_sentence = span.end >= sentence.start && span.start <= sentence.end;
        if span.line != line || (f.claim == row.claim && !in_sentence) {
            return Some(format!(
                "not on the edited line {line} and sentence {}..{}: {}",
                sentence.start,
                sentence.end,
                describe(f)
            ));
        }
    }
    None
}

/// A title edit to an unlisted office: no new error, and the person's
/// warning "not among the claimed titles" on the edited line.
fn judge_unlisted(
    row: &Row,
    edited: &str,
    range: &std::ops::Range<usize>,
    findings: &[JsonFinding],
    errors: &[&JsonFinding],
) -> Option<String> {
    if !errors.is_empty() {
        let listed: Vec<String> = errors.iter().map(|f| describe(f)).collect();
        return Some(format!(
            "expected the unlisted-title warning and no error, got {} error(s):\n      {}",
            errors.len(),
            listed.join("\n      ")
        ));
    }
    let line = line_of(edited, range.start);
    let warned = findings.iter().any(|f| {
        f.claim == row.claim
            && f.severity == "warning"
            && f.message.contains("not among the claimed titles")
            && f.span.as_ref().is_some_and(|s| s.line == line)
    });
    if warned {
        None
    } else {
        let seen: Vec<String> = findings
            .iter()
            .filter(|f| f.claim == row.claim)
            .map(describe)
            .collect();
        Some(format!(
            "expected the unlisted-title warning on line {line}, got: {}",
            seen.join("; ")
        ))
    }
}

fn same_alarm(a: &JsonFinding, b: &JsonFinding) -> bool {
    a.severity == "error"
        && a.claim == b.claim
        && a.status == b.status
        && a.expected == b.expected
        && a.found == b.found
}

/// Why a rewrite row failed, or `None` when it passed; as in `judge_edit`,
/// the unedited text's own errors are left out.
fn judge_rewrite(findings: &[JsonFinding], alarms: &[JsonFinding]) -> Option<String> {
    let errors: Vec<&JsonFinding> = errors(findings)
        .into_iter()
        .filter(|f| !alarms.iter().any(|a| same_alarm(a, f)))
        .collect();
    if errors.is_empty() {
        return None;
    }
    let mut why = format!("{} error(s) on an equivalent rewrite", errors.len());
    for f in errors {
        why.push_str(&format!("\n      {}", describe(f)));
    }
    Some(why)
}

#[derive(Default)]
struct Tally {
    claims: usize,
    false_alarms: usize,
    missing: usize,
    edits: usize,
    edits_caught: usize,
    rewrites: usize,
    rewrites_clean: usize,
}

#[test]
fn the_development_set() {
    let Some(texts) = corpus_texts() else { return };
    let known: BTreeMap<(&str, Table), &str> = KNOWN_DEFECTS
        .iter()
        .map(|k| ((k.claim, k.table), k.reason))
        .collect();
    assert_eq!(
        known.len(),
        KNOWN_DEFECTS.len(),
        "a known defect listed twice"
    );

    // Every claims file has a table and every table a claims file.
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/corpus"))
        .expect("tests/corpus")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".claims.toml"))
        .map(|n| n.trim_end_matches(".claims.toml").to_string())
        .collect();
    files.sort();
    let mut tabled: Vec<String> = DOCS.iter().map(|d| d.id.to_string()).collect();
    tabled.sort();
    assert_eq!(files, tabled, "claims files and document tables differ");

    let mut rows_seen: BTreeSet<(String, Table)> = BTreeSet::new();
    let mut unexpected: Vec<String> = Vec::new();
    let mut known_failing = 0;
    let mut known_passing: Vec<String> = Vec::new();
    let mut total = Tally::default();
    let mut summary: Vec<String> = Vec::new();
    let mut record = |doc: &str,
                      claim: &str,
                      table: Table,
                      failure: Option<String>,
                      rows_seen: &mut BTreeSet<(String, Table)>| {
        if table != Table::AsWritten {
            assert!(
                rows_seen.insert((claim.to_string(), table)),
                "{doc}: two {} rows for {claim}",
                table.name()
            );
        }
        match (failure, known.get(&(claim, table))) {
            (None, None) => {}
            (None, Some(reason)) => {
                known_passing.push(format!("{doc} {claim} {}: {reason}", table.name()))
            }
            (Some(why), None) => unexpected.push(format!("{doc} {claim} {}: {why}", table.name())),
            (Some(why), Some(reason)) => {
                known_failing += 1;
                println!("  known defect {claim} {} ({reason}): {why}", table.name());
            }
        }
    };

    for doc in DOCS {
        let text = texts
            .get(doc.id)
            .unwrap_or_else(|| panic!("{} is not in news-docs.jsonl", doc.id));
        let claims_path = root().join(format!("tests/corpus/{}.claims.toml", doc.id));
        let claim_set = factlint::claims::load(&claims_path).expect("the claims load");
        let ids: BTreeSet<&str> = claim_set.claims.iter().map(|c| c.id.as_str()).collect();
        println!("== {} ({})", doc.id, doc.kind);
        let mut tally = Tally {
            claims: ids.len(),
            ..Tally::default()
        };

        // 1. As written.
        let as_written = check(&claims_path, text);
        let alarms: Vec<&JsonFinding> = errors(&as_written);
        tally.false_alarms = alarms.len();
        for f in &alarms {
            record(
                doc.id,
                &f.claim,
                Table::AsWritten,
                Some(describe(f)),
                &mut rows_seen,
            );
        }
        for k in KNOWN_DEFECTS.iter().filter(|k| k.table == Table::AsWritten) {
            if ids.contains(k.claim) && !alarms.iter().any(|f| f.claim == k.claim) {
                record(doc.id, k.claim, Table::AsWritten, None, &mut rows_seen);
            }
        }
        let missing: Vec<&str> = as_written
            .iter()
            .filter(|f| f.status == "missing")
            .map(|f| f.claim.as_str())
            .collect();
        tally.missing = missing.len();
        if !missing.is_empty() {
            println!("  missing as written: {}", missing.join(", "));
        }

        // 2. Wrong edits and swaps; 3. rewrites.
        let mut edited_claims: BTreeSet<&str> = BTreeSet::new();
        for (table, rows) in [
            (Table::Edit, doc.edits),
            (Table::Swap, doc.swaps),
            (Table::Rewrite, doc.rewrites),
        ] {
            for row in rows {
                assert!(
                    ids.contains(row.claim) && row.also.iter().all(|a| ids.contains(a)),
                    "{}: a {} row names a claim the file lacks: {}",
                    doc.id,
                    table.name(),
                    row.claim
                );
                let (edited, range) = apply(doc.id, row, text);
                let findings = check(&claims_path, &edited);
                let failure = if table == Table::Rewrite {
                    tally.rewrites += 1;
                    let failure = judge_rewrite(&findings, &as_written);
                    tally.rewrites_clean += usize::from(failure.is_none());
                    failure
                } else {
                    edited_claims.insert(row.claim);
                    tally.edits += 1;
                    let failure = judge_edit(row, &edited, &range, &findings, &as_written);
                    tally.edits_caught += usize::from(failure.is_none());
                    failure
                };
                record(doc.id, row.claim, table, failure, &mut rows_seen);
            }
        }
        let uncovered: Vec<&str> = ids.difference(&edited_claims).copied().collect();
        if !uncovered.is_empty() {
            println!("  claims with no wrong-edit row: {}", uncovered.join(", "));
        }
        let line = format!(
            "{:<16} {:>3} claims, {} false alarm(s), {:>2} missing, edits caught {:>2}/{:<2}, rewrites clean {:>2}/{:<2}  {}",
            doc.id,
            tally.claims,
            tally.false_alarms,
            tally.missing,
            tally.edits_caught,
            tally.edits,
            tally.rewrites_clean,
            tally.rewrites,
            doc.kind
        );
        println!("  {line}");
        summary.push(line);
        total.claims += tally.claims;
        total.false_alarms += tally.false_alarms;
        total.missing += tally.missing;
        total.edits += tally.edits;
        total.edits_caught += tally.edits_caught;
        total.rewrites += tally.rewrites;
        total.rewrites_clean += tally.rewrites_clean;
    }

    println!("\nDevelopment set, as of {PUBLISHED}:");
    for line in &summary {
        println!("  {line}");
    }
    let rate = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "  total: {} documents, {} claims, {} false alarm(s) ({:.1} per 100 claims), {} missing, \
         edits caught {}/{} ({:.1}%), rewrites clean {}/{} ({:.1}%)",
        DOCS.len(),
        total.claims,
        total.false_alarms,
        rate(total.false_alarms, total.claims),
        total.missing,
        total.edits_caught,
        total.edits,
        rate(total.edits_caught, total.edits),
        total.rewrites_clean,
        total.rewrites,
        rate(total.rewrites_clean, total.rewrites),
    );
    println!(
        "  known defects: {} rows listed, {known_failing} still failing, {} now passing",
        KNOWN_DEFECTS.len(),
        known_passing.len()
    );
    for line in &known_passing {
        println!("  known defect now passes (remove it from KNOWN_DEFECTS): {line}");
    }

    let listed_rows: Vec<String> = KNOWN_DEFECTS
        .iter()
        .filter(|k| {
            k.table != Table::AsWritten && !rows_seen.contains(&(k.claim.to_string(), k.table))
        })
        .map(|k| format!("{} {}", k.claim, k.table.name()))
        .collect();
    assert!(
        listed_rows.is_empty(),
        "KNOWN_DEFECTS names rows that do not exist: {listed_rows:?}"
    );
    assert!(
        unexpected.is_empty(),
        "{} row(s) fail that are not known defects:\n  {}",
        unexpected.len(),
        unexpected.join("\n  ")
    );
}

// ---------------------------------------------------------------------------
// The tables, one document at a time.
// ---------------------------------------------------------------------------

const DOCS: &[Doc] = &[
    Doc {
        id: "factcc-32032771",
        kind: "economy: a drinks maker's annual results",
        edits: &[
            row!("barr-profit", "to £41.9m in" => "to £42.9m in"),
            row!("barr-profit-rise", "climbed by 10% to" => "climbed by 11% to"),
            row!("barr-turnover", "2.7% to £260.9m" => "2.7% to £261.9m"),
            row!("barr-turnover-rise", "increased by 2.7%" => "increased by 3.7%"),
            row!("strathmore-stills-growth", "growing by more than 20%" => "growing by more than 30%"),
            row!("irn-bru-invoiced-sales-growth", "sales grew by 1.6%" => "sales grew by 2.6%"),
            row!("irn-bru-ice-cream-sales", "reaching nearly £1m" => "reaching nearly $1m"),
            row!("irn-bru-england-wales-growth", "sales up by 5.6%" => "sales up by 6.6%"),
            row!("irn-bru-sugar-free-growth", "saw sales up by more than 20%" => "saw sales up by more than 25%"),
            row!("barr-expansion-year", "England and Wales this year" => "England and Wales next year"),
            row!("barr-final-dividend", "final dividend of 9.01p" => "final dividend of 10.01p"),
            row!("barr-total-dividend", "for the year of 12.12p" => "for the year of 13.12p"),
            row!("barr-dividend-increase", "full-year increase of 10%" => "full-year increase of 20%"),
            row!("white-title", "Chief executive Roger White said" => "Finance director Roger White said"; unlisted),
            row!("white-excellent-performance", "delivered an excellent financial performance" => "delivered an adequate financial performance"),
            row!("white-performance-period", "over the past 12 months" => "over the past 18 months"; also "white-excellent-performance"),
            row!("white-tight-cost-control", "approach of tight cost control" => "approach of loose cost control"),
            row!("white-market-challenging", "expected to remain challenging" => "expected to remain favourable"),
            row!("barr-growth-harder", "areas where traditional growth" => "areas where organic growth"),
            row!("barr-target-distribution", "target increased levels of distribution" => "target reduced levels of distribution"),
        ],
        swaps: &[
            row!("barr-growth-harder", "Barr also warned that consumer" => "Roger White also warned that consumer"),
            row!("barr-target-distribution", "Barr said it now planned" => "Roger White said it now planned"),
        ],
        rewrites: &[
            row!("barr-profit", "to £41.9m in" => "to £41.9 million in"),
            row!("barr-profit-rise", "climbed by 10% to" => "climbed by 10 per cent to"),
            row!("barr-turnover", "2.7% to £260.9m" => "2.7% to £260.9 million"),
            row!("barr-turnover-rise", "increased by 2.7%" => "increased by 2.7 percent"),
            row!("strathmore-stills-growth", "growing by more than 20%" => "growing by more than 20 percent"),
            row!("irn-bru-invoiced-sales-growth", "sales grew by 1.6%" => "sales grew by 1.6 per cent"),
            row!("irn-bru-ice-cream-sales", "reaching nearly £1m" => "reaching nearly £1 million"),
            row!("irn-bru-england-wales-growth", "sales up by 5.6%" => "sales up by 5.6 percent"),
            row!("irn-bru-sugar-free-growth", "saw sales up by more than 20%" => "saw sales up by more than 20 per cent"),
            row!("barr-expansion-year", "England and Wales this year" => "England and Wales in 2017"),
            row!("barr-final-dividend", "final dividend of 9.01p" => "final dividend of 9.01 pence"),
            row!("barr-total-dividend", "for the year of 12.12p" => "for the year of 12.12 pence"),
            row!("barr-dividend-increase", "full-year increase of 10%" => "full-year increase of 10 per cent"),
            row!("white-title", "Chief executive Roger White said" => "CEO Roger White said"),
            row!("white-performance-period", "over the past 12 months" => "over the past twelve months"; also "white-excellent-performance"),
            row!("white-market-challenging",
                "people. \"Overall market" => "people. \u{201c}Overall market",
                "remain challenging.\"" => "remain challenging.\u{201d}"),
            row!("white-excellent-performance",
                "said: \"We have delivered" => "said: \u{201c}We have delivered",
                "growth. \"Looking forward" => "growth. \u{201c}Looking forward"),
        ],
    },
    Doc {
        id: "factcc-28768476",
        kind: "economy: an insurer's half-year results",
        edits: &[
            row!("admiral-turnover", "was £1,037m, down" => "was £1,047m, down"),
            row!("admiral-turnover-fall", "down 5% from" => "down 6% from"),
            row!("admiral-turnover-before", "from £1,089m." => "from £1,099m."),
            row!("admiral-profit", "to £184.9m for" => "to £194.9m for"),
            row!("admiral-profit-rise", "rose 2% to" => "rose 3% to"),
            row!("engelhardt-title", "chief executive officer, said" => "chief financial officer, said"),
            row!("engelhardt-expectations-year", "UK business in 2014" => "UK business in 2015"),
            row!("engelhardt-remain-unchanged", "\"remain unchanged\"" => "\"remain uncertain\""),
            row!("engelhardt-inflection-point", "see firm evidence of" => "see clear evidence of"),
            row!("engelhardt-pretty-flat", "\"pretty flat\"" => "\"pretty steep\""),
            row!("admiral-flat-rates-period", "over the first half of the year" => "over the second half of the year"),
            row!("admiral-premiums-fall", "down around 9%" => "down around 19%"),
            row!("admiral-rate-reductions-year", "reductions in 2013," => "reductions in 2012,"),
            row!("admiral-premiums-comparison-period", "the first half of 2013" => "the first half of 2012"),
            row!("admiral-additional-customers", "more than 130,000 additional" => "more than 140,000 additional"),
            row!("engelhardt-international-growth", "continue to grow and make" => "continue to shrink and make"),
            row!("engelhardt-price-comparison", "very early indicators" => "very late indicators"),
        ],
        swaps: &[],
        rewrites: &[
            row!("admiral-turnover", "was £1,037m, down" => "was £1.037bn, down"),
            row!("admiral-turnover-fall", "down 5% from" => "down 5 per cent from"),
            row!("admiral-turnover-before", "from £1,089m." => "from £1.089bn."),
            row!("admiral-profit", "to £184.9m for" => "to £184.9 million for"),
            row!("admiral-profit-rise", "rose 2% to" => "rose 2 per cent to"),
            row!("engelhardt-title", "chief executive officer, said" => "CEO, said"),
            row!("engelhardt-remain-unchanged", "\"remain unchanged\"" => "\u{201c}remain unchanged\u{201d}"),
            row!("engelhardt-pretty-flat", "\"pretty flat\"" => "\u{201c}pretty flat\u{201d}"),
            row!("admiral-flat-rates-period", "over the first half of the year" => "over the 1st half of the year"),
            row!("admiral-premiums-fall", "down around 9%" => "down around 9 per cent"),
            row!("admiral-premiums-comparison-period", "with the first half of 2013" => "with H1 2013"),
            row!("admiral-additional-customers", "more than 130,000 additional" => "over 130,000 additional"),
            row!("engelhardt-international-growth",
                "added: \"Outside the UK" => "added: \u{201c}Outside the UK",
                "progress. \"Our European" => "progress. \u{201c}Our European",
                "in the US.\"" => "in the US.\u{201d}"),
            row!("engelhardt-inflection-point",
                "added \"we have yet" => "added \u{201c}we have yet",
                "premium growth\"" => "premium growth\u{201d}"),
        ],
    },
    Doc {
        id: "factcc-30024827",
        kind: "courts: a civil action against the state",
        edits: &[
            row!("bailey-questioned", "after twice being questioned" => "after once being questioned"),
            row!("du-plantier-age", "The 39-year-old producer" => "The 40-year-old producer"),
            row!("du-plantier-title", "The 39-year-old producer was" => "The 39-year-old artist was"),
            row!("du-plantier-found-by", "found by two neighbours" => "found by three neighbours"),
            row!("du-plantier-death-year", "west Cork in 1996." => "west Cork in 1997."),
            row!("bailey-age", "the 57-year-old was" => "the 58-year-old was"),
            row!("thomas-title", "his partner Jules Thomas" => "his producer Jules Thomas"),
            row!("bailey-violent-times", "girlfriend three times," => "girlfriend four times,"),
            row!("bailey-seriously-violent", "\"seriously violent\"" => "\"extremely violent\""),
            row!("bailey-separation-date", "in mid-1996 after" => "in mid-1997 after"),
            row!("bailey-eternal-shame", "used to drink spirits" => "used to drink wine"),
            row!("bailey-dont-know", "to say it's to my eternal shame" => "to say it's to my eternal regret"),
            row!("recent-beating-date", "in August 2001," => "in September 2001,"),
            row!("hair-clump-size", "a 4cm clump" => "a 5cm clump"),
            row!("injury-photos", "shown four photos" => "shown five photos"),
            row!("earliest-attack-year", "attack, in 1993," => "attack, in 1994,"),
            row!("years-since-killing", "Almost 20 years on" => "Almost 30 years on"),
            row!("bailey-cork-residence", "Cork for 23 years" => "Cork for 24 years"),
            row!("jury-men", "eight men and four women" => "nine men and four women"),
            row!("jury-women", "eight men and four women" => "eight men and five women"),
            row!("bailey-arrests", "arrested twice on suspicion" => "arrested three times on suspicion"),
            row!("bailey-first-arrest", "first on 10 February 1997" => "first on 11 February 1997"),
            row!("bailey-second-arrest", "again on 20 January 1998" => "again on 20 January 1999"),
            row!("bailey-never-met-certainty", "\"1000%\" sure" => "\"100%\" sure"),
        ],
        swaps: &[
            row!("bailey-seriously-violent", "times, Mr Bailey said they" => "times, Jules Thomas said they"),
            row!("bailey-eternal-shame", "Ms Thomas,\" Mr Bailey said." => "Ms Thomas,\" Jules Thomas said."; also "bailey-dont-know"),
        ],
        rewrites: &[
            row!("bailey-questioned", "after twice being questioned over" => "after being questioned twice over"),
            row!("du-plantier-age", "The 39-year-old producer" => "The thirty-nine-year-old producer"),
            row!("du-plantier-found-by", "found by two neighbours" => "found by 2 neighbours"),
            row!("bailey-age", "the 57-year-old was" => "the fifty-seven-year-old was"),
            row!("thomas-title", "his partner Jules Thomas" => "his girlfriend Jules Thomas"),
            row!("bailey-violent-times", "girlfriend three times," => "girlfriend 3 times,"),
            row!("bailey-seriously-violent", "\"seriously violent\"" => "\u{201c}seriously violent\u{201d}"),
            row!("bailey-eternal-shame",
                "\"It's common knowledge" => "\u{201c}It\u{2019}s common knowledge",
                "Ms Thomas,\" Mr Bailey said." => "Ms Thomas,\u{201d} Mr Bailey said."),
            row!("bailey-dont-know",
                "\"I don't know what" => "\u{201c}I don\u{2019}t know what",
                "eternal shame.\" In the" => "eternal shame.\u{201d} In the"),
            row!("recent-beating-date", "in August 2001," => "in Aug. 2001,"),
            row!("hair-clump-size", "a 4cm clump" => "a 4-centimetre clump"),
            row!("injury-photos", "shown four photos" => "shown 4 photos"),
            row!("years-since-killing", "Almost 20 years on" => "Almost twenty years on"),
            row!("bailey-cork-residence", "Cork for 23 years" => "Cork for twenty-three years"),
            row!("jury-men", "eight men and four women" => "8 men and four women"),
            row!("jury-women", "eight men and four women" => "eight men and 4 women"),
            row!("bailey-arrests", "arrested twice on suspicion" => "arrested two times on suspicion"),
            row!("bailey-first-arrest", "first on 10 February 1997" => "first on February 10, 1997"),
            row!("bailey-second-arrest", "again on 20 January 1998" => "again on 20 Jan 1998"),
            row!("bailey-never-met-certainty", "\"1000%\" sure" => "\"1000 percent\" sure"),
        ],
    },
    Doc {
        id: "factcc-35325085",
        kind: "courts: a dangerous-driving sentence",
        edits: &[
            row!("hart-hansen-ban", "for four-and-a-half years." => "for five-and-a-half years."),
            row!("hart-hansen-age", "The 50-year-old, from Denmark" => "The 51-year-old, from Denmark"),
            row!("crash-month", "in January last year." => "in February last year."),
            row!("elliot-age", "Lorna Elliot, 50, was" => "Lorna Elliot, 51, was"),
            row!("wrong-side-distance", "for nearly a mile on" => "for nearly two miles on"),
            row!("first-vehicle-encountered", "the first vehicle he encountered" => "the second vehicle he encountered"),
            row!("foulis-title", "Sheriff Lindsay Foulis told" => "Solicitor Lindsay Foulis told"),
            row!("first-person-convicted", "became the first person" => "became the second person"),
            row!("elliot-off-work", "off work for a year" => "off work for two years"),
            row!("hart-hansen-title", "Financial investor and former Ebay" => "Solicitor and former Ebay"),
            row!("crash-date", "on 25 January last year" => "on 26 January last year"),
            row!("ruta-title", "Fiscal depute Sue Ruta said" => "Sheriff Sue Ruta said"; unlisted),
            row!("ruta-forgotten-country", "on the right hand side" => "on the left hand side"),
            row!("duncan-title", "Solicitor David Duncan, defending" => "Sheriff David Duncan, defending"; unlisted),
            row!("duncan-only-explanation", "His only explanation can be" => "His only excuse can be"),
            row!("duncan-mistake", "when he entered the carriageway" => "when he crossed the carriageway"),
            row!("duncan-chain-of-events", "made a critical mistake" => "made a minor mistake"),
        ],
        swaps: &[row!("ruta-forgotten-country", "\" she added." => "\" David Duncan added.")],
        rewrites: &[
            row!("hart-hansen-ban", "for four-and-a-half years." => "for 4.5 years."),
            row!("hart-hansen-age", "The 50-year-old, from Denmark" => "The fifty-year-old, from Denmark"),
            row!("crash-month", "in January last year." => "in January 2016."),
            row!("wrong-side-distance", "for nearly a mile on" => "for nearly one mile on"),
            row!("first-vehicle-encountered", "the first vehicle he encountered" => "the 1st vehicle he encountered"),
            row!("first-person-convicted", "became the first person" => "became the 1st person"),
            row!("elliot-off-work", "off work for a year" => "off work for one year"),
            row!("crash-date", "on 25 January last year" => "on 25 January 2016"),
            row!("ruta-forgotten-country",
                "\"He stated to the police" => "\u{201c}He stated to the police",
                "he was in,\" she added." => "he was in,\u{201d} she added."),
            row!("duncan-only-explanation",
                "said: \"His only explanation" => "said: \u{201c}His only explanation",
                "roadway. \"Unfortunately" => "roadway. \u{201c}Unfortunately",
                "chain of events.\"" => "chain of events.\u{201d}"),
        ],
    },
    Doc {
        id: "factcc-20373252",
        kind: "science: a meningitis B vaccine",
        edits: &[
            row!("menb-yearly-cases", "average of 1,870 people" => "average of 1,970 people"),
            row!("menb-leap-forward-span", "in 30 years" => "in 40 years"),
            row!("meningitis-uk-leap-forward", "\"biggest leap forward in the field\"" => "\"biggest step forward in the field\""),
            row!("meningitis-uk-title", "by the charity Meningitis UK" => "by the pharmaceutical firm Meningitis UK"; unlisted),
            row!("commission-endorsement-time", "within two or three months" => "within two or three weeks"),
            row!("bexsero-uk-licence", "UK licence early next year" => "UK licence early this year"),
            row!("bexsero-minimum-age", "aged two months and older" => "aged three months and older"),
            row!("meningitis-uk-landmark", "\"landmark moment in the fight" => "\"difficult moment in the fight"),
            row!("dayman-title", "The charity's founder Steve Dayman" => "The charity's head of vaccines Steve Dayman"),
            row!("dayman-son-death-year", "septicaemia in 1982" => "septicaemia in 1983"),
            row!("dayman-vital", "It is vital that the vaccine" => "It is unlikely that the vaccine"),
            row!("dayman-countless-lives", "save countless lives" => "cost countless lives"),
            row!("dayman-campaigning", "make the government introduce it" => "make the government withdraw it"),
            row!("novartis-development-time", "Novartis 20 years to develop" => "Novartis 21 years to develop"),
            row!("novartis-title", "taken Swiss pharmaceutical firm Novartis" => "taken the charity Novartis"; unlisted),
            row!("oswald-title", "Oswald, head of vaccines at Novartis," => "Oswald, founder of Novartis,"),
            row!("oswald-major-advance", "We are proud of the major" => "We are wary of the major"),
            row!("bexsero-strain-coverage", "against 73% of" => "against 83% of"),
            row!("menc-vaccine-since", "since 1999 and" => "since 2009 and"),
            row!("menc-babies-year", "in the first year of their" => "in the second year of their"),
        ],
        swaps: &[
            row!("meningitis-uk-leap-forward", "by the charity Meningitis UK." => "by Andrin Oswald."),
            row!("oswald-major-advance", "Andrin Oswald, head of vaccines at Novartis, said" => "Steve Dayman said"),
        ],
        rewrites: &[
            row!("menb-yearly-cases", "average of 1,870 people" => "average of 1870 people"),
            row!("menb-leap-forward-span", "in 30 years" => "in thirty years"),
            row!("meningitis-uk-leap-forward", "\"biggest leap forward in the field\"" => "\u{201c}biggest leap forward in the field\u{201d}"),
            row!("commission-endorsement-time", "within two or three months" => "within 2 or 3 months"),
            row!("bexsero-uk-licence", "UK licence early next year" => "UK licence in early 2018"),
            row!("bexsero-minimum-age", "aged two months and older" => "aged 2 months and older"),
            row!("meningitis-uk-landmark", "\"landmark moment in the fight against meningitis\"" => "\u{201c}landmark moment in the fight against meningitis\u{201d}"),
            row!("dayman-vital",
                "said: \"It is vital" => "said: \u{201c}It is vital",
                "possible. \"It will save" => "possible. \u{201c}It will save",
                "disease. \"We will" => "disease. \u{201c}We will",
                "introduce it.\" It has" => "introduce it.\u{201d} It has"),
            row!("novartis-development-time", "Novartis 20 years to develop" => "Novartis twenty years to develop"),
            row!("novartis-title", "Swiss pharmaceutical firm Novartis" => "Swiss pharmaceutical company Novartis"),
            row!("oswald-title", "Oswald, head of vaccines at Novartis," => "Oswald, the head of vaccines at Novartis,"),
            row!("oswald-major-advance",
                "said: \"We are proud" => "said: \u{201c}We are proud",
                "disease target.\"" => "disease target.\u{201d}"),
            row!("bexsero-strain-coverage", "against 73% of" => "against 73 per cent of"),
            row!("menc-babies-year", "in the first year of their" => "in the 1st year of their"),
        ],
    },
    Doc {
        id: "factcc-37395041",
        kind: "sport: a rugby union international",
        edits: &[
            row!("habana-test-try", "his 66th Test try" => "his 67th Test try"),
            row!("australia-table-place", "move into second in the table" => "move into third in the table"),
            row!("habana-try-time", "defence after 20 minutes" => "defence after 21 minutes"),
            row!("match-day", "Saturday was no different" => "Friday was no different"),
            row!("jantjies-title", "when fly-half Jantjies fumbled" => "when hooker Jantjies fumbled"),
            row!("all-blacks-lead-time", "Within 10 minutes they" => "Within 15 minutes they"),
            row!("coles-title", "by hooker Dane Coles" => "by lock Dane Coles"),
            row!("whitelock-title", "then lock Sam Whitelock" => "then hooker Sam Whitelock"),
            row!("ben-smith-try-half", "early in the second half when" => "early in the first half when"),
            row!("ardie-savea-breaks", "two impressive Ardie Savea breaks" => "three impressive Ardie Savea breaks"),
            row!("australia-early-tries", "scoring three tries" => "scoring four tries"),
            row!("australia-early-tries-time", "the first 12 minutes" => "the first 15 minutes"),
            row!("australia-fightback-half", "a second-half fightback" => "a first-half fightback"),
            row!("remaining-matches", "has two remaining matches" => "has three remaining matches"),
            row!("south-africa-australia-date", "next on 1 October" => "next on 2 October"),
        ],
        swaps: &[],
        rewrites: &[
            row!("habana-test-try", "his 66th Test try" => "his sixty-sixth Test try"),
            row!("australia-table-place", "move into second in the table" => "move into 2nd in the table"),
            row!("habana-try-time", "defence after 20 minutes" => "defence after twenty minutes"),
            row!("all-blacks-lead-time", "Within 10 minutes they" => "Within ten minutes they"),
            row!("ben-smith-try-half", "early in the second half when" => "early in the 2nd half when"),
            row!("ardie-savea-breaks", "two impressive Ardie Savea breaks" => "2 impressive Ardie Savea breaks"),
            row!("australia-early-tries", "scoring three tries" => "scoring 3 tries"),
            row!("australia-early-tries-time", "the first 12 minutes" => "the first twelve minutes"),
            row!("remaining-matches", "has two remaining matches" => "has 2 remaining matches"),
            row!("south-africa-australia-date", "next on 1 October" => "next on October 1"),
        ],
    },
    Doc {
        id: "factcc-39470987",
        kind: "sport: a golf major after three rounds",
        edits: &[
            row!("thompson-ranking", "World number nine Thompson" => "World number one Thompson"),
            row!("thompson-age", "Thompson, 22, carded" => "Thompson, 23, carded"),
            row!("thompson-birdies", "carded six birdies" => "carded seven birdies"),
            row!("pettersen-round", "Suzann Pettersen (68)" => "Suzann Pettersen (69)"),
            row!("hull-age", "Charley Hull, 21, had" => "Charley Hull, 22, had"),
            row!("hull-birdies", "had three birdies in" => "had four birdies in"),
            row!("hull-round", "one-under 71 as she" => "one-under 72 as she"),
            row!("hull-shots-behind", "slipped eight shots off" => "slipped nine shots off"),
            row!("hull-position", "tied for 11th on" => "tied for 12th on"),
            row!("ko-ranking", "world number one Lydia Ko" => "world number nine Lydia Ko"),
            row!("ko-age", "The 19-year-old from New Zealand" => "The 20-year-old from New Zealand"),
            row!("ko-previous-win", "won this tournament last year" => "won this tournament two years ago"),
            row!("ko-major-title", "her second major title" => "her third major title"),
            row!("ko-pars", "and 15 pars for" => "and 16 pars for"),
            row!("ko-birdies", "posted two birdies and" => "posted three birdies and"),
            row!("park-title", "Seven-time major winner Inbee Park" => "World number nine Inbee Park"),
            row!("ryu-title", "the 2011 US Women's Open champion" => "the world number one"),
            row!("delayed-players", "among 56 players" => "among 57 players"),
            row!("thompson-previous-title", "won the 2014 title" => "won the 2015 title"),
            row!("thompson-one-shot", "one shot at a time" => "one hole at a time"),
            row!("pettersen-pga-year", "Championship in 2007 and" => "Championship in 2008 and"),
            row!("pettersen-runner-up", "on three occasions" => "on four occasions"),
            row!("pettersen-driving", "driving the ball well" => "driving the ball badly"),
            row!("pettersen-leaderboard", "The leaderboard is packed" => "The leaderboard is empty"),
            row!("wie-title", "former US Women's Open champion Michelle Wie" => "Seven-time major winner Michelle Wie"),
            row!("wie-round", "returned a 71 and" => "returned a 72 and"),
            row!("wie-position", "shares seventh on" => "shares eighth on"),
            row!("reid-birdies", "round of five birdies" => "round of six birdies"),
            row!("reid-bogeys", "five bogeys and" => "six bogeys and"),
            row!("reid-round", "a two-over 74." => "a two-over 75."),
        ],
        swaps: &[
            row!("thompson-one-shot", "The halfway leader, who won" => "Charley Hull, who won"),
        ],
        rewrites: &[
            row!("thompson-ranking", "World number nine Thompson" => "World number 9 Thompson"),
            row!("thompson-birdies", "carded six birdies" => "carded 6 birdies"),
            row!("hull-birdies", "had three birdies in" => "had 3 birdies in"),
            row!("hull-shots-behind", "slipped eight shots off" => "slipped 8 shots off"),
            row!("hull-position", "tied for 11th on" => "tied for eleventh on"),
            row!("ko-ranking", "world number one Lydia Ko" => "world number 1 Lydia Ko"),
            row!("ko-age", "The 19-year-old from New Zealand" => "The nineteen-year-old from New Zealand"),
            row!("ko-previous-win", "won this tournament last year" => "won this tournament in 2016"),
            row!("ko-major-title", "her second major title" => "her 2nd major title"),
            row!("ko-pars", "and 15 pars for" => "and fifteen pars for"),
            row!("ko-birdies", "posted two birdies and" => "posted 2 birdies and"),
            row!("park-title", "Seven-time major winner Inbee Park" => "7-time major winner Inbee Park"),
            row!("ryu-title", "the 2011 US Women's Open champion" => "the 2011 U.S. Women's Open champion"),
            row!("delayed-players", "among 56 players" => "among fifty-six players"),
            row!("thompson-one-shot",
                "said: \"Experience always" => "said: \u{201c}Experience always",
                "doing my routine.\"" => "doing my routine.\u{201d}"),
            row!("pettersen-runner-up", "on three occasions" => "on 3 occasions"),
            row!("pettersen-driving",
                "said: \"I'm driving the ball" => "said: \u{201c}I\u{2019}m driving the ball",
                "as well. \"The leaderboard" => "as well. \u{201c}The leaderboard",
                "all in for it.\"" => "all in for it.\u{201d}"),
            row!("wie-title", "former US Women's Open champion Michelle Wie" => "former U.S. Women's Open champion Michelle Wie"),
            row!("wie-position", "shares seventh on" => "shares 7th on"),
            row!("reid-birdies", "round of five birdies" => "round of 5 birdies"),
            row!("reid-bogeys", "five bogeys and" => "5 bogeys and"),
        ],
    },
    Doc {
        id: "factcc-40765716",
        kind: "sport: a football transfer saga",
        edits: &[
            row!("rejected-offers", "rejected £40m offers" => "rejected £45m offers"),
            row!("swansea-valuation", "value at £50m." => "value at £51m."),
            row!("sigurdsson-title", "for the Iceland midfielder" => "for the Iceland defender"),
            row!("birmingham-friendly-day", "Birmingham on Saturday because" => "Birmingham on Friday because"),
            row!("clement-drag-on", "drag on until the deadline" => "drag on until the weekend"),
            row!("clement-imminently", "in the very near future" => "in the very distant future"),
            row!("connolly-title", "Toffees defender Callum Connolly" => "Iceland midfielder Callum Connolly"),
            row!("connolly-age", "The 19-year-old full-back" => "The 20-year-old full-back"),
            row!("under-20-world-cup-date", "won this summer's Under-20" => "won last year's Under-20"),
            row!("clement-best-decision", "was the best decision for" => "was the worst decision for"),
            row!("clement-hasnt-said", "He hasn't said that." => "He hasn't denied that."),
            row!("sigurdsson-contract-left", "he has three years left" => "he has two years left"; also "clement-want-him-to-stay"),
            row!("clement-want-him-to-stay", "we want him to stay" => "we want him to leave"),
            row!("clement-right-valuation", "the right valuation for the player" => "the wrong valuation for the player"),
            row!("clement-all-parties", "\"all parties\"" => "\"all clubs\""),
            row!("everton-initial-offer", "believed to be £40m." => "believed to be £400m."),
        ],
        swaps: &[
            row!("clement-best-decision", "soon,\" added Clement." => "soon,\" added Callum Connolly."),
            row!("clement-all-parties", "Clement confirmed that" => "Callum Connolly confirmed that"),
        ],
        rewrites: &[
            row!("rejected-offers", "rejected £40m offers" => "rejected £40 million offers"),
            row!("swansea-valuation", "value at £50m." => "value at £50 million."),
            row!("connolly-age", "The 19-year-old full-back" => "The nineteen-year-old full-back"),
            row!("clement-drag-on",
                "\"It's not something" => "\u{201c}It\u{2019}s not something",
                "deadline,\" said Clement." => "deadline,\u{201d} said Clement."),
            row!("clement-imminently",
                "\"The deadline I want" => "\u{201c}The deadline I want",
                "very near future.\"" => "very near future.\u{201d}"),
            row!("clement-best-decision",
                "\"It was the best" => "\u{201c}It was the best",
                "soon,\" added Clement." => "soon,\u{201d} added Clement."),
            row!("clement-hasnt-said",
                "replied: \"He hasn't" => "replied: \u{201c}He hasn\u{2019}t",
                "said that. \"Gylfi" => "said that. \u{201c}Gylfi",
                "to stay. \"But at" => "to stay. \u{201c}But at",
                "the player. \"With either" => "the player. \u{201c}With either",
                "good player.\" Clement" => "good player.\u{201d} Clement"),
            row!("sigurdsson-contract-left", "he has three years left" => "he has 3 years left"; also "clement-want-him-to-stay"),
            row!("clement-all-parties", "\"all parties\"" => "\u{201c}all parties\u{201d}"),
            row!("everton-initial-offer", "believed to be £40m." => "believed to be £40 million."),
        ],
    },
    Doc {
        id: "factcc-39784974",
        kind: "politics: a health bill in the US House",
        edits: &[
            row!("previous-attempt-date", "two months ago collapsed" => "three months ago collapsed"),
            row!("trump-beautifully", "\"beautifully\"" => "\"adequately\""),
            row!("obama-title", "President Barack Obama's" => "Speaker Barack Obama's"; unlisted),
            row!("bill-withdrawn-month", "healthcare bill in March to" => "healthcare bill in April to"),
            row!("ryan-title", "House of Representatives Speaker Paul Ryan" => "Missouri lawmaker Paul Ryan"; unlisted),
            row!("ryan-layers-of-protections", "a few layers of protections" => "a few layers of exclusions"),
            row!("ryan-statement-day", "insisted on Tuesday that" => "insisted on Wednesday that"),
            row!("trump-good-for-sick-people", "to be good for sick people" => "to be bad for sick people"),
            row!("trump-every-bit-as-good", "every bit as good on" => "every bit as bad on"),
            row!("trump-bloomberg-day", "Bloomberg News on Monday" => "Bloomberg News on Sunday"),
            row!("votes-needed", "short of the 216 votes" => "short of the 217 votes"),
            row!("defections-affordable", "only 22 defections" => "only 23 defections"),
            row!("republican-no-votes", "votes at about 20," => "votes at about 30,"),
            row!("republicans-undecided", "with a dozen more undecided" => "with two dozen more undecided"),
            row!("upton-title", "Top Republican Fred Upton" => "Missouri lawmaker Fred Upton"; unlisted),
            row!("upton-statement-day", "measure on Tuesday, saying" => "measure on Thursday, saying"),
            row!("upton-not-comfortable", "\"not at all comfortable\"" => "\"not at all concerned\""),
            row!("long-title", "House Republican Billy Long" => "House of Representatives Speaker Billy Long"),
            row!("long-campaign-year", "Obamacare in 2010, says" => "Obamacare in 2012, says"),
            row!("long-strips-away", "strips away any guarantee" => "strips away any hope"),
        ],
        swaps: &[
            row!("trump-beautifully", "Mr Trump insists" => "Paul Ryan insists"),
            row!("ryan-layers-of-protections", "House of Representatives Speaker Paul Ryan insisted" => "Fred Upton insisted"),
            row!("upton-not-comfortable", "Top Republican Fred Upton came out" => "Billy Long came out"),
            row!("long-strips-away", "The Missouri lawmaker said it" => "Paul Ryan said it"),
        ],
        rewrites: &[
            row!("trump-beautifully", "\"beautifully\"" => "\u{201c}beautifully\u{201d}"),
            row!("bill-withdrawn-month", "healthcare bill in March to" => "healthcare bill in March 2017 to"),
            row!("ryan-title", "House of Representatives Speaker Paul Ryan" => "House Speaker Paul Ryan"),
            row!("ryan-layers-of-protections",
                "that \"there are a few" => "that \u{201c}there are a few",
                "conditions\". Mr Trump" => "conditions\u{201d}. Mr Trump"),
            row!("trump-good-for-sick-people",
                "Monday: \"I want it" => "Monday: \u{201c}I want it",
                "as Obamacare.\" But" => "as Obamacare.\u{201d} But"),
            row!("defections-affordable", "only 22 defections" => "only twenty-two defections"),
            row!("republican-no-votes", "votes at about 20," => "votes at about twenty,"),
            row!("republicans-undecided", "with a dozen more undecided" => "with 12 more undecided"),
            row!("upton-not-comfortable", "\"not at all comfortable\"" => "\u{201c}not at all comfortable\u{201d}"),
            row!("long-strips-away",
                "it \"strips away" => "it \u{201c}strips away",
                "and affordable\"." => "and affordable\u{201d}."),
        ],
    },
    Doc {
        id: "factcc-21210495",
        kind: "politics: a presidential election in Europe",
        edits: &[
            row!("zeman-second-round-share", "He won 55% of votes" => "He won 56% of votes"),
            row!("schwarzenberg-second-round-share", "Schwarzenberg's 45%." => "Schwarzenberg's 44%."),
            row!("runoff-round", "in the second-round poll" => "in the third-round poll"),
            row!("schwarzenberg-title", "Foreign Minister Karel Schwarzenberg's" => "former prime minister Karel Schwarzenberg's"),
            row!("klaus-step-down", "steps down in March after" => "steps down in April after"),
            row!("klaus-time-in-office", "after ten years in office" => "after eleven years in office"),
            row!("zeman-first-attempt-year", "Ten years ago Mr Zeman" => "Twelve years ago Mr Zeman"),
            row!("zeman-first-attempt", "in his first attempt" => "in his second attempt"),
            row!("zeman-first-round-share", "Mr Zeman won 24.2%" => "Mr Zeman won 25.2%"),
            row!("schwarzenberg-first-round-share", "Schwarzenberg winning 23.4%." => "Schwarzenberg winning 24.4%."),
            row!("zeman-title", "former Social Democrat prime minister" => "former Social Democrat foreign minister"),
            row!("candidates-count", "between the two very different candidates" => "between the three very different candidates"),
            row!("schwarzenberg-age", "75 years old but" => "76 years old but"),
            row!("schwarzenberg-chancellor-period", "in the early 1990s, he" => "in the late 1990s, he"),
            row!("havel-title", "to the President Vaclav Havel" => "to the Foreign Minister Vaclav Havel"; unlisted),
            row!("velvet-revolution-year", "Communist rule in 1989." => "Communist rule in 1988."),
        ],
        swaps: &[],
        rewrites: &[
            row!("zeman-second-round-share", "He won 55% of votes" => "He won 55 per cent of votes"),
            row!("schwarzenberg-second-round-share", "Schwarzenberg's 45%." => "Schwarzenberg's 45 percent."),
            row!("schwarzenberg-title", "Foreign Minister Karel Schwarzenberg's" => "foreign minister Karel Schwarzenberg's"),
            row!("klaus-step-down", "steps down in March after" => "steps down in March 2018 after"),
            row!("klaus-time-in-office", "after ten years in office" => "after 10 years in office"),
            row!("zeman-first-attempt-year", "Ten years ago Mr Zeman" => "In 2007 Mr Zeman"),
            row!("zeman-first-attempt", "in his first attempt" => "in his 1st attempt"),
            row!("zeman-first-round-share", "Mr Zeman won 24.2%" => "Mr Zeman won 24.2 per cent"),
            row!("schwarzenberg-first-round-share", "Schwarzenberg winning 23.4%." => "Schwarzenberg winning 23.4 percent."),
            row!("zeman-title", "former Social Democrat prime minister" => "former Social Democrat PM"),
            row!("candidates-count", "between the two very different candidates" => "between the 2 very different candidates"),
            row!("schwarzenberg-age", "75 years old but" => "seventy-five years old but"),
        ],
    },
    Doc {
        id: "factcc-35142586",
        kind: "conflict: a military offensive",
        edits: &[
            row!("pkk-members-killed", "about 70 suspected members" => "about 80 suspected members"),
            row!("soldiers-killed", "and two soldiers have" => "and three soldiers have"),
            row!("operation-start", "since Wednesday in a major" => "since Thursday in a major"),
            row!("ceasefire-collapse", "broke down in July." => "broke down in June."),
            row!("people-displaced", "say 200,000 people have" => "say 300,000 people have"),
            row!("security-forces", "Around 10,000 government security forces" => "Around 11,000 government security forces"),
            row!("cizre-curfew", "under curfew in September," => "under curfew in October,"),
            row!("davutoglu-chaos", "creating chaos in these cities" => "creating peace in these cities"),
            row!("davutoglu-secede", "struggling to secede from Turkey" => "struggling to flee from Turkey"),
            row!("diyarbakir-protesters-killed", "two protesters died" => "three protesters died"),
            row!("diyarbakir-clash-day", "On Monday, two protesters" => "On Tuesday, two protesters"),
            row!("diyarbakir-curfew", "curfew in November after" => "curfew in December after"),
            row!("elci-title", "a pro-Kurdish lawyer, Tahir Elci" => "a pro-Kurdish journalist, Tahir Elci"),
            row!("policemen-killed", "Two policemen also died." => "Three policemen also died."),
            row!("conflict-deaths", "More than 40,000 people" => "More than 50,000 people"),
            row!("armed-campaign-start", "campaign in 1984." => "campaign in 1985."),
        ],
        swaps: &[],
        rewrites: &[
            row!("pkk-members-killed", "about 70 suspected members" => "about seventy suspected members"),
            row!("soldiers-killed", "and two soldiers have" => "and 2 soldiers have"),
            row!("ceasefire-collapse", "broke down in July." => "broke down in July 2017."),
            row!("people-displaced", "say 200,000 people have" => "say two hundred thousand people have"),
            row!("security-forces", "Around 10,000 government security forces" => "Around ten thousand government security forces"),
            row!("cizre-curfew", "under curfew in September," => "under curfew in Sept.,"),
            row!("davutoglu-chaos",
                "conflict. \"If your struggle" => "conflict. \u{201c}If your struggle",
                "allow that. \"If they are" => "allow that. \u{201c}If they are",
                "never allow that.\" On Monday" => "never allow that.\u{201d} On Monday"),
            row!("diyarbakir-protesters-killed", "two protesters died" => "2 protesters died"),
            row!("diyarbakir-curfew", "curfew in November after" => "curfew in Nov. after"),
            row!("policemen-killed", "Two policemen also died." => "2 policemen also died."),
            row!("conflict-deaths", "More than 40,000 people" => "Over 40,000 people"),
        ],
    },
    Doc {
        id: "factcc-35165747",
        kind: "conflict: a city offensive against IS",
        edits: &[
            row!("ramadi-fall", "fell to IS in May" => "fell to IS in June"),
            row!("warren-title", "US-led coalition spokesman Col Steve Warren" => "BBC Middle East editor Steve Warren"; unlisted),
            row!("is-fighters-in-ramadi", "up to 350 IS fighters" => "up to 450 IS fighters"),
            row!("usher-title", "BBC Middle East editor Sebastian Usher" => "US-led coalition spokesman Sebastian Usher"; unlisted),
            row!("tikrit-recapture", "Tikrit earlier this year" => "Tikrit last year"),
            row!("districts-retaken", "already retaken two districts" => "already retaken three districts"),
            row!("encirclement-month", "Last month, government forces completed" => "In October, government forces completed"),
            row!("ramadi-distance-from-baghdad", "about 90km (55 miles)" => "about 100km (62 miles)"),
            row!("numani-title", "Iraqi Counter-Terrorism Service spokesman Sabah al-Numani" => "BBC Middle East editor Sabah al-Numani"; unlisted),
            row!("assault-start", "at dawn on Tuesday." => "at dawn on Wednesday."),
            row!("is-overrun-date", "north in June 2014" => "north in July 2014"),
            row!("is-territory-lost-share", "lost 14% of its" => "lost 24% of its"),
            row!("is-territory-lost-area", "about 12,800 sq km (4,940 sq miles)" => "about 13,800 sq km (5,330 sq miles)"),
            row!("ihs-analysis-day", "On Monday, analysis by IHS" => "On Friday, analysis by IHS"),
            row!("baghdadi-title", "under its leader Abu Bakr" => "under its spokesman Abu Bakr"; unlisted),
            row!("is-fighters-total", "about 30,000 fighters but" => "about 40,000 fighters but"),
        ],
        swaps: &[],
        rewrites: &[
            row!("ramadi-fall", "fell to IS in May" => "fell to IS in May 2017"),
            row!("warren-title", "spokesman Col Steve Warren" => "spokesman Colonel Steve Warren"),
            row!("tikrit-recapture", "Tikrit earlier this year" => "Tikrit earlier in 2017"),
            row!("districts-retaken", "already retaken two districts" => "already retaken 2 districts"),
            row!("encirclement-month", "Last month, government forces completed" => "In November, government forces completed"),
            row!("ramadi-distance-from-baghdad", "about 90km (55 miles)" => "about 90 kilometres (55 miles)"),
            row!("is-overrun-date", "north in June 2014" => "north in Jun. 2014"),
            row!("is-territory-lost-share", "lost 14% of its" => "lost 14 percent of its"),
            row!("is-territory-lost-area", "about 12,800 sq km" => "about 12,800 square kilometres"),
            row!("is-fighters-total", "about 30,000 fighters but" => "about thirty thousand fighters but"),
        ],
    },
    Doc {
        id: "factcc-39277940",
        kind: "military technology: a missile against a drone",
        edits: &[
            row!("perkins-title", "ally, Gen David Perkins told" => "ally, Col David Perkins told"),
            row!("quadcopter-cost", "cost 200 bucks from" => "cost 300 bucks from"; also "perkins-no-chance"),
            row!("perkins-no-chance", "did not stand a chance" => "did not stand a prayer"),
            row!("perkins-love-patriots", "we love Patriot missiles" => "we hate Patriot missiles"),
            row!("perkins-exchange-ratio", "good economic exchange ratio" => "good economic exchange rate"),
            row!("perkins-if-enemy", "if I'm the enemy" => "if I'm the customer"),
            row!("ebay-quadcopter-cost", "these $300 quadcopters" => "these $400 quadcopters"),
            row!("perkins-close-ally", "\"a very close ally\"" => "\"a very distant ally\""),
            row!("bronk-title", "Justin Bronk, a researcher at" => "Justin Bronk, a general at"),
            row!("bronk-overkill", "clearly enormous overkill" => "clearly modest overkill"),
            row!("bronk-stark-terms", "in very stark terms" => "in very vague terms"),
            row!("patriot-first-produced", "first produced in 1980" => "first produced in 1981"),
            row!("patriot-operators", "operated by 12 countries" => "operated by 13 countries"),
            row!("patriot-speed", "at five times the speed" => "at six times the speed"),
            row!("quadcopter-top-speed", "top speed of 50mph (80km/h)" => "top speed of 60mph (97km/h)"),
        ],
        swaps: &[
            row!("perkins-no-chance", "Patriot,\" he said." => "Patriot,\" Justin Bronk said."),
            row!("perkins-love-patriots", "\" the general said." => "\" Justin Bronk said."),
            row!("perkins-close-ally", "but Gen Perkins did describe" => "but Justin Bronk did describe"),
        ],
        rewrites: &[
            row!("perkins-title", "ally, Gen David Perkins told" => "ally, General David Perkins told"),
            row!("perkins-no-chance",
                "\"That quadcopter that" => "\u{201c}That quadcopter that",
                "against a Patriot,\" he said" => "against a Patriot,\u{201d} he said"),
            row!("perkins-love-patriots",
                "\"Now, that worked" => "\u{201c}Now, that worked",
                "missiles,\" the general" => "missiles,\u{201d} the general"),
            row!("perkins-exchange-ratio",
                "\"I'm not sure that's" => "\u{201c}I\u{2019}m not sure that\u{2019}s",
                "exchange ratio,\" he told" => "exchange ratio,\u{201d} he told"),
            row!("perkins-if-enemy",
                "\"In fact, if I'm" => "\u{201c}In fact, if I\u{2019}m",
                "out there'.\"" => "out there\u{2019}.\u{201d}"),
            row!("ebay-quadcopter-cost", "these $300 quadcopters" => "these US$300 quadcopters"),
            row!("perkins-close-ally", "\"a very close ally\"" => "\u{201c}a very close ally\u{201d}"),
            row!("bronk-overkill",
                "\"It is clearly" => "\u{201c}It is clearly",
                "overkill,\" said" => "overkill,\u{201d} said"),
            row!("bronk-stark-terms",
                "\"It certainly exposes" => "\u{201c}It certainly exposes",
                "state-on-state warfare.\"" => "state-on-state warfare.\u{201d}"),
            row!("patriot-operators", "operated by 12 countries" => "operated by twelve countries"),
            row!("patriot-speed", "at five times the speed" => "at 5 times the speed"),
            row!("quadcopter-top-speed", "top speed of 50mph" => "top speed of 50 miles per hour"),
        ],
    },
    Doc {
        id: "factcc-36678540",
        kind: "politics: a military personnel policy",
        edits: &[
            row!("policy-phase-in", "phased in over a year." => "phased in over two years."),
            row!("carter-title", "said Defence Secretary Ash Carter" => "said Republican Senator Ash Carter"; unlisted),
            row!("carter-right-thing", "the right thing to do for our people" => "the wrong thing to do for our people"),
            row!("ewing-very-pleased", "\"I am very pleased" => "\"I am very saddened"),
            row!("ewing-re-enlisting", "look forward to re-enlisting" => "look forward to retiring"),
            row!("inhofe-title", "Republican Senator Jim Inhofe" => "Defence Secretary Jim Inhofe"; unlisted),
            row!("inhofe-social-agenda", "forcing their social agenda" => "forcing their military agenda"),
            row!("carter-our-mission", "Our mission is to defend" => "Our mission is to serve"),
            row!("rand-estimate", "between 2,500 and 7,000 transgender" => "between 3,500 and 7,000 transgender"),
            row!("total-force", "total force of 1.3 million" => "total force of 2.3 million"),
            row!("reserve-estimate", "additional 1,500 to 4,000 among" => "additional 1,500 to 5,000 among"),
            row!("palm-center-estimate", "about 12,800 transgender" => "about 13,800 transgender"),
            row!("palm-center-title", "an influential think tank" => "an influential newspaper"; unlisted),
            row!("enlistment-opening", "able to enlist in one year" => "able to enlist in two years"),
            row!("enlistment-stability", "gender for 18 months." => "gender for 19 months."),
            row!("carter-matter-of-principle", "\"a matter of principle\"" => "\"a matter of convenience\""),
            row!("carter-confident", "reason to be proud today" => "reason to be ashamed today"),
            row!("carter-its-right", "\"It's the right thing to do." => "\"It's the wrong thing to do."),
            row!("carter-stronger", "will be stronger." => "will be weaker."),
        ],
        swaps: &[
            row!("carter-right-thing", "said Defence Secretary Ash Carter." => "said Jamie Ewing."),
            row!("inhofe-social-agenda", "Republican Senator Jim Inhofe of Oklahoma criticised" => "Jamie Ewing criticised"),
            row!("carter-our-mission", "the Pentagon, Mr Carter said:" => "the Pentagon, Jim Inhofe said:"),
            row!("carter-matter-of-principle", "Mr Carter called the policy" => "Mr Inhofe called the policy"),
        ],
        rewrites: &[
            row!("policy-phase-in", "phased in over a year." => "phased in over one year."),
            row!("carter-title", "said Defence Secretary Ash Carter" => "said Defense Secretary Ash Carter"),
            row!("carter-right-thing",
                "\"This is the right" => "\u{201c}This is the right",
                "the force,\" said" => "the force,\u{201d} said"),
            row!("ewing-very-pleased", "\"I am very pleased,\" she" => "\u{201c}I am very pleased,\u{201d} she"),
            row!("ewing-re-enlisting",
                "\"I look forward" => "\u{201c}I look forward",
                "the US Army.\" But" => "the US Army.\u{201d} But"),
            row!("inhofe-title", "Republican Senator Jim Inhofe" => "Republican Sen. Jim Inhofe"),
            row!("inhofe-social-agenda", "\"forcing their social agenda\"" => "\u{201c}forcing their social agenda\u{201d}"),
            row!("carter-our-mission",
                "said: \"Our mission is" => "said: \u{201c}Our mission is",
                "the mission.\" He said" => "the mission.\u{201d} He said"),
            row!("rand-estimate", "between 2,500 and 7,000 transgender" => "from 2,500 to 7,000 transgender"),
            row!("total-force", "total force of 1.3 million" => "total force of 1,300,000"),
            row!("reserve-estimate", "additional 1,500 to 4,000 among" => "additional 1,500-4,000 among"),
            row!("palm-center-estimate", "about 12,800 transgender" => "around 12,800 transgender"),
            row!("enlistment-opening", "able to enlist in one year" => "able to enlist in a year"),
            row!("enlistment-stability", "gender for 18 months." => "gender for eighteen months."),
            row!("carter-matter-of-principle", "\"a matter of principle\"" => "\u{201c}a matter of principle\u{201d}"),
            row!("carter-confident",
                "\"I'm confident that" => "\u{201c}I\u{2019}m confident that",
                "our military,\" he said" => "our military,\u{201d} he said"),
            row!("carter-its-right",
                "said. \"It's the right" => "said. \u{201c}It\u{2019}s the right",
                "will be stronger.\"" => "will be stronger.\u{201d}"),
        ],
    },
];

// ---------------------------------------------------------------------------
// Rows that fail because factlint judges a right claim wrongly.
// ---------------------------------------------------------------------------

const QUOTE_SENTENCE_EDIT: &str =
    "a changed word in one sentence of a multi-sentence quote makes the claim missing, not a misquote";
const REPORTED_SPEECH: &str =
    "a quote inside reported speech (NAME insists, said it, called, described, warned ... \"...\") is not attributed to NAME, so giving it to another person passes";
const PASSIVE: &str =
    "a passive attribution (described as \"...\" by NAME) is not read, so giving the quote to another person passes";
const RELATIVE_CLAUSE: &str =
    "NAME, who ..., said: \"...\" is not attributed across the relative clause, and the year of \"the 2014 title\" is then judged for Hull's age (a number claim)";
const DURATION_AS_NUMBER: &str =
    "the number of a duration (\"two years\", \"one year\") is judged for a number claim (an age) through an entity alias";
const UNTIED_VALUE: &str =
    "a value in an unrelated clause is judged: the edited title adds the anchor producer to a sentence whose 57-year-old is then read as the producer's age";
const HYPHEN_FRACTION: &str =
    "\"four-and-a-half years\" is not read as a duration (only \"four\", as a number)";
const BUCKS: &str = "\"200 bucks\" is read as a count of bucks, not as money";
const TITLE_POSSESSIVE: &str =
    "a possessive before the title (\"The charity's founder Steve Dayman\") is kept in it, so the title is judged as none of the claimed ones or not read";
const TITLE_ROLE: &str =
    "a lower-case role before a name (\"fly-half Jantjies\", \"hooker Dane Coles\", \"lock Sam Whitelock\", \"Toffees defender Callum Connolly\") is not read as a title";
const TITLE_WORD: &str =
    "Solicitor and Fiscal depute before a name are not read as titles (\"Solicitor Lindsay Foulis told\", \"Fiscal depute Sue Ruta said\"), though Sheriff is";
const TITLE_DESCRIPTOR: &str =
    "a descriptor before a name (\"World number nine Thompson\", \"world number one Lydia Ko\", \"Seven-time major winner Inbee Park\") is not read as a title";
const TITLE_APPOSITION: &str =
    "a title in apposition after the name (\"So Yeon Ryu, the 2011 US Women's Open champion\", \"Justin Bronk, a general at\") is not read";
const TITLE_CONJOINED: &str =
    "in \"Solicitor and former Ebay executive Hart-Hansen\" only the last title is judged";
const TITLE_NO_NAME: &str =
    "the title is given by a descriptor that stands for a name in another sentence (\"The 39-year-old producer\", \"the Iceland midfielder\"), so it is never judged";
const KNOWN_DEFECTS: &[KnownDefect] = &[
    known("du-plantier-title", Table::Edit, TITLE_NO_NAME),
    known("thomas-title", Table::Edit, UNTIED_VALUE),
    known("hart-hansen-ban", Table::Edit, HYPHEN_FRACTION),
    known("foulis-title", Table::Edit, TITLE_WORD),
    known("hart-hansen-title", Table::Edit, TITLE_CONJOINED),
    known("elliot-off-work", Table::Rewrite, DURATION_AS_NUMBER),
    known("dayman-title", Table::Edit, TITLE_POSSESSIVE),
    known("meningitis-uk-leap-forward", Table::Swap, PASSIVE),
    known("jantjies-title", Table::Edit, TITLE_ROLE),
    known("coles-title", Table::Edit, TITLE_ROLE),
    known("whitelock-title", Table::Edit, TITLE_ROLE),
    known("thompson-ranking", Table::Edit, TITLE_DESCRIPTOR),
    known("ko-ranking", Table::Edit, TITLE_DESCRIPTOR),
    known("park-title", Table::Edit, TITLE_DESCRIPTOR),
    known("ryu-title", Table::Edit, TITLE_APPOSITION),
    known("wie-title", Table::Edit, TITLE_DESCRIPTOR),
    known("thompson-one-shot", Table::Swap, RELATIVE_CLAUSE),
    known("sigurdsson-title", Table::Edit, TITLE_NO_NAME),
    known("connolly-title", Table::Edit, TITLE_ROLE),
    known("upton-not-comfortable", Table::Swap, REPORTED_SPEECH),
    known("quadcopter-cost", Table::Edit, BUCKS),
    known("perkins-close-ally", Table::Swap, REPORTED_SPEECH),
    known("carter-its-right", Table::Edit, QUOTE_SENTENCE_EDIT),
    known("inhofe-social-agenda", Table::Swap, REPORTED_SPEECH),
    known("carter-matter-of-principle", Table::Swap, REPORTED_SPEECH),
];
