//! End to end: the real binary in a pseudo-terminal (portable-pty), its output read
//! through a terminal emulator (vt100). Reading happens on a thread and every wait has
//! a deadline, so a broken build fails these tests instead of hanging them.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use careerpath::questionnaire::{Answer, builtin};
use careerpath::store::{Listed, Store};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 100;
const WAIT: Duration = Duration::from_secs(10);

pub(crate) const ENTER: &str = "\r";
pub(crate) const DOWN: &str = "\x1b[B";
const LEFT: &str = "\x1b[D";
const RIGHT: &str = "\x1b[C";

pub(crate) struct Term {
    parser: vt100::Parser,
    rx: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// The terminal's side; `None` once [`Term::hang_up`] closed it.
    master: Option<Box<dyn MasterPty + Send>>,
    /// Tells the reading thread to close its copy of the terminal's side.
    hung_up: Arc<AtomicBool>,
    /// Everything the program wrote, to check how the stream ends.
    raw: Vec<u8>,
    closed: bool,
}

impl Term {
    pub(crate) fn spawn(data_dir: &Path) -> Term {
        Term::spawn_with(data_dir, &["--lang", "en"])
    }

    /// The binary with `args` after `--data-dir`.
    pub(crate) fn spawn_with(data_dir: &Path, args: &[&str]) -> Term {
        Term::spawn_under(&[], data_dir, args)
    }

    /// [`Term::spawn_with`] with the binary run by `wrapper` (a tracer, say).
    pub(crate) fn spawn_under(wrapper: &[&str], data_dir: &Path, args: &[&str]) -> Term {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap_or_else(|e| panic!("openpty: {e}"));
        // CAREERPATH_BIN runs the same test against another build (a release binary, say).
        let bin = std::env::var("CAREERPATH_BIN")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_careerpath").to_owned());
        let mut cmd = match wrapper.split_first() {
            Some((first, rest)) => {
                let mut cmd = CommandBuilder::new(first);
                cmd.args(rest);
                cmd.arg(bin);
                cmd
            }
            None => CommandBuilder::new(bin),
        };
        cmd.arg("--data-dir");
        cmd.arg(data_dir);
        for a in args {
            cmd.arg(a);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for key in crate::LOCALE {
            cmd.env_remove(key);
        }
        cmd.env("LANG", "C.UTF-8");
        cmd.cwd(data_dir);
        let child = pair
            .slave
            .spawn_command(cmd)
            .unwrap_or_else(|e| panic!("spawn: {e}"));
        drop(pair.slave);
        let mut reader = pair
            .master
            .try_clone_reader()
            .unwrap_or_else(|e| panic!("reader: {e}"));
        let writer = pair
            .master
            .take_writer()
            .unwrap_or_else(|e| panic!("writer: {e}"));
        let (tx, rx) = mpsc::channel();
        let hung_up = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&hung_up);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Term {
            parser: vt100::Parser::new(ROWS, COLS, 0),
            rx,
            writer,
            child,
            master: Some(pair.master),
            hung_up,
            raw: Vec::new(),
            closed: false,
        }
    }

    pub(crate) fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Feeds output until `cond` holds on the screen; panics with the screen after `WAIT`.
    pub(crate) fn wait_for(&mut self, what: &str, cond: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + WAIT;
        loop {
            if cond(&self.screen()) {
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || self.closed {
                panic!("timed out waiting for {what}; screen:\n{}", self.screen());
            }
            match self.rx.recv_timeout(left.min(Duration::from_millis(200))) {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => self.closed = true,
            }
        }
    }

    pub(crate) fn wait_text(&mut self, text: &str) {
        let t = text.to_owned();
        self.wait_for(text, move |s| s.contains(&t));
    }

    pub(crate) fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .unwrap_or_else(|e| panic!("write: {e}"));
        let _ = self.writer.flush();
    }

