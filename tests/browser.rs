//! The annotated page in a real browser: Debian's Chromium, headless,
//! driven over the DevTools protocol with headless_chrome (its feature that
//! downloads a browser is off). Chromium is taken from PATH, or from
//! `$CHROME`; without one the tests say so and pass, except under
//! `CI=true`, where they fail (`.ci/run` installs it).
//!
//! What is checked, from the live DOM: one mark per located finding with
//! the finding's words and status; the popover closed, then open on
//! keyboard focus (and on hover) with the claim's details; `j`/`k` stepping
//! through the problems; the labels still there, in black, when printing;
//! the marks, list and popovers with scripts off; and the XSS fixture
//! (`tests/fixtures/xss/`) inert: its payloads would set `document.title`
//! or add an element whose id starts with `pwned`, and none did.
//! Screenshots go to `target/annotate/` for review.

use headless_chrome::protocol::cdp::{Emulation, Page};
use headless_chrome::{Browser, LaunchOptions, Tab};
use serde_json::Value;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

const AS_OF: &str = "2025-11-28";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where the pages and screenshots of these tests go.
fn out_dir() -> PathBuf {
    let dir = root().join("target/annotate");
    fs::create_dir_all(&dir).expect("target/annotate");
    dir
}

/// Chromium: `$CHROME`, else `chromium` on PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROME").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join("chromium"))
        .find(|path| path.is_file())
}

/// A headless Chromium with a fresh profile (kept alive beside it), or
/// `None` where there is none to run and CI does not require one.
fn browser() -> Option<(Browser, tempfile::TempDir)> {
    let Some(path) = chromium() else {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI=true and no Chromium: install Debian's chromium (as .ci/run does) or set $CHROME"
        );
        eprintln!("skipped: no chromium on PATH and no $CHROME (apt-get install chromium)");
        return None;
    };
    let profile = tempfile::tempdir().expect("a profile folder");
    let args: Vec<&OsStr> = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .into_iter()
    .map(OsStr::new)
    .collect();
    // headless, sandbox off and GPU off add --headless, --no-sandbox and
    // --disable-gpu; headless_chrome adds --no-first-run and the profile.
    let options = LaunchOptions::default_builder()
        .path(Some(path))
        .headless(true)
        .sandbox(false)
        .enable_gpu(false)
        .ignore_certificate_errors(false)
        .disable_default_args(true)
        .user_data_dir(Some(profile.path().to_path_buf()))
        .args(args)
        .window_size(Some((1280, 900)))
        .idle_browser_timeout(Duration::from_secs(180))
        .build()
        .expect("launch options");
    let browser = Browser::new(options).expect("Chromium starts");
    Some((browser, profile))
}

/// Runs factlint in the repository; the exit code and stdout.
fn factlint(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("factlint runs");
    assert!(
        output.status.code().is_some_and(|c| c < 2),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8"),
    )
}

fn open(browser: &Browser, page: &Path) -> Arc<Tab> {
    let tab = browser.new_tab().expect("a tab");
    tab.set_default_timeout(Duration::from_secs(20));
    let url = url::Url::from_file_path(page).expect("an absolute path");
    tab.navigate_to(url.as_str())
        .and_then(|tab| tab.wait_until_navigated())
        .expect("the page loads");
    tab
}

/// Evaluates `expression`, which returns `JSON.stringify(...)`.
fn json(tab: &Tab, expression: &str) -> Value {
    let result = tab.evaluate(expression, false).expect("evaluates");
    let text = result
        .value
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("{expression}: no string: {:?}", result.description));
    serde_json::from_str(&text).expect("JSON")
}

/// Every mark's first piece: its class, the words of all its pieces (its
/// label and popover left out), whether its popover shows.
const MARKS: &str = r#"JSON.stringify(Array.from(document.querySelectorAll("mark[id^='f']")).map(function (first) {
  var words = "";
  document.querySelectorAll("mark[data-f='" + first.id + "']").forEach(function (piece) {
    var copy = piece.cloneNode(true);
    copy.querySelectorAll(".tag, .pop").forEach(function (e) { e.remove(); });
    words += copy.textContent;
  });
  return {id: first.id, class: first.className, words: words};
}))"#;

