"""Many connections at once against one challenge: the attempt cap holds under concurrency."""

from helpers import initiate, latest_code, run_together, set_policy, unique_email, verify, wrong_code

CONNECTIONS = 40


def test_concurrent_wrong_codes_never_exceed_max_attempts(conn, connect):
    policy = set_policy(conn, max_attempts=5, identifier_limit=1000, client_limit=1000)
    started = initiate(conn, unique_email("race"), policy=policy)
    code = latest_code(conn, started["challenge_id"])
    results = run_together(connect, CONNECTIONS, lambda c: verify(c, started["challenge_id"], wrong_code(code)))
    statuses = [r["status"] for r in results]
    # Exactly max_attempts comparisons happened; everyone else was told the challenge is locked.
    assert statuses.count("invalid_code") == 5
    assert statuses.count("locked") == CONNECTIONS - 5
    assert sorted(r["remaining_attempts"] for r in results if r["status"] == "invalid_code") == [0, 1, 2, 3, 4]
    row = conn.execute(
        "SELECT attempts, state FROM otp_private.challenge WHERE challenge_id = %s", (started["challenge_id"],)
    ).fetchone()
    assert row == (5, "locked")
    assert verify(conn, started["challenge_id"], code)["status"] == "locked"


def test_concurrent_right_codes_succeed_once(conn, connect):
    policy = set_policy(conn, identifier_limit=1000, client_limit=1000)
    started = initiate(conn, unique_email("race-right"), policy=policy)
    code = latest_code(conn, started["challenge_id"])
    results = run_together(connect, 20, lambda c: verify(c, started["challenge_id"], code))
    statuses = [r["status"] for r in results]
    assert statuses.count("success") == 1
    assert statuses.count("not_found") == 19


def test_concurrent_initiations_respect_the_identifier_limit(conn, connect):
    policy = set_policy(conn, identifier_limit=3, limit_window_seconds=3600)
    email = unique_email("race-limit")

    def attempt(connection):
        try:
            initiate(connection, email, policy=policy)
            return "sent"
        except Exception as error:
            return getattr(error, "sqlstate", repr(error))

    outcomes = run_together(connect, 20, attempt)
    assert outcomes.count("sent") == 3
    assert outcomes.count("OT429") == 17
