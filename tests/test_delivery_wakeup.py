"""Senders are notified only while one waits, and no request waits for a sender's poll.

Each test runs senders in threads of their own connections that do what a sender does: LISTEN on
otp_delivery, claim until a claim comes back empty, then wait for a notification. Their poll
interval is longer than any test, so a request that was queued without waking a waiting sender
would stay unclaimed and fail the test at its deadline.
"""

import json
import random
import threading
import time

import psycopg
import pytest

from helpers import (APP_GRANTS, SENDER_GRANTS, connection_as, initiate, login_role, set_policy, sqlstate_of,
                     unique_email)

KEY = 0x6F747067  # otp_pg's advisory lock keys: (KEY, 1) the gate, (KEY, 2) the waiting mark
NEVER = 3600.0  # a poll interval no test lives to see

# Each test counts what its senders claim: none may find requests other tests left behind.
pytestmark = pytest.mark.usefixtures("empty_queue")


class Sender(threading.Thread):
    """A sender on its own connection: claims and acknowledges, and waits for a notification only
    after a claim found nothing."""

    def __init__(self, dsn, batch=100, **connect_options):
        super().__init__(daemon=True)
        self.batch = batch
        self.conn = psycopg.connect(dsn, autocommit=True, **connect_options)
        self.conn.execute("LISTEN otp_delivery")
        self.claimed = {}  # challenge id -> time.monotonic() when claimed
        self.polls = 0  # waits that ended without a notification
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.is_set():
            rows = self.conn.execute("SELECT delivery_id, challenge_id FROM otp_claim_deliveries(%s)",
                                     (self.batch,)).fetchall()
            if rows:
                now = time.monotonic()
                for _, challenge_id in rows:
                    self.claimed[challenge_id] = now
                acknowledged = self.conn.execute("SELECT * FROM otp_ack_deliveries(%s)",
                                                 ([row[0] for row in rows],)).fetchall()
                assert sorted(a[0] for a in acknowledged) == sorted(row[0] for row in rows)
                continue
            woken = False
            deadline = time.monotonic() + NEVER
            while not woken and not self.stopping.is_set() and time.monotonic() < deadline:
                woken = any(True for _ in self.conn.notifies(timeout=0.2, stop_after=1))
            if not woken and not self.stopping.is_set():
                self.polls += 1

    def stop(self):
        self.stopping.set()
        self.join(timeout=10)
        self.conn.close()


@pytest.fixture
def senders(dsn):
    started = []

    def start(count=1, batch=100, **connect_options):
        for _ in range(count):
            sender = Sender(dsn, batch, **connect_options)
            sender.start()
            started.append(sender)
        return started[-count:]

    yield start
    for sender in started:
        sender.stop()


def waiting_senders(conn) -> int:
    return conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = %s"
                        " AND objid = 2 AND granted", (KEY,)).fetchone()[0]


