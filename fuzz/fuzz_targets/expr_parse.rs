//! Any text: parsing never panics; what parses prints to a canonical form
//! that parses back to the same tree, then checks and evaluates quietly.

#![no_main]

use std::collections::HashMap;

use careerpath::expr::{Env, Expr, Scope, Type, Value, VarInfo};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let expr = match Expr::parse(src) {
        Ok(expr) => expr,
        Err(e) => {
            assert!(e.span.start <= e.span.end && e.span.end <= src.chars().count());
            return;
        }
    };
    let shown = expr.to_string();
    match Expr::parse(&shown) {
        Ok(again) => assert!(
            again == expr,
            "`{src}` printed as `{shown}` parses differently"
        ),
        Err(e) => panic!(
            "`{src}` printed as `{shown}`, which does not parse: {}",
            e.message
        ),
    }
    let _ = expr.check(&scope());
    let _ = expr.eval(&env());
    let mut reads = Vec::new();
    let _ = expr.eval_traced(&Env::default(), &mut reads);
});

fn scope() -> Scope {
    let var = |ty, choices: Option<&[&str]>| VarInfo {
        ty,
        choices: choices.map(|c| c.iter().map(|s| s.to_string()).collect()),
        question: true,
    };
    let mut vars = HashMap::default();
    vars.insert("a".into(), var(Type::Str, Some(&["x", "y"])));
    vars.insert(
        "b".into(),
        var(Type::List(Box::new(Type::Str)), Some(&["x", "y"])),
    );
    vars.insert("c".into(), var(Type::Number, None));
    vars.insert("d".into(), var(Type::Bool, None));
    Scope { vars }
}

fn env() -> Env {
    let mut values = HashMap::default();
    values.insert("a".into(), Value::Str("x".into()));
    values.insert("b".into(), Value::List(vec![Value::Str("y".into())]));
    values.insert("c".into(), Value::Number(3.0));
    values.insert("d".into(), Value::Bool(true));
    Env { values }
}
