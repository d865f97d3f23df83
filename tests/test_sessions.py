"""Challenge sessions driven through a real server from separate connections: the whole flow,
every status, resend rules, rate limits, delivery, purge, and no plaintext code at rest."""

import json
import math
import time
import uuid
from datetime import timedelta

import pytest

from helpers import (
    claim,
    initiate,
    latest_code,
    resend,
    set_policy,
    sqlstate_of,
    unique_email,
    verify,
    waiting_sender,
    wrong_code,
)


def notifications(conn, timeout=0.5) -> list:
    """Notifications received on `conn` within `timeout` seconds."""
    return list(conn.notifies(timeout=timeout))


def test_whole_flow_notifies_only_after_commit(conn, connect):
    listener = waiting_sender(connect())
    app = connect(autocommit=False)
    email = unique_email("flow")

    started = initiate(app, f"  {email.upper()} ", payload='{"next": "/home"}')
    assert notifications(listener, 0.3) == [], "a notification arrived before commit"
    app.commit()
    received = notifications(listener, 2.0)
    assert len(received) == 1
    message = json.loads(received[0].payload)
    assert set(message) == {"delivery_id", "channel"}
    assert message["channel"] == "email"

    assert started["masked_identifier"] == f"{email[0]}***{email.split('@')[0][-1]}@example.com"
    assert started["ttl_seconds"] == 300
    assert (started["expires_at"] - started["resend_available_at"]).total_seconds() == pytest.approx(270, abs=1)

    requests = [r for r in claim(conn) if r["challenge_id"] == started["challenge_id"]]
    assert len(requests) == 1
    request = requests[0]
    assert request["delivery_id"] == message["delivery_id"]
    assert request["identifier"] == email.lower()
    assert request["payload"] == {"next": "/home"}
    assert len(request["code"]) == 6 and request["code"].isdigit()
    assert request["code"] not in received[0].payload
    assert conn.execute("SELECT otp_ack_delivery(%s)", (request["delivery_id"],)).fetchone()[0] is True

    # Verifications run as statements of their own (see test_attacks.py for why).
    app.autocommit = True
    wrong = verify(app, started["challenge_id"], wrong_code(request["code"]))
    assert (wrong["status"], wrong["remaining_attempts"], wrong["identifier"]) == ("invalid_code", 4, None)

    right = verify(app, started["challenge_id"], request["code"])
    assert right["status"] == "success"
    assert right["remaining_attempts"] == 3
    assert (right["identifier"], right["channel"], right["payload"]) == (email.lower(), "email", {"next": "/home"})

    # Single use.
    assert verify(conn, started["challenge_id"], request["code"])["status"] == "not_found"


def test_rollback_sends_nothing(conn, connect):
    listener = waiting_sender(connect())
    app = connect(autocommit=False)
    started = initiate(app, unique_email("rollback"))
    app.rollback()
    assert notifications(listener, 0.5) == []
    assert all(r["challenge_id"] != started["challenge_id"] for r in claim(conn, lease_seconds=1))
    assert verify(conn, started["challenge_id"], "123456")["status"] == "not_found"


def test_request_queued_without_a_sender_is_delivered_later(conn, connect):
    started = initiate(conn, unique_email("queued"))  # nobody is listening
    sender = connect()  # a sender starting afterwards claims what is waiting
    claimed = [r for r in claim(sender) if r["challenge_id"] == started["challenge_id"]]
    assert len(claimed) == 1


def test_sms_identifiers_are_normalised(conn):
    started = initiate(conn, "+46 (70) 123-4567", channel="SMS")
    assert started["masked_identifier"] == "+*********67"
    code = latest_code(conn, started["challenge_id"])
    result = verify(conn, started["challenge_id"], code[:3] + " " + code[3:])
    assert (result["status"], result["identifier"], result["channel"]) == ("success", "+46701234567", "sms")


def test_lock_out_after_max_attempts_even_for_the_right_code(conn):
    policy = set_policy(conn, max_attempts=3)
    started = initiate(conn, unique_email("lock"), policy=policy)
    code = latest_code(conn, started["challenge_id"])
    results = [verify(conn, started["challenge_id"], wrong_code(code)) for _ in range(3)]
    assert [(r["status"], r["remaining_attempts"]) for r in results] == [
        ("invalid_code", 2),
        ("invalid_code", 1),
        ("invalid_code", 0),
    ]
    locked = verify(conn, started["challenge_id"], code)
    assert (locked["status"], locked["remaining_attempts"], locked["identifier"]) == ("locked", 0, None)


