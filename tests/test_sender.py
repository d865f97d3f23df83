"""The reference sender (scripts/otp_sender.py) run as a real process against the test server, a
real SMTP server on loopback (aiosmtpd) and an HTTP server standing in for an SMS gateway."""

import asyncio
import email
import email.policy
import json
import os
import re
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from helpers import free_port, initiate, poll_until, unique_email, verify

SENDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts", "otp_sender.py")
CODE = re.compile(r"Your code is (\d+)")


class Mailbox:
    """aiosmtpd handler: keeps what arrives; can refuse the next messages, answer slowly, or refuse
    addresses starting "slowfail" after `slow_failure_seconds` (a server timing out)."""

    def __init__(self, delay_seconds=0.0, slow_failure_seconds=0.0):
        self.messages = []
        self.refuse_next = 0
        self.delay_seconds = delay_seconds
        self.slow_failure_seconds = slow_failure_seconds
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        if envelope.rcpt_tos[0].startswith("slowfail"):
            await asyncio.sleep(self.slow_failure_seconds)
            return "451 4.3.0 try again later"
        if self.delay_seconds:
            await asyncio.sleep(self.delay_seconds)
        with self.lock:
            if self.refuse_next:
                self.refuse_next -= 1
                return "451 4.3.0 mailbox busy, try again later"
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            self.messages.append({"to": envelope.rcpt_tos, "from": envelope.mail_from, "subject": message["Subject"],
                                  "message_id": message["Message-ID"], "body": message.get_content()})
        return "250 OK"

    def codes_for(self, address):
        with self.lock:
            return [CODE.search(m["body"]).group(1) for m in self.messages if m["to"] == [address]]

    def count(self, address) -> int:
        with self.lock:
            return sum(1 for m in self.messages if m["to"] == [address])


class Gateway(BaseHTTPRequestHandler):
    """An SMS gateway's webhook: records each POST; answers 503 while refuse_next > 0."""

    received: list
    refuse_next = 0

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if type(self).refuse_next:
            type(self).refuse_next -= 1
            self.send_response(503)
        else:
            type(self).received.append({"body": body, "headers": dict(self.headers)})
            self.send_response(202)
        self.end_headers()

    def log_message(self, *arguments):
        pass


@pytest.fixture
def mailbox():
    handler = Mailbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield handler, controller.port
    controller.stop()


@pytest.fixture
def gateway():
    handler = type("TestGateway", (Gateway,), {"received": [], "refuse_next": 0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}/sms"
    server.shutdown()
    server.server_close()


@pytest.fixture
def start_sender(dsn, mailbox, gateway, empty_queue, tmp_path):
    """Starts sender processes; all are stopped afterwards. Returns (process, log path) once the
    log says `ready`."""
    started = []

    def start(ready="listening on otp_delivery", **options):
        env = dict(os.environ,
                   OTP_SENDER_DSN=dsn, OTP_SENDER_SMTP_HOST="127.0.0.1", OTP_SENDER_SMTP_PORT=str(mailbox[1]),
                   OTP_SENDER_SMTP_FROM="Example Login <login@example.org>", OTP_SENDER_SMS_WEBHOOK_URL=gateway[1],
                   OTP_SENDER_SMS_WEBHOOK_TOKEN="gateway-secret", OTP_SENDER_POLL_SECONDS="0.5")
        env.update({f"OTP_SENDER_{key.upper()}": str(value) for key, value in options.items()})
        log_path = tmp_path / f"sender-{len(started)}.log"
        with open(log_path, "w") as log_file:
            process = subprocess.Popen([sys.executable, SENDER], env=env, stdout=log_file, stderr=subprocess.STDOUT)
        started.append(process)
        poll_until(lambda: ready in log_path.read_text() or process.poll() is not None, 20, f"the sender's {ready!r}")
        assert process.poll() is None, log_path.read_text()
        return process, log_path

    yield start
    for process in started:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=20)


def delivery_rows(conn, challenge_ids):
    return conn.execute(
        "SELECT state, tries, leased, last_error FROM otp_private.delivery WHERE challenge_id = ANY(%s) ORDER BY delivery_id",
        (list(challenge_ids),),
    ).fetchall()


