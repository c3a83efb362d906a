//! The TUI without a terminal: update tables, snapshots of every screen and question
//! type (TestBackend), styled-buffer checks, and sizes from 1x1 to 300x100.

use std::path::PathBuf;

use careerpath::questionnaire::{Answer, Questionnaire, load_str};
use careerpath::session::{Progress, QuestionnaireRef, Session, Status};
use careerpath::sitting::Sitting;
use careerpath::store::Summary;
use careerpath::tui::app::{Entry, Overlay};
use careerpath::tui::input::Input;
use careerpath::tui::update::{goto_question, update};
use careerpath::tui::{Action, App, Effect, Ending, Screen, Theme, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

/// Every question type once, a branch (`sure` only after `pick == 'x'`), wide
/// characters and a control character in the text.
const QUESTIONS: &str = r#"
id: tui-test
version: 1
title: TUI test
description: Every question type once.
dimensions:
  a: {label: Alpha}
  b: {label: Beta}
sections:
  - id: one
    title: First section
    questions:
      - id: pick
        type: single
        prompt: Which one do you pick? This prompt is long on purpose so that it has to wrap across more than one line at forty columns.
        help: "Pick the closest one. Escapes stay visible: \e[31m"
        choices:
          - {value: x, label: Choice X, help: X is the first one., score: {a: 2}}
          - {value: y, label: "Choice Y 日本語", help: Y has wide characters., score: {b: 2}}
          - {value: z, label: Choice Z, score: {a: 1, b: 1}}
      - id: sure
        type: confirm
        prompt: Are you sure about X?
        visible_if: "pick == 'x'"
        score_if: [{when: "sure", score: {a: 1}}]
      - id: many
        type: multi
        prompt: Which ones apply?
        min: 1
        max: 2
        choices:
          - {value: m1, label: First, score: {a: 1}}
          - {value: m2, label: Second, score: {b: 1}}
          - {value: m3, label: Third, score: {b: 1}}
      - id: level
        type: scale
        prompt: How much do you like it?
        min: 1
        max: 5
        min_label: Not at all
        max_label: Very much
        score_if: [{when: "level >= 4", score: {b: 1}}]
      - id: hours
        type: number
        prompt: Hours a week?
        min: 1
        max: 40
        step: 1
        unit: hours
        score_if: [{when: "hours > 10", score: {a: 1}}]
  - id: two
    title: Second section
    questions:
      - id: note
        type: text
        prompt: Anything else?
        required: false
        max_len: 40
      - id: order
        type: rank
        prompt: Order these by importance.
        choices:
          - {value: r1, label: Speed, score: {b: 1}}
          - {value: r2, label: Safety, score: {b: 1}}
          - {value: r3, label: Libraries, score: {a: 1}}
decision:
  policy: priority
  rules:
    - id: alpha
      priority: 10
      when: "score.a > score.b"
      outcome: alpha
      because: "You lean alpha with {score.a} points."
    - id: fallback
      default: true
      outcome: beta
      because: "Beta by default."
outcomes:
  alpha:
    title: Go Alpha
    summary: Alpha suits you.
    roadmap:
      - {step: Start with alpha, items: [one, two]}
  beta:
    title: Go Beta
    summary: Beta suits you.
    roadmap:
      - {step: Start with beta, items: [three], optional: true}
"#;

fn questionnaire() -> Questionnaire {
    match load_str("tui-test.yaml", QUESTIONS) {
        Ok(q) => q,
        Err(e) => panic!("test questionnaire does not load:\n{e}"),
    }
}

fn new_app() -> App {
    let mut app = App::new(questionnaire(), "en".into(), Theme::mono());
    app.size = (80, 24);
    app
}

/// An app that has started a session (as the event loop would) and sits on `id`.
fn at(id: &str) -> App {
    let mut app = new_app();
    let effect = update(&mut app, Action::NewSession);
    assert_eq!(effect, Some(Effect::NewSession));
    let session = session(&app.q, "Session of 27 Nov 2026 20:14");
    update(&mut app, Action::SessionStarted(Box::new(session)));
    if id == "sure" {
        // `sure` is shown only after `pick == 'x'`.
        give(&mut app, &[("pick", Answer::Text("x".into()))]);
    }
    let Some(i) = app.q.question_index(id) else {
        panic!("no question {id}")
    };
    goto_question(&mut app, i, false);
    app
}

fn session(q: &Questionnaire, name: &str) -> Session {
    let mut s = Session::new(q, "en", "2026-11-27T20:14:00Z".parse().unwrap_or_default());
    s.name = name.to_owned();
    s
}

fn answer_all(app: &mut App) {
    let answers: [(&str, Answer); 6] = [
        ("pick", Answer::Text("x".into())),
        ("sure", Answer::Bool(true)),
        ("many", Answer::List(vec!["m1".into()])),
        ("level", Answer::Number(2.0)),
        ("hours", Answer::Number(12.0)),
        (
            "order",
            Answer::List(vec!["r3".into(), "r1".into(), "r2".into()]),
        ),
    ];
    give(app, &answers);
    // `note` (optional) was passed over.
    if let Some(sitting) = app.sitting.as_mut() {
        sitting.pass_over(&app.q, None);
    }
}

/// The open session with these answers added (as if it had been saved so and reopened).
fn give(app: &mut App, answers: &[(&str, Answer)]) {
    edit_session(app, |s| {
        for (id, a) in answers {
            s.answers.insert((*id).into(), a.clone());
        }
    });
}

/// The open session changed by `f`, then reopened as a sitting.
fn edit_session(app: &mut App, f: impl FnOnce(&mut Session)) {
    let Some(mut session) = app.session().cloned() else {
        panic!("no session open")
    };
    let read_only = app.read_only();
    f(&mut session);
    app.sitting = Some(Sitting::new(&app.q, session, read_only));
}

/// The open session without these answers.
fn take(app: &mut App, ids: &[&str]) {
    edit_session(app, |s| {
        for id in ids {
            s.answers.remove(*id);
        }
    });
}

pub(crate) fn results_app() -> App {
    let mut app = at("pick");
    answer_all(&mut app);
    app.screen = Screen::Review;
    update(&mut app, Action::ShowResults);
    assert_eq!(app.screen, Screen::Results);
    app
}

/// Page Down on the results turns a page less two lines of context, as pagers do (it
/// moved half the terminal, 15 lines of a 26-line page at 100x30).
#[test]
fn page_down_on_the_results_turns_a_page() {
    let mut app = results_app();
    app.size = (100, 14);
    // Enough content to scroll a whole page: every change listed.
    let body = careerpath::tui::view::results_body(&app).height;
    let max = careerpath::tui::view::results_max_scroll(&app);
    assert!(
        max > body,
        "the fixture's results fit on one page: {max} <= {body}"
    );
    update(&mut app, Action::PageDown);
    let scroll = app.results.as_ref().map(|r| r.scroll);
    assert_eq!(scroll, Some(body - 3));
}

fn summary(
    id: &str,
    name: &str,
    status: Status,
    answered: usize,
    outcome: Option<&str>,
) -> Summary {
    Summary {
        edited: false,
        id: id.into(),
        name: name.into(),
        created: "2026-11-20T10:00:00Z".parse().unwrap_or_default(),
        updated: "2026-11-21T11:30:00Z".parse().unwrap_or_default(),
        status,
        progress: Progress { answered, total: 7 },
        outcome: outcome.map(str::to_owned),
        questionnaire: QuestionnaireRef {
            id: "tui-test".into(),
            version: 1,
            hash: String::new(),
        },
        lang: "en".into(),
        roadmap: None,
        path: PathBuf::from(format!("/data/sessions/{id}.yaml")),
    }
}

pub(crate) fn sessions_app() -> App {
    let mut app = new_app();
    update(&mut app, Action::ShowSessions);
    let entries = vec![
        Entry::Ok(summary(
            "0197aaaa",
            "Session of 21 Nov 2026 11:30",
            Status::InProgress,
            4,
            None,
        )),
        Entry::Ok(summary(
            "0197bbbb",
            "Before the job change",
            Status::Complete,
            7,
            Some("Go Alpha"),
        )),
        Entry::Ok(summary(
            "0197cccc",
            "日本語の名前 \x1b[2J",
            Status::Complete,
            7,
            Some("Go Beta"),
        )),
        Entry::Damaged {
            path: PathBuf::from("/data/sessions/0197dddd.yaml"),
            reason: "truncated: expected a value at line 9".into(),
        },
    ];
    update(&mut app, Action::SessionsLoaded(entries));
    app
}

/// Every screen state worth drawing, by name.
pub(crate) fn screens() -> Vec<(&'static str, App)> {
    let mut welcome = new_app();
    update(
        &mut welcome,
        Action::SessionsLoaded(vec![Entry::Ok(summary(
            "0197aaaa",
            "Session of 21 Nov",
            Status::InProgress,
            4,
            None,
        ))]),
    );
    let mut multi = at("many");
    update(&mut multi, Action::Pick(1));
    update(&mut multi, Action::Down);
    let mut scale = at("level");
    update(&mut scale, Action::Pick(4));
    let mut number = at("hours");
    for c in "12".chars() {
        update(&mut number, Action::Insert(c));
    }
    let mut text = at("note");
    update(&mut text, Action::Paste("Pasted\nacross lines".into()));
    update(&mut text, Action::Left);
    let mut rank = at("order");
    update(&mut rank, Action::Down);
    update(&mut rank, Action::MoveUp);
    let mut invalid = at("many");
    update(&mut invalid, Action::Submit);
    let mut review = at("pick");
    answer_all(&mut review);
    take(&mut review, &["hours"]);
    review.screen = Screen::Review;
    review.review_selected = 2;
    let mut help = at("pick");
    update(&mut help, Action::Help);
    let mut menu = at("pick");
    update(&mut menu, Action::Menu);
    update(&mut menu, Action::Down);
    let mut compare = sessions_app();
    let mut a = session(&compare.q, "Before");
    let mut b = session(&compare.q, "After");
    a.answers.insert("pick".into(), Answer::Text("x".into()));
    b.answers.insert("pick".into(), Answer::Text("y".into()));
    a.answers.insert("level".into(), Answer::Number(3.0));
    b.answers.insert("level".into(), Answer::Number(3.0));
    // Finished, so the outcome and the reasons are compared too.
    a.status = Status::Complete;
    b.status = Status::Complete;
    update(&mut compare, Action::Compared(Ok(Box::new((a, b)))));
    let mut filter = sessions_app();
    update(&mut filter, Action::Filter);
    for c in "job".chars() {
        update(&mut filter, Action::Insert(c));
    }
    let mut rename = sessions_app();
    update(&mut rename, Action::Down);
    update(&mut rename, Action::Rename);
    update(&mut rename, Action::Left);
    let mut warning = at("pick");
    update(
        &mut warning,
        Action::Saved(Err("cannot save /data/x.yaml: read-only file system".into())),
    );
    vec![
        ("welcome", welcome),
        ("single", at("pick")),
        ("confirm", at("sure")),
        ("multi", multi),
        ("scale", scale),
        ("number", number),
        ("text", text),
        ("rank", rank),
        ("invalid", invalid),
        ("review", review),
        ("results", results_app()),
        ("sessions", sessions_app()),
        ("sessions_filter", filter),
        ("sessions_rename", rename),
        ("compare", compare),
        ("help", help),
        ("menu", menu),
        ("warning", warning),
    ]
}

pub(crate) fn draw(app: &mut App, w: u16, h: u16) -> Buffer {
    app.size = (w, h);
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    t.draw(|f| view::render(app, f.area(), f.buffer_mut()))
        .unwrap_or_else(|e| panic!("{e}"));
    t.backend().buffer().clone()
}

/// The buffer as text, one line per row, trailing spaces trimmed; wide characters once.
pub(crate) fn to_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn snapshots_80x24() {
    for (name, mut app) in screens() {
        let text = to_text(&draw(&mut app, 80, 24));
        insta::assert_snapshot!(format!("{name}_80x24"), text);
    }
}

#[test]
fn snapshots_40x12() {
    for (name, mut app) in screens() {
        let text = to_text(&draw(&mut app, 40, 12));
        insta::assert_snapshot!(format!("{name}_40x12"), text);
    }
}

#[test]
fn odd_sizes_never_panic_and_small_ones_explain() {
    for (name, mut app) in screens() {
        for (w, h) in [
            (1, 1),
            (0, 0),
            (20, 5),
            (39, 12),
            (40, 11),
            (300, 100),
            (41, 13),
            (120, 12),
        ] {
            let text = to_text(&draw(&mut app, w, h));
            if (w, h) == (20, 5) {
                assert!(
                    text.contains("terminal too small"),
                    "{name} at {w}x{h}:\n{text}"
                );
                assert!(
                    text.contains("need 40x12") && text.contains("20x5"),
                    "{name} at {w}x{h}:\n{text}"
                );
            }
        }
    }
}

#[test]
fn keys_do_nothing_while_the_terminal_is_too_small() {
    let mut app = at("pick");
    update(
        &mut app,
        Action::Resize {
            width: 30,
            height: 8,
        },
    );
    assert_eq!(update(&mut app, Action::Submit), None);
    assert_eq!(current(&app), Some("pick"));
    update(&mut app, Action::Quit);
    assert_eq!(app.exit, Some(Ending::Quit), "quitting still works");
}

#[test]
fn resize_recovers_from_too_small() {
    let mut app = at("pick");
    update(
        &mut app,
        Action::Resize {
            width: 20,
            height: 5,
        },
    );
    assert!(to_text(&draw(&mut app, 20, 5)).contains("too small"));
    update(
        &mut app,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Which one do you pick?"), "{text}");
}

/// Row of the buffer that contains `needle`.
fn row_of(buf: &Buffer, needle: &str) -> Option<u16> {
    let text = to_text(buf);
    text.lines()
        .position(|l| l.contains(needle))
        .map(|y| y as u16)
}

#[test]
fn selection_is_visible_without_colour() {
    let mut app = at("pick");
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    let buf = draw(&mut app, 80, 24);
    let Some(y) = row_of(&buf, "Choice Y") else {
        panic!("no Choice Y row:\n{}", to_text(&buf))
    };
    let text = to_text(&buf);
    let line = text.lines().nth(usize::from(y)).unwrap_or_default();
    assert!(
        line.trim_start().starts_with('>'),
        "selected row lacks the marker: {line:?}"
    );
    let cell = &buf[(2, y)];
    assert!(
        cell.modifier.contains(Modifier::REVERSED),
        "selected row is not reversed: {cell:?}"
    );
    assert_eq!(
        cell.fg,
        ratatui::style::Color::Reset,
        "NO_COLOR must not set colours"
    );
    // Unselected rows are plain.
    let Some(other) = row_of(&buf, "Choice X") else {
        panic!("no Choice X row")
    };
    assert!(!buf[(2, other)].modifier.contains(Modifier::REVERSED));
    // No cell anywhere has a colour under NO_COLOR.
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
}

#[test]
fn control_characters_never_reach_the_buffer() {
    for (name, mut app) in screens() {
        let buf = draw(&mut app, 80, 24);
        for c in buf.content() {
            assert!(
                !c.symbol().chars().any(char::is_control),
                "{name}: control character in {:?}",
                c.symbol()
            );
        }
    }
    let mut app = at("pick");
    let text = to_text(&draw(&mut app, 100, 24));
    assert!(text.contains("^[[31m"), "escape not shown as ^[:\n{text}");
}

type Setup = fn() -> App;
type Check = fn(&App, &Option<Effect>) -> Result<(), String>;

fn ensure(ok: bool, what: &str) -> Result<(), String> {
    if ok { Ok(()) } else { Err(what.to_owned()) }
}

fn current(app: &App) -> Option<&str> {
    let st = app.question.as_ref()?;
    (app.screen == Screen::Question).then(|| app.q.questions[st.index].id.as_str())
}

fn message(app: &App) -> Option<&str> {
    app.question.as_ref()?.message.as_deref()
}

#[test]
fn update_table() {
    let cases: Vec<(&str, Setup, Vec<Action>, Check)> = vec![
        (
            "enter on welcome starts a session",
            new_app,
            vec![Action::Submit],
            |app, e| {
                ensure(current(app) == Some("pick"), "on pick")?;
                ensure(*e == Some(Effect::NewSession), "asks for a session")
            },
        ),
        (
            "down moves the radio highlight",
            || at("pick"),
            vec![Action::Down, Action::Down, Action::Down],
            |app, _| {
                ensure(
                    matches!(
                        app.question.as_ref().map(|s| &s.input),
                        Some(Input::Single { cursor: Some(2) })
                    ),
                    "clamped at the last",
                )
            },
        ),
        (
            "submit single goes to the branch question and saves",
            || at("pick"),
            vec![Action::Pick(1), Action::Submit],
            |app, e| {
                ensure(
                    app.answers().get("pick") == Some(&Answer::Text("x".into())),
                    "answer kept",
                )?;
                ensure(current(app) == Some("sure"), "branch question asked")?;
                ensure(*e == Some(Effect::Save), "saved after the answer")
            },
        ),
        (
            "another choice skips the branch",
            || at("pick"),
            vec![Action::Pick(2), Action::Submit],
            |app, _| ensure(current(app) == Some("many"), "sure is hidden"),
        ),
        (
            "y answers a confirm and moves on",
            || at("sure"),
            vec![Action::Answer(true)],
            |app, _| {
                ensure(
                    app.answers().get("sure") == Some(&Answer::Bool(true)),
                    "yes",
                )?;
                ensure(current(app) == Some("many"), "next")
            },
        ),
        (
            "confirm needs an answer",
            || at("sure"),
            vec![Action::Submit],
            |app, e| {
                ensure(current(app) == Some("sure"), "stays")?;
                ensure(
                    message(app).is_some_and(|m| m.contains("required")),
                    "says why",
                )?;
                ensure(e.is_none(), "nothing saved")
            },
        ),
        (
            "multi below min is refused",
            || at("many"),
            vec![Action::Submit],
            |app, _| {
                ensure(current(app) == Some("many"), "stays")?;
                ensure(
                    message(app).is_some_and(|m| m.to_lowercase().contains("at least 1")),
                    "min message",
                )
            },
        ),
        (
            "multi above max is refused at the toggle",
            || at("many"),
            vec![Action::Pick(1), Action::Pick(2), Action::Pick(3)],
            |app, _| {
                ensure(
                    message(app).is_some_and(|m| m.to_lowercase().contains("at most 2")),
                    "max message",
                )?;
                ensure(
                    matches!(app.question.as_ref().map(|s| &s.input), Some(Input::Multi { checked, .. }) if checked == &vec![true, true, false]),
                    "third not ticked",
                )
            },
        ),
        (
            "multi toggles with space",
            || at("many"),
            vec![Action::Down, Action::Toggle, Action::Submit],
            |app, _| {
                ensure(
                    app.answers().get("many") == Some(&Answer::List(vec!["m2".into()])),
                    "m2 chosen",
                )
            },
        ),
        (
            "scale starts at min and moves",
            || at("level"),
            vec![
                Action::Right,
                Action::Right,
                Action::Left,
                Action::Right,
                Action::Submit,
            ],
            |app, _| {
                ensure(
                    app.answers().get("level") == Some(&Answer::Number(2.0)),
                    "value 2",
                )
            },
        ),
        (
            "scale digit picks a value",
            || at("level"),
            vec![Action::Pick(5), Action::Submit],
            |app, _| {
                ensure(
                    app.answers().get("level") == Some(&Answer::Number(5.0)),
                    "value 5",
                )
            },
        ),
        (
            "scale ignores digits out of range",
            || at("level"),
            vec![Action::Pick(9)],
            |app, _| {
                ensure(
                    matches!(
                        app.question.as_ref().map(|s| &s.input),
                        Some(Input::Scale { value: None, .. })
                    ),
                    "unchanged",
                )
            },
        ),
        (
            "number up starts at min and steps",
            || at("hours"),
            vec![Action::Up, Action::Up, Action::Up, Action::Down],
            |app, _| {
                ensure(
                    matches!(app.question.as_ref().map(|s| &s.input), Some(Input::Number { editor }) if editor.text() == "2"),
                    "1 then 2, 3, 2",
                )
            },
        ),
        (
            "number out of range is refused",
            || at("hours"),
            vec![Action::Insert('9'), Action::Insert('9'), Action::Submit],
            |app, _| {
                ensure(current(app) == Some("hours"), "stays")?;
                ensure(
                    message(app).is_some_and(|m| m.to_lowercase().contains("at most 40")),
                    "range message",
                )
            },
        ),
        (
            "number ignores letters",
            || at("hours"),
            vec![Action::Insert('x'), Action::Insert('7'), Action::Submit],
            |app, _| {
                ensure(
                    app.answers().get("hours") == Some(&Answer::Number(7.0)),
                    "7",
                )
            },
        ),
        (
            "text paste never submits",
            || at("note"),
            vec![Action::Paste("one\ntwo\r\n".into())],
            |app, e| {
                ensure(current(app) == Some("note"), "still on the text question")?;
                ensure(e.is_none(), "nothing saved")?;
                ensure(
                    matches!(app.question.as_ref().map(|s| &s.input), Some(Input::Text { editor }) if editor.text() == "one two  "),
                    "newlines became spaces",
                )
            },
        ),
        (
            "optional text empty enter skips",
            || at("note"),
            vec![Action::Submit],
            |app, e| {
                ensure(current(app) == Some("order"), "moved on")?;
                ensure(!app.answers().contains_key("note"), "no answer")?;
                ensure(
                    app.sitting.as_ref().is_some_and(|s| s.skipped("note")),
                    "remembered as skipped",
                )?;
                ensure(*e == Some(Effect::Save), "saved")
            },
        ),
        (
            "text longer than max_len is refused",
            || at("note"),
            vec![Action::Paste("x".repeat(41)), Action::Submit],
            |app, _| {
                ensure(current(app) == Some("note"), "stays")?;
                ensure(
                    message(app).is_some_and(|m| m.to_lowercase().contains("at most 40")),
                    "length message",
                )
            },
        ),
        (
            "required questions cannot be skipped",
            || at("pick"),
            vec![Action::Skip],
            |app, _| {
                ensure(current(app) == Some("pick"), "stays")?;
                ensure(
                    message(app).is_some_and(|m| m.contains("cannot be skipped")),
                    "says so",
                )
            },
        ),
        (
            "rank reorders with move up",
            || at("order"),
            vec![
                Action::Down,
                Action::Down,
                Action::MoveUp,
                Action::MoveUp,
                Action::Submit,
            ],
            |app, _| {
                ensure(
                    app.answers().get("order")
                        == Some(&Answer::List(vec!["r3".into(), "r1".into(), "r2".into()])),
                    "r3 first",
                )
            },
        ),
        (
            "the last answer leads to the review",
            || {
                let mut app = at("order");
                answer_all(&mut app);
                app
            },
            // The ranking on screen was never set: the first Enter asks, the second keeps it.
            vec![Action::Submit, Action::Submit],
            |app, _| ensure(app.screen == Screen::Review, "review"),
        ),
        (
            "Enter on a ranking nobody set asks first and records nothing",
            || at("order"),
            vec![Action::Submit],
            |app, e| {
                ensure(current(app) == Some("order"), "stays")?;
                ensure(app.answers().get("order").is_none(), "nothing recorded")?;
                ensure(e.is_none(), "nothing saved")?;
                ensure(
                    message(app).is_some_and(|m| m.contains("the order as first shown")),
                    "says why",
                )
            },
        ),
        (
            "a second Enter keeps the ranking as shown",
            || at("order"),
            vec![Action::Submit, Action::Submit],
            |app, _| {
                ensure(
                    app.answers().get("order")
                        == Some(&Answer::List(vec!["r1".into(), "r2".into(), "r3".into()])),
                    "the order as shown",
                )
            },
        ),
        (
            "back goes to the previous visible question",
            || at("many"),
            vec![Action::Back],
            |app, _| {
                ensure(
                    current(app) == Some("pick"),
                    "sure is hidden without an answer to pick",
                )
            },
        ),
        (
            "back from the first question goes to welcome",
            || at("pick"),
            vec![Action::Back],
            |app, _| ensure(app.screen == Screen::Welcome, "welcome"),
        ),
        (
            "q quits",
            || at("pick"),
            vec![Action::Quit],
            |app, _| ensure(app.exit == Some(Ending::Quit), "exit 0"),
        ),
        (
            "ctrl-c interrupts",
            || at("note"),
            vec![Action::Interrupt],
            |app, _| ensure(app.exit == Some(Ending::Interrupted), "exit 130"),
        ),
        (
            "? opens help and any key closes it",
            || at("pick"),
            vec![Action::Help, Action::Pick(2)],
            |app, _| {
                ensure(app.overlay.is_none(), "closed")?;
                ensure(
                    matches!(
                        app.question.as_ref().map(|s| &s.input),
                        Some(Input::Single { cursor: None })
                    ),
                    "the key did not reach the list",
                )
            },
        ),
        (
            "esc menu, review",
            || at("pick"),
            vec![Action::Menu, Action::Down, Action::Submit],
            |app, _| {
                ensure(
                    app.screen == Screen::Review && app.overlay.is_none(),
                    "review",
                )
            },
        ),
        (
            "with no session open the menu offers no review, and row 2 is the saved sessions",
            new_app,
            vec![Action::Menu, Action::Pick(2)],
            |app, effect| {
                ensure(
                    !app.menu().contains(&careerpath::tui::app::MenuItem::Review),
                    "no review row",
                )?;
                ensure(app.sitting.is_none(), "no session was started")?;
                ensure(app.screen == Screen::Sessions, "the saved sessions")?;
                ensure(*effect == Some(Effect::LoadSessions), "listed")
            },
        ),
        (
            "menu quit",
            || at("pick"),
            vec![Action::Menu, Action::Pick(5)],
            |app, _| ensure(app.exit == Some(Ending::Quit), "quit"),
        ),
        (
            "editing from review drops hidden answers and asks new ones",
            || {
                let mut app = at("pick");
                answer_all(&mut app);
                give(&mut app, &[("pick", Answer::Text("y".into()))]);
                take(&mut app, &["sure"]);
                app.screen = Screen::Review;
                app
            },
            vec![Action::Submit, Action::Pick(1), Action::Submit],
            |app, _| {
                ensure(
                    current(app) == Some("sure"),
                    "the newly visible question is asked",
                )?;
                ensure(
                    app.question.as_ref().is_some_and(|s| s.from_review),
                    "still editing from the review",
                )
            },
        ),
        (
            "after answering the new question the review comes back",
            || {
                let mut app = at("pick");
                answer_all(&mut app);
                give(&mut app, &[("pick", Answer::Text("y".into()))]);
                take(&mut app, &["sure"]);
                app.screen = Screen::Review;
                app
            },
            vec![
                Action::Submit,
                Action::Pick(1),
                Action::Submit,
                Action::Answer(false),
            ],
            |app, _| {
                ensure(app.screen == Screen::Review, "back on the review")?;
                ensure(
                    app.answers().get("sure") == Some(&Answer::Bool(false)),
                    "answered",
                )
            },
        ),
        (
            "changing to a choice that hides a question drops its answer",
            || {
                let mut app = at("pick");
                answer_all(&mut app);
                app.screen = Screen::Review;
                app
            },
            vec![Action::Submit, Action::Pick(3), Action::Submit],
            |app, _| {
                ensure(!app.answers().contains_key("sure"), "sure dropped")?;
                ensure(app.screen == Screen::Review, "back on the review")
            },
        ),
        (
            "results need every required answer",
            || {
                let mut app = at("pick");
                answer_all(&mut app);
                take(&mut app, &["hours"]);
                app.screen = Screen::Review;
                app
            },
            vec![Action::ShowResults],
            |app, _| {
                ensure(current(app) == Some("hours"), "sent to the open question")?;
                ensure(message(app).is_some(), "with a message")
            },
        ),
        (
            "results evaluate, complete the session and save",
            || {
                let mut app = at("pick");
                answer_all(&mut app);
                app.screen = Screen::Review;
                app
            },
            vec![Action::ShowResults],
            |app, e| {
                ensure(app.screen == Screen::Results, "results")?;
                ensure(app.results.is_some(), "evaluated")?;
                ensure(
                    app.session()
                        .is_some_and(|s| s.status == Status::Complete && s.result.is_some()),
                    "session complete",
                )?;
                ensure(*e == Some(Effect::Save), "saved")
            },
        ),
        (
            "export asks for an export",
            results_app,
            vec![Action::Export],
            |_, e| ensure(*e == Some(Effect::ExportCurrent), "export"),
        ),
        (
            "b goes back to the review",
            results_app,
            vec![Action::ShowReview],
            |app, _| ensure(app.screen == Screen::Review, "review"),
        ),
        (
            "read-only sessions never save",
            || {
                let mut app = at("pick");
                let Some(session) = app.session().cloned() else {
                    panic!("no session")
                };
                app.sitting = Some(Sitting::new(&app.q, session, true));
                app
            },
            vec![Action::Pick(1), Action::Submit],
            |app, e| {
                ensure(e.is_none(), "no save")?;
                ensure(
                    app.answers().contains_key("pick"),
                    "the answer is still taken",
                )
            },
        ),
        (
            "a failed save shows a warning and the questionnaire goes on",
            || at("pick"),
            vec![
                Action::Saved(Err("disk full".into())),
                Action::Pick(1),
                Action::Submit,
            ],
            |app, _| {
                ensure(
                    app.warning
                        .as_deref()
                        .is_some_and(|w| w.contains("disk full")),
                    "warning",
                )?;
                ensure(current(app) == Some("sure"), "went on")
            },
        ),
        (
            "sessions: enter opens the selected one",
            sessions_app,
            vec![Action::Down, Action::Submit],
            |_, e| {
                ensure(
                    *e == Some(Effect::OpenSession("0197bbbb".into())),
                    "open bbbb",
                )
            },
        ),
        (
            "sessions: the filter narrows as you type",
            sessions_app,
            vec![
                Action::Filter,
                Action::Insert('j'),
                Action::Insert('o'),
                Action::Insert('b'),
                Action::Submit,
            ],
            |app, _| {
                ensure(app.filtered_sessions().len() == 1, "one match")?;
                ensure(!app.sessions.filtering, "filter kept, typing done")
            },
        ),
        (
            "sessions: esc clears the filter",
            sessions_app,
            vec![Action::Filter, Action::Insert('z'), Action::Cancel],
            |app, _| ensure(app.filtered_sessions().len() == 4, "all back"),
        ),
        (
            "sessions: delete asks first",
            sessions_app,
            vec![Action::DeleteSession],
            |app, e| {
                ensure(
                    app.sessions.confirm_delete.as_deref() == Some("0197aaaa"),
                    "asks",
                )?;
                ensure(e.is_none(), "nothing deleted yet")
            },
        ),
        (
            "sessions: delete confirmed",
            sessions_app,
            vec![Action::DeleteSession, Action::Submit],
            |app, e| {
                ensure(
                    *e == Some(Effect::DeleteSession("0197aaaa".into())),
                    "deletes",
                )?;
                // The row goes when the store's new list comes back, not before.
                ensure(app.sessions.entries.len() == 4, "row kept until deleted")
            },
        ),
        (
            "sessions: delete refused",
            sessions_app,
            vec![Action::DeleteSession, Action::Cancel],
            |app, e| ensure(e.is_none() && app.sessions.entries.len() == 4, "kept"),
        ),
        (
            "sessions: rename edits inline",
            sessions_app,
            vec![
                Action::Rename,
                Action::End,
                Action::DeleteWord,
                Action::DeleteWord,
                Action::Insert('X'),
                Action::Submit,
            ],
            |app, e| {
                let Some(Effect::RenameSession { id, name }) = e else {
                    return Err(format!("{e:?}"));
                };
                ensure(id == "0197aaaa", "id")?;
                ensure(name == "Session of 21 Nov X", &format!("name {name:?}"))?;
                ensure(
                    matches!(&app.sessions.entries[0], Entry::Ok(s) if s.name == *name),
                    "row renamed",
                )
            },
        ),
        (
            "sessions: typing replaces the whole old name",
            sessions_app,
            vec![Action::Rename, Action::Insert('N'), Action::Submit],
            |_, e| match e {
                Some(Effect::RenameSession { name, .. }) => {
                    ensure(name == "N", &format!("{name:?}"))
                }
                other => Err(format!("{other:?}")),
            },
        ),
        (
            "sessions: compare needs two marks",
            sessions_app,
            vec![Action::Toggle, Action::Compare],
            |app, e| {
                ensure(e.is_none(), "no compare")?;
                ensure(
                    app.notice
                        .as_deref()
                        .is_some_and(|n| n.contains("Mark two")),
                    "explains",
                )
            },
        ),
        (
            "sessions: compare two marked",
            sessions_app,
            vec![
                Action::Toggle,
                Action::Down,
                Action::Toggle,
                Action::Compare,
            ],
            |_, e| {
                ensure(
                    *e == Some(Effect::CompareSessions(
                        "0197aaaa".into(),
                        "0197bbbb".into(),
                    )),
                    "compare a b",
                )
            },
        ),
        (
            "sessions: damaged rows do not open",
            sessions_app,
            vec![Action::Bottom, Action::Submit],
            |app, e| {
                ensure(e.is_none(), "no open")?;
                ensure(
                    app.notice
                        .as_deref()
                        .is_some_and(|n| n.contains("truncated")),
                    "reason shown",
                )
            },
        ),
        (
            "opening a complete session shows its results",
            new_app,
            vec![],
            |_, _| Ok(()),
        ),
        (
            "welcome offers to resume the last unfinished session",
            || {
                let mut app = new_app();
                update(
                    &mut app,
                    Action::SessionsLoaded(vec![Entry::Ok(summary(
                        "0197aaaa",
                        "Old",
                        Status::InProgress,
                        3,
                        None,
                    ))]),
                );
                app
            },
            vec![Action::Down, Action::Submit],
            |_, e| ensure(*e == Some(Effect::OpenSession("0197aaaa".into())), "resume"),
        ),
    ];
    let mut failures = Vec::new();
    for (name, setup, actions, check) in cases {
        let mut app = setup();
        let mut last = None;
        for a in actions {
            last = update(&mut app, a);
        }
        if let Err(e) = check(&app, &last) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn opening_sessions_resumes_or_shows_results() {
    let mut app = new_app();
    let mut s = session(&app.q, "Half");
    s.answers.insert("pick".into(), Answer::Text("z".into()));
    update(
        &mut app,
        Action::SessionOpened {
            session: Box::new(s),
            read_only: false,
        },
    );
    assert_eq!(current(&app), Some("many"));

    let mut app = new_app();
    let mut s = session(&app.q, "Done");
    let mut filled = at("pick");
    answer_all(&mut filled);
    s.answers = filled.answers().clone();
    s.status = Status::Complete;
    update(
        &mut app,
        Action::SessionOpened {
            session: Box::new(s),
            read_only: true,
        },
    );
    assert_eq!(app.screen, Screen::Results);
    assert!(app.read_only());
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Read-only"), "{text}");
}

#[test]
fn a_session_of_another_questionnaire_is_neither_opened_nor_exported() {
    let mut app = sessions_app();
    // The first row is a session of this questionnaire: Enter opens it.
    assert_eq!(
        update(&mut app, Action::Submit),
        Some(Effect::OpenSession("0197aaaa".into()))
    );
    let mut app = sessions_app();
    let mut other = summary("0197eeee", "An NPS survey", Status::Complete, 3, None);
    other.questionnaire.id = "nps-survey".into();
    update(&mut app, Action::SessionsLoaded(vec![Entry::Ok(other)]));
    for action in [Action::Submit, Action::Export] {
        assert_eq!(update(&mut app, action), None);
        let w = app.warning.take().unwrap_or_default();
        assert!(
            w.contains("`nps-survey`") && w.contains("--questions"),
            "{w}"
        );
    }
}

/// The welcome offers to resume only a session of this questionnaire: another's, opened
/// against it, would have its answers set aside and be saved over as this one's.
#[test]
fn the_welcome_offers_to_resume_only_this_questionnaires_sessions() {
    let mut other = summary("0197eeee", "An NPS survey", Status::InProgress, 3, None);
    other.questionnaire.id = "nps-survey".into();
    let ours = summary("0197aaaa", "Ours", Status::InProgress, 2, None);
    let mut app = new_app();
    update(
        &mut app,
        Action::SessionsLoaded(vec![Entry::Ok(other.clone())]),
    );
    assert!(
        app.resumable.is_none(),
        "another questionnaire's session offered"
    );
    update(
        &mut app,
        Action::SessionsLoaded(vec![Entry::Ok(other), Entry::Ok(ours)]),
    );
    assert_eq!(app.resumable.map(|s| s.id).as_deref(), Some("0197aaaa"));
}

#[test]
fn clicks_select_what_is_under_the_pointer() {
    let mut app = at("pick");
    let buf = draw(&mut app, 80, 24);
    let Some(y) = row_of(&buf, "Choice Z") else {
        panic!("no Choice Z")
    };
    update(&mut app, Action::Click { col: 5, row: y });
    assert!(matches!(
        app.question.as_ref().map(|s| &s.input),
        Some(Input::Single { cursor: Some(2) })
    ));
    let mut app = at("many");
    let buf = draw(&mut app, 80, 24);
    let Some(y) = row_of(&buf, "Second") else {
        panic!("no Second")
    };
    update(&mut app, Action::Click { col: 5, row: y });
    assert!(
        matches!(app.question.as_ref().map(|s| &s.input), Some(Input::Multi { checked, .. }) if checked == &vec![false, true, false])
    );
    // Clicking outside the list changes nothing.
    update(&mut app, Action::Click { col: 5, row: 0 });
    assert!(
        matches!(app.question.as_ref().map(|s| &s.input), Some(Input::Multi { checked, .. }) if checked == &vec![false, true, false])
    );
}

/// A session started on one `single` question with `n` choices labelled by `label`.
fn one_list(n: usize, label: impl Fn(usize) -> String) -> App {
    let mut yaml = String::from(
        "id: list\nversion: 1\ntitle: List\ndimensions: {a: {label: A}}\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: many\n        type: single\n        prompt: Pick one of many\n        choices:\n",
    );
    for i in 0..n {
        let label = label(i);
        yaml.push_str(&format!(
            "          - {{value: c{i}, label: \"{label}\", score: {{a: 1}}}}\n"
        ));
    }
    yaml.push_str("decision:\n  policy: first\n  rules:\n    - {id: d, default: true, outcome: o, because: ok}\noutcomes:\n  o: {title: O, summary: S}\n");
    let q = load_str("list.yaml", &yaml).unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(q, "en".into(), Theme::mono());
    update(&mut app, Action::NewSession);
    app
}

#[test]
fn long_lists_keep_the_selection_visible() {
    let mut app = one_list(40, |i| format!("Choice number {i}"));
    // The first move highlights choice 0; thirty more reach choice 30.
    for _ in 0..31 {
        update(&mut app, Action::Down);
    }
    let text = to_text(&draw(&mut app, 40, 12));
    assert!(
        text.contains("> (•)   Choice number 30") || text.contains("Choice number 30"),
        "{text}"
    );
    update(&mut app, Action::Bottom);
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Choice number 39"), "{text}");
    assert!(!text.contains("Choice number 0\n"), "{text}");
    // The choices left out are counted, never hidden silently: drawn + counted = 40.
    let drawn = |t: &str| t.matches("Choice number").count();
    // The count row is "↑ 2 above · ↓ 4 below", either half alone when the other is 0.
    let count = |t: &str, arrow: &str| {
        t.lines()
            .map(str::trim)
            .filter(|l| l.starts_with("↑ ") || l.starts_with("↓ "))
            .flat_map(|l| l.split(" · "))
            .find_map(|part| part.strip_prefix(arrow)?.split(' ').next()?.parse().ok())
            .unwrap_or(0)
    };
    assert_eq!(count(&text, "↓ "), 0, "{text}");
    assert_eq!(drawn(&text) + count(&text, "↑ "), 40, "{text}");
    update(&mut app, Action::Top);
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(
        text.contains("Choice number 0\n") && text.contains("↓ "),
        "{text}"
    );
    assert_eq!(drawn(&text) + count(&text, "↓ "), 40, "{text}");
}

/// A list cut by the height shows whole choices: a choice's first line without the rest
/// would read as the whole label, and the count below already counts it as not shown.
#[test]
fn a_cut_list_shows_only_whole_choices() {
    let mut app = one_list(12, |i| {
        format!("Choice {i} whose label wraps onto a second line")
    });
    for (w, h) in [(40, 12), (40, 13), (40, 16), (44, 15)] {
        let text = to_text(&draw(&mut app, w, h));
        let firsts = text.matches("whose label").count();
        let seconds = text.matches("second line").count();
        assert!(firsts > 0, "{w}x{h}\n{text}");
        assert_eq!(
            firsts, seconds,
            "a choice cut after its first line at {w}x{h}\n{text}"
        );
    }
}

/// A list cut short by a small screen is not cut shorter by rows kept blank for a long
/// choice help: beyond one row, they go to the list (the built-in first question at
/// 60x15 showed four choices above four blank rows).
#[test]
fn a_cut_list_gets_the_rows_kept_for_choice_help() {
    let q = careerpath::questionnaire::builtin().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(q, "en".into(), Theme::mono());
    update(&mut app, Action::NewSession);
    let text = to_text(&draw(&mut app, 60, 15));
    assert!(text.matches("( )").count() >= 5, "{text}");
    assert!(text.contains("↓ "), "{text}");
}

#[test]
fn a_scale_that_labels_every_point_names_its_ends_before_a_choice() {
    let yaml = "id: s\nversion: 1\ntitle: S\ndimensions: {a: {label: A}}\nsections:\n  - id: s\n    title: S\n    questions:\n      - {id: like, type: scale, prompt: Repair things., min: 1, max: 5, labels: [Strongly dislike, Dislike, Unsure, Like, Strongly like], score: {a: 1}}\ndecision:\n  policy: first\n  rules:\n    - {id: d, default: true, outcome: o, because: ok}\noutcomes:\n  o: {title: O, summary: S}\n";
    let q = load_str("scale.yaml", yaml).unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(q, "en".into(), Theme::mono());
    update(&mut app, Action::NewSession);
    for (w, h) in [(80, 24), (40, 12)] {
        let text = to_text(&draw(&mut app, w, h));
        assert!(
            text.contains("1 = Strongly dislike") && text.contains("5 = Strongly like"),
            "{w}x{h}:\n{text}"
        );
    }
}

#[test]
fn score_names_are_whole_while_the_bars_have_room() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/examples/riasec.yaml"
    );
    let q = careerpath::questionnaire::load_file(std::path::Path::new(path))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(q, "en".into(), Theme::mono());
    update(&mut app, Action::NewSession);
    let s = session(&app.q, "RIASEC");
    update(&mut app, Action::SessionStarted(Box::new(s)));
    let all: Vec<(String, Answer)> = app
        .q
        .questions
        .iter()
        .map(|x| (x.id.clone(), Answer::Number(3.0)))
        .collect();
    let all: Vec<(&str, Answer)> = all.iter().map(|(i, a)| (i.as_str(), a.clone())).collect();
    give(&mut app, &all);
    app.screen = Screen::Review;
    update(&mut app, Action::ShowResults);
    assert_eq!(app.screen, Screen::Results);
    let text = to_text(&draw(&mut app, 80, 24));
    for name in ["Investigative (thinking) ", "Enterprising (persuading) "] {
        assert!(text.contains(name), "{name}:\n{text}");
    }
}

#[test]
fn help_lists_the_keys_of_the_screen_below() {
    let mut app = at("order");
    update(&mut app, Action::Help);
    assert_eq!(app.overlay, Some(Overlay::Help));
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(text.contains("K J  Shift-↑ Shift-↓"), "{text}");
}

#[test]
fn a_changed_questionnaire_is_explained_and_set_aside_answers_are_shown() {
    let mut app = new_app();
    let mut s = session(&app.q, "Old");
    s.answers.insert("pick".into(), Answer::Text("z".into()));
    s.set_aside
        .insert("gone".into(), Answer::Text("old value".into()));
    s.needs_answer.push("many".into());
    update(
        &mut app,
        Action::SessionOpened {
            session: Box::new(s),
            read_only: false,
        },
    );
    assert_eq!(
        current(&app),
        Some("many"),
        "the changed question is asked again"
    );
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("kept aside") && notice.contains("asked again"),
        "{notice}"
    );
    app.screen = Screen::Review;
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(
        text.contains("Kept aside") && text.contains("gone: old value"),
        "{text}"
    );
}

/// A small questionnaire in English and Spanish, for the Spanish screens.
const BILINGUAL: &str = r#"
id: tui-es
version: 1
title: {en: Which path?, es: ¿Qué camino?}
description:
  en: A short bilingual questionnaire.
  es: Un cuestionario bilingüe corto.
dimensions:
  a: {label: {en: Alpha, es: Alfa}}
  b: {label: {en: Beta, es: Beta}}
sections:
  - id: one
    title: {en: Interests, es: Intereses}
    questions:
      - id: many
        type: multi
        prompt: {en: Which ones apply?, es: ¿Cuáles te describen?}
        min: 1
        max: 4
        choices:
          - {value: m1, label: {en: Data, es: Datos}, score: {a: 2}}
          - {value: m2, label: {en: Systems, es: Sistemas}, score: {b: 1}}
          - {value: m3, label: {en: Web, es: Web}, score: {b: 1}}
          - {value: m4, label: {en: Games, es: Juegos}, score: {b: 1}}
      - id: sure
        type: confirm
        prompt: {en: Are you sure?, es: ¿Estás seguro?}
        score_if: [{when: "sure", score: {a: 1}}]
decision:
  policy: priority
  rules:
    - id: alpha
      priority: 10
      when: "score.a > score.b"
      outcome: alpha
      because: {en: "You lean alpha.", es: "Te inclinas por alfa."}
    - id: fallback
      default: true
      outcome: beta
      because: {en: "Beta by default.", es: "Beta por defecto."}
outcomes:
  alpha:
    title: {en: Go Alpha, es: Ve a por Alfa}
    summary: {en: Alpha suits you., es: Alfa te encaja.}
    roadmap:
      - {step: {en: Start with alpha, es: Empieza por alfa}, items: [{en: one, es: uno}]}
      - {step: {en: Then beta, es: Luego beta}, optional: true}
  beta:
    title: {en: Go Beta, es: Ve a por Beta}
    summary: {en: Beta suits you., es: Beta te encaja.}
"#;

fn spanish_app() -> App {
    let q = match load_str("tui-es.yaml", BILINGUAL) {
        Ok(q) => q,
        Err(e) => panic!("bilingual test questionnaire does not load:\n{e}"),
    };
    let mut app = App::new(q, "es".into(), Theme::mono());
    app.size = (80, 24);
    app
}

fn spanish_at(id: &str) -> App {
    let mut app = spanish_app();
    update(&mut app, Action::NewSession);
    let session = session(&app.q, "Sesión del 27 nov 2026 20:14");
    update(&mut app, Action::SessionStarted(Box::new(session)));
    let Some(i) = app.q.question_index(id) else {
        panic!("no question {id}")
    };
    goto_question(&mut app, i, false);
    app
}

#[test]
fn spanish_snapshots_80x24() {
    let mut welcome = spanish_app();
    let mut ours = summary("0197aaaa", "Sesión del 21 nov", Status::InProgress, 4, None);
    ours.questionnaire.id = welcome.q.id.clone();
    update(&mut welcome, Action::SessionsLoaded(vec![Entry::Ok(ours)]));
    let question = spanish_at("many");
    let mut results = spanish_at("many");
    give(
        &mut results,
        &[
            ("many", Answer::List(vec!["m1".into()])),
            ("sure", Answer::Bool(true)),
        ],
    );
    results.screen = Screen::Review;
    update(&mut results, Action::ShowResults);
    assert_eq!(results.screen, Screen::Results);
    for (name, mut app) in [
        ("es_welcome", welcome),
        ("es_question", question),
        ("es_results", results),
    ] {
        let text = to_text(&draw(&mut app, 80, 24));
        insta::assert_snapshot!(format!("{name}_80x24"), text);
    }
}

/// The words the brief asked for, exactly, so a "fix" to the table cannot drift.
#[test]
fn spanish_screens_say_it_naturally() {
    let mut app = spanish_at("many");
    let text = to_text(&draw(&mut app, 80, 24));
    for want in [
        "Pregunta 1 de 2",
        "Elige de 1 a 4 · 0 elegidas",
        "↑↓ mover · Espacio marcar · Intro siguiente · ← atrás · ? ayuda · Esc menú",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    let text = to_text(&draw(&mut app, 20, 5));
    assert!(
        text.contains("demasiado") && text.contains("40x12") && text.contains("20x5"),
        "{text}"
    );
    // Keys are ignored while the terminal is too small.
    app.size = (80, 24);
    update(&mut app, Action::Help);
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(
        text.contains("Teclas") && text.contains("mover el resaltado"),
        "{text}"
    );
    update(&mut app, Action::Cancel);
    update(&mut app, Action::Submit);
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(text.contains("✗ Elige al menos 1 (llevas 0)"), "{text}");
    update(&mut app, Action::Menu);
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Revisar mis respuestas"), "{text}");
}

/// Every help and footer message the key tables name exists.
#[test]
fn every_help_row_is_in_the_table() {
    use careerpath::tui::keys::{Mode, table};
    for mode in Mode::ALL {
        for row in table(mode).rows {
            for id in std::iter::once(row.help).chain(row.footer.map(|h| h.what)) {
                assert!(careerpath::words::is_known(id), "{mode:?}: no message {id}");
            }
        }
    }
}

/// A questionnaire for the defects of issue 9: an optional single choice, one with a
/// default, a 1-10 scale, a 0-1000 scale, a stepped number, and long labels.
const EXTRAS: &str = r#"
id: tui-extras
version: 1
title: Extras
dimensions: {a: {label: A}}
sections:
  - id: s
    title: The only section
    questions:
      - id: maybe
        type: single
        required: false
        prompt: Optional pick?
        choices:
          - {value: p, label: P}
          - {value: r, label: R}
      - id: preset
        type: single
        prompt: Preset pick?
        default: r
        choices:
          - {value: p, label: P}
          - {value: r, label: R}
      - id: ten
        type: scale
        prompt: One to ten?
        min: 1
        max: 10
      - id: big
        type: scale
        prompt: Zero to a thousand?
        min: 0
        max: 1000
      - id: budget
        type: number
        prompt: Budget?
        min: 0
        max: 100
        step: 5
      - id: long
        type: single
        prompt: A question whose prompt is long enough to need three or four lines at forty columns, with its end here.
        choices:
          - {value: l1, label: "A label that is far longer than a line of a hundred columns, so it must wrap onto a second line to be read to its very end"}
          - {value: l2, label: Short}
decision:
  policy: first
  rules:
    - {id: d, default: true, outcome: o, because: ok}
outcomes:
  o: {title: O, summary: S}
"#;

pub(crate) fn extras_at(id: &str) -> App {
    let q = load_str("extras.yaml", EXTRAS).unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(q, "en".into(), Theme::mono());
    app.size = (80, 24);
    update(&mut app, Action::NewSession);
    let session = session(&app.q, "Extras");
    update(&mut app, Action::SessionStarted(Box::new(session)));
    let Some(i) = app.q.question_index(id) else {
        panic!("no question {id}")
    };
    goto_question(&mut app, i, false);
    app
}

fn input(app: &App) -> Option<&Input> {
    app.question.as_ref().map(|s| &s.input)
}

/// Issue 9, item 1, revisited: "Review my answers" is offered only with a session open
/// (with none it started an empty session nobody asked for); so after the open session
/// was deleted too. Answers from the review of an open session are saved.
#[test]
fn review_is_offered_only_with_a_session_open() {
    use careerpath::tui::app::MenuItem;
    let mut app = new_app();
    assert!(!app.menu().contains(&MenuItem::Review));
    update(&mut app, Action::NewSession);
    let session = session(&app.q, "Open");
    update(&mut app, Action::SessionStarted(Box::new(session)));
    assert!(app.menu().contains(&MenuItem::Review));
    update(&mut app, Action::Menu);
    let e = update(&mut app, Action::Pick(2));
    assert_eq!((app.screen, e), (Screen::Review, None));
    update(&mut app, Action::Submit);
    assert_eq!(current(&app), Some("pick"));
    update(&mut app, Action::Pick(3));
    let e = update(&mut app, Action::Submit);
    assert_eq!(e, Some(Effect::Save), "the answer is saved");
    assert_eq!(app.answers().get("pick"), Some(&Answer::Text("z".into())));

    // Deleting the open session closes it; the menu then has no review again.
    let id = app.session().map(|s| s.id.clone()).unwrap_or_default();
    update(&mut app, Action::ShowSessions);
    update(
        &mut app,
        Action::SessionsLoaded(vec![Entry::Ok(summary(
            &id,
            "Open",
            Status::InProgress,
            1,
            None,
        ))]),
    );
    update(&mut app, Action::DeleteSession);
    let e = update(&mut app, Action::Submit);
    assert_eq!(e, Some(Effect::DeleteSession(id)));
    assert!(app.sitting.is_none(), "the deleted session is closed");
    assert!(!app.menu().contains(&MenuItem::Review));
    update(&mut app, Action::Menu);
    update(&mut app, Action::Pick(2));
    assert_eq!(app.screen, Screen::Sessions);
    assert!(app.sitting.is_none(), "no session was started");
}

/// Issue 9, item 5: the TUI reads numbers as plain mode does: `2,5` in Spanish is 2.5.
#[test]
fn spanish_number_fields_read_a_decimal_comma() {
    let mut app = App::new(questionnaire(), "es".into(), Theme::mono());
    app.size = (80, 24);
    update(&mut app, Action::NewSession);
    let mut s = session(&app.q, "es");
    s.lang = "es".into();
    update(&mut app, Action::SessionStarted(Box::new(s)));
    let Some(i) = app.q.question_index("hours") else {
        panic!("no hours")
    };
    goto_question(&mut app, i, false);
    for c in "2,5".chars() {
        update(&mut app, Action::Insert(c));
    }
    update(&mut app, Action::Submit);
    // `hours` takes whole numbers: 2,5 is refused as 2.5, not taken as 25.
    assert_eq!(message(&app), Some("2,5 no es un número entero"));
    assert_eq!(app.answers().get("hours"), None);
    let number = Input::Number {
        editor: careerpath::tui::editor::Editor::new("２,５"),
    };
    let hours = &app.q.questions[i];
    assert_eq!(number.answer(hours, "es"), Ok(Some(Answer::Number(2.5))));
}

/// Issue 9, item 9: moving through choices with per-choice help moves nothing else, and a
/// click hits the item drawn under it.
#[test]
fn the_layout_stays_put_while_moving_through_a_list() {
    for (w, h) in [(80, 24), (40, 12), (50, 14)] {
        let mut app = at("pick");
        let first = draw(&mut app, w, h);
        let rows = |buf: &Buffer| {
            (
                row_of(buf, "FIRST SECTION"),
                row_of(buf, "Which one do you pick?"),
                row_of(buf, "columns."),
                row_of(buf, "Question 1 of"),
            )
        };
        let want = rows(&first);
        assert!(
            want.2.is_some(),
            "the prompt is whole at {w}x{h}:\n{}",
            to_text(&first)
        );
        for step in 0..4 {
            update(&mut app, Action::Down);
            let buf = draw(&mut app, w, h);
            assert_eq!(
                rows(&buf),
                want,
                "{w}x{h} after {} moves:\n{}",
                step + 1,
                to_text(&buf)
            );
        }
        let buf = draw(&mut app, w, h);
        let Some(y) = row_of(&buf, "Choice Y") else {
            panic!("no Choice Y at {w}x{h}:\n{}", to_text(&buf))
        };
        update(&mut app, Action::Click { col: 6, row: y });
        assert_eq!(
            input(&app),
            Some(&Input::Single { cursor: Some(1) }),
            "{w}x{h}"
        );
    }
}

/// Issue 9, item 13: prompts and labels wrap rather than end in "…"; the help overlay can
/// be read to its end at 40x12; a review row too long for its columns is shown in full
/// when highlighted.
#[test]
fn long_text_wraps_and_can_be_read_in_full() {
    let joined = |buf: &Buffer| {
        to_text(buf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut app = extras_at("long");
    let buf = draw(&mut app, 40, 12);
    let text = joined(&buf);
    assert!(
        text.contains("at forty columns, with its end here."),
        "{}",
        to_text(&buf)
    );
    let buf = draw(&mut app, 100, 30);
    assert!(
        joined(&buf).contains("to be read to its very end"),
        "{}",
        to_text(&buf)
    );
    assert!(!to_text(&buf).contains('…'), "{}", to_text(&buf));

    // The help overlay at the minimum size: scrolling reaches its last row.
    let mut app = at("order");
    app.size = (40, 12);
    update(&mut app, Action::Help);
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&joined(&draw(&mut app, 40, 12)));
        update(&mut app, Action::Down);
    }
    assert_eq!(
        app.overlay,
        Some(Overlay::Help),
        "scrolling keeps the help open"
    );
    for (_, what) in careerpath::tui::keys::help(careerpath::tui::keys::Mode::Rank, "en") {
        let last = what.split_whitespace().last().unwrap_or_default();
        assert!(seen.contains(last), "{what:?} never shown");
    }

    // The review: the highlighted row's prompt, cut in the table, is there in full.
    let mut app = at("pick");
    answer_all(&mut app);
    app.screen = Screen::Review;
    app.review_selected = 0;
    let buf = draw(&mut app, 40, 12);
    assert!(
        joined(&buf).contains("wrap across more than one line at forty columns."),
        "{}",
        to_text(&buf)
    );
}

/// Issue 9, item 14: typed digits make numbers on a scale, big scales jump by pages, and
/// a stepped number steps onto its steps.
#[test]
fn scales_take_typed_numbers_and_pages() {
    let mut app = extras_at("ten");
    update(&mut app, Action::Pick(1));
    update(&mut app, Action::Pick(0));
    assert!(matches!(
        input(&app),
        Some(Input::Scale {
            value: Some(10),
            ..
        })
    ));
    update(&mut app, Action::Pick(3));
    assert!(
        matches!(input(&app), Some(Input::Scale { value: Some(3), .. })),
        "13 is off the scale: 3"
    );

    let mut app = extras_at("big");
    for k in [2, 5, 0] {
        update(&mut app, Action::Pick(k));
    }
    assert!(matches!(
        input(&app),
        Some(Input::Scale {
            value: Some(250),
            ..
        })
    ));
    update(&mut app, Action::PageUp);
    assert!(matches!(
        input(&app),
        Some(Input::Scale {
            value: Some(350),
            ..
        })
    ));
    update(&mut app, Action::PageDown);
    update(&mut app, Action::PageDown);
    assert!(matches!(
        input(&app),
        Some(Input::Scale {
            value: Some(150),
            ..
        })
    ));

    let mut app = extras_at("budget");
    for c in "7.5".chars() {
        update(&mut app, Action::Insert(c));
    }
    update(&mut app, Action::Up);
    let text = |app: &App| match input(app) {
        Some(Input::Number { editor }) => editor.text(),
        _ => String::new(),
    };
    assert_eq!(text(&app), "10", "up from 7.5 lands on the step above");
    update(&mut app, Action::Up);
    assert_eq!(text(&app), "15");
}

/// Issue 9, item 15: a single choice opens with nothing picked (unless the YAML has a
/// default); Enter then asks for a pick, on an optional question too.
#[test]
fn single_choices_open_with_nothing_picked() {
    let mut app = at("pick");
    assert_eq!(input(&app), Some(&Input::Single { cursor: None }));
    let e = update(&mut app, Action::Submit);
    assert_eq!(e, None);
    assert_eq!(current(&app), Some("pick"));
    assert!(
        message(&app).is_some_and(|m| m.starts_with("Pick one first")),
        "{:?}",
        message(&app)
    );
    assert!(app.answers().is_empty());
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(!text.contains("(•)"), "{text}");

    let mut app = extras_at("maybe");
    update(&mut app, Action::Submit);
    assert_eq!(
        current(&app),
        Some("maybe"),
        "an optional question is not skipped by Enter"
    );
    assert!(
        message(&app).is_some_and(|m| m.contains("press s to skip")),
        "{:?}",
        message(&app)
    );
    assert!(app.answers().is_empty());

    let app = extras_at("preset");
    assert_eq!(
        input(&app),
        Some(&Input::Single { cursor: Some(1) }),
        "the YAML default"
    );
}

/// Issue 9, item 11: Spanish yes/no keys and words.
#[test]
fn spanish_confirm_keys_are_s_and_n() {
    let mut app = App::new(questionnaire(), "es".into(), Theme::mono());
    app.size = (80, 24);
    update(&mut app, Action::NewSession);
    let s = session(&app.q, "es");
    update(&mut app, Action::SessionStarted(Box::new(s)));
    give(&mut app, &[("pick", Answer::Text("x".into()))]);
    let Some(i) = app.q.question_index("sure") else {
        panic!("no sure")
    };
    goto_question(&mut app, i, false);
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(text.contains("s/n responder"), "{text}");
    update(&mut app, Action::Submit);
    assert_eq!(
        message(&app),
        Some("Hace falta una respuesta: pulsa s o n.")
    );
    update(&mut app, Action::Help);
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(
        text.contains("s  n") && text.contains("o ") && !text.contains("y  n"),
        "{text}"
    );
}

/// Issue 9, item 16: the smaller defects.
#[test]
fn quitting_leaving_and_messages() {
    // A read-only sitting says on the way out that nothing was saved.
    let mut app = at("pick");
    assert_eq!(app.exit_note(), None);
    let Some(s) = app.session().cloned() else {
        panic!("no session")
    };
    app.sitting = Some(Sitting::new(&app.q, s, true));
    assert!(app.exit_note().is_some_and(|n| n.contains("not saved")));

    // Quitting on a fully answered review keeps a result.
    let mut app = at("pick");
    answer_all(&mut app);
    app.screen = Screen::Review;
    let e = update(&mut app, Action::Quit);
    assert_eq!(app.exit, Some(Ending::Quit));
    assert_eq!(e, Some(Effect::Save));
    assert!(
        app.session()
            .is_some_and(|s| s.status == Status::Complete && s.result.is_some())
    );
    // A skipped optional question does not leave 6/7 on a complete session.
    let p = app.session().map(|s| s.progress).unwrap_or_default();
    assert_eq!(p.answered, p.total, "{p}");

    // Answers a failed save left in memory: quitting tries the save again, and while it
    // fails the way out says so; a save that works again clears it.
    let mut app = at("pick");
    update(&mut app, Action::Saved(Err("the disk is full".into())));
    assert!(
        app.exit_note()
            .is_some_and(|n| n.contains("not saved") && n.contains("the disk is full"))
    );
    assert_eq!(update(&mut app, Action::Quit), Some(Effect::Save));
    update(&mut app, Action::Saved(Ok(())));
    assert_eq!(app.exit_note(), None);
    let mut app = at("pick");
    assert_eq!(
        update(&mut app, Action::Quit),
        None,
        "nothing to save again"
    );

    // A notice or warning does not outlive its screen.
    let mut app = at("pick");
    app.notice = Some("Exported to /tmp/x.md".into());
    app.warning = Some("Export failed".into());
    update(&mut app, Action::Menu);
    update(&mut app, Action::Pick(3));
    assert_eq!(app.screen, Screen::Sessions);
    assert_eq!(
        (app.notice.as_deref(), app.warning.as_deref()),
        (None, None)
    );

    // Ctrl-W deletes one word of the filter.
    let mut app = sessions_app();
    update(&mut app, Action::Filter);
    for c in "job search".chars() {
        update(&mut app, Action::Insert(c));
    }
    update(&mut app, Action::DeleteWord);
    assert_eq!(app.sessions.filter, "job ");
}

/// At the smallest size, the rows kept for a choice's help give way to the list: the built-in
/// first question (eleven roles, some with help) shows at least two roles and says how many
/// more lie below, in Spanish too.
#[test]
fn choice_help_gives_way_to_the_list_on_a_small_screen() {
    let q = careerpath::questionnaire::builtin().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(q, "es".into(), Theme::mono());
    app.size = (40, 12);
    update(&mut app, Action::NewSession);
    let at = "2026-11-27T20:14:00Z"
        .parse()
        .unwrap_or_else(|e| panic!("{e}"));
    let s = Session::new(&app.q, "es", at);
    update(&mut app, Action::SessionStarted(Box::new(s)));
    goto_question(&mut app, 0, false);
    let screen = to_text(&draw(&mut app, 40, 12));
    assert!(screen.contains("1. Ingeniero/a de IA y ML"), "{screen}");
    assert!(screen.contains("2. Científico/a"), "{screen}");
    assert!(screen.contains("abajo"), "{screen}");
}

/// A questionnaire with no `description` gets the program's own line on the welcome
/// screen, which is about answering, not about any one questionnaire's subject (it once
/// promised every questionnaire a Python-or-Rust recommendation).
#[test]
fn welcome_without_a_description_speaks_of_no_subject() {
    let text = QUESTIONS.replace("description: Every question type once.\n", "");
    let q = load_str("no-description.yaml", &text).unwrap_or_else(|e| panic!("{e}"));
    assert!(q.description.is_none(), "the fixture has no description");
    for (lang, line) in [
        ("en", "Answer the questions one at a time"),
        ("es", "Responde las preguntas de una en una"),
    ] {
        let mut app = App::new(q.clone(), lang.into(), Theme::mono());
        app.size = (80, 24);
        let screen = to_text(&draw(&mut app, 80, 24));
        assert!(screen.contains(line), "{lang}:\n{screen}");
        assert!(!screen.contains("Python"), "{lang}:\n{screen}");
    }
}

/// A long warning wraps under the header instead of losing its end, where the reason is (a
/// full disk after the file's path); one longer than three lines ends in `…`, and the screen
/// below moves down to make room.
#[test]
fn a_long_banner_wraps_and_keeps_its_reason() {
    let path =
        "/home/someone/.local/share/careerpath/sessions/01a23e537ff076e48382d0e8b68fecbd.wal";
    let long = format!(
        "Not saved: cannot save {path}: the disk is full; nothing already saved was changed"
    );
    let mut app = at("pick");
    app.warning = Some(long.clone());
    let shown = to_text(&draw(&mut app, 80, 24));
    let lines: Vec<&str> = shown.lines().collect();
    let banner: Vec<&str> = lines[1..]
        .iter()
        .copied()
        .take_while(|l| !l.is_empty())
        .collect();
    assert_eq!(banner.len(), 3, "{shown}");
    assert!(banner[0].starts_with(" Not saved: cannot save"), "{shown}");
    assert!(
        banner[2].ends_with("the disk is full; nothing already saved was changed"),
        "{shown}"
    );
    assert!(!shown.contains('…'), "{shown}");
    // The question starts below the banner and the blank line after it.
    let mut plain = at("pick");
    let before = to_text(&draw(&mut plain, 80, 24));
    assert_eq!(lines[5], before.lines().nth(2).unwrap(), "{shown}");

    app.warning = Some(format!("{long} {long} {long}"));
    let shown = to_text(&draw(&mut app, 40, 24));
    let banner: Vec<&str> = shown
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert_eq!(banner.len(), 3, "{shown}");
    assert!(banner[2].ends_with('…'), "{shown}");
}

/// The first frame is drawn from the built-in questionnaire's head alone: its model is not
/// decoded yet, and the frame is the very one the whole model draws (styles included), in
/// both languages and at several sizes. The first read after it decodes the model.
#[test]
fn the_welcome_frame_is_drawn_before_the_model_is_decoded() {
    for lang in ["en", "es"] {
        for (w, h) in [(100, 30), (40, 12), (20, 6)] {
            let lazy = careerpath::questionnaire::builtin_lazy().unwrap_or_else(|e| panic!("{e}"));
            let mut app = App::new(lazy, lang.into(), Theme::colored());
            let first = draw(&mut app, w, h);
            assert!(
                !app.q.is_read(),
                "{lang} {w}x{h}: the model was decoded to draw the welcome"
            );
            let full = careerpath::questionnaire::builtin().unwrap_or_else(|e| panic!("{e}"));
            let mut whole = App::new(full, lang.into(), Theme::colored());
            assert_eq!(first, draw(&mut whole, w, h), "{lang} {w}x{h}");
            assert_eq!(app.q.questions.len(), whole.q.questions.len());
            assert!(app.q.is_read());
        }
    }
}

/// The review says "(skipped)" only for an optional question the person skipped; one not
/// reached yet is "not answered yet", as a required one is (without the warning colour).
#[test]
fn the_review_says_skipped_only_once_skipped() {
    let row = |app: &mut App| {
        app.screen = Screen::Review;
        let text = to_text(&draw(app, 100, 30));
        text.lines()
            .find(|l| l.contains("Anything else?"))
            .unwrap_or_default()
            .to_owned()
    };
    let mut reached = at("pick");
    let line = row(&mut reached);
    assert!(
        line.contains("not answered") && !line.contains("skipped"),
        "{line}"
    );
    let mut skipped = at("note");
    update(&mut skipped, Action::Submit);
    let line = row(&mut skipped);
    assert!(line.contains("(skipped)"), "{line}");
    // An edit from the review, kept as it was, skips nothing it never showed: the person
    // left the first question for the review, and never saw `note`.
    let mut edited = at("pick");
    answer_all(&mut edited);
    edit_session(&mut edited, |s| s.current = Some("pick".into()));
    assert!(row(&mut edited).contains("not answered"));
    edited.screen = Screen::Review;
    edited.review_selected = 0;
    update(&mut edited, Action::Submit);
    update(&mut edited, Action::Submit);
    assert_eq!(edited.screen, Screen::Review);
    let line = row(&mut edited);
    assert!(
        line.contains("not answered") && !line.contains("skipped"),
        "{line}"
    );
}

/// A session another careerpath holds: looking and quitting leaves at once; an answer
/// given here makes the first quit say it is not saved, and the second leave (74).
#[test]
fn quitting_a_read_only_session_after_answering_asks_once() {
    let open = || {
        let mut app = new_app();
        let s = session(&app.q, "Held elsewhere");
        update(
            &mut app,
            Action::SessionOpened {
                session: Box::new(s),
                read_only: true,
            },
        );
        assert!(app.read_only());
        app
    };
    let mut looked = open();
    update(&mut looked, Action::Quit);
    assert_eq!(
        looked.exit,
        Some(Ending::Quit),
        "nothing given, nothing to ask"
    );
    let mut answered = open();
    update(&mut answered, Action::Pick(1));
    update(&mut answered, Action::Submit);
    update(&mut answered, Action::Quit);
    assert_eq!(answered.exit, None, "the first quit asks");
    let w = answered.warning.clone().unwrap_or_default();
    assert!(w.contains("Press q again"), "{w}");
    update(&mut answered, Action::Quit);
    assert_eq!(answered.exit, Some(Ending::Quit));
    assert!(
        answered.unsaved.is_some(),
        "so the run ends as not saved (74)"
    );
}

/// `d` on a damaged file in the browser asks, then deletes it by the id its name carries,
/// as `sessions delete` does (it did nothing, under a footer offering `d delete`).
#[test]
fn a_damaged_file_can_be_deleted_from_the_browser() {
    let mut app = sessions_app();
    let damaged = app
        .filtered_sessions()
        .iter()
        .position(|e| matches!(e, Entry::Damaged { .. }))
        .unwrap_or_else(|| panic!("no damaged entry"));
    app.sessions.selected = damaged;
    assert_eq!(update(&mut app, Action::DeleteSession), None);
    let text = to_text(&draw(&mut app, 100, 30));
    assert!(text.contains("0197dddd.yaml"), "{text}");
    assert_eq!(
        update(&mut app, Action::Submit),
        Some(Effect::DeleteSession("0197dddd".into()))
    );
}

/// A filter longer than the line shows its end, where the typing is (it showed its start
/// and hid the cursor).
#[test]
fn a_long_filter_shows_its_end() {
    let mut app = sessions_app();
    update(&mut app, Action::Filter);
    let typed = format!("{}END", "x".repeat(200));
    update(&mut app, Action::Paste(typed));
    let text = to_text(&draw(&mut app, 80, 24));
    let line = text.lines().find(|l| l.contains("xxx")).unwrap_or_default();
    assert!(line.contains("…") && line.contains("END"), "{line}");
}

/// A retake whose carried-over answers were not gone through is not finished by a quit, nor
/// by asking the review for its result (that goes through them first). A quit left it
/// saved complete, with a result nobody confirmed. Once every answer is confirmed,
/// a quit on it gets its result as any session's does.
#[test]
fn an_untouched_retake_is_finished_neither_by_quitting_nor_from_the_review() {
    let mut app = at("pick");
    answer_all(&mut app);
    let old = app
        .session()
        .cloned()
        .unwrap_or_else(|| panic!("no session"));
    let retake = Session::retake(&app.q, &old, "en", jiff::Timestamp::UNIX_EPOCH);
    app.sitting = Some(careerpath::sitting::Sitting::new(&app.q, retake, false));
    let sitting = app.sitting.as_ref().unwrap_or_else(|| panic!("no sitting"));
    assert!(
        sitting.complete(&app.q),
        "every answer is there, carried over"
    );
    assert!(!sitting.unfinished_result(&app.q), "but none was confirmed");
    // Asked for its result from the review, it goes through the carried answers first.
    app.screen = Screen::Review;
    update(&mut app, Action::ShowResults);
    assert_eq!(app.screen, Screen::Question);
    assert_eq!(current(&app), Some("pick"), "from the first carried answer");
    assert!(
        app.question
            .as_ref()
            .and_then(|s| s.message.as_deref())
            .is_some_and(|m| m.contains("goes through your earlier answers one by one")),
        "{:?}",
        app.question.as_ref().map(|s| &s.message)
    );
    assert!(app.results.is_none(), "no result on carried answers");
    update(&mut app, Action::Quit);
    assert_eq!(app.exit, Some(Ending::Quit));
    assert_eq!(app.session().map(|s| s.status), Some(Status::InProgress));
    assert!(app.session().is_some_and(|s| s.result.is_none()));
}

/// However narrow the footer, how to go on stays in it, in every language: at 40 columns
/// the Spanish ranking footer kept `← atrás` and lost `Intro siguiente`.
#[test]
fn a_narrow_footer_keeps_how_to_go_on() {
    for (lang, next) in [("en", "Enter next"), ("es", "Intro siguiente")] {
        for id in ["pick", "many", "order", "level", "hours", "sure"] {
            let mut app = at(id);
            app.lang = lang.into();
            let text = to_text(&draw(&mut app, 40, 12));
            let footer = text.lines().last().unwrap_or_default();
            assert!(footer.contains(next), "{lang} {id}: {footer:?}");
        }
    }
}

/// "None of these" (`exclusive: true`) goes alone: ticking it unticks the others, ticking
/// another unticks it, and at `max` it may still be ticked (it frees the others).
#[test]
fn an_exclusive_choice_unticks_the_others_and_is_unticked_by_them() {
    let q = crate::support::exclusive("max: 2");
    let mut app = App::new(q, "en".into(), Theme::mono());
    app.size = (80, 24);
    update(&mut app, Action::NewSession);
    let s = session(&app.q, "Exclusive");
    update(&mut app, Action::SessionStarted(Box::new(s)));
    goto_question(&mut app, 0, false);
    let ticked = |app: &App| match app.question.as_ref().map(|s| &s.input) {
        Some(Input::Multi { checked, .. }) => checked.clone(),
        other => panic!("{other:?}"),
    };
    // Two ticked: at `max`, "None of these" still goes, and unticks both.
    update(&mut app, Action::Pick(1));
    update(&mut app, Action::Pick(2));
    update(&mut app, Action::Pick(4));
    assert_eq!(ticked(&app), [false, false, false, true]);
    assert_eq!(app.question.as_ref().and_then(|s| s.message.clone()), None);
    // Another choice unticks it.
    update(&mut app, Action::Pick(3));
    assert_eq!(ticked(&app), [false, false, true, false]);
    update(&mut app, Action::Pick(4));
    update(&mut app, Action::Submit);
    assert_eq!(
        app.answers().get("feats"),
        Some(&Answer::List(vec!["none".into()]))
    );
}
