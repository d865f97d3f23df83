"""Hostile input to every SQL function otp_pg gives callers, drawn from a seeded random generator.

Each argument gets a value fit for it, a NULL, or something hostile for its type: empty, blank,
control characters, random Unicode (combining marks, right-to-left, astral, private use,
noncharacters), text up to 100 kB, numbers at and past the integer bounds, negative ones, huge
bytea, timestamps at and past the ends of PostgreSQL's range, malformed uuid, inet, timestamptz
and JSON text cast to the argument's type. Every call is typed exactly as the function is declared,
so each one must end in a value or in an error that is bad input's fault: SQLSTATE class 22 (data
exception) or the project's OT4xx, with a message; errors otp_pg raises about an argument (22023,
22004) start with the name of one of the function's arguments. A STRICT function given a NULL
answers NULL. After each error the connection still answers, and the server has not restarted by
the end.

It runs in a database of its own, so the policies, keys and rate counters it changes touch no other
test. The seed is printed and appears in every failure; OTP_PG_FUZZ_SEED=<seed> repeats the same
inputs (challenge and delivery ids reused from earlier calls are drawn by the server, so those can
differ).
"""

import collections
import os
import random
import re
import uuid

import psycopg
import pytest

from helpers import unique_name

CALLS_PER_FUNCTION = 15

# Every function docs/reference.md documents, with its arguments as the catalog has them. The test fails
# if the extension exposes a function that is not here, so a new one is fuzzed from the start.
FUNCTIONS = {
    "otp_generate_secret": [("bytes", "integer")],
    "otp_hotp": [("secret", "text"), ("counter", "bigint"), ("digits", "integer"), ("algorithm", "text")],
    "otp_totp": [
        ("secret", "text"), ("at_time", "timestamp with time zone"), ("digits", "integer"),
        ("period", "integer"), ("algorithm", "text"),
    ],
    "otp_totp_verify": [
        ("secret", "text"), ("code", "text"), ("at_time", "timestamp with time zone"), ("skew", "integer"),
        ("digits", "integer"), ("period", "integer"), ("algorithm", "text"),
    ],
    "otp_totp_uri": [
        ("secret", "text"), ("account", "text"), ("issuer", "text"), ("digits", "integer"),
        ("period", "integer"), ("algorithm", "text"),
    ],
    "otp_base32_encode": [("data", "bytea"), ("padding", "boolean")],
    "otp_base32_decode": [("data", "text")],
    "otp_initiate": [
        ("identifier", "text"), ("channel", "text"), ("payload", "jsonb"), ("policy", "text"), ("client_addr", "inet"),
        ("transaction", "jsonb"), ("link", "boolean"), ("link_binding", "text"),
    ],
    "otp_verify": [("challenge_id", "uuid"), ("code", "text"), ("client_addr", "inet"), ("transaction", "jsonb")],
    "otp_resend": [("challenge_id", "uuid"), ("client_addr", "inet")],
    "otp_claim_deliveries": [("max_count", "integer"), ("lease_seconds", "integer")],
    "otp_ack_delivery": [("delivery_id", "bigint")],
    "otp_ack_deliveries": [("delivery_ids", "bigint[]")],
    "otp_fail_delivery": [("delivery_id", "bigint"), ("error", "text")],
    "otp_release_delivery": [("delivery_id", "bigint")],
    "otp_normalize_identifier": [("identifier", "text"), ("channel", "text")],
    "otp_set_policy": [("name", "text")] + [
        (setting, "integer")
        for setting in (
            "code_length", "ttl_seconds", "max_attempts", "max_resends", "resend_cooldown_seconds",
            "retention_seconds", "identifier_limit", "client_limit", "limit_window_seconds",
        )
    ],
    "otp_policies": [],
    "otp_purge": [],
    "otp_rotate_server_key": [],
    "otp_wrap_server_keys": [],
    "otp_totp_enroll": [
        ("key", "text"), ("account", "text"), ("issuer", "text"), ("digits", "integer"), ("period", "integer"),
        ("algorithm", "text"),
    ],
    "otp_totp_confirm": [("key", "text"), ("code", "text")],
    "otp_totp_check": [("key", "text"), ("code", "text"), ("skew", "integer")],
    "otp_totp_disable": [("key", "text")],
    "otp_totp_qr_svg": [("uri", "text")],
    "otp_recovery_codes_generate": [("key", "text"), ("count", "integer")],
    "otp_recovery_code_use": [("key", "text"), ("code", "text")],
    "otp_recovery_codes_remaining": [("key", "text")],
    "otp_factor_status": [("key", "text")],
    "otp_set_send_guard": [("policy", "text"), ("allowed_countries", "text[]"), ("refused_countries", "text[]")] + [
        (setting, "integer")
        for setting in (
            "country_limit", "range_limit", "client_country_limit", "client_identifier_limit",
            "breaker_min_conversion_percent", "breaker_sample", "breaker_cooldown_seconds",
        )
    ],
    "otp_send_guards": [],
    "otp_remove_send_guard": [("policy", "text")],
    "otp_circuits": [],
    "otp_reset_circuit": [("policy", "text"), ("country", "text")],
    "otp_set_test_identifier": [
        ("identifier", "text"), ("channel", "text"), ("code", "text"), ("policy", "text"),
        ("expires_at", "timestamp with time zone"),
    ],
    "otp_remove_test_identifier": [("identifier", "text"), ("channel", "text"), ("policy", "text")],
    "otp_test_identifiers": [],
    "otp_check_link": [("link_token", "text")],
    "otp_verify_link": [("link_token", "text"), ("link_binding", "text"), ("client_addr", "inet"), ("transaction", "jsonb")],
    "otp_rotate_signing_key": [("algorithm", "text"), ("secret", "text")],
    "otp_signing_keys": [],
    "otp_jwks": [],
    "otp_set_token_policy": [
        ("policy", "text"), ("role", "text"), ("lifetime_seconds", "integer"), ("issuer", "text"),
        ("audience", "text"), ("payload_claims", "text[]"),
    ],
    "otp_token_policies": [],
    "otp_remove_token_policy": [("policy", "text")],
    "otp_token_verify": [("token", "text")],
    "otp_totp_token": [("key", "text"), ("code", "text"), ("token", "text"), ("policy", "text")],
    "otp_recovery_token": [("key", "text"), ("code", "text"), ("token", "text"), ("policy", "text")],
    "otp_set_device_policy": [("policy", "text"), ("lifetime_seconds", "integer"), ("max_devices", "integer")],
    "otp_device_policies": [],
    "otp_device_remember": [("key", "text"), ("label", "text"), ("policy", "text")],
    "otp_device_check": [("key", "text"), ("token", "text")],
    "otp_devices": [("key", "text")],
    "otp_device_revoke": [("key", "text"), ("device_id", "uuid")],
    "otp_devices_revoke": [("key", "text")],
}

