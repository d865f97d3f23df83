"""Test identifiers against a real server: a registered identifier gets its fixed code and nothing
is sent, under its own policy only, while it has not expired and otp_pg.test_identifiers is on;
attempts, limits and resends work as for any challenge; only administrators manage them; the code
stays sealed through key rotation and pg_dump."""

import os
import random
import subprocess

import psycopg
import pytest
from psycopg.rows import dict_row

from helpers import (
    APP_GRANTS,
    claim,
    connection_as,
    initiate,
    resend,
    set_policy,
    sqlstate_of,
    unique_email,
    unique_name,
    verify,
    wrong_code,
)


def unique_phone() -> str:
    """A Swedish mobile number, as otp_pg normalises it."""
    return "+4670" + "".join(random.choice("0123456789") for _ in range(7))


def register(conn, identifier, channel, code, policy="default", **options):
    arguments = "".join(f", {name} => %({name})s" for name in options)
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            f"SELECT * FROM otp_set_test_identifier(%(identifier)s, %(channel)s, %(code)s, %(policy)s{arguments})",
            {"identifier": identifier, "channel": channel, "code": code, "policy": policy, **options},
        ).fetchone()


def registered(conn, identifier) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        [row] = cur.execute("SELECT * FROM otp_test_identifiers() WHERE identifier = %s", (identifier,)).fetchall()
        return row


def queued(conn, challenge_id) -> list:
    """What a sender can claim for `challenge_id` (its code when something was queued)."""
    return [r["code"] for r in claim(conn) if r["challenge_id"] == challenge_id]


def events_of(conn, challenge_id) -> list:
    return conn.execute("SELECT event, detail FROM otp_events WHERE challenge_id = %s ORDER BY event_id",
                        (challenge_id,)).fetchall()


def assert_ordinary(conn, identifier, channel="email", policy="default", fixed=None):
    """otp_initiate queues a real code for `identifier`, which verifies; the fixed code does not."""
    started = initiate(conn, identifier, channel=channel, policy=policy)
    codes = queued(conn, started["challenge_id"])
    assert len(codes) == 1
    if fixed is not None and codes[0] != fixed:
        assert verify(conn, started["challenge_id"], fixed)["status"] == "invalid_code"
    assert verify(conn, started["challenge_id"], codes[0])["status"] == "success"
    assert events_of(conn, started["challenge_id"])[0][0] == "initiated"


@pytest.fixture
def app(conn, connect):
    """A connection (autocommit) as a role holding APP_GRANTS and nothing else."""
    yield from connection_as(conn, connect, "app", APP_GRANTS)


@pytest.mark.parametrize("channel, identifier, normalized", [
    ("email", "Review.Team-{tag}@Example.com", "review.team-{tag}@example.com"),
    ("sms", "{phone}", "{phone}"),
])
def test_registered_identifier_gets_its_fixed_code_and_nothing_is_sent(conn, channel, identifier, normalized):
    tag, phone = unique_name("t"), unique_phone()
    identifier, normalized = identifier.format(tag=tag, phone=phone), normalized.format(tag=tag, phone=phone)
    policy = set_policy(conn)
    result = register(conn, identifier, channel, "246810", policy)
    assert (result["policy"], result["channel"], result["identifier"]) == (policy, channel, normalized)
    assert (result["uses"], result["last_used_at"]) == (0, None)

    started = initiate(conn, identifier, channel=channel, policy=policy, client_addr="192.0.2.44")
    assert queued(conn, started["challenge_id"]) == []
    assert conn.execute("SELECT count(*) FROM otp_private.delivery WHERE challenge_id = %s",
                        (started["challenge_id"],)).fetchone()[0] == 0
    success = verify(conn, started["challenge_id"], "246810")
    assert (success["status"], success["identifier"], success["channel"]) == ("success", normalized, channel)

    again = initiate(conn, identifier, channel=channel, policy=policy)
    assert queued(conn, again["challenge_id"]) == []
    after = registered(conn, normalized)
    assert after["uses"] == 2 and after["last_used_at"] is not None

    recorded = events_of(conn, started["challenge_id"])
    assert [event for event, _ in recorded] == ["test_identifier_used", "verified"]
    assert recorded[0][1] == {"ttl_seconds": 300, "test": True}
    assert recorded[1][1]["test"] is True


