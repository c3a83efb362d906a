//! `because` templates are parsed once, at load, into the model, and rendered from the
//! parsed parts in each language; a malformed one still fails the load at its position.

use careerpath::evaluate::evaluate;
use careerpath::questionnaire::{Answer, Answers, Questionnaire, load_str};

const YAML: &str = r#"
id: templates
version: 1
title: Templates
dimensions: {a: {label: A}}
sections:
  - id: s
    title: S
    questions:
      - id: role
        type: single
        prompt: Role?
        choices:
          - {value: ml, label: {en: ML engineer, es: ingeniera de ML}}
          - {value: sys, label: Systems}
decision:
  policy: first
  rules:
    - id: ml
      when: "role == 'ml'"
      outcome: o
      because: {en: "As a future {role.label} ({role}) {{sic}}", es: "Como futura {role.label}: {{ok}}"}
    - {id: d, default: true, outcome: o, because: "Plain {role}"}
outcomes:
  o: {title: O, summary: S}
"#;

fn load(yaml: &str) -> Questionnaire {
    load_str("templates.yaml", yaml).unwrap_or_else(|e| panic!("{e}"))
}

fn reason(q: &Questionnaire, role: &str, lang: &str) -> String {
    let answers: Answers = [("role".to_owned(), Answer::Text(role.into()))].into();
    let e = evaluate(q, &answers, lang);
    e.fired
        .first()
        .map(|f| f.reason.clone())
        .unwrap_or_default()
}

#[test]
fn each_language_renders_from_its_parts() {
    let q = load(YAML);
    for (role, lang, want) in [
        ("ml", "en", "As a future ML engineer (ml) {sic}"),
        ("ml", "es", "Como futura ingeniera de ML: {ok}"),
        ("ml", "fr", "As a future ML engineer (ml) {sic}"),
        ("sys", "es", "Plain sys"),
    ] {
        assert_eq!(reason(&q, role, lang), want, "{role} {lang}");
    }
}

/// The model carries the parsed parts (build.rs embeds it as JSON), and rendering reads
/// them: a model whose source text no longer matches still renders what was parsed.
#[test]
fn rendering_reads_the_parsed_model_not_the_text() {
    let q = load(YAML);
    let json = serde_json::to_string(&q).unwrap_or_else(|e| panic!("{e}"));
    assert!(json.contains("\"parts\""), "no parsed parts in the model");
    let edited = json.replace("As a future {role.label}", "As a {broken");
    assert_ne!(edited, json);
    let back: Questionnaire = serde_json::from_str(&edited).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        reason(&back, "ml", "en"),
        "As a future ML engineer (ml) {sic}"
    );
}

#[test]
fn a_malformed_template_fails_the_load_where_it_is() {
    let bad = YAML.replace("Como futura {role.label}", "Como futura {role.label");
    let err = match load_str("templates.yaml", &bad) {
        Ok(_) => panic!("a malformed template loaded"),
        Err(e) => e.to_string(),
    };
    let line = bad
        .lines()
        .position(|l| l.contains("Como futura"))
        .map_or(0, |i| i + 1);
    assert!(
        err.contains(&format!("templates.yaml:{line}:")) && err.contains("bad-template"),
        "{err}"
    );
    assert!(err.contains("is never closed"), "{err}");
    let unknown = YAML.replace("({role})", "({rloe})");
    let err = load_str("templates.yaml", &unknown)
        .err()
        .map(|e| e.to_string());
    assert!(
        err.as_deref().is_some_and(|e| e.contains("rloe")),
        "{err:?}"
    );
}

/// A scale with per-point `labels` has labels too: `{often.label}` is the point's label
/// ("Several days", as a PHQ-9 item reads), `{often}` the number.
#[test]
fn a_labelled_scale_shows_its_points_label() {
    let q = load(
        r#"
id: scale-labels
version: 1
title: Scale labels
dimensions: {a: {label: A}}
sections:
  - id: s
    title: S
    questions:
      - id: often
        type: scale
        prompt: How often?
        min: 0
        max: 3
        labels:
          - {en: Not at all, es: Nunca}
          - {en: Several days, es: Varios días}
          - More than half the days
          - Nearly every day
decision:
  policy: first
  rules:
    - {id: d, default: true, outcome: o, because: {en: "{often.label} ({often})", es: "{often.label} ({often})"}}
outcomes:
  o: {title: O, summary: S}
"#,
    );
    for (lang, want) in [("en", "Several days (1)"), ("es", "Varios días (1)")] {
        let answers: Answers = [("often".to_owned(), Answer::Number(1.0))].into();
        let e = evaluate(&q, &answers, lang);
        assert_eq!(e.fired[0].reason, want, "{lang}");
    }
}
