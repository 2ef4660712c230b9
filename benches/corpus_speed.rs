//! factlint at archive scale, side by side with ripgrep and typos: the
//! release binary checks a generated corpus of news prose against the
//! bundled claims, as ~11k files and as one file, while ripgrep counts the
//! claims' anchors in the same text and typos spell-checks it. Prints wall
//! time, CPU time (user + system) and peak resident memory of every run,
//! and factlint's ratios to the others. Asserts nothing: shared machines
//! are noisy, and the figures are for people to read.
//!
//! Run: `cargo bench --bench corpus_speed [-- MEGABYTES]` (default 100;
//! `FACTLINT_CORPUS_MB` works too), e.g. `-- 8` for a quick run. Needs
//! `rg` (Debian's `ripgrep`) on the PATH; `typos` (`cargo install --locked
//! typos-cli`) is timed when installed and skipped with a message when
//! not. Not part of CI.
//!
//! The corpus is generated, not collected: the paragraphs of the project's
//! sample article (`articles/pakistan-pivot.md`, front matter left out),
//! shuffled by a seeded generator and laid out in files of about 8.7 KB
//! (a news story's length: 100 MB makes ~11.4k files), and the same text
//! again as one file. Every run reads the same bytes, so figures from two
//! builds compare. It is written once under the system's temporary folder
//! (outside the repository, whose `.gitignore` would hide `target/` from
//! all three tools) and reused.
//!
//! The tools run in turn, one round after another, so that a change in the
//! machine's load falls on all of them alike; each figure is the median of
//! the rounds. CPU time and peak memory come from `wait4`, for that child
//! alone. Every tool uses all cores, as each does by default.

#[path = "generate/shuffled.rs"]
mod shuffled;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A story's length in bytes: 100 MB in files of this size is the 11k-file
/// archive of issue 15's figures.
const FILE_BYTES: usize = 8_737;
/// Rounds of every tool on every input, unless `FACTLINT_CORPUS_ROUNDS`
/// says otherwise; the median is printed.
const ROUNDS: usize = 3;

fn main() {
    let megabytes: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .or_else(|| std::env::var("FACTLINT_CORPUS_MB").ok())
        .map(|a| a.parse().expect("MEGABYTES is a whole number"))
        .unwrap_or(100);
    let rounds: usize = std::env::var("FACTLINT_CORPUS_ROUNDS")
        .ok()
        .map_or(ROUNDS, |r| {
            r.parse().expect("FACTLINT_CORPUS_ROUNDS is a whole number")
        });
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = Corpus::at(&root, megabytes);
    let anchors = corpus.dir.join("anchors.txt");
    std::fs::write(&anchors, anchors_of(&root.join("claims.toml")))
        .expect("the anchors file can be written");

    let factlint = env!("CARGO_BIN_EXE_factlint");
    let typos = installed("typos");
    if typos.is_none() {
        println!("typos is not installed (cargo install --locked typos-cli): its rows are skipped");
    }
    assert!(
        installed("rg").is_some(),
        "ripgrep is needed: apt-get install ripgrep"
    );
    println!(
        "corpus: {:.1} MB of shuffled paragraphs of articles/pakistan-pivot.md, {} files and one file, under {}",
        corpus.bytes as f64 / 1e6,
        corpus.files,
        corpus.dir.display()
    );

    for (label, input) in [
        (format!("{} files", corpus.files), &corpus.files_dir),
        ("one file".to_string(), &corpus.one_file),
    ] {
        let mut tools: Vec<(&str, Command)> = Vec::new();
        let mut check = Command::new(factlint);
        check
            .current_dir(&root)
            .args(["check", "-c", "claims.toml", "--format", "jsonl"])
            .args(["--published", "2025-11-24", "--as-of", "2025-11-28"])
            .args(["--fail-on", "never"])
            .arg(input);
        tools.push(("factlint", check));
        let mut rg = Command::new("rg");
        rg.args(["-i", "-F", "--count-matches", "-f"])
            .arg(&anchors)
            .arg(input);
        tools.push(("rg", rg));
        if let Some(typos) = &typos {
            let mut spell = Command::new(typos);
            spell.arg(input);
            tools.push(("typos", spell));
        }

        let mut runs: Vec<Vec<Usage>> = vec![Vec::new(); tools.len()];
        for _ in 0..rounds {
            for (k, (_, command)) in tools.iter_mut().enumerate() {
                runs[k].push(measure(command));
            }
        }
        let medians: Vec<Usage> = runs.into_iter().map(median).collect();
        println!("\n{label} ({rounds} rounds, alternating; medians):");
        for ((name, _), usage) in tools.iter().zip(&medians) {
            println!(
                "  {name:<9} wall {:>8.2} s  cpu {:>8.2} s  peak RSS {:>7.1} MiB",
                usage.wall.as_secs_f64(),
                usage.cpu.as_secs_f64(),
                usage.max_rss_kib as f64 / 1024.0
            );
        }
        for ((name, _), usage) in tools.iter().zip(&medians).skip(1) {
            let ours = &medians[0];
            println!(
                "  factlint/{name}: wall {:.1}x, cpu {:.1}x, peak RSS {:.1}x",
                ours.wall.as_secs_f64() / usage.wall.as_secs_f64(),
                ours.cpu.as_secs_f64() / usage.cpu.as_secs_f64(),
                ours.max_rss_kib as f64 / usage.max_rss_kib.max(1) as f64
            );
        }
    }
}

