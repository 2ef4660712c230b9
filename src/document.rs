//! A text to check.
