//! `careerpath sessions ...`: list, show, export, rename, delete and compare saved sessions.

use std::fmt::Write as _;
use std::path::Path;

use careerpath::evaluate::{self, Evaluation};
use careerpath::questionnaire::Questionnaire;
use careerpath::report::{self, Report};
use careerpath::session::{self, Session, Status, printable};
use careerpath::store::{Access, Listed, Store, StoreError, Summary};
use jiff::Timestamp;
use unicode_width::UnicodeWidthChar;

use crate::cli::{Cli, ExportArgs, ExportFormat, SessionsCommand};
use crate::commands::{self, CHANGE_BUDGET, exit};

/// Runs one `sessions` subcommand and returns the exit code. Errors a user can cause (no
/// such session, a damaged file, a read-only directory) are printed here, with their code.
pub fn run(cli: &Cli, cmd: &SessionsCommand) -> color_eyre::Result<i32> {
    let store = match Store::default_data_dir(cli.data_dir.as_deref()).and_then(|d| Store::open(&d))
    {
        Ok(store) => store,
        Err(e) => return Ok(failed(&e)),
    };
    let now = Timestamp::now();
    let code = match cmd {
        SessionsCommand::List { json } => list(&store, *json, now),
        SessionsCommand::Show { id } => with_q(cli, |q, lang| show(&store, q, lang, id, now)),
        SessionsCommand::Export(args) => with_q(cli, |q, lang| export(&store, q, lang, args)),
        SessionsCommand::Rename { id, name } => rename(&store, id, name),
        SessionsCommand::Delete { id } => delete(&store, id),
        SessionsCommand::Compare { a, b } => with_q(cli, |q, lang| compare(&store, q, lang, a, b)),
    };
    Ok(code)
}

fn with_q(cli: &Cli, f: impl FnOnce(&Questionnaire, &str) -> i32) -> i32 {
    match commands::load_questionnaire(cli) {
        Ok(q) => {
            let lang = commands::pick_lang(cli, &q);
            f(&q, &lang)
        }
        Err(e) => commands::load_failed(&e),
    }
}

fn failed(e: &StoreError) -> i32 {
    errln!("careerpath: {e}");
    match e {
        // Another process has it: a retry later works.
        StoreError::InUse(_) => exit::FAILURE,
        _ => e.exit_code(),
    }
}

fn list(store: &Store, json: bool, now: Timestamp) -> i32 {
    let listed = store.list();
    if json {
        let rows: Vec<serde_json::Value> = listed.iter().map(json_row).collect();
        return commands::print(&careerpath::questionnaire::json_safe(
            serde_json::Value::Array(rows).to_string(),
        ));
    }
    if listed.is_empty() {
        errln!(
            "No saved sessions in {}. Start one with `careerpath`.",
            store.dir().display()
        );
        return exit::OK;
    }
    let ids: Vec<String> = listed
        .iter()
        .map(|l| match l {
            Listed::Ok(s) => s.id.clone(),
            Listed::Damaged { path, .. } => file_stem(path),
        })
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let prefixes = careerpath::store::unique_prefixes(&refs, 8);
    let mut rows =
        vec![["ID", "NAME", "UPDATED", "STATUS", "PROGRESS", "OUTCOME"].map(String::from)];
    for (l, prefix) in listed.iter().zip(prefixes) {
        rows.push(match l {
            Listed::Ok(s) => [
                printable(&prefix),
                clip(&printable(&s.name), 40),
                relative(s.updated, now),
                s.status.label("en").to_owned(),
                s.progress.to_string(),
                clip(&printable(s.outcome.as_deref().unwrap_or("-")), 40),
            ],
            Listed::Damaged { path, reason } => [
                printable(&prefix),
                format!("DAMAGED {}", printable(&file_name(path))),
                String::new(),
                "damaged".to_owned(),
                String::new(),
                printable(reason),
            ],
        });
    }
    commands::print(&table(&rows))
}

fn json_row(l: &Listed) -> serde_json::Value {
    match l {
        Listed::Ok(s) => serde_json::json!({
            "id": s.id,
            "name": s.name,
            "created": s.created.to_string(),
            "updated": s.updated.to_string(),
            "status": s.status,
            "progress": {"answered": s.progress.answered, "total": s.progress.total},
            "outcome": s.outcome,
            "questionnaire": {"id": s.questionnaire.id, "version": s.questionnaire.version},
            "lang": s.lang,
            "path": s.path.display().to_string(),
        }),
        Listed::Damaged { path, reason } => serde_json::json!({
            "id": file_stem(path),
            "path": path.display().to_string(),
            "damaged": reason,
        }),
    }
}

fn load(store: &Store, id: &str) -> Result<Session, i32> {
    store.load(id).map_err(|e| failed(&e))
}

