//! The words plain mode prints: which message ids of [`crate::words`], with which values.

use crate::words::{self, Args};

pub struct Strings {
    lang: String,
    pub yes_or_no: String,
    commands: String,
    pub prompt: &'static str,
}

pub fn strings(lang: &str) -> Strings {
    Strings {
        lang: lang.to_owned(),
        yes_or_no: words::t(lang, "plain-yes-or-no"),
        commands: words::t(lang, "plain-commands"),
        prompt: "> ",
    }
}

impl Strings {
    fn t(&self, id: &str) -> String {
        words::t(&self.lang, id)
    }

    /// The commands line; without a place to save, `quit` only stops.
    pub fn commands(&self, saving: bool) -> String {
        if saving {
            self.commands.clone()
        } else {
            self.t("plain-commands-unsaved")
        }
    }

    fn t_args(&self, id: &str, args: &Args<'_>) -> String {
        words::t_args(&self.lang, id, args)
    }

    pub fn one_number(&self, n: usize) -> String {
        self.t_args("plain-one-number", &[("n", n.into())])
    }

    pub fn several_numbers(&self, n: usize, none: bool) -> String {
        let example = if n >= 3 { "1,3" } else { "1,2" };
        let id = if none {
            "plain-several-numbers-or-none"
        } else {
            "plain-several-numbers"
        };
        self.t_args(id, &[("n", n.into()), ("example", example.into())])
    }

    /// "Type a number, for example 6 or 2.5." with examples the question accepts.
    pub fn a_number(&self, examples: &[String]) -> String {
        let examples = examples.join(&self.t("plain-or"));
        self.t_args("plain-a-number", &[("examples", examples.into())])
    }

    pub fn rank_numbers(&self, n: usize) -> String {
        let example: Vec<String> = (1..=n).rev().map(|i| i.to_string()).collect();
        self.t_args(
            "plain-rank-numbers",
            &[("n", n.into()), ("example", example.join(",").into())],
        )
    }

    pub fn whole_number(&self, min: i64, max: i64) -> String {
        self.t_args(
            "plain-whole-number",
            &[("min", min.into()), ("max", max.into())],
        )
    }

    pub fn question_of(&self, position: usize, total: usize, exact: bool) -> String {
        self.t_args(
            "question-of",
            &[
                ("position", position.into()),
                ("total", total.into()),
                ("exact", crate::words::yes_no(exact)),
            ],
        )
    }

    /// "Press Enter to keep: …" for an answer `given` before, "… for the default: …" else.
    pub fn keep_skipped(&self) -> String {
        self.t("plain-keep-skipped")
    }

    pub fn keep(&self, label: &str, given: bool) -> String {
        let id = if given { "plain-keep" } else { "plain-default" };
        self.t_args(id, &[("label", label.into())])
    }

    pub fn optional(&self) -> String {
        self.t("plain-optional")
    }

    pub fn required(&self) -> String {
        self.t("plain-required")
    }

    pub fn first_question(&self) -> String {
        self.t("plain-first-question")
    }

    pub fn stopped_trying(&self, n: usize) -> String {
        self.t_args("plain-stopped-trying", &[("n", n.into())])
    }

    pub fn input_ended(&self) -> String {
        self.t("plain-input-ended")
    }

    pub fn not_saved_here(&self) -> String {
        self.t("plain-not-saved-here")
    }

    pub fn cannot_save(&self, why: &crate::store::StoreError) -> String {
        self.t_args(
            "plain-cannot-save",
            &[("reason", why.message(&self.lang).into())],
        )
    }

    /// Every answer is saved, the result is not: `resume` finishes the session.
    pub fn result_unsaved(&self, name: &str, id: &str, resume: &str) -> String {
        self.t_args(
            "plain-result-unsaved",
            &[
                ("name", name.into()),
                ("id", id.into()),
                ("resume", resume.into()),
            ],
        )
    }

    /// `resume` is the command that continues the session ([`resume_command`]); `partly`:
    /// the latest answers were not saved, the earlier ones were.
    pub fn saved_as(&self, name: &str, id: &str, resume: &str, done: bool, partly: bool) -> String {
        let id_text = if partly {
            "plain-partly-saved"
        } else if done {
            "plain-saved-as"
        } else {
            "plain-saved-as-resume"
        };
        self.t_args(
            id_text,
            &[
                ("name", name.into()),
                ("id", id.into()),
                ("resume", resume.into()),
            ],
        )
    }

