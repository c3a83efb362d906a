//! The write-ahead log beside a session file (`<id>.wal`): the session's newest states
//! appended one after another, each framed by a header line with its length and checksum.
//!
//! A record is `# careerpath-wal <length> <checksum>\n<body>\n`. The body is the whole
//! session as one line of JSON: encoding it costs a few microseconds on the drawing thread,
//! where the session file's YAML would cost far more; the background syncer turns it into the
//! file's text ([`file_text`]). Logs written before this format hold the session file's own
//! text as the body; readers take both ([`decode`]), so a log left by an older careerpath is
//! replayed and folded like any other.
//!
//! Appending is one `write(2)`, so a process killed mid-append leaves at most one torn record
//! at the end; the reader skips whatever does not check out, keeps the last whole record, and
//! reports what it skipped. An append that fails (a full disk) is cut back off, so a failed
//! save never leaves a torn record behind a later good one.

use std::fs::{self, OpenOptions};
use std::io::{self, Write as _};
use std::os::unix::fs::{FileExt as _, OpenOptionsExt};
use std::path::Path;

use super::codec::{self, checksum};
use crate::session::{FORMAT_VERSION, Session};

const TAG: &[u8] = b"# careerpath-wal ";

/// The log's file name for a session id.
pub(super) fn name(id: &str) -> String {
    format!("{id}.wal")
}

/// The body of a record for `session`: one line of JSON, unless the JSON would not read back
/// as the same session. serde_json writes a number that is not finite as `null`, which reads
/// back as nothing or not at all. A `null` is usually an absent value (`None` in a result's
/// trace), which reads back exactly, so JSON with a `null` in it is read back and compared;
/// only a session that does not come back equal is logged as the session file's own text,
/// which is exact but several times slower to write.
pub(super) fn encode(session: &Session) -> Result<String, String> {
    match serde_json::to_string(session) {
        Ok(json) if !json.contains("null") || reads_back(&json, session) => Ok(json),
        _ => codec::encode(session),
    }
}

fn reads_back(json: &str, session: &Session) -> bool {
    serde_json::from_str::<Session>(json).is_ok_and(|back| back == *session)
}

/// The session a record holds: JSON from this build, else a session file's text (older logs,
/// and sessions [`encode`] would not put in JSON), read with every migration the file has.
pub(super) fn decode(path: &Path, body: &str) -> Result<Session, super::Damage> {
    // A record of another format version (a log left by another build) is read by the
    // session file reader below, which parses JSON as YAML and migrates or explains.
    if body.starts_with('{')
        && let Ok(session) = serde_json::from_str::<Session>(body)
        && session.format_version == FORMAT_VERSION
    {
        return Ok(session);
    }
    codec::decode(path, body)
}

/// The session file's text for a record's body: what the syncer writes.
pub(super) fn file_text(body: &str) -> Result<String, String> {
    if body.starts_with('{') {
        codec::encode(&decode(Path::new("<log>"), body).map_err(|d| d.to_string())?)
    } else {
        Ok(body.to_owned())
    }
}

/// The listing summary of a record's body.
pub(super) fn summary(path: &Path, body: &str) -> Result<super::Summary, super::Damage> {
    if body.starts_with('{') {
        decode(path, body).map(|s| super::Summary::of(&s, path.to_path_buf()))
    } else {
        codec::summary(path, body.as_bytes())
    }
}

/// The record for `text`, ready to append.
fn record(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 48);
    record_into(&mut out, text);
    out
}

fn record_into(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(TAG);
    out.extend_from_slice(
        format!("{} {:016x}\n", text.len(), checksum(text.as_bytes())).as_bytes(),
    );
    out.extend_from_slice(text.as_bytes());
    out.push(b'\n');
}

/// A log opened for appending, kept open between saves.
pub(super) struct Appender {
    file: fs::File,
    /// Whether the file ends where a record may start: empty, or after a newline. A kill in
    /// the middle of an append leaves a torn record without its final newline; a record
    /// glued to it would be skipped with it by the reader, so the next one starts on a new
    /// line.
    at_line_start: bool,
    /// The file's length. Only this appender writes the file (the session lock keeps other
    /// processes out, and the syncer replaces a log it rewrites, which reopens it), so it
    /// is known without asking the file system on every save.
    len: u64,
}

