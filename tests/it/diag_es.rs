//! Diagnostics in Spanish: representative invalid files checked by the real binary with a
//! Spanish locale give exactly the messages of `tests/fixtures/invalid-es/<case>.expected`
//! (`UPDATE_EXPECT=1` rewrites them), and the same run with `--lang en` stays English.

use std::path::Path;
use std::process::Stdio;

/// (case name, arguments): one or two files of each kind of diagnostic.
const CASES: &[(&str, &[&str])] = &[
    (
        "bad-id",
        &["validate", "tests/fixtures/invalid/bad-id.yaml"],
    ),
    (
        "bad-ranges",
        &["validate", "tests/fixtures/invalid/bad-ranges.yaml"],
    ),
    (
        "number-past-limit",
        &["validate", "tests/fixtures/invalid/number-past-limit.yaml"],
    ),
    (
        "bad-template",
        &["validate", "tests/fixtures/invalid/bad-template.yaml"],
    ),
    (
        "several-errors",
        &["validate", "tests/fixtures/invalid/several-errors.yaml"],
    ),
    (
        "tabs-in-indentation",
        &[
            "validate",
            "tests/fixtures/invalid/tabs-in-indentation.yaml",
        ],
    ),
    (
        "unknown-field",
        &["validate", "tests/fixtures/invalid/unknown-field.yaml"],
    ),
    (
        "type-mismatch",
        &["validate", "tests/fixtures/invalid/type-mismatch.yaml"],
    ),
    (
        "expression-syntax",
        &["validate", "tests/fixtures/invalid/expression-syntax.yaml"],
    ),
    (
        "condition-not-boolean",
        &[
            "validate",
            "tests/fixtures/invalid/condition-not-boolean.yaml",
        ],
    ),
    (
        "unknown-question-in-visible-if",
        &[
            "validate",
            "tests/fixtures/invalid/unknown-question-in-visible-if.yaml",
        ],
    ),
    (
        "lint-rules",
        &["validate", "tests/fixtures/valid/lint/rules-priority.yaml"],
    ),
    (
        "lint-unused",
        &["validate", "tests/fixtures/valid/lint/unused.yaml"],
    ),
    (
        "lint-missing",
        &[
            "validate",
            "tests/fixtures/valid/lint/missing-in-conditional.yaml",
        ],
    ),
    (
        "lint-ranges",
        &["validate", "tests/fixtures/valid/lint/ranges.yaml"],
    ),
    (
        "answers",
        &[
            "evaluate",
            "--questions",
            "tests/fixtures/valid/all-types.yaml",
            "--answers",
            "tests/fixtures/invalid-answers/odd-keys.yaml",
        ],
    ),
    (
        "answers-range",
        &[
            "evaluate",
            "--questions",
            "tests/fixtures/valid/all-types.yaml",
            "--answers",
            "tests/fixtures/invalid-answers/too-many-selections.yaml",
        ],
    ),
    (
        "tests-contradiction",
        &[
            "test",
            "tests/fixtures/tests-invalid/contradiction.tests.yaml",
        ],
    ),
    (
        "tests-unknown-outcome",
        &[
            "test",
            "tests/fixtures/tests-invalid/unknown-outcome.tests.yaml",
        ],
    ),
    (
        "tests-missing-questionnaire",
        &[
            "test",
            "tests/fixtures/tests-invalid/missing-questionnaire.tests.yaml",
        ],
    ),
    (
        "tests-min-coverage",
        &[
            "test",
            "--min-coverage",
            "100",
            "tests/fixtures/tests-valid/small.tests.yaml",
        ],
    ),
    (
        "tests-failing",
        &[
            "test",
            "--coverage",
            "tests/fixtures/tests-valid/failing.tests.yaml",
        ],
    ),
    (
        "missing-file",
        &["validate", "tests/fixtures/invalid/no-such-file.yaml"],
    ),
    (
        "text-wrong-shape",
        &["validate", "tests/fixtures/invalid/text-wrong-shape.yaml"],
    ),
    (
        "json",
        &[
            "validate",
            "--format",
            "json",
            "tests/fixtures/invalid/duplicate-choice.yaml",
        ],
    ),
    (
        "lang-keys",
        &["validate", "tests/fixtures/invalid/lang-keys.yaml"],
    ),
    (
        "missing-translation",
        &[
            "validate",
            "tests/fixtures/valid/lint/missing-translation.yaml",
        ],
    ),
    (
        "tests-empty-checks",
        &[
            "test",
            "tests/fixtures/tests-invalid/empty-checks.tests.yaml",
        ],
    ),
];

/// Runs careerpath with `locale` as the only locale setting.
fn run(locale: &str, args: &[&str]) -> String {
    let out = crate::careerpath()
        .args(args)
        .env("LANG", locale)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run careerpath: {e}"));
    format!(
        "{}{}exit code {}\n",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status.code().unwrap_or(-1)
    )
}

#[test]
fn diagnostics_follow_a_spanish_locale() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for (name, args) in CASES {
        let got = run("es_ES.UTF-8", args);
        let path = Path::new("tests/fixtures/invalid-es").join(format!("{name}.expected"));
        if update {
            std::fs::write(&path, &got).expect("write expected");
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if want != got {
            failures.push(format!("{name}: want\n{want}\ngot\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `--lang en` wins over a Spanish locale, and `--lang fr` (no words of its own) leaves it.
#[test]
fn diagnostics_follow_lang_then_the_locale() {
    let file = "tests/fixtures/invalid/bad-id.yaml";
    let english = run("es_ES.UTF-8", &["--lang", "en", "validate", file]);
    assert!(english.contains("is not a valid"), "{english}");
    let spanish = run("es_ES.UTF-8", &["--lang", "fr", "validate", file]);
    assert!(spanish.contains("no es un id válido"), "{spanish}");
    let spanish = run("C", &["--lang", "es", "validate", file]);
    assert!(spanish.contains("no es un id válido"), "{spanish}");
}
