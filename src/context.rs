//! What every command that runs a questionnaire needs, built once in `main`: the
//! questionnaire, the language, and the store (opened the first time it is asked for, so a
//! command that never saves never creates the data directory).

use std::cell::OnceCell;
use std::path::PathBuf;

use careerpath::lang;
use careerpath::questionnaire::{self, Head, Lazy, LoadError};
use careerpath::sanitize;
use careerpath::store::{Store, StoreError};
use careerpath::words;

use crate::cli::Cli;
use crate::exit::Exit;

pub struct Context {
    /// The built-in questionnaire's model is decoded at its first read (see
    /// [`careerpath::questionnaire::Lazy`]): the full-screen interface draws its first
    /// frame from the head alone.
    pub questionnaire: Lazy,
    /// The language to show the questionnaire and the program's own words in.
    pub lang: String,
    data_dir: Option<PathBuf>,
    store: OnceCell<Result<Store, StoreError>>,
}

impl Context {
    /// Loads the questionnaire `--questions` names (or the built-in one) and picks the
    /// language; a questionnaire that does not load is reported, and its exit code returned.
    pub fn load(cli: &Cli) -> Result<Context, Exit> {
        let questionnaire = load_questionnaire(cli).map_err(|e| load_failed(&e))?;
        careerpath::words::use_questionnaire_words(&questionnaire.head().words);
        let lang = pick_lang(cli, questionnaire.head());
        Ok(Context {
            questionnaire,
            lang,
            data_dir: cli.data_dir.clone(),
            store: OnceCell::new(),
        })
    }

    /// The sessions store (`--data-dir`, else the environment's default).
    pub fn store(&self) -> Result<&Store, &StoreError> {
        self.store
            .get_or_init(|| {
                Store::default_data_dir(self.data_dir.as_deref()).and_then(|d| Store::open(&d))
            })
            .as_ref()
    }

    /// Hands over the questionnaire, the language and the store (for the interactive modes,
    /// which own them for the rest of the run). A store not opened yet is handed over
    /// uncreated: [`crate::interactive::start`] creates it when the run needs it.
    pub fn into_parts(self) -> (Lazy, String, Result<Store, StoreError>) {
        let store = self.store.into_inner().unwrap_or_else(|| {
            Store::default_data_dir(self.data_dir.as_deref()).map(|d| Store::at(&d))
        });
        (self.questionnaire, self.lang, store)
    }
}

pub fn load_questionnaire(cli: &Cli) -> Result<Lazy, LoadError> {
    match &cli.questions {
        Some(path) => questionnaire::load_file(path).map(Lazy::from),
        None => questionnaire::builtin_lazy(),
    }
}

/// Reports a load error on standard error and returns its exit code.
pub fn load_failed(e: &LoadError) -> Exit {
    errln!("{e}");
    Exit::from(e)
}

/// The language: `--lang`, else the locale, among the questionnaire's languages; a `--lang`
/// the questionnaire lacks is warned about once.
fn pick_lang(cli: &Cli, q: &Head) -> String {
    let lang = lang::pick_lang(
        cli.lang.as_deref(),
        lang::env_locale().as_deref(),
        &q.languages,
        &q.default_lang,
    );
    if let Some(asked) = &cli.lang
        && !lang::names(asked, &lang)
    {
        errln!(
            "careerpath: {}",
            // In the language asked for where the program has words for it: the
            // questionnaire lacks it, the program may not.
            words::t_args(
                lang::process(),
                "cli-no_translation",
                &[
                    ("asked", sanitize::echo(asked).into()),
                    ("lang", lang.as_str().into()),
                    ("available", (q.languages.join(", ")).into())
                ]
            )
        );
    }
    lang
}
