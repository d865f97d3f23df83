"""HOTP/TOTP, verification and otpauth URIs cross-checked against pyotp, an independent
implementation used by authenticator-compatible servers, over many random secrets and times."""

import base64
import hashlib
import random
import urllib.parse

import pyotp
import pytest

DIGESTS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}
RANDOM_CASES = 600


def random_secret(rng: random.Random) -> bytes:
    key = bytearray(rng.randbytes(rng.choice([10, 16, 20, 32, 64])))
    # Keys with zero bytes, leading and inside, broke earlier in-database implementations.
    if rng.random() < 0.3:
        key[0] = 0
    if rng.random() < 0.3:
        key[rng.randrange(len(key))] = 0
    return bytes(key)


def b32(key: bytes) -> str:
    return base64.b32encode(key).decode().rstrip("=")


@pytest.fixture(scope="module")
def cases():
    rng = random.Random(20261123)
    rows = []
    for _ in range(RANDOM_CASES):
        rows.append(
            {
                "key": random_secret(rng),
                "time": rng.choice([rng.randrange(0, 2**31), rng.randrange(2**31, 2**35), rng.randrange(0, 120)]),
                "digits": rng.randint(6, 10),
                "period": rng.choice([1, 15, 30, 60, 3600]),
                "algorithm": rng.choice(list(DIGESTS)),
                "counter": rng.choice([rng.randrange(0, 1000), rng.randrange(0, 2**63)]),
            }
        )
    return rows


def test_totp_matches_pyotp(conn, cases):
    columns = (
        [b32(c["key"]) for c in cases],
        [c["time"] for c in cases],
        [c["digits"] for c in cases],
        [c["period"] for c in cases],
        [c["algorithm"] for c in cases],
    )
    rows = conn.execute(
        """SELECT otp_totp(s, to_timestamp(t), d, p, a)
             FROM unnest(%s::text[], %s::bigint[], %s::int[], %s::int[], %s::text[]) WITH ORDINALITY AS c(s, t, d, p, a, n)
            ORDER BY n""",
        columns,
    ).fetchall()
    assert len(rows) == len(cases)
    for case, (code,) in zip(cases, rows):
        reference = pyotp.TOTP(
            b32(case["key"]), digits=case["digits"], digest=DIGESTS[case["algorithm"]], interval=case["period"]
        ).at(case["time"])
        assert code == reference, case


def test_hotp_matches_pyotp(conn, cases):
    for case in cases[:200]:
        code = conn.execute(
            "SELECT otp_hotp(%s, %s, %s, %s)", (b32(case["key"]), case["counter"], case["digits"], case["algorithm"])
        ).fetchone()[0]
        reference = pyotp.HOTP(b32(case["key"]), digits=case["digits"], digest=DIGESTS[case["algorithm"]]).at(
            case["counter"]
        )
        assert code == reference, case


def test_verify_accepts_pyotp_codes_within_skew_only(conn, cases):
    for case in cases[:150]:
        totp = pyotp.TOTP(
            b32(case["key"]), digits=case["digits"], digest=DIGESTS[case["algorithm"]], interval=case["period"]
        )
        now = case["time"] + 5 * case["period"]
        for offset in (-2, -1, 0, 1, 2):
            code = totp.at(now + offset * case["period"])
            accepted = conn.execute(
                "SELECT otp_totp_verify(%s, %s, to_timestamp(%s), 1, %s, %s, %s)",
                (b32(case["key"]), code, now, case["digits"], case["period"], case["algorithm"]),
            ).fetchone()[0]
            # A code of a neighbouring step can coincide by chance (1 in 10^digits); pyotp decides.
            expected = totp.verify(code, for_time=now, valid_window=1)
            assert accepted == expected, (case, offset)
            if abs(offset) <= 1:
                assert accepted


def test_secret_forms_are_equivalent(conn):
    key = bytes([0]) + b"\x31" * 19
    canonical = b32(key)
    forms = [canonical, canonical.lower(), base64.b32encode(key).decode(), " ".join(canonical[i : i + 4] for i in range(0, 32, 4))]
    codes = {conn.execute("SELECT otp_hotp(%s, 1)", (form,)).fetchone()[0] for form in forms}
    assert codes == {"906559"}


def test_uri_parses_back_with_pyotp(conn):
    rng = random.Random(7)
    accounts = ["alice@example.com", "Zoë Ångström", "用户 1"]
    issuers = [None, "Example Co", "Ünïcode Sons"]
    for account in accounts:
        for issuer in issuers:
            digits, period, algorithm = rng.choice([6, 8]), rng.choice([30, 60]), rng.choice(list(DIGESTS))
            secret = conn.execute("SELECT otp_generate_secret()").fetchone()[0]
            uri = conn.execute(
                "SELECT otp_totp_uri(%s, %s, %s, %s, %s, %s)", (secret.lower(), account, issuer, digits, period, algorithm)
            ).fetchone()[0]
            parsed = pyotp.parse_uri(uri)
            assert isinstance(parsed, pyotp.TOTP)
            assert (parsed.secret, parsed.name, parsed.issuer) == (secret, account, issuer)
            assert (parsed.digits, parsed.interval) == (digits, period)
            assert parsed.digest().name == DIGESTS[algorithm]().name
            # The app, reading this URI, shows codes the server accepts.
            server_time = conn.execute("SELECT extract(epoch FROM now())::bigint").fetchone()[0]
            assert conn.execute(
                "SELECT otp_totp_verify(%s, %s, to_timestamp(%s), 0, %s, %s, %s)",
                (secret, parsed.at(server_time), server_time, digits, period, algorithm),
            ).fetchone()[0]


def test_uri_with_reserved_characters_parses_strictly(conn):
    # pyotp decodes the whole URI before splitting it, so it can't read these; a strict RFC 3986
    # parse (split first, then decode each part) must give back exactly what went in.
    for account, issuer in [("a&b=c?d/e#f+g", "x y%z"), ("100% sure", "Q&A/Co"), ("tab?", "#1")]:
        uri = conn.execute("SELECT otp_totp_uri('JBSWY3DPEHPK3PXP', %s, %s)", (account, issuer)).fetchone()[0]
        parts = urllib.parse.urlsplit(uri)
        assert (parts.scheme, parts.netloc) == ("otpauth", "totp")
        label_issuer, label_account = parts.path[1:].split(":")
        assert urllib.parse.unquote(label_issuer) == issuer
        assert urllib.parse.unquote(label_account) == account
        query = urllib.parse.parse_qs(parts.query, strict_parsing=True)
        assert query == {"secret": ["JBSWY3DPEHPK3PXP"], "issuer": [issuer]}


def test_generated_secrets_are_fresh_and_well_formed(conn):
    rows = conn.execute("SELECT otp_generate_secret(32) FROM generate_series(1, 500)").fetchall()
    secrets = [row[0] for row in rows]
    assert len(set(secrets)) == 500
    for secret in secrets:
        assert len(base64.b32decode(secret + "=" * (-len(secret) % 8))) == 32


def test_huge_inputs_do_not_hurt_the_backend(conn):
    # 10 MB of base32 decodes fine as an HMAC key; a 10 MB code is simply wrong.
    secret = "A" * (10 * 1024 * 1024)
    assert len(conn.execute("SELECT otp_hotp(%s, 0)", (secret,)).fetchone()[0]) == 6
    assert conn.execute("SELECT otp_totp_verify('GEZDGNBVGY3TQOJQ', repeat('1', 10000000))").fetchone()[0] is False
