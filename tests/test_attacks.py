"""The attacks of the review of 0.3.0, replayed from a live server with only the roles that
"Roles and privileges" in docs/security.md hands out. Each test failed on 0.3.0; each says which guarantee it guards.

Attacks that need two sessions held in a fixed order (a key used by an uncommitted login, a factor
enrolled during a rotation, two kinds of factor check at once) are in test_interleavings.py; the
purge worker's in test_purge_worker.py.
"""

import concurrent.futures
import os
import shutil
import subprocess
import time
import uuid

import psycopg
import psycopg.sql
import pyotp
import pytest

from helpers import (
    APP_GRANTS, SENDER_GRANTS, claim, connection_as, token_role, initiate, latest_code, poll_until, resend, run_together, set_policy, sqlstate_of,
    unique_email, unique_name, verify, wrong_code,
)


@pytest.fixture
def app(conn, connect):
    yield from connection_as(conn, connect, "app", APP_GRANTS)


@pytest.fixture
def sender(conn, connect):
    yield from connection_as(conn, connect, "sender", SENDER_GRANTS)


def refused(conn, query, params=()):
    """(SQLSTATE, message) of the error `query` raises, or None if it succeeds."""
    try:
        conn.execute(query, params)
    except psycopg.Error as error:
        return error.sqlstate, error.diag.message_primary
    return None


def enrolled(conn, key) -> pyotp.TOTP:
    app = pyotp.TOTP(conn.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0])
    assert conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, app.now())).fetchone()[0] is True
    return app


# --- 2. IPv4 clients behind a dual-stack socket -------------------------------------------------

def test_ipv4_mapped_address_counts_as_the_ipv4_client_it_carries(conn, app):
    """0.3.0 counted ::ffff:203.0.113.9 under ::/64: every IPv4 client of a dual-stack server was one
    client, and one attacker blocked all IPv4 logins."""
    policy = set_policy(conn, client_limit=2, identifier_limit=1000)
    initiate(app, unique_email("v4"), policy=policy, client_addr="203.0.113.9")
    initiate(app, unique_email("v4"), policy=policy, client_addr="::ffff:203.0.113.9")
    state, message = sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s, client_addr => '::ffff:203.0.113.9/128')",
                                 (unique_email("v4"), policy))
    assert state == "OT429" and "client address" in message
    # Other IPv4 clients, mapped or not, have budgets of their own.
    for other in ("::ffff:198.51.100.7", "::FFFF:C633:6408", "198.51.100.9", "64:ff9b::198.51.100.8"):
        initiate(app, unique_email("v4"), policy=policy, client_addr=other)
    subjects = conn.execute(
        "SELECT otp_private.client_subject(a::inet) FROM unnest(%s::text[]) a",
        (["::ffff:203.0.113.9", "203.0.113.9/24", "::ffff:0:0/96", "2001:db8::1", "::1", "::ffff:203.0.113.9/64",
          "::ffff:0:203.0.113.9", "64:ff9b::203.0.113.9", "2002:cb00:7109:1::1", "2002:cb00:7109:2::1"],)).fetchall()
    assert [s[0] for s in subjects] == ["203.0.113.9", "203.0.113.9", "0.0.0.0", "2001:db8::/64", "::/64",
                                        "203.0.113.9", "203.0.113.9", "203.0.113.9", "203.0.113.9", "203.0.113.9"]


# --- 3. a refused verification counts nothing ---------------------------------------------------

def test_verification_refused_by_the_client_limit_costs_the_identifier_nothing(conn, app):
    """0.3.0 counted the identifier's hit before the client's limit refused, and the refusal
    committed it: a throttled client kept draining the victim's budget."""
    # max_attempts 1: the identifier has 3 verifications per window, the client 1.
    policy = set_policy(conn, identifier_limit=3, client_limit=1, max_attempts=1)
    victim = unique_email("victim")
    mine = initiate(app, victim, policy=policy, client_addr="192.0.2.1")
    attacker = "198.51.100.66"
    # The attacker spends its own verification on a challenge of its own, then keeps trying
    # against the victim's identifier from the same address.
    own = initiate(app, unique_email("attacker"), policy=policy, client_addr=attacker)
    assert verify(app, own["challenge_id"], "000000", client_addr=attacker)["status"] == "invalid_code"
    theirs = initiate(app, victim, policy=policy, client_addr="203.0.113.200")
    for _ in range(10):
        assert verify(app, theirs["challenge_id"], "000000", client_addr=attacker)["status"] == "rate_limited"
    code = latest_code(conn, mine["challenge_id"])
    assert verify(app, mine["challenge_id"], code, client_addr="192.0.2.1")["status"] == "success"


def test_send_refused_by_a_later_limit_costs_the_earlier_ones_nothing(conn, app):
    policy = set_policy(conn, identifier_limit=2, client_limit=1)
    attacker, victim = "198.51.100.67", unique_email("victim")
    initiate(app, unique_email("attacker"), policy=policy, client_addr=attacker)
    for _ in range(5):
        state, _ = sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s, client_addr => %s)",
                               (victim, policy, attacker))
        assert state == "OT429"
    hits = conn.execute("SELECT coalesce(sum(hits), 0) FROM otp_private.rate_counter"
                        " WHERE policy = %s AND subject LIKE otp_private.rate_subject(%s, 'email') || '%%'",
                        (policy, victim)).fetchone()[0]
    assert hits == 0
    initiate(app, victim, policy=policy, client_addr="192.0.2.2")
    initiate(app, victim, policy=policy, client_addr="192.0.2.3")
    assert sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s, client_addr => '192.0.2.4')",
                       (victim, policy))[0] == "OT429"


# --- 4. a rollback must not give attempts back --------------------------------------------------

ATTEMPT_COUNTING = {
    "otp_verify": "SELECT status FROM otp_verify(%(challenge)s, %(guess)s)",
    "otp_totp_confirm": "SELECT otp_totp_confirm(%(pending)s, %(guess)s)",
    "otp_totp_check": "SELECT otp_totp_check(%(active)s, %(guess)s)",
    "otp_recovery_code_use": "SELECT otp_recovery_code_use(%(active)s, %(guess)s)",
}


@pytest.fixture
def targets(conn, app):
    """A pending challenge, a pending factor and an active factor with recovery codes."""
    challenge = initiate(app, unique_email("rollback"))["challenge_id"]
    pending, active = unique_name("pending"), unique_name("active")
    app.execute("SELECT otp_totp_enroll(%s)", (pending,))
    totp = enrolled(app, active)
    recovery = app.execute("SELECT otp_recovery_codes_generate(%s, 1)", (active,)).fetchone()[0]
    return {"challenge": challenge, "pending": pending, "active": active, "totp": totp, "recovery": recovery,
            "code": latest_code(conn, challenge)}


@pytest.mark.parametrize("function", sorted(ATTEMPT_COUNTING))
def test_guesses_rolled_back_by_the_caller_are_refused(conn, app, targets, function):
    """0.3.0: 50 wrong codes, each in a transaction the caller rolled back (as a framework does
    when the handler raises for a failed login), then the right one passed."""
    query = ATTEMPT_COUNTING[function]
    for attempt in range(50):
        app.execute("BEGIN")
        state = refused(app, query, {**targets, "guess": f"{attempt:06d}"})
        app.execute("ROLLBACK")
        assert state is not None and state[0] == "25001", f"guess {attempt} was answered inside a transaction block"
        assert state[1].startswith(function), state
    # A savepoint, an exception block and a multi-statement string are refused the same way.
    app.execute("BEGIN")
    app.execute("SAVEPOINT s")
    assert refused(app, query, {**targets, "guess": "000000"})[0] == "25001"
    app.execute("ROLLBACK")
    block = query % {key: f"'{value}'" for key, value in {**targets, "guess": "000000"}.items() if key != "totp"}
    assert refused(app, f"DO $$BEGIN PERFORM ({block}); EXCEPTION WHEN division_by_zero THEN NULL; END$$")[0] == "25001"
    assert refused(app, f"{block}; SELECT 1/0")[0] == "25001"
    # Nothing was counted, and as statements of their own the right answers still pass.
    assert conn.execute("SELECT coalesce(sum(failures), 0) FROM otp_private.factor_failure WHERE key IN (%s, %s)",
                        (targets["pending"], targets["active"])).fetchone()[0] == 0
    assert app.execute("SELECT status FROM otp_verify(%s, %s)",
                       (targets["challenge"], targets["code"])).fetchone()[0] == "success"
    assert app.execute("SELECT otp_recovery_code_use(%s, %s)",
                       (targets["active"], targets["recovery"])).fetchone()[0] is True


def test_a_wrong_code_in_autocommit_stays_counted(conn, app, targets):
    for guess in ("000000", "111111"):
        app.execute("SELECT otp_totp_check(%s, %s)", (targets["active"], guess))
    assert conn.execute("SELECT failures FROM otp_private.factor_failure WHERE key = %s",
                        (targets["active"],)).fetchone()[0] == 2
    result = verify(app, targets["challenge"], wrong_code(targets["code"]))
    assert result["status"] == "invalid_code" and result["remaining_attempts"] == 4


def test_only_a_superuser_lets_a_role_count_attempts_inside_its_transactions(conn, app, targets):
    assert refused(app, "SET otp_pg.require_autocommit = off")[0] == "42501"
    assert refused(app, "SELECT set_config('otp_pg.require_autocommit', 'off', false)")[0] == "42501"
    # The opt-in is for code that commits after every failed result; a superuser sets it per role.
    with conn.transaction():
        conn.execute("SET LOCAL otp_pg.require_autocommit = off")
        assert verify(conn, targets["challenge"], wrong_code(targets["code"]))["status"] == "invalid_code"
    assert verify(app, targets["challenge"], targets["code"])["remaining_attempts"] == 3


# --- 5 and 6: one person, one subject; one client, a share of it --------------------------------

