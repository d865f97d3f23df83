-- otp_pg 0.1.0 -> 0.2.0
--
-- A sender can hand a claimed delivery request back with otp_release_delivery (the reference
-- sender does so for the requests it has not sent yet when it is told to stop). To tell a lease
-- from a retry back-off, delivery requests get a `leased` flag, set by a claim and cleared by a
-- failure or a release. Requests under a lease while upgrading count as not leased: they are
-- claimable again when their lease runs out, as before.
--
-- otp_verify counts a verification of an unknown challenge id against the client's limit of the
-- default policy (when client_addr is given), like a wrong code; both paths go through
-- otp_private.limit_verifications.
--
-- otp_claim_deliveries runs with jit = off: its planner settings made servers built with JIT
-- compile it on every call (about 0.3 s a call on PostgreSQL 15).

\echo Use "ALTER EXTENSION otp_pg UPDATE TO '0.2.0'" to load this file. \quit

ALTER TABLE otp_private.delivery ADD COLUMN leased boolean NOT NULL DEFAULT false;

-- True when a verification of `identifier` (NULL: an unknown challenge, nobody to count) or from
-- `client_addr` would go beyond the policy's limits (max_attempts per code sent); otherwise counts it.
CREATE FUNCTION otp_private.limit_verifications(settings @extschema@.otp_policy, identifier text, client_addr inet)
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (identifier IS NOT NULL AND
            otp_private.take_rate(settings.name, 'verify_identifier', identifier,
                                  settings.identifier_limit * settings.max_attempts, settings.limit_window_seconds) > 0)
        OR (client_addr IS NOT NULL AND
            otp_private.take_rate(settings.name, 'verify_client', otp_private.client_subject(client_addr),
                                  settings.client_limit * settings.max_attempts, settings.limit_window_seconds) > 0);
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.otp_verify(challenge_id uuid, code text, client_addr inet DEFAULT NULL)
RETURNS @extschema@.otp_verification
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    challenge otp_private.challenge;
    settings @extschema@.otp_policy;
    secret bytea;
    counted boolean := false;
BEGIN
    IF challenge_id IS NULL OR code IS NULL THEN
        PERFORM otp_private.require('challenge_id', challenge_id IS NULL), otp_private.require('code', code IS NULL);
    END IF;

    SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = challenge_id;
    IF NOT FOUND THEN
        -- An unknown id counts against the client's verification limit of the default policy:
        -- guessing ids is limited like guessing codes, and costs about what a wrong code does.
        IF otp_private.limit_verifications(otp_private.find_policy('default'), NULL, client_addr) THEN
            RETURN ROW('rate_limited', NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
        END IF;
        RETURN ROW('not_found', NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
    END IF;

    settings := otp_private.find_policy(challenge.policy);
    IF settings.name IS NOT NULL AND otp_private.limit_verifications(settings, challenge.identifier, client_addr) THEN
        RETURN ROW('rate_limited', NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
    END IF;

    -- Count the attempt and compare in one statement: the row is locked and the conditions are
    -- re-checked before SET runs, so concurrent verifications queue and at most max_attempts of
    -- them ever compare; the outcome (verified, locked, still pending) is written in the same row
    -- version. The key is the challenge's own; a resend under a newly rotated key in between
    -- makes the update miss, and the loop takes the new key.
    FOR round IN 1 .. 3 LOOP
        SELECT k.secret INTO STRICT secret FROM otp_private.server_key k WHERE k.key_id = challenge.key_id;
        UPDATE otp_private.challenge c
           SET (attempts, state, code_digest, finished_at) = (
                   SELECT c.attempts + 1, o.outcome,
                          CASE WHEN o.outcome = 'pending' THEN c.code_digest END,
                          CASE WHEN o.outcome = 'pending' THEN NULL ELSE now() END
                     -- OFFSET 0 keeps the subquery whole: pulled up, the call would be
                     -- repeated for each use of o.outcome, an HMAC each time.
                     FROM (SELECT otp_private.attempt_outcome(secret, c.challenge_id, code, c.code_digest,
                                                              c.attempts + 1, c.max_attempts) AS outcome
                           OFFSET 0) o)
         WHERE c.challenge_id = challenge_id AND c.key_id = challenge.key_id
           AND c.state = 'pending' AND c.expires_at > now() AND c.attempts < c.max_attempts
        RETURNING * INTO challenge;
        counted := FOUND;
        EXIT WHEN counted;

        -- A new snapshot: what a concurrent verification committed is visible now.
        SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = challenge_id;
        IF NOT FOUND OR challenge.state = 'verified' THEN
            RETURN ROW('not_found', NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
        ELSIF challenge.state = 'locked' OR challenge.attempts >= challenge.max_attempts THEN
            RETURN ROW('locked', 0, NULL, NULL, NULL)::@extschema@.otp_verification;
        ELSIF challenge.expires_at <= now() THEN
            RETURN ROW('expired', NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
        END IF;
        -- Still pending: only its key changed (resend after a rotation). Try again with it.
    END LOOP;
    IF NOT counted THEN
        RAISE EXCEPTION 'otp_verify: the key of challenge % kept changing', challenge_id;
    END IF;

    IF challenge.state <> 'pending' THEN
        -- Used or locked: its code must not be sent any more.
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL
         WHERE d.delivery_id = challenge.delivery_id AND d.state = 'pending';
    END IF;
    IF challenge.state = 'verified' THEN
        RETURN ROW('success', challenge.max_attempts - challenge.attempts,
                   challenge.identifier, challenge.channel, challenge.payload)::@extschema@.otp_verification;
    END IF;
    RETURN ROW('invalid_code', challenge.max_attempts - challenge.attempts, NULL, NULL, NULL)::@extschema@.otp_verification;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.otp_claim_deliveries(max_count integer DEFAULT 10, lease_seconds integer DEFAULT 30)
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

-- otp_rotate_server_key reads the new key once instead of once per factor.
CREATE OR REPLACE FUNCTION @extschema@.otp_rotate_server_key() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    new_key otp_private.server_key;
BEGIN
    LOCK TABLE otp_private.server_key IN SHARE ROW EXCLUSIVE MODE;
    UPDATE otp_private.server_key k SET retired_at = now() WHERE k.retired_at IS NULL;
    INSERT INTO otp_private.server_key (key_id, secret)
    VALUES ((SELECT coalesce(max(k.key_id), 0) + 1 FROM otp_private.server_key k), otp_private.new_server_key())
    RETURNING * INTO new_key;
    UPDATE otp_private.totp_factor f
       SET sealed_secret = otp_private.seal_text(new_key.secret, 'totp:' || f.key, otp_private.factor_secret(f)),
           server_key_id = new_key.key_id;
    RETURN new_key.key_id;
END
$$;

REVOKE ALL ON FUNCTION @extschema@.otp_release_delivery(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION otp_private.limit_verifications(@extschema@.otp_policy, text, inet) FROM PUBLIC;
