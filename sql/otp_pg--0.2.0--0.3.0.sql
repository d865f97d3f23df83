-- otp_pg 0.2.0 -> 0.3.0
--
-- The server time of a login, less:
-- - The closed sets of the hot tables (challenge channel and state, delivery state, rate-counter
--   scope) are enum types instead of CHECK (... IN ...) constraints, which PostgreSQL read and
--   prepared again in every statement that wrote a row.
-- - A rate counter is one row per (policy, scope, subject) holding the current and the previous
--   window's hits, so that counting a hit is one upsert (it was a look-up of the previous window
--   and then an upsert). Existing counts are carried over. The table gets room for HOT updates.
-- - otp_private.client_subject is PL/pgSQL: as a SQL function with a pinned search_path it was
--   not inlined and was planned again on every call.

\echo Use "ALTER EXTENSION otp_pg UPDATE TO '0.3.0'" to load this file. \quit

CREATE TYPE otp_private.channel AS ENUM ('email', 'sms');
CREATE TYPE otp_private.challenge_state AS ENUM ('pending', 'verified', 'locked');
CREATE TYPE otp_private.delivery_state AS ENUM ('pending', 'sent', 'superseded', 'abandoned');
CREATE TYPE otp_private.rate_scope AS ENUM ('send_identifier', 'send_client', 'verify_identifier', 'verify_client');

-- The constraint and the index that compare state with a text value go before the type changes
-- and come back after them.
ALTER TABLE otp_private.challenge
    DROP CONSTRAINT challenge_channel_check,
    DROP CONSTRAINT challenge_state_check,
    DROP CONSTRAINT challenge_check,
    ALTER COLUMN state DROP DEFAULT;
ALTER TABLE otp_private.challenge
    ALTER COLUMN channel TYPE otp_private.channel USING channel::otp_private.channel,
    ALTER COLUMN state TYPE otp_private.challenge_state USING state::otp_private.challenge_state,
    ALTER COLUMN state SET DEFAULT 'pending',
    ADD CONSTRAINT challenge_check CHECK ((state = 'pending') = (code_digest IS NOT NULL));

DROP INDEX otp_private.delivery_claimable;
ALTER TABLE otp_private.delivery
    DROP CONSTRAINT delivery_state_check,
    DROP CONSTRAINT delivery_check,
    ALTER COLUMN state DROP DEFAULT;
ALTER TABLE otp_private.delivery
    ALTER COLUMN state TYPE otp_private.delivery_state USING state::otp_private.delivery_state,
    ALTER COLUMN state SET DEFAULT 'pending',
    ADD CONSTRAINT delivery_check CHECK ((state = 'pending') = (sealed_code IS NOT NULL));
CREATE INDEX delivery_claimable ON otp_private.delivery (delivery_id) WHERE state = 'pending';

-- One row per subject: the latest window's row keeps its hits and takes the previous window's
-- count from the row before it, if that row is of the window just before; older rows go.
ALTER TABLE otp_private.rate_counter ADD COLUMN previous_hits integer NOT NULL DEFAULT 0;
ALTER TABLE otp_private.rate_counter ALTER COLUMN previous_hits DROP DEFAULT;
UPDATE otp_private.rate_counter r
   SET previous_hits = p.hits
  FROM otp_private.rate_counter p
 WHERE p.policy = r.policy AND p.scope = r.scope AND p.subject = r.subject
   AND p.window_start = r.window_start - make_interval(secs => r.window_seconds);
DELETE FROM otp_private.rate_counter r
 WHERE EXISTS (SELECT FROM otp_private.rate_counter later
                WHERE later.policy = r.policy AND later.scope = r.scope AND later.subject = r.subject
                  AND later.window_start > r.window_start);
ALTER TABLE otp_private.rate_counter
    DROP CONSTRAINT rate_counter_scope_check,
    DROP CONSTRAINT rate_counter_pkey;
ALTER TABLE otp_private.rate_counter
    ALTER COLUMN scope TYPE otp_private.rate_scope USING scope::otp_private.rate_scope,
    ADD CONSTRAINT rate_counter_pkey PRIMARY KEY (policy, scope, subject),
    SET (fillfactor = 85);

-- PL/pgSQL instead of a SQL function that its pinned search_path kept from being inlined.
CREATE OR REPLACE FUNCTION otp_private.client_subject(address inet) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN CASE WHEN family(address) = 6 THEN network(set_masklen(address, 64))::text ELSE host(address) END;
END
$$;

