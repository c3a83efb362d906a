use super::*;

fn toks(src: &str) -> Vec<Tok<'_>> {
    let mut lx = Lexer::new(src);
    let mut out = Vec::new();
    loop {
        let t = lx.next_token().unwrap();
        if t.tok == Tok::End {
            return out;
        }
        out.push(t.tok);
    }
}

#[test]
fn lexes_operators_names_and_literals() {
    assert_eq!(
        toks("score.rust>=2.5&&!x!='a\\'b'"),
        vec![
            Tok::Ident("score.rust"),
            Tok::Ge,
            Tok::Number(2.5),
            Tok::AndAnd,
            Tok::Not,
            Tok::Ident("x"),
            Tok::Ne,
            Tok::Str("a'b".into()),
        ]
    );
    assert_eq!(toks("in null true"), vec![Tok::In, Tok::Null, Tok::True]);
    assert_eq!(
        toks("1e6 2.5E-3 7e+1"),
        vec![Tok::Number(1e6), Tok::Number(2.5e-3), Tok::Number(70.0)]
    );
}

#[test]
fn spans_count_characters_not_bytes() {
    let mut lx = Lexer::new("'é' == x");
    let s = lx.next_token().unwrap();
    assert_eq!(s.span, 0..3);
    let eq = lx.next_token().unwrap();
    assert_eq!(eq.span, 4..6);
}

#[test]
fn errors_have_spans() {
    let cases: &[(&str, Range<usize>)] = &[
        ("a = b", 2..3),
        ("'abc", 0..4),
        ("x # y", 2..3),
        ("1.", 0..2),
        ("a.", 1..2),
    ];
    for (src, span) in cases {
        let mut lx = Lexer::new(src);
        let e = loop {
            match lx.next_token() {
                Ok(t) if t.tok == Tok::End => panic!("no error for {src}"),
                Ok(_) => {}
                Err(e) => break e,
            }
        };
        assert_eq!(&e.span, span, "{src}: {}", e.message);
    }
}
