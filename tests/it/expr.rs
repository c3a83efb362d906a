//! The condition language from the outside: parse errors, check errors,
//! evaluation (null semantics above all) and the printed form.

use std::collections::HashMap;

use careerpath::expr::ast::{BinOp, Func, Kind, ListLit, Node, RESERVED, UnOp};
use careerpath::expr::{Env, Expr, ExprError, MAX_DEPTH, Read, Scope, Type, Value, VarInfo};
use proptest::prelude::*;

fn err(src: &str) -> ExprError {
    match Expr::parse(src) {
        Ok(e) => panic!("`{src}` parsed as `{e}`"),
        Err(e) => e,
    }
}

#[test]
fn parse_errors_say_what_was_found_and_expected() {
    // (source, message, char span, help)
    let cases: &[(&str, &str, std::ops::Range<usize>, Option<&str>)] = &[
        (
            "",
            "expected an operand, found end of expression",
            0..0,
            None,
        ),
        (
            "   ",
            "expected an operand, found end of expression",
            3..3,
            None,
        ),
        (
            "role ==",
            "expected an operand, found end of expression",
            7..7,
            None,
        ),
        ("(a || )", "expected an operand, found `)`", 6..7, None),
        ("hours > 1e400", "number `1e400` is too large", 8..13, None),
        ("2ex", "expected an operator, found `ex`", 1..3, None),
        (
            "a && (b",
            "expected `)` to close the `(` at column 6, found end of expression",
            7..7,
            None,
        ),
        (
            "(a b)",
            "expected `)` to close the `(` at column 1, found `b`",
            3..4,
            None,
        ),
        (
            "a)",
            "expected an operator, found `)`",
            1..2,
            Some("this `)` closes no `(`"),
        ),
        (
            "role 'ml'",
            "expected an operator, found `'ml'`",
            5..9,
            None,
        ),
        (
            "x == 'ml",
            "unterminated string: expected a closing `'`, found end of expression",
            5..8,
            None,
        ),
        (
            "x == \"ml",
            "unterminated string: expected a closing `\"`, found end of expression",
            5..8,
            None,
        ),
        (
            "x == 'a\\qb'",
            "unknown escape `\\q` in a string, expected one of `\\\\` `\\'` `\\\"` `\\n` `\\t` `\\r`",
            7..9,
            None,
        ),
        (
            "a # note",
            "unexpected character `#`, expected an operand or an operator",
            2..3,
            Some("expressions have no comments"),
        ),
        (
            "a $ b",
            "unexpected character `$`, expected an operand or an operator",
            2..3,
            None,
        ),
        (
            "role = 'ml'",
            "expected `==`, found `=`",
            5..6,
            Some("equality is written `==`"),
        ),
        (
            "hours => 5",
            "expected `>=`, found `=>`",
            6..8,
            Some("the `=` goes last"),
        ),
        (
            "hours =< 5",
            "expected `<=`, found `=<`",
            6..8,
            Some("the `=` goes last"),
        ),
        (
            "a & b",
            "expected `&&`, found `&`",
            2..3,
            Some("\"and\" is written `&&`"),
        ),
        (
            "a | b",
            "expected `||`, found `|`",
            2..3,
            Some("\"or\" is written `||`"),
        ),
        (
            "a and b",
            "expected an operator or operand, found `and`",
            2..5,
            Some("write `&&` instead of `and`"),
        ),
        (
            "a or b",
            "expected an operator or operand, found `or`",
            2..4,
            Some("write `||` instead of `or`"),
        ),
        (
            "not a",
            "expected an operator or operand, found `not`",
            0..3,
            Some("write `!` instead of `not`"),
        ),
        (
            "1. + 2",
            "expected a digit after `1.`, found a space",
            0..2,
            None,
        ),
        (
            "score.",
            "expected a name after `.`, found end of expression",
            5..6,
            None,
        ),
        (
            "score.1",
            "expected a name after `.`, found `1`",
            5..6,
            None,
        ),
        (
            "sise(domains)",
            "unknown function `sise`",
            0..4,
            Some("did you mean `size`?"),
        ),
        (
            "frobnicate(x)",
            "unknown function `frobnicate`",
            0..10,
            Some("the functions are size, answered, abs, min, max, sum, count, any, all"),
        ),
        (
            "min()",
            "`min()` takes one or more arguments, found 0",
            0..5,
            None,
        ),
        (
            "sum()",
            "`sum()` takes one or more arguments, found 0",
            0..5,
            None,
        ),
        (
            "count(a, b)",
            "`count()` takes 1 argument, found 2",
            0..11,
            None,
        ),
        (
            "a ? b",
            "expected `:` to go with the `?` after `a`, found end of expression",
            5..5,
            Some("a conditional is written `condition ? if_true : if_false`"),
        ),
        ("abs(a, b)", "`abs()` takes 1 argument, found 2", 0..9, None),
        ("size()", "`size()` takes 1 argument, found 0", 0..6, None),
        (
            "min(a b)",
            "expected `,` or `)` to close the `(` at column 4, found `b`",
            6..7,
            None,
        ),
        (
            "answered('role')",
            "`answered()` takes a question id, found `'role'`",
            9..15,
            None,
        ),
        (
            "x in ['a' 'b']",
            "expected `,` or `]` to close the `[` at column 6, found `'b'`",
            10..13,
            None,
        ),
        (
            "[1, 2",
            "expected `,` or `]` to close the `[` at column 1, found end of expression",
            5..5,
            None,
        ),
        (
            "role == ‘ml’",
            "unexpected character `‘`, expected an operand or an operator",
            8..9,
            Some("quote strings with straight quotes: 'like this'"),
        ),
        (
            "rôle == 'ml'",
            "unexpected character `ô`, expected an operand or an operator",
            1..2,
            Some("names use only ASCII letters, digits and `_`"),
        ),
        // Spans count characters, not bytes.
        (
            "'é' == 'ü' ==",
            "expected an operand, found end of expression",
            13..13,
            None,
        ),
        (
            "'日本' # x",
            "unexpected character `#`, expected an operand or an operator",
            5..6,
            Some("expressions have no comments"),
        ),
    ];
    for (src, message, span, help) in cases {
        let e = err(src);
        assert_eq!(e.message, *message, "message for `{src}`");
        assert_eq!(e.span, *span, "span for `{src}`");
        assert_eq!(e.help.as_deref(), *help, "help for `{src}`");
    }
}

