//! What the key tables say to the person: the help overlay's rows and the footer's hints,
//! with each key named in their language.

use crossterm::event::KeyCode;

use super::{Act, Hint, Key, Letters, Mode, Row, When, table};
use crate::tui::app::Action;
use crate::tui::strings::key_name;
use crate::words;

impl Key {
    /// The key's name in English, with the language's letters; [`key_name`] words it.
    fn name(self, letters: Letters) -> String {
        match self {
            Key::Code(code) => code_name(code),
            Key::Shift(code) => format!("Shift-{}", code_name(code)),
            Key::Ctrl(code) => format!("Ctrl-{}", code_name(code).to_uppercase()),
            Key::Alt(code) => format!("Alt-{}", code_name(code)),
            Key::Letter(l) => letters.get(l).to_string(),
            Key::Digits(lo, hi) => format!("{lo}-{hi}"),
            Key::Text(name) | Key::Any(name) | Key::Mouse(name) => name.to_owned(),
        }
    }
}

fn code_name(code: KeyCode) -> String {
    match code {
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Delete".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        // No table names another key; this keeps a new one readable until it is named.
        other => format!("{other:?}"),
    }
}
/// A help row's keys in `lang`: "↑ ↓  j k".
fn help_keys(row: &Row, lang: &str, letters: Letters) -> String {
    let groups: Vec<String> = row
        .keys
        .iter()
        .map(|g| {
            g.iter()
                .map(|(k, _)| k.name(letters))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    key_name(lang, &groups.join("  "))
}

/// A footer hint's keys in `lang`: the first groups, arrows run together ("↑↓"), other
/// keys apart by a slash ("K/J", "y/n").
fn footer_keys(row: &Row, hint: Hint, lang: &str, letters: Letters) -> String {
    let keys: Vec<Key> = row
        .keys
        .iter()
        .take(hint.groups)
        .copied()
        .flatten()
        .map(|(k, _)| *k)
        .collect();
    let arrows = keys.iter().all(|k| {
        matches!(
            k,
            Key::Code(KeyCode::Up | KeyCode::Down | KeyCode::Left | KeyCode::Right)
        )
    });
    let names: Vec<String> = keys
        .iter()
        .map(|k| match k {
            // In a footer "any other key" is just "any key".
            Key::Any(_) => "any key".into(),
            k => k.name(letters),
        })
        .collect();
    key_name(lang, &names.join(if arrows { "" } else { "/" }))
}

/// Every documented key of `mode`, as (keys, what they do) in `lang`, for the help overlay.
pub fn help(mode: Mode, lang: &str) -> Vec<(String, String)> {
    let letters = Letters::of(lang);
    table(mode)
        .rows
        .iter()
        .map(|row| (help_keys(row, lang, letters), words::t(lang, row.help)))
        .collect()
}

/// One footer hint: its keys and what they do, in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FooterHint {
    pub keys: String,
    pub what: String,
    /// How to go on and how to quit: shown whenever they fit at all, before the others
    /// take the room (a narrow Spanish footer kept `← atrás` and lost `Intro`).
    pub kept: bool,
}

/// The footer hints of `mode` in `lang`, in the table's order; `optional` says whether
/// the question on screen may be left unanswered.
pub fn footer(mode: Mode, lang: &str, optional: bool) -> Vec<FooterHint> {
    let letters = Letters::of(lang);
    table(mode)
        .rows
        .iter()
        .filter_map(|row| {
            let hint = row.footer?;
            let shown = match hint.when {
                When::Always => true,
                When::Optional => optional,
            };
            shown.then(|| FooterHint {
                keys: footer_keys(row, hint, lang, letters),
                what: words::t(lang, hint.what),
                kept: row
                    .keys
                    .iter()
                    .copied()
                    .flatten()
                    .any(|(_, a)| matches!(a, Act::Do(Action::Quit | Action::Submit))),
            })
        })
        .collect()
}
