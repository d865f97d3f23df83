#!/usr/bin/env bash
# The main job: set up, build and install otp_pg, start a throwaway PostgreSQL with it, a real SMTP
# server on loopback, a stand-in SMS gateway and the reference sender, and walk through e-mail and
# SMS logins with signed tokens, an authenticator-app enrolment, a step-up and a remembered device
# (scripts/demo.py). Exits 0 only if every step did
# what it should; cleans up after itself.
#
#   OTP_PG_DEMO_DSN       use this server instead (libpq connection string; otp_pg must be installed
#                         there): the demo runs in a database of its own, dropped at the end
#   OTP_PG_DEMO_VERSION   PostgreSQL major of the throwaway server (default 17)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

step() { printf '\n\033[1;32m==>\033[0m \033[1m%s\033[0m\n' "$*"; }

bash scripts/setup.sh
PYTHON="$OTP_PG_HOME/venv/bin/python"
DATABASE=otp_pg_demo_$$

if [[ -n ${OTP_PG_DEMO_DSN:-} ]]; then
    step "Using the server of OTP_PG_DEMO_DSN, in a new database $DATABASE"
    admin() { "$PYTHON" -c 'import sys, psycopg; psycopg.connect(sys.argv[1], autocommit=True).execute(sys.argv[2])' "$OTP_PG_DEMO_DSN" "$1"; }
    admin "CREATE DATABASE $DATABASE"
    trap 'admin "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)"' EXIT
    DSN="$OTP_PG_DEMO_DSN dbname=$DATABASE"
else
    MAJOR=${OTP_PG_DEMO_VERSION:-17}
    BIN=$(bash scripts/cluster.sh bindir "$MAJOR")
    step "Building otp_pg (release) and installing it into PostgreSQL $MAJOR"
    install_release "$BIN/pg_config"

    DATADIR=$(mktemp -d /var/tmp/otp_pg-demo.XXXXXX)
    trap 'bash scripts/cluster.sh stop "$DATADIR"' EXIT
    PORT=$(free_port)
    step "Starting PostgreSQL $MAJOR on 127.0.0.1:$PORT (data in $DATADIR)"
    # Preloaded, as docs/operations.md recommends: the purge worker, the attempt ledger, the refusal queue.
    OTP_PG_SERVER_CONF="shared_preload_libraries = 'otp_pg'" bash scripts/cluster.sh start "$MAJOR" "$DATADIR" "$PORT"
    DSN="host=127.0.0.1 port=$PORT user=postgres dbname=postgres"
fi

"$PYTHON" scripts/demo.py "$DSN"
