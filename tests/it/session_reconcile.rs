//! A session answered with one revision of a questionnaire, resumed with another.

use careerpath::questionnaire::{self, Answer, Questionnaire};
use careerpath::session::{Session, Status, reconcile};
use careerpath::store::Store;
use jiff::Timestamp;

fn questionnaire(version: u32, questions: &str) -> Questionnaire {
    let text = format!(
        r#"
id: reconcile
version: {version}
title: Reconcile
dimensions:
  python: {{label: Python}}
sections:
  - id: all
    title: All
    questions:
{questions}
decision:
  policy: first
  rules:
    - id: fallback
      default: true
      outcome: python-first
      because: Always.
outcomes:
  python-first:
    title: Learn Python first
    summary: Python.
"#
    );
    questionnaire::load_str("reconcile.yaml", &text).unwrap_or_else(|e| panic!("{e}"))
}

const V1: &str = r#"
      - id: role
        type: single
        prompt: Role?
        choices: [{value: a, label: A}, {value: b, label: B}, {value: c, label: C}]
      - id: hours
        type: number
        prompt: Hours?
        min: 1
        max: 80
      - id: gone
        type: confirm
        prompt: Soon removed?
      - id: tags
        type: multi
        prompt: Tags?
        choices: [{value: x, label: X}, {value: y, label: Y}]
"#;

const V2: &str = r#"
      - id: role
        type: single
        prompt: Role?
        choices: [{value: a, label: A}, {value: b, label: B}]
      - id: hours
        type: number
        prompt: Hours?
        min: 1
        max: 40
      - id: tags
        type: multi
        prompt: Tags?
        choices: [{value: x, label: X}, {value: y, label: Y}]
      - id: fresh
        type: confirm
        prompt: New question?
"#;

fn t(s: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + s).unwrap()
}

fn answered_v1(q1: &Questionnaire) -> Session {
    let mut s = Session::new(q1, "en", t(0));
    s.set_answer(q1, "role", Answer::Text("c".into()), t(1));
    s.set_answer(q1, "hours", Answer::Number(60.0), t(2));
    s.set_answer(q1, "gone", Answer::Bool(true), t(3));
    s.set_answer(q1, "tags", Answer::List(vec!["x".into()]), t(4));
    let e = careerpath::evaluate::evaluate(q1, &s.answers, "en");
    s.set_result(q1, e, t(5));
    s
}

#[test]
fn removed_questions_are_set_aside_and_changed_ones_asked_again() {
    let (q1, q2) = (questionnaire(1, V1), questionnaire(2, V2));
    let mut s = answered_v1(&q1);
    assert_eq!(s.status, Status::Complete);
    assert!(!s.questionnaire_changed(&q1));
    assert!(s.questionnaire_changed(&q2));

    let r = reconcile(&mut s, &q2);
    assert!(r.changed && r.result_outdated);
    assert_eq!(r.set_aside, ["gone"]);
    assert_eq!(r.needs_answer, ["hours", "role"]);
    assert!(r.restored.is_empty());
    assert_eq!(s.answers.keys().collect::<Vec<_>>(), ["tags"]);
    assert_eq!(s.set_aside.get("gone"), Some(&Answer::Bool(true)));
    assert_eq!(s.stale.get("role"), Some(&Answer::Text("c".into())));
    assert_eq!(s.stale.get("hours"), Some(&Answer::Number(60.0)));
    assert_eq!(s.needs_answer, ["hours", "role"]);
    // The result stays, labelled with the version it came from, and so does the reference.
    assert_eq!(s.result.as_ref().unwrap().questionnaire_version, 1);
    assert_eq!(s.questionnaire.version, 1);
    assert_eq!(s.progress.to_string(), "1/4");

    // Reconciling again changes nothing.
    let before = s.clone();
    let again = reconcile(&mut s, &q2);
    assert!(again.is_clean(), "{again:?}");
    assert_eq!(s, before);

    // Answering again clears the flag; re-evaluating moves the session to the new revision.
    s.set_answer(&q2, "role", Answer::Text("a".into()), t(10));
    assert_eq!(s.needs_answer, ["hours"]);
    assert!(!s.stale.contains_key("role"));
    let e = careerpath::evaluate::evaluate(&q2, &s.answers, "en");
    s.set_result(&q2, e, t(11));
    assert_eq!(
        (
            s.questionnaire.version,
            s.result.as_ref().unwrap().questionnaire_version
        ),
        (2, 2)
    );
    assert!(!s.result_outdated(&q2));
}