EXTENSION_FUNCTIONS = """
    SELECT p.proname, p.proisstrict, p.pronargdefaults,
           coalesce(p.proargnames, '{}'),
           array(SELECT format_type(t.oid, NULL)
                   FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS t(oid, position)
                  ORDER BY t.position)
      FROM pg_proc p
      JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
      JOIN pg_extension e ON e.oid = d.refobjid
     WHERE e.extname = 'otp_pg' AND p.pronamespace = e.extnamespace
"""

# Bad input's fault: a data exception, or the project's own refusals (OT404, OT409, OT429).
EXPECTED_SQLSTATE = re.compile(r"^(22[0-9A-Z]{3}|OT4[0-9]{2})$")
# Errors a function raises about the server's set-up, not its arguments: no root key to wrap under.
# A send refused while a country's circuit breaker is open (OT503) is the server's state, not the input's.
# A token function under a policy that issues no tokens (55000) is refused for the policy's set-up.
SETUP_SQLSTATES = {"otp_wrap_server_keys": {"55000"}, "otp_initiate": {"OT503"}, "otp_resend": {"OT503"},
                   "otp_totp_token": {"55000"}, "otp_recovery_token": {"55000"}}
# SQLSTATEs of errors otp_pg raises about one argument, whose message starts with its name.
ARGUMENT_ERRORS = {"22023", "22004"}

MAX_TEXT_BYTES = 100_000

