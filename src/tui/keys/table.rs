//! The key tables: for each mode, its documented rows (help order, which also orders the
//! footer) and its undocumented aliases. The first key that matches wins.

use crate::roadmap::State;
use crossterm::event::KeyCode::{
    self, BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp,
    Right, Tab, Up,
};

use super::{Act, Hint, Key, Letter, Mode, Row, Table, When};
use crate::tui::app::Action;

mod question;
mod sessions;

use question::{CHOICES, CONFIRM, NUMBER, RANK, SCALE, TEXT};
use sessions::{
    SESSIONS, SESSIONS_COMPARE, SESSIONS_CONFIRM_DELETE, SESSIONS_FILTER, SESSIONS_RENAME,
};

const fn k(code: KeyCode, a: Action) -> (Key, Act) {
    (Key::Code(code), Act::Do(a))
}

const fn key(key: Key, a: Action) -> (Key, Act) {
    (key, Act::Do(a))
}

const fn hint(what: &'static str) -> Option<Hint> {
    Some(Hint {
        what,
        groups: 1,
        when: When::Always,
    })
}

/// Keys that work everywhere, even in text fields and over the help.
pub(super) const GLOBAL: &[(Key, Act)] = &[
    key(Key::Ctrl(Char('c')), Action::Interrupt),
    key(Key::Ctrl(Char('z')), Action::Suspend),
    k(F(1), Action::Help),
];

const HELP: Row = Row {
    keys: &[&[k(Char('?'), Action::Help)], &[k(F(1), Action::Help)]],
    help: "h-this_help",
    footer: hint("f-help"),
};
const MENU: Row = Row {
    keys: &[&[k(Esc, Action::Menu)]],
    help: "h-menu",
    footer: hint("f-menu"),
};
const QUIT: Row = Row {
    keys: &[
        &[k(Char('q'), Action::Quit)],
        &[key(Key::Ctrl(Char('c')), Action::Interrupt)],
    ],
    help: "h-quit_saved",
    footer: hint("f-quit"),
};

const MOVE: &[&[(Key, Act)]] = &[
    &[k(Up, Action::Up), k(Down, Action::Down)],
    &[k(Char('j'), Action::Down), k(Char('k'), Action::Up)],
];
const BACK: &[&[(Key, Act)]] = &[
    &[k(Left, Action::Back)],
    &[k(Char('h'), Action::Back)],
    &[k(BackTab, Action::Back)],
];
const SKIP: Row = Row {
    keys: &[&[key(Key::Letter(Letter::Skip), Action::Skip)]],
    help: "h-skip",
    footer: Some(Hint {
        what: "f-skip",
        groups: 1,
        when: When::Optional,
    }),
};

/// Moving through a list or a page: the vim twins and the ends.
const NAV: &[(Key, Act)] = &[
    k(Up, Action::Up),
    k(Down, Action::Down),
    k(Char('k'), Action::Up),
    k(Char('j'), Action::Down),
    k(PageUp, Action::PageUp),
    k(PageDown, Action::PageDown),
    k(Home, Action::Top),
    k(Char('g'), Action::Top),
    k(End, Action::Bottom),
    k(Char('G'), Action::Bottom),
];

/// Line editing in every text field.
const EDITING: &[(Key, Act)] = &[
    k(BackTab, Action::Back),
    k(Backspace, Action::Backspace),
    key(Key::Ctrl(Backspace), Action::DeleteWord),
    key(Key::Alt(Backspace), Action::DeleteWord),
    key(Key::Ctrl(Char('w')), Action::DeleteWord),
    k(Delete, Action::Delete),
    k(Left, Action::Left),
    k(Right, Action::Right),
    k(Home, Action::Home),
    key(Key::Ctrl(Char('a')), Action::Home),
    k(End, Action::End),
    key(Key::Ctrl(Char('e')), Action::End),
];

