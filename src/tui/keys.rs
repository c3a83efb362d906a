//! Keys -> actions, one pure function per screen, and the help text listing them.

use crate::words;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Action, App, Overlay, Screen};
use super::input::Input;

mod help;

pub use help::{help, letters, rows as help_rows};

/// What the keyboard is talking to right now; decides how keys are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Help,
    Menu,
    Welcome,
    /// Single and multi choice lists.
    Choices,
    Rank,
    Confirm,
    Scale,
    Number,
    Text,
    Review,
    Results,
    Sessions,
    SessionsFilter,
    SessionsRename,
    SessionsConfirmDelete,
    SessionsCompare,
}

pub fn mode(app: &App) -> Mode {
    match app.overlay {
        Some(Overlay::Help) => return Mode::Help,
        Some(Overlay::Menu { .. }) => return Mode::Menu,
        None => {}
    }
    screen_mode(app)
}

/// The mode of the screen under any overlay.
pub fn screen_mode(app: &App) -> Mode {
    match app.screen {
        Screen::Welcome => Mode::Welcome,
        Screen::Question => match app.question.as_ref().map(|s| &s.input) {
            Some(Input::Rank { .. }) => Mode::Rank,
            Some(Input::Confirm { .. }) => Mode::Confirm,
            Some(Input::Scale { .. }) => Mode::Scale,
            Some(Input::Number { .. }) => Mode::Number,
            Some(Input::Text { .. }) => Mode::Text,
            _ => Mode::Choices,
        },
        Screen::Review => Mode::Review,
        Screen::Results => Mode::Results,
        Screen::Sessions => {
            let s = &app.sessions;
            if s.confirm_delete.is_some() {
                Mode::SessionsConfirmDelete
            } else if s.renaming.is_some() {
                Mode::SessionsRename
            } else if s.compare.is_some() {
                Mode::SessionsCompare
            } else if s.filtering {
                Mode::SessionsFilter
            } else {
                Mode::Sessions
            }
        }
    }
}

/// The letters that answer yes and no and skip a question in a language (`s` is "sí" in
/// Spanish, so skipping is `o` there), from the word catalogue (`key-yes`, `key-no`, `key-skip`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Letters {
    pub yes: char,
    pub no: char,
    pub skip: char,
}

impl Letters {
    pub fn of(lang: &str) -> Letters {
        let letter = |key| words::t(lang, key).chars().next().unwrap_or('?');
        Letters {
            yes: letter("key-yes"),
            no: letter("key-no"),
            skip: letter("key-skip"),
        }
    }
}

/// Maps one key to an action in `mode`, with the yes/no/skip letters of `lang`. Pure: the
/// same key in the same mode and language is the same action.
pub fn keymap(mode: Mode, key: KeyEvent, lang: &str) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    if ctrl && matches!(key.code, KeyCode::Char('c')) {
        return Some(Action::Interrupt);
    }
    if key.code == KeyCode::F(1) {
        return Some(Action::Help);
    }
    match mode {
        // The help scrolls when it is taller than the screen; any other key closes it.
        Mode::Help => Some(match key.code {
            KeyCode::Up | KeyCode::Char('k') => Action::Up,
            KeyCode::Down | KeyCode::Char('j') => Action::Down,
            KeyCode::PageUp => Action::PageUp,
            KeyCode::PageDown => Action::PageDown,
            _ => Action::Cancel,
        }),
        Mode::Menu => match key.code {
            KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => Some(Action::Up),
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Some(Action::Down),
            KeyCode::Enter | KeyCode::Char(' ') => Some(Action::Submit),
            KeyCode::Esc => Some(Action::Cancel),
            KeyCode::Char('q') => Some(Action::Quit),
            KeyCode::Char(c @ '1'..='9') => Some(Action::Pick(c as u8 - b'0')),
            _ => None,
        },
        Mode::Number | Mode::Text | Mode::SessionsRename | Mode::SessionsFilter => {
            editor_keys(mode, key, ctrl, alt)
        }
        Mode::SessionsConfirmDelete => {
            let letters = Letters::of(lang);
            match key.code {
                KeyCode::Enter => Some(Action::Submit),
                KeyCode::Esc => Some(Action::Cancel),
                KeyCode::Char(c) if c.to_ascii_lowercase() == letters.yes => Some(Action::Submit),
                KeyCode::Char(c) if c.to_ascii_lowercase() == letters.no => Some(Action::Cancel),
                _ => None,
            }
        }
        _ => command_keys(mode, key, shift, Letters::of(lang)),
    }
}

