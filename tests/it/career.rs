//! The built-in questionnaire's honest framing and sized plan, beyond the persona table:
//! the hours in the roadmaps agree with `time_for_both`, every outcome has a margin,
//! sources and official documentation per stage, the TUI results of three personas
//! (snapshots showing confidence, the sized roadmap and sources), and changing the hours
//! answer on the review page re-plans.

use std::path::Path;

use careerpath::evaluate::{evaluate, most_likely_change, plan, what_would_change};
use careerpath::expr::Value;
use careerpath::questionnaire::{Answer, Answers, Questionnaire, builtin, load_answers};
use careerpath::report::{Format, Report, render};

fn questionnaire() -> Questionnaire {
    builtin().unwrap_or_else(|e| panic!("the built-in questionnaire does not load:\n{e}"))
}

fn persona(q: &Questionnaire, file: &str) -> Answers {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/personas")
        .join(file);
    load_answers(q, &path).unwrap_or_else(|e| panic!("persona {file} does not load:\n{e}"))
}

/// `time_for_both` (the rule data that lets "both" win when someone wants it) and the
/// plans for both (the roadmap hours) say the same thing at every pace the question allows.
#[test]
fn time_for_both_is_exactly_the_pace_at_which_a_plan_for_both_fits() {
    let q = questionnaire();
    let mut answers = persona(&q, "ai_wants_both.yaml");
    let mut fitted = Vec::new();
    for hours in 1..=40 {
        answers.insert("hours".into(), Answer::Number(f64::from(hours)));
        let mut ev = evaluate(&q, &answers, "en");
        let time_for_both = ev.derived.get("time_for_both") == Some(&Value::Bool(true));
        ev.outcomes = vec![
            "both-python-then-rust".into(),
            "both-rust-then-python".into(),
        ];
        let Some(p) = plan(&q, &answers, &ev) else {
            panic!("no plan at {hours} hours a week")
        };
        assert_eq!(p.outcomes.len(), 2, "both plans are sized");
        for o in &p.outcomes {
            assert_eq!(
                o.fits, time_for_both,
                "{} at {hours} h a week: fits {} but time_for_both is {time_for_both}",
                o.outcome, o.fits
            );
        }
        fitted.push(time_for_both);
    }
    assert!(
        fitted.contains(&true) && fitted.contains(&false),
        "some paces fit and some do not"
    );
}

#[test]
fn every_outcome_has_a_margin_sources_and_sized_stages_with_official_docs() {
    let q = questionnaire();
    assert!(q.plan.is_some() && q.confidence.is_some());
    for o in &q.outcomes {
        assert!(o.margin.is_some(), "{}: no margin", o.id);
        assert!(!o.sources.is_empty(), "{}: no sources", o.id);
        for s in &o.sources {
            assert!(
                s.author.is_some() && s.year.is_some(),
                "{}: a source without author or year",
                o.id
            );
        }
        for (k, step) in o.roadmap.iter().enumerate() {
            assert!(
                step.hours.is_some_and(|h| h > 0.0),
                "{} stage {}: no hours",
                o.id,
                k + 1
            );
            assert!(
                step.resources
                    .iter()
                    .any(|r| r.url.as_deref().is_some_and(|u| u.starts_with("https://"))),
                "{} stage {}: no official documentation link",
                o.id,
                k + 1
            );
        }
    }
}

/// A plan is never built on a missing answer: without hours there is no plan.
#[test]
fn no_hours_answer_no_plan() {
    let q = questionnaire();
    let mut answers = persona(&q, "healthtech_fastapi_junior.yaml");
    let ev = evaluate(&q, &answers, "en");
    assert!(plan(&q, &answers, &ev).is_some());
    answers.remove("hours");
    let ev = evaluate(&q, &answers, "en");
    assert!(plan(&q, &answers, &ev).is_none());
}

