//! Real instruments run as written: the shipped examples (RIASEC profile, Big-Five style
//! inventory, wellbeing index, NPS survey) from answers to outcome, scores and notes, with
//! ties and incomplete answers; reasons that cite only what decided; reachable ranges;
//! grouped "what would change it"; the new keys' load errors.

use std::path::{Path, PathBuf};

use careerpath::evaluate::{
    Evaluation, MAX_FEEDERS, evaluate, group_changes, score_range, what_would_change,
};
use careerpath::flow;
use careerpath::questionnaire::{
    Answer, Answers, LoadError, Questionnaire, lint, load_file, load_str,
};

fn example(name: &str) -> Questionnaire {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("questions/examples")
        .join(name);
    load_file(&path).unwrap_or_else(|e| panic!("{name} does not load:\n{e}"))
}

fn fixture(name: &str) -> Questionnaire {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/instruments")
        .join(name);
    load_file(&path).unwrap_or_else(|e| panic!("{name} does not load:\n{e}"))
}

fn n(v: f64) -> Answer {
    Answer::Number(v)
}

fn score(e: &Evaluation, dim: &str) -> f64 {
    e.scores
        .iter()
        .find(|s| s.id == dim)
        .map_or(f64::NAN, |s| s.value)
}

fn note_count(e: &Evaluation, needle: &str) -> usize {
    e.notes.iter().filter(|n| n.contains(needle)).count()
}

