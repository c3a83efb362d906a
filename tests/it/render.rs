//! The question screen's cache of wrapped texts is invisible: after any step (keys, answers
//! that change what is visible, a resize, another language, a reloaded questionnaire) the
//! frame is the one an app with an empty cache draws, and the cache is dropped when its
//! key changes rather than growing.

use careerpath::questionnaire::{Questionnaire, builtin, load_str};
use careerpath::session::Session;
use careerpath::tui::app::Reloaded;
use careerpath::tui::update::update;
use careerpath::tui::{Action, App, Screen, Theme, view};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::to_text;

const CAREER: &str = include_str!("../../questions/career.yaml");

fn frame(app: &App) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, app.size.0, app.size.1));
    view::render(app, buf.area, &mut buf);
    buf
}

/// The same state with nothing cached.
fn fresh(app: &App) -> App {
    let mut f = App::new((*app.q).clone(), app.lang.clone(), app.theme);
    f.size = app.size;
    f.screen = app.screen;
    f.sitting = app.sitting.clone();
    f.question = app.question.clone();
    f.notice = app.notice.clone();
    f.warning = app.warning.clone();
    f
}

/// The frame of `app` is the frame of the same state drawn from an empty cache.
fn same_as_fresh(app: &App, step: &str) {
    let (cached, cold) = (frame(app), frame(&fresh(app)));
    assert!(
        cached == cold,
        "{step}: the cached frame differs\n--- cached:\n{}\n--- fresh:\n{}",
        to_text(&cached),
        to_text(&cold)
    );
}

fn started(q: Questionnaire, lang: &str) -> App {
    let mut app = App::new(q.clone(), lang.into(), Theme::colored());
    app.size = (100, 30);
    update(&mut app, Action::NewSession);
    let session = Session::new(&q, lang, "2026-11-27T20:14:00Z".parse().unwrap_or_default());
    update(&mut app, Action::SessionStarted(Box::new(session)));
    assert_eq!(app.screen, Screen::Question);
    app
}

fn index(app: &App) -> Option<usize> {
    app.question.as_ref().map(|s| s.index)
}

fn text(app: &App) -> String {
    to_text(&frame(app))
}

/// Answers every question of the built-in questionnaire with keys, resizing and moving
/// the highlight on the way, and compares every frame with a cold one.
#[test]
fn every_frame_of_a_walk_equals_one_drawn_from_an_empty_cache() {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let sizes = [(100, 30), (80, 24), (40, 12), (55, 16), (120, 40)];
    let mut app = started(q, "en");
    let mut step = 0;
    while app.screen == Screen::Question && step < 40 {
        step += 1;
        app.size = sizes[step % sizes.len()];
        let at = index(&app);
        same_as_fresh(&app, &format!("question {at:?}"));
        // Nothing chosen yet: a message joins the layout (an optional question is skipped).
        update(&mut app, Action::Submit);
        same_as_fresh(&app, &format!("question {at:?} after Submit"));
        if index(&app) != at || app.screen != Screen::Question {
            continue;
        }
        for action in [Action::Down, Action::Down, Action::Toggle, Action::Up] {
            update(&mut app, action.clone());
            same_as_fresh(&app, &format!("question {at:?} after {action:?}"));
        }
        for action in [
            Action::Pick(2),
            Action::Answer(false),
            Action::Up,
            Action::Insert('7'),
            Action::Skip,
        ] {
            if action != Action::Answer(false) {
                update(&mut app, action);
            }
            if index(&app) == at && app.screen == Screen::Question {
                update(&mut app, Action::Submit);
            }
            if index(&app) != at || app.screen != Screen::Question {
                break;
            }
        }
        assert!(
            index(&app) != at || app.screen != Screen::Question,
            "question {at:?} takes none of the answers tried"
        );
    }
    assert_eq!(app.screen, Screen::Review, "the walk reaches the review");
}

/// Answers that show a question on the way change the progress line of the question on
/// screen; going back finds the question with its answer and the new count.
#[test]
fn answers_that_change_what_is_visible_redraw_the_progress() {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let mut app = started(q, "en");
    update(&mut app, Action::Pick(9)); // architect: no follow-up question
    update(&mut app, Action::Submit);
    let short = text(&app);
    update(&mut app, Action::Back);
    update(&mut app, Action::Pick(1)); // AI/ML: the follow-up about AI work appears
    update(&mut app, Action::Submit);
    let long = text(&app);
    assert!(
        long.contains("Which side of AI work do you want to own?"),
        "{long}"
    );
    let total = |s: &str| {
        s.lines()
            .find(|l| l.contains("Question 2 of"))
            .map(str::to_owned)
    };
    assert_ne!(total(&short), total(&long), "{short}\n{long}");
    same_as_fresh(&app, "after the answer that shows a question");
}

