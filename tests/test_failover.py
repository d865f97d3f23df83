"""otp_pg on a streaming replica, and after failing over to it.

A primary and a hot standby of its own, made with pg_basebackup -R and streaming over loopback.
Challenges, an authenticator factor and recovery codes are made on the primary after the standby
started, so they reach it through streaming. On the standby the functions that only read answer
with what was streamed (tests/test_standby.py calls every function there, and checks that each one
that writes fails with 25006). Then the primary stops at
once (immediate mode, as if it died), the standby is promoted, and the challenges verify there:
codes sent before the failover still work; attempt counts, used TOTP steps and used recovery codes
carried over.

The tests share one pair of servers and run in file order: the promotion happens once, when the
first test that needs the promoted server asks for it.
"""

import time
from types import SimpleNamespace

import pyotp
import pytest

from clusters import ServerGroup
from helpers import claim, initiate, poll_until, set_policy, unique_email, verify, wrong_code

FACTOR_KEY = "user-failover"
SKEW = 10  # wide enough that TOTP codes made at setup are still in the window when checked


def deliver(conn) -> dict:
    """Claims and acknowledges every pending request; challenge id -> code."""
    codes = {}
    for request in claim(conn):
        codes[request["challenge_id"]] = request["code"]
        assert conn.execute("SELECT otp_ack_delivery(%s)", (request["delivery_id"],)).fetchone()[0]
    return codes


@pytest.fixture(scope="module")
def group():
    with ServerGroup() as servers:
        yield servers


@pytest.fixture(scope="module")
def replica(group):
    # Preloaded, so that the purge worker's start on a primary and after promotion can be seen.
    primary = group.create("primary", {"wal_level": "replica", "hot_standby": "on",
                                       "shared_preload_libraries": "otp_pg"})
    primary.start()
    primary.create_extension()
    standby = group.replica_of(primary, "standby")
    standby.start()

    data = SimpleNamespace(primary=primary, standby=standby)
    with primary.connect() as conn:
        data.policy = set_policy(conn, "failover", max_attempts=5, ttl_seconds=3600,
                                 identifier_limit=1000, client_limit=1000)
        data.email = unique_email("failover")
        # One challenge for the right code, one for a wrong then the right code, one that had a
        # wrong code on the primary already.
        started = [initiate(conn, data.email, payload='{"next": "/home"}', policy=data.policy)["challenge_id"]
                   for _ in range(3)]
        codes = deliver(conn)
        data.right, data.wrong_then_right, data.wrong_before = (
            SimpleNamespace(challenge=c, code=codes[c]) for c in started)
        first = verify(conn, data.wrong_before.challenge, wrong_code(data.wrong_before.code))
        assert (first["status"], first["remaining_attempts"]) == ("invalid_code", 4)

        # A delivery request left pending on the primary, for the promoted standby to hand out.
        data.pending = initiate(conn, unique_email("failover-pending"), policy=data.policy)["challenge_id"]

        # An active factor whose latest accepted step is one after the confirmation's.
        data.secret = conn.execute("SELECT secret FROM otp_totp_enroll(%s)", (FACTOR_KEY,)).fetchone()[0]
        app = pyotp.TOTP(data.secret)
        confirmed_at = time.time()
        assert conn.execute("SELECT otp_totp_confirm(%s, %s)", (FACTOR_KEY, app.at(confirmed_at))).fetchone()[0]
        data.used_totp = app.at(confirmed_at + 30)
        data.next_totp = app.at(confirmed_at + 60)
        assert conn.execute("SELECT otp_totp_check(%s, %s, %s)", (FACTOR_KEY, data.used_totp, SKEW)).fetchone()[0]

        data.recovery = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, 3)", (FACTOR_KEY,))]
        assert conn.execute("SELECT otp_recovery_code_use(%s, %s)", (FACTOR_KEY, data.recovery[0])).fetchone()[0]

        data.policies = conn.execute("SELECT * FROM otp_policies() ORDER BY name").fetchall()
        try:
            poll_until(lambda: conn.execute("SELECT state FROM pg_stat_replication").fetchall() == [("streaming",)],
                       120, "the standby to stream")
        except AssertionError as error:
            raise AssertionError(f"{error}; the standby's log:\n{standby.log()[-3000:]}") from None
    standby.wait_for_replay(primary)
    return data


@pytest.fixture(scope="module")
def promoted(replica):
    """The standby after the primary died (immediate stop: no shutdown checkpoint) and it was
    promoted."""
    replica.primary.stop("immediate")
    replica.standby.promote()
    with replica.standby.connect() as conn:
        assert conn.execute("SELECT pg_is_in_recovery()").fetchone()[0] is False
    return replica


