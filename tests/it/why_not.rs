//! Why not the others: for each outcome that did not win, the closest rule and its failed
//! conditions with the value each needed and found. Table tests over a fixture that loses
//! every way under `priority`, the built-in questionnaire and the examples (`first`, `top`,
//! `collect`); the sentences in English and Spanish; the CLI in every format; the results
//! screen (snapshots, and the `a` key showing them all).

use std::path::Path;

use careerpath::evaluate::{
    Evaluation, Found, MAX_WHY_NOT_LINES, Op, Subject, Why, WhyNot, evaluate, result_env, why_not,
};
use careerpath::expr::{Expr, Value};
use careerpath::questionnaire::{
    Answer, Answers, Policy, Questionnaire, builtin, load_answers, load_str,
};
use careerpath::report::Report;

const FIXTURE: &str = "tests/fixtures/why-not/priority.yaml";

fn load(path: &str) -> Questionnaire {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{path}: {e}"));
    load_str(path, &text).unwrap_or_else(|e| panic!("{e}"))
}

fn career() -> Questionnaire {
    builtin().unwrap_or_else(|e| panic!("{e}"))
}

fn persona(q: &Questionnaire, file: &str) -> Answers {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/personas")
        .join(file);
    load_answers(q, &path).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

fn text(v: &str) -> Answer {
    Answer::Text(v.into())
}

fn list(items: &[&str]) -> Answer {
    Answer::List(items.iter().map(|s| (*s).to_owned()).collect())
}

fn value(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Str(s) => s.clone(),
        Value::List(items) => format!(
            "[{}]",
            items.iter().map(value).collect::<Vec<_>>().join(",")
        ),
    }
}

/// One why-not in a line: `closest R: subject op needed => found; ... (below W)`.
fn brief(w: &WhyNot) -> String {
    match &w.why {
        Why::Outranked { rule, by } => format!("outranked {rule} by {by}"),
        Why::Closest {
            rule,
            failed,
            below,
            fallback_but,
        } => {
            let parts: Vec<String> = failed
                .iter()
                .map(|f| {
                    let subject = match &f.subject {
                        Some(Subject::Question(q)) => q.clone(),
                        Some(Subject::Score(d)) => format!("score.{d}"),
                        Some(Subject::Derived(n)) => format!("derived {n}"),
                        None => format!("`{}`", f.expr),
                    };
                    let needed: Vec<String> = f.needed.iter().map(value).collect();
                    let found = match &f.found {
                        Found::Answer(v) => format!("answer {}", value(v)),
                        Found::Unanswered => "unanswered".into(),
                        Found::NotAsked(by) => format!("not asked ({})", by.join(",")),
                        Found::Value(v) => format!("value {}", value(v)),
                        Found::Reads(r) => format!("{} reads", r.len()),
                    };
                    format!("{subject} {:?} {} => {found}", f.op, needed.join("|"))
                })
                .collect();
            let below = below
                .as_ref()
                .map_or_else(String::new, |b| format!(" (below {b})"));
            let fallback = fallback_but
                .as_ref()
                .map_or_else(String::new, |b| format!(" (fallback but {b})"));
            format!("closest {rule}: {}{below}{fallback}", parts.join("; "))
        }
        Why::Ranked {
            dimension,
            rank,
            clear,
            ..
        } => format!("ranked {dimension} #{rank} clear={clear}"),
        Why::Fallback => "fallback".into(),
        Why::Unreachable => "unreachable".into(),
    }
}

fn report<'a>(
    q: &'a Questionnaire,
    a: &'a Answers,
    e: &'a Evaluation,
    lang: &'a str,
) -> Report<'a> {
    Report {
        questionnaire: q,
        answers: a,
        evaluation: e,
        changes: &careerpath::evaluate::NO_CHANGES,
        lang,
        plan_from: jiff::civil::date(2026, 1, 5),
        all_changes: true,
    }
}

