//! Crash safety and concurrency with real processes: this test binary re-runs itself as the
//! child (selected by an environment variable), which saves in a loop until it is SIGKILLed.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use careerpath::questionnaire::Answer;
use careerpath::store::{Listed, Store};

const ROLE: &str = "CAREERPATH_TEST_CHILD";
const DIR: &str = "CAREERPATH_TEST_CHILD_DIR";

/// The child's entry point; a no-op in a normal test run.
#[test]
fn child() {
    let Ok(role) = std::env::var(ROLE) else {
        return;
    };
    let dir = std::env::var(DIR).unwrap();
    let store = Store::open(Path::new(&dir)).unwrap();
    let mut out = std::io::stdout().lock();
    match role.as_str() {
        // Save one answer after another forever, as the interfaces do (session locked, each
        // answer acknowledged once `save` returns, the moment a frame would show it).
        "loop" => {
            let _lock = store.lock("crash").unwrap();
            let mut s = store
                .load("crash")
                .unwrap_or_else(|_| crate::support::session("crash", "crash", 1));
            let mut i = last(&s.answers).map_or(0, |n| n + 1);
            loop {
                s.answers.insert("last".into(), Answer::Number(i as f64));
                s.answers
                    .insert(format!("a{}", i % 40), Answer::Text(format!("answer {i}")));
                store.save(&s).unwrap();
                writeln!(out, "ack {i}").unwrap();
                out.flush().unwrap();
                i += 1;
            }
        }
        // Save a shared session and our own, alternately, 100 times each.
        writer if writer.starts_with("race-") => {
            let mut shared = crate::support::session("shared", writer, 1);
            let mut own = crate::support::session(writer, writer, 1);
            for i in 0..100 {
                for s in [&mut shared, &mut own] {
                    s.answers
                        .insert("last".into(), Answer::Number(f64::from(i)));
                    store.save(s).unwrap();
                }
            }
            careerpath::store::flush();
            writeln!(out, "done").unwrap();
        }
        // Hold the session open until our stdin closes.
        "hold" => {
            let (_, access) = store.open_session("held").unwrap();
            writeln!(out, "held {}", access.can_write()).unwrap();
            out.flush().unwrap();
            let _ = std::io::stdin().read_to_end(&mut Vec::new());
        }
        other => panic!("unknown child role {other}"),
    }
}

fn last(answers: &careerpath::questionnaire::Answers) -> Option<u64> {
    match answers.get("last") {
        Some(Answer::Number(n)) => Some(*n as u64),
        _ => None,
    }
}

fn spawn(role: &str, dir: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "store_crash::child",
            "--nocapture",
            "--test-threads=1",
            "-q",
        ])
        .env(ROLE, role)
        .env(DIR, dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap()
}

/// A small xorshift: no dependency, and the seed is printed so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn sigkill_at_any_moment_leaves_a_whole_file_with_every_acknowledged_answer() {
    if std::env::var(ROLE).is_ok() {
        return;
    }
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    eprintln!("CRASH_SEED={seed}");
    let mut rng = Rng(seed);
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let mut acknowledged: Option<u64> = None;
    let mut kills_after_a_save = 0;
    let (mut with_log, mut torn) = (0, 0);
    for round in 0..200 {
        let mut child = spawn("loop", data.path());
        // Kill at a random moment after the child got going (the first save), so every
        // kill can land anywhere: appending to the log, syncing, renaming, cutting the log.
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut stdout = String::new();
        while !stdout.contains("ack ") && reader.read_line(&mut stdout).unwrap() > 0 {}
        std::thread::sleep(Duration::from_micros(rng.below(20_000)));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.read_to_string(&mut stdout).unwrap();
        let acks: Vec<u64> = stdout
            .lines()
            .filter_map(|l| l.strip_prefix("ack "))
            .map(|n| n.parse().unwrap())
            .collect();
        if let Some(&n) = acks.last() {
            acknowledged = Some(n);
            kills_after_a_save += 1;
        }
        let Some(want) = acknowledged else { continue };
        let s = store
            .load("crash")
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        let got = last(&s.answers).unwrap();
        // The child may have saved one more answer and been killed before saying so.
        assert!(
            got == want || got == want + 1,
            "round {round}: acknowledged {want}, store has {got}"
        );
        assert_eq!(
            s.answers.get(&format!("a{}", got % 40)),
            Some(&Answer::Text(format!("answer {got}")))
        );
        for listed in store.list() {
            assert!(matches!(listed, Listed::Ok(_)), "round {round}: {listed:?}");
        }
        // Every file parses on its own: the session file is always whole, and the log's
        // whole records are found whatever a kill cut off.
        let file = alone(store.dir(), "crash.yaml")
            .map(|r| r.unwrap_or_else(|e| panic!("round {round}: crash.yaml: {e}")));
        if let Some(logged) = alone(store.dir(), "crash.wal") {
            with_log += 1;
            match logged {
                Ok(n) => assert_eq!(n, got, "round {round}: the log holds the newest answer"),
                // Only the first record of a fresh log can be cut short; the file has it all.
                Err(_) => {
                    torn += 1;
                    assert_eq!(file, Some(got), "round {round}: a log with no whole record");
                }
            }
        } else {
            assert_eq!(
                file,
                Some(got),
                "round {round}: without a log the file is newest"
            );
        }
        acknowledged = Some(got);
    }
    assert_eq!(kills_after_a_save, 200);
    let interrupted = std::fs::read_dir(store.dir()).unwrap().filter(|e| {
        e.as_ref()
            .is_ok_and(|e| e.file_name().to_string_lossy().contains(".tmp-"))
    });
    eprintln!(
        "{with_log} kills left an unsynced log ({torn} with no whole record); {} temp files are \
         left for a later listing to clean",
        interrupted.count()
    );
}

