"""otp_pg under Patroni: e-mail logins, authenticator checks and recovery codes from several clients
through a switchover and then a failover, and nothing a commit confirmed to a client is lost.

A cluster of scripts/ha.sh: etcd, a primary and a synchronous standby of PostgreSQL 15, otp_pg
preloaded. The clients connect as the application's role through the multi-host string with
target_session_attrs=read-write, and after each event find the new primary by themselves. The
reference sender runs against the same string as the sender's role, and so does a second sender
of the test's own, which acknowledges each request with otp_ack_delivery; both deliver by e-mail
to an SMTP server on loopback, where the login clients read their codes. Each client records every
result whose commit was confirmed to it; after each event, with the clients paused, the new
primary must hold all of them.
"""

import os
import signal
import smtplib
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from email.message import EmailMessage

import psycopg
import pyotp
import pytest

from helpers import APP_GRANTS, SENDER_GRANTS, claim, initiate, poll_until, set_policy, unique_email, verify, wrong_code
from patroni_cluster import PatroniCluster
from test_sender import SENDER

POLICY = "ha"
SKEW = 10         # steps either side that otp_totp_check accepts: codes stay checkable for minutes
RECOVERY_CODES = 10
FACTOR_PACE = 0.02  # seconds between a factor client's operations: a steady load, not the most the
                    # machine can do, so that Patroni keeps renewing its leader key on 2 cores
MAIL_WAIT = 120     # seconds a login waits for its e-mail: the sender may be stopped through an event
LEASE_SECONDS = 10  # of both senders' claims: a request claimed when an event came is claimable again soon
APP_ROLE, SENDER_ROLE = "otp_ha_app", "otp_ha_sender"


@dataclass
class Login:
    challenge_id: object
    address: str
    attempts: int = 0        # verifications confirmed
    code: str = None         # the right code, once its success was confirmed


@dataclass
class Factor:
    key: str
    secret: str
    unused: list             # recovery codes not tried yet
    last_step: int           # the latest time step whose code was confirmed accepted
    last_code: str
    next_step: int           # the step to check next: after every step tried, confirmed or not
    checks: int = 0          # otp_totp_check calls confirmed true
    used: list = field(default_factory=list)  # recovery codes whose use was confirmed


class Load:
    """The clients' shared controls: `running` is set while they may work (each parks itself,
    idle, while it is clear), `phase` counts the events (a factor client starts a new key in
    each phase)."""

    def __init__(self):
        self.running = threading.Event()
        self.stopping = False
        self.phase = 0