impl Appender {
    /// Opens (creating, mode 0600) the log at `path`.
    pub(super) fn open(path: &Path) -> io::Result<Appender> {
        let file = OpenOptions::new()
            .append(true)
            .read(true)
            .create(true)
            .mode(0o600)
            .open(path)?;
        let len = file.metadata()?.len();
        let at_line_start = len == 0 || {
            let mut last = [0u8];
            file.read_exact_at(&mut last, len - 1)?;
            last[0] == b'\n'
        };
        Ok(Appender {
            file,
            at_line_start,
            len,
        })
    }

    /// Appends one record. When it has returned, the text has reached the operating
    /// system: it survives the process being killed, not yet a power cut.
    pub(super) fn append(&mut self, text: &str) -> io::Result<()> {
        let before = self.len;
        let mut bytes = Vec::with_capacity(text.len() + 49);
        if !self.at_line_start {
            bytes.push(b'\n');
        }
        record_into(&mut bytes, text);
        let result = self.file.write_all(&bytes);
        match &result {
            Ok(()) => {
                self.at_line_start = true;
                self.len = before + bytes.len() as u64;
            }
            // Best effort: a partial record would only be skipped by readers, but cutting it
            // keeps the log exactly as the last successful save left it.
            Err(_) => {
                let _ = self.file.set_len(before);
            }
        }
        result
    }

    /// Empties the log once the session file holds its newest record.
    pub(super) fn empty(&mut self) -> io::Result<()> {
        self.file.set_len(0)?;
        self.at_line_start = true;
        self.len = 0;
        Ok(())
    }

    pub(super) fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Replaces the log with one record holding `text`, without a sync: the log only has to
/// survive the process, and until the rename the old log (which also ends with `text`) is
/// in place. Keeps the log short while answers keep coming faster than the disk syncs.
pub(super) fn rewrite(dir: &Path, path: &Path, text: &str) -> io::Result<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    super::atomic::replace(dir, &name, &record(text), false, |file, bytes| {
        file.write_all(bytes)
    })
    .map_err(|(_, e)| e)
}

/// What a log holds.
#[derive(Debug, Default)]
pub(super) struct Log<'a> {
    /// The last whole record: the newest state of the session.
    pub last: Option<&'a str>,
    /// How many bytes did not form a whole record (a save cut short by a kill).
    pub skipped: usize,
}

/// Reads every whole record of a log. Never fails: bytes that are not a whole record are
/// skipped (and counted) up to the next record header.
pub(super) fn parse(bytes: &[u8]) -> Log<'_> {
    let mut log = Log::default();
    let mut at = 0;
    while at < bytes.len() {
        match whole_record(&bytes[at..]) {
            Some((text, len)) => {
                log.last = Some(text);
                at += len;
            }
            None => {
                // Resynchronise on the next header at the start of a line.
                let next = bytes[at + 1..]
                    .windows(TAG.len() + 1)
                    .position(|w| w[0] == b'\n' && &w[1..] == TAG)
                    .map_or(bytes.len(), |p| at + 1 + p + 1);
                log.skipped += next - at;
                at = next;
            }
        }
    }
    log
}

