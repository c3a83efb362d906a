//! Plain mode end to end: answers piped into the real binary.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use careerpath::session::Status;
use careerpath::store::{Listed, Store};

pub(crate) fn run(data: &Path, args: &[&str], input: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = crate::careerpath()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("TZ", "UTC")
        .env_remove("CAREERPATH_DATA_DIR")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from a thread: the child may stop reading (quit) before taking it all.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn plain(data: &Path, lines: &[&str]) -> Output {
    run(
        data,
        &["--plain"],
        format!("{}\n", lines.join("\n")).as_bytes(),
        &[],
    )
}

/// careerpath in plain mode on `data`, in English, with its standard streams piped.
fn spawn_plain(data: &Path) -> std::process::Child {
    crate::careerpath()
        .arg("--data-dir")
        .arg(data)
        .arg("--plain")
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"))
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn sessions(data: &Path) -> Vec<careerpath::store::Summary> {
    Store::open(data)
        .unwrap()
        .list()
        .into_iter()
        .map(|l| match l {
            Listed::Ok(s) => s,
            Listed::Damaged { reason, .. } => panic!("{reason}"),
        })
        .collect()
}

const ML: &[&str] = &[
    "1", "1", "1,2", "y", "1,2,3,4", "4", "1", "1", "2", "6", "n",
];
const BACKEND: &[&str] = &["5", "9,10", "n", "3,4,1,2", "4", "2", "3", "10", "n"];
const ARCHITECT: &[&str] = &["9", "1,9", "y", "1,3,2,4", "1", "3", "3", "1,3", "8", "y"];

#[test]
fn personas_get_their_outcome() {
    for (name, answers, outcome) in [
        ("ml", ML, "Python first"),
        ("backend", BACKEND, "Rust first"),
        ("architect", ARCHITECT, "Both: Rust first, then Python"),
    ] {
        let data = tempfile::tempdir().unwrap();
        let o = plain(data.path(), answers);
        let out = stdout(&o);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{name}: {out}{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(out.contains(&format!("\n{outcome}\n====")), "{name}: {out}");
        assert!(!out.contains("Not accepted"), "{name}: {out}");
        // A first visit offers the default as a default, not as an answer to keep.
        assert!(
            out.contains("Press Enter for the default: 5 hours a week.")
                && !out.contains("Press Enter to keep"),
            "{name}: {out}"
        );
        assert!(
            !out.contains('\x1b'),
            "{name}: no escape sequences in plain output"
        );
        assert!(
            out.contains("What would change it") || out.contains("Roadmap"),
            "{name}"
        );
        let saved = sessions(data.path());
        assert_eq!(saved.len(), 1);
        assert_eq!(saved[0].status, Status::Complete);
        assert_eq!(saved[0].outcome.as_deref(), Some(outcome));
        assert!(
            out.trim_end().ends_with(&format!("({}).", saved[0].id)),
            "{name}: {out}"
        );
    }
}

#[test]
fn invalid_answers_are_explained_and_asked_again() {
    let data = tempfile::tempdir().unwrap();
    let mut lines = vec!["12", "ai_ml", "0", "", "x"];
    // `ai_ml` (a choice value) is accepted for role; then ai_stack gets 0, nothing, and x.
    lines.extend_from_slice(&ML[1..]);
    let o = plain(data.path(), &lines);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains(
            "Not accepted: `12` is not one of the choices (1 to 11). Type one number from 1 to 11."
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "Not accepted: `0` is not one of the choices (1 to 3). Type one number from 1 to 3."
        ),
        "{out}"
    );
    assert!(
        out.contains("This question needs an answer. Type one number from 1 to 3."),
        "{out}"
    );
    assert!(
        out.contains(
            "Not accepted: `x` is not one of the choices (1 to 3). Type one number from 1 to 3."
        ),
        "{out}"
    );
    assert!(out.contains("\nPython first\n"), "{out}");
}

#[test]
fn shapes_that_do_not_fit_are_refused_with_the_rule() {
    let data = tempfile::tempdir().unwrap();
    // Five domains where at most four are allowed, a rank with a repeat, an hour count out of range.
    let lines = [
        "1",
        "1",
        "1,2,3,4,5",
        "1,2",
        "y",
        "1,1,2,3",
        "1,2,3,4",
        "4",
        "1",
        "1",
        "2",
        "500",
        "6",
        "n",
    ];
    let o = plain(data.path(), &lines);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    let refusals: Vec<&str> = out.lines().filter(|l| l.contains("Not accepted")).collect();
    assert_eq!(refusals.len(), 3, "{out}");
    assert!(refusals[0].contains("Choose 1 to 4."), "{}", refusals[0]);
    assert!(refusals[1].contains("is chosen twice"), "{}", refusals[1]);
    assert!(refusals[2].contains("From 1 to 40."), "{}", refusals[2]);
}

#[test]
fn end_of_input_saves_and_says_how_to_resume() {
    let data = tempfile::tempdir().unwrap();
    let o = plain(data.path(), &ML[..3]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(75), "{out}");
    let last = out.lines().last().unwrap();
    // Said before the resume line: the questionnaire did not end, the input did.
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[lines.len() - 2],
        "The input ended before the questionnaire did.",
        "{out}"
    );
    let saved = sessions(data.path());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].status, Status::InProgress);
    assert_eq!(saved[0].progress.answered, 3);
    let prefix = last.rsplit(' ').next().unwrap();
    assert!(
        saved[0].id.starts_with(prefix) && prefix.len() >= 8,
        "{last}"
    );
    assert_eq!(
        last,
        format!(
            "Saved as {} ({}). Continue with: careerpath --plain --data-dir {} resume {prefix}",
            saved[0].name,
            saved[0].id,
            data.path().display()
        )
    );

    let o = run(
        data.path(),
        &["--plain", "resume", prefix],
        format!("{}\n", ML[3..].join("\n")).as_bytes(),
        &[],
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("Resuming "), "{out}");
    assert!(out.contains("\nPython first\n"), "{out}");
    let saved = sessions(data.path());
    assert_eq!(saved.len(), 1, "the same session was continued");
    assert_eq!(saved[0].status, Status::Complete);

    // `resume` with no id picks the last unfinished one; there is none now.
    let o = run(data.path(), &["--plain", "resume"], b"", &[]);
    assert_eq!(o.status.code(), Some(66));
}

