//! The background syncer: the one thread that waits for the disk, so the thread that reads
//! keys and draws frames never does.
//!
//! A save appends the session's record to its write-ahead log (`write(2)` only) and hands the
//! same record to this thread, which turns it into the session file's text, writes the file
//! atomically (temp file, fsync, rename, fsync the directory) and then empties the log, or
//! cuts it to its newest record when more answers came in meanwhile. Only the newest record of
//! each session is kept pending: ten answers given during one slow sync cost one more sync,
//! not ten.
//!
//! The thread starts with the first save, never before the first frame. It lets [`SETTLE`]
//! pass after a save before it starts working, so the frame that shows the answer is drawn
//! without competing for a core with the YAML encoding and the disk; the answer is already
//! safe from a kill in the log, and a power cut is the only thing the short wait exposes it
//! to. [`flush`] skips the wait and returns when nothing is pending; the session lock's drop,
//! [`super::quiesce`] (signals) and [`super::Store::delete`] call it.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, VecDeque};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use super::{atomic, wal};

/// How long the syncer lets a save settle before it syncs: longer than a frame takes to draw,
/// short enough that "shortly after" holds for a power cut.
const SETTLE: Duration = Duration::from_millis(10);

/// The newest record of one session that is not yet synced.
struct Pending {
    dir: PathBuf,
    id: String,
    text: Arc<str>,
    /// Bumped by every save, so the syncer knows whether the text it synced is still the newest.
    generation: u64,
    queued: bool,
    /// Why the last sync failed with the log not durable either; the next save of this
    /// session reports it.
    failed: Option<(PathBuf, io::Error)>,
}

enum Job {
    /// Sync the pending text of the session whose log is at this path.
    Session(PathBuf),
    /// Make a removal in this directory durable.
    Dir(PathBuf),
}

struct State {
    pending: BTreeMap<PathBuf, Pending>,
    jobs: VecDeque<Job>,
    busy: bool,
    started: bool,
    /// Threads in [`flush`]: the syncer does not let saves settle while someone waits.
    waiting: usize,
    /// The logs this process appends to, kept open between saves: a save is then one
    /// `write(2)`, not a path lookup and a file creation. A synced log is emptied rather
    /// than removed, so the next answer finds it; [`flush`] removes the empty ones when the
    /// session closes, and a log replaced by a rename is reopened.
    open: BTreeMap<PathBuf, wal::Appender>,
}

static STATE: Mutex<State> = Mutex::new(State {
    pending: BTreeMap::new(),
    jobs: VecDeque::new(),
    busy: false,
    started: false,
    waiting: 0,
    open: BTreeMap::new(),
});
static CHANGED: Condvar = Condvar::new();

fn state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Appends `text` (a record body, see [`wal::encode`]) to the session's log, then queues the
/// sync of its file. Returns once the text has reached the operating system; the error of a
/// failed earlier sync of this session that left its answers nowhere durable comes back
/// here (the sync is retried with this newer text).
pub(super) fn save(dir: &Path, id: &str, text: String) -> Result<(), (PathBuf, io::Error)> {
    let log = dir.join(wal::name(id));
    let mut st = state();
    // Under the lock, so the syncer cannot drop or cut the log between our append and
    // our update of what is pending.
    let file = match st.open.entry(log.clone()) {
        Entry::Occupied(file) => file.into_mut(),
        Entry::Vacant(slot) => {
            slot.insert(wal::Appender::open(&log).map_err(|e| (log.clone(), e))?)
        }
    };
    if let Err(e) = file.append(&text) {
        // Reopened next time, in case the file itself is what failed; a log left empty
        // holds nothing, and goes.
        let file = st.open.remove(&log);
        if file.is_some_and(|f| f.is_empty()) {
            let _ = std::fs::remove_file(&log);
        }
        return Err((log, e));
    }
    let (failed, wake) = queue(&mut st, dir, id, log, text.into());
    // Woken after the lock is released, so the syncer does not wake only to wait for it.
    drop(st);
    if wake {
        CHANGED.notify_all();
    }
    match failed {
        Some(err) => Err(err),
        None => Ok(()),
    }
}

/// Queues the sync of a session file to `text`, the newest record of a log this process
/// did not write (left by a kill or by an older careerpath), so the log is folded into the
/// file and removed.
pub(super) fn fold(dir: &Path, id: &str, text: &str) {
    let log = dir.join(wal::name(id));
    let mut st = state();
    if queue(&mut st, dir, id, log, text.into()).1 {
        drop(st);
        CHANGED.notify_all();
    }
}

fn queue(
    st: &mut State,
    dir: &Path,
    id: &str,
    log: PathBuf,
    text: Arc<str>,
) -> (Option<(PathBuf, io::Error)>, bool) {
    let entry = st.pending.entry(log.clone()).or_insert_with(|| Pending {
        dir: dir.to_path_buf(),
        id: id.to_owned(),
        text: Arc::clone(&text),
        generation: 0,
        queued: false,
        failed: None,
    });
    entry.text = text;
    entry.generation += 1;
    let failed = entry.failed.take();
    let newly_queued = !entry.queued;
    entry.queued = true;
    if newly_queued {
        st.jobs.push_back(Job::Session(log));
        start(st);
    }
    // Only a new job needs the syncer woken: a queued one takes the newest text when it runs.
    (failed, newly_queued)
}

