//! Opening a saved session: a sitting on it, what changed in the questionnaire, and where
//! to go (its result when complete, else the first question it still needs).

use crate::session::{Session, Status};
use crate::sitting::Sitting;
use crate::tui::app::{App, Screen};
use crate::tui::strings::{Msg, message};

use super::review::show_results;
use super::{goto_question, show_review};

pub(super) fn open_session(app: &mut App, mut session: Session, read_only: bool) {
    app.results = None;
    let complete = session.status == Status::Complete;
    let mut changes = Vec::new();
    if !session.set_aside.is_empty() {
        changes.push(message(&app.lang, Msg::KeptAside(session.set_aside.len())));
    }
    if !session.needs_answer.is_empty() {
        changes.push(message(
            &app.lang,
            Msg::AskedAgain(session.needs_answer.len()),
        ));
    }
    if let Some(r) = session
        .result
        .as_ref()
        .filter(|_| session.result_outdated(&app.q))
    {
        changes.push(message(
            &app.lang,
            Msg::Reevaluated {
                was: r.questionnaire_version,
                now: app.q.version,
            },
        ));
    }
    session.lang = app.lang.clone();
    let (sitting, _) = Sitting::open(&app.q, session, read_only);
    let at = sitting.resume_at(&app.q);
    app.sitting = Some(sitting);
    match at {
        None if complete => {
            app.screen = Screen::Review;
            show_results(app);
        }
        Some(i) => goto_question(app, i, false),
        None => {
            show_review(app);
        }
    }
    if !changes.is_empty() {
        app.notice = Some(message(
            &app.lang,
            Msg::QuestionnaireChanged(&changes.join("; ")),
        ));
    }
}
