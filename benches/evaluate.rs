//! How fast the evaluator, what-would-change-it and the report run on the built-in
//! questionnaire, for personas on different branches (targets: evaluate < 20 µs,
//! what-would-change < 1 ms).

use std::hint::black_box;
use std::path::Path;

use careerpath::evaluate::{decide_outcomes, evaluate, what_would_change};
use careerpath::questionnaire::{Answers, Questionnaire, builtin, load_answers};
use careerpath::report::{Format, Report, render};
use criterion::{Criterion, criterion_group, criterion_main};

/// Personas on the main branches of the built-in questionnaire.
const PERSONAS: [&str; 3] = [
    "ml_serving_latency",
    "backend_low_latency",
    "staff_architect",
];

fn setup() -> Option<(Questionnaire, Vec<(&'static str, Answers)>)> {
    let q = builtin().ok()?;
    let mut personas = Vec::new();
    for name in PERSONAS {
        let path = format!("tests/personas/{name}.yaml");
        personas.push((name, load_answers(&q, Path::new(&path)).ok()?));
    }
    Some((q, personas))
}

fn bench_evaluate(c: &mut Criterion) {
    let Some((q, personas)) = setup() else {
        eprintln!("the built-in questionnaire or a persona did not load; skipping");
        return;
    };
    for (name, answers) in &personas {
        c.bench_function(&format!("evaluate/{name}"), |b| {
            b.iter(|| evaluate(black_box(&q), black_box(answers), "en"))
        });
        c.bench_function(&format!("decide_outcomes/{name}"), |b| {
            b.iter(|| decide_outcomes(black_box(&q), black_box(answers)))
        });
        let current = evaluate(&q, answers, "en");
        c.bench_function(&format!("what_would_change/{name}"), |b| {
            b.iter(|| what_would_change(black_box(&q), black_box(answers), &current, 10_000))
        });
        let changes = what_would_change(&q, answers, &current, 10_000);
        let report = Report {
            questionnaire: &q,
            answers,
            evaluation: &current,
            changes: &changes,
            lang: "en",
            plan_from: jiff::civil::date(2026, 1, 5),
        };
        c.bench_function(&format!("report_text/{name}"), |b| {
            b.iter(|| render(black_box(&report), Format::Text))
        });
    }
}

criterion_group!(benches, bench_evaluate);
criterion_main!(benches);
