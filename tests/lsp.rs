//! `factlint lsp` driven by a scripted client over stdio, as an editor
//! drives it: every message in order goes into a transcript, printed with
//! `cargo test --test lsp -- --nocapture`.

use serde_json::{json, Value};
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    transcript: Vec<String>,
    next_id: i64,
}

impl Client {
    fn start(dir: &Path, args: &[&str]) -> Client {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("factlint"))
            .arg("lsp")
            .args(args)
            .current_dir(dir)
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("factlint lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, incoming) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length header")];
                reader.read_exact(&mut body).expect("a whole message");
                let message: Value = serde_json::from_slice(&body).expect("JSON");
                if send.send(message).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            incoming,
            transcript: Vec::new(),
            next_id: 0,
        }
    }

    fn write(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.transcript.push(format!("→ {method}"));
        self.write(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.transcript.push(format!("→ {method} (request {id})"));
        self.write(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let response = self.wait(|m| m["id"] == id && m.get("method").is_none());
        assert!(response.get("error").is_none(), "{response}");
        response["result"].clone()
    }

    /// The next message that `wanted` accepts, answering the server's own
    /// requests and noting everything on the way.
    fn wait(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = self
                .incoming
                .recv_timeout(left)
                .expect("the server answers in time");
            self.note(&message);
            if let (Some(method), Some(id)) = (message["method"].as_str(), message.get("id")) {
                // The server's requests (registerCapability) get a null result.
                let _ = method;
                let reply = json!({"jsonrpc": "2.0", "id": id, "result": null});
                self.write(reply);
            }
            if wanted(&message) {
                return message;
            }
        }
    }

    fn note(&mut self, message: &Value) {
        let line = match (message["method"].as_str(), message.get("id")) {
            (Some("textDocument/publishDiagnostics"), _) => {
                let uri = message["params"]["uri"].as_str().unwrap_or_default();
                let name = uri.rsplit('/').next().unwrap_or_default();
                let diagnostics = message["params"]["diagnostics"].as_array().unwrap();
                let codes: Vec<String> = diagnostics
                    .iter()
                    .map(|d| {
                        format!(
                            "{} {}:{}-{}:{}",
                            d["code"].as_str().unwrap_or("-"),
                            d["range"]["start"]["line"],
                            d["range"]["start"]["character"],
                            d["range"]["end"]["line"],
                            d["range"]["end"]["character"]
                        )
                    })
                    .collect();
                format!(
                    "← textDocument/publishDiagnostics {name} v{}: {} [{}]",
                    message["params"]["version"],
                    diagnostics.len(),
                    codes.join(", ")
                )
            }
            (Some("window/logMessage"), _) => {
                format!(
                    "← window/logMessage {}",
                    message["params"]["message"].as_str().unwrap_or("")
                )
            }
            (Some(method), Some(id)) => format!("← {method} (request {id})"),
            (Some(method), None) => format!("← {method}"),
            (None, Some(id)) => format!("← response {id}"),
            (None, None) => format!("← {message}"),
        };
        self.transcript.push(line);
    }

    fn diagnostics_for(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let message = self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && version.is_none_or(|v| m["params"]["version"] == v)
        });
        message["params"]["diagnostics"].as_array().unwrap().clone()
    }

    fn initialize(&mut self, dir: &Path) {
        let root = uri(dir);
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root,
                "capabilities": {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}},
            }),
        );
        assert_eq!(result["capabilities"]["textDocumentSync"]["change"], 2);
        assert_eq!(result["capabilities"]["hoverProvider"], true);
        self.notify("initialized", json!({}));
    }

    fn shut_down(mut self) -> Vec<String> {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let status = self.child.wait().expect("the server exits");
        assert!(status.success(), "{status}");
        self.transcript.push(format!("server exited: {status}"));
        self.transcript
    }
}

