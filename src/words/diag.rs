/// `diag!("diag-id", name = value, …)`: [`crate::words::diag`], a diagnostic's text in the
/// process's interface language, with each `{ $name }` made from `value` as a
/// [`crate::words::Value`] (a number chooses the plural form). Included by `lib.rs` and by
/// build.rs, which compiles the loader with its own `crate::words`.
macro_rules! diag {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        crate::words::diag($id, &[$((stringify!($name), crate::words::Value::from($value))),*])
    };
}