/// A full disk: the first answer that cannot be written is said once, the end says the
/// answers were not saved, and the exit code is 74, not 75 (which promises a session to
/// resume). With room made mid-run, the next save writes every answer and the end says so.
#[test]
fn a_full_disk_is_said_and_room_made_later_saves_every_answer() {
    let Some(mount) = crate::store::Mount::tmpfs("size=64k") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let (data, fill) = (mount.path().join("data"), mount.path().join("fill"));
    let fill_up = || {
        // Writes what fits, then fails with the disk full.
        let _ = std::fs::write(&fill, vec![0u8; 256 * 1024]);
    };
    fill_up();
    let o = plain(&data, &BACKEND[..3]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(74), "{out}");
    assert_eq!(out.matches("could not be saved").count(), 1, "{out}");
    assert!(out.contains("the disk is full"), "{out}");
    let last = out.lines().last().unwrap_or_default();
    assert_eq!(last, "The answers of this session were not saved.", "{out}");
    assert!(sessions(&data).is_empty());

    // The same, with room made after the first refused save.
    std::fs::remove_dir_all(&data).unwrap();
    fill_up();
    let mut child = spawn_plain(&data);
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (said, heard) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        use std::io::BufRead;
        let mut all = String::new();
        for line in std::io::BufReader::new(stdout).lines() {
            let line = line.unwrap_or_default();
            let _ = said.send(line.contains("could not be saved"));
            all.push_str(&line);
            all.push('\n');
        }
        all
    });
    writeln!(stdin, "{}", BACKEND[0]).unwrap();
    // A deadline, not a hang, if the warning never comes (the child waits for input).
    let warned = loop {
        match heard.recv_timeout(std::time::Duration::from_secs(20)) {
            Ok(true) => break true,
            Ok(false) => {}
            Err(_) => break false,
        }
    };
    if !warned {
        let _ = child.kill();
    }
    assert!(warned, "no warning of the refused save");
    std::fs::remove_file(&fill).unwrap();
    writeln!(stdin, "{}", BACKEND[1..3].join("\n")).unwrap();
    drop(stdin);
    let status = child.wait().unwrap();
    let out = reader.join().unwrap();
    assert_eq!(status.code(), Some(75), "{out}");
    assert!(
        out.lines()
            .last()
            .unwrap_or_default()
            .starts_with("Saved as"),
        "{out}"
    );
    let saved = sessions(&data);
    assert_eq!(saved.len(), 1, "{out}");
    assert_eq!(saved[0].progress.answered, 3, "{out}");
}

