"""Servers of their own for the tests that crash, stop, replicate or promote a server, which the
shared OTP_PG_DSN server must never go through.

They run the binaries of the version under test (OTP_PG_BIN), as the `postgres` OS user when the
tests run as root (PostgreSQL refuses root), in a temporary directory that is removed afterwards:

    with ServerGroup() as group:
        primary = group.create("primary", {"fsync": "on"})
        primary.start()

Ports are free ones on 127.0.0.1 (OTP_PG_TEST_PORTS="LOW-HIGH" keeps them in a range, for
developers sharing a machine). No Unix socket is made: every client comes over TCP.
"""

import os
import shutil
import signal
import subprocess
import tempfile

import psycopg
import pytest

from helpers import free_port, poll_until, read_log

SERVER_USER = "postgres"


def bindir() -> str:
    path = os.environ.get("OTP_PG_BIN")
    if not path:
        pytest.fail("OTP_PG_BIN is not set: run the tests through scripts/test.sh")
    return path


def as_server_user(argv: list) -> list:
    if os.geteuid() == 0:
        return [shutil.which("runuser") or "/usr/sbin/runuser", "-u", SERVER_USER, "--", *argv]
    return argv


def tool_environment() -> dict:
    """The environment for the version's programs and the servers they start. Where the version's
    lib directory has its own libpq, it comes first: the walreceiver module of the builds under
    /opt/otp_pg/pg has a RUNPATH from where they were built and would load the system's older
    libpq, which rejects the connection options (sslcertmode, ...) that this version's
    pg_basebackup -R writes into primary_conninfo."""
    environment = dict(os.environ)
    libdir = os.path.realpath(os.path.join(bindir(), "..", "lib"))
    if os.path.exists(os.path.join(libdir, "libpq.so.5")):
        environment["LD_LIBRARY_PATH"] = ":".join(filter(None, [libdir, environment.get("LD_LIBRARY_PATH")]))
    return environment


