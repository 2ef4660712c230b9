//! Reading one text, within limits: what factlint agrees to read and what
//! it refuses, before any checking.
//!
//! A text is read whole (findings point into it by byte offset), so every
//! way of being handed something that is not a text of sane size is
//! stopped here rather than discovered as exhausted memory:
//!
//! - a regular file larger than `--max-filesize` (none by default: its
//!   size is known before reading it);
//! - standard input and named pipes, whose size is not known: read up to
//!   1 GiB (or `--max-filesize` when smaller), then refused;
//! - character and block devices (`/dev/zero`, a disk): refused unread,
//!   named or as standard input (`- < /dev/zero`); a terminal on standard
//!   input is read when asked for with `-`, as `cat -` reads one;
//! - binary files, told as ripgrep tells them: by a NUL byte, which no text
//!   holds.
//!
//! Whether a refusal is an error is the caller's choice: a binary or
//! oversized file met while walking a folder is skipped, one named on the
//! command line is an error in its place.

use crate::claims;
use crate::document::Document;
use crate::findings::FileError;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The most standard input or a pipe may hold: 1 GiB.
pub const STREAM_LIMIT: u64 = 1 << 30;

/// Where a text comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

/// What standard input is, which decides whether it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdinKind {
    /// A pipe, a socket or a redirected regular file: a text to read.
    Readable,
    /// An interactive terminal: read only when asked for with `-`.
    Terminal,
    /// A character or block device other than a terminal (`/dev/null`,
    /// `/dev/zero`): never a text.
    Device,
    /// Closed, or not inspectable.
    Unavailable,
}

impl StdinKind {
    /// What this process's standard input is.
    pub fn detect() -> StdinKind {
        use std::io::IsTerminal;
        if io::stdin().is_terminal() {
            return StdinKind::Terminal;
        }
        stdin_kind()
    }
}

#[cfg(unix)]
fn stdin_kind() -> StdinKind {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    let Ok(fd) = io::stdin().as_fd().try_clone_to_owned() else {
        return StdinKind::Unavailable;
    };
    match std::fs::File::from(fd).metadata() {
        Ok(meta) => {
            let kind = meta.file_type();
            if kind.is_char_device() || kind.is_block_device() {
                StdinKind::Device
            } else {
                StdinKind::Readable
            }
        }
        Err(_) => StdinKind::Unavailable,
    }
}

#[cfg(not(unix))]
fn stdin_kind() -> StdinKind {
    // Not a terminal: a pipe or a redirected file.
    StdinKind::Readable
}

/// The limits a run reads texts within.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// `--max-filesize`, in bytes.
    pub max_filesize: Option<u64>,
    /// Read a text with NUL bytes rather than refuse it as binary: for
    /// `extract`, which reads the one text the user names, control
    /// characters and all.
    pub read_binary: bool,
}

impl Limits {
    /// The most a stream (standard input, a pipe) may hold.
    fn stream(&self) -> u64 {
        self.max_filesize
            .map_or(STREAM_LIMIT, |max| max.min(STREAM_LIMIT))
    }
}

/// Why a text was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread {
    /// A binary file or one over the size limit: skipped when met in a
    /// walk, an error when named.
    Refused(FileError),
    /// Anything else: always an error.
    Failed(FileError),
}

impl Unread {
    pub fn into_error(self) -> FileError {
        match self {
            Unread::Refused(err) | Unread::Failed(err) => err,
        }
    }
}

/// Reads `input` (a file relative to `cwd`, or `stdin`), named `name` in
/// its document and errors.
pub fn read(
    input: &Input,
    name: &str,
    cwd: &Path,
    stdin: &mut dyn Read,
    stdin_kind: StdinKind,
    limits: Limits,
) -> Result<Document, Unread> {
    let bytes = match input {
        Input::Stdin => read_stdin(name, stdin, stdin_kind, limits)?,
        Input::File(path) => read_file(name, &cwd.join(path), limits)?,
    };
    text(name, bytes, limits.read_binary)
}

fn read_stdin(
    name: &str,
    stdin: &mut dyn Read,
    kind: StdinKind,
    limits: Limits,
) -> Result<Vec<u8>, Unread> {
    if kind == StdinKind::Device {
        return Err(Unread::Failed(error(
            name,
            "standard input is a device (such as /dev/zero or /dev/null), not a text: \
             pipe or redirect a file",
        )));
    }
    read_stream(name, "standard input", stdin, limits)
}

fn read_file(name: &str, full: &Path, limits: Limits) -> Result<Vec<u8>, Unread> {
    let unreadable = |err: &io::Error| {
        Unread::Failed(error(
            name,
            &format!("cannot read: {}", crate::io_reason(err)),
        ))
    };
    let meta = std::fs::metadata(full).map_err(|err| unreadable(&err))?;
    let kind = meta.file_type();
    if kind.is_dir() {
        return Err(Unread::Failed(error(
            name,
            "is a folder (name it as a PATH to walk it)",
        )));
    }
    if !kind.is_file() {
        if is_device(&kind) {
            return Err(Unread::Failed(error(
                name,
                "is a device, not a text: factlint reads files and pipes",
            )));
        }
        // A named pipe (`<(command)`) or a socket: a stream of unknown size.
        let mut file = std::fs::File::open(full).map_err(|err| unreadable(&err))?;
        return read_stream(name, "the pipe", &mut file, limits);
    }
    if let Some(max) = limits.max_filesize {
        if meta.len() > max {
            return Err(Unread::Refused(error(
                name,
                &format!(
                    "larger than --max-filesize ({} bytes, more than {max})",
                    meta.len()
                ),
            )));
        }
    }
    std::fs::read(full).map_err(|err| unreadable(&err))
}

