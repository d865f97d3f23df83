"""The separate sender of the capacity benchmark (section 7 of run.py), as a process of its own.

It does what scripts/otp_sender.py does, with an unlogged table for a mail server: LISTEN on
otp_delivery, claim a batch, hand each code to the inbox the users read (bench_plpgsql.inbox),
acknowledge the batch in one statement, and wait for a notification after a claim that found
nothing. On SIGTERM it prints what it did as JSON and exits.
"""

import json
import signal
import sys
import time

import psycopg

BATCH = 100
POLL_SECONDS = 1.0


def main(dsn: str) -> None:
    stopping = False

    def stop(_signum, _frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    counts = {"claims": 0, "delivered": 0, "notifications": 0, "polls": 0}
    with psycopg.connect(dsn, autocommit=True, application_name="capacity_sender") as conn:
        conn.execute("LISTEN otp_delivery")
        while not stopping:
            batch = conn.execute("SELECT delivery_id, challenge_id, code, identifier FROM otp_claim_deliveries(%s, 30)",
                                 (BATCH,)).fetchall()
            counts["claims"] += 1
            if batch:
                conn.execute("INSERT INTO bench_plpgsql.inbox SELECT * FROM unnest(%s::uuid[], %s::text[], %s::text[])",
                             ([row[1] for row in batch], [row[2] for row in batch], [row[3] for row in batch]))
                acknowledged = conn.execute("SELECT count(*) FROM otp_ack_deliveries(%s)",
                                            ([row[0] for row in batch],)).fetchone()[0]
                counts["delivered"] += acknowledged
                continue
            woken = False
            deadline = time.monotonic() + POLL_SECONDS
            while not stopping and not woken and time.monotonic() < deadline:
                woken = any(True for _ in conn.notifies(timeout=0.1, stop_after=1))
            if woken:
                counts["notifications"] += 1 + sum(1 for _ in conn.notifies(timeout=0))
            elif not stopping:
                counts["polls"] += 1
    print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
