//! Saved sessions on disk: one YAML file per session, written atomically, locked while open,
//! and saved without the caller ever waiting for the disk.
//!
//! Layout: `<data dir>/sessions/<id>.yaml` (directory 0700, files 0600), `<id>.lock` while
//! a process has the session open for writing, and `<id>.wal` (the write-ahead log) while a
//! save is not yet synced or the session is open. File names come from generated ids only, never from a session's name.
//!
//! How a save stays fast and durable (write-ahead log + background snapshot):
//! 1. [`Store::save`], on the caller's thread, appends the whole new session as one line of
//!    JSON to `<id>.wal` with one `write(2)` (the log stays open between saves) and returns:
//!    no fsync, no YAML. Once it has
//!    returned, the answer is in the operating system and survives `kill -9` of careerpath at
//!    any instant. The interfaces save before they draw the frame that shows an answer as
//!    accepted, so what a frame shows is always in the log.
//! 2. A background thread ([`sync`]), a few milliseconds later (so the frame is drawn first),
//!    writes `<id>.yaml` atomically from that record (temp file, fsync, rename, fsync the
//!    directory), then empties the log (removed when the session closes), or cuts it to its
//!    newest record if more saves came in. From then on the answer survives a power cut too.
//! 3. Readers take the log's last whole record when there is a log, else the file; the log
//!    is read first, so a sync finishing in between cannot make a reader miss an answer. A
//!    log torn by a kill mid-append keeps its whole records; the rest is skipped and said
//!    (see [`notes`]); the next record appended starts on a line of its own. A log left by a
//!    kill is folded into the file when the session is next locked for writing.
//! 4. Quitting (the session lock's drop), signals ([`quiesce`]), panics (unwinding drops the
//!    lock) and [`Store::delete`] wait for pending syncs, so they end with the file synced.
//!
//! Every file always parses: `<id>.yaml` is only ever replaced whole, and a log's torn tail
//! is skipped by its checksum.

mod atomic;
mod codec;
mod damage;
mod error;
mod ids;
mod list;
mod lock;
mod sync;
mod wal;

use std::fs;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use jiff::Timestamp;

use crate::session::{Progress, QuestionnaireRef, Session, Status, valid_id};

pub use damage::{Damage, Detail, Note, Why};
pub use error::StoreError;
pub use ids::{SHORT_ID, unique_prefixes};
pub use lock::{Access, SessionLock};

/// Held while a session is saved in this process.
static WRITING: Mutex<()> = Mutex::new(());

/// Waits for a save in progress and for every pending sync to finish, and holds off new
/// saves while the guard lives. A signal handler takes it before exiting, so an answer
/// being written is not lost and every answer given is on disk, synced.
pub fn quiesce() -> MutexGuard<'static, ()> {
    let guard = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
    sync::flush();
    guard
}

/// Waits until every save made so far is synced to disk (on the background thread).
pub fn flush() {
    sync::flush();
}

/// How many disk syncs (fsync) this process has done, and how many of them the calling
/// thread did. The interfaces never sync on the thread that reads keys and draws: tests
/// check that the second number stays 0 there while the first grows.
pub fn syncs() -> (u64, u64) {
    atomic::syncs()
}

/// What readers noticed and worked around since the last call, for the interfaces to
/// show: the full-screen one as a notice, plain mode and the commands on standard error.
/// Each is said once in a process, however often the file is read again.
pub fn notes() -> Vec<Note> {
    let mut notes = NOTES.lock().unwrap_or_else(PoisonError::into_inner);
    let (pending, said) = &mut *notes;
    let new = std::mem::take(pending);
    said.extend(new.iter().cloned());
    new
}

/// The notes not yet taken, and those already taken.
static NOTES: Mutex<(Vec<Note>, Vec<Note>)> = Mutex::new((Vec::new(), Vec::new()));

fn note(note: Note) {
    let mut notes = NOTES.lock().unwrap_or_else(PoisonError::into_inner);
    let (pending, said) = &mut *notes;
    if !pending.contains(&note) && !said.contains(&note) {
        pending.push(note);
    }
}

/// One entry of a listing: a readable session's summary, or a file that could not be read and why.
#[derive(Debug, Clone)]
// Nearly every entry is a summary; boxing them would only add an allocation each.
#[allow(clippy::large_enum_variant)]
pub enum Listed {
    Ok(Summary),
    Damaged { path: PathBuf, reason: Damage },
}

/// What a listing shows of a session, read without parsing its answers and result.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: String,
    pub name: String,
    pub created: Timestamp,
    pub updated: Timestamp,
    pub status: Status,
    pub progress: Progress,
    /// The title of the last outcome, in the session's language.
    pub outcome: Option<String>,
    pub questionnaire: QuestionnaireRef,
    pub lang: String,
    /// Roadmap progress as of the last save (see [`Session::roadmap_progress`]).
    pub roadmap: Option<crate::roadmap::RoadmapCounts>,
    pub path: PathBuf,
    /// The file was edited by hand ([`Session::edited`]): the fields above are as it says,
    /// which may not follow from its answers.
    pub edited: bool,
}

