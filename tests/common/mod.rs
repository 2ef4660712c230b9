//! A chained helper for running the real binary in a temporary folder with a
//! clean environment: `Test::new().file(..).args(..).stdout_contains(..).status(0)`.
#![allow(dead_code)]

use std::path::PathBuf;

pub struct Test {
    dir: tempfile::TempDir,
    cwd: PathBuf,
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Vec<u8>,
    stdout_contains: Vec<String>,
    stdout_lacks: Vec<String>,
    stdout_is: Option<String>,
    stderr_contains: Vec<String>,
    stderr_lacks: Vec<String>,
}

impl Test {
    pub fn new() -> Test {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let cwd = dir.path().to_path_buf();
        Test {
            dir,
            cwd,
            args: Vec::new(),
            env: Vec::new(),
            stdin: Vec::new(),
            stdout_contains: Vec::new(),
            stdout_lacks: Vec::new(),
            stdout_is: None,
            stderr_contains: Vec::new(),
            stderr_lacks: Vec::new(),
        }
    }

    pub fn file(self, path: &str, text: &str) -> Test {
        self.bytes(path, text.as_bytes())
    }

    pub fn bytes(self, path: &str, bytes: &[u8]) -> Test {
        let full = self.dir.path().join(path);
        std::fs::create_dir_all(full.parent().expect("a parent folder")).expect("create folder");
        std::fs::write(full, bytes).expect("write fixture");
        self
    }

    /// Runs in `folder` (relative to the temporary folder).
    pub fn current_dir(mut self, folder: &str) -> Test {
        self.cwd = self.dir.path().join(folder);
        self
    }

    pub fn arg(mut self, arg: &str) -> Test {
        self.args.push(arg.to_string());
        self
    }

    pub fn args(mut self, args: &[&str]) -> Test {
        self.args.extend(args.iter().map(|a| a.to_string()));
        self
    }

    pub fn env(mut self, name: &str, value: &str) -> Test {
        self.env.push((name.to_string(), value.to_string()));
        self
    }

    pub fn stdin(mut self, text: &str) -> Test {
        self.stdin = text.as_bytes().to_vec();
        self
    }

    pub fn stdout_contains(mut self, text: &str) -> Test {
        self.stdout_contains.push(text.to_string());
        self
    }

    pub fn stdout_lacks(mut self, text: &str) -> Test {
        self.stdout_lacks.push(text.to_string());
        self
    }

    pub fn stdout_is(mut self, text: &str) -> Test {
        self.stdout_is = Some(text.to_string());
        self
    }

    pub fn stderr_contains(mut self, text: &str) -> Test {
        self.stderr_contains.push(text.to_string());
        self
    }

    pub fn stderr_lacks(mut self, text: &str) -> Test {
        self.stderr_lacks.push(text.to_string());
        self
    }

    /// The temporary folder the test runs in.
    pub fn root(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Runs the binary, checks every expectation and the exit code, and
    /// returns standard output.
    #[track_caller]
    pub fn status(self, code: i32) -> String {
        self.run(Some(code)).1
    }

    /// Runs the binary, checks every expectation but the exit code, and
    /// returns the exit code and standard output, for callers whose expected
    /// code follows from what the output says.
    #[track_caller]
    pub fn output(self) -> (i32, String) {
        self.run(None)
    }

    #[track_caller]
    fn run(self, expected_code: Option<i32>) -> (i32, String) {
        let mut command = assert_cmd::Command::cargo_bin("factlint").expect("the factlint binary");
        command
            .current_dir(&self.cwd)
            .args(&self.args)
            .write_stdin(self.stdin.clone());
        for name in [
            "NO_COLOR",
            "CLICOLOR",
            "CLICOLOR_FORCE",
            "TERM",
            "COLORTERM",
        ] {
            command.env_remove(name);
        }
        for (name, value) in &self.env {
            command.env(name, value);
        }
        let output = command.output().expect("factlint runs");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let context = format!(
            "args {:?}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
            self.args
        );
        let code = output
            .status
            .code()
            .unwrap_or_else(|| panic!("killed by a signal\n{context}"));
        if let Some(expected) = expected_code {
            assert_eq!(code, expected, "exit code\n{context}");
        }
        for text in &self.stdout_contains {
            assert!(
                stdout.contains(text.as_str()),
                "stdout lacks {text:?}\n{context}"
            );
        }
        for text in &self.stdout_lacks {
            assert!(
                !stdout.contains(text.as_str()),
                "stdout has {text:?}\n{context}"
            );
        }
        if let Some(text) = &self.stdout_is {
            assert_eq!(&stdout, text, "stdout\n{context}");
        }
        for text in &self.stderr_contains {
            assert!(
                stderr.contains(text.as_str()),
                "stderr lacks {text:?}\n{context}"
            );
        }
        for text in &self.stderr_lacks {
            assert!(
                !stderr.contains(text.as_str()),
                "stderr has {text:?}\n{context}"
            );
        }
        (code, stdout)
    }
}
