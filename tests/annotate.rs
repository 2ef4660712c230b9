//! `factlint annotate`: the page and the W3C annotations from the real
//! binary, the annotations checked against the Web Annotation Data Model
//! and the shapes of its examples in `../shared/specs/web-annotation/`,
//! and `--reanchor` over generated edits of the sample article. The page in
//! a real browser is `tests/browser.rs`.

mod common;

use assert_cmd::Command;
use common::Test;
use factlint::annotate::reanchor::reanchor;
use factlint::annotate::w3c::{CodePoints, Collection};
use serde_json::Value;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

const AS_OF: &str = "2025-11-28";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs factlint in the repository: stdout, stderr and the exit code.
fn factlint(args: &[&str]) -> (String, String, i32) {
    factlint_in(&root(), args)
}

fn factlint_in(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let output = Command::cargo_bin("factlint")
        .expect("the binary")
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .args(args)
        .output()
        .expect("factlint runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
        output.status.code().unwrap_or(-1),
    )
}

/// The W3C annotations of a text of the repository.
fn w3c(path: &str) -> Value {
    let (stdout, stderr, code) = factlint(&["annotate", path, "--format", "w3c", "--as-of", AS_OF]);
    assert!(code < 2, "exit {code}: {stderr}");
    serde_json::from_str(&stdout).expect("JSON-LD")
}

fn items(collection: &Value) -> &Vec<Value> {
    collection["first"]["items"].as_array().expect("items")
}

fn is_iri(text: &str) -> bool {
    url::Url::parse(text).is_ok()
}

#[test]
fn the_page_is_one_offline_file_with_a_mark_per_finding() {
    let page = Test::new()
        .file(
            "claims.toml",
            &fs::read_to_string(root().join("claims.toml")).unwrap(),
        )
        .file(
            "articles/draft-summary.md",
            &fs::read_to_string(root().join("articles/draft-summary.md")).unwrap(),
        )
        .args(&["annotate", "articles/draft-summary.md", "--as-of", AS_OF])
        .status(1);
    assert!(page.starts_with("<!DOCTYPE html>"));
    // Nothing from the network: no external script, style, font or image.
    for loader in ["<link", "src=", "@import", "url(", "<img", "<iframe"] {
        assert!(!page.contains(loader), "the page loads something: {loader}");
    }
    assert_eq!(page.matches("<script>").count(), 1);
    assert_eq!(page.matches("<style>").count(), 1);
    assert!(page.contains("Content-Security-Policy"));
    // The findings of check, one first piece each, by status.
    let (json, _, _) = factlint(&[
        "check",
        "articles/draft-summary.md",
        "--format",
        "json",
        "--as-of",
        AS_OF,
    ]);
    let report: Value = serde_json::from_str(&json).unwrap();
    let located: Vec<&Value> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["span"].is_null())
        .collect();
    assert!(located.len() > 10);
    assert_eq!(
        page.matches(" tabindex=\"0\"").count(),
        located.len(),
        "a focusable first piece per located finding"
    );
    for status in ["match", "mismatch", "stale"] {
        let expected = located.iter().filter(|f| f["status"] == status).count();
        let marked = page
            .matches(&format!("<mark class=\"st-{status}\" data-f=\"f"))
            .count();
        assert!(expected > 0, "the draft has a {status}");
        assert_eq!(marked, expected, "{status} marks");
    }
    assert!(page.contains("Claims the text does not state"));
    assert!(page.contains("st-unchecked"));
}

#[test]
fn several_texts_need_a_folder_and_each_gets_its_file() {
    let claims = fs::read_to_string(root().join("claims.toml")).unwrap();
    let summary = fs::read_to_string(root().join("articles/draft-summary.md")).unwrap();
    let article = fs::read_to_string(root().join("articles/pakistan-pivot.md")).unwrap();
    let with_texts = || {
        Test::new()
            .file("claims.toml", &claims)
            .file("articles/draft-summary.md", &summary)
            .file("articles/pakistan-pivot.md", &article)
    };
    // [document] files names two texts: without -o there is nowhere to put them.
    with_texts()
        .args(&["annotate", "--as-of", AS_OF])
        .stderr_contains("2 texts to annotate: name a folder for them with -o DIR")
        .status(2);
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("articles")).unwrap();
    fs::write(dir.path().join("claims.toml"), &claims).unwrap();
    fs::write(dir.path().join("articles/draft-summary.md"), &summary).unwrap();
    fs::write(dir.path().join("articles/pakistan-pivot.md"), &article).unwrap();
    let (stdout, stderr, code) = factlint_in(
        dir.path(),
        &[
            "annotate",
            "--as-of",
            AS_OF,
            "--format",
            "w3c",
            "-o",
            "out",
            "--fail-on",
            "never",
        ],
    );
    assert_eq!((stdout.as_str(), code), ("", 0), "{stderr}");
    let mut written: Vec<String> = fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "articles__draft-summary.md.jsonld",
            "articles__pakistan-pivot.md.jsonld"
        ]
    );
    // The exit code is check's: the draft's mismatches fail at error.
    with_texts()
        .args(&["annotate", "--as-of", AS_OF, "-o", "pages"])
        .status(1);
    // A text that cannot be read is told, and the run exits 2.
    with_texts()
        .args(&["annotate", "articles/gone.md", "--as-of", AS_OF])
        .stderr_contains("articles/gone.md")
        .status(2);
}

