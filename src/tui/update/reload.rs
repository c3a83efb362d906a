//! `--watch`: the questionnaire file changed. Take the new version, keep the answers that
//! still fit, and stay where the user was; a version that does not load is reported in the
//! banner while the last good one stays on screen.

use crate::questionnaire::Diagnostic;

use super::super::app::{App, Effect, Reloaded, Screen};
use super::super::input::Input;
use super::super::strings::{Msg, message};
use super::review::show_results;
use super::{goto_question, pending, show_review};

pub(super) fn reloaded(app: &mut App, result: Result<Reloaded, Vec<Diagnostic>>) -> Option<Effect> {
    let q = match result {
        Ok(Reloaded(q)) => *q,
        Err(errors) => {
            // The banner is one line: the first error where it is, and how many follow.
            let first = errors
                .first()
                .map_or_else(String::new, |d| match d.pos.line {
                    0 => d.message.clone(),
                    line => message(&app.lang, Msg::AtLine(line, d.pos.col, &d.message)),
                });
            let more = errors.len().saturating_sub(1);
            app.warning = Some(message(&app.lang, Msg::ReloadFailed(&first, more)));
            return None;
        }
    };
    let current = app
        .question
        .as_ref()
        .and_then(|s| app.q.questions.get(s.index))
        .map(|x| x.id.clone());
    let from_review = app.question.as_ref().is_some_and(|s| s.from_review);
    let typed = app
        .question
        .as_ref()
        .map(|s| &s.input)
        .filter(|input| matches!(input, Input::Text { .. } | Input::Number { .. }))
        .cloned();
    // A session keeps answers to questions that went away aside, and gives them back if
    // the question returns in a later save. Without a sitting nothing was answered yet.
    if let Some(s) = app.sitting.as_mut() {
        s.reload(&q);
    }
    crate::words::use_questionnaire_words(&q.words);
    app.q = std::rc::Rc::new(q.into());
    app.warning = None;
    app.notice = Some(message(&app.lang, Msg::Reloaded));
    match app.screen {
        Screen::Question => {
            let visible = app.visible();
            let same = current
                .and_then(|id| app.q.question_index(&id))
                .filter(|i| visible.contains(i));
            match same.or_else(|| pending(app)) {
                Some(i) => {
                    goto_question(app, i, from_review);
                    // Text being typed into the same question stays, if it is still
                    // typed text (a choice's highlight is by position, so it does not).
                    if same.is_some()
                        && let (Some(old), Some(new)) = (typed, app.question.as_mut())
                        && std::mem::discriminant(&old) == std::mem::discriminant(&new.input)
                    {
                        new.input = old;
                    }
                }
                None => return show_review(app),
            }
        }
        Screen::Review => return show_review(app),
        // The result on screen came from the old version: evaluate again, or ask what the
        // new version needs first.
        Screen::Results => return show_results(app),
        Screen::Welcome | Screen::Sessions => {}
    }
    None
}
