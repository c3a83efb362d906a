//! The session file format: writing, reading with migration from older formats, and the
//! quick summary read that listings use.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::questionnaire::Answers;
use crate::roadmap::RoadmapCounts;
use crate::session::{FORMAT_VERSION, Progress, QuestionnaireRef, Session, Status};
use crate::yaml;

use super::Summary;
use super::damage::{Damage, Detail};

/// How the first line of a file this build writes begins. The rest of that line is a
/// checksum of everything after it and the listing summary as JSON, so a listing reads one
/// short line instead of parsing the YAML, and only when the checksum holds (a file edited
/// by hand, or damaged, is read in full).
const TAG: &str = "# careerpath session ";

const NOTE: &str = "# `careerpath evaluate --answers THIS_FILE` reads the answers below.\n";

/// The file's text for `session`.
pub(super) fn encode(session: &Session) -> Result<String, String> {
    let body = format!(
        "{NOTE}{}",
        yaml::to_string(session).map_err(|e| e.to_string())?
    );
    let head = serde_json::to_string(&Head::of(session)).map_err(|e| e.to_string())?;
    Ok(format!(
        "{TAG}{:016x} {}\n{body}",
        checksum(body.as_bytes()),
        one_line(&head)
    ))
}

/// Reads a whole session file of any supported format. The error is the one-line reason
/// shown next to a damaged file.
pub(super) fn decode(path: &Path, text: &str) -> Result<Session, Damage> {
    let name = path.display().to_string();
    if text.trim().is_empty() {
        return Err(if text.is_empty() {
            Damage::Empty
        } else {
            Damage::Blank
        });
    }
    if let Some(line) = too_deep(text) {
        return Err(Damage::TooDeep { line });
    }
    let error = match yaml::from_str::<Session>(&name, text) {
        // Only a file whose checksum holds is known to hold the result this build saved for
        // its answers; any other (edited, its first line removed, or from format 2) has
        // them worked out again from its answers ([`crate::session::refresh_edited`]).
        Ok(mut session) if session.format_version == FORMAT_VERSION => {
            session.edited =
                head_of(text.as_bytes()).is_none_or(|(sum, _, body)| sum != checksum(body));
            return Ok(session);
        }
        // Format 2 is format 3 without its new fields, which all default to empty.
        Ok(mut session) if session.format_version == 2 => {
            session.format_version = FORMAT_VERSION;
            session.edited = true;
            return Ok(session);
        }
        Ok(session) => return Err(unsupported(session.format_version)),
        Err(d) => d,
    };
    // A file this build wrote whose rest no longer matches its checksum was cut short or
    // edited; cut inside its header comment, the parser alone would call it empty.
    if head_of(text.as_bytes()).is_some_and(|(sum, _, body)| sum != checksum(body)) {
        return Err(Damage::CutShort {
            detail: (error.code != "empty-file").then(|| describe(text, &error)),
        });
    }
    // Not a current session: the version says whether to migrate, refuse, or explain.
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        format_version: Option<u32>,
    }
    let probe: Probe = yaml::from_str(&name, text).map_err(|d| Damage::NotASession {
        detail: describe(text, &d),
    })?;
    let invalid = |d: Box<crate::questionnaire::Diagnostic>| Damage::Invalid {
        detail: describe(text, &d),
    };
    match probe.format_version {
        None => Err(Damage::NoFormatVersion),
        Some(1) => Ok(migrate_v1(yaml::from_str(&name, text).map_err(invalid)?)),
        Some(2 | FORMAT_VERSION) => Err(invalid(error)),
        Some(v) => Err(unsupported(v)),
    }
}

/// The line where flow collections (`[…]`, `{…}`) open deeper than [`yaml::MAX_DEPTH`].
/// careerpath writes sessions in block style, a level or two deep; libyaml, under
/// serde_yaml, takes time growing with the square of the flow depth (20 s for 60,000
/// levels in a 120 kB file) before anything can refuse it.
///
/// A bracket or quote counts where YAML reads it as one: where a value starts (after
/// `:`, `-`, `?`, `,` or an opening bracket, or first on its line) or inside a flow
/// collection, and not in quotes or comments; `it's` or `a[b` in a plain value are text.
fn too_deep(text: &str) -> Option<u32> {
    let (mut depth, mut line) = (0usize, 1u32);
    // The last character on this line that is not a space, or a newline before any.
    let mut last = '\n';
    let mut prev = '\n';
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let starts = depth > 0 || matches!(last, '\n' | ':' | '-' | '?' | ',' | '[' | '{');
        match c {
            '\n' => {
                line += 1;
                last = '\n';
                prev = c;
                continue;
            }
            '[' | '{' if starts => {
                depth += 1;
                if depth > yaml::MAX_DEPTH {
                    return Some(line);
                }
            }
            ']' | '}' if depth > 0 => depth -= 1,
            '#' if prev.is_whitespace() => {
                line += u32::from(chars.by_ref().any(|c| c == '\n'));
                last = '\n';
                prev = '\n';
                continue;
            }
            '\'' | '"' if starts => loop {
                match chars.next() {
                    None => return None,
                    Some('\\') if c == '"' => {
                        chars.next();
                    }
                    Some('\n') => line += 1,
                    // '' is a quote inside single quotes: the loop reads on past it.
                    Some(q) if q == c => break,
                    Some(_) => {}
                }
            },
            _ => {}
        }
        if !c.is_whitespace() {
            last = c;
        }
        prev = c;
    }
    None
}

