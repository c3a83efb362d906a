//! The session store on disk: round trips, listing (with damaged files), migration,
//! prefixes, permissions, locks, and what happens when the disk refuses a write.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::support::{complete, session};
use careerpath::session::Status;
use careerpath::store::{Access, Damage, Listed, Store, StoreError, Summary};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions")
}

fn store() -> (tempfile::TempDir, Store) {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    (data, store)
}

fn copy_fixtures(from: &str, store: &Store) {
    for entry in fs::read_dir(fixtures().join(from)).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, store.dir().join(path.file_name().unwrap())).unwrap();
    }
}

fn damaged(listed: &[Listed]) -> Vec<(String, String)> {
    listed
        .iter()
        .filter_map(|l| match l {
            Listed::Damaged { path, reason } => Some((
                path.file_name().unwrap().to_string_lossy().into_owned(),
                reason.to_string(),
            )),
            Listed::Ok(_) => None,
        })
        .collect()
}

fn ok(listed: &[Listed]) -> Vec<Summary> {
    listed
        .iter()
        .filter_map(|l| match l {
            Listed::Ok(s) => Some(s.clone()),
            Listed::Damaged { .. } => None,
        })
        .collect()
}

#[test]
fn saved_sessions_load_back_equal() {
    let (_d, store) = store();
    for s in [
        session("0001aa", "plain", 1_790_000_100),
        complete("0001bb", "with a result", 1_790_000_200),
    ] {
        store.save(&s).unwrap();
        assert_eq!(store.load(&s.id).unwrap(), s);
    }
}

#[test]
fn listing_is_newest_first_and_matches_the_full_read() {
    let (_d, store) = store();
    let sessions = [
        session("0001", "old", 1_790_000_100),
        complete("0003", "newest", 1_790_000_300),
        session("0002", "middle", 1_790_000_200),
    ];
    for s in &sessions {
        store.save(s).unwrap();
    }
    let listed = ok(&store.list());
    let names: Vec<_> = listed.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["newest", "middle", "old"]);
    for summary in &listed {
        let full = store.load(&summary.id).unwrap();
        assert_eq!(*summary, Summary::of(&full, store.path_of(&full.id)));
    }
    assert_eq!(listed[0].outcome.as_deref(), Some("Learn Python first"));
    assert_eq!(listed[0].progress.to_string(), "4/9");
}

#[test]
fn damaged_files_are_listed_with_a_reason_and_never_stop_the_others() {
    let (_d, store) = store();
    copy_fixtures("damaged", &store);
    store.save(&session("0001", "fine", 1_790_000_100)).unwrap();
    let listed = store.list();
    assert_eq!(ok(&listed).len(), 1, "{listed:#?}");
    let reasons = damaged(&listed);
    let names: Vec<_> = reasons.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "binary.yaml",
            "empty.yaml",
            "future.yaml",
            "garbage.yaml",
            "not-a-session.yaml",
            "truncated.yaml",
            "wrong-types.yaml"
        ]
    );
    let reason = |name: &str| reasons.iter().find(|(n, _)| n == name).unwrap().1.clone();
    assert_eq!(reason("empty.yaml"), "the file is empty (0 bytes)");
    assert_eq!(reason("binary.yaml"), "not text: invalid UTF-8 at byte 22");
    assert_eq!(
        reason("future.yaml"),
        "was written by a newer careerpath (format 9, this one reads up to 3); left untouched"
    );
    assert_eq!(
        reason("not-a-session.yaml"),
        "not a careerpath session file (it has no `format_version`)"
    );
    assert!(
        reason("garbage.yaml").starts_with("not a careerpath session file: "),
        "{}",
        reason("garbage.yaml")
    );
    let wrong = reason("wrong-types.yaml");
    assert!(
        wrong.contains("updated") && wrong.contains("line 6"),
        "{wrong}"
    );
    for (name, why) in &reasons {
        assert!(
            !why.contains('\n'),
            "{name}: the reason must be one line: {why:?}"
        );
    }
    // Loading one says the same, and nothing was rewritten.
    let before = fs::read(store.dir().join("future.yaml")).unwrap();
    match store.load("future") {
        Err(StoreError::Damaged { reason, .. }) => {
            assert_eq!(reason, careerpath::store::Damage::TooNew { version: 9 })
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read(store.dir().join("future.yaml")).unwrap(), before);
}

