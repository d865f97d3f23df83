"""Small helpers shared by the client tests."""

import contextlib
import os
import socket
import subprocess
import threading
import time
import uuid

import psycopg
import pytest
from psycopg.rows import dict_row

_mailbox: dict = {}
_links: dict = {}

# What docs/security.md's "Roles and privileges" hands the application and the sender.
APP_GRANTS = """
    GRANT EXECUTE ON FUNCTION otp_initiate(text, text, jsonb, text, inet, jsonb, boolean, text),
                              otp_verify(uuid, text, inet, jsonb),
                              otp_resend(uuid, inet),
                              otp_check_link(text),
                              otp_verify_link(text, text, inet, jsonb),
                              otp_totp_enroll(text, text, text, integer, integer, text),
                              otp_totp_confirm(text, text),
                              otp_totp_check(text, text, integer),
                              otp_totp_disable(text),
                              otp_recovery_codes_generate(text, integer),
                              otp_recovery_code_use(text, text),
                              otp_recovery_codes_remaining(text),
                              otp_factor_status(text),
                              otp_totp_token(text, text, text, text),
                              otp_recovery_token(text, text, text, text),
                              otp_token_verify(text),
                              otp_jwks(),
                              otp_device_remember(text, text, text),
                              otp_device_check(text, text),
                              otp_devices(text),
                              otp_device_revoke(text, uuid),
                              otp_devices_revoke(text) TO {role}
"""
SENDER_GRANTS = """
    GRANT EXECUTE ON FUNCTION otp_claim_deliveries(integer, integer),
                              otp_ack_delivery(bigint),
                              otp_ack_deliveries(bigint[]),
                              otp_fail_delivery(bigint, text),
                              otp_release_delivery(bigint) TO {role}
"""


def closed_afterwards(open_one):
    """For a fixture (`yield from closed_afterwards(...)`): yields a function that opens connections
    with `open_one` and closes every one it opened when the test ends."""
    opened = []

    def open_connection(*args, **kwargs):
        connection = open_one(*args, **kwargs)
        opened.append(connection)
        return connection

    yield open_connection
    for connection in opened:
        connection.close()


@contextlib.contextmanager
def login_role(conn, tag, grants=""):
    """A new login role named after `tag` that holds `grants` (SQL with `{role}` for its name) and
    nothing else; it goes, with whatever it created, when the block ends."""
    role = unique_name(tag).replace("-", "_")
    conn.execute(f"CREATE ROLE {role} LOGIN")
    try:
        if grants:
            conn.execute(grants.format(role=role))
        yield role
    finally:
        conn.execute(f"DROP OWNED BY {role}")
        conn.execute(f"DROP ROLE {role}")


def connection_as(conn, connect, tag, grants):
    """A connection (autocommit) as a new role that holds `grants` and nothing else; the role goes
    when the test ends. For a fixture: `yield from connection_as(...)`."""
    with login_role(conn, tag, grants) as role:
        connection = connect(user=role)
        yield connection
        connection.close()


@contextlib.contextmanager
def public_schema_closed(conn):
    """No role may create objects in public while this lasts. A token policy's role must not be
    able to (otp_pg refuses it), and PostgreSQL 14 lets every role create in public; it is opened
    again afterwards where it was open."""
    opened = conn.execute("SELECT has_schema_privilege('public', 'public', 'CREATE')").fetchone()[0]
    if opened:
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        yield
    finally:
        if opened:
            conn.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")


def token_role(conn, tag):
    """A new role fit to be a token policy's role, with public closed to it; the role and the token
    policies naming it go when the test ends. For a fixture: `yield from token_role(conn, tag)`."""
    role = unique_name(tag).replace("-", "_")
    conn.execute(f"CREATE ROLE {role} NOLOGIN")
    with public_schema_closed(conn):
        yield role
    conn.execute("DELETE FROM otp_private.token_policy WHERE role = %s", (role,))
    conn.execute(f"DROP ROLE {role}")


def run_tool(tool, *arguments):
    """Runs a client program (pg_dump, pg_restore) of the server under test; fails on an error."""
    bindir = os.environ.get("OTP_PG_BIN")
    if not bindir:
        pytest.fail("OTP_PG_BIN is not set: run the tests through scripts/test.sh")
    return subprocess.run([os.path.join(bindir, tool), *arguments], check=True, capture_output=True, text=True)


def unique_email(tag: str = "user") -> str:
    return f"{tag}-{uuid.uuid4().hex[:12]}@example.com"


