"""The audit trail against a real server: the events of a login and of every verification answer,
refusals kept past the rollback their error causes, otp_event notifications, who may read it,
retention, the otp_conversion figures, and what pg_dump carries over."""

import json
import os
import subprocess
import time
import uuid

import psycopg
import pyotp
import pytest
from psycopg.rows import dict_row

from helpers import (
    APP_GRANTS,
    claim,
    connection_as,
    initiate,
    latest_code,
    resend,
    run_tool,
    set_policy,
    sqlstate_of,
    unique_email,
    unique_name,
    verify,
    wrong_code,
)


def rows(conn, query, params=()) -> list:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, params).fetchall()


def events_of(conn, where, params=()) -> list:
    return rows(conn, f"SELECT * FROM otp_events WHERE {where} ORDER BY event_id", params)


def last_event_id(conn) -> int:
    return conn.execute("SELECT coalesce(max(event_id), 0) FROM otp_private.event").fetchone()[0]


def received(listener, until_policy, timeout=10.0) -> list:
    """The otp_event notifications on `listener` up to the first one about `until_policy` (a marker
    sent last, from the session that sent the others: notifications arrive in commit order)."""
    collected = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for notify in listener.notifies(timeout=0.2):
            message = json.loads(notify.payload)
            collected.append(message)
            if message.get("policy") == until_policy:
                return collected
    raise AssertionError(f"no notification about {until_policy} within {timeout} s")


def test_a_batch_acknowledgement_records_and_notifies_an_event_per_request(conn, connect):
    listener = connect()
    listener.execute("LISTEN otp_event")
    policy = set_policy(conn, identifier_limit=1000, client_limit=1000)
    started = {initiate(conn, unique_email("batch-audit"), policy=policy)["challenge_id"] for _ in range(5)}
    requests = {r["delivery_id"]: r for r in claim(conn) if r["challenge_id"] in started}
    assert len(requests) == 5
    start = last_event_id(conn)
    conn.execute("SET otp_pg.event_notifications = 'all'")
    try:
        acknowledged = conn.execute("SELECT * FROM otp_ack_deliveries(%s)", (sorted(requests),)).fetchall()
    finally:
        conn.execute("RESET otp_pg.event_notifications")
    assert sorted(a[0] for a in acknowledged) == sorted(requests)
    recorded = events_of(conn, "event_id > %s", (start,))
    assert [e["event"] for e in recorded] == ["delivered"] * 5
    assert {(e["challenge_id"], e["detail"]["delivery_id"]) for e in recorded} == {
        (r["challenge_id"], i) for i, r in requests.items()}
    notified = [json.loads(n.payload) for n in listener.notifies(timeout=1.0, stop_after=5)]
    assert sorted(n["event_id"] for n in notified) == [e["event_id"] for e in recorded]
    assert {n["event"] for n in notified} == {"delivered"} and {n["policy"] for n in notified} == {policy}


@pytest.fixture
def app(conn, connect):
    """A connection (autocommit) as a role holding APP_GRANTS and nothing else."""
    yield from connection_as(conn, connect, "app", APP_GRANTS)


