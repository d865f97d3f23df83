"""Trusted devices against a real server: a device is remembered only right after a factor check
of its key, once per check; each token works once and is answered with the next; an old token
revokes its device; expiry, the policy's max_devices, revocation one by one or all at once, and by
otp_totp_disable and a recovery-code use; two checks of one token at once; wrong keys, malformed
tokens, hostile and NULL arguments; no token in the table, a dump or an event; server key rotation
and otp_purge; and what the application role may and may not do."""

import base64
import contextlib
import datetime
import os
import time
import uuid

import psycopg
import pyotp
import pytest

from helpers import APP_GRANTS, connection_as, run_together, run_tool, sqlstate_of, unique_name

PERIOD = 30
SKEW = 10  # lets one test pass up to ten checks ahead of the clock without waiting for a step


def scalar(conn, query, params=()):
    return conn.execute(query, params).fetchone()[0]


class User:
    """A key with a confirmed authenticator factor, and its app. Each passed check uses the next
    time step (otp_totp_check accepts only later ones), within the skew of the clock's step."""

    def __init__(self, conn):
        self.conn = conn
        self.key = unique_name("device-user")
        secret = scalar(conn, "SELECT secret FROM otp_totp_enroll(%s)", (self.key,))
        self.app = pyotp.TOTP(secret, interval=PERIOD)
        self.step = int(time.time() // PERIOD)
        assert scalar(conn, "SELECT otp_totp_confirm(%s, %s)", (self.key, self.app.at(self.step * PERIOD))) is True

    def passes_check(self):
        self.step += 1
        code = self.app.at(self.step * PERIOD)
        assert scalar(self.conn, "SELECT otp_totp_check(%s, %s, %s)", (self.key, code, SKEW)) is True

    def remember(self, label=None, policy="default") -> dict:
        return remember(self.conn, self.key, label, policy)

    def check(self, token):
        return scalar(self.conn, "SELECT otp_device_check(%s, %s)", (self.key, token))

    def devices(self) -> list:
        return [row[0] for row in self.conn.execute("SELECT device_id FROM otp_devices(%s)", (self.key,))]

    def events(self, *kinds) -> list:
        return self.conn.execute(
            "SELECT event, detail FROM otp_events WHERE key = %s AND event = ANY (%s) ORDER BY event_id",
            (self.key, list(kinds) or ["device_remembered", "device_used", "device_check_failed", "device_revoked"]),
        ).fetchall()


def remember(conn, key, label=None, policy="default") -> dict:
    device_id, token, expires_at = conn.execute(
        "SELECT device_id, token, expires_at FROM otp_device_remember(%s, %s, %s)", (key, label, policy)).fetchone()
    return {"device_id": device_id, "token": token, "expires_at": expires_at}


def device_policy(conn, **settings) -> str:
    name = unique_name("devices")
    arguments = "".join(f", {setting} => %({setting})s" for setting in settings)
    conn.execute(f"SELECT otp_set_device_policy(%(name)s{arguments})", {"name": name, **settings})
    return name


@contextlib.contextmanager
def database_of_its_own(conn, dsn, tag):
    """The name of a new database with otp_pg, and a connection to it; dropped afterwards. For what
    counts every row (server keys) or dumps the whole database."""
    name = unique_name(tag).replace("-", "_")
    conn.execute(f"CREATE DATABASE {name}")
    try:
        with psycopg.connect(dsn, dbname=name, autocommit=True) as db:
            db.execute("CREATE EXTENSION otp_pg")
            yield name, db
    finally:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def server_of(dsn) -> list:
    """The connection options of a client program for the server under test."""
    params = psycopg.conninfo.conninfo_to_dict(dsn)
    return ["-h", params["host"], "-p", str(params["port"]), "-U", params["user"]]


def stored(conn, device_id) -> dict:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute("SELECT * FROM otp_private.device WHERE device_id = %s", (device_id,)).fetchone()


@pytest.fixture
def user(conn):
    return User(conn)


@pytest.fixture
def app(conn, connect):
    """A connection (autocommit) as a role holding APP_GRANTS and nothing else."""
    yield from connection_as(conn, connect, "app", APP_GRANTS)


def test_remembered_device_logs_in_with_a_token_that_rotates(user):
    user.passes_check()
    made = user.remember("Firefox on Linux")
    assert made["token"].startswith("otpd_") and len(made["token"]) == 69
    assert str(made["device_id"]) == str(uuid.UUID(bytes=base64.urlsafe_b64decode(made["token"][5:] + "==")[:16]))
    listed = user.conn.execute("SELECT * FROM otp_devices(%s)", (user.key,)).fetchall()
    assert [(d[0], d[1], d[3], d[4]) for d in listed] == [(made["device_id"], "Firefox on Linux", None, made["expires_at"])]
    assert made["expires_at"] - listed[0][2] == datetime.timedelta(days=30)

    tokens = [made["token"]]
    for _ in range(3):
        tokens.append(user.check(tokens[-1]))
        assert tokens[-1] and tokens[-1].startswith("otpd_")
    assert len(set(tokens)) == 4
    assert all(t[5:26] == tokens[0][5:26] for t in tokens)  # the same device id ...
    assert len({t[27:] for t in tokens}) == 4  # ... and a new secret each time
    assert stored(user.conn, made["device_id"])["last_used_at"] is not None
    assert user.devices() == [made["device_id"]]
    # Still trusted, and the expiry is where it was: use does not extend it.
    assert user.conn.execute("SELECT expires_at FROM otp_devices(%s)", (user.key,)).fetchone()[0] == made["expires_at"]
    assert [event for event, _ in user.events()] == ["device_remembered"] + ["device_used"] * 3


def test_a_used_token_revokes_its_device(user):
    """A token presented after it was rotated is a copy: whoever holds the newest token loses it
    too, and the audit trail says why."""
    user.passes_check()
    made = user.remember()
    newer = user.check(made["token"])
    assert user.check(made["token"]) is None
    assert user.check(newer) is None  # the device is revoked: its newest token is dead too
    assert user.devices() == []
    row = stored(user.conn, made["device_id"])
    assert row["revoke_reason"] == "token_replayed" and row["revoked_at"] is not None
    assert row["token_digest"] is None and row["server_key_id"] is None
    assert user.events("device_revoked", "device_check_failed") == [
        ("device_revoked", {"reason": "token_replayed", "device_ids": [str(made["device_id"])]}),
        ("device_check_failed", {"reason": "revoked", "device_id": str(made["device_id"])}),
    ]


def test_a_made_up_secret_for_a_known_device_revokes_it(user):
    user.passes_check()
    made = user.remember()
    forged = made["token"][:27] + ("A" if made["token"][27] != "A" else "B") + made["token"][28:]
    assert user.check(forged) is None
    assert user.check(made["token"]) is None
    assert stored(user.conn, made["device_id"])["revoke_reason"] == "token_replayed"


def test_an_expired_device_is_refused_and_purged(conn, user):
    policy = device_policy(conn, lifetime_seconds=1)
    user.passes_check()
    made = user.remember(policy=policy)
    assert stored(conn, made["device_id"])["policy"] == policy
    time.sleep(1.1)
    assert user.check(made["token"]) is None
    assert user.devices() == []
    assert user.events("device_check_failed") == [
        ("device_check_failed", {"reason": "expired", "device_id": str(made["device_id"])})]
    assert stored(conn, made["device_id"])["revoked_at"] is None  # expired, not revoked
    conn.execute("SELECT otp_purge()")
    assert stored(conn, made["device_id"]) is None


def test_beyond_max_devices_the_least_recently_used_is_revoked(conn, user):
    policy = device_policy(conn, max_devices=2)
    made = []
    for label in ("first", "second"):
        user.passes_check()
        made.append(user.remember(label, policy))
    newer = user.check(made[0]["token"])  # the first is now used more recently than the second
    user.passes_check()
    third = user.remember("third", policy)
    assert set(user.devices()) == {made[0]["device_id"], third["device_id"]}
    assert stored(conn, made[1]["device_id"])["revoke_reason"] == "evicted"
    assert user.check(made[1]["token"]) is None
    assert user.check(newer) is not None
    assert ("device_revoked", {"reason": "evicted", "device_ids": [str(made[1]["device_id"])]}) in user.events()
    # A policy of one keeps only the newest device.
    single = device_policy(conn, max_devices=1)
    user.passes_check()
    only = user.remember("only", single)
    assert user.devices() == [only["device_id"]]


def test_revoke_one_device_then_all(user):
    made = []
    for label in ("laptop", "phone", "tablet"):
        user.passes_check()
        made.append(user.remember(label))
    assert scalar(user.conn, "SELECT otp_device_revoke(%s, %s)", (user.key, made[1]["device_id"])) is True
    assert scalar(user.conn, "SELECT otp_device_revoke(%s, %s)", (user.key, made[1]["device_id"])) is False
    assert scalar(user.conn, "SELECT otp_device_revoke(%s, %s)", (user.key, uuid.uuid4())) is False
    assert scalar(user.conn, "SELECT otp_device_revoke(%s, %s)", ("someone-else", made[0]["device_id"])) is False
    assert user.check(made[1]["token"]) is None
    assert set(user.devices()) == {made[0]["device_id"], made[2]["device_id"]}

    assert scalar(user.conn, "SELECT otp_devices_revoke(%s)", (user.key,)) == 2
    assert scalar(user.conn, "SELECT otp_devices_revoke(%s)", (user.key,)) == 0
    assert user.devices() == []
    assert user.check(made[0]["token"]) is None and user.check(made[2]["token"]) is None
    revoked = [detail for event, detail in user.events("device_revoked")]
    assert revoked == [
        {"reason": "requested", "device_ids": [str(made[1]["device_id"])]},
        {"reason": "requested", "device_ids": sorted([str(made[0]["device_id"]), str(made[2]["device_id"])])},
    ]


def test_disabling_the_factor_revokes_the_devices(user):
    user.passes_check()
    made = user.remember()
    assert scalar(user.conn, "SELECT otp_totp_disable(%s)", (user.key,)) is True
    assert user.check(made["token"]) is None
    assert stored(user.conn, made["device_id"])["revoke_reason"] == "factor_disabled"
    assert user.events("device_revoked") == [
        ("device_revoked", {"reason": "factor_disabled", "device_ids": [str(made["device_id"])]})]


def test_a_recovery_code_use_revokes_the_devices_and_lets_the_one_in_hand_be_remembered(user):
    codes = [row[0] for row in user.conn.execute("SELECT otp_recovery_codes_generate(%s, 2)", (user.key,))]
    user.passes_check()
    lost = user.remember("lost phone")
    assert scalar(user.conn, "SELECT otp_recovery_code_use(%s, 'xxxxx-xxxxx')", (user.key,)) is False
    assert user.devices() == [lost["device_id"]]  # a wrong code changes nothing
    assert scalar(user.conn, "SELECT otp_recovery_code_use(%s, %s)", (user.key, codes[0])) is True
    assert user.check(lost["token"]) is None
    assert stored(user.conn, lost["device_id"])["revoke_reason"] == "recovery_code_used"
    found = user.remember("new phone")
    assert user.devices() == [found["device_id"]]
    assert user.check(found["token"]) is not None


def test_remember_needs_a_fresh_factor_check_once(conn, user):
    def refused(key):
        state, message = sqlstate_of(conn, "SELECT otp_device_remember(%s)", (key,))
        assert state == "OT401", message
        assert message.startswith("key has no successful factor check")

    user.remember()  # the confirmation is a check
    refused(user.key)  # spent
    user.passes_check()
    user.remember()
    refused(user.key)
    # A failed check proves nothing.
    assert scalar(conn, "SELECT otp_totp_check(%s, '000000x')", (user.key,)) is False
    refused(user.key)
    # Older than 5 minutes is too old.
    user.passes_check()
    conn.execute("UPDATE otp_private.totp_factor SET proved_at = now() - interval '301 seconds' WHERE key = %s",
                 (user.key,))
    refused(user.key)
    conn.execute("UPDATE otp_private.totp_factor SET proved_at = now() - interval '299 seconds' WHERE key = %s",
                 (user.key,))
    user.remember()
    # A key with a pending factor, or none, has nothing to remember a device with.
    pending = unique_name("pending")
    conn.execute("SELECT otp_totp_enroll(%s)", (pending,))
    refused(pending)
    refused(unique_name("nobody"))
    # A key with recovery codes only: they prove the key, but there is no factor to stand in for.
    codes_only = unique_name("codes-only")
    code = scalar(conn, "SELECT otp_recovery_codes_generate(%s, 1)", (codes_only,))
    assert scalar(conn, "SELECT otp_recovery_code_use(%s, %s)", (codes_only, code)) is True
    refused(codes_only)
    assert conn.execute("SELECT count(*) FROM otp_private.device WHERE key = ANY (%s)",
                        ([pending, codes_only],)).fetchone()[0] == 0


def test_concurrent_remembers_of_one_check_make_one_device(user, connect):
    user.passes_check()

    def attempt(connection):
        try:
            return remember(connection, user.key)["device_id"]
        except psycopg.Error as error:
            return error.sqlstate

    results = run_together(connect, 4, attempt)
    assert results.count("OT401") == 3
    assert len(user.devices()) == 1


@pytest.mark.parametrize("count", [2, 8])
def test_one_token_checked_at_once_succeeds_once(user, connect, count):
    """The checks queue on the device's row: the first gets the next token, every later one finds
    a used token, which is what a copy looks like, and revokes the device."""
    user.passes_check()
    made = user.remember()
    results = run_together(connect, count,
                           lambda c: scalar(c, "SELECT otp_device_check(%s, %s)", (user.key, made["token"])))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1 and results.count(None) == count - 1
    assert stored(user.conn, made["device_id"])["revoke_reason"] == "token_replayed"
    assert user.check(winners[0]) is None
    assert [event for event, _ in user.events("device_used", "device_revoked")] == ["device_used", "device_revoked"]


def test_a_token_is_good_only_for_its_own_key(conn, user):
    other = User(conn)
    user.passes_check()
    made = user.remember()
    assert other.check(made["token"]) is None
    assert other.events("device_check_failed") == [("device_check_failed", {"reason": "unknown"})]
    assert user.check(made["token"]) is not None  # not revoked by the other key's check


@pytest.mark.parametrize("spoil", [
    lambda t: "",
    lambda t: "otpd_",
    lambda t: t[:-1],
    lambda t: t + "A",
    lambda t: t + "=",
    lambda t: " " + t,
    lambda t: t + "\n",
    lambda t: t.upper(),
    lambda t: t.replace("otpd_", "OTPD_"),
    lambda t: t[5:],
    lambda t: t[:20] + "+" + t[21:],
    lambda t: t[:20] + "é" + t[21:],
    lambda t: t * 1500,
    lambda t: "'; DROP TABLE otp_private.device; --",
], ids=["empty", "prefix", "short", "long", "padded", "leading-space", "newline", "upper", "prefix-case",
        "no-prefix", "plus", "non-ascii", "huge", "injection"])
def test_malformed_tokens_are_null_and_recorded(user, spoil):
    user.passes_check()
    made = user.remember()
    spoiled = spoil(made["token"])
    assert spoiled != made["token"]
    assert user.check(spoiled) is None
    assert user.events("device_check_failed") == [("device_check_failed", {"reason": "malformed"})]
    assert user.check(made["token"]) is not None  # nothing was revoked


def test_unusable_keys_give_null_or_nothing(conn, user):
    user.passes_check()
    made = user.remember()
    for key in ("", "k" * 257, "k" * 100_000):
        assert scalar(conn, "SELECT otp_device_check(%s, %s)", (key, made["token"])) is None
        assert conn.execute("SELECT * FROM otp_devices(%s)", (key,)).fetchall() == []
        assert scalar(conn, "SELECT otp_device_revoke(%s, %s)", (key, made["device_id"])) is False
        assert scalar(conn, "SELECT otp_devices_revoke(%s)", (key,)) == 0
    recorded = conn.execute("SELECT length(key), detail FROM otp_events WHERE event = 'device_check_failed' "
                            "ORDER BY event_id DESC LIMIT 2").fetchall()
    assert recorded == [(256, {"reason": "malformed"})] * 2  # cut to 256 characters
    assert user.check(made["token"]) is not None


@pytest.mark.parametrize("call, arguments, state, starts", [
    ("otp_device_remember(%s)", [""], "22023", "key must be 1 to 256"),
    ("otp_device_remember(%s)", ["k" * 257], "22023", "key must be 1 to 256"),
    ("otp_device_remember(%s, %s)", ["KEY", ""], "22023", "label must not be empty"),
    ("otp_device_remember(%s, %s)", ["KEY", " \t"], "22023", "label must not be empty"),
    ("otp_device_remember(%s, %s)", ["KEY", "x" * 101], "22023", "label must be at most 100"),
    ("otp_device_remember(%s, %s)", ["KEY", "Chrome\non Windows"], "22023", "label must not contain a control"),
    ("otp_device_remember(%s, %s)", ["KEY", "\x1b[31mred"], "22023", "label must not contain a control"),
    ("otp_device_remember(%s, %s)", ["KEY", "phone\u202egnp.exe"], "22023", "label must not contain an invisible"),
    ("otp_device_remember(%s, %s)", ["KEY", "a\u2029b"], "22023", "label must not contain a line"),
    ("otp_device_remember(%s, %s, %s)", ["KEY", None, "no-such-policy"], "22023", "policy 'no-such-policy' is not"),
    ("otp_set_device_policy(%s)", ["bad name"], "22023", "policy must be 1 to 63"),
    ("otp_set_device_policy(%s)", ["p" * 64], "22023", "policy must be 1 to 63"),
    ("otp_set_device_policy(%s, %s)", ["p", 0], "22023", "lifetime_seconds must be between 1 and 31536000"),
    ("otp_set_device_policy(%s, %s)", ["p", 31536001], "22023", "lifetime_seconds must be between"),
    ("otp_set_device_policy(%s, 60, %s)", ["p", 0], "22023", "max_devices must be between 1 and 100"),
    ("otp_set_device_policy(%s, 60, %s)", ["p", 101], "22023", "max_devices must be between 1 and 100"),
])
def test_hostile_arguments_are_refused_naming_them(conn, user, call, arguments, state, starts):
    user.passes_check()  # a right key with a fresh check: what fails is the argument
    arguments = [user.key if a == "KEY" else a for a in arguments]
    got, message = sqlstate_of(conn, f"SELECT * FROM {call}", arguments)
    assert (got, message[:len(starts)]) == (state, starts), message
    assert user.devices() == []


@pytest.mark.parametrize("call, argument", [
    ("otp_device_remember(NULL)", "key"),
    ("otp_device_remember('k', 'label', NULL)", "policy"),
    ("otp_device_check(NULL, 'otpd_x')", "key"),
    ("otp_device_check('k', NULL)", "token"),
    ("otp_devices(NULL)", "key"),
    ("otp_device_revoke(NULL, gen_random_uuid())", "key"),
    ("otp_device_revoke('k', NULL)", "device_id"),
    ("otp_devices_revoke(NULL)", "key"),
    ("otp_set_device_policy(NULL)", "policy"),
    ("otp_set_device_policy('p', NULL)", "lifetime_seconds"),
    ("otp_set_device_policy('p', 60, NULL)", "max_devices"),
])
def test_null_arguments_are_refused_naming_them(conn, call, argument):
    assert sqlstate_of(conn, f"SELECT * FROM {call}") == ("22004", f"{argument} must not be NULL")


def test_a_null_label_is_allowed(user):
    made = user.remember(None)
    assert user.conn.execute("SELECT label FROM otp_devices(%s)", (user.key,)).fetchone()[0] is None
    assert user.check(made["token"]) is not None


def test_device_policies(conn):
    name = unique_name("devices")
    row = conn.execute("SELECT * FROM otp_set_device_policy(%s, 3600, 3)", (name,)).fetchone()
    assert row == (name, 3600, 3)
    assert conn.execute("SELECT * FROM otp_set_device_policy(%s)", (name,)).fetchone() == (name, 2592000, 10)
    policies = conn.execute("SELECT * FROM otp_device_policies()").fetchall()
    assert (name, 2592000, 10) in policies and ("default", 2592000, 10) in policies
    assert policies == sorted(policies)
    assert conn.execute("SELECT detail FROM otp_events WHERE event = 'device_policy_set' AND policy = %s "
                        "ORDER BY event_id", (name,)).fetchall() == [
        ({"lifetime_seconds": 3600, "max_devices": 3},), ({"lifetime_seconds": 2592000, "max_devices": 10},)]
    # A 'default' row overrides the built-in one.
    conn.execute("SELECT otp_set_device_policy('default', 7200, 4)")
    try:
        assert [p for p in conn.execute("SELECT * FROM otp_device_policies()") if p[0] == "default"] == [
            ("default", 7200, 4)]
        user = User(conn)
        made = user.remember()
        assert stored(conn, made["device_id"])["expires_at"] - stored(conn, made["device_id"])["created_at"] == \
            datetime.timedelta(hours=2)
    finally:
        conn.execute("DELETE FROM otp_private.device_policy WHERE policy = 'default'")


def test_no_token_is_stored_dumped_or_recorded(conn, dsn):
    with database_of_its_own(conn, dsn, "devdump") as (name, db):
        user = User(db)
        made = user.remember("dumped device")
        tokens = [made["token"], user.check(made["token"])]
        row = stored(db, made["device_id"])
        everything = " ".join(str(r) for r in db.execute("SELECT d::text FROM otp_private.device d"))
        events = " ".join(str(r) for r in db.execute("SELECT detail::text FROM otp_private.event"))
        for token in tokens:
            raw = base64.urlsafe_b64decode(token[5:] + "==")
            secret = raw[16:]
            assert len(raw) == 48 and len(row["token_digest"]) == 32
            for text in (everything, events):
                assert token not in text and token[27:] not in text and secret.hex() not in text
            # The digest is not the secret, nor any part of the token.
            assert bytes(row["token_digest"]) != secret
            assert not any(bytes(row["token_digest"])[i:i + 8] in raw for i in range(25))

        dump = run_tool("pg_dump", *server_of(dsn), "-d", name).stdout
        assert "dumped device" in dump and str(made["device_id"]) in dump  # the device is dumped ...
        for token in tokens:
            assert token not in dump and token[27:] not in dump  # ... its tokens are not
            assert base64.urlsafe_b64decode(token[5:] + "==")[16:].hex() not in dump


def test_devices_survive_dump_and_restore(conn, dsn):
    target = unique_name("devdst").replace("-", "_")
    conn.execute(f"CREATE DATABASE {target}")
    archive = f"/tmp/{target}.dump"
    try:
        with database_of_its_own(conn, dsn, "devsrc") as (source, db):
            policy = device_policy(db, lifetime_seconds=86400, max_devices=3)
            user = User(db)
            made = user.remember("kept", policy)
            token = user.check(made["token"])
            run_tool("pg_dump", *server_of(dsn), "-Fc", "-f", archive, "-d", source)
        run_tool("pg_restore", *server_of(dsn), "-d", target, archive)
        with psycopg.connect(dsn, dbname=target, autocommit=True) as db:
            assert (policy, 86400, 3) in db.execute("SELECT * FROM otp_device_policies()").fetchall()
            assert [r[0] for r in db.execute("SELECT device_id FROM otp_devices(%s)", (user.key,))] == [made["device_id"]]
            assert scalar(db, "SELECT otp_device_check(%s, %s)", (user.key, token)) is not None
    finally:
        if os.path.exists(archive):
            os.remove(archive)
        conn.execute(f"DROP DATABASE IF EXISTS {target} WITH (FORCE)")


def test_devices_keep_their_server_key_until_their_next_check(conn, dsn):
    """A digest can't be made again under a new key: the retired key stays while a trusted device
    refers to it, and the device moves to the current key at its next check."""
    with database_of_its_own(conn, dsn, "devkeys") as (_, db):
        user = User(db)
        made = user.remember()
        old_key = stored(db, made["device_id"])["server_key_id"]
        new_key = scalar(db, "SELECT otp_rotate_server_key()")
        for _ in range(2):  # the first sees the key retired, the second may remove it
            db.execute("SELECT otp_purge()")
        assert scalar(db, "SELECT count(*) FROM otp_private.server_key WHERE key_id = %s", (old_key,)) == 1
        token = user.check(made["token"])
        assert token is not None and stored(db, made["device_id"])["server_key_id"] == new_key
        db.execute("SELECT otp_purge()")
        assert [r[0] for r in db.execute("SELECT key_id FROM otp_private.server_key")] == [new_key]
        assert user.check(token) is not None
        # A revoked device holds no key either.
        user.passes_check()
        user.remember()
        db.execute("SELECT otp_rotate_server_key()")
        assert scalar(db, "SELECT otp_devices_revoke(%s)", (user.key,)) == 2
        db.execute("SELECT otp_purge()")
        db.execute("SELECT otp_purge()")
        assert scalar(db, "SELECT count(*) FROM otp_private.server_key") == 1


def test_purge_keeps_a_revoked_device_for_30_days(conn, user):
    user.passes_check()
    made = user.remember()
    assert scalar(conn, "SELECT otp_device_revoke(%s, %s)", (user.key, made["device_id"])) is True
    conn.execute("SELECT otp_purge()")
    assert stored(conn, made["device_id"]) is not None
    assert user.check(made["token"]) is None
    assert user.events("device_check_failed")[-1][1]["reason"] == "revoked"
    conn.execute("UPDATE otp_private.device SET revoked_at = now() - interval '30 days 1 second' "
                 "WHERE device_id = %s", (made["device_id"],))
    conn.execute("SELECT otp_purge()")
    assert stored(conn, made["device_id"]) is None
    assert user.check(made["token"]) is None
    assert user.events("device_check_failed")[-1][1] == {"reason": "unknown"}


def test_the_check_must_be_a_statement_of_its_own(conn, user):
    """A rollback would take back the revocation of a replayed token's device."""
    user.passes_check()
    made = user.remember()
    newer = user.check(made["token"])
    with pytest.raises(psycopg.Error) as refused:
        with conn.transaction():
            conn.execute("SELECT otp_device_check(%s, %s)", (user.key, made["token"]))
    assert refused.value.sqlstate == "25001"
    assert user.check(newer) is not None  # refused before it compared: nothing was revoked


def test_the_application_role_uses_devices_but_reads_nothing(conn, app):
    user = User(conn)
    made = remember(app, user.key, "app device")
    token = scalar(app, "SELECT otp_device_check(%s, %s)", (user.key, made["token"]))
    assert token is not None
    assert [r[0] for r in app.execute("SELECT device_id FROM otp_devices(%s)", (user.key,))] == [made["device_id"]]
    assert scalar(app, "SELECT otp_device_revoke(%s, %s)", (user.key, made["device_id"])) is True
    assert scalar(app, "SELECT otp_devices_revoke(%s)", (user.key,)) == 0
    for query in [
        "SELECT * FROM otp_private.device",
        "SELECT * FROM otp_private.device_policy",
        "UPDATE otp_private.totp_factor SET proved_at = now()",
        "SELECT otp_set_device_policy('mine', 31536000, 100)",
        "SELECT * FROM otp_device_policies()",
        "SELECT otp_private.revoke_devices('k', 'x')",
        "SELECT * FROM otp_private.new_device_token('\\x00', 'k', gen_random_uuid())",
    ]:
        assert sqlstate_of(app, query)[0] == "42501", query