fn show(store: &Store, q: &Questionnaire, lang: &str, id: &str, now: Timestamp) -> i32 {
    let mut s = match load(store, id) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let summary = Summary::of(&s, store.path_of(&s.id));
    let mut out = String::new();
    let _ = writeln!(out, "{}", printable(&s.name));
    let _ = writeln!(out, "  id            {}", s.id);
    let _ = writeln!(out, "  created       {}", local(s.created));
    let _ = writeln!(
        out,
        "  updated       {} ({})",
        local(s.updated),
        relative(s.updated, now)
    );
    let _ = writeln!(
        out,
        "  status        {}, {} answered",
        s.status.label("en"),
        summary.progress
    );
    let _ = writeln!(
        out,
        "  questionnaire {} version {}{}",
        printable(&s.questionnaire.id),
        s.questionnaire.version,
        if s.questionnaire_changed(q) {
            " (it has changed since; the answers are checked against the current one)"
        } else {
            ""
        }
    );
    let _ = writeln!(out, "  file          {}", summary.path.display());
    let same_questionnaire = s.questionnaire.id == q.id;
    let reconciled = if same_questionnaire {
        Some(session::reconcile(&mut s, q))
    } else {
        None
    };

    let _ = writeln!(out, "\nAnswers");
    let mut any = false;
    for question in &q.questions {
        if let Some(a) = s.answers.get(&question.id) {
            any = true;
            let _ = writeln!(
                out,
                "  {}: {}",
                printable(question.prompt.get(lang, &q.default_lang)),
                printable(&careerpath::flow::answer_label(
                    question,
                    a,
                    lang,
                    &q.default_lang
                ))
            );
        }
    }
    if !same_questionnaire {
        for (id, a) in &s.answers {
            any = true;
            let _ = writeln!(out, "  {}: {}", printable(id), printable(&raw(a)));
        }
    }
    if !any {
        let _ = writeln!(out, "  (none yet)");
    }
    if !s.needs_answer.is_empty() {
        let _ = writeln!(out, "\nTo answer again (the question changed)");
        for id in &s.needs_answer {
            let before = s.stale.get(id).map(raw).unwrap_or_default();
            let _ = writeln!(out, "  {}: was {}", printable(id), printable(&before));
        }
    }
    if !s.set_aside.is_empty() {
        let _ = writeln!(out, "\nSet aside (the questionnaire no longer asks these)");
        for (id, a) in &s.set_aside {
            let _ = writeln!(out, "  {}: {}", printable(id), printable(&raw(a)));
        }
    }
    if let Some(r) = &s.result {
        let stale = reconciled.is_some_and(|r| r.result_outdated) || !same_questionnaire;
        let _ = writeln!(
            out,
            "\nResult (questionnaire version {}{})\n",
            r.questionnaire_version,
            if stale {
                "; resume the session to re-evaluate with the current one"
            } else {
                ""
            }
        );
        if same_questionnaire {
            out.push_str(&render(q, &s, &r.evaluation, lang, report::Format::Text));
        } else {
            let _ = writeln!(out, "  {}", printable(s.outcome.as_deref().unwrap_or("-")));
        }
    } else if s.status == Status::InProgress {
        let _ = writeln!(
            out,
            "\nNo result yet: `careerpath resume {}` continues it.",
            short_id(&s.id)
        );
    }
    commands::print(&out)
}

fn render(
    q: &Questionnaire,
    s: &Session,
    evaluation: &Evaluation,
    lang: &str,
    format: report::Format,
) -> String {
    let changes = evaluate::what_would_change(q, &s.answers, evaluation, CHANGE_BUDGET);
    report::render(
        &Report {
            questionnaire: q,
            answers: &s.answers,
            evaluation,
            changes: &changes,
            lang,
        },
        format,
    )
}

fn export(store: &Store, q: &Questionnaire, lang: &str, args: &ExportArgs) -> i32 {
    let s = match load(store, &args.id) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let text = match args.format {
        // The session file itself, as saved (a migrated one exactly as it is on disk).
        ExportFormat::Yaml => match std::fs::read_to_string(store.path_of(&s.id)) {
            Ok(t) => t,
            Err(e) => {
                errln!(
                    "careerpath: cannot read {}: {e}",
                    store.path_of(&s.id).display()
                );
                return exit::NOINPUT;
            }
        },
        ExportFormat::Markdown | ExportFormat::Json => {
            if s.questionnaire.id != q.id {
                errln!(
                    "careerpath: session {} was answered with questionnaire `{}`, not `{}`; pass --questions FILE",
                    short_id(&s.id),
                    printable(&s.questionnaire.id),
                    printable(&q.id)
                );
                return exit::DATAERR;
            }
            let format = if args.format == ExportFormat::Json {
                report::Format::Json
            } else {
                report::Format::Markdown
            };
            // An unfinished session is exported with what its answers say so far.
            let fresh;
            let evaluation = match &s.result {
                Some(r) if !s.questionnaire_changed(q) => &r.evaluation,
                _ => {
                    fresh = evaluate::evaluate(q, &s.answers, lang);
                    &fresh
                }
            };
            render(q, &s, evaluation, lang, format)
        }
    };
    match &args.output {
        None => commands::print(&text),
        Some(path) => write_file(path, &text),
    }
}

