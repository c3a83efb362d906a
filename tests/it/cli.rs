//! The command line end to end: each command's exit code and what it prints,
//! through the real binary.

use std::process::Stdio;

pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

pub(crate) fn run(args: &[&str]) -> Run {
    let out = crate::careerpath()
        .args(args)
        .env_remove("NO_COLOR")
        .env("LANG", "C")
        // The locale of the run is LANG alone: diagnostics follow it.
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
fn completions_know_every_subcommands_own_options() {
    // Subcommands' arguments are built only when needed (clap's `defer`): completions must
    // still see them, down to a subcommand of a subcommand.
    for (shell, flag) in [("bash", "--"), ("zsh", "--"), ("fish", "-l ")] {
        let r = run(&["completions", shell]);
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        // evaluate's, validate's, `sessions list`'s and test's own options.
        for option in ["all-changes", "deny-warnings", "json", "coverage"] {
            assert!(
                r.stdout.contains(&format!("{flag}{option}")),
                "{shell} completions lack --{option}"
            );
        }
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

/// A questionnaire without the language asked for is warned about in that language when
/// the program has words for it, else in English.
#[test]
fn a_missing_translation_is_warned_about_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.yaml");
    std::fs::write(&answers, "answers: {a: 1, b: 1, c: 1, d: 1}\n").unwrap();
    let answers = answers.to_str().unwrap();
    for (lang, want) in [
        (
            "es",
            "aviso: este cuestionario no tiene traducción `es`; se usa `en`",
        ),
        (
            "fr",
            "warning: this questionnaire has no `fr` translation; using `en`",
        ),
    ] {
        let r = run(&[
            "--lang",
            lang,
            "--questions",
            "tests/fixtures/instruments/cumulative.yaml",
            "evaluate",
            "--answers",
            answers,
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stderr.contains(want), "{lang}: {}", r.stderr);
    }
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
    let out = crate::careerpath()
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
    let status = crate::careerpath()
        .args(["validate", "tests/fixtures/invalid/several-errors.yaml"])
        .stdout(Stdio::null())
        .stderr(writer)
        .status()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(status.code(), Some(65));
}

/// Issue 9, item 4: `evaluate` never prints a result as if it were whole while required
/// questions are open. It refuses (65) naming every one; `--partial` evaluates anyway and
/// every format says at its top that the result is incomplete.
#[test]
fn evaluate_refuses_unanswered_required_questions_unless_partial() {
    use careerpath::questionnaire::{Answers, builtin};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let empty = dir.path().join("empty.yaml");
    std::fs::write(&empty, "answers: {}\n").unwrap_or_else(|e| panic!("{e}"));
    let empty = empty.to_str().unwrap_or_default();
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let missing = careerpath::flow::missing_required(&q, &Answers::new());
    assert!(
        missing.len() > 1,
        "the built-in questionnaire has required questions"
    );
    let progress = careerpath::report::Incomplete::of(&q, &Answers::new());

    let r = run(&["evaluate", "--answers", empty]);
    assert_eq!(r.code, 65, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert!(
        r.stdout.is_empty(),
        "no result on standard output: {}",
        r.stdout
    );
    assert!(
        r.stderr.contains(&format!(
            "{} required questions are not answered",
            missing.len()
        )),
        "{}",
        r.stderr
    );
    for &i in &missing {
        let id = &q.questions[i].id;
        assert!(
            r.stderr.contains(&format!("\n  {id}: ")),
            "{id} not named:\n{}",
            r.stderr
        );
    }
    assert!(r.stderr.contains("--partial"), "{}", r.stderr);

    let headline = format!(
        "INCOMPLETE: {} of {} questions answered.",
        progress.answered, progress.total
    );
    let r = run(&["evaluate", "--partial", "--answers", empty]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with(&headline), "{}", r.stdout);
    let r = run(&[
        "evaluate",
        "--partial",
        "--format",
        "markdown",
        "--answers",
        empty,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with(&format!("> **{headline}")),
        "{}",
        r.stdout
    );
    let r = run(&[
        "evaluate",
        "--partial",
        "--format",
        "json",
        "--answers",
        empty,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    assert_eq!(v["complete"], false);
    let listed = v["incomplete"]["missing_required"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(listed.len(), missing.len(), "{v}");

    // A complete answers file is not labelled.
    let r = run(&[
        "evaluate",
        "--format",
        "json",
        "--answers",
        "tests/personas/staff_architect.yaml",
    ]);
    let v: serde_json::Value =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    assert_eq!(v["complete"], true);
    assert!(v.get("incomplete").is_none());
}

/// Issue 9, item 16: an error about a huge value (3 MB on one line) shows a short piece of it.
#[test]
fn an_error_never_echoes_a_huge_value_in_full() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let huge = "x".repeat(3_000_000);
    for (name, yaml) in [
        ("value.yaml", format!("answers:\n  role: {huge}\n")),
        ("key.yaml", format!("answers:\n  {huge}: 1\n")),
        ("list.yaml", format!("answers:\n  known: [{huge}]\n")),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, yaml).unwrap_or_else(|e| panic!("{e}"));
        let r = run(&["evaluate", "--answers", path.to_str().unwrap_or_default()]);
        assert_eq!(r.code, 65, "{name}");
        assert!(
            r.stderr.len() < 2_000,
            "{name}: {} bytes of error, starting {:?}",
            r.stderr.len(),
            r.stderr.get(..300)
        );
    }
}

/// Issue 9, item 11: the words `resume` prints before any screen opens are in the
/// session's language too.
#[test]
fn resume_with_nothing_to_resume_says_so_in_spanish() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().to_str().unwrap_or_else(|| panic!("UTF-8 path"));
    let r = run(&["--lang", "es", "--data-dir", data, "--plain", "resume"]);
    assert_eq!(r.code, 66, "{}", r.stderr);
    assert_eq!(
        r.stderr.trim_end(),
        "careerpath: no hay ninguna sesión sin terminar que reanudar; `careerpath sessions list` las muestra todas"
    );
    let r = run(&[
        "--lang",
        "es",
        "--data-dir",
        data,
        "--plain",
        "resume",
        "0123",
    ]);
    assert_eq!(r.code, 66, "{}", r.stderr);
    assert!(!r.stderr.contains("no session"), "{}", r.stderr);
}

/// A damaged session file is not passed over in silence: `resume` with nothing readable
/// to resume says that one is there, and where to read why.
#[test]
fn resume_with_only_a_damaged_session_says_it_is_there() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().to_str().unwrap_or_else(|| panic!("UTF-8 path"));
    std::fs::create_dir_all(dir.path().join("sessions")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join("sessions/broken.yaml"),
        "format_version: 9\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let cases = [
        (
            "en",
            "careerpath: there is no unfinished session to resume that can be read; one saved session is damaged, and `careerpath sessions list` says why",
        ),
        (
            "es",
            "careerpath: no hay ninguna sesión sin terminar que se pueda leer para reanudar; una sesión guardada está dañada, y `careerpath sessions list` dice por qué",
        ),
    ];
    for (lang, want) in cases {
        let r = run(&["--lang", lang, "--data-dir", data, "--plain", "resume"]);
        assert_eq!(r.code, 66, "{lang}: {}", r.stderr);
        assert_eq!(r.stderr.trim_end(), want, "{lang}");
    }
}