#[test]
fn every_example_loads_and_lints_clean() {
    for name in [
        "riasec.yaml",
        "big-five.yaml",
        "wellbeing.yaml",
        "nps.yaml",
        "usability.yaml",
    ] {
        let q = example(name);
        let warnings = lint(&q);
        assert!(
            warnings.is_empty(),
            "{name}: {}",
            warnings
                .iter()
                .map(|d| format!("{}: {}", d.code, d.message))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

// ---- RIASEC: 60 labelled five-point items, `policy: top` with three places ----

const AREAS: [(&str, char); 6] = [
    ("realistic", 'r'),
    ("investigative", 'i'),
    ("artistic", 'a'),
    ("social", 's'),
    ("enterprising", 'e'),
    ("conventional", 'c'),
];

/// Every item of each area rated the same; `None` leaves the area unanswered.
fn riasec(ratings: [Option<f64>; 6]) -> Answers {
    let mut a = Answers::new();
    for ((_, letter), rating) in AREAS.iter().zip(ratings) {
        for k in 1..=10 {
            if let Some(r) = rating {
                a.insert(format!("{letter}{k}"), n(r));
            }
        }
    }
    a
}

struct Profile {
    name: &'static str,
    answers: Answers,
    outcomes: &'static [&'static str],
    code: &'static str,
    clear: bool,
    tie: Option<&'static str>,
    /// realistic..conventional
    scores: [f64; 6],
    few_likes_note: bool,
}

#[test]
fn riasec_profiles() {
    let q = example("riasec.yaml");
    let cases = [
        Profile {
            name: "a clear three-letter code",
            answers: riasec([
                Some(1.0),
                Some(5.0),
                Some(4.0),
                Some(3.0),
                Some(2.0),
                Some(1.0),
            ]),
            outcomes: &["investigative", "artistic", "social"],
            code: "IAS",
            clear: true,
            tie: None,
            scores: [10.0, 50.0, 40.0, 30.0, 20.0, 10.0],
            few_likes_note: false,
        },
        Profile {
            name: "a tie at third place keeps both (`ties: all`)",
            answers: riasec([
                Some(1.0),
                Some(5.0),
                Some(4.0),
                Some(3.0),
                Some(3.0),
                Some(1.0),
            ]),
            outcomes: &["investigative", "artistic", "social", "enterprising"],
            code: "IAS/E",
            clear: true,
            tie: Some("`social`, `enterprising` tie at 30 for place 3; all are kept (`ties: all`)"),
            scores: [10.0, 50.0, 40.0, 30.0, 30.0, 10.0],
            few_likes_note: false,
        },
        Profile {
            name: "a tie at the top is no lean: both lead",
            answers: riasec([
                Some(1.0),
                Some(5.0),
                Some(5.0),
                Some(3.0),
                Some(2.0),
                Some(1.0),
            ]),
            outcomes: &["investigative", "artistic", "social"],
            code: "IAS",
            clear: true,
            tie: None,
            scores: [10.0, 50.0, 50.0, 30.0, 20.0, 10.0],
            few_likes_note: false,
        },
        Profile {
            name: "a flat profile has no clear lead: the default rule",
            answers: riasec([
                Some(3.0),
                Some(3.0),
                Some(3.0),
                Some(3.0),
                Some(3.0),
                Some(3.0),
            ]),
            outcomes: &["no-clear-lead"],
            code: "R/I/A/S/E/C",
            clear: false,
            tie: Some(
                "`realistic`, `investigative`, `artistic`, `social`, `enterprising`, `conventional` tie at 30 for place 3; all are kept (`ties: all`)",
            ),
            scores: [30.0; 6],
            few_likes_note: true,
        },
        Profile {
            name: "a spread below the minimum (5 < 6) is no clear lead either",
            answers: {
                let mut a = riasec([Some(2.0); 6]);
                for k in 1..=5 {
                    a.insert(format!("i{k}"), n(3.0));
                }
                a
            },
            outcomes: &["no-clear-lead"],
            code: "IR/A/S/E/C",
            clear: false,
            tie: Some(
                "`realistic`, `artistic`, `social`, `enterprising`, `conventional` tie at 20 for place 3; all are kept (`ties: all`)",
            ),
            scores: [20.0, 25.0, 20.0, 20.0, 20.0, 20.0],
            few_likes_note: true,
        },
        Profile {
            name: "few likes at all: the profile stands, with a note",
            answers: riasec([
                Some(1.0),
                Some(3.0),
                Some(2.0),
                Some(1.0),
                Some(1.0),
                Some(1.0),
            ]),
            outcomes: &[
                "investigative",
                "artistic",
                "realistic",
                "social",
                "enterprising",
                "conventional",
            ],
            code: "IAR/S/E/C",
            clear: true,
            tie: Some(
                "`realistic`, `social`, `enterprising`, `conventional` tie at 10 for place 3; all are kept (`ties: all`)",
            ),
            scores: [10.0, 30.0, 20.0, 10.0, 10.0, 10.0],
            few_likes_note: true,
        },
    ];
    for c in cases {
        let e = evaluate(&q, &c.answers, "en");
        assert_eq!(e.outcomes, c.outcomes, "{}: outcomes", c.name);
        let p = e.profile.as_ref().expect("policy top has a profile");
        assert_eq!(p.code, c.code, "{}: code", c.name);
        assert_eq!(p.clear, c.clear, "{}: clear", c.name);
        // Without a clear lead the code is only the ranking's order, and says so.
        let line = careerpath::report::profile_line(&q, p, "en");
        assert_eq!(
            line.starts_with(&format!("Profile: {}, no clear lead", c.code)),
            !c.clear,
            "{}: {line}",
            c.name
        );
        assert_eq!(p.tie.as_deref(), c.tie, "{}: tie", c.name);
        assert_eq!(e.trace.tie_break.as_deref(), c.tie, "{}: trace", c.name);
        for ((dim, _), want) in AREAS.iter().zip(c.scores) {
            assert_eq!(score(&e, dim), want, "{}: {dim}", c.name);
        }
        assert_eq!(
            note_count(&e, "you marked few activities as liked"),
            usize::from(c.few_likes_note),
            "{}: notes {:?}",
            c.name,
            e.notes
        );
    }
}

#[test]
fn riasec_result_shows_sorted_scores_from_the_reachable_minimum() {
    let q = example("riasec.yaml");
    let e = evaluate(
        &q,
        &riasec([
            Some(1.0),
            Some(5.0),
            Some(4.0),
            Some(3.0),
            Some(2.0),
            Some(1.0),
        ]),
        "en",
    );
    let order: Vec<&str> = e.scores.iter().map(|s| s.id.as_str()).collect();
    // Highest first; equal scores keep file order.
    assert_eq!(
        order,
        [
            "investigative",
            "artistic",
            "social",
            "enterprising",
            "realistic",
            "conventional"
        ]
    );
    for s in &e.scores {
        assert_eq!((s.min, s.max), (10.0, 50.0), "{}", s.id);
    }
    assert_eq!(
        q.result_label.as_ref().map(|t| t.get("en", "en")),
        Some("Your interest profile")
    );
    // Each area's reason cites the answers that fed that area, largest first, at most
    // MAX_FEEDERS, never an answer from another area.
    let reasons: Vec<(&str, &[String])> = e
        .fired
        .iter()
        .map(|f| (f.rule.as_str(), f.answers.as_slice()))
        .collect();
    assert_eq!(reasons.len(), 3);
    for (rule, answers) in reasons {
        let letter = match rule {
            "top.investigative" => 'i',
            "top.artistic" => 'a',
            "top.social" => 's',
            other => panic!("unexpected rule {other}"),
        };
        assert_eq!(answers.len(), MAX_FEEDERS, "{rule}");
        assert!(
            answers.iter().all(|a| a.starts_with(letter)),
            "{rule}: {answers:?}"
        );
    }
    assert_eq!(
        e.fired[0].reason,
        "Investigative (thinking) is one of your three strongest areas (your code: IAS)."
    );
}

#[test]
fn riasec_feeders_are_the_largest_first() {
    let q = example("riasec.yaml");
    let mut a = riasec([
        Some(1.0),
        Some(3.0),
        Some(1.0),
        Some(1.0),
        Some(1.0),
        Some(1.0),
    ]);
    a.insert("i7".into(), n(5.0));
    a.insert("i9".into(), n(4.0));
    let e = evaluate(&q, &a, "en");
    assert_eq!(e.fired[0].rule, "top.investigative");
    assert_eq!(e.fired[0].answers, ["i7", "i9", "i1", "i2", "i3"]);
}

#[test]
fn riasec_incomplete_answers_are_reported_missing_and_score_only_what_was_given() {
    let q = example("riasec.yaml");
    let a = riasec([None, Some(5.0), Some(4.0), Some(3.0), None, None]);
    // Completeness is the caller's to enforce: the flow names the first gap.
    let first = flow::first_unanswered(&q, &a).map(|i| q.questions[i].id.as_str());
    assert_eq!(first, Some("r1"));
    let e = evaluate(&q, &a, "en");
    assert_eq!(score(&e, "realistic"), 0.0);
    assert_eq!(score(&e, "investigative"), 50.0);
    assert_eq!(e.profile.as_ref().map(|p| p.code.as_str()), Some("IAS"));
}

#[test]
fn what_would_change_a_profile_is_grouped_per_question_and_closest_first() {
    let q = example("riasec.yaml");
    let a = riasec([
        Some(1.0),
        Some(5.0),
        Some(4.0),
        Some(3.0),
        Some(3.0),
        Some(1.0),
    ]);
    let e = evaluate(&q, &a, "en");
    let changes = what_would_change(&q, &a, &e, 10_000);
    assert!(!changes.is_empty());
    let groups = group_changes(&q, &changes);
    let mut seen: Vec<&str> = groups.iter().map(|g| g.question).collect();
    let total = seen.len();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), total, "one group per question");
    assert_eq!(
        groups.iter().map(|g| g.changes.len()).sum::<usize>(),
        changes.len()
    );
    // The tie at third place breaks with one point on any social or enterprising item:
    // those come first.
    let first = &groups[0];
    assert!(
        first.question.starts_with('s') || first.question.starts_with('e'),
        "{first:?}"
    );
    let step = |c: &careerpath::evaluate::Change| match (&c.from, &c.to) {
        (Some(Answer::Number(f)), Answer::Number(t)) => (t - f).abs(),
        _ => f64::NAN,
    };
    assert_eq!(step(first.changes[0]), 1.0);
    for g in &groups {
        let steps: Vec<f64> = g.changes.iter().map(|c| step(c)).collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{g:?}");
    }
}

// ---- Big Five: reverse-keyed items ----

/// Every statement answered `v`.
fn big_five(v: f64) -> Answers {
    let q = example("big-five.yaml");
    q.questions.iter().map(|x| (x.id.clone(), n(v))).collect()
}

#[test]
fn big_five_reverse_keyed_items_score_the_mirror() {
    let q = example("big-five.yaml");
    // Agreeing with everything: two straight items give 5 each, two reversed 1 each.
    let e = evaluate(&q, &big_five(5.0), "en");
    assert_eq!(e.outcomes, ["profile"]);
    for d in [
        "extraversion",
        "agreeableness",
        "conscientiousness",
        "neuroticism",
        "openness",
    ] {
        assert_eq!(score(&e, d), 12.0, "{d}");
    }
    assert!(e.notes.is_empty(), "{:?}", e.notes);
    // The default rule cites no answer.
    assert!(e.fired[0].default && e.fired[0].answers.is_empty());

    // A consistent extravert: straight items 5, reversed items 1.
    let mut a = big_five(3.0);
    for (id, v) in [("e1", 5.0), ("e2", 1.0), ("e3", 5.0), ("e4", 1.0)] {
        a.insert(id.into(), n(v));
    }
    let e = evaluate(&q, &a, "en");
    assert_eq!(score(&e, "extraversion"), 20.0);
    assert_eq!(
        e.notes,
        ["You describe yourself as outgoing and talkative (Extraversion 20 of 20)."]
    );
    let ranges: Vec<(f64, f64)> = e.scores.iter().map(|s| (s.min, s.max)).collect();
    assert_eq!(ranges, [(4.0, 20.0); 5]);
}

