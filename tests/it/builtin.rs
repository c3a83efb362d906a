//! The built-in questionnaire's compiled form (made by build.rs) is the model the loader
//! makes from `questions/career.yaml`, to the last field.

use careerpath::questionnaire::{builtin, load_str};

#[test]
fn the_compiled_builtin_is_what_the_loader_makes_of_the_yaml() {
    let compiled = builtin().unwrap();
    let loaded = load_str("<built-in>", include_str!("../../questions/career.yaml")).unwrap();
    assert_eq!(compiled.source, "<built-in>");
    assert!(!compiled.questions.is_empty());
    assert_eq!(
        serde_json::to_string(&compiled).unwrap(),
        serde_json::to_string(&loaded).unwrap()
    );
}

/// build.rs links the binary at a fixed address on GNU/Linux, so a start relocates no
/// pointers (see `link_for_a_fast_start`): the ELF header says `ET_EXEC` (2), not the
/// position-independent `ET_DYN` (3) a default link makes.
#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn the_binary_is_linked_at_a_fixed_address() {
    let elf = std::fs::read(env!("CARGO_BIN_EXE_careerpath")).unwrap();
    assert_eq!(&elf[..4], b"\x7fELF");
    assert_eq!(u16::from_le_bytes([elf[16], elf[17]]), 2, "e_type");
}
