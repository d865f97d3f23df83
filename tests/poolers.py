"""A real PgBouncer (Debian's package, 1.18) in front of the test server, for the tests that run
otp_pg and the sender through a connection pooler:

    with PgBouncer(dsn, "transaction", users=["postgres", role]) as bouncer:
        conn = psycopg.connect(bouncer.dsn(role), prepare_threshold=None, autocommit=True)

It runs as the `postgres` OS user when the tests run as root, on a free port on 127.0.0.1, with its
ini, user list and log in a temporary directory that is removed afterwards. Clients are trusted
(the server under test trusts loopback too); a user must be in the list to connect.
"""

import os
import shutil
import subprocess
import tempfile

import psycopg
from psycopg.conninfo import conninfo_to_dict

from clusters import SERVER_USER
from helpers import free_port, poll_until, read_log

PGBOUNCER = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"


class PgBouncer:
    def __init__(self, server_dsn: str, pool_mode: str, users: list, pool_size: int = 2):
        server = conninfo_to_dict(server_dsn)
        self.database = server.get("dbname", "postgres")
        self.port = free_port()
        self.root = tempfile.mkdtemp(prefix="otp_pg-pgbouncer-")
        self.ini = os.path.join(self.root, "pgbouncer.ini")
        self.logfile = os.path.join(self.root, "pgbouncer.log")
        userlist = os.path.join(self.root, "userlist.txt")
        with open(userlist, "w") as out:
            out.writelines(f'"{user}" ""\n' for user in users)
        with open(self.ini, "w") as out:
            out.write(f"""[databases]
{self.database} = host={server.get("host", "127.0.0.1")} port={server.get("port", 5432)} dbname={self.database}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {self.port}
unix_socket_dir =
auth_type = trust
auth_file = {userlist}
pool_mode = {pool_mode}
default_pool_size = {pool_size}
max_client_conn = 200
logfile = {self.logfile}
pidfile = {os.path.join(self.root, "pgbouncer.pid")}
""")
        if os.geteuid() == 0:
            for path in (self.root, userlist, self.ini):
                shutil.chown(path, SERVER_USER, SERVER_USER)
        self.process = None

    def dsn(self, user: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={user} dbname={self.database} connect_timeout=10"

    def start(self):
        # pgbouncer changes to the user itself (-u), so that stop() signals it and not a runuser.
        user = ["-u", SERVER_USER] if os.geteuid() == 0 else []
        self.process = subprocess.Popen([PGBOUNCER, *user, self.ini], stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        poll_until(self._answers, 30, "PgBouncer to accept connections")
        return self

    def _answers(self) -> bool:
        assert self.process.poll() is None, f"pgbouncer exited with {self.process.returncode}:\n{self.log()}"
        try:
            with psycopg.connect(self.dsn(), prepare_threshold=None) as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.OperationalError:
            return False

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def log(self) -> str:
        return read_log(self.logfile)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
