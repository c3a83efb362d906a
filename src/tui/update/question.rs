//! The question screen: widget keys, validation, moving on and back.

use crate::flow;
use crate::questionnaire::{Answer, QuestionKind};
use crate::session::Status;

use super::{edit, goto_question, move_index, page, pending, save, show_review};
use crate::tui::app::{Action, App, Effect, Screen};
use crate::tui::editor::Editor;
use crate::tui::input::{self, Input};
use crate::tui::strings::{Msg, message};
use crate::tui::view;

pub(super) fn question_update(app: &mut App, action: Action) -> Option<Effect> {
    let Some(mut st) = app.question.take() else {
        show_review(app);
        return None;
    };
    let Some(question) = app.q.questions.get(st.index) else {
        show_review(app);
        return None;
    };
    let page = page(app);
    st.message = None;
    match (&mut st.input, &action) {
        (_, Action::Submit) => {
            app.question = Some(st);
            return submit(app);
        }
        (_, Action::Back) => {
            app.question = Some(st);
            go_back(app);
            return None;
        }
        (_, Action::Skip) => {
            app.question = Some(st);
            return skip(app);
        }
        (Input::Single { cursor } | Input::Rank { cursor, .. }, a)
            if move_index(*cursor, question.kind.choices().len(), a, page).is_some() =>
        {
            *cursor = move_index(*cursor, question.kind.choices().len(), a, page).unwrap_or(0);
        }
        (Input::Multi { cursor, .. }, a)
            if move_index(*cursor, question.kind.choices().len(), a, page).is_some() =>
        {
            *cursor = move_index(*cursor, question.kind.choices().len(), a, page).unwrap_or(0);
        }
        (Input::Single { cursor }, Action::Pick(k)) => {
            if let Some(i) = (*k as usize)
                .checked_sub(1)
                .filter(|&i| i < question.kind.choices().len())
            {
                *cursor = i;
            }
        }
        (Input::Rank { cursor, .. }, Action::Pick(k)) => {
            if let Some(i) = (*k as usize)
                .checked_sub(1)
                .filter(|&i| i < question.kind.choices().len())
            {
                *cursor = i;
            }
        }
        (Input::Multi { cursor, checked }, Action::Toggle) => {
            let c = *cursor;
            st.message = toggle(question, checked, c, &app.lang);
        }
        (Input::Multi { cursor, checked }, Action::Pick(k)) => {
            if let Some(i) = (*k as usize).checked_sub(1).filter(|&i| i < checked.len()) {
                *cursor = i;
                st.message = toggle(question, checked, i, &app.lang);
            }
        }
        (Input::Rank { cursor, order }, Action::MoveUp) if *cursor > 0 && *cursor < order.len() => {
            order.swap(*cursor, *cursor - 1);
            *cursor -= 1;
        }
        (Input::Rank { cursor, order }, Action::MoveDown) if *cursor + 1 < order.len() => {
            order.swap(*cursor, *cursor + 1);
            *cursor += 1;
        }
        (Input::Confirm { value }, Action::Answer(b)) => {
            *value = Some(*b);
            app.question = Some(st);
            return submit(app);
        }
        (Input::Confirm { value }, Action::Up | Action::ScrollUp | Action::Top) => {
            *value = Some(true)
        }
        (Input::Confirm { value }, Action::Down | Action::ScrollDown | Action::Bottom) => {
            *value = Some(false)
        }
        (Input::Confirm { value }, Action::Toggle) => *value = Some(!value.unwrap_or(false)),
        (Input::Confirm { value }, Action::Pick(k @ 1..=2)) => *value = Some(*k == 1),
        (Input::Scale { value }, a) => {
            if let QuestionKind::Scale { min, max, .. } = question.kind {
                let v = *value;
                *value = match a {
                    Action::Left | Action::Down | Action::ScrollDown => {
                        Some(v.map_or(min, |v| (v - 1).max(min)))
                    }
                    Action::Right | Action::Up | Action::ScrollUp => {
                        Some(v.map_or(min, |v| (v + 1).min(max)))
                    }
                    Action::Top => Some(min),
                    Action::Bottom => Some(max),
                    Action::Pick(k) if (min..=max).contains(&i64::from(*k)) => Some(i64::from(*k)),
                    _ => v,
                };
            }
        }
        (Input::Number { editor }, Action::Up | Action::Down) => {
            if let QuestionKind::Number { min, max, step, .. } = question.kind {
                let step = step.unwrap_or(1.0);
                let current = editor
                    .text()
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite());
                let up = matches!(action, Action::Up);
                let mut n = match current {
                    Some(n) if up => n + step,
                    Some(n) => n - step,
                    None => min.unwrap_or(0.0),
                };
                if let Some(lo) = min {
                    n = n.max(lo);
                }
                if let Some(hi) = max {
                    n = n.min(hi);
                }
                *editor = Editor::new(&input::format_number(n));
            }
        }
        (Input::Number { editor }, a) => {
            edit(editor, a, |c| {
                c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E')
            });
        }
        (Input::Text { editor }, a) => edit(editor, a, |_| true),
        (_, Action::Click { col, row }) => {
            if let Some(i) = view::choice_at(app, &st, *col, *row) {
                match &mut st.input {
                    Input::Single { cursor } | Input::Rank { cursor, .. } => *cursor = i,
                    Input::Multi { cursor, checked } => {
                        *cursor = i;
                        st.message = toggle(question, checked, i, &app.lang);
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
    app.question = Some(st);
    None
}

/// Ticks or unticks choice `i`, refusing to go past the question's maximum.
pub(super) fn toggle(
    question: &crate::questionnaire::Question,
    checked: &mut [bool],
    i: usize,
    lang: &str,
) -> Option<String> {
    let on = checked.get(i).copied()?;
    if !on
        && let QuestionKind::Multi { max: Some(max), .. } = question.kind
        && checked.iter().filter(|c| **c).count() as u32 >= max
    {
        return Some(message(lang, Msg::UntickFirst { max }));
    }
    checked[i] = !on;
    None
}

/// Validates the entry on screen; on success records it, saves, and moves on.
pub(super) fn submit(app: &mut App) -> Option<Effect> {
    let st = app.question.as_ref()?;
    let index = st.index;
    let question = app.q.questions.get(index)?;
    let entered = st.input.answer_in(question, &app.lang);
    let answer = match entered {
        Err(message) => return set_message(app, message),
        Ok(None) if question.required => {
            let how = match question.kind {
                QuestionKind::Confirm => Msg::RequiredConfirm,
                QuestionKind::Scale { .. } => Msg::RequiredScale,
                _ => Msg::Required,
            };
            let how = message(&app.lang, how);
            return set_message(app, how);
        }
        Ok(None) => return skip(app),
        Ok(Some(a)) => a,
    };
    if let Err(message) = validate(app, index, &answer) {
        return set_message(app, message);
    }
    let id = question.id.clone();
    remember_skips(app, index);
    app.skipped.remove(&id);
    if let Some(s) = app.session.as_mut() {
        s.current = Some(id.clone());
        s.needs_answer.retain(|n| *n != id);
        s.stale.remove(&id);
    }
    app.answers.insert(id, answer);
    answers_changed(app);
    advance(app, index);
    save(app)
}

pub(super) fn set_message(app: &mut App, message: String) -> Option<Effect> {
    if let Some(st) = app.question.as_mut() {
        st.message = Some(message);
    }
    None
}

/// The widget's own checks, then the questionnaire's constraint.
pub(super) fn validate(app: &App, index: usize, answer: &Answer) -> Result<(), String> {
    let question = &app.q.questions[index];
    input::check_in(question, answer, &app.lang)?;
    flow::check_constraint(&app.q, index, &app.answers, answer, &app.lang)
}

pub(super) fn skip(app: &mut App) -> Option<Effect> {
    let st = app.question.as_ref()?;
    let index = st.index;
    let question = app.q.questions.get(index)?;
    if question.required {
        let m = message(&app.lang, Msg::CannotSkip);
        return set_message(app, m);
    }
    let id = question.id.clone();
    remember_skips(app, index);
    app.answers.remove(&id);
    app.skipped.insert(id);
    answers_changed(app);
    advance(app, index);
    save(app)
}

/// Optional questions left open before `index` were passed over on purpose: when
/// editing from the review, only questions an edit newly reveals are asked again.
pub(super) fn remember_skips(app: &mut App, index: usize) {
    let from_review = app.question.as_ref().is_some_and(|s| s.from_review);
    for i in flow::visible(&app.q, &app.answers) {
        let question = &app.q.questions[i];
        if (from_review || i < index)
            && !question.required
            && !app.answers.contains_key(&question.id)
            && i != index
        {
            app.skipped.insert(question.id.clone());
        }
    }
}

/// After any change: drop answers whose question is now hidden, forget a stale result.
pub(super) fn answers_changed(app: &mut App) {
    flow::prune(&app.q, &mut app.answers);
    app.results = None;
    if let Some(s) = app.session.as_mut() {
        s.answers = app.answers.clone();
        s.status = Status::InProgress;
        s.lang = app.lang.clone();
    }
}

pub(super) fn advance(app: &mut App, from: usize) {
    let from_review = app.question.as_ref().is_some_and(|s| s.from_review);
    if from_review {
        match pending(app) {
            Some(i) => goto_question(app, i, true),
            None => show_review(app),
        }
        return;
    }
    match flow::next(&app.q, &app.answers, Some(from)).or_else(|| pending(app)) {
        Some(i) => goto_question(app, i, false),
        None => {
            app.review_selected = flow::visible(&app.q, &app.answers).len();
            show_review(app);
        }
    }
}

pub(super) fn go_back(app: &mut App) {
    let Some(st) = app.question.as_ref() else {
        return;
    };
    if st.from_review {
        show_review(app);
        return;
    }
    match flow::prev(&app.q, &app.answers, st.index) {
        Some(i) => goto_question(app, i, false),
        None => {
            app.screen = Screen::Welcome;
            app.welcome_selected = 0;
        }
    }
}
