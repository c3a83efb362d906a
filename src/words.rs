//! Every word the program prints, by message id: the texts live in `i18n/en.ftl` and
//! `i18n/es.ftl` (Fluent, embedded in the binary), a questionnaire may bring its own for
//! other languages, and plurals follow each language's rules.
//!
//! Lookups fall back from the questionnaire's words for the language, to the program's
//! words for it ([`crate::lang::words`] picks English or Spanish), to English. A language's
//! file is parsed the first time it is asked for, once.

mod ids;
mod index;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue as Value;
pub use ids::{EN, ES, check_text, is_known, known, message_ids};

/// Values for a message's `{ $name }` placeables.
pub type Args<'a> = [(&'a str, Value<'a>)];

type Bundle = FluentBundle<FluentResource>;

/// A yes-or-no argument, for a message to select on (`{ $exact -> [yes] … *[no] … }`).
pub fn yes_no(yes: bool) -> Value<'static> {
    Value::from(if yes { "yes" } else { "no" })
}

/// How many choices a multi question takes ("Choose 1 to 4"); `None` when it takes any
/// number (a `min` of 0 asks for nothing). The interface and plain mode both say it so.
pub fn choose_count(lang: &str, min: Option<u32>, max: Option<u32>) -> Option<String> {
    Some(match (min.filter(|&m| m > 0), max) {
        (Some(a), Some(b)) if a == b => t_args(lang, "choose-exactly", &[("n", a.into())]),
        (Some(a), Some(b)) => t_args(
            lang,
            "choose-range",
            &[("min", a.into()), ("max", b.into())],
        ),
        (Some(a), None) => t_args(lang, "choose-at-least", &[("min", a.into())]),
        (None, Some(b)) => t_args(lang, "choose-up-to", &[("max", b.into())]),
        (None, None) => return None,
    })
}

/// The text of message `id` in `lang`.
///
/// A message without values reads the same until a questionnaire brings other words, and
/// the same ones are drawn on every frame (key letters, footer hints, headings): each is
/// formatted once per language and kept ([`PLAIN`]).
pub fn t(lang: &str, id: &str) -> String {
    let mut plain = PLAIN.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(text) = plain.get(lang).and_then(|texts| texts.get(id)) {
        return text.clone();
    }
    let text = t_args(lang, id, &[]);
    plain
        .entry(lang.to_owned())
        .or_default()
        .insert(id.to_owned(), text.clone());
    text
}

/// Language -> message id -> text, for the messages [`t`] formatted; emptied when a
/// questionnaire's words change what they read.
static PLAIN: Mutex<BTreeMap<String, foldhash::HashMap<String, String>>> =
    Mutex::new(BTreeMap::new());

/// The text of message `id` in `lang` with `args` filled in (numbers choose plural forms).
/// An id no catalogue has reads as the id itself, which the tests rule out for the ids used.
pub fn t_args(lang: &str, id: &str, args: &Args<'_>) -> String {
    lookup(lang, id, args).unwrap_or_else(|| id.to_owned())
}

/// A message for a questionnaire's author (a diagnostic of the loader, the linter, the
/// expression checker, the answers-file reader or the test runner, ids `diag-…`), in the
/// process's interface language ([`crate::lang::process`]).
///
/// Diagnostics are formatted here, when they are made, rather than carried as ids to the
/// place that prints them: their text is sorted, deduplicated, compared in tests and joined
/// into other messages (an expression's error into the loader's, a loader's into the test
/// runner's), and one process prints them in one language, so the one `String` a diagnostic
/// carries keeps a single way of doing all of that. The binary fixes the language first
/// thing; a library user or an in-process test reads English. build.rs compiles the loader
/// with a stand-in of this function that reads `i18n/en.ftl`.
pub fn diag(id: &str, args: &Args<'_>) -> String {
    t_args(crate::lang::process(), id, args)
}

/// The text of message `id` in `lang` with `args`, or `None` when no catalogue has `id`.
pub fn lookup(lang: &str, id: &str, args: &Args<'_>) -> Option<String> {
    let args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        a
    });
    let mut errors = Vec::new();
    let text = questionnaire_words(lang)
        .and_then(|own| format(&own, id, args.as_ref(), &mut errors))
        .or_else(|| builtin(crate::lang::words(lang)).format(id, args.as_ref(), &mut errors))
        .or_else(|| builtin("en").format(id, args.as_ref(), &mut errors));
    // A value the message uses and the caller did not give prints as `{$name}`: every test
    // that shows a message checks that its call site gives them all.
    debug_assert!(errors.is_empty(), "message `{id}`: {errors:?}");
    text
}

/// A list message (`answer-yes = y, yes, true`) as its items, trimmed.
pub fn list(lang: &str, id: &str) -> Vec<String> {
    t(lang, id)
        .split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A number as a message value, rounded to two decimals as the program shows numbers
/// (so `2.5` reads "2.5", `3.0` "3") and chooses the plural form that reading takes.
pub fn num(n: f64) -> Value<'static> {
    num_to(n, 2)
}

