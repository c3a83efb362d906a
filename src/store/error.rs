//! What can go wrong with the sessions store, worded in the user's language.

use std::path::{Path, PathBuf};

use super::damage::{Damage, Why};

/// What went wrong with the sessions store; [`StoreError::message`] words it.
#[derive(Debug)]
pub enum StoreError {
    Dir {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Nothing already saved was changed.
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The session file could not be removed: it is still there.
    Delete {
        path: PathBuf,
        source: std::io::Error,
    },
    NotFound(String),
    Ambiguous {
        prefix: String,
        matches: String,
    },
    Damaged {
        path: PathBuf,
        reason: Damage,
    },
    NoDataDir(String),
    /// Another process has the session open for writing.
    InUse(String),
    InvalidId(String),
}

impl StoreError {
    /// The error in `lang`, as `careerpath: …` lines and the interface's notices show it.
    pub fn message(&self, lang: &str) -> String {
        use crate::sanitize::echo;
        use crate::words::{self, Value};
        let path = |p: &Path| Value::from(p.display().to_string());
        let with = |id: &str, args: &[(&str, Value)]| words::t_args(lang, id, args);
        match self {
            StoreError::Dir { path: p, source } => with(
                "store-dir",
                &[
                    ("path", path(p)),
                    ("reason", Why::of(source).message(lang).into()),
                ],
            ),
            StoreError::Write { path: p, source } => with(
                "store-write",
                &[
                    ("path", path(p)),
                    ("reason", Why::of(source).message(lang).into()),
                ],
            ),
            StoreError::Delete { path: p, source } => with(
                "store-delete",
                &[
                    ("path", path(p)),
                    ("reason", Why::of(source).message(lang).into()),
                ],
            ),
            StoreError::NotFound(id) => with("cli-not_found", &[("id", echo(id).into())]),
            StoreError::Ambiguous { prefix, matches } => with(
                "cli-ambiguous",
                &[
                    ("id", echo(prefix).into()),
                    ("matches", matches.as_str().into()),
                ],
            ),
            StoreError::Damaged { path: p, reason } => with(
                "store-damaged",
                &[("path", path(p)), ("reason", reason.message(lang).into())],
            ),
            StoreError::NoDataDir(reason) => {
                with("store-no_data_dir", &[("reason", reason.as_str().into())])
            }
            StoreError::InUse(id) => with("cli-in_use", &[("id", echo(id).into())]),
            StoreError::InvalidId(id) => with("cli-invalid_id", &[("id", echo(id).into())]),
        }
    }
}

crate::words::english_display!(StoreError);

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Dir { source, .. }
            | StoreError::Write { source, .. }
            | StoreError::Delete { source, .. } => Some(source),
            _ => None,
        }
    }
}
