//! The Markdown report (exports): the same content as the text report, with Markdown
//! structure and every piece of questionnaire or user text escaped.

use std::fmt::Write as _;

use super::{Incomplete, Report, sanitize, sizing};
use crate::flow::{format_number, format_result};
use crate::roadmap::State;
use crate::words;

/// `progress`: the states of roadmap items, for a finished session (without it every item
/// is shown not started, and no progress line).
pub(super) fn render(
    r: &Report<'_>,
    incomplete: Option<&Incomplete>,
    progress: Option<&[crate::roadmap::Mark]>,
) -> String {
    let marks = progress.unwrap_or_default();
    let mut out = String::new();
    if let Some(inc) = incomplete {
        label(&mut out, r, inc, &inc.headline(r.lang));
    }
    let outcomes = r.outcomes();
    if let Some(label) = r.result_label() {
        let _ = writeln!(out, "*{}*\n", esc(label));
    }
    for o in &outcomes {
        let _ = writeln!(out, "# {}\n", esc(r.t(&o.title)));
        let _ = writeln!(out, "{}\n", block(r.t(&o.summary)));
        if let Some(leads) = &o.leads_to {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                words::t(r.lang, "leads_to"),
                esc(r.t(leads))
            );
        }
    }

    let clarity = r.confidence_lines();
    if !clarity.is_empty() {
        let _ = writeln!(out, "## {}\n", words::t(r.lang, "how_clear"));
        for line in &clarity {
            let _ = writeln!(out, "{}\n", line_start(esc(line)));
        }
    }

    let _ = writeln!(out, "## {}\n", words::t(r.lang, "scores"));
    let _ = writeln!(
        out,
        "| | {} | {} |\n|---|---:|---|",
        words::t(r.lang, "score"),
        words::t(r.lang, "range")
    );
    for s in &r.evaluation.scores {
        let _ = writeln!(
            out,
            "| {} | {}{} | {} – {} |",
            esc(&r.dimension_label(&s.id)),
            format_result(r.questionnaire, s.value, None),
            esc(&super::unanswered_suffix(s, r.lang)),
            format_number(s.min),
            format_number(s.max)
        );
    }

    for (label, value, min, max) in r.measures() {
        let value = value.map_or_else(
            || words::t(r.lang, "no_value"),
            |v| format_result(r.questionnaire, v, None),
        );
        let _ = writeln!(
            out,
            "| {} | {value} | {} – {} |",
            esc(&label),
            format_number(min),
            format_number(max)
        );
    }
    if let Some(line) = r.profile_line() {
        let _ = writeln!(out, "\n{}", esc(&line));
    }
    if let Some(line) = r.unanswered_scored() {
        let _ = writeln!(out, "\n{}", esc(&line));
    }

    let _ = writeln!(out, "\n## {}\n", words::t(r.lang, "why"));
    for f in &r.evaluation.fired {
        let _ = writeln!(out, "- {}", esc(&f.reason));
        let mut answered: Vec<String> = f
            .answers
            .iter()
            .filter_map(|id| r.answered(id))
            .map(|(prompt, label)| format!("{} → **{}**", esc(&prompt), esc(&label)))
            .collect();
        if f.more > 0 && !answered.is_empty() {
            answered.push(esc(&super::and_more(r.lang, f.more)));
        }
        if !answered.is_empty() {
            let _ = writeln!(
                out,
                "  *{}:* {}",
                words::t(r.lang, "because_you_answered"),
                answered.join("; ")
            );
        }
    }

    if !r.evaluation.notes.is_empty() {
        let _ = writeln!(out, "\n## {}\n", words::t(r.lang, "notes"));
        for n in &r.evaluation.notes {
            let _ = writeln!(out, "- {}", esc(n));
        }
    }

    let plan = r.plan();
    let stages = crate::roadmap::stages(r.questionnaire, &r.evaluation.outcomes);
    for o in &outcomes {
        if o.roadmap.is_empty() {
            continue;
        }
        let sized = sizing::sized(plan.as_ref(), &o.id);
        match outcomes.len() {
            1 => {
                let _ = writeln!(out, "\n## {}\n", words::t(r.lang, "roadmap"));
            }
            _ => {
                let _ = writeln!(
                    out,
                    "\n## {}: {}\n",
                    words::t(r.lang, "roadmap"),
                    esc(r.t(&o.title))
                );
            }
        }
        if let Some((p, op)) = sized {
            let line = sizing::plan_line(r.lang, p, op, r.plan_from);
            let _ = writeln!(out, "{}\n", line_start(esc(&line)));
        }
        // Numbered as every face numbers them: straight through all outcomes' stages.
        for stage in stages.iter().filter(|s| s.outcome.id == o.id) {
            let (k, step) = (stage.index, stage.step);
            let optional = if step.optional {
                format!(" *({})*", words::t(r.lang, "optional"))
            } else {
                String::new()
            };
            let state =
                |item: &crate::roadmap::Item<'_>| crate::roadmap::state_of(marks, &item.key);
            let words = |state: Option<State>| match state {
                Some(s @ (State::InProgress | State::Skipped)) => {
                    format!(" *({})*", words::t(r.lang, s.key()))
                }
                _ => String::new(),
            };
            let tick = |state: Option<State>| {
                if state == Some(State::Done) {
                    "[x]"
                } else {
                    "[ ]"
                }
            };
            // A stage without items is an item itself: its box is on its own line.
            let (own_box, own_words) = match stage.items.as_slice() {
                [only] if only.text.is_none() => {
                    (format!("{} ", tick(state(only))), words(state(only)))
                }
                _ => (String::new(), String::new()),
            };
            let _ = writeln!(
                out,
                "{}. {own_box}**{}**{optional}{own_words}",
                stage.number,
                esc(r.t(&step.step))
            );
            if let Some(stage) = sized.and_then(|(_, op)| op.stages.get(k)) {
                let size = sizing::stage_size(r.lang, stage, r.plan_from);
                let _ = writeln!(out, "   *{}*", esc(&size));
            }
            // A task list: GitHub and most editors tick `[x]`; the other states are words.
            for item in stage.items.iter().filter(|i| i.text.is_some()) {
                let text =
                    super::progress::item_text(stage, item, r.lang, &r.questionnaire.default_lang);
                let s = state(item);
                let _ = writeln!(out, "   - {} {}{}", tick(s), esc(text), words(s));
            }
            for res in &step.resources {
                let title = esc(r.t(&res.title));
                match res.url.as_deref().map(url) {
                    Some(u) if !u.is_empty() => {
                        let _ = writeln!(out, "   - [{title}](<{u}>)");
                    }
                    _ => {
                        let _ = writeln!(out, "   - {title}");
                    }
                }
            }
        }
    }
    if let Some(done) = progress
        .map(|marks| crate::roadmap::counts(&stages, marks))
        .filter(|c| c.total > 0)
    {
        let _ = writeln!(
            out,
            "\n**{}:** {}",
            words::t(r.lang, "roadmap-progress"),
            esc(&super::progress::counts_text(r.lang, &done))
        );
    }

    let sources = r.source_lines();
    if !sources.is_empty() {
        let _ = writeln!(out, "\n## {}\n", words::t(r.lang, "sources"));
        for s in &sources {
            let _ = writeln!(out, "- {}", esc(s));
        }
        if r.stages_link_docs() {
            let _ = writeln!(out, "\n{}", esc(&words::t(r.lang, "sources_docs")));
        }
    }

    if let Some((lines, more)) = r.change_lines() {
        let _ = writeln!(out, "\n## {}\n", words::t(r.lang, "what_would_change"));
        if let Some(line) = r.changes_note(lines.is_empty()) {
            let _ = writeln!(out, "{}", esc(&line));
        }
        for line in lines {
            let _ = writeln!(out, "- {}", esc(&line));
        }
        and_more(&mut out, r.lang, more);
    }

    let (why_not, more) = r.why_not_shown();
    if !why_not.is_empty() {
        let _ = writeln!(out, "\n## {}\n", words::t(r.lang, "why_not"));
        for w in &why_not {
            let _ = writeln!(out, "- {}", esc(&w.head));
            for line in &w.lines {
                let _ = writeln!(out, "  - {}", esc(line));
            }
        }
        and_more(&mut out, r.lang, more);
    }
    out
}

