//! `careerpath roadmap [ID] [done|start|skip|reset STEP[.ITEM]...]`: a finished session's
//! roadmap with its progress, and changing an item's state (saved at once through the store).

use std::fmt::Write as _;

use careerpath::questionnaire::Questionnaire;
use careerpath::report;
use careerpath::report::progress::{address, checkbox, counts_text, item_text, state_suffix};
use careerpath::roadmap::{self, Stage, State, Target, TargetError};
use careerpath::session::{Session, Status, printable};
use careerpath::store::{Access, Listed, Store, StoreError};
use careerpath::words;
use jiff::Timestamp;

use crate::cli::RoadmapAction;
use crate::commands::{self, sessions};
use crate::context::Context;
use crate::exit::Exit;
use clap::ValueEnum as _;

pub fn run(ctx: &Context, id: Option<&str>, action: Option<&str>, at: &[String]) -> Exit {
    // `roadmap done 1.2`: no id, the action first (a session id is hexadecimal, and no
    // action word is).
    let is_action = |word: &str| RoadmapAction::from_str(word, true).is_ok();
    let (id, action, at) = match (id, action) {
        (Some(word), rest) if is_action(word) => (
            None,
            Some(word),
            rest.into_iter()
                .map(str::to_owned)
                .chain(at.iter().cloned())
                .collect(),
        ),
        (id, action) => (id, action, at.to_vec()),
    };
    let action = match action.map(|a| RoadmapAction::from_str(a, true)) {
        None => None,
        Some(Ok(action)) if at.is_empty() => {
            // The example, run as printed, marks this session's roadmap.
            let mut example =
                careerpath::plain::command(false, &ctx.questionnaire.source, ctx.store().ok());
            example.push_str(" roadmap");
            let name = action.to_possible_value().map(|v| v.get_name().to_owned());
            for word in id.into_iter().chain(name.as_deref()) {
                example.push(' ');
                example.push_str(&careerpath::sanitize::echo(word));
            }
            let said = words::t_args(
                &ctx.lang,
                "roadmap-no_items",
                &[("example", example.into())],
            );
            errln!("careerpath: {said}");
            return Exit::Usage;
        }
        Some(Ok(action)) => Some(action),
        Some(Err(_)) => {
            let said = words::t_args(
                &ctx.lang,
                "roadmap-unknown_action",
                &[(
                    "action",
                    careerpath::sanitize::echo(action.unwrap_or_default()).into(),
                )],
            );
            errln!("careerpath: {said}");
            return Exit::Usage;
        }
    };
    let store = match ctx.store() {
        Ok(store) => store,
        Err(e) => return sessions::failed(ctx, e),
    };
    let id = match id.map_or_else(|| latest_complete(ctx, store), |id| Ok(id.to_owned())) {
        Ok(id) => id,
        Err(code) => return code,
    };
    match action {
        None => show(ctx, store, &id),
        Some(action) => change(ctx, store, &id, action, &at),
    }
}

/// The id of the most recently updated finished session.
pub(crate) fn latest_complete(ctx: &Context, store: &Store) -> Result<String, Exit> {
    let listed = store.list();
    let latest = listed.iter().find_map(|l| match l {
        Listed::Ok(s) if s.status == Status::Complete => Some(s.id.clone()),
        _ => None,
    });
    latest.ok_or_else(|| {
        // A damaged file may be the finished session the person means: say that it is there.
        let damaged = listed
            .iter()
            .filter(|l| matches!(l, Listed::Damaged { .. }))
            .count();
        let said = match damaged {
            0 => words::t(&ctx.lang, "roadmap-none_complete"),
            n => words::t_args(&ctx.lang, "roadmap-none_readable", &[("count", n.into())]),
        };
        errln!("careerpath: {said}");
        Exit::NoInput
    })
}

/// Refuses a session this questionnaire cannot show a roadmap for.
fn check(ctx: &Context, store: &Store, s: &Session) -> Result<(), Exit> {
    sessions::same_questionnaire(ctx, store, s)?;
    if s.roadmap_stages(&ctx.questionnaire).is_none() {
        let short = store.short_id(&s.id);
        let command = careerpath::plain::resume_command(
            false,
            &ctx.questionnaire.source,
            Some(store),
            Some(&short),
        );
        errln!(
            "careerpath: {}",
            words::t_args(
                &ctx.lang,
                "roadmap-unfinished",
                &[
                    ("id", words::Value::from(short.to_string())),
                    ("command", words::Value::from(command)),
                ]
            )
        );
        return Err(Exit::DataErr);
    }
    Ok(())
}

fn show(ctx: &Context, store: &Store, id: &str) -> Exit {
    let mut s = match store.load(id) {
        Ok(s) => s,
        Err(e) => return sessions::failed(ctx, &e),
    };
    careerpath::session::refresh_edited(&mut s, &ctx.questionnaire);
    if let Err(code) = check(ctx, store, &s) {
        return code;
    }
    let short = store.short_id(&s.id);
    let marking = format!(
        "{} roadmap {short}",
        careerpath::plain::command(false, &ctx.questionnaire.source, Some(store))
    );
    commands::print(&render(&ctx.questionnaire, &s, &ctx.lang, &short, &marking))
}

