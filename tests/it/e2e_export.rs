//! End to end through the real binary in a pseudo-terminal: exporting from the sessions
//! browser never replaces a file, and two sessions made in the same minute get two files
//! (issue 9, item 2). The harness is `e2e`'s.

use std::path::Path;

use careerpath::questionnaire::{Answer, builtin};
use careerpath::session::Session;
use careerpath::store::Store;
use jiff::Timestamp;

use super::e2e::{DOWN, Term};

fn exports(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("careerpath-") && n.ends_with(".md"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn browser_exports_get_their_own_files_and_never_overwrite() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let store = Store::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let now = Timestamp::now();
    let mut made = Vec::new();
    // Two different answers to the first question, whatever its choices are.
    let first = &q.questions[0];
    let choices = first.kind.choices();
    for (name, choice) in [("First", &choices[0]), ("Second", &choices[1])] {
        let mut s = Session::new(&q, "en", now);
        s.name = name.into();
        s.set_answer(&q, &first.id, Answer::Text(choice.value.clone()), now);
        store.save(&s).unwrap_or_else(|e| panic!("{e}"));
        made.push(s);
    }
    assert_eq!(
        made[0].id[..8],
        made[1].id[..8],
        "sessions made in the same minute share their first eight characters"
    );
    // Someone's file where an export named after the short id would go.
    let precious = dir.path().join(format!(
        "careerpath-{}.md",
        &made[0].id[..careerpath::store::SHORT_ID]
    ));
    std::fs::write(&precious, "my own notes\n").unwrap_or_else(|e| panic!("{e}"));

    let mut t = Term::spawn(dir.path());
    t.wait_text("Start a new session");
    t.send("s");
    t.wait_text("Second");
    t.send("e");
    t.wait_for("the first export", |_| exports(dir.path()).len() == 2);
    t.send(DOWN);
    t.send("e");
    t.wait_for("the second export", |_| exports(dir.path()).len() == 3);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);

    assert_eq!(
        std::fs::read_to_string(&precious).unwrap_or_default(),
        "my own notes\n",
        "an existing file is never replaced"
    );
    let texts: Vec<String> = exports(dir.path())
        .iter()
        .map(|n| std::fs::read_to_string(dir.path().join(n)).unwrap_or_default())
        .filter(|text| text != "my own notes\n")
        .collect();
    assert_eq!(texts.len(), 2, "{:?}", exports(dir.path()));
    assert_ne!(texts[0], texts[1], "each session has its own export");
    for text in &texts {
        // Neither session is finished, and each export says so first.
        assert!(text.starts_with("> **INCOMPLETE: 1 of"), "{text}");
    }
    // The person's answers, readable by them alone (as sessions and `export -o` are).
    for name in exports(dir.path()) {
        let path = dir.path().join(&name);
        if std::fs::read_to_string(&path).unwrap_or_default() == "my own notes\n" {
            continue;
        }
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).map_or(0, |m| m.permissions().mode());
        assert_eq!(mode & 0o777, 0o600, "{name}");
    }
}

/// The browser exports in the interface's language, as `sessions export` does in the
/// command's, whichever language the session was answered in.
#[test]
fn browser_exports_speak_the_interface_language() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let store = Store::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let now = Timestamp::now();
    let mut s = Session::new(&q, "en", now);
    let first = &q.questions[0];
    let value = first.kind.choices()[0].value.clone();
    s.set_answer(&q, &first.id, Answer::Text(value), now);
    store.save(&s).unwrap_or_else(|e| panic!("{e}"));

    let mut t = Term::spawn_with(dir.path(), &["--lang", "es"]);
    t.wait_text("Empezar");
    t.send("s");
    t.send("e");
    t.wait_for("the export", |_| exports(dir.path()).len() == 1);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let text =
        std::fs::read_to_string(dir.path().join(&exports(dir.path())[0])).unwrap_or_default();
    assert!(text.starts_with("> **INCOMPLETO: 1 de"), "{text}");
}
