//! `careerpath sessions ...` and `evaluate --answers SESSION` through the real binary.

use std::path::Path;
use std::process::Output;

use careerpath::questionnaire::{self, Answer, QuestionKind, Questionnaire};
use careerpath::session::Session;
use careerpath::store::Store;
use jiff::Timestamp;

pub(crate) fn careerpath(data: &Path, args: &[&str]) -> Output {
    crate::careerpath()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("TZ", "UTC")
        .env("LANG", "en_US.UTF-8")
        .env_remove("CAREERPATH_DATA_DIR")
        .output()
        .unwrap()
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Saves a session answered with `answers`; complete ones carry their evaluated result.
pub(crate) fn saved(
    store: &Store,
    q: &Questionnaire,
    name: &str,
    answers: &[(&str, Answer)],
    complete: bool,
) -> Session {
    let t: Timestamp = "2026-11-27T10:00:00Z".parse().unwrap();
    let mut s = Session::new(q, "en", t);
    s.name = name.to_owned();
    for (id, a) in answers {
        s.set_answer(q, id, a.clone(), t);
    }
    if complete {
        // A finished session has every required question answered: the rest get a plain answer.
        while let Some(&i) = careerpath::flow::missing_required(q, &s.answers).first() {
            let question = &q.questions[i];
            s.set_answer(q, &question.id, plain_answer(&question.kind), t);
        }
        let e = careerpath::evaluate::evaluate(q, &s.answers, "en");
        s.set_result(q, e, t);
    }
    store.save(&s).unwrap();
    // Synced into its file, which some tests read directly.
    careerpath::store::flush();
    s
}

/// An answer that fits any question of this kind: the first choice, the lowest value.
fn plain_answer(kind: &QuestionKind) -> Answer {
    match kind {
        QuestionKind::Single { choices } => text(&choices[0].value),
        QuestionKind::Multi { choices, min, .. } => Answer::List(
            choices
                .iter()
                .take(min.unwrap_or(1).max(1) as usize)
                .map(|c| c.value.clone())
                .collect(),
        ),
        QuestionKind::Rank { choices } => {
            Answer::List(choices.iter().map(|c| c.value.clone()).collect())
        }
        QuestionKind::Confirm => Answer::Bool(false),
        QuestionKind::Scale { min, .. } => Answer::Number(*min as f64),
        QuestionKind::Number { min, .. } => Answer::Number(min.unwrap_or(1.0)),
        QuestionKind::Text { .. } => text("x"),
    }
}

pub(crate) fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}

pub(crate) struct Fixture {
    pub(crate) data: tempfile::TempDir,
    pub(crate) ml: Session,
    pub(crate) backend: Session,
    pub(crate) unfinished: Session,
}

pub(crate) fn fixture() -> Fixture {
    let q = questionnaire::builtin().unwrap();
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let ml = saved(
        &store,
        &q,
        "ML path",
        &[("role", text("ai_ml")), ("hours", Answer::Number(6.0))],
        true,
    );
    let backend = saved(
        &store,
        &q,
        "Backend path",
        &[
            ("role", text("backend_product")),
            ("hours", Answer::Number(6.0)),
        ],
        true,
    );
    let unfinished = saved(
        &store,
        &q,
        "../../etc/passwd\x1b[31m",
        &[("role", text("architect"))],
        false,
    );
    Fixture {
        data,
        ml,
        backend,
        unfinished,
    }
}

