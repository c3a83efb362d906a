//! Two sessions side by side: every answer either gave, which ones differ, and the outcomes.

use crate::flow;
use crate::questionnaire::{Answer, Questionnaire};

use super::{Session, printable};

/// One line of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub question: String,
    /// The prompt in the requested language, or the id for a question `q` does not have.
    pub prompt: String,
    pub a: Option<String>,
    pub b: Option<String>,
    pub differs: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    /// Questions in questionnaire order, then answers to questions `q` does not have.
    pub rows: Vec<Row>,
    pub outcome_a: Option<String>,
    pub outcome_b: Option<String>,
    pub outcomes_differ: bool,
}

/// Compares the answers (and set-aside answers) and the last outcomes of `a` and `b`,
/// labelled with `q` in `lang`. All text is [`printable`].
pub fn compare(q: &Questionnaire, a: &Session, b: &Session, lang: &str) -> Compared {
    let mut rows = Vec::new();
    for question in &q.questions {
        let la = a
            .answers
            .get(&question.id)
            .map(|x| flow::answer_label(question, x, lang, &q.default_lang));
        let lb = b
            .answers
            .get(&question.id)
            .map(|x| flow::answer_label(question, x, lang, &q.default_lang));
        if la.is_none() && lb.is_none() {
            continue;
        }
        rows.push(Row {
            question: question.id.clone(),
            prompt: printable(question.prompt.get(lang, &q.default_lang)),
            differs: a.answers.get(&question.id) != b.answers.get(&question.id),
            a: la.map(|s| printable(&s)),
            b: lb.map(|s| printable(&s)),
        });
    }
    let mut others: Vec<&String> = [&a.answers, &a.set_aside, &b.answers, &b.set_aside]
        .into_iter()
        .flat_map(|m| m.keys())
        .filter(|id| q.question(id).is_none())
        .collect();
    others.sort();
    others.dedup();
    for id in others {
        let get = |s: &Session| s.answers.get(id).or_else(|| s.set_aside.get(id)).cloned();
        let (va, vb) = (get(a), get(b));
        rows.push(Row {
            question: id.clone(),
            prompt: printable(id),
            differs: va != vb,
            a: va.as_ref().map(raw_label),
            b: vb.as_ref().map(raw_label),
        });
    }
    let outcome = |s: &Session| s.outcome.as_deref().map(printable);
    let ids = |s: &Session| s.result.as_ref().map(|r| r.evaluation.outcomes.clone());
    Compared {
        rows,
        outcome_a: outcome(a),
        outcome_b: outcome(b),
        outcomes_differ: ids(a) != ids(b),
    }
}

/// An answer to a question the questionnaire no longer has: shown as it was stored.
fn raw_label(a: &Answer) -> String {
    printable(&match a {
        Answer::Bool(b) => b.to_string(),
        Answer::Number(n) => flow::format_number(*n),
        Answer::Text(s) => s.clone(),
        Answer::List(items) => items.join(", "),
    })
}
