"""Where each function of otp_pg runs: on a hot standby, or only on the primary.

The classification lives in one place, the table of docs/reference.md's section "Where it runs",
which this file reads: the table is what operators route by, so the table is what is tested. The
extension's functions and views (pg_depend deptype 'e' in its schema) must be exactly the table's,
and each one has a call here with valid arguments: a new function fails
test_every_function_is_classified_and_called until it has a row there and a call here.

On a real primary and hot standby (pg_basebackup -R, streaming), every call runs on the standby:
a `standby` row must answer what the primary answers to the same call; a `primary` row must be
refused with 25006 (read_only_sql_transaction). Then the same call runs on the primary and must
succeed (no error, no false or NULL answer), so the refusal is the standby's, not a bad argument's. The standby rows run first,
while the primary only reads, so that both servers hold the same data when compared.
"""

import os
import re
import time
from types import SimpleNamespace

import psycopg
import pyotp
import pytest

from clusters import ServerGroup
from helpers import claim, initiate, set_policy, verify, wrong_code
from test_root_key import ROOT_KEY, key_file

REFERENCE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "reference.md")
SECTION = "## Where it runs"


def classification() -> dict:
    """name -> 'standby' or 'primary', from the table of the reference's section "Where it runs"."""
    with open(REFERENCE) as reference:
        text = reference.read()
    start = text.index(f"\n{SECTION}")
    section = text[start + 1:]
    end = section.find("\n## ")
    section = section if end < 0 else section[:end]
    where = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[1] not in ("standby", "primary"):
            continue
        for name in re.findall(r"`([a-z_0-9]+)`", cells[0]):
            assert name not in where, f"{name} is classified twice in {SECTION}"
            where[name] = cells[1]
    assert where, f"no table rows found in {SECTION} of docs/reference.md"
    return where


WHERE = classification()

# One call per function and view, with arguments that are valid on the primary. The names in
# %(...)s are filled from the fixture's data. Standby rows first (see the module's docstring).
CALLS = {
    "otp_base32_decode": "SELECT otp_base32_decode('JBSWY3DPEHPK3PXP')",
    "otp_base32_encode": "SELECT otp_base32_encode('\\x48656c6c6f'::bytea)",
    "otp_generate_secret": "SELECT length(otp_generate_secret())",
    "otp_hotp": "SELECT otp_hotp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1)",
    "otp_normalize_identifier": "SELECT otp_normalize_identifier(' Alice@Example.COM ', 'email')",
    "otp_totp": "SELECT otp_totp(%(secret)s, to_timestamp(1700000000))",
    "otp_totp_verify": "SELECT otp_totp_verify(%(secret)s, %(old_code)s, to_timestamp(1700000000))",
    "otp_totp_uri": "SELECT otp_totp_uri(%(secret)s, 'alice@example.com', 'Example Co')",
    "otp_totp_qr_svg": "SELECT otp_totp_qr_svg('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP')",
    "otp_check_link": "SELECT * FROM otp_check_link(%(link_token)s)",
    "otp_token_verify": "SELECT otp_token_verify(%(token)s)",
    "otp_jwks": "SELECT otp_jwks()",
    "otp_recovery_codes_remaining": "SELECT otp_recovery_codes_remaining(%(recovery_key)s)",
    "otp_factor_status": "SELECT * FROM otp_factor_status(%(check_key)s)",
    "otp_devices": "SELECT * FROM otp_devices(%(device_key)s)",
    "otp_policies": "SELECT * FROM otp_policies()",
    "otp_device_policies": "SELECT * FROM otp_device_policies()",
    "otp_send_guards": "SELECT * FROM otp_send_guards()",
    "otp_circuits": "SELECT * FROM otp_circuits()",
    "otp_test_identifiers": "SELECT * FROM otp_test_identifiers()",
    "otp_signing_keys": "SELECT * FROM otp_signing_keys()",
    "otp_token_policies": "SELECT * FROM otp_token_policies()",
    "otp_events": "SELECT * FROM otp_events",
    "otp_conversion": "SELECT * FROM otp_conversion",

    "otp_initiate": "SELECT * FROM otp_initiate('new@example.com', policy => 'standby')",
    "otp_verify": "SELECT * FROM otp_verify(%(challenge)s, %(wrong_code)s)",
    "otp_verify_link": "SELECT * FROM otp_verify_link(%(link_token)s)",
    "otp_resend": "SELECT * FROM otp_resend(%(resend_challenge)s)",
    "otp_claim_deliveries": "SELECT * FROM otp_claim_deliveries()",
    "otp_ack_delivery": "SELECT otp_ack_delivery(%(acked)s)",
    "otp_ack_deliveries": "SELECT * FROM otp_ack_deliveries(ARRAY[%(acked_in_batch)s])",
    "otp_fail_delivery": "SELECT otp_fail_delivery(%(failed)s, 'smtp down')",
    "otp_release_delivery": "SELECT otp_release_delivery(%(released)s)",
    "otp_totp_enroll": "SELECT * FROM otp_totp_enroll('someone-new')",
    "otp_totp_confirm": "SELECT otp_totp_confirm(%(pending_key)s, %(pending_code)s)",
    "otp_totp_check": "SELECT otp_totp_check(%(check_key)s, %(check_code)s)",
    "otp_totp_token": "SELECT otp_totp_token(%(token_key)s, %(token_code)s)",
    "otp_recovery_codes_generate": "SELECT otp_recovery_codes_generate(%(check_key)s, 2)",
    "otp_recovery_code_use": "SELECT otp_recovery_code_use(%(recovery_key)s, %(recovery_code)s)",
    "otp_recovery_token": "SELECT otp_recovery_token(%(recovery_key)s, %(recovery_code_2)s)",
    "otp_device_remember": "SELECT * FROM otp_device_remember(%(remember_key)s, 'laptop')",
    "otp_device_check": "SELECT otp_device_check(%(device_key)s, %(device_token)s)",
    "otp_device_revoke": "SELECT otp_device_revoke(%(device_key)s, %(device_id)s)",
    "otp_devices_revoke": "SELECT otp_devices_revoke(%(device_key)s)",
    "otp_totp_disable": "SELECT otp_totp_disable(%(disable_key)s)",
    "otp_set_policy": "SELECT * FROM otp_set_policy('standby', max_attempts => 9)",
    "otp_set_device_policy": "SELECT * FROM otp_set_device_policy('standby', max_devices => 3)",
    "otp_set_test_identifier": "SELECT policy FROM otp_set_test_identifier('review@example.com', 'email', '123456')",
    "otp_remove_test_identifier": "SELECT otp_remove_test_identifier('tester@example.com', 'email')",
    "otp_set_send_guard": "SELECT * FROM otp_set_send_guard('standby', refused_countries => '{KP}')",
    "otp_remove_send_guard": "SELECT otp_remove_send_guard('guarded')",
    "otp_reset_circuit": "SELECT otp_reset_circuit('tripped', 'SE')",
    "otp_set_token_policy": "SELECT * FROM otp_set_token_policy('standby', %(token_role)s)",
    "otp_remove_token_policy": "SELECT otp_remove_token_policy('tokens-to-remove')",
    "otp_rotate_signing_key": "SELECT otp_rotate_signing_key()",
    "otp_rotate_server_key": "SELECT otp_rotate_server_key()",
    "otp_wrap_server_keys": "SELECT otp_wrap_server_keys()",
    "otp_purge": "SELECT otp_purge()",
}

