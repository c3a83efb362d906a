//! The frame after the likely next key, worked out while the user reads the one on screen.
//!
//! On a question the likely key is Enter. Once a frame is out, the event loop applies Enter
//! to a copy of the app, assumes its effect (saving the answer) will succeed, and composes
//! the frame that would follow. When Enter comes, the copy becomes the app, the save runs
//! for real, and if it reports what was assumed the composed frame is sent as it is: the
//! keypress costs the save and one write, not the update, the layout and the diff.
//!
//! Why this is exact: `update` is pure and the views only read the app, so the same
//! actions on the same app give the same app and the same frame. The copy is taken from
//! the app as drawn, and any other action first throws it away ([`Ahead::apply`]). The
//! effect is never assumed: it runs when the key comes, on the app the key made, before the
//! frame (the answer is in the log before the screen moves on, as without this). A report
//! other than the assumed one (a failed save) is applied and the frame drawn from it.
//! Debug builds draw every frame sent this way again from the app and compare.

use std::collections::VecDeque;
use std::io::Write;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::app::{Action, App, Effect, Screen};
use super::effects::{self, Runtime};
use super::terminal::Terminal;
use super::{dispatch, to_action, update, view};

/// Enter, applied ahead to a copy of the app, and its frame composed in the terminal.
pub struct Ahead {
    action: Action,
    /// The app after `update(action)`, before its effect ran.
    app: Box<App>,
    effect: Option<Effect>,
    /// What the effect was assumed to report.
    report: Option<Action>,
}

/// What [`Ahead::apply`] did with the action that came.
pub enum Applied {
    /// It was the one worked out and its effect reported what was assumed: the app is the
    /// worked-out one, and its frame is on the terminal.
    Shown,
    /// It was the one worked out, but the effect reported something else: that report is
    /// applied, and the frame must be drawn.
    Redraw,
    /// Another action: nothing was applied; dispatch it as usual.
    Other(Action),
}

impl Ahead {
    /// Works out Enter on a question screen, or nothing when its result would depend on
    /// more than the app (an effect other than saving the answer) or there is no question.
    pub fn prepare<W: Write>(
        app: &App,
        terminal: &mut Terminal<W>,
    ) -> std::io::Result<Option<Ahead>> {
        if app.screen != Screen::Question || app.overlay.is_some() || app.exit.is_some() {
            return Ok(None);
        }
        let enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        let Some(action) = to_action(app, enter) else {
            return Ok(None);
        };
        let mut next = Box::new(app.clone());
        let effect = update::update(&mut next, action.clone());
        let report = match &effect {
            None => None,
            Some(Effect::Save) => Some(Action::Saved(Ok(()))),
            Some(_) => return Ok(None),
        };
        let mut shown = (*next).clone();
        if let Some(report) = report.clone()
            && update::update(&mut shown, report).is_some()
        {
            return Ok(None);
        }
        if shown.exit.is_some() {
            return Ok(None);
        }
        terminal.draw_ahead(|area, buf| view::render(&shown, area, buf))?;
        Ok(Some(Ahead {
            action,
            app: next,
            effect,
            report,
        }))
    }

    /// `action` came. When it is the one worked out, the worked-out app replaces `app` and
    /// the effect runs now; the frame is sent if the effect reported what was assumed.
    pub fn apply<W: Write>(
        self,
        action: Action,
        app: &mut App,
        rt: &mut Runtime,
        pending: &mut VecDeque<Effect>,
        terminal: &mut Terminal<W>,
    ) -> std::io::Result<Applied> {
        if action != self.action {
            terminal.discard_ahead();
            return Ok(Applied::Other(action));
        }
        *app = *self.app;
        let report = self.effect.and_then(|e| effects::run(app, rt, e));
        let shown = report == self.report;
        if let Some(report) = report {
            dispatch(app, pending, report);
        }
        if !shown || !pending.is_empty() {
            terminal.discard_ahead();
            return Ok(Applied::Redraw);
        }
        if !terminal.show_ahead()? {
            return Ok(Applied::Redraw);
        }
        #[cfg(debug_assertions)]
        {
            let mut fresh = ratatui::buffer::Buffer::empty(terminal.area());
            view::render(app, fresh.area, &mut fresh);
            assert!(
                fresh == *terminal.shown(),
                "the frame worked out ahead is not the app's frame"
            );
        }
        Ok(Applied::Shown)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use crate::session::Session;
    use crate::store::Store;
    use crate::tui::Theme;

    /// A writer whose bytes the test reads while a terminal owns it.
    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// One event loop's state: the app, its store, its terminal and what it wrote.
    struct World {
        app: App,
        rt: Runtime,
        term: Terminal<Shared>,
        out: Shared,
        _dir: tempfile::TempDir,
    }

    impl World {
        fn new(app: App, store: bool) -> World {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let store = store.then(|| Store::open(dir.path()).unwrap_or_else(|e| panic!("{e}")));
            let out = Shared::default();
            let mut term = Terminal::new(out.clone(), app.size);
            term.draw(|area, buf| view::render(&app, area, buf))
                .unwrap_or_else(|e| panic!("{e}"));
            World {
                app,
                rt: Runtime { store, lock: None },
                term,
                out,
                _dir: dir,
            }
        }

        fn written(&self) -> Vec<u8> {
            std::mem::take(&mut *self.out.0.borrow_mut())
        }

        /// The event loop without working ahead: update, effects, a frame.
        fn plain(&mut self, action: Action) {
            let mut pending = VecDeque::new();
            dispatch(&mut self.app, &mut pending, action);
            self.plain_rest(pending);
        }

        /// The event loop working Enter out ahead, then `action` coming.
        fn ahead(&mut self, action: Action) -> &'static str {
            let worked =
                Ahead::prepare(&self.app, &mut self.term).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                self.written().is_empty(),
                "a frame worked out ahead was sent"
            );
            let Some(worked) = worked else {
                self.plain(action);
                return "not worked out";
            };
            let mut pending = VecDeque::new();
            let applied = worked
                .apply(
                    action,
                    &mut self.app,
                    &mut self.rt,
                    &mut pending,
                    &mut self.term,
                )
                .unwrap_or_else(|e| panic!("{e}"));
            match applied {
                Applied::Shown => "shown",
                Applied::Redraw => {
                    self.plain_rest(pending);
                    "redrawn"
                }
                Applied::Other(action) => {
                    self.plain(action);
                    "other"
                }
            }
        }