const CURSOR: Row = Row {
    keys: &[&[
        k(Left, Action::Left),
        k(Right, Action::Right),
        k(Home, Action::Home),
        k(End, Action::End),
    ]],
    help: "h-cursor",
    footer: None,
};
const ACCEPT_EMPTY: Row = Row {
    keys: &[&[k(Enter, Action::Submit)]],
    help: "h-accept_empty",
    footer: hint("f-next"),
};
const PREVIOUS: Row = Row {
    keys: &[&[k(BackTab, Action::Back)]],
    help: "h-previous",
    footer: hint("f-back"),
};
const EDITOR_HELP: Row = Row {
    keys: &[&[k(F(1), Action::Help)]],
    help: "h-this_help",
    footer: hint("f-help"),
};
const EDITOR_MENU: Row = Row {
    keys: &[&[k(Esc, Action::Menu)]],
    help: "h-menu_quit",
    footer: hint("f-menu"),
};
/// Ctrl-Z works everywhere (it is in [`GLOBAL`]); this row says so in the help.
const SUSPEND: Row = Row {
    keys: &[&[key(Key::Ctrl(Char('z')), Action::Suspend)]],
    help: "h-suspend",
    footer: None,
};
const INTERRUPT: Row = Row {
    keys: &[&[key(Key::Ctrl(Char('c')), Action::Interrupt)]],
    help: "h-quit",
    footer: None,
};

static HELP_OVERLAY: Table = Table {
    rows: &[
        Row {
            keys: &[
                &[k(Up, Action::Up), k(Down, Action::Down)],
                &[k(Char('j'), Action::Down), k(Char('k'), Action::Up)],
                &[k(PageUp, Action::PageUp), k(PageDown, Action::PageDown)],
            ],
            help: "h-scroll",
            footer: hint("f-scroll"),
        },
        Row {
            keys: &[&[key(Key::Any("any other key"), Action::Cancel)]],
            help: "h-close",
            footer: hint("f-close"),
        },
    ],
    hidden: &[],
};

static MENU_OVERLAY: Table = Table {
    rows: &[
        Row {
            keys: MOVE,
            help: "h-move",
            footer: hint("f-move"),
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-choose",
            footer: hint("f-choose"),
        },
        Row {
            keys: &[&[(Key::Digits(1, 9), Act::Pick)]],
            help: "h-choose_number",
            footer: None,
        },
        Row {
            keys: &[&[k(Esc, Action::Cancel)]],
            help: "h-close",
            footer: hint("f-close"),
        },
    ],
    hidden: &[&[
        k(BackTab, Action::Up),
        k(Tab, Action::Down),
        k(Char(' '), Action::Submit),
        k(Char('q'), Action::Quit),
    ]],
};

static WELCOME: Table = Table {
    rows: &[
        Row {
            keys: MOVE,
            help: "h-move",
            footer: hint("f-move"),
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-choose",
            footer: hint("f-choose"),
        },
        Row {
            keys: &[&[(Key::Digits(1, 9), Act::Pick)]],
            help: "h-choose_number",
            footer: None,
        },
        Row {
            keys: &[&[k(Char('n'), Action::NewSession)]],
            help: "h-new_session",
            footer: None,
        },
        Row {
            keys: &[&[k(Char('s'), Action::ShowSessions)]],
            help: "h-saved_sessions",
            footer: None,
        },
        HELP,
        MENU.quiet(),
        QUIT,
        SUSPEND,
    ],
    hidden: &[
        &[k(Right, Action::Submit), k(Char('l'), Action::Submit)],
        NAV,
    ],
};