fn write_file(path: &Path, text: &str) -> i32 {
    match std::fs::write(path, text) {
        Ok(()) => {
            errln!("Wrote {}", path.display());
            exit::OK
        }
        Err(e) => {
            errln!("careerpath: cannot write {}: {e}", path.display());
            exit::CANTCREAT
        }
    }
}

fn rename(store: &Store, id: &str, name: &str) -> i32 {
    let name = name.trim();
    if name.is_empty() {
        errln!("careerpath: a session name cannot be empty");
        return exit::USAGE;
    }
    let (mut s, access) = match store.open_session(id) {
        Ok(x) => x,
        Err(e) => return failed(&e),
    };
    let Access::Write(_lock) = access else {
        return failed(&StoreError::InUse(s.id));
    };
    let old = std::mem::replace(&mut s.name, name.to_owned());
    match store.save(&s) {
        Ok(()) => {
            errln!(
                "Renamed {} from “{}” to “{}”",
                short_id(&s.id),
                printable(&old),
                printable(&s.name)
            );
            exit::OK
        }
        Err(e) => failed(&e),
    }
}

fn delete(store: &Store, id: &str) -> i32 {
    let name = store.load(id).map(|s| s.name).ok();
    let resolved = match store.resolve(id) {
        Ok(r) => r,
        Err(e) => return failed(&e),
    };
    match store.delete(&resolved) {
        Ok(()) => {
            match name {
                Some(n) => errln!("Deleted {} “{}”", short_id(&resolved), printable(&n)),
                None => errln!("Deleted {}", short_id(&resolved)),
            }
            exit::OK
        }
        Err(e) => failed(&e),
    }
}

fn compare(store: &Store, q: &Questionnaire, lang: &str, a: &str, b: &str) -> i32 {
    let (sa, sb) = match (load(store, a), load(store, b)) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let c = session::compare(q, &sa, &sb, lang);
    let head = |s: &Session| clip(&format!("{} ({})", printable(&s.name), short_id(&s.id)), 36);
    let mut rows = vec![[String::new(), "QUESTION".to_owned(), head(&sa), head(&sb)]];
    for row in &c.rows {
        rows.push([
            if row.differs {
                "*".to_owned()
            } else {
                String::new()
            },
            clip(&row.prompt, 44),
            clip(row.a.as_deref().unwrap_or("-"), 36),
            clip(row.b.as_deref().unwrap_or("-"), 36),
        ]);
    }
    rows.push([
        if c.outcomes_differ {
            "*".to_owned()
        } else {
            String::new()
        },
        "Outcome".to_owned(),
        clip(c.outcome_a.as_deref().unwrap_or("(no result yet)"), 36),
        clip(c.outcome_b.as_deref().unwrap_or("(no result yet)"), 36),
    ]);
    let differing = c.rows.iter().filter(|r| r.differs).count();
    let mut out = table(&rows);
    let _ = writeln!(
        out,
        "\n{differing} of {} answers differ (marked *); the outcome {}.",
        c.rows.len(),
        if c.outcomes_differ {
            "differs"
        } else {
            "is the same"
        }
    );
    commands::print(&out)
}

/// Columns padded to their widest cell (in terminal columns, so wide characters align).
fn table<const N: usize>(rows: &[[String; N]]) -> String {
    let mut widths = [0usize; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < N {
                line.push_str(&" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// At most `max` columns, with "…" when cut.
fn clip(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

fn short_id(id: &str) -> String {
    printable(&id.chars().take(8).collect::<String>())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn file_stem(path: &Path) -> String {
    let name = file_name(path);
    name.strip_suffix(".yaml").unwrap_or(&name).to_owned()
}

fn raw(a: &careerpath::questionnaire::Answer) -> String {
    use careerpath::questionnaire::Answer;
    match a {
        Answer::Bool(b) => if *b { "yes" } else { "no" }.to_owned(),
        Answer::Number(n) => careerpath::flow::format_number(*n),
        Answer::Text(t) => t.clone(),
        Answer::List(items) => items.join(", "),
    }
}

fn local(t: Timestamp) -> String {
    t.to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", else the date.
fn relative(t: Timestamp, now: Timestamp) -> String {
    let secs = now.as_second() - t.as_second();
    match secs {
        i64::MIN..=-60 => local(t),
        -59..=59 => "just now".to_owned(),
        60..=3599 => format!("{} min ago", secs / 60),
        3600..=86_399 => format!("{} h ago", secs / 3600),
        86_400..=172_799 => "yesterday".to_owned(),
        172_800..=604_799 => format!("{} days ago", secs / 86_400),
        _ => t
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d")
            .to_string(),
    }
}
