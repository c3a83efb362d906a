//! Atomic file replacement: a temp file in the same directory, fsync, rename, fsync the
//! directory. A crash at any instant leaves the old file or the new one, never a mix.
//! Every sync goes through [`sync`], which counts it per thread, so a test can prove the
//! thread that draws never waits for the disk.

use std::cell::Cell;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// The part of a temp file's name after the final name: `<name>.tmp-<pid>-<n>`.
pub(super) const TMP_INFIX: &str = ".tmp-";

/// Temp and lock files older than this whose session nobody holds are leftovers of a kill,
/// removed by listings. A save takes milliseconds; its writer holds the session's lock.
pub(super) const STALE: Duration = Duration::from_secs(60);

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Syncs done by this process, and by the current thread.
static SYNCS: AtomicU64 = AtomicU64::new(0);
thread_local! {
    static SYNCS_HERE: Cell<u64> = const { Cell::new(0) };
}

/// fsync, counted.
pub(super) fn sync(file: &File) -> io::Result<()> {
    SYNCS.fetch_add(1, Ordering::Relaxed);
    SYNCS_HERE.with(|n| n.set(n.get() + 1));
    file.sync_all()
}

/// (syncs by the whole process, syncs by the calling thread).
pub(super) fn syncs() -> (u64, u64) {
    (SYNCS.load(Ordering::Relaxed), SYNCS_HERE.with(Cell::get))
}

/// A fresh temp file name beside `dir/name`: `<name>.tmp-<pid>-<n>`.
pub(super) fn tmp_path(dir: &Path, name: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!("{name}{TMP_INFIX}{}-{n}", std::process::id()))
}

/// Replaces `dir/name` with `bytes` (mode 0600). On failure nothing at `dir/name` changed
/// and the temp file is gone; the error names the path that failed.
pub(super) fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), (PathBuf, io::Error)> {
    write_with(dir, name, bytes, |file, bytes| file.write_all(bytes))
}

/// [`write`] with the writing step injectable, so tests can make it fail like a full disk.
pub(super) fn write_with(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    fill: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), (PathBuf, io::Error)> {
    replace(dir, name, bytes, true, fill)?;
    // The rename is durable only once the directory entry is; if this fails, the new file is
    // in place but may not survive a power cut, which is still never a broken file.
    sync_dir(dir).map_err(|e| (dir.to_path_buf(), e))
}

/// Renames a temp file holding `bytes` over `dir/name` (mode 0600): readers see the old
/// file or the new one, whatever kills the process. `durable` syncs the temp file before
/// the rename, so a power cut cannot leave an empty file either (the directory's own sync
/// is the caller's). On failure nothing at `dir/name` changed and the temp file is gone.
pub(super) fn replace(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    durable: bool,
    fill: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), (PathBuf, io::Error)> {
    let tmp = tmp_path(dir, name);
    let target = dir.join(name);
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        fill(&mut file, bytes)?;
        if durable {
            sync(&file)?;
        }
        drop(file);
        fs::rename(&tmp, &target)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        (target, e)
    })
}

pub(super) fn sync_dir(dir: &Path) -> io::Result<()> {
    sync(&File::open(dir)?)
}

/// Whether the file at `path` was last changed more than [`STALE`] ago.
pub(super) fn is_stale(path: &Path) -> bool {
    fs::symlink_metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age > STALE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "s.yaml", b"old").unwrap();
        let err = write_with(dir.path(), "s.yaml", b"new", |f, b| {
            f.write_all(&b[..1])?;
            Err(io::Error::from_raw_os_error(28))
        })
        .unwrap_err();
        assert_eq!(err.1.raw_os_error(), Some(28));
        assert_eq!(fs::read(dir.path().join("s.yaml")).unwrap(), b"old");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["s.yaml"]);
    }

    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "s.yaml", b"x").unwrap();
        let mode = fs::metadata(dir.path().join("s.yaml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