EXTENSION_OBJECTS = """
    SELECT coalesce(p.proname, c.relname)
      FROM pg_extension e
      JOIN pg_depend d ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid AND d.deptype = 'e'
      LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid AND p.pronamespace = e.extnamespace
      LEFT JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid AND c.relkind = 'v'
                          AND c.relnamespace = e.extnamespace
     WHERE e.extname = 'otp_pg' AND coalesce(p.proname, c.relname) IS NOT NULL
"""


def enrolled(conn, key) -> tuple:
    """An active authenticator factor for key: (pyotp app, Unix time of the accepted step)."""
    app = pyotp.TOTP(conn.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0])
    confirmed_at = time.time()
    assert conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, app.at(confirmed_at))).fetchone()[0]
    return app, confirmed_at


def next_code(app, accepted_at) -> str:
    """A code of a step after the accepted one, within one step of now (the default skew)."""
    return app.at(max(time.time(), accepted_at + 30))


@pytest.fixture(scope="module")
def pair():
    with ServerGroup() as group:
        root_key = key_file(group, "root.key", ROOT_KEY)
        primary = group.create("primary", {"wal_level": "replica", "hot_standby": "on",
                                           "shared_preload_libraries": "otp_pg", "otp_pg.purge_interval": "0",
                                           "otp_pg.root_key_file": root_key})
        primary.start()
        primary.create_extension()
        standby = group.replica_of(primary, "standby")
        standby.start()
        standby.wait_for_replay(primary)
        with standby.connect() as conn:
            with pytest.raises(psycopg.Error) as first_jwks:
                conn.execute("SELECT otp_jwks()")
        with primary.connect() as conn:
            data = prepared(conn)
        data.first_jwks_on_standby = first_jwks.value.sqlstate
        standby.wait_for_replay(primary)
        yield SimpleNamespace(primary=primary, standby=standby, data=data)


