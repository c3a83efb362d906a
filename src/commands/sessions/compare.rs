//! `sessions compare`: two sessions' answers side by side, with the differences marked.

use std::fmt::Write as _;

use careerpath::session::{self, Session, printable};
use careerpath::store::Store;
use careerpath::words;

use super::format::{clip, table};
use super::load;
use crate::commands;
use crate::context::Context;
use crate::exit::Exit;

pub(super) fn compare(ctx: &Context, store: &Store, a: &str, b: &str) -> Exit {
    let (q, lang) = (&ctx.questionnaire, ctx.lang.as_str());
    let (sa, sb) = match (load(ctx, store, a), load(ctx, store, b)) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    for s in [&sa, &sb] {
        if let Err(code) = super::same_questionnaire(ctx, store, s) {
            return code;
        }
    }
    let c = session::compare(q, &sa, &sb, lang);
    let head = |s: &Session| {
        clip(
            &format!("{} ({})", printable(&s.name), store.short_id(&s.id)),
            36,
        )
    };
    let mark = |differs: bool| if differs { "*" } else { "" }.to_owned();
    let mut rows = vec![[
        String::new(),
        words::t(lang, "cli-col-question"),
        head(&sa),
        head(&sb),
    ]];
    for row in &c.rows {
        rows.push([
            mark(row.differs),
            clip(&row.prompt, 44),
            clip(row.a.as_deref().unwrap_or("-"), 36),
            clip(row.b.as_deref().unwrap_or("-"), 36),
        ]);
    }
    let no_result = words::t(lang, "cli-no_result");
    let outcome = |saved: Option<&String>| {
        saved.map_or_else(
            || no_result.to_owned(),
            |t| careerpath::report::outcome_title_in(q, t, lang),
        )
    };
    rows.push([
        mark(c.outcomes_differ),
        words::t(lang, "cli-outcome"),
        clip(&outcome(c.outcome_a.as_ref()), 36),
        clip(&outcome(c.outcome_b.as_ref()), 36),
    ]);
    let differing = c.rows.iter().filter(|r| r.differs).count();
    let mut out = table(&rows);
    let outcome = words::t(
        lang,
        if c.outcomes_differ {
            "cli-outcome_differs"
        } else {
            "cli-outcome_same"
        },
    );
    let _ = writeln!(
        out,
        "\n{}",
        words::t_args(
            lang,
            "cli-compare",
            &[
                ("d", differing.into()),
                ("n", c.rows.len().into()),
                ("outcome", outcome.into()),
            ],
        )
    );
    commands::print(&out)
}
