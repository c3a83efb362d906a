//! careerpath's integration tests: one binary, one module per area, shared helpers in
//! `support`. Fixtures live in `tests/fixtures/` and `tests/personas/` (answers files; the
//! personas with their expectations are the cases of `questions/career.tests.yaml`).

mod builtin;
mod career;
mod cli;
mod compare;
mod diag_es;
#[cfg(feature = "tui")]
mod e2e;
#[cfg(feature = "tui")]
mod e2e_export;
mod evaluate;
mod export_all;
mod expr;
mod flow;
mod i18n;
mod instruments;
#[cfg(feature = "tui")]
mod keys;
mod lang_keys;
mod limits;
mod lint;
mod lint_ranges;
mod load;
mod man;
mod personas;
mod plain;
#[cfg(feature = "tui")]
mod render;
mod report;
mod resume_hint;
mod retake;
mod roadmap;
#[cfg(feature = "tui")]
mod roadmap_tui;
mod session_reconcile;
mod session_roundtrip;
#[cfg(feature = "tui")]
mod sessions_browser;
mod sessions_cli;
mod sitting;
mod store;
mod store_crash;
mod store_wal;
#[allow(dead_code)]
mod support;
mod template;
mod testing;
mod text;
#[cfg(feature = "tui")]
mod tui;
mod usage_error;
mod watch;
mod why_not;
mod words;
mod yaml;

/// The binary in the C locale, whatever the locale the tests run in: a test that wants
/// another language says so (`--lang`, or `LANG` in its own environment, set after this).
pub(crate) fn careerpath() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_careerpath"));
    for key in LOCALE {
        cmd.env_remove(key);
    }
    cmd.env("LANG", "C.UTF-8");
    cmd
}

/// The variables a locale comes from, in POSIX's order.
pub(crate) const LOCALE: [&str; 4] = ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"];
