//! serde's names of what a value was expected to be and what was found, in the user's
//! words: "expected a whole number from 0 to 4294967295, found the text \"two\"".

/// serde's wording of a list of names: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
pub(super) fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => diag!("diag-names-none"),
        [one] => one.clone(),
        [a, b] => diag!("diag-names-two", a = a.as_str(), b = b.as_str()),
        all => diag!("diag-names-many", names = all.join(", ")),
    }
}

pub(super) fn describe_expected(expected: &str) -> String {
    if let Some(name) = expected.strip_prefix("struct ") {
        return match name {
            "RawQuestionnaire" => diag!("diag-expected-questionnaire"),
            "RawAnswersFile" => diag!("diag-expected-answers-file"),
            "RawTestFile" => diag!("diag-expected-test-file"),
            _ => diag!("diag-a-mapping"),
        };
    }
    let whole = |min: String, max: String| diag!("diag-expected-whole", min = min, max = max);
    match expected {
        "enum QuestionType" => diag!("diag-expected-question-type"),
        "enum RawPolicy" => diag!("diag-expected-policy"),
        e if e.starts_with("enum ") => diag!("diag-expected-enum"),
        "u32" => whole(0.to_string(), u32::MAX.to_string()),
        "u64" => whole(0.to_string(), u64::MAX.to_string()),
        "i64" => whole(i64::MIN.to_string(), i64::MAX.to_string()),
        "f64" => diag!("diag-type-number"),
        // serde's own words for the rest ("a string", "a sequence", "a map"...).
        "a string" => diag!("diag-a-string"),
        "a sequence" => diag!("diag-a-list"),
        "a map" => diag!("diag-a-map"),
        "a boolean" => diag!("diag-type-bool"),
        other => other.replace("a sequence", &diag!("diag-a-list")),
    }
}

/// "expected …, found …" from serde's names of the two.
pub(super) fn expected_found(expected: &str, found: &str) -> String {
    diag!(
        "diag-expected-found",
        expected = describe_expected(expected),
        found = describe_found(found)
    )
}

/// What the user wrote, from serde's `Unexpected` text.
fn describe_found(found: &str) -> String {
    // serde writes a float in full (`100000000000000000000000.0`); show it as a number.
    if let Some(n) = found
        .strip_prefix("floating point `")
        .and_then(|r| r.strip_suffix('`'))
        .and_then(|r| r.parse::<f64>().ok())
    {
        return diag!(
            "diag-found-number",
            value = format!("`{}`", crate::questionnaire::fmt_num(n))
        );
    }
    // serde's `Unexpected`: a kind, then the value as written.
    for (kind, id) in [
        ("string ", "diag-found-text"),
        ("integer ", "diag-found-number"),
        ("floating point ", "diag-found-number"),
        ("boolean ", "diag-found-boolean"),
    ] {
        if let Some(value) = found.strip_prefix(kind) {
            return crate::words::diag(id, &[("value", crate::words::Value::from(value))]);
        }
    }
    match found {
        "sequence" => diag!("diag-a-list"),
        "map" => diag!("diag-a-mapping"),
        "unit value" => "null".to_owned(),
        other => other.to_owned(),
    }
}

/// A plain token as found: YAML's null (`null`, `~`) is said as nothing, not as text.
pub(super) fn found_text(token: &str) -> String {
    match token {
        "null" | "Null" | "NULL" | "~" => diag!("diag-found-nothing", token = token),
        // A quoted token is shown with its own quotes.
        t if t.len() > 1
            && (t.starts_with('"') && t.ends_with('"')
                || t.starts_with('\'') && t.ends_with('\'')) =>
        {
            diag!("diag-found-text", value = t)
        }
        _ => diag!("diag-found-text", value = format!("\"{token}\"")),
    }
}
