//! clap's usage errors (an unknown argument, a bad value, a missing one, ...) in words:
//! clap writes them in English, so a failed parse is written again here from the error's
//! kind and context, in clap's layout, and printed by clap (its stream, colours, exit code).

use std::error::Error as _;

use clap::builder::StyledStr;
use clap::builder::styling::{Style, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

use careerpath::sanitize;
use careerpath::words::{self, Value};

/// Prints `e`, an error of parsing with `cmd`, and exits with clap's code for it: a usage
/// error in `lang`'s words, anything else (help, version, an error of a kind not worded
/// here) as clap prints it.
pub fn exit(e: clap::Error, cmd: &clap::Command, lang: &str) -> ! {
    match render(&e, cmd.get_styles(), lang) {
        Some(text) => {
            // clap prints what the formatter gives: the text is carried to it in the error.
            let mut e = e.apply::<Worded>();
            e.insert(ContextKind::Custom, ContextValue::StyledStr(text));
            e.exit()
        }
        None => e.exit(),
    }
}

/// The formatter of an error [`exit`] has written: the text it carries.
struct Worded;

impl ErrorFormatter for Worded {
    fn format_error(e: &clap::error::Error<Self>) -> StyledStr {
        match e.get(ContextKind::Custom) {
            Some(ContextValue::StyledStr(text)) => text.clone(),
            _ => StyledStr::from(e.kind().to_string()),
        }
    }
}

/// `e` as clap's rich formatter lays it out (the error line, the tips, the usage and where
/// to read more), every fixed phrase in words; `None` for a kind or a context it does not
/// know, which clap then prints.
pub fn render(e: &clap::Error, styles: &Styles, lang: &str) -> Option<StyledStr> {
    let [valid, invalid, literal] = [
        styles.get_valid(),
        styles.get_invalid(),
        styles.get_literal(),
    ];
    let string = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => Some(v.as_slice()),
        _ => None,
    };
    let number = |kind| match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let say = |id: &str, args: &[(&str, String)]| phrase(lang, id, None, args);
    // The argument and the value in error, as clap paints them in each message.
    let arg = |style: &Style| Some(paint(style, string(ContextKind::InvalidArg)?));
    let value = || Some(paint(invalid, string(ContextKind::InvalidValue)?));

    let mut message = match e.kind() {
        ErrorKind::UnknownArgument => {
            say("cli-usage-unexpected_argument", &[("arg", arg(invalid)?)])
        }
        ErrorKind::InvalidSubcommand => {
            let name = paint(invalid, string(ContextKind::InvalidSubcommand)?);
            say("cli-usage-unrecognized_subcommand", &[("name", name)])
        }
        ErrorKind::InvalidValue => {
            let line = match string(ContextKind::InvalidValue)?.is_empty() {
                true => say("cli-usage-value_required", &[("arg", arg(invalid)?)]),
                false => say(
                    "cli-usage-invalid_value",
                    &[("value", value()?), ("arg", arg(literal)?)],
                ),
            };
            let values = strings(ContextKind::ValidValue).unwrap_or_default();
            line + &list(values, valid, |values| {
                say("cmd-possible", &[("values", values)])
            })
        }
        // The reason is the value parser's own, which is in words already.
        ErrorKind::ValueValidation => match e.source() {
            Some(reason) => say(
                "cli-usage-invalid_value_because",
                &[
                    ("value", value()?),
                    ("arg", arg(literal)?),
                    ("reason", sanitize::escape(&reason.to_string()).into_owned()),
                ],
            ),
            None => say(
                "cli-usage-invalid_value",
                &[("value", value()?), ("arg", arg(literal)?)],
            ),
        },
        ErrorKind::MissingRequiredArgument => {
            let mut line = say("cli-usage-missing_required", &[]);
            for name in strings(ContextKind::InvalidArg)? {
                line += &format!("\n  {}", paint(valid, name));
            }
            line
        }
        ErrorKind::MissingSubcommand => {
            let command = paint(invalid, string(ContextKind::InvalidSubcommand)?);
            let names = strings(ContextKind::ValidSubcommand).unwrap_or_default();
            say("cli-usage-missing_subcommand", &[("command", command)])
                + &list(names, valid, |names| {
                    say("cli-usage-subcommands", &[("names", names)])
                })
        }
        ErrorKind::ArgumentConflict => {
            // clap's other conflict, of a subcommand, has no argument: clap words it.
            let name = string(ContextKind::InvalidArg)?;
            let arg = ("arg", paint(invalid, name));
            match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if prior == name => {
                    say("cli-usage-repeated", &[arg])
                }
                Some(ContextValue::String(prior)) => say(
                    "cli-usage-conflict",
                    &[arg, ("other", paint(invalid, prior))],
                ),
                Some(ContextValue::Strings(prior)) => {
                    let mut line = say("cli-usage-conflict_list", &[arg]);
                    for other in prior {
                        line += &format!("\n  {}", paint(invalid, other));
                    }
                    line
                }
                _ => say("cli-usage-conflict_any", &[arg]),
            }
        }
        ErrorKind::NoEquals => say("cli-usage-no_equals", &[("arg", arg(invalid)?)]),
        ErrorKind::TooManyValues => say(
            "cli-usage-too_many_values",
            &[("value", value()?), ("arg", arg(literal)?)],
        ),
        kind @ (ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues) => {
            let (id, wanted) = match kind {
                ErrorKind::TooFewValues => ("cli-usage-too_few_values", ContextKind::MinValues),
                _ => (
                    "cli-usage-wrong_number_of_values",
                    ContextKind::ExpectedNumValues,
                ),
            };
            let given = number(ContextKind::ActualNumValues)?;
            let args = [
                ("wanted", paint(valid, &number(wanted)?.to_string())),
                ("given", paint(invalid, &given.to_string())),
                ("arg", arg(literal)?),
            ];
            phrase(lang, id, Some(given), &args)
        }
        ErrorKind::InvalidUtf8 => say("cli-usage-invalid_utf8", &[]),
        _ => return None,
    };

    // The tips: the names clap suggests, then the sentences it writes.
    let mut tips = Vec::new();
    for (kind, id) in [
        (
            ContextKind::SuggestedSubcommand,
            "cli-usage-similar_subcommand",
        ),
        (ContextKind::SuggestedArg, "cli-usage-similar_argument"),
        (ContextKind::SuggestedValue, "cli-usage-similar_value"),
    ] {
        let names = match e.get(kind) {
            Some(ContextValue::String(name)) => std::slice::from_ref(name),
            Some(ContextValue::Strings(names)) if !names.is_empty() => names.as_slice(),
            _ => continue,
        };
        let quoted: Vec<String> = names
            .iter()
            .map(|n| format!("'{}'", paint(valid, n)))
            .collect();
        let n = isize::try_from(names.len()).unwrap_or(isize::MAX);
        tips.push(phrase(lang, id, Some(n), &[("names", quoted.join(", "))]));
    }
    if let Some(ContextValue::StyledStrs(sentences)) = e.get(ContextKind::Suggested) {
        let subject = string(ContextKind::InvalidArg).or(string(ContextKind::InvalidSubcommand));
        for sentence in sentences {
            let worded = subject.and_then(|subject| tip(sentence, subject, styles, lang));
            tips.push(worded.unwrap_or_else(|| sentence.ansi().to_string()));
        }
    }
    let tip_word = paint(valid, &say("cli-usage-tip", &[]));
    for (i, tip) in tips.iter().enumerate() {
        message += if i == 0 { "\n\n" } else { "\n" };
        message += &format!("  {tip_word} {tip}");
    }

    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        message += "\n\n";
        message += &titled(usage, styles, lang);
    }
    // Every command of careerpath has `--help`, which clap's errors point to.
    let more = say("cli-usage-more_info", &[("help", paint(literal, "--help"))]);
    let error = paint(
        styles.get_error(),
        &format!("{}:", words::t(lang, "diag-error")),
    );
    Some(StyledStr::from(format!("{error} {message}\n\n{more}\n")))
}