#[test]
fn a_version_1_session_is_migrated_on_read_and_left_as_it_was() {
    let (_d, store) = store();
    copy_fixtures("v1", &store);
    let id = "0190aaaabbbbccccddddeeeeffff0001";
    let file = store.path_of(id);
    let before = fs::read(&file).unwrap();
    let s = store.load("0190aaaa").unwrap();
    assert_eq!(s.format_version, careerpath::session::FORMAT_VERSION);
    assert_eq!(s.name, "Before the rewrite");
    assert_eq!(s.created.to_string(), "2025-03-02T09:30:00Z");
    assert_eq!(s.updated.to_string(), "2025-03-02T09:41:12.5Z");
    assert_eq!(s.status, Status::InProgress);
    assert_eq!(s.lang, "es");
    assert_eq!(
        (
            s.questionnaire.id.as_str(),
            s.questionnaire.version,
            s.questionnaire.hash.as_str()
        ),
        ("python-or-rust", 1, "")
    );
    assert_eq!(s.answers.len(), 4);
    assert_eq!(
        s.answers["role"],
        careerpath::questionnaire::Answer::Text("systems".into())
    );
    let listed = ok(&store.list());
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].progress.to_string(), "4");
    assert_eq!(
        fs::read(&file).unwrap(),
        before,
        "reading must not rewrite the file"
    );
    // Saving writes the current format, which reads back the same.
    store.save(&s).unwrap();
    careerpath::store::flush();
    assert!(fs::read_to_string(&file).unwrap().contains(&format!(
        "format_version: {}",
        careerpath::session::FORMAT_VERSION
    )));
    assert_eq!(store.load(id).unwrap(), s);
}

#[test]
fn prefixes_resolve_only_when_unique() {
    let (_d, store) = store();
    for id in ["abc111", "abc222", "def333"] {
        store.save(&session(id, id, 1_790_000_000)).unwrap();
    }
    assert_eq!(store.load("d").unwrap().id, "def333");
    assert_eq!(store.load("abc2").unwrap().id, "abc222");
    match store.load("abc") {
        Err(StoreError::Ambiguous { matches, .. }) => assert_eq!(matches, "abc111, abc222"),
        other => panic!("{other:?}"),
    }
    for bad in ["zzz", "", "../abc111", "abc111.yaml", "abc111/"] {
        assert!(
            matches!(store.load(bad), Err(StoreError::NotFound(_))),
            "{bad:?}"
        );
    }
}

#[test]
fn files_are_private_and_named_by_id_only() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(&data.path().join("nested/data")).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(store.dir()), 0o700);
    let s = session("0001", "../../etc/passwd", 1_790_000_000);
    store.save(&s).unwrap();
    careerpath::store::flush();
    assert_eq!(mode(&store.path_of("0001")), 0o600);
    let names: Vec<_> = fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["0001.yaml"]);
    assert_eq!(store.load("0001").unwrap().name, "../../etc/passwd");
    assert!(!data.path().join("etc").exists());
}

#[test]
fn ids_that_could_leave_the_directory_are_refused() {
    let (_d, store) = store();
    for id in ["../x", "a/b", "", ".hidden", "a b"] {
        let s = session(id, "n", 1);
        assert!(
            matches!(store.save(&s), Err(StoreError::InvalidId(_))),
            "{id:?}"
        );
    }
}

