//! The review and results screens.

use crate::tui::app::{Action, App, Effect, ResultsState, Screen};
use crate::tui::strings::{Msg, message};
use crate::tui::view;

use super::question::set_message;
use super::{goto_question, move_index, page, save, show_review};

pub(super) fn review_update(app: &mut App, action: Action) -> Option<Effect> {
    let visible = app.visible().into_owned();
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

/// Evaluates and shows the result, unless a question it needs is still open.
pub(super) fn show_results(app: &mut App) -> Option<Effect> {
    let Some(sitting) = app.sitting.as_mut() else {
        return show_review(app);
    };
    // A retake's carried answers are gone through, on from the first not seen yet.
    if let Some(first) = sitting.unconfirmed(&app.q) {
        goto_question(app, first, false);
        let m = message(&app.lang, Msg::ConfirmCarried);
        return set_message(app, m);
    }
    // The loop stamps the real time when it saves; update reads no clock.
    let now = sitting.session().updated;
    let evaluation = match sitting.finish(&app.q, now) {
        Ok(e) => e,
        Err(missing) => {
            let first = missing.first().copied()?;
            goto_question(app, first, true);
            let m = message(&app.lang, Msg::AnswerFirst);
            return set_message(app, m);
        }
    };
    let changes = sitting.changes(&app.q, &evaluation);
    app.results = Some(ResultsState {
        evaluation,
        changes,
        scroll: 0,
        all_changes: false,
        item: 0,
    });
    app.screen = Screen::Results;
    save(app)
}

pub(super) fn results_update(app: &mut App, action: Action) -> Option<Effect> {
    // A page less two lines, kept for context, as pagers turn pages.
    let page = page_height(app).saturating_sub(2).max(1);
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
        Action::ShowReview | Action::Back => show_review(app),
        Action::Export => app.results.as_ref().map(|_| Effect::ExportCurrent),
        Action::ToggleAllChanges => {
            if let Some(r) = app.results.as_mut() {
                r.all_changes = !r.all_changes;
            }
            None
        }
        Action::ShowResults if app.results.is_none() => show_results(app),
        Action::NextItem | Action::PreviousItem => {
            move_item(app, action == Action::NextItem);
            None
        }
        Action::MarkItem(state) => mark_item(app, state),
        _ => None,
    }
}

/// Moves the roadmap highlight one item on or back and scrolls it into view. A highlight
/// that is off the page is only brought into view: the first `]` shows item 1.1 rather
/// than moving past an item the person never saw highlighted.
fn move_item(app: &mut App, forward: bool) {
    let height = page_height(app);
    let (max, rows) = view::results_items(app);
    let Some(r) = app.results.as_mut() else {
        return;
    };
    if rows.is_empty() {
        return;
    }
    if in_view(r, &rows, height) {
        r.item = if forward {
            (r.item + 1).min(rows.len() - 1)
        } else {
            r.item.saturating_sub(1)
        };
    }
    scroll_to_item(r, &rows, height, max);
}

/// The results page's height above the line that says there is more.
fn page_height(app: &App) -> u16 {
    view::results_body(app).height.saturating_sub(1).max(1)
}

/// Whether the highlighted item's line is on the page now.
fn in_view(r: &ResultsState, rows: &[(usize, usize)], height: u16) -> bool {
    rows.get(r.item).is_some_and(|&(row, _)| {
        let row = u16::try_from(row).unwrap_or(u16::MAX);
        row >= r.scroll && row < r.scroll.saturating_add(height)
    })
}

/// Scrolls so the highlighted item is on the page, with a line of context above and below;
/// coming from below, with its stage's heading above it when that fits (the heading says
/// which stage the item is in and how far it got).
fn scroll_to_item(r: &mut ResultsState, rows: &[(usize, usize)], height: u16, max: u16) {
    let Some(&(row, head)) = rows.get(r.item) else {
        return;
    };
    let row = u16::try_from(row).unwrap_or(u16::MAX);
    let head = u16::try_from(head).unwrap_or(u16::MAX);
    if row < r.scroll.saturating_add(1) {
        r.scroll = if row.saturating_sub(head) + 2 <= height {
            head
        } else {
            row.saturating_sub(1)
        };
    } else if row.saturating_add(1) >= r.scroll.saturating_add(height) {
        r.scroll = row.saturating_add(2).saturating_sub(height);
    }
    r.scroll = r.scroll.min(max);
}

/// Sets the highlighted item's state and saves; a session held by another careerpath is
/// left as it is, and says so.
fn mark_item(app: &mut App, state: Option<crate::roadmap::State>) -> Option<Effect> {
    if app.read_only() {
        app.notice = Some(crate::words::t(&app.lang, "roadmap-read_only"));
        return None;
    }
    // An item off the page is shown first, not changed unseen.
    let height = page_height(app);
    let (max, rows) = view::results_items(app);
    let r = app.results.as_mut()?;
    if !in_view(r, &rows, height) {
        scroll_to_item(r, &rows, height, max);
        return None;
    }
    let item = app.results.as_ref()?.item;
    let target = {
        let stages = view::tracked(app)?;
        let mut flat = stages
            .iter()
            .flat_map(|st| st.items.iter().map(move |i| (st.number, i.number)));
        let (n, k) = flat.nth(item)?;
        crate::roadmap::Target::Item(n, k)
    };
    let changed = app
        .sitting
        .as_mut()?
        .mark(&app.q, target, state, jiff::Timestamp::now())
        .ok()?;
    (changed > 0).then(|| save(app)).flatten()
}
