"""Explicit interleavings of two sessions on one challenge, delivery queue or factor.

Each test holds one call's transaction open on one connection, starts the other call on a second
connection in a thread, proves from pg_stat_activity and pg_blocking_pids() that the second waits
for a lock the first holds (for claims: that it does not wait), then commits or rolls back the
first and checks the second's answer, which sql/sessions.sql and sql/factors.sql fix exactly.
(tests/test_concurrency.py lets many calls race; these put two calls in a fixed order.)

Expiry: otp_verify compares expires_at with now(), the start of the verifying transaction. A
verification judged before expiry is therefore one whose transaction began before: tests that need
one open that transaction before the challenge is even created, so nothing depends on how fast the
machine is. Purging removes challenges whose purge_after (expiry plus retention) has passed.

The tests use a database of their own on the shared server, and each starts with otp_pg created
afresh in it, so that otp_purge and otp_claim_deliveries see that test's rows only.
"""

import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pyotp
import pytest
from psycopg.pq import TransactionStatus

from helpers import (
    claim, initiate, latest_code, poll_until, resend, set_policy, unique_email, unique_name, verify, wrong_code,
)

# Generous bounds for waiting; a call stuck on a lock fails instead of hanging the suite.
WAIT_SECONDS = 60
LOCK_TIMEOUT = "60s"


class Scene:
    """One test's connections to the module's database, with otp_pg freshly created in it, and
    the calls the test runs in the background."""

    def __init__(self, dsn, database):
        self.dsn = dsn
        self.database = database
        self.connections = []
        self.background = ThreadPoolExecutor(max_workers=2)
        self.observer = self.connect()
        self.observer.execute("DROP EXTENSION IF EXISTS otp_pg CASCADE")
        self.observer.execute("CREATE EXTENSION otp_pg")

    def connect(self, autocommit=True) -> psycopg.Connection:
        # These sessions hold attempt-counting calls in open transactions on purpose, as a caller
        # that commits after every result does: otp_pg.require_autocommit is off for them.
        connection = psycopg.connect(self.dsn, dbname=self.database, autocommit=autocommit,
                                     options=f"-c lock_timeout={LOCK_TIMEOUT} -c otp_pg.require_autocommit=off")
        self.connections.append(connection)
        return connection

    def begin(self) -> psycopg.Connection:
        """A connection with a transaction open from now on (so its now() is fixed now)."""
        connection = self.connect(autocommit=False)
        connection.execute("SELECT now()")
        return connection

    def blocked(self, waiter, holder, work):
        """Starts work(waiter) in the background and returns its future once the waiter's backend
        waits for a lock that the holder's open transaction holds."""
        assert holder.info.transaction_status == TransactionStatus.INTRANS
        future = self.background.submit(work, waiter)

        def waiting():
            if future.done():
                raise AssertionError(f"the second call did not wait for the first: it returned {future.result()!r}")
            return self.observer.execute(
                "SELECT wait_event_type = 'Lock' AND %s = ANY(pg_blocking_pids(pid))"
                " FROM pg_stat_activity WHERE pid = %s",
                (holder.info.backend_pid, waiter.info.backend_pid),
            ).fetchone()[0]

        poll_until(waiting, WAIT_SECONDS, "the second call to wait for the first one's lock", interval=0.01)
        return future

    def still_open(self, holder) -> bool:
        """True if the holder's transaction is open and idle: whatever returned meanwhile did not
        wait for it to end."""
        state = self.observer.execute(
            "SELECT state FROM pg_stat_activity WHERE pid = %s", (holder.info.backend_pid,)
        ).fetchone()[0]
        return holder.info.transaction_status == TransactionStatus.INTRANS and state == "idle in transaction"

    def wait_until_past(self, moment):
        poll_until(lambda: self.observer.execute("SELECT clock_timestamp() > %s", (moment,)).fetchone()[0],
                   WAIT_SECONDS, f"the clock to pass {moment}")

    def close(self):
        # Ending the test's sessions first releases any call still waiting in a thread (after a
        # failure) before its connection is closed.
        with psycopg.connect(self.dsn, dbname=self.database, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                          " WHERE datname = current_database() AND pid <> pg_backend_pid()")
        self.background.shutdown(wait=True)
        for connection in self.connections:
            connection.close()