    /// Closes the terminal, as closing its window or losing an ssh connection does: the
    /// program gets SIGHUP, and writing to the terminal fails from then on.
    pub(crate) fn hang_up(&mut self) {
        self.hung_up.store(true, Ordering::SeqCst);
        // Something to draw wakes the reading thread, which then closes its copy.
        self.send("?");
        self.writer = Box::new(std::io::sink());
        self.master = None;
    }

    /// Waits for the process to end, reading its last output; returns its exit code.
    pub(crate) fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + WAIT;
        loop {
            // Drain output first so the final escape sequences are seen.
            while let Ok(bytes) = self.rx.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                while let Ok(bytes) = self.rx.recv_timeout(Duration::from_millis(100)) {
                    self.parser.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                }
                return status.exit_code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the program did not exit; screen:\n{}", self.screen());
            }
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// The question number on screen ("Question 3 of about 12" -> 3).
fn question_number(screen: &str) -> Option<usize> {
    let at = screen.find("Question ")?;
    screen[at + 9..].split_whitespace().next()?.parse().ok()
}

fn footer(screen: &str) -> String {
    screen
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .to_owned()
}

fn assert_restored(t: &Term) {
    let s = t.parser.screen();
    assert!(!s.alternate_screen(), "still on the alternate screen");
    assert!(!s.hide_cursor(), "cursor still hidden");
    assert!(!s.bracketed_paste(), "bracketed paste still on");
    assert_eq!(
        s.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture still on"
    );
}

#[test]
fn a_person_answers_goes_back_once_and_sees_the_outcome() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(dir.path());
    to_the_first_question(&mut t);
    let mut went_back = false;
    for step in 0..60 {
        t.wait_for("a question or the review", |s| {
            s.contains("Question ") || s.contains("Check your answers")
        });
        let screen = t.screen();
        if screen.contains("Check your answers") {
            break;
        }
        let n = question_number(&screen);
        if n == Some(2) && !went_back {
            // Change the first answer: back, pick the second choice, go on.
            went_back = true;
            t.send(LEFT);
            t.wait_text("Question 1 of about");
            t.send(DOWN);
            t.send(ENTER);
            t.wait_for("question 2 again", |s| question_number(s) == Some(2));
            continue;
        }
        let f = footer(&screen);
        let keys: &str = if f.contains("y/n") {
            "y"
        } else if f.contains("K/J") {
            // Rank: move the top item down one, which sets the order.
            "J\r"
        } else if f.contains("←→ choose") {
            // Scale: from nothing, right picks the lowest value, once more the next one.
            &format!("{RIGHT}{RIGHT}{ENTER}")
        } else if f.contains("↑↓ step") {
            "\x1b[A\r"
        } else if screen.contains(" chosen") {
            // Multi: tick the first choice.
            " \r"
        } else {
            // Single: nothing is picked until the user moves; down picks the first choice.
            "\x1b[B\r"
        };
        t.send(keys);
        let before = n;
        t.wait_for(
            &format!("step {step} to move on from question {before:?}"),
            |s| s.contains("Check your answers") || question_number(s) != before,
        );
    }
    assert!(went_back, "never reached question 2");
    t.wait_text("Check your answers");
    t.send("r");
    t.wait_text("Recommendation:");

    // The screen shows what the engine says for the answers that were saved.
    let session = one_saved(dir.path());
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let role = &q.questions[0];
    let second = role
        .kind
        .choices()
        .get(1)
        .map(|c| c.value.clone())
        .unwrap_or_default();
    assert_eq!(
        session.answers.get(&role.id),
        Some(&Answer::Text(second)),
        "the changed answer was saved"
    );
    let eval = careerpath::evaluate::evaluate(&q, &session.answers, "en");
    let title: Vec<&str> = eval
        .outcomes
        .iter()
        .filter_map(|o| q.outcome(o))
        .map(|o| o.title.get("en", "en"))
        .collect();
    let title = title.join(" + ");
    let screen = t.screen();
    assert!(
        screen.contains(&format!("Recommendation: {title}")),
        "expected {title:?} on:\n{screen}"
    );