#[test]
fn big_five_incomplete_answers_say_so_and_cite_nothing() {
    let q = example("big-five.yaml");
    let mut a = big_five(3.0);
    a.remove("o3");
    let e = evaluate(&q, &a, "en");
    assert_eq!(e.outcomes, ["incomplete"]);
    // The rule held because `o3` has no answer: there is no answer to cite.
    assert!(e.fired[0].answers.is_empty(), "{:?}", e.fired[0].answers);
    assert_eq!(score(&e, "openness"), 9.0);
}

// ---- Wellbeing index: a derived percentage with a cut-off ----

fn wellbeing(items: [Option<f64>; 5]) -> Answers {
    ["cheerful", "calm", "energy", "rested", "interest"]
        .into_iter()
        .zip(items)
        .filter_map(|(id, v)| Some((id.to_owned(), n(v?))))
        .collect()
}

#[test]
fn wellbeing_index_and_its_cut_off() {
    let q = example("wellbeing.yaml");
    /// (name, items, outcome, percent, notes)
    type Case<'a> = (
        &'a str,
        [Option<f64>; 5],
        &'a str,
        Option<f64>,
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        ("good", [Some(3.0); 5], "good", Some(60.0), &[]),
        (
            "just above the cut-off",
            [Some(3.0), Some(3.0), Some(3.0), Some(2.0), Some(2.0)],
            "good",
            Some(52.0),
            &[],
        ),
        (
            "just below it",
            [Some(3.0), Some(3.0), Some(2.0), Some(2.0), Some(2.0)],
            "low",
            Some(48.0),
            &[],
        ),
        (
            "very low",
            [Some(1.0); 5],
            "low",
            Some(20.0),
            &["An index of 28 or less"],
        ),
        (
            "good, but one item at the bottom",
            [Some(5.0), Some(5.0), Some(5.0), Some(5.0), Some(0.0)],
            "good",
            Some(80.0),
            &["at least one statement"],
        ),
        (
            "incomplete: no index",
            [Some(5.0), Some(5.0), None, Some(5.0), Some(5.0)],
            "incomplete",
            None,
            &[],
        ),
    ];
    for (name, items, outcome, percent, notes) in cases {
        let e = evaluate(&q, &wellbeing(*items), "en");
        assert_eq!(e.outcomes, [*outcome], "{name}");
        let m = &e.measures[0];
        assert_eq!(
            (m.id.as_str(), m.label.as_str()),
            ("percent", "Wellbeing index (percent)")
        );
        assert_eq!((m.value, m.min, m.max), (*percent, 0.0, 100.0), "{name}");
        assert_eq!(e.notes.len(), notes.len(), "{name}: {:?}", e.notes);
        for (got, want) in e.notes.iter().zip(*notes) {
            assert!(got.contains(want), "{name}: {got}");
        }
    }
    // The cut-off rule read `percent`, which read every item: all five are cited.
    let e = evaluate(&q, &wellbeing([Some(1.0); 5]), "en");
    assert_eq!(
        e.fired[0].answers,
        ["cheerful", "calm", "energy", "rested", "interest"]
    );
    assert_eq!(e.scores[0].max, 25.0);
    // The questionnaire turned "what would change it" off.
    assert!(!q.explain_changes);
    assert!(what_would_change(&q, &wellbeing([Some(3.0); 5]), &e, 1000).is_empty());
}

// ---- NPS: a conditional follow-up per group, collected only ----

#[test]
fn nps_groups_and_follow_ups() {
    let q = example("nps.yaml");
    // (rating, outcome, follow-up shown, edge note)
    let cases: &[(Option<f64>, &str, Option<&str>, bool)] = &[
        (Some(10.0), "promoter", Some("best"), false),
        (Some(9.0), "promoter", Some("best"), false),
        (Some(8.0), "passive", Some("missing"), true),
        (Some(7.0), "passive", Some("missing"), false),
        (Some(6.0), "detractor", Some("let_down"), true),
        (Some(0.0), "detractor", Some("let_down"), false),
        (None, "unrated", None, false),
    ];
    for (rating, outcome, follow, edge) in cases {
        let mut a = Answers::new();
        if let Some(r) = rating {
            a.insert("recommend".into(), n(*r));
        }
        let e = evaluate(&q, &a, "en");
        assert_eq!(e.outcomes, [*outcome], "{rating:?}");
        let visible: Vec<&str> = flow::visible(&q, &a)
            .into_iter()
            .map(|i| q.questions[i].id.as_str())
            .filter(|id| ["let_down", "missing", "best"].contains(id))
            .collect();
        assert_eq!(
            visible,
            follow.iter().copied().collect::<Vec<_>>(),
            "{rating:?}"
        );
        assert_eq!(e.notes.len(), usize::from(*edge), "{rating:?}");
    }
    let mut a = Answers::new();
    a.insert("recommend".into(), n(3.0));
    a.insert("let_down".into(), Answer::Text("Slow support".into()));
    let e = evaluate(&q, &a, "en");
    // The follow-up is recorded, not a reason.
    assert_eq!(e.fired[0].answers, ["recommend"]);
    assert_eq!(score_range(&q), [(0.0, 10.0)]);
}

// ---- Reachable ranges ----

#[test]
fn exclusive_score_if_entries_count_once() {
    let q = fixture("exclusive.yaml");
    // One entry per value of a 0..10 scale: at most 10, not 1 + 2 + ... + 10 = 55.
    assert_eq!(score_range(&q), [(0.0, 10.0)]);
    let e = evaluate(&q, &Answers::new(), "en");
    assert_eq!((e.scores[0].min, e.scores[0].max), (0.0, 10.0));
    let warnings = lint(&q);
    let threshold: Vec<&str> = warnings
        .iter()
        .filter(|d| d.code == "score-threshold")
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        threshold,
        ["`score.d > 10` can never hold: `score.d` ranges from 0 to 10"]
    );
}

// ---- Reasons that cite only what decided ----

