//! The question screens' key tables, one per question type.

use crossterm::event::KeyCode::{
    Backspace, Char, Delete, Down, Enter, Left, PageDown, PageUp, Right, Up,
};

use super::super::{Act, Hint, Key, Letter, Row, Table, When};
use super::{
    ACCEPT_EMPTY, BACK, CURSOR, EDITING, EDITOR_HELP, EDITOR_MENU, HELP, INTERRUPT, MENU, MOVE,
    NAV, PREVIOUS, QUIT, SKIP, SUSPEND, hint, k, key,
};
use crate::tui::app::Action;

pub(super) static CHOICES: Table = Table {
    rows: &[
        Row {
            keys: MOVE,
            help: "h-move_highlight",
            footer: hint("f-move"),
        },
        Row {
            keys: &[
                &[k(PageUp, Action::PageUp), k(PageDown, Action::PageDown)],
                &[k(Char('g'), Action::Top), k(Char('G'), Action::Bottom)],
            ],
            help: "h-page",
            footer: None,
        },
        Row {
            keys: &[&[k(Char(' '), Action::Toggle)]],
            help: "h-tick",
            footer: hint("f-select"),
        },
        Row {
            keys: &[&[(Key::Digits(1, 9), Act::Pick)]],
            help: "h-tick_n",
            footer: None,
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-accept",
            footer: hint("f-next"),
        },
        Row {
            keys: BACK,
            help: "h-previous",
            footer: hint("f-back"),
        },
        SKIP,
        Row {
            keys: &[
                &[(Key::Mouse("click"), Act::Mouse)],
                &[(Key::Mouse("wheel"), Act::Mouse)],
            ],
            help: "h-click",
            footer: None,
        },
        HELP,
        MENU,
        QUIT.quiet(),
        SUSPEND,
    ],
    hidden: &[NAV],
};

pub(super) static RANK: Table = Table {
    rows: &[
        Row {
            keys: MOVE,
            help: "h-move_highlight",
            footer: hint("f-move"),
        },
        Row {
            keys: &[
                &[k(Char('K'), Action::MoveUp), k(Char('J'), Action::MoveDown)],
                &[
                    key(Key::Shift(Up), Action::MoveUp),
                    key(Key::Shift(Down), Action::MoveDown),
                ],
            ],
            help: "h-move_item",
            footer: hint("f-reorder"),
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-accept_order",
            footer: hint("f-next"),
        },
        Row {
            keys: BACK,
            help: "h-previous",
            footer: hint("f-back"),
        },
        SKIP,
        HELP,
        MENU.quiet(),
        QUIT.quiet(),
        SUSPEND,
    ],
    hidden: &[
        &[k(Char(' '), Action::Toggle), (Key::Digits(1, 9), Act::Pick)],
        NAV,
    ],
};

pub(super) static CONFIRM: Table = Table {
    rows: &[
        Row {
            keys: &[
                &[key(Key::Letter(Letter::Yes), Action::Answer(true))],
                &[key(Key::Letter(Letter::No), Action::Answer(false))],
            ],
            help: "h-yes_no",
            footer: Some(Hint {
                what: "f-answer",
                groups: 2,
                when: When::Always,
            }),
        },
        Row {
            keys: &[
                &[k(Up, Action::Up), k(Down, Action::Down)],
                &[k(Char(' '), Action::Toggle)],
            ],
            help: "h-switch",
            footer: None,
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-accept",
            footer: hint("f-next"),
        },
        Row {
            keys: BACK,
            help: "h-previous",
            footer: hint("f-back"),
        },
        SKIP,
        HELP,
        MENU,
        QUIT.quiet(),
        SUSPEND,
    ],
    hidden: &[&[(Key::Digits(1, 2), Act::Pick)], NAV],
};

pub(super) static SCALE: Table = Table {
    rows: &[
        Row {
            keys: &[
                &[k(Left, Action::Left), k(Right, Action::Right)],
                &[k(Char('h'), Action::Left), k(Char('l'), Action::Right)],
            ],
            help: "h-lower_higher",
            footer: hint("f-choose"),
        },
        Row {
            keys: &[&[(Key::Digits(0, 9), Act::Pick)]],
            help: "h-pick_value",
            footer: None,
        },
        Row {
            keys: &[&[k(PageUp, Action::PageUp), k(PageDown, Action::PageDown)]],
            help: "h-jump",
            footer: None,
        },
        Row {
            keys: &[&[k(Enter, Action::Submit)]],
            help: "h-accept",
            footer: hint("f-next"),
        },
        PREVIOUS,
        SKIP,
        HELP,
        MENU.quiet(),
        QUIT.quiet(),
        SUSPEND,
    ],
    hidden: &[&[k(Char(' '), Action::Toggle)], NAV],
};

pub(super) static NUMBER: Table = Table {
    rows: &[
        Row {
            keys: &[&[(Key::Text("0-9 . -"), Act::Insert)]],
            help: "h-type_number",
            footer: None,
        },
        Row {
            keys: &[&[k(Up, Action::Up), k(Down, Action::Down)]],
            help: "h-by_step",
            footer: hint("f-step"),
        },
        ACCEPT_EMPTY,
        PREVIOUS,
        CURSOR,
        Row {
            keys: &[
                &[k(Backspace, Action::Backspace)],
                &[key(Key::Ctrl(Char('w')), Action::DeleteWord)],
            ],
            help: "h-delete_char_word",
            footer: None,
        },
        EDITOR_HELP,
        EDITOR_MENU,
        INTERRUPT,
        SUSPEND,
    ],
    hidden: &[EDITING],
};

pub(super) static TEXT: Table = Table {
    rows: &[
        Row {
            keys: &[&[(Key::Text("type or paste"), Act::Insert)]],
            help: "h-edit",
            footer: None,
        },
        ACCEPT_EMPTY,
        PREVIOUS,
        CURSOR,
        Row {
            keys: &[&[k(Backspace, Action::Backspace), k(Delete, Action::Delete)]],
            help: "h-delete_char",
            footer: None,
        },
        Row {
            keys: &[
                &[key(Key::Ctrl(Char('w')), Action::DeleteWord)],
                &[key(Key::Alt(Backspace), Action::DeleteWord)],
            ],
            help: "h-delete_word",
            footer: hint("f-delete_word"),
        },
        EDITOR_HELP,
        EDITOR_MENU,
        INTERRUPT,
        SUSPEND,
    ],
    hidden: &[EDITING],
};
