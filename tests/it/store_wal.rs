//! Saving without waiting for the disk: no sync on the saving thread, the write-ahead log
//! read before the file, a torn log tail skipped and said, and no lock or temp file left.

use std::fs;
use std::time::{Duration, SystemTime};

use careerpath::questionnaire::Answer;
use careerpath::store::{self, Access, Listed, Store, StoreError};

use crate::support::session;

fn store() -> (tempfile::TempDir, Store) {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    (data, store)
}

fn names(store: &Store) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn age(path: &std::path::Path, secs: u64) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(secs))
        .unwrap();
}

/// What the TUI does on Enter (lock once, then save per answer, read back) never syncs on
/// its thread; the syncs happen, on another thread, and leave the newest answer in the file.
#[test]
fn the_saving_thread_never_syncs_and_the_syncs_still_happen() {
    let (_d, store) = store();
    let (total_before, here_before) = store::syncs();
    let access = store.lock("0001").unwrap();
    assert!(access.can_write());
    let mut s = session("0001", "n", 1);
    for i in 0..50 {
        s.answers
            .insert("hours".into(), Answer::Number(f64::from(i)));
        store.save(&s).unwrap();
        // Every answer is readable the moment `save` returns, synced or not.
        assert_eq!(store.load("0001").unwrap(), s);
    }
    assert_eq!(store.list().len(), 1);
    let (_, here) = store::syncs();
    assert_eq!(here, here_before, "a save synced on the calling thread");
    store::flush();
    let (total, here) = store::syncs();
    assert_eq!(here, here_before, "waiting for the syncs is not syncing");
    assert!(total > total_before, "nothing was synced at all");
    // Synced: the log is gone and the file alone holds the last answer.
    assert_eq!(names(&store), ["0001.lock", "0001.yaml"]);
    assert_eq!(store.load("0001").unwrap(), s);
    drop(access);
    assert_eq!(
        names(&store),
        ["0001.yaml"],
        "the lock file goes with the lock"
    );
}

#[test]
fn a_torn_log_tail_is_skipped_and_said() {
    let (_d, store) = store();
    let s = session("0001", "synced", 1);
    store.save(&s).unwrap();
    store::flush();
    // A kill in the middle of the first append of a later save.
    let log = store.dir().join("0001.wal");
    let torn = "# careerpath-wal 4000 0123456789abcdef\nformat_version: 2\nid: 00";
    fs::write(&log, torn).unwrap();
    assert_eq!(store.load("0001").unwrap(), s);
    assert!(matches!(&store.list()[..], [Listed::Ok(summary)] if summary.name == "synced"));
    // Other tests note their own logs in this process: this one's is found by its path.
    let notes = store::notes();
    let note = notes
        .iter()
        .find(|n| matches!(n, store::Note::TornLog { path, .. } if *path == log))
        .unwrap_or_else(|| panic!("{notes:?}"));
    assert_eq!(
        *note,
        store::Note::TornLog {
            path: log.clone(),
            skipped: torn.len()
        }
    );
    let shown = log.display();
    assert_eq!(
        note.message("en"),
        format!(
            "{shown}: skipped {} bytes at the end of the unsynced answers log, a save cut short when careerpath was stopped; every answer shown as saved is kept",
            torn.len()
        )
    );
    assert_eq!(
        note.message("es"),
        format!(
            "{shown}: se han saltado {} bytes al final del registro de respuestas sin sincronizar, un guardado que quedó a medias al detener careerpath; se conserva cada respuesta que se mostró como guardada",
            torn.len()
        )
    );
    // Locking the session for writing folds the log away.
    let access = store.lock("0001").unwrap();
    store::flush();
    assert!(!log.exists());
    assert_eq!(store.load("0001").unwrap(), s);
    drop(access);
}

/// A sync of the session file that fails leaves the answers in the log, synced: they are
/// saved (a load reads them back, the next start folds them in), so the next save does not
/// report that sync's failure as its own (it did, and the interfaces said answers in a
/// synced log were not saved).
#[test]
fn a_failed_sync_keeps_the_answers_in_the_synced_log_and_they_count_as_saved() {
    let (_d, store) = store();
    // A directory where the session file goes: the background rename fails.
    fs::create_dir(store.path_of("first")).unwrap();
    let mut s = session("first", "one", 1);
    store.save(&s).unwrap();
    store::flush();
    assert_eq!(store.load("first").unwrap().name, "one");
    s.name = "two".into();
    store.save(&s).unwrap();
    store::flush();
    assert_eq!(store.load("first").unwrap().name, "two");
    // The log alone, as a kill before the first sync leaves it: listed, resolved, deleted.
    let (_e, other) = self::store();
    fs::copy(store.dir().join("first.wal"), other.dir().join("first.wal")).unwrap();
    assert_eq!(other.resolve("fir").unwrap(), "first");
    assert!(matches!(&other.list()[..], [Listed::Ok(s)] if s.name == "two"));
    assert_eq!(other.load("first").unwrap(), s);
    // Its YAML export is the session as the log has it (it read the file, which has none).
    let o = crate::careerpath()
        .arg("--data-dir")
        .arg(_e.path())
        .args(["sessions", "export", "first", "--format", "yaml"])
        .output()
        .unwrap();
    let yaml = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(yaml.contains("\nname: two\n"), "{yaml}");
    other.delete("first").unwrap();
    assert!(other.list().is_empty());
    assert!(names(&other).is_empty(), "{:?}", names(&other));
}