struct Case {
    name: &'static str,
    answers: Answers,
    /// The outcome that won.
    won: &'static str,
    /// (outcome, brief) for every outcome that did not win, in file order.
    why_not: &'static [(&'static str, &'static str)],
}

#[test]
fn the_fixture_loses_every_way() {
    let q = load(FIXTURE);
    let cases = [
        Case {
            name: "ml, not serving: a twin of the same priority, a closest rule, a fallback",
            answers: answers(&[
                ("role", text("ml")),
                ("serving", Answer::Bool(false)),
                ("hours", Answer::Number(5.0)),
            ]),
            won: "python",
            why_not: &[
                // Of two numbers, the one nearer what it needed: 5 hours of 10 is closer
                // than not knowing Rust.
                (
                    "rust",
                    "closest rust-known: hours Ge 10 => answer 5 (below ml-no-serving)",
                ),
                (
                    "both",
                    "closest ml-serving: serving Eq true => answer false",
                ),
                ("data", "outranked ml-twin by ml-no-serving"),
                (
                    "go",
                    "closest go: hours Ge 20 => answer 5 (below ml-no-serving)",
                ),
                ("undecided", "fallback"),
                ("never", "unreachable"),
            ],
        },
        Case {
            name: "ml, serving unanswered: `not` of an unanswered question does not hold",
            answers: answers(&[("role", text("ml"))]),
            won: "python",
            why_not: &[
                (
                    "rust",
                    "closest rust-score: score.rust Ge 5 => value 0 (below ml)",
                ),
                ("both", "closest ml-serving: serving Eq true => unanswered"),
                // Equal count and distance: the higher priority.
                ("data", "closest ml-twin: serving Eq false => unanswered"),
                ("go", "closest go: hours Ge 20 => unanswered (below ml)"),
                ("undecided", "fallback"),
                ("never", "unreachable"),
            ],
        },
        Case {
            name: "ml knowing Python: held, but a higher priority decided",
            answers: answers(&[("role", text("ml")), ("known", list(&["python"]))]),
            won: "python",
            why_not: &[
                (
                    "rust",
                    "closest rust-score: score.rust Ge 5 => value 0 (below ml)",
                ),
                ("both", "closest ml-serving: serving Eq true => unanswered"),
                ("data", "outranked ml-data by ml"),
                ("go", "closest go: hours Ge 20 => unanswered (below ml)"),
                ("undecided", "fallback"),
                ("never", "unreachable"),
            ],
        },
        Case {
            name: "backend knowing Rust: a choice, and a question that was not asked",
            answers: answers(&[("role", text("backend")), ("known", list(&["rust"]))]),
            won: "rust",
            why_not: &[
                // One failing part (`ml`) beats two (`ml-no-serving`).
                ("python", "closest ml: role Eq ml => answer backend"),
                (
                    "both",
                    "closest ml-serving: role Eq ml => answer backend; serving Eq true => not asked (role)",
                ),
                // A question that was not asked is further than one that was: another
                // answer must change first.
                (
                    "data",
                    "closest ml-data: role Eq ml => answer backend; known Includes python => answer [rust]",
                ),
                (
                    "go",
                    "closest go: hours Ge 20 => unanswered (below rust-score)",
                ),
                ("undecided", "fallback"),
                ("never", "unreachable"),
            ],
        },
        Case {
            name: "architect: a score that was short, the fallback decided",
            answers: answers(&[("role", text("architect"))]),
            won: "undecided",
            why_not: &[
                ("python", "closest ml: role Eq ml => answer architect"),
                // 1 of the 5 it needs (over a range of 7) beats an unanswered `any`.
                ("rust", "closest rust-score: score.rust Ge 5 => value 1"),
                (
                    "both",
                    "closest ml-serving: role Eq ml => answer architect; serving Eq true => not asked (role)",
                ),
                (
                    "data",
                    "closest ml-data: role Eq ml => answer architect; known Includes python => unanswered",
                ),
                ("go", "closest go: hours Ge 20 => unanswered"),
                ("never", "unreachable"),
            ],
        },
    ];
    for c in cases {
        let e = evaluate(&q, &c.answers, "en");
        assert_eq!(e.outcomes, [c.won], "{}", c.name);
        let got: Vec<(String, String)> = why_not(&q, &c.answers, &e)
            .iter()
            .map(|w| (w.outcome.clone(), brief(w)))
            .collect();
        let want: Vec<(String, String)> = c
            .why_not
            .iter()
            .map(|(o, b)| ((*o).to_owned(), (*b).to_owned()))
            .collect();
        assert_eq!(got, want, "{}", c.name);
    }
}