def test_expiry(conn):
    policy = set_policy(conn, ttl_seconds=1)
    started = initiate(conn, unique_email("expiry"), policy=policy)
    code = latest_code(conn, started["challenge_id"])
    time.sleep(1.2)
    assert verify(conn, started["challenge_id"], code)["status"] == "expired"
    # An expired challenge's delivery is never handed out.
    again = initiate(conn, unique_email("expiry2"), policy=policy)
    time.sleep(1.2)
    assert all(r["challenge_id"] != again["challenge_id"] for r in claim(conn))


def test_not_found(conn):
    assert verify(conn, str(uuid.uuid4()), "123456")["status"] == "not_found"


def test_malformed_codes_are_wrong_codes(conn):
    policy = set_policy(conn, max_attempts=7)
    started = initiate(conn, unique_email("malformed"), policy=policy)
    code = latest_code(conn, started["challenge_id"])
    malformed = ["", "abcdef", code + "0", "１２３４５６", "9" * 100_000, code[:5]]
    for remaining, bad in enumerate(malformed):
        result = verify(conn, started["challenge_id"], bad)
        assert (result["status"], result["remaining_attempts"]) == ("invalid_code", 6 - remaining)
    # Spaces inside the code are ignored.
    assert verify(conn, started["challenge_id"], f" {code[:3]} {code[3:]} ")["status"] == "success"


def test_resend_replaces_the_code_and_keeps_the_attempts(conn):
    policy = set_policy(conn, resend_cooldown_seconds=1, max_resends=2)
    started = initiate(conn, unique_email("resend"), policy=policy)
    first = latest_code(conn, started["challenge_id"])
    assert verify(conn, started["challenge_id"], wrong_code(first))["remaining_attempts"] == 4

    # Within the cooldown: refused, and the first code still works afterwards.
    state, message = sqlstate_of(conn, "SELECT otp_resend(%s)", (started["challenge_id"],))
    assert state == "OT429" and "in 1 seconds" in message

    time.sleep(1.1)
    again = resend(conn, started["challenge_id"])
    assert again["challenge_id"] == started["challenge_id"]
    assert again["expires_at"] > started["expires_at"]
    second = latest_code(conn, started["challenge_id"])
    assert len(_codes_sent(conn, started["challenge_id"])) == 2
    if second != first:
        assert verify(conn, started["challenge_id"], first)["status"] == "invalid_code"
    result = verify(conn, started["challenge_id"], second)
    assert result["status"] == "success"
    # Attempts carried over: 5 - 1 (before resend) - 1 (old code, if different) - 1.
    assert result["remaining_attempts"] == (2 if second != first else 3)


def test_resend_before_delivery_supersedes_the_unsent_request(conn, connect):
    listener = waiting_sender(connect())
    policy = set_policy(conn, resend_cooldown_seconds=0)
    started = initiate(conn, unique_email("supersede"), policy=policy)
    resent = resend(conn, started["challenge_id"])
    sent = [json.loads(n.payload)["delivery_id"] for n in notifications(listener, timeout=2)]
    rows = conn.execute(
        "SELECT delivery_id, state FROM otp_private.delivery WHERE challenge_id = %s ORDER BY delivery_id",
        (started["challenge_id"],),
    ).fetchall()
    # One notification per send; the first request is superseded before any sender saw it.
    assert [row[0] for row in rows] == sent and [row[1] for row in rows] == ["superseded", "pending"]
    [request] = [r for r in claim(conn) if r["challenge_id"] == started["challenge_id"]]
    assert request["delivery_id"] == rows[1][0]
    assert resent["challenge_id"] == started["challenge_id"]
    assert verify(conn, started["challenge_id"], request["code"])["status"] == "success"


def _codes_sent(conn, challenge_id):
    return conn.execute(
        "SELECT delivery_id FROM otp_private.delivery WHERE challenge_id = %s", (challenge_id,)
    ).fetchall()


