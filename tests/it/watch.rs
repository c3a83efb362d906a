//! Live preview: `validate --watch` survives a file replaced, emptied, deleted and restored,
//! and a reload in the full-screen interface keeps what still fits (the terminal run is in
//! `e2e.rs`).

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const VALID: &str = "tests/fixtures/tests-valid";

/// Lines the watching process prints, from both streams, as they come.
struct Lines(mpsc::Receiver<String>);

impl Lines {
    /// Reads until a line containing each of `markers` has come, in any order: the two
    /// streams are read on two threads, so their lines interleave freely. Panics with what
    /// came instead; the bound is a guard against a hang, not a timing assertion.
    fn until(&self, markers: &[&str]) {
        let mut left: Vec<&str> = markers.to_vec();
        let mut seen = Vec::new();
        while !left.is_empty() {
            match self.0.recv_timeout(Duration::from_secs(60)) {
                Ok(line) => {
                    left.retain(|m| !line.contains(m));
                    seen.push(line);
                }
                Err(e) => panic!("no line with {left:?} ({e}); saw:\n{}", seen.join("\n")),
            }
        }
    }
}

/// The watching child, killed if the test fails before it stops it: a leaked watcher would
/// poll forever.
struct Reap(std::process::Child);

impl Drop for Reap {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

fn replace(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text).expect("write");
    std::fs::rename(&tmp, path).expect("rename");
}

