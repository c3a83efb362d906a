//! Coverage: which rules, notes, outcomes, questions and choices the cases reached.

use serde::Serialize;

use crate::evaluate::Evaluation;
use crate::questionnaire::{Answer, Answers, Questionnaire};

/// What no case reached, by kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    /// `rules`, `notes`, `outcomes`, `questions` or `choices`.
    pub kind: &'static str,
    pub total: usize,
    /// Ids no case reached (choices as `question.value`), in file order.
    pub missed: Vec<String>,
}

impl Part {
    pub fn reached(&self) -> usize {
        self.total - self.missed.len()
    }
}

impl Coverage {
    pub fn total(&self) -> usize {
        self.parts.iter().map(|p| p.total).sum()
    }

    pub fn reached(&self) -> usize {
        self.parts.iter().map(Part::reached).sum()
    }

    /// Reached items as a percentage of all items (100 when there are none).
    pub fn percent(&self) -> f64 {
        match self.total() {
            0 => 100.0,
            total => self.reached() as f64 * 100.0 / total as f64,
        }
    }
}

/// What the cases run so far reached, by index into the questionnaire's lists.
pub(super) struct Reached {
    rules: Vec<bool>,
    notes: Vec<bool>,
    outcomes: Vec<bool>,
    questions: Vec<bool>,
    /// Per question, per choice.
    choices: Vec<Vec<bool>>,
}

impl Reached {
    pub fn new(q: &Questionnaire) -> Reached {
        Reached {
            rules: vec![false; q.decision.rules.len() + 1],
            notes: vec![false; q.decision.notes.len()],
            outcomes: vec![false; q.outcomes.len()],
            questions: vec![false; q.questions.len()],
            choices: q
                .questions
                .iter()
                .map(|x| vec![false; x.kind.choices().len()])
                .collect(),
        }
    }

    /// A case was shown the `visible` questions and gave `answers`.
    pub fn walk(&mut self, q: &Questionnaire, answers: &Answers, visible: &[usize]) {
        for &i in visible {
            self.questions[i] = true;
            let picked: &[String] = match answers.get(&q.questions[i].id) {
                Some(Answer::Text(v)) => std::slice::from_ref(v),
                Some(Answer::List(items)) => items,
                _ => &[],
            };
            for (c, choice) in q.questions[i].kind.choices().iter().enumerate() {
                if picked.contains(&choice.value) {
                    self.choices[i][c] = true;
                }
            }
        }
    }

    /// A case was evaluated; `held` are the ids of the notes that appeared.
    pub fn evaluation(&mut self, q: &Questionnaire, ev: &Evaluation, held: &[String]) {
        let default = q.decision.rules.len();
        for f in &ev.fired {
            let i = if f.default {
                Some(default)
            } else {
                q.decision.rules.iter().position(|r| r.id == f.rule)
            };
            if let Some(i) = i {
                self.rules[i] = true;
            }
        }
        for (i, note) in q.decision.notes.iter().enumerate() {
            self.notes[i] |= held.contains(&note.id);
        }
        for (i, outcome) in q.outcomes.iter().enumerate() {
            self.outcomes[i] |= ev.outcomes.contains(&outcome.id);
        }
    }

    pub fn coverage(&self, q: &Questionnaire) -> Coverage {
        let part = |kind, hit: &[bool], id: &dyn Fn(usize) -> String| Part {
            kind,
            total: hit.len(),
            missed: (0..hit.len()).filter(|&i| !hit[i]).map(id).collect(),
        };
        let rule_id = |i: usize| {
            q.decision
                .rules
                .get(i)
                .unwrap_or(&q.decision.default)
                .id
                .clone()
        };
        let mut choice_ids = Vec::new();
        let mut choice_hit = Vec::new();
        for (i, question) in q.questions.iter().enumerate() {
            for (c, choice) in question.kind.choices().iter().enumerate() {
                choice_ids.push(format!("{}.{}", question.id, choice.value));
                choice_hit.push(self.choices[i][c]);
            }
        }
        Coverage {
            parts: vec![
                part("rules", &self.rules, &rule_id),
                part("notes", &self.notes, &|i| q.decision.notes[i].id.clone()),
                part("outcomes", &self.outcomes, &|i| q.outcomes[i].id.clone()),
                part("questions", &self.questions, &|i| q.questions[i].id.clone()),
                part("choices", &choice_hit, &|i| choice_ids[i].clone()),
            ],
        }
    }
}