def run_tool(tool: str, *arguments: str) -> str:
    """Runs one of the version's programs as the server user; fails the test with its output."""
    argv = as_server_user([os.path.join(bindir(), tool), *arguments])
    done = subprocess.run(argv, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
                          env=tool_environment())
    if done.returncode != 0:
        raise AssertionError(f"{tool} {' '.join(arguments)} exited with {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def _process_state(pid: int):
    """The state letter of a process (R, S, Z, ...) and its parent's pid, or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return fields[0], int(fields[1])


def _children_of(parent: int) -> list:
    # The kernel's list is read at once; scanning /proc takes milliseconds, in which the children
    # of a frozen postmaster go on working (a standby goes on receiving WAL).
    try:
        with open(f"/proc/{parent}/task/{parent}/children") as listed:
            return [int(pid) for pid in listed.read().split()]
    except FileNotFoundError:  # a kernel built without CONFIG_PROC_CHILDREN
        pass
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            state = _process_state(int(entry))
            if state and state[1] == parent:
                children.append(int(entry))
    return children


def _dead(pid: int) -> bool:
    # A killed process whose parent is gone waits as a zombie until init reaps it; it does
    # nothing any more.
    state = _process_state(pid)
    return state is None or state[0] in ("Z", "X")


def kill_at_once(postmaster: int, others=()) -> int:
    """Kills with SIGKILL the postmaster, every process of its server and the processes `others`
    (a Patroni that watches the server), as a machine that loses power would stop them: nothing
    gets to shut down, flush or clean up. All are frozen first so that none starts a new process
    meanwhile. Returns how many processes were killed."""
    frozen = [*others, postmaster]
    for pid in frozen:
        os.kill(pid, signal.SIGSTOP)
    victims = _children_of(postmaster) + frozen
    for pid in victims:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    poll_until(lambda: all(_dead(pid) for pid in victims), 60, "the killed processes to die")
    return len(victims)


class Server:
    def __init__(self, root: str, name: str):
        self.name = name
        self.datadir = os.path.join(root, name)
        self.logfile = os.path.join(root, f"{name}.log")
        self.port = free_port()

    @property
    def dsn(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres connect_timeout=10"

    def connect(self, **kwargs) -> psycopg.Connection:
        kwargs.setdefault("autocommit", True)
        return psycopg.connect(self.dsn, **kwargs)

    def initdb(self, settings: dict):
        run_tool("initdb", "-D", self.datadir, "-U", "postgres", "--auth=trust", "--no-sync",
                 "-E", "UTF8", "--locale=C.UTF-8")
        self.configure(settings)

    def configure(self, settings: dict):
        with open(os.path.join(self.datadir, "postgresql.conf"), "a") as conf:
            for name, value in settings.items():
                conf.write(f"{name} = '{value}'\n")

    def start(self):
        # Port and addresses on the command line, not in postgresql.conf, which a base backup copies.
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
        run_tool("pg_ctl", "-D", self.datadir, "-l", self.logfile, "-w", "-t", "120", "-o", options, "start")

    def stop(self, mode: str = "fast"):
        run_tool("pg_ctl", "-D", self.datadir, "-m", mode, "-w", "-t", "120", "stop")

    def promote(self):
        run_tool("pg_ctl", "-D", self.datadir, "-w", "-t", "120", "promote")

    def postmaster_pid(self):
        try:
            with open(os.path.join(self.datadir, "postmaster.pid")) as pidfile:
                return int(pidfile.readline())
        except (FileNotFoundError, ValueError):
            return None

    def running(self) -> bool:
        pid = self.postmaster_pid()
        return pid is not None and not _dead(pid)

    def crash(self) -> int:
        """Kills the postmaster and every process of the server at once (see kill_at_once).
        Returns how many processes were killed."""
        postmaster = self.postmaster_pid()
        assert postmaster and not _dead(postmaster), f"{self.name} is not running"
        killed = kill_at_once(postmaster)
        # After a reboot the pid in postmaster.pid names no process and the server overwrites
        # the file. Here the dead postmaster may linger as a zombie for a moment, which the
        # server would take for a live one, so the stale file goes now.
        os.remove(os.path.join(self.datadir, "postmaster.pid"))
        return killed

    def log(self) -> str:
        return read_log(self.logfile)

    def create_extension(self):
        with self.connect() as conn:
            conn.execute("CREATE EXTENSION otp_pg")

    def wait_for_replay(self, primary: "Server"):
        """Waits until this standby has replayed everything `primary` has written so far."""
        with primary.connect() as conn:
            written = conn.execute("SELECT pg_current_wal_lsn()").fetchone()[0]
        with self.connect() as conn:
            assert conn.execute("SELECT pg_is_in_recovery()").fetchone()[0] is True
            poll_until(lambda: conn.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (written,)).fetchone()[0],
                       120, "the standby to replay the primary's writes")


class ServerGroup:
    """Owns a temporary directory and the servers made in it; closing it stops them all
    (whatever state they were left in) and removes the directory."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="otp_pg-servers-")
        if os.geteuid() == 0:
            shutil.chown(self.root, SERVER_USER, SERVER_USER)
        self.servers = []

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def create(self, name: str, settings: dict = None) -> Server:
        server = Server(self.root, name)
        self.servers.append(server)
        server.initdb(settings or {})
        return server

    def replica_of(self, primary: Server, name: str) -> Server:
        """A streaming replica made with pg_basebackup -R (standby.signal and primary_conninfo)."""
        server = Server(self.root, name)
        self.servers.append(server)
        run_tool("pg_basebackup", "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres",
                 "-D", server.datadir, "-R", "-X", "stream", "-c", "fast", "--no-sync")
        return server

    def close(self):
        for server in self.servers:
            if server.running():
                try:
                    server.stop("immediate")
                except AssertionError:
                    server.crash()
        shutil.rmtree(self.root, ignore_errors=True)
