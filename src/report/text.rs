//! The plain-text report: headings, score bars, reasons with the answers behind them,
//! the roadmap and what would change the result, wrapped to a readable width.

use std::fmt::Write as _;

use super::{Incomplete, Report, sanitize, sizing};
use crate::flow::{format_number, format_result};
use crate::text::{width, wrap_prose};
use crate::words;

/// Lines are wrapped to this many columns.
const WIDTH: usize = 78;
/// Cells in a score bar.
const BAR: usize = 10;

pub(super) fn render(r: &Report<'_>, incomplete: Option<&Incomplete>) -> String {
    let mut out = String::new();
    if let Some(inc) = incomplete {
        label(&mut out, r, inc, &inc.headline(r.lang));
    }
    let outcomes = r.outcomes();
    if let Some(label) = r.result_label() {
        let _ = writeln!(out, "{}\n", sanitize(label, false));
    }
    for (k, o) in outcomes.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let title = sanitize(r.t(&o.title), false);
        let _ = writeln!(out, "{title}\n{}", "=".repeat(width(&title).max(1)));
        para(&mut out, r.t(&o.summary), "", "");
        if let Some(leads) = &o.leads_to {
            out.push('\n');
            para(
                &mut out,
                &format!("{}: {}", words::t(r.lang, "leads_to"), r.t(leads)),
                "",
                "",
            );
        }
    }

    let clarity = r.confidence_lines();
    if !clarity.is_empty() {
        heading(&mut out, &words::t(r.lang, "how_clear"));
        for line in &clarity {
            para(&mut out, line, "  ", "  ");
        }
    }

    heading(&mut out, &words::t(r.lang, "scores"));
    let labels: Vec<String> = r
        .evaluation
        .scores
        .iter()
        .map(|s| sanitize(&r.dimension_label(&s.id), false))
        .collect();
    let measures = r.measures();
    // One column for the scores and the derived values shown with them.
    let label_w = labels
        .iter()
        .map(|l| width(l))
        .chain(measures.iter().map(|m| width(&sanitize(&m.0, false))))
        .max()
        .unwrap_or(0);
    let values: Vec<String> = r
        .evaluation
        .scores
        .iter()
        .map(|s| format_result(r.questionnaire, s.value, None))
        .collect();
    let value_w = values.iter().map(String::len).max().unwrap_or(0);
    for ((s, label), value) in r.evaluation.scores.iter().zip(&labels).zip(&values) {
        let pad = " ".repeat(label_w - width(label));
        let _ = writeln!(
            out,
            "  {label}{pad} {} {value:>value_w$} / {}{}",
            bar(s.value, s.min, s.max),
            format_number(s.max),
            super::unanswered_suffix(s, r.lang)
        );
    }

    for (label, value, min, max) in measures {
        let label = sanitize(&label, false);
        let pad = " ".repeat(label_w.saturating_sub(width(&label)));
        match value {
            Some(v) => {
                let _ = writeln!(
                    out,
                    "  {label}{pad} {} {:>value_w$} / {}",
                    bar(v, min, max),
                    format_result(r.questionnaire, v, None),
                    format_number(max)
                );
            }
            None => {
                let _ = writeln!(out, "  {label}{pad} {}", words::t(r.lang, "no_value"));
            }
        }
    }
    if let Some(line) = r.profile_line() {
        para(&mut out, &line, "  ", "    ");
    }
    if let Some(line) = r.unanswered_scored() {
        para(&mut out, &line, "  ", "    ");
    }

    heading(&mut out, &words::t(r.lang, "why"));
    for f in &r.evaluation.fired {
        para(&mut out, &f.reason, "  - ", "    ");
        let answered: Vec<(String, String)> =
            f.answers.iter().filter_map(|id| r.answered(id)).collect();
        if !answered.is_empty() {
            let _ = writeln!(out, "    {}:", words::t(r.lang, "because_you_answered"));
            for (prompt, label) in answered {
                para(
                    &mut out,
                    &format!("{} → {}", sanitize(&prompt, false), label),
                    "      ",
                    "        ",
                );
            }
            if f.more > 0 {
                let _ = writeln!(out, "      {}", super::and_more(r.lang, f.more));
            }
        }
    }

    if !r.evaluation.notes.is_empty() {
        heading(&mut out, &words::t(r.lang, "notes"));
        for n in &r.evaluation.notes {
            para(&mut out, n, "  - ", "    ");
        }
    }

    let plan = r.plan();
    // Stages are numbered straight through every outcome, as `careerpath roadmap` does.
    let mut stage_no = 0;
    for o in &outcomes {
        if o.roadmap.is_empty() {
            continue;
        }
        let sized = sizing::sized(plan.as_ref(), &o.id);
        match outcomes.len() {
            1 => heading(&mut out, &words::t(r.lang, "roadmap")),
            _ => heading(
                &mut out,
                &format!("{}: {}", words::t(r.lang, "roadmap"), r.t(&o.title)),
            ),
        }
        if let Some((p, op)) = sized {
            para(
                &mut out,
                &sizing::plan_line(r.lang, p, op, r.plan_from),
                "  ",
                "  ",
            );
        }
        for (k, step) in o.roadmap.iter().enumerate() {
            let optional = if step.optional {
                format!(" ({})", words::t(r.lang, "optional"))
            } else {
                String::new()
            };
            stage_no += 1;
            let number = format!("  {stage_no}. ");
            let rest = " ".repeat(number.len());
            para(
                &mut out,
                &format!("{}{optional}", r.t(&step.step)),
                &number,
                &rest,
            );
            if let Some(stage) = sized.and_then(|(_, op)| op.stages.get(k)) {
                para(
                    &mut out,
                    &format!("({})", sizing::stage_size(r.lang, stage, r.plan_from)),
                    &rest,
                    &rest,
                );
            }
            if !step.items.is_empty() {
                let items: Vec<&str> = step.items.iter().map(|i| r.t(i)).collect();
                para(&mut out, &items.join(", "), &rest, &rest);
            }
            for res in &step.resources {
                let line = match &res.url {
                    Some(url) => format!("{} <{}>", r.t(&res.title), url),
                    None => r.t(&res.title).to_owned(),
                };
                para(&mut out, &line, &format!("{rest}* "), &format!("{rest}  "));
            }
        }
    }

    let sources = r.source_lines();
    if !sources.is_empty() {
        heading(&mut out, &words::t(r.lang, "sources"));
        for s in &sources {
            para(&mut out, s, "  - ", "    ");
        }
        if r.stages_link_docs() {
            para(&mut out, &words::t(r.lang, "sources_docs"), "  ", "  ");
        }
    }

    if let Some((lines, more)) = r.change_lines() {
        heading(&mut out, &words::t(r.lang, "what_would_change"));
        if let Some(line) = r.changes_note(lines.is_empty()) {
            para(&mut out, &line, "  ", "  ");
        }
        for line in lines {
            para(&mut out, &line, "  - ", "    ");
        }
        and_more(&mut out, r.lang, more);
    }

    let (why_not, more) = r.why_not_shown();
    if !why_not.is_empty() {
        heading(&mut out, &words::t(r.lang, "why_not"));
        for w in &why_not {
            para(&mut out, &w.head, "  - ", "    ");
            for line in &w.lines {
                para(&mut out, line, "      · ", "        ");
            }
        }
        and_more(&mut out, r.lang, more);
    }
    out
}