#[test]
fn reasons_cite_only_what_decided() {
    let q = fixture("reasons.yaml");
    let t = |s: &str| Answer::Text(s.to_owned());
    let b = Answer::Bool;
    /// (name, answers, rule, cited)
    type Case<'a> = (&'a str, Vec<(&'a str, Answer)>, &'a str, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "an `||` cites the part that held, not the one it never needed",
            vec![("pick", t("z")), ("flag", b(true)), ("hours", n(35.0))],
            "either",
            vec!["pick", "flag"],
        ),
        (
            "an `||` whose first part failed cites the second only",
            vec![("pick", t("z")), ("flag", b(false)), ("hours", n(35.0))],
            "either",
            vec!["pick", "hours"],
        ),
        (
            "a derived true/false value cites the part of it that held",
            vec![("pick", t("y")), ("flag", b(false)), ("hours", n(25.0))],
            "keen-y",
            vec!["pick", "hours"],
        ),
        (
            "a score lead cites what fed it in its direction, largest first",
            vec![
                ("pick", t("x")),
                ("big", n(5.0)),
                ("small", n(4.0)),
                ("against", n(5.0)),
                ("minus", b(true)),
            ],
            "a-ahead",
            // a: big 10, small 4, pick 3; b taken down: minus 4. Not `against`, which
            // pushed b up.
            vec!["big", "small", "minus", "pick"],
        ),
        (
            "an answer read directly and a score lead cite both: the answer, then what fed the lead",
            vec![
                ("pick", t("z")),
                ("big", n(5.0)),
                ("small", n(2.0)),
                ("against", n(1.0)),
            ],
            "z-and-ahead",
            // a: big 10, small 2; not `against`, which pushed b up.
            vec!["pick", "big", "small"],
        ),
        (
            "a total cites the answers that raised it, farthest from their floor first, not one at its floor",
            vec![
                ("pick", t("y")),
                ("big", n(5.0)),
                ("small", n(3.0)),
                ("against", n(1.0)),
            ],
            "y-and-total",
            // big 4 above its floor of 1, small 2; `against` at its floor moved nothing.
            vec!["pick", "big", "small"],
        ),
        (
            "a score that had to be low cites the answers that kept it low, farthest from their most first",
            vec![("pick", t("z")), ("against", n(1.0)), ("minus", b(true))],
            "b-low",
            // b is -3: `against` at 1 of 5 and `minus` each kept it 4 lower than they could
            // have, `pick` 3 (y gives b 3); any one at its most, and b is not below 0.
            vec!["against", "minus", "pick"],
        ),
        (
            "a total that holds whatever the items were cites none of them",
            vec![
                ("pick", t("z")),
                ("flag", b(true)),
                ("big", n(3.0)),
                ("small", n(1.0)),
                ("against", n(2.0)),
            ],
            "flag-and-any-total",
            vec!["flag"],
        ),
        (
            "a score that holds without any of its points cites none of them",
            vec![("pick", t("x")), ("flag", b(true))],
            "flag-and-any-a",
            vec!["flag"],
        ),
        (
            "the default rule cites nothing",
            vec![("pick", t("z")), ("big", n(3.0)), ("against", n(3.0))],
            "fallback",
            vec![],
        ),
    ];
    for (name, answers, rule, cited) in cases {
        let a: Answers = answers
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let e = evaluate(&q, &a, "en");
        assert_eq!(e.fired[0].rule, rule, "{name}");
        assert_eq!(e.fired[0].answers, cited, "{name}");
    }
}

/// A rule on the least (or the most) of several items cites the items at that least
/// (most), not every item below the top (above the floor): WHO-5's "an item at 0 or 1" is
/// so because of the item at 0, not the one at 3.
#[test]
fn a_least_or_most_cites_only_the_items_at_it() {
    let q = fixture("extremes.yaml");
    /// (name, answers a b c d, rule, cited)
    type Case<'a> = (&'a str, [f64; 4], &'a str, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "a derived least that had to be small: the item at it",
            [0.0, 3.0, 5.0, 4.0],
            "lowest-at-most-1",
            vec!["a"],
        ),
        (
            "a least reached by two items cites both",
            [1.0, 3.0, 1.0, 4.0],
            "lowest-at-most-1",
            vec!["a", "c"],
        ),
        (
            "a least written in the rule itself: the item at it",
            [4.0, 2.0, 3.0, 4.0],
            "direct-min",
            vec!["b"],
        ),
        (
            "a derived most that had to be large: the item at it",
            [3.0, 5.0, 4.0, 3.0],
            "highest-at-least-5",
            vec!["b"],
        ),
        (
            "a least that had to be large: every item decided",
            [3.0, 4.0, 3.0, 3.0],
            "all-at-least-3",
            // `c`, read directly, first; then the least's items farthest from their floor.
            vec!["c", "b", "a", "d"],
        ),
    ];
    for (name, [a, b, c, d], rule, cited) in cases {
        let answers = numbers(&[("a", a), ("b", b), ("c", c), ("d", d)]);
        let e = evaluate(&q, &answers, "en");
        assert_eq!(e.fired[0].rule, rule, "{name}");
        assert_eq!(e.fired[0].answers, cited, "{name}");
    }
}

/// A band of a total (`total >= 3 && total <= 6`) cites the answers the total is made of,
/// largest first; once cited the items at 0, which moved it nowhere, and once nothing at
/// all. A band whose floor is the total's own (`total >= 0 && total <= 2`) is decided by
/// what kept the total down.
#[test]
fn a_band_of_a_total_cites_what_the_total_is_made_of() {
    let q = fixture("bands.yaml");
    /// (name, answers a b c d, rule, cited)
    type Case<'a> = (&'a str, [f64; 4], &'a str, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "a total inside a band: its non-zero items, largest first",
            [0.0, 2.0, 1.0, 0.0],
            "mild",
            vec!["b", "c"],
        ),
        (
            "every item equal: all of them, in question order",
            [1.0, 1.0, 1.0, 0.0],
            "mild",
            vec!["a", "b", "c"],
        ),
        (
            "a band from the floor: what kept it down, farthest from the top first",
            [0.0, 1.0, 0.0, 1.0],
            "none",
            vec!["a", "c", "b", "d"],
        ),
        (
            "a band open at the top: what moved it up",
            [3.0, 3.0, 0.0, 1.0],
            "high",
            vec!["a", "b", "d"],
        ),
    ];
    for (name, [a, b, c, d], rule, cited) in cases {
        let answers = numbers(&[("a", a), ("b", b), ("c", c), ("d", d)]);
        let e = evaluate(&q, &answers, "en");
        assert_eq!(e.fired[0].rule, rule, "{name}");
        assert_eq!(e.fired[0].answers, cited, "{name}");
    }
}