@pytest.fixture(scope="module")
def database(dsn):
    name = unique_name("interleave").replace("-", "_")
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
        try:
            yield name
        finally:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def scene(dsn, database):
    made = Scene(dsn, database)
    try:
        yield made
    finally:
        made.close()


def end(connection, how):
    if how == "commit":
        connection.commit()
    else:
        connection.rollback()


def race_policy(conn, **settings) -> str:
    """No rate limit or resend cooldown gets in the way; one rate window for the whole test."""
    return set_policy(conn, "race", identifier_limit=1000000, client_limit=1000000, limit_window_seconds=604800,
                      resend_cooldown_seconds=0, **settings)


def outcome_of_resend(conn, challenge):
    try:
        resend(conn, challenge)
    except psycopg.Error as error:
        return error.sqlstate, error.diag.message_primary
    return "sent", None


def row_count(conn, table, challenge) -> int:
    return conn.execute(f"SELECT count(*) FROM otp_private.{table} WHERE challenge_id = %s", (challenge,)).fetchone()[0]


# --- verify against resend ----------------------------------------------------------------------

# A resend is open when the user's code arrives; the verification waits for the challenge row and
# then compares with whatever code the row holds once the resend ended. Attempts carry over.
# (how the resend ends, code typed) -> (answer, a later check: (code, answer))
VERIFY_AFTER_RESEND = {
    ("commit", "old"): (("invalid_code", 4), ("new", ("success", 3))),
    ("commit", "new"): (("success", 4), ("old", ("not_found", None))),
    ("rollback", "old"): (("success", 4), ("old", ("not_found", None))),
    ("rollback", "new"): (("invalid_code", 4), ("old", ("success", 3))),
}


@pytest.mark.parametrize("resend_ends, typed", sorted(VERIFY_AFTER_RESEND))
def test_verification_waits_for_a_resend_and_compares_with_the_code_it_then_holds(scene, resend_ends, typed):
    setup = scene.observer
    challenge = initiate(setup, unique_email("resend-first"), policy=race_policy(setup))["challenge_id"]
    codes = {"old": latest_code(setup, challenge)}

    sender = scene.connect(autocommit=False)
    resend(sender, challenge)
    # The new code as the sender reads it from the outbox, inside the resend's transaction.
    [request] = claim(sender)
    codes["new"] = request["code"]
    assert codes["new"] != codes["old"]

    user = scene.connect()
    pending = scene.blocked(user, sender, lambda c: verify(c, challenge, codes[typed]))
    end(sender, resend_ends)
    answer = pending.result(timeout=WAIT_SECONDS)

    expected, (later_code, later_expected) = VERIFY_AFTER_RESEND[resend_ends, typed]
    assert (answer["status"], answer["remaining_attempts"]) == expected
    later = verify(setup, challenge, codes[later_code])
    assert (later["status"], later["remaining_attempts"]) == later_expected


# A verification is open when a resend is asked for; the resend waits for the challenge row and
# then sees it verified, locked, or still pending with the attempts counted so far.
# (code typed, how the verification ends) -> (verification's answer, resend's outcome,
#                                             later checks: [(code, answer)])
RESEND_AFTER_VERIFY = {
    ("right", "commit"): (("success", 4), ("OT409", "challenge_id names a challenge that was already used"),
                          [("old", ("not_found", None))]),
    # A rolled-back verification's attempt still counts (src/attempt_ledger.rs).
    ("right", "rollback"): (("success", 4), ("sent", None), [("old", ("invalid_code", 3)), ("new", ("success", 2))]),
    ("wrong", "commit"): (("invalid_code", 4), ("sent", None), [("new", ("success", 3))]),
    ("wrong", "rollback"): (("invalid_code", 4), ("sent", None), [("new", ("success", 3))]),
    ("locking wrong", "commit"): (("invalid_code", 0),
                                  ("OT409", "challenge_id names a challenge locked after too many wrong codes"),
                                  [("old", ("locked", 0))]),
}


