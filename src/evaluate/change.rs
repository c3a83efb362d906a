//! What would change it: single-answer changes that change the outcome, found by
//! re-evaluating each alternative answer within a budget of evaluations.

use foldhash::HashSet;

use crate::expr::Env;
use crate::flow;
use crate::questionnaire::{Answer, Answers, Question, Questionnaire, check_answer};

use super::{Change, Evaluation, ScoreNames, decide_in};

mod candidates;

use candidates::{alternatives, first_answers, grid, keep_nearest};

/// Single-answer changes that would change the outcome, trying at most `budget` re-evaluations.
///
/// For each answered visible question in order: single tries the other choices, confirm
/// the other value, multi adds, removes or swaps one choice (within its min/max), scale
/// every other value, number its min, max and some steps on each side, rank moves each
/// item to the top or swaps two neighbours; text is skipped. Only answers the user could give are tried (the same
/// checks and `constraint` as the prompts). For a number, a change found some steps away
/// is narrowed by bisection to the nearest value that still changes the outcome, and per
/// resulting outcome only the nearest value on each side is kept. Hidden answers never
/// count in an evaluation, so re-evaluating is the same as pruning first. An answer that
/// would open a question not answered yet is not claimed to change anything: what it
/// gives depends on an answer nobody gave. A question left unanswered is tried answered
/// ([`first_answers`]).
pub fn what_would_change(
    q: &Questionnaire,
    answers: &Answers,
    current: &Evaluation,
    budget: usize,
) -> Changes {
    if !q.explain_changes {
        return Changes::default();
    }
    let flow::Walk { visible, env } = flow::walk(q, answers);
    let mut now: Vec<usize> = current
        .outcomes
        .iter()
        .filter_map(|id| q.outcomes.iter().position(|o| &o.id == id))
        .collect();
    now.sort_unstable();
    let mut trier = Trier {
        q,
        names: ScoreNames::new(q),
        base: env.clone(),
        env,
        visible,
        alt: answers.clone(),
        steering: q
            .questions
            .iter()
            .filter_map(|x| x.visible_if.as_ref())
            .flat_map(|e| e.names())
            .collect(),
        now,
        used: 0,
        budget,
    };
    let lang = current.lang.as_str();
    let mut out = Vec::new();
    for i in trier.visible.clone() {
        let question = &q.questions[i];
        let id = &question.id;
        let from = answers
            .get(id)
            .filter(|_| trier.base.values.contains_key(id));
        // A question left unanswered can be answered: that is one change too (a required
        // one only in a result marked incomplete).
        let tries = match from {
            Some(from) => alternatives(question, from),
            None => first_answers(question),
        };
        let allowed = |a: &Answer| {
            check_answer(question, a).is_ok()
                && (question.constraint.is_none()
                    || flow::check_constraint(q, i, answers, a, lang).is_ok())
        };
        let mut found: Vec<(Answer, Vec<usize>)> = Vec::new();
        let mut spent = false;
        for to in tries {
            if !allowed(&to) {
                continue;
            }
            match trier.outcomes(question, &to) {
                None => {
                    spent = true;
                    break;
                }
                Some(outcomes) if trier.changes(&outcomes) => found.push((to, outcomes)),
                Some(_) => {}
            }
        }
        if let (Some(Answer::Number(cur)), Some(grid)) = (from, grid(question)) {
            keep_nearest(*cur, &mut found);
            for (to, outcomes) in &mut found {
                if let Answer::Number(v) = to {
                    (*v, *outcomes) =
                        trier.narrow(question, *cur, *v, grid, &allowed, std::mem::take(outcomes));
                }
            }
        }
        if let Some(Answer::Number(cur)) = from {
            keep_nearest(*cur, &mut found);
        }
        out.extend(found.into_iter().map(|(to, outcomes)| {
            Change {
                question: id.clone(),
                from: from.cloned(),
                to_label: flow::answer_label(question, &to, lang, &q.default_lang),
                to,
                outcomes: outcomes
                    .into_iter()
                    .map(|o| q.outcomes[o].id.clone())
                    .collect(),
            }
        }));
        if spent {
            return Changes {
                found: out,
                cut_short: true,
            };
        }
    }
    Changes {
        found: out,
        cut_short: false,
    }
}

