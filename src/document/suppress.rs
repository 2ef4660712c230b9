//! Inline suppression: comments in a text that silence its findings.
//!
//! ```text
//! <!-- factlint-disable-next-line fwo-usm-deal-amount -->
//! <!-- factlint-disable [CLAIM-ID …] --> … <!-- factlint-enable [CLAIM-ID …] -->
//! # factlint-disable-next-line          (plain text; also `//` and `..`)
//! ```
//!
//! Markdown and HTML take the words in an HTML comment; plain text takes
//! them in a line that starts with `#`, `//` or `..` (reStructuredText's
//! comment). With no ids a comment covers every claim. `disable-next-line`
//! covers the line after the comment; `disable` covers everything up to an
//! `enable` (a bare `enable` ends every open `disable`, `enable ID …` the
//! ones that named those ids) or the end of the text. A claim the text does
//! not state has no place: its `missing` finding is silenced by a `disable`
//! that names the claim and is never ended.
//!
//! A silenced finding is still reported and counted, marked suppressed; it
//! never fails a run. A comment that silences nothing, names a claim the
//! claims file does not have, or is no factlint comment at all though it
//! starts with `factlint-` is a warning, as ruff's unused `noqa` is: a
//! stale suppression would otherwise hide the next real error.

use crate::claims::Severity;
use crate::extract::Span;
use crate::findings::{Finding, Notice, NoticeCode};

/// What a comment asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectiveKind {
    DisableNextLine,
    Disable,
    Enable,
}

impl DirectiveKind {
    pub fn word(self) -> &'static str {
        match self {
            DirectiveKind::DisableNextLine => "factlint-disable-next-line",
            DirectiveKind::Disable => "factlint-disable",
            DirectiveKind::Enable => "factlint-enable",
        }
    }
}

/// One factlint comment in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// The claims it names; empty for all.
    pub ids: Vec<String>,
    /// The whole comment, in file bytes.
    pub span: Span,
}

/// A comment that starts with `factlint-` but says nothing factlint knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Malformed {
    pub span: Span,
    pub word: String,
}

/// Where a disabling comment applies, in file bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Scope {
    /// Index into the directives.
    directive: usize,
    range: Span,
    /// Runs to the end of the text (a `disable` never ended).
    to_end: bool,
}

/// A text's suppression comments and what each covers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Suppressions {
    directives: Vec<Directive>,
    malformed: Vec<Malformed>,
    scopes: Vec<Scope>,
    /// `enable` comments that ended no open `disable`, by directive index.
    stray_enables: Vec<usize>,
}

/// The words of one comment, if they are a factlint comment: `Ok` with what
/// it asks for, `Err` with the word when it starts with `factlint-` but is
/// none of the three.
pub fn parse_comment(body: &str) -> Option<Result<(DirectiveKind, Vec<String>), String>> {
    let body = body.trim();
    if !body.starts_with("factlint-") {
        return None;
    }
    let mut words = body.split(|c: char| c.is_whitespace() || c == ',');
    let word = words.next().unwrap_or_default();
    let kind = match word {
        "factlint-disable-next-line" => DirectiveKind::DisableNextLine,
        "factlint-disable" => DirectiveKind::Disable,
        "factlint-enable" => DirectiveKind::Enable,
        other => return Some(Err(other.to_string())),
    };
    let ids = words
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    Some(Ok((kind, ids)))
}

impl Suppressions {
    /// The comments of a text, in file order, with what each covers.
    /// `comments` are the comments' spans and their inner words; `text` is
    /// the whole file.
    pub fn new(text: &str, comments: impl IntoIterator<Item = (Span, String)>) -> Suppressions {
        let mut out = Suppressions::default();
        for (span, body) in comments {
            match parse_comment(&body) {
                None => {}
                Some(Err(word)) => out.malformed.push(Malformed { span, word }),
                Some(Ok((kind, ids))) => out.directives.push(Directive { kind, ids, span }),
            }
        }
        out.directives.sort_by_key(|d| d.span.start);
        out.scope(text);
        out
    }

