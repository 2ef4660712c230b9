//! The factlint binary: parse flags, run, render, and map the outcome to
//! an exit code — 0 nothing at or above `--fail-on`, 1 findings at or above
//! it, 2 usage, configuration or input errors (nothing checked).

use clap::Parser;
use factlint::cli::{Cli, ColorChoice, Command, ExtractArgs, ExtractFormat, Format};
use factlint::extract_run::{self, ExtractOptions};
use factlint::report::diff::Diff;
use factlint::report::human::Human;
use factlint::report::json::Json;
use factlint::report::{claims_toml, extract_json, Palette};
use factlint::run::{self, Options, RunError};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Some(Command::Check(args)) => check(&args),
        Some(Command::Extract(args)) => extract(&args),
        Some(Command::Lsp(args)) => lsp(&args),
        None => check(&cli.check),
    };
    match outcome {
        Ok(code) => code,
        Err(message) => {
            eprintln!("factlint: error: {message}");
            ExitCode::from(2)
        }
    }
}

fn check(args: &factlint::cli::CheckArgs) -> Result<ExitCode, String> {
    let today = jiff::Zoned::now().date();
    let options = Options::from_args(args, today).map_err(|e| e.to_string())?;
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;

    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut stdin = std::io::stdin().lock();
    let outcome = match args.format {
        _ if args.diff => {
            let threshold = factlint::fix::threshold(options.fail_on);
            run::check(
                &options,
                &cwd,
                &mut stdin,
                &mut Diff::new(&mut out, threshold),
            )
        }
        Format::Json => run::check(&options, &cwd, &mut stdin, &mut Json::new(&mut out)),
        Format::Human => {
            let palette = if use_color(args.color, terminal) {
                colored::control::set_override(true);
                Palette::styled()
            } else {
                Palette::plain()
            };
            let mut human = Human::new(&mut out, palette, args.verbose);
            run::check(&options, &cwd, &mut stdin, &mut human)
        }
    };
    let summary = match outcome {
        Ok(summary) => summary,
        Err(RunError::Output(err)) => {
            finish(Err(err))?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => return Err(err.to_string()),
    };
    finish(out.flush())?;
    Ok(if summary.errors > 0 {
        ExitCode::from(2)
    } else if summary.fails(options.fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn extract(args: &ExtractArgs) -> Result<ExitCode, String> {
    let today = jiff::Zoned::now().date();
    let options = ExtractOptions::from_args(args, today).map_err(|e| e.to_string())?;
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
