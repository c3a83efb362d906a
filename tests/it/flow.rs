//! Flow over the evaluator fixture: visibility chains, navigation, branch-aware progress,
//! pruning, answer labels and the shared answer validation.

use careerpath::expr::Value;
use careerpath::flow::{
    Progress, answer_label, check_constraint, env, first_unanswered, next, prev, progress, prune,
    visible,
};
use careerpath::questionnaire::{Answer, Answers, Questionnaire, load_str};

fn basic() -> Questionnaire {
    load_str("basic.yaml", include_str!("../fixtures/eval/basic.yaml"))
        .unwrap_or_else(|e| panic!("{e}"))
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
fn ids(q: &Questionnaire, idx: &[usize]) -> Vec<String> {
    idx.iter().map(|&i| q.questions[i].id.clone()).collect()
}

const ALWAYS: [&str; 6] = ["role", "domains", "values", "comfort", "hours", "nickname"];

#[test]
fn visibility_follows_the_chain() {
    let q = basic();
    let with = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = ALWAYS.iter().map(|s| s.to_string()).collect();
        for (k, e) in extra.iter().enumerate() {
            v.insert(1 + k, e.to_string());
        }
        v
    };
    let cases: Vec<(&str, Answers, Vec<String>)> = vec![
        (
            "nothing answered: conditions on null are false",
            Answers::new(),
            with(&[]),
        ),
        (
            "ml shows serving",
            answers(&[("role", t("ml"))]),
            with(&["serving"]),
        ),
        (
            "serving true shows gpu",
            answers(&[("role", t("ml")), ("serving", b(true))]),
            with(&["serving", "gpu"]),
        ),
        (
            "serving false hides gpu",
            answers(&[("role", t("ml")), ("serving", b(false))]),
            with(&["serving"]),
        ),
        (
            "a hidden serving keeps gpu hidden even though its stale answer is true",
            answers(&[
                ("role", t("systems")),
                ("serving", b(true)),
                ("gpu", b(true)),
            ]),
            with(&[]),
        ),
        (
            "an answer that does not fit counts as none",
            answers(&[("role", n(1.0))]),
            with(&[]),
        ),
    ];
    for (name, a, want) in cases {
        assert_eq!(ids(&q, &visible(&q, &a)), want, "{name}");
    }
}

#[test]
fn env_holds_only_visible_fitting_answers() {
    let q = basic();
    let a = answers(&[
        ("role", t("systems")),
        ("serving", b(true)),
        ("domains", l(&["llm", "db"])),
        ("hours", n(500.0)),
        ("nickname", t("Ana")),
    ]);
    let e = env(&q, &a);
    let mut keys: Vec<&str> = e.values.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["domains", "nickname", "role"]);
    assert_eq!(
        e.values["domains"],
        Value::List(vec![Value::Str("llm".into()), Value::Str("db".into())])
    );
}

#[test]
fn next_prev_and_first_unanswered_skip_hidden_questions() {
    let q = basic();
    let idx = |id: &str| q.question_index(id).unwrap_or(usize::MAX);
    let systems = answers(&[("role", t("systems"))]);
    let ml = answers(&[("role", t("ml")), ("serving", b(true))]);
    assert_eq!(next(&q, &systems, None), Some(idx("role")));
    assert_eq!(next(&q, &systems, Some(idx("role"))), Some(idx("domains")));
    assert_eq!(next(&q, &ml, Some(idx("role"))), Some(idx("serving")));
    assert_eq!(next(&q, &ml, Some(idx("serving"))), Some(idx("gpu")));
    assert_eq!(next(&q, &ml, Some(idx("nickname"))), None);
    assert_eq!(prev(&q, &systems, idx("domains")), Some(idx("role")));
    assert_eq!(prev(&q, &ml, idx("domains")), Some(idx("gpu")));
    assert_eq!(prev(&q, &ml, idx("role")), None);
    assert_eq!(first_unanswered(&q, &Answers::new()), Some(idx("role")));
    assert_eq!(first_unanswered(&q, &systems), Some(idx("domains")));
    assert_eq!(first_unanswered(&q, &ml), Some(idx("gpu")));
    let mut all = ml.clone();
    for (k, v) in [
        ("gpu", b(false)),
        ("domains", l(&["llm"])),
        ("values", l(&["speed", "safety", "perf"])),
        ("comfort", n(2.0)),
        ("hours", n(5.0)),
        ("nickname", t("x")),
    ] {
        all.insert(k.to_owned(), v);
    }
    assert_eq!(first_unanswered(&q, &all), None);
}