/// The sentences: labels, not values, in the session's language.
#[test]
fn sentences_use_labels_in_the_language() {
    let q = load(FIXTURE);
    let cases: &[(&str, Answers, &str, &[&str])] = &[
        (
            "en",
            answers(&[("role", text("backend")), ("known", list(&["rust"]))]),
            "both",
            &[
                "Both: the closest rule, `ml-serving`, needs:",
                "“Where are you heading?” = “AI/ML engineer”, you answered “Backend engineer”",
                "“Will you serve models?” = yes, it was not asked, because of your answer to “Where are you heading?”",
            ],
        ),
        (
            "es",
            answers(&[("role", text("backend")), ("known", list(&["rust"]))]),
            "both",
            &[
                "Los dos: la regla más cercana, `ml-serving`, necesita:",
                "«¿Hacia dónde vas?» = «Ingeniero/a de IA», respondiste «Ingeniero/a de backend»",
                "«¿Servirás modelos?» = sí, no se preguntó, por tu respuesta a «¿Hacia dónde vas?»",
            ],
        ),
        (
            "en",
            answers(&[("role", text("architect"))]),
            "rust",
            &[
                "Rust first: the closest rule, `rust-score`, needs:",
                "the Rust score ≥ 5, yours is 1",
            ],
        ),
        (
            "es",
            answers(&[("role", text("ml")), ("hours", Answer::Number(5.0))]),
            "go",
            &[
                "También Go: la regla más cercana, `go`, está por debajo de `ml`, que decidió; necesita:",
                "«¿Horas a la semana?» ≥ 20 h, respondiste 5 h",
            ],
        ),
        (
            "en",
            answers(&[("role", text("ml"))]),
            "data",
            &[
                "Data path: the closest rule, `ml-twin`, needs:",
                "“Will you serve models?” = no, you did not answer it",
            ],
        ),
        (
            "en",
            answers(&[("role", text("ml")), ("serving", Answer::Bool(false))]),
            "data",
            &[
                "Data path: rule `ml-twin` holds too, but `ml-no-serving` decided: it has the same priority and is written first.",
            ],
        ),
        (
            "en",
            answers(&[("role", text("ml")), ("known", list(&["python"]))]),
            "data",
            &[
                "Data path: rule `ml-data` holds too, but `ml` decided: its priority is higher (40 against 35).",
            ],
        ),
        (
            "es",
            answers(&[("role", text("ml"))]),
            "undecided",
            &[
                "Sin decidir: solo la da la regla por defecto, que se aplica únicamente cuando ninguna regla se cumple.",
            ],
        ),
        (
            "en",
            answers(&[("role", text("ml"))]),
            "never",
            &["Never given: no rule gives it."],
        ),
    ];
    for (lang, a, outcome, want) in cases {
        let e = evaluate(&q, a, lang);
        let r = report(&q, a, &e, lang);
        let w = r
            .why_not()
            .into_iter()
            .find(|w| w.why.outcome == *outcome)
            .unwrap_or_else(|| panic!("no why-not for {outcome}"));
        let mut got = vec![w.head];
        got.extend(w.lines);
        assert_eq!(got, *want, "{lang} {outcome}");
    }
}

