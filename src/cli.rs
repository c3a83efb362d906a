//! The command line, as clap definitions. Parsing only: `main` dispatches.
//!
//! Its words (summaries, argument help, headings, the exit codes) are in the word files
//! under `cmd-*` ids, like every other word the program prints: [`command`] puts them on
//! clap's command in the interface language, for `--help`, usage errors, the manual page
//! and shell completions; [`usage_error`] writes clap's usage errors in them.

mod usage_error;

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use careerpath::{lang, report, words};

#[derive(Debug, Default, Parser)]
#[command(name = "careerpath", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "FILE")]
    pub questions: Option<PathBuf>,

    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[arg(long, global = true)]
    pub plain: bool,

    #[arg(long, requires = "questions")]
    pub watch: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// This process's command line. `careerpath` alone, the usual start, is the default
    /// and needs no parsing: building clap's command tree, parsing and dropping it was 10%
    /// of the instructions before the first frame (callgrind). A test keeps the two equal.
    ///
    /// A command line that parses runs without the words; one that asks for help or does
    /// not parse is read again by the command in words, which prints the help, or the
    /// usage error [`usage_error`] words.
    pub fn from_env() -> Cli {
        if std::env::args_os().len() <= 1 {
            return Cli::default();
        }
        let matches = Cli::command().try_get_matches().unwrap_or_else(|_| {
            let lang = interface();
            let mut cmd = command(lang);
            cmd.try_get_matches_from_mut(std::env::args_os())
                .unwrap_or_else(|e| usage_error::exit(e, &cmd, lang))
        });
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}

/// The interface language of this command line ([`lang::interface`]), before clap has read
/// it: `--lang`'s when the program has words in it, else the locale's.
pub fn interface() -> &'static str {
    // An argument that is not UTF-8 is clap's to report, in the words this picks.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag =
        args.iter()
            .enumerate()
            .find_map(|(i, a)| match a.to_str()?.strip_prefix("--lang") {
                Some("") => args.get(i + 1)?.to_str(),
                Some(rest) => rest.strip_prefix('='),
                None => None,
            });
    lang::interface(flag, lang::env_locale().as_deref())
}

/// careerpath's command with its words in `lang`, every subcommand built.
///
/// Twice: building adds the subcommands' arguments (deferred) and `--help`, but it also
/// settles whether `--help` gives the long form, from the texts there are by then. The
/// first pass gives the global arguments their texts, which makes it so everywhere.
pub fn command(lang: &str) -> clap::Command {
    let mut cmd = in_words(Cli::command(), "", lang);
    cmd.build();
    in_words(cmd, "", lang)
}

/// Puts the words of the command at `path` (`""`, `"sessions-export"`) and of its
/// arguments and subcommands on `cmd`.
fn in_words(cmd: clap::Command, path: &str, lang: &str) -> clap::Command {
    let t = |id: &str| words::lookup(lang, id, &[]);
    let at = |path: &str, what: &str| match path {
        "" => format!("cmd-{what}"),
        _ => format!("cmd-{path}-{what}"),
    };
    // The command's own text (`sessions-export`), else that of any command of its name (the
    // `help` every command with subcommands has).
    let own = |what: &str| {
        let name = path.rsplit('-').next().unwrap_or_default();
        let key = at(path, what);
        match t(&key) {
            None if name != path => at(name, what),
            _ => key,
        }
    };
    let layout = template(&cmd, lang);
    let mut cmd = cmd.help_template(layout);
    cmd = cmd.mut_args(|arg| {
        let id = arg.get_id().as_str().to_owned();
        // The command's own text, else the one every command shares; `-long` for --help.
        let found = [own(&format!("arg-{id}")), format!("cmd-arg-{id}")]
            .into_iter()
            .find_map(|key| Some((t(&key)?, key)));
        let Some((help, key)) = found else {
            return arg;
        };
        let long = t(&format!("{key}-long")).unwrap_or_else(|| help.clone());
        // clap's `[default: …]` and `[possible values: …]`, in words.
        let takes = arg.get_action().takes_values();
        let default: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        let possible: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect();
        let mut notes = Vec::new();
        if takes && !default.is_empty() && !arg.is_hide_default_value_set() {
            let value = words::Value::from(default.join(", "));
            notes.push(words::t_args(lang, "cmd-default", &[("value", value)]));
        }
        if takes && !possible.is_empty() && !arg.is_hide_possible_values_set() {
            let values = words::Value::from(possible.join(", "));
            notes.push(words::t_args(lang, "cmd-possible", &[("values", values)]));
        }
        let (help, long) = match notes.is_empty() {
            true => (help, long),
            false => (
                format!("{help} {}", notes.join(" ")),
                format!("{long}\n\n{}", notes.join("\n")),
            ),
        };
        // The names of values (`FILE`, `STEP[.ITEM]`) the words have.
        let names: Vec<String> = arg
            .get_value_names()
            .unwrap_or_default()
            .iter()
            .map(|n| {
                let key: String = n.chars().filter(char::is_ascii_alphanumeric).collect();
                t(&format!("cmd-value-{key}")).unwrap_or_else(|| n.to_string())
            })
            .collect();
        let arg = match names.is_empty() {
            true => arg,
            false => arg.value_names(names),
        };
        let arg = arg.help(help).long_help(long);
        match takes {
            true => arg.hide_default_value(true).hide_possible_values(true),
            false => arg,
        }
    });
    type Set = fn(clap::Command, String) -> clap::Command;
    let texts: [(&str, Set); 4] = [
        ("about", |c, s| c.about(s)),
        ("about-long", |c, s| c.long_about(s)),
        ("after", |c, s| c.after_help(s)),
        ("after-long", |c, s| c.after_long_help(s)),
    ];
    for (what, set) in texts {
        if let Some(text) = t(&own(what)) {
            cmd = set(cmd, text);
        }
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        let sub = match path {
            "" => name.clone(),
            _ => format!("{path}-{name}"),
        };
        cmd = cmd.mut_subcommand(&name, |c| in_words(c, &sub, lang));
    }
    cmd
}

