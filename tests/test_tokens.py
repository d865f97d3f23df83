"""Signed tokens: what otp_verify, otp_totp_token and otp_recovery_token return, checked by an
independent library (PyJWT) against otp_jwks() or the HS256 secret, the way PostgREST checks
them; step-up; key rotation; and refusals."""

import base64
import json
import time
import uuid

import jwt
import pyotp
import pytest
from psycopg.rows import dict_row

from helpers import (
    initiate,
    latest_code,
    set_policy,
    sqlstate_of,
    token_role,
    unique_email,
    verify,
)


@pytest.fixture
def web_user(conn):
    yield from token_role(conn, "web_user")


def token_policy(conn, role, **settings):
    policy = set_policy(conn)
    arguments = "".join(f", {key} => %({key})s" for key in settings)
    conn.execute(f"SELECT otp_set_token_policy(%(policy)s, %(role)s{arguments})",
                 {"policy": policy, "role": role, **settings})
    return policy


def jwks_keys(conn) -> dict:
    document = conn.execute("SELECT otp_jwks()").fetchone()[0]
    return {key["kid"]: jwt.PyJWK(key) for key in document["keys"]}


def decode(conn, token, **options):
    """What PostgREST does with a bearer token: pick the JWKS key by kid, check the signature,
    expiry and audience, then read the role claim."""
    kid = jwt.get_unverified_header(token)["kid"]
    return jwt.decode(token, jwks_keys(conn)[kid].key, algorithms=["EdDSA"], **options)


def login(conn, policy, payload="{}", channel="email", identifier=None):
    started = initiate(conn, identifier or unique_email("tok"), channel=channel, payload=payload, policy=policy)
    result = verify(conn, started["challenge_id"], latest_code(conn, started["challenge_id"]))
    assert result["status"] == "success"
    return started, result


def enrol(conn, key) -> pyotp.TOTP:
    with conn.cursor(row_factory=dict_row) as cur:
        enrolment = cur.execute("SELECT * FROM otp_totp_enroll(%s, 'Example', %s)", (key, key)).fetchone()
    totp = pyotp.TOTP(enrolment["secret"])
    assert conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, totp.now())).fetchone()[0]
    return totp


def next_code(totp: pyotp.TOTP) -> str:
    """A code of a later step than the last accepted one (a step is accepted once)."""
    return totp.at(time.time() + totp.interval)


def test_a_verified_code_returns_a_token_postgrest_accepts(conn, web_user):
    policy = token_policy(conn, web_user, lifetime_seconds=600, audience="example-app",
                          issuer="https://auth.example.com", payload_claims=["tenant"])
    email = unique_email("jwt")
    before = int(time.time())
    started, result = login(conn, policy, payload='{"tenant": "acme", "role": "postgres", "note": "x"}', identifier=email)
    claims = decode(conn, result["token"], audience="example-app", issuer="https://auth.example.com")
    assert claims["sub"] == email
    assert claims["role"] == web_user  # never the payload's "role"
    assert claims["tenant"] == "acme" and "note" not in claims
    assert (claims["aal"], claims["amr"]) == (1, ["otp"])
    assert before - 1 <= claims["iat"] <= time.time() + 1 and claims["exp"] - claims["iat"] == 600
    uuid.UUID(claims["jti"])
    header = jwt.get_unverified_header(result["token"])
    assert header["alg"] == "EdDSA" and header["typ"] == "JWT"
    # PostgREST would now run the request as the role with the claims visible to SQL.
    conn.execute("SELECT set_config('request.jwt.claims', %s, false)", (json.dumps(claims),))
    conn.execute(f"SET ROLE {claims['role']}")
    try:
        assert conn.execute("SELECT current_user, current_setting('request.jwt.claims')::jsonb->>'sub'").fetchone() \
            == (web_user, email)
    finally:
        conn.execute("RESET ROLE")
    event = conn.execute("SELECT detail FROM otp_private.event WHERE event = 'token_issued' AND challenge_id = %s",
                         (started["challenge_id"],)).fetchone()[0]
    assert event["jti"] == claims["jti"] and "token" not in json.dumps(event).lower().replace("token_", "")


def test_sms_logins_say_so_and_the_payload_sub_names_the_user(conn, web_user):
    policy = token_policy(conn, web_user)
    _, result = login(conn, policy, payload='{"sub": "user-42"}', channel="sms",
                      identifier=f"+4670{uuid.uuid4().int % 10**7:07d}")
    claims = decode(conn, result["token"])
    assert claims["sub"] == "user-42" and claims["amr"] == ["otp", "sms"]


