//! A text to check (placeholder until the segmentation module lands).
use crate::extract::Span;

pub struct Document {
    path: String,
    text: String,
    line_starts: Vec<usize>,
    sentences: Vec<Span>,
}

impl Document {
    pub fn new(path: impl Into<String>, text: String) -> Document {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let sentences = sentences(&text);
        Document {
            path: path.into(),
            text,
            line_starts,
            sentences,
        }
    }
    pub fn path(&self) -> &str {
        &self.path
    }
    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= byte);
        let start = self.line_starts[line - 1];
        (line, self.text[start..byte].chars().count() + 1)
    }
    pub fn sentence_index_at(&self, byte: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= byte);
        (i < self.sentences.len() && self.sentences[i].start <= byte).then_some(i)
    }
    pub fn front_matter_date(&self) -> Option<&str> {
        None
    }
}

pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        if i > start {
            out.push(Span::new(start, i));
        }
        start = i + 1;
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}
