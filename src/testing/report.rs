//! What a test run prints: text for people, JSON and JUnit XML for CI. No terminal here;
//! every text from a file is escaped.

use std::fmt::Write as _;

use similar::{Algorithm, ChangeTag, capture_diff_slices};

use crate::questionnaire::{escape, json_safe};

use super::coverage::Coverage;
use super::run::{Failure, Run};

/// One line per case, each failure with a diff of expected (`-`) and actual (`+`), the
/// coverage when `coverage`, and the closing line `N passed, M failed`.
pub fn text(runs: &[Run], coverage: bool) -> String {
    let mut out = String::new();
    for run in runs {
        let head = diag!(
            "diag-test-head",
            file = escape(&run.file),
            n = run.results.len(),
            questionnaire = escape(&run.questionnaire)
        );
        let _ = writeln!(out, "{head}");
        for r in &run.results {
            let mark = if r.passed() { "ok  " } else { "FAIL" };
            let _ = writeln!(out, "  {mark} {}", escape(&r.name));
            for f in &r.failures {
                let _ = writeln!(
                    out,
                    "         {}:{}:{}: {}: {}",
                    escape(&run.file),
                    f.pos.line,
                    f.pos.col,
                    f.key,
                    escape(&f.message)
                );
                for line in diff(f) {
                    let _ = writeln!(out, "           {}", escape(&line));
                }
            }
        }
        if coverage {
            out.push_str(&coverage_text(&run.coverage));
        }
    }
    let passed: usize = runs.iter().map(Run::passed).sum();
    let failed: usize = runs.iter().map(Run::failed).sum();
    let _ = writeln!(
        out,
        "{}",
        diag!("diag-test-summary", passed = passed, failed = failed)
    );
    out
}

/// The coverage block: the total, then per kind what no case reached.
pub fn coverage_text(c: &Coverage) -> String {
    let mut out = format!(
        "  {}\n",
        diag!(
            "diag-test-coverage",
            percent = format!("{:.1}", c.percent()),
            reached = c.reached(),
            total = c.total()
        )
    );
    for p in &c.parts {
        let _ = write!(out, "    {:<10}{}/{}", p.kind, p.reached(), p.total);
        if !p.missed.is_empty() {
            let missed = escape(&p.missed.join(", ")).into_owned();
            let _ = write!(out, "  {}", diag!("diag-test-not-reached", ids = missed));
        }
        out.push('\n');
    }
    out
}

/// Expected and actual as a line diff: `- ` only expected, `+ ` only actual, `  ` both.
pub fn diff(f: &Failure) -> Vec<String> {
    let ops = capture_diff_slices(Algorithm::Myers, &f.expected, &f.actual);
    let mut lines = Vec::new();
    for op in &ops {
        for change in op.iter_changes(&f.expected, &f.actual) {
            let sign = match change.tag() {
                ChangeTag::Delete => '-',
                ChangeTag::Insert => '+',
                ChangeTag::Equal => ' ',
            };
            lines.push(format!("{sign} {}", change.value()));
        }
    }
    lines
}

