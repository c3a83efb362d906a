//! The sessions browser: a filterable table, inline rename, delete confirmation,
//! and a side-by-side comparison of two sessions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::session::{Session, Status};
use crate::words;

use super::super::app::{App, Entry};
use super::super::strings;
use super::super::text;
use super::{scroll_offset, set_line, set_stringn};

const TOP: u16 = 3;

struct Cols {
    name: usize,
    updated: usize,
    status: usize,
    progress: usize,
    outcome: usize,
}

/// Column widths; narrow screens drop the time and status columns before squeezing names.
fn cols(width: usize) -> Cols {
    let (updated, status, progress) = if width >= 72 { (16, 11, 8) } else { (0, 0, 6) };
    let gaps = if width >= 72 { 4 } else { 2 };
    let rest = width.saturating_sub(2 + updated + status + progress + gaps);
    let name = (rest * 3 / 5).max(4);
    Cols {
        name,
        updated,
        status,
        progress,
        outcome: rest.saturating_sub(name),
    }
}

/// Cells of a row joined by single spaces, leaving out zero-width columns.
fn join(cells: &[(String, usize)]) -> String {
    cells
        .iter()
        .filter(|(_, w)| *w > 0)
        .map(|(s, w)| text::pad(s, *w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A saved session's outcome title as the screen shows it, with its roadmap progress once
/// it is finished ("… · roadmap 7/23").
fn outcome_text(app: &App, x: &crate::store::Summary) -> String {
    let title = outcome_title(app, x);
    match x
        .roadmap
        .filter(|c| x.status == Status::Complete && c.total > 0)
    {
        Some(c) => format!(
            "{title} · {}",
            words::t_args(
                &app.lang,
                "roadmap-short",
                &[("counts", words::Value::from(c.to_string().to_string()))]
            )
        ),
        None => title,
    }
}

fn outcome_title(app: &App, x: &crate::store::Summary) -> String {
    // Saved in the session's language; shown in the screen's.
    x.outcome.as_deref().map_or_else(
        || "—".to_owned(),
        |t| text::clean(&crate::report::outcome_title_in(&app.q, t, &app.lang)).into_owned(),
    )
}

/// A row in full: the name and outcome of a session, or a damaged file and why.
fn full_text(app: &App, e: &Entry) -> String {
    match e {
        Entry::Ok(x) => format!("{} · {}", text::clean(&x.name), outcome_text(app, x)),
        Entry::Damaged { path, reason } => {
            format!(
                "{}: {}",
                text::clean(&path.display().to_string()),
                text::clean(reason)
            )
        }
    }
}

/// The table's rows, and below them (when some row is too long for its columns) the rows
/// that show the highlighted row in full. The split depends on every row, not on which is
/// highlighted, so moving through the table never moves it.
fn areas(app: &App, area: Rect) -> (Rect, Option<Rect>) {
    let list = Rect {
        y: area.y + TOP,
        height: area.height.saturating_sub(TOP),
        ..area
    };
    let w = usize::from(area.width);
    let c = cols(w);
    let rows = app.filtered_sessions();
    let cut = rows.iter().filter(|e| match e {
        Entry::Ok(x) => {
            text::width(&text::clean(&x.name)) > c.name
                || text::width(&outcome_text(app, x)) > c.outcome
        }
        // "> ⚠ damaged: " and the file name come before the reason.
        Entry::Damaged { .. } => text::width(&full_text(app, e)) + 14 > w,
    });
    let tallest = cut.map(|e| text::wrap(&full_text(app, e), w).len()).max();
    // The table keeps at least three rows.
    let room = list.height.saturating_sub(3);
    let Some(height) = tallest
        .map(|t| u16::try_from(t).unwrap_or(u16::MAX).min(room))
        .filter(|h| *h > 0)
    else {
        return (list, None);
    };
    let detail = Rect {
        y: list.bottom() - height,
        height,
        ..list
    };
    (
        Rect {
            height: list.height - height,
            ..list
        },
        Some(detail),
    )
}

fn updated(app: &App, ts: jiff::Timestamp) -> String {
    ts.to_zoned_datetime(app.tz().clone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if let Some(pair) = &app.sessions.compare {
        compare(app, &pair.0, &pair.1, area, buf);
        return;
    }
    let theme = app.theme;
    let s = &app.sessions;
    let w = usize::from(area.width);
    let lang = app.lang.as_str();
    set_stringn(
        buf,
        area.x,
        area.y,
        words::t(lang, "saved_sessions"),
        w,
        theme.heading(),
    );
    let filter_line = if s.filtering {
        let label = words::t(lang, "filter");
        // The end of a long filter stays in sight, with the cursor after it.
        let room = w.saturating_sub(text::width(&label) + 1);
        Line::from(vec![
            Span::styled(label, theme.key()),
            Span::raw(text::truncate_start(&text::clean(&s.filter), room)),
            Span::styled(" ", theme.cursor()),
        ])
    } else if !s.filter.is_empty() {
        Line::from(vec![
            Span::styled(words::t(lang, "filter"), theme.key()),
            Span::raw(text::clean(&s.filter).into_owned()),
            Span::styled(words::t(lang, "to_change"), theme.dim()),
        ])
    } else if let Some(id) = &s.confirm_delete {
        let name = s
            .entries
            .iter()
            .find_map(|e| match e {
                Entry::Ok(x) if &x.id == id => Some(x.name.clone()),
                // A damaged file has no name to read: its file name says which it is.
                Entry::Damaged { path, .. }
                    if path.file_stem().is_some_and(|s| s == id.as_str()) =>
                {
                    Some(path.file_name()?.to_string_lossy().into_owned())
                }
                _ => None,
            })
            .unwrap_or_default();
        Line::styled(
            strings::confirm_delete(lang, &text::clean(&name)),
            theme.warning(),
        )
    } else {
        Line::styled(strings::marked(lang, s.marked.len()), theme.dim())
    };
    set_line(buf, area.x, area.y + 1, &filter_line, area.width);
    let c = cols(w);
    let head = format!(
        "  {}",
        join(&[
            (words::t(lang, "col-name"), c.name),
            (words::t(lang, "col-updated"), c.updated),
            (words::t(lang, "col-status"), c.status),
            (words::t(lang, "col-progress"), c.progress),
            (words::t(lang, "col-outcome"), c.outcome),
        ])
    );
    set_stringn(
        buf,
        area.x,
        area.y + 2,
        head,
        w,
        theme
            .dim()
            .add_modifier(ratatui::style::Modifier::UNDERLINED),
    );
    let (list, detail) = areas(app, area);
    let rows = app.filtered_sessions();
    if rows.is_empty() {
        let msg = if !s.loaded {
            words::t(lang, "loading")
        } else if s.entries.is_empty() {
            words::t(lang, "no_sessions")
        } else {
            words::t(lang, "no_match")
        };
        set_stringn(buf, list.x, list.y, msg, w, theme.dim());
        return;
    }
    let h = usize::from(list.height);
    let off = scroll_offset(s.selected, h);
    for (row, (i, e)) in rows.iter().enumerate().skip(off).take(h).enumerate() {
        let y = list.y + row as u16;
        let selected = i == s.selected;
        let marker = if selected { ">" } else { " " };
        let line = match e {
            Entry::Ok(x) => {
                let mark = if s.marked.contains(&x.id) { "*" } else { " " };
                let name = match &s.renaming {
                    Some((id, editor)) if *id == x.id => {
                        // "✎ " and the cursor bar take three cells of the name column.
                        let (shown, col) = editor.window(c.name.saturating_sub(3));
                        let mut t: String = text::clean(&shown).into_owned();
                        t.insert(text::byte_at_cell(&t, col), '▏');
                        format!("✎ {t}")
                    }
                    _ => text::clean(&x.name).into_owned(),
                };
                let status = match x.status {
                    Status::InProgress => words::t(lang, "in_progress"),
                    Status::Complete => words::t(lang, "complete"),
                };
                let text_row = format!(
                    "{marker}{mark}{}",
                    join(&[
                        (name, c.name),
                        (updated(app, x.updated), c.updated),
                        (status.to_owned(), c.status),
                        (x.progress.to_string(), c.progress),
                        (outcome_text(app, x), c.outcome),
                    ])
                );
                let style = if selected {
                    theme.selected()
                } else if s.marked.contains(&x.id) {
                    theme.chosen()
                } else {
                    Style::new()
                };
                Line::styled(text::pad(&text_row, w), style)
            }
            Entry::Damaged { path, reason } => {
                let file = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |f| f.to_string_lossy().into_owned(),
                );
                let row = format!(
                    "{marker} ⚠ {}: {} — {}",
                    words::t(lang, "damaged"),
                    text::clean(&file),
                    text::clean(reason)
                );
                Line::styled(
                    text::pad(&row, w),
                    if selected {
                        theme.selected()
                    } else {
                        theme.error()
                    },
                )
            }
        };
        set_line(buf, list.x, y, &line, list.width);
    }
    if let (Some(d), Some(e)) = (detail, rows.get(s.selected)) {
        for (k, l) in text::wrap(&full_text(app, e), w)
            .into_iter()
            .take(usize::from(d.height))
            .enumerate()
        {
            set_stringn(buf, d.x, d.y + k as u16, l, w, theme.dim());
        }
    }
}

pub fn row_at(app: &App, area: Rect, col: u16, row: u16) -> Option<usize> {
    let (list, _) = areas(app, area);
    if !list.contains((col, row).into()) || app.sessions.compare.is_some() {
        return None;
    }
    let i =
        scroll_offset(app.sessions.selected, usize::from(list.height)) + usize::from(row - list.y);
    (i < app.filtered_sessions().len()).then_some(i)
}

/// What changed between the two sessions, in the words `sessions compare` prints: the title
/// and who is compared stay put, the rest scrolls.
fn compare(app: &App, a: &Session, b: &Session, area: Rect, buf: &mut Buffer) {
    use crate::report::compare::{Part, parts};
    let theme = app.theme;
    let w = usize::from(area.width);
    let (a, b) = crate::session::before_after(a, b);
    let c = crate::session::compare(&app.q, a, b, &app.lang);
    let (na, nb) = (text::clean(&a.name), text::clean(&b.name));
    let mut head = vec![Line::styled(
        words::t(&app.lang, "compare_sessions"),
        theme.heading(),
    )];
    let mut body: Vec<Line<'static>> = Vec::new();
    let mut indent = "";
    let quoted = |n: &str| words::t_args(&app.lang, "wn-quoted", &[("v", n.into())]);
    for part in parts(&c, &quoted(&na), &quoted(&nb), &app.lang) {
        let mut put = |s: &str, prefix: &str, style: Style| {
            for l in text::wrap(s, w.saturating_sub(prefix.len()).max(8)) {
                body.push(Line::styled(format!("{prefix}{l}"), style));
            }
        };
        match part {
            Part::Heading(h) => {
                indent = "  ";
                put("", "", Style::new());
                put(&h, "", theme.heading());
            }
            Part::Change { what, change } => {
                if !what.is_empty() {
                    put(&what, indent, Style::new());
                }
                let deeper = if what.is_empty() { indent } else { "    " };
                put(&change, deeper, theme.changed());
            }
            Part::Reason { appeared, text } => {
                let (sign, style) = if appeared {
                    ("+ ", theme.changed())
                } else {
                    ("− ", theme.dim())
                };
                put(&format!("{sign}{text}"), indent, style);
            }
            Part::Note(n) => put(&n, indent, Style::new()),
        }
        // Who is compared (the first part) heads the screen and does not scroll away.
        if head.len() == 1 {
            head.append(&mut body);
        }
    }
    let scroll = usize::from(app.sessions.compare_scroll).min(body.len().saturating_sub(1));
    super::put_lines(buf, area, &head);
    let top = (head.len() as u16).min(area.height);
    let rest = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    super::put_lines(buf, rest, &body[scroll..]);
}
