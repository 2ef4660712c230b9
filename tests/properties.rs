//! Property tests of the invariants every input keeps (`invariants/`): texts
//! built from the pieces values are made of, in any reader, and claims files
//! with their lines shuffled, cut and garbled. A quick, stable-toolchain
//! companion to the fuzz targets under `fuzz/`.

mod invariants;

use factlint::check::Checker;
use factlint::document::Format;
use proptest::prelude::*;

/// Pieces of the values, names and markup the extractors and readers look
/// at, with the whitespace and characters that have broken them before.
const PIECES: &[&str] = &[
    "$500 million", "50 percent", "25%", "1,2,3,4,5", "1.5", "three", "first",
    "September", "Sept. 5", "2025", "in June", "last year", "on Monday",
    "\u{201c}", "\u{201d}", "\"", "'", "said", "Asim Munir", "Trump", "Pakistan",
    "Strategic Metals", "tariffs", "deal", "army chief", "Field Marshal",
    "\u{a0}", "\u{2009}", "\u{feff}", "\r", "\n", "\n\n", "\r\n", "\t", " ", " ",
    ".", ",", ";", ":", "(", ")", "é", "ß", "中", "🦀", "\u{7}", "\0", "#", "*",
    "- ", "> ", "`", "[a](b)", "<p>", "</p>", "&amp;", "&#8220;", "<!--", "-->",
    "<!-- factlint: ignore -->", "---\ndate: 2025-01-02\n---\n",
    // A value past f64.
    "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 percent",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => "[a-zA-Z0-9 .,$%]{0,12}",
        1 => any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

fn format() -> impl Strategy<Value = Format> {
    prop::sample::select(vec![Format::Plain, Format::Markdown, Format::Html])
}

thread_local! {
    static CLAIMS: &'static factlint::claims::ClaimSet = Box::leak(Box::new(invariants::claims()));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn extract_keeps_the_invariants(format in format(), text in text()) {
        invariants::extract_holds(format, &text);
    }

    #[test]
    fn check_keeps_the_invariants(format in format(), text in text()) {
        CLAIMS.with(|claims| {
            invariants::check_holds(claims, &Checker::new(claims), format, &text);
        });
    }

    #[test]
    fn the_loader_says_why_of_any_bytes(
        keep in prop::collection::vec(any::<prop::sample::Index>(), 0..30),
        noise in prop::collection::vec(any::<u8>(), 0..40),
        at in any::<prop::sample::Index>(),
    ) {
        // Lines of the project's claims file, some kept in any order, and
        // bytes of noise put in at one place.
        let lines: Vec<&str> = invariants::CLAIMS.lines().collect();
        let mut bytes: Vec<u8> = keep
            .iter()
            .flat_map(|i| format!("{}\n", lines[i.index(lines.len())]).into_bytes())
            .collect();
        let cut = at.index(bytes.len() + 1);
        bytes.splice(cut..cut, noise);
        invariants::loader_holds(&bytes);
    }
}