def test_one_client_address_cannot_use_up_another_persons_sends(conn, app):
    """0.3.0: five requests for the victim's address from one attacker address made the victim's
    own request fail for eleven minutes, renewable forever."""
    # One address's share: one full challenge (1 + max_resends = 2 codes), never all 5.
    policy = set_policy(conn, identifier_limit=5, client_limit=1000, max_resends=1)
    victim, attacker = unique_email("victim"), "198.51.100.99"
    sent = 0
    for _ in range(10):
        if refused(app, "SELECT otp_initiate(%s, policy => %s, client_addr => %s)", (victim, policy, attacker)):
            continue
        sent += 1
    assert sent == 2
    state, message = sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s, client_addr => %s)",
                                 (victim, policy, attacker))
    assert state == "OT429" and "for this identifier from this client address" in message
    for own_address in ("192.0.2.10", "2001:db8:1::10", "192.0.2.11"):
        initiate(app, victim, policy=policy, client_addr=own_address)
    # The budget itself still holds against many addresses.
    assert sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s, client_addr => '192.0.2.12')",
                       (victim, policy))[0] == "OT429"


def test_one_client_address_cannot_use_up_another_persons_verifications(conn, app):
    # 4 verifications per window; one address's share is one challenge's codes' worth: 2.
    policy = set_policy(conn, identifier_limit=2, client_limit=1000, max_attempts=2)
    victim, attacker = unique_email("victim"), "198.51.100.98"
    mine = initiate(app, victim, policy=policy, client_addr="192.0.2.20")
    theirs = initiate(app, victim, policy=policy, client_addr=attacker)
    answers = [verify(app, theirs["challenge_id"], "000000", client_addr=attacker)["status"] for _ in range(4)]
    # Two of the identifier's four verifications from one address; 0.3.0 let it take all four.
    assert answers == ["invalid_code", "invalid_code", "rate_limited", "rate_limited"]
    code = latest_code(conn, mine["challenge_id"])
    assert verify(app, mine["challenge_id"], code, client_addr="192.0.2.20")["status"] == "success"


ALIASES_OF_ONE_MAILBOX = ["{u}@gmail.com", "{u}+1@gmail.com", "{u}+2@gmail.com", "{U}@GMAIL.COM",
                          "{d}@gmail.com", "{u}+x@googlemail.com", "\uff41{v}@gmail.com"]


def test_aliases_of_one_mailbox_are_one_rate_limit_subject(conn, app):
    """0.3.0: after alice@gmail.com reached its limit, alice+1@gmail.com, a.lice@gmail.com and more
    were all sent codes; each spelling was a subject of its own."""
    policy = set_policy(conn, identifier_limit=2, client_limit=1000)
    user = "alice" + unique_name("x").replace("-", "")[-8:]
    forms = [form.format(u=user, U=user.upper(), d=user[0] + "." + user[1:], v=user[1:])
             for form in ALIASES_OF_ONE_MAILBOX]
    assert forms[-1].startswith("\uff41")  # FULLWIDTH LATIN SMALL LETTER A: NFKC makes it 'a'
    initiate(app, forms[0], policy=policy, client_addr="192.0.2.30")
    initiate(app, forms[0], policy=policy, client_addr="192.0.2.31")
    for form in forms:
        state, message = sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s, client_addr => '192.0.2.32')",
                                     (form, policy))
        assert (state, "for this identifier" in message) == ("OT429", True), form
    # The code still goes to the address as typed.
    other = set_policy(conn)
    started = initiate(app, f"{user}+news@gmail.com", policy=other)
    assert [r["identifier"] for r in claim_for(conn, started["challenge_id"])] == [f"{user}+news@gmail.com"]


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u200d", "\u2060", "\ufeff", "\u034f", "\u180e"])
def test_invisible_characters_are_refused(app, invisible):
    for identifier in (f"alice@gm{invisible}ail.com", f"al{invisible}ice@gmail.com"):
        state, message = sqlstate_of(app, "SELECT otp_initiate(%s)", (identifier,))
        assert state == "22023" and message.startswith("identifier "), (identifier, message)
        assert f"U+{ord(invisible):04X}" in message


def test_idn_domain_in_unicode_and_ascii_is_one_subject(conn, app):
    policy = set_policy(conn, identifier_limit=1, client_limit=1000)
    user = unique_name("idn")
    initiate(app, f"{user}@bücher.example", policy=policy)
    assert sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s)", (f"{user}@xn--bcher-kva.example", policy))[0] == "OT429"
    assert sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s)", (f"{user}@BÜCHER.example", policy))[0] == "OT429"


def test_written_forms_of_one_phone_are_one_subject(conn, app):
    """0.3.0: +46701234567, 0046701234567 and 46701234567 were three subjects, and
    +46 (0)70 123 45 67 became the wrong number +460701234567."""
    policy = set_policy(conn, identifier_limit=1, client_limit=1000)
    number = f"+46 70 {uuid_digits(3)} {uuid_digits(2)} {uuid_digits(2)}"
    started = initiate(app, number, channel="sms", policy=policy)
    e164 = "+4670" + number[7:].replace(" ", "")
    assert [r["identifier"] for r in claim_for(conn, started["challenge_id"])] == [e164]
    for form in (e164, "00" + e164[1:], f"+46 (0)70 {number[7:]}", f"+46-70-{number[7:]}"):
        assert sqlstate_of(app, "SELECT otp_initiate(%s, 'sms', policy => %s)", (form, policy))[0] == "OT429", form
    # A number that names no country is refused, not guessed.
    state, message = sqlstate_of(app, "SELECT otp_initiate(%s, 'sms', policy => %s)", (e164[1:], policy))
    assert state == "22023" and "international form" in message


def uuid_digits(count: int) -> str:
    return "".join(str(int(c, 16) % 10) for c in uuid.uuid4().hex[:count])


def claim_for(conn, challenge_id) -> list:
    return [r for r in claim(conn) if r["challenge_id"] == challenge_id]


# --- 8. notifications carry no authority ---------------------------------------------------------

def test_forged_event_is_received_and_the_status_function_tells_the_truth(conn, app, sender, connect):
    """Any connected role can send a notification in exactly the format of otp_pg's own; the
    application re-reads otp_factor_status, which only otp_pg's functions write."""
    key = unique_name("forged")
    enrolled(app, key)
    listener = connect()
    listener.execute("LISTEN otp_event")
    sender.execute("SELECT pg_notify('otp_event', json_build_object('key', %s::text, 'event', 'disabled')::text)",
                   (key,))
    received = [n.payload for n in listener.notifies(timeout=2.0, stop_after=1)]
    assert received and f'"{key}"' in received[0] and "disabled" in received[0]
    status = app.execute("SELECT state, confirmed_at IS NOT NULL, recovery_codes_remaining, locked_until"
                         " FROM otp_factor_status(%s)", (key,)).fetchone()
    assert status == ("active", True, 0, None)
    assert app.execute("SELECT state FROM otp_factor_status('nobody-here')").fetchone()[0] == "none"
    assert sqlstate_of(app, "SELECT otp_factor_status(NULL)")[0] == "22004"


# --- suspected: what the time of an answer tells ------------------------------------------------

@pytest.mark.parametrize("function, work", [("otp_totp_check", ("totp_match", "totp_decoy")),
                                            ("otp_recovery_code_use", ("recovery_digest", "recovery_decoy"))])
def test_a_key_without_a_factor_costs_the_same_work_as_one_with_it(conn, function, work):
    """Suspected in 0.3.0, confirmed: a key with no factor (no recovery codes) answered without
    computing an HMAC, so response times told which user ids have two-factor authentication. Now
    both answers run one comparison: the real one, or a decoy that does the same work."""
    key = unique_name("timing")
    enrolled(conn, key)
    conn.execute("SELECT otp_recovery_codes_generate(%s, 10)", (key,))
    counts = {}
    with conn.transaction():
        conn.execute("SET LOCAL otp_pg.require_autocommit = off")
        conn.execute("SET LOCAL track_functions = 'all'")
        for who in (key, unique_name("nobody")):
            before = [conn.execute("SELECT pg_stat_get_xact_function_calls(%s::regproc)",
                                   (f"otp_private.{name}",)).fetchone()[0] or 0 for name in work]
            assert conn.execute(f"SELECT {function}(%s, '123456')", (who,)).fetchone()[0] is False
            after = [conn.execute("SELECT pg_stat_get_xact_function_calls(%s::regproc)",
                                  (f"otp_private.{name}",)).fetchone()[0] or 0 for name in work]
            counts[who == key] = [a - b for a, b in zip(after, before)]
    assert counts[True] == [1, 0] and counts[False] == [0, 1], counts


# --- suspected: anyone who can check a key can lock it out --------------------------------------

def test_whoever_can_check_a_key_can_keep_it_locked_out(conn, app):
    """Confirmed and kept, as the Security model says: the lock-out counts per key, so anyone who
    reaches otp_totp_check for a key (after the application's first factor) can keep its owner
    out. otp_factor_status tells the application so, and until when."""
    key = unique_name("lockout")
    totp = enrolled(app, key)
    for _ in range(5):
        assert app.execute("SELECT otp_totp_check(%s, '000000')", (key,)).fetchone()[0] is False
    locked_until = app.execute("SELECT locked_until FROM otp_factor_status(%s)", (key,)).fetchone()[0]
    assert locked_until is not None
    owners_code = totp.at(time.time() + 30)  # the next step: one the confirmation did not use
    assert app.execute("SELECT otp_totp_check(%s, %s)", (key, owners_code)).fetchone()[0] is False
    conn.execute("DELETE FROM otp_private.factor_failure WHERE key = %s", (key,))  # what an administrator can do
    assert app.execute("SELECT otp_totp_check(%s, %s)", (key, owners_code)).fetchone()[0] is True


def test_a_user_who_resends_from_one_address_is_not_refused(conn, app):
    """The share of one address is what one full challenge needs, so the owner's own resends pass."""
    policy = set_policy(conn, identifier_limit=5, client_limit=1000, max_resends=3, resend_cooldown_seconds=0)
    email = unique_email("resender")
    started = initiate(app, email, policy=policy, client_addr="192.0.2.40")
    for _ in range(3):
        app.execute("SELECT otp_resend(%s, '192.0.2.40')", (started["challenge_id"],))
    # A fifth code from that address would leave nobody else any: refused.
    state, message = sqlstate_of(app, "SELECT otp_initiate(%s, policy => %s, client_addr => '192.0.2.40')",
                                 (email, policy))
    assert state == "OT429" and "for this identifier from this client address" in message


