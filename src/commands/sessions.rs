//! `careerpath sessions ...`: list, show, export, rename, delete and compare saved sessions.
//!
//! This file dispatches and holds the small commands (rename, delete); the listing, the
//! show/export report and the comparison live in their own files beside it.

mod compare;
mod format;
mod list;
mod show;

use careerpath::questionnaire::Questionnaire;
use careerpath::session::{Session, printable};
use careerpath::store::{Access, Store, StoreError};
use jiff::Timestamp;

use crate::cli::{Cli, SessionsCommand};
use crate::commands::{self, exit};
use compare::compare;
use format::short_id;
use list::list;
use show::{export, show};

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
fn load(store: &Store, id: &str) -> Result<Session, i32> {
    store.load(id).map_err(|e| failed(&e))
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
