//! Store errors in the user's language: the ones a user causes are worded by message id.

use crate::words::{self, Value};

/// A store error in `lang`: the ones a user causes (no such session, several match, open
/// elsewhere, not an id) are worded here; paths and system reasons read the same in any
/// language. Echoed values are cut short ([`crate::sanitize::echo`]).
pub fn store_error(lang: &str, e: &crate::store::StoreError) -> String {
    use crate::sanitize::echo;
    use crate::store::StoreError;
    let id = |id: &str, s: &str| words::t_args(lang, id, &[("id", Value::from(echo(s)))]);
    match e {
        StoreError::NotFound(s) => id("cli-not_found", s),
        StoreError::Ambiguous { prefix, matches } => words::t_args(
            lang,
            "cli-ambiguous",
            &[
                ("id", echo(prefix).into()),
                ("matches", matches.as_str().into()),
            ],
        ),
        StoreError::InUse(s) => id("cli-in_use", s),
        StoreError::InvalidId(s) => id("cli-invalid_id", s),
        other => other.to_string(),
    }
}
