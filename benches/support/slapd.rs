//! A real OpenLDAP server (Debian's `slapd`) for the directory sync's tests and benchmark: a
//! private instance in a temporary directory, on a loopback port, configured from a
//! slapd.conf of its own with a small schema that gives the attributes of an Active
//! Directory forest pchat reads (`msRTCSIP-PrimaryUserAddress`, `userAccountControl`, ...),
//! loaded offline with `slapadd` from LDIF the caller generates ([`forest`]).
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const SUFFIX: &str = "DC=contoso,DC=com";
pub const ADMIN_DN: &str = "CN=admin,DC=contoso,DC=com";
pub const ADMIN_PASSWORD: &str = "secret";
/// The account a sync binds as: not the root DN, so the server's size limit (500) applies
/// to it and only paged searches read a larger directory.
pub const SYNC_DN: &str = "CN=pchat-sync,OU=Service,DC=contoso,DC=com";
pub const SYNC_PASSWORD: &str = "sync-secret";

/// Active Directory's names for what pchat reads, under a private test arc.
const SCHEMA: &str = r"
attributetype ( 1.3.6.1.4.1.55555.1.1 NAME 'msRTCSIP-PrimaryUserAddress'
    EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.55555.1.2 NAME 'userPrincipalName'
    EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.55555.1.3 NAME 'userAccountControl'
    EQUALITY integerMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.27 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.55555.1.4 NAME 'sAMAccountName'
    EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
objectclass ( 1.3.6.1.4.1.55555.2.1 NAME 'user' SUP inetOrgPerson STRUCTURAL
    MAY ( msRTCSIP-PrimaryUserAddress $ userPrincipalName $ userAccountControl $ sAMAccountName ) )
objectclass ( 1.3.6.1.4.1.55555.2.2 NAME 'group' SUP top STRUCTURAL
    MUST cn MAY ( member $ description $ sAMAccountName ) )
objectclass ( 1.3.6.1.4.1.55555.2.3 NAME 'computer' SUP user STRUCTURAL )
";

/// Whether this machine has slapd; in CI its absence fails the test instead.
pub fn available() -> bool {
    let found = Path::new("/usr/sbin/slapd").exists() && which("ldapmodify");
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(found || !ci, "CI is set but slapd or ldap-utils is missing: .ci/run installs them");
    if !found {
        eprintln!("note: directory sync test skipped; install slapd and ldap-utils (apt-get install slapd ldap-utils)");
    }
    found
}

fn which(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).exists()))
}

pub struct Slapd {
    child: Option<Child>,
    pub port: u16,
    /// `ldap://127.0.0.1:PORT`
    pub url: String,
    /// The CA that signed the server's certificate, when it speaks TLS.
    pub ca_cert: Option<PathBuf>,
    dir: tempfile::TempDir,
}

impl Slapd {
    /// A server holding the suffix and `ldif` (entries under it), plain LDAP only.
    pub fn start(ldif: &str) -> Slapd {
        Self::boot(ldif, false)
    }

    /// The same, with StartTLS offered (and ldaps:// on [`Slapd::ldaps_url`]) under a
    /// certificate for 127.0.0.1 signed by a CA the test makes.
    pub fn start_tls(ldif: &str) -> Slapd {
        Self::boot(ldif, true)
    }

