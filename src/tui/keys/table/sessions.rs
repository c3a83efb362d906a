//! The sessions browser's key tables: the list, its filter, rename, delete and compare.

use crossterm::event::KeyCode::{BackTab, Char, Delete, Down, Enter, Esc, Left, Right, Up};

use super::super::{Act, Key, Letter, Row, Table};
use super::{EDITING, HELP, MENU, MOVE, NAV, QUIT, SUSPEND, hint, k, key};
use crate::tui::app::Action;

pub(super) static SESSIONS: Table = Table {
    rows: &[
        Row {
            keys: MOVE,
            help: "h-move",
            footer: None,
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-open",
            footer: hint("f-open"),
        },
        Row {
            keys: &[&[k(Char('/'), Action::Filter)]],
            help: "h-filter",
            footer: hint("f-filter"),
        },
        Row {
            keys: &[&[k(Char('r'), Action::Rename)]],
            help: "h-rename",
            footer: hint("f-rename"),
        },
        Row {
            keys: &[&[k(Char('d'), Action::DeleteSession)]],
            help: "h-delete_asks",
            footer: hint("f-delete"),
        },
        Row {
            keys: &[&[k(Char(' '), Action::Toggle)]],
            help: "h-mark",
            footer: hint("f-mark"),
        },
        Row {
            keys: &[&[k(Char('c'), Action::Compare)]],
            help: "h-compare",
            footer: hint("f-compare"),
        },
        Row {
            keys: &[&[k(Char('e'), Action::Export)]],
            help: "h-export",
            footer: None,
        },
        Row {
            keys: &[&[k(Char('t'), Action::Retake)]],
            help: "h-retake",
            // The footer has no room left at 80 columns; the help lists it.
            footer: None,
        },
        Row {
            keys: &[&[k(Char('n'), Action::NewSession)]],
            help: "h-new_session",
            footer: None,
        },
        Row {
            keys: &[&[k(Left, Action::Back)], &[k(Char('h'), Action::Back)]],
            help: "h-back_start",
            footer: None,
        },
        HELP,
        MENU.quiet(),
        QUIT.quiet(),
        SUSPEND,
    ],
    hidden: &[
        &[
            k(Right, Action::Submit),
            k(Char('l'), Action::Submit),
            k(Delete, Action::DeleteSession),
            k(BackTab, Action::Back),
        ],
        NAV,
    ],
};

pub(super) static SESSIONS_FILTER: Table = Table {
    rows: &[
        Row {
            keys: &[&[(Key::Text("type"), Act::Insert)]],
            help: "h-filter_by",
            footer: None,
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-keep_filter",
            footer: hint("f-keep_filter"),
        },
        Row {
            keys: &[&[k(Esc, Action::Cancel)]],
            help: "h-clear_filter",
            footer: hint("f-clear"),
        },
    ],
    hidden: &[&[k(Up, Action::Submit), k(Down, Action::Submit)], EDITING],
};

pub(super) static SESSIONS_RENAME: Table = Table {
    rows: &[
        Row {
            keys: &[&[(Key::Text("type"), Act::Insert)]],
            help: "h-new_name",
            footer: None,
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-rename",
            footer: hint("f-rename"),
        },
        Row {
            keys: &[&[k(Esc, Action::Cancel)]],
            help: "h-cancel",
            footer: hint("f-cancel"),
        },
    ],
    hidden: &[EDITING],
};

pub(super) static SESSIONS_CONFIRM_DELETE: Table = Table {
    rows: &[
        Row {
            keys: &[
                &[key(Key::Letter(Letter::Yes), Action::Submit)],
                &[k(Enter, Action::Submit)],
            ],
            help: "h-delete",
            footer: hint("f-delete"),
        },
        Row {
            keys: &[
                &[key(Key::Letter(Letter::No), Action::Cancel)],
                &[k(Esc, Action::Cancel)],
            ],
            help: "h-keep_it",
            footer: hint("f-keep"),
        },
    ],
    hidden: &[],
};

pub(super) static SESSIONS_COMPARE: Table = Table {
    rows: &[
        Row {
            keys: &[&[k(Up, Action::Up), k(Down, Action::Down)]],
            help: "h-scroll",
            footer: hint("f-scroll"),
        },
        Row {
            keys: &[&[k(Esc, Action::Cancel)], &[k(Left, Action::Cancel)]],
            help: "h-close_compare",
            footer: hint("f-close"),
        },
        HELP.quiet(),
        Row {
            keys: &[&[k(Char('q'), Action::Quit)]],
            help: "h-quit",
            footer: None,
        },
    ],
    hidden: &[
        &[
            k(Char('h'), Action::Cancel),
            k(Enter, Action::Cancel),
            k(BackTab, Action::Cancel),
        ],
        NAV,
    ],
};
