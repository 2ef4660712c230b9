//! Prose: the words of a text that factlint reads, and where each of them
//! stands in the file.
//!
//! A reader turns a file into prose: Markdown without its markup, code and
//! link targets; HTML without its tags and with its entities decoded; plain
//! text with its line breaks inside a sentence read as spaces. The checker
//! only ever sees prose, and every place it reports is mapped back to the
//! file's own bytes through the [`OffsetMap`] the reader builds alongside.
//!
//! The map is a list of pieces in prose order. A piece is either *exact*
//! (its prose bytes stand one for one at its source bytes, as a copied run
//! of words does) or *inexact* (a decoded entity, an escaped character, a
//! separator the reader put between blocks or cells, a table header
//! repeated before its cells): all of it stands for its whole source range.
//! Only text that lies in one run of exact pieces, contiguous in the file as
//! in the prose, may be edited in place.

use crate::extract::Span;

/// Builds prose and its map, piece by piece.
#[derive(Debug, Default)]
pub(crate) struct ProseBuilder {
    text: String,
    pieces: Vec<Piece>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    /// Where the piece starts in the prose.
    prose: usize,
    /// Its length in the prose.
    len: usize,
    /// What it stands for in the file.
    source: Span,
    exact: bool,
}

impl ProseBuilder {
    pub fn new() -> ProseBuilder {
        ProseBuilder::default()
    }

    /// A builder whose prose so far is `text`, standing byte for byte at
    /// the file's start: [`ProseBuilder::exact`] without a copy, for a
    /// plain text that is its own prose and may be hundreds of megabytes.
    pub fn of_exact(text: String) -> ProseBuilder {
        let mut prose = ProseBuilder::new();
        if !text.is_empty() {
            prose.pieces.push(Piece {
                prose: 0,
                len: text.len(),
                source: Span::new(0, text.len()),
                exact: true,
            });
            prose.text = text;
        }
        prose
    }

    /// The prose so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Appends `text`, which stands byte for byte at `source_start`
    /// (whitespace may differ, lengths may not).
    pub fn exact(&mut self, text: &str, source_start: usize) {
        if text.is_empty() {
            return;
        }
        let source = Span::new(source_start, source_start + text.len());
        if let Some(last) = self.pieces.last_mut() {
            // Runs that continue each other in both texts make one piece.
            if last.exact
                && last.prose + last.len == self.text.len()
                && last.source.end == source.start
            {
                last.len += text.len();
                last.source.end = source.end;
                self.text.push_str(text);
                return;
            }
        }
        self.push(text, source, true);
    }

    /// Appends `text`, which stands for the whole of `source` (a decoded
    /// entity, a separator, a repeated header).
    pub fn stands_for(&mut self, text: &str, source: Span) {
        if text.is_empty() {
            return;
        }
        self.push(text, source, false);
    }

    fn push(&mut self, text: &str, source: Span, exact: bool) {
        self.pieces.push(Piece {
            prose: self.text.len(),
            len: text.len(),
            source,
            exact,
        });
        self.text.push_str(text);
    }

    /// Ends the current block: a blank line, unless the prose is empty or
    /// already ends with one. `at` is where the block ended in the file.
    pub fn end_block(&mut self, at: usize) {
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        let gap = if self.text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        self.stands_for(gap, Span::new(at, at));
    }

    /// Drops trailing spaces (a soft break before a block's end).
    pub fn trim_end_spaces(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
            if let Some(last) = self.pieces.last_mut() {
                last.len -= 1;
                if last.exact {
                    last.source.end -= 1;
                }
                if last.len == 0 {
                    self.pieces.pop();
                }
            }
        }
    }

    pub fn finish(self) -> (String, OffsetMap) {
        (
            self.text,
            OffsetMap {
                pieces: self.pieces,
            },
        )
    }
}

