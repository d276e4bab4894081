#!/usr/bin/env bash
# Applies the Contoso organisation of examples/contoso/ (plan YAML: users, groups, an
# add-in, categories, rooms, policies, chat configuration) to embedded (SQLite) storage,
# then lists the rooms.
#   bash examples/quickstart.sh [DB_FILE]     (default: target/quickstart.db, recreated each run)
set -euo pipefail
cd "$(dirname "$0")/.."
# The release build, as the README's steps by hand use: one build serves both.
cargo build --locked --release --quiet
pchat() { ./target/release/pchat "$@"; }

db=${1:-target/quickstart.db}
if [ $# -eq 0 ]; then rm -f "$db" "$db-wal" "$db-shm"; fi

pchat --server "embedded:$db" apply -f examples/contoso --yes
echo
pchat --server "embedded:$db" rooms list