@pytest.mark.parametrize("typed, verification_ends", sorted(RESEND_AFTER_VERIFY))
def test_resend_waits_for_a_verification_and_sees_its_outcome(scene, typed, verification_ends):
    setup = scene.observer
    policy = race_policy(setup, max_attempts=1 if typed == "locking wrong" else 5)
    challenge = initiate(setup, unique_email("verify-first"), policy=policy)["challenge_id"]
    codes = {"old": latest_code(setup, challenge)}

    user = scene.connect(autocommit=False)
    answer = verify(user, challenge, codes["old"] if typed == "right" else wrong_code(codes["old"]))
    sender = scene.connect()
    pending = scene.blocked(sender, user, lambda c: outcome_of_resend(c, challenge))
    end(user, verification_ends)
    resent = pending.result(timeout=WAIT_SECONDS)

    expected_answer, expected_resend, later_checks = RESEND_AFTER_VERIFY[typed, verification_ends]
    assert (answer["status"], answer["remaining_attempts"]) == expected_answer
    assert resent == expected_resend
    if resent[0] == "sent":
        codes["new"] = latest_code(setup, challenge)
    for code, expected in later_checks:
        later = verify(setup, challenge, codes[code])
        assert (later["status"], later["remaining_attempts"]) == expected, code


# --- verify against expiry ----------------------------------------------------------------------

@pytest.mark.parametrize("first_ends", ["commit", "rollback"])
def test_verification_begun_before_expiry_succeeds_after_waiting_past_it(scene, first_ends):
    first, user = scene.begin(), scene.begin()
    setup = scene.observer
    started = initiate(setup, unique_email("expiry-wait"), policy=race_policy(setup, ttl_seconds=1))
    challenge = started["challenge_id"]
    code = latest_code(setup, challenge)

    wrong = verify(first, challenge, wrong_code(code))
    assert (wrong["status"], wrong["remaining_attempts"]) == ("invalid_code", 4)
    pending = scene.blocked(user, first, lambda c: verify(c, challenge, code))
    scene.wait_until_past(started["expires_at"])
    end(first, first_ends)
    answer = pending.result(timeout=WAIT_SECONDS)
    user.commit()

    # The first one's attempt counts whether it committed or was rolled back (src/attempt_ledger.rs).
    assert (answer["status"], answer["remaining_attempts"]) == ("success", 3)
    assert verify(setup, challenge, code)["status"] == "not_found"


@pytest.mark.parametrize("first_ends", ["commit", "rollback"])
def test_verification_begun_after_expiry_is_expired_whatever_it_waited_for(scene, first_ends):
    first = scene.begin()
    setup = scene.observer
    started = initiate(setup, unique_email("expiry-late"), policy=race_policy(setup, ttl_seconds=1))
    challenge = started["challenge_id"]
    code = latest_code(setup, challenge)

    wrong = verify(first, challenge, wrong_code(code))
    assert (wrong["status"], wrong["remaining_attempts"]) == ("invalid_code", 4)
    scene.wait_until_past(started["expires_at"])
    user = scene.connect()
    # It waits for the identifier's verification rate counter, which the first one's uncommitted
    # hit holds: an expired challenge's row is never locked.
    pending = scene.blocked(user, first, lambda c: verify(c, challenge, code))
    end(first, first_ends)
    answer = pending.result(timeout=WAIT_SECONDS)

    assert (answer["status"], answer["remaining_attempts"]) == ("expired", None)
    # Only the first verification's attempt counts, committed or rolled back (src/attempt_ledger.rs):
    # in the row, or on the ledger until otp_purge records it (an expired challenge's isn't read).
    attempts, state = setup.execute("SELECT attempts, state::text FROM otp_private.challenge WHERE challenge_id = %s",
                                    (challenge,)).fetchone()
    peek = scene.connect(autocommit=False)
    waiting = peek.execute("SELECT otp_private.record_taken_back('challenge ' || %s)", (challenge,)).fetchone()[0]
    peek.rollback()
    assert (attempts + waiting, state) == (1, "pending")
    assert verify(setup, challenge, code)["status"] == "expired"


