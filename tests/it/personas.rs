//! Invariants of the built-in questionnaire beyond its own test cases: the personas of
//! `questions/career.tests.yaml` (whose expectations `careerpath test` checks, see
//! `testing.rs`) as a sample of real answers, and thousands of sampled answer sets.

use std::collections::{BTreeMap, BTreeSet};

use careerpath::evaluate::{
    Clarity, Evaluation, confidence, evaluate, plan, render_template, what_would_change,
};
use careerpath::expr::{Env, Value};
use careerpath::questionnaire::{
    Answer, Answers, Condition, Question, QuestionKind, Questionnaire, builtin, lint,
};
use careerpath::report::{Format, Report, render};

const LANGS: &[&str] = &["en", "es"];

fn questionnaire() -> Questionnaire {
    match builtin() {
        Ok(q) => q,
        Err(e) => panic!("the built-in questionnaire does not load:\n{e}"),
    }
}

/// Every complete persona of the built-in tests with its answers (the cases that stop
/// early are not evaluated).
fn all_personas(q: &Questionnaire) -> Vec<(String, Answers)> {
    let suite = careerpath::testing::builtin()
        .and_then(|t| t.check(q))
        .unwrap_or_else(|e| panic!("the built-in tests do not load:\n{e}"));
    suite
        .cases
        .into_iter()
        .filter(|c| c.expect.incomplete != Some(true))
        .map(|c| (c.name, c.answers))
        .collect()
}

/// The persona whose case name starts with `who`.
fn persona(q: &Questionnaire, who: &str) -> Answers {
    all_personas(q)
        .into_iter()
        .find(|(name, _)| name.starts_with(who))
        .map(|(_, answers)| answers)
        .unwrap_or_else(|| panic!("no persona named {who}"))
}

/// The names a condition can read: visible answers, `score.<dim>` and derived values.
fn full_env(q: &Questionnaire, answers: &Answers, ev: &Evaluation) -> Env {
    let mut env = careerpath::flow::env(q, answers);
    for s in &ev.scores {
        env.values
            .insert(format!("score.{}", s.id), Value::Number(s.value));
    }
    for (name, value) in &ev.derived {
        env.values.insert(name.clone(), value.clone());
    }
    env
}

fn holds(c: &Condition, env: &Env) -> bool {
    match c {
        Condition::Expr(e) => e.eval(env).holds(),
        Condition::All(parts) => parts.iter().all(|p| holds(p, env)),
        Condition::Any(parts) => parts.iter().any(|p| holds(p, env)),
        Condition::Not(part) => !holds(part, env),
    }
}

/// The issue asked for at least 40 people; fewer would quietly shrink every check here.
#[test]
fn there_are_enough_personas() {
    let q = questionnaire();
    let n = all_personas(&q).len();
    assert!(n >= 40, "at least 40 personas, found {n}");
}

#[test]
fn the_builtin_questionnaire_lints_clean() {
    let q = questionnaire();
    let warnings = lint(&q);
    let shown: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert!(shown.is_empty(), "lint warnings:\n{}", shown.join("\n"));
}

