//! HTTPS end to end: a server on a certificate the test makes (a CA and a leaf for
//! 127.0.0.1), the client trusting it through --ca-cert, the certificate read again on
//! SIGHUP, and an address beyond loopback refused without TLS.

use std::path::{Path, PathBuf};

use crate::support::{cli_bare, spawn_server_with};

/// A certificate authority and a leaf it signed for 127.0.0.1 and localhost, as PEM files
/// in `dir`: (ca.pem, cert.pem, key.pem).
fn authority_and_leaf(dir: &Path, name: &str) -> (PathBuf, PathBuf, PathBuf) {
    leaf_valid_for(dir, name, None)
}

/// The same, the leaf valid from yesterday for `days` days when given (else rcgen's
/// default, until 4096).
fn leaf_valid_for(dir: &Path, name: &str, days: Option<u64>) -> (PathBuf, PathBuf, PathBuf) {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(rcgen::DnType::CommonName, format!("pchat test CA {name}"));
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let leaf_key = rcgen::KeyPair::generate().unwrap();
    let mut leaf_params =
        rcgen::CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    if let Some(days) = days {
        let date = |at: std::time::SystemTime| {
            let text = humantime::format_rfc3339_seconds(at).to_string();
            rcgen::date_time_ymd(text[0..4].parse().unwrap(), text[5..7].parse().unwrap(), text[8..10].parse().unwrap())
        };
        let (now, day) = (std::time::SystemTime::now(), std::time::Duration::from_secs(86_400));
        leaf_params.not_before = date(now - day);
        leaf_params.not_after = date(now + day * days as u32);
    }
    let leaf = leaf_params.signed_by(&leaf_key, &issuer).unwrap();
    let paths =
        (dir.join(format!("{name}-ca.pem")), dir.join(format!("{name}-cert.pem")), dir.join(format!("{name}-key.pem")));
    std::fs::write(&paths.0, ca.pem()).unwrap();
    std::fs::write(&paths.1, leaf.pem()).unwrap();
    std::fs::write(&paths.2, leaf_key.serialize_pem()).unwrap();
    paths
}

