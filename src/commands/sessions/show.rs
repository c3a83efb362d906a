//! `sessions show`: one session's answers and result as text for the terminal, and the
//! report `sessions export` writes of it. An unfinished session's report says so at the top,
//! in every format.

use std::fmt::Write as _;

use careerpath::evaluate::{self, Evaluation};
use careerpath::questionnaire::Questionnaire;
use careerpath::report::{self, Report};
use careerpath::session::{self, Session, Status, printable};
use careerpath::store::{Store, Summary};
use careerpath::words;
use jiff::Timestamp;

use super::format::{local, raw, relative};
use super::load;
use crate::commands::{self, CHANGE_BUDGET};
use crate::context::Context;
use crate::exit::Exit;

pub(super) fn show(ctx: &Context, store: &Store, id: &str, now: Timestamp) -> Exit {
    let (q, lang) = (&ctx.questionnaire, ctx.lang.as_str());
    let mut s = match load(ctx, store, id) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Fitted to this questionnaire first, so the status says what the answers say now.
    let same_questionnaire = s.questionnaire.id == q.id;
    let changed = s.questionnaire_changed(q);
    let reconciled = same_questionnaire.then(|| session::fit(&mut s, q));
    let summary = Summary::of(&s, store.path_of(&s.id));
    let mut out = String::new();
    let field = |out: &mut String, key: &str, value: &str| {
        let _ = writeln!(out, "  {:<14}{value}", words::t(lang, key));
    };
    let _ = writeln!(out, "{}", printable(&s.name));
    field(&mut out, "cli-col-id", &s.id);
    field(&mut out, "cli-created", &local(s.created));
    field(
        &mut out,
        "cli-updated",
        &format!("{} ({})", local(s.updated), relative(s.updated, now, lang)),
    );
    field(
        &mut out,
        "cli-status",
        &words::t_args(
            lang,
            "cli-answered",
            &[
                ("status", s.status.label(lang).into()),
                ("progress", summary.progress.to_string().into()),
            ],
        ),
    );
    field(
        &mut out,
        "cli-questionnaire",
        &format!(
            "{} {}{}",
            printable(&s.questionnaire.id),
            words::t_args(
                lang,
                "cli-version",
                &[("v", s.questionnaire.version.to_string().into())]
            ),
            if changed {
                words::t(lang, "cli-questionnaire_changed")
            } else {
                String::new()
            }
        ),
    );
    field(
        &mut out,
        "cli-file",
        &printable(&summary.path.display().to_string()),
    );

    let _ = writeln!(out, "\n{}", words::t(lang, "cli-answers"));
    let mut any = false;
    for question in &q.questions {
        if let Some(a) = s.answers.get(&question.id) {
            any = true;
            let _ = writeln!(
                out,
                "  {}: {}",
                printable(question.prompt.get(lang, &q.default_lang)),
                printable(&careerpath::flow::answer_label(
                    question,
                    a,
                    lang,
                    &q.default_lang
                ))
            );
        }
    }
    if !same_questionnaire {
        for (id, a) in &s.answers {
            any = true;
            let _ = writeln!(out, "  {}: {}", printable(id), printable(&raw(a, lang)));
        }
    }
    if !any {
        let _ = writeln!(out, "  {}", words::t(lang, "cli-none_yet"));
    }
    if !s.needs_answer.is_empty() {
        let _ = writeln!(out, "\n{}", words::t(lang, "cli-to_answer_again"));
        for id in &s.needs_answer {
            let before = s.stale.get(id).map(|a| raw(a, lang)).unwrap_or_default();
            let _ = writeln!(
                out,
                "  {}: {}",
                printable(id),
                words::t_args(lang, "cli-was", &[("answer", printable(&before).into())])
            );
        }
    }
    if !s.set_aside.is_empty() {
        let _ = writeln!(out, "\n{}", words::t(lang, "cli-set_aside"));
        for (id, a) in &s.set_aside {
            let _ = writeln!(out, "  {}: {}", printable(id), printable(&raw(a, lang)));
        }
    }
    if let Some(r) = &s.result {
        let stale = reconciled.is_some_and(|r| r.result_outdated) || !same_questionnaire;
        let _ = writeln!(
            out,
            "\n{}\n",
            words::t_args(
                lang,
                "cli-result_heading",
                &[
                    ("v", r.questionnaire_version.to_string().into()),
                    (
                        "stale",
                        (if stale {
                            words::t(lang, "cli-result_stale")
                        } else {
                            String::new()
                        })
                        .into()
                    )
                ]
            )
        );
        if same_questionnaire {
            out.push_str(&render(
                q,
                &s,
                &s.evaluation_in(q, lang),
                lang,
                report::Format::Text,
                false,
            ));
        } else {
            let _ = writeln!(out, "  {}", printable(s.outcome.as_deref().unwrap_or("-")));
        }
    } else if s.status == Status::InProgress {
        let _ = writeln!(
            out,
            "\n{}",
            words::t_args(
                lang,
                "cli-no_result_resume",
                &[(
                    "command",
                    careerpath::plain::resume_command(
                        false,
                        &q.source,
                        Some(store),
                        Some(&store.short_id(&s.id))
                    )
                    .into()
                )]
            )
        );
    }
    commands::print(&out)
}

/// The report of a session's result; labelled incomplete unless the session is finished.
/// As a file (`export`), a finished one also says which session it is and its answers.
pub(super) fn render(
    q: &Questionnaire,
    s: &Session,
    evaluation: &Evaluation,
    lang: &str,
    format: report::Format,
    export: bool,
) -> String {
    let changes = evaluate::what_would_change(q, &s.answers, evaluation, CHANGE_BUDGET);
    let r = Report {
        questionnaire: q,
        answers: &s.answers,
        evaluation,
        changes: &changes,
        lang,
        plan_from: report::sizing::day_of(s.updated),
        // A file has no key to show the rest: it lists every change and reason.
        all_changes: export,
    };
    if export {
        report::export_session(&r, format, s)
    } else {
        report::render_session(&r, format, s)
    }
}
