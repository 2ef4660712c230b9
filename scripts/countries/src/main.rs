//! Writes `src/extract/title/countries.rs`: every country and territory of
//! ISO 3166-1, the names English prose calls it by and its demonyms, so
//! that a title reads "Chile's president", "Chilean president" and
//! "president of Chile" as one.
//!
//! Source: the `keshvar` crate 0.7.0 (BSD-3-Clause, © 2023 Pouriya Jim
//! Jahanbakhsh), whose data comes from the `countries` Ruby gem (MIT) and
//! ISO 3166. Run from the project root:
//!
//! ```sh
//! cargo run --release --manifest-path scripts/countries/Cargo.toml > src/extract/title/countries.rs
//! cargo fmt
//! ```
//!
//! What is taken, per country:
//! - names: the ISO short name, the English name, and the unofficial names
//!   written in plain ASCII whose first four letters are those of the
//!   English name, the ISO name or the demonym (so "Turkey", "Laos", "Ivory
//!   Coast" and "Czech Republic" stay, and other languages' names such as
//!   "Irland" or "Inde" go). A name with a parenthesis or comma ("Korea
//!   (Republic of)", "Palestine, State of") is left out, as prose never
//!   writes it so.
//! - demonyms: the `nationality` field, split at commas ("Antiguan,
//!   Barbudan").
//!
//! A few forms the data lacks are added by `SUPPLEMENT` below: the nations
//! of the United Kingdom, which ISO 3166-1 does not list but news names
//! constantly, and common English short forms ("America", "Britain",
//! "Saudi", "Emirati"). "England" is moved from the United Kingdom's
//! unofficial names to England.
use std::collections::BTreeMap;

/// (ISO alpha-2 of the country, or a made-up code for a UK nation; names;
/// demonyms) added to the data.
const SUPPLEMENT: &[(&str, &[&str], &[&str])] = &[
    ("GB-ENG", &["England"], &["English"]),
    ("GB-SCT", &["Scotland"], &["Scottish", "Scots"]),
    ("GB-WLS", &["Wales"], &["Welsh"]),
    ("GB-NIR", &["Northern Ireland"], &["Northern Irish"]),
    ("GB", &["Britain", "Great Britain", "UK", "U.K."], &["British"]),
    ("US", &["America", "US", "U.S.", "U.S.A."], &["American"]),
    ("SA", &[], &["Saudi"]),
    ("AE", &["UAE", "U.A.E."], &["Emirati"]),
    ("AR", &[], &["Argentine", "Argentinian"]),
    ("PH", &[], &["Philippine"]),
    ("NL", &["Holland"], &[]),
    ("KR", &[], &["Korean"]),
];

fn ascii_prose(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_ascii_alphabetic() || " -.'".contains(c))
}

fn prefix4(word: &str) -> String {
    word.chars().take(4).collect::<String>().to_lowercase()
}

fn main() {
    // country code -> (names, demonyms)
    let mut countries: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for country in keshvar::CountryIterator::new() {
        let code = country.alpha2().to_string();
        let english = country.translations().get("en").copied().unwrap_or("");
        let iso = country.iso_short_name();
        let demonyms: Vec<String> = country
            .maybe_nationality()
            .unwrap_or("")
            .split(',')
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty())
            .collect();
        let stems: Vec<String> = [english, iso]
            .iter()
            .map(|n| prefix4(n))
            .chain(demonyms.iter().map(|d| prefix4(d)))
            .collect();
        let mut names: Vec<String> = Vec::new();
        for name in [iso, english]
            .into_iter()
            .chain(country.unofficial_name_list().iter().copied())
        {
            let keep = ascii_prose(name)
                && (name == iso || name == english || stems.contains(&prefix4(name)))
                && !(code == "GB" && name == "England");
            if keep && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        countries.insert(code, (names, demonyms));
    }
    for (code, names, demonyms) in SUPPLEMENT {
        let entry = countries.entry(code.to_string()).or_default();
        entry.0.extend(names.iter().map(|n| n.to_string()));
        entry.1.extend(demonyms.iter().map(|d| d.to_string()));
    }

    // Each country's key is its first demonym (or name), lowercased: the
    // word a title is normalized to. A form two countries share (a
    // territory that takes its sovereign's demonym) keeps the first key.
    let mut forms: BTreeMap<String, String> = BTreeMap::new();
    for (names, demonyms) in countries.values() {
        let Some(key) = demonyms.first().or(names.first()) else {
            continue;
        };
        let key = key.to_lowercase();
        for form in names.iter().chain(demonyms) {
            let lower = form.to_lowercase().replace('.', "");
            let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
            forms.entry(lower).or_insert_with(|| key.clone());
        }
    }
    let mut demonym_words: Vec<String> = countries
        .values()
        .flat_map(|(_, d)| d.iter())
        .filter(|d| !d.contains(' '))
        .cloned()
        .collect();
    demonym_words.sort_by_key(|d| d.to_lowercase());
    demonym_words.dedup_by_key(|d| d.to_lowercase());

    println!("//! Countries, territories and their demonyms, generated by");
    println!("//! `scripts/countries` from the `keshvar` crate 0.7.0 (BSD-3-Clause; its data");
    println!("//! from the `countries` gem, MIT, and ISO 3166-1). Do not edit: run the script.");
    println!();
    println!("/// Every name and demonym of a country (lowercase, without periods, single");
    println!("/// spaces) and the word it is normalized to: the country's demonym.");
    println!("/// Sorted by form for binary search.");
    println!("pub(crate) const COUNTRY_FORMS: &[(&str, &str)] = &[");
    for (form, key) in &forms {
        println!("    ({form:?}, {key:?}),");
    }
    println!("];");
    println!();
    println!("/// Demonyms written as one word, capitalized as prose writes them, sorted");
    println!("/// case-insensitively.");
    println!("pub(crate) const DEMONYM_WORDS: &[&str] = &[");
    for word in &demonym_words {
        println!("    {word:?},");
    }
    println!("];");
}