/// A server in `dir` on its own SQLite store, serving HTTPS with `cert` and `key`: the
/// spawned process, an administrator token, and its log file.
fn start_https(dir: &Path, cert: &Path, key: &Path) -> (crate::support::Spawned, String, PathBuf) {
    let database = format!("sqlite://{}", dir.join("p.db").display());
    let admin = cli_bare(&["server", "token", "create", "--database", &database, "--role", "admin", "-q"]).success();
    let log = dir.join("server.log");
    let files = dir.join("files");
    let spawned = spawn_server_with(
        &[
            "server",
            "--listen",
            "127.0.0.1:0",
            "--database",
            &database,
            "--file-store",
            files.to_str().unwrap(),
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
        &[],
        &log,
    );
    (spawned, admin.stdout.trim().to_string(), log)
}

/// `pchat ARGS` against an HTTPS server, trusting `ca`.
fn over_https(url: &str, token: &str, ca: &Path, args: &[&str]) -> crate::support::Out {
    let ca = ca.to_str().unwrap();
    let mut all = vec!["--server", url, "--token", token, "--ca-cert", ca];
    all.extend_from_slice(args);
    cli_bare(&all)
}

#[test]
fn the_server_serves_https_and_reads_its_certificate_again_on_sighup() {
    let dir = tempfile::tempdir().unwrap();
    let (ca_a, cert_a, key_a) = authority_and_leaf(dir.path(), "a");
    let (ca_b, cert_b, key_b) = authority_and_leaf(dir.path(), "b");
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::copy(&cert_a, &cert).unwrap();
    std::fs::copy(&key_a, &key).unwrap();
    let (spawned, token, log) = start_https(dir.path(), &cert, &key);
    assert!(spawned.banner.iter().any(|l| l.starts_with("listening on https://")), "{:?}", spawned.banner);
    let mut child = spawned.child;
    let url = format!("https://{}", spawned.addr);
    let call = |ca: &Path| over_https(&url, &token, ca, &["rooms", "list", "-o", "json"]);
    call(&ca_a).success();
    let check = over_https(&url, &token, &ca_a, &["checklist", "--check", "installation.tls", "-o", "json"]).success();
    let found = check.json()["checks"][0]["found"].as_str().unwrap().to_string();
    assert!(found.contains("serves HTTPS on") && found.contains("cert.pem") && found.contains("days left"), "{found}");
    // Without the authority: refused, saying what to pass.
    let untrusted = cli_bare(&["--server", &url, "--token", &token, "rooms", "list"]);
    assert_eq!(untrusted.code, 1, "{untrusted}");
    assert!(untrusted.stderr.contains("--ca-cert FILE"), "{untrusted}");
    // Plain HTTP to an HTTPS port is not answered as HTTP.
    let plain = cli_bare(&["--server", &format!("http://{}", spawned.addr), "--token", &token, "rooms", "list"]);
    assert_ne!(plain.code, 0, "{plain}");

    // New files, then SIGHUP: the next connection gets the new certificate.
    std::fs::copy(&cert_b, &cert).unwrap();
    std::fs::copy(&key_b, &key).unwrap();
    let hup = std::process::Command::new("kill").args(["-HUP", &child.id().to_string()]).status().unwrap();
    assert!(hup.success());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while call(&ca_b).code != 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the certificate was not read again: {}",
            std::fs::read_to_string(&log).unwrap()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_ne!(call(&ca_a).code, 0, "the old certificate is still served");
    // Files that do not make a certificate: the one in use stays.
    std::fs::write(&cert, "not a certificate").unwrap();
    let _ = std::process::Command::new("kill").args(["-HUP", &child.id().to_string()]).status();
    std::thread::sleep(std::time::Duration::from_millis(300));
    call(&ca_b).success();
    let _ = child.kill();
    let _ = child.wait();
    assert!(std::fs::read_to_string(&log).unwrap().contains("the one in use stays"));
}

/// A served certificate that expires within 14 days fails the checklist, saying how to
/// renew it without a restart.
#[test]
fn a_certificate_that_expires_soon_fails_the_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let (ca, cert, key) = leaf_valid_for(dir.path(), "soon", Some(7));
    let (spawned, token, _) = start_https(dir.path(), &cert, &key);
    let mut child = spawned.child;
    let url = format!("https://{}", spawned.addr);
    let out = over_https(&url, &token, &ca, &["checklist", "--check", "installation.tls", "-o", "json"]);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(out.code, 4, "{out}");
    let check = &out.json()["checks"][0];
    assert_eq!(check["result"], "fail", "{check}");
    assert!(check["found"].as_str().unwrap().contains("fewer than 14"), "{check}");
    assert!(check["fix"].as_str().unwrap().contains("kill -HUP"), "{check}");
    assert!(check["figures"]["days_left"].as_i64().unwrap() <= 7, "{check}");
}

#[test]
fn a_key_that_is_not_the_certificates_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let (_, cert_a, _) = authority_and_leaf(dir.path(), "a");
    let (_, _, key_b) = authority_and_leaf(dir.path(), "b");
    let database = format!("sqlite://{}", dir.path().join("p.db").display());
    let out = cli_bare(&[
        "server",
        "--listen",
        "127.0.0.1:0",
        "--database",
        &database,
        "--tls-cert",
        cert_a.to_str().unwrap(),
        "--tls-key",
        key_b.to_str().unwrap(),
    ]);
    assert_ne!(out.code, 0, "{out}");
    assert!(out.stderr.contains("is not the key of"), "{out}");
    assert!(!dir.path().join("p.db").exists(), "the store was opened for a server that could not start");
}

/// An address beyond loopback without TLS is refused before anything is bound (so the
/// test binds nothing but loopback).
#[test]
fn listening_beyond_loopback_without_tls_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("p.db").display());
    let out = cli_bare(&["server", "--listen", "0.0.0.0:0", "--database", &database]).code(2);
    assert!(out.stderr.contains("without TLS") && out.stderr.contains("--insecure-listen"), "{out}");
    assert!(out.stderr.contains("--tls-cert FILE --tls-key FILE"), "{out}");
    assert!(!dir.path().join("p.db").exists());
}
