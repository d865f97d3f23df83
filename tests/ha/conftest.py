"""otp_pg under Patroni (scripts/ha.sh): run once, not per PostgreSQL version, by its own line,

    OTP_PG_HA_BIN=/usr/lib/postgresql/15/bin python -m pytest tests/ha

(scripts/test.sh does it after the PostgreSQL 15 client tests; tests/conftest.py leaves this
directory out of theirs). The tests start clusters of their own, so the OTP_PG_DSN server that
tests/conftest.py prepares for the other tests is neither needed nor touched here.
"""

import pytest

from test_sender import mailbox  # noqa: F401 (a fixture: a real SMTP server on loopback)


@pytest.fixture(scope="session")
def extension():
    """Stands in for tests/conftest.py's: scripts/ha.sh start creates otp_pg in every cluster."""
