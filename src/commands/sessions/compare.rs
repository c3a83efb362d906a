//! `sessions compare`: what changed between two sessions, in words (`report::compare`).

use std::fmt::Write as _;

use careerpath::report::compare::{Part, parts};
use careerpath::session::{self, Session, printable};
use careerpath::store::Store;
use careerpath::words;

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
    // Two prefixes of one session: a comparison that can only say "nothing changed".
    if sa.id == sb.id {
        let said = words::t_args(
            lang,
            "cli-compare_itself",
            &[("id", store.short_id(&sa.id).into())],
        );
        errln!("careerpath: {said}");
        return Exit::Usage;
    }
    for s in [&sa, &sb] {
        if let Err(code) = super::same_questionnaire(ctx, store, s) {
            return code;
        }
    }
    let (sa, sb) = session::before_after(&sa, &sb);
    let c = session::compare(q, sa, sb, lang);
    let name = |s: &Session| {
        let quoted = words::t_args(lang, "wn-quoted", &[("v", printable(&s.name).into())]);
        format!("{quoted} ({})", store.short_id(&s.id))
    };
    commands::print(&text(&parts(&c, &name(sa), &name(sb), lang)))
}

/// The parts as terminal text: headings flush left after a blank line, what falls under a
/// heading indented.
fn text(parts: &[Part]) -> String {
    let mut out = String::new();
    let mut indent = "";
    for part in parts {
        let _ = match part {
            Part::Heading(h) => {
                indent = "  ";
                writeln!(out, "\n{h}")
            }
            Part::Change { what, change } if what.is_empty() => writeln!(out, "{indent}{change}"),
            Part::Change { what, change } => writeln!(out, "{indent}{what}\n{indent}  {change}"),
            Part::Reason { appeared, text } => {
                let sign = if *appeared { '+' } else { '−' };
                writeln!(out, "{indent}{sign} {text}")
            }
            Part::Note(n) => writeln!(out, "{indent}{n}"),
        };
    }
    out
}
