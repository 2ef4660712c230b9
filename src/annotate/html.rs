//! `annotate --format html`: one text as one self-contained page, every
//! finding marked in place.
//!
//! The page is for a person reviewing a draft: the text as a reader sees
//! it, each checked fact marked where the text states it, styled by what
//! the check decided (a label and an icon as well as a colour, for readers
//! who do not tell colours apart and for black-and-white print), with a
//! popover on hover and on keyboard focus giving the claim. Values the
//! text states that no claim covers are marked quietly as "unchecked".
//! A header counts the findings and the share of the text's values that
//! claims cover; a list links to every mark; the claims the text does not
//! state follow, required ones first.
//!
//! # Rendering
//!
//! Markdown is rendered by pulldown-cmark from the very events the reader
//! read ([`crate::document::markdown::events`]), so a mark falls on the
//! file bytes the finding names: each text event is cut where marks begin
//! and end, and a mark that crosses inline elements (`**$550** million`)
//! becomes one `<mark>` per element, all sharing its `data-f`. Raw HTML
//! in the Markdown is shown as escaped text; link URLs stay only when they
//! are http(s), mailto or relative; images are never loaded (their alt
//! text stands in their place). Plain text and HTML are rendered from their
//! prose, a paragraph per block.
//!
//! # Safety
//!
//! Everything from the text and the claims file passes through
//! pulldown-cmark-escape before it reaches the page, and the page carries a
//! Content-Security-Policy that runs only its own script and style (by
//! hash), loads nothing and submits nowhere — so a payload that escaped
//! the escaping would still not run.
//!
//! Written by hand: the page around the rendered text (a template engine
//! would add a dependency for a dozen fixed elements), and the URL check,
//! which is the WHATWG URL Standard's scheme rule: the `url` crate would
//! bring its IDNA and Unicode tables into the binary to answer one
//! question; the tests hold the check to the `url` crate's answers.

use crate::claims::{Claim, ClaimSet};
use crate::document::{markdown, Format};
use crate::extract::Span;
use crate::extract_run::Found;
use crate::findings::{FileReport, Finding, Status};
use crate::report::{status_label, Place};
use base64::Engine;
use jiff::civil::Date;
use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};
use sha2::{Digest, Sha256};
use std::cmp::Reverse;
use std::collections::HashMap;
use std::fmt::Write;

/// One text's page, and what it needs besides the findings.
pub struct Page<'a> {
    pub report: &'a FileReport,
    /// The claims file that judged the text.
    pub claims: Option<&'a ClaimSet>,
    /// Claims of that file due for review or expired, by id.
    pub outdated: Option<&'a HashMap<String, Finding>>,
    /// Every value factlint reads in the text (prose spans).
    pub values: &'a [Found],
    pub as_of: Date,
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance, as WCAG 2 defines it.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The WCAG 2 contrast ratio of two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// The page's text and background.
pub const PAGE_TEXT: Rgb = Rgb(0x11, 0x18, 0x27);
pub const PAGE_BACKGROUND: Rgb = WHITE;
/// Secondary text: the header's lines, the popover's message.
pub const MUTED_TEXT: Rgb = Rgb(0x37, 0x41, 0x51);
pub const LINK: Rgb = Rgb(0x1d, 0x4e, 0xd8);

/// How one kind of mark looks: the named styles of the page. The CSS is
/// made from these, and a test holds every pair of text and background
/// colours here to WCAG AA (4.5:1).
#[derive(Debug)]
pub struct Style {
    /// The CSS class is `st-` and this.
    pub class: &'static str,
    pub icon: &'static str,
    /// The label in the counts.
    pub label: &'static str,
    pub text: Rgb,
    pub background: Rgb,
    pub tag_text: Rgb,
    pub tag_background: Rgb,
    /// The mark's underline (CSS `border-bottom` width and style), which
    /// tells the styles apart in black-and-white print too.
    pub line: &'static str,
}

