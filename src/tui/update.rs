//! `update`: applies an [`Action`] to the [`App`]. No I/O: anything that touches
//! the disk or the clock is returned as an [`Effect`] for the event loop.

use crate::flow;
use crate::sitting::Sitting;

use super::app::{
    Action, App, Effect, Ending, MenuItem, Overlay, QuestionState, Screen, WelcomeItem,
};
use super::editor::Editor;
use super::input::Input;
use super::strings::{Msg, message};
use super::view;

mod open;
mod question;
mod reload;
mod review;
mod sessions;

use open::open_session;
use question::question_update;
use review::{results_update, review_update};
use sessions::{sessions_loaded, sessions_update};

pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    // Reports from effects and window events apply whatever is on screen.
    match action {
        Action::Resize { width, height } => {
            app.size = (width, height);
            return None;
        }
        Action::Interrupt => {
            app.exit = Some(Ending::Interrupted);
            return None;
        }
        Action::SessionStarted(session) => {
            let mut session = *session;
            session.lang = app.lang.clone();
            app.sitting = Some(Sitting::new(&app.q, session, false));
            return None;
        }
        Action::Saved(result) => {
            match result {
                Ok(()) => {
                    app.warning = None;
                    app.unsaved = None;
                }
                Err(e) => {
                    // Once quitting was asked about, the next quit leaves: it still says so.
                    let m = if app.quit_asked {
                        Msg::QuitUnsaved(&e, true)
                    } else {
                        Msg::NotSaved(&e)
                    };
                    app.warning = Some(message(&app.lang, m));
                    app.unsaved = Some(e);
                }
            }
            return None;
        }
        Action::Noted(text) => {
            app.notice = Some(text);
            return None;
        }
        Action::StoreFailed(e) => {
            app.warning = Some(e);
            return None;
        }
        Action::NoStorage(why) => {
            app.no_storage = Some(why);
            return None;
        }
        Action::QuestionnaireReloaded(result) => return reload::reloaded(app, result),
        Action::Exported(result) => {
            match result {
                Ok(path) => {
                    let path = path.display().to_string();
                    app.notice = Some(message(&app.lang, Msg::Exported(&path)));
                }
                Err(e) => app.warning = Some(message(&app.lang, Msg::ExportFailed(&e))),
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
                Err(e) => app.warning = Some(message(&app.lang, Msg::CannotCompare(&e))),
            }
            return None;
        }
        _ => {}
    }
    // Below the minimum size nothing is visible to act on: only leaving works.
    if app.too_small() && !matches!(action, Action::Quit | Action::Cancel) {
        return None;
    }
    let before = app.screen;
    let effect = user_action(app, action);
    // Notices and warnings belong to the screen they were given on.
    if app.screen != before {
        app.notice = None;
        app.warning = None;
    }
    effect
}

fn user_action(app: &mut App, action: Action) -> Option<Effect> {
    if let Some(overlay) = app.overlay.clone() {
        return overlay_update(app, overlay, action);
    }
    match action {
        Action::Help => {
            app.overlay = Some(Overlay::Help);
            app.help_scroll = 0;
            return None;
        }
        Action::Menu => {
            app.overlay = Some(Overlay::Menu { selected: 0 });
            return None;
        }
        Action::Quit => return quit(app),
        Action::NewSession => return start_new(app),
        Action::ShowSessions => return show_sessions(app),
        _ => {}
    }
    if action == Action::Submit {
        app.notice = None;
    }
    match app.screen {
        Screen::Welcome => welcome_update(app, action),
        Screen::Question => question_update(app, action),
        Screen::Review => review_update(app, action),
        Screen::Results => results_update(app, action),
        Screen::Sessions => sessions_update(app, action),
    }
}

