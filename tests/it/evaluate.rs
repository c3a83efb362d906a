//! The evaluator over small questionnaires written for it: policies and tie breaks, null
//! semantics for hidden questions, score_if, rank weighting, templates, notes, the default
//! rule, collect without repeats, what would change it, and never panicking.

use careerpath::evaluate::{
    CondTrace, Evaluation, decide_outcomes, evaluate, score_range, what_would_change,
};
use careerpath::questionnaire::{Answer, Answers, Questionnaire, load_str};
use careerpath::report::{Format, Report, render};
use proptest::prelude::*;

fn basic() -> Questionnaire {
    load(include_str!("../fixtures/eval/basic.yaml"))
}

fn load(yaml: &str) -> Questionnaire {
    load_str("fixture.yaml", yaml).unwrap_or_else(|e| panic!("fixture does not load:\n{e}"))
}

fn t(s: &str) -> Answer {
    Answer::Text(s.to_owned())
}
fn b(v: bool) -> Answer {
    Answer::Bool(v)
}
fn n(v: f64) -> Answer {
    Answer::Number(v)
}
fn l(items: &[&str]) -> Answer {
    Answer::List(items.iter().map(|s| s.to_string()).collect())
}
fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}
fn score(e: &Evaluation, dim: &str) -> f64 {
    e.scores
        .iter()
        .find(|s| s.id == dim)
        .map_or(f64::NAN, |s| s.value)
}
fn fired(e: &Evaluation) -> Vec<&str> {
    e.fired.iter().map(|f| f.rule.as_str()).collect()
}

struct Case {
    name: &'static str,
    answers: Answers,
    lang: &'static str,
    outcomes: &'static [&'static str],
    fired: &'static [&'static str],
    /// The first reason, rendered.
    reason: &'static str,
    /// The question ids behind the first reason.
    because: &'static [&'static str],
    python: f64,
    rust: f64,
    notes: &'static [&'static str],
    tie: bool,
}

