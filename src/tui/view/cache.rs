//! What the views keep between frames: each question's texts wrapped for the screen
//! ([`Prepared`]) and the footer's hints in words, so a keypress lays out only what the key
//! changed.
//!
//! A prepared question depends on nothing but the questionnaire, the question, the width
//! it was wrapped for and the language. All of them are the key, so nothing has to remember
//! to invalidate it: a resize, another language or a reloaded questionnaire (another content
//! hash) finds a different key and starts afresh. Answers never enter it: what they change
//! (visibility, progress, the rule line, rank order, the highlight, messages) is computed
//! by every frame.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use super::super::app::App;
use super::super::keys::{self, FooterHint, Mode};
use super::question::Prepared;

#[derive(Debug, Default)]
pub struct Cache {
    questions: RefCell<Questions>,
    /// The last footer's hints and what they were worded for: every frame of a screen
    /// shows the same ones, and wording them goes through the word table each time.
    footer: RefCell<Option<(FooterKey, Rc<[FooterHint]>)>>,
}

/// What a footer's hints depend on (see [`keys::footer`]).
#[derive(Debug, PartialEq)]
struct FooterKey {
    mode: Mode,
    lang: String,
    optional: bool,
}

#[derive(Debug, Default)]
struct Questions {
    key: Option<Key>,
    /// By question index. Shared, so no borrow of the cache outlives a call into it.
    prepared: Vec<Option<Arc<Prepared>>>,
}

#[derive(Debug, PartialEq)]
struct Key {
    /// The questionnaire's content hash.
    questionnaire: String,
    width: u16,
    lang: String,
}

impl Cache {
    /// Question `index` prepared for `width` columns, from the cache when it is there.
    pub(super) fn question(&self, app: &App, index: usize, width: u16) -> Option<Arc<Prepared>> {
        let question = app.q.questions.get(index)?;
        let mut c = self.questions.borrow_mut();
        let fits = c.key.as_ref().is_some_and(|k| {
            k.width == width && k.lang == app.lang && k.questionnaire == app.q.hash
        });
        if !fits {
            c.key = Some(Key {
                questionnaire: app.q.hash.clone(),
                width,
                lang: app.lang.clone(),
            });
            c.prepared.clear();
        }
        c.prepared.resize_with(app.q.questions.len(), || None);
        let slot = c.prepared.get_mut(index)?;
        Some(Arc::clone(slot.get_or_insert_with(|| {
            Arc::new(Prepared::new(app, question, width))
        })))
    }

    /// Lets go of the prepared questions outside `keep`. A question takes about 8 kB
    /// prepared, so a long questionnaire kept whole would hold a few hundred; those around
    /// the current one are what Enter and Back reach next.
    pub(super) fn keep(&self, keep: std::ops::RangeInclusive<usize>) {
        let mut c = self.questions.borrow_mut();
        for (i, slot) in c.prepared.iter_mut().enumerate() {
            if !keep.contains(&i) {
                *slot = None;
            }
        }
    }

    /// The footer hints of `mode` in the app's language, from the cache when it is there.
    pub(super) fn footer(&self, app: &App, mode: Mode, optional: bool) -> Rc<[FooterHint]> {
        let mut c = self.footer.borrow_mut();
        let key = (mode, app.lang.as_str(), optional);
        match &*c {
            Some((k, hints)) if (k.mode, k.lang.as_str(), k.optional) == key => Rc::clone(hints),
            _ => {
                let hints: Rc<[FooterHint]> = keys::footer(mode, &app.lang, optional).into();
                let key = FooterKey {
                    mode,
                    lang: app.lang.clone(),
                    optional,
                };
                *c = Some((key, Rc::clone(&hints)));
                hints
            }
        }
    }

    /// How many questions are prepared now (for the tests of the key).
    pub fn prepared(&self) -> usize {
        self.questions.borrow().prepared.iter().flatten().count()
    }
}