# --- the second review, of 0.4.0 before release ---------------------------------------------------

@pytest.mark.parametrize("spelling", ['"{u}"@example.com', '"\\{u}"@example.com', '{u}(note)@example.com',
                                      '(note){u}@example.com', '.{u}@example.com', '{u}..x@example.com'])
def test_quoted_local_parts_and_comments_are_refused(app, spelling):
    """Mail systems deliver "bobby"@example.com and bobby(c)@example.com to bobby@example.com; as
    separate subjects they got 128 more codes in one window."""
    state, message = sqlstate_of(app, "SELECT otp_initiate(%s)", (spelling.format(u=unique_name("q")),))
    assert state == "22023" and message.startswith("identifier is not an e-mail address"), message


def test_overloads_planted_in_the_extensions_schema_change_nothing(conn, app):
    """With an overload of otp_normalize_identifier or otp_generate_secret in public (PostgreSQL
    14: any role; 15 and later: the database owner), otp_initiate and otp_totp_enroll failed with
    42725: they called the public functions by name."""
    schema = conn.execute("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'otp_pg'").fetchone()[0]
    plants = {
        "otp_normalize_identifier(text, text, integer)":
            "(identifier text, channel text, x integer DEFAULT 0) RETURNS text LANGUAGE sql AS 'SELECT $1'",
        "otp_generate_secret(integer, integer)":
            "(bytes integer, x integer DEFAULT 0) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$",
        "otp_totp_uri(text, text, text, integer, integer, text, integer)":
            "(a text, b text, c text, d integer, e integer, f text, x integer DEFAULT 0) RETURNS text"
            " LANGUAGE sql AS $$SELECT 'X'$$",
    }
    try:
        for signature, body in plants.items():
            conn.execute(f"CREATE FUNCTION {schema}.{signature.split('(')[0]}{body}")
        initiate(app, unique_email("overload"))
        assert app.execute("SELECT uri FROM otp_totp_enroll(%s)", (unique_name("overload"),)).fetchone()[0].startswith(
            "otpauth://")
    finally:
        for signature in plants:
            conn.execute(f"DROP FUNCTION IF EXISTS {schema}.{signature}")


def test_another_role_cannot_hold_up_a_keys_checks(conn, app, sender):
    """The checks of one key queued on an advisory lock whose number anyone could compute: a role
    holding it made the victim's checks hang."""
    key = unique_name("held")
    enrolled(app, key)
    oid = sender.execute("SELECT c.oid::integer FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                         " WHERE n.nspname = 'otp_private' AND c.relname = 'factor_failure'").fetchone()[0]
    sender.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (oid, key))
    app.execute("SET statement_timeout = '5s'")
    assert app.execute("SELECT otp_totp_check(%s, '000000')", (key,)).fetchone()[0] is False


def test_a_wrong_code_writes_the_same_whether_or_not_the_key_has_a_factor(conn, app):
    """Measured on 0.4.0 before release: a wrong code for a key with a factor took 2.2 times as long
    as for a key without, the time of writing its failure count. Both write it now."""
    key, nobody = unique_name("has"), unique_name("hasnot")
    enrolled(app, key)
    for who in (key, nobody):
        assert app.execute("SELECT otp_totp_check(%s, '000000')", (who,)).fetchone()[0] is False
    counts = conn.execute("SELECT key, failures FROM otp_private.factor_failure WHERE key IN (%s, %s) ORDER BY key",
                          (key, nobody)).fetchall()
    assert sorted(counts) == sorted([(key, 1), (nobody, 1)])


# Attempts erased by a rollback the guard can't see: a caller's rollback after reading the answer.
# The attempt is kept in shared memory (src/attempt_ledger.rs) and counted by the next check; the
# test server preloads otp_pg, which the ledger needs.

def remaining_after_a_wrong_code(app, challenge_id) -> int:
    return app.execute("SELECT remaining_attempts FROM otp_verify(%s, 'zzzzzz')", (challenge_id,)).fetchone()[0]


def test_a_do_block_that_rolls_back_gives_no_attempt_back(app):
    started = initiate(app, unique_email("doblock"))
    app.execute(f"""DO $$ DECLARE v record; BEGIN
        FOR g IN 1 .. 10 LOOP
            SELECT * INTO v FROM otp_verify('{started["challenge_id"]}', lpad(g::text, 6, '0'));
            ROLLBACK;
        END LOOP; END $$""")
    status = app.execute("SELECT status FROM otp_verify(%s, '000000')", (started["challenge_id"],)).fetchone()[0]
    assert status == "locked"


def test_a_statement_that_fails_after_the_answer_gives_no_attempt_back(conn, app):
    started = initiate(app, unique_email("failing"))
    for _ in range(3):
        state, _ = sqlstate_of(app, "SELECT (v.status || 'x')::integer FROM otp_verify(%s, '000000') v",
                               (started["challenge_id"],))
        assert state == "22P02"
    assert remaining_after_a_wrong_code(app, started["challenge_id"]) == 1  # 5 - 3 - 1


def test_a_pipeline_that_fails_before_its_sync_gives_no_attempt_back(conn, app):
    started = initiate(app, unique_email("pipeline"))
    with pytest.raises(psycopg.errors.DivisionByZero):
        with app.pipeline():
            app.execute("SELECT status FROM otp_verify(%s, '000000')", (started["challenge_id"],))
            app.execute("SELECT 1/0")
    assert remaining_after_a_wrong_code(app, started["challenge_id"]) == 3


def test_a_rolled_back_totp_check_counts_towards_the_lock_out(conn, app):
    key = unique_name("rolledback")
    totp = enrolled(app, key)
    for _ in range(5):
        state, _ = sqlstate_of(app, "SELECT (r::text || 'x')::integer FROM otp_totp_check(%s, '000000') r", (key,))
        assert state == "22P02"
    # Five failures taken back, counted by the next check: the key is locked out.
    assert app.execute("SELECT otp_totp_check(%s, %s)", (key, totp.at(time.time() + 30))).fetchone()[0] is False
    assert app.execute("SELECT locked_until FROM otp_factor_status(%s)", (key,)).fetchone()[0] is not None


# --- the third review, of the fixes above -------------------------------------------------------

@pytest.mark.parametrize("function", ["otp_totp_check", "otp_totp_confirm", "otp_recovery_code_use"])
def test_a_key_too_long_for_any_factor_is_simply_false(app, function):
    """A 10 MB key raised 54000 (index row too big) from the failure-count row: a key no factor
    can have (over 256 characters) is answered false like any unknown key."""
    assert app.execute(f"SELECT {function}(repeat('k', 100000), '000000')").fetchone()[0] is False


def test_a_flood_of_rolled_back_calls_does_not_push_a_victims_attempts_out(conn, app):
    """The third review of 0.4.0: five wrong codes rolled back, then one rolled-back statement
    checking 40,000 made-up keys filled the ledger and pushed the victim's attempts out; repeated,
    about 57 guesses a minute at one key, never locked. Nothing leaves the ledger unrecorded now:
    the flood is refused once the slots are taken (53400), checks wait for otp_purge() to record
    what is waiting, and the victim's five failures lock the key."""
    key = unique_name("flooded")
    totp = enrolled(app, key)
    for _ in range(5):
        assert sqlstate_of(app, "SELECT (r::text || 'x')::integer FROM otp_totp_check(%s, '000000') r", (key,))[0] == "22P02"
    assert sqlstate_of(app, "SELECT 1 / (count(otp_totp_check('flood-' || g, '000000')) * 0)"
                            " FROM generate_series(1, 40000) g")[0] == "53400"
    try:
        # The ledger is full of the flood's subjects: every check is refused, none answered.
        assert sqlstate_of(app, "SELECT otp_totp_check(%s, %s)", (key, totp.at(time.time() + 30)))[0] == "53400"
    finally:
        conn.execute("SELECT otp_purge()")
    assert conn.execute("SELECT count(*) FROM otp_private.subjects_taken_back(10000)").fetchone()[0] == 0
    assert app.execute("SELECT (otp_factor_status(%s)).locked_until IS NOT NULL", (key,)).fetchone()[0] is True
    assert app.execute("SELECT otp_totp_check(%s, %s)", (key, totp.at(time.time() + 30))).fetchone()[0] is False


def test_a_full_ledger_refuses_with_a_clear_error_and_recovers_after_purge(conn, app):
    """A check that can't reserve a slot is refused before it compares anything, with 53400, a
    DETAIL giving the count and a HINT naming otp_purge(); after the purge checks work again."""
    key = unique_name("afterflood")
    totp = enrolled(app, key)
    made_up = unique_name("spill")
    assert sqlstate_of(app, "SELECT 1 / (count(otp_recovery_code_use(%s || g, 'x')) * 0)"
                            " FROM generate_series(1, 5000) g", (made_up,))[0] == "53400"
    try:
        with pytest.raises(psycopg.Error) as refusal:
            app.execute("SELECT otp_totp_check(%s, %s)", (key, totp.now()))
        assert refusal.value.sqlstate == "53400"
        assert "waiting to be recorded" in refusal.value.diag.message_primary
        assert "4096 slots" in refusal.value.diag.message_detail
        assert "one database may hold 3072" in refusal.value.diag.message_detail
        assert "otp_purge()" in refusal.value.diag.message_hint
    finally:
        conn.execute("SELECT otp_purge()")
    assert app.execute("SELECT otp_totp_check(%s, %s)", (key, totp.at(time.time() + 30))).fetchone()[0] is True
    # The made-up keys' failures were recorded like any key's, one each: as many as one database
    # may hold on the ledger (three quarters of its slots).
    assert conn.execute("SELECT count(*) FROM otp_private.factor_failure WHERE starts_with(key, %s) AND failures = 1",
                        (made_up,)).fetchone()[0] >= 3000