fn popover(tab: &Tab, id: &str) -> (String, String) {
    let found = json(
        tab,
        &format!(
            "JSON.stringify((function () {{ var pop = document.getElementById('{id}-pop'); \
             return [getComputedStyle(pop).display, pop.innerText]; }})())"
        ),
    );
    (
        found[0].as_str().unwrap().to_string(),
        found[1].as_str().unwrap().to_string(),
    )
}

fn active_id(tab: &Tab) -> String {
    json(tab, "JSON.stringify(document.activeElement.id)")
        .as_str()
        .unwrap()
        .to_string()
}

fn screenshot(tab: &Tab, name: &str) -> PathBuf {
    let png = tab
        .capture_screenshot(Page::CaptureScreenshotFormatOption::Png, None, None, true)
        .expect("a screenshot");
    let path = out_dir().join(name);
    fs::write(&path, png).expect("write the screenshot");
    path
}

/// The class a finding of `check --format json` is marked with.
fn class_of(finding: &Value) -> String {
    let class = if finding["suppressed"] == true {
        "suppressed"
    } else {
        match (finding["status"].as_str(), finding["severity"].as_str()) {
            (Some("mismatch"), Some("warning")) => "warning",
            (Some("mismatch"), Some("info")) => "info",
            (Some(status), _) => status,
            _ => panic!("a finding with no status"),
        }
    };
    format!("st-{class}")
}

/// `factlint annotate articles/draft-summary.md -o target/annotate/review.html`,
/// and what check says of the same text: each located finding's class and
/// words.
fn review_page() -> (PathBuf, Vec<(String, String)>) {
    let (page, code, located) = annotated("articles/draft-summary.md", "review.html");
    assert_eq!(code, 1, "the draft's mismatches fail at error");
    (page, located)
}

/// `factlint annotate TEXT -o target/annotate/NAME`: the page, the exit
/// code, and each located finding of check's on the text, its class and
/// words.
fn annotated(text: &str, name: &str) -> (PathBuf, i32, Vec<(String, String)>) {
    let page = out_dir().join(name);
    let page_arg = page.to_str().unwrap();
    let (code, _) = factlint(&["annotate", text, "--as-of", AS_OF, "-o", page_arg]);
    let (_, report) = factlint(&["check", text, "--as-of", AS_OF, "--format", "json"]);
    let report: Value = serde_json::from_str(&report).unwrap();
    let source = fs::read_to_string(root().join(text)).unwrap();
    let mut located: Vec<(String, String)> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["span"].is_null())
        .map(|f| {
            let start = f["span"]["start"].as_u64().unwrap() as usize;
            let end = f["span"]["end"].as_u64().unwrap() as usize;
            (class_of(f), source[start..end].to_string())
        })
        .collect();
    located.sort();
    (page, code, located)
}

