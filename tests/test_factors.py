"""Authenticator-app factors against a real server: enrolment read back by pyotp, codes from pyotp
accepted, replay and older steps refused, skew, concurrent double use, lock-out and its expiry,
recovery codes, disable and re-enrol, events, and the QR code decoded by a QR reader."""

import json
import re
import time
import xml.etree.ElementTree as ElementTree

import numpy
import pyotp
import pytest
import zxingcpp

from helpers import run_together, sqlstate_of, unique_name


def scalar(conn, query, params=()):
    return conn.execute(query, params).fetchone()[0]


def enroll(conn, key, **options):
    arguments = "".join(f", {name} => %({name})s" for name in options)
    row = conn.execute(f"SELECT secret, uri FROM otp_totp_enroll(%(key)s{arguments})", {"key": key, **options}).fetchone()
    return row[0], pyotp.parse_uri(row[1])


def active_factor(conn, period=30):
    """A confirmed factor; returns (key, its pyotp twin, the time step used to confirm it)."""
    key = unique_name("user")
    _, app = enroll(conn, key, period=period)
    now = time.time()
    assert scalar(conn, "SELECT otp_totp_confirm(%s, %s)", (key, app.at(now)))
    return key, app, int(now // period)


def wait_for_next_step(period):
    time.sleep(period - time.time() % period + 0.05)


def test_enrolment_uri_reads_back_in_pyotp(conn):
    key = unique_name("user")
    secret, app = enroll(conn, key, account="alice@example.com", issuer="Example Co", digits=8, period=60, algorithm="SHA256")
    assert (app.secret, app.name, app.issuer) == (secret, "alice@example.com", "Example Co")
    assert (app.digits, app.interval, app.digest().name) == (8, 60, "sha256")
    # Pending: checks fail until the app proves it has the secret.
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, app.now())) is False
    assert scalar(conn, "SELECT otp_totp_confirm(%s, %s)", (key, "00000000")) is False
    assert scalar(conn, "SELECT otp_totp_confirm(%s, %s)", (key, app.now())) is True
    # The account defaults to the key.
    other = unique_name("plain")
    assert enroll(conn, other)[1].name == other


def test_replay_and_older_steps_are_refused(conn):
    key, app, confirmed_step = active_factor(conn, period=2)
    # The code used to confirm can't be used to log in.
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, app.at(confirmed_step * 2))) is False
    wait_for_next_step(2)
    code = app.now()
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, code)) is True
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, code)) is False  # replay
    # A code of the next step (within skew 1) is taken; after it, the current step's code is old.
    now = time.time()
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, app.at(now + 2))) is True
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, app.at(now))) is False


def test_skew_is_respected(conn):
    key, app, _ = active_factor(conn, period=30)
    if time.time() % 30 > 27:  # keep the server's step the same as ours for the checks below
        wait_for_next_step(30)
    now = time.time()
    assert scalar(conn, "SELECT otp_totp_check(%s, %s, 1)", (key, app.at(now + 60))) is False
    assert scalar(conn, "SELECT otp_totp_check(%s, %s, 2)", (key, app.at(now + 60))) is True
    assert scalar(conn, "SELECT otp_totp_check(%s, %s, 0)", (key, app.at(now + 90))) is False


def test_concurrent_double_use_gives_exactly_one_success(conn, connect):
    key, app, _ = active_factor(conn, period=30)
    code = app.at(time.time() + 30)  # next step: later than the one used to confirm
    results = run_together(connect, 12, lambda c: scalar(c, "SELECT otp_totp_check(%s, %s)", (key, code)))
    assert results.count(True) == 1 and results.count(False) == 11


def test_lock_out_and_its_expiry(conn):
    conn.execute("SET otp_pg.factor_max_failures = 3")
    conn.execute("SET otp_pg.factor_lockout = 2")
    key, app, _ = active_factor(conn, period=30)
    for _ in range(3):
        assert scalar(conn, "SELECT otp_totp_check(%s, '000000')", (key,)) is False
    next_code = app.at(time.time() + 30)
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, next_code)) is False  # locked: not compared
    time.sleep(2.1)
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, next_code)) is True
    conn.execute("RESET otp_pg.factor_max_failures")
    conn.execute("RESET otp_pg.factor_lockout")


def wrong_for_window(app) -> str:
    """A code that matches none of the steps a check with skew 1 looks at."""
    now = time.time()
    window = {app.at(now + offset) for offset in (-60, -30, 0, 30, 60)}
    return next(code for code in (f"{n:06d}" for n in range(1000)) if code not in window)


