//! The linter: each fixture under tests/fixtures/valid/lint gives exactly its expected warnings.

use std::path::Path;

use careerpath::questionnaire::*;

#[test]
fn lint_fixtures_give_their_exact_warnings() {
    let mut files: Vec<_> = std::fs::read_dir("tests/fixtures/valid/lint")
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "yaml"));
    files.sort();
    assert!(files.len() >= 4);
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for path in files {
        let q = match load_file(&path) {
            Ok(q) => q,
            Err(e) => panic!("{} should load:\n{e}", path.display()),
        };
        let got: String = lint(&q).iter().map(|d| format!("{d}\n")).collect();
        let expected_path = path.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &got).expect("write expected");
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if want != got {
            failures.push(format!(
                "--- {}\nexpected:\n{want}\ngot:\n{got}",
                path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "UPDATE_EXPECT=1 rewrites:\n{}",
        failures.join("\n")
    );
}

#[test]
fn clean_questionnaires_have_no_warnings() {
    for q in [
        builtin().expect("builtin"),
        load_file(Path::new("tests/fixtures/valid/all-types.yaml")).expect("loads"),
    ] {
        let warnings: Vec<String> = lint(&q).iter().map(ToString::to_string).collect();
        assert!(
            warnings.is_empty(),
            "{}:\n{}",
            q.source,
            warnings.join("\n")
        );
    }
}

#[test]
fn score_ranges() {
    let q = load_file(Path::new("tests/fixtures/valid/all-types.yaml")).expect("loads");
    // python: role 0..3, domains (1-2 of llm 2, data 1) 1..3, hours score_if 0..1, values rank 0..1 (first place full, last none).
    // rust: role 0..3, serving score_if 0..2 (may be hidden), domains 0..3, comfort 0..1, values 0..1.
    assert_eq!(score_range(&q), vec![(0.0, 8.0), (0.0, 10.0)]);
}

#[test]
fn json_output() {
    let q = load_file(Path::new("tests/fixtures/valid/lint/unused.yaml")).expect("loads");
    let json = to_json(&lint(&q));
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let first = &v[0];
    assert_eq!(first["severity"], "warning");
    assert!(first["code"].is_string());
    assert!(first["pos"]["line"].as_u64().is_some_and(|l| l > 0));
}

/// `graph --lang es` draws the questionnaire's Spanish texts and its own words in Spanish
/// (it drew English whatever the language).
#[test]
fn graphs_speak_the_language() {
    let q = careerpath::questionnaire::builtin().expect("loads");
    let es = graph(&q, GraphKind::Mermaid, "es");
    assert!(es.contains("    start([\"inicio\"])\n"), "{es}");
    assert!(
        es.contains("¿Dónde quieres estar dentro de tres a cinco años?"),
        "{es}"
    );
    assert!(es.contains("|\"si no\"|"), "{es}");
    assert!(!es.contains("Where do you want to be"), "{es}");
}

#[test]
fn graphs() {
    let q = load_file(Path::new("tests/fixtures/valid/all-types.yaml")).expect("loads");
    let mermaid = graph(&q, GraphKind::Mermaid, "en");
    assert!(mermaid.starts_with("flowchart TD\n"), "{mermaid}");
    assert!(mermaid.contains("    start --> q0\n"), "{mermaid}");
    assert!(
        mermaid.contains("    q0 -->|\"role == 'ml'\"| q1\n"),
        "{mermaid}"
    );
    assert!(
        mermaid.contains("    q0 -.->|\"otherwise\"| q2\n"),
        "{mermaid}"
    );
    assert!(
        mermaid.contains("    decide -.->|\"default: fallback\"| o0\n"),
        "{mermaid}"
    );
    assert!(mermaid.contains("    r1 --> o1\n"), "{mermaid}");
    let dot = graph(&q, GraphKind::Dot, "en");
    assert!(dot.starts_with("digraph \"all-types\" {\n"), "{dot}");
    assert!(
        dot.contains("    q0 -> q1 [label=\"role == 'ml'\"];\n"),
        "{dot}"
    );
    assert!(
        dot.contains(
            "r0 [shape=box, label=\"architect-both [30]: (role == 'architect') && (!(close))\"];"
        ),
        "{dot}"
    );
    assert!(dot.ends_with("}\n"));
}

/// Under `policy: top` each dimension's outcome is reached from the decision when it ranks
/// on top (the outcomes stood alone, with no edge into them).
#[test]
fn a_profile_graph_links_each_dimension_to_its_outcome() {
    let q = load_file(Path::new("questions/examples/riasec.yaml")).expect("loads");
    let mermaid = graph(&q, GraphKind::Mermaid, "en");
    for (i, dim) in [
        "realistic",
        "investigative",
        "artistic",
        "social",
        "enterprising",
        "conventional",
    ]
    .iter()
    .enumerate()
    {
        let edge = format!("    decide -->|\"{dim} in the top 3\"| o{i}\n");
        assert!(mermaid.contains(&edge), "{edge}{mermaid}");
    }
    let dot = graph(&q, GraphKind::Dot, "en");
    assert!(
        dot.contains("    decide -> o0 [label=\"realistic in the top 3\"];\n"),
        "{dot}"
    );
}

/// Two conditional questions in a row meet at a junction: the way around the first does
/// not lead straight into the second as if it were always asked.
#[test]
fn consecutive_conditional_questions_meet_at_a_junction() {
    let q = careerpath::questionnaire::load_str(
        "j.yaml",
        r#"
id: j
version: 1
title: J
dimensions: {a: {label: A}}
sections:
  - id: s
    title: S
    questions:
      - {id: more, type: confirm, prompt: More?}
      - {id: kind, type: single, prompt: Kind?, visible_if: more, choices: [{value: deep, label: Deep}, {value: wide, label: Wide}]}
      - {id: depth, type: scale, prompt: Depth?, min: 1, max: 5, visible_if: "kind == 'deep'"}
      - {id: note, type: text, prompt: Note?, required: false}
decision:
  policy: first
  rules:
    - {id: d, default: true, outcome: o, because: ok}
outcomes:
  o: {title: O, summary: S}
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let flow = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| (l.contains("->") || l.contains("j1")) && !l.contains("decide"))
            .map(|l| l.trim().to_owned())
            .collect()
    };
    let table = [
        (
            GraphKind::Mermaid,
            vec![
                "j1((\" \"))",
                "start --> q0",
                "q0 -->|\"more\"| q1",
                "q0 -.->|\"otherwise\"| j1",
                "q1 --> j1",
                "j1 -->|\"kind == 'deep'\"| q2",
                "j1 -.->|\"otherwise\"| q3",
                "q2 --> q3",
            ],
        ),
        (
            GraphKind::Dot,
            vec![
                "j1 [shape=point, label=\"\"];",
                "start -> q0;",
                "q0 -> q1 [label=\"more\"];",
                "q0 -> j1 [label=\"otherwise\", style=dashed];",
                "q1 -> j1;",
                "j1 -> q2 [label=\"kind == 'deep'\"];",
                "j1 -> q3 [label=\"otherwise\", style=dashed];",
                "q2 -> q3;",
            ],
        ),
    ];
    for (kind, want) in table {
        let out = graph(&q, kind, "en");
        assert_eq!(flow(&out), want, "{kind:?}:\n{out}");
    }
}

