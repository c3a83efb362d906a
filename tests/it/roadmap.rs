//! Roadmap progress: the engine (numbering, identity, counts, addresses), the session file
//! formats 1 to 3, and `careerpath roadmap` and `sessions import` through the real binary.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use careerpath::questionnaire::{self, Questionnaire, builtin};
use careerpath::roadmap::{self, Key, Mark, RoadmapCounts, State, Target, TargetError};
use careerpath::session::{FORMAT_VERSION, Session, Status};
use careerpath::store::{Listed, Store};

use crate::plain::run;

fn q() -> Questionnaire {
    builtin().unwrap_or_else(|e| panic!("{e}"))
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn persona(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/personas")
        .join(format!("{name}.yaml"))
}

fn careerpath(data: &Path, args: &[&str]) -> Output {
    run(data, args, b"", &[])
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A store holding a copy of the fixture directory `sessions/<version>`.
fn store_with(version: &str) -> (tempfile::TempDir, Store) {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    for entry in fs::read_dir(fixture("sessions").join(version)).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, store.dir().join(path.file_name().unwrap())).unwrap();
    }
    (data, store)
}

/// A finished session answered with `name`'s answers, as `sessions import` saves it.
fn imported(data: &Path, name: &str) -> String {
    let o = careerpath(
        data,
        &["sessions", "import", persona(name).to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    stdout(&o).trim().to_owned()
}

/// An answers file with only the first question answered.
fn partial(dir: &Path) -> PathBuf {
    let path = dir.join("partial.yaml");
    fs::write(&path, "answers:\n  role: ai_ml\n").unwrap();
    path
}

// --- the engine ----------------------------------------------------------------------

#[test]
fn stages_are_numbered_straight_through_every_outcome() {
    let q = questionnaire::load_file(&fixture("valid/policy-collect.yaml")).unwrap();
    let stages = roadmap::stages(&q, &["python-first".into(), "rust-first".into()]);
    let shown: Vec<(usize, &str, usize, &str)> = stages
        .iter()
        .map(|s| {
            (
                s.number,
                s.outcome.id.as_str(),
                s.index,
                s.step.step.get("en", "en"),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (1, "python-first", 0, "Core language"),
            (2, "python-first", 1, "Serving"),
            (3, "rust-first", 0, "Ownership"),
        ]
    );
    let items: Vec<usize> = stages[0].items.iter().map(|i| i.number).collect();
    assert_eq!(items, [1, 2]);
    assert_eq!(
        Target::Item(3, 1).resolve(&stages).unwrap(),
        [Key {
            outcome: "rust-first".into(),
            step: "Ownership".into(),
            item: Some("The borrow checker".into()),
        }]
    );
}

#[test]
fn addresses_parse_and_bad_ones_name_the_valid_range() {
    let q = questionnaire::load_file(&fixture("valid/policy-collect.yaml")).unwrap();
    let stages = roadmap::stages(&q, &["python-first".into()]);
    for (typed, want) in [
        ("2", Ok(Target::Stage(2))),
        ("1.2", Ok(Target::Item(1, 2))),
        (" 1.1 ", Ok(Target::Item(1, 1))),
        ("+2", Err(())),
        ("1.", Err(())),
        ("a.1", Err(())),
        ("", Err(())),
        ("1.2.3", Err(())),
    ] {
        assert_eq!(typed.parse::<Target>().map_err(|_| ()), want, "{typed:?}");
    }
    assert_eq!(
        Target::Stage(3).resolve(&stages),
        Err(TargetError::NoStage { asked: 3, last: 2 })
    );
    assert_eq!(
        Target::Stage(0).resolve(&stages),
        Err(TargetError::NoStage { asked: 0, last: 2 })
    );
    assert_eq!(
        Target::Item(1, 3).resolve(&stages),
        Err(TargetError::NoItem {
            stage: 1,
            asked: 3,
            last: 2
        })
    );
    assert_eq!(
        TargetError::NoItem {
            stage: 1,
            asked: 3,
            last: 2
        }
        .to_string(),
        "step 1 has no item 3: its items are 1.1 to 1.2"
    );
    assert_eq!(Target::Stage(1).resolve(&stages).unwrap().len(), 2);
}

/// A finished session of the built-in questionnaire answered as `persona` would.
fn finished(persona_name: &str) -> (Questionnaire, Session) {
    let q = q();
    let answers = questionnaire::load_answers(&q, &persona(persona_name)).unwrap();
    let now = "2026-12-01T10:00:00Z".parse().unwrap();
    let mut s = Session::new(&q, "en", now);
    s.answers = answers;
    let mut sitting = careerpath::sitting::Sitting::new(&q, s, false);
    sitting.finish(&q, now).unwrap();
    (q, sitting.session().clone())
}

#[test]
fn counts_follow_marks_and_a_step_marks_every_item_of_it() {
    let (q, mut s) = finished("ai_wants_both");
    let now = "2026-12-01T11:00:00Z".parse().unwrap();
    let total = s.roadmap_counts(&q).unwrap().total;
    assert_eq!(total, 19);
    assert_eq!(
        s.mark(&q, Target::Item(1, 2), Some(State::Done), now),
        Ok(1)
    );
    // Step 2 has four items; all are done now.
    assert_eq!(s.mark(&q, Target::Stage(2), Some(State::Done), now), Ok(4));
    assert_eq!(
        s.mark(&q, Target::Item(3, 1), Some(State::InProgress), now),
        Ok(1)
    );
    assert_eq!(
        s.mark(&q, Target::Item(4, 1), Some(State::Skipped), now),
        Ok(1)
    );
    // Marking again changes nothing; reset forgets the state.
    assert_eq!(
        s.mark(&q, Target::Item(1, 2), Some(State::Done), now),
        Ok(0)
    );
    assert_eq!(s.mark(&q, Target::Item(4, 1), None, now), Ok(1));
    let want = RoadmapCounts {
        done: 5,
        in_progress: 1,
        skipped: 0,
        total,
    };
    assert_eq!(s.roadmap_counts(&q), Some(want));
    // The listing's copy is kept up to date with every change.
    assert_eq!(s.roadmap_progress, Some(want));
    let stages = s.roadmap_stages(&q).unwrap();
    assert_eq!(roadmap::stage_counts(&stages[1], &s.roadmap).done, 4);
    assert_eq!(
        s.mark(&q, Target::Item(9, 1), Some(State::Done), now),
        Err(TargetError::NoStage { asked: 9, last: 6 })
    );
}

#[test]
fn an_unfinished_session_has_no_roadmap_and_refuses_marks() {
    let (q, mut s) = finished("ai_wants_both");
    s.status = Status::InProgress;
    assert_eq!(s.roadmap_counts(&q), None);
    assert_eq!(
        s.mark(&q, Target::Item(1, 1), Some(State::Done), s.updated),
        Err(TargetError::Unfinished)
    );
    assert!(s.roadmap.is_empty());
}

#[test]
fn an_item_keeps_its_state_when_the_questionnaire_reorders_its_roadmap() {
    let (mut q, mut s) = finished("ai_wants_both");
    let now = s.updated;
    s.mark(&q, Target::Item(2, 3), Some(State::Done), now)
        .unwrap();
    let outcome = s.result.as_ref().unwrap().evaluation.outcomes[0].clone();
    let o = q.outcomes.iter_mut().find(|o| o.id == outcome).unwrap();
    // An edit: the first stage now comes last, and a new item leads stage 1.
    let first = o.roadmap.remove(0);
    o.roadmap.push(first);
    o.roadmap[0]
        .items
        .insert(0, careerpath::questionnaire::Text::plain("Something new"));
    let stages = s.roadmap_stages(&q).unwrap();
    let done: Vec<String> = stages
        .iter()
        .flat_map(|st| st.items.iter().map(move |i| (st, i)))
        .filter(|(_, i)| s.roadmap_state(&i.key) == Some(State::Done))
        .map(|(st, i)| careerpath::report::progress::address(st, i))
        .collect();
    assert_eq!(done, ["1.4"]);
}

#[test]
fn a_retake_carries_answers_marks_and_a_link_back() {
    let (q, mut old) = finished("ai_wants_both");
    old.mark(&q, Target::Item(1, 1), Some(State::Done), old.updated)
        .unwrap();
    let new = Session::retake(&q, &old, "es", old.updated);
    assert_ne!(new.id, old.id);
    assert_eq!(new.retake_of.as_deref(), Some(old.id.as_str()));
    assert_eq!(new.answers, old.answers);
    assert_eq!(new.roadmap, old.roadmap);
    assert_eq!(new.status, Status::InProgress);
    assert_eq!(new.lang, "es");
    // It is walked from the first question, every earlier answer pre-selected.
    let sitting = careerpath::sitting::Sitting::new(&q, new.clone(), false);
    assert_eq!(sitting.resume_at(&q), sitting.next(None));
    // Nothing to show until it is finished again.
    assert_eq!(new.roadmap_counts(&q), None);
}

// --- the file formats ----------------------------------------------------------------

fn only(store: &Store) -> careerpath::store::Summary {
    match store.list().as_slice() {
        [Listed::Ok(s)] => s.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_version_3_file_loads_with_its_progress_and_link() {
    let (_d, store) = store_with("v3");
    let s = store.load("01a23542d0a6").unwrap();
    assert_eq!(s.format_version, 3);
    assert_eq!(
        s.retake_of.as_deref(),
        Some("01a235423f7573d9b645449b2b87a7b7")
    );
    assert_eq!(s.roadmap.len(), 7);
    assert_eq!(
        s.roadmap[0],
        Mark {
            outcome: "both-python-then-rust".into(),
            step: "First Python: the language and its data stack".into(),
            item: Some("NumPy".into()),
            state: State::Done,
        }
    );
    let counts = RoadmapCounts {
        done: 5,
        in_progress: 1,
        skipped: 1,
        total: 19,
    };
    assert_eq!(s.roadmap_progress, Some(counts));
    assert_eq!(s.roadmap_counts(&q()), Some(counts));
    // Listed from its first line, with the counts.
    assert_eq!(only(&store).roadmap, Some(counts));
    // Saved again, it reads back the same.
    store.save(&s).unwrap();
    careerpath::store::flush();
    assert_eq!(store.load(&s.id).unwrap(), s);
}

#[test]
fn a_version_2_file_loads_as_a_session_with_no_progress_and_no_link() {
    let (_d, store) = store_with("v2");
    let file = store.path_of("01a23542d0a67296869cd3a8330b0002");
    let before = fs::read(&file).unwrap();
    let s = store.load("01a23542d0a6").unwrap();
    assert_eq!(s.format_version, FORMAT_VERSION);
    assert_eq!(s.status, Status::Complete);
    assert_eq!(s.name, "Session of 2 Dec 2026 05:38");
    assert_eq!(s.answers.len(), 12);
    assert!(s.roadmap.is_empty());
    assert_eq!(s.roadmap_progress, None);
    assert_eq!(s.retake_of, None);
    assert_eq!(
        s.roadmap_counts(&q()),
        Some(RoadmapCounts {
            done: 0,
            in_progress: 0,
            skipped: 0,
            total: 19
        })
    );
    // The same session as the v3 fixture, less what format 3 added.
    let (_d3, v3) = store_with("v3");
    let mut later = v3.load("01a23542d0a6").unwrap();
    later.id = s.id.clone();
    later.roadmap.clear();
    later.roadmap_progress = None;
    later.retake_of = None;
    // No checksum vouches for a format 2 file's result: it is worked out again when shown.
    assert!(s.edited);
    later.edited = true;
    assert_eq!(s, later);
    assert!(matches!(store.list().as_slice(), [Listed::Ok(_)]));
    // Reading leaves the file as it was.
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn a_version_1_file_still_loads() {
    let (_d, store) = store_with("v1");
    let s = store.load("0190aaaa").unwrap();
    assert_eq!(s.format_version, FORMAT_VERSION);
    assert_eq!(s.name, "Before the rewrite");
    assert_eq!(s.answers.len(), 4);
    assert!(s.roadmap.is_empty() && s.retake_of.is_none());
}

// --- `careerpath roadmap` ------------------------------------------------------------

#[test]
fn roadmap_shows_the_latest_finished_session_with_counts() {
    let data = tempfile::tempdir().unwrap();
    imported(data.path(), "ai_wants_both");
    let id = imported(data.path(), "backend_low_latency");
    let o = careerpath(data.path(), &["roadmap"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Roadmap of “backend_low_latency”"), "{out}");
    assert!(out.contains("\n1. "), "{out}");
    assert!(out.contains("   [ ] 1.1 "), "{out}");
    assert!(out.contains("\nOverall: 0 of "), "{out}");
    // The hint names the session by its shortest unique prefix (at least 8 characters), with
    // the sessions directory it was read from.
    let command = format!("careerpath --data-dir {} roadmap ", data.path().display());
    let named = out
        .split(command.as_str())
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_default();
    assert!(named.len() >= 8 && id.starts_with(named), "{out}");
}

#[test]
fn roadmap_verbs_change_states_and_save_them() {
    let data = tempfile::tempdir().unwrap();
    let id = imported(data.path(), "ai_wants_both");
    let prefix = &id[..12];
    for (args, said) in [
        (vec!["done", "1.2"], "1.2 “NumPy”: done. Roadmap of"),
        (
            vec!["done", "2"],
            "2 “First Python: models and generative AI”: done.",
        ),
        (vec!["start", "3.1"], "3.1 “FastAPI”: in progress."),
        (
            vec!["skip", "4.1", "4.2"],
            "4.2 “Traits and generics”: skipped.",
        ),
        (
            vec!["reset", "4.2"],
            "4.2 “Traits and generics”: not started.",
        ),
    ] {
        let mut all = vec!["roadmap", prefix];
        all.extend(args.iter().copied());
        let o = careerpath(data.path(), &all);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(said), "{args:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), "", "{args:?}");
    }
    let out = stdout(&careerpath(data.path(), &["roadmap", prefix]));
    for line in [
        "   [ ] 1.1 Python 3 with type hints\n",
        "   [x] 1.2 NumPy\n",
        "   [x] 2.4 LangChain or LlamaIndex\n",
        "   [~] 3.1 FastAPI (in progress)\n",
        "   [-] 4.1 Ownership and the borrow checker (skipped)\n",
        "   [ ] 4.2 Traits and generics\n",
        "2. First Python: models and generative AI  (4 of 4 done)\n",
        "Overall: 5 of 19 done, 1 in progress, 1 skipped\n",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }
    // Saved in the file, and in the listing's summary.
    let store = Store::open(data.path()).unwrap();
    let s = store.load(prefix).unwrap();
    assert_eq!(s.roadmap.len(), 7);
    assert_eq!(
        only(&store)
            .roadmap
            .map(|c| (c.done, c.in_progress, c.skipped)),
        Some((5, 1, 1))
    );
}

#[test]
fn roadmap_refuses_bad_positions_and_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let id = imported(data.path(), "ai_wants_both");
    let store = Store::open(data.path()).unwrap();
    let before = store.load(&id).unwrap();
    for (at, said) in [
        (
            vec!["9"],
            "careerpath: there is no step 9: the roadmap has steps 1 to 6\n",
        ),
        (
            vec!["1.7"],
            "careerpath: step 1 has no item 7: its items are 1.1 to 1.4\n",
        ),
        (
            vec!["1.1", "x"],
            "careerpath: `x` is not a roadmap position: write STEP or STEP.ITEM, like 2 or 2.3\n",
        ),
        (
            vec!["1.1", "0"],
            "careerpath: there is no step 0: the roadmap has steps 1 to 6\n",
        ),
    ] {
        let mut args = vec!["roadmap", id.as_str(), "done"];
        args.extend(at.iter().copied());
        let o = careerpath(data.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{at:?}");
        assert_eq!(stderr(&o), said, "{at:?}");
    }
    assert_eq!(store.load(&id).unwrap(), before);
    // A verb without a position is a usage error from the parser.
    let o = careerpath(data.path(), &["roadmap", &id, "done"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn roadmap_refuses_an_unfinished_session_and_unknown_ids() {
    let data = tempfile::tempdir().unwrap();
    let partial = partial(data.path());
    let o = careerpath(
        data.path(),
        &["sessions", "import", partial.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    let o = careerpath(data.path(), &["roadmap", &id]);
    assert_eq!(o.status.code(), Some(65));
    // The command given works as it is: the sessions directory is not the default one.
    let short = Store::open(data.path()).unwrap().short_id(&id);
    assert_eq!(
        stderr(&o),
        format!(
            "careerpath: session {short} is not finished, so it has no roadmap yet; finish it with `careerpath --data-dir {} resume {short}`\n",
            data.path().display()
        )
    );
    let o = careerpath(data.path(), &["roadmap", &id, "done", "1"]);
    assert_eq!(o.status.code(), Some(65));
    // No finished session at all.
    let o = careerpath(data.path(), &["roadmap"]);
    assert_eq!(o.status.code(), Some(66));
    assert!(
        stderr(&o).contains("no finished session yet"),
        "{}",
        stderr(&o)
    );
    let o = careerpath(data.path(), &["roadmap", "ffff"]);
    assert_eq!(o.status.code(), Some(66));
    assert_eq!(stderr(&o), "careerpath: no saved session matches `ffff`\n");
}

/// The only finished session damaged: `roadmap` and `retake` say a damaged file is there
/// (it may be the one meant), not that nothing was ever finished.
#[test]
fn a_damaged_finished_session_is_said_by_roadmap_and_retake() {
    let data = tempfile::tempdir().unwrap();
    let id = imported(data.path(), "ai_wants_both");
    let store = Store::open(data.path()).unwrap();
    let path = store.path_of(&store.resolve(&id).unwrap());
    let text = fs::read(&path).unwrap();
    fs::write(&path, &text[..text.len() / 2]).unwrap();
    for (args, lang, said) in [
        (
            &["roadmap"][..],
            "en",
            "careerpath: there is no finished session that can be read; one saved session is damaged, and `careerpath sessions list` says why\n",
        ),
        (
            &["retake"][..],
            "en",
            "careerpath: there is no finished session that can be read; one saved session is damaged, and `careerpath sessions list` says why\n",
        ),
        (
            &["roadmap"][..],
            "es",
            "careerpath: no hay ninguna sesión terminada que se pueda leer; una sesión guardada está dañada, y `careerpath sessions list` dice por qué\n",
        ),
    ] {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        let o = careerpath(data.path(), &all);
        assert_eq!(o.status.code(), Some(66), "{args:?} {lang}");
        assert_eq!(stderr(&o), said, "{args:?} {lang}");
    }
}

#[test]
fn roadmap_speaks_spanish() {
    let data = tempfile::tempdir().unwrap();
    let id = imported(data.path(), "ai_wants_both");
    let o = careerpath(
        data.path(),
        &["--lang", "es", "roadmap", &id[..12], "start", "1.3"],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).starts_with("1.3 «Pandas»: en curso. Hoja de ruta de "),
        "{}",
        stderr(&o)
    );
    let out = stdout(&careerpath(data.path(), &["--lang", "es", "roadmap"]));
    assert!(out.starts_with("Hoja de ruta de «ai_wants_both»"), "{out}");
    assert!(
        out.contains(
            "1. Primero Python: el lenguaje y su stack de datos  (0 de 4 hechos, 1 en curso)\n"
        ),
        "{out}"
    );
    assert!(out.contains("   [~] 1.3 Pandas (en curso)\n"), "{out}");
    assert!(
        out.contains("En total: 0 de 19 hechos, 1 en curso\n"),
        "{out}"
    );
    let o = careerpath(data.path(), &["--lang", "es", "roadmap", &id, "done", "7"]);
    assert_eq!(
        stderr(&o),
        "careerpath: no hay paso 7: la hoja de ruta tiene los pasos 1 a 6\n"
    );
}

// --- `sessions import` ---------------------------------------------------------------

#[test]
fn import_saves_a_finished_session_and_prints_only_its_id() {
    let data = tempfile::tempdir().unwrap();
    let o = careerpath(
        data.path(),
        &[
            "sessions",
            "import",
            persona("ai_wants_both").to_str().unwrap(),
            "--name",
            "Coach: Ana",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    assert_eq!(stdout(&o), format!("{id}\n"));
    let store = Store::open(data.path()).unwrap();
    // The command ends with the session synced into its file: it left only the write-ahead
    // log, which was never synced, so a power cut after it could lose the import.
    let mut files: Vec<String> = fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, [format!("{id}.yaml")]);
    assert_eq!(
        stderr(&o),
        format!(
            "Imported {} as the finished session {}.\n",
            persona("ai_wants_both").display(),
            store.short_id(&id)
        )
    );
    let s = store.load(&id).unwrap();
    assert_eq!(s.name, "Coach: Ana");
    assert_eq!(s.status, Status::Complete);
    let q = q();
    let answers = questionnaire::load_answers(&q, &persona("ai_wants_both")).unwrap();
    assert_eq!(s.answers, answers);
    let want = careerpath::evaluate::evaluate(&q, &answers, "en");
    assert_eq!(
        s.result.as_ref().unwrap().evaluation.outcomes,
        want.outcomes
    );
}

/// `roadmap done 1.2`, with no id, marks the latest finished session (it was read as the
/// id `done` with the action `1.2`); an action with no items, or an unknown one, is a usage
/// error that says what to type.
#[test]
fn an_action_first_marks_the_latest_finished_session() {
    let data = tempfile::tempdir().unwrap();
    let id = imported(data.path(), "ai_wants_both");
    let o = careerpath(data.path(), &["roadmap", "done", "1.2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = Store::open(data.path()).unwrap().load(&id).unwrap();
    assert_eq!(s.roadmap_progress.map(|c| c.done), Some(1));
    // The example, run as printed, marks the session named (not the latest) in the same
    // data directory.
    for (args, example) in [
        (&["roadmap", "done"][..], "roadmap done"),
        (
            &["roadmap", &id[..12], "start"][..],
            &format!("roadmap {} start", &id[..12]),
        ),
    ] {
        let o = careerpath(data.path(), args);
        assert_eq!(o.status.code(), Some(2));
        assert_eq!(
            stderr(&o),
            format!(
                "careerpath: say which items: STEP (every item of a step) or STEP.ITEM, for \
                 example `careerpath --data-dir {} {example} 1.2`\n",
                data.path().display()
            )
        );
    }
    let o = careerpath(data.path(), &["roadmap", &id, "finish", "1"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "careerpath: `finish` is not something to do with roadmap items: done, start, skip or reset\n"
    );
}

/// A session exported as YAML and imported elsewhere keeps its name and roadmap marks: the
/// import kept only the answers, and the roadmap progress was lost on the way.
#[test]
fn an_exported_session_imports_with_its_name_and_roadmap() {
    let (here, there) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let id = imported(here.path(), "ai_wants_both");
    let ok = |o: Output| assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    ok(careerpath(
        here.path(),
        &["sessions", "rename", &id, "My plan"],
    ));
    ok(careerpath(
        here.path(),
        &["roadmap", &id, "done", "1", "2.1"],
    ));
    let file = here.path().join("plan.yaml");
    let path = file.to_str().unwrap();
    ok(careerpath(
        here.path(),
        &["sessions", "export", &id, "--format", "yaml", "-o", path],
    ));
    let o = careerpath(there.path(), &["sessions", "import", path]);
    ok(o.clone());
    let (from, to) = (
        Store::open(here.path()).unwrap().load(&id).unwrap(),
        Store::open(there.path())
            .unwrap()
            .load(stdout(&o).trim())
            .unwrap(),
    );
    assert_eq!(to.name, "My plan");
    assert_eq!(to.created, from.created, "when it was first answered");
    assert!(!from.roadmap.is_empty());
    assert_eq!(to.roadmap, from.roadmap);
    assert_eq!(to.roadmap_progress, from.roadmap_progress);
    assert!(!stderr(&o).contains("note:"), "{}", stderr(&o));

    // A JSON report moves the answers only, and the import says so.
    let report = here.path().join("plan.json");
    let path = report.to_str().unwrap();
    ok(careerpath(
        here.path(),
        &["sessions", "export", &id, "--format", "json", "-o", path],
    ));
    let o = careerpath(there.path(), &["sessions", "import", path]);
    ok(o.clone());
    assert!(
        stderr(&o).contains("careerpath: note: a JSON report carries the answers only"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn import_of_a_partial_file_saves_an_unfinished_session() {
    let data = tempfile::tempdir().unwrap();
    let partial = partial(data.path());
    let o = careerpath(
        data.path(),
        &["sessions", "import", partial.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    let store = Store::open(data.path()).unwrap();
    let s = store.load(&id).unwrap();
    let short = store.short_id(&id);
    assert_eq!(
        stderr(&o),
        format!(
            "Imported {} as session {short}, not finished (1 of {} answered); finish it with `careerpath --data-dir {} resume {short}`.\n",
            partial.display(),
            s.progress.total,
            data.path().display()
        )
    );
    assert_eq!(s.status, Status::InProgress);
    assert!(s.result.is_none());
    assert!(!s.answers.is_empty());
}

#[test]
fn import_of_a_broken_file_exits_65_with_the_loaders_message_and_saves_nothing() {
    let data = tempfile::tempdir().unwrap();
    let bad = data.path().join("bad.yaml");
    fs::write(&bad, "answers:\n  role: astronaut\n").unwrap();
    let o = careerpath(data.path(), &["sessions", "import", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(65));
    assert_eq!(stdout(&o), "");
    let evaluate = careerpath(
        data.path(),
        &["evaluate", "--answers", bad.to_str().unwrap()],
    );
    assert_eq!(stderr(&o), stderr(&evaluate));
    assert!(stderr(&o).contains("bad.yaml:2:"), "{}", stderr(&o));
    let store = Store::open(data.path()).unwrap();
    assert!(store.list().is_empty());
    let o = careerpath(
        data.path(),
        &[
            "sessions",
            "import",
            data.path().join("missing.yaml").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(66));
    assert!(store.list().is_empty());
}

// --- where people look ---------------------------------------------------------------

#[test]
fn listings_and_exports_show_the_progress_of_finished_sessions_only() {
    let data = tempfile::tempdir().unwrap();
    let done = imported(data.path(), "ai_wants_both");
    let o = careerpath(data.path(), &["roadmap", &done, "done", "1.2", "2.1"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    careerpath(data.path(), &["roadmap", &done, "skip", "1.3"]);
    let file = partial(data.path());
    let open = stdout(&careerpath(
        data.path(),
        &["sessions", "import", file.to_str().unwrap()],
    ))
    .trim()
    .to_owned();

    let table = stdout(&careerpath(data.path(), &["sessions", "list"]));
    let row = |id: &str| {
        table
            .lines()
            // Shown ids are the shortest unique prefixes, which sessions made in the same
            // millisecond share for many characters: match the whole shown prefix.
            .find(|l| {
                l.split_whitespace()
                    .next()
                    .is_some_and(|p| id.starts_with(p))
            })
            .unwrap_or_else(|| panic!("{id} in\n{table}"))
            .to_owned()
    };
    assert!(
        table.lines().next().unwrap().contains(" ROADMAP "),
        "{table}"
    );
    assert!(row(&done).contains(" 2/19 "), "{table}");
    assert!(!row(&open).contains("/19"), "{table}");

    let json: serde_json::Value = serde_json::from_str(&stdout(&careerpath(
        data.path(),
        &["sessions", "list", "--json"],
    )))
    .unwrap();
    let of = |id: &str| {
        json.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()["roadmap"]
            .clone()
    };
    assert_eq!(
        of(&done),
        serde_json::json!({"done": 2, "in_progress": 0, "skipped": 1, "total": 19})
    );
    assert_eq!(of(&open), serde_json::Value::Null);

    let md = stdout(&careerpath(data.path(), &["sessions", "export", &done]));
    for line in [
        "   - [ ] Python 3 with type hints\n",
        "   - [x] NumPy\n",
        "   - [ ] Pandas *(skipped)*\n",
        "   - [x] PyTorch or TensorFlow\n",
        "**Progress:** 2 of 19 done, 1 skipped\n",
    ] {
        assert!(md.contains(line), "{line:?} in\n{md}");
    }
    let json: serde_json::Value = serde_json::from_str(&stdout(&careerpath(
        data.path(),
        &["sessions", "export", &done, "--format", "json"],
    )))
    .unwrap();
    let p = &json["progress"];
    assert_eq!(
        (
            p["done"].as_u64(),
            p["skipped"].as_u64(),
            p["total"].as_u64()
        ),
        (Some(2), Some(1), Some(19))
    );
    assert_eq!(
        p["items"][1],
        serde_json::json!({
            "position": "1.2",
            "outcome": "both-python-then-rust",
            "step": "First Python: the language and its data stack",
            "item": "NumPy",
            "state": "done"
        })
    );
    assert_eq!(p["items"][2]["state"], "skipped");
    assert_eq!(p["items"][0]["state"], "not_started");
    // An unfinished session's export has no progress: its roadmap is provisional.
    let json: serde_json::Value = serde_json::from_str(&stdout(&careerpath(
        data.path(),
        &["sessions", "export", &open, "--format", "json"],
    )))
    .unwrap();
    assert!(json.get("progress").is_none());
}
