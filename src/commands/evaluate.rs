//! `careerpath evaluate --answers FILE`: the result of an answers file (or a saved session),
//! refused while required questions are unanswered unless `--partial` asks for a labelled,
//! provisional one.

use std::path::Path;

use careerpath::evaluate as engine;
use careerpath::flow;
use careerpath::questionnaire;
use careerpath::report::{self, Report, sanitize};
use careerpath::words;

use super::{CHANGE_BUDGET, print};
use crate::context::{Context, load_failed};
use crate::exit::Exit;

pub fn evaluate(
    ctx: &Context,
    path: &Path,
    format: report::Format,
    partial: bool,
    all_changes: bool,
) -> Exit {
    let (q, lang) = (&ctx.questionnaire, ctx.lang.as_str());
    let answers = match questionnaire::load_answers(q, path) {
        Ok(a) => a,
        Err(e) => return load_failed(&e),
    };
    let missing = flow::missing_required(q, &answers);
    if !missing.is_empty() && !partial {
        let mut msg = words::t_args(
            lang,
            "cli-unanswered",
            &[
                ("n", missing.len().into()),
                ("file", sanitize(&path.display().to_string(), false).into()),
            ],
        );
        for &i in &missing {
            let question = &q.questions[i];
            msg.push_str(&format!(
                "\n  {}: {}",
                question.id,
                sanitize(question.prompt.get(lang, &q.default_lang), false)
            ));
        }
        errln!("careerpath: {msg}\n{}", words::t(lang, "cli-use_partial"));
        return Exit::DataErr;
    }
    let evaluation = engine::evaluate(q, &answers, lang);
    let changes = engine::what_would_change(q, &answers, &evaluation, CHANGE_BUDGET);
    let report = Report {
        questionnaire: q,
        answers: &answers,
        evaluation: &evaluation,
        changes: &changes,
        lang,
        plan_from: report::sizing::day_of(jiff::Timestamp::now()),
        all_changes,
    };
    // With unanswered required questions the report labels itself incomplete.
    print(&report::render(&report, format))
}
