//! Sentences: how a text's body splits into paragraphs and sentences.
//!
//! Claims are located sentence by sentence (a fact and its anchor must be
//! stated in the same sentence), so a document splits its prose into
//! sentences once, up front. Plain text is cut into paragraphs by the rules
//! below; the Markdown and HTML readers hand over their own blocks (a
//! paragraph, a heading, a table row) and only the sentence rules apply
//! inside them.
//!
//! # Paragraphs
//!
//! The body is the text after any YAML front matter (`---` on the very first
//! line, closed by a line that is `---` or `...`). It splits into paragraphs:
//!
//! - a blank line always ends a paragraph;
//! - a Markdown heading (`# …` to `###### …`) is a paragraph of its own, and
//!   its text without the `#` markers is one sentence;
//! - a list item (`- `, `* `, `+ `, `1. `), a block quote line (`> `) and a
//!   thematic break (`---`, `***`, `___`) start a new paragraph; a thematic
//!   break is not a sentence;
//! - any other single newline ends a paragraph too (news copy puts each
//!   paragraph and each photo caption on its own line), unless the text is
//!   hard-wrapped there: the line does not end in terminal punctuation
//!   (`.`, `!`, `?`, `…`, `:`, possibly followed by closing quotes or
//!   brackets) and either the next line starts with a lowercase letter or the
//!   line ends with `,`, `;`, a dash, or a word that cannot end a sentence
//!   ("the", "of", "and", …);
//! - in a hard-wrapped text — paragraphs set apart by blank lines, and no
//!   line longer than 120 characters — every single newline is a space.
//!
//! # Sentences
//!
//! Inside a paragraph a sentence ends after `.`, `!` or `?` (and any closing
//! quote marks or brackets right after them) when whitespace follows and the
//! next word starts a sentence: an uppercase letter or a digit, possibly
//! behind an opening quote mark or bracket. A period with no space after it
//! ("Sept. 25.White House photographer", a caption glued to its credit) does
//! not end a sentence.
//!
//! A period that closes an abbreviation or an initial needs more evidence:
//!
//! - after a title that always precedes a name ("Mr.", "Gen.", "Sen.", …)
//!   the sentence never ends;
//! - after any other known abbreviation ("U.S.", "Sept.", "Inc.", "No.",
//!   "vs."), a dotted run of one- or two-letter parts ("J.D.", "a.m.", "D.C.")
//!   or a single capital initial ("George W. Bush"), the sentence ends only
//!   when the next word is a common sentence opener: an article, a pronoun,
//!   a conjunction or a frequent opening adverb or preposition ("...based in
//!   the U.S. The company said" breaks; "U.S. Vice President" and "J.D.
//!   Vance" do not).
//!
//! Sentences are trimmed of surrounding whitespace. Every byte of the body
//! that is not whitespace, a heading marker or a thematic break lies in
//! exactly one sentence.
use std::ops::Range;

use crate::extract::Span;

/// The sentences of `text`, front matter excluded: the segmentation
/// [`super::Document`] uses for plain text.
pub fn sentences(text: &str) -> Vec<Span> {
    segment(text).sentences
}

/// Sentences grouped by the paragraph they belong to, for modules that
/// reason across sentences but never across paragraphs (quote speakers).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Segmentation {
    pub sentences: Vec<Span>,
    pub paragraphs: Vec<Paragraph>,
    /// The sentences that are a block read whole (a heading, a table row),
    /// ascending: their punctuation sets apart cells or headline phrases of
    /// one statement, not clauses.
    pub whole: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Paragraph {
    /// From the first to the last non-blank byte of the paragraph.
    pub span: Span,
    /// The paragraph's sentences, as indices into [`Segmentation::sentences`].
    pub sentences: Range<usize>,
}

pub(crate) fn segment(text: &str) -> Segmentation {
    segment_blocks(text, &plain_blocks(text))
}