    t.send("q");
    let code = t.wait_exit();
    assert_eq!(code, 0);
    assert_restored(&t);
}

/// Number keys answer every kind of question: the built-in questionnaire answered with `1`
/// and Enter at each question (as the terminal bench answers it) reaches the result, and
/// each single choice answered is its first choice.
#[test]
fn number_keys_answer_every_question_up_to_the_result() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(dir.path());
    to_the_first_question(&mut t);
    let mut answered = 0;
    while !t.screen().contains("Check your answers") {
        assert!(answered < 60, "no end after 60 questions:\n{}", t.screen());
        let before = question_number(&t.screen());
        t.send("1");
        t.send(ENTER);
        let asked = "the order as first shown";
        t.wait_for(
            &format!("`1` and Enter to move on from question {before:?}"),
            |s| {
                s.contains("Check your answers")
                    || question_number(s) != before
                    || s.contains(asked)
            },
        );
        if question_number(&t.screen()) == before && t.screen().contains(asked) {
            // A ranking nobody moved: the first Enter asks, the second keeps the order shown.
            t.send(ENTER);
            t.wait_for(&format!("a second Enter on question {before:?}"), |s| {
                s.contains("Check your answers") || question_number(s) != before
            });
        }
        answered += 1;
    }
    t.send("r");
    t.wait_text("Recommendation:");

    let session = one_saved(dir.path());
    assert_eq!(session.answers.len(), answered, "{:?}", session.answers);
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    for question in &q.questions {
        if let (
            Some(Answer::Text(got)),
            careerpath::questionnaire::QuestionKind::Single { choices },
        ) = (session.answers.get(&question.id), &question.kind)
        {
            assert_eq!(
                Some(got),
                choices.first().map(|c| &c.value),
                "{}",
                question.id
            );
        }
    }
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert_restored(&t);
}

#[test]
fn sigterm_mid_questionnaire_restores_the_terminal() {
    signal_mid_questionnaire_restores_the_terminal("TERM", 143);
}

#[test]
fn sighup_mid_questionnaire_restores_the_terminal() {
    signal_mid_questionnaire_restores_the_terminal("HUP", 129);
}

/// A new session in a fresh data directory, its first question answered.
fn at_the_second_question() -> (tempfile::TempDir, Term) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(dir.path());
    to_the_second_question(&mut t);
    (dir, t)
}

/// A full disk in the full-screen interface: the refused save is shown; the first quit
/// says the answers are not saved and tries again (it quit at once), the second quits;
/// with the disk still full the way out says the answers were not saved and the exit code
/// is 74 (it was 0, with nothing said).
#[test]
fn a_full_disk_is_said_on_the_way_out_and_exits_74() {
    let Some(mount) = crate::store::Mount::tmpfs("size=64k") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let data = mount.path().join("data");
    // Writes what fits, then fails with the disk full.
    let _ = std::fs::write(mount.path().join("fill"), vec![0u8; 256 * 1024]);
    let mut t = Term::spawn(&data);
    to_the_second_question(&mut t);
    t.wait_text("Not saved");
    t.send("q");
    t.wait_text("Press q again to quit without them");
    t.send("q");
    assert_eq!(t.wait_exit(), 74);
    let said = String::from_utf8_lossy(&t.raw).into_owned();
    assert!(
        said.contains("your latest answers were not saved"),
        "{said}"
    );
}

