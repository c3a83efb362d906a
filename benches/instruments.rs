//! How fast a real 60-item Likert instrument (the RIASEC example: six areas, labelled
//! five-point items, `policy: top`) loads and evaluates (target: well under 1 ms each),
//! and what "what would change it" costs on it.

use std::hint::black_box;

use careerpath::evaluate::{evaluate, what_would_change};
use careerpath::questionnaire::{Answer, Answers, load_str};
use criterion::{Criterion, criterion_group, criterion_main};

const RIASEC: &str = include_str!("../questions/examples/riasec.yaml");

/// A varied answer set: each item rated by its position, so areas differ.
fn answers() -> Answers {
    let mut a = Answers::new();
    for (k, letter) in ['r', 'i', 'a', 's', 'e', 'c'].into_iter().enumerate() {
        for i in 1..=10 {
            let rating = ((k + i) % 5 + 1) as f64;
            a.insert(format!("{letter}{i}"), Answer::Number(rating));
        }
    }
    a
}

fn bench(c: &mut Criterion) {
    c.bench_function("instruments/load_riasec", |b| {
        b.iter(|| load_str("riasec.yaml", black_box(RIASEC)))
    });
    let Ok(q) = load_str("riasec.yaml", RIASEC) else {
        eprintln!("the RIASEC example did not load; skipping");
        return;
    };
    let a = answers();
    c.bench_function("instruments/evaluate_riasec", |b| {
        b.iter(|| evaluate(black_box(&q), black_box(&a), "en"))
    });
    let e = evaluate(&q, &a, "en");
    c.bench_function("instruments/what_would_change_riasec", |b| {
        b.iter(|| what_would_change(black_box(&q), black_box(&a), &e, 2000))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
