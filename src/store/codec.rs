//! The session file format: writing, reading with migration from older formats, and the
//! quick summary read that listings use.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::Deserialize;

use crate::questionnaire::Answers;
use crate::session::{FORMAT_VERSION, Progress, QuestionnaireRef, Session, Status};
use crate::yaml;

use super::Summary;

const HEADER: &str =
    "# A careerpath session. `careerpath evaluate --answers THIS_FILE` reads its answers.\n";

/// The last line of every file this build writes. A file that has it was written whole, so a
/// listing may read only the summary at its top; one without it is read in full.
pub(super) const END_MARKER: &str = "# end of careerpath session\n";

/// The file's text for `session`.
pub(super) fn encode(session: &Session) -> Result<String, String> {
    let body = yaml::to_string(session).map_err(|e| e.to_string())?;
    Ok(format!("{HEADER}{body}{END_MARKER}"))
}

/// Reads a whole session file of any supported format. The error is the one-line reason
/// shown next to a damaged file.
pub(super) fn decode(path: &Path, text: &str) -> Result<Session, String> {
    let name = path.display().to_string();
    if text.trim().is_empty() {
        return Err(if text.is_empty() {
            "the file is empty (0 bytes)".into()
        } else {
            "the file is blank".into()
        });
    }
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        format_version: Option<u32>,
    }
    let probe: Probe = yaml::from_str(&name, text)
        .map_err(|d| describe(text, &d, "not a careerpath session file: "))?;
    let mut session = match probe.format_version {
        None => return Err("not a careerpath session file (it has no `format_version`)".into()),
        Some(1) => migrate_v1(yaml::from_str(&name, text).map_err(|d| describe(text, &d, ""))?),
        Some(FORMAT_VERSION) => {
            yaml::from_str::<Session>(&name, text).map_err(|d| describe(text, &d, ""))?
        }
        Some(v) if v > FORMAT_VERSION => return Err(too_new(v)),
        Some(v) => {
            return Err(format!(
                "unknown format_version {v} (this careerpath reads 1 to {FORMAT_VERSION})"
            ));
        }
    };
    // An older format is kept in memory as the current one; it is rewritten only when saved.
    session.format_version = FORMAT_VERSION;
    Ok(session)
}

/// The summary of a session file, read from its top when the file is whole and current,
/// otherwise from the whole file.
pub(super) fn summary(path: &Path, text: &str) -> Result<Summary, String> {
    if let Some(head) = quick_head(text) {
        let name = path.display().to_string();
        if let Ok(h) = yaml::from_str::<Head>(&name, head) {
            if h.format_version == FORMAT_VERSION {
                return Ok(Summary {
                    id: h.id,
                    name: h.name,
                    created: h.created,
                    updated: h.updated,
                    status: h.status,
                    progress: h.progress,
                    outcome: h.outcome,
                    questionnaire: h.questionnaire,
                    lang: h.lang,
                    path: path.to_path_buf(),
                });
            }
        }
    }
    decode(path, text).map(|s| Summary::of(&s, path.to_path_buf()))
}

/// The text before the top-level `answers:` key, when the file ends with [`END_MARKER`].
/// Nested and multi-line values are indented, so a line starting `answers:` is the key.
fn quick_head(text: &str) -> Option<&str> {
    if !text.ends_with(END_MARKER) {
        return None;
    }
    let at = text.find("\nanswers:")?;
    Some(&text[..=at])
}

/// The fields of a current-format file that come before its answers.
#[derive(Deserialize)]
struct Head {
    format_version: u32,
    id: String,
    name: String,
    created: Timestamp,
    updated: Timestamp,
    status: Status,
    #[serde(default)]
    progress: Progress,
    #[serde(default)]
    outcome: Option<String>,
    questionnaire: QuestionnaireRef,
    lang: String,
}

pub(super) fn too_new(version: u32) -> String {
    format!(
        "was written by a newer careerpath (format {version}, this one reads up to {FORMAT_VERSION}); left untouched"
    )
}

/// One line: what is wrong, the key on the failing line when the message lacks it (a time
/// that does not parse only says what it expected), and the position.
fn describe(text: &str, d: &crate::questionnaire::Diagnostic, prefix: &str) -> String {
    let one_line = d.message.split_whitespace().collect::<Vec<_>>().join(" ");
    if d.pos.line == 0 {
        return format!("{prefix}{one_line}");
    }
    let key = text
        .lines()
        .nth(d.pos.line as usize - 1)
        .and_then(|l| l.trim_start().trim_start_matches("- ").split_once(':'))
        .map(|(k, _)| k.trim())
        .filter(|k| {
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
        .filter(|k| {
            !one_line.contains(&format!("`{k}`")) && !one_line.starts_with(&format!("{k}:"))
        });
    let key = key.map(|k| format!("`{k}`: ")).unwrap_or_default();
    format!(
        "{prefix}{key}{one_line} (line {}, column {})",
        d.pos.line, d.pos.col
    )
}

/// Format 1 (careerpath 0.0.x): answers under `responses:`, `started`/`saved` times, a
/// `finished` flag, the questionnaire named by id and version only, and the outcome id.
#[derive(Deserialize)]
struct V1 {
    id: String,
    name: String,
    started: Timestamp,
    saved: Timestamp,
    #[serde(default)]
    finished: bool,
    questionnaire: String,
    questionnaire_version: u32,
    #[serde(default = "english")]
    lang: String,
    #[serde(default)]
    responses: Answers,
    #[serde(default)]
    outcome: Option<String>,
}

fn english() -> String {
    "en".to_owned()
}

fn migrate_v1(v1: V1) -> Session {
    Session {
        format_version: FORMAT_VERSION,
        id: v1.id,
        name: v1.name,
        created: v1.started,
        updated: v1.saved,
        status: if v1.finished {
            Status::Complete
        } else {
            Status::InProgress
        },
        // The total is unknown until the session is opened with its questionnaire.
        progress: Progress {
            answered: v1.responses.len(),
            total: 0,
        },
        // Format 1 kept only the outcome id; it stands in for the title until re-evaluated.
        outcome: v1.outcome,
        // No hash: reconciling against any questionnaire re-checks every answer.
        questionnaire: QuestionnaireRef {
            id: v1.questionnaire,
            version: v1.questionnaire_version,
            hash: String::new(),
        },
        lang: v1.lang,
        current: None,
        answers: v1.responses,
        set_aside: Answers::new(),
        stale: Answers::new(),
        needs_answer: Vec::new(),
        result: None,
    }
}

/// The id a file's name gives it: `<id>.yaml` with a valid id.
pub(super) fn id_of(path: &Path) -> Option<String> {
    let stem = path.file_name()?.to_str()?.strip_suffix(".yaml")?;
    crate::session::valid_id(stem).then(|| stem.to_owned())
}

/// Whether a directory entry's name is a session file (not a temp file, not hidden).
pub(super) fn is_session_file(name: &str) -> bool {
    name.ends_with(".yaml") && !name.starts_with('.')
}

pub(super) fn session_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{id}.yaml"))
}
