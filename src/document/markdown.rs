//! The Markdown reader: CommonMark (with GitHub's tables, strikethrough,
//! task lists and footnotes) parsed by pulldown-cmark, whose events carry
//! their source offsets.
//!
//! Read: paragraphs, headings, list items, block quotes, footnotes, link
//! text, image alt text and table cells. Not read: front matter, fenced and
//! indented code, inline code, HTML blocks and inline HTML (comments
//! included, which are scanned for factlint's own), link and image
//! destinations, autolinks. A line break inside a paragraph is a space, so
//! a hard-wrapped sentence reads (and shows) as one line — unless the line
//! reads as complete news copy that puts each paragraph or caption on its
//! own line: then, as in plain text, the break ends a block (see
//! [`super::segment`] for the rule; a text wrapped throughout joins every
//! line).
//!
//! A table row is one sentence; its cells are clauses set apart by "; ", so
//! no value spans two cells, and each body cell is preceded by its column's
//! header ("Deal: $500 million"), which makes the header an anchor for the
//! cells below it. The repeated header stands for the header cell in the
//! file, never for the body cell, so it is never edited.

use super::prose::ProseBuilder;
use super::segment::{self, Block};
use super::suppress;
use crate::extract::Span;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// What a reader hands the document: prose with its map, the blocks to cut
/// into sentences, and the file's comments.
pub(crate) struct Read {
    pub prose: ProseBuilder,
    pub blocks: Vec<Block>,
    pub comments: Vec<(Span, String)>,
}

/// An open block: where it starts in the prose, and whether it is one
/// sentence whatever its punctuation.
struct Open {
    start: usize,
    heading: bool,
}

struct Reader<'s> {
    source: &'s str,
    prose: ProseBuilder,
    blocks: Vec<Block>,
    open: Option<Open>,
    /// Inside code, an autolink or other unread content: how deep.
    skip: usize,
    /// The next block opened is a heading.
    heading: bool,
    /// Table state: the header cells (prose text, file span), the cell in
    /// this row, and whether the row is the header.
    headers: Vec<(String, Span)>,
    cell: usize,
    in_head: bool,
    cell_start: usize,
    html: Vec<Span>,
    /// Prose offsets of the soft breaks in the open block.
    soft_breaks: Vec<usize>,
    /// The whole text is hard-wrapped: every soft break joins.
    wrapped: bool,
}

/// The parser's events over the body of `source` (after its front matter),
/// each with the file bytes it stands for: what this reader reads, and what
/// `annotate` renders, so that its marks fall where the reader's offsets
/// put them.
pub(crate) fn events(source: &str) -> impl Iterator<Item = (Event<'_>, Span)> {
    let body = segment::body_start(source);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    Parser::new_ext(&source[body..], options)
        .into_offset_iter()
        .map(move |(event, range)| (event, Span::new(body + range.start, body + range.end)))
}

pub(crate) fn read(source: &str) -> Read {
    let body = segment::body_start(source);
    let mut reader = Reader {
        source,
        prose: ProseBuilder::new(),
        blocks: Vec::new(),
        open: None,
        skip: 0,
        heading: false,
        headers: Vec::new(),
        cell: 0,
        in_head: false,
        cell_start: 0,
        html: Vec::new(),
        soft_breaks: Vec::new(),
        wrapped: segment::is_wrapped_text(source, body),
    };
    for (event, span) in events(source) {
        reader.event(event, span);
    }
    reader.close(source.len());
    let mut comments = Vec::new();
    for region in merge(reader.html) {
        comments.extend(suppress::html_comments(source, region));
    }
    Read {
        prose: reader.prose,
        blocks: reader.blocks,
        comments,
    }
}

/// Adjacent or overlapping regions as one, so a comment written over
/// several lines of an HTML block is found whole.
fn merge(mut regions: Vec<Span>) -> Vec<Span> {
    regions.sort_by_key(|r| r.start);
    let mut merged: Vec<Span> = Vec::new();
    for region in regions {
        match merged.last_mut() {
            Some(last) if region.start <= last.end => last.end = last.end.max(region.end),
            _ => merged.push(region),
        }
    }
    merged
}

