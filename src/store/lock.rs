//! Per-session locks, so two careerpath processes never write the same session.

use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Holding this means no other process writes the session; dropping it releases the lock.
#[derive(Debug)]
pub struct SessionLock {
    // `None` when the lock file could not be created (a read-only directory): saving will
    // fail there anyway, with an error the caller shows.
    _file: Option<File>,
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
    let file = match OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
    {
        Ok(f) => f,
        Err(_) => return Access::Write(SessionLock { _file: None }),
    };
    match file.try_lock() {
        Ok(()) => Access::Write(SessionLock { _file: Some(file) }),
        Err(TryLockError::WouldBlock) => Access::ReadOnly,
        // A file system without locks: behave as before locks existed.
        Err(TryLockError::Error(_)) => Access::Write(SessionLock { _file: None }),
    }
}