@pytest.mark.parametrize("pause, locked", [(0.0, True), (1.2, False)])
def test_failures_count_only_within_the_failure_window(conn, pause, locked):
    conn.execute("SET otp_pg.factor_max_failures = 2")
    conn.execute("SET otp_pg.factor_failure_window = 1")
    conn.execute("SET otp_pg.factor_lockout = 600")
    try:
        key, app, _ = active_factor(conn, period=30)
        assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, wrong_for_window(app))) is False
        time.sleep(pause)  # past the window, the count starts again
        assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, wrong_for_window(app))) is False
        next_code = app.at(time.time() + 30)
        assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, next_code)) is (not locked)
    finally:
        for setting in ("factor_max_failures", "factor_failure_window", "factor_lockout"):
            conn.execute(f"RESET otp_pg.{setting}")


def test_application_roles_cannot_loosen_the_lock_out(conn):
    role = unique_name("app").replace("-", "_")
    conn.execute(f"CREATE ROLE {role}")
    try:
        conn.execute(f"SET ROLE {role}")
        state, _ = sqlstate_of(conn, "SET otp_pg.factor_max_failures = 1000")
        assert state == "42501"
    finally:
        conn.execute("RESET ROLE")
        conn.execute(f"DROP ROLE {role}")


def test_recovery_codes(conn):
    key, _, _ = active_factor(conn)
    codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s)", (key,))]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(re.fullmatch(r"[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}", code) for code in codes)
    assert scalar(conn, "SELECT otp_recovery_codes_remaining(%s)", (key,)) == 10

    typed = codes[3].upper().replace("-", " ")
    assert scalar(conn, "SELECT otp_recovery_code_use(%s, %s)", (key, typed)) is True
    assert scalar(conn, "SELECT otp_recovery_code_use(%s, %s)", (key, codes[3])) is False  # single use
    assert scalar(conn, "SELECT otp_recovery_code_use(%s, 'not-a-code')", (key,)) is False
    assert scalar(conn, "SELECT otp_recovery_codes_remaining(%s)", (key,)) == 9
    # Another key's code is no good here.
    other, _, _ = active_factor(conn)
    other_codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, 3)", (other,))]
    assert scalar(conn, "SELECT otp_recovery_code_use(%s, %s)", (key, other_codes[0])) is False
    # Regenerating replaces the old set.
    fresh = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, 4)", (key,))]
    assert scalar(conn, "SELECT otp_recovery_code_use(%s, %s)", (key, codes[0])) is False
    assert scalar(conn, "SELECT otp_recovery_code_use(%s, %s)", (key, fresh[0])) is True
    assert scalar(conn, "SELECT otp_recovery_codes_remaining(%s)", (key,)) == 3


def test_concurrent_recovery_code_use_succeeds_once(conn, connect):
    key, _, _ = active_factor(conn)
    code = scalar(conn, "SELECT otp_recovery_codes_generate(%s, 1)", (key,))
    results = run_together(connect, 8, lambda c: scalar(c, "SELECT otp_recovery_code_use(%s, %s)", (key, code)))
    assert results.count(True) == 1


def test_recovery_failures_count_towards_the_lock_out(conn):
    conn.execute("SET otp_pg.factor_max_failures = 2")
    key, app, _ = active_factor(conn)
    code = scalar(conn, "SELECT otp_recovery_codes_generate(%s, 1)", (key,))
    for _ in range(2):
        assert scalar(conn, "SELECT otp_recovery_code_use(%s, 'aaaaa-aaaaa')", (key,)) is False
    assert scalar(conn, "SELECT otp_recovery_code_use(%s, %s)", (key, code)) is False
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, app.at(time.time() + 30))) is False
    conn.execute("RESET otp_pg.factor_max_failures")


def test_disable_and_re_enrol(conn):
    key, app, _ = active_factor(conn)
    conn.execute("SELECT otp_recovery_codes_generate(%s, 2)", (key,))
    assert sqlstate_of(conn, "SELECT otp_totp_enroll(%s)", (key,))[0] == "OT409"
    assert scalar(conn, "SELECT otp_totp_disable(%s)", (key,)) is True
    assert scalar(conn, "SELECT otp_totp_disable(%s)", (key,)) is False
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, app.at(time.time() + 30))) is False
    assert scalar(conn, "SELECT otp_recovery_codes_remaining(%s)", (key,)) == 0
    secret, fresh = enroll(conn, key)
    assert secret != app.secret
    assert scalar(conn, "SELECT otp_totp_confirm(%s, %s)", (key, fresh.now())) is True


def test_enrolling_again_replaces_a_pending_factor(conn):
    key = unique_name("user")
    _, first = enroll(conn, key)
    _, second = enroll(conn, key)
    assert first.secret != second.secret
    assert scalar(conn, "SELECT otp_totp_confirm(%s, %s)", (key, second.now())) is True


