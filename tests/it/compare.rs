//! `careerpath sessions compare`: what changed between two sessions, in order (answers,
//! outcome, reasons), through the real binary.

use careerpath::questionnaire::{self, Answer};
use careerpath::store::Store;

use super::sessions_cli::{careerpath, fixture, saved, stderr, stdout, text};

/// The line index of the first line that starts with `prefix` (after indentation).
fn at(out: &str, what: &str) -> usize {
    out.lines()
        .position(|l| l.contains(what))
        .unwrap_or_else(|| panic!("no `{what}` in:\n{out}"))
}

/// The lines under heading `h` up to the next blank line.
fn section<'a>(out: &'a str, h: &str) -> Vec<&'a str> {
    out.lines()
        .skip_while(|l| !l.starts_with(h))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect()
}

/// The reasons the built-in questionnaire gives for `s`'s answers.
fn reasons(s: &careerpath::session::Session) -> Vec<String> {
    let q = questionnaire::builtin().unwrap();
    careerpath::evaluate::evaluate(&q, &s.answers, "en")
        .fired
        .into_iter()
        .map(|f| f.reason)
        .collect()
}

#[test]
fn answers_then_outcome_then_reasons() {
    let f = fixture();
    let o = careerpath(
        f.data.path(),
        &["sessions", "compare", &f.ml.id, &f.backend.id],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    eprintln!("{out}");
    let first = out.lines().next().unwrap();
    assert!(
        first.contains("“ML path”") && first.contains("→ “Backend path”"),
        "{first}"
    );
    let (answers, outcome, why) = (
        at(&out, "Answers that changed"),
        at(&out, "Outcome"),
        at(&out, "Reasons"),
    );
    assert!(answers < outcome && outcome < why, "{out}");

    // Changed answers by prompt and labels, not stored values; the role among them.
    let changed = section(&out, "Answers that changed");
    let q = questionnaire::builtin().unwrap();
    let (ml, be) = (&f.ml.answers, &f.backend.answers);
    let answered = q
        .questions
        .iter()
        .filter(|x| ml.contains_key(&x.id) || be.contains_key(&x.id))
        .count();
    let differ = q
        .questions
        .iter()
        .filter(|x| ml.get(&x.id) != be.get(&x.id))
        .count();
    assert!(differ < answered, "the fixture should share some answers");
    assert!(
        out.contains(&format!("Answers that changed ({differ} of {answered})")),
        "{out}"
    );
    let role = changed
        .iter()
        .position(|l| l.contains("three to five years"))
        .unwrap();
    assert!(
        changed[role + 1]
            .trim()
            .starts_with("AI/ML engineer → Backend"),
        "{changed:?}"
    );
    assert!(!out.contains("ai_ml") && !out.contains("backend_product"));
    // A question the other answers never showed was not asked, not left unanswered.
    let shown = careerpath::flow::visible(&q, be);
    let hidden = q
        .questions
        .iter()
        .enumerate()
        .find(|(i, x)| ml.contains_key(&x.id) && !shown.contains(i))
        .map(|(_, x)| x.prompt.get("en", "en"))
        .expect("an ML follow-up the backend path never shows");
    let line = changed.iter().position(|l| l.contains(hidden)).unwrap();
    assert!(changed[line + 1].ends_with("→ (not asked)"), "{changed:?}");
    assert_eq!(changed.len(), differ * 2 + 1, "{changed:?}");
    assert_eq!(
        changed.last().unwrap().trim(),
        format!("{} other answers are the same.", answered - differ)
    );

    // Reasons: exactly those of one result and not the other, each on its side.
    let (ra, rb) = (reasons(&f.ml), reasons(&f.backend));
    let listed = section(&out, "Reasons");
    let with = |sign: &str| -> Vec<String> {
        listed
            .iter()
            .filter_map(|l| l.trim().strip_prefix(sign))
            .map(str::to_owned)
            .collect()
    };
    let appeared: Vec<String> = rb.iter().filter(|r| !ra.contains(r)).cloned().collect();
    let gone: Vec<String> = ra.iter().filter(|r| !rb.contains(r)).cloned().collect();
    assert!(!appeared.is_empty() || !gone.is_empty(), "{out}");
    assert_eq!(with("+ "), appeared, "{out}");
    assert_eq!(with("− "), gone, "{out}");
}

#[test]
fn the_outcome_change_or_the_same_outcome() {
    let f = fixture();
    let store = Store::open(f.data.path()).unwrap();
    let q = questionnaire::builtin().unwrap();
    let titles = |s: &careerpath::session::Session| s.outcome.clone().unwrap();
    // Different roles: before → after, by title.
    let o = careerpath(
        f.data.path(),
        &["sessions", "compare", &f.ml.id, &f.backend.id],
    );
    let out = stdout(&o);
    let outcome = section(&out, "Outcome");
    if titles(&f.ml) == titles(&f.backend) {
        panic!("the fixture's two roles should lead to different outcomes:\n{out}");
    }
    assert_eq!(
        outcome,
        [format!("  {} → {}", titles(&f.ml), titles(&f.backend))],
        "{out}"
    );

    // One more hour a week changes nothing that decides.
    let more_hours = saved(
        &store,
        &q,
        "More hours",
        &[("role", text("ai_ml")), ("hours", Answer::Number(7.0))],
        true,
    );
    let o = careerpath(
        f.data.path(),
        &["sessions", "compare", &f.ml.id, &more_hours.id],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    eprintln!("{out}");
    assert_eq!(
        section(&out, "Outcome"),
        [format!("  Same outcome: {}", titles(&f.ml))],
        "{out}"
    );
    assert!(
        section(&out, "Answers that changed")[1].contains("6 hours a week → 7 hours a week"),
        "{out}"
    );
    let why = section(&out, "Reasons");
    let same = reasons(&f.ml)
        .iter()
        .filter(|r| reasons(&more_hours).contains(r))
        .count();
    assert!(
        why.iter().all(|l| !l.trim().starts_with(['+', '−'])),
        "{out}"
    );
    let n = if same == 1 {
        "1 reason is".to_owned()
    } else {
        format!("{same} reasons are")
    };
    assert_eq!(
        why,
        [
            "  No reason changed.".to_owned(),
            format!("  {n} the same in both.")
        ],
        "{out}"
    );
}

/// An unfinished session has no result to compare: nothing is made up for it.
#[test]
fn an_unfinished_session_has_no_outcome_or_reasons() {
    let f = fixture();
    let o = careerpath(
        f.data.path(),
        &["sessions", "compare", &f.ml.id, &f.unfinished.id],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    eprintln!("{out}");
    assert_eq!(
        section(&out, "Outcome"),
        [format!(
            "  {} → (not finished)",
            f.ml.outcome.as_deref().unwrap()
        )]
    );
    assert_eq!(
        section(&out, "Reasons"),
        ["  Reasons are compared once both sessions are finished."]
    );
    // The name is printed without its escape sequence.
    assert!(!out.contains('\x1b'), "{out:?}");
}

#[test]
fn in_spanish() {
    let f = fixture();
    let o = careerpath(
        f.data.path(),
        &[
            "--lang",
            "es",
            "sessions",
            "compare",
            &f.ml.id,
            &f.backend.id,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    eprintln!("{out}");
    let q = questionnaire::builtin().unwrap();
    let role = q.question("role").unwrap();
    let label = |v: &str| {
        role.kind
            .choices()
            .iter()
            .find(|c| c.value == v)
            .unwrap()
            .label
            .get("es", &q.default_lang)
            .to_owned()
    };
    let (ml, backend) = (label("ai_ml"), label("backend_product"));
    assert_ne!(
        ml, "AI/ML engineer",
        "the built-in questionnaire speaks Spanish"
    );
    let changed = section(&out, "Respuestas que cambiaron");
    assert_eq!(changed[1].trim(), format!("{ml} → {backend}"), "{out}");
    let title = |id: &str| {
        q.outcome(id)
            .unwrap()
            .title
            .get("es", &q.default_lang)
            .to_owned()
    };
    let ids =
        |s: &careerpath::session::Session| s.result.as_ref().unwrap().evaluation.outcomes.clone();
    let (a, b) = (ids(&f.ml), ids(&f.backend));
    assert_eq!(
        section(&out, "Resultado"),
        [format!("  {} → {}", title(&a[0]), title(&b[0]))],
        "{out}"
    );
    assert!(
        at(&out, "Resultado") < at(&out, "Razones (+ nuevas"),
        "{out}"
    );
}

/// A result from another revision of the questionnaire is worked out again, and the
/// comparison says so rather than passing it off as the saved one.
#[test]
fn a_result_from_an_older_questionnaire_is_said_to_be_worked_out_again() {
    let f = fixture();
    let store = Store::open(f.data.path()).unwrap();
    let mut old = store.load(&f.ml.id).unwrap();
    old.questionnaire.hash = "an-older-revision".to_owned();
    store.save(&old).unwrap();
    careerpath::store::flush();
    let o = careerpath(
        f.data.path(),
        &["sessions", "compare", &f.ml.id, &f.backend.id],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.lines()
            .nth(1)
            .unwrap()
            .contains("worked out again with the current one"),
        "{out}"
    );
    let o = careerpath(
        f.data.path(),
        &["sessions", "compare", &f.backend.id, &f.unfinished.id],
    );
    assert!(!stdout(&o).contains("worked out again"), "{}", stdout(&o));
}

/// Two prefixes of the same session are refused as a usage error, not compared to
/// "nothing changed".
#[test]
fn a_session_is_not_compared_with_itself() {
    let f = fixture();
    let short = &f.ml.id[..careerpath::store::SHORT_ID];
    let o = careerpath(f.data.path(), &["sessions", "compare", short, &f.ml.id]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert_eq!(
        stderr(&o),
        format!(
            "careerpath: both ids name session {short}: name two different sessions to compare\n"
        )
    );
}