def unique_name(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}"


def initiate(conn, identifier, channel="email", payload="{}", policy="default", client_addr=None) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT * FROM otp_initiate(%s, %s, %s::jsonb, %s, %s::inet)",
            (identifier, channel, payload, policy, client_addr),
        ).fetchone()


def verify(conn, challenge_id, code, client_addr=None) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT * FROM otp_verify(%s, %s, %s::inet)", (challenge_id, code, client_addr)
        ).fetchone()


def resend(conn, challenge_id, client_addr=None) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM otp_resend(%s, %s::inet)", (challenge_id, client_addr)).fetchone()


def claim(conn, max_count=1000, lease_seconds=30) -> list:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM otp_claim_deliveries(%s, %s)", (max_count, lease_seconds)).fetchall()


def deliver_all(conn) -> list:
    """Acts as a sender: claims everything claimable, keeps the codes, acknowledges them."""
    claimed = claim(conn)
    for request in claimed:
        _mailbox.setdefault(request["challenge_id"], []).append(request["code"])
        if request["link_token"] is not None:
            _links.setdefault(request["challenge_id"], []).append(request["link_token"])
        conn.execute("SELECT otp_ack_delivery(%s)", (request["delivery_id"],))
    return claimed


def waiting_sender(connection):
    """Makes `connection` a sender waiting for a notification (otp_pg notifies only while one
    waits): LISTEN, then claim until a claim finds nothing. Requests of other tests it claimed on
    the way are handed back, and the notifications that gave it are dropped."""
    connection.execute("LISTEN otp_delivery")
    taken = []
    while rows := connection.execute("SELECT delivery_id FROM otp_claim_deliveries(1000)").fetchall():
        taken += [row[0] for row in rows]
    for delivery_id in taken:
        connection.execute("SELECT otp_release_delivery(%s)", (delivery_id,))
    for _ in connection.notifies(timeout=0.1):
        pass
    return connection


def latest_code(conn, challenge_id) -> str:
    """The most recent code sent for a challenge, as the user would read it from the message."""
    deliver_all(conn)
    codes = _mailbox.get(challenge_id)
    assert codes, f"no code was delivered for {challenge_id}"
    return codes[-1]


def latest_link(conn, challenge_id) -> str:
    """The link token of the most recent message sent for a challenge."""
    deliver_all(conn)
    links = _links.get(challenge_id)
    assert links, f"no link was delivered for {challenge_id}"
    return links[-1]


def wrong_code(code: str) -> str:
    return "".join(str((int(c) + 1) % 10) for c in code)


def sqlstate_of(conn, query, params=()) -> tuple:
    try:
        conn.execute(query, params)
    except psycopg.Error as error:
        return error.sqlstate, error.diag.message_primary
    raise AssertionError(f"no error from {query}")


def set_policy(conn, name=None, **settings) -> str:
    name = name or unique_name("policy")
    arguments = ", ".join(f"{key} => %({key})s" for key in settings)
    conn.execute(f"SELECT otp_set_policy(%(name)s{', ' if arguments else ''}{arguments})", {"name": name, **settings})
    return name


def _port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


_handed_out: set = set()


def free_port() -> int:
    """A port nothing listens on, never the same twice in one test run."""
    bounds = os.environ.get("OTP_PG_TEST_PORTS")
    if bounds:
        low, high = (int(part) for part in bounds.split("-"))
        for port in range(low, high + 1):
            if port not in _handed_out and _port_is_free(port):
                _handed_out.add(port)
                return port
        raise AssertionError(f"no free port in OTP_PG_TEST_PORTS={bounds}")
    while True:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port not in _handed_out:
            _handed_out.add(port)
            return port


def read_log(path) -> str:
    """A server's or pooler's log as it is now; empty before it exists."""
    try:
        with open(path, errors="replace") as log:
            return log.read()
    except FileNotFoundError:
        return ""


def poll_until(condition, timeout: float, what: str, interval: float = 0.05):
    """Calls condition() until it returns something true, which is returned; fails after
    `timeout` seconds (a generous bound for waiting, not a measurement)."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def run_together(connect, count, work):
    """Runs work(connection) on `count` connections released at the same moment."""
    connections = [connect() for _ in range(count)]
    barrier = threading.Barrier(count)
    results = [None] * count
    errors = []

    def worker(index):
        try:
            barrier.wait(timeout=30)
            results[index] = work(connections[index])
        except Exception as error:  # reported below, with the others
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results
