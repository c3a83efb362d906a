//! The built-in questionnaire is complete in English and Spanish: every user-visible text in
//! the loaded model has both translations, and the language is picked the way the CLI does.

use careerpath::evaluate::evaluate;
use careerpath::questionnaire::{
    Answer, Answers, Outcome, QuestionKind, Questionnaire, Rule, Text, builtin, pick_lang,
};

const REQUIRED: &[&str] = &["en", "es"];

fn questionnaire() -> Questionnaire {
    match builtin() {
        Ok(q) => q,
        Err(e) => panic!("the built-in questionnaire does not load:\n{e}"),
    }
}

/// Collects every user-visible text of a questionnaire with a readable path to it.
#[derive(Default)]
struct Texts<'a> {
    found: Vec<(String, &'a Text)>,
}

impl<'a> Texts<'a> {
    fn add(&mut self, path: impl Into<String>, text: &'a Text) {
        self.found.push((path.into(), text));
    }

    fn add_opt(&mut self, path: impl Into<String>, text: Option<&'a Text>) {
        if let Some(text) = text {
            self.add(path, text);
        }
    }

    fn questionnaire(&mut self, q: &'a Questionnaire) {
        self.add("title", &q.title);
        self.add_opt("description", q.description.as_ref());
        for d in &q.dimensions {
            self.add(format!("dimensions.{}.label", d.id), &d.label);
        }
        for s in &q.sections {
            self.add(format!("sections.{}.title", s.id), &s.title);
        }
        for question in &q.questions {
            let at = format!("questions.{}", question.id);
            self.add(format!("{at}.prompt"), &question.prompt);
            self.add_opt(format!("{at}.help"), question.help.as_ref());
            if let Some(c) = &question.constraint {
                self.add(format!("{at}.constraint.message"), &c.message);
            }
            match &question.kind {
                QuestionKind::Scale {
                    min_label,
                    max_label,
                    ..
                } => {
                    self.add_opt(format!("{at}.min_label"), min_label.as_ref());
                    self.add_opt(format!("{at}.max_label"), max_label.as_ref());
                }
                QuestionKind::Number { unit, unit_one, .. } => {
                    self.add_opt(format!("{at}.unit"), unit.as_ref());
                    self.add_opt(format!("{at}.unit_one"), unit_one.as_deref());
                }
                _ => {}
            }
            for choice in question.kind.choices() {
                let at = format!("{at}.choices.{}", choice.value);
                self.add(format!("{at}.label"), &choice.label);
                self.add_opt(format!("{at}.help"), choice.help.as_ref());
            }
        }
        for rule in q.decision.rules.iter().chain([&q.decision.default]) {
            self.rule(rule);
        }
        for note in &q.decision.notes {
            self.add(format!("decision.notes.{}.text", note.id), &note.text.text);
        }
        for outcome in &q.outcomes {
            self.outcome(outcome);
        }
    }

    fn rule(&mut self, rule: &'a Rule) {
        self.add(
            format!("decision.rules.{}.because", rule.id),
            &rule.because.text,
        );
    }

    fn outcome(&mut self, o: &'a Outcome) {
        let at = format!("outcomes.{}", o.id);
        self.add(format!("{at}.title"), &o.title);
        self.add(format!("{at}.summary"), &o.summary);
        self.add_opt(format!("{at}.leads_to"), o.leads_to.as_ref());
        for (i, step) in o.roadmap.iter().enumerate() {
            let at = format!("{at}.roadmap[{i}]");
            self.add(format!("{at}.step"), &step.step);
            for (j, item) in step.items.iter().enumerate() {
                self.add(format!("{at}.items[{j}]"), item);
            }
            for (j, resource) in step.resources.iter().enumerate() {
                self.add(format!("{at}.resources[{j}].title"), &resource.title);
            }
        }
        for (j, source) in o.sources.iter().enumerate() {
            self.add(format!("{at}.sources[{j}].title"), &source.title);
        }
    }
}