#[test]
fn deep_nesting_is_refused_at_the_first_level_too_many() {
    let n = 10_000;
    let depth_msg = format!("expression nests deeper than {MAX_DEPTH} levels");
    let cases: Vec<(String, std::ops::Range<usize>)> = vec![
        ("(".repeat(n) + "a" + &")".repeat(n), 64..65),
        ("(".repeat(n), 64..65),
        ("!".repeat(n) + "a", 64..65),
        ("-".repeat(n) + "1", 64..65),
        ("[".repeat(n), 64..65),
        ("abs(".repeat(n), 256..260),
        // A left-deep chain: the 65th `+` makes it 65 levels tall.
        (vec!["1"; n].join("+"), 129..130),
    ];
    for (src, span) in cases {
        let e = err(&src);
        assert_eq!(e.message, depth_msg, "for {}…", &src[..10]);
        assert_eq!(e.span, span, "for {}…", &src[..10]);
    }
    // A long sum says how to write it instead.
    let e = err(&vec!["a"; 70].join(" + "));
    assert!(
        e.help
            .as_deref()
            .is_some_and(|h| h.contains("sum(a, b, c, ...)")),
        "{:?}",
        e.help
    );
    // The limit itself is fine.
    let ok = "(".repeat(MAX_DEPTH) + "a" + &")".repeat(MAX_DEPTH);
    Expr::parse(&ok).unwrap();
    Expr::parse(&("!".repeat(MAX_DEPTH) + "a")).unwrap();
    // `&&` and `||` chains stay flat, so long ones are fine.
    let long_or = vec!["role == 'ml'"; 5_000].join(" || ");
    let e = Expr::parse(&long_or).unwrap();
    assert!(!e.eval(&Env::default()).holds());
}

fn scope() -> Scope {
    let choice = |ty: Type, choices: &[&str]| VarInfo {
        ty,
        choices: Some(choices.iter().map(|s| s.to_string()).collect()),
        question: true,
    };
    let plain = |ty: Type, question: bool| VarInfo {
        ty,
        choices: None,
        question,
    };
    let list = || Type::List(Box::new(Type::Str));
    let mut vars = HashMap::default();
    vars.insert(
        "role".into(),
        choice(Type::Str, &["ml", "systems", "architect"]),
    );
    vars.insert("domains".into(), choice(list(), &["llm", "agents", "web"]));
    vars.insert("serving".into(), plain(Type::Bool, true));
    vars.insert("hours".into(), plain(Type::Number, true));
    vars.insert("name".into(), plain(Type::Str, true));
    vars.insert("score.rust".into(), plain(Type::Number, false));
    vars.insert("score.python".into(), plain(Type::Number, false));
    vars.insert("lead".into(), plain(Type::Number, false));
    // Ids may hold `-`, which an expression reads as minus.
    vars.insert("my-role".into(), plain(Type::Str, true));
    vars.insert("x-y-z".into(), plain(Type::Number, true));
    Scope { vars }
}

