//! `careerpath test`: test files load with exact messages, every expectation key passes and
//! fails, coverage is counted, the reports are well formed, and the built-in questionnaire
//! passes its own tests.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use careerpath::testing::{self, Run};

const VALID: &str = "tests/fixtures/tests-valid";
const INVALID: &str = "tests/fixtures/tests-invalid";

fn run_file(path: &str) -> Run {
    testing::run_file(Path::new(path), None).unwrap_or_else(|e| panic!("{path} does not run:\n{e}"))
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn careerpath(args: &[&str]) -> Out {
    let out = crate::careerpath()
        .args(args)
        .env("LANG", "C")
        // The locale of the run is LANG alone: diagnostics follow it.
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run careerpath: {e}"));
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The product tests itself the way authors will: the built-in questionnaire's cases, through
/// the code `careerpath test` runs, all pass, and every rule, note and outcome is reached.
#[test]
fn the_builtin_questionnaire_passes_its_own_tests() {
    for run in [
        run_file("questions/career.tests.yaml"),
        testing::run_builtin().unwrap_or_else(|e| panic!("{e}")),
    ] {
        let failed: Vec<String> = run
            .results
            .iter()
            .filter(|r| !r.passed())
            .map(|r| format!("{}: {:?}", r.name, r.failures))
            .collect();
        assert!(failed.is_empty(), "failing cases:\n{}", failed.join("\n"));
        assert!(run.results.len() >= 21, "every persona is a case");
        let kinds: Vec<&str> = run.coverage.parts.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            ["rules", "notes", "outcomes", "questions", "choices"]
        );
        for part in &run.coverage.parts[..4] {
            assert!(
                part.missed.is_empty(),
                "{} no case reaches: {:?}",
                part.kind,
                part.missed
            );
        }
        assert!(run.coverage.total() > 50);
    }
}

#[test]
fn every_expectation_key_passes() {
    let run = run_file(&format!("{VALID}/small.tests.yaml"));
    for r in &run.results {
        assert!(r.passed(), "{}: {:?}", r.name, r.failures);
    }
    assert_eq!(run.passed(), 3);
}

/// Each case of `failing.tests.yaml` is named after the one key that must fail.
#[test]
fn every_expectation_key_fails() {
    let run = run_file(&format!("{VALID}/failing.tests.yaml"));
    assert_eq!(run.failed(), 9);
    for r in &run.results {
        let keys: Vec<&str> = r.failures.iter().map(|f| f.key).collect();
        let want = if r.name == "complete" {
            "incomplete"
        } else {
            r.name.as_str()
        };
        assert_eq!(keys, [want], "case {}", r.name);
    }
}

/// The whole text report of failures, diffs included, against a reviewed file.
#[test]
fn failures_print_expected_and_actual_as_a_diff() {
    let out = careerpath(&["test", &format!("{VALID}/failing.tests.yaml")]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout.ends_with("\n0 passed, 9 failed\n"),
        "{}",
        out.stdout
    );
    expect_file(&format!("{VALID}/failing.expected"), &out.stdout);
}

/// `partial: true` evaluates a case with required questions unanswered: its outcome is
/// checked (and can fail); `incomplete: true` still fails when nothing is missing; without
/// `partial` such a case is refused as before.
#[test]
fn a_partial_case_is_evaluated_with_answers_missing() {
    let run = run_file(&format!("{VALID}/partial.tests.yaml"));
    let failed: Vec<(&str, Vec<&str>)> = run
        .results
        .iter()
        .map(|r| (r.name.as_str(), r.failures.iter().map(|f| f.key).collect()))
        .collect();
    assert_eq!(
        failed,
        [
            ("stopped after the role, evaluated anyway", vec![]),
            (
                "every answer given, but said to be incomplete",
                vec!["incomplete"]
            ),
            (
                "stopped after the role, with the wrong outcome",
                vec!["outcomes"]
            ),
            ("stopped after the role, not partial", vec!["incomplete"]),
            (
                "stopped after the role, said to be complete",
                vec!["incomplete"]
            ),
        ]
    );
    // A `partial` case was evaluated, not refused: its failure says so.
    let said: Vec<&str> = run
        .results
        .iter()
        .flat_map(|r| r.failures.iter().map(|f| f.message.as_str()))
        .filter(|m| m.contains("unanswered"))
        .collect();
    assert_eq!(
        said,
        [
            "evaluating is refused: required questions are unanswered: serving, hours",
            "required questions are unanswered: serving, hours"
        ]
    );
}

#[test]
fn coverage_counts_what_no_case_reached() {
    let run = run_file(&format!("{VALID}/small.tests.yaml"));
    let parts: Vec<(&str, usize, usize, Vec<&str>)> = run
        .coverage
        .parts
        .iter()
        .map(|p| {
            (
                p.kind,
                p.reached(),
                p.total,
                p.missed.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        parts,
        [
            ("rules", 2, 4, vec!["ml-serving", "fallback"]),
            ("notes", 1, 2, vec!["lots-of-time"]),
            ("outcomes", 2, 3, vec!["both"]),
            ("questions", 3, 3, vec![]),
            ("choices", 2, 3, vec!["role.unsure"]),
        ]
    );
    assert_eq!((run.coverage.reached(), run.coverage.total()), (10, 15));
    let out = careerpath(&["test", "--coverage", &format!("{VALID}/small.tests.yaml")]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("coverage: 66.7% (10 of 15 reached)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("rules     2/4  not reached: ml-serving, fallback"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.ends_with("\n3 passed, 0 failed\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn min_coverage_fails_below_it() {
    let file = format!("{VALID}/small.tests.yaml");
    assert_eq!(careerpath(&["test", "--min-coverage", "66", &file]).code, 0);
    let below = careerpath(&["test", "--min-coverage", "70", &file]);
    assert_eq!(below.code, 1);
    assert!(
        below
            .stderr
            .contains("coverage of tests/fixtures/tests-valid/small.tests.yaml is 66.7%, below the minimum of 70%"),
        "{}",
        below.stderr
    );
    let bad = careerpath(&["test", "--min-coverage", "150", &file]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("not a percentage from 0 to 100"),
        "{}",
        bad.stderr
    );
}

#[test]
fn json_report_has_cases_failures_and_coverage() {
    let out = careerpath(&[
        "test",
        "--format",
        "json",
        &format!("{VALID}/failing.tests.yaml"),
    ]);
    assert_eq!(out.code, 1);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    assert_eq!(v["passed"], 0);
    assert_eq!(v["failed"], 9);
    let file = &v["files"][0];
    assert_eq!(file["cases"].as_array().map(Vec::len), Some(9));
    let first = &file["cases"][0];
    assert_eq!(first["name"], "outcomes");
    assert_eq!(
        first["failures"][0]["expected"],
        serde_json::json!(["rust-first"])
    );
    assert_eq!(
        first["failures"][0]["actual"],
        serde_json::json!(["python-first"])
    );
    assert_eq!(file["coverage"]["total"], 15);
    assert_eq!(file["coverage"]["parts"][0]["kind"], "rules");
}

/// Every element of the JUnit report, counted with a real XML parser.
fn junit_counts(xml: &str) -> (usize, usize, Vec<String>) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let (mut cases, mut failures, mut names) = (0, 0, Vec::new());
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e) | Event::Empty(e)) => match e.name().as_ref() {
                b"testcase" => {
                    cases += 1;
                    for a in e.attributes() {
                        let a = a.expect("well-formed attribute");
                        if a.key.as_ref() == b"name" {
                            names.push(a.unescape_value().expect("escaped").into_owned());
                        }
                    }
                }
                b"failure" => failures += 1,
                _ => {}
            },
            Ok(_) => {}
            Err(e) => panic!(
                "malformed JUnit XML at {}: {e}\n{xml}",
                reader.buffer_position()
            ),
        }
    }
    (cases, failures, names)
}

#[test]
fn junit_report_is_well_formed() {
    let out = careerpath(&[
        "test",
        "--format",
        "junit",
        &format!("{VALID}/failing.tests.yaml"),
    ]);
    assert_eq!(out.code, 1);
    let (cases, failures, names) = junit_counts(&out.stdout);
    assert_eq!((cases, failures), (9, 9));
    assert_eq!(names[0], "outcomes");
    // Each case says where it is written, for CI to point at.
    let failing = format!("{VALID}/failing.tests.yaml");
    assert!(
        out.stdout.contains(&format!(
            "<testcase name=\"outcomes\" classname=\"{failing}\" file=\"{failing}\" line=\""
        )),
        "{}",
        out.stdout
    );
    let out = careerpath(&[
        "test",
        "--format",
        "junit",
        &format!("{VALID}/small.tests.yaml"),
    ]);
    assert_eq!(out.code, 0);
    assert_eq!(junit_counts(&out.stdout).0, 3);
    for property in [
        "<property name=\"coverage\" value=\"66.7\"/>",
        "<property name=\"coverage.rules\" value=\"2/4\"/>",
    ] {
        assert!(out.stdout.contains(property), "{}", out.stdout);
    }
    // Names with markup and quotes survive the round trip.
    let out = careerpath(&["test", "--format", "junit"]);
    let (cases, failures, names) = junit_counts(&out.stdout);
    assert_eq!((cases, failures), (53, 0));
    assert!(names.iter().any(|n| n.contains("C# tech lead")));
}

#[test]
fn exit_codes() {
    let cases: &[(&[&str], i32)] = &[
        (&["test"], 0),
        (&["test", "tests/fixtures/tests-valid/small.tests.yaml"], 0),
        (
            &["test", "tests/fixtures/tests-valid/failing.tests.yaml"],
            1,
        ),
        (
            &[
                "test",
                "tests/fixtures/tests-invalid/unknown-key.tests.yaml",
            ],
            65,
        ),
        (
            &["test", "tests/fixtures/tests-invalid/no-such.tests.yaml"],
            66,
        ),
        (
            &[
                "test",
                "tests/fixtures/tests-valid/small.tests.yaml",
                "tests/fixtures/tests-invalid/unknown-key.tests.yaml",
            ],
            65,
        ),
        // --questions picks the questionnaire, and its tests beside it by default.
        (
            &[
                "--questions",
                "tests/fixtures/tests-valid/small.yaml",
                "test",
            ],
            0,
        ),
        (&["--questions", "questions/career.yaml", "test"], 0),
        (
            &[
                "--questions",
                "tests/fixtures/valid/policy-first.yaml",
                "test",
            ],
            66,
        ),
        (&["--watch", "test"], 2),
        (
            &[
                "--questions",
                "tests/fixtures/tests-valid/small.yaml",
                "--watch",
                "test",
            ],
            2,
        ),
        // The built-in questionnaire never changes: nothing to watch.
        (&["validate", "--watch"], 2),
    ];
    for (args, code) in cases {
        let out = careerpath(args);
        assert_eq!(out.code, *code, "{args:?}\n{}{}", out.stdout, out.stderr);
    }
}

/// Writes `got` to `path` under UPDATE_EXPECT, else compares with it.
fn expect_file(path: &str, got: &str) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, got).expect("write expected");
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        want == got,
        "{path} differs (UPDATE_EXPECT=1 rewrites):\nexpected:\n{want}\ngot:\n{got}"
    );
}

