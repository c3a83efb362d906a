//! Parses the command line, dispatches, and maps errors to exit codes.

mod cli;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    let _ = cli;
}