/// The paragraphs of a plain text's body (front matter excluded).
pub(crate) fn plain_blocks(text: &str) -> Vec<Block> {
    blocks(text, body_start(text))
}

/// Where the body starts: after the front matter, else after a BOM.
pub(crate) fn body_start(text: &str) -> usize {
    front_matter(text).map_or_else(|| bom_len(text), |fm| fm.body_start)
}

/// Sentences of blocks a reader found: a `heading` block is one sentence,
/// any other is split by the sentence rules.
pub(crate) fn segment_blocks(text: &str, blocks: &[Block]) -> Segmentation {
    let mut segmentation = Segmentation::default();
    for block in blocks {
        let first = segmentation.sentences.len();
        if block.heading {
            segmentation.whole.push(segmentation.sentences.len());
            segmentation.sentences.push(block.span);
        } else {
            split_sentences(text, block.span, &mut segmentation.sentences);
        }
        let sentences = first..segmentation.sentences.len();
        if !sentences.is_empty() {
            segmentation.paragraphs.push(Paragraph {
                span: block.span,
                sentences,
            });
        }
    }
    segmentation
}

pub(crate) fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    }
}

/// Where the YAML front matter is: its content between the fences, and where
/// the body starts after the closing fence.
pub(crate) struct FrontMatter {
    pub content: Span,
    pub body_start: usize,
}

pub(crate) fn front_matter(text: &str) -> Option<FrontMatter> {
    let mut lines = lines(text, bom_len(text));
    let opening = lines.next()?;
    if text[opening.start..opening.end].trim_end() != "---" {
        return None;
    }
    let content_start = (opening.end + 1).min(text.len());
    for line in lines {
        let fence = text[line.start..line.end].trim_end();
        if fence == "---" || fence == "..." {
            return Some(FrontMatter {
                content: Span::new(content_start, line.start),
                body_start: (line.end + 1).min(text.len()),
            });
        }
    }
    None
}

/// The value of a top-level `key:` line in the front matter, unquoted.
pub(crate) fn front_matter_value(text: &str, content: Span, key: &str) -> Option<Span> {
    let line = lines(text, content.start)
        .take_while(|l| l.start < content.end)
        .find(|l| {
            text[l.start..l.end]
                .strip_prefix(key)
                .is_some_and(|rest| rest.starts_with(':'))
        })?;
    let value = trim_span(text, Span::new(line.start + key.len() + 1, line.end))?;
    let raw = &text[value.start..value.end];
    let quote = raw.chars().next().filter(|c| *c == '"' || *c == '\'');
    if let Some(close) = quote.and_then(|q| raw[1..].find(q)) {
        return (close > 0).then(|| Span::new(value.start + 1, value.start + 1 + close));
    }
    match raw.find(" #") {
        Some(comment) => trim_span(text, Span::new(value.start, value.start + comment)),
        None => Some(value),
    }
}

/// The lines of `text` from `from`, each without its `\n` (or `\r\n`).
fn lines(text: &str, from: usize) -> impl Iterator<Item = Span> + '_ {
    let mut start = from;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line_start = start;
        start = end + 1;
        let trimmed_end = if text[line_start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        Some(Span::new(line_start, trimmed_end))
    })
}

/// A paragraph, or a heading, before it is split into sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    pub span: Span,
    /// One sentence whatever its punctuation: a heading, a table row.
    pub heading: bool,
}

