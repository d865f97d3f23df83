"""otp_pg benchmarks against a running server (scripts/bench.sh starts one and calls this).

Prints a table and writes it as CSV. Every comparison is measured side by side in the same run.
Nothing here asserts a time: these are measurements, not tests.
"""

import argparse
import collections
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time

import psycopg

SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # RFC 4226 seed, base32
KEY = "'\\x3132333435363738393031323334353637383930'::bytea"  # the same seed as raw bytes

rows_out = []  # (section, measurement, value, unit, note)


def record(section, measurement, value, unit, note=""):
    rows_out.append((section, measurement, value, unit, note))
    shown = f"{value:,.3f}" if isinstance(value, float) else f"{value:,}"
    print(f"  {measurement:<58} {shown:>14} {unit:<10} {note}", flush=True)


HERE = os.path.dirname(os.path.abspath(__file__))


def empty_otp_tables(conn):
    """Removes the rows a section left behind, so the next one starts from empty tables."""
    conn.execute("TRUNCATE otp_private.challenge, otp_private.delivery, otp_private.rate_counter, otp_private.event")


def median_seconds(conn, sql, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        conn.execute(sql).fetchall()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# ---------------------------------------------------------------------------------------------
# 1. Per-call cost against PL/pgSQL + pgcrypto
# ---------------------------------------------------------------------------------------------

PER_CALL = [
    # name, otp_pg, (a) text secret, (b) raw key, floor (the same row source and arguments)
    (
        "otp_totp",
        f"otp_totp('{SECRET}', to_timestamp(i))",
        f"bench_plpgsql.totp_text('{SECRET}', to_timestamp(i), 6, 30, 'sha1')",
        f"bench_plpgsql.totp_raw({KEY}, to_timestamp(i), 6, 30, 'sha1')",
        "to_timestamp(i)",
    ),
    (
        "otp_totp_verify skew 0",
        f"otp_totp_verify('{SECRET}', '123456', to_timestamp(i), 0)",
        f"bench_plpgsql.totp_verify_text('{SECRET}', '123456', to_timestamp(i), 0, 6, 30, 'sha1')",
        f"bench_plpgsql.totp_verify_raw({KEY}, '123456', to_timestamp(i), 0, 6, 30, 'sha1')",
        "to_timestamp(i)",
    ),
    (
        "otp_totp_verify skew 1",
        f"otp_totp_verify('{SECRET}', '123456', to_timestamp(i), 1)",
        f"bench_plpgsql.totp_verify_text('{SECRET}', '123456', to_timestamp(i), 1, 6, 30, 'sha1')",
        f"bench_plpgsql.totp_verify_raw({KEY}, '123456', to_timestamp(i), 1, 6, 30, 'sha1')",
        "to_timestamp(i)",
    ),
    (
        "otp_hotp",
        f"otp_hotp('{SECRET}', i)",
        f"bench_plpgsql.hotp_text('{SECRET}', i, 6, 'sha1')",
        f"bench_plpgsql.hotp({KEY}, i, 6, 'sha1')",
        "i::bigint",
    ),
]


def per_call(conn, fast_calls, slow_calls, rounds=7):
    print(f"\n1. Per-call cost, net of the executor's per-row floor (median of {rounds} rounds)", flush=True)

    def cost(expression, calls):
        start = time.perf_counter()
        conn.execute(f"SELECT count({expression}) FROM generate_series(1, {calls}) AS i").fetchall()
        return (time.perf_counter() - start) / calls * 1e6

    for name, ours, text_baseline, raw_baseline, floor in PER_CALL:
        # Each round measures all four one after another, and the ratios are taken within a
        # round: a slow spell of the machine then slows both sides of a ratio alike.
        samples = {"floor": [], "ours": [], "text": [], "raw": [], "text_ratio": [], "raw_ratio": []}
        for _ in range(rounds):
            floor_us = cost(floor, fast_calls)
            ours_us = cost(ours, fast_calls) - floor_us
            text_us = cost(text_baseline, slow_calls) - floor_us
            raw_us = cost(raw_baseline, slow_calls) - floor_us
            for key, value in (("floor", floor_us), ("ours", ours_us), ("text", text_us), ("raw", raw_us),
                               ("text_ratio", text_us / ours_us), ("raw_ratio", raw_us / ours_us)):
                samples[key].append(value)
        median = {key: statistics.median(values) for key, values in samples.items()}
        record("per-call", f"{name}: floor (row source only)", median["floor"], "us/call")
        record("per-call", f"{name}: otp_pg", median["ours"], "us/call")
        record("per-call", f"{name}: (a) PL/pgSQL + pgcrypto, base32 text", median["text"], "us/call")
        record("per-call", f"{name}: (b) PL/pgSQL + pgcrypto, raw bytea key", median["raw"], "us/call")
        record("per-call", f"{name}: (a) / otp_pg", median["text_ratio"], "x", "target >= 20")
        record("per-call", f"{name}: (b) / otp_pg", median["raw_ratio"], "x", "target >= 5")


# ---------------------------------------------------------------------------------------------
# 2. Throughput of the full challenge cycle
# ---------------------------------------------------------------------------------------------


def pgbench(args, script, clients, seconds, defines=(), options=""):
    command = [
        os.path.join(args.bin, "pgbench"), "-n", "-h", args.host, "-p", str(args.port), "-U", "postgres",
        "-c", str(clients), "-j", str(min(clients, os.cpu_count() or 1)), "-T", str(seconds), "-f", script,
    ]
    for define in defines:
        command += ["-D", define]
    environment = dict(os.environ, PGOPTIONS=options) if options else None
    result = subprocess.run(command + ["postgres"], capture_output=True, text=True, env=environment)
    if result.returncode != 0:
        raise RuntimeError(f"pgbench failed:\n{result.stdout}\n{result.stderr}")
    output = result.stdout
    tps = float(re.search(r"tps = ([0-9.]+)", output).group(1))
    latency = float(re.search(r"latency average = ([0-9.]+) ms", output).group(1))
    return tps, latency


def wal_per_cycle(conn, args, clients=4):
    """WAL bytes per login cycle of otp_pg: the WAL written during a pgbench run over its cycles."""
    start = conn.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
    command = [
        os.path.join(args.bin, "pgbench"), "-n", "-h", args.host, "-p", str(args.port), "-U", "postgres",
        "-c", str(clients), "-j", str(min(clients, os.cpu_count() or 1)), "-T", str(args.seconds),
        "-f", os.path.join(HERE, "cycle_otp_pg.sql"), "postgres",
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    cycles = int(re.search(r"number of transactions actually processed: (\d+)", output).group(1))
    written = conn.execute("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), %s)", (start,)).fetchone()[0]
    return float(written) / cycles


def audit_cost(conn, args, rounds=3):
    """What the audit trail costs a login in WAL: the same cycle with the event table logged and,
    for comparison only, unlogged (its rows then write no WAL)."""
    logged, unlogged = [], []
    for _ in range(rounds):
        empty_otp_tables(conn)
        conn.execute("CHECKPOINT")  # full-page images after a checkpoint weigh alike in both runs
        logged.append(wal_per_cycle(conn, args))
        conn.execute("ALTER TABLE otp_private.event SET UNLOGGED")
        empty_otp_tables(conn)
        conn.execute("CHECKPOINT")
        unlogged.append(wal_per_cycle(conn, args))
        conn.execute("ALTER TABLE otp_private.event SET LOGGED")
    record("cycle", "WAL per login cycle, with the audit trail", statistics.median(logged), "bytes")
    record("cycle", "WAL per login cycle, event rows not logged (comparison only)", statistics.median(unlogged),
           "bytes", f"audit trail: {statistics.median(logged) - statistics.median(unlogged):.0f} bytes per login")


def throughput(conn, args, rounds=5):
    print(f"\n2. Full challenge cycle (initiate, claim, ack, verify: 4 transactions, 3 audit events), pgbench, "
          f"{rounds} rounds of {args.seconds} s per side, alternating; medians")
    for clients in (1, 4, 16):
        # The cycle is bound by WAL flushes on a shared virtual disk whose speed drifts; runs of
        # the two scripts alternate and each ratio is taken within its round.
        ours, plain, ratios, quiet = [], [], [], []
        for _ in range(rounds):
            ours.append(pgbench(args, os.path.join(HERE, "cycle_otp_pg.sql"), clients, args.seconds)[0])
            plain.append(pgbench(args, os.path.join(HERE, "cycle_plain_sql.sql"), clients, args.seconds,
                                 defines=("notify=1",))[0])
            ratios.append(ours[-1] / plain[-1] * 100)
            # The same cycle with events recorded but not notified (otp_pg.event_notifications).
            quiet.append(pgbench(args, os.path.join(HERE, "cycle_otp_pg.sql"), clients, args.seconds,
                                 options="-c otp_pg.event_notifications=off")[0])
        record("cycle", f"{clients} clients: otp_pg", statistics.median(ours), "cycles/s")
        record("cycle", f"{clients} clients: plain SQL, same row writes", statistics.median(plain), "cycles/s")
        record("cycle", f"{clients} clients: otp_pg / plain SQL", statistics.median(ratios), "%",
               f"target >= 80; rounds {', '.join(f'{r:.0f}' for r in ratios)}")
        record("cycle", f"{clients} clients: otp_pg, events not notified", statistics.median(quiet), "cycles/s")
        conn.execute("TRUNCATE bench_plpgsql.challenge, bench_plpgsql.delivery, bench_plpgsql.rate_counter,"
                     " bench_plpgsql.event")
        empty_otp_tables(conn)
        conn.execute("VACUUM ANALYZE")
    audit_cost(conn, args)


# ---------------------------------------------------------------------------------------------
# 7. Capacity: logins with a separate sender, 1 to 64 clients
# ---------------------------------------------------------------------------------------------


def wal_counters(conn) -> tuple:
    """(WAL insert position, WAL writes, WAL fsyncs) of the server; PostgreSQL 18 counts WAL I/O in
    pg_stat_io."""
    lsn = conn.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
    if conn.info.server_version >= 180000:
        writes, syncs = conn.execute("SELECT sum(writes), sum(fsyncs) FROM pg_stat_io WHERE object = 'wal'").fetchone()
    else:
        writes, syncs = conn.execute("SELECT wal_write, wal_sync FROM pg_stat_wal").fetchone()
    return lsn, int(writes or 0), int(syncs or 0)


def p50_p95(values) -> list:
    """The median and the 95th percentile of `values` (NaN for none)."""
    if len(values) < 2:
        return [values[0] if values else float("nan")] * 2
    return [statistics.median(values), statistics.quantiles(values, n=20)[-1]]


class Probe(threading.Thread):
    """One more user beside pgbench's, on its own connection: asks for a code, waits for it in the
    inbox and types it, timing otp_verify as a client sees it."""

    def __init__(self, dsn):
        super().__init__(daemon=True)
        self.dsn, self.stopping, self.verify_ms = dsn, threading.Event(), []

    def run(self):
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            while not self.stopping.is_set():
                challenge_id = conn.execute("SELECT challenge_id FROM otp_initiate(%s, 'email', '{}', 'bench')",
                                            (f"probe{time.monotonic_ns()}@bench.example",)).fetchone()[0]
                code = None
                while code is None and not self.stopping.is_set():
                    time.sleep(0.005)
                    code = conn.execute("DELETE FROM bench_plpgsql.inbox WHERE challenge_id = %s RETURNING code",
                                        (challenge_id,)).fetchone()
                if code is not None:
                    started = time.perf_counter()
                    conn.execute("SELECT status FROM otp_verify(%s, %s)", (challenge_id, code[0])).fetchone()
                    self.verify_ms.append((time.perf_counter() - started) * 1000)


def login_run(conn, args, clients, seconds) -> dict:
    """One pgbench run of users typing codes and asking for the next while the separate sender
    delivers; what it did, from the server's counters, the audit trail and a probing user."""
    empty_otp_tables(conn)
    conn.execute("TRUNCATE bench_plpgsql.inbox")
    first_event = conn.execute("SELECT coalesce(max(event_id), 0) FROM otp_private.event").fetchone()[0]
    senders = [subprocess.Popen([sys.executable, os.path.join(HERE, "capacity_sender.py"), args.dsn],
                                stdout=subprocess.PIPE, text=True) for _ in range(args.senders)]
    probe = Probe(args.dsn)
    before = wal_counters(conn)
    probe.start()
    try:
        pgbench(args, os.path.join(HERE, "capacity_login.sql"), clients, seconds)
    finally:
        probe.stopping.set()
        probe.join()
        after = wal_counters(conn)
        sent = collections.Counter()
        for sender in senders:
            sender.terminate()
            sent.update(json.loads(sender.communicate(timeout=30)[0]))
    logins, asked, queued = conn.execute(
        "SELECT count(*) FILTER (WHERE event = 'verified'), count(*) FILTER (WHERE event = 'initiated'),"
        "       array_agg((detail ->> 'queued_seconds')::float8) FILTER (WHERE event = 'delivered')"
        "  FROM otp_private.event WHERE event_id > %s", (first_event,)).fetchone()
    wal_bytes = float(conn.execute("SELECT pg_wal_lsn_diff(%s, %s)", (after[0], before[0])).fetchone()[0])
    return {"per_second": logins / seconds, "lost": 1 - logins / max(asked, 1),
            "wal_bytes": wal_bytes / max(logins, 1),
            "writes": (after[1] - before[1]) / max(logins, 1), "fsyncs": (after[2] - before[2]) / max(logins, 1),
            "verify_ms": p50_p95(probe.verify_ms),
            "delivery_ms": [q * 1000 for q in p50_p95(queued or [])],
            "notifications": sent["notifications"] / max(sent["delivered"], 1), "polls": sent["polls"]}


def capacity(conn, args, rounds=3):
    print(f"\n7. Capacity: logins (initiate, the separate sender's claim and batch acknowledgement, "
          f"verify) against the plain-SQL cycle without NOTIFY; {rounds} alternating rounds of "
          f"{args.seconds} s, medians", flush=True)
    cores = os.cpu_count() or 1
    for clients in (1, 4, 16, 64):
        runs, plain, ratios = [], [], []
        for _ in range(rounds):
            runs.append(login_run(conn, args, clients, args.seconds))
            plain.append(pgbench(args, os.path.join(HERE, "cycle_plain_sql.sql"), clients, args.seconds,
                                 defines=("notify=0",))[0])
            ratios.append(runs[-1]["per_second"] / plain[-1] * 100)
        conn.execute("TRUNCATE bench_plpgsql.challenge, bench_plpgsql.delivery, bench_plpgsql.rate_counter,"
                     " bench_plpgsql.event")

        def median(key, index=None):
            return statistics.median(r[key] if index is None else r[key][index] for r in runs)

        label = f"{clients} clients"
        record("capacity", f"{label}: logins/s", median("per_second"), "logins/s",
               f"{median('per_second') / cores:.0f} per core ({cores} cores, sender and pgbench included)")
        record("capacity", f"{label}: plain SQL without NOTIFY", statistics.median(plain), "cycles/s")
        record("capacity", f"{label}: codes asked for and not typed by the end", median("lost") * 100, "%")
        record("capacity", f"{label}: otp_pg / plain SQL without NOTIFY", statistics.median(ratios), "%",
               f"goal >= 80 at 16 and 64; rounds {', '.join(f'{r:.0f}' for r in ratios)}")
        record("capacity", f"{label}: otp_verify p50 / p95 (a probing user)", median("verify_ms", 0), "ms",
               f"p95 {median('verify_ms', 1):.2f} ms")
        record("capacity", f"{label}: delivery (initiate to acknowledged) p50 / p95", median("delivery_ms", 0), "ms",
               f"p95 {median('delivery_ms', 1):.1f} ms")
        record("capacity", f"{label}: WAL per login", median("wal_bytes"), "bytes")
        record("capacity", f"{label}: WAL writes / fsyncs per login", median("writes"), "writes",
               f"{median('fsyncs'):.2f} fsyncs")
        record("capacity", f"{label}: notifications per delivered request", median("notifications"), "",
               f"waits that ended without one: {sum(r['polls'] for r in runs)}")


# ---------------------------------------------------------------------------------------------
# 3. Scale: verify latency with many challenges, purge, bytes per challenge
# ---------------------------------------------------------------------------------------------

SYNTHETIC = """
    INSERT INTO otp_private.challenge
        (challenge_id, policy, channel, identifier, payload, server_key_id, code_digest, code_length, delivery_id,
         max_attempts, max_resends, resend_cooldown_seconds, ttl_seconds, retention_seconds,
         created_at, sent_at, expires_at, purge_after)
    SELECT md5(i::text)::uuid, 'scale', 'email', 'u' || i || '@scale.example', '{{}}', {key_id},
           sha256(i::text::bytea), 6, nextval('otp_private.delivery_delivery_id_seq'), 1000000, 3, 30, 86400, 86400,
           now(), now(), now() + {expires}, now() + {purge}
      FROM generate_series({first}, {last}) AS i
"""


def fill(conn, key_id, first, last, expires="interval '1 day'", purge="interval '2 days'"):
    batch = 1_000_000
    for start in range(first, last + 1, batch):
        conn.execute(SYNTHETIC.format(key_id=key_id, first=start, last=min(last, start + batch - 1),
                                      expires=expires, purge=purge))


def scale(conn, args):
    print("\n3. Scale", flush=True)
    conn.execute("SELECT otp_set_policy('scale', identifier_limit => 1000000, client_limit => 1000000)")
    key_id = conn.execute("SELECT (otp_private.current_key()).key_id").fetchone()[0]
    empty_otp_tables(conn)
    present = 0
    for rows in (10**4, 10**5, 10**6, 10**7)[: args.scale_steps]:
        started = time.perf_counter()
        fill(conn, key_id, present + 1, rows)
        present = rows
        conn.execute("VACUUM ANALYZE otp_private.challenge")
        filled = time.perf_counter() - started
        _, latency = pgbench(args, os.path.join(HERE, "verify_scale.sql"), 1, args.seconds, [f"rows={rows}"])
        record("scale", f"otp_verify latency, {rows:,} challenges in the table", latency * 1000, "us",
               f"(filled in {filled:.0f} s)")

    # Purge 10^6 expired rows (each with a delivery request) against a plain DELETE of the same rows.
    def expired_rows():
        empty_otp_tables(conn)
        fill(conn, key_id, 1, 10**6, expires="interval '-2 days'", purge="interval '-1 day'")
        conn.execute(
            """INSERT INTO otp_private.delivery
                   (delivery_id, challenge_id, send_number, server_key_id, state, available_at, created_at, sent_at)
               OVERRIDING SYSTEM VALUE
               SELECT delivery_id, challenge_id, 0, server_key_id, 'sent', created_at, created_at, created_at
                 FROM otp_private.challenge"""
        )
        conn.execute("VACUUM ANALYZE otp_private.challenge, otp_private.delivery")

    expired_rows()
    started = time.perf_counter()
    removed = conn.execute("SELECT otp_purge()").fetchone()[0]
    purge_seconds = time.perf_counter() - started
    expired_rows()
    started = time.perf_counter()
    conn.execute(
        """DELETE FROM otp_private.delivery d USING otp_private.challenge c
            WHERE d.challenge_id = c.challenge_id AND c.purge_after <= now()"""
    )
    conn.execute("DELETE FROM otp_private.challenge WHERE purge_after <= now()")
    delete_seconds = time.perf_counter() - started
    record("scale", f"otp_purge() of 10^6 expired challenges + deliveries ({removed:,} rows)", purge_seconds, "s")
    record("scale", "plain DELETE of the same rows", delete_seconds, "s")
    record("scale", "otp_purge / plain DELETE", purge_seconds / delete_seconds, "x")

    # Bytes per live challenge, from real initiations, one transaction each as in use.
    empty_otp_tables(conn)
    count = args.size_challenges
    conn.execute("SET synchronous_commit = off")  # only to fill faster; sizes don't depend on it
    with conn.cursor() as cur:
        cur.executemany(
            "SELECT otp_initiate(%s, 'email', '{}', 'scale')", [(f"u{i}@size.example",) for i in range(count)]
        )
    conn.execute("RESET synchronous_commit")
    conn.execute("VACUUM ANALYZE otp_private.challenge, otp_private.delivery, otp_private.rate_counter")
    for table in ("challenge", "delivery", "rate_counter"):
        heap, total = conn.execute(
            f"SELECT pg_table_size('otp_private.{table}'), pg_total_relation_size('otp_private.{table}')"
        ).fetchone()
        record("scale", f"{table}: table bytes per live challenge", heap / count, "bytes")
        record("scale", f"{table}: table + index bytes per live challenge", total / count, "bytes")
    empty_otp_tables(conn)


# ---------------------------------------------------------------------------------------------
# 4. Memory: backend memory before and after many calls in one session
# ---------------------------------------------------------------------------------------------


def backend_memory(conn):
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    # Private (anonymous) memory only: VmRSS also counts the shared buffers the backend touched.
    with open(f"/proc/{pid}/status") as status:
        rss_kb = int(re.search(r"RssAnon:\s+(\d+) kB", status.read()).group(1))
    contexts = conn.execute("SELECT sum(total_bytes) FROM pg_backend_memory_contexts").fetchone()[0]
    return rss_kb / 1024, contexts / 1024 / 1024


def memory(args):
    print("\n4. Backend private memory (RssAnon, MB) and memory contexts before and after, one session", flush=True)
    pure = [
        ("floor: the same query without otp_pg", "to_timestamp(i)"),
        ("otp_totp", f"otp_totp('{SECRET}', to_timestamp(i))"),
        ("otp_totp_verify", f"otp_totp_verify('{SECRET}', '123456', to_timestamp(i))"),
        ("otp_hotp", f"otp_hotp('{SECRET}', i)"),
        ("otp_totp_uri", f"otp_totp_uri('{SECRET}', 'user' || i, 'Issuer')"),
        ("otp_base32_decode", f"otp_base32_decode('{SECRET}' || repeat('A', i % 8 * 8))"),
        ("otp_normalize_identifier", "otp_normalize_identifier(' User' || i || '@Example.com', 'email')"),
        ("otp_generate_secret", "otp_generate_secret()"),
    ]
    for name, expression in pure:
        with psycopg.connect(args.dsn, autocommit=True) as conn:
            conn.execute(f"SELECT count({expression}) FROM generate_series(1, 10000) i")  # warm up
            before = backend_memory(conn)
            conn.execute(f"SELECT count({expression}) FROM generate_series(1, {args.memory_calls}) i")
            after = backend_memory(conn)
        record("memory", f"{name} x {args.memory_calls:,}: private memory before -> after", after[0] - before[0], "MB",
               f"{before[0]:.1f} -> {after[0]:.1f}; contexts {before[1]:.1f} -> {after[1]:.1f}")

    calls = args.session_calls
    with psycopg.connect(args.dsn, autocommit=True) as conn:
        conn.execute("SELECT otp_set_policy('memory', identifier_limit => 1000000, client_limit => 1000000)")
        conn.execute("SELECT otp_initiate('warm@example.com', policy => 'memory')")
        before = backend_memory(conn)
        with conn.cursor() as cur:
            cur.executemany(
                "SELECT otp_initiate(%s, 'email', '{}', 'memory')", [(f"m{i}@example.com",) for i in range(calls)]
            )
        after = backend_memory(conn)
        record("memory", f"otp_initiate x {calls:,} statements: private memory before -> after", after[0] - before[0], "MB",
               f"{before[0]:.1f} -> {after[0]:.1f}; contexts {before[1]:.1f} -> {after[1]:.1f}")
        ids = [row[0] for row in conn.execute("SELECT challenge_id FROM otp_private.challenge LIMIT %s", (calls,))]
        before = backend_memory(conn)
        with conn.cursor() as cur:
            cur.executemany("SELECT otp_verify(%s, '000000')", [(i,) for i in ids])
        after = backend_memory(conn)
        record("memory", f"otp_verify x {len(ids):,} statements: private memory before -> after", after[0] - before[0], "MB",
               f"{before[0]:.1f} -> {after[0]:.1f}; contexts {before[1]:.1f} -> {after[1]:.1f}")
        empty_otp_tables(conn)


# ---------------------------------------------------------------------------------------------
# 5. Timing: does verification time depend on how much of a wrong code is right, or on whether
#    the challenge exists? (issue: constant-time guarantees; a measurement, not a test)
# ---------------------------------------------------------------------------------------------


def timing(conn, args):
    print("\n5. Timing of the code comparison and of unknown challenge ids (median of 7 runs)", flush=True)
    conn.execute("SELECT otp_set_policy('timing', code_length => 10, identifier_limit => 1000000, client_limit => 1000000)")
    started = conn.execute("SELECT challenge_id FROM otp_initiate('timing@example.com', policy => 'timing')").fetchone()[0]
    request = [r for r in conn.execute("SELECT challenge_id, code FROM otp_claim_deliveries(1000)").fetchall() if r[0] == started][0]
    code = request[1]
    calls = args.timing_calls
    # The comparison itself, on the challenge's own digest and key: wrong codes whose first k
    # digits are right, k = 0 .. 9, and the right code.
    for right in range(0, 11):
        candidate = code[:right] + "".join(str((int(c) + 1) % 10) for c in code[right:])
        query = f"""SELECT count(otp_private.attempt_outcome(k.secret, c.challenge_id, '{candidate}', c.code_digest, 1, 100))
                      FROM otp_private.challenge c JOIN otp_private.server_key k ON k.key_id = c.server_key_id,
                           generate_series(1, {calls})
                     WHERE c.challenge_id = '{started}'"""
        seconds = median_seconds(conn, query, 7)
        label = "the right code" if right == 10 else f"wrong code, first {right} of 10 digits right"
        record("timing", f"comparison, {label}", seconds / calls * 1e9, "ns/call")

    # Whole otp_verify calls: an existing challenge with a wrong code against an unknown id.
    known = [row[0] for row in conn.execute(
        f"""SELECT (otp_initiate('t' || i || '@example.com', policy => 'timing')).challenge_id
              FROM generate_series(1, {args.timing_challenges}) i""")]
    conn.execute("SELECT count(*) FROM otp_claim_deliveries(1000)")
    unknown = [row[0] for row in conn.execute(f"SELECT gen_random_uuid() FROM generate_series(1, {args.timing_challenges})")]
    # As an application calls it: with the client's address (each call its own, so that no rate
    # limit answers instead), the two cases alternating so that drift hits both alike.
    times = {"existing challenge, wrong code": [], "unknown challenge id": []}
    for number, pair in enumerate(zip(known, unknown)):
        for label, challenge_id in zip(times, pair):
            client = f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"
            start = time.perf_counter()
            conn.execute("SELECT status FROM otp_verify(%s, '0000000000', %s)", (challenge_id, client)).fetchone()
            times[label].append(time.perf_counter() - start)
    for label, samples in times.items():
        record("timing", f"otp_verify round trip with client_addr, {label}", statistics.median(samples) * 1e6, "us",
               f"p10 {statistics.quantiles(samples, n=10)[0] * 1e6:.0f}, p90 {statistics.quantiles(samples, n=10)[-1] * 1e6:.0f}")


def after_the_code(conn, args):
    """Section 6: what a verification costs when it also signs a token, a link instead of a code,
    checking a token, and a trusted device's check (round trips from one client; medians and p95)."""
    print("\n6. After the code: tokens, links, devices (round trips, one client)", flush=True)
    calls = args.after_calls
    conn.execute("DO $$ BEGIN CREATE ROLE otp_bench_web NOLOGIN; EXCEPTION WHEN duplicate_object THEN END $$")
    conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")  # a token role may create nowhere
    conn.execute("SELECT otp_set_policy('bench_tokens', identifier_limit => 1000000, client_limit => 1000000)")
    conn.execute("SELECT otp_set_token_policy('bench_tokens', 'otp_bench_web', 3600)")

    def ready(policy, link=False):
        """`calls` challenges with their code and link token, delivered."""
        started = [row[0] for row in conn.execute(
            "SELECT (otp_initiate('a' || i || '@example.com', policy => %s, link => %s)).challenge_id"
            "  FROM generate_series(1, %s) i", (policy, link, calls))]
        sent = {}
        while len(sent) < calls:
            for challenge_id, code, link_token, delivery_id in conn.execute(
                    "SELECT challenge_id, code, link_token, delivery_id FROM otp_claim_deliveries(1000, 600)").fetchall():
                sent[challenge_id] = (code, link_token)
                conn.execute("SELECT otp_ack_delivery(%s)", (delivery_id,))
        return [(challenge_id, *sent[challenge_id]) for challenge_id in started]

    def measure(label, query, parameters):
        samples = []
        for values in parameters:
            start = time.perf_counter()
            result = conn.execute(query, values).fetchone()[0]
            samples.append(time.perf_counter() - start)
            assert result, (label, result)
        record("after the code", label, statistics.median(samples) * 1e6, "us",
               f"p95 {statistics.quantiles(samples, n=20)[-1] * 1e6:.0f}")
        return result

    verify = "SELECT status = 'success' FROM otp_verify(%s, %s)"
    measure("otp_verify, no token policy", verify, [(c, code) for c, code, _ in ready("bench")])
    measure("otp_verify, EdDSA token", verify, [(c, code) for c, code, _ in ready("bench_tokens")])
    measure("otp_verify_link, EdDSA token", "SELECT status = 'success' FROM otp_verify_link(%s)",
            [(link,) for _, _, link in ready("bench_tokens", link=True)])
    c, code, _ = ready("bench_tokens")[0]
    eddsa = conn.execute("SELECT token FROM otp_verify(%s, %s)", (c, code)).fetchone()[0]
    conn.execute("SELECT otp_rotate_signing_key('HS256', repeat('b', 40))")
    measure("otp_verify, HS256 token", verify, [(c, code) for c, code, _ in ready("bench_tokens")])
    c, code, _ = ready("bench_tokens")[0]
    hs256 = conn.execute("SELECT token FROM otp_verify(%s, %s)", (c, code)).fetchone()[0]
    conn.execute("SELECT otp_rotate_signing_key()")
    for name, token in (("EdDSA", eddsa), ("HS256", hs256)):
        measure(f"otp_token_verify, {name}", "SELECT otp_token_verify(%s) IS NOT NULL", [(token,)] * calls)
        record("after the code", f"token length, {name}", len(token), "bytes")
    secret = conn.execute("SELECT secret FROM otp_totp_enroll('bench-device-user')").fetchone()[0]
    conn.execute("SELECT otp_totp_confirm('bench-device-user', otp_totp(%s))", (secret,))
    token = conn.execute("SELECT token FROM otp_device_remember('bench-device-user')").fetchone()[0]
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        token = conn.execute("SELECT otp_device_check('bench-device-user', %s)", (token,)).fetchone()[0]
        samples.append(time.perf_counter() - start)
        assert token
    record("after the code", "otp_device_check (rotates the token)", statistics.median(samples) * 1e6, "us",
           f"p95 {statistics.quantiles(samples, n=20)[-1] * 1e6:.0f}")
    conn.execute("SELECT otp_remove_token_policy('bench_tokens')")
    conn.execute("DROP ROLE otp_bench_web")
    empty_otp_tables(conn)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--bin", required=True, help="PostgreSQL bin directory (for pgbench)")
    parser.add_argument("--csv", required=True)
    parser.add_argument("--sections", default="1234567", help="which sections to run, e.g. 12")
    parser.add_argument("--timing-calls", type=int, default=200_000, help="comparisons per timing run")
    parser.add_argument("--timing-challenges", type=int, default=2000, help="otp_verify calls per timing case")
    parser.add_argument("--seconds", type=int, default=5, help="length of each pgbench run")
    parser.add_argument("--fast-calls", type=int, default=1_000_000)
    parser.add_argument("--slow-calls", type=int, default=50_000)
    parser.add_argument("--scale-steps", type=int, default=4, help="1-4: up to 10^4 ... 10^7 challenges")
    parser.add_argument("--size-challenges", type=int, default=50_000, help="initiations for bytes per challenge")
    parser.add_argument("--memory-calls", type=int, default=1_000_000)
    parser.add_argument("--session-calls", type=int, default=100_000)
    parser.add_argument("--senders", type=int, default=1, help="sender processes in section 7")
    parser.add_argument("--after-calls", type=int, default=1000, help="round trips per case of section 6")
    args = parser.parse_args()
    args.dsn = f"host={args.host} port={args.port} user=postgres dbname=postgres"

    with psycopg.connect(args.dsn, autocommit=True) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
        print(f"otp_pg benchmarks on PostgreSQL {version}, {os.cpu_count()} cores", flush=True)
        with open(os.path.join(HERE, "baselines.sql")) as baselines:
            conn.execute(baselines.read())
        conn.execute("SELECT otp_set_policy('bench', identifier_limit => 1000000, client_limit => 1000000)")
        if "1" in args.sections:
            per_call(conn, args.fast_calls, args.slow_calls)
        if "2" in args.sections:
            throughput(conn, args)
        if "3" in args.sections:
            scale(conn, args)
    if "4" in args.sections:
        memory(args)
    if "5" in args.sections:
        with psycopg.connect(args.dsn, autocommit=True) as conn:
            timing(conn, args)
    if "6" in args.sections:
        with psycopg.connect(args.dsn, autocommit=True) as conn:
            conn.execute("SELECT otp_set_policy('bench', identifier_limit => 1000000, client_limit => 1000000)")
            after_the_code(conn, args)
    if "7" in args.sections:
        with psycopg.connect(args.dsn, autocommit=True) as conn:
            conn.execute("SELECT otp_set_policy('bench', identifier_limit => 1000000, client_limit => 1000000)")
            capacity(conn, args)

    os.makedirs(os.path.dirname(os.path.abspath(args.csv)), exist_ok=True)
    with open(args.csv, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["section", "measurement", "value", "unit", "note"])
        writer.writerows(rows_out)
    print(f"\nwritten: {args.csv}")


if __name__ == "__main__":
    main()