fn unsupported(version: u32) -> Damage {
    if version > FORMAT_VERSION {
        Damage::TooNew { version }
    } else {
        Damage::UnknownFormat { version }
    }
}

/// The summary of a session file: from its first line when the checksum there holds,
/// otherwise from the whole file.
pub(super) fn summary(path: &Path, bytes: &[u8]) -> Result<Summary, Damage> {
    if let Some(head) = quick_head(bytes) {
        return Ok(head.into_summary(path.to_path_buf()));
    }
    let text = text_of(bytes)?;
    decode(path, text).map(|s| Summary::of(&s, path.to_path_buf()))
}

/// The file as text; the error is the damaged-file reason.
pub(super) fn text_of(bytes: &[u8]) -> Result<&str, Damage> {
    std::str::from_utf8(bytes).map_err(|e| Damage::NotText {
        at: e.valid_up_to(),
    })
}

/// The summary line, when the checksum of the rest holds. Works on bytes: only the line
/// itself needs to be text, so a listing never validates a whole file.
fn quick_head(bytes: &[u8]) -> Option<Head> {
    let (sum, json, body) = head_of(bytes)?;
    if sum != checksum(body) {
        return None;
    }
    serde_json::from_slice::<Head>(json)
        .ok()
        .filter(|h| h.format_version == FORMAT_VERSION)
}

/// The checksum written on a tagged first line, the summary JSON after it, and the body
/// the checksum covers; `None` when the file does not begin with this build's tag line.
/// A file cut inside its first line has no body, which counts as a mismatch.
fn head_of(bytes: &[u8]) -> Option<(u64, &[u8], &[u8])> {
    let rest = bytes.strip_prefix(TAG.as_bytes())?;
    let (first, body) = match rest.iter().position(|&b| b == b'\n') {
        Some(end) => (&rest[..end], &rest[end + 1..]),
        None => (rest, &[][..]),
    };
    let space = first.iter().position(|&b| b == b' ')?;
    let sum = u64::from_str_radix(std::str::from_utf8(&first[..space]).ok()?, 16).ok()?;
    Some((sum, &first[space + 1..], body))
}

/// A 64-bit checksum of `bytes`, eight at a time: enough to tell a whole file from an
/// edited or damaged one, and several times faster than a byte-at-a-time hash, which
/// mattered for listing thousands of files.
pub(super) fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |h: u64, w: u64| {
        let h = (h ^ w).wrapping_mul(K);
        h ^ (h >> 29)
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    for c in &mut chunks {
        h = mix(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    mix(h, u64::from_le_bytes(tail))
}

/// JSON keeps `\n` and `\r` escaped, but YAML readers also end a comment at U+0085, U+2028
/// and U+2029, and refuse the other C1 controls, all of which JSON leaves as they are.
fn one_line(json: &str) -> String {
    crate::questionnaire::json_safe(json.to_owned())
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// What a listing needs, as written on the first line.
#[derive(Serialize, Deserialize)]
struct Head {
    format_version: u32,
    id: String,
    name: String,
    created: Timestamp,
    updated: Timestamp,
    status: Status,
    progress: Progress,
    #[serde(default)]
    outcome: Option<String>,
    questionnaire: QuestionnaireRef,
    lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    roadmap: Option<RoadmapCounts>,
}

impl Head {
    fn of(s: &Session) -> Head {
        Head {
            format_version: s.format_version,
            id: s.id.clone(),
            name: s.name.clone(),
            created: s.created,
            updated: s.updated,
            status: s.status,
            progress: s.progress,
            outcome: s.outcome.clone(),
            questionnaire: s.questionnaire.clone(),
            lang: s.lang.clone(),
            roadmap: s.roadmap_progress,
        }
    }

    fn into_summary(self, path: PathBuf) -> Summary {
        Summary {
            id: self.id,
            name: self.name,
            created: self.created,
            updated: self.updated,
            status: self.status,
            progress: self.progress,
            outcome: self.outcome,
            questionnaire: self.questionnaire,
            lang: self.lang,
            roadmap: self.roadmap,
            path,
            edited: false,
        }
    }
}

/// A session's summary, through its head so a listing and a session in memory agree.
pub(super) fn summary_of(s: &Session, path: PathBuf) -> Summary {
    Summary {
        edited: s.edited,
        ..Head::of(s).into_summary(path)
    }
}

/// One line: what is wrong, the key on the failing line when the message lacks it (a time
/// that does not parse only says what it expected), and the position.
fn describe(text: &str, d: &crate::questionnaire::Diagnostic) -> Detail {
    let one_line = d.message.split_whitespace().collect::<Vec<_>>().join(" ");
    if d.pos.line == 0 {
        return Detail {
            text: one_line,
            at: None,
        };
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
    Detail {
        text: format!("{key}{one_line}"),
        at: Some((d.pos.line, d.pos.col)),
    }
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
        roadmap: Vec::new(),
        roadmap_progress: None,
        retake_of: None,
        edited: false,
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
    dir.join(file_name(id))
}

pub(super) fn file_name(id: &str) -> String {
    format!("{id}.yaml")
}

/// The id of a session file or of its write-ahead log, from the file's name.
pub(super) fn id_of_any(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let stem = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".wal"))?;
    crate::session::valid_id(stem).then(|| stem.to_owned())
}
