//! `sessions list`: the table of saved sessions, or the same as JSON.

use careerpath::session::printable;
use careerpath::store::{Listed, Store};
use jiff::Timestamp;

use super::format::{clip, file_name, file_stem, relative, table};
use crate::commands::{self, exit};

pub(super) fn list(store: &Store, json: bool, now: Timestamp) -> i32 {
    let listed = store.list();
    if json {
        let rows: Vec<serde_json::Value> = listed.iter().map(json_row).collect();
        return commands::print(&careerpath::questionnaire::json_safe(
            serde_json::Value::Array(rows).to_string(),
        ));
    }
    if listed.is_empty() {
        errln!(
            "No saved sessions in {}. Start one with `careerpath`.",
            store.dir().display()
        );
        return exit::OK;
    }
    let ids: Vec<String> = listed
        .iter()
        .map(|l| match l {
            Listed::Ok(s) => s.id.clone(),
            Listed::Damaged { path, .. } => file_stem(path),
        })
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let prefixes = careerpath::store::unique_prefixes(&refs, 8);
    let mut rows =
        vec![["ID", "NAME", "UPDATED", "STATUS", "PROGRESS", "OUTCOME"].map(String::from)];
    for (l, prefix) in listed.iter().zip(prefixes) {
        rows.push(match l {
            Listed::Ok(s) => [
                printable(&prefix),
                clip(&printable(&s.name), 40),
                relative(s.updated, now),
                s.status.label("en").to_owned(),
                s.progress.to_string(),
                clip(&printable(s.outcome.as_deref().unwrap_or("-")), 40),
            ],
            Listed::Damaged { path, reason } => [
                printable(&prefix),
                format!("DAMAGED {}", printable(&file_name(path))),
                String::new(),
                "damaged".to_owned(),
                String::new(),
                printable(reason),
            ],
        });
    }
    commands::print(&table(&rows))
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
            "outcome": s.outcome,
            "questionnaire": {"id": s.questionnaire.id, "version": s.questionnaire.version},
            "lang": s.lang,
            "path": s.path.display().to_string(),
        }),
        Listed::Damaged { path, reason } => serde_json::json!({
            "id": file_stem(path),
            "path": path.display().to_string(),
            "damaged": reason,
        }),
    }
}
