#!/usr/bin/env bash
# Instructions a backend executes per challenge cycle, otp_pg against the plain-SQL script: the
# postmaster runs under callgrind, and each script's pgbench client backend is counted for 400
# cycles and for 100; the difference over 300 leaves out connection start and first-use caches.
# Unlike cycles per second, the counts hardly move between runs, so they show small changes
# that the disk's noise hides. Valgrind hides the CPU's SHA extensions: hashing counts more than
# it costs. About a minute.
#
#   bash scripts/bench/instructions.sh [pgbench script ...]   (default: both cycle scripts)
#   OTP_PG_BENCH_VERSION   PostgreSQL major (default 17)
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"

bash scripts/setup.sh
command -v valgrind >/dev/null || apt-get install -y -qq valgrind >/dev/null
MAJOR=${OTP_PG_BENCH_VERSION:-17}
BIN=$(bash scripts/cluster.sh bindir "$MAJOR")
install_release "$BIN/pg_config"

# Runs as root like the other scripts, and the server as postgres (cluster.sh stops it).
DATADIR=$(mktemp -d /var/tmp/otp_pg-instructions.XXXXXX)
OUT="$DATADIR.callgrind"
PORT=$(free_port)
mkdir -p "$OUT"
chown postgres: "$DATADIR" "$OUT" && chmod 700 "$DATADIR"
trap 'bash scripts/cluster.sh stop "$DATADIR"; rm -rf "$OUT"' EXIT

runuser -u postgres -- "$BIN/initdb" -D "$DATADIR" -U postgres --auth=trust --no-sync -E UTF8 \
    --locale=C.UTF-8 >/dev/null
# Autovacuum off: a worker starting during one count and not the other would skew the difference.
printf "shared_preload_libraries = 'otp_pg'\notp_pg.purge_interval = 0\nfsync = off\nautovacuum = off\n" \
    >>"$DATADIR/postgresql.conf"
runuser -u postgres -- bash -c "valgrind --tool=callgrind --callgrind-out-file=$OUT/backend.%p \
    $BIN/postgres -D $DATADIR -p $PORT -k $DATADIR -c listen_addresses=127.0.0.1 >$DATADIR/server.log 2>&1 &"
for _ in $(seq 120); do "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break; sleep 1; done
psql() { PGOPTIONS="-c client_min_messages=warning" "$BIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }
psql -c "CREATE EXTENSION otp_pg" \
     -c "SELECT otp_set_policy('bench', identifier_limit => 1000000, client_limit => 1000000)" >/dev/null
psql -v ON_ERROR_STOP=1 -f scripts/bench/baselines.sql >/dev/null

# The instructions of the busiest backend of one pgbench run of `cycles` cycles. callgrind writes
# a backend's counts when it exits, a moment after pgbench is done: wait until the files with
# counts stop changing.
instructions_for() {
    local script=$1 cycles=$2 before done previous=""
    before=$(ls "$OUT")
    "$BIN/pgbench" -n -h 127.0.0.1 -p "$PORT" -U postgres -c 1 -t "$cycles" -D notify=1 -f "$script" postgres >/dev/null
    for _ in $(seq 60); do
        sleep 1
        done=$(comm -13 <(echo "$before") <(ls "$OUT") | while read -r file; do
            grep -q '^summary:' "$OUT/$file" && echo "$file"
        done)
        if [[ -n $done && $done == "$previous" ]]; then
            for file in $done; do sed -n 's/^summary: //p' "$OUT/$file"; done | sort -n | tail -n 1
            return
        fi
        previous=$done
    done
    echo "no callgrind counts for $script after 60 s" >&2
    return 1
}

scripts=("$@")
[[ ${#scripts[@]} -gt 0 ]] || scripts=(scripts/bench/cycle_otp_pg.sql scripts/bench/cycle_plain_sql.sql)
for script in "${scripts[@]}"; do
    short=$(instructions_for "$script" 100)
    long=$(instructions_for "$script" 400)
    [[ -n $short && -n $long ]] || exit 1
    printf '%-40s %12d instructions per cycle\n' "$(basename "$script")" $(((long - short) / 300))
done
