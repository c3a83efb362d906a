//! The key tables: every key the help or the footer shows is one the event loop turns into
//! that row's action, on the real screens, in both languages.

use careerpath::tui::app::Action;
use careerpath::tui::keys::{self, Act, Key, Letters, Mode, table};
use careerpath::tui::{App, to_action, update::update};
use crossterm::event::{Event, KeyCode, MouseButton, MouseEvent, MouseEventKind};
use crossterm::event::{KeyEvent, KeyModifiers};

use super::tui::{draw, extras_at, screens, sessions_app, to_text};

/// Every state drawn by the snapshot tests, plus the delete question, so every mode has a
/// live screen.
fn every_mode() -> Vec<(&'static str, App)> {
    let mut all = screens();
    let mut delete = sessions_app();
    update(&mut delete, Action::DeleteSession);
    all.push(("sessions_confirm_delete", delete));
    all
}

#[test]
fn every_mode_has_a_screen_here() {
    let seen: Vec<Mode> = every_mode().iter().map(|(_, a)| keys::mode(a)).collect();
    for mode in Mode::ALL {
        assert!(seen.contains(&mode), "no screen in {mode:?}");
    }
}

/// The mouse event a documented gesture stands for.
fn mouse(name: &str) -> Event {
    let kind = match name {
        "click" => MouseEventKind::Down(MouseButton::Left),
        "wheel" => MouseEventKind::ScrollDown,
        other => panic!("undocumented gesture {other}"),
    };
    Event::Mouse(MouseEvent {
        kind,
        column: 3,
        row: 7,
        modifiers: KeyModifiers::NONE,
    })
}

/// Each documented key, pressed on a screen of its mode, gives its row's action: nothing
/// earlier in the table shadows it and the event loop reads the same table.
#[test]
fn every_documented_key_does_what_its_row_says() {
    for lang in ["en", "es"] {
        for (name, mut app) in every_mode() {
            app.lang = lang.into();
            let mode = keys::mode(&app);
            let letters = Letters::of(lang);
            for row in table(mode).rows {
                for (key, act) in row.keys.iter().copied().flatten() {
                    if let Key::Mouse(gesture) = key {
                        let got = to_action(&app, mouse(gesture));
                        assert!(
                            matches!(got, Some(Action::Click { .. } | Action::ScrollDown)),
                            "{lang} {name} {}: {gesture} gave {got:?}",
                            row.help
                        );
                        continue;
                    }
                    let examples = key.examples(letters);
                    assert!(!examples.is_empty(), "{name} {key:?} has no example");
                    for ev in examples {
                        let want = act.expected(ev);
                        assert!(want.is_some(), "{name} {key:?} {ev:?} is not its own key");
                        assert_eq!(
                            to_action(&app, Event::Key(ev)),
                            want,
                            "{lang} {name} ({mode:?}) {}: {ev:?}",
                            row.help
                        );
                    }
                }
            }
        }
    }
}

/// The aliases are not listed but must not be dead: each one works too.
#[test]
fn every_hidden_alias_works() {
    let letters = Letters::of("en");
    for mode in Mode::ALL {
        for (key, act) in table(mode).hidden.iter().copied().flatten() {
            for ev in key.examples(letters) {
                assert_eq!(
                    keys::keymap(mode, ev, "en"),
                    act.expected(ev),
                    "{mode:?} {ev:?}"
                );
            }
        }
    }
}

/// The footer line of a wide screen is exactly the hinted rows of its table, and its keys
/// are the first keys of those rows.
#[test]
fn the_footer_is_the_hinted_rows() {
    for lang in ["en", "es"] {
        for (name, mut app) in every_mode() {
            app.lang = lang.into();
            let text = to_text(&draw(&mut app, 200, 24));
            let footer = text.lines().last().unwrap_or_default().trim();
            let optional = app
                .question
                .as_ref()
                .and_then(|st| app.q.questions.get(st.index))
                .is_some_and(|q| !q.required);
            let hints = keys::footer(keys::mode(&app), lang, optional);
            assert!(!hints.is_empty(), "{name}: no footer");
            let want: Vec<String> = hints
                .iter()
                .map(|h| format!("{} {}", h.keys, h.what))
                .collect();
            assert_eq!(footer, want.join(" · "), "{lang} {name}");
        }
    }
}

