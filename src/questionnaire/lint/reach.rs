//! What can hold: conditions decided by trying every answer of the finite
//! questions they read.

use foldhash::{HashMap, HashSet};

use crate::expr::ast::{BinOp, Kind, Node};
use crate::expr::{Env, Expr, Value};

use super::super::{Condition, Question, Questionnaire};

/// Most combinations of answers tried for one condition.
const MAX_COMBINATIONS: usize = 4096;

/// Whether a visitor wants more combinations: `()` always does.
pub(super) trait Continue {
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
    if !hidden {
        out.extend(q.kind.few_values()?);
    }
    Some(out)
}

/// Decides conditions over answers by enumeration; knows which questions are never shown.
pub struct Reach<'q> {
    pub(super) q: &'q Questionnaire,
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
            hidden: HashSet::default(),
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
    pub(super) fn each_combination<R: Continue>(
        &self,
        names: &[&str],
        mut f: impl FnMut(&Env) -> R,
    ) -> bool {
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
        let names = c.names();
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

/// `x == 'a' && x == 'b'` (for any name x, numbers or strings): can never hold.
fn contradiction(node: &Node) -> bool {
    let Kind::And(parts) = &node.kind else {
        return false;
    };
    let mut fixed: HashMap<&str, &Kind> = HashMap::default();
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
