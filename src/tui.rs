//! The full-screen interface: app state, actions, keys, update and views.
//!
//! STUB: being written.
