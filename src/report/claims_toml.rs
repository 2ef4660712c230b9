//! `extract --format toml`: a starter claims file for a text.
//!
//! One `[[claim]]` per value `extract` finds, and one title claim per
//! person the text gives a title, listing every descriptor it gives that
//! person (a desk adds the titles the text does not state, and removes the
//! wrong ones), so that a desk starts from what the text says and keeps,
//! corrects and verifies what matters. Each claim is written so that it loads with
//! [`crate::claims::parse_claims`] and, checked against the same text,
//! locates and matches the value it was made from:
//!
//! - the value as the text writes it ("$500 million", "13 U.S. service
//!   members", "second"); a date as an absolute date the claims file
//!   accepts (`2025-09-25`, `"2025-09"`, `"2021"`, `"early May 2025"`,
//!   `"2008 to 2011"`), or failing that the year it falls in; a quote's
//!   words without quote marks or trailing comma, with its `speaker` (a
//!   quote with no known speaker is left out);
//! - `about`: the capitalized names (runs of capitalized words, without
//!   edge function words or possessive endings) and long words (six letters
//!   or more, no function words) of the value's clause (see
//!   [`crate::check::clause`]: the checker judges a value only where its
//!   clause holds the claim's words), nearest the value first,
//!   outside any value, within [`ABOUT_WINDOW`] words of it (a cap only a
//!   run-on "sentence" of hundreds of words meets); added one at a time
//!   until no other sentence holds them all, at most three;
//! - `id`: the kind and the first `about` phrase (or the counted noun),
//!   lowercased to `[a-z0-9-]`, with `-2`, `-3`… where it repeats;
//! - above each claim, its sentence as a comment, cut at 120 characters.
//!
//! A value inside a quote that gets a claim is left to that claim: the
//! quote's words hold it. A descriptor that holds a number or an ordinal
//! ("First Minister") is left to that value's claim, save for an age or a
//! tally before a role ("19-year-old striker"), which is no part of a
//! title. `verified` is left out: nobody has checked anything yet. Mentions
//! without an amount ("a percentage") get no claim, having no value. A value that
//! does not load back as its kind is written as a comment instead, so the
//! file always loads.

use crate::check::Checker;
use crate::claims::parse_claims;
use crate::extract::title::words::{
    is_calendar_word, is_capitalized, is_lowercase, is_stop_word, strip_possessive, tokenize, Token,
};
use crate::extract::{DateMod, DateValue, Grain, Kind, Span, Value};
use crate::extract_run::{Extraction, Found};
use crate::findings::Status;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

