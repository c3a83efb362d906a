//! The process exit codes (sysexits where one fits) and which error gives which: the one
//! place a number is chosen. The engine returns typed errors; this maps them.

use std::process::ExitCode;

use careerpath::plain::PlainExit;
use careerpath::questionnaire::LoadError;
use careerpath::store::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok,
    Failure,
    Usage,
    /// A questionnaire or answers file that is not valid, or answers that leave required
    /// questions open.
    DataErr,
    /// An input file (or session) that is missing or cannot be read.
    NoInput,
    /// A file or directory that cannot be created.
    CantCreat,
    /// A file that cannot be written.
    IoErr,
    /// Plain mode ran out of input before the end; resuming later works.
    TempFail,
    Interrupted,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Failure => 1,
            Exit::Usage => 2,
            Exit::DataErr => 65,
            Exit::NoInput => 66,
            Exit::CantCreat => 73,
            Exit::IoErr => 74,
            Exit::TempFail => 75,
            Exit::Interrupted => 130,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e.code())
    }
}

impl From<&LoadError> for Exit {
    fn from(e: &LoadError) -> Exit {
        if e.is_missing_input() {
            Exit::NoInput
        } else {
            Exit::DataErr
        }
    }
}

impl From<&StoreError> for Exit {
    fn from(e: &StoreError) -> Exit {
        match e {
            StoreError::NotFound(_) | StoreError::InvalidId(_) => Exit::NoInput,
            // The id given names more than one session: the command line needs more of it.
            StoreError::Ambiguous { .. } => Exit::Usage,
            StoreError::Damaged { .. } => Exit::DataErr,
            StoreError::Dir { .. } | StoreError::NoDataDir(_) => Exit::CantCreat,
            StoreError::Write { .. } | StoreError::Delete { .. } => Exit::IoErr,
            // Another process has it open: a plain failure, and trying later works.
            StoreError::InUse(_) => Exit::Failure,
        }
    }
}

impl From<PlainExit> for Exit {
    fn from(e: PlainExit) -> Exit {
        match e {
            PlainExit::Finished | PlainExit::Quit => Exit::Ok,
            PlainExit::EndOfInput => Exit::TempFail,
            PlainExit::NotSaved => Exit::IoErr,
        }
    }
}

/// Why a file could not be written, as an exit code: its directory is missing, so it
/// cannot be created (73); anything else (a full disk, a read-only file system, no
/// permission) is a failure to write (74).
pub fn of_write_error(e: &std::io::Error) -> Exit {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound | K::NotADirectory => Exit::CantCreat,
        _ => Exit::IoErr,
    }
}

#[cfg(feature = "tui")]
impl From<careerpath::tui::Ending> for Exit {
    fn from(e: careerpath::tui::Ending) -> Exit {
        use careerpath::tui::Ending;
        match e {
            Ending::Quit => Exit::Ok,
            Ending::NotSaved => Exit::IoErr,
            Ending::Interrupted => Exit::Interrupted,
        }
    }
}