/// A disk with room for the answers' log but not for the session file: the answers are
/// saved (the log is synced, and read back by the next start), so nothing says they are
/// not, and quitting is a plain quit (it said they were lost, and exited 74).
#[test]
fn answers_in_a_synced_log_are_saved_though_the_file_is_not() {
    let Some(mount) = crate::store::Mount::tmpfs("size=64k") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let data = mount.path().join("data");
    std::fs::write(mount.path().join("fill"), vec![0u8; 60 * 1024])
        .unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(&data);
    to_the_second_question(&mut t);
    // Time for the first answer's file sync to fail before the next answer is saved.
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.send("1");
    t.send(ENTER);
    t.wait_text("Question 3 of about");
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let said = String::from_utf8_lossy(&t.raw).into_owned();
    assert!(!said.contains("not saved"), "{said}");
    let listed = careerpath::store::Store::open(&data)
        .unwrap_or_else(|e| panic!("{e}"))
        .list();
    let progress: Vec<usize> = listed
        .iter()
        .filter_map(|l| match l {
            careerpath::store::Listed::Ok(s) => Some(s.progress.answered),
            careerpath::store::Listed::Damaged { .. } => None,
        })
        .collect();
    assert_eq!(progress, [2], "{said}");
}

/// A data directory that cannot be made (a file is in the way): the sessions directory is
/// created after the first frame, and its failure is said on the screen with its reason,
/// answering still works, the first quit says the answers are not saved, and the way out
/// says so too, with exit code 74 (it was 0).
#[test]
fn a_data_directory_that_cannot_be_made_is_said_on_the_screen_and_on_the_way_out() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("data");
    std::fs::write(&data, "a file, not a directory").unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(&data);
    t.wait_text("Sessions are not being saved: cannot use the data directory");
    to_the_second_question(&mut t);
    t.send("q");
    t.wait_text("Press q again to quit without them.");
    t.send("q");
    assert_eq!(t.wait_exit(), 74, "an answer was given and not saved");
    let said = String::from_utf8_lossy(&t.raw).into_owned();
    assert!(
        said.contains(
            "careerpath: your latest answers were not saved (cannot use the data directory"
        ),
        "{said}"
    );
    assert!(data.is_file(), "the file in the way was touched");
}

/// Leaving an unfinished session, with `q` or Ctrl-C, says where it is saved and the
/// command that continues it, as plain mode does (it said nothing).
#[test]
fn leaving_an_unfinished_session_says_how_to_continue_it() {
    for (keys, code) in [("q", 0), ("\x03", 130)] {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut t = Term::spawn(dir.path());
        to_the_second_question(&mut t);
        t.send(keys);
        assert_eq!(t.wait_exit(), code, "{keys:?}");
        let said = String::from_utf8_lossy(&t.raw).into_owned();
        let s = one_saved(dir.path());
        let prefix = &s.id[..careerpath::store::SHORT_ID];
        let want = format!(
            "Saved as {} ({}). Continue with: careerpath --data-dir {} resume {prefix}",
            s.name,
            s.id,
            dir.path().display()
        );
        assert!(said.contains(&want), "{keys:?}: {want:?} not in:\n{said}");
    }
    // A session with nothing answered says nothing.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(dir.path());
    to_the_first_question(&mut t);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert!(!String::from_utf8_lossy(&t.raw).contains("Continue with"));
}

/// From the welcome: a new session, at its first question.
fn to_the_first_question(t: &mut Term) {
    t.wait_text("Start a new session");
    t.send(ENTER);
    t.wait_text("Question 1 of about");
}

/// From the welcome: a new session, its first question answered.
fn to_the_second_question(t: &mut Term) {
    to_the_first_question(t);
    t.send(DOWN);
    t.send(ENTER);
    t.wait_text("Question 2 of about");
}