def test_resend_limits_and_refusals(conn):
    policy = set_policy(conn, resend_cooldown_seconds=0, max_resends=1, max_attempts=1)
    started = initiate(conn, unique_email("resend-limit"), policy=policy)
    assert started["resend_available_at"] is not None
    after_one = resend(conn, started["challenge_id"])
    assert after_one["resend_available_at"] is None  # no resends left
    state, message = sqlstate_of(conn, "SELECT otp_resend(%s)", (started["challenge_id"],))
    assert (state, "already resent 1 times" in message) == ("OT409", True)

    locked = initiate(conn, unique_email("resend-locked"), policy=policy)
    verify(conn, locked["challenge_id"], "000000x")
    assert sqlstate_of(conn, "SELECT otp_resend(%s)", (locked["challenge_id"],))[0] == "OT409"

    used = initiate(conn, unique_email("resend-used"), policy=policy)
    assert verify(conn, used["challenge_id"], latest_code(conn, used["challenge_id"]))["status"] == "success"
    state, message = sqlstate_of(conn, "SELECT otp_resend(%s)", (used["challenge_id"],))
    assert state == "OT409" and "already used" in message

    short = set_policy(conn, ttl_seconds=1, resend_cooldown_seconds=0)
    expired = initiate(conn, unique_email("resend-expired"), policy=short)
    time.sleep(1.2)
    state, message = sqlstate_of(conn, "SELECT otp_resend(%s)", (expired["challenge_id"],))
    assert state == "OT409" and "expired" in message

    assert sqlstate_of(conn, "SELECT otp_resend(%s)", (str(uuid.uuid4()),))[0] == "OT404"


def test_send_rate_limits_per_identifier_and_per_client(conn):
    policy = set_policy(conn, identifier_limit=2, client_limit=3, limit_window_seconds=3600, resend_cooldown_seconds=0)
    email = unique_email("limited")
    initiate(conn, email, policy=policy)
    initiate(conn, email.upper(), policy=policy)  # the same person after normalisation
    state, message = sqlstate_of(
        conn, "SELECT otp_initiate(%s, 'email', '{}', %s)", (email, policy)
    )
    assert state == "OT429"
    assert message.startswith("too many codes requested for this identifier: retry in ")
    # The sliding window weighs the previous fixed window by its overlap, so a full window can
    # hold the limit for up to 1.5 window lengths.
    assert 0 < int(message.split("retry in ")[1].split()[0]) <= 5400

    # Another identifier from the same client address: its own limit of 3.
    for i in range(3):
        initiate(conn, unique_email(f"client{i}"), policy=policy, client_addr="192.0.2.7")
    state, message = sqlstate_of(
        conn, "SELECT otp_initiate(%s, 'email', '{}', %s, '192.0.2.7')", (unique_email("client"), policy)
    )
    assert state == "OT429" and "client address" in message
    # IPv6 clients are counted per /64.
    for i in range(3):
        initiate(conn, unique_email(f"v6-{i}"), policy=policy, client_addr=f"2001:db8:1:2::{i + 1}")
    assert sqlstate_of(
        conn, "SELECT otp_initiate(%s, 'email', '{}', %s, '2001:db8:1:2:ffff::9')", (unique_email("v6"), policy)
    )[0] == "OT429"
    initiate(conn, unique_email("v6-other"), policy=policy, client_addr="2001:db8:1:3::1")

    # Resends count against the same limits.
    other = unique_email("limited-resend")
    started = initiate(conn, other, policy=policy)
    resend(conn, started["challenge_id"])
    assert sqlstate_of(conn, "SELECT otp_resend(%s)", (started["challenge_id"],))[0] == "OT429"


