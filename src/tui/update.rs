//! `update`: applies an [`Action`] to the [`App`]. No I/O: anything that touches
//! the disk or the clock is returned as an [`Effect`] for the event loop.

use crate::evaluate;
use crate::flow;
use crate::questionnaire::{Answer, QuestionKind};
use crate::session::Status;

use super::app::{
    Action, App, Effect, Entry, MENU, MenuItem, Overlay, QuestionState, ResultsState, Screen,
    WelcomeItem,
};
use super::editor::Editor;
use super::input::{self, Input};
use super::view;

/// How many single-answer changes "what would change it" may try.
const CHANGE_BUDGET: usize = 2000;

pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    // Reports from effects and window events apply whatever is on screen.
    match action {
        Action::Resize { width, height } => {
            app.size = (width, height);
            return None;
        }
        Action::Interrupt => {
            app.exit = Some(130);
            return None;
        }
        Action::SessionStarted(session) => {
            let mut session = *session;
            session.answers = app.answers.clone();
            app.session = Some(session);
            app.read_only = false;
            return None;
        }
        Action::Saved(result) => {
            match result {
                Ok(()) => app.warning = None,
                Err(e) => {
                    app.warning = Some(format!(
                        "Not saved: {e}. Your answers are kept while careerpath runs."
                    ))
                }
            }
            return None;
        }
        Action::StoreFailed(e) => {
            app.warning = Some(e);
            return None;
        }
        Action::Exported(result) => {
            match result {
                Ok(path) => app.notice = Some(format!("Exported to {}", path.display())),
                Err(e) => app.warning = Some(format!("Export failed: {e}")),
            }
            return None;
        }
        Action::SessionsLoaded(entries) => {
            sessions_loaded(app, entries);
            return None;
        }
        Action::SessionOpened { session, read_only } => {
            open_session(app, *session, read_only);
            return None;
        }
        Action::Compared(result) => {
            match result {
                Ok(pair) => {
                    app.sessions.compare = Some(pair);
                    app.sessions.compare_scroll = 0;
                }
                Err(e) => app.warning = Some(format!("Cannot compare: {e}")),
            }
            return None;
        }
        _ => {}
    }
    // Below the minimum size nothing is visible to act on: only leaving works.
    if app.too_small() && !matches!(action, Action::Quit | Action::Cancel) {
        return None;
    }
    if let Some(overlay) = app.overlay.clone() {
        return overlay_update(app, overlay, action);
    }
    match action {
        Action::Help => {
            app.overlay = Some(Overlay::Help);
            return None;
        }
        Action::Menu => {
            app.overlay = Some(Overlay::Menu { selected: 0 });
            return None;
        }
        Action::Quit => {
            app.exit = Some(0);
            return None;
        }
        Action::NewSession => return start_new(app),
        Action::ShowSessions => return show_sessions(app),
        _ => {}
    }
    let before = app.screen;
    if action == Action::Submit {
        app.notice = None;
    }
    let effect = match app.screen {
        Screen::Welcome => welcome_update(app, action),
        Screen::Question => question_update(app, action),
        Screen::Review => review_update(app, action),
        Screen::Results => results_update(app, action),
        Screen::Sessions => sessions_update(app, action),
    };
    // A notice belongs to the screen it was given on.
    if app.screen != before {
        app.notice = None;
    }
    effect
}

fn overlay_update(app: &mut App, overlay: Overlay, action: Action) -> Option<Effect> {
    match overlay {
        Overlay::Help => {
            if matches!(action, Action::Quit) {
                app.exit = Some(0);
            }
            if !matches!(
                action,
                Action::ScrollUp | Action::ScrollDown | Action::Click { .. }
            ) {
                app.overlay = None;
            }
            None
        }
        Overlay::Menu { selected } => {
            let n = MENU.len();
            let pick = match action {
                Action::Up | Action::ScrollUp => {
                    app.overlay = Some(Overlay::Menu {
                        selected: (selected + n - 1) % n,
                    });
                    None
                }
                Action::Down | Action::ScrollDown => {
                    app.overlay = Some(Overlay::Menu {
                        selected: (selected + 1) % n,
                    });
                    None
                }
                Action::Submit => Some(selected),
                Action::Pick(k) if (1..=n).contains(&(k as usize)) => Some(k as usize - 1),
                Action::Click { col, row } => view::menu_row_at(app, col, row),
                Action::Cancel | Action::Menu => {
                    app.overlay = None;
                    None
                }
                Action::Quit => {
                    app.exit = Some(0);
                    None
                }
                _ => None,
            };
            let item = pick.and_then(|i| MENU.get(i))?.1;
            app.overlay = None;
            match item {
                MenuItem::Close => None,
                MenuItem::Review => {
                    show_review(app);
                    None
                }
                MenuItem::Sessions => show_sessions(app),
                MenuItem::Help => {
                    app.overlay = Some(Overlay::Help);
                    None
                }
                MenuItem::Quit => {
                    app.exit = Some(0);
                    None
                }
            }
        }
    }
}