/// A disk that fills up mid-run: the answers saved before it did are said to be saved,
/// with the command that resumes them (it said none were), and the run still ends with 74.
#[test]
fn a_disk_that_fills_mid_run_says_what_was_saved_and_how_to_go_on() {
    let Some(mount) = crate::store::Mount::tmpfs("size=64k") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let data = mount.path().join("data");
    // Room for the first answers, not for all of them.
    std::fs::write(mount.path().join("fill"), vec![0u8; 60 * 1024]).unwrap();
    let o = plain(&data, BACKEND);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(74), "{out}");
    assert_eq!(out.matches("could not be saved").count(), 1, "{out}");
    let last = out.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("Your latest answers were not saved. Those saved before them are in ")
            && last.contains("; continue with: careerpath --plain ")
            && last.contains(" resume "),
        "{out}"
    );
    std::fs::remove_file(mount.path().join("fill")).unwrap();
    let saved = sessions(&data);
    assert_eq!(saved.len(), 1, "{out}");
    assert!(saved[0].progress.answered >= 1, "{out}");
}

/// Without a usable data directory nothing is saved: a run that gave answers ends with 74
/// whether it finished, quit or ran out of input (it ended 0, or 75, which promises a
/// session to resume).
#[test]
fn answers_given_without_a_data_directory_end_with_74() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::write(&data, "a file, not a directory").unwrap();
    let quit = [BACKEND[0], "quit"];
    for (case, lines, code) in [
        ("finished", BACKEND, 74),
        ("quit", &quit[..], 74),
        ("input ended", &BACKEND[..1], 74),
        ("nothing answered", &["quit"][..], 0),
    ] {
        let o = plain(&data, lines);
        assert_eq!(o.status.code(), Some(code), "{case}: {}", stdout(&o));
    }
}

#[test]
fn back_skip_help_and_quit() {
    let data = tempfile::tempdir().unwrap();
    let lines = [
        "help", "5", "back", "",     // keep the systems role after going back
        "skip", // domains is required
        "9,10", "n", "3,4,1,2", "4", "skip", // team_stack is optional
        "quit",
    ];
    let o = plain(data.path(), &lines);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("Commands: `back`"), "{out}");
    assert!(
        out.contains(
            "  5. Systems engineer: high-performance, distributed or infrastructure software: "
        ),
        "help lists choice help: {out}"
    );
    assert!(
        out.contains("Press Enter to keep: Systems engineer: high-performance, distributed or infrastructure software."),
        "{out}"
    );
    assert!(out.contains("This question needs an answer."), "{out}");
    assert!(
        out.contains("Continue with: careerpath --plain --data-dir "),
        "{out}"
    );
    let store = Store::open(data.path()).unwrap();
    let s = store.load(&sessions(data.path())[0].id).unwrap();
    assert_eq!(s.answers.len(), 5, "{:?}", s.answers);
    assert!(!s.answers.contains_key("team_stack"));
    assert_eq!(s.current.as_deref(), Some("team_stack"));
}

#[test]
fn quitting_before_any_answer_saves_nothing() {
    let data = tempfile::tempdir().unwrap();
    // `quit` is a choice (0); input ending before any answer is not (75: run again).
    for (input, code) in [("quit\n", 0), ("", 75)] {
        let o = run(data.path(), &["--plain"], input.as_bytes(), &[]);
        assert!(stdout(&o).contains("Nothing was answered, so nothing was saved."));
        assert_eq!(o.status.code(), Some(code), "{input:?}");
    }
    assert!(sessions(data.path()).is_empty());
}

#[test]
fn spanish() {
    let data = tempfile::tempdir().unwrap();
    let o = run(data.path(), &["--plain", "--lang", "es"], b"12\n1\n", &[]);
    let out = stdout(&o);
    assert!(out.contains("Pregunta 1 de unas"), "{out}");
    assert!(
        out.contains(
            "No vale: `12` no es ninguna de las opciones (del 1 al 11). Escribe un número del 1 al 11."
        ),
        "{out}"
    );
    assert!(out.contains("Guardada como Sesión del "), "{out}");
}

#[test]
fn hostile_input_is_survived() {
    let data = tempfile::tempdir().unwrap();
    let mut input = vec![b'x'; 200 * 1024];
    input.extend_from_slice(b"\n\xff\xfe\x1b[31m\n1\n");
    let o = run(data.path(), &["--plain"], &input, &[]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(75), "{out}");
    assert!(out.contains("That line is too long."), "{out}");
    assert!(
        !out.contains('\x1b'),
        "typed control characters are not echoed back"
    );
    assert_eq!(sessions(data.path())[0].progress.answered, 1);
}