#[test]
fn answers_come_back_when_their_question_does() {
    let (q1, q2) = (questionnaire(1, V1), questionnaire(2, V2));
    let mut s = answered_v1(&q1);
    reconcile(&mut s, &q2);
    let r = reconcile(&mut s, &q1);
    let mut restored = r.restored.clone();
    restored.sort();
    assert_eq!(restored, ["gone", "hours", "role"]);
    assert!(s.set_aside.is_empty() && s.stale.is_empty() && s.needs_answer.is_empty());
    assert_eq!(s.answers, answered_v1(&q1).answers);
}

#[test]
fn a_reconciled_session_file_is_still_an_answers_file() {
    let (q1, q2) = (questionnaire(1, V1), questionnaire(2, V2));
    let mut s = answered_v1(&q1);
    reconcile(&mut s, &q2);
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    store.save(&s).unwrap();
    careerpath::store::flush();
    let answers =
        questionnaire::load_answers(&q2, &store.path_of(&s.id)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(answers, s.answers);
    assert_eq!(store.load(&s.id).unwrap(), s);
}

#[test]
fn answers_that_become_hidden_are_dropped_when_an_answer_changes() {
    let q = questionnaire(
        1,
        r#"
      - id: role
        type: single
        prompt: Role?
        choices: [{value: ml, label: ML}, {value: sys, label: Systems}]
      - id: serving
        type: confirm
        prompt: Serving?
        visible_if: "role == 'ml'"
"#,
    );
    let mut s = Session::new(&q, "es", t(0));
    assert!(s.name.starts_with("Sesión del "), "{}", s.name);
    assert_eq!(s.progress.to_string(), "0/1");
    s.set_answer(&q, "role", Answer::Text("ml".into()), t(1));
    assert_eq!(s.progress.to_string(), "1/2");
    s.set_answer(&q, "serving", Answer::Bool(true), t(2));
    let dropped = s.set_answer(&q, "role", Answer::Text("sys".into()), t(3));
    assert_eq!(dropped, [("serving".to_owned(), Answer::Bool(true))]);
    assert_eq!(s.progress.to_string(), "1/1");
    assert_eq!(s.current.as_deref(), Some("role"));
    assert_eq!(s.updated, t(3));
}

/// A finished session that a new revision asks to answer again is listed as unfinished
/// (with no outcome), is the one a bare `resume` offers, and its file is left as it was.
#[test]
fn a_session_the_new_revision_asks_again_lists_as_unfinished() {
    let (q1, q2) = (questionnaire(1, V1), questionnaire(2, V2));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let store = Store::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let s = answered_v1(&q1);
    store.save(&s).unwrap_or_else(|e| panic!("{e}"));
    let summary = |q: &Questionnaire| match &store.list_with(q)[..] {
        [careerpath::store::Listed::Ok(summary)] => summary.clone(),
        other => panic!("{other:?}"),
    };
    let (before, after) = (summary(&q1), summary(&q2));
    assert_eq!(
        (
            before.status,
            before.progress.to_string(),
            before.outcome.is_some()
        ),
        (Status::Complete, "4/4".to_owned(), true)
    );
    assert_eq!(
        (after.status, after.progress.to_string(), after.outcome),
        (Status::InProgress, "1/4".to_owned(), None)
    );
    assert_eq!(store.last_unfinished(&q1).map(|u| u.id), None);
    assert_eq!(store.last_unfinished(&q2).map(|u| u.id), Some(s.id.clone()));
    let on_disk = store.load(&s.id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(on_disk.status, Status::Complete, "listing changes no file");
}