fn move_index(current: usize, len: usize, action: &Action, page: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    Some(match action {
        Action::Up | Action::ScrollUp => current.saturating_sub(1),
        Action::Down | Action::ScrollDown => (current + 1).min(last),
        Action::PageUp => current.saturating_sub(page.max(1)),
        Action::PageDown => (current + page.max(1)).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        _ => return None,
    })
}

fn page(app: &App) -> usize {
    usize::from(app.size.1 / 2).max(1)
}

fn welcome_update(app: &mut App, action: Action) -> Option<Effect> {
    let items = app.welcome_items();
    if let Some(i) = move_index(app.welcome_selected, items.len(), &action, page(app)) {
        app.welcome_selected = i;
        return None;
    }
    let chosen = match action {
        Action::Submit => app.welcome_selected,
        Action::Pick(k) if (1..=items.len()).contains(&(k as usize)) => k as usize - 1,
        Action::Click { col, row } => view::welcome_row_at(app, col, row)?,
        _ => return None,
    };
    app.welcome_selected = chosen;
    match items.get(chosen)? {
        WelcomeItem::New => start_new(app),
        WelcomeItem::Resume => app
            .resumable
            .as_ref()
            .map(|s| Effect::OpenSession(s.id.clone())),
        WelcomeItem::Sessions => show_sessions(app),
        WelcomeItem::Quit => {
            app.exit = Some(0);
            None
        }
    }
}

/// Starts a fresh session on the first question; the loop creates the session record.
pub fn start_new(app: &mut App) -> Option<Effect> {
    app.answers.clear();
    app.skipped.clear();
    app.session = None;
    app.read_only = false;
    app.results = None;
    app.review_selected = 0;
    match flow::next(&app.q, &app.answers, None) {
        Some(i) => goto_question(app, i, false),
        None => show_review(app),
    }
    Some(Effect::NewSession)
}

fn show_sessions(app: &mut App) -> Option<Effect> {
    app.screen = Screen::Sessions;
    app.sessions.compare = None;
    app.sessions.renaming = None;
    app.sessions.confirm_delete = None;
    Some(Effect::LoadSessions)
}

pub fn goto_question(app: &mut App, index: usize, from_review: bool) {
    let Some(question) = app.q.questions.get(index) else {
        show_review(app);
        return;
    };
    let input = Input::new(question, app.answers.get(&question.id));
    app.question = Some(QuestionState {
        index,
        input,
        message: None,
        from_review,
    });
    app.screen = Screen::Question;
}

fn show_review(app: &mut App) {
    app.screen = Screen::Review;
    let rows = flow::visible(&app.q, &app.answers).len() + 1;
    app.review_selected = app.review_selected.min(rows - 1);
}

/// The first visible question with no answer that the user has not chosen to skip.
fn pending(app: &App) -> Option<usize> {
    flow::visible(&app.q, &app.answers).into_iter().find(|&i| {
        let id = &app.q.questions[i].id;
        !app.answers.contains_key(id) && !app.skipped.contains(id)
    })
}