pub const MATCH: Style = Style {
    class: "match",
    icon: "✓",
    label: "match",
    text: Rgb(0x14, 0x53, 0x2d),
    background: Rgb(0xdc, 0xfc, 0xe7),
    tag_text: WHITE,
    tag_background: Rgb(0x15, 0x80, 0x3d),
    line: "2px dotted",
};
pub const MISMATCH: Style = Style {
    class: "mismatch",
    icon: "✗",
    label: "mismatch",
    text: Rgb(0x7f, 0x1d, 0x1d),
    background: Rgb(0xfe, 0xe2, 0xe2),
    tag_text: WHITE,
    tag_background: Rgb(0xb9, 0x1c, 0x1c),
    line: "3px solid",
};
pub const WARNING: Style = Style {
    class: "warning",
    icon: "⚠",
    label: "warning",
    text: Rgb(0x71, 0x3f, 0x12),
    background: Rgb(0xfe, 0xf9, 0xc3),
    tag_text: WHITE,
    tag_background: Rgb(0x85, 0x4d, 0x0e),
    line: "2px dashed",
};
pub const INFO: Style = Style {
    class: "info",
    icon: "ℹ",
    label: "info",
    text: Rgb(0x1e, 0x3a, 0x8a),
    background: Rgb(0xdb, 0xea, 0xfe),
    tag_text: WHITE,
    tag_background: Rgb(0x1d, 0x4e, 0xd8),
    line: "2px dashed",
};
pub const STALE: Style = Style {
    class: "stale",
    icon: "◷",
    label: "stale",
    text: Rgb(0x4c, 0x1d, 0x95),
    background: Rgb(0xed, 0xe9, 0xfe),
    tag_text: WHITE,
    tag_background: Rgb(0x6d, 0x28, 0xd9),
    line: "4px double",
};
pub const UNSUPPORTED: Style = Style {
    class: "unsupported",
    icon: "‽",
    label: "unsupported",
    text: Rgb(0x83, 0x18, 0x43),
    background: Rgb(0xfc, 0xe7, 0xf3),
    tag_text: WHITE,
    tag_background: Rgb(0xbe, 0x18, 0x5d),
    line: "3px solid",
};
pub const SUPPRESSED: Style = Style {
    class: "suppressed",
    icon: "⊘",
    label: "suppressed",
    text: Rgb(0x37, 0x41, 0x51),
    background: Rgb(0xf3, 0xf4, 0xf6),
    tag_text: WHITE,
    tag_background: Rgb(0x4b, 0x55, 0x63),
    line: "1px solid",
};
pub const MISSING: Style = Style {
    class: "missing",
    icon: "∅",
    label: "missing",
    text: PAGE_TEXT,
    background: PAGE_BACKGROUND,
    tag_text: WHITE,
    tag_background: Rgb(0x37, 0x41, 0x51),
    line: "0 none",
};
pub const UNCHECKED: Style = Style {
    class: "unchecked",
    icon: "?",
    label: "unchecked",
    text: PAGE_TEXT,
    background: PAGE_BACKGROUND,
    tag_text: MUTED_TEXT,
    tag_background: Rgb(0xe5, 0xe7, 0xeb),
    line: "1px dotted",
};

/// Every style, in the order the header counts them.
pub const STYLES: [&Style; 9] = [
    &MISMATCH,
    &STALE,
    &UNSUPPORTED,
    &WARNING,
    &INFO,
    &SUPPRESSED,
    &MATCH,
    &MISSING,
    &UNCHECKED,
];

/// The style of a finding.
pub fn style_of(finding: &Finding) -> &'static Style {
    use crate::claims::Severity;
    if finding.suppressed {
        return &SUPPRESSED;
    }
    match finding.status {
        Status::Match => &MATCH,
        Status::Stale => &STALE,
        Status::Missing => &MISSING,
        Status::Unsupported => &UNSUPPORTED,
        Status::Mismatch => match finding.severity {
            Severity::Error => &MISMATCH,
            Severity::Warning => &WARNING,
            Severity::Info => &INFO,
        },
    }
}

/// A finding's label: "✗ mismatch", "◷ stale: superseded".
fn tag_words(finding: &Finding) -> String {
    let style = style_of(finding);
    if finding.suppressed {
        format!("{} suppressed {}", style.icon, finding.status.name())
    } else {
        format!("{} {}", style.icon, status_label(finding))
    }
}

/// Text and attribute values, escaped.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}

/// Whether a URL from the text may stay a link: http(s), mailto, or
/// relative. The scheme is read as a browser reads it (WHATWG URL
/// Standard): C0 controls and spaces trimmed from both ends, tabs and line
/// breaks removed anywhere, then a letter followed by letters, digits,
/// `+`, `-` or `.`, up to a `:`. No scheme: relative.
pub fn allowed_url(url: &str) -> bool {
    match scheme(url) {
        None => true,
        Some(scheme) => matches!(scheme.as_str(), "http" | "https" | "mailto"),
    }
}

/// Whether a claim's `source` is a web address to link to.
fn web_url(url: &str) -> bool {
    matches!(scheme(url).as_deref(), Some("http" | "https"))
}

/// A URL's scheme in lowercase, as a browser reads it; `None` when the
/// URL is relative.
fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = cleaned.find(':')?;
    let candidate = &cleaned[..colon];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    let is_scheme = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    is_scheme.then(|| candidate.to_ascii_lowercase())
}

/// What a mark stands for.
enum What<'a> {
    Finding {
        finding: &'a Finding,
        claim: Option<&'a Claim>,
        /// The claim's own finding when it is due for review or expired.
        outdated: Option<&'a Finding>,
    },
    /// A value no claim covers, with its words.
    Unchecked { found: &'a Found, words: &'a str },
}

/// One thing marked in the text.
struct Mark<'a> {
    /// In the coordinates being rendered: file bytes for Markdown, prose
    /// bytes otherwise.
    span: Span,
    /// The mark's element id, shared by its pieces as `data-f`.
    id: String,
    style: &'static Style,
    what: What<'a>,
}