#[test]
fn a_cumulative_band_cites_what_the_total_is_made_of() {
    let q = fixture("cumulative.yaml");
    /// (name, answers a b c d, split, rule, cited)
    type Case<'a> = (&'a str, [f64; 4], bool, &'a str, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "the first band: what kept the total down",
            [0.0, 1.0, 0.0, 0.0],
            false,
            "none",
            vec!["a", "c", "d", "b"],
        ),
        (
            "after `total <= 2` failed: the band from 3 to 6, its non-zero items",
            [0.0, 2.0, 1.0, 0.0],
            false,
            "mild",
            vec!["b", "c"],
        ),
        (
            "after two failed: the band from 7, what moved it up",
            [3.0, 3.0, 0.0, 1.0],
            false,
            "high",
            vec!["a", "b", "d"],
        ),
        (
            "a band in two parts of an `all`: read both ways",
            [0.0, 2.0, 1.0, 0.0],
            true,
            "parts",
            vec!["split", "b", "c"],
        ),
    ];
    for (name, [a, b, c, d], split, rule, cited) in cases {
        let mut answers = numbers(&[("a", a), ("b", b), ("c", c), ("d", d)]);
        answers.insert("split".to_owned(), Answer::Bool(split));
        let e = evaluate(&q, &answers, "en");
        assert_eq!(e.fired[0].rule, rule, "{name}");
        assert_eq!(e.fired[0].answers, cited, "{name}");
    }
}

#[test]
fn score_if_points_cite_the_answers_their_condition_read() {
    let q = fixture("score-if-owed.yaml");
    let text = |v: &str| Answer::Text(v.into());
    /// (name, pet, fin, extra, tea, rule, cited)
    type Case<'a> = (&'a str, &'a str, bool, bool, bool, &'a str, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "the pet scored, not the tea",
            "dog",
            false,
            true,
            false,
            "high",
            vec!["pet"],
        ),
        (
            "both parts of `fin && extra`",
            "cat",
            true,
            true,
            true,
            "some",
            vec!["fin", "extra"],
        ),
    ];
    for (name, pet, fin, extra, tea, rule, cited) in cases {
        let answers: Answers = [
            ("pet", text(pet)),
            ("fin", Answer::Bool(fin)),
            ("extra", Answer::Bool(extra)),
            ("likes_tea", Answer::Bool(tea)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let e = evaluate(&q, &answers, "en");
        assert_eq!(e.fired[0].rule, rule, "{name}");
        assert_eq!(e.fired[0].answers, cited, "{name}");
    }
}

/// Number answers by question id.
fn numbers(pairs: &[(&str, f64)]) -> Answers {
    pairs.iter().map(|&(k, v)| (k.to_owned(), n(v))).collect()
}

/// A report of `e` with no changes listed, as of a fixed day.
fn report_of<'a>(
    q: &'a Questionnaire,
    a: &'a Answers,
    e: &'a Evaluation,
    lang: &'a str,
) -> careerpath::report::Report<'a> {
    careerpath::report::Report {
        questionnaire: q,
        answers: a,
        evaluation: e,
        changes: &careerpath::evaluate::NO_CHANGES,
        lang,
        plan_from: jiff::civil::date(2026, 1, 5),
        all_changes: false,
    }
}

/// A prorated index (a total over the most the answered items could give): a low one
/// cites the answers that kept it low, each answer once in "…and N more", and "why not"
/// names only the questions that were answered.
#[test]
fn a_prorated_index_cites_what_kept_it_low_and_names_only_answers_given() {
    let q = fixture("prorated.yaml");
    let a = numbers(&[
        ("pain", 2.0),
        ("care", 1.0),
        ("lifting", 3.0),
        ("walking", 2.0),
        ("sitting", 1.0),
        ("standing", 0.0),
    ]);
    let e = evaluate(&q, &a, "en");
    assert_eq!(e.fired[0].rule, "low", "9 of 30 is 30%");
    // Farthest below their most first: standing 5, care and sitting 4, pain and walking 3.
    assert_eq!(
        e.fired[0].answers,
        ["standing", "care", "sitting", "pain", "walking"]
    );
    assert_eq!(e.fired[0].more, 1, "lifting, once");
    let why_not = report_of(&q, &a, &e, "en").why_not();
    let too_few = why_not
        .iter()
        .flat_map(|w| &w.lines)
        .find(|l| l.contains("answered_n"))
        .unwrap_or_else(|| panic!("{:?}", why_not.iter().map(|w| &w.lines).collect::<Vec<_>>()));
    assert!(
        too_few.contains("“Pain”") && too_few.contains("“Standing”"),
        "{too_few}"
    );
    assert!(!too_few.contains("Sleeping"), "not answered: {too_few}");
}

/// An optional question left unanswered can be answered: "what would change it" tries
/// that too, and names the answers that would.
#[test]
fn what_would_change_tries_answering_a_skipped_optional_question() {
    let q = fixture("prorated.yaml");
    let a = numbers(&[
        ("pain", 2.0),
        ("care", 2.0),
        ("lifting", 3.0),
        ("walking", 2.0),
        ("sitting", 2.0),
        ("standing", 1.0),
    ]);
    let e = evaluate(&q, &a, "en");
    assert_eq!(e.fired[0].rule, "low", "12 of 30 is 40%");
    let changes = careerpath::evaluate::what_would_change(&q, &a, &e, 2000);
    let sleeping: Vec<(Option<&Answer>, &Answer, &[String])> = changes
        .iter()
        .filter(|c| c.question == "sleeping")
        .map(|c| (c.from.as_ref(), &c.to, c.outcomes.as_slice()))
        .collect();
    let high = ["high".to_owned()];
    // 14 of 35 is 40% (still low); 15 of 35 is 43%.
    assert_eq!(
        sleeping,
        [
            (None, &n(3.0), &high[..]),
            (None, &n(4.0), &high[..]),
            (None, &n(5.0), &high[..])
        ]
    );
}

