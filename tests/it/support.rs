//! Sessions built by hand for store tests, without a questionnaire.

use std::collections::BTreeMap;

use careerpath::evaluate::{DimScore, Evaluation, Fired, Trace};
use careerpath::expr::Value;
use careerpath::questionnaire::{Answer, Answers, Policy};
use careerpath::session::{
    FORMAT_VERSION, Progress, QuestionnaireRef, SavedResult, Session, Status,
};
use jiff::Timestamp;

pub fn ts(secs: i64) -> Timestamp {
    Timestamp::from_second(secs).unwrap()
}

pub fn session(id: &str, name: &str, updated: i64) -> Session {
    let mut answers = Answers::new();
    answers.insert("role".into(), Answer::Text("ml".into()));
    answers.insert("serving".into(), Answer::Bool(false));
    answers.insert(
        "domains".into(),
        Answer::List(vec!["llm".into(), "agents".into()]),
    );
    answers.insert("hours".into(), Answer::Number(6.0));
    Session {
        format_version: FORMAT_VERSION,
        id: id.into(),
        name: name.into(),
        created: ts(1_790_000_000),
        updated: ts(updated),
        status: Status::InProgress,
        progress: Progress {
            answered: 4,
            total: 9,
        },
        outcome: None,
        questionnaire: QuestionnaireRef {
            id: "python-or-rust".into(),
            version: 3,
            hash: "ab12".into(),
        },
        lang: "en".into(),
        current: Some("hours".into()),
        answers,
        set_aside: Answers::new(),
        stale: Answers::new(),
        needs_answer: Vec::new(),
        result: None,
        roadmap: Vec::new(),
        roadmap_progress: None,
        retake_of: None,
        edited: false,
    }
}

/// A session with a result the size of a real one (a trace of many contributions).
pub fn complete(id: &str, name: &str, updated: i64) -> Session {
    let mut s = session(id, name, updated);
    s.status = Status::Complete;
    s.outcome = Some("Learn Python first".into());
    s.result = Some(SavedResult {
        questionnaire_version: 3,
        evaluation: evaluation(),
    });
    s
}

pub fn evaluation() -> Evaluation {
    let contributions = (0..30)
        .map(|i| careerpath::evaluate::Contribution {
            question: format!("q{i}"),
            dimension: if i % 2 == 0 {
                "python".into()
            } else {
                "rust".into()
            },
            points: f64::from(i % 4),
            via: format!("choice-{i}"),
        })
        .collect();
    Evaluation {
        outcomes: vec!["python-first".into()],
        scores: vec![
            DimScore {
                id: "python".into(),
                value: 14.0,
                min: 0.0,
                max: 20.0,
                unanswered: 0,
            },
            DimScore {
                id: "rust".into(),
                value: 6.5,
                min: -2.0,
                max: 20.0,
                unanswered: 0,
            },
        ],
        derived: BTreeMap::from([
            ("lead".into(), Value::Number(-7.5)),
            ("close".into(), Value::Bool(false)),
        ]),
        fired: vec![Fired {
            rule: "ml-python".into(),
            outcome: "python-first".into(),
            reason:
                "You want to become an AI/ML engineer, and most of that work happens in Python."
                    .into(),
            answers: vec!["role".into(), "serving".into()],
            more: 0,
            default: false,
        }],
        notes: vec!["This was close.".into()],
        trace: Trace {
            policy: Policy::Priority,
            contributions,
            rules: Vec::new(),
            tie_break: None,
        },
        lang: "en".into(),
        profile: None,
        measures: Vec::new(),
        unanswered_scored: vec!["q7".into()],
    }
}

/// `tests/fixtures/valid/exclusive.yaml` (a multi with "None of these") with `limits`
/// (`min: 2`, `max: 2`) on its question.
pub fn exclusive(limits: &str) -> careerpath::questionnaire::Questionnaire {
    let path = "tests/fixtures/valid/exclusive.yaml";
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    careerpath::questionnaire::load_str(path, &text.replace("min: 0", limits))
        .unwrap_or_else(|e| panic!("{e}"))
}
