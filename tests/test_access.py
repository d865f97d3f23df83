"""Least privilege: a role granted what docs/security.md tells application roles to get can run the
login flow and nothing else; a sender role can claim deliveries; neither can touch the tables."""

import pytest

from helpers import APP_GRANTS, SENDER_GRANTS, sqlstate_of, unique_email, unique_name, waiting_sender

@pytest.fixture
def roles(conn):
    app, sender = unique_name("app").replace("-", "_"), unique_name("sender").replace("-", "_")
    conn.execute(f"CREATE ROLE {app}")
    conn.execute(f"CREATE ROLE {sender}")
    conn.execute(APP_GRANTS.format(role=app))
    conn.execute(SENDER_GRANTS.format(role=sender))
    yield app, sender
    conn.execute("RESET ROLE")
    for role in (app, sender):
        conn.execute(f"DROP OWNED BY {role}")
        conn.execute(f"DROP ROLE {role}")


def test_app_role_runs_the_flow_and_nothing_else(conn, roles):
    app, sender = roles
    conn.execute(f"SET ROLE {app}")
    challenge_id = conn.execute("SELECT challenge_id FROM otp_initiate(%s)", (unique_email("app"),)).fetchone()[0]
    assert conn.execute("SELECT status FROM otp_verify(%s, '000000x')", (challenge_id,)).fetchone()[0] == "invalid_code"
    key = unique_name("factor")
    assert conn.execute("SELECT uri FROM otp_totp_enroll(%s)", (key,)).fetchone()[0].startswith("otpauth://")
    assert conn.execute("SELECT otp_totp_check(%s, '123456')", (key,)).fetchone()[0] is False
    assert len(conn.execute("SELECT otp_recovery_codes_generate(%s, 2)", (key,)).fetchall()) == 2
    assert conn.execute("SELECT otp_device_check(%s, 'otpd_x')", (key,)).fetchone()[0] is None
    assert conn.execute("SELECT * FROM otp_devices(%s)", (key,)).fetchall() == []
    assert conn.execute("SELECT otp_devices_revoke(%s)", (key,)).fetchone()[0] == 0
    assert sqlstate_of(conn, "SELECT otp_device_remember(%s)", (key,))[0] == "OT401"  # granted; no check passed
    forbidden = [
        "SELECT * FROM otp_private.totp_factor",
        "SELECT * FROM otp_private.recovery_code",
        "SELECT * FROM otp_private.factor_lockout_settings()",
        "SELECT * FROM otp_private.challenge",
        "SELECT * FROM otp_private.server_key",
        "DELETE FROM otp_private.rate_counter",
        "SELECT * FROM otp_claim_deliveries()",
        "SELECT otp_ack_delivery(1)",
        "SELECT otp_release_delivery(1)",
        "SELECT otp_set_policy('x')",
        "SELECT otp_purge()",
        "SELECT otp_rotate_server_key()",
        "SELECT otp_wrap_server_keys()",
        "SELECT * FROM otp_policies()",
        "SELECT otp_private.new_stored_server_key()",
        "SELECT * FROM otp_private.device",
        "SELECT * FROM otp_private.device_policy",
        "SELECT otp_set_device_policy('x')",
        "SELECT * FROM otp_device_policies()",
    ]
    for query in forbidden:
        assert sqlstate_of(conn, query)[0] == "42501", query


def test_sender_role_claims_but_cannot_initiate(conn, roles):
    app, sender = roles
    conn.execute(f"SET ROLE {sender}")
    conn.execute("SELECT * FROM otp_claim_deliveries(1, 1)").fetchall()
    for query in [
        "SELECT otp_initiate('a@example.com')",
        "SELECT * FROM otp_private.delivery",
        "SELECT otp_totp_check('k', '123456')",
        "SELECT otp_device_check('k', 'otpd_x')",
        "SELECT otp_device_remember('k')",
    ]:
        assert sqlstate_of(conn, query)[0] == "42501", query


def test_planted_objects_change_nothing(conn, roles):
    app, _ = roles
    # A hostile user plants look-alikes of what the functions use, in public and in its own schema.
    conn.execute("CREATE SCHEMA IF NOT EXISTS hostile")
    conn.execute(f"GRANT USAGE, CREATE ON SCHEMA hostile TO {app}")
    conn.execute(
        "CREATE OR REPLACE FUNCTION hostile.gen_random_uuid() RETURNS uuid LANGUAGE sql "
        "AS $$ SELECT '00000000-0000-0000-0000-000000000000'::uuid $$"
    )
    conn.execute(
        "CREATE OR REPLACE FUNCTION hostile.now() RETURNS timestamptz LANGUAGE sql AS $$ SELECT 'epoch'::timestamptz $$"
    )
    conn.execute("CREATE OR REPLACE FUNCTION hostile.pg_notify(text, text) RETURNS void LANGUAGE sql AS $$ SELECT $$")
    waiting_sender(conn)  # so that the request below notifies
    try:
        conn.execute(f"SET ROLE {app}")
        # pg_catalog named after the planted schema: unnamed, it would be searched first anyway and
        # the look-alikes could never win, pinned search_path or not.
        conn.execute("SET search_path = hostile, pg_catalog, public")
        row = conn.execute(
            "SELECT challenge_id, expires_at > pg_catalog.now() FROM otp_initiate(%s)", (unique_email("h"),)
        ).fetchone()
        assert str(row[0]) != "00000000-0000-0000-0000-000000000000"
        assert row[1] is True
        assert len(list(conn.notifies(timeout=5, stop_after=1))) == 1
    finally:
        conn.execute("RESET ROLE")
        conn.execute("RESET search_path")
        conn.execute("DROP SCHEMA hostile CASCADE")


def test_security_definer_functions_pin_search_path(conn):
    rows = conn.execute(
        """SELECT p.oid::regprocedure::text, p.proconfig
             FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
             JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'otp_pg'
            WHERE p.prosecdef"""
    ).fetchall()
    assert len(rows) >= 10
    for name, config in rows:
        assert config and "search_path=pg_catalog, pg_temp" in config, name
