"""A cluster of scripts/ha.sh as the tests drive it: its members and their roles, a switchover,
and the death of a member's machine.

    with PatroniCluster(sync=True) as cluster:
        leader = cluster.wait_until_healthy()
        cluster.switchover(leader, cluster.other(leader))

The PostgreSQL 15 it runs is OTP_PG_HA_BIN (scripts/ha.sh's default when unset), with otp_pg
installed there.
"""

import json
import os
import shlex
import signal
import subprocess
import urllib.request

import psycopg

from clusters import kill_at_once
from helpers import poll_until

SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "scripts", "ha.sh")
PURGE_WORKERS = "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'otp_pg purge'"


class Member:
    def __init__(self, directory: str, name: str, port: int, rest_port: int):
        self.directory = os.path.join(directory, name)
        self.name = name
        self.port = port
        self.rest_port = rest_port

    def dsn(self, user: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={user} dbname=postgres connect_timeout=5"

    def connect(self, **kwargs) -> psycopg.Connection:
        kwargs.setdefault("autocommit", True)
        return psycopg.connect(self.dsn(), **kwargs)

    def pid(self, daemon: str) -> int:
        """The pid of the member's Patroni ("patroni") or of the link to it ("link")."""
        with open(os.path.join(self.directory, f"{daemon}.log.pid")) as pidfile:
            return int(pidfile.read())

    def kill(self, with_link: bool = False) -> int:
        """The member's machine dies: its Patroni and its server with every process of it are
        killed at once, and the link to it too if `with_link` (what is on its way is lost).
        Returns how many processes were killed."""
        with open(os.path.join(self.directory, "data", "postmaster.pid")) as pidfile:
            postmaster = int(pidfile.readline())
        return kill_at_once(postmaster, [self.pid("patroni")] + ([self.pid("link")] if with_link else []))

    def log(self) -> str:
        with open(os.path.join(self.directory, "patroni.log"), errors="replace") as log:
            return log.read()


class PatroniCluster:
    """Starts a cluster with scripts/ha.sh (synchronous_mode as `sync`, replication through links
    of `link_delay_ms` latency); closing it stops every process of it, whatever state it was left
    in, and removes its directory."""

    def __init__(self, sync: bool = True, link_delay_ms: float = 0):
        environment = dict(os.environ, OTP_PG_HA_SYNC="on" if sync else "off",
                           OTP_PG_HA_LINK_DELAY_MS=str(link_delay_ms))
        started = subprocess.run(["bash", SCRIPT, "start"], env=environment, capture_output=True, text=True,
                                 timeout=300, stdin=subprocess.DEVNULL)
        if started.returncode != 0:
            raise AssertionError(f"scripts/ha.sh start exited with {started.returncode}:\n{started.stdout}{started.stderr}")
        self.directory = started.stdout.strip().splitlines()[-1]
        with open(os.path.join(self.directory, "cluster.env")) as env:
            settings = dict(line.rstrip("\n").split("=", 1) for line in env if "=" in line)
        self.sync = sync
        self.dsn = shlex.split(settings["DSN"])[0]
        self.members = [Member(self.directory, name, int(settings[f"PG_PORT{n}"]), int(settings[f"REST_PORT{n}"]))
                        for n, name in ((1, "member1"), (2, "member2"))]
        self.dead, self.cut = set(), set()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        subprocess.run(["bash", SCRIPT, "stop", self.directory], check=True, timeout=300, stdin=subprocess.DEVNULL)

    def connect(self, user: str = "postgres", **kwargs) -> psycopg.Connection:
        """A connection to whichever member is the primary, as an application makes it: the
        multi-host string with target_session_attrs=read-write."""
        kwargs.setdefault("autocommit", True)
        return psycopg.connect(f"{self.dsn} user={user} connect_timeout=5", **kwargs)

    def other(self, member: Member) -> Member:
        return next(m for m in self.members if m is not member)

    def member_at(self, port: int) -> Member:
        return next(m for m in self.members if m.port == port)

    def roles(self) -> dict:
        """Member name -> (role, state) as Patroni publishes them, asked of a live member's REST API."""
        for member in self.members:
            if member.name in self.dead:
                continue
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{member.rest_port}/cluster", timeout=2) as answer:
                    return {m["name"]: (m["role"], m["state"]) for m in json.load(answer)["members"]}
            except OSError:
                continue
        return {}

    def writable_primary(self):
        """The member the multi-host string reaches for writing, or None while there is none."""
        try:
            with self.connect() as conn:
                return self.member_at(conn.execute("SELECT inet_server_port()").fetchone()[0])
        except psycopg.OperationalError:
            return None

    def wait_until_healthy(self, timeout: float = 120) -> Member:
        """Waits for a running leader whose standby streams from it (synchronously in synchronous
        mode: Patroni names it the sync standby); returns the leader."""
        standby = "sync_standby" if self.sync else "replica"

        def leader():
            roles = self.roles()
            if sorted(roles.values()) != sorted([("leader", "running"), (standby, "running")]):
                return None
            member = next(m for m in self.members if roles[m.name][0] == "leader")
            want = "state = 'streaming'" + (" AND sync_state = 'sync'" if self.sync else "")
            try:
                with member.connect() as conn:
                    streaming = conn.execute(f"SELECT count(*) FROM pg_stat_replication WHERE {want}").fetchone()[0]
            except psycopg.OperationalError:
                return None
            return member if streaming == 1 else None

        return poll_until(leader, timeout, "a leader with a streaming standby", interval=0.2)

    def switchover(self, leader: Member, candidate: Member):
        done = subprocess.run(["patronictl", "-c", os.path.join(leader.directory, "patroni.yml"), "switchover",
                               "--leader", leader.name, "--candidate", candidate.name, "--force"],
                              capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, f"patronictl switchover failed:\n{done.stdout}{done.stderr}"

    def cut_link(self, member: Member):
        """The network to the member fails: the link the other member replicates through is
        frozen (only with link_delay_ms), and nothing more goes either way."""
        os.kill(member.pid("link"), signal.SIGSTOP)
        self.cut.add(member.name)

    def kill(self, member: Member) -> int:
        """Kills the member's machine (Member.kill), and a link that was cut with it."""
        self.dead.add(member.name)
        return member.kill(with_link=member.name in self.cut)

    def purge_workers(self, member: Member) -> int:
        with member.connect() as conn:
            return conn.execute(PURGE_WORKERS).fetchone()[0]