fn editor_keys(mode: Mode, key: KeyEvent, ctrl: bool, alt: bool) -> Option<Action> {
    match key.code {
        KeyCode::Enter => Some(Action::Submit),
        KeyCode::Esc if matches!(mode, Mode::Number | Mode::Text) => Some(Action::Menu),
        KeyCode::Esc => Some(Action::Cancel),
        KeyCode::BackTab => Some(Action::Back),
        KeyCode::Backspace if alt || ctrl => Some(Action::DeleteWord),
        KeyCode::Backspace => Some(Action::Backspace),
        KeyCode::Delete => Some(Action::Delete),
        KeyCode::Left => Some(Action::Left),
        KeyCode::Right => Some(Action::Right),
        KeyCode::Home => Some(Action::Home),
        KeyCode::End => Some(Action::End),
        KeyCode::Up if mode == Mode::Number => Some(Action::Up),
        KeyCode::Down if mode == Mode::Number => Some(Action::Down),
        KeyCode::Up | KeyCode::Down if mode == Mode::SessionsFilter => Some(Action::Submit),
        KeyCode::Char('w') if ctrl => Some(Action::DeleteWord),
        KeyCode::Char('a') if ctrl => Some(Action::Home),
        KeyCode::Char('e') if ctrl => Some(Action::End),
        KeyCode::Char(_) if ctrl || alt => None,
        KeyCode::Char(c) => Some(Action::Insert(c)),
        _ => None,
    }
}

fn command_keys(mode: Mode, key: KeyEvent, shift: bool, letters: Letters) -> Option<Action> {
    use KeyCode::*;
    // Keys that mean the same on every command screen.
    match key.code {
        Char('?') => return Some(Action::Help),
        Esc if mode == Mode::SessionsCompare => return Some(Action::Cancel),
        Esc => return Some(Action::Menu),
        Char('q') => return Some(Action::Quit),
        _ => {}
    }
    let nav = match key.code {
        Up if shift && mode == Mode::Rank => Some(Action::MoveUp),
        Down if shift && mode == Mode::Rank => Some(Action::MoveDown),
        Up | Char('k') => Some(Action::Up),
        Down | Char('j') => Some(Action::Down),
        PageUp => Some(Action::PageUp),
        PageDown => Some(Action::PageDown),
        Home | Char('g') => Some(Action::Top),
        End | Char('G') => Some(Action::Bottom),
        _ => None,
    };
    match mode {
        Mode::Welcome => match key.code {
            Enter | Right | Char('l') => Some(Action::Submit),
            Char(c @ '1'..='9') => Some(Action::Pick(c as u8 - b'0')),
            Char('n') => Some(Action::NewSession),
            Char('s') => Some(Action::ShowSessions),
            _ => nav,
        },
        Mode::Choices | Mode::Rank | Mode::Confirm | Mode::Scale => {
            question_keys(mode, key, letters).or(nav)
        }
        Mode::Review => match key.code {
            Enter | Char('e') => Some(Action::Submit),
            Left | Char('h') | BackTab => Some(Action::Back),
            Char('r') | Tab | Right | Char('l') => Some(Action::ShowResults),
            Char('s') => Some(Action::ShowSessions),
            _ => nav,
        },
        Mode::Results => match key.code {
            Left | Char('h') | Char('b') | BackTab => Some(Action::ShowReview),
            Char('e') => Some(Action::Export),
            Char('a') => Some(Action::ToggleAllChanges),
            Char('n') => Some(Action::NewSession),
            Char('s') => Some(Action::ShowSessions),
            _ => nav,
        },
        Mode::Sessions => match key.code {
            Enter | Right | Char('l') => Some(Action::Submit),
            Char('/') => Some(Action::Filter),
            Char('r') => Some(Action::Rename),
            Char('d') | Delete => Some(Action::DeleteSession),
            Char(' ') => Some(Action::Toggle),
            Char('c') => Some(Action::Compare),
            Char('e') => Some(Action::Export),
            Char('n') => Some(Action::NewSession),
            Left | Char('h') | BackTab => Some(Action::Back),
            _ => nav,
        },
        Mode::SessionsCompare => match key.code {
            Left | Char('h') | Enter | BackTab => Some(Action::Cancel),
            _ => nav,
        },
        _ => nav,
    }
}

fn question_keys(mode: Mode, key: KeyEvent, letters: Letters) -> Option<Action> {
    use KeyCode::*;
    let letter = match key.code {
        Char(c) => Some(c.to_ascii_lowercase()),
        _ => None,
    };
    match (mode, key.code) {
        (_, Enter) => Some(Action::Submit),
        (_, BackTab) => Some(Action::Back),
        (Mode::Scale, Left | Char('h')) => Some(Action::Left),
        (Mode::Scale, Right | Char('l')) => Some(Action::Right),
        (_, Left | Char('h')) => Some(Action::Back),
        (Mode::Confirm, _) if letter == Some(letters.yes) => Some(Action::Answer(true)),
        (Mode::Confirm, _) if letter == Some(letters.no) => Some(Action::Answer(false)),
        (_, Char(c)) if c == letters.skip => Some(Action::Skip),
        (_, Char(' ')) => Some(Action::Toggle),
        (Mode::Rank, Char('K')) => Some(Action::MoveUp),
        (Mode::Rank, Char('J')) => Some(Action::MoveDown),
        (_, Char(c @ '0'..='9')) => Some(Action::Pick(c as u8 - b'0')),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
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
}
