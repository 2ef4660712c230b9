//! JUnit XML, the test report Jenkins, GitLab, Azure DevOps and most CI
//! servers show as a list of passed and failed tests.
//!
//! Every text is a `<testsuite>` named by its path, and every claim one
//! `<testcase>` in it, named by the claim's id — so a claims file reads as
//! a test suite run against each text:
//!
//! - a claim the text states wrongly (mismatch, stale, unsupported) or a
//!   required fact it leaves out, at warning or above: a `<failure>`
//!   holding each wrong place, `path:line:column: label claim (kind)` and
//!   the message;
//! - a fact the text does not state (missing at info), or a problem that
//!   is at info or silenced by a comment: `<skipped>`, with why;
//! - otherwise the test case passes.
//!
//! A text that could not be read is a suite with one `<error>`. The
//! claims files' own findings (review due, expired) form one suite per
//! claims file. Suites are written as texts finish; the root element
//! carries no totals, which readers add up from the suites.

use super::{label, Place, Renderer};
use crate::claims::Severity;
use crate::findings::{ClaimsFinding, FileReport, Finding, RunHeader, Status, Summary};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::{self, Write};

pub struct Junit<'w> {
    xml: Writer<&'w mut dyn Write>,
}

impl<'w> Junit<'w> {
    pub fn new(out: &'w mut dyn Write) -> Junit<'w> {
        Junit {
            xml: Writer::new_with_indent(out, b' ', 2),
        }
    }
}

/// What one claim came to in one text.
enum Outcome<'a> {
    Passed,
    Skipped(String),
    Failed(Vec<&'a Finding>),
}

fn outcome<'a>(findings: &[&'a Finding]) -> Outcome<'a> {
    let failing: Vec<&Finding> = findings
        .iter()
        .copied()
        .filter(|f| f.is_problem() && !f.suppressed && f.severity >= Severity::Warning)
        .collect();
    if !failing.is_empty() {
        return Outcome::Failed(failing);
    }
    match findings.iter().find(|f| f.is_problem()) {
        None => Outcome::Passed,
        Some(f) if f.suppressed => Outcome::Skipped(format!("suppressed: {}", f.message)),
        Some(f) if f.status == Status::Missing => {
            Outcome::Skipped("the text does not state this fact".to_string())
        }
        Some(f) => Outcome::Skipped(format!("{} (info): {}", f.status.name(), f.message)),
    }
}

/// Text for XML: no control characters but tab and newline, which XML 1.0
/// cannot hold.
fn xml_text(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' && c != '\n' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

impl Junit<'_> {
    fn suite(
        &mut self,
        name: &str,
        counts: [usize; 4],
        properties: &[(&str, String)],
    ) -> io::Result<()> {
        let [tests, failures, errors, skipped] = counts.map(|n| n.to_string());
        let name = xml_text(name);
        let start = BytesStart::new("testsuite").with_attributes([
            ("name", name.as_str()),
            ("tests", tests.as_str()),
            ("failures", failures.as_str()),
            ("errors", errors.as_str()),
            ("skipped", skipped.as_str()),
        ]);
        self.xml.write_event(Event::Start(start))?;
        if !properties.is_empty() {
            self.xml
                .create_element("properties")
                .write_inner_content(|xml| {
                    for (name, value) in properties {
                        let value = xml_text(value);
                        xml.create_element("property")
                            .with_attributes([("name", *name), ("value", value.as_str())])
                            .write_empty()?;
                    }
                    Ok(())
                })?;
        }
        Ok(())
    }

    fn end_suite(&mut self) -> io::Result<()> {
        self.xml.write_event(Event::End(BytesEnd::new("testsuite")))
    }

    fn case(
        &mut self,
        name: &str,
        classname: &str,
        file: &str,
        outcome: Outcome,
        describe: &dyn Fn(&Finding) -> String,
    ) -> io::Result<()> {
        let (name, classname, file) = (xml_text(name), xml_text(classname), xml_text(file));
        let case = self.xml.create_element("testcase").with_attributes([
            ("name", name.as_str()),
            ("classname", classname.as_str()),
            ("file", file.as_str()),
        ]);
        match outcome {
            Outcome::Passed => {
                case.write_empty()?;
            }
            Outcome::Skipped(why) => {
                let why = xml_text(&why);
                case.write_inner_content(|xml| {
                    xml.create_element("skipped")
                        .with_attribute(("message", why.as_str()))
                        .write_empty()?;
                    Ok(())
                })?;
            }
            Outcome::Failed(findings) => {
                let first = findings[0];
                let kind = first.status.name();
                let message = xml_text(&first.message);
                let body: String = findings
                    .iter()
                    .map(|f| xml_text(&describe(f)))
                    .collect::<Vec<_>>()
                    .join("\n");
                case.write_inner_content(|xml| {
                    xml.create_element("failure")
                        .with_attributes([("type", kind), ("message", message.as_str())])
                        .write_text_content(BytesText::new(&body))?;
                    Ok(())
                })?;
            }
        }
        Ok(())
    }
}