#[test]
fn list_shows_a_table_and_json() {
    let f = fixture();
    let o = careerpath(f.data.path(), &["sessions", "list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    eprintln!("{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("NAME") && lines[0].contains("OUTCOME"),
        "{out}"
    );
    assert_eq!(lines.len(), 4, "{out}");
    assert!(out.contains("ML path") && out.contains("complete"));
    // Ids made in the same minute share a long prefix; the listing shows as much as tells them apart.
    let shown: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    for (i, prefix) in shown.iter().enumerate() {
        assert!(prefix.len() >= 8);
        let matching = [&f.ml.id, &f.backend.id, &f.unfinished.id]
            .iter()
            .filter(|id| id.starts_with(prefix))
            .count();
        assert_eq!(matching, 1, "row {i}: {prefix}");
    }
    assert!(
        out.contains("../../etc/passwd[31m"),
        "control characters are never printed: {out}"
    );
    assert!(!out.contains('\x1b'));
    let o = careerpath(f.data.path(), &["sessions", "list", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    let unfinished = rows
        .iter()
        .find(|r| r["id"] == f.unfinished.id.as_str())
        .unwrap();
    assert_eq!(unfinished["status"], "in_progress");
    assert_eq!(
        unfinished["name"], "../../etc/passwd\x1b[31m",
        "JSON keeps the name exactly (escaped)"
    );
}

#[test]
fn damaged_files_show_in_the_list_with_their_reason() {
    let f = fixture();
    std::fs::write(
        f.data.path().join("sessions/broken.yaml"),
        "format_version: 9\n",
    )
    .unwrap();
    let o = careerpath(f.data.path(), &["sessions", "list"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let row = out.lines().find(|l| l.starts_with("broken")).unwrap();
    assert!(
        row.contains("damaged") && row.contains("newer careerpath (format 9"),
        "{row}"
    );
}

#[test]
fn show_prints_answers_and_result() {
    let f = fixture();
    let o = careerpath(f.data.path(), &["sessions", "show", &f.ml.id]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    eprintln!("{out}");
    assert!(out.starts_with("ML path\n"));
    assert!(out.contains("AI/ML engineer"));
    assert!(out.contains("Result (questionnaire version"));
}

#[test]
fn unknown_and_ambiguous_ids_are_clear_errors() {
    let f = fixture();
    let o = careerpath(f.data.path(), &["sessions", "show", "zzzz"]);
    assert_eq!(o.status.code(), Some(66));
    assert_eq!(
        stderr(&o).trim(),
        "careerpath: no saved session matches `zzzz`"
    );
    // Every id starts with the time it was made, so one character matches them all: a
    // usage error (more of the id is needed), not a missing input.
    let o = careerpath(f.data.path(), &["sessions", "show", &f.ml.id[..1]]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("matches several sessions"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn export_in_every_format() {
    let f = fixture();
    let o = careerpath(
        f.data.path(),
        &["sessions", "export", &f.ml.id, "--format", "yaml"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let file =
        std::fs::read_to_string(f.data.path().join(format!("sessions/{}.yaml", f.ml.id))).unwrap();
    assert_eq!(stdout(&o), file);
    let o = careerpath(
        f.data.path(),
        &["sessions", "export", &f.ml.id, "--format", "json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let json = serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap();
    // The JSON reads back as an answers file, to the same result.
    let exported = f.data.path().join("ml.json");
    std::fs::write(&exported, &o.stdout).unwrap();
    let again = careerpath(
        f.data.path(),
        &[
            "evaluate",
            "--answers",
            exported.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    let again = serde_json::from_slice::<serde_json::Value>(&again.stdout).unwrap();
    assert_eq!(again["outcomes"], json["outcomes"]);
    assert_eq!(again["answers"], json["answers"]);
    let out = f.data.path().join("ml.md");
    let o = careerpath(
        f.data.path(),
        &["sessions", "export", &f.ml.id, "-o", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // A file read later says which session it is, and the answers its result rests on.
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(
        md.starts_with(&format!("*Session “{}”, last saved ", f.ml.name)),
        "{md}"
    );
    assert!(md.contains("\n# "), "{md}");
    assert!(md.contains("\n## Your answers\n\n- "), "{md}");
    // A file has no key to show the rest: every change and every reason is in it.
    assert!(!md.contains("…and "), "{md}");
    // An unfinished session exports what its answers say so far.
    let o = careerpath(
        f.data.path(),
        &[
            "sessions",
            "export",
            &f.unfinished.id,
            "--format",
            "markdown",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_session_file_is_an_answers_file() {
    let f = fixture();
    let path = f.data.path().join(format!("sessions/{}.yaml", f.ml.id));
    let o = careerpath(
        f.data.path(),
        &[
            "evaluate",
            "--answers",
            path.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let saved = &f.ml.result.as_ref().unwrap().evaluation.outcomes;
    assert!(v.to_string().contains(&saved[0]), "{v}");
}

#[test]
fn rename_and_delete() {
    let f = fixture();
    let o = careerpath(
        f.data.path(),
        &[
            "sessions",
            "rename",
            &f.ml.id[..12],
            "Renamed / with\nnewline",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let store = Store::open(f.data.path()).unwrap();
    let s = store.load(&f.ml.id).unwrap();
    assert_eq!(s.name, "Renamed / with newline", "a name is one line");
    assert_eq!(s.answers, f.ml.answers);
    let o = careerpath(f.data.path(), &["sessions", "rename", &f.ml.id, "  "]);
    assert_eq!(o.status.code(), Some(2));
    let o = careerpath(f.data.path(), &["sessions", "delete", &f.ml.id]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(store.load(&f.ml.id).is_err());
    assert_eq!(store.list().len(), 2);
    let o = careerpath(f.data.path(), &["sessions", "delete", &f.ml.id]);
    assert_eq!(o.status.code(), Some(66));
}

#[test]
fn a_name_with_control_characters_stays_readable() {
    let f = fixture();
    // U+009B is a one-character CSI, U+0085 a line break to YAML.
    let name = "evil\u{9b}2J\u{85}x";
    let o = careerpath(f.data.path(), &["sessions", "rename", &f.ml.id, name]);
    assert!(o.status.success(), "{}", stderr(&o));
    let store = Store::open(f.data.path()).unwrap();
    let stored = store.load(&f.ml.id).unwrap().name;
    assert_eq!(
        stored,
        careerpath::session::printable(name),
        "kept as it prints"
    );
    assert!(!stored.chars().any(char::is_control), "{stored:?}");
    let o = careerpath(f.data.path(), &["sessions", "show", &f.ml.id]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = careerpath(f.data.path(), &["sessions", "list", "--json"]);
    assert!(!stdout(&o).contains('\u{9b}'), "raw CSI in JSON output");
}

#[test]
fn a_session_open_elsewhere_is_not_renamed_or_deleted() {
    let f = fixture();
    let store = Store::open(f.data.path()).unwrap();
    let (_, access) = store.open_session(&f.ml.id).unwrap();
    assert!(access.can_write());
    for args in [
        vec!["sessions", "rename", &f.ml.id, "x"],
        vec!["sessions", "delete", &f.ml.id],
    ] {
        let o = careerpath(f.data.path(), &args);
        assert_eq!(o.status.code(), Some(1));
        assert!(
            stderr(&o).contains("is open in another careerpath"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(store.load(&f.ml.id).unwrap().name, "ML path");
}

#[test]
fn an_empty_store_says_how_to_start() {
    let data = tempfile::tempdir().unwrap();
    let o = careerpath(data.path(), &["sessions", "list"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains("No saved sessions"));
    let o = careerpath(data.path(), &["sessions", "list", "--json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}

fn careerpath_lang(data: &Path, lang: &str, args: &[&str]) -> Output {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    careerpath(data, &all)
}

/// Issue 9, item 3: an unfinished session's export says at its very top that it is
/// incomplete, with how many questions are answered, in every format; a finished one does not.
/// It shows the answers so far and no result (which would rest on missing answers), as
/// `export --all` does.
#[test]
fn unfinished_exports_say_so_at_the_top_in_every_format() {
    let f = fixture();
    let q = questionnaire::builtin().unwrap();
    let progress = careerpath::report::Incomplete::of(&q, &f.unfinished.answers);
    let headline = format!(
        "INCOMPLETE: {} of {} questions answered.",
        progress.answered, progress.total
    );
    let export = |id: &str, format: &str| {
        let o = careerpath(
            f.data.path(),
            &["sessions", "export", id, "--format", format],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let md = export(&f.unfinished.id, "markdown");
    assert!(md.starts_with(&format!("> **{headline}**\n")), "{md}");
    // No result: it would rest on the questions not answered yet. The answers so far are there.
    for result in [
        "\n# ",
        "## Scores",
        "## Why",
        "## Roadmap",
        "Leaning",
        "provisional",
    ] {
        assert!(
            !md.contains(result),
            "`{result}` in an unfinished export:\n{md}"
        );
    }
    assert!(
        md.contains("No result yet: it would rest on questions not answered."),
        "{md}"
    );
    assert!(md.contains("## Answers so far\n\n- "), "{md}");
    let yaml = export(&f.unfinished.id, "yaml");
    let first = yaml.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        format!(
            "# {headline} No result yet: it would rest on questions not answered. Resume the session to finish it."
        ),
        "the file holds no result to call provisional"
    );
    let json: serde_json::Value = serde_json::from_str(&export(&f.unfinished.id, "json")).unwrap();
    assert_eq!(json["complete"], false);
    assert_eq!(json["incomplete"]["answered"], progress.answered);
    assert_eq!(json["incomplete"]["total"], progress.total);
    assert_eq!(json["incomplete"]["message"], headline.as_str());
    assert_eq!(json["outcomes"], serde_json::json!([]));
    assert_eq!(json["result"], serde_json::Value::Null);
    assert!(json.get("scores").is_none() && json.get("reasons").is_none());
    assert_eq!(
        json["answers"].as_array().map(Vec::len),
        Some(progress.answered)
    );

    let md = export(&f.ml.id, "markdown");
    assert!(md.starts_with("*Session “"), "{md}");
    assert!(!md.contains("INCOMPLETE"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&export(&f.ml.id, "json")).unwrap();
    assert_eq!(json["complete"], true);
}

/// The one saved id `prefix` starts with (panics when there is none or several).
fn only_match<'a>(prefix: &str, ids: &[&'a str]) -> &'a str {
    let matching: Vec<&&str> = ids.iter().filter(|id| id.starts_with(prefix)).collect();
    assert_eq!(matching.len(), 1, "`{prefix}` matches {matching:?}");
    matching[0]
}

/// Issue 9, item 7: every short id the commands print names one session: the `resume` hint
/// of `show`, and the ids `rename` and `delete` echo, though the sessions were made within
/// the same minute and share their first eight characters.
#[test]
fn every_short_id_shown_names_one_session() {
    let f = fixture();
    let ids = [
        f.ml.id.as_str(),
        f.backend.id.as_str(),
        f.unfinished.id.as_str(),
    ];
    assert_eq!(
        f.ml.id[..8],
        f.unfinished.id[..8],
        "sessions made together share a prefix"
    );
    let o = careerpath(f.data.path(), &["sessions", "show", &f.unfinished.id]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let hint = out
        .split(" resume ")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .unwrap_or_else(|| panic!("no resume hint in {out}"));
    assert_eq!(only_match(hint, &ids), f.unfinished.id);
    // The hint works as printed.
    let o = careerpath(f.data.path(), &["sessions", "show", hint]);
    assert!(o.status.success(), "`{hint}`: {}", stderr(&o));

    let o = careerpath(f.data.path(), &["sessions", "rename", &f.ml.id, "New name"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let echoed = stderr(&o);
    let shown = echoed
        .strip_prefix("Renamed ")
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or_else(|| panic!("{echoed}"));
    assert_eq!(only_match(shown, &ids), f.ml.id);

    let o = careerpath(f.data.path(), &["sessions", "delete", &f.backend.id]);
    assert!(o.status.success(), "{}", stderr(&o));
    let echoed = stderr(&o);
    let shown = echoed
        .strip_prefix("Deleted ")
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or_else(|| panic!("{echoed}"));
    assert_eq!(only_match(shown, &ids), f.backend.id);
}

/// Issue 9, item 12: a file that cannot be created (its directory is missing) is 73; one
/// that cannot be written for any other reason is 74. Nothing is written either way.
#[test]
fn export_to_a_missing_directory_is_73_and_to_an_unwritable_file_74() {
    let f = fixture();
    let missing = f.data.path().join("no/such/dir/x.md");
    let o = careerpath(
        f.data.path(),
        &[
            "sessions",
            "export",
            &f.ml.id,
            "-o",
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(73), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    assert!(!missing.exists());
    // A directory stands in for a file nobody may write (root may write any plain file).
    let taken = f.data.path().join("taken.md");
    std::fs::create_dir(&taken).unwrap();
    let o = careerpath(
        f.data.path(),
        &[
            "sessions",
            "export",
            &f.ml.id,
            "-o",
            taken.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(74), "{}", stderr(&o));
    assert!(taken.is_dir());
    // A new file on a full disk is a failure to write (it was 73, as if its directory
    // were missing).
    let Some(mount) = crate::store::Mount::tmpfs("size=64k") else {
        eprintln!("skipped the full disk: cannot mount a tmpfs here");
        return;
    };
    let _ = std::fs::write(mount.path().join("fill"), vec![0u8; 256 * 1024]);
    let full = mount.path().join("x.md");
    let o = careerpath(
        f.data.path(),
        &["sessions", "export", &f.ml.id, "-o", full.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(74), "{}", stderr(&o));
    assert!(stderr(&o).contains("the disk is full"), "{}", stderr(&o));
}

/// Issue 9, item 11: under `--lang es` the sessions commands speak Spanish: headings,
/// statuses, "just now", stored outcome titles and errors.
#[test]
fn sessions_commands_speak_the_language() {
    let f = fixture();
    let q = questionnaire::builtin().unwrap();
    let store = Store::open(f.data.path()).unwrap();
    let mut recent = Session::new(&q, "en", Timestamp::now());
    recent.name = "Recent".into();
    store.save(&recent).unwrap();

    let o = careerpath_lang(f.data.path(), "es", &["sessions", "list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for word in [
        "NOMBRE",
        "ACTUALIZADA",
        "ESTADO",
        "PROGRESO",
        "RESULTADO",
        "completa",
        "en curso",
        "ahora mismo",
    ] {
        assert!(out.contains(word), "{word} missing:\n{out}");
    }
    for word in ["NAME", "complete ", "in progress", "just now"] {
        assert!(!out.contains(word), "{word} left in English:\n{out}");
    }
    // The ML session's outcome was saved under its English title.
    let saved = f.ml.outcome.clone().unwrap();
    let outcome = f.ml.result.as_ref().unwrap().evaluation.outcomes[0].clone();
    let spanish = q
        .outcome(&outcome)
        .unwrap()
        .title
        .get("es", "en")
        .to_owned();
    assert_ne!(saved, spanish);
    assert!(out.contains(&spanish), "{spanish} missing:\n{out}");

    let o = careerpath_lang(f.data.path(), "es", &["sessions", "show", &f.unfinished.id]);
    let out = stdout(&o);
    for word in [
        "Respuestas",
        "estado",
        "en curso",
        "respondidas",
        "Sin resultado todavía",
    ] {
        assert!(out.contains(word), "{word} missing:\n{out}");
    }
    let o = careerpath_lang(f.data.path(), "es", &["sessions", "show", "zzzz"]);
    assert_eq!(o.status.code(), Some(66));
    assert_eq!(
        stderr(&o).trim(),
        "careerpath: ninguna sesión guardada coincide con `zzzz`"
    );
}

/// Issue 9, item 16: two sessions started in the same minute get different names (the
/// default name only says the minute).
#[test]
fn sessions_started_in_the_same_minute_get_distinct_names() {
    use std::io::Write as _;
    let data = tempfile::tempdir().unwrap();
    for _ in 0..3 {
        let mut child = crate::careerpath()
            .args(["--plain", "--lang", "en", "--data-dir"])
            .arg(data.path())
            .env("TZ", "UTC")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // One answer (so the session is saved), then stop.
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all(b"1\nquit\n");
        drop(stdin);
        child.wait().unwrap();
    }
    let store = Store::open(data.path()).unwrap();
    let mut names: Vec<String> = store
        .list()
        .into_iter()
        .filter_map(|l| match l {
            careerpath::store::Listed::Ok(s) => Some(s.name),
            careerpath::store::Listed::Damaged { .. } => None,
        })
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 3, "names repeat: {names:?}");
}

/// A session answered with another questionnaire is not compared with this one's: its
/// answers mean nothing here (found in the hostile-user pass).
#[test]
fn compare_refuses_a_session_of_another_questionnaire() {
    let f = fixture();
    let store = Store::open(f.data.path()).unwrap();
    let nps = questionnaire::load_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/examples/nps.yaml"),
    )
    .unwrap();
    let other = saved(&store, &nps, "A survey", &[], false);
    let o = careerpath(f.data.path(), &["sessions", "compare", &f.ml.id, &other.id]);
    assert_eq!(o.status.code(), Some(65), "{}", stdout(&o));
    assert!(
        stderr(&o).contains("was answered with questionnaire `nps"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
}

/// A write-ahead log cut short by a kill is read up to its last whole record, and the
/// commands and plain mode say so on standard error, in the user's language, once.
#[test]
fn a_torn_log_is_said_by_the_commands_and_plain_mode() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let q = questionnaire::builtin().unwrap();
    let s = saved(&store, &q, "torn", &[], false);
    let log = store.dir().join(format!("{}.wal", s.id));
    let torn = "# careerpath-wal 4000 0123456789abcdef\nformat_version: 3\nid: 0";
    std::fs::write(&log, torn).unwrap();
    let said = format!(
        "careerpath: {}: skipped {} bytes at the end of the unsynced answers log",
        log.display(),
        torn.len()
    );
    let list = careerpath(dir.path(), &["sessions", "list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(stdout(&list).contains("torn"), "{}", stdout(&list));
    assert_eq!(stderr(&list).matches(&said).count(), 1, "{}", stderr(&list));
    let es = careerpath(dir.path(), &["sessions", "list", "--lang", "es"]);
    let dicho = format!(
        "careerpath: {}: se han saltado {} bytes al final del registro",
        log.display(),
        torn.len()
    );
    assert!(stderr(&es).contains(&dicho), "{}", stderr(&es));
    let mut child = crate::careerpath()
        .args(["--data-dir", &dir.path().display().to_string()])
        .args(["resume", &s.id, "--plain"])
        .env_remove("CAREERPATH_DATA_DIR")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdin.take());
    let plain = child.wait_with_output().unwrap();
    assert!(stderr(&plain).contains(&said), "{}", stderr(&plain));
}

/// An export that cannot be written says why in the user's language (the system's reason
/// was English in a Spanish session).
#[test]
fn an_export_that_cannot_be_written_says_why_in_the_users_language() {
    let f = fixture();
    let out = f.data.path().join("no-such-dir").join("x.json");
    let out = out.to_str().unwrap();
    for (lang, said) in [
        (
            "en",
            format!("careerpath: cannot write {out}: there is no such file or directory\n"),
        ),
        (
            "es",
            format!("careerpath: no se puede escribir {out}: no existe ese archivo o directorio\n"),
        ),
    ] {
        let o = careerpath_lang(
            f.data.path(),
            lang,
            &[
                "sessions", "export", &f.ml.id, "--format", "json", "-o", out,
            ],
        );
        assert_eq!(o.status.code(), Some(73), "{lang}");
        assert_eq!(stderr(&o), said, "{lang}");
    }
}

/// The outcome `sessions list --json` gives the first session.
fn listed_outcome(data: &Path) -> serde_json::Value {
    let listed: serde_json::Value =
        serde_json::from_str(&stdout(&careerpath(data, &["sessions", "list", "--json"]))).unwrap();
    listed[0]["outcome"].clone()
}

/// The persona `ai_wants_both` imported as a finished session (`args` before the command):
/// its id and its file.
fn imported(data: &Path, args: &[&str]) -> (String, std::path::PathBuf) {
    let persona = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/personas/ai_wants_both.yaml"
    );
    let mut all = args.to_vec();
    all.extend(["sessions", "import", persona]);
    let o = careerpath(data, &all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    let path = Store::open(data).unwrap().path_of(&id);
    (id, path)
}

/// A file whose checksum line was taken out too (or any file without one) is not trusted
/// either: its result is worked out from its answers.
#[test]
fn a_session_file_without_its_checksum_line_is_shown_as_its_answers_say() {
    let data = tempfile::tempdir().unwrap();
    let (id, path) = imported(data.path(), &[]);
    let saved = std::fs::read_to_string(&path).unwrap();
    let (head, body) = saved.split_once('\n').unwrap();
    assert!(head.starts_with('#'), "{head}");
    std::fs::write(
        &path,
        body.replace("  want_both: true\n", "  want_both: false\n"),
    )
    .unwrap();
    assert_eq!(listed_outcome(data.path()), "Python first");
    let shown = stdout(&careerpath(data.path(), &["sessions", "show", &id]));
    assert!(shown.contains("\n\nPython first\n===="), "{shown}");
}

/// A finished session's file edited by hand (an answer changed, so its checksum no longer
/// holds): every command shows what its answers now give, as `evaluate` on the file does,
/// not the result saved before the edit. With a required answer removed it is unfinished.
#[test]
fn a_session_file_edited_by_hand_is_shown_as_its_answers_say() {
    let data = tempfile::tempdir().unwrap();
    let (id, path) = imported(data.path(), &[]);
    let path_arg = path.to_str().unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("outcome: 'Both: Python first, then Rust'"),
        "{saved}"
    );
    std::fs::write(
        &path,
        saved.replace("  want_both: true\n", "  want_both: false\n"),
    )
    .unwrap();

    let evaluated = stdout(&careerpath(
        data.path(),
        &["evaluate", "--answers", path_arg],
    ));
    assert!(evaluated.starts_with("Python first\n"), "{evaluated}");
    assert_eq!(listed_outcome(data.path()), "Python first");
    let shown = stdout(&careerpath(data.path(), &["sessions", "show", &id]));
    assert!(
        shown.contains("Result (questionnaire version 2)\n\nPython first\n===="),
        "{shown}"
    );
    let exported: serde_json::Value = serde_json::from_str(&stdout(&careerpath(
        data.path(),
        &["sessions", "export", &id, "--format", "json"],
    )))
    .unwrap();
    assert_eq!(exported["outcomes"][0]["id"], "python-first");
    // The YAML export too: the session as its answers give it, a file that reads back.
    let yaml = stdout(&careerpath(
        data.path(),
        &["sessions", "export", &id, "--format", "yaml"],
    ));
    assert!(yaml.contains("\noutcome: Python first\n"), "{yaml}");
    assert!(!yaml.contains("Both: Python first"), "{yaml}");
    let roadmap = stdout(&careerpath(data.path(), &["roadmap", &id]));
    assert!(
        roadmap
            .lines()
            .next()
            .unwrap_or("")
            .ends_with(": Python first"),
        "{roadmap}"
    );

    // A required answer taken out: unfinished, no result.
    let edited = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edited.replace("  role: ai_ml\n", "")).unwrap();
    let listed: serde_json::Value = serde_json::from_str(&stdout(&careerpath(
        data.path(),
        &["sessions", "list", "--json"],
    )))
    .unwrap();
    assert_eq!(listed[0]["status"], "in_progress");
    assert_eq!(listed[0]["outcome"], serde_json::Value::Null);
    let o = careerpath(data.path(), &["roadmap", &id]);
    assert_eq!(o.status.code(), Some(65), "{}", stderr(&o));
}

/// A session answered in Spanish, shown and exported in English: every text in English,
/// its reasons worked out again rather than the saved Spanish ones beside English headings.
#[test]
fn a_session_is_shown_in_one_language_whatever_it_was_answered_in() {
    let data = tempfile::tempdir().unwrap();
    let (id, _) = imported(data.path(), &["--lang", "es"]);
    let s = Store::open(data.path()).unwrap().load(&id).unwrap();
    let q = careerpath::questionnaire::builtin().unwrap();
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let saved = &s.result.as_ref().unwrap().evaluation;
    assert_eq!(saved.lang, "es");
    let english = careerpath::evaluate::evaluate(&q, &s.answers, "en");
    for args in [
        &["--lang", "en", "sessions", "show", &id][..],
        &[
            "--lang", "en", "sessions", "export", &id, "--format", "markdown",
        ],
    ] {
        let out = flat(&stdout(&careerpath(data.path(), args)));
        assert!(
            !out.contains(&flat(&saved.fired[0].reason)),
            "{args:?}: {out}"
        );
        assert!(
            out.contains(&flat(&english.fired[0].reason)),
            "{args:?}: {out}"
        );
    }
}

/// A name is at most 100 characters, whoever types it: a 3,000-character one took the
/// sessions browser down to three rows.
#[test]
fn a_long_name_is_cut_to_a_hundred_characters() {
    let f = fixture();
    let long = "N".repeat(3_000);
    let o = careerpath(f.data.path(), &["sessions", "rename", &f.ml.id, &long]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = Store::open(f.data.path()).unwrap().load(&f.ml.id).unwrap();
    assert_eq!(s.name, "N".repeat(careerpath::session::MAX_NAME));
    assert!(
        stderr(&o).contains("careerpath: the name was cut to its first 100 characters"),
        "said: {}",
        stderr(&o)
    );
    let o = careerpath(f.data.path(), &["sessions", "rename", &f.ml.id, "Short"]);
    assert!(!stderr(&o).contains("cut to"), "{}", stderr(&o));
    let o = careerpath(f.data.path(), &["sessions", "rename", &f.ml.id, "   "]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}
