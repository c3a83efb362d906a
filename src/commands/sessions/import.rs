//! `sessions import FILE [--name NAME]`: an answers file saved as a session, finished (with
//! its result) when every required question it shows is answered; a session exported as
//! YAML keeps its name and roadmap marks. Only the new id goes to
//! standard output, so a script can capture it; the words go to standard error.

use std::path::Path;

use careerpath::questionnaire;
use careerpath::sanitize::echo;
use careerpath::session::{Session, printable};
use careerpath::sitting::Sitting;
use careerpath::store::Store;
use careerpath::words;
use jiff::Timestamp;

use crate::commands;
use crate::context::{Context, load_failed};
use crate::exit::Exit;

pub(super) fn import(ctx: &Context, store: &Store, file: &Path, name: Option<&str>) -> Exit {
    let (q, lang) = (&ctx.questionnaire, ctx.lang.as_str());
    // The loader's own messages (file:line, what was expected); nothing is saved.
    let answers = match questionnaire::load_answers(q, file) {
        Ok(a) => a,
        Err(e) => return load_failed(&e),
    };
    // A session exported as YAML is the session file: its name and its roadmap marks come
    // along, so export and import move a session to another machine whole.
    let exported = careerpath::store::read_file(file).filter(|s| s.questionnaire.id == q.id);
    let name = match name.map(str::trim) {
        Some("") => {
            errln!("careerpath: {}", words::t(lang, "cli-empty_name"));
            return Exit::Usage;
        }
        Some(n) => n.to_owned(),
        None => match &exported {
            Some(s) => s.name.clone(),
            None => file
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        },
    };
    let now = Timestamp::now();
    let mut session = Session::new(q, lang, now);
    if !name.is_empty() {
        session.name = store.free_name(&name);
    }
    session.answers = answers;
    // Whether the file carried only answers, though it looks like a report of a session.
    let report = exported.is_none() && file.extension().is_some_and(|e| e == "json");
    if let Some(s) = exported {
        session.roadmap = s.roadmap;
        // When it was first answered, not when it moved here.
        session.created = s.created;
    }
    let mut sitting = Sitting::new(q, session, false);
    let complete = sitting.finish(q, now).is_ok();
    if let Err(e) = sitting.save(store, now) {
        return super::failed(ctx, &e);
    }
    let s = sitting.session();
    let short = store.short_id(&s.id);
    let shown = echo(&printable(&file.display().to_string()));
    let (file, id) = (words::Value::from(shown), words::Value::from(short.clone()));
    let msg = if complete {
        words::t_args(lang, "import-complete", &[("file", file), ("id", id)])
    } else {
        let command =
            careerpath::plain::resume_command(false, &q.source, Some(store), Some(&short));
        let count = |n: usize| words::Value::from(n.to_string());
        words::t_args(
            lang,
            "import-partial",
            &[
                ("file", file),
                ("id", id),
                ("answered", count(s.progress.answered)),
                ("total", count(s.progress.total)),
                ("command", words::Value::from(command)),
            ],
        )
    };
    errln!("{msg}");
    if report {
        errln!("careerpath: {}", words::t(lang, "import-answers_only"));
    }
    commands::print(&s.id)
}