/// The generated text, as many files and as one.
struct Corpus {
    dir: PathBuf,
    files_dir: PathBuf,
    one_file: PathBuf,
    files: usize,
    bytes: usize,
}

impl Corpus {
    /// Writes the corpus of `megabytes` unless an earlier run did.
    fn at(root: &Path, megabytes: usize) -> Corpus {
        let dir = std::env::temp_dir().join(format!("factlint-corpus-speed/{megabytes}mb"));
        let files_dir = dir.join("files");
        let one_file = dir.join("one.txt");
        // "files bytes", written last: a run cut short leaves no marker and
        // is redone.
        let done = dir.join("complete");
        let counts = std::fs::read_to_string(&done).ok().and_then(|c| {
            let (files, bytes) = c.trim().split_once(' ')?;
            Some((files.parse().ok()?, bytes.parse().ok()?))
        });
        let (files, bytes) = counts.unwrap_or_else(|| {
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&files_dir).expect("the corpus folder can be created");
            let mut whole = std::io::BufWriter::new(
                std::fs::File::create(&one_file).expect("the one-file corpus can be created"),
            );
            let (mut files, mut bytes) = (0, 0);
            let stories = shuffled::stories(root, megabytes * 1_000_000, FILE_BYTES);
            for (k, text) in stories.enumerate() {
                // Folders of 1,000 files, as an archive by month would be.
                let sub = files_dir.join(format!("{:03}", k / 1000));
                std::fs::create_dir_all(&sub).expect("a corpus subfolder can be created");
                std::fs::write(sub.join(format!("story-{k:05}.txt")), &text)
                    .expect("a corpus file can be written");
                whole
                    .write_all(text.as_bytes())
                    .expect("the one-file corpus can be written");
                files += 1;
                bytes += text.len();
            }
            whole.flush().expect("the one-file corpus can be written");
            std::fs::write(&done, format!("{files} {bytes}\n")).expect("the marker can be written");
            (files, bytes)
        });
        Corpus {
            dir,
            files_dir,
            one_file,
            files,
            bytes,
        }
    }
}

/// The claims' `about` anchors and `person` names, one per line: what
/// factlint looks for before it reads a sentence, so what ripgrep is asked
/// to find.
fn anchors_of(claims: &Path) -> String {
    let text = std::fs::read_to_string(claims).expect("claims.toml is readable");
    let table: toml::Table = text.parse().expect("claims.toml is TOML");
    let mut anchors: Vec<String> = Vec::new();
    for claim in table
        .get("claim")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
    {
        let about = claim.get("about").and_then(toml::Value::as_array);
        for value in about.into_iter().flatten() {
            anchors.extend(value.as_str().map(str::to_string));
        }
        anchors.extend(
            claim
                .get("person")
                .and_then(toml::Value::as_str)
                .map(str::to_string),
        );
    }
    anchors.sort();
    anchors.dedup();
    anchors.iter().map(|a| format!("{a}\n")).collect()
}

/// What one run of a child cost.
#[derive(Clone, Copy, Debug)]
struct Usage {
    wall: Duration,
    cpu: Duration,
    max_rss_kib: u64,
}

/// Runs `command` to its end, output discarded, and reads its own usage
/// with `wait4` (per child, unlike `getrusage(RUSAGE_CHILDREN)`, whose
/// peak is the largest of all children so far).
fn measure(command: &mut Command) -> Usage {
    let start = Instant::now();
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the tool starts");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: wait4 writes only the status and the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(reaped, pid, "wait4 reaps the tool");
    // The child is reaped; `Child` has nothing left to wait for.
    drop(child);
    // typos exits with 2 when it finds a typo; the others with 2 on an error.
    let spelling = Path::new(command.get_program()).ends_with("typos");
    assert!(
        libc::WIFEXITED(status) && (libc::WEXITSTATUS(status) < 2 || spelling),
        "{:?} failed with status {status}",
        command.get_program()
    );
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Usage {
        wall,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        // Linux reports ru_maxrss in KiB.
        max_rss_kib: usage.ru_maxrss as u64,
    }
}

/// Each figure's median over the rounds, taken separately.
fn median(mut runs: Vec<Usage>) -> Usage {
    let mid = runs.len() / 2;
    runs.sort_by_key(|u| u.wall);
    let wall = runs[mid].wall;
    runs.sort_by_key(|u| u.cpu);
    let cpu = runs[mid].cpu;
    runs.sort_by_key(|u| u.max_rss_kib);
    Usage {
        wall,
        cpu,
        max_rss_kib: runs[mid].max_rss_kib,
    }
}

/// The path of `program` when it is on the PATH.
fn installed(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| Path::new(dir).join(program))
        .find(|p| p.is_file())
        .or_else(|| {
            let cargo_bin = PathBuf::from(std::env::var_os("HOME")?).join(".cargo/bin");
            Some(cargo_bin.join(program)).filter(|p| p.is_file())
        })
}
