//! A questionnaire read the first time it is needed. The welcome screen shows only the
//! title and the description, so the full-screen interface draws its first frame from the
//! [`Head`] and the built-in questionnaire's model is decoded after that frame, before any
//! key is read: the start does not wait for the ~150 µs the whole model takes.

use std::cell::{Cell, OnceCell};
use std::collections::BTreeMap;
use std::ops::Deref;

use super::{Questionnaire, Text};

/// What a start needs before the first frame: the texts the welcome screen shows, the
/// languages to pick from, and the interface words the questionnaire brings.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Head {
    pub title: Text,
    pub description: Option<Text>,
    pub default_lang: String,
    pub languages: Vec<String>,
    pub words: BTreeMap<String, BTreeMap<String, String>>,
}

impl Head {
    pub fn of(q: &Questionnaire) -> Head {
        Head {
            title: q.title.clone(),
            description: q.description.clone(),
            default_lang: q.default_lang.clone(),
            languages: q.languages.clone(),
            words: q.words.clone(),
        }
    }
}

type Read = Box<dyn FnOnce() -> Questionnaire>;

/// A questionnaire whose model is made the first time it is read (through `Deref`), with
/// its [`Head`] at hand before that.
pub struct Lazy {
    head: Head,
    full: OnceCell<Questionnaire>,
    read: Cell<Option<Read>>,
}

impl Lazy {
    /// `read` makes the questionnaire `head` is the head of; it runs at the first read.
    pub fn new(head: Head, read: impl FnOnce() -> Questionnaire + 'static) -> Lazy {
        Lazy {
            head,
            full: OnceCell::new(),
            read: Cell::new(Some(Box::new(read))),
        }
    }

    pub fn head(&self) -> &Head {
        &self.head
    }

    /// Whether the model has been made yet.
    pub fn is_read(&self) -> bool {
        self.full.get().is_some()
    }
}

impl From<Questionnaire> for Lazy {
    fn from(q: Questionnaire) -> Lazy {
        Lazy::new(Head::of(&q), move || q)
    }
}

impl Deref for Lazy {
    type Target = Questionnaire;

    fn deref(&self) -> &Questionnaire {
        self.full.get_or_init(|| match self.read.take() {
            Some(read) => read(),
            // `get_or_init` runs this once, and `read` cannot read its own questionnaire.
            None => unreachable!("a questionnaire is read once"),
        })
    }
}

impl std::fmt::Debug for Lazy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lazy").field("head", &self.head).finish()
    }
}