#[test]
fn a_copied_file_is_its_own_session() {
    let (_d, store) = store();
    store
        .save(&session("0001", "original", 1_790_000_000))
        .unwrap();
    careerpath::store::flush();
    fs::copy(store.path_of("0001"), store.path_of("0001-copy")).unwrap();
    fs::copy(store.path_of("0001"), store.dir().join("with space.yaml")).unwrap();
    let listed = store.list();
    let ids: Vec<_> = ok(&listed).into_iter().map(|s| s.id).collect();
    assert_eq!(ids, ["0001-copy", "0001"]);
    assert_eq!(store.load("0001-copy").unwrap().id, "0001-copy");
    assert!(damaged(&listed)[0].1.contains("not a session id"));
}

#[test]
fn a_fifo_is_reported_not_read() {
    let (_d, store) = store();
    let fifo = store.dir().join("pipe.yaml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(
        damaged(&store.list()),
        [("pipe.yaml".to_owned(), "not a regular file".to_owned())]
    );
}

#[test]
fn old_temp_files_are_cleaned_and_young_ones_kept() {
    let (_d, store) = store();
    store.save(&session("0001", "n", 1)).unwrap();
    let old = store.dir().join("0001.yaml.tmp-999-1");
    let young = store.dir().join("0001.yaml.tmp-999-2");
    fs::write(&old, "half a sess").unwrap();
    fs::write(&young, "half a sess").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    let listed = store.list();
    assert_eq!(listed.len(), 1);
    assert!(!old.exists());
    assert!(young.exists());
}

#[test]
fn a_session_open_here_is_read_only_elsewhere() {
    let (_d, store) = store();
    store.save(&session("0001", "n", 1)).unwrap();
    let (_, first) = store.open_session("0001").unwrap();
    assert!(first.can_write());
    let (_, second) = store.open_session("0001").unwrap();
    assert!(matches!(second, Access::ReadOnly));
    assert!(matches!(store.delete("0001"), Err(StoreError::InUse(_))));
    drop(first);
    let (_, third) = store.open_session("0001").unwrap();
    assert!(third.can_write());
    drop(third);
    store.delete("0001").unwrap();
    assert!(store.list().is_empty());
    assert!(matches!(store.load("0001"), Err(StoreError::NotFound(_))));
}

#[test]
fn the_last_unfinished_session_is_offered() {
    let (_d, store) = store();
    let ours = careerpath::questionnaire::builtin().unwrap();
    let nps =
        careerpath::questionnaire::load_file(Path::new("questions/examples/nps.yaml")).unwrap();
    assert!(store.last_unfinished(&ours).is_none());
    // Answered with these very revisions: nothing to fit to them.
    let of = |mut s: careerpath::session::Session, q: &careerpath::questionnaire::Questionnaire| {
        s.questionnaire = careerpath::session::QuestionnaireRef::of(q);
        s
    };
    store
        .save(&of(session("0001", "older unfinished", 100), &ours))
        .unwrap();
    store
        .save(&of(complete("0002", "newer complete", 200), &ours))
        .unwrap();
    store
        .save(&of(session("0003", "oldest unfinished", 50), &ours))
        .unwrap();
    // The newest unfinished session is another questionnaire's: not this one's to resume.
    let other = of(session("0004", "another questionnaire's", 300), &nps);
    store.save(&other).unwrap();
    let last = |q| store.last_unfinished(q).map(|s| s.id);
    assert_eq!(last(&ours).as_deref(), Some("0001"));
    assert_eq!(last(&nps).as_deref(), Some("0004"));
}

#[test]
fn a_data_directory_that_cannot_be_created_is_a_clear_error() {
    let file = tempfile::NamedTempFile::new().unwrap();
    let err = Store::open(file.path()).unwrap_err();
    assert!(matches!(err, StoreError::Dir { .. }));
    assert!(
        err.to_string().starts_with("cannot use the data directory"),
        "{err}"
    );
}

