//! People on real news: how many quotes get a speaker, and how many wrong
//! speakers and wrong titles factlint catches, on the corpus in
//! `../shared/data` (the BBC texts of `news-docs.jsonl` and the news
//! documents of `summedits-eval.jsonl`). Prints figures; asserts nothing.
//!
//! Run: `cargo bench --bench people` (add `-- --verbose` to list every
//! miss and every false alarm).
//!
//! The bench finds quotes, their attributions and the people a document
//! names with its own simple readers, written apart from `src/`, so that the
//! rates do not measure factlint against itself:
//!
//! - a **quote** is a pair of double quote marks (straight or curly) whose
//!   opening mark has a space or the text start before it; an opening mark
//!   met while a quote is open ends that quote (a quoted paragraph that
//!   the next one continues, as newsrooms write them);
//! - its **attribution** is a name or "he"/"she" next to a speech verb right
//!   after the quote (`“…,” NAME said`, `“…,” said NAME`, `“…,” he said`)
//!   or right before it (`NAME said: “…”`); a quote with none that follows
//!   another quote directly continues that quote's attribution;
//! - a **person** is a run of two or three capitalised words, none a
//!   function word, month, weekday or title word, whose last word the text
//!   also uses alone, or that a speech verb or a comma and "a"/"the"/"who"
//!   follows.
//!
//! Measures:
//!
//! - **speakers found**: quotes (as the bench finds them) to which factlint
//!   gives a speaker;
//! - **speaker swaps**: for each attributed quote, a quote claim made from
//!   the original the way the starter file makes it (factlint's speaker, the
//!   quoted words), then the attribution replaced with the full name of
//!   another person the document names. Caught: the claim is reported at
//!   error where the quote stands. A quote that factlint gives no speaker
//!   has no claim and counts as missed.
//! - **title swaps**: for each person with a descriptor factlint reads, a
//!   title claim listing the descriptors it reads for that person; then one
//!   descriptor replaced with another person's descriptor from the same
//!   document (when their words differ), or its rank moved one step on a
//!   ladder. Caught: a finding at warning or above for the claim, on the
//!   edited words; at error for a rank step.
//! - **false alarms**: the unedited documents checked against all of their
//!   quote and title claims; every finding at error is one.
//! - **pronoun speakers**: for each quote factlint gives a speaker through
//!   "he" or "she", a quote claim naming each other person of the document
//!   instead. Caught: an error on the quote. The rest split into persons
//!   named within the pronoun's reach (left alone by design: the pick among
//!   them is a guess) and misses.
//! - **blind speakers**: the development set's quote claims, written blind
//!   (`tests/corpus/*.claims.toml`): for each, the quote of its text that
//!   states the claimed words, and whether factlint gives it the claim's
//!   speaker, another one, or none. Starter claims take their speaker from
//!   the same attribution code, so this is their accuracy too.
use factlint::check::Checker;
use factlint::claims::{parse_claims, Severity};
use factlint::document::Document;
use factlint::extract::{quote, title, Span};
use factlint::findings::{Finding, Status};
use jiff::civil::Date;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let Some(docs) = corpus(&root) else {
        println!("note: {} is absent; nothing to measure", root.display());
        return;
    };
    let mut totals = Totals::default();
    for (id, text) in &docs {
        measure(id, text, &mut totals, verbose);
    }
    totals.print(docs.len());
    blind_speakers(&docs, verbose);
}

