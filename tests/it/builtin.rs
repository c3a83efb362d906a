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
