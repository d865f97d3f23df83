"""Client-side tests: a real PostgreSQL server with otp_pg, driven through psycopg.

scripts/test.sh starts one server per PostgreSQL version and points OTP_PG_DSN at it.
"""

import os

import psycopg
import pytest

from helpers import closed_afterwards

# The packages' tests install with apt, once, not per server: scripts/test.sh runs them on their own.
# The Patroni tests start clusters of their own and run once, not per version: by their own line
# (tests/ha/conftest.py).
collect_ignore = ["packages", "ha"]


def _dsn() -> str:
    dsn = os.environ.get("OTP_PG_DSN")
    if not dsn:
        pytest.exit("OTP_PG_DSN is not set: run these tests through scripts/test.sh", returncode=2)
    return dsn


@pytest.fixture(scope="session")
def dsn() -> str:
    return _dsn()


@pytest.fixture(scope="session", autouse=True)
def extension(dsn):
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("DROP EXTENSION IF EXISTS otp_pg CASCADE")
        conn.execute("CREATE EXTENSION otp_pg")
        version = conn.execute("SELECT current_setting('server_version_num')::int / 10000").fetchone()[0]
    print(f"\notp_pg client tests against PostgreSQL {version}")
    yield


@pytest.fixture
def conn(dsn):
    with psycopg.connect(dsn, autocommit=True) as connection:
        yield connection


@pytest.fixture
def connect(dsn):
    """Opens extra connections for tests that need several sessions; all closed afterwards."""
    yield from closed_afterwards(lambda **kwargs: psycopg.connect(dsn, **{"autocommit": True, **kwargs}))


@pytest.fixture
def empty_queue(conn):
    """Requests other tests left pending, leased ones among them, would be claimed first or fall due
    in the middle of a test that counts what it claims; start such a test without them."""
    conn.execute("UPDATE otp_private.delivery SET state = 'abandoned', sealed_code = NULL, sealed_link = NULL"
                 " WHERE state = 'pending'")