fn uri(path: &Path) -> String {
    let path = path.canonicalize().unwrap();
    format!("file://{}", path.display())
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn print(title: &str, transcript: &[String]) {
    println!("--- {title}");
    for line in transcript {
        println!("{line}");
    }
}

const TEXT: &str = "---\ndate: 2025-11-24\n---\n🇵🇰 In September, the Frontier Works Organization signed a $550 million deal with U.S. Strategic Metals.\n";

#[test]
fn a_scripted_client_opens_fixes_and_sees_the_diagnostic_go() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(root().join("claims.toml"), dir.path().join("claims.toml")).unwrap();
    let file = dir.path().join("d.md");
    fs::write(&file, TEXT).unwrap();
    let doc = uri(&file);
    let mut client = Client::start(dir.path(), &[]);
    client.initialize(dir.path());
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": doc, "languageId": "markdown", "version": 1, "text": TEXT}}),
    );
    let diagnostics = client.diagnostics_for(&doc, Some(1));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let diagnostic = &diagnostics[0];
    assert_eq!(diagnostic["code"], "fwo-usm-deal-amount");
    assert_eq!(diagnostic["severity"], 1);
    // The flag is 2 characters, 4 UTF-16 units, 8 bytes: the value starts
    // at unit 4 + 1 + the words before it.
    let line = TEXT.lines().nth(3).unwrap();
    let before = &line[..line.find("$550").unwrap()];
    let character = before.encode_utf16().count();
    assert_eq!(
        character,
        4 + 1 + "In September, the Frontier Works Organization signed a ".len()
    );
    assert_eq!(
        diagnostic["range"],
        json!({"start": {"line": 3, "character": character},
               "end": {"line": 3, "character": character + "$550 million".len()}})
    );
    assert!(diagnostic["message"]
        .as_str()
        .unwrap()
        .contains("the text says $550 million, the claim $500 million"));

    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": {"line": 3, "character": character + 2}}),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        shown.contains("**fwo-usm-deal-amount** (money) — mismatch"),
        "{shown}"
    );
    assert!(shown.contains("expected: $500 million"), "{shown}");
    assert!(shown.contains("verified: "), "{shown}");

    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": doc}, "range": diagnostic["range"],
               "context": {"diagnostics": [diagnostic]}}),
    );
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Replace with “$500 million” (fwo-usm-deal-amount)",
            "Suppress fwo-usm-deal-amount on this line"
        ]
    );
    let change = &actions[0]["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"]["version"], 1);
    let edit = &change["edits"][0];
    assert_eq!(edit["range"], diagnostic["range"]);
    assert_eq!(edit["newText"], "$500 million");
    // The client applies the edit and says so.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 2},
               "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]}),
    );
    let diagnostics = client.diagnostics_for(&doc, Some(2));
    assert_eq!(diagnostics, Vec::<Value>::new());

    // The other action: the comment goes above, the finding is silenced.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 3}, "contentChanges": [{"text": TEXT}]}),
    );
    let diagnostics = client.diagnostics_for(&doc, Some(3));
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": doc}, "range": diagnostics[0]["range"], "context": {"diagnostics": []}}),
    );
    let suppress = &actions[1]["edit"]["documentChanges"][0]["edits"][0];
    assert_eq!(
        suppress["newText"],
        "<!-- factlint-disable-next-line fwo-usm-deal-amount -->\n"
    );
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 4},
               "contentChanges": [{"range": suppress["range"], "text": suppress["newText"]}]}),
    );
    let diagnostics = client.diagnostics_for(&doc, Some(4));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["severity"], 4, "a hint: {diagnostics:#?}");
    assert!(diagnostics[0]["message"]
        .as_str()
        .unwrap()
        .ends_with("(suppressed)"));

    let transcript = client.shut_down();
    print("scripted client", &transcript);
    let order: Vec<&str> = transcript
        .iter()
        .filter(|l| !l.contains("logMessage"))
        .map(|l| l.as_str())
        .collect();
    assert!(order[0].starts_with("→ initialize"));
    assert!(order[1].starts_with("← response 1"));
    assert!(order
        .iter()
        .any(|l| l.starts_with("← client/registerCapability")));
    let opened = order
        .iter()
        .position(|l| l.starts_with("→ textDocument/didOpen"))
        .unwrap();
    let first = order[opened..]
        .iter()
        .find(|l| l.contains("publishDiagnostics"))
        .unwrap();
    assert!(
        first.contains("d.md v1: 1 [fwo-usm-deal-amount 3:60-3:72]"),
        "{first}"
    );
}