def test_otp_purge_records_rolled_back_attempts_at_a_challenge(conn, app):
    """Attempts at a challenge that rollbacks took back lock it when otp_purge() records them,
    without another verification of it, and its code is no longer handed out for delivery."""
    identifier = unique_email("purgerecords")
    challenge = initiate(app, identifier)
    max_attempts = conn.execute("SELECT max_attempts FROM otp_private.challenge WHERE challenge_id = %s",
                                (challenge["challenge_id"],)).fetchone()[0]
    for _ in range(max_attempts):
        assert sqlstate_of(app, "SELECT (v.status || 'x')::integer FROM otp_verify(%s, '000000') v",
                           (challenge["challenge_id"],))[0] == "22P02"
    conn.execute("SELECT otp_purge()")
    state, delivery = conn.execute("SELECT c.state::text, d.state::text FROM otp_private.challenge c"
                                   " JOIN otp_private.delivery d ON d.delivery_id = c.delivery_id"
                                   " WHERE c.challenge_id = %s", (challenge["challenge_id"],)).fetchone()
    assert state == "locked"
    assert delivery == "superseded"
    assert verify(app, challenge["challenge_id"], "000000")["status"] == "locked"


# --- The review of the 0.4.1 ledger (tests 1-4 failed on its first version) ----------------------

def test_guesses_at_a_challenge_still_uncommitted_are_not_dropped_by_a_purge(conn, connect):
    """A role allowed transaction blocks made a challenge in its open transaction, guessed in
    savepoints rolled back one by one, and had the purge worker run: otp_purge could not see the
    challenge, took it for gone and dropped its attempts from the ledger (77 real comparisons in
    15 s, never locked). A challenge otp_purge can't see keeps its attempts while a transaction
    that began before them runs."""
    owner = connect(autocommit=False)
    owner.execute("SET otp_pg.require_autocommit = off")
    started = initiate(owner, unique_email("uncommitted"))
    for _ in range(5):
        owner.execute("SAVEPOINT guess")
        assert verify(owner, started["challenge_id"], "000000")["status"] in ("invalid_code", "locked")
        owner.execute("ROLLBACK TO SAVEPOINT guess")
    conn.execute("SELECT otp_purge()")
    assert verify(owner, started["challenge_id"], "000000")["status"] == "locked"
    owner.commit()
    assert conn.execute("SELECT state::text FROM otp_private.challenge WHERE challenge_id = %s",
                        (started["challenge_id"],)).fetchone()[0] == "locked"


def test_concurrent_verifications_that_roll_back_compare_at_most_max_attempts_times(conn, connect):
    """Thirty verifications of one challenge at once, each failing after its answer: each read the
    ledger before it waited for the row, so none saw the others' rolled-back attempts, and with the
    rate limits out of the way (the challenge's policy removed) all thirty were answered against a
    limit of 5. The row is locked before the ledger is read now."""
    policy = set_policy(conn, max_attempts=5)
    started = initiate(conn, unique_email("together"), policy=policy)
    conn.execute("DELETE FROM otp_private.policy WHERE name = %s", (policy,))
    answering = ("SELECT CASE WHEN v.status = 'invalid_code' THEN (1 / (length(v.status) - 12))::text"
                 " ELSE v.status END FROM otp_verify(%s, '000000') v")

    def one_guess(connection):
        try:
            return connection.execute(answering, (started["challenge_id"],)).fetchone()[0]
        except psycopg.Error as error:
            return error.sqlstate

    outcomes = run_together(connect, 12, one_guess)
    answered = sum(1 for outcome in outcomes if outcome == "22012")
    assert answered <= 5, f"{answered} wrong codes compared against a limit of 5"
    assert verify(conn, started["challenge_id"], "000000")["status"] == "locked"


def test_a_held_failure_count_insert_does_not_stall_the_purge(conn, connect, app):
    """A statement held open after checking a key whose rolled-back check waits on the ledger
    holds the key's uncommitted failure-count row; otp_purge's insert of that row waited for it
    without end (and with a second key, deadlocked and ended the purge worker). The purge now
    leaves such a key for its next run."""
    key = unique_name("held")
    assert sqlstate_of(app, "SELECT (r::text || 'x')::integer FROM otp_totp_check(%s, '000000') r", (key,))[0] == "22P02"
    holder = connect(autocommit=False)
    holder.execute("SET otp_pg.require_autocommit = off")
    assert holder.execute("SELECT otp_totp_check(%s, '000000')", (key,)).fetchone()[0] is False
    purger = connect()
    purger.execute("SET statement_timeout = '10s'")
    purger.execute("SELECT otp_purge()")  # cancelled by the statement timeout if it waits on the held row
    holder.rollback()
    conn.execute("SELECT otp_purge()")
    assert conn.execute("SELECT failures FROM otp_private.factor_failure WHERE key = %s", (key,)).fetchone()[0] == 2


def test_a_flood_in_another_database_leaves_this_one_room(conn, dsn):
    """An application in a second database, which the purge worker does not serve, filled the
    shared ledger: checks in every database were refused until someone purged that database, and
    had it been dropped, until a restart. One database may hold three quarters of the slots, and
    a full ledger frees the slots of databases that no longer exist."""
    other = unique_name("otherdb").replace("-", "_")
    conn.execute(f"CREATE DATABASE {other}")
    try:
        with psycopg.connect(dsn + f" dbname={other}", autocommit=True) as flooder:
            flooder.execute("CREATE EXTENSION otp_pg")
            assert sqlstate_of(flooder, "SELECT 1 / (count(otp_totp_check('flood-' || g, '000000')) * 0)"
                                        " FROM generate_series(1, 5000) g")[0] == "53400"
        key = unique_name("roomleft")
        totp = enrolled(conn, key)
        assert conn.execute("SELECT otp_totp_check(%s, %s)", (key, totp.at(time.time() + 30))).fetchone()[0] is True
    finally:
        conn.execute(f"DROP DATABASE {other} WITH (FORCE)")
    # The dropped database's 3,072 waiting slots are freed for this one's next flood.
    made_up = unique_name("afterdrop")
    assert sqlstate_of(conn, "SELECT 1 / (count(otp_totp_check(%s || g, '000000')) * 0) FROM generate_series(1, 5000) g",
                       (made_up,))[0] == "53400"
    conn.execute("SELECT otp_purge()")
    assert conn.execute("SELECT count(*) FROM otp_private.factor_failure WHERE starts_with(key, %s)",
                        (made_up,)).fetchone()[0] >= 3000


# --- The second review of the 0.4.1 ledger (each failed on its first fixes) -----------------------

def waiting_on_a_lock(conn, marker: str, count: int) -> bool:
    return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE %s",
                        (f"%{marker}%",)).fetchone()[0] >= count


def test_verifications_that_saw_an_expired_challenge_made_fresh_by_a_resend_are_counted(conn, connect):
    """A resend held open across the challenge's expiry, and a statement holding the identifier's
    rate counter: verifications that read the challenge as expired took no lock and noted
    nothing, queued on the counter, then compared against the row the resend had made fresh; each
    failing after its answer, 60 of 60 were answered and none counted. Every comparison is now
    noted, and counted with what the ledger holds under the row's lock: 5 of 8 are answered."""
    policy = set_policy(conn, ttl_seconds=3, resend_cooldown_seconds=0, max_attempts=5, identifier_limit=1000)
    identifier = unique_email("freshened")
    started = initiate(conn, identifier, policy=policy)
    other = initiate(conn, identifier, policy=policy)
    expires = started["expires_at"].timestamp()
    time.sleep(max(0.0, expires - time.time() - 0.6))
    resender = connect(autocommit=False)
    resend(resender, started["challenge_id"])  # just before expiry: the row locked, a new expiry, not committed
    time.sleep(max(0.0, expires - time.time()) + 0.2)
    marker = unique_name("freshened")
    answering = (f"SELECT /* {marker} */ CASE WHEN v.status = 'invalid_code' THEN (1 / (length(v.status) - 12))::text"
                 " ELSE v.status END FROM otp_verify(%s, '000000') v")
    holder, verifiers = connect(), [connect() for _ in range(8)]

    def one_guess(connection):
        try:
            return connection.execute(answering, (started["challenge_id"],)).fetchone()[0]
        except psycopg.Error as error:
            return error.sqlstate

    with concurrent.futures.ThreadPoolExecutor(len(verifiers) + 1) as pool:
        # Holds the identifier's verification counter for a while after its own verification.
        held = pool.submit(holder.execute, "SELECT otp_verify(%s, '000000'), pg_sleep(6)", (other["challenge_id"],))
        poll_until(lambda: conn.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
                                        " AND query LIKE '%%otp_verify%%'").fetchone()[0] == 1, 10, "the holder")
        outcomes = [pool.submit(one_guess, verifier) for verifier in verifiers]
        poll_until(lambda: waiting_on_a_lock(conn, marker, len(verifiers)), 5, "the verifications to queue")
        resender.commit()
        held.result(timeout=30)
        answered = sum(1 for outcome in outcomes if outcome.result(timeout=60) == "22012")
    assert answered == 5, f"{answered} wrong codes compared against a limit of 5"
    assert verify(conn, started["challenge_id"], "000000")["status"] == "locked"


def test_a_challenge_row_held_by_a_statement_does_not_stall_the_purge(conn, connect):
    """A verification's statement held its challenge's row (pg_sleep after the call) past the
    challenge's retention: otp_purge's DELETE waited for it, and the purge worker with it. Purge
    skips a held challenge now and removes it next time."""
    policy = set_policy(conn, ttl_seconds=1, retention_seconds=0)
    started = initiate(conn, unique_email("heldrow"), policy=policy)
    holder = connect()
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        held = pool.submit(holder.execute, "SELECT otp_verify(%s, '000000'), pg_sleep(4)", (started["challenge_id"],))
        poll_until(lambda: conn.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
                                        " AND query LIKE '%%otp_verify%%'").fetchone()[0] == 1, 10, "the holder")
        time.sleep(max(0.0, started["expires_at"].timestamp() - time.time()) + 0.2)
        purger = connect()
        purger.execute("SET statement_timeout = '2s'")
        purger.execute("SELECT otp_purge()")
        held.result(timeout=30)
    conn.execute("SELECT otp_purge()")
    assert conn.execute("SELECT count(*) FROM otp_private.challenge WHERE challenge_id = %s",
                        (started["challenge_id"],)).fetchone()[0] == 0