/// The whole roadmap with each item's state, per-stage and overall counts, and how to mark
/// (`marking`: the command that names this session's roadmap).
fn render(q: &Questionnaire, s: &Session, lang: &str, short: &str, marking: &str) -> String {
    let stages = s.roadmap_stages(q).unwrap_or_default();
    let t = |text: &careerpath::questionnaire::Text| printable(text.get(lang, &q.default_lang));
    let outcomes: Vec<String> = s
        .result
        .iter()
        .flat_map(|r| r.evaluation.outcomes.iter())
        .filter_map(|id| q.outcome(id))
        .map(|o| t(&o.title))
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        words::t_args(
            lang,
            "roadmap-heading",
            &[
                ("name", words::Value::from(printable(&s.name).to_string())),
                ("id", words::Value::from(short.to_string())),
                (
                    "outcome",
                    words::Value::from(outcomes.join(" + ").to_string())
                )
            ]
        )
    );
    if s.result_outdated(q) {
        let _ = writeln!(out, "{}", words::t(lang, "roadmap-outdated"));
    }
    if stages.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            words::t_args(
                lang,
                "roadmap-empty",
                &[("id", words::Value::from(short.to_string()))]
            )
        );
        return out;
    }
    let mut outcome = "";
    for stage in &stages {
        if outcomes.len() > 1 && stage.outcome.id != outcome {
            outcome = &stage.outcome.id;
            let _ = writeln!(out, "\n{}", t(&stage.outcome.title));
        }
        let optional = if stage.step.optional {
            format!(" ({})", words::t(lang, "optional"))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "\n{}. {}{optional}  ({})",
            stage.number,
            t(&stage.step.step),
            counts_text(lang, &roadmap::stage_counts(stage, &s.roadmap))
        );
        for item in &stage.items {
            let state = s.roadmap_state(&item.key);
            let _ = writeln!(
                out,
                "   {} {} {}{}",
                checkbox(state),
                address(stage, item),
                printable(item_text(stage, item, lang, &q.default_lang)),
                state_suffix(lang, state)
            );
        }
    }
    let overall = roadmap::counts(&stages, &s.roadmap);
    let _ = writeln!(
        out,
        "\n{}: {}",
        words::t(lang, "roadmap-overall"),
        counts_text(lang, &overall)
    );
    let _ = writeln!(
        out,
        "{}",
        words::t_args(
            lang,
            "roadmap-how_to_mark",
            &[("command", words::Value::from(marking.to_owned()))]
        )
    );
    out
}

fn change(ctx: &Context, store: &Store, id: &str, action: RoadmapAction, at: &[String]) -> Exit {
    let (q, lang) = (&ctx.questionnaire, ctx.lang.as_str());
    // Every address is read before anything is touched, so a typo changes nothing.
    let mut targets = Vec::with_capacity(at.len());
    for a in at {
        match a.parse::<Target>() {
            Ok(t) => targets.push(t),
            Err(e) => return refuse(lang, &e),
        }
    }
    let (mut s, access) = match store.open_session(id) {
        Ok(x) => x,
        Err(e) => return sessions::failed(ctx, &e),
    };
    careerpath::session::refresh_edited(&mut s, q);
    let Access::Write(_lock) = access else {
        return sessions::failed(ctx, &StoreError::InUse(s.id));
    };
    if let Err(code) = check(ctx, store, &s) {
        return code;
    }
    let stages = s.roadmap_stages(q).unwrap_or_default();
    let short = store.short_id(&s.id);
    if stages.is_empty() {
        errln!(
            "careerpath: {}",
            words::t_args(
                lang,
                "roadmap-empty",
                &[("id", words::Value::from(short.to_string()))]
            )
        );
        return Exit::DataErr;
    }
    for t in &targets {
        if let Err(e) = t.resolve(&stages) {
            return refuse(lang, &e);
        }
    }
    let state = match action {
        RoadmapAction::Done => Some(State::Done),
        RoadmapAction::Start => Some(State::InProgress),
        RoadmapAction::Skip => Some(State::Skipped),
        RoadmapAction::Reset => None,
    };
    let now = Timestamp::now();
    let before = s.roadmap.clone();
    for &t in &targets {
        if let Err(e) = s.mark(q, t, state, now) {
            return refuse(lang, &e);
        }
    }
    if s.roadmap != before
        && let Err(e) = store.save(&s)
    {
        return sessions::failed(ctx, &e);
    }
    let counts = s.roadmap_counts(q).unwrap_or_default();
    for &t in &targets {
        let Some((label, text)) = describe(q, &stages, t, lang) else {
            continue;
        };
        errln!(
            "{}",
            words::t_args(
                lang,
                "roadmap-marked",
                &[
                    ("target", words::Value::from(label.to_string())),
                    ("text", words::Value::from(printable(text).to_string())),
                    (
                        "state",
                        words::Value::from(report::progress::state_word(lang, state).to_string())
                    ),
                    ("id", words::Value::from(short.to_string())),
                    (
                        "counts",
                        words::Value::from(counts_text(lang, &counts).to_string())
                    )
                ]
            )
        );
    }
    Exit::Ok
}

/// The address as typed back and the text of what it names (an item, or a whole step).
fn describe<'q>(
    q: &'q Questionnaire,
    stages: &[Stage<'q>],
    t: Target,
    lang: &str,
) -> Option<(String, &'q str)> {
    match t {
        Target::Stage(n) => {
            let stage = stages.get(n.checked_sub(1)?)?;
            Some((n.to_string(), stage.step.step.get(lang, &q.default_lang)))
        }
        Target::Item(n, k) => {
            let stage = stages.get(n.checked_sub(1)?)?;
            let item = stage.items.get(k.checked_sub(1)?)?;
            Some((
                address(stage, item),
                item_text(stage, item, lang, &q.default_lang),
            ))
        }
    }
}

/// A position that names no item: a usage error, worded in `lang`.
fn refuse(lang: &str, e: &TargetError) -> Exit {
    let msg = e.message(lang);
    errln!("careerpath: {msg}");
    Exit::Usage
}
