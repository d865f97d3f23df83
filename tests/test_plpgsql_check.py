"""plpgsql_check over every PL/pgSQL function of the installed otp_pg: a typo, an ambiguous column
reference, a missing table or column, a wrong argument type or an unused or shadowing variable
fails here, before any test happens to take the path that hits it.

PL/pgSQL checks a body only when a statement runs, so these mistakes otherwise surface one path
at a time. scripts/setup.sh installs Debian's postgresql-15-plpgsql-check, which serves the
PostgreSQL 15 the tests use; the other versions have no such package, and there the test is
skipped and says so.
"""

import pytest

# plpgsql_check's levels: 'error', 'warning' (e.g. an unused variable, a variable shadowing a
# column or another variable, a dead branch), 'warning extra' (e.g. an unused parameter, a
# never-read variable) and 'performance' (e.g. an implicit cast that hides an index). The first
# three fail the test; performance hints are about plans, not mistakes, and are not asked for.
CHECK_OPTIONS = """
    fatal_errors => false,
    other_warnings => true,
    extra_warnings => true,
    performance_warnings => false,
    security_warnings => true
"""

# Every PL/pgSQL function that belongs to otp_pg (a member of the extension, deptype 'e'), with
# the tables whose triggers call it (plpgsql_check needs one to check a trigger function).
EXTENSION_FUNCTIONS = """
    SELECT p.oid, p.oid::regprocedure::text AS name, coalesce(t.tgrelid, 0) AS relid,
           t.tgrelid::regclass::text AS table_name, p.prorettype = 'trigger'::regtype AS is_trigger
    FROM pg_proc p
    JOIN pg_language l ON l.oid = p.prolang AND l.lanname = 'plpgsql'
    JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
                    AND d.refclassid = 'pg_extension'::regclass
    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'otp_pg'
    LEFT JOIN pg_trigger t ON t.tgfoid = p.oid AND NOT t.tgisinternal
    ORDER BY 2, 3
"""


@pytest.fixture(scope="module")
def checker(dsn):
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        version = conn.execute("SELECT current_setting('server_version_num')::int / 10000").fetchone()[0]
        available = conn.execute(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'plpgsql_check'"
        ).fetchone()
        if not available:
            pytest.skip(
                f"plpgsql_check is not installed in PostgreSQL {version}'s tree "
                "(Debian packages it for PostgreSQL 15 only; scripts/setup.sh installs that one)"
            )
        created = not conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'plpgsql_check'").fetchone()
        if created:
            conn.execute("CREATE EXTENSION plpgsql_check")
        try:
            yield conn
        finally:
            # Leave the database as the other tests expect it (dumps and upgrades compare it).
            if created:
                conn.execute("DROP EXTENSION plpgsql_check")


def findings_of(conn, oid, relid):
    return conn.execute(
        f"""
        SELECT level, lineno, sqlstate, message, detail, hint, query
        FROM plpgsql_check_function_tb(%s::oid::regprocedure, %s::oid::regclass, {CHECK_OPTIONS})
        """,
        (oid, relid),
    ).fetchall()


def describe(name, table_name, finding) -> str:
    level, lineno, sqlstate, message, detail, hint, query = finding
    where = f"{name}" + (f" (trigger on {table_name})" if table_name else "") + (f", line {lineno}" if lineno else "")
    text = f"{where}: {level} {sqlstate}: {message}"
    for label, value in (("detail", detail), ("hint", hint), ("query", query)):
        if value:
            text += f"\n      {label}: {' '.join(value.split())}"
    return text


def test_every_plpgsql_function_of_otp_pg_passes_plpgsql_check(checker):
    functions = checker.execute(EXTENSION_FUNCTIONS).fetchall()
    assert functions, "otp_pg has no PL/pgSQL function: the query above no longer finds them"
    problems = []
    for oid, name, relid, table_name, is_trigger in functions:
        if is_trigger and not relid:
            problems.append(f"{name}: a trigger function no trigger uses, so plpgsql_check cannot check it")
            continue
        for finding in findings_of(checker, oid, relid):
            problems.append(describe(name, table_name, finding))
    assert not problems, (
        f"plpgsql_check found {len(problems)} problem(s) in otp_pg's {len(functions)} PL/pgSQL functions:\n  "
        + "\n  ".join(problems)
    )
