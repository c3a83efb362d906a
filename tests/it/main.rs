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
mod lint;
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
mod watch;
mod why_not;
mod words;
mod yaml;