/// A tmpfs mounted for one test (needs CAP_SYS_ADMIN; the tests using it say when they skip).
pub(crate) struct Mount(tempfile::TempDir);

impl Mount {
    pub(crate) fn tmpfs(options: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Mount(dir))
    }

    pub(crate) fn path(&self) -> &Path {
        self.0.path()
    }

    /// Makes the file system read-only (with no file open for writing on it).
    pub(crate) fn remount_ro(&self) -> bool {
        careerpath::store::flush();
        self.remount("remount,ro")
    }

    pub(crate) fn remount_rw(&self) -> bool {
        self.remount("remount,rw")
    }

    fn remount(&self, options: &str) -> bool {
        std::process::Command::new("mount")
            .args(["-o", options])
            .arg(self.0.path())
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.0.path())
            .status();
    }
}

/// Every store error is worded in the user's language, system reasons included; its
/// `Display` is the English wording.
#[test]
fn store_errors_are_said_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    fs::write(&file, "").unwrap();
    let err = Store::open(&file.join("data")).unwrap_err();
    let path = file.join("data/sessions").display().to_string();
    let cases = [
        (
            "en",
            format!(
                "cannot use the data directory {path}: a part of the path is a file, not a directory"
            ),
        ),
        (
            "es",
            format!(
                "no se puede usar el directorio de datos {path}: una parte de la ruta es un archivo, no un directorio"
            ),
        ),
    ];
    for (lang, expected) in cases {
        assert_eq!(err.message(lang), expected, "{lang}");
    }
    assert_eq!(err.to_string(), err.message("en"));
    let err = StoreError::NotFound("abc".into());
    assert_eq!(
        err.message("es"),
        "ninguna sesión guardada coincide con `abc`"
    );
    assert_eq!(err.to_string(), "no saved session matches `abc`");
    // A delete that fails says delete, not save, and that the file is still there.
    let err = StoreError::Delete {
        path: "s/x.yaml".into(),
        source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    };
    assert_eq!(
        err.message("en"),
        "cannot delete s/x.yaml: permission denied; it is still there"
    );
    assert_eq!(
        err.message("es"),
        "no se puede borrar s/x.yaml: permiso denegado; sigue ahí"
    );
}

