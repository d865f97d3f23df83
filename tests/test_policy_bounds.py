"""The bounds of policy settings are defined once, in src/api/policies.rs (otp_private.policy_bounds(),
send_guard_bounds(), device_policy_bounds()): the CHECK constraints of the tables and the tables in
docs/ must say the same."""

import pathlib
import re

import pytest

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture
def bounds(conn):
    rows = conn.execute("SELECT setting, low, high FROM otp_private.policy_bounds()").fetchall()
    assert len(rows) == 9
    return {setting: (low, high) for setting, low, high in rows}


def test_the_tables_check_constraints_are_the_bounds(conn, bounds):
    constraints = {}
    for (definition,) in conn.execute(
        "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c"
        " WHERE c.conrelid = 'otp_private.policy'::regclass AND c.contype = 'c'"
    ):
        found = re.fullmatch(r"CHECK \(\(\((\w+) >= (\d+)\) AND \((\w+) <= (\d+)\)\)\)", definition)
        if found:
            assert found.group(1) == found.group(3)
            constraints[found.group(1)] = (int(found.group(2)), int(found.group(4)))
    assert constraints == bounds


@pytest.mark.parametrize("page", ["usage.md", "reference.md"])
def test_the_docs_give_the_bounds(bounds, page):
    text = (DOCS / page).read_text()
    shown = {name: (int(low), int(high))
             for name, low, high in re.findall(r"`(\w+)` \| [^|]* \| (\d+)-(\d+) \|", text) if name in bounds}
    assert shown == bounds, f"docs/{page} shows other bounds than policy_bounds()"


def test_each_bound_is_enforced_with_an_error_naming_the_setting(conn, bounds):
    for setting, (low, high) in bounds.items():
        for value in (low - 1, high + 1):
            with pytest.raises(Exception) as refusal:
                conn.execute(f"SELECT otp_set_policy('bounds_test', {setting} => {value})")
            assert refusal.value.sqlstate == "22023"
            assert refusal.value.diag.message_primary == f"{setting} must be between {low} and {high} (got {value})"
        conn.execute(f"SELECT otp_set_policy('bounds_test', {setting} => {high})")
        conn.execute(f"SELECT otp_set_policy('bounds_test', {setting} => {low})")
    conn.execute("DELETE FROM otp_private.policy WHERE name = 'bounds_test'")


@pytest.fixture
def guard_bounds(conn):
    rows = conn.execute("SELECT setting, low, high FROM otp_private.send_guard_bounds()").fetchall()
    assert len(rows) == 7
    return {setting: (low, high) for setting, low, high in rows}


def test_the_send_guard_table_checks_the_guard_bounds(conn, guard_bounds):
    constraints = {}
    for (definition,) in conn.execute(
        "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c"
        " WHERE c.conrelid = 'otp_private.send_guard'::regclass AND c.contype = 'c'"
    ):
        found = re.fullmatch(r"CHECK \(\(\((\w+) >= (\d+)\) AND \((\w+) <= (\d+)\)\)\)", definition)
        if found:
            constraints[found.group(1)] = (int(found.group(2)), int(found.group(4)))
    assert constraints == guard_bounds


def test_the_reference_gives_the_guard_bounds(guard_bounds):
    text = (DOCS / "reference.md").read_text()
    shown = {name: (int(low), int(high))
             for name, low, high in re.findall(r"`(\w+)` \| [^|]* \| (\d+)-(\d+) \|", text) if name in guard_bounds}
    assert shown == guard_bounds, "docs/reference.md shows other bounds than send_guard_bounds()"


def test_each_guard_bound_is_enforced_with_an_error_naming_the_setting(conn, guard_bounds):
    conn.execute("SELECT otp_set_policy('guard_bounds_test')")
    for setting, (low, high) in guard_bounds.items():
        for value in (low - 1, high + 1):
            with pytest.raises(Exception) as refusal:
                conn.execute(f"SELECT otp_set_send_guard('guard_bounds_test', {setting} => {value})")
            assert refusal.value.sqlstate == "22023"
            assert refusal.value.diag.message_primary == f"{setting} must be between {low} and {high} (got {value})"
        conn.execute(f"SELECT otp_set_send_guard('guard_bounds_test', {setting} => {high})")
        conn.execute(f"SELECT otp_set_send_guard('guard_bounds_test', {setting} => {low})")
    conn.execute("SELECT otp_remove_send_guard('guard_bounds_test')")
    conn.execute("DELETE FROM otp_private.policy WHERE name = 'guard_bounds_test'")


@pytest.fixture
def device_bounds(conn):
    rows = conn.execute("SELECT setting, low, high FROM otp_private.device_policy_bounds()").fetchall()
    assert len(rows) == 2
    return {setting: (low, high) for setting, low, high in rows}


def test_the_device_policy_table_checks_the_device_bounds(conn, device_bounds):
    constraints = {}
    for (definition,) in conn.execute(
        "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c"
        " WHERE c.conrelid = 'otp_private.device_policy'::regclass AND c.contype = 'c'"
    ):
        found = re.fullmatch(r"CHECK \(\(\((\w+) >= (\d+)\) AND \((\w+) <= (\d+)\)\)\)", definition)
        if found:
            constraints[found.group(1)] = (int(found.group(2)), int(found.group(4)))
    assert constraints == device_bounds


def test_the_reference_gives_the_device_bounds(device_bounds):
    text = (DOCS / "reference.md").read_text()
    shown = {name: (int(low), int(high))
             for name, low, high in re.findall(r"`(\w+)` \| [^|]* \| (\d+)-(\d+) \|", text) if name in device_bounds}
    assert shown == device_bounds, "docs/reference.md shows other bounds than device_policy_bounds()"


def test_each_device_bound_is_enforced_with_an_error_naming_the_setting(conn, device_bounds):
    for setting, (low, high) in device_bounds.items():
        for value in (low - 1, high + 1):
            with pytest.raises(Exception) as refusal:
                conn.execute(f"SELECT otp_set_device_policy('device_bounds_test', {setting} => {value})")
            assert refusal.value.sqlstate == "22023"
            assert refusal.value.diag.message_primary == f"{setting} must be between {low} and {high} (got {value})"
        conn.execute(f"SELECT otp_set_device_policy('device_bounds_test', {setting} => {high})")
        conn.execute(f"SELECT otp_set_device_policy('device_bounds_test', {setting} => {low})")
    conn.execute("DELETE FROM otp_private.device_policy WHERE policy = 'device_bounds_test'")
