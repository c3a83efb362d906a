//! The one language resolver: which language to show a questionnaire in (from `--lang`,
//! the locale and what the questionnaire has), the locale from the environment, and which
//! of the program's own word catalogues (English, Spanish) a language reads from.

/// The languages the program's own words (headings, messages, statuses) are written in;
/// any other language reads them in English.
pub const WORD_LANGS: &[&str] = &["en", "es"];

/// The locale from the environment, in the order POSIX gives them precedence
/// (`LC_ALL`, `LC_MESSAGES`, `LANGUAGE`, `LANG`); empty values are skipped.
pub fn env_locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
}

/// The base language of a tag or locale, lower-cased: `es_ES.UTF-8` and `ES-mx` give `es`.
pub fn base(lang: &str) -> String {
    let end = lang.find(['_', '-', '.', '@', ':']).unwrap_or(lang.len());
    lang[..end].to_ascii_lowercase()
}

/// The program's own catalogue for `lang` (`i18n/<code>.ftl`, read by [`crate::words`]):
/// one of [`WORD_LANGS`], English when it has none.
pub fn words(lang: &str) -> &'static str {
    let b = base(lang);
    WORD_LANGS
        .iter()
        .find(|w| **w == b)
        .copied()
        .unwrap_or("en")
}

/// The program's own catalogue for this process's interface: [`words`] of `flag` (a
/// command's `--lang`) when that is one of [`WORD_LANGS`], else of the locale `env`, else
/// English. What a program message that comes before any questionnaire, or about one that
/// did not load (a diagnostic), is written in.
pub fn interface(flag: Option<&str>, env: Option<&str>) -> &'static str {
    let has_words = |l: &&str| WORD_LANGS.contains(&base(l).as_str());
    flag.filter(has_words).or(env).map_or("en", words)
}

/// The interface language the binary chose ([`set_process`]); English in a library user
/// or a test that did not choose one, so in-process tests read English whatever the locale.
static PROCESS: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// Fixes this process's interface language ([`interface`]); the first call wins.
pub fn set_process(code: &'static str) {
    let _ = PROCESS.set(code);
}

/// This process's interface language: what [`set_process`] fixed, else English.
pub fn process() -> &'static str {
    PROCESS.get().copied().unwrap_or("en")
}

/// True when `asked` (a `--lang` value) names `picked` or a regional form of it.
pub fn names(asked: &str, picked: &str) -> bool {
    asked.eq_ignore_ascii_case(picked) || base(asked) == base(picked)
}

/// Picks the language to use: the `--lang` flag if the questionnaire has it, else
/// the locale from the environment (`LANG`-style, `es_ES.UTF-8`, or a
/// `LANGUAGE`-style list `es:en`), else `default`.
///
/// Matching ignores case and treats `_` and `-` alike, and a regional tag
/// falls back to its base language (`es-MX` picks `es`). A flag naming a
/// language the questionnaire lacks falls through to the environment rather
/// than failing: the caller may warn, but the questionnaire still runs.
/// `C` and `POSIX` locales say nothing about language and are skipped.
pub fn pick_lang(
    flag: Option<&str>,
    env_lang: Option<&str>,
    available: &[String],
    default: &str,
) -> String {
    if let Some(found) = flag.and_then(|f| match_one(f, available)) {
        return found;
    }
    if let Some(env) = env_lang {
        // `LANGUAGE` holds a preference list; `LANG` a single locale. Both fit this split.
        for candidate in env.split(':') {
            if let Some(found) = match_one(candidate, available) {
                return found;
            }
        }
    }
    default.to_owned()
}

/// The available language `wanted` names, exactly or by its base language.
fn match_one(wanted: &str, available: &[String]) -> Option<String> {
    let tag = normalize(wanted)?;
    let base = tag.split('-').next().unwrap_or(&tag);
    let exact = available
        .iter()
        .find(|a| normalize(a).as_deref() == Some(tag.as_str()));
    let by_base = || {
        available
            .iter()
            .find(|a| normalize(a).as_deref() == Some(base))
    };
    exact.or_else(by_base).cloned()
}

