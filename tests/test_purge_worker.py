"""The background worker purges by itself when otp_pg is in shared_preload_libraries."""

import time

import psycopg
import pytest

from clusters import ServerGroup
from helpers import initiate, poll_until, set_policy, unique_email, unique_name


def test_worker_purges_expired_challenges(conn):
    workers = conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'otp_pg purge'"
    ).fetchone()[0]
    assert workers == 1, "the purge worker is not running (is otp_pg in shared_preload_libraries?)"

    worker_purges_an_expired_challenge(conn)


def worker_purges_an_expired_challenge(conn):
    """Starts a challenge that expires at once, turns the worker on and waits until it is gone."""
    policy = set_policy(conn, ttl_seconds=1, retention_seconds=0)
    started = initiate(conn, unique_email("worker"), policy=policy)
    exists = "SELECT count(*) FROM otp_private.challenge WHERE challenge_id = %s"
    assert conn.execute(exists, (started["challenge_id"],)).fetchone()[0] == 1
    conn.execute("ALTER SYSTEM SET otp_pg.purge_interval = 1")
    conn.execute("SELECT pg_reload_conf()")
    try:
        poll_until(lambda: conn.execute(exists, (started["challenge_id"],)).fetchone()[0] == 0, 20,
                   "the purge worker", interval=0.2)
    finally:
        conn.execute("ALTER SYSTEM RESET otp_pg.purge_interval")
        conn.execute("SELECT pg_reload_conf()")


def test_worker_records_rolled_back_attempts_when_woken(conn):
    """Aborts that leave many subjects on the attempt ledger wake the worker, which records them at
    once (its next round is an hour away here): a victim's five rolled-back failures lock its key
    without a check of it, and the ledger empties."""
    from test_attacks import enrolled

    key = unique_name("woken")
    enrolled(conn, key)
    conn.execute("ALTER SYSTEM SET otp_pg.purge_interval = 3600")
    conn.execute("SELECT pg_reload_conf()")
    try:
        time.sleep(1)  # the reload wakes the worker, which purges once and sleeps for an hour
        conn.execute("SET otp_pg.require_autocommit = off")
        for _ in range(5):
            with pytest.raises(psycopg.errors.InvalidTextRepresentation):
                conn.execute("SELECT (r::text || 'x')::integer FROM otp_totp_check(%s, '000000') r", (key,))
        with pytest.raises(psycopg.errors.DivisionByZero):
            conn.execute("SELECT 1 / (count(otp_totp_check(%s || g, '000000')) * 0) FROM generate_series(1, 100) g",
                         (unique_name("wake"),))
        locked = "SELECT (otp_factor_status(%s)).locked_until IS NOT NULL"
        poll_until(lambda: conn.execute(locked, (key,)).fetchone()[0], 20, "the woken purge worker", interval=0.2)
        assert conn.execute("SELECT count(*) FROM otp_private.subjects_taken_back(10000)").fetchone()[0] == 0
    finally:
        conn.execute("ALTER SYSTEM RESET otp_pg.purge_interval")
        conn.execute("SELECT pg_reload_conf()")


# Objects a database owner can plant where the superuser's name resolution would find them: each
# records who called it and tries to make the owner a superuser. quote_ident(name) and =(oid,
# regclass) are better type matches than pg_catalog's for what a catalog query passes them, and
# otp_purge(integer DEFAULT 0) makes an unqualified or schema-qualified call of otp_purge()
# ambiguous.
PLANTS = """
CREATE TABLE IF NOT EXISTS public.planted_calls (called_as text, by_superuser boolean);
GRANT INSERT ON public.planted_calls TO PUBLIC;
CREATE OR REPLACE FUNCTION {schema}.planted(label text) RETURNS boolean LANGUAGE plpgsql AS $body$
BEGIN
    INSERT INTO public.planted_calls
    VALUES (label || ' as ' || current_user, (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user));
    BEGIN
        EXECUTE 'ALTER ROLE {owner} SUPERUSER';
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
    RETURN true;
END
$body$;
CREATE FUNCTION {schema}.quote_ident(name) RETURNS text LANGUAGE sql
    AS $body$ SELECT CASE WHEN {schema}.planted('quote_ident') THEN pg_catalog.quote_ident($1::text) END $body$;
CREATE FUNCTION {schema}.planted_eq(oid, regclass) RETURNS boolean LANGUAGE sql
    AS $body$ SELECT {schema}.planted('=') AND $1 OPERATOR(pg_catalog.=) $2::oid $body$;
CREATE OPERATOR {schema}.= (LEFTARG = oid, RIGHTARG = regclass, FUNCTION = {schema}.planted_eq);
CREATE FUNCTION {schema}.otp_purge(integer DEFAULT 0) RETURNS bigint LANGUAGE sql
    AS $body$ SELECT CASE WHEN {schema}.planted('otp_purge') THEN 0::bigint END $body$;
"""


