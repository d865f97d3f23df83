"""ALTER EXTENSION otp_pg UPDATE: a database filled under the previous release keeps its data and
works, and the upgraded schema is the same as a fresh install's.

tests/upgrade/ keeps the install script of every earlier release exactly as it shipped; the test
puts it next to the current one in the server's extension directory, so that
`CREATE EXTENSION otp_pg VERSION '<old>'` installs the old schema over the current library."""

import os
import shutil
import subprocess
import time
from datetime import timedelta

import psycopg
import pyotp
import pytest

from helpers import claim, initiate, login_role, set_policy, sqlstate_of, unique_email, unique_name, verify

PREVIOUS_RELEASES = ["0.1.0", "0.2.0", "0.3.0", "0.4.0"]
HERE = os.path.dirname(os.path.abspath(__file__))

# One row per object the extension owns, described without OIDs, so two databases compare equal
# exactly when their extension schemas do.
SCHEMA_SNAPSHOT = """
WITH members AS (
    SELECT d.classid, d.objid
      FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
     WHERE d.refclassid = 'pg_extension'::regclass AND e.extname = 'otp_pg' AND d.deptype = 'e'
)
SELECT 'member', pg_describe_object(classid, objid, 0) FROM members
UNION ALL
SELECT 'function', pg_get_functiondef(p.oid) || ' acl=' || coalesce(p.proacl::text, 'default')
  FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
 WHERE p.prokind IN ('f', 'p', 'w')
UNION ALL
SELECT 'column', format('%s.%s #%s %s notnull=%s default=%s', c.oid::regclass, a.attname, a.attnum,
                        format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid))
  FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
UNION ALL
SELECT 'relation', format('%s kind=%s options=%s acl=%s', c.oid::regclass, c.relkind, c.reloptions, c.relacl)
  FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
UNION ALL
SELECT 'constraint', format('%s %s %s', co.conrelid::regclass, co.conname, pg_get_constraintdef(co.oid))
  FROM members m JOIN pg_constraint co ON m.classid = 'pg_class'::regclass AND co.conrelid = m.objid
UNION ALL
SELECT 'index', pg_get_indexdef(i.indexrelid)
  FROM members m JOIN pg_index i ON m.classid = 'pg_class'::regclass AND i.indrelid = m.objid
UNION ALL
SELECT 'schema', format('%s acl=%s', n.nspname, n.nspacl)
  FROM members m JOIN pg_namespace n ON m.classid = 'pg_namespace'::regclass AND n.oid = m.objid
UNION ALL
SELECT 'dumped', format('%s where=%s', config::regclass, condition)
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS t(config, condition)
 WHERE e.extname = 'otp_pg'
"""


def schema_of(db) -> list:
    return sorted(tuple(row) for row in db.execute(SCHEMA_SNAPSHOT))


def extension_directory() -> str:
    bindir = os.environ.get("OTP_PG_BIN")
    if not bindir:
        pytest.fail("OTP_PG_BIN is not set: run the tests through scripts/test.sh")
    sharedir = subprocess.run([os.path.join(bindir, "pg_config"), "--sharedir"],
                              check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(sharedir, "extension")


@pytest.fixture
def databases(conn, dsn):
    """Creates databases on the test server and drops them afterwards."""
    made = []

    def make(tag):
        name = unique_name(tag).replace("-", "_")
        conn.execute(f"CREATE DATABASE {name}")
        made.append(name)
        return psycopg.connect(dsn, dbname=name, autocommit=True)

    yield make
    for name in made:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=PREVIOUS_RELEASES)
def previous_release(request):
    """Installs the old release's install script beside the current one."""
    version = request.param
    script = f"otp_pg--{version}.sql"
    target = os.path.join(extension_directory(), script)
    shutil.copyfile(os.path.join(HERE, "upgrade", script), target)
    os.chmod(target, 0o644)
    return version


def current_version(conn) -> str:
    return conn.execute("SELECT default_version FROM pg_available_extensions WHERE name = 'otp_pg'").fetchone()[0]


