//! `factlint lsp`: the language server, over stdio, on the same library
//! calls as `check`.
//!
//! - Diagnostics for every open document but a claims file, judged by the
//!   nearest `claims.toml` from the document's folder upward: on open at
//!   once, on change after a quiet spell (the debounce, 20 ms by default,
//!   `--debounce-ms` or the `debounceMs` initialization option). Problems
//!   are errors, warnings or information as in the report; suppressed
//!   findings are hints; comment warnings are warnings.
//! - Code actions on a finding: put its replacement in (where `--write`
//!   would), or add a suppression comment for its claim.
//! - Hover on a marked value: the claim — expected value, source,
//!   verification date, note.
//! - A claims file that fails to load is a diagnostic on the claims file at
//!   its error's line and column, and the server keeps running; a change to
//!   a claims file on disk (`workspace/didChangeWatchedFiles`, or saving it
//!   in the editor) reloads it and checks the open documents again.
//!
//! Positions are UTF-16 code units, as LSP counts them by default; the
//! library's byte offsets are converted at this boundary only.

use crate::check::Checker;
use crate::claims::{self, ClaimSet, LoadError, Severity};
use crate::document::{Document, Format};
use crate::extract::Span;
use crate::findings::{Finding, Notice, Status};
use crate::fix;
use crossbeam_channel::RecvTimeoutError;
use jiff::civil::Date;
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Diagnostic,
    DiagnosticSeverity, DiagnosticTag, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams,
    DocumentChanges, Hover, HoverContents, HoverParams, MarkupContent, MarkupKind, NumberOrString,
    OneOf, OptionalVersionedTextDocumentIdentifier, Position, PublishDiagnosticsParams, Range,
    TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::str::FromStr;
use std::time::{Duration, Instant};

/// How the server runs.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// How long a document must be quiet after a change before it is
    /// checked again.
    pub debounce: Duration,
    /// The date review intervals and publication defaults are judged at.
    pub today: Date,
}

/// Serves one client on `connection` until it says `exit`. Errors are the
/// protocol's (a broken connection, a malformed initialize).
pub fn serve(connection: &Connection, settings: Settings) -> Result<(), String> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| format!("language server: {e}"))?;
    let mut settings = settings;
    if let Some(ms) = params
        .pointer("/initializationOptions/debounceMs")
        .and_then(Value::as_u64)
    {
        settings.debounce = Duration::from_millis(ms);
    }
    let watch = params
        .pointer("/capabilities/workspace/didChangeWatchedFiles/dynamicRegistration")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let capabilities = json!({
        "capabilities": {
            // Incremental changes.
            "textDocumentSync": {"openClose": true, "change": 2, "save": true},
            "hoverProvider": true,
            "codeActionProvider": {"codeActionKinds": ["quickfix"]},
        },
        "serverInfo": {"name": "factlint", "version": env!("CARGO_PKG_VERSION")},
    });
    connection
        .initialize_finish(id, capabilities)
        .map_err(|e| format!("language server: {e}"))?;
    let mut server = Server {
        connection,
        settings,
        open: BTreeMap::new(),
        claims: HashMap::new(),
        claims_errors: HashSet::new(),
        next_request: 0,
    };
    if watch {
        server.request(
            "client/registerCapability",
            json!({"registrations": [{
                "id": "factlint-claims",
                "method": "workspace/didChangeWatchedFiles",
                "registerOptions": {"watchers": [{"globPattern": "**/claims.toml"}]},
            }]}),
        );
    }
    server.run()
}

/// An open document.
struct Open {
    uri: Uri,
    path: PathBuf,
    text: String,
    version: i32,
    /// When to check it again after a change.
    due: Option<Instant>,
    /// The last check, for code actions and hovers.
    checked: Option<Checked>,
}

struct Checked {
    document: Document,
    findings: Vec<Finding>,
    claims: Rc<ClaimSet>,
}

/// A claims file as last loaded.
type Loaded = Result<Rc<ClaimSet>, LoadError>;

struct Server<'c> {
    connection: &'c Connection,
    settings: Settings,
    /// By URI.
    open: BTreeMap<String, Open>,
    /// By the claims file's path.
    claims: HashMap<PathBuf, Loaded>,
    /// Claims files whose load error is shown.
    claims_errors: HashSet<PathBuf>,
    next_request: i32,
}