/// Queues a directory sync (after a removal).
pub(super) fn sync_dir_later(dir: &Path) {
    let mut st = state();
    st.jobs.push_back(Job::Dir(dir.to_path_buf()));
    start(&mut st);
    CHANGED.notify_all();
}

/// Waits until every queued sync is done (or has failed).
pub(super) fn flush() {
    let mut st = state();
    st.waiting += 1;
    CHANGED.notify_all();
    while st.busy || !st.jobs.is_empty() {
        st = CHANGED.wait(st).unwrap_or_else(PoisonError::into_inner);
    }
    st.waiting -= 1;
    // Every log kept open and synced is empty now: remove it, as a sync without a later
    // save would have. A log whose sync failed still holds the answers and stays.
    let State { open, pending, .. } = &mut *st;
    open.retain(|log, _| {
        let keep = pending.contains_key(log);
        if !keep {
            let _ = std::fs::remove_file(log);
        }
        keep
    });
}

/// Forgets a log this process may hold open, before the store removes or replaces it.
pub(super) fn forget(log: &Path) {
    state().open.remove(log);
}

/// Starts the syncer thread once. If no thread can be started, the caller's thread does
/// the work (slower, but nothing is lost).
fn start(st: &mut State) {
    if st.started {
        return;
    }
    st.started = std::thread::Builder::new()
        .name("careerpath-sync".into())
        .spawn(run)
        .is_ok();
    if !st.started {
        while let Some(job) = st.jobs.pop_front() {
            let done = work(st, &job);
            finish(st, job, done);
        }
    }
}

/// What one job did: the generation it synced and how it went.
type Done = Option<(u64, Result<(), (PathBuf, io::Error)>)>;

fn run() {
    let mut st = state();
    loop {
        if st.jobs.is_empty() {
            st = CHANGED.wait(st).unwrap_or_else(PoisonError::into_inner);
            continue;
        }
        st = settle(st);
        let Some(job) = st.jobs.pop_front() else {
            continue;
        };
        st.busy = true;
        let snapshot = match &job {
            Job::Session(log) => st.pending.get_mut(log).map(|p| {
                p.queued = false;
                (
                    p.dir.clone(),
                    p.id.clone(),
                    Arc::clone(&p.text),
                    p.generation,
                )
            }),
            Job::Dir(_) => None,
        };
        // The slow part, with the lock released so saves go on meanwhile.
        drop(st);
        let done = match (&job, snapshot) {
            (Job::Session(_), Some((dir, id, text, generation))) => {
                Some((generation, write_file(&dir, &id, &text)))
            }
            (Job::Dir(dir), _) => {
                let _ = atomic::sync_dir(dir);
                None
            }
            (Job::Session(_), None) => None,
        };
        st = state();
        finish(&mut st, job, done);
        st.busy = false;
        CHANGED.notify_all();
    }
}

/// Waits (lock released) until [`SETTLE`] has passed or someone calls [`flush`].
fn settle(mut st: MutexGuard<'static, State>) -> MutexGuard<'static, State> {
    let deadline = Instant::now() + SETTLE;
    while st.waiting == 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        st = CHANGED
            .wait_timeout(st, left)
            .unwrap_or_else(PoisonError::into_inner)
            .0;
    }
    st
}

/// Writes the session file `id` in `dir` from a log record's body.
fn write_file(dir: &Path, id: &str, body: &str) -> Result<(), (PathBuf, io::Error)> {
    let name = super::codec::file_name(id);
    let text = wal::file_text(body).map_err(|e| {
        let e = io::Error::new(io::ErrorKind::InvalidData, e);
        (dir.join(&name), e)
    })?;
    atomic::write(dir, &name, text.as_bytes())
}

/// The inline form of [`run`]'s work, for when no thread could be started.
fn work(st: &mut State, job: &Job) -> Done {
    match job {
        Job::Session(log) => {
            let p = st.pending.get_mut(log)?;
            p.queued = false;
            Some((p.generation, write_file(&p.dir, &p.id, &p.text)))
        }
        Job::Dir(dir) => {
            let _ = atomic::sync_dir(dir);
            None
        }
    }
}

/// After a session's sync: drop its log when nothing newer came in, else cut the log to the
/// newest record (the next job syncs that one); on failure keep the log and sync it instead.
fn finish(st: &mut State, job: Job, done: Done) {
    let (Job::Session(log), Some((generation, result))) = (job, done) else {
        return;
    };
    let Some(p) = st.pending.get_mut(&log) else {
        return;
    };
    match result {
        Ok(()) if p.generation == generation => {
            // Emptied, not removed, when this process appends to it (see `State::open`).
            let emptied = st.open.get_mut(&log).is_some_and(|f| f.empty().is_ok());
            if !emptied {
                st.open.remove(&log);
                let _ = std::fs::remove_file(&log);
            }
            st.pending.remove(&log);
        }
        Ok(()) => {
            // Still under the lock: no append can slip in between. The rename replaces the
            // file an open handle would append to.
            let _ = wal::rewrite(&p.dir, &log, &p.text);
            st.open.remove(&log);
        }
        Err(err) => {
            // The answers are in the log: once it is durable they are saved, and the file
            // is brought up to date by the next save or the next start (which folds the
            // log in). Only when the log cannot be synced either are they not saved, and
            // the next save says so.
            let durable = std::fs::File::open(&log).is_ok_and(|file| atomic::sync(&file).is_ok());
            if !durable {
                p.failed = Some(err);
            }
        }
    }
}