#[test]
fn a_full_disk_refuses_the_save_and_keeps_the_old_file() {
    let Some(mount) = Mount::tmpfs("size=64k") else {
        eprintln!(
            "skipped: cannot mount a tmpfs here (the injected-failure unit test in store::atomic covers it)"
        );
        return;
    };
    let store = Store::open(mount.0.path()).unwrap();
    let mut s = session("0001", "small", 1);
    store.save(&s).unwrap();
    s.name = "x".repeat(200 * 1024);
    let err = store.save(&s).unwrap_err();
    assert!(matches!(err, StoreError::Write { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains("the disk is full; nothing already saved was changed"),
        "{err}"
    );
    assert!(
        err.message("es")
            .contains("el disco está lleno; nada de lo ya guardado ha cambiado"),
        "{err:?}"
    );
    assert_eq!(store.load("0001").unwrap().name, "small");
    careerpath::store::flush();
    let names: Vec<_> = fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["0001.yaml"], "no temp file is left behind");
}

#[test]
fn a_read_only_data_directory_refuses_the_save_and_keeps_the_old_file() {
    let Some(mount) = Mount::tmpfs("size=1m") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let store = Store::open(mount.0.path()).unwrap();
    store.save(&session("0001", "before", 1)).unwrap();
    // Closes the log the store keeps open between saves: Linux refuses to make a file
    // system read-only while a file on it is open for writing.
    careerpath::store::flush();
    assert!(mount.remount("remount,ro"));
    let err = store.save(&session("0001", "after", 2)).unwrap_err();
    assert!(
        err.to_string().contains("the file system is read-only"),
        "{err}"
    );
    assert!(
        err.message("es")
            .contains("el sistema de archivos es de solo lectura"),
        "{err:?}"
    );
    assert_eq!(store.load("0001").unwrap().name, "before");
    // Listing and locking still work; the lock just cannot be taken for real.
    assert_eq!(store.list().len(), 1);
    assert!(store.open_session("0001").is_ok());
    assert!(mount.remount("remount,rw"));
}

#[test]
fn listings_read_the_first_line_and_notice_hand_edits() {
    let (_d, store) = store();
    store.save(&session("0001", "as saved", 1)).unwrap();
    careerpath::store::flush();
    let path = store.path_of("0001");
    let text = fs::read_to_string(&path).unwrap();
    let (first, body) = text.split_once('\n').unwrap();
    assert!(
        first.starts_with("# careerpath session ") && first.contains(r#""name":"as saved""#),
        "{first}"
    );
    let name = |store: &Store| match &store.list()[0] {
        Listed::Ok(s) => s.name.clone(),
        Listed::Damaged { reason, .. } => panic!("{reason}"),
    };
    // The summary line is what a listing reads while the rest is as written...
    fs::write(
        &path,
        format!("{}\n{body}", first.replace("as saved", "from the summary")),
    )
    .unwrap();
    assert_eq!(name(&store), "from the summary");
    // ...and once the rest changes, the whole file is read.
    fs::write(
        &path,
        format!(
            "{first}\n{}",
            body.replace("name: as saved", "name: edited by hand")
        ),
    )
    .unwrap();
    assert_eq!(name(&store), "edited by hand");
    assert_eq!(store.load("0001").unwrap().name, "edited by hand");
}

#[test]
fn a_file_cut_short_says_so_not_that_it_is_empty() {
    let (_d, store) = store();
    store.save(&session("0001", "cut", 1)).unwrap();
    careerpath::store::flush();
    let path = store.path_of("0001");
    let text = fs::read(&path).unwrap();
    let first_line = text.iter().position(|&b| b == b'\n').unwrap();
    // Cut inside the header comment (the YAML left is only a comment), then mid-answers.
    for cut in [first_line / 2, first_line + 1, text.len() * 2 / 3] {
        fs::write(&path, &text[..cut]).unwrap();
        match &store.list()[0] {
            Listed::Damaged { reason, .. } => assert!(
                matches!(reason, Damage::CutShort { .. })
                    && reason.to_string().starts_with("cut short or edited")
                    && !reason.to_string().contains("empty"),
                "cut at {cut}: {reason}"
            ),
            Listed::Ok(s) => panic!("cut at {cut} read as {s:?}"),
        }
    }
}

#[test]
fn a_sessions_directory_that_vanished_is_one_damaged_entry() {
    let (data, store) = store();
    fs::remove_dir_all(data.path().join("sessions")).unwrap();
    let listed = store.list();
    assert_eq!(listed.len(), 1);
    assert!(
        damaged(&listed)[0]
            .1
            .starts_with("cannot read the sessions directory"),
        "{listed:?}"
    );
    let ours = careerpath::questionnaire::builtin().unwrap();
    assert!(store.last_unfinished(&ours).is_none());
}

#[test]
fn large_sessions_read_whole() {
    let (_d, store) = store();
    let mut s = complete("0001", &"long name ".repeat(5000), 1);
    s.answers.insert(
        "essay".into(),
        careerpath::questionnaire::Answer::Text("word ".repeat(20_000)),
    );
    store.save(&s).unwrap();
    careerpath::store::flush();
    assert!(fs::metadata(store.path_of("0001")).unwrap().len() > 100_000);
    assert_eq!(ok(&store.list()), [Summary::of(&s, store.path_of("0001"))]);
    assert_eq!(store.load("0001").unwrap(), s);
}

/// 129 flow collections, one inside the other, on line 2 (see the next test).
const DEEP: &[u8] = b"# a comment with [[[[ brackets\nx: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n";

/// A file nesting flow collections thousands deep is refused before the YAML parser sees
/// it (which would spend a time growing with the square of the depth on it); a session
/// whose texts hold brackets, quotes and `#` reads back as it was saved.
#[test]
fn nesting_is_refused_by_depth_and_brackets_in_texts_are_text() {
    let (_d, store) = store();
    let n = 50_000;
    let deep = format!("extra: {}{}\n", "[".repeat(n), "]".repeat(n));
    fs::write(store.dir().join("deep.yaml"), deep).unwrap();
    let maps = format!("extra: {}x{}\n", "{a: ".repeat(n), "}".repeat(n));
    fs::write(store.dir().join("maps.yaml"), maps).unwrap();
    let mut odd = session("0002", "fine", 1_790_000_100);
    odd.name = format!(
        "it's a{} \"#{}' {}",
        "[".repeat(140),
        "{".repeat(140),
        "]".repeat(140)
    );
    store.save(&odd).unwrap();
    let listed = store.list();
    let reasons = damaged(&listed);
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    for (_, why) in &reasons {
        assert!(why.contains("more than 128 levels deep (line 1)"), "{why}");
    }
    assert_eq!(ok(&listed).len(), 1, "{listed:#?}");
    assert_eq!(store.load(&odd.id).unwrap().name, odd.name);
}

/// A damaged file's reason is worded in the language of whoever lists it, the parser's
/// position included; English is its `Display`.
#[test]
fn damaged_files_are_said_in_the_users_language() {
    let cases: &[(&str, &[u8], &str, &str)] = &[
        (
            "empty",
            b"",
            "the file is empty (0 bytes)",
            "el archivo está vacío (0 bytes)",
        ),
        (
            "blank",
            b"  \n",
            "the file is blank",
            "el archivo está en blanco",
        ),
        (
            "not_text",
            b"name: \xff\n",
            "not text: invalid UTF-8 at byte 6",
            "no es texto: UTF-8 no válido en el byte 6",
        ),
        (
            "too_new",
            b"format_version: 9\n",
            "was written by a newer careerpath (format 9, this one reads up to 3); left untouched",
            "lo escribió un careerpath más nuevo (formato 9; este lee hasta el 3); no se ha tocado",
        ),
        (
            "too_deep",
            DEEP,
            "not a careerpath session file: it nests collections more than 128 levels deep (line 2)",
            "no es un archivo de sesión de careerpath: anida colecciones a más de 128 niveles (línea 2)",
        ),
        (
            "no_version",
            b"name: x\n",
            "not a careerpath session file (it has no `format_version`)",
            "no es un archivo de sesión de careerpath (no tiene `format_version`)",
        ),
    ];
    let (_d, store) = store();
    for (id, bytes, _, _) in cases {
        fs::write(store.dir().join(format!("{id}.yaml")), bytes).unwrap();
    }
    let listed = store.list();
    for (id, _, en, es) in cases {
        let reason = listed
            .iter()
            .find_map(|l| match l {
                Listed::Damaged { path, reason } if path.ends_with(format!("{id}.yaml")) => {
                    Some(reason)
                }
                _ => None,
            })
            .unwrap_or_else(|| panic!("{id} is not listed as damaged"));
        assert_eq!(reason.message("en"), *en, "{id}");
        assert_eq!(reason.to_string(), *en, "{id}");
        assert_eq!(reason.message("es"), *es, "{id}");
    }
    fs::write(store.dir().join("syntax.yaml"), "name: [\n").unwrap();
    let reason = match store.load("syntax") {
        Err(StoreError::Damaged { reason, .. }) => reason,
        other => panic!("{other:?}"),
    };
    let es = reason.message("es");
    assert!(
        es.starts_with("no es un archivo de sesión de careerpath: ")
            && es.ends_with(", columna 1)"),
        "{es}"
    );
}