def test_login_cycle_records_masked_events_in_order(conn, connect):
    listener = connect()
    listener.execute("LISTEN otp_event")
    start = last_event_id(conn)
    conn.execute("SET otp_pg.event_notifications = 'all'")
    try:
        policy = set_policy(conn)
        email = unique_email("audit")
        started = initiate(conn, email, policy=policy, client_addr="192.0.2.7")
        requests = [r for r in claim(conn) if r["challenge_id"] == started["challenge_id"]]
        assert len(requests) == 1
        code = requests[0]["code"]
        assert conn.execute("SELECT otp_ack_delivery(%s)", (requests[0]["delivery_id"],)).fetchone()[0]
        assert verify(conn, started["challenge_id"], wrong_code(code), "192.0.2.7")["status"] == "invalid_code"
        assert verify(conn, started["challenge_id"], code, "192.0.2.7")["status"] == "success"
        marker = set_policy(conn)
    finally:
        conn.execute("RESET otp_pg.event_notifications")

    recorded = events_of(conn, "challenge_id = %s", (started["challenge_id"],))
    assert [e["event"] for e in recorded] == ["initiated", "delivered", "wrong_code", "verified"]
    for event in recorded:
        assert (event["policy"], event["channel"], event["masked_identifier"]) == (
            policy, "email", started["masked_identifier"])
    assert [str(e["client_addr"]) if e["client_addr"] else None for e in recorded] == [
        "192.0.2.7", None, "192.0.2.7", "192.0.2.7"]
    assert recorded[0]["detail"] == {"ttl_seconds": 300}
    delivered = recorded[1]["detail"]
    assert delivered["delivery_id"] == requests[0]["delivery_id"] and delivered["send_number"] == 0
    assert isinstance(delivered["queued_seconds"], (int, float)) and delivered["queued_seconds"] >= 0
    assert recorded[2]["detail"] == {"attempts": 1}
    assert recorded[3]["detail"] == {"attempts": 2}

    # Neither the code nor the identifier (nor its local part) is anywhere in the rows written
    # since the test began, in any column, nor in any notification.
    written = " ".join(r[0] for r in conn.execute(
        "SELECT e::text FROM otp_private.event e WHERE e.event_id > %s", (start,)))
    notified = " ".join(json.dumps(n) for n in received(listener, marker))
    local_part = email.split("@")[0]
    assert started["challenge_id"].hex[:8] in written.replace("-", "")
    for text in (written, notified):
        assert code not in text
        assert local_part not in text.lower()
    # Anyone connected can listen: a notification names no person, nor the challenge.
    assert started["challenge_id"].hex[:8] not in notified.replace("-", "")
    assert "192.0.2.7" not in notified


def test_every_verify_answer_records_one_event(conn):
    unknown = uuid.uuid4()
    assert verify(conn, unknown, "123456", "198.51.100.1")["status"] == "not_found"
    [event] = events_of(conn, "challenge_id = %s", (unknown,))
    assert (event["event"], str(event["client_addr"]), event["policy"]) == ("unknown_challenge", "198.51.100.1", None)

    def answer_and_events(challenge_id, code):
        before = len(events_of(conn, "challenge_id = %s", (challenge_id,)))
        status = verify(conn, challenge_id, code)["status"]
        after = events_of(conn, "challenge_id = %s", (challenge_id,))
        assert len(after) == before + 1, status
        return status, after[-1]

    expiring = set_policy(conn, ttl_seconds=1)
    started = initiate(conn, unique_email("expired"), policy=expiring)
    code = latest_code(conn, started["challenge_id"])
    time.sleep(1.2)
    status, event = answer_and_events(started["challenge_id"], code)
    assert (status, event["event"], event["policy"]) == ("expired", "expired", expiring)

    # identifier_limit 1 x max_attempts 2: two verifications per window for the identifier.
    strict = set_policy(conn, identifier_limit=1, max_attempts=2, limit_window_seconds=3600)
    started = initiate(conn, unique_email("locked"), policy=strict)
    code = latest_code(conn, started["challenge_id"])
    status, event = answer_and_events(started["challenge_id"], wrong_code(code))
    assert (status, event["event"]) == ("invalid_code", "wrong_code")
    status, event = answer_and_events(started["challenge_id"], wrong_code(code))  # the last attempt
    assert (status, event["event"], event["detail"]) == ("invalid_code", "locked", {"attempts": 2})
    status, event = answer_and_events(started["challenge_id"], code)  # past the verification limit
    assert (status, event["event"], event["detail"]) == ("rate_limited", "rate_limited", {"limit": "verify_identifier"})

    single = set_policy(conn, max_attempts=1)
    started = initiate(conn, unique_email("locked2"), policy=single)
    code = latest_code(conn, started["challenge_id"])
    assert answer_and_events(started["challenge_id"], wrong_code(code))[1]["event"] == "locked"
    status, event = answer_and_events(started["challenge_id"], code)
    assert (status, event["event"]) == ("locked", "locked")

    started = initiate(conn, unique_email("used"))
    code = latest_code(conn, started["challenge_id"])
    assert answer_and_events(started["challenge_id"], code)[1]["event"] == "verified"
    status, event = answer_and_events(started["challenge_id"], code)  # used: as good as unknown
    assert (status, event["event"]) == ("not_found", "unknown_challenge")


