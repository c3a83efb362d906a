//! Language tags as a questionnaire writes them (text keys, `default_lang`, `words:`):
//! checked against ISO 639 and put in BCP 47's canonical case, so `ES` and `es` are one
//! language.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The ISO 639 codes a language subtag may be (see the file's head).
const ISO639: &str = include_str!("iso639.txt");

struct Codes {
    /// Two-letter codes, and three-letter codes that have no two-letter one.
    known: HashSet<&'static str>,
    /// A three-letter code that BCP 47 writes with two letters (`spa`) -> those (`es`).
    two_for: HashMap<&'static str, &'static str>,
}

fn codes() -> &'static Codes {
    static CODES: OnceLock<Codes> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut codes = Codes {
            known: HashSet::new(),
            two_for: HashMap::new(),
        };
        let words = ISO639.lines().filter(|l| !l.starts_with('#'));
        for token in words.flat_map(str::split_whitespace) {
            let mut parts = token.split('=');
            let code = parts.next().unwrap_or_default();
            codes.known.insert(code);
            for long in parts {
                codes.two_for.insert(long, code);
            }
        }
        codes
    })
}

/// The canonical form of a language tag (`ES` -> `es`, `pt-br` -> `pt-BR`, `zh-hant-tw`
/// -> `zh-Hant-TW`): lower-case language, title-case script, upper-case region, as BCP 47
/// recommends. `Err` for a key that is not a language tag, with the tag it may stand for
/// when there is an obvious one (`pt_BR` -> `pt-BR`, `spa` -> `es`).
pub fn canonical(key: &str) -> Result<String, Option<String>> {
    if key.contains('_') {
        return Err(canonical(&key.replace('_', "-")).ok());
    }
    let Ok(id) = key.parse::<unic_langid::LanguageIdentifier>() else {
        return Err(None);
    };
    let tag = id.to_string();
    let (language, rest) = tag.split_at(tag.find('-').unwrap_or(tag.len()));
    let codes = codes();
    if let Some(two) = codes.two_for.get(language) {
        return Err(Some(format!("{two}{rest}")));
    }
    if !codes.known.contains(language) {
        return Err(None);
    }
    Ok(tag)
}

/// The language a regional or scripted tag falls back to (`es-MX` -> `es`); `None` for a
/// bare language.
pub fn parent(tag: &str) -> Option<&str> {
    tag.rsplit_once('-').map(|(base, _)| base)
}

#[cfg(test)]
mod tests {
    use super::{canonical, parent};

    #[test]
    fn canonical_case_and_what_is_not_a_language() {
        #[rustfmt::skip]
        let cases: &[(&str, Result<&str, Option<&str>>)] = &[
            ("es", Ok("es")),
            ("ES", Ok("es")),
            ("En", Ok("en")),
            ("pt-BR", Ok("pt-BR")),
            ("pt-br", Ok("pt-BR")),
            ("PT-BR", Ok("pt-BR")),
            ("zh-hant-tw", Ok("zh-Hant-TW")),
            ("es-419", Ok("es-419")),
            ("yue", Ok("yue")),
            ("fil", Ok("fil")),
            // written with `_`, as a locale is: the tag it stands for
            ("pt_BR", Err(Some("pt-BR"))),
            ("es_es", Err(Some("es-ES"))),
            // a three-letter code of a language that has two letters
            ("spa", Err(Some("es"))),
            ("ENG", Err(Some("en"))),
            ("ger", Err(Some("de"))),
            ("spa-MX", Err(Some("es-MX"))),
            // not a language at all
            ("esp", Err(None)),
            ("xx", Err(None)),
            ("und", Err(None)),
            ("", Err(None)),
            ("english", Err(None)),
            ("e s", Err(None)),
            ("es-", Err(None)),
            ("es-MX-", Err(None)),
        ];
        for (key, want) in cases {
            let want = want.map(str::to_owned).map_err(|s| s.map(str::to_owned));
            assert_eq!(canonical(key), want, "{key:?}");
        }
    }

    #[test]
    fn parents() {
        assert_eq!(parent("es-MX"), Some("es"));
        assert_eq!(parent("zh-Hant-TW"), Some("zh-Hant"));
        assert_eq!(parent("es"), None);
    }
}
