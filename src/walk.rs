//! Paths -> texts, and each text's claims file.
//!
//! A folder named on the command line is walked with the `ignore` crate,
//! ripgrep's own walker, so that its users' expectations hold: `.gitignore`
//! (in a git repository or not), `.ignore` and git's excludes are honoured,
//! hidden files and folders are skipped, symbolic links are not followed,
//! and only text types are read — unless `--no-ignore`, `--hidden`,
//! `--type` or `--glob` say otherwise, with ripgrep's meaning. Files come
//! in a stable order (by name, folder by folder), so reports do not change
//! from one run to the next.
//!
//! Each text is judged by the nearest `claims.toml` from its own folder
//! upward, so a repository can hold one per desk. [`Discovery`] remembers
//! the answer per folder: a walk of a thousand files in one folder looks
//! the claims file up once.

use crate::cli::TextType;
use ignore::overrides::{Override, OverrideBuilder};
use ignore::types::{Types, TypesBuilder};
use ignore::WalkBuilder;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// The walk's settings, from the flags.
#[derive(Clone, Debug, Default)]
pub struct WalkOptions {
    /// `-g/--glob`: ripgrep's override globs, `!` to leave out.
    pub globs: Vec<String>,
    /// `--type`: the text types to read; none means all of them.
    pub types: Vec<TextType>,
    pub hidden: bool,
    pub no_ignore: bool,
}

/// The file names of each text type. Named as pre-commit's `identify`
/// names them, so that the hook manifest and the walker read one set.
const TYPES: [(TextType, &str, &[&str]); 5] = [
    (TextType::Markdown, "markdown", &["*.md", "*.markdown"]),
    (TextType::PlainText, "plaintext", &["*.txt", "*.text"]),
    (TextType::Html, "html", &["*.html", "*.htm"]),
    (TextType::Rst, "rst", &["*.rst"]),
    (TextType::Asciidoc, "asciidoc", &["*.adoc", "*.asciidoc"]),
];

/// One entry of a walk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Walked {
    /// A file to read, named as the user would name it: the folder as
    /// given, then the path inside it.
    File(PathBuf),
    /// Something in the folder could not be walked (a subfolder that
    /// cannot be listed, an ignore file that does not parse).
    Error { path: PathBuf, message: String },
}

/// Walks folders with one set of settings.
pub struct Walker {
    options: WalkOptions,
    overrides: Override,
    types: Types,
}

impl Walker {
    /// Compiles the settings; a glob that does not parse is an error
    /// message for the user. Globs are matched from `cwd`, as ripgrep
    /// matches them from the current folder.
    pub fn new(options: &WalkOptions, cwd: &Path) -> Result<Walker, String> {
        let mut overrides = OverrideBuilder::new(absolute(cwd));
        for glob in &options.globs {
            overrides
                .add(glob)
                .map_err(|err| format!("invalid value `{glob}` for --glob: {}", reason(&err)))?;
        }
        let overrides = overrides
            .build()
            .map_err(|err| format!("invalid --glob: {}", reason(&err)))?;
        let mut types = TypesBuilder::new();
        for (kind, name, globs) in TYPES {
            for glob in globs {
                types.add(name, glob).expect("the text types' globs parse");
            }
            if options.types.is_empty() || options.types.contains(&kind) {
                types.select(name);
            }
        }
        let types = types.build().expect("the text types build");
        Ok(Walker {
            options: options.clone(),
            overrides,
            types,
        })
    }

    /// Every file to read under `folder` (as named by the user, relative
    /// to `cwd` or absolute), in a stable order.
    pub fn walk(&self, folder: &Path, cwd: &Path) -> Vec<Walked> {
        // Without "." or "..": ignore files and globs match paths from it.
        let root = absolute(&cwd.join(folder));
        let honour = !self.options.no_ignore;
        let walk = WalkBuilder::new(&root)
            .hidden(!self.options.hidden)
            .ignore(honour)
            .git_ignore(honour)
            .git_global(honour)
            .git_exclude(honour)
            .parents(honour)
            // A .gitignore says what is not a text of the project, in a
            // git repository or not (ripgrep requires one by default).
            .require_git(false)
            .follow_links(false)
            .overrides(self.overrides.clone())
            .types(self.types.clone())
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        let named = |path: &Path| -> PathBuf {
            let inside = path.strip_prefix(&root).unwrap_or(path);
            // "." walks the current folder: its files are named without "./".
            if folder.components().all(|c| c == Component::CurDir) {
                inside.to_path_buf()
            } else {
                folder.join(inside)
            }
        };
        let mut found = Vec::new();
        for entry in walk {
            match entry {
                Ok(entry) => {
                    if entry.file_type().is_some_and(|t| t.is_file()) {
                        found.push(Walked::File(named(entry.path())));
                    }
                }
                Err(err) => {
                    let path = error_path(&err).map_or_else(|| folder.to_path_buf(), named);
                    found.push(Walked::Error {
                        path,
                        message: reason(&err),
                    });
                }
            }
        }
        found
    }
}

