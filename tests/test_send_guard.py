"""The SMS pumping guard (otp_set_send_guard): countries refused or allowed by libphonenumber's
numbering plans, velocity per number range and per country across identifiers, the spread of one
client address over countries and identifiers, and the circuit breaker. Every refusal comes before
anything is queued or counted, and is recorded as an event that survives the refusal's rollback."""

import threading
import time

import psycopg
import pytest

from helpers import initiate, login_role, unique_email, unique_name, verify

# Numbers valid in libphonenumber's plans, one range each unless said otherwise.
SE = "+46701234{:03d}"       # Sweden, range +46701
US = "+1212555{:04d}"        # United States, range +1212
JM = "+1876555{:04d}"        # Jamaica: +1 too, another country
LV = "+3712000{:04d}"        # Latvia, range +371200 (a premium-rate pumping target in this story)
GB = "+4474001{:05d}"        # United Kingdom, range +44740


def sqlstate(conn, query, params=()):
    with pytest.raises(psycopg.Error) as refused:
        conn.execute(query, params)
    return refused.value


@pytest.fixture
def policy(conn):
    """A policy of its own, with limits high enough that only the guard refuses."""
    name = unique_name("guard")
    conn.execute("SELECT otp_set_policy(%s, identifier_limit => 1000, client_limit => 1000, ttl_seconds => 300)",
                 (name,))
    yield name
    conn.execute("SELECT otp_remove_send_guard(%s)", (name,))
    conn.execute("DELETE FROM otp_private.policy WHERE name = %s", (name,))


def queued(conn, challenge_id):
    return conn.execute("SELECT count(*) FROM otp_private.delivery WHERE challenge_id = %s",
                        (challenge_id,)).fetchone()[0]


def recorded(conn, policy, event):
    conn.execute("SELECT otp_purge()")  # records the refusals waiting in shared memory
    return conn.execute("SELECT country, detail FROM otp_events WHERE policy = %s AND event = %s ORDER BY event_id",
                        (policy, event)).fetchall()


def test_a_refused_country_is_refused_before_anything_is_queued_or_counted(conn, policy):
    conn.execute("SELECT otp_set_send_guard(%s, refused_countries => '{lv, ZZ}')", (policy,))
    error = sqlstate(conn, "SELECT otp_initiate(%s, 'sms', '{}', %s, '198.51.100.7')", (LV.format(1), policy))
    assert error.sqlstate == "OT403"
    assert error.diag.message_primary == f"identifier is a phone number in LV, where policy {policy} sends no codes"
    # Written any way, the number is the same Latvian number.
    for spelling in ("00371 2000 0001", "+371 (2000) 0001", "+371-2000-0001"):
        assert sqlstate(conn, "SELECT otp_initiate(%s, 'sms', '{}', %s)", (spelling, policy)).sqlstate == "OT403"
    # International networks have no country: ZZ.
    assert sqlstate(conn, "SELECT otp_initiate('+88213900000', 'sms', '{}', %s)", (policy,)).sqlstate == "OT403"
    # Nothing was counted: the client and the number still have their whole budget.
    assert conn.execute("SELECT count(*) FROM otp_private.rate_counter WHERE policy = %s", (policy,)).fetchone()[0] == 0
    assert [country for country, _ in recorded(conn, policy, "country_refused")] == ["LV"] * 4 + ["ZZ"]
    # The rest of the world, and e-mail, carry on.
    assert queued(conn, initiate(conn, SE.format(1), "sms", policy=policy)["challenge_id"]) == 1
    assert queued(conn, initiate(conn, unique_email(), policy=policy)["challenge_id"]) == 1


def test_the_country_comes_from_the_numbering_plan_not_the_country_code(conn, policy):
    conn.execute("SELECT otp_set_send_guard(%s, allowed_countries => '{US, SE}')", (policy,))
    assert initiate(conn, US.format(1), "sms", policy=policy)["challenge_id"]
    # +1 876 is Jamaica, not the United States.
    assert sqlstate(conn, "SELECT otp_initiate(%s, 'sms', '{}', %s)", (JM.format(1), policy)).sqlstate == "OT403"
    # An empty allow list allows every country again.
    conn.execute("SELECT otp_set_send_guard(%s, allowed_countries => '{}')", (policy,))
    assert initiate(conn, JM.format(1), "sms", policy=policy)["challenge_id"]


def test_a_burst_to_one_range_is_stopped_without_touching_the_rest(conn, policy):
    conn.execute("SELECT otp_set_send_guard(%s, range_limit => 3, country_limit => 5)", (policy,))
    for n in range(3):
        initiate(conn, LV.format(n), "sms", policy=policy, client_addr=f"203.0.113.{n}")
    error = sqlstate(conn, "SELECT otp_initiate(%s, 'sms', '{}', %s, '203.0.113.50')", (LV.format(9), policy))
    assert error.sqlstate == "OT429"
    assert error.diag.message_primary.startswith("too many codes requested for numbers in the range +371200:")
    assert "limit=send_range" in error.diag.message_detail
    # Another Latvian range still gets codes, until the country's limit.
    initiate(conn, "+37129000001", "sms", policy=policy)
    initiate(conn, "+37129000002", "sms", policy=policy)
    error = sqlstate(conn, "SELECT otp_initiate('+37129000003', 'sms', '{}', %s)", (policy,))
    assert "limit=send_country" in error.diag.message_detail
    # Elsewhere nothing changed: each range has its own three.
    for n in range(3):
        initiate(conn, GB.format(n), "sms", policy=policy)
    limits = [detail["limit"] for _, detail in recorded(conn, policy, "rate_limited")]
    assert limits == ["send_range", "send_country"]