#[test]
fn check_accepts_well_typed_expressions() {
    let list = Type::List(Box::new(Type::Str));
    let cases: &[(&str, Type)] = &[
        ("role == 'ml'", Type::Bool),
        ("'ml' != role", Type::Bool),
        ("role in ['ml', 'systems']", Type::Bool),
        ("'llm' in domains", Type::Bool),
        ("domains == ['llm', 'web']", Type::Bool),
        ("serving && hours >= 5 || !answered(role)", Type::Bool),
        ("role == null || domains == null", Type::Bool),
        ("score.rust - score.python", Type::Number),
        ("abs(lead) <= 2", Type::Bool),
        ("min(hours, 10) * 2 % 3 / 1", Type::Number),
        ("size(domains) + size(name)", Type::Number),
        ("name < 'm'", Type::Bool),
        ("domains", list.clone()),
        ("[]", list),
        ("'x' in []", Type::Bool),
        ("-hours", Type::Number),
        ("max(hours, lead, 3)", Type::Number),
        ("min(hours)", Type::Number),
        ("sum(hours, lead, score.rust)", Type::Number),
        ("count([hours > 3, serving, role == 'ml'])", Type::Number),
        ("any([serving, hours > 3])", Type::Bool),
        ("all([serving, answered(role)])", Type::Bool),
        ("serving ? hours : 0", Type::Number),
        ("serving ? 'a' : role", Type::Str),
        ("hours > 3 ? serving : null", Type::Bool),
        ("serving ? 1 : serving ? 2 : 3", Type::Number),
    ];
    let scope = scope();
    for (src, ty) in cases {
        let e = Expr::parse(src).unwrap();
        assert_eq!(e.check(&scope).as_ref(), Ok(ty), "`{src}`");
    }
}

