//! `missing-in-conditional`: a derived value's conditional that compares a value an
//! unanswered question leaves missing, so the comparison is false and the last branch is
//! given as if it were the answer.

use foldhash::HashMap;

use crate::expr::ast::{BinOp, Kind, Node};

use super::Lint;
use super::rules::walk;

/// The names whose missing answer can leave `root` without a value: not those only asked
/// `answered(x)`, nor those inside `count`, `any` or `all` of a list, which count a
/// missing item as not holding and always give a value.
fn missing_through(root: &Node) -> Vec<&str> {
    use crate::expr::ast::Func;
    let mut out: Vec<&str> = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match &node.kind {
            Kind::Name(n) if !out.contains(&n.as_str()) => out.push(n),
            Kind::Call(Func::Answered, _) => {}
            Kind::Call(Func::Count | Func::Any | Func::All, args)
                if matches!(
                    args.as_slice(),
                    [Node {
                        kind: Kind::List(_),
                        ..
                    }]
                ) => {}
            Kind::Unary(_, a) => stack.push(a),
            Kind::Binary(_, a, b) => stack.extend([&**b, &**a]),
            Kind::And(parts) | Kind::Or(parts) | Kind::Call(_, parts) => {
                stack.extend(parts.iter().rev())
            }
            Kind::List(list) => stack.extend(list.items.iter().rev()),
            Kind::Cond(parts) => stack.extend(parts.iter().rev()),
            _ => {}
        }
    }
    out
}

/// A conditional in a derived value whose condition compares (`<`, `>=` ...) a value that
/// can be missing: the comparison is then false, and the conditional gives its last branch
/// as if that were the answer (`total >= 10 ? 'moderate' : 'minimal'` says "minimal" when an
/// optional item of `total` is skipped). Unless the expression asks `answered(...)`.
pub(super) fn missing_in_conditionals(cx: &mut Lint<'_>) {
    let q = cx.q;
    // The questions each name may be missing through: itself, or those a derived value reads.
    let mut missing: HashMap<&str, Vec<&str>> = HashMap::default();
    for question in &q.questions {
        let can_miss = !question.required || question.visible_if.is_some();
        let through = if can_miss {
            vec![question.id.as_str()]
        } else {
            Vec::new()
        };
        missing.insert(question.id.as_str(), through);
    }
    // In dependency order: each derived value reads only earlier ones.
    for d in &q.derived {
        let mut through: Vec<&str> = Vec::new();
        for n in missing_through(d.expr.ast()) {
            for m in missing.get(n).into_iter().flatten() {
                if !through.contains(m) {
                    through.push(m);
                }
            }
        }
        missing.insert(d.name.as_str(), through);
    }
    for d in &q.derived {
        // The questions the expression asks `answered(...)` of: a guard for those only.
        let mut asked: Vec<String> = Vec::new();
        walk(d.expr.ast(), &mut |node| {
            if let Kind::Call(crate::expr::ast::Func::Answered, args) = &node.kind {
                asked.extend(args.iter().filter_map(|a| match &a.kind {
                    Kind::Name(n) => Some(n.to_string()),
                    _ => None,
                }));
            }
        });
        let unguarded = |n: &str| {
            missing
                .get(n)
                .is_some_and(|m| m.iter().any(|x| !asked.iter().any(|a| a == x)))
        };
        let mut found: Option<(String, String)> = None;
        walk(d.expr.ast(), &mut |node| {
            let Kind::Cond(parts) = &node.kind else {
                return;
            };
            walk(&parts[0], &mut |c| {
                let Kind::Binary(BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge, l, r) = &c.kind
                else {
                    return;
                };
                // A side may be a name or any number built from names (`sum(a, b)`).
                for side in [l, r] {
                    let name = missing_through(side).into_iter().find(|n| unguarded(n));
                    if let (Some(n), None) = (name, &found) {
                        let text: String = d
                            .expr
                            .source()
                            .chars()
                            .skip(c.span.start)
                            .take(c.span.len())
                            .collect();
                        found = Some((n.to_owned(), text));
                    }
                }
            });
        });
        let Some((name, comparison)) = found else {
            continue;
        };
        let through = missing.get(name.as_str()).cloned().unwrap_or_default();
        let first = through.first().copied().unwrap_or_default();
        let listed: Vec<String> = through.iter().map(|m| format!("`{m}`")).collect();
        let reads = if through == [name.as_str()] {
            String::new()
        } else {
            diag!(
                "diag-missing-in-conditional-reads",
                names = listed.join(", "),
                n = listed.len()
            )
        };
        cx.warn(
            d.pos,
            "missing-in-conditional",
            diag!(
                "diag-missing-in-conditional",
                derived = d.name.as_str(),
                comparison = comparison,
                name = name.as_str(),
                reads = reads
            ),
        )
        .help = Some(diag!(
            "diag-missing-in-conditional-help",
            first = first,
            names = listed.join(", "),
            n = listed.len()
        ));
    }
}
