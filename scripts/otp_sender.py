#!/usr/bin/env python3
"""otp_pg reference sender: delivers the codes otp_pg queues, by e-mail (SMTP) and SMS (webhook).

It LISTENs on otp_delivery, claims requests with otp_claim_deliveries until a claim finds none
(otp_pg then notifies it of the next), sends each one, reports each error (otp_fail_delivery:
otp_pg retries with back-off) and acknowledges what a batch sent in one statement
(otp_ack_deliveries). It also claims at start and every --poll-seconds, so requests queued while
it was down or whose retry is due are not left waiting for a notification. Where notifications
can't reach it (through a transaction pooler such as PgBouncer in transaction mode), it polls
only, and says so (see --wake-up). On SIGTERM or SIGINT it finishes the request it is sending,
hands the rest of its batch back (otp_release_delivery) and exits 0.

Every option can also be given as an environment variable, named in --help. Run it as a role that
was granted the sender functions (docs/security.md, "Roles and privileges"), and as many copies as you
like: claims never overlap.
"""

import argparse
import json
import logging
import os
import secrets
import signal
import smtplib
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

log = logging.getLogger("otp_sender")

OPTIONS = [
    # flag, environment variable, default, help (the type is str unless listed in NUMBERS)
    ("--dsn", "OTP_SENDER_DSN", "", "libpq connection string of the database with otp_pg"),
    ("--batch-size", "OTP_SENDER_BATCH_SIZE", "20", "requests claimed at a time"),
    ("--lease-seconds", "OTP_SENDER_LEASE_SECONDS", "60", "how long a claim lasts before another sender may take it over"),
    ("--poll-seconds", "OTP_SENDER_POLL_SECONDS", "5", "claim at least this often, notification or not"),
    ("--wake-up", "OTP_SENDER_WAKE_UP", "auto",
     "listen (LISTEN otp_delivery, and poll), poll (poll only), or auto: listen if a probe notification "
     "reaches this connection, else poll (a transaction pooler is in between)"),
    ("--smtp-host", "OTP_SENDER_SMTP_HOST", "", "SMTP server for e-mail (unset: e-mail requests fail)"),
    ("--smtp-port", "OTP_SENDER_SMTP_PORT", "25", "SMTP port"),
    ("--smtp-tls", "OTP_SENDER_SMTP_TLS", "none", "none, starttls or implicit"),
    ("--smtp-user", "OTP_SENDER_SMTP_USER", "", "SMTP login (the password only from OTP_SENDER_SMTP_PASSWORD)"),
    ("--smtp-from", "OTP_SENDER_SMTP_FROM", "no-reply@localhost", "From address"),
    ("--email-subject", "OTP_SENDER_EMAIL_SUBJECT", "Your sign-in code", "subject, unless the payload has \"subject\""),
    ("--email-body", "OTP_SENDER_EMAIL_BODY",
     "Your code is {code}.\n\nIt expires in {minutes} minutes. If you did not ask for it, ignore this message.\n",
     "e-mail text; {code} and {minutes} are filled in"),
    ("--sms-webhook-url", "OTP_SENDER_SMS_WEBHOOK_URL", "", "URL that takes a JSON POST per SMS (unset: SMS requests fail)"),
    ("--sms-text", "OTP_SENDER_SMS_TEXT", "Your code is {code}. It expires in {minutes} min.", "SMS text"),
    ("--link-url", "OTP_SENDER_LINK_URL", "",
     "address of the application's link page, {token} filled in (unset: messages carry the code only)"),
    ("--link-text", "OTP_SENDER_LINK_TEXT", "\nOr sign in with this link, once: {link}\n",
     "added to an e-mail that has a link; {link} is filled in"),
    ("--transaction-text", "OTP_SENDER_TRANSACTION_TEXT", "To approve: {transaction}. ",
     "put before the text of a code bound to a transaction; {transaction} is filled in"),
    ("--http-timeout", "OTP_SENDER_HTTP_TIMEOUT", "10", "seconds for an SMTP or webhook exchange"),
]


