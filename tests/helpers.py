"""Small helpers shared by the session tests."""

import uuid

import psycopg
from psycopg.rows import dict_row

_mailbox: dict = {}


def unique_email(tag: str = "user") -> str:
    return f"{tag}-{uuid.uuid4().hex[:12]}@example.com"


def unique_name(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}"


def initiate(conn, identifier, channel="email", payload="{}", policy="default", client_addr=None) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT * FROM otp_initiate(%s, %s, %s::jsonb, %s, %s::inet)",
            (identifier, channel, payload, policy, client_addr),
        ).fetchone()


def verify(conn, challenge_id, code, client_addr=None) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT * FROM otp_verify(%s, %s, %s::inet)", (challenge_id, code, client_addr)
        ).fetchone()


def resend(conn, challenge_id, client_addr=None) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM otp_resend(%s, %s::inet)", (challenge_id, client_addr)).fetchone()


def claim(conn, max_count=1000, lease_seconds=30) -> list:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM otp_claim_deliveries(%s, %s)", (max_count, lease_seconds)).fetchall()


def deliver_all(conn) -> list:
    """Acts as a sender: claims everything claimable, keeps the codes, acknowledges them."""
    claimed = claim(conn)
    for request in claimed:
        _mailbox.setdefault(request["challenge_id"], []).append(request["code"])
        conn.execute("SELECT otp_ack_delivery(%s)", (request["delivery_id"],))
    return claimed


def latest_code(conn, challenge_id) -> str:
    """The most recent code sent for a challenge, as the user would read it from the message."""
    deliver_all(conn)
    codes = _mailbox.get(challenge_id)
    assert codes, f"no code was delivered for {challenge_id}"
    return codes[-1]


def wrong_code(code: str) -> str:
    return "".join(str((int(c) + 1) % 10) for c in code)


def sqlstate_of(conn, query, params=()) -> tuple:
    try:
        conn.execute(query, params)
    except psycopg.Error as error:
        return error.sqlstate, error.diag.message_primary
    raise AssertionError(f"no error from {query}")


def assert_clean_error(conn, query, sqlstate, message_start):
    """The query fails with `sqlstate`, a message starting with `message_start` (the argument's
    name), and the backend survives."""
    state, text = sqlstate_of(conn, query)
    assert state == sqlstate, text
    assert text.startswith(message_start), text
    assert conn.execute("SELECT 1").fetchone()[0] == 1


def set_policy(conn, name=None, **settings) -> str:
    name = name or unique_name("policy")
    arguments = ", ".join(f"{key} => %({key})s" for key in settings)
    conn.execute(f"SELECT otp_set_policy(%(name)s{', ' if arguments else ''}{arguments})", {"name": name, **settings})
    return name