/// What [`what_would_change`] found, and whether it got through every answer it meant to
/// try: with the budget spent part-way, "none changed the result" would not be known.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub found: Vec<Change>,
    pub cut_short: bool,
}

/// No changes, from a search that tried everything: for a report that lists none.
pub static NO_CHANGES: Changes = Changes {
    found: Vec::new(),
    cut_short: false,
};

impl IntoIterator for Changes {
    type Item = Change;
    type IntoIter = std::vec::IntoIter<Change>;

    fn into_iter(self) -> Self::IntoIter {
        self.found.into_iter()
    }
}

impl<'a> IntoIterator for &'a Changes {
    type Item = &'a Change;
    type IntoIter = std::slice::Iter<'a, Change>;

    fn into_iter(self) -> Self::IntoIter {
        self.found.iter()
    }
}

impl std::ops::Deref for Changes {
    type Target = [Change];

    fn deref(&self) -> &[Change] {
        &self.found
    }
}

/// How many lines of changes a result lists before "and N more".
pub const MAX_CHANGE_LINES: usize = 5;

/// How many of `groups` (closest first) a result shows, and how many it leaves for
/// "and N more": whole groups while they fit in [`MAX_CHANGE_LINES`] lines (the first
/// always), or every group when `all`.
pub fn shown_changes(groups: &[ChangeGroup<'_>], all: bool) -> (usize, usize) {
    let lines: Vec<usize> = groups.iter().map(|g| g.by_outcome().len()).collect();
    fit_lines(&lines, MAX_CHANGE_LINES, all)
}

/// How many of the entries of `lines` (each that many lines long) fit in `max` lines (the
/// first always), and how many entries are left: "and N more" counts what a reader would
/// count, outcomes or questions, not the lines they would take; every entry when `all`.
pub fn fit_lines(lines: &[usize], max: usize, all: bool) -> (usize, usize) {
    if all {
        return (lines.len(), 0);
    }
    let (mut shown, mut used) = (0, 0);
    for &n in lines {
        if shown > 0 && used + n > max {
            break;
        }
        shown += 1;
        used += n;
    }
    (shown, lines.len() - shown)
}

/// The changes to one question, shown as one line.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeGroup<'a> {
    pub question: &'a str,
    /// Closest first.
    pub changes: Vec<&'a Change>,
}

impl<'a> ChangeGroup<'a> {
    /// The lines this group shows: answer labels with their resulting outcomes. Numbers
    /// with the same result share a line (`4 / 5`); choices, whose labels are sentences,
    /// keep one line each.
    pub fn by_outcome(&self) -> Vec<(&'a [String], Vec<&'a str>)> {
        let mut out: Vec<(&'a [String], Vec<&'a str>, bool)> = Vec::new();
        for c in &self.changes {
            let number = matches!(c.to, Answer::Number(_));
            match out
                .iter_mut()
                .find(|(o, _, n)| number && *n && *o == c.outcomes.as_slice())
            {
                Some((_, answers, _)) => answers.push(&c.to_label),
                None => out.push((&c.outcomes, vec![&c.to_label], number)),
            }
        }
        out.into_iter().map(|(o, a, _)| (o, a)).collect()
    }
}

/// Groups `changes` per question, the question whose closest change is smallest first
/// (a Likert answer one point away before a different choice; ties keep question order).
/// A change's size is its distance over the question's range for numbers, 1 otherwise.
pub fn group_changes<'a>(q: &Questionnaire, changes: &'a [Change]) -> Vec<ChangeGroup<'a>> {
    let mut groups: Vec<(f64, ChangeGroup<'a>)> = Vec::new();
    for c in changes {
        let d = distance(q, c);
        match groups.iter_mut().find(|(_, g)| g.question == c.question) {
            Some((best, g)) => {
                *best = best.min(d);
                g.changes.push(c);
            }
            None => groups.push((
                d,
                ChangeGroup {
                    question: &c.question,
                    changes: vec![c],
                },
            )),
        }
    }
    for (_, g) in &mut groups {
        g.changes
            .sort_by(|a, b| distance(q, a).total_cmp(&distance(q, b)));
    }
    groups.sort_by(|a, b| a.0.total_cmp(&b.0));
    groups.into_iter().map(|(_, g)| g).collect()
}