#[test]
fn the_built_in_questionnaire_names_the_closest_rule_with_labels() {
    let q = career();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "ai_engineer_knows_rust.yaml",
            "rust-first",
            "closest systems-rust: role Eq backend_systems => answer ai_ml",
            "“Where do you want to be in three to five years?” = “Systems engineer: high-performance, distributed or infrastructure software”, you answered “AI/ML engineer”",
        ),
        (
            // A tie on points: the rule that needs Rust ahead is the nearest, by a point.
            "architect_tie.yaml",
            "both-rust-then-python",
            "closest architect-rust-then-python: derived lead Gt 0 => value 0",
            "`lead` > 0, it is 0 (`lead` = `score.rust - score.python`)",
        ),
    ];
    for (file, outcome, want, line) in cases {
        let a = persona(&q, file);
        let e = evaluate(&q, &a, "en");
        let all = why_not(&q, &a, &e);
        let w = all
            .iter()
            .find(|w| w.outcome == *outcome)
            .unwrap_or_else(|| panic!("{file}: no why-not for {outcome}"));
        assert_eq!(brief(w), *want, "{file}");
        let r = report(&q, &a, &e, "en");
        let lines = r.why_not();
        let shown = lines
            .iter()
            .find(|w| w.why.outcome == *outcome)
            .map(|w| w.lines.clone())
            .unwrap_or_default();
        assert_eq!(shown, [*line], "{file}");
    }
}

#[test]
fn top_policy_says_where_the_dimension_ranks_or_that_no_lead_is_clear() {
    let q = load("questions/examples/riasec.yaml");
    let riasec = |ratings: [f64; 6]| -> Answers {
        let mut a = Answers::new();
        for (letter, r) in ['r', 'i', 'a', 's', 'e', 'c'].into_iter().zip(ratings) {
            for k in 1..=10 {
                a.insert(format!("{letter}{k}"), Answer::Number(r));
            }
        }
        a
    };
    /// (name, ratings, outcome, brief, lines)
    type Case<'a> = (&'a str, [f64; 6], &'a str, &'a str, &'a [&'a str]);
    let cases: &[Case] = &[
        (
            "a clear profile: Realistic ranks fifth",
            [1.0, 5.0, 4.0, 3.0, 1.0, 2.0],
            "realistic",
            "ranked realistic #5 clear=true",
            &[
                "Realistic (doing) among the top 3 (at least 30); it ranks 5 with 10, level with one other",
            ],
        ),
        (
            "a flat profile: in the top three, but no lead",
            [3.0; 6],
            "realistic",
            "ranked realistic #1 clear=false",
            &["the highest and lowest scores at least 6 apart; they are 0 apart"],
        ),
        (
            "a clear profile: the fallback lost",
            [1.0, 5.0, 4.0, 3.0, 1.0, 2.0],
            "no-clear-lead",
            "fallback",
            &[],
        ),
    ];
    for (name, ratings, outcome, want, lines) in cases {
        let a = riasec(*ratings);
        let e = evaluate(&q, &a, "en");
        let r = report(&q, &a, &e, "en");
        let w = r
            .why_not()
            .into_iter()
            .find(|w| w.why.outcome == *outcome)
            .unwrap_or_else(|| panic!("{name}: no why-not for {outcome}"));
        assert_eq!(brief(&w.why), *want, "{name}");
        assert_eq!(w.lines, *lines, "{name}");
        if *outcome == "no-clear-lead" {
            assert!(
                w.head.contains("the ranking has no clear lead"),
                "{}",
                w.head
            );
        }
    }
}