static REVIEW: Table = Table {
    rows: &[
        Row {
            keys: MOVE,
            help: "h-move",
            footer: hint("f-move"),
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)], &[k(Char('e'), Action::Submit)]],
            help: "h-change",
            footer: hint("f-change"),
        },
        Row {
            keys: &[
                &[k(Char('r'), Action::ShowResults)],
                &[k(Tab, Action::ShowResults)],
                &[k(Right, Action::ShowResults)],
            ],
            help: "h-see",
            footer: hint("f-see_result"),
        },
        Row {
            keys: BACK,
            help: "h-back_last",
            footer: None,
        },
        Row {
            keys: &[&[k(Char('s'), Action::ShowSessions)]],
            help: "h-saved_sessions",
            footer: None,
        },
        HELP,
        MENU.quiet(),
        QUIT,
        SUSPEND,
    ],
    hidden: &[&[k(Char('l'), Action::ShowResults)], NAV],
};

static RESULTS: Table = Table {
    rows: &[
        Row {
            keys: &[
                &[k(Up, Action::Up), k(Down, Action::Down)],
                &[k(Char('j'), Action::Down), k(Char('k'), Action::Up)],
                &[k(PageUp, Action::PageUp), k(PageDown, Action::PageDown)],
            ],
            help: "h-scroll",
            footer: hint("f-scroll"),
        },
        Row {
            keys: &[
                &[k(Char('b'), Action::ShowReview)],
                &[k(Left, Action::ShowReview)],
            ],
            help: "h-back_review",
            footer: hint("f-review"),
        },
        Row {
            keys: &[&[k(Char('e'), Action::Export)]],
            help: "h-export",
            footer: hint("f-export"),
        },
        Row {
            keys: &[&[k(Char('a'), Action::ToggleAllChanges)]],
            help: "h-all_changes",
            footer: None,
        },
        Row {
            keys: &[&[k(Char('n'), Action::NewSession)]],
            help: "h-new_session",
            footer: hint("f-new"),
        },
        Row {
            keys: &[&[k(Char('s'), Action::ShowSessions)]],
            help: "h-saved_sessions",
            footer: hint("f-sessions"),
        },
        Row {
            keys: &[&[
                k(Char(']'), Action::NextItem),
                k(Char('['), Action::PreviousItem),
            ]],
            help: "h-roadmap_item",
            footer: hint("f-roadmap_mark"),
        },
        Row {
            keys: &[&[k(Char('x'), Action::MarkItem(Some(State::Done)))]],
            help: "h-roadmap_done",
            footer: None,
        },
        Row {
            keys: &[&[k(Char('i'), Action::MarkItem(Some(State::InProgress)))]],
            help: "h-roadmap_start",
            footer: None,
        },
        Row {
            keys: &[&[k(Char('-'), Action::MarkItem(Some(State::Skipped)))]],
            help: "h-roadmap_skip",
            footer: None,
        },
        Row {
            keys: &[&[k(Char('u'), Action::MarkItem(None))]],
            help: "h-roadmap_reset",
            footer: None,
        },
        HELP.quiet(),
        MENU.quiet(),
        QUIT,
        SUSPEND,
    ],
    hidden: &[
        &[
            k(Char('h'), Action::ShowReview),
            k(BackTab, Action::ShowReview),
        ],
        NAV,
    ],
};

pub(super) fn of(mode: Mode) -> &'static Table {
    match mode {
        Mode::Help => &HELP_OVERLAY,
        Mode::Menu => &MENU_OVERLAY,
        Mode::Welcome => &WELCOME,
        Mode::Choices => &CHOICES,
        Mode::Rank => &RANK,
        Mode::Confirm => &CONFIRM,
        Mode::Scale => &SCALE,
        Mode::Number => &NUMBER,
        Mode::Text => &TEXT,
        Mode::Review => &REVIEW,
        Mode::Results => &RESULTS,
        Mode::Sessions => &SESSIONS,
        Mode::SessionsFilter => &SESSIONS_FILTER,
        Mode::SessionsRename => &SESSIONS_RENAME,
        Mode::SessionsConfirmDelete => &SESSIONS_CONFIRM_DELETE,
        Mode::SessionsCompare => &SESSIONS_COMPARE,
    }
}
