//! `pchat directory sync` against a real slapd on loopback: the mapping, the plan, prune's
//! scope, TLS, paged searches, and every fault the issue names.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::slapd::{self, forest, user_ldif, Forest, Slapd, SUFFIX, SYNC_DN};
use crate::support::{Out, TestServer};

/// The sync's arguments for `ldap` (plain LDAP on loopback), as the sync account.
fn sync_args(ldap: &Slapd, url: &str, extra: &[&str]) -> Vec<String> {
    let mut args = ldap.sync_command(url);
    if url.starts_with("ldap://") && !extra.contains(&"--ldap-ca-cert") {
        args.push("--no-tls".into());
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

/// `srv.cli` of arguments built as strings.
fn cli_owned(srv: &TestServer, args: &[String]) -> Out {
    srv.cli(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

fn sync(srv: &TestServer, ldap: &Slapd, extra: &[&str]) -> Out {
    cli_owned(srv, &sync_args(ldap, &ldap.url, extra))
}

fn users(srv: &TestServer) -> Vec<serde_json::Value> {
    srv.json(&["directory", "users", "list"]).as_array().unwrap().clone()
}

fn user(srv: &TestServer, sip: &str) -> serde_json::Value {
    srv.json(&["directory", "users", "show", sip])
}

fn group(srv: &TestServer, name: &str) -> serde_json::Value {
    srv.json(&["directory", "groups", "show", name])
}

const SMALL: Forest = Forest { users: 8, groups: 3, members: 2 };

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn a_forest_becomes_users_ous_and_nested_groups_and_a_second_sync_changes_nothing() {
    if !slapd::available() {
        return;
    }
    let mut tree = forest(&SMALL);
    // A disabled account (userAccountControl bit 0x2) and one with only a userPrincipalName.
    tree.push_str(
        "dn: CN=Old Timer,OU=Sales,DC=contoso,DC=com\nobjectClass: user\ncn: Old Timer\nsn: Timer\n\
          userPrincipalName: old.timer@contoso.com\nuserAccountControl: 514\n\n",
    );
    let ldap = Slapd::start(&tree);
    let srv = TestServer::start();

    let planned = sync(&srv, &ldap, &["--dry-run", "--detailed-exitcode"]).code(3);
    let planned = planned.stdout_has(&["+ user sip:user0@contoso.com", "+ group group2", "Plan: 12 to add"]);
    planned.stderr_has(&[
        "read 9 users and 3 groups under DC=contoso,DC=com; 0 skipped, 0 group members left out",
        "nothing was changed",
    ]);
    assert!(users(&srv).is_empty(), "a dry run changed nothing");

    sync(&srv, &ldap, &["--yes"]).success().stderr_has(&["Apply complete: 12 added"]);
    let alice = user(&srv, "sip:user0@contoso.com");
    assert_eq!(alice["ou"], "contoso/eng/backend", "{alice}");
    assert_eq!(alice["site"], "redmond");
    assert_eq!(alice["display_name"], "User 0");
    assert_eq!(alice["enabled"], true);
    assert_eq!(alice["labels"]["pchat.io/managed-by"], "pchat-directory-sync", "{alice}");
    assert_eq!(user(&srv, "sip:user1@contoso.com")["site"], "dublin", "the site comes from l");
    assert_eq!(user(&srv, "sip:user2@contoso.com")["ou"], "contoso/eng");
    let old = user(&srv, "sip:old.timer@contoso.com");
    assert_eq!(old["enabled"], false, "userAccountControl 514 is a disabled account: {old}");
    assert_eq!(old["ou"], "contoso/sales");
    assert_eq!(old["site"], "redmond", "no l: the default site");
    let nested = group(&srv, "group2");
    let members: Vec<&str> = nested["members"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    assert_eq!(members, ["group:group1", "sip:user4@contoso.com", "sip:user5@contoso.com"], "{nested}");

    sync(&srv, &ldap, &["--dry-run", "--detailed-exitcode"]).success().stdout_has(&["No changes."]);

    // A change in the directory is a change in the plan.
    ldap.modify("dn: CN=User 0,OU=Backend,OU=Eng,DC=contoso,DC=com\nchangetype: modify\nreplace: displayName\ndisplayName: Alice Liddell\n");
    sync(&srv, &ldap, &["--yes"])
        .success()
        .stdout_has(&["~ user sip:user0@contoso.com", "displayName: \"User 0\" → \"Alice Liddell\""]);
    assert_eq!(user(&srv, "sip:user0@contoso.com")["display_name"], "Alice Liddell");
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn prune_removes_only_what_the_sync_made() {
    if !slapd::available() {
        return;
    }
    let ldap = Slapd::start(&forest(&SMALL));
    let srv = TestServer::start();
    sync(&srv, &ldap, &["--yes"]).success();
    // Made by hand, and by a plan: neither is the sync's to delete.
    srv.user("sip:hand@contoso.com", "contoso");
    let plan = srv.write_file(
        "users.yaml",
        "apiVersion: pchat/v1\nkind: User\nmetadata:\n  name: sip:planned@contoso.com\nspec:\n  ou: contoso\n  site: redmond\n",
    );
    srv.ok(&["apply", "-f", plan.to_str().unwrap(), "--yes"]);
    ldap.modify("dn: CN=User 7,OU=Sales,DC=contoso,DC=com\nchangetype: delete\n");
    ldap.modify("dn: CN=Group 0,OU=Groups,DC=contoso,DC=com\nchangetype: delete\n");

    // A prune that would delete more than --max-prune, or everyone because the directory
    // returned nobody, is refused whole.
    sync(&srv, &ldap, &["--yes", "--prune", "--max-prune", "1"])
        .code(2)
        .stderr_has(&["--prune would delete 1 user and 1 group, more than --max-prune 1", "nothing was changed"]);
    let mut nobody = sync_args(&ldap, &ldap.url, &["--yes", "--prune"]);
    let at = nobody.iter().position(|a| a == "--base").unwrap();
    nobody[at + 1] = format!("OU=Groups,{SUFFIX}");
    cli_owned(&srv, &nobody)
        .code(2)
        .stderr_has(&["--prune: the directory returned no users under OU=Groups,DC=contoso,DC=com, so the prune would delete all 8 users"]);
    assert!(users(&srv).iter().any(|u| u["sip"] == "sip:user7@contoso.com"), "nothing was changed");

    // Without --prune, who left stays.
    sync(&srv, &ldap, &["--yes", "--dry-run"]).success().stdout_has(&["Plan: 0 to add, 1 to change, 0 to destroy."]);
    let pruned = sync(&srv, &ldap, &["--yes", "--prune"]).success();
    let pruned = pruned.stdout_has(&["- user sip:user7@contoso.com", "- group group0"]);
    let sips: Vec<String> = users(&srv).iter().map(|u| u["sip"].as_str().unwrap().to_string()).collect();
    assert!(!sips.contains(&"sip:user7@contoso.com".to_string()), "{sips:?}");
    assert!(sips.contains(&"sip:hand@contoso.com".to_string()), "a hand-made user stays: {sips:?}");
    assert!(sips.contains(&"sip:planned@contoso.com".to_string()), "a plan's user stays: {sips:?}");
    assert!(!pruned.stdout.contains("hand@") && !pruned.stdout.contains("planned@"), "{pruned}");
    // And apply's own prune leaves the sync's users alone.
    srv.ok(&["apply", "-f", plan.to_str().unwrap(), "--yes", "--prune"]);
    assert!(users(&srv).iter().any(|u| u["sip"] == "sip:user0@contoso.com"));
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn entries_that_cannot_be_carried_over_are_reported_with_their_dn_and_counted() {
    if !slapd::available() {
        return;
    }
    let mut tree = forest(&SMALL);
    // No SIP source at all.
    tree.push_str("dn: CN=Printer Room,OU=Eng,DC=contoso,DC=com\nobjectClass: user\ncn: Printer Room\nsn: Room\n\n");
    // A cycle: Loop A contains Loop B, which contains Loop A.
    tree.push_str(&format!(
        "dn: CN=Loop A,OU=Groups,{SUFFIX}\nobjectClass: group\ncn: Loop A\nmember: CN=Loop B,OU=Groups,{SUFFIX}\n\n\
         dn: CN=Loop B,OU=Groups,{SUFFIX}\nobjectClass: group\ncn: Loop B\nmember: CN=Loop A,OU=Groups,{SUFFIX}\n\
         member: CN=User 0,OU=Backend,OU=Eng,{SUFFIX}\n\n"
    ));
    // A member from another forest.
    tree.push_str(&format!(
        "dn: CN=Partners,OU=Groups,{SUFFIX}\nobjectClass: group\ncn: Partners\n\
         member: CN=Bob,OU=People,DC=fabrikam,DC=com\nmember: CN=User 1,OU=Frontend,OU=Eng,{SUFFIX}\n\n"
    ));
    let ldap = Slapd::start(&tree);
    let srv = TestServer::start();
    let out = sync(&srv, &ldap, &["--yes"]).success();
    out.stderr_has(&[
        "skipped cn=Printer Room,ou=Eng,dc=contoso,dc=com: no SIP source: none of msRTCSIP-PrimaryUserAddress, mail, userPrincipalName is set",
        "left out of cn=Loop B,ou=Groups,dc=contoso,dc=com: member group loop-a contains loop-b already: keeping it would make a cycle",
        "left out of cn=Partners,ou=Groups,dc=contoso,dc=com: member CN=Bob,OU=People,DC=fabrikam,DC=com is outside the sync base DC=contoso,DC=com",
        "1 skipped, 2 group members left out",
    ]);
    assert_eq!(users(&srv).len(), 8, "the others are synced");
    assert_eq!(group(&srv, "loop-a")["members"], serde_json::json!(["group:loop-b"]));
    assert_eq!(group(&srv, "loop-b")["members"], serde_json::json!(["sip:user0@contoso.com"]));
    assert_eq!(group(&srv, "partners")["members"], serde_json::json!(["sip:user1@contoso.com"]));
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn an_ou_move_out_of_a_category_shows_the_room_entries_it_drops() {
    if !slapd::available() {
        return;
    }
    let ldap = Slapd::start(&forest(&SMALL));
    let srv = TestServer::start();
    sync(&srv, &ldap, &["--yes"]).success();
    srv.ok(&["categories", "create", "engineering", "--allow", "ou:contoso/eng"]);
    srv.ok(&["rooms", "create", "backend", "--category", "engineering", "--member", "sip:user0@contoso.com"]);
    ldap.modify(
        "dn: CN=User 0,OU=Backend,OU=Eng,DC=contoso,DC=com\nchangetype: modrdn\nnewrdn: CN=User 0\ndeleteoldrdn: 1\n\
         newsuperior: OU=Sales,DC=contoso,DC=com\n",
    );
    let planned = sync(&srv, &ldap, &["--dry-run"]).success();
    planned.stdout_has(&[
        "~ user sip:user0@contoso.com",
        "contoso/eng/backend",
        "contoso/sales",
        "Destructive or history-losing changes:",
        "drops member sip:user0@contoso.com from room backend",
    ]);
    let room = srv.json(&["rooms", "show", "backend"]);
    assert_eq!(room["members"], serde_json::json!(["sip:user0@contoso.com"]), "a dry run drops nothing");
    sync(&srv, &ldap, &["--yes"]).success();
    let room = srv.json(&["rooms", "show", "backend"]);
    assert_eq!(room["members"], serde_json::json!([]), "{room}");
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn bind_base_and_reach_faults_are_said_plainly_and_change_nothing() {
    if !slapd::available() {
        return;
    }
    let ldap = Slapd::start(&forest(&SMALL));
    let srv = TestServer::start();
    let wrong = ldap.write("wrong", "not-the-password\n");
    let mut args = sync_args(&ldap, &ldap.url, &["--yes"]);
    let at = args.iter().position(|a| a == "--password-file").unwrap();
    args[at + 1] = wrong.display().to_string();
    let out = cli_owned(&srv, &args).code(1);
    let out =
        out.stderr_has(&[&format!("the directory at {} refused the bind as {SYNC_DN}: invalid credentials", ldap.url)]);
    assert!(!out.stderr.contains("not-the-password"), "the password is never said: {out}");

    let mut base = sync_args(&ldap, &ldap.url, &["--yes"]);
    let at = base.iter().position(|a| a == "--base").unwrap();
    base[at + 1] = "OU=Nowhere,DC=contoso,DC=com".into();
    cli_owned(&srv, &base)
        .code(2)
        .stderr_has(&["the base OU=Nowhere,DC=contoso,DC=com does not exist in the directory"]);

    let closed = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let nowhere = format!("ldap://127.0.0.1:{closed}");
    let args = sync_args(&ldap, &nowhere, &["--yes"]);
    cli_owned(&srv, &args).code(1).stderr_has(&[&format!("cannot reach the directory at {nowhere}")]);

    // Plain LDAP only on loopback; a password file others can read is refused.
    let far = sync_args(&ldap, "ldap://directory.contoso.com", &["--yes"]);
    cli_owned(&srv, &far).code(2).stderr_has(&[
        "--no-tls with ldap://directory.contoso.com: the bind password would cross the network in clear",
    ]);
    let open = ldap.write("open-password", "sync-secret\n");
    std::fs::set_permissions(&open, <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o644))
        .unwrap();
    let mut args = sync_args(&ldap, &ldap.url, &["--yes"]);
    let at = args.iter().position(|a| a == "--password-file").unwrap();
    args[at + 1] = open.display().to_string();
    cli_owned(&srv, &args).code(2).stderr_has(&["can be read by others (mode 644): chmod 600"]);

    // The password never on the command line: there is no flag for it.
    srv.cli(&["directory", "sync", "--password", "x"]).code(2);
    assert!(users(&srv).is_empty(), "nothing was applied");
}

/// A TCP proxy to `to` that closes both sides once `cut_after` bytes came back from the
/// server: the directory going away in the middle of a search.
fn cutting_proxy(to: u16, cut_after: usize) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(mut client) = client else { return };
            let Ok(mut server) = TcpStream::connect(("127.0.0.1", to)) else { return };
            let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = c2.read(&mut buf) {
                    if n == 0 || s2.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
            });
            let sent = Arc::new(AtomicUsize::new(0));
            let mut buf = [0u8; 512];
            while let Ok(n) = server.read(&mut buf) {
                if n == 0 || client.write_all(&buf[..n]).is_err() {
                    break;
                }
                if sent.fetch_add(n, Ordering::SeqCst) + n >= cut_after {
                    break;
                }
            }
            let _ = client.shutdown(Shutdown::Both);
            let _ = server.shutdown(Shutdown::Both);
        }
    });
    port
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn the_directory_going_away_mid_sync_applies_nothing() {
    if !slapd::available() {
        return;
    }
    let ldap = Slapd::start(&forest(&Forest { users: 400, groups: 4, members: 5 }));
    let srv = TestServer::start();
    // Past the bind and the first pages of users, well before the last.
    let proxy = cutting_proxy(ldap.port, 40_000);
    let url = format!("ldap://127.0.0.1:{proxy}");
    let args = sync_args(&ldap, &url, &["--yes", "--page-size", "20"]);
    let out = cli_owned(&srv, &args).code(1);
    let out = out.stderr_has(&["searching the directory for users: after ", "nothing was applied"]);
    assert!(users(&srv).is_empty(), "nothing was applied: {out}");
    // Through the directory itself the same sync goes through.
    sync(&srv, &ldap, &["--yes", "--page-size", "20"]).success();
    assert_eq!(users(&srv).len(), 400);
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn a_directory_larger_than_its_size_limit_is_read_by_pages() {
    if !slapd::available() {
        return;
    }
    // The sync account may read 500 entries per search; paged searches read them all.
    let ldap = Slapd::start(&forest(&Forest { users: 1_200, groups: 2, members: 3 }));
    let srv = TestServer::start();
    sync(&srv, &ldap, &["--yes", "--page-size", "300"]).success().stderr_has(&["read 1200 users"]);
    assert_eq!(users(&srv).len(), 1_200);
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn starttls_and_ldaps_trust_the_ca_given_and_refuse_an_unknown_one() {
    if !slapd::available() {
        return;
    }
    let mut tree = String::new();
    user_ldif(&mut tree, &format!("CN=Carol,OU=Eng,{SUFFIX}"), "carol", "redmond");
    let tree = format!("dn: OU=Eng,{SUFFIX}\nobjectClass: organizationalUnit\nou: Eng\n\n{tree}");
    let ldap = Slapd::start_tls(&tree);
    let srv = TestServer::start();
    let ca = ldap.ca_cert.clone().unwrap();
    let ca = ca.to_str().unwrap();
    let url = ldap.url.clone();

    // StartTLS by default on ldap://: the test CA is no system root.
    let args = sync_args(&ldap, &url, &["--yes", "--ldap-ca-cert", "/dev/null"]);
    let args: Vec<String> = args.into_iter().filter(|a| a != "--ldap-ca-cert" && a != "/dev/null").collect();
    let out = cli_owned(&srv, &args).code(1);
    out.stderr_has(&["cannot reach the directory", "certificate"]);

    let args = sync_args(&ldap, &url, &["--yes", "--ldap-ca-cert", ca]);
    cli_owned(&srv, &args).success();
    assert_eq!(user(&srv, "sip:carol@contoso.com")["ou"], "contoso/eng");

    let ldaps = ldap.ldaps_url();
    let args = sync_args(&ldap, &ldaps, &["--yes", "--ldap-ca-cert", ca, "--dry-run", "--detailed-exitcode"]);
    cli_owned(&srv, &args).success();
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn a_config_file_holds_the_settings_and_flags_override_it() {
    if !slapd::available() {
        return;
    }
    let ldap = Slapd::start(&forest(&SMALL));
    let srv = TestServer::start();
    let config = ldap.write(
        "sync.yaml",
        &format!(
            "ldap: {}\nbind-dn: {SYNC_DN}\npassword-file: {}\nbase: OU=Eng,{SUFFIX}\nno-tls: true\ndefault-site: paris\n",
            ldap.url,
            ldap.password_file().display()
        ),
    );
    let config = config.to_str().unwrap();
    srv.ok(&["directory", "sync", "--config", config, "--yes"]);
    assert_eq!(users(&srv).len(), 6, "only OU=Eng's users");
    assert_eq!(user(&srv, "sip:user0@contoso.com")["site"], "paris");
    srv.ok(&["directory", "sync", "--config", config, "--site-attribute", "l", "--yes"]);
    assert_eq!(user(&srv, "sip:user1@contoso.com")["site"], "dublin", "the flag overrides the file");

    // A context can name the config: `directory sync` with neither --config nor --server.
    let contexts = ldap.write("contexts.yaml", "");
    std::fs::remove_file(&contexts).unwrap();
    let token = ldap.write("token", &format!("{}\n", srv.admin_token));
    let in_context = |args: &[&str]| {
        let mut cmd = crate::support::pchat();
        cmd.env("PCHAT_CONFIG", &contexts);
        crate::support::run(cmd, args)
    };
    in_context(&[
        "context",
        "set",
        "lab",
        "--server",
        &srv.url,
        "--token-file",
        token.to_str().unwrap(),
        "--directory-sync",
        config,
        "--use",
    ])
    .success();
    in_context(&["context", "show", "lab"]).success().stdout_has(&["directory-sync", "sync.yaml"]);
    // The context's config (default-site paris, no site attribute) undoes the override above.
    in_context(&["directory", "sync", "--dry-run", "--detailed-exitcode"])
        .code(3)
        .stdout_has(&["~ user sip:user1@contoso.com", "site: \"dublin\" → \"paris\""]);

    let bad = ldap.write("bad.yaml", "ldap: ldap://127.0.0.1:1\nbase: DC=x\nsurprise: 1\n");
    srv.cli(&["directory", "sync", "--config", bad.to_str().unwrap()])
        .code(2)
        .stderr_has(&["bad.yaml:3:1: unknown field `surprise`"]);
}

/// A config for the scheduled sync of `ldap`, every `interval`.
fn schedule_config(ldap: &Slapd, interval: &str) -> std::path::PathBuf {
    ldap.write(
        "schedule.yaml",
        &format!(
            "ldap: {}\nbind-dn: {SYNC_DN}\npassword-file: {}\nbase: {SUFFIX}\nno-tls: true\nsite-attribute: l\n\
             default-site: redmond\nprune: true\ninterval: {interval}\n",
            ldap.url,
            ldap.password_file().display()
        ),
    )
}

/// A node on `srv`'s store that runs the schedule in `config`.
fn scheduled_node(srv: &TestServer, config: &std::path::Path, log: &str) -> crate::support::Spawned {
    let log = srv.dir().join(log);
    crate::support::spawn_server(
        &[
            "server",
            "--listen",
            "127.0.0.1:0",
            "--database",
            &srv.database,
            "--directory-sync",
            config.to_str().unwrap(),
        ],
        &log,
    )
}

/// The recorded runs, newest first, once `done` holds for them (or the test fails).
#[track_caller]
fn runs_until(srv: &TestServer, what: &str, done: impl Fn(&[serde_json::Value]) -> bool) -> Vec<serde_json::Value> {
    let started = std::time::Instant::now();
    loop {
        let out = srv.cli(&["directory", "sync", "status", "--limit", "50", "-o", "json"]);
        let runs = serde_json::from_str::<serde_json::Value>(&out.stdout)
            .ok()
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default();
        if done(&runs) {
            return runs;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "waited a minute for {what}: {runs:#?}");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

fn count(run: &serde_json::Value, what: &str) -> u64 {
    run["progress"].as_array().unwrap().iter().find(|c| c["what"] == what).map_or(0, |c| c["done"].as_u64().unwrap())
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn a_scheduled_sync_runs_on_its_interval_and_records_each_run() {
    if !slapd::available() {
        return;
    }
    let mut ldap = Slapd::start(&forest(&SMALL));
    let srv = TestServer::start();
    let config = schedule_config(&ldap, "1s");

    // A schedule that cannot run refuses the server before anything is created.
    let bad = ldap.write("no-interval.yaml", &format!("ldap: {}\nbase: {SUFFIX}\ndefault-site: x\n", ldap.url));
    let fresh = srv.dir().join("never.db");
    let fresh_url = format!("sqlite://{}", fresh.display());
    crate::support::cli_bare(&[
        "server",
        "--listen",
        "127.0.0.1:0",
        "--database",
        &fresh_url,
        "--directory-sync",
        bad.to_str().unwrap(),
    ])
    .code(2)
    .stderr_has(&["no-interval.yaml: --directory-sync needs an interval (e.g. interval: 1h)"]);
    assert!(!fresh.exists(), "nothing was created");

    srv.cli(&["directory", "sync", "status"]).success().stderr_has(&["no scheduled directory sync has run"]);
    let mut node = scheduled_node(&srv, &config, "scheduled.log");
    let runs = runs_until(&srv, "a first run", |runs| runs.iter().any(|r| r["state"] == "succeeded"));
    let first = runs.iter().find(|r| r["state"] == "succeeded").unwrap();
    assert_eq!(first["kind"], "directory-sync");
    assert_eq!((count(first, "users"), count(first, "groups"), count(first, "added")), (8, 3, 11), "{first:#}");
    assert_eq!(users(&srv).len(), 8);

    // The next runs follow the directory.
    let mut joiner = String::new();
    user_ldif(&mut joiner, &format!("CN=Newcomer,OU=Sales,{SUFFIX}"), "newcomer", "dublin");
    ldap.add(&joiner);
    runs_until(&srv, "a run that adds the newcomer", |runs| runs.iter().any(|r| count(r, "added") == 1));
    assert_eq!(user(&srv, "sip:newcomer@contoso.com")["site"], "dublin");

    // A run that fails is recorded with its error, and status says so with exit 4.
    ldap.stop();
    runs_until(&srv, "a failed run", |runs| runs.first().is_some_and(|r| r["state"] == "failed"));
    let out = srv.cli(&["directory", "sync", "status"]).code(4);
    out.stdout_has(&["failed", "cannot reach the directory", "succeeded"]);
    assert_eq!(users(&srv).len(), 9, "a failed run changes nothing");
    crate::support::sigterm(&node.child);
    let _ = node.child.wait();
}

#[test]
#[ignore = "needs slapd and PostgreSQL (.ci/run provides both)"]
fn two_nodes_on_one_store_take_turns_never_at_once() {
    if !slapd::available() {
        return;
    }
    let Some(srv) = TestServer::start_postgres() else { return };
    let ldap = Slapd::start(&forest(&Forest { users: 300, groups: 5, members: 10 }));
    let config = schedule_config(&ldap, "1s");
    let mut a = scheduled_node(&srv, &config, "a.log");
    let mut b = scheduled_node(&srv, &config, "b.log");
    let runs =
        runs_until(&srv, "six finished runs", |runs| runs.iter().filter(|r| r["state"] == "succeeded").count() >= 6);
    crate::support::sigterm(&a.child);
    crate::support::sigterm(&b.child);
    let _ = (a.child.wait(), b.child.wait());
    let mut spans: Vec<(String, String, String)> = runs
        .iter()
        .filter(|r| r["state"] != "running")
        .map(|r| {
            (
                r["started_at"].as_str().unwrap().to_string(),
                r["finished_at"].as_str().unwrap_or("").to_string(),
                r["node"].to_string(),
            )
        })
        .collect();
    spans.sort();
    for pair in spans.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "two runs overlapped: {pair:?}\n{runs:#?}");
    }
    assert!(runs.iter().all(|r| r["state"] != "failed"), "{runs:#?}");
    assert_eq!(users(&srv).len(), 300);
}

#[test]
#[ignore = "needs slapd (.ci/run installs it)"]
fn the_openldap_profile_reads_inet_org_persons_and_groups_of_names() {
    if !slapd::available() {
        return;
    }
    let tree = format!(
        "dn: ou=People,{SUFFIX}\nobjectClass: organizationalUnit\nou: People\n\n\
         dn: uid=dana,ou=People,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: dana\ncn: Dana Scully\nsn: Scully\n\
         mail: dana@contoso.com\n\n\
         dn: uid=fox,ou=People,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: fox\ncn: Fox Mulder\nsn: Mulder\n\
         mail: fox@contoso.com\n\n\
         dn: cn=X Files,ou=People,{SUFFIX}\nobjectClass: groupOfNames\ncn: X Files\n\
         member: uid=dana,ou=People,{SUFFIX}\nmember: uid=fox,ou=People,{SUFFIX}\n\n"
    );
    let ldap = Slapd::start(&tree);
    let srv = TestServer::start();
    sync(&srv, &ldap, &["--profile", "openldap", "--yes"]).success().stderr_has(&["read 2 users and 1 group"]);
    let dana = user(&srv, "sip:dana@contoso.com");
    assert_eq!(
        (dana["ou"].as_str(), dana["display_name"].as_str(), dana["enabled"].as_bool()),
        (Some("contoso/people"), Some("Dana Scully"), Some(true)),
        "{dana}"
    );
    assert_eq!(group(&srv, "x-files")["members"], serde_json::json!(["sip:dana@contoso.com", "sip:fox@contoso.com"]));
}
