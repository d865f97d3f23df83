# Sourced by the scripts in this folder: strict mode, and an environment that works when the
# caller's is trimmed (CI, cron): cargo found from its home, sbin tools (runuser) on PATH, USER set
# (pgrx-tests needs it), the working directory at the repository's top.
set -euo pipefail
export HOME=${HOME:-$(getent passwd "$(id -un)" | cut -d: -f6)}
if [[ -d $HOME/.cargo/bin ]]; then
    export PATH="$HOME/.cargo/bin:$PATH"
fi
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
export USER=${USER:-$(id -un)}
export OTP_PG_HOME=${OTP_PG_HOME:-/opt/otp_pg}
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# A free TCP port on loopback.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Builds otp_pg in release mode and installs it into the PostgreSQL of pg_config $1; the build's
# output is shown only when it fails.
install_release() {
    local log
    log=$(mktemp /var/tmp/otp_pg-build.XXXXXX)
    if ! cargo pgrx install --release --pg-config "$1" >"$log" 2>&1; then
        cat "$log"
        rm -f "$log"
        echo "the release build of otp_pg failed" >&2
        return 1
    fi
    rm -f "$log"
}