impl Server<'_> {
    fn run(&mut self) -> Result<(), String> {
        loop {
            let next_due = self.open.values().filter_map(|o| o.due).min();
            let message = match next_due {
                Some(due) => {
                    let wait = due.saturating_duration_since(Instant::now());
                    match self.connection.receiver.recv_timeout(wait) {
                        Ok(message) => Some(message),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => return Ok(()),
                    }
                }
                None => match self.connection.receiver.recv() {
                    Ok(message) => Some(message),
                    Err(_) => return Ok(()),
                },
            };
            match message {
                None => self.check_due(),
                Some(Message::Request(request)) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .map_err(|e| format!("language server: {e}"))?
                    {
                        return Ok(());
                    }
                    self.handle_request(request);
                }
                Some(Message::Notification(notification)) => {
                    if notification.method == "exit" {
                        return Ok(());
                    }
                    self.handle_notification(notification);
                }
                Some(Message::Response(_)) => {}
            }
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // The client is gone when this fails; the loop ends on its own then.
        let _ = self.connection.sender.send(message.into());
    }

    fn notify(&self, method: &str, params: impl serde::Serialize) {
        self.send(Notification::new(method.to_string(), params));
    }

    fn request(&mut self, method: &str, params: Value) {
        self.next_request += 1;
        let id = RequestId::from(self.next_request);
        self.send(Request::new(id, method.to_string(), params));
    }

    fn log(&self, message: String) {
        self.notify("window/logMessage", json!({"type": 4, "message": message}));
    }

    fn handle_request(&mut self, request: Request) {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            "textDocument/codeAction" => serde_json::from_value::<CodeActionParams>(request.params)
                .map(|params| serde_json::to_value(self.code_actions(&params)))
                .map_err(|e| e.to_string()),
            "textDocument/hover" => serde_json::from_value::<HoverParams>(request.params)
                .map(|params| serde_json::to_value(self.hover(&params)))
                .map_err(|e| e.to_string()),
            method => {
                self.send(Response::new_err(
                    id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("factlint does not handle {method}"),
                ));
                return;
            }
        };
        let response = match result {
            Ok(Ok(value)) => Response::new_ok(id, value),
            Ok(Err(err)) => Response::new_err(
                id,
                lsp_server::ErrorCode::InternalError as i32,
                err.to_string(),
            ),
            Err(err) => Response::new_err(
                id,
                lsp_server::ErrorCode::InvalidParams as i32,
                format!("invalid parameters: {err}"),
            ),
        };
        self.send(response);
    }

    fn handle_notification(&mut self, notification: Notification) {
        let params = notification.params;
        match notification.method.as_str() {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(params) {
                    let key = p.text_document.uri.as_str().to_string();
                    let Some(path) = uri_to_path(&p.text_document.uri) else {
                        return;
                    };
                    if is_claims_file(&path) {
                        return;
                    }
                    self.open.insert(
                        key.clone(),
                        Open {
                            uri: p.text_document.uri,
                            path,
                            text: p.text_document.text,
                            version: p.text_document.version,
                            due: None,
                            checked: None,
                        },
                    );
                    self.check(&key);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(params) {
                    let debounce = self.settings.debounce;
                    if let Some(open) = self.open.get_mut(p.text_document.uri.as_str()) {
                        for change in p.content_changes {
                            match change.range {
                                Some(range) => {
                                    let start = offset(&open.text, range.start);
                                    let end = offset(&open.text, range.end).max(start);
                                    open.text.replace_range(start..end, &change.text);
                                }
                                None => open.text = change.text,
                            }
                        }
                        open.version = p.text_document.version;
                        open.due = Some(Instant::now() + debounce);
                    }
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(params) {
                    if let Some(open) = self.open.remove(p.text_document.uri.as_str()) {
                        self.publish(&open.uri, Vec::new(), None);
                    }
                }
            }
            "textDocument/didSave" => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(params) {
                    if let Some(path) = uri_to_path(&p.text_document.uri) {
                        if is_claims_file(&path) {
                            self.claims_changed(&path);
                        }
                    }
                }
            }
            "workspace/didChangeWatchedFiles" => {
                if let Ok(p) = serde_json::from_value::<DidChangeWatchedFilesParams>(params) {
                    for change in p.changes {
                        if let Some(path) = uri_to_path(&change.uri) {
                            self.claims_changed(&path);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// A claims file changed on disk: forget it and check again every open
    /// document (a new claims file may now be the nearest for some).
    fn claims_changed(&mut self, path: &Path) {
        let path = canonical(path);
        self.claims.remove(&path);
        let keys: Vec<String> = self.open.keys().cloned().collect();
        for key in keys {
            self.check(&key);
        }
        // A claims file no open document uses may have held an error:
        // clear it or show it again.
        if is_claims_file(&path) && path.is_file() {
            let _ = self.load(&path);
        }
    }

    fn check_due(&mut self) {
        let now = Instant::now();
        let due: Vec<String> = self
            .open
            .iter()
            .filter(|(_, o)| o.due.is_some_and(|d| d <= now))
            .map(|(k, _)| k.clone())
            .collect();
        for key in due {
            self.check(&key);
        }
    }

    /// The claims file at `path`, loaded once until it changes. A fresh
    /// load publishes the file's own diagnostics when they change: its
    /// error, or none once an error is gone.
    fn load(&mut self, path: &Path) -> Loaded {
        if let Some(loaded) = self.claims.get(path) {
            return loaded.clone();
        }
        let loaded = claims::load(path).map(Rc::new);
        let shown = self.claims_errors.contains(path);
        match &loaded {
            Err(_) => {
                self.claims_errors.insert(path.to_path_buf());
                self.publish_claims(path, &loaded);
            }
            Ok(_) if shown => {
                self.claims_errors.remove(path);
                self.publish_claims(path, &loaded);
            }
            Ok(_) => {}
        }
        self.claims.insert(path.to_path_buf(), loaded.clone());
        loaded
    }

    /// Checks one open document and publishes its diagnostics.
    fn check(&mut self, key: &str) {
        let started = Instant::now();
        let Some(open) = self.open.get_mut(key) else {
            return;
        };
        open.due = None;
        let path = open.path.clone();
        let Some(claims_path) = nearest_claims(&path) else {
            let (uri, version) = (open.uri.clone(), open.version);
            self.publish(&uri, Vec::new(), Some(version));
            self.log(format!(
                "{}: no claims.toml in its folder or above; nothing to check",
                path.display()
            ));
            return;
        };
        let loaded = self.load(&claims_path);
        let Some(open) = self.open.get_mut(key) else {
            return;
        };
        let (uri, version) = (open.uri.clone(), open.version);
        let claims = match loaded {
            Ok(claims) => claims,
            Err(_) => {
                open.checked = None;
                self.publish(&uri, Vec::new(), Some(version));
                return;
            }
        };
        let document = Document::new(path.display().to_string(), open.text.clone());
        let published = match publication_date(&document, &claims, self.settings.today) {
            Ok(date) => date,
            Err((span, message)) => {
                let range = range(document.source(), span);
                open.checked = None;
                let diagnostic = Diagnostic {
                    range,
                    severity: Some(DiagnosticSeverity::ERROR),
                    source: Some("factlint".to_string()),
                    message,
                    ..Diagnostic::default()
                };
                self.publish(&uri, vec![diagnostic], Some(version));
                return;
            }
        };
        let findings = Checker::new(&claims).check(&document, published);
        let notices = document.notices(&findings, &claims);
        let diagnostics = diagnostics(&document, &findings, &notices);
        open.checked = Some(Checked {
            document,
            findings,
            claims,
        });
        let count = diagnostics.len();
        self.publish(&uri, diagnostics, Some(version));
        self.log(format!(
            "checked {} in {:.1} ms: {count} diagnostics",
            path.display(),
            started.elapsed().as_secs_f64() * 1000.0
        ));
    }

    fn publish(&self, uri: &Uri, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        self.notify(
            "textDocument/publishDiagnostics",
            PublishDiagnosticsParams {
                uri: uri.clone(),
                diagnostics,
                version,
            },
        );
    }

    /// The claims file's own diagnostics: its load error, or none.
    fn publish_claims(&self, path: &Path, loaded: &Loaded) {
        let Some(uri) = path_to_uri(path) else {
            return;
        };
        let diagnostics = match loaded {
            Ok(_) => Vec::new(),
            Err(err) => {
                let text = std::fs::read_to_string(path).unwrap_or_default();
                let position = err.position.map_or(Position::new(0, 0), |(line, column)| {
                    position_of_line_column(&text, line, column)
                });
                vec![Diagnostic {
                    range: Range::new(position, position),
                    severity: Some(DiagnosticSeverity::ERROR),
                    source: Some("factlint".to_string()),
                    message: err.message.clone(),
                    ..Diagnostic::default()
                }]
            }
        };
        self.publish(&uri, diagnostics, None);
    }

    fn code_actions(&self, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let Some(open) = self.open.get(params.text_document.uri.as_str()) else {
            return Vec::new();
        };
        let Some(checked) = &open.checked else {
            return Vec::new();
        };
        let document = &checked.document;
        let text = document.source();
        let wanted = Span::new(
            offset(text, params.range.start),
            offset(text, params.range.end),
        );
        // In the editor every replacement is offered, whatever its severity.
        let fixes = fix::edits(document, &checked.findings, Severity::Info);
        let mut actions = Vec::new();
        for finding in checked
            .findings
            .iter()
            .filter(|f| f.is_problem() && !f.suppressed)
        {
            let Some(span) = finding.span else {
                continue;
            };
            if span.end < wanted.start || wanted.end < span.start {
                continue;
            }
            let diagnostic = diagnostic(document, finding);
            if let Some(edit) = fixes
                .iter()
                .find(|e| e.span == span && e.claim == finding.claim)
            {
                actions.push(action(
                    format!("Replace with “{}” ({})", edit.replacement, finding.claim),
                    (&open.uri, open.version),
                    vec![TextEdit::new(range(text, span), edit.replacement.clone())],
                    diagnostic.clone(),
                    true,
                ));
            }
            actions.push(action(
                format!("Suppress {} on this line", finding.claim),
                (&open.uri, open.version),
                vec![suppression_edit(document, span, &finding.claim)],
                diagnostic,
                false,
            ));
        }
        actions
    }

    fn hover(&self, params: &HoverParams) -> Option<Hover> {
        let place = &params.text_document_position_params;
        let open = self.open.get(place.text_document.uri.as_str())?;
        let checked = open.checked.as_ref()?;
        let document = &checked.document;
        let at = offset(document.source(), place.position);
        let finding = checked
            .findings
            .iter()
            .filter(|f| {
                f.span
                    .is_some_and(|s| s.start <= at && at < s.end.max(s.start + 1))
            })
            .min_by_key(|f| f.span.map(|s| s.len()))?;
        let claim = checked
            .claims
            .claims
            .iter()
            .find(|c| c.id == finding.claim)?;
        let mut lines = vec![format!(
            "**{}** ({}) — {}{}",
            claim.id,
            claim.kind,
            finding.status.name(),
            if finding.suppressed {
                ", suppressed"
            } else {
                ""
            }
        )];
        lines.push(format!("expected: {}", finding.expected));
        if let Some(found) = &finding.found {
            lines.push(format!("found: {found}"));
        }
        if let Some(replacement) = &finding.replacement {
            lines.push(format!("replacement: {replacement}"));
        }
        if let Some(source) = &claim.source {
            lines.push(format!("source: {source}"));
        }
        match claim.verified {
            Some(date) => lines.push(format!("verified: {date}")),
            None => lines.push("verified: never".to_string()),
        }
        if let Some(note) = &claim.note {
            lines.push(format!("note: {note}"));
        }
        lines.push(format!(
            "claims file: {}:{}",
            checked.claims.path.display(),
            claim.line
        ));
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: lines.join("  \n"),
            }),
            range: finding.span.map(|s| range(document.source(), s)),
        })
    }
}

/// A quick fix editing the document as of `version`, so a client never
/// applies it to a text that has changed since.
fn action(
    title: String,
    (uri, version): (&Uri, i32),
    edits: Vec<TextEdit>,
    diagnostic: Diagnostic,
    preferred: bool,
) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic]),
        edit: Some(WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: uri.clone(),
                    version: Some(version),
                },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..WorkspaceEdit::default()
        }),
        is_preferred: Some(preferred),
        ..CodeAction::default()
    })
}

