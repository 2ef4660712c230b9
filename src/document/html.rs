//! The HTML reader (`.html`, `.htm`, `.xhtml`): html5gum's WHATWG
//! tokenizer, whose tokens carry their byte spans.
//!
//! Read: the text of the body (the whole document when it has no `<body>`
//! tag), outside `head`, `script`, `style`, `code`, `template`, `noscript`,
//! `svg` and `math`. Block elements (paragraphs, headings, list items,
//! quotes, captions, cells) end a block; headings are one sentence; a table
//! row is one sentence whose cells are clauses under their column's header,
//! as in Markdown. Comments are not read, but scanned for factlint's own.
//!
//! The tokenizer hands over text with its character references decoded and
//! its CRLFs made LF, so each text token is aligned with its source bytes
//! character by character: runs written as read are exact, and a decoded
//! reference stands for the bytes of its `&…;`. Whitespace inside a block
//! (line breaks included) reads as spaces.

use super::markdown::Read;
use super::prose::ProseBuilder;
use super::segment::{self, Block};
use crate::extract::Span;
use html5gum::emitters::default::DefaultEmitter;
use html5gum::{Token, Tokenizer};

/// Elements whose text is never prose.
const SKIPPED: &[&str] = &[
    "code", "head", "math", "noscript", "script", "style", "svg", "template", "textarea",
];

/// Elements that start and end a block of prose.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "title",
    "ul",
];

struct Reader<'s> {
    source: &'s str,
    prose: ProseBuilder,
    blocks: Vec<Block>,
    /// Where the open block starts in the prose, and whether it is one
    /// sentence.
    open: Option<(usize, bool)>,
    /// Open skipped elements, innermost last.
    skipping: Vec<String>,
    heading: bool,
    /// Table state, as in the Markdown reader.
    headers: Vec<(String, Span)>,
    row_headers: Vec<(String, Span)>,
    cell: usize,
    cell_start: usize,
    cell_is_header: bool,
    row_all_headers: bool,
    in_row: bool,
}

pub(crate) fn read(source: &str) -> Read {
    let has_body = has_tag(source, "body");
    let mut reader = Reader {
        source,
        prose: ProseBuilder::new(),
        blocks: Vec::new(),
        open: None,
        skipping: Vec::new(),
        heading: false,
        headers: Vec::new(),
        row_headers: Vec::new(),
        cell: 0,
        cell_start: 0,
        cell_is_header: false,
        row_all_headers: true,
        in_row: false,
    };
    let mut in_body = !has_body;
    let mut comments = Vec::new();
    let tokens = Tokenizer::new_with_emitter(source, DefaultEmitter::<usize>::new_with_span());
    for token in tokens {
        // Reading a string cannot fail.
        let Ok(token) = token;
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let span = Span::new(tag.span.start, tag.span.end);
                if name == "body" {
                    in_body = true;
                }
                if in_body {
                    reader.start(&name, span, tag.self_closing);
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let span = Span::new(tag.span.start, tag.span.end);
                if in_body {
                    reader.end(&name, span);
                }
                if name == "body" {
                    in_body = false;
                }
            }
            Token::String(text) => {
                if in_body && reader.skipping.is_empty() {
                    let span = Span::new(text.span.start, text.span.end);
                    reader.text(&String::from_utf8_lossy(&text.value), span);
                }
            }
            Token::Comment(comment) => {
                let span = Span::new(comment.span.start, comment.span.end);
                comments.push((span, String::from_utf8_lossy(&comment.value).into_owned()));
            }
            Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    reader.close(source.len());
    Read {
        prose: reader.prose,
        blocks: reader.blocks,
        comments,
    }
}

/// Whether the text has a `<name` start tag (a quick look, so that a
/// fragment without `<body>` is read whole).
fn has_tag(source: &str, name: &str) -> bool {
    let lower = source.to_ascii_lowercase();
    let open = format!("<{name}");
    lower.match_indices(&open).any(|(at, _)| {
        lower[at + open.len()..]
            .chars()
            .next()
            .is_some_and(|c| c == '>' || c.is_ascii_whitespace() || c == '/')
    })
}

impl Reader<'_> {
    fn start(&mut self, name: &str, span: Span, self_closing: bool) {
        if SKIPPED.contains(&name) {
            if !self_closing {
                self.skipping.push(name.to_string());
            }
            return;
        }
        if !self.skipping.is_empty() {
            return;
        }
        match name {
            "br" | "wbr" if self.open.is_some() => self.prose.stands_for(" ", span),
            "tr" => {
                self.close(span.start);
                self.in_row = true;
                self.cell = 0;
                self.row_all_headers = true;
                self.row_headers.clear();
                self.open = Some((self.prose.text().len(), true));
            }
            "td" | "th" => {
                if !self.in_row {
                    self.close(span.start);
                    self.open = Some((self.prose.text().len(), false));
                } else if self.cell > 0 {
                    self.prose
                        .stands_for("; ", Span::new(span.start, span.start));
                }
                self.cell_is_header = name == "th";
                self.row_all_headers &= self.cell_is_header;
                if self.in_row && !self.cell_is_header {
                    if let Some((header, at)) = self.headers.get(self.cell) {
                        if !header.is_empty() {
                            self.prose.stands_for(&format!("{header}: "), *at);
                        }
                    }
                }
                self.cell_start = self.prose.text().len();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close(span.start);
                self.heading = true;
            }
            _ if BLOCKS.contains(&name) => self.close(span.start),
            _ => {}
        }
    }

    fn end(&mut self, name: &str, span: Span) {
        if SKIPPED.contains(&name) {
            if let Some(at) = self.skipping.iter().rposition(|open| open == name) {
                self.skipping.truncate(at);
            }
            return;
        }
        if !self.skipping.is_empty() {
            return;
        }
        match name {
            "td" | "th" => {
                if self.in_row {
                    let text = self.prose.text()[self.cell_start..].trim().to_string();
                    self.row_headers.push((text, span));
                    self.cell += 1;
                } else {
                    self.close(span.end);
                }
            }
            "tr" => {
                if self.row_all_headers && self.cell > 0 {
                    self.headers = std::mem::take(&mut self.row_headers);
                }
                self.in_row = false;
                self.close(span.end);
            }
            "table" => {
                self.headers.clear();
                self.close(span.end);
            }
            _ if BLOCKS.contains(&name) => {
                self.close(span.end);
                self.heading = false;
            }
            _ => {}
        }
    }

    fn text(&mut self, decoded: &str, span: Span) {
        if self.open.is_none() {
            if decoded.trim().is_empty() {
                return;
            }
            self.open = Some((self.prose.text().len(), std::mem::take(&mut self.heading)));
        }
        for (piece, source, exact) in align(decoded, &self.source[span.start..span.end]) {
            let flat: String = piece
                .chars()
                .map(|c| if c.is_whitespace() { ' ' } else { c })
                .collect();
            // Whitespace made spaces keeps its length only when it was one
            // byte; other whitespace (U+00A0) keeps its own bytes.
            let flat = if flat.len() == piece.len() {
                flat
            } else {
                piece.to_string()
            };
            let at = Span::new(span.start + source.start, span.start + source.end);
            if exact {
                self.prose.exact(&flat, at.start);
            } else {
                self.prose.stands_for(&flat, at);
            }
        }
    }

    fn close(&mut self, at: usize) {
        let Some((start, heading)) = self.open.take() else {
            return;
        };
        self.prose.trim_end_spaces();
        let text = self.prose.text();
        if let Some(span) = segment::trim_span(text, Span::new(start, text.len())) {
            self.blocks.push(Block { span, heading });
        }
        self.prose.end_block(at);
    }
}

