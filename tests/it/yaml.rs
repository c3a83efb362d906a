//! Reading YAML at the edges: huge values, many documents, deep block nesting; each
//! refused with its message and position, or read, never a hang (alias bombs, tabs, a BOM,
//! repeated keys: the fixtures under tests/fixtures/invalid).

use careerpath::questionnaire::{LoadError, load_str};

/// The first diagnostic's `line:col: error[code]: message`, or "loaded".
fn first(text: &str) -> String {
    match load_str("t.yaml", text) {
        Ok(_) => "loaded".to_owned(),
        Err(LoadError::Invalid(d)) => {
            let d = &d[0];
            format!("{}:{}: {}: {}", d.pos.line, d.pos.col, d.code, d.message)
        }
        Err(e) => format!("{e}"),
    }
}

fn valid() -> String {
    std::fs::read_to_string("tests/fixtures/valid/all-types.yaml").expect("fixture")
}

#[test]
fn a_huge_number_is_cut_in_the_message() {
    let text = format!("id: x\nversion: {}\n", "9".repeat(3_000_000));
    assert_eq!(
        first(&text),
        format!(
            "2:10: wrong-value: expected a whole number from 0 to 4294967295, found the number `{}…`",
            "9".repeat(40)
        )
    );
}

#[test]
fn a_huge_text_is_read() {
    let text = valid().replacen(
        "description: A small questionnaire that uses each feature of the format once.",
        &format!("description: {}", "word ".repeat(700_000)),
        1,
    );
    assert!(text.len() > 3_000_000);
    assert_eq!(first(&text), "loaded");
}

#[test]
fn a_second_document_is_refused_at_its_start() {
    let text = "id: x\n---\nid: y\n".repeat(1_000);
    assert_eq!(
        first(&text),
        "2:1: several-documents: the file holds more than one YAML document (`---`); expected exactly one"
    );
}

#[test]
fn deep_block_nesting_is_refused_at_the_level_over_the_limit() {
    let mut text = String::from("id: x\ndescription:\n");
    for depth in 1..200 {
        text.push_str(&format!("{}k{depth}:\n", " ".repeat(depth)));
    }
    let got = first(&text);
    assert!(
        got.ends_with("too-deep: the document nests too deeply (more than 128 levels)"),
        "{got}"
    );
    let line: usize = got
        .split(':')
        .next()
        .and_then(|l| l.parse().ok())
        .unwrap_or(0);
    // Line 3 holds the third level: the limit of 128 levels falls near line 128.
    assert!((120..=135).contains(&line), "{got}");
}