/// Message `id` in `lang` with `args`, and `n` to choose its plural form by.
fn phrase(lang: &str, id: &str, n: Option<isize>, args: &[(&str, String)]) -> String {
    let mut all: Vec<(&str, Value)> = n.map(|n| ("n", words::num(n as f64))).into_iter().collect();
    all.extend(args.iter().map(|(k, v)| (*k, Value::from(v.as_str()))));
    words::t_args(lang, id, &all)
}

/// `text` in `style`, with what a terminal would act on written as escapes: clap's context
/// holds what the user typed.
fn paint(style: &Style, text: &str) -> String {
    format!("{style}{}{style:#}", sanitize::escape(text))
}

/// A `[possible values: …]` line under the error: `items` in `style`, through `line`.
fn list(items: &[String], style: &Style, line: impl Fn(String) -> String) -> String {
    if items.is_empty() {
        return String::new();
    }
    let painted: Vec<String> = items.iter().map(|v| paint(style, &escaped(v))).collect();
    format!("\n  {}", line(painted.join(", ")))
}

/// A value as clap lists it: quoted when empty or with spaces.
fn escaped(value: &str) -> String {
    match value.is_empty() || value.contains(char::is_whitespace) {
        true => format!("{value:?}"),
        false => value.to_owned(),
    }
}

