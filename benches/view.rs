//! Drawing the built-in questionnaire's screens, the part of a keypress the terminal bench
//! (`benches/terminal.rs`) cannot take apart: `view/*` renders into a ratatui buffer alone;
//! `frame/*` is what the event loop does between reading a key and writing the frame
//! (`update`, `view::render`, the screen's diff against the previous frame and crossterm's
//! escape codes, written into memory instead of a terminal).
//!
//! At 100x30 (the terminal bench's size) and 80x24: moving the highlight on the first
//! question (eleven choices, each with help), Enter from each of the first questions to
//! the next (the answer is recorded; saving is the event loop's and not measured here),
//! and scrolling the results page.

use std::hint::black_box;

use careerpath::questionnaire::{Questionnaire, builtin};
use careerpath::session::Session;
use careerpath::sitting::Sitting;
use careerpath::tui::terminal::Terminal;
use careerpath::tui::update::{goto_question, update};
use careerpath::tui::{Action, App, Screen, Theme, view};
use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const SIZES: [(u16, u16); 2] = [(100, 30), (80, 24)];

/// Where the frames go: taken and dropped, as a terminal would take them.
struct Sink;

impl std::io::Write for Sink {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        Ok(black_box(bytes).len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

type Term = Terminal<std::io::BufWriter<Sink>>;

/// As the event loop's terminal: a buffer that takes a whole frame, its own diff, the
/// changed cells handed over in runs.
fn terminal(w: u16, h: u16) -> Term {
    Terminal::new(std::io::BufWriter::with_capacity(64 * 1024, Sink), (w, h))
}

/// One frame as the event loop draws it.
fn frame(term: &mut Term, app: &App) {
    term.draw(|area, buf| view::render(app, area, buf))
        .unwrap_or_else(|e| panic!("{e}"));
}

/// An app on `sitting`'s question `index`, as the event loop would have it.
fn app_at(q: &Questionnaire, sitting: &Sitting, index: usize, size: (u16, u16)) -> App {
    let mut app = App::new(q.clone(), "en".into(), Theme::colored());
    app.size = size;
    app.sitting = Some(sitting.clone());
    goto_question(&mut app, index, false);
    app
}

/// The first answer each question takes, so a walk goes on: the first choice, yes, the
/// lowest number, or a skip.
fn answer_first(app: &mut App) {
    let before = app.question.as_ref().map(|s| s.index);
    for action in [
        Action::Pick(1),
        Action::Answer(true),
        Action::Up,
        Action::Skip,
    ] {
        if action != Action::Answer(true) {
            update(app, action);
        }
        update(app, Action::Submit);
        let after = app.question.as_ref().map(|s| s.index);
        if app.screen != Screen::Question || after != before {
            return;
        }
    }
    panic!("question {before:?} takes none of the answers tried");
}

/// The states met answering the questionnaire from the start: the sitting and the question
/// on screen, before its answer is chosen.
fn walk(q: &Questionnaire) -> (Vec<(Sitting, usize)>, App) {
    let mut app = App::new(q.clone(), "en".into(), Theme::colored());
    update(&mut app, Action::NewSession);
    let session = Session::new(q, "en", "2026-11-27T20:14:00Z".parse().unwrap_or_default());
    update(&mut app, Action::SessionStarted(Box::new(session)));
    let mut states = Vec::new();
    while app.screen == Screen::Question {
        let (Some(sitting), Some(st)) = (&app.sitting, &app.question) else {
            break;
        };
        states.push((sitting.clone(), st.index));
        answer_first(&mut app);
    }
    (states, app)
}

fn question(c: &mut Criterion) {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let (states, _) = walk(&q);
    let (sitting, first) = &states[0];
    for (w, h) in SIZES {
        let mut group = c.benchmark_group(format!("question {w}x{h}"));
        let mut app = app_at(&q, sitting, *first, (w, h));
        down_and_up(&mut group, &mut app, "highlight");
        // Enter on each of the first questions with its first answer picked, from a screen
        // that shows that question (so the diff is the real one).
        for (n, (sitting, index)) in states.iter().take(3).enumerate() {
            group.bench_function(format!("frame/next from question {}", n + 1), |b| {
                b.iter_batched(
                    || {
                        let mut app = app_at(&q, sitting, *index, (w, h));
                        update(&mut app, Action::Pick(1));
                        let mut term = terminal(w, h);
                        frame(&mut term, &app);
                        // What the event loop does once the frame is out, before the key.
                        view::prepare_next(&app);
                        (app, term)
                    },
                    |(mut app, mut term)| {
                        update(&mut app, Action::Submit);
                        frame(&mut term, &app);
                        (app, term)
                    },
                    BatchSize::SmallInput,
                )
            });
        }
        group.finish();
    }
}

/// `view/<what>` and `frame/<what>` for Down and Up in turn, so every frame differs from
/// the one before: the render alone into a buffer, then the whole frame.
fn down_and_up(group: &mut BenchmarkGroup<'_, WallTime>, app: &mut App, what: &str) {
    let (w, h) = app.size;
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    let mut down = true;
    group.bench_function(format!("view/{what}"), |b| {
        b.iter(|| {
            update(app, if down { Action::Down } else { Action::Up });
            down = !down;
            buf.reset();
            view::render(app, buf.area, &mut buf);
            black_box(&buf);
        })
    });
    let mut term = terminal(w, h);
    frame(&mut term, app);
    group.bench_function(format!("frame/{what}"), |b| {
        b.iter(|| {
            update(app, if down { Action::Down } else { Action::Up });
            down = !down;
            frame(&mut term, app);
        })
    });
}

fn results(c: &mut Criterion) {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let (_, mut app) = walk(&q);
    update(&mut app, Action::ShowResults);
    assert_eq!(app.screen, Screen::Results, "the walk ends with a result");
    for (w, h) in SIZES {
        let mut group = c.benchmark_group(format!("results {w}x{h}"));
        app.size = (w, h);
        down_and_up(&mut group, &mut app, "scroll");
        group.finish();
    }
}

criterion_group!(benches, question, results);
criterion_main!(benches);
