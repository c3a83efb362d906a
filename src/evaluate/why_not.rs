//! Why not the others: for each outcome that did not win, the closest rule that would
//! have given it and which of its conditions failed, with the value each needed and the
//! value it found.
//!
//! "Did not win" means not among the result's outcomes, under every policy: under
//! `collect` an outcome that no matching rule gave, under `top` one that neither a rule
//! nor the ranking gave.

use serde::Serialize;

use crate::expr::{Env, Read, Value};
use crate::flow;
use crate::questionnaire::{Answers, Condition, Policy, Questionnaire, Rule};

mod parts;

use super::Evaluation;

/// How many lines of "why not" a result shows before "and N more".
pub const MAX_WHY_NOT_LINES: usize = 8;

/// Why one outcome did not win.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhyNot {
    pub outcome: String,
    #[serde(flatten)]
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Why {
    /// A rule giving it held, but the policy let `by` decide instead.
    Outranked { rule: String, by: String },
    /// No rule giving it held: the closest one and the parts of its condition that failed.
    Closest {
        rule: String,
        failed: Vec<Failed>,
        /// The rule that decided, when it would rank above this one even if this one held.
        below: Option<String>,
        /// The rule that decided, when the default rule gives this outcome too: with no
        /// rule matching, the fallback would have given it.
        #[serde(skip_serializing_if = "Option::is_none")]
        fallback_but: Option<String>,
    },
    /// Under `policy: top`: the dimension whose rank gives it, and where it stands.
    Ranked {
        dimension: String,
        /// 1 for the highest score; equal scores share a rank (two level at the top are
        /// both 1, the next is 3).
        rank: usize,
        /// How many other dimensions have the same score.
        level_with: usize,
        score: f64,
        /// How many dimensions the profile keeps, and the lowest score it kept.
        count: usize,
        cut: f64,
        /// Whether the profile had a clear lead, and the spread it needed.
        clear: bool,
        spread: f64,
        min_spread: f64,
        /// A rule that decided before the ranking was read.
        by: Option<String>,
    },
    /// Only the default rule gives it, and another rule (or the ranking) applied.
    Fallback,
    /// No rule and no dimension gives it.
    Unreachable,
}

/// One part of a condition that failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failed {
    /// The part as written (canonical form).
    pub expr: String,
    /// What it is about; `None` when it is not a simple comparison.
    pub subject: Option<Subject>,
    pub op: Op,
    /// The values it needed: one for a comparison, the list for `in`; empty otherwise.
    pub needed: Vec<Value>,
    pub found: Found,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Question(String),
    /// A dimension id (`score.<id>` in conditions).
    Score(String),
    /// A derived value's name.
    Derived(String),
}

/// What a failed part needed of its subject. `Holds`/`Fails` are for parts that are not a
/// simple comparison: the whole part had to come out true (or false).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Includes,
    Excludes,
    Answered,
    Unanswered,
    Holds,
    Fails,
}

impl Subject {
    /// The name conditions read it by (`score.d` for a dimension).
    fn name(&self) -> String {
        match self {
            Subject::Question(id) | Subject::Derived(id) => id.clone(),
            Subject::Score(d) => format!("score.{d}"),
        }
    }
}

/// What a failed part found.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    /// The answer of a question that was asked (its value as conditions see it).
    Answer(Value),
    /// Asked and not answered.
    Unanswered,
    /// Not asked: hidden by its `visible_if`, which reads these questions.
    NotAsked(Vec<String>),
    /// A score or derived value (`null` when it had none).
    Value(Value),
    /// For a part that is not a simple comparison: the names it read.
    Reads(Vec<Read>),
}

/// For every outcome not in `ev`, in file order, why it did not win.
///
/// The closest rule is the one with the fewest failing parts, counting the smallest set
/// of parts that would have to change for its condition to hold (every failing part of an
/// `all`, the cheapest part of an `any`; a derived true/false value counts as the parts of
/// its own expression). Ties go to the smallest change (summed over the failing parts, see
/// `distance`), then to the rule the policy would prefer if it held (higher priority under
/// `priority`), then to the earlier rule in the file.
pub fn why_not(q: &Questionnaire, answers: &Answers, ev: &Evaluation) -> Vec<WhyNot> {
    let cx = Cx {
        q,
        env: super::result_env(q, answers, ev),
        visible: flow::visible(q, answers),
    };
    let rules = &q.decision.rules;
    let winner = ev
        .fired
        .first()
        .filter(|f| !f.default)
        .and_then(|f| rules.iter().position(|r| r.id == f.rule));
    let mut out = Vec::new();
    for (o, outcome) in q.outcomes.iter().enumerate() {
        if ev.outcomes.contains(&outcome.id) {
            continue;
        }
        let giving: Vec<usize> = (0..rules.len())
            .filter(|&i| rules[i].outcome == o && rules[i].when.is_some())
            .collect();
        let why = if giving.is_empty() {
            cx.without_rules(o, ev, winner)
        } else {
            cx.closest(&giving, ev, winner)
        };
        out.push(WhyNot {
            outcome: outcome.id.clone(),
            why,
        });
    }
    out
}

struct Cx<'a> {
    q: &'a Questionnaire,
    env: Env,
    visible: Vec<usize>,
}