DROP FUNCTION otp_private.take_rate(text, text, text, integer, integer);
-- Counts one hit for `subject` if that keeps it within `max_hits` per sliding window; returns 0
-- then, or else the seconds until a hit would be allowed (and counts nothing). The sliding window
-- is approximated by the current fixed window plus the previous one weighted by its overlap:
-- a hit is allowed when current + 1 + previous * (1 - elapsed / window) <= max_hits.
CREATE FUNCTION otp_private.take_rate(policy text, scope otp_private.rate_scope, subject text, max_hits integer,
                                      window_seconds integer)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    now_epoch double precision := extract(epoch FROM now())::double precision;
    start_epoch double precision := floor(now_epoch / window_seconds) * window_seconds;
    current_start timestamptz := to_timestamp(start_epoch);
    previous_start timestamptz := to_timestamp(start_epoch - window_seconds);
    elapsed double precision := now_epoch - start_epoch;
    overlap double precision := 1 - elapsed / window_seconds;  -- of the previous window, still inside
    counter otp_private.rate_counter;
    current_hits integer;
    previous_hits integer;
    wait double precision;
BEGIN
    -- One statement on the way through: the row's counts are moved on to the current window
    -- (a row last hit two or more windows ago counts nothing), and the hit is added only if the
    -- moved-on counts, the WHERE clause's two CASEs the same as SET's, stay within the limit.
    -- ON CONFLICT locks the row first, so concurrent hits are counted one after another.
    INSERT INTO otp_private.rate_counter AS r (policy, scope, subject, window_start, window_seconds, hits, previous_hits)
    VALUES (policy, scope, subject, current_start, window_seconds, 1, 0)
    ON CONFLICT ON CONSTRAINT rate_counter_pkey DO UPDATE SET
        window_start = EXCLUDED.window_start,
        window_seconds = EXCLUDED.window_seconds,
        hits = CASE WHEN r.window_start = current_start THEN r.hits + 1 ELSE 1 END,
        previous_hits = CASE WHEN r.window_start = current_start THEN r.previous_hits
                             WHEN r.window_start = previous_start THEN r.hits
                             ELSE 0 END
    WHERE CASE WHEN r.window_start = current_start THEN r.hits + 1 ELSE 1 END
        + CASE WHEN r.window_start = current_start THEN r.previous_hits
               WHEN r.window_start = previous_start THEN r.hits
               ELSE 0 END * overlap <= max_hits;
    IF FOUND THEN
        RETURN 0;
    END IF;

    -- Refused: the same counts say how long until there is room.
    SELECT * INTO STRICT counter
      FROM otp_private.rate_counter r
     WHERE r.policy = policy AND r.scope = scope AND r.subject = subject;
    current_hits := CASE WHEN counter.window_start = current_start THEN counter.hits ELSE 0 END;
    previous_hits := CASE WHEN counter.window_start = current_start THEN counter.previous_hits
                          WHEN counter.window_start = previous_start THEN counter.hits
                          ELSE 0 END;
    IF current_hits + 1 > max_hits THEN
        -- This window is full: wait for it to end and for enough of it to slide out.
        wait := (window_seconds - elapsed)
              + window_seconds * greatest(0, 1 - (max_hits - 1)::double precision / current_hits);
    ELSE
        -- Wait until the previous window's weighted share leaves room for one more hit.
        wait := window_seconds * (1 - (max_hits - current_hits - 1)::double precision / previous_hits) - elapsed;
    END IF;
    RETURN greatest(1, ceil(wait))::integer;
END
$$;
REVOKE ALL ON FUNCTION otp_private.take_rate(text, otp_private.rate_scope, text, integer, integer) FROM PUBLIC;

-- Every function that reads or writes these tables is defined again, changed or not: a new
-- definition makes each session compile it afresh, where a session that had already run the old
-- one would otherwise keep the old column types of its row variables and fail.

CREATE OR REPLACE FUNCTION otp_private.limit_sends(settings @extschema@.otp_policy, identifier text, client_addr inet)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    wait integer;
BEGIN
    wait := otp_private.take_rate(settings.name, 'send_identifier', identifier,
                                  settings.identifier_limit, settings.limit_window_seconds);
    IF wait > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'OT429',
            MESSAGE = format('too many codes requested for this identifier: retry in %s seconds', wait),
            DETAIL = format('retry_after_seconds=%s', wait);
    END IF;
    IF client_addr IS NOT NULL THEN
        wait := otp_private.take_rate(settings.name, 'send_client', otp_private.client_subject(client_addr),
                                      settings.client_limit, settings.limit_window_seconds);
        IF wait > 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'OT429',
                MESSAGE = format('too many codes requested from this client address: retry in %s seconds', wait),
                DETAIL = format('retry_after_seconds=%s', wait);
        END IF;
    END IF;
    RETURN 0;
END
$$;

CREATE OR REPLACE FUNCTION otp_private.limit_verifications(settings @extschema@.otp_policy, identifier text, client_addr inet)
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

