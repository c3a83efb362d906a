//! Any session written by the store reads back equal, and its listing summary matches it.

use std::collections::BTreeMap;

use careerpath::evaluate::{Contribution, DimScore, Evaluation, Fired, Trace};
use careerpath::expr::Value;
use careerpath::questionnaire::{Answer, Answers, Policy};
use careerpath::roadmap::{Mark, RoadmapCounts, State};
use careerpath::session::{
    FORMAT_VERSION, Progress, QuestionnaireRef, SavedResult, Session, Status,
};
use careerpath::store::{Listed, Store, Summary};
use jiff::Timestamp;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z ]{0,12}",
        // Strings YAML would read as something else if written bare.
        prop::sample::select(vec![
            "true",
            "no",
            "null",
            "~",
            "1.5",
            "0x1f",
            "-.inf",
            ".nan",
            "1e3",
            "",
            " padded ",
            "a: b",
            "- x",
            "#c",
            "'q'",
            "\"dq\"",
            "multi\nline\n",
            "tab\there",
            "\u{feff}bom",
            "\u{85}nel",
            "line\u{2028}sep\u{2029}",
            "\r\n",
            "answers:",
            "# end of careerpath session",
        ])
        .prop_map(str::to_owned),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<i32>().prop_map(f64::from),
        -1e12f64..1e12,
        prop::num::f64::NORMAL,
        Just(0.5),
        Just(-0.0)
    ]
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..4_000_000_000, 0i32..1_000_000_000).prop_map(|(s, n)| Timestamp::new(s, n).unwrap())
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        any::<bool>().prop_map(Answer::Bool),
        number().prop_map(Answer::Number),
        text().prop_map(Answer::Text),
        prop::collection::vec(text(), 0..4).prop_map(Answer::List),
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    prop::collection::btree_map("[a-z_][a-z0-9_-]{0,8}", answer(), 0..6)
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number().prop_map(Value::Number),
        text().prop_map(Value::Str),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop::collection::vec(inner, 0..3).prop_map(Value::List)
    })
}

fn evaluation() -> impl Strategy<Value = Evaluation> {
    (
        prop::collection::vec("[a-z-]{1,8}", 1..3),
        prop::collection::vec(
            ("[a-z]{1,6}", number(), number(), number(), 0..3usize),
            0..3,
        ),
        prop::collection::btree_map("[a-z]{1,6}", value(), 0..3),
        prop::collection::vec((text(), any::<bool>(), 0..4usize), 0..3),
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(("[a-z]{1,6}", number(), text()), 0..4),
    )
        .prop_map(
            |(outcomes, scores, derived, fired, notes, contributions)| Evaluation {
                fired: fired
                    .into_iter()
                    .map(|(reason, default, more)| Fired {
                        rule: "r".into(),
                        outcome: outcomes[0].clone(),
                        reason,
                        answers: vec!["role".into()],
                        more,
                        default,
                    })
                    .collect(),
                outcomes,
                scores: scores
                    .into_iter()
                    .map(|(id, value, min, max, unanswered)| DimScore {
                        id,
                        value,
                        min,
                        max,
                        unanswered,
                    })
                    .collect(),
                derived: derived.into_iter().collect::<BTreeMap<_, _>>(),
                notes,
                trace: Trace {
                    policy: Policy::Collect,
                    contributions: contributions
                        .into_iter()
                        .map(|(question, points, via)| Contribution {
                            question,
                            dimension: "python".into(),
                            points,
                            via,
                        })
                        .collect(),
                    rules: Vec::new(),
                    tie_break: None,
                },
                lang: "es".into(),
                profile: None,
                measures: Vec::new(),
                unanswered_scored: Vec::new(),
            },
        )
}

prop_compose! {
    fn session()(
        id in "[0-9a-f]{32}",
        name in text(),
        created in timestamp(),
        updated in timestamp(),
        complete in any::<bool>(),
        progress in (0usize..50, 0usize..50),
        outcome in prop::option::of(text()),
        q in ("[a-z-]{1,12}", 1u32..100, "[0-9a-f]{0,64}"),
        lang in prop::sample::select(vec!["en", "es", "pt-BR"]),
        current in prop::option::of("[a-z_]{1,8}"),
        answers in answers(),
        set_aside in answers(),
        stale in answers(),
        needs_answer in prop::collection::vec("[a-z_]{1,8}", 0..3),
        result in prop::option::of((1u32..10, evaluation())),
        roadmap in prop::collection::vec(mark(), 0..4),
        counts in prop::option::of((0usize..9, 0usize..9, 0usize..9, 0usize..30)),
        retake_of in prop::option::of("[0-9a-f]{32}"),
    ) -> Session {
        Session {
            format_version: FORMAT_VERSION,
            id,
            name,
            created,
            updated,
            status: if complete { Status::Complete } else { Status::InProgress },
            progress: Progress { answered: progress.0, total: progress.1 },
            outcome,
            questionnaire: QuestionnaireRef { id: q.0, version: q.1, hash: q.2 },
            lang: lang.to_owned(),
            current,
            answers,
            set_aside,
            stale,
            needs_answer,
            result: result.map(|(v, evaluation)| SavedResult { questionnaire_version: v, evaluation }),
            roadmap,
            roadmap_progress: counts.map(|(done, in_progress, skipped, total)| RoadmapCounts {
                done,
                in_progress,
                skipped,
                total,
            }),
            retake_of,
            edited: false,
        }
    }
}

prop_compose! {
    fn mark()(
        outcome in "[a-z-]{1,12}",
        step in text(),
        item in prop::option::of(text()),
        state in prop::sample::select(vec![State::Done, State::InProgress, State::Skipped]),
    ) -> Mark {
        Mark { outcome, step, item, state }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_session_reads_back_equal(s in session()) {
        let data = tempfile::tempdir().unwrap();
        let store = Store::open(data.path()).unwrap();
        store.save(&s).unwrap();
        prop_assert_eq!(&store.load(&s.id).unwrap(), &s);
        let listed = store.list();
        prop_assert_eq!(listed.len(), 1);
        match &listed[0] {
            Listed::Ok(summary) => prop_assert_eq!(summary, &Summary::of(&s, store.path_of(&s.id))),
            Listed::Damaged { reason, .. } => prop_assert!(false, "listed as damaged: {}", reason),
        }
    }
}
