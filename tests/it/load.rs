//! Loading: valid fixtures load, every invalid fixture gives exactly its expected message.

use std::path::{Path, PathBuf};

use careerpath::questionnaire::*;

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new("tests/fixtures").join(dir))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "yaml"));
    files.sort();
    files
}

#[test]
fn valid_fixtures_load() {
    let files = fixtures("valid");
    assert!(files.len() >= 3);
    for path in files {
        if path.to_string_lossy().ends_with(".answers.yaml") {
            continue;
        }
        if let Err(e) = load_file(&path) {
            panic!("{} should load:\n{e}", path.display());
        }
    }
}

#[test]
fn builtin_loads() {
    if let Err(e) = builtin() {
        panic!("the built-in questionnaire should load:\n{e}");
    }
}

#[test]
fn all_types_model() {
    let q = load_file(Path::new("tests/fixtures/valid/all-types.yaml")).expect("loads");
    let kinds: Vec<&str> = q.questions.iter().map(|q| q.kind.name()).collect();
    assert_eq!(
        kinds,
        [
            "single", "confirm", "multi", "scale", "number", "text", "rank"
        ]
    );
    assert_eq!(q.languages, ["en", "es"]);
    assert_eq!(
        q.derived
            .iter()
            .map(|d| d.name.as_str())
            .collect::<Vec<_>>(),
        ["lead", "close"]
    );
    assert_eq!(q.decision.rules.len(), 2);
    assert_eq!(q.decision.default.id, "fallback");
    assert_eq!(q.outcomes[q.decision.default.outcome].id, "python-first");
    assert_eq!(q.hash.len(), 64);
    assert_eq!(
        q.questions[1].default.as_deref(),
        Some(&Answer::Bool(false))
    );
    assert_eq!(q.questions[1].pos, Pos { line: 22, col: 9 });
    let answers = load_answers(&q, Path::new("tests/fixtures/valid/all-types.answers.yaml"))
        .expect("answers load");
    assert_eq!(answers.get("hours"), Some(&Answer::Number(6.5)));
    assert_eq!(answers.len(), 7);
}

/// An invalid fixture: its questionnaire (or answers) file, and where the expected text lives.
struct Case {
    name: String,
    run: Box<dyn Fn() -> Result<(), LoadError>>,
}

fn questionnaire_case(path: PathBuf) -> Case {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Case {
        name,
        run: Box::new(move || load_file(&path).map(drop)),
    }
}

fn answers_case(path: PathBuf) -> Case {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Case {
        name,
        run: Box::new(move || {
            let q = load_file(Path::new("tests/fixtures/valid/all-types.yaml"))?;
            load_answers(&q, &path).map(drop)
        }),
    }
}

fn generated(dir: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).expect("write temp file");
        p
    };
    let deep = write(
        "deep-nesting.yaml",
        format!(
            "id: x\ndescription: {}{}\n",
            "[".repeat(10_000),
            "]".repeat(10_000)
        )
        .as_bytes(),
    );
    cases.push(questionnaire_case(deep));
    // 100 MB, sparse: the size check must refuse it without reading it.
    let big = dir.join("huge.yaml");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(100 * 1024 * 1024).expect("set_len");
    cases.push(questionnaire_case(big));
    let parens = std::fs::read_to_string("tests/fixtures/valid/all-types.yaml")
        .expect("read")
        .replace(
            "\"role == 'ml'\"",
            &format!(
                "\"{}role == 'ml'{}\"",
                "(".repeat(10_000),
                ")".repeat(10_000)
            ),
        );
    cases.push(questionnaire_case(write(
        "nested-parentheses.yaml",
        parens.as_bytes(),
    )));
    // A FIFO with no writer: opening it would block forever, so it must be refused unopened.
    let fifo = dir.join("fifo.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if made {
        cases.push(questionnaire_case(fifo).renamed("fifo"));
    }
    cases.push(Case {
        name: "dev-zero".into(),
        run: Box::new(|| load_file(Path::new("/dev/zero")).map(drop)),
    });
    cases.push(questionnaire_case(dir.to_path_buf()).renamed("directory"));
    cases.push(questionnaire_case(dir.join("no-such-file.yaml")).renamed("missing-file"));
    cases
}

