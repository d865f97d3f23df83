"""Transaction binding (dynamic linking): a code made for a transaction verifies only with that
transaction; any other, or none, is refused with its own status and spends an attempt."""

import json

from psycopg.rows import dict_row

from helpers import claim, latest_code, set_policy, sqlstate_of, unique_email

PAYMENT = {"amount": "120.50", "currency": "EUR", "payee": "DE89 3704 0044 0532 0130 00"}


def start(conn, transaction, policy="default"):
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT * FROM otp_initiate(%s, policy => %s, transaction => %s::jsonb)",
            (unique_email("pay"), policy, json.dumps(transaction)),
        ).fetchone()


def verify(conn, challenge_id, code, transaction) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT * FROM otp_verify(%s, %s, transaction => %s::jsonb)",
            (challenge_id, code, None if transaction is None else json.dumps(transaction)),
        ).fetchone()


def test_the_delivery_states_the_transaction(conn):
    started = start(conn, PAYMENT)
    request = [r for r in claim(conn) if r["challenge_id"] == started["challenge_id"]][0]
    assert request["transaction"] == PAYMENT


def test_the_same_transaction_verifies_whatever_its_key_order(conn):
    started = start(conn, PAYMENT)
    code = latest_code(conn, started["challenge_id"])
    reordered = dict(reversed(list(PAYMENT.items())))
    assert verify(conn, started["challenge_id"], code, reordered)["status"] == "success"


def test_another_transaction_is_refused_and_spends_an_attempt(conn):
    policy = set_policy(conn, max_attempts=3)
    started = start(conn, PAYMENT, policy)
    code = latest_code(conn, started["challenge_id"])
    changed = {**PAYMENT, "payee": "GB33 BUKB 2020 1555 5555 55"}
    first = verify(conn, started["challenge_id"], code, changed)
    assert (first["status"], first["remaining_attempts"], first["identifier"]) == ("transaction_mismatch", 2, None)
    second = verify(conn, started["challenge_id"], code, None)
    assert (second["status"], second["remaining_attempts"]) == ("transaction_mismatch", 1)
    # The right code never verified: the attempts went to the mismatch. The last one locks it.
    last = verify(conn, started["challenge_id"], code, {**PAYMENT, "amount": "120.5"})
    assert (last["status"], last["remaining_attempts"]) == ("transaction_mismatch", 0)
    assert verify(conn, started["challenge_id"], code, PAYMENT)["status"] == "locked"
    kinds = [row[0] for row in conn.execute(
        "SELECT event::text FROM otp_private.event WHERE challenge_id = %s AND event NOT IN ('initiated', 'delivered') ORDER BY event_id",
        (started["challenge_id"],))]
    assert kinds[:2] == ["transaction_mismatch", "transaction_mismatch"]


def test_a_transaction_given_for_an_unbound_code_is_refused(conn):
    email = unique_email("plain")
    with conn.cursor(row_factory=dict_row) as cur:
        started = cur.execute("SELECT * FROM otp_initiate(%s)", (email,)).fetchone()
    code = latest_code(conn, started["challenge_id"])
    assert verify(conn, started["challenge_id"], code, PAYMENT)["status"] == "transaction_mismatch"
    assert verify(conn, started["challenge_id"], code, None)["status"] == "success"


def test_numbers_keep_their_written_scale(conn):
    started = start(conn, {"amount": 10.0, "currency": "EUR"})
    code = latest_code(conn, started["challenge_id"])
    assert verify(conn, started["challenge_id"], code, {"amount": 10, "currency": "EUR"})["status"] == "transaction_mismatch"
    assert verify(conn, started["challenge_id"], code, {"currency": "EUR", "amount": 10.0})["status"] == "success"


def test_hostile_transactions_are_refused_with_their_names(conn):
    email = unique_email("bad")
    state, message = sqlstate_of(conn, "SELECT otp_initiate(%s, transaction => 'null'::jsonb)", (email,))
    assert state == "22023" and message.startswith("transaction")
    state, message = sqlstate_of(conn, "SELECT otp_initiate(%s, transaction => %s::jsonb)",
                                 (email, json.dumps({"note": "x" * 5000})))
    assert state == "22023" and message.startswith("transaction")
    # Any other JSON value describes a transaction.
    for value in ['"pay 10 EUR to Bob"', "42", "[1, 2]", "{}"]:
        with conn.cursor(row_factory=dict_row) as cur:
            started = cur.execute("SELECT * FROM otp_initiate(%s, transaction => %s::jsonb)",
                                  (unique_email("any"), value)).fetchone()
        code = latest_code(conn, started["challenge_id"])
        assert verify(conn, started["challenge_id"], code, json.loads(value))["status"] == "success"
