//! Questionnaire test files (`NAME.tests.yaml`): loading them with positioned errors,
//! running their cases through the evaluator, coverage, and the reports of a run.

mod coverage;
mod load;
mod raw;
mod report;
mod run;

use std::path::{Path, PathBuf};

use schemars::generate::SchemaSettings;

use crate::questionnaire::{self, Answers, Diagnostic, LoadError, Pos};

pub use coverage::{Coverage, Part};
pub use load::TestFile;
pub use report::{json, junit, text};
pub use run::{CaseResult, Failure, Run, run};

/// The built-in questionnaire's own tests, compiled into the binary.
const BUILTIN: &str = include_str!("../questions/career.tests.yaml");

/// A checked test file: every id it names exists in its questionnaire.
#[derive(Debug, Clone)]
pub struct Suite {
    /// The test file, as named in messages.
    pub file: String,
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    /// Where the case starts in its file.
    pub pos: Pos,
    pub answers: Answers,
    pub expect: Expect,
    /// Evaluated even with required questions unanswered (`evaluate --partial`).
    pub partial: bool,
}

/// What one case checks; an empty list checks nothing.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    pub outcomes: Option<Vec<String>>,
    pub rules: Option<Vec<String>>,
    pub notes: Vec<String>,
    pub no_notes: Vec<String>,
    /// Each dimension or derived number, its value, and where its key is written.
    pub scores: Vec<(String, f64, Pos)>,
    pub asked: Vec<String>,
    pub not_asked: Vec<String>,
    pub incomplete: Option<bool>,
    /// Where each key written under `expect` is, for failures to point at.
    pub keys: Vec<(&'static str, Pos)>,
}

impl Expect {
    /// Where the key `key` is written; `None` when it is not.
    pub fn key_pos(&self, key: &str) -> Option<Pos> {
        self.keys.iter().find(|(k, _)| *k == key).map(|(_, p)| *p)
    }
}

/// Reads and parses a test file (its ids are checked once its questionnaire is known).
pub fn read(path: &Path) -> Result<TestFile, LoadError> {
    let text = crate::input::read_capped(path)?;
    TestFile::parse(&path.display().to_string(), &text)
}

/// The built-in questionnaire's tests (named `<built-in tests>` in messages).
pub fn builtin() -> Result<TestFile, LoadError> {
    TestFile::parse("<built-in tests>", BUILTIN)
}

/// Runs the test file at `path` against `questions` when given, else against the
/// questionnaire the file names: what `careerpath test FILE` does.
pub fn run_file(path: &Path, questions: Option<&Path>) -> Result<Run, LoadError> {
    let file = read(path)?;
    let q = match questions {
        Some(q) => questionnaire::load_file(q)?,
        None => {
            let tested = questionnaire_path(path, &file)?;
            questionnaire::load_file(&tested).map_err(|e| match e {
                LoadError::Missing { path: missing } => LoadError::MissingTested {
                    path: missing,
                    tests: path.to_path_buf(),
                },
                other => other,
            })?
        }
    };
    let suite = file.check(&q)?;
    Ok(run(&q, &suite))
}

/// Runs the built-in questionnaire's own tests: what `careerpath test` does.
pub fn run_builtin() -> Result<Run, LoadError> {
    let q = questionnaire::builtin()?;
    let suite = builtin()?.check(&q)?;
    Ok(run(&q, &suite))
}

/// The questionnaire the test file at `path` tests: its `questionnaire` key (relative to
/// the file), else its name without `.tests`.
pub fn questionnaire_path(path: &Path, file: &TestFile) -> Result<PathBuf, LoadError> {
    let dir = path.parent().unwrap_or(Path::new(""));
    if let Some(named) = file.questionnaire() {
        return Ok(dir.join(named));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match name.rsplit_once(".tests.") {
        Some((stem, ext)) if !stem.is_empty() => Ok(dir.join(format!("{stem}.{ext}"))),
        _ => Err(LoadError::Invalid(vec![
            Diagnostic::error(
                &path.display().to_string(),
                Pos { line: 1, col: 1 },
                "no-questionnaire",
                diag!("diag-no-questionnaire"),
            )
            .with_help(diag!("diag-no-questionnaire-help")),
        ])),
    }
}

/// The test file that sits beside the questionnaire at `path` (`NAME.yaml` -> `NAME.tests.yaml`).
pub fn tests_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map_or_else(|| "yaml".to_owned(), |e| e.to_string_lossy().into_owned());
    path.with_file_name(format!("{stem}.tests.{ext}"))
}

/// The test-file format's JSON Schema (draft-07), as pretty JSON ending in a newline.
pub fn json_schema() -> String {
    let schema = SchemaSettings::draft07()
        .for_deserialize()
        .into_generator()
        .root_schema_for::<raw::RawTestFile>();
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}
