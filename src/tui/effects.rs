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
            let mut session = Session::new(&app.q, &app.lang, Timestamp::now());
            rt.lock = None;
            if let Some(store) = &rt.store {
                let listed = store.list();
                let taken = listed.iter().filter_map(|l| match l {
                    Listed::Ok(s) => Some(s.name.as_str()),
                    Listed::Damaged { .. } => None,
                });
                session.name = session::distinct_name(&session.name, taken);
                // Without the lock the session still starts (answering needs a sitting);
                // its first save then fails and says why.
                rt.lock = store.lock(&session.id).ok();
            }
            Some(Action::SessionStarted(Box::new(session)))
        }
        Effect::Save => {
            let store = rt.store.as_ref()?;
            let saved = app.sitting.as_ref()?.save(store, Timestamp::now());
            Some(Action::Saved(
                saved.map(|_| ()).map_err(|e| e.message(&app.lang)),
            ))
        }
        Effect::LoadSessions => Some(Action::SessionsLoaded(list(
            rt.store.as_ref(),
            &app.q,
            &app.lang,
        ))),
        Effect::OpenStore => {
            if let Some(Err(e)) = rt.store.as_ref().map(Store::create) {
                rt.store = None;
                return Some(Action::NoStorage(e.message(&app.lang)));
            }
            Some(Action::SessionsLoaded(list(
                rt.store.as_ref(),
                &app.q,
                &app.lang,
            )))
        }
        Effect::RetakeSession(id) => {
            let store = rt.store.as_ref()?;
            let old = match store.load(&id) {
                Ok(s) => s,
                Err(e) => return Some(Action::StoreFailed(e.message(&app.lang))),
            };
            let mut session = Session::retake(&app.q, &old, &app.lang, Timestamp::now());
            session.name = store.free_name(&session.name);
            rt.lock = None;
            let access = match store.lock(&session.id) {
                Ok(a) => a,
                Err(e) => return Some(Action::StoreFailed(e.message(&app.lang))),
            };
            let read_only = !access.can_write();
            rt.lock = Some(access);
            // Saved before the first answer, so leaving at once still keeps it listed.
            if let Err(e) = store.save(&session) {
                return Some(Action::StoreFailed(e.message(&app.lang)));
            }
            Some(Action::SessionOpened {
                session: Box::new(session),
                read_only,
            })
        }
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
                Err(e) => Some(Action::StoreFailed(e.message(&app.lang))),
            }
        }
        Effect::RenameSession { id, name } => {
            let store = rt.store.as_ref()?;
            if let Some(current) = app.session().filter(|s| s.id == id) {
                if app.read_only() {
                    return Some(Action::StoreFailed(message(&app.lang, Msg::NotRenamed)));
                }
                return Some(Action::Saved(
                    store.save(current).map_err(|e| e.message(&app.lang)),
                ));
            }
            let result = match store.open_session(&id) {
                Ok((_, Access::ReadOnly)) => Err(message(&app.lang, Msg::NotRenamed)),
                Ok((mut s, Access::Write(_guard))) => {
                    s.name = name;
                    store.save(&s).map_err(|e| e.message(&app.lang))
                }
                Err(e) => Err(e.message(&app.lang)),
            };
            Some(Action::Saved(result))
        }
        Effect::DeleteSession(id) => {
            let store = rt.store.as_ref()?;
            if app.session().is_none_or(|s| s.id == id) {
                rt.lock = None;
            }
            match store.delete(&id) {
                Ok(()) => Some(Action::SessionsLoaded(list(Some(store), &app.q, &app.lang))),
                Err(e) => Some(Action::StoreFailed(message(
                    &app.lang,
                    Msg::NotDeleted(&e.message(&app.lang)),
                ))),
            }
        }
        Effect::ExportCurrent => {
            let r = app.results.as_ref()?;
            let report = app.report(r, true);
            let text = match app.session() {
                Some(s) => report::export_session(&report, report::Format::Markdown, s),
                None => report::render(&report, report::Format::Markdown),
            };
            let stem = match (app.session(), &rt.store) {
                (Some(s), Some(store)) => store.short_id(&s.id),
                (Some(s), None) => s.id.clone(),
                (None, _) => "result".to_owned(),
            };
            Some(Action::Exported(write_export(
                rt.store.as_ref(),
                &stem,
                &text,
                &app.lang,
            )))
        }
        Effect::ExportSession(id) => {
            let store = rt.store.as_ref()?;
            let result = store
                .load(&id)
                .map_err(|e| e.message(&app.lang))
                .and_then(|s| {
                    // In the interface's language, as `sessions export` writes in the
                    // language of the command, whichever the session was answered in.
                    let evaluation = evaluate::evaluate(&app.q, &s.answers, &app.lang);
                    let changes =
                        evaluate::what_would_change(&app.q, &s.answers, &evaluation, EXPORT_BUDGET);
                    let r = Report {
                        questionnaire: &app.q,
                        answers: &s.answers,
                        evaluation: &evaluation,
                        changes: &changes,
                        lang: &app.lang,
                        plan_from: s.updated.to_zoned_datetime(app.tz().clone()).date(),
                        all_changes: true,
                    };
                    // An unfinished session's export says so at its top; a finished one's
                    // carries its roadmap progress.
                    let text = report::export_session(&r, report::Format::Markdown, &s);
                    write_export(Some(store), &store.short_id(&s.id), &text, &app.lang)
                });
            Some(Action::Exported(result))
        }
        Effect::CompareSessions(a, b) => {
            let store = rt.store.as_ref()?;
            let result = store
                .load(&a)
                .and_then(|sa| store.load(&b).map(|sb| Box::new((sa, sb))))
                .map_err(|e| e.message(&app.lang))
                .and_then(|pair| {
                    // Another questionnaire's answers mean nothing to this one.
                    let other = [&pair.0, &pair.1]
                        .into_iter()
                        .find(|s| s.questionnaire.id != app.q.id)
                        .map(|s| {
                            crate::words::t_args(
                                &app.lang,
                                "cli-other_questionnaire",
                                &[
                                    ("id", store.short_id(&s.id).into()),
                                    ("theirs", crate::sanitize::echo(&s.questionnaire.id).into()),
                                    ("ours", crate::sanitize::echo(&app.q.id).into()),
                                ],
                            )
                        });
                    other.map_or(Ok(pair), Err)
                });
            Some(Action::Compared(result))
        }
    }
}

