#!/usr/bin/env bash
# The benchmarks (not part of the test command): a release build of otp_pg in a throwaway
# PostgreSQL with fsync on, measured by scripts/bench/run.py. Prints a table and writes
# target/bench/results.csv. Takes about 10 minutes on 2 cores.
#
#   OTP_PG_BENCH_VERSION   PostgreSQL major (default 17)
#   extra arguments go to run.py (e.g. --seconds 5 --scale-steps 3)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

bash scripts/setup.sh
MAJOR=${OTP_PG_BENCH_VERSION:-17}
BIN=$(bash scripts/cluster.sh bindir "$MAJOR")
DATADIR=$(mktemp -d /var/tmp/otp_pg-bench.XXXXXX)
trap 'bash scripts/cluster.sh stop "$DATADIR"' EXIT

install_release "$BIN/pg_config"
PORT=$(free_port)
OTP_PG_FSYNC=on OTP_PG_SERVER_CONF=$'shared_buffers = \'1GB\'\nmax_wal_size = \'4GB\'\nmax_connections = 100' \
    bash scripts/cluster.sh start "$MAJOR" "$DATADIR" "$PORT"
"$BIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U postgres -c "CREATE EXTENSION otp_pg"

"$OTP_PG_HOME/venv/bin/python" scripts/bench/run.py --port "$PORT" --bin "$BIN" --csv target/bench/results.csv "$@"
