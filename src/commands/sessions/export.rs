//! `sessions export`: one session as a Markdown or JSON report, the saved YAML, or a JSON
//! line; `--all`, every session as JSON Lines for analytics tools. Files are written
//! atomically.

use std::collections::BTreeMap;
use std::path::Path;

use careerpath::evaluate::{self, Confidence};
use careerpath::questionnaire::{Answers, Questionnaire};
use careerpath::report;
use careerpath::session::{QuestionnaireRef, Session, Status, printable};
use careerpath::store::{Listed, Store};
use careerpath::words;
use jiff::Timestamp;
use serde::Serialize;

use super::format::file_name;
use super::load;
use super::show::render;
use crate::cli::{ExportArgs, ExportFormat};
use crate::commands;
use crate::context::Context;
use crate::exit::{self, Exit};

pub(super) fn export(ctx: &Context, store: &Store, args: &ExportArgs) -> Exit {
    let lang = ctx.lang.as_str();
    let (text, code) = match (&args.id, args.all) {
        (_, true) => match args.format.unwrap_or(ExportFormat::Jsonl) {
            ExportFormat::Jsonl => all(ctx, store),
            other => {
                errln!(
                    "careerpath: {}",
                    words::t_args(
                        lang,
                        "cli-all_needs_jsonl",
                        &[("format", format_name(other).into())]
                    )
                );
                return Exit::Usage;
            }
        },
        (Some(id), false) => match one(ctx, store, id, args.format) {
            Ok(text) => (text, Exit::Ok),
            Err(code) => return code,
        },
        // clap requires an id unless --all.
        (None, false) => return Exit::Usage,
    };
    let written = match &args.output {
        None => commands::print(&text),
        Some(path) => write_file(lang, path, &text),
    };
    if written == Exit::Ok { code } else { written }
}

fn format_name(f: ExportFormat) -> &'static str {
    match f {
        ExportFormat::Markdown => "markdown",
        ExportFormat::Json => "json",
        ExportFormat::Yaml => "yaml",
        ExportFormat::Jsonl => "jsonl",
    }
}

fn one(
    ctx: &Context,
    store: &Store,
    id: &str,
    format: Option<ExportFormat>,
) -> Result<String, Exit> {
    let (q, lang) = (&ctx.questionnaire, ctx.lang.as_str());
    let mut s = load(ctx, store, id)?;
    // The file as saved, for YAML; the status this questionnaire gives it, for the others.
    let saved = s.clone();
    if s.questionnaire.id == q.id {
        careerpath::session::fit(&mut s, q);
    }
    let format = match format.unwrap_or(ExportFormat::Markdown) {
        // The session file itself, as saved (a migrated one exactly as it is on disk); its
        // `status` and `progress` fields say whether it is finished.
        ExportFormat::Yaml => {
            // A file edited by hand holds a result its answers no longer give: it is written
            // as the answers give it (as `show` and the other formats show it), not as it is.
            // One whose newest answers are still in its log is written as the log has it.
            let edited = store.load(&s.id).is_ok_and(|raw| raw.edited);
            let text = if edited || store.has_unsynced(&s.id) {
                careerpath::store::file_text(&saved).map_err(std::io::Error::other)
            } else {
                std::fs::read_to_string(store.path_of(&s.id))
            };
            return match text {
                Ok(t) if s.finished() => Ok(t),
                // A comment, so the export still reads back as the same session. It holds
                // no result, so the comment says there is none.
                Ok(t) => {
                    let incomplete = report::Incomplete::of_session(q, &s);
                    Ok(format!(
                        "# {} {}\n{t}",
                        incomplete.count(lang),
                        incomplete.no_result(lang)
                    ))
                }
                Err(e) => {
                    errln!(
                        "careerpath: {}",
                        words::t_args(
                            lang,
                            "cli-cannot_read",
                            &[
                                (
                                    "path",
                                    printable(&store.path_of(&s.id).display().to_string()).into()
                                ),
                                (
                                    "reason",
                                    careerpath::store::Why::of(&e).message(lang).into()
                                )
                            ]
                        )
                    );
                    Err(Exit::NoInput)
                }
            };
        }
        ExportFormat::Jsonl => return Ok(line(q, &s)),
        ExportFormat::Json => report::Format::Json,
        ExportFormat::Markdown => report::Format::Markdown,
    };
    super::same_questionnaire(ctx, store, &s)?;
    // An unfinished session is exported with what its answers say so far, and the report
    // says at its top that it is incomplete.
    Ok(render(q, &s, &s.evaluation_in(q, lang), lang, format, true))
}

