//! Line-by-line prompt mode for screen readers, pipes and dumb terminals.
//!
//! STUB: being written.
