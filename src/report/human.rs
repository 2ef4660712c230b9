//! The report a person reads: each problem at `path:line:column` with the
//! sentence as a two-line diff, then a summary.
//!
//! ```text
//! articles/draft.md:7:31: error[mismatch] fwo-deal-amount (money)
//!   money differs: the text says $550 million, the claim $500 million
//!   - The army's builders signed a $550 million deal with U.S. Strategic Metals.
//!   + The army's builders signed a $500 million deal with U.S. Strategic Metals.
//! ```

use super::statistics::Statistics;
use super::{Palette, Renderer};
use crate::claims::Severity;
use crate::document::Document;
use crate::extract::Span;
use crate::findings::{
    Against, ClaimsFinding, FileReport, Finding, NearestMiss, RunHeader, Status, Summary,
};
use similar::{ChangeTag, TextDiff};
use std::io::{self, Write};

/// The human report, written file by file.
pub struct Human<'w> {
    out: &'w mut dyn Write,
    palette: Palette,
    /// Which findings to show.
    shown: Shown,
    /// `--statistics`: counts per claim, before the summary line.
    statistics: Option<Statistics>,
}

/// How much of a run the human report shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    /// Errors only (`--quiet`), then the summary line.
    Errors,
    /// Problems at warning or above.
    Problems,
    /// Every file and every claim (`-v`).
    Everything,
}

impl<'w> Human<'w> {
    pub fn new(out: &'w mut dyn Write, palette: Palette, verbose: bool) -> Human<'w> {
        Human {
            out,
            palette,
            shown: if verbose {
                Shown::Everything
            } else {
                Shown::Problems
            },
            statistics: None,
        }
    }

    /// `--quiet`: only errors and the summary line.
    pub fn quiet(mut self, quiet: bool) -> Human<'w> {
        if quiet {
            self.shown = Shown::Errors;
        }
        self
    }

    /// `--statistics`: a table of counts per claim before the summary line.
    pub fn statistics(mut self, statistics: bool) -> Human<'w> {
        self.statistics = statistics.then(Statistics::new);
        self
    }
}

impl Renderer for Human<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        Ok(())
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        if let Some(statistics) = &mut self.statistics {
            statistics.add_file(file);
        }
        render_file(file, &self.palette, self.shown, self.out)
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        if let Some(statistics) = &mut self.statistics {
            statistics.add_claims_findings(findings);
        }
        let mut heading: Option<&str> = None;
        for finding in findings {
            if self.shown == Shown::Errors && finding.finding.severity < Severity::Error {
                continue;
            }
            // Each claims file heads its own findings.
            if heading != Some(finding.path.as_str()) {
                heading = Some(&finding.path);
                writeln!(
                    self.out,
                    "{} {}",
                    self.palette.location(&clean(&finding.path)),
                    self.palette.dim("(the claims file)")
                )?;
            }
            render_claims_finding(finding, &self.palette, self.out)?;
        }
        Ok(())
    }

    fn end(&mut self, header: &RunHeader, summary: &Summary) -> io::Result<()> {
        if let Some(statistics) = &self.statistics {
            statistics.render(self.out)?;
        }
        render_summary(header, summary, &self.palette, self.out)
    }
}