def test_a_transaction_that_counted_an_attempt_cannot_be_prepared(conn, connect):
    """A prepared transaction kept its keys' failure-count rows, and so the ledger's records of
    them, through the end of its session and a restart: the purge recorded nothing and its
    database's checks were refused until it was rolled back. PREPARE is refused (0A000) for a
    transaction that counted an attempt, which then counts as rolled back."""
    key = unique_name("prepared")
    enrolled(conn, key)
    session = connect(autocommit=False)
    session.execute("SET otp_pg.require_autocommit = off")
    assert session.execute("SELECT otp_totp_check(%s, '000000')", (key,)).fetchone()[0] is False
    with pytest.raises(psycopg.Error) as refusal:
        session.execute("PREPARE TRANSACTION 'otp_attempt'")
    assert refusal.value.sqlstate == "0A000"
    session.rollback()
    conn.execute("SELECT otp_purge()")
    assert conn.execute("SELECT failures FROM otp_private.factor_failure WHERE key = %s", (key,)).fetchone()[0] == 1


def test_a_lock_out_counts_from_the_clock_not_from_the_statements_start(conn):
    """Lock-outs were dated from the start of the statement that caused them: one that slept
    longer than the lock-out before its wrong codes left the key locked until a time already
    past. They are dated from the clock now."""
    key = unique_name("slept")
    enrolled(conn, key)
    conn.execute("SET otp_pg.factor_lockout = 2")
    conn.execute("SET otp_pg.factor_max_failures = 5")
    conn.execute(psycopg.sql.SQL("DO $$ BEGIN PERFORM pg_sleep(3); FOR i IN 1 .. 5 LOOP"
                                 " PERFORM otp_totp_check({}, '000000'); END LOOP; END $$").format(psycopg.sql.Literal(key)))
    assert conn.execute("SELECT (otp_factor_status(%s)).locked_until IS NOT NULL", (key,)).fetchone()[0] is True


# --- The third review of the 0.4.1 ledger ------------------------------------------------------

def test_a_delivery_a_sender_holds_does_not_fail_the_purge(conn, connect, app, sender):
    """A sender kept its claim of a delivery open while otp_purge recorded rolled-back attempts
    that locked the delivery's challenge: superseding the held delivery hit the lock timeout and
    the whole purge failed (the worker died on every restart while the sender held it, and the
    ledger stayed full). The held delivery is left to its sender now."""
    identifier = unique_email("heldclaim")
    started = initiate(app, identifier)
    for _ in range(5):
        assert sqlstate_of(app, "SELECT (v.status || 'x')::integer FROM otp_verify(%s, '000000') v",
                           (started["challenge_id"],))[0] == "22P02"
    claiming = connect(autocommit=False, user=sender.info.user)
    claimed = claiming.execute("SELECT delivery_id FROM otp_claim_deliveries(1000)").fetchall()
    delivery = conn.execute("SELECT delivery_id FROM otp_private.challenge WHERE challenge_id = %s",
                            (started["challenge_id"],)).fetchone()[0]
    assert (delivery,) in claimed
    conn.execute("SELECT otp_purge()")
    assert conn.execute("SELECT state::text FROM otp_private.challenge WHERE challenge_id = %s",
                        (started["challenge_id"],)).fetchone()[0] == "locked"
    for (other,) in claimed:  # handed back untouched: other tests' deliveries
        if other != delivery:
            claiming.execute("SELECT otp_release_delivery(%s)", (other,))
    claiming.commit()
    assert verify(app, started["challenge_id"], "000000")["status"] == "locked"


# --- The review of the abuse controls (0.4.1: audit trail, send guard, test identifiers) -----------

PLANTS = """
    CREATE TABLE public.planted_calls (caller name, what text);
    GRANT INSERT ON public.planted_calls TO PUBLIC;
    CREATE FUNCTION public.note_call(what text) RETURNS void LANGUAGE sql AS
        $$ INSERT INTO public.planted_calls VALUES (current_user, what) $$;
    CREATE FUNCTION public.nextval(text) RETURNS bigint LANGUAGE plpgsql AS
        $$ BEGIN PERFORM public.note_call('nextval'); RETURN pg_catalog.nextval($1::pg_catalog.regclass); END $$;
    CREATE FUNCTION public.make_interval(secs integer) RETURNS interval LANGUAGE plpgsql AS
        $$ BEGIN PERFORM public.note_call('make_interval'); RETURN pg_catalog.make_interval(secs => secs); END $$;
    CREATE FUNCTION public.times(numeric, bigint) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS
        $$ BEGIN PERFORM public.note_call('*'); RETURN $1 OPERATOR(pg_catalog.*) $2; END $$;
    CREATE OPERATOR public.* (FUNCTION = public.times, LEFTARG = numeric, RIGHTARG = bigint);
    CREATE FUNCTION public.date_trunc(text, timestamptz, text DEFAULT 'UTC') RETURNS timestamptz LANGUAGE plpgsql AS
        $$ BEGIN PERFORM public.note_call('date_trunc'); RETURN pg_catalog.date_trunc($1, $2, $3); END $$;
    CREATE FUNCTION public.text_is(anyenum, text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS
        $$ BEGIN PERFORM public.note_call('='); RETURN $1::text OPERATOR(pg_catalog.=) $2; END $$;
    CREATE OPERATOR public.= (FUNCTION = public.text_is, LEFTARG = anyenum, RIGHTARG = text);
"""


def test_objects_planted_before_the_extension_is_made_are_never_called(conn, connect, dsn):
    """The audit table's default was nextval('otp_private.event_id'), bound while CREATE EXTENSION
    ran with public on the path: a nextval(text) that the database's owner (or, on PostgreSQL 14,
    anyone) planted there first matched better, and every event insert ran it as the extension's
    owner; one call of otp_initiate made the planter a superuser. The views were bound the same
    way (make_interval), and so were the outbox's index predicate and the CHECK constraints of
    the hot tables (`state = 'pending'` matched a planted =(anyenum, text)). Everything bound at
    install time now names pg_catalog."""
    owner = unique_name("dbowner").replace("-", "_")
    database = unique_name("planted").replace("-", "_")
    conn.execute(f"CREATE ROLE {owner} LOGIN")
    conn.execute(f"CREATE DATABASE {database} OWNER {owner}")
    try:
        with psycopg.connect(dsn + f" dbname={database} user={owner}", autocommit=True) as planter:
            planter.execute(PLANTS)
        with psycopg.connect(dsn + f" dbname={database}", autocommit=True) as admin:
            admin.execute("CREATE EXTENSION otp_pg")
            admin.execute(APP_GRANTS.format(role=owner))
            with psycopg.connect(dsn + f" dbname={database} user={owner}", autocommit=True) as app_owner:
                started = initiate(app_owner, unique_email("planted"), client_addr="192.0.2.1")
                verify(app_owner, started["challenge_id"], "000000", "192.0.2.1")
            admin.execute("SELECT otp_set_send_guard('default', client_country_limit => 2)")
            admin.execute("SELECT * FROM otp_conversion").fetchall()
            admin.execute("SELECT * FROM otp_events").fetchall()
            admin.execute("SELECT otp_purge()")
            assert admin.execute("SELECT count(*) FROM otp_events").fetchone()[0] >= 3
            assert admin.execute("SELECT * FROM public.planted_calls").fetchall() == []
        assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (owner,)).fetchone()[0] is False
    finally:
        conn.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        conn.execute(f"DROP ROLE {owner}")


def test_italian_fixed_lines_are_of_italy_for_the_send_guard(conn, app):
    """phonenumber read the national number as an integer, dropped the leading 0 of Italian fixed
    lines (+39 06 ...) and found them in no country: they passed a refused-country list as ZZ."""
    policy = set_policy(conn)
    conn.execute("SELECT otp_set_send_guard(%s, refused_countries => '{IT}')", (policy,))
    for number in ("+390612345678", "+39 06 1234 5678", "0039 02 6981 2345"):
        assert refused(app, "SELECT otp_initiate(%s, 'sms', '{}', %s)", (number, policy))[0] == "OT403", number


def test_an_open_transaction_of_the_application_does_not_hold_back_refusals(conn, connect, app):
    """otp_initiate recorded the refusals waiting in shared memory: an application that left its
    transaction open after one held them all, and every refusal after that was dropped to a count.
    Only otp_purge records them now."""
    policy = set_policy(conn, identifier_limit=1, limit_window_seconds=3600)
    email = unique_email("victim")
    initiate(app, email, policy=policy)
    assert refused(app, "SELECT otp_initiate(%s, 'email', '{}', %s)", (email, policy))[0] == "OT429"
    app.autocommit = False
    initiate(app, unique_email("holder"), policy=policy)  # and the transaction stays open
    conn.execute("SELECT otp_purge()")
    recorded = conn.execute("SELECT count(*) FROM otp_events WHERE policy = %s AND event = 'rate_limited'",
                            (policy,)).fetchone()[0]
    app.rollback()
    assert recorded == 1


def test_wrong_codes_do_not_trip_a_countrys_circuit_at_once(conn):
    """Locked challenges counted as unconverted sends: one client locking ten challenges with wrong
    codes closed a country for everyone at the next purge, within a second. Only sends verified or
    expired unused are judged, so closing a country takes codes' lifetimes, under the velocity limits."""
    policy = set_policy(conn, identifier_limit=100, client_limit=100)
    conn.execute("SELECT otp_set_send_guard(%s, breaker_min_conversion_percent => 50, breaker_sample => 10)",
                 (policy,))
    for n in range(10):
        started = initiate(conn, f"+47412345{n:02d}", "sms", policy=policy, client_addr="198.51.100.66")
        for _ in range(5):
            verify(conn, started["challenge_id"], "000000")
    conn.execute("SELECT otp_purge()")
    assert conn.execute("SELECT count(*) FROM otp_circuits() WHERE policy = %s", (policy,)).fetchone()[0] == 0
    assert initiate(conn, "+4741234599", "sms", policy=policy)["challenge_id"]


