//! The question screen: widget keys, validation, moving on and back.

use crate::flow;
use crate::questionnaire::QuestionKind;
use crate::sitting::{number_char, read_number, step_from};

use super::{edit, goto_question, move_index, page, pending, save, show_review};
use crate::tui::app::{Action, App, Effect, Screen};
use crate::tui::editor::Editor;
use crate::tui::input::{self, Input};
use crate::tui::strings::{Msg, message};
use crate::tui::view;

pub(super) fn question_update(app: &mut App, action: Action) -> Option<Effect> {
    let Some(mut st) = app.question.take() else {
        return show_review(app);
    };
    let Some(question) = app.q.questions.get(st.index) else {
        return show_review(app);
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
        (Input::Single { cursor }, a)
            if move_index(0, question.kind.choices().len(), a, page).is_some() =>
        {
            // The first move from "nothing picked" lands on the first (or, with End, last) choice.
            let n = question.kind.choices().len();
            *cursor = match cursor {
                Some(c) => move_index(*c, n, a, page),
                None if *a == Action::Bottom => n.checked_sub(1),
                None => Some(0),
            };
        }
        (Input::Rank { cursor, .. }, a)
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
                *cursor = Some(i);
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
        (Input::Rank { cursor, order, set }, Action::MoveUp)
            if *cursor > 0 && *cursor < order.len() =>
        {
            order.swap(*cursor, *cursor - 1);
            *cursor -= 1;
            *set = true;
        }
        (Input::Rank { cursor, order, set }, Action::MoveDown) if *cursor + 1 < order.len() => {
            order.swap(*cursor, *cursor + 1);
            *cursor += 1;
            *set = true;
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
        (Input::Scale { value, typed }, a) => {
            if let QuestionKind::Scale { min, max, .. } = question.kind {
                let v = *value;
                // A page is a tenth of the scale, so a 0-1000 scale is ten presses end to end.
                let jump = ((max - min) / 10).max(1);
                if !matches!(a, Action::Pick(_)) {
                    typed.clear();
                }
                *value = match a {
                    Action::Left | Action::Down | Action::ScrollDown => {
                        Some(v.map_or(min, |v| (v - 1).max(min)))
                    }
                    Action::Right | Action::Up | Action::ScrollUp => {
                        Some(v.map_or(min, |v| (v + 1).min(max)))
                    }
                    Action::PageDown => Some(v.map_or(min, |v| v.saturating_sub(jump).max(min))),
                    Action::PageUp => Some(v.map_or(min, |v| v.saturating_add(jump).min(max))),
                    Action::Top => Some(min),
                    Action::Bottom => Some(max),
                    Action::Pick(k) => type_digit(typed, *k, min, max).or(v),
                    _ => v,
                };
            }
        }
        (Input::Number { editor }, Action::Up | Action::Down) => {
            if let QuestionKind::Number { min, max, step, .. } = question.kind {
                let step = step.filter(|s| *s > 0.0).unwrap_or(1.0);
                let up = matches!(action, Action::Up);
                let n = match read_number(&editor.text(), &app.lang) {
                    Some(n) => step_from(n, up, min.unwrap_or(0.0), step, min, max),
                    None => min.unwrap_or(0.0),
                };
                *editor = Editor::new(&input::format_number(n));
            }
        }
        (Input::Number { editor }, a) => edit(editor, a, number_char),
        (Input::Text { editor }, a) => edit(editor, a, |_| true),
        (_, Action::Click { col, row }) => {
            if let Some(i) = view::choice_at(app, &st, *col, *row) {
                match &mut st.input {
                    Input::Single { cursor } => *cursor = Some(i),
                    Input::Rank { cursor, .. } => *cursor = i,
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
    // Ticking "None of these" unticks the rest; ticking another unticks it.
    let choices = question.kind.choices();
    let apart = |j: usize| {
        j != i
            && choices
                .get(i)
                .zip(choices.get(j))
                .is_some_and(|(a, b)| a.exclusive || b.exclusive)
    };
    let kept = (0..checked.len())
        .filter(|&j| checked[j] && !apart(j))
        .count();
    if !on
        && let QuestionKind::Multi { max: Some(max), .. } = question.kind
        && kept as u32 >= max
    {
        return Some(message(lang, Msg::UntickFirst { max }));
    }
    if !on {
        for j in (0..checked.len()).filter(|&j| apart(j)) {
            checked[j] = false;
        }
    }
    checked[i] = !on;
    None
}

/// Typed digits on a scale: `1` then `0` is 10 where 10 fits; a digit that would leave
/// the scale starts a new number. `None` when no number starting so fits.
fn type_digit(typed: &mut String, digit: u8, min: i64, max: i64) -> Option<i64> {
    typed.push(char::from(b'0' + digit));
    let fits = |t: &str| t.parse::<i64>().ok().filter(|v| (min..=max).contains(v));
    if let Some(v) = fits(typed) {
        return Some(v);
    }
    *typed = char::from(b'0' + digit).to_string();
    let v = fits(typed);
    if v.is_none() {
        typed.clear();
    }
    v
}

/// Validates the entry on screen; on success records it, saves, and moves on.
pub(super) fn submit(app: &mut App) -> Option<Effect> {
    let st = app.question.as_ref()?;
    let (index, from_review) = (st.index, st.from_review);
    let question = app.q.questions.get(index)?;
    let answer = match st.input.answer(question, &app.lang) {
        Err(why) => return set_message(app, why.sentence(&app.lang)),
        Ok(None) => {
            // An order nobody set: the first Enter asks, the next keeps it as shown.
            if let Some(st) = app.question.as_mut()
                && let Input::Rank { set, .. } = &mut st.input
            {
                *set = true;
                let how = message(&app.lang, Msg::KeepOrder);
                return set_message(app, how);
            }
            // Left unanswered before (a retake, a resumed session): Enter keeps it so.
            let left = app
                .sitting
                .as_ref()
                .is_some_and(|s| s.left_unanswered(question));
            let how = match question.kind {
                _ if left => return skip(app),
                QuestionKind::Single { .. } => Msg::PickOne {
                    optional: !question.required,
                },
                _ if !question.required => return skip(app),
                QuestionKind::Confirm => Msg::RequiredConfirm,
                QuestionKind::Scale { .. } => Msg::RequiredScale,
                _ => Msg::Required,
            };
            let how = message(&app.lang, how);
            return set_message(app, how);
        }
        Ok(Some(a)) => a,
    };
    let sitting = app.sitting.as_mut()?;
    if let Err(why) = sitting.check(&app.q, index, &answer) {
        let why = why.sentence(&app.lang);
        return set_message(app, why);
    }
    // Optional questions before this one were shown and left. From the review nothing is
    // passed over: an optional question not answered there may never have been shown (a
    // follow-up), and it is not "skipped" until the person skips it.
    if !from_review {
        sitting.pass_over(&app.q, Some(index));
    }
    let now = sitting.session().updated;
    if let Err(why) = sitting.answer(&app.q, index, answer, now) {
        let why = why.sentence(&app.lang);
        return set_message(app, why);
    }
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

pub(super) fn skip(app: &mut App) -> Option<Effect> {
    let st = app.question.as_ref()?;
    let (index, from_review) = (st.index, st.from_review);
    let question = app.q.questions.get(index)?;
    if question.required {
        let m = message(&app.lang, Msg::CannotSkip);
        return set_message(app, m);
    }
    let sitting = app.sitting.as_mut()?;
    // Optional questions before this one were shown and left. From the review nothing is
    // passed over: an optional question not answered there may never have been shown (a
    // follow-up), and it is not "skipped" until the person skips it.
    if !from_review {
        sitting.pass_over(&app.q, Some(index));
    }
    let now = sitting.session().updated;
    sitting.skip(&app.q, index, now).ok()?;
    answers_changed(app);
    advance(app, index);
    save(app)
}

/// After any change the shown result no longer holds.
pub(super) fn answers_changed(app: &mut App) {
    app.results = None;
}

pub(super) fn advance(app: &mut App, from: usize) {
    let from_review = app.question.as_ref().is_some_and(|s| s.from_review);
    if from_review {
        // Back to the review, unless the edit left a required question to answer (one it
        // opened, say); optional ones wait on the review, not answered yet.
        let missing = app
            .sitting
            .as_ref()
            .and_then(|s| s.missing(&app.q).first().copied());
        match missing {
            Some(i) => goto_question(app, i, true),
            None => {
                show_review(app);
            }
        }
        return;
    }
    match flow::next_in(&app.visible(), Some(from)).or_else(|| pending(app)) {
        Some(i) => goto_question(app, i, false),
        None => {
            app.review_selected = app.visible().len();
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
    match flow::prev_in(&app.visible(), st.index) {
        Some(i) => goto_question(app, i, false),
        None => {
            app.screen = Screen::Welcome;
            app.welcome_selected = 0;
        }
    }
}