#[test]
fn check_errors_name_the_problem() {
    let cases: &[(&str, &str, std::ops::Range<usize>, Option<&str>)] = &[
        (
            "rloe == 'ml'",
            "unknown name `rloe`",
            0..4,
            Some("did you mean `role`?"),
        ),
        (
            "score.rsut > 1",
            "unknown name `score.rsut`",
            0..10,
            Some("did you mean `score.rust`?"),
        ),
        ("zzzzzz", "unknown name `zzzzzz`", 0..6, None),
        (
            "role == architect",
            "unknown name `architect`",
            8..17,
            Some("to compare with the choice `architect`, quote it: 'architect'"),
        ),
        (
            "role == 'sytems'",
            "`sytems` is not a choice of `role` (choices: ml, systems, architect)",
            8..16,
            Some("did you mean `systems`?"),
        ),
        (
            "'ML' == role",
            "`ML` is not a choice of `role` (choices: ml, systems, architect)",
            0..4,
            Some("did you mean `ml`?"),
        ),
        (
            "role in ['ml', 'cook']",
            "`cook` is not a choice of `role` (choices: ml, systems, architect)",
            15..21,
            None,
        ),
        (
            "'lmm' in domains",
            "`lmm` is not a choice of `domains` (choices: llm, agents, web)",
            0..5,
            Some("did you mean `llm`?"),
        ),
        (
            "domains == ['web', 'agentz']",
            "`agentz` is not a choice of `domains` (choices: llm, agents, web)",
            19..27,
            Some("did you mean `agents`?"),
        ),
        (
            "domains == 3",
            "cannot compare `domains` (a list) with a number",
            0..12,
            None,
        ),
        (
            "role > 'ml'",
            "`>` compares spelling, and the choices of `role` have no order",
            0..11,
            Some(
                "list the choices that hold with `role in ['a', 'b']`, or compare a score the choices give",
            ),
        ),
        (
            "role == hours",
            "cannot compare `role` (a string) with `hours` (a number)",
            0..13,
            None,
        ),
        (
            "hours && serving",
            "`&&` needs booleans, found `hours` (a number)",
            0..5,
            None,
        ),
        (
            "serving || 'yes'",
            "`||` needs booleans, found a string",
            11..16,
            None,
        ),
        (
            "!hours",
            "`!` needs a boolean, found `hours` (a number)",
            1..6,
            None,
        ),
        (
            "-role",
            "`-` needs a number, found `role` (a string)",
            1..5,
            None,
        ),
        (
            "role + 1",
            "`+` needs numbers, found `role` (a string)",
            0..4,
            None,
        ),
        (
            "1 * domains",
            "`*` needs numbers, found `domains` (a list)",
            4..11,
            None,
        ),
        (
            "serving < true",
            "`<` needs numbers or strings, found `serving` (a boolean)",
            0..7,
            None,
        ),
        (
            "hours < 'a'",
            "cannot compare `hours` (a number) with a string",
            0..11,
            None,
        ),
        (
            "size(hours)",
            "`size()` needs a list or a string, found `hours` (a number)",
            5..10,
            None,
        ),
        (
            "abs(role)",
            "`abs()` needs a number, found `role` (a string)",
            4..8,
            None,
        ),
        (
            "count(domains)",
            "`count()` needs a list of booleans (`[a > 3, b == 'x']`), found `domains` (a list)",
            6..13,
            None,
        ),
        (
            "sum(hours, role)",
            "`sum()` needs a number, found `role` (a string)",
            11..15,
            None,
        ),
        (
            "hours ? 1 : 2",
            "the condition before `?` needs a boolean, found `hours` (a number)",
            0..5,
            None,
        ),
        (
            "serving ? 1 : 'x'",
            "both sides of `:` must have one type, found a number and a string",
            0..17,
            None,
        ),
        (
            "'a' in role",
            "`in` needs a list on its right, found `role` (a string)",
            7..11,
            None,
        ),
        (
            "1 in domains",
            "cannot look for a number in `domains` (a list), which holds strings",
            0..12,
            None,
        ),
        (
            "[1, 'a'] == domains",
            "list items must all have one type, found a string after a number",
            4..7,
            None,
        ),
        (
            "answered(lead)",
            "`answered()` takes a question id, and `lead` is not a question",
            9..13,
            Some("scores and derived values always have a value; compare them instead"),
        ),
        (
            "answered(rol)",
            "unknown name `rol`",
            9..12,
            Some("did you mean `role`?"),
        ),
        ("null", "this expression is always `null`", 0..4, None),
        (
            "my-role == 'ml'",
            "`my-role` reads as a subtraction: a name with `-` cannot be used in an expression",
            0..7,
            Some("rename `my-role` to `my_role` (ids used in expressions take `_`, not `-`)"),
        ),
        (
            "hours > x-y-z",
            "`x-y-z` reads as a subtraction: a name with `-` cannot be used in an expression",
            8..13,
            Some("rename `x-y-z` to `x_y_z` (ids used in expressions take `_`, not `-`)"),
        ),
        // Spaced out, it is a subtraction the author meant.
        ("my - role == 'ml'", "unknown name `my`", 0..2, None),
    ];
    let scope = scope();
    for (src, message, span, help) in cases {
        let e = Expr::parse(src).unwrap_or_else(|e| panic!("`{src}`: {}", e.message));
        let e = e.check(&scope).expect_err(src);
        assert_eq!(e.message, *message, "message for `{src}`");
        assert_eq!(e.span, *span, "span for `{src}`");
        assert_eq!(e.help.as_deref(), *help, "help for `{src}`");
    }
}

fn env() -> Env {
    let s = |v: &str| Value::Str(v.into());
    let mut values = HashMap::default();
    values.insert("role".into(), s("ml"));
    values.insert("domains".into(), Value::List(vec![s("llm"), s("web")]));
    values.insert("serving".into(), Value::Bool(true));
    values.insert("hours".into(), Value::Number(6.0));
    values.insert("name".into(), s("Ada Lovelace"));
    values.insert("score.rust".into(), Value::Number(4.0));
    values.insert("score.python".into(), Value::Number(7.5));
    values.insert("skipped".into(), Value::Null);
    Env { values }
}