@pytest.mark.parametrize("code, typed", [("0000", "0000"), ("0123456789", " 012 345 6789 ")])
def test_codes_of_four_to_ten_digits_with_leading_zeros(conn, code, typed):
    policy = set_policy(conn, code_length=6)
    email = unique_email("tester")
    register(conn, email, "email", code, policy)
    started = initiate(conn, email, policy=policy)
    assert verify(conn, started["challenge_id"], code.lstrip("0"))["status"] == "invalid_code"
    assert verify(conn, started["challenge_id"], typed)["status"] == "success"


def test_wrong_codes_count_and_lock_like_any_challenge(conn):
    policy = set_policy(conn, max_attempts=3)
    email = unique_email("tester")
    register(conn, email, "email", "13579", policy)
    started = initiate(conn, email, policy=policy)
    results = [verify(conn, started["challenge_id"], wrong_code("13579")) for _ in range(3)]
    assert [(r["status"], r["remaining_attempts"]) for r in results] == [
        ("invalid_code", 2), ("invalid_code", 1), ("invalid_code", 0)]
    assert verify(conn, started["challenge_id"], "13579")["status"] == "locked"
    assert [event for event, _ in events_of(conn, started["challenge_id"])] == [
        "test_identifier_used", "wrong_code", "wrong_code", "locked", "locked"]


def test_send_limits_apply(conn):
    policy = set_policy(conn, identifier_limit=2, limit_window_seconds=3600)
    email = unique_email("tester")
    register(conn, email, "email", "13579", policy)
    initiate(conn, email, policy=policy)
    initiate(conn, email, policy=policy)
    state, message = sqlstate_of(conn, "SELECT otp_initiate(%s, 'email', '{}', %s)", (email, policy))
    assert state == "OT429", message


def test_only_under_its_own_policy(conn):
    review = set_policy(conn, "review")
    email = unique_email("reviewer")
    register(conn, email, "email", "97531", review)
    assert_ordinary(conn, email, policy="default", fixed="97531")
    assert registered(conn, email)["uses"] == 0


def test_expired_identifier_is_ordinary(conn):
    policy = set_policy(conn)
    email = unique_email("expired-tester")
    register(conn, email, "email", "97531", policy)
    conn.execute("UPDATE otp_private.test_identifier SET expires_at = now() - interval '1 second' "
                 "WHERE identifier = %s", (email,))
    assert_ordinary(conn, email, policy=policy, fixed="97531")
    assert registered(conn, email)["uses"] == 0


def test_turned_off_by_superuser_set(conn):
    policy = set_policy(conn)
    email = unique_email("off-tester")
    register(conn, email, "email", "97531", policy)
    conn.execute("SET otp_pg.test_identifiers = off")
    try:
        assert_ordinary(conn, email, policy=policy, fixed="97531")
        state, message = sqlstate_of(conn, "SELECT otp_set_test_identifier(%s, 'email', '1234', %s)",
                                     (unique_email("new"), policy))
        assert state == "55000", message
    finally:
        conn.execute("RESET otp_pg.test_identifiers")
    started = initiate(conn, email, policy=policy)  # on again: the fixed code
    assert queued(conn, started["challenge_id"]) == []