/// The comment that silences `claim` on the line of `span`: a line of its
/// own above it where that line starts a block (or in plain text); else,
/// inside a Markdown or HTML paragraph, at the end of the line before, so
/// the paragraph stays whole.
fn suppression_edit(document: &Document, span: Span, claim: &str) -> TextEdit {
    let text = document.source();
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let indent: String = text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let previous_line = text[..line_start.saturating_sub(1)]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let previous = text[previous_line..line_start.saturating_sub(1)].trim_end_matches('\r');
    let comment = |inner: &str| match document.format() {
        Format::Plain => format!("# {inner}"),
        Format::Markdown | Format::Html => format!("<!-- {inner} -->"),
    };
    let inner = format!("factlint-disable-next-line {claim}");
    // Where the finding's block starts on an earlier line, a comment line
    // above would cut the paragraph in two: the comment goes at the end of
    // the line before instead, inside the paragraph.
    let prose = document.prose_span(span);
    let block_start = document
        .segmentation()
        .paragraphs
        .iter()
        .find(|p| p.span.start <= prose.start && prose.start < p.span.end)
        .map(|p| {
            document
                .source_span(Span::new(p.span.start, p.span.start + 1))
                .start
        });
    let mid_paragraph = document.format() != Format::Plain
        && line_start > 0
        && !previous.trim().is_empty()
        && block_start.is_some_and(|start| start < line_start);
    if mid_paragraph {
        let end = line_start - 1 - usize::from(text[..line_start - 1].ends_with('\r'));
        let at = range(text, Span::new(end, end));
        TextEdit::new(at, format!(" {}", comment(&inner)))
    } else {
        let at = range(text, Span::new(line_start, line_start));
        TextEdit::new(at, format!("{indent}{}{newline}", comment(&inner)))
    }
}

