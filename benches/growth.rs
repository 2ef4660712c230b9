//! Growth check: is every stage linear in the text? For each input shape
//! that once made factlint super-linear (issue 15), the release binary runs
//! on a 1× and an 8× input under valgrind's callgrind, which counts the
//! instructions executed: deterministic, unlike time, so the figure is the
//! same on a busy machine. Linear work gives a ratio near 8; quadratic, 64.
//!
//! ```sh
//! cargo bench --bench growth              # the table
//! cargo bench --bench growth -- --check   # exit 1 when a ratio reaches 16 (CI)
//! cargo bench --bench growth -- SHAPE     # the shapes whose name contains SHAPE
//! ```
//!
//! Without valgrind it prints a note and exits 0. Each 1× input does at
//! least 50 ms of work natively, so that process start and loading the
//! claims file do not hide the growth. A run that takes longer than
//! `PATIENCE` under callgrind is stopped and counts as failing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The ratio of instructions (8× input over 1×) that fails the check.
const LIMIT: f64 = 16.0;

/// How long one run may take under callgrind (about 50 times native speed).
const PATIENCE: Duration = Duration::from_secs(300);

/// One input shape: the command it runs and its text at a scale.
struct Shape {
    name: &'static str,
    /// `factlint` arguments before the text's path.
    args: &'static [&'static str],
    /// The text at scale `n` (1 or 8).
    text: fn(usize) -> String,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "extract: values in one sentence (1,2,3,…)",
        args: &["extract", "-j1", "--published", "2025-11-24"],
        text: |n| {
            let numbers: Vec<String> = (1..=12_000 * n).map(|i| i.to_string()).collect();
            format!("The list: {}.\n", numbers.join(","))
        },
    },
    Shape {
        name: "extract: a line of dated sentences with no break",
        args: &["extract", "-j1", "--published", "2025-11-24"],
        text: |n| {
            let mut line = String::new();
            for i in 0..4_000 * n {
                let _ = write!(
                    line,
                    "On {} {}, {} the board met again. ",
                    MONTHS[i % 12],
                    i % 28 + 1,
                    1990 + i % 35
                );
            }
            line.push('\n');
            line
        },
    },
    Shape {
        name: "check: mentions of a person in one sentence",
        args: &[
            "check",
            "-j1",
            "--published",
            "2025-11-24",
            "--as-of",
            "2025-11-28",
            "--format",
            "json",
            "-c",
            "claims.toml",
        ],
        text: |n| {
            let mut sentence = String::from("Field Marshal Asim Munir");
            for i in 0..1_000 * n {
                let _ = write!(sentence, ", {} Asim Munir", ["and", "with", "then"][i % 3]);
            }
            sentence.push_str(" said the army chief.\n");
            sentence
        },
    },
    Shape {
        name: "extract: text with no sentence punctuation",
        args: &["extract", "-j1", "--published", "2025-11-24"],
        text: |n| {
            let mut text = String::new();
            for i in 0..1_600 * n {
                let _ = write!(
                    text,
                    "the firm paid ${} million to {} people in {} and {} percent more ",
                    i % 90 + 2,
                    i % 40 + 3,
                    MONTHS[i % 12],
                    i % 60 + 1
                );
            }
            text
        },
    },
    Shape {
        name: "extract --format toml: values per sentence",
        args: &[
            "extract",
            "-j1",
            "--published",
            "2025-11-24",
            "--format",
            "toml",
        ],
        text: |n| {
            let values: Vec<String> = (0..600 * n)
                .map(|i| format!("${} million", i + 2))
                .collect();
            format!("The payments were {}.\n", values.join(", "))
        },
    },
    Shape {
        name: "extract --format toml: sentences",
        args: &[
            "extract",
            "-j1",
            "--published",
            "2025-11-24",
            "--format",
            "toml",
        ],
        text: |n| {
            let mut text = String::new();
            for i in 0..400 * n {
                let _ = writeln!(
                    text,
                    "In {} the firm paid ${} million for {} percent of {} mines.",
                    MONTHS[i % 12],
                    i + 2,
                    i % 60 + 1,
                    i % 30 + 3
                );
            }
            text
        },
    },
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let only: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if Command::new("valgrind").arg("--version").output().is_err() {
        println!("growth: valgrind is not installed; nothing measured");
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/growth");
    std::fs::create_dir_all(&dir).expect("target/growth can be created");

    let mut failed = Vec::new();
    for (index, shape) in SHAPES.iter().enumerate() {
        if !only.is_empty() && !only.iter().any(|o| shape.name.contains(o.as_str())) {
            continue;
        }
        let mut counts = Vec::new();
        for scale in [1, 8] {
            let text = (shape.text)(scale);
            let path = dir.join(format!("shape{index}-{scale}x.txt"));
            std::fs::write(&path, &text).expect("the input can be written");
            let native = native_time(&root, shape, &path);
            let counted = instructions(&root, &dir, shape, &path);
            println!(
                "  {:<52} {scale}x: {:>8} bytes, {:>7.1} ms native, {}",
                shape.name,
                text.len(),
                native.as_secs_f64() * 1000.0,
                counted.map_or("stopped".to_string(), |c| format!("{c} instructions")),
            );
            counts.push(counted);
        }
        let ratio = match (counts[0], counts[1]) {
            (Some(one), Some(eight)) => eight as f64 / one as f64,
            _ => f64::INFINITY,
        };
        let verdict = if ratio < LIMIT { "ok" } else { "SUPER-LINEAR" };
        println!("{:<54} ratio 8x/1x: {ratio:.2} {verdict}", shape.name);
        if ratio >= LIMIT {
            failed.push(shape.name);
        }
    }
    if check && !failed.is_empty() {
        eprintln!(
            "growth: {} shape(s) grow by {LIMIT} or more for 8 times the input: {}",
            failed.len(),
            failed.join("; ")
        );
        std::process::exit(1);
    }
}

/// `program` in the project's folder, its output thrown away.
fn command(root: &Path, program: &str) -> Command {
    let mut command = Command::new(program);
    command
        .current_dir(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// The wall time of one native run, for the table (1× should be ≥ 50 ms).
fn native_time(root: &Path, shape: &Shape, path: &Path) -> Duration {
    let start = Instant::now();
    let status = command(root, env!("CARGO_BIN_EXE_factlint"))
        .args(shape.args)
        .arg(path)
        .status()
        .expect("factlint runs");
    assert!(
        status.code().is_some_and(|c| c < 2),
        "{}: factlint failed",
        shape.name
    );
    start.elapsed()
}

/// The instructions one run executes, counted by callgrind; `None` when it
/// takes longer than `PATIENCE`.
fn instructions(root: &Path, dir: &Path, shape: &Shape, path: &Path) -> Option<u64> {
    let out = dir.join("callgrind.out");
    let _ = std::fs::remove_file(&out);
    let mut child = command(root, "valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(env!("CARGO_BIN_EXE_factlint"))
        .args(shape.args)
        .arg(path)
        .spawn()
        .expect("valgrind runs");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("valgrind can be waited for") {
            assert!(
                status.code().is_some_and(|c| c < 2),
                "{}: factlint failed under valgrind",
                shape.name
            );
            break;
        }
        if start.elapsed() > PATIENCE {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let text = std::fs::read_to_string(&out).expect("callgrind writes its counts");
    // "summary: N" (or "totals: N") holds the instructions of the run.
    text.lines()
        .find_map(|line| {
            line.strip_prefix("summary: ")
                .or_else(|| line.strip_prefix("totals: "))
        })
        .and_then(|n| n.split_whitespace().next()?.parse().ok())
}
