//! Input files: a questionnaire, answers or test file read whole, refusing what is not a
//! regular file, is too large, or is not UTF-8, with the position of the first bad byte.

use std::io::Read as _;
use std::path::Path;

use crate::questionnaire::{Diagnostic, LoadError, Pos};

/// Input files larger than this are refused (4 MiB).
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a whole input file, refusing anything that is not a regular file of
/// at most [`MAX_BYTES`] of UTF-8. A leading BOM is dropped.
pub fn read_capped(path: &Path) -> Result<String, LoadError> {
    // stat before open: opening a FIFO would block, and a device may never end.
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(LoadError::Missing {
                path: path.to_owned(),
            });
        }
        Err(e) => {
            return Err(LoadError::Io {
                path: path.to_owned(),
                source: e,
            });
        }
    };
    if meta.is_dir() {
        return Err(unreadable(path, diag!("diag-unreadable-dir")));
    }
    if !meta.is_file() {
        return Err(unreadable(path, diag!("diag-unreadable-special")));
    }
    let name = path.display().to_string();
    if meta.len() > MAX_BYTES {
        return Err(too_large(&name));
    }
    let file = std::fs::File::open(path).map_err(|e| LoadError::Io {
        path: path.to_owned(),
        source: e,
    })?;
    // Sized from the stat, so a large file is not read into a buffer grown to twice its size.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The file may have grown since the stat: never read more than the cap + 1.
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::Io {
            path: path.to_owned(),
            source: e,
        })?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(&name));
    }
    decode(&name, bytes)
}

fn unreadable(path: &Path, reason: String) -> LoadError {
    LoadError::Unreadable {
        path: path.to_owned(),
        reason,
    }
}

pub(crate) fn too_large(name: &str) -> LoadError {
    LoadError::Invalid(vec![Diagnostic::error(
        name,
        Pos::default(),
        "too-large",
        diag!("diag-too-large", mib = MAX_BYTES / (1024 * 1024)),
    )])
}

/// Bytes to text: UTF-8 only, with the position of the first bad byte; a BOM is dropped.
fn decode(name: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let bytes = e.as_bytes();
            let good = e.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&bytes[..good]);
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let pos = Pos {
                line: to_u32(line),
                col: to_u32(col),
            };
            let byte = bytes.get(good).copied().unwrap_or(0);
            Err(LoadError::Invalid(vec![
                Diagnostic::error(
                    name,
                    pos,
                    "not-utf8",
                    diag!(
                        "diag-not-utf8",
                        line = line,
                        col = col,
                        byte = format!("0x{byte:02x}")
                    ),
                )
                .with_help(diag!("diag-not-utf8-help")),
            ]))
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
