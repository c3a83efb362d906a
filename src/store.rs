//! Saved sessions on disk: one YAML file per session, written atomically, locked while open.
//!
//! STUB: the signatures are the contract; the bodies are being written.

use std::path::{Path, PathBuf};

use crate::session::Session;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot use the data directory {path}: {source}")]
    Dir { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("no saved session matches `{0}`")]
    NotFound(String),
    #[error("`{prefix}` matches several sessions: {matches}")]
    Ambiguous { prefix: String, matches: String },
    #[error("{path}: {reason}")]
    Damaged { path: PathBuf, reason: String },
}

/// One entry of a listing: a readable session, or a file that could not be read and why.
#[derive(Debug, Clone)]
pub enum Listed {
    Ok(Session),
    Damaged { path: PathBuf, reason: String },
}

/// The sessions directory.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// Opens (creating with mode 0700 if needed) the sessions directory under `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        Ok(Store { dir: data_dir.join("sessions") })
    }

    /// `--data-dir`, else `CAREERPATH_DATA_DIR`, else `$XDG_DATA_HOME/careerpath`.
    pub fn default_data_dir(flag: Option<&Path>) -> Result<PathBuf, StoreError> {
        Ok(flag.map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from(".")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every session file, newest first; damaged files are listed, never fatal.
    pub fn list(&self) -> Vec<Listed> {
        Vec::new()
    }

    /// Loads the session whose id starts with `prefix`.
    pub fn load(&self, prefix: &str) -> Result<Session, StoreError> {
        Err(StoreError::NotFound(prefix.to_owned()))
    }

    /// Writes the session atomically (temp file, fsync, rename, fsync directory).
    pub fn save(&self, session: &Session) -> Result<(), StoreError> {
        let _ = session;
        Ok(())
    }

    pub fn delete(&self, id: &str) -> Result<(), StoreError> {
        Err(StoreError::NotFound(id.to_owned()))
    }
}