impl Mark<'_> {
    /// A problem to act on: `j`/`k` step through these.
    fn is_step(&self) -> bool {
        matches!(self.what, What::Finding { finding, .. } if finding.is_problem() && !finding.suppressed)
    }

    fn tag(&self) -> String {
        let words = match &self.what {
            What::Finding { finding, .. } => tag_words(finding),
            What::Unchecked { .. } => format!("{} {}", UNCHECKED.icon, UNCHECKED.label),
        };
        format!("<span class=\"tag\">{}</span>", esc(&words))
    }

    /// The popover. Inside a link of the text, the claim's source is text
    /// rather than a link (links do not nest).
    fn popover(&self, in_link: bool) -> String {
        let mut out = String::new();
        let _ = write!(
            out,
            "<span class=\"pop\" role=\"tooltip\" id=\"{}-pop\">",
            self.id
        );
        let row = |out: &mut String, key: &str, value: &str| {
            let _ = write!(
                out,
                "<span class=\"row\"><span class=\"k\">{key}</span> {value}</span>"
            );
        };
        match &self.what {
            What::Finding {
                finding,
                claim,
                outdated,
            } => {
                let _ = write!(
                    out,
                    "<span class=\"pop-head st-{}\">{} {}</span>",
                    self.style.class,
                    self.tag(),
                    finding.severity.name()
                );
                row(
                    &mut out,
                    "Claim",
                    &format!("<code>{}</code>", esc(&finding.claim)),
                );
                row(&mut out, "Kind", &esc(&finding.kind.to_string()));
                row(&mut out, "Expected", &esc(&finding.expected));
                if let Some(found) = &finding.found {
                    row(&mut out, "Found", &esc(found));
                }
                if let Some(replacement) = &finding.replacement {
                    row(&mut out, "Replace with", &esc(replacement));
                }
                if let Some(claim) = claim {
                    if let Some(source) = &claim.source {
                        row(&mut out, "Source", &source_html(source, !in_link));
                    }
                    if let Some(verified) = claim.verified {
                        row(&mut out, "Verified", &verified.to_string());
                    }
                    if let Some(note) = &claim.note {
                        row(&mut out, "Note", &esc(note));
                    }
                }
                if let Some(outdated) = outdated {
                    row(&mut out, "Review", &esc(&outdated.message));
                }
                if let Some(place) = &finding.source {
                    row(
                        &mut out,
                        "Compared with",
                        &esc(&format!("{}:{}:{}", place.path, place.line, place.column)),
                    );
                }
                if finding.suppressed {
                    row(&mut out, "Silenced", "by a factlint-disable comment");
                }
                let _ = write!(out, "<span class=\"msg\">{}</span>", esc(&finding.message));
            }
            What::Unchecked { found, words } => {
                let _ = write!(
                    out,
                    "<span class=\"pop-head st-unchecked\">{}</span>",
                    self.tag()
                );
                row(&mut out, "Kind", &esc(&found.kind.to_string()));
                row(&mut out, "Read", &esc(words));
                out.push_str("<span class=\"msg\">No claim covers this value.</span>");
            }
        }
        out.push_str("</span>");
        out
    }
}

/// A claim's source: a link when it is a web address and links may be
/// made here, else text.
fn source_html(source: &str, may_link: bool) -> String {
    if may_link && web_url(source) {
        let mut href = String::new();
        escape_href(&mut href, source.trim()).expect("writing to a String cannot fail");
        format!(
            "<a href=\"{href}\" rel=\"noopener noreferrer\">{}</a>",
            esc(source)
        )
    } else {
        esc(source)
    }
}

/// Places marks in text as it is written out: cuts each run of text where
/// marks begin and end, and wraps each piece in the marks that cover it.
struct Marker<'m, 'a> {
    marks: &'m [Mark<'a>],
    /// Whether each mark's first piece is written (it holds the id and the
    /// popover), and its last (it holds the label).
    opened: Vec<bool>,
    labelled: Vec<bool>,
}