/// `es_ES.UTF-8@euro` -> `es-es`; `None` for empty, `C` and `POSIX`.
fn normalize(raw: &str) -> Option<String> {
    let without_modifier = raw.split('@').next().unwrap_or("");
    let without_encoding = without_modifier.split('.').next().unwrap_or("").trim();
    if without_encoding.is_empty()
        || without_encoding.eq_ignore_ascii_case("c")
        || without_encoding.eq_ignore_ascii_case("posix")
    {
        return None;
    }
    Some(without_encoding.replace('_', "-").to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::{interface, pick_lang, words};

    #[test]
    fn word_tables() {
        for (lang, want) in [
            ("es", "es"),
            ("ES", "es"),
            ("es_ES.UTF-8", "es"),
            ("es-MX", "es"),
            ("en_GB", "en"),
            ("fr", "en"),
            ("", "en"),
            ("estonian", "en"),
        ] {
            assert_eq!(words(lang), want, "{lang}");
        }
        assert!(words("es_AR.UTF-8") == "es" && words("et") == "en");
    }

    #[test]
    fn interface_is_the_flag_then_the_locale() {
        for (flag, env, want) in [
            (Some("es"), Some("en_US.UTF-8"), "es"),
            (Some("en"), Some("es_ES.UTF-8"), "en"),
            (Some("fr"), Some("es_ES.UTF-8"), "es"),
            (Some("fr"), None, "en"),
            (None, Some("es_ES.UTF-8"), "es"),
            (None, Some("C"), "en"),
            (None, None, "en"),
        ] {
            assert_eq!(interface(flag, env), want, "{flag:?} {env:?}");
        }
    }

    /// (flag, environment, available, default, expected)
    type Case<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        &'a [String],
        &'a str,
        &'a str,
    );

    #[test]
    fn picks_flag_then_environment_then_default() {
        let en_es = vec!["en".to_owned(), "es".to_owned()];
        let with_region = vec!["en".to_owned(), "pt-BR".to_owned(), "pt".to_owned()];
        #[rustfmt::skip]
        let cases: &[Case] = &[
            // flag wins over the environment
            (Some("es"), Some("en_US.UTF-8"), &en_es, "en", "es"),
            (Some("ES"), None, &en_es, "en", "es"),
            (Some("es-MX"), None, &en_es, "en", "es"),
            (Some("es_AR.UTF-8"), None, &en_es, "en", "es"),
            // a flag the questionnaire lacks falls through to the environment, then the default
            (Some("fr"), Some("es_ES.UTF-8"), &en_es, "en", "es"),
            (Some("fr"), None, &en_es, "en", "en"),
            (Some(""), Some("es"), &en_es, "en", "es"),
            // the environment alone
            (None, Some("es_ES.UTF-8"), &en_es, "en", "es"),
            (None, Some("es_ES.ISO-8859-15@euro"), &en_es, "en", "es"),
            (None, Some("de_DE.UTF-8"), &en_es, "en", "en"),
            (None, Some("C"), &en_es, "en", "en"),
            (None, Some("C.UTF-8"), &en_es, "en", "en"),
            (None, Some("POSIX"), &en_es, "en", "en"),
            (None, Some(""), &en_es, "en", "en"),
            // a LANGUAGE-style preference list: the first available one
            (None, Some("fr:es:en"), &en_es, "en", "es"),
            (None, Some("::"), &en_es, "en", "en"),
            // nothing at all
            (None, None, &en_es, "en", "en"),
            (None, None, &[], "en", "en"),
            (Some("es"), Some("es"), &[], "en", "en"),
            // an exact regional match beats the base language; spelling is kept as available
            (Some("pt_BR"), None, &with_region, "en", "pt-BR"),
            (Some("pt_PT"), None, &with_region, "en", "pt"),
            (None, Some("pt_br.utf8"), &with_region, "en", "pt-BR"),
        ];
        for (flag, env, available, default, expected) in cases {
            assert_eq!(
                pick_lang(*flag, *env, available, default),
                *expected,
                "flag {flag:?}, env {env:?}, available {available:?}"
            );
        }
    }
}