    fn boot(ldif: &str, tls: bool) -> Slapd {
        let dir = tempfile::tempdir().expect("creating slapd's directory");
        let d = dir.path();
        std::fs::create_dir(d.join("data")).unwrap();
        std::fs::write(d.join("pchat-ad.schema"), SCHEMA).unwrap();
        let mut conf = format!(
            "include /etc/ldap/schema/core.schema\n\
             include /etc/ldap/schema/cosine.schema\n\
             include /etc/ldap/schema/inetorgperson.schema\n\
             include {dir}/pchat-ad.schema\n\
             pidfile {dir}/slapd.pid\n\
             modulepath /usr/lib/ldap\n\
             moduleload back_mdb\n\
             sizelimit 500\n",
            dir = d.display()
        );
        let mut ca_cert = None;
        if tls {
            let (ca, cert, key) = certificate(d);
            writeln!(
                conf,
                "TLSCACertificateFile {}\nTLSCertificateFile {}\nTLSCertificateKeyFile {}",
                ca.display(),
                cert.display(),
                key.display()
            )
            .unwrap();
            ca_cert = Some(ca);
        }
        // A size limit below most directories: only paged searches read them whole.
        write!(
            conf,
            "database mdb\nmaxsize 4294967296\nsuffix \"{SUFFIX}\"\nrootdn \"{ADMIN_DN}\"\nrootpw {ADMIN_PASSWORD}\n\
             directory {dir}/data\nindex objectClass eq\n\
             limits dn.exact=\"{SYNC_DN}\" size.soft=500 size.hard=500 size.prtotal=unlimited\n",
            dir = d.display()
        )
        .unwrap();
        std::fs::write(d.join("slapd.conf"), conf).unwrap();
        let mut all = format!(
            "dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: contoso\no: Contoso\n\n\
             dn: OU=Service,{SUFFIX}\nobjectClass: organizationalUnit\nou: Service\n\n\
             dn: {SYNC_DN}\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\ncn: pchat-sync\n\
             userPassword: {SYNC_PASSWORD}\n\n"
        );
        all.push_str(ldif);
        std::fs::write(d.join("tree.ldif"), all).unwrap();
        let loaded = Command::new("/usr/sbin/slapadd")
            .args(["-q", "-f"])
            .arg(d.join("slapd.conf"))
            .arg("-l")
            .arg(d.join("tree.ldif"))
            .output()
            .expect("running slapadd");
        assert!(loaded.status.success(), "slapadd failed:\n{}", String::from_utf8_lossy(&loaded.stderr));
        let mut slapd = Slapd { child: None, port: 0, url: String::new(), ca_cert, dir };
        slapd.listen();
        slapd
    }

    /// Starts (or starts again) the daemon on a free loopback port of its own.
    fn listen(&mut self) {
        for _ in 0..20 {
            let port = free_port();
            let mut urls = format!("ldap://127.0.0.1:{port}/");
            if self.ca_cert.is_some() {
                urls.push_str(&format!(" ldaps://127.0.0.1:{}/", port + 1));
            }
            // -d 0: in the foreground (a child the test can kill), logging nothing.
            let child = Command::new("/usr/sbin/slapd")
                .args(["-d", "0", "-f"])
                .arg(self.dir.path().join("slapd.conf"))
                .args(["-h", &urls])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("starting slapd");
            self.child = Some(child);
            self.port = port;
            self.url = format!("ldap://127.0.0.1:{port}");
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(10) {
                if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                    let _ = status;
                    break;
                }
                if self.search_base() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            self.stop();
        }
        panic!("slapd did not start on a loopback port");
    }