fn signal_mid_questionnaire_restores_the_terminal(signal: &str, expected_code: u32) {
    let (dir, mut t) = at_the_second_question();
    assert!(
        t.parser.screen().alternate_screen(),
        "the TUI runs on the alternate screen"
    );
    let Some(pid) = t.child.process_id() else {
        panic!("no pid")
    };
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status();
    assert!(status.is_ok_and(|s| s.success()), "kill -{signal} failed");
    let code = t.wait_exit();
    assert_eq!(code, expected_code, "exit code after SIG{signal}");
    assert_restored(&t);
    // The answer given before the signal was saved.
    let store = Store::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let saved = store.list().into_iter().find_map(|l| match l {
        Listed::Ok(s) => Some(s),
        Listed::Damaged { .. } => None,
    });
    let Some(s) = saved.filter(|s| s.progress.answered >= 1) else {
        panic!("the first answer was not saved")
    };
    // SIGTERM leaves a terminal to say how to continue on, as `q` does; a hang-up does not.
    let want = format!(
        "Saved as {} ({}). Continue with: careerpath --data-dir {} resume {}",
        s.name,
        s.id,
        dir.path().display(),
        &s.id[..careerpath::store::SHORT_ID]
    );
    let said = String::from_utf8_lossy(&t.raw).into_owned();
    assert_eq!(
        said.contains(&want),
        signal == "TERM",
        "{want:?} in:\n{said}"
    );
}

/// Closing the terminal mid-questionnaire (a closed window, a dropped ssh connection) ends
/// the program as SIGHUP does, keeping the answers given. Restoring a terminal that is gone
/// fails, and that failure once ended in a panic, then an abort, from printing about it to
/// the same terminal.
#[test]
fn hanging_up_the_terminal_exits_as_sighup_and_keeps_the_answers() {
    let (dir, mut t) = at_the_second_question();
    t.hang_up();
    assert_eq!(
        t.wait_exit(),
        128 + 1,
        "exit code after the terminal closed"
    );
    assert!(
        one_saved(dir.path()).progress.answered >= 1,
        "the first answer was saved"
    );
}

/// A terminal that goes away without a SIGHUP, because it was not careerpath's controlling
/// terminal (`setsid`, as a test harness may run it): reads end with nothing at once, and
/// careerpath read them at full speed for good. Now it ends within a moment, as on SIGHUP,
/// with the answers kept. The shell that runs it ignores the hang-up and records the code.
#[test]
fn a_terminal_gone_without_a_sighup_ends_the_program_too() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let detached = [
        "sh",
        "-c",
        "trap '' HUP; setsid -w \"$0\" \"$@\"; echo $? > ended",
    ];
    let mut t = Term::spawn_under(&detached, dir.path(), &["--lang", "en"]);
    to_the_second_question(&mut t);
    t.hang_up();
    let ended = dir.path().join("ended");
    let deadline = Instant::now() + WAIT;
    while !ended.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(50));
    let code = std::fs::read_to_string(&ended).unwrap_or_else(|e| {
        panic!("careerpath was still running {WAIT:?} after its terminal went away: {e}")
    });
    assert_eq!(code.trim(), "129", "exit code after the terminal went away");
    assert!(
        one_saved(dir.path()).progress.answered >= 1,
        "the first answer was saved"
    );
}

/// A shell with job control running careerpath as a job: `stopped: N` when the job stops,
/// then `fg` after a line is typed, then `ended: N`.
fn under_a_shell(dir: &Path) -> Term {
    // An interactive bash runs careerpath as a job: `$0` is the binary, `$@` its arguments.
    let shell = [
        "bash",
        "--norc",
        "--noprofile",
        "-i",
        "-c",
        r#""$0" "$@"; echo "stopped: $?"; read -r _; fg; echo "ended: $?""#,
    ];
    Term::spawn_under(&shell, dir, &["--lang", "en"])
}

/// The shell got the terminal back (main screen) with the answers so far saved; `fg`
/// brings the question back, whole, and working.
fn stopped_then_continued(dir: &Path, t: &mut Term) {
    t.wait_text("stopped: 147"); // 128 + SIGSTOP
    assert_restored(t);
    assert!(
        one_saved(dir).progress.answered >= 1,
        "the first answer was saved"
    );
    t.send("\r"); // `read` returns; `fg`
    t.wait_text("Question 2 of about");
    assert!(
        t.parser.screen().alternate_screen(),
        "the TUI is back on its screen"
    );
    t.send("q");
    t.wait_text("ended: 0");
}

