#!/usr/bin/env bash
# Provisions a small organisation into embedded (SQLite) storage and lists it.
#   bash examples/quickstart.sh [DB_FILE]     (default: target/quickstart.db, recreated each run)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked --quiet
pchat() { ./target/debug/pchat "$@"; }

db=${1:-target/quickstart.db}
if [ $# -eq 0 ]; then rm -f "$db" "$db-wal" "$db-shm"; fi
export PCHAT_SERVER="embedded:$db"

pchat directory import --users examples/contoso/users.csv --groups examples/contoso/groups.csv
pchat addins create wiki --url https://wiki.contoso.com/chat
pchat categories create engineering --allow ou:contoso/eng --creator group:eng-leads --file-upload \
  --description "Engineering rooms"
pchat categories create sales --allow ou:contoso/sales --deny sip:erin@contoso.com --invitations
pchat rooms create backend --category engineering --member group:eng-all --manager group:eng-leads --addin wiki
pchat rooms create frontend --category engineering --privacy open --manager sip:alice@contoso.com
pchat rooms create eng-announcements --category engineering --type auditorium --privacy open \
  --presenter sip:alice@contoso.com --member ou:contoso/eng
pchat rooms create incident-review --category engineering --privacy secret --member group:eng-leads
pchat rooms create deals --category sales --member ou:contoso/sales --manager sip:dave@contoso.com
pchat policies create tag:chatters --enabled
pchat policies grant tag:chatters sip:alice@contoso.com sip:bob@contoso.com
echo
pchat categories list
pchat rooms list
