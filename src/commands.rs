//! Runs each command: loads what it needs, calls the engine, prints, and returns the exit code.
//! The interactive modes are not commands: `main` starts them with the same context.

mod evaluate;
pub mod retake;
pub mod roadmap;
pub mod sessions;
pub mod test;
pub mod watch;

pub use evaluate::evaluate;

use std::io::{self, Write};
use std::path::Path;

use careerpath::questionnaire::{self, Diagnostic, LoadError, Severity};

use crate::cli::{self, Cli, GraphFormat, LintFormat};
use crate::context::{self, Context};
use crate::exit::Exit;

/// How many re-evaluations "what would change it" may spend.
pub const CHANGE_BUDGET: usize = 2000;

pub fn schema() -> Exit {
    print(&questionnaire::json_schema())
}

pub fn completions(shell: clap_complete::Shell) -> Exit {
    let mut out = Vec::new();
    clap_complete::generate(
        shell,
        &mut cli::command(cli::interface()),
        "careerpath",
        &mut out,
    );
    print(&String::from_utf8_lossy(&out))
}

/// Message `id` with the system's `reason`, both in the interface language.
pub(crate) fn said(id: &str, reason: &io::Error) -> String {
    let lang = careerpath::lang::process();
    let reason = careerpath::store::Why::of(reason).message(lang);
    careerpath::words::t_args(lang, id, &[("reason", reason.into())])
}

/// The manual page, written from the same clap definitions as `--help`.
pub fn man() -> Exit {
    let mut out = Vec::new();
    match clap_mangen::Man::new(cli::command(cli::interface())).render(&mut out) {
        Ok(()) => print(&String::from_utf8_lossy(&out)),
        Err(e) => {
            errln!("careerpath: {}", said("cli-cannot_write_man", &e));
            Exit::Failure
        }
    }
}

pub fn graph(ctx: &Context, format: GraphFormat) -> Exit {
    let kind = match format {
        GraphFormat::Mermaid => questionnaire::GraphKind::Mermaid,
        GraphFormat::Dot => questionnaire::GraphKind::Dot,
    };
    print(&questionnaire::graph(&ctx.questionnaire, kind, &ctx.lang))
}

/// Lints `files`, or with none the questionnaire `--questions` names, or the built-in one.
pub fn validate(
    cli: &Cli,
    files: &[std::path::PathBuf],
    format: LintFormat,
    deny_warnings: bool,
) -> Exit {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut code = Exit::Ok;
    let mut check = |loaded: Result<questionnaire::Lazy, LoadError>| match loaded {
        Ok(q) => {
            // Warnings come from the model, which keeps positions, not text: the snippet
            // under each is read back from the file.
            let text = std::fs::read_to_string(&q.source).unwrap_or_default();
            diags.extend(questionnaire::with_snippets(questionnaire::lint(&q), &text));
        }
        Err(e) => {
            // Bad content outranks an unreadable file: both fail, and 65 says more.
            if code != Exit::DataErr {
                code = Exit::from(&e);
            }
            diags.extend(e.diagnostics());
        }
    };
    if files.is_empty() {
        check(context::load_questionnaire(cli));
    } else {
        for f in files {
            check(questionnaire::load_file(Path::new(f)).map(questionnaire::Lazy::from));
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
        let summary = careerpath::words::diag(
            "diag-summary",
            &[
                ("errors", errors.into()),
                ("warnings", warnings.into()),
                ("files", n.into()),
            ],
        );
        errln!("{summary}");
    }
    if code != Exit::Ok {
        code
    } else if deny_warnings && warnings > 0 {
        Exit::Failure
    } else {
        printed
    }
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub fn print(s: &str) -> Exit {
    let mut out = io::stdout().lock();
    let result = out.write_all(s.as_bytes()).and_then(|()| {
        if !s.is_empty() && !s.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()
    });
    match result {
        Ok(()) => Exit::Ok,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Exit::Ok,
        Err(e) => {
            errln!("careerpath: {}", said("cli-cannot_write_stdout", &e));
            Exit::IoErr
        }
    }
}
