//! The resume hints (on quit and Ctrl-C in plain mode, and by `sessions show`) name
//! `--questions FILE` and `--data-dir DIR` when they were used, so the hint, run as printed,
//! continues the right session.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use careerpath::session::Status;
use careerpath::store::{Listed, Store};

use super::plain::{run, stdout};

const NPS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/questions/examples/nps.yaml");

/// Runs a printed hint as a shell would split it (the test paths have no spaces), with no
/// help from the environment: no data directory but the one it names.
fn run_hint(hint: &str, input: &[u8]) -> Output {
    let args: Vec<&str> = hint.split(' ').collect();
    assert_eq!(args[0], "careerpath", "{hint}");
    let mut child = crate::careerpath()
        .args(&args[1..])
        .env("LANG", "en_US.UTF-8")
        .env_remove("CAREERPATH_DATA_DIR")
        // A default data directory that holds nothing, should the hint not name one.
        .env("XDG_DATA_HOME", "/nonexistent/careerpath-test")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn only_session(data: &Path) -> careerpath::store::Summary {
    let all: Vec<_> = Store::open(data)
        .unwrap()
        .list()
        .into_iter()
        .filter_map(|l| match l {
            Listed::Ok(s) => Some(s),
            Listed::Damaged { .. } => None,
        })
        .collect();
    assert_eq!(all.len(), 1);
    all.into_iter().next().unwrap()
}

#[test]
fn the_hint_on_quit_names_the_questionnaire_and_the_data_dir() {
    let data = tempfile::tempdir().unwrap();
    let o = run(data.path(), &["--plain", "--questions", NPS], b"9\n", &[]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(75), "{out}");
    let hint = out.lines().last().unwrap().split("Continue with: ").nth(1);
    let hint = hint.expect(&out);
    let prefix = &only_session(data.path()).id[..careerpath::store::SHORT_ID];
    assert!(
        hint.starts_with(&format!(
            "careerpath --plain --questions {NPS} --data-dir {} resume {prefix}",
            data.path().display()
        )),
        "{hint}"
    );
    let o = run_hint(hint, b"skip\nn\n");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(only_session(data.path()).status, Status::Complete);
}

/// The hint printed on quit still names its session after another one was started in
/// the same minute (ids made then share their first eight characters).
#[test]
fn the_hint_still_works_after_another_session_is_started() {
    let data = tempfile::tempdir().unwrap();
    let o = run(data.path(), &["--plain", "--questions", NPS], b"9\n", &[]);
    let out = stdout(&o);
    let hint = out.lines().last().unwrap().split("Continue with: ").nth(1);
    let hint = hint.expect(&out).to_owned();
    let first = only_session(data.path()).id;
    let o = run(data.path(), &["--plain", "--questions", NPS], b"3\n", &[]);
    assert_eq!(o.status.code(), Some(75), "{}", stdout(&o));
    let o = run_hint(&hint, b"skip\nn\n");
    assert_eq!(o.status.code(), Some(0), "{hint}: {}", stdout(&o));
    let done: Vec<_> = Store::open(data.path())
        .unwrap()
        .list()
        .into_iter()
        .filter_map(|l| match l {
            Listed::Ok(s) if s.status == Status::Complete => Some(s.id),
            _ => None,
        })
        .collect();
    assert_eq!(done, [first]);
}

#[test]
fn the_default_data_dir_is_not_named() {
    let data = tempfile::tempdir().unwrap();
    let mut child = crate::careerpath()
        .args(["--plain", "--questions", NPS])
        .env("LANG", "en_US.UTF-8")
        .env("CAREERPATH_DATA_DIR", data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"9\n").unwrap();
    let o = child.wait_with_output().unwrap();
    let out = stdout(&o);
    assert!(
        out.contains(&format!(
            "Continue with: careerpath --plain --questions {NPS} resume "
        )),
        "{out}"
    );
    assert!(!out.contains("--data-dir"), "{out}");
}

#[test]
fn the_hint_on_ctrl_c_resumes_the_session() {
    let data = tempfile::tempdir().unwrap();
    let mut child = crate::careerpath()
        .args(["--plain", "--questions", NPS, "--data-dir"])
        .arg(data.path())
        .env("LANG", "en_US.UTF-8")
        .env_remove("CAREERPATH_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
            let _ = tx.send(String::from_utf8_lossy(&all).into_owned());
        }
    });
    let wait_for = |needle: &str| loop {
        let seen = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no `{needle}` in 20 s"));
        if seen.contains(needle) {
            break;
        }
    };
    stdin.write_all(b"9\n").unwrap();
    wait_for("Question 2");
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(130), "{err}");
    let hint = err.split("continue with: ").nth(1).expect(&err).trim();
    assert_eq!(
        hint,
        format!(
            "careerpath --plain --questions {NPS} --data-dir {} resume",
            data.path().display()
        )
    );
    let o = run_hint(hint, b"skip\nn\n");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let s = only_session(data.path());
    assert_eq!(s.status, Status::Complete);
    assert_eq!(s.progress.answered, s.progress.total);
}

#[test]
fn sessions_show_gives_the_hint_for_an_unfinished_session() {
    let data = tempfile::tempdir().unwrap();
    run(data.path(), &["--plain", "--questions", NPS], b"9\n", &[]);
    let id = only_session(data.path()).id;
    let o = crate::careerpath()
        .args(["--questions", NPS, "--data-dir"])
        .arg(data.path())
        .args(["sessions", "show", &id])
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    let out = stdout(&o);
    let hint = out.split("No result yet: `").nth(1).expect(&out);
    let hint = hint.split('`').next().unwrap();
    assert!(
        hint.starts_with(&format!(
            "careerpath --questions {NPS} --data-dir {} resume ",
            data.path().display()
        )),
        "{hint}"
    );
    // Run as printed (not a terminal, so line by line), it finishes that session.
    let o = run_hint(hint, b"skip\nn\n");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(only_session(data.path()).status, Status::Complete);
}

/// `resume` continues only a session of the questionnaire it runs. Another's, opened against
/// it, would have had its answers set aside and been saved over as this one's (the
/// full-screen interface did that); line by line it was refused only once opened.
#[test]
fn resume_leaves_another_questionnaires_session_alone() {
    let data = tempfile::tempdir().unwrap();
    let o = run(data.path(), &["--plain", "--questions", NPS], b"9\n", &[]);
    assert_eq!(o.status.code(), Some(75), "{}", stdout(&o));
    let nps = only_session(data.path());
    let file = data
        .path()
        .join("sessions")
        .join(format!("{}.yaml", nps.id));
    let before = std::fs::read_to_string(&file).unwrap();
    let stderr = |o: &Output| String::from_utf8_lossy(&o.stderr).into_owned();
    // The last unfinished session is the NPS one: the built-in questionnaire has none.
    let o = run(data.path(), &["--plain", "resume"], b"", &[]);
    assert_eq!(o.status.code(), Some(66), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no unfinished session"),
        "{}",
        stderr(&o)
    );
    // Named, it is refused, and said whose it is.
    for args in [
        &["--plain", "resume", &nps.id[..careerpath::store::SHORT_ID]][..],
        &["resume", &nps.id[..careerpath::store::SHORT_ID]],
    ] {
        let o = run(data.path(), args, b"", &[]);
        assert_eq!(o.status.code(), Some(65), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("was answered with questionnaire `nps"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}
