//! SARIF 2.1.0, the static analysis results format that GitHub code
//! scanning, Azure DevOps and most IDE viewers read.
//!
//! One run of one tool. Its rules are the claims — every claim of every
//! claims file the run used, each with a help text saying what it claims
//! and where — and each problem found is a result pointing at the text
//! (`missing` at line 1), at `error`, `warning` or `note` level. Findings
//! of a claims file (review due, expired) point at the claim in the claims
//! file. Columns are counted in Unicode code points
//! (`run.columnKind: unicodeCodePoints`), the end column exclusive, as
//! factlint counts them everywhere. A replacement becomes a `fix`; an
//! inline-suppressed finding carries an `inSource` suppression; each
//! result has a `partialFingerprints` entry (see
//! [`super::fingerprint`]). A text that could not be read is a tool
//! execution notification, and makes `executionSuccessful` false.
//!
//! The document is written as the run goes, the results first; the rules
//! are written at the end, since a finding may name a rule no claims file
//! holds (source mode's `source:<kind>`). A test validates the output
//! against the OASIS schema in `../shared/specs/sarif/`.

use super::{emitted, emitted_in_text_order, fingerprint, uri, Occurrences, Place, Renderer};
use crate::claims::{ClaimSet, Severity};
use crate::findings::{ClaimsFinding, FileReport, Finding, RunHeader, Summary};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{self, Write};

/// The schema the output follows: OASIS's SARIF 2.1.0 (errata 01).
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// A rule: one claim, or a kind of source-mode finding.
#[derive(Clone, Debug)]
struct Rule {
    id: String,
    short: String,
    help: String,
    level: &'static str,
    tags: Vec<String>,
}

pub struct Sarif<'w> {
    out: &'w mut dyn Write,
    verbose: bool,
    rules: Vec<Rule>,
    /// (claims file, claim id) -> rule index.
    index: HashMap<(String, String), usize>,
    results: usize,
    notifications: Vec<Value>,
}