/// Every session as a JSON line, oldest first; damaged files are reported and skipped, and
/// then the exit code is 65.
fn all(ctx: &Context, store: &Store) -> (String, Exit) {
    let lang = ctx.lang.as_str();
    let mut code = Exit::Ok;
    let mut skip = |path: &Path, reason: &str| {
        errln!(
            "careerpath: {}",
            words::t_args(
                lang,
                "cli-export_skipped",
                &[
                    ("file", printable(&file_name(path)).into()),
                    ("reason", printable(reason).into())
                ]
            )
        );
        code = Exit::DataErr;
    };
    let mut sessions = Vec::new();
    for listed in store.list() {
        match listed {
            Listed::Ok(summary) => match store.load(&summary.id) {
                Ok(mut s) => {
                    careerpath::session::refresh_edited(&mut s, &ctx.questionnaire);
                    if s.questionnaire.id == ctx.questionnaire.id {
                        careerpath::session::fit(&mut s, &ctx.questionnaire);
                    }
                    sessions.push(s);
                }
                Err(e) => skip(&summary.path, &e.message(lang)),
            },
            Listed::Damaged { path, reason } => skip(&path, &reason.message(lang)),
        }
    }
    sessions.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
    let text = sessions
        .iter()
        .map(|s| line(&ctx.questionnaire, s))
        .collect();
    (text, code)
}

/// One session as a line of JSON. `q` (the questionnaire of this run) adds the confidence to
/// a result it computed itself.
fn line(q: &Questionnaire, s: &Session) -> String {
    let complete = s.finished();
    let current = !s.questionnaire_changed(q);
    let result = s.result.as_ref().filter(|_| complete).map(|r| {
        let e = &r.evaluation;
        ResultLine {
            outcomes: &e.outcomes,
            title: s.outcome.as_deref(),
            scores: e.scores.iter().map(|d| (d.id.as_str(), d.value)).collect(),
            confidence: current
                .then(|| evaluate::confidence(q, &s.answers, e))
                .flatten(),
            questionnaire_version: r.questionnaire_version,
        }
    });
    let l = Line {
        id: &s.id,
        name: &s.name,
        created: s.created,
        updated: s.updated,
        status: s.status,
        complete,
        questionnaire: &s.questionnaire,
        lang: &s.lang,
        answered: s.progress.answered,
        visible: s.progress.total,
        answers: &s.answers,
        needs_answer: &s.needs_answer,
        result,
        roadmap: s.roadmap_counts(q),
        retake_of: s.retake_of.as_deref(),
    };
    // Serializing plain data (strings, numbers, maps with string keys) cannot fail.
    let mut text = serde_json::to_string(&l).unwrap_or_default();
    text.push('\n');
    text
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    name: &'a str,
    created: Timestamp,
    updated: Timestamp,
    status: Status,
    /// False for an unfinished session, which then has no result.
    complete: bool,
    questionnaire: &'a QuestionnaireRef,
    lang: &'a str,
    answered: usize,
    visible: usize,
    answers: &'a Answers,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    needs_answer: &'a [String],
    result: Option<ResultLine<'a>>,
    /// Progress through a finished session's roadmap (`null` while it is unfinished).
    roadmap: Option<careerpath::roadmap::RoadmapCounts>,
    /// The session this one retakes.
    #[serde(skip_serializing_if = "Option::is_none")]
    retake_of: Option<&'a str>,
}

#[derive(Serialize)]
struct ResultLine<'a> {
    outcomes: &'a [String],
    /// The outcome title(s) in the session's language.
    title: Option<&'a str>,
    scores: BTreeMap<&'a str, f64>,
    /// Only when the session was answered with the questionnaire of this run.
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<Confidence>,
    questionnaire_version: u32,
}

fn write_file(lang: &str, path: &Path, text: &str) -> Exit {
    let shown = printable(&path.display().to_string());
    match careerpath::store::write_atomic(path, text.as_bytes()) {
        Ok(()) => {
            errln!(
                "{}",
                words::t_args(lang, "cli-wrote", &[("path", shown.into())])
            );
            Exit::Ok
        }
        Err(e) => {
            errln!(
                "careerpath: {}",
                words::t_args(
                    lang,
                    "cli-cannot_write",
                    &[
                        ("path", shown.into()),
                        (
                            "reason",
                            careerpath::store::Why::of(&e).message(lang).into()
                        )
                    ]
                )
            );
            exit::of_write_error(&e)
        }
    }
}
