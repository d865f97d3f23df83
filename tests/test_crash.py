"""A server that crashes under load keeps everything it confirmed.

A server of its own, fsync on, takes a steady load from several connections: applications starting
challenges, a sender claiming and acknowledging their deliveries (and leaving a few unacknowledged,
as a sender that died mid-send would), and users typing codes: right ones, a single wrong one, or
wrong ones until the challenge locks. Each thread writes down only what the server confirmed, that
is what committed. Then every process of the server is killed at once with SIGKILL, as a machine
crash stops them, the server restarts through crash recovery, and all that was confirmed must be
there: no challenge or delivery request lost, no acknowledged delivery handed out again, locked
challenges still locked, used codes still used, no attempt count lower than a user was told.

SIGKILL stops processes, not the operating system: what was written but not yet fsynced is still in
the page cache. So this proves that WAL replay restores every confirmed commit, not that the disk
keeps its promises.
"""

import itertools
import queue
import threading
import uuid

import psycopg
import pytest

from clusters import ServerGroup
from helpers import claim, initiate, poll_until, set_policy, verify, wrong_code

MAX_ATTEMPTS = 3
# The load runs until it has done at least this much, then the server is killed mid-flight.
ENOUGH = {"verified": 40, "locked": 40, "one_wrong": 40, "abandoned": 10}
ABANDON_EVERY = 10  # the sender leaves every tenth request it claims unacknowledged
BACKLOG = 32        # challenges started but not yet claimed: the applications wait beyond this
LEASE_SECONDS = 1   # so that an abandoned request can be claimed again soon after the restart


class Ledger:
    """What the server confirmed to the clients before it crashed."""

    def __init__(self):
        self.initiated = set()    # challenge ids whose otp_initiate returned
        self.claimed = {}         # delivery id -> challenge id, from claims that returned
        self.acked = set()        # delivery ids whose otp_ack_delivery returned true
        self.abandoned = set()    # delivery ids claimed and deliberately never acknowledged
        self.codes = {}           # challenge id -> code, from claims
        self.verified = set()     # challenges whose right code returned success
        self.locked = set()       # challenges whose last wrong code returned remaining_attempts 0
        self.one_wrong = set()    # challenges that got exactly one wrong code and no more
        self.attempts = {}        # challenge id -> attempts the latest answer implied
        self.unexpected = []      # anything but the crash itself going wrong in a thread

    def counts(self) -> str:
        return (f"{len(self.initiated)} challenges, {len(self.claimed)} deliveries claimed, "
                f"{len(self.acked)} acknowledged, {len(self.abandoned)} abandoned, "
                f"{len(self.verified)} verified, {len(self.locked)} locked, {len(self.one_wrong)} one wrong code")


