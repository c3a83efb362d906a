//! The linter's range checks beyond scores: comparisons of derived values and of number
//! answers with numbers they never reach (`score-threshold`), and comparisons joined by
//! "and" that no value satisfies together (`contradictory-bounds`). Each case gives exactly its
//! warnings; a warning that is not certain must not be given.

use careerpath::questionnaire::*;

/// Five required 0-5 items scoring `d` (so `score.d` reaches 0 to 25), a number from 1 to
/// 80, one with only a lower bound, and a multi; `DERIVED` and `WHEN` are filled in.
const BASE: &str = r#"
id: ranges
version: 1
title: Ranges
dimensions: {d: {label: D}}
sections:
  - id: s
    title: S
    questions:
      - {id: a, type: scale, prompt: A, min: 0, max: 5, score: {d: 1}}
      - {id: b, type: scale, prompt: B, min: 0, max: 5, score: {d: 1}}
      - {id: c, type: scale, prompt: C, min: 0, max: 5, score: {d: 1}}
      - {id: e, type: scale, prompt: E, min: 0, max: 5, score: {d: 1}}
      - {id: f, type: scale, prompt: F, min: 0, max: 5, score: {d: 1}}
      - {id: hours, type: number, prompt: Hours, min: 1, max: 80}
      - {id: age, type: number, prompt: Age, min: 0}
      - {id: tags, type: multi, prompt: Tags, choices: [{value: x, label: X}, {value: y, label: Y}]}
derived:
  zero: "0"
DERIVED
decision:
  policy: first
  rules:
    - {id: r, when: WHEN, outcome: o, because: B.}
    - {id: fallback, default: true, outcome: o, because: B.}
outcomes:
  o: {title: O, summary: S.}
"#;

/// `score-threshold` and `contradictory-bounds` warnings as `code: message | help`.
fn warnings(derived: &[&str], when: &str) -> Vec<String> {
    let derived: String = derived.iter().map(|d| format!("  {d}\n")).collect();
    let text = BASE.replace("DERIVED\n", &derived).replace("WHEN", when);
    let q = load_str("ranges.yaml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    lint(&q)
        .into_iter()
        .filter(|d| matches!(d.code, "score-threshold" | "contradictory-bounds"))
        .map(|d| format!("{}: {} | {}", d.code, d.message, d.help.unwrap_or_default()))
        .collect()
}

const RAW: &str = "raw: sum(a, b, c, e, f)";
const RAW_HELP: &str = "the ranges of `a`, `b`, `c`, `e`, `f`";

#[test]
fn comparisons_of_derived_values_and_answers_with_numbers_out_of_reach() {
    /// (case, derived values, `when`, warnings)
    type Case<'a> = (&'a str, Vec<&'a str>, &'a str, Vec<String>);
    let cases: Vec<Case> = vec![
        (
            "a derived percentage above 100 can never hold",
            vec!["percent: score.d * 100 / 25"],
            r#""percent > 100""#,
            vec![
                "score-threshold: `percent > 100` can never hold: `percent` ranges from 0 to 100 | \
                 `percent` is `score.d * 100 / 25`: its range follows from the range of `score.d`"
                    .into(),
            ],
        ),
        (
            "a sum of answers above its items' total can never hold",
            vec![RAW],
            r#""raw > 25""#,
            vec![format!(
                "score-threshold: `raw > 25` can never hold: `raw` ranges from 0 to 25 | \
                 `raw` is `sum(a, b, c, e, f)`: its range follows from {RAW_HELP}"
            )],
        ),
        (
            "a derived value built on another derived value",
            vec![RAW, "percent: raw * 4"],
            r#""101 <= percent""#,
            vec![
                "score-threshold: `101 <= percent` can never hold: `percent` ranges from 0 to 100 | \
                 `percent` is `raw * 4`: its range follows from the range of `raw`"
                    .into(),
            ],
        ),
        (
            "a derived value of scores only, always a number, always below",
            vec!["lead: score.d - 30"],
            r#""lead < 0 || lead > -5""#,
            vec![
                "score-threshold: `lead < 0` always holds: `lead` ranges from -30 to -5 | \
                 `lead` is `score.d - 30`: its range follows from the range of `score.d`"
                    .into(),
                "score-threshold: `lead > -5` can never hold: `lead` ranges from -30 to -5 | \
                 `lead` is `score.d - 30`: its range follows from the range of `score.d`"
                    .into(),
            ],
        ),
        (
            "abs and a conditional are bounded too",
            vec![
                "gap: abs(score.d - 10)",
                "high: \"score.d > 10 ? 1 : 0\"",
            ],
            r#""gap > 15 || high >= -1""#,
            vec![
                "score-threshold: `gap > 15` can never hold: `gap` ranges from 0 to 15 | \
                 `gap` is `abs(score.d - 10)`: its range follows from the range of `score.d`"
                    .into(),
                "score-threshold: `high >= -1` always holds: `high` ranges from 0 to 1 | \
                 `high` is `score.d > 10 ? 1 : 0`: its range follows from the range of `score.d`"
                    .into(),
            ],
        ),
        (
            "a sum of answers is missing while one is unanswered: never always",
            vec![RAW],
            r#""raw >= 0 && raw <= 25""#,
            vec![],
        ),
        (
            "a band's ends written out as a manual writes them are not warned",
            vec![],
            r#""score.d >= 0 && score.d <= 25""#,
            vec![],
        ),
        (
            "a threshold inside the outer bound is not warned",
            vec!["percent: score.d * 4"],
            r#""percent > 99""#,
            vec![],
        ),
        (
            "a division by a range that holds 0 is unbounded",
            vec!["ratio: 100 / (score.d - 5)"],
            r#""ratio > 1000 || ratio < -1000""#,
            vec![],
        ),
        (
            "a count of a list answer is only bounded below",
            vec!["n: size(tags)"],
            r#""n > 100 || n < 0""#,
            vec![
                "score-threshold: `n < 0` can never hold: `n` is at least 0 | \
                 `n` is `size(tags)`: its range follows from the range of `tags`"
                    .into(),
            ],
        ),
        (
            "number answers have their question's bounds",
            vec![],
            r#""hours > 80 || hours >= 1 || age < 0 || age > 1000""#,
            vec![
                "score-threshold: `age < 0` can never hold: `age` is at least 0 | \
                 question `age` refuses answers outside its `min` and `max`"
                    .into(),
                "score-threshold: `hours > 80` can never hold: `hours` ranges from 1 to 80 | \
                 question `hours` refuses answers outside its `min` and `max`"
                    .into(),
            ],
        ),
        (
            "a constant derived value",
            vec!["limit: 3 * 2"],
            r#""limit > 6""#,
            vec![
                "score-threshold: `limit > 6` can never hold: `limit` ranges from 6 to 6 | \
                 `limit` is `3 * 2`: its range follows from the numbers in it"
                    .into(),
            ],
        ),
    ];
    for (name, derived, when, want) in cases {
        assert_eq!(warnings(&derived, when), want, "{name}");
    }
}

