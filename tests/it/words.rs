//! The word catalogues: every id in English and Spanish, every id the code asks for,
//! plural forms, no isolation marks, and the layer rule that puts words under the engine.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use careerpath::words::{self, EN, ES, Value, message_ids, t_args};

/// Messages whose Spanish is rightly the English (a word both languages spell alike).
const SAME_IN_BOTH: &[&str] = &[
    "no",
    "no_button",
    "key-no",
    "cli-col-id",
    "answer-no",
    "store-damaged",
    // "error" is Spanish too; a diagnostic that is only its values.
    "diag-error",
    "diag-bad-word",
    "diag-expr-named",
];

fn ids(ftl: &str, name: &str) -> Vec<String> {
    message_ids(ftl).unwrap_or_else(|e| panic!("{name} does not parse:\n{e}"))
}

/// The name of every value a message of either language uses (`{ $n }`).
fn value_names() -> Vec<String> {
    let names = regex::Regex::new(r"\$([a-z_]+)").unwrap();
    let mut all: Vec<String> = [EN, ES]
        .iter()
        .flat_map(|ftl| names.captures_iter(ftl).map(|c| c[1].to_owned()))
        .collect();
    all.sort();
    all.dedup();
    all
}

/// Every value any message uses, each `"x"`: a message read with these lacks nothing, so a
/// call site that forgets one is what the debug build's check catches.
fn every_value(names: &[String]) -> Vec<(&str, Value<'static>)> {
    names
        .iter()
        .map(|n| (n.as_str(), Value::from("x")))
        .collect()
}