/// The diagnostics of a checked document: problems above info, suppressed
/// findings as hints, comment warnings; `missing` facts that are errors or
/// warnings (required ones) at the top of the text.
fn diagnostics(document: &Document, findings: &[Finding], notices: &[Notice]) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = findings
        .iter()
        .filter(|f| f.is_problem() && (f.severity > Severity::Info || f.suppressed))
        .map(|f| diagnostic(document, f))
        .collect();
    out.extend(notices.iter().map(|n| Diagnostic {
        range: range(document.source(), n.span),
        severity: Some(severity(n.severity)),
        code: Some(NumberOrString::String(n.code.name().to_string())),
        source: Some("factlint".to_string()),
        message: n.message.clone(),
        tags: Some(vec![DiagnosticTag::UNNECESSARY]),
        ..Diagnostic::default()
    }));
    out
}

fn diagnostic(document: &Document, finding: &Finding) -> Diagnostic {
    let span = finding.span.unwrap_or(Span::new(0, 0));
    let label = match (finding.status, finding.reason) {
        (Status::Stale, Some(reason)) => format!("stale: {}", reason.name()),
        (status, _) => status.name().to_string(),
    };
    Diagnostic {
        range: range(document.source(), span),
        severity: Some(if finding.suppressed {
            DiagnosticSeverity::HINT
        } else {
            severity(finding.severity)
        }),
        code: Some(NumberOrString::String(finding.claim.clone())),
        source: Some("factlint".to_string()),
        message: format!(
            "{label}: {}{}",
            finding.message,
            if finding.suppressed {
                " (suppressed)"
            } else {
                ""
            }
        ),
        ..Diagnostic::default()
    }
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The publication date `check` would use: the front matter's `date:`,
/// else the claims file's for the files it names, else today. A front
/// matter date that is no date is an error at its place.
fn publication_date(
    document: &Document,
    claims: &ClaimSet,
    today: Date,
) -> Result<Date, (Span, String)> {
    match crate::run::front_matter_date(document) {
        Ok(Some(date)) => return Ok(date),
        Ok(None) => {}
        Err(err) => {
            let span = document.front_matter_date_span().unwrap_or(Span::new(0, 0));
            return Err((span, err.message));
        }
    }
    let path = canonical(Path::new(document.path()));
    let folder = claims.path.parent().unwrap_or(Path::new(""));
    let named = claims
        .files
        .iter()
        .any(|f| canonical(&folder.join(f)) == path);
    Ok(claims.published.filter(|_| named).unwrap_or(today))
}

fn is_claims_file(path: &Path) -> bool {
    path.file_name().is_some_and(|name| name == "claims.toml")
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// The nearest `claims.toml` from the document's folder upward.
fn nearest_claims(document: &Path) -> Option<PathBuf> {
    let folder = canonical(document.parent()?);
    folder
        .ancestors()
        .map(|f| f.join("claims.toml"))
        .find(|c| c.is_file())
}

/// A `file:` URI's path, percent-decoded.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file://host/path`: only the local host.
    let path = match rest.find('/') {
        Some(0) => rest,
        Some(at) if &rest[..at] == "localhost" => &rest[at..],
        _ => return None,
    };
    let mut bytes = Vec::with_capacity(path.len());
    let raw = path.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        let escaped = (raw[i] == b'%')
            .then(|| path.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            bytes.push(byte);
            i += 3;
            continue;
        }
        bytes.push(raw[i]);
        i += 1;
    }
    String::from_utf8(bytes).ok().map(PathBuf::from)
}

