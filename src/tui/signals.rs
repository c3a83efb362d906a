//! What the process does on a signal besides ending: a stop (Ctrl-Z) that gives the
//! terminal back, and a terminal that goes away without telling.

use super::{enter, owned_screen, restore};

/// SIGTSTP, as in a shell's other programs: every answer synced, the terminal left as it
/// was, and the process stopped; `fg` continues it here, with the terminal taken back, and
/// a SIGWINCH makes the event loop draw the whole screen again. Raw mode reads Ctrl-Z as a
/// key, so the loop raises SIGTSTP itself; `kill -TSTP` from elsewhere comes the same way.
///
/// The stop is a SIGSTOP (a shell reports status 147): signal-hook keeps its handler on
/// SIGTSTP, so SIGTSTP's own default cannot be raised. Without job control (a terminal
/// that runs careerpath directly, as `tmux new careerpath` does) nothing could continue a
/// stopped process, so it is not stopped: it takes the terminal back at once.
pub(super) fn stop() {
    use signal_hook::consts::{SIGSTOP, SIGWINCH};
    use signal_hook::low_level::raise;
    let Ok(owned) = owned_screen() else { return };
    drop(crate::store::quiesce());
    if *owned {
        restore();
    }
    if job_control() {
        let _ = raise(SIGSTOP);
    }
    if *owned && enter().is_ok() {
        drop(owned);
        let _ = raise(SIGWINCH);
    }
}

/// Whether a shell can continue this process once stopped: its parent is in the same
/// session but another process group. Otherwise the group is orphaned (POSIX), and a stop
/// would be for good.
fn job_control() -> bool {
    // SAFETY: these calls only read process, group and session ids; an error is -1, which
    // matches nothing real.
    unsafe {
        let parent = libc::getppid();
        let session = libc::getsid(0);
        session != -1 && libc::getsid(parent) == session && libc::getpgid(parent) != libc::getpgrp()
    }
}

/// Waits for the terminal to go away, then raises SIGHUP, which the signal thread handles
/// as always. When the terminal is this process's controlling terminal the kernel sends
/// SIGHUP itself; when it is not (`setsid`, a test harness), reads just end with nothing,
/// and crossterm 0.29 retries them at full speed for good, inside `event::poll`.
pub(super) fn watch_hang_up() {
    std::thread::spawn(|| {
        let mut stdin = libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: 0,
            revents: 0,
        };
        // With no events asked for, only a hang-up or an error ends the wait.
        // SAFETY: one valid `pollfd`, for a descriptor this process holds open.
        while unsafe { libc::poll(&raw mut stdin, 1, -1) } == -1
            && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
        {}
        if stdin.revents & libc::POLLHUP != 0 {
            let _ = signal_hook::low_level::raise(signal_hook::consts::SIGHUP);
        }
    });
}
