//! The question flow and the rules as a Mermaid or Graphviz (DOT) graph:
//! questions in order (edges labelled with `visible_if`, dashed edges that
//! skip a conditional question, junctions where consecutive conditional questions'
//! ways meet), then each rule's condition to its outcome.

use std::fmt::Write as _;

use super::{Condition, Questionnaire};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphKind {
    Mermaid,
    Dot,
}

/// Longest label, in characters, before it is cut with `…`.
const MAX_LABEL: usize = 60;

struct Edge {
    from: String,
    to: String,
    label: Option<String>,
    dashed: bool,
}

/// The graph as Mermaid (`flowchart TD`) or DOT text, ending in a newline: the
/// questionnaire's texts in `lang`, the graph's own words in the program's words for it.
pub fn graph(q: &Questionnaire, kind: GraphKind, lang: &str) -> String {
    let words = crate::lang::words(lang);
    let w = |id: &str| crate::words::t(words, id);
    let mut nodes: Vec<(String, String, Shape)> = Vec::new();
    let mut edges: Vec<Edge> = Vec::new();
    nodes.push(("start".into(), w("graph-start"), Shape::Round));
    for (i, question) in q.questions.iter().enumerate() {
        let prompt = question.prompt.get(lang, &q.default_lang);
        nodes.push((
            format!("q{i}"),
            format!("{}: {prompt}", question.id),
            Shape::Box,
        ));
    }
    nodes.push((
        "decide".into(),
        crate::words::t_args(words, "graph-decide", &[("policy", policy_name(q).into())]),
        Shape::Diamond,
    ));

    // Questions in order; a conditional question also gets a dashed edge around it. When
    // the question after it is conditional too, both ways meet at a junction first, so no
    // edge reads as if that next question were always asked.
    let n = q.questions.len();
    let node = |i: usize| {
        if i < n {
            format!("q{i}")
        } else {
            "decide".to_owned()
        }
    };
    let edge = |from: &str, to: String, label: Option<String>, dashed: bool| Edge {
        from: from.to_owned(),
        to,
        label,
        dashed,
    };
    let mut prev = "start".to_owned();
    for (i, question) in q.questions.iter().enumerate() {
        let Some(cond) = &question.visible_if else {
            edges.push(edge(&prev, node(i), None, false));
            prev = node(i);
            continue;
        };
        edges.push(edge(&prev, node(i), Some(cond.source().to_owned()), false));
        let otherwise = Some(w("graph-otherwise"));
        if q.questions
            .get(i + 1)
            .is_some_and(|next| next.visible_if.is_some())
        {
            let junction = format!("j{i}");
            nodes.push((junction.clone(), String::new(), Shape::Point));
            edges.push(edge(&prev, junction.clone(), otherwise, true));
            edges.push(edge(&node(i), junction.clone(), None, false));
            prev = junction;
        } else {
            edges.push(edge(&prev, node(i + 1), otherwise, true));
            prev = node(i);
        }
    }
    edges.push(Edge {
        from: prev,
        to: "decide".into(),
        label: None,
        dashed: false,
    });

    for (i, outcome) in q.outcomes.iter().enumerate() {
        nodes.push((
            format!("o{i}"),
            format!(
                "{}: {}",
                outcome.id,
                outcome.title.get(lang, &q.default_lang)
            ),
            Shape::Round,
        ));
    }
    for (i, rule) in q.decision.rules.iter().enumerate() {
        let cond = rule.when.as_ref().map(render).unwrap_or_default();
        let prio = if q.decision.policy == super::Policy::Priority {
            format!(" [{}]", rule.priority)
        } else {
            String::new()
        };
        nodes.push((
            format!("r{i}"),
            format!("{}{prio}: {cond}", rule.id),
            Shape::Box,
        ));
        edges.push(Edge {
            from: "decide".into(),
            to: format!("r{i}"),
            label: None,
            dashed: false,
        });
        edges.push(Edge {
            from: format!("r{i}"),
            to: format!("o{}", rule.outcome),
            label: None,
            dashed: false,
        });
    }
    // Under `policy: top`, each dimension leads to its outcome when it ranks on top.
    if let Some(top) = &q.decision.top {
        for dim in &q.dimensions {
            if let Some(o) = dim.outcome {
                edges.push(Edge {
                    from: "decide".into(),
                    to: format!("o{o}"),
                    label: Some(crate::words::t_args(
                        words,
                        "graph-in_top",
                        &[("dim", dim.id.as_str().into()), ("n", top.count.into())],
                    )),
                    dashed: false,
                });
            }
        }
    }
    let d = &q.decision.default;
    edges.push(Edge {
        from: "decide".into(),
        to: format!("o{}", d.outcome),
        label: Some(crate::words::t_args(
            words,
            "graph-default",
            &[("rule", d.id.as_str().into())],
        )),
        dashed: true,
    });

    match kind {
        GraphKind::Mermaid => mermaid(&nodes, &edges),
        GraphKind::Dot => dot(q, &nodes, &edges),
    }
}

