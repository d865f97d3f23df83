"""The otp_pg demo, run by scripts/demo.sh: a login flow end to end against a real PostgreSQL, a
real SMTP server on loopback, a stand-in SMS gateway and the reference sender.

    python scripts/demo.py DSN    (DSN: libpq connection string of a database where otp_pg may be created)

Prints what happens as it goes; exits 0 only if every step did what it should."""

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ElementTree
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import psycopg
import pyotp
from aiosmtpd.controller import Controller
from psycopg.rows import dict_row

SENDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "otp_sender.py")


class DemoFailed(Exception):
    pass


def step(text):
    print(f"\n\033[1;32m==>\033[0m \033[1m{text}\033[0m", flush=True)


def show(text):
    print(f"    {text}", flush=True)


def check(condition, failure):
    if not condition:
        raise DemoFailed(failure)


def wait_for(what, condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise DemoFailed(f"waited {timeout:.0f} s for {what}")


class Inbox:
    """The SMTP server's handler: every message that arrives, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def for_address(self, address):
        return [m for m in self.messages if m["To"] == address]


class SmsGateway(BaseHTTPRequestHandler):
    """Stands in for an SMS provider's HTTP API: accepts a JSON POST per message."""

    received = []

    def do_POST(self):
        SmsGateway.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(202)
        self.end_headers()

    def log_message(self, *arguments):
        pass


def qr_in_terminal(svg):
    """Draws the SVG's modules with half-block characters, two module rows per line."""
    root = ElementTree.fromstring(svg)
    size = int(root.get("viewBox").split()[2])
    dark = [[False] * size for _ in range(size)]
    for path in root.iter("{http://www.w3.org/2000/svg}path"):
        for x, y, run in re.findall(r"M(\d+),(\d+)h(\d+)", path.get("d")):
            for column in range(int(x), int(x) + int(run)):
                dark[int(y)][column] = True
    blocks = {(False, False): "\u2588", (True, False): "\u2584", (False, True): "\u2580", (True, True): " "}
    for y in range(0, size, 2):
        print("    " + "".join(blocks[(dark[y][x], y + 1 < size and dark[y + 1][x])] for x in range(size)))


def verify(db, challenge_id, code):
    with db.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM otp_verify(%s, %s, '203.0.113.9')", (challenge_id, code)).fetchone()


def initiate(db, identifier, channel, payload):
    with db.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM otp_initiate(%s, %s, %s, client_addr => '203.0.113.9')",
                           (identifier, channel, json.dumps(payload))).fetchone()


def code_in(text):
    found = re.search(r"\b(\d{6})\b", text)
    check(found, f"no code in {text!r}")
    return found.group(1)