#[test]
fn invalid_test_files_give_their_exact_message() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(INVALID)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{} invalid fixtures", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let got = match testing::run_file(file, None) {
            Ok(_) => "loaded without error\n".to_owned(),
            Err(e) => format!(
                "{e}\nexit code {}\n",
                if e.is_missing_input() { 66 } else { 65 }
            ),
        };
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let stem = name.trim_end_matches(".yaml").trim_end_matches(".tests");
        let expected = Path::new(INVALID).join(format!("{stem}.expected"));
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&expected, &got).expect("write expected");
            continue;
        }
        let want = std::fs::read_to_string(&expected).unwrap_or_default();
        if want != got {
            failures.push(format!("--- {name}\nexpected:\n{want}\ngot:\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ (UPDATE_EXPECT=1 rewrites):\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn test_file_schema_is_up_to_date() {
    let path = Path::new("assets/tests.schema.json");
    let fresh = testing::json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &fresh).expect("write schema");
        return;
    }
    let current = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        current == fresh,
        "assets/tests.schema.json is stale; regenerate it with\n  UPDATE_SCHEMA=1 cargo test --test it testing::test_file_schema"
    );
    let v: serde_json::Value = serde_json::from_str(&current).expect("JSON");
    let expect_keys = v["definitions"]["RawExpect"]["properties"]
        .as_object()
        .map(|m| m.keys().cloned().collect::<Vec<_>>())
        .unwrap_or_default();
    assert_eq!(
        expect_keys.len(),
        8,
        "every expectation key is in the schema: {expect_keys:?}"
    );
}