impl<'m, 'a> Marker<'m, 'a> {
    fn new(marks: &'m [Mark<'a>]) -> Marker<'m, 'a> {
        Marker {
            marks,
            opened: vec![false; marks.len()],
            labelled: vec![false; marks.len()],
        }
    }

    /// Writes `text`, which stands at `at` in the rendered coordinates and
    /// covers `len` of them there. `exact`: its bytes are those at `at`, so
    /// it may be cut; otherwise (a decoded entity) it is marked whole.
    fn text(
        &mut self,
        out: &mut String,
        text: &str,
        at: usize,
        len: usize,
        exact: bool,
        in_link: bool,
    ) {
        let end = at + len;
        if !exact || len != text.len() {
            self.piece(out, text, Span::new(at, end), in_link);
            return;
        }
        let mut cuts = vec![at, end];
        for mark in self.marks {
            for cut in [mark.span.start, mark.span.end] {
                if cut > at && cut < end && text.is_char_boundary(cut - at) {
                    cuts.push(cut);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        for pair in cuts.windows(2) {
            let words = &text[pair[0] - at..pair[1] - at];
            self.piece(out, words, Span::new(pair[0], pair[1]), in_link);
        }
    }

    fn piece(&mut self, out: &mut String, words: &str, at: Span, in_link: bool) {
        let mut covering: Vec<usize> = (0..self.marks.len())
            .filter(|&i| self.marks[i].span.overlaps(at))
            .collect();
        covering.sort_by_key(|&i| (self.marks[i].span.start, Reverse(self.marks[i].span.end), i));
        let mut first = Vec::with_capacity(covering.len());
        for &i in &covering {
            let mark = &self.marks[i];
            let _ = write!(
                out,
                "<mark class=\"st-{}\" data-f=\"{}\"",
                mark.style.class, mark.id
            );
            let is_first = !self.opened[i];
            if is_first {
                self.opened[i] = true;
                let _ = write!(out, " id=\"{0}\" aria-describedby=\"{0}-pop\"", mark.id);
                if matches!(mark.what, What::Finding { .. }) {
                    out.push_str(" tabindex=\"0\"");
                }
                if mark.is_step() {
                    out.push_str(" data-step=\"\"");
                }
            }
            out.push('>');
            first.push(is_first);
        }
        out.push_str(&esc(words));
        for (&i, is_first) in covering.iter().zip(first).rev() {
            let mark = &self.marks[i];
            if at.end >= mark.span.end && !self.labelled[i] {
                self.labelled[i] = true;
                out.push_str(&mark.tag());
            }
            if is_first {
                out.push_str(&mark.popover(in_link));
            }
            out.push_str("</mark>");
        }
    }
}

/// The Markdown text as HTML, marked; with which marks were placed.
fn render_markdown(source: &str, marks: &[Mark]) -> (String, Vec<bool>) {
    let mut marker = Marker::new(marks);
    let mut events: Vec<Event> = Vec::new();
    // For each open link: whether its URL was dropped.
    let mut links: Vec<bool> = Vec::new();
    let mut in_html_block = false;
    for (event, span) in markdown::events(source) {
        let in_link = !links.is_empty();
        match event {
            Event::Text(text) => {
                let exact = source.get(span.start..span.end) == Some(text.as_ref());
                let mut html = String::new();
                marker.text(&mut html, &text, span.start, span.len(), exact, in_link);
                events.push(Event::InlineHtml(html.into()));
            }
            Event::Start(Tag::HtmlBlock) => {
                in_html_block = true;
                events.push(Event::Html("<pre class=\"raw\">".into()));
            }
            Event::End(TagEnd::HtmlBlock) => {
                in_html_block = false;
                events.push(Event::Html("</pre>\n".into()));
            }
            // Raw HTML is shown, never run.
            Event::Html(raw) | Event::InlineHtml(raw) => {
                let shown = esc(&raw);
                events.push(Event::InlineHtml(if in_html_block {
                    shown.into()
                } else {
                    format!("<code class=\"raw\">{shown}</code>").into()
                }));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let kept = link_type == LinkType::Email || allowed_url(&dest_url);
                links.push(!kept);
                events.push(if kept {
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })
                } else {
                    Event::InlineHtml(
                        "<span class=\"dropped\" title=\"link removed: not http(s), mailto or relative\">"
                            .into(),
                    )
                });
            }
            Event::End(TagEnd::Link) => {
                events.push(if links.pop() == Some(true) {
                    Event::InlineHtml("</span>".into())
                } else {
                    Event::End(TagEnd::Link)
                });
            }
            // Images are never loaded: their alt text stands in for them.
            Event::Start(Tag::Image { dest_url, .. }) => {
                events.push(Event::InlineHtml(CowStr::from(format!(
                    "<span class=\"image\" title=\"image not loaded: {}\">[image: ",
                    esc(&dest_url)
                ))));
            }
            Event::End(TagEnd::Image) => events.push(Event::InlineHtml("]</span>".into())),
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    (html, marker.opened)
}

/// Prose (plain text, HTML) as HTML, marked: a paragraph per block the
/// reader found (`blocks`, in order), a line break per line within one.
/// Text between blocks, should there be any, is set in paragraphs at its
/// blank lines.
fn render_prose(prose: &str, blocks: &[Span], marks: &[Mark]) -> (String, Vec<bool>) {
    let mut marker = Marker::new(marks);
    let mut html = String::new();
    let mut at = 0;
    for block in blocks {
        paragraphs(
            &mut html,
            &mut marker,
            prose,
            Span::new(at, block.start),
            true,
        );
        paragraphs(&mut html, &mut marker, prose, *block, false);
        at = block.end;
    }
    paragraphs(
        &mut html,
        &mut marker,
        prose,
        Span::new(at, prose.len()),
        true,
    );
    (html, marker.opened)
}

/// Writes `span` of `prose` as paragraphs of lines: one paragraph, or one
/// per run of lines between blank lines when `split`.
fn paragraphs(html: &mut String, marker: &mut Marker, prose: &str, span: Span, split: bool) {
    let mut open = false;
    let mut at = span.start;
    for line in prose[span.start..span.end].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if open && split {
                html.push_str("</p>\n");
                open = false;
            }
            continue;
        }
        html.push_str(if open { "<br>\n" } else { "<p>" });
        open = true;
        marker.text(html, content, start, content.len(), true, false);
    }
    if open {
        html.push_str("</p>\n");
    }
}

