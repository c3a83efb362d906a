//! `careerpath sessions export --all --format jsonl`: one JSON object a line per session,
//! through the real binary.

use careerpath::store::Store;
use serde_json::Value;

use super::sessions_cli::{careerpath, fixture, stderr, stdout};

fn lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn one_line_per_session_oldest_first_unfinished_marked() {
    let f = fixture();
    // The ML session was started first.
    let store = Store::open(f.data.path()).unwrap();
    let mut ml = store.load(&f.ml.id).unwrap();
    ml.created = "2026-01-01T08:00:00Z".parse().unwrap();
    store.save(&ml).unwrap();
    careerpath::store::flush();

    let o = careerpath(
        f.data.path(),
        &["sessions", "export", "--all", "--format", "jsonl"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    eprintln!("{out}");
    let all = lines(&out);
    assert_eq!(all.len(), 3, "{out}");
    assert_eq!(all[0]["id"], f.ml.id.as_str(), "oldest first");
    assert_eq!(all[0]["created"], "2026-01-01T08:00:00Z");

    let by_id = |id: &str| all.iter().find(|l| l["id"] == id).unwrap();
    let done = by_id(&f.backend.id);
    assert_eq!(done["status"], "complete");
    assert_eq!(done["complete"], true);
    assert_eq!(done["name"], "Backend path");
    assert_eq!(done["questionnaire"]["id"], "python-or-rust");
    assert_eq!(done["answers"]["role"], "backend_product");
    assert_eq!(done["answers"]["hours"], 6.0);
    let e = &f.backend.result.as_ref().unwrap().evaluation;
    assert_eq!(
        done["result"]["outcomes"],
        serde_json::to_value(&e.outcomes).unwrap()
    );
    assert_eq!(
        done["result"]["title"],
        f.backend.outcome.as_deref().unwrap()
    );
    for d in &e.scores {
        assert_eq!(done["result"]["scores"][&d.id], d.value, "{}", d.id);
    }

    let unfinished = by_id(&f.unfinished.id);
    assert_eq!(unfinished["status"], "in_progress");
    assert_eq!(unfinished["complete"], false);
    assert!(unfinished["result"].is_null(), "{unfinished}");
    assert_eq!(unfinished["answers"]["role"], "architect");
    // The name keeps its escape character, escaped as JSON does: nothing raw reaches the terminal.
    assert!(!out.contains('\x1b'));
    assert_eq!(unfinished["name"], "../../etc/passwd\x1b[31m");

    // jsonl is what --all writes when no format is given.
    let o = careerpath(f.data.path(), &["sessions", "export", "--all"]);
    assert_eq!(stdout(&o), out);
}

#[test]
fn a_damaged_file_is_reported_and_skipped() {
    let f = fixture();
    let damaged = f.data.path().join("sessions/0badf00d.yaml");
    std::fs::write(&damaged, "answers: [this is not\n").unwrap();
    let o = careerpath(
        f.data.path(),
        &["sessions", "export", "--all", "--format", "jsonl"],
    );
    assert_eq!(o.status.code(), Some(65), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("skipped 0badf00d.yaml: "), "{err}");
    let all = lines(&stdout(&o));
    assert_eq!(all.len(), 3, "the other sessions are still exported");
}

#[test]
fn to_a_file() {
    let f = fixture();
    let out = f.data.path().join("all.jsonl");
    let o = careerpath(
        f.data.path(),
        &[
            "sessions",
            "export",
            "--all",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    assert!(stderr(&o).contains("Wrote"), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(lines(&text).len(), 3);
    // No temp file is left beside it.
    let names: Vec<_> = std::fs::read_dir(f.data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");

    let missing = f.data.path().join("no/such/dir/all.jsonl");
    let o = careerpath(
        f.data.path(),
        &[
            "sessions",
            "export",
            "--all",
            "-o",
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(73), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
}

#[test]
fn usage_errors() {
    let f = fixture();
    let o = careerpath(
        f.data.path(),
        &["sessions", "export", "--all", "--format", "markdown"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--all writes JSON Lines") && stderr(&o).contains("not markdown"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
    let o = careerpath(f.data.path(), &["sessions", "export", "--all", &f.ml.id]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = careerpath(f.data.path(), &["sessions", "export"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// One session as one line, with the same fields as --all.
#[test]
fn one_session_as_a_line() {
    let f = fixture();
    let o = careerpath(
        f.data.path(),
        &["sessions", "export", &f.unfinished.id, "--format", "jsonl"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let all = lines(&stdout(&o));
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["complete"], false);
}
