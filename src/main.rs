//! Parses the command line, dispatches, and maps errors to exit codes.

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
mod interactive;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // clap exits with 2 on a usage error and 0 for --help/--version.
    let cli = cli::Cli::parse();
    let code = color_eyre::install()
        .and_then(|()| commands::run(cli))
        .unwrap_or_else(|report| {
            errln!("careerpath: {report:?}");
            commands::exit::FAILURE
        });
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
