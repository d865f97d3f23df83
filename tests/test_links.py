"""Magic links beside the code: the delivery request carries a link token, following the link
(otp_check_link) changes nothing, only otp_verify_link uses it up, sharing the challenge's
attempts, expiry and single use; a bound link works only with its binding."""

import base64
import uuid

from psycopg.rows import dict_row

from helpers import (
    claim,
    initiate,
    latest_code,
    latest_link,
    login_role,
    resend,
    set_policy,
    sqlstate_of,
    unique_email,
    run_together,
    verify,
    wrong_code,
)


def start(conn, binding=None, policy="default", **kwargs):
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT * FROM otp_initiate(%s, policy => %s, link => true, link_binding => %s)",
            (kwargs.get("identifier") or unique_email("link"), policy, binding),
        ).fetchone()


def check(conn, token) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM otp_check_link(%s)", (token,)).fetchone()


def verify_link(conn, token, binding=None, client_addr=None) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT * FROM otp_verify_link(%s, %s, %s::inet)", (token, binding, client_addr)
        ).fetchone()


def forged(token: str) -> str:
    """The same challenge, another secret."""
    raw = bytearray(base64.urlsafe_b64decode(token + "=="))
    raw[-1] ^= 1
    return base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")


def test_the_delivery_carries_a_link_only_when_asked(conn):
    with_link = start(conn)
    without = initiate(conn, unique_email("nolink"))
    requests = {r["challenge_id"]: r for r in claim(conn)}
    token = requests[with_link["challenge_id"]]["link_token"]
    assert token is not None and len(token) == 64
    assert requests[without["challenge_id"]]["link_token"] is None
    # The token names its challenge and holds 32 more random bytes.
    assert base64.urlsafe_b64decode(token + "==")[:16] == with_link["challenge_id"].bytes


def test_following_the_link_uses_nothing_and_verifying_uses_it_once(conn):
    email = unique_email("follow")
    started = start(conn, identifier=email)
    token = latest_link(conn, started["challenge_id"])
    for _ in range(5):  # a mail scanner following the link, again and again
        page = check(conn, token)
        assert page["status"] == "valid"
        assert page["masked_identifier"] == started["masked_identifier"]
        assert page["bound"] is False
    attempts = conn.execute("SELECT attempts FROM otp_private.challenge WHERE challenge_id = %s",
                            (started["challenge_id"],)).fetchone()[0]
    assert attempts == 0
    result = verify_link(conn, token)
    assert result["status"] == "success"
    assert (result["identifier"], result["channel"], result["remaining_attempts"]) == (email, "email", 4)
    assert verify_link(conn, token)["status"] == "not_found"
    assert check(conn, token)["status"] == "used"
    # The code of the same challenge is used up with it.
    assert verify(conn, started["challenge_id"], latest_code(conn, started["challenge_id"]))["status"] == "not_found"


def test_the_code_still_works_and_uses_the_link_up(conn):
    started = start(conn)
    token = latest_link(conn, started["challenge_id"])
    assert verify(conn, started["challenge_id"], latest_code(conn, started["challenge_id"]))["status"] == "success"
    assert check(conn, token)["status"] == "used"
    assert verify_link(conn, token)["status"] == "not_found"


def test_a_forged_link_spends_the_challenges_attempts(conn):
    policy = set_policy(conn, max_attempts=3)
    started = start(conn, policy=policy)
    token = latest_link(conn, started["challenge_id"])
    assert check(conn, forged(token))["status"] == "not_found"
    first = verify_link(conn, forged(token))
    assert (first["status"], first["remaining_attempts"]) == ("invalid_code", 2)
    wrong = verify(conn, started["challenge_id"], wrong_code(latest_code(conn, started["challenge_id"])))
    assert (wrong["status"], wrong["remaining_attempts"]) == ("invalid_code", 1)
    last = verify_link(conn, forged(token))
    assert (last["status"], last["remaining_attempts"]) == ("invalid_code", 0)
    assert verify_link(conn, token)["status"] == "locked"
    assert check(conn, token)["status"] == "locked"


def test_a_bound_link_works_only_with_its_binding(conn):
    started = start(conn, binding="browser-cookie-a")
    token = latest_link(conn, started["challenge_id"])
    assert check(conn, token)["bound"] is True
    other = verify_link(conn, token, binding="browser-cookie-b")
    assert other["status"] == "wrong_client" and other["remaining_attempts"] == 4
    assert verify_link(conn, token)["status"] == "wrong_client"
    assert verify_link(conn, token, binding="browser-cookie-a")["status"] == "success"
    events = [row[0] for row in conn.execute(
        "SELECT detail->>'mismatch' FROM otp_private.event WHERE challenge_id = %s AND event = 'wrong_code'",
        (started["challenge_id"],))]
    assert events == ["wrong_client", "wrong_client"]