#[test]
fn a_session_open_elsewhere_is_not_saved() {
    let data = tempfile::tempdir().unwrap();
    plain(data.path(), &ML[..2]);
    let store = Store::open(data.path()).unwrap();
    let id = sessions(data.path())[0].id.clone();
    let before = std::fs::read(store.path_of(&id)).unwrap();
    let (_, access) = store.open_session(&id).unwrap();
    assert!(access.can_write());
    let o = run(
        data.path(),
        &["--plain", "resume", &id],
        format!("{}\n", ML[2..].join("\n")).as_bytes(),
        &[],
    );
    let out = stdout(&o);
    // Answers given and not saved end with 74, as a full disk does (it was 0).
    assert_eq!(o.status.code(), Some(74), "{out}");
    assert!(out.contains("open in another careerpath"), "{out}");
    assert!(
        out.contains("The answers of this session were not saved."),
        "{out}"
    );
    assert_eq!(std::fs::read(store.path_of(&id)).unwrap(), before);
}

#[test]
fn term_dumb_selects_plain_mode_on_a_terminal() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let data = tempfile::tempdir().unwrap();
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_careerpath"));
    cmd.arg("--data-dir");
    cmd.arg(data.path());
    cmd.env("TERM", "dumb");
    for key in crate::LOCALE {
        cmd.env_remove(key);
    }
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env_remove("ACCESSIBLE");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = std::io::Read::read(&mut reader, &mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
            let _ = tx.send(all.clone());
        }
    });
    let wait_for = |needle: &str| -> String {
        loop {
            let seen = rx
                .recv_timeout(std::time::Duration::from_secs(20))
                .expect("no output in 20 s");
            let text = String::from_utf8_lossy(&seen).into_owned();
            if text.contains(needle) {
                return text;
            }
        }
    };
    let shown = wait_for("> ");
    assert!(shown.contains("Question 1 of about"), "{shown}");
    writer.write_all(b"1\r").unwrap();
    wait_for("Question 2 of about");
    writer.write_all(b"quit\r").unwrap();
    let all = wait_for("Continue with: careerpath --plain --data-dir ");
    assert!(child.wait().unwrap().success());
    assert!(!all.contains('\x1b'), "no escape sequences: {all:?}");
}

#[test]
fn a_closed_output_stops_with_the_answers_saved_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    let mut child = crate::careerpath()
        .args(["--plain", "--data-dir"])
        .arg(data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Read up to the first prompt, then close our end of its output and answer everything.
    let mut stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !seen.ends_with(b"> ") {
        assert_eq!(
            std::io::Read::read(&mut stdout, &mut byte).unwrap(),
            1,
            "ended early"
        );
        seen.push(byte[0]);
    }
    drop(stdout);
    let _ = stdin.write_all(format!("{}\n", ML.join("\n")).as_bytes());
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    // Not the end of the questionnaire: 75, as when the input runs out, so a script sees
    // it did not finish (it ended 0), and standard error says how to go on.
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(75), "{err}");
    // The first answer was saved; showing the next question found no reader.
    let saved = sessions(data.path());
    assert_eq!(saved[0].progress.answered, 1);
    let prefix = &saved[0].id[..careerpath::store::SHORT_ID];
    assert!(
        err.starts_with("careerpath: The output closed before the questionnaire ended. Saved as ")
            && err.trim_end().ends_with(&format!(
                "Continue with: careerpath --plain --data-dir {} resume {prefix}",
                data.path().display()
            )),
        "{err}"
    );
}

/// Issue 9, item 10: the multi-choice hint offers `none` only where it is accepted, the
/// hours hint offers only valid numbers, and a refusal names choices by number and label.
#[test]
fn hints_offer_only_what_is_accepted_and_refusals_name_choices() {
    let data = tempfile::tempdir().unwrap();
    let mut lines = ML.to_vec();
    // A ranking with a repeat before the good one.
    lines.insert(4, "1,1,2,3");
    let o = plain(data.path(), &lines);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    // Every multi-choice question of the built-in questionnaire needs at least one choice.
    assert!(!out.contains("`none`"), "{out}");
    let hours = out
        .lines()
        .find(|l| l.starts_with("Type a number"))
        .unwrap_or_else(|| panic!("no number hint: {out}"));
    assert_eq!(
        hours,
        "Type a number, for example 6. From 1 to 40. (hours a week)"
    );
    let q = careerpath::questionnaire::builtin().unwrap();
    let values = q.question("values").unwrap();
    let first = &values.kind.choices()[0];
    let refusal = out
        .lines()
        .find(|l| l.contains("Not accepted"))
        .unwrap_or_else(|| panic!("no refusal: {out}"));
    assert!(
        refusal.contains(&format!(
            "choice 1 ({}) is chosen twice",
            first.label.get("en", "en")
        )),
        "{refusal}"
    );
    assert!(
        !refusal.contains(&first.value),
        "an internal value is shown: {refusal}"
    );
}

