//! The sessions browser, and opening a saved session.

use crate::session::Status;

use super::{edit, move_index, page};
use crate::tui::app::{Action, App, Effect, Entry, Screen};
use crate::tui::editor::Editor;
use crate::tui::strings::{Msg, message};
use crate::tui::view;

pub(super) fn sessions_loaded(app: &mut App, entries: Vec<Entry>) {
    // Only this questionnaire's: another's would be opened against this one.
    app.resumable = entries.iter().find_map(|e| match e {
        Entry::Ok(s) if s.status == Status::InProgress && s.questionnaire.id == app.q.id => {
            Some(s.clone())
        }
        _ => None,
    });
    app.sessions.entries = std::rc::Rc::new(entries);
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

pub(super) fn selected_entry(app: &App) -> Option<Entry> {
    app.filtered_sessions()
        .get(app.sessions.selected)
        .map(|e| (*e).clone())
}

pub(super) fn sessions_update(app: &mut App, action: Action) -> Option<Effect> {
    let s = &mut app.sessions;
    if let Some(id) = s.confirm_delete.clone() {
        s.confirm_delete = None;
        if action == Action::Submit {
            // The row stays until the store says it is gone (the list comes back without
            // it); a refused delete (open in another careerpath) leaves it where it was.
            // The session open here for writing is ours to delete, so it is closed now.
            if !app.read_only() && app.session().is_some_and(|x| x.id == id) {
                app.sitting = None;
            }
            return Some(Effect::DeleteSession(id));
        }
        return None;
    }
    if let Some((id, mut editor)) = s.renaming.take() {
        match action {
            Action::Submit => {
                let name = crate::session::name_from(&editor.text())?;
                for e in std::rc::Rc::make_mut(&mut s.entries) {
                    if let Entry::Ok(x) = e
                        && x.id == id
                    {
                        x.name = name.clone();
                    }
                }
                if let Some(cur) = app.sitting.as_mut()
                    && cur.session().id == id
                {
                    cur.rename(name.clone());
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
                s.filter
                    .extend(p.chars().filter(|c| !crate::sanitize::is_unsafe(*c)));
                s.selected = 0;
            }
            Action::Backspace => {
                s.filter.pop();
            }
            Action::DeleteWord => {
                let mut filter = Editor::new(&s.filter);
                filter.end();
                filter.delete_word();
                s.filter = filter.text();
            }
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
    // A session of another questionnaire would be evaluated (or reconciled, losing its
    // answers) against this one: refuse it, as `resume` and `sessions export` do.
    if matches!(action, Action::Submit | Action::Export | Action::Retake)
        && let Some(Entry::Ok(x)) = &selected
        && x.questionnaire.id != app.q.id
    {
        let theirs = crate::sanitize::echo(&x.questionnaire.id);
        app.warning = Some(message(&app.lang, Msg::OtherQuestionnaire(&theirs)));
        return None;
    }
    let s = &mut app.sessions;
    match action {
        Action::Submit => match selected? {
            Entry::Ok(x) => Some(Effect::OpenSession(x.id)),
            Entry::Damaged { reason, .. } => {
                app.notice = Some(message(&app.lang, Msg::CannotOpen(&reason)));
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
            // A damaged file is deleted by the id its name carries, as `sessions delete` does.
            s.confirm_delete = selected_id.or_else(|| match &selected {
                Some(Entry::Damaged { path, .. }) => path
                    .file_stem()
                    .and_then(|stem| stem.to_str())
                    .filter(|stem| crate::session::valid_id(stem))
                    .map(str::to_owned),
                _ => None,
            });
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
                app.notice = Some(message(&app.lang, Msg::MarkTwo));
                None
            }
        }
        Action::Export => selected_id.map(Effect::ExportSession),
        Action::Retake => selected_id.map(Effect::RetakeSession),
        Action::Back | Action::Cancel => {
            app.screen = Screen::Welcome;
            None
        }
        _ => None,
    }
}