def wait_for(condition, what, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not within {timeout} s: {what}"
        time.sleep(0.01)


def notifications(listener, timeout) -> list:
    return [n.payload for n in listener.notifies(timeout=timeout)]


def test_a_waiting_sender_is_notified_and_a_busy_one_is_not(conn, connect, senders):
    policy = set_policy(conn, identifier_limit=1000, client_limit=1000)
    listener = connect()
    listener.execute("LISTEN otp_delivery")
    # Nobody waits: the listener LISTENs but never claimed, so it is not marked.
    assert waiting_senders(conn) == 0
    initiate(conn, unique_email("unheard"), policy=policy)
    assert notifications(listener, 0.5) == []

    [sender] = senders()
    wait_for(lambda: waiting_senders(conn) == 1, "the sender waits")
    started = initiate(conn, unique_email("heard"), policy=policy)
    wait_for(lambda: started["challenge_id"] in sender.claimed, "the request is claimed")
    # The first request was claimed at the sender's start, the second on its notification.
    assert sender.polls == 0
    delivery_id = conn.execute("SELECT delivery_id FROM otp_private.challenge WHERE challenge_id = %s",
                               (started["challenge_id"],)).fetchone()[0]
    assert [json.loads(p) for p in notifications(listener, 0.5)] == [{"delivery_id": delivery_id, "channel": "email"}]


def test_only_a_listening_claim_that_finds_nothing_marks_its_session(conn, connect):
    policy = set_policy(conn, identifier_limit=1000, client_limit=1000)
    poller = connect()
    while poller.execute("SELECT count(*) FROM otp_claim_deliveries(1000)").fetchone()[0]:
        pass
    assert waiting_senders(conn) == 0  # a poller (e.g. behind a transaction pooler) is not woken
    listening = connect()
    listening.execute("LISTEN otp_delivery")
    listening.execute("SELECT count(*) FROM otp_claim_deliveries(100)")
    assert waiting_senders(conn) == 1
    initiate(conn, unique_email("claimed"), policy=policy)
    # A claim that finds requests makes a busy sender, which claims again before it waits.
    assert listening.execute("SELECT count(*) FROM otp_claim_deliveries(100)").fetchone()[0] == 1
    assert waiting_senders(conn) == 0
    listening.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
    listening.execute("SELECT count(*) FROM otp_claim_deliveries(100)")
    listening.execute("COMMIT")
    assert waiting_senders(conn) == 0  # its snapshot could miss what commits meanwhile
    listening.execute("SELECT count(*) FROM otp_claim_deliveries(100)")
    assert waiting_senders(conn) == 1
    listening.close()
    wait_for(lambda: waiting_senders(conn) == 0, "the mark goes with its session")


@pytest.mark.parametrize("sender_count", [1, 3])
def test_no_request_waits_for_a_poll_under_concurrent_queuing(conn, connect, senders, sender_count):
    """Producers queue at once, some in transactions that stay open a while after queuing (beyond
    the gate's wait), while senders go idle and wait again and again."""
    policy = set_policy(conn, identifier_limit=100000, client_limit=100000)
    running = senders(sender_count, batch=3)  # batches are often full, often not
    committed = {}
    lock = threading.Lock()

    def produce(connection):
        for _ in range(40):
            pause = random.choice([0, 0, 0, 0.002, 0.02, 0.15])
            with connection.transaction():
                started = initiate(connection, unique_email("race"), policy=policy)
                time.sleep(pause)
            with lock:
                committed[started["challenge_id"]] = time.monotonic()
            time.sleep(random.random() * 0.01)

    producers = [threading.Thread(target=produce, args=(connect(),)) for _ in range(8)]
    for producer in producers:
        producer.start()
    for producer in producers:
        producer.join()

    def all_claimed():
        claimed = set().union(*(sender.claimed for sender in running))
        return set(committed) <= claimed

    wait_for(all_claimed, f"{len(committed)} requests claimed", timeout=60)
    assert len(committed) == 320
    assert sum(sender.polls for sender in running) == 0


def test_a_transaction_left_open_after_queuing_does_not_hold_other_requests(conn, connect, senders):
    policy = set_policy(conn, identifier_limit=1000, client_limit=1000)
    [sender] = senders()
    wait_for(lambda: waiting_senders(conn) == 1, "the sender waits")
    slow = connect()
    slow.execute("BEGIN")
    held = initiate(slow, unique_email("held"), policy=policy)
    # The sender is awake (notified): its next empty claim waits at the gate for `slow`, gives up,
    # and wakes itself; requests queued meanwhile are claimed.
    quick = [initiate(conn, unique_email("quick"), policy=policy) for _ in range(5)]
    wait_for(lambda: all(q["challenge_id"] in sender.claimed for q in quick), "the quick ones are claimed")
    time.sleep(0.3)
    slow.execute("COMMIT")
    wait_for(lambda: held["challenge_id"] in sender.claimed, "the one committed late is claimed")
    assert sender.polls == 0


@pytest.mark.parametrize("hostile", [
    "SELECT pg_advisory_lock_shared({key}, 1)",   # holds the gate open: senders can't pass it
    "SELECT pg_advisory_lock({key}, 1)",          # holds the gate shut: every queuing notifies
    "SELECT pg_advisory_lock({key}, 2)",          # holds the waiting mark: senders can't take it
    "SELECT pg_advisory_lock_shared({key}, 2)",   # looks like a waiting sender: every queuing notifies
])
def test_a_role_holding_the_keys_cannot_keep_requests_from_senders(conn, connect, senders, hostile):
    """Any role can take advisory locks: the worst it gets is notifications for every request or
    senders that claim every tenth of a second."""
    policy = set_policy(conn, identifier_limit=1000, client_limit=1000)
    with login_role(conn, "locker") as role:
        locker = connect(user=role)
        locker.execute(hostile.format(key=KEY))
        [sender] = senders()
        started = [initiate(conn, unique_email("locked-out"), policy=policy) for _ in range(5)]
        time.sleep(0.3)
        started += [initiate(conn, unique_email("locked-out"), policy=policy) for _ in range(5)]
        wait_for(lambda: all(s["challenge_id"] in sender.claimed for s in started), "every request is claimed")
        assert sender.polls == 0
        locker.close()


@pytest.fixture
def sender_role(conn, connect):
    yield from connection_as(conn, connect, "acks", SENDER_GRANTS)


def test_a_batch_acknowledgement_acknowledges_what_is_pending_once(conn, sender_role):
    policy = set_policy(conn, identifier_limit=1000, client_limit=1000)
    started = [initiate(conn, unique_email("batch"), policy=policy) for _ in range(4)]
    ids = [conn.execute("SELECT delivery_id FROM otp_private.challenge WHERE challenge_id = %s",
                        (s["challenge_id"],)).fetchone()[0] for s in started]
    claimed = {row[0] for row in sender_role.execute("SELECT delivery_id FROM otp_claim_deliveries(1000)")}
    assert set(ids) <= claimed
    assert sender_role.execute("SELECT otp_ack_delivery(%s)", (ids[0],)).fetchone()[0]
    acknowledged = sender_role.execute("SELECT * FROM otp_ack_deliveries(%s)",
                                       (ids + ids[1:2] + [-1],)).fetchall()
    assert sorted(a[0] for a in acknowledged) == sorted(ids[1:])
    assert sender_role.execute("SELECT * FROM otp_ack_deliveries(%s)", (ids,)).fetchall() == []
    assert sender_role.execute("SELECT * FROM otp_ack_deliveries('{}')").fetchall() == []
    # One event per request, each naming its own request and challenge (the batch's events are
    # written in one statement).
    delivered = conn.execute(
        "SELECT e.challenge_id, (e.detail ->> 'delivery_id')::bigint, e.masked_identifier FROM otp_private.event e"
        " WHERE e.event = 'delivered' AND e.challenge_id = ANY (%s)", ([s["challenge_id"] for s in started],)).fetchall()
    assert sorted(delivered) == sorted((s["challenge_id"], i, s["masked_identifier"]) for s, i in zip(started, ids))
    states = conn.execute("SELECT state::text, count(*) FROM otp_private.delivery WHERE delivery_id = ANY (%s)"
                          " AND sealed_code IS NULL GROUP BY 1", (ids,)).fetchall()
    assert states == [("sent", 4)]


@pytest.mark.parametrize("argument, sqlstate, message", [
    ("NULL", "22004", "delivery_ids must not be NULL"),
    ("ARRAY[1, NULL]::bigint[]", "22004", "delivery_ids must not contain NULL"),
    ("(SELECT array_agg(i) FROM generate_series(1, 1001) i)::bigint[]", "22023", "delivery_ids may hold at most 1000"),
    ("'{{1,2},{3,4}}'::bigint[]", "22023", "delivery_ids must be a one-dimensional array"),
])
def test_a_batch_acknowledgement_refuses_bad_arguments(sender_role, argument, sqlstate, message):
    state, text = sqlstate_of(sender_role, f"SELECT * FROM otp_ack_deliveries({argument})")
    assert state == sqlstate and message in text


@pytest.fixture
def app(conn, connect):
    yield from connection_as(conn, connect, "noack", APP_GRANTS)


def test_the_application_cannot_acknowledge(app):
    assert sqlstate_of(app, "SELECT * FROM otp_ack_deliveries('{1}')")[0] == "42501"


def test_a_request_handed_back_wakes_a_waiting_sender(conn, connect, senders):
    policy = set_policy(conn, identifier_limit=1000, client_limit=1000)
    stopping = connect()
    while stopping.execute("SELECT count(*) FROM otp_claim_deliveries(1000)").fetchone()[0]:
        pass
    started = initiate(conn, unique_email("handed-back"), policy=policy)
    [(delivery_id,)] = stopping.execute("SELECT delivery_id FROM otp_claim_deliveries(10, 3600)").fetchall()
    [sender] = senders()
    wait_for(lambda: waiting_senders(conn) == 1, "the sender waits")
    assert stopping.execute("SELECT otp_release_delivery(%s)", (delivery_id,)).fetchone()[0]
    wait_for(lambda: started["challenge_id"] in sender.claimed, "the request handed back is claimed")
    assert sender.polls == 0