/// Cuts `decoded` into pieces, each with the bytes of `raw` it was read
/// from and whether it was read one for one: runs written as read are
/// exact; a character reference, a CRLF read as LF, a NUL read as U+FFFD
/// stand for their source bytes.
fn align<'d>(decoded: &'d str, raw: &str) -> Vec<(&'d str, Span, bool)> {
    let mut pieces = Vec::new();
    let (mut d, mut r) = (0, 0);
    while d < decoded.len() && r < raw.len() {
        // The run up to the next byte that the tokenizer may have changed.
        let run = raw[r..]
            .find(['&', '\r', '\0'])
            .map_or(raw.len() - r, |i| i);
        if run > 0 {
            let len = common_prefix(&decoded[d..], &raw[r..r + run]);
            if len == 0 {
                break;
            }
            pieces.push((&decoded[d..d + len], Span::new(r, r + len), true));
            d += len;
            r += len;
            continue;
        }
        let (raw_len, decoded_len) = changed(&decoded[d..], &raw[r..]);
        pieces.push((
            &decoded[d..d + decoded_len],
            Span::new(r, r + raw_len),
            false,
        ));
        d += decoded_len;
        r += raw_len;
    }
    if d < decoded.len() {
        // Whatever did not align stands for the rest of the source.
        pieces.push((&decoded[d..], Span::new(r.min(raw.len()), raw.len()), false));
    }
    pieces
}

/// The length in bytes of the common prefix of two strings, on a char
/// boundary of both.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or_else(|| a.len().min(b.len()), |((i, _), _)| i)
}

/// At a byte the tokenizer may have changed (`&`, CR, NUL): how many bytes
/// of `raw` and of `decoded` belong together. A reference is tried from its
/// longest reading down (`&notit;` reads as "¬it;"), and the reading after
/// which the rest of both texts agree again wins; a bare `&` is itself.
fn changed(decoded: &str, raw: &str) -> (usize, usize) {
    let first = decoded.chars().next().map_or(0, char::len_utf8);
    match raw.as_bytes()[0] {
        b'\r' => {
            let raw_len = if raw[1..].starts_with('\n') { 2 } else { 1 };
            return (raw_len, first);
        }
        b'\0' => return (1, first),
        _ => {}
    }
    // `&` then a name or number, then maybe `;`.
    let body = raw[1..]
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '#'))
        .map_or(raw.len() - 1, |(i, _)| i);
    let semicolon = raw[1 + body..].starts_with(';');
    let mut candidates: Vec<usize> = Vec::new();
    if semicolon {
        candidates.push(body + 2);
    }
    candidates.extend((2..=body + 1).rev());
    // A reference reads as one character, rarely two (`&NotEqualTilde;`).
    let decoded_lens: Vec<usize> = decoded
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain(std::iter::once(decoded.len()))
        .take(2)
        .collect();
    for decoded_len in decoded_lens {
        for &raw_len in &candidates {
            if agree(&decoded[decoded_len..], &raw[raw_len..]) {
                return (raw_len, decoded_len);
            }
        }
    }
    // A bare ampersand.
    (1, first)
}