#[test]
fn the_time_from_a_change_to_its_diagnostics_on_the_seed_article() {
    let seed = root().join("../shared/seed/article.txt");
    let (name, text) = match fs::read_to_string(&seed) {
        Ok(text) => ("seed article", text),
        Err(_) => (
            "sample article (no ../shared/seed here)",
            fs::read_to_string(root().join("articles/pakistan-pivot.md")).unwrap(),
        ),
    };
    let dir = tempfile::tempdir().unwrap();
    // The claims file names the article, so it is read as published on
    // 2025-11-24 as the seed was.
    let claims = fs::read_to_string(root().join("claims.toml")).unwrap();
    let claims = claims.replacen(
        "files = [\"articles/pakistan-pivot.md\", \"articles/draft-summary.md\"]",
        "files = [\"article.txt\"]",
        1,
    );
    fs::write(dir.path().join("claims.toml"), claims).unwrap();
    let file = dir.path().join("article.txt");
    fs::write(&file, &text).unwrap();
    let doc = uri(&file);
    let mut client = Client::start(dir.path(), &["--debounce-ms", "20"]);
    client.initialize(dir.path());
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": doc, "languageId": "plaintext", "version": 1, "text": text}}),
    );
    let opened = client.diagnostics_for(&doc, Some(1));
    let mut times = Vec::new();
    for version in 2..=21 {
        // Type a character at the end of the first line.
        let line_end = text.lines().next().unwrap().encode_utf16().count() + (version as usize - 2);
        let sent = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": doc, "version": version},
                   "contentChanges": [{"range": {"start": {"line": 0, "character": line_end},
                                                 "end": {"line": 0, "character": line_end}},
                                       "text": " "}]}),
        );
        let diagnostics = client.diagnostics_for(&doc, Some(version));
        times.push(sent.elapsed());
        assert_eq!(
            diagnostics.len(),
            opened.len(),
            "trailing spaces change nothing"
        );
    }
    // A wrong figure typed in shows up after the same wait.
    let wrong = text.find("three times").expect("the seed's count");
    let before = &text[..wrong];
    let line = before.matches('\n').count();
    let character = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .encode_utf16()
        .count()
        + if line == 0 { 20 } else { 0 };
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 22},
               "contentChanges": [{"range": {"start": {"line": line, "character": character},
                                             "end": {"line": line, "character": character + 5}},
                                   "text": "four"}]}),
    );
    let diagnostics = client.diagnostics_for(&doc, Some(22));
    assert_eq!(diagnostics.len(), opened.len() + 1, "{diagnostics:#?}");
    client.shut_down();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "didChange -> publishDiagnostics on the {name} ({} bytes, {} diagnostics), debounce 20 ms included, 20 changes: \
         min {:.1} ms, median {:.1} ms, max {:.1} ms",
        text.len(),
        opened.len(),
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
    );
    // Never faster than the debounce: the check waits for the quiet spell.
    assert!(times[0] >= Duration::from_millis(20), "{times:?}");
}

#[test]
fn a_broken_claims_file_is_a_diagnostic_and_the_server_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let claims = dir.path().join("claims.toml");
    let good = fs::read_to_string(root().join("claims.toml")).unwrap();
    let broken = good.replacen("[[claim]]\n", "[[claim]]\ncolour = \"red\"\n", 1);
    fs::write(&claims, &broken).unwrap();
    let file = dir.path().join("d.md");
    fs::write(&file, TEXT).unwrap();
    let doc = uri(&file);
    let claims_uri = uri(&claims);
    let mut client = Client::start(dir.path(), &[]);
    client.initialize(dir.path());
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": doc, "languageId": "markdown", "version": 1, "text": TEXT}}),
    );
    let errors = client.diagnostics_for(&claims_uri, None);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]["message"].as_str().unwrap().contains("colour"),
        "{errors:#?}"
    );
    // LSP lines count from 0.
    let line = broken[..broken.find("colour").unwrap()]
        .matches('\n')
        .count();
    assert_eq!(errors[0]["range"]["start"]["line"], line);
    assert_eq!(client.diagnostics_for(&doc, Some(1)), Vec::<Value>::new());
    // The desk fixes the claims file; the editor's watcher says so.
    fs::write(&claims, &good).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": claims_uri, "type": 2}]}),
    );
    assert_eq!(
        client.diagnostics_for(&claims_uri, None),
        Vec::<Value>::new()
    );
    let diagnostics = client.diagnostics_for(&doc, Some(1));
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0]["code"], "fwo-usm-deal-amount");
    let transcript = client.shut_down();
    print("claims file error", &transcript);
}
