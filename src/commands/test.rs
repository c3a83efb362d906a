//! `careerpath test`: runs questionnaire test files and prints the results as text, JSON
//! or JUnit, with coverage.

use std::path::{Path, PathBuf};

use careerpath::questionnaire::LoadError;
use careerpath::testing::{self, Run};

use super::print;
use crate::cli::{Cli, TestFormat};
use crate::exit::Exit;

pub struct Options<'a> {
    pub files: &'a [PathBuf],
    pub format: TestFormat,
    pub coverage: bool,
    pub min_coverage: Option<f64>,
}

pub fn run(cli: &Cli, opts: &Options<'_>) -> Exit {
    let mut runs = Vec::new();
    let mut code = Exit::Ok;
    let loaded: Vec<Result<Run, LoadError>> = if opts.files.is_empty() {
        vec![match &cli.questions {
            Some(q) => testing::run_file(&testing::tests_path(q), Some(q)),
            None => testing::run_builtin(),
        }]
    } else {
        opts.files
            .iter()
            .map(|f| testing::run_file(Path::new(f), cli.questions.as_deref()))
            .collect()
    };
    for result in loaded {
        match result {
            Ok(run) => runs.push(run),
            Err(e) => {
                errln!("{e}");
                // Bad content outranks an unreadable file: both fail, and 65 says more.
                if code != Exit::DataErr {
                    code = Exit::from(&e);
                }
            }
        }
    }
    if runs.is_empty() {
        return code;
    }
    let out = match opts.format {
        TestFormat::Text => testing::text(&runs, opts.coverage),
        TestFormat::Json => testing::json(&runs),
        TestFormat::Junit => testing::junit(&runs),
    };
    let printed = print(&out);
    if code != Exit::Ok {
        return code;
    }
    let mut result = printed;
    if runs.iter().any(|r| r.failed() > 0) {
        result = Exit::Failure;
    }
    if let Some(min) = opts.min_coverage {
        for run in runs.iter().filter(|r| r.coverage.percent() < min) {
            let msg = careerpath::words::diag(
                "diag-test-min-coverage",
                &[
                    ("file", careerpath::sanitize::escape(&run.file).into()),
                    ("percent", format!("{:.1}", run.coverage.percent()).into()),
                    ("min", careerpath::flow::format_number(min).into()),
                ],
            );
            errln!("careerpath: {msg}");
            result = Exit::Failure;
        }
    }
    result
}

/// `--min-coverage`: a percentage from 0 to 100. clap reads it before the interface
/// language is settled, so the language is the command line's ([`crate::cli::interface`]).
pub fn parse_percent(s: &str) -> Result<f64, String> {
    let lang = crate::cli::interface();
    let text = careerpath::words::Value::from(s);
    let Ok(n) = s.trim_end_matches('%').parse::<f64>() else {
        let args = [("text", text)];
        return Err(careerpath::words::t_args(
            lang,
            "refusal-not-a-number",
            &args,
        ));
    };
    match (0.0..=100.0).contains(&n) {
        true => Ok(n),
        false => {
            let args = [("value", text)];
            Err(careerpath::words::t_args(
                lang,
                "cli-not_a_percentage",
                &args,
            ))
        }
    }
}