class Client(threading.Thread):
    """One session, until stopped: the application's, doing e-mail logins (kind "login") or
    authenticator checks and recovery codes in turn (kind "factor"), or a second sender's (kind
    "sender"). A statement that fails on a lost connection has an unknown outcome: it is not
    recorded, and the client connects again."""

    def __init__(self, cluster, load, mail, kind, index):
        super().__init__(name=f"{kind}-{index}", daemon=True)
        self.cluster, self.load, self.kind, self.index = cluster, load, kind, index
        self.mailbox, self.smtp_port = mail
        self.logins, self.factors = [], []
        self.acknowledged = []   # delivery ids for which otp_ack_delivery returned true
        self.operations = 0      # confirmed operations
        self.reconnections = 0
        self.enrolments = 0      # tried, each with a key of its own
        self.errors = []
        self.parked = threading.Event()

    def run(self):
        conn = None
        try:
            while not self.load.stopping:
                if not self.load.running.is_set():
                    self.parked.set()
                    self.load.running.wait()
                    continue
                if conn is None:
                    conn = self.connect()
                    if conn is None:
                        continue
                try:
                    {"login": self.login, "factor": self.factor_step, "sender": self.deliver}[self.kind](conn)
                    self.operations += 1
                except (psycopg.OperationalError, psycopg.InterfaceError):
                    conn.close()
                    conn = None
                    self.reconnections += 1
        except Exception:  # reported by the test, with the others
            self.errors.append(traceback.format_exc())
        finally:
            if conn is not None:
                conn.close()
            self.parked.set()

    def connect(self):
        try:
            conn = self.cluster.connect(user=SENDER_ROLE if self.kind == "sender" else APP_ROLE)
        except psycopg.OperationalError:
            time.sleep(0.2)  # no primary yet: try again
            return None
        if self.kind == "sender":
            conn.execute("LISTEN otp_delivery")
        return conn

    def login(self, conn):
        address = unique_email(f"ha-{self.index}")
        started = initiate(conn, address, policy=POLICY)
        login = Login(started["challenge_id"], address)
        self.logins.append(login)
        codes = poll_until(lambda: self.mailbox.codes_for(address), MAIL_WAIT, f"the e-mail to {address}", interval=0.1)
        answer = verify(conn, login.challenge_id, wrong_code(codes[-1]))
        if (answer["status"], answer["remaining_attempts"]) != ("invalid_code", 4):
            raise AssertionError(f"a wrong code of {login}: {answer}")
        login.attempts = 1
        answer = verify(conn, login.challenge_id, codes[-1])
        if (answer["status"], answer["remaining_attempts"]) != ("success", 3):
            raise AssertionError(f"the right code of {login}: {answer}")
        login.attempts, login.code = 2, codes[-1]

    def factor_step(self, conn):
        time.sleep(FACTOR_PACE)
        factor = self.factors[-1] if self.factors else None
        now_step = int(time.time()) // 30
        if (factor is None or factor.key.split("/")[1] != str(self.load.phase) or not factor.unused
                or factor.next_step > now_step + SKEW - 1):
            self.enrol(conn)
        elif factor.checks <= len(factor.used):
            step = factor.next_step
            factor.next_step += 1
            code = pyotp.TOTP(factor.secret).at(step * 30)
            if not conn.execute("SELECT otp_totp_check(%s, %s, %s)", (factor.key, code, SKEW)).fetchone()[0]:
                raise AssertionError(f"otp_totp_check refused the code of step {step} for {factor.key}")
            factor.last_step, factor.last_code, factor.checks = step, code, factor.checks + 1
        else:
            code = factor.unused.pop()
            if not conn.execute("SELECT otp_recovery_code_use(%s, %s)", (factor.key, code)).fetchone()[0]:
                raise AssertionError(f"otp_recovery_code_use refused an unused code of {factor.key}")
            factor.used.append(code)

    def enrol(self, conn):
        """A new key with an active factor and recovery codes; recorded once all three calls were
        confirmed."""
        self.enrolments += 1
        key = f"ha-{self.index}/{self.load.phase}/{self.enrolments}"
        secret = conn.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0]
        step = int(time.time()) // 30
        code = pyotp.TOTP(secret).at(step * 30)
        if not conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, code)).fetchone()[0]:
            raise AssertionError(f"otp_totp_confirm refused the current code of {key}")
        unused = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, %s)", (key, RECOVERY_CODES))]
        self.factors.append(Factor(key, secret, unused, step, code, step + 1))


    def deliver(self, conn):
        """Claims what is due, e-mails each code and acknowledges it; when there is nothing, waits
        up to a second for a notification (it LISTENs, as the reference sender does, and the two
        race for each request)."""
        batch = claim(conn, 5, LEASE_SECONDS)
        if not batch:
            for _ in conn.notifies(timeout=1, stop_after=1):
                pass
            return
        handed_again = [r["delivery_id"] for r in batch if r["delivery_id"] in self.acknowledged]
        if handed_again:
            raise AssertionError(f"acknowledged deliveries handed out again: {handed_again}")
        with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=10) as smtp:
            for request in batch:
                message = EmailMessage()
                message["From"], message["To"], message["Subject"] = "login@example.org", request["identifier"], "Code"
                message.set_content(f"Your code is {request['code']}.")
                smtp.send_message(message)
                if conn.execute("SELECT otp_ack_delivery(%s)", (request["delivery_id"],)).fetchone()[0]:
                    self.acknowledged.append(request["delivery_id"])