/// Speaker accuracy on the development set's quote claims, written blind
/// (`tests/corpus/*.claims.toml`): for each claim, the quote of its text
/// that states the claimed words, and whether factlint gives it the
/// claim's speaker (the same name, or its last word), another speaker, or
/// none.
fn blind_speakers(docs: &[(String, String)], verbose: bool) {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return;
    };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let (mut claims, mut located, mut right, mut wrong, mut none) = (0, 0, 0, 0, 0);
    for file in files {
        let Some(id) = file
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".claims.toml"))
        else {
            continue;
        };
        let Some((_, text)) = docs.iter().find(|(doc, _)| doc == id) else {
            continue;
        };
        let Ok(set) = factlint::claims::load(&file) else {
            continue;
        };
        let found = quote::quotes(text);
        for claim in &set.claims {
            let (factlint::claims::Expected::Quote(words), Some(speaker)) =
                (&claim.expected, &claim.speaker)
            else {
                continue;
            };
            claims += 1;
            let claimed = factlint::judge::QuoteWords::new(words);
            let Some(quote) = found.iter().find(|q| {
                factlint::judge::QuoteWords::new(&text[q.inner.start..q.inner.end]).states(&claimed)
            }) else {
                continue;
            };
            located += 1;
            let spellings = set.spellings(speaker);
            match &quote.speaker {
                None => none += 1,
                Some(name) if spellings.iter().any(|s| names_one_person(s, name)) => right += 1,
                Some(name) => {
                    wrong += 1;
                    if verbose {
                        println!("  blind {id} {}: factlint gives {name}", claim.id);
                    }
                }
            }
        }
    }
    println!(
        "development set (blind quote claims): {claims} claims, {located} quotes located; speaker right {right}, wrong {wrong}, none {none} ({:.1}% right of located)",
        if located == 0 { 0.0 } else { 100.0 * right as f64 / located as f64 }
    );
}

/// Whether `written` names the person `known` names: the same words, one
/// ending the other ("Solicitor David Duncan"), or the known name's last
/// word alone.
fn names_one_person(known: &str, written: &str) -> bool {
    let known = known.to_lowercase();
    let written = written.to_lowercase();
    known == written
        || written.ends_with(&format!(" {known}"))
        || known.ends_with(&format!(" {written}"))
}

/// The documents: `(id, text)`.
fn corpus(root: &Path) -> Option<Vec<(String, String)>> {
    let news = std::fs::read_to_string(root.join("news-docs.jsonl")).ok()?;
    let mut docs = Vec::new();
    for line in news.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        docs.push((
            value["id"].as_str().unwrap_or_default().to_string(),
            value["text"].as_str().unwrap_or_default().to_string(),
        ));
    }
    if let Ok(summaries) = std::fs::read_to_string(root.join("summedits-eval.jsonl")) {
        let mut seen = BTreeSet::new();
        for line in summaries.lines().filter(|l| !l.trim().is_empty()) {
            let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let doc = value["doc"].as_str().unwrap_or_default();
            if value["domain"] == "news" && seen.insert(doc.to_string()) {
                docs.push((
                    value["id"].as_str().unwrap_or_default().to_string(),
                    doc.to_string(),
                ));
            }
        }
    }
    Some(docs)
}

#[derive(Default)]
struct Totals {
    quotes: usize,
    with_speaker: usize,
    attributed: usize,
    swaps: usize,
    swaps_caught: usize,
    swaps_without_claim: usize,
    title_people: usize,
    title_swaps: usize,
    title_swaps_caught: usize,
    rank_swaps: usize,
    rank_swaps_caught: usize,
    quote_claims: usize,
    title_claims: usize,
    false_alarms: usize,
    false_alarm_docs: usize,
    pronoun_claims: usize,
    pronoun_claims_caught: usize,
    pronoun_claims_in_reach: usize,
    misses: Vec<String>,
}