/// Ctrl-Z in a shell with job control stops careerpath as in a shell's other programs.
#[test]
fn ctrl_z_gives_the_shell_the_terminal_and_fg_brings_the_question_back() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = under_a_shell(dir.path());
    to_the_second_question(&mut t);
    t.send("\u{1a}"); // Ctrl-Z
    stopped_then_continued(dir.path(), &mut t);
}

/// `kill -TSTP` from elsewhere does what Ctrl-Z does; it once stopped careerpath with the
/// terminal still in raw mode on careerpath's screen.
#[test]
fn sigtstp_from_elsewhere_gives_the_shell_the_terminal_and_fg_brings_the_question_back() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = under_a_shell(dir.path());
    to_the_second_question(&mut t);
    let Some(shell) = t.child.process_id() else {
        panic!("no pid")
    };
    let pid = child_of(shell).unwrap_or_else(|| panic!("no careerpath under the shell"));
    let status = std::process::Command::new("kill")
        .args(["-TSTP", &pid.to_string()])
        .status();
    assert!(status.is_ok_and(|s| s.success()), "kill -TSTP failed");
    stopped_then_continued(dir.path(), &mut t);
}

/// The pid of a process whose parent is `parent` (from `/proc/PID/stat`).
fn child_of(parent: u32) -> Option<u32> {
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_str()?.parse().ok()?;
        let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
        // `pid (comm) state ppid ...`; comm may hold spaces and parentheses.
        let after = &stat[stat.rfind(')')? + 1..];
        let ppid: u32 = after.split_whitespace().nth(1)?.parse().ok()?;
        (ppid == parent).then_some(pid)
    })
}

/// `--questions FILE --watch`: saving the file reloads the questionnaire on screen; a save
/// that breaks it shows the error in the banner and keeps the screen; fixing it recovers.
#[test]
fn watch_reloads_the_questionnaire_on_screen_and_survives_a_broken_save() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("q.yaml");
    let text = std::fs::read_to_string("tests/fixtures/tests-valid/small.yaml")
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&file, &text).unwrap_or_else(|e| panic!("{e}"));
    let file_arg = file
        .to_str()
        .unwrap_or_else(|| panic!("a temporary path is UTF-8"));
    let mut t = Term::spawn_with(
        dir.path(),
        &["--lang", "en", "--questions", file_arg, "--watch"],
    );
    t.wait_text("Start");
    t.send(ENTER);
    t.wait_text("Where are you heading?");

    std::fs::write(
        &file,
        text.replace("Where are you heading?", "Where to next?"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    t.wait_text("Where to next?");
    t.wait_text("reloaded");

    std::fs::write(&file, text.replace("outcome: both", "outcome: bothh"))
        .unwrap_or_else(|e| panic!("{e}"));
    t.wait_text("Not reloaded: line 43, column 16: unknown outcome `bothh`");
    assert!(t.screen().contains("Where to next?"), "{}", t.screen());

    std::fs::remove_file(&file).unwrap_or_else(|e| panic!("{e}"));
    t.wait_text("Not reloaded: no such file");
    std::fs::write(&file, &text).unwrap_or_else(|e| panic!("{e}"));
    t.wait_text("Where are you heading?");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

/// The sessions saved in `dir`.
fn saved(dir: &Path) -> Vec<careerpath::session::Session> {
    let store = Store::open(dir).unwrap_or_else(|e| panic!("{e}"));
    store
        .list()
        .into_iter()
        .filter_map(|l| match l {
            Listed::Ok(s) => store.load(&s.id).ok(),
            Listed::Damaged { .. } => None,
        })
        .collect()
}

/// The one session saved in `dir`, read back.
fn one_saved(dir: &Path) -> careerpath::session::Session {
    let mut all = saved(dir);
    assert_eq!(all.len(), 1, "expected one saved session: {all:?}");
    all.remove(0)
}

/// Issue 9, item 1, revisited: Esc before any session is open offers no review (it started
/// a session nobody asked for); the menu's rows are numbered as shown.
#[test]
fn the_menu_without_a_session_offers_no_review() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(dir.path());
    t.wait_text("Start a new session");
    t.send("\x1b");
    t.wait_text("2. Saved sessions");
    assert!(!t.screen().contains("Review my answers"), "{}", t.screen());
    t.send("2");
    t.wait_text("Saved sessions");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert_restored(&t);
    assert!(saved(dir.path()).is_empty(), "no session was started");
}

/// Issue 9, item 5: in Spanish, `2,5` typed in a number field is 2.5, as plain mode reads it.
#[test]
fn a_decimal_comma_in_spanish_is_a_decimal_point() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("hours.yaml");
    std::fs::write(
        &file,
        "id: hours\nversion: 1\ntitle: Horas\ndimensions: {a: {label: A}}\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: hours\n        type: number\n        prompt: {en: Hours?, es: ¿Horas?}\n        min: 0\n        max: 10\n        step: 0.5\ndecision:\n  policy: first\n  rules:\n    - {id: d, default: true, outcome: o, because: ok}\noutcomes:\n  o: {title: O, summary: S}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let file = file.to_string_lossy().into_owned();
    let mut t = Term::spawn_with(dir.path(), &["--lang", "es", "--questions", &file]);
    t.wait_text("Empezar una sesión nueva");
    t.send(ENTER);
    t.wait_text("¿Horas?");
    t.send("2,5");
    t.send(ENTER);
    t.wait_text("Revisa tus respuestas");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let sessions = saved(dir.path());
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].answers.get("hours"), Some(&Answer::Number(2.5)));
}