/// The starter claims file as TOML text.
pub fn to_toml(extraction: &Extraction) -> String {
    let document = &extraction.document;
    let mut out = String::new();
    out.push_str("# Starter claims written by `factlint extract --format toml`: one claim per\n");
    out.push_str("# value found. Keep the facts worth checking, correct them, add `verified`\n");
    out.push_str("# and `source` once checked.\n\n[document]\n");
    if document.path() != "<stdin>" {
        let files = toml_string(document.path());
        let _ = writeln!(out, "files = [{files}]   # relative to this file's folder");
    }
    let _ = writeln!(out, "published = {}", extraction.published);

    // A value a speaker states inside a direct quote is the speaker's
    // words: the quote's claim checks them, word for word, and a claim of
    // its own would report the same change twice.
    let claimed_quotes: Vec<Span> = extraction
        .values
        .iter()
        .filter(|f| {
            matches!(
                &f.value,
                Value::Quote {
                    speaker: Some(_),
                    ..
                }
            )
        })
        .map(|f| f.span)
        .collect();
    let in_claimed_quote = |found: &Found| {
        found.kind != Kind::Quote
            && claimed_quotes
                .iter()
                .any(|q| q.start <= found.span.start && found.span.end <= q.end)
    };
    // A descriptor that holds a number or ordinal ("First Minister",
    // "group of four") is left to that value's claim, which checks the
    // word; an age or a tally before a role ("19-year-old striker",
    // "seven-time winner") is no part of a title, and leaves it in.
    let numbers: Vec<Span> = extraction
        .values
        .iter()
        .filter(|f| !matches!(f.kind, Kind::Title | Kind::Quote) && !in_claimed_quote(f))
        .filter(|f| {
            let word = word_around(document.text(), f.span);
            let word = word.trim_end_matches([',', '.', ';', ':', ')']);
            !crate::judge::is_count_attribute(word)
        })
        .map(|f| f.span)
        .collect();
    let holds_number = |title: Span| {
        numbers
            .iter()
            .any(|n| title.start <= n.start && n.end <= title.end)
    };
    // A date counted from a stated length of time ("ten years ago", "a
    // month later") is one statement: the writer gave the length, and the
    // calendar date is the reader's arithmetic. The length's own claim
    // checks it; a date claim beside it would report every change twice.
    let durations: Vec<Span> = extraction
        .values
        .iter()
        .filter(|f| f.kind == Kind::Duration && !in_claimed_quote(f))
        .map(|f| f.span)
        .collect();
    let counted_from_duration = |found: &Found| {
        found.kind == Kind::Date
            && durations
                .iter()
                .any(|d| found.span.start <= d.start && d.end <= found.span.end)
    };
    let titled: Vec<&Found> = extraction
        .values
        .iter()
        .filter(|f| f.kind == Kind::Title && !holds_number(f.span))
        .collect();
    let mut people: BTreeSet<String> = BTreeSet::new();
    let mut ids = Ids::default();
    // The facts claimed so far: (kind, value as written) and the `about`
    // phrases of each claim of it.
    let mut facts: HashMap<(Kind, String), Vec<BTreeSet<String>>> = HashMap::new();
    let mut sentence_words = SentenceWords::default();
    let mut entries: Vec<Entry> = Vec::new();
    for found in &extraction.values {
        // A value named without an amount ("a percentage") has nothing for
        // a claim to hold.
        if found.value == Value::Unstated || in_claimed_quote(found) || counted_from_duration(found)
        {
            continue;
        }
        if let Value::Title { person, .. } = &found.value {
            // One claim per person, where the text first gives a title.
            if !holds_number(found.span) && people.insert(person.clone()) {
                let claim = title_claim(&titled, person, &mut ids);
                let comment = document
                    .sentence_index_at(found.span.start)
                    .map(|i| document.sentences()[i])
                    .map_or_else(String::new, |s| {
                        format!("# {}\n", trimmed(&document.text()[s.start..s.end], 120))
                    });
                let claim = match parse_claims(Path::new("claims.toml"), &claim) {
                    Ok(_) => Ok(claim),
                    Err(_) => Err("it does not load back".to_string()),
                };
                entries.push(Entry {
                    comment,
                    kind: Kind::Title,
                    written: trimmed(person, 80),
                    claim,
                });
            }
            continue;
        }
        let sentence = document
            .sentence_index_at(found.span.start)
            .map(|i| document.sentences()[i]);
        let comment = sentence.map_or_else(String::new, |s| {
            format!("# {}\n", trimmed(&document.text()[s.start..s.end], 120))
        });
        let written = &document.text()[found.span.start..found.span.end];
        let claim =
            claim(extraction, found, sentence, &mut ids, &mut sentence_words).and_then(|claim| {
                match parse_claims(Path::new("claims.toml"), &claim) {
                    Ok(loaded) => Ok((claim, loaded)),
                    Err(_) => Err("it does not load back as its kind".to_string()),
                }
            });
        // A text that restates a fact (a caption, a summary line, "World War
        // Two" twice) states it once as far as claims go: the same kind and
        // value with an `about` word in common is the same claim.
        let claim = match claim {
            Ok((claim, loaded)) => {
                let Some(loaded) = loaded.claims.first() else {
                    continue;
                };
                let fact = (found.kind, loaded.written.to_lowercase());
                let about: BTreeSet<String> =
                    loaded.about.iter().map(|a| a.to_lowercase()).collect();
                let claimed = facts.entry(fact).or_default();
                let stated = claimed.iter().any(|a| {
                    (a.is_empty() == about.is_empty()) && (a.is_empty() || !a.is_disjoint(&about))
                });
                if stated {
                    continue;
                }
                claimed.push(about);
                Ok(claim)
            }
            Err(why) => Err(why),
        };
        entries.push(Entry {
            comment,
            kind: found.kind,
            written: trimmed(written, 80),
            claim,
        });
    }
    // Every claim is checked against the text it was made from; one that
    // does not find its own value there (another value of its kind stands
    // nearer its words) would only mislead, and is left as a comment.
    for _ in 0..2 {
        let file = assemble(&out, &entries);
        let Ok(claims) = parse_claims(Path::new("claims.toml"), &file) else {
            break;
        };
        let findings = Checker::new(&claims).check(document, extraction.published);
        // Each claim's first finding that is not a match.
        let mut wrongs: HashMap<&str, &crate::findings::Finding> = HashMap::new();
        for finding in findings.iter().filter(|f| f.status != Status::Match) {
            wrongs.entry(finding.claim.as_str()).or_insert(finding);
        }
        let mut dropped = false;
        for entry in &mut entries {
            let Ok(claim) = &entry.claim else { continue };
            let wrong = wrongs.get(claim_id(claim)).copied();
            if let Some(wrong) = wrong {
                entry.claim = Err(match &wrong.found {
                    Some(found) if wrong.status == Status::Mismatch => format!(
                        "checked against this text it reads {}, not its own value",
                        trimmed(found, 60)
                    ),
                    _ => "checked against this text it does not find its own value".to_string(),
                });
                dropped = true;
            }
        }
        if !dropped {
            break;
        }
    }
    assemble(&out, &entries)
}

