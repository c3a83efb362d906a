//! The help overlay's text: every key of each mode and what it does.

use super::Mode;
use crate::tui::strings::key_name;
use crate::words;

/// Every key of `mode`, as (keys, what they do) in `lang`, for the help overlay.
pub fn help(mode: Mode, lang: &str) -> Vec<(String, String)> {
    rows(mode)
        .iter()
        .map(|(keys, what)| (key_name(lang, &letters(lang, keys)), words::t(lang, what)))
        .collect()
}

/// `{key-yes}`-style names of letters in `keys` replaced by the letters of `lang`.
pub fn letters(lang: &str, keys: &str) -> String {
    ["key-yes", "key-no", "key-skip"]
        .iter()
        .fold(keys.to_owned(), |k, name| {
            k.replace(&format!("{{{name}}}"), &words::t(lang, name))
        })
}

/// Every key of `mode`, as (keys in English, the [`tr`] key of what they do).
pub fn rows(mode: Mode) -> &'static [(&'static str, &'static str)] {
    const COMMON: [(&str, &str); 3] = [
        ("?  F1", "h-this_help"),
        ("Esc", "h-menu"),
        ("q  Ctrl-C", "h-quit_saved"),
    ];
    match mode {
        Mode::Help => &[
            ("↑ ↓  j k  PgUp PgDn", "h-scroll"),
            ("any other key", "h-close"),
        ],
        Mode::Menu => &[
            ("↑ ↓  j k", "h-move"),
            ("Enter", "h-choose"),
            ("1-9", "h-choose_number"),
            ("Esc", "h-close"),
        ],
        Mode::Welcome => &[
            ("↑ ↓  j k", "h-move"),
            ("Enter", "h-choose"),
            ("1-9", "h-choose_number"),
            ("n", "h-new_session"),
            ("s", "h-saved_sessions"),
            COMMON[0],
            COMMON[1],
            COMMON[2],
        ],
        Mode::Choices => &[
            ("↑ ↓  j k", "h-move_highlight"),
            ("PgUp PgDn  g G", "h-page"),
            ("Space", "h-tick"),
            ("1-9", "h-tick_n"),
            ("Enter", "h-accept"),
            ("←  h  Shift-Tab", "h-previous"),
            ("{key-skip}", "h-skip"),
            ("click  wheel", "h-click"),
            COMMON[0],
            COMMON[1],
            COMMON[2],
        ],
        Mode::Rank => &[
            ("↑ ↓  j k", "h-move_highlight"),
            ("Shift-↑ Shift-↓  K J", "h-move_item"),
            ("Enter", "h-accept_order"),
            ("←  h  Shift-Tab", "h-previous"),
            ("{key-skip}", "h-skip"),
            COMMON[0],
            COMMON[1],
            COMMON[2],
        ],
        Mode::Confirm => &[
            ("{key-yes}  {key-no}", "h-yes_no"),
            ("↑ ↓  Space", "h-switch"),
            ("Enter", "h-accept"),
            ("←  h  Shift-Tab", "h-previous"),
            ("{key-skip}", "h-skip"),
            COMMON[0],
            COMMON[1],
            COMMON[2],
        ],
        Mode::Scale => &[
            ("← →  h l", "h-lower_higher"),
            ("0-9", "h-pick_value"),
            ("PgUp PgDn", "h-jump"),
            ("Enter", "h-accept"),
            ("Shift-Tab", "h-previous"),
            ("{key-skip}", "h-skip"),
            COMMON[0],
            COMMON[1],
            COMMON[2],
        ],
        Mode::Number => &[
            ("0-9 . -", "h-type_number"),
            ("↑ ↓", "h-by_step"),
            ("← → Home End", "h-cursor"),
            ("Backspace  Ctrl-W", "h-delete_char_word"),
            ("Enter", "h-accept_empty"),
            ("Shift-Tab", "h-previous"),
            ("Esc", "h-menu_quit"),
            ("F1", "h-this_help"),
            ("Ctrl-C", "h-quit"),
        ],
        Mode::Text => &[
            ("type or paste", "h-edit"),
            ("← → Home End", "h-cursor"),
            ("Backspace Delete", "h-delete_char"),
            ("Ctrl-W  Alt-Backspace", "h-delete_word"),
            ("Enter", "h-accept_empty"),
            ("Shift-Tab", "h-previous"),
            ("Esc", "h-menu_quit"),
            ("F1", "h-this_help"),
            ("Ctrl-C", "h-quit"),
        ],
        Mode::Review => &[
            ("↑ ↓  j k", "h-move"),
            ("Enter  e", "h-change"),
            ("r  Tab  →", "h-see"),
            ("←  h  Shift-Tab", "h-back_last"),
            ("s", "h-saved_sessions"),
            COMMON[0],
            COMMON[1],
            COMMON[2],
        ],
        Mode::Results => &[
            ("↑ ↓  j k  PgUp PgDn", "h-scroll"),
            ("b  ←", "h-back_review"),
            ("e", "h-export"),
            ("a", "h-all_changes"),
            ("n", "h-new_session"),
            ("s", "h-saved_sessions"),
            COMMON[0],
            COMMON[1],
            COMMON[2],
        ],
        Mode::Sessions => &[
            ("↑ ↓  j k", "h-move"),
            ("Enter", "h-open"),
            ("/", "h-filter"),
            ("r", "h-rename"),
            ("d", "h-delete_asks"),
            ("Space", "h-mark"),
            ("c", "h-compare"),
            ("e", "h-export"),
            ("n", "h-new_session"),
            ("←  h", "h-back_start"),
            COMMON[0],
            COMMON[1],
            COMMON[2],
        ],
        Mode::SessionsFilter => &[
            ("type", "h-filter_by"),
            ("Enter", "h-keep_filter"),
            ("Esc", "h-clear_filter"),
        ],
        Mode::SessionsRename => &[
            ("type", "h-new_name"),
            ("Enter", "h-rename"),
            ("Esc", "h-cancel"),
        ],
        Mode::SessionsConfirmDelete => &[
            ("{key-yes}  Enter", "h-delete"),
            ("{key-no}  Esc", "h-keep_it"),
        ],
        Mode::SessionsCompare => &[
            ("↑ ↓", "h-scroll"),
            ("Esc  ←", "h-close_compare"),
            ("q", "h-quit"),
        ],
    }
}
