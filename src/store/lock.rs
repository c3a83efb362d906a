//! Per-session locks, so two careerpath processes never write the same session.
//!
//! A lock is `flock` on `<id>.lock`. The holder removes the file before letting go, so no
//! lock file outlives its session's use; a process that opened the old file in between
//! notices (the path no longer names the file it locked) and tries again on a fresh one.
//! A lock file left by a kill is removed by listings once nobody holds it.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::os::unix::fs::{MetadataExt as _, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Holding this means no other process writes the session; dropping it waits for the
/// session's pending sync, removes the lock file and releases the lock.
#[derive(Debug)]
pub struct SessionLock {
    // `None` when the lock file could not be created (a read-only directory): saving will
    // fail there anyway, with an error the caller shows.
    file: Option<(File, PathBuf)>,
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Another process may write the session as soon as we let go: our older text
        // must not land on top of its newer one.
        super::sync::flush();
        if let Some((file, path)) = self.file.take() {
            let _ = fs::remove_file(&path);
            drop(file);
        }
    }
}

/// How a session was opened.
#[derive(Debug)]
pub enum Access {
    /// This process may save the session while the lock lives.
    Write(SessionLock),
    /// Another process has it open: show it, never save it.
    ReadOnly,
}

impl Access {
    pub fn can_write(&self) -> bool {
        matches!(self, Access::Write(_))
    }
}

/// Takes the lock at `path` without waiting.
pub(super) fn acquire(path: &Path) -> Access {
    // Each retry means a holder removed the file between our open and our lock; two in a
    // row is already unlikely.
    for _ in 0..8 {
        let file = match OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
        {
            Ok(f) => f,
            Err(_) => return Access::Write(SessionLock { file: None }),
        };
        match file.try_lock() {
            Ok(()) if still_named(&file, path) => {
                return Access::Write(SessionLock {
                    file: Some((file, path.to_path_buf())),
                });
            }
            Ok(()) => continue,
            Err(TryLockError::WouldBlock) => return Access::ReadOnly,
            // A file system without locks: behave as before locks existed.
            Err(TryLockError::Error(_)) => return Access::Write(SessionLock { file: None }),
        }
    }
    Access::ReadOnly
}

/// Whether `path` still names the file we hold open.
fn still_named(file: &File, path: &Path) -> bool {
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}