impl Totals {
    fn print(&self, docs: usize) {
        let rate = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        println!("people bench: {docs} documents");
        println!(
            "quotes: {} found by the bench; factlint gives a speaker to {} ({:.1}%); {} have an attribution the bench reads",
            self.quotes,
            self.with_speaker,
            rate(self.with_speaker, self.quotes),
            self.attributed
        );
        println!(
            "speaker swaps: {}/{} caught ({:.1}%); {} of the misses had no claim (no speaker found)",
            self.swaps_caught,
            self.swaps,
            rate(self.swaps_caught, self.swaps),
            self.swaps_without_claim
        );
        println!(
            "title swaps: {}/{} caught ({:.1}%) over {} people with descriptors; rank steps {}/{} caught at error",
            self.title_swaps_caught,
            self.title_swaps,
            rate(self.title_swaps_caught, self.title_swaps),
            self.title_people,
            self.rank_swaps_caught,
            self.rank_swaps
        );
        println!(
            "false alarms on the unedited documents: {} errors in {} documents, against {} quote claims and {} title claims",
            self.false_alarms, self.false_alarm_docs, self.quote_claims, self.title_claims
        );
        println!(
            "pronoun speakers: {}/{} claims naming another person of the document caught ({:.1}%); {} of the rest name someone the pronoun may mean",
            self.pronoun_claims_caught,
            self.pronoun_claims,
            rate(self.pronoun_claims_caught, self.pronoun_claims),
            self.pronoun_claims_in_reach
        );
        for miss in &self.misses {
            println!("  {miss}");
        }
    }
}

fn published() -> Date {
    Date::constant(2017, 12, 31)
}

fn check(claims: &str, text: &str) -> Option<Vec<Finding>> {
    let set = match parse_claims(Path::new("claims.toml"), claims) {
        Ok(set) => set,
        Err(_) => return None,
    };
    let document = Document::new("t", text.to_string());
    Some(Checker::new(&set).check(&document, published()))
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A quote as the bench reads it: with and without its marks.
#[derive(Clone, Copy, Debug)]
struct BenchQuote {
    span: Span,
    inner: Span,
}

/// Double-quoted stretches; see the module doc.
fn bench_quotes(text: &str) -> Vec<BenchQuote> {
    let mut found = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(at, c)) in chars.iter().enumerate() {
        let before = n.checked_sub(1).map(|i| chars[i].1);
        let after = chars.get(n + 1).map(|&(_, c)| c);
        let opening = match c {
            '“' => true,
            '”' => false,
            '"' => {
                before.is_none_or(|b| b.is_whitespace() || "([—–-".contains(b))
                    && after.is_some_and(|a| !a.is_whitespace())
            }
            _ => continue,
        };
        let after_mark = at + c.len_utf8();
        if opening {
            if let Some((start, inner)) = open.take() {
                // A quoted paragraph the next one continues.
                let end = text[..at].trim_end().len();
                if end > inner {
                    found.push(BenchQuote {
                        span: Span::new(start, end),
                        inner: Span::new(inner, end),
                    });
                }
            }
            open = Some((at, after_mark));
        } else if let Some((start, inner)) = open.take() {
            if at > inner {
                found.push(BenchQuote {
                    span: Span::new(start, after_mark),
                    inner: Span::new(inner, at),
                });
            }
        }
    }
    found
}

const SPEECH: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "wrote",
    "writes",
    "asked",
    "explained",
    "insisted",
    "warned",
    "argued",
    "stated",
    "continued",
    "commented",
    "replied",
    "noted",
    "claimed",
    "admitted",
    "revealed",
    "announced",
    "declared",
    "stressed",
    "suggested",
];

const NOT_NAMES: &[&str] = &[
    "A",
    "About",
    "After",
    "All",
    "Also",
    "An",
    "And",
    "April",
    "As",
    "At",
    "August",
    "BBC",
    "But",
    "By",
    "December",
    "During",
    "February",
    "For",
    "Friday",
    "From",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "January",
    "July",
    "June",
    "March",
    "May",
    "Media",
    "Meanwhile",
    "Monday",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "No",
    "Not",
    "November",
    "October",
    "Of",
    "On",
    "One",
    "Our",
    "Saturday",
    "September",
    "She",
    "Since",
    "So",
    "Some",
    "Sunday",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Thursday",
    "To",
    "Tuesday",
    "Two",
    "We",
    "Wednesday",
    "What",
    "When",
    "While",
    "Who",
    "With",
    "You",
    "President",
    "Minister",
    "Prime",
    "Secretary",
    "Chief",
    "Mayor",
    "Governor",
    "Senator",
    "General",
    "Gen",
    "Sir",
    "Lord",
    "Lady",
    "Prof",
    "Professor",
    "Judge",
    "Justice",
    "Captain",
    "Coach",
    "Manager",
    "Director",
    "Chairman",
    "Executive",
    "Deputy",
    "Former",
    "Sgt",
    "Det",
    "Insp",
    "Supt",
    "Rev",
    "Cllr",
    "MP",
    "MSP",
    "AM",
    "UK",
    "US",
    "EU",
    "UN",
    "Is",
    "Asked",
    "Speaking",
    "Writing",
    "Full",
];

