//! Table-driven tests for the date extractor.
