-- otp_pg 0.1.0 -> 0.2.0
--
-- A sender can hand a claimed delivery request back with otp_release_delivery (the reference
-- sender does so for the requests it has not sent yet when it is told to stop). To tell a lease
-- from a retry back-off, delivery requests get a `leased` flag, set by a claim and cleared by a
-- failure or a release. Requests under a lease while upgrading count as not leased: they are
-- claimable again when their lease runs out, as before.

\echo Use "ALTER EXTENSION otp_pg UPDATE TO '0.2.0'" to load this file. \quit

ALTER TABLE otp_private.delivery ADD COLUMN leased boolean NOT NULL DEFAULT false;

CREATE OR REPLACE FUNCTION @extschema@.otp_claim_deliveries(max_count integer DEFAULT 10, lease_seconds integer DEFAULT 30)
RETURNS SETOF @extschema@.otp_delivery_request
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_bitmapscan = off
SET enable_sort = off
AS $$
#variable_conflict use_variable
BEGIN
    IF max_count IS NULL OR lease_seconds IS NULL OR max_count NOT BETWEEN 1 AND 1000
       OR lease_seconds NOT BETWEEN 1 AND 3600 THEN
        PERFORM otp_private.require('max_count', max_count IS NULL), otp_private.require('lease_seconds', lease_seconds IS NULL);
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
        RETURNING d.delivery_id, d.challenge_id, d.send_number, d.key_id, d.sealed_code
    )
    SELECT cl.delivery_id, cl.challenge_id, c.channel, c.identifier,
           otp_private.unseal_text(k.secret, cl.challenge_id::text || '/' || cl.send_number, cl.sealed_code),
           c.payload, c.expires_at
      FROM claimed cl
      JOIN otp_private.challenge c ON c.challenge_id = cl.challenge_id
      JOIN otp_private.server_key k ON k.key_id = cl.key_id
     ORDER BY cl.delivery_id;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.otp_fail_delivery(delivery_id bigint, error text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    max_tries constant integer := 10;
    retrying boolean;
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.require('delivery_id', true);
    END IF;
    UPDATE otp_private.delivery d
       SET last_error = left(coalesce(error, 'unknown error'), 2000),
           available_at = now() + make_interval(secs => least(300, 2 ^ least(greatest(d.tries, 1), 9))),
           state = CASE WHEN d.tries >= max_tries THEN 'abandoned' ELSE 'pending' END,
           sealed_code = CASE WHEN d.tries >= max_tries THEN NULL ELSE d.sealed_code END,
           leased = false
     WHERE d.delivery_id = delivery_id AND d.state = 'pending'
    RETURNING d.state = 'pending' INTO retrying;
    RETURN coalesce(retrying, false);
END
$$;

CREATE FUNCTION @extschema@.otp_release_delivery(delivery_id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.require('delivery_id', true);
    END IF;
    UPDATE otp_private.delivery d
       SET available_at = now(), tries = greatest(d.tries - 1, 0), leased = false
     WHERE d.delivery_id = delivery_id AND d.state = 'pending' AND d.leased AND d.available_at > now();
    RETURN FOUND;
END
$$;

REVOKE ALL ON FUNCTION @extschema@.otp_release_delivery(bigint) FROM PUBLIC;
