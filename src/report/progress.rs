//! The words of roadmap progress, built once for every face (the `roadmap` command, the
//! results screen, exports): an item's state, its box, and the counts sentence.

use crate::roadmap::{Item, RoadmapCounts, Stage, State};
use crate::words;

/// "3 of 23 done, 1 in progress, 2 skipped" (the last two only when there are any).
pub fn counts_text(lang: &str, c: &RoadmapCounts) -> String {
    let mut out = words::t_args(
        lang,
        "roadmap-counts",
        &[
            ("done", words::Value::from(c.done.to_string().to_string())),
            ("total", words::Value::from(c.total.to_string().to_string())),
        ],
    );
    for (n, key) in [
        (c.in_progress, "roadmap-counts_in_progress"),
        (c.skipped, "roadmap-counts_skipped"),
    ] {
        if n > 0 {
            out.push_str(", ");
            out.push_str(&words::t_args(
                lang,
                key,
                &[("n", words::Value::from(n.to_string().to_string()))],
            ));
        }
    }
    out
}

/// "done", "in progress", "skipped" or "not started".
pub fn state_word(lang: &str, state: Option<State>) -> String {
    words::t(lang, state.map_or("roadmap-state-not_started", State::key))
}

/// The box in front of an item: `[x]` done, `[~]` in progress, `[-]` skipped, `[ ]` not
/// started. A task list (Markdown) knows only the first and the last; the words say the rest.
pub fn checkbox(state: Option<State>) -> &'static str {
    match state {
        Some(State::Done) => "[x]",
        Some(State::InProgress) => "[~]",
        Some(State::Skipped) => "[-]",
        None => "[ ]",
    }
}

/// " (in progress)" / " (skipped)" after an item, so the state reads without the box.
pub fn state_suffix(lang: &str, state: Option<State>) -> String {
    match state {
        Some(s @ (State::InProgress | State::Skipped)) => format!(" ({})", words::t(lang, s.key())),
        _ => String::new(),
    }
}

/// The item's text in `lang`, or the stage's when the stage has no items.
pub fn item_text<'q>(stage: &Stage<'q>, item: &Item<'q>, lang: &str, default: &str) -> &'q str {
    item.text.unwrap_or(&stage.step.step).get(lang, default)
}

/// `2.3`, the address an item is changed by.
pub fn address(stage: &Stage<'_>, item: &Item<'_>) -> String {
    format!("{}.{}", stage.number, item.number)
}
