//! Listing the sessions directory quickly: summaries only, read in parallel, damaged files
//! reported next to the good ones, a session's unsynced write-ahead log preferred to its
//! file, and leftovers of a kill (temp and lock files) cleaned on the way.

use std::fs;
use std::io::Read as _;

use std::path::{Path, PathBuf};

use super::damage::{Damage, Why};
use super::{Listed, Store, Summary, atomic, codec, lock, wal};

impl Store {
    /// [`Store::list`], with each session whose file was edited by hand, or that was
    /// answered with another revision of `q`, listed as its answers say under `q`
    /// ([`Store::refreshed`]), not as its first line does.
    pub fn list_with(&self, q: &crate::questionnaire::Questionnaire) -> Vec<Listed> {
        self.list()
            .into_iter()
            .map(|l| match l {
                Listed::Ok(s)
                    if s.edited || s.questionnaire.id == q.id && s.questionnaire.hash != q.hash =>
                {
                    Listed::Ok(self.refreshed(s, q))
                }
                other => other,
            })
            .collect()
    }

    /// The summary of session `s` as `q` sees it: an edited file's worked out again from
    /// its answers, and one answered with another revision of `q` fitted to it (in memory;
    /// the file changes when the person resumes it). A session that then has an answer to
    /// give again, or a required one missing, is not finished, whatever its file says.
    fn refreshed(&self, s: Summary, q: &crate::questionnaire::Questionnaire) -> Summary {
        let Ok(mut full) = self.load(&s.id) else {
            return s;
        };
        let edited = crate::session::refresh_edited(&mut full, q);
        let changed = full.questionnaire.id == q.id && full.questionnaire_changed(q);
        if !edited && !changed {
            return s;
        }
        if changed {
            crate::session::fit(&mut full, q);
        }
        let roadmap = full.roadmap_counts(q);
        Summary {
            roadmap,
            ..Summary::of(&full, s.path)
        }
    }
}

/// Session files larger than this are not read (a session is a few kilobytes).
const MAX_FILE: u64 = 4 * 1024 * 1024;

/// Below this many files one thread is faster than starting others.
const PARALLEL_FROM: usize = 256;

pub(super) fn list(dir: &Path) -> Vec<Listed> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        // Said once, as one entry, rather than an empty list that looks like "no sessions".
        Err(e) => {
            return vec![Listed::Damaged {
                path: dir.to_path_buf(),
                reason: Damage::Directory(Why::of(&e)),
            }];
        }
    };
    let mut paths = Vec::new();
    let mut logs = std::collections::BTreeSet::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.contains(atomic::TMP_INFIX) || name.ends_with(".lock") {
            clean_leftover(dir, name);
        } else if codec::is_session_file(name) {
            let regular = entry.file_type().is_ok_and(|t| t.is_file());
            paths.push((entry.path(), regular));
        } else if let Some(id) = name.strip_suffix(".wal") {
            logs.insert(id.to_owned());
        }
    }
    // A session saved only into its log so far (its first sync is pending, or was cut short
    // by a kill) is listed too; it reads from the log below.
    for id in &logs {
        let path = codec::session_path(dir, id);
        if crate::session::valid_id(id) && !paths.iter().any(|(p, _)| *p == path) {
            paths.push((path, true));
        }
    }
    let paths: Vec<(PathBuf, bool, bool)> = paths
        .into_iter()
        .map(|(path, regular)| {
            let logged = codec::id_of(&path).is_some_and(|id| logs.contains(&id));
            (path, regular, logged)
        })
        .collect();
    // Asked only for a large directory: finding the core count reads cgroup files.
    let threads = if paths.len() < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
    };
    let mut listed: Vec<Listed> = if threads == 1 {
        let mut buf = Vec::new();
        paths
            .iter()
            .filter_map(|(p, regular, logged)| one(p, *regular, *logged, &mut buf))
            .collect()
    } else {
        let chunk = paths.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = paths
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || {
                        let mut buf = Vec::new();
                        part.iter()
                            .filter_map(|(p, regular, logged)| one(p, *regular, *logged, &mut buf))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            // A panicking reader would be a bug; its files are then simply not listed.
            handles
                .into_iter()
                .filter_map(|h| h.join().ok())
                .flatten()
                .collect()
        })
    };
    listed.sort_by(|a, b| match (a, b) {
        (Listed::Ok(x), Listed::Ok(y)) => y.updated.cmp(&x.updated).then_with(|| y.id.cmp(&x.id)),
        (Listed::Ok(_), Listed::Damaged { .. }) => std::cmp::Ordering::Less,
        (Listed::Damaged { .. }, Listed::Ok(_)) => std::cmp::Ordering::Greater,
        (Listed::Damaged { path: p, .. }, Listed::Damaged { path: q, .. }) => p.cmp(q),
    });
    listed
}