#[test]
fn validate_watch_survives_a_file_replaced_truncated_deleted_and_restored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("q.yaml");
    let valid = std::fs::read_to_string(format!("{VALID}/small.yaml")).expect("fixture");
    std::fs::write(&file, &valid).expect("write");
    let mut child = crate::careerpath()
        .args(["validate", "--watch"])
        .arg(&file)
        .env("LANG", "C")
        // The locale of the run is LANG alone: diagnostics follow it.
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let out = child.stdout.take().expect("stdout");
    let err = child.stderr.take().expect("stderr");
    let mut child = Reap(child);
    let (tx, rx) = mpsc::channel();
    let tx2 = tx.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            let _ = tx2.send(line);
        }
    });
    let lines = Lines(rx);
    lines.until(&["0 errors, 0 warnings in 1 file", "watching"]);

    replace(&file, &valid.replace("outcome: both", "outcome: bothh"));
    lines.until(&[
        "changed; checking again",
        "unknown outcome `bothh`",
        "1 error, 0 warnings in 1 file",
        "watching",
    ]);

    std::fs::File::create(&file).expect("truncate");
    lines.until(&["error[empty-file]", "1 error", "watching"]);

    std::fs::remove_file(&file).expect("delete");
    lines.until(&["error[missing-file]: no such file", "1 error", "watching"]);

    std::fs::write(&file, &valid).expect("restore");
    lines.until(&["0 errors, 0 warnings in 1 file", "watching"]);

    let killed = Command::new("kill")
        .args(["-INT", &child.0.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.0.wait().expect("wait");
    assert_eq!(status.code(), Some(130), "Ctrl-C ends the watch with 130");
}

/// `--watch` in the full-screen interface, without a terminal: what a reload does to the
/// app state.
#[cfg(feature = "tui")]
mod live_preview {
    use careerpath::questionnaire::{Answer, load_str};
    use careerpath::session::Session;
    use careerpath::sitting::Sitting;
    use careerpath::tui::app::Reloaded;
    use careerpath::tui::update::{goto_question, update};
    use careerpath::tui::{Action, App, Screen, Theme};

    fn small() -> String {
        std::fs::read_to_string(format!("{}/small.yaml", super::VALID)).expect("fixture")
    }

    /// The open session's answers changed by `f`, as if saved so and reopened.
    fn edit(app: &mut App, f: impl FnOnce(&mut careerpath::questionnaire::Answers)) {
        let mut session = app.session().cloned().expect("a session is open");
        f(&mut session.answers);
        app.sitting = Some(Sitting::new(&app.q, session, false));
    }

    fn reloaded(text: &str) -> Action {
        let q = load_str("q.yaml", text).unwrap_or_else(|e| panic!("{e}"));
        Action::QuestionnaireReloaded(Ok(Reloaded(Box::new(q))))
    }

    fn answered_app() -> App {
        let q = load_str("q.yaml", &small()).unwrap_or_else(|e| panic!("{e}"));
        let mut app = App::new(q, "en".into(), Theme::mono());
        let mut session = Session::new(&app.q, "en", jiff::Timestamp::UNIX_EPOCH);
        for (id, answer) in [
            ("role", Answer::Text("ml".into())),
            ("serving", Answer::Bool(false)),
            ("hours", Answer::Number(30.0)),
        ] {
            session.answers.insert(id.into(), answer);
        }
        update(&mut app, Action::SessionStarted(Box::new(session)));
        goto_question(&mut app, 2, false);
        app
    }

    #[test]
    fn a_reload_keeps_the_answers_that_still_fit_and_the_question_on_screen() {
        let mut app = answered_app();
        // `hours` now stops at 20: the answer 30 no longer fits.
        let changed = small()
            .replace("max: 40", "max: 20")
            .replace("Will you serve models", "Will you run models");
        update(&mut app, reloaded(&changed));
        assert_eq!(
            app.q.questions[1].prompt.get("en", "en"),
            "Will you run models under latency limits?"
        );
        assert_eq!(app.answers().get("role"), Some(&Answer::Text("ml".into())));
        assert_eq!(app.answers().get("serving"), Some(&Answer::Bool(false)));
        assert_eq!(
            app.answers().get("hours"),
            None,
            "an answer that no longer fits is dropped"
        );
        assert_eq!(app.screen, Screen::Question);
        assert_eq!(
            app.question.as_ref().map(|s| s.index),
            Some(2),
            "still on `hours`"
        );
        assert!(app.warning.is_none());
        assert_eq!(
            app.notice.as_deref(),
            Some("The questionnaire changed and was reloaded.")
        );
    }

    /// A number half typed into the question on screen survives a reload of the file.
    #[test]
    fn a_reload_keeps_what_is_being_typed() {
        let mut app = answered_app();
        let typed = |app: &App| match app.question.as_ref().map(|s| &s.input) {
            Some(careerpath::tui::input::Input::Number { editor }) => editor.text(),
            other => panic!("not a number question: {other:?}"),
        };
        for c in ['1', '2'] {
            update(&mut app, Action::Insert(c));
        }
        let want = typed(&app);
        assert_ne!(want, "30", "the typing changed the answer shown");
        update(
            &mut app,
            reloaded(&small().replace("Will you serve models", "Will you run models")),
        );
        assert_eq!(app.question.as_ref().map(|s| s.index), Some(2));
        assert_eq!(typed(&app), want, "the reload kept the typing");
    }

    #[test]
    fn a_reload_that_hides_the_question_on_screen_moves_to_the_next_open_one() {
        let mut app = answered_app();
        edit(&mut app, |a| {
            a.remove("hours");
        });
        goto_question(&mut app, 1, false);
        let hide = |t: String| {
            t.replace(
                "visible_if: \"role == 'ml'\"",
                "visible_if: \"role == 'systems'\"",
            )
        };
        update(&mut app, reloaded(&hide(small())));
        assert_eq!(app.answers().get("serving"), None, "hidden now, so pruned");
        assert_eq!(app.screen, Screen::Question);
        assert_eq!(
            app.question.as_ref().map(|s| s.index),
            Some(2),
            "on to `hours`"
        );
        // With nothing left open, the review follows.
        edit(&mut app, |a| {
            a.insert("hours".into(), Answer::Number(3.0));
        });
        goto_question(&mut app, 0, false);
        update(
            &mut app,
            reloaded(&hide(small()).replace("Hours a week", "Hours per week")),
        );
        assert_eq!(
            app.screen,
            Screen::Question,
            "the question on screen is still shown"
        );
        assert_eq!(app.question.as_ref().map(|s| s.index), Some(0));
    }

    /// A version that hides an answered question sets its answer aside; the next version
    /// that shows the question again gives it back (it was lost for good).
    #[test]
    fn an_answer_a_reload_hides_comes_back_when_the_question_does() {
        let mut app = answered_app();
        let hide = small().replace(
            "visible_if: \"role == 'ml'\"",
            "visible_if: \"role == 'systems'\"",
        );
        update(&mut app, reloaded(&hide));
        assert_eq!(app.answers().get("serving"), None, "hidden");
        update(&mut app, reloaded(&small()));
        assert_eq!(
            app.answers().get("serving"),
            Some(&Answer::Bool(false)),
            "back"
        );
    }

    #[test]
    fn a_file_that_stops_loading_keeps_the_screen_and_says_why() {
        let mut app = answered_app();
        let before = app.q.hash.clone();
        let broken = small().replace("outcome: both", "outcome: bothh");
        let err = load_str("q.yaml", &broken)
            .err()
            .map(|e| e.diagnostics())
            .unwrap_or_default();
        assert!(!err.is_empty());
        update(&mut app, Action::QuestionnaireReloaded(Err(err)));
        assert_eq!(app.q.hash, before, "the last good questionnaire stays");
        assert_eq!(app.screen, Screen::Question);
        assert_eq!(app.answers().len(), 3);
        assert_eq!(
            app.warning.as_deref(),
            Some(
                "Not reloaded: line 43, column 16: unknown outcome `bothh`; showing the last version that loaded"
            )
        );
        // Fixed again: the warning goes.
        update(&mut app, reloaded(&small()));
        assert!(app.warning.is_none());
    }
}