/// A mean of ten items weighted 0.1 is 1 to 5, not 0.9999999999999999 to 5: totals are
/// added as a person adds them, so a rule at the floor reads them too.
#[test]
fn tenths_add_up_to_whole_numbers() {
    let items: String = (0..10)
        .map(|i| format!("      - {{id: q{i}, type: scale, prompt: Item {i}, min: 1, max: 5, score: {{m: 0.1}}}}\n"))
        .collect();
    let text = format!(
        "id: mean\nversion: 1\ntitle: Mean\ndimensions:\n  m: {{label: Mean}}\nsections:\n  - id: s\n    title: S\n    questions:\n{items}decision:\n  policy: first\n  rules:\n    - {{id: floor, when: 'score.m <= 1', outcome: low, because: At the floor.}}\n    - {{id: other, default: true, outcome: high, because: Above it.}}\noutcomes:\n  low: {{title: Low, summary: Low.}}\n  high: {{title: High, summary: High.}}\n"
    );
    let q =
        careerpath::questionnaire::load_str("mean.yaml", &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(score_range(&q), vec![(1.0, 5.0)]);
    let a: Answers = (0..10).map(|i| (format!("q{i}"), n(1.0))).collect();
    let e = evaluate(&q, &a, "en");
    assert_eq!(score(&e, "m"), 1.0);
    assert_eq!(e.fired[0].rule, "floor");
}

/// Optional items left unanswered give no points: the result says which, in every format,
/// so a total is never read as built on every item.
#[test]
fn unanswered_items_that_score_are_named_under_the_scores() {
    use careerpath::report::{Format, render};
    let q = fixture("prorated.yaml");
    let a = numbers(&[
        ("pain", 2.0),
        ("care", 2.0),
        ("lifting", 3.0),
        ("walking", 2.0),
        ("sitting", 2.0),
    ]);
    for (lang, want) in [
        (
            "en",
            "Not answered, so they add no points: “Standing” and “Sleeping”.",
        ),
        (
            "es",
            "Sin responder, así que no suman puntos: «Standing» y «Sleeping».",
        ),
    ] {
        let e = evaluate(&q, &a, lang);
        assert_eq!(e.unanswered_scored, ["standing", "sleeping"]);
        let r = report_of(&q, &a, &e, lang);
        for format in [Format::Text, Format::Markdown] {
            let text = render(&r, format)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(want), "{lang} {format:?}: {text}");
            // The score's own row says it is counted without them.
            let row = if lang == "en" {
                "(2 not answered)"
            } else {
                "(2 sin responder)"
            };
            assert!(text.contains(row), "{lang} {format:?}: {text}");
        }
        let json: serde_json::Value = serde_json::from_str(&render(&r, Format::Json)).unwrap();
        assert_eq!(
            json["unanswered_scored"],
            serde_json::json!(["standing", "sleeping"])
        );
        assert_eq!(json["scores"][0]["unanswered"], 2);
    }
    let all: Answers = q.questions.iter().map(|x| (x.id.clone(), n(1.0))).collect();
    let e = evaluate(&q, &all, "en");
    assert!(e.unanswered_scored.is_empty());
    assert!(e.scores.iter().all(|s| s.unanswered == 0));
}

/// Answers read through a chain of conditionals (`x <= 15 ? 0 : x <= 30 ? 1 : 2`) are cited
/// only when moving them to the far end of their range would have undone the result: the
/// expression does not say which way they count, so the evaluator asks.
#[test]
fn answers_mapped_through_conditionals_are_cited_only_when_they_decided() {
    let q = fixture("mapped.yaml");
    for (answers, cited) in [
        // x at its top would still give `g <= 2`: x decided nothing.
        ([("x", 20.0), ("y", 0.0), ("z", 1.0)], vec!["y", "z"]),
        // x at its top would give 3: x kept `g` low, as y and z did.
        ([("x", 0.0), ("y", 1.0), ("z", 1.0)], vec!["x", "y", "z"]),
        // Only z, at its top, would undo it.
        ([("x", 0.0), ("y", 0.0), ("z", 0.0)], vec!["z"]),
    ] {
        let a = numbers(&answers);
        let e = evaluate(&q, &a, "en");
        assert_eq!(e.fired[0].rule, "lo", "{answers:?}");
        assert_eq!(e.fired[0].answers, cited, "{answers:?}");
    }
}

/// A result marked incomplete (`--partial`) says which single answer to a question left
/// open would give another result: here, any answer to `z`, which the rules read.
#[test]
fn what_would_change_a_partial_result_tries_the_open_questions() {
    let q = fixture("mapped.yaml");
    let a = numbers(&[("x", 0.0), ("y", 1.0)]);
    let e = evaluate(&q, &a, "en");
    assert_eq!(e.outcomes, ["none"], "no rule holds without z");
    let changes = careerpath::evaluate::what_would_change(&q, &a, &e, 2000);
    let z: Vec<(f64, &str)> = changes
        .iter()
        .filter(|c| c.question == "z" && c.from.is_none())
        .map(|c| match c.to {
            Answer::Number(v) => (v, c.outcomes[0].as_str()),
            _ => panic!("{c:?}"),
        })
        .collect();
    // g = 1 + z, and `lo` needs g <= 2.
    assert_eq!(z, [(0.0, "lo"), (1.0, "lo"), (2.0, "hi"), (3.0, "hi")]);
}

