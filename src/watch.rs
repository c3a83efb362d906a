//! Noticing that a file changed, by polling a fingerprint of it: whether it exists, and
//! the hash of its content. Used by `validate --watch` and the full-screen `--watch`.
//!
//! Polling rather than OS notifications: editors save by writing in place, by truncating,
//! or by renaming a new file over the old one, and a file may be deleted and restored;
//! a poll sees all of these the same way, with no watch to re-arm. Hashing the content
//! (files are capped at a few MiB) rather than trusting the modification time catches two
//! saves within the file system's time resolution, and ignores a save that changed nothing.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// How often a watcher looks at its files.
pub const POLL: std::time::Duration = std::time::Duration::from_millis(200);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Stamp {
    Missing,
    /// It exists but cannot be read as a file: the error's kind.
    Unreadable(std::io::ErrorKind),
    Content([u8; 32]),
}

/// One watched file and what it looked like when last seen.
#[derive(Debug, Clone)]
pub struct Watched {
    path: PathBuf,
    last: Stamp,
}

impl Watched {
    /// Starts watching `path` from how it looks now.
    pub fn new(path: &Path) -> Watched {
        Watched {
            path: path.to_owned(),
            last: stamp(path),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when the file looks different from the last time this was asked.
    pub fn changed(&mut self) -> bool {
        let now = stamp(&self.path);
        if now == self.last {
            return false;
        }
        self.last = now;
        true
    }
}

fn stamp(path: &Path) -> Stamp {
    // Only regular files are opened: a FIFO would block the watcher.
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Stamp::Missing,
        Err(e) => return Stamp::Unreadable(e.kind()),
        Ok(m) if !m.is_file() => return Stamp::Unreadable(std::io::ErrorKind::InvalidInput),
        Ok(_) => {}
    }
    let mut hasher = Sha256::new();
    let read = std::fs::File::open(path).and_then(|f| {
        let mut buf = Vec::new();
        f.take(crate::input::MAX_BYTES + 1).read_to_end(&mut buf)?;
        Ok(buf)
    });
    match read {
        Ok(bytes) => {
            hasher.update(&bytes);
            Stamp::Content(hasher.finalize().into())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Stamp::Missing,
        Err(e) => Stamp::Unreadable(e.kind()),
    }
}

impl Watched {
    /// When the file changed since last asked, loads it again as a questionnaire.
    pub fn reload(
        &mut self,
    ) -> Option<Result<crate::questionnaire::Questionnaire, crate::questionnaire::LoadError>> {
        self.changed()
            .then(|| crate::questionnaire::load_file(&self.path))
    }
}