#[test]
fn w3c_annotations_follow_the_model_and_point_at_their_quotes() {
    let path = "articles/pakistan-pivot.md";
    let collection = w3c(path);
    let source = fs::read_to_string(root().join(path)).unwrap();
    let text: Vec<char> = source.trim_start_matches('\u{feff}').chars().collect();

    // The collection and its page: what the model requires of them.
    let context = collection["@context"].as_array().expect("@context array");
    assert_eq!(context[0], "http://www.w3.org/ns/anno.jsonld");
    assert!(context[1]["factlint"].as_str().is_some_and(is_iri));
    assert_eq!(collection["type"], "AnnotationCollection");
    assert!(collection["id"].as_str().is_some_and(is_iri));
    let page = &collection["first"];
    assert_eq!(page["type"], "AnnotationPage");
    assert!(page["id"].as_str().is_some_and(is_iri));
    assert_eq!(page["partOf"], collection["id"]);
    assert_eq!(page["startIndex"], 0);
    assert_eq!(collection["total"], items(&collection).len());

    // Every finding of check is an annotation, in the same order.
    let (json, _, _) = factlint(&["check", path, "--format", "json", "--as-of", AS_OF]);
    let report: Value = serde_json::from_str(&json).unwrap();
    let findings = report["files"][0]["findings"].as_array().unwrap();
    assert_eq!(items(&collection).len(), findings.len());

    let mut ids = HashSet::new();
    let mut placed = 0;
    for (annotation, finding) in items(&collection).iter().zip(findings) {
        let claim = finding["claim"].as_str().unwrap();
        let id = annotation["id"].as_str().expect("an id");
        assert!(is_iri(id), "{id}");
        let rest = id
            .strip_prefix(&format!("urn:factlint:{claim}:"))
            .unwrap_or_else(|| panic!("{id} names its claim {claim}"));
        let hash = rest.split('-').next().unwrap();
        assert!(
            hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()),
            "{id}"
        );
        assert!(ids.insert(id.to_string()), "{id} twice");
        assert_eq!(annotation["type"], "Annotation");
        assert_eq!(annotation["motivation"], "assessing");

        let body = annotation["body"].as_array().expect("bodies");
        assert_eq!(body[0]["type"], "TextualBody");
        assert_eq!(body[0]["purpose"], "assessing");
        assert_eq!(body[0]["value"], finding["message"]);
        let editing: Vec<&Value> = body.iter().filter(|b| b["purpose"] == "editing").collect();
        match finding["replacement"].as_str() {
            Some(replacement) => {
                assert_eq!(editing.len(), 1, "{id}");
                assert_eq!(editing[0]["type"], "TextualBody");
                assert_eq!(editing[0]["value"], replacement);
            }
            None => assert!(editing.is_empty(), "{id}"),
        }
        let data = body.last().unwrap();
        assert_eq!(data["type"], "factlint:Finding");
        for (key, field) in [
            ("factlint:claim", "claim"),
            ("factlint:status", "status"),
            ("factlint:kind", "kind"),
            ("factlint:severity", "severity"),
            ("factlint:expected", "expected"),
        ] {
            assert_eq!(data[key], finding[field], "{id}: {key}");
        }
        assert_eq!(data["factlint:found"], finding["found"], "{id}");

        let target = &annotation["target"];
        if finding["span"].is_null() {
            assert_eq!(target, path, "a claim not stated targets the text alone");
            continue;
        }
        assert_eq!(target["source"], path);
        let selectors = target["selector"].as_array().expect("selectors");
        let quote = &selectors[0];
        let position = &selectors[1];
        assert_eq!(quote["type"], "TextQuoteSelector");
        assert_eq!(position["type"], "TextPositionSelector");
        let start = position["start"].as_u64().unwrap() as usize;
        let end = position["end"].as_u64().unwrap() as usize;
        let slice = |from: usize, to: usize| text[from..to].iter().collect::<String>();
        assert_eq!(
            quote["exact"],
            slice(start, end),
            "{id}: the quote at start..end"
        );
        assert_eq!(
            quote["prefix"],
            slice(start.saturating_sub(32), start),
            "{id}"
        );
        assert_eq!(
            quote["suffix"],
            slice(end, (end + 32).min(text.len())),
            "{id}"
        );
        // The span check reports, in code points.
        let byte = finding["span"]["start"].as_u64().unwrap() as usize;
        assert_eq!(source[..byte].chars().count(), start, "{id}");
        placed += 1;
    }
    assert!(placed > 50, "{placed} annotations with a place");

    // A second run gives the same ids.
    let again: Vec<Value> = items(&w3c(path)).iter().map(|a| a["id"].clone()).collect();
    let first: Vec<Value> = items(&collection).iter().map(|a| a["id"].clone()).collect();
    assert_eq!(first, again);
}