def refused_send(connection, email, policy, client_addr=None):
    state, message = sqlstate_of(connection, "SELECT otp_initiate(%s, 'email', '{}', %s, %s::inet)",
                                 (email, policy, client_addr))
    assert state == "OT429", message


def test_refusal_survives_its_rollback(conn, connect):
    policy = set_policy(conn, identifier_limit=1, limit_window_seconds=3600)
    email = unique_email("refused")
    started = initiate(conn, email, policy=policy)
    caller = connect()
    refused_send(caller, email, policy, "203.0.113.9")
    later = set_policy(conn)  # an event after the refusal
    initiate(caller, unique_email("next"), policy=policy)  # a login records nothing of others
    conn.execute("SELECT otp_purge()")
    conn.execute("SELECT otp_purge()")  # recorded once only
    [event] = events_of(conn, "policy = %s AND event = 'rate_limited'", (policy,))
    assert event["masked_identifier"] == started["masked_identifier"]
    assert (event["channel"], str(event["client_addr"]), event["challenge_id"]) == ("email", "203.0.113.9", None)
    assert event["detail"]["limit"] == "send_identifier"
    assert event["detail"]["retry_after_seconds"] > 0
    # It is dated when it happened, not when it was recorded.
    [after] = events_of(conn, "policy = %s", (later,))
    assert event["occurred_at"] < after["occurred_at"] and event["event_id"] > after["event_id"]


def test_refusal_survives_the_callers_rolled_back_transaction(conn, connect):
    policy = set_policy(conn, identifier_limit=1, limit_window_seconds=3600)
    email = unique_email("refused-tx")
    initiate(conn, email, policy=policy)
    caller = connect(autocommit=False)
    initiate(caller, unique_email("same-tx"), policy=policy)  # the caller's own work, rolled back too
    refused_send(caller, email, policy)
    caller.rollback()
    conn.execute("SELECT otp_purge()")
    recorded = events_of(conn, "policy = %s AND event IN ('initiated', 'rate_limited')", (policy,))
    assert [e["event"] for e in recorded] == ["initiated", "rate_limited"]
    assert recorded[1]["detail"]["limit"] == "send_identifier"


@pytest.mark.parametrize("ending", ["rollback", "terminated"])
def test_refusals_taken_by_a_transaction_that_does_not_commit_are_recorded_later(conn, connect, ending):
    policy = set_policy(conn, identifier_limit=1, limit_window_seconds=3600)
    email = unique_email("taken")
    initiate(conn, email, policy=policy)
    refused_send(conn, email, policy)
    taker = connect(autocommit=False)
    taker.execute("SELECT otp_purge()")  # takes the waiting refusal, and does not commit
    conn.execute("SELECT otp_purge()")  # can't record what the open transaction took
    assert events_of(conn, "policy = %s AND event = 'rate_limited'", (policy,)) == []
    if ending == "rollback":
        taker.rollback()
    else:
        pid = taker.info.backend_pid
        assert conn.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,)).fetchone()[0]
    conn.execute("SELECT otp_purge()")
    conn.execute("SELECT otp_purge()")
    [event] = events_of(conn, "policy = %s AND event = 'rate_limited'", (policy,))
    assert event["detail"]["limit"] == "send_identifier"


def test_refusals_beyond_the_queues_room_are_counted_as_dropped(fresh_db):
    """A database holds at most 768 waiting refusals (three quarters of the queue); the rest are
    counted and reported as one refusals_dropped event."""
    db = fresh_db
    policy = set_policy(db, identifier_limit=1, limit_window_seconds=3600)
    email = unique_email("flood")
    initiate(db, email, policy=policy)
    for _ in range(800):
        refused_send(db, email, policy)
    db.execute("SELECT otp_purge()")
    counts = dict(db.execute("SELECT event, count(*) FROM otp_events GROUP BY event").fetchall())
    assert counts["rate_limited"] == 768
    [dropped] = events_of(db, "event = 'refusals_dropped'")
    assert dropped["detail"] == {"count": 32}
    assert db.execute("SELECT otp_private.refusals_waiting()").fetchone()[0] == 0