/// The key: a resize or another language starts a new set (the old is dropped), the same
/// width and language reuse it, and a reloaded questionnaire's new text is drawn.
#[test]
fn the_cache_is_keyed_by_width_language_and_questionnaire() {
    let q = load_str("career.yaml", CAREER).unwrap_or_else(|e| panic!("{e}"));
    let mut app = started(q, "en");
    frame(&app);
    assert_eq!(app.cache.prepared(), 1);
    update(&mut app, Action::Down);
    frame(&app);
    assert_eq!(app.cache.prepared(), 1, "moving the highlight reuses it");

    app.size = (80, 24);
    frame(&app);
    assert_eq!(app.cache.prepared(), 1, "a resize starts afresh");
    same_as_fresh(&app, "after a resize");

    app.lang = "es".into();
    assert!(
        text(&app).contains("¿Dónde quieres estar dentro de tres a cinco años?"),
        "{}",
        text(&app)
    );
    assert_eq!(app.cache.prepared(), 1, "another language starts afresh");
    same_as_fresh(&app, "in Spanish");
    app.lang = "en".into();
    frame(&app);

    let changed = CAREER.replace(
        "Where do you want to be in three to five years?",
        "Where do you see yourself in five years?",
    );
    let q = load_str("career.yaml", &changed).unwrap_or_else(|e| panic!("{e}"));
    update(
        &mut app,
        Action::QuestionnaireReloaded(Ok(Reloaded(Box::new(q)))),
    );
    let shown = text(&app);
    assert!(
        shown.contains("Where do you see yourself in five years?")
            && !shown.contains("three to five years"),
        "{shown}"
    );
    same_as_fresh(&app, "after a reload");
}

/// After a frame, the idle moment prepares the questions Enter can lead to; the frame
/// after Enter uses them and is still the cold one.
#[test]
fn the_questions_enter_can_show_are_prepared_before_the_key() {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let mut app = started(q, "en");
    frame(&app);
    assert_eq!(app.cache.prepared(), 1);
    view::prepare_next(&app);
    // After the role question: the AI, data and backend follow-ups are conditional, so
    // every one up to the first question always asked is ready.
    let ready = app.cache.prepared();
    assert!(ready > 2, "{ready} prepared");
    update(&mut app, Action::Pick(1));
    update(&mut app, Action::Submit);
    frame(&app);
    assert_eq!(app.cache.prepared(), ready, "the next question was ready");
    same_as_fresh(&app, "the question after Enter");
}

/// A walk through the whole questionnaire keeps only the questions around the current one
/// prepared: the one before it (for Back) and those Enter can lead to.
#[test]
fn a_walk_keeps_only_the_questions_near_the_current_one_prepared() {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let mut app = started(q, "en");
    let mut most = 0;
    let mut asked = 0;
    while app.screen == Screen::Question && asked < 40 {
        asked += 1;
        frame(&app);
        view::prepare_next(&app);
        most = most.max(app.cache.prepared());
        let at = index(&app);
        for action in [Action::Pick(1), Action::Answer(true), Action::Insert('5')] {
            update(&mut app, action);
            update(&mut app, Action::Submit);
            if index(&app) != at || app.screen != Screen::Question {
                break;
            }
        }
    }
    assert_eq!(app.screen, Screen::Review, "the walk reaches the review");
    assert!(asked > 10, "{asked} questions asked");
    assert!(
        (3..=10).contains(&most),
        "{most} questions prepared at most"
    );
}

/// A writer whose bytes the test can read while a terminal owns it.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Something that draws the app's frames to a writer: ratatui's own terminal, or the
/// event loop's [`Screen`](careerpath::tui::terminal::Terminal).
trait Draws {
    fn frame(&mut self, app: &App);
    fn resize(&mut self, size: (u16, u16));
}

impl<B: ratatui::backend::Backend> Draws for ratatui::Terminal<B> {
    fn frame(&mut self, app: &App) {
        self.draw(|f| view::render(app, f.area(), f.buffer_mut()))
            .unwrap_or_else(|_| panic!("draw"));
    }

    fn resize(&mut self, (w, h): (u16, u16)) {
        ratatui::Terminal::resize(self, Rect::new(0, 0, w, h)).unwrap_or_else(|_| panic!("resize"));
    }
}

impl Draws for careerpath::tui::terminal::Terminal<Shared> {
    fn frame(&mut self, app: &App) {
        self.draw(|area, buf| view::render(app, area, buf))
            .unwrap_or_else(|e| panic!("draw: {e}"));
    }

