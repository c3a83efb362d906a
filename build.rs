//! Checks the built-in questionnaire (`questions/career.yaml`) with careerpath's own loader
//! and embeds its loaded form: a build with an invalid questionnaire fails, and a start
//! deserializes the model (postcard, no text to parse) instead of parsing YAML (see
//! `src/questionnaire/builtin.rs`).
//! Also asks the linker for a binary that starts with less memory and fewer page faults
//! (a fixed address, and the functions a session runs laid out together).

// The engine modules are compiled here as they are in the library; this script uses only
// the loader, so much of them is unused in this crate.
#![allow(dead_code, unused_imports, unused_macros)]

use std::path::PathBuf;

/// Stand in for the library's macros of the same names: the model is what this script makes.
macro_rules! builtin_model {
    () => {
        &[]
    };
}
macro_rules! builtin_texts {
    () => {
        ""
    };
}

include!("src/words/diag.rs");

#[path = "src"]
mod engine {
    pub mod expr;
    pub mod input;
    pub mod lang;
    pub mod questionnaire;
    pub mod sanitize;
    pub mod yaml;
}

pub use engine::{expr, input, lang, questionnaire, sanitize, yaml};

/// The message ids a questionnaire's `words:` are checked against.
#[path = "src/words/ids.rs"]
mod words_ids;

/// What the loader needs of `src/words`: the ids, and its diagnostics in English (the
/// library's lazy catalogues read an index this script writes).
mod words {
    pub use crate::words_ids::*;
    pub use fluent_bundle::FluentValue as Value;

    pub type Args<'a> = [(&'a str, Value<'a>)];

    /// What `graph` words; the script draws no graph, and English is what it has.
    pub fn t(_: &str, id: &str) -> String {
        diag(id, &[])
    }

    pub fn t_args(_: &str, id: &str, args: &Args<'_>) -> String {
        diag(id, args)
    }

