//! What names mean in expressions: the checker's scope for a questionnaire.

use crate::expr::{Scope, Type, VarInfo};

use super::{Question, Questionnaire};

/// How a question's answer looks to expressions.
pub fn question_var(q: &Question) -> VarInfo {
    let choices = || Some(q.kind.choices().iter().map(|c| c.value.clone()).collect());
    q.kind.question_type().var(choices)
}

/// `score.<dimension>` as a name.
pub fn score_name(dim: &str) -> String {
    format!("score.{dim}")
}

/// Every name a rule condition may use: questions, scores and derived values.
pub fn scope(q: &Questionnaire) -> Scope {
    let mut scope = Scope::default();
    for question in &q.questions {
        scope
            .vars
            .insert(question.id.clone(), question_var(question));
    }
    for dim in &q.dimensions {
        scope.vars.insert(score_name(&dim.id), number());
    }
    for d in &q.derived {
        let ty = d.expr.check(&scope).unwrap_or(Type::Number);
        scope.vars.insert(
            d.name.clone(),
            VarInfo {
                ty,
                choices: d.expr.texts(),
                question: false,
            },
        );
    }
    scope
}

pub(super) fn number() -> VarInfo {
    VarInfo {
        ty: Type::Number,
        choices: None,
        question: false,
    }
}