def test_a_fixed_code_cannot_be_guessed_one_challenge_after_another(conn, app):
    """Each new challenge of a test identifier gave fresh attempts at a code fixed for months. Its
    wrong codes now add up over all its challenges: at the policy's max_attempts it expires."""
    policy = set_policy(conn, max_attempts=3, identifier_limit=100, client_limit=100)
    email = unique_email("reviewer")
    conn.execute("SELECT otp_set_test_identifier(%s, 'email', '8642', %s)", (email, policy))
    for guess in ("0000", "0001", "0002"):
        started = initiate(app, email, policy=policy)  # a new challenge for each guess
        assert verify(app, started["challenge_id"], guess)["status"] == "invalid_code"
    started = initiate(app, email, policy=policy)
    assert verify(app, started["challenge_id"], "8642")["status"] == "invalid_code"  # an ordinary code now
    assert conn.execute("SELECT failures FROM otp_test_identifiers() WHERE identifier = %s",
                        (email,)).fetchone()[0] == 3


def test_a_held_test_identifier_does_not_hold_up_a_key_rotation(conn, connect, app):
    """A login of a test identifier left in an open transaction holds its row (its use is counted):
    otp_rotate_server_key waited on it for as long as the application liked. The rotation leaves
    such a row to otp_purge, which re-seals it later."""
    policy = set_policy(conn)
    email = unique_email("held")
    conn.execute("SELECT otp_set_test_identifier(%s, 'email', '13579', %s)", (email, policy))
    app.autocommit = False
    initiate(app, email, policy=policy)
    conn.execute("SET lock_timeout = '5s'")
    try:
        conn.execute("SELECT otp_rotate_server_key()")
    finally:
        conn.execute("RESET lock_timeout")
    app.commit()
    app.autocommit = True
    conn.execute("SELECT otp_purge()")  # re-seals what the rotation left
    started = initiate(app, email, policy=policy)
    assert verify(app, started["challenge_id"], "13579")["status"] == "success"


def test_rolled_back_wrong_codes_count_against_a_test_identifier_too(conn, app):
    """The second review: wrong codes whose statement failed after the answer were counted on the
    challenge (the ledger) but never on the test identifier, whose fixed code could so be guessed
    one challenge after another without end. Attempts that rollbacks took back now count there too,
    whether otp_verify or otp_purge records them."""
    policy = set_policy(conn, max_attempts=3, identifier_limit=100, client_limit=100)
    email = unique_email("rolled-reviewer")
    conn.execute("SELECT otp_set_test_identifier(%s, 'email', '123456', %s)", (email, policy))
    for guess in ("900000", "900001"):
        started = initiate(app, email, policy=policy)
        state = sqlstate_of(app, "SELECT (v.status || 'x')::integer FROM otp_verify(%s, %s) v",
                            (started["challenge_id"], guess))[0]
        assert state == "22P02"  # the answer was read, then the statement failed
    conn.execute("SELECT otp_purge()")  # records the rolled-back attempts of both challenges
    assert conn.execute("SELECT failures, expires_at > now() FROM otp_test_identifiers() WHERE identifier = %s",
                        (email,)).fetchone() == (2, True)
    started = initiate(app, email, policy=policy)
    assert sqlstate_of(app, "SELECT (v.status || 'x')::integer FROM otp_verify(%s, '900002') v",
                       (started["challenge_id"],))[0] == "22P02"
    # The next verification of that challenge records the rolled-back attempt with its own.
    assert verify(app, started["challenge_id"], "000000")["status"] == "invalid_code"
    assert conn.execute("SELECT failures, expires_at <= now() FROM otp_test_identifiers() WHERE identifier = %s",
                        (email,)).fetchone() == (4, True)
    started = initiate(app, email, policy=policy)
    assert verify(app, started["challenge_id"], "123456")["status"] == "invalid_code"  # an ordinary code now


def test_an_update_rebinds_what_an_earlier_install_bound_to_a_planted_operator(conn, dsn):
    """Before 0.4.1 the outbox's index predicate and the hot tables' CHECKs were written
    `state = 'pending'`: installed where the database's owner had planted an =(anyenum, text), they
    call it as the extension's owner on every write. The update to 0.4.1 makes them again, bound
    to pg_catalog's; nothing of otp_private depends on a function or operator outside pg_catalog."""
    sharedir = subprocess.run([os.path.join(os.environ["OTP_PG_BIN"], "pg_config"), "--sharedir"],
                              check=True, capture_output=True, text=True).stdout.strip()
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copyfile(os.path.join(here, "upgrade", "otp_pg--0.4.0.sql"),
                    os.path.join(sharedir, "extension", "otp_pg--0.4.0.sql"))
    owner = unique_name("oldowner").replace("-", "_")
    database = unique_name("oldplanted").replace("-", "_")
    conn.execute(f"CREATE ROLE {owner} LOGIN")
    conn.execute(f"CREATE DATABASE {database} OWNER {owner}")
    outside = """
        SELECT count(*) FROM pg_depend d
          JOIN pg_class c ON c.oid = CASE WHEN d.classid = 'pg_constraint'::regclass
                                          THEN (SELECT conrelid FROM pg_constraint WHERE oid = d.objid)
                                          WHEN d.classid = 'pg_attrdef'::regclass
                                          THEN (SELECT adrelid FROM pg_attrdef WHERE oid = d.objid)
                                          ELSE d.objid END
         WHERE c.relnamespace = 'otp_private'::regnamespace
           AND ((d.refclassid = 'pg_operator'::regclass
                 AND (SELECT oprnamespace FROM pg_operator WHERE oid = d.refobjid) <> 'pg_catalog'::regnamespace)
             OR (d.refclassid = 'pg_proc'::regclass
                 AND (SELECT pronamespace FROM pg_proc WHERE oid = d.refobjid)
                     NOT IN ('pg_catalog'::regnamespace, 'otp_private'::regnamespace)))
    """
    try:
        with psycopg.connect(dsn + f" dbname={database} user={owner}", autocommit=True) as planter:
            planter.execute(PLANTS)
        with psycopg.connect(dsn + f" dbname={database}", autocommit=True) as admin:
            admin.execute("CREATE EXTENSION otp_pg VERSION '0.4.0'")
            assert admin.execute(outside).fetchone()[0] > 0, "0.4.0 no longer binds the planted operator"
            admin.execute("ALTER EXTENSION otp_pg UPDATE")
            assert admin.execute(outside).fetchone()[0] == 0
            admin.execute("TRUNCATE public.planted_calls")
            admin.execute(APP_GRANTS.format(role=owner))
            with psycopg.connect(dsn + f" dbname={database} user={owner}", autocommit=True) as app_owner:
                started = initiate(app_owner, unique_email("rebound"))
                verify(app_owner, started["challenge_id"], "000000")
            admin.execute("SELECT otp_purge()")
            assert admin.execute("SELECT * FROM public.planted_calls").fetchall() == []
    finally:
        conn.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        conn.execute(f"DROP ROLE {owner}")


# --- the review of signed tokens, links and trusted devices (0.4.1) -------------------------------

@pytest.fixture
def web_role(conn):
    yield from token_role(conn, "web")


def token_policy_for(conn, role, **settings) -> str:
    policy = set_policy(conn)
    arguments = "".join(f", {name} => %({name})s" for name in settings)
    conn.execute(f"SELECT otp_set_token_policy(%(policy)s, %(role)s{arguments})", {"policy": policy, "role": role, **settings})
    return policy


def stale_factor(conn, key):
    """As if the user's last accepted code and proof were ten minutes old: the user is not there."""
    conn.execute("UPDATE otp_private.totp_factor SET last_step = last_step - 20, proved_at = NULL WHERE key = %s", (key,))


def test_the_application_cannot_make_recovery_codes_for_a_user_who_is_not_there(conn, app):
    """The review replaced an absent user's recovery codes (no proof asked), used one as the fresh
    proof a trusted device needs, and remembered a device of its own for that user."""
    key = unique_name("absent")
    totp = enrolled(conn, key)
    stale_factor(conn, key)
    state, message = sqlstate_of(app, "SELECT otp_recovery_codes_generate(%s, 3)", (key,))
    assert state == "OT401" and "no code of it was accepted" in message
    assert sqlstate_of(app, "SELECT * FROM otp_device_remember(%s, 'attacker')", (key,))[0] == "OT401"
    # With the user there (a code of the authenticator just now), new codes are made.
    assert app.execute("SELECT otp_totp_check(%s, %s)", (key, totp.at(time.time() + 30))).fetchone()[0] is True
    assert len(app.execute("SELECT otp_recovery_codes_generate(%s, 3)", (key,)).fetchall()) == 3


def test_one_kind_of_factor_twice_is_not_two_factors(conn, app, web_role):
    """The review stepped a TOTP token up with the next TOTP code, and a recovery code's token with a
    second recovery code: aal 2 and "mfa" from one factor."""
    policy = token_policy_for(conn, web_role)
    key = unique_name("onefactor")
    totp = enrolled(conn, key)
    codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, 3)", (key,))]
    first = app.execute("SELECT otp_totp_token(%s, %s, policy => %s)", (key, totp.at(time.time() + 30), policy)).fetchone()[0]
    assert app.execute("SELECT otp_token_verify(%s)->'factors'", (first,)).fetchone()[0] == ["totp"]
    state, message = sqlstate_of(app, "SELECT otp_totp_token(%s, %s, %s, %s)", (key, totp.at(time.time() + 60), first, policy))
    assert state == "OT401" and "e-mail or SMS code" in message
    by_code = app.execute("SELECT otp_recovery_token(%s, %s, policy => %s)", (key, codes[0], policy)).fetchone()[0]
    state, _ = sqlstate_of(app, "SELECT otp_recovery_token(%s, %s, %s, %s)", (key, codes[1], by_code, policy))
    assert state == "OT401"
    state, _ = sqlstate_of(app, "SELECT otp_totp_token(%s, %s, %s, %s)", (key, totp.at(time.time() + 60), by_code, policy))
    assert state == "OT401"
    # The refusals spent no code: the next TOTP code and the last recovery code still work.
    assert app.execute("SELECT otp_recovery_code_use(%s, %s)", (key, codes[2])).fetchone()[0] is True