/// Piped input that never answers (`yes 6 | careerpath`) is not read forever: after 20
/// lines in a row on one question plain mode stops as at the end of input, 75, with the
/// answers saved and the resume hint.
#[test]
fn input_that_never_answers_is_given_up_on() {
    let data = tempfile::tempdir().unwrap();
    let o = run(
        data.path(),
        &["--plain"],
        "6\n".repeat(10_000).as_bytes(),
        &[],
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(75), "{out}");
    assert!(
        out.contains("Stopped: 20 lines in a row did not answer this question"),
        "{out}"
    );
    assert!(out.contains("Continue with: "), "{out}");
    assert_eq!(
        out.matches("> 6").count(),
        20 + answered_before(&out),
        "{out}"
    );
}

/// How many questions `out` shows answered before the one it stopped on.
fn answered_before(out: &str) -> usize {
    out.matches("Question ").count() - 1
}

/// "None of these" is announced as an answer on its own, beside the count the question
/// asks for, in the session's language.
#[test]
fn an_exclusive_choice_is_announced_as_going_alone() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/exclusive.yaml"
    );
    for (lang, want) in [
        ("en", "Choice 4 (None of these) goes on its own."),
        ("es", "La opción 4 (Ninguna) va sola."),
    ] {
        let data = tempfile::tempdir().unwrap();
        let o = run(
            data.path(),
            &["--plain", "--questions", fixture, "--lang", lang],
            b"4\n",
            &[],
        );
        let out = stdout(&o);
        assert_eq!(o.status.code(), Some(0), "{out}");
        assert!(out.contains(want), "{lang}: {out}");
        // Its `min: 0` asks for nothing, and is not said.
        assert!(!out.contains(" 0."), "{lang}: {out}");
    }
}

/// Issue 9, item 11: plain mode's refusals are in the session's language, and `2,5` is
/// read with the Spanish decimal comma (so it is refused as not whole, not as 25).
#[test]
fn refusals_are_in_spanish() {
    let data = tempfile::tempdir().unwrap();
    let mut lines = ML.to_vec();
    lines.insert(9, "2,5");
    lines.insert(3, "quizá");
    let o = run(
        data.path(),
        &["--plain", "--lang", "es"],
        format!("{}\n", lines.join("\n")).as_bytes(),
        &[],
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("No vale: `quizá` no es ni sí ni no. Escribe s (sí) o n (no)."),
        "{out}"
    );
    assert!(
        out.contains("No vale: 2,5 no es un número entero."),
        "{out}"
    );
    assert!(
        !out.contains("Not accepted") && !out.contains(" is not "),
        "{out}"
    );
}