/// The run as JSON: totals, and per file its cases, failures and coverage.
/// `broken`: the files that could not be run, each with why.
pub fn json(runs: &[Run], broken: &[(String, String)]) -> String {
    let files: Vec<serde_json::Value> = runs
        .iter()
        .map(|run| {
            let cases: Vec<serde_json::Value> = run
                .results
                .iter()
                .map(|r| {
                    let failures: Vec<serde_json::Value> = r
                        .failures
                        .iter()
                        .map(|f| {
                            serde_json::json!({
                                "key": f.key,
                                "line": f.pos.line,
                                "column": f.pos.col,
                                "message": f.message,
                                "expected": f.expected,
                                "actual": f.actual,
                            })
                        })
                        .collect();
                    serde_json::json!({
                        "name": r.name,
                        "line": r.pos.line,
                        "passed": r.passed(),
                        "failures": failures,
                    })
                })
                .collect();
            let c = &run.coverage;
            let parts: Vec<serde_json::Value> = c
                .parts
                .iter()
                .map(|p| {
                    serde_json::json!({
                        "kind": p.kind,
                        "total": p.total,
                        "reached": p.reached(),
                        "missed": p.missed,
                    })
                })
                .collect();
            serde_json::json!({
                "file": run.file,
                "questionnaire": run.questionnaire,
                "passed": run.passed(),
                "failed": run.failed(),
                "cases": cases,
                "coverage": {
                    "percent": (c.percent() * 10.0).round() / 10.0,
                    "reached": c.reached(),
                    "total": c.total(),
                    "parts": parts,
                },
            })
        })
        .collect();
    let errors: Vec<serde_json::Value> = broken
        .iter()
        .map(|(file, why)| serde_json::json!({ "file": file, "message": why }))
        .collect();
    let all = serde_json::json!({
        "passed": runs.iter().map(Run::passed).sum::<usize>(),
        "failed": runs.iter().map(Run::failed).sum::<usize>(),
        "files": files,
        "errors": errors,
    });
    let mut out = json_safe(serde_json::to_string_pretty(&all).unwrap_or_default());
    out.push('\n');
    out
}

/// The run as JUnit XML: a `testsuite` per file (its coverage as properties), a `testcase`
/// per case, a `failure` per expectation that did not hold.
pub fn junit(runs: &[Run], broken: &[(String, String)]) -> String {
    let total: usize = runs.iter().map(|r| r.results.len()).sum::<usize>() + broken.len();
    let failed: usize = runs.iter().map(Run::failed).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"careerpath test\" tests=\"{total}\" failures=\"{failed}\" errors=\"{}\">",
        broken.len()
    );
    // A file that could not be run is a suite with one case in error: it never passes.
    for (file, why) in broken {
        let (file, first) = (xml(file), why.lines().next().unwrap_or_default());
        let _ = writeln!(
            out,
            "  <testsuite name=\"{file}\" tests=\"1\" failures=\"0\" errors=\"1\">\n    <testcase name=\"{file}\" classname=\"{file}\">\n      <error message=\"{}\">{}</error>\n    </testcase>\n  </testsuite>",
            xml(first),
            xml(why)
        );
    }
    for run in runs {
        let file = xml(&run.file);
        let _ = writeln!(
            out,
            "  <testsuite name=\"{file}\" tests=\"{}\" failures=\"{}\" errors=\"0\">",
            run.results.len(),
            run.failed()
        );
        let c = &run.coverage;
        out.push_str("    <properties>\n");
        let _ = writeln!(
            out,
            "      <property name=\"coverage\" value=\"{:.1}\"/>",
            c.percent()
        );
        for p in &c.parts {
            let _ = writeln!(
                out,
                "      <property name=\"coverage.{}\" value=\"{}/{}\"/>",
                p.kind,
                p.reached(),
                p.total
            );
        }
        out.push_str("    </properties>\n");
        for r in &run.results {
            // `file` and `line`: where CI tools point a failure (the case's `- name:`).
            let _ = write!(
                out,
                "    <testcase name=\"{}\" classname=\"{file}\" file=\"{file}\" line=\"{}\"",
                xml(&r.name),
                r.pos.line
            );
            if r.passed() {
                out.push_str("/>\n");
                continue;
            }
            out.push_str(">\n");
            for f in &r.failures {
                let _ = writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    f.key,
                    xml(&f.message),
                    xml(&diff(f).join("\n"))
                );
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// Text for XML content and attributes. Control characters XML 1.0 cannot hold at all
/// are written as Rust-style escapes, visibly, rather than dropped.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c if c.is_control() => {
                let _ = write!(out, "{}", c.escape_default());
            }
            c => out.push(c),
        }
    }
    out
}