/// `tests/personas/*.yaml` stay as answers-file fixtures for `evaluate --answers` tests and
/// benches; each must be the answers of a case of the built-in tests, so the two cannot drift.
#[test]
fn persona_answer_files_match_the_builtin_cases() {
    let q = careerpath::questionnaire::builtin().unwrap_or_else(|e| panic!("{e}"));
    let suite = testing::builtin()
        .and_then(|t| t.check(&q))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut files = 0;
    for entry in std::fs::read_dir("tests/personas")
        .into_iter()
        .flatten()
        .flatten()
    {
        let answers = careerpath::questionnaire::load_answers(&q, &entry.path())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            suite.cases.iter().any(|c| c.answers == answers),
            "{} is not the answers of any case in questions/career.tests.yaml",
            entry.path().display()
        );
        files += 1;
    }
    assert!(files > 0);
}

/// `scores` also checks a derived value (an index, a total): the wellbeing example's
/// percentage is asserted directly, and a wrong one fails with both values.
#[test]
fn scores_check_derived_values_too() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("wellbeing.tests.yaml");
    let cases = |percent: u32| {
        format!(
            "cases:\n  - name: all fives\n    answers: {{cheerful: 5, calm: 5, energy: 5, rested: 5, interest: 4}}\n    expect: {{outcomes: [good], scores: {{raw: 24, percent: {percent}}}}}\n"
        )
    };
    let questions = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/examples/wellbeing.yaml"
    );
    let path = file.to_str().unwrap_or_default();
    std::fs::write(&file, cases(96)).unwrap_or_else(|e| panic!("{e}"));
    let o = careerpath(&["--questions", questions, "test", path]);
    assert_eq!(o.code, 0, "{}{}", o.stdout, o.stderr);
    std::fs::write(&file, cases(90)).unwrap_or_else(|e| panic!("{e}"));
    let o = careerpath(&["--questions", questions, "test", path]);
    assert_eq!(o.code, 1, "{}{}", o.stdout, o.stderr);
    assert!(
        o.stdout.contains("the score of percent differs"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout.contains("-  percent: 90") || o.stdout.contains("percent: 90"),
        "{}",
        o.stdout
    );
    assert!(o.stdout.contains("percent: 96"), "{}", o.stdout);
}

/// A test file that cannot be run is in the JSON and JUnit reports too, as an error, not
/// only on standard error: CI reading the report sees it (it read "0 failures").
#[test]
fn a_broken_test_file_is_reported_in_json_and_junit() {
    let broken = "tests/fixtures/tests-invalid/wrong-type.tests.yaml";
    let good = format!("{VALID}/small.tests.yaml");
    let out = careerpath(&["test", "--format", "junit", broken, &good]);
    assert_eq!(out.code, 65);
    assert!(
        out.stdout
            .contains("tests=\"4\" failures=\"0\" errors=\"1\">"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(&format!(
            "<testsuite name=\"{broken}\" tests=\"1\" failures=\"0\" errors=\"1\">"
        )),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("<error message=\""), "{}", out.stdout);
    let out = careerpath(&["test", "--format", "json", broken, &good]);
    assert_eq!(out.code, 65);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["errors"][0]["file"], broken);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("error[wrong-type]")),
        "{v}"
    );
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1));
}
