//! Packaging: the manual page comes from the clap definitions and names every command;
//! the LICENSE file is the licence Cargo.toml declares.

use std::process::Stdio;

fn stdout(args: &[&str]) -> String {
    let out = crate::careerpath()
        .args(args)
        .env("LANG", "C")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run careerpath: {e}"));
    assert!(
        out.status.success(),
        "careerpath {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The commands `--help` lists (its "Commands:" section), `help` aside.
fn commands() -> Vec<String> {
    let help = stdout(&["--help"]);
    let section = help
        .split("Commands:\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no Commands section in\n{help}"));
    section
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("    "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_man_page_names_every_command() {
    let man = stdout(&["man"]);
    assert!(
        man.starts_with(".ie") || man.contains(".TH careerpath 1"),
        "{man}"
    );
    let commands = commands();
    assert!(commands.len() >= 8, "{commands:?}");
    for name in &commands {
        // roff writes a hyphen in a name as `\-`.
        let entry = format!("careerpath\\-{}", name.replace('-', "\\-"));
        assert!(man.contains(&entry), "no {entry} in the man page:\n{man}");
    }
    for option in [
        "\\-\\-questions",
        "\\-\\-lang",
        "\\-\\-data\\-dir",
        "\\-\\-plain",
    ] {
        assert!(man.contains(option), "no {option} in the man page");
    }
}

#[test]
fn the_license_file_is_the_declared_licence() {
    assert_eq!(env!("CARGO_PKG_LICENSE"), "MIT");
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/LICENSE"))
        .unwrap_or_else(|e| panic!("LICENSE: {e}"));
    assert!(text.starts_with("MIT License\n"), "{text}");
    assert!(text.contains("Permission is hereby granted, free of charge"));
}