class Sender:
    """The reference sender as a process against the multi-host string; SIGSTOP holds it through
    an outage, so that what is queued meanwhile can only reach it by the claim it makes when it
    connects again."""

    def __init__(self, cluster, smtp_port, log_path):
        environment = dict(os.environ, OTP_SENDER_DSN=f"{cluster.dsn} user={SENDER_ROLE} connect_timeout=5",
                           OTP_SENDER_SMTP_HOST="127.0.0.1", OTP_SENDER_SMTP_PORT=str(smtp_port),
                           OTP_SENDER_LEASE_SECONDS=str(LEASE_SECONDS), OTP_SENDER_HTTP_TIMEOUT="5")
        self.log_path = log_path
        with open(log_path, "w") as log:
            self.process = subprocess.Popen([sys.executable, SENDER], env=environment, stdout=log,
                                            stderr=subprocess.STDOUT)
        poll_until(lambda: self.connections() == 1 or self.process.poll() is not None, 30, "the sender to listen")
        assert self.process.poll() is None, self.log()

    def log(self) -> str:
        return self.log_path.read_text()

    def connections(self) -> int:
        return self.log().count("listening on otp_delivery")

    def hold(self):
        self.process.send_signal(signal.SIGSTOP)

    def release(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        self.process.send_signal(signal.SIGCONT)
        self.process.terminate()
        assert self.process.wait(timeout=30) == 0, self.log()


@pytest.fixture
def cluster():
    with PatroniCluster(sync=True) as started:
        yield started


def prepare(cluster):
    with cluster.connect() as admin:
        set_policy(admin, POLICY, max_attempts=5, ttl_seconds=3600, identifier_limit=1000, client_limit=1000)
        for role, grants in ((APP_ROLE, APP_GRANTS), (SENDER_ROLE, SENDER_GRANTS)):
            admin.execute(f"CREATE ROLE {role} LOGIN")
            admin.execute(grants.format(role=role))


def run_until_each_did(everyone, clients, operations: int, what: str):
    """Lets everyone work until each of `clients` has confirmed `operations` more operations."""
    start = {client: client.operations for client in clients}
    poll_until(lambda: all(c.operations >= start[c] + operations for c in clients) or any(c.errors for c in everyone),
               180, f"every client to do {operations} operations {what}", interval=0.1)
    assert not [e for c in everyone for e in c.errors], [e for c in everyone for e in c.errors]


def pause(load, clients):
    load.running.clear()
    poll_until(lambda: all(c.parked.is_set() for c in clients), 180, "the clients to finish their operations")


def resume(load, clients):
    load.phase += 1
    for client in clients:
        client.parked.clear()
    load.running.set()


def writable_after(cluster, new_primary, event: float) -> float:
    """Waits until the multi-host string reaches `new_primary` for writing; returns the seconds since `event`."""
    poll_until(lambda: cluster.writable_primary() is new_primary, 120, f"{new_primary.name} to take writes")
    return time.monotonic() - event


def queue_during_outage(cluster, mailbox, sender):
    """Queues three logins while the sender is held, lets the sender go, and checks that it
    connects again by itself and delivers them: they were committed before its new session
    began, so no notification of theirs reached it."""
    connections = sender.connections()
    with cluster.connect(user=APP_ROLE) as app:
        queued = [Login(initiate(app, address, policy=POLICY)["challenge_id"], address)
                  for address in (unique_email("outage") for _ in range(3))]
    sender.release()
    poll_until(lambda: sender.connections() == connections + 1, 60, "the sender to connect again")
    poll_until(lambda: all(mailbox.codes_for(login.address) for login in queued), 60, "the requests queued meanwhile")
    with cluster.connect() as admin:
        before = admin.execute(
            "SELECT max(d.created_at) < (SELECT backend_start FROM pg_stat_activity WHERE application_name = 'otp_sender')"
            "  FROM otp_private.delivery d WHERE d.challenge_id = ANY(%s)", ([q.challenge_id for q in queued],)).fetchone()[0]
        assert before is True
    with cluster.connect(user=APP_ROLE) as app:
        for login in queued:
            code = mailbox.codes_for(login.address)[-1]
            assert verify(app, login.challenge_id, code)["status"] == "success"
            login.attempts, login.code = 1, code
    return queued


def check_nothing_lost(cluster, primary, clients, extra_logins) -> dict:
    """Checks every result confirmed to a client so far against the primary; returns the counts."""
    logins = [login for c in clients for login in c.logins] + extra_logins
    factors = [factor for c in clients for factor in c.factors]
    acknowledged = [delivery for c in clients for delivery in c.acknowledged]
    counts = {"logins started": len(logins), "logins signed in": sum(1 for x in logins if x.code),
              "attempts": sum(x.attempts for x in logins), "keys": len(factors),
              "TOTP checks": sum(f.checks for f in factors), "recovery codes used": sum(len(f.used) for f in factors),
              "acknowledgements": len(acknowledged)}
    with cluster.connect() as admin, cluster.connect(user=APP_ROLE) as app, \
            cluster.connect(user=SENDER_ROLE) as sender_conn:
        assert admin.execute("SELECT inet_server_port()").fetchone()[0] == primary.port

        challenges = dict((row[0], row[1:]) for row in admin.execute(
            "SELECT challenge_id, attempts, state::text FROM otp_private.challenge WHERE challenge_id = ANY(%s)",
            ([x.challenge_id for x in logins],)))
        for login in logins:
            assert login.challenge_id in challenges, f"lost: the challenge of {login}"
            attempts, state = challenges[login.challenge_id]
            assert attempts >= login.attempts, f"lost: attempts of {login} ({attempts} on the primary)"
            if login.code:
                assert state == "verified", f"lost: the success of {login} ({state})"
                # The code that signed in once does not sign in again.
                assert verify(app, login.challenge_id, login.code)["status"] == "not_found"

        steps = dict(admin.execute("SELECT key, last_step FROM otp_private.totp_factor WHERE key = ANY(%s)",
                                   ([f.key for f in factors],)).fetchall())
        used = dict(admin.execute(
            "SELECT key, count(used_at) FROM otp_private.recovery_code WHERE key = ANY(%s) GROUP BY key",
            ([f.key for f in factors],)).fetchall())
        for factor in factors:
            assert steps.get(factor.key, -1) >= factor.last_step, f"lost: the step of {factor}"
            assert used.get(factor.key, 0) >= len(factor.used), f"lost: recovery codes used of {factor}"
            # Each key gets at most two failures per check, four in all: under the lock-out's five.
            assert app.execute("SELECT locked_until FROM otp_factor_status(%s)", (factor.key,)).fetchone()[0] is None
            if not code_of_a_later_step(factor):
                replay = app.execute("SELECT otp_totp_verify(%(secret)s, %(code)s, skew => %(skew)s),"
                                     "       otp_totp_check(%(key)s, %(code)s, %(skew)s)",
                                     {"secret": factor.secret, "code": factor.last_code, "skew": SKEW, "key": factor.key})
                assert replay.fetchone() == (True, False), f"the latest accepted code of {factor.key} passed again"
            if factor.used:
                reuse = app.execute("SELECT otp_recovery_code_use(%s, %s)", (factor.key, factor.used[-1]))
                assert reuse.fetchone()[0] is False, f"a used recovery code of {factor.key} passed again"

        delivered = dict(admin.execute("SELECT delivery_id, state::text FROM otp_private.delivery"
                                       " WHERE delivery_id = ANY(%s)", (acknowledged,)).fetchall())
        assert {d: delivered.get(d) for d in acknowledged if delivered.get(d) != "sent"} == {}, "lost acknowledgements"
        claimable = claim(sender_conn)
        for request in claimable:
            assert sender_conn.execute("SELECT otp_release_delivery(%s)", (request["delivery_id"],)).fetchone()[0]
        assert {r["delivery_id"] for r in claimable} & set(acknowledged) == set(), "an acknowledged delivery came back"
    return counts


def described(counts: dict) -> str:
    return ", ".join(f"{name} {number}" for name, number in counts.items())


def code_of_a_later_step(factor) -> bool:
    """Whether the factor's latest accepted code is also the code of a later step in the window
    (one chance in a million per step), which a check would rightly accept."""
    now_step = int(time.time()) // 30
    totp = pyotp.TOTP(factor.secret)
    return any(totp.at(step * 30) == factor.last_code for step in range(factor.last_step + 1, now_step + SKEW + 2))


def check_purge_worker(cluster, primary):
    poll_until(lambda: cluster.purge_workers(primary) == 1, 60, f"the purge worker on {primary.name}")
    for member in cluster.members:
        if member is not primary and member.name not in cluster.dead:
            assert cluster.purge_workers(member) == 0, f"a purge worker on the standby {member.name}"


def test_switchover_and_failover_lose_nothing_confirmed(cluster, mailbox, tmp_path, capsys):
    started_at = time.monotonic()
    prepare(cluster)
    sender = Sender(cluster, mailbox[1], tmp_path / "sender.log")
    # The second sender works on while the clients do, but is held with the reference sender
    # through each event, so that the requests queued meanwhile are left to the latter.
    load, second_load = Load(), Load()
    clients = [Client(cluster, load, mailbox, kind, index)
               for index, kind in enumerate(["login", "login", "factor", "factor"])]
    second = Client(cluster, second_load, mailbox, "sender", len(clients))
    everyone = clients + [second]
    outage_logins = []
    report = []
    try:
        leader = cluster.wait_until_healthy()
        check_purge_worker(cluster, leader)
        load.running.set()
        second_load.running.set()
        for client in everyone:
            client.start()
        run_until_each_did(everyone, clients, 3, "before the switchover")

        # Switchover, with the clients at work.
        candidate = cluster.other(leader)
        pause(second_load, [second])
        sender.hold()
        event = time.monotonic()
        cluster.switchover(leader, candidate)
        report.append(f"switchover {leader.name} -> {candidate.name}: writes again after "
                      f"{writable_after(cluster, candidate, event):.1f} s")
        outage_logins += queue_during_outage(cluster, mailbox[0], sender)
        resume(second_load, [second])
        run_until_each_did(everyone, clients, 3, "after the switchover")
        leader = cluster.wait_until_healthy()
        assert leader is candidate
        pause(load, clients)
        pause(second_load, [second])
        counts = check_nothing_lost(cluster, leader, everyone, outage_logins)
        check_purge_worker(cluster, leader)
        report.append(f"after the switchover, checked on {leader.name}: {described(counts)}; lost 0")
        resume(load, clients)
        resume(second_load, [second])
        run_until_each_did(everyone, clients, 3, "before the failover")

        # Failover: the leader's machine dies, with the clients at work.
        survivor = cluster.other(leader)
        pause(second_load, [second])
        sender.hold()
        event = time.monotonic()
        killed = cluster.kill(leader)
        report.append(f"failover: {leader.name} killed (Patroni and {killed - 1} server processes), {survivor.name} "
                      f"takes writes after {writable_after(cluster, survivor, event):.1f} s")
        outage_logins += queue_during_outage(cluster, mailbox[0], sender)
        resume(second_load, [second])
        run_until_each_did(everyone, clients, 3, "after the failover")
        pause(load, clients)
        pause(second_load, [second])
        counts = check_nothing_lost(cluster, survivor, everyone, outage_logins)
        check_purge_worker(cluster, survivor)
        report.append(f"after the failover, checked on {survivor.name}: {described(counts)}; lost 0")
    finally:
        for each in (load, second_load):
            each.stopping = True
            each.running.set()
        for client in everyone:
            client.join(timeout=60)
        sender.stop()
    assert not [e for c in everyone for e in c.errors], [e for c in everyone for e in c.errors]
    report.append(f"client reconnections {sum(c.reconnections for c in everyone)}, reference sender connections "
                  f"{sender.connections()}, requests queued during the outages delivered {len(outage_logins)}; "
                  f"{time.monotonic() - started_at:.0f} s")
    with capsys.disabled():
        print("\n" + "\n".join(f"[ha] {line}" for line in report))