#[test]
fn eval_follows_the_language() {
    use Value::{Bool, Null, Number};
    let t = Bool(true);
    let f = Bool(false);
    let cases: &[(&str, Value)] = &[
        ("role == 'ml'", t.clone()),
        ("role != 'ml'", f.clone()),
        ("'llm' in domains", t.clone()),
        ("'agents' in domains", f.clone()),
        ("role in ['ml', 'systems']", t.clone()),
        ("domains == ['llm', 'web']", t.clone()),
        ("domains == ['web', 'llm']", f.clone()),
        ("[role, 'x'] == ['ml', 'x']", t.clone()),
        ("serving && hours >= 6", t.clone()),
        ("serving && hours > 6", f.clone()),
        ("!serving || role == 'ml'", t.clone()),
        ("score.rust - score.python", Number(-3.5)),
        ("abs(score.rust - score.python) <= 2", f.clone()),
        ("1 + 2 * 3 - 4 / 2", Number(5.0)),
        ("1e3 + 2.5E-1", Number(1000.25)),
        ("(1 + 2) * 3", Number(9.0)),
        ("7 % 4", Number(3.0)),
        ("-hours", Number(-6.0)),
        ("min(hours, 3) + max(hours, 3)", Number(9.0)),
        ("size(domains)", Number(2.0)),
        ("size('日本語')", Number(3.0)),
        ("size([])", Number(0.0)),
        ("'apple' < 'banana'", t.clone()),
        // Arithmetic as on paper: binary-fraction noise is taken off, real fractions kept.
        ("0.1 + 0.2 == 0.3", t.clone()),
        ("0.1 * 3 == 0.3", t.clone()),
        ("1 / 3 == 0.3333333333333", f.clone()),
        ("answered(role)", t.clone()),
        ("answered(skipped)", f.clone()),
        ("answered(missing)", f.clone()),
        ("1 / 0", Null),
        ("1 % 0", Null),
        ("1e300 * 1e300", Null),
        ("-1e308 - 1e308 < 0", f.clone()),
        ("'a' == 1", f.clone()),
        ("'a' != 1", t.clone()),
        ("role", Value::Str("ml".into())),
        (
            "domains",
            Value::List(vec![Value::Str("llm".into()), Value::Str("web".into())]),
        ),
        ("[hours, 1]", Value::List(vec![Number(6.0), Number(1.0)])),
        ("max(hours, 3, 9, score.rust)", Number(9.0)),
        ("min(hours, 3, 9, score.rust)", Number(3.0)),
        ("max(hours)", Number(6.0)),
        ("sum(hours, 3, score.python)", Number(16.5)),
        // A total is never built on a missing answer.
        ("sum(hours, skipped)", Null),
        ("max(hours, skipped)", Null),
        (
            "count([serving, hours > 10, role == 'ml', skipped == 1])",
            Number(2.0),
        ),
        ("count([])", Number(0.0)),
        ("any([hours > 10, serving])", t.clone()),
        ("any([hours > 10, skipped == 1])", f.clone()),
        ("all([serving, hours >= 6])", t.clone()),
        ("all([serving, skipped == 1])", f.clone()),
        ("all([])", t.clone()),
        ("serving ? hours : 0", Number(6.0)),
        ("!serving ? hours : 0", Number(0.0)),
        ("skipped == 1 ? 1 : 2", Number(2.0)),
        ("skipped ? 1 : 2", Null),
        (
            "hours > 10 ? 'high' : hours > 3 ? 'mid' : 'low'",
            Value::Str("mid".into()),
        ),
        ("true ? 1 : 2 + 3", Number(1.0)),
        ("(true ? 1 : 2) + 3", Number(4.0)),
    ];
    let env = env();
    for (src, want) in cases {
        let e = Expr::parse(src).unwrap();
        assert_eq!(&e.eval(&env), want, "`{src}`");
    }
}

#[test]
fn a_missing_answer_satisfies_no_comparison() {
    use Value::{Bool, Null};
    let t = Bool(true);
    let f = Bool(false);
    // `skipped` is an explicit null, `missing` is absent: both are null.
    let cases: &[(&str, Value)] = &[
        ("skipped == 'ml'", f.clone()),
        ("skipped != 'ml'", f.clone()),
        ("missing != 'ml'", f.clone()),
        ("'ml' != missing", f.clone()),
        ("missing == null", t.clone()),
        ("null == missing", t.clone()),
        ("missing != null", f.clone()),
        ("role != null", t.clone()),
        ("null != role", t.clone()),
        ("role == null", f.clone()),
        ("null == null", t.clone()),
        ("null != null", f.clone()),
        ("missing == missing", t.clone()),
        ("missing != role", f.clone()),
        ("missing < 3", f.clone()),
        ("missing >= 3", f.clone()),
        ("3 > missing", f.clone()),
        ("missing in ['a']", f.clone()),
        ("'a' in missing", f.clone()),
        ("null in [null]", f.clone()),
        ("!missing", Null),
        ("!(missing == 'ml')", t.clone()),
        ("-missing", Null),
        ("missing + 1", Null),
        ("missing * 0 == 0", f.clone()),
        ("size(missing)", Null),
        ("abs(missing)", Null),
        ("min(missing, 1)", Null),
        ("missing && true", f.clone()),
        ("true && missing", f.clone()),
        ("missing || true", t.clone()),
        ("missing || false", f.clone()),
        ("!missing || !missing", f.clone()),
        ("missing", Null),
    ];
    let env = env();
    for (src, want) in cases {
        let e = Expr::parse(src).unwrap();
        assert_eq!(&e.eval(&env), want, "`{src}`");
    }
}