/// clap's help layout (its `{all-args}`, section by section) with the headings in `lang`:
/// clap has no words of its own but these, and its errors'.
fn template(cmd: &clap::Command, lang: &str) -> String {
    let styles = cmd.get_styles();
    let heading = |id: &str| {
        let style = styles.get_header();
        format!("{style}{}:{style:#}", words::t(lang, id))
    };
    let usage = styles.get_usage();
    let shown = |positional: bool| {
        cmd.get_arguments()
            .any(|a| a.is_positional() == positional && !a.is_hide_set())
    };
    let sections: Vec<String> = [
        (
            cmd.has_subcommands(),
            "cmd-heading-commands",
            "{subcommands}",
        ),
        (shown(true), "cmd-heading-arguments", "{positionals}"),
        (shown(false), "cmd-heading-options", "{options}"),
    ]
    .into_iter()
    .filter(|(has, ..)| *has)
    .map(|(_, id, tag)| format!("{}\n{tag}", heading(id)))
    .collect();
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}\n\n{}{{after-help}}",
        words::t(lang, "cmd-heading-usage"),
        sections.join("\n\n")
    )
}
#[derive(Debug, Subcommand)]
// A subcommand's arguments are built only when it is the one run (or help, completions and
// the manual ask for them): a start builds the names alone, not every command's arguments.
#[command(defer = true)]
pub enum Command {
    Resume {
        id: Option<String>,
    },
    Evaluate {
        #[arg(long, value_name = "FILE")]
        answers: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        #[arg(long)]
        all_changes: bool,
        #[arg(long)]
        partial: bool,
    },
    Validate {
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = LintFormat::Text)]
        format: LintFormat,
        #[arg(long)]
        deny_warnings: bool,
        #[arg(long)]
        watch: bool,
    },
    Test {
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = TestFormat::Text)]
        format: TestFormat,
        #[arg(long)]
        coverage: bool,
        #[arg(long, value_name = "PCT", value_parser = crate::commands::test::parse_percent)]
        min_coverage: Option<f64>,
    },
    Schema,
    Graph {
        #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
        format: GraphFormat,
    },
    #[command(subcommand)]
    Sessions(SessionsCommand),
    // `roadmap done 1.2` marks the latest finished session: the first word may be the
    // action, so the three are read as words and sorted out by `commands::roadmap`.
    Roadmap {
        id: Option<String>,
        action: Option<String>,
        #[arg(value_name = "STEP[.ITEM]")]
        at: Vec<String>,
    },
    Retake {
        id: Option<String>,
    },
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    Man,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SessionsCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
    },
    Export(ExportArgs),
    Rename {
        id: String,
        name: String,
    },
    Delete {
        id: String,
    },
    Compare {
        a: String,
        b: String,
    },
    Import {
        file: PathBuf,
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
pub struct ExportArgs {
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub id: Option<String>,
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
    Yaml,
    Jsonl,
}

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
        super::command("es").debug_assert();
    }

    /// `--help` has words for every command and argument in both languages, and the Spanish
    /// ones are Spanish (a missing one would read in English).
    #[test]
    fn every_command_and_argument_has_its_words() {
        fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
            let about = cmd.get_about().map(ToString::to_string);
            out.push((format!("{path} about"), about.unwrap_or_default()));
            for arg in cmd.get_arguments() {
                let help = arg.get_help().map(ToString::to_string);
                out.push((format!("{path} {}", arg.get_id()), help.unwrap_or_default()));
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), out);
            }
        }
        let [mut en, mut es] = [Vec::new(), Vec::new()];
        walk(&super::command("en"), "careerpath", &mut en);
        walk(&super::command("es"), "careerpath", &mut es);
        assert!(en.len() > 60, "{} texts", en.len());
        assert_eq!(en.len(), es.len());
        for ((at, en), (_, es)) in en.iter().zip(&es) {
            assert!(!en.is_empty() && !es.is_empty(), "{at} has no words");
            assert_ne!(en, es, "{at} reads the same in Spanish");
        }
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