fn question_update(app: &mut App, action: Action) -> Option<Effect> {
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
            st.message = toggle(question, checked, c);
        }
        (Input::Multi { cursor, checked }, Action::Pick(k)) => {
            if let Some(i) = (*k as usize).checked_sub(1).filter(|&i| i < checked.len()) {
                *cursor = i;
                st.message = toggle(question, checked, i);
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
                        st.message = toggle(question, checked, i);
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
fn toggle(
    question: &crate::questionnaire::Question,
    checked: &mut [bool],
    i: usize,
) -> Option<String> {
    let on = checked.get(i).copied()?;
    if !on
        && let QuestionKind::Multi { max: Some(max), .. } = question.kind
        && checked.iter().filter(|c| **c).count() as u32 >= max
    {
        return Some(format!("You can choose at most {max}; untick one first."));
    }
    checked[i] = !on;
    None
}

fn edit(editor: &mut Editor, action: &Action, allowed: impl Fn(char) -> bool) {
    match action {
        Action::Insert(c) if allowed(*c) => editor.insert(*c),
        Action::Paste(s) => editor.paste(
            &s.chars()
                .filter(|c| allowed(*c) || c.is_whitespace())
                .collect::<String>(),
        ),
        Action::Backspace => editor.backspace(),
        Action::Delete => editor.delete(),
        Action::DeleteWord => editor.delete_word(),
        Action::Left => editor.left(),
        Action::Right => editor.right(),
        Action::Home | Action::Top => editor.home(),
        Action::End | Action::Bottom => editor.end(),
        _ => {}
    }
}

/// Validates the entry on screen; on success records it, saves, and moves on.
fn submit(app: &mut App) -> Option<Effect> {
    let st = app.question.as_ref()?;
    let index = st.index;
    let question = app.q.questions.get(index)?;
    let entered = st.input.answer(question);
    let answer = match entered {
        Err(message) => return set_message(app, message),
        Ok(None) if question.required => {
            let how = match question.kind {
                QuestionKind::Confirm => "An answer is required: press y or n.",
                QuestionKind::Scale { .. } => {
                    "An answer is required: pick a value with ← → or a digit."
                }
                _ => "An answer is required to go on.",
            };
            return set_message(app, how.to_owned());
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

fn set_message(app: &mut App, message: String) -> Option<Effect> {
    if let Some(st) = app.question.as_mut() {
        st.message = Some(message);
    }
    None
}

/// The widget's own checks, then the questionnaire's constraint.
fn validate(app: &App, index: usize, answer: &Answer) -> Result<(), String> {
    let question = &app.q.questions[index];
    input::check(question, answer)?;
    flow::check_constraint(&app.q, index, &app.answers, answer, &app.lang)
}

fn skip(app: &mut App) -> Option<Effect> {
    let st = app.question.as_ref()?;
    let index = st.index;
    let question = app.q.questions.get(index)?;
    if question.required {
        return set_message(
            app,
            "This question needs an answer; it cannot be skipped.".to_owned(),
        );
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
fn remember_skips(app: &mut App, index: usize) {
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
fn answers_changed(app: &mut App) {
    flow::prune(&app.q, &mut app.answers);
    app.results = None;
    if let Some(s) = app.session.as_mut() {
        s.answers = app.answers.clone();
        s.status = Status::InProgress;
        s.lang = app.lang.clone();
    }
}

fn save(app: &App) -> Option<Effect> {
    (!app.read_only).then_some(Effect::Save)
}

fn advance(app: &mut App, from: usize) {
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

fn go_back(app: &mut App) {
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

fn review_update(app: &mut App, action: Action) -> Option<Effect> {
    let visible = flow::visible(&app.q, &app.answers);
    let rows = visible.len() + 1;
    if let Some(i) = move_index(app.review_selected, rows, &action, page(app)) {
        app.review_selected = i;
        return None;
    }
    match action {
        Action::Submit => match visible.get(app.review_selected) {
            Some(&i) => {
                goto_question(app, i, true);
                None
            }
            None => show_results(app),
        },
        Action::Click { col, row } => {
            let r = view::review_row_at(app, col, row)?;
            if r == app.review_selected {
                return review_update(app, Action::Submit);
            }
            app.review_selected = r;
            None
        }
        Action::ShowResults => show_results(app),
        Action::Back => {
            match visible.last() {
                Some(&i) => goto_question(app, i, false),
                None => app.screen = Screen::Welcome,
            }
            None
        }
        _ => None,
    }
}

/// Evaluates and shows the result, unless a required question is still open.
fn show_results(app: &mut App) -> Option<Effect> {
    let missing = flow::visible(&app.q, &app.answers).into_iter().find(|&i| {
        app.q.questions[i].required && !app.answers.contains_key(&app.q.questions[i].id)
    });
    if let Some(i) = missing {
        goto_question(app, i, true);
        return set_message(
            app,
            "Answer this question first to see the recommendation.".to_owned(),
        );
    }
    let evaluation = evaluate::evaluate(&app.q, &app.answers, &app.lang);
    let changes = evaluate::what_would_change(&app.q, &app.answers, &evaluation, CHANGE_BUDGET);
    if let Some(s) = app.session.as_mut() {
        s.answers = app.answers.clone();
        // The loop stamps the real time when it saves; update reads no clock.
        let now = s.updated;
        s.set_result(&app.q, evaluation.clone(), now);
    }
    app.results = Some(ResultsState {
        evaluation,
        changes,
        scroll: 0,
    });
    app.screen = Screen::Results;
    save(app)
}

fn results_update(app: &mut App, action: Action) -> Option<Effect> {
    let page = page(app) as u16;
    let max = view::results_max_scroll(app);
    if let Some(r) = app.results.as_mut() {
        match action {
            Action::Up | Action::ScrollUp => r.scroll = r.scroll.saturating_sub(1),
            Action::Down | Action::ScrollDown => r.scroll = r.scroll.saturating_add(1),
            Action::PageUp => r.scroll = r.scroll.saturating_sub(page),
            Action::PageDown => r.scroll = r.scroll.saturating_add(page),
            Action::Top => r.scroll = 0,
            Action::Bottom => r.scroll = u16::MAX,
            _ => {}
        }
        // The view clamps the scroll to the content; keep the state in step with it.
        r.scroll = r.scroll.min(max);
    }
    match action {
        Action::ShowReview | Action::Back => {
            show_review(app);
            None
        }
        Action::Export => app.results.as_ref().map(|_| Effect::ExportCurrent),
        Action::ShowResults if app.results.is_none() => show_results(app),
        _ => None,
    }
}

fn sessions_loaded(app: &mut App, entries: Vec<Entry>) {
    app.resumable = entries.iter().find_map(|e| match e {
        Entry::Ok(s) if s.status == Status::InProgress => Some(s.clone()),
        _ => None,
    });
    app.sessions.entries = entries;
    app.sessions.loaded = true;
    let n = app.filtered_sessions().len();
    app.sessions.selected = app.sessions.selected.min(n.saturating_sub(1));
    let ids: Vec<String> = app
        .sessions
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Ok(s) => Some(s.id.clone()),
            Entry::Damaged { .. } => None,
        })
        .collect();
    app.sessions.marked.retain(|m| ids.contains(m));
    let items = app.welcome_items().len();
    app.welcome_selected = app.welcome_selected.min(items - 1);
}

fn open_session(app: &mut App, session: crate::session::Session, read_only: bool) {
    app.answers = session.answers.clone();
    flow::prune(&app.q, &mut app.answers);
    app.skipped.clear();
    app.read_only = read_only;
    app.results = None;
    let complete = session.status == Status::Complete;
    let mut changes = Vec::new();
    if !session.set_aside.is_empty() {
        changes.push(format!(
            "{} answer(s) to removed questions are kept aside (see the review)",
            session.set_aside.len()
        ));
    }
    if !session.needs_answer.is_empty() {
        changes.push(format!(
            "{} question(s) changed and will be asked again",
            session.needs_answer.len()
        ));
    }
    if let Some(r) = session
        .result
        .as_ref()
        .filter(|_| session.result_outdated(&app.q))
    {
        changes.push(format!(
            "the saved result came from version {}; it is re-evaluated with version {}",
            r.questionnaire_version, app.q.version
        ));
    }
    // Optional questions before where the user stopped (or anywhere, once complete) were skipped.
    let stop = session
        .current
        .as_deref()
        .and_then(|id| app.q.question_index(id))
        .unwrap_or(0);
    for i in flow::visible(&app.q, &app.answers) {
        let question = &app.q.questions[i];
        if (complete || i < stop) && !question.required && !app.answers.contains_key(&question.id) {
            app.skipped.insert(question.id.clone());
        }
    }
    app.session = Some(session);
    if complete && pending(app).is_none() {
        app.screen = Screen::Review;
        show_results(app);
    } else {
        match pending(app) {
            Some(i) => goto_question(app, i, false),
            None => show_review(app),
        }
    }
    if !changes.is_empty() {
        app.notice = Some(format!(
            "The questionnaire changed since this session: {}.",
            changes.join("; ")
        ));
    }
}

fn selected_entry(app: &App) -> Option<Entry> {
    app.filtered_sessions()
        .get(app.sessions.selected)
        .map(|e| (*e).clone())
}

fn sessions_update(app: &mut App, action: Action) -> Option<Effect> {
    let s = &mut app.sessions;
    if let Some(id) = s.confirm_delete.clone() {
        s.confirm_delete = None;
        if action == Action::Submit {
            s.entries
                .retain(|e| !matches!(e, Entry::Ok(x) if x.id == id));
            s.marked.retain(|m| *m != id);
            if app.session.as_ref().is_some_and(|x| x.id == id) {
                app.session = None;
            }
            let n = app.filtered_sessions().len();
            app.sessions.selected = app.sessions.selected.min(n.saturating_sub(1));
            return Some(Effect::DeleteSession(id));
        }
        return None;
    }
    if let Some((id, mut editor)) = s.renaming.take() {
        match action {
            Action::Submit => {
                let name = editor.text().trim().to_owned();
                if name.is_empty() {
                    return None;
                }
                for e in &mut s.entries {
                    if let Entry::Ok(x) = e
                        && x.id == id
                    {
                        x.name = name.clone();
                    }
                }
                if let Some(cur) = app.session.as_mut()
                    && cur.id == id
                {
                    cur.name = name.clone();
                }
                return Some(Effect::RenameSession { id, name });
            }
            Action::Cancel => return None,
            a => edit(&mut editor, &a, |_| true),
        }
        s.renaming = Some((id, editor));
        return None;
    }
    if s.compare.is_some() {
        match action {
            Action::Cancel | Action::Back => s.compare = None,
            Action::Up | Action::ScrollUp => s.compare_scroll = s.compare_scroll.saturating_sub(1),
            Action::Down | Action::ScrollDown => {
                s.compare_scroll = s.compare_scroll.saturating_add(1)
            }
            Action::PageUp => s.compare_scroll = s.compare_scroll.saturating_sub(10),
            Action::PageDown => s.compare_scroll = s.compare_scroll.saturating_add(10),
            Action::Top => s.compare_scroll = 0,
            _ => {}
        }
        return None;
    }
    if s.filtering {
        match action {
            Action::Insert(c) => {
                s.filter.push(c);
                s.selected = 0;
            }
            Action::Paste(p) => {
                s.filter.extend(p.chars().filter(|c| !c.is_control()));
                s.selected = 0;
            }
            Action::Backspace => {
                s.filter.pop();
            }
            Action::DeleteWord => s.filter.clear(),
            Action::Submit => s.filtering = false,
            Action::Cancel => {
                s.filter.clear();
                s.filtering = false;
            }
            _ => {}
        }
        return None;
    }
    let rows = app.filtered_sessions().len();
    if let Some(i) = move_index(app.sessions.selected, rows, &action, page(app)) {
        app.sessions.selected = i;
        return None;
    }
    let selected = selected_entry(app);
    let selected_id = match &selected {
        Some(Entry::Ok(x)) => Some(x.id.clone()),
        _ => None,
    };
    let s = &mut app.sessions;
    match action {
        Action::Submit => match selected? {
            Entry::Ok(x) => Some(Effect::OpenSession(x.id)),
            Entry::Damaged { reason, .. } => {
                app.notice = Some(format!("This file cannot be opened: {reason}"));
                None
            }
        },
        Action::Click { col, row } => {
            let r = view::sessions_row_at(app, col, row)?;
            if r == app.sessions.selected {
                return sessions_update(app, Action::Submit);
            }
            app.sessions.selected = r;
            None
        }
        Action::Filter => {
            s.filtering = true;
            None
        }
        Action::Rename => {
            if let Some(Entry::Ok(x)) = selected {
                s.renaming = Some((x.id, Editor::new(&x.name)));
            }
            None
        }
        Action::DeleteSession => {
            s.confirm_delete = selected_id;
            None
        }
        Action::Toggle => {
            let id = selected_id?;
            if let Some(pos) = s.marked.iter().position(|m| *m == id) {
                s.marked.remove(pos);
            } else {
                if s.marked.len() >= 2 {
                    s.marked.remove(0);
                }
                s.marked.push(id);
            }
            None
        }
        Action::Compare => {
            if let [a, b] = s.marked.as_slice() {
                Some(Effect::CompareSessions(a.clone(), b.clone()))
            } else {
                app.notice =
                    Some("Mark two sessions with Space, then press c to compare them.".to_owned());
                None
            }
        }
        Action::Export => selected_id.map(Effect::ExportSession),
        Action::Back | Action::Cancel => {
            app.screen = Screen::Welcome;
            None
        }
        _ => None,
    }
}
