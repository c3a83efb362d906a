//! What can hold: conditions decided by trying every answer of the finite
//! questions they read, and the reachable score range per dimension.

use std::collections::{HashMap, HashSet};

use crate::expr::ast::{BinOp, Kind, Node};
use crate::expr::{Env, Expr, Value};

use super::super::{Condition, Question, QuestionKind, Questionnaire, rank_weight};

/// Most combinations of answers tried for one condition.
const MAX_COMBINATIONS: usize = 4096;

/// Whether a visitor wants more combinations: `()` always does.
trait Continue {
    fn go_on(self) -> bool;
}

impl Continue for () {
    fn go_on(self) -> bool {
        true
    }
}

impl Continue for bool {
    fn go_on(self) -> bool {
        self
    }
}

/// Whether a condition can hold, must hold, or could not be decided cheaply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    Never,
    Always,
    Sometimes,
    Unknown,
}

/// The answers a question can have (always including "no answer"), if few.
fn domain(q: &Question, hidden: bool) -> Option<Vec<Value>> {
    let mut out = vec![Value::Null];
    if hidden {
        return Some(out);
    }
    let strs = |c: &[super::super::Choice]| {
        c.iter()
            .map(|c| Value::Str(c.value.clone()))
            .collect::<Vec<_>>()
    };
    match &q.kind {
        QuestionKind::Single { choices } => out.extend(strs(choices)),
        QuestionKind::Confirm => out.extend([Value::Bool(true), Value::Bool(false)]),
        QuestionKind::Scale { min, max, .. } => {
            if max - min > 100 {
                return None;
            }
            out.extend((*min..=*max).map(|n| Value::Number(n as f64)));
        }
        QuestionKind::Multi { choices, min, max } => {
            let n = choices.len();
            if n > 8 {
                return None;
            }
            let lo = min.unwrap_or(0) as usize;
            let hi = max.map_or(n, |m| m as usize);
            for mask in 0u32..(1 << n) {
                let size = mask.count_ones() as usize;
                if size < lo || size > hi {
                    continue;
                }
                let items = (0..n)
                    .filter(|i| mask & (1 << i) != 0)
                    .map(|i| Value::Str(choices[i].value.clone()))
                    .collect();
                out.push(Value::List(items));
            }
        }
        QuestionKind::Rank { choices } => {
            if choices.len() > 5 {
                return None;
            }
            let mut items: Vec<Value> = strs(choices);
            permutations(&mut items, 0, &mut out);
        }
        QuestionKind::Number { .. } | QuestionKind::Text { .. } => return None,
    }
    Some(out)
}

fn permutations(items: &mut Vec<Value>, k: usize, out: &mut Vec<Value>) {
    if k == items.len() {
        out.push(Value::List(items.clone()));
        return;
    }
    for i in k..items.len() {
        items.swap(k, i);
        permutations(items, k + 1, out);
        items.swap(k, i);
    }
}

/// Decides conditions over answers by enumeration; knows which questions are never shown.
pub struct Reach<'q> {
    q: &'q Questionnaire,
    index: HashMap<&'q str, usize>,
    pub hidden: HashSet<usize>,
}

