//! The TUI's sessions browser without a terminal: what a refused delete leaves, and stored
//! outcome titles in the screen's language (issue 9, items 8 and 11).

use std::path::PathBuf;

use careerpath::questionnaire::{Questionnaire, builtin};
use careerpath::session::{Progress, QuestionnaireRef, Status};
use careerpath::store::Summary;
use careerpath::tui::app::Entry;
use careerpath::tui::update::update;
use careerpath::tui::{Action, App, Effect, Theme, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn q() -> Questionnaire {
    builtin().unwrap_or_else(|e| panic!("{e}"))
}

fn summary(id: &str, name: &str, outcome: Option<&str>) -> Entry {
    Entry::Ok(Summary {
        edited: false,
        id: id.into(),
        name: name.into(),
        created: "2026-11-20T10:00:00Z".parse().unwrap_or_default(),
        updated: "2026-11-21T11:30:00Z".parse().unwrap_or_default(),
        status: Status::Complete,
        progress: Progress {
            answered: 9,
            total: 9,
        },
        outcome: outcome.map(str::to_owned),
        questionnaire: QuestionnaireRef {
            id: "python-or-rust".into(),
            version: 3,
            hash: String::new(),
        },
        lang: "en".into(),
        roadmap: None,
        path: PathBuf::from(format!("/data/sessions/{id}.yaml")),
    })
}

fn browser(lang: &str) -> App {
    let mut app = App::new(q(), lang.into(), Theme::mono());
    app.size = (100, 20);
    update(&mut app, Action::ShowSessions);
    update(
        &mut app,
        Action::SessionsLoaded(vec![
            summary("0197aaaa", "First", Some("Python first")),
            summary("0197bbbb", "Second", Some("Rust first")),
        ]),
    );
    app
}

fn ids(app: &App) -> Vec<String> {
    app.sessions
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Ok(s) => Some(s.id.clone()),
            Entry::Damaged { .. } => None,
        })
        .collect()
}

/// Item 8: deleting a session that is open in another careerpath is refused by the store;
/// the browser keeps its row (and the selection on it) and says why.
#[test]
fn a_refused_delete_keeps_the_row() {
    let mut app = browser("en");
    update(&mut app, Action::Down);
    assert_eq!(update(&mut app, Action::DeleteSession), None);
    let effect = update(&mut app, Action::Submit);
    assert_eq!(effect, Some(Effect::DeleteSession("0197bbbb".into())));
    // What the effect reports when another process holds the session.
    update(
        &mut app,
        Action::StoreFailed("Not deleted: session 0197bbbb is open in another careerpath".into()),
    );
    assert_eq!(
        ids(&app),
        ["0197aaaa", "0197bbbb"],
        "the row is still there"
    );
    assert_eq!(app.sessions.selected, 1, "and still selected");
    assert!(
        app.warning
            .as_deref()
            .is_some_and(|w| w.contains("open in another")),
        "{:?}",
        app.warning
    );
    // A delete that succeeds comes back as the new list, without the row.
    update(&mut app, Action::DeleteSession);
    update(&mut app, Action::Submit);
    update(
        &mut app,
        Action::SessionsLoaded(vec![summary("0197aaaa", "First", Some("Python first"))]),
    );
    assert_eq!(ids(&app), ["0197aaaa"]);
    assert_eq!(app.sessions.selected, 0);
}

fn screen(app: &mut App) -> String {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    t.draw(|f| view::render(app, f.area(), f.buffer_mut()))
        .unwrap_or_else(|e| panic!("{e}"));
    let buf = t.backend().buffer().clone();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Item 11: outcome titles are stored in the language the session was answered in; the
/// browser shows them in the screen's language.
#[test]
fn stored_outcome_titles_show_in_the_screens_language() {
    let q = q();
    let title = |id: &str, lang: &str| {
        q.outcome(id)
            .map(|o| o.title.get(lang, "en").to_owned())
            .unwrap_or_default()
    };
    assert_eq!(title("python-first", "en"), "Python first");
    let mut app = browser("es");
    let shown = screen(&mut app);
    for id in ["python-first", "rust-first"] {
        assert!(
            shown.contains(&title(id, "es")),
            "{} missing:\n{shown}",
            title(id, "es")
        );
        assert!(
            !shown.contains(&title(id, "en")),
            "{} in English:\n{shown}",
            title(id, "en")
        );
    }
}

/// Issue 9, item 16: counts read with real plurals, never "1 answer(s)".
#[test]
fn counts_use_real_plurals() {
    use careerpath::tui::strings::{Msg, message};
    for lang in ["en", "es"] {
        for n in [1, 2] {
            for msg in [
                message(lang, Msg::KeptAside(n)),
                message(lang, Msg::AskedAgain(n)),
            ] {
                assert!(!msg.contains("(s)"), "{lang}: {msg}");
            }
        }
    }
    assert!(message("en", Msg::KeptAside(1)).starts_with("1 answer to a removed question is"));
    assert!(message("en", Msg::AskedAgain(2)).starts_with("2 questions changed"));
}

/// Issue 9, item 13: at 40 columns a long name and outcome are cut in the table, and the
/// highlighted row is shown in full below it; moving the highlight keeps the table in place.
#[test]
fn a_cut_row_is_shown_in_full_when_highlighted() {
    let mut app = App::new(q(), "en".into(), Theme::mono());
    app.size = (40, 12);
    update(&mut app, Action::ShowSessions);
    update(
        &mut app,
        Action::SessionsLoaded(vec![
            summary("0197aaaa", "Short", Some("Rust first")),
            summary(
                "0197bbbb",
                "Retake after the platform team reorganisation",
                Some("Both: Python first, then Rust"),
            ),
        ]),
    );
    let first = screen(&mut app);
    update(&mut app, Action::Down);
    let second = screen(&mut app);
    let flat = second.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Retake after the platform team reorganisation · Both: Python first, then Rust"
        ),
        "{second}"
    );
    // The table's rows stay where they were.
    let row = |s: &str, needle: &str| s.lines().position(|l| l.contains(needle));
    assert_eq!(
        row(&first, "Short"),
        row(&second, "Short"),
        "{first}\n{second}"
    );
}
