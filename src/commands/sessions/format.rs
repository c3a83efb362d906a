//! How the `sessions` commands put things in a terminal: padded tables, clipped cells, file
//! names, raw answers and times.

use careerpath::words;

use std::path::Path;

use careerpath::text::width;
use jiff::Timestamp;

/// Columns padded to their widest cell (in terminal columns, so wide characters align).
pub(super) fn table<const N: usize>(rows: &[[String; N]]) -> String {
    let mut widths = [0usize; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < N {
                line.push_str(&" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// At most `max` columns, with "…" when cut.
pub(super) use careerpath::text::truncate as clip;

pub(super) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(super) fn file_stem(path: &Path) -> String {
    let name = file_name(path);
    name.strip_suffix(".yaml").unwrap_or(&name).to_owned()
}

/// An answer as stored, for answers no current question labels (`lang` says yes or no).
pub(super) fn raw(a: &careerpath::questionnaire::Answer, lang: &str) -> String {
    use careerpath::questionnaire::Answer;
    match a {
        Answer::Bool(b) => words::t(lang, if *b { "yes" } else { "no" }),
        Answer::Number(n) => careerpath::flow::format_number(*n),
        Answer::Text(t) => t.clone(),
        Answer::List(items) => items.join(", "),
    }
}

pub(super) use careerpath::session::local_time as local;

/// "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago" (in `lang`), else the date.
pub(super) fn relative(t: Timestamp, now: Timestamp, lang: &str) -> String {
    let secs = now.as_second() - t.as_second();
    let n = |id: &str, unit: i64| words::t_args(lang, id, &[("n", (secs / unit).into())]);
    match secs {
        i64::MIN..=-60 => local(t),
        -59..=59 => words::t(lang, "cli-just_now"),
        60..=3599 => n("cli-min_ago", 60),
        3600..=86_399 => n("cli-h_ago", 3600),
        86_400..=172_799 => words::t(lang, "cli-yesterday"),
        172_800..=604_799 => n("cli-days_ago", 86_400),
        _ => t
            .to_zoned_datetime(careerpath::session::local_zone())
            .strftime("%Y-%m-%d")
            .to_string(),
    }
}