    fn scope(&mut self, text: &str) {
        // Open `disable`s: (directive index, where it starts).
        let mut open: Vec<(usize, usize)> = Vec::new();
        for (index, directive) in self.directives.iter().enumerate() {
            match directive.kind {
                DirectiveKind::DisableNextLine => {
                    let range = next_line(text, directive.span.end);
                    self.scopes.push(Scope {
                        directive: index,
                        range,
                        to_end: false,
                    });
                }
                DirectiveKind::Disable => open.push((index, directive.span.end)),
                DirectiveKind::Enable => {
                    let ends = |d: &Directive| {
                        directive.ids.is_empty()
                            || d.ids.iter().any(|id| directive.ids.contains(id))
                    };
                    let before = open.len();
                    let mut still_open = Vec::new();
                    for (opened, start) in open.drain(..) {
                        if ends(&self.directives[opened]) {
                            self.scopes.push(Scope {
                                directive: opened,
                                range: Span::new(start, directive.span.start),
                                to_end: false,
                            });
                        } else {
                            still_open.push((opened, start));
                        }
                    }
                    if still_open.len() == before {
                        self.stray_enables.push(index);
                    }
                    open = still_open;
                }
            }
        }
        for (opened, start) in open {
            self.scopes.push(Scope {
                directive: opened,
                range: Span::new(start, text.len()),
                to_end: true,
            });
        }
    }

    pub fn directives(&self) -> &[Directive] {
        &self.directives
    }

    pub fn is_empty(&self) -> bool {
        self.directives.is_empty() && self.malformed.is_empty()
    }