# --- verify against purge -----------------------------------------------------------------------

@pytest.mark.parametrize("verification_ends", ["commit", "rollback"])
def test_purge_skips_a_challenge_a_verification_holds_and_removes_it_next_time(scene, verification_ends):
    # A purge that waited for the row could be held up by any statement that kept it (the purge
    # worker with it): it skips a held challenge, with its delivery, until its next run.
    user = scene.begin()
    setup = scene.observer
    policy = race_policy(setup, ttl_seconds=1, retention_seconds=0)
    started = initiate(setup, unique_email("purge-wait"), policy=policy)
    challenge = started["challenge_id"]
    code = latest_code(setup, challenge)

    wrong = verify(user, challenge, wrong_code(code))
    assert (wrong["status"], wrong["remaining_attempts"]) == ("invalid_code", 4)
    # With no retention the challenge is due for purging when it expires.
    scene.wait_until_past(started["expires_at"])
    admin = scene.connect()
    admin.execute("SELECT otp_purge()")
    assert scene.still_open(user)
    assert row_count(setup, "challenge", challenge) == 1  # its delivery, which nobody holds, may go first
    end(user, verification_ends)
    admin.execute("SELECT otp_purge()")
    assert (row_count(setup, "challenge", challenge), row_count(setup, "delivery", challenge)) == (0, 0)
    assert verify(setup, challenge, code)["status"] == "not_found"


@pytest.mark.parametrize("purge_ends", ["commit", "rollback"])
def test_verification_begun_before_expiry_waits_for_a_purge(scene, purge_ends):
    user = scene.begin()
    setup = scene.observer
    policy = race_policy(setup, ttl_seconds=1, retention_seconds=0)
    started = initiate(setup, unique_email("purge-first"), policy=policy)
    challenge = started["challenge_id"]
    code = latest_code(setup, challenge)

    scene.wait_until_past(started["expires_at"])
    admin = scene.connect(autocommit=False)
    assert admin.execute("SELECT otp_purge()").fetchone()[0] == 2
    pending = scene.blocked(user, admin, lambda c: verify(c, challenge, code))
    end(admin, purge_ends)
    answer = pending.result(timeout=WAIT_SECONDS)
    user.commit()

    if purge_ends == "commit":
        assert (answer["status"], answer["remaining_attempts"]) == ("not_found", None)
        assert row_count(setup, "challenge", challenge) == 0
    else:
        assert (answer["status"], answer["remaining_attempts"]) == ("success", 4)


def test_verification_begun_after_expiry_does_not_wait_for_a_purge(scene):
    setup = scene.observer
    policy = race_policy(setup, ttl_seconds=1, retention_seconds=0)
    started = initiate(setup, unique_email("purge-late"), policy=policy)
    challenge = started["challenge_id"]
    code = latest_code(setup, challenge)

    scene.wait_until_past(started["expires_at"])
    admin = scene.connect(autocommit=False)
    assert admin.execute("SELECT otp_purge()").fetchone()[0] == 2
    answer = verify(scene.connect(), challenge, code)
    assert scene.still_open(admin)
    assert (answer["status"], answer["remaining_attempts"]) == ("expired", None)
    admin.commit()
    assert verify(setup, challenge, code)["status"] == "not_found"


# --- two senders --------------------------------------------------------------------------------

