//! What the views keep between frames: each question's texts wrapped for the screen
//! ([`Prepared`]), so a keypress lays out only what the key changed.
//!
//! A prepared question depends on nothing but the questionnaire, the question, the width
//! it was wrapped for and the language. All of them are the key, so nothing has to remember
//! to invalidate it: a resize, another language or a reloaded questionnaire (another content
//! hash) finds a different key and starts afresh. Answers never enter it: what they change
//! (visibility, progress, the rule line, rank order, the highlight, messages) is computed
//! by every frame.

use std::cell::RefCell;
use std::sync::Arc;

use super::super::app::App;
use super::question::Prepared;

#[derive(Debug, Default)]
pub struct Cache {
    questions: RefCell<Questions>,
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

    /// How many questions are prepared now (for the tests of the key).
    pub fn prepared(&self) -> usize {
        self.questions.borrow().prepared.iter().flatten().count()
    }
}
