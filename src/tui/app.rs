//! The application state, the [`Action`]s that change it and the [`Effect`]s it asks for.

use std::borrow::Cow;
use std::path::PathBuf;
use std::rc::Rc;

use crate::evaluate::Evaluation;
use crate::questionnaire::{Answers, Lazy, Questionnaire};
use crate::session::Session;
use crate::sitting::Sitting;
use crate::words;

use super::editor::Editor;
use super::input::Input;
use super::theme::Theme;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Question,
    Review,
    Results,
    Sessions,
}

/// Something that sits on top of the current screen and takes the keys first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Menu { selected: usize },
}

/// Everything the user can do, and everything an effect can report back.
/// Keys map to these in [`super::keys::keymap`]; [`super::update::update`] applies them.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move the highlight up / down one row (or scroll).
    Up,
    Down,
    PageUp,
    PageDown,
    /// First / last row.
    Top,
    Bottom,
    /// Decrease / increase (scale, number) or move the text cursor.
    Left,
    Right,
    /// Move the highlighted rank item up / down.
    MoveUp,
    MoveDown,
    /// Space: toggle a checkbox, mark a session, pick the highlighted value.
    Toggle,
    /// 1-9: pick or toggle the n-th choice (1-based).
    Pick(u8),
    /// Confirm questions: yes / no.
    Answer(bool),
    /// Enter: accept the answer and go on, or open the highlighted row.
    Submit,
    /// Go to the previous question (or screen).
    Back,
    /// Leave an optional question unanswered and go on.
    Skip,
    /// Text editing.
    Insert(char),
    Paste(String),
    Backspace,
    Delete,
    DeleteWord,
    Home,
    End,
    /// Overlays.
    Help,
    Menu,
    /// Esc in an overlay or an inline editor.
    Cancel,
    /// Leave the program (everything is already saved).
    Quit,
    /// Ctrl-C: leave with the "interrupted" exit code.
    Interrupt,
    /// Ctrl-Z: give the terminal back to the shell until `fg` (the event loop does it).
    Suspend,
    /// Mouse.
    Click {
        col: u16,
        row: u16,
    },
    ScrollUp,
    ScrollDown,
    Resize {
        width: u16,
        height: u16,
    },
    /// Screen commands.
    NewSession,
    ShowReview,
    ShowResults,
    ShowSessions,
    Export,
    /// Results: list every answer change that would change the result, or only the closest.
    ToggleAllChanges,
    /// Sessions browser: answer the highlighted session again as a new, linked session.
    Retake,
    /// Results: highlight the next / previous roadmap item.
    NextItem,
    PreviousItem,
    /// Results: set the highlighted roadmap item's state (`None`: not started).
    MarkItem(Option<crate::roadmap::State>),
    /// Sessions browser.
    Filter,
    Rename,
    DeleteSession,
    Compare,
    /// Reports from effects.
    SessionStarted(Box<Session>),
    Saved(Result<(), String>),
    SessionsLoaded(Vec<Entry>),
    SessionOpened {
        session: Box<Session>,
        read_only: bool,
    },
    Exported(Result<PathBuf, String>),
    Compared(Result<Box<(Session, Session)>, String>),
    /// What reading saved sessions worked around (a torn log), shown as a notice.
    Noted(String),
    StoreFailed(String),
    /// The sessions directory cannot be created: nothing will be saved, for this reason.
    NoStorage(String),
    /// `--watch`: the questionnaire file changed and loaded, or no longer loads (its errors).
    QuestionnaireReloaded(Result<Reloaded, Vec<crate::questionnaire::Diagnostic>>),
}

/// A questionnaire loaded again from its changed file.
#[derive(Debug, Clone)]
pub struct Reloaded(pub Box<Questionnaire>);

/// Two loads are the same when their text is: the questionnaire has no `PartialEq` of its own.
impl PartialEq for Reloaded {
    fn eq(&self, other: &Self) -> bool {
        self.0.hash == other.0.hash && self.0.source == other.0.source
    }
}

/// Work with side effects that the event loop performs after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Create a new session (id, name, clock) and report it with `SessionStarted`.
    NewSession,
    /// Write the current session.
    Save,
    /// List saved sessions and report them with `SessionsLoaded`.
    LoadSessions,
    /// Create the sessions directory (after the first frame, so a first start does not wait
    /// on the disk to draw), then list them; `NoStorage` if it cannot be created.
    OpenStore,
    OpenSession(String),
    RenameSession {
        id: String,
        name: String,
    },
    DeleteSession(String),
    /// Export the current result as Markdown.
    ExportCurrent,
    ExportSession(String),
    /// Start a retake of this session and open it ([`crate::session::Session::retake`]).
    RetakeSession(String),
    CompareSessions(String, String),
}

