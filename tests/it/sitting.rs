//! The sitting behind both interfaces: reading typed answers (numbers in every language),
//! refusals that name choices by number and label, progress and completeness, and when a
//! result exists.

use careerpath::flow;
use careerpath::questionnaire::{Answer, Questionnaire, load_str};
use careerpath::session::{self, Session, Status};
use careerpath::sitting::{Refusal, Sitting, read_number, step_from};

const QUESTIONS: &str = r#"
id: sitting-test
version: 1
title: Sitting test
dimensions:
  a: {label: Alpha}
sections:
  - id: one
    title: One
    questions:
      - id: role
        type: single
        prompt: Role?
        choices:
          - {value: ship_fast, label: Ship fast, score: {a: 1}}
          - {value: go_deep, label: {en: Go deep, es: Ir a fondo}, score: {a: 2}}
      - id: tools
        type: multi
        prompt: Tools?
        min: 1
        max: 2
        choices:
          - {value: t1, label: Hammer}
          - {value: t2, label: Saw}
          - {value: t3, label: Drill}
      - id: order
        type: rank
        prompt: Order?
        choices:
          - {value: speed, label: Speed}
          - {value: safety, label: Safety}
      - id: level
        type: scale
        prompt: Level?
        min: 1
        max: 10
      - id: hours
        type: number
        prompt: Hours?
        min: 1
        max: 40
        step: 1
      - id: budget
        type: number
        prompt: Budget?
        min: 0
        step: 5
      - id: sure
        type: confirm
        prompt: Sure?
      - id: note
        type: text
        prompt: Anything else?
        required: false
decision:
  policy: first
  rules:
    - {id: d, default: true, outcome: o, because: ok}
outcomes:
  o: {title: O, summary: S}
"#;

fn q() -> Questionnaire {
    load_str("sitting.yaml", QUESTIONS).unwrap_or_else(|e| panic!("{e}"))
}

fn at() -> jiff::Timestamp {
    "2026-11-27T20:14:00Z".parse().unwrap_or_default()
}

fn sitting(q: &Questionnaire, lang: &str) -> Sitting {
    Sitting::new(q, Session::new(q, lang, at()), false)
}