/// A wrong place as a line and its message.
fn describe_at(path: &str, place: Place, finding: &Finding) -> String {
    format!(
        "{path}:{}:{}: {} {} ({})\n  {}",
        place.line,
        place.column,
        label(finding),
        finding.claim,
        finding.kind,
        finding.message
    )
}

impl Renderer for Junit<'_> {
    fn begin(&mut self, _header: &RunHeader) -> io::Result<()> {
        self.xml
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        self.xml.write_event(Event::Start(
            BytesStart::new("testsuites").with_attributes([("name", "factlint")]),
        ))
    }

    fn file(&mut self, file: &FileReport) -> io::Result<()> {
        let path = file.document.path();
        let mut properties = Vec::new();
        if let Some(claims) = &file.claims {
            properties.push(("claims", claims.clone()));
        }
        if let Some(published) = file.published {
            properties.push(("published", published.to_string()));
        }
        if let Some(error) = &file.error {
            self.suite(path, [1, 0, 1, 0], &properties)?;
            let message = xml_text(&error.to_string());
            let path_text = xml_text(path);
            self.xml
                .create_element("testcase")
                .with_attributes([
                    ("name", "read"),
                    ("classname", path_text.as_str()),
                    ("file", path_text.as_str()),
                ])
                .write_inner_content(|xml| {
                    xml.create_element("error")
                        .with_attributes([("type", "unreadable"), ("message", message.as_str())])
                        .write_empty()?;
                    Ok(())
                })?;
            return self.end_suite();
        }
        // A claim's findings are together, in the claims file's order.
        let mut claims: Vec<Vec<&Finding>> = Vec::new();
        for finding in &file.findings {
            match claims.last_mut() {
                Some(group) if group[0].claim == finding.claim => group.push(finding),
                _ => claims.push(vec![finding]),
            }
        }
        let outcomes: Vec<Outcome> = claims.iter().map(|group| outcome(group)).collect();
        let failures = outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Failed(_)))
            .count();
        let skipped = outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Skipped(_)))
            .count();
        self.suite(path, [outcomes.len(), failures, 0, skipped], &properties)?;
        let document = &file.document;
        let describe = |f: &Finding| describe_at(path, Place::of(document, f), f);
        for (group, outcome) in claims.iter().zip(outcomes) {
            self.case(&group[0].claim, path, path, outcome, &describe)?;
        }
        self.end_suite()
    }

    fn claims_findings(&mut self, findings: &[ClaimsFinding]) -> io::Result<()> {
        let mut start = 0;
        while start < findings.len() {
            let path = &findings[start].path;
            let end = findings[start..]
                .iter()
                .position(|f| &f.path != path)
                .map_or(findings.len(), |n| start + n);
            let group = &findings[start..end];
            let outcomes: Vec<Outcome> = group.iter().map(|c| outcome(&[&c.finding])).collect();
            let failures = outcomes
                .iter()
                .filter(|o| matches!(o, Outcome::Failed(_)))
                .count();
            let skipped = outcomes
                .iter()
                .filter(|o| matches!(o, Outcome::Skipped(_)))
                .count();
            self.suite(path, [group.len(), failures, 0, skipped], &[])?;
            for (claims_finding, outcome) in group.iter().zip(outcomes) {
                let describe = |f: &Finding| {
                    let place = Place::at(claims_finding.line, claims_finding.column);
                    let described = describe_at(path, place, f);
                    match super::texts_note(claims_finding) {
                        Some(note) => format!("{described} ({note})"),
                        None => described,
                    }
                };
                self.case(
                    &claims_finding.finding.claim,
                    path,
                    path,
                    outcome,
                    &describe,
                )?;
            }
            self.end_suite()?;
            start = end;
        }
        Ok(())
    }

    fn end(&mut self, _header: &RunHeader, _summary: &Summary) -> io::Result<()> {
        self.xml
            .write_event(Event::End(BytesEnd::new("testsuites")))?;
        self.xml.get_mut().write_all(b"\n")
    }
}