#[test]
fn evaluates_the_basic_fixture() {
    let q = basic();
    let cases = [
        Case {
            name: "all of a condition names every answer it read; {{ }} are literal braces",
            answers: answers(&[("role", t("ml")), ("serving", b(false))]),
            lang: "en",
            outcomes: &["python-first"],
            fired: &["ml-python"],
            reason: "As a future AI/ML engineer you {really} need Python.",
            because: &["role", "serving"],
            python: 3.0,
            rust: 0.0,
            notes: &[],
            tie: false,
        },
        Case {
            name: "`not` over an unanswered question does not hold (like `!` in expressions)",
            answers: answers(&[("role", t("ml"))]),
            lang: "en",
            outcomes: &["both"],
            fired: &["fallback"],
            reason: "Nothing decided it; Python 3, Rust 0.",
            // The default applies because nothing else did: no answer of its own decided it.
            because: &[],
            python: 3.0,
            rust: 0.0,
            notes: &[],
            tie: false,
        },
        Case {
            name: "the same answers in Spanish",
            answers: answers(&[("role", t("ml")), ("serving", b(false))]),
            lang: "es",
            outcomes: &["python-first"],
            fired: &["ml-python"],
            reason: "Como futuro ingeniero de IA necesitas Python.",
            because: &["role", "serving"],
            python: 3.0,
            rust: 0.0,
            notes: &[],
            tie: false,
        },
        Case {
            name: "a visible chain: serving shows gpu; score_if adds points; {q} of a confirm is yes or no is yes or no",
            answers: answers(&[("role", t("ml")), ("serving", b(true)), ("gpu", b(true))]),
            lang: "en",
            outcomes: &["both"],
            fired: &["ml-serving"],
            reason: "You will serve models (serving: yes, GPU: yes).",
            because: &["role", "serving"],
            python: 3.0,
            rust: 3.0,
            notes: &["This was close (lead 0)."],
            tie: false,
        },
        Case {
            name: "hidden questions are null: serving is hidden by role, gpu by serving",
            answers: answers(&[
                ("role", t("systems")),
                ("serving", b(true)),
                ("gpu", b(true)),
            ]),
            lang: "en",
            outcomes: &["rust-first"],
            fired: &["systems"],
            reason: "Rust scores 3 and leads by 3; comfort no answer.",
            because: &["role"],
            python: 0.0,
            rust: 3.0,
            notes: &[],
            tie: false,
        },
        Case {
            name: "any: only the part that held is named; score_if on a scale; scale end label",
            answers: answers(&[("role", t("architect")), ("comfort", n(5.0))]),
            lang: "en",
            outcomes: &["rust-first"],
            fired: &["systems"],
            reason: "Rust scores 4 and leads by 2; comfort 5.",
            because: &["comfort"],
            python: 2.0,
            rust: 4.0,
            notes: &[],
            tie: false,
        },
        Case {
            name: "a tie between priorities goes to the rule written first",
            answers: answers(&[
                ("role", t("architect")),
                ("domains", l(&["llm", "embedded"])),
            ]),
            lang: "en",
            outcomes: &["rust-first"],
            fired: &["embedded"],
            reason: "You picked LLMs and embedded.",
            because: &["domains"],
            python: 4.0,
            rust: 4.0,
            notes: &["This was close (lead 0)."],
            tie: true,
        },
        Case {
            name: "{q.label} of a multi joins with commas and `and`",
            answers: answers(&[
                ("role", t("architect")),
                ("domains", l(&["embedded", "db", "cv"])),
            ]),
            lang: "en",
            outcomes: &["rust-first"],
            fired: &["embedded"],
            reason: "You picked embedded, databases and computer vision.",
            because: &["domains"],
            python: 3.0,
            rust: 5.0,
            notes: &[],
            tie: false,
        },
        Case {
            name: "{q} of a multi is its values; a second rule for the same outcome adds its reason; notes render",
            answers: answers(&[
                ("role", t("architect")),
                ("domains", l(&["llm"])),
                ("hours", n(3.0)),
            ]),
            lang: "en",
            outcomes: &["python-first"],
            fired: &["llm", "short-time"],
            reason: "You picked llm (3 h).",
            because: &["domains"],
            python: 5.0,
            rust: 2.0,
            notes: &["With 3 hours a week, go slowly."],
            tie: false,
        },
        Case {
            name: "a derived name read by a rule stands for the questions behind it",
            answers: answers(&[("role", t("architect")), ("hours", n(3.0))]),
            lang: "en",
            outcomes: &["python-first"],
            fired: &["short-time"],
            reason: "Short on time (3 h).",
            because: &["hours"],
            python: 3.0,
            rust: 2.0,
            notes: &[
                "This was close (lead -1).",
                "With 3 hours a week, go slowly.",
            ],
            tie: false,
        },
        Case {
            name: "rank: the first gets its full score, the last none, the middle half",
            answers: answers(&[
                ("role", t("architect")),
                ("values", l(&["safety", "perf", "speed"])),
            ]),
            lang: "en",
            outcomes: &["rust-first"],
            fired: &["rust-ahead"],
            reason: "Rust is ahead by 5.",
            // The rule read only `lead` (rust minus python, up): the answers that moved it
            // up on balance. Not `role`: architect gave each 2, which moved it neither way.
            because: &["values"],
            python: 2.0,
            rust: 7.0,
            notes: &[],
            tie: false,
        },
        Case {
            name: "no rule matches: the default cites no answer",
            answers: answers(&[
                ("role", t("architect")),
                ("values", l(&["speed", "perf", "safety"])),
            ]),
            lang: "en",
            outcomes: &["both"],
            fired: &["fallback"],
            reason: "Nothing decided it; Python 6, Rust 3.",
            because: &[],
            python: 6.0,
            rust: 3.0,
            notes: &[],
            tie: false,
        },
        Case {
            name: "answers that do not fit are ignored",
            answers: answers(&[
                ("role", n(3.0)),
                ("serving", t("yes")),
                ("domains", l(&["llm", "nope"])),
                ("values", l(&["speed", "speed"])),
                ("hours", n(999.0)),
                ("comfort", n(f64::NAN)),
                ("unknown", b(true)),
            ]),
            lang: "en",
            outcomes: &["both"],
            fired: &["fallback"],
            reason: "Nothing decided it; Python 0, Rust 0.",
            because: &[],
            python: 0.0,
            rust: 0.0,
            notes: &["This was close (lead 0)."],
            tie: false,
        },
        Case {
            name: "no answers at all",
            answers: Answers::new(),
            lang: "fr",
            outcomes: &["both"],
            fired: &["fallback"],
            reason: "Nothing decided it; Python 0, Rust 0.",
            because: &[],
            python: 0.0,
            rust: 0.0,
            notes: &["This was close (lead 0)."],
            tie: false,
        },
    ];
    for c in cases {
        let e = evaluate(&q, &c.answers, c.lang);
        assert_eq!(e.outcomes, c.outcomes, "{}: outcomes", c.name);
        assert_eq!(fired(&e), c.fired, "{}: fired", c.name);
        assert_eq!(e.fired[0].reason, c.reason, "{}: reason", c.name);
        assert_eq!(
            e.fired[0].answers, c.because,
            "{}: answers behind the reason",
            c.name
        );
        assert_eq!(
            (score(&e, "python"), score(&e, "rust")),
            (c.python, c.rust),
            "{}: scores",
            c.name
        );
        assert_eq!(e.notes, c.notes, "{}: notes", c.name);
        assert_eq!(
            e.trace.tie_break.is_some(),
            c.tie,
            "{}: tie break {:?}",
            c.name,
            e.trace.tie_break
        );
        assert_eq!(e.lang, c.lang);
        assert_eq!(
            e.fired[0].default,
            c.fired == ["fallback"],
            "{}: default flag",
            c.name
        );
        // The fast path used for counterfactuals agrees with the full evaluation.
        assert_eq!(
            decide_outcomes(&q, &c.answers),
            e.outcomes,
            "{}: decide_outcomes",
            c.name
        );
    }
}