fn idx(q: &Questionnaire, id: &str) -> usize {
    q.question_index(id).unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn numbers_are_read_as_people_write_them() {
    for (text, lang, want) in [
        ("6", "en", Some(6.0)),
        ("2.5", "en", Some(2.5)),
        ("2,5", "es", Some(2.5)),
        ("2,5", "es_ES.UTF-8", Some(2.5)),
        ("2.5", "es", Some(2.5)),
        // A comma is no decimal mark in English: `1,000` must not become 1.
        ("2,5", "en", None),
        ("1,000", "en", None),
        ("2,5.1", "es", None),
        ("２．５", "en", Some(2.5)),
        ("１０", "es", Some(10.0)),
        ("−3", "en", Some(-3.0)),
        ("1e3", "en", Some(1000.0)),
        ("inf", "en", None),
        ("NaN", "en", None),
        ("1e400", "en", None),
        ("", "en", None),
        ("six", "en", None),
    ] {
        assert_eq!(read_number(text, lang), want, "{text:?} in {lang}");
    }
}

#[test]
fn typed_answers_are_read_and_checked() {
    let q = q();
    let en = sitting(&q, "en");
    let es = sitting(&q, "es");
    let read = |s: &Sitting, id: &str, text: &str| s.read(&q, idx(&q, id), text);
    type Read = Result<Option<Answer>, Refusal>;
    let cases: Vec<(&str, &Sitting, &str, &str, Read)> = vec![
        (
            "number picks",
            &en,
            "role",
            "2",
            Ok(Some(Answer::Text("go_deep".into()))),
        ),
        (
            "label picks",
            &en,
            "role",
            "ship FAST",
            Ok(Some(Answer::Text("ship_fast".into()))),
        ),
        (
            "label in Spanish",
            &es,
            "role",
            "ir a fondo",
            Ok(Some(Answer::Text("go_deep".into()))),
        ),
        ("nothing typed", &en, "role", "  ", Ok(None)),
        (
            "no such choice",
            &en,
            "role",
            "7",
            Err(Refusal::NotAChoice {
                typed: "7".into(),
                count: 2,
            }),
        ),
        (
            "several",
            &en,
            "tools",
            "1,3",
            Ok(Some(Answer::List(vec!["t1".into(), "t3".into()]))),
        ),
        (
            "too many",
            &en,
            "tools",
            "1 2 3",
            Err(Refusal::TooMany { max: 2, have: 3 }),
        ),
        (
            "none where one is needed",
            &en,
            "tools",
            "none",
            Err(Refusal::TooFew { min: 1, have: 0 }),
        ),
        (
            "repeat by number and label",
            &en,
            "tools",
            "2,2",
            Err(Refusal::Repeated(2, "Saw".into())),
        ),
        (
            "a ranking that leaves one out",
            &en,
            "order",
            "2",
            Err(Refusal::RankMissing(vec![(1, "Speed".into())])),
        ),
        ("yes", &en, "sure", "y", Ok(Some(Answer::Bool(true)))),
        ("sí", &es, "sure", "sí", Ok(Some(Answer::Bool(true)))),
        (
            "1 is yes, as listed",
            &en,
            "sure",
            "1",
            Ok(Some(Answer::Bool(true))),
        ),
        (
            "2 is no, as listed",
            &es,
            "sure",
            "2",
            Ok(Some(Answer::Bool(false))),
        ),
        (
            "3 is neither",
            &en,
            "sure",
            "3",
            Err(Refusal::NotYesNo("3".into())),
        ),
        (
            "s is yes in Spanish",
            &es,
            "sure",
            "s",
            Ok(Some(Answer::Bool(true))),
        ),
        (
            "s is not yes in English",
            &en,
            "sure",
            "s",
            Err(Refusal::NotYesNo("s".into())),
        ),
        ("scale", &en, "level", "10", Ok(Some(Answer::Number(10.0)))),
        (
            "scale not whole",
            &en,
            "level",
            "3.5",
            Err(Refusal::NotWhole("3.5".into())),
        ),
        (
            "scale out of range",
            &en,
            "level",
            "11",
            Err(Refusal::ScaleRange { min: 1, max: 10 }),
        ),
        (
            "decimal comma",
            &es,
            "hours",
            "2,0",
            Ok(Some(Answer::Number(2.0))),
        ),
        (
            "not whole, not out of range",
            &en,
            "hours",
            "3.5",
            Err(Refusal::NotWhole("3.5".into())),
        ),
        (
            "below",
            &en,
            "hours",
            "0",
            Err(Refusal::AtLeast("1".into())),
        ),
        (
            "off the step",
            &en,
            "budget",
            "7",
            Err(Refusal::OffStep {
                step: "5".into(),
                from: "0".into(),
            }),
        ),
        (
            "not a number",
            &en,
            "hours",
            "lots",
            Err(Refusal::NotANumber("lots".into())),
        ),
    ];
    for (name, s, id, text, want) in cases {
        assert_eq!(read(s, id, text), want, "{name}");
    }
}

#[test]
fn refusals_name_choices_never_their_values_and_speak_the_language() {
    let q = q();
    let s = sitting(&q, "en");
    let why = s
        .check(
            &q,
            idx(&q, "tools"),
            &Answer::List(vec!["t2".into(), "t2".into()]),
        )
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(why.words("en"), "choice 2 (Saw) is chosen twice");
    assert_eq!(why.words("es"), "la opción 2 (Saw) está repetida");
    // A number that is nearly whole is echoed with the decimals that make it not so.
    for (question, typed) in [("level", "3.0000001"), ("hours", "39.00001")] {
        let why = s.read(&q, idx(&q, question), typed).err();
        let why = why.unwrap_or_else(|| panic!("{typed} accepted"));
        assert_eq!(why.words("en"), format!("{typed} is not a whole number"));
    }
    let why = Refusal::NotWhole("2.5".into());
    assert_eq!(why.sentence("en"), "2.5 is not a whole number");
    assert_eq!(why.sentence("es"), "2,5 no es un número entero");
    // Hostile input is cut and made printable before it is echoed.
    let long = format!("\u{1b}[31m{}", "x".repeat(3_000_000));
    let why = s
        .read(&q, idx(&q, "hours"), &long)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    let words = why.words("en");
    assert!(words.len() < 120 && !words.contains('\u{1b}'), "{words}");
}

#[test]
fn skipped_optional_questions_count_as_done_and_results_wait_for_required_ones() {
    let q = q();
    let mut s = sitting(&q, "en");
    let now = at();
    for (id, a) in [
        ("role", Answer::Text("ship_fast".into())),
        ("tools", Answer::List(vec!["t1".into()])),
        ("order", Answer::List(vec!["safety".into(), "speed".into()])),
        ("level", Answer::Number(3.0)),
        ("hours", Answer::Number(6.0)),
        ("budget", Answer::Number(10.0)),
    ] {
        assert_eq!(s.answer(&q, idx(&q, id), a, now), Ok(Vec::new()), "{id}");
    }
    assert!(!s.complete(&q), "sure is still open");
    assert_eq!(s.missing(&q), vec![idx(&q, "sure")]);
    assert_eq!(s.finish(&q, now).err(), Some(vec![idx(&q, "sure")]));
    assert_eq!(
        flow::missing_required(&q, s.answers()),
        vec![idx(&q, "sure")],
        "the engine's list is the same"
    );
    s.answer(&q, idx(&q, "sure"), Answer::Bool(true), now)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        s.skip(&q, idx(&q, "hours"), now),
        Err(Refusal::Required),
        "required questions cannot be skipped"
    );
    s.skip(&q, idx(&q, "note"), now)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(s.complete(&q));
    assert_eq!(
        s.pending(&q),
        None,
        "the skipped question is not asked again"
    );
    let p = s.session().progress;
    assert_eq!((p.answered, p.total), (8, 8), "not 7/8 with the skip");
    assert!(s.finish(&q, now).is_ok());
    assert_eq!(s.session().status, Status::Complete);
    let p = s.session().progress;
    assert_eq!((p.answered, p.total), (8, 8));
    assert!(s.session().result.is_some() && s.session().outcome.is_some());
    // An answer changed after the result: unfinished again, and the old result is gone,
    // so no list or export of the file reads it as finished.
    s.answer(&q, idx(&q, "level"), Answer::Number(4.0), now)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(s.session().status, Status::InProgress);
    assert!(s.session().result.is_none(), "the old result was kept");
    assert!(s.session().outcome.is_none(), "the old outcome was kept");
}