/// [`num`] with at least `places` decimals (at most 10).
pub fn num_to(n: f64, places: usize) -> Value<'static> {
    // `places` decimals, or as many as it takes not to show a number that is not 0 as 0
    // (a margin of 0.005 points is no tie).
    let mut scale = 10f64.powi(i32::try_from(places.min(10)).unwrap_or(2));
    let mut rounded = (n * scale).round() / scale + 0.0;
    while rounded == 0.0 && n != 0.0 && scale < 1e10 {
        scale *= 10.0;
        rounded = (n * scale).round() / scale + 0.0;
    }
    Value::from(if rounded.is_finite() { rounded } else { n })
}

fn format(
    bundle: &Bundle,
    id: &str,
    args: Option<&FluentArgs<'_>>,
    errors: &mut Vec<FluentError>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    Some(bundle.format_pattern(pattern, args, errors).into_owned())
}

/// The program's own catalogue for `code` (`en` or `es`).
fn builtin(code: &str) -> &'static Catalogue {
    static EN_WORDS: OnceLock<Catalogue> = OnceLock::new();
    static ES_WORDS: OnceLock<Catalogue> = OnceLock::new();
    match code {
        "es" => ES_WORDS.get_or_init(|| Catalogue::new("es", ES, found::ES)),
        _ => EN_WORDS.get_or_init(|| Catalogue::new("en", EN, found::EN)),
    }
}

/// One language's words: its Fluent text, where each message is in it, and the messages
/// parsed so far. A message is parsed the first time it is asked for: parsing the whole
/// file cost every start about 0.2 ms and 0.4 MB for the dozen words a first screen shows.
struct Catalogue {
    ftl: &'static str,
    /// Where each message is in `ftl`, sorted by id.
    entries: &'static [index::Entry],
    bundle: Mutex<Bundle>,
}

impl Catalogue {
    fn new(lang: &str, ftl: &'static str, entries: &'static [index::Entry]) -> Catalogue {
        Catalogue {
            ftl,
            entries,
            bundle: Mutex::new(bundle(lang, "")),
        }
    }

    fn format(
        &self,
        id: &str,
        args: Option<&FluentArgs<'_>>,
        errors: &mut Vec<FluentError>,
    ) -> Option<String> {
        if args.is_none()
            && let Some(text) = self.literal(id)
        {
            return Some(text.to_owned());
        }
        let mut bundle = self.bundle.lock().unwrap_or_else(PoisonError::into_inner);
        if !bundle.has_message(id) {
            let entry = index::find(self.ftl, self.entries, id)?;
            let resource = match FluentResource::try_new(self.ftl[entry].to_owned()) {
                Ok(r) => r,
                // The tests parse the program's files whole; what did parse is still used.
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
        format(&bundle, id, args, errors)
    }

    /// The value of message `id` when its entry is one line, `id = text`, with no
    /// placeable: Fluent reads it as the text without the spaces around it, so it needs no
    /// parse. Most words a screen shows are such, and a start then runs no Fluent parser
    /// before its first frame (whose scan first asks the CPU for its features, about 45 µs
    /// in a virtual machine). The tests compare every message of both files with Fluent's
    /// reading of the whole file.
    fn literal(&self, id: &str) -> Option<&'static str> {
        let ftl: &'static str = self.ftl;
        let entry = ftl.get(index::find(ftl, self.entries, id)?)?.trim_end();
        let (head, value) = entry.split_once('=')?;
        let value = value.trim_matches(' ');
        let plain = !value.is_empty() && !value.contains(['\n', '{', '}']);
        (head.trim_end() == id && plain).then_some(value)
    }
}

/// Where each message of the program's files is, found by build.rs with [`index::entries`].
mod found {
    use super::index::Entry;
    include!(concat!(env!("OUT_DIR"), "/words_index.rs"));
}

fn bundle(lang: &str, ftl: &str) -> Bundle {
    // An unknown tag still gets a bundle; its plurals then follow the root rules.
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = Bundle::new_concurrent(vec![id]);
    // Fluent wraps each value in Unicode isolation marks (U+2068, U+2069) for mixed
    // directions; terminals draw them as junk, and no language here needs them.
    b.set_use_isolating(false);
    let resource = match FluentResource::try_new(ftl.to_owned()) {
        Ok(r) => r,
        // A text that does not parse was refused at load (a questionnaire's words).
        Err((r, _)) => r,
    };
    let _ = b.add_resource(resource);
    b
}

/// What the first word a run prints costs: a fresh catalogue of `code` (not the cached
/// one) parsing and formatting one message. For the benches.
#[doc(hidden)]
pub fn first_lookup_cost(code: &str) -> String {
    let c = match code {
        "es" => Catalogue::new(code, ES, found::ES),
        _ => Catalogue::new(code, EN, found::EN),
    };
    c.format("question-of", None, &mut Vec::new())
        .unwrap_or_default()
}

/// The words the current questionnaire brings, per language.
static QUESTIONNAIRE: RwLock<Vec<(String, Arc<Bundle>)>> = RwLock::new(Vec::new());

/// Makes `words` (language -> message id -> text, as a questionnaire gives them, checked
/// at load) the ones lookups try first. Replaces what an earlier questionnaire brought.
///
/// Global because every word is looked up by language alone, all over the program, and one
/// run shows one questionnaire at a time (a reload in the TUI calls this again).
pub fn use_questionnaire_words<'a, L, W>(words: L)
where
    L: IntoIterator<Item = (&'a String, W)>,
    W: IntoIterator<Item = (&'a String, &'a String)>,
{
    let bundles = words
        .into_iter()
        .map(|(lang, texts)| {
            let ftl: String = texts
                .into_iter()
                .map(|(id, text)| ids::entry_source(id, text))
                .collect();
            (lang.clone(), Arc::new(bundle(lang, &ftl)))
        })
        .collect();
    match QUESTIONNAIRE.write() {
        Ok(mut w) => *w = bundles,
        Err(poisoned) => *poisoned.into_inner() = bundles,
    }
    PLAIN.lock().unwrap_or_else(PoisonError::into_inner).clear();
}

fn questionnaire_words(lang: &str) -> Option<Arc<Bundle>> {
    let own = QUESTIONNAIRE.read().unwrap_or_else(|p| p.into_inner());
    own.iter()
        .find(|(l, _)| l.eq_ignore_ascii_case(lang))
        .or_else(|| own.iter().find(|(l, _)| crate::lang::names(lang, l)))
        .map(|(_, b)| Arc::clone(b))
}

/// `Display` for a type with `message(&self, lang) -> String`: its English wording, as logs
/// and error chains want it.
macro_rules! english_display {
    ($t:ty) => {
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.message("en"))
            }
        }
    };
}
pub(crate) use english_display;

