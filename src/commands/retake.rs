//! `careerpath retake [ID]`: a new session that starts from a saved one's answers, walked
//! through from the first question, linked back to it and carrying its roadmap progress.

use careerpath::session::Session;
use careerpath::words;
use jiff::Timestamp;

use crate::cli::Cli;
use crate::commands::{roadmap, sessions};
use crate::context::Context;
use crate::exit::Exit;
use crate::interactive;

pub fn run(cli: &Cli, ctx: Context, id: Option<&str>) -> color_eyre::Result<Exit> {
    let new = match retake(&ctx, id) {
        Ok(s) => s,
        Err(code) => return Ok(code),
    };
    let (q, lang, store) = ctx.into_parts();
    interactive::start(cli, q, lang, store, Some(new))
}

/// The retake, saved before anything is asked, so quitting at once still leaves it listed.
fn retake(ctx: &Context, id: Option<&str>) -> Result<Session, Exit> {
    let store = ctx.store().map_err(|e| sessions::failed(ctx, e))?;
    let id = match id {
        Some(id) => id.to_owned(),
        None => roadmap::latest_complete(ctx, store)?,
    };
    let old = store.load(&id).map_err(|e| sessions::failed(ctx, &e))?;
    sessions::same_questionnaire(ctx, store, &old)?;
    let mut new = Session::retake(&ctx.questionnaire, &old, &ctx.lang, Timestamp::now());
    new.name = store.free_name(&new.name);
    store.save(&new).map_err(|e| sessions::failed(ctx, &e))?;
    errln!(
        "{}",
        words::t_args(
            &ctx.lang,
            "retake-started",
            &[
                (
                    "old",
                    words::Value::from(store.short_id(&old.id).to_string())
                ),
                (
                    "new",
                    words::Value::from(store.short_id(&new.id).to_string())
                )
            ]
        )
    );
    Ok(new)
}
