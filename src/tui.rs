//! The full-screen interface: app state, actions, keys, update and views.
//!
//! `update` is pure and views only read state; this module owns the terminal
//! lifecycle and the event loop that runs effects between the two.

pub mod app;
pub mod editor;
mod effects;
pub mod input;
pub mod keys;
mod labels;
pub mod strings;
pub mod text;
pub mod theme;
pub mod update;
pub mod view;

use std::collections::VecDeque;
use std::io::stdout;
use std::time::Duration;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, MouseButton, MouseEventKind,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

use crate::questionnaire::Questionnaire;
use crate::session::Session;
use crate::store::Store;

pub use app::{Action, App, Effect, Screen};
pub use theme::Theme;

use effects::Runtime;

/// How long the loop sleeps in `poll` when nothing happens, so idle CPU stays near zero.
const IDLE_POLL: Duration = Duration::from_millis(250);

/// Runs the interface until the user quits; returns the exit code (0, or 128 + the
/// signal for SIGINT/SIGTERM/SIGHUP, 130 for Ctrl-C).
pub fn run(
    q: Questionnaire,
    store: Option<Store>,
    resume: Option<Session>,
    lang: String,
) -> color_eyre::Result<i32> {
    run_watching(q, store, resume, lang, None)
}

/// [`run`], reloading the questionnaire from `watch` whenever that file changes.
pub fn run_watching(
    q: Questionnaire,
    store: Option<Store>,
    resume: Option<Session>,
    lang: String,
    watch: Option<&std::path::Path>,
) -> color_eyre::Result<i32> {
    let mut watch = watch.map(crate::watch::Watched::new);
    let mut app = App::new(q, lang, Theme::from_env());
    app.tz = std::cell::OnceCell::new();
    app.storage = store.is_some();
    let mut rt = Runtime { store, lock: None };

    // Signals are handled on their own thread: when the terminal goes away, crossterm can
    // stay inside `event::read` for good, so the loop could never notice a flag. Every
    // answer is already saved, so restoring the terminal and leaving is all there is to do.
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ])?;
    let signals_handle = signals.handle();
    let watcher = std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let _saved = crate::store::quiesce();
            restore();
            std::process::exit(128 + sig);
        }
    });

    let mut terminal = ratatui::try_init()?;
    install_panic_hook();
    let result = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)
        .map_err(color_eyre::Report::from)
        .and_then(|()| event_loop(&mut terminal, &mut app, &mut rt, resume, watch.as_mut()));
    restore();
    if let Some(note) = app.exit_note() {
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), "{note}");
    }
    drop(rt);
    signals_handle.close();
    let _ = watcher.join();
    result
}

/// Leaves the terminal as it was: mouse and paste modes off, cursor shown, main screen, cooked mode.
fn restore() {
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        crossterm::cursor::Show
    );
    ratatui::restore();
}

/// `ratatui::try_init` restores raw mode and the screen on panic; this also turns off
/// the mouse and paste modes it does not know about.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            stdout(),
            DisableMouseCapture,
            DisableBracketedPaste,
            crossterm::cursor::Show
        );
        previous(info);
    }));
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    rt: &mut Runtime,
    resume: Option<Session>,
    mut watch: Option<&mut crate::watch::Watched>,
) -> color_eyre::Result<i32> {
    let size = terminal.size()?;
    app.size = (size.width, size.height);
    let mut pending: VecDeque<Effect> = VecDeque::new();
    if let Some(session) = resume {
        let read_only = match rt.store.as_ref().map(|s| s.lock(&session.id)) {
            Some(Ok(access)) => {
                let ro = !access.can_write();
                rt.lock = Some(access);
                ro
            }
            _ => false,
        };
        let mut session = session;
        crate::session::reconcile(&mut session, &app.q);
        dispatch(
            app,
            &mut pending,
            Action::SessionOpened {
                session: Box::new(session),
                read_only,
            },
        );
    }
    let mut dirty = true;
    let mut first_frame = true;
    loop {
        // Effects run before the next frame, so an answer is on disk before the screen
        // moves on from it (a signal may end the process right after any frame).
        while let Some(effect) = pending.pop_front() {
            if let Some(action) = effects::run(app, rt, effect) {
                dispatch(app, &mut pending, action);
            }
            dirty = true;
        }
        if let Some(code) = app.exit {
            return Ok(code);
        }
        if dirty {
            terminal.draw(|f| view::render(app, f.area(), f.buffer_mut()))?;
            dirty = false;
            if first_frame {
                // Listing sessions waits until after the first frame, so the screen appears at once.
                first_frame = false;
                pending.push_back(Effect::LoadSessions);
                continue;
            }
        }
        if !event::poll(IDLE_POLL)? {
            // `--watch`: an idle moment is when to look at the file.
            if let Some(result) = watch.as_deref_mut().and_then(crate::watch::Watched::reload) {
                let result = result.map(|q| app::Reloaded(Box::new(q)));
                let action = Action::QuestionnaireReloaded(result.map_err(|e| e.diagnostics()));
                dispatch(app, &mut pending, action);
                dirty = true;
            }
            continue;
        }
        // Handle everything already waiting before drawing once.
        loop {
            if let Some(action) = to_action(app, event::read()?) {
                dispatch(app, &mut pending, action);
                dirty = true;
            }
            if app.exit.is_some() || !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}

fn dispatch(app: &mut App, pending: &mut VecDeque<Effect>, action: Action) {
    if let Some(effect) = update::update(app, action) {
        pending.push_back(effect);
    }
}

/// Terminal events to actions (keys through the pure keymap of the current mode).
pub fn to_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) => keys::keymap(keys::mode(app), k, &app.lang),
        Event::Paste(s) => Some(Action::Paste(s)),
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                col: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        _ => None,
    }
}