@pytest.mark.parametrize("first_takes, first_ends", [(2, "commit"), (2, "rollback"), (5, "commit"), (5, "rollback")])
def test_second_sender_skips_what_the_first_holds(scene, first_takes, first_ends):
    setup = scene.observer
    policy = race_policy(setup)
    for _ in range(5):
        initiate(setup, unique_email("senders"), policy=policy)
    queued = [row[0] for row in setup.execute("SELECT delivery_id FROM otp_private.delivery ORDER BY delivery_id")]
    assert len(queued) == 5

    first = scene.connect(autocommit=False)
    first_batch = {r["delivery_id"]: r["code"] for r in claim(first, max_count=first_takes)}
    second_batch = {r["delivery_id"] for r in claim(scene.connect(), max_count=10)}
    assert scene.still_open(first)

    # Oldest first; the second sender gets the rest, or nothing, and never waits.
    assert sorted(first_batch) == queued[:first_takes]
    assert sorted(second_batch) == queued[first_takes:]
    end(first, first_ends)
    third_batch = {r["delivery_id"]: r["code"] for r in claim(scene.connect(), max_count=10)}
    # A committed claim keeps its lease; a rolled-back one hands the same requests out again.
    assert third_batch == ({} if first_ends == "commit" else first_batch)


# --- TOTP replay --------------------------------------------------------------------------------

@pytest.mark.parametrize("first_ends", ["commit", "rollback"])
def test_totp_check_of_one_code_waits_for_the_other_and_only_one_passes(scene, first_ends):
    setup = scene.observer
    key = unique_name("replay")
    app = pyotp.TOTP(setup.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0])
    confirmed_at = time.time()
    assert setup.execute("SELECT otp_totp_confirm(%s, %s)", (key, app.at(confirmed_at))).fetchone()[0] is True
    # The next step's code, with a window wide enough that it stays valid for minutes.
    code, step = app.at(confirmed_at + 30), int(confirmed_at + 30) // 30
    check = "SELECT otp_totp_check(%s, %s, 10)"

    first = scene.connect(autocommit=False)
    assert first.execute(check, (key, code)).fetchone()[0] is True
    pending = scene.blocked(scene.connect(), first, lambda c: c.execute(check, (key, code)).fetchone()[0])
    end(first, first_ends)
    second = pending.result(timeout=WAIT_SECONDS)

    assert second is (first_ends == "rollback")
    assert setup.execute("SELECT last_step FROM otp_private.totp_factor WHERE key = %s", (key,)).fetchone()[0] == step
    failures = setup.execute("SELECT failures FROM otp_private.factor_failure WHERE key = %s", (key,)).fetchone()
    assert failures == ((1,) if first_ends == "commit" else (0,))


# --- keys in use by transactions that have not committed ----------------------------------------

def key_ids(conn) -> list:
    return [row[0] for row in conn.execute("SELECT key_id FROM otp_private.server_key ORDER BY key_id")]


def test_purge_keeps_the_key_of_a_login_that_has_not_committed(scene):
    """The attack on 0.3.0: with the initiating transaction open, two rotations and a purge removed
    its key; after commit the code was never handed out and otp_verify raised P0002."""
    setup = scene.observer
    policy = race_policy(setup)
    setup.execute("SELECT otp_rotate_server_key()")  # the first key, made before the login begins
    user = scene.begin()
    started = initiate(user, unique_email("inflight"), policy=policy)
    first_key = user.execute("SELECT server_key_id FROM otp_private.challenge WHERE challenge_id = %s",
                             (started["challenge_id"],)).fetchone()[0]
    admin = scene.connect()
    admin.execute("SELECT otp_rotate_server_key()")
    admin.execute("SELECT otp_rotate_server_key()")
    for _ in range(2):
        admin.execute("SELECT otp_purge()")
    assert first_key in key_ids(admin), "purge removed a key that an open transaction still uses"
    user.commit()

    code = latest_code(admin, started["challenge_id"])
    assert verify(admin, started["challenge_id"], code)["status"] == "success"
    # Once nothing can refer to them any more, the retired keys go: the one nobody used now, the
    # login's with its challenge.
    admin.execute("SELECT otp_purge()")
    assert len(key_ids(admin)) == 2
    admin.execute("UPDATE otp_private.challenge SET purge_after = now()")
    admin.execute("SELECT otp_purge()")
    assert len(key_ids(admin)) == 1