/// Whether `ours` has every key of `example` (but `skip`), with a value of
/// the same JSON type, recursively: the shapes of the model's examples.
#[track_caller]
fn assert_shape(example: &Value, ours: &Value, skip: &[&str], at: &str) {
    let kind = |v: &Value| match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    assert_eq!(kind(example), kind(ours), "{at}: {ours}");
    match (example, ours) {
        (Value::Object(example), Value::Object(ours)) => {
            for (key, value) in example {
                if skip.contains(&key.as_str()) {
                    continue;
                }
                let mine = ours
                    .get(key)
                    .unwrap_or_else(|| panic!("{at}: no `{key}` in {ours:?}"));
                assert_shape(value, mine, skip, &format!("{at}.{key}"));
            }
        }
        (Value::Array(example), Value::Array(ours)) => {
            if let (Some(example), Some(ours)) = (example.first(), ours.first()) {
                assert_shape(example, ours, skip, &format!("{at}[0]"));
            }
        }
        _ => {}
    }
}

#[test]
fn w3c_annotations_have_the_shapes_of_the_models_examples() {
    let shared = root().join("../shared/specs/web-annotation");
    let example = |name: &str| -> Value {
        serde_json::from_str(&fs::read_to_string(shared.join(name)).expect("a shared example"))
            .expect("JSON")
    };
    let collection = w3c("articles/pakistan-pivot.md");
    let annotations = items(&collection);
    let placed = annotations
        .iter()
        .find(|a| a["target"].is_object())
        .expect("an annotation with a place");

    // The collection and its page (collection1.json): the example's
    // context is the one string, ours that string and the factlint prefix.
    let collection1 = example("collection1.json");
    assert_eq!(collection["@context"][0], collection1["@context"]);
    assert_shape(
        &collection1,
        &collection,
        &["@context", "creator", "items"],
        "collection",
    );
    // A quote selector (anno26.json), a position selector (anno27.json).
    assert_shape(
        &example("anno26.json")["target"],
        &Value::Object(
            [
                ("source".to_string(), placed["target"]["source"].clone()),
                (
                    "selector".to_string(),
                    placed["target"]["selector"][0].clone(),
                ),
            ]
            .into_iter()
            .collect(),
        ),
        &[],
        "TextQuoteSelector",
    );
    assert_shape(
        &example("anno27.json")["target"]["selector"],
        &placed["target"]["selector"][1],
        &[],
        "TextPositionSelector",
    );
    // An annotation (anno26.json, its body an IRI there, resources here)
    // and its textual bodies (anno41.json's).
    assert_shape(
        &example("anno26.json"),
        placed,
        &["@context", "body", "selector"],
        "Annotation",
    );
    let anno41 = example("anno41.json");
    assert_shape(&anno41["body"][0], &placed["body"][0], &[], "TextualBody");
    assert_shape(
        &anno41["body"][1]["items"][0],
        &placed["body"][0],
        &["creator"],
        "TextualBody",
    );
}

/// One generated edit, in code points of the text.
#[derive(Debug, Clone)]
struct Edit {
    at: usize,
    removed: usize,
    inserted: String,
}

impl Edit {
    fn apply(&self, text: &[char]) -> String {
        let mut out: String = text[..self.at].iter().collect();
        out.push_str(&self.inserted);
        out.extend(&text[self.at + self.removed..]);
        out
    }