def test_sliding_window_weighs_the_previous_window(conn):
    """A hit is allowed when current + 1 + previous * overlap <= limit, overlap being the share of
    the previous fixed window still inside the sliding one. The counter rows are set up directly,
    with counts chosen from the moment the test runs so that each case is clear either way: an
    inverted weighting fails, and one left out does too but in the first hour of a week."""
    window = 604800  # a week: the test does not run into the next window
    limit = 100
    policy = set_policy(conn, identifier_limit=limit, limit_window_seconds=window)
    start, elapsed = conn.execute(
        "SELECT to_timestamp(floor(extract(epoch FROM now()) / %(w)s) * %(w)s),"
        "       extract(epoch FROM now()) - floor(extract(epoch FROM now()) / %(w)s) * %(w)s",
        {"w": window},
    ).fetchone()
    elapsed = float(elapsed)
    overlap = 1 - elapsed / window
    previous = start - timedelta(seconds=window)

    def counter(email, window_start, hits, previous_hits=0):
        conn.execute(
            """INSERT INTO otp_private.rate_counter
                   (policy, scope, subject, window_start, window_seconds, hits, previous_hits)
               VALUES (%s, 'send_identifier', otp_normalize_identifier(%s, 'email'), %s, %s, %s, %s)""",
            (policy, email, window_start, window, hits, previous_hits),
        )

    def row(email):
        return conn.execute(
            """SELECT window_start, hits, previous_hits FROM otp_private.rate_counter
                WHERE policy = %s AND scope = 'send_identifier' AND subject = otp_normalize_identifier(%s, 'email')""",
            (policy, email),
        ).fetchone()

    def refused_for(email):
        """Seconds the refusal asks to wait."""
        state, message = sqlstate_of(conn, "SELECT otp_initiate(%s, 'email', '{}', %s)", (email, policy))
        assert state == "OT429", message
        return int(message.split("retry in ")[1].split()[0])

    # Previous window only. Weighted, it leaves half a hit less than room for one: refused, nothing
    # counted, and the wait is until enough of it has slid out.
    heavy = unique_email("sliding-heavy")
    heavy_hits = math.ceil((limit - 0.5) / overlap)
    counter(heavy, previous, heavy_hits)
    expected_wait = window * (1 - (limit - 1) / heavy_hits) - elapsed
    assert abs(refused_for(heavy) - max(1, math.ceil(expected_wait))) <= 2
    assert row(heavy) == (previous, heavy_hits, 0)
    # Half a hit more room than one: allowed, and the row moves on to this window.
    light = unique_email("sliding-light")
    light_hits = math.floor((limit - 1.5) / overlap)
    counter(light, previous, light_hits)
    initiate(conn, light, policy=policy)
    assert row(light) == (start, 1, light_hits)

    # This window's hits plus the weighted previous window, the same two ways.
    current_heavy = unique_email("sliding-current-heavy")
    counter(current_heavy, start, 10, math.ceil((limit - 10 - 0.5) / overlap))
    refused_for(current_heavy)
    assert row(current_heavy)[1] == 10
    current_light = unique_email("sliding-current-light")
    light_previous = math.floor((limit - 10 - 1.5) / overlap)
    counter(current_light, start, 10, light_previous)
    initiate(conn, current_light, policy=policy)
    assert row(current_light) == (start, 11, light_previous)

    # A full window: refused whatever came before.
    full = unique_email("sliding-full")
    counter(full, start, limit)
    refused_for(full)

    # Counts two or more windows old no longer count.
    stale = unique_email("sliding-stale")
    counter(stale, start - timedelta(seconds=2 * window), 1000, 1000)
    initiate(conn, stale, policy=policy)
    assert row(stale) == (start, 1, 0)


def test_refused_requests_are_not_counted(conn):
    policy = set_policy(conn, identifier_limit=1, limit_window_seconds=3600)
    email = unique_email("refused")
    initiate(conn, email, policy=policy)
    for _ in range(3):
        assert sqlstate_of(conn, "SELECT otp_initiate(%s, 'email', '{}', %s)", (email, policy))[0] == "OT429"
    hits = conn.execute(
        "SELECT sum(hits) FROM otp_private.rate_counter WHERE policy = %s AND scope = 'send_identifier'", (policy,)
    ).fetchone()[0]
    assert hits == 1


def test_verify_rate_limit(conn):
    # identifier_limit 1 x max_attempts 2 = 2 verifications per window for this identifier.
    policy = set_policy(conn, identifier_limit=1, max_attempts=2, limit_window_seconds=3600)
    started = initiate(conn, unique_email("verify-limit"), policy=policy)
    code = latest_code(conn, started["challenge_id"])
    assert verify(conn, started["challenge_id"], wrong_code(code))["status"] == "invalid_code"
    assert verify(conn, started["challenge_id"], wrong_code(code))["status"] == "invalid_code"
    limited = verify(conn, started["challenge_id"], code)
    assert (limited["status"], limited["remaining_attempts"], limited["identifier"]) == ("rate_limited", None, None)


def test_verify_rate_limit_per_client(conn):
    policy = set_policy(conn, client_limit=1, max_attempts=2, limit_window_seconds=3600)
    started = initiate(conn, unique_email("verify-client"), policy=policy)
    code = latest_code(conn, started["challenge_id"])
    for _ in range(2):
        assert verify(conn, started["challenge_id"], wrong_code(code), "198.51.100.4")["status"] == "invalid_code"
    other = initiate(conn, unique_email("verify-client2"), policy=policy)
    other_code = latest_code(conn, other["challenge_id"])
    assert verify(conn, other["challenge_id"], other_code, "198.51.100.4")["status"] == "rate_limited"
    assert verify(conn, other["challenge_id"], other_code, "198.51.100.5")["status"] == "success"


