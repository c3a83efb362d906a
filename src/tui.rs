//! The full-screen interface: app state, actions, keys, update and views.
//!
//! `update` is pure and views only read state; this module owns the terminal
//! lifecycle and the event loop that runs effects between the two.

mod ahead;
pub mod app;
pub mod editor;
mod effects;
pub mod input;
pub mod keys;
mod labels;
mod signals;
pub mod strings;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod update;
pub mod view;

use std::collections::VecDeque;
use std::io::{Stdout, stdout};
use std::time::Duration;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

use crate::questionnaire::Lazy;
use crate::session::Session;
use crate::store::{Store, StoreError};

pub use app::{Action, App, Effect, Ending, Screen};
pub use theme::Theme;

use ahead::{Ahead, Applied};
use effects::Runtime;

/// How long the loop sleeps in `poll` when nothing happens, so idle CPU stays near zero.
const IDLE_POLL: Duration = Duration::from_millis(250);

/// The terminal as this interface drives it; see [`init`].
type Term = terminal::Terminal<Stdout>;

/// Runs the interface until the user quits, and says how it ended. SIGTERM, SIGHUP and
/// SIGINT end the process from the signal thread (exit code 128 + the signal).
pub fn run(
    q: impl Into<Lazy>,
    store: Result<Store, StoreError>,
    resume: Option<Session>,
    lang: String,
) -> color_eyre::Result<Ending> {
    run_watching(q, store, resume, lang, None)
}

/// [`run`], reloading the questionnaire from `watch` whenever that file changes.
pub fn run_watching(
    q: impl Into<Lazy>,
    store: Result<Store, StoreError>,
    resume: Option<Session>,
    lang: String,
    watch: Option<&std::path::Path>,
) -> color_eyre::Result<Ending> {
    let mut watch = watch.map(crate::watch::Watched::new);
    let mut app = App::new(q, lang, Theme::from_env());
    app.tz = std::cell::OnceCell::new();
    app.no_storage = store.as_ref().err().map(|e| e.message(&app.lang));
    let mut rt = Runtime {
        store: store.ok(),
        lock: None,
    };

    // Signals are handled on their own thread: when the terminal goes away, crossterm can
    // stay inside `event::read` for good, so the loop could never notice a flag. Every
    // answer is already saved, so restoring the terminal and leaving is all there is to do.
    // SIGTSTP (Ctrl-Z, which raw mode reads as a key and the loop raises, or `kill -TSTP`
    // from elsewhere) stops the program with the terminal given back; see [`stop`].
    let signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTSTP,
    ])?;
    // The handlers are in place from here on; the thread that acts on them starts after the
    // first frame (a signal that comes earlier waits in signal-hook's pipe until then), so the
    // first frame does not wait for a thread to be created.
    let signals_handle = signals.handle();
    let mut watcher = None;
    let mut signals = Some(signals);
    let mut start_watcher = || {
        let Some(mut signals) = signals.take() else {
            return;
        };
        signals::watch_hang_up();
        watcher = Some(std::thread::spawn(move || {
            for sig in signals.forever() {
                if sig == signal_hook::consts::SIGTSTP {
                    signals::stop();
                    continue;
                }
                let _saved = crate::store::quiesce();
                restore();
                // After a hang-up there is no terminal to say it on.
                if sig != signal_hook::consts::SIGHUP
                    && let Some(note) = ON_SIGNAL.lock().ok().and_then(|n| n.clone())
                {
                    use std::io::Write as _;
                    let _ = writeln!(std::io::stderr(), "{note}");
                }
                std::process::exit(128 + sig);
            }
        }));
    };

    install_panic_hook();
    let result = owned_screen()
        .map(|mut owned| {
            *owned = true;
        })
        .and_then(|()| init())
        .map_err(color_eyre::Report::from)
        .and_then(|mut terminal| {
            event_loop(
                &mut terminal,
                &mut app,
                &mut rt,
                resume,
                watch.as_mut(),
                &mut start_watcher,
            )
        });
    // Under the lock, so a stop being handled on the signal thread does not take the
    // terminal back after this.
    if let Ok(mut owned) = owned_screen() {
        *owned = false;
    }
    restore();
    // Answers a failed save left in memory end the run as a failure to write, not a quit.
    let result = result.map(|ending| match (ending, &app.unsaved) {
        (Ending::Quit, Some(_)) => Ending::NotSaved,
        _ => ending,
    });
    if let Some(note) = app
        .exit_note()
        .or_else(|| resume_note(&app, rt.store.as_ref()))
    {
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), "{note}");
    }
    drop(rt);
    signals_handle.close();
    if let Some(watcher) = watcher {
        let _ = watcher.join();
    }
    result
}