/// A plan for both languages at a pace too slow for it says so, in both languages; at a pace
/// that fits it says when it ends instead.
#[test]
fn a_plan_for_both_that_does_not_fit_says_so() {
    let q = questionnaire();
    let mut answers = persona(&q, "architect_tie.yaml");
    for (hours, fits) in [(3.0, false), (8.0, true)] {
        answers.insert("hours".into(), Answer::Number(hours));
        for (lang, too_long, fitting) in [
            (
                "en",
                "This plan does not fit your time",
                "the required stages take about",
            ),
            (
                "es",
                "Este plan no cabe en tu tiempo",
                "las etapas necesarias llevan unas",
            ),
        ] {
            let ev = evaluate(&q, &answers, lang);
            assert!(ev.outcomes[0].starts_with("both-"), "{:?}", ev.outcomes);
            let text = render(
                &Report {
                    questionnaire: &q,
                    answers: &answers,
                    evaluation: &ev,
                    changes: &careerpath::evaluate::NO_CHANGES,
                    lang,
                    plan_from: jiff::civil::date(2026, 1, 5),
                    all_changes: false,
                },
                Format::Text,
            );
            assert_eq!(
                text.contains(too_long),
                !fits,
                "{hours} h [{lang}]:\n{text}"
            );
            assert_eq!(text.contains(fitting), fits, "{hours} h [{lang}]:\n{text}");
        }
    }
}

/// The line "most likely to change it" names the smallest reconsideration that flips the
/// result, not a new goal: for the FastAPI junior, parts of the product needing more speed.
#[test]
fn the_most_likely_change_is_the_most_fragile_answer() {
    let q = questionnaire();
    let answers = persona(&q, "healthtech_fastapi_junior.yaml");
    let ev = evaluate(&q, &answers, "en");
    let changes = what_would_change(&q, &answers, &ev, 2000);
    assert!(changes.iter().any(|c| c.question == "role"));
    let Some(change) = most_likely_change(&q, &ev, &changes) else {
        panic!("some answer would change the result")
    };
    assert_eq!(change.question, "hot_spots");
    assert_eq!(change.outcomes, ["both-python-then-rust"]);
}

/// A search for changes that runs out of tries says so: "none changed the result" only when
/// every answer it meant to try was tried (2,000 choices once made it claim that falsely).
#[test]
fn a_search_cut_short_does_not_claim_nothing_would_change() {
    let q = questionnaire();
    let answers = persona(&q, "healthtech_fastapi_junior.yaml");
    let ev = evaluate(&q, &answers, "en");
    let text = |changes: &careerpath::evaluate::Changes| {
        render(
            &Report {
                questionnaire: &q,
                answers: &answers,
                evaluation: &ev,
                changes,
                lang: "en",
                plan_from: jiff::civil::date(2026, 1, 5),
                all_changes: false,
            },
            Format::Text,
        )
    };
    let whole = what_would_change(&q, &answers, &ev, 2000);
    assert!(!whole.cut_short && !whole.is_empty());
    assert!(!text(&whole).contains("stopped"));
    let none = what_would_change(&q, &answers, &ev, 1);
    assert!(none.cut_short && none.is_empty(), "{none:?}");
    let said = text(&none);
    assert!(
        said.contains("but the search stopped before trying them all"),
        "{said}"
    );
    assert!(!said.contains("none changed the result."), "{said}");
}