/// The page.
pub fn page(page: &Page) -> String {
    let report = page.report;
    let document = &report.document;
    let markdown = document.format() == Format::Markdown;
    let claim_of = |id: &str| {
        page.claims
            .and_then(|set| set.claims.iter().find(|c| c.id == id))
    };

    let mut located: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.span.is_some())
        .collect();
    located.sort_by_key(|f| f.span.map(|span| (span.start, Reverse(span.end))));
    let mut marks: Vec<Mark> = Vec::new();
    let mut in_prose: Vec<Span> = Vec::new();
    for finding in &located {
        let Some(span) = finding.span else { continue };
        let prose = document.prose_span(span);
        in_prose.push(prose);
        marks.push(Mark {
            span: if markdown { span } else { prose },
            id: format!("f{}", marks.len() + 1),
            style: style_of(finding),
            what: What::Finding {
                finding,
                claim: claim_of(&finding.claim),
                outdated: page.outdated.and_then(|o| o.get(&finding.claim)),
            },
        });
    }
    let findings_marked = marks.len();
    let mut covered = 0;
    for found in page.values {
        if found.span.start >= found.span.end {
            continue;
        }
        if in_prose.iter().any(|span| span.overlaps(found.span)) {
            covered += 1;
            continue;
        }
        marks.push(Mark {
            span: if markdown {
                document.source_span(found.span)
            } else {
                found.span
            },
            id: format!("u{}", marks.len() - findings_marked + 1),
            style: &UNCHECKED,
            what: What::Unchecked {
                found,
                words: &document.text()[found.span.start..found.span.end],
            },
        });
    }
    let unchecked = marks.len() - findings_marked;
    let (text, placed) = if markdown {
        render_markdown(document.source(), &marks)
    } else {
        let blocks: Vec<Span> = document
            .segmentation()
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.span)
            .collect();
        render_prose(document.text(), &blocks, &marks)
    };

    let style = stylesheet();
    let script = SCRIPT;
    let mut out = String::with_capacity(text.len() * 2 + style.len() + 16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src '{}'; script-src '{}'; img-src 'none'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"generator\" content=\"factlint {}\">\n\
         <title>factlint: {}</title>\n<style>{style}</style>\n</head>\n<body>\n",
        csp_hash(&style),
        csp_hash(script),
        env!("CARGO_PKG_VERSION"),
        esc(document.path()),
    );
    header(&mut out, page, &located, covered, unchecked);
    out.push_str("<main>\n");
    findings_list(&mut out, page, &located, &placed);
    let _ = write!(
        out,
        "<article id=\"text\" class=\"{}\">\n{text}</article>\n</main>\n<script>{script}</script>\n</body>\n</html>\n",
        if markdown { "markdown" } else { "prose" }
    );
    out
}

/// `sha256-…` of an inline script or style, for the page's policy.
fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn header(out: &mut String, page: &Page, located: &[&Finding], covered: usize, unchecked: usize) {
    let report = page.report;
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for finding in &report.findings {
        *counts.entry(style_of(finding).class).or_default() += 1;
    }
    counts.insert(UNCHECKED.class, unchecked);
    let _ = write!(
        out,
        "<header>\n<h1><span class=\"brand\">factlint</span> {}</h1>\n<p class=\"meta\">",
        esc(report.document.path())
    );
    if let Some(claims) = &report.claims {
        let _ = write!(out, "Claims: {} · ", esc(claims));
    }
    if let Some(published) = report.published {
        let _ = write!(out, "published {published} · ");
    }
    let _ = writeln!(
        out,
        "judged as of {} · {} findings in the text, {} claims it does not state</p>",
        page.as_of,
        located.len(),
        report.findings.len() - located.len()
    );
    out.push_str("<ul class=\"counts\" aria-label=\"Counts\">\n");
    for style in STYLES {
        let count = counts.get(style.class).copied().unwrap_or(0);
        if count > 0 {
            let _ = writeln!(
                out,
                "<li class=\"st-{}\"><span class=\"tag\">{} {}</span> <b>{count}</b></li>",
                style.class, style.icon, style.label
            );
        }
    }
    out.push_str("</ul>\n");
    let total = covered + unchecked;
    match (covered * 100 + total / 2).checked_div(total) {
        None => out.push_str("<p class=\"coverage\">factlint reads no values in this text.</p>\n"),
        Some(share) => {
            let _ = writeln!(
                out,
                "<p class=\"coverage\">Claims cover <b>{covered}</b> of the <b>{total}</b> values \
                 factlint reads in the text (<b>{share}%</b>); <b>{unchecked}</b> {} marked \
                 unchecked.</p>",
                if unchecked == 1 { "is" } else { "are" }
            );
        }
    }
    out.push_str(
        "<p class=\"keys\" id=\"keys\" hidden><kbd>j</kbd> / <kbd>k</kbd> (or <kbd>↓</kbd> / \
         <kbd>↑</kbd> on a mark): next / previous problem · <kbd>Tab</kbd>: every finding</p>\n\
         </header>\n",
    );
}

