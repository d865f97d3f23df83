"""What a failover loses of the results clients were told were committed: the leader's machine
dies under a load of wrong codes, TOTP checks and recovery codes, Patroni promotes the standby,
and the promoted standby is asked what it still has. A measurement, skipped unless asked for:

    bash scripts/ha.sh measure-async [RUNS]
    OTP_PG_HA_MEASURE_RUNS=5 python -m pytest -s tests/ha/test_async_loss.py

Each case runs RUNS times. The leader dies at once, with asynchronous replication on loopback,
where the standby receives the WAL within microseconds, and over links of 1 ms each way
(scripts/ha_link.py), as between two hosts of a region, where what is on its way still arrives.
Or the link to the leader fails first, for a second, before the leader dies: a standby that
falls behind, asynchronous and then synchronous replication. The asynchronous cases report what
was lost and assert nothing about it; in the synchronous one nothing may be lost.
"""

import os
import secrets
import threading
import time
from collections import defaultdict

import psycopg
import pyotp
import pytest

from helpers import initiate, poll_until, set_policy, unique_email, verify
from patroni_cluster import PatroniCluster

RUNS = int(os.environ.get("OTP_PG_HA_MEASURE_RUNS", "0"))
THREADS = 8
OPERATIONS_BEFORE_KILL = 3000   # confirmed operations of all threads together, then the leader dies
MAX_ATTEMPTS = 5                # wrong codes a challenge takes before it locks (the default policy's)
RECOVERY_CODES = 100
SKEW = 10
POLICY = "loss"
CUT_SECONDS = 1.0               # how long the link is down before the leader dies

pytestmark = pytest.mark.skipif(RUNS < 1, reason="a measurement: bash scripts/ha.sh measure-async [RUNS]")


class Hammer(threading.Thread):
    """Wrong codes, TOTP checks and recovery codes in turn on its own challenges and keys, as
    fast as one connection to the leader goes, until the connection dies. Each resource is used
    by one thread in order, so the promoted standby, which replays WAL in commit order, holds a
    prefix of its confirmed results: counting them is enough to see what it lost."""

    def __init__(self, leader, index):
        super().__init__(name=f"hammer-{index}", daemon=True)
        self.leader, self.index = leader, index
        self.attempts = defaultdict(list)   # challenge id -> confirmation times of its wrong codes
        self.locked = set()                 # challenges whose lock was confirmed
        self.steps = defaultdict(list)      # key -> (step, code, confirmation time) of accepted checks
        self.recovery = defaultdict(list)   # key -> (code, confirmation time) of used recovery codes
        self.operations = 0
        self.error = None

    def run(self):
        try:
            with self.leader.connect() as conn:
                challenge, factor = None, None
                while True:
                    if challenge is None:
                        challenge = initiate(conn, unique_email(f"loss-{self.index}"), policy=POLICY)["challenge_id"]
                    if factor is None or not factor["codes"] or factor["step"] + 1 > time.time() // 30 + SKEW - 1:
                        factor = self.enrol(conn, f"loss-{self.index}-{len(self.steps)}")
                    if self.wrong_code(conn, challenge):
                        challenge = None
                    self.totp_check(conn, factor)
                    self.recovery_code(conn, factor)
        except psycopg.OperationalError:
            pass  # the leader died
        except Exception as error:  # reported by the test
            self.error = error

    def enrol(self, conn, key):
        secret = conn.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0]
        step = int(time.time()) // 30
        assert conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, pyotp.TOTP(secret).at(step * 30))).fetchone()[0]
        codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate(%s, %s)", (key, RECOVERY_CODES))]
        self.steps[key] = []
        return {"key": key, "totp": pyotp.TOTP(secret), "step": step, "codes": codes}

    def wrong_code(self, conn, challenge) -> bool:
        """A guess at the code; true when the challenge is over (locked, or the guess was right:
        one chance in a million)."""
        answer = verify(conn, challenge, f"{secrets.randbelow(10 ** 6):06d}")
        self.attempts[challenge].append(time.monotonic())
        self.operations += 1
        if answer["status"] == "invalid_code" and answer["remaining_attempts"] == 0:
            self.locked.add(challenge)
        return answer["status"] != "invalid_code" or answer["remaining_attempts"] == 0

    def totp_check(self, conn, factor):
        step = factor["step"] + 1
        code = factor["totp"].at(step * 30)
        assert conn.execute("SELECT otp_totp_check(%s, %s, %s)", (factor["key"], code, SKEW)).fetchone()[0]
        factor["step"] = step
        self.steps[factor["key"]].append((step, code, time.monotonic()))
        self.operations += 1

    def recovery_code(self, conn, factor):
        code = factor["codes"].pop()
        assert conn.execute("SELECT otp_recovery_code_use(%s, %s)", (factor["key"], code)).fetchone()[0]
        self.recovery[factor["key"]].append((code, time.monotonic()))
        self.operations += 1


