//! Roadmap progress on the results screen: moving to an item, marking it, what is saved,
//! and a session held elsewhere that must not pretend to save.

use careerpath::roadmap::State;
use careerpath::sitting::Sitting;
use careerpath::tui::{Action, App, Effect, update::update};

use crate::tui::{draw, results_app, to_text};

/// The saved state of item `k` (0-based, in order) of the roadmap shown.
fn state(app: &App, k: usize) -> Option<State> {
    let s = app.session()?;
    let stages = s.roadmap_stages(&app.q)?;
    let item = stages.iter().flat_map(|st| st.items.iter()).nth(k)?;
    s.roadmap_state(&item.key)
}

#[test]
fn items_are_marked_from_the_results_screen_and_saved() {
    let mut app = results_app();
    // The first item is highlighted; `x` marks it done and asks for a save.
    assert_eq!(
        update(&mut app, Action::MarkItem(Some(State::Done))),
        Some(Effect::Save)
    );
    assert_eq!(state(&app, 0), Some(State::Done));
    // Marking it the same again changes nothing and writes nothing.
    assert_eq!(update(&mut app, Action::MarkItem(Some(State::Done))), None);
    update(&mut app, Action::NextItem);
    assert_eq!(
        update(&mut app, Action::MarkItem(Some(State::InProgress))),
        Some(Effect::Save)
    );
    assert_eq!(state(&app, 1), Some(State::InProgress));
    // The highlight stops at the last item.
    update(&mut app, Action::NextItem);
    update(&mut app, Action::NextItem);
    update(&mut app, Action::MarkItem(Some(State::Skipped)));
    assert_eq!(state(&app, 1), Some(State::Skipped));
    update(&mut app, Action::PreviousItem);
    assert_eq!(update(&mut app, Action::MarkItem(None)), Some(Effect::Save));
    assert_eq!(state(&app, 0), None);
    let counts = app.session().and_then(|s| s.roadmap_counts(&app.q));
    assert_eq!(
        counts.map(|c| (c.done, c.skipped, c.total)),
        Some((0, 1, 2))
    );
    // What the listing reads is kept in step.
    assert_eq!(app.session().and_then(|s| s.roadmap_progress), counts);
}

#[test]
fn a_session_open_elsewhere_is_not_marked() {
    let mut app = results_app();
    let Some(session) = app.session().cloned() else {
        panic!("no session")
    };
    app.sitting = Some(Sitting::new(&app.q, session, true));
    assert_eq!(update(&mut app, Action::MarkItem(Some(State::Done))), None);
    assert_eq!(state(&app, 0), None);
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("open in another careerpath")),
        "{:?}",
        app.notice
    );
}

#[test]
fn keys_reach_the_marking_actions() {
    use careerpath::tui::keys::{Mode, keymap};
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    for (c, want) in [
        (']', Action::NextItem),
        ('[', Action::PreviousItem),
        ('x', Action::MarkItem(Some(State::Done))),
        ('i', Action::MarkItem(Some(State::InProgress))),
        ('-', Action::MarkItem(Some(State::Skipped))),
        ('u', Action::MarkItem(None)),
    ] {
        assert_eq!(keymap(Mode::Results, key(c), "en"), Some(want), "{c}");
    }
    assert_eq!(keymap(Mode::Sessions, key('t'), "en"), Some(Action::Retake));
}

#[test]
fn results_screen_with_progress_80x24() {
    let mut app = results_app();
    update(&mut app, Action::MarkItem(Some(State::Done)));
    update(&mut app, Action::NextItem);
    update(&mut app, Action::MarkItem(Some(State::InProgress)));
    let text = to_text(&draw(&mut app, 80, 24));
    for want in [
        "1. Start with alpha  (1 of 2 done, 1 in progress)",
        "[x] one",
        "▸ [~] two (in progress)",
        "Progress: 1 of 2 done, 1 in progress",
        "]/[ roadmap",
    ] {
        assert!(text.contains(want), "{want:?} in\n{text}");
    }
    insta::assert_snapshot!("results_with_progress_80x24", text);
}

/// Where the highlight is and how far the page is scrolled.
fn highlight(app: &App) -> (usize, u16) {
    app.results.as_ref().map_or((0, 0), |r| (r.item, r.scroll))
}

#[test]
fn a_highlight_off_the_page_is_shown_before_it_moves_or_changes() {
    // Twelve rows: the roadmap starts below the first page, so the first item is highlighted
    // where nobody can see it.
    let small = |app: &mut App| to_text(&draw(app, 60, 12));
    for (name, first, then) in [
        ("] shows the first item", Action::NextItem, 1),
        (
            "x does not mark an item it cannot show",
            Action::MarkItem(Some(State::Done)),
            0,
        ),
    ] {
        let mut app = results_app();
        assert!(!small(&mut app).contains("▸ [ ] one"), "{name}");
        assert_eq!(update(&mut app, first.clone()), None, "{name}");
        assert_eq!(highlight(&app).0, 0, "{name}: the highlight stays");
        assert_ne!(highlight(&app).1, 0, "{name}: the page scrolls to it");
        assert!(small(&mut app).contains("▸ [ ] one"), "{name}");
        assert_eq!(state(&app, 0), None, "{name}: nothing is marked yet");
        // Now it is seen, the same key acts.
        update(&mut app, first);
        assert_eq!(highlight(&app).0, then, "{name}");
    }
    let mut app = results_app();
    small(&mut app);
    update(&mut app, Action::MarkItem(Some(State::Done)));
    assert_eq!(
        update(&mut app, Action::MarkItem(Some(State::Done))),
        Some(Effect::Save)
    );
    assert_eq!(state(&app, 0), Some(State::Done));
}

/// Brought into view from below (the page scrolled past it), an item comes with its
/// stage's heading above it, which says the stage and how far it got: the built-in
/// roadmap writes each stage's size between its heading and its items.
#[test]
fn an_item_brought_back_into_view_shows_its_stage_heading() {
    use careerpath::tui::app::Screen;
    let q = careerpath::questionnaire::builtin().unwrap();
    let persona = std::path::Path::new("tests/personas/ml_llm_agents.yaml");
    let answers = careerpath::questionnaire::load_answers(&q, persona).unwrap();
    let mut app = App::new(q, "en".into(), careerpath::tui::theme::Theme::mono());
    app.size = (60, 12);
    update(&mut app, Action::NewSession);
    let mut session = careerpath::session::Session::new(&app.q, "en", jiff::Timestamp::now());
    session.answers = answers;
    update(&mut app, Action::SessionStarted(Box::new(session)));
    app.screen = Screen::Review;
    update(&mut app, Action::ShowResults);
    assert_eq!(app.screen, Screen::Results);
    let _ = to_text(&draw(&mut app, 60, 12));
    update(&mut app, Action::Bottom);
    let (_, rows) = careerpath::tui::view::results_items(&app);
    let (row, head) = rows[0];
    assert!(
        row > head + 1,
        "a line stands between the heading and the item"
    );
    assert!(
        highlight(&app).1 > u16::try_from(row).unwrap(),
        "scrolled past it"
    );
    update(&mut app, Action::NextItem);
    assert_eq!(highlight(&app), (0, u16::try_from(head).unwrap()));
}
