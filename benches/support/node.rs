//! A `pchat server` child process on loopback, as the benchmarks start them: its address
//! read from its banner, killed when dropped.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

#[allow(dead_code)] // each benchmark uses what it needs of it
pub struct Node {
    pub child: Child,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// `127.0.0.1:PORT`
    pub addr: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Node {
    /// Runs `pchat server --listen 127.0.0.1:0 ARGS` (logging at `PCHAT_LOG`, by default
    /// warnings only) and waits for it to listen.
    pub fn start(args: &[&str]) -> Node {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pchat"))
            .args(["server", "--listen", "127.0.0.1:0"])
            .args(args)
            .env("PCHAT_LOG", std::env::var("PCHAT_LOG").unwrap_or_else(|_| "warn".into()))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start pchat server");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let addr = loop {
            let line = lines.next().expect("the server's banner").expect("read the banner");
            if let Some(url) = line.strip_prefix("listening on http://") {
                break url.trim().to_string();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Node { child, url: format!("http://{addr}"), addr }
    }

    /// A figure of /proc/PID/status in MB (`VmRSS`, `VmHWM`).
    #[allow(dead_code)] // not every benchmark measures memory
    pub fn memory_mb(&self, field: &str) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        let kb: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.trim_start_matches(':').trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0.0);
        kb / 1024.0
    }
}
