//! Wall time of the release binary checking the seed article (or the sample
//! article when `../shared` is absent) with the bundled claims, process start
//! included. Prints figures; asserts nothing, since shared machines are noisy.
//!
//! Run: `cargo bench --bench check_speed`

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seed = root.join("../shared/seed/article.txt");
    let text = if seed.is_file() {
        seed
    } else {
        root.join("articles/pakistan-pivot.md")
    };
    let binary = env!("CARGO_BIN_EXE_factlint");
    let run = || {
        let start = Instant::now();
        let output = Command::new(binary)
            .current_dir(&root)
            .args([
                "check",
                "--published",
                "2025-11-24",
                "--as-of",
                "2025-11-28",
                "--format",
                "json",
                // The seed lies outside the project, beyond the reach of
                // claims discovery.
                "-c",
                "claims.toml",
            ])
            .arg(&text)
            .output()
            .expect("factlint runs");
        let elapsed = start.elapsed();
        assert!(
            output.status.code().is_some_and(|c| c < 2),
            "factlint failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        elapsed
    };
    for _ in 0..5 {
        run();
    }
    let mut times: Vec<Duration> = (0..100).map(|_| run()).collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    println!(
        "check {} ({} bytes) with claims.toml, 100 runs, wall time per run: min {:.2} ms, median {:.2} ms, mean {:.2} ms, p95 {:.2} ms",
        text.display(),
        std::fs::metadata(&text).map(|m| m.len()).unwrap_or(0),
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(mean),
        ms(times[times.len() * 95 / 100]),
    );
}
