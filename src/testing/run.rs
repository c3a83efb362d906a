//! Running cases: each case's answers through the same flow and evaluator as the program,
//! compared with what the case expects.

use crate::evaluate::{self, Evaluation};
use crate::flow;
use crate::questionnaire::{Pos, Questionnaire};

use super::coverage::{Coverage, Reached};
use super::{Case, Suite};

/// The outcome of running one test file.
#[derive(Debug, Clone)]
pub struct Run {
    pub file: String,
    /// The questionnaire the cases ran against, as named in messages.
    pub questionnaire: String,
    pub results: Vec<CaseResult>,
    pub coverage: Coverage,
}

impl Run {
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|r| r.passed()).count()
    }

    pub fn failed(&self) -> usize {
        self.results.len() - self.passed()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseResult {
    pub name: String,
    pub pos: Pos,
    pub failures: Vec<Failure>,
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// One expectation that did not hold: what was expected and what came out, one item a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The `expect` key.
    pub key: &'static str,
    /// Where it is written (the case's start when it is not, for answers left out).
    pub pos: Pos,
    pub message: String,
    pub expected: Vec<String>,
    pub actual: Vec<String>,
}

/// Runs every case of `suite` against `q` (the questionnaire it was checked against).
pub fn run(q: &Questionnaire, suite: &Suite) -> Run {
    let mut reached = Reached::new(q);
    let results = suite
        .cases
        .iter()
        .map(|case| CaseResult {
            name: case.name.clone(),
            pos: case.pos,
            failures: run_case(q, case, &mut reached),
        })
        .collect();
    Run {
        file: suite.file.clone(),
        questionnaire: q.source.clone(),
        results,
        coverage: reached.coverage(q),
    }
}

fn run_case(q: &Questionnaire, case: &Case, reached: &mut Reached) -> Vec<Failure> {
    let expect = &case.expect;
    let mut failures = Vec::new();
    let visible = flow::visible(q, &case.answers);
    reached.walk(q, &case.answers, &visible);
    let shown = |id: &String| q.question_index(id).is_some_and(|i| visible.contains(&i));
    check_listed(
        &mut failures,
        case,
        "asked",
        &expect.asked,
        shown,
        "not-asked",
    );
    check_listed(
        &mut failures,
        case,
        "not_asked",
        &expect.not_asked,
        |id| !shown(id),
        "asked",
    );

    let missing: Vec<String> = flow::missing_required(q, &case.answers)
        .into_iter()
        .map(|i| q.questions[i].id.clone())
        .collect();
    if expect.incomplete == Some(true) && missing.is_empty() {
        failures.push(Failure {
            key: "incomplete",
            pos: at(case, "incomplete"),
            message: diag!("diag-test-complete"),
            expected: vec![diag!("diag-test-state", complete = "no")],
            actual: vec![diag!("diag-test-state", complete = "yes")],
        });
    }
    // Without `partial`, no result is built on missing answers: nothing more to check.
    if expect.incomplete == Some(true) && !case.partial {
        return failures;
    }
    if !missing.is_empty() && (!case.partial || expect.incomplete == Some(false)) {
        // No result is built on missing answers: the evaluation keys cannot be checked.
        failures.push(Failure {
            key: "incomplete",
            pos: at(case, "incomplete"),
            // A `partial` case was evaluated; the others were refused.
            message: if case.partial {
                diag!(
                    "diag-test-incomplete-partial",
                    ids = missing.join(", "),
                    n = missing.len()
                )
            } else {
                diag!(
                    "diag-test-incomplete",
                    ids = missing.join(", "),
                    n = missing.len()
                )
            },
            expected: vec![diag!("diag-test-state", complete = "yes")],
            actual: missing
                .iter()
                .map(|id| diag!("diag-test-unanswered", id = id.as_str()))
                .collect(),
        });
        return failures;
    }
    let ev = evaluate::evaluate(q, &case.answers, &q.default_lang);
    let held: Vec<String> = evaluate::held_notes(q, &case.answers, &ev)
        .into_iter()
        .map(|i| q.decision.notes[i].id.clone())
        .collect();
    reached.evaluation(q, &ev, &held);
    check_evaluation(&mut failures, case, &ev, &held);
    failures
}

fn check_evaluation(failures: &mut Vec<Failure>, case: &Case, ev: &Evaluation, held: &[String]) {
    let expect = &case.expect;
    if let Some(want) = &expect.outcomes
        && *want != ev.outcomes
    {
        failures.push(Failure {
            key: "outcomes",
            pos: at(case, "outcomes"),
            message: diag!(
                "diag-test-outcomes",
                want = want.join(", "),
                got = ev.outcomes.join(", ")
            ),
            expected: want.clone(),
            actual: ev.outcomes.clone(),
        });
    }
    let fired: Vec<String> = ev.fired.iter().map(|f| f.rule.clone()).collect();
    if let Some(want) = &expect.rules
        && *want != fired
    {
        failures.push(Failure {
            key: "rules",
            pos: at(case, "rules"),
            message: diag!(
                "diag-test-rules",
                want = want.join(", "),
                got = fired.join(", ")
            ),
            expected: want.clone(),
            actual: fired,
        });
    }
    let missing: Vec<&String> = expect.notes.iter().filter(|n| !held.contains(n)).collect();
    if !missing.is_empty() {
        failures.push(Failure {
            key: "notes",
            pos: at(case, "notes"),
            message: diag!("diag-test-notes-missing", ids = ticked(&missing)),
            expected: expect.notes.clone(),
            actual: held.to_vec(),
        });
    }
    let unwanted: Vec<&String> = expect
        .no_notes
        .iter()
        .filter(|n| held.contains(n))
        .collect();
    if !unwanted.is_empty() {
        failures.push(Failure {
            key: "no_notes",
            pos: at(case, "no_notes"),
            message: diag!("diag-test-notes-unwanted", ids = ticked(&unwanted)),
            expected: Vec::new(),
            actual: unwanted.into_iter().cloned().collect(),
        });
    }
    let mut want_scores = Vec::new();
    let mut got_scores = Vec::new();
    let mut off = Vec::new();
    let mut first_off = None;
    for (dim, want, pos) in &expect.scores {
        let got = match ev.scores.iter().find(|s| s.id == *dim) {
            Some(s) => Some(s.value),
            None => match ev.derived.get(dim) {
                Some(crate::expr::Value::Number(n)) => Some(*n),
                _ => None,
            },
        };
        // In full: a difference past the second decimal (4/3 against 1.33) must show.
        let want_line = format!("{dim}: {}", crate::questionnaire::fmt_num(*want));
        let got_line = got.map_or_else(
            || format!("{dim}: {}", diag!("diag-test-no-score")),
            |g| format!("{dim}: {}", crate::questionnaire::fmt_num(g)),
        );
        // Scores are sums of the file's own numbers: equal up to rounding noise.
        if got.is_none_or(|g| (g - want).abs() > 1e-9 * want.abs().max(1.0)) {
            off.push(dim.clone());
            first_off.get_or_insert(*pos);
            want_scores.push(want_line);
        } else {
            // Equal: context in the diff, not a difference (`20.0000000001` and `20`).
            want_scores.push(got_line.clone());
        }
        got_scores.push(got_line);
    }
    if !off.is_empty() {
        failures.push(Failure {
            key: "scores",
            pos: first_off.unwrap_or(case.pos),
            message: diag!("diag-test-scores", dims = off.join(", "), n = off.len()),
            expected: want_scores,
            actual: got_scores,
        });
    }
}

/// Fails `key` when some listed id does not satisfy `ok`; the diff shows the ids that do.
/// `what` selects the words of `diag-test-listed` (`not-asked`, `asked`).
fn check_listed(
    failures: &mut Vec<Failure>,
    case: &Case,
    key: &'static str,
    listed: &[String],
    ok: impl Fn(&String) -> bool,
    what: &'static str,
) {
    let bad: Vec<&String> = listed.iter().filter(|id| !ok(id)).collect();
    if bad.is_empty() {
        return;
    }
    failures.push(Failure {
        key,
        pos: at(case, key),
        message: diag!("diag-test-listed", what = what, ids = ticked(&bad)),
        expected: listed.to_vec(),
        actual: listed.iter().filter(|id| ok(id)).cloned().collect(),
    });
}

/// Where the `expect` key `key` of `case` is written; the case's start when it is not.
fn at(case: &Case, key: &str) -> Pos {
    case.expect.key_pos(key).unwrap_or(case.pos)
}

fn ticked(ids: &[&String]) -> String {
    ids.iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