def test_a_step_up_keeps_to_its_own_policy(conn, app, web_role):
    """The review stepped up a token of one policy under another; the third review stepped an old
    token up after its policy's audience had changed."""
    wide = token_policy_for(conn, web_role, audience="other-app", payload_claims=["tenant", "plan"])
    narrow = token_policy_for(conn, web_role, audience="this-app", payload_claims=["tenant"])
    key = unique_name("policies")
    totp = enrolled(conn, key)

    def first_token():
        started = initiate(app, unique_email("policies"), policy=wide,
                           payload=f'{{"sub": "{key}", "tenant": "acme", "plan": "gold"}}')
        return verify(app, started["challenge_id"], latest_code(conn, started["challenge_id"]))["token"]

    def step_up(token, policy):
        return sqlstate_of(app, "SELECT otp_totp_token(%s, %s, %s, %s)", (key, totp.at(time.time() + 30), token, policy))

    first = first_token()
    state, message = step_up(first, narrow)
    assert state == "OT401" and "another policy" in message
    # A policy changed after the token was issued: its tokens from before step up no more.
    time.sleep(1.1)
    conn.execute("SELECT otp_set_token_policy(%s, %s, audience => 'new-app', payload_claims => ARRAY['tenant', 'plan'])",
                 (wide, web_role))
    state, message = step_up(first, wide)
    assert state == "OT401" and ("another issuer or audience" in message or "last changed" in message)
    conn.execute("SELECT otp_set_token_policy(%s, %s, audience => 'other-app', payload_claims => ARRAY['tenant', 'plan'])",
                 (wide, web_role))
    state, message = step_up(first, wide)
    assert state == "OT401" and "last changed" in message
    stepped = app.execute("SELECT otp_totp_token(%s, %s, %s, %s)",
                          (key, totp.at(time.time() + 30), first_token(), wide)).fetchone()[0]
    claims = app.execute("SELECT otp_token_verify(%s)", (stepped,)).fetchone()[0]
    assert (claims["aal"], claims["tenant"], claims["plan"], claims["factors"]) == (2, "acme", "gold", ["email", "totp"])


def test_a_replayed_device_token_is_revoked_whatever_the_caller_rolls_back(conn, app):
    """The review presented a used device token in a DO block that rolled back, and in a statement
    that failed after the answer: the revocation went with the rollback, and the thief kept the
    device."""
    key = unique_name("replayed")
    totp = enrolled(conn, key)
    for presentation in ("DO $$ BEGIN PERFORM otp_device_check(%(key)s, %(token)s); ROLLBACK; END $$",
                         "SELECT (coalesce(otp_device_check(%(key)s, %(token)s), 'x') || 'x')::integer"):
        assert app.execute("SELECT otp_totp_check(%s, %s)", (key, totp.at(time.time() + 30))).fetchone()[0] is not None
        conn.execute("UPDATE otp_private.totp_factor SET proved_at = now() WHERE key = %s", (key,))
        used = app.execute("SELECT token FROM otp_device_remember(%s)", (key,)).fetchone()[0]
        current = app.execute("SELECT otp_device_check(%s, %s)", (key, used)).fetchone()[0]
        assert current is not None
        statement = presentation.replace("%(key)s", psycopg.sql.quote(key)).replace("%(token)s", psycopg.sql.quote(used))
        if statement.startswith("SELECT"):
            assert sqlstate_of(app, statement)[0] == "22P02"  # fails after the check answered
        else:
            app.execute(statement)
        # The device is revoked at its next check, however good the token presented.
        assert app.execute("SELECT otp_device_check(%s, %s)", (key, current)).fetchone()[0] is None
        reason = conn.execute("SELECT revoke_reason FROM otp_private.device WHERE key = %s ORDER BY created_at DESC LIMIT 1",
                              (key,)).fetchone()[0]
        assert reason == "token_replayed"


def test_otp_purge_revokes_a_device_whose_replay_was_rolled_back(conn, app):
    key = unique_name("purged")
    enrolled(conn, key)
    used = app.execute("SELECT token FROM otp_device_remember(%s)", (key,)).fetchone()[0]
    assert app.execute("SELECT otp_device_check(%s, %s)", (key, used)).fetchone()[0] is not None
    app.execute(f"DO $$ BEGIN PERFORM otp_device_check({psycopg.sql.quote(key)}, {psycopg.sql.quote(used)}); "
                f"ROLLBACK; END $$")
    assert app.execute("SELECT count(*) FROM otp_devices(%s)", (key,)).fetchone()[0] == 1
    conn.execute("SELECT otp_purge()")
    assert app.execute("SELECT count(*) FROM otp_devices(%s)", (key,)).fetchone()[0] == 0


def test_a_token_role_that_holds_power_through_its_memberships_is_refused(conn, web_role):
    """The review named, in a token policy, a role that belonged to a superuser, a predefined role,
    and a role made superuser after the policy was set."""
    policy = set_policy(conn)
    conn.execute(f"GRANT {conn.info.user} TO {web_role}")
    try:
        state, message = sqlstate_of(conn, "SELECT otp_set_token_policy(%s, %s)", (policy, web_role))
        assert state == "22023" and message.startswith("role must not be, or belong to")
    finally:
        conn.execute(f"REVOKE {conn.info.user} FROM {web_role}")
    for predefined in ("pg_signal_backend", "pg_execute_server_program", "pg_monitor"):
        state, message = sqlstate_of(conn, "SELECT otp_set_token_policy(%s, %s)", (policy, predefined))
        assert state == "22023" and "predefined" in message
    conn.execute("SELECT otp_set_token_policy(%s, %s)", (policy, web_role))
    conn.execute(f"ALTER ROLE {web_role} BYPASSRLS")
    try:
        started = initiate(conn, unique_email("later"), policy=policy)
        state, message = sqlstate_of(conn, "SELECT * FROM otp_verify(%s, %s)",
                                     (started["challenge_id"], latest_code(conn, started["challenge_id"])))
        assert state == "55000" and web_role in message
    finally:
        conn.execute(f"ALTER ROLE {web_role} NOBYPASSRLS")


def test_a_payload_that_would_make_a_token_too_long_is_refused_at_initiation(conn, app, web_role):
    """The review copied a 7 kB payload member into tokens: the right code then failed on a token too
    long to sign, and the user could never log in."""
    policy = token_policy_for(conn, web_role, payload_claims=["note"])
    state, message = sqlstate_of(app, "SELECT otp_initiate(%s, payload => %s::jsonb, policy => %s)",
                                 (unique_email("long"), '{"note": "%s"}' % ("x" * 7000), policy))
    assert state == "22023" and message.startswith("payload")
    state, message = sqlstate_of(app, "SELECT otp_initiate(%s, payload => %s::jsonb, policy => %s)",
                                 (unique_email("long"), '{"sub": "%s"}' % ("u" * 300), policy))
    assert state == "22023" and message.startswith("payload")
    # Members the policy does not copy may be as long as any payload.
    initiate(app, unique_email("long"), payload='{"other": "%s"}' % ("x" * 7000), policy=policy)


# --- the second review of 0.4.1's tokens and devices -----------------------------------------------

def test_a_token_role_that_belongs_to_a_predefined_role_or_owns_the_database_is_refused(conn, web_role, dsn):
    """The second review named a role holding pg_execute_server_program (tokens then ran programs as
    the server's user), a replication role and the database's owner."""
    policy = set_policy(conn)
    for grant, undo in ((f"GRANT pg_execute_server_program TO {web_role}", f"REVOKE pg_execute_server_program FROM {web_role}"),
                        (f"GRANT pg_read_all_data TO {web_role}", f"REVOKE pg_read_all_data FROM {web_role}"),
                        (f"ALTER ROLE {web_role} REPLICATION", f"ALTER ROLE {web_role} NOREPLICATION")):
        conn.execute(grant)
        try:
            state, message = sqlstate_of(conn, "SELECT otp_set_token_policy(%s, %s)", (policy, web_role))
            assert state == "22023" and message.startswith("role must not be"), (grant, message)
        finally:
            conn.execute(undo)
    database = psycopg.conninfo.conninfo_to_dict(dsn).get("dbname", "postgres")
    owner = conn.execute("SELECT datdba::regrole::text FROM pg_database WHERE datname = %s", (database,)).fetchone()[0]
    conn.execute(f"ALTER DATABASE {database} OWNER TO {web_role}")
    try:
        state, message = sqlstate_of(conn, "SELECT otp_set_token_policy(%s, %s)", (policy, web_role))
        assert state == "22023" and message.startswith("role must not be, or belong to")
    finally:
        conn.execute(f"ALTER DATABASE {database} OWNER TO {owner}")
    conn.execute("SELECT otp_set_token_policy(%s, %s)", (policy, web_role))  # an ordinary role again


def test_a_payload_member_a_token_cannot_keep_is_refused_before_any_code_is_sent(conn, app, web_role):
    """The second review copied 1e400 and a 200-deep array into tokens: the right code then failed
    (XX000, with a backtrace) until the challenge locked."""
    policy = token_policy_for(conn, web_role, payload_claims=["note"])
    for note in ("1e400", "[" * 100 + "]" * 100, "123456789012345678901234567890"):
        state, message = sqlstate_of(app, "SELECT otp_initiate(%s, payload => %s::jsonb, policy => %s)",
                                     (unique_email("odd"), '{"note": %s}' % note, policy))
        assert state == "22023" and message.startswith("payload"), (note, message)
    started = initiate(app, unique_email("fine"), payload='{"note": [1.5, {"a": "b"}, 12345678901234567]}', policy=policy)
    token = verify(app, started["challenge_id"], latest_code(conn, started["challenge_id"]))["token"]
    assert app.execute("SELECT otp_token_verify(%s)->'note'", (token,)).fetchone()[0] == [1.5, {"a": "b"}, 12345678901234567]


def test_a_step_up_needs_a_token_of_its_own_policy(conn, app, web_role):
    """The second review stepped a token of a weak policy (4-digit codes) up under a strong one:
    neither set an issuer or audience."""
    weak = token_policy_for(conn, web_role)
    strong = token_policy_for(conn, web_role)
    key = unique_name("weak")
    totp = enrolled(conn, key)
    started = initiate(app, unique_email("weak"), policy=weak, payload=f'{{"sub": "{key}"}}')
    first = verify(app, started["challenge_id"], latest_code(conn, started["challenge_id"]))["token"]
    state, message = sqlstate_of(app, "SELECT otp_totp_token(%s, %s, %s, %s)", (key, totp.at(time.time() + 30), first, strong))
    assert state == "OT401" and "another policy" in message
    stepped = app.execute("SELECT otp_totp_token(%s, %s, %s, %s)", (key, totp.at(time.time() + 30), first, weak)).fetchone()[0]
    assert app.execute("SELECT otp_token_verify(%s)->>'policy'", (stepped,)).fetchone()[0] == weak