#[test]
fn an_answer_awaiting_re_asking_is_not_complete() {
    let q = q();
    let mut session = Session::new(&q, "en", at());
    for (id, a) in [
        ("role", Answer::Text("ship_fast".into())),
        ("tools", Answer::List(vec!["t1".into()])),
        ("order", Answer::List(vec!["safety".into(), "speed".into()])),
        // No longer fits the question (the scale ends at 10): it must be asked again.
        ("level", Answer::Number(30.0)),
        ("hours", Answer::Number(6.0)),
        ("budget", Answer::Number(10.0)),
        ("sure", Answer::Bool(true)),
    ] {
        session.answers.insert(id.into(), a);
    }
    session.status = Status::Complete;
    let r = session::reconcile(&mut session, &q);
    assert_eq!(r.needs_answer, vec!["level".to_owned()]);
    assert_eq!(
        session.status,
        Status::InProgress,
        "`show` must not say complete"
    );
    assert!(
        session.progress.answered < session.progress.total,
        "{}",
        session.progress
    );
    let (s, _) = Sitting::open(&q, session, false);
    assert!(!s.complete(&q));
    assert_eq!(s.pending(&q), Some(idx(&q, "level")));
}

#[test]
fn stepping_from_an_off_step_value_lands_on_a_step() {
    for (n, up, want) in [
        (7.5, true, 10.0),
        (7.5, false, 5.0),
        (10.0, true, 15.0),
        (10.0, false, 5.0),
        (0.0, false, 0.0),
        (98.0, true, 100.0),
    ] {
        assert_eq!(
            step_from(n, up, 0.0, 5.0, Some(0.0), Some(100.0)),
            want,
            "{n} {up}"
        );
    }
}

