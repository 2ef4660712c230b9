//! Throughput of `factlint extract` with one thread (`-j1`) on news prose:
//! the release binary reads a text and prints every value it recognizes as
//! JSON. Prints MB/s and peak memory for each text; asserts nothing, since
//! shared machines are noisy. The aim is 20 MB/s per core.
//!
//! Run: `cargo bench --bench extract_speed [-- MEGABYTES]` (default 16, the
//! size of each generated text).
//!
//! Three texts, each printed on its own line:
//!
//! - **sample**: the paragraphs of the project's sample article
//!   (`articles/pakistan-pivot.md`) in a seeded shuffle, the text
//!   `corpus_speed` checks;
//! - **news-docs**: the texts of `../shared/data/news-docs.jsonl` (or of
//!   `$FACTLINT_CORPUS_DATA/news-docs.jsonl`) joined by blank lines, real
//!   news of many hands; skipped with a message when absent;
//! - **wire**: generated wire-service sentences built from templates with
//!   amounts of money, counts, percentages, quantities, durations, dates
//!   (absolute and relative), ordinals, titles and quotes, in digits and in
//!   words, mixed with sentences that state no value at all: denser in
//!   values than most prose.
//!
//! Fixed seeds make every run read the same bytes, so figures from two
//! builds compare. The texts are written once under `target/extract-speed/`
//! and reused.

#[path = "generate/shuffled.rs"]
mod shuffled;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let megabytes: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(|a| a.parse().expect("MEGABYTES is a whole number"))
        .unwrap_or(16);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/extract-speed");
    std::fs::create_dir_all(&dir).expect("target/extract-speed can be created");

    let sample = dir.join(format!("sample-{megabytes}mb.txt"));
    if !sample.is_file() {
        let stories: String = shuffled::stories(&root, megabytes * 1_000_000, 8_000).collect();
        std::fs::write(&sample, stories).expect("the sample text can be written");
    }
    measure("sample", &root, &sample, 3);

    let data = std::env::var_os("FACTLINT_CORPUS_DATA")
        .map_or_else(|| root.join("../shared/data"), PathBuf::from);
    match news_docs(&data.join("news-docs.jsonl")) {
        Some(text) => {
            let news = dir.join("news-docs.txt");
            std::fs::write(&news, text).expect("the news text can be written");
            // A small text: more runs for a steadier minimum.
            measure("news-docs", &root, &news, 7);
        }
        None => println!("news-docs: no {} here, skipped", data.display()),
    }

    let wire = dir.join(format!("wire-{megabytes}mb.txt"));
    if !wire.is_file() {
        std::fs::write(&wire, generate(megabytes * 1_000_000))
            .expect("the wire text can be written");
    }
    measure("wire", &root, &wire, 3);

    if let Some(kib) = peak_child_rss_kib() {
        println!(
            "peak resident memory of any run: {:.0} MiB",
            kib as f64 / 1024.0
        );
    }
}

/// Times `runs` extractions of `text` and prints the figures.
fn measure(label: &str, root: &Path, text: &Path, runs: usize) {
    let bytes = std::fs::metadata(text).expect("the text exists").len();
    let mut times = Vec::with_capacity(runs);
    let mut values = 0;
    for _ in 0..runs {
        let (elapsed, output) = extract(root, text);
        values = output.matches("\"kind\":").count();
        times.push(elapsed);
    }
    times.sort();
    let mb = bytes as f64 / 1e6;
    let secs = |d: Duration| d.as_secs_f64();
    println!(
        "{label}: extract -j1 {} ({:.2} MB, {} values found), {runs} runs: min {:.2} s ({:.1} MB/s), median {:.2} s ({:.1} MB/s)",
        text.display(),
        mb,
        values,
        secs(times[0]),
        mb / secs(times[0]),
        secs(times[runs / 2]),
        mb / secs(times[runs / 2]),
    );
}

/// The `text` of every line of a `news-docs.jsonl`, joined by blank lines.
fn news_docs(path: &Path) -> Option<String> {
    let lines = std::fs::read_to_string(path).ok()?;
    let texts: Vec<String> = lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let row: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            row["text"].as_str().expect("a text field").to_string()
        })
        .collect();
    Some(texts.join("\n\n") + "\n")
}

/// Runs `factlint extract -j1 --format json` on `text`, returning the wall
/// time (process start included) and what it printed.
fn extract(root: &Path, text: &Path) -> (Duration, String) {
    let start = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(root)
        .args([
            "extract",
            "-j1",
            "--published",
            "2025-11-24",
            "--format",
            "json",
        ])
        .arg(text)
        .stdin(Stdio::null())
        .output()
        .expect("factlint runs");
    let elapsed = start.elapsed();
    assert!(
        output.status.success(),
        "factlint extract failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        elapsed,
        String::from_utf8(output.stdout).expect("JSON is UTF-8"),
    )
}

/// The largest resident set of any child process so far, in KiB.
#[cfg(unix)]
fn peak_child_rss_kib() -> Option<u64> {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let status = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    // Linux reports ru_maxrss in KiB (macOS in bytes; the figure is then 1024x).
    (status == 0).then_some(usage.ru_maxrss as u64)
}