/// Loads `name` copied alone into a fresh store: the newest answer it holds, `None` when
/// there is no such file, an error when it does not read as a session.
/// A log emptied by its sync counts as no log.
fn alone(dir: &Path, name: &str) -> Option<Result<u64, String>> {
    if std::fs::metadata(dir.join(name)).is_ok_and(|m| m.len() == 0) {
        return None;
    }
    let copy = tempfile::tempdir().unwrap();
    let other = Store::open(copy.path()).unwrap();
    std::fs::copy(dir.join(name), other.dir().join(name)).ok()?;
    Some(
        other
            .load("crash")
            .map_err(|e| e.to_string())
            .map(|s| last(&s.answers).unwrap()),
    )
}

#[test]
fn two_processes_saving_the_same_and_different_sessions() {
    if std::env::var(ROLE).is_ok() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let children: Vec<Child> = ["race-a", "race-b"]
        .iter()
        .map(|r| spawn(r, data.path()))
        .collect();
    for mut child in children {
        let mut out = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        assert!(child.wait().unwrap().success());
        assert!(out.contains("done"), "{out}");
    }
    for id in ["race-a", "race-b"] {
        let s = store.load(id).unwrap();
        assert_eq!(last(&s.answers), Some(99), "{id}");
    }
    let shared = store.load("shared").unwrap();
    assert!(["race-a", "race-b"].contains(&shared.name.as_str()));
    assert_eq!(last(&shared.answers), Some(99));
    let names: Vec<_> = std::fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "no temp file is left: {names:?}");
}

#[test]
fn a_session_held_by_another_process_opens_read_only() {
    if std::env::var(ROLE).is_ok() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    store
        .save(&crate::support::session("held", "held", 1))
        .unwrap();
    let mut child = spawn("hold", data.path());
    let mut line = String::new();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    while !line.starts_with("held") {
        line.clear();
        assert_ne!(
            reader.read_line(&mut line).unwrap(),
            0,
            "the child ended early"
        );
    }
    assert_eq!(line.trim(), "held true");
    let (_, access) = store.open_session("held").unwrap();
    assert!(!access.can_write());
    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
    let (_, access) = store.open_session("held").unwrap();
    assert!(access.can_write());
}

/// The thread that reads keys and draws never waits for the disk: the real binary answers
/// the first question again and again (each Enter saves before the next frame) under
/// strace, which names the thread of every sync call. Syncs happen, all on another thread.
#[cfg(feature = "tui")]
#[test]
fn the_drawing_thread_never_syncs_while_answers_are_saved() {
    if std::env::var(ROLE).is_ok() {
        return;
    }
    if Command::new("strace").arg("-V").output().is_err() {
        eprintln!("strace is not installed; this test needs it to see which thread syncs");
        return;
    }
    use crate::e2e::{DOWN, ENTER, Term};
    let data = tempfile::tempdir().unwrap();
    let trace = data.path().join("trace");
    let trace_arg = trace.to_string_lossy().into_owned();
    let wrapper = [
        "strace",
        "-f",
        "-qq",
        "-e",
        "trace=execve,openat,rename,renameat,renameat2,fsync,fdatasync,syncfs,sync,sync_file_range,msync",
        "-o",
        &trace_arg,
    ];
    let mut t = Term::spawn_under(&wrapper, data.path(), &["--lang", "en"]);
    t.wait_text("Start a new session");
    t.send(ENTER);
    t.wait_text("Question 1 of about");
    for _ in 0..5 {
        // Down picks a choice (the next one each round), Enter saves it and moves on.
        t.send(DOWN);
        t.send(ENTER);
        t.wait_text("Question 2 of about");
        t.send("\x1b[D");
        t.wait_text("Question 1 of about");
    }
    t.send("q");
    assert_eq!(t.wait_exit(), 0, "{}", t.screen());
    let trace = std::fs::read_to_string(&trace).unwrap();
    // Every line starts with the id of the thread that made the call; the drawing thread is
    // the process's first, the one that ran execve.
    let main = trace
        .lines()
        .find(|l| l.contains("execve("))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("no execve in the trace:\n{trace}"));
    let syncs: Vec<&str> = trace
        .lines()
        .filter(|l| !l.contains("execve(") && l.contains("sync"))
        .collect();
    assert!(
        syncs.len() >= 2,
        "answers were saved, so files and the directory were synced:\n{trace}"
    );
    let on_main: Vec<&&str> = syncs
        .iter()
        .filter(|l| l.split_whitespace().next() == Some(main))
        .collect();
    assert!(on_main.is_empty(), "the drawing thread synced: {on_main:?}");
    // Five saves, one opening of the log for appending: the others are a bare write(2). The
    // one exception is a save that lands while its session file is being synced: the syncer
    // then replaces the log by one holding only the newest record (a rename), and the next
    // save opens the new file. Such replacements depend on timing, so they are counted.
    let appends: Vec<&str> = trace
        .lines()
        .filter(|l| l.split_whitespace().next() == Some(main))
        .filter(|l| l.contains(".wal\"") && l.contains("O_APPEND"))
        .collect();
    let replaced = trace
        .lines()
        .filter(|l| l.contains("rename"))
        .filter(|l| l.contains(".wal\")") || l.contains(".wal\" <unfinished"))
        .count();
    assert!(
        !appends.is_empty() && appends.len() <= 1 + replaced,
        "the log is kept open between saves ({replaced} replaced): {appends:?}\n{trace}"
    );
}
