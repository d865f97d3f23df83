-- otp_pg delivery outbox: what senders claim, acknowledge, fail or hand back.
--
-- The outbox is a queue: senders take requests with FOR UPDATE SKIP LOCKED and hold them under a
-- lease; a sender that dies leaves its requests to be claimed again when the lease runs out.
-- Senders LISTEN on otp_delivery and are notified only while one of them waits (a notifying
-- commit takes a lock that all notifying commits of the server share): src/delivery_wakeup.rs
-- says how no request is missed.

-- Puts the code (and the link token, if the challenge has a link) in the outbox under the id the
-- challenge already points at (sealed, bound to challenge and send number), supersedes the
-- previous send's row, and wakes a waiting sender. The notification carries no code and, like the
-- row, exists only if the transaction commits.
CREATE FUNCTION otp_private.queue_delivery(challenge otp_private.challenge, previous_delivery bigint,
                                           server_key otp_private.server_key, code text, link_token text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF previous_delivery IS NOT NULL THEN
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL, sealed_link = NULL
         WHERE d.delivery_id = previous_delivery AND d.state = 'pending';
    END IF;
    INSERT INTO otp_private.delivery
        (delivery_id, challenge_id, send_number, server_key_id, sealed_code, sealed_link, available_at, created_at)
    OVERRIDING SYSTEM VALUE
    VALUES (challenge.delivery_id, challenge.challenge_id, challenge.resends, server_key.key_id,
            otp_private.seal_delivery_code(server_key.secret, challenge.challenge_id, challenge.resends, code),
            CASE WHEN link_token IS NOT NULL
                 THEN otp_private.seal_delivery_link(server_key.secret, challenge.challenge_id, challenge.resends,
                                                     link_token) END,
            now(), now());
    IF otp_private.delivery_needs_notification() THEN
        PERFORM pg_notify('otp_delivery',
                          json_build_object('delivery_id', challenge.delivery_id, 'channel', challenge.channel)::text);
    END IF;
    RETURN challenge.delivery_id;
END
$$;

-- Claims up to max_count due requests. The outbox is a queue: its statistics are usually stale and the cached plan is generic (LIMIT
-- unknown), which tempts the planner into reading every pending row and sorting. Walking the
-- claimable index in order and stopping at max_count is always right here, so say so. The
-- final sort then carries the planner's penalty for a disabled node, which would push the query
-- over jit_above_cost on servers built with JIT: compiling costs far more than the query.
CREATE FUNCTION otp_private.claim_due(max_count integer, lease_seconds integer)
RETURNS SETOF @extschema@.otp_delivery_request
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_bitmapscan = off
SET enable_sort = off
SET jit = off
AS $$
#variable_conflict use_variable
DECLARE
    -- The clock, not the transaction's start: a claim made again after waiting at the gate must
    -- see the requests of transactions that began after this one (their available_at is their
    -- start).
    at constant timestamptz := clock_timestamp();
BEGIN
    RETURN QUERY
    WITH picked AS (
        SELECT d.delivery_id
          FROM otp_private.delivery d
          JOIN otp_private.challenge c ON c.challenge_id = d.challenge_id
         WHERE d.state = 'pending' AND d.available_at <= at
           AND c.state = 'pending' AND c.expires_at > at
         ORDER BY d.delivery_id
         LIMIT max_count
           FOR UPDATE OF d SKIP LOCKED
    ), claimed AS (
        UPDATE otp_private.delivery d
           SET available_at = at + make_interval(secs => lease_seconds), tries = d.tries + 1, leased = true
          FROM picked
         WHERE d.delivery_id = picked.delivery_id
        RETURNING d.delivery_id, d.challenge_id, d.send_number, d.server_key_id, d.sealed_code, d.sealed_link
    )
    SELECT cl.delivery_id, cl.challenge_id, c.channel::text, c.identifier,
           otp_private.open_delivery_code(k.secret, cl.challenge_id, cl.send_number, cl.sealed_code),
           c.payload, c.expires_at,
           CASE WHEN cl.sealed_link IS NOT NULL
                THEN otp_private.open_delivery_link(k.secret, cl.challenge_id, cl.send_number, cl.sealed_link) END,
           c.transaction
      FROM claimed cl
      JOIN otp_private.challenge c ON c.challenge_id = cl.challenge_id
      JOIN otp_private.server_key k ON k.key_id = cl.server_key_id
     ORDER BY cl.delivery_id;
END
$$;

-- How long each of a sender's two lock waits (the gate, then the waiting mark) may last, in
-- milliseconds: 100, no longer than the caller's own lock_timeout, and at most a quarter of the
-- time its statement and its transaction have left (statement_timeout, and transaction_timeout
-- from PostgreSQL 17 on, which ends the session), so that both waits together give up well before
-- either runs out, however late in a transaction the claim comes. 0: too little time is left to
-- wait at all. The limits are the session's unless given (NULL: no limit).
CREATE FUNCTION otp_private.gate_wait_ms(
    statement_left interval DEFAULT nullif(current_setting('statement_timeout')::interval, interval '0')
                                    - (clock_timestamp() - statement_timestamp()),
    transaction_left interval DEFAULT nullif(coalesce(current_setting('transaction_timeout', true), '0')::interval,
                                             interval '0')
                                      - (clock_timestamp() - transaction_timestamp()),
    lock_timeout interval DEFAULT nullif(current_setting('lock_timeout')::interval, interval '0'))
RETURNS integer
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT greatest(0, least(100, floor(extract(epoch FROM gate_wait_ms.lock_timeout) * 1000),
                             floor(extract(epoch FROM least(statement_left, transaction_left)) * 250)))::integer
$$;

-- A session that LISTENs on otp_delivery (in READ COMMITTED) and finds nothing to claim is marked
-- as waiting, so that the next request queued notifies it, until its next claim. Taking the mark
-- waits for the requests being queued without a notification to commit (gate_wait_ms() at most),
-- and claims what they queued (then the session is busy again and not marked). When the wait runs out
-- (a transaction that queued a request stays open), the claim notifies instead, so that the
-- sender claims again at once rather than at its next poll. A claim that finds requests never
-- waits: a busy sender claims until it finds none.
CREATE FUNCTION @extschema@.otp_claim_deliveries(max_count integer DEFAULT 10, lease_seconds integer DEFAULT 30)
RETURNS SETOF @extschema@.otp_delivery_request
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    lock_timeout_before text := current_setting('lock_timeout');
    wait_ms integer;
    claimed bigint;
BEGIN
    IF max_count IS NULL OR lease_seconds IS NULL OR max_count NOT BETWEEN 1 AND 1000
       OR lease_seconds NOT BETWEEN 1 AND 3600 THEN
        PERFORM otp_private.refuse_null('max_count', max_count IS NULL), otp_private.refuse_null('lease_seconds', lease_seconds IS NULL);
        PERFORM otp_private.check_range('max_count', max_count, 1, 1000),
                otp_private.check_range('lease_seconds', lease_seconds, 1, 3600);
    END IF;
    PERFORM otp_private.end_wait();
    RETURN QUERY SELECT * FROM otp_private.claim_due(max_count, lease_seconds);
    GET DIAGNOSTICS claimed = ROW_COUNT;
    IF claimed > 0 OR NOT 'otp_delivery' = ANY (ARRAY(SELECT pg_listening_channels()))
       OR current_setting('transaction_isolation') <> 'read committed' THEN
        RETURN;
    END IF;
    wait_ms := otp_private.gate_wait_ms();
    IF wait_ms = 0 THEN
        -- Too late in the statement or transaction to wait: have the sender claim again at once.
        PERFORM pg_notify('otp_delivery', '{}');
        RETURN;
    END IF;
    BEGIN
        PERFORM set_config('lock_timeout', wait_ms || 'ms', true);
        PERFORM otp_private.begin_wait();
        PERFORM set_config('lock_timeout', lock_timeout_before, true);
    EXCEPTION WHEN lock_not_available THEN
        PERFORM pg_notify('otp_delivery', '{}');
        RETURN;
    END;
    RETURN QUERY SELECT * FROM otp_private.claim_due(max_count, lease_seconds);
    GET DIAGNOSTICS claimed = ROW_COUNT;
    IF claimed > 0 THEN
        PERFORM otp_private.end_wait();
    END IF;
END
$$;

-- The event of a delivery request's outcome, with the seconds from queued to this outcome.
CREATE FUNCTION otp_private.record_delivery_event(event otp_private.event_kind, delivery otp_private.delivery,
                                                  detail jsonb DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    challenge otp_private.challenge;
BEGIN
    SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = delivery.challenge_id;
    PERFORM otp_private.record_challenge_event(event, challenge, NULL,
        detail || jsonb_build_object('delivery_id', delivery.delivery_id, 'send_number', delivery.send_number,
                                     'queued_seconds', round(extract(epoch FROM now() - delivery.created_at), 3)));
END
$$;

-- Acknowledges that requests were sent: those still pending become sent (their code and link
-- dropped) with a `delivered` event each; returns their ids. One statement for a sender's batch.
CREATE FUNCTION @extschema@.otp_ack_deliveries(delivery_ids bigint[]) RETURNS SETOF bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    acknowledged otp_private.delivery;
BEGIN
    IF delivery_ids IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_ids', true);
    ELSIF cardinality(delivery_ids) > 1000 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('delivery_ids may hold at most 1000 ids, as many as one claim (got %s)', cardinality(delivery_ids));
    ELSIF array_ndims(delivery_ids) > 1 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'delivery_ids must be a one-dimensional array';
    ELSIF array_position(delivery_ids, NULL) IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'delivery_ids must not contain NULL';
    END IF;
    -- Rows are locked in id order, so two overlapping batches can't deadlock.
    FOR acknowledged IN
        WITH due AS (
            SELECT d.delivery_id FROM otp_private.delivery d
             WHERE d.delivery_id = ANY (delivery_ids) AND d.state = 'pending'
             ORDER BY d.delivery_id
               FOR UPDATE
        )
        UPDATE otp_private.delivery d
           SET state = 'sent', sealed_code = NULL, sealed_link = NULL, sent_at = now(), last_error = NULL
          FROM due
         WHERE d.delivery_id = due.delivery_id AND d.state = 'pending'
        RETURNING d.*
    LOOP
        PERFORM otp_private.record_delivery_event('delivered', acknowledged);
        RETURN NEXT acknowledged.delivery_id;
    END LOOP;
END
$$;

-- One request's acknowledgement: true if it was pending and is now sent.
CREATE FUNCTION @extschema@.otp_ack_delivery(delivery_id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_id', true);
    END IF;
    RETURN EXISTS (SELECT FROM @extschema@.otp_ack_deliveries(ARRAY[delivery_id]));
END
$$;

-- Most tries before a request is abandoned; the backoff doubles from 2 s up to 5 minutes.
CREATE FUNCTION @extschema@.otp_fail_delivery(delivery_id bigint, error text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    max_tries constant integer := 10;
    failed otp_private.delivery;
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_id', true);
    END IF;
    UPDATE otp_private.delivery d
       SET last_error = left(coalesce(error, 'unknown error'), 2000),
           available_at = now() + make_interval(secs => least(300, 2 ^ least(greatest(d.tries, 1), 9))),
           state = CASE WHEN d.tries >= max_tries THEN 'abandoned' ELSE 'pending' END::otp_private.delivery_state,
           sealed_code = CASE WHEN d.tries >= max_tries THEN NULL ELSE d.sealed_code END,
           sealed_link = CASE WHEN d.tries >= max_tries THEN NULL ELSE d.sealed_link END,
           leased = false
     WHERE d.delivery_id = delivery_id AND d.state = 'pending'
    RETURNING * INTO failed;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    -- The sender's message as it gave it (its first 200 characters): senders should put no
    -- code in it.
    PERFORM otp_private.record_delivery_event(
        CASE WHEN failed.state = 'pending' THEN 'delivery_failed' ELSE 'delivery_abandoned' END::otp_private.event_kind,
        failed, jsonb_build_object('tries', failed.tries, 'error', left(failed.last_error, 200)));
    RETURN failed.state = 'pending';
END
$$;

-- Hands a claimed request back untouched, e.g. by a sender shutting down before it got to it: it
-- is claimable at once (a waiting sender is woken) and the claim does not count as a try. False if
-- it was not under a lease.
CREATE FUNCTION @extschema@.otp_release_delivery(delivery_id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_id', true);
    END IF;
    UPDATE otp_private.delivery d
       SET available_at = now(), tries = greatest(d.tries - 1, 0), leased = false
     WHERE d.delivery_id = delivery_id AND d.state = 'pending' AND d.leased AND d.available_at > now();
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF otp_private.delivery_needs_notification() THEN
        PERFORM pg_notify('otp_delivery', json_build_object('delivery_id', delivery_id)::text);
    END IF;
    RETURN true;
END
$$;