def run(dsn, inbox, smtp_port, sms_url):
    db = psycopg.connect(dsn, autocommit=True)
    step("CREATE EXTENSION otp_pg")
    db.execute("CREATE EXTENSION IF NOT EXISTS otp_pg")
    version = db.execute("SELECT extversion FROM pg_extension WHERE extname = 'otp_pg'").fetchone()[0]
    show(f"otp_pg {version} on {db.execute('SELECT version()').fetchone()[0].split(',')[0]}")

    step("Starting the reference sender (scripts/otp_sender.py): LISTEN otp_delivery, SMTP and SMS webhook")
    environment = dict(os.environ, OTP_SENDER_DSN=dsn, OTP_SENDER_SMTP_HOST="127.0.0.1",
                       OTP_SENDER_SMTP_PORT=str(smtp_port), OTP_SENDER_SMTP_FROM="login@demo.example",
                       OTP_SENDER_SMS_WEBHOOK_URL=sms_url, OTP_SENDER_POLL_SECONDS="1")
    sender = subprocess.Popen([sys.executable, SENDER], env=environment, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    log_lines = []

    def relay_log():
        for line in sender.stdout:
            log_lines.append(line)
            print(f"    \033[2m[sender] {line.rstrip()}\033[0m", flush=True)

    relay = threading.Thread(target=relay_log, daemon=True)
    relay.start()
    # The role the demo's tokens name, as PostgREST would switch to it: one of its own, dropped at the end.
    token_role = f"otp_demo_web_{os.getpid()}"
    db.execute(f"CREATE ROLE {token_role} NOLOGIN")
    # A token role may create objects nowhere: PostgreSQL 14 lets every role create in public.
    db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        wait_for("the sender to listen", lambda: any("listening" in line for line in log_lines))
        token = email_login(db, inbox, token_role)
        sms_login(db)
        authenticator(db, token)
        figures(db)
    finally:
        db.execute("SELECT otp_remove_token_policy('default')")
        db.execute(f"DROP ROLE IF EXISTS {token_role}")
        step("Stopping the sender with SIGTERM")
        sender.terminate()
        code = sender.wait(timeout=30)
        relay.join(timeout=10)  # the sender's last log lines
    check(code == 0, f"the sender exited with {code}")
    db.close()


def claims_of(db, token):
    """The token checked the way PostgREST checks it: by an independent library, against otp_jwks()."""
    keys = {key["kid"]: jwt.PyJWK(key) for key in db.execute("SELECT otp_jwks()").fetchone()[0]["keys"]}
    return jwt.decode(token, keys[jwt.get_unverified_header(token)["kid"]].key, algorithms=["EdDSA"],
                      audience="otp-pg-demo")


def email_login(db, inbox, token_role):
    step("Passwordless e-mail login, 1: logins under the default policy return a signed token; start one")
    db.execute("SELECT otp_set_token_policy('default', %s, 900, audience => 'otp-pg-demo')", (token_role,))
    show(f"otp_set_token_policy('default', role => '{token_role}', lifetime_seconds => 900)")
    # The payload's "sub" is the application's user id: the token names it, and user-42's
    # authenticator can step the token up below.
    started = initiate(db, " Alice@Example.com ", "email",
                       {"sub": "user-42", "next": "/home", "subject": "Your otp_pg demo code"})
    show(f"challenge_id={started['challenge_id']} masked_identifier={started['masked_identifier']} "
         f"ttl_seconds={started['ttl_seconds']}")
    check(started["masked_identifier"] == "a***e@example.com", "the address was not masked as expected")

    step("Passwordless e-mail login, 2: the mail arrives at the SMTP server on loopback")
    [mail] = wait_for("the e-mail", lambda: inbox.for_address("alice@example.com"))
    for header in ("From", "To", "Subject"):
        show(f"{header}: {mail[header]}")
    body = mail.get_content()
    for line in body.strip().splitlines():
        show(f"| {line}")
    code = code_in(body)

    step("Passwordless e-mail login, 3: a wrong code, the right one, then the same one again")
    wrong = f"{(int(code) + 1) % 1000000:06d}"
    for typed, expected in ((wrong, "invalid_code"), (code, "success"), (code, "not_found")):
        result = verify(db, started["challenge_id"], typed)
        show(f"otp_verify(..., '{typed}') -> status={result['status']} remaining_attempts={result['remaining_attempts']}"
             f" identifier={result['identifier']} payload={json.dumps(result['payload'])}")
        check(result["status"] == expected, f"expected {expected} for {typed}")
        if expected == "success":
            token = result["token"]

    step("Passwordless e-mail login, 4: the token, checked by PyJWT against otp_jwks() as PostgREST would")
    show(f"{token[:48]}...")
    claims = claims_of(db, token)
    show(" ".join(f"{name}={json.dumps(claims[name])}" for name in ("sub", "role", "aal", "amr", "aud")))
    check((claims["sub"], claims["role"], claims["aal"]) == ("user-42", token_role, 1), "unexpected claims")

    step("Resending too soon is refused with the time to wait")
    another = initiate(db, "bob@example.com", "email", {})
    try:
        db.execute("SELECT otp_resend(%s)", (another["challenge_id"],))
        raise DemoFailed("an immediate resend was accepted")
    except psycopg.Error as error:
        show(f"SQLSTATE {error.sqlstate}: {error.diag.message_primary} ({error.diag.message_detail})")
        check(error.sqlstate == "OT429", "expected SQLSTATE OT429")
    return token


def sms_login(db):
    step("SMS login: the sender posts to the SMS gateway's webhook")
    started = initiate(db, "+46 (70) 123-4567", "sms", {})
    show(f"challenge_id={started['challenge_id']} masked_identifier={started['masked_identifier']}")
    [post] = wait_for("the webhook call", lambda: list(SmsGateway.received))
    show(f"POST {json.dumps(post)}")
    check(post["to"] == "+46701234567", "the number was not normalised")
    result = verify(db, started["challenge_id"], code_in(post["message"]))
    show(f"otp_verify -> status={result['status']} identifier={result['identifier']}")
    check(result["status"] == "success", "the SMS code did not verify")


def authenticator(db, token):
    step("Authenticator app, 1: enrol user-42 and show the QR code to scan")
    secret, uri = db.execute("SELECT secret, uri FROM otp_totp_enroll('user-42', 'alice@example.com', 'otp_pg demo')").fetchone()
    show(uri)
    qr_in_terminal(db.execute("SELECT otp_totp_qr_svg(%s)", (uri,)).fetchone()[0])
    app = pyotp.parse_uri(uri)  # an independent TOTP implementation plays the phone
    check(app.secret == secret, "the URI does not carry the secret")

    step("Authenticator app, 2: confirm with the app's code; the second factor steps the e-mail token up")
    shown = app.now()
    confirmed = db.execute("SELECT otp_totp_confirm('user-42', %s)", (shown,)).fetchone()[0]
    show(f"otp_totp_confirm('user-42', '{shown}') = {confirmed}")
    check(confirmed is True, "confirmation failed")
    next_code = app.at(time.time() + 30)
    stepped = db.execute("SELECT otp_totp_token('user-42', %s, %s)", (next_code, token)).fetchone()[0]
    claims = claims_of(db, stepped)
    show(f"otp_totp_token('user-42', '{next_code}', <e-mail token>) -> "
         + " ".join(f"{name}={json.dumps(claims[name])}" for name in ("sub", "aal", "amr")))
    check((claims["sub"], claims["aal"], claims["amr"]) == ("user-42", 2, ["mfa", "otp"]), "the token was not stepped up")
    replayed = db.execute("SELECT otp_totp_check('user-42', %s)", (next_code,)).fetchone()[0]
    show(f"otp_totp_check('user-42', '{next_code}') = {replayed} (a code works once)")
    check(replayed is False, "a replayed code was accepted")

    step("Authenticator app, 3: remember this device, so its next login skips the second factor")
    device, device_token = db.execute(
        "SELECT device_id, token FROM otp_device_remember('user-42', 'Firefox on Linux')").fetchone()
    show(f"otp_device_remember -> device {device}, token {device_token[:14]}... (kept only as a keyed digest)")
    rotated = db.execute("SELECT otp_device_check('user-42', %s)", (device_token,)).fetchone()[0]
    check(rotated is not None and rotated != device_token, "the remembered device was not trusted")
    show(f"next login: otp_device_check -> {rotated[:14]}... trusted, no code asked; the cookie gets this new token")
    listed = [row[0] for row in db.execute("SELECT label FROM otp_devices('user-42')")]
    show(f"otp_devices('user-42') -> {listed}")

    step("Authenticator app, 4: recovery codes")
    codes = [row[0] for row in db.execute("SELECT otp_recovery_codes_generate('user-42', 4)")]
    show(f"recovery codes: {' '.join(codes)}")
    check(db.execute("SELECT otp_recovery_code_use('user-42', %s)", (codes[0].upper(),)).fetchone()[0] is True,
          "a recovery code was refused")
    show(f"used one; remaining: {db.execute('SELECT otp_recovery_codes_remaining(%s)', ('user-42',)).fetchone()[0]}")
    show(f"and the device is revoked with it (the phone may be lost): otp_devices -> "
         f"{[row[0] for row in db.execute('SELECT label FROM otp_devices(%s)', ('user-42',))]}")


def figures(db):
    step("Conversion and delivery figures of this demo (otp_conversion), and its audit trail (otp_events)")
    rows = db.execute(
        "SELECT channel, coalesce(country, '-'), codes_sent, challenges, verified, conversion_percent,"
        "       rate_limited, round(median_delivery_seconds::numeric, 3), round(p95_delivery_seconds::numeric, 3)"
        "  FROM otp_conversion WHERE hour >= date_trunc('hour', now()) - interval '1 hour' ORDER BY 1, 2").fetchall()
    show("channel country sent challenges verified conversion% rate_limited delivery_p50_s delivery_p95_s")
    for row in rows:
        show(" ".join(str(value) for value in row))
    check(any(row[0] == "email" and row[4] >= 1 for row in rows), "the e-mail login is not in the figures")
    events = db.execute("SELECT event, count(*) FROM otp_events WHERE occurred_at > now() - interval '1 hour'"
                        " GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    show(", ".join(f"{event} {count}" for event, count in events))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        smtp_port = probe.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    gateway = ThreadingHTTPServer(("127.0.0.1", 0), SmsGateway)
    threading.Thread(target=gateway.serve_forever, daemon=True).start()
    step(f"SMTP server (aiosmtpd) on 127.0.0.1:{smtp_port}; SMS gateway webhook on "
         f"http://127.0.0.1:{gateway.server_address[1]}/sms")
    try:
        run(sys.argv[1], inbox, smtp_port, f"http://127.0.0.1:{gateway.server_address[1]}/sms")
    except DemoFailed as failure:
        print(f"\033[1;31mFAILED:\033[0m {failure}", file=sys.stderr)
        return 1
    finally:
        smtp.stop()
        gateway.shutdown()
    print("\n\033[1;32mdemo complete: every step passed\033[0m")
    return 0


if __name__ == "__main__":
    sys.exit(main())