/// Last words of organisations' and places' names.
const ORGANISATION_ENDS: &[&str] = &[
    "Agency",
    "Association",
    "Authority",
    "Bank",
    "Board",
    "Championship",
    "Club",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Council",
    "Court",
    "Cup",
    "Department",
    "Federation",
    "Federations",
    "Foundation",
    "Group",
    "Institute",
    "League",
    "Ministry",
    "Office",
    "Party",
    "Police",
    "Scotland",
    "Service",
    "Society",
    "Trust",
    "Union",
    "United",
    "University",
    "Wales",
    "England",
    "Ireland",
    "Britain",
    "Kingdom",
    "States",
    "Christmas",
];

fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || "-'’".contains(c))
        && !NOT_NAMES.contains(&word)
        && !word.ends_with("ly")
        && word
            .split('-')
            .all(|part| part.chars().next().is_some_and(char::is_uppercase))
}

/// Word spans of `text`.
fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        let inside =
            c.is_alphanumeric() || ((c == '\'' || c == '’' || c == '-') && start.is_some());
        match (inside, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push(Span::new(s, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    // "Putin's" -> "Putin"
    for span in &mut out {
        let word = &text[span.start..span.end];
        for suffix in ["'s", "’s"] {
            if word.ends_with(suffix) {
                span.end -= suffix.len();
            }
        }
    }
    out
}

/// People the document names: full name and surname.
fn bench_people(text: &str, quotes: &[BenchQuote]) -> Vec<(String, String)> {
    let spans = words(text);
    let quoted = |s: Span| {
        quotes
            .iter()
            .any(|q| q.inner.start <= s.start && s.end <= q.inner.end)
    };
    let alone: BTreeSet<&str> = spans
        .iter()
        .enumerate()
        .filter(|(i, s)| {
            let w = &text[s.start..s.end];
            let next_name = spans.get(i + 1).is_some_and(|n| {
                is_name_word(&text[n.start..n.end]) && text[s.end..n.start].trim().is_empty()
            });
            let prev_name = i.checked_sub(1).is_some_and(|p| {
                is_name_word(&text[spans[p].start..spans[p].end])
                    && text[spans[p].end..s.start].trim().is_empty()
            });
            is_name_word(w) && !next_name && !prev_name
        })
        .map(|(_, s)| &text[s.start..s.end])
        .collect();
    let mut people: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        let mut j = i;
        while j < spans.len()
            && j - i < 3
            && is_name_word(&text[spans[j].start..spans[j].end])
            && (j == i || text[spans[j - 1].end..spans[j].start] == *" ")
        {
            j += 1;
        }
        if j - i >= 2 && !quoted(spans[i]) {
            let full = &text[spans[i].start..spans[j - 1].end];
            let surname = &text[spans[j - 1].start..spans[j - 1].end];
            let rest = text[spans[j - 1].end..].trim_start();
            let followed = SPEECH.iter().any(|v| rest.starts_with(&format!("{v} ")))
                || [", a ", ", the ", ", who ", ", an "]
                    .iter()
                    .any(|p| text[spans[j - 1].end..].starts_with(p));
            if (alone.contains(surname) || followed)
                && !ORGANISATION_ENDS.contains(&surname)
                && !text[..spans[i].start].trim_end().ends_with(" the")
                && !people.iter().any(|(f, _)| f == full)
            {
                people.push((full.to_string(), surname.to_string()));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    people
}

/// The name or pronoun that attributes the quote (see the module doc).
fn attribution(text: &str, quote: BenchQuote) -> Option<Span> {
    let inner = &text[quote.inner.start..quote.inner.end];
    let after = &text[quote.span.end..];
    let trimmed = after.trim_start_matches([',', ' ']);
    let base = quote.span.end + (after.len() - trimmed.len());
    let open_ended =
        inner.trim_end().ends_with([',', '?', '!', '—', '-']) || after.starts_with(',');
    let tail: Vec<Span> = words(trimmed).into_iter().take(5).collect();
    let word = |s: &Span| &trimmed[s.start..s.end];
    if open_ended && !tail.is_empty() {
        // "…," said NAME / "…," NAME said / "…," he said
        if SPEECH.contains(&word(&tail[0])) {
            let name = name_run(trimmed, &tail[1..]);
            if let Some(name) = name {
                return Some(name.shifted(base));
            }
        } else if matches!(word(&tail[0]), "he" | "she") {
            if tail.get(1).is_some_and(|v| SPEECH.contains(&word(v))) {
                return Some(tail[0].shifted(base));
            }
        } else if let Some(name) = name_run(trimmed, &tail) {
            let next = tail.iter().find(|s| s.start >= name.end);
            if next.is_some_and(|v| SPEECH.contains(&word(v)))
                && trimmed[name.end..next.unwrap().start].trim().is_empty()
            {
                return Some(name.shifted(base));
            }
        }
    }
    // NAME said: "…"
    let before = text[..quote.span.start].trim_end();
    if before.ends_with(':') || before.ends_with(',') {
        let clause_start = before[..before.len() - 1]
            .rfind(['.', '"', '”', ';'])
            .map_or(0, |i| i + 1);
        let clause = &before[clause_start..before.len() - 1];
        let spans = words(clause);
        let verb = spans
            .iter()
            .position(|s| SPEECH.contains(&&clause[s.start..s.end]))?;
        // "NAME, chair of … at Wada, wrote:" and "NAME - who … - replied:":
        // the subject stands before the apposition.
        let before_verb = clause[..spans[verb].start].trim_end();
        let verb = if before_verb.ends_with([',', '-', '—', '–']) {
            let cut = clause.find([',', '-', '—', '–'])?;
            spans.iter().position(|s| s.start >= cut)?
        } else {
            verb
        };
        let subject = &spans[..verb];
        let last = subject.last()?;
        let w = &clause[last.start..last.end];
        if matches!(w, "he" | "she" | "He" | "She") {
            return Some(last.shifted(clause_start));
        }
        let mut first = subject.len();
        while first > 0 && is_name_word(&clause[subject[first - 1].start..subject[first - 1].end]) {
            first -= 1;
        }
        if first < subject.len() {
            return Some(Span::new(subject[first].start, last.end).shifted(clause_start));
        }
    }
    None
}

/// A run of name words at the start of `spans` (after "Mr", titles...).
fn name_run(text: &str, spans: &[Span]) -> Option<Span> {
    let mut i = 0;
    while spans.get(i).is_some_and(|s| {
        let w = &text[s.start..s.end];
        NOT_NAMES.contains(&w)
            && w.chars().next().is_some_and(char::is_uppercase)
            && !matches!(w, "He" | "She" | "The" | "A")
    }) {
        i += 1;
    }
    let start = i;
    while spans
        .get(i)
        .is_some_and(|s| is_name_word(&text[s.start..s.end]))
        && (i == start || text[spans[i - 1].end..spans[i].start] == *" ")
    {
        i += 1;
    }
    (i > start).then(|| Span::new(spans[start].start, spans[i - 1].end))
}

/// Rank ladders, lowest first: a step up or down is another rank.
const LADDERS: &[&[&str]] = &[
    &[
        "private",
        "corporal",
        "sergeant",
        "lieutenant",
        "captain",
        "major",
        "colonel",
        "general",
        "field marshal",
    ],
    &[
        "ensign",
        "lieutenant",
        "commander",
        "captain",
        "commodore",
        "admiral",
    ],
    &["constable", "sergeant", "inspector", "superintendent"],
    &[
        "lecturer",
        "assistant professor",
        "associate professor",
        "professor",
    ],
    &["bishop", "archbishop", "cardinal"],
];

/// `descriptor` with its rank moved one step, when it holds a rank.
fn rank_step(descriptor: &str) -> Option<String> {
    let lower = descriptor.to_lowercase();
    for ladder in LADDERS {
        for (i, rank) in ladder.iter().enumerate().rev() {
            let Some(at) = find_word(&lower, rank) else {
                continue;
            };
            let other = ladder
                .get(i + 1)
                .or_else(|| i.checked_sub(1).map(|j| &ladder[j]))?;
            let written = &descriptor[at..at + rank.len()];
            let other = if written.chars().next().is_some_and(char::is_uppercase) {
                other
                    .split(' ')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next().map_or(String::new(), |f| {
                            f.to_uppercase().collect::<String>() + c.as_str()
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                other.to_string()
            };
            return Some(format!(
                "{}{}{}",
                &descriptor[..at],
                other,
                &descriptor[at + rank.len()..]
            ));
        }
    }
    None
}

fn find_word(haystack: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = haystack[from..].find(word) {
        let at = from + at;
        let end = at + word.len();
        let before = haystack[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = haystack[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn normal(words: &str) -> String {
    words
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "a" | "an" | "the"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn measure(id: &str, text: &str, totals: &mut Totals, verbose: bool) {
    let quotes = bench_quotes(text);
    let found = quote::quotes(text);
    let people = bench_people(text, &quotes);
    let speaker_of = |q: &BenchQuote| -> Option<String> {
        found
            .iter()
            .find(|f| f.inner.start <= q.inner.start + 1 && q.inner.start <= f.inner.start + 1)
            .and_then(|f| f.speaker.clone())
    };
    let mut entities: Vec<(String, String)> = people.clone();
    let mut claims = Vec::new();
    // Quotes.
    let mut previous_attribution: Option<(usize, Span)> = None;
    for (n, q) in quotes.iter().enumerate() {
        totals.quotes += 1;
        let speaker = speaker_of(q);
        if speaker.is_some() {
            totals.with_speaker += 1;
        }
        let words = text[q.inner.start..q.inner.end]
            .trim()
            .trim_end_matches([',', ' ']);
        let own = attribution(text, *q);
        let attributed = own.or_else(|| {
            let (last, span) = previous_attribution?;
            let gap = &text[quotes[last].span.end..q.span.start];
            (last + 1 == n && gap.trim().is_empty()).then_some(span)
        });
        if let Some(span) = own {
            previous_attribution = Some((n, span));
        } else if let Some(span) = attributed {
            previous_attribution = Some((n, span));
        }
        let claim = speaker.as_ref().map(|s| {
            format!(
                "[[claim]]\nid = \"q{n}\"\nspeaker = {}\nquote = {}\n",
                toml_string(s),
                toml_string(words)
            )
        });
        if let Some(c) = &claim {
            claims.push(c.clone());
        }
        let Some(span) = attributed else { continue };
        totals.attributed += 1;
        let written = &text[span.start..span.end];
        let claimed_last = speaker
            .as_deref()
            .and_then(|s| s.split_whitespace().last())
            .unwrap_or(written);
        let Some((other, _)) = people.iter().find(|(full, surname)| {
            surname != claimed_last
                && !written.contains(surname.as_str())
                && !full.contains(claimed_last)
        }) else {
            continue;
        };
        totals.swaps += 1;
        let Some(claim) = claim else {
            totals.swaps_without_claim += 1;
            if verbose {
                totals
                    .misses
                    .push(format!("{id}: no speaker for “{}”", short(words)));
            }
            continue;
        };
        let edited = format!("{}{}{}", &text[..span.start], other, &text[span.end..]);
        let shift = other.len() as isize - written.len() as isize;
        let moved = |at: usize| {
            if at > span.start {
                (at as isize + shift) as usize
            } else {
                at
            }
        };
        let quote_span = Span::new(moved(q.span.start), moved(q.span.end));
        let caught = check(&claim, &edited).is_some_and(|findings| {
            findings.iter().any(|f| {
                f.status == Status::Mismatch
                    && f.severity == Severity::Error
                    && f.span
                        .is_some_and(|s| s.start < quote_span.end && quote_span.start < s.end)
            })
        });
        if caught {
            totals.swaps_caught += 1;
        } else if verbose {
            totals.misses.push(format!(
                "{id}: speaker swap {written:?} -> {other:?} not caught for “{}” (speaker {:?})",
                short(words),
                speaker
            ));
        }
    }
    totals.quote_claims += claims.len();

    // Quotes given by "he" or "she": a claim that names another person of
    // the document instead of factlint's pick. Caught: an error on the
    // quote. Left alone by design: a person the pronoun may mean (named in
    // its reach, of no other gender shown), since the pick is a guess.
    for f in found
        .iter()
        .filter(|f| f.pronoun.is_some() && f.speaker.is_some())
    {
        let pick = f.speaker.as_deref().unwrap_or_default();
        let words = text[f.inner.start..f.inner.end]
            .trim()
            .trim_end_matches([',', ' ']);
        let reach = f.pronoun.map(|p| &text[p.scope.start..p.scope.end]);
        for (other, surname) in &people {
            if pick.contains(surname.as_str()) || other.contains(pick) {
                continue;
            }
            totals.pronoun_claims += 1;
            let claim = format!(
                "[[claim]]\nid = \"p\"\nspeaker = {}\nquote = {}\n",
                toml_string(other),
                toml_string(words)
            );
            let caught = check(&claim, text).is_some_and(|findings| {
                findings.iter().any(|finding| {
                    finding.status == Status::Mismatch
                        && finding.severity == Severity::Error
                        && finding
                            .span
                            .is_some_and(|s| s.start < f.span.end && f.span.start < s.end)
                })
            });
            if caught {
                totals.pronoun_claims_caught += 1;
            } else if reach.is_some_and(|r| r.contains(surname.as_str())) {
                totals.pronoun_claims_in_reach += 1;
            } else if verbose {
                totals.misses.push(format!(
                    "{id}: pronoun quote “{}” (pick {pick:?}) claimed for {other:?}: not caught",
                    short(words)
                ));
            }
        }
    }

    // Titles.
    let document = Document::new("t", text.to_string());
    let mut described: Vec<(usize, Vec<(Span, String)>)> = Vec::new();
    for (p, (full, surname)) in people.iter().enumerate() {
        let mut list: Vec<(Span, String)> = Vec::new();
        for &sentence in document.sentences() {
            let words_here = &text[sentence.start..sentence.end];
            for name in [full.as_str(), surname.as_str()] {
                for (at, _) in words_here.match_indices(name) {
                    let absolute = Span::new(sentence.start + at, sentence.start + at + name.len());
                    let whole = !words_here[..at].ends_with(char::is_alphanumeric)
                        && !words_here[at + name.len()..].starts_with(char::is_alphanumeric);
                    let in_quote = quotes
                        .iter()
                        .any(|q| q.inner.start <= absolute.start && absolute.end <= q.inner.end);
                    if !whole || in_quote {
                        continue;
                    }
                    for d in title::descriptors(words_here, Span::new(at, at + name.len())) {
                        let span = d.span.shifted(sentence.start);
                        if !list.iter().any(|(s, _)| *s == span) {
                            list.push((span, d.text));
                        }
                    }
                }
            }
        }
        if !list.is_empty() {
            described.push((p, list));
        }
    }
    let mut title_claims = String::new();
    for (p, list) in &described {
        let titles: BTreeSet<&str> = list.iter().map(|(_, t)| t.as_str()).collect();
        let values: Vec<String> = titles.iter().map(|t| toml_string(t)).collect();
        title_claims.push_str(&format!(
            "[[claim]]\nid = \"t{p}\"\nperson = {}\ntitle = [{}]\n",
            toml_string(&people[*p].0),
            values.join(", ")
        ));
    }
    totals.title_people += described.len();
    totals.title_claims += described.len();
    entities.retain(|(full, surname)| full != surname);
    let mut entity_table = String::from("[entities]\n");
    let mut named = BTreeSet::new();
    for (full, surname) in &entities {
        if named.insert(full.clone()) {
            entity_table.push_str(&format!(
                "{} = [{}]\n",
                toml_string(full),
                toml_string(surname)
            ));
        }
    }
    for (p, list) in &described {
        let claim = format!(
            "{entity_table}\n{}",
            title_claims
                .split("[[claim]]")
                .filter(|c| c.contains(&format!("id = \"t{p}\"")))
                .map(|c| format!("[[claim]]{c}"))
                .collect::<String>()
        );
        let own: BTreeSet<String> = list.iter().map(|(_, t)| normal(t)).collect();
        for (span, written) in list {
            let mut edits: Vec<(String, bool)> = Vec::new();
            if let Some(step) = rank_step(written) {
                edits.push((step, true));
            }
            for (q, other_list) in &described {
                if q == p {
                    continue;
                }
                if let Some((_, other)) = other_list.iter().find(|(_, t)| !own.contains(&normal(t)))
                {
                    edits.push((other.clone(), false));
                    break;
                }
            }
            for (replacement, rank) in edits {
                let edited = format!(
                    "{}{}{}",
                    &text[..span.start],
                    replacement,
                    &text[span.end..]
                );
                let edit_span = Span::new(span.start, span.start + replacement.len());
                let findings = check(&claim, &edited);
                let caught = findings.as_ref().is_some_and(|findings| {
                    findings.iter().any(|f| {
                        matches!(f.status, Status::Mismatch | Status::Stale)
                            && f.severity
                                >= if rank {
                                    Severity::Error
                                } else {
                                    Severity::Warning
                                }
                            && f.span
                                .is_some_and(|s| s.start < edit_span.end && edit_span.start < s.end)
                    })
                });
                if rank {
                    totals.rank_swaps += 1;
                    totals.rank_swaps_caught += usize::from(caught);
                } else {
                    totals.title_swaps += 1;
                    totals.title_swaps_caught += usize::from(caught);
                }
                if !caught && verbose {
                    totals.misses.push(format!(
                        "{id}: title swap for {}: {written:?} -> {replacement:?} not caught",
                        people[*p].0
                    ));
                }
            }
        }
    }

    // False alarms on the unedited text.
    let all = format!("{entity_table}\n{}\n{title_claims}", claims.join("\n"));
    match check(&all, text) {
        Some(findings) => {
            let errors: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.severity == Severity::Error && f.status != Status::Match)
                .collect();
            totals.false_alarms += errors.len();
            totals.false_alarm_docs += usize::from(!errors.is_empty());
            if verbose {
                for f in errors {
                    totals
                        .misses
                        .push(format!("{id}: false alarm {} {}", f.claim, f.message));
                }
            }
        }
        None => {
            if verbose {
                totals.misses.push(format!("{id}: the claims do not load"));
            }
        }
    }
}

fn short(words: &str) -> String {
    let cut: String = words.chars().take(50).collect();
    if cut.len() < words.len() {
        format!("{cut}…")
    } else {
        cut
    }
}
