//! The one place that names serde_yaml: bounded parsing with positions, and writing.
//!
//! STUB: being written by the loader.
