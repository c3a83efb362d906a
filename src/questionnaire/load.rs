//! Loading: YAML text -> raw serde types -> a validated [`Questionnaire`],
//! collecting every error with its position; and answers files.

mod answers;
mod context;
mod decision;
mod derived;
mod kind;
mod langs;
mod limit;
mod question;
mod sections;
mod sizing;
mod top;
mod words;

use foldhash::{HashMap, HashSet};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::expr::Scope;
use crate::{input, yaml};

use super::raw::{RawQuestionnaire, SeenText, opt_text, with_texts_seen};
use super::scope::{number, score_name};
use super::{Dimension, LoadError, Questionnaire, Text};
use context::Cx;

pub(crate) use answers::check_answers;
pub use answers::{load_answers, load_answers_str};

/// Loads and checks a questionnaire file.
pub fn load_file(path: &Path) -> Result<Questionnaire, LoadError> {
    let text = input::read_capped(path)?;
    load_str(&path.display().to_string(), &text)
}

/// Loads and checks questionnaire text; `name` is used in messages.
pub fn load_str(name: &str, text: &str) -> Result<Questionnaire, LoadError> {
    if text.len() as u64 > input::MAX_BYTES {
        return Err(input::too_large(name));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let hash = format!("{:x}", Sha256::digest(text.as_bytes()));
    let (raw, texts) = with_texts_seen(|| yaml::load(name, text, yaml::Repeats::Type));
    let raw: RawQuestionnaire = raw.map_err(|d| LoadError::Invalid(vec![*d]))?;
    let mut cx = Cx {
        name,
        lines: yaml::Lines::new(text),
        diags: Vec::new(),
        qinfo: Vec::new(),
        qindex: HashMap::default(),
        qscope: Scope::default(),
        failed: HashSet::default(),
        computed: HashSet::default(),
    };
    let q = cx.build(raw, hash, &texts);
    if cx.diags.is_empty() {
        Ok(q)
    } else {
        super::diagnostic::sort(&mut cx.diags);
        Err(LoadError::Invalid(cx.diags))
    }
}

impl Cx<'_> {
    fn build(
        &mut self,
        mut raw: RawQuestionnaire,
        hash: String,
        texts: &[SeenText],
    ) -> Questionnaire {
        let qid_ok = !raw.id.is_empty()
            && raw
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !qid_ok {
            self.error_at(
                raw.id.pos,
                "bad-id",
                diag!("diag-bad-id-questionnaire", id = raw.id.as_str()),
            )
            .help = Some(diag!("diag-bad-id-questionnaire-help"));
        }
        if raw.version.value == 0 {
            self.error_at(raw.version.pos, "bad-version", diag!("diag-bad-version"));
        }
        let (default_lang, missing_translations) = self.languages(texts, raw.default_lang.as_ref());

        let mut dimensions = Vec::new();
        for e in &raw.dimensions.0 {
            let (id, d) = (&e.key, &e.value);
            self.check_id(id, e.key_pos, true, "dimension");
            let code = d.code.as_ref().map_or_else(
                || {
                    id.chars()
                        .next()
                        .map(|c| c.to_uppercase().collect())
                        .unwrap_or_default()
                },
                |c| c.value.clone(),
            );
            dimensions.push(Dimension {
                id: id.clone(),
                label: d.label.text(),
                outcome: None,
                code,
                pos: e.key_pos,
            });
        }
        if dimensions.is_empty() {
            self.error_at(
                raw.dimensions.pos,
                "no-dimensions",
                diag!("diag-no-dimensions"),
            );
        }
        let dim_ids: Vec<String> = dimensions.iter().map(|d| d.id.clone()).collect();
        self.computed = dim_ids
            .iter()
            .map(|d| score_name(d))
            .chain(raw.derived.0.iter().map(|e| e.key.clone()))
            .collect();

        // The raw questions are the bulk of the raw tree: consumed as the questions are made,
        // and gone before the rules are built.
        let (sections, questions) = self.sections(&mut raw, &dim_ids);

        // Every question is in scope from here on, and `qscope` is not needed again.
        let mut scope = std::mem::take(&mut self.qscope);
        for d in &dim_ids {
            scope.vars.insert(score_name(d), number());
        }
        let derived = self.derived(&raw, &questions, &mut scope);
        let mut outcomes = self.outcomes(&raw);
        self.dimension_outcomes(&raw, &mut dimensions, &outcomes);
        let (plan, confidence) = self.sizing(&raw, &questions, &scope, &mut outcomes);
        let decision = self.decision(&mut raw, &scope, &dim_ids, &derived, &outcomes);
        let words = self.words(&raw);

        let mut q = Questionnaire {
            id: raw.id.value,
            version: raw.version.value,
            title: raw.title.text(),
            description: opt_text(&raw.description),
            default_lang,
            languages: Vec::new(),
            dimensions,
            sections,
            questions,
            derived,
            decision,
            outcomes,
            plan,
            confidence,
            hash,
            source: self.name.to_owned(),
            result_label: opt_text(&raw.result_label),
            sort_scores: raw.sort_scores,
            explain_changes: raw.explain.as_ref().is_none_or(|e| e.changes),
            score_ranges: Vec::new(),
            words,
            missing_translations,
        };
        q.languages = languages(&q);
        q.score_ranges = super::score_range(&q);
        q
    }
}

fn languages(q: &Questionnaire) -> Vec<String> {
    let mut langs: Vec<String> = Vec::new();
    let mut add = |t: &Text| {
        for l in t.languages() {
            if !langs.iter().any(|x| x == l) {
                langs.push(l.to_owned());
            }
        }
    };
    add(&q.title);
    q.description.iter().for_each(&mut add);
    q.result_label.iter().for_each(&mut add);
    q.derived
        .iter()
        .filter_map(|d| d.shown.as_ref())
        .for_each(|s| add(&s.label));
    if let Some(top) = &q.decision.top {
        add(&top.because.text);
    }
    q.dimensions.iter().for_each(|d| add(&d.label));
    q.sections.iter().for_each(|s| add(&s.title));
    for qu in &q.questions {
        add(&qu.prompt);
        qu.help.iter().for_each(&mut add);
        if let super::QuestionKind::Scale { labels, .. } = &qu.kind {
            labels.iter().for_each(&mut add);
        }
        for c in qu.kind.choices() {
            add(&c.label);
            c.help.iter().for_each(&mut add);
        }
        if let Some(c) = &qu.constraint {
            add(&c.message);
        }
    }
    for r in q
        .decision
        .rules
        .iter()
        .chain(std::iter::once(&q.decision.default))
    {
        add(&r.because.text);
    }
    q.decision.notes.iter().for_each(|n| add(&n.text.text));
    for o in &q.outcomes {
        add(&o.title);
        add(&o.summary);
        o.leads_to.iter().for_each(&mut add);
        for s in &o.roadmap {
            add(&s.step);
            s.items.iter().for_each(&mut add);
            s.resources.iter().for_each(|r| add(&r.title));
        }
        o.sources.iter().for_each(|s| add(&s.title));
    }
    if !langs.contains(&q.default_lang) {
        langs.insert(0, q.default_lang.clone());
    }
    langs.sort();
    langs
}
