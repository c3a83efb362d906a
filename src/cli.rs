//! The command line, as clap definitions. Parsing only: `main` dispatches.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use careerpath::report;

const EXIT_CODES: &str = "\
Exit codes:
  0    success
  1    failure (or warnings with `validate --deny-warnings`)
  2    usage error (also: a session id prefix that matches several sessions)
  65   the questionnaire or answers file is not valid, or required questions are
       unanswered (`evaluate` without --partial), or `sessions export --all` skipped a
       damaged session file
  66   an input file is missing or unreadable
  73   a file or the sessions directory cannot be created (its directory is missing)
  74   a file cannot be written (also: answers given could not be saved)
  75   plain mode ran out of input before the end (what was answered is saved)
  129  the terminal went away (hang-up); every answer given is saved
  130  interrupted (Ctrl-C)
  143  terminated (SIGTERM); every answer given is saved";

/// Decide whether to learn Python, Rust, or both, and in what order.
///
/// With no command, careerpath opens the questionnaire: full-screen in a
/// terminal, line by line with --plain or when input or output is not a terminal.
#[derive(Debug, Default, Parser)]
#[command(name = "careerpath", version, about, long_about, after_long_help = EXIT_CODES)]
pub struct Cli {
    /// Run another questionnaire instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub questions: Option<PathBuf>,

    /// Language for questions and results (default: from LANG, else English).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// Where sessions are saved [default: $CAREERPATH_DATA_DIR, else $XDG_DATA_HOME/careerpath].
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Ask line by line without the full-screen interface (also when ACCESSIBLE is set or TERM=dumb).
    #[arg(long, global = true)]
    pub plain: bool,

    /// With --questions: reload the questionnaire whenever the file changes, keeping the answers that still fit.
    #[arg(long, requires = "questions")]
    pub watch: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// This process's command line. `careerpath` alone, the usual start, is the default
    /// and needs no parsing: building clap's command tree, parsing and dropping it was 10%
    /// of the instructions before the first frame (callgrind). A test keeps the two equal.
    pub fn from_env() -> Cli {
        if std::env::args_os().len() > 1 {
            Cli::parse()
        } else {
            Cli::default()
        }
    }
}

