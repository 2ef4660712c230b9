//! The bundled claims against real prose: the sample article, the seed
//! article it was curated from (when `../shared` is beside the project), and
//! every fact of each changed to a wrong value in turn.

mod common;

use common::Test;
use factlint::check::Checker;
use factlint::claims::{self, ClaimSet, Severity};
use factlint::document::Document;
use factlint::extract::Kind;
use factlint::findings::{Finding, Status};
use jiff::civil::Date;
use std::path::PathBuf;

const SAMPLE: &str = "articles/pakistan-pivot.md";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seed() -> Option<String> {
    let path = root().join("../shared/seed/article.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipped: {} is not here", path.display());
            None
        }
    }
}

fn bundled_claims() -> ClaimSet {
    claims::load(&root().join("claims.toml")).expect("the bundled claims load")
}

fn published() -> Date {
    Date::new(2025, 11, 24).unwrap()
}

fn check(claims: &ClaimSet, text: &str) -> Vec<Finding> {
    Checker::new(claims).check(&Document::new("t", text.to_string()), published())
}

/// Claims that are not `match`, with what the text said.
fn not_matching(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.status != Status::Match)
        .map(|f| format!("{} {}: {}", f.claim, f.status.name(), f.message))
        .collect()
}

#[test]
fn the_seed_article_states_every_claim() {
    let Some(_) = seed() else { return };
    let output = Test::new()
        .args(&[
            "check",
            root().join("../shared/seed/article.txt").to_str().unwrap(),
            "--claims",
            root().join("claims.toml").to_str().unwrap(),
            "--published",
            "2025-11-24",
            "--as-of",
            "2025-11-28",
            "--format",
            "json",
        ])
        .status(0);
    let report: factlint::report::json::JsonReport = serde_json::from_str(&output).unwrap();
    let claims = bundled_claims();
    assert!(claims.claims.len() >= 70, "{} claims", claims.claims.len());
    assert_eq!(report.summary.claims, claims.claims.len());
    let off: Vec<String> = report.files[0]
        .findings
        .iter()
        .filter(|f| f.status != "match")
        .map(|f| format!("{} {}: {}", f.claim, f.status, f.message))
        .collect();
    assert!(
        off.is_empty(),
        "not matching in the seed:\n{}",
        off.join("\n")
    );
}

#[test]
fn the_sample_article_states_every_claim() {
    let claims = bundled_claims();
    let text = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let off = not_matching(&check(&claims, &text));
    assert!(
        off.is_empty(),
        "not matching in the sample:\n{}",
        off.join("\n")
    );
}

#[test]
fn the_sample_article_hard_wrapped_states_every_claim() {
    let claims = bundled_claims();
    let text = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let wrapped = hard_wrap(&text, 72);
    assert!(wrapped
        .lines()
        .all(|l| l.chars().count() <= 72 || !l.contains(' ')));
    let off = not_matching(&check(&claims, &wrapped));
    assert!(
        off.is_empty(),
        "not matching in the wrapped sample:\n{}",
        off.join("\n")
    );
}

#[test]
fn the_seed_article_hard_wrapped_states_every_claim() {
    let Some(text) = seed() else { return };
    let off = not_matching(&check(&bundled_claims(), &hard_wrap(&text, 72)));
    assert!(
        off.is_empty(),
        "not matching in the wrapped seed:\n{}",
        off.join("\n")
    );
}

/// Each paragraph (a line) folded at `width` columns, paragraphs set apart
/// by blank lines, as an editor's hard-wrapped copy would be.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for paragraph in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push_str(&line);
        out.push_str("\n\n");
    }
    out
}

#[test]
fn every_fact_of_the_sample_changed_is_reported_on_its_line() {
    let text = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    each_fact_changed(&bundled_claims(), &text);
}

#[test]
fn every_fact_of_the_seed_changed_is_reported_on_its_line() {
    let Some(text) = seed() else { return };
    each_fact_changed(&bundled_claims(), &text);
}

