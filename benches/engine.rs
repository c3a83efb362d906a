//! Loading and linting: the built-in questionnaire (target: load + lint < 2 ms)
//! and a generated one with 10,000 questions and 10,000 rules (target < 150 ms, and
//! under 1.6 times `generated-10k/bare-parse`, serde-saphyr reading the text alone).
//! Evaluation benches live in `benches/evaluate.rs`.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use careerpath::questionnaire::{builtin, lint, load_str};
use criterion::{Criterion, criterion_group, criterion_main};

/// A questionnaire with `n` questions (a mix of types, every eighth conditional
/// on the single-choice one before) and `n` rules over them.
fn generated(n: usize) -> String {
    let mut y = String::with_capacity(n * 400);
    y.push_str("id: generated\nversion: 1\ntitle: Generated\n");
    y.push_str("dimensions:\n  python: {label: Python}\n  rust: {label: Rust}\n");
    y.push_str("sections:\n  - id: all\n    title: All\n    questions:\n");
    for i in 0..n {
        let _ = writeln!(y, "      - id: q{i}");
        match i % 4 {
            0 | 1 => {
                y.push_str("        type: single\n        prompt: Pick one\n        choices:\n");
                y.push_str("          - {value: a, label: A, score: {python: 1}}\n");
                y.push_str("          - {value: b, label: B, score: {rust: 1}}\n");
                y.push_str("          - {value: c, label: C, score: {python: 1, rust: 1}}\n");
            }
            2 => {
                y.push_str("        type: confirm\n        prompt: Yes or no?\n");
                y.push_str("        score_if: [{when: \"q");
                let _ = write!(y, "{i}");
                y.push_str("\", score: {rust: 2}}]\n");
            }
            _ => {
                y.push_str("        type: number\n        prompt: How many?\n        min: 0\n        max: 100\n");
            }
        }
        if i % 8 == 1 {
            let _ = writeln!(y, "        visible_if: \"q{} == 'a'\"", i - 1);
        }
    }
    y.push_str("derived:\n  lead: \"score.rust - score.python\"\n");
    y.push_str("decision:\n  policy: priority\n  rules:\n");
    for i in 0..n {
        let q = i - i % 4; // a single-choice question
        let _ = writeln!(
            y,
            "    - id: r{i}\n      priority: {}\n      when: {{all: [\"q{q} == 'b'\", \"lead > {}\"]}}\n      outcome: {}\n      because: \"Because of {{q{q}.label}}.\"",
            i % 50,
            i % 7,
            if i % 2 == 0 {
                "rust-first"
            } else {
                "python-first"
            }
        );
    }
    y.push_str("    - id: fallback\n      default: true\n      outcome: python-first\n      because: Default.\n");
    y.push_str("outcomes:\n  python-first: {title: Python first, summary: P}\n  rust-first: {title: Rust first, summary: R}\n");
    y
}

fn bench_builtin(c: &mut Criterion) {
    c.bench_function("builtin/load", |b| b.iter(|| black_box(builtin()).is_ok()));
    let Ok(q) = builtin() else {
        eprintln!("the built-in questionnaire does not load; skipping lint");
        return;
    };
    c.bench_function("builtin/lint", |b| b.iter(|| lint(black_box(&q)).len()));
    c.bench_function("builtin/load+lint", |b| {
        b.iter(|| builtin().map(|q| lint(&q).len()).is_ok())
    });
}

fn bench_generated(c: &mut Criterion) {
    let text = generated(10_000);
    match load_str("generated", &text) {
        Ok(q) => eprintln!(
            "generated: {} bytes, {} questions, {} rules",
            text.len(),
            q.questions.len(),
            q.decision.rules.len()
        ),
        Err(e) => {
            eprintln!("the generated questionnaire does not load:\n{e}");
            return;
        }
    }
    // For measuring peak memory outside criterion: `careerpath validate` on this file.
    if let Some(out) = std::env::var_os("CAREERPATH_GENERATED_OUT") {
        let _ = std::fs::write(out, &text);
    }
    let mut g = c.benchmark_group("generated-10k");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    // The floor: serde-saphyr reading the same text and keeping nothing. Its default
    // budget stops at 250,000 nodes, about half of this file, so the floor has none: a
    // floor that fails part-way reads half the text and is no floor.
    let bare = |text: &str| {
        let mut options = serde_saphyr::Options::default();
        options.budget = None;
        serde_saphyr::from_str_with_options::<serde::de::IgnoredAny>(text, options)
    };
    if let Err(e) = bare(&text) {
        panic!("the bare parse must read the whole file: {e}");
    }
    g.bench_function("bare-parse", |b| b.iter(|| bare(black_box(&text)).is_ok()));
    g.bench_function("load", |b| {
        b.iter(|| load_str("generated", black_box(&text)).is_ok())
    });
    if let Ok(q) = load_str("generated", &text) {
        g.bench_function("lint", |b| b.iter(|| lint(black_box(&q)).len()));
    }
    g.bench_function("load+lint", |b| {
        b.iter(|| {
            load_str("generated", black_box(&text))
                .map(|q| lint(&q).len())
                .is_ok()
        })
    });
    g.finish();
}

/// The program's words: parsing one language's catalogue and formatting a first message,
/// which a start pays once (issue 14 counts it against the first frame).
fn bench_words(c: &mut Criterion) {
    for code in ["en", "es"] {
        c.bench_function(&format!("words: parse {code}.ftl + first lookup"), |b| {
            b.iter(|| black_box(careerpath::words::first_lookup_cost(black_box(code))))
        });
    }
}

criterion_group!(benches, bench_builtin, bench_generated, bench_words);
criterion_main!(benches);