    pub fn diag(id: &str, args: &Args<'_>) -> String {
        let resource = match fluent_bundle::FluentResource::try_new(EN.to_owned()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let en: unic_langid::LanguageIdentifier = "en".parse().unwrap_or_default();
        let mut bundle = fluent_bundle::FluentBundle::new(vec![en]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        let mut fargs = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        match bundle.get_message(id).and_then(|m| m.value()) {
            Some(p) => bundle
                .format_pattern(p, Some(&fargs), &mut errors)
                .into_owned(),
            None => id.to_owned(),
        }
    }
}

/// Where each message of the program's Fluent files is (see `src/words.rs`).
#[path = "src/words/index.rs"]
mod words_index;

/// The loader's answers-file half (`questionnaire::load_answers`) walks the flow; this script
/// loads no answers file, and compiling the real flow would pull in the reports' words.
mod flow {
    use crate::questionnaire::{Answer, Answers, Questionnaire};

    pub fn visible(_: &Questionnaire, _: &Answers) -> Vec<usize> {
        panic!("build.rs loads no answers file")
    }

    pub fn check_constraint(
        _: &Questionnaire,
        _: usize,
        _: &Answers,
        _: &Answer,
        _: &str,
    ) -> Result<(), String> {
        panic!("build.rs loads no answers file")
    }
}

const SOURCE: &str = "questions/career.yaml";

/// The functions a session runs, in the order it first needs them (see the file's script).
const LINK_ORDER: &str = "benches/link-order.txt";

fn main() {
    for path in [
        SOURCE,
        "src/questionnaire.rs",
        "src/questionnaire",
        "src/expr.rs",
        "src/expr",
        "src/yaml.rs",
        "src/yaml",
        "src/input.rs",
        "src/lang.rs",
        "src/sanitize.rs",
        "src/words/ids.rs",
        "src/words/index.rs",
        "src/words/diag.rs",
        "i18n/en.ftl",
        "i18n/es.ftl",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    link_for_a_fast_start();
    write_words_index();
    let text = std::fs::read_to_string(SOURCE)
        .unwrap_or_else(|e| fail(&format!("cannot read {SOURCE}: {e}")));
    let q = questionnaire::load_str("<built-in>", &text).unwrap_or_else(|e| {
        fail(&format!(
            "the built-in questionnaire {SOURCE} does not load:\n{e}"
        ))
    });
    let json = serde_json::to_string(&q)
        .unwrap_or_else(|e| fail(&format!("cannot serialize {SOURCE}: {e}")));
    // The head the first frame needs, then the whole model (`questionnaire::builtin_lazy`).
    let head = questionnaire::Head::of(&q);
    let (bytes, texts) = questionnaire::with_table_written(|| postcard::to_allocvec(&(&head, &q)));
    let bytes = bytes.unwrap_or_else(|e| fail(&format!("cannot serialize {SOURCE}: {e}")));
    // What a start will read must be the model the loader made, to the last field: read
    // back, it writes the very same JSON.
    let table: &'static str = Box::leak(texts.clone().into_boxed_str());
    let read = || {
        let (head, rest) = postcard::take_from_bytes::<questionnaire::Head>(&bytes)?;
        postcard::from_bytes::<questionnaire::Questionnaire>(rest).map(|q| (head, q))
    };
    let (head_back, back) = questionnaire::with_table_read(table, read)
        .unwrap_or_else(|e| fail(&format!("{SOURCE}'s compiled form does not read back: {e}")));
    if serde_json::to_string(&back).ok().as_deref() != Some(json.as_str())
        || serde_json::to_string(&head_back).ok() != serde_json::to_string(&head).ok()
    {
        fail(&format!("{SOURCE}'s compiled form reads back different"));
    }
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for (name, contents) in [
        ("builtin.postcard", bytes),
        ("builtin.texts", texts.into_bytes()),
    ] {
        let out = dir.join(name);
        std::fs::write(&out, contents)
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
    }
}

/// Writes where each message of `i18n/*.ftl` is, for `src/words.rs`: a start then looks a
/// message up without scanning the file and hashing every id first.
fn write_words_index() {
    let mut out = String::new();
    for (name, ftl) in [("EN", words_ids::EN), ("ES", words_ids::ES)] {
        out.push_str(&format!("pub const {name}: &[Entry] = &[\n"));
        for e in words_index::entries(ftl) {
            out.push_str(&format!(
                "    Entry {{ start: {}, id_len: {}, end: {} }},\n",
                e.start, e.id_len, e.end
            ));
        }
        out.push_str("];\n");
    }
    let path =
        PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("words_index.rs");
    std::fs::write(&path, out)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

/// Links careerpath at a fixed address (`-no-pie`), as Go links its programs by default.
///
/// A position-independent Rust binary carries tens of thousands of relative relocations:
/// every pointer in its constant tables (regex's Unicode tables alone are 200 kB of them).
/// At every start the loader reads them and writes each one, so a third of a megabyte of
/// the binary becomes private memory, 90 page faults before the first frame. At a fixed
/// address the linker has written those pointers already: the loader relocates nothing, the
/// pages are read from the file only where used, and the start is about 8% faster
/// (`cargo bench --bench terminal`). What it gives up: the program's own code and data are
/// not placed at a random address. Libraries, stack, heap and mappings still are, and
/// careerpath is memory-safe Rust that reads only the files it is given.
///
/// Also lays out the functions a session runs together (`benches/link-order.txt`) when
/// rust-lld links. Only for the binaries, on GNU/Linux.
fn link_for_a_fast_start() {
    let var = |name| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") != "linux" || var("CARGO_CFG_TARGET_ENV") != "gnu" {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    if links_with_rust_lld(&var) {
        let order = format!("{}/{LINK_ORDER}", var("CARGO_MANIFEST_DIR"));
        println!("cargo:rerun-if-changed={LINK_ORDER}");
        println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={order}");
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// Whether the binaries are linked by the rust-lld that rustc 1.90+ uses on x86_64 Linux
/// unless told otherwise: GNU ld has no `--symbol-ordering-file`.
fn links_with_rust_lld(var: &dyn Fn(&'static str) -> String) -> bool {
    let told_otherwise = var("CARGO_ENCODED_RUSTFLAGS").contains("link")
        || std::env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_some();
    let minor = std::process::Command::new(var("RUSTC"))
        .arg("-V")
        .output()
        .ok()
        .and_then(|o| {
            let v = String::from_utf8_lossy(&o.stdout).into_owned();
            v.split_whitespace()
                .nth(1)?
                .split('.')
                .nth(1)?
                .parse::<u32>()
                .ok()
        });
    var("CARGO_CFG_TARGET_ARCH") == "x86_64" && !told_otherwise && minor.is_some_and(|m| m >= 90)
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