fn blocks(text: &str, body_start: usize) -> Vec<Block> {
    let wrapped = is_wrapped_text(text, body_start);
    let mut out = Vec::new();
    let mut open: Option<Span> = None;
    for line in lines(text, body_start) {
        let Some(content) = trim_span(text, line) else {
            out.extend(open.take().map(|span| Block {
                span,
                heading: false,
            }));
            continue;
        };
        let line_text = &text[content.start..content.end];
        if let Some(heading) = heading_text(text, content) {
            out.extend(open.take().map(|span| Block {
                span,
                heading: false,
            }));
            out.extend(heading.map(|span| Block {
                span,
                heading: true,
            }));
            continue;
        }
        if is_thematic_break(line_text) {
            out.extend(open.take().map(|span| Block {
                span,
                heading: false,
            }));
            continue;
        }
        match open {
            Some(paragraph)
                if !starts_block(line_text)
                    && (wrapped
                        || is_hard_wrapped(&text[paragraph.start..paragraph.end], line_text)) =>
            {
                open = Some(Span::new(paragraph.start, content.end));
            }
            _ => {
                out.extend(open.take().map(|span| Block {
                    span,
                    heading: false,
                }));
                open = Some(content);
            }
        }
    }
    out.extend(open.map(|span| Block {
        span,
        heading: false,
    }));
    out
}

/// `span` without surrounding whitespace; `None` when nothing is left.
pub(crate) fn trim_span(text: &str, span: Span) -> Option<Span> {
    let slice = &text[span.start..span.end];
    let trimmed = slice.trim_start();
    let start = span.start + (slice.len() - trimmed.len());
    let trimmed = trimmed.trim_end();
    (!trimmed.is_empty()).then(|| Span::new(start, start + trimmed.len()))
}