#[test]
fn tie_break_names_the_rules() {
    let q = basic();
    let e = evaluate(
        &q,
        &answers(&[
            ("role", t("architect")),
            ("domains", l(&["llm", "embedded"])),
        ]),
        "en",
    );
    let tie = e.trace.tie_break.unwrap_or_default();
    assert!(
        tie.contains("`embedded`") && tie.contains("`llm`") && tie.contains("30"),
        "{tie}"
    );
}

#[test]
fn contributions_and_derived_are_traced() {
    let q = basic();
    let a = answers(&[
        ("role", t("ml")),
        ("serving", b(true)),
        ("gpu", b(false)),
        ("values", l(&["perf", "speed", "safety"])),
        ("hours", n(4.0)),
    ]);
    let e = evaluate(&q, &a, "en");
    let got: Vec<(&str, &str, f64, &str)> = e
        .trace
        .contributions
        .iter()
        .map(|c| {
            (
                c.question.as_str(),
                c.dimension.as_str(),
                c.points,
                c.via.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("role", "python", 3.0, "ml"),
            ("serving", "rust", 2.0, "serving"),
            ("values", "rust", 2.0, "perf"),
            ("values", "python", 2.0, "speed"),
            ("hours", "python", 1.0, "hours < 5"),
        ]
    );
    assert_eq!(
        e.derived.get("lead"),
        Some(&careerpath::expr::Value::Number(-2.0))
    );
    assert_eq!(
        e.derived.get("close"),
        Some(&careerpath::expr::Value::Bool(false))
    );
}

#[test]
fn condition_traces_record_every_leaf_and_its_reads() {
    let q = basic();
    let e = evaluate(
        &q,
        &answers(&[("role", t("ml")), ("serving", b(false))]),
        "en",
    );
    // Priority evaluates every rule, so every rule has a trace.
    let rules: Vec<(&str, bool)> = e
        .trace
        .rules
        .iter()
        .map(|r| (r.rule.as_str(), r.matched))
        .collect();
    assert_eq!(
        rules,
        [
            ("ml-python", true),
            ("ml-serving", false),
            ("systems", false),
            ("embedded", false),
            ("llm", false),
            ("rust-ahead", false),
            ("short-time", false),
        ]
    );
    let Some(CondTrace::All { value: true, parts }) = &e.trace.rules[0].condition else {
        panic!("expected an `all` trace: {:?}", e.trace.rules[0].condition);
    };
    let CondTrace::Leaf {
        expr,
        value: true,
        reads,
    } = &parts[0]
    else {
        panic!("{parts:?}")
    };
    assert_eq!(expr, "role == 'ml'");
    assert_eq!(reads.len(), 1);
    assert_eq!(reads[0].name, "role");
    let CondTrace::Not { value: true, part } = &parts[1] else {
        panic!("{parts:?}")
    };
    assert!(matches!(&**part, CondTrace::Leaf { value: false, .. }));
}

const POLICIES: &str = r#"
id: policies
version: 1
title: Policies
dimensions: {a: {label: A}}
sections:
  - id: s
    title: S
    questions:
      - id: x
        type: scale
        prompt: X?
        min: 0
        max: 10
        score_if: [{when: "x >= 0", score: {a: 1}}]
decision:
  policy: POLICY
  rules:
    - {id: low, priority: 1, when: "x >= 1", outcome: o1, because: "low {x}"}
    - {id: high, priority: 5, when: "x >= 5", outcome: o2, because: "high"}
    - {id: higher, priority: 5, when: "x >= 6", outcome: o3, because: "higher"}
    - {id: low-again, priority: 1, when: "x >= 2", outcome: o1, because: "low again"}
    - {id: fallback, default: true, outcome: o0, because: "none, a = {score.a}"}
outcomes:
  o0: {title: Zero, summary: Z}
  o1: {title: One, summary: O}
  o2: {title: Two, summary: T}
  o3: {title: Three, summary: H}
"#;

/// Policy, x, outcomes, fired rules, tie break, rules traced.
type PolicyCase = (
    &'static str,
    Option<f64>,
    &'static [&'static str],
    &'static [&'static str],
    bool,
    usize,
);