impl Summary {
    /// A session's summary: the fields a listing reads from the file's first line.
    pub fn of(s: &Session, path: PathBuf) -> Summary {
        codec::summary_of(s, path)
    }
}

/// Replaces the file at `path` with `bytes` the way sessions are saved (temp file beside it,
/// fsync, rename, fsync the directory; mode 0600), so an export is never seen half written.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file name",
        ));
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    atomic::write(dir, name, bytes).map_err(|(_, e)| e)
}

/// The sessions directory.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// `session` as the store writes its file (the checksummed summary line, then the YAML).
pub fn file_text(session: &Session) -> Result<String, String> {
    codec::encode(session)
}

/// The session in the file at `path`, anywhere (a YAML export is the session file): `None`
/// when the file is not one.
pub fn read_file(path: &Path) -> Option<Session> {
    let bytes = fs::read(path).ok()?;
    codec::decode(path, codec::text_of(&bytes).ok()?).ok()
}

impl Store {
    /// Opens (creating with mode 0700 if needed) the sessions directory under `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        let store = Store::at(data_dir);
        store.create()?;
        Ok(store)
    }

    /// The sessions directory under `data_dir`, not touched yet: [`Store::create`] makes it
    /// before anything is written there. The full-screen interface creates it after its
    /// first frame, so a first start does not wait on the disk to draw.
    pub fn at(data_dir: &Path) -> Store {
        Store {
            dir: data_dir.join("sessions"),
        }
    }

    /// Creates the sessions directory (mode 0700) if it is not there yet.
    pub fn create(&self) -> Result<(), StoreError> {
        let dir = &self.dir;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|source| StoreError::Dir {
                path: dir.clone(),
                source,
            })?;
        if !dir.is_dir() {
            let source = std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a directory");
            return Err(StoreError::Dir {
                path: dir.clone(),
                source,
            });
        }
        Ok(())
    }

    /// `--data-dir`, else `CAREERPATH_DATA_DIR`, else `$XDG_DATA_HOME/careerpath`.
    pub fn default_data_dir(flag: Option<&Path>) -> Result<PathBuf, StoreError> {
        if let Some(dir) = flag {
            return Ok(dir.to_path_buf());
        }
        if let Some(dir) = std::env::var_os("CAREERPATH_DATA_DIR").filter(|d| !d.is_empty()) {
            return Ok(PathBuf::from(dir));
        }
        use etcetera::BaseStrategy as _;
        let base =
            etcetera::choose_base_strategy().map_err(|e| StoreError::NoDataDir(e.to_string()))?;
        Ok(base.data_dir().join("careerpath"))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file a session is saved in.
    pub fn path_of(&self, id: &str) -> PathBuf {
        list::path_of(&self.dir, id)
    }

    /// Every session file, newest first, then the damaged ones; never fatal. Reads only the
    /// summary at the top of each whole file. Temp files older than an hour are removed.
    pub fn list(&self) -> Vec<Listed> {
        list::list(&self.dir)
    }

    /// `name`, or `name (2)` and so on when a saved session already has it.
    pub fn free_name(&self, name: &str) -> String {
        let listed = self.list();
        let taken = listed.iter().filter_map(|l| match l {
            Listed::Ok(s) => Some(s.name.as_str()),
            Listed::Damaged { .. } => None,
        });
        crate::session::distinct_name(name, taken)
    }

    /// The most recently updated session of the questionnaire `q` that is not finished as
    /// `q` sees it ([`Store::list_with`]).
    pub fn last_unfinished(&self, q: &crate::questionnaire::Questionnaire) -> Option<Summary> {
        self.list_with(q).into_iter().find_map(|l| match l {
            Listed::Ok(s) if s.status == Status::InProgress && s.questionnaire.id == q.id => {
                Some(s)
            }
            _ => None,
        })
    }

    /// The id of the one session whose id is `prefix` or starts with it.
    pub fn resolve(&self, prefix: &str) -> Result<String, StoreError> {
        if !valid_id(prefix) {
            return Err(StoreError::NotFound(prefix.to_owned()));
        }
        let entries = fs::read_dir(&self.dir).map_err(|source| StoreError::Dir {
            path: self.dir.clone(),
            source,
        })?;
        let mut matches: Vec<String> = entries
            .flatten()
            .filter_map(|e| codec::id_of_any(&e.path()))
            .filter(|id| id.starts_with(prefix))
            .collect();
        if matches.iter().any(|id| id == prefix) {
            return Ok(prefix.to_owned());
        }
        matches.sort();
        matches.dedup();
        match matches.len() {
            0 => Err(StoreError::NotFound(prefix.to_owned())),
            1 => Ok(matches.remove(0)),
            n => {
                let mut shown: Vec<String> = matches.iter().take(5).cloned().collect();
                if n > 5 {
                    shown.push(format!("and {} more", n - 5));
                }
                Err(StoreError::Ambiguous {
                    prefix: prefix.to_owned(),
                    matches: shown.join(", "),
                })
            }
        }
    }

    /// Loads the session whose id starts with `prefix`, migrating an older format in memory.
    pub fn load(&self, prefix: &str) -> Result<Session, StoreError> {
        let id = self.resolve(prefix)?;
        self.read(&id)
    }

    fn read(&self, id: &str) -> Result<Session, StoreError> {
        let path = self.path_of(id);
        let damaged = |reason| StoreError::Damaged {
            path: path.clone(),
            reason,
        };
        let mut session = match self.unsynced(id) {
            Some(record) => wal::decode(&path, &record),
            None => list::read(&path, false).and_then(|text| codec::decode(&path, &text)),
        }
        .map_err(damaged)?;
        session.id = id.to_owned();
        Ok(session)
    }

    /// Whether the session's last saves are in its write-ahead log, not yet in its file.
    pub fn has_unsynced(&self, id: &str) -> bool {
        self.unsynced(id).is_some()
    }

    /// The newest state of a session whose last saves are not yet synced into its file: the
    /// last whole record of its write-ahead log, if it has one (see [`wal::decode`]).
    fn unsynced(&self, id: &str) -> Option<String> {
        list::read_log(&self.dir.join(wal::name(id)))
    }

    /// Loads a session and locks it for this process; when another process holds the lock
    /// the session comes back [`Access::ReadOnly`] and must not be saved.
    pub fn open_session(&self, prefix: &str) -> Result<(Session, Access), StoreError> {
        let id = self.resolve(prefix)?;
        // Lock first, so nobody writes between our read and our first save.
        let access = self.lock(&id)?;
        Ok((self.read(&id)?, access))
    }

    /// Locks the session `id` (which need not be saved yet) for writing by this process. A
    /// write-ahead log left by a kill is then folded into the session file in the background.
    pub fn lock(&self, id: &str) -> Result<Access, StoreError> {
        if !valid_id(id) {
            return Err(StoreError::InvalidId(id.to_owned()));
        }
        let access = lock::acquire(&self.dir.join(format!("{id}.lock")));
        if access.can_write() {
            match self.unsynced(id) {
                Some(text) => sync::fold(&self.dir, id, &text),
                // Nothing whole in it (or no log): no save it held was ever acknowledged.
                None => {
                    let log = self.dir.join(wal::name(id));
                    sync::forget(&log);
                    let _ = fs::remove_file(log);
                }
            }
        }
        Ok(access)
    }

    /// Saves the session. Returns once the new text has reached the operating system (it
    /// survives the process being killed); the sync to disk follows on a background thread
    /// (see the module's doc). Never syncs on the calling thread.
    pub fn save(&self, session: &Session) -> Result<(), StoreError> {
        if !valid_id(&session.id) {
            return Err(StoreError::InvalidId(session.id.clone()));
        }
        let record = wal::encode(session).map_err(|e| StoreError::Write {
            path: self.path_of(&session.id),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
        })?;
        let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
        sync::save(&self.dir, &session.id, record)
            .map_err(|(path, source)| StoreError::Write { path, source })
    }

    /// Deletes a session (any unique id prefix) unless another process has it open.
    pub fn delete(&self, prefix: &str) -> Result<(), StoreError> {
        let id = self.resolve(prefix)?;
        let Access::Write(guard) = self.lock(&id)? else {
            return Err(StoreError::InUse(id));
        };
        // A pending sync of this session would bring the file back.
        sync::flush();
        let path = self.path_of(&id);
        let log = self.dir.join(wal::name(&id));
        match fs::remove_file(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && log.exists() => {}
            other => other.map_err(|source| StoreError::Delete {
                path: path.clone(),
                source,
            })?,
        }
        sync::forget(&log);
        let _ = fs::remove_file(&log);
        drop(guard);
        sync::sync_dir_later(&self.dir);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{Note, note, notes};

    /// A log read again (a resume reads it to pick the session, then to open it) is not
    /// noted again: one resume said the same torn log twice.
    #[test]
    fn a_note_is_said_once_however_often_it_is_noticed() {
        let torn = || Note::TornLog {
            path: "/nowhere/unit-test-once.wal".into(),
            skipped: 7,
        };
        note(torn());
        note(torn());
        let said = notes();
        assert_eq!(said.iter().filter(|n| **n == torn()).count(), 1);
        note(torn());
        assert!(!notes().contains(&torn()), "not said again");
    }
}