def test_turning_them_off_stops_challenges_already_made(conn):
    """Off means no fixed code is accepted any more, also for a challenge made while they were on."""
    policy = set_policy(conn, resend_cooldown_seconds=0)
    email = unique_email("made-before")
    register(conn, email, "email", "86420", policy)
    started = initiate(conn, email, policy=policy)
    conn.execute("SET otp_pg.test_identifiers = off")
    try:
        state, message = sqlstate_of(conn, "SELECT otp_resend(%s)", (started["challenge_id"],))
        assert state == "OT409", message
        assert verify(conn, started["challenge_id"], "86420")["status"] == "not_found"
    finally:
        conn.execute("RESET otp_pg.test_identifiers")
    assert [event for event, _ in events_of(conn, started["challenge_id"])] == [
        "test_identifier_used", "unknown_challenge"]


def test_turned_off_for_a_database_and_not_by_the_application(conn, dsn, app):
    policy = set_policy(conn)
    email = unique_email("db-off-tester")
    register(conn, email, "email", "97531", policy)
    # The application can't turn them on or off for itself.
    for value in ("on", "off"):
        assert sqlstate_of(app, f"SET otp_pg.test_identifiers = {value}")[0] == "42501"
    database = conn.execute("SELECT current_database()").fetchone()[0]
    conn.execute(f"ALTER DATABASE {database} SET otp_pg.test_identifiers = off")
    try:
        with psycopg.connect(dsn, autocommit=True) as later:
            assert later.execute("SHOW otp_pg.test_identifiers").fetchone()[0] == "off"
            assert_ordinary(later, email, policy=policy, fixed="97531")
    finally:
        conn.execute(f"ALTER DATABASE {database} RESET otp_pg.test_identifiers")


@pytest.mark.parametrize("schema_usage", [False, True])
def test_application_role_cannot_manage_or_read_them(conn, app, schema_usage):
    """Refused even to a role that was (wrongly) given USAGE on otp_private."""
    if schema_usage:
        conn.execute(f"GRANT USAGE ON SCHEMA otp_private TO {app.info.user}")
    email = unique_email("tester")
    register(conn, email, "email", "97531")
    for query in [
        "SELECT otp_set_test_identifier('x@example.com', 'email', '1234')",
        "SELECT * FROM otp_test_identifiers()",
        "SELECT otp_remove_test_identifier('x@example.com', 'email')",
        "SELECT * FROM otp_private.test_identifier",
        "SELECT otp_private.test_code('default', 'email', 'x@example.com')",
        "SELECT otp_private.open_test_code(secret, policy, channel::text, identifier, sealed_code) "
        "FROM otp_private.test_identifier JOIN otp_private.server_key ON key_id = server_key_id",
        "UPDATE otp_private.test_identifier SET expires_at = now() + interval '1 day'",
    ]:
        assert sqlstate_of(app, query)[0] == "42501", query
    initiate(app, email)  # the role may log in with it, though
    assert registered(conn, email)["uses"] == 1


@pytest.mark.parametrize("arguments, state, argument", [
    ("NULL, 'email', '1234'", "22004", "identifier"),
    ("'a@example.com', NULL, '1234'", "22004", "channel"),
    ("'a@example.com', 'email', NULL", "22004", "code"),
    ("'a@example.com', 'email', '1234', NULL", "22004", "policy"),
    ("'a@example.com', 'email', '1234', 'default', NULL", "22004", "expires_at"),
    ("'a@example.com', 'email', '12a4'", "22023", "code"),
    ("'a@example.com', 'email', ' 1234'", "22023", "code"),
    ("'a@example.com', 'email', '123'", "22023", "code"),
    ("'a@example.com', 'email', '12345678901'", "22023", "code"),
    ("'a@example.com', 'email', '１２３４'", "22023", "code"),
    ("'a@example.com', 'email', '1234', 'default', now() - interval '1 minute'", "22023", "expires_at"),
    ("'a@example.com', 'email', '1234', 'default', now() + interval '1 year 1 day'", "22023", "expires_at"),
    ("'a@example.com', 'email', '1234', 'no-such-policy'", "22023", "policy"),
    ("'a@example.com', 'fax', '1234'", "22023", "channel"),
    ("'not an address', 'email', '1234'", "22023", "identifier"),
    ("'12345', 'sms', '1234'", "22023", "identifier"),
])
def test_set_refuses_bad_arguments_by_name(conn, arguments, state, argument):
    got, message = sqlstate_of(conn, f"SELECT otp_set_test_identifier({arguments})")
    assert (got, message.split(" ")[0]) == (state, argument), message