impl<'w> Sarif<'w> {
    /// A SARIF report whose rules are the claims of `claim_sets`.
    pub fn new(out: &'w mut dyn Write, claim_sets: &[ClaimSet], verbose: bool) -> Sarif<'w> {
        let mut sarif = Sarif {
            out,
            verbose,
            rules: Vec::new(),
            index: HashMap::new(),
            results: 0,
            notifications: Vec::new(),
        };
        for set in claim_sets {
            let claims_path = set.path.display().to_string();
            for claim in &set.claims {
                let mut help = format!(
                    "The claim `{}` ({}:{}:{}) states {} {}.",
                    claim.id, claims_path, claim.line, claim.column, claim.kind, claim.written
                );
                if let Some(person) = &claim.person {
                    help.push_str(&format!(" It is a title of {person}."));
                }
                if let Some(speaker) = &claim.speaker {
                    help.push_str(&format!(" Its speaker is {speaker}."));
                }
                if !claim.about.is_empty() {
                    help.push_str(&format!(
                        " It is looked for in sentences that mention: {}.",
                        claim.about.join("; ")
                    ));
                }
                if let Some(note) = &claim.note {
                    help.push_str(&format!("\nNote: {note}"));
                }
                if let Some(source) = &claim.source {
                    help.push_str(&format!("\nSource: {source}"));
                }
                if let Some(verified) = claim.verified {
                    help.push_str(&format!("\nLast verified: {verified}."));
                }
                help.push_str(
                    "\nFix the text to state the claim; if the fact itself changed, update the \
                     claim (its value, `previously`, `since`) and its `verified` date.",
                );
                sarif.add_rule(
                    &claims_path,
                    &claim.id,
                    Rule {
                        id: claim.id.clone(),
                        short: format!("{}: {} {}", claim.id, claim.kind, claim.written),
                        help,
                        level: level(claim.severity),
                        tags: vec![claim.kind.key().to_string()],
                    },
                );
            }
        }
        sarif
    }

    fn add_rule(&mut self, claims_path: &str, claim: &str, mut rule: Rule) -> usize {
        // Two claims files may use one id: the later rule is told apart by
        // its claims file.
        if self.rules.iter().any(|r| r.id == rule.id) {
            rule.id = format!("{claims_path}#{}", rule.id);
        }
        self.rules.push(rule);
        let index = self.rules.len() - 1;
        self.index
            .insert((claims_path.to_string(), claim.to_string()), index);
        index
    }

    /// The rule of `finding`, judged by claims file `claims_path`; a rule
    /// made up on the spot for a finding no claim holds (source mode).
    fn rule_of(&mut self, claims_path: &str, finding: &Finding) -> usize {
        let key = (claims_path.to_string(), finding.claim.clone());
        if let Some(&index) = self.index.get(&key) {
            return index;
        }
        self.add_rule(
            claims_path,
            &finding.claim,
            Rule {
                id: finding.claim.clone(),
                short: format!("{}: {}", finding.claim, finding.kind),
                help: format!(
                    "A {} the text states that the source text does not support.",
                    finding.kind
                ),
                level: level(finding.severity),
                tags: vec![finding.kind.key().to_string()],
            },
        )
    }

    fn result(&mut self, result: &Value) -> io::Result<()> {
        let text = serde_json::to_string_pretty(result)?;
        let separator = if self.results == 0 { "\n" } else { ",\n" };
        self.results += 1;
        write!(
            self.out,
            "{separator}        {}",
            text.replace('\n', "\n        ")
        )
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(place: Place, with_end: bool) -> Value {
    if with_end {
        json!({
            "startLine": place.line,
            "startColumn": place.column,
            "endLine": place.end_line,
            "endColumn": place.end_column,
        })
    } else {
        json!({"startLine": place.line, "startColumn": place.column})
    }
}

impl Renderer for Sarif<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        write!(
            self.out,
            "{{\n  \"$schema\": \"{SCHEMA}\",\n  \
             \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \
             \"columnKind\": \"unicodeCodePoints\",\n      \"results\": ["
        )
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        let path = file.document.path().to_string();
        let claims_path = file.claims.clone().unwrap_or_default();
        if let Some(error) = &file.error {
            let mut location = json!({"artifactLocation": {"uri": uri(&path)}});
            if let Some((line, column)) = error.position {
                location["region"] = region(Place::at(line, column), false);
            }
            self.notifications.push(json!({
                "level": "error",
                "message": {"text": format!("{path}: {}", error.message)},
                "locations": [{"physicalLocation": location}],
            }));
            return Ok(());
        }
        let mut occurrences = Occurrences::default();
        for finding in emitted_in_text_order(&file.findings, self.verbose) {
            let rule = self.rule_of(&claims_path, finding);
            let place = Place::of(&file.document, finding);
            let location = json!({
                "physicalLocation": {
                    "artifactLocation": {"uri": uri(&path)},
                    "region": region(place, finding.span.is_some()),
                }
            });
            let mut result = json!({
                "ruleId": self.rules[rule].id,
                "ruleIndex": rule,
                "level": level(finding.severity),
                "message": {"text": finding.message},
                "locations": [location],
                "partialFingerprints": {
                    "factlint/v1": fingerprint(
                        &path,
                        &finding.claim,
                        finding.found.as_deref(),
                        occurrences.next(finding),
                    ),
                },
                "properties": {
                    "status": finding.status.name(),
                    "reason": finding.reason.map(|r| r.name()),
                    "expected": finding.expected,
                    "found": finding.found,
                },
            });
            if let (Some(replacement), true) = (&finding.replacement, finding.span.is_some()) {
                result["fixes"] = json!([{
                    "description": {"text": format!("Write {replacement}")},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri(&path)},
                        "replacements": [{
                            "deletedRegion": region(place, true),
                            "insertedContent": {"text": replacement},
                        }],
                    }],
                }]);
            }
            if finding.suppressed {
                result["suppressions"] = json!([{"kind": "inSource"}]);
            }
            self.result(&result)?;
        }
        Ok(())
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        for claims_finding in findings {
            let finding = &claims_finding.finding;
            if !emitted(finding, self.verbose) {
                continue;
            }
            let rule = self.rule_of(&claims_finding.path, finding);
            let result = json!({
                "ruleId": self.rules[rule].id,
                "ruleIndex": rule,
                "level": level(finding.severity),
                "message": {"text": super::claims_message(claims_finding)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&claims_finding.path)},
                        "region": region(Place::at(claims_finding.line, claims_finding.column), false),
                    }
                }],
                "properties": {
                    "status": finding.status.name(),
                    "reason": finding.reason.map(|r| r.name()),
                    "expected": finding.expected,
                    "texts": claims_finding.texts,
                },
            });
            self.result(&result)?;
        }
        Ok(())
    }

    fn end(&mut self, _header: &RunHeader, summary: &Summary) -> io::Result<()> {
        let close = if self.results == 0 { "]" } else { "\n      ]" };
        let invocations = json!([{
            "executionSuccessful": summary.errors == 0,
            "toolExecutionNotifications": self.notifications,
        }]);
        let rules: Vec<Value> = self
            .rules
            .iter()
            .map(|rule| {
                json!({
                    "id": rule.id,
                    "shortDescription": {"text": rule.short},
                    "help": {"text": rule.help},
                    "defaultConfiguration": {"level": rule.level},
                    "properties": {"tags": rule.tags},
                })
            })
            .collect();
        let tool = json!({
            "driver": {
                "name": "factlint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }
        });
        let indent = |value: &Value| -> io::Result<String> {
            Ok(serde_json::to_string_pretty(value)?.replace('\n', "\n      "))
        };
        writeln!(
            self.out,
            "{close},\n      \"invocations\": {},\n      \"tool\": {}\n    }}\n  ]\n}}",
            indent(&invocations)?,
            indent(&tool)?
        )
    }
}
