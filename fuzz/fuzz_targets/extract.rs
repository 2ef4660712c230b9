//! `extract` on arbitrary UTF-8, read as plain text, Markdown or HTML (the
//! input's first byte chooses): no panic, spans on char boundaries in text
//! order, the outputs render, the starter claims load.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (format, rest) = invariants::split_format(data);
    if let Ok(text) = std::str::from_utf8(rest) {
        invariants::extract_holds(format, text);
    }
});