def test_each_recorded_event_is_notified_and_re_read_by_its_id(conn, connect):
    listener = connect()
    listener.execute("LISTEN otp_event")
    conn.execute("SET otp_pg.event_notifications = 'all'")
    try:
        policy = set_policy(conn, identifier_limit=1, limit_window_seconds=3600)
        email = unique_email("notify")
        started = initiate(conn, email, policy=policy)
        code = latest_code(conn, started["challenge_id"])
        verify(conn, started["challenge_id"], wrong_code(code))
        verify(conn, started["challenge_id"], code)
        refused_send(conn, email, policy)
        conn.execute("SELECT otp_purge()")  # records the refusal, and notifies it
        marker = set_policy(conn)
    finally:
        conn.execute("RESET otp_pg.event_notifications")

    notified = [n for n in received(listener, marker) if n.get("policy") == policy]
    recorded = events_of(conn, "policy = %s", (policy,))
    assert len(recorded) >= 6  # policy_set, initiated, delivered, wrong_code, verified, rate_limited
    assert sorted(n["event_id"] for n in notified) == [e["event_id"] for e in recorded]
    for message in notified:
        [row] = events_of(conn, "event_id = %s", (message["event_id"],))
        assert (message["event"], message["policy"]) == (row["event"], row["policy"])
        assert set(message) == {"event_id", "event", "policy"}


def notified_until(listener, event_id, timeout=10.0) -> list:
    """The otp_event notifications on `listener` up to the one of `event_id` (notifications arrive
    in commit order, so any of an earlier commit came before it)."""
    collected = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for notify in listener.notifies(timeout=0.2):
            collected.append(json.loads(notify.payload))
            if collected[-1]["event_id"] == event_id:
                return collected
    raise AssertionError(f"no notification of event {event_id} within {timeout} s")


def enrol_and_confirm(conn, key) -> list:
    """The ids of the factor_enrolled and factor_confirmed events of a new factor of `key`."""
    secret = conn.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0]
    assert conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, pyotp.TOTP(secret).now())).fetchone()[0]
    return [row["event_id"] for row in events_of(conn, "key = %s", (key,))]


def test_by_default_only_factor_changes_are_notified(conn, connect):
    """A login's events are recorded, not notified (each notifying commit takes a lock the whole
    server shares); the changes to a key's factors are, as otp_event carried them before."""
    listener = connect()
    listener.execute("LISTEN otp_event")
    assert conn.execute("SHOW otp_pg.event_notifications").fetchone()[0] == "factor_changes"
    policy = set_policy(conn)
    started = initiate(conn, unique_email("quiet"), policy=policy)
    verify(conn, started["challenge_id"], latest_code(conn, started["challenge_id"]))
    enrolled, confirmed = enrol_and_confirm(conn, f"notified-{uuid.uuid4()}")

    notified = notified_until(listener, confirmed)
    assert [(n["event_id"], n["event"]) for n in notified] == [(enrolled, "factor_enrolled"),
                                                                (confirmed, "factor_confirmed")]
    assert [e["event"] for e in events_of(conn, "policy = %s", (policy,))] == [
        "policy_set", "initiated", "delivered", "verified"]


def test_notifications_off_still_records(conn, connect):
    listener = connect()
    listener.execute("LISTEN otp_event")
    conn.execute("SET otp_pg.event_notifications = off")
    try:
        key = f"quiet-{uuid.uuid4()}"
        recorded = enrol_and_confirm(conn, key)
    finally:
        conn.execute("RESET otp_pg.event_notifications")
    assert len(recorded) == 2
    _, marker = enrol_and_confirm(conn, f"marker-{uuid.uuid4()}")  # notified again, after them
    assert not {n["event_id"] for n in notified_until(listener, marker)} & set(recorded)