#[derive(Clone, Copy)]
enum Shape {
    Box,
    Round,
    Diamond,
    /// Where two ways through the questions meet.
    Point,
}

fn policy_name(q: &Questionnaire) -> &'static str {
    match q.decision.policy {
        super::Policy::First => "first",
        super::Policy::Priority => "priority",
        super::Policy::Collect => "collect",
        super::Policy::Top => "top",
    }
}

/// A condition tree as one expression.
fn render(c: &Condition) -> String {
    match c {
        Condition::Expr(e) => e.source().to_owned(),
        Condition::All(parts) => parts
            .iter()
            .map(|p| format!("({})", render(p)))
            .collect::<Vec<_>>()
            .join(" && "),
        Condition::Any(parts) => parts
            .iter()
            .map(|p| format!("({})", render(p)))
            .collect::<Vec<_>>()
            .join(" || "),
        Condition::Not(inner) => format!("!({})", render(inner)),
    }
}

/// Shortens a label and drops control characters and line breaks.
fn clean(s: &str) -> String {
    let flat = crate::sanitize::sanitize(s, false);
    if flat.chars().count() > MAX_LABEL {
        let mut cut: String = flat.chars().take(MAX_LABEL - 1).collect();
        cut.push('…');
        cut
    } else {
        flat
    }
}

/// A label for inside Mermaid's quotes, written with Mermaid's entity codes (`#quot;`,
/// `#35;`): `"` would end the label, `#` could start an entity (`C#quot;`), `<` and `&`
/// are HTML to Mermaid's renderer (`<b>` turns bold), and a label wrapped in backticks
/// would be read as Markdown.
fn mermaid_text(s: &str) -> String {
    let mut out = String::new();
    for c in clean(s).chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '&' => out.push_str("#amp;"),
            '`' => out.push_str("#96;"),
            c => out.push(c),
        }
    }
    out
}

fn mermaid(nodes: &[(String, String, Shape)], edges: &[Edge]) -> String {
    let mut out = String::from("flowchart TD\n");
    for (id, label, shape) in nodes {
        let label = mermaid_text(label);
        let _ = match shape {
            Shape::Box => writeln!(out, "    {id}[\"{label}\"]"),
            Shape::Round => writeln!(out, "    {id}([\"{label}\"])"),
            Shape::Diamond => writeln!(out, "    {id}{{\"{label}\"}}"),
            Shape::Point => writeln!(out, "    {id}((\" \"))"),
        };
    }
    for e in edges {
        let arrow = if e.dashed { "-.->" } else { "-->" };
        let _ = match &e.label {
            Some(l) => writeln!(
                out,
                "    {} {arrow}|\"{}\"| {}",
                e.from,
                mermaid_text(l),
                e.to
            ),
            None => writeln!(out, "    {} {arrow} {}", e.from, e.to),
        };
    }
    out
}

fn dot_text(s: &str) -> String {
    clean(s).replace('\\', "\\\\").replace('"', "\\\"")
}

fn dot(q: &Questionnaire, nodes: &[(String, String, Shape)], edges: &[Edge]) -> String {
    let mut out = format!(
        "digraph \"{}\" {{\n    rankdir=TB;\n    node [fontname=\"sans-serif\"];\n",
        dot_text(&q.id)
    );
    for (id, label, shape) in nodes {
        let shape = match shape {
            Shape::Box => "box",
            Shape::Round => "ellipse",
            Shape::Diamond => "diamond",
            Shape::Point => "point",
        };
        let _ = writeln!(
            out,
            "    {id} [shape={shape}, label=\"{}\"];",
            dot_text(label)
        );
    }
    for e in edges {
        let mut attrs = Vec::new();
        if let Some(l) = &e.label {
            attrs.push(format!("label=\"{}\"", dot_text(l)));
        }
        if e.dashed {
            attrs.push("style=dashed".to_owned());
        }
        let attrs = if attrs.is_empty() {
            String::new()
        } else {
            format!(" [{}]", attrs.join(", "))
        };
        let _ = writeln!(out, "    {} -> {}{attrs};", e.from, e.to);
    }
    out.push_str("}\n");
    out
}