@pytest.mark.parametrize("arguments, state, argument", [
    ("NULL, 'email'", "22004", "identifier"),
    ("'a@example.com', NULL", "22004", "channel"),
    ("'a@example.com', 'email', NULL", "22004", "policy"),
    ("'a@example.com', 'fax'", "22023", "channel"),
    ("'not an address', 'email'", "22023", "identifier"),
    ("'12345', 'sms'", "22023", "identifier"),
])
def test_remove_refuses_bad_arguments_by_name(conn, arguments, state, argument):
    got, message = sqlstate_of(conn, f"SELECT otp_remove_test_identifier({arguments})")
    assert (got, message.split(" ")[0]) == (state, argument), message


def test_remove(conn):
    policy = set_policy(conn)
    email = unique_email("removed-tester")
    register(conn, email, "email", "97531", policy)
    assert conn.execute("SELECT otp_remove_test_identifier(%s, 'email', %s)", (email.upper(), policy)).fetchone()[0]
    assert conn.execute("SELECT otp_remove_test_identifier(%s, 'email', %s)", (email, policy)).fetchone()[0] is False
    assert_ordinary(conn, email, policy=policy, fixed="97531")


def test_resend_queues_nothing_and_keeps_the_fixed_code(conn):
    policy = set_policy(conn, resend_cooldown_seconds=0)
    phone = unique_phone()
    register(conn, phone, "sms", "55443322", policy)
    started = initiate(conn, phone, channel="sms", policy=policy)
    again = resend(conn, started["challenge_id"])
    assert again["challenge_id"] == started["challenge_id"]
    assert queued(conn, started["challenge_id"]) == []
    assert verify(conn, started["challenge_id"], "55443322")["status"] == "success"
    recorded = events_of(conn, started["challenge_id"])
    assert [(event, detail.get("test") if detail else None) for event, detail in recorded] == [
        ("test_identifier_used", True), ("resent", True), ("verified", True)]


def test_fixed_code_survives_key_rotation_and_is_not_in_a_dump(conn, dsn):
    name = unique_name("testids").replace("-", "_")
    conn.execute(f"CREATE DATABASE {name}")
    code = "".join(random.choice("0123456789") for _ in range(10))
    email = unique_email("rotated-tester")
    try:
        with psycopg.connect(dsn, dbname=name, autocommit=True) as db:
            db.execute("CREATE EXTENSION otp_pg")
            register(db, email, "email", code)
            old_key = db.execute("SELECT server_key_id FROM otp_private.test_identifier").fetchone()[0]
            new_key = db.execute("SELECT otp_rotate_server_key()").fetchone()[0]
            db.execute("SELECT otp_purge()")
            assert [r[0] for r in db.execute("SELECT key_id FROM otp_private.server_key")] == [new_key]
            assert new_key != old_key
            started = initiate(db, email)
            assert verify(db, started["challenge_id"], code)["status"] == "success"

        bindir = os.environ.get("OTP_PG_BIN")
        if not bindir:
            pytest.fail("OTP_PG_BIN is not set: run the tests through scripts/test.sh")
        params = psycopg.conninfo.conninfo_to_dict(dsn)
        dump = subprocess.run(
            [os.path.join(bindir, "pg_dump"), "-h", params["host"], "-p", str(params["port"]), "-U", params["user"],
             "-d", name], check=True, capture_output=True, text=True).stdout
        assert email in dump  # the test identifier is dumped ...
        assert code not in dump  # ... but not its code
    finally:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
