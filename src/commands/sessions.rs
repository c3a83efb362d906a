//! `careerpath sessions ...`: list, show, export, rename, delete and compare saved sessions.
//!
//! This file dispatches and holds the small commands (rename, delete) and the words of store
//! errors; the listing, the show/export report and the comparison live in files beside it.

mod compare;
mod export;
mod format;
mod import;
mod list;
mod show;

use careerpath::sanitize::echo;
use careerpath::session::Session;
use careerpath::store::{Access, Store, StoreError};
use careerpath::words;
use jiff::Timestamp;

use crate::cli::SessionsCommand;
use crate::context::Context;
use crate::exit::Exit;
use compare::compare;
use export::export;
use list::list;
use show::show;

/// Runs one `sessions` subcommand. Errors a user can cause (no such session, a damaged
/// file, a read-only directory) are printed here, with their exit code.
pub fn run(ctx: &Context, cmd: &SessionsCommand) -> Exit {
    let store = match ctx.store() {
        Ok(store) => store,
        Err(e) => return failed(ctx, e),
    };
    match cmd {
        SessionsCommand::List { json } => list(ctx, store, *json, Timestamp::now()),
        SessionsCommand::Show { id } => show(ctx, store, id, Timestamp::now()),
        SessionsCommand::Export(args) => export(ctx, store, args),
        SessionsCommand::Rename { id, name } => rename(ctx, store, id, name),
        SessionsCommand::Delete { id } => delete(ctx, store, id),
        SessionsCommand::Compare { a, b } => compare(ctx, store, a, b),
        SessionsCommand::Import { file, name } => import::import(ctx, store, file, name.as_deref()),
    }
}

/// Reports a store error in the context's language and returns its exit code.
pub(crate) fn failed(ctx: &Context, e: &StoreError) -> Exit {
    let msg = e.message(&ctx.lang);
    errln!("careerpath: {msg}");
    Exit::from(e)
}

/// A saved session, its result worked out again if its file was edited by hand.
fn load(ctx: &Context, store: &Store, id: &str) -> Result<Session, Exit> {
    let mut s = store.load(id).map_err(|e| failed(ctx, &e))?;
    careerpath::session::refresh_edited(&mut s, &ctx.questionnaire);
    Ok(s)
}

/// Refuses a session answered with another questionnaire: its answers mean nothing to this
/// one, so a result or a comparison built from them would be false.
pub(crate) fn same_questionnaire(ctx: &Context, store: &Store, s: &Session) -> Result<(), Exit> {
    let q = &ctx.questionnaire;
    if s.questionnaire.id == q.id {
        return Ok(());
    }
    errln!(
        "careerpath: {}",
        words::t_args(
            &ctx.lang,
            "cli-other_questionnaire",
            &[
                ("id", store.short_id(&s.id).into()),
                ("theirs", echo(&s.questionnaire.id).into()),
                ("ours", echo(&q.id).into())
            ]
        )
    );
    Err(Exit::DataErr)
}

fn rename(ctx: &Context, store: &Store, id: &str, typed: &str) -> Exit {
    let Some(name) = careerpath::session::name_from(typed) else {
        errln!("careerpath: {}", words::t(&ctx.lang, "cli-empty_name"));
        return Exit::Usage;
    };
    let max = careerpath::session::MAX_NAME;
    let shortened = careerpath::session::printable(typed).trim().chars().count() > max;
    let (mut s, access) = match store.open_session(id) {
        Ok(x) => x,
        Err(e) => return failed(ctx, &e),
    };
    let Access::Write(_lock) = access else {
        return failed(ctx, &StoreError::InUse(s.id));
    };
    let old = std::mem::replace(&mut s.name, name);
    match store.save(&s) {
        Ok(()) => {
            errln!(
                "{}",
                words::t_args(
                    &ctx.lang,
                    "cli-renamed",
                    &[
                        ("id", store.short_id(&s.id).into()),
                        ("old", echo(&old).into()),
                        ("new", echo(&s.name).into())
                    ]
                )
            );
            if shortened {
                let args = [("max", max.into())];
                errln!(
                    "careerpath: {}",
                    words::t_args(&ctx.lang, "cli-name_shortened", &args)
                );
            }
            Exit::Ok
        }
        Err(e) => failed(ctx, &e),
    }
}

fn delete(ctx: &Context, store: &Store, id: &str) -> Exit {
    let name = store.load(id).map(|s| s.name).ok();
    let resolved = match store.resolve(id) {
        Ok(r) => r,
        Err(e) => return failed(ctx, &e),
    };
    // Taken while the session is still there, so it is the prefix that named it.
    let short = store.short_id(&resolved);
    match store.delete(&resolved) {
        Ok(()) => {
            let msg = match name {
                Some(n) => words::t_args(
                    &ctx.lang,
                    "cli-deleted_named",
                    &[("id", short.into()), ("name", echo(&n).into())],
                ),
                None => words::t_args(&ctx.lang, "cli-deleted", &[("id", short.into())]),
            };
            errln!("{msg}");
            Exit::Ok
        }
        Err(e) => failed(ctx, &e),
    }
}