# How long a probe notification may take to come back before the sender polls instead. Long
# enough for a busy server; a late probe only costs the notifications' promptness, never a code.
PROBE_SECONDS = 2.0
# Sent requests are acknowledged together once the send of the oldest of them began this long ago
# (or the batch is done): few statements for fast sends, one per send for slow ones, and after a
# crash at most this much sending is done again.
ACK_DELAY_SECONDS = 0.2

NUMBERS = {"--batch-size": int, "--lease-seconds": int, "--smtp-port": int, "--poll-seconds": float,
           "--http-timeout": float}


def parse_arguments(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Delivers otp_pg codes by e-mail and SMS.",
        epilog="Secrets only from the environment: OTP_SENDER_SMTP_PASSWORD, OTP_SENDER_SMS_WEBHOOK_TOKEN "
               "(sent as 'Authorization: Bearer ...').",
    )
    for flag, variable, default, text in OPTIONS:
        # argparse converts string defaults too, so a value from the environment is checked alike.
        parser.add_argument(flag, default=os.environ.get(variable, default), type=NUMBERS.get(flag, str),
                            help=f"{text} [{variable}, default: {default!r}]")
    parser.add_argument("--once", action="store_true", help="deliver what is due now, then exit")
    arguments = parser.parse_args(argv)
    if not arguments.dsn:
        parser.error("--dsn (or OTP_SENDER_DSN) is required")
    if arguments.smtp_tls not in ("none", "starttls", "implicit"):
        parser.error("--smtp-tls must be none, starttls or implicit")
    if arguments.wake_up not in ("auto", "listen", "poll"):
        parser.error("--wake-up must be auto, listen or poll")
    if arguments.lease_seconds <= arguments.http_timeout + 1:
        parser.error("--lease-seconds must exceed --http-timeout by more than a second: a send must fit in a lease")
    for name, fields in (("email_body", "code minutes"), ("sms_text", "code minutes"), ("link_url", "token"),
                         ("link_text", "link"), ("transaction_text", "transaction")):
        try:
            getattr(arguments, name).format(**{field: "x" for field in fields.split()})
        except (KeyError, IndexError, ValueError) as error:
            allowed = " and ".join(f"{{{field}}}" for field in fields.split())
            parser.error(f"--{name.replace('_', '-')} may use only {allowed} ({error!r})")
    arguments.smtp_password = os.environ.get("OTP_SENDER_SMTP_PASSWORD", "")
    arguments.sms_webhook_token = os.environ.get("OTP_SENDER_SMS_WEBHOOK_TOKEN", "")
    return arguments


def described(transaction) -> str:
    """A bound transaction as a message states it: an object's members as "name: value" (in
    jsonb's order: shorter names first); anything else as JSON."""
    if isinstance(transaction, dict):
        return ", ".join(f"{name}: {value}" for name, value in transaction.items())
    return transaction if isinstance(transaction, str) else json.dumps(transaction)


def message_texts(config, request: dict, minutes: int) -> tuple:
    """The e-mail body and the SMS text for a request: the code, the transaction it approves, and
    for e-mail the link when the request has one and the link page is configured."""
    prefix = ""
    if request.get("transaction") is not None:
        prefix = config.transaction_text.format(transaction=described(request["transaction"]))
    body = prefix + config.email_body.format(code=request["code"], minutes=minutes)
    if request.get("link_token") and config.link_url:
        link = config.link_url.format(token=urllib.parse.quote(request["link_token"], safe=""))
        body += config.link_text.format(link=link)
    return body, prefix + config.sms_text.format(code=request["code"], minutes=minutes)


def masked(identifier: str) -> str:
    """Enough of the address to follow a delivery in the log, not enough to collect addresses."""
    local, at, domain = identifier.partition("@")
    if at:
        return f"{local[:1]}***@{domain}"
    return f"***{identifier[-2:]}"