def test_no_token_policy_no_token(conn):
    _, result = login(conn, set_policy(conn))
    assert result["token"] is None


def test_step_up_after_a_second_factor(conn, web_user):
    policy = token_policy(conn, web_user)
    key = f"user-{uuid.uuid4().hex[:8]}"
    totp = enrol(conn, key)
    _, first = login(conn, policy, payload=json.dumps({"sub": key}))
    stepped = conn.execute("SELECT otp_totp_token(%s, %s, %s, %s)", (key, next_code(totp), first["token"], policy)).fetchone()[0]
    claims = decode(conn, stepped)
    before = decode(conn, first["token"])
    assert claims["sub"] == key and claims["aal"] == 2 and claims["amr"] == ["mfa", "otp"]
    assert claims["jti"] != before["jti"]
    # A token of someone else cannot be stepped up with this key's factor.
    _, other = login(conn, policy, payload=json.dumps({"sub": "someone-else"}))
    state, message = sqlstate_of(conn, "SELECT otp_totp_token(%s, %s, %s, %s)",
                                 (key, next_code(totp), other["token"], policy))
    assert state == "OT401" and "another subject" in message
    # A tampered token is refused before any code is compared.
    header, payload, signature = first["token"].split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=="))
    body["aal"] = 2
    forged = ".".join([header, base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("="), signature])
    state, message = sqlstate_of(conn, "SELECT otp_totp_token(%s, '000000', %s, %s)", (key, forged, policy))
    assert state == "OT401" and "signature" in message
    failures = conn.execute("SELECT coalesce(max(failures), 0) FROM otp_private.factor_failure WHERE key = %s",
                            (key,)).fetchone()[0]
    assert failures == 0


def test_a_wrong_factor_code_gives_no_token(conn, web_user):
    policy = token_policy(conn, web_user)
    key = f"user-{uuid.uuid4().hex[:8]}"
    totp = enrol(conn, key)
    wrong = str((int(next_code(totp)) + 1) % 10**6).zfill(6)
    assert conn.execute("SELECT otp_totp_token(%s, %s, policy => %s)", (key, wrong, policy)).fetchone()[0] is None
    alone = conn.execute("SELECT otp_totp_token(%s, %s, policy => %s)", (key, next_code(totp), policy)).fetchone()[0]
    assert decode(conn, alone)["aal"] == 1


def test_a_recovery_code_gives_a_token(conn, web_user):
    policy = token_policy(conn, web_user)
    key = f"user-{uuid.uuid4().hex[:8]}"
    enrol(conn, key)
    codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, 2)", (key,))]
    token = conn.execute("SELECT otp_recovery_token(%s, %s, policy => %s)", (key, codes[0], policy)).fetchone()[0]
    assert decode(conn, token)["sub"] == key
    assert conn.execute("SELECT otp_recovery_token(%s, %s, policy => %s)", (key, codes[0], policy)).fetchone()[0] is None


def test_hs256_tokens_verify_with_the_shared_secret_and_rotation_keeps_old_tokens(conn, web_user):
    policy = token_policy(conn, web_user, lifetime_seconds=300)
    secret = "s" * 20 + uuid.uuid4().hex
    kid = conn.execute("SELECT otp_rotate_signing_key('HS256', %s)", (secret,)).fetchone()[0]
    try:
        _, result = login(conn, policy)
        assert jwt.get_unverified_header(result["token"])["kid"] == kid
        claims = jwt.decode(result["token"], secret, algorithms=["HS256"])
        assert claims["role"] == web_user
        assert kid not in {key["kid"] for key in conn.execute("SELECT otp_jwks()").fetchone()[0]["keys"]}
        with pytest.raises(jwt.InvalidSignatureError):
            jwt.decode(result["token"], "another secret of enough length!!", algorithms=["HS256"])
        # Rotation: the HS256 key retires but still verifies the tokens it signed.
        new_kid = conn.execute("SELECT otp_rotate_signing_key()").fetchone()[0]
        assert conn.execute("SELECT otp_token_verify(%s)->>'sub'", (result["token"],)).fetchone()[0] == claims["sub"]
        retired = conn.execute("SELECT retired_at IS NOT NULL, verify_until > now() FROM otp_signing_keys() WHERE kid = %s",
                               (kid,)).fetchone()
        assert retired == (True, True)
        _, later = login(conn, policy)
        assert jwt.get_unverified_header(later["token"])["kid"] == new_kid
        assert decode(conn, later["token"])["role"] == web_user
        # Once its tokens have expired, the purge removes the key and they no longer verify.
        conn.execute("UPDATE otp_private.signing_key SET verify_until = now() WHERE kid = %s", (kid,))
        conn.execute("SELECT otp_purge()")
        assert conn.execute("SELECT otp_token_verify(%s)", (result["token"],)).fetchone()[0] is None
    finally:
        conn.execute("SELECT otp_rotate_signing_key()")


