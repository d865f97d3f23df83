-- otp_pg delivery outbox: what senders claim, acknowledge, fail or hand back.
--
-- The outbox is a queue: senders take requests with FOR UPDATE SKIP LOCKED and hold them under a
-- lease; a sender that dies leaves its requests to be claimed again when the lease runs out.

-- Puts the code (and the link token, if the challenge has a link) in the outbox under the id the
-- challenge already points at (sealed, bound to challenge and send number), supersedes the
-- previous send's row, and wakes senders. The notification carries no code and, like the row,
-- exists only if the transaction commits.
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
    PERFORM pg_notify('otp_delivery',
                      json_build_object('delivery_id', challenge.delivery_id, 'channel', challenge.channel)::text);
    RETURN challenge.delivery_id;
END
$$;

-- The outbox is a queue: its statistics are usually stale and the cached plan is generic (LIMIT
-- unknown), which tempts the planner into reading every pending row and sorting. Walking the
-- claimable index in order and stopping at max_count is always right here, so say so. The
-- final sort then carries the planner's penalty for a disabled node, which would push the query
-- over jit_above_cost on servers built with JIT: compiling costs far more than the query.
CREATE FUNCTION @extschema@.otp_claim_deliveries(max_count integer DEFAULT 10, lease_seconds integer DEFAULT 30)
RETURNS SETOF @extschema@.otp_delivery_request
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_bitmapscan = off
SET enable_sort = off
SET jit = off
AS $$
#variable_conflict use_variable
BEGIN
    IF max_count IS NULL OR lease_seconds IS NULL OR max_count NOT BETWEEN 1 AND 1000
       OR lease_seconds NOT BETWEEN 1 AND 3600 THEN
        PERFORM otp_private.refuse_null('max_count', max_count IS NULL), otp_private.refuse_null('lease_seconds', lease_seconds IS NULL);
        PERFORM otp_private.check_range('max_count', max_count, 1, 1000),
                otp_private.check_range('lease_seconds', lease_seconds, 1, 3600);
    END IF;
    RETURN QUERY
    WITH picked AS (
        SELECT d.delivery_id
          FROM otp_private.delivery d
          JOIN otp_private.challenge c ON c.challenge_id = d.challenge_id
         WHERE d.state = 'pending' AND d.available_at <= now()
           AND c.state = 'pending' AND c.expires_at > now()
         ORDER BY d.delivery_id
         LIMIT max_count
           FOR UPDATE OF d SKIP LOCKED
    ), claimed AS (
        UPDATE otp_private.delivery d
           SET available_at = now() + make_interval(secs => lease_seconds), tries = d.tries + 1, leased = true
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

CREATE FUNCTION @extschema@.otp_ack_delivery(delivery_id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    acknowledged otp_private.delivery;
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_id', true);
    END IF;
    UPDATE otp_private.delivery d
       SET state = 'sent', sealed_code = NULL, sealed_link = NULL, sent_at = now(), last_error = NULL
     WHERE d.delivery_id = delivery_id AND d.state = 'pending'
    RETURNING * INTO acknowledged;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM otp_private.record_delivery_event('delivered', acknowledged);
    RETURN true;
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
-- is claimable at once and the claim does not count as a try. False if it was not under a lease.
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
    RETURN FOUND;
END
$$;