/// The sessions to browse, damaged files with their reason in `lang`.
fn list(store: Option<&Store>, q: &crate::questionnaire::Questionnaire, lang: &str) -> Vec<Entry> {
    let Some(store) = store else {
        return Vec::new();
    };
    store
        .list_with(q)
        .into_iter()
        .map(|l| match l {
            Listed::Ok(s) => Entry::Ok(s),
            Listed::Damaged { path, reason } => Entry::Damaged {
                path,
                reason: reason.message(lang),
            },
        })
        .collect()
}

/// Writes `careerpath-<stem>.md` in the current directory, else in the data directory. An
/// existing file is never replaced: the name gets `-2`, `-3` ... until one is free.
fn write_export(
    store: Option<&Store>,
    stem: &str,
    text: &str,
    lang: &str,
) -> Result<PathBuf, String> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        dirs.push(cwd);
    }
    if let Some(parent) = store.and_then(|s| s.dir().parent()) {
        dirs.push(parent.to_path_buf());
    }
    let mut last = crate::words::t(lang, "export-no_directory");
    for dir in dirs {
        match write_new(&dir, stem, text) {
            Ok(path) => return Ok(path),
            Err((path, e)) => {
                last = format!(
                    "{}: {}",
                    path.display(),
                    crate::store::Why::of(&e).message(lang)
                );
            }
        }
    }
    Err(last)
}

/// How many numbered names are tried before giving up on a directory.
const NAME_TRIES: usize = 1000;

/// Creates the first free `careerpath-<stem>[-N].md` in `dir` (create-new, so a file that
/// appears meanwhile is not replaced either) and writes `text` to it.
fn write_new(dir: &Path, stem: &str, text: &str) -> Result<PathBuf, (PathBuf, std::io::Error)> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut path = dir.join(format!("careerpath-{stem}.md"));
    for n in 2..NAME_TRIES + 2 {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            // The person's answers: readable by them alone, as their sessions are.
            .mode(0o600)
            .open(&path)
        {
            Ok(mut file) => {
                return match file.write_all(text.as_bytes()) {
                    Ok(()) => Ok(path),
                    Err(e) => {
                        // A half-written export is worse than none.
                        let _ = std::fs::remove_file(&path);
                        Err((path, e))
                    }
                };
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                path = dir.join(format!("careerpath-{stem}-{n}.md"));
            }
            Err(e) => return Err((path, e)),
        }
    }
    let e = std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "every export name is taken",
    );
    Err((path, e))
}