def test_otp_token_verify_refuses_what_it_did_not_sign(conn, web_user):
    policy = token_policy(conn, web_user)
    _, result = login(conn, policy)
    assert conn.execute("SELECT otp_token_verify(%s)->>'role'", (result["token"],)).fetchone()[0] == web_user
    claims = decode(conn, result["token"])
    kid = jwt.get_unverified_header(result["token"])["kid"]
    for token in [
        jwt.encode({**claims}, "x" * 40, algorithm="HS256", headers={"kid": kid}),  # alg swapped
        jwt.encode({**claims}, None, algorithm="none", headers={"kid": kid}),
        result["token"][:-2] + ("AA" if not result["token"].endswith("AA") else "BA"),
        "a.b.c", "", "x" * 9000,
    ]:
        assert conn.execute("SELECT otp_token_verify(%s)", (token,)).fetchone()[0] is None, token[:40]
    assert sqlstate_of(conn, "SELECT otp_token_verify(NULL)") == ("22004", "token must not be NULL")


def test_signing_keys_are_sealed_and_not_in_any_result(conn, web_user):
    token_policy(conn, web_user)
    conn.execute("SELECT otp_jwks()")
    rows = conn.execute("SELECT kid, algorithm, sealed_secret, public_key FROM otp_private.signing_key").fetchall()
    assert rows
    for kid, algorithm, sealed, public in rows:
        assert len(sealed) > 32  # nonce and tag around the secret
        if algorithm == "EdDSA":
            assert len(public) == 32
    listing = conn.execute("SELECT row_to_json(k)::text FROM otp_signing_keys() k").fetchall()
    assert all("secret" not in row[0] for row in listing)


def test_hostile_token_policy_arguments(conn, web_user):
    policy = set_policy(conn)
    cases = [
        ("SELECT otp_set_token_policy(NULL, %s)", (web_user,), "22004", "policy"),
        ("SELECT otp_set_token_policy(%s, NULL)", (policy,), "22004", "role"),
        ("SELECT otp_set_token_policy(%s, 'no_such_role_x')", (policy,), "22023", "role"),
        ("SELECT otp_set_token_policy(%s, 'postgres')", (policy,), "22023", "role"),
        ("SELECT otp_set_token_policy(%s, %s, 59)", (policy, web_user), "22023", "lifetime_seconds"),
        ("SELECT otp_set_token_policy(%s, %s, 86401)", (policy, web_user), "22023", "lifetime_seconds"),
        ("SELECT otp_set_token_policy(%s, %s, payload_claims => ARRAY['role'])", (policy, web_user), "22023", "payload_claims"),
        ("SELECT otp_set_token_policy(%s, %s, payload_claims => ARRAY[NULL])", (policy, web_user), "22023", "payload_claims"),
        ("SELECT otp_set_token_policy(%s, %s, payload_claims => ARRAY['a b'])", (policy, web_user), "22023", "payload_claims"),
        ("SELECT otp_set_token_policy(%s, %s, issuer => '')", (policy, web_user), "22023", "issuer"),
        ("SELECT otp_set_token_policy('no-such-policy', %s)", (web_user,), None, "policy"),
        ("SELECT otp_rotate_signing_key('RS256')", (), "22023", "algorithm"),
        ("SELECT otp_rotate_signing_key('HS256')", (), "22023", "secret"),
        ("SELECT otp_rotate_signing_key('HS256', 'short')", (), "22023", "secret"),
        ("SELECT otp_rotate_signing_key('EdDSA', 'x')", (), "22023", "secret"),
        ("SELECT otp_rotate_signing_key(NULL)", (), "22004", "algorithm"),
        ("SELECT otp_totp_token('k', '123456', policy => %s)", (policy,), "55000", "policy"),
        ("SELECT otp_totp_token(NULL, '123456')", (), "22004", "key"),
        ("SELECT otp_recovery_token('k', NULL)", (), "22004", "code"),
    ]
    for query, params, sqlstate, word in cases:
        state, message = sqlstate_of(conn, query, params)
        if sqlstate:
            assert state == sqlstate, (query, state, message)
        assert word in message, (query, message)