const BRANCHES: &str = r#"
id: branches
version: 1
title: Branches
dimensions:
  a: {label: Alpha}
sections:
  - id: one
    title: One
    questions:
      - {id: more, type: confirm, prompt: More?}
      - id: kind
        type: single
        prompt: Kind?
        visible_if: more
        choices: [{value: deep, label: Deep}, {value: wide, label: Wide}]
      - {id: depth, type: scale, prompt: Depth?, min: 1, max: 5, visible_if: "kind == 'deep'"}
      - {id: note, type: text, prompt: Note?, required: false}
decision:
  policy: first
  rules:
    - {id: d, default: true, outcome: o, because: ok}
outcomes:
  o: {title: O, summary: S}
"#;

/// The sitting walks the answers once per change and answers from that walk: after every
/// step, what it says is shown, next, before and where one is agrees with walking the
/// answers afresh.
#[test]
fn the_sittings_walk_follows_every_change_of_the_answers() {
    let q = load_str("branches.yaml", BRANCHES).unwrap_or_else(|e| panic!("{e}"));
    let mut s = sitting(&q, "en");
    let now = at();
    let agree = |s: &Sitting, step: &str| {
        let fresh = flow::visible(&q, s.answers());
        assert_eq!(s.visible(), fresh.as_slice(), "{step}");
        for i in 0..q.questions.len() {
            assert_eq!(
                s.next(Some(i)),
                flow::next(&q, s.answers(), Some(i)),
                "{step}: next {i}"
            );
            assert_eq!(
                s.prev(i),
                flow::prev(&q, s.answers(), i),
                "{step}: prev {i}"
            );
            assert_eq!(
                s.progress_at(&q, i),
                flow::progress(&q, s.answers(), i),
                "{step}: at {i}"
            );
        }
        assert_eq!(s.next(None), flow::next(&q, s.answers(), None), "{step}");
        assert_eq!(
            s.missing(&q),
            flow::missing_required(&q, s.answers()),
            "{step}"
        );
        fresh
    };
    let (more, kind, depth, note) = (
        idx(&q, "more"),
        idx(&q, "kind"),
        idx(&q, "depth"),
        idx(&q, "note"),
    );
    assert_eq!(agree(&s, "start"), vec![more, note]);
    let steps: [(&str, usize, Answer, Vec<usize>); 5] = [
        (
            "more: yes",
            more,
            Answer::Bool(true),
            vec![more, kind, note],
        ),
        (
            "kind: deep",
            kind,
            Answer::Text("deep".into()),
            vec![more, kind, depth, note],
        ),
        (
            "depth: 4",
            depth,
            Answer::Number(4.0),
            vec![more, kind, depth, note],
        ),
        (
            "kind: wide",
            kind,
            Answer::Text("wide".into()),
            vec![more, kind, note],
        ),
        ("more: no", more, Answer::Bool(false), vec![more, note]),
    ];
    for (step, i, a, shown) in steps {
        s.answer(&q, i, a, now)
            .unwrap_or_else(|e| panic!("{step}: {e:?}"));
        assert_eq!(agree(&s, step), shown, "{step}");
    }
    s.skip(&q, note, now).unwrap_or_else(|e| panic!("{e:?}"));
    agree(&s, "note skipped");
    s.pass_over(&q, None);
    agree(&s, "passed over");
    assert!(s.finish(&q, now).is_ok());
    agree(&s, "finished");
    let mut hidden = q.clone();
    hidden.questions[note].visible_if = hidden.questions[kind].visible_if.clone();
    s.reload(&hidden);
    assert_eq!(
        s.visible(),
        flow::visible(&hidden, s.answers()).as_slice(),
        "reloaded"
    );
}

