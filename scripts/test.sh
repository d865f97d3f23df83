#!/usr/bin/env bash
# The whole test suite, as README.md gives it and .ci/run calls it:
#   0. `cargo test -p otp_pg_core`: the unit tests of the pure core (src/core), once, since they
#      need no PostgreSQL;
#   1. `cargo pgrx test` on each PostgreSQL version (the #[pg_test]s);
#   2. the client tests in tests/ (pytest + psycopg) against a real server of each version: SQL
#      functions, roles, concurrency, crashes, failover, dump and upgrade, the reference sender and
#      the client examples in Python, Node.js and Rust (tests/clients/);
#   3. the Debian packages (scripts/package.sh) of PostgreSQL 15, installed, upgraded from the
#      previous release and removed with apt-get in a private mount namespace, and META.json
#      (tests/packages/), once;
#   4. once, with PostgreSQL 15: otp_pg under Patroni through a switchover and a failover (tests/ha,
#      clusters of scripts/ha.sh);
#   5. the demo, README's first command, as a test of the whole path.
#
#   OTP_PG_VERSIONS   space-separated majors to test (default "14 15 16 17 18")
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

bash scripts/setup.sh
VERSIONS=${OTP_PG_VERSIONS:-"14 15 16 17 18"}
WORK=$(mktemp -d /var/tmp/otp_pg-test.XXXXXX)
chmod 755 "$WORK"
chown postgres: "$WORK"
cluster=""
cleanup() {
    if [[ -n $cluster ]]; then bash scripts/cluster.sh stop "$cluster"; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

log() { printf '\033[1;34m[test]\033[0m %s\n' "$*"; }

passed=0 failed=0 status=0
declare -A report

count() { # adds up "N passed" / "N failed" from a runner's summary lines in file $1 into $counted
    local p f
    p=$(grep -oE '[0-9]+ passed' "$1" | awk '{s += $1} END {print s + 0}' || true)
    f=$(grep -oE '[0-9]+ failed' "$1" | awk '{s += $1} END {print s + 0}' || true)
    passed=$((passed + p)) failed=$((failed + f))
    counted="$p passed, $f failed"
}

# Runs a cargo test command ("$@") with its full output in file $out; the terminal shows each
# test's result. Fails the run unless every test result is ok.
cargo_tests() {
    "$@" >"$out" 2>&1 || status=1
    grep -E '^test |test result:|panicked at' "$out" || true
    if ! grep -q 'test result: ok' "$out" || grep -q 'test result: FAILED' "$out"; then
        status=1
        tail -n 200 "$out"
    fi
    count "$out"
}

log "the pure core: cargo test -p otp_pg_core"
out="$WORK/core.log"
cargo_tests cargo test -p otp_pg_core
core="$counted"

for major in $VERSIONS; do
    log "PostgreSQL $major: cargo pgrx test"
    out="$WORK/pgrx-$major.log"
    cargo_tests cargo pgrx test "pg$major" --runas postgres --pgdata "$WORK"
    report[$major]="pgrx: $counted"
done

for major in $VERSIONS; do
    log "PostgreSQL $major: client tests"
    # pgrx test installs a build with the test schema in it; install the real one.
    cargo pgrx install --pg-config "$(bash scripts/cluster.sh bindir "$major")/pg_config" >"$WORK/install-$major.log" 2>&1 ||
        { cat "$WORK/install-$major.log"; status=1; continue; }
    port=$(free_port)
    cluster="$WORK/cluster-$major"
    # Preloaded so that the purge worker runs; its interval starts at 0 and one test turns it on.
    OTP_PG_SERVER_CONF=$'shared_preload_libraries = \'otp_pg\'\notp_pg.purge_interval = 0' \
        bash scripts/cluster.sh start "$major" "$cluster" "$port"
    out="$WORK/pytest-$major.log"
    OTP_PG_DSN="host=127.0.0.1 port=$port user=postgres dbname=postgres" OTP_PG_BIN=$(bash scripts/cluster.sh bindir "$major") \
        "$OTP_PG_HOME/venv/bin/python" -m pytest -q -p no:cacheprovider tests/ 2>&1 | tee "$out" || status=1
    bash scripts/cluster.sh stop "$cluster"
    cluster=""
    count "$out"
    report[$major]+="; client: $counted"
done

log "the packages: tests/packages"
out="$WORK/packages.log"
# --confcutdir: without tests/conftest.py, whose fixtures want the server of a version.
"$OTP_PG_HOME/venv/bin/python" -m pytest -q -p no:cacheprovider --durations=3 --confcutdir=tests/packages tests/packages 2>&1 |
    tee "$out" || status=1
count "$out"
packages="$counted"

ha=""
if [[ " $VERSIONS " == *" 15 "* ]]; then
    # PostgreSQL 15's client tests above left their build of otp_pg installed there.
    log "PostgreSQL 15 under Patroni: tests/ha"
    out="$WORK/pytest-ha.log"
    "$OTP_PG_HOME/venv/bin/python" -m pytest -q -p no:cacheprovider tests/ha 2>&1 | tee "$out" || status=1
    count "$out"
    ha="$counted"
fi

log "the demo (scripts/demo.sh)"
if bash scripts/demo.sh >"$WORK/demo.log" 2>&1; then
    demo="passed" passed=$((passed + 1))
else
    demo="FAILED" failed=$((failed + 1)) status=1
    tail -n 60 "$WORK/demo.log"
fi

log "summary"
echo "core: $core"
for major in $VERSIONS; do echo "PostgreSQL $major: ${report[$major]}"; done
echo "packages: $packages"
[[ -z $ha ]] || echo "Patroni (PostgreSQL 15): $ha"
echo "demo: $demo"
echo "total: $passed passed, $failed failed"
exit $status
