//! `sessions compare`: two sessions' answers side by side, with the differences marked.

use std::fmt::Write as _;

use careerpath::questionnaire::Questionnaire;
use careerpath::session::{self, Session, printable};
use careerpath::store::Store;

use super::format::{clip, short_id, table};
use super::load;
use crate::commands;

pub(super) fn compare(store: &Store, q: &Questionnaire, lang: &str, a: &str, b: &str) -> i32 {
    let (sa, sb) = match (load(store, a), load(store, b)) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let c = session::compare(q, &sa, &sb, lang);
    let head = |s: &Session| clip(&format!("{} ({})", printable(&s.name), short_id(&s.id)), 36);
    let mut rows = vec![[String::new(), "QUESTION".to_owned(), head(&sa), head(&sb)]];
    for row in &c.rows {
        rows.push([
            if row.differs {
                "*".to_owned()
            } else {
                String::new()
            },
            clip(&row.prompt, 44),
            clip(row.a.as_deref().unwrap_or("-"), 36),
            clip(row.b.as_deref().unwrap_or("-"), 36),
        ]);
    }
    rows.push([
        if c.outcomes_differ {
            "*".to_owned()
        } else {
            String::new()
        },
        "Outcome".to_owned(),
        clip(c.outcome_a.as_deref().unwrap_or("(no result yet)"), 36),
        clip(c.outcome_b.as_deref().unwrap_or("(no result yet)"), 36),
    ]);
    let differing = c.rows.iter().filter(|r| r.differs).count();
    let mut out = table(&rows);
    let _ = writeln!(
        out,
        "\n{differing} of {} answers differ (marked *); the outcome {}.",
        c.rows.len(),
        if c.outcomes_differ {
            "differs"
        } else {
            "is the same"
        }
    );
    commands::print(&out)
}