@pytest.mark.parametrize("schema_usage", [False, True])
def test_application_role_cannot_read_or_write_the_trail(conn, app, schema_usage):
    """Refused even to a role that was (wrongly) given USAGE on otp_private."""
    if schema_usage:
        conn.execute(f"GRANT USAGE ON SCHEMA otp_private TO {app.info.user}")
    initiate(app, unique_email("app-audit"))  # the role works, otherwise
    for query in [
        "SELECT * FROM otp_events",
        "SELECT * FROM otp_conversion",
        "SELECT * FROM otp_private.event",
        "SELECT otp_private.record_event('verified')",
        "SELECT otp_private.queue_refusal('{\"event\": \"verified\"}')",
        "INSERT INTO otp_private.event (occurred_at, event) VALUES (now(), 'verified')",
        "SELECT otp_private.record_refusals()",
        "SET otp_pg.event_notifications = off",
        "SET otp_pg.event_retention_days = 1",
    ]:
        assert sqlstate_of(app, query)[0] == "42501", query


def test_purge_keeps_events_for_the_retention_days(conn):
    old, recent = set_policy(conn), set_policy(conn)
    backdate = "UPDATE otp_private.event SET occurred_at = now() - make_interval(days => %s) WHERE policy = %s"
    conn.execute(backdate, (8, old))
    conn.execute(backdate, (6, recent))
    conn.execute("SET otp_pg.event_retention_days = 7")
    try:
        assert conn.execute("SELECT otp_purge()").fetchone()[0] >= 1
    finally:
        conn.execute("RESET otp_pg.event_retention_days")
    assert events_of(conn, "policy = %s", (old,)) == []
    assert [e["event"] for e in events_of(conn, "policy = %s", (recent,))] == ["policy_set"]

    conn.execute(backdate, (3650, recent))
    conn.execute("SET otp_pg.event_retention_days = 0")
    try:
        conn.execute("SELECT otp_purge()")
    finally:
        conn.execute("RESET otp_pg.event_retention_days")
    assert [e["event"] for e in events_of(conn, "policy = %s", (recent,))] == ["policy_set"]


@pytest.fixture
def fresh_db(conn, dsn):
    """A database of its own with otp_pg, for figures no other test's events may reach."""
    name = unique_name("events").replace("-", "_")
    conn.execute(f"CREATE DATABASE {name}")
    try:
        with psycopg.connect(dsn, dbname=name, autocommit=True) as db:
            db.execute("CREATE EXTENSION otp_pg")
            yield db
    finally:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def deliver(db, challenge_id, queued_seconds):
    """Acknowledges the request of `challenge_id` as if it had waited `queued_seconds` in the outbox."""
    [request] = [r for r in claim(db) if r["challenge_id"] == challenge_id]
    db.execute("UPDATE otp_private.delivery SET created_at = now() - make_interval(secs => %s) WHERE delivery_id = %s",
               (queued_seconds, request["delivery_id"]))
    assert db.execute("SELECT otp_ack_delivery(%s)", (request["delivery_id"],)).fetchone()[0]
    return request["code"]


def one_hour(db):
    """Moves every event a few seconds back if the test ran across an hour boundary, so that they
    all count in one hour of otp_conversion."""
    db.execute("""
        UPDATE otp_private.event SET occurred_at = occurred_at - (
            SELECT max(occurred_at) - date_trunc('hour', max(occurred_at)) + interval '1 millisecond'
              FROM otp_private.event)
         WHERE (SELECT date_trunc('hour', min(occurred_at)) <> date_trunc('hour', max(occurred_at))
                  FROM otp_private.event)""")


def conversion(db, channel="email") -> dict:
    [row] = rows(db, "SELECT * FROM otp_conversion WHERE channel = %s", (channel,))
    return row