/// The help overlay over each screen lists every row of that screen's table.
#[test]
fn the_help_lists_every_row() {
    for lang in ["en", "es"] {
        for (name, mut app) in every_mode() {
            app.lang = lang.into();
            let mode = keys::screen_mode(&app);
            if app.overlay.is_some() {
                continue;
            }
            update(&mut app, Action::Help);
            assert_eq!(keys::mode(&app), Mode::Help, "{name}");
            let text = to_text(&draw(&mut app, 200, 60));
            for (k, what) in keys::help(mode, lang) {
                assert!(
                    text.contains(&format!("{k} ")) && text.contains(what.as_str()),
                    "{lang} {name}: {k} {what}\n{text}"
                );
            }
        }
    }
}

/// The skip key is hinted exactly where skipping is allowed, with the language's letter.
#[test]
fn the_footer_offers_skip_only_on_optional_questions() {
    for (lang, want) in [("en", "s skip"), ("es", "o omitir")] {
        for (id, optional) in [("maybe", true), ("preset", false)] {
            let mut app = extras_at(id);
            app.lang = lang.into();
            let text = to_text(&draw(&mut app, 100, 24));
            let footer = text.lines().last().unwrap_or_default();
            assert_eq!(footer.contains(want), optional, "{lang} {id}: {footer}");
            if optional {
                update(&mut app, Action::Skip);
                assert_ne!(
                    app.question.as_ref().map(|s| s.index),
                    app.q.question_index(id),
                    "{lang}: skip did not leave {id}"
                );
            }
        }
    }
}

/// Letters with Ctrl or Alt held are not the letters: Ctrl-Q does not quit, Alt-y does not
/// answer; only Ctrl-C (interrupt) and the editing chords mean something.
#[test]
fn chords_are_not_their_letters() {
    let chord = |c, m| KeyEvent::new(KeyCode::Char(c), m);
    for (mode, ev, want) in [
        (Mode::Choices, chord('q', KeyModifiers::CONTROL), None),
        (Mode::Confirm, chord('y', KeyModifiers::ALT), None),
        (Mode::Text, chord('x', KeyModifiers::CONTROL), None),
        (
            Mode::Choices,
            chord('c', KeyModifiers::CONTROL),
            Some(Action::Interrupt),
        ),
        (
            Mode::Text,
            chord('w', KeyModifiers::CONTROL),
            Some(Action::DeleteWord),
        ),
        (
            Mode::Choices,
            KeyEvent::new(KeyCode::Up, KeyModifiers::SHIFT),
            Some(Action::Up),
        ),
        (
            Mode::Rank,
            KeyEvent::new(KeyCode::Up, KeyModifiers::SHIFT),
            Some(Action::MoveUp),
        ),
    ] {
        assert_eq!(keys::keymap(mode, ev, "en"), want, "{mode:?} {ev:?}");
    }
}

/// Rows that name a key the table cannot press would be documentation of nothing.
#[test]
fn no_row_is_empty() {
    for mode in Mode::ALL {
        for row in table(mode).rows {
            assert!(
                row.keys.iter().all(|g| !g.is_empty()) && !row.keys.is_empty(),
                "{mode:?} {}",
                row.help
            );
            for (key, act) in row.keys.iter().copied().flatten() {
                assert_eq!(
                    matches!(key, Key::Mouse(_)),
                    matches!(act, Act::Mouse),
                    "{mode:?} {}",
                    row.help
                );
            }
        }
    }
}