fn and_more(out: &mut String, lang: &str, more: usize) {
    if more > 0 {
        let _ = writeln!(out, "  {}", super::and_more(lang, more));
    }
}

fn heading(out: &mut String, title: &str) {
    let title = sanitize(title, false);
    let _ = write!(out, "\n{title}\n{}\n", "-".repeat(width(&title).max(1)));
}

/// `███████░░░`: the value's place in the reachable range.
fn bar(value: f64, min: f64, max: f64) -> String {
    let span = max - min;
    let frac = if span > 0.0 && span.is_finite() {
        ((value - min) / span).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let filled = ((frac * BAR as f64).round() as usize).min(BAR);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

/// Writes `text` (sanitized) wrapped: the first line after `first`, the others after `rest`.
/// Newlines in the text start new lines (with `rest`); blank lines are kept.
fn para(out: &mut String, text: &str, first: &str, rest: &str) {
    let text = sanitize(text, true);
    for line in wrap_prose(text.trim(), WIDTH, first, rest) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// A finished session's report: which session it is above, its answers below.
pub(super) fn with_session(r: &Report<'_>, head: &str, body: String) -> String {
    let mut out = String::new();
    para(&mut out, head, "", "");
    out.push('\n');
    out.push_str(&body);
    heading(&mut out, &words::t(r.lang, "your_answers"));
    for (prompt, label) in r.answers_so_far() {
        para(&mut out, &format!("{prompt} → {label}"), "  - ", "    ");
    }
    out
}

/// An unfinished session: the incomplete label, then each answer so far, and no result.
pub(super) fn render_answers_so_far(r: &Report<'_>, inc: &Incomplete) -> String {
    let mut out = String::new();
    label(&mut out, r, inc, &inc.count(r.lang));
    para(&mut out, &inc.no_result(r.lang), "", "");
    let answered = r.answers_so_far();
    if !answered.is_empty() {
        heading(&mut out, &words::t(r.lang, "answers_so_far"));
        for (prompt, label) in answered {
            para(&mut out, &format!("{prompt} → {label}"), "  - ", "    ");
        }
    }
    out
}

/// The incomplete label at the top: how far the answers go, and the required questions
/// still unanswered.
fn label(out: &mut String, r: &Report<'_>, inc: &Incomplete, headline: &str) {
    para(out, headline, "", "");
    let missing = r.missing_prompts(inc);
    if !missing.is_empty() {
        let _ = writeln!(out, "{}:", words::t(r.lang, "unanswered_required"));
        for prompt in missing {
            para(out, &prompt, "  - ", "    ");
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars() {
        for (v, min, max, want) in [
            (14.0, 0.0, 20.0, "███████░░░"),
            (0.0, 0.0, 20.0, "░░░░░░░░░░"),
            (25.0, 0.0, 20.0, "██████████"),
            (0.0, -10.0, 10.0, "█████░░░░░"),
            (3.0, 0.0, 0.0, "░░░░░░░░░░"),
        ] {
            assert_eq!(bar(v, min, max), want, "{v} in {min}..{max}");
        }
    }

    #[test]
    fn wraps_words() {
        let mut out = String::new();
        let long = "word ".repeat(30);
        para(&mut out, &long, "  - ", "    ");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l) <= WIDTH), "{out}");
        assert!(lines[0].starts_with("  - word") && lines[1].starts_with("    word"));
    }

    #[test]
    fn wraps_text_without_spaces_between_wide_characters() {
        let mut out = String::new();
        let cjk = "系统工程".repeat(30);
        para(&mut out, &format!("{cjk} tail"), "", "");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 1, "{out}");
        assert!(lines.iter().all(|l| width(l) <= WIDTH), "{out}");
        assert_eq!(
            lines.concat(),
            format!("{cjk} tail"),
            "no character lost or added"
        );
        // A long narrow word (a URL) is kept whole.
        let mut out = String::new();
        let url = format!("https://example.com/{}", "a".repeat(100));
        para(&mut out, &url, "", "");
        assert_eq!(out, format!("{url}\n"));
    }
}