/// Removes a temp or lock file left by a kill: one older than a minute whose session
/// nobody holds (a writer holds its session's lock while it saves).
fn clean_leftover(dir: &Path, name: &str) {
    let path = dir.join(name);
    let Some((id, _)) = name.split_once('.') else {
        return;
    };
    if !crate::session::valid_id(id) || !atomic::is_stale(&path) {
        return;
    }
    let lock_path = dir.join(format!("{id}.lock"));
    if let lock::Access::Write(held) = lock::acquire(&lock_path) {
        if path != lock_path {
            let _ = fs::remove_file(&path);
        }
        // Dropping the lock removes the lock file.
        drop(held);
    }
}

/// Reads one session's summary into `buf` (reused across files: a listing reads
/// thousands), from its write-ahead log when it has one. `None` for a session that exists
/// only as a log without a whole record (its first save was cut short: never acknowledged).
fn one(path: &Path, regular: bool, logged: bool, buf: &mut Vec<u8>) -> Option<Listed> {
    let from_log = logged
        .then(|| file_id(path).ok())
        .flatten()
        .and_then(|id| read_log(&path.with_file_name(wal::name(&id))));
    if from_log.is_none() && logged && !path.exists() {
        return None;
    }
    let summary = match from_log {
        Some(record) => wal::summary(path, &record),
        None => read_into(path, regular, buf).and_then(|()| codec::summary(path, buf)),
    }
    .and_then(|mut s| {
        s.id = file_id(path)?;
        Ok(s)
    });
    Some(match summary {
        Ok(summary) => Listed::Ok(summary),
        Err(reason) => Listed::Damaged {
            path: path.to_path_buf(),
            reason,
        },
    })
}

/// The last whole record of a write-ahead log; `None` when there is no log (the usual case)
/// or nothing whole in it. Skipped bytes are said once through [`super::notes`].
pub(super) fn read_log(path: &Path) -> Option<String> {
    let mut buf = Vec::new();
    read_capped(path, false, &mut buf, MAX_LOG).ok()?;
    let log = wal::parse(&buf);
    if log.skipped > 0 {
        super::note(super::Note::TornLog {
            path: path.to_path_buf(),
            skipped: log.skipped,
        });
    }
    log.last.map(str::to_owned)
}

/// A log holds a few records between syncs; more than this is not read.
const MAX_LOG: u64 = 64 * 1024 * 1024;

/// The file's id from its name; the name, not the content, decides where a save goes, so a
/// copied file is its own session.
pub(super) fn file_id(path: &Path) -> Result<String, Damage> {
    codec::id_of(path).ok_or(Damage::NotASessionName)
}

/// Reads a session file as text, refusing what is not a regular file (a FIFO would block),
/// is too large, or is not UTF-8.
pub(super) fn read(path: &Path, regular: bool) -> Result<String, Damage> {
    let mut buf = Vec::new();
    read_into(path, regular, &mut buf)?;
    String::from_utf8(buf).map_err(|e| Damage::NotText {
        at: e.utf8_error().valid_up_to(),
    })
}

/// Reads a whole session file into `buf` (cleared first).
fn read_into(path: &Path, regular: bool, buf: &mut Vec<u8>) -> Result<(), Damage> {
    read_capped(path, regular, buf, MAX_FILE)
}

fn read_capped(path: &Path, regular: bool, buf: &mut Vec<u8>, max: u64) -> Result<(), Damage> {
    buf.clear();
    // A symlink is followed only if it leads to a regular file.
    if !regular && !fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Err(Damage::NotRegular);
    }
    let mut file = fs::File::open(path).map_err(|e| Damage::Unreadable(Why::of(&e)))?;
    // A read of a regular file returns less than asked only at its end, so one read of a
    // chunk larger than a session is the whole file: no size query, no extra read for the end.
    const CHUNK: usize = 16 * 1024;
    loop {
        if buf.len() as u64 > max {
            return Err(Damage::TooLarge {
                mib: max / (1024 * 1024),
            });
        }
        let start = buf.len();
        buf.resize(start + CHUNK, 0);
        let n = loop {
            match file.read(&mut buf[start..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        let n = n.map_err(|e| Damage::Unreadable(Why::of(&e)))?;
        buf.truncate(start + n);
        if n < CHUNK {
            break;
        }
    }
    Ok(())
}

pub(super) fn path_of(dir: &Path, id: &str) -> PathBuf {
    codec::session_path(dir, id)
}
