//! One raw question -> a model question: its type (from `kind`), help, default and its
//! expressions (`visible_if`, `constraint`, `score_if`).

use crate::expr::{Scope, Type};

use super::super::raw::{RawAnswer, RawQuestion, RawText};
use super::super::{Answer, Constraint, Pos, Question, ScoreIf};
use super::context::Cx;
use crate::yaml::At;

pub(super) fn to_answer(a: &RawAnswer) -> Answer {
    match a {
        RawAnswer::Bool(b) => Answer::Bool(*b),
        RawAnswer::Number(n) => Answer::Number(*n),
        RawAnswer::Text(s) => Answer::Text(s.clone()),
        RawAnswer::List(items) => Answer::List(items.clone()),
    }
}

impl Cx<'_> {
    /// Builds question `rq` (its `visible_if` may use only questions before it).
    pub(super) fn question(
        &mut self,
        rq: &At<RawQuestion>,
        section: usize,
        dims: &[String],
        scope: &mut Scope,
    ) -> Option<Question> {
        self.check_id(&rq.id, rq.id.pos, false, "question");
        let kind = self.kind(rq, dims);
        let value_score = self.value_score(rq, dims);
        let visible_if = rq.visible_if.as_ref().and_then(|src| {
            let p = src.pos;
            let expr = crate::expr::Expr::parse(src).ok();
            // A name of this or a later question gets its own message, not "unknown name".
            for name in expr.as_ref().map(|e| e.names()).unwrap_or_default() {
                if scope.vars.contains_key(name) {
                    continue;
                }
                let offset = Cx::name_offset(src, name);
                let len = name.chars().count();
                if name == rq.id.as_str() {
                    self.error_in(
                        p,
                        src,
                        offset,
                        len,
                        "visible-if-order",
                        diag!("diag-visible-if-self", name = name),
                    );
                    return None;
                }
                if let Some(later) = self.later_question(name) {
                    self.error_in(
                        p,
                        src,
                        offset,
                        len,
                        "visible-if-order",
                        diag!("diag-visible-if-later", name = name, line = later.line),
                    )
                    .help = Some(diag!("diag-visible-if-later-help"));
                    return None;
                }
            }
            self.expr(src, p, scope, Some(Type::Bool)).map(|(e, _)| e)
        });
        // From here on this question's own answer is in scope (constraint, score_if,
        // and every later question).
        if let Some(&i) = self.qindex.get(rq.id.as_str()) {
            scope
                .vars
                .entry(rq.id.value.clone())
                .or_insert_with(|| self.qinfo[i].var.clone());
        }
        let kind = kind?;
        let this = Question {
            id: rq.id.value.clone(),
            section,
            kind,
            prompt: rq.prompt.text(),
            help: rq.help.as_deref().map(RawText::text),
            required: rq.required.unwrap_or(true),
            default: None,
            visible_if: visible_if.map(Box::new),
            constraint: None,
            score_if: Vec::new(),
            value_score: value_score.map(Box::new),
            collect: rq.collect,
            pos: self.key_pos(rq.id.pos, "id"),
        };
        let constraint = rq.constraint.as_ref().and_then(|c| {
            let (expr, _) = self.expr(&c.expr, c.expr.pos, scope, Some(Type::Bool))?;
            Some(Constraint {
                expr,
                message: c.message.text(),
            })
        });
        // score_if may read any answer (not scores: they are what it computes).
        let all = std::mem::take(&mut self.qscope);
        let mut score_if = Vec::with_capacity(rq.score_if.len());
        for s in &rq.score_if {
            let when = self.expr(&s.when, s.when.pos, &all, Some(Type::Bool));
            let score = self.score(&s.score, dims);
            if let Some((when, _)) = when {
                score_if.push(ScoreIf { when, score });
            }
        }
        self.qscope = all;
        let default = rq.default.as_ref().and_then(|d| {
            let a = to_answer(d);
            if let Err(e) = this.check_answer(&a) {
                self.error_at(
                    d.pos,
                    "bad-default",
                    diag!(
                        "diag-bad-default",
                        id = rq.id.value.as_str(),
                        why = e.to_string()
                    ),
                );
                return None;
            }
            Some(a)
        });
        Some(Question {
            default: default.map(Box::new),
            constraint: constraint.map(Box::new),
            score_if,
            ..this
        })
    }

    /// Where a question defined later in the file is, if `name` is one.
    fn later_question(&self, name: &str) -> Option<Pos> {
        self.qindex.get(name).map(|&i| self.qinfo[i].pos)
    }
}
