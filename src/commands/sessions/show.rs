//! `sessions show` and `sessions export`: one session's answers and result, as text for the
//! terminal or as a Markdown/JSON report or the saved YAML for a file.

use std::fmt::Write as _;
use std::path::Path;

use careerpath::evaluate::{self, Evaluation};
use careerpath::questionnaire::Questionnaire;
use careerpath::report::{self, Report};
use careerpath::session::{self, Session, Status, printable};
use careerpath::store::{Store, Summary};
use jiff::Timestamp;

use super::format::{local, raw, relative, short_id};
use super::load;
use crate::cli::{ExportArgs, ExportFormat};
use crate::commands::{self, CHANGE_BUDGET, exit};

pub(super) fn show(store: &Store, q: &Questionnaire, lang: &str, id: &str, now: Timestamp) -> i32 {
    let mut s = match load(store, id) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let summary = Summary::of(&s, store.path_of(&s.id));
    let mut out = String::new();
    let _ = writeln!(out, "{}", printable(&s.name));
    let _ = writeln!(out, "  id            {}", s.id);
    let _ = writeln!(out, "  created       {}", local(s.created));
    let _ = writeln!(
        out,
        "  updated       {} ({})",
        local(s.updated),
        relative(s.updated, now)
    );
    let _ = writeln!(
        out,
        "  status        {}, {} answered",
        s.status.label("en"),
        summary.progress
    );
    let _ = writeln!(
        out,
        "  questionnaire {} version {}{}",
        printable(&s.questionnaire.id),
        s.questionnaire.version,
        if s.questionnaire_changed(q) {
            " (it has changed since; the answers are checked against the current one)"
        } else {
            ""
        }
    );
    let _ = writeln!(out, "  file          {}", summary.path.display());
    let same_questionnaire = s.questionnaire.id == q.id;
    let reconciled = if same_questionnaire {
        Some(session::reconcile(&mut s, q))
    } else {
        None
    };

    let _ = writeln!(out, "\nAnswers");
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
            let _ = writeln!(out, "  {}: {}", printable(id), printable(&raw(a)));
        }
    }
    if !any {
        let _ = writeln!(out, "  (none yet)");
    }
    if !s.needs_answer.is_empty() {
        let _ = writeln!(out, "\nTo answer again (the question changed)");
        for id in &s.needs_answer {
            let before = s.stale.get(id).map(raw).unwrap_or_default();
            let _ = writeln!(out, "  {}: was {}", printable(id), printable(&before));
        }
    }
    if !s.set_aside.is_empty() {
        let _ = writeln!(out, "\nSet aside (the questionnaire no longer asks these)");
        for (id, a) in &s.set_aside {
            let _ = writeln!(out, "  {}: {}", printable(id), printable(&raw(a)));
        }
    }
    if let Some(r) = &s.result {
        let stale = reconciled.is_some_and(|r| r.result_outdated) || !same_questionnaire;
        let _ = writeln!(
            out,
            "\nResult (questionnaire version {}{})\n",
            r.questionnaire_version,
            if stale {
                "; resume the session to re-evaluate with the current one"
            } else {
                ""
            }
        );
        if same_questionnaire {
            out.push_str(&render(q, &s, &r.evaluation, lang, report::Format::Text));
        } else {
            let _ = writeln!(out, "  {}", printable(s.outcome.as_deref().unwrap_or("-")));
        }
    } else if s.status == Status::InProgress {
        let _ = writeln!(
            out,
            "\nNo result yet: `careerpath resume {}` continues it.",
            short_id(&s.id)
        );
    }
    commands::print(&out)
}

pub(super) fn render(
    q: &Questionnaire,
    s: &Session,
    evaluation: &Evaluation,
    lang: &str,
    format: report::Format,
) -> String {
    let changes = evaluate::what_would_change(q, &s.answers, evaluation, CHANGE_BUDGET);
    report::render(
        &Report {
            questionnaire: q,
            answers: &s.answers,
            evaluation,
            changes: &changes,
            lang,
            plan_from: report::sizing::day_of(s.updated),
        },
        format,
    )
}

pub(super) fn export(store: &Store, q: &Questionnaire, lang: &str, args: &ExportArgs) -> i32 {
    let s = match load(store, &args.id) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let text = match args.format {
        // The session file itself, as saved (a migrated one exactly as it is on disk).
        ExportFormat::Yaml => match std::fs::read_to_string(store.path_of(&s.id)) {
            Ok(t) => t,
            Err(e) => {
                errln!(
                    "careerpath: cannot read {}: {e}",
                    store.path_of(&s.id).display()
                );
                return exit::NOINPUT;
            }
        },
        ExportFormat::Markdown | ExportFormat::Json => {
            if s.questionnaire.id != q.id {
                errln!(
                    "careerpath: session {} was answered with questionnaire `{}`, not `{}`; pass --questions FILE",
                    short_id(&s.id),
                    printable(&s.questionnaire.id),
                    printable(&q.id)
                );
                return exit::DATAERR;
            }
            let format = if args.format == ExportFormat::Json {
                report::Format::Json
            } else {
                report::Format::Markdown
            };
            // An unfinished session is exported with what its answers say so far.
            let fresh;
            let evaluation = match &s.result {
                Some(r) if !s.questionnaire_changed(q) => &r.evaluation,
                _ => {
                    fresh = evaluate::evaluate(q, &s.answers, lang);
                    &fresh
                }
            };
            render(q, &s, evaluation, lang, format)
        }
    };
    match &args.output {
        None => commands::print(&text),
        Some(path) => write_file(path, &text),
    }
}

pub(super) fn write_file(path: &Path, text: &str) -> i32 {
    match std::fs::write(path, text) {
        Ok(()) => {
            errln!("Wrote {}", path.display());
            exit::OK
        }
        Err(e) => {
            errln!("careerpath: cannot write {}: {e}", path.display());
            exit::CANTCREAT
        }
    }
}
