//! The `extract --format json` output (version 1): every value in a text.
//!
//! Wire format (one object; values in text order):
//!
//! ```json
//! {"version": 1, "published": "2025-11-24", "values": [
//!   {"kind": "money", "text": "at least $300 million", "start": 120, "end": 141,
//!    "line": 3, "column": 10,
//!    "value": {"amount": 300000000, "currency": "USD", "qualifier": "at_least"}}]}
//! ```
//!
//! Every value has `kind`, `text` (as written), `start`/`end` (byte
//! offsets, end exclusive), `line`/`column` (1-based, columns counted in
//! characters) and a `value` object by kind:
//!
//! | kind | value |
//! |---|---|
//! | `money` | `amount` or `min`+`max`; `currency` (ISO 4217, when known); `qualifier` |
//! | `count` | `number` or `min`+`max`; `noun` (as written); `qualifier` |
//! | `number` | `number` or `min`+`max`; `qualifier` |
//! | `percent` | `number` or `min`+`max`; `qualifier` |
//! | `quantity` | `number` or `min`+`max`; `unit` (singular: "square mile"); `qualifier` |
//! | `duration` | `number` or `min`+`max`; `unit` (second … century); `qualifier` |
//! | `date` | `start` (inclusive), `end` (exclusive), `grain`, `mod` |
//! | `ordinal` | `number` (counted from the start); or `relative_to` (end \| current) and `offset` for "last" (end, 0), "penultimate" (end, -1), "next" (current, 1) |
//! | `title` | `person`, `title` |
//! | `quote` | `speaker` (when known), `text` (without quote marks) |
//!
//! An amount too large for a number (309 digits or more) has `"too_large":
//! true` in place of `amount`/`number`/`min`/`max`; it matches no claim.
//! A value of a kind named without an amount ("a percentage", "the % of
//! increase") has an empty `value` object. Fields that do not apply are left
//! out rather than null. `qualifier` is
//! about | at_least | at_most | more_than | less_than; `grain` is day |
//! week | part_of_month | month | quarter | part_of_year | year | decade |
//! century; `mod` is early | mid | late | before | after | since | until.
//! Ranges ("hundreds of millions") carry `min` (inclusive) and `max`
//! (exclusive) in place of `amount`/`number`. Whole numbers are written
//! without a fraction.
//!
//! The structs below are the schema: a test reads the output back into
//! them with unknown fields denied.

use crate::extract::{Magnitude, Value};
use crate::extract_run::{Extraction, Found};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use std::io::{self, Write};

/// The wire format's version, the first field of the output.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonExtraction {
    pub version: u32,
    pub published: String,
    pub values: Vec<JsonValue>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonValue {
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub value: JsonFields,
}

/// The `value` object: the fields of one kind (see the table above).
#[derive(Serialize, Deserialize, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct JsonFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<JsonNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<JsonNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<JsonNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<JsonNumber>,
    /// True, in place of the amount, for a figure too large for a number
    /// (309 digits or more); such a value matches no claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub too_large: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noun: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grain: Option<String>,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A number written as an integer when it is whole (`300000000`, not
/// `300000000.0`), as a decimal otherwise.
#[derive(Deserialize, Debug, PartialEq, Clone, Copy)]
#[serde(transparent)]
pub struct JsonNumber(pub f64);

impl Serialize for JsonNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let n = self.0;
        // Below 2^53 every whole f64 is exactly an i64.
        if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
            serializer.serialize_i64(n as i64)
        } else {
            serializer.serialize_f64(n)
        }
    }
}

/// The text's values as the version-1 JSON structure.
pub fn to_json(extraction: &Extraction) -> JsonExtraction {
    JsonExtraction {
        version: VERSION,
        published: extraction.published.to_string(),
        values: extraction
            .values
            .iter()
            .map(|found| json_value(extraction, found))
            .collect(),
    }
}

