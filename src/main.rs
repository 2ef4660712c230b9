//! The factlint binary: parse flags, run, render, and map the outcome to
//! an exit code — 0 nothing at or above `--fail-on`, 1 findings at or above
//! it, 2 usage, configuration or input errors (nothing checked).

use clap::{CommandFactory, Parser};
use factlint::claims::Severity;
use factlint::cli::{
    AnnotateArgs, CheckArgs, Cli, ColorChoice, Command, ExtractArgs, ExtractFormat, Format,
};
use factlint::extract_run::{self, ExtractOptions};
use factlint::findings::Summary;
use factlint::report::diff::Diff;
use factlint::report::github::Github;
use factlint::report::gitlab::Gitlab;
use factlint::report::human::Human;
use factlint::report::json::Json;
use factlint::report::jsonl::Jsonl;
use factlint::report::junit::Junit;
use factlint::report::rdjson::Rdjson;
use factlint::report::sarif::Sarif;
use factlint::report::statistics::WithStatistics;
use factlint::report::{claims_toml, extract_json, Palette, Renderer};
use factlint::run::{self, Notice, Options, RunError, StdinKind};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Some(Command::Check(args)) => check(&args),
        Some(Command::Extract(args)) => extract(&args),
        Some(Command::Completions(args)) => {
            let mut out = std::io::stdout().lock();
            clap_complete::generate(args.shell, &mut Cli::command(), "factlint", &mut out);
            finish(out.flush()).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            let mut out = std::io::stdout().lock();
            let page = clap_mangen::Man::new(Cli::command()).render(&mut out);
            finish(page.and_then(|()| out.flush())).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Lsp(args)) => lsp(&args),
        Some(Command::Annotate(args)) => annotate(&args),
        None => match mistyped(&cli.check) {
            Some(message) => Err(message),
            None => check(&cli.check),
        },
    };
    match outcome {
        Ok(code) => code,
        Err(message) => {
            eprintln!("factlint: error: {message}");
            ExitCode::from(2)
        }
    }
}

/// A first PATH that is no file or folder but looks like a command
/// (`factlint chek article.md`): a usage error that suggests the command.
fn mistyped(args: &CheckArgs) -> Option<String> {
    let first = args.paths.first()?;
    let cwd = std::env::current_dir().ok()?;
    let command = run::mistyped_command(first, &cwd)?;
    Some(format!(
        "`{}` is not a file, a folder or a command: did you mean `{command}`?",
        first.display()
    ))
}

fn check(args: &CheckArgs) -> Result<ExitCode, String> {
    let today = jiff::Zoned::now().date();
    let mut options = Options::from_args(args, today).map_err(|e| e.to_string())?;
    options.stdin_kind = StdinKind::detect();
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;
    let plan =
        run::plan(&options, &cwd, &mut std::io::stdin().lock()).map_err(|e| e.to_string())?;

    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let verbose = args.verbose;
    let mut format: Box<dyn Renderer + '_> = match args.format {
        // --diff prints the fixes --write would make, and nothing else.
        _ if args.diff => Box::new(Diff::new(
            &mut out,
            factlint::fix::threshold(options.fail_on),
        )),
        Format::Human => {
            let palette = if use_color(args.color, terminal) {
                colored::control::set_override(true);
                Palette::styled()
            } else {
                Palette::plain()
            };
            Box::new(
                Human::new(&mut out, palette, verbose)
                    .quiet(args.quiet)
                    .statistics(args.statistics),
            )
        }
        Format::Json => Box::new(Json::new(&mut out)),
        Format::Jsonl => Box::new(Jsonl::new(&mut out, verbose)),
        Format::Sarif => Box::new(Sarif::new(&mut out, plan.claim_sets(), verbose)),
        Format::Github => Box::new(Github::new(&mut out, verbose)),
        Format::Junit => Box::new(Junit::new(&mut out)),
        Format::Rdjson => Box::new(Rdjson::new(&mut out, verbose)),
        Format::Gitlab => Box::new(Gitlab::new(&mut out, verbose)),
    };
    // Other formats keep stdout one document: their statistics go to stderr.
    let mut stderr = std::io::stderr();
    let mut counted;
    let renderer: &mut dyn Renderer = if args.statistics && args.format != Format::Human {
        counted = WithStatistics::new(&mut *format, &mut stderr);
        &mut counted
    } else {
        &mut *format
    };
    let mut notify = |notice: &Notice| {
        if notice.is_warning() && !args.quiet {
            eprintln!("factlint: warning: {notice}");
        } else if !notice.is_warning() && verbose {
            eprintln!("factlint: {notice}");
        }
    };
    let outcome = plan.check(&options, &cwd, renderer, &mut notify);
    drop(format);
    let summary = match outcome {
        Ok(summary) => summary,
        Err(RunError::Output(err)) => {
            finish(Err(err))?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => return Err(err.to_string()),
    };
    finish(out.flush())?;
    if options.update_baseline && summary.errors == 0 {
        // The findings were just accepted.
        return Ok(ExitCode::SUCCESS);
    }
    Ok(exit_code(&summary, options.fail_on))
}