fn overlay_update(app: &mut App, overlay: Overlay, action: Action) -> Option<Effect> {
    match overlay {
        Overlay::Help => {
            let max = view::help_max_scroll(
                app,
                ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1),
            );
            let page = usize::from(app.size.1 / 2).max(1);
            let scroll = &mut app.help_scroll;
            match action {
                Action::Quit => {
                    app.overlay = None;
                    return quit(app);
                }
                Action::Up | Action::ScrollUp => *scroll = scroll.saturating_sub(1),
                Action::Down | Action::ScrollDown => *scroll = (*scroll + 1).min(max),
                Action::PageUp => *scroll = scroll.saturating_sub(page),
                Action::PageDown => *scroll = (*scroll + page).min(max),
                Action::Click { .. } => {}
                _ => app.overlay = None,
            }
            None
        }
        Overlay::Menu { selected } => {
            let menu = app.menu();
            let n = menu.len();
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
                    app.overlay = None;
                    return quit(app);
                }
                _ => None,
            };
            let item = *pick.and_then(|i| menu.get(i))?;
            app.overlay = None;
            match item {
                MenuItem::Close => None,
                MenuItem::Review => show_review(app),
                MenuItem::Sessions => show_sessions(app),
                MenuItem::Help => {
                    app.overlay = Some(Overlay::Help);
                    app.help_scroll = 0;
                    None
                }
                MenuItem::Quit => quit(app),
            }
        }
    }
}

/// Leaves the program. Every answer is already saved; a sitting that is complete but
/// has no result yet (quit on the review page) gets its result first, so the saved
/// session says what it recommends.
fn quit(app: &mut App) -> Option<Effect> {
    // Answers given in a session another careerpath holds are not saved either, nor are
    // any without a usable data directory; no save is tried for them.
    let touched = app.sitting.as_ref().is_some_and(Sitting::touched);
    let not_tried = if app.read_only() {
        Some(crate::words::t(&app.lang, "read_only_reason"))
    } else {
        app.no_storage.clone()
    };
    let retry = not_tried.is_none();
    if app.unsaved.is_none() && touched {
        app.unsaved = not_tried;
    }
    // Answers only in memory are not dropped at one key: the first quit says so and tries
    // the save again (the disk may have room now); the next one leaves.
    if let Some(why) = app.unsaved.clone()
        && !std::mem::replace(&mut app.quit_asked, true)
    {
        app.warning = Some(message(&app.lang, Msg::QuitUnsaved(&why, retry)));
        return save(app);
    }
    app.exit = Some(Ending::Quit);
    let q = &app.q;
    let sitting = app.sitting.as_mut()?;
    if sitting.unfinished_result(q) {
        let now = sitting.session().updated;
        sitting.finish(q, now).ok()?;
        return save(app);
    }
    // A save that failed is tried once more: the disk may have room again.
    app.unsaved.as_ref().and_then(|_| save(app))
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
        WelcomeItem::Quit => quit(app),
    }
}

/// Starts a fresh session on the first question; the loop creates the session record.
pub fn start_new(app: &mut App) -> Option<Effect> {
    app.sitting = None;
    app.results = None;
    app.review_selected = 0;
    match flow::next_in(&app.visible(), None) {
        Some(i) => goto_question(app, i, false),
        None => app.screen = Screen::Review,
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
    let input = Input::new(question, app.answers().get(&question.id));
    app.question = Some(QuestionState {
        index,
        input,
        message: None,
        from_review,
    });
    app.screen = Screen::Question;
}

/// The review of the open session. Without one (none started yet, or the open one was
/// deleted) a new session starts, so answers changed from the review are saved.
fn show_review(app: &mut App) -> Option<Effect> {
    let effect = app.sitting.is_none().then(|| start_new(app)).flatten();
    app.screen = Screen::Review;
    let rows = app.visible().len() + 1;
    app.review_selected = app.review_selected.min(rows - 1);
    effect
}

/// The first visible question the open session still needs.
fn pending(app: &App) -> Option<usize> {
    match &app.sitting {
        Some(s) => s.pending(&app.q),
        None => flow::next_in(&app.visible(), None),
    }
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

fn save(app: &App) -> Option<Effect> {
    app.sitting
        .as_ref()
        .filter(|s| !s.read_only())
        .map(|_| Effect::Save)
}