/// Each mark's class and words, from the live DOM, sorted.
fn marks_in(tab: &Tab) -> (Value, Vec<(String, String)>) {
    let marks = json(tab, MARKS);
    let mut seen: Vec<(String, String)> = marks
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["class"].as_str().unwrap().to_string(),
                m["words"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    seen.sort();
    (marks, seen)
}

#[test]
fn marks_popovers_and_keys_in_a_real_browser() {
    let Some((browser, _profile)) = browser() else {
        return;
    };
    let (page, expected) = review_page();
    let tab = open(&browser, &page);

    // One mark per located finding, with its words and its status.
    let (marks, seen) = marks_in(&tab);
    assert_eq!(seen, expected, "marks in the page against check's findings");
    for status in ["st-match", "st-mismatch", "st-stale"] {
        assert!(seen.iter().any(|(class, _)| class == status), "{status}");
    }
    let id_of = |words: &str| {
        marks
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["words"] == words)
            .and_then(|m| m["id"].as_str())
            .unwrap_or_else(|| panic!("a mark on {words}"))
            .to_string()
    };

    // The popover: closed, then open on keyboard focus with the claim.
    let deal = id_of("$550 million");
    assert_eq!(popover(&tab, &deal).0, "none");
    tab.find_element(&format!("#{deal}"))
        .and_then(|mark| mark.focus().map(|_| ()))
        .expect("focus the mark");
    let (display, text) = popover(&tab, &deal);
    assert_eq!(display, "block", "the popover opens on focus");
    for part in [
        "✗ mismatch",
        "fwo-usm-deal-amount",
        "Kind money",
        "Expected $500 million",
        "Found $550 million",
        "Replace with $500 million",
        "Verified 2025-11-24",
        "Note Deal between the Frontier Works Organization and U.S. Strategic Metals.",
        "money differs: the text says $550 million, the claim $500 million",
    ] {
        assert!(text.contains(part), "the popover lacks {part:?}: {text}");
    }
    let shot = screenshot(&tab, "review.png");

    // j and k step through the problems, in text order.
    let steps = json(
        &tab,
        "JSON.stringify(Array.from(document.querySelectorAll('mark[data-step]')).map(function (m) { return m.id; }))",
    );
    let steps: Vec<String> = steps
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        steps.len(),
        5,
        "four mismatches and a stale value: {steps:?}"
    );
    let at = steps
        .iter()
        .position(|s| *s == deal)
        .expect("the deal is a step");
    tab.press_key("j").expect("press j");
    assert_eq!(active_id(&tab), steps[(at + 1) % steps.len()]);
    assert_eq!(popover(&tab, &steps[(at + 1) % steps.len()]).0, "block");
    tab.press_key("k").expect("press k");
    tab.press_key("k").expect("press k");
    assert_eq!(active_id(&tab), steps[(at + steps.len() - 1) % steps.len()]);

    // Hover opens a popover too.
    let june = id_of("June");
    tab.find_element("#findings h2")
        .and_then(|e| e.focus().map(|_| ()))
        .ok();
    tab.find_element(&format!("#{june}"))
        .and_then(|mark| mark.move_mouse_over().map(|_| ()))
        .expect("hover the mark");
    let (display, text) = popover(&tab, &june);
    assert_eq!(display, "block", "the popover opens on hover");
    assert!(text.contains("munir-white-house-june"), "{text}");

    // The findings list links to every mark.
    let links = json(
        &tab,
        "JSON.stringify(Array.from(document.querySelectorAll('#findings ol a')).map(function (a) { \
         return document.getElementById(a.getAttribute('href').slice(1)) ? 1 : 0; }))",
    );
    let links = links.as_array().unwrap();
    assert_eq!(links.len(), expected.len());
    assert!(links.iter().all(|l| l == 1), "a link to no mark");

    // The sample article: every fact right, every one marked.
    let (sample, code, expected) = annotated("articles/pakistan-pivot.md", "sample.html");
    assert_eq!(code, 0);
    let tab = open(&browser, &sample);
    let (_, sample_seen) = marks_in(&tab);
    assert_eq!(sample_seen, expected, "marks in the sample's page");
    println!(
        "browser: {} marks checked in the draft, {} in the sample; screenshot {}",
        seen.len(),
        sample_seen.len(),
        shot.display()
    );
}

