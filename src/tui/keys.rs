//! Keys: one table per mode (in `keys/table.rs`) from which the key handling, the help
//! overlay and the footer hints are all derived, so the three cannot disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Action, App, Overlay, Screen};
use super::input::Input;
use crate::words;

mod docs;
mod table;

pub use docs::{FooterHint, footer, help};

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

impl Mode {
    pub const ALL: [Mode; 16] = [
        Mode::Help,
        Mode::Menu,
        Mode::Welcome,
        Mode::Choices,
        Mode::Rank,
        Mode::Confirm,
        Mode::Scale,
        Mode::Number,
        Mode::Text,
        Mode::Review,
        Mode::Results,
        Mode::Sessions,
        Mode::SessionsFilter,
        Mode::SessionsRename,
        Mode::SessionsConfirmDelete,
        Mode::SessionsCompare,
    ];
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
/// Spanish, so skipping is `o` there), from the word table.
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

    fn get(self, l: Letter) -> char {
        match l {
            Letter::Yes => self.yes,
            Letter::No => self.no,
            Letter::Skip => self.skip,
        }
    }
}

/// A letter whose key depends on the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Letter {
    Yes,
    No,
    Skip,
}

/// A key (or a family of keys) as a table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The key alone (Shift is part of a character, and of Shift-Tab).
    Code(KeyCode),
    Shift(KeyCode),
    Ctrl(KeyCode),
    Alt(KeyCode),
    /// The language's letter for yes, no or skip, in either case.
    Letter(Letter),
    /// A digit in the range, picking that number.
    Digits(u8, u8),
    /// Any character typed, inserted as text; shown under the given name.
    Text(&'static str),
    /// Any key that nothing more specific takes; shown under the given name.
    Any(&'static str),
    /// A mouse gesture, documented here and read by the event loop, not the keymap.
    Mouse(&'static str),
}

/// What a key does: an action, or one made from the key itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    Do(Action),
    /// The digit typed: `Pick(n)`.
    Pick,
    /// The character typed: `Insert(c)`.
    Insert,
    /// Handled by the mouse code of the event loop.
    Mouse,
}

/// One row of a table: keys shown together in the help overlay, what they do, and
/// whether the footer hints at them.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    /// Groups of keys: the help shows a group's keys apart by one space and groups by
    /// two; the footer names the first few.
    pub keys: &'static [&'static [(Key, Act)]],
    /// Message id of the help overlay's description.
    pub help: &'static str,
    pub footer: Option<Hint>,
}

/// A footer hint: its message id, how many of the row's first key groups it names, and
/// when it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub what: &'static str,
    pub groups: usize,
    pub when: When,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// Only on a question that may be left unanswered.
    Optional,
}

impl Row {
    /// The same row without its footer hint (common rows some screens leave out of a
    /// footer that has no room for them).
    pub const fn quiet(self) -> Row {
        Row {
            footer: None,
            ..self
        }
    }
}

/// Every key of one mode.
#[derive(Debug)]
pub struct Table {
    /// Documented keys, in the order the help lists them.
    pub rows: &'static [Row],
    /// Aliases that work but are not listed (vim and arrow twins of listed keys).
    pub hidden: &'static [&'static [(Key, Act)]],
}

/// The table of `mode`.
pub fn table(mode: Mode) -> &'static Table {
    table::of(mode)
}

/// Maps one key to an action in `mode`, with the yes/no/skip letters of `lang`. Pure: the
/// same key in the same mode and language is the same action.
pub fn keymap(mode: Mode, key: KeyEvent, lang: &str) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let letters = Letters::of(lang);
    let t = table(mode);
    let all = || {
        table::GLOBAL
            .iter()
            .chain(t.rows.iter().flat_map(|r| r.keys.iter().copied().flatten()))
            .chain(t.hidden.iter().copied().flatten())
    };
    // First the key exactly as pressed; then a named key with its modifiers dropped (so
    // Shift-↑ moves where it means nothing more) and the catch-all.
    let strict = all().find(|(k, _)| k.matches(key, letters));
    let loose = || {
        let plain = match key.code {
            KeyCode::Char(_) => key,
            code => KeyEvent::new(code, KeyModifiers::NONE),
        };
        all().find(|(k, _)| k.matches(plain, letters) || matches!(k, Key::Any(_)))
    };
    let (_, act) = strict.or_else(loose)?;
    act.resolve(key)
}

