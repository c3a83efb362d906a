use super::*;
use crate::expr::Value;

fn spans(node: &Node, out: &mut Vec<(String, Range<usize>)>) {
    out.push((node.to_string(), node.span.clone()));
    match &node.kind {
        Kind::Unary(_, x) => spans(x, out),
        Kind::Binary(_, l, r) => {
            spans(l, out);
            spans(r, out);
        }
        Kind::And(items) | Kind::Or(items) | Kind::Call(_, items) => {
            items.iter().for_each(|i| spans(i, out))
        }
        Kind::Cond(parts) => parts.iter().for_each(|i| spans(i, out)),
        Kind::List(list) => list.items.iter().for_each(|i| spans(i, out)),
        _ => {}
    }
}

#[test]
fn nodes_span_their_own_text() {
    let src = "!a && (b + 1) * 2 in [c, 'd'] || min(e, 3) > 0";
    let root = parse(src).unwrap();
    let mut all = Vec::new();
    spans(&root, &mut all);
    let chars: Vec<char> = src.chars().collect();
    for (shown, span) in all {
        let text: String = chars[span.clone()].iter().collect();
        // A node's text is its printed form, give or take spacing and outer parentheses.
        let squash = |s: &str| s.replace([' ', '(', ')'], "");
        assert_eq!(squash(&text), squash(&shown), "span {span:?}");
    }
}

#[test]
fn chains_of_and_or_stay_flat() {
    let root = parse("a && b && c || d || (e && f) && g").unwrap();
    let Kind::Or(items) = &root.kind else {
        panic!("{root:?}")
    };
    assert_eq!(items.len(), 3);
    assert!(matches!(&items[0].kind, Kind::And(x) if x.len() == 3));
    // A parenthesised `&&` chain stays its own node.
    assert!(
        matches!(&items[2].kind, Kind::And(x) if x.len() == 2 && matches!(x[0].kind, Kind::And(_)))
    );
}

#[test]
fn constant_lists_are_kept_as_values() {
    let root = parse("['a', 1, [true]]").unwrap();
    let Kind::List(list) = &root.kind else {
        panic!("{root:?}")
    };
    assert_eq!(
        list.constant(),
        Some(
            &[
                Value::Str("a".into()),
                Value::Number(1.0),
                Value::List(vec![Value::Bool(true)])
            ][..]
        )
    );
    let root = parse("['a', b]").unwrap();
    let Kind::List(list) = &root.kind else {
        panic!("{root:?}")
    };
    assert_eq!(list.constant(), None);
}