/// Issue 9, item 15: a single-choice question opens with nothing picked; Enter asks for a
/// pick and records nothing.
#[test]
fn enter_on_an_unpicked_single_choice_records_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(dir.path());
    to_the_first_question(&mut t);
    assert!(
        !t.screen().contains("(•)"),
        "something is picked:\n{}",
        t.screen()
    );
    t.send(ENTER);
    t.wait_text("Pick one first");
    assert_eq!(question_number(&t.screen()), Some(1), "still on question 1");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        saved(dir.path())
            .iter()
            .all(|s| !s.answers.contains_key(&q.questions[0].id)),
        "no answer was recorded"
    );
}

/// Enter before anything is given never records an answer: on every question it either
/// is refused with a reason on screen (the question stays) or moves on, and then `1` and
/// Enter answer. The event loop works Enter out ahead on every new question, so these
/// refusals run on every question shown (benches/link-order.sh lays this test's code out
/// with the first session's).
#[test]
fn enter_before_answering_is_refused_with_a_reason_or_moves_on() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn(dir.path());
    to_the_first_question(&mut t);
    let (mut refused, mut steps) = (0, 0);
    while !t.screen().contains("Check your answers") {
        steps += 1;
        assert!(steps < 60, "no end after 60 questions:\n{}", t.screen());
        let (before, screen) = (question_number(&t.screen()), t.screen());
        t.send(ENTER);
        t.wait_for(&format!("Enter on question {before:?}"), |s| s != screen);
        if question_number(&t.screen()) == before && !t.screen().contains("Check your answers") {
            refused += 1;
            let now = t.screen();
            assert!(
                now.lines().count() >= screen.lines().count()
                    && now.lines().any(|l| !screen.contains(l.trim())),
                "refused without a reason on question {before:?}:\n{now}"
            );
            t.send("1");
            t.send(ENTER);
            t.wait_for(&format!("`1` and Enter on question {before:?}"), |s| {
                s.contains("Check your answers") || question_number(s) != before
            });
        }
    }
    assert!(refused > 0, "no question refused an empty Enter");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