        /// The rest of the event loop's turn: the effects waiting, then a frame.
        fn plain_rest(&mut self, mut pending: VecDeque<Effect>) {
            while let Some(effect) = pending.pop_front() {
                if let Some(report) = effects::run(&self.app, &mut self.rt, effect) {
                    dispatch(&mut self.app, &mut pending, report);
                }
            }
            self.term
                .draw(|area, buf| view::render(&self.app, area, buf))
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }

    fn started(lang: &str) -> App {
        let q = crate::questionnaire::builtin().unwrap_or_else(|e| panic!("{e}"));
        let session = Session::new(&q, lang, "2026-11-27T20:14:00Z".parse().unwrap_or_default());
        let mut app = App::new(q, lang.into(), Theme::colored());
        app.size = (100, 30);
        update::update(&mut app, Action::NewSession);
        update::update(&mut app, Action::SessionStarted(Box::new(session)));
        assert_eq!(app.screen, Screen::Question);
        // A successful save clears it; nothing else does.
        app.warning = Some("an earlier save failed".into());
        app
    }

    /// Two event loops from one state, one working Enter out ahead and one not, are given
    /// the same keys through the whole questionnaire: after every key they have written the
    /// same bytes, show the same frame and hold the same session. Enter comes on every new
    /// question before anything is picked (refused ahead), after a pick, and once a
    /// question is left by another key, which throws the worked-out Enter away.
    fn same_with_and_without(lang: &str, store: bool) -> Vec<&'static str> {
        let app = started(lang);
        let (mut ahead, mut plain) = (World::new(app.clone(), store), World::new(app, store));
        assert_eq!(ahead.written(), plain.written());
        let mut how = Vec::new();
        let mut step = 0;
        while ahead.app.screen == Screen::Question && step < 200 {
            step += 1;
            let keys = [
                Action::Submit,
                Action::Down,
                Action::Pick(1),
                Action::Submit,
            ];
            for action in keys {
                how.push(ahead.ahead(action.clone()));
                plain.plain(action.clone());
                let at = format!("{lang}, step {step}, {action:?}");
                assert_eq!(ahead.written(), plain.written(), "{at}: bytes");
                assert!(ahead.term.shown() == plain.term.shown(), "{at}: frames");
                assert_eq!(ahead.app.session(), plain.app.session(), "{at}: sessions");
                assert_eq!(ahead.app.question, plain.app.question, "{at}: question");
                assert_eq!(ahead.app.warning, plain.app.warning, "{at}: warning");
                if ahead.app.screen != Screen::Question {
                    break;
                }
            }
        }
        assert_ne!(ahead.app.screen, Screen::Question, "the walk ended");
        how
    }

    #[test]
    fn a_frame_worked_out_ahead_is_the_frame_the_key_draws() {
        for lang in ["en", "es"] {
            let how = same_with_and_without(lang, true);
            assert!(how.contains(&"shown"), "{lang}: {how:?}");
            assert!(how.contains(&"other"), "{lang}: {how:?}");
        }
    }

    /// Without a store the save reports nothing, not the success assumed: the key's frame
    /// is drawn from what was reported, as without working ahead.
    #[test]
    fn a_report_other_than_the_assumed_one_is_drawn_from_the_app() {
        let how = same_with_and_without("en", false);
        assert!(how.contains(&"redrawn"), "{how:?}");
    }
}
