#!/usr/bin/env bash
# otp_pg under Patroni on loopback: one etcd and two PostgreSQL 15 members, a primary and a
# synchronous standby, with otp_pg preloaded (the purge worker runs on the primary) and created.
# There is no systemd here: the daemons are started as the `postgres` user (PostgreSQL refuses
# root) from DIR, which holds everything of the cluster.
#
#   scripts/ha.sh start [DIR]          start a cluster in DIR (default: a new /var/tmp/otp_pg-ha.XXXXXX),
#                                      wait until it has a leader and a (synchronous) standby, create
#                                      otp_pg; prints DIR. DIR/cluster.env has the ports and the
#                                      multi-host connection string
#   scripts/ha.sh status DIR           patronictl list
#   scripts/ha.sh stop DIR             stop every process started from DIR (whatever state a test left
#                                      it in), then remove DIR
#   scripts/ha.sh measure-async [RUNS] what a failover under load loses with asynchronous replication
#                                      (tests/ha/test_async_loss.py): RUNS runs (default 3) of each
#                                      case, a synchronous one the control; about 8 minutes
#
#   OTP_PG_HA_BIN    bin directory of the PostgreSQL 15 to run, with otp_pg installed
#                    (default /usr/lib/postgresql/15/bin)
#   OTP_PG_HA_SYNC   synchronous_mode of the cluster: on (default) or off
#   OTP_PG_HA_LINK_DELAY_MS  latency added to the replication connections, each way (default 0):
#                    each member is reached by the others through scripts/ha_link.py, as a standby
#                    on another host would be; clients still connect directly
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

BIN=${OTP_PG_HA_BIN:-/usr/lib/postgresql/15/bin}
SYNC=${OTP_PG_HA_SYNC:-on}
LINK_DELAY_MS=${OTP_PG_HA_LINK_DELAY_MS:-0}

# A relocatable build's walreceiver would otherwise find the system's libpq, not its own.
if [[ -e $BIN/../lib/libpq.so.5 ]]; then
    export LD_LIBRARY_PATH=$(realpath "$BIN/../lib")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
fi

as_postgres=()
if [[ $(id -u) == 0 ]]; then
    # setpriv execs (runuser forks), so that $! is the daemon's own pid.
    as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi

# Starts a daemon from directory $2 in a session of its own, output to $3, as the `postgres` user
# when $1 is "postgres" (else as the caller, who can read this checkout wherever it is); its pid
# goes to $3.pid.
daemon() {
    local user=() dir=$2 log=$3
    [[ $1 == postgres ]] && user=("${as_postgres[@]}")
    shift 3
    (cd "$dir" && exec setsid "${user[@]}" env HOME="$dir" LC_ALL=C.UTF-8 "$@" >"$log" 2>&1 </dev/null) &
    echo $! >"$log.pid"
}