def test_unknown_keys_give_false(conn):
    key = unique_name("nobody")
    for query in [
        "SELECT otp_totp_check(%s, '123456')",
        "SELECT otp_totp_confirm(%s, '123456')",
        "SELECT otp_recovery_code_use(%s, 'aaaaa-aaaaa')",
        "SELECT otp_totp_disable(%s)",
    ]:
        assert scalar(conn, query, (key,)) is False, query
    assert scalar(conn, "SELECT otp_recovery_codes_remaining(%s)", (key,)) == 0


def test_factor_changes_are_recorded_and_announced(conn, connect):
    listener = connect()
    listener.execute("LISTEN otp_event")
    key = unique_name("events")
    _, app = enroll(conn, key)
    conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, app.now()))
    codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, 2)", (key,))]
    conn.execute("SELECT otp_recovery_code_use(%s, %s)", (key, codes[0]))
    conn.execute("SELECT otp_recovery_code_use(%s, %s)", (key, "wrong-code"))
    conn.execute("SELECT otp_totp_disable(%s)", (key,))
    # otp_pg.event_notifications' default announces the changes, not the failed use.
    notified = [json.loads(notify.payload) for notify in listener.notifies(timeout=3, stop_after=5)]
    expected = ["factor_enrolled", "factor_confirmed", "recovery_codes_generated", "recovery_code_used",
                "recovery_code_failed", "factor_disabled"]
    # Anyone connected can listen, so a notification names no key; it names the row to re-read,
    # and the table is the truth.
    assert all(set(n) == {"event_id", "event"} for n in notified), notified
    recorded = conn.execute(
        "SELECT event_id, event, key FROM otp_events WHERE key = %s ORDER BY event_id", (key,)).fetchall()
    assert [event for _, event, _ in recorded] == expected
    assert [(n["event_id"], n["event"]) for n in notified] == [
        (event_id, event) for event_id, event, _ in recorded if event != "recovery_code_failed"]
    text = json.dumps(notified) + repr(recorded)
    assert codes[0] not in text and codes[1] not in text


def test_secrets_and_recovery_codes_are_not_stored_in_plain_text(conn):
    key = unique_name("atrest")
    secret, app = enroll(conn, key)
    conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, app.now()))
    codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, 5)", (key,))]
    raw_secret = bytes(conn.execute("SELECT otp_base32_decode(%s)", (secret,)).fetchone()[0])
    needles = [secret.encode(), raw_secret] + [c.encode() for c in codes] + [c.replace("-", "").upper().encode() for c in codes]
    for table in ["totp_factor", "recovery_code"]:
        for row in conn.execute(f"SELECT * FROM otp_private.{table} WHERE key = %s", (key,)):
            for value in row:
                blob = bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode()
                assert not any(needle in blob for needle in needles), f"secret material in {table}"


def test_key_rotation_keeps_factors_working(conn):
    key, app, _ = active_factor(conn)
    conn.execute("SELECT otp_rotate_server_key()")
    assert scalar(conn, "SELECT otp_totp_check(%s, %s)", (key, app.at(time.time() + 30))) is True


def qr_matrix(svg: str) -> numpy.ndarray:
    """Rasterises the SVG's module path, 8 pixels per module."""
    root = ElementTree.fromstring(svg)  # also proves it is well-formed XML
    namespace = "{http://www.w3.org/2000/svg}"
    size = int(root.get("viewBox").split()[2])
    path = root.find(f"{namespace}path").get("d")
    image = numpy.full((size * 8, size * 8), 255, dtype=numpy.uint8)
    for x, y, run in re.findall(r"M(\d+),(\d+)h(\d+)v1h-\d+z", path):
        x, y, run = int(x), int(y), int(run)
        image[y * 8 : (y + 1) * 8, x * 8 : (x + run) * 8] = 0
    return image


@pytest.mark.parametrize(
    "account,issuer",
    [("alice@example.com", "Example Co"), ("Zoë Ångström", "Ünïcode"), ("x" * 200, "y" * 200)],
)
def test_qr_svg_decodes_back_to_the_uri(conn, account, issuer):
    secret = scalar(conn, "SELECT otp_generate_secret(32)")
    uri = scalar(conn, "SELECT otp_totp_uri(%s, %s, %s, 8, 60, 'sha512')", (secret, account, issuer))
    svg = scalar(conn, "SELECT otp_totp_qr_svg(%s)", (uri,))
    # Only QR codes: a dense random module pattern can now and then also pass
    # for a short linear barcode, which says nothing about the QR code.
    decoded = zxingcpp.read_barcodes(qr_matrix(svg), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [result.text for result in decoded] == [uri]


def test_null_results(conn):
    assert scalar(conn, "SELECT otp_recovery_codes_remaining(NULL)") is None
    assert scalar(conn, "SELECT otp_totp_qr_svg(NULL)") is None