#[test]
fn policies() {
    #[rustfmt::skip]
    let cases: &[PolicyCase] = &[
        ("first", None, &["o0"], &["fallback"], false, 5),
        ("first", Some(0.0), &["o0"], &["fallback"], false, 5),
        ("first", Some(7.0), &["o1"], &["low"], false, 1),
        ("first", Some(1.0), &["o1"], &["low"], false, 1),
        ("priority", Some(0.0), &["o0"], &["fallback"], false, 5),
        // Two matches of the same outcome and priority: both give reasons, in file order.
        ("priority", Some(3.0), &["o1"], &["low", "low-again"], true, 4),
        ("priority", Some(5.0), &["o2"], &["high"], false, 4),
        ("priority", Some(7.0), &["o2"], &["high"], true, 4),
        ("collect", Some(0.0), &["o0"], &["fallback"], false, 5),
        ("collect", Some(3.0), &["o1"], &["low", "low-again"], false, 4),
        ("collect", Some(7.0), &["o1", "o2", "o3"], &["low", "high", "higher", "low-again"], false, 4),
    ];
    for &(policy, x, outcomes, rules, tie, traced) in cases {
        let q = load(&POLICIES.replace("POLICY", policy));
        let a: Answers = x.map(|x| ("x".to_owned(), n(x))).into_iter().collect();
        let e = evaluate(&q, &a, "en");
        let label = format!("{policy} x={x:?}");
        assert_eq!(e.outcomes, outcomes, "{label}: outcomes");
        assert_eq!(fired(&e), rules, "{label}: fired");
        assert_eq!(
            e.trace.tie_break.is_some(),
            tie,
            "{label}: tie {:?}",
            e.trace.tie_break
        );
        assert_eq!(e.trace.rules.len(), traced, "{label}: rules traced");
        assert_eq!(decide_outcomes(&q, &a), outcomes, "{label}: fast path");
    }
    let q = load(&POLICIES.replace("POLICY", "first"));
    let e = evaluate(&q, &answers(&[("x", n(0.0))]), "en");
    assert_eq!(e.fired[0].reason, "none, a = 1");
    let e = evaluate(&q, &answers(&[("x", n(4.0))]), "en");
    assert_eq!(e.fired[0].reason, "low 4");
}

