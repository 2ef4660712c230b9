//! `check` of arbitrary text against the project's claims file: no panic,
//! spans on char boundaries, the text at each span is the found text, line
//! and column agree, the reports render, the starter claims load.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use factlint::check::Checker;
use factlint::claims::ClaimSet;
use libfuzzer_sys::fuzz_target;

thread_local! {
    /// Built once: the claims and their anchor automaton.
    static SETUP: (&'static ClaimSet, Checker<'static>) = {
        let claims: &'static ClaimSet = Box::leak(Box::new(invariants::claims()));
        (claims, Checker::new(claims))
    };
}

fuzz_target!(|data: &[u8]| {
    let (format, rest) = invariants::split_format(data);
    if let Ok(text) = std::str::from_utf8(rest) {
        SETUP.with(|(claims, checker)| invariants::check_holds(claims, checker, format, text));
    }
});