#[test]
fn every_id_is_in_both_languages_once() {
    let (en, es) = (ids(EN, "en.ftl"), ids(ES, "es.ftl"));
    assert!(en.len() > 300, "only {} English messages", en.len());
    let mut problems = Vec::new();
    for (name, these, other) in [("en", &en, &es), ("es", &es, &en)] {
        for (i, id) in these.iter().enumerate() {
            if !other.contains(id) {
                problems.push(format!("{id}: in {name}.ftl only"));
            }
            if these[..i].contains(id) {
                problems.push(format!("{id}: twice in {name}.ftl"));
            }
        }
    }
    let names = value_names();
    let values = every_value(&names);
    for id in &en {
        let (e, s) = (t_args("en", id, &values), t_args("es", id, &values));
        if e.trim().is_empty() || s.trim().is_empty() {
            problems.push(format!("{id}: empty"));
        }
        if e == s && !SAME_IN_BOTH.contains(&id.as_str()) {
            problems.push(format!("{id}: the Spanish is the English {e:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every message id written in the code as `t(lang, "id")`, `t_args(lang, "id", ..)` or
/// `lookup(lang, "id", ..)`, and every `"f-…"`/`"h-…"`/`"m-…"` hint id, exists in English
/// (and so, by the test above, in Spanish).
#[test]
fn every_id_the_code_uses_exists() {
    let call = regex::Regex::new(
        r#"\b(?:t|t_args|lookup)\(\s*[^,()]*(?:\([^()]*\))?[^,()]*,\s*"([A-Za-z][\w-]*)""#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let hint =
        regex::Regex::new(r#""((?:f|h|m|cli|msg|plain|refusal)-[\w-]+|key-(?:yes|no|skip))""#)
            .unwrap_or_else(|e| panic!("{e}"));
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut seen = 0;
    let mut missing = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for re in [&call, &hint] {
            for c in re.captures_iter(&text) {
                let id = &c[1];
                seen += 1;
                if !words::is_known(id) {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
    }
    assert!(seen > 300, "found only {seen} ids in the code");
    assert!(missing.is_empty(), "unknown ids:\n{}", missing.join("\n"));
}

#[test]
fn plurals_follow_each_language() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, f64, &str)] = &[
        ("en", "hours", 0.0, "0 hours"),
        ("en", "hours", 1.0, "1 hour"),
        ("en", "hours", 2.0, "2 hours"),
        ("en", "hours", 1.5, "1.5 hours"),
        ("en", "hours", 120.0, "120 hours"),
        ("es", "hours", 0.0, "0 horas"),
        ("es", "hours", 1.0, "1 hora"),
        ("es", "hours", 2.0, "2 horas"),
        ("es", "hours", 1000.0, "1000 horas"),
        ("en", "chosen", 1.0, "1 chosen"),
        ("es", "chosen", 0.0, "0 elegidas"),
        ("es", "chosen", 1.0, "1 elegida"),
        ("es", "chosen", 2.0, "2 elegidas"),
        ("es", "chosen", 15.0, "15 elegidas"),
        ("en", "msg-kept-aside", 1.0, "1 answer to a removed question is kept aside (see the review)"),
        ("en", "msg-kept-aside", 3.0, "3 answers to removed questions are kept aside (see the review)"),
        ("es", "msg-asked-again", 1.0, "1 pregunta ha cambiado y se volverá a preguntar"),
        ("es", "msg-asked-again", 0.0, "0 preguntas han cambiado y se volverán a preguntar"),
        ("en", "more-lines", 1.0, "↓ 1 more line (↓ j PgDn)"),
        ("en", "more-lines", 7.0, "↓ 7 more lines (↓ j PgDn)"),
        ("es", "characters", 1.0, "1 carácter"),
        ("es", "characters", 40.0, "40 caracteres"),
    ];
    for (lang, id, n, want) in cases {
        assert_eq!(
            t_args(lang, id, &[("n", words::num(*n))]),
            *want,
            "{lang} {id} {n}"
        );
    }
}

#[test]
fn zero_more_and_many_more() {
    let failed = |more: usize| {
        t_args(
            "en",
            "msg-reload-failed",
            &[("first", "line 3: x".into()), ("more", more.into())],
        )
    };
    assert_eq!(
        failed(0),
        "Not reloaded: line 3: x; showing the last version that loaded"
    );
    assert_eq!(
        failed(2),
        "Not reloaded: line 3: x (and 2 more); showing the last version that loaded"
    );
}

/// Fluent's default wraps every value in U+2068/U+2069; a terminal shows them as junk.
#[test]
fn no_isolation_marks_in_any_message() {
    let names = value_names();
    let args = every_value(&names);
    for lang in ["en", "es"] {
        for id in words::known() {
            let text = t_args(lang, id, &args);
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{lang} {id}: {text:?}"
            );
        }
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().to_string_lossy().into_owned();
    let all = run(
        &["--lang", "es", "--data-dir", &data, "sessions", "list"],
        "",
    );
    assert!(all.contains("No hay sesiones guardadas en"), "{all}");
    assert!(!all.contains(['\u{2068}', '\u{2069}']), "{all:?}");
}

/// The engine (everything but the interfaces, the report and the binary) imports nothing
/// from the report or the interfaces, and the words import nothing of the program but the
/// language resolver.
#[test]
fn words_sit_under_the_engine() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let upward = regex::Regex::new(r"crate::(report|tui|plain|commands)\b")
        .unwrap_or_else(|e| panic!("{e}"));
    let any = regex::Regex::new(r"crate::(\w+)").unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for engine in [
        "expr",
        "questionnaire",
        "flow",
        "evaluate",
        "session",
        "store",
        "sitting",
        "words",
        "lang.rs",
        "sanitize.rs",
    ] {
        let path = src.join(engine);
        let mut files = Vec::new();
        if path.is_dir() {
            rust_files(&path, &mut files);
        }
        let single = if engine.ends_with(".rs") {
            path.clone()
        } else {
            src.join(format!("{engine}.rs"))
        };
        if single.is_file() {
            files.push(single);
        }
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            for m in upward.find_iter(&text) {
                problems.push(format!("{}: {}", f.display(), m.as_str()));
            }
            if engine == "words" || f.ends_with("words.rs") && f.parent() == Some(&src) {
                for m in any.captures_iter(&text) {
                    if &m[1] != "lang" && &m[1] != "words" {
                        problems.push(format!("{}: words imports crate::{}", f.display(), &m[1]));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The real binary's stdout and stderr for `args`, with `input` on stdin.
fn run(args: &[&str], input: &str) -> String {
    let mut child = crate::careerpath()
        .args(args)
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run careerpath: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("careerpath did not finish: {e}"));
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

const TEAM_ZH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/questions/examples/team-zh.yaml"
);

/// A Chinese questionnaire's own words reach plain mode: prompts, the yes word it brings
/// (`是`), the headings of the result; an id it does not give reads in English.
#[test]
fn a_chinese_questionnaire_speaks_chinese_in_plain_mode() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().to_string_lossy().into_owned();
    let out = run(
        &["--plain", "--data-dir", &data, "--questions", TEAM_ZH],
        "1\n是\n5\n",
    );
    for want in [
        "第 1 题，共 3 题",
        "输入 1 到 3 之间的一个数字。",
        "输入 y（是）或 n（否）。",
        "输入 1 到 5 之间的整数。",
        "你的结果",
        "氛围良好",
        "原因",
        // Not given by the questionnaire: English.
        "Saved as",
    ] {
        assert!(out.contains(want), "no {want:?} in:\n{out}");
    }
}

/// The terminal interface shows the questionnaire's Chinese buttons and hints.
#[cfg(feature = "tui")]
#[test]
fn a_chinese_questionnaire_has_chinese_buttons() {
    use super::e2e::Term;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = Term::spawn_with(dir.path(), &["--questions", TEAM_ZH]);
    t.wait_text("开始新的问卷");
    t.send("\r");
    t.wait_text("你们团队的工作节奏如何？");
    t.send("1\r");
    t.wait_text("你的意见在团队里会被认真对待吗？");
    let screen = t.screen();
    for want in ["是", "否", "第 2 题，共 3 题", "下一步", "返回", "帮助"] {
        assert!(screen.contains(want), "no {want:?} on:\n{screen}");
    }
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

/// The questionnaire's words are checked at load: an unknown id is an error at its key
/// with a did-you-mean, a value the message does not have is an error at the text.
#[test]
fn unknown_ids_in_words_are_load_errors() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/invalid/unknown-word.yaml"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let Err(e) = careerpath::questionnaire::load_str("unknown-word.yaml", &text) else {
        panic!("a questionnaire with an unknown word id loaded")
    };
    let shown = e.to_string();
    assert!(
        shown.contains(
            "unknown-word.yaml:19:5: error[unknown-word]: unknown message id `f-qiut` in `words.zh`"
        ),
        "{shown}"
    );
    assert!(shown.contains("did you mean `f-quit`?"), "{shown}");
    assert!(
        shown.contains("`chosen` has no value `{ $count }`; it has `{ $n }`"),
        "{shown}"
    );
}

/// Line breaking follows Unicode's rules (UAX #14): closing punctuation stays on the line
/// it closes, so no wrapped line starts with "。", "」", "、" or "，", at any width.
#[cfg(feature = "tui")]
#[test]
fn no_wrapped_line_starts_with_closing_punctuation() {
    use careerpath::tui::text::wrap;
    let texts = [
        "你的回答显示团队氛围良好。保持现在的做法，并定期回顾。「这是引用」之后还有一句话。",
        "彼は「はい」と言った。それから、静かに部屋を出ていった。「またね」と彼女は答えた。",
    ];
    for text in texts {
        for width in 4..=30 {
            let lines = wrap(text, width);
            for line in &lines {
                assert!(
                    !line.starts_with(['。', '」', '、', '，']),
                    "width {width}: a line starts with {line:?}:\n{}",
                    lines.join("\n")
                );
            }
            assert_eq!(
                lines.concat().replace(' ', ""),
                text,
                "width {width}: text lost"
            );
        }
    }
}
