//! Which answers a reason cites: only those the deciding condition read and that held,
//! and where it read a score, the answers that fed that dimension in the direction the
//! condition needs, largest first. Never an answer that fed another dimension or pushed
//! the other way.

use std::borrow::Cow;

use crate::expr::{Env, MAX_DEPTH, Value};
use crate::questionnaire::{Condition, QuestionKind, Questionnaire, Rule};

use super::{Contribution, rules};

/// The most answers cited for one score: the largest contributions say it.
pub const MAX_FEEDERS: usize = 5;

/// What a reason points at: questions read directly, and dimensions with the direction
/// (`1` up, `-1` down, `0` either) their score had to move.
#[derive(Default)]
struct Cited {
    questions: Vec<usize>,
    dims: Vec<(usize, i8)>,
    /// Number answers read inside a number a derived value works out (`sum(g1, g2)`), with
    /// the way that number had to move: cited like points, only where they moved it.
    numbers: Vec<(usize, i8)>,
}

/// What decided a rule with condition `c` that matched after the rules `earlier` failed:
/// `c`, and the failure of each earlier rule that reads nothing `c` does not read. So
/// `total <= 9` after `total <= 4` failed is the band from 5 to 9, read both ways, not
/// "the total stayed low"; an earlier rule about other answers is left out, as a reason
/// says why its own rule holds.
pub(super) fn after<'a>(c: &'a Condition, earlier: &[Rule]) -> Cow<'a, Condition> {
    let names = c.names();
    let failed: Vec<Condition> = earlier
        .iter()
        .filter_map(|r| r.when.as_ref())
        .filter(|e| e.names().iter().all(|n| names.contains(n)))
        .map(|e| Condition::Not(Box::new(e.clone())))
        .collect();
    if failed.is_empty() {
        return Cow::Borrowed(c);
    }
    Cow::Owned(Condition::All(
        std::iter::once(c.clone()).chain(failed).collect(),
    ))
}

/// The answers behind rule condition `c` holding: the questions it read and that held (in
/// question order), then the answers that fed the scores it read in the direction it
/// needed (largest first), and how many more did than are listed.
pub(super) fn rule(
    q: &Questionnaire,
    env: &Env,
    c: &Condition,
    contributions: &[Contribution],
) -> (Vec<String>, usize) {
    let mut names = Vec::new();
    rules::cited(c, env, true, &mut names);
    let mut cited = Cited::default();
    for (name, sign) in &names {
        let sign = match sign {
            0 => both_ways(q, env, c, contributions, name),
            s => *s,
        };
        expand(q, env, name, sign, &mut cited, 0, false);
    }
    // A number read where the expression does not say which way it had to move (`x <= 15
    // ? 0 : 1`): it had to move the way whose end of its range would make the condition
    // fail. One with which the condition holds at both ends, or fails at both, decided
    // nothing alone.
    for (i, sign) in &mut cited.numbers {
        if *sign == 0 {
            *sign = probe(q, env, c, *i);
        }
    }
    cited.numbers.retain(|&(_, sign)| sign != 0);
    let mut direct = std::mem::take(&mut cited.questions);
    direct.retain(|&i| {
        env.values
            .get(&q.questions[i].id)
            .is_some_and(|v| *v != Value::Null)
    });
    direct.sort_unstable();
    direct.dedup();
    // Answers the condition read directly come first, in question order; then, when it
    // also read a score (`lead >= 3` beside `role == 'unsure'`), the answers that moved that
    // score its way, which decided as much.
    let mut listed: Vec<String> = direct.iter().map(|&i| q.questions[i].id.clone()).collect();
    if holds_at_worst(q, env, c, contributions, &cited) {
        // `total >= 0` held whatever the items were: none of them decided it.
        return (listed, 0);
    }
    let (fed, fed_beyond) = largest(q, moved(q, env, contributions, &cited.dims));
    let (counted, counted_beyond) = counted(q, env, &cited.numbers);
    for id in fed.into_iter().chain(counted) {
        if !listed.contains(&id) {
            listed.push(id);
        }
    }
    // An answer both fed a score and counted in a number is one more answer, not two.
    let mut beyond: Vec<String> = fed_beyond
        .into_iter()
        .chain(counted_beyond)
        .filter(|id| !listed.contains(id))
        .collect();
    beyond.sort_unstable();
    beyond.dedup();
    (listed, beyond.len())
}

