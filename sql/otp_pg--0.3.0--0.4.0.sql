-- otp_pg 0.3.0 -> 0.4.0
--
-- Security fixes from an attacker's review of 0.3.0 (see CHANGELOG.md). Every statement says why.

\echo Use "ALTER EXTENSION otp_pg UPDATE TO '0.4.0'" to load this file. \quit

-- A retired key is removed only after every transaction running when purge first saw it retired
-- has ended: this records when that was.
ALTER TABLE otp_private.server_key ADD COLUMN seen_retired_at timestamptz;

-- One client address gets only a share of an identifier's send and verification budgets.
-- (Added, not used, in this transaction: PostgreSQL allows that.)
ALTER TYPE otp_private.rate_scope ADD VALUE 'send_identifier_client';
ALTER TYPE otp_private.rate_scope ADD VALUE 'verify_identifier_client';

-- The authoritative state of a key's factor, for applications that receive an otp_event.
CREATE TYPE @extschema@.otp_factor_status AS (
    state                    text,         -- 'none', 'pending' or 'active'
    confirmed_at             timestamptz,
    recovery_codes_remaining integer,
    locked_until             timestamptz   -- while checks of the key are refused, else NULL
);

-- The rate limits of a request are checked, and counted, together (take_rates); these two now
-- also take the identifier's channel, for its rate-limit subject.
DROP FUNCTION otp_private.limit_sends(@extschema@.otp_policy, text, inet);
DROP FUNCTION otp_private.limit_verifications(@extschema@.otp_policy, text, inet);

-- Guards the attempt-counting calls against a caller's rollback (otp_pg.require_autocommit).
CREATE FUNCTION otp_private."require_own_transaction"(
	"function_name" TEXT /* & str */
) RETURNS void
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'require_own_transaction_wrapper';

-- Attempts a caller's rollback took back, kept in shared memory and counted by the next check.
CREATE FUNCTION otp_private."attempt_taken_back"(
	"subject" TEXT /* & str */
) RETURNS INT /* i32 */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'attempt_taken_back_wrapper';

-- One rate-limit subject per mailbox or phone.
CREATE FUNCTION otp_private."rate_subject"(
	"identifier" TEXT, /* & str */
	"channel" TEXT /* & str */
) RETURNS TEXT /* String */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'rate_subject_wrapper';

-- Client addresses as rate-limit subjects, IPv4 inside IPv6 included.
CREATE FUNCTION otp_private."address_subject"(
	"host" TEXT /* & str */
) RETURNS TEXT /* Option < String > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'address_subject_wrapper';

-- The extension calls its own functions through otp_private, where no other role can add an overload.
CREATE FUNCTION otp_private."normalize_identifier"(
	"identifier" TEXT, /* & str */
	"channel" TEXT /* & str */
) RETURNS TEXT /* String */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'normalize_identifier_wrapper';

CREATE FUNCTION otp_private."new_totp_secret"() RETURNS TEXT /* String */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'new_totp_secret_wrapper';

CREATE FUNCTION otp_private."totp_uri"(
	"secret" TEXT, /* & str */
	"account" TEXT, /* & str */
	"issuer" TEXT, /* Option < & str > */
	"digits" INT, /* i32 */
	"period" INT, /* i32 */
	"algorithm" TEXT /* & str */
) RETURNS TEXT /* String */
IMMUTABLE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'totp_uri_wrapper';

-- A key no factor can have is answered without touching a table.
CREATE FUNCTION otp_private."possible_key"(
	"key" TEXT /* & str */
) RETURNS bool /* bool */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'possible_key_wrapper';

-- The sealing context of factor secrets, in one place.
CREATE FUNCTION otp_private."seal_factor_secret"(
	"server_key" bytea, /* & [u8] */
	"key" TEXT, /* & str */
	"secret" TEXT /* & str */
) RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'seal_factor_secret_wrapper';

CREATE FUNCTION otp_private."open_factor_secret"(
	"server_key" bytea, /* & [u8] */
	"key" TEXT, /* & str */
	"sealed" bytea /* & [u8] */
) RETURNS TEXT /* String */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'open_factor_secret_wrapper';