#[test]
fn leftovers_of_a_kill_are_cleaned_when_old_and_not_held() {
    let (_d, store) = store();
    store.save(&session("0001", "n", 1)).unwrap();
    store.save(&session("0002", "held", 1)).unwrap();
    store::flush();
    let dir = store.dir().to_path_buf();
    for name in [
        "0001.lock",
        "0001.yaml.tmp-999-1",
        "0001.wal.tmp-999-2",
        "0002.yaml.tmp-999-3",
        "0003.lock",
    ] {
        fs::write(dir.join(name), "").unwrap();
        age(&dir.join(name), 120);
    }
    fs::write(dir.join("0001.yaml.tmp-999-4"), "young").unwrap();
    let held = store.lock("0002").unwrap();
    assert!(matches!(held, Access::Write(_)));
    assert_eq!(store.list().len(), 2);
    assert_eq!(
        names(&store),
        [
            "0001.yaml",
            "0001.yaml.tmp-999-4",
            "0002.lock",
            "0002.yaml",
            "0002.yaml.tmp-999-3"
        ],
        "old leftovers of sessions nobody holds are gone; a held session's and young ones stay"
    );
    drop(held);
    age(&dir.join("0001.yaml.tmp-999-4"), 120);
    store.list();
    assert_eq!(names(&store), ["0001.yaml", "0002.yaml"]);
}

/// A log whose sync keeps failing (a directory where the session file goes), so it stays on
/// disk for a test to read; `name` is the session id.
fn store_with_a_kept_log(name: &str) -> (tempfile::TempDir, Store) {
    let (dir, store) = store();
    fs::create_dir(store.path_of(name)).unwrap();
    (dir, store)
}

/// A finished session's result has absent values (`null` in JSON); it is still logged as
/// JSON, and the record reads back as the session saved.
#[test]
fn a_finished_session_with_nulls_in_its_result_is_logged_as_json() {
    let (_d, store) = store_with_a_kept_log("done");
    let s = crate::support::complete("done", "n", 1);
    // A failed sync of the kept log is reported; the record is in the log all the same.
    let _ = store.save(&s);
    store::flush();
    let log = fs::read_to_string(store.dir().join("done.wal")).unwrap();
    let body = log.lines().nth(1).unwrap_or_default();
    assert!(body.starts_with('{') && body.contains("null"), "{log}");
    let (_e, other) = self::store();
    fs::copy(store.dir().join("done.wal"), other.dir().join("done.wal")).unwrap();
    assert_eq!(other.load("done").unwrap(), s);
}

/// The log holds each answer as one line of JSON, replays from the log alone, and survives a
/// torn copy of its own last record after it.
#[test]
fn the_log_holds_json_records_that_replay_alone_and_a_torn_tail_is_skipped() {
    let (_d, store) = store_with_a_kept_log("json");
    let mut s = session("json", "n", 1);
    for i in 0..3 {
        s.answers
            .insert("hours".into(), Answer::Number(f64::from(i) + 0.5));
        match store.save(&s) {
            // From the second save on, the failed sync of the one before is reported; the
            // answer is in the log all the same.
            Ok(()) => {}
            Err(StoreError::Write { .. }) if i > 0 => {}
            Err(e) => panic!("{e}"),
        }
        store::flush();
    }
    let log = fs::read_to_string(store.dir().join("json.wal")).unwrap();
    let records: Vec<&str> = log
        .lines()
        .filter(|l| !l.starts_with("# careerpath-wal "))
        .collect();
    assert_eq!(records.len(), 3, "{log}");
    assert!(records.iter().all(|r| r.starts_with('{')), "{log}");
    // The newest record alone, in a fresh store: listed and loaded as saved.
    let (_e, other) = self::store();
    let copy = other.dir().join("json.wal");
    fs::copy(store.dir().join("json.wal"), &copy).unwrap();
    assert_eq!(other.load("json").unwrap(), s);
    // A kill in the middle of the next append: the record before it still reads.
    let last = &log[log.rfind("# careerpath-wal ").unwrap()..];
    let torn = &last[..last.len() / 2];
    fs::write(&copy, format!("{log}{torn}")).unwrap();
    assert_eq!(other.load("json").unwrap(), s);
    assert!(matches!(&other.list()[..], [Listed::Ok(l)] if l.name == "n"));
    assert!(
        store::notes().iter().any(|n| n
            .to_string()
            .contains(&format!("skipped {} bytes", torn.len()))),
        "the torn tail is said"
    );
    // Locking folds it into a session file.
    let access = other.lock("json").unwrap();
    store::flush();
    assert!(!copy.exists());
    assert_eq!(other.load("json").unwrap(), s);
    drop(access);
}

/// A session that JSON would not carry exactly is logged as the session file's own text,
/// which is also the record format of logs written before the JSON one: both replay.
#[test]
fn a_record_holding_the_session_file_text_replays_and_folds() {
    let (_d, store) = store_with_a_kept_log("yaml");
    let mut s = session("yaml", "n", 1);
    // JSON writes a number that is not finite as `null`.
    s.answers
        .insert("hours".into(), Answer::Number(f64::INFINITY));
    store.save(&s).unwrap();
    store::flush();
    let log = fs::read_to_string(store.dir().join("yaml.wal")).unwrap();
    assert!(
        log.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("# careerpath session ")),
        "{log}"
    );
    let (_e, other) = self::store();
    fs::copy(store.dir().join("yaml.wal"), other.dir().join("yaml.wal")).unwrap();
    assert_eq!(other.load("yaml").unwrap(), s);
    let access = other.lock("yaml").unwrap();
    store::flush();
    assert_eq!(names(&other), ["yaml.lock", "yaml.yaml"]);
    assert_eq!(other.load("yaml").unwrap(), s);
    drop(access);
}