def test_one_client_asks_for_few_countries_and_identifiers(conn, policy):
    conn.execute("SELECT otp_set_send_guard(%s, client_country_limit => 2, client_identifier_limit => 3)", (policy,))
    initiate(conn, SE.format(1), "sms", policy=policy, client_addr="192.0.2.10")
    initiate(conn, US.format(1), "sms", policy=policy, client_addr="192.0.2.10")
    # The same client behind an IPv4-mapped IPv6 address, asking for a third country.
    error = sqlstate(conn, "SELECT otp_initiate(%s, 'sms', '{}', %s, '::ffff:192.0.2.10')", (GB.format(1), policy))
    assert "limit=client_countries" in error.diag.message_detail
    # A country it already asked for is fine, as is another client.
    initiate(conn, SE.format(2), "sms", policy=policy, client_addr="192.0.2.10")
    initiate(conn, GB.format(1), "sms", policy=policy, client_addr="192.0.2.11")
    # A fourth identifier, by e-mail too, is one too many; the same one again is not.
    error = sqlstate(conn, "SELECT otp_initiate(%s, 'email', '{}', %s, '192.0.2.10')", (unique_email(), policy))
    assert "limit=client_identifiers" in error.diag.message_detail
    initiate(conn, SE.format(2), "sms", policy=policy, client_addr="192.0.2.10")


def test_concurrent_requests_of_one_client_do_not_both_pass_the_spread_limit(conn, connect, policy):
    conn.execute("SELECT otp_set_send_guard(%s, client_country_limit => 1)", (policy,))
    first, second = connect(), connect()
    first.autocommit = second.autocommit = False
    initiate(first, SE.format(5), "sms", policy=policy, client_addr="198.51.100.20")  # open, not committed
    outcome = {}

    def ask_for_another_country():
        try:
            initiate(second, US.format(5), "sms", policy=policy, client_addr="198.51.100.20")
            outcome["second"] = "sent"
        except psycopg.Error as error:
            outcome["second"] = error.sqlstate

    thread = threading.Thread(target=ask_for_another_country)
    thread.start()
    thread.join(1)
    assert thread.is_alive(), "the second request must wait for the first one's transaction"
    first.commit()
    thread.join(10)
    assert outcome == {"second": "OT429"}
    second.rollback()


def trip(conn, policy, sends):
    """`sends` SMS codes to Latvia that nobody enters, expired, then the purge that judges them."""
    for n in range(sends):
        initiate(conn, LV.format(100 + n), "sms", policy=policy, client_addr=f"203.0.113.{100 + n % 4}")
    conn.execute("UPDATE otp_private.challenge SET expires_at = now() - interval '1 second' WHERE policy = %s",
                 (policy,))
    conn.execute("SELECT otp_purge()")


def test_the_circuit_breaker_pauses_a_country_whose_codes_are_not_entered(conn, policy):
    conn.execute("SELECT otp_set_send_guard(%s, breaker_min_conversion_percent => 30, breaker_sample => 10,"
                 " breaker_cooldown_seconds => 3600)", (policy,))
    # Swedish users enter their codes: their country stays open.
    for n in range(10):
        challenge = initiate(conn, SE.format(n), "sms", policy=policy)
        conn.execute("UPDATE otp_private.challenge SET state = 'verified', code_digest = NULL WHERE challenge_id = %s",
                     (challenge["challenge_id"],))
    trip(conn, policy, 9)
    assert conn.execute("SELECT count(*) FROM otp_circuits() WHERE policy = %s", (policy,)).fetchone()[0] == 0, \
        "nine finished sends are not a sample of ten"
    trip(conn, policy, 1)
    circuits = conn.execute("SELECT country, conversion_percent, sample FROM otp_circuits() WHERE policy = %s",
                            (policy,)).fetchall()
    assert [(c, float(p), s) for c, p, s in circuits] == [("LV", 0.0, 10)]
    error = sqlstate(conn, "SELECT otp_initiate(%s, 'sms', '{}', %s)", (LV.format(999), policy))
    assert error.sqlstate == "OT503"
    assert "retry_after_seconds=" in error.diag.message_detail
    assert initiate(conn, SE.format(99), "sms", policy=policy)["challenge_id"]
    assert [c for c, _ in recorded(conn, policy, "circuit_tripped")] == ["LV"]
    assert [c for c, _ in recorded(conn, policy, "circuit_open")] == ["LV"]
    # An administrator reopens it; the sends before that are not judged again.
    assert conn.execute("SELECT otp_reset_circuit(%s, 'lv')", (policy,)).fetchone()[0] is True
    assert initiate(conn, LV.format(999), "sms", policy=policy)["challenge_id"]
    conn.execute("SELECT otp_purge()")
    assert conn.execute("SELECT count(*) FROM otp_circuits() WHERE policy = %s", (policy,)).fetchone()[0] == 0
    assert [c for c, _ in recorded(conn, policy, "circuit_reset")] == ["LV"]


