"""otp_pg through a real PgBouncer (1.18) in front of the test server.

In transaction mode the application's functions work from many client connections sharing a few
server connections, with psycopg's `prepare_threshold=None`; without it psycopg prepares a
statement after five executions, on whichever server connection the pooler lent it, and another
client that prepares its own statement on that connection collides with it (shown with one
server connection, where it happens every time). The autocommit guard refuses a transaction block
through the pooler as it does directly; `otp_pg.require_autocommit` set per role reaches the
role's pooled connections, while a `SET` leaks to the next client of the same server connection.
The reference sender finds by its probe that notifications can't reach it through transaction
pooling and polls, and listens through session pooling. docs/pooling.md says what this means for
applications.
"""

import threading
import time

import psycopg
import pyotp
import pytest

from helpers import (APP_GRANTS, SENDER_GRANTS, closed_afterwards, initiate, latest_code, poll_until,
                     public_schema_closed, resend, run_together, set_policy, unique_email, unique_name, verify,
                     wrong_code)
from poolers import PgBouncer
from test_sender import gateway, mailbox, start_sender  # noqa: F401 (fixtures)

CLIENTS = 6
POOL_SIZE = 2


@pytest.fixture(scope="module")
def roles(dsn):
    """The application's and the sender's roles, as docs/security.md grants them, and a copy of
    the application's whose code commits after every failed result (the guard off for it)."""
    names = {kind: unique_name(f"pooled_{kind}").replace("-", "_") for kind in ("app", "sender", "committing")}
    with psycopg.connect(dsn, autocommit=True) as conn:
        for kind, role in names.items():
            conn.execute(f"CREATE ROLE {role} LOGIN")
            conn.execute((SENDER_GRANTS if kind == "sender" else APP_GRANTS).format(role=role))
        conn.execute(f"ALTER ROLE {names['committing']} SET otp_pg.require_autocommit = off")
    yield names
    with psycopg.connect(dsn, autocommit=True) as conn:
        for role in names.values():
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")


@pytest.fixture(scope="module")
def transaction_pool(dsn, roles):
    with PgBouncer(dsn, "transaction", ["postgres", *roles.values()], pool_size=POOL_SIZE) as bouncer:
        yield bouncer


@pytest.fixture(scope="module")
def single_connection_pool(dsn):
    with PgBouncer(dsn, "transaction", ["postgres"], pool_size=1) as bouncer:
        yield bouncer


@pytest.fixture(scope="module")
def session_pool(dsn, roles):
    with PgBouncer(dsn, "session", ["postgres", roles["sender"]], pool_size=POOL_SIZE) as bouncer:
        yield bouncer


@pytest.fixture
def pooled(transaction_pool):
    """Opens client connections through the transaction pooler, as psycopg needs them there."""
    yield from closed_afterwards(
        lambda user: psycopg.connect(transaction_pool.dsn(user), autocommit=True, prepare_threshold=None))


@pytest.fixture
def token_policy(conn):
    """A code policy whose challenges end in a signed token, for a role made for it."""
    role = unique_name("pooled_web").replace("-", "_")
    conn.execute(f"CREATE ROLE {role} NOLOGIN")
    policy = set_policy(conn, resend_cooldown_seconds=0)
    with public_schema_closed(conn):
        conn.execute("SELECT otp_set_token_policy(%s, %s)", (policy, role))
        yield policy
    conn.execute("SELECT otp_remove_token_policy(%s)", (policy,))
    conn.execute(f"DROP ROLE {role}")


def backend_pid(connection) -> int:
    return connection.execute("SELECT pg_backend_pid()").fetchone()[0]


def test_logins_from_many_clients_share_a_few_server_connections(pooled, roles, token_policy):
    server_pids = {"app": set(), "sender": set()}
    # One client at a time acts as the sender, so that the codes its claim hands out for other
    # clients' challenges are kept before they look for them.
    delivering = threading.Lock()

    def login(app):
        sender = pooled(roles["sender"])

        def code_of(challenge_id):
            with delivering:
                server_pids["sender"].add(backend_pid(sender))
                return latest_code(sender, challenge_id)

        address = unique_email("pooled")
        first = initiate(app, address, policy=token_policy)["challenge_id"]
        code = code_of(first)
        assert verify(app, first, wrong_code(code))["status"] == "invalid_code"
        assert verify(app, first, code)["status"] == "success"
        server_pids["app"].add(backend_pid(app))
        second = initiate(app, address, policy=token_policy)["challenge_id"]
        replaced = code_of(second)
        resend(app, second)
        renewed = code_of(second)
        assert verify(app, second, replaced)["status"] == "invalid_code"
        signed_in = verify(app, second, renewed)
        assert signed_in["status"] == "success"
        assert app.execute("SELECT otp_token_verify(%s)", (signed_in["token"],)).fetchone()[0]["sub"] == address
        server_pids["app"].add(backend_pid(app))

    run_together(lambda: pooled(roles["app"]), CLIENTS, login)
    # Six clients of each role, served by at most POOL_SIZE server connections per role.
    assert 1 <= len(server_pids["app"]) <= POOL_SIZE and 1 <= len(server_pids["sender"]) <= POOL_SIZE