# Code point ranges for random text; no NUL (text can't hold it) and no surrogates (not UTF-8).
UNICODE_RANGES = [
    (0x01, 0x1F), (0x20, 0x7E), (0x7F, 0x9F), (0xA0, 0x24F), (0x300, 0x36F), (0x590, 0x6FF),
    (0x200B, 0x200F), (0x2028, 0x202E), (0x3000, 0x30FF), (0x4E00, 0x4FFF), (0xE000, 0xE0FF),
    (0xFDD0, 0xFDEF), (0xFFF0, 0xFFFF), (0x1F300, 0x1FAFF), (0x10FFF0, 0x10FFFF),
]
WHITESPACE = " \t\n\r\x0b\x0c\u00a0\u1680\u2003\u2028\u3000\ufeff"
CONTROL = "".join(map(chr, [*range(0x01, 0x20), *range(0x7F, 0xA0)]))

# Ranges of the integer settings, for values that are right for the argument.
INTEGER_RANGES = {
    "bytes": (16, 128), "digits": (6, 10), "period": (1, 120), "skew": (0, 10), "count": (1, 100),
    "max_count": (1, 1000), "lease_seconds": (1, 3600), "code_length": (4, 10), "ttl_seconds": (1, 604800),
    "max_attempts": (1, 100), "max_resends": (0, 100), "resend_cooldown_seconds": (0, 86400),
    "retention_seconds": (0, 31536000), "identifier_limit": (1, 1000000), "client_limit": (1, 1000000),
    "limit_window_seconds": (1, 604800), "country_limit": (0, 1000000), "range_limit": (0, 1000000),
    "client_country_limit": (0, 1000), "client_identifier_limit": (0, 1000000),
    "breaker_min_conversion_percent": (0, 100), "breaker_sample": (10, 10000), "breaker_cooldown_seconds": (1, 604800),
    "lifetime_seconds": (60, 86400), "max_devices": (1, 100),
}
COUNTRIES = ["SE", "US", "gb", " de ", "ZZ", "LV", "XX", "", "S", "SWE", "ＳＥ"]
INTEGER_EDGES = [0, 1, -1, 2**31 - 1, -(2**31), 2**31, -(2**31) - 1, 2**63 - 1, -(2**63), 2**63, 10**30]
BIGINT_EDGES = [0, 1, -1, 2**31, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1]
TIMESTAMP_EDGES = [
    "infinity", "-infinity", "epoch", "now", "1970-01-01 00:00:00+00", "1969-12-31 23:59:59.999999+00",
    "294276-12-31 23:59:59.999999+00", "294277-01-01 00:00:00+00", "4713-01-01 00:00:00+00 BC",
    "4714-11-24 00:00:00+00 BC", "2038-01-19 03:14:08+00", "2023-02-31 00:00:00+00", "24:00:01", "",
    "yesterday-ish", "2024-13-01", "99999999-01-01",
]
UUID_MALFORMED = [
    "", "not-a-uuid", "g" * 32, "0b6f", "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000",
    "{00000000-0000-0000-0000-000000000000", "0000 0000-0000-0000-0000-000000000000", "-1", "1e10",
]
INET_VALUES = [
    "203.0.113.9", "::1", "2001:db8::1/64", "0.0.0.0/0", "255.255.255.255", "::ffff:192.0.2.1", "fe80::1",
    "10.0.0.0/8", "::/0",
]
INET_MALFORMED = ["", "999.1.1.1", "1.2.3.4/33", "::g", "localhost", "1.2.3.4.5", "2001:db8::1/129", "::1::2", "-1"]
JSON_MALFORMED = ["{", "{'a': 1}", '{"a":}', "", "[1,]", '{"a": 1} {"b": 2}', "NaN", '"\\ud800"', '"\\u0000"']


