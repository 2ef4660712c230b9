//! Reading a Recognizers-Text spec file into cases with byte spans.
//!
//! The files are written for .NET first, so their offsets count UTF-16 code
//! units; factlint's spans are byte offsets into a `&str`. Converting once
//! here keeps the matching code in plain byte spans.

use factlint::extract::Span;
use serde_json::Value as Json;

/// One test case that runs on .NET, with its expected results.
pub struct Case {
    pub input: String,
    /// `Context.ReferenceDateTime`, date part only.
    pub reference: Option<jiff::civil::Date>,
    pub results: Vec<Expected>,
}

/// One expected result: where it is and its `Resolution` (model files) or
/// `Value` (parser files), left as JSON for the scorer to interpret per model.
pub struct Expected {
    pub text: String,
    pub span: Span,
    pub resolution: Json,
}

/// What reading a file gave: the cases to score and how many were skipped
/// because they are marked as not supported on .NET.
pub struct Spec {
    pub cases: Vec<Case>,
    pub skipped: usize,
}

pub fn read(path: &std::path::Path) -> Result<Spec, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json: Json = serde_json::from_str(text).map_err(|e| format!("{}: {e}", path.display()))?;
    let Json::Array(items) = json else {
        return Err(format!("{}: not a JSON array", path.display()));
    };
    let mut spec = Spec {
        cases: Vec::new(),
        skipped: 0,
    };
    for (n, item) in items.iter().enumerate() {
        if not_for_dotnet(item) {
            spec.skipped += 1;
            continue;
        }
        spec.cases
            .push(case(item).map_err(|e| format!("{}: case {n}: {e}", path.display()))?);
    }
    Ok(spec)
}

/// `NotSupported` / `NotSupportedByDesign` are comma-separated platform lists.
fn not_for_dotnet(item: &Json) -> bool {
    ["NotSupported", "NotSupportedByDesign"].iter().any(|key| {
        item.get(key).and_then(Json::as_str).is_some_and(|list| {
            list.split(',')
                .any(|p| p.trim().eq_ignore_ascii_case("dotnet"))
        })
    })
}

fn case(item: &Json) -> Result<Case, String> {
    let input = item
        .get("Input")
        .and_then(Json::as_str)
        .ok_or("no Input")?
        .to_string();
    let reference = item
        .pointer("/Context/ReferenceDateTime")
        .and_then(Json::as_str)
        .map(|s| {
            s.get(..10)
                .and_then(|d| d.parse().ok())
                .ok_or_else(|| format!("bad ReferenceDateTime {s:?}"))
        })
        .transpose()?;
    let offsets = Utf16Offsets::new(&input);
    let results = item
        .get("Results")
        .and_then(Json::as_array)
        .ok_or("no Results")?
        .iter()
        .map(|r| expected(r, &offsets))
        .collect::<Result<_, _>>()?;
    Ok(Case {
        input,
        reference,
        results,
    })
}

fn expected(r: &Json, offsets: &Utf16Offsets) -> Result<Expected, String> {
    let number = |key: &str| r.get(key).and_then(Json::as_u64).map(|n| n as usize);
    let start = number("Start").ok_or("result without Start")?;
    // Model files: `End` inclusive; parser and extractor files: `Length`.
    let end = match (number("End"), number("Length")) {
        (Some(end), _) => end + 1,
        (None, Some(len)) => start + len,
        (None, None) => return Err("result without End or Length".into()),
    };
    let span = Span::new(offsets.byte(start)?, offsets.byte(end)?);
    let resolution = r
        .get("Resolution")
        .or_else(|| r.get("Value"))
        .cloned()
        .unwrap_or(Json::Null);
    Ok(Expected {
        text: r
            .get("Text")
            .and_then(Json::as_str)
            .unwrap_or("")
            .to_string(),
        span,
        resolution,
    })
}

/// Byte offset of every UTF-16 code unit boundary in a string.
struct Utf16Offsets(Vec<usize>);

impl Utf16Offsets {
    fn new(s: &str) -> Utf16Offsets {
        let mut v = Vec::with_capacity(s.len() + 1);
        for (i, c) in s.char_indices() {
            // A character outside the BMP is two code units; both map to it.
            for _ in 0..c.len_utf16() {
                v.push(i);
            }
        }
        v.push(s.len());
        Utf16Offsets(v)
    }

    fn byte(&self, unit: usize) -> Result<usize, String> {
        self.0
            .get(unit)
            .copied()
            .ok_or_else(|| format!("offset {unit} past the end of the input"))
    }
}
