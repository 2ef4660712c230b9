//! factlint in git's pre-commit hook, both ways the README gives: the
//! plain hook script (taken from the README itself, so that the README
//! cannot drift from what is tested) and the pre-commit framework's hook
//! from this repository's `.pre-commit-hooks.yaml`.
//!
//! Each test builds a scratch repository, stages an article that states a
//! fact wrongly, and shows that the commit is blocked, with the finding in
//! the output; then that a right staged version passes even with a wrong
//! edit left unstaged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CLAIMS: &str = r#"
[[claim]]
id = "deal"
about = ["Strategic Metals"]
money = "$500 million"
"#;

const RIGHT: &str =
    "---\ndate: 2025-11-24\n---\nThe firm signed a $500 million deal with U.S. Strategic Metals.\n";
const WRONG: &str =
    "---\ndate: 2025-11-24\n---\nThe firm signed a $550 million deal with U.S. Strategic Metals.\n";

/// The finding the wrong article gets, as the human report prints it.
const FINDING: &str = "story.md:4:19: error[mismatch] deal (money)";

/// A scratch git repository, isolated from the user's git configuration.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().expect("a temporary folder"),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        for (key, value) in [
            ("user.name", "Test"),
            ("user.email", "test@example.com"),
            ("commit.gpgsign", "false"),
            ("core.hooksPath", ".git/hooks"),
        ] {
            repo.git(&["config", key, value]);
        }
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, path: &str, text: &str) -> &Repo {
        let full = self.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
        self
    }

    fn command(&self, program: &str, args: &[&str]) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(self.path())
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE");
        command
    }

    #[track_caller]
    fn git(&self, args: &[&str]) -> String {
        let output = self.command("git", args).output().expect("git runs");
        assert!(output.status.success(), "git {args:?}: {}", both(&output));
        both(&output)
    }

    /// `git commit`, with `PATH` leading to `bin` when given.
    fn commit(&self, message: &str, bin: Option<&Path>) -> Output {
        let mut command = self.command("git", &["commit", "-q", "-m", message]);
        if let Some(bin) = bin {
            let path = std::env::var_os("PATH").unwrap_or_default();
            let mut paths = vec![bin.to_path_buf()];
            paths.extend(std::env::split_paths(&path));
            command.env("PATH", std::env::join_paths(paths).unwrap());
        }
        command.output().expect("git commit runs")
    }
}

/// Standard output and standard error together.
fn both(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The plain hook script the README gives: its only `bash` block.
fn readme_hook() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("the README");
    let start = readme
        .find("```bash\n")
        .expect("the README has the hook script")
        + 8;
    let end = start + readme[start..].find("```").expect("the block is closed");
    assert!(
        readme[end + 3..].find("```bash\n").is_none(),
        "one bash block in the README"
    );
    readme[start..end].to_string()
}

#[test]
fn the_plain_git_hook_checks_exactly_what_is_staged() {
    let bin: PathBuf = assert_cmd::cargo::cargo_bin("factlint")
        .parent()
        .unwrap()
        .to_path_buf();
    let repo = Repo::new();
    repo.write("claims.toml", CLAIMS).write("story.md", RIGHT);
    repo.git(&["add", "."]);
    repo.git(&["commit", "-q", "-m", "start"]);
    let hook = repo.path().join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::fs::write(&hook, readme_hook()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    // A wrong article staged: blocked, with the finding.
    repo.write("story.md", WRONG);
    repo.git(&["add", "story.md"]);
    let blocked = repo.commit("wrong", Some(&bin));
    assert!(!blocked.status.success(), "{}", both(&blocked));
    assert!(both(&blocked).contains(FINDING), "{}", both(&blocked));

    // A right version staged, a wrong edit left unstaged: passes, and
    // only the staged content was read.
    repo.write("story.md", &format!("{RIGHT}More news.\n"));
    repo.git(&["add", "story.md"]);
    repo.write("story.md", WRONG);
    let passed = repo.commit("right", Some(&bin));
    assert!(passed.status.success(), "{}", both(&passed));
    assert!(
        both(&passed).contains("1 file against 1 claim"),
        "{}",
        both(&passed)
    );
    assert!(
        !both(&passed).contains("mismatch] deal"),
        "{}",
        both(&passed)
    );

    // And the reverse: a wrong version staged under a right working copy
    // is still blocked.
    repo.write("story.md", WRONG);
    repo.git(&["add", "story.md"]);
    repo.write("story.md", &format!("{RIGHT}More news.\n"));
    let blocked = repo.commit("wrong under right", Some(&bin));
    assert!(!blocked.status.success(), "{}", both(&blocked));
    repo.git(&["checkout", "HEAD", "--", "story.md"]);

    // No text staged: nothing checked.
    repo.write("data.csv", "deal,$550 million\n");
    repo.git(&["add", "data.csv"]);
    let nothing = repo.commit("data", Some(&bin));
    assert!(nothing.status.success(), "{}", both(&nothing));
    assert!(
        !both(&nothing).contains("files against"),
        "{}",
        both(&nothing)
    );

    // A staged claims file checks the texts it governs: the committed
    // article no longer matches the new value.
    repo.write(
        "claims.toml",
        &CLAIMS.replace("$500 million", "$600 million"),
    );
    repo.git(&["add", "claims.toml"]);
    let blocked = repo.commit("new value", Some(&bin));
    assert!(!blocked.status.success(), "{}", both(&blocked));
    assert!(
        both(&blocked).contains("story.md:4:19: error[mismatch] deal (money)"),
        "{}",
        both(&blocked)
    );
}

/// Whether the pre-commit framework is installed; it must be in CI.
fn pre_commit_available() -> bool {
    let found = Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pre-commit is not on PATH: .ci/run installs it with `pip install pre-commit`"
        );
        eprintln!("pre-commit is not on PATH (pip install pre-commit): not testing its hook");
    }
    found
}

#[test]
fn the_pre_commit_framework_hook_blocks_a_wrong_staged_article() {
    if !pre_commit_available() {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = Repo::new();
    let cache = tempfile::tempdir().unwrap();
    repo.write("claims.toml", CLAIMS).write("story.md", WRONG);
    repo.git(&["add", "."]);
    let try_repo = |repo: &Repo| -> Output {
        repo.command(
            "pre-commit",
            &["try-repo", root.to_str().unwrap(), "factlint", "--verbose"],
        )
        .env("PRE_COMMIT_HOME", cache.path())
        .env("PRE_COMMIT_COLOR", "never")
        // pre-commit builds the hook with `cargo install`: into this
        // project's target folder, so that runs share compiled crates, and
        // without the release profile's slow link-time optimization.
        .env("CARGO_TARGET_DIR", root.join("target/pre-commit"))
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .expect("pre-commit runs")
    };
    let blocked = try_repo(&repo);
    let output = both(&blocked);
    assert_eq!(blocked.status.code(), Some(1), "{output}");
    assert!(output.contains(FINDING), "{output}");
    assert!(output.contains("Failed"), "{output}");

    repo.write("story.md", RIGHT);
    repo.git(&["add", "story.md"]);
    let passed = try_repo(&repo);
    let output = both(&passed);
    assert_eq!(passed.status.code(), Some(0), "{output}");
    assert!(output.contains("Passed"), "{output}");
    assert!(output.contains("1 file against 1 claim"), "{output}");
}