#[test]
fn traced_eval_records_each_read_once_in_order() {
    let e = Expr::parse("hours > 3 && role == 'ml' && hours < 10 && answered(missing)").unwrap();
    let mut reads = Vec::new();
    assert_eq!(e.eval_traced(&env(), &mut reads), Value::Bool(false));
    let want = vec![
        Read {
            name: "hours".into(),
            value: Value::Number(6.0),
        },
        Read {
            name: "role".into(),
            value: Value::Str("ml".into()),
        },
        Read {
            name: "missing".into(),
            value: Value::Null,
        },
    ];
    assert_eq!(reads, want);
    // Short-circuiting: what was not evaluated was not read.
    let mut reads = Vec::new();
    Expr::parse("missing == 1 && role == 'ml'")
        .unwrap()
        .eval_traced(&env(), &mut reads);
    assert_eq!(
        reads.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
        ["missing"]
    );
}

#[test]
fn cited_reads_are_only_the_parts_that_decided() {
    // (expression, outcome explained, names cited)
    let cases: &[(&str, bool, &[&str])] = &[
        ("role == 'ml' && hours > 3", true, &["role", "hours"]),
        // Of an `||` that held, only the part that held.
        ("hours > 10 || role == 'ml'", true, &["role"]),
        ("role == 'x' || serving || hours > 1", true, &["serving"]),
        // Of an `&&` that failed, only the part that failed.
        ("!(role == 'ml' && hours > 10)", true, &["hours"]),
        ("role == 'ml' && hours > 10", false, &["hours"]),
        // An `||` that failed: every part failed, every part counts.
        ("hours > 10 || role == 'x'", false, &["hours", "role"]),
        // The condition, and the branch taken.
        (
            "serving ? hours > 3 : name == 'x'",
            true,
            &["serving", "hours"],
        ),
        // Like `||`: the first part that held settles it.
        ("any([hours > 10, role == 'ml', serving])", true, &["role"]),
        ("count([hours > 10, serving]) >= 1", true, &["serving"]),
        (
            "!all([answered(role), answered(skipped), hours > 1])",
            true,
            &["skipped"],
        ),
        // Not the outcome asked about: nothing is cited.
        ("hours > 10", true, &[]),
        ("skipped > 1 || hours > 1", false, &[]),
        // A comparison with a missing answer is false, because of that answer.
        ("skipped == 1", false, &["skipped"]),
    ];
    let env = env();
    for (src, want, names) in cases {
        let e = Expr::parse(src).unwrap();
        let got: Vec<String> = e.cited(&env, *want).into_iter().map(|r| r.name).collect();
        assert_eq!(got, *names, "`{src}` cited for {want}");
    }
}

#[test]
fn signs_say_which_way_a_name_pushes() {
    // (expression, [(name, sign)]) for the condition holding
    let cases: &[(&str, &[(&str, i8)])] = &[
        ("score.a > score.b", &[("score.a", 1), ("score.b", -1)]),
        ("score.a - score.b >= 3", &[("score.a", 1), ("score.b", -1)]),
        ("lead < -2", &[("lead", -1)]),
        ("!(x <= 4)", &[("x", 1)]),
        ("2 * x > y / 2", &[("x", 1), ("y", -1)]),
        ("-x > 0", &[("x", -1)]),
        ("x * y > 1", &[("x", 0), ("y", 0)]),
        ("role == 'ml'", &[("role", 0)]),
        ("max(a, b) >= 3 && a < 9", &[("a", 0), ("b", 1)]),
        ("c ? a > 1 : b < 1", &[("c", 0), ("a", 1), ("b", -1)]),
    ];
    for (src, want) in cases {
        let e = Expr::parse(src).unwrap();
        let got = e.signs(true);
        let got: Vec<(&str, i8)> = got.iter().map(|(n, s)| (n.as_str(), *s)).collect();
        assert_eq!(got, *want, "`{src}`");
    }
}

#[test]
fn names_lists_every_reference_once() {
    let e = Expr::parse("answered(a) && b.c in [d, 'x'] || a == min(e, b.c)").unwrap();
    assert_eq!(e.names(), ["a", "b.c", "d", "e"]);
    assert!(Expr::parse("1 + 2").unwrap().names().is_empty());
}

