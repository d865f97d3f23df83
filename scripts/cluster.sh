#!/usr/bin/env bash
# Throwaway PostgreSQL clusters for the demo and the client tests, run as the `postgres` user
# (PostgreSQL refuses root).
#
#   scripts/cluster.sh start MAJOR DATADIR PORT   initdb if needed, start, wait until ready
#   scripts/cluster.sh stop DATADIR               fast shutdown, then remove DATADIR
#   scripts/cluster.sh bindir MAJOR               print the bin directory of PostgreSQL MAJOR
#
#   OTP_PG_FSYNC         fsync for start (default off: throwaway clusters need no durability)
#   OTP_PG_SERVER_CONF   lines added to postgresql.conf at initdb, e.g. "shared_preload_libraries = 'otp_pg'"
#                        (settings there, unlike command-line ones, can be changed with ALTER SYSTEM)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"


bindir() {  # setup.sh puts every version there (15 as a link to Debian's)
    echo "$OTP_PG_HOME/pg/$1/bin"
}

as_postgres() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case ${1:-} in
    start)
        major=$2 datadir=$3 port=$4
        bin=$(bindir "$major")
        mkdir -p "$datadir"
        [[ $(id -u) == 0 ]] && chown postgres: "$datadir" && chmod 700 "$datadir"
        if [[ ! -f $datadir/PG_VERSION ]]; then
            as_postgres "$bin/initdb" -D "$datadir" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
            if [[ -n ${OTP_PG_SERVER_CONF:-} ]]; then
                printf '%s\n' "$OTP_PG_SERVER_CONF" >>"$datadir/postgresql.conf"
            fi
        fi
        as_postgres "$bin/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 60 \
            -o "-p $port -k $datadir -c listen_addresses=127.0.0.1 -c fsync=${OTP_PG_FSYNC:-off}" start >/dev/null
        ;;
    stop)
        datadir=$2
        if [[ -f $datadir/postmaster.pid ]]; then
            major=$(cat "$datadir/PG_VERSION")
            as_postgres "$(bindir "$major")/pg_ctl" -D "$datadir" -m fast -w stop >/dev/null || true
        fi
        rm -rf "$datadir"
        ;;
    bindir)
        bindir "$2"
        ;;
    *)
        echo "usage: $0 start MAJOR DATADIR PORT | stop DATADIR | bindir MAJOR" >&2
        exit 2
        ;;
esac