def test_a_verification_computes_the_code_digest_once(conn, connect):
    started = initiate(conn, unique_email("once"))
    typed = wrong_code(latest_code(conn, started["challenge_id"]))
    db = connect(autocommit=False)
    db.execute("SET LOCAL track_functions = 'all'")
    db.execute("SET LOCAL otp_pg.require_autocommit = off")  # to read this transaction's counts
    assert verify(db, started["challenge_id"], typed)["status"] == "invalid_code"
    calls = db.execute(
        "SELECT calls FROM pg_stat_xact_user_functions WHERE schemaname = 'otp_private' AND funcname = 'attempt_outcome'"
    ).fetchone()
    db.rollback()
    assert calls == (1,)


def test_unknown_challenge_ids_count_against_the_client_limit(conn):
    default = conn.execute(
        "SELECT client_limit * max_attempts FROM otp_policies() WHERE name = 'default'").fetchone()[0]
    client = f"2001:db8:{uuid.uuid4().int % 65536:x}:{uuid.uuid4().int % 65536:x}::7"
    statuses = [verify(conn, uuid.uuid4(), "123456", client)["status"] for _ in range(default + 1)]
    assert statuses == ["not_found"] * default + ["rate_limited"]
    # The same counter covers real challenges of the default policy from that client...
    started = initiate(conn, unique_email("guesser"))
    assert verify(conn, started["challenge_id"], latest_code(conn, started["challenge_id"]), client)["status"] == "rate_limited"
    # ...and without a client address there is nothing to count against.
    assert verify(conn, uuid.uuid4(), "123456")["status"] == "not_found"


def test_two_senders_never_claim_the_same_request(conn, connect):
    policy = set_policy(conn)
    ids = {initiate(conn, unique_email(f"senders{i}"), policy=policy)["challenge_id"] for i in range(20)}
    first, second = connect(autocommit=False), connect(autocommit=False)
    a = claim(first, max_count=12)
    b = claim(second, max_count=1000)  # while the first still holds its rows
    first.commit()
    second.commit()
    claimed_a = {r["delivery_id"] for r in a}
    claimed_b = {r["delivery_id"] for r in b}
    assert not claimed_a & claimed_b
    ours = {r["challenge_id"] for r in a + b} & ids
    assert ours == ids


def test_lease_expiry_and_failure_backoff(conn):
    started = initiate(conn, unique_email("lease"))
    first = [r for r in claim(conn, lease_seconds=1) if r["challenge_id"] == started["challenge_id"]]
    assert len(first) == 1
    assert all(r["challenge_id"] != started["challenge_id"] for r in claim(conn, lease_seconds=1))
    time.sleep(1.1)
    second = [r for r in claim(conn, lease_seconds=30) if r["challenge_id"] == started["challenge_id"]]
    assert [r["delivery_id"] for r in second] == [first[0]["delivery_id"]]
    assert second[0]["code"] == first[0]["code"]

    assert conn.execute("SELECT otp_fail_delivery(%s, 'SMTP 451 try later')", (second[0]["delivery_id"],)).fetchone()[0]
    row = conn.execute(
        "SELECT state, last_error, available_at > now() FROM otp_private.delivery WHERE delivery_id = %s",
        (second[0]["delivery_id"],),
    ).fetchone()
    assert row == ("pending", "SMTP 451 try later", True)
    assert all(r["challenge_id"] != started["challenge_id"] for r in claim(conn))
    # Acknowledging erases the sealed code; a second acknowledgement changes nothing.
    assert conn.execute("SELECT otp_ack_delivery(%s)", (second[0]["delivery_id"],)).fetchone()[0] is True
    assert conn.execute("SELECT otp_ack_delivery(%s)", (second[0]["delivery_id"],)).fetchone()[0] is False
    assert conn.execute(
        "SELECT sealed_code IS NULL FROM otp_private.delivery WHERE delivery_id = %s", (second[0]["delivery_id"],)
    ).fetchone()[0]