def test_a_pumping_burst_is_stopped_while_logins_elsewhere_carry_on(conn, policy):
    """docs/guides.md, "Stopping SMS pumping": a burst from a few clients to one premium range."""
    conn.execute("SELECT otp_set_send_guard(%s, range_limit => 20, country_limit => 50, client_country_limit => 3,"
                 " breaker_min_conversion_percent => 20, breaker_sample => 20)", (policy,))
    sent = refused = 0
    for n in range(60):
        try:
            initiate(conn, LV.format(n), "sms", policy=policy, client_addr=f"203.0.113.{n % 5}")
            sent += 1
        except psycopg.Error as error:
            assert error.sqlstate == "OT429"
            refused += 1
        # A real user in Sweden logs in meanwhile, and enters the code.
        if n % 10 == 0:
            challenge = initiate(conn, SE.format(n), "sms", policy=policy, client_addr="192.0.2.200")
            code = conn.execute(
                "SELECT code FROM otp_claim_deliveries(1000) WHERE challenge_id = %s",
                (challenge["challenge_id"],)).fetchone()[0]
            assert verify(conn, challenge["challenge_id"], code)["status"] == "success"
    assert (sent, refused) == (20, 40)
    # The pumped codes expire unused; the next purge pauses Latvia.
    conn.execute("UPDATE otp_private.challenge SET expires_at = now() - interval '1 second'"
                 " WHERE policy = %s AND country = 'LV'", (policy,))
    conn.execute("SELECT otp_purge()")
    assert sqlstate(conn, "SELECT otp_initiate('+37129000001', 'sms', '{}', %s)", (policy,)).sqlstate == "OT503"
    assert initiate(conn, GB.format(1), "sms", policy=policy)["challenge_id"]


def test_bad_arguments_name_themselves(conn, policy):
    for query, params, state, start in [
        ("SELECT otp_set_send_guard(NULL)", (), "22004", "policy must not be NULL"),
        ("SELECT otp_set_send_guard('no-such-policy')", (), "22023", "policy 'no-such-policy' does not exist"),
        ("SELECT otp_set_send_guard(%s, refused_countries => '{XX}')", (policy,), "22023", "refused_countries must hold"),
        ("SELECT otp_set_send_guard(%s, allowed_countries => '{SWE}')", (policy,), "22023", "allowed_countries must hold"),
        ("SELECT otp_set_send_guard(%s, allowed_countries => '{SE, NULL}')", (policy,), "22023",
         "allowed_countries must not contain NULL"),
        ("SELECT otp_set_send_guard(%s, country_limit => -1)", (policy,), "22023", "country_limit must be between"),
        ("SELECT otp_set_send_guard(%s, breaker_sample => 5)", (policy,), "22023", "breaker_sample must be between"),
        ("SELECT otp_reset_circuit(%s, 'Sweden')", (policy,), "22023", "country must hold"),
        ("SELECT otp_reset_circuit(NULL, 'SE')", (), "22004", "policy must not be NULL"),
        ("SELECT otp_reset_circuit(%s, NULL)", (policy,), "22004", "country must not be NULL"),
        ("SELECT otp_remove_send_guard(NULL)", (), "22004", "policy must not be NULL"),
    ]:
        error = sqlstate(conn, query, params)
        assert (error.sqlstate, error.diag.message_primary[:len(start)]) == (state, start), query


def test_the_guard_is_the_administrators(conn, connect, policy):
    with login_role(conn, "app") as role:
        app = connect(user=role)
        for query in (f"SELECT otp_set_send_guard('{policy}')", "SELECT otp_send_guards()", "SELECT otp_circuits()",
                      f"SELECT otp_reset_circuit('{policy}', 'SE')", f"SELECT otp_remove_send_guard('{policy}')",
                      "SELECT * FROM otp_private.send_guard", "SELECT * FROM otp_private.circuit",
                      "SELECT * FROM otp_private.client_spread"):
            assert sqlstate(app, query).sqlstate == "42501", query


def test_settings_are_kept_and_listed(conn, policy):
    conn.execute("SELECT otp_set_send_guard(%s, refused_countries => '{lv, LV, zz}', country_limit => 7)", (policy,))
    conn.execute("SELECT otp_set_send_guard(%s, range_limit => 2)", (policy,))  # the rest stays
    row = conn.execute("SELECT * FROM otp_send_guards() WHERE policy = %s", (policy,)).fetchone()
    assert row == (policy, None, ["LV", "ZZ"], 7, 2, 0, 0, 0, 100, 3600)
    assert conn.execute("SELECT detail FROM otp_events WHERE policy = %s AND event = 'send_guard_set'"
                        " ORDER BY event_id DESC LIMIT 1", (policy,)).fetchone()[0]["range_limit"] == 2
