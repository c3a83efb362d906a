//! `words:`: the interface's words a questionnaire brings for its languages, checked
//! against the message ids the program knows.

use std::collections::BTreeMap;

use super::super::langtag::canonical;
use super::super::raw::RawQuestionnaire;
use super::context::{Cx, suggest};
use crate::words;
use crate::yaml::At;

impl Cx<'_> {
    /// Language -> message id -> text; an unknown id or a text that is not a Fluent pattern
    /// (or uses a value the message does not have) is an error at its position.
    pub(super) fn words(
        &mut self,
        raw: &RawQuestionnaire,
    ) -> BTreeMap<String, BTreeMap<String, String>> {
        let mut out = BTreeMap::new();
        for e in &raw.words.0 {
            let texts = &e.value;
            let Ok(lang) = canonical(&e.key) else {
                let key = At {
                    value: e.key.clone(),
                    pos: e.key_pos,
                };
                // The program's own languages are the likeliest meant.
                self.bad_lang(&key, &crate::lang::WORD_LANGS.iter().copied().collect());
                continue;
            };
            if out.contains_key(&lang) {
                // `zh` and `ZH`: one language written twice.
                self.error(
                    e.key_pos,
                    e.key.chars().count(),
                    "duplicate-key",
                    diag!("diag-duplicate-key", key = e.key.as_str()),
                )
                .help = Some(diag!("diag-duplicate-lang-help", lang = lang.as_str()));
                continue;
            }
            let mut these = BTreeMap::new();
            for w in &texts.0 {
                let (id, text) = (&w.key, &w.value);
                if !words::is_known(id) {
                    self.error(
                        w.key_pos,
                        id.chars().count(),
                        "unknown-word",
                        diag!("diag-unknown-word", id = id.as_str(), lang = lang.as_str()),
                    )
                    .help = suggest(id, words::known())
                        .or_else(|| Some(diag!("diag-unknown-word-help")));
                    continue;
                }
                if let Err(why) = words::check_text(id, text) {
                    let msg = diag!(
                        "diag-bad-word",
                        lang = lang.as_str(),
                        id = id.as_str(),
                        why = why
                    );
                    self.error_at(w.pos, "bad-word", msg);
                    continue;
                }
                these.insert(id.clone(), text.clone());
            }
            out.insert(lang, these);
        }
        out
    }
}
