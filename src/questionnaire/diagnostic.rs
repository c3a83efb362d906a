//! Diagnostics: what the loader and the linter tell a user about a file, with
//! position, code, help and a source snippet, and the loader's error type.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::path::PathBuf;

use serde::Serialize;
use unicode_width::UnicodeWidthChar;

use super::Pos;
use crate::sanitize::escape;

/// A diagnostic's words with no values, in the process's interface language.
pub(crate) fn diag(id: &str) -> String {
    crate::words::diag(id, &[])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The source line a diagnostic points into, and where the caret goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// The whole source line, as written (escaped only when printed).
    pub line: String,
    /// 1-based character column of the first caret.
    pub col: u32,
    /// How many characters the carets cover (at least 1).
    pub len: u32,
}

/// One message about one place in a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    pub pos: Pos,
    pub severity: Severity,
    /// A stable short name (`unknown-field`, `dead-question`, ...) for filtering and docs.
    pub code: &'static str,
    pub message: String,
    pub help: Option<String>,
    pub snippet: Option<Snippet>,
}

impl Diagnostic {
    pub fn error(file: &str, pos: Pos, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_owned(),
            pos,
            severity: Severity::Error,
            code,
            message: message.into(),
            help: None,
            snippet: None,
        }
    }

    pub fn warning(file: &str, pos: Pos, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, pos, code, message)
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_help_opt(mut self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }

    /// Attaches the source line at `self.pos` with a caret `len` characters wide.
    pub fn with_snippet(self, source: &str, len: usize) -> Self {
        if self.pos.line == 0 {
            return self;
        }
        match source.lines().nth(self.pos.line as usize - 1) {
            Some(line) => self.with_line(line, len),
            None => self,
        }
    }

    /// Attaches `line`, the source line at `self.pos`, with a caret `len` characters wide.
    fn with_line(mut self, line: &str, len: usize) -> Self {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let col = self.pos.col.max(1) as usize;
        // Keep a window of a very long line around the caret.
        let skip = col.saturating_sub(60);
        let window: String = line.chars().skip(skip).take(120).collect();
        let len = len.max(1).min(120 - (col - 1 - skip).min(119));
        self.snippet = Some(Snippet {
            line: window,
            col: u32::try_from(col - skip).unwrap_or(1),
            len: u32::try_from(len).unwrap_or(1),
        });
        self
    }

    /// Sort key: file, position, severity, code, message. Output is stable.
    fn key(&self) -> (&str, Pos, Severity, &str, &str) {
        (
            &self.file,
            self.pos,
            self.severity,
            self.code,
            &self.message,
        )
    }
}

/// Attaches to each diagnostic without a snippet the line of `source` it points at, the
/// caret running from its column to the end of what is written there. The linter's
/// warnings come from the model, which keeps positions, not text. One pass over `source`
/// for them all: read line by line for each, 2,500 warnings on a 3 MB file took 2 s.
pub fn with_snippets(diags: Vec<Diagnostic>, source: &str) -> Vec<Diagnostic> {
    let lines: Vec<&str> = source.lines().collect();
    diags
        .into_iter()
        .map(|d| {
            let at = (d.pos.line as usize).checked_sub(1);
            match at
                .and_then(|i| lines.get(i))
                .filter(|_| d.snippet.is_none())
            {
                Some(line) => {
                    let col = d.pos.col.max(1) as usize - 1;
                    let in_flow = line.chars().take(col).any(|c| matches!(c, '{' | '['));
                    let rest: String = line.chars().skip(col).collect();
                    d.with_line(line, value_len(&rest, in_flow))
                }
                None => d,
            }
        })
        .collect()
}

/// How many characters of `rest` the value that starts it takes: a quoted one to its
/// closing quote, a `{ }` or `[ ]` to its closing bracket, a plain one to a comment or the
/// end of the line, or inside `{ }` or `[ ]` (`in_flow`) to the next `,`, `}` or `]`.
fn value_len(rest: &str, in_flow: bool) -> usize {
    let chars: Vec<char> = rest.chars().collect();
    let quoted = |q: char| {
        let mut i = 1;
        while i < chars.len() {
            match (q, chars[i]) {
                ('"', '\\') => i += 1,
                ('\'', '\'') if chars.get(i + 1) == Some(&'\'') => i += 1,
                (q, c) if c == q => return Some(i + 1),
                _ => {}
            }
            i += 1;
        }
        None
    };
    // A flow collection: to the bracket that closes it, quoted text aside.
    let closed = || {
        let (mut depth, mut quote) = (0usize, None);
        for (i, &c) in chars.iter().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '{' | '[') => depth += 1,
                (None, '}' | ']') if depth == 1 => return Some(i + 1),
                (None, '}' | ']') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        None
    };
    let end = match chars.first() {
        Some(&q @ ('"' | '\'')) => quoted(q),
        Some('{' | '[') => closed(),
        _ => None,
    };
    end.unwrap_or_else(|| {
        let stop = chars.iter().enumerate().position(|(i, &c)| {
            (in_flow && matches!(c, ',' | '}' | ']'))
                || (c == '#' && i > 0 && chars[i - 1].is_whitespace())
        });
        let text: String = chars[..stop.unwrap_or(chars.len())].iter().collect();
        text.trim_end().chars().count()
    })
    .max(1)
}