/// The record at the start of `bytes` and its length in bytes, if it is whole.
fn whole_record(bytes: &[u8]) -> Option<(&str, usize)> {
    let rest = bytes.strip_prefix(TAG)?;
    let eol = rest.iter().take(64).position(|&b| b == b'\n')?;
    let header = std::str::from_utf8(&rest[..eol]).ok()?;
    let (len, check) = header.split_once(' ')?;
    let len: usize = len.parse().ok()?;
    let check = u64::from_str_radix(check, 16).ok()?;
    let body_at = TAG.len() + eol + 1;
    let body = bytes.get(body_at..body_at.checked_add(len)?)?;
    if bytes.get(body_at + len) != Some(&b'\n') || checksum(body) != check {
        return None;
    }
    Some((std::str::from_utf8(body).ok()?, body_at + len + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_appended_after_a_torn_one_starts_on_its_own_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.wal");
        let mut bytes = record("first");
        let second = record("second, cut short by a kill");
        // Every cut of the second record: the next process's record is still found.
        for cut in 1..second.len() {
            let mut torn = bytes.clone();
            torn.extend_from_slice(&second[..cut]);
            fs::write(&path, &torn).unwrap();
            let mut log = Appender::open(&path).unwrap();
            log.append("third").unwrap();
            let read = fs::read(&path).unwrap();
            assert_eq!(parse(&read).last, Some("third"), "cut at {cut}");
        }
        bytes.extend(record("second"));
        fs::write(&path, &bytes).unwrap();
        Appender::open(&path).unwrap().append("third").unwrap();
        let read = fs::read(&path).unwrap();
        let log = parse(&read);
        assert_eq!(
            (log.last, log.skipped),
            (Some("third"), 0),
            "a whole log gains nothing"
        );
    }

    #[test]
    fn the_last_whole_record_wins_and_torn_bytes_are_counted() {
        let mut bytes = record("first");
        bytes.extend(record("second"));
        let log = parse(&bytes);
        assert_eq!((log.last, log.skipped), (Some("second"), 0));
        // Every cut of a third record leaves the second as the newest whole one.
        let third = record("third, longer than the others");
        for cut in 1..third.len() {
            let mut torn = bytes.clone();
            torn.extend_from_slice(&third[..cut]);
            let log = parse(&torn);
            assert_eq!(
                (log.last, log.skipped),
                (Some("second"), cut),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn a_torn_record_in_the_middle_does_not_hide_later_ones() {
        let mut bytes = record("first");
        let torn = record("second");
        bytes.extend_from_slice(&torn[..torn.len() - 3]);
        bytes.push(b'\n');
        bytes.extend(record("third"));
        let log = parse(&bytes);
        assert_eq!(log.last, Some("third"));
        assert_eq!(log.skipped, torn.len() - 2);
    }

    fn a_session() -> Session {
        let json = format!(
            r#"{{"format_version":{FORMAT_VERSION},"id":"s1","name":"n","created":"2026-01-01T00:00:00Z","updated":"2026-01-02T00:00:00Z","status":"in_progress","questionnaire":{{"id":"q","version":1,"hash":"h"}},"lang":"en","answers":{{"go":true,"hours":6.5,"langs":["a","b"],"role":"ml"}}}}"#
        );
        serde_json::from_str(&json).unwrap()
    }

    #[test]
    fn a_json_record_reads_back_and_becomes_the_session_file() {
        let mut s = a_session();
        // A number the default JSON float parser reads back one unit in the last place off.
        s.answers.insert(
            "stake".into(),
            crate::questionnaire::Answer::Number(-114929127187.10985),
        );
        let body = encode(&s).unwrap();
        assert!(body.starts_with('{') && !body.contains('\n'), "{body}");
        let bytes = record(&body);
        let last = parse(&bytes).last.unwrap();
        assert_eq!(decode(Path::new("s1.yaml"), last).unwrap(), s);
        assert_eq!(file_text(last).unwrap(), codec::encode(&s).unwrap());
    }

    /// The previous build logged the session file's own text; such a log still replays.
    #[test]
    fn a_record_of_the_previous_format_reads_back() {
        let s = a_session();
        let old = record(&codec::encode(&s).unwrap());
        let last = parse(&old).last.unwrap();
        assert_eq!(decode(Path::new("s1.yaml"), last).unwrap(), s);
        assert_eq!(file_text(last).unwrap(), last);
    }

    /// A `null` that stands for an absent value, or the word in a text, reads back exactly:
    /// the record stays JSON.
    #[test]
    fn a_null_that_reads_back_stays_json() {
        let mut s = a_session();
        s.answers.insert(
            "note".into(),
            crate::questionnaire::Answer::Text("null".into()),
        );
        let body = encode(&s).unwrap();
        assert!(body.starts_with('{') && body.contains("null"), "{body}");
        assert_eq!(decode(Path::new("s1.yaml"), &body).unwrap(), s);
    }

    /// serde_json would write a number that is not finite as `null`, which would not read
    /// back: such a session is logged as the session file's text.
    #[test]
    fn a_session_json_cannot_carry_is_logged_as_its_file_text() {
        let mut s = a_session();
        s.answers.insert(
            "hours".into(),
            crate::questionnaire::Answer::Number(f64::INFINITY),
        );
        let body = encode(&s).unwrap();
        assert!(body.starts_with("# careerpath session "), "{body}");
    }

    #[test]
    fn a_changed_byte_is_not_a_record() {
        let mut bytes = record("answer: 1");
        let at = bytes.len() - 2;
        bytes[at] = b'2';
        let log = parse(&bytes);
        assert_eq!((log.last, log.skipped), (None, bytes.len()));
        assert_eq!(parse(b"").last, None);
    }
}