/// Whether `c` would still hold with every score and number it read moved as far against
/// it as the answers allow: each score without the points that fed it the needed way, each
/// number answer at the end of its range the condition did not want. Then no answer moved
/// it into holding, and none is cited for it.
fn holds_at_worst(
    q: &Questionnaire,
    env: &Env,
    c: &Condition,
    contributions: &[Contribution],
    cited: &Cited,
) -> bool {
    if cited.dims.is_empty() && cited.numbers.is_empty() {
        return false;
    }
    let mut worst = env.clone();
    for &(i, sign) in &cited.numbers {
        let (lo, hi) = range(&q.questions[i].kind);
        let end = if sign > 0 { lo } else { hi };
        if sign == 0 || !end.is_finite() {
            return false;
        }
        worst
            .values
            .insert(q.questions[i].id.clone(), Value::Number(end));
    }
    for &(d, sign) in &cited.dims {
        if sign == 0 {
            return false;
        }
        // Every answer moved back as far as it could go the other way.
        let along: f64 = moved(q, env, contributions, &[(d, sign)])
            .iter()
            .map(|m| m.1)
            .sum();
        let name = format!("score.{}", q.dimensions[d].id);
        if let Some(Value::Number(v)) = worst.values.get_mut(&name) {
            *v -= along * f64::from(sign);
        }
    }
    for d in &q.derived {
        let v = d.expr.eval(&worst);
        worst.values.insert(d.name.clone(), v);
    }
    rules::holds(c, &worst)
}

/// The way a derived number or a score the condition reads both ways (`total >= 5 &&
/// total <= 9`) had to move, judged on everything that feeds it at once: up (`1`, cited
/// for what it is made of) when the condition fails with all of it at the bottom of its
/// range, else down (`-1`) when it fails with all of it at the top, else `0` (each answer
/// is then judged on its own).
fn both_ways(
    q: &Questionnaire,
    env: &Env,
    c: &Condition,
    contributions: &[Contribution],
    name: &str,
) -> i8 {
    for way in [1, -1] {
        let mut fed = Cited::default();
        expand(q, env, name, way, &mut fed, 0, false);
        let judged = fed.questions.is_empty()
            && fed.numbers.iter().all(|&(i, s)| {
                let (lo, hi) = range(&q.questions[i].kind);
                s != 0 && lo.is_finite() && hi.is_finite()
            });
        if judged && !holds_at_worst(q, env, c, contributions, &fed) {
            return way;
        }
    }
    0
}

/// Which way number answer `i` had to move for `c` to hold: `-1` when `c` fails with it at
/// the top of its range and holds at the bottom, `1` the other way, `0` otherwise.
fn probe(q: &Questionnaire, env: &Env, c: &Condition, i: usize) -> i8 {
    let question = &q.questions[i];
    let (lo, hi) = range(&question.kind);
    if !lo.is_finite() || !hi.is_finite() {
        return 0;
    }
    let holds_at = |end: f64| {
        let mut w = env.clone();
        w.values.insert(question.id.clone(), Value::Number(end));
        for d in &q.derived {
            let v = d.expr.eval(&w);
            w.values.insert(d.name.clone(), v);
        }
        rules::holds(c, &w)
    };
    match (holds_at(lo), holds_at(hi)) {
        (true, false) => -1,
        (false, true) => 1,
        _ => 0,
    }
}

/// The range an answer to a question of `kind` can take, as far as its definition says.
fn range(kind: &QuestionKind) -> (f64, f64) {
    match kind {
        QuestionKind::Scale { min, max, .. } => (*min as f64, *max as f64),
        QuestionKind::Number { min, max, .. } => (
            min.unwrap_or(f64::NEG_INFINITY),
            max.unwrap_or(f64::INFINITY),
        ),
        _ => (f64::NEG_INFINITY, f64::INFINITY),
    }
}

/// The number answers behind a derived number, those that moved it the way the condition
/// needed: up from the bottom of their range where it had to be large (an item at 0 in a
/// total moved it nowhere), down from the top where it had to be small; farthest first, at
/// most [`MAX_FEEDERS`]; and how many more there are.
fn counted(q: &Questionnaire, env: &Env, numbers: &[(usize, i8)]) -> (Vec<String>, Vec<String>) {
    let mut moved: Vec<(usize, f64)> = numbers
        .iter()
        .filter_map(|&(i, sign)| {
            let Some(Value::Number(v)) = env.values.get(&q.questions[i].id) else {
                return None;
            };
            let (lo, hi) = range(&q.questions[i].kind);
            // With no floor given, an answer above 0 is what moved a total up.
            let lo = if lo.is_finite() { lo } else { 0.0 };
            let room = if sign < 0 { hi - v } else { v - lo };
            (room > 0.0).then_some((i, room))
        })
        .collect();
    moved.sort_by_key(|m| m.0);
    moved.dedup_by_key(|m| m.0);
    largest(q, moved)
}

/// The questions of `weighed` (index, weight), largest weight first (then in question
/// order): the first [`MAX_FEEDERS`], and the rest.
fn largest(q: &Questionnaire, mut weighed: Vec<(usize, f64)>) -> (Vec<String>, Vec<String>) {
    weighed.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut listed: Vec<String> = weighed
        .into_iter()
        .map(|(i, _)| q.questions[i].id.clone())
        .collect();
    let beyond = listed.split_off(listed.len().min(MAX_FEEDERS));
    (listed, beyond)
}