def prepared(conn) -> SimpleNamespace:
    """On the primary: something for every call to act on."""
    data = SimpleNamespace()
    conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")  # a token role may create nowhere
    conn.execute("CREATE ROLE standby_web NOLOGIN")
    data.token_role = "standby_web"
    for policy in ("default", "standby", "guarded", "tripped", "tokens-to-remove"):
        set_policy(conn, policy, resend_cooldown_seconds=0, identifier_limit=1000, client_limit=1000)
    conn.execute("SELECT otp_set_token_policy('default', 'standby_web')")
    conn.execute("SELECT otp_set_token_policy('tokens-to-remove', 'standby_web')")
    conn.execute("SELECT otp_set_send_guard('guarded', refused_countries => '{KP}')")
    conn.execute("SELECT otp_set_send_guard('tripped', breaker_min_conversion_percent => 50)")
    conn.execute("INSERT INTO otp_private.circuit VALUES ('tripped', 'SE', now(), now() + interval '1 hour', now(), 10, 100)")
    conn.execute("SELECT otp_set_test_identifier('tester@example.com', 'email', '654321')")

    # Challenges: one verified on the primary (for its token), one for a wrong code, one to
    # resend, one with a link; and four requests claimed by a sender, to acknowledge alone and in
    # a batch, fail and release.
    signed_in, data.challenge, data.resend_challenge = (
        initiate(conn, f"user{i}@example.com")["challenge_id"] for i in range(3))
    linked = conn.execute("SELECT challenge_id FROM otp_initiate('linked@example.com', link => true)").fetchone()[0]
    requests = {row["challenge_id"]: row for row in claim(conn)}
    data.token = verify(conn, signed_in, requests[signed_in]["code"])["token"]
    assert data.token
    data.wrong_code = wrong_code(requests[data.challenge]["code"])
    data.link_token = requests[linked]["link_token"]
    outbox = [initiate(conn, f"outbox{i}@example.com")["challenge_id"] for i in range(4)]
    claimed = {row["challenge_id"]: row["delivery_id"] for row in claim(conn)}
    data.acked, data.acked_in_batch, data.failed, data.released = (claimed[c] for c in outbox)

    # Authenticator factors, each key for one call, so that no call spends another's step.
    apps = {}
    for key in ("check", "token", "recovery", "remember", "device", "disable"):
        apps[key] = enrolled(conn, f"{key}-key")
    data.secret = apps["check"][0].secret
    data.old_code = apps["check"][0].at(1700000000)
    data.check_key, data.check_code = "check-key", next_code(*apps["check"])
    data.token_key, data.token_code = "token-key", next_code(*apps["token"])
    data.pending_key = "pending-key"
    pending = pyotp.TOTP(conn.execute("SELECT secret FROM otp_totp_enroll(%s)", (data.pending_key,)).fetchone()[0])
    data.pending_code = pending.now()
    data.recovery_key = "recovery-key"
    data.recovery_code, data.recovery_code_2 = (
        row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, 2)", (data.recovery_key,)))
    data.remember_key, data.device_key, data.disable_key = "remember-key", "device-key", "disable-key"
    data.device_id, data.device_token = conn.execute(
        "SELECT device_id, token FROM otp_device_remember(%s)", (data.device_key,)).fetchone()
    conn.execute("SELECT otp_jwks()")  # the first signing key, made where writes go
    return data


def test_every_function_is_classified_and_called(pair):
    with pair.primary.connect() as conn:
        extension = {row[0] for row in conn.execute(EXTENSION_OBJECTS)}
    assert sorted(extension - set(WHERE)) == [], f"not classified in {SECTION} of docs/reference.md"
    assert sorted(set(WHERE) - extension) == [], f"classified in {SECTION} but not part of otp_pg"
    assert sorted(extension - set(CALLS)) == [], "no call in CALLS"
    assert sorted(set(CALLS) - extension) == [], "a call in CALLS of no function of otp_pg"


def answer(server, query, arguments):
    with server.connect() as conn:
        assert conn.execute("SELECT pg_is_in_recovery()").fetchone()[0] is (server.name == "standby")
        return conn.execute(query, arguments).fetchall()


@pytest.mark.parametrize("name", sorted((name for name in CALLS if name in WHERE), key=lambda n: WHERE[n] != "standby"))
def test_where_it_runs(pair, name):
    query, arguments = CALLS[name], vars(pair.data)
    if WHERE[name] == "standby":
        assert answer(pair.standby, query, arguments) == answer(pair.primary, query, arguments)
    else:
        with pytest.raises(psycopg.Error) as refused:
            answer(pair.standby, query, arguments)
        assert refused.value.sqlstate == "25006", refused.value
        # The call did its work there: no NULL or false from a check, a remove or an ack.
        [first, *_] = answer(pair.primary, query, arguments)
        assert first[0] is not None and first[0] is not False, first


def test_otp_jwks_needs_the_primary_to_make_the_first_signing_key(pair):
    assert pair.data.first_jwks_on_standby == "25006"