/// What is wrong with a text's translations, if anything.
fn missing(text: &Text) -> Option<String> {
    match text {
        Text::Plain(_) => Some(format!(
            "a plain string; expected {}",
            REQUIRED.join(" and ")
        )),
        Text::ByLang(map) => {
            let absent: Vec<&str> = REQUIRED
                .iter()
                .copied()
                .filter(|lang| map.get(lang).is_none_or(|s| s.trim().is_empty()))
                .collect();
            (!absent.is_empty()).then(|| format!("no {}", absent.join(", no ")))
        }
    }
}

#[test]
fn every_text_has_english_and_spanish() {
    let q = questionnaire();
    let mut texts = Texts::default();
    texts.questionnaire(&q);
    // The walk itself must see the whole file, or a passing test means nothing.
    assert!(
        texts.found.len() > 200,
        "only {} texts collected",
        texts.found.len()
    );
    let problems: Vec<String> = texts
        .found
        .iter()
        .filter_map(|(path, text)| missing(text).map(|why| format!("{path}: {why}")))
        .collect();
    assert!(
        problems.is_empty(),
        "texts missing a translation:\n{}",
        problems.join("\n")
    );
}

/// Sentences must be translated, not copied: only names (libraries, languages, industries)
/// may read the same in both languages.
#[test]
fn spanish_sentences_are_not_copies_of_the_english() {
    let q = questionnaire();
    let mut texts = Texts::default();
    texts.questionnaire(&q);
    let copies: Vec<String> = texts
        .found
        .iter()
        .filter_map(|(path, text)| match text {
            Text::ByLang(map) => {
                let (en, es) = (map.get("en")?, map.get("es")?);
                (en == es && en.split_whitespace().count() > 3).then(|| format!("{path}: {en:?}"))
            }
            Text::Plain(_) => None,
        })
        .collect();
    assert!(
        copies.is_empty(),
        "untranslated sentences:\n{}",
        copies.join("\n")
    );
}

#[test]
fn the_questionnaire_declares_both_languages() {
    let q = questionnaire();
    for lang in REQUIRED {
        assert!(
            q.languages.iter().any(|l| l == lang),
            "{lang} missing from {:?}",
            q.languages
        );
    }
    assert_eq!(q.default_lang, "en");
}

/// `--lang es` and `LANG=es_ES.UTF-8` both select Spanish for the built-in questionnaire,
/// and the result is then rendered in Spanish.
#[test]
fn spanish_is_selected_by_flag_or_locale_and_used_in_results() {
    let q = questionnaire();
    let cases: &[(Option<&str>, Option<&str>, &str)] = &[
        (Some("es"), None, "es"),
        (None, Some("es_ES.UTF-8"), "es"),
        (None, Some("es_MX.UTF-8"), "es"),
        (Some("en"), Some("es_ES.UTF-8"), "en"),
        (None, Some("C.UTF-8"), "en"),
        (None, Some("fr_FR.UTF-8"), "en"),
        (None, None, "en"),
    ];
    for (flag, env, expected) in cases {
        assert_eq!(
            pick_lang(*flag, *env, &q.languages, &q.default_lang),
            *expected,
            "flag {flag:?}, LANG {env:?}"
        );
    }

    let answers: Answers = [
        ("role", Answer::Text("backend_systems".into())),
        ("domains", Answer::List(vec!["distributed".into()])),
        ("systems_ai", Answer::Bool(false)),
        (
            "values",
            Answer::List(
                ["performance", "safety", "ship_fast", "libraries"]
                    .map(String::from)
                    .to_vec(),
            ),
        ),
        ("industry", Answer::Text("other".into())),
        ("known", Answer::List(vec!["gc_lang".into()])),
        ("low_level", Answer::Number(3.0)),
        ("hours", Answer::Number(5.0)),
        ("want_both", Answer::Bool(false)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let es = evaluate(&q, &answers, "es");
    let reason = es.fired.first().map(|f| f.reason.as_str()).unwrap_or("");
    assert!(reason.starts_with("Elegiste «"), "not Spanish: {reason:?}");
    assert!(
        reason.contains("Ingeniero/a de sistemas"),
        "choice label not Spanish: {reason:?}"
    );
}