CREATE OR REPLACE FUNCTION otp_private.queue_delivery(challenge otp_private.challenge, previous_delivery bigint,
                                           key otp_private.server_key, code text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF previous_delivery IS NOT NULL THEN
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL
         WHERE d.delivery_id = previous_delivery AND d.state = 'pending';
    END IF;
    INSERT INTO otp_private.delivery
        (delivery_id, challenge_id, send_number, key_id, sealed_code, available_at, created_at)
    OVERRIDING SYSTEM VALUE
    VALUES (challenge.delivery_id, challenge.challenge_id, challenge.resends, key.key_id,
            otp_private.seal_text(key.secret, challenge.challenge_id::text || '/' || challenge.resends, code),
            now(), now());
    PERFORM pg_notify('otp_delivery',
                      json_build_object('delivery_id', challenge.delivery_id, 'channel', challenge.channel)::text);
    RETURN challenge.delivery_id;
END
$$;

CREATE OR REPLACE FUNCTION otp_private.challenge_result(challenge otp_private.challenge) RETURNS @extschema@.otp_challenge
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN ROW(
        challenge.challenge_id,
        challenge.expires_at,
        challenge.ttl_seconds,
        otp_private.mask_identifier(challenge.identifier, challenge.channel::text),
        CASE WHEN challenge.resends < challenge.max_resends
             THEN challenge.sent_at + make_interval(secs => challenge.resend_cooldown_seconds) END
    )::@extschema@.otp_challenge;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.otp_initiate(
    identifier  text,
    channel     text DEFAULT 'email',
    payload     jsonb DEFAULT '{}',
    policy      text DEFAULT 'default',
    client_addr inet DEFAULT NULL
) RETURNS @extschema@.otp_challenge
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    channel_name text;
    normalized text;
    settings @extschema@.otp_policy;
    key otp_private.server_key;
    new_id uuid := gen_random_uuid();
    code text;
    created otp_private.challenge;
    wait integer;
    delivery_id bigint;
BEGIN
    -- Checks are plain IFs on the happy path: PL/pgSQL evaluates them without the executor.
    IF identifier IS NULL OR channel IS NULL OR payload IS NULL OR policy IS NULL THEN
        PERFORM otp_private.require('identifier', identifier IS NULL), otp_private.require('channel', channel IS NULL),
                otp_private.require('payload', payload IS NULL), otp_private.require('policy', policy IS NULL);
    END IF;
    channel_name := otp_private.channel_name(channel);
    normalized := @extschema@.otp_normalize_identifier(identifier, channel_name);
    settings := otp_private.policy_of(policy);
    IF jsonb_typeof(payload) <> 'object' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('payload must be a JSON object (got %s)', jsonb_typeof(payload));
    END IF;
    IF octet_length(payload::text) > 8192 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'payload must be at most 8192 bytes as JSON text';
    END IF;

    wait := otp_private.limit_sends(settings, normalized, client_addr);

    key := otp_private.current_key();
    code := otp_private.new_code(settings.code_length);
    INSERT INTO otp_private.challenge AS c
        (challenge_id, policy, channel, identifier, payload, client_addr, key_id, code_digest, code_length,
         delivery_id, max_attempts, max_resends, resend_cooldown_seconds, ttl_seconds, retention_seconds,
         created_at, sent_at, expires_at, purge_after)
    VALUES
        (new_id, settings.name, channel_name::otp_private.channel, normalized, payload, client_addr, key.key_id,
         otp_private.code_digest(key.secret, new_id, code), settings.code_length,
         nextval('otp_private.delivery_delivery_id_seq'::regclass),  -- the outbox row queued below
         settings.max_attempts, settings.max_resends, settings.resend_cooldown_seconds, settings.ttl_seconds,
         settings.retention_seconds, now(), now(), now() + make_interval(secs => settings.ttl_seconds),
         now() + make_interval(secs => settings.ttl_seconds + settings.retention_seconds))
    RETURNING * INTO created;
    delivery_id := otp_private.queue_delivery(created, NULL, key, code);
    RETURN otp_private.challenge_result(created);
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
                   SELECT c.attempts + 1, o.outcome::otp_private.challenge_state,
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
                   challenge.identifier, challenge.channel::text, challenge.payload)::@extschema@.otp_verification;
    END IF;
    RETURN ROW('invalid_code', challenge.max_attempts - challenge.attempts, NULL, NULL, NULL)::@extschema@.otp_verification;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.otp_resend(challenge_id uuid, client_addr inet DEFAULT NULL)
RETURNS @extschema@.otp_challenge
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    challenge otp_private.challenge;
    settings @extschema@.otp_policy;
    key otp_private.server_key;
    code text;
    wait integer;
    delivery_id bigint;
    previous_delivery bigint;