def test_worker_runs_no_object_the_database_owner_planted(conn, connect):
    """The attack on 0.3.0: the non-superuser owner of the purge database planted quote_ident(name)
    in public and the worker, connected as the bootstrap superuser, ran it: the owner made itself
    superuser within seconds. The same objects go in public (where otp_pg lives) and in a schema
    named after the worker's superuser, the "$user" entry of the default search_path."""
    owner = unique_name("dbowner").replace("-", "_")
    superuser = conn.execute("SELECT rolname FROM pg_roles WHERE oid = 10").fetchone()[0]
    database = conn.execute("SELECT current_database()").fetchone()[0]
    assert database == conn.execute("SHOW otp_pg.purge_database").fetchone()[0]
    conn.execute(f"CREATE ROLE {owner} LOGIN")
    conn.execute(f'ALTER DATABASE "{database}" OWNER TO {owner}')
    # PostgreSQL 14 lets every role create in public; 15 and later let the database owner.
    conn.execute(f"GRANT CREATE ON SCHEMA public TO {owner}")
    attacker = connect(user=owner)
    try:
        attacker.execute(f'CREATE SCHEMA "{superuser}"')
        for schema in ("public", f'"{superuser}"'):
            attacker.execute(PLANTS.format(schema=schema, owner=owner))
        attacker.execute(f"ALTER DATABASE \"{database}\" SET search_path = '$user', public")

        worker_purges_an_expired_challenge(conn)  # despite the planted objects
        assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (owner,)).fetchone()[0] is False
        assert conn.execute("SELECT array_agg(called_as) FROM public.planted_calls").fetchone()[0] is None
    finally:
        attacker.close()
        conn.execute(f'ALTER DATABASE "{database}" OWNER TO {superuser}')
        conn.execute(f'ALTER DATABASE "{database}" RESET search_path')
        conn.execute(f'DROP SCHEMA IF EXISTS "{superuser}" CASCADE')
        conn.execute("DROP TABLE IF EXISTS public.planted_calls")
        for signature in ("quote_ident(name)", "planted(text)", "planted_eq(oid, regclass)", "otp_purge(integer)"):
            conn.execute(f"DROP FUNCTION IF EXISTS public.{signature} CASCADE")
        conn.execute(f"REVOKE CREATE ON SCHEMA public FROM {owner}")
        conn.execute(f"DROP ROLE {owner}")



def test_worker_purges_whatever_the_database_owner_sets_for_the_database():
    """The owner of the purge database set default_transaction_read_only = on for it: from the
    worker's next connection on (a server restart), every purge failed and nothing was purged.
    A server of its own, since the worker takes the database's settings only when it connects."""
    with ServerGroup() as group:
        server = group.create("purge", {"shared_preload_libraries": "otp_pg", "otp_pg.purge_interval": "1"})
        server.start()
        server.create_extension()
        with server.connect() as conn:
            conn.execute("CREATE ROLE dbowner LOGIN")
            conn.execute("ALTER DATABASE postgres OWNER TO dbowner")
        with server.connect(user="dbowner") as owner:
            for setting in ("default_transaction_read_only = on", "statement_timeout = 1", "lock_timeout = 1",
                            "idle_in_transaction_session_timeout = 1"):
                owner.execute(f"ALTER DATABASE postgres SET {setting}")
        server.stop()
        server.start()
        with server.connect(options="-c default_transaction_read_only=off -c statement_timeout=0") as conn:
            policy = set_policy(conn, ttl_seconds=1, retention_seconds=0)
            started = initiate(conn, unique_email("readonly"), policy=policy)
            exists = "SELECT count(*) FROM otp_private.challenge WHERE challenge_id = %s"
            try:
                poll_until(lambda: conn.execute(exists, (started["challenge_id"],)).fetchone()[0] == 0, 30,
                           "the purge worker despite the database's settings", interval=0.2)
            except AssertionError as error:
                raise AssertionError(f"{error}; the server's log:\n{server.log()[-3000:]}") from None
