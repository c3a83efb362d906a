//! Session store speed: listing 10,000 saved sessions (the browser's first frame and
//! `sessions list`, target < 200 ms), saving one answer as the interfaces wait for it (the
//! write-ahead append, no sync), and the same followed by waiting for the background sync.

#[path = "../tests/it/support.rs"]
#[allow(dead_code)]
mod support;

use std::hint::black_box;

use careerpath::questionnaire::Answer;
use careerpath::store::Store;
use criterion::{Criterion, criterion_group, criterion_main};

fn list_10000(c: &mut Criterion) {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    // One real file (with a result and its trace), copied: writing 10,000 with fsync
    // would make the setup slower than the bench.
    store
        .save(&support::complete(
            "template",
            "A saved session",
            1_790_000_000,
        ))
        .unwrap();
    careerpath::store::flush();
    let bytes = std::fs::read(store.path_of("template")).unwrap();
    std::fs::remove_file(store.path_of("template")).unwrap();
    for i in 0..10_000u32 {
        std::fs::write(store.path_of(&format!("{i:032x}")), &bytes).unwrap();
    }
    eprintln!("one session file is {} bytes", bytes.len());
    assert_eq!(store.list().len(), 10_000);
    let mut group = c.benchmark_group("store");
    group.sample_size(20);
    group.bench_function("list 10000 sessions", |b| {
        b.iter(|| black_box(store.list()))
    });
    group.finish();
}

fn save_one_answer(c: &mut Criterion) {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let mut session = support::complete("0001", "A saved session", 1_790_000_000);
    let mut n = 0u32;
    c.bench_function("store/save one answer (what the caller waits for)", |b| {
        b.iter(|| {
            n += 1;
            session
                .answers
                .insert("hours".into(), Answer::Number(f64::from(n % 80)));
            store.save(black_box(&session)).unwrap();
        })
    });
    careerpath::store::flush();
    c.bench_function("store/save one answer and wait for its sync", |b| {
        b.iter(|| {
            n += 1;
            session
                .answers
                .insert("hours".into(), Answer::Number(f64::from(n % 80)));
            store.save(black_box(&session)).unwrap();
            careerpath::store::flush();
        })
    });
    c.bench_function("store/load one session", |b| {
        b.iter(|| black_box(store.load("0001").unwrap()))
    });
}

criterion_group!(benches, list_10000, save_one_answer);
criterion_main!(benches);