#[cfg(not(unix))]
fn peak_child_rss_kib() -> Option<u64> {
    None
}

/// The wire text's generator (xorshift64*), with a pick from a list.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PEOPLE: &[&str] = &[
    "Maria Alvarez",
    "Tomasz Nowak",
    "Aiko Tanaka",
    "Samuel Okafor",
    "Priya Raman",
    "Jonas Lindqvist",
    "Fatima Haddad",
    "Daniel Brooks",
    "Elena Petrova",
    "Kwame Mensah",
];
const TITLES: &[&str] = &[
    "Finance Minister",
    "Sen.",
    "Gov.",
    "the chief executive of Norland Energy,",
    "a senior analyst at the Baltic Policy Institute,",
    "Foreign Minister",
    "Mayor",
    "the company's chief financial officer,",
];
const PLACES: &[&str] = &[
    "Lisbon",
    "the northern province",
    "Ontario",
    "the port city",
    "Nairobi",
    "the capital",
    "Bavaria",
    "the coastal region",
];
const THINGS: &[&str] = &[
    "the bridge project",
    "the new water plant",
    "the rail line",
    "the housing program",
    "the vaccine drive",
    "the trade agreement",
    "the pension reform",
    "the wind farm",
];
const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "twelve",
    "fifteen", "twenty",
];
const RELATIVE_DATES: &[&str] = &[
    "last week",
    "earlier this year",
    "last month",
    "in early March",
    "late last year",
    "two weeks ago",
    "this month",
    "in the second quarter",
];
const FILLER: &[&str] = &[
    "Officials did not respond to requests for comment.",
    "The talks are expected to resume after the holiday.",
    "Critics say the plan leaves many questions unanswered.",
    "Residents gathered outside the council building in the rain.",
    "The ministry declined to say when the report would be published.",
    "Analysts warned that the outlook remains uncertain.",
    "It was not clear whether the opposition would support the measure.",
];

/// News-like prose of at least `target` bytes, in paragraphs of a few
/// sentences.
fn generate(target: usize) -> String {
    let mut rng = Rng(0x5EED_FAC7_1107_2025);
    let mut text = String::with_capacity(target + 4096);
    while text.len() < target {
        let sentences = 3 + rng.below(4);
        for i in 0..sentences {
            if i > 0 {
                text.push(' ');
            }
            sentence(&mut rng, &mut text);
        }
        text.push_str("\n\n");
    }
    text
}

fn sentence(rng: &mut Rng, out: &mut String) {
    let person = rng.pick(PEOPLE);
    let title = rng.pick(TITLES);
    let place = rng.pick(PLACES);
    let thing = rng.pick(THINGS);
    let month = rng.pick(MONTHS);
    let day = 1 + rng.below(28);
    let year = 2015 + rng.below(11);
    let amount = 1 + rng.below(900);
    let tenths = rng.below(10);
    let pct = 1 + rng.below(60);
    let count = 2 + rng.below(5000);
    let words = rng.pick(NUMBER_WORDS);
    let when = rng.pick(RELATIVE_DATES);
    let weekday = rng.pick(WEEKDAYS);
    let _ = match rng.below(16) {
        0 => write!(
            out,
            "The government approved ${amount}.{tenths} million for {thing} on {month} {day}, {year}."
        ),
        1 => write!(
            out,
            "{title} {person} said {when} that spending on {thing} would rise {pct} percent."
        ),
        2 => write!(
            out,
            "At least {count} people were evacuated from {place} after the storm on {weekday}."
        ),
        3 => write!(
            out,
            "\u{201c}We cannot wait another {words} years for this,\u{201d} {person} told reporters in {place}."
        ),
        4 => write!(
            out,
            "The {} largest lender in {place} cut its forecast to {pct}.{tenths}% from {}%.",
            ["second", "third", "fourth", "fifth"][rng.below(4)],
            pct + 1
        ),
        5 => write!(
            out,
            "Construction of {thing} covers about {amount},{:03} square kilometers and will take {words} months.",
            rng.below(1000)
        ),
        6 => write!(
            out,
            "Exports fell to {amount} billion euros in {month} {year}, the lowest since {}.",
            year - 1 - rng.below(10)
        ),
        7 => write!(
            out,
            "The ruling, issued {when}, affects roughly {words} thousand households."
        ),
        8 => write!(
            out,
            "Between {} and {} workers joined the strike, which lasted {words} days.",
            count,
            count + 500
        ),
        9 => write!(
            out,
            "{title} {person}, who took office in {year}, has promised to halve the deficit by {}.",
            year + 3
        ),
        10 => write!(
            out,
            "Prices of grain climbed {pct} percent over {words} weeks, and a tonne now sells for ${amount}."
        ),
        11 => write!(
            out,
            "The company said it would hire {count} staff and invest nearly \u{a3}{amount}m over the next {words} years."
        ),
        12 => write!(
            out,
            "Police said {words} people were injured when a truck carrying {amount} gallons of fuel overturned."
        ),
        13 => write!(
            out,
            "The fund lost {pct} per cent of its value in the three months to {month} {day}."
        ),
        _ => write!(out, "{}", rng.pick(FILLER)),
    };
}