def test_standby_answers_read_only_functions(replica):
    app = pyotp.TOTP(replica.secret)
    with replica.standby.connect() as conn:
        assert conn.execute("SELECT pg_is_in_recovery()").fetchone()[0] is True

        def one(query, *params):
            return conn.execute(query, params).fetchone()[0]

        # RFC 4226 appendix D, and a TOTP code as an authenticator app computes it.
        assert one("SELECT otp_hotp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1)") == "287082"
        assert one("SELECT otp_totp(%s, to_timestamp(1700000000))", replica.secret) == app.at(1700000000)
        assert one("SELECT otp_totp_verify(%s, %s, skew => %s)", replica.secret, replica.next_totp, SKEW) is True
        assert one("SELECT otp_totp_verify(%s, %s, to_timestamp(1700000000), skew => 0)",
                   replica.secret, wrong_code(app.at(1700000000))) is False
        assert one("SELECT otp_normalize_identifier(' Alice@Example.COM ', 'email')") == "alice@example.com"
        assert one("SELECT otp_normalize_identifier('+46 (70) 123-4567', 'SMS')") == "+46701234567"
        assert len(one("SELECT otp_generate_secret()")) == 32
        assert one("SELECT otp_base32_decode(otp_base32_encode('\\x00ff'::bytea))") == b"\x00\xff"
        assert one("SELECT otp_totp_uri(%s, 'alice@example.com', 'Example Co')", replica.secret) == (
            f"otpauth://totp/Example%20Co:alice%40example.com?secret={replica.secret}&issuer=Example%20Co")
        assert one("SELECT otp_totp_qr_svg('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP')").startswith("<svg")
        # What was written on the primary after the base backup arrived by streaming.
        assert conn.execute("SELECT * FROM otp_policies() ORDER BY name").fetchall() == replica.policies
        assert one("SELECT otp_recovery_codes_remaining(%s)", FACTOR_KEY) == 2


PURGE_WORKERS = "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'otp_pg purge'"


def test_purge_worker_runs_on_the_primary_and_not_on_the_standby(replica):
    with replica.primary.connect() as conn:
        poll_until(lambda: conn.execute(PURGE_WORKERS).fetchone()[0] == 1, 30, "the primary's purge worker")
    with replica.standby.connect() as conn:
        assert conn.execute(PURGE_WORKERS).fetchone()[0] == 0


def test_codes_sent_before_the_failover_verify_on_the_promoted_standby(promoted):
    with promoted.standby.connect() as conn:
        answer = verify(conn, promoted.right.challenge, promoted.right.code)
        assert answer == {"status": "success", "remaining_attempts": 4, "identifier": promoted.email,
                          "channel": "email", "payload": {"next": "/home"}, "token": None}
        assert verify(conn, promoted.right.challenge, promoted.right.code)["status"] == "not_found"


def test_wrong_codes_count_on_the_promoted_standby(promoted):
    with promoted.standby.connect() as conn:
        wrong_then_right = promoted.wrong_then_right
        answer = verify(conn, wrong_then_right.challenge, wrong_code(wrong_then_right.code))
        assert (answer["status"], answer["remaining_attempts"]) == ("invalid_code", 4)
        answer = verify(conn, wrong_then_right.challenge, wrong_then_right.code)
        assert (answer["status"], answer["remaining_attempts"]) == ("success", 3)
        # The wrong code tried on the primary still counts.
        answer = verify(conn, promoted.wrong_before.challenge, wrong_code(promoted.wrong_before.code))
        assert (answer["status"], answer["remaining_attempts"]) == ("invalid_code", 3)
        attempts = conn.execute(
            "SELECT attempts FROM otp_private.challenge WHERE challenge_id = %s", (promoted.wrong_before.challenge,)
        ).fetchone()[0]
        assert attempts == 2


def test_factor_and_recovery_codes_carry_over_to_the_promoted_standby(promoted):
    with promoted.standby.connect() as conn:
        # The step accepted on the primary is refused (still inside the window: not for its age).
        replayed = conn.execute(
            "SELECT otp_totp_verify(%(secret)s, %(code)s, skew => %(skew)s),"
            " otp_totp_check(%(key)s, %(code)s, %(skew)s)",
            {"secret": promoted.secret, "code": promoted.used_totp, "skew": SKEW, "key": FACTOR_KEY},
        ).fetchone()
        assert replayed == (True, False)

        def one(query, *params):
            return conn.execute(query, params).fetchone()[0]

        assert one("SELECT otp_totp_check(%s, %s, %s)", FACTOR_KEY, promoted.next_totp, SKEW) is True
        assert one("SELECT otp_recovery_code_use(%s, %s)", FACTOR_KEY, promoted.recovery[0]) is False
        assert one("SELECT otp_recovery_code_use(%s, %s)", FACTOR_KEY, promoted.recovery[1]) is True
        assert one("SELECT otp_recovery_codes_remaining(%s)", FACTOR_KEY) == 1


def test_promoted_standby_starts_new_challenges(promoted):
    with promoted.standby.connect() as conn:
        started = initiate(conn, unique_email("after-failover"), policy=promoted.policy)
        codes = deliver(conn)
        # The request left pending on the primary is handed out too, once.
        assert set(codes) == {started["challenge_id"], promoted.pending}
        assert deliver(conn) == {}
        answer = verify(conn, started["challenge_id"], codes[started["challenge_id"]])
        assert (answer["status"], answer["remaining_attempts"]) == ("success", 4)


def test_purge_worker_starts_on_the_promoted_standby(promoted):
    with promoted.standby.connect() as conn:
        poll_until(lambda: conn.execute(PURGE_WORKERS).fetchone()[0] == 1, 60, "the purge worker after promotion")
