//! The results screen's "Why not the others": the report's sentences, one bullet per
//! outcome that did not win and its failed conditions under it, bounded like "what would
//! change it" (the `a` key shows them all).

use ratatui::style::Style;
use ratatui::text::Line;

use super::super::super::theme::Theme;
use super::wrapped;
use crate::report::Report;
use crate::words;

/// Appends the section to `out`; nothing when every outcome won or there is no other.
pub(super) fn push(report: &Report<'_>, theme: Theme, width: usize, out: &mut Vec<Line<'static>>) {
    let lang = report.lang;
    let (shown, more) = report.why_not_shown();
    if shown.is_empty() {
        return;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(words::t(lang, "why_not"), theme.heading()));
    for w in &shown {
        wrapped(out, &w.head, width, "    ", "  • ", Style::new());
        for line in &w.lines {
            wrapped(out, line, width, "        ", "      · ", theme.dim());
        }
    }
    if more > 0 {
        let more = words::t_args(lang, "more_changes", &[("n", more.to_string().into())]);
        wrapped(out, &more, width, "    ", "  ", theme.dim());
    }
}
