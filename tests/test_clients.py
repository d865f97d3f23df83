"""The login examples under tests/clients/ (Python, Node.js, Rust) run against the server and pass.

Each example is a standalone program that users copy; here it runs as a subprocess with OTP_PG_DSN
set, and must exit 0 after printing its steps in order. Their dependencies (node_modules, the Rust
crates) are installed by scripts/setup.sh, never here.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CLIENTS = Path(__file__).resolve().parent / "clients"
RUST_PROJECT = CLIENTS / "rust"
RUST_TARGET_DIR = RUST_PROJECT / "target"
RUN_TIMEOUT_SECONDS = 120  # each example waits at most 10 s for its code; the rest is slack for slow CI
BUILD_TIMEOUT_SECONDS = 1800  # a first build from scratch takes under a minute on 2 cores

# What the application side of every example prints, in this order; the sender's lines come from
# another thread or task, so they interleave and are checked separately.
APP_LINES = [
    r"app: challenge started for l\*\*\*[0-9a-f]@example\.com",
    r"app: the code arrived in the mailbox",
    r"app: wrong code refused, 4 attempts left",
    r"app: right code accepted, next page /dashboard",
    r"app: the used code no longer works",
]
SENDER_LINE = r"sender: sending a code to login-[0-9a-f]{12}@example\.com"


def need(tool_path, what):
    if tool_path is None or not Path(tool_path).exists():
        pytest.fail(f"{what} is missing: run scripts/setup.sh")
    return str(tool_path)


def run_example(command, dsn, cwd, timeout=RUN_TIMEOUT_SECONDS):
    try:
        result = subprocess.run(
            command, cwd=cwd, env={**os.environ, "OTP_PG_DSN": dsn}, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"{command} still running after {timeout} s; output so far:\n{error.stdout}\n{error.stderr}")
    return result


def assert_login_flow_passed(result):
    output = f"exit code {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, output
    lines = result.stdout.splitlines()
    assert lines and lines[-1] == "login flow OK", output
    app_lines = [line for line in lines if line.startswith("app: ")]
    assert len(app_lines) == len(APP_LINES), output
    for line, pattern in zip(app_lines, APP_LINES):
        assert re.fullmatch(pattern, line), f"{line!r} does not match {pattern!r}\n{output}"
    assert lines[0] == "sender: listening on otp_delivery", output
    assert any(re.fullmatch(SENDER_LINE, line) for line in lines), output


def test_python_example(dsn):
    result = run_example([sys.executable, "login.py"], dsn, CLIENTS / "python")
    assert_login_flow_passed(result)


def test_node_example(dsn):
    node = need(shutil.which("node"), "node")
    need(CLIENTS / "node" / "node_modules" / "pg", "tests/clients/node/node_modules (npm ci)")
    result = run_example([node, "login.js"], dsn, CLIENTS / "node")
    assert_login_flow_passed(result)


def test_rust_example(dsn):
    cargo = need(shutil.which("cargo") or Path.home() / ".cargo" / "bin" / "cargo", "cargo")
    build = subprocess.run(
        [cargo, "build", "--locked", "--manifest-path", str(RUST_PROJECT / "Cargo.toml")],
        env={**os.environ, "CARGO_TARGET_DIR": str(RUST_TARGET_DIR)},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
    )
    assert build.returncode == 0, f"cargo build failed:\n{build.stderr}"
    result = run_example([str(RUST_TARGET_DIR / "debug" / "otp-pg-login-example")], dsn, RUST_PROJECT)
    assert_login_flow_passed(result)
