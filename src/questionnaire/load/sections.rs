//! Sections and the question table: every question's id and type as expressions see
//! it, duplicate ids, and each section's questions in order.

use std::collections::{HashMap, HashSet};

use crate::expr::{Scope, Type, VarInfo};

use super::super::raw::{QuestionType, RawQuestion, RawQuestionnaire};
use super::super::{Pos, Question, Section};
use super::context::{Cx, QInfo};

/// How a raw question's answer looks to expressions.
fn raw_var(rq: &RawQuestion) -> VarInfo {
    let choices = || {
        rq.choices
            .as_ref()
            .map(|c| c.iter().map(|c| c.value.clone()).collect())
    };
    let (ty, choices) = match rq.kind {
        QuestionType::Single => (Type::Str, choices()),
        QuestionType::Multi | QuestionType::Rank => (Type::List(Box::new(Type::Str)), choices()),
        QuestionType::Confirm => (Type::Bool, None),
        QuestionType::Scale | QuestionType::Number => (Type::Number, None),
        QuestionType::Text => (Type::Str, None),
    };
    VarInfo {
        ty,
        choices,
        question: true,
    }
}

impl Cx<'_> {
    pub(super) fn sections(
        &mut self,
        raw: &RawQuestionnaire,
        dims: &[String],
    ) -> (Vec<Section>, Vec<Question>) {
        let mut sections = Vec::new();
        let mut questions: Vec<Question> = Vec::new();
        let mut seen_sections: HashMap<&str, Pos> = HashMap::new();
        let mut seen_questions: HashSet<&str> = HashSet::new();
        let mut running = Scope::default();
        if raw.sections.is_empty() {
            self.error_at(
                "sections",
                "no-questions",
                "`sections` is empty; at least one question is needed".to_owned(),
            );
        }
        for (si, s) in raw.sections.iter().enumerate() {
            for (qi, rq) in s.questions.iter().enumerate() {
                let pos = self
                    .index
                    .pos(&format!("sections[{si}].questions[{qi}].id"));
                if !self.qindex.contains_key(&rq.id) {
                    let var = raw_var(rq);
                    self.qindex.insert(rq.id.clone(), self.qinfo.len());
                    self.qscope.vars.insert(rq.id.clone(), var.clone());
                    self.qinfo.push(QInfo {
                        id: rq.id.clone(),
                        var,
                        kind: rq.kind,
                        pos,
                    });
                }
            }
        }
        for (si, s) in raw.sections.iter().enumerate() {
            let path = format!("sections[{si}]");
            let id_path = format!("{path}.id");
            self.check_id(&s.id, &id_path, false, "section");
            let pos = self.index.pos(&id_path);
            if let Some(first) = seen_sections.insert(&s.id, pos) {
                self.duplicate(pos, "section", &s.id, first);
            }
            sections.push(Section {
                id: s.id.clone(),
                title: s.title.text(),
                pos: self.index.key_pos(&format!("{path}.id")),
            });
            if s.questions.is_empty() {
                self.error_at(
                    &format!("{path}.questions"),
                    "empty-section",
                    format!("section `{}` has no questions", s.id),
                );
            }
            for (qi, rq) in s.questions.iter().enumerate() {
                let qpath = format!("{path}.questions[{qi}]");
                let id_path = format!("{qpath}.id");
                // The first definition is in `qinfo`; positions are looked up only for a repeat.
                if !seen_questions.insert(rq.id.as_str()) {
                    let pos = self.index.pos(&id_path);
                    let first = self.qindex.get(&rq.id).map_or(pos, |&i| self.qinfo[i].pos);
                    self.duplicate(pos, "question", &rq.id, first);
                }
                if let Some(q) = self.question(rq, &qpath, si, dims, &mut running) {
                    questions.push(q);
                }
            }
        }
        (sections, questions)
    }
}