fn render_file(
    file: &FileReport,
    palette: &Palette,
    shown: Shown,
    out: &mut dyn Write,
) -> io::Result<()> {
    let verbose = shown == Shown::Everything;
    let document = &file.document;
    if let Some(error) = &file.error {
        let place = match error.position {
            Some((line, column)) => format!("{}:{line}:{column}", error.path),
            None => error.path.clone(),
        };
        return writeln!(
            out,
            "{}: {} {}",
            palette.location(&clean(&place)),
            palette.error("error:"),
            clean(&error.message)
        );
    }
    let mut problems: Vec<&Finding> = file
        .findings
        .iter()
        .filter(|f| match shown {
            Shown::Errors => f.is_problem() && f.severity == Severity::Error && !f.suppressed,
            Shown::Problems => f.is_problem() && f.severity > Severity::Info,
            Shown::Everything => f.is_problem(),
        })
        .collect();
    problems.sort_by_key(|f| (f.span.map_or(usize::MAX, |s| s.start), f.claim.clone()));
    // Each file's publication date heads its findings: relative dates were
    // read against it. Quiet prints the findings alone.
    let anything = !problems.is_empty() || !file.notices.is_empty();
    if verbose || (anything && shown != Shown::Errors) {
        let published = file
            .published
            .map_or_else(String::new, |date| format!("(published {date})"));
        writeln!(
            out,
            "{} {}",
            palette.location(&clean(document.path())),
            palette.dim(&published)
        )?;
    }
    for finding in problems {
        render_problem(document, finding, palette, verbose, out)?;
    }
    for notice in &file.notices {
        let (line, column) = document.line_col(notice.span.start);
        let label = format!("{}[{}]", notice.severity.name(), notice.code.name());
        let label = match notice.severity {
            Severity::Error => palette.error(&label),
            Severity::Warning => palette.warning(&label),
            Severity::Info => palette.info(&label),
        };
        writeln!(
            out,
            "{}: {label} {}",
            palette.location(&clean(&format!("{}:{line}:{column}", document.path()))),
            clean(&notice.message)
        )?;
    }
    if verbose {
        for finding in file.findings.iter().filter(|f| f.status == Status::Match) {
            let place = finding
                .span
                .map(|s| {
                    let (line, column) = document.line_col(s.start);
                    format!("{line}:{column}")
                })
                .unwrap_or_default();
            writeln!(
                out,
                "  {} {} ({}) {} {}",
                palette.matched("match"),
                palette.claim_id(&finding.claim),
                finding.kind,
                palette.dim(&place),
                clean(finding.found.as_deref().unwrap_or_default())
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// A claim the claims file itself has a problem with, at the claim's line
/// in the claims file, once for the whole run.
fn render_claims_finding(
    claims_finding: &ClaimsFinding,
    palette: &Palette,
    out: &mut dyn Write,
) -> io::Result<()> {
    let finding = &claims_finding.finding;
    let place = format!(
        "{}:{}:{}",
        claims_finding.path, claims_finding.line, claims_finding.column
    );
    writeln!(
        out,
        "{}: {} {} ({})",
        palette.location(&clean(&place)),
        severity_label(finding, palette),
        palette.claim_id(&finding.claim),
        finding.kind
    )?;
    writeln!(out, "  {}", clean(&super::claims_message(claims_finding)))
}

/// "error[mismatch]", "warning[stale: review]", styled by severity.
fn severity_label(finding: &Finding, palette: &Palette) -> String {
    let label = super::label(finding);
    match finding.severity {
        Severity::Error => palette.error(&label),
        Severity::Warning => palette.warning(&label),
        Severity::Info => palette.info(&label),
    }
}

fn render_problem(
    document: &Document,
    finding: &Finding,
    palette: &Palette,
    verbose: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let place = match finding.span {
        Some(span) => {
            let (line, column) = document.line_col(span.start);
            format!("{}:{line}:{column}", document.path())
        }
        None => document.path().to_string(),
    };
    let mut label = severity_label(finding, palette);
    if finding.suppressed {
        label.push_str(&palette.dim(" (suppressed)"));
    }
    writeln!(
        out,
        "{}: {label} {} ({})",
        palette.location(&clean(&place)),
        palette.claim_id(&finding.claim),
        finding.kind
    )?;
    writeln!(out, "  {}", clean(&finding.message))?;
    if let (Some(span), Some(replacement)) = (finding.span, &finding.replacement) {
        if matches!(finding.status, Status::Mismatch | Status::Stale) {
            let by_characters = finding.kind == crate::extract::Kind::Quote;
            render_diff(document, span, replacement, by_characters, palette, out)?;
        }
    }
    if let (true, Some(nearest)) = (verbose, &finding.nearest) {
        render_nearest(document, nearest, palette, out)?;
    }
    Ok(())
}

/// For a missing claim, under `-v`: the sentence that came nearest to
/// stating it (its start, when long) and why it does not.
fn render_nearest(
    document: &Document,
    nearest: &NearestMiss,
    palette: &Palette,
    out: &mut dyn Write,
) -> io::Result<()> {
    let label = palette.dim("nearest:");
    let Some(span) = nearest.span else {
        return writeln!(out, "  {label} {}", clean(&nearest.message));
    };
    let (line, _) = document.line_col(span.start);
    let prose = document.prose_span(span);
    let text = document.text();
    // The sentence as read, on whole characters whatever the mapping from
    // the file's bytes did at its edges.
    let start = floor_char_boundary(text, prose.start.min(text.len()));
    let whole = ceil_char_boundary(text, prose.end.clamp(start, text.len()));
    let end = if whole - start > NEAREST_SHOWN {
        cut_after(text, start, start + NEAREST_SHOWN)
    } else {
        whole
    };
    let more = if end < whole { " …" } else { "" };
    writeln!(
        out,
        "  {label} line {line}: {}{more}",
        clean(&text[start..end])
    )?;
    writeln!(out, "    {}", clean(&nearest.message))
}

/// Bytes of the nearest sentence shown for a missing claim, at most.
const NEAREST_SHOWN: usize = 160;

/// The sentence around `span` as written and with `replacement` in place,
/// the changed words highlighted — or the changed characters, for a quote,
/// where one letter can make a misquote.
fn render_diff(
    document: &Document,
    span: Span,
    replacement: &str,
    by_characters: bool,
    palette: &Palette,
    out: &mut dyn Write,
) -> io::Result<()> {
    // Findings speak of the file; the sentence is shown as read, markup
    // left out and line breaks as spaces.
    let span = document.prose_span(span);
    let context = sentence_around(document, span);
    let text = document.text();
    let before = clean(&text[context.start..context.end]);
    let after = clean(&format!(
        "{}{}{}",
        &text[context.start..span.start],
        replacement,
        &text[span.end..context.end]
    ));
    let diff = if by_characters {
        TextDiff::from_chars(before.as_str(), after.as_str())
    } else {
        TextDiff::from_words(before.as_str(), after.as_str())
    };
    // Runs of one kind of change, so that each run is styled once.
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        match runs.last_mut() {
            Some((tag, run)) if *tag == change.tag() => run.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_string())),
        }
    }
    let mut old_line = String::new();
    let mut new_line = String::new();
    for (tag, run) in &runs {
        match tag {
            ChangeTag::Equal => {
                old_line.push_str(&palette.removed(run));
                new_line.push_str(&palette.added(run));
            }
            ChangeTag::Delete => old_line.push_str(&palette.removed_word(run)),
            ChangeTag::Insert => new_line.push_str(&palette.added_word(run)),
        }
    }
    writeln!(out, "  {} {}", palette.removed("-"), old_line)?;
    writeln!(out, "  {} {}", palette.added("+"), new_line)
}

/// The sentences that hold `span`, or the span's own line when it lies
/// outside every sentence.
fn sentence_around(document: &Document, span: Span) -> Span {
    let sentences = document.sentences();
    let first = document.sentence_index_at(span.start);
    let last = document.sentence_index_at(span.end.saturating_sub(1).max(span.start));
    let text = document.text();
    let whole = match (first, last) {
        (Some(a), Some(b)) => Span::new(sentences[a].start, sentences[b].end),
        _ => {
            let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
            let end = text[span.end..]
                .find('\n')
                .map_or(text.len(), |i| span.end + i);
            Span::new(start, end)
        }
    };
    // A run-on "sentence" (a text with no full stops) is cut to a window
    // around the value, at word boundaries where there are any.
    let start = if span.start - whole.start > CONTEXT {
        cut_before(text, span.start - CONTEXT, span.start)
    } else {
        whole.start
    };
    let end = if whole.end - span.end > CONTEXT {
        cut_after(text, span.end, span.end + CONTEXT)
    } else {
        whole.end
    };
    Span::new(start, end)
}

/// Bytes of context a diff line shows on each side of the value, at most.
const CONTEXT: usize = 240;

/// Where a window that may reach back to byte `from` starts, before the
/// value at `value_start`: just after the first whitespace in between, so
/// that no word is cut; at the first whole character when there is none (a
/// URL or a long run of digits before the value). Always a char boundary
/// at or before `value_start`, whatever the width of the characters.
fn cut_before(text: &str, from: usize, value_start: usize) -> usize {
    let from = ceil_char_boundary(text, from);
    text[from..value_start]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// Where a window that may reach on to byte `to` ends, after the value
/// ending at `value_end`: at the last whitespace in between, else at the
/// last whole character before `to`. Always a char boundary at or after
/// `value_end`.
fn cut_after(text: &str, value_end: usize, to: usize) -> usize {
    let to = floor_char_boundary(text, to.min(text.len()));
    text[value_end..to]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(to, |(i, _)| value_end + i)
}

fn ceil_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

pub(crate) fn render_summary(
    header: &RunHeader,
    s: &Summary,
    palette: &Palette,
    out: &mut dyn Write,
) -> io::Result<()> {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut stale = format!("{} stale", s.stale);
    let reasons: Vec<String> = [
        (s.superseded, "superseded"),
        (s.expired, "expired"),
        (s.review, "review"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, reason)| format!("{n} {reason}"))
    .collect();
    if !reasons.is_empty() {
        stale.push_str(&format!(" ({})", reasons.join(", ")));
    }
    let mismatch = format!("{} mismatch", s.mismatch);
    let mut counts = vec![
        palette.matched(&format!("{} match", s.matched)),
        if s.mismatch > 0 {
            palette.error(&mismatch)
        } else {
            mismatch
        },
        if s.stale > 0 {
            palette.warning(&stale)
        } else {
            stale
        },
        format!("{} missing", s.missing),
    ];
    // Counts that only some runs have are shown when there is something to count.
    if s.unsupported > 0 {
        counts.push(palette.error(&format!("{} unsupported", s.unsupported)));
    }
    for (n, what) in [
        (s.suppressed, "suppressed"),
        (s.baselined, "baselined"),
        (s.fixed, "fixed"),
    ] {
        if n > 0 {
            counts.push(format!("{n} {what}"));
        }
    }
    if s.notices > 0 {
        counts.push(palette.warning(&plural(s.notices, "comment warning")));
    }
    // Source mode checks against a source, and the claims of `-c` only
    // when there are some.
    let against = match &header.against {
        None => plural(s.claims, "claim"),
        Some(against) => {
            let sources = match against {
                Against::Source(path) => clean(path),
                Against::Pairs(path) => format!("their sources ({})", clean(path)),
            };
            if s.claims > 0 {
                format!("{sources} and {}", plural(s.claims, "claim"))
            } else {
                sources
            }
        }
    };
    write!(
        out,
        "{} against {} (as of {}): {}",
        plural(s.files, "file"),
        against,
        header.as_of,
        counts.join(", ")
    )?;
    if s.errors > 0 {
        let files = plural(s.errors, "file");
        write!(out, "; {}", palette.error(&format!("{files} not checked")))?;
    }
    writeln!(out)
}

/// Text from a document, made safe for a terminal: control characters
/// (an escape sequence planted in an article, say) become U+FFFD.
pub(crate) fn clean(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The diff window around the value `value` in `text`: on char
    /// boundaries, holding the value, at most `CONTEXT` bytes (plus one
    /// character) on each side.
    #[track_caller]
    fn window(text: &str, value: &str) -> String {
        let document = Document::new("t", text.to_string());
        let start = text.find(value).expect("the value is in the text");
        let span = Span::new(start, start + value.len());
        let around = sentence_around(&document, span);
        assert!(
            around.start <= span.start && span.end <= around.end,
            "{around:?} {span:?}"
        );
        assert!(span.start - around.start <= CONTEXT + 4);
        assert!(around.end - span.end <= CONTEXT + 4);
        text[around.start..around.end].to_string()
    }

    #[test]
    fn long_sentences_are_cut_on_char_boundaries_at_any_whitespace() {
        let value = "$550 million";
        let glued = format!("Metals {} signed a {value} deal.", "x".repeat(300));
        let no_space = format!("{}{value} deal.", "y".repeat(300));
        let after = format!("Metals signed a {value}{} deal.", "z".repeat(300));
        // Multi-byte whitespace (U+00A0, U+2009, U+3000) and letters at the cut.
        let mut cases = vec![glued, no_space, after];
        for space in ['\u{a0}', '\u{2009}', '\u{3000}', 'é', '漢'] {
            for pad in 0..4 {
                let lead = "w".repeat(pad);
                cases.push(format!(
                    "{lead}{}{value} and more",
                    format!("ab{space}").repeat(90)
                ));
                cases.push(format!("Paid {value}{}", format!("{space}cd").repeat(90)));
            }
        }
        for text in &cases {
            let shown = window(text, value);
            assert!(shown.contains(value), "{shown:?}");
        }
        // A cut falls after whitespace, so the first word shown is whole.
        let words = format!("{} paid {value}.", "word ".repeat(80));
        assert!(window(&words, value).starts_with("word "));
    }

    #[test]
    fn a_value_after_a_long_unbroken_run_renders_its_diff() {
        let text = format!(
            "Strategic Metals {}\u{a0}signed a $550 million deal.",
            "y".repeat(250)
        );
        let document = Document::new("t.txt", text.clone());
        let start = text.find("$550").unwrap();
        let finding = Finding {
            claim: "deal".into(),
            kind: crate::extract::Kind::Money,
            status: Status::Mismatch,
            severity: Severity::Error,
            reason: None,
            expected: "$500 million".into(),
            found: Some("$550 million".into()),
            replacement: Some("$500 million".into()),
            span: Some(Span::new(start, start + "$550 million".len())),
            stale_since: None,
            message: "money differs".into(),
            suppressed: false,
            source: None,
            nearest: None,
        };
        let mut out = Vec::new();
        render_problem(&document, &finding, &Palette::plain(), false, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.contains("- ") && out.contains("signed a $550 million deal."),
            "{out}"
        );
        assert!(out.contains("signed a $500 million deal."), "{out}");
    }
}
