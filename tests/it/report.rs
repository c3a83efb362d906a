//! Reports over the evaluator fixture: text and Markdown snapshots, the JSON structure,
//! translated headings, and control characters never reaching the output.

use careerpath::evaluate::{evaluate, what_would_change};
use careerpath::questionnaire::{Answer, Answers, Questionnaire, load_str};
use careerpath::report::{Format, Report, render};

const FIXTURE: &str = include_str!("../fixtures/eval/basic.yaml");

fn load(yaml: &str) -> Questionnaire {
    load_str("basic.yaml", yaml).unwrap_or_else(|e| panic!("{e}"))
}

fn persona() -> Answers {
    let l = |items: &[&str]| Answer::List(items.iter().map(|s| s.to_string()).collect());
    [
        ("role", Answer::Text("ml".into())),
        ("serving", Answer::Bool(false)),
        ("domains", l(&["llm", "db"])),
        ("values", l(&["speed", "perf", "safety"])),
        ("comfort", Answer::Number(2.0)),
        ("hours", Answer::Number(4.0)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

fn report(q: &Questionnaire, answers: &Answers, lang: &str, format: Format) -> String {
    let e = evaluate(q, answers, lang);
    let changes = what_would_change(q, answers, &e, 500);
    render(
        &Report {
            questionnaire: q,
            answers,
            evaluation: &e,
            changes: &changes,
            lang,
            plan_from: jiff::civil::date(2026, 1, 5),
            all_changes: false,
        },
        format,
    )
}

#[test]
fn text_snapshot() {
    let q = load(FIXTURE);
    insta::assert_snapshot!("text_en", report(&q, &persona(), "en", Format::Text));
}

#[test]
fn markdown_snapshot() {
    let q = load(FIXTURE);
    insta::assert_snapshot!(
        "markdown_en",
        report(&q, &persona(), "en", Format::Markdown)
    );
}

#[test]
fn text_snapshot_spanish_collect() {
    // Under `collect` several outcomes are shown, each with its own roadmap.
    let q = load(&FIXTURE.replace("policy: priority", "policy: collect"));
    let mut answers = persona();
    answers.insert(
        "domains".into(),
        Answer::List(vec!["embedded".into(), "llm".into()]),
    );
    let out = report(&q, &answers, "es", Format::Text);
    assert!(out.contains("Hoja de ruta: Aprende Rust primero"), "{out}");
    insta::assert_snapshot!("text_es_collect", out);
}

#[test]
fn json_structure() {
    let q = load(FIXTURE);
    let out = report(&q, &persona(), "en", Format::Json);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    for key in [
        "questionnaire",
        "lang",
        "outcomes",
        "scores",
        "reasons",
        "notes",
        "roadmap",
        "changes",
        "answers",
        "derived",
        "trace",
    ] {
        assert!(v.get(key).is_some(), "missing `{key}` in\n{out}");
    }
    assert_eq!(v["outcomes"][0]["id"], "python-first");
    assert_eq!(v["outcomes"][0]["title"], "Learn Python first");
    assert_eq!(v["scores"][0]["id"], "python");
    assert_eq!(v["scores"][0]["value"], 10.0);
    assert_eq!(v["reasons"][0]["rule"], "ml-python");
    assert_eq!(v["reasons"][0]["answers"][0]["question"], "role");
    assert_eq!(v["reasons"][0]["answers"][0]["label"], "AI/ML engineer");
    assert_eq!(v["roadmap"][0]["steps"][1]["optional"], true);
    assert_eq!(
        v["roadmap"][0]["steps"][0]["resources"][0]["url"],
        "https://docs.python.org/3/tutorial/"
    );
    assert_eq!(v["changes"][0]["question"], "role");
    assert_eq!(v["trace"]["policy"], "priority");
    assert_eq!(v["answers"].as_array().map(Vec::len), Some(6));
}

#[test]
fn headings_are_translated() {
    let q = load(FIXTURE);
    for (lang, format, words) in [
        (
            "en",
            Format::Text,
            &[
                "Scores",
                "Why",
                "because you answered",
                "Roadmap",
                "What would change it",
            ][..],
        ),
        (
            "es",
            Format::Text,
            &[
                "Puntuaciones",
                "Por qué",
                "porque respondiste",
                "Hoja de ruta",
                "Qué lo cambiaría",
            ][..],
        ),
        (
            "es",
            Format::Markdown,
            &["## Por qué", "## Hoja de ruta", "Si hubieras respondido"][..],
        ),
    ] {
        let out = report(&q, &persona(), lang, format);
        for w in words {
            assert!(out.contains(w), "{lang} {format:?}: no `{w}` in\n{out}");
        }
    }
}

#[test]
fn control_characters_never_reach_the_output() {
    // YAML double-quoted strings can carry escapes: an ESC sequence, a bell, a C1 CSI.
    let hostile = FIXTURE
        .replace(
            "title: {en: Learn Python first,",
            "title: {en: \"Learn \\e[2J\\a Python\\u009b first\",",
        )
        .replace(
            "summary: {en: \"Python first.\",",
            "summary: {en: \"Python\\e]0;pwned\\a first.\",",
        );
    let q = load(&hostile);
    let mut answers = persona();
    answers.insert(
        "nickname".into(),
        Answer::Text("Ana\x1b[31m\u{9b}1m".into()),
    );
    for format in [Format::Text, Format::Markdown] {
        let out = report(&q, &answers, "en", format);
        assert!(
            out.contains("Hello, Ana[31m1m.") || out.contains("Hello, Ana\\[31m1m."),
            "{out}"
        );
        assert!(
            out.contains("Learn [2J Python first") || out.contains("Learn \\[2J Python first"),
            "{out}"
        );
        let bad: Vec<char> = out
            .chars()
            .filter(|c| c.is_control() && *c != '\n')
            .collect();
        assert!(bad.is_empty(), "{format:?} has {bad:?}");
    }
    // JSON keeps the text exactly, but as escapes: serde_json leaves DEL and the C1
    // controls (U+009B is a CSI) raw unless told otherwise.
    let out = report(&q, &answers, "en", Format::Json);
    let bad: Vec<char> = out
        .chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect();
    assert!(bad.is_empty(), "JSON has {bad:?}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    assert_eq!(
        v["outcomes"][0]["title"], "Learn \x1b[2J\x07 Python\u{9b} first",
        "{out}"
    );
}

/// Text and Markdown find an outcome's sized plan through one lookup, and both print its
/// plan line.
#[test]
fn every_face_sizes_the_plan_through_one_lookup() {
    use careerpath::report::sizing;
    let q = careerpath::questionnaire::builtin().unwrap();
    let t = |s: &str| Answer::Text(s.into());
    let l = |items: &[&str]| Answer::List(items.iter().map(|s| s.to_string()).collect());
    let answers: Answers = [
        ("role", t("ai_ml")),
        ("ai_stack", t("research")),
        ("domains", l(&["llm"])),
        ("genai", Answer::Bool(false)),
        ("hours", Answer::Number(6.0)),
        ("industry", t("fintech")),
        ("industry_focus", t("product")),
        ("known", l(&["python"])),
        ("low_level", Answer::Number(1.0)),
        (
            "values",
            l(&["ship_fast", "libraries", "performance", "safety"]),
        ),
        ("want_both", Answer::Bool(false)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let e = evaluate(&q, &answers, "en");
    let plan = careerpath::evaluate::plan(&q, &answers, &e);
    let plan = plan.as_ref().expect("the built-in roadmaps are sized");
    let id = &e.outcomes[0];
    let (p, op) = sizing::sized(Some(plan), id).unwrap();
    assert_eq!(&op.outcome, id);
    assert!(sizing::sized(None, id).is_none());
    assert!(sizing::sized(Some(plan), "no-such-outcome").is_none());

    let line = sizing::plan_line("en", p, op, jiff::civil::date(2026, 1, 5));
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = words(&report(&q, &answers, "en", Format::Text));
    assert!(text.contains(&words(&line)), "{line}\n{text}");
    let md = words(&report(&q, &answers, "en", Format::Markdown).replace('\\', ""));
    assert!(md.contains(&words(&line)), "{line}\n{md}");
}

/// The scores and the derived values shown with them share one column of bars, whichever
/// label is longest (a derived value's longer label pushed only its own bar right).
#[test]
fn scores_and_shown_values_line_up() {
    let q = load(
        r#"
id: cols
version: 1
title: Cols
dimensions:
  d: {label: D}
sections:
  - id: s
    title: S
    questions:
      - {id: a, type: scale, prompt: A, min: 0, max: 5, score: {d: 1}}
derived:
  pct: {expr: "score.d * 20", label: A much longer label (percent), min: 0, max: 100}
decision:
  policy: first
  rules:
    - {id: r, default: true, outcome: o, because: B.}
outcomes:
  o: {title: O, summary: S.}
"#,
    );
    let answers: Answers = [("a".to_owned(), Answer::Number(3.0))]
        .into_iter()
        .collect();
    let text = report(&q, &answers, "en", Format::Text);
    let bars: Vec<usize> = text
        .lines()
        .filter(|l| l.contains('█') || l.contains('░'))
        .map(|l| l.chars().position(|c| c == '█' || c == '░').unwrap_or(0))
        .collect();
    assert_eq!(bars.len(), 2, "{text}");
    assert_eq!(bars[0], bars[1], "{text}");
}

/// The headline of a session left unfinished: how many questions are answered, or, with
/// every one answered, that only finishing is left (not "INCOMPLETE: 6 of 6").
#[test]
fn an_unfinished_headline_counts_or_says_only_finishing_is_left() {
    let q = load(FIXTURE);
    let mut all = persona();
    all.insert("nickname".to_owned(), Answer::Text("Sam".into()));
    let mut some = all.clone();
    some.remove("hours");
    let total = careerpath::report::Incomplete::of(&q, &all).total;
    let cases = [
        (
            &some,
            "en",
            format!("INCOMPLETE: {} of {total} questions answered.", total - 1),
        ),
        (
            &all,
            "en",
            format!("NOT FINISHED: all {total} questions answered."),
        ),
        (
            &all,
            "es",
            format!("SIN TERMINAR: las {total} preguntas respondidas."),
        ),
    ];
    for (answers, lang, want) in cases {
        let got = careerpath::report::Incomplete::of(&q, answers).count(lang);
        assert_eq!(got, want);
    }
}