/// One row of the sessions browser.
#[derive(Debug, Clone, PartialEq)]
// Nearly every entry is a summary; boxing them would only add an allocation each.
#[allow(clippy::large_enum_variant)]
pub enum Entry {
    Ok(Summary),
    Damaged { path: PathBuf, reason: String },
}

pub use crate::store::Summary;

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionState {
    pub index: usize,
    pub input: Input,
    pub message: Option<String>,
    /// Editing from the review screen: go back there once nothing new is asked.
    pub from_review: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultsState {
    pub evaluation: Evaluation,
    pub changes: crate::evaluate::Changes,
    pub scroll: u16,
    /// Every question whose change would change the result, not only the closest.
    pub all_changes: bool,
    /// The highlighted roadmap item (an index into every stage's items, in order).
    pub item: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionsState {
    /// Shared, so the copy the event loop works Enter out on does not copy every row.
    pub entries: Rc<Vec<Entry>>,
    pub loaded: bool,
    pub filter: String,
    pub filtering: bool,
    /// Index into the filtered rows.
    pub selected: usize,
    pub marked: Vec<String>,
    pub renaming: Option<(String, Editor)>,
    /// The id waiting for a yes/no before it is deleted.
    pub confirm_delete: Option<String>,
    pub compare: Option<Box<(Session, Session)>>,
    pub compare_scroll: u16,
}

/// How the interface ended, for the binary to turn into an exit code. (A signal that
/// ends it exits at once, with 128 + the signal, from the signal thread.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The user quit, with every answer saved.
    Quit,
    /// The user quit, and the latest answers could not be saved (the disk was full, say).
    NotSaved,
    /// Ctrl-C.
    Interrupted,
}

/// Cloned to work out the next frame ahead ([`super::ahead`]): the questionnaire and the
/// views' cache are shared, the rest is small.
#[derive(Clone)]
pub struct App {
    /// Its model is decoded at the first read: the welcome screen reads only its head.
    pub q: Rc<Lazy>,
    pub lang: String,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// How far the help overlay is scrolled (it can be taller than a small screen).
    pub help_scroll: usize,
    pub size: (u16, u16),
    /// The session being answered, once one is started or opened: its answers, what was
    /// skipped, whether it can be saved. The TUI keeps no copy of any of it.
    pub sitting: Option<Sitting>,
    /// Why sessions cannot be saved at all (no usable data directory), in the user's words.
    pub no_storage: Option<String>,
    pub welcome_selected: usize,
    /// The last unfinished session, offered on the welcome screen.
    pub resumable: Option<Summary>,
    pub question: Option<QuestionState>,
    pub review_selected: usize,
    pub results: Option<ResultsState>,
    pub sessions: SessionsState,
    /// A store or export problem, shown until the next one replaces it or it is dismissed.
    pub warning: Option<String>,
    /// A passing note (for example where an export was written).
    pub notice: Option<String>,
    /// Why the last save of the sitting failed: the answers since are in memory only. The
    /// next save, and quitting, try again.
    pub unsaved: Option<String>,
    /// Quitting with answers not saved was asked about once: the next quit leaves.
    pub quit_asked: bool,
    /// Set when the interface is to end, and how.
    pub exit: Option<Ending>,
    /// Time zone for showing times: UTC unless emptied, then the system's, found on first
    /// use (finding it reads the zoneinfo tree, so it waits until a time is shown).
    pub tz: std::cell::OnceCell<jiff::tz::TimeZone>,
    /// What the views keep between frames (each question's wrapped texts); keyed by
    /// everything it depends on, so it never needs clearing.
    pub cache: Rc<super::view::Cache>,
}

impl App {
    pub fn new(q: impl Into<Lazy>, lang: String, theme: Theme) -> App {
        App {
            q: Rc::new(q.into()),
            lang,
            theme,
            screen: Screen::Welcome,
            overlay: None,
            help_scroll: 0,
            size: (80, 24),
            sitting: None,
            no_storage: None,
            welcome_selected: 0,
            resumable: None,
            question: None,
            review_selected: 0,
            results: None,
            sessions: SessionsState::default(),
            warning: None,
            notice: None,
            unsaved: None,
            quit_asked: false,
            exit: None,
            tz: std::cell::OnceCell::from(jiff::tz::TimeZone::UTC),
            cache: Rc::default(),
        }
    }

    /// A text in the session's language.
    pub fn t<'a>(&self, text: &'a crate::questionnaire::Text) -> &'a str {
        text.get(&self.lang, &self.q.head().default_lang)
    }

    /// The answers of the open session (none without one).
    pub fn answers(&self) -> &Answers {
        static NONE: Answers = Answers::new();
        self.sitting.as_ref().map_or(&NONE, Sitting::answers)
    }

    /// The questions the answers show, in order: the sitting keeps them walked; without
    /// one, those shown before any answer.
    pub fn visible(&self) -> Cow<'_, [usize]> {
        match &self.sitting {
            Some(s) => Cow::Borrowed(s.visible()),
            None => Cow::Owned(crate::flow::visible(&self.q, self.answers())),
        }
    }

    pub fn session(&self) -> Option<&Session> {
        self.sitting.as_ref().map(Sitting::session)
    }

    /// Another process holds the open session: nothing is saved.
    pub fn read_only(&self) -> bool {
        self.sitting.as_ref().is_some_and(Sitting::read_only)
    }

    /// What to say on the terminal after leaving: a read-only sitting's answers were not
    /// saved, nor were those a failed save left in memory, and the user must not think
    /// they were.
    pub fn exit_note(&self) -> Option<String> {
        if self.read_only() {
            return Some(words::t(&self.lang, "read_only_exit"));
        }
        if let Some(why) = &self.unsaved {
            return Some(words::t_args(
                &self.lang,
                "unsaved_exit",
                &[("reason", why.into())],
            ));
        }
        let why = self.no_storage.as_deref()?;
        Some(format!(
            "careerpath: {}",
            words::t_args(&self.lang, "cli-not_saved", &[("reason", why.into())])
        ))
    }

    /// The Esc menu's rows: "Review my answers" only with a session open (it started an
    /// empty one nobody asked for).
    pub fn menu(&self) -> Vec<MenuItem> {
        MENU.iter()
            .map(|(_, item)| *item)
            .filter(|item| *item != MenuItem::Review || self.sitting.is_some())
            .collect()
    }

    /// Welcome menu rows, in order.
    pub fn welcome_items(&self) -> Vec<WelcomeItem> {
        let mut items = vec![WelcomeItem::New];
        if self.resumable.is_some() {
            items.push(WelcomeItem::Resume);
        }
        items.extend([WelcomeItem::Sessions, WelcomeItem::Quit]);
        items
    }

    /// Rows of the sessions table after the filter.
    pub fn filtered_sessions(&self) -> Vec<&Entry> {
        let f = self.sessions.filter.to_lowercase();
        self.sessions
            .entries
            .iter()
            .filter(|e| {
                f.is_empty()
                    || match e {
                        Entry::Ok(s) => {
                            s.name.to_lowercase().contains(&f)
                                || s.id.starts_with(&f)
                                || s.outcome
                                    .as_deref()
                                    .is_some_and(|o| o.to_lowercase().contains(&f))
                        }
                        Entry::Damaged { path, reason } => {
                            path.to_string_lossy().to_lowercase().contains(&f)
                                || reason.to_lowercase().contains(&f)
                        }
                    }
            })
            .collect()
    }

    pub fn tz(&self) -> &jiff::tz::TimeZone {
        self.tz.get_or_init(crate::session::local_zone)
    }

    /// The day a sized plan starts from: the session's last change. Every sitting has a
    /// session from its first answer; the clock is read only if one is somehow missing.
    pub fn plan_from(&self) -> jiff::civil::Date {
        let ts = self
            .session()
            .map_or_else(jiff::Timestamp::now, |s| s.updated);
        ts.to_zoned_datetime(self.tz().clone()).date()
    }

    /// The report on the shown result, with every answer change or the first few.
    pub fn report<'a>(
        &'a self,
        r: &'a ResultsState,
        all_changes: bool,
    ) -> crate::report::Report<'a> {
        crate::report::Report {
            questionnaire: &self.q,
            answers: self.answers(),
            evaluation: &r.evaluation,
            changes: &r.changes,
            lang: &self.lang,
            plan_from: self.plan_from(),
            all_changes,
        }
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelcomeItem {
    New,
    Resume,
    Sessions,
    Quit,
}

/// Rows of the Esc menu (the English labels; the view words them in the session's
/// language through `words::t`).
pub const MENU: [(&str, MenuItem); 5] = [
    ("Back to where I was", MenuItem::Close),
    ("Review my answers", MenuItem::Review),
    ("Saved sessions", MenuItem::Sessions),
    ("Keys (help)", MenuItem::Help),
    ("Quit", MenuItem::Quit),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    Close,
    Review,
    Sessions,
    Help,
    Quit,
}