#[test]
fn progress_follows_the_branches() {
    let q = basic();
    let idx = |id: &str| q.question_index(id).unwrap_or(usize::MAX);
    let cases = [
        (
            "start",
            Answers::new(),
            "role",
            Progress {
                position: 1,
                total: 6,
                exact: false,
            },
        ),
        (
            "ml adds serving",
            answers(&[("role", t("ml"))]),
            "serving",
            Progress {
                position: 2,
                total: 7,
                exact: false,
            },
        ),
        (
            "serving adds gpu",
            answers(&[("role", t("ml")), ("serving", b(true))]),
            "domains",
            Progress {
                position: 4,
                total: 8,
                exact: false,
            },
        ),
        (
            "systems takes the short way",
            answers(&[("role", t("systems"))]),
            "domains",
            Progress {
                position: 2,
                total: 6,
                exact: false,
            },
        ),
        (
            "a question hidden by the answers still counts while it is shown",
            answers(&[("role", t("systems"))]),
            "serving",
            Progress {
                position: 2,
                total: 7,
                exact: false,
            },
        ),
        (
            "the last",
            answers(&[("role", t("systems"))]),
            "nickname",
            Progress {
                position: 6,
                total: 6,
                exact: false,
            },
        ),
    ];
    for (name, a, at, want) in cases {
        assert_eq!(progress(&q, &a, idx(at)), want, "{name}");
    }
}