def test_the_binding_is_not_checked_for_the_code(conn):
    started = start(conn, binding="browser-cookie-a")
    assert verify(conn, started["challenge_id"], latest_code(conn, started["challenge_id"]))["status"] == "success"


def test_a_resend_sends_a_new_link_and_the_old_one_stops(conn):
    policy = set_policy(conn, resend_cooldown_seconds=0)
    started = start(conn, policy=policy)
    old = latest_link(conn, started["challenge_id"])
    resend(conn, started["challenge_id"])
    new = latest_link(conn, started["challenge_id"])
    assert new != old
    assert check(conn, old)["status"] == "not_found"
    assert verify_link(conn, old)["status"] == "invalid_code"
    assert verify_link(conn, new)["status"] == "success"


def test_an_expired_link_is_expired(conn):
    policy = set_policy(conn, ttl_seconds=1)
    started = start(conn, policy=policy)
    token = latest_link(conn, started["challenge_id"])
    conn.execute("UPDATE otp_private.challenge SET expires_at = now() - interval '1 second' WHERE challenge_id = %s",
                 (started["challenge_id"],))
    assert check(conn, token)["status"] == "expired"
    assert verify_link(conn, token)["status"] == "expired"


def test_one_link_verified_twice_at_once_succeeds_once(conn, connect):
    started = start(conn)
    token = latest_link(conn, started["challenge_id"])
    results = run_together(connect, 6, lambda c: verify_link(c, token)["status"])
    assert sorted(results).count("success") == 1, results
    assert set(results) <= {"success", "not_found"}


def test_malformed_tokens_are_not_found_and_count_like_unknown_ids(conn):
    for token in ["", "x", "=" * 64, "é" * 32, "A" * 65, "A" * 63, "A" * 100_000, str(uuid.uuid4())]:
        assert check(conn, token)["status"] == "not_found"
        assert verify_link(conn, token)["status"] in ("not_found", "rate_limited")


def test_hostile_arguments_are_refused_with_their_names(conn):
    assert sqlstate_of(conn, "SELECT otp_check_link(NULL)") == ("22004", "link_token must not be NULL")
    assert sqlstate_of(conn, "SELECT otp_verify_link(NULL)") == ("22004", "link_token must not be NULL")
    email = unique_email("bad")
    assert sqlstate_of(conn, "SELECT otp_initiate(%s, link => NULL)", (email,)) == ("22004", "link must not be NULL")
    state, message = sqlstate_of(conn, "SELECT otp_initiate(%s, link_binding => 'x')", (email,))
    assert state == "22023" and message.startswith("link_binding")
    for binding in ["", "b" * 513]:
        state, message = sqlstate_of(conn, "SELECT otp_initiate(%s, link => true, link_binding => %s)", (email, binding))
        assert state == "22023" and message.startswith("link_binding"), message


def test_no_link_token_is_at_rest(conn):
    started = start(conn, binding="cookie")
    claimed = [r for r in claim(conn) if r["challenge_id"] == started["challenge_id"]]
    token = claimed[0]["link_token"]
    secret = base64.urlsafe_b64decode(token + "==")[16:]
    rows = conn.execute(
        "SELECT c::text, d::text FROM otp_private.challenge c JOIN otp_private.delivery d USING (challenge_id) "
        "WHERE challenge_id = %s", (started["challenge_id"],)).fetchall()
    for challenge_text, delivery_text in rows:
        for text in (challenge_text, delivery_text):
            assert token not in text and secret.hex() not in text and "cookie" not in text
    conn.execute("SELECT otp_ack_delivery(%s)", (claimed[0]["delivery_id"],))
    assert conn.execute("SELECT sealed_link FROM otp_private.delivery WHERE delivery_id = %s",
                        (claimed[0]["delivery_id"],)).fetchone()[0] is None


def test_the_application_role_cannot_read_links(conn, connect):
    grants = "GRANT EXECUTE ON FUNCTION otp_check_link(text), otp_verify_link(text, text, inet, jsonb) TO {role}"
    with login_role(conn, "link_app", grants) as role:
        conn.execute(f"SET ROLE {role}")
        try:
            assert sqlstate_of(conn, "SELECT link_digest FROM otp_private.challenge")[0] == "42501"
            assert sqlstate_of(conn, "SELECT otp_claim_deliveries()")[0] == "42501"
            assert check(conn, "A" * 64)["status"] == "not_found"
        finally:
            conn.execute("RESET ROLE")