def test_factor_enrolled_during_a_rotation_is_resealed_under_the_new_key(scene):
    """Suspected in 0.3.0, confirmed: an enrolment that overlaps otp_rotate_server_key() commits
    its factor under the retired key, which the rotation's re-sealing could not see."""
    setup = scene.observer
    key = unique_name("overlap")
    setup.execute("SELECT otp_rotate_server_key()")  # the first key, made before the enrolment begins
    user = scene.begin()
    secret = user.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0]
    admin = scene.connect()
    new_key = admin.execute("SELECT otp_rotate_server_key()").fetchone()[0]
    user.commit()
    sealed_under = "SELECT server_key_id FROM otp_private.totp_factor WHERE key = %s"
    assert setup.execute(sealed_under, (key,)).fetchone()[0] != new_key  # what the rotation missed

    admin.execute("SELECT otp_purge()")
    assert setup.execute(sealed_under, (key,)).fetchone()[0] == new_key
    assert key_ids(admin) == [new_key], "the retired key outlived the last row under it"
    app = pyotp.TOTP(secret)
    assert setup.execute("SELECT otp_totp_confirm(%s, %s)", (key, app.now())).fetchone()[0] is True


# --- checks of one key through different functions ----------------------------------------------

def test_recovery_code_use_waits_for_a_totp_check_and_respects_its_lock_out(scene):
    """Suspected in 0.3.0, confirmed: otp_totp_check and otp_recovery_code_use locked different
    rows, so with the key one failure from its lock-out both compared: one guess more than the
    limit, and a right recovery code passed although the key was being locked out."""
    setup = scene.observer
    key = unique_name("sidechannel")
    app = pyotp.TOTP(setup.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0])
    assert setup.execute("SELECT otp_totp_confirm(%s, %s)", (key, app.now())).fetchone()[0] is True
    recovery = setup.execute("SELECT otp_recovery_codes_generate(%s, 1)", (key,)).fetchone()[0]
    limit = "SET otp_pg.factor_max_failures = 2"
    setup.execute(limit)
    assert setup.execute("SELECT otp_totp_check(%s, 'xxxxxx')", (key,)).fetchone()[0] is False  # 1 of 2

    first = scene.connect(autocommit=False)
    first.execute(limit)
    assert first.execute("SELECT otp_totp_check(%s, 'yyyyyy')", (key,)).fetchone()[0] is False  # 2 of 2: locked
    second = scene.connect()
    second.execute(limit)
    pending = scene.blocked(second, first,
                            lambda c: c.execute("SELECT otp_recovery_code_use(%s, %s)", (key, recovery)).fetchone()[0])
    first.commit()
    assert pending.result(timeout=WAIT_SECONDS) is False, "a recovery code was compared during the lock-out"
    assert setup.execute("SELECT otp_recovery_codes_remaining(%s)", (key,)).fetchone()[0] == 1


def test_purge_skips_counts_that_an_open_transaction_holds(scene):
    """The second review of 0.4.0: a check held open (`SELECT otp_totp_check(...), pg_sleep(40)`)
    kept its failure-count row locked; purge waited for it while holding the stale rate counters
    it had deleted, and logins needing those counters waited behind purge."""
    setup = scene.observer
    key = unique_name("pinned")
    setup.execute("SET otp_pg.factor_failure_window = 1")
    setup.execute("SELECT otp_totp_check(%s, '000000')", (key,))  # a failure row, stale in a second
    policy = set_policy(setup, limit_window_seconds=1)
    email = unique_email("stale")
    initiate(setup, email, policy=policy)  # a rate counter, stale in two seconds
    time.sleep(2.1)
    holder = scene.connect(autocommit=False)
    holder.execute("SELECT otp_totp_check(%s, '000000')", (key,))  # holds the key's row
    admin = scene.connect()
    admin.execute("SET otp_pg.factor_failure_window = 1")
    admin.execute("SET statement_timeout = '20s'")
    assert admin.execute("SELECT otp_purge()").fetchone()[0] >= 1  # the counter, not the held row
    assert scene.still_open(holder)
    assert setup.execute("SELECT count(*) FROM otp_private.factor_failure WHERE key = %s", (key,)).fetchone()[0] == 1
    initiate(scene.connect(), email, policy=policy)
    holder.commit()