    /// The comments that silence claim `claim` at file bytes `at` (`None`
    /// for a claim the text does not state), by index.
    fn covering<'a>(
        &'a self,
        claim: &'a str,
        at: Option<Span>,
    ) -> impl Iterator<Item = usize> + 'a {
        self.scopes
            .iter()
            .filter(move |scope| {
                let ids = &self.directives[scope.directive].ids;
                match at {
                    Some(span) => {
                        (ids.is_empty() || ids.iter().any(|id| names(id, claim)))
                            && scope.range.start <= span.start
                            && span.start < scope.range.end
                    }
                    None => scope.to_end && ids.iter().any(|id| names(id, claim)),
                }
            })
            .map(|scope| scope.directive)
    }

    /// Whether a comment silences claim `claim` at file bytes `at`.
    pub fn silences(&self, claim: &str, at: Option<Span>) -> bool {
        self.covering(claim, at).next().is_some()
    }

    /// Warnings about the comments themselves, given the text's findings
    /// (file bytes) and the claims file's ids: comments that silenced
    /// nothing, unknown ids, `enable`s that ended nothing, unknown words.
    pub fn notices(&self, findings: &[Finding], known: &dyn Fn(&str) -> bool) -> Vec<Notice> {
        let mut used = vec![false; self.directives.len()];
        for finding in findings.iter().filter(|f| f.suppressed) {
            for index in self.covering(&finding.claim, finding.span) {
                used[index] = true;
            }
        }
        let mut notices = Vec::new();
        for (index, directive) in self.directives.iter().enumerate() {
            let unknown: Vec<&str> = directive
                .ids
                .iter()
                .map(String::as_str)
                .filter(|id| !known(id))
                .collect();
            if !unknown.is_empty() {
                let (noun, list) = match unknown.as_slice() {
                    [one] => ("claim", format!("`{one}`")),
                    many => (
                        "claims",
                        many.iter()
                            .map(|id| format!("`{id}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                };
                notices.push(Notice {
                    span: directive.span,
                    severity: Severity::Warning,
                    code: NoticeCode::UnknownClaim,
                    message: format!(
                        "`{}` names {list}: no such {noun} in the claims file",
                        directive.kind.word()
                    ),
                });
            }
            if directive.kind != DirectiveKind::Enable && !used[index] {
                let what = if directive.ids.is_empty() {
                    String::new()
                } else {
                    format!(" {}", directive.ids.join(" "))
                };
                notices.push(Notice {
                    span: directive.span,
                    severity: Severity::Warning,
                    code: NoticeCode::UnusedSuppression,
                    message: format!(
                        "`{}{what}` suppresses nothing: remove it",
                        directive.kind.word()
                    ),
                });
            }
        }
        for &index in &self.stray_enables {
            let directive = &self.directives[index];
            notices.push(Notice {
                span: directive.span,
                severity: Severity::Warning,
                code: NoticeCode::UnusedSuppression,
                message: format!(
                    "`{}` ends no `factlint-disable` before it",
                    directive.kind.word()
                ),
            });
        }
        for malformed in &self.malformed {
            notices.push(Notice {
                span: malformed.span,
                severity: Severity::Warning,
                code: NoticeCode::UnknownComment,
                message: format!(
                    "`{}` is no factlint comment: use factlint-disable-next-line, \
                     factlint-disable or factlint-enable",
                    malformed.word
                ),
            });
        }
        notices.sort_by_key(|n| n.span.start);
        notices
    }
}

/// Whether a comment's `id` names `claim`: its id, or for source mode's
/// findings (`source:<kind>`) `source` or the kind ("money").
fn names(id: &str, claim: &str) -> bool {
    id == claim
        || claim
            .strip_prefix("source:")
            .is_some_and(|kind| id == "source" || id == kind)
}

/// The line after the one holding byte `after - 1` (the comment's last
/// line), without its line break; empty at the end of the text.
fn next_line(text: &str, after: usize) -> Span {
    let after = after.min(text.len());
    let Some(newline) = text[after..].find('\n') else {
        return Span::new(text.len(), text.len());
    };
    let start = after + newline + 1;
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    Span::new(start, end)
}

/// Plain-text comments: lines whose first non-blank characters are `#`,
/// `//` or `..` followed by `factlint-`. Each is the line's content span and
/// its words after the marker.
pub fn plain_comments(text: &str) -> Vec<(Span, String)> {
    let mut comments = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        let indent = content.len() - trimmed.len();
        let words = ["//", "..", "#"]
            .iter()
            .find_map(|marker| trimmed.strip_prefix(marker))
            .map(str::trim_start)
            .filter(|rest| rest.starts_with("factlint-"));
        if let Some(words) = words {
            comments.push((
                Span::new(start + indent, start + content.len()),
                words.to_string(),
            ));
        }
        start += line.len();
    }
    comments
}

/// HTML comments (`<!-- … -->`) inside `region` of `text`: each comment's
/// span and inner words. An unclosed comment runs to the region's end.
pub fn html_comments(text: &str, region: Span) -> Vec<(Span, String)> {
    let mut comments = Vec::new();
    let mut at = region.start;
    while let Some(open) = text[at..region.end].find("<!--") {
        let inner_start = at + open + 4;
        let (inner_end, end) = match text[inner_start..region.end].find("-->") {
            Some(close) => (inner_start + close, inner_start + close + 3),
            None => (region.end, region.end),
        };
        comments.push((
            Span::new(at + open, end),
            text[inner_start..inner_end].to_string(),
        ));
        at = end;
    }
    comments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Kind;
    use crate::findings::Status;

    fn finding(claim: &str, span: Option<Span>, suppressed: bool) -> Finding {
        Finding {
            claim: claim.to_string(),
            kind: Kind::Money,
            status: if span.is_some() {
                Status::Mismatch
            } else {
                Status::Missing
            },
            severity: Severity::Error,
            reason: None,
            expected: "$500 million".into(),
            found: None,
            replacement: None,
            span,
            stale_since: None,
            message: String::new(),
            suppressed,
            source: None,
            nearest: None,
        }
    }

    fn at(text: &str, needle: &str) -> Span {
        let start = text.find(needle).expect("in the text");
        Span::new(start, start + needle.len())
    }

    fn markdown(text: &str) -> Suppressions {
        Suppressions::new(text, html_comments(text, Span::new(0, text.len())))
    }

    #[test]
    fn comments_parse_into_what_they_ask() {
        #[track_caller]
        fn case(body: &str, expected: Option<Result<(DirectiveKind, &[&str]), &str>>) {
            let got = parse_comment(body);
            let expected = expected.map(|r| {
                r.map(|(k, ids)| (k, ids.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
                    .map_err(str::to_string)
            });
            assert_eq!(got, expected, "{body:?}");
        }
        use DirectiveKind::*;
        case(" factlint-disable ", Some(Ok((Disable, &[]))));
        case(
            "factlint-disable-next-line a b,c",
            Some(Ok((DisableNextLine, &["a", "b", "c"]))),
        );
        case("\nfactlint-enable  x\n", Some(Ok((Enable, &["x"]))));
        case("factlint-disabel x", Some(Err("factlint-disabel")));
        case("a comment about factlint-disable", None);
        case("prettier-ignore", None);
    }

    #[test]
    fn next_line_covers_only_the_following_line() {
        let text = "<!-- factlint-disable-next-line -->\nPaid $550 million.\nPaid $550 million.\n";
        let s = markdown(text);
        let first = at(text, "$550");
        let second = Span::new(text.rfind("$550").unwrap(), text.rfind("$550").unwrap() + 4);
        assert!(s.silences("deal", Some(first)));
        assert!(!s.silences("deal", Some(second)));
        assert!(!s.silences("deal", None));
        // At the end of a text there is no next line.
        let s = markdown("Text.\n<!-- factlint-disable-next-line -->");
        assert!(!s.silences("deal", Some(Span::new(0, 4))));
    }

    #[test]
    fn ids_limit_a_comment_to_their_claims() {
        let text =
            "<!-- factlint-disable-next-line deal rate -->\nPaid $550 million at 25 percent.\n";
        let s = markdown(text);
        let place = Some(at(text, "$550"));
        assert!(s.silences("deal", place));
        assert!(s.silences("rate", place));
        assert!(!s.silences("other", place));
    }

    #[test]
    fn disable_runs_to_its_enable_or_the_end() {
        let text = "A $1.\n<!-- factlint-disable -->\nB $2.\n<!-- factlint-enable -->\nC $3.\n\
                    <!-- factlint-disable deal -->\nD $4.\n";
        let s = markdown(text);
        assert!(!s.silences("x", Some(at(text, "$1"))));
        assert!(s.silences("x", Some(at(text, "$2"))));
        assert!(!s.silences("x", Some(at(text, "$3"))));
        assert!(s.silences("deal", Some(at(text, "$4"))));
        assert!(!s.silences("x", Some(at(text, "$4"))));
        // Never ended, naming the claim: its `missing` too.
        assert!(s.silences("deal", None));
        assert!(!s.silences("x", None));
    }

    #[test]
    fn enable_with_ids_ends_only_the_disables_that_named_them() {
        let text = "<!-- factlint-disable a -->\n<!-- factlint-disable b -->\nX $1.\n\
                    <!-- factlint-enable a -->\nY $2.\n";
        let s = markdown(text);
        assert!(s.silences("a", Some(at(text, "$1"))));
        assert!(s.silences("b", Some(at(text, "$1"))));
        assert!(!s.silences("a", Some(at(text, "$2"))));
        assert!(s.silences("b", Some(at(text, "$2"))));
    }

    #[test]
    fn plain_text_comments_use_hash_slashes_or_dots() {
        let text = "# factlint-disable-next-line deal\nPaid $550 million.\n  // factlint-disable\n\
                    .. factlint-enable\n# A heading\n#factlint-disable x\n";
        let comments = plain_comments(text);
        let words: Vec<&str> = comments.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "factlint-disable-next-line deal",
                "factlint-disable",
                "factlint-enable",
                "factlint-disable x"
            ]
        );
        assert_eq!(
            &text[comments[1].0.start..comments[1].0.end],
            "// factlint-disable"
        );
        let s = Suppressions::new(text, comments);
        assert!(s.silences("deal", Some(at(text, "$550"))));
    }

    #[test]
    fn crlf_lines_and_unclosed_comments() {
        let text = "# factlint-disable-next-line\r\nPaid $550 million.\r\nNext $9.\r\n";
        let s = Suppressions::new(text, plain_comments(text));
        assert!(s.silences("deal", Some(at(text, "$550"))));
        assert!(!s.silences("deal", Some(at(text, "$9"))));
        let comments = html_comments("a <!-- factlint-disable", Span::new(0, 23));
        assert_eq!(
            comments,
            [(Span::new(2, 23), " factlint-disable".to_string())]
        );
    }

    #[test]
    fn unused_unknown_and_stray_comments_are_warnings() {
        let text = "<!-- factlint-disable-next-line deal -->\nPaid $550 million.\n\
                    <!-- factlint-disable-next-line deal nope -->\nNothing here.\n\
                    <!-- factlint-enable -->\n<!-- factlint-disabel -->\n";
        let s = markdown(text);
        let used = finding("deal", Some(at(text, "$550")), true);
        let known = |id: &str| id == "deal";
        let notices = s.notices(&[used], &known);
        let codes: Vec<(NoticeCode, &str)> = notices
            .iter()
            .map(|n| (n.code, &text[n.span.start..n.span.end]))
            .collect();
        assert_eq!(
            codes,
            [
                (
                    NoticeCode::UnknownClaim,
                    "<!-- factlint-disable-next-line deal nope -->"
                ),
                (
                    NoticeCode::UnusedSuppression,
                    "<!-- factlint-disable-next-line deal nope -->"
                ),
                (NoticeCode::UnusedSuppression, "<!-- factlint-enable -->"),
                (NoticeCode::UnknownComment, "<!-- factlint-disabel -->"),
            ]
        );
        assert!(notices.iter().all(|n| n.severity == Severity::Warning));
        assert_eq!(
            notices[0].message,
            "`factlint-disable-next-line` names `nope`: no such claim in the claims file"
        );
        assert_eq!(
            notices[1].message,
            "`factlint-disable-next-line deal nope` suppresses nothing: remove it"
        );
        // Without the suppressed finding, the first comment is unused too.
        let notices = s.notices(&[finding("deal", Some(at(text, "$550")), false)], &known);
        assert_eq!(
            notices
                .iter()
                .filter(|n| n.code == NoticeCode::UnusedSuppression)
                .count(),
            3
        );
    }
}
