//! factlint: a linter for facts.
//!
//! A research desk keeps a curated `claims.toml`; factlint finds where a text
//! states each claim, compares, and reports mismatches and stale facts. The
//! library does all the work and never prints or exits: [`run::plan`]
//! settles which texts to check against which claims file ([`walk`] finds
//! them, [`input`] reads them within limits), and [`run::Plan::check`]
//! turns them into findings streamed to one of the renderers under
//! [`report`], or to [`annotate`]'s pages and W3C annotations.
#![cfg_attr(not(test), warn(clippy::print_stdout, clippy::print_stderr))]

pub mod annotate;
pub mod baseline;
pub mod check;
pub mod claims;
pub mod cli;
pub mod document;
pub mod extract;
pub mod extract_run;
pub mod findings;
pub mod fix;
pub mod input;
pub mod judge;
pub mod locate;
pub mod lsp;
pub mod parallel;
pub mod report;
pub mod run;
pub mod source;
pub mod walk;

/// An I/O error's reason without the "(os error 2)" suffix users can't act on.
pub(crate) fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}
