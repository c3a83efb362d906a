//! Usage errors (a command line that does not parse) in the interface language: the real
//! binary gets bad command lines, in English and in Spanish, and prints clap's layout with
//! the words of the language, exiting with 2.

use std::ffi::OsStr;
use std::process::Output;

/// A bad command line and what it prints, in English and in Spanish.
struct Case {
    name: &'static str,
    args: &'static [&'static str],
    en: &'static str,
    es: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "unknown argument",
        args: &["--bogus"],
        en: "error: unexpected argument '--bogus' found

Usage: careerpath [OPTIONS] [COMMAND]

For more information, try '--help'.
",
        es: "error: argumento inesperado '--bogus'

Uso: careerpath [OPTIONS] [COMMAND]

Para más información, prueba '--help'.
",
    },
    Case {
        name: "unknown subcommand, with a suggestion",
        args: &["sessions", "lst"],
        en: "error: unrecognized subcommand 'lst'

  tip: a similar subcommand exists: 'list'

Usage: careerpath sessions [OPTIONS] <COMMAND>

For more information, try '--help'.
",
        es: "error: orden desconocida 'lst'

  sugerencia: hay una orden parecida: 'list'

Uso: careerpath sessions [OPTIONS] <COMMAND>

Para más información, prueba '--help'.
",
    },
    Case {
        name: "a flag where a value may go",
        args: &["validate", "-x"],
        en: "error: unexpected argument '-x' found

  tip: to pass '-x' as a value, use '-- -x'

Usage: careerpath validate [OPTIONS] [FILES]...

For more information, try '--help'.
",
        es: "error: argumento inesperado '-x'

  sugerencia: para pasar '-x' como valor, usa '-- -x'

Uso: careerpath validate [OPTIONS] [FILES]...

Para más información, prueba '--help'.
",
    },
    Case {
        name: "a subcommand after --",
        args: &["--", "sessions"],
        en: "error: unexpected argument 'sessions' found

  tip: subcommand 'sessions' exists; to use it, remove the '--' before it

Usage: careerpath [OPTIONS] [COMMAND]

For more information, try '--help'.
",
        es: "error: argumento inesperado 'sessions'

  sugerencia: la orden 'sessions' existe; para usarla, quita el '--' de delante

Uso: careerpath [OPTIONS] [COMMAND]

Para más información, prueba '--help'.
",
    },
    Case {
        name: "missing value",
        args: &["--lang"],
        en: "error: a value is required for '--lang <LANG>' but none was supplied

For more information, try '--help'.
",
        es: "error: '--lang <LANG>' necesita un valor y no se ha dado ninguno

Para más información, prueba '--help'.
",
    },
    Case {
        name: "missing required arguments",
        args: &["sessions", "compare"],
        en: "error: the following required arguments were not provided:
  <A>
  <B>

Usage: careerpath sessions compare <A> <B>

For more information, try '--help'.
",
        es: "error: faltan estos argumentos obligatorios:
  <A>
  <B>

Uso: careerpath sessions compare <A> <B>

Para más información, prueba '--help'.
",
    },
    Case {
        name: "invalid value, with the possible values",
        args: &["evaluate", "--answers", "a.yaml", "--format", "xml"],
        en: "error: invalid value 'xml' for '--format <FORMAT>'
  [possible values: text, markdown, json]

For more information, try '--help'.
",
        es: "error: valor no válido 'xml' para '--format <FORMAT>'
  [valores posibles: text, markdown, json]

Para más información, prueba '--help'.
",
    },
    Case {
        name: "invalid value, with a similar one",
        args: &["evaluate", "--answers", "a.yaml", "--format", "jsn"],
        en: "error: invalid value 'jsn' for '--format <FORMAT>'
  [possible values: text, markdown, json]

  tip: a similar value exists: 'json'

For more information, try '--help'.
",
        es: "error: valor no válido 'jsn' para '--format <FORMAT>'
  [valores posibles: text, markdown, json]

  sugerencia: hay un valor parecido: 'json'

Para más información, prueba '--help'.
",
    },
    Case {
        name: "empty value",
        args: &["sessions", "export", "--format="],
        en: "error: a value is required for '--format <FORMAT>' but none was supplied
  [possible values: markdown, json, yaml, jsonl]

For more information, try '--help'.
",
        es: "error: '--format <FORMAT>' necesita un valor y no se ha dado ninguno
  [valores posibles: markdown, json, yaml, jsonl]

Para más información, prueba '--help'.
",
    },
    Case {
        name: "value refused by its parser",
        args: &["test", "--min-coverage", "500"],
        en: "error: invalid value '500' for '--min-coverage <PCT>': 500 is not a percentage from 0 to 100

For more information, try '--help'.
",
        es: "error: valor no válido '500' para '--min-coverage <PCT>': 500 no es un porcentaje de 0 a 100

Para más información, prueba '--help'.
",
    },
    Case {
        name: "conflicting arguments",
        args: &["sessions", "export", "--all", "x"],
        en: "error: the argument '--all' cannot be used with '[ID]'

Usage: careerpath sessions export --all [ID]

For more information, try '--help'.
",
        es: "error: el argumento '--all' no se puede usar junto con '[ID]'

Uso: careerpath sessions export --all [ID]

Para más información, prueba '--help'.
",
    },
    Case {
        name: "an argument twice",
        args: &["--questions", "a", "--questions", "b"],
        en: "error: the argument '--questions <FILE>' cannot be used multiple times

Usage: careerpath [OPTIONS] [COMMAND]

For more information, try '--help'.
",
        es: "error: el argumento '--questions <ARCHIVO>' no se puede usar más de una vez

Uso: careerpath [OPTIONS] [COMMAND]

Para más información, prueba '--help'.
",
    },
    Case {
        name: "a value for a flag",
        args: &["--plain=x"],
        en: "error: unexpected value 'x' for '--plain' found; no more were expected

Usage: careerpath --plain

For more information, try '--help'.
",
        es: "error: valor inesperado 'x' para '--plain'; no se esperaban más

Uso: careerpath --plain

Para más información, prueba '--help'.
",
    },
    Case {
        name: "missing subcommand",
        args: &["sessions", "--plain"],
        en: "error: 'careerpath sessions' requires a subcommand but one was not provided
  [subcommands: list, show, export, rename, delete, compare, import, help]

Usage: careerpath sessions [OPTIONS] <COMMAND>

For more information, try '--help'.
",
        es: "error: 'careerpath sessions' necesita una orden y no se ha dado ninguna
  [órdenes: list, show, export, rename, delete, compare, import, help]

Uso: careerpath sessions [OPTIONS] <COMMAND>

Para más información, prueba '--help'.
",
    },
    Case {
        name: "unknown subcommand to help",
        args: &["help", "bogus"],
        en: "error: unrecognized subcommand 'bogus'

Usage: careerpath [OPTIONS] [COMMAND]

For more information, try '--help'.
",
        es: "error: orden desconocida 'bogus'

Uso: careerpath [OPTIONS] [COMMAND]

Para más información, prueba '--help'.
",
    },
];

