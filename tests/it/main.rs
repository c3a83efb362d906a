//! careerpath's integration tests: one binary, one module per area, shared helpers in
//! `support`. Fixtures live in `tests/fixtures/` and `tests/personas/`.

mod cli;
#[cfg(feature = "tui")]
mod e2e;
#[cfg(feature = "tui")]
mod e2e_export;
mod evaluate;
mod expr;
mod flow;
mod i18n;
mod lint;
mod load;
mod personas;
mod plain;
mod report;
mod session_reconcile;
mod session_roundtrip;
#[cfg(feature = "tui")]
mod sessions_browser;
mod sessions_cli;
mod store;
mod store_crash;
#[allow(dead_code)]
mod support;
#[cfg(feature = "tui")]
mod tui;