    fn delta(&self) -> isize {
        self.inserted.chars().count() as isize - self.removed as isize
    }

    /// Where `start..end`, untouched by the edit, is after it.
    fn shift(&self, start: usize, end: usize) -> (usize, usize) {
        if self.at + self.removed <= start {
            let d = self.delta();
            ((start as isize + d) as usize, (end as isize + d) as usize)
        } else {
            (start, end)
        }
    }

    /// Whether the edit touches the inside of `start..end`.
    fn touches(&self, start: usize, end: usize) -> bool {
        if self.removed == 0 {
            self.at > start && self.at < end
        } else {
            self.at < end && start < self.at + self.removed
        }
    }
}

fn random_words(rng: &mut fastrand::Rng, len: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789.,;-";
    (0..len)
        .map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char)
        .collect()
}

/// An insertion, a deletion or a replacement of 1 to 40 code points, with
/// its removed range inside `within` and, for an insertion, its place
/// strictly inside it when `inside`.
fn random_edit(
    rng: &mut fastrand::Rng,
    text: &[char],
    within: (usize, usize),
    inside: bool,
) -> Edit {
    let (from, to) = within;
    loop {
        let kind = rng.usize(..3);
        let len = rng.usize(1..=40);
        let edit = match kind {
            0 => {
                let at = if inside {
                    rng.usize(from + 1..to)
                } else {
                    rng.usize(from..=to)
                };
                Edit {
                    at,
                    removed: 0,
                    inserted: random_words(rng, len),
                }
            }
            _ => {
                let len = len.min(to - from);
                if len == 0 {
                    continue;
                }
                let at = rng.usize(from..=to - len);
                let inserted = if kind == 1 {
                    String::new()
                } else {
                    let len = rng.usize(1..=40);
                    random_words(rng, len)
                };
                if inserted.chars().eq(text[at..at + len].iter().copied()) {
                    continue;
                }
                Edit {
                    at,
                    removed: len,
                    inserted,
                }
            }
        };
        return edit;
    }
}

/// Where an annotation stands, in code points: none for the text as a whole.
type Place = Option<(usize, usize)>;