impl Key {
    /// Whether `ev` is this key, exactly (no catch-all).
    fn matches(self, ev: KeyEvent, letters: Letters) -> bool {
        let m = ev.modifiers;
        let ctrl = m.contains(KeyModifiers::CONTROL);
        let alt = m.contains(KeyModifiers::ALT);
        let shift = m.contains(KeyModifiers::SHIFT);
        let typed = match ev.code {
            KeyCode::Char(c) if !ctrl && !alt => Some(c),
            _ => None,
        };
        match self {
            Key::Code(code @ (KeyCode::Char(_) | KeyCode::BackTab)) => {
                ev.code == code && !ctrl && !alt
            }
            Key::Code(code) => ev.code == code && !ctrl && !alt && !shift,
            Key::Shift(code) => ev.code == code && shift && !ctrl && !alt,
            Key::Ctrl(code) => ev.code == code && ctrl,
            Key::Alt(code) => ev.code == code && alt,
            Key::Letter(l) => typed.is_some_and(|c| c.to_lowercase().eq([letters.get(l)])),
            Key::Digits(lo, hi) => typed
                .and_then(|c| c.to_digit(10))
                .is_some_and(|d| (u32::from(lo)..=u32::from(hi)).contains(&d)),
            Key::Text(_) => typed.is_some(),
            Key::Any(_) | Key::Mouse(_) => false,
        }
    }

    /// Key events that are this key, one for each kind it stands for (for tests that press
    /// every documented key).
    pub fn examples(self, letters: Letters) -> Vec<KeyEvent> {
        let ev = |code, m| KeyEvent::new(code, m);
        let none = KeyModifiers::NONE;
        match self {
            Key::Code(code) => vec![ev(code, none)],
            Key::Shift(code) => vec![ev(code, KeyModifiers::SHIFT)],
            Key::Ctrl(code) => vec![ev(code, KeyModifiers::CONTROL)],
            Key::Alt(code) => vec![ev(code, KeyModifiers::ALT)],
            Key::Letter(l) => {
                let c = letters.get(l);
                vec![
                    ev(KeyCode::Char(c), none),
                    ev(KeyCode::Char(c.to_ascii_uppercase()), KeyModifiers::SHIFT),
                ]
            }
            Key::Digits(lo, hi) => [lo, hi]
                .iter()
                .map(|d| ev(KeyCode::Char(char::from(b'0' + d)), none))
                .collect(),
            Key::Text(_) => "a7 -.é"
                .chars()
                .map(|c| ev(KeyCode::Char(c), none))
                .collect(),
            Key::Any(_) => vec![ev(KeyCode::Char('x'), none), ev(KeyCode::Tab, none)],
            Key::Mouse(_) => Vec::new(),
        }
    }
}

impl Act {
    /// The action `key` takes; `None` for a digit or character the key is not.
    fn resolve(&self, key: KeyEvent) -> Option<Action> {
        match (self, key.code) {
            (Act::Do(a), _) => Some(a.clone()),
            (Act::Pick, KeyCode::Char(c)) => c
                .to_digit(10)
                .and_then(|d| u8::try_from(d).ok())
                .map(Action::Pick),
            (Act::Insert, KeyCode::Char(c)) => Some(Action::Insert(c)),
            _ => None,
        }
    }

    /// The action pressing `key` should give (what tests compare the keymap against).
    pub fn expected(&self, key: KeyEvent) -> Option<Action> {
        self.resolve(key)
    }
}

#[cfg(test)]
mod tests;