/// clap's English fixed phrases, none of which a Spanish usage error has.
const ENGLISH: &[&str] = &[
    "unexpected",
    "found",
    "unrecognized",
    "subcommand",
    "tip:",
    "similar",
    "exists",
    "to pass",
    "remove the",
    "Usage:",
    "For more information",
    "required",
    "provided",
    "invalid value",
    "possible values",
    "none was supplied",
    "cannot be used",
    "multiple times",
    "no more were expected",
    "not a percentage",
];

fn run(args: &[impl AsRef<OsStr>], spanish: bool) -> Output {
    let mut cmd = crate::careerpath();
    if spanish {
        cmd.env("LC_ALL", "es_ES.UTF-8");
    }
    cmd.args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run careerpath: {e}"))
}

#[test]
fn usage_errors_are_in_the_interface_language() {
    let mut problems = Vec::new();
    for case in CASES {
        for (lang, spanish, expected) in [("en", false, case.en), ("es", true, case.es)] {
            let out = run(case.args, spanish);
            let stderr = String::from_utf8_lossy(&out.stderr);
            if stderr != expected {
                problems.push(format!(
                    "{} ({lang}): expected\n{expected}\ngot\n{stderr}",
                    case.name
                ));
            }
            if out.status.code() != Some(2) || !out.stdout.is_empty() {
                problems.push(format!(
                    "{} ({lang}): exit {:?}, stdout {:?}",
                    case.name,
                    out.status.code(),
                    String::from_utf8_lossy(&out.stdout)
                ));
            }
        }
        for phrase in ENGLISH {
            if case.es.contains(phrase) {
                problems.push(format!("{} (es) says {phrase:?}", case.name));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// `--lang es` gives the Spanish words in any locale, and `--lang en` the English in Spanish's.
#[test]
fn the_lang_flag_chooses_the_words_of_a_usage_error() {
    let case = &CASES[1];
    let spanish = run(&["--lang", "es", "sessions", "lst"], false);
    assert_eq!(String::from_utf8_lossy(&spanish.stderr), case.es);
    let english = run(&["--lang=en", "sessions", "lst"], true);
    assert_eq!(String::from_utf8_lossy(&english.stderr), case.en);
}

/// An argument that is not UTF-8 is a usage error in words, not a panic.
#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let bad = OsStr::from_bytes(b"\xff");
    for (spanish, expected) in [
        (
            false,
            "error: invalid UTF-8 was detected in one or more arguments

Usage: careerpath sessions show [OPTIONS] <ID>

For more information, try '--help'.
",
        ),
        (
            true,
            "error: uno o más argumentos no son UTF-8 válido

Uso: careerpath sessions show [OPTIONS] <ID>

Para más información, prueba '--help'.
",
        ),
    ] {
        let out = run(&[OsStr::new("sessions"), OsStr::new("show"), bad], spanish);
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
        assert_eq!(out.status.code(), Some(2));
    }
}

/// What asks for help still prints the help, on standard output, with exit 0.
#[test]
fn help_is_not_an_error() {
    for args in [&["--help"][..], &["help", "sessions"], &["--version"]] {
        let out = run(args, true);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}");
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
}