fn findings_list(out: &mut String, page: &Page, located: &[&Finding], placed: &[bool]) {
    let report = page.report;
    out.push_str("<aside id=\"findings\" aria-label=\"Findings\">\n<h2>Findings</h2>\n");
    if located.is_empty() {
        out.push_str("<p>The text states none of the claims.</p>\n");
    } else {
        out.push_str("<ol class=\"list\">\n");
        for (n, finding) in located.iter().enumerate() {
            let place = Place::of(&report.document, finding);
            let style = style_of(finding);
            let tag = esc(&tag_words(finding));
            let _ = write!(out, "<li class=\"st-{}\">", style.class);
            if placed.get(n).copied().unwrap_or(false) {
                let _ = write!(
                    out,
                    "<a href=\"#f{}\"><span class=\"tag\">{tag}</span> line {}</a>",
                    n + 1,
                    place.line
                );
            } else {
                let _ = write!(out, "<span class=\"tag\">{tag}</span> line {}", place.line);
            }
            let _ = writeln!(
                out,
                " <code>{}</code> {}</li>",
                esc(&finding.claim),
                esc(&finding.message)
            );
        }
        out.push_str("</ol>\n");
    }
    let claim_of = |id: &str| {
        page.claims
            .and_then(|set| set.claims.iter().position(|c| c.id == id))
            .map(|index| (index, &page.claims.expect("a claims file").claims[index]))
    };
    let mut missing: Vec<(&Finding, bool, usize)> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Missing)
        .map(|f| {
            let (index, required) = claim_of(&f.claim)
                .map_or((usize::MAX, false), |(index, claim)| {
                    (index, claim.required)
                });
            (f, required, index)
        })
        .collect();
    if !missing.is_empty() {
        missing.sort_by_key(|&(_, required, index)| (!required, index));
        out.push_str("<h2>Claims the text does not state</h2>\n<ul class=\"missing\">\n");
        for (finding, required, _) in missing {
            let style = style_of(finding);
            let _ = write!(out, "<li class=\"st-{}\">", style.class);
            if required {
                out.push_str("<span class=\"tag\">∅ required</span> ");
            }
            let _ = writeln!(
                out,
                "<code>{}</code> {}: {}</li>",
                esc(&finding.claim),
                esc(&finding.kind.to_string()),
                esc(&finding.expected)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</aside>\n");
}

/// The page's CSS: fixed rules, then a rule per style made from [`STYLES`].
fn stylesheet() -> String {
    let mut css = String::from(BASE_CSS);
    for style in STYLES {
        let _ = write!(
            css,
            "mark.st-{0}{{background:{1};color:{2};border-bottom:{3} {4}}}\
             .st-{0}>.tag,.st-{0}>a>.tag{{background:{4};color:{5}}}",
            style.class,
            style.background.css(),
            style.text.css(),
            style.line,
            style.tag_background.css(),
            style.tag_text.css(),
        );
    }
    css.push_str("@media print{");
    css.push_str(PRINT_CSS);
    for style in STYLES {
        let _ = write!(
            css,
            "mark.st-{}{{border-bottom:{} #000}}",
            style.class, style.line
        );
    }
    css.push('}');
    css
}

const BASE_CSS: &str = "\
:root{color-scheme:light}\
*{box-sizing:border-box}\
body{margin:0;font:17px/1.65 Georgia,'DejaVu Serif',serif;color:#111827;background:#fff}\
header,main{max-width:76rem;margin:0 auto;padding:.8rem 1.5rem}\
header{border-bottom:1px solid #d1d5db}\
h1{font:600 1.25rem/1.3 system-ui,'DejaVu Sans',sans-serif;margin:.3rem 0}\
h1 .brand{color:#374151;font-weight:400;margin-right:.4rem}\
h2{font:600 1rem/1.3 system-ui,'DejaVu Sans',sans-serif;margin:1rem 0 .4rem}\
.meta,.coverage,.keys,.counts{font:.9rem/1.5 system-ui,'DejaVu Sans',sans-serif;color:#374151;margin:.3rem 0}\
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}\
kbd{font:.8rem monospace;border:1px solid #6b7280;border-radius:3px;padding:0 .25em}\
main{display:grid;grid-template-columns:minmax(0,1fr) 24rem;gap:2rem;align-items:start}\
#text{grid-column:1;grid-row:1;max-width:44rem}\
#findings{grid-column:2;grid-row:1;position:sticky;top:0;max-height:100vh;overflow:auto;font:.85rem/1.45 system-ui,'DejaVu Sans',sans-serif}\
#findings ol,#findings ul{padding-left:2.2rem}\
#findings li{margin:.25rem 0}\
@media (max-width:62rem){main{display:block}#findings{position:static;max-height:none}}\
a{color:#1d4ed8}\
code{font:.85em monospace}\
.raw{color:#374151;background:#f3f4f6;white-space:pre-wrap}\
pre.raw{padding:.4rem;font:.8rem monospace}\
.image{font-style:italic;color:#374151}\
.dropped{text-decoration:underline dotted}\
mark{position:relative;padding:0 1px;border-radius:2px}\
mark[tabindex]{cursor:help}\
mark[tabindex]:focus{outline:3px solid #1d4ed8;outline-offset:1px}\
mark.hot,mark:target{outline:2px solid #111827}\
.tag{display:inline-block;font:600 .7rem/1.3 system-ui,'DejaVu Sans',sans-serif;padding:0 .3em;margin-left:.2em;border-radius:3px;vertical-align:.12em;white-space:nowrap}\
.pop{display:none;position:absolute;left:0;top:100%;z-index:10;margin-top:4px;width:max-content;max-width:min(26rem,90vw);padding:.5rem .7rem;background:#fff;color:#111827;border:1px solid #374151;border-radius:4px;box-shadow:0 4px 14px rgba(0,0,0,.25);font:.85rem/1.45 system-ui,'DejaVu Sans',sans-serif;text-align:left;white-space:normal;font-weight:400}\
mark:focus>.pop,mark:hover:not(:has(mark:hover))>.pop{display:block}\
.pop .row,.pop .pop-head{display:block}\
.pop .pop-head .tag{margin:0 .3rem 0 0}\
.pop .k{font-weight:600;margin-right:.3em}\
.pop .msg{display:block;margin-top:.3rem;color:#374151}\
";

const PRINT_CSS: &str = "\
body{font-size:11pt}\
header,main{max-width:none;padding:0}\
main{display:block}\
#findings{position:static;max-height:none;overflow:visible}\
#text{max-width:none}\
.pop,.keys{display:none!important}\
mark{background:none!important;color:#000!important;outline:none!important}\
.tag{background:#fff!important;color:#000!important;border:1px solid #000}\
a{color:#000}\
";

/// The page's only script: keys to step through problems, and the pieces
/// of one finding lit up together. The page works without it.
const SCRIPT: &str = r##"(function () {
  "use strict";
  var steps = Array.prototype.slice.call(document.querySelectorAll("mark[data-step]"));
  var keys = document.getElementById("keys");
  if (keys) { keys.hidden = false; }
  function show(mark) {
    mark.focus();
    mark.scrollIntoView({block: "center"});
  }
  function step(delta) {
    if (!steps.length) { return; }
    var at = steps.indexOf(document.activeElement);
    if (at < 0) { at = delta > 0 ? -1 : steps.length; }
    show(steps[(at + delta + steps.length) % steps.length]);
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) { return; }
    var active = document.activeElement;
    var onMark = active && active.matches && active.matches("mark[data-f], #findings a");
    var delta = 0;
    if (event.key === "j" || (onMark && event.key === "ArrowDown")) { delta = 1; }
    if (event.key === "k" || (onMark && event.key === "ArrowUp")) { delta = -1; }
    if (delta) { event.preventDefault(); step(delta); }
  });
  function light(id, on) {
    document.querySelectorAll('mark[data-f="' + id + '"]').forEach(function (piece) {
      piece.classList.toggle("hot", on);
    });
  }
  document.querySelectorAll("mark[data-f]").forEach(function (piece) {
    piece.addEventListener("mouseenter", function () { light(piece.dataset.f, true); });
    piece.addEventListener("mouseleave", function () { light(piece.dataset.f, false); });
  });
  document.querySelectorAll("#findings a[href^='#']").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var mark = document.getElementById(link.getAttribute("href").slice(1));
      if (mark && mark.tabIndex >= 0) {
        event.preventDefault();
        show(mark);
      }
    });
  });
})();
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_reads_at_wcag_aa_contrast() {
        const AA: f64 = 4.5;
        for style in STYLES {
            let text = style.text.contrast(style.background);
            assert!(text >= AA, "{}: text on its mark {text:.2}:1", style.class);
            let tag = style.tag_text.contrast(style.tag_background);
            assert!(tag >= AA, "{}: label {tag:.2}:1", style.class);
        }
        for (name, text, background) in [
            ("page", PAGE_TEXT, PAGE_BACKGROUND),
            ("muted", MUTED_TEXT, PAGE_BACKGROUND),
            ("link", LINK, PAGE_BACKGROUND),
        ] {
            let ratio = text.contrast(background);
            assert!(ratio >= AA, "{name}: {ratio:.2}:1");
        }
        // The formula itself: black on white is 21:1, a colour on itself 1:1.
        assert!((Rgb(0, 0, 0).contrast(WHITE) - 21.0).abs() < 1e-9);
        assert!((LINK.contrast(LINK) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn the_stylesheet_uses_the_tested_colours() {
        let css = stylesheet();
        for style in STYLES {
            let rule = format!(
                "mark.st-{}{{background:{};color:{};",
                style.class,
                style.background.css(),
                style.text.css()
            );
            assert!(css.contains(&rule), "{rule}");
            let tag = format!(
                ".st-{0}>.tag,.st-{0}>a>.tag{{background:{1};color:{2}}}",
                style.class,
                style.tag_background.css(),
                style.tag_text.css()
            );
            assert!(css.contains(&tag), "{tag}");
        }
        for fixed in [PAGE_TEXT, MUTED_TEXT, LINK] {
            assert!(css.contains(&fixed.css()), "{}", fixed.css());
        }
    }

    #[test]
    fn urls_are_kept_as_a_browser_reads_their_scheme() {
        #[track_caller]
        fn case(url: &str, kept: bool) {
            assert_eq!(allowed_url(url), kept, "{url:?}");
            // The url crate parses as browsers do: the same verdict.
            let reference = match url::Url::parse(url) {
                Ok(parsed) => matches!(parsed.scheme(), "http" | "https" | "mailto"),
                Err(url::ParseError::RelativeUrlWithoutBase) => true,
                Err(err) => panic!("{url:?} is no URL to compare: {err}"),
            };
            assert_eq!(kept, reference, "{url:?}: the url crate disagrees");
        }
        case("https://example.com/a?b#c", true);
        case("HTTP://example.com", true);
        case("mailto:desk@example.com", true);
        case("/relative/path", true);
        case("relative.html#part", true);
        case("#fragment", true);
        case("?query", true);
        case("//example.com/x", true);
        case("1st:thing", true);
        case("javascript:alert(1)", false);
        case("  JaVaScRiPt:alert(1)", false);
        case("java\tscript:alert(1)", false);
        case("java\nscript:alert(1)", false);
        case("\u{1}javascript:alert(1)", false);
        case("data:text/html,<script>x</script>", false);
        case("vbscript:x", false);
        case("file:///etc/passwd", false);
        case("c:\\windows", false);
        case("a+b.c-d:x", false);
        assert!(web_url("https://example.com"));
        assert!(!web_url("mailto:x@example.com"));
        assert!(!web_url("javascript:alert(1)"));
        assert!(!web_url("Desk notes, 2025"));
    }

    #[test]
    fn a_mark_across_inline_elements_is_one_mark_per_element() {
        let source = "Paid **$550** million to them.\n";
        let start = source.find('$').unwrap();
        let end = source.find(" to").unwrap();
        let finding = Finding {
            claim: "deal".into(),
            kind: crate::extract::Kind::Money,
            status: Status::Mismatch,
            severity: crate::claims::Severity::Error,
            reason: None,
            expected: "$500 million".into(),
            found: Some("$550 million".into()),
            replacement: Some("$500 million".into()),
            span: Some(Span::new(start, end)),
            stale_since: None,
            message: "money differs".into(),
            suppressed: false,
            source: None,
            nearest: None,
        };
        let marks = [Mark {
            span: Span::new(start, end),
            id: "f1".into(),
            style: &MISMATCH,
            what: What::Finding {
                finding: &finding,
                claim: None,
                outdated: None,
            },
        }];
        let (html, placed) = render_markdown(source, &marks);
        assert_eq!(placed, [true]);
        assert_eq!(html.matches("<mark ").count(), 2, "{html}");
        assert_eq!(html.matches("data-f=\"f1\"").count(), 2, "{html}");
        assert_eq!(html.matches("id=\"f1\"").count(), 1, "{html}");
        assert!(html.contains("<strong><mark class=\"st-mismatch\" data-f=\"f1\" id=\"f1\""));
        // The label closes the last piece, the popover the first.
        let last = html.rfind("<mark").unwrap();
        assert!(
            html[last..].contains("✗ mismatch</span></mark> to them."),
            "{html}"
        );
        assert!(html[..last].contains("id=\"f1-pop\""), "{html}");
    }

    #[test]
    fn raw_html_links_and_images_are_shown_never_run() {
        let source = "Hi <img src=x onerror=alert(1)> [a](javascript:alert(1)) \
                      [b](https://example.com) ![pic](http://example.com/p.png)\n\n\
                      <script>alert(2)</script>\n";
        let (html, _) = render_markdown(source, &[]);
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(
            html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"https://example.com\">b</a>"),
            "{html}"
        );
        assert!(html.contains("[image: pic]"), "{html}");
    }

    #[test]
    fn prose_is_a_paragraph_per_block() {
        let prose = "One line\nnext <b>\n\n\nTwo\nThree\n";
        let at = |words: &str| prose.find(words).unwrap();
        let blocks = [
            Span::new(0, at("\n\n\n")),
            Span::new(at("Two"), at("\nThree")),
            Span::new(at("Three"), prose.len() - 1),
        ];
        let (html, _) = render_prose(prose, &blocks, &[]);
        assert_eq!(
            html,
            "<p>One line<br>\nnext &lt;b&gt;</p>\n<p>Two</p>\n<p>Three</p>\n"
        );
        // Text outside any block is kept, in paragraphs at its blank lines.
        let (html, _) = render_prose(prose, &blocks[1..], &[]);
        assert!(
            html.starts_with("<p>One line<br>\nnext &lt;b&gt;</p>\n<p>Two</p>"),
            "{html}"
        );
    }
}
