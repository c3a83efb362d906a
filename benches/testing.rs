//! `careerpath test` on 1,000 cases: the built-in questionnaire's cases repeated under new
//! names, loaded (YAML, ids checked), run with coverage, and reported as text.

use std::fmt::Write as _;
use std::hint::black_box;

use careerpath::questionnaire::builtin;
use careerpath::testing::{TestFile, run, text};
use criterion::{Criterion, criterion_group, criterion_main};

const CASES: usize = 1000;

/// A test file of `CASES` cases, cycling through the built-in ones.
fn thousand_cases() -> Option<String> {
    let source = std::fs::read_to_string("questions/career.tests.yaml").ok()?;
    let (_, cases) = source.split_once("\ncases:\n")?;
    let blocks: Vec<&str> = cases
        .split("\n  - name: ")
        .skip(1)
        .map(|b| b.split_once('\n').map_or(b, |(_, rest)| rest))
        .collect();
    let mut out = String::from("cases:\n");
    for i in 0..CASES {
        let body = blocks.get(i % blocks.len())?;
        let _ = write!(out, "  - name: case {i}\n{}\n", body.trim_end());
    }
    Some(out)
}

fn bench_testing(c: &mut Criterion) {
    let (Ok(q), Some(yaml)) = (builtin(), thousand_cases()) else {
        eprintln!("the built-in questionnaire or its tests did not load; skipping");
        return;
    };
    let suite = match TestFile::parse("bench.tests.yaml", &yaml).and_then(|f| f.check(&q)) {
        Ok(s) if s.cases.len() == CASES => s,
        Ok(s) => {
            eprintln!("expected {CASES} cases, built {}; skipping", s.cases.len());
            return;
        }
        Err(e) => {
            eprintln!("the generated test file does not load:\n{e}");
            return;
        }
    };
    c.bench_function("test/run_1000_cases", |b| {
        b.iter(|| run(black_box(&q), black_box(&suite)))
    });
    c.bench_function("test/load_run_report_1000_cases", |b| {
        b.iter(|| {
            let suite = TestFile::parse("bench.tests.yaml", black_box(&yaml))
                .and_then(|f| f.check(&q))
                .ok()?;
            Some(text(&[run(&q, &suite)], true))
        })
    });
}

criterion_group!(benches, bench_testing);
criterion_main!(benches);