#[test]
fn score_ranges_are_reachable_bounds() {
    let q = basic();
    let e = evaluate(&q, &Answers::new(), "en");
    let ranges: Vec<(&str, f64, f64)> = e
        .scores
        .iter()
        .map(|s| (s.id.as_str(), s.min, s.max))
        .collect();
    // python: role 3 + domains llm+cv 3 + values speed first 4 + hours<5 1 = 11
    // rust: role 3 + serving 2 + gpu 1 + domains embedded+db+llm? (max 3 choices: 2+1+0) 3
    //       + values safety first, perf second 4 + 1 = 5 + comfort 2 = 16
    // The ranking is required and always shown: the least rust it can give is safety last,
    // perf in the middle (2 * 0.5).
    assert_eq!(ranges, [("python", 0.0, 11.0), ("rust", 1.0, 16.0)]);
    assert_eq!(score_range(&q), [(0.0, 11.0), (1.0, 16.0)]);
}

#[test]
fn evaluation_is_deterministic() {
    let q = basic();
    let a = answers(&[
        ("role", t("architect")),
        ("domains", l(&["llm", "embedded"])),
        ("hours", n(3.0)),
    ]);
    let first = evaluate(&q, &a, "en");
    for _ in 0..5 {
        assert_eq!(evaluate(&q, &a, "en"), first);
    }
}

