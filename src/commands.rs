//! Runs each command: loads what it needs, calls the engine, prints, and returns the exit code.

use std::io::{self, Write};
use std::path::Path;

use careerpath::evaluate;
use careerpath::questionnaire::{self, Diagnostic, LoadError, Questionnaire, Severity};
use careerpath::report::{self, Report};
use clap::CommandFactory;

use crate::cli::{Cli, Command, GraphFormat, LintFormat};

pub mod sessions;

/// Exit codes (sysexits where one fits).
pub mod exit {
    pub const OK: i32 = 0;
    pub const FAILURE: i32 = 1;
    pub const USAGE: i32 = 2;
    /// A questionnaire or answers file that is not valid.
    pub const DATAERR: i32 = 65;
    /// An input file that is missing or cannot be read.
    pub const NOINPUT: i32 = 66;
    pub const CANTCREAT: i32 = 73;
    pub const IOERR: i32 = 74;
    pub const INTERRUPTED: i32 = 130;
}

/// How many re-evaluations "what would change it" may spend.
pub const CHANGE_BUDGET: usize = 2000;

pub fn run(cli: Cli) -> color_eyre::Result<i32> {
    match &cli.command {
        Some(Command::Schema) => Ok(print(&questionnaire::json_schema())),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "careerpath", &mut out);
            Ok(print(&String::from_utf8_lossy(&out)))
        }
        Some(Command::Validate {
            files,
            format,
            deny_warnings,
        }) => Ok(validate(&cli, files, *format, *deny_warnings)),
        Some(Command::Graph { format }) => with_questionnaire(&cli, |q, _| {
            let kind = match format {
                GraphFormat::Mermaid => questionnaire::GraphKind::Mermaid,
                GraphFormat::Dot => questionnaire::GraphKind::Dot,
            };
            Ok(print(&questionnaire::graph(q, kind)))
        }),
        Some(Command::Evaluate { answers, format }) => with_questionnaire(&cli, |q, lang| {
            let answers = match questionnaire::load_answers(q, answers) {
                Ok(a) => a,
                Err(e) => return Ok(load_failed(&e)),
            };
            let evaluation = evaluate::evaluate(q, &answers, lang);
            let changes = evaluate::what_would_change(q, &answers, &evaluation, CHANGE_BUDGET);
            let report = Report {
                questionnaire: q,
                answers: &answers,
                evaluation: &evaluation,
                changes: &changes,
                lang,
                plan_from: report::sizing::day_of(jiff::Timestamp::now()),
            };
            Ok(print(&report::render(&report, (*format).into())))
        }),
        Some(Command::Sessions(cmd)) => sessions::run(&cli, cmd),
        Some(Command::Resume { id }) => crate::interactive::run(&cli, Some(id.as_deref())),
        None => crate::interactive::run(&cli, None),
    }
}

/// Loads the questionnaire `--questions` names (or the built-in one), picks the language,
/// and runs `f`; a questionnaire that does not load is reported and gives its exit code.
pub fn with_questionnaire(
    cli: &Cli,
    f: impl FnOnce(&Questionnaire, &str) -> color_eyre::Result<i32>,
) -> color_eyre::Result<i32> {
    match load_questionnaire(cli) {
        Ok(q) => {
            let lang = pick_lang(cli, &q);
            f(&q, &lang)
        }
        Err(e) => Ok(load_failed(&e)),
    }
}

pub fn load_questionnaire(cli: &Cli) -> Result<Questionnaire, LoadError> {
    match &cli.questions {
        Some(path) => questionnaire::load_file(path),
        None => questionnaire::builtin(),
    }
}

pub fn pick_lang(cli: &Cli, q: &Questionnaire) -> String {
    let env = ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
    let lang = questionnaire::pick_lang(
        cli.lang.as_deref(),
        env.as_deref(),
        &q.languages,
        &q.default_lang,
    );
    if let Some(asked) = &cli.lang
        && !asked.eq_ignore_ascii_case(&lang)
        && !lang_matches(asked, &lang)
    {
        errln!(
            "careerpath: warning: this questionnaire has no `{}` translation; using `{lang}` (available: {})",
            questionnaire::escape(asked),
            q.languages.join(", ")
        );
    }
    lang
}

fn lang_matches(asked: &str, picked: &str) -> bool {
    let base = asked.split(['-', '_', '.']).next().unwrap_or(asked);
    base.eq_ignore_ascii_case(picked)
}

/// Reports a load error on standard error and returns its exit code.
pub fn load_failed(e: &LoadError) -> i32 {
    errln!("{e}");
    e.exit_code()
}

/// Lints `files`, or with none the questionnaire `--questions` names, or the built-in one.
fn validate(
    cli: &Cli,
    files: &[std::path::PathBuf],
    format: LintFormat,
    deny_warnings: bool,
) -> i32 {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut code = exit::OK;
    let mut check = |loaded: Result<Questionnaire, LoadError>| match loaded {
        Ok(q) => diags.extend(questionnaire::lint(&q)),
        Err(e) => {
            // Bad content outranks an unreadable file: both fail, and 65 says more.
            if code != exit::DATAERR {
                code = e.exit_code();
            }
            diags.extend(e.diagnostics());
        }
    };
    if files.is_empty() {
        check(load_questionnaire(cli));
    } else {
        for f in files {
            check(questionnaire::load_file(Path::new(f)));
        }
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    let out = match format {
        LintFormat::Json => questionnaire::to_json(&diags),
        LintFormat::Text => diags.iter().map(|d| format!("{d}\n")).collect(),
    };
    let printed = print(&out);
    if format == LintFormat::Text {
        let n = files.len().max(1);
        errln!(
            "{errors} error{}, {warnings} warning{} in {n} file{}",
            plural(errors),
            plural(warnings),
            plural(n)
        );
    }
    if code != exit::OK {
        code
    } else if deny_warnings && warnings > 0 {
        exit::FAILURE
    } else {
        printed
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub fn print(s: &str) -> i32 {
    let mut out = io::stdout().lock();
    let result = out.write_all(s.as_bytes()).and_then(|()| {
        if !s.is_empty() && !s.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()
    });
    match result {
        Ok(()) => exit::OK,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => exit::OK,
        Err(e) => {
            errln!("careerpath: cannot write to standard output: {e}");
            exit::IOERR
        }
    }
}