/// A questionnaire that asks every question always counts them exactly: "of 5", not
/// "of about 5"; one with a single condition never does.
#[test]
fn progress_is_exact_only_without_conditions() {
    let wellbeing = load_str(
        "wellbeing.yaml",
        include_str!("../../questions/examples/wellbeing.yaml"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let want = Progress {
        position: 1,
        total: 5,
        exact: true,
    };
    assert_eq!(progress(&wellbeing, &Answers::new(), 0), want);
    assert!(!progress(&basic(), &Answers::new(), 0).exact);
}

#[test]
fn prune_drops_hidden_answers_until_stable() {
    let q = basic();
    let cases: Vec<(&str, Answers, Vec<&str>, Vec<&str>)> = vec![
        (
            "changing role hides serving, which hides gpu",
            answers(&[
                ("role", t("systems")),
                ("serving", b(true)),
                ("gpu", b(false)),
                ("hours", n(3.0)),
            ]),
            vec!["serving", "gpu"],
            vec!["hours", "role"],
        ),
        (
            "serving false hides gpu",
            answers(&[("role", t("ml")), ("serving", b(false)), ("gpu", b(true))]),
            vec!["gpu"],
            vec!["role", "serving"],
        ),
        (
            "nothing to drop",
            answers(&[("role", t("ml")), ("serving", b(true))]),
            vec![],
            vec!["role", "serving"],
        ),
        (
            "unknown ids are left alone",
            answers(&[("stale", b(true))]),
            vec![],
            vec!["stale"],
        ),
    ];
    for (name, mut a, dropped, kept) in cases {
        let ids: Vec<String> = prune(&q, &mut a).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, dropped, "{name}: dropped");
        assert_eq!(
            a.keys().map(String::as_str).collect::<Vec<_>>(),
            kept,
            "{name}: kept"
        );
        assert!(prune(&q, &mut a).is_empty(), "{name}: stable");
    }
}

#[test]
fn answer_labels() {
    let q = basic();
    let question = |id: &str| q.question(id).unwrap_or_else(|| panic!("{id}"));
    let cases = [
        ("role", t("ml"), "en", "AI/ML engineer"),
        ("role", t("ml"), "es", "ingeniero de IA"),
        ("role", t("gone"), "en", "gone"),
        ("serving", b(true), "en", "yes"),
        ("serving", b(false), "es", "no"),
        ("domains", l(&["llm", "db"]), "en", "LLMs, databases"),
        ("domains", l(&[]), "en", "none of them"),
        ("domains", l(&[]), "es", "ninguna"),
        (
            "values",
            l(&["perf", "speed", "safety"]),
            "en",
            "performance > shipping fast > memory safety",
        ),
        ("comfort", n(1.0), "en", "1 (not at all)"),
        ("comfort", n(3.0), "en", "3"),
        ("comfort", n(5.0), "en", "5 (very)"),
        ("hours", n(6.0), "en", "6 hours"),
        ("hours", n(1.0), "en", "1 hour"),
        ("hours", n(1.0), "es", "1 hora"),
        ("hours", n(2.5), "es", "2.5 horas"),
        ("nickname", t("Ana"), "en", "Ana"),
    ];
    for (id, a, lang, want) in cases {
        assert_eq!(
            answer_label(question(id), &a, lang, &q.default_lang),
            want,
            "{id} {a:?} {lang}"
        );
    }
}

#[test]
fn check_constraint_validates_shape_then_constraint() {
    let q = basic();
    let idx = |id: &str| q.question_index(id).unwrap_or(usize::MAX);
    let systems = answers(&[("role", t("systems"))]);
    let ml = answers(&[("role", t("ml"))]);
    let ok = |r: Result<(), String>| r.map_err(|e| e.to_string());
    assert_eq!(
        ok(check_constraint(&q, idx("hours"), &ml, &n(1.0), "en")),
        Ok(())
    );
    assert_eq!(
        ok(check_constraint(&q, idx("hours"), &systems, &n(2.0), "en")),
        Ok(())
    );
    assert_eq!(
        check_constraint(&q, idx("hours"), &systems, &n(1.0), "en"),
        Err("Systems work needs at least 2 hours a week.".to_owned())
    );
    assert_eq!(
        check_constraint(&q, idx("hours"), &systems, &n(1.0), "es"),
        Err("El trabajo de sistemas necesita al menos 2 horas por semana.".to_owned())
    );
    for (id, candidate) in [
        ("hours", n(41.0)),
        ("hours", t("many")),
        ("role", t("nope")),
        ("domains", l(&[])),
        ("domains", l(&["llm", "llm"])),
        ("values", l(&["speed"])),
        ("comfort", n(2.5)),
        ("nickname", t("a name that is much too long to fit")),
    ] {
        assert!(
            check_constraint(&q, idx(id), &ml, &candidate, "en").is_err(),
            "{id} {candidate:?} should be refused"
        );
    }
    assert!(check_constraint(&q, 999, &ml, &n(1.0), "en").is_err());
}

/// The sitting (TUI and plain mode) and the engine (`evaluate`'s what-would-change) share
/// one constraint check: on every candidate they accept and refuse alike, and a refused
/// constraint gives both the same message in the same language.
#[test]
fn the_sitting_and_the_engine_check_constraints_alike() {
    use careerpath::session::Session;
    use careerpath::sitting::{Refusal, Sitting};
    let q = basic();
    let idx = |id: &str| q.question_index(id).unwrap();
    let systems = answers(&[("role", t("systems"))]);
    let ml = answers(&[("role", t("ml")), ("serving", b(true))]);
    let candidates = [
        ("hours", n(1.0)),
        ("hours", n(2.0)),
        ("hours", n(41.0)),
        ("hours", t("many")),
        ("role", t("nope")),
        ("role", t("embedded")),
        ("domains", l(&[])),
        ("domains", l(&["llm"])),
        ("domains", l(&["llm", "llm"])),
        ("values", l(&["speed"])),
        ("comfort", n(2.5)),
        ("comfort", n(3.0)),
        ("nickname", t("Ana")),
        ("nickname", t("a name that is much too long to fit")),
    ];
    let mut constraints = 0;
    for (given, lang) in [(&systems, "en"), (&systems, "es"), (&ml, "en")] {
        let mut session = Session::new(&q, lang, "2026-11-27T10:00:00Z".parse().unwrap());
        session.answers = given.clone();
        let sitting = Sitting::new(&q, session, true);
        for (id, candidate) in &candidates {
            let engine = check_constraint(&q, idx(id), given, candidate, lang);
            let person = sitting.check(&q, idx(id), candidate);
            let case = format!("{id} {candidate:?} {lang}: {engine:?} / {person:?}");
            match person {
                Ok(()) => assert_eq!(engine, Ok(()), "{case}"),
                Err(Refusal::Constraint(message)) => {
                    constraints += 1;
                    assert_eq!(engine, Err(message), "{case}");
                }
                Err(_) => assert!(engine.is_err(), "{case}"),
            }
        }
    }
    assert_eq!(
        constraints, 2,
        "the constraint was refused in English and Spanish"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn arb_answers() -> impl Strategy<Value = Answers> {
        let id = prop_oneof![
            Just("role"),
            Just("serving"),
            Just("gpu"),
            Just("domains"),
            Just("hours"),
            Just("other"),
        ];
        let answer = prop_oneof![
            any::<bool>().prop_map(Answer::Bool),
            (0.0..50.0f64).prop_map(Answer::Number),
            prop_oneof![Just("ml"), Just("systems"), Just("architect"), Just("x")]
                .prop_map(|s| Answer::Text(s.to_owned())),
            prop::collection::vec(prop_oneof![Just("llm"), Just("db"), Just("zz")], 0..4)
                .prop_map(|v| Answer::List(v.into_iter().map(str::to_owned).collect())),
        ];
        prop::collection::btree_map(id.prop_map(str::to_owned), answer, 0..6)
    }

    proptest! {
        #[test]
        fn prune_is_stable_and_keeps_only_visible_answers(mut a in arb_answers()) {
            let q = basic();
            let before = a.clone();
            let dropped = prune(&q, &mut a);
            prop_assert!(prune(&q, &mut a).is_empty());
            prop_assert_eq!(before.len(), a.len() + dropped.len());
            let shown = visible(&q, &a);
            for id in a.keys() {
                if let Some(i) = q.question_index(id) {
                    prop_assert!(shown.contains(&i), "{} kept but hidden", id);
                }
            }
            // Pruning never changes what is visible.
            prop_assert_eq!(visible(&q, &before), shown.clone());
            for &i in &shown {
                let p = progress(&q, &a, i);
                prop_assert!(p.position >= 1 && p.position <= p.total);
            }
        }
    }
}
