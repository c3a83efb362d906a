//! How fast the condition language parses, checks and evaluates expressions
//! shaped like the built-in questionnaire's.

use std::collections::HashMap;
use std::hint::black_box;

use careerpath::expr::{Env, Expr, Scope, Type, Value, VarInfo};
use criterion::{Criterion, criterion_group, criterion_main};

/// Conditions of the kinds a questionnaire holds: choice tests, list
/// membership, boolean mixes, score arithmetic.
const EXPRESSIONS: [&str; 8] = [
    "role in ['ai_ml', 'data_science']",
    "ai_stack in ['serving', 'end_to_end']",
    "'llm' in domains || 'agents_rag' in domains",
    "role == 'backend'",
    "abs(score.rust - score.python) <= 2 && answered(role)",
    "hours >= 5 && (latency || genai) && !systems_ai",
    "score.rust - score.python",
    "size(domains) > 2 || role != 'architect' && hours < 10",
];

fn scope() -> Scope {
    let var = |ty: Type, choices: Option<&[&str]>, question: bool| VarInfo {
        ty,
        choices: choices.map(|c| c.iter().map(|s| s.to_string()).collect()),
        question,
    };
    let list = Type::List(Box::new(Type::Str));
    let mut vars = HashMap::default();
    let roles: &[&str] = &["ai_ml", "data_science", "backend", "architect"];
    vars.insert("role".into(), var(Type::Str, Some(roles), true));
    let stacks: &[&str] = &["research", "serving", "end_to_end"];
    vars.insert("ai_stack".into(), var(Type::Str, Some(stacks), true));
    let domains: &[&str] = &["llm", "agents_rag", "web", "databases"];
    vars.insert("domains".into(), var(list, Some(domains), true));
    for name in ["latency", "genai", "systems_ai"] {
        vars.insert(name.into(), var(Type::Bool, None, true));
    }
    vars.insert("hours".into(), var(Type::Number, None, true));
    for name in ["score.rust", "score.python"] {
        vars.insert(name.into(), var(Type::Number, None, false));
    }
    Scope { vars }
}

fn env() -> Env {
    let s = |v: &str| Value::Str(v.into());
    let mut values = HashMap::default();
    values.insert("role".into(), s("ai_ml"));
    values.insert("ai_stack".into(), s("serving"));
    values.insert("domains".into(), Value::List(vec![s("web"), s("llm")]));
    values.insert("latency".into(), Value::Bool(true));
    values.insert("genai".into(), Value::Null);
    values.insert("hours".into(), Value::Number(6.0));
    values.insert("score.rust".into(), Value::Number(5.0));
    values.insert("score.python".into(), Value::Number(7.0));
    Env { values }
}

fn benches(c: &mut Criterion) {
    let scope = scope();
    let env = env();
    c.bench_function("expr/parse+check 1000", |b| {
        b.iter(|| {
            for src in EXPRESSIONS.iter().cycle().take(1000) {
                let expr = Expr::parse(black_box(src)).ok();
                black_box(expr.map(|e| e.check(&scope)));
            }
        })
    });
    // About as many conditions as the built-in questionnaire evaluates for one result.
    let exprs: Vec<Expr> = EXPRESSIONS
        .iter()
        .cycle()
        .take(48)
        .filter_map(|src| Expr::parse(src).ok())
        .collect();
    c.bench_function("expr/eval 48", |b| {
        b.iter(|| {
            for expr in &exprs {
                black_box(expr.eval(black_box(&env)));
            }
        })
    });
    c.bench_function("expr/eval_traced 48", |b| {
        b.iter(|| {
            for expr in &exprs {
                let mut reads = Vec::new();
                black_box(expr.eval_traced(black_box(&env), &mut reads));
            }
        })
    });
}

criterion_group!(expr, benches);
criterion_main!(expr);
