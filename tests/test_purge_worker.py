"""The background worker purges by itself when otp_pg is in shared_preload_libraries."""


from helpers import initiate, poll_until, set_policy, unique_email


def test_worker_purges_expired_challenges(conn):
    workers = conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'otp_pg purge'"
    ).fetchone()[0]
    assert workers == 1, "the purge worker is not running (is otp_pg in shared_preload_libraries?)"

    policy = set_policy(conn, ttl_seconds=1, retention_seconds=0)
    started = initiate(conn, unique_email("worker"), policy=policy)
    exists = "SELECT count(*) FROM otp_private.challenge WHERE challenge_id = %s"
    assert conn.execute(exists, (started["challenge_id"],)).fetchone()[0] == 1
    conn.execute("ALTER SYSTEM SET otp_pg.purge_interval = 1")
    conn.execute("SELECT pg_reload_conf()")
    try:
        poll_until(lambda: conn.execute(exists, (started["challenge_id"],)).fetchone()[0] == 0, 15,
                   "the purge worker", interval=0.2)
    finally:
        conn.execute("ALTER SYSTEM RESET otp_pg.purge_interval")
        conn.execute("SELECT pg_reload_conf()")