def test_conversion_figures(fresh_db):
    db = fresh_db
    normal = set_policy(db, max_attempts=2, resend_cooldown_seconds=0)
    short = set_policy(db, ttl_seconds=1)
    tester = unique_email("tester")
    db.execute("SELECT otp_set_test_identifier(%s, 'email', '1234567', %s)", (tester, normal))

    first = initiate(db, unique_email("a"), policy=normal)
    assert verify(db, first["challenge_id"], deliver(db, first["challenge_id"], 10))["status"] == "success"
    second = initiate(db, unique_email("b"), policy=normal)
    code = deliver(db, second["challenge_id"], 20)
    assert verify(db, second["challenge_id"], wrong_code(code))["status"] == "invalid_code"
    assert verify(db, second["challenge_id"], code)["status"] == "success"
    locked = initiate(db, unique_email("c"), policy=normal)
    code = deliver(db, locked["challenge_id"], 30)
    for _ in range(2):
        verify(db, locked["challenge_id"], wrong_code(code))
    assert verify(db, locked["challenge_id"], code)["status"] == "locked"
    expired = initiate(db, unique_email("d"), policy=short)
    deliver(db, expired["challenge_id"], 40)
    pending = initiate(db, unique_email("e"), policy=normal)  # neither used nor expired yet
    resend(db, pending["challenge_id"])
    test_login = initiate(db, tester, policy=normal)
    assert verify(db, test_login["challenge_id"], "1234567")["status"] == "success"
    time.sleep(1.2)  # the 1-second challenge expires unused
    # The two verified challenges as if initiated 60 and 120 seconds before they were verified.
    for challenge, seconds in ((first, 60), (second, 120)):
        db.execute("UPDATE otp_private.event SET occurred_at = occurred_at - make_interval(secs => %s) "
                   "WHERE challenge_id = %s AND event = 'initiated'", (seconds, challenge["challenge_id"]))
    one_hour(db)

    figures = conversion(db)
    assert figures["country"] is None
    assert (figures["challenges"], figures["codes_sent"], figures["verified"]) == (5, 6, 2)
    assert figures["conversion_percent"] == 40
    assert (figures["locked"], figures["expired_unused"], figures["delivered"]) == (1, 1, 4)
    assert figures["rate_limited"] == 0 and figures["refused"] == 0
    # queued 10, 20, 30 and 40 seconds (plus the moments the calls took)
    assert figures["median_delivery_seconds"] == pytest.approx(25, abs=0.5)
    assert figures["p95_delivery_seconds"] == pytest.approx(38.5, abs=0.5)
    assert figures["median_seconds_to_verify"] == pytest.approx(90, abs=1)
    assert rows(db, "SELECT * FROM otp_conversion WHERE channel = 'sms'") == []


def test_test_identifiers_resends_are_no_codes_sent(fresh_db):
    """A test identifier's challenge sends nothing, resent or not: it is not in codes_sent."""
    db = fresh_db
    policy = set_policy(db, resend_cooldown_seconds=0)
    tester = unique_email("tester")
    db.execute("SELECT otp_set_test_identifier(%s, 'email', '1234567', %s)", (tester, policy))
    initiate(db, unique_email("real"), policy=policy)
    started = initiate(db, tester, policy=policy)
    resend(db, started["challenge_id"])
    assert verify(db, started["challenge_id"], "1234567")["status"] == "success"
    one_hour(db)
    figures = conversion(db)
    assert (figures["challenges"], figures["codes_sent"], figures["verified"]) == (1, 1, 0)


