//! Sections and the question table: every question's id and type as expressions see
//! it, duplicate ids, and each section's questions in order. The raw sections are consumed
//! as they are built: each raw question is freed once its model is made, so a large file
//! never holds both whole trees at once.

use foldhash::HashMap;

use crate::expr::{Scope, VarInfo};

use super::super::raw::{RawQuestion, RawQuestionnaire};
use super::super::{Pos, Question, Section};
use super::context::{Cx, QInfo};

/// How a raw question's answer looks to expressions.
fn raw_var(rq: &RawQuestion) -> VarInfo {
    rq.kind.var(|| {
        rq.choices
            .as_ref()
            .map(|c| c.iter().map(|c| c.value.value.clone()).collect())
    })
}

impl Cx<'_> {
    pub(super) fn sections(
        &mut self,
        raw: &mut RawQuestionnaire,
        dims: &[String],
    ) -> (Vec<Section>, Vec<Question>) {
        let mut sections = Vec::new();
        let mut questions: Vec<Question> =
            Vec::with_capacity(raw.sections.iter().map(|s| s.questions.len()).sum());
        let mut seen_sections: HashMap<String, Pos> = HashMap::default();
        let mut running = Scope::default();
        if raw.sections.is_empty() {
            self.error_at(raw.sections.pos, "no-questions", diag!("diag-no-questions"));
        }
        for s in raw.sections.iter() {
            for rq in s.questions.iter() {
                if !self.qindex.contains_key(rq.id.as_str()) {
                    let var = raw_var(rq);
                    self.qindex.insert(rq.id.value.clone(), self.qinfo.len());
                    self.qscope.vars.insert(rq.id.value.clone(), var.clone());
                    self.qinfo.push(QInfo {
                        id: rq.id.value.clone(),
                        labelled: var.choices.is_some()
                            || rq.labels.as_ref().is_some_and(|l| !l.is_empty()),
                        var,
                        kind: rq.kind,
                        pos: rq.id.pos,
                    });
                }
            }
        }
        // Whether the question of each `qinfo` entry has been met in the walk below.
        let mut seen_questions = vec![false; self.qinfo.len()];
        let raw_sections = std::mem::take(&mut raw.sections.value);
        for (si, s) in raw_sections.into_iter().enumerate() {
            self.check_id(&s.id, s.id.pos, false, "section");
            if let Some(&first) = seen_sections.get(s.id.as_str()) {
                self.duplicate(s.id.pos, "section", &s.id, first);
            } else {
                seen_sections.insert(s.id.value.clone(), s.id.pos);
            }
            sections.push(Section {
                id: s.id.value.clone(),
                title: s.title.text(),
                pos: self.key_pos(s.id.pos, "id"),
            });
            if s.questions.is_empty() {
                self.error_at(
                    s.questions.pos,
                    "empty-section",
                    diag!("diag-empty-section", id = s.id.value.as_str()),
                );
            }
            for rq in s.questions.value {
                // The first definition is in `qinfo`.
                if let Some(&i) = self.qindex.get(rq.id.as_str())
                    && std::mem::replace(&mut seen_questions[i], true)
                {
                    let first = self.qinfo[i].pos;
                    self.duplicate(rq.id.pos, "question", &rq.id, first);
                }
                if let Some(q) = self.question(&rq, si, dims, &mut running) {
                    questions.push(q);
                }
            }
        }
        (sections, questions)
    }
}
