//! `validate --watch`: checks again every time a watched file changes, until Ctrl-C.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use careerpath::sanitize::escape;
use careerpath::watch::{POLL, Watched};
use careerpath::words;

use crate::cli::Cli;
use crate::exit::Exit;

/// Runs `check` now and after every change to `files` (or the `--questions` file); returns
/// 130 on Ctrl-C. A file that is invalid, emptied or deleted is reported by `check` like any
/// other, and watching goes on.
pub fn validate(cli: &Cli, files: &[PathBuf], mut check: impl FnMut() -> Exit) -> Exit {
    let paths: Vec<PathBuf> = if files.is_empty() {
        cli.questions.iter().cloned().collect()
    } else {
        files.to_vec()
    };
    if paths.is_empty() {
        errln!("careerpath: {}", words::diag("diag-watch-needs-file", &[]));
        return Exit::Usage;
    }
    let stop = Arc::new(AtomicBool::new(false));
    if let Err(e) = signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&stop)) {
        errln!(
            "careerpath: {}",
            crate::commands::said("cli-cannot_watch", &e)
        );
        return Exit::Failure;
    }
    let mut watched: Vec<Watched> = paths.iter().map(|p| Watched::new(p)).collect();
    check();
    say_watching(&paths);
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(POLL);
        // Every file is looked at each round, so one report covers simultaneous saves.
        let changed: Vec<String> = watched
            .iter_mut()
            .filter_map(|w| w.changed().then(|| w.path().display().to_string()))
            .collect();
        if changed.is_empty() || stop.load(Ordering::Relaxed) {
            continue;
        }
        let files = escape(&changed.join(", ")).into_owned();
        errln!(
            "\n{}",
            words::diag("diag-watch-changed", &[("files", files.into())])
        );
        check();
        say_watching(&paths);
    }
    Exit::Interrupted
}

fn say_watching(paths: &[PathBuf]) {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let files = escape(&names.join(", ")).into_owned();
    errln!(
        "{}",
        words::diag("diag-watch-watching", &[("files", files.into())])
    );
}