def test_release_hands_a_claimed_request_back_without_counting_a_try(conn):
    started = initiate(conn, unique_email("release"))
    [request] = [r for r in claim(conn, lease_seconds=300) if r["challenge_id"] == started["challenge_id"]]
    delivery_id = request["delivery_id"]

    def row():
        return conn.execute(
            "SELECT state, tries, leased, available_at <= now() FROM otp_private.delivery WHERE delivery_id = %s",
            (delivery_id,),
        ).fetchone()

    assert row() == ("pending", 1, True, False)
    assert conn.execute("SELECT otp_release_delivery(%s)", (delivery_id,)).fetchone()[0] is True
    assert row() == ("pending", 0, False, True)
    # Not under a lease any more: a second release changes nothing.
    assert conn.execute("SELECT otp_release_delivery(%s)", (delivery_id,)).fetchone()[0] is False
    [again] = [r for r in claim(conn) if r["challenge_id"] == started["challenge_id"]]
    assert (again["delivery_id"], again["code"]) == (delivery_id, request["code"])
    # A failed request waits out its back-off: releasing it must not cut that short.
    assert conn.execute("SELECT otp_fail_delivery(%s, 'busy')", (delivery_id,)).fetchone()[0] is True
    assert conn.execute("SELECT otp_release_delivery(%s)", (delivery_id,)).fetchone()[0] is False
    assert row() == ("pending", 1, False, False)
    # Nor can a sent or unknown request be released.
    conn.execute("SELECT otp_ack_delivery(%s)", (delivery_id,))
    assert conn.execute("SELECT otp_release_delivery(%s)", (delivery_id,)).fetchone()[0] is False
    assert conn.execute("SELECT otp_release_delivery(-1)").fetchone()[0] is False


def test_delivery_is_abandoned_after_ten_failed_tries(conn):
    started = initiate(conn, unique_email("abandon"))
    delivery_id = None
    for attempt in range(1, 11):
        # Skip the back-off instead of waiting for it: the tries are what is under test.
        conn.execute(
            "UPDATE otp_private.delivery SET available_at = now() - interval '1 second' "
            "WHERE challenge_id = %s AND state = 'pending'",
            (started["challenge_id"],),
        )
        claimed = [r for r in claim(conn) if r["challenge_id"] == started["challenge_id"]]
        assert len(claimed) == 1, f"try {attempt}"
        delivery_id = claimed[0]["delivery_id"]
        retrying = conn.execute("SELECT otp_fail_delivery(%s, 'gateway down')", (delivery_id,)).fetchone()[0]
        assert retrying is (attempt < 10), f"try {attempt}"
    row = conn.execute(
        "SELECT state, tries, sealed_code IS NULL, last_error FROM otp_private.delivery WHERE delivery_id = %s",
        (delivery_id,),
    ).fetchone()
    assert row == ("abandoned", 10, True, "gateway down")
    conn.execute("UPDATE otp_private.delivery SET available_at = now() - interval '1 second' WHERE delivery_id = %s", (delivery_id,))
    assert all(r["challenge_id"] != started["challenge_id"] for r in claim(conn))


def test_no_code_in_plain_text_at_rest(conn):
    policy = set_policy(conn, code_length=10, resend_cooldown_seconds=0)
    started = initiate(conn, unique_email("atrest"), policy=policy, payload='{"k": "v"}')
    pending = claim(conn)
    codes = [r["code"] for r in pending if r["challenge_id"] == started["challenge_id"]]
    resend(conn, started["challenge_id"])
    codes += [latest_code(conn, started["challenge_id"])]
    assert verify(conn, started["challenge_id"], wrong_code(codes[-1]))["status"] == "invalid_code"
    assert verify(conn, started["challenge_id"], codes[-1])["status"] == "success"
    assert len(codes) == 2

    columns = conn.execute(
        """SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'otp_private'"""
    ).fetchall()
    assert len(columns) > 20
    for code in codes:
        for table, column, data_type in columns:
            if data_type == "bytea":
                query = f'SELECT count(*) FROM otp_private."{table}" WHERE position(%s::bytea IN "{column}") > 0'
                found = conn.execute(query, (code.encode(),)).fetchone()[0]
            else:
                query = f'SELECT count(*) FROM otp_private."{table}" WHERE "{column}"::text LIKE %s'
                found = conn.execute(query, (f"%{code}%",)).fetchone()[0]
            assert found == 0, f"code found in {table}.{column}"