#[test]
fn every_reason_and_note_renders_in_every_language() {
    let q = questionnaire();
    let mut bad = Vec::new();
    for (file, answers) in all_personas(&q) {
        let mut by_lang = BTreeMap::new();
        for lang in LANGS {
            let ev = evaluate(&q, &answers, lang);
            let texts: Vec<String> = ev
                .fired
                .iter()
                .map(|f| f.reason.clone())
                .chain(ev.notes.iter().cloned())
                .collect();
            if ev.fired.is_empty() {
                bad.push(format!("{file} [{lang}]: no reason given"));
            }
            for text in &texts {
                if text.trim().is_empty() || text.contains('{') || text.contains('}') {
                    bad.push(format!("{file} [{lang}]: badly rendered: {text:?}"));
                }
            }
            by_lang.insert(*lang, texts);
        }
        // The Spanish reasons must be Spanish, not the English fallback.
        for (en, es) in by_lang["en"].iter().zip(&by_lang["es"]) {
            if en == es {
                bad.push(format!(
                    "{file}: the reason is the same in en and es: {en:?}"
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Every `because` and note template, not only the ones that won: each renders for every
/// persona without a stray brace, and whenever its condition holds it names no unanswered
/// question (so a reason never reads "no answer").
#[test]
fn every_template_renders_for_every_persona() {
    let q = questionnaire();
    let mut bad = Vec::new();
    for (file, answers) in all_personas(&q) {
        let ev = evaluate(&q, &answers, "en");
        let env = full_env(&q, &answers, &ev);
        let rules = q.decision.rules.iter().chain([&q.decision.default]);
        let templates = rules
            .map(|r| {
                (
                    &r.id,
                    &r.because,
                    r.when.as_ref().is_none_or(|c| holds(c, &env)),
                )
            })
            .chain(
                q.decision
                    .notes
                    .iter()
                    .map(|n| (&n.id, &n.text, holds(&n.when, &env))),
            );
        for (id, text, applies) in templates {
            for lang in LANGS {
                let out = render_template(text, &q, &env, lang);
                if out.contains('{') || out.contains('}') {
                    bad.push(format!("{file} [{lang}] {id}: stray brace in {out:?}"));
                }
                if applies && (out.contains("no answer") || out.contains("sin respuesta")) {
                    bad.push(format!(
                        "{file} [{lang}] {id}: names an unanswered question: {out:?}"
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A small deterministic generator (xorshift), so the sampled answers are the same every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Random answers that fit their questions and their constraints; the optional question is
/// sometimes skipped.
fn random_answers(q: &Questionnaire, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for (index, question) in q.questions.iter().enumerate() {
        if !question.required && rng.below(3) == 0 {
            continue;
        }
        // Retry what the question's constraint refuses: no user could give that answer.
        let fitting = (0..20)
            .filter_map(|_| random_answer(question, rng))
            .find(|answer| {
                careerpath::flow::check_constraint(q, index, &answers, answer, "en").is_ok()
            });
        if let Some(answer) = fitting {
            answers.insert(question.id.clone(), answer);
        }
    }
    answers
}

fn random_answer(question: &Question, rng: &mut Rng) -> Option<Answer> {
    let values: Vec<String> = question
        .kind
        .choices()
        .iter()
        .map(|c| c.value.clone())
        .collect();
    Some(match &question.kind {
        QuestionKind::Single { .. } => Answer::Text(values[rng.below(values.len())].clone()),
        QuestionKind::Confirm => Answer::Bool(rng.below(2) == 1),
        QuestionKind::Multi { min, max, .. } => {
            let lo = min.unwrap_or(0) as usize;
            let hi = max.map_or(values.len(), |m| m as usize);
            let want = lo + rng.below(hi - lo + 1);
            let mut pool = values;
            let mut picked = Vec::new();
            while picked.len() < want && !pool.is_empty() {
                picked.push(pool.remove(rng.below(pool.len())));
            }
            Answer::List(picked)
        }
        QuestionKind::Rank { .. } => {
            let mut pool = values;
            let mut order = Vec::new();
            while !pool.is_empty() {
                order.push(pool.remove(rng.below(pool.len())));
            }
            Answer::List(order)
        }
        QuestionKind::Scale { min, max, .. } => {
            Answer::Number((*min + rng.below((*max - *min + 1) as usize) as i64) as f64)
        }
        QuestionKind::Number { min, max, step, .. } => {
            let (lo, hi, step) = (
                min.unwrap_or(0.0),
                max.unwrap_or(100.0),
                step.unwrap_or(1.0),
            );
            let steps = ((hi - lo) / step).floor() as usize;
            Answer::Number(lo + step * rng.below(steps + 1) as f64)
        }
        QuestionKind::Text { .. } => return None,
    })
}

/// The guide's recommendations hold for every combination of answers, not only the personas:
/// AI/ML and data roles always start with Python, backend and systems roles always start with
/// Rust, staff engineers and architects always learn both. Along the way, every reason and
/// note that applies renders fully in both languages.
#[test]
fn the_guide_holds_for_thousands_of_sampled_answer_sets() {
    let q = questionnaire();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut bad = Vec::new();
    let mut seen = BTreeSet::new();
    for _ in 0..3000 {
        let answers = random_answers(&q, &mut rng);
        let ev = evaluate(&q, &answers, "en");
        let role = match answers.get("role") {
            Some(Answer::Text(r)) => r.as_str(),
            _ => "",
        };
        let allowed: &[&str] = match role {
            "ai_ml" | "data_science" => &["python-first", "both-python-then-rust"],
            "data_eng" => &[
                "python-first",
                "both-python-then-rust",
                "both-rust-then-python",
            ],
            "backend_product" => &["python-first-product", "both-python-then-rust"],
            "backend_systems" => &["rust-first", "both-rust-then-python"],
            "embedded" => &["rust-first-embedded", "both-rust-then-python"],
            "architect" => &["both-python-then-rust", "both-rust-then-python"],
            "devops" => &[
                "python-first-product",
                "rust-first",
                "both-python-then-rust",
                "both-rust-then-python",
            ],
            "fullstack" => &[
                "python-first",
                "python-first-product",
                "rust-first",
                "both-python-then-rust",
                "both-rust-then-python",
            ],
            _ => &[
                "python-first",
                "rust-first",
                "both-python-then-rust",
                "both-rust-then-python",
            ],
        };
        match ev.outcomes.as_slice() {
            [one] if allowed.contains(&one.as_str()) => {
                seen.insert(one.clone());
            }
            other => bad.push(format!(
                "role {role}: outcome {other:?}, answers {answers:?}"
            )),
        }
        honest_framing(&q, &answers, &ev, &mut bad);
        let env = full_env(&q, &answers, &ev);
        let applying = q
            .decision
            .rules
            .iter()
            .filter(|r| r.when.as_ref().is_some_and(|c| holds(c, &env)))
            .map(|r| (&r.id, &r.because))
            .chain(
                q.decision
                    .notes
                    .iter()
                    .filter(|n| holds(&n.when, &env))
                    .map(|n| (&n.id, &n.text)),
            );
        for (id, text) in applying {
            for lang in LANGS {
                let out = render_template(text, &q, &env, lang);
                if out.contains(['{', '}'])
                    || out.contains("no answer")
                    || out.contains("sin respuesta")
                {
                    bad.push(format!(
                        "{id} [{lang}] renders badly: {out:?} for {answers:?}"
                    ));
                }
            }
        }
        if bad.len() > 20 {
            break;
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert_eq!(
        seen.len(),
        q.outcomes.len(),
        "sampling reached only {seen:?}"
    );
}

/// What the result says about itself is true for these answers: a tie in points reads as
/// a tie (the confidence label and no reason or note calling it a lean), the margin's label
/// matches the points, a plan exists and a plan for both fits exactly when `time_for_both`
/// says so, and "you already write/know X" appears only when the person said so.
fn honest_framing(q: &Questionnaire, answers: &Answers, ev: &Evaluation, bad: &mut Vec<String>) {
    let score = |dim: &str| {
        ev.scores
            .iter()
            .find(|s| s.id == dim)
            .map_or(f64::NAN, |s| s.value)
    };
    let lead = score("rust") - score("python");
    let Some(c) = confidence(q, answers, ev) else {
        bad.push(format!("no confidence for {answers:?}"));
        return;
    };
    if (c.clarity == Clarity::Tie) != (lead == 0.0) {
        bad.push(format!(
            "clarity {:?} at lead {lead} for {answers:?}",
            c.clarity
        ));
    }
    if c.margin.abs() != lead.abs() {
        bad.push(format!(
            "margin {} is not the points' lead {lead}",
            c.margin
        ));
    }
    for lang in LANGS {
        let ev = evaluate(q, answers, lang);
        let texts = ev
            .fired
            .iter()
            .map(|f| f.reason.as_str())
            .chain(ev.notes.iter().map(String::as_str));
        for text in texts {
            if lead == 0.0 {
                let cleaned = text
                    .replace("do not lean", "")
                    .replace("no se inclina", "")
                    .replace("not pull hard", "")
                    .replace("no tiran con fuerza", "");
                for lean in [
                    "lean to",
                    "point to",
                    "point clearly",
                    "barely lean",
                    "se inclina",
                    "apunta",
                ] {
                    if cleaned.contains(lean) {
                        bad.push(format!("a tie reads as a lean ({lean}): {text:?}"));
                    }
                }
            }
            let knows = |v: &str| matches!(answers.get("known"), Some(Answer::List(k)) if k.iter().any(|x| x == v));
            for (claim, lang_id) in [
                ("You already write Python", "python"),
                ("Ya escribes Python", "python"),
                ("You already know Rust", "rust"),
                ("Ya conoces Rust", "rust"),
            ] {
                if text.contains(claim) && !knows(lang_id) {
                    bad.push(format!("{claim:?} without knowing it: {answers:?}"));
                }
            }
        }
    }
    let Some(plan) = plan(q, answers, ev) else {
        bad.push(format!("no plan for {answers:?}"));
        return;
    };
    let time_for_both = matches!(ev.derived.get("time_for_both"), Some(Value::Bool(true)));
    for o in &plan.outcomes {
        if o.stages.iter().any(|s| s.weeks == 0) {
            bad.push(format!("a stage of {} takes no weeks", o.outcome));
        }
        if o.outcome.starts_with("both-") && o.fits != time_for_both {
            bad.push(format!(
                "{} fits {} but time_for_both is {time_for_both} at {} h a week",
                o.outcome, o.fits, plan.hours_per_week
            ));
        }
    }
    if plan.outcomes.len() != ev.outcomes.len() {
        bad.push(format!("{:?} has no sized plan", ev.outcomes));
    }
}

/// Answers to try instead of `current` (or when the question was left unanswered).
fn alternatives(question: &Question, current: Option<&Answer>) -> Vec<Answer> {
    let mut out = Vec::new();
    match &question.kind {
        QuestionKind::Single { choices } => {
            for c in choices {
                out.push(Answer::Text(c.value.clone()));
            }
        }
        QuestionKind::Confirm => out.extend([Answer::Bool(true), Answer::Bool(false)]),
        QuestionKind::Multi { choices, min, max } => {
            let chosen: Vec<String> = match current {
                Some(Answer::List(items)) => items.clone(),
                _ => Vec::new(),
            };
            let (min, max) = (
                min.unwrap_or(0) as usize,
                max.map_or(choices.len(), |m| m as usize),
            );
            for c in choices {
                let mut next = chosen.clone();
                if let Some(i) = next.iter().position(|v| *v == c.value) {
                    next.remove(i);
                } else {
                    next.push(c.value.clone());
                }
                if (min..=max).contains(&next.len()) {
                    out.push(Answer::List(next));
                }
            }
            // A single choice alone, so a full selection still has somewhere to go.
            for c in choices {
                out.push(Answer::List(vec![c.value.clone()]));
            }
        }
        QuestionKind::Rank { choices } => {
            let order: Vec<String> = match current {
                Some(Answer::List(items)) => items.clone(),
                _ => choices.iter().map(|c| c.value.clone()).collect(),
            };
            for i in 0..order.len() {
                let mut next = order.clone();
                let item = next.remove(i);
                next.insert(0, item);
                out.push(Answer::List(next.clone()));
                let item = next.remove(0);
                next.push(item);
                out.push(Answer::List(next));
            }
        }
        QuestionKind::Scale { min, max, .. } => {
            out.extend((*min..=*max).map(|v| Answer::Number(v as f64)));
        }
        QuestionKind::Number { min, max, step, .. } => {
            let lo = min.unwrap_or(0.0);
            let hi = max.unwrap_or(lo + 100.0);
            let step = step.unwrap_or(1.0).max(1e-9);
            let mut v = lo;
            while v <= hi && out.len() < 200 {
                out.push(Answer::Number(v));
                v += step;
            }
        }
        QuestionKind::Text { .. } => {}
    }
    out.retain(|a| Some(a) != current);
    out
}

/// What a user sees of an evaluation: outcome, scores, reasons and notes.
#[derive(Debug, PartialEq)]
struct Seen {
    outcomes: Vec<String>,
    scores: Vec<(String, f64)>,
    reasons: Vec<String>,
    notes: Vec<String>,
}

fn visible_result(ev: &Evaluation) -> Seen {
    Seen {
        outcomes: ev.outcomes.clone(),
        scores: ev.scores.iter().map(|s| (s.id.clone(), s.value)).collect(),
        reasons: ev.fired.iter().map(|f| f.reason.clone()).collect(),
        notes: ev.notes.clone(),
    }
}

/// No dead questions: for every question, some persona and some other answer to it give a
/// different outcome, score, reason or note.
#[test]
fn every_question_changes_something_for_someone() {
    let q = questionnaire();
    let personas = all_personas(&q);
    let mut dead = Vec::new();
    for question in &q.questions {
        let matters = personas.iter().any(|(_, answers)| {
            let visible = careerpath::flow::visible(&q, answers);
            let Some(index) = q.question_index(&question.id) else {
                return false;
            };
            if !visible.contains(&index) {
                return false;
            }
            let before = visible_result(&evaluate(&q, answers, "en"));
            alternatives(question, answers.get(&question.id))
                .into_iter()
                .any(|alt| {
                    let mut changed = answers.clone();
                    changed.insert(question.id.clone(), alt);
                    visible_result(&evaluate(&q, &changed, "en")) != before
                })
        });
        if !matters {
            dead.push(question.id.as_str());
        }
    }
    assert!(
        dead.is_empty(),
        "questions that change nothing for any persona: {dead:?}"
    );
}

#[test]
fn every_question_is_asked_of_some_persona() {
    let q = questionnaire();
    let personas = all_personas(&q);
    let unasked: Vec<&str> = q
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            !personas
                .iter()
                .any(|(_, a)| careerpath::flow::visible(&q, a).contains(i))
        })
        .map(|(_, question)| question.id.as_str())
        .collect();
    assert!(
        unasked.is_empty(),
        "questions no persona is asked: {unasked:?}"
    );
    let branching = q
        .questions
        .iter()
        .filter(|question| question.visible_if.is_some())
        .count();
    assert!(
        branching >= 3,
        "at least three questions appear only on some paths, found {branching}"
    );
    assert!(
        (12..=20).contains(&q.questions.len()),
        "12 to 20 questions, found {}",
        q.questions.len()
    );
}

/// Every persona answers every question it is shown (the optional one aside), and nothing else:
/// the files are the complete answers a real run would save.
#[test]
fn persona_files_answer_exactly_the_questions_they_are_shown() {
    let q = questionnaire();
    let mut bad = Vec::new();
    for (file, answers) in all_personas(&q) {
        let visible = careerpath::flow::visible(&q, &answers);
        for (i, question) in q.questions.iter().enumerate() {
            let shown = visible.contains(&i);
            let answered = answers.contains_key(&question.id);
            if shown && !answered && question.required {
                bad.push(format!(
                    "{file}: `{}` is shown but not answered",
                    question.id
                ));
            }
            if answered && !shown {
                bad.push(format!(
                    "{file}: `{}` is answered but never shown",
                    question.id
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
fn text_report(q: &Questionnaire, who: &str, lang: &str) -> String {
    let answers = persona(q, who);
    let ev = evaluate(q, &answers, lang);
    let changes = what_would_change(q, &answers, &ev, 2000);
    render(
        &Report {
            questionnaire: q,
            answers: &answers,
            evaluation: &ev,
            changes: &changes,
            lang,
            plan_from: jiff::civil::date(2026, 1, 5),
            all_changes: false,
        },
        Format::Text,
    )
}

/// The rendered result for three people, so wording changes are reviewed.
#[test]
fn text_reports_of_three_personas() {
    let q = questionnaire();
    for (snapshot, who, lang) in [
        ("ml_llm_agents", "Priya, a Python web developer", "en"),
        ("backend_low_latency", "Marco", "en"),
        ("staff_architect", "Helen", "es"),
    ] {
        let name = format!("{snapshot}_{lang}");
        insta::assert_snapshot!(name, text_report(&q, who, lang));
    }
}

/// Issue 9, item 6: equal points (Python 5, Rust 5) read as a tie in every rule and note and in
/// every language: never "your answers lean to Python", never "the small difference in points
/// tipped it", and something says the points are tied. Sampled answer sets, kept when
/// complete and tied.
#[test]
fn a_tie_in_points_reads_as_a_tie_in_every_language() {
    let q = questionnaire();
    let mut rng = Rng(0x51A7_E5ED_0BAD_F00D);
    // "do not lean to Rust" is true at a tie; "your answers lean to" is not.
    let never: &[(&str, &[&str])] = &[
        (
            "en",
            &[
                "answers lean to",
                "leans to",
                "barely lean",
                "tipped",
                "small difference",
            ],
        ),
        (
            "es",
            &[
                "respuestas se inclina",
                "apenas se inclinan",
                "inclinó",
                "pequeña diferencia",
            ],
        ),
    ];
    let tie_words = |lang: &str| -> &[&str] {
        if lang == "es" {
            &["empat", "igualad"]
        } else {
            &["tie", "level"]
        }
    };
    let mut roles = std::collections::BTreeSet::new();
    let mut ties = 0;
    for _ in 0..20_000 {
        let mut answers = random_answers(&q, &mut rng);
        careerpath::flow::prune(&q, &mut answers);
        if !careerpath::flow::missing_required(&q, &answers).is_empty() {
            continue;
        }
        let scores = evaluate(&q, &answers, "en").scores;
        let score = |id: &str| scores.iter().find(|s| s.id == id).map(|s| s.value);
        if score("python") != score("rust") {
            continue;
        }
        ties += 1;
        if let Some(Answer::Text(role)) = answers.get("role") {
            roles.insert(role.clone());
        }
        for (lang, words) in never {
            let e = evaluate(&q, &answers, lang);
            let said: Vec<String> = e
                .fired
                .iter()
                .map(|f| &f.reason)
                .chain(&e.notes)
                .map(|t| t.to_lowercase())
                .collect();
            for text in &said {
                for word in *words {
                    assert!(
                        !text.contains(word),
                        "a tie said {word:?}: {text}\n{answers:?}"
                    );
                }
            }
            assert!(
                said.iter()
                    .any(|t| tie_words(lang).iter().any(|w| t.contains(w))),
                "nothing says it was a tie ({lang}): {said:?}\n{answers:?}"
            );
        }
    }
    assert!(ties >= 20, "only {ties} tied answer sets sampled");
    assert!(roles.len() >= 3, "ties seen for only {roles:?}");
}
