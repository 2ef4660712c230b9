//! Fixing in place: findings' replacements turned into edits of the file,
//! shown as a unified diff (`--diff`) or written back (`--write`).
//!
//! An edit replaces the bytes of a finding's span with its `replacement`.
//! Only findings that ask for a change qualify: a mismatch or a stale value
//! with a replacement, at or above the severity that fails the run, not
//! silenced by a comment. The bytes must be read one for one as prose
//! ([`crate::document::OffsetMap::is_verbatim`]): a value with markup,
//! an entity or a line of code inside it is left for a person, and nothing
//! inside code, comments or link targets is ever a finding to begin with.
//! Edits that overlap are both left out rather than guessed between; edits
//! that change nothing are dropped, so fixing a fixed file writes nothing.
//!
//! Everything outside the edits is kept byte for byte — line endings, a
//! byte-order mark, the last newline or its absence, Unicode normalization —
//! because the new text is the old one's slices with the replacements
//! between them.
//!
//! Writing is atomic: the new text goes to a temporary file in the target's
//! own folder (so the rename cannot cross file systems), which gets the
//! original's permissions, is flushed to disk, and is renamed over the
//! target; then the folder is flushed. A symlink is followed and its target
//! written, so the link stays a link. A failure at any step before the
//! rename leaves the original untouched and removes the temporary file.

use crate::claims::Severity;
use crate::document::Document;
use crate::extract::Span;
use crate::findings::{FileError, Finding, Status};
use similar::TextDiff;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// One replacement of file bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// In bytes of the file.
    pub span: Span,
    pub replacement: String,
    /// The claim whose finding asked for it.
    pub claim: String,
}

/// The edits `findings` ask for in `document`, in file order, for findings
/// at or above `threshold`.
pub fn edits(document: &Document, findings: &[Finding], threshold: Severity) -> Vec<Edit> {
    let source = document.source();
    let mut edits: Vec<Edit> = findings
        .iter()
        .filter(|f| matches!(f.status, Status::Mismatch | Status::Stale))
        .filter(|f| !f.suppressed && f.severity >= threshold)
        .filter_map(|f| {
            let span = f.span?;
            let replacement = f.replacement.clone()?;
            let editable = document.map().is_verbatim(span)
                && source.get(span.start..span.end) != Some(replacement.as_str());
            editable.then(|| Edit {
                span,
                replacement,
                claim: f.claim.clone(),
            })
        })
        .collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    // The same change asked twice (two claims on one value) is one edit.
    edits.dedup_by(|b, a| a.span == b.span && a.replacement == b.replacement);
    // Edits that overlap disagree about the same words: leave them.
    let overlapping: Vec<bool> = (0..edits.len())
        .map(|i| {
            let span = edits[i].span;
            edits
                .iter()
                .enumerate()
                .any(|(j, e)| j != i && e.span.start < span.end && span.start < e.span.end)
        })
        .collect();
    edits
        .into_iter()
        .zip(overlapping)
        .filter(|(_, overlaps)| !overlaps)
        .map(|(edit, _)| edit)
        .collect()
}

/// The severity at and above which findings are fixed: the one that fails
/// the run; every finding with a replacement when the run never fails.
pub fn threshold(fail_on: Option<Severity>) -> Severity {
    fail_on.unwrap_or(Severity::Info)
}

/// A text after `--write`: the text as written, its findings checked
/// again, and how many places were changed.
pub struct Written {
    pub document: Document,
    pub findings: Vec<Finding>,
    pub fixed: usize,
}

/// Applies the fixes `findings` ask for to the file at `file` (the
/// document's own file) and checks the new text with `recheck`. A text
/// with nothing to fix is neither written nor checked again.
pub fn write_fixes(
    file: &Path,
    document: Document,
    findings: Vec<Finding>,
    threshold: Severity,
    recheck: &dyn Fn(&Document) -> Vec<Finding>,
) -> Result<Written, FileError> {
    let edits = edits(&document, &findings, threshold);
    if edits.is_empty() {
        return Ok(Written {
            document,
            findings,
            fixed: 0,
        });
    }
    let text = apply(document.source(), &edits);
    write_atomically(file, text.as_bytes()).map_err(|err| FileError {
        path: document.path().to_string(),
        position: None,
        message: format!("cannot write the fixes: {}", crate::io_reason(&err)),
    })?;
    let document = Document::new(document.path(), text);
    let findings = recheck(&document);
    Ok(Written {
        document,
        findings,
        fixed: edits.len(),
    })
}

/// `source` with `edits` (sorted, not overlapping) applied; every other
/// byte as it was.
pub fn apply(source: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for edit in edits {
        out.push_str(&source[at..edit.span.start]);
        out.push_str(&edit.replacement);
        at = edit.span.end;
    }
    out.push_str(&source[at..]);
    out
}

/// A unified diff of a file before and after, with `a/` and `b/` headers
/// as git writes them; empty when nothing changed.
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    let diff = TextDiff::from_lines(before, after);
    let mut unified = diff.unified_diff();
    unified
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"));
    unified.to_string()
}

/// Writes `contents` to `path` atomically (see the module docs).
pub fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    write_atomically_with(path, contents, &mut |_| Ok(()))
}