#[cfg(unix)]
fn is_device(kind: &std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    kind.is_char_device() || kind.is_block_device()
}

#[cfg(not(unix))]
fn is_device(_kind: &std::fs::FileType) -> bool {
    false
}

/// Reads a stream of unknown size, refusing it past the stream limit.
fn read_stream(
    name: &str,
    what: &str,
    reader: &mut dyn Read,
    limits: Limits,
) -> Result<Vec<u8>, Unread> {
    let limit = limits.stream();
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| {
            Unread::Failed(error(
                name,
                &format!("cannot read: {}", crate::io_reason(&err)),
            ))
        })?;
    if bytes.len() as u64 > limit {
        let size = if limit == STREAM_LIMIT {
            "1 GiB".to_string()
        } else {
            format!("--max-filesize ({limit} bytes)")
        };
        return Err(Unread::Refused(error(
            name,
            &format!("{what} holds more than {size}: name a file instead"),
        )));
    }
    Ok(bytes)
}

/// The bytes as a text: refused when binary (unless `read_binary`), an
/// error when not UTF-8.
fn text(name: &str, bytes: Vec<u8>, read_binary: bool) -> Result<Document, Unread> {
    if let Some(nul) = bytes.iter().position(|&b| b == 0).filter(|_| !read_binary) {
        return Err(Unread::Refused(FileError {
            path: name.to_string(),
            position: Some(byte_position(&bytes, nul)),
            message: "a binary file (a NUL byte here), not a text".to_string(),
        }));
    }
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        Unread::Failed(FileError {
            path: name.to_string(),
            position: Some(claims::line_column_of(prefix, valid)),
            message: format!("not UTF-8 text (invalid byte 0x{:02x})", bytes[valid]),
        })
    })?;
    Ok(Document::new(name, text))
}

/// 1-based line and column (in characters, as far as the bytes before it
/// read as UTF-8) of byte `at`.
fn byte_position(bytes: &[u8], at: usize) -> (usize, usize) {
    let line_start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = bytes[..line_start].iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&bytes[line_start..at])
        .chars()
        .count()
        + 1;
    (line, column)
}

fn error(name: &str, message: &str) -> FileError {
    FileError {
        path: name.to_string(),
        position: None,
        message: message.to_string(),
    }
}

/// A size written as `--max-filesize` takes it: bytes, or a number with
/// K, M or G (powers of 1024, as in ripgrep).
pub fn parse_size(value: &str) -> Result<u64, String> {
    let value = value.trim();
    let (digits, factor) = match value.char_indices().last() {
        Some((i, 'K' | 'k')) => (&value[..i], 1u64 << 10),
        Some((i, 'M' | 'm')) => (&value[..i], 1 << 20),
        Some((i, 'G' | 'g')) => (&value[..i], 1 << 30),
        _ => (value, 1),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .ok_or_else(|| {
            format!(
                "invalid value `{value}` for --max-filesize: expected a size like 500000, 500K, 10M or 1G"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn size(text: &str, expected: Option<u64>) {
        assert_eq!(parse_size(text).ok(), expected, "{text}");
    }

    #[test]
    fn sizes_read_as_ripgrep_reads_them() {
        size("0", Some(0));
        size("500000", Some(500_000));
        size("10K", Some(10 * 1024));
        size("10k", Some(10 * 1024));
        size("2M", Some(2 << 20));
        size("1G", Some(1 << 30));
        size(" 3M ", Some(3 << 20));
        size("", None);
        size("M", None);
        size("1.5M", None);
        size("-1", None);
        size("10T", None);
        size("99999999999999999999G", None);
    }

    #[track_caller]
    fn read_bytes(bytes: &[u8], limits: Limits) -> Result<Document, Unread> {
        read(
            &Input::Stdin,
            "in.md",
            Path::new("."),
            &mut &bytes[..],
            StdinKind::Readable,
            limits,
        )
    }

    #[test]
    fn a_nul_byte_makes_a_binary_file_at_its_place() {
        let Err(Unread::Refused(err)) = read_bytes(b"line one\nab\xc3\xa9c\0d", Limits::default())
        else {
            panic!("a NUL byte is refused");
        };
        assert_eq!(
            err.to_string(),
            "in.md:2:5: a binary file (a NUL byte here), not a text"
        );
    }

    #[test]
    fn a_stream_past_its_limit_is_refused() {
        let limits = Limits {
            max_filesize: Some(4),
            ..Limits::default()
        };
        assert!(read_bytes(b"four", limits).is_ok());
        let Err(Unread::Refused(err)) = read_bytes(b"five!", limits) else {
            panic!("five bytes are over the limit");
        };
        assert_eq!(
            err.to_string(),
            "in.md: standard input holds more than --max-filesize (4 bytes): name a file instead"
        );
    }

    #[test]
    fn a_device_on_standard_input_is_never_read() {
        let mut endless = io::repeat(b'a');
        let outcome = read(
            &Input::Stdin,
            "<stdin>",
            Path::new("."),
            &mut endless,
            StdinKind::Device,
            Limits::default(),
        );
        assert!(
            matches!(&outcome, Err(Unread::Failed(err)) if err.message.starts_with("standard input is a device")),
            "{outcome:?}"
        );
    }

    #[test]
    fn an_endless_stream_stops_at_the_limit() {
        // io::repeat never ends: the read must stop on its own.
        let mut endless = io::repeat(b'a');
        let outcome = read(
            &Input::Stdin,
            "<stdin>",
            Path::new("."),
            &mut endless,
            StdinKind::Readable,
            Limits {
                max_filesize: Some(1 << 20),
                ..Limits::default()
            },
        );
        assert!(matches!(outcome, Err(Unread::Refused(_))), "{outcome:?}");
    }
}