def test_update_path_reaches_the_current_version(conn, previous_release):
    current = current_version(conn)
    assert current != previous_release
    path = conn.execute("SELECT path FROM pg_extension_update_paths('otp_pg') WHERE source = %s AND target = %s",
                        (previous_release, current)).fetchone()
    assert path is not None and path[0] is not None, f"no update path from {previous_release} to {current}"


def test_upgraded_database_keeps_its_data_and_equals_a_fresh_install(conn, databases, previous_release):
    current = current_version(conn)
    with databases("upgraded") as old, databases("fresh") as fresh:
        old.execute(f"CREATE EXTENSION otp_pg VERSION '{previous_release}'")
        assert old.execute("SELECT extversion FROM pg_extension WHERE extname = 'otp_pg'").fetchone()[0] == previous_release

        # Fill it the way an application does under the old release.
        set_policy(old, "signup", code_length=8, ttl_seconds=900)
        # Rate counts taken under the old release keep counting (their rows change shape in 0.3.0).
        set_policy(old, "tight", identifier_limit=2, limit_window_seconds=3600)
        counted = unique_email("counted")
        for _ in range(2):
            initiate(old, counted, policy="tight")
        assert len(claim(old)) == 2  # out of the way of the claims below
        # Counts of earlier windows as 0.1.0/0.2.0 kept them, a row per window: the upgrade keeps
        # the latest window's row with the window before it as its previous hits, and drops older.
        rows_per_window = previous_release in ("0.1.0", "0.2.0")
        week = 604800  # one window for the whole test
        set_policy(old, "weekly", identifier_limit=4, limit_window_seconds=week)
        windowed = unique_email("windowed")
        current_start = old.execute(
            "SELECT to_timestamp(floor(extract(epoch FROM now()) / %(w)s) * %(w)s)", {"w": week}).fetchone()[0]
        for windows_back, hits in ((0, 1), (1, 100000), (2, 9)) if rows_per_window else ():
            old.execute(
                """INSERT INTO otp_private.rate_counter (policy, scope, subject, window_start, window_seconds, hits)
                   VALUES ('weekly', 'send_identifier', otp_normalize_identifier(%s, 'email'), %s, %s, %s)""",
                (windowed, current_start - timedelta(seconds=windows_back * week), week, hits))
        if not rows_per_window:
            old.execute(
                """INSERT INTO otp_private.rate_counter
                       (policy, scope, subject, window_start, window_seconds, hits, previous_hits)
                   VALUES ('weekly', 'send_identifier', otp_normalize_identifier(%s, 'email'), %s, %s, 1, 100000)""",
                (windowed, current_start, week))
        waiting = initiate(old, unique_email("waiting"))
        claimed_before = claim(old)
        assert [request["challenge_id"] for request in claimed_before] == [waiting["challenge_id"]]
        locked = initiate(old, unique_email("locked"), policy="signup")
        pending = initiate(old, unique_email("pending"))
        for _ in range(5):
            verify(old, locked["challenge_id"], "00000000")
        uri = old.execute("SELECT uri FROM otp_totp_enroll('user-1')").fetchone()[0]
        app = pyotp.parse_uri(uri)
        assert old.execute("SELECT otp_totp_confirm('user-1', %s)", (app.now(),)).fetchone()[0]
        recovery = [row[0] for row in old.execute("SELECT otp_recovery_codes_generate('user-1', 4)")]
        assert old.execute("SELECT otp_recovery_code_use('user-1', %s)", (recovery[0],)).fetchone()[0]
        policies = old.execute("SELECT * FROM otp_policies() ORDER BY name").fetchall()

        old.execute("ALTER EXTENSION otp_pg UPDATE")
        assert old.execute("SELECT extversion FROM pg_extension WHERE extname = 'otp_pg'").fetchone()[0] == current

        fresh.execute("CREATE EXTENSION otp_pg")
        upgraded_schema, fresh_schema = schema_of(old), schema_of(fresh)
        only_upgraded = sorted(set(upgraded_schema) - set(fresh_schema))
        only_fresh = sorted(set(fresh_schema) - set(upgraded_schema))
        assert not only_upgraded and not only_fresh, "upgraded and fresh schemas differ:\n" + "\n".join(
            [f"only upgraded: {row}" for row in only_upgraded] + [f"only fresh: {row}" for row in only_fresh])
        assert len(fresh_schema) > 100  # the snapshot saw the whole extension, not an empty query

        # The data came through and works under the new release.
        assert old.execute("SELECT * FROM otp_policies() ORDER BY name").fetchall() == policies
        assert sqlstate_of(old, "SELECT otp_initiate(%s, policy => 'tight')", (counted,))[0] == "OT429"
        assert old.execute(
            """SELECT window_start, hits, previous_hits FROM otp_private.rate_counter
                WHERE policy = 'weekly' AND subject = otp_normalize_identifier(%s, 'email')""",
            (windowed,)).fetchall() == [(current_start, 1, 100000)]
        # Refused by the previous window's weighted count alone (1 + 1 of this window fit in 4).
        assert sqlstate_of(old, "SELECT otp_initiate(%s, policy => 'weekly')", (windowed,))[0] == "OT429"
        result = verify(old, waiting["challenge_id"], claimed_before[0]["code"])
        assert (result["status"], result["identifier"]) == ("success", claimed_before[0]["identifier"])
        assert verify(old, locked["challenge_id"], "00000000")["status"] == "locked"
        assert old.execute("SELECT otp_totp_check('user-1', %s)", (app.at(time.time() - 30),)).fetchone()[0] is False
        assert old.execute("SELECT otp_totp_check('user-1', %s)", (app.at(time.time() + 30),)).fetchone()[0] is True
        assert old.execute("SELECT otp_recovery_codes_remaining('user-1')").fetchone()[0] == 3
        assert old.execute("SELECT otp_recovery_code_use('user-1', %s)", (recovery[0],)).fetchone()[0] is False

        # A request still pending from before the upgrade is claimed, released and claimed again.
        [request] = claim(old)
        assert request["challenge_id"] == pending["challenge_id"]
        assert old.execute("SELECT otp_release_delivery(%s)", (request["delivery_id"],)).fetchone()[0] is True
        assert [again["code"] for again in claim(old)] == [request["code"]]
        assert verify(old, pending["challenge_id"], request["code"])["status"] == "success"
        initiate(old, unique_email("uncounted"), policy="tight")  # the limit is per identifier