    fn resize(&mut self, size: (u16, u16)) {
        careerpath::tui::terminal::Terminal::resize(self, size)
            .unwrap_or_else(|e| panic!("resize: {e}"));
    }
}

/// A terminal that shows what it was sent: the bytes go to a vt100 emulator.
struct Emulated<T> {
    term: T,
    out: Shared,
    parser: vt100::Parser,
}

impl<T: Draws> Emulated<T> {
    fn new(term: impl FnOnce(Shared) -> T, (w, h): (u16, u16)) -> Self {
        let out = Shared::default();
        Emulated {
            term: term(out.clone()),
            out,
            parser: vt100::Parser::new(h, w, 0),
        }
    }

    /// Draws `app` and returns what the emulator shows: every cell's text and attributes.
    fn show(&mut self, app: &App) -> Vec<String> {
        self.term.frame(app);
        let bytes = std::mem::take(&mut *self.out.0.borrow_mut());
        self.parser.process(&bytes);
        let screen = self.parser.screen();
        let (rows, cols) = screen.size();
        (0..rows)
            .flat_map(|row| (0..cols).map(move |col| (row, col)))
            .filter_map(|(row, col)| screen.cell(row, col))
            .map(|c| {
                // An erased cell looks like a written space; the right half of a wide
                // character is neither.
                let text = match c.contents() {
                    _ if c.is_wide_continuation() => "(wide)",
                    "" => " ",
                    text => text,
                };
                let attributes = (c.bold(), c.italic(), c.underline(), c.inverse());
                format!(
                    "{text:?} {:?} {:?} {attributes:?}",
                    c.fgcolor(),
                    c.bgcolor()
                )
            })
            .collect()
    }

    /// The terminal window takes a new size: the emulator's screen, then the drawer.
    fn resize(&mut self, (w, h): (u16, u16)) {
        self.parser.screen_mut().set_size(h, w);
        self.term.resize((w, h));
    }
}

/// The frames the event loop writes (its own diff, changed cells joined into runs) show on
/// a terminal exactly what ratatui's terminal and crossterm backend show, frame after frame:
/// every question of a walk with wide characters, the results page, help, and a resize.
#[test]
fn frames_the_event_loop_writes_show_what_ratatui_alone_shows() {
    use ratatui::backend::CrosstermBackend;
    let size = (100, 30);
    let mut cells = Emulated::new(
        |out| {
            let viewport = ratatui::Viewport::Fixed(Rect::new(0, 0, size.0, size.1));
            ratatui::Terminal::with_options(
                CrosstermBackend::new(out),
                ratatui::TerminalOptions { viewport },
            )
            .unwrap_or_else(|_| panic!("terminal"))
        },
        size,
    );
    let mut runs = Emulated::new(
        |out| careerpath::tui::terminal::Terminal::new(out, size),
        size,
    );
    let mut compare = |app: &App, step: &str| {
        let want = cells.show(app);
        let got = runs.show(app);
        assert!(
            want == got,
            "{step}: the screens differ\n--- ratatui:\n{}\n--- the event loop's:\n{}",
            cells.parser.screen().contents(),
            runs.parser.screen().contents()
        );
    };
    for lang in ["en", "es"] {
        let q = builtin().unwrap_or_else(|e| panic!("{e}"));
        let mut app = started(q, lang);
        compare(&app, "first question");
        let mut step = 0;
        while app.screen == Screen::Question && step < 40 {
            step += 1;
            for action in [Action::Down, Action::Down, Action::Pick(1), Action::Up] {
                update(&mut app, action);
                compare(&app, &format!("{lang} step {step}"));
            }
            update(&mut app, Action::Answer(true));
            if app.screen == Screen::Question {
                update(&mut app, Action::Submit);
            }
            compare(&app, &format!("{lang} after Enter at step {step}"));
        }
        update(&mut app, Action::ShowResults);
        for action in [Action::Down, Action::Down, Action::Help, Action::Down] {
            update(&mut app, action);
            compare(&app, &format!("{lang} results"));
        }
    }
    for (name, mut app) in crate::tui::screens() {
        app.size = size;
        app.theme = Theme::colored();
        compare(&app, name);
    }
    // Narrower and shorter, then wider and taller again: each redraws the whole screen.
    for size in [(80, 24), (120, 40)] {
        cells.resize(size);
        runs.resize(size);
        for (name, mut app) in crate::tui::screens().into_iter().take(4) {
            app.size = size;
            app.theme = Theme::colored();
            let want = cells.show(&app);
            let got = runs.show(&app);
            assert!(
                want == got,
                "{name} at {size:?}: the screens differ\n--- ratatui:\n{}\n--- the event loop's:\n{}",
                cells.parser.screen().contents(),
                runs.parser.screen().contents()
            );
        }
    }
}