fn json_value(extraction: &Extraction, found: &Found) -> JsonValue {
    let document = &extraction.document;
    // Values are found in the prose; offsets speak of the file.
    let place = document.source_span(found.span);
    let (line, column) = document.line_col(place.start);
    let mut value = fields(&found.value);
    value.noun = found.noun.clone();
    JsonValue {
        kind: found.kind.key().to_string(),
        text: document.text()[found.span.start..found.span.end].to_string(),
        start: place.start,
        end: place.end,
        line,
        column,
        value,
    }
}

/// Writes the values as pretty-printed JSON and a final newline.
pub fn render(extraction: &Extraction, out: &mut dyn Write) -> io::Result<()> {
    // The pretty printer writes a value in many small pieces (each level of
    // indentation is one): through `dyn Write` each is a call, where a
    // buffer of a known type copies it in place.
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    serde_json::to_writer_pretty(&mut out, &Streamed(extraction))?;
    writeln!(out)?;
    out.flush()
}

/// The document [`to_json`] builds, serialized one value at a time: a text
/// of tens of megabytes holds hundreds of thousands of values, and building
/// all of their JSON structs before writing the first would more than
/// double the memory `extract` needs.
struct Streamed<'a>(&'a Extraction);

impl Serialize for Streamed<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let extraction = self.0;
        let mut object = serializer.serialize_struct("JsonExtraction", 3)?;
        object.serialize_field("version", &VERSION)?;
        object.serialize_field("published", &extraction.published.to_string())?;
        object.serialize_field("values", &StreamedValues(extraction))?;
        object.end()
    }
}

struct StreamedValues<'a>(&'a Extraction);

impl Serialize for StreamedValues<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let extraction = self.0;
        serializer.collect_seq(
            extraction
                .values
                .iter()
                .map(|found| json_value(extraction, found)),
        )
    }
}

/// A serde enum's wire name ("at_least", "part_of_month").
fn name(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => format!("{other:?}"),
    }
}