#[derive(Debug, Subcommand)]
// A subcommand's arguments are built only when it is the one run (or help, completions and
// the manual ask for them): a start builds the names alone, not every command's arguments.
#[command(defer = true)]
pub enum Command {
    /// Continue a saved session (default: the last unfinished one).
    Resume {
        /// A session id, or any unique prefix of one.
        id: Option<String>,
    },
    /// Evaluate an answers file (or a saved session file) and print the result.
    Evaluate {
        /// YAML with `answers: {question_id: value}`; other keys are ignored.
        #[arg(long, value_name = "FILE")]
        answers: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// List every answer change that would change the result, not only the closest, and
        /// every reason the other outcomes did not win, not only the first few.
        #[arg(long)]
        all_changes: bool,
        /// Evaluate even when required questions are unanswered; the result is labelled
        /// incomplete. Without it such answers are refused (exit 65).
        #[arg(long)]
        partial: bool,
    },
    /// Check questionnaires for errors and likely mistakes (default: the built-in one).
    Validate {
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = LintFormat::Text)]
        format: LintFormat,
        /// Exit with 1 when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
        /// Check again whenever a file changes, until Ctrl-C.
        #[arg(long)]
        watch: bool,
    },
    /// Run a questionnaire's test cases (default: the built-in questionnaire's own tests).
    Test {
        /// Test files (`NAME.tests.yaml`) [default: the one beside --questions, else the built-in tests].
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = TestFormat::Text)]
        format: TestFormat,
        /// Print the rules, notes, outcomes, questions and choices no case reached.
        #[arg(long)]
        coverage: bool,
        /// Exit with 1 when coverage is below PCT percent.
        #[arg(long, value_name = "PCT", value_parser = crate::commands::test::parse_percent)]
        min_coverage: Option<f64>,
    },
    /// Print the JSON Schema (draft-07) of the questionnaire format.
    Schema,
    /// Print the question flow and the rules as a graph.
    Graph {
        #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
        format: GraphFormat,
    },
    /// List, show, export, rename, delete and compare saved sessions.
    #[command(subcommand)]
    Sessions(SessionsCommand),
    /// Show a finished session's roadmap with your progress (default: the latest finished
    /// session), or mark an item done, started, skipped or not started.
    #[command(
        after_help = "Examples:\n  careerpath roadmap\n  careerpath roadmap 0190ab done 1.2\n  careerpath roadmap 0190ab start 2"
    )]
    Roadmap {
        /// A session id, or any unique prefix of one.
        id: Option<String>,
        /// What to do with the items: done, start (in progress), skip, or reset (not started).
        #[arg(value_enum, requires = "at")]
        action: Option<RoadmapAction>,
        /// STEP (every item of a step) or STEP.ITEM, numbered as the roadmap shows them.
        #[arg(value_name = "STEP[.ITEM]", num_args = 1..)]
        at: Vec<String>,
    },
    /// Answer again a saved session (default: the latest finished one) as a new session,
    /// starting from its answers; its roadmap progress carries over.
    Retake {
        /// A session id, or any unique prefix of one.
        id: Option<String>,
    },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. into ~/.local/share/man/man1/careerpath.1.
    Man,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SessionsCommand {
    /// List saved sessions, newest first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show one session: answers and result.
    Show { id: String },
    /// Export one session, or with --all every session as JSON Lines.
    Export(ExportArgs),
    /// Give a session a new name.
    Rename { id: String, name: String },
    /// Delete a session.
    Delete { id: String },
    /// What changed from session A to session B: answers, outcome, reasons.
    Compare { a: String, b: String },
    /// Save an answers file as a session (finished when every required answer is there)
    /// and print its id.
    Import {
        /// YAML with `answers: {question_id: value}`, as `evaluate --answers` reads.
        file: PathBuf,
        /// The session's name [default: the file's name].
        #[arg(long)]
        name: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoadmapAction {
    Done,
    Start,
    Skip,
    Reset,
}

#[derive(Debug, Args)]
#[command(after_long_help = EXPORT_ALL)]
pub struct ExportArgs {
    /// A session id, or any unique prefix of one.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub id: Option<String>,
    /// Every saved session, one JSON object per line, oldest first (only with jsonl).
    #[arg(long)]
    pub all: bool,
    /// [default: markdown, or jsonl with --all]
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
    Yaml,
    /// One line of JSON per session: answers, status, result summary.
    Jsonl,
}

const EXPORT_ALL: &str = "\
With --all (JSON Lines only): every session in the sessions directory, whatever its
questionnaire, oldest first, so a newer export extends an older one. An unfinished session
has \"complete\": false and \"result\": null. A damaged session file is reported on standard
error and skipped; the others are still written, and the exit code is then 65.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TestFormat {
    Text,
    Json,
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Mermaid,
    Dot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Markdown,
    Json,
}

impl From<ReportFormat> for report::Format {
    fn from(f: ReportFormat) -> Self {
        match f {
            ReportFormat::Text => report::Format::Text,
            ReportFormat::Markdown => report::Format::Markdown,
            ReportFormat::Json => report::Format::Json,
        }
    }
}

#[cfg(test)]
mod tests {
    /// clap's own checks of the definition (conflicting names, bad defaults, ...), over
    /// every subcommand, deferred ones included.
    #[test]
    fn the_command_line_definition_passes_claps_checks() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }

    /// The start that skips clap gets what clap would have made of the bare command line.
    #[test]
    fn no_arguments_is_what_clap_parses_from_none() {
        use clap::Parser;
        let parsed = super::Cli::parse_from(["careerpath"]);
        assert_eq!(
            format!("{:?}", super::Cli::default()),
            format!("{parsed:?}")
        );
    }
}