/// An answer hidden by a change comes back when a later change shows its question again,
/// with the follow-ups it showed: changing one's mind and back loses nothing typed.
#[test]
fn answers_hidden_by_a_change_come_back_when_it_is_undone() {
    let q = load_str("branches.yaml", BRANCHES).unwrap_or_else(|e| panic!("{e}"));
    let mut s = sitting(&q, "en");
    let now = at();
    let text = |v: &str| Answer::Text(v.into());
    type Step<'a> = (&'a str, &'a str, Answer, &'a [(&'a str, Answer)]);
    let steps: [Step; 6] = [
        (
            "more: yes",
            "more",
            Answer::Bool(true),
            &[("more", Answer::Bool(true))],
        ),
        (
            "kind: deep",
            "kind",
            text("deep"),
            &[("kind", text("deep"))],
        ),
        (
            "depth: 4",
            "depth",
            Answer::Number(4.0),
            &[("depth", Answer::Number(4.0))],
        ),
        (
            "kind: wide hides depth",
            "kind",
            text("wide"),
            &[("kind", text("wide"))],
        ),
        (
            "kind: deep again gives depth back",
            "kind",
            text("deep"),
            &[("kind", text("deep")), ("depth", Answer::Number(4.0))],
        ),
        (
            "more: no hides both",
            "more",
            Answer::Bool(false),
            &[("more", Answer::Bool(false))],
        ),
    ];
    for (step, id, answer, want) in steps {
        s.answer(&q, idx(&q, id), answer, now)
            .unwrap_or_else(|e| panic!("{step}: {e:?}"));
        for (id, a) in want {
            assert_eq!(s.answers().get(*id), Some(a), "{step}: {id}");
        }
        for id in s.answers().keys() {
            assert!(s.visible().contains(&idx(&q, id)), "{step}: {id} is hidden");
        }
    }
    assert!(!s.answers().contains_key("depth"), "more: no");
    s.answer(&q, idx(&q, "more"), Answer::Bool(true), now)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        s.answers().get("kind"),
        Some(&text("deep")),
        "kind comes back"
    );
    assert_eq!(
        s.answers().get("depth"),
        Some(&Answer::Number(4.0)),
        "and the follow-up it shows with it"
    );
    assert!(s.missing(&q).is_empty(), "nothing required is left to ask");
}

/// A label typed without its accents is read as the one label it can be; where two labels
/// differ only in their accents, only the exact one is.
#[test]
fn labels_are_read_without_their_accents() {
    let q = load_str(
        "accents.yaml",
        r#"
id: accents
version: 1
title: Accents
dimensions:
  a: {label: Alpha}
sections:
  - id: one
    title: One
    questions:
      - id: field
        type: single
        prompt: Field?
        choices:
          - {value: research, label: {en: Research, es: Investigación}}
          - {value: he, label: {en: He, es: Él}}
          - {value: the, label: {en: The, es: El}}
      - id: mood
        type: scale
        prompt: Mood?
        min: 1
        max: 3
        labels: [{en: Sad, es: Triste}, {en: So so, es: Así así}, {en: Happy, es: Contento}]
decision:
  policy: first
  rules:
    - {id: d, default: true, outcome: o, because: ok}
outcomes:
  o: {title: O, summary: S}
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let es = sitting(&q, "es");
    let read = |id: &str, text: &str| es.read(&q, idx(&q, id), text);
    let text = |v: &str| Ok(Some(Answer::Text(v.into())));
    let not = |typed: &str| {
        Err(Refusal::NotAChoice {
            typed: typed.into(),
            count: 3,
        })
    };
    type Read = Result<Option<Answer>, Refusal>;
    let cases: Vec<(&str, &str, Read)> = vec![
        ("field", "investigacion", text("research")),
        ("field", "INVESTIGACIÓN", text("research")),
        ("field", "él", text("he")),
        ("field", "el", text("the")),
        // Both `Él` and `El` read as `el` without accents: neither is guessed.
        ("field", "èl", not("èl")),
        ("field", "investigar", not("investigar")),
        ("mood", "asi asi", Ok(Some(Answer::Number(2.0)))),
        ("mood", "CONTENTO", Ok(Some(Answer::Number(3.0)))),
        ("mood", "bien", Err(Refusal::NotANumber("bien".into()))),
    ];
    for (id, typed, want) in cases {
        assert_eq!(read(id, typed), want, "{typed:?}");
    }
}

/// A label may be typed by its first words, whole, when only one label starts so: the
/// part in brackets or after the hyphen need not be typed.
#[test]
fn labels_are_read_by_their_first_words() {
    let q = load_str(
        "words.yaml",
        r#"
id: words
version: 1
title: Words
dimensions:
  a: {label: Alpha}
sections:
  - id: one
    title: One
    questions:
      - id: role
        type: single
        prompt: Role?
        choices:
          - {value: data_eng, label: Data engineer}
          - {value: data_sci, label: Data scientist or researcher}
          - {value: other, label: "Something else (Go, Java, Node, C++...)"}
          - {value: safety, label: Safety-critical systems}
decision:
  policy: first
  rules:
    - {id: d, default: true, outcome: o, because: ok}
outcomes:
  o: {title: O, summary: S}
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let en = sitting(&q, "en");
    let text = |v: &str| Ok(Some(Answer::Text(v.into())));
    let not = |typed: &str| {
        Err(Refusal::NotAChoice {
            typed: typed.into(),
            count: 4,
        })
    };
    type Read = Result<Option<Answer>, Refusal>;
    let cases: Vec<(&str, Read)> = vec![
        ("something else", text("other")),
        ("Something", text("other")),
        ("safety critical", text("safety")),
        ("data scientist", text("data_sci")),
        // Both data roles start with `data`: neither is guessed.
        ("data", not("data")),
        // Whole words only.
        ("some", not("some")),
        ("critical", not("critical")),
    ];
    for (typed, want) in cases {
        assert_eq!(en.read(&q, 0, typed), want, "{typed:?}");
    }
}

/// "None of these" (`exclusive: true`) is an answer on its own, even under a `min` of 2;
/// with another choice it is refused, in plain mode by number and label, in an answers
/// file by value.
#[test]
fn an_exclusive_choice_goes_only_on_its_own() {
    let q = crate::support::exclusive("min: 2");
    let list = |v: &[&str]| Answer::List(v.iter().map(|s| (*s).to_owned()).collect());
    let en = sitting(&q, "en");
    let es = sitting(&q, "es");
    type Read = Result<Option<Answer>, Refusal>;
    let cases: Vec<(&Sitting, &str, Read)> = vec![
        (&en, "4", Ok(Some(list(&["none"])))),
        (&en, "1,2", Ok(Some(list(&["export", "search"])))),
        (
            &en,
            "1,4",
            Err(Refusal::Exclusive(4, "None of these".into())),
        ),
        (&es, "4 1", Err(Refusal::Exclusive(4, "Ninguna".into()))),
        (&en, "1", Err(Refusal::TooFew { min: 2, have: 1 })),
        // A label of several words, typed whole; a label that is also the word for nothing.
        (&en, "none of these", Ok(Some(list(&["none"])))),
        (&es, "NINGUNA", Ok(Some(list(&["none"])))),
        (&en, "export search", Ok(Some(list(&["export", "search"])))),
    ];
    for (s, typed, want) in cases {
        assert_eq!(s.read(&q, 0, typed), want, "{typed:?}");
    }
    assert_eq!(
        Refusal::Exclusive(4, "Ninguna".into()).words("es"),
        "la opción 4 (Ninguna) va sola: desmarca las demás, o desmárcala"
    );
    let question = &q.questions[0];
    assert_eq!(question.check_answer(&list(&["none"])), Ok(()));
    assert_eq!(
        question
            .check_answer(&list(&["search", "none"]))
            .map_err(|e| e.to_string()),
        Err("`none` is picked only on its own, and other choices are picked with it".into())
    );
}