/// Every example and the built-in questionnaire, over personas and sample answers: one
/// entry per outcome that did not win, none for one that did; a closest rule really did
/// not hold and each failed part really found something other than what it needed; an
/// outranked rule really held; and under `collect` nothing is outranked.
#[test]
fn every_questionnaire_explains_every_losing_outcome_truthfully() {
    let mut sets: Vec<(String, Questionnaire, Vec<Answers>)> = Vec::new();
    let q = career();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas");
    let mut personas: Vec<Answers> = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.extension().is_some_and(|x| x == "yaml") {
            personas.push(load_answers(&q, &path).unwrap_or_else(|e| panic!("{e}")));
        }
    }
    personas.push(Answers::new());
    sets.push(("career".into(), q, personas));
    for name in ["riasec", "big-five", "nps", "wellbeing"] {
        let q = load(&format!("questions/examples/{name}.yaml"));
        let samples = [0.0, 1.0, 3.0, 5.0, 9.0]
            .into_iter()
            .map(|v| {
                q.questions
                    .iter()
                    .map(|x| (x.id.clone(), Answer::Number(v)))
                    .collect::<Answers>()
            })
            .chain([Answers::new()])
            .collect();
        sets.push((name.into(), q, samples));
    }
    let q = load("tests/fixtures/valid/policy-collect.yaml");
    let collect = ["ml", "systems", "architect"]
        .into_iter()
        .map(|r| answers(&[("role", text(r))]))
        .collect();
    sets.push(("policy-collect".into(), q, collect));
    let q = load(FIXTURE);
    let fixture = ["ml", "backend", "architect"]
        .into_iter()
        .map(|r| answers(&[("role", text(r)), ("hours", Answer::Number(12.0))]))
        .collect();
    sets.push(("fixture".into(), q, fixture));

    for (name, q, all) in &sets {
        for a in all {
            let e = evaluate(q, a, "en");
            let got = why_not(q, a, &e);
            let losing: Vec<&str> = q
                .outcomes
                .iter()
                .map(|o| o.id.as_str())
                .filter(|o| !e.outcomes.iter().any(|w| w == o))
                .collect();
            let explained: Vec<&str> = got.iter().map(|w| w.outcome.as_str()).collect();
            assert_eq!(explained, losing, "{name}");
            let env = result_env(q, a, &e);
            for w in &got {
                let ctx = format!("{name} {}: {}", w.outcome, brief(w));
                match &w.why {
                    Why::Closest { rule, failed, .. } => {
                        assert!(!failed.is_empty(), "{ctx}");
                        let held = e.trace.rules.iter().any(|t| &t.rule == rule && t.matched);
                        assert!(!held, "{ctx}");
                        for f in failed {
                            // The part as written parses (it is shown), and what it found
                            // does not already satisfy what it needed.
                            Expr::parse(&f.expr).unwrap_or_else(|e| panic!("{ctx}: {e}"));
                            assert!(!met(f.op, &f.found, &f.needed), "{ctx}");
                            if let (Some(Subject::Question(id)), Found::Answer(v)) =
                                (&f.subject, &f.found)
                            {
                                assert_eq!(env.values.get(id), Some(v), "{ctx}");
                            }
                        }
                    }
                    Why::Outranked { rule, by } => {
                        assert_ne!(q.decision.policy, Policy::Collect, "{ctx}");
                        assert_eq!(e.fired.first().map(|f| &f.rule), Some(by), "{ctx}");
                        let r = q.decision.rules.iter().find(|r| &r.id == rule);
                        assert!(r.is_some(), "{ctx}");
                    }
                    _ => {}
                }
            }
        }
    }
}

/// Whether `found` already satisfies `op needed` (it must not, for a failed part).
fn met(op: Op, found: &Found, needed: &[Value]) -> bool {
    let v = match found {
        Found::Answer(v) | Found::Value(v) => v,
        Found::Unanswered | Found::NotAsked(_) => &Value::Null,
        // Not a simple comparison: nothing to compare here.
        Found::Reads(_) => return false,
    };
    let n = needed.first();
    let num = |x: &Value| match x {
        Value::Number(n) => Some(*n),
        _ => None,
    };
    let cmp = |f: fn(f64, f64) -> bool| match (num(v), n.and_then(num)) {
        (Some(a), Some(b)) => f(a, b),
        _ => false,
    };
    match op {
        Op::Eq => *v != Value::Null && Some(v) == n,
        Op::Ne => *v != Value::Null && Some(v) != n,
        Op::Lt => cmp(|a, b| a < b),
        Op::Le => cmp(|a, b| a <= b),
        Op::Gt => cmp(|a, b| a > b),
        Op::Ge => cmp(|a, b| a >= b),
        Op::In => *v != Value::Null && needed.contains(v),
        Op::NotIn => *v != Value::Null && !needed.contains(v),
        Op::Includes => matches!((v, n), (Value::List(l), Some(x)) if l.contains(x)),
        Op::Excludes => matches!((v, n), (Value::List(l), Some(x)) if !l.contains(x)),
        Op::Answered => *v != Value::Null,
        Op::Unanswered => *v == Value::Null,
        Op::Holds | Op::Fails => false,
    }
}