def test_authenticator_and_recovery_codes_through_transaction_pooling(pooled, roles):
    app = pooled(roles["app"])
    key = unique_name("pooled-factor")
    totp = pyotp.TOTP(app.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0])
    confirmed = totp.now()
    assert app.execute("SELECT otp_totp_confirm(%s, %s)", (key, confirmed)).fetchone()[0] is True
    assert app.execute("SELECT otp_totp_check(%s, %s)", (key, confirmed)).fetchone()[0] is False  # a replay
    assert app.execute("SELECT otp_totp_check(%s, %s)", (key, totp.at(time.time() + 30))).fetchone()[0] is True
    codes = [row[0] for row in app.execute("SELECT otp_recovery_codes_generate(%s, 3)", (key,))]
    assert app.execute("SELECT otp_recovery_code_use(%s, %s)", (key, codes[0])).fetchone()[0] is True
    assert app.execute("SELECT otp_recovery_code_use(%s, %s)", (key, codes[0])).fetchone()[0] is False
    assert app.execute("SELECT state, recovery_codes_remaining FROM otp_factor_status(%s)", (key,)).fetchone() == (
        "active", 2)


def test_psycopg_prepared_statements_collide_unless_turned_off(single_connection_pool):
    dsn = single_connection_pool.dsn()
    # psycopg's default: a statement executed five times is prepared, named _pg3_0 on the first
    # connection, _pg3_0 again on the second; one server connection serves both.
    with psycopg.connect(dsn, autocommit=True) as first, psycopg.connect(dsn, autocommit=True) as second:
        for counter in range(8):
            first.execute("SELECT otp_hotp('JBSWY3DPEHPK3PXP', %s)", (counter,))
        with pytest.raises(psycopg.Error) as collided:
            for _ in range(8):
                second.execute("SELECT otp_totp('JBSWY3DPEHPK3PXP', now())")
        assert collided.value.sqlstate == "42P05"  # duplicate_prepared_statement
        assert '"_pg3_0" already exists' in str(collided.value)
    with psycopg.connect(dsn, autocommit=True, prepare_threshold=None) as first, \
            psycopg.connect(dsn, autocommit=True, prepare_threshold=None) as second:
        try:
            for _ in range(20):
                assert first.execute("SELECT otp_hotp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', %s)", (1,)).fetchone() == (
                    "287082",)
                assert len(second.execute("SELECT otp_totp('JBSWY3DPEHPK3PXP', now())").fetchone()[0]) == 6
        finally:
            # The first client's statement outlives it on the server connection: PgBouncer resets
            # nothing between clients in transaction mode.
            first.execute("DEALLOCATE ALL")


def test_the_autocommit_guard_through_transaction_pooling(conn, pooled, roles):
    policy = set_policy(conn)
    app, committing = pooled(roles["app"]), pooled(roles["committing"])
    started = initiate(app, unique_email("guarded"), policy=policy)["challenge_id"]
    # A transaction block stays one through the pooler: refused as it is directly, nothing counted.
    with pytest.raises(psycopg.Error) as refused:
        with app.transaction():
            verify(app, started, "000000")
    assert refused.value.sqlstate == "25001"
    assert verify(app, started, "000000")["remaining_attempts"] == 4
    # The role's setting reaches every server connection the pooler opens for the role.
    started = initiate(committing, unique_email("committing"), policy=policy)["challenge_id"]
    with committing.transaction():
        assert verify(committing, started, "000000")["remaining_attempts"] == 4


def test_a_session_set_leaks_to_other_clients_of_the_server_connection(single_connection_pool):
    dsn = single_connection_pool.dsn()
    with psycopg.connect(dsn, autocommit=True, prepare_threshold=None) as first, \
            psycopg.connect(dsn, autocommit=True, prepare_threshold=None) as second:
        first.execute("SET otp_pg.require_autocommit = off")
        try:
            assert second.execute("SHOW otp_pg.require_autocommit").fetchone()[0] == "off"
        finally:
            first.execute("RESET otp_pg.require_autocommit")


POLL_SECONDS = 1.0
# Time for a claim and one SMTP exchange on loopback after the poll that finds a request.
GRACE_SECONDS = 3.0


def test_sender_through_transaction_pooling_polls_and_delivers_within_its_interval(
        conn, mailbox, start_sender, transaction_pool, roles):
    ready = f"polling every {POLL_SECONDS:g} s, not listening: a probe notification did not reach this connection"
    _, log_path = start_sender(ready=ready, dsn=transaction_pool.dsn(roles["sender"]), poll_seconds=POLL_SECONDS)
    assert "listening on" not in log_path.read_text()
    for _ in range(4):
        address = unique_email("pooled-sender")
        initiate(conn, address)
        poll_until(lambda: mailbox[0].codes_for(address), POLL_SECONDS + GRACE_SECONDS, "the e-mail at the next poll")

    # A new connection is probed again: restarting the pooler drops the sender's.
    transaction_pool.stop()
    transaction_pool.start()
    poll_until(lambda: log_path.read_text().count(ready) == 2, 30, "the second probe, after reconnecting")
    address = unique_email("pooled-sender")
    initiate(conn, address)
    poll_until(lambda: mailbox[0].codes_for(address), POLL_SECONDS + GRACE_SECONDS, "the e-mail after reconnecting")


def test_sender_through_session_pooling_is_woken_by_notifications(conn, mailbox, start_sender, session_pool, roles):
    _, log_path = start_sender(dsn=session_pool.dsn(roles["sender"]), poll_seconds=600)
    address = unique_email("session-pooled")
    initiate(conn, address)
    # Its next poll is 10 minutes away: only the notification brings the e-mail within the bound.
    poll_until(lambda: mailbox[0].codes_for(address), 20, "the e-mail")
    assert "polling" not in log_path.read_text()
