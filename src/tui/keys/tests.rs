//! The keymap against hand-written expectations, independent of the tables.

use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn with(code: KeyCode, m: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, m)
}

#[test]
fn keymap_table() {
    use KeyCode::*;
    let cases: Vec<(Mode, KeyEvent, Option<Action>)> = vec![
        (Mode::Choices, key(Down), Some(Action::Down)),
        (Mode::Choices, key(Char('j')), Some(Action::Down)),
        (Mode::Choices, key(Char('k')), Some(Action::Up)),
        (Mode::Choices, key(Enter), Some(Action::Submit)),
        (Mode::Choices, key(Left), Some(Action::Back)),
        (Mode::Choices, key(BackTab), Some(Action::Back)),
        (Mode::Choices, key(Char(' ')), Some(Action::Toggle)),
        (Mode::Choices, key(Char('3')), Some(Action::Pick(3))),
        (Mode::Choices, key(Char('q')), Some(Action::Quit)),
        (Mode::Choices, key(Char('?')), Some(Action::Help)),
        (Mode::Choices, key(Esc), Some(Action::Menu)),
        (
            Mode::Rank,
            with(Up, KeyModifiers::SHIFT),
            Some(Action::MoveUp),
        ),
        (Mode::Rank, key(Char('J')), Some(Action::MoveDown)),
        (Mode::Rank, key(Up), Some(Action::Up)),
        (Mode::Scale, key(Left), Some(Action::Left)),
        (Mode::Scale, key(Char('l')), Some(Action::Right)),
        (Mode::Confirm, key(Char('y')), Some(Action::Answer(true))),
        (Mode::Confirm, key(Char('n')), Some(Action::Answer(false))),
        // In an editor letters are text, not commands.
        (Mode::Text, key(Char('q')), Some(Action::Insert('q'))),
        (Mode::Text, key(Char('?')), Some(Action::Insert('?'))),
        (
            Mode::Text,
            with(Char('w'), KeyModifiers::CONTROL),
            Some(Action::DeleteWord),
        ),
        (
            Mode::Text,
            with(Backspace, KeyModifiers::ALT),
            Some(Action::DeleteWord),
        ),
        (Mode::Text, key(Left), Some(Action::Left)),
        (Mode::Text, key(Esc), Some(Action::Menu)),
        (Mode::Text, key(Up), None),
        (Mode::Number, key(Up), Some(Action::Up)),
        (
            Mode::Text,
            with(Char('c'), KeyModifiers::CONTROL),
            Some(Action::Interrupt),
        ),
        (Mode::Review, key(Enter), Some(Action::Submit)),
        (Mode::Review, key(Char('r')), Some(Action::ShowResults)),
        (Mode::Results, key(Char('e')), Some(Action::Export)),
        (
            Mode::Results,
            key(Char('a')),
            Some(Action::ToggleAllChanges),
        ),
        (Mode::Results, key(Char('b')), Some(Action::ShowReview)),
        (Mode::Sessions, key(Char('/')), Some(Action::Filter)),
        (Mode::Sessions, key(Char('d')), Some(Action::DeleteSession)),
        (Mode::Sessions, key(Char(' ')), Some(Action::Toggle)),
        (
            Mode::SessionsFilter,
            key(Char('d')),
            Some(Action::Insert('d')),
        ),
        (Mode::SessionsFilter, key(Esc), Some(Action::Cancel)),
        (
            Mode::SessionsConfirmDelete,
            key(Char('y')),
            Some(Action::Submit),
        ),
        (Mode::SessionsConfirmDelete, key(Char('x')), None),
        (Mode::Help, key(Char('x')), Some(Action::Cancel)),
        (Mode::Menu, key(Char('2')), Some(Action::Pick(2))),
        (Mode::Welcome, key(Char('x')), None),
    ];
    for (mode, k, want) in cases {
        assert_eq!(keymap(mode, k, "en"), want, "{mode:?} {k:?}");
    }
}

#[test]
fn key_releases_are_ignored() {
    let mut k = key(KeyCode::Enter);
    k.kind = KeyEventKind::Release;
    assert_eq!(keymap(Mode::Choices, k, "en"), None);
}

#[test]
fn spanish_yes_is_s_and_skip_is_o() {
    use KeyCode::*;
    for (mode, lang, k, want) in [
        (Mode::Confirm, "es", Char('s'), Some(Action::Answer(true))),
        (Mode::Confirm, "es", Char('n'), Some(Action::Answer(false))),
        (Mode::Confirm, "es", Char('o'), Some(Action::Skip)),
        (Mode::Choices, "es", Char('o'), Some(Action::Skip)),
        (Mode::Choices, "es", Char('s'), None),
        (Mode::Confirm, "en", Char('s'), Some(Action::Skip)),
        (Mode::Confirm, "en", Char('y'), Some(Action::Answer(true))),
    ] {
        assert_eq!(keymap(mode, key(k), lang), want, "{mode:?} {lang} {k:?}");
    }
}
