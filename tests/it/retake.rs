//! `careerpath retake`: a new session from an old one's answers, linked back to it, that
//! keeps the old roadmap progress; line by line, and full-screen in a pseudo-terminal
//! (complete it, mark two items done, quit, reopen, see them).

use std::path::{Path, PathBuf};

use careerpath::roadmap::State;
use careerpath::session::{Session, Status};
use careerpath::store::Store;

use crate::plain::run;

fn persona(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/personas")
        .join(format!("{name}.yaml"))
}

/// A finished session saved from a persona's answers, with item 1.1 of its roadmap done.
fn finished_with_progress(data: &Path) -> String {
    let file = persona("ai_wants_both");
    let o = run(
        data,
        &["sessions", "import", file.to_str().unwrap()],
        b"",
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let id = String::from_utf8_lossy(&o.stdout).trim().to_owned();
    let o = run(data, &["roadmap", &id, "done", "1.1"], b"", &[]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    id
}

/// Every saved session but `old`.
fn others(store: &Store, old: &str) -> Vec<Session> {
    store
        .list()
        .iter()
        .filter_map(|l| match l {
            careerpath::store::Listed::Ok(s) if s.id != old => store.load(&s.id).ok(),
            _ => None,
        })
        .collect()
}

/// The saved state of roadmap item `n.k` of a finished session.
fn state(s: &Session, n: usize, k: usize) -> Option<State> {
    let q = careerpath::questionnaire::builtin().unwrap();
    let stages = s.roadmap_stages(&q)?;
    s.roadmap_state(&stages.get(n - 1)?.items.get(k - 1)?.key)
}

#[test]
fn a_plain_retake_walks_the_old_answers_and_keeps_the_progress() {
    let data = tempfile::tempdir().unwrap();
    let old = finished_with_progress(data.path());
    // Enter keeps each pre-selected answer, from the first question to the result.
    let o = run(
        data.path(),
        &["--plain", "retake", &old[..12]],
        "\n".repeat(30).as_bytes(),
        &[],
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("Question 1 of about"), "{out}");
    assert!(
        out.contains("Press Enter to keep: AI/ML engineer."),
        "{out}"
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("as the new session"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let store = Store::open(data.path()).unwrap();
    let before = store.load(&old).unwrap();
    let [new] = others(&store, &old)
        .try_into()
        .unwrap_or_else(|v: Vec<Session>| panic!("expected one retake, found {}", v.len()));
    assert_eq!(new.retake_of.as_deref(), Some(old.as_str()));
    assert_eq!(new.status, Status::Complete);
    assert_eq!(new.answers, before.answers);
    assert_eq!(state(&new, 1, 1), Some(State::Done));
    assert_eq!(
        new.roadmap_counts(&careerpath::questionnaire::builtin().unwrap())
            .map(|c| c.done),
        Some(1)
    );
    // The old session is left as it was.
    assert_eq!(before.roadmap.len(), 1);
    assert_eq!(before.retake_of, None);
}

#[test]
fn retake_refuses_unknown_ids_and_needs_a_finished_session_by_default() {
    let data = tempfile::tempdir().unwrap();
    let o = run(data.path(), &["--plain", "retake"], b"", &[]);
    assert_eq!(o.status.code(), Some(66));
    let o = run(data.path(), &["--plain", "retake", "abc"], b"", &[]);
    assert_eq!(o.status.code(), Some(66));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "careerpath: no saved session matches `abc`\n"
    );
    assert!(Store::open(data.path()).unwrap().list().is_empty());
}

#[cfg(feature = "tui")]
#[test]
fn full_screen_retake_then_mark_two_items_quit_and_see_them_again() {
    use crate::e2e::{ENTER, Term};
    let data = tempfile::tempdir().unwrap();
    let old = finished_with_progress(data.path());
    let mut t = Term::spawn_with(data.path(), &["--lang", "en", "retake", &old]);
    t.wait_text("Question 1 of about");
    // Every answer is pre-selected: Enter takes each one, up to the review.
    for step in 0..40 {
        t.wait_for("a question or the review", |s| {
            s.contains("Question ") || s.contains("Check your answers")
        });
        let screen = t.screen();
        if screen.contains("Check your answers") {
            break;
        }
        t.send(ENTER);
        t.wait_for(&format!("step {step} to move on"), |s| *s != screen);
    }
    t.wait_text("Check your answers");
    t.send("r");
    t.wait_text("Recommendation:");
    // The first `]` shows the highlight where it starts, on the carried-over item, which
    // is done; mark the next two.
    t.send("]");
    t.wait_text("▸ [x] Python 3 with type hints");
    t.send("]");
    t.wait_text("▸ [ ] NumPy");
    t.send("x");
    t.wait_text("▸ [x] NumPy");
    t.send("]x");
    t.wait_text("▸ [x] Pandas");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);

    let store = Store::open(data.path()).unwrap();
    let [new] = others(&store, &old)
        .try_into()
        .unwrap_or_else(|v: Vec<Session>| panic!("expected one retake, found {}", v.len()));
    assert_eq!(new.retake_of.as_deref(), Some(old.as_str()));
    for k in 1..=3 {
        assert_eq!(state(&new, 1, k), Some(State::Done), "1.{k}");
    }

    // Reopened, the results show them.
    let mut t = Term::spawn_with(data.path(), &["--lang", "en", "resume", &new.id]);
    t.wait_text("Recommendation:");
    t.send("]]");
    t.wait_text("▸ [x] NumPy");
    let screen = t.screen();
    for want in [
        "[x] Python 3 with type hints",
        "[x] Pandas",
        "(3 of 4 done)",
    ] {
        assert!(screen.contains(want), "{want:?} on\n{screen}");
    }
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn compare_shows_a_retake_after_its_session_with_both_roadmaps_and_jsonl_links_them() {
    let data = tempfile::tempdir().unwrap();
    let old = finished_with_progress(data.path());
    let o = run(
        data.path(),
        &["--plain", "retake", &old],
        "\n".repeat(30).as_bytes(),
        &[],
    );
    assert_eq!(o.status.code(), Some(0));
    let store = Store::open(data.path()).unwrap();
    let [new] = others(&store, &old)
        .try_into()
        .unwrap_or_else(|v: Vec<Session>| panic!("expected one retake, found {}", v.len()));
    let o = run(data.path(), &["roadmap", &new.id, "done", "1.2"], b"", &[]);
    assert_eq!(o.status.code(), Some(0));

    // Named either way round, the retake comes second: before, then after.
    for (a, b) in [(&new.id, &old), (&old, &new.id)] {
        let o = run(data.path(), &["sessions", "compare", a, b], b"", &[]);
        let out = String::from_utf8_lossy(&o.stdout).into_owned();
        assert_eq!(o.status.code(), Some(0), "{out}");
        let first = out.lines().next().unwrap();
        // “name” (short id) → “name” (short id); short ids are unique prefixes.
        let shown: Vec<&str> = first
            .split('(')
            .skip(1)
            .filter_map(|p| p.split(')').next())
            .collect();
        assert!(
            shown.len() == 2 && old.starts_with(shown[0]) && new.id.starts_with(shown[1]),
            "{first}"
        );
        assert!(out.contains("is a retake of the first"), "{out}");
        let roadmap: Vec<&str> = out
            .lines()
            .skip_while(|l| !l.starts_with("Roadmap progress"))
            .skip(1)
            .take_while(|l| !l.is_empty())
            .collect();
        assert_eq!(roadmap, ["  1 of 19 done → 2 of 19 done"], "{out}");
        // The roadmap section comes after the reasons.
        assert!(out.find("Reasons") < out.find("Roadmap progress"), "{out}");
    }

    // One JSON line per session, each with its roadmap progress; the retake names its source.
    let o = run(data.path(), &["sessions", "export", "--all"], b"", &[]);
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let of = |id: &str| lines.iter().find(|l| l["id"] == id).unwrap().clone();
    assert_eq!(of(&old)["roadmap"]["done"], 1);
    assert_eq!(of(&old)["roadmap"]["total"], 19);
    assert!(of(&old).get("retake_of").is_none());
    assert_eq!(of(&new.id)["roadmap"]["done"], 2);
    assert_eq!(of(&new.id)["retake_of"], old.as_str());
}

/// `old` retaken line by line with `input`, which leaves it unfinished: the store and the
/// new session.
fn retaken(data: &Path, old: &str, input: &[u8]) -> (Store, Session) {
    let o = run(data, &["--plain", "retake", old], input, &[]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let store = Store::open(data).unwrap();
    let new = others(&store, old).remove(0);
    (store, new)
}

/// A retake left before its first answer has every question answered (carried over) and
/// is not finished: its export says so, and not that questions are missing. Its progress
/// counts none of the carried answers as given, in the export as in `sessions list`.
#[test]
fn an_untouched_retake_exports_as_not_finished_not_as_missing_answers() {
    let data = tempfile::tempdir().unwrap();
    let old = finished_with_progress(data.path());
    let (_, new) = retaken(data.path(), &old, b"quit\n");
    assert_eq!(new.status, Status::InProgress);
    let md = run(data.path(), &["sessions", "export", &new.id], b"", &[]);
    let md = String::from_utf8_lossy(&md.stdout).into_owned();
    let total = new.progress.total;
    assert_eq!(new.progress.answered, 0, "nothing is confirmed yet");
    assert!(
        md.contains(&format!(
            "0 of {total} questions confirmed in this retake; {total} carried over"
        )),
        "{md}"
    );
    assert!(md.contains("every question has an answer"), "{md}");
    assert!(!md.contains("rest on questions not answered"), "{md}");
}

/// A retake left after its first question goes on at its second when resumed: the
/// answers carried over are confirmed one by one, never finished unseen (resuming with no
/// input at all finished it, exit 0, on answers nobody confirmed).
#[test]
fn an_interrupted_retake_resumes_where_it_was_left() {
    let data = tempfile::tempdir().unwrap();
    let old = finished_with_progress(data.path());
    let (store, new) = retaken(data.path(), &old, b"\nquit\n");
    assert_eq!(
        new.progress.answered, 1,
        "one answer confirmed, the rest carried"
    );
    let o = run(data.path(), &["--plain", "resume", &new.id], b"", &[]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(75), "{out}");
    let q = careerpath::questionnaire::builtin().unwrap();
    let second = &q.questions[careerpath::flow::walk(&q, &new.answers).visible[1]];
    assert!(out.contains(second.prompt.get("en", "en")), "{out}");
    let again = others(&store, &old).remove(0);
    assert_eq!(again.status, Status::InProgress, "{out}");
}

/// An optional question the old session left unanswered is offered so in the retake:
/// Enter keeps it unanswered, as Enter keeps every carried answer (it was refused with
/// "`skip` leaves it unanswered").
#[test]
fn a_retake_keeps_a_question_left_unanswered_with_enter() {
    let nps = concat!(env!("CARGO_MANIFEST_DIR"), "/questions/examples/nps.yaml");
    let data = tempfile::tempdir().unwrap();
    let args = ["--plain", "--questions", nps];
    let o = run(data.path(), &args, b"9\nskip\nn\n", &[]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let store = Store::open(data.path()).unwrap();
    let old = match &store.list()[..] {
        [careerpath::store::Listed::Ok(s)] => s.id.clone(),
        other => panic!("{other:?}"),
    };
    let o = run(
        data.path(),
        &[&args[..], &["retake", &old]].concat(),
        b"\n\n\n",
        &[],
    );
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("Press Enter to leave it unanswered, as before."),
        "{out}"
    );
    let new = others(&store, &old).remove(0);
    assert_eq!(new.status, Status::Complete);
    assert!(!new.answers.contains_key("best"), "{:?}", new.answers);
    assert_eq!(new.answers.len(), 2, "{:?}", new.answers);
}
