//! Language keys are tags, case-insensitive: one written `ES` is the language `es`, counted
//! once, and does not take a Spanish run's other texts to English.

use std::path::Path;

use careerpath::questionnaire::{QuestionKind, Text, load_file, load_str, pick_lang};

const CASE: &str = "tests/fixtures/valid/lang-case.yaml";

#[test]
fn a_key_in_another_case_is_the_same_language() {
    let q = load_file(Path::new(CASE)).expect("loads");
    assert_eq!(q.languages, ["en", "es"]);
    let lang = pick_lang(Some("es"), None, &q.languages, &q.default_lang);
    assert_eq!(lang, "es");
    let QuestionKind::Scale { labels, .. } = &q.questions[0].kind else {
        panic!("q1 is a scale")
    };
    let labels: Vec<&str> = labels.iter().map(|l| l.get(&lang, "en")).collect();
    assert_eq!(labels[3], "Casi todos los días");
    assert_eq!(labels[0], "Ningún día");
    assert_eq!(q.title.get(&lang, "en"), "Cuestionario GAD-7 de ansiedad");
}

#[test]
fn evaluate_in_spanish_shows_every_text_in_spanish() {
    let out = crate::careerpath()
        .args(["evaluate", "--questions", CASE, "--lang", "es", "--answers"])
        .arg("tests/fixtures/valid/lang-case.answers.yaml")
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    for spanish in ["Gravedad de la ansiedad", "Ansiedad grave", "→ 3 (Casi"] {
        assert!(stdout.contains(spanish), "no {spanish:?} in\n{stdout}");
    }
    for english in ["Anxiety severity", "Severe anxiety", "Nearly"] {
        assert!(!stdout.contains(english), "{english:?} in\n{stdout}");
    }
    let klingon = crate::careerpath()
        .args([
            "evaluate",
            "--questions",
            CASE,
            "--lang",
            "klingon",
            "--answers",
        ])
        .arg("tests/fixtures/valid/lang-case.answers.yaml")
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&klingon.stderr);
    assert!(stderr.contains("(available: en, es)"), "{stderr}");
}

#[test]
fn keys_are_kept_in_canonical_form() {
    let yaml = |keys: &str| {
        format!(
            "id: t\nversion: 1\ntitle: {keys}\ndimensions: {{a: {{label: A}}}}\n\
             sections: [{{id: s, title: S, questions: [{{id: q, type: confirm, prompt: P, \
             score_if: [{{when: q, score: {{a: 1}}}}]}}]}}]\n\
             decision: {{policy: first, rules: [{{id: d, default: true, outcome: o, because: B}}]}}\n\
             outcomes: {{o: {{title: O, summary: S}}}}\n"
        )
    };
    #[rustfmt::skip]
    let cases: &[(&str, &[&str])] = &[
        ("{EN: Hi, Es: Hola}", &["en", "es"]),
        ("{en: Hi, pt-br: Oi}", &["en", "pt-BR"]),
        ("{en: Hi, ZH-HANT-TW: 嗨}", &["en", "zh-Hant-TW"]),
    ];
    for (keys, want) in cases {
        let q = load_str("t.yaml", &yaml(keys)).unwrap_or_else(|e| panic!("{keys}: {e}"));
        assert_eq!(q.languages, *want, "{keys}");
        let Text::ByLang(map) = &q.title else {
            panic!("{keys}: a map")
        };
        assert_eq!(map.keys().collect::<Vec<_>>(), *want, "{keys}");
    }
}

#[test]
fn a_regional_reader_falls_back_to_the_language() {
    let t: Text = serde_json::from_str(r#"{"en":"Hi","es":"Hola","es-MX":"Qué onda"}"#).unwrap();
    for (lang, want) in [
        ("es-MX", "Qué onda"),
        ("es-AR", "Hola"),
        ("es", "Hola"),
        ("fr", "Hi"),
    ] {
        assert_eq!(t.get(lang, "en"), want, "{lang}");
    }
}