    pub fn output_closed(&self) -> String {
        self.t("plain-output-closed")
    }

    pub fn nothing_saved(&self) -> String {
        self.t("plain-nothing-saved")
    }

    pub fn unsaved(&self) -> String {
        self.t("plain-unsaved")
    }

    pub fn resuming(&self, name: &str, (answered, total): (usize, usize), exact: bool) -> String {
        self.t_args(
            "plain-resuming",
            &[
                ("name", name.into()),
                ("answered", answered.into()),
                ("total", total.into()),
                ("exact", crate::words::yes_no(exact)),
            ],
        )
    }

    pub fn changed(&self, version: u32, set_aside: usize, again: usize) -> String {
        self.t_args(
            "plain-changed",
            &[
                ("version", version.into()),
                ("aside", set_aside.into()),
                ("again", again.into()),
            ],
        )
    }

    pub fn answer_again(&self, before: &str) -> String {
        self.t_args("plain-answer-again", &[("before", before.into())])
    }

    pub fn allowed_range(&self, min: Option<String>, max: Option<String>) -> Option<String> {
        match (min, max) {
            (Some(a), Some(b)) => {
                Some(self.t_args("plain-from-to", &[("min", a.into()), ("max", b.into())]))
            }
            (Some(a), None) => Some(self.t_args("plain-at-least", &[("min", a.into())])),
            (None, Some(b)) => Some(self.t_args("plain-at-most", &[("max", b.into())])),
            (None, None) => None,
        }
    }

    /// "Choose 2 to 3." for a multi question with limits.
    pub fn pick_between(&self, min: Option<u32>, max: Option<u32>) -> Option<String> {
        words::choose_count(&self.lang, min, max).map(|s| format!("{s}."))
    }

    pub fn alone(&self, n: usize, label: &str) -> String {
        self.t_args(
            "plain-choose-alone",
            &[("n", n.into()), ("label", label.into())],
        )
    }

    pub fn max_chars(&self, n: u32) -> String {
        self.t_args("plain-max-chars", &[("n", n.into())])
    }

    pub fn not_accepted(&self, why: &str, allowed: &str) -> String {
        self.t_args(
            "plain-not-accepted",
            &[("reason", why.into()), ("allowed", allowed.into())],
        )
    }

    pub fn line_too_long(&self) -> String {
        self.t("plain-line-too-long")
    }
}

/// The command that continues session `prefix` (the last unfinished one when `None`), as a
/// person can copy it: see [`command`].
pub fn resume_command(
    plain: bool,
    source: &str,
    store: Option<&crate::store::Store>,
    prefix: Option<&str>,
) -> String {
    let mut cmd = command(plain, source, store);
    cmd.push_str(" resume");
    if let Some(prefix) = prefix {
        cmd.push(' ');
        cmd.push_str(prefix);
    }
    cmd
}

/// `careerpath` and the options a command copied from a message needs to find the same
/// session again: a questionnaire other than the built-in one (`source`, as it was given),
/// since the session's own questionnaire is needed to read it, and a sessions directory
/// other than the default one (`store`'s).
pub fn command(plain: bool, source: &str, store: Option<&crate::store::Store>) -> String {
    let mut cmd = String::from("careerpath");
    if plain {
        cmd.push_str(" --plain");
    }
    if source != "<built-in>" {
        cmd.push_str(" --questions ");
        cmd.push_str(&shell_word(source));
    }
    if let Some(dir) = store.and_then(given_data_dir) {
        cmd.push_str(" --data-dir ");
        cmd.push_str(&shell_word(&dir.display().to_string()));
    }
    cmd
}

/// The data directory `store` lives in, when it is not the one careerpath picks by itself
/// (so it came from `--data-dir`).
fn given_data_dir(store: &crate::store::Store) -> Option<&std::path::Path> {
    let dir = store.dir().parent()?;
    let default = crate::store::Store::default_data_dir(None).ok();
    (default.as_deref() != Some(dir)).then_some(dir)
}

/// `s` as one shell word: as it is when plain, else in single quotes.
fn shell_word(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+,:@".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_owned()
    } else {
        format!(
            "'{}'",
            crate::sanitize::sanitize(s, false).replace('\'', r"'\''")
        )
    }
}