/// Prose offsets to file offsets and back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// The map of a text that is its own prose, byte for byte.
    #[cfg(test)]
    pub(crate) fn identity(len: usize) -> OffsetMap {
        OffsetMap {
            pieces: vec![Piece {
                prose: 0,
                len,
                source: Span::new(0, len),
                exact: true,
            }],
        }
    }

    /// The piece holding prose byte `at`, if any.
    fn piece_at(&self, at: usize) -> Option<&Piece> {
        let after = self.pieces.partition_point(|p| p.prose <= at);
        let piece = self.pieces.get(after.checked_sub(1)?)?;
        (at < piece.prose + piece.len).then_some(piece)
    }

    /// Where prose byte `at` starts in the file.
    pub fn start(&self, at: usize) -> usize {
        match self.piece_at(at) {
            Some(p) if p.exact => p.source.start + (at - p.prose),
            Some(p) => p.source.start,
            // Past the end: the end of the last piece.
            None => self.pieces.last().map_or(0, |p| p.source.end),
        }
    }

    /// Where a span of prose ending (exclusively) at `at` ends in the file.
    pub fn end(&self, at: usize) -> usize {
        let Some(last) = at.checked_sub(1) else {
            return self.start(0);
        };
        match self.piece_at(last) {
            Some(p) if p.exact => p.source.start + (at - p.prose),
            Some(p) => p.source.end,
            None => self.pieces.last().map_or(0, |p| p.source.end),
        }
    }

    /// A prose span in file bytes (never reversed, however the pieces lie).
    pub fn to_source(&self, span: Span) -> Span {
        let start = self.start(span.start);
        let end = if span.end > span.start {
            self.end(span.end)
        } else {
            start
        };
        Span::new(start, end.max(start))
    }

    /// Where file byte `at` is read in the prose: the first exact piece that
    /// holds it, else the first piece that stands for it, else the prose of
    /// the first piece after it.
    pub fn to_prose(&self, at: usize) -> usize {
        if let Some(p) = self
            .pieces
            .iter()
            .find(|p| p.exact && p.source.start <= at && at < p.source.end)
        {
            return p.prose + (at - p.source.start);
        }
        if let Some(p) = self
            .pieces
            .iter()
            .find(|p| p.source.start <= at && at < p.source.end)
        {
            return p.prose;
        }
        self.pieces
            .iter()
            .filter(|p| p.source.start >= at)
            .min_by_key(|p| p.source.start)
            .or(self.pieces.last())
            .map_or(0, |p| p.prose.min(p.prose + p.len))
    }

    /// A file span in prose bytes.
    pub fn span_to_prose(&self, span: Span) -> Span {
        let start = self.to_prose(span.start);
        let end = if span.end > span.start {
            self.prose_end_of(span.end - 1)
        } else {
            start
        };
        Span::new(start, end.max(start))
    }

    /// Where the prose read from file byte `at` ends: one byte on in a
    /// piece read one for one; the end of the whole replacement in one
    /// that stands for other bytes ("&#8220;" read as the three bytes of
    /// "“"), so that a span ending there never cuts the character.
    fn prose_end_of(&self, at: usize) -> usize {
        let inside = |p: &&Piece| p.source.start <= at && at < p.source.end;
        if self.pieces.iter().any(|p| p.exact && inside(&p)) {
            return self.to_prose(at) + 1;
        }
        match self.pieces.iter().find(inside) {
            Some(p) => p.prose + p.len,
            None => self.to_prose(at) + 1,
        }
    }

    /// Whether the file bytes of `source` are read, one for one, as prose:
    /// the span lies in exact pieces that follow each other in the file as
    /// in the prose, so no markup, code, comment or link target is inside
    /// it and replacing those bytes replaces exactly the words read.
    pub fn is_verbatim(&self, source: Span) -> bool {
        if source.start >= source.end {
            return false;
        }
        let Some(first) = self
            .pieces
            .iter()
            .position(|p| p.exact && p.source.start <= source.start && source.start < p.source.end)
        else {
            return false;
        };
        let mut reached = self.pieces[first].source.end;
        let mut index = first;
        while reached < source.end {
            index += 1;
            match self.pieces.get(index) {
                Some(next)
                    if next.exact
                        && next.source.start == reached
                        && next.prose
                            == self.pieces[index - 1].prose + self.pieces[index - 1].len =>
                {
                    reached = next.source.end;
                }
                _ => return false,
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "a &amp; b" read as "a & b", then a block gap, then "c" at 20.
    fn sample() -> (String, OffsetMap) {
        let mut prose = ProseBuilder::new();
        prose.exact("a ", 0);
        prose.stands_for("&", Span::new(2, 7));
        prose.exact(" b", 7);
        prose.end_block(9);
        prose.exact("c", 20);
        prose.finish()
    }

    #[test]
    fn offsets_map_both_ways() {
        let (text, map) = sample();
        assert_eq!(text, "a & b\n\nc");
        assert_eq!(map.start(0), 0);
        assert_eq!(map.start(2), 2);
        // The decoded "&" stands for all of "&amp;".
        assert_eq!(map.to_source(Span::new(2, 3)), Span::new(2, 7));
        assert_eq!(map.to_source(Span::new(4, 5)), Span::new(8, 9));
        assert_eq!(map.to_source(Span::new(0, 5)), Span::new(0, 9));
        assert_eq!(map.to_source(Span::new(7, 8)), Span::new(20, 21));
        // Past the end: the end of the last piece.
        assert_eq!(map.start(100), 21);
        assert_eq!(map.to_prose(0), 0);
        assert_eq!(map.to_prose(4), 2);
        assert_eq!(map.to_prose(8), 4);
        assert_eq!(map.to_prose(20), 7);
        // A byte no prose reads (between the blocks): the next piece read.
        assert_eq!(map.to_prose(15), 7);
        assert_eq!(map.span_to_prose(Span::new(8, 9)), Span::new(4, 5));
        // A span that ends inside a decoded entity takes all of it.
        assert_eq!(map.span_to_prose(Span::new(0, 7)), Span::new(0, 3));
        assert_eq!(map.span_to_prose(Span::new(0, 4)), Span::new(0, 3));
    }

    #[test]
    fn a_span_ending_in_an_entity_of_several_bytes_keeps_its_character() {
        // "&#8220;[a](b)&#8220;" read as "“a“": a span of the whole file
        // ends at the end of the second quote mark, not inside it.
        let mut prose = ProseBuilder::new();
        prose.stands_for("“", Span::new(0, 7));
        prose.exact("a", 8);
        prose.stands_for("“", Span::new(13, 20));
        let (text, map) = prose.finish();
        assert_eq!(text, "“a“");
        let span = map.span_to_prose(Span::new(0, 20));
        assert_eq!(span, Span::new(0, text.len()));
        assert!(text.is_char_boundary(span.end));
    }

    #[test]
    fn only_runs_read_one_for_one_are_verbatim() {
        let (_, map) = sample();
        assert!(map.is_verbatim(Span::new(0, 2)));
        assert!(map.is_verbatim(Span::new(7, 9)));
        assert!(!map.is_verbatim(Span::new(2, 7)), "a decoded entity");
        assert!(!map.is_verbatim(Span::new(0, 9)), "across the entity");
        assert!(!map.is_verbatim(Span::new(8, 21)), "across blocks");
        assert!(!map.is_verbatim(Span::new(12, 13)), "read by nobody");
        assert!(!map.is_verbatim(Span::new(3, 3)), "empty");
        let identity = OffsetMap::identity(10);
        assert!(identity.is_verbatim(Span::new(0, 10)));
        assert_eq!(identity.to_source(Span::new(3, 5)), Span::new(3, 5));
    }

    #[test]
    fn adjacent_exact_runs_merge_and_markup_between_them_splits() {
        let mut prose = ProseBuilder::new();
        prose.exact("$550", 2); // **$550** million
        prose.exact(" million", 8);
        let (text, map) = prose.finish();
        assert_eq!(text, "$550 million");
        assert_eq!(map.to_source(Span::new(0, 12)), Span::new(2, 16));
        assert!(!map.is_verbatim(Span::new(2, 16)), "the ** between");
        assert!(map.is_verbatim(Span::new(2, 6)));
        let mut prose = ProseBuilder::new();
        prose.exact("ab", 0);
        prose.exact("cd", 2);
        let (_, map) = prose.finish();
        assert_eq!(map.pieces.len(), 1);
    }

    #[test]
    fn trailing_spaces_are_dropped_from_text_and_map() {
        let mut prose = ProseBuilder::new();
        prose.exact("end", 0);
        prose.stands_for(" ", Span::new(3, 4));
        prose.trim_end_spaces();
        prose.end_block(4);
        let (text, map) = prose.finish();
        assert_eq!(text, "end\n\n");
        assert_eq!(map.to_source(Span::new(0, 3)), Span::new(0, 3));
    }
}