def test_events_guards_and_test_identifiers_survive_dump_and_restore(conn, dsn):
    source, target = unique_name("evdump_src").replace("-", "_"), unique_name("evdump_dst").replace("-", "_")
    conn.execute(f"CREATE DATABASE {source}")
    conn.execute(f"CREATE DATABASE {target}")
    params = psycopg.conninfo.conninfo_to_dict(dsn)
    connection = ["-h", params["host"], "-p", str(params["port"]), "-U", params["user"]]
    tester = unique_email("tester")
    try:
        with psycopg.connect(dsn, dbname=source, autocommit=True) as db:
            db.execute("CREATE EXTENSION otp_pg")
            set_policy(db, "guarded")
            db.execute("SELECT otp_set_send_guard('guarded', refused_countries => '{RU}', "
                       "client_country_limit => 5, client_identifier_limit => 5)")
            db.execute("SELECT otp_set_test_identifier(%s, 'email', '8642097', 'guarded')", (tester,))
            started = initiate(db, "+46 70 123 45 67", channel="sms", policy="guarded", client_addr="192.0.2.1")
            verify(db, started["challenge_id"], "000000x")
            db.execute("INSERT INTO otp_private.circuit VALUES ('guarded', 'SE', now(), now() + interval '1 hour', "
                       "now(), 0, 100)")
            for transient in ("client_spread", "circuit"):
                assert db.execute(f"SELECT count(*) FROM otp_private.{transient}").fetchone()[0] > 0, transient
            events = rows(db, "SELECT * FROM otp_events ORDER BY event_id")
            guards = db.execute("SELECT * FROM otp_send_guards()").fetchall()
            test_identifiers = db.execute("SELECT * FROM otp_test_identifiers()").fetchall()
        assert len(events) >= 5 and guards and test_identifiers

        archive = f"/tmp/{source}.dump"
        run_tool("pg_dump", *connection, "-Fc", "-f", archive, "-d", source)
        run_tool("pg_restore", *connection, "-d", target, archive)
        os.remove(archive)

        with psycopg.connect(dsn, dbname=target, autocommit=True) as db:
            assert rows(db, "SELECT * FROM otp_events ORDER BY event_id") == events
            assert db.execute("SELECT * FROM otp_send_guards()").fetchall() == guards
            assert db.execute("SELECT * FROM otp_test_identifiers()").fetchall() == test_identifiers
            for transient in ("client_spread", "circuit"):
                assert db.execute(f"SELECT count(*) FROM otp_private.{transient}").fetchone()[0] == 0, transient
            # The restored test identifier works (the server key came along), and new events
            # follow the restored ones.
            started = initiate(db, tester, policy="guarded")
            assert verify(db, started["challenge_id"], "8642097")["status"] == "success"
            new = events_of(db, "event_id > %s", (events[-1]["event_id"],))
            assert [e["event"] for e in new] == ["test_identifier_used", "verified"]
            assert rows(db, "SELECT * FROM otp_events ORDER BY event_id")[:len(events)] == events
    finally:
        conn.execute(f"DROP DATABASE IF EXISTS {source}")
        conn.execute(f"DROP DATABASE IF EXISTS {target}")


def test_a_refused_resend_names_its_challenge_and_only_its_limit(conn):
    policy = set_policy(conn, resend_cooldown_seconds=600)
    started = initiate(conn, unique_email("cooldown"), policy=policy, client_addr="192.0.2.77")
    state, _ = sqlstate_of(conn, "SELECT otp_resend(%s, '192.0.2.77')", (started["challenge_id"],))
    assert state == "OT429"
    conn.execute("SELECT otp_purge()")
    [(challenge_id, client_addr, detail)] = conn.execute(
        "SELECT challenge_id, client_addr, detail FROM otp_events WHERE policy = %s AND event = 'rate_limited'",
        (policy,)).fetchall()
    assert (str(challenge_id), str(client_addr)) == (str(started["challenge_id"]), "192.0.2.77")
    assert set(detail) == {"limit", "retry_after_seconds"} and detail["limit"] == "resend_cooldown"


def test_a_queued_event_that_does_not_fit_is_skipped_and_the_rest_recorded(conn):
    """Refusals are recorded in one statement; one that would not parse (only a superuser can queue
    such a thing) must not fail every later purge: the rows are taken again one by one and it is
    skipped."""
    policy = set_policy(conn, identifier_limit=1, limit_window_seconds=3600)
    email = unique_email("after-junk")
    initiate(conn, email, policy=policy)
    assert conn.execute("""SELECT otp_private.queue_refusal('{"event": "no_such_event"}')""").fetchone()[0] is True
    refused_send(conn, email, policy)
    conn.execute("SELECT otp_purge()")
    assert [e["event"] for e in events_of(conn, "policy = %s AND event = 'rate_limited'", (policy,))] == ["rate_limited"]
    assert conn.execute("SELECT count(*) FROM otp_events WHERE event = 'no_such_event'").fetchone()[0] == 0