/// Changes each stated fact to a wrong value, one at a time, and requires
/// exactly that claim to be reported on the changed line: at error, or for
/// a title changed to an office the claims do not mention, at warning with
/// no error.
fn each_fact_changed(claims: &ClaimSet, text: &str) {
    let original = check(claims, text);
    let mut failures = Vec::new();
    let mut tried = 0;
    for finding in original.iter().filter(|f| f.status == Status::Match) {
        let span = finding.span.expect("a match has a span");
        let found = &text[span.start..span.end];
        let Some(wrong) = mutate(finding.kind, found) else {
            failures.push(format!("{}: no wrong value for {found:?}", finding.claim));
            continue;
        };
        // Another office the claims do not list is a warning, not an error.
        let expected = match finding.kind {
            Kind::Title => mutate_title(found).map_or(Severity::Error, |(_, s)| s),
            _ => Severity::Error,
        };
        tried += 1;
        let changed = format!("{}{}{}", &text[..span.start], wrong, &text[span.end..]);
        let document = Document::new("t", changed.clone());
        let line = document.line_col(span.start).0;
        let findings = Checker::new(claims).check(&document, published());
        let errors: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.is_problem() && f.severity == Severity::Error)
            .collect();
        // The change is reported by this claim, or, where two claims share
        // the changed words (a title made of two claims' titles, "Pakistan
        // Chief of the Army Staff Gen."), by a claim of the same kind at
        // the changed place.
        let changed_span = (span.start, span.start + wrong.len());
        let this = findings
            .iter()
            .find(|f| f.claim == finding.claim && wrong_value(f))
            .or_else(|| {
                findings.iter().find(|f| {
                    f.kind == finding.kind
                        && wrong_value(f)
                        && f.span
                            .is_some_and(|s| s.start < changed_span.1 && changed_span.0 < s.end)
                })
            })
            .unwrap_or_else(|| findings.iter().find(|f| f.claim == finding.claim).unwrap());
        let reported = wrong_value(this)
            && this.severity == expected
            && this
                .span
                .is_some_and(|s| document.line_col(s.start).0 == line);
        let errors_expected = usize::from(expected == Severity::Error);
        if !reported || errors.len() != errors_expected {
            failures.push(format!(
                "{} ({}): {found:?} -> {wrong:?} on line {line}: the claim is {} ({}); errors: [{}]",
                finding.claim,
                finding.kind,
                this.status.name(),
                this.message,
                errors
                    .iter()
                    .map(|f| format!("{} {}", f.claim, f.message))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
    }
    assert!(tried >= 60, "only {tried} facts could be changed");
    assert!(
        failures.is_empty(),
        "{} of {tried} changes went wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn wrong_value(finding: &Finding) -> bool {
    matches!(finding.status, Status::Mismatch | Status::Stale)
}

#[test]
fn equivalent_wording_of_the_seed_reports_nothing() {
    let Some(text) = seed() else { return };
    let claims = bundled_claims();
    #[track_caller]
    fn case(claims: &ClaimSet, text: &str, from: &str, to: &str) {
        assert!(text.contains(from), "the seed no longer says {from:?}");
        let changed = text.replacen(from, to, 1);
        let off = not_matching(&check(claims, &changed));
        assert!(off.is_empty(), "{from:?} -> {to:?}:\n{}", off.join("\n"));
    }
    case(&claims, &text, "$500 million", "$500m");
    case(&claims, &text, "$500 million", "US$500 million");
    case(&claims, &text, "$500 million", "500 million dollars");
    case(&claims, &text, "three times", "3 times");
    case(&claims, &text, "Sept. 25", "September 25");
    case(&claims, &text, "50 percent share", "50% share");
    case(&claims, &text, "13 U.S.", "thirteen U.S.");
    case(&claims, &text, "14-year", "fourteen-year");
    case(
        &claims,
        &text,
        "230,000 square miles",
        "230 thousand square miles",
    );
    case(&claims, &text, "$300 million", "US$300 million");
    case(&claims, &text, "“I love Pakistan,”", "\"I love Pakistan,\"");
    case(&claims, &text, "half a dozen", "six");
    case(&claims, &text, "five dozen", "60");
}

/// A wrong value of the same kind, written the way `found` writes it.
fn mutate(kind: Kind, found: &str) -> Option<String> {
    match kind {
        Kind::Title => mutate_title(found).map(|(wrong, _)| wrong),
        Kind::Quote => mutate_quote(found),
        Kind::Date => mutate_date(found),
        Kind::Ordinal => replace_first_word(found, ORDINALS).or_else(|| bump_digits(found)),
        _ => bump_digits(found).or_else(|| replace_first_word(found, NUMBER_WORDS)),
    }
}

/// A wrong title and the severity it must be reported at: a title that
/// contradicts one the person holds (another rank on the ladder, another
/// country, a rank modifier added, another role at the same organisation)
/// is an error; another office the claims do not mention is a warning.
fn mutate_title(found: &str) -> Option<(String, Severity)> {
    replace_first_word(found, CONTRADICTING_TITLES)
        .map(|wrong| (wrong, Severity::Error))
        .or_else(|| {
            replace_first_word(found, UNRELATED_TITLES).map(|wrong| (wrong, Severity::Warning))
        })
}

/// Titles changed to ones that contradict them.
const CONTRADICTING_TITLES: &[(&str, &str)] = &[
    // A country for another.
    ("Pakistan", "India"),
    ("Pakistani", "Indian"),
    ("Canadian", "Mexican"),
    ("Japanese", "Chinese"),
    // Another rank on the ladder.
    ("Field Marshal", "General"),
    ("Gen.", "Lt. Gen."),
    ("general", "colonel"),
    // The same office with another rank modifier or qualifier.
    ("senior", "junior"),
    ("Prime Minister", "Deputy Prime Minister"),
    ("Vice President", "President"),
    ("President", "Vice President"),
    ("Secretary of State", "Deputy Secretary of State"),
    ("ambassador", "deputy ambassador"),
    ("envoy", "deputy envoy"),
    ("chief", "deputy chief"),
    ("minister", "deputy minister"),
    // Another role at the same organisation.
    ("principal", "partner"),
    ("CEO", "CFO"),
    ("arm", "agency"),
    ("branch", "agency"),
];

/// Titles changed to an office the claims do not mention.
const UNRELATED_TITLES: &[(&str, &str)] = &[
    ("company", "bank"),
    ("firm", "bank"),
    ("conglomerate", "bank"),
    ("Trump acolyte", "novelist"),
];

const ORDINALS: &[(&str, &str)] = &[
    ("first", "second"),
    ("second", "third"),
    ("third", "fourth"),
    ("fourth", "fifth"),
    ("fifth", "sixth"),
];

const NUMBER_WORDS: &[(&str, &str)] = &[
    ("half a dozen", "seven"),
    ("a dozen", "eleven"),
    ("a couple", "three"),
    ("one", "two"),
    ("two", "three"),
    ("three", "four"),
    ("four", "five"),
    ("five", "six"),
    ("six", "seven"),
    ("seven", "eight"),
    ("eight", "nine"),
    ("nine", "ten"),
    ("ten", "eleven"),
    ("thirteen", "fourteen"),
    ("fourteen", "fifteen"),
    ("twenty", "thirty"),
    ("hundreds", "thousands"),
    ("millions", "billions"),
    ("billions", "trillions"),
    ("weeklong", "monthlong"),
    ("decades", "centuries"),
    ("a week", "a month"),
];

const MONTHS: &[(&str, &str)] = &[
    ("January", "February"),
    ("February", "March"),
    ("March", "April"),
    ("April", "May"),
    ("May", "June"),
    ("June", "July"),
    ("July", "August"),
    ("August", "September"),
    ("September", "October"),
    ("October", "September"),
    ("November", "October"),
    ("December", "November"),
    ("Jan.", "Feb."),
    ("Feb.", "March"),
    ("Aug.", "Sept."),
    ("Sept.", "Oct."),
    ("Oct.", "Sept."),
    ("Nov.", "Oct."),
    ("Dec.", "Nov."),
];

const RELATIVE: &[(&str, &str)] = &[
    ("earlier this year", "last year"),
    ("this year", "last year"),
    ("last month", "this month"),
    ("following year", "previous year"),
];

fn mutate_date(found: &str) -> Option<String> {
    replace_first_word(found, MONTHS)
        .or_else(|| replace_first_word(found, RELATIVE))
        .or_else(|| bump_digits(found))
}

/// Replaces the first whole-word, case-insensitive occurrence of any `from`.
fn replace_first_word(text: &str, table: &[(&str, &str)]) -> Option<String> {
    let lower = text.to_lowercase();
    let mut best: Option<(usize, &str, &str)> = None;
    for &(from, to) in table {
        let needle = from.to_lowercase();
        let mut start = 0;
        while let Some(at) = lower[start..].find(&needle) {
            let at = start + at;
            let end = at + needle.len();
            let before_ok = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = lower[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                if best.is_none_or(|(b, f, _)| at < b || (at == b && from.len() > f.len())) {
                    best = Some((at, from, to));
                }
                break;
            }
            start = at + 1;
        }
    }
    let (at, from, to) = best?;
    let original = &text[at..at + from.len()];
    let to = if original.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = to.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
            .unwrap_or_default()
    } else {
        to.to_string()
    };
    Some(format!("{}{}{}", &text[..at], to, &text[at + from.len()..]))
}

/// Adds one to the first run of digits: "$500 million" -> "$501 million".
fn bump_digits(text: &str) -> Option<String> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let end = text[start..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(text.len(), |i| start + i);
    let number: u64 = text[start..end].parse().ok()?;
    Some(format!("{}{}{}", &text[..start], number + 1, &text[end..]))
}

/// Changes the longest word of a quote.
fn mutate_quote(found: &str) -> Option<String> {
    let word = found
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .max_by_key(|w| w.len())?;
    let at = found.find(word)?;
    Some(format!(
        "{}{}{}",
        &found[..at],
        "wonderful",
        &found[at + word.len()..]
    ))
}

#[test]
fn mutations_change_values() {
    assert_eq!(
        mutate(Kind::Money, "$500 million").as_deref(),
        Some("$501 million")
    );
    assert_eq!(
        mutate(Kind::Count, "three times").as_deref(),
        Some("four times")
    );
    assert_eq!(
        mutate(Kind::Count, "half a dozen times").as_deref(),
        Some("seven times")
    );
    assert_eq!(mutate(Kind::Date, "Sept. 25").as_deref(), Some("Oct. 25"));
    assert_eq!(
        mutate(Kind::Date, "Earlier this year").as_deref(),
        Some("Last year")
    );
    assert_eq!(mutate(Kind::Date, "2021").as_deref(), Some("2022"));
    assert_eq!(mutate(Kind::Ordinal, "second").as_deref(), Some("third"));
    assert_eq!(
        mutate(Kind::Quote, "I love Pakistan").as_deref(),
        Some("I love wonderful")
    );
}