class Mailer:
    """One SMTP connection, opened when first needed and kept while it works."""

    def __init__(self, config):
        self.config = config
        self.smtp = None

    def send(self, to: str, subject: str, body: str) -> None:
        if not self.config.smtp_host:
            raise RuntimeError("no SMTP server configured (--smtp-host)")
        message = EmailMessage()
        message["From"] = self.config.smtp_from
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = make_msgid(domain=parseaddr(self.config.smtp_from)[1].partition("@")[2] or None)
        message.set_content(body)
        try:
            self._connection().send_message(message)
        except (smtplib.SMTPException, OSError):
            self.close()  # the next request starts on a fresh connection
            raise

    def _connection(self):
        if self.smtp is None:
            config = self.config
            if config.smtp_tls == "implicit":
                smtp = smtplib.SMTP_SSL(config.smtp_host, config.smtp_port, timeout=config.http_timeout,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.http_timeout)
                if config.smtp_tls == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
            if config.smtp_user:
                smtp.login(config.smtp_user, config.smtp_password)
            self.smtp = smtp
        return self.smtp

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self.smtp = None


def post_sms(config, request: dict, text: str) -> None:
    if not config.sms_webhook_url:
        raise RuntimeError("no SMS webhook configured (--sms-webhook-url)")
    body = json.dumps({"to": request["identifier"], "message": text,
                       "challenge_id": str(request["challenge_id"]), "delivery_id": request["delivery_id"]})
    headers = {"Content-Type": "application/json",
               # A gateway that honours it drops the copy a retry after a lost answer would send.
               "Idempotency-Key": f"otp-delivery-{request['delivery_id']}"}
    if config.sms_webhook_token:
        headers["Authorization"] = f"Bearer {config.sms_webhook_token}"
    http_request = urllib.request.Request(config.sms_webhook_url, data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(http_request, timeout=config.http_timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        raise RuntimeError(f"webhook answered HTTP {error.code}: {error.read()[:200]!r}") from None


class Sender:
    def __init__(self, config):
        self.config = config
        self.mailer = Mailer(config)
        self.stopping = False

    def stop(self, signum, _frame) -> None:
        log.info("%s received: finishing the request in hand", signal.Signals(signum).name)
        self.stopping = True

    def run(self) -> None:
        backoff = 1.0
        while not self.stopping:
            try:
                # No prepared statements: a transaction pooler (PgBouncer 1.18) would run them on
                # server connections that never prepared them.
                with psycopg.connect(self.config.dsn, autocommit=True, application_name="otp_sender",
                                     prepare_threshold=None) as conn:
                    # Decided again on every connection: the next one may come through another path.
                    self.calls = otp_calls(conn)
                    listening = not self.config.once and self.listen(conn)
                    backoff = 1.0
                    self.serve(conn, listening)
                    return
            except psycopg.OperationalError as error:
                log.error("database unavailable (%s); retrying in %.0f s", str(error).strip(), backoff)
                self.sleep(backoff)
                backoff = min(backoff * 2, 60.0)
            finally:
                self.mailer.close()

    def listen(self, conn) -> bool:
        """LISTENs on otp_delivery unless --wake-up or the probe says notifications can't arrive;
        returns whether it listens."""
        mode, every = self.config.wake_up, self.config.poll_seconds
        if mode == "poll":
            log.info("polling every %g s, not listening (--wake-up poll)", every)
            return False
        if mode == "auto" and not self.probe(conn):
            log.warning("polling every %g s, not listening: a probe notification did not reach this connection "
                        "within %g s. A pooler that shares server connections between transactions (PgBouncer "
                        "pool_mode = transaction or statement) can't deliver notifications; connect directly or "
                        "through a session pooler to be woken by them, or set --wake-up poll", every, PROBE_SECONDS)
            return False
        conn.execute("LISTEN otp_delivery")
        log.info("listening on otp_delivery%s", " (--wake-up listen, not probed)" if mode == "listen" else "")
        return True

    def probe(self, conn) -> bool:
        """Whether a notification sent from another connection reaches this one.

        PostgreSQL sends a notification to the server session that ran LISTEN, which forwards it
        to the client attached to it. Directly or through a session pooler that is this
        connection, for as long as it lives. A transaction pooler attaches a server session to a
        client only while a transaction runs, so while this connection waits the session that
        listened serves others or idles in the pool, and what it receives never reaches us. The
        probe is committed by a second connection (a self-notification would come back at the
        listener's own commit, pooler or not) while this one waits outside any transaction:
        exactly how the application's notifications would have to arrive. The channel is new for
        each probe, so another sender's probe can't answer this one."""
        channel = f"otp_sender_probe_{secrets.token_hex(8)}"
        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        try:
            with psycopg.connect(self.config.dsn, autocommit=True, application_name="otp_sender probe") as other:
                other.execute("SELECT pg_catalog.pg_notify(%s, 'probe')", (channel,))
            return any(True for _ in conn.notifies(timeout=PROBE_SECONDS, stop_after=1))
        finally:
            # Through a transaction pooler this may reach another server session than the LISTEN
            # did; a LISTEN left behind on a channel nobody uses again costs nothing.
            conn.execute(sql.SQL("UNLISTEN {}").format(sql.Identifier(channel)))

    def serve(self, conn, listening: bool) -> None:
        # Claim first: whatever was queued while no sender ran has no notification coming.
        self.deliver_due(conn)
        while not self.stopping and not self.config.once:
            if listening:
                self.wait_for_notification(conn)
            else:
                self.sleep(self.config.poll_seconds)
            self.deliver_due(conn)

    def wait_for_notification(self, conn) -> None:
        """Returns at a notification, after --poll-seconds, or at a stop request."""
        deadline = time.monotonic() + self.config.poll_seconds
        # Wake at least once a second to notice a stop request.
        while not self.stopping and time.monotonic() < deadline:
            wait = min(1.0, deadline - time.monotonic())
            if any(True for _ in conn.notifies(timeout=max(wait, 0.01), stop_after=1)):
                break
        # Notifications that came in meanwhile are answered by the next claim, not one each.
        # Dropped before claiming, never after, so that none for a new request is lost.
        for _ in conn.notifies(timeout=0):
            pass

    def deliver_due(self, conn) -> None:
        while not self.stopping:
            with conn.cursor(row_factory=dict_row) as cur:
                batch = cur.execute(self.calls["claim"], (self.config.batch_size, self.config.lease_seconds)).fetchall()
            claimed_at = time.monotonic()
            sent = []  # (delivery id, when its send began), not acknowledged yet
            try:
                for position, request in enumerate(batch):
                    if self.stopping:
                        self.release(conn, batch[position:])
                        return
                    # Each send ends before the lease does (a second early), or another sender
                    # could send it again. With less than --http-timeout of the lease left, what
                    # was sent is acknowledged and the rest handed back, to be claimed anew.
                    lease_left = self.config.lease_seconds - (time.monotonic() - claimed_at) - 1
                    if lease_left < self.config.http_timeout:
                        self.acknowledge(conn, sent)
                        self.release(conn, batch[position:])
                        break
                    began = time.monotonic()
                    if self.deliver(conn, request, lease_left):
                        sent.append((request["delivery_id"], began))
                        if time.monotonic() - sent[0][1] >= ACK_DELAY_SECONDS:
                            self.acknowledge(conn, sent)
            finally:
                self.acknowledge(conn, sent)
            # otp_pg notifies a sender only once a claim of its found nothing.
            if not batch:
                return

    def deliver(self, conn, request: dict, deadline_seconds: float) -> bool:
        """Sends one request within `deadline_seconds` (the socket timeouts bound each exchange of a
        send, not all of them); true if it went out, to be acknowledged with others."""
        started = time.monotonic()
        minutes = max(1, round((request["expires_at"] - datetime.now(timezone.utc)).total_seconds() / 60))
        payload = request["payload"] if isinstance(request["payload"], dict) else {}
        signal.setitimer(signal.ITIMER_REAL, deadline_seconds)
        try:
            email_body, sms_text = message_texts(self.config, request, minutes)
            if request["channel"] == "email":
                subject = payload.get("subject") if isinstance(payload.get("subject"), str) else self.config.email_subject
                self.mailer.send(request["identifier"], subject, email_body)
            elif request["channel"] == "sms":
                post_sms(self.config, request, sms_text)
            else:
                raise RuntimeError(f"no transport for channel {request['channel']!r}")
            signal.setitimer(signal.ITIMER_REAL, 0)
        except Exception as error:  # any failure of the transport is reported to otp_pg, which retries
            signal.setitimer(signal.ITIMER_REAL, 0)
            retrying = conn.execute(self.calls["fail"],
                                    (request["delivery_id"], f"{type(error).__name__}: {error}")).fetchone()[0]
            log.warning("failed delivery=%s channel=%s to=%s: %s (%s)", request["delivery_id"], request["channel"],
                        masked(request["identifier"]), error, "will retry" if retrying else "given up")
            return False
        log.info("delivered delivery=%s challenge=%s channel=%s to=%s in %.0f ms", request["delivery_id"],
                 request["challenge_id"], request["channel"], masked(request["identifier"]),
                 (time.monotonic() - started) * 1000)
        return True

    def acknowledge(self, conn, sent: list) -> None:
        """One statement for what was sent; empties `sent`. A request whose lease ran out and that
        another sender already sent is not acknowledged twice."""
        if sent:
            ids = [delivery_id for delivery_id, _ in sent]
            sent.clear()
            acknowledged = {row[0] for row in conn.execute(self.calls["ack"], (ids,))}
            for delivery_id in sorted(set(ids) - acknowledged):
                log.warning("delivery=%s was no longer pending when acknowledged (its lease ran out?)", delivery_id)

    def release(self, conn, requests: list) -> None:
        for request in requests:
            conn.execute(self.calls["release"], (request["delivery_id"],))
        log.info("released %d unsent request(s), claimable at once", len(requests))

    def sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(min(0.2, deadline - time.monotonic()))


def send_deadline_passed(_signum, _frame):
    raise TimeoutError("the send did not end before the request's lease")


def otp_calls(conn) -> dict:
    """The sender's statements, with otp_pg's functions named in the schema the extension is in
    and every argument cast to its exact type: an unqualified call, or a small id sent as smallint,
    would resolve to a better-matching overload another role (the application, owning its database,
    or anyone in PostgreSQL 14's public) planted on the search_path, and run it with the sender's
    rights to claim codes."""
    row = conn.execute("SELECT e.extnamespace::pg_catalog.regnamespace::pg_catalog.text"
                       "  FROM pg_catalog.pg_extension e WHERE e.extname OPERATOR(pg_catalog.=) 'otp_pg'").fetchone()
    if row is None:
        raise RuntimeError("otp_pg is not installed in this database")
    schema = row[0]
    return {
        "claim": f"SELECT * FROM {schema}.otp_claim_deliveries(%s::pg_catalog.int4, %s::pg_catalog.int4)",
        "ack": f"SELECT * FROM {schema}.otp_ack_deliveries(%s::pg_catalog.int8[])",
        "fail": f"SELECT {schema}.otp_fail_delivery(%s::pg_catalog.int8, %s::pg_catalog.text)",
        "release": f"SELECT {schema}.otp_release_delivery(%s::pg_catalog.int8)",
    }


def main(argv=None) -> int:
    config = parse_arguments(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s otp_sender %(levelname)s %(message)s",
                        stream=sys.stdout)
    sender = Sender(config)
    signal.signal(signal.SIGALRM, send_deadline_passed)
    signal.signal(signal.SIGTERM, sender.stop)
    signal.signal(signal.SIGINT, sender.stop)
    sender.run()
    log.info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
