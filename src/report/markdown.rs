//! The Markdown report (exports): the same content as the text report, with Markdown
//! structure and every piece of questionnaire or user text escaped.

use std::fmt::Write as _;

use super::{Incomplete, Report, sanitize, sizing};
use crate::flow::format_number;
use crate::words;

pub(super) fn render(r: &Report<'_>, incomplete: Option<&Incomplete>) -> String {
    let mut out = String::new();
    if let Some(inc) = incomplete {
        let _ = writeln!(out, "> **{}**", esc(&inc.headline(r.lang)));
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
            "| {} | {} | {} – {} |",
            esc(&r.dimension_label(&s.id)),
            format_number(s.value),
            format_number(s.min),
            format_number(s.max)
        );
    }

    for (label, value, min, max) in r.measures() {
        let value = value.map_or_else(|| words::t(r.lang, "no_answer"), format_number);
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

    let _ = writeln!(out, "\n## {}\n", words::t(r.lang, "why"));
    for f in &r.evaluation.fired {
        let _ = writeln!(out, "- {}", esc(&f.reason));
        let answered: Vec<String> = f
            .answers
            .iter()
            .filter_map(|id| r.answered(id))
            .map(|(prompt, label)| format!("{} → **{}**", esc(&prompt), esc(&label)))
            .collect();
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
    for o in &outcomes {
        if o.roadmap.is_empty() {
            continue;
        }
        let sized = plan
            .as_ref()
            .and_then(|p| Some((p, p.outcomes.iter().find(|x| x.outcome == o.id)?)));
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
        for (k, step) in o.roadmap.iter().enumerate() {
            let optional = if step.optional {
                format!(" *({})*", words::t(r.lang, "optional"))
            } else {
                String::new()
            };
            let items: Vec<String> = step.items.iter().map(|i| esc(r.t(i))).collect();
            let items = if items.is_empty() {
                String::new()
            } else {
                format!(": {}", items.join(", "))
            };
            let _ = writeln!(
                out,
                "{}. **{}**{optional}{items}",
                k + 1,
                esc(r.t(&step.step))
            );
            if let Some(stage) = sized.and_then(|(_, op)| op.stages.get(k)) {
                let size = sizing::stage_size(r.lang, stage, r.plan_from);
                let _ = writeln!(out, "   *{}*", esc(&size));
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

    let Some((lines, more)) = r.change_lines() else {
        return out;
    };
    let _ = writeln!(out, "\n## {}\n", words::t(r.lang, "what_would_change"));
    if lines.is_empty() {
        let _ = writeln!(out, "{}", esc(&words::t(r.lang, "nothing_would_change")));
    }
    for line in lines {
        let _ = writeln!(out, "- {}", esc(&line));
    }
    if more > 0 {
        let more = words::t_args(r.lang, "and_more", &[("n", more.to_string().into())]);
        let _ = writeln!(out, "\n{}", esc(&more));
    }
    out
}

/// One line of text with Markdown's active characters escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in sanitize(s, false).chars() {
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
            ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
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