#[test]
fn display_is_canonical_and_parses_back() {
    let cases: &[(&str, &str)] = &[
        ("role=='ml'", "role == 'ml'"),
        ("\"a\\\"b\" == x", "'a\"b' == x"),
        ("'it\\'s' == x", "'it\\'s' == x"),
        ("'a\nb' == x", "'a\\nb' == x"),
        ("((a))", "a"),
        ("(a && b) || c", "a && b || c"),
        ("a && (b || c)", "a && (b || c)"),
        ("(a && b) && c", "(a && b) && c"),
        ("a - (b - c)", "a - (b - c)"),
        ("(a - b) - c", "a - b - c"),
        ("-(a + b)", "-(a + b)"),
        ("- - a", "--a"),
        ("!(a == b)", "!(a == b)"),
        ("(a == b) == c", "a == b == c"),
        ("a == (b == c)", "a == (b == c)"),
        ("2.50 + 007", "2.5 + 7"),
        ("[ 'a' , 'b' , ]", "['a', 'b']"),
        ("min( a,b )", "min(a, b)"),
        ("score.rust-score.python", "score.rust - score.python"),
        ("a?b:c", "a ? b : c"),
        ("a ? b : (c ? d : e)", "a ? b : c ? d : e"),
        ("(a ? b : c) ? d : e", "(a ? b : c) ? d : e"),
        ("(a ? b : c) + 1", "(a ? b : c) + 1"),
        ("a || b ? c : d", "a || b ? c : d"),
        ("sum( a,b , c)", "sum(a, b, c)"),
    ];
    for (src, want) in cases {
        let e = Expr::parse(src).unwrap();
        let shown = e.to_string();
        assert_eq!(shown, *want, "display of `{src}`");
        let again = Expr::parse(&shown).unwrap();
        assert_eq!(again, e, "`{shown}` parses back to the same tree");
        assert_eq!(e.source(), *src);
    }
}

fn name_strategy() -> impl Strategy<Value = String> {
    "[a-z_][a-z0-9_]{0,4}(\\.[a-z_][a-z0-9_]{0,4})?"
        .prop_filter("reserved words are not names", |s| {
            !RESERVED.contains(&s.as_str())
        })
}

fn number_strategy() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..1000).prop_map(f64::from),
        (0u32..100_000).prop_map(|n| f64::from(n) / 64.0),
        any::<f64>().prop_filter("a literal is finite and not negative", |n| {
            n.is_finite() && n.is_sign_positive()
        }),
    ]
}

fn node_strategy() -> impl Strategy<Value = Node> {
    let leaf = prop_oneof![
        Just(Kind::Null),
        any::<bool>().prop_map(Kind::Bool),
        number_strategy().prop_map(Kind::Number),
        any::<String>().prop_map(Kind::Str),
        name_strategy().prop_map(Kind::Name),
    ]
    .prop_map(Node::new);
    leaf.prop_recursive(6, 64, 4, |inner| {
        let binop = prop_oneof![
            Just(BinOp::Eq),
            Just(BinOp::Ne),
            Just(BinOp::Lt),
            Just(BinOp::Le),
            Just(BinOp::Gt),
            Just(BinOp::Ge),
            Just(BinOp::In),
            Just(BinOp::Add),
            Just(BinOp::Sub),
            Just(BinOp::Mul),
            Just(BinOp::Div),
            Just(BinOp::Rem),
        ];
        let func = prop_oneof![
            Just(Func::Size),
            Just(Func::Abs),
            Just(Func::Min),
            Just(Func::Max),
            Just(Func::Sum),
            Just(Func::Count),
            Just(Func::Any),
            Just(Func::All)
        ];
        prop_oneof![
            (prop_oneof![Just(UnOp::Not), Just(UnOp::Neg)], inner.clone())
                .prop_map(|(op, x)| Kind::Unary(op, Box::new(x))),
            (binop, inner.clone(), inner.clone()).prop_map(|(op, l, r)| Kind::Binary(
                op,
                Box::new(l),
                Box::new(r)
            )),
            prop::collection::vec(inner.clone(), 2..4).prop_map(Kind::And),
            prop::collection::vec(inner.clone(), 2..4).prop_map(Kind::Or),
            prop::collection::vec(inner.clone(), 0..4)
                .prop_map(|items| Kind::List(Box::new(ListLit::new(items)))),
            (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(c, a, b)| Kind::Cond(Box::new([c, a, b]))),
            (func, prop::collection::vec(inner, 1..4)).prop_map(|(f, mut args)| {
                if !f.variadic() {
                    args.truncate(1);
                }
                Kind::Call(f, args)
            }),
            name_strategy()
                .prop_map(|n| Kind::Call(Func::Answered, vec![Node::new(Kind::Name(n))])),
        ]
        .prop_map(Node::new)
    })
}