def test_help_lists_every_option():
    result = subprocess.run([sys.executable, SENDER, "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    for option in ("--dsn", "--wake-up", "--smtp-host", "--smtp-tls", "--sms-webhook-url", "--link-url", "--transaction-text",
                   "--batch-size", "--lease-seconds",
                   "--poll-seconds", "--once", "OTP_SENDER_SMTP_PASSWORD", "OTP_SENDER_SMS_WEBHOOK_TOKEN"):
        assert option in result.stdout, option
    refused = subprocess.run([sys.executable, SENDER], capture_output=True, text=True, timeout=30,
                             env={k: v for k, v in os.environ.items() if not k.startswith("OTP_SENDER_")})
    assert refused.returncode == 2 and "--dsn (or OTP_SENDER_DSN) is required" in refused.stderr


def test_email_arrives_over_smtp_and_its_code_signs_in(conn, mailbox, start_sender):
    _, log_path = start_sender()
    address = unique_email("smtp")
    started = initiate(conn, address, payload='{"subject": "Sign in to Example"}')
    [message] = poll_until(lambda: [m for m in mailbox[0].messages if m["to"] == [address]], 20, "the e-mail")
    assert message["subject"] == "Sign in to Example"
    assert message["from"] == "login@example.org" and message["message_id"].endswith("@example.org>")
    code = CODE.search(message["body"]).group(1)
    assert verify(conn, started["challenge_id"], code)["status"] == "success"
    assert delivery_rows(conn, [started["challenge_id"]]) == [("sent", 1, True, None)]
    log = log_path.read_text()
    assert re.search(r"delivered delivery=\d+ challenge=%s channel=email to=s\*\*\*@example.com" % started["challenge_id"], log)
    assert code not in log and address not in log


def test_an_email_states_the_transaction_and_carries_the_link(conn, mailbox, start_sender):
    start_sender(link_url="https://app.example.com/login/link?token={token}")
    address = unique_email("link")
    conn.execute("SELECT otp_initiate(%s, link => true, transaction => %s::jsonb)",
                 (address, json.dumps({"amount": "25.00", "currency": "EUR", "payee": "Example Shop"})))
    [message] = poll_until(lambda: [m for m in mailbox[0].messages if m["to"] == [address]], 20, "the e-mail")
    assert message["body"].startswith("To approve: payee: Example Shop, amount: 25.00, currency: EUR. Your code is ")
    token = re.search(r"https://app\.example\.com/login/link\?token=([A-Za-z0-9_-]{64})\s", message["body"]).group(1)
    assert conn.execute("SELECT status FROM otp_check_link(%s)", (token,)).fetchone()[0] == "valid"
    result = conn.execute("SELECT status FROM otp_verify_link(%s, transaction => %s::jsonb)",
                          (token, json.dumps({"payee": "Example Shop", "currency": "EUR", "amount": "25.00"}))).fetchone()
    assert result[0] == "success"


def test_sms_goes_to_the_webhook_as_json(conn, gateway, start_sender):
    start_sender()
    started = initiate(conn, "+46 (70) 555-0101", channel="sms")
    [post] = poll_until(lambda: list(gateway[0].received), 20, "the webhook call")
    body, headers = post["body"], post["headers"]
    assert (body["to"], body["challenge_id"]) == ("+46705550101", str(started["challenge_id"]))
    assert headers["Authorization"] == "Bearer gateway-secret"
    assert headers["Idempotency-Key"] == f"otp-delivery-{body['delivery_id']}"
    code = CODE.search(body["message"]).group(1)
    assert verify(conn, started["challenge_id"], code)["status"] == "success"


def test_smtp_refusal_is_reported_and_retried(conn, mailbox, start_sender):
    mailbox[0].refuse_next = 1
    _, log_path = start_sender()
    address = unique_email("retry")
    started = initiate(conn, address)
    poll_until(lambda: delivery_rows(conn, [started["challenge_id"]])[0][3], 20, "the failure to be recorded")
    state, tries, leased, error = delivery_rows(conn, [started["challenge_id"]])[0]
    assert (state, tries, leased) == ("pending", 1, False) and "451" in error
    # The back-off (2 s) runs out and the sender's timer, not a notification, picks it up again.
    codes = poll_until(lambda: mailbox[0].codes_for(address), 20, "the retried e-mail")
    assert len(codes) == 1
    poll_until(lambda: delivery_rows(conn, [started["challenge_id"]])[0][0] == "sent", 20, "the acknowledgement")
    assert verify(conn, started["challenge_id"], codes[0])["status"] == "success"
    assert "will retry" in log_path.read_text()


def test_webhook_refusal_is_reported_and_retried(conn, gateway, start_sender):
    gateway[0].refuse_next = 1
    start_sender()
    started = initiate(conn, "+46 70 555 0199", channel="sms")
    poll_until(lambda: delivery_rows(conn, [started["challenge_id"]])[0][3], 20, "the failure to be recorded")
    state, tries, leased, error = delivery_rows(conn, [started["challenge_id"]])[0]
    assert (state, tries, leased) == ("pending", 1, False) and "HTTP 503" in error
    [post] = poll_until(lambda: list(gateway[0].received), 20, "the retried webhook call")
    assert post["body"]["delivery_id"] == delivery_id_of(conn, started["challenge_id"])
    assert verify(conn, started["challenge_id"], CODE.search(post["body"]["message"]).group(1))["status"] == "success"


def delivery_id_of(conn, challenge_id):
    return conn.execute("SELECT delivery_id FROM otp_private.delivery WHERE challenge_id = %s", (challenge_id,)).fetchone()[0]


def test_requests_queued_while_no_sender_ran_are_delivered_at_start(conn, mailbox, start_sender):
    addresses = [unique_email("queued") for _ in range(5)]
    challenges = [initiate(conn, address)["challenge_id"] for address in addresses]
    start_sender()
    poll_until(lambda: all(mailbox[0].codes_for(a) for a in addresses), 20, "all queued e-mails")
    poll_until(lambda: all(row[0] == "sent" for row in delivery_rows(conn, challenges)), 20, "acknowledgements")
    assert [len(mailbox[0].codes_for(a)) for a in addresses] == [1] * 5


def test_two_senders_send_each_request_once(conn, mailbox, start_sender):
    start_sender(batch_size=3)
    start_sender(batch_size=3)
    addresses = [unique_email("pair") for _ in range(40)]
    challenges = [initiate(conn, address)["challenge_id"] for address in addresses]
    poll_until(lambda: all(row[0] == "sent" for row in delivery_rows(conn, challenges)), 20, "all acknowledgements")
    assert sorted(len(mailbox[0].codes_for(a)) for a in addresses) == [1] * 40


def test_sigterm_mid_batch_finishes_one_and_hands_back_the_rest(conn, mailbox, start_sender):
    mailbox[0].delay_seconds = 0.5
    addresses = [unique_email("term") for _ in range(8)]
    challenges = [initiate(conn, address)["challenge_id"] for address in addresses]
    process, log_path = start_sender(batch_size=10)
    poll_until(lambda: mailbox[0].messages, 20, "the first e-mail")
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    rows = delivery_rows(conn, challenges)
    sent = [row for row in rows if row[0] == "sent"]
    # Every message that arrived was acknowledged, and the rest are back in the queue untouched.
    assert len(sent) == len(mailbox[0].messages) and 1 <= len(sent) < 8
    assert all(row == ("pending", 0, False, None) for row in rows if row[0] != "sent"), rows
    assert "released" in log_path.read_text()

    mailbox[0].delay_seconds = 0.0
    start_sender()
    poll_until(lambda: all(row[0] == "sent" for row in delivery_rows(conn, challenges)), 20, "the rest")
    assert [len(mailbox[0].codes_for(a)) for a in addresses] == [1] * 8


def test_sender_reconnects_after_losing_its_connection(conn, mailbox, start_sender):
    _, log_path = start_sender()
    dropped = conn.execute(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'otp_sender'"
    ).fetchone()[0]
    assert dropped == 1
    poll_until(lambda: log_path.read_text().count("listening on otp_delivery") == 2, 20, "the reconnection")
    address = unique_email("reconnect")
    initiate(conn, address)
    poll_until(lambda: mailbox[0].codes_for(address), 20, "the e-mail after reconnecting")


def test_a_notification_wakes_the_sender_long_before_its_poll(conn, mailbox, start_sender):
    _, log_path = start_sender(poll_seconds=600)
    address = unique_email("woken")
    initiate(conn, address)
    # The sender claimed once at its start and polls next in 10 minutes: only the notification
    # can bring the e-mail within this bound.
    poll_until(lambda: mailbox[0].codes_for(address), 20, "the e-mail")
    assert "polling" not in log_path.read_text()


def test_told_to_poll_the_sender_claims_every_poll_without_listening(conn, mailbox, start_sender):
    _, log_path = start_sender(ready="polling every 0.5 s, not listening (--wake-up poll)", wake_up="poll")
    assert "listening on" not in log_path.read_text()
    addresses = [unique_email("polled") for _ in range(3)]
    for address in addresses:
        initiate(conn, address)
        poll_until(lambda: mailbox[0].codes_for(address), 10, "the e-mail at the next poll")