/// Piped input is not shown by a terminal, so each line read is written after the prompt:
/// a transcript reads "> zzz", then the refusal on a line of its own (they once shared
/// one). The echo drops control characters, as every other printed text does.
#[test]
fn piped_lines_are_echoed_after_the_prompt_without_control_characters() {
    let data = tempfile::tempdir().unwrap();
    let out = plain(data.path(), &["zzz", "\u{1b}[31m1", "1", "quit"]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let refusal =
        "Not accepted: `zzz` is not one of the choices (1 to 11). Type one number from 1 to 11.";
    let at = lines
        .iter()
        .position(|l| *l == "> zzz")
        .unwrap_or_else(|| panic!("no echo of `zzz`:\n{text}"));
    assert_eq!(lines[at + 1], refusal, "{text}");
    assert_eq!(lines[at + 2], "> [31m1", "{text}");
    assert!(
        !text.contains('\u{1b}'),
        "an escape reached the output: {text:?}"
    );
    assert!(text.contains("\n> 1\n"), "{text}");
    assert!(text.contains("\n> quit\n"), "{text}");
}

/// The README's plain-mode example is answered as written: every line accepted, and the
/// result it promises. (It had one line too many: the hours went to the next question.)
#[test]
fn the_readmes_plain_example_runs_as_it_says() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    let line = readme
        .lines()
        .find(|l| l.starts_with("printf '") && l.contains("careerpath --plain"))
        .unwrap_or_else(|| panic!("no plain-mode example in the README"));
    let input = line["printf '".len()..]
        .split('\'')
        .next()
        .unwrap_or_default()
        .replace("\\n", "\n");
    let promised = line.rsplit(": ").next().unwrap_or_default();
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let o = run(data.path(), &["--plain"], input.as_bytes(), &[]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(!out.contains("Not accepted"), "{out}");
    assert!(
        out.contains(&format!("\n{promised}\n{}\n", "=".repeat(promised.len()))),
        "`{promised}` is not the result:\n{out}"
    );
}

/// A finished session only looked at again, on a disk that became read-only: nothing was
/// given, so nothing is written, no warning is said, and the exit is 0 (it was 74, "not
/// saved").
#[test]
fn looking_at_a_finished_session_on_a_read_only_disk_writes_nothing() {
    let Some(mount) = crate::store::Mount::tmpfs("size=1m") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let data = mount.path().join("data");
    let o = plain(&data, ML);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let id = sessions(&data)[0].id.clone();
    assert!(mount.remount_ro(), "remount read-only");
    let o = run(&data, &["--plain", "resume", &id], b"", &[]);
    let out = stdout(&o);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(mount.remount_rw(), "remount read-write");
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(out.contains("Python first"), "{out}");
    assert!(
        !out.contains("not saved") && !out.contains("could not be saved"),
        "{out}"
    );
}

/// Ctrl-C says what is true of the answers: saved (and how to go on), or, with no usable
/// data directory, that nothing was saved (it said they were saved).
#[test]
fn ctrl_c_says_whether_the_answers_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "a file, not a directory").unwrap();
    for (data, said) in [
        (
            dir.path().join("data"),
            "Interrupted. Your answers so far are saved; continue with:",
        ),
        (
            blocked,
            "Interrupted. Nothing was saved: sessions are not being saved here.",
        ),
    ] {
        let mut child = spawn_plain(&data);
        let mut stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        writeln!(stdin, "{}", BACKEND[0]).unwrap();
        // Once the second question is asked, the first answer is dealt with.
        let (asked, heard) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stdout).lines() {
                if line.unwrap_or_default().starts_with("Question 2 ") {
                    let _ = asked.send(());
                }
            }
        });
        let ready = heard
            .recv_timeout(std::time::Duration::from_secs(20))
            .is_ok();
        let _ = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let out = child.wait_with_output().unwrap();
        drop(stdin);
        assert!(ready, "the second question was never asked");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{err}");
        assert!(err.contains(said), "{data:?}: {err}");
    }
}

/// Whatever point the disk fills at, the end of a run says truly what was saved: "latest
/// answers were not saved" only when the saved session lacks answers given, "answers are
/// saved ... the result could not be" only when it has them all.
#[test]
fn a_disk_filling_at_any_point_is_reported_truly() {
    for fill_kb in (40..=60).step_by(4) {
        let Some(mount) = crate::store::Mount::tmpfs("size=64k") else {
            eprintln!("skipped: cannot mount a tmpfs here");
            return;
        };
        let data = mount.path().join("data");
        let fill = mount.path().join("fill");
        std::fs::write(&fill, vec![0u8; fill_kb * 1024]).unwrap();
        let o = plain(&data, BACKEND);
        let out = stdout(&o);
        let last = out.lines().last().unwrap_or_default().to_owned();
        std::fs::remove_file(&fill).unwrap();
        let saved = Store::open(&data).map(|s| s.list()).unwrap_or_default();
        let answered = saved.iter().find_map(|l| match l {
            Listed::Ok(s) => Some(s.progress.answered),
            Listed::Damaged { .. } => None,
        });
        let given = BACKEND.len();
        if last.starts_with("Your latest answers were not saved") {
            assert!(
                answered.is_some_and(|n| n < given),
                "{fill_kb}k: {answered:?}\n{out}"
            );
        } else if last.starts_with("Your answers are saved in") {
            assert_eq!(answered, Some(given), "{fill_kb}k\n{out}");
            assert_eq!(
                o.status.code(),
                Some(74),
                "{fill_kb}k: the result was not written"
            );
        } else if last == "The answers of this session were not saved." {
            assert_eq!(answered, None, "{fill_kb}k\n{out}");
        }
    }
}