-- Decoy comparisons for keys without a factor or recovery codes, so timing tells nothing.
CREATE FUNCTION otp_private."totp_decoy"(
	"code" TEXT, /* & str */
	"at_time" timestamp with time zone, /* TimestampWithTimeZone */
	"skew" INT /* i32 */
) RETURNS bigint /* Option < i64 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'totp_decoy_wrapper';

CREATE FUNCTION otp_private."recovery_decoy"(
	"owner" TEXT, /* & str */
	"code" TEXT /* & str */
) RETURNS bool /* bool */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'recovery_decoy_wrapper';

-- XX001 instead of P0002 for a challenge whose key is missing.
CREATE FUNCTION otp_private.missing_key(key_id integer) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'XX001',
        MESSAGE = format('server key %s is missing from otp_private.server_key', key_id),
        HINT = 'Restore the otp_private.server_key rows of the same dump as the other otp_pg tables.';
END
$$;

-- IPv6 addresses that carry an IPv4 client count as that client.
CREATE OR REPLACE FUNCTION otp_private.client_subject(address inet) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.address_subject(host(address));
END
$$;

-- Takes back a hit when a later limit of the same request refuses it.
CREATE FUNCTION otp_private.untake_rate(policy text, scope otp_private.rate_scope, subject text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    UPDATE otp_private.rate_counter r
       SET hits = r.hits - 1
     WHERE r.policy = policy AND r.scope = scope AND r.subject = subject AND r.hits > 0;
END
$$;

-- Every limit of a request checked before any counts; the per-client share of an identifier.
CREATE FUNCTION otp_private.take_rates(settings @extschema@.otp_policy, sending boolean, identifier text,
                                       channel text, client_addr inet, OUT refused otp_private.rate_scope,
                                       OUT wait integer)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    identifier_subject text := CASE WHEN identifier IS NOT NULL THEN otp_private.rate_subject(identifier, channel) END;
    client_subject text := CASE WHEN client_addr IS NOT NULL THEN otp_private.client_subject(client_addr) END;
    per_identifier integer := CASE WHEN sending THEN settings.identifier_limit
                                   ELSE settings.identifier_limit * settings.max_attempts END;
    per_client integer := CASE WHEN sending THEN settings.client_limit
                               ELSE settings.client_limit * settings.max_attempts END;
    pair_sends integer := greatest(1, least(settings.identifier_limit - 1, 1 + settings.max_resends));
    per_pair integer := CASE WHEN sending THEN pair_sends ELSE pair_sends * settings.max_attempts END;
    scopes otp_private.rate_scope[] := CASE WHEN sending
        THEN '{send_identifier,send_identifier_client,send_client}'::otp_private.rate_scope[]
        ELSE '{verify_identifier,verify_identifier_client,verify_client}'::otp_private.rate_scope[] END;
    subjects text[] := ARRAY[identifier_subject, identifier_subject || ' ' || client_subject, client_subject];
    limits integer[] := ARRAY[per_identifier, per_pair, per_client];
BEGIN
    wait := 0;
    FOR i IN 1 .. 3 LOOP
        CONTINUE WHEN subjects[i] IS NULL;
        wait := otp_private.take_rate(settings.name, scopes[i], subjects[i], limits[i], settings.limit_window_seconds);
        IF wait > 0 THEN
            refused := scopes[i];
            FOR j IN 1 .. i - 1 LOOP
                IF subjects[j] IS NOT NULL THEN
                    PERFORM otp_private.untake_rate(settings.name, scopes[j], subjects[j]);
                END IF;
            END LOOP;
            RETURN;
        END IF;
    END LOOP;
END
$$;

-- Send and verification limits through take_rates, with the identifier's channel.
CREATE FUNCTION otp_private.limit_sends(settings @extschema@.otp_policy, identifier text, channel text,
                                        client_addr inet)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    taken record := otp_private.take_rates(settings, true, identifier, channel, client_addr);
BEGIN
    IF taken.refused IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'OT429',
            MESSAGE = format('too many codes requested %s: retry in %s seconds',
                             CASE taken.refused
                                 WHEN 'send_identifier' THEN 'for this identifier'
                                 WHEN 'send_identifier_client' THEN 'for this identifier from this client address'
                                 ELSE 'from this client address' END,
                             taken.wait),
            DETAIL = format('retry_after_seconds=%s', taken.wait);
    END IF;
END
$$;

CREATE FUNCTION otp_private.limit_verifications(settings @extschema@.otp_policy, identifier text, channel text,
                                                client_addr inet)
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (otp_private.take_rates(settings, false, identifier, channel, client_addr)).refused IS NOT NULL;
END
$$;

-- Passes the channel to the limits.
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
    delivery_id bigint;
BEGIN
    -- Checks are plain IFs on the happy path: PL/pgSQL evaluates them without the executor.
    IF identifier IS NULL OR channel IS NULL OR payload IS NULL OR policy IS NULL THEN
        PERFORM otp_private.require('identifier', identifier IS NULL), otp_private.require('channel', channel IS NULL),
                otp_private.require('payload', payload IS NULL), otp_private.require('policy', policy IS NULL);
    END IF;
    channel_name := otp_private.channel_name(channel);
    normalized := otp_private.normalize_identifier(identifier, channel_name);
    settings := otp_private.policy_of(policy);
    IF jsonb_typeof(payload) <> 'object' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('payload must be a JSON object (got %s)', jsonb_typeof(payload));
    END IF;
    IF octet_length(payload::text) > 8192 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'payload must be at most 8192 bytes as JSON text';
    END IF;

    PERFORM otp_private.limit_sends(settings, normalized, channel_name, client_addr);

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

-- The attempt guard, the limits with the channel, and XX001 for a missing key.
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
    taken_back integer;
BEGIN
    IF challenge_id IS NULL OR code IS NULL THEN
        PERFORM otp_private.require('challenge_id', challenge_id IS NULL), otp_private.require('code', code IS NULL);
    END IF;
    PERFORM otp_private.require_own_transaction('otp_verify');

    SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = challenge_id;
    IF NOT FOUND THEN
        -- An unknown id counts against the client's verification limit of the default policy:
        -- guessing ids is limited like guessing codes, and costs about what a wrong code does.
        IF otp_private.limit_verifications(otp_private.find_policy('default'), NULL, NULL, client_addr) THEN
            RETURN ROW('rate_limited', NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
        END IF;
        RETURN ROW('not_found', NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
    END IF;

    settings := otp_private.find_policy(challenge.policy);
    IF settings.name IS NOT NULL
       AND otp_private.limit_verifications(settings, challenge.identifier, challenge.channel::text, client_addr) THEN
        RETURN ROW('rate_limited', NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
    END IF;

    -- Attempts that callers' rollbacks took back count all the same (see src/attempt_ledger.rs):
    -- folded into the row first, and this attempt noted in case this transaction is rolled back.
    taken_back := otp_private.attempt_taken_back('challenge ' || challenge_id::text);
    IF taken_back > 0 THEN
        UPDATE otp_private.challenge c
           SET attempts = least(c.max_attempts, c.attempts + taken_back),
               state = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN 'locked' ELSE c.state END,
               code_digest = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN NULL ELSE c.code_digest END,
               finished_at = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN now() END
         WHERE c.challenge_id = challenge_id AND c.state = 'pending';
    END IF;

    -- Count the attempt and compare in one statement: the row is locked and the conditions are
    -- re-checked before SET runs, so concurrent verifications queue and at most max_attempts of
    -- them ever compare; the outcome (verified, locked, still pending) is written in the same row
    -- version. The key is the challenge's own; a resend under a newly rotated key in between
    -- makes the update miss, and the loop takes the new key.
    FOR round IN 1 .. 3 LOOP
        SELECT k.secret INTO secret FROM otp_private.server_key k WHERE k.key_id = challenge.key_id;
        IF NOT FOUND THEN
            PERFORM otp_private.missing_key(challenge.key_id);
        END IF;
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

-- Passes the channel to the limits.
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
        PERFORM otp_private.limit_sends(settings, challenge.identifier, challenge.channel::text, client_addr);
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

-- Removes a retired key only once nothing running may use it; re-seals factors left under it.
CREATE OR REPLACE FUNCTION @extschema@.otp_purge() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    deliveries bigint;
    challenges bigint;
    counters bigint;
    failures bigint;
    keys bigint := 0;
    oldest_start timestamptz;
    current otp_private.server_key;
BEGIN
    DELETE FROM otp_private.delivery d
     USING otp_private.challenge c
     WHERE d.challenge_id = c.challenge_id AND c.purge_after <= now();
    GET DIAGNOSTICS deliveries = ROW_COUNT;
    DELETE FROM otp_private.challenge c WHERE c.purge_after <= now();
    GET DIAGNOSTICS challenges = ROW_COUNT;
    -- Counters and failure counts are rows that logins lock: one held by an open transaction is
    -- skipped, not waited for (purged next time), so that nobody can stall purging, and logins
    -- queued behind a waiting purge, by holding one.
    DELETE FROM otp_private.rate_counter r
     WHERE r.ctid IN (SELECT q.ctid FROM otp_private.rate_counter q
                       WHERE q.window_start + make_interval(secs => 2 * q.window_seconds) <= now()
                         FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS counters = ROW_COUNT;
    -- Failure counts whose window has passed, of keys not locked out: they count nothing.
    DELETE FROM otp_private.factor_failure f
     WHERE f.key IN (SELECT q.key FROM otp_private.factor_failure q
                      WHERE q.window_start + make_interval(secs => (otp_private.factor_limits())[2]) <= now()
                        AND (q.locked_until IS NULL OR q.locked_until <= now())
                        FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS failures = ROW_COUNT;

    UPDATE otp_private.server_key k SET seen_retired_at = clock_timestamp()
     WHERE k.retired_at IS NOT NULL AND k.seen_retired_at IS NULL;
    IF FOUND OR EXISTS (SELECT FROM otp_private.server_key k WHERE k.seen_retired_at IS NOT NULL) THEN
        PERFORM pg_stat_clear_snapshot();  -- read the activity of now, not of this transaction's start
        SELECT coalesce(min(a.xact_start), clock_timestamp()) INTO oldest_start
          FROM pg_stat_activity a
         WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL
           AND a.backend_type <> 'autovacuum worker';
        IF NOT EXISTS (SELECT FROM pg_prepared_xacts x WHERE x.database = current_database()) THEN
            current := otp_private.current_key();
            UPDATE otp_private.totp_factor f
               SET sealed_secret = otp_private.seal_factor_secret(current.secret, f.key, otp_private.factor_secret(f)),
                   server_key_id = current.key_id
              FROM otp_private.server_key k
             WHERE k.key_id = f.server_key_id AND k.seen_retired_at < oldest_start;
            DELETE FROM otp_private.server_key k
             WHERE k.seen_retired_at < oldest_start
               AND NOT EXISTS (SELECT FROM otp_private.challenge c WHERE c.key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.delivery d WHERE d.key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.totp_factor f WHERE f.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.recovery_code r WHERE r.server_key_id = k.key_id);
            GET DIAGNOSTICS keys = ROW_COUNT;
        END IF;
    END IF;
    RETURN deliveries + challenges + counters + failures + keys;
END
$$;

-- Seals through seal_factor_secret.
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
       SET sealed_secret = otp_private.seal_factor_secret(new_key.secret, f.key, otp_private.factor_secret(f)),
           server_key_id = new_key.key_id;
    RETURN new_key.key_id;
END
$$;

-- Checks of one key queue behind each other, on a row no other role can lock.
CREATE FUNCTION otp_private.lock_factor_checks(key text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF NOT otp_private.possible_key(key) THEN
        RETURN;  -- no factor, no row: nothing to lock (and too long for the table's index)
    END IF;
    LOOP  -- again if otp_purge removed the row in between
        INSERT INTO otp_private.factor_failure AS f (key, failures, window_start) VALUES (key, 0, now())
        ON CONFLICT ON CONSTRAINT factor_failure_pkey DO NOTHING;
        PERFORM FROM otp_private.factor_failure f WHERE f.key = key FOR UPDATE;
        EXIT WHEN FOUND;
    END LOOP;
END
$$;

-- A key no factor can have is not counted.
CREATE OR REPLACE FUNCTION otp_private.count_failure(key text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    limits integer[] := otp_private.factor_limits();  -- {max failures, window s, lock-out s}
BEGIN
    IF NOT otp_private.possible_key(key) THEN
        RETURN;  -- a key no factor can have is not counted (nor fits the table's index)
    END IF;
    INSERT INTO otp_private.factor_failure AS f (key, failures, window_start)
    VALUES (key, 1, now())
    ON CONFLICT ON CONSTRAINT factor_failure_pkey DO UPDATE SET
        failures = CASE WHEN f.window_start + make_interval(secs => limits[2]) <= now() THEN 1 ELSE f.failures + 1 END,
        window_start = CASE WHEN f.window_start + make_interval(secs => limits[2]) <= now() THEN now() ELSE f.window_start END;
    UPDATE otp_private.factor_failure f
       SET locked_until = now() + make_interval(secs => limits[3]), failures = 0, window_start = now()
     WHERE f.key = key AND f.failures >= limits[1];
END
$$;

-- A successful check resets the failure count (its row stays: it is the lock).
CREATE FUNCTION otp_private.clear_failures(key text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    UPDATE otp_private.factor_failure f SET failures = 0, window_start = now(), locked_until = NULL
     WHERE f.key = key;
END
$$;

-- Every check of a key starts here: the lock, and the failures rollbacks took back.
CREATE FUNCTION otp_private.begin_factor_check(key text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    taken_back integer;
BEGIN
    PERFORM otp_private.lock_factor_checks(key);
    taken_back := otp_private.attempt_taken_back('factor ' || key);
    FOR i IN 1 .. least(taken_back, (otp_private.factor_limits())[1]) LOOP
        PERFORM otp_private.count_failure(key);
    END LOOP;
END
$$;

-- PL/pgSQL, planned once per session like the other helpers on a check's path.
CREATE OR REPLACE FUNCTION otp_private.locked_out(key text) RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    RETURN coalesce((SELECT f.locked_until > now() FROM otp_private.factor_failure f WHERE f.key = key), false);
END
$$;

-- The decoy path reads a server key as factor_secret does.
CREATE FUNCTION otp_private.decoy_key_lookup() RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN EXISTS (SELECT FROM otp_private.server_key k WHERE k.retired_at IS NULL);
END
$$;

-- Opens through open_factor_secret.
CREATE OR REPLACE FUNCTION otp_private.factor_secret(factor otp_private.totp_factor) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (SELECT otp_private.open_factor_secret(k.secret, factor.key, factor.sealed_secret)
              FROM otp_private.server_key k
             WHERE k.key_id = factor.server_key_id);
END
$$;

-- Seals through seal_factor_secret.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_enroll(
    key       text,
    account   text DEFAULT NULL,
    issuer    text DEFAULT NULL,
    digits    integer DEFAULT 6,
    period    integer DEFAULT 30,
    algorithm text DEFAULT 'sha1'
) RETURNS @extschema@.otp_enrollment
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    server otp_private.server_key;
    existing text;
    secret text;
    uri text;
BEGIN
    PERFORM otp_private.require('key', key IS NULL);
    PERFORM otp_private.require('digits', digits IS NULL);
    PERFORM otp_private.require('period', period IS NULL);
    PERFORM otp_private.require('algorithm', algorithm IS NULL);
    PERFORM otp_private.check_key(key);
    SELECT f.state INTO existing FROM otp_private.totp_factor f WHERE f.key = key FOR UPDATE;
    IF existing = 'active' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409',
            MESSAGE = 'key already has an active authenticator factor: remove it with otp_totp_disable first';
    END IF;
    secret := otp_private.new_totp_secret();
    -- Also checks digits, period, algorithm, account and issuer, naming the one that is wrong.
    uri := otp_private.totp_uri(secret, coalesce(account, key), issuer, digits, period, algorithm);
    server := otp_private.current_key();
    INSERT INTO otp_private.totp_factor AS f
        (key, state, server_key_id, sealed_secret, digits, period, algorithm, created_at)
    VALUES (key, 'pending', server.key_id, otp_private.seal_factor_secret(server.secret, key, secret),
            digits, period, lower(algorithm), now())
    ON CONFLICT ON CONSTRAINT totp_factor_pkey DO UPDATE SET
        state = 'pending', server_key_id = EXCLUDED.server_key_id, sealed_secret = EXCLUDED.sealed_secret,
        digits = EXCLUDED.digits, period = EXCLUDED.period, algorithm = EXCLUDED.algorithm,
        last_step = NULL, created_at = EXCLUDED.created_at, confirmed_at = NULL;
    PERFORM otp_private.notify_event(key, 'enrolled');
    RETURN ROW(secret, uri)::@extschema@.otp_enrollment;
END
$$;

-- The attempt guard, the per-key queue and the decoy.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_confirm(key text, code text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    factor otp_private.totp_factor;
    step bigint;
BEGIN
    PERFORM otp_private.require('key', key IS NULL);
    PERFORM otp_private.require('code', code IS NULL);
    PERFORM otp_private.require_own_transaction('otp_totp_confirm');
    PERFORM otp_private.begin_factor_check(key);
    -- No row lock: begin_factor_check serialised the checks of this key, and a lock taken only
    -- when the factor exists would make a wrong code for a key with one take longer.
    SELECT * INTO factor FROM otp_private.totp_factor f WHERE f.key = key AND f.state = 'pending';
    IF NOT FOUND OR otp_private.locked_out(key) THEN
        -- The same work as a comparison, and the same write as a wrong code (unless locked out,
        -- where nothing is written either way), so the time doesn't tell whether the key has a
        -- factor.
        PERFORM otp_private.totp_decoy(code, now(), 1), otp_private.decoy_key_lookup();
        IF NOT otp_private.locked_out(key) THEN
            PERFORM otp_private.count_failure(key);
        END IF;
        RETURN false;
    END IF;
    step := otp_private.totp_match(otp_private.factor_secret(factor), code, now(), 1,
                                   factor.digits, factor.period, factor.algorithm);
    IF step IS NULL THEN
        PERFORM otp_private.count_failure(key);
        RETURN false;
    END IF;
    -- Only the factor compared with: one enrolled again meanwhile keeps its own secret pending.
    UPDATE otp_private.totp_factor f SET state = 'active', confirmed_at = now(), last_step = step
     WHERE f.key = key AND f.state = 'pending' AND f.created_at = factor.created_at;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM otp_private.clear_failures(key);
    PERFORM otp_private.notify_event(key, 'confirmed');
    RETURN true;
END
$$;

-- The attempt guard, the per-key queue and the decoy.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_check(key text, code text, skew integer DEFAULT 1) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    factor otp_private.totp_factor;
    step bigint;
BEGIN
    PERFORM otp_private.require('key', key IS NULL);
    PERFORM otp_private.require('code', code IS NULL);
    PERFORM otp_private.require('skew', skew IS NULL);
    PERFORM otp_private.check_range('skew', skew, 0, 10);
    PERFORM otp_private.require_own_transaction('otp_totp_check');
    PERFORM otp_private.begin_factor_check(key);
    SELECT * INTO factor FROM otp_private.totp_factor f WHERE f.key = key AND f.state = 'active';  -- see otp_totp_confirm
    IF NOT FOUND OR otp_private.locked_out(key) THEN
        -- The same work and write as a wrong code (see otp_totp_confirm).
        PERFORM otp_private.totp_decoy(code, now(), skew), otp_private.decoy_key_lookup();
        IF NOT otp_private.locked_out(key) THEN
            PERFORM otp_private.count_failure(key);
        END IF;
        RETURN false;
    END IF;
    step := otp_private.totp_match(otp_private.factor_secret(factor), code, now(), skew,
                                   factor.digits, factor.period, factor.algorithm);
    IF step IS NULL OR step <= coalesce(factor.last_step, -1) THEN
        PERFORM otp_private.count_failure(key);
        RETURN false;
    END IF;
    UPDATE otp_private.totp_factor f SET last_step = step
     WHERE f.key = key AND f.state = 'active' AND f.created_at = factor.created_at;
    IF NOT FOUND THEN  -- disabled (and perhaps enrolled again) meanwhile
        RETURN false;
    END IF;
    PERFORM otp_private.clear_failures(key);
    RETURN true;
END
$$;

-- The attempt guard, the per-key queue, the decoy, and one digest for any code.
CREATE OR REPLACE FUNCTION @extschema@.otp_recovery_code_use(key text, code text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    canonical text;
    digests bytea[];
    found_at integer := 0;
    server_secret bytea;
BEGIN
    PERFORM otp_private.require('key', key IS NULL);
    PERFORM otp_private.require('code', code IS NULL);
    PERFORM otp_private.require_own_transaction('otp_recovery_code_use');
    -- Concurrent uses of the key's codes and TOTP checks queue here: each sees the last one's result.
    PERFORM otp_private.begin_factor_check(key);
    canonical := otp_private.normalize_recovery_code(code);
    -- The same query whether or not the key has codes: an aggregate gives one row either way.
    SELECT array_agg(r.code_digest), (array_agg(k.secret))[1] INTO digests, server_secret
      FROM otp_private.recovery_code r JOIN otp_private.server_key k ON k.key_id = r.server_key_id
     WHERE r.key = key AND r.used_at IS NULL;  -- one generation: all under one server key
    IF digests IS NULL OR otp_private.locked_out(key) THEN
        -- The same work and write as a wrong code (see otp_totp_confirm).
        PERFORM otp_private.recovery_decoy(key, code);
        IF NOT otp_private.locked_out(key) THEN
            PERFORM otp_private.count_failure(key);
        END IF;
        RETURN false;
    END IF;
    -- A malformed code is digested all the same: every answer costs one digest and one search.
    found_at := otp_private.find_digest(digests, otp_private.recovery_digest(server_secret, key, coalesce(canonical, '')));
    IF coalesce(found_at, 0) = 0 OR canonical IS NULL THEN
        PERFORM otp_private.count_failure(key);
        RETURN false;
    END IF;
    UPDATE otp_private.recovery_code r SET used_at = now() WHERE r.key = key AND r.code_digest = digests[found_at];
    PERFORM otp_private.clear_failures(key);
    PERFORM otp_private.notify_event(key, 'recovery_code_used');
    RETURN true;
END
$$;

-- The authoritative state of a key's factor.
CREATE FUNCTION @extschema@.otp_factor_status(key text) RETURNS @extschema@.otp_factor_status
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    result @extschema@.otp_factor_status;
BEGIN
    PERFORM otp_private.require('key', key IS NULL);
    SELECT coalesce((SELECT f.state FROM otp_private.totp_factor f WHERE f.key = key), 'none'),
           (SELECT f.confirmed_at FROM otp_private.totp_factor f WHERE f.key = key),
           (SELECT count(*)::integer FROM otp_private.recovery_code r WHERE r.key = key AND r.used_at IS NULL),
           (SELECT f.locked_until FROM otp_private.factor_failure f WHERE f.key = key AND f.locked_until > now())
      INTO result;
    RETURN result;
END
$$;

-- Nothing new is callable by PUBLIC; docs/security.md lists what to grant to whom.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA otp_private FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.otp_factor_status(text) FROM PUBLIC;
