//! `sessions list`: the table of saved sessions, or the same as JSON.

use careerpath::session::printable;
use careerpath::store::{Listed, Store};
use careerpath::words;
use jiff::Timestamp;

use super::format::{clip, file_name, file_stem, relative, table};
use crate::commands;
use crate::context::Context;
use crate::exit::Exit;

pub(super) fn list(ctx: &Context, store: &Store, json: bool, now: Timestamp) -> Exit {
    let lang = ctx.lang.as_str();
    let listed: Vec<Listed> = store
        .list_with(&ctx.questionnaire)
        .into_iter()
        .map(|l| with_roadmap(ctx, store, l))
        .collect();
    if json {
        let rows: Vec<serde_json::Value> = listed.iter().map(json_row).collect();
        return commands::print(&careerpath::questionnaire::json_safe(
            serde_json::Value::Array(rows).to_string(),
        ));
    }
    if listed.is_empty() {
        errln!(
            "{}",
            words::t_args(
                lang,
                "cli-no_sessions",
                &[("dir", printable(&store.dir().display().to_string()).into())]
            )
        );
        return Exit::Ok;
    }
    let ids: Vec<String> = listed
        .iter()
        .map(|l| match l {
            Listed::Ok(s) => s.id.clone(),
            Listed::Damaged { path, .. } => file_stem(path),
        })
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let prefixes = careerpath::store::unique_prefixes(&refs, careerpath::store::SHORT_ID);
    let mut rows = vec![
        [
            "cli-col-id",
            "cli-col-name",
            "cli-col-updated",
            "cli-col-status",
            "cli-col-progress",
            "cli-col-roadmap",
            "cli-col-outcome",
        ]
        .map(|id| words::t(lang, id)),
    ];
    for (l, prefix) in listed.iter().zip(prefixes) {
        rows.push(match l {
            Listed::Ok(s) => [
                printable(&prefix),
                clip(&printable(&s.name), 40),
                relative(s.updated, now, lang),
                s.status.label(lang).to_owned(),
                s.progress.to_string(),
                roadmap(s).map_or_else(String::new, |c| c.to_string()),
                clip(
                    &printable(&outcome_title(
                        &ctx.questionnaire,
                        s.outcome.as_deref(),
                        lang,
                    )),
                    40,
                ),
            ],
            Listed::Damaged { path, reason } => [
                printable(&prefix),
                words::t_args(
                    lang,
                    "cli-damaged_file",
                    &[("file", printable(&file_name(path)).into())],
                ),
                String::new(),
                words::t(lang, "cli-damaged"),
                String::new(),
                String::new(),
                printable(&reason.message(lang)),
            ],
        });
    }
    commands::print(&table(&rows))
}

/// A stored outcome title (saved in the session's language) in `lang`, when the questionnaire
/// knows it; "-" when there is none.
fn outcome_title(
    q: &careerpath::questionnaire::Questionnaire,
    stored: Option<&str>,
    lang: &str,
) -> String {
    stored.map_or_else(
        || "-".to_owned(),
        |t| careerpath::report::outcome_title_in(q, t, lang),
    )
}

/// A finished session saved before format 3 has no roadmap counts on its first line: they
/// are worked out from the whole file (once; its next save writes them).
fn with_roadmap(ctx: &Context, store: &Store, l: Listed) -> Listed {
    match l {
        Listed::Ok(mut s)
            if s.roadmap.is_none()
                && s.status == careerpath::session::Status::Complete
                && s.questionnaire.id == ctx.questionnaire.id =>
        {
            s.roadmap = store
                .load(&s.id)
                .ok()
                .and_then(|full| full.roadmap_counts(&ctx.questionnaire));
            Listed::Ok(s)
        }
        other => other,
    }
}

/// Roadmap progress, shown only for a finished session (an unfinished one has no roadmap).
fn roadmap(s: &careerpath::store::Summary) -> Option<careerpath::roadmap::RoadmapCounts> {
    s.roadmap
        .filter(|_| s.status == careerpath::session::Status::Complete)
}

pub(super) fn json_row(l: &Listed) -> serde_json::Value {
    match l {
        Listed::Ok(s) => serde_json::json!({
            "id": s.id,
            "name": s.name,
            "created": s.created.to_string(),
            "updated": s.updated.to_string(),
            "status": s.status,
            "progress": {"answered": s.progress.answered, "total": s.progress.total},
            "roadmap": roadmap(s),
            "outcome": s.outcome,
            "questionnaire": {"id": s.questionnaire.id, "version": s.questionnaire.version},
            "lang": s.lang,
            "path": s.path.display().to_string(),
        }),
        Listed::Damaged { path, reason } => serde_json::json!({
            "id": file_stem(path),
            "path": path.display().to_string(),
            "damaged": reason.to_string(),
        }),
    }
}