#[cfg(test)]
mod tests {
    use super::*;

    /// A kept word gives way to the one a questionnaire brings, and comes back after.
    #[test]
    fn kept_words_follow_the_questionnaires_words() {
        let (lang, id) = ("zz".to_owned(), "key-yes".to_owned());
        assert_eq!(t("zz", "key-yes"), "y");
        let brought = BTreeMap::from([(id, "j".to_owned())]);
        use_questionnaire_words([(&lang, &brought)]);
        assert_eq!(t("zz", "key-yes"), "j");
        use_questionnaire_words(std::iter::empty::<(&String, &BTreeMap<String, String>)>());
        assert_eq!(t("zz", "key-yes"), "y");
    }

    /// Every message read alone from its entry reads as it does from the whole file.
    #[test]
    fn each_message_parsed_alone_reads_as_in_the_whole_file() {
        for (lang, ftl) in [("en", EN), ("es", ES)] {
            let whole = bundle(lang, ftl);
            let lazy = builtin(lang);
            // What build.rs found is what the files hold now.
            assert_eq!(lazy.entries, index::entries(ftl).as_slice(), "{lang}");
            let ids = message_ids(ftl).unwrap();
            assert_eq!(lazy.entries.len(), ids.len(), "{lang}");
            // Most are read without a parse; each of those is compared below too.
            let literal = ids.iter().filter(|id| lazy.literal(id).is_some()).count();
            assert!(
                literal * 2 > ids.len(),
                "{lang}: {literal} of {}",
                ids.len()
            );
            let mut args = FluentArgs::new();
            for (name, value) in [("n", Value::from(2)), ("answer", Value::from("x"))] {
                args.set(name, value);
            }
            for id in &ids {
                for a in [None, Some(&args)] {
                    // Every message with the same arguments, given or not: errors alike.
                    let (mut e1, mut e2) = (Vec::new(), Vec::new());
                    let (one, all) = (lazy.format(id, a, &mut e1), format(&whole, id, a, &mut e2));
                    assert_eq!(one, all, "{lang} {id}");
                    assert_eq!(e1.len(), e2.len(), "{lang} {id}");
                }
            }
        }
    }

    #[test]
    fn english_and_spanish_and_fallback() {
        for (lang, id, want) in [
            ("en", "f-quit", "quit"),
            ("es", "f-quit", "salir"),
            ("es_ES.UTF-8", "why", "Por qué"),
            ("fr", "why", "Why"),
            ("en", "no-such-id", "no-such-id"),
        ] {
            assert_eq!(t(lang, id), want, "{lang} {id}");
        }
    }

    #[test]
    fn numbers_read_as_the_program_shows_them() {
        for (n, want) in [
            (2.5, "2.5 hours"),
            (3.0, "3 hours"),
            (1.0, "1 hour"),
            (0.333, "0.33 hours"),
        ] {
            assert_eq!(t_args("en", "hours", &[("n", num(n))]), want);
        }
    }
}
