//! The single integration-test binary of pchat (`cargo test --test it`).
//!
//! One module per area, each with a one-line note on what belongs in it.

// Store conformance: the same tests against SQLite and PostgreSQL (PCHAT_TEST_POSTGRES),
// through the store traits and the changeset engine.
mod store;

// Further modules (shared helpers, the CLI end to end, ...) go below.

// Checked-in completions and man pages match the clap definitions.
mod generated;

// Shared helpers: a real `pchat server` child on loopback and a DSL to run the CLI against it.
mod support;

// The CLI end to end (command forms, exit codes, messages, JSON), through the real binary.
mod cli;

// `pchat plan` and `pchat apply` end to end: plan files, located errors, saved plans, prune.
mod plan;

// Export → edit → apply as a loop, CSV room lists through plan/apply, the Contoso example.
mod export;

// CSV room lists: quoting mistakes located and refused, multi-line descriptions, escaped output.
mod csv_import;

// `directory import`: file and server problems told at FILE:LINE:COLUMN, nothing changed.
mod directory_import;

// The management API as an attacker tries it: tokens, bodies, limits, secrets, every endpoint.
mod security;

// Hostile YAML (alias bombs, deep nesting) refused located, with exit 2, in bounded time and memory.
mod hostile_yaml;

// One plan, one transaction: a server killed with SIGKILL mid-apply leaves the store as it was.
mod atomic;

// Chat end to end: posting, history and its cursors, every rule's code, secrets kept,
// concurrent posters numbered without gaps, acknowledged posts surviving kill -9.
mod chat;

// Compliance end to end: every event recorded with its change, the XML adapter's files valid
// against the XSD, each event exported exactly once across crashes and nodes.
mod compliance;

// The topology: validated offline (every rule broken once, told at its line with its rule
// id), published in versions against a base, diffed, exported, and planned beside rooms.
mod topology;

// Pools and their nodes: heartbeats, up and down within the timeout, mismatches with the
// topology, standby nodes refusing client work, set-active, /metrics.
mod pools;

// A PostgreSQL server of a test's own, to stop and start under running nodes.
mod own_postgres;

// Archives checked offline: a sound one as a directory and packed, canonical bytes, damage told.
mod archive;

// Migration end to end: scoped exports, imports with conflicts handled, the round trip byte
// for byte, damaged archives refused, jobs, and imports killed with SIGKILL finished by a re-run.
mod migration;

// Other systems' exports as zips (Slack, Mattermost), generated in their documented shapes:
// converted, verified, imported; what pchat does not import counted by kind.
mod importers;

// The deployment checklist: a healthy node passes, each broken condition fails with its fix.
mod checklist;

// The rough edges a new administrator hits (closed pipes, arguments, exit codes, help,
// messages, man pages, the README's first commands).
mod operator;

// HTTPS: the server on a test-made certificate, --ca-cert, SIGHUP, loopback without TLS.
mod tls;

// Named contexts, the local admin socket, the server's log formats and name completion.
mod contexts;
// The served OpenAPI document: valid (openapi-spec-validator), every route with its bodies,
// answers and problem codes, real answers fitting its schemas; `pchat api`'s bodies and problems.
mod openapi;

// A real slapd for the directory sync (shared with its benchmark).
#[path = "../../benches/support/slapd.rs"]
mod slapd;

// `pchat directory sync` against a real slapd: mapping, plan, prune's scope, TLS, paging, faults.
mod directory_sync;
