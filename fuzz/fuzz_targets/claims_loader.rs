//! The claims loader on arbitrary bytes: no panic, and every error has a
//! message and a place on a real line.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| invariants::loader_holds(data));