class Load:
    def __init__(self, server, policy):
        self.server = server
        self.policy = policy
        self.ledger = Ledger()
        self.crashing = threading.Event()
        self.handoff = queue.Queue()  # (challenge id, code) acknowledged, for the users
        self.user_turns = itertools.count()
        # Keeps the applications from outrunning the sender, whatever their relative speed.
        self.backlog = threading.BoundedSemaphore(BACKLOG)
        self.threads = [
            threading.Thread(target=self.run, args=(work,), name=work.__name__)
            for work in (self.application, self.application, self.sender, self.user, self.user)
        ]

    def run(self, work):
        try:
            with self.server.connect() as conn:
                while not self.crashing.is_set():
                    work(conn)
        except psycopg.Error as error:
            if not self.crashing.is_set():
                self.ledger.unexpected.append(f"{threading.current_thread().name}: {error!r}")
        except Exception as error:  # an assertion about an answer: reported by the test
            self.ledger.unexpected.append(f"{threading.current_thread().name}: {error!r}")

    def application(self, conn):
        if not self.backlog.acquire(timeout=0.2):
            return
        started = initiate(conn, f"crash-{uuid.uuid4().hex[:12]}@example.com", policy=self.policy)
        self.ledger.initiated.add(started["challenge_id"])

    def sender(self, conn):
        for request in claim(conn, max_count=8, lease_seconds=LEASE_SECONDS):
            delivery, challenge = request["delivery_id"], request["challenge_id"]
            first_claim = delivery not in self.ledger.claimed
            if first_claim:
                self.backlog.release()
            self.ledger.claimed[delivery] = challenge
            self.ledger.codes[challenge] = request["code"]
            if delivery in self.ledger.abandoned or (first_claim and len(self.ledger.claimed) % ABANDON_EVERY == 0):
                self.ledger.abandoned.add(delivery)
                continue
            acked = conn.execute("SELECT otp_ack_delivery(%s)", (delivery,)).fetchone()[0]
            assert acked, f"otp_ack_delivery({delivery}) of a request just claimed returned false"
            self.ledger.acked.add(delivery)
            self.handoff.put((challenge, request["code"]))

    def user(self, conn):
        try:
            challenge, code = self.handoff.get(timeout=0.2)
        except queue.Empty:
            return
        turn = next(self.user_turns) % 3
        if turn == 0:
            answer = verify(conn, challenge, code)
            assert answer["status"] == "success", answer
            self.ledger.attempts[challenge] = MAX_ATTEMPTS - answer["remaining_attempts"]
            self.ledger.verified.add(challenge)
            return
        while True:
            answer = verify(conn, challenge, wrong_code(code))
            assert answer["status"] == "invalid_code", answer
            self.ledger.attempts[challenge] = MAX_ATTEMPTS - answer["remaining_attempts"]
            if turn == 2:
                self.ledger.one_wrong.add(challenge)
                return
            if answer["remaining_attempts"] == 0:
                self.ledger.locked.add(challenge)
                return

    def enough(self) -> bool:
        return all(len(getattr(self.ledger, name)) >= count for name, count in ENOUGH.items())