impl Case {
    fn renamed(mut self, name: &str) -> Case {
        self.name = name.to_owned();
        self
    }
}

#[test]
fn invalid_fixtures_give_their_exact_message() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut cases: Vec<Case> = fixtures("invalid")
        .into_iter()
        .map(questionnaire_case)
        .collect();
    cases.extend(fixtures("invalid-answers").into_iter().map(answers_case));
    cases.extend(generated(tmp.path()));
    // The expected file is found by name, so a name used twice would share one.
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "two invalid fixtures share a name");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let tmp_name = tmp.path().display().to_string();
    let mut failures = Vec::new();
    for case in &cases {
        let got = match (case.run)() {
            Ok(()) => "loaded without error".to_owned(),
            Err(e) => format!("{e}\nexit code {}\n", exit_code(&e)),
        };
        let got = got.replace(&tmp_name, "$TMP");
        let dir = if Path::new("tests/fixtures/invalid-answers")
            .join(format!("{}.yaml", case.name))
            .exists()
        {
            "tests/fixtures/invalid-answers"
        } else {
            "tests/fixtures/invalid"
        };
        let expected_path = Path::new(dir).join(format!("{}.expected", case.name));
        if update {
            std::fs::write(&expected_path, &got).expect("write expected");
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if want != got {
            failures.push(format!("--- {}\nexpected:\n{want}\ngot:\n{got}", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ (UPDATE_EXPECT=1 rewrites):\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn schema_is_up_to_date() {
    let path = Path::new("assets/questionnaire.schema.json");
    let fresh = json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::create_dir_all("assets").expect("assets dir");
        std::fs::write(path, &fresh).expect("write schema");
        return;
    }
    let current = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        current == fresh,
        "assets/questionnaire.schema.json is stale; regenerate it with\n  UPDATE_SCHEMA=1 cargo test --test load schema\nor\n  cargo run -- schema > assets/questionnaire.schema.json"
    );
}

#[test]
fn check_answer_table() {
    let q = load_file(Path::new("tests/fixtures/valid/all-types.yaml")).expect("loads");
    let text = |s: &str| Answer::Text(s.to_owned());
    let list = |items: &[&str]| Answer::List(items.iter().map(|s| (*s).to_owned()).collect());
    let table: Vec<(&str, Answer, Result<(), &str>)> = vec![
        ("role", text("ml"), Ok(())),
        (
            "role",
            text("sytems"),
            Err(
                "`sytems` is not one of the choices (`ml`, `systems`, `architect`); did you mean `systems`?",
            ),
        ),
        (
            "role",
            Answer::Number(1.0),
            Err("expected one choice value (a text), found the number 1"),
        ),
        ("serving", Answer::Bool(true), Ok(())),
        (
            "serving",
            text("yes"),
            Err("expected `true` or `false`, found the text `yes`"),
        ),
        ("domains", list(&["llm", "data"]), Ok(())),
        ("domains", list(&[]), Err("0 selected, expected 1 to 2")),
        (
            "domains",
            list(&["llm", "llm"]),
            Err("`llm` is chosen more than once"),
        ),
        (
            "domains",
            list(&["llm", "data", "embedded"]),
            Err("3 selected, expected 1 to 2"),
        ),
        ("comfort", Answer::Number(5.0), Ok(())),
        (
            "comfort",
            Answer::Number(6.0),
            Err("6 is out of range: expected a whole number from 1 to 5"),
        ),
        (
            "comfort",
            Answer::Number(2.5),
            Err("2.5 is not a whole number: expected a whole number from 1 to 5"),
        ),
        ("hours", Answer::Number(1.5), Ok(())),
        ("hours", Answer::Number(40.0), Ok(())),
        (
            "hours",
            Answer::Number(0.5),
            Err("0.5 is out of range: expected 1 to 40"),
        ),
        (
            "hours",
            Answer::Number(1.25),
            Err("1.25 is not a multiple of the step 0.5 from the minimum"),
        ),
        (
            "hours",
            Answer::Number(f64::NAN),
            Err(".nan is out of range: expected 1 to 40"),
        ),
        ("handle", text("ada"), Ok(())),
        (
            "handle",
            text("Ada"),
            Err("the text does not match the pattern `[a-z]+`"),
        ),
        (
            "handle",
            text(&"a".repeat(21)),
            Err("the text is 21 characters long, at most 20 are allowed"),
        ),
        ("values", list(&["safety", "speed"]), Ok(())),
        (
            "values",
            list(&["safety"]),
            Err("a ranking must order every choice exactly once (missing `speed`)"),
        ),
        (
            "values",
            list(&["safety", "speed", "speed"]),
            Err("`speed` is chosen more than once"),
        ),
    ];
    for (id, answer, want) in table {
        let question = q.question(id).expect("question exists");
        let got = check_answer(question, &answer).map_err(|e| e.to_string());
        // The evaluator takes exactly the answers an answers file may give: one check.
        assert_eq!(
            careerpath::flow::fits(question, &answer),
            want.is_ok(),
            "fits {id} = {answer:?}"
        );
        assert_eq!(got, want.map_err(str::to_owned), "{id} = {answer:?}");
    }
    let hours = q
        .questions
        .iter()
        .position(|x| x.id == "hours")
        .expect("hours");
    let none = careerpath::questionnaire::Answers::new();
    assert_eq!(
        careerpath::flow::check_constraint(&q, hours, &none, &Answer::Number(30.0), "en"),
        Err("That is a lot of hours.".to_owned())
    );
    assert_eq!(
        careerpath::flow::check_constraint(&q, hours, &none, &Answer::Number(10.0), "en"),
        Ok(())
    );
}

#[test]
fn diagnostics_escape_control_characters_and_align_carets() {
    let text = "id: x\nversion: 1\ntitle: t\n\"日本\\e[31m\": 1\n";
    let err = load_str("ctl.yaml", text).expect_err("unknown field");
    let shown = err.to_string();
    assert!(!shown.contains('\u{1b}'), "{shown}");
    assert!(shown.contains("unknown field `日本\\u{1b}[31m`"), "{shown}");
    let d = Diagnostic::error("f.yaml", Pos { line: 1, col: 5 }, "x", "m")
        .with_snippet("日本: x\u{7}y\n", 2);
    // Two wide characters are four columns; the carets cover `x` and the escaped BEL.
    assert_eq!(
        d.to_string(),
        "f.yaml:1:5: error[x]: m\n  |\n1 | 日本: x\\u{7}y\n  |       ^^^^^^"
    );
}

/// The exit code the binary gives a load error (`src/exit.rs`; the CLI tests run it).
fn exit_code(e: &careerpath::questionnaire::LoadError) -> i32 {
    if e.is_missing_input() { 66 } else { 65 }
}

#[test]
fn exit_codes() {
    let missing = load_file(Path::new("tests/fixtures/no-such.yaml")).expect_err("missing");
    assert_eq!(exit_code(&missing), 66);
    let bad = load_str("x", "id: [").expect_err("bad");
    assert_eq!(exit_code(&bad), 65);
    assert_eq!(bad.diagnostics().len(), 1);
    assert_eq!(missing.diagnostics()[0].code, "missing-file");
}

#[test]
fn bom_is_accepted_and_hash_is_of_the_text() {
    let text = std::fs::read_to_string("tests/fixtures/valid/all-types.yaml").expect("read");
    let with_bom = format!("\u{feff}{text}");
    let a = load_str("a", &text).expect("loads");
    let b = load_str("b", &with_bom).expect("loads with a BOM");
    assert_eq!(a.questions.len(), b.questions.len());
    assert_eq!(a.hash, b.hash, "a BOM does not change the content hash");
    assert_ne!(
        load_str("c", &text.replace("version: 2", "version: 3"))
            .expect("loads")
            .hash,
        a.hash
    );
}

#[test]
fn session_files_are_answers_files() {
    // Saved sessions carry metadata and a result written by serde_yaml, tags included.
    let q = load_file(Path::new("tests/fixtures/valid/all-types.yaml")).expect("loads");
    let text = "format_version: 2\nid: 0193\nname: \"Ada's run\"\ncreated: 2026-01-02T03:04:05Z\n\
        status: in_progress\nanswers:\n  role: ml\n  hours: 6\nresult:\n  trace:\n    rules:\n      \
        - condition: !leaf\n          expr: role == 'ml'\n          value: true\n      - condition: !all {value: false, parts: []}\n";
    let answers =
        load_answers_str(&q, "session.yaml", text).expect("a session file is an answers file");
    assert_eq!(answers.len(), 2);
    assert_eq!(answers.get("role"), Some(&Answer::Text("ml".into())));
}

/// Cuts, duplicates and garbles pieces of a valid file: loading and linting must
/// never panic, and every failure must be reported with diagnostics.
#[test]
fn mutated_files_never_panic() {
    for (file, rounds) in [
        ("tests/fixtures/valid/all-types.yaml", 1000),
        ("questions/career.yaml", 150),
    ] {
        mutate(file, rounds);
    }
}

fn mutate(file: &str, rounds: usize) {
    let text = std::fs::read_to_string(file).expect("read");
    let chars: Vec<char> = text.chars().collect();
    let inserts = [
        "", "{", "[", "]", "}", "'", "\"", ":", "- ", "\t", "&a ", "*a", "{{", "\u{1b}", "\n  ",
        "é",
    ];
    // A small deterministic generator (no dependency, same cases every run).
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..rounds {
        let at = next(chars.len());
        let cut = next(8);
        let insert = inserts[next(inserts.len())];
        let mut mutated: String = chars[..at].iter().collect();
        mutated.push_str(insert);
        mutated.extend(chars[(at + cut).min(chars.len())..].iter());
        match load_str("mutated.yaml", &mutated) {
            Ok(q) => {
                let _ = lint(&q);
                let _ = graph(&q, GraphKind::Mermaid, "en");
            }
            Err(e) => {
                assert!(!e.diagnostics().is_empty());
                assert!(!e.to_string().contains('\u{1b}'));
            }
        }
    }
}

/// A key written twice in any mapping is an error at the second copy, whichever type
/// reads that mapping: each single-line key of these files is repeated in turn.
#[test]
fn every_repeated_key_is_reported_at_the_copy() {
    for file in [
        "tests/fixtures/valid/all-types.yaml",
        "questions/career.yaml",
    ] {
        let text = std::fs::read_to_string(file).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        let mut repeated = 0;
        for (i, line) in lines.iter().enumerate() {
            let body = line.trim_start();
            let body = body.strip_prefix("- ").unwrap_or(body);
            let Some((key, value)) = body.split_once(": ") else {
                continue;
            };
            let plain = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
            if key.is_empty() || !key.chars().all(plain) || value.trim().is_empty() {
                continue;
            }
            let indent = line.len() - body.len();
            let copy = format!("{}{body}", " ".repeat(indent));
            let mut mutated: Vec<&str> = lines.clone();
            mutated.insert(i + 1, &copy);
            let err = load_str("dup.yaml", &mutated.join("\n")).err();
            let first = err
                .as_ref()
                .and_then(|e| e.diagnostics().into_iter().next());
            let at = first.as_ref().map(|d| (d.code, d.pos.line, d.pos.col));
            let want = ("duplicate-key", i as u32 + 2, indent as u32 + 1);
            assert_eq!(at, Some(want), "{file}:{}: `{key}` repeated", i + 1);
            repeated += 1;
        }
        assert!(repeated > 50, "{file}: only {repeated} keys tried");
    }
}

/// Answers files get the question's `constraint`, the same check the interactive modes
/// apply, with the other answers in scope wherever they are written in the file.
#[test]
fn answers_files_apply_constraints() {
    let all_types = load_file(Path::new("tests/fixtures/valid/all-types.yaml")).expect("loads");
    let career = builtin().expect("built-in loads");
    let table: Vec<(&Questionnaire, &str, Result<(), &str>)> = vec![
        (&all_types, "answers: {hours: 20, role: ml}", Ok(())),
        (&all_types, "answers: {hours: 25, role: architect}", Ok(())),
        (
            &all_types,
            "answers: {hours: 25, role: ml}",
            Err("a.yaml:1:18: error[constraint]: question `hours`: That is a lot of hours."),
        ),
        (&career, "answers: {known: [none]}", Ok(())),
        (&career, "answers: {known: [python, rust]}", Ok(())),
        (
            &career,
            "answers: {known: [none, python]}",
            Err(
                "a.yaml:1:18: error[constraint]: question `known`: “None of these yet” cannot be combined with other choices.",
            ),
        ),
    ];
    for (q, text, want) in table {
        let got = load_answers_str(q, "a.yaml", text).map(drop).map_err(|e| {
            let e = e.to_string();
            e.lines().next().unwrap_or_default().to_owned()
        });
        assert_eq!(got, want.map_err(str::to_owned), "{text}");
    }
}

/// `--format json` diagnostics keep a hostile key's text, but never as raw C1 or DEL
/// characters (a raw U+009B is a CSI to a terminal).
#[test]
fn json_diagnostics_escape_c1_controls() {
    let e = load_str("x.yaml", "id: x\n\"k\\u009b2J\\x7f\": 1\n").expect_err("unknown key");
    let json = to_json(&e.diagnostics());
    let bad: Vec<char> = json
        .chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect();
    assert!(bad.is_empty(), "{bad:?} in {json}");
    let v: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}\n{json}"));
    let message = v[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("`k\u{9b}2J\u{7f}`"), "{message}");
}

/// Answers and texts are written as themselves in JSON (sessions, reports) and with their
/// variant named in postcard (the built-in model); each form reads back to what was written.
#[test]
fn answers_and_texts_read_back_from_json_and_postcard() {
    use careerpath::questionnaire::Text;
    let answers = [
        (Answer::Bool(true), "true"),
        (Answer::Number(2.5), "2.5"),
        (Answer::Number(-0.0), "-0.0"),
        (Answer::Text("yes".into()), r#""yes""#),
        (Answer::Text(String::new()), r#""""#),
        (Answer::List(vec![]), "[]"),
        (Answer::List(vec!["a".into(), "b".into()]), r#"["a","b"]"#),
    ];
    for (answer, json) in answers {
        assert_eq!(serde_json::to_string(&answer).ok().as_deref(), Some(json));
        let back: Option<Answer> = serde_json::from_str(json).ok();
        assert_eq!(back.as_ref(), Some(&answer), "{json}");
        let bytes = postcard::to_allocvec(&answer).unwrap_or_default();
        let back: Option<Answer> = postcard::from_bytes(&bytes).ok();
        assert_eq!(back.as_ref(), Some(&answer), "{json} in postcard");
    }
    let by_lang: Text =
        serde_json::from_str(r#"{"es":"hola","en":"hi"}"#).unwrap_or_else(|e| panic!("{e}"));
    for (text, json) in [
        (Text::plain("hi"), r#""hi""#),
        (by_lang, r#"{"en":"hi","es":"hola"}"#),
    ] {
        assert_eq!(serde_json::to_string(&text).ok().as_deref(), Some(json));
        let (bytes, table) = with_table_written(|| postcard::to_allocvec(&text));
        let bytes = bytes.unwrap_or_default();
        let table: &'static str = Box::leak(table.into_boxed_str());
        let back: Option<Text> = with_table_read(table, || postcard::from_bytes(&bytes)).ok();
        assert_eq!(back.as_ref(), Some(&text), "{json} in postcard");
        // Its words are in the table, not in the bytes, and only there.
        assert!(text.get("es", "en").len() <= table.len());
        assert!(
            postcard::to_allocvec(&text).is_err(),
            "{json} without a table"
        );
        let short = &table[..table.len() - 1];
        let cut: Result<Text, _> = with_table_read(short, || postcard::from_bytes(&bytes));
        assert!(cut.is_err(), "{json} read with a table too short");
    }
}