def test_purge_removes_after_retention(conn):
    policy = set_policy(conn, ttl_seconds=1, retention_seconds=1)
    finished = initiate(conn, unique_email("purge-a"), policy=policy)
    assert verify(conn, finished["challenge_id"], latest_code(conn, finished["challenge_id"]))["status"] == "success"
    expired = initiate(conn, unique_email("purge-b"), policy=policy)
    kept = initiate(conn, unique_email("purge-c"))  # default policy: kept for a day
    time.sleep(2.2)
    removed = conn.execute("SELECT otp_purge()").fetchone()[0]
    assert removed >= 4  # two challenges and their two delivery requests
    remaining = {
        row[0]
        for row in conn.execute(
            "SELECT challenge_id FROM otp_private.challenge WHERE challenge_id = ANY(%s)",
            ([finished["challenge_id"], expired["challenge_id"], kept["challenge_id"]],),
        )
    }
    assert remaining == {kept["challenge_id"]}
    assert verify(conn, expired["challenge_id"], "123456")["status"] == "not_found"


def test_key_rotation_keeps_codes_in_flight_working(conn):
    before = initiate(conn, unique_email("rotate-before"))
    old_key = conn.execute("SELECT key_id FROM otp_private.server_key WHERE retired_at IS NULL").fetchone()[0]
    new_key = conn.execute("SELECT otp_rotate_server_key()").fetchone()[0]
    assert new_key != old_key
    after = initiate(conn, unique_email("rotate-after"))
    for started in (before, after):
        assert verify(conn, started["challenge_id"], latest_code(conn, started["challenge_id"]))["status"] == "success"
    keys = dict(conn.execute("SELECT key_id, retired_at IS NULL FROM otp_private.server_key").fetchall())
    assert keys[new_key] is True and keys[old_key] is False
    # A challenge started under the old key and resent after the rotation uses the new key.
    policy = set_policy(conn, resend_cooldown_seconds=0)
    started = initiate(conn, unique_email("rotate-resend"), policy=policy)
    newest_key = conn.execute("SELECT otp_rotate_server_key()").fetchone()[0]
    resend(conn, started["challenge_id"])
    assert conn.execute(
        """SELECT c.server_key_id, d.server_key_id FROM otp_private.challenge c
             JOIN otp_private.delivery d ON d.delivery_id = c.delivery_id WHERE c.challenge_id = %s""",
        (started["challenge_id"],),
    ).fetchone() == (newest_key, newest_key)
    code = latest_code(conn, started["challenge_id"])
    assert verify(conn, started["challenge_id"], wrong_code(code))["status"] == "invalid_code"
    assert verify(conn, started["challenge_id"], code)["status"] == "success"


def test_policies(conn):
    name = set_policy(conn, code_length=8, ttl_seconds=120)
    row = conn.execute("SELECT * FROM otp_policies() WHERE name = %s", (name,)).fetchone()
    # Unset values come from the 'default' policy.
    assert row[1:] == (8, 120, 5, 3, 30, 86400, 5, 20, 600)
    set_policy(conn, name, max_attempts=2)
    row = conn.execute("SELECT * FROM otp_policies() WHERE name = %s", (name,)).fetchone()
    assert row[1:4] == (8, 120, 2)
    started = initiate(conn, unique_email("policy"), policy=name)
    assert started["ttl_seconds"] == 120
    assert len(latest_code(conn, started["challenge_id"])) == 8
    assert conn.execute("SELECT count(*) FROM otp_policies() WHERE name = 'default'").fetchone()[0] == 1


def test_strict_null_results(conn):
    assert conn.execute("SELECT otp_normalize_identifier(NULL, 'email')").fetchone()[0] is None
    assert conn.execute("SELECT otp_normalize_identifier('a@b.c', NULL)").fetchone()[0] is None


@pytest.mark.parametrize(
    "identifier,channel,expected",
    [
        ("  Alice@Example.COM ", "email", "alice@example.com"),
        ("ÅSA@Exempel.SE", "email", "åsa@exempel.se"),
        ("+46 (70) 123-4567", "sms", "+46701234567"),
        ("0046 (0)70 123 45 67", "sms", "+46701234567"),
        ("+1 650 253 0000", "SMS", "+16502530000"),
        ("Alice+News@BÜCHER.example", "email", "alice+news@xn--bcher-kva.example"),
    ],
)
def test_normalize_identifier(conn, identifier, channel, expected):
    assert conn.execute("SELECT otp_normalize_identifier(%s, %s)", (identifier, channel)).fetchone()[0] == expected