#[test]
fn what_would_change_lists_single_answer_flips() {
    let q = basic();
    let a = answers(&[("role", t("ml")), ("serving", b(false)), ("hours", n(8.0))]);
    let current = evaluate(&q, &a, "en");
    assert_eq!(current.outcomes, ["python-first"]);
    let changes = what_would_change(&q, &a, &current, 1000);
    let got: Vec<(&str, &str, Vec<&str>)> = changes
        .iter()
        .map(|c| {
            (
                c.question.as_str(),
                c.to_label.as_str(),
                c.outcomes.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("role", "systems engineer", vec!["rust-first"]),
            ("role", "architect", vec!["both"]),
            // Not `serving: yes`: it opens `gpu`, unanswered, and what it gives rests on that.
        ],
        "{changes:#?}"
    );
    assert!(
        changes
            .iter()
            .all(|c| c.from == a.get(&c.question).cloned())
    );
}

#[test]
fn what_would_change_keeps_the_nearest_number_on_each_side() {
    let q = basic();
    // python 2 vs rust 3: no rule matches, the default gives `both`. Comfort 5 would turn on
    // the `systems` rule (comfort 4 adds points but not enough); under 5 hours the
    // `short-time` rule turns on.
    let a = answers(&[
        ("role", t("architect")),
        ("domains", l(&["db"])),
        ("comfort", n(3.0)),
        ("hours", n(10.0)),
    ]);
    let current = evaluate(&q, &a, "en");
    assert_eq!(current.outcomes, ["both"]);
    let changes = what_would_change(&q, &a, &current, 1000);
    let comfort: Vec<&str> = changes
        .iter()
        .filter(|c| c.question == "comfort")
        .map(|c| c.to_label.as_str())
        .collect();
    assert_eq!(comfort, ["5 (very)"], "{changes:#?}");
    // 4, 3, 2 and 1 hours all give python-first: only the nearest, 4, is kept; nothing above
    // 10 changes the outcome.
    let hours: Vec<(&str, &[String])> = changes
        .iter()
        .filter(|c| c.question == "hours")
        .map(|c| (c.to_label.as_str(), c.outcomes.as_slice()))
        .collect();
    assert_eq!(
        hours,
        [("4 hours", &["python-first".to_owned()][..])],
        "{changes:#?}"
    );
    // Adding a domain: embedded -> rust-first, llm -> python-first (removing db would break min 1).
    let domains: Vec<(&Answer, &[String])> = changes
        .iter()
        .filter(|c| c.question == "domains")
        .map(|c| (&c.to, c.outcomes.as_slice()))
        .collect();
    assert_eq!(
        domains,
        [
            (&l(&["db", "llm"]), &["python-first".to_owned()][..]),
            (&l(&["db", "embedded"]), &["rust-first".to_owned()][..])
        ]
    );
}

#[test]
fn what_would_change_respects_the_budget() {
    let q = basic();
    let a = answers(&[("role", t("ml")), ("serving", b(false))]);
    let current = evaluate(&q, &a, "en");
    assert!(what_would_change(&q, &a, &current, 0).is_empty());
    assert_eq!(what_would_change(&q, &a, &current, 1).len(), 1);
}

fn arb_answer() -> impl Strategy<Value = Answer> {
    let word = prop_oneof![
        Just("ml".to_owned()),
        Just("systems".to_owned()),
        Just("llm".to_owned()),
        Just("embedded".to_owned()),
        Just("speed".to_owned()),
        Just("safety".to_owned()),
        Just("perf".to_owned()),
        ".{0,8}",
    ];
    prop_oneof![
        any::<bool>().prop_map(Answer::Bool),
        prop_oneof![
            any::<f64>(),
            -10.0..50.0f64,
            Just(f64::NAN),
            Just(f64::INFINITY)
        ]
        .prop_map(Answer::Number),
        word.clone().prop_map(Answer::Text),
        prop::collection::vec(word, 0..6).prop_map(Answer::List),
    ]
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    let id = prop_oneof![
        Just("role".to_owned()),
        Just("serving".to_owned()),
        Just("gpu".to_owned()),
        Just("domains".to_owned()),
        Just("values".to_owned()),
        Just("comfort".to_owned()),
        Just("hours".to_owned()),
        Just("nickname".to_owned()),
        "[a-z]{1,6}",
    ];
    prop::collection::btree_map(id, arb_answer(), 0..10)
}

proptest! {
    #[test]
    fn evaluation_never_panics(a in arb_answers(), lang in prop_oneof![Just("en"), Just("es"), Just("xx")]) {
        let q = basic();
        let e = evaluate(&q, &a, lang);
        prop_assert!(!e.outcomes.is_empty());
        prop_assert_eq!(decide_outcomes(&q, &a), e.outcomes.clone());
        let changes = what_would_change(&q, &a, &e, 200);
        for c in &changes {
            prop_assert!(c.outcomes != e.outcomes);
            // The in-place fast path agrees with evaluating the changed answers from scratch.
            let mut changed = a.clone();
            changed.insert(c.question.clone(), c.to.clone());
            prop_assert_eq!(&evaluate(&q, &changed, lang).outcomes, &c.outcomes);
        }
        // Reports of any answers render, and text never carries control characters.
        let report = Report { questionnaire: &q, answers: &a, evaluation: &e, changes: &changes, lang, plan_from: jiff::civil::date(2026, 1, 5), all_changes: false };
        for format in [Format::Text, Format::Markdown, Format::Json] {
            let out = render(&report, format);
            prop_assert!(!out.is_empty());
            if format != Format::Json {
                prop_assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{}", out);
            }
        }
    }
}

#[test]
fn what_would_change_only_tries_answers_the_user_could_give() {
    let yaml = r#"
id: constrained
version: 1
title: C
dimensions: {a: {label: A}}
sections:
  - id: s
    title: S
    questions:
      - id: x
        type: scale
        prompt: X?
        min: 0
        max: 10
        constraint: {expr: "x != 9", message: "not nine"}
        score_if: [{when: "x >= 0", score: {a: 1}}]
decision:
  policy: first
  rules:
    - {id: high, when: "x >= 9", outcome: o2, because: "high"}
    - {id: low, when: "x <= 1", outcome: o0, because: "low"}
    - {id: fallback, default: true, outcome: o1, because: "middle"}
outcomes:
  o0: {title: Zero, summary: Z}
  o1: {title: One, summary: O}
  o2: {title: Two, summary: T}
"#;
    let q = load(yaml);
    let a = answers(&[("x", n(5.0))]);
    let current = evaluate(&q, &a, "en");
    let got: Vec<(Answer, Vec<String>)> = what_would_change(&q, &a, &current, 100)
        .into_iter()
        .map(|c| (c.to, c.outcomes))
        .collect();
    // 9 would be nearest above, but the constraint refuses it; below, 1 is nearest.
    assert_eq!(
        got,
        [
            (n(1.0), vec!["o0".to_owned()]),
            (n(10.0), vec!["o2".to_owned()])
        ]
    );
}

#[test]
fn what_would_change_agrees_with_full_evaluations_on_the_builtin_personas() {
    let q = careerpath::questionnaire::builtin().unwrap_or_else(|e| panic!("{e}"));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let a = careerpath::questionnaire::load_answers(&q, &entry.path())
            .unwrap_or_else(|e| panic!("{e}"));
        let e = evaluate(&q, &a, "en");
        for c in what_would_change(&q, &a, &e, 10_000) {
            let mut changed = a.clone();
            changed.insert(c.question.clone(), c.to.clone());
            assert_eq!(
                evaluate(&q, &changed, "en").outcomes,
                c.outcomes,
                "{:?}: {c:?}",
                entry.path()
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} changes checked");
}

/// A change to a number is named as finely as the question takes answers: with steps of
/// 0.001, `a * b > 100` from a 5 and b 3 turns at b 20.001, which "20" would not.
#[test]
fn number_changes_are_named_to_the_questions_step() {
    let q = load(
        r#"
id: fine
version: 1
title: Fine
dimensions:
  x: {label: X}
sections:
  - id: s
    title: S
    questions:
      - {id: a, type: number, prompt: A?, min: 0, max: 1000, step: 0.001}
      - {id: b, type: number, prompt: B?, min: 0, max: 1000, step: 0.001}
decision:
  policy: first
  rules:
    - {id: big, when: "a * b > 100", outcome: y, because: big}
    - {id: d, default: true, outcome: n, because: small}
outcomes:
  y: {title: Y, summary: Y.}
  n: {title: N, summary: N.}
"#,
    );
    let b: Vec<(String, Answer)> = changes_to(&q, &answers(&[("a", n(5.0)), ("b", n(3.0))]))
        .into_iter()
        .filter(|(question, ..)| question == "b")
        .map(|(_, label, to)| (label, to))
        .collect();
    assert_eq!(b, [("20.001".to_owned(), n(20.001))]);
}

/// Each change "what would change it" lists: (question, label, answer).
fn changes_to(q: &Questionnaire, a: &Answers) -> Vec<(String, String, Answer)> {
    let current = evaluate(q, a, "en");
    what_would_change(q, a, &current, 1000)
        .into_iter()
        .map(|c| (c.question, c.to_label, c.to))
        .collect()
}

/// A change to a number is tried at the value a person would type: on a grid of 0.1,
/// `score.x > 0.3` turns at 0.4. It was tried at 0.30000000000000004 (three steps added
/// up), which turns it, and named "0.3", which does not.
#[test]
fn number_changes_are_tried_on_the_steps_decimals() {
    let q = load(
        r#"
id: grid
version: 1
title: Grid
dimensions:
  x: {label: X}
sections:
  - id: s
    title: S
    questions:
      - {id: n, type: number, prompt: N?, min: 0, max: 3, step: 0.1, score: {x: 1}}
decision:
  policy: first
  rules:
    - {id: high, when: "score.x > 0.3", outcome: y, because: high}
    - {id: d, default: true, outcome: n, because: low}
outcomes:
  y: {title: Y, summary: Y.}
  n: {title: N, summary: N.}
"#,
    );
    let to = changes_to(&q, &answers(&[("n", n(0.0))]));
    assert_eq!(to, [("n".to_owned(), "0.4".to_owned(), n(0.4))]);
    let flipped = evaluate(&q, &answers(&[("n", n(0.4))]), "en");
    assert_eq!(flipped.outcomes, ["y"]);
}

/// "What would change it" tries ticking "None of these" (`exclusive`), which replaces the
/// other choices, and from it each other choice alone.
#[test]
fn what_would_change_tries_the_exclusive_choice_alone() {
    let q = crate::support::exclusive("max: 2");
    let list = |v: &[&str]| Answer::List(v.iter().map(|s| (*s).to_owned()).collect());
    let to = |from: &[&str]| {
        let answers: Answers = [("feats".to_owned(), list(from))].into_iter().collect();
        let e = careerpath::evaluate::evaluate(&q, &answers, "en");
        let mut tos: Vec<(Answer, String)> =
            careerpath::evaluate::what_would_change(&q, &answers, &e, 2000)
                .into_iter()
                .map(|c| (c.to, c.outcomes.join(",")))
                .collect();
        tos.sort_by_key(|t| format!("{t:?}"));
        tos
    };
    assert!(to(&["export", "search"]).contains(&(list(&["none"]), "nouse".to_owned())));
    assert!(to(&["none"]).contains(&(list(&["export"]), "export".to_owned())));
    assert!(to(&["none"]).contains(&(list(&["search"]), "other".to_owned())));
}