/// How far each answered question moved dimensions `dims` the way they had to go.
///
/// One score read alone: up from the fewest points the answer could give where it had to
/// be high (an item at its floor moved nothing), down from the most where it had to be low
/// (an item at its floor is what kept a total low), as totals of number answers are cited.
/// Several read together (`score.rust - score.python`): the points the answer gave them the
/// way they had to go, on balance. An answer that gave Rust 1 and Python 2 moved the lead
/// down, and is not cited for it being high; one that gave each 2 moved it neither way.
fn moved(
    q: &Questionnaire,
    env: &Env,
    contributions: &[Contribution],
    dims: &[(usize, i8)],
) -> Vec<(usize, f64)> {
    let mut per: Vec<(usize, f64)> = Vec::new();
    if dims.is_empty() {
        return per;
    }
    let owed: Vec<Vec<&str>> = contributions.iter().map(|c| owed_to(q, c)).collect();
    for (i, question) in q.questions.iter().enumerate() {
        if env
            .values
            .get(&question.id)
            .is_none_or(|v| *v == Value::Null)
        {
            continue;
        }
        // What the answer could have given: needed for one score read alone.
        let range =
            (dims.len() == 1).then(|| crate::questionnaire::outer_range(q, question, false));
        let mut along = 0.0;
        for &(d, sign) in dims {
            let dim = &q.dimensions[d].id;
            let gave: f64 = contributions
                .iter()
                .zip(&owed)
                .filter(|(c, to)| c.dimension == *dim && to.contains(&question.id.as_str()))
                .map(|(c, _)| c.points)
                .sum();
            let (lo, hi) = range
                .as_ref()
                .and_then(|r| r.get(d).copied())
                .unwrap_or((0.0, 0.0));
            along += match sign {
                0 => gave.abs(),
                s if dims.len() > 1 => gave * f64::from(s),
                s if s > 0 => gave - lo.min(gave),
                _ => hi.max(gave) - gave,
            };
        }
        if along > 0.0 {
            per.push((i, along));
        }
    }
    per
}

/// The answers a contribution's points are owed to: the answer that gave them, or for a
/// `score_if` entry's points, the answers its `when` reads (`score_if: [{when: "pet ==
/// 'dog'"}]` on a tea question scores the pet, not the tea).
fn owed_to<'q>(q: &'q Questionnaire, c: &'q Contribution) -> Vec<&'q str> {
    let entry = q
        .question(&c.question)
        .and_then(|x| x.score_if.iter().find(|s| s.when.source() == c.via));
    match entry {
        Some(s) => s
            .when
            .names()
            .into_iter()
            .filter(|n| q.question(n).is_some())
            .collect(),
        None => vec![c.question.as_str()],
    }
}

/// The questions that moved dimensions `dims` their way ([`moved`]), farthest first, at
/// most [`MAX_FEEDERS`]; and how many more there are.
pub(super) fn feeders(
    q: &Questionnaire,
    env: &Env,
    contributions: &[Contribution],
    dims: &[(usize, i8)],
) -> (Vec<String>, usize) {
    let (listed, beyond) = largest(q, moved(q, env, contributions, dims));
    (listed, beyond.len())
}

/// Resolves a cited name: a question stands for itself, a score for its dimension, a
/// derived value for what its own expression read (a true/false one only for the parts
/// that decided its value).
fn expand(
    q: &Questionnaire,
    env: &Env,
    name: &str,
    sign: i8,
    out: &mut Cited,
    depth: usize,
    in_number: bool,
) {
    if let Some(i) = q.question_index(name) {
        match env.values.get(name) {
            Some(Value::Number(_)) if in_number => out.numbers.push((i, sign)),
            _ => out.questions.push(i),
        }
        return;
    }
    if let Some(dim) = name.strip_prefix("score.")
        && let Some(d) = q.dimensions.iter().position(|x| x.id == dim)
    {
        match out.dims.iter_mut().find(|(x, _)| *x == d) {
            Some((_, s)) if *s != sign => *s = 0,
            Some(_) => {}
            None => out.dims.push((d, sign)),
        }
        return;
    }
    // The loader refuses cycles; the bound keeps a hand-built questionnaire finite.
    let Some(d) = q.derived.iter().find(|d| d.name == name) else {
        return;
    };
    if depth >= MAX_DEPTH {
        return;
    }
    let number = matches!(env.values.get(name), Some(Value::Number(_)));
    let (names, signs) = match env.values.get(name) {
        Some(Value::Bool(v)) => {
            // Which way a true/false value helps depends on whether the condition wanted it.
            let v = if sign < 0 { !v } else { *v };
            let deciding = d.expr.deciding(env, v);
            (
                deciding
                    .iter()
                    .map(|(n, _)| n.clone())
                    .collect::<Vec<String>>(),
                deciding,
            )
        }
        _ => {
            // The names a number reads as numbers (`answered(x)` reads no value of `x`).
            let signs = d.expr.number_signs(sign, env);
            (signs.iter().map(|(n, _)| n.clone()).collect(), signs)
        }
    };
    for n in names {
        let s = signs.iter().find(|(m, _)| *m == n).map_or(0, |(_, s)| *s);
        expand(q, env, &n, s, out, depth + 1, number || in_number);
    }
}