impl<'q> Reach<'q> {
    pub fn new(q: &'q Questionnaire) -> Self {
        let index = q
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.as_str(), i))
            .collect();
        Reach {
            q,
            index,
            hidden: HashSet::new(),
        }
    }

    pub fn question(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// Whether `holds` (over the answers to `names`) is never, always or sometimes true.
    fn decide(&self, names: &[&str], holds: impl Fn(&Env) -> bool) -> Truth {
        let (mut any, mut all) = (false, true);
        let complete = self.each_combination(names, |env| {
            if holds(env) {
                any = true;
            } else {
                all = false;
            }
            // Once it both held and failed it is decided: stop trying.
            !any || all
        });
        match (complete, any, all) {
            (_, true, false) => Truth::Sometimes,
            (false, ..) => Truth::Unknown,
            (true, true, true) => Truth::Always,
            (true, ..) => Truth::Never,
        }
    }

    /// Calls `f` on every combination of the answers of the questions `names` (each may
    /// also be unanswered) until it returns `false`. Returns whether every combination
    /// was tried: `false` when a name is no question, a question has too many answers to
    /// try, or `f` stopped early.
    fn each_combination<R: Continue>(&self, names: &[&str], mut f: impl FnMut(&Env) -> R) -> bool {
        let mut domains: Vec<(&str, Vec<Value>)> = Vec::new();
        let mut total = 1usize;
        for name in names {
            let Some(i) = self.question(name) else {
                return false;
            };
            let Some(d) = domain(&self.q.questions[i], self.hidden.contains(&i)) else {
                return false;
            };
            total = total.saturating_mul(d.len());
            if total > MAX_COMBINATIONS {
                return false;
            }
            domains.push((name, d));
        }
        let mut env = Env::default();
        let mut counter = vec![0usize; domains.len()];
        loop {
            for (k, (name, d)) in domains.iter().enumerate() {
                env.values.insert((*name).to_owned(), d[counter[k]].clone());
            }
            if !f(&env).go_on() {
                return false;
            }
            // Next combination, like an odometer.
            let mut k = 0;
            loop {
                if k == counter.len() {
                    return true;
                }
                counter[k] += 1;
                if counter[k] < domains[k].1.len() {
                    break;
                }
                counter[k] = 0;
                k += 1;
            }
        }
    }

    pub fn expr(&self, e: &Expr) -> Truth {
        if contradiction(e.ast()) {
            return Truth::Never;
        }
        self.decide(&e.names(), |env| e.eval(env).holds())
    }

    pub fn condition(&self, c: &Condition) -> Truth {
        let mut names = Vec::new();
        collect_names(c, &mut names);
        if names.len() > 16 {
            return Truth::Unknown;
        }
        self.decide(&names, |env| holds(c, env))
    }
}

pub fn holds(c: &Condition, env: &Env) -> bool {
    match c {
        Condition::Expr(e) => e.eval(env).holds(),
        Condition::All(parts) => parts.iter().all(|p| holds(p, env)),
        Condition::Any(parts) => parts.iter().any(|p| holds(p, env)),
        Condition::Not(inner) => !holds(inner, env),
    }
}