/// The path an `ignore` error is about, if it names one.
fn error_path(err: &ignore::Error) -> Option<&Path> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithLineNumber { err, .. } | ignore::Error::WithDepth { err, .. } => {
            error_path(err)
        }
        ignore::Error::Partial(errors) => errors.iter().find_map(error_path),
        _ => None,
    }
}

/// An `ignore` error's message without its path (shown apart) or the
/// "(os error 2)" suffix.
fn reason(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. } => reason(err),
        ignore::Error::WithDepth { err, .. } => reason(err),
        ignore::Error::WithLineNumber { line, err } => format!("line {line}: {}", reason(err)),
        ignore::Error::Partial(errors) => errors.iter().map(reason).collect::<Vec<_>>().join("; "),
        ignore::Error::Io(err) => format!("cannot read: {}", crate::io_reason(err)),
        other => other.to_string(),
    }
}

/// Finds each text's claims file: the nearest `claims.toml` from the
/// text's own folder upward.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Folder (absolute, normalized) -> the claims file that governs it.
    nearest: HashMap<PathBuf, Option<PathBuf>>,
}

impl Discovery {
    pub fn new() -> Discovery {
        Discovery::default()
    }

    /// The claims file for a text at `path` (relative to `cwd` or
    /// absolute; it need not exist, its folder should), as an absolute
    /// path; `None` when there is none in its folder or any parent.
    pub fn for_text(&mut self, path: &Path, cwd: &Path) -> Option<PathBuf> {
        let full = absolute(&cwd.join(path));
        let folder = full.parent().unwrap_or(&full).to_path_buf();
        self.in_folder(&folder)
    }

    /// The nearest claims file in `folder` (absolute) or its parents.
    pub fn in_folder(&mut self, folder: &Path) -> Option<PathBuf> {
        let mut visited = Vec::new();
        let mut found = None;
        for dir in folder.ancestors() {
            if let Some(known) = self.nearest.get(dir) {
                found = known.clone();
                break;
            }
            visited.push(dir.to_path_buf());
            let candidate = dir.join("claims.toml");
            if candidate.is_file() {
                found = Some(candidate);
                break;
            }
        }
        for dir in visited {
            self.nearest.insert(dir, found.clone());
        }
        found
    }
}

