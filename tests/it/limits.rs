//! The bound on numbers that feed a score or a derived value: bounds, steps, offsets and
//! scored answers past it are refused where they are written, answers past it are refused
//! in answers files and when typed, sums at the limit stay exact; and a value shown next to
//! the threshold it was compared with reads apart from it.

use careerpath::evaluate::{NO_CHANGES, evaluate};
use careerpath::flow::{format_apart, format_near};
use careerpath::questionnaire::{
    Answer, Answers, Questionnaire, check_answer, load_answers_str, load_str, score_range,
};
use careerpath::report::{Format, Report, render};
use careerpath::session::Session;
use careerpath::sitting::Sitting;

/// A questionnaire around `questions` (YAML list items, indented six spaces).
fn with(questions: &str) -> String {
    format!(
        "id: limits\nversion: 1\ntitle: Limits\ndimensions:\n  d: {{label: D}}\n\
         sections:\n  - id: s\n    title: S\n    questions:\n{questions}\n\
         decision:\n  policy: first\n  rules:\n\
         \x20   - {{id: dflt, default: true, outcome: o, because: \"score {{score.d}}\"}}\n\
         outcomes:\n  o: {{title: O, summary: S}}\n"
    )
}

fn load(questions: &str) -> Result<Questionnaire, String> {
    load_str("limits.yaml", &with(questions)).map_err(|e| e.to_string())
}