/// Sorts diagnostics by file and position, dropping exact repeats.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| a.key().cmp(&b.key()));
    diags.dedup_by(|a, b| a.key() == b.key());
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = diag(match self.severity {
            Severity::Error => "diag-error",
            Severity::Warning => "diag-warning",
        });
        write!(f, "{}", escape(&self.file))?;
        if self.pos.line > 0 {
            write!(f, ":{}:{}", self.pos.line, self.pos.col)?;
        }
        write!(f, ": {sev}[{}]: {}", self.code, escape(&self.message))?;
        if let Some(snippet) = &self.snippet {
            let number = self.pos.line.to_string();
            let gutter = " ".repeat(number.len());
            let (shown, caret_at, caret_width) = render_line(snippet);
            write!(f, "\n{gutter} |\n{number} | {shown}\n{gutter} | ")?;
            write!(
                f,
                "{}{}",
                " ".repeat(caret_at),
                "^".repeat(caret_width.max(1))
            )?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = {}: {}", diag("diag-help"), escape(help))?;
        }
        Ok(())
    }
}

/// Columns of a source line a snippet shows before cutting it.
const SNIPPET_MAX: usize = 120;

/// The line as printed (control characters escaped, tabs as spaces) and the
/// display columns where the caret starts and how wide it is.
fn render_line(snippet: &Snippet) -> (String, usize, usize) {
    let mut shown = String::new();
    let mut width = 0usize;
    let mut caret_at = None;
    let mut caret_end = None;
    let start = snippet.col as usize - 1;
    let end = start + snippet.len as usize;
    for (i, c) in snippet.line.chars().enumerate() {
        if i == start {
            caret_at = Some(width);
        }
        // A huge value on one line (a 3 MB string) is shown as far as it helps, then cut.
        if width >= SNIPPET_MAX && caret_at.is_some_and(|at| width >= at + SNIPPET_MAX / 2) {
            shown.push('…');
            width += 1;
            break;
        }
        if i == end {
            caret_end = Some(width);
        }
        let piece = if c == '\t' {
            Cow::Borrowed("    ")
        } else {
            escape_char(c)
        };
        width += piece.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
        shown.push_str(&piece);
    }
    let caret_at = caret_at.unwrap_or(width);
    let caret_end = caret_end.unwrap_or(width.max(caret_at + 1));
    (
        shown.trim_end().to_owned(),
        caret_at,
        caret_end.saturating_sub(caret_at),
    )
}

fn escape_char(c: char) -> Cow<'static, str> {
    if crate::sanitize::is_unsafe(c) {
        Cow::Owned(c.escape_default().to_string())
    } else {
        let mut s = String::new();
        s.push(c);
        Cow::Owned(s)
    }
}

/// The diagnostics as a JSON array (for `--format json`).
pub fn to_json(diags: &[Diagnostic]) -> String {
    json_safe(serde_json::to_string_pretty(diags).unwrap_or_else(|_| "[]".to_owned()))
}

/// Serialized JSON with DEL and the C1 controls (U+007F to U+009F) written as `\u` escapes.
/// serde_json escapes only U+0000 to U+001F, and a raw U+009B is a CSI that a terminal
/// obeys. Outside strings JSON holds only ASCII, so every such character is inside a
/// string, where the escape means the same text.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if ('\u{7f}'..='\u{9f}').contains(&c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Why a questionnaire or answers file could not be loaded. `Display` is worded as a
/// diagnostic is, in the process's interface language (the operating system's reason for
/// an I/O error as it gives it).
#[derive(Debug)]
pub enum LoadError {
    Missing {
        path: PathBuf,
    },
    /// The questionnaire a test file names (or is named after) is not there.
    MissingTested {
        path: PathBuf,
        tests: PathBuf,
    },
    /// The path exists but cannot be read as a file (a directory, a device, a FIFO, no permission).
    Unreadable {
        path: PathBuf,
        reason: String,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Every problem found, sorted by position.
    Invalid(Vec<Diagnostic>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = |p: &PathBuf| escape(&p.display().to_string()).into_owned();
        let head =
            |p: &PathBuf, code: &str| format!("{}: {}[{code}]: ", file(p), diag("diag-error"));
        match self {
            LoadError::Missing { path } => {
                write!(
                    f,
                    "{}{}",
                    head(path, "missing-file"),
                    diag("diag-missing-file")
                )
            }
            LoadError::MissingTested { path, tests } => write!(
                f,
                "{}{}",
                head(path, "missing-file"),
                crate::words::diag(
                    "diag-missing-tested",
                    &[("tests", crate::words::Value::from(file(tests)))]
                )
            ),
            LoadError::Unreadable { path, reason } => {
                write!(f, "{}{reason}", head(path, "unreadable"))
            }
            LoadError::Io { path, source } => write!(f, "{}{source}", head(path, "io")),
            LoadError::Invalid(diags) => f.write_str(&join(diags)),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn join(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for (i, d) in diags.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = write!(out, "{d}");
    }
    out
}

impl LoadError {
    /// True when the file itself could not be read (missing, unreadable), as opposed to
    /// read and found not valid; the binary maps the two to different exit codes.
    pub fn is_missing_input(&self) -> bool {
        !matches!(self, LoadError::Invalid(_))
    }

    /// The diagnostics, for `--format json` (file-level errors become one diagnostic).
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            LoadError::Invalid(d) => d.clone(),
            other => {
                let (path, code) = match other {
                    LoadError::Missing { path } | LoadError::MissingTested { path, .. } => {
                        (path, "missing-file")
                    }
                    LoadError::Unreadable { path, .. } => (path, "unreadable"),
                    LoadError::Io { path, .. } => (path, "io"),
                    LoadError::Invalid(_) => return Vec::new(),
                };
                let text = other.to_string();
                let message = text.split_once("]: ").map_or(text.as_str(), |(_, m)| m);
                vec![Diagnostic::error(
                    &path.display().to_string(),
                    Pos::default(),
                    code,
                    message,
                )]
            }
        }
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(word, c);
        if score > 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c.to_owned())
}