/// An unfinished session: the incomplete label, then each answer so far, and no result.
/// A finished session's report: which session it is above, its answers below.
pub(super) fn with_session(r: &Report<'_>, head: &str, body: String) -> String {
    let mut out = format!("*{}*\n\n{body}", esc(head));
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", words::t(r.lang, "your_answers"));
    for (prompt, label) in r.answers_so_far() {
        let _ = writeln!(out, "- {} → **{}**", esc(&prompt), esc(&label));
    }
    out
}

pub(super) fn render_answers_so_far(r: &Report<'_>, inc: &Incomplete) -> String {
    let mut out = String::new();
    label(&mut out, r, inc, &inc.count(r.lang));
    let _ = writeln!(out, "{}\n", esc(&inc.no_result(r.lang)));
    let answered = r.answers_so_far();
    if !answered.is_empty() {
        let _ = writeln!(out, "## {}\n", words::t(r.lang, "answers_so_far"));
        for (prompt, label) in answered {
            let _ = writeln!(out, "- {} → **{}**", esc(&prompt), esc(&label));
        }
    }
    out
}

/// The incomplete label at the top: how far the answers go, and the required questions
/// still unanswered.
fn label(out: &mut String, r: &Report<'_>, inc: &Incomplete, headline: &str) {
    let _ = writeln!(out, "> **{}**", esc(headline));
    let missing = r.missing_prompts(inc);
    if !missing.is_empty() {
        let _ = writeln!(
            out,
            ">\n> {}:\n>",
            esc(&words::t(r.lang, "unanswered_required"))
        );
        for prompt in missing {
            let _ = writeln!(out, "> - {}", esc(&prompt));
        }
    }
    out.push('\n');
}

