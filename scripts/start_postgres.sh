#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the school tests, as a non-root user, listening on
# 127.0.0.1 only, and print the URL the tests read (STAGEPORTFOLIO_TEST_POSTGRES):
#   export STAGEPORTFOLIO_TEST_POSTGRES=$(scripts/start_postgres.sh /tmp/pg-school 55432)
#   scripts/start_postgres.sh /tmp/pg-school 55432 stop    # stops it again
set -euo pipefail
folder=${1:-/tmp/stageportfolio-pg}
port=${2:-55432}
action=${3:-start}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
user=$(id -un)
run() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then  # the server refuses to run as root
    user=postgres
    run() { runuser -u postgres -- "$@"; }
fi
if [ "$action" = stop ]; then
    run "$bin/pg_ctl" -D "$folder/data" -m fast stop >/dev/null 2>&1 || true
    exit 0
fi
mkdir -p "$folder"
[ "$(id -u)" -ne 0 ] || chown "$user" "$folder"
if [ ! -f "$folder/data/PG_VERSION" ]; then
    run "$bin/initdb" -D "$folder/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1
fi
if ! run "$bin/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; then
    run "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off" start >/dev/null
fi
run "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='stageportfolio_test'" | grep -q 1 ||
    run "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" stageportfolio_test
echo "postgresql://$user@127.0.0.1:$port/stageportfolio_test"