impl Reader<'_> {
    fn event(&mut self, event: Event<'_>, span: Span) {
        match event {
            Event::Start(tag) => self.start(tag, span),
            Event::End(tag) => self.end(tag, span),
            Event::Text(text) => {
                if self.skip == 0 {
                    self.inline_text(&text, span);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if self.skip == 0 && self.open.is_some() {
                    if matches!(event, Event::SoftBreak) {
                        self.soft_breaks.push(self.prose.text().len());
                    }
                    self.prose.stands_for(" ", span);
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => self.html.push(span),
            // Not prose: inline code, math, footnote marks, task boxes, rules.
            Event::Code(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {}
            Event::Rule => self.close(span.start),
        }
    }

    fn start(&mut self, tag: Tag<'_>, span: Span) {
        match tag {
            Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock => {
                self.close(span.start);
                self.skip += 1;
            }
            Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            } => {
                self.skip += 1;
            }
            Tag::Heading { .. } => {
                self.close(span.start);
                self.heading = true;
            }
            Tag::TableHead | Tag::TableRow => {
                self.close(span.start);
                self.in_head = matches!(tag, Tag::TableHead);
                if self.in_head {
                    self.headers.clear();
                }
                self.cell = 0;
                self.open = Some(Open {
                    start: self.prose.text().len(),
                    heading: true,
                });
            }
            Tag::TableCell => {
                if self.cell > 0 {
                    self.prose
                        .stands_for("; ", Span::new(span.start, span.start));
                }
                if !self.in_head {
                    if let Some((header, at)) = self.headers.get(self.cell) {
                        if !header.is_empty() {
                            let header = format!("{header}: ");
                            self.prose.stands_for(&header, *at);
                        }
                    }
                }
                self.cell_start = self.prose.text().len();
            }
            Tag::Paragraph
            | Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::Item
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Table(_) => self.close(span.start),
            // Inline containers: their text is read in place.
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. } => {}
        }
    }

    fn end(&mut self, tag: TagEnd, span: Span) {
        match tag {
            TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock => {
                self.skip = self.skip.saturating_sub(1);
            }
            TagEnd::Link if self.skip > 0 && self.open_link_skipped(span) => {
                self.skip -= 1;
            }
            TagEnd::TableCell => {
                if self.in_head {
                    let text = self.prose.text()[self.cell_start..].trim().to_string();
                    self.headers.push((text, span));
                }
                self.cell += 1;
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                self.close(span.end);
                self.in_head = false;
            }
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image => {}
            _ => {
                self.close(span.end);
                self.heading = false;
            }
        }
    }

    /// Whether the link ending at `span` is an autolink (whose text was
    /// skipped): its source is `<…>`.
    fn open_link_skipped(&self, span: Span) -> bool {
        self.source[span.start..span.end].starts_with('<')
    }

    fn inline_text(&mut self, text: &str, span: Span) {
        if self.open.is_none() {
            self.open = Some(Open {
                start: self.prose.text().len(),
                heading: std::mem::take(&mut self.heading),
            });
        }
        if &self.source[span.start..span.end] == text {
            // Text as written; a line break inside it (a code span's
            // neighbour, a table cell) reads as a space.
            let flat: String = text
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                .collect();
            self.prose.exact(&flat, span.start);
        } else {
            // An entity or an escape: the decoded text stands for its source.
            self.prose.stands_for(text, span);
        }
    }

    /// Ends the open block at file byte `at`.
    fn close(&mut self, at: usize) {
        let breaks = std::mem::take(&mut self.soft_breaks);
        let Some(open) = self.open.take() else {
            return;
        };
        self.prose.trim_end_spaces();
        let text = self.prose.text();
        let mut start = open.start;
        for at in breaks.into_iter().filter(|&b| b < text.len()) {
            let ends_line = !open.heading
                && !self.wrapped
                && !segment::is_hard_wrapped(text[start..at].trim_end(), &text[at + 1..]);
            if ends_line {
                self.blocks
                    .extend(
                        segment::trim_span(text, Span::new(start, at)).map(|span| Block {
                            span,
                            heading: false,
                        }),
                    );
                start = at + 1;
            }
        }
        if let Some(span) = segment::trim_span(text, Span::new(start, text.len())) {
            self.blocks.push(Block {
                span,
                heading: open.heading,
            });
        }
        self.prose.end_block(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(source: &str) -> String {
        let read = read(source);
        read.prose.text().to_string()
    }

    fn blocks(source: &str) -> Vec<String> {
        let read = read(source);
        let text = read.prose.text().to_string();
        read.blocks
            .iter()
            .map(|b| text[b.span.start..b.span.end].to_string())
            .collect()
    }

    #[test]
    fn only_prose_is_read() {
        let source = "---\ntitle: $9 billion\n---\n# The $1 deal\n\nPaid `$25 billion` to [Acme $2](http://x/$3 \"$4\") \
                      and ![a $5 photo](p-$6.png).\n\n```\n$7 million\n```\n\n    $8 indented\n\n\
                      <div>$10 in HTML</div>\n\n<!-- $11 in a comment -->\n\nSee <http://x.com/$12>.\n";
        let text = prose(source);
        for gone in [
            "$9", "$25", "$3", "$4", "$6", "$7", "$8", "$10", "$11", "$12",
        ] {
            assert!(!text.contains(gone), "{gone} read in {text:?}");
        }
        for read in ["$1", "$2", "$5"] {
            assert!(text.contains(read), "{read} not read in {text:?}");
        }
        assert_eq!(
            blocks(source),
            ["The $1 deal", "Paid  to Acme $2 and a $5 photo.", "See ."]
        );
    }

    #[test]
    fn wrapped_lines_read_as_spaces_and_map_back() {
        let source = "The fund paid\n$550 million to\r\nU.S. Strategic Metals.\n";
        let read = read(source);
        let (text, map) = read.prose.finish();
        assert_eq!(
            text,
            "The fund paid $550 million to U.S. Strategic Metals.\n\n"
        );
        let at = text.find("$550").unwrap();
        let span = map.to_source(Span::new(at, at + "$550 million".len()));
        assert_eq!(&source[span.start..span.end], "$550 million");
        let us = text.find("U.S.").unwrap();
        assert_eq!(map.start(us), source.find("U.S.").unwrap());
    }

    #[test]
    fn a_line_of_news_copy_ends_its_block_unless_the_text_is_wrapped() {
        // One paragraph a line, no blank lines: each complete line is a block.
        assert_eq!(
            blocks("A caption without a period\nPhoto: AFP\nThe talks went on and\nended.\n"),
            [
                "A caption without a period",
                "Photo: AFP",
                "The talks went on and ended."
            ]
        );
        // Paragraphs set apart by blank lines and short lines: wrapped.
        assert_eq!(
            blocks("A caption without a period\nPhoto: AFP\n\nNext one\nhere.\n"),
            ["A caption without a period Photo: AFP", "Next one here."]
        );
    }

    #[test]
    fn markup_inside_a_value_is_not_verbatim() {
        let source = "A **$550** million deal and AT&amp;T.\n";
        let read = read(source);
        let (text, map) = read.prose.finish();
        assert!(
            text.starts_with("A $550 million deal and AT&T."),
            "{text:?}"
        );
        let value = map.to_source(Span::new(2, 14));
        assert_eq!(&source[value.start..value.end], "$550** million");
        assert!(!map.is_verbatim(value));
        let deal = text.find("deal").unwrap();
        assert!(map.is_verbatim(map.to_source(Span::new(deal, deal + 4))));
        let amp = text.find('&').unwrap();
        assert_eq!(map.to_source(Span::new(amp, amp + 1)).len(), "&amp;".len());
    }

    #[test]
    fn table_rows_are_sentences_of_cells_under_their_headers() {
        let source =
            "| Company | Deal |\n|---|---|\n| U.S. Strategic Metals | $500 |\n| Acme | million |\n";
        assert_eq!(
            blocks(source),
            [
                "Company; Deal",
                "Company: U.S. Strategic Metals; Deal: $500",
                "Company: Acme; Deal: million"
            ]
        );
        let read = read(source);
        assert!(read.blocks.iter().all(|b| b.heading));
        // The repeated header stands for the header cell.
        let (text, map) = read.prose.finish();
        let copy = text.find("Deal: $500").unwrap();
        let header = map.to_source(Span::new(copy, copy + 4));
        assert_eq!(source[header.start..header.end].trim(), "Deal");
    }

    #[test]
    fn lists_quotes_and_headings_are_blocks() {
        assert_eq!(
            blocks("Intro:\n\n- first item\n- second\n  wrapped\n\n> quoted. Two.\n\n## Head ##\n"),
            [
                "Intro:",
                "first item",
                "second wrapped",
                "quoted. Two.",
                "Head"
            ]
        );
        let read = read("# Title. Still title\n\nBody.\n");
        assert_eq!(
            read.blocks.iter().map(|b| b.heading).collect::<Vec<_>>(),
            [true, false]
        );
    }

    #[test]
    fn comments_are_collected_from_html_blocks_and_inline_html() {
        let source = "<!-- factlint-disable\n  deal -->\n\nText <!-- factlint-enable --> here.\n";
        let read = read(source);
        let words: Vec<&str> = read.comments.iter().map(|(_, w)| w.trim()).collect();
        assert_eq!(words, ["factlint-disable\n  deal", "factlint-enable"]);
        let (span, _) = &read.comments[1];
        assert_eq!(&source[span.start..span.end], "<!-- factlint-enable -->");
    }
}
