//! The languages of a questionnaire: every text key a language tag (an error otherwise,
//! with the tag it may stand for), `default_lang` one too, and the texts that lack one of
//! the languages the others have, for the linter's `missing-translation`.

use std::collections::BTreeSet;

use super::super::langtag::{canonical, parent};
use super::super::raw::SeenText;
use super::super::{MissingTranslation, Pos};
use super::context::{Cx, suggest};
use crate::yaml::At;

impl Cx<'_> {
    /// Checks every language key of `texts` and `default_lang` (canonical form returned,
    /// `en` when not given); returns it with the texts that lack one of the questionnaire's
    /// languages.
    pub(super) fn languages(
        &mut self,
        texts: &[SeenText],
        default_lang: Option<&At<String>>,
    ) -> (String, Vec<MissingTranslation>) {
        let langs: BTreeSet<&str> = texts
            .iter()
            .flat_map(|t| t.keys.iter().filter_map(|(_, tag)| tag.as_deref()))
            .collect();
        for (key, _) in texts
            .iter()
            .flat_map(|t| &t.keys)
            .filter(|(_, tag)| tag.is_none())
        {
            self.bad_lang(key, &langs);
        }
        for (key, lang) in texts.iter().flat_map(|t| &t.again) {
            self.error(
                key.pos,
                key.chars().count(),
                "duplicate-key",
                diag!("diag-duplicate-key", key = key.as_str()),
            )
            .help = Some(diag!("diag-duplicate-lang-help", lang = lang.as_str()));
        }
        let default = match default_lang {
            None => "en".to_owned(),
            Some(d) => canonical(d).unwrap_or_else(|_| {
                self.bad_lang(d, &langs);
                d.value.clone()
            }),
        };
        let mut missing = Vec::new();
        for t in texts {
            let Some(have) = t
                .keys
                .iter()
                .map(|(_, tag)| tag.as_deref())
                .collect::<Option<BTreeSet<&str>>>()
            else {
                continue;
            };
            // What `Text::get` falls back to: the default language, else the first there is.
            let shown = if have.contains(default.as_str()) {
                default.as_str()
            } else {
                have.first().copied().unwrap_or_default()
            };
            for lang in &langs {
                // A regional text (`es-MX`) reads its language's (`es`) where it has none, so
                // of the two only `es` is missing, once.
                let mut forms = std::iter::successors(Some(*lang), |l| parent(l));
                let covered = forms.clone().any(|l| have.contains(l));
                let reported = forms.nth(1).is_some_and(|p| {
                    std::iter::successors(Some(p), |l| parent(l)).any(|l| langs.contains(l))
                });
                if !covered && !reported {
                    missing.push(MissingTranslation {
                        pos: t.keys.first().map_or(Pos::default(), |(k, _)| k.pos),
                        lang: (*lang).to_owned(),
                        shown: shown.to_owned(),
                    });
                }
            }
        }
        (default, missing)
    }

    /// `key` is not a language tag: `bad-lang`, with the tag it stands for (`pt_BR`,
    /// `spa`), else the nearest of the questionnaire's languages.
    pub(super) fn bad_lang(&mut self, key: &At<String>, langs: &BTreeSet<&str>) {
        let help = match canonical(key) {
            Err(Some(tag)) => Some(diag!("diag-did-you-mean", name = tag)),
            _ => suggest(key, langs.iter().copied()),
        };
        self.error(
            key.pos,
            key.chars().count(),
            "bad-lang",
            diag!("diag-bad-lang", lang = key.as_str()),
        )
        .help = help.or_else(|| Some(diag!("diag-bad-lang-help")));
    }
}