/// Leaving a session that is saved but not finished: where it is saved and the command that
/// continues it, as plain mode says.
fn resume_note(app: &App, store: Option<&Store>) -> Option<String> {
    let (s, store) = (app.session()?, store?);
    if s.finished() || s.answers.is_empty() {
        return None;
    }
    let prefix = store.short_id(&s.id);
    let resume = crate::plain::resume_command(false, &app.q.source, Some(store), Some(&prefix));
    Some(crate::words::t_args(
        &app.lang,
        "plain-saved-as-resume",
        &[
            ("name", crate::session::printable(&s.name).into()),
            ("id", s.id.as_str().into()),
            ("resume", resume.into()),
        ],
    ))
}

/// What a signal that ends the run says: the session's [`resume_note`], kept up to date by
/// the loop, since the signal thread cannot reach the app.
static ON_SIGNAL: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Keeps [`ON_SIGNAL`] up to date after a frame; `said` is the session it was made for
/// (id, name, finished, nothing answered), so it is made again only when one of them changed.
fn note_for_signal(
    app: &App,
    store: Option<&Store>,
    said: &mut Option<(String, String, bool, bool)>,
) {
    let now = app.session().map(|s| {
        (
            s.id.clone(),
            s.name.clone(),
            s.finished(),
            s.answers.is_empty(),
        )
    });
    if now == *said {
        return;
    }
    *said = now;
    if let Ok(mut note) = ON_SIGNAL.lock() {
        *note = resume_note(app, store);
    }
}

/// `ratatui::try_init` with three changes that matter for latency: a frame is composed in
/// memory and leaves in one `write(2)` (stdout alone flushes every kilobyte), the
/// screen keeps the size read here and is resized on the terminal's resize events instead
/// of asking before every frame (crossterm opens `/dev/tty` to ask for the size each time),
/// and [`terminal::Terminal`] diffs frames faster than ratatui's `Terminal`.
/// Raw mode, the alternate screen, mouse and paste modes; [`restore`] undoes all of it.
fn init() -> std::io::Result<Term> {
    let (width, height) = crossterm::terminal::size()?;
    enter()?;
    Ok(terminal::Terminal::new(stdout(), (width, height)))
}

/// Leaves the terminal as it was: mouse and paste modes off, cursor shown, main screen, cooked mode.
fn restore() {
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        crossterm::cursor::Show
    );
    // Not `ratatui::restore`: it reports a failure with `eprintln!`, which panics when
    // standard error is the terminal that went away (a closed window, a dropped ssh
    // connection), and the panic hook's second try then aborts the process.
    if let Err(e) = ratatui::try_restore() {
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "careerpath: cannot restore the terminal: {e}"
        );
    }
}

/// Whether the interface has the terminal (raw mode, its own screen). Frames are drawn,
/// and the terminal given back and taken again, only under this lock: a stop handled on the
/// signal thread never lands in the middle of a frame or after the program has left.
static SCREEN: std::sync::Mutex<bool> = std::sync::Mutex::new(false);

fn owned_screen() -> std::io::Result<std::sync::MutexGuard<'static, bool>> {
    SCREEN
        .lock()
        .map_err(|_| std::io::Error::other("the screen lock was poisoned by a panic"))
}

/// Raw mode, the alternate screen, mouse and paste modes: what [`restore`] undoes.
fn enter() -> std::io::Result<()> {
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
}