/// [`write_atomically`], calling `before_rename` with the temporary file's
/// path once it is written and flushed, just before the rename: a test's
/// way to fail there. An error from it stops the write.
pub fn write_atomically_with(
    path: &Path,
    contents: &[u8],
    before_rename: &mut dyn FnMut(&Path) -> io::Result<()>,
) -> io::Result<()> {
    // Through symlinks to the file they name.
    let target = fs::canonicalize(path)?;
    let permissions = fs::metadata(&target)?.permissions();
    let folder = target.parent().unwrap_or(Path::new("."));
    let mut temporary = tempfile::Builder::new()
        .prefix(".factlint-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    temporary.write_all(contents)?;
    temporary.as_file().set_permissions(permissions)?;
    temporary.as_file().sync_all()?;
    before_rename(temporary.path())?;
    temporary.persist(&target).map_err(|err| err.error)?;
    sync_folder(folder)
}

/// Flushes a folder's entries, so the rename itself survives a crash.
#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Kind;

    fn finding(text: &str, found: &str, replacement: &str) -> Finding {
        let start = text.find(found).expect("in the text");
        Finding {
            claim: "c".into(),
            kind: Kind::Money,
            status: Status::Mismatch,
            severity: Severity::Error,
            reason: None,
            expected: replacement.into(),
            found: Some(found.into()),
            replacement: Some(replacement.into()),
            span: Some(Span::new(start, start + found.len())),
            stale_since: None,
            message: String::new(),
            suppressed: false,
            source: None,
            nearest: None,
        }
    }

    fn fixed(path: &str, text: &str, findings: &[Finding]) -> String {
        let document = Document::new(path, text.to_string());
        apply(text, &edits(&document, findings, Severity::Error))
    }

    #[test]
    fn two_fixes_in_one_sentence_do_not_clobber_each_other() {
        let text = "They paid $550 million, or 25 percent, in May.\n";
        let findings = [
            finding(text, "25 percent", "50 percent"),
            finding(text, "$550 million", "$500 million"),
        ];
        assert_eq!(
            fixed("a.txt", text, &findings),
            "They paid $500 million, or 50 percent, in May.\n"
        );
    }

    #[test]
    fn bytes_outside_the_edits_are_kept() {
        let text = "\u{feff}Line one\r\nThey paid $550 million.\r\nCafe\u{301} au lait";
        let out = fixed(
            "a.txt",
            text,
            &[finding(text, "$550 million", "$500 million")],
        );
        assert_eq!(
            out,
            "\u{feff}Line one\r\nThey paid $500 million.\r\nCafe\u{301} au lait"
        );
    }

    #[test]
    fn markup_code_and_links_are_never_edited() {
        // The value has markup inside: left for a person.
        let text = "A **$550** million deal.\n";
        let start = text.find("$550").unwrap();
        let mut across = finding(text, "$550", "$500");
        across.span = Some(Span::new(start, start + "$550** million".len()));
        assert_eq!(fixed("a.md", text, &[across]), text);
        // A span that lies in a link target is no prose.
        let text = "See [the deal](http://x/$550-million).\n";
        assert_eq!(fixed("a.md", text, &[finding(text, "$550", "$500")]), text);
        // Inline code, an HTML comment, a fenced block.
        for text in [
            "Paid `$550` now.\n",
            "Paid <!-- $550 --> now.\n",
            "```\n$550\n```\n",
        ] {
            assert_eq!(fixed("a.md", text, &[finding(text, "$550", "$500")]), text);
        }
        // The same bytes as prose are edited.
        let text = "Paid $550 now.\n";
        assert_eq!(
            fixed("a.md", text, &[finding(text, "$550", "$500")]),
            "Paid $500 now.\n"
        );
    }

    #[test]
    fn only_findings_that_ask_for_a_change_are_edits() {
        let text = "Paid $550 million and $600 million.\n";
        let mut suppressed = finding(text, "$550 million", "$500 million");
        suppressed.suppressed = true;
        let mut warning = finding(text, "$600 million", "$500 million");
        warning.severity = Severity::Warning;
        let document = Document::new("a.txt", text.to_string());
        assert!(edits(&document, &[suppressed.clone()], Severity::Error).is_empty());
        assert!(edits(&document, &[warning.clone()], Severity::Error).is_empty());
        assert_eq!(edits(&document, &[warning], Severity::Warning).len(), 1);
        // A replacement equal to the text changes nothing: no edit.
        let same = finding(text, "$550 million", "$550 million");
        assert!(edits(&document, &[same], Severity::Error).is_empty());
        // Overlapping edits disagree: neither is made.
        let a = finding(text, "$550 million", "$500 million");
        let mut b = finding(text, "$550", "$9");
        b.claim = "other".into();
        assert!(edits(&document, &[a.clone(), b], Severity::Error).is_empty());
        // The same edit twice is one.
        assert_eq!(edits(&document, &[a.clone(), a], Severity::Error).len(), 1);
    }

    #[test]
    fn the_diff_is_unified_with_git_headers() {
        let diff = unified_diff("d.md", "a\nb $550\nc\n", "a\nb $500\nc\n");
        assert_eq!(
            diff,
            "--- a/d.md\n+++ b/d.md\n@@ -1,3 +1,3 @@\n a\n-b $550\n+b $500\n c\n"
        );
        assert_eq!(unified_diff("d.md", "same", "same"), "");
    }

    #[test]
    fn writing_replaces_the_file_and_keeps_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.md");
        fs::write(&path, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        }
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failure_between_flush_and_rename_leaves_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.md");
        fs::write(&path, "original").unwrap();
        let mut seen = None;
        let result = write_atomically_with(&path, b"new", &mut |temporary| {
            // The new text is written and flushed by now.
            assert_eq!(fs::read_to_string(temporary).unwrap(), "new");
            seen = Some(temporary.to_path_buf());
            Err(io::Error::other("simulated crash before rename"))
        });
        assert_eq!(
            result.unwrap_err().to_string(),
            "simulated crash before rename"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "original");
        let temporary = seen.expect("the hook ran");
        assert!(temporary.parent() == Some(dir.path()), "in the same folder");
        assert!(!temporary.exists(), "the temporary file is removed");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_written_through_to_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.md");
        let link = dir.path().join("link.md");
        fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    }
}