/// One value's claim, or why it has none, with its sentence as a comment.
struct Entry {
    comment: String,
    kind: Kind,
    written: String,
    claim: Result<String, String>,
}

/// The file: the head `head`, then each entry.
fn assemble(head: &str, entries: &[Entry]) -> String {
    let mut out = head.to_string();
    for entry in entries {
        let comment = &entry.comment;
        match &entry.claim {
            Ok(claim) => {
                let _ = write!(out, "\n{comment}{claim}");
            }
            Err(why) => {
                let _ = write!(
                    out,
                    "\n{comment}# (no claim for {} {}: {why})\n",
                    entry.kind,
                    trimmed(&entry.written, 80)
                );
            }
        }
    }
    out
}

/// The id of a `[[claim]]` table this module wrote.
fn claim_id(claim: &str) -> &str {
    claim
        .lines()
        .find_map(|l| l.strip_prefix("id = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or_default()
}

/// Writes the starter claims file.
pub fn render(extraction: &Extraction, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(to_toml(extraction).as_bytes())
}

/// One `[[claim]]` table for `found`, or why none can be written.
fn claim(
    extraction: &Extraction,
    found: &Found,
    sentence: Option<Span>,
    ids: &mut Ids,
    words: &mut SentenceWords,
) -> Result<String, String> {
    let document = &extraction.document;
    let written = one_line(&document.text()[found.span.start..found.span.end]);
    let (key, value, speaker) = match &found.value {
        Value::Quote { speaker, text } => {
            let words = text.trim().trim_end_matches([',', ' ']);
            let speaker = speaker
                .as_deref()
                .ok_or("the text names no speaker".to_string())?;
            ("quote", toml_string(words), Some(speaker))
        }
        Value::Date(date) => (
            "date",
            claim_date(date).ok_or("no absolute date says it".to_string())?,
            None,
        ),
        _ => (found.kind.key(), toml_string(&written), None),
    };
    let about = match (found.kind, sentence) {
        (Kind::Quote, _) | (_, None) => Vec::new(),
        (_, Some(sentence)) => about(extraction, found.span, sentence, words),
    };
    if about.is_empty() && !matches!(found.kind, Kind::Quote | Kind::Count) {
        return Err("its sentence has no words to anchor it".to_string());
    }
    let label = match (found.kind, &found.noun, speaker) {
        (Kind::Quote, _, Some(speaker)) => speaker.to_string(),
        (Kind::Count, Some(noun), _) => noun.clone(),
        _ => about.first().cloned().unwrap_or_default(),
    };
    let id = ids.unique(found.kind.key(), &label);

    let mut claim = format!("[[claim]]\nid = \"{id}\"\n");
    if let Some(speaker) = speaker {
        let _ = writeln!(claim, "speaker = {}", toml_string(speaker));
    }
    if !about.is_empty() {
        let phrases: Vec<String> = about.iter().map(|p| toml_string(p)).collect();
        let _ = writeln!(claim, "about = [{}]", phrases.join(", "));
    }
    let _ = writeln!(claim, "{key} = {value}");
    Ok(claim)
}

/// The title claim of `person`: every descriptor the text gives the name,
/// in text order, each once.
fn title_claim(titled: &[&Found], person: &str, ids: &mut Ids) -> String {
    let mut titles: Vec<String> = Vec::new();
    for found in titled {
        if let Value::Title { person: p, title } = &found.value {
            let title = one_line(title);
            if p == person && !titles.contains(&title) {
                titles.push(title);
            }
        }
    }
    let id = ids.unique("title", person);
    let listed: Vec<String> = titles.iter().map(|t| toml_string(t)).collect();
    let value = match listed.as_slice() {
        [one] => one.clone(),
        _ => format!("[{}]", listed.join(", ")),
    };
    format!(
        "[[claim]]\nid = \"{id}\"\nperson = {}\ntitle = {value}\n",
        toml_string(person)
    )
}

/// The date as a claims file writes it: the exact interval where some form
/// says it, else the year it falls in. A date bounded by "since", "until",
/// "before" or "after" is written with its word when the claims file reads
/// that form back, else as its anchor alone, which the judge compares with
/// the text's anchor: "since November 2007" must not become "2007", or a
/// text that moves the month would still match.
fn claim_date(date: &DateValue) -> Option<String> {
    let bound = match date.modifier {
        Some(DateMod::Since) => Some("since"),
        Some(DateMod::Until) => Some("until"),
        Some(DateMod::Before) => Some("before"),
        Some(DateMod::After) => Some("after"),
        _ => None,
    };
    let Some(bound) = bound else {
        return unbounded_claim_date(date);
    };
    let anchor = DateValue {
        modifier: None,
        ..*date
    };
    let plain = unbounded_claim_date(&anchor)?;
    // The claims file's ISO forms are not prose, so the bounding word goes
    // before the anchor as a writer would put it.
    let written = match date.grain {
        Grain::Day => written_day(date.start),
        Grain::Month => format!("{} {}", month_name(date.start), date.start.year()),
        _ => plain.trim_matches('"').to_string(),
    };
    let worded = format!("{bound} {written}");
    let reads_back =
        crate::extract::date::parse_claim_date(&worded).is_some_and(|parsed| parsed == *date);
    Some(if reads_back {
        toml_string(&worded)
    } else {
        plain
    })
}

/// [`claim_date`] for a date with no bounding word.
fn unbounded_claim_date(date: &DateValue) -> Option<String> {
    let last = date.end.yesterday().ok()?;
    let mut forms = Vec::new();
    match (date.grain, date.modifier) {
        (Grain::Day, None) => forms.push(date.start.to_string()),
        (Grain::Month, None) => forms.push(format!(
            "\"{}-{:02}\"",
            date.start.year(),
            date.start.month()
        )),
        (Grain::Year, None) if date.range => {
            forms.push(format!("\"{} to {}\"", date.start.year(), last.year()))
        }
        (Grain::Year, None) => forms.push(format!("\"{}\"", date.start.year())),
        (Grain::PartOfMonth, Some(part @ (DateMod::Early | DateMod::Mid | DateMod::Late))) => {
            let part = match part {
                DateMod::Early => "early ",
                DateMod::Mid => "mid-",
                _ => "late ",
            };
            forms.push(format!(
                "\"{part}{} {}\"",
                month_name(date.start),
                date.start.year()
            ));
        }
        (Grain::Quarter, None) => forms.push(format!(
            "\"Q{} {}\"",
            (date.start.month() - 1) / 3 + 1,
            date.start.year()
        )),
        (Grain::Decade, None) => forms.push(format!("\"the {}s\"", date.start.year())),
        (Grain::Week, None) => forms.push(format!("\"the week of {}\"", written_day(date.start))),
        (Grain::PartOfYear, None) => {
            for season in ["spring", "summer", "autumn", "winter"] {
                forms.push(format!("\"{season} {}\"", date.start.year()));
            }
        }
        _ => {}
    }
    let exact = forms.into_iter().find(|form| {
        let plain = form.trim_matches('"');
        crate::extract::date::parse_claim_date(plain).is_some_and(|parsed| parsed == *date)
    });
    // A stated run of days ("15-29 May", "between 20 July and 30 November")
    // is written as its first and last day rather than the year it falls
    // in, so that moving either end in the text is a mismatch. An open
    // stretch ("earlier this week", "earlier this year") keeps its year:
    // where it ends is the reader's inference, not the writer's statement.
    let days = (date.grain == Grain::Day)
        .then(|| format!("from {} to {}", written_day(date.start), written_day(last)));
    let days = days.filter(|form| {
        crate::extract::date::parse_claim_date(form)
            .is_some_and(|parsed| parsed.start == date.start && parsed.end == date.end)
    });
    exact
        .or_else(|| days.map(|form| toml_string(&form)))
        .or_else(|| (date.start.year() == last.year()).then(|| format!("\"{}\"", last.year())))
}

/// The month's name: "March".
fn month_name(day: jiff::civil::Date) -> &'static str {
    crate::extract::date::MONTH_NAMES[day.month() as usize - 1]
}

/// A day as prose writes it and the date reader reads it: "4 March 2016".
fn written_day(day: jiff::civil::Date) -> String {
    format!("{} {} {}", day.day(), month_name(day), day.year())
}

/// How many words on each side of a value `about` looks at for its
/// phrases: far more than a news sentence holds, so that only a run-on
/// "sentence" (a list of thousands of numbers, a text with no full stops)
/// is cut, and its values are read in time linear in its length.
pub const ABOUT_WINDOW: usize = 120;

/// The words of the sentence whose values are being written, kept from
/// one value to the next, so that a sentence is read into words once.
#[derive(Default)]
struct SentenceWords {
    sentence: Option<Span>,
    /// The sentence's tokens that lie outside its values (quotes and
    /// titles aside), in text order.
    tokens: Vec<Span>,
    clauses: Option<crate::check::clause::Clauses>,
    /// Every sentence of the text lowercased, and the sentences each
    /// lowercased word stands in: made once, when a value first asks
    /// whether its phrases are found elsewhere.
    index: Option<(Vec<String>, Postings)>,
}

/// Per lowercased word, the indexes of the sentences it stands in.
type Postings = HashMap<String, Vec<usize>>;

/// The words of `text` (lowercased already): its runs of letters and digits.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Anchor phrases for the value at `value` in `sentence` (see the module
/// docs).
fn about(
    extraction: &Extraction,
    value: Span,
    sentence: Span,
    words: &mut SentenceWords,
) -> Vec<String> {
    let document = &extraction.document;
    let text = document.text();
    if words.sentence != Some(sentence) {
        // Values are in text order, and no value but a quote or a title
        // reaches across a sentence: those starting in it are its own.
        let values = &extraction.values;
        let first = values.partition_point(|f| f.span.start < sentence.start);
        let last = values.partition_point(|f| f.span.start < sentence.end);
        let taken: Vec<Span> = values[first..last]
            .iter()
            .filter(|f| f.kind != Kind::Quote && f.kind != Kind::Title)
            .map(|f| f.span)
            .collect();
        // Only words of the value's own clause can tie a claim to it.
        let clauses = match document.sentence_index_at(sentence.start) {
            Some(index) if document.sentences()[index] == sentence => {
                crate::check::clause::of_sentence(document, index)
            }
            _ => crate::check::clause::clauses(&text[sentence.start..sentence.end], sentence.start),
        };
        let mut next = 0;
        words.tokens = tokenize(text, sentence)
            .into_iter()
            .filter(|t| {
                // `taken` is in text order too: skip those behind `t`.
                while next < taken.len() && taken[next].end <= t.span.start {
                    next += 1;
                }
                !taken[next..]
                    .iter()
                    .take_while(|s| s.start < t.span.end)
                    .any(|s| s.overlaps(t.span))
            })
            .map(|t| t.span)
            .collect();
        words.clauses = Some(clauses);
        words.sentence = Some(sentence);
    }
    let clauses = words.clauses.as_ref().expect("read with its sentence");
    let at = words.tokens.partition_point(|t| t.end <= value.start);
    let window =
        &words.tokens[at.saturating_sub(ABOUT_WINDOW)..(at + ABOUT_WINDOW).min(words.tokens.len())];
    let tokens: Vec<Token> = window
        .iter()
        .filter(|&&span| clauses.ties(value, &[vec![span]]))
        .map(|&span| Token {
            span,
            text: &text[span.start..span.end],
        })
        .collect();

    // (distance to the value, phrase)
    let mut candidates: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        if token.is_word() && is_capitalized(token.text) {
            // A run of capitalized words, no punctuation between.
            let mut j = i;
            while j + 1 < tokens.len()
                && tokens[j + 1].is_word()
                && is_capitalized(tokens[j + 1].text)
                && !is_possessive(tokens[j].text)
                && text[tokens[j].span.end..tokens[j + 1].span.start]
                    .chars()
                    .all(char::is_whitespace)
            {
                j += 1;
            }
            let words: Vec<&str> = tokens[i..=j]
                .iter()
                .map(|t| strip_possessive(t.text).0)
                .skip_while(|w| is_stop_word(w) || is_calendar_word(w))
                .collect();
            let mut words = words;
            while words
                .last()
                .is_some_and(|w| is_stop_word(w) || is_calendar_word(w))
            {
                words.pop();
            }
            if !words.is_empty() {
                let span = Span::new(tokens[i].span.start, tokens[j].span.end);
                candidates.push((span.gap(value), words.join(" ")));
            }
            i = j + 1;
            continue;
        }
        let word = strip_possessive(token.text).0;
        if token.is_word()
            && is_lowercase(word)
            && word.chars().count() >= 6
            && !is_stop_word(word)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            candidates.push((token.span.gap(value), word.to_string()));
        }
        i += 1;
    }
    candidates.sort_by_key(|(distance, _)| *distance);
    let mut seen = BTreeSet::new();
    candidates.retain(|(_, phrase)| seen.insert(phrase.to_lowercase()));

    let (lowered, postings) = words.index.get_or_insert_with(|| {
        let lowered: Vec<String> = document
            .sentences()
            .iter()
            .map(|s| text[s.start..s.end].to_lowercase())
            .collect();
        let mut postings = Postings::new();
        for (i, sentence) in lowered.iter().enumerate() {
            for word in words_of(sentence) {
                let list = postings.entry(word.to_string()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        (lowered, postings)
    });
    let own = document
        .sentence_index_at(sentence.start)
        .filter(|&i| document.sentences()[i] == sentence);
    let mut about: Vec<String> = Vec::new();
    for (_, phrase) in candidates {
        about.push(phrase);
        let phrases: Vec<String> = about.iter().map(|p| p.to_lowercase()).collect();
        // Only sentences holding every word of the phrases can hold them
        // whole: those of the rarest word are the ones to look at.
        let rarest = phrases
            .iter()
            .flat_map(|p| words_of(p))
            .map(|w| postings.get(w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|list| list.len());
        let elsewhere = match rarest {
            Some(list) => list
                .iter()
                .filter(|&&i| Some(i) != own)
                .any(|&i| phrases.iter().all(|p| contains_words(&lowered[i], p))),
            None => (0..lowered.len())
                .filter(|&i| Some(i) != own)
                .any(|i| phrases.iter().all(|p| contains_words(&lowered[i], p))),
        };
        if !elsewhere || about.len() == 3 {
            break;
        }
    }
    about
}

fn is_possessive(word: &str) -> bool {
    strip_possessive(word).1
}

/// Whether `haystack` holds `needle` as whole words (both lowercase).
fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, _)| {
        !haystack[..at].ends_with(char::is_alphanumeric)
            && !haystack[at + needle.len()..].starts_with(char::is_alphanumeric)
    })
}