/// In a result marked incomplete, answering a required question left open comes before
/// changing an answer given, however near that change is: the result waits on it.
#[test]
fn a_partial_result_lists_the_open_required_question_first() {
    let q = load_str(
        "open.yaml",
        r#"
id: open
version: 1
title: Open
dimensions: {d: {label: D}}
sections:
  - id: s
    title: S
    questions:
      - {id: a, type: scale, prompt: A, min: 0, max: 3, score: {d: 1}}
      - {id: b, type: scale, prompt: B, min: 0, max: 3, score: {d: 1}}
decision:
  policy: first
  rules:
    - {id: hi, when: "score.d >= 3", outcome: hi, because: hi}
    - {id: lo, default: true, outcome: lo, because: lo}
outcomes:
  hi: {title: Hi, summary: x}
  lo: {title: Lo, summary: x}
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let a = numbers(&[("a", 2.0)]);
    let e = evaluate(&q, &a, "en");
    let changes = careerpath::evaluate::what_would_change(&q, &a, &e, 2000);
    let order: Vec<&str> = group_changes(&q, &changes)
        .iter()
        .map(|g| g.question)
        .collect();
    assert_eq!(order, ["b", "a"]);
}

/// Under `policy: top`, a reason cites the answers that pushed its dimension over the best
/// one left out, on balance: `both` and `even` gave A and B the same points and are not
/// cited (they were).
#[test]
fn a_profile_reason_cites_what_put_it_ahead_of_the_next() {
    let q = fixture("top-cite.yaml");
    let a: Answers = [
        ("both", Answer::List(vec!["xa".into(), "xb".into()])),
        ("even", Answer::Text("e1".into())),
        ("lead", Answer::Text("l1".into())),
        ("rk", Answer::List(vec!["ra".into(), "rb".into()])),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let e = evaluate(&q, &a, "en");
    assert_eq!(e.outcomes, ["oa"]);
    assert_eq!(e.fired[0].answers, ["lead", "rk"]);
}

/// Swapping two neighbours in a ranking is one change too: "what would change it" tries it,
/// not only moving one item to the top.
#[test]
fn what_would_change_a_ranking_tries_swapping_neighbours() {
    let q = load_str(
        "swap.yaml",
        r#"
id: swap
version: 1
title: Swap
dimensions:
  a: {label: A}
  b: {label: B}
sections:
  - id: s
    title: S
    questions:
      - id: r
        type: rank
        prompt: Order?
        choices:
          - {value: x, label: X, score: {a: 1}}
          - {value: y, label: Y, score: {b: 3}}
          - {value: z, label: Z, score: {a: 3}}
decision:
  policy: first
  rules:
    - {id: more-a, when: "score.a > score.b", outcome: oa, because: A.}
    - {id: other, default: true, outcome: ob, because: B.}
outcomes:
  oa: {title: OA, summary: x}
  ob: {title: OB, summary: y}
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let list = |v: &[&str]| Answer::List(v.iter().map(|s| (*s).to_owned()).collect());
    let a: Answers = [("r".to_owned(), list(&["x", "y", "z"]))]
        .into_iter()
        .collect();
    let e = evaluate(&q, &a, "en");
    assert_eq!(e.outcomes, ["ob"], "A 1, B 1.5");
    let changes = careerpath::evaluate::what_would_change(&q, &a, &e, 2000);
    assert!(
        changes
            .iter()
            .any(|c| c.to == list(&["x", "z", "y"]) && c.outcomes == ["oa"]),
        "the last two swapped give A 2.5, B 0: {changes:?}"
    );
}

// ---- Load errors for the new keys ----

const BASE: &str = r#"
id: keys
version: 1
title: Keys
dimensions:
  d: {label: D}
sections:
  - id: s
    title: S
    questions:
      - id: x
        type: scale
        prompt: X
        min: 1
        max: 3
        score: {d: 1}
QUESTION
DECISION
outcomes:
  o: {title: O, summary: S.}
"#;

const FIRST: &str =
    "decision:\n  policy: first\n  rules:\n    - {id: f, default: true, outcome: o, because: b}";

#[test]
fn new_keys_give_clear_errors() {
    // (name, extra question yaml, decision yaml, error code, message part)
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "labels must cover every point",
            "      - {id: y, type: scale, prompt: Y, min: 1, max: 3, labels: [a, b]}",
            FIRST,
            "bad-labels",
            "a scale from 1 to 3 has 3 points, so `labels` needs 3 labels, found 2",
        ),
        (
            "reverse needs a score",
            "      - {id: y, type: scale, prompt: Y, min: 1, max: 3, reverse: true}",
            FIRST,
            "reverse-without-score",
            "`reverse` needs a `score` to reverse",
        ),
        (
            "offset needs a score",
            "      - {id: y, type: scale, prompt: Y, min: 1, max: 3, offset: -1}",
            FIRST,
            "offset-without-score",
            "`offset` moves the answer a `score` weighs, and there is no `score`",
        ),
        (
            "offset is for scales and numbers",
            "      - {id: y, type: confirm, prompt: Y, offset: -1}",
            FIRST,
            "key-not-allowed",
            "`offset` is not allowed on a `confirm` question",
        ),
        (
            "a scored number needs both bounds",
            "      - {id: y, type: number, prompt: Y, min: 0, score: {d: 1}}",
            FIRST,
            "score-needs-bounds",
            "`y` scores its answer, so it needs both `min` and `max`",
        ),
        (
            "unit_one needs unit",
            "      - {id: y, type: number, prompt: Y, unit_one: hour}",
            FIRST,
            "unit-one-without-unit",
            "`unit_one` is the unit after 1, so it needs `unit` for every other number",
        ),
        (
            "unit_one is for numbers",
            "      - {id: y, type: scale, prompt: Y, min: 1, max: 3, unit_one: point}",
            FIRST,
            "key-not-allowed",
            "`unit_one` is not allowed on a `scale` question",
        ),
        (
            "labels are for scales",
            "      - {id: y, type: number, prompt: Y, labels: [a]}",
            FIRST,
            "key-not-allowed",
            "`labels` is not allowed on a `number` question",
        ),
        (
            "policy top needs its block",
            "",
            "decision:\n  policy: top\n  rules:\n    - {id: f, default: true, outcome: o, because: b}",
            "missing-top",
            "`policy: top` needs a `top` block",
        ),
        (
            "a top block needs policy top",
            "",
            "decision:\n  policy: first\n  top: {ties: order, because: b}\n  rules:\n    - {id: f, default: true, outcome: o, because: b}",
            "top-without-policy",
            "`top` is only used with `policy: top`",
        ),
        (
            "count within the dimensions",
            "",
            "decision:\n  policy: top\n  top: {count: 2, ties: order, because: b}\n  rules:\n    - {id: f, default: true, outcome: o, because: b}",
            "bad-range",
            "`count` must be from 1 to 1 (the number of dimensions), found 2",
        ),
        (
            "a shown derived value needs a range",
            "derived:\n  p: {expr: \"score.d * 2\", label: P, min: 5, max: 5}",
            FIRST,
            "bad-range",
            "`max` (5) must be a finite number greater than `min` (5)",
        ),
        (
            "a shown derived value is a number",
            "derived:\n  p: {expr: \"x == 1\", label: P, min: 0, max: 1}",
            FIRST,
            "expr-type",
            "expected a number, found a boolean",
        ),
        (
            "{dimension} only in the top block's reason",
            "",
            "decision:\n  policy: first\n  rules:\n    - {id: f, default: true, outcome: o, because: \"{dimension}\"}",
            "bad-template",
            "unknown placeholder `{dimension}`",
        ),
    ];
    for (name, question, decision, code, message) in cases {
        let yaml = BASE
            .replace("QUESTION", question)
            .replace("DECISION", decision);
        let err = match load_str("keys.yaml", &yaml) {
            Ok(_) => panic!("{name}: loaded"),
            Err(LoadError::Invalid(d)) => d,
            Err(e) => panic!("{name}: {e}"),
        };
        assert!(
            err.iter()
                .any(|d| d.code == *code && d.message.contains(message)),
            "{name}: {:?}",
            err.iter()
                .map(|d| format!("{}: {}", d.code, d.message))
                .collect::<Vec<_>>()
        );
    }
    // Today's format still loads as it did.
    let yaml = BASE.replace("QUESTION", "").replace("DECISION", FIRST);
    assert!(load_str("keys.yaml", &yaml).is_ok());
}

// ---- Each example runs in plain mode from piped input ----

#[test]
fn examples_run_in_plain_mode_with_piped_answers() {
    use super::plain::{run, stdout};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let riasec: Vec<String> = (0..60)
        .map(|k| match k % 6 {
            1 => "5".to_owned(),
            2 => "Like".to_owned(),
            3 => "unsure".to_owned(),
            _ => "1".to_owned(),
        })
        .collect();
    let riasec: Vec<&str> = riasec.iter().map(String::as_str).collect();
    let big_five = ["3"; 20];
    // (file, lines, what the output must show)
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "riasec.yaml",
            &riasec,
            &[
                "Your interest profile",
                "Investigative: ideas and problems",
                "4 = Like",
            ],
        ),
        (
            "big-five.yaml",
            &big_five,
            &["Your trait profile", "Your five traits"],
        ),
        (
            "wellbeing.yaml",
            &[
                "Most of the time",
                "4",
                "most of the time",
                "3",
                "All of the time",
            ],
            &[
                "Your wellbeing index",
                "Your wellbeing looks good",
                "Wellbeing index (percent)",
            ],
        ),
        (
            "nps.yaml",
            &["9", "The people", "n"],
            &[
                "Your answer",
                "Promoter",
                "What do you value most about us?",
            ],
        ),
    ];
    for (file, lines, want) in cases {
        let data = tempfile::tempdir().unwrap();
        let path = root.join("questions/examples").join(file);
        let input = format!("{}\n", lines.join("\n"));
        let o = run(
            data.path(),
            &["--plain", "--questions", path.to_str().unwrap()],
            input.as_bytes(),
            &[],
        );
        let out = stdout(&o);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{file}: {out}{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!out.contains("Not accepted"), "{file}: {out}");
        for w in *want {
            assert!(out.contains(w), "{file}: no `{w}` in\n{out}");
        }
    }
}

