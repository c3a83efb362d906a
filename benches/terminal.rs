//! Pseudo-terminal bench for the real binary: time from spawn to the first frame and to
//! the first question, keypress-to-redraw, and peak memory. Medians over many runs.
//!
//! Measures the release binary: `cargo bench --bench terminal` builds it first when
//! `target/release/careerpath` is missing (or set CAREERPATH_BIN to another build).
//! careerpath with no saved sessions opens on the welcome screen, so "first question"
//! is measured as spawn -> welcome frame, then Enter -> first question on screen.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const RUNS: usize = 25;
const KEYS_PER_RUN: usize = 20;
const TIMEOUT: Duration = Duration::from_secs(10);

fn binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("CAREERPATH_BIN") {
        return PathBuf::from(bin);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let bin = target.join("release").join("careerpath");
    if !bin.exists() {
        eprintln!("building the release binary first: cargo build --release --bin careerpath");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let ok = std::process::Command::new(cargo)
            .args(["build", "--release", "--bin", "careerpath"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("cannot build {}", bin.display());
            std::process::exit(1);
        }
    }
    bin
}

struct Pty {
    parser: vt100::Parser,
    rx: Receiver<(Instant, Vec<u8>)>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

impl Pty {
    fn spawn(bin: &PathBuf, data: &std::path::Path) -> (Pty, Instant) {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap_or_else(|e| panic!("openpty: {e}"));
        let mut cmd = CommandBuilder::new(bin);
        cmd.args([
            "--data-dir".as_ref(),
            data.as_os_str(),
            "--lang".as_ref(),
            "en".as_ref(),
        ]);
        cmd.env("TERM", "xterm-256color");
        let mut reader = pair
            .master
            .try_clone_reader()
            .unwrap_or_else(|e| panic!("{e}"));
        let writer = pair.master.take_writer().unwrap_or_else(|e| panic!("{e}"));
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                    break;
                }
            }
        });
        let start = Instant::now();
        let child = pair
            .slave
            .spawn_command(cmd)
            .unwrap_or_else(|e| panic!("spawn: {e}"));
        drop(pair.slave);
        (
            Pty {
                parser: vt100::Parser::new(30, 100, 0),
                rx,
                writer,
                child,
                _master: pair.master,
            },
            start,
        )
    }

    /// Processes output until `cond` holds; returns when the chunk that made it hold arrived.
    fn until(&mut self, cond: impl Fn(&str) -> bool) -> Instant {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok((at, bytes)) => {
                    self.parser.process(&bytes);
                    if cond(&self.parser.screen().contents()) {
                        return at;
                    }
                }
                Err(_) => panic!("timed out; screen:\n{}", self.parser.screen().contents()),
            }
        }
    }

    /// Reads until the program has been quiet for a moment, so the next measurement
    /// starts from a finished frame.
    fn settle(&mut self) {
        while let Ok((_, bytes)) = self.rx.recv_timeout(Duration::from_millis(30)) {
            self.parser.process(&bytes);
        }
    }

    fn send(&mut self, keys: &str) -> Instant {
        let now = Instant::now();
        let _ = self.writer.write_all(keys.as_bytes());
        let _ = self.writer.flush();
        now
    }

    fn peak_kib(&self) -> Option<u64> {
        let pid = self.child.process_id()?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    // `cargo bench` passes `--bench`; any other filter argument that does not name us skips the run.
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && !"terminal".contains(a.as_str()))
    {
        return;
    }
    let bin = binary();
    let mut first_frame = Vec::new();
    let mut to_question = Vec::new();
    let mut total = Vec::new();
    let mut keypress = Vec::new();
    let mut peak = Vec::new();
    for _ in 0..RUNS {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (mut pty, start) = Pty::spawn(&bin, data.path());
        let welcome = pty.until(|s| s.contains("Start a new session"));
        first_frame.push(welcome - start);
        let enter = pty.send("\r");
        let question = pty.until(|s| s.contains("Question 1 of about"));
        to_question.push(question - enter);
        total.push((welcome - start) + (question - enter));
        pty.settle();
        for i in 0..KEYS_PER_RUN {
            // Down then up again, so every key moves the highlight between the first two choices.
            let (key, want) = if i % 2 == 0 {
                ("\x1b[B", "> (•) 2.")
            } else {
                ("\x1b[A", "> (•) 1.")
            };
            let sent = pty.send(key);
            let changed = pty.until(|s| s.contains(want));
            keypress.push(changed.saturating_duration_since(sent));
            pty.settle();
        }
        if let Some(kib) = pty.peak_kib() {
            peak.push(kib);
        }
        pty.send("q");
        let _ = pty.child.wait();
    }
    peak.sort_unstable();
    println!(
        "terminal bench: {} ({} runs, {} keys each)",
        bin.display(),
        RUNS,
        KEYS_PER_RUN
    );
    println!(
        "  spawn -> first frame (welcome):         median {}",
        ms(median(&mut first_frame))
    );
    println!(
        "  Enter -> first question on screen:      median {}",
        ms(median(&mut to_question))
    );
    println!(
        "  first frame + first question:           median {}  (target < 10 ms)",
        ms(median(&mut total))
    );
    println!(
        "  keypress -> redraw (Down/Up):           median {}  (target < 3 ms)",
        ms(median(&mut keypress))
    );
    if let (Some(lo), Some(hi)) = (peak.first(), peak.last()) {
        println!(
            "  peak memory (VmHWM):                    {:.1} MB median, {:.1}-{:.1} MB  (target < 10 MB)",
            peak[peak.len() / 2] as f64 / 1024.0,
            *lo as f64 / 1024.0,
            *hi as f64 / 1024.0
        );
    }
}