/// Whether two rests read the same up to the next byte the tokenizer may
/// have changed.
fn agree(decoded: &str, raw: &str) -> bool {
    let run = raw.find(['&', '\r', '\0']).unwrap_or(raw.len());
    decoded.len() >= run && decoded.as_bytes()[..run] == raw.as_bytes()[..run]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_blocks(source: &str) -> Vec<String> {
        let read = read(source);
        let text = read.prose.text().to_string();
        read.blocks
            .iter()
            .map(|b| text[b.span.start..b.span.end].to_string())
            .collect()
    }

    #[test]
    fn the_body_is_read_without_scripts_styles_and_code() {
        let source = "<!DOCTYPE html><html><head><title>$1 title</title><style>p{}</style></head>\
                      <body><h1>The $2 deal</h1><p>Paid <code>$3</code> and\n$4 million.</p>\
                      <script>var x = \"$5\";</script><!-- $6 --><ul><li>One $7</li><li>Two</li></ul></body></html>";
        assert_eq!(
            read_blocks(source),
            ["The $2 deal", "Paid  and $4 million.", "One $7", "Two"]
        );
        assert!(read(source).blocks[0].heading);
    }

    #[test]
    fn a_fragment_without_body_is_read_whole() {
        assert_eq!(read_blocks("<p>One.</p><p>Two.</p>"), ["One.", "Two."]);
        assert_eq!(read_blocks("Just text."), ["Just text."]);
    }

    #[test]
    fn entities_map_back_to_their_source() {
        let source = "<p>AT&amp;T paid &#36;5 and\r\n more &copy 2024 &notit; x&nbsp;y</p>";
        let read = read(source);
        let (text, map) = read.prose.finish();
        assert_eq!(
            text.trim_end(),
            "AT&T paid $5 and  more © 2024 ¬it; x\u{a0}y"
        );
        let whole = |needle: &str| {
            let at = text.find(needle).unwrap();
            let span = map.to_source(Span::new(at, at + needle.len()));
            &source[span.start..span.end]
        };
        assert_eq!(whole("AT&T"), "AT&amp;T");
        assert_eq!(whole("$5"), "&#36;5");
        assert_eq!(whole("©"), "&copy");
        assert_eq!(whole("¬"), "&not");
        assert_eq!(whole("it;"), "it;");
        assert_eq!(whole("2024"), "2024");
        assert_eq!(whole("x\u{a0}y"), "x&nbsp;y");
        let paid = text.find("paid").unwrap();
        assert!(map.is_verbatim(map.to_source(Span::new(paid, paid + 4))));
        assert!(!map.is_verbatim(map.to_source(Span::new(0, 4))));
    }

    #[test]
    fn table_rows_read_under_their_headers() {
        let source = "<table><thead><tr><th>Company</th><th>Deal</th></tr></thead>\
                      <tbody><tr><td>Acme</td><td>$500 million</td></tr></tbody></table>";
        assert_eq!(
            read_blocks(source),
            ["Company; Deal", "Company: Acme; Deal: $500 million"]
        );
    }

    #[test]
    fn comments_are_collected() {
        let read = read("<p>A</p><!-- factlint-disable-next-line x -->\n<p>B</p>");
        assert_eq!(read.comments.len(), 1);
        assert_eq!(read.comments[0].1.trim(), "factlint-disable-next-line x");
        assert_eq!(read.comments[0].0, Span::new(8, 45));
    }

    #[test]
    fn alignment_covers_odd_references() {
        #[track_caller]
        fn case(decoded: &str, raw: &str, expected: &[(&str, &str, bool)]) {
            let got: Vec<(&str, &str, bool)> = align(decoded, raw)
                .into_iter()
                .map(|(d, s, e)| (d, &raw[s.start..s.end], e))
                .collect();
            assert_eq!(got, expected, "{raw:?}");
        }
        case(
            "a & b",
            "a & b",
            &[("a ", "a ", true), ("&", "&", false), (" b", " b", true)],
        );
        case("&&", "&amp;&", &[("&", "&amp;", false), ("&", "&", false)]);
        case(
            "a\nb",
            "a\r\nb",
            &[("a", "a", true), ("\n", "\r\n", false), ("b", "b", true)],
        );
        case(
            "x\u{fffd}",
            "x\0",
            &[("x", "x", true), ("\u{fffd}", "\0", false)],
        );
    }
}