def test_grants_on_functions_whose_parameters_change_are_kept(conn, databases, previous_release):
    """otp_initiate and otp_verify take new parameters in 0.4.1 (a DROP and a CREATE): what was
    granted on them before the update is granted on them after it, and PUBLIC still gets nothing.
    A sender that could acknowledge one request can acknowledge a batch."""
    with login_role(conn, "upgrade_app") as role:
        with databases("grants") as old:
            old.execute(f"CREATE EXTENSION otp_pg VERSION '{previous_release}'")
            old.execute(f"GRANT EXECUTE ON FUNCTION otp_initiate(text, text, jsonb, text, inet),"
                        f" otp_verify(uuid, text, inet), otp_ack_delivery(bigint) TO {role}")
            old.execute("ALTER EXTENSION otp_pg UPDATE")
            granted = old.execute(
                """SELECT p.proname, has_function_privilege(%s, p.oid, 'EXECUTE'),
                          has_function_privilege('public', p.oid, 'EXECUTE')
                     FROM pg_proc p WHERE p.proname IN ('otp_initiate', 'otp_verify', 'otp_verify_link',
                                                        'otp_ack_deliveries', 'otp_claim_deliveries')
                    ORDER BY p.proname""", (role,)).fetchall()
            assert granted == [("otp_ack_deliveries", True, False), ("otp_claim_deliveries", False, False),
                               ("otp_initiate", True, False), ("otp_verify", True, False),
                               ("otp_verify_link", False, False)]
            old.execute(f"SET ROLE {role}")
            started = initiate(old, unique_email("granted"))
            assert verify(old, started["challenge_id"], "00000000")["status"] == "invalid_code"
            old.execute("RESET ROLE")
            old.execute(f"DROP OWNED BY {role}")