#[test]
fn comparisons_that_no_value_satisfies_together() {
    let both = |a: &str, b: &str, name: &str| {
        format!(
            "contradictory-bounds: `{a}` and `{b}` can never both hold | no value of `{name}` \
             satisfies both, so what joins them with `&&` or `all:` never holds"
        )
    };
    // (case, `when`, warnings)
    let cases: Vec<(&str, &str, Vec<String>)> = vec![
        (
            "in one `&&`",
            r#""score.d >= 5 && a > 1 && score.d <= 4""#,
            vec![both("score.d >= 5", "score.d <= 4", "score.d")],
        ),
        (
            "a strict bound at the other's number",
            r#""hours < 40 && hours >= 40""#,
            vec![both("hours < 40", "hours >= 40", "hours")],
        ),
        (
            "two different equalities",
            r#""hours == 3 && hours == 4""#,
            vec![both("hours == 3", "hours == 4", "hours")],
        ),
        (
            "across the items of `all:`, nested `&&` and `all:` included",
            r#"{all: ["hours >= 50 && a > 2", {any: ["b > 1", "c > 1"]}, {all: ["40 >= hours"]}]}"#,
            vec![both("hours >= 50", "40 >= hours", "hours")],
        ),
        (
            "inside one branch of `||`",
            r#""(hours > 50 && hours < 40) || a > 2""#,
            vec![both("hours > 50", "hours < 40", "hours")],
        ),
        (
            "the tightest bounds are named",
            r#""hours > 10 && hours > 60 && hours < 50 && hours < 70""#,
            vec![both("hours > 60", "hours < 50", "hours")],
        ),
        (
            "a single value is left",
            r#""hours >= 40 && hours <= 40""#,
            vec![],
        ),
        (
            "a narrow range is left",
            r#""hours > 10 && hours < 11""#,
            vec![],
        ),
        (
            "`||` is no conjunction",
            r#""hours > 50 || hours < 40""#,
            vec![],
        ),
        (
            "`any:` is no conjunction",
            r#"{any: ["hours > 50", "hours < 40"]}"#,
            vec![],
        ),
        ("different names", r#""hours > 50 && age < 40""#, vec![]),
    ];
    for (name, when, want) in cases {
        assert_eq!(warnings(&[], when), want, "{name}");
    }
}

mod sound {
    //! Whatever a derived value works out to, it lies in the range the linter claims, and
    //! a value it says is always a number always is.

    use careerpath::evaluate::evaluate;
    use careerpath::expr::Value;
    use careerpath::questionnaire::*;
    use proptest::prelude::*;

    /// Two required 0-5 items scoring `d`, and an optional number from 1 to 80.
    const Q: &str = r#"
id: sound
version: 1
title: Sound
dimensions: {d: {label: D}}
sections:
  - id: s
    title: S
    questions:
      - {id: a, type: scale, prompt: A, min: 0, max: 5, score: {d: 1}}
      - {id: b, type: scale, prompt: B, min: 0, max: 5, score: {d: 2}}
      - {id: hours, type: number, prompt: Hours, min: 1, max: 80, required: false}
derived:
  v: "EXPR"
decision:
  policy: first
  rules:
    - {id: high, when: "v > 1e300", outcome: o, because: B.}
    - {id: low, when: "v < -1e300", outcome: o, because: B.}
    - {id: finite, when: "v < 1e300", outcome: o, because: B.}
    - {id: fallback, default: true, outcome: o, because: B.}
outcomes:
  o: {title: O, summary: S.}
"#;

    fn expr() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just("score.d".to_owned()),
            Just("a".to_owned()),
            Just("b".to_owned()),
            Just("hours".to_owned()),
            (-3i32..=12).prop_map(|n| n.to_string()),
            Just("0.1".to_owned()),
            Just("0.3".to_owned()),
            Just("2.5".to_owned()),
        ];
        leaf.prop_recursive(4, 24, 2, |inner| {
            prop_oneof![
                (inner.clone(), inner.clone(), 0..5usize)
                    .prop_map(|(x, y, op)| format!("({x} {} {y})", ["+", "-", "*", "/", "%"][op])),
                inner.clone().prop_map(|x| format!("-({x})")),
                inner.clone().prop_map(|x| format!("abs({x})")),
                (inner.clone(), inner.clone(), 0..3usize)
                    .prop_map(|(x, y, f)| format!("{}({x}, {y})", ["min", "max", "sum"][f])),
                (inner.clone(), inner, 0..3usize).prop_map(|(x, y, c)| {
                    let c = ["a > 2", "answered(hours)", "hours >= 40"][c];
                    format!("({c} ? {x} : {y})")
                }),
            ]
        })
    }

    fn answers() -> impl Strategy<Value = Vec<(u8, u8, Option<f64>)>> {
        let hours = prop::option::of((2u32..=160).prop_map(|k| f64::from(k) / 2.0));
        prop::collection::vec((0u8..=5, 0u8..=5, hours), 1..12)
    }

    /// The lowest and highest value the warnings say `v` has (infinite when they say
    /// nothing), and whether they say it is always a number.
    fn claimed(q: &Questionnaire) -> (f64, f64, bool) {
        let (mut lo, mut hi, mut number) = (f64::NEG_INFINITY, f64::INFINITY, false);
        let num = |s: &str| s.parse::<f64>().unwrap_or_else(|e| panic!("{s}: {e}"));
        for d in lint(q).iter().filter(|d| d.code == "score-threshold") {
            let m = &d.message;
            if let Some((_, range)) = m.split_once("`v` ranges from ") {
                let (a, b) = range.split_once(" to ").unwrap_or_default();
                (lo, hi) = (num(a), num(b));
            } else if let Some((_, a)) = m.split_once("`v` is at least ") {
                lo = num(a);
            } else if let Some((_, b)) = m.split_once("`v` is at most ") {
                hi = num(b);
            }
            number |= m.starts_with("`v < 1e300` always holds");
        }
        (lo, hi, number)
    }

    proptest! {
        #[test]
        fn derived_values_stay_in_their_claimed_range(e in expr(), runs in answers()) {
            // A few expressions do not load (a constant divided by zero): nothing to check.
            let text = Q.replace("EXPR", &e);
            let Ok(q) = load_str("sound.yaml", &text) else {
                return Ok(());
            };
            let (lo, hi, number) = claimed(&q);
            for (a, b, hours) in runs {
                let mut ans = Answers::new();
                ans.insert("a".into(), Answer::Number(f64::from(a)));
                ans.insert("b".into(), Answer::Number(f64::from(b)));
                if let Some(h) = hours {
                    ans.insert("hours".into(), Answer::Number(h));
                }
                let got = evaluate(&q, &ans, "en").derived.get("v").cloned();
                match got {
                    Some(Value::Number(x)) => prop_assert!(
                        lo <= x && x <= hi,
                        "{} = {} outside {}..{} for a={} b={} hours={:?}", e, x, lo, hi, a, b, hours
                    ),
                    other => prop_assert!(
                        !number,
                        "{} = {:?}, said always a number, for a={} b={} hours={:?}", e, other, a, b, hours
                    ),
                }
            }
        }
    }
}