/// Labels keep what the author wrote but cannot break out of their quotes, start an
/// entity, inject HTML or change a DOT escape; control characters never get through.
#[test]
fn graph_labels_are_escaped() {
    let text = std::fs::read_to_string("tests/fixtures/valid/all-types.yaml")
        .expect("read")
        .replace(
            "prompt: {en: 'Where are you heading?', es: '¿Hacia dónde vas?'}",
            r#"prompt: "C# \"or\" <b>R&D</b> `x` [a] {b} |c| \\N \e[31m""#,
        );
    let q = careerpath::questionnaire::load_str("g.yaml", &text).unwrap_or_else(|e| panic!("{e}"));
    let table = [
        (
            GraphKind::Mermaid,
            "    q0[\"role: C#35; #quot;or#quot; #lt;b>R#amp;D#lt;/b> #96;x#96; [a] {b} |c| \\N [31m\"]\n",
        ),
        (
            GraphKind::Dot,
            "    q0 [shape=box, label=\"role: C# \\\"or\\\" <b>R&D</b> `x` [a] {b} |c| \\\\N [31m\"];\n",
        ),
    ];
    for (kind, line) in table {
        let out = graph(&q, kind, "en");
        assert!(out.contains(line), "{kind:?}: want\n{line}in\n{out}");
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out}");
    }
}

/// `validate` shows each warning with its line and a caret, as errors are, and a rule's
/// condition warnings point at its `when`, not at its `- id:`.
#[test]
fn validate_shows_warnings_at_their_condition_with_a_caret() {
    let o = crate::careerpath()
        .args(["validate", "tests/fixtures/valid/lint/rules-first.yaml"])
        .env("LC_ALL", "C")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let out = String::from_utf8_lossy(&o.stdout);
    let want = "tests/fixtures/valid/lint/rules-first.yaml:108:13: warning[never-matches]: rule `impossible` can never match\n    |\n108 |       when: ";
    assert!(out.contains(want), "{out}");
    let caret = out
        .lines()
        .skip_while(|l| !l.starts_with("108 |"))
        .nth(1)
        .unwrap_or_default();
    assert!(
        caret.trim_start().starts_with("| ") && caret.contains("^^^"),
        "{out}"
    );
}