/// One of the tips clap gives as an English sentence about `subject` (the argument or
/// subcommand in error), in words; `None` for a sentence this does not know.
///
/// clap has no context value for these, only its sentence: each is recognised by the
/// whole of its text (its styles aside), so a changed sentence is printed as clap wrote it
/// rather than misread.
fn tip(sentence: &StyledStr, subject: &str, styles: &Styles, lang: &str) -> Option<String> {
    let [valid, invalid] = [styles.get_valid(), styles.get_invalid()];
    let text = sentence.to_string();
    let say = |id: &str, args: &[(&str, String)]| phrase(lang, id, None, args);
    // "to pass '-x' as a value, use '-- -x'" (or "'validate -- -x'" after a subcommand).
    let pass = format!("to pass '{subject}' as a value, use '");
    let fix = text
        .strip_prefix(&pass)
        .and_then(|rest| rest.strip_suffix('\''))
        .filter(|fix| fix.ends_with(&format!("-- {subject}")));
    if let Some(fix) = fix {
        let args = [("arg", paint(invalid, subject)), ("fix", paint(valid, fix))];
        return Some(say("cli-usage-pass_as_value", &args));
    }
    // "subcommand 'list' exists; to use it, remove the '--' before it"
    if text == format!("subcommand '{subject}' exists; to use it, remove the '--' before it") {
        return Some(say(
            "cli-usage-remove_dashes",
            &[("name", paint(valid, subject))],
        ));
    }
    // "'evaluate --answers' exists": a subcommand's argument of a name like the subject's.
    let command = text.strip_prefix('\'')?.strip_suffix("' exists")?;
    Some(say(
        "cli-usage-exists",
        &[("command", paint(valid, command))],
    ))
}

/// clap's usage (`Usage: careerpath …`) with its title in words. Only the title clap puts
/// first is replaced, so a name in the usage itself is never touched.
fn titled(usage: &StyledStr, styles: &Styles, lang: &str) -> String {
    let style = styles.get_usage();
    let text = usage.ansi().to_string();
    let clap_title = format!("{}Usage:{} ", style.render(), style.render_reset());
    match text.strip_prefix(&clap_title) {
        Some(rest) => {
            let title = words::t(lang, "cmd-heading-usage");
            format!("{}{title}{} {rest}", style.render(), style.render_reset())
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use clap::{Arg, ArgAction, Command};

    /// The kinds careerpath's own command line cannot give, from a command made for them:
    /// each reads as clap's in English, colours included, and has no English phrase in
    /// Spanish. (With a suggestion, whose colours the binary's tests cannot see.)
    #[test]
    fn kinds_careerpath_cannot_give_are_worded_too() {
        let cmd = Command::new("demo")
            .arg(Arg::new("eq").long("eq").require_equals(true))
            .arg(Arg::new("few").long("few").num_args(3..))
            .arg(
                Arg::new("two")
                    .long("two")
                    .num_args(2)
                    .action(ArgAction::Set),
            )
            .arg(Arg::new("a").long("a").action(ArgAction::SetTrue))
            .arg(Arg::new("b").long("b").action(ArgAction::SetTrue))
            .arg(
                Arg::new("c")
                    .long("c")
                    .action(ArgAction::SetTrue)
                    .conflicts_with_all(["a", "b"]),
            );
        let cases: [(&[&str], &str); 5] = [
            (&["--bb"], "unexpected argument '--bb' found"),
            (
                &["--eq", "x"],
                "equal sign is needed when assigning values to '--eq=<eq>'",
            ),
            (
                &["--few", "1", "2"],
                "3 values required by '--few <few> <few> <few>...'; only 2 were provided",
            ),
            (
                &["--two", "1", "--two"],
                "2 values required for '--two <two> <two>' but 1 was provided",
            ),
            (
                &["--c", "--a", "--b"],
                "the argument '--c' cannot be used with:\n  --a\n  --b",
            ),
        ];
        for (args, line) in cases {
            let mut cmd = cmd.clone();
            let argv = std::iter::once("demo").chain(args.iter().copied());
            let Err(e) = cmd.try_get_matches_from_mut(argv) else {
                panic!("{args:?} parsed");
            };
            // Colours too: the same escapes in the same places.
            let clap_says = e.render().ansi().to_string();
            let en = super::render(&e, cmd.get_styles(), "en").map(|s| s.ansi().to_string());
            assert_eq!(en.as_deref(), Some(clap_says.as_str()), "{args:?}");
            let clap_says = e.render().to_string();
            assert!(
                clap_says.starts_with(&format!("error: {line}\n")),
                "{clap_says}"
            );
            let es = super::render(&e, cmd.get_styles(), "es").map(|s| s.to_string());
            let es = es.unwrap_or_default();
            for english in [
                "equal sign",
                "values required",
                "were provided",
                "was provided",
                "cannot be used",
                "similar",
                "none was",
                "For more",
            ] {
                assert!(!es.contains(english), "{es}");
            }
        }
    }
}
