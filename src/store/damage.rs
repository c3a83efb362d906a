//! What reading sessions found: why a file cannot be read ([`Damage`]), and what was
//! worked around ([`Note`]). Each is kept as what happened, so that it is worded in the
//! language of whoever reads it.

use crate::words::{self, Value};
use crate::yaml;

/// Why a session file (or the sessions directory) cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// The sessions directory itself cannot be read.
    Directory(Why),
    /// The file's name is not `<id>.yaml`, so no save could go to it.
    NotASessionName,
    NotRegular,
    TooLarge {
        mib: u64,
    },
    Unreadable(Why),
    NotText {
        at: usize,
    },
    Empty,
    Blank,
    /// A file this build wrote whose checksum no longer matches; `detail` says where the
    /// parser stopped, when it did.
    CutShort {
        detail: Option<Detail>,
    },
    /// YAML that is not a session; `detail` is the parser's finding, with its position.
    NotASession {
        detail: Detail,
    },
    NoFormatVersion,
    /// Collections nested deeper than any session's, at this line: the YAML parser would
    /// take minutes over it (its time grows with the square of the depth).
    TooDeep {
        line: u32,
    },
    TooNew {
        version: u32,
    },
    UnknownFormat {
        version: u32,
    },
    /// A session of a known format with a field that does not read (the detail says which).
    Invalid {
        detail: Detail,
    },
}

/// What the parser found wrong, and where (line and column), when it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub text: String,
    pub at: Option<(u32, u32)>,
}

impl Detail {
    fn message(&self, lang: &str) -> String {
        match self.at {
            None => self.text.clone(),
            Some((line, col)) => words::t_args(
                lang,
                "damage-at",
                &[
                    ("detail", self.text.as_str().into()),
                    ("line", line.into()),
                    ("col", col.into()),
                ],
            ),
        }
    }
}

/// A system error's reason: one careerpath words itself (by message id), or the system's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    Said(&'static str),
    System(String),
}

impl Why {
    pub fn of(e: &std::io::Error) -> Why {
        use std::io::ErrorKind as K;
        Why::Said(match e.kind() {
            K::StorageFull => "io-disk_full",
            K::ReadOnlyFilesystem => "io-read_only",
            K::PermissionDenied => "io-denied",
            K::QuotaExceeded => "io-quota",
            K::NotFound => "io-missing",
            K::NotADirectory => "io-not_a_directory",
            K::IsADirectory => "io-a_directory",
            _ => match e.raw_os_error() {
                Some(libc::EIO) => "io-device",
                Some(libc::ELOOP) => "io-loop",
                Some(libc::ENAMETOOLONG) => "io-name_too_long",
                Some(libc::EMFILE | libc::ENFILE) => "io-too_many_open",
                _ => return Why::System(e.to_string()),
            },
        })
    }

    pub fn message(&self, lang: &str) -> String {
        match self {
            Why::Said(id) => words::t(lang, id),
            Why::System(text) => text.clone(),
        }
    }
}

impl Damage {
    /// The reason in `lang`, one line.
    pub fn message(&self, lang: &str) -> String {
        let with = |id: &str, args: &[(&str, Value)]| words::t_args(lang, id, args);
        let detail = |id: &str, d: &Detail| with(id, &[("detail", d.message(lang).into())]);
        let why = |id: &str, why: &Why| with(id, &[("reason", why.message(lang).into())]);
        let number = |id: &str, n: u64| with(id, &[("n", n.into())]);
        match self {
            Damage::Directory(w) => why("damage-directory", w),
            Damage::NotASessionName => words::t(lang, "damage-name"),
            Damage::NotRegular => words::t(lang, "damage-not_regular"),
            Damage::TooLarge { mib } => number("damage-too_large", *mib),
            Damage::Unreadable(w) => why("damage-unreadable", w),
            Damage::NotText { at } => number("damage-not_text", *at as u64),
            Damage::Empty => words::t(lang, "damage-empty"),
            Damage::Blank => words::t(lang, "damage-blank"),
            Damage::CutShort { detail: None } => words::t(lang, "damage-cut_short"),
            Damage::CutShort { detail: Some(d) } => detail("damage-cut_short_at", d),
            Damage::NotASession { detail: d } => detail("damage-not_a_session", d),
            Damage::NoFormatVersion => words::t(lang, "damage-no_format_version"),
            Damage::TooDeep { line } => with(
                "damage-too_deep",
                &[("max", yaml::MAX_DEPTH.into()), ("line", (*line).into())],
            ),
            Damage::TooNew { version } => with(
                "damage-too_new",
                &[
                    ("version", (*version).into()),
                    ("reads", crate::session::FORMAT_VERSION.into()),
                ],
            ),
            Damage::UnknownFormat { version } => with(
                "damage-unknown_format",
                &[
                    ("version", (*version).into()),
                    ("reads", crate::session::FORMAT_VERSION.into()),
                ],
            ),
            Damage::Invalid { detail: d } => d.message(lang),
        }
    }
}

words::english_display!(Damage);

/// Something a reader worked around; [`Note::message`] words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The end of a write-ahead log was cut short by a kill mid-append: those bytes were
    /// skipped, and every answer shown as saved is in the records before them.
    TornLog {
        path: std::path::PathBuf,
        skipped: usize,
    },
}

impl Note {
    pub fn message(&self, lang: &str) -> String {
        match self {
            Note::TornLog { path, skipped } => words::t_args(
                lang,
                "note-torn_log",
                &[
                    ("path", path.display().to_string().into()),
                    ("n", (*skipped as u64).into()),
                ],
            ),
        }
    }
}

words::english_display!(Note);

#[cfg(test)]
mod tests {
    use super::*;

    /// The system's reasons a user meets on a bad data directory are said in their language.
    #[test]
    fn system_reasons_are_worded_in_each_language() {
        for (errno, en, es) in [
            (
                libc::ELOOP,
                "the path goes round a loop of symbolic links",
                "la ruta da vueltas en un bucle de enlaces simbólicos",
            ),
            (
                libc::ENAMETOOLONG,
                "a name in the path is too long",
                "un nombre de la ruta es demasiado largo",
            ),
            (
                libc::EMFILE,
                "too many files are open",
                "hay demasiados archivos abiertos",
            ),
            (
                libc::EIO,
                "the disk reported an input/output error",
                "el disco ha dado un error de entrada/salida",
            ),
            (libc::ENOSPC, "the disk is full", "el disco está lleno"),
        ] {
            let why = Why::of(&std::io::Error::from_raw_os_error(errno));
            assert_eq!(
                (why.message("en").as_str(), why.message("es").as_str()),
                (en, es)
            );
        }
    }
}