fn value_strategy() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        "[a-z]{0,3}".prop_map(Value::Str),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop::collection::vec(inner, 0..4).prop_map(Value::List)
    })
}

proptest! {
    #[test]
    fn printed_trees_parse_back_to_the_same_tree(node in node_strategy()) {
        let shown = node.to_string();
        let parsed = Expr::parse(&shown).map_err(|e| TestCaseError::fail(format!("`{shown}`: {}", e.message)))?;
        prop_assert_eq!(parsed.ast(), &node, "{}", shown);
        prop_assert_eq!(parsed.to_string(), shown);
    }

    #[test]
    fn eval_never_panics(
        node in node_strategy(),
        values in prop::collection::vec((name_strategy(), value_strategy()), 0..8),
    ) {
        let expr = Expr::parse(&node.to_string()).map_err(|e| TestCaseError::fail(e.message))?;
        let env = Env { values: values.into_iter().collect() };
        let mut reads = Vec::new();
        let traced = expr.eval_traced(&env, &mut reads);
        let plain = expr.eval(&env);
        // NaN never equals itself, so compare through the printed form.
        prop_assert_eq!(format!("{traced:?}"), format!("{plain:?}"));
        for read in &reads {
            prop_assert!(expr.names().contains(&read.name.as_str()));
        }
        let _ = expr.check(&scope());
    }

    #[test]
    fn parse_never_panics_on_junk(src in "[a-z0-9 ()\\[\\]'\"!=<>&|+*/%.,_#\\\\-]{0,40}") {
        if let Err(e) = Expr::parse(&src) {
            prop_assert!(e.span.start <= e.span.end);
            prop_assert!(e.span.end <= src.chars().count());
        }
    }

    #[test]
    fn parse_never_panics_on_any_text(src in any::<String>()) {
        if let Err(e) = Expr::parse(&src) {
            prop_assert!(e.span.end <= src.chars().count());
        }
    }
}

/// Found by the `expr_parse` fuzz target: a conditional nested in the middle branch printed
/// with parentheses it does not need, so a text within the depth limit printed to one past it.
#[test]
fn nested_conditionals_print_to_text_that_parses_back() {
    let src = format!("{}x{}", "a ? ".repeat(40), " : y".repeat(40));
    let e = Expr::parse(&src).unwrap();
    let shown = e.to_string();
    let again = Expr::parse(&shown).unwrap_or_else(|err| panic!("`{shown}`: {}", err.message));
    assert!(again == e, "`{shown}` reads back differently");
}

/// `Value` reads as the `untagged` derive it replaces did, value for value and refusal for
/// refusal.
#[test]
fn values_read_as_untagged_would() {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(untagged)]
    enum Untagged {
        Null,
        Bool(bool),
        Number(f64),
        Str(String),
        List(Vec<Untagged>),
    }
    fn same(v: &Value, u: &Untagged) -> bool {
        match (v, u) {
            (Value::Null, Untagged::Null) => true,
            (Value::Bool(a), Untagged::Bool(b)) => a == b,
            (Value::Number(a), Untagged::Number(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Untagged::Str(b)) => a == b,
            (Value::List(a), Untagged::List(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
            }
            _ => false,
        }
    }
    for json in [
        "null",
        "true",
        "false",
        "0",
        "-2",
        "18446744073709551615",
        "1.5",
        "-0.0",
        "1e300",
        r#""""#,
        r#""x""#,
        "[]",
        r#"[1, "a", [null, false], 2.5]"#,
        r#"{"a": 1}"#,
        r#"[{"a": 1}]"#,
    ] {
        let ours = serde_json::from_str::<Value>(json);
        let theirs = serde_json::from_str::<Untagged>(json);
        match (&ours, &theirs) {
            (Ok(v), Ok(u)) => {
                assert!(same(v, u), "{json}: {v:?} vs {u:?}");
                // The built-in model holds values in postcard, with their variant named.
                let bytes = postcard::to_allocvec(v).unwrap_or_default();
                let back = postcard::from_bytes::<Value>(&bytes).ok();
                assert_eq!(back.as_ref(), Some(v), "{json} in postcard");
            }
            (Err(_), Err(_)) => {}
            _ => panic!("{json}: {ours:?} vs {theirs:?}"),
        }
    }
}
