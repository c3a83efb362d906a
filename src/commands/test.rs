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
    // Files that could not be run, with why: in a JSON or JUnit report too, so CI sees them.
    let mut broken: Vec<(String, String)> = Vec::new();
    let mut code = Exit::Ok;
    let loaded: Vec<(String, Result<Run, LoadError>)> = if opts.files.is_empty() {
        vec![match &cli.questions {
            Some(q) => {
                let path = testing::tests_path(q);
                (
                    path.display().to_string(),
                    testing::run_file(&path, Some(q)),
                )
            }
            None => ("<built-in tests>".to_owned(), testing::run_builtin()),
        }]
    } else {
        opts.files
            .iter()
            .map(|f| {
                let run = testing::run_file(Path::new(f), cli.questions.as_deref());
                (f.display().to_string(), run)
            })
            .collect()
    };
    for (file, result) in loaded {
        match result {
            Ok(run) => runs.push(run),
            Err(e) => {
                errln!("{e}");
                broken.push((file, e.to_string()));
                // Bad content outranks an unreadable file: both fail, and 65 says more.
                if code != Exit::DataErr {
                    code = Exit::from(&e);
                }
            }
        }
    }
    let out = match opts.format {
        TestFormat::Text if runs.is_empty() => return code,
        TestFormat::Text => testing::text(&runs, opts.coverage),
        TestFormat::Json => testing::json(&runs, &broken),
        TestFormat::Junit => testing::junit(&runs, &broken),
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
