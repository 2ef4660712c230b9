//! factlint: a linter for facts.
pub mod document;
pub mod extract;