/// The `file:` URI of an absolute path, percent-encoded.
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    let path = path.to_str()?;
    let mut uri = String::from("file://");
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    Uri::from_str(&uri).ok()
}

/// The LSP position (line, UTF-16 column) of byte `at` of `text`.
pub fn position(text: &str, at: usize) -> Position {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..line_start].matches('\n').count();
    let character: usize = text[line_start..at].chars().map(char::len_utf16).sum();
    Position::new(line as u32, character as u32)
}

/// The byte offset of an LSP position in `text` (past a line's end: the
/// line's end; past the text: its end).
pub fn offset(text: &str, position: Position) -> usize {
    let mut line_start = 0;
    for _ in 0..position.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let mut units = 0;
    for (i, c) in text[line_start..line_end].char_indices() {
        if units >= position.character as usize {
            return line_start + i;
        }
        units += c.len_utf16();
    }
    line_end
}

/// A byte span of `text` as an LSP range.
pub fn range(text: &str, span: Span) -> Range {
    Range::new(position(text, span.start), position(text, span.end))
}

/// A 1-based line and character column (as load errors give them) as an
/// LSP position.
fn position_of_line_column(text: &str, line: usize, column: usize) -> Position {
    let line_start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        .min(text.len());
    let rest = &text[line_start..];
    let at = rest
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    position(text, line_start + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units() {
        let text = "a🇵🇰 $5\r\nx é $6\n";
        let five = text.find("$5").unwrap();
        // The flag is two characters of two units each.
        assert_eq!(position(text, five), Position::new(0, 6));
        assert_eq!(offset(text, Position::new(0, 6)), five);
        let six = text.find("$6").unwrap();
        assert_eq!(position(text, six), Position::new(1, 4));
        assert_eq!(offset(text, Position::new(1, 4)), six);
        assert_eq!(offset(text, Position::new(1, 99)), text.len() - 1);
        assert_eq!(offset(text, Position::new(9, 0)), text.len());
        assert_eq!(position_of_line_column(text, 2, 5), Position::new(1, 4));
    }

    #[test]
    fn file_uris_round_trip() {
        let path = Path::new("/tmp/a folder/é#1.md");
        let uri = path_to_uri(path).unwrap();
        assert_eq!(uri.as_str(), "file:///tmp/a%20folder/%C3%A9%231.md");
        assert_eq!(uri_to_path(&uri).unwrap(), path);
        let other = Uri::from_str("https://example.com/a.md").unwrap();
        assert_eq!(uri_to_path(&other), None);
        let local = Uri::from_str("file://localhost/tmp/x.md").unwrap();
        assert_eq!(uri_to_path(&local).unwrap(), Path::new("/tmp/x.md"));
    }

    #[test]
    fn suppression_comments_keep_paragraphs_whole() {
        #[track_caller]
        fn case(path: &str, text: &str, value: &str, expected: &str) {
            let document = Document::new(path, text.to_string());
            let start = text.find(value).unwrap();
            let edit = suppression_edit(&document, Span::new(start, start + value.len()), "deal");
            let at = offset(text, edit.range.start);
            let mut out = text.to_string();
            out.insert_str(at, &edit.new_text);
            assert_eq!(out, expected, "{path}");
        }
        case(
            "a.md",
            "Intro.\n\nPaid $550 now.\n",
            "$550",
            "Intro.\n\n<!-- factlint-disable-next-line deal -->\nPaid $550 now.\n",
        );
        case(
            "a.md",
            "The fund\r\npaid $550 now.\r\n",
            "$550",
            "The fund <!-- factlint-disable-next-line deal -->\r\npaid $550 now.\r\n",
        );
        case(
            "a.md",
            "- item\n  paid $550\n",
            "$550",
            "- item <!-- factlint-disable-next-line deal -->\n  paid $550\n",
        );
        case(
            "a.txt",
            "Line.\nPaid $550 now.\n",
            "$550",
            "Line.\n# factlint-disable-next-line deal\nPaid $550 now.\n",
        );
        // Each added comment silences the finding it was made for.
        for (path, text) in [
            (
                "a.md",
                "The fund <!-- factlint-disable-next-line deal -->\r\npaid $550 now.\r\n",
            ),
            (
                "a.txt",
                "Line.\n# factlint-disable-next-line deal\nPaid $550 now.\n",
            ),
        ] {
            let document = Document::new(path, text.to_string());
            let at = document.text().find("$550").unwrap();
            assert!(
                document.silences("deal", Some(Span::new(at, at + 4))),
                "{path}"
            );
        }
    }
}
