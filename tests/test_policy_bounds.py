"""The bounds of policy settings are defined once, in src/api/policies.rs (otp_private.policy_bounds(),
send_guard_bounds(), device_policy_bounds(), token_policy_bounds()): the CHECK constraints of the
tables and the tables in docs/ must say the same, and each bound is enforced with an error that
names the setting."""

import pathlib
import re
from dataclasses import dataclass

import pytest

from helpers import public_schema_closed

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"


@dataclass
class Settings:
    bounds_function: str
    count: int
    table: str
    section: str     # the heading of docs/reference.md whose table gives the bounds
    pages: tuple     # other pages whose only bounds table is this one
    set_sql: str     # sets {setting} => {value} on a test policy named bounds_test
    cleanup: str


KINDS = {
    "policy": Settings("policy_bounds", 9, "otp_private.policy", "Policies and housekeeping", ("usage.md",),
                       "SELECT otp_set_policy('bounds_test', {setting} => {value})",
                       "DELETE FROM otp_private.policy WHERE name = 'bounds_test'"),
    "send guard": Settings("send_guard_bounds", 7, "otp_private.send_guard", "SMS pumping guard", (),
                           "SELECT otp_set_policy('bounds_test'); "
                           "SELECT otp_set_send_guard('bounds_test', {setting} => {value})",
                           "DELETE FROM otp_private.send_guard WHERE policy = 'bounds_test'; "
                           "DELETE FROM otp_private.policy WHERE name = 'bounds_test'"),
    "device policy": Settings("device_policy_bounds", 2, "otp_private.device_policy", "Trusted devices", (),
                              "SELECT otp_set_device_policy('bounds_test', {setting} => {value})",
                              "DELETE FROM otp_private.device_policy WHERE policy = 'bounds_test'"),
    "token policy": Settings("token_policy_bounds", 1, "otp_private.token_policy", "Signed tokens", (),
                             "SELECT otp_set_policy('bounds_test'); "
                             "DO $$ BEGIN CREATE ROLE otp_bounds_web NOLOGIN; EXCEPTION WHEN duplicate_object THEN END $$; "
                             "SELECT otp_set_token_policy('bounds_test', 'otp_bounds_web', {setting} => {value})",
                             "DELETE FROM otp_private.token_policy WHERE policy = 'bounds_test'; "
                             "DELETE FROM otp_private.policy WHERE name = 'bounds_test'; DROP ROLE IF EXISTS otp_bounds_web"),
}


def shown_bounds(text: str, names) -> dict:
    return {name: (int(low), int(high))
            for name, low, high in re.findall(r"`(\w+)` \| [^|]* \| (\d+)-(\d+) \|", text) if name in names}


def reference_section(heading: str) -> str:
    text = (DOCS / "reference.md").read_text()
    start = text.index(f"\n## {heading}")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else len(text)]


@pytest.fixture(params=list(KINDS))
def kind(request, conn):
    settings = KINDS[request.param]
    rows = conn.execute(f"SELECT setting, low, high FROM otp_private.{settings.bounds_function}()").fetchall()
    assert len(rows) == settings.count
    return settings, {setting: (low, high) for setting, low, high in rows}


def test_the_tables_check_constraints_are_the_bounds(conn, kind):
    settings, bounds = kind
    constraints = {}
    for (definition,) in conn.execute(
        "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.conrelid = %s::regclass AND c.contype = 'c'",
        (settings.table,),
    ):
        found = re.fullmatch(r"CHECK \(\(\((\w+) >= (\d+)\) AND \((\w+) <= (\d+)\)\)\)", definition)
        if found:
            assert found.group(1) == found.group(3)
            constraints[found.group(1)] = (int(found.group(2)), int(found.group(4)))
    assert constraints == bounds


def test_the_docs_give_the_bounds(kind):
    settings, bounds = kind
    assert shown_bounds(reference_section(settings.section), bounds) == bounds, \
        f"docs/reference.md ({settings.section}) shows other bounds than {settings.bounds_function}()"
    for page in settings.pages:
        assert shown_bounds((DOCS / page).read_text(), bounds) == bounds, f"docs/{page} shows other bounds"


def test_each_bound_is_enforced_with_an_error_naming_the_setting(conn, kind):
    settings, bounds = kind
    with public_schema_closed(conn):  # a token policy's role may create nowhere
        try:
            for setting, (low, high) in bounds.items():
                for value in (low - 1, high + 1):
                    with pytest.raises(Exception) as refusal:
                        conn.execute(settings.set_sql.format(setting=setting, value=value))
                    assert refusal.value.sqlstate == "22023"
                    assert refusal.value.diag.message_primary == f"{setting} must be between {low} and {high} (got {value})"
                for value in (high, low):
                    conn.execute(settings.set_sql.format(setting=setting, value=value))
        finally:
            conn.execute(settings.cleanup)