pub fn collect_names<'a>(c: &'a Condition, out: &mut Vec<&'a str>) {
    match c {
        Condition::Expr(e) => {
            for n in e.names() {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
        Condition::All(parts) | Condition::Any(parts) => {
            parts.iter().for_each(|p| collect_names(p, out));
        }
        Condition::Not(inner) => collect_names(inner, out),
    }
}

/// `x == 'a' && x == 'b'` (for any name x, numbers or strings): can never hold.
fn contradiction(node: &Node) -> bool {
    let Kind::And(parts) = &node.kind else {
        return false;
    };
    let mut fixed: HashMap<&str, &Kind> = HashMap::new();
    for p in parts {
        let Kind::Binary(BinOp::Eq, a, b) = &p.kind else {
            continue;
        };
        let (name, lit) = match (&a.kind, &b.kind) {
            (Kind::Name(n), lit @ (Kind::Str(_) | Kind::Number(_) | Kind::Bool(_)))
            | (lit @ (Kind::Str(_) | Kind::Number(_) | Kind::Bool(_)), Kind::Name(n)) => {
                (n.as_str(), lit)
            }
            _ => continue,
        };
        if let Some(prev) = fixed.insert(name, lit)
            && prev != lit
        {
            return true;
        }
    }
    false
}

/// Per-question ranges, one `(lo, hi)` per dimension.
type Ranges = Vec<(f64, f64)>;

impl Reach<'_> {
    /// The lowest and highest total each dimension can reach, in `q.dimensions` order:
    /// the sum of each question's own reachable range. A question that may go unanswered
    /// (optional or conditional) may also add nothing. A question is bounded exactly by
    /// trying its answers together with those its `score_if` reads, so entries that
    /// exclude each other count once; where that is too many answers, each choice and each
    /// `score_if` is bounded on its own (an outer bound).
    pub fn score_range(&self) -> Ranges {
        let q = self.q;
        let mut total = vec![(0.0, 0.0); q.dimensions.len()];
        for (qi, question) in q.questions.iter().enumerate() {
            if self.hidden.contains(&qi) {
                continue;
            }
            let may_skip = !question.required || question.visible_if.is_some();
            let r = self
                .exact_range(question, may_skip)
                .unwrap_or_else(|| outer_range(q, question, may_skip));
            for (t, (lo, hi)) in total.iter_mut().zip(r) {
                t.0 += lo;
                t.1 += hi;
            }
        }
        total
    }

    /// Tries every answer of the question and of the questions its `score_if` reads.
    fn exact_range(&self, question: &Question, may_skip: bool) -> Option<Ranges> {
        let mut names = vec![question.id.as_str()];
        for s in &question.score_if {
            for n in s.when.names() {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        let dims = &self.q.dimensions;
        let mut r = vec![(f64::INFINITY, f64::NEG_INFINITY); dims.len()];
        let mut points = vec![0.0; dims.len()];
        let complete = self.each_combination(&names, |env| {
            let own = env.values.get(&question.id).unwrap_or(&Value::Null);
            if *own == Value::Null && !may_skip {
                return;
            }
            points.iter_mut().for_each(|p| *p = 0.0);
            question.points(own, env, |map, weight, _| {
                for (dim, p) in map {
                    if let Some(d) = dims.iter().position(|x| &x.id == dim) {
                        points[d] += p * weight;
                    }
                }
            });
            for (b, p) in r.iter_mut().zip(&points) {
                *b = (b.0.min(*p), b.1.max(*p));
            }
        });
        complete.then(|| {
            r.into_iter()
                .map(|(lo, hi)| if lo > hi { (0.0, 0.0) } else { (lo, hi) })
                .collect()
        })
    }
}

/// Bounds each part of a question on its own: choices by their kind, the scored answer
/// over its range, and each `score_if` as if it could hold or not independently.
fn outer_range(q: &Questionnaire, question: &Question, may_skip: bool) -> Ranges {
    q.dimensions
        .iter()
        .map(|dim| {
            let d = dim.id.as_str();
            let points: Vec<f64> = question
                .kind
                .choices()
                .iter()
                .map(|c| c.score.get(d).copied().unwrap_or(0.0))
                .collect();
            let (mut qlo, mut qhi) = match &question.kind {
                QuestionKind::Single { .. } => (
                    points.iter().copied().fold(f64::INFINITY, f64::min),
                    points.iter().copied().fold(f64::NEG_INFINITY, f64::max),
                ),
                QuestionKind::Multi { min, max, .. } => {
                    let mut sorted = points.clone();
                    sorted.sort_by(f64::total_cmp);
                    let lo_n = min.unwrap_or(0) as usize;
                    let hi_n = max.map_or(sorted.len(), |m| m as usize).min(sorted.len());
                    // Fewest/most points: the lowest/highest k choices for the best allowed k.
                    let sum_low = |k: usize| sorted.iter().take(k).sum::<f64>();
                    let sum_high = |k: usize| sorted.iter().rev().take(k).sum::<f64>();
                    let ks = lo_n..=hi_n.max(lo_n);
                    (
                        ks.clone().map(sum_low).fold(f64::INFINITY, f64::min),
                        ks.map(sum_high).fold(f64::NEG_INFINITY, f64::max),
                    )
                }
                QuestionKind::Rank { .. } => {
                    // Pairing the largest weights with the largest scores gives the most,
                    // and reversed the least.
                    let n = points.len();
                    let mut sorted = points.clone();
                    sorted.sort_by(f64::total_cmp);
                    let high: f64 = sorted
                        .iter()
                        .rev()
                        .enumerate()
                        .map(|(k, p)| p * rank_weight(k, n))
                        .sum();
                    let low: f64 = sorted
                        .iter()
                        .enumerate()
                        .map(|(k, p)| p * rank_weight(k, n))
                        .sum();
                    (low, high)
                }
                QuestionKind::Scale { min, max, .. } => {
                    value_range(question, d, *min as f64, *max as f64)
                }
                QuestionKind::Number {
                    min: Some(lo),
                    max: Some(hi),
                    ..
                } => value_range(question, d, *lo, *hi),
                _ => (0.0, 0.0),
            };
            if !qlo.is_finite() {
                qlo = 0.0;
            }
            if !qhi.is_finite() {
                qhi = 0.0;
            }
            for s in &question.score_if {
                let p = s.score.get(d).copied().unwrap_or(0.0);
                if p < 0.0 {
                    qlo += p;
                } else {
                    qhi += p;
                }
            }
            if may_skip {
                qlo = qlo.min(0.0);
                qhi = qhi.max(0.0);
            }
            (qlo, qhi)
        })
        .collect()
}

/// The points a scored answer from `lo` to `hi` gives dimension `d`, lowest first.
fn value_range(question: &Question, d: &str, lo: f64, hi: f64) -> (f64, f64) {
    let Some(w) = question.value_score.as_ref().and_then(|v| v.weights.get(d)) else {
        return (0.0, 0.0);
    };
    // Reversing mirrors the range onto itself, so the ends are the same.
    let (a, b) = (lo * w, hi * w);
    (a.min(b), a.max(b))
}