impl Cx<'_> {
    fn closest(&self, giving: &[usize], ev: &Evaluation, winner: Option<usize>) -> Why {
        let rules = &self.q.decision.rules;
        let policy = self.q.decision.policy;
        // The order the policy would prefer them in: stable, so equal priorities keep
        // file order.
        let mut ranked = giving.to_vec();
        if policy == Policy::Priority {
            ranked.sort_by_key(|&i| std::cmp::Reverse(rules[i].priority));
        }
        let mut best: Option<((usize, f64), usize, Vec<Failed>)> = None;
        for &i in &ranked {
            let Some(when) = &rules[i].when else { continue };
            let mut failed = Vec::new();
            let count = self.condition(when, true, true, &mut failed);
            let cost = (count, failed.iter().map(|f| self.distance(f)).sum::<f64>());
            if count == 0 {
                // It held, so only the policy's ranking kept it out.
                let by = ev
                    .fired
                    .first()
                    .map_or_else(String::new, |f| f.rule.clone());
                return Why::Outranked {
                    rule: rules[i].id.clone(),
                    by,
                };
            }
            if best
                .as_ref()
                .is_none_or(|((n, d), _, _)| cost.0 < *n || (cost.0 == *n && cost.1 < *d))
            {
                best = Some((cost, i, failed));
            }
        }
        let Some((_, i, failed)) = best else {
            return Why::Unreachable;
        };
        // "Ranks below" only where both could hold: a winner that reads what this rule
        // needs changed (`total <= 5` against `total >= 6`) would fail with the change.
        let below = winner
            .filter(|&w| outranks(policy, rules, w, i))
            .filter(|&w| {
                let read = rules[w]
                    .when
                    .as_ref()
                    .map_or_else(Vec::new, |c| self.reads(c));
                !failed
                    .iter()
                    .any(|f| f.subject.as_ref().is_some_and(|s| read.contains(&s.name())))
            })
            .map(|w| rules[w].id.clone());
        let fallback_but = winner
            .filter(|_| self.q.decision.default.outcome == rules[i].outcome)
            .map(|w| rules[w].id.clone());
        Why::Closest {
            rule: rules[i].id.clone(),
            failed,
            below,
            fallback_but,
        }
    }

    /// Every name `c` reads, through the derived values it reads to what they read.
    fn reads(&self, c: &Condition) -> Vec<String> {
        let mut read: Vec<String> = c.names().into_iter().map(str::to_owned).collect();
        // Derived values read only earlier ones: from the last back, one pass finds all.
        for d in self.q.derived.iter().rev() {
            if read.contains(&d.name) {
                read.extend(d.expr.names().into_iter().map(str::to_owned));
            }
        }
        read
    }

    /// How far a failed part is from holding: a number's distance to the value it needed
    /// over its range (a score of 4 that needed 5 is close), 1 for another choice or a
    /// missing answer, 2 for a question that was not asked (another answer must change
    /// first for it to be asked).
    fn distance(&self, f: &Failed) -> f64 {
        if matches!(f.found, Found::NotAsked(_)) {
            return 2.0;
        }
        let (Found::Answer(Value::Number(found)) | Found::Value(Value::Number(found))) = &f.found
        else {
            return 1.0;
        };
        let Some(Value::Number(needed)) = f.needed.first() else {
            return 1.0;
        };
        let q = self.q;
        let span = match &f.subject {
            Some(Subject::Score(d)) => q
                .dimensions
                .iter()
                .position(|x| &x.id == d)
                .and_then(|i| q.score_ranges.get(i))
                .map(|(lo, hi)| hi - lo),
            Some(Subject::Question(id)) => q.question(id).and_then(|x| x.kind.span()),
            Some(Subject::Derived(name)) => q
                .derived
                .iter()
                .find(|d| &d.name == name)
                .and_then(|d| d.shown.as_ref())
                .map(|s| s.max - s.min),
            None => None,
        }
        .unwrap_or_else(|| found.abs().max(needed.abs()).max(1.0));
        ((found - needed).abs() / span.max(f64::MIN_POSITIVE)).min(1.0)
    }

    /// An outcome no rule with a condition gives: the ranking's, the fallback's, or none.
    fn without_rules(&self, o: usize, ev: &Evaluation, winner: Option<usize>) -> Why {
        let q = self.q;
        if let (Some(top), Some(profile)) = (&q.decision.top, &ev.profile) {
            let score = |id: &str| {
                ev.scores
                    .iter()
                    .find(|s| s.id == id)
                    .map_or(f64::NAN, |s| s.value)
            };
            let mut order: Vec<usize> = (0..q.dimensions.len()).collect();
            order.sort_by(|&a, &b| {
                score(&q.dimensions[b].id).total_cmp(&score(&q.dimensions[a].id))
            });
            let cut = profile
                .dimensions
                .iter()
                .map(|d| score(d))
                .fold(f64::INFINITY, f64::min);
            if let Some(rank) = order
                .iter()
                .position(|&d| q.dimensions[d].outcome == Some(o))
            {
                let dim = &q.dimensions[order[rank]];
                let own = score(&dim.id);
                let above = order
                    .iter()
                    .filter(|&&d| score(&q.dimensions[d].id) > own)
                    .count();
                let level = order
                    .iter()
                    .filter(|&&d| score(&q.dimensions[d].id) == own)
                    .count();
                return Why::Ranked {
                    dimension: dim.id.clone(),
                    rank: above + 1,
                    level_with: level.saturating_sub(1),
                    score: own,
                    count: top.count,
                    cut,
                    clear: profile.clear,
                    spread: profile.spread,
                    min_spread: top.min_spread,
                    by: winner.map(|w| q.decision.rules[w].id.clone()),
                };
            }
        }
        if q.decision.default.outcome == o {
            Why::Fallback
        } else {
            Why::Unreachable
        }
    }
}

/// Whether rule `w`, which decided, ranks above rule `r` under `policy`.
fn outranks(policy: Policy, rules: &[Rule], w: usize, r: usize) -> bool {
    match policy {
        Policy::Priority => {
            rules[w].priority > rules[r].priority
                || (rules[w].priority == rules[r].priority && w < r)
        }
        Policy::First | Policy::Top => w < r,
        Policy::Collect => false,
    }
}