/// 2 when a text could not be read or checked, 1 when a finding reaches
/// `--fail-on`, else 0.
fn exit_code(summary: &Summary, fail_on: Option<Severity>) -> ExitCode {
    if summary.errors > 0 {
        ExitCode::from(2)
    } else if summary.fails(fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn annotate(args: &AnnotateArgs) -> Result<ExitCode, String> {
    use factlint::annotate::{self, reanchor};
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.reanchor.is_some() {
        let mut options = reanchor::Options::from_args(args).map_err(|e| e.to_string())?;
        options.stdin_kind = StdinKind::detect();
        let tally = match reanchor::run(&options, &cwd, &mut std::io::stdin().lock(), &mut out) {
            Ok(tally) => tally,
            Err(RunError::Output(err)) => {
                finish(Err(err))?;
                return Ok(ExitCode::SUCCESS);
            }
            Err(err) => return Err(err.to_string()),
        };
        finish(out.flush())?;
        eprintln!("factlint: {tally}");
        return Ok(ExitCode::SUCCESS);
    }
    let today = jiff::Zoned::now().date();
    let mut options = annotate::Options::from_args(args, today).map_err(|e| e.to_string())?;
    options.run.stdin_kind = StdinKind::detect();
    let mut notify = |notice: &Notice| {
        if notice.is_warning() {
            eprintln!("factlint: warning: {notice}");
        }
    };
    let mut failed = |error: &factlint::findings::FileError| {
        eprintln!("factlint: error: {error}");
    };
    let outcome = match annotate::annotate(
        &options,
        &cwd,
        &mut std::io::stdin().lock(),
        &mut out,
        &mut notify,
        &mut failed,
    ) {
        Ok(outcome) => outcome,
        Err(RunError::Output(err)) => {
            finish(Err(err))?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => return Err(err.to_string()),
    };
    finish(out.flush())?;
    Ok(exit_code(&outcome.summary, options.run.fail_on))
}

fn extract(args: &ExtractArgs) -> Result<ExitCode, String> {
    let today = jiff::Zoned::now().date();
    let mut options = ExtractOptions::from_args(args, today).map_err(|e| e.to_string())?;
    options.stdin_kind = StdinKind::detect();
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;
    let extraction = extract_run::extract(&options, &cwd, &mut std::io::stdin().lock())
        .map_err(|e| e.to_string())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match args.format {
        ExtractFormat::Json => extract_json::render(&extraction, &mut out),
        ExtractFormat::Toml => claims_toml::render(&extraction, &mut out),
    };
    finish(written.and_then(|()| out.flush()))?;
    Ok(ExitCode::SUCCESS)
}

fn lsp(args: &factlint::cli::LspArgs) -> Result<ExitCode, String> {
    let settings = factlint::lsp::Settings {
        debounce: std::time::Duration::from_millis(args.debounce_ms),
        today: jiff::Zoned::now().date(),
    };
    let (connection, io_threads) = lsp_server::Connection::stdio();
    factlint::lsp::serve(&connection, settings)?;
    drop(connection);
    io_threads
        .join()
        .map_err(|e| format!("language server: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// The outcome of writing to stdout.
fn finish(written: std::io::Result<()>) -> Result<(), String> {
    match written {
        Ok(()) => Ok(()),
        // A closed pipe (`factlint | head`) is the reader's choice, not an error.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(err) => Err(format!("cannot write the report: {err}")),
    }
}

/// `--color always|never` wins; `auto` honours `NO_COLOR`, then
/// `CLICOLOR_FORCE`, then whether stdout is a terminal.
fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    // NO_COLOR: any non-empty value turns color off. CLICOLOR_FORCE: any
    // value but "0" turns it on.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let force = std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if no_color {
                false
            } else if force {
                true
            } else {
                terminal && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        }
    }
}