#[test]
fn print_and_scripts_off_in_a_real_browser() {
    let Some((browser, _profile)) = browser() else {
        return;
    };
    let (page, expected) = review_page();

    // Printed: popovers and key help gone, every label there, in black.
    let tab = open(&browser, &page);
    tab.call_method(Emulation::SetEmulatedMedia {
        media: Some("print".to_string()),
        features: None,
    })
    .expect("print media");
    let printed = json(
        &tab,
        r#"JSON.stringify((function () {
          var tags = Array.from(document.querySelectorAll("mark .tag")).filter(function (t) {
            return !t.closest(".pop");
          });
          return {
            print: matchMedia("print").matches,
            tags: tags.length,
            shown: tags.filter(function (t) {
              var s = getComputedStyle(t);
              return s.display !== "none" && s.visibility === "visible" && t.getClientRects().length > 0
                && s.color === "rgb(0, 0, 0)";
            }).length,
            pops: Array.from(document.querySelectorAll(".pop")).filter(function (p) {
              return getComputedStyle(p).display !== "none";
            }).length,
            keys: getComputedStyle(document.getElementById("keys")).display
          };
        })())"#,
    );
    assert_eq!(printed["print"], true, "{printed}");
    let tags = printed["tags"].as_u64().unwrap() as usize;
    assert!(
        tags > expected.len(),
        "a label per finding and per unchecked value: {printed}"
    );
    assert_eq!(
        printed["shown"], printed["tags"],
        "labels hidden in print: {printed}"
    );
    assert_eq!(printed["pops"], 0, "{printed}");
    assert_eq!(printed["keys"], "none", "{printed}");
    let shot = screenshot(&tab, "review-print.png");

    // Scripts off: the marks, the list and the popovers are all there.
    let tab = browser.new_tab().expect("a tab");
    tab.call_method(Emulation::SetScriptExecutionDisabled { value: true })
        .expect("scripts off");
    tab.navigate_to(url::Url::from_file_path(&page).unwrap().as_str())
        .and_then(|tab| tab.wait_until_navigated())
        .expect("the page loads");
    let off = json(
        &tab,
        "JSON.stringify({marks: document.querySelectorAll(\"mark[id^='f']\").length, \
         links: document.querySelectorAll('#findings ol a').length, \
         keys: document.getElementById('keys').hidden})",
    );
    assert_eq!(off["marks"], expected.len(), "{off}");
    assert_eq!(off["links"], expected.len(), "{off}");
    assert_eq!(off["keys"], true, "the key help needs the script: {off}");
    // Focused from the protocol: the page's own scripts do not run.
    json(
        &tab,
        "JSON.stringify((document.getElementById('f1').focus(), true))",
    );
    assert_eq!(active_id(&tab), "f1");
    assert_eq!(popover(&tab, "f1").0, "block", "the popover is CSS alone");
    println!(
        "browser: print labels {tags} visible in black; screenshot {}",
        shot.display()
    );
}

#[test]
fn the_xss_fixture_is_inert_in_a_real_browser() {
    let Some((browser, _profile)) = browser() else {
        return;
    };
    let folder = out_dir().join("xss");
    let folder_arg = folder.to_str().unwrap();
    let (code, _) = factlint(&[
        "annotate",
        "-c",
        "tests/fixtures/xss/claims.toml",
        "tests/fixtures/xss/article.md",
        "tests/fixtures/xss/article.txt",
        "--as-of",
        AS_OF,
        "-o",
        folder_arg,
    ]);
    assert_eq!(code, 1);
    for (name, path) in [
        (
            "tests__fixtures__xss__article.md.html",
            "tests/fixtures/xss/article.md",
        ),
        (
            "tests__fixtures__xss__article.txt.html",
            "tests/fixtures/xss/article.txt",
        ),
    ] {
        let tab = open(&browser, &folder.join(name));
        // Let anything that would run have its chance: focus and hover the
        // marks, open their popovers.
        for mark in tab.find_elements("mark[tabindex]").expect("marks") {
            mark.focus().expect("focus");
            mark.move_mouse_over().expect("hover");
        }
        std::thread::sleep(Duration::from_millis(300));
        let state = json(
            &tab,
            r#"JSON.stringify({
              title: document.title,
              pwned: document.querySelectorAll("[id^='pwned']").length,
              scripts: document.scripts.length,
              elements: document.querySelectorAll("img, svg, iframe, object, embed, link, base, form, textarea").length,
              handlers: Array.from(document.querySelectorAll("*")).filter(function (e) {
                return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); });
              }).length,
              scriptLinks: Array.from(document.querySelectorAll("a[href]")).filter(function (a) {
                return !/^(https?|mailto):/i.test(a.href) && a.protocol !== "file:";
              }).length,
              text: document.body.textContent
            })"#,
        );
        assert_eq!(
            state["title"],
            format!("factlint: {path}"),
            "{name}: {state}"
        );
        assert_eq!(state["pwned"], 0, "{name}: an injected element");
        assert_eq!(state["scripts"], 1, "{name}: only the page's own script");
        assert_eq!(state["elements"], 0, "{name}: {state}");
        assert_eq!(state["handlers"], 0, "{name}: an event handler attribute");
        assert_eq!(
            state["scriptLinks"], 0,
            "{name}: a link that is no web address"
        );
        let text = state["text"].as_str().unwrap();
        for payload in [
            "<script>document.title='pwned-note'</script>",
            "onerror=\"document.title='pwned-note-img'\"",
            "javascript:document.title='pwned-source'",
        ] {
            assert!(
                text.contains(payload),
                "{name}: {payload:?} not shown as text"
            );
        }
    }
}