/// `path` made absolute without `.` and `..`: resolved through the file
/// system where it exists (symbolic links included), else lexically.
pub fn absolute(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    // The file may not exist (a name given with --stdin-filename): resolve
    // its folder, and keep its name.
    if let (Some(parent), Some(name)) = (path.parent(), path.file_name()) {
        if let Ok(real) = parent.canonicalize() {
            return real.join(name);
        }
    }
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

/// `path` (absolute) as the user would write it from `cwd` (absolute):
/// inside it, the path from it; elsewhere `../` up to the common folder.
pub fn relative_to(path: &Path, cwd: &Path) -> PathBuf {
    if let Ok(inside) = path.strip_prefix(cwd) {
        return inside.to_path_buf();
    }
    let common = cwd
        .ancestors()
        .find(|folder| path.starts_with(folder))
        .unwrap_or(Path::new("/"));
    if common.parent().is_none() {
        // Nothing in common but the root: the absolute path is shorter.
        return path.to_path_buf();
    }
    let ups = cwd
        .strip_prefix(common)
        .map_or(0, |rest| rest.components().count());
    let mut relative = PathBuf::new();
    for _ in 0..ups {
        relative.push("..");
    }
    relative.join(path.strip_prefix(common).unwrap_or(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, bytes) in files {
            let full = dir.path().join(path);
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(full, bytes).unwrap();
        }
        dir
    }

    fn walked(dir: &Path, folder: &str, options: WalkOptions) -> Vec<String> {
        Walker::new(&options, dir)
            .unwrap()
            .walk(Path::new(folder), dir)
            .into_iter()
            .map(|w| match w {
                Walked::File(path) => path.display().to_string(),
                Walked::Error { path, message } => format!("error {}: {message}", path.display()),
            })
            .collect()
    }

    const TREE: &[(&str, &[u8])] = &[
        (".gitignore", b"drafts/\n*.bak.md\n"),
        ("a.md", b"a"),
        ("b.txt", b"b"),
        ("c.html", b"c"),
        ("d.rst", b"d"),
        ("e.adoc", b"e"),
        ("f.markdown", b"f"),
        ("g.text", b"g"),
        ("h.htm", b"h"),
        ("image.png", b"\x89PNG"),
        ("data.csv", b"1,2"),
        ("old.bak.md", b"x"),
        ("drafts/wip.md", b"x"),
        (".hidden/secret.md", b"x"),
        ("sub/deep/z.md", b"z"),
        ("sub/.ignore", b"deep/skip.md\n"),
        ("sub/deep/skip.md", b"x"),
    ];

    #[test]
    fn a_folder_walk_reads_text_types_and_honours_ignore_files() {
        let dir = tree(TREE);
        assert_eq!(
            walked(dir.path(), ".", WalkOptions::default()),
            [
                "a.md",
                "b.txt",
                "c.html",
                "d.rst",
                "e.adoc",
                "f.markdown",
                "g.text",
                "h.htm",
                "sub/deep/z.md"
            ]
        );
        assert_eq!(
            walked(dir.path(), "sub", WalkOptions::default()),
            ["sub/deep/z.md"]
        );
    }

    #[test]
    fn flags_widen_or_narrow_the_walk() {
        let dir = tree(TREE);
        let only_markdown = WalkOptions {
            types: vec![TextType::Markdown],
            ..WalkOptions::default()
        };
        assert_eq!(
            walked(dir.path(), ".", only_markdown),
            ["a.md", "f.markdown", "sub/deep/z.md"]
        );
        let all = WalkOptions {
            hidden: true,
            no_ignore: true,
            types: vec![TextType::Markdown],
            ..WalkOptions::default()
        };
        assert_eq!(
            walked(dir.path(), ".", all),
            [
                ".hidden/secret.md",
                "a.md",
                "drafts/wip.md",
                "f.markdown",
                "old.bak.md",
                "sub/deep/skip.md",
                "sub/deep/z.md"
            ]
        );
        // A glob wins over the types and leaves out what it does not match.
        let csv = WalkOptions {
            globs: vec!["*.csv".to_string()],
            ..WalkOptions::default()
        };
        assert_eq!(walked(dir.path(), ".", csv), ["data.csv"]);
        let not_text = WalkOptions {
            globs: vec!["!*.txt".to_string(), "!sub/**".to_string()],
            types: vec![TextType::PlainText, TextType::Markdown],
            ..WalkOptions::default()
        };
        assert_eq!(
            walked(dir.path(), ".", not_text),
            ["a.md", "f.markdown", "g.text"]
        );
    }

    #[test]
    fn a_bad_glob_is_a_usage_error() {
        let err = Walker::new(
            &WalkOptions {
                globs: vec!["a[".to_string()],
                ..WalkOptions::default()
            },
            Path::new("/"),
        )
        .err()
        .unwrap();
        assert!(err.starts_with("invalid value `a[` for --glob: "), "{err}");
    }

    #[test]
    fn each_text_finds_the_nearest_claims_file() {
        let dir = tree(&[
            ("claims.toml", b""),
            ("a.md", b""),
            ("desk/claims.toml", b""),
            ("desk/b.md", b""),
            ("desk/sub/c.md", b""),
        ]);
        let root = dir.path().canonicalize().unwrap();
        let mut discovery = Discovery::new();
        let find = |d: &mut Discovery, p: &str| {
            d.for_text(Path::new(p), &root)
                .map(|c| relative_to(&c, &root).display().to_string())
        };
        assert_eq!(find(&mut discovery, "a.md").as_deref(), Some("claims.toml"));
        assert_eq!(
            find(&mut discovery, "desk/b.md").as_deref(),
            Some("desk/claims.toml")
        );
        assert_eq!(
            find(&mut discovery, "desk/sub/c.md").as_deref(),
            Some("desk/claims.toml")
        );
        assert_eq!(
            find(&mut discovery, "desk/sub/../../a.md").as_deref(),
            Some("claims.toml")
        );
        // A name that does not exist (standard input named) still has a folder.
        assert_eq!(
            find(&mut discovery, "desk/new.md").as_deref(),
            Some("desk/claims.toml")
        );
        let from_desk = root.join("desk/sub");
        assert_eq!(
            relative_to(&root.join("claims.toml"), &from_desk),
            Path::new("../../claims.toml")
        );
    }
}
