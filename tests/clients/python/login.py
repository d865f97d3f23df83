"""Passwordless e-mail login with otp_pg, from Python (psycopg 3).

A sender thread stands in for the service that e-mails codes; main() is the application.
Run with OTP_PG_DSN set to a libpq connection string, e.g. "host=127.0.0.1 user=postgres dbname=postgres".
"""

import logging
import os
import sys
import threading
import uuid

import psycopg
from psycopg.rows import dict_row

CLAIM_BATCH = 10
FALLBACK_POLL_SECONDS = 5  # notifications sent while nobody listens are lost: claim on a timer too
CODE_DEADLINE_SECONDS = 10
# Two threads report progress; logging writes each line whole (print() may split off the newline).
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(message)s")
say = logging.info


class Mailbox:
    """Codes "sent" by the sender, by identifier; the application waits here for its code."""

    def __init__(self):
        self.codes = {}
        self.changed = threading.Condition()

    def deliver(self, identifier, code):
        with self.changed:
            self.codes[identifier] = code
            self.changed.notify_all()

    def wait_for_code(self, identifier, timeout):
        with self.changed:
            if not self.changed.wait_for(lambda: identifier in self.codes, timeout):
                raise TimeoutError(f"no code for {identifier} within {timeout} s")
            return self.codes[identifier]


def deliver_pending(conn, mailbox):
    """Claims requests until none are left, "sends" each one and acknowledges it."""
    while True:
        requests = conn.execute("SELECT * FROM otp_claim_deliveries(%s, 30)", (CLAIM_BATCH,)).fetchall()
        for request in requests:
            say(f"sender: sending a code to {request['identifier']}")
            mailbox.deliver(request["identifier"], request["code"])
            conn.execute("SELECT otp_ack_delivery(%s)", (request["delivery_id"],))
        if len(requests) < CLAIM_BATCH:
            return


def run_sender(conn, mailbox):
    """The sender's loop; if it fails, Python prints its traceback and the application times out."""
    while True:
        deliver_pending(conn, mailbox)
        for _ in conn.notifies(timeout=FALLBACK_POLL_SECONDS, stop_after=1):
            pass  # woken by one notification or by the timeout: claim again


def expect(what, actual, expected):
    if actual != expected:
        raise AssertionError(f"{what}: expected {expected!r}, got {actual!r}")


def main():
    dsn = os.environ["OTP_PG_DSN"]
    mailbox = Mailbox()
    # LISTEN before anything is initiated, so that no notification is missed. The sender runs until
    # the program ends (daemon thread); a real one is a long-running service of its own.
    sender_conn = psycopg.connect(dsn, autocommit=True, row_factory=dict_row)
    sender_conn.execute("LISTEN otp_delivery")
    say("sender: listening on otp_delivery")
    threading.Thread(target=run_sender, args=(sender_conn, mailbox), daemon=True).start()

    with psycopg.connect(dsn, autocommit=True, row_factory=dict_row) as app:
        address = f"login-{uuid.uuid4().hex[:12]}@example.com"
        challenge = app.execute(
            """SELECT * FROM otp_initiate(%s, 'email', '{"next": "/dashboard"}'::jsonb)""", (address,)
        ).fetchone()
        say(f"app: challenge started for {challenge['masked_identifier']}")

        code = mailbox.wait_for_code(address, CODE_DEADLINE_SECONDS)
        say("app: the code arrived in the mailbox")

        def verify(attempt):
            return app.execute("SELECT * FROM otp_verify(%s, %s)", (challenge["challenge_id"], attempt)).fetchone()

        wrong = verify("".join(str((int(digit) + 1) % 10) for digit in code))
        expect("wrong code", (wrong["status"], wrong["remaining_attempts"]), ("invalid_code", 4))
        say("app: wrong code refused, 4 attempts left")

        right = verify(code)
        expect("right code", (right["status"], right["identifier"], right["payload"]),
               ("success", address, {"next": "/dashboard"}))
        say(f"app: right code accepted, next page {right['payload']['next']}")

        again = verify(code)
        expect("used code", (again["status"], again["remaining_attempts"]), ("not_found", None))
        say("app: the used code no longer works")
    say("login flow OK")


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # noqa: BLE001 - one clear line instead of a traceback
        print(f"login flow FAILED: {error}", file=sys.stderr)
        sys.exit(1)