# The pids of the processes whose working directory is in one of the directories given: the
# daemons started there, and the servers, whose postmaster and children work in their data
# directory. This finds them all even after a test killed a member's Patroni and left its server,
# or the other way round.
processes_in() {
    local proc cwd dir
    for proc in /proc/[0-9]*; do
        cwd=$(readlink "$proc/cwd" 2>/dev/null) || continue
        for dir in "$@"; do
            if [[ $cwd == "$dir" || $cwd == "$dir"/* ]]; then
                echo "${proc#/proc/}"
            fi
        done
    done
}

# Waits up to $1 seconds for "$2 ..." to succeed.
wait_for() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.5
    done
}

# True when the cluster has a running leader and a running standby (the synchronous one in
# synchronous mode) that streams from it. Prints the leader's PostgreSQL port.
healthy() {
    python3 - "$REST_PORT1" "$SYNC" <<'EOF'
import json, sys, urllib.request
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/cluster", timeout=2) as answer:
        members = json.load(answer)["members"]
except (OSError, ValueError):
    sys.exit(1)
standby = "sync_standby" if sys.argv[2] == "on" else "replica"
roles = sorted((m["role"], m["state"]) for m in members)
if roles != sorted([("leader", "running"), (standby, "running")]):
    sys.exit(1)
print(next(m["port"] for m in members if m["role"] == "leader"))
EOF
}

streaming() {  # the leader on port $1 has its standby streaming (synchronously in synchronous mode)
    local want="state = 'streaming'"
    [[ $SYNC == on ]] && want+=" AND sync_state = 'sync'"
    [[ $("$BIN/psql" -XAtq "host=127.0.0.1 port=$1 user=postgres dbname=postgres" \
        -c "SELECT count(*) FROM pg_stat_replication WHERE $want" 2>/dev/null) == 1 ]]
}

leader_streaming() {
    local port
    port=$(healthy) && streaming "$port"
}

write_member_config() {  # name, PostgreSQL port, REST port, the port the other member reaches it at
    local name=$1 port=$2 rest=$3 reached=$4
    mkdir -p "$DIR/$name"
    cat >"$DIR/$name/patroni.yml" <<EOF
scope: $SCOPE
name: $name
restapi:
  listen: 127.0.0.1:$rest
  connect_address: 127.0.0.1:$rest
etcd3:
  hosts: 127.0.0.1:$ETCD_PORT
bootstrap:
  dcs:
    # A dead leader's key expires after ttl; Patroni wants loop_wait + 2 * retry_timeout <= ttl.
    ttl: 15
    loop_wait: 2
    retry_timeout: 5
    synchronous_mode: $([[ $SYNC == on ]] && echo true || echo false)
    postgresql:
      parameters:
        shared_preload_libraries: otp_pg
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
postgresql:
  listen: 127.0.0.1:$port
  connect_address: 127.0.0.1:$reached
  data_dir: $DIR/$name/data
  bin_dir: $BIN
  pgpass: $DIR/$name/pgpass
  authentication:
    superuser:
      username: postgres
    replication:
      username: replicator
  pg_hba:
    - host all all 127.0.0.1/32 trust
    - host replication replicator 127.0.0.1/32 trust
  parameters:
    unix_socket_directories: $DIR/$name
EOF
}

start() {
    DIR=${1:-$(mktemp -d /var/tmp/otp_pg-ha.XXXXXX)}
    mkdir -p "$DIR"
    DIR=$(realpath "$DIR")
    [[ -z $(ls -A "$DIR") ]] || { echo "$DIR is not empty" >&2; exit 1; }
    [[ -x $BIN/postgres ]] || { echo "no PostgreSQL in $BIN (OTP_PG_HA_BIN)" >&2; exit 1; }
    for tool in patroni etcd; do
        command -v $tool >/dev/null || { echo "$tool is not installed: bash scripts/setup.sh" >&2; exit 1; }
    done
    if [[ ! -e $("$BIN/pg_config" --pkglibdir)/otp_pg.so ]]; then
        echo "otp_pg is not installed in $BIN: cargo pgrx install --release --pg-config $BIN/pg_config" >&2
        exit 1
    fi
    # Distinct free ports, held together while they are picked.
    read -r ETCD_PORT ETCD_PEER_PORT PG_PORT1 PG_PORT2 REST_PORT1 REST_PORT2 LINK_PORT1 LINK_PORT2 < <(python3 -c '
import socket
held = [socket.socket() for _ in range(8)]
for s in held:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in held))')
    if [[ $LINK_DELAY_MS == 0 ]]; then
        LINK_PORT1=$PG_PORT1 LINK_PORT2=$PG_PORT2
    fi
    # Each cluster has an etcd of its own, so every cluster can have the same name.
    SCOPE=otp_pg
    DSN="host=127.0.0.1,127.0.0.1 port=$PG_PORT1,$PG_PORT2 user=postgres dbname=postgres target_session_attrs=read-write"
    cat >"$DIR/cluster.env" <<EOF
SCOPE=$SCOPE
SYNC=$SYNC
LINK_DELAY_MS=$LINK_DELAY_MS
BIN=$BIN
ETCD_PORT=$ETCD_PORT
PG_PORT1=$PG_PORT1
PG_PORT2=$PG_PORT2
REST_PORT1=$REST_PORT1
REST_PORT2=$REST_PORT2
DSN='$DSN'
EOF
    write_member_config member1 "$PG_PORT1" "$REST_PORT1" "$LINK_PORT1"
    write_member_config member2 "$PG_PORT2" "$REST_PORT2" "$LINK_PORT2"
    mkdir -p "$DIR/etcd"
    [[ $(id -u) == 0 ]] && chown -R postgres: "$DIR" && chmod 700 "$DIR"
    trap 'stop "$DIR"' EXIT  # a start that fails leaves nothing running

    daemon postgres "$DIR/etcd" "$DIR/etcd/etcd.log" etcd --name etcd --data-dir "$DIR/etcd/data" \
        --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
        --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
        --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
        --initial-cluster "etcd=http://127.0.0.1:$ETCD_PEER_PORT" --initial-cluster-token "$SCOPE"
    if ! wait_for 30 python3 -c "import socket; socket.create_connection(('127.0.0.1', $ETCD_PORT), 1)" 2>/dev/null; then
        cat "$DIR/etcd/etcd.log" >&2
        echo "etcd did not start" >&2
        exit 1
    fi
    if [[ $LINK_DELAY_MS != 0 ]]; then
        daemon caller "$DIR/member1" "$DIR/member1/link.log" \
            python3 "$PWD/scripts/ha_link.py" "$LINK_PORT1" "$PG_PORT1" "$LINK_DELAY_MS"
        daemon caller "$DIR/member2" "$DIR/member2/link.log" \
            python3 "$PWD/scripts/ha_link.py" "$LINK_PORT2" "$PG_PORT2" "$LINK_DELAY_MS"
    fi
    for name in member1 member2; do
        daemon postgres "$DIR/$name" "$DIR/$name/patroni.log" patroni "$DIR/$name/patroni.yml"
    done
    if ! wait_for 120 leader_streaming; then
        tail -n 30 "$DIR"/member*/patroni.log >&2
        echo "the cluster in $DIR did not come up with a leader and a standby within 120 s" >&2
        exit 1
    fi
    "$BIN/psql" -XAtq "$DSN" -c 'CREATE EXTENSION IF NOT EXISTS otp_pg' >/dev/null
    trap - EXIT
    echo "$DIR"
}

# Sends SIGTERM to the pids in the files "$2..." (a test may have stopped one) and waits until no process works in the
# directories "$1" (space-separated); what is left after a minute is killed.
terminate() {
    local dirs=$1 pids
    shift
    cat "$@" 2>/dev/null | xargs -r kill -TERM 2>/dev/null || true
    cat "$@" 2>/dev/null | xargs -r kill -CONT 2>/dev/null || true  # a stopped one acts on it now
    gone() { [[ -z $(processes_in $dirs) ]]; }
    wait_for 60 gone && return 0
    pids=$(processes_in $dirs)
    [[ -z $pids ]] || kill -KILL $pids 2>/dev/null || true
    wait_for 30 gone || { echo "processes left in $dirs: $(processes_in $dirs | xargs)" >&2; exit 1; }
}

stop() {
    local dir
    dir=$(realpath "$1")
    [[ -f $dir/cluster.env ]] || { echo "$dir is not a cluster of scripts/ha.sh" >&2; exit 1; }
    # Both Patronis first, while etcd still answers them: each shuts its server down (fast). Then etcd.
    terminate "$dir/member1 $dir/member2" "$dir"/member*/*.pid
    terminate "$dir" "$dir/etcd/etcd.log.pid"
    rm -rf "$dir"
}

status() {
    local dir
    dir=$(realpath "$1")
    patronictl -c "$dir/member1/patroni.yml" list
}

measure_async() {
    bash scripts/setup.sh
    install_release "$BIN/pg_config"
    OTP_PG_HA_MEASURE_RUNS=${1:-3} "$OTP_PG_HOME/venv/bin/python" -m pytest -q -s -p no:cacheprovider \
        tests/ha/test_async_loss.py
}

case ${1:-} in
    start) start "${2:-}" ;;
    stop) stop "$2" ;;
    status) status "$2" ;;
    measure-async) measure_async "${2:-}" ;;
    *)
        echo "usage: $0 start [DIR] | status DIR | stop DIR | measure-async [RUNS]" >&2
        exit 2
        ;;
esac