// ---- the command line ----

/// The standard output of a run that must succeed (the command line's own runner).
fn run(args: &[&str]) -> String {
    let r = super::cli::run(args);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

#[test]
fn evaluate_explains_why_not_in_every_format() {
    let persona = "tests/personas/ai_engineer_knows_rust.yaml";
    let line = "“Where do you want to be in three to five years?” = “Systems engineer:";
    let text = run(&["evaluate", "--answers", persona]);
    let section = text
        .split("Why not the others\n------------------\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no section:\n{text}"));
    // Not "ranks below `ai-python`": that rule reads the role this one needs changed, and
    // would not hold with it.
    assert!(
        section.contains("  - Rust first: the closest rule, `systems-rust`, needs:"),
        "{section}"
    );
    assert!(section.contains(line), "{section}");
    // Bounded: whole outcomes within the line budget, then how many lines are left.
    let shown = section.lines().filter(|l| l.starts_with("  - ")).count();
    assert!((1..6).contains(&shown), "{section}");
    assert!(section.contains("…and "), "{section}");

    let all = run(&["evaluate", "--answers", persona, "--all-changes"]);
    let section = all.split("Why not the others").nth(1).unwrap_or_default();
    // Six outcomes, one won.
    assert_eq!(
        section.lines().filter(|l| l.starts_with("  - ")).count(),
        5,
        "{section}"
    );
    assert!(!section.contains("…and "), "{section}");

    let md = run(&["evaluate", "--answers", persona, "--format", "markdown"]);
    let section = md
        .split("## Why not the others\n")
        .nth(1)
        .unwrap_or_default();
    assert!(
        section.contains("- Rust first: the closest rule, `systems-rust`"),
        "{md}"
    );
    assert!(section.contains(&format!("  - {line}")), "{section}");

    let es = run(&["--lang", "es", "evaluate", "--answers", persona]);
    assert!(es.contains("Por qué no las otras"), "{es}");
    let flat = es.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("respondiste «Ingeniero/a de IA y ML»"),
        "{es}"
    );

    // JSON: everything, structured.
    let json = run(&["evaluate", "--answers", persona, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    let list = v["why_not"].as_array().cloned().unwrap_or_default();
    assert_eq!(list.len(), 5, "{json}");
    let rust = list
        .iter()
        .find(|w| w["outcome"] == "rust-first")
        .unwrap_or_else(|| panic!("{json}"));
    assert_eq!(rust["kind"], "closest");
    assert_eq!(rust["rule"], "systems-rust");
    assert_eq!(rust["below"], serde_json::Value::Null);
    let failed = &rust["failed"][0];
    assert_eq!(failed["subject"]["question"], "role");
    assert_eq!(failed["op"], "eq");
    assert_eq!(failed["needed"][0], "backend_systems");
    assert_eq!(failed["found"]["answer"], "ai_ml");
    assert!(
        rust["lines"][0]
            .as_str()
            .is_some_and(|l| l.starts_with(line)),
        "{rust}"
    );
}

#[test]
fn the_line_budget_keeps_whole_outcomes() {
    let q = career();
    for file in ["ai_engineer_knows_rust.yaml", "architect_tie.yaml"] {
        let a = persona(&q, file);
        let e = evaluate(&q, &a, "en");
        let mut r = report(&q, &a, &e, "en");
        r.all_changes = false;
        let (shown, more) = r.why_not_shown();
        let all = r.why_not();
        let used: usize = shown.iter().map(|w| 1 + w.lines.len()).sum();
        assert!(used <= MAX_WHY_NOT_LINES || shown.len() == 1, "{file}");
        // "…and N more" counts the outcomes left out, not their lines.
        assert_eq!(shown.len() + more, all.len(), "{file}");
        assert!(
            shown
                .iter()
                .zip(&all)
                .all(|(s, a)| s.head == a.head && s.lines == a.lines),
            "{file}"
        );
    }
}

// ---- the results screen ----

#[cfg(feature = "tui")]
mod screen {
    use careerpath::tui::update::update;
    use careerpath::tui::{Action, App};

    use crate::career::tui::results_app;
    use crate::tui::{draw, to_text};

    fn bottom(app: &mut App, w: u16, h: u16) -> String {
        draw(app, w, h);
        update(app, Action::Bottom);
        to_text(&draw(app, w, h))
    }

    #[test]
    fn the_why_not_view_at_the_end_of_the_results() {
        for (w, h) in [(100, 30), (50, 16)] {
            let mut app = results_app("ai_engineer_knows_rust.yaml", "en");
            let text = bottom(&mut app, w, h);
            assert!(text.contains("Why not the others") || h < 20, "{text}");
            insta::assert_snapshot!(format!("why_not_{w}x{h}"), text);
        }
    }

    /// `a` shows every outcome that did not win, as it shows every change.
    #[test]
    fn the_a_key_shows_every_outcome() {
        let mut app = results_app("ai_engineer_knows_rust.yaml", "en");
        let page = |app: &mut App| to_text(&draw(app, 100, 200));
        let before = page(&mut app);
        let section = |t: &str| {
            t.split("Why not the others")
                .nth(1)
                .unwrap_or_default()
                .to_owned()
        };
        let count = |t: &str| {
            section(t)
                .lines()
                .filter(|l| l.starts_with("   • "))
                .count()
        };
        assert!(section(&before).contains("…and "), "{before}");
        update(&mut app, Action::ToggleAllChanges);
        let after = page(&mut app);
        assert_eq!(count(&after), 5, "{after}");
        assert!(count(&before) < 5, "{before}");
        assert!(!section(&after).contains("…and "), "{after}");
    }
}

/// "…and N more" counts the entries left out (outcomes, questions), not the lines they
/// would take: four outcomes of 1, 3, 3 and 2 lines under a budget of 5 show two and
/// leave 2, not 5.
#[test]
fn and_n_more_counts_entries_not_lines() {
    use careerpath::evaluate::fit_lines;
    /// (name, lines per entry, all, (shown, more))
    type Case<'a> = (&'a str, &'a [usize], bool, (usize, usize));
    let cases: [Case; 4] = [
        ("two fit, two left", &[1, 3, 3, 2], false, (2, 2)),
        ("the first always shows", &[9, 1], false, (1, 1)),
        ("all fit", &[1, 1, 1], false, (3, 0)),
        ("all asked for", &[4, 4, 4], true, (3, 0)),
    ];
    for (name, lines, all, want) in cases {
        assert_eq!(fit_lines(lines, 5, all), want, "{name}");
    }
}

/// Under `ties: order`, a tie at the last place is said as a tie settled by the
/// questionnaire's order, in the profile line and in "why not" for the one left out (it
/// said "needs at least 4; it ranks 2 with 4"), in English and Spanish.
#[test]
fn a_tie_settled_by_order_is_said_as_one() {
    let q = load_str(
        "tie.yaml",
        r#"
id: tie
version: 1
title: Tie
dimensions:
  r: {label: Realistic, outcome: r, code: R}
  i: {label: Investigative, outcome: i, code: I}
sections:
  - id: s
    title: S
    questions:
      - {id: r1, type: scale, prompt: Fix things, min: 1, max: 5, score: {r: 1}}
      - {id: i1, type: scale, prompt: Study things, min: 1, max: 5, score: {i: 1}}
decision:
  policy: top
  top: {count: 1, ties: order, because: "{dimension} ({profile})."}
  rules:
    - {id: flat, default: true, outcome: flat, because: "Flat."}
outcomes:
  flat: {title: Flat, summary: x}
  r: {title: Realistic, summary: x}
  i: {title: Investigative, summary: x}
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let a = answers(&[("r1", Answer::Number(4.0)), ("i1", Answer::Number(4.0))]);
    for (lang, profile, why_not) in [
        (
            "en",
            "tied at the last place: Realistic and Investigative; the questionnaire's order put Realistic first",
            "Investigative ties with Realistic at 4, and the questionnaire's order (`ties: order`) put Realistic at the top",
        ),
        (
            "es",
            "empatados en el último puesto: Realistic y Investigative; el orden del cuestionario puso primero a Realistic",
            "Investigative empata con Realistic a 4, y el orden del cuestionario (`ties: order`) puso a Realistic en primer lugar",
        ),
    ] {
        let e = evaluate(&q, &a, lang);
        let text =
            careerpath::report::render(&report(&q, &a, &e, lang), careerpath::report::Format::Text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        assert!(text.contains(profile), "{lang}: {text}");
        assert!(text.contains(why_not), "{lang}: {text}");
        assert!(!text.contains("it ranks 2 with 4"), "{lang}: {text}");
    }
}

/// Dimensions level with each other below the profile share a rank, and "why not" says
/// they are level (four traits at 3 read "ranks 2 / 3 / 4 / 5 with 3").
#[test]
fn level_scores_below_the_profile_share_a_rank() {
    let q = load_str(
        "level.yaml",
        r#"
id: level
version: 1
title: Level
dimensions:
  a: {label: Alpha, outcome: a}
  b: {label: Beta, outcome: b}
  c: {label: Gamma, outcome: c}
  d: {label: Delta, outcome: d}
sections:
  - id: s
    title: S
    questions:
      - {id: a1, type: scale, prompt: A, min: 1, max: 5, score: {a: 1}}
      - {id: b1, type: scale, prompt: B, min: 1, max: 5, score: {b: 1}}
      - {id: c1, type: scale, prompt: C, min: 1, max: 5, score: {c: 1}}
      - {id: d1, type: scale, prompt: D, min: 1, max: 5, score: {d: 1}}
decision:
  policy: top
  top: {count: 1, ties: all, because: "{dimension}."}
  rules:
    - {id: flat, default: true, outcome: flat, because: "Flat."}
outcomes:
  flat: {title: Flat, summary: x}
  a: {title: Alpha, summary: x}
  b: {title: Beta, summary: x}
  c: {title: Gamma, summary: x}
  d: {title: Delta, summary: x}
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let n = Answer::Number;
    let a = answers(&[
        ("a1", n(5.0)),
        ("b1", n(3.0)),
        ("c1", n(3.0)),
        ("d1", n(2.0)),
    ]);
    for (lang, wants) in [
        (
            "en",
            [
                "Beta at the top (at least 5); it ranks 2 with 3, level with one other",
                "Gamma at the top (at least 5); it ranks 2 with 3, level with one other",
                "Delta at the top (at least 5); it ranks 4 with 2 ",
            ],
        ),
        (
            "es",
            [
                "Beta en primer lugar (al menos 5); está en el puesto 2 con 3, empatada con otra",
                "Gamma en primer lugar (al menos 5); está en el puesto 2 con 3, empatada con otra",
                "Delta en primer lugar (al menos 5); está en el puesto 4 con 2 ",
            ],
        ),
    ] {
        let e = evaluate(&q, &a, lang);
        let text =
            careerpath::report::render(&report(&q, &a, &e, lang), careerpath::report::Format::Text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                + " ";
        for want in wants {
            assert!(text.contains(want), "{lang}: {want}\n{text}");
        }
    }
}
