//! The command line end to end: each command's exit code and what it prints,
//! through the real binary.

use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_careerpath");

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = Command::new(BIN)
        .args(args)
        .env_remove("NO_COLOR")
        .env("LANG", "C")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run careerpath: {e}"));
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn commands_exit_with_the_documented_codes() {
    let lint = "tests/fixtures/valid/lint/unused.yaml";
    // (arguments, exit code, a text stdout or stderr must contain)
    let cases: &[(&[&str], i32, &str)] = &[
        (&["validate"], 0, "0 errors, 0 warnings in 1 file"),
        (
            &["validate", "tests/fixtures/valid/all-types.yaml"],
            0,
            "0 errors",
        ),
        (&["validate", lint], 0, "warning["),
        (&["validate", "--deny-warnings", lint], 1, "warning["),
        (
            &["validate", "tests/fixtures/invalid/bad-default.yaml"],
            65,
            "error[",
        ),
        (
            &["validate", "tests/fixtures/no-such-file.yaml"],
            66,
            "no such file",
        ),
        (&["validate", "tests"], 66, "is a directory"),
        (
            &["--questions", "/dev/zero", "validate"],
            66,
            "not a regular file",
        ),
        (
            &[
                "--questions",
                "tests/fixtures/invalid/bad-default.yaml",
                "graph",
            ],
            65,
            "error[",
        ),
        (
            &[
                "evaluate",
                "--answers",
                "tests/personas/backend_low_latency.yaml",
            ],
            0,
            "Rust first",
        ),
        (
            &[
                "evaluate",
                "--answers",
                "tests/fixtures/invalid-answers/constraint.yaml",
            ],
            65,
            "constraint.yaml:",
        ),
        (
            &["evaluate", "--answers", "tests/fixtures/none.yaml"],
            66,
            "no such file",
        ),
        (&["evaluate"], 2, "--answers"),
        (&["graph", "--format", "dot"], 0, "digraph"),
        (&["graph"], 0, "flowchart"),
        (&["completions", "bash"], 0, "_careerpath()"),
        (&["schema"], 0, "\"$schema\""),
        (&["no-such-command"], 2, "unrecognized subcommand"),
        (&["--version"], 0, env!("CARGO_PKG_VERSION")),
    ];
    for (args, code, needle) in cases {
        let r = run(args);
        assert_eq!(
            r.code, *code,
            "careerpath {args:?}\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        assert!(
            r.stdout.contains(needle) || r.stderr.contains(needle),
            "careerpath {args:?}: expected {needle:?} in\nstdout: {}\nstderr: {}",
            r.stdout,
            r.stderr
        );
    }
}

#[test]
fn evaluate_speaks_spanish_when_asked() {
    let args = [
        "--lang",
        "es",
        "evaluate",
        "--answers",
        "tests/personas/backend_low_latency.yaml",
    ];
    let r = run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Por qué"), "{}", r.stdout);
}

#[test]
fn evaluate_json_is_json() {
    let r = run(&[
        "evaluate",
        "--format",
        "json",
        "--answers",
        "tests/personas/staff_architect.yaml",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let value: serde_json::Value =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", r.stdout));
    assert!(value.is_object());
}

#[test]
fn schema_command_prints_the_checked_in_schema() {
    let r = run(&["schema"]);
    let file = std::fs::read_to_string("assets/questionnaire.schema.json")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.stdout.trim_end(), file.trim_end());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // No reader at all: the first write fails with EPIPE, as in `careerpath schema | head -0`.
    let (reader, writer) = std::io::pipe().unwrap_or_else(|e| panic!("{e}"));
    drop(reader);
    let out = Command::new(BIN)
        .arg("schema")
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_closed_standard_error_keeps_the_exit_code() {
    let (reader, writer) = std::io::pipe().unwrap_or_else(|e| panic!("{e}"));
    drop(reader);
    let status = Command::new(BIN)
        .args(["validate", "tests/fixtures/invalid/several-errors.yaml"])
        .stdout(Stdio::null())
        .stderr(writer)
        .status()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(status.code(), Some(65));
}
