//! Parses the command line, builds the context once, dispatches, and maps errors to exit
//! codes.

/// `eprintln!` that never panics: with standard error closed (`2>&-`, a dead pipe) there is
/// nobody to tell, and dying over it would lose the exit code.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod cli;
mod commands;
mod context;
mod exit;
mod interactive;

use std::process::ExitCode;

use cli::{Cli, Command};
use context::Context;
use exit::Exit;

fn main() -> ExitCode {
    // clap exits with 2 on a usage error and 0 for --help/--version.
    let cli = Cli::from_env();
    color_eyre::install()
        .and_then(|()| run(&cli))
        .unwrap_or_else(|report| {
            errln!("careerpath: {report:?}");
            Exit::Failure
        })
        .into()
}

fn run(cli: &Cli) -> color_eyre::Result<Exit> {
    careerpath::lang::set_process(careerpath::lang::interface(
        cli.lang.as_deref(),
        careerpath::lang::env_locale().as_deref(),
    ));
    if cli.watch && !matches!(cli.command, None | Some(Command::Resume { .. })) {
        errln!(
            "careerpath: {}",
            careerpath::words::t(careerpath::lang::process(), "cli-watch_only_answering")
        );
        return Ok(Exit::Usage);
    }
    match &cli.command {
        // These need no questionnaire (or load their own files).
        Some(Command::Schema) => Ok(commands::schema()),
        Some(Command::Completions { shell }) => Ok(commands::completions(*shell)),
        Some(Command::Man) => Ok(commands::man()),
        Some(Command::Validate {
            files,
            format,
            deny_warnings,
            watch: false,
        }) => Ok(commands::validate(cli, files, *format, *deny_warnings)),
        Some(Command::Validate {
            files,
            format,
            deny_warnings,
            watch: true,
        }) => Ok(commands::watch::validate(cli, files, || {
            commands::validate(cli, files, *format, *deny_warnings)
        })),
        Some(Command::Test {
            files,
            format,
            coverage,
            min_coverage,
        }) => Ok(commands::test::run(
            cli,
            &commands::test::Options {
                files,
                format: *format,
                coverage: *coverage,
                min_coverage: *min_coverage,
            },
        )),
        Some(Command::Graph { format }) => {
            with_context(cli, |ctx| Ok(commands::graph(&ctx, *format)))
        }
        Some(Command::Evaluate {
            answers,
            format,
            partial,
            all_changes,
        }) => with_context(cli, |ctx| {
            Ok(commands::evaluate(
                &ctx,
                answers,
                (*format).into(),
                *partial,
                *all_changes,
            ))
        }),
        Some(Command::Sessions(cmd)) => {
            with_context(cli, |ctx| Ok(commands::sessions::run(&ctx, cmd)))
        }
        Some(Command::Roadmap { id, action, at }) => with_context(cli, |ctx| {
            Ok(commands::roadmap::run(
                &ctx,
                id.as_deref(),
                action.as_deref(),
                at,
            ))
        }),
        Some(Command::Retake { id }) => {
            with_context(cli, |ctx| commands::retake::run(cli, ctx, id.as_deref()))
        }
        Some(Command::Resume { id }) => {
            with_context(cli, |ctx| interactive::run(cli, ctx, Some(id.as_deref())))
        }
        None => with_context(cli, |ctx| interactive::run(cli, ctx, None)),
    }
}

/// Builds the context (questionnaire, language, store) and runs `f` on it; a questionnaire
/// that does not load has been reported and gives its exit code.
fn with_context(
    cli: &Cli,
    f: impl FnOnce(Context) -> color_eyre::Result<Exit>,
) -> color_eyre::Result<Exit> {
    match Context::load(cli) {
        Ok(ctx) => {
            let lang = ctx.lang.clone();
            let exit = f(ctx);
            // A command ends with what it saved synced to disk, not only in the write-ahead
            // log (`sessions import` holds no lock whose release would wait for it).
            careerpath::store::flush();
            say_store_notes(&lang);
            exit
        }
        Err(exit) => Ok(exit),
    }
}

/// Says on standard error what reading saved sessions worked around (see
/// [`careerpath::store::notes`]), each once.
fn say_store_notes(lang: &str) {
    for note in careerpath::store::notes() {
        errln!("careerpath: {}", note.message(lang));
    }
}
