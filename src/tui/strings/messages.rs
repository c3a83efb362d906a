//! Messages after something the user did (a refused answer, a failed save): which
//! message id, with which values.

use crate::words::{self, Value};

/// A message the interface shows after something the user did (a refused answer, a
/// failed save), with what it needs to say; [`message`] words it in a language.
#[derive(Debug, Clone, Copy)]
pub enum Msg<'a> {
    UntickFirst {
        max: u32,
    },
    /// Enter on a single-choice question with nothing picked.
    PickOne {
        optional: bool,
    },
    RequiredConfirm,
    RequiredScale,
    Required,
    /// Enter on a ranking still in the order it was first shown.
    KeepOrder,
    CannotSkip,
    AnswerFirst,
    /// A retake's carried-over answers are gone through before its result.
    ConfirmCarried,
    NotSaved(&'a str),
    /// Quit asked for while answers are not saved.
    /// Why the answers are not saved, and whether the next answer tries to save again.
    QuitUnsaved(&'a str, bool),
    Exported(&'a str),
    ExportFailed(&'a str),
    CannotCompare(&'a str),
    NotDeleted(&'a str),
    CannotOpen(&'a str),
    /// The selected session was answered with this other questionnaire.
    OtherQuestionnaire(&'a str),
    MarkTwo,
    NoDataDir,
    NotRenamed,
    QuestionnaireChanged(&'a str),
    KeptAside(usize),
    AskedAgain(usize),
    Reevaluated {
        was: u32,
        now: u32,
    },
    Reloaded,
    ReloadFailed(&'a str, usize),
    /// Where in the file (line, column) and what.
    AtLine(u32, u32, &'a str),
}

/// The text of `m` in `lang`.
pub fn message(lang: &str, m: Msg<'_>) -> String {
    let key = |id: &str| Value::from(words::t(lang, id));
    let (id, args): (&str, Vec<(&str, Value)>) = match m {
        Msg::UntickFirst { max } => ("msg-untick-first", vec![("max", max.into())]),
        Msg::PickOne { optional: false } => ("msg-pick-one", vec![]),
        Msg::PickOne { optional: true } => {
            ("msg-pick-one-optional", vec![("skip", key("key-skip"))])
        }
        Msg::RequiredConfirm => (
            "msg-required-confirm",
            vec![("yes", key("key-yes")), ("no", key("key-no"))],
        ),
        Msg::RequiredScale => ("msg-required-scale", vec![]),
        Msg::Required => ("msg-required", vec![]),
        Msg::KeepOrder => ("msg-keep-order", vec![]),
        Msg::CannotSkip => ("msg-cannot-skip", vec![]),
        Msg::AnswerFirst => ("msg-answer-first", vec![]),
        Msg::ConfirmCarried => ("msg-confirm-carried", vec![]),
        Msg::NotSaved(e) => ("msg-not-saved", vec![("reason", e.into())]),
        Msg::QuitUnsaved(e, retry) => (
            "msg-quit-unsaved",
            vec![("reason", e.into()), ("retry", words::yes_no(retry))],
        ),
        Msg::Exported(p) => ("msg-exported", vec![("path", p.into())]),
        Msg::ExportFailed(e) => ("msg-export-failed", vec![("reason", e.into())]),
        Msg::CannotCompare(e) => ("msg-cannot-compare", vec![("reason", e.into())]),
        Msg::NotDeleted(e) => ("msg-not-deleted", vec![("reason", e.into())]),
        Msg::CannotOpen(r) => ("msg-cannot-open", vec![("reason", r.into())]),
        Msg::OtherQuestionnaire(id) => ("msg-other-questionnaire", vec![("id", id.into())]),
        Msg::MarkTwo => ("msg-mark-two", vec![]),
        Msg::NoDataDir => ("msg-no-data-dir", vec![]),
        Msg::NotRenamed => ("msg-not-renamed", vec![]),
        Msg::QuestionnaireChanged(what) => {
            ("msg-questionnaire-changed", vec![("what", what.into())])
        }
        Msg::KeptAside(n) => ("msg-kept-aside", vec![("n", n.into())]),
        Msg::AskedAgain(n) => ("msg-asked-again", vec![("n", n.into())]),
        Msg::Reevaluated { was, now } => (
            "msg-reevaluated",
            vec![("was", was.into()), ("now", now.into())],
        ),
        Msg::Reloaded => ("msg-reloaded", vec![]),
        Msg::ReloadFailed(first, more) => (
            "msg-reload-failed",
            vec![("first", first.into()), ("more", more.into())],
        ),
        Msg::AtLine(line, col, what) => (
            "msg-at-line",
            vec![
                ("line", line.into()),
                ("col", col.into()),
                ("what", what.into()),
            ],
        ),
    };
    words::t_args(lang, id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_its_own_spanish() {
        let all = [
            Msg::UntickFirst { max: 2 },
            Msg::PickOne { optional: false },
            Msg::PickOne { optional: true },
            Msg::RequiredConfirm,
            Msg::RequiredScale,
            Msg::Required,
            Msg::KeepOrder,
            Msg::CannotSkip,
            Msg::AnswerFirst,
            Msg::ConfirmCarried,
            Msg::NotSaved("disk full"),
            Msg::QuitUnsaved("disk full", true),
            Msg::QuitUnsaved("held elsewhere", false),
            Msg::Exported("/tmp/a.md"),
            Msg::ExportFailed("disk full"),
            Msg::CannotCompare("gone"),
            Msg::NotDeleted("gone"),
            Msg::CannotOpen("truncated"),
            Msg::OtherQuestionnaire("nps"),
            Msg::MarkTwo,
            Msg::NoDataDir,
            Msg::NotRenamed,
            Msg::QuestionnaireChanged("x"),
            Msg::KeptAside(1),
            Msg::KeptAside(2),
            Msg::AskedAgain(1),
            Msg::AskedAgain(2),
            Msg::Reevaluated { was: 1, now: 2 },
            Msg::Reloaded,
            Msg::ReloadFailed("line 3: y", 0),
            Msg::ReloadFailed("line 3: y", 2),
            Msg::AtLine(3, 7, "y"),
        ];
        for m in all {
            let (en, es) = (message("en", m), message("es", m));
            assert!(!es.is_empty() && en != es, "{m:?}: {es}");
            assert_eq!(message("fr", m), en, "{m:?}");
        }
    }
}
