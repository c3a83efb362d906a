//! Runs the [`Effect`]s `update` asks for: the only place the TUI touches the disk or the clock.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::evaluate;
use crate::report::{self, Report};
use crate::session::{self, Session};
use crate::store::{Access, Listed, Store};

use super::app::{Action, App, Effect, Entry};
use super::strings::{Msg, message};

/// What the event loop owns besides the app: the store and the lock on the open session.
pub struct Runtime {
    pub store: Option<Store>,
    /// Held while a session is open for writing; dropping it lets other processes write it.
    pub lock: Option<Access>,
}

const EXPORT_BUDGET: usize = 2000;

pub fn run(app: &App, rt: &mut Runtime, effect: Effect) -> Option<Action> {
    match effect {
        Effect::NewSession => {
            let session = Session::new(&app.q, &app.lang, Timestamp::now());
            rt.lock = None;
            if let Some(store) = &rt.store {
                match store.lock(&session.id) {
                    Ok(access) => rt.lock = Some(access),
                    Err(e) => return Some(Action::StoreFailed(e.to_string())),
                }
            }
            Some(Action::SessionStarted(Box::new(session)))
        }
        Effect::Save => {
            let store = rt.store.as_ref()?;
            if app.read_only {
                return None;
            }
            let mut session = app.session.clone()?;
            session.touch(&app.q, Timestamp::now());
            Some(Action::Saved(
                store.save(&session).map_err(|e| e.to_string()),
            ))
        }
        Effect::LoadSessions => Some(Action::SessionsLoaded(list(rt.store.as_ref()))),
        Effect::OpenSession(id) => {
            let Some(store) = &rt.store else {
                return Some(Action::StoreFailed(message(&app.lang, Msg::NoDataDir)));
            };
            // Our own lock on this session would make the second open look like another process.
            rt.lock = None;
            match store.open_session(&id) {
                Ok((mut session, access)) => {
                    let read_only = !access.can_write();
                    rt.lock = Some(access);
                    session::reconcile(&mut session, &app.q);
                    Some(Action::SessionOpened {
                        session: Box::new(session),
                        read_only,
                    })
                }
                Err(e) => Some(Action::StoreFailed(e.to_string())),
            }
        }
        Effect::RenameSession { id, name } => {
            let store = rt.store.as_ref()?;
            if let Some(current) = app.session.as_ref().filter(|s| s.id == id) {
                if app.read_only {
                    return Some(Action::StoreFailed(message(&app.lang, Msg::NotRenamed)));
                }
                return Some(Action::Saved(
                    store.save(current).map_err(|e| e.to_string()),
                ));
            }
            let result = match store.open_session(&id) {
                Ok((_, Access::ReadOnly)) => Err(message(&app.lang, Msg::NotRenamed)),
                Ok((mut s, Access::Write(_guard))) => {
                    s.name = name;
                    store.save(&s).map_err(|e| e.to_string())
                }
                Err(e) => Err(e.to_string()),
            };
            Some(Action::Saved(result))
        }
        Effect::DeleteSession(id) => {
            let store = rt.store.as_ref()?;
            if app.session.as_ref().is_none_or(|s| s.id == id) {
                rt.lock = None;
            }
            match store.delete(&id) {
                Ok(()) => Some(Action::SessionsLoaded(list(Some(store)))),
                Err(e) => Some(Action::StoreFailed(message(
                    &app.lang,
                    Msg::NotDeleted(&e.to_string()),
                ))),
            }
        }
        Effect::ExportCurrent => {
            let r = app.results.as_ref()?;
            let text = report::render(
                &Report {
                    questionnaire: &app.q,
                    answers: &app.answers,
                    evaluation: &r.evaluation,
                    changes: &r.changes,
                    lang: &app.lang,
                    plan_from: app.plan_from(),
                },
                report::Format::Markdown,
            );
            let stem = app
                .session
                .as_ref()
                .map_or("result", |s| s.id.get(..8).unwrap_or(&s.id));
            Some(Action::Exported(write_export(
                rt.store.as_ref(),
                stem,
                &text,
            )))
        }
        Effect::ExportSession(id) => {
            let store = rt.store.as_ref()?;
            let result = store.load(&id).map_err(|e| e.to_string()).and_then(|s| {
                let evaluation = evaluate::evaluate(&app.q, &s.answers, &s.lang);
                let changes =
                    evaluate::what_would_change(&app.q, &s.answers, &evaluation, EXPORT_BUDGET);
                let text = report::render(
                    &Report {
                        questionnaire: &app.q,
                        answers: &s.answers,
                        evaluation: &evaluation,
                        changes: &changes,
                        lang: &s.lang,
                        plan_from: s.updated.to_zoned_datetime(app.tz().clone()).date(),
                    },
                    report::Format::Markdown,
                );
                write_export(Some(store), s.id.get(..8).unwrap_or(&s.id), &text)
            });
            Some(Action::Exported(result))
        }
        Effect::CompareSessions(a, b) => {
            let store = rt.store.as_ref()?;
            let result = store
                .load(&a)
                .and_then(|sa| store.load(&b).map(|sb| Box::new((sa, sb))))
                .map_err(|e| e.to_string());
            Some(Action::Compared(result))
        }
    }
}

fn list(store: Option<&Store>) -> Vec<Entry> {
    let Some(store) = store else {
        return Vec::new();
    };
    store
        .list()
        .into_iter()
        .map(|l| match l {
            Listed::Ok(s) => Entry::Ok(s),
            Listed::Damaged { path, reason } => Entry::Damaged { path, reason },
        })
        .collect()
}

/// Writes `careerpath-<stem>.md` in the current directory, else in the data directory.
fn write_export(store: Option<&Store>, stem: &str, text: &str) -> Result<PathBuf, String> {
    let name = format!("careerpath-{stem}.md");
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        dirs.push(cwd);
    }
    if let Some(parent) = store.and_then(|s| s.dir().parent()) {
        dirs.push(parent.to_path_buf());
    }
    let mut last = String::from("no directory to write to");
    for dir in dirs {
        let path = dir.join(&name);
        match write_new(&path, text) {
            Ok(()) => return Ok(path),
            Err(e) => last = format!("{}: {e}", path.display()),
        }
    }
    Err(last)
}

fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}