/// A panic leaves the terminal as it was (raw mode off, main screen, mouse and paste modes
/// off, cursor shown) before the message is printed. Release builds then abort (`panic =
/// "abort"`); every answer shown as accepted is already in the write-ahead log.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    rt: &mut Runtime,
    resume: Option<Session>,
    mut watch: Option<&mut crate::watch::Watched>,
    after_first_frame: &mut dyn FnMut(),
) -> color_eyre::Result<Ending> {
    let size = terminal.area();
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
    let mut noted = None;
    // Enter on the question on screen, worked out while the user reads it.
    let mut ahead: Option<Ahead> = None;
    loop {
        // Effects run before the next frame, so an answer is on disk before the screen
        // moves on from it (a signal may end the process right after any frame).
        while let Some(effect) = pending.pop_front() {
            if let Some(action) = effects::run(app, rt, effect) {
                dispatch(app, &mut pending, action);
            }
            let notes = crate::store::notes();
            if !notes.is_empty() {
                let said: Vec<String> = notes.iter().map(|n| n.message(&app.lang)).collect();
                dispatch(app, &mut pending, Action::Noted(said.join(" ")));
            }
            dirty = true;
        }
        if let Some(ending) = app.exit {
            return Ok(ending);
        }
        if dirty {
            let owned = owned_screen()?;
            terminal.draw(|area, buf| view::render(app, area, buf))?;
            drop(owned);
            dirty = false;
            if first_frame {
                // Creating the sessions directory and listing it wait until after the first
                // frame, so the screen appears at once; both come before any key is read.
                first_frame = false;
                after_first_frame();
                pending.push_back(Effect::OpenStore);
                continue;
            }
            note_for_signal(app, rt.store.as_ref(), &mut noted);
            ahead = after_frame(app, terminal)?;
        }
        if !event::poll(IDLE_POLL)? {
            // `--watch`: an idle moment is when to look at the file.
            if let Some(result) = watch.as_deref_mut().and_then(crate::watch::Watched::reload) {
                let result = result.map(|q| app::Reloaded(Box::new(q)));
                let action = Action::QuestionnaireReloaded(result.map_err(|e| e.diagnostics()));
                ahead = None;
                dispatch(app, &mut pending, action);
                dirty = true;
            }
            continue;
        }
        // Handle everything already waiting before drawing once.
        loop {
            let event = event::read()?;
            if let Event::Resize(width, height) = event {
                let owned = owned_screen()?;
                terminal.resize((width, height))?;
                drop(owned);
            }
            match to_action(app, event) {
                Some(Action::Suspend) => {
                    // Handled by `stop` on the signal thread; the resize it ends with
                    // redraws the screen.
                    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
                }
                Some(action) => {
                    // Any action but the one worked out makes the worked-out app stale.
                    let action = match ahead.take() {
                        Some(worked_out) => {
                            let owned = owned_screen()?;
                            let applied =
                                worked_out.apply(action, app, rt, &mut pending, terminal)?;
                            drop(owned);
                            match applied {
                                Applied::Shown => {
                                    note_for_signal(app, rt.store.as_ref(), &mut noted);
                                    ahead = after_frame(app, terminal)?;
                                    None
                                }
                                Applied::Redraw => {
                                    dirty = true;
                                    None
                                }
                                Applied::Other(action) => Some(action),
                            }
                        }
                        None => Some(action),
                    };
                    if let Some(action) = action {
                        dispatch(app, &mut pending, action);
                        dirty = true;
                    }
                }
                None => {}
            }
            if app.exit.is_some() || !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}

/// Once a frame is out: the next question is laid out, and Enter worked out, while the
/// user reads it (unless keys are already waiting).
fn after_frame(app: &App, terminal: &mut Term) -> std::io::Result<Option<Ahead>> {
    view::prepare_next(app);
    if event::poll(Duration::ZERO)? {
        return Ok(None);
    }
    Ahead::prepare(app, terminal)
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