def test_recovery_codes_made_before_an_enrolment_is_confirmed_do_not_survive_it(conn, app):
    """The second review made recovery codes for a key with no factor, the third while the user's
    enrolment was pending (no proof is asked then); after the confirmation the codes still opened
    the new factor."""
    key = unique_name("planted")
    before = [row[0] for row in app.execute("SELECT otp_recovery_codes_generate(%s, 2)", (key,))]
    secret = app.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0]
    pending = [row[0] for row in app.execute("SELECT otp_recovery_codes_generate(%s, 2)", (key,))]
    totp = pyotp.TOTP(secret)
    assert app.execute("SELECT otp_totp_confirm(%s, %s)", (key, totp.now())).fetchone()[0] is True
    assert app.execute("SELECT otp_recovery_codes_remaining(%s)", (key,)).fetchone()[0] == 0
    for code in before + pending:
        assert app.execute("SELECT otp_recovery_code_use(%s, %s)", (key, code)).fetchone()[0] is False
    # Codes made after the confirmation (within its 5 minutes) are the user's.
    mine = [row[0] for row in app.execute("SELECT otp_recovery_codes_generate(%s, 1)", (key,))]
    assert app.execute("SELECT otp_recovery_code_use(%s, %s)", (key, mine[0])).fetchone()[0] is True


def test_a_replayed_device_token_is_revoked_when_the_ledger_is_full(conn, app):
    """The second review filled the attempt ledger and replayed a used device token: 53400, and the
    thief's newer token kept working."""
    key = unique_name("fullledger")
    enrolled(conn, key)
    used = app.execute("SELECT token FROM otp_device_remember(%s)", (key,)).fetchone()[0]
    current = app.execute("SELECT otp_device_check(%s, %s)", (key, used)).fetchone()[0]
    assert sqlstate_of(app, "SELECT 1 / (count(otp_totp_check('devflood-' || g, '000000')) * 0)"
                            " FROM generate_series(1, 40000) g")[0] == "53400"
    try:
        assert app.execute("SELECT otp_device_check(%s, %s)", (key, used)).fetchone()[0] is None
        assert app.execute("SELECT otp_device_check(%s, %s)", (key, current)).fetchone()[0] is None
    finally:
        conn.execute("SELECT otp_purge()")
    reason = conn.execute("SELECT revoke_reason FROM otp_private.device WHERE key = %s", (key,)).fetchone()[0]
    assert reason == "token_replayed"


# --- the third review of 0.4.1's tokens --------------------------------------------------------------

def test_a_token_role_that_can_call_otp_pg_or_owns_a_schema_is_refused(conn, web_role):
    """The third review named a role that belonged to the sender's role (every signed-in user could
    then claim other users' codes), one that owned the API schema, and one that could create databases."""
    policy = set_policy(conn)
    sender_role = unique_name("sender").replace("-", "_")
    schema = unique_name("api").replace("-", "_")
    conn.execute(f"CREATE ROLE {sender_role} NOLOGIN")
    conn.execute(SENDER_GRANTS.format(role=sender_role))
    cases = ((f"GRANT {sender_role} TO {web_role}", f"REVOKE {sender_role} FROM {web_role}", "call otp_pg"),
             (f"CREATE SCHEMA {schema} AUTHORIZATION {web_role}", f"DROP SCHEMA {schema}", "owner of the database or of a schema"),
             (f"ALTER ROLE {web_role} CREATEDB", f"ALTER ROLE {web_role} NOCREATEDB", "creates roles or databases"))
    try:
        for make, undo, says in cases:
            conn.execute(make)
            try:
                state, message = sqlstate_of(conn, "SELECT otp_set_token_policy(%s, %s)", (policy, web_role))
                assert state == "22023" and says in message, (make, message)
            finally:
                conn.execute(undo)
    finally:
        conn.execute(f"DROP OWNED BY {sender_role}")
        conn.execute(f"DROP ROLE {sender_role}")
    conn.execute("SELECT otp_set_token_policy(%s, %s)", (policy, web_role))


def test_an_issuer_or_audience_with_control_characters_is_refused(conn, web_role):
    """The third review set them to 255 control characters each: escaped in JSON, they made the
    token of a payload within its limits too long, and the right code failed."""
    policy = set_policy(conn)
    for argument in ("issuer", "audience"):
        state, message = sqlstate_of(conn, f"SELECT otp_set_token_policy(%s, %s, {argument} => repeat(chr(1), 10))",
                                     (policy, web_role))
        assert state == "22023" and message.startswith(argument)


def test_a_member_the_policy_came_to_copy_later_does_not_fail_a_right_code(conn, app, web_role):
    """The third review made a challenge with {"late": 1e400}, then the administrator added "late" to
    the policy's payload_claims: the right code failed until the challenge locked."""
    policy = token_policy_for(conn, web_role)
    started = initiate(app, unique_email("late"), payload='{"late": 1e400, "kept": 1}', policy=policy)
    conn.execute("SELECT otp_set_token_policy(%s, %s, payload_claims => ARRAY['late', 'kept'])", (policy, web_role))
    result = verify(app, started["challenge_id"], latest_code(conn, started["challenge_id"]))
    assert result["status"] == "success"
    claims = app.execute("SELECT otp_token_verify(%s)", (result["token"],)).fetchone()[0]
    assert claims["kept"] == 1 and "late" not in claims


# --- the fourth review of 0.4.1's tokens -------------------------------------------------------------

def test_a_token_role_that_may_create_or_call_otp_pg_through_any_membership_is_refused(conn, web_role):
    """The fourth review named a role that belonged to the sender's role WITH INHERIT FALSE (SET ROLE
    then claimed codes), and on PostgreSQL 14 a role that could create in public, where it planted an
    otp_verify(text, text) overload that the application's unqualified calls then ran."""
    policy = set_policy(conn)
    sender_role = unique_name("sender").replace("-", "_")
    conn.execute(f"CREATE ROLE {sender_role} NOLOGIN")
    conn.execute(SENDER_GRANTS.format(role=sender_role))
    inherit_false = "WITH INHERIT FALSE" if conn.info.server_version >= 160000 else ""
    try:
        conn.execute(f"ALTER ROLE {web_role} NOINHERIT")
        conn.execute(f"GRANT {sender_role} TO {web_role} {inherit_false}")
        state, message = sqlstate_of(conn, "SELECT otp_set_token_policy(%s, %s)", (policy, web_role))
        assert state == "22023" and "may call otp_pg" in message
        conn.execute(f"REVOKE {sender_role} FROM {web_role}")
        conn.execute(f"ALTER ROLE {web_role} INHERIT")
        conn.execute(f"GRANT CREATE ON SCHEMA public TO {web_role}")
        state, message = sqlstate_of(conn, "SELECT otp_set_token_policy(%s, %s)", (policy, web_role))
        assert state == "22023" and "create objects in a schema" in message
    finally:
        conn.execute(f"REVOKE CREATE ON SCHEMA public FROM {web_role}")
        conn.execute(f"DROP OWNED BY {sender_role}")
        conn.execute(f"DROP ROLE {sender_role}")
    # Granting the read-only otp_jwks to everyone, as a JWKS endpoint might, stops no login.
    conn.execute("GRANT EXECUTE ON FUNCTION otp_jwks() TO PUBLIC")
    try:
        conn.execute("SELECT otp_set_token_policy(%s, %s)", (policy, web_role))
        started = initiate(conn, unique_email("jwks"), policy=policy)
        assert verify(conn, started["challenge_id"], latest_code(conn, started["challenge_id"]))["token"]
    finally:
        conn.execute("REVOKE EXECUTE ON FUNCTION otp_jwks() FROM PUBLIC")


def test_a_payload_beyond_a_later_policys_limits_does_not_fail_the_right_code(conn, app, web_role):
    """The fourth review let a challenge carry a 7 kB member under a policy that did not copy it, then
    widened the policy, and one a 7 kB "sub" before its policy issued tokens: the right code failed
    on a token too long. The member is left out; a subject too long for any token gets none."""
    policy = token_policy_for(conn, web_role, payload_claims=["tenant"])
    wide = initiate(app, unique_email("wide"), payload='{"tenant": "acme", "note": "%s"}' % ("x" * 7000), policy=policy)
    plain = set_policy(conn)
    long_sub = initiate(app, unique_email("longsub"), payload='{"sub": "%s"}' % ("u" * 7000), policy=plain)
    conn.execute("SELECT otp_set_token_policy(%s, %s, payload_claims => ARRAY['tenant', 'note'])", (policy, web_role))
    conn.execute("SELECT otp_set_token_policy(%s, %s)", (plain, web_role))
    result = verify(app, wide["challenge_id"], latest_code(conn, wide["challenge_id"]))
    assert result["status"] == "success"
    claims = app.execute("SELECT otp_token_verify(%s)", (result["token"],)).fetchone()[0]
    assert "note" not in claims and "tenant" not in claims and claims["sub"].startswith("wide-")
    result = verify(app, long_sub["challenge_id"], latest_code(conn, long_sub["challenge_id"]))
    assert (result["status"], result["token"]) == ("success", None)


def test_token_policy_values_that_would_make_tokens_too_long_are_refused(conn, web_role):
    """The fourth review put 63 control characters in the role's name and 255 four-byte characters in
    the issuer and audience: with a payload within its limits, the right code failed."""
    policy = set_policy(conn)
    for argument in ("issuer", "audience"):
        state, message = sqlstate_of(conn, f"SELECT otp_set_token_policy(%s, %s, {argument} => repeat('😀', 255))",
                                     (policy, web_role))
        assert state == "22023" and message.startswith(argument)
    odd = "web" + chr(1) + uuid.uuid4().hex[:6]
    conn.execute(psycopg.sql.SQL("CREATE ROLE {} NOLOGIN").format(psycopg.sql.Identifier(odd)))
    try:
        state, message = sqlstate_of(conn, "SELECT otp_set_token_policy(%s, %s)", (policy, odd))
        assert state == "22023" and "control character" in message
    finally:
        conn.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(odd)))