BEGIN
    IF challenge_id IS NULL THEN
        PERFORM otp_private.require('challenge_id', true);
    END IF;
    SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = challenge_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'OT404',
            MESSAGE = 'challenge_id does not name a challenge (it may have been purged): start again with otp_initiate';
    ELSIF challenge.state = 'verified' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names a challenge that was already used';
    ELSIF challenge.state = 'locked' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names a challenge locked after too many wrong codes';
    ELSIF challenge.expires_at <= now() THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names an expired challenge: start again with otp_initiate';
    ELSIF challenge.resends >= challenge.max_resends THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409',
            MESSAGE = format('challenge_id names a challenge that was already resent %s times, the most its policy allows',
                             challenge.resends);
    END IF;
    -- The cooldown is checked before anything changes, so an early resend keeps the old code valid.
    wait := ceil(extract(epoch FROM challenge.sent_at + make_interval(secs => challenge.resend_cooldown_seconds) - now()));
    IF wait > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'OT429',
            MESSAGE = format('a new code can be sent for this challenge in %s seconds', wait),
            DETAIL = format('retry_after_seconds=%s', wait);
    END IF;
    settings := otp_private.find_policy(challenge.policy);
    IF settings.name IS NOT NULL THEN
        wait := otp_private.limit_sends(settings, challenge.identifier, client_addr);
    END IF;

    key := otp_private.current_key();
    code := otp_private.new_code(challenge.code_length);
    previous_delivery := challenge.delivery_id;
    UPDATE otp_private.challenge c
       SET key_id = key.key_id,
           code_digest = otp_private.code_digest(key.secret, c.challenge_id, code),
           delivery_id = nextval('otp_private.delivery_delivery_id_seq'::regclass),
           resends = c.resends + 1,
           sent_at = now(),
           expires_at = now() + make_interval(secs => c.ttl_seconds),
           purge_after = now() + make_interval(secs => c.ttl_seconds + c.retention_seconds)
     WHERE c.challenge_id = challenge_id
    RETURNING * INTO challenge;
    delivery_id := otp_private.queue_delivery(challenge, previous_delivery, key, code);
    RETURN otp_private.challenge_result(challenge);
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
    SELECT cl.delivery_id, cl.challenge_id, c.channel::text, c.identifier,
           otp_private.unseal_text(k.secret, cl.challenge_id::text || '/' || cl.send_number, cl.sealed_code),
           c.payload, c.expires_at
      FROM claimed cl
      JOIN otp_private.challenge c ON c.challenge_id = cl.challenge_id
      JOIN otp_private.server_key k ON k.key_id = cl.key_id
     ORDER BY cl.delivery_id;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.otp_ack_delivery(delivery_id bigint) RETURNS boolean
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
       SET state = 'sent', sealed_code = NULL, sent_at = now(), last_error = NULL
     WHERE d.delivery_id = delivery_id AND d.state = 'pending';
    RETURN FOUND;
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
           state = CASE WHEN d.tries >= max_tries THEN 'abandoned' ELSE 'pending' END::otp_private.delivery_state,
           sealed_code = CASE WHEN d.tries >= max_tries THEN NULL ELSE d.sealed_code END,
           leased = false
     WHERE d.delivery_id = delivery_id AND d.state = 'pending'
    RETURNING d.state = 'pending' INTO retrying;
    RETURN coalesce(retrying, false);
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.otp_release_delivery(delivery_id bigint) RETURNS boolean
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

CREATE OR REPLACE FUNCTION @extschema@.otp_purge() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    deliveries bigint;
    challenges bigint;
    counters bigint;
    keys bigint;
BEGIN
    DELETE FROM otp_private.delivery d
     USING otp_private.challenge c
     WHERE d.challenge_id = c.challenge_id AND c.purge_after <= now();
    GET DIAGNOSTICS deliveries = ROW_COUNT;
    DELETE FROM otp_private.challenge c WHERE c.purge_after <= now();
    GET DIAGNOSTICS challenges = ROW_COUNT;
    DELETE FROM otp_private.rate_counter r
     WHERE r.window_start + make_interval(secs => 2 * r.window_seconds) <= now();
    GET DIAGNOSTICS counters = ROW_COUNT;
    DELETE FROM otp_private.server_key k
     WHERE k.retired_at IS NOT NULL
       AND NOT EXISTS (SELECT FROM otp_private.challenge c WHERE c.key_id = k.key_id)
       AND NOT EXISTS (SELECT FROM otp_private.delivery d WHERE d.key_id = k.key_id)
       AND NOT EXISTS (SELECT FROM otp_private.totp_factor f WHERE f.server_key_id = k.key_id)
       AND NOT EXISTS (SELECT FROM otp_private.recovery_code r WHERE r.server_key_id = k.key_id);
    GET DIAGNOSTICS keys = ROW_COUNT;
    RETURN deliveries + challenges + counters + keys;
END
$$;