#[test]
fn numbers_that_feed_a_score_are_bounded_where_written() {
    // (name, question, None when it loads, else the start of its one message)
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "number bounds at the limit",
            "      - {id: x, type: number, prompt: X, min: -1e9, max: 1e9}",
            None,
        ),
        (
            "number max past the limit",
            "      - {id: x, type: number, prompt: X, min: 0, max: 1.5e9}",
            Some(
                "limits.yaml:10:55: error[bad-range]: `max` must be from -1000000000 to \
                 1000000000, so that sums of answers stay exact, found 1.5e9",
            ),
        ),
        (
            "number min far past the limit",
            "      - {id: x, type: number, prompt: X, min: -1e308, max: 0}",
            Some("limits.yaml:10:47: error[bad-range]: `min` must be from -1000000000"),
        ),
        (
            "step past the limit",
            "      - {id: x, type: number, prompt: X, step: 2e9}",
            Some("limits.yaml:10:48: error[bad-range]: `step` must be from"),
        ),
        (
            "offset past the limit",
            "      - {id: x, type: scale, prompt: X, min: 0, max: 5, score: {d: 1}, offset: 1e308}",
            Some(
                "limits.yaml:10:80: error[bad-range]: `offset` must be from -1000000000 to \
                 1000000000, so that sums of answers stay exact, found 1e308",
            ),
        ),
        (
            "scale bound echoed as written",
            "      - {id: x, type: scale, prompt: X, min: -9223372036854775808, max: 0}",
            Some(
                "limits.yaml:10:46: error[bad-range]: expected a whole number from \
                 -1000000000 to 1000000000, found -9223372036854775808\n",
            ),
        ),
        (
            "scored answer at the most points",
            "      - {id: x, type: scale, prompt: X, min: 0, max: 1000, score: {d: -1000}}",
            None,
        ),
        (
            "scored answer past the most points",
            "      - {id: x, type: scale, prompt: X, min: 0, max: 1000, score: {d: 1001}}",
            Some(
                "limits.yaml:10:71: error[bad-score]: an answer to `x` can give `d` 1001000 \
                 points, and one answer may give at most 1000000",
            ),
        ),
        (
            "the offset counts in a scored answer",
            "      - {id: x, type: number, prompt: X, min: 1, max: 1000, score: {d: 1001}, \
             reverse: true, offset: -1}",
            None,
        ),
        (
            "a negative end counts in a scored answer",
            "      - {id: x, type: number, prompt: X, min: -2000, max: 10, score: {d: 1000}}",
            Some("limits.yaml:10:74: error[bad-score]: an answer to `x` can give `d` 2000000"),
        ),
    ];
    let mut failures = Vec::new();
    for (name, question, want) in cases {
        let got = load(question);
        let ok = match (want, &got) {
            (None, Ok(_)) => true,
            (Some(want), Err(e)) => e.starts_with(want) && e.matches("error[").count() == 1,
            _ => false,
        };
        if !ok {
            failures.push(format!("{name}: want {want:?}, got {:?}", got.err()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every contribution at its largest, over many questions: the score is exact, and the
/// reachable range the linter reports is the true one.
#[test]
fn sums_at_the_limit_stay_exact() {
    let n = 300;
    let mut questions = String::new();
    let mut answers = Answers::default();
    for i in 0..n {
        let w = if i % 3 == 0 { -1000 } else { 1000 };
        questions.push_str(&format!(
            "      - {{id: q{i}, type: scale, prompt: Q, min: 0, max: 1000, score: {{d: {w}}}}}\n\
             \x20     - {{id: n{i}, type: number, prompt: N, min: -1e9, max: 1e9}}\n"
        ));
        answers.insert(format!("q{i}"), Answer::Number(1000.0));
        answers.insert(format!("n{i}"), Answer::Number(1e9));
    }
    let q = load(questions.trim_end()).unwrap_or_else(|e| panic!("{e}"));
    let e = evaluate(&q, &answers, "en");
    // 200 items at +1e6, 100 at -1e6.
    assert_eq!(e.scores[0].value, 1e8);
    assert_eq!(score_range(&q), vec![(-1e8, 2e8)]);
}

#[test]
fn answers_past_the_limit_are_refused() {
    let q = load(
        "      - {id: n, type: number, prompt: N}\n      \
         - {id: m, type: number, prompt: M, min: 0}",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (n, m) = (&q.questions[0], &q.questions[1]);
    assert!(check_answer(n, &Answer::Number(1e9)).is_ok());
    assert!(check_answer(n, &Answer::Number(-1e9)).is_ok());
    let err = |question, v: f64| {
        check_answer(question, &Answer::Number(v))
            .map_err(|e| e.to_string())
            .err()
    };
    assert_eq!(
        err(n, 1e308).as_deref(),
        Some("1e308 is out of range: expected -1000000000 to 1000000000")
    );
    assert_eq!(
        err(m, 2e9).as_deref(),
        Some("2000000000 is out of range: expected 0 to 1000000000")
    );

    let file = load_answers_str(&q, "a.yaml", "answers: {n: -1e308}\n").map_err(|e| e.to_string());
    let file = file.err().unwrap_or_default();
    assert!(
        file.starts_with("a.yaml:1:14: error[bad-answer]: question `n`: -1e308 is out of range"),
        "{file}"
    );

    let at = "2026-11-27T20:14:00Z".parse().unwrap_or_default();
    let sitting = Sitting::new(&q, Session::new(&q, "en", at), false);
    let typed = sitting.read(&q, 0, "1e308").map_err(|r| r.words("en"));
    assert_eq!(typed, Err("enter at most 1000000000".to_owned()));
    let typed = sitting
        .read(&q, 0, "-2000000000")
        .map_err(|r| r.words("en"));
    assert_eq!(typed, Err("enter at least -1000000000".to_owned()));
}

#[test]
fn a_number_reads_apart_from_the_number_it_is_compared_with() {
    // (a, b, both as shown)
    let cases: &[(f64, f64, (&str, &str))] = &[
        (0.125, 0.13, ("0.125", "0.13")),
        (0.5, 0.25, ("0.5", "0.25")),
        (2.0, 2.0, ("2", "2")),
        (4.999, 5.0, ("4.999", "5")),
        (1.0 / 3.0, 0.33, ("0.333", "0.33")),
    ];
    for (a, b, (x, y)) in cases {
        assert_eq!(
            format_apart(*a, *b),
            ((*x).to_owned(), (*y).to_owned()),
            "{a} {b}"
        );
    }
    assert_eq!(format_near(0.125, [0.13, 5.0]), "0.125");
    assert_eq!(format_near(0.125, [0.5]), "0.13");
    assert_eq!(format_near(0.125, []), "0.13");
}

/// A score of 0.125 under a rule `score.d >= 0.13`, an answer of 5.005 under `h >= 5.01`:
/// the reason and the closest rule show the decimals that tell each from its threshold,
/// never "needs ≥ 0.13, yours is 0.13".
#[test]
fn a_value_next_to_its_threshold_shows_the_decimals_that_tell_them_apart() {
    // (fixture, question, answer, lines the text report must hold)
    let cases: &[(&str, &str, f64, &[&str])] = &[
        (
            "round-near-threshold",
            "a",
            1.0,
            &["  - d 0.125\n", "the D score ≥ 0.13, yours is 0.125\n"],
        ),
        (
            "number-near-threshold",
            "h",
            5.005,
            &[
                "  - h is 5.005\n",
                "“Hours” ≥ 5.01 hours, you answered 5.005 hours\n",
            ],
        ),
        // Under `mean < 3`, 2.995 is no 3: in the scores, next to another rule's 4.3, and
        // in the margin.
        (
            "mean-near-band",
            "m",
            2.995,
            &[
                " 2.995 / 5\n",
                "BRS mean (1 to 5) > 4.3, it is 2.995\n",
                "your answers favour this by 0.005 points.\n",
            ],
        ),
        (
            "mean-near-band",
            "m",
            4.304,
            &[" 4.304 / 5\n", "BRS mean (1 to 5) ≤ 4.3, it is 4.304\n"],
        ),
        // A margin just under `leaning: 0.25` is no 0.25.
        (
            "mean-near-band",
            "m",
            2.7501,
            &["Close: your answers favour this by 0.2499 points.\n"],
        ),
    ];
    for (name, id, value, want) in cases {
        let path = format!("tests/fixtures/eval/{name}.yaml");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let q = load_str(&path, &text).unwrap_or_else(|e| panic!("{e}"));
        let answers: Answers = [((*id).to_owned(), Answer::Number(*value))]
            .into_iter()
            .collect();
        let e = evaluate(&q, &answers, "en");
        let report = Report {
            questionnaire: &q,
            answers: &answers,
            evaluation: &e,
            changes: &NO_CHANGES,
            lang: "en",
            plan_from: jiff::civil::date(2026, 1, 5),
            all_changes: true,
        };
        let out = render(&report, Format::Text);
        for line in *want {
            assert!(out.contains(line), "{name}: no {line:?} in\n{out}");
        }
    }
}

/// A large number in a condition is echoed as `1e300`, not 301 digits, and reads back the
/// same (the linter quotes conditions this way).
#[test]
fn a_large_number_in_an_expression_is_shown_in_exponent_form() {
    use careerpath::expr::Expr;
    for (source, shown) in [
        ("score.d > 1e300", "score.d > 1e300"),
        ("x < -2.5e21", "x < -2.5e21"),
        ("x < 123456", "x < 123456"),
    ] {
        let e = Expr::parse(source).unwrap_or_else(|e| panic!("{source}: {e:?}"));
        let text = e.ast().to_string();
        assert_eq!(text, shown);
        let again = Expr::parse(&text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        assert_eq!(again.ast(), e.ast());
    }
}