/// Every change "what would change it" claims, made, gives the outcome it claims, on
/// answers that leave no visible question unanswered that was answered before: a change of
/// role once claimed a result while the new role's follow-up questions had no answers.
#[test]
fn every_claimed_change_holds_with_the_answers_given() {
    let q = questionnaire();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.ends_with(".yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    let unanswered = |a: &Answers| {
        let walk = careerpath::flow::walk(&q, a);
        walk.visible
            .iter()
            .filter(|&&i| !a.contains_key(&q.questions[i].id))
            .map(|&i| q.questions[i].id.clone())
            .collect::<Vec<_>>()
    };
    for file in &files {
        let answers = persona(&q, file);
        let before = unanswered(&answers);
        let ev = evaluate(&q, &answers, "en");
        for c in what_would_change(&q, &answers, &ev, 2000) {
            let mut changed = answers.clone();
            changed.insert(c.question.clone(), c.to.clone());
            let opened: Vec<_> = unanswered(&changed)
                .into_iter()
                .filter(|id| !before.contains(id))
                .collect();
            assert!(
                opened.is_empty(),
                "{file}: {} → {:?} opens {opened:?}",
                c.question,
                c.to
            );
            let mut got = evaluate(&q, &changed, "en").outcomes;
            let mut claimed = c.outcomes.clone();
            got.sort();
            claimed.sort();
            assert_eq!(got, claimed, "{file}: {} → {:?}", c.question, c.to);
        }
    }
}

#[cfg(feature = "tui")]
pub(crate) mod tui {
    use careerpath::session::Session;
    use careerpath::tui::update::update;
    use careerpath::tui::{Action, App, Screen, Theme};

    use super::*;

    /// The results of `file` in `lang`, from a session dated 27 November 2026 (UTC).
    pub(crate) fn results_app(file: &str, lang: &str) -> App {
        let q = questionnaire();
        let answers = persona(&q, file);
        let mut app = App::new(q, lang.into(), Theme::mono());
        update(&mut app, Action::NewSession);
        let at = "2026-11-27T20:14:00Z"
            .parse()
            .unwrap_or_else(|e| panic!("{e}"));
        let mut session = Session::new(&app.q, lang, at);
        session.answers = answers;
        update(&mut app, Action::SessionStarted(Box::new(session)));
        app.screen = Screen::Review;
        update(&mut app, Action::ShowResults);
        assert_eq!(app.screen, Screen::Results, "{file} shows its results");
        app
    }

    /// The whole results page: tall enough that nothing scrolls away.
    fn page(app: &mut App) -> String {
        let buf = crate::tui::draw(app, 80, 160);
        crate::tui::to_text(&buf).trim_end().to_owned()
    }

    #[test]
    fn results_screens_show_confidence_the_sized_roadmap_and_sources() {
        for (file, lang) in [
            ("healthtech_fastapi_junior.yaml", "en"),
            ("architect_tie.yaml", "en"),
            ("sre_infra_tooling.yaml", "es"),
        ] {
            let mut app = results_app(file, lang);
            let text = page(&mut app);
            let name = format!("results_{}_{lang}", file.trim_end_matches(".yaml"));
            insta::assert_snapshot!(name, text);
        }
    }

    /// From the results, back to the review page, the hours row, a new answer: the
    /// results that follow are planned for the new pace.
    #[test]
    fn changing_hours_on_the_review_page_replans() {
        let mut app = results_app("healthtech_fastapi_junior.yaml", "en");
        let before = page(&mut app);
        assert!(before.contains("With 5 hours a week"), "{before}");
        update(&mut app, Action::ShowReview);
        assert_eq!(app.screen, Screen::Review);
        let visible = careerpath::flow::visible(&app.q, app.answers());
        let Some(row) = visible
            .iter()
            .position(|&i| app.q.questions[i].id == "hours")
        else {
            panic!("hours is on the review page")
        };
        app.review_selected = row;
        update(&mut app, Action::Submit);
        assert_eq!(app.screen, Screen::Question);
        for c in "10".chars() {
            update(&mut app, Action::Insert(c));
        }
        update(&mut app, Action::Submit);
        assert_eq!(app.answers().get("hours"), Some(&Answer::Number(10.0)));
        if app.screen != Screen::Results {
            update(&mut app, Action::ShowResults);
        }
        assert_eq!(app.screen, Screen::Results);
        let after = page(&mut app);
        assert!(after.contains("With 10 hours a week"), "{after}");
        assert!(!after.contains("With 5 hours a week"), "{after}");
    }
}