def measure(sync: bool, link_delay_ms: float, cut: bool) -> dict:
    with PatroniCluster(sync=sync, link_delay_ms=link_delay_ms) as cluster:
        leader = cluster.wait_until_healthy()
        standby = cluster.other(leader)
        with leader.connect() as admin:
            set_policy(admin, POLICY, max_attempts=MAX_ATTEMPTS, ttl_seconds=3600, identifier_limit=1000000,
                       client_limit=1000000)
        hammers = [Hammer(leader, index) for index in range(THREADS)]
        started_at = time.monotonic()
        for hammer in hammers:
            hammer.start()
        poll_until(lambda: sum(h.operations for h in hammers) >= OPERATIONS_BEFORE_KILL or any(h.error for h in hammers),
                   300, "the load", interval=0.01)
        if cut:
            cluster.cut_link(leader)
            time.sleep(CUT_SECONDS)  # the scenario: the leader goes on alone for this long
        killing_at = time.monotonic()
        cluster.kill(leader)
        dead_at = time.monotonic()
        rate = sum(h.operations for h in hammers) / (killing_at - started_at)
        for hammer in hammers:
            hammer.join(timeout=60)
        assert not [h.error for h in hammers if h.error], [h.error for h in hammers if h.error]
        try:
            poll_until(lambda: cluster.writable_primary() is standby, 60, "the standby's promotion")
        except AssertionError:
            # Patroni promotes no standby further behind than maximum_lag_on_failover (1 MB) from
            # the position the leader last published: nothing is lost then, and nothing works.
            lagging = "My wal position exceeds maximum replication lag" in standby.log()
            return {"operations/s": round(rate),
                    "promoted": "no, over maximum_lag_on_failover" if lagging else "no, see the Patroni log"}
        promoted_after = time.monotonic() - dead_at
        with standby.connect() as conn:
            return {"operations/s": round(rate)} | lost_on(conn, hammers, dead_at) | {
                "promoted after s": round(promoted_after, 1)}


def lost_on(conn, hammers, dead_at) -> dict:
    """What the promoted standby lacks of the confirmed results, and how long before the leader
    was dead the earliest of the lost ones was confirmed; a lost TOTP step and a lost recovery code are each
    tried once more through the API, where they must pass: the replay a failover lets through."""
    attempts = {c: t for h in hammers for c, t in h.attempts.items()}
    locked = {c for h in hammers for c in h.locked}
    steps = {k: s for h in hammers for k, s in h.steps.items()}
    recovery = {k: r for h in hammers for k, r in h.recovery.items()}
    held = dict((row[0], row[1:]) for row in conn.execute(
        "SELECT challenge_id, attempts, state::text FROM otp_private.challenge WHERE challenge_id = ANY(%s)",
        (list(attempts),)))
    last_steps = dict(conn.execute("SELECT key, last_step FROM otp_private.totp_factor WHERE key = ANY(%s)",
                                   (list(steps),)).fetchall())
    used = dict(conn.execute("SELECT key, count(used_at) FROM otp_private.recovery_code WHERE key = ANY(%s)"
                             " GROUP BY key", (list(recovery),)).fetchall())
    lost_times = []
    lost_attempts = 0
    for challenge, times in attempts.items():
        kept = held.get(challenge, (0, None))[0]
        lost_attempts += max(0, len(times) - kept)
        lost_times += times[kept:]
    lost_steps = replayed = 0
    for key, accepted in steps.items():
        missing = [s for s in accepted if s[0] > (last_steps.get(key) or -1)]
        lost_steps += len(missing)
        lost_times += [s[2] for s in missing]
        if missing:
            replayed += conn.execute("SELECT otp_totp_check(%s, %s, %s)", (key, missing[-1][1], SKEW)).fetchone()[0]
    lost_codes = reused = 0
    for key, uses in recovery.items():
        missing = uses[used.get(key, 0):]
        lost_codes += len(missing)
        lost_times += [u[1] for u in missing]
        if missing:
            reused += conn.execute("SELECT otp_recovery_code_use(%s, %s)", (key, missing[-1][0])).fetchone()[0]
    return {
        "attempts": sum(len(t) for t in attempts.values()), "attempts lost": lost_attempts,
        "locks": len(locked), "locks lost": sum(1 for c in locked if held.get(c, (0, "pending"))[1] != "locked"),
        "TOTP steps": sum(len(s) for s in steps.values()), "TOTP steps lost": lost_steps, "replays accepted": replayed,
        "recovery codes": sum(len(r) for r in recovery.values()), "recovery codes lost": lost_codes,
        "reuses accepted": reused,
        "lost confirmed within ms of the end": round((dead_at - min(lost_times)) * 1000) if lost_times else 0,
    }


CASES = {  # name: synchronous, link latency each way in ms, the link cut before the leader dies
    "async, loopback, the leader dies": (False, 0, False),
    "async, 1 ms links, the leader dies": (False, 1, False),
    "async, 1 ms links, the link fails 1 s before the leader dies": (False, 1, True),
    "sync, 1 ms links, the link fails 1 s before the leader dies": (True, 1, True),
}


@pytest.mark.parametrize("case", CASES)
def test_what_a_failover_under_load_loses(case, capsys):
    sync, link_delay_ms, cut = CASES[case]
    results = [measure(sync, link_delay_ms, cut) for _ in range(RUNS)]
    with capsys.disabled():
        print(f"\n{case}: {RUNS} failover(s), {THREADS} clients, {OPERATIONS_BEFORE_KILL} confirmed operations first")
        for run, result in enumerate(results, 1):
            print(f"  run {run}: " + ", ".join(f"{name} {value}" for name, value in result.items()))
    promoted = [r for r in results if "promoted" not in r]
    assert all(r["attempts"] and r["TOTP steps"] and r["recovery codes"] for r in promoted)
    if sync:
        lost = ("attempts lost", "locks lost", "TOTP steps lost", "recovery codes lost")
        assert len(promoted) == RUNS
        assert [{name: r[name] for name in lost} for r in promoted] == [dict.fromkeys(lost, 0)] * RUNS
