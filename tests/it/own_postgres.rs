//! A PostgreSQL server of a test's own, on a loopback port, to stop and start under running
//! nodes (the CI cluster is shared by every test). Made with the machine's `initdb` and
//! `pg_ctl`, as the `postgres` user when the tests run as root.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

pub struct OwnPostgres {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

fn bin_dir() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|d| d.join("initdb").exists())
        .collect();
    dirs.sort();
    dirs.pop()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl OwnPostgres {
    /// None (with a note) where the machine has no PostgreSQL server binaries.
    pub fn start() -> Option<OwnPostgres> {
        let Some(bin) = bin_dir() else {
            eprintln!("note: no PostgreSQL binaries under /usr/lib/postgresql; test skipped");
            return None;
        };
        let uid = Command::new("id").arg("-u").output().ok()?;
        let as_postgres = String::from_utf8_lossy(&uid.stdout).trim() == "0";
        let dir = tempfile::tempdir().unwrap();
        if as_postgres {
            let status = Command::new("chown").args(["-R", "postgres:postgres"]).arg(dir.path()).status().unwrap();
            assert!(status.success(), "chown of {}", dir.path().display());
        }
        let pg = OwnPostgres { dir, bin, port: free_port(), as_postgres };
        let data = pg.data();
        pg.run("initdb", &["-D", data.to_str().unwrap(), "-A", "trust", "-U", "postgres", "--no-sync"]);
        pg.start_server();
        Some(pg)
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let program = self.bin.join(tool);
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        let out = cmd.args(args).output().unwrap_or_else(|e| panic!("running {}: {e}", program.display()));
        assert!(
            out.status.success(),
            "{tool} {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn pg_ctl(&self, args: &[&str]) {
        let data = self.data();
        let mut all = vec!["-D", data.to_str().unwrap()];
        all.extend_from_slice(args);
        self.run("pg_ctl", &all);
    }

    /// Starts the server (again, on the same port) and waits until it takes connections.
    pub fn start_server(&self) {
        let options = format!(
            "-p {} -c listen_addresses=127.0.0.1 -k {} -c fsync=off -c max_connections=60",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("postgres.log");
        self.pg_ctl(&["-o", &options, "-l", log.to_str().unwrap(), "-w", "-t", "60", "start"]);
    }

    /// Stops it (fast: connections are cut, as a crash or a restart cuts them).
    pub fn stop_server(&self) {
        self.pg_ctl(&["-m", "fast", "-w", "-t", "60", "stop"]);
    }

    /// A new database on it, and its URL.
    pub fn database(&self, name: &str) -> String {
        let socket: &Path = self.dir.path();
        self.run("createdb", &["-h", socket.to_str().unwrap(), "-p", &self.port.to_string(), "-U", "postgres", name]);
        format!("postgres://postgres@127.0.0.1:{}/{name}", self.port)
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        let data = self.data();
        let program = self.bin.join("pg_ctl");
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        let _ = cmd.args(["-D", data.to_str().unwrap(), "-m", "immediate", "-w", "stop"]).output();
        std::thread::sleep(Duration::from_millis(50));
    }
}