class Hostile:
    """Argument values, all drawn from one seeded generator. Ids the server hands out (challenges,
    deliveries, enrolled keys, policies) are kept and offered back to later calls."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.challenges: list = []
        self.deliveries: list = []
        self.keys: list = []
        self.policies: list = ["default"]
        self.test_identifiers: list = []
        self.device_tokens: list = []

    # -- text ---------------------------------------------------------------------------------

    def unicode(self, length: int) -> str:
        rng = self.rng
        return "".join(chr(rng.randint(*rng.choice(UNICODE_RANGES))) for _ in range(length))

    def huge(self) -> str:
        """Up to 100 kB: a random chunk repeated, so building it stays cheap."""
        chunk = self.rng.choice([self.unicode(self.rng.randint(1, 40)), "A", "7", "a@", "=", " ", "%"])
        text = chunk * (self.rng.randint(1000, MAX_TEXT_BYTES) // len(chunk.encode()) + 1)
        while len(text.encode()) > MAX_TEXT_BYTES:
            text = text[: len(text) * 9 // 10]
        return text

    def hostile_text(self) -> str:
        rng = self.rng
        choice = rng.randrange(10)
        if choice == 0:
            return ""
        if choice == 1:
            return "".join(rng.choice(WHITESPACE) for _ in range(rng.randint(1, 8)))
        if choice == 2:
            return "".join(rng.choice(CONTROL) for _ in range(rng.randint(1, 8)))
        if choice in (3, 4):
            return self.unicode(rng.randint(1, 300))
        if choice == 5:
            return self.huge()
        if choice == 6:
            return rng.choice([
                "'; DROP TABLE otp_private.challenge; --", "%s%n%x%%", "\\", "$$", "{}", "null", "NaN", "-0",
                "1e999", "０１２３４５", "2147483648", "-9223372036854775809", "\u0301\u0301", "\u202eabc",
            ])
        if choice == 7:
            # Right-looking text with one hostile character spliced in.
            text = self.fitting_text(rng.choice(["secret", "code", "identifier", "account"]))
            at = rng.randint(0, len(text))
            return text[:at] + self.unicode(1) + text[at:]
        return self.unicode(rng.randint(1, 20))

    def email(self) -> str:
        return f"fuzz-{self.rng.getrandbits(40):x}@example.com"

    def fitting_text(self, name: str) -> str:
        """Text that is right, or nearly right, for an argument of this name."""
        rng = self.rng
        if name == "secret":
            return rng.choice([
                "JBSWY3DPEHPK3PXP", "gezd gnbv gy3t qojq gezd gnbv gy3t qojq", "MZXW6YTBOI======", "GEZDGNBV" * 1000,
            ])
        if name == "code":
            digits = rng.choice([4, 6, 8, 10])
            return rng.choice([
                str(rng.randrange(10**digits)).zfill(digits), "123 456", "7k2qd-9xm4t", "OIL00-12345",
            ])
        if name == "algorithm":
            return rng.choice(["sha1", "SHA256", "Sha512"])
        if name == "channel":
            return rng.choice(["email", "sms", "EMAIL", "Sms"])
        if name == "identifier":
            if self.test_identifiers and rng.random() < 0.2:
                return rng.choice(self.test_identifiers)
            return rng.choice([self.email(), f"+46 70 {rng.randrange(10**7):07d}", "Alice@Example.COM",
                               f"+1 212 555 {rng.randrange(10**4):04d}", "+882 1390 0000"])
        if name in ("account", "issuer"):
            return rng.choice(["alice@example.com", "Example Co", "ö&=?/#+ x", "x" * 256])
        if name == "key":
            return rng.choice(self.keys) if self.keys and rng.random() < 0.6 else f"fuzz-user-{rng.randrange(50)}"
        if name == "policy":
            return rng.choice(self.policies)
        if name == "name":
            return rng.choice(self.policies + [f"fuzz.{rng.randrange(20)}", "a" * 63])
        if name == "uri":
            return "otpauth://totp/Example%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Co"
        if name == "data":
            return "MZXW6YTBOI======"
        if name == "error":
            return "550 mailbox unavailable"
        if name == "label":
            return rng.choice(["Firefox on Linux", "iPhone de Zoë", "会社のPC", "x" * 100])
        if name == "token":
            if self.device_tokens and rng.random() < 0.7:
                return rng.choice(self.device_tokens)
            return "otpd_" + "".join(rng.choice("ABCdef0123-_") for _ in range(64))
        if name == "country":
            return rng.choice(COUNTRIES[:6])
        return self.unicode(8)

    # -- values by type -----------------------------------------------------------------------

    def arguments(self, arguments: list) -> dict:
        """Values for a call: all fitting, all fitting but one, or each one drawn on its own, so
        that calls get past the first check as well as fail at it."""
        rng = self.rng
        plan = rng.random()
        spoiled = rng.randrange(len(arguments)) if arguments else None
        chosen, fitted = {}, set()
        for index, (name, type_name) in enumerate(arguments):
            if plan < 0.2 or (plan < 0.6 and index != spoiled):
                kind = "fitting"
            elif plan < 0.6:
                kind = "null" if rng.random() < 0.15 else "hostile"
            else:
                kind = rng.choices(["fitting", "hostile", "null"], weights=[37, 55, 8])[0]
            chosen[name] = None if kind == "null" else self.value(name, type_name, fitting=kind == "fitting")
            if kind == "fitting":
                fitted.add(name)
        if {"identifier", "channel"} <= fitted:  # a phone number goes by sms, an address by email
            chosen["channel"] = "sms" if chosen["identifier"].startswith("+") else "email"
        return chosen

    def value(self, name: str, type_name: str, fitting: bool):
        """A value for argument `name` of SQL type `type_name`: fitting it, or hostile."""
        rng = self.rng
        if type_name == "text":
            return self.fitting_text(name) if fitting else self.hostile_text()
        if type_name == "integer":
            if fitting:
                return rng.randint(*INTEGER_RANGES.get(name, (0, 100)))
            return rng.choice(INTEGER_EDGES) if rng.random() < 0.6 else rng.randint(-(2**31), 2**31 - 1)
        if type_name == "bigint":
            if fitting and name == "delivery_id" and self.deliveries:
                return rng.choice(self.deliveries)
            if fitting:
                return rng.randrange(1000)
            return rng.choice(BIGINT_EDGES) if rng.random() < 0.6 else rng.randint(-(2**63), 2**63 - 1)
        if type_name == "bigint[]":
            if fitting:
                return [self.value("delivery_id", "bigint", True) for _ in range(rng.randint(0, 5))]
            return rng.choice([[None], [1, None], [rng.choice(BIGINT_EDGES) for _ in range(rng.randint(1, 6))],
                               list(range(rng.choice([1000, 1001, 5000])))])
        if type_name == "text[]":
            if fitting:
                return [rng.choice(COUNTRIES[:6]) for _ in range(rng.randint(0, 4))]
            return rng.choice([
                [rng.choice(COUNTRIES) for _ in range(rng.randint(1, 6))], [None], ["SE", None],
                [self.hostile_text() for _ in range(rng.randint(1, 3))], ["SE"] * 5000,
            ])
        if type_name == "boolean":
            return rng.random() < 0.5
        if type_name == "bytea":
            if fitting:
                return rng.randbytes(rng.randint(0, 64))
            return rng.choice([b"", b"\x00" * rng.randint(1, 1000), rng.randbytes(rng.randint(1, MAX_TEXT_BYTES))])
        if type_name == "timestamp with time zone":
            if fitting:
                return f"{rng.randint(1970, 2100)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 12:00:00+00"
            if rng.random() < 0.6:
                return rng.choice(TIMESTAMP_EDGES)
            year = rng.randint(-4714, 300000)
            era = " BC" if year <= 0 else ""
            return f"{abs(year) + (year <= 0):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 31):02d} " \
                   f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 60):02d}+00{era}"
        if type_name == "uuid":
            if fitting and self.challenges and rng.random() < 0.7:
                return rng.choice(self.challenges)
            if fitting or rng.random() < 0.3:
                return str(uuid.UUID(int=rng.getrandbits(128)))
            return rng.choice(UUID_MALFORMED + [self.hostile_text()])
        if type_name == "inet":
            if fitting or rng.random() < 0.3:
                return rng.choice(INET_VALUES)
            return rng.choice(INET_MALFORMED + [self.hostile_text()])
        if type_name == "jsonb":
            if fitting:
                return rng.choice(['{}', '{"next": "/home"}', '{"a": [1, 2, {"b": null}]}'])
            return rng.choice([
                "[]", "1", '"text"', "null", "true",
                '{"pad": "' + "x" * rng.randint(8000, 20000) + '"}',
                "[" * 60 + "]" * 60,
                '{"k": "' + self.unicode(50).replace("\\", "").replace('"', "") + '"}',
            ] + JSON_MALFORMED)
        raise AssertionError(f"no generator for {type_name}")

    def remember(self, function: str, arguments: dict, rows: list) -> None:
        """Keeps what a successful call made, for later calls to use."""
        if function == "otp_initiate" and rows and rows[0][0] is not None:
            self.challenges.append(str(rows[0][0]))
        elif function == "otp_claim_deliveries":
            self.deliveries.extend(row[0] for row in rows)
        elif function == "otp_totp_enroll" and rows and rows[0][0] is not None:
            self.keys.append(arguments["key"])
        elif function == "otp_set_policy" and rows and rows[0][0] is not None:
            self.policies.append(arguments["name"])
        elif function == "otp_set_test_identifier" and rows and rows[0][0] is not None:
            self.test_identifiers.append(arguments["identifier"])
        elif function == "otp_set_device_policy" and rows and rows[0][0] is not None:
            self.policies.append(arguments["policy"])
        elif function == "otp_device_remember" and rows and rows[0][1] is not None:
            self.device_tokens.append(rows[0][1])
        elif function == "otp_device_check" and rows and rows[0][0] is not None:
            self.device_tokens.append(rows[0][0])


def describe(function: str, arguments: dict) -> str:
    shown = []
    for name, value in arguments.items():
        text = repr(value)
        shown.append(f"{name}={text[:80]}{'...' if len(text) > 80 else ''} ({len(text)} chars)")
    return f"{function}({', '.join(shown)})"


@pytest.fixture
def fuzz_database(conn, dsn):
    name = unique_name("otp_fuzz").replace("-", "_")
    conn.execute(f"CREATE DATABASE {name}")
    try:
        with psycopg.connect(dsn, dbname=name, autocommit=True) as db:
            db.execute("CREATE EXTENSION otp_pg")
            db.execute("SET statement_timeout = '60s'")  # a hang fails instead of blocking the suite
            yield db
    finally:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_every_function_survives_hostile_arguments(conn, fuzz_database):
    seed = int(os.environ.get("OTP_PG_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
    print(f"\nSQL fuzz seed: {seed} (repeat with OTP_PG_FUZZ_SEED={seed})")
    rng = random.Random(seed)
    db = fuzz_database

    catalog = {
        name: (strict, defaults, list(zip(arg_names, arg_types)))
        for name, strict, defaults, arg_names, arg_types in db.execute(EXTENSION_FUNCTIONS)
    }
    assert {name: arguments for name, (_, _, arguments) in catalog.items()} == FUNCTIONS

    started = conn.execute("SELECT pg_postmaster_start_time()").fetchone()[0]
    backend = db.execute("SELECT pg_backend_pid()").fetchone()[0]
    values = Hostile(rng)
    calls = [name for name in sorted(FUNCTIONS) for _ in range(CALLS_PER_FUNCTION)]
    rng.shuffle(calls)
    outcomes = collections.defaultdict(collections.Counter)

    for function in calls:
        strict, defaults, arguments = catalog[function]
        # Sometimes leave out trailing arguments that have defaults.
        passed = len(arguments) - rng.randint(0, defaults) if defaults and rng.random() < 0.3 else len(arguments)
        chosen = values.arguments(arguments[:passed])
        casts = ", ".join(f"%s::{type_name}" for _, type_name in arguments[:passed])
        query = f"SELECT * FROM {function}({casts})"
        call = describe(function, chosen)
        try:
            rows = db.execute(query, list(chosen.values())).fetchall()
        except psycopg.Error as error:
            state, message = error.sqlstate, error.diag.message_primary
            assert state and (EXPECTED_SQLSTATE.match(state) or state in SETUP_SQLSTATES.get(function, ())), (
                f"seed {seed}: {call} -> {state}: {error}")
            assert message, f"seed {seed}: {call} -> {state} with no message"
            if state in ARGUMENT_ERRORS:
                assert any(message.startswith(name + " ") for name, _ in arguments), (
                    f"seed {seed}: {call} -> {state} names no argument first: {message}"
                )
            assert db.execute("SELECT 1").fetchone() == (1,), f"seed {seed}: connection lost after {call}"
            outcomes[function][state] += 1
            continue
        if strict and any(value is None for value in chosen.values()):
            assert all(value is None for row in rows for value in row), f"seed {seed}: {call} -> {rows!r:.200}"
        values.remember(function, chosen, rows)
        outcomes[function]["value"] += 1

    assert db.execute("SELECT pg_backend_pid()").fetchone()[0] == backend
    assert conn.execute("SELECT pg_postmaster_start_time()").fetchone()[0] == started, f"seed {seed}: server restarted"
    for function in sorted(outcomes):
        print(f"  {function}: {dict(sorted(outcomes[function].items()))}")