/// The sample article's annotations, as `--format w3c` writes them, its
/// text, and each annotation's place.
fn sample() -> (Collection, Vec<char>, Vec<Place>) {
    let path = "articles/pakistan-pivot.md";
    let collection: Collection = serde_json::from_value(w3c(path)).expect("our own model");
    let text: Vec<char> = fs::read_to_string(root().join(path))
        .unwrap()
        .chars()
        .collect();
    let places = serde_json::to_value(&collection).unwrap()["first"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(place)
        .collect();
    (collection, text, places)
}

fn place(annotation: &Value) -> Place {
    let position = annotation["target"]["selector"]
        .as_array()?
        .iter()
        .find(|s| s["type"] == "TextPositionSelector")?;
    Some((
        position["start"].as_u64()? as usize,
        position["end"].as_u64()? as usize,
    ))
}

fn reanchored(collection: &Collection, edited: &str) -> Vec<Value> {
    let mut moved = collection.clone();
    reanchor(
        &mut moved,
        &CodePoints::new(edited),
        "articles/pakistan-pivot.md",
    );
    serde_json::to_value(&moved).unwrap()["first"]["items"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn fifty_edits_outside_the_annotated_words_leave_every_annotation_exactly_in_place() {
    let (collection, text, places) = sample();
    let spans: Vec<(usize, usize)> = places.iter().flatten().copied().collect();
    let mut rng = fastrand::Rng::with_seed(20_251_124);
    let (mut exact, mut total) = (0, 0);
    let mut edits = 0;
    while edits < 50 {
        let edit = random_edit(&mut rng, &text, (0, text.len()), false);
        if spans.iter().any(|&(start, end)| edit.touches(start, end)) {
            continue;
        }
        edits += 1;
        let edited = edit.apply(&text);
        let after = reanchored(&collection, &edited);
        for (n, (annotation, before)) in after.iter().zip(&places).enumerate() {
            let Some((start, end)) = *before else {
                continue;
            };
            total += 1;
            let expected = edit.shift(start, end);
            assert_eq!(
                place(annotation),
                Some(expected),
                "edit {edit:?}: annotation {n} ({}) not at its new offsets",
                annotation["id"]
            );
            assert!(
                annotation.get("factlint:fuzzy").is_none(),
                "{edit:?}: {n} fuzzy"
            );
            assert!(
                annotation.get("factlint:orphaned").is_none(),
                "{edit:?}: {n} orphaned"
            );
            exact += 1;
        }
    }
    println!(
        "50 edits outside the annotated words: {exact} of {total} annotations re-anchored exactly"
    );
    assert_eq!(exact, total);
}

#[test]
fn fifty_edits_inside_an_annotated_quote_are_fuzzy_there_or_orphaned() {
    let (collection, text, places) = sample();
    let spans: Vec<(usize, usize)> = places.iter().flatten().copied().collect();
    let mut rng = fastrand::Rng::with_seed(7);
    let (mut fuzzy, mut orphaned, mut exact_elsewhere) = (0, 0, 0);
    for _ in 0..50 {
        let (start, end) = loop {
            let span = spans[rng.usize(..spans.len())];
            if span.1 - span.0 >= 2 {
                break span;
            }
        };
        let edit = random_edit(&mut rng, &text, (start, end), true);
        let edited = edit.apply(&text);
        let after = reanchored(&collection, &edited);
        for (annotation, before) in after.iter().zip(&places) {
            let Some((start, end)) = *before else {
                continue;
            };
            let id = &annotation["id"];
            if !edit.touches(start, end) {
                assert_eq!(
                    place(annotation),
                    Some(edit.shift(start, end)),
                    "{edit:?}: {id}"
                );
                continue;
            }
            if annotation.get("factlint:orphaned") == Some(&Value::Bool(true)) {
                assert_eq!(place(annotation), None, "{id}: an orphan has no position");
                orphaned += 1;
                continue;
            }
            if annotation.get("factlint:fuzzy") != Some(&Value::Bool(true)) {
                exact_elsewhere += 1;
                continue;
            }
            // Fuzzy, and on the edited words: within the quote as edited.
            let (new_start, new_end) = place(annotation).expect("a fuzzy match has a place");
            let image_end = (end as isize + edit.delta()) as usize;
            assert!(
                new_start < image_end && start < new_end,
                "{edit:?}: {id} attached to other words at {new_start}..{new_end}, \
                 the quote is now {start}..{image_end}"
            );
            fuzzy += 1;
        }
    }
    println!(
        "50 edits inside an annotated quote: {fuzzy} fuzzy at the edited words, \
         {orphaned} orphaned, {exact_elsewhere} attached to other words"
    );
    assert_eq!(exact_elsewhere, 0);
    assert!(fuzzy + orphaned >= 50);
}

#[test]
fn reanchor_from_the_command_line() {
    let claims = fs::read_to_string(root().join("claims.toml")).unwrap();
    let summary = fs::read_to_string(root().join("articles/draft-summary.md")).unwrap();
    let annotations = Test::new()
        .file("claims.toml", &claims)
        .file("draft.md", &summary)
        .args(&["annotate", "draft.md", "--format", "w3c", "--as-of", AS_OF])
        .status(1);
    let edited = summary
        .replacen(
            "Pakistan has made",
            "By most accounts, Pakistan has made",
            1,
        )
        .replacen("$550 million", "$560 million", 1);
    // A fresh folder with the old annotations and the edited text.
    let run = Test::new()
        .file("old.jsonld", &annotations)
        .file("draft.md", &edited)
        .args(&["annotate", "--reanchor", "old.jsonld", "draft.md"]);
    let out = run
        .stderr_contains(
            "factlint: re-anchored 19 annotations in draft.md: 0 in place, 18 moved, 1 fuzzy, \
             0 orphaned; 104 on the text as a whole",
        )
        .status(0);
    let moved: Value = serde_json::from_str(&out).unwrap();
    let fuzzy: Vec<&Value> = items(&moved)
        .iter()
        .filter(|a| a["factlint:fuzzy"] == true)
        .collect();
    assert_eq!(fuzzy.len(), 1);
    assert_eq!(fuzzy[0]["target"]["selector"][0]["exact"], "$560 million");
    // Not annotations: exit 2, naming the file.
    Test::new()
        .file("bad.jsonld", "{\"type\": \"Annotation\"}")
        .file("draft.md", &edited)
        .args(&["annotate", "--reanchor", "bad.jsonld", "draft.md"])
        .stderr_contains("factlint: error: bad.jsonld: not W3C annotations")
        .status(2);
    Test::new()
        .arg("anotate")
        .stderr_contains("did you mean `annotate`?")
        .status(2);
    Test::new()
        .args(&[
            "annotate",
            "--reanchor",
            "a.jsonld",
            "x.md",
            "--format",
            "html",
        ])
        .stderr_contains("cannot be combined with --format html")
        .status(2);
}
