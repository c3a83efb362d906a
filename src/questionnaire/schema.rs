//! The questionnaire format's JSON Schema (draft-07), generated from the raw types.

use schemars::generate::SchemaSettings;

use super::raw::RawQuestionnaire;

/// The schema as pretty JSON, ending in a newline.
pub fn json_schema() -> String {
    let schema = SchemaSettings::draft07()
        .for_deserialize()
        .into_generator()
        .root_schema_for::<RawQuestionnaire>();
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}