/// For a heading line, `Some` of its text without the `#` markers (`None`
/// inside when the heading is empty); for any other line, `None`.
fn heading_text(text: &str, line: Span) -> Option<Option<Span>> {
    let line_text = &text[line.start..line.end];
    let level = line_text.bytes().take_while(|&b| b == b'#').count();
    if level == 0 || level > 6 {
        return None;
    }
    let rest = &line_text[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    // A closing sequence of `#`s is decoration, not text.
    let body = rest.trim_end().trim_end_matches('#');
    let body_start = line.start + level;
    Some(trim_span(
        text,
        Span::new(body_start, body_start + body.len()),
    ))
}

fn is_thematic_break(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_') && marks.clone().all(|c| c == first) && marks.count() >= 2
}

/// Lines that open a Markdown block of their own and never continue the
/// paragraph above them.
fn starts_block(line: &str) -> bool {
    if line.starts_with("- ")
        || line.starts_with("* ")
        || line.starts_with("+ ")
        || line.starts_with('>')
    {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

/// Whether the whole text is hard-wrapped: its paragraphs are set apart by
/// blank lines and none of its lines is long. News copy that puts each
/// paragraph on one line has long lines; wrapped copy breaks lines anywhere,
/// before a name as readily as before a lowercase word.
pub(crate) fn is_wrapped_text(text: &str, body_start: usize) -> bool {
    let body = &text[body_start..];
    let blank_line = body.contains("\n\n") || body.contains("\n\r\n");
    let lines = body.lines().filter(|l| !l.trim().is_empty()).count();
    blank_line && lines >= 3 && body.lines().all(|l| l.chars().count() <= 120)
}

/// Words after which a sentence cannot end, so a line ending in one of them
/// was wrapped mid-sentence.
const DANGLING_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "than",
    "that", "the", "to", "who", "whose", "with",
];

/// Whether `next` continues the paragraph that ends with `previous`, because
/// the text was hard-wrapped at that newline.
pub(crate) fn is_hard_wrapped(previous: &str, next: &str) -> bool {
    let ending = previous.trim_end_matches(is_closer);
    if ending.ends_with(['.', '!', '?', '…', ':']) {
        return false;
    }
    if next.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    if previous.ends_with([',', ';', '—', '–', '-']) {
        return true;
    }
    let last_word = previous
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    DANGLING_WORDS.contains(&last_word)
}

/// Closing quote marks and brackets that may follow a sentence's final mark.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»' | '*' | '_')
}

fn is_opener(c: char) -> bool {
    matches!(c, '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '*' | '_')
}

/// Split one paragraph into trimmed sentences.
pub(crate) fn split_sentences(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let mut start = paragraph.start;
    let mut chars = text[paragraph.start..paragraph.end]
        .char_indices()
        .peekable();
    while let Some((offset, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mark = paragraph.start + offset;
        // The final mark may be a run ("?!", "...") and closing marks may follow.
        let mut end = mark + c.len_utf8();
        let mut only_one_period = c == '.';
        while let Some(&(next_offset, next)) = chars.peek() {
            if matches!(next, '.' | '!' | '?') {
                only_one_period = false;
            } else if !is_closer(next) {
                break;
            }
            end = paragraph.start + next_offset + next.len_utf8();
            chars.next();
        }
        let rest = &text[end..paragraph.end];
        let after_space = rest.trim_start();
        if after_space.is_empty() || after_space.len() == rest.len() {
            continue;
        }
        let next_start = paragraph.end - after_space.len();
        if !starts_sentence(after_space) {
            continue;
        }
        if only_one_period {
            let so_far = &text[start..mark];
            // "1. " opens a numbered list item, not a one-word sentence.
            if so_far.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let word = word_before(so_far);
            match abbreviation(word) {
                Some(Abbreviation::BeforeName) => continue,
                Some(Abbreviation::Ambiguous) if !starts_with_opener_word(after_space) => continue,
                _ => {}
            }
        }
        out.extend(trim_span(text, Span::new(start, end)));
        start = next_start;
    }
    out.extend(trim_span(text, Span::new(start, paragraph.end)));
}

/// The whitespace-delimited word that ends `text`, without opening marks.
fn word_before(text: &str) -> &str {
    let word = text.rsplit(char::is_whitespace).next().unwrap_or("");
    word.trim_start_matches(|c: char| is_opener(c) || matches!(c, '—' | '–'))
}

/// Whether `text` begins like a sentence: a capital or a digit, possibly
/// behind opening marks or a currency sign.
fn starts_sentence(text: &str) -> bool {
    let first =
        text.trim_start_matches(|c: char| is_opener(c) || matches!(c, '$' | '£' | '€' | '¥'));
    first
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn starts_with_opener_word(text: &str) -> bool {
    let text = text.trim_start_matches(is_opener);
    let word = text
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    SENTENCE_OPENERS.binary_search(&word).is_ok()
}

/// Capitalized words that commonly open a sentence and rarely follow an
/// abbreviation inside one. Sorted, for binary search.
const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "Few",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "My",
    "Neither",
    "Next",
    "Nor",
    "Not",
    "Now",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "Several",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Three",
    "Through",
    "To",
    "Two",
    "Under",
    "Unlike",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Within",
    "Without",
    "Yet",
    "You",
    "Your",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// A title that always precedes a name, so never ends a sentence.
    BeforeName,
    /// An abbreviation that may end a sentence.
    Ambiguous,
}

/// Titles abbreviated in front of a name. Sorted.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Adm", "Amb", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Fr", "Gen", "Gens", "Gov", "Hon",
    "Insp", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev",
    "Sen", "Sens", "Sgt", "Supt",
];

/// Other abbreviations written with a period: months, company and name
/// suffixes, places, U.S. states in AP style, Latin. Sorted.
const OTHER_ABBREVIATIONS: &[&str] = &[
    "Ala", "Apr", "Ariz", "Ark", "Assn", "Aug", "Ave", "Blvd", "Bros", "Calif", "Co", "Colo",
    "Conn", "Corp", "Dec", "Del", "Dept", "Dist", "Dr", "Feb", "Fig", "Fla", "Ft", "Ga", "Govt",
    "Ill", "Inc", "Ind", "Jan", "Jr", "Jul", "Jun", "Kan", "Ky", "La", "Ltd", "Mar", "Mass", "Md",
    "Mich", "Minn", "Miss", "Mo", "Mont", "Mt", "Neb", "Nev", "No", "Nos", "Nov", "Oct", "Okla",
    "Ore", "Pa", "Rd", "Sep", "Sept", "Sr", "St", "Tenn", "Tex", "Univ", "Va", "Vt", "Wash", "Wis",
    "Wyo", "al", "approx", "cf", "est", "etc", "vs",
];

/// How a word written before a period reads as an abbreviation, if it does.
pub(crate) fn abbreviation(word: &str) -> Option<Abbreviation> {
    if is_abbreviated_title(word) {
        return Some(Abbreviation::BeforeName);
    }
    if OTHER_ABBREVIATIONS.binary_search(&word).is_ok() || is_initials(word) {
        return Some(Abbreviation::Ambiguous);
    }
    None
}

/// Whether `word` is [`Abbreviation::BeforeName`]: asked of every word a
/// title might stand in, which need not know whether it is initials.
pub(crate) fn is_abbreviated_title(word: &str) -> bool {
    // Every one is capitalized (a test holds them to it): most words of a
    // text are not, and skip the search.
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && TITLE_ABBREVIATIONS.binary_search(&word).is_ok()
}

/// "W", "U.S", "J.D", "e.g", "a.m", "Ph.D": a single capital, or letters in
/// dotted parts of one or two.
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text`, as strings.
    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[track_caller]
    fn case(text: &str, expected: &[&str]) {
        assert_eq!(split(text), expected, "segmenting {text:?}");
    }

    #[test]
    fn breaks_after_terminal_marks() {
        case("One. Two! Three? Four", &["One.", "Two!", "Three?", "Four"]);
        case("  Padded.   Out.  ", &["Padded.", "Out."]);
        case(
            "He asked: “Why?” Nobody knew.",
            &["He asked: “Why?”", "Nobody knew."],
        );
        case(
            "“It works,” she said. “Really.” Then left.",
            &["“It works,” she said.", "“Really.”", "Then left."],
        );
        case(
            "Odd (as noted.) Next one.",
            &["Odd (as noted.)", "Next one."],
        );
        case(
            "Wait... What now?! Fine.",
            &["Wait...", "What now?!", "Fine."],
        );
        case(
            "It fell 3.5 percent. 2024 was worse.",
            &["It fell 3.5 percent.", "2024 was worse."],
        );
        case(
            "The fee was low. $500 million is a lot.",
            &["The fee was low.", "$500 million is a lot."],
        );
    }

    #[test]
    fn does_not_break_inside_sentences() {
        case("“Why?” he asked.", &["“Why?” he asked."]);
        case("Trump 2.0 is here.", &["Trump 2.0 is here."]);
        case(
            "See e.g. the memo. Then go.",
            &["See e.g. the memo.", "Then go."],
        );
        case(
            "It opened at 9 a.m. today.",
            &["It opened at 9 a.m. today."],
        );
        case(
            "The caption ran on Sept. 25.Staff photographer",
            &["The caption ran on Sept. 25.Staff photographer"],
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        let one = |text: &str| case(text, &[text]);
        one("The U.S. Vice President J.D. Vance spoke.");
        one("The U.K. Foreign Office agreed.");
        one("Pakistan’s army chief Gen. Asim Munir visited.");
        one("Lt. Col. Jane Roe and Lt. Gen. John Doe met.");
        one("They met on Sept. 25, Jan. 3, Feb. 9, Aug. 8, Oct. 13, Nov. 4 and Dec. 1.");
        one("Mr. Khan, Mrs. Khan, Ms. Roe and Dr. Poe arrived.");
        one("It runs down St. James Street past St. Paul’s.");
        one("Sen. Roe, Rep. Doe and Gov. Poe signed.");
        one("Martin Luther King Jr. Day is a holiday.");
        one("Acme Inc. Chairman Roe, Widget Corp. President Doe and Foo Co. Ltd. Director Poe.");
        one("It was Pakistan vs. India again.");
        one("Bring papers, i.e. forms, e.g. this one.");
        one("They met at 10 a.m. Eastern and 5 p.m. Pacific.");
        one("He wore No. 3 for years.");
        one("President George W. Bush spoke.");
        one("They moved to Washington, D.C. in May.");
        one("The event in Washington, D.C. is sold out.");
    }

    #[test]
    fn abbreviation_at_sentence_end_before_an_opener() {
        case(
            "It is based in the U.S. The company said so.",
            &["It is based in the U.S.", "The company said so."],
        );
        case(
            "Tea at 4 p.m. He was late.",
            &["Tea at 4 p.m.", "He was late."],
        );
        case(
            "She moved to Washington, D.C. It rained.",
            &["She moved to Washington, D.C.", "It rained."],
        );
        case(
            "They sued Acme Inc. But it settled.",
            &["They sued Acme Inc.", "But it settled."],
        );
        case(
            "It ended in Sept. However, talks resumed.",
            &["It ended in Sept.", "However, talks resumed."],
        );
        case("Meet Gen. The rest waits.", &["Meet Gen. The rest waits."]);
    }

    #[test]
    fn paragraphs_end_sentences() {
        case(
            "A title without a period\nThe body starts here.",
            &["A title without a period", "The body starts here."],
        );
        case(
            "First paragraph\n\nSecond paragraph",
            &["First paragraph", "Second paragraph"],
        );
        case(
            "Windows line\r\nNext line.\r\n",
            &["Windows line", "Next line."],
        );
        case(
            "Caption text here\nFarooq Naeem/AFP via Getty Images",
            &["Caption text here", "Farooq Naeem/AFP via Getty Images"],
        );
    }

    #[test]
    fn a_wrapped_text_joins_every_single_newline() {
        let text = "The fund paid $5 million to U.S.\nStrategic Metals in May.\nIt was the first deal.\n\nA second\nParagraph here.\n";
        let got: Vec<&str> = sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            got,
            [
                "The fund paid $5 million to U.S.\nStrategic Metals in May.",
                "It was the first deal.",
                "A second\nParagraph here."
            ]
        );
        // One paragraph a line, long lines: each newline ends a paragraph.
        let long = "x".repeat(130);
        let text = format!("{long} ends here\nNext Paragraph starts\n\nThird one.\n");
        assert_eq!(sentences(&text).len(), 3);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        case(
            "The minister met with the\nPrime Minister in June and the\nsummit went well. Then it\nended.",
            &["The minister met with the\nPrime Minister in June and the\nsummit went well.", "Then it\nended."],
        );
        case(
            "Trump praised Sharif,\nMunir and others.",
            &["Trump praised Sharif,\nMunir and others."],
        );
        case(
            "“They gamed him,”\nsaid the envoy.",
            &["“They gamed him,”\nsaid the envoy."],
        );
        case(
            "It ended.\nthen lowercase",
            &["It ended.", "then lowercase"],
        );
    }

    #[test]
    fn markdown_structure() {
        case(
            "---\ntitle: \"A. B.\"\ndate: 2025-11-24\n---\n# The Pivot. A Story\n\nBody text. More.\n",
            &["The Pivot. A Story", "Body text.", "More."],
        );
        case("## Heading ##\nText", &["Heading", "Text"]);
        case("#hashtag is text", &["#hashtag is text"]);
        case(
            "Intro:\n- first item\n- second item\n\n***\n> quoted line",
            &["Intro:", "- first item", "- second item", "> quoted line"],
        );
        case("1. One\n2. Two", &["1. One", "2. Two"]);
        // Unclosed front matter is no front matter; its fence is a thematic break.
        case("---\nnot closed\n", &["not closed"]);
    }

    #[test]
    fn title_abbreviations_are_capitalized() {
        for word in TITLE_ABBREVIATIONS {
            assert!(word.as_bytes()[0].is_ascii_uppercase(), "{word}");
        }
    }

    #[test]
    fn openers_and_abbreviations_are_sorted() {
        for list in [SENTENCE_OPENERS, TITLE_ABBREVIATIONS, OTHER_ABBREVIATIONS] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?} not sorted",
                list
            );
        }
    }
}