    fn search_base(&self) -> bool {
        Command::new("ldapsearch")
            .args(["-x", "-H", &self.url, "-b", SUFFIX, "-s", "base", "-D", ADMIN_DN, "-w", ADMIN_PASSWORD, "1.1"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// `ldaps://127.0.0.1:PORT` (TLS from the start), when started with TLS.
    pub fn ldaps_url(&self) -> String {
        format!("ldaps://127.0.0.1:{}", self.port + 1)
    }

    /// A file in the server's directory (a password file, a config), owner-only.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        path
    }

    /// The sync account's password in a file, for `--password-file`.
    pub fn password_file(&self) -> PathBuf {
        self.write("password", &format!("{SYNC_PASSWORD}\n"))
    }

    /// `pchat directory sync` of this directory at `url` (its own, or a proxy's), bound as
    /// the sync account, under the whole suffix, each user's site from `l` else redmond.
    pub fn sync_command(&self, url: &str) -> Vec<String> {
        let password = self.password_file().display().to_string();
        let args = ["directory", "sync", "--ldap", url, "--bind-dn", SYNC_DN, "--password-file", &password];
        let mapping = ["--base", SUFFIX, "--site-attribute", "l", "--default-site", "redmond"];
        args.iter().chain(&mapping).map(|s| s.to_string()).collect()
    }

    /// Changes the directory with `ldapmodify` (add, modify, modrdn and delete records).
    #[track_caller]
    pub fn modify(&self, ldif: &str) {
        self.ldapmodify(ldif, &[]);
    }

    /// Adds entries (LDIF without changetype lines).
    #[track_caller]
    pub fn add(&self, ldif: &str) {
        self.ldapmodify(ldif, &["-a"]);
    }

    #[track_caller]
    fn ldapmodify(&self, ldif: &str, extra: &[&str]) {
        let mut child = Command::new("ldapmodify")
            .args(["-x", "-H", &self.url, "-D", ADMIN_DN, "-w", ADMIN_PASSWORD])
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("running ldapmodify");
        child.stdin.take().unwrap().write_all(ldif.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "ldapmodify failed:\n{}\n{ldif}", String::from_utf8_lossy(&out.stderr));
    }

    /// Stops the daemon (SIGKILL): the directory going away.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A port nothing listens on now (and, for TLS, the one after it).
fn free_port() -> u16 {
    loop {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        if port < u16::MAX && std::net::TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return port;
        }
    }
}

/// A CA and a certificate for 127.0.0.1 it signed, as PEM files in `dir`.
fn certificate(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(rcgen::DnType::CommonName, "pchat test directory CA");
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let key = rcgen::KeyPair::generate().unwrap();
    let params = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    let cert = params.signed_by(&key, &issuer).unwrap();
    let paths = (dir.join("ca.pem"), dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&paths.0, ca.pem()).unwrap();
    std::fs::write(&paths.1, cert.pem()).unwrap();
    std::fs::write(&paths.2, key.serialize_pem()).unwrap();
    (paths.0, paths.1, paths.2)
}

/// The shape of a generated forest.
pub struct Forest {
    pub users: usize,
    pub groups: usize,
    /// Members per group (users, and the group before it when `nested`).
    pub members: usize,
}

/// LDIF of an Active Directory-shaped tree under [`SUFFIX`]: OUs `OU=Eng` and `OU=Sales`
/// with sub-OUs, users `CN=User N` spread over them (each with msRTCSIP-PrimaryUserAddress
/// `sip:userN@contoso.com`, userPrincipalName, mail, displayName, `l` as the site and
/// userAccountControl 512), and groups under `OU=Groups`, each holding `members` users and
/// the previous group (nesting).
pub fn forest(shape: &Forest) -> String {
    const OUS: [&str; 4] = ["OU=Backend,OU=Eng", "OU=Frontend,OU=Eng", "OU=Eng", "OU=Sales"];
    let mut out = String::with_capacity(shape.users * 400 + shape.groups * 100 * shape.members);
    for ou in ["OU=Eng", "OU=Backend,OU=Eng", "OU=Frontend,OU=Eng", "OU=Sales", "OU=Groups"] {
        let name = ou.split(',').next().unwrap().trim_start_matches("OU=");
        writeln!(out, "dn: {ou},{SUFFIX}\nobjectClass: organizationalUnit\nou: {name}\n").unwrap();
    }
    for i in 0..shape.users {
        let ou = OUS[i % OUS.len()];
        let site = if i % 2 == 0 { "redmond" } else { "dublin" };
        user_ldif(&mut out, &format!("CN=User {i},{ou},{SUFFIX}"), &format!("user{i}"), site);
    }
    for g in 0..shape.groups {
        write!(
            out,
            "dn: CN=Group {g},OU=Groups,{SUFFIX}\nobjectClass: group\ncn: Group {g}\nsAMAccountName: group{g}\n"
        )
        .unwrap();
        for m in 0..shape.members {
            let i = (g * shape.members + m) % shape.users.max(1);
            let ou = OUS[i % OUS.len()];
            writeln!(out, "member: CN=User {i},{ou},{SUFFIX}").unwrap();
        }
        if g > 0 {
            writeln!(out, "member: CN=Group {},OU=Groups,{SUFFIX}", g - 1).unwrap();
        }
        out.push('\n');
    }
    out
}

/// One AD-shaped user entry.
pub fn user_ldif(out: &mut String, dn: &str, account: &str, site: &str) {
    let cn = dn.split(',').next().unwrap().trim_start_matches("CN=");
    write!(
        out,
        "dn: {dn}\nobjectClass: user\ncn: {cn}\nsn: {cn}\ndisplayName: {cn}\nmail: {account}@contoso.com\n\
         userPrincipalName: {account}@contoso.com\nmsRTCSIP-PrimaryUserAddress: sip:{account}@contoso.com\n\
         sAMAccountName: {account}\nl: {site}\nuserAccountControl: 512\n\n"
    )
    .unwrap();
}