/// The whitespace-separated word that holds `span` ("19-year-old" around
/// "19"), looked for at most [`WORD_REACH`] characters either side, so that
/// text without spaces costs no more than text with them.
fn word_around(text: &str, span: Span) -> &str {
    let start = text[..span.start]
        .char_indices()
        .rev()
        .take(WORD_REACH)
        .find(|(_, c)| c.is_whitespace())
        .map_or_else(
            || {
                text[..span.start]
                    .char_indices()
                    .rev()
                    .take(WORD_REACH)
                    .last()
                    .map_or(span.start, |(i, _)| i)
            },
            |(i, c)| i + c.len_utf8(),
        );
    let end = text[span.end..]
        .char_indices()
        .take(WORD_REACH)
        .find(|(_, c)| c.is_whitespace())
        .map_or_else(
            || {
                text[span.end..]
                    .char_indices()
                    .take(WORD_REACH)
                    .last()
                    .map_or(span.end, |(i, c)| span.end + i + c.len_utf8())
            },
            |(i, _)| span.end + i,
        );
    &text[start..end]
}

/// How far [`word_around`] looks for the end of a word.
const WORD_REACH: usize = 40;

/// The ids given so far, and per base id the next number to try, so that
/// a thousand claims of one label do not each count up from 2.
#[derive(Default)]
struct Ids {
    given: BTreeSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    fn unique(&mut self, kind: &str, label: &str) -> String {
        let words: Vec<String> = label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .map(|w| {
                w.chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect::<String>()
                    .to_ascii_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let base = if words.is_empty() {
            kind.to_string()
        } else {
            format!("{kind}-{}", words.join("-"))
        };
        let mut id = base.clone();
        let n = self.next.entry(base.clone()).or_insert(2);
        while !self.given.insert(id.clone()) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        id
    }
}

/// `text` as the body of a `#` comment: on one line, cut at `max`
/// characters, with every control character TOML forbids in a comment
/// (all but tab: NUL, escape, a lone carriage return…) shown as U+FFFD, so
/// that the file loads whatever bytes the text holds.
fn trimmed(text: &str, max: usize) -> String {
    // One line of the first words, enough to cut at `max` characters: a
    // long sentence is not copied whole for each of its values.
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        if line.len() > max * 4 {
            break;
        }
    }
    let line: String = line
        .chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_around_a_value_ends_at_any_space() {
        #[track_caller]
        fn case(text: &str, value: &str, word: &str) {
            let start = text.find(value).unwrap();
            let span = Span::new(start, start + value.len());
            assert_eq!(word_around(text, span), word, "{text:?}");
        }
        case("a 19-year-old striker", "19", "19-year-old");
        case("a\u{a0}19-year-old\u{2009}striker", "19", "19-year-old");
        case("19", "19", "19");
        // No space within reach: the reach bounds the word.
        let long = format!("{}19{}", "x".repeat(100), "y".repeat(100));
        case(
            &long,
            "19",
            &format!("{}19{}", "x".repeat(40), "y".repeat(40)),
        );
    }
    use crate::check::Checker;
    use crate::document::Document;
    use crate::findings::Status;
    use jiff::civil::Date;

    fn extraction(path: &str, text: &str) -> Extraction {
        let document = Document::new(path, text.to_string());
        let published = crate::run::front_matter_date(&document)
            .ok()
            .flatten()
            .unwrap_or(Date::constant(2025, 11, 24));
        let values = crate::extract_run::values(&document, published);
        Extraction {
            document,
            published,
            values,
        }
    }

    /// The starter file loads, and checked against its own text, the share
    /// of its claims that match.
    #[track_caller]
    fn round_trip(path: &str, text: &str) -> (usize, f64) {
        let extraction = extraction(path, text);
        let toml = to_toml(&extraction);
        let claims = parse_claims(Path::new("claims.toml"), &toml)
            .unwrap_or_else(|err| panic!("{err}\n{toml}"));
        let findings = Checker::new(&claims).check(&extraction.document, extraction.published);
        // A claim matches when its one finding is a match; a claim stated
        // wrongly somewhere has a finding per wrong place instead.
        let matched = claims
            .claims
            .iter()
            .filter(|c| {
                findings
                    .iter()
                    .filter(|f| f.claim == c.id)
                    .all(|f| f.status == Status::Match)
            })
            .count();
        let total = claims.claims.len();
        (total, matched as f64 / total.max(1) as f64)
    }

    #[test]
    fn sample_article_round_trips() {
        let text = include_str!("../../articles/pakistan-pivot.md");
        let (claims, matched) = round_trip("articles/pakistan-pivot.md", text);
        assert!(claims > 50, "{claims} claims");
        assert!(matched >= 0.8, "only {:.0}% match", matched * 100.0);
    }

    #[test]
    fn relative_ordinals_get_claims_and_unstated_percents_none() {
        let text = "The tariff raised the percentage of imports taxed by Washington.\n\
                    Talks in Beijing were the penultimate round.";
        let toml = to_toml(&extraction("<stdin>", text));
        assert!(!toml.contains("percent ="), "{toml}");
        assert!(!toml.contains("no claim for percent"), "{toml}");
        assert!(toml.contains("ordinal = \"penultimate\""), "{toml}");
        let (claims, matched) = round_trip("<stdin>", text);
        assert_eq!((claims, matched), (1, 1.0), "{toml}");
    }

    #[test]
    fn a_date_counted_from_a_length_of_time_is_claimed_once_as_the_length() {
        let text = "The plant closed ten years ago.\n\
                    The talks resumed three months later.\n\
                    The plant reopened on 4 March 2016.";
        let toml = to_toml(&extraction("<stdin>", text));
        assert!(toml.contains("duration = \"ten years\""), "{toml}");
        assert!(toml.contains("duration = \"three months\""), "{toml}");
        // The date stated as a date keeps its claim; none is written for
        // the two counted ones.
        assert_eq!(toml.matches("date = ").count(), 1, "{toml}");
        assert!(toml.contains("date = 2016-03-04"), "{toml}");
    }

    #[test]
    fn crafted_texts_round_trip() {
        for text in [
            "The firm signed a $500 million deal with U.S. Strategic Metals in September.\n\
             A second firm paid at least $300 million on Sept. 25, 2025.",
            "Haqqani was ambassador from 2008 to 2011. “They gamed him,” Haqqani said.",
            "Tariffs rose to 50 percent in early May. The talks lasted four days.\n\n\
             The 2021 bombing killed 13 U.S. service members and 170 Afghan civilians.",
            "It covers more than 230,000 square miles. \"Quoted \\ words\" matter.",
            "Nothing to see here.",
        ] {
            let (_, matched) = round_trip("<stdin>", text);
            assert!(matched >= 0.8 || text.starts_with("Nothing"), "{text}");
        }
    }

    #[test]
    fn control_characters_never_reach_a_comment() {
        // Every C0 control and DEL, inside a sentence with a value and inside
        // the value itself (where the loader refuses it as its kind, and the
        // comment that says so quotes it).
        for byte in (0u8..0x20).chain([0x7f]) {
            let c = char::from(byte);
            for text in [
                format!("The firm{c} paid $500 million to Strategic Metals."),
                format!("The firm paid $500{c}million to Strategic Metals."),
                format!("Strategic Metals{c}\r{c} was paid 40 percent."),
            ] {
                let toml = to_toml(&extraction("<stdin>", &text));
                if let Err(err) = parse_claims(Path::new("claims.toml"), &toml) {
                    panic!("byte 0x{byte:02x}: {err}\n{toml}");
                }
            }
        }
    }

    #[test]
    fn dates_are_written_as_a_claims_file_accepts_them() {
        #[track_caller]
        fn case(text: &str, want: &str) {
            let date = crate::extract::date::dates(text, Date::constant(2025, 11, 24))
                .into_iter()
                .find_map(|e| match e.value {
                    Value::Date(d) => Some(d),
                    _ => None,
                })
                .expect("a date");
            assert_eq!(claim_date(&date).as_deref(), Some(want), "{text:?}");
        }
        case("Sept. 25", "2025-09-25");
        case("in June", "\"2025-06\"");
        case("in 2021", "\"2021\"");
        case("from 2008 to 2011", "\"2008 to 2011\"");
        case("in early May", "\"early May 2025\"");
        case("earlier this year", "\"2025\"");
        // A bounded date keeps its anchor's grain, so moving the anchor
        // in the text is a mismatch.
        case("since November 2007", "\"since November 2007\"");
        case("until 22 October", "\"until 22 October 2025\"");
        case("since Wednesday", "\"since 19 November 2025\"");
        case("before 2010", "\"before 2010\"");
        // A stated run of days keeps its days; a season its season.
        case("from 15-29 May", "\"from 15 May 2025 to 29 May 2025\"");
        case("last week", "\"the week of 17 November 2025\"");
        case("during the summer", "\"summer 2025\"");
    }

    #[test]
    fn ids_are_unique_and_plain() {
        let mut ids = Ids::default();
        assert_eq!(
            ids.unique("money", "U.S. Strategic Metals"),
            "money-u-s-strategic"
        );
        assert_eq!(
            ids.unique("money", "U.S. Strategic Metals"),
            "money-u-s-strategic-2"
        );
        // The same first three words: the next number.
        assert_eq!(
            ids.unique("money", "U.S. Strategic Metals 2"),
            "money-u-s-strategic-3"
        );
        assert_eq!(ids.unique("quote", "Ça va"), "quote-a-va");
        assert_eq!(ids.unique("date", ""), "date");
    }
}