fn and_more(out: &mut String, lang: &str, more: usize) {
    if more > 0 {
        let _ = writeln!(out, "\n{}", esc(&super::and_more(lang, more)));
    }
}

/// One line of text with Markdown's active characters escaped.
fn esc(s: &str) -> String {
    let clean = sanitize(s, false);
    // `names` in backticks (rule ids, keys) stay code spans, whose text Markdown shows as
    // it is; everything else is escaped.
    let parts: Vec<&str> = clean.split('`').collect();
    if parts.len() > 2 && parts.len() % 2 == 1 {
        let mut out = String::with_capacity(clean.len() + 8);
        for (i, part) in parts.iter().enumerate() {
            if i % 2 == 1 && !part.is_empty() && !part.starts_with(' ') && !part.ends_with(' ') {
                out.push('`');
                out.push_str(part);
                out.push('`');
            } else if i % 2 == 1 {
                out.push_str("\\`");
                out.push_str(&esc_text(part));
                out.push_str("\\`");
            } else {
                out.push_str(&esc_text(part));
            }
        }
        return out;
    }
    esc_text(&clean)
}

/// `s` with every character Markdown would read as markup escaped.
fn esc_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A multi-line text: each line escaped, line breaks kept as paragraph breaks.
fn block(s: &str) -> String {
    let lines: Vec<String> = sanitize(s, true)
        .trim()
        .split('\n')
        .map(|l| line_start(esc(l.trim())))
        .collect();
    lines.join("\n")
}

/// An escaped line that cannot open a list, a numbered list or a heading underline
/// (`- item`, `1. step`, `===`) where it starts a line of the output.
fn line_start(line: String) -> String {
    if line.starts_with(['-', '+', '=']) {
        return format!("\\{line}");
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line
}

/// A URL safe inside `<...>`: no spaces, angle brackets or control characters.
fn url(u: &str) -> String {
    sanitize(u, false)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '<' && *c != '>')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        for (input, want) in [
            ("plain text", "plain text"),
            ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ `code`"),
            ("a `<b>` and ` x `", "a `<b>` and \\` x \\`"),
            ("an `odd one", "an \\`odd one"),
            ("[link](x) <b> a|b #1", "\\[link\\](x) \\<b\\> a\\|b \\#1"),
            ("esc\x1b[2J", "esc\\[2J"),
            ("R&D &lt;", "R\\&D \\&lt;"),
        ] {
            assert_eq!(esc(input), want, "{input:?}");
        }
        assert_eq!(url("https://x.org/a b<c>\x07"), "https://x.org/abc");
        assert_eq!(
            block("Intro\n- item\n+ more\n===\n2. step\n10) ten\n2025 was good"),
            "Intro\n\\- item\n\\+ more\n\\===\n2\\. step\n10\\) ten\n2025 was good"
        );
    }
}