/// How far a change moves its answer, from 0 to 1. Answering a required question left
/// unanswered (a result marked incomplete) is the nearest change of all: the result waits
/// on it.
pub(super) fn distance(q: &Questionnaire, c: &Change) -> f64 {
    let question = q.question(&c.question);
    if c.from.is_none() && question.is_some_and(|x| x.required) {
        return 0.0;
    }
    let (Some(Answer::Number(from)), Answer::Number(to)) = (&c.from, &c.to) else {
        return 1.0;
    };
    let span = question
        .and_then(|x| x.kind.span())
        .unwrap_or_else(|| from.abs().max(1.0));
    ((to - from).abs() / span.max(f64::MIN_POSITIVE)).min(1.0)
}

/// Re-evaluates single-answer changes, cheaply where it can, counting against the budget.
struct Trier<'a> {
    q: &'a Questionnaire,
    names: ScoreNames,
    /// The answers' own environment, untouched.
    base: Env,
    /// A working copy in which one value at a time is swapped.
    env: Env,
    visible: Vec<usize>,
    /// A working copy of the answers, for changes that need a full walk.
    alt: Answers,
    /// Questions some `visible_if` reads: changing them may show or hide others.
    steering: HashSet<&'a str>,
    /// The current outcomes, sorted.
    now: Vec<usize>,
    used: usize,
    budget: usize,
}

impl Trier<'_> {
    /// The outcomes with `question` answered `to` instead; `None` once the budget is spent.
    fn outcomes(&mut self, question: &Question, to: &Answer) -> Option<Vec<usize>> {
        if self.used >= self.budget {
            return None;
        }
        self.used += 1;
        let id = &question.id;
        let value = flow::answer_value(question, to);
        if !self.steering.contains(id.as_str())
            && let (Some(slot), Some(value)) = (self.env.values.get_mut(id), value)
        {
            // Visibility cannot change: swap the one value in place.
            let old = std::mem::replace(slot, value);
            let outcomes = decide_in(self.q, &mut self.env, &self.visible, &self.names);
            if let Some(slot) = self.env.values.get_mut(id) {
                *slot = old;
            }
            return Some(outcomes);
        }
        let old = self.alt.insert(id.clone(), to.clone());
        let mut w = flow::walk(self.q, &self.alt);
        // An answer that opens a question nobody has answered yet (a follow-up to another
        // role, say) gives an outcome that rests on that missing answer: it is not claimed.
        let opens_unanswered = w.visible.iter().any(|&v| {
            !self.visible.contains(&v) && !self.alt.contains_key(&self.q.questions[v].id)
        });
        let outcomes = if opens_unanswered {
            self.now.clone()
        } else {
            decide_in(self.q, &mut w.env, &w.visible, &self.names)
        };
        match old {
            Some(old) => self.alt.insert(id.clone(), old),
            None => self.alt.remove(id),
        };
        Some(outcomes)
    }

    fn changes(&self, outcomes: &[usize]) -> bool {
        let mut sorted = outcomes.to_vec();
        sorted.sort_unstable();
        sorted != self.now
    }

    /// Bisects between the current value `cur` (today's outcome) and `v` (a different one)
    /// on the question's grid, returning the value nearest `cur` found to change the
    /// outcome, with the outcome it gives.
    fn narrow(
        &mut self,
        question: &Question,
        cur: f64,
        v: f64,
        (anchor, step): (f64, f64),
        allowed: &dyn Fn(&Answer) -> bool,
        outcomes: Vec<usize>,
    ) -> (f64, Vec<usize>) {
        let (mut lo, mut hi, mut best) = (cur, v, outcomes);
        loop {
            let mid = lo + (hi - lo) / 2.0;
            let mid = flow::on_grid(anchor + ((mid - anchor) / step).round() * step, step);
            let between = (mid - lo) * (hi - mid) > 0.0;
            let candidate = Answer::Number(mid);
            if !between || !allowed(&candidate) {
                break;
            }
            let Some(o) = self.outcomes(question, &candidate) else {
                break;
            };
            if self.changes(&o) {
                hi = mid;
                best = o;
            } else {
                lo = mid;
            }
        }
        (hi, best)
    }
}