fn fields(value: &Value) -> JsonFields {
    // `amount` for money, `number` for the rest; `min`/`max` for ranges.
    let magnitude = |m: Magnitude, money: bool| -> JsonFields {
        match m {
            // JSON has no infinity: say so rather than write `null`.
            m if !m.is_finite() => JsonFields {
                too_large: Some(true),
                ..JsonFields::default()
            },
            Magnitude::Exact(n) if money => JsonFields {
                amount: Some(JsonNumber(n)),
                ..JsonFields::default()
            },
            Magnitude::Exact(n) => JsonFields {
                number: Some(JsonNumber(n)),
                ..JsonFields::default()
            },
            Magnitude::Range { min, max } | Magnitude::Vague { min, max } => JsonFields {
                min: Some(JsonNumber(min)),
                max: Some(JsonNumber(max)),
                ..JsonFields::default()
            },
        }
    };
    match value {
        Value::Number { number, qualifier } | Value::Percent { number, qualifier } => JsonFields {
            qualifier: qualifier.map(name),
            ..magnitude(*number, false)
        },
        Value::Money {
            amount,
            currency,
            qualifier,
        } => JsonFields {
            currency: currency.map(str::to_string),
            qualifier: qualifier.map(name),
            ..magnitude(*amount, true)
        },
        Value::Quantity {
            number,
            unit,
            qualifier,
        } => JsonFields {
            unit: Some(unit.clone()),
            qualifier: qualifier.map(name),
            ..magnitude(*number, false)
        },
        Value::Duration {
            number,
            unit,
            qualifier,
        } => JsonFields {
            unit: Some(unit.name().to_string()),
            qualifier: qualifier.map(name),
            ..magnitude(*number, false)
        },
        Value::Date(date) => JsonFields {
            start: Some(date.start.to_string()),
            end: Some(date.end.to_string()),
            grain: Some(name(date.grain)),
            modifier: date.modifier.map(name),
            ..JsonFields::default()
        },
        Value::Ordinal { number } => JsonFields {
            number: Some(JsonNumber(*number as f64)),
            ..JsonFields::default()
        },
        Value::RelativeOrdinal {
            relative_to,
            offset,
        } => JsonFields {
            relative_to: Some(relative_to.name().to_string()),
            offset: Some(*offset),
            ..JsonFields::default()
        },
        Value::Unstated => JsonFields::default(),
        Value::Title { person, title } => JsonFields {
            person: Some(person.clone()),
            title: Some(title.clone()),
            ..JsonFields::default()
        },
        Value::Quote { speaker, text } => JsonFields {
            speaker: speaker.clone(),
            text: Some(text.clone()),
            ..JsonFields::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use jiff::civil::Date;

    fn extraction(text: &str) -> Extraction {
        let document = Document::new("t.md", text.to_string());
        let published = Date::constant(2025, 11, 24);
        let values = crate::extract_run::values(&document, published);
        Extraction {
            document,
            published,
            values,
        }
    }

    #[test]
    fn output_reads_back_into_the_documented_schema() {
        let extraction = extraction(
            "Trump hosted Munir in June. The firm paid at least $300 million for \
             230,000 square miles over 14 years, 50 percent more than hundreds of \
             millions of dollars. It killed 13 U.S. service members, the second attack.\n\n\
             Husain Haqqani, a senior fellow at the Hudson Institute, said: “They gamed him.”\n",
        );
        let mut out = Vec::new();
        render(&extraction, &mut out).unwrap();
        let back: JsonExtraction = serde_json::from_slice(&out).expect("schema");
        assert_eq!(back, to_json(&extraction));
        let kinds: Vec<&str> = back.values.iter().map(|v| v.kind.as_str()).collect();
        for kind in [
            "date", "money", "quantity", "duration", "percent", "count", "ordinal", "title",
            "quote",
        ] {
            assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
        }
        // Whole numbers are integers on the wire.
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("\"amount\": 300000000,"), "{text}");
        assert!(text.contains("\"min\": 200000000,"), "{text}");
    }

    #[test]
    fn figures_too_large_for_a_number_say_so() {
        let nines = "9".repeat(320);
        let extraction = extraction(&format!("The tariff is {nines} percent, or ${nines}."));
        let json = to_json(&extraction);
        assert_eq!(json.values.len(), 2, "{json:?}");
        for value in &json.values {
            assert_eq!(value.value.too_large, Some(true), "{value:?}");
            assert_eq!((value.value.number, value.value.amount), (None, None));
        }
        let mut out = Vec::new();
        render(&extraction, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains("null"), "{text}");
        assert_eq!(serde_json::from_str::<JsonExtraction>(&text).unwrap(), json);
    }

    #[test]
    fn relative_ordinals_and_unstated_percents_on_the_wire() {
        let extraction =
            extraction("It was the penultimate round. A percentage went to the next one.");
        let json = to_json(&extraction);
        let by_text = |text: &str| {
            json.values
                .iter()
                .find(|v| v.text == text)
                .unwrap_or_else(|| panic!("{text} in {json:?}"))
        };
        let penultimate = &by_text("penultimate").value;
        assert_eq!(penultimate.relative_to.as_deref(), Some("end"));
        assert_eq!(penultimate.offset, Some(-1));
        assert_eq!(penultimate.number, None);
        let next = &by_text("next one").value;
        assert_eq!(
            (next.relative_to.as_deref(), next.offset),
            (Some("current"), Some(1))
        );
        assert_eq!(by_text("percentage").value, JsonFields::default());
        let mut out = Vec::new();
        render(&extraction, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("\"relative_to\": \"end\",\n        \"offset\": -1"),
            "{text}"
        );
        let back: JsonExtraction = serde_json::from_str(&text).expect("schema");
        assert_eq!(back, json);
    }
}