// ---- What the result shows, through the real binary ----

#[test]
fn reports_show_the_label_measures_and_a_bounded_change_list() {
    use super::plain::{run, stdout};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = tempfile::tempdir().unwrap();
    let evaluate = |file: &str, answers: &Answers, extra: &[&str]| {
        let yaml = serde_yaml::to_string(&serde_json::json!({ "answers": answers })).unwrap();
        let path = data.path().join("answers.yaml");
        std::fs::write(&path, yaml).unwrap();
        let q = root.join("questions/examples").join(file);
        let mut args = vec![
            "--questions",
            q.to_str().unwrap(),
            "evaluate",
            "--answers",
            path.to_str().unwrap(),
        ];
        args.extend(extra);
        let o = run(data.path(), &args, b"", &[]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        stdout(&o)
    };
    // A tie at third place: many single answers would break it.
    let a = riasec([
        Some(1.0),
        Some(5.0),
        Some(4.0),
        Some(3.0),
        Some(3.0),
        Some(1.0),
    ]);
    let short = evaluate("riasec.yaml", &a, &[]);
    assert!(short.starts_with("Your interest profile\n"), "{short}");
    // Wrapped to the report's width: compare with the line breaks taken out.
    let flat = short.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Profile: IAS/E (tied at the last place: Social (helping) and Enterprising (persuading))"
        ),
        "{short}"
    );
    let changes = |s: &str| {
        s.split("What would change it")
            .nth(1)
            .and_then(|t| t.split("Why not the others").next())
            .unwrap_or_default()
            .to_owned()
    };
    let bullets = |s: &str| changes(s).lines().filter(|l| l.starts_with("  - ")).count();
    assert!(bullets(&short) <= 5, "{short}");
    assert!(changes(&short).contains("…and "), "{short}");
    let all = evaluate("riasec.yaml", &a, &["--all-changes"]);
    assert!(bullets(&all) > 5, "{all}");
    assert!(!changes(&all).contains("…and "), "{all}");
    // Ten answers feed each interest: a reason lists the five largest and says there are
    // more, never passing the others over in silence.
    let why = short
        .split("\nWhy\n")
        .nth(1)
        .and_then(|t| t.split("What would change it").next())
        .unwrap_or_default();
    assert!(why.contains("because you answered:"), "{short}");
    assert!(why.contains("      …and 5 more\n"), "{short}");
    // Bars start at the reachable minimum: 10 of 10..50 is an empty bar.
    assert!(short.contains("░░░░░░░░░░ 10 / 50"), "{short}");

    let w = evaluate("wellbeing.yaml", &wellbeing([Some(3.0); 5]), &[]);
    assert!(w.contains("Wellbeing index (percent)"), "{w}");
    assert!(w.contains("60 / 100"), "{w}");
    assert!(!w.contains("What would change it"), "{w}");
    let json = evaluate(
        "wellbeing.yaml",
        &wellbeing([Some(3.0), None, Some(3.0), Some(3.0), Some(3.0)]),
        // An item is missing: without --partial `evaluate` refuses.
        &["--format", "json", "--partial"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["result_label"], "Your wellbeing index");
    assert_eq!(v["measures"][0]["value"], serde_json::Value::Null);
    assert_eq!(v["outcomes"][0]["id"], "incomplete");
}

/// "Most likely to change it" is the smallest reconsideration of the answers given: a
/// Likert answer one point away before a four-point swing of one that moved fewer points.
#[test]
fn the_most_likely_change_is_the_closest_answer() {
    let q = fixture("closest.yaml");
    let answers: Answers = [("c1", 5.0), ("d1", 5.0), ("f1", 1.0)]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), Answer::Number(v)))
        .collect();
    let ev = evaluate(&q, &answers, "en");
    assert_eq!(ev.outcomes, ["cats"]);
    let changes = careerpath::evaluate::what_would_change(&q, &answers, &ev, 2000);
    assert!(
        changes
            .iter()
            .any(|c| c.question == "f1" && c.to == Answer::Number(5.0)),
        "{changes:?}"
    );
    let most = careerpath::evaluate::most_likely_change(&q, &ev, &changes);
    let most = most.map(|c| (c.question.as_str(), c.to.clone()));
    assert_eq!(most, Some(("c1", Answer::Number(4.0))));
}

/// The usability example scores as the System Usability Scale does, with no derived
/// correction: `reverse` then `offset: -1` counts each item 0 to 4, times 2.5 reaches
/// exactly 0 to 100, and its own test file passes.
#[test]
fn the_usability_example_scores_0_to_100_with_offsets() {
    let q = example("usability.yaml");
    assert_eq!(score_range(&q), [(0.0, 100.0)]);
    let ids = [
        "often",
        "complex",
        "easy",
        "support",
        "integrated",
        "inconsistent",
        "learn",
        "awkward",
        "confident",
        "before",
    ];
    let all = |odd: f64, even: f64| -> Answers {
        ids.iter()
            .enumerate()
            .map(|(k, id)| ((*id).to_owned(), n(if k % 2 == 0 { odd } else { even })))
            .collect()
    };
    for (odd, even, want) in [
        (5.0, 1.0, 100.0),
        (1.0, 5.0, 0.0),
        (4.0, 2.0, 75.0),
        (3.0, 4.0, 37.5),
    ] {
        let e = evaluate(&q, &all(odd, even), "en");
        assert_eq!(score(&e, "usability"), want, "odd {odd}, even {even}");
    }
    let run = careerpath::testing::run_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/examples/usability.tests.yaml"),
        None,
    );
    assert!(
        run.is_ok_and(|r| r.failed() == 0),
        "the example's own tests fail"
    );
}