@pytest.fixture(scope="module")
def crashed():
    """Runs the load, kills the server in the middle of it, restarts it. Yields the server and
    what the clients were told before the crash."""
    with ServerGroup() as group:
        server = group.create("crash", {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"})
        server.start()
        server.create_extension()
        with server.connect() as conn:
            policy = set_policy(conn, "crash", max_attempts=MAX_ATTEMPTS, ttl_seconds=3600,
                                identifier_limit=1000000, client_limit=1000000)
        load = Load(server, policy)
        for thread in load.threads:
            thread.start()
        try:
            # A checkpoint half-way, so that recovery starts from one taken under load.
            poll_until(lambda: len(load.ledger.locked) >= ENOUGH["locked"] // 2 or load.ledger.unexpected,
                       180, "half of the load")
            with server.connect() as conn:
                conn.execute("CHECKPOINT")
            poll_until(lambda: load.enough() or load.ledger.unexpected, 180, f"the load ({load.ledger.counts()})")
            load.crashing.set()
            killed = server.crash()
        finally:
            load.crashing.set()
            for thread in load.threads:
                thread.join(timeout=60)
        server.start()
        yield server, load.ledger, killed


def test_load_ran_and_the_server_recovered(crashed, capsys):
    server, ledger, killed = crashed
    assert ledger.unexpected == [], ledger.unexpected
    assert "automatic recovery in progress" in server.log(), "the restart was not a crash recovery"
    with capsys.disabled():
        print(f"\ncrash test: {killed} server processes killed after {ledger.counts()}")


def test_no_confirmed_challenge_or_delivery_request_lost(crashed):
    server, ledger, _ = crashed
    with server.connect() as conn:
        challenges = {row[0] for row in conn.execute("SELECT challenge_id FROM otp_private.challenge")}
        # The delivery request each challenge points at, with the challenge it belongs to.
        requests = dict(conn.execute(
            "SELECT c.challenge_id, d.challenge_id FROM otp_private.challenge c"
            " JOIN otp_private.delivery d ON d.delivery_id = c.delivery_id"
        ).fetchall())
        claimed = dict(conn.execute(
            "SELECT delivery_id, challenge_id FROM otp_private.delivery WHERE tries >= 1"
        ).fetchall())
    lost = ledger.initiated - challenges
    assert not lost, f"{len(lost)} of {len(ledger.initiated)} confirmed challenges lost ({ledger.counts()})"
    without_request = {c for c in ledger.initiated if requests.get(c) != c}
    assert not without_request, f"{len(without_request)} challenges lost their delivery request ({ledger.counts()})"
    unclaimed = {d for d, c in ledger.claimed.items() if claimed.get(d) != c}
    assert not unclaimed, f"{len(unclaimed)} claimed delivery requests lost or unclaimed ({ledger.counts()})"


def test_acknowledged_deliveries_are_never_claimable_again(crashed):
    server, ledger, _ = crashed
    with server.connect() as conn:
        not_sent = conn.execute(
            "SELECT delivery_id, state FROM otp_private.delivery"
            " WHERE delivery_id = ANY(%s) AND (state <> 'sent' OR sealed_code IS NOT NULL)",
            (list(ledger.acked),),
        ).fetchall()
        assert not_sent == [], f"acknowledged but not sent after the crash: {not_sent} ({ledger.counts()})"
        # The abandoned requests come back once their (short) lease has run out; acknowledged
        # ones never do.
        poll_until(lambda: conn.execute(
            "SELECT bool_and(available_at < clock_timestamp()) FROM otp_private.delivery WHERE delivery_id = ANY(%s)",
            (list(ledger.abandoned),),
        ).fetchone()[0], 60, "the abandoned requests' leases to run out")
        claimable = set()
        while batch := claim(conn, max_count=1000, lease_seconds=3600):
            claimable |= {request["delivery_id"] for request in batch}
    handed_out_again = claimable & ledger.acked
    assert not handed_out_again, (
        f"{len(handed_out_again)} acknowledged deliveries claimable again ({ledger.counts()})")
    assert ledger.abandoned <= claimable, (
        f"abandoned requests not claimable again: {sorted(ledger.abandoned - claimable)} ({ledger.counts()})")


def test_locked_challenges_stay_locked(crashed):
    server, ledger, _ = crashed
    with server.connect() as conn:
        states = dict(conn.execute(
            "SELECT challenge_id, state FROM otp_private.challenge WHERE challenge_id = ANY(%s)",
            (list(ledger.locked),),
        ).fetchall())
        assert {c: states.get(c) for c in ledger.locked} == {c: "locked" for c in ledger.locked}, ledger.counts()
        for challenge in ledger.locked:
            answer = verify(conn, challenge, ledger.codes[challenge])
            assert (answer["status"], answer["remaining_attempts"]) == ("locked", 0), (challenge, ledger.counts())


def test_used_codes_stay_used(crashed):
    server, ledger, _ = crashed
    with server.connect() as conn:
        for challenge in ledger.verified:
            assert verify(conn, challenge, ledger.codes[challenge])["status"] == "not_found", (
                challenge, ledger.counts())


def test_attempt_counts_are_not_lower_than_users_were_told(crashed):
    server, ledger, _ = crashed
    with server.connect() as conn:
        attempts = dict(conn.execute(
            "SELECT challenge_id, attempts FROM otp_private.challenge WHERE challenge_id = ANY(%s)",
            (list(ledger.attempts),),
        ).fetchall())
        # Each challenge had one user, so at most one more attempt can have committed unanswered.
        wrong = {c: (told, attempts.get(c)) for c, told in ledger.attempts.items()
                 if attempts.get(c) is None or not told <= attempts[c] <= told + 1}
        assert not wrong, f"(told, found) attempts: {wrong} ({ledger.counts()})"
        # A challenge that had one wrong code still takes its right code, counting on from there.
        for challenge in ledger.one_wrong:
            answer = verify(conn, challenge, ledger.codes[challenge])
            assert (answer["status"], answer["remaining_attempts"]) == (
                "success", MAX_ATTEMPTS - attempts[challenge] - 1), (challenge, ledger.counts())
