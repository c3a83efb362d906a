//! The words plain mode prints: which message ids of [`crate::words`], with which values.

use crate::words::{self, Args};

pub struct Strings {
    lang: String,
    pub yes_or_no: String,
    pub commands: String,
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

    pub fn question_of(&self, position: usize, total: usize) -> String {
        self.t_args(
            "question-of",
            &[("position", position.into()), ("total", total.into())],
        )
    }

    pub fn keep(&self, label: &str) -> String {
        self.t_args("plain-keep", &[("label", label.into())])
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

    pub fn not_saved_here(&self) -> String {
        self.t("plain-not-saved-here")
    }

    pub fn cannot_save(&self, why: &str) -> String {
        self.t_args("plain-cannot-save", &[("reason", why.into())])
    }

    /// `resume` is the command that continues the session ([`resume_command`]).
    pub fn saved_as(&self, name: &str, id: &str, resume: &str, done: bool) -> String {
        let id_text = if done {
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

    pub fn nothing_saved(&self) -> String {
        self.t("plain-nothing-saved")
    }

    pub fn unsaved(&self) -> String {
        self.t("plain-unsaved")
    }

    pub fn resuming(&self, name: &str, answered: usize, total: usize) -> String {
        self.t_args(
            "plain-resuming",
            &[
                ("name", name.into()),
                ("answered", answered.into()),
                ("total", total.into()),
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

    pub fn other_questionnaire(&self, theirs: &str, ours: &str) -> String {
        self.t_args(
            "plain-other-questionnaire",
            &[("theirs", theirs.into()), ("ours", ours.into())],
        )
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

    pub fn pick_between(&self, min: Option<u32>, max: Option<u32>) -> Option<String> {
        match (min, max) {
            (Some(a), Some(b)) if a == b => {
                Some(self.t_args("plain-pick-exactly", &[("n", a.into())]))
            }
            (Some(a), Some(b)) => {
                Some(self.t_args("plain-pick-range", &[("min", a.into()), ("max", b.into())]))
            }
            (Some(a), None) => Some(self.t_args("plain-pick-at-least", &[("min", a.into())])),
            (None, Some(b)) => Some(self.t_args("plain-pick-at-most", &[("max", b.into())])),
            (None, None) => None,
        }
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

/// The command that continues session `prefix`: a questionnaire other than the built-in one
/// is named again (`source`, as it was given), since `resume` alone would refuse the session.
pub fn resume_command(source: &str, prefix: &str) -> String {
    if source == "<built-in>" {
        return format!("careerpath --plain resume {prefix}");
    }
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+,:@".contains(c);
    let path = if !source.is_empty() && source.chars().all(plain) {
        source.to_owned()
    } else {
        format!(
            "'{}'",
            crate::sanitize::sanitize(source, false).replace('\'', r"'\''")
        )
    };
    format!("careerpath --plain --questions {path} resume {prefix}")
}
