-- otp_pg 0.4.0 -> 0.4.1
--
-- What changes: attempts that rollbacks took back are never pushed out of the ledger (they are
-- recorded by the next check or by otp_purge, which never waits on a row); otp_verify locks the
-- challenge before reading the ledger; delivery sealing contexts, policy bounds and lock-out
-- settings each have one home in Rust; helpers and columns renamed inside (refuse_null,
-- server_key_id). Every statement says why; see CHANGELOG.md.

\echo Use "ALTER EXTENSION otp_pg UPDATE TO '0.4.1'" to load this file. \quit

-- The hot tables refer to a server key as the factor tables do: server_key_id.
ALTER TABLE otp_private.challenge RENAME COLUMN key_id TO server_key_id;
ALTER TABLE otp_private.delivery RENAME COLUMN key_id TO server_key_id;

-- Server keys may be stored wrapped under the root key, longer than 32 bytes.
ALTER TABLE otp_private.server_key DROP CONSTRAINT server_key_secret_check,
    ADD CONSTRAINT server_key_secret_check CHECK (octet_length(secret) >= 32);

-- PostgreSQL 18 names NOT NULL constraints after their column: the renamed ones take the names a
-- fresh install gives them.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_constraint c WHERE c.conname OPERATOR(pg_catalog.=) 'challenge_key_id_not_null'
                 AND c.connamespace OPERATOR(pg_catalog.=) 'otp_private'::pg_catalog.regnamespace) THEN
        ALTER TABLE otp_private.challenge RENAME CONSTRAINT challenge_key_id_not_null TO challenge_server_key_id_not_null;
        ALTER TABLE otp_private.delivery RENAME CONSTRAINT delivery_key_id_not_null TO delivery_server_key_id_not_null;
    END IF;
END
$$;

-- The lock-out settings as named columns instead of an array read by position.
CREATE FUNCTION otp_private."factor_lockout_settings"() RETURNS TABLE (
	"max_failures" INT,  /* i32 */
	"window_seconds" INT,  /* i32 */
	"lockout_seconds" INT  /* i32 */
)
STRICT STABLE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'factor_lockout_settings_wrapper';

-- A record of a subject's taken-back attempts without an attempt of its own, for otp_purge.
CREATE FUNCTION otp_private."record_taken_back"(
	"subject" TEXT /* & str */
) RETURNS INT /* i32 */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'record_taken_back_wrapper';

-- The subjects of this database with taken-back attempts waiting to be recorded.
CREATE FUNCTION otp_private."subjects_taken_back"(
	"max" INT /* i32 */
) RETURNS TABLE (
	"subject" TEXT,  /* String */
	"noted_at" timestamp with time zone  /* TimestampWithTimeZone */
)
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'subjects_taken_back_wrapper';

-- Notes an attempt before anything is compared, for otp_verify, which reads the ledger only under the row lock.
CREATE FUNCTION otp_private."note_attempt"(
	"subject" TEXT /* & str */
) RETURNS void
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'note_attempt_wrapper';

-- The bounds of policy settings, for tests and tools that show them.
CREATE FUNCTION otp_private."policy_bounds"() RETURNS TABLE (
	"setting" TEXT,  /* String */
	"low" INT,  /* i32 */
	"high" INT  /* i32 */
)
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'policy_bounds_wrapper';

-- The bounds of policy settings, defined once in Rust.
CREATE FUNCTION otp_private."policy_setting"(
	"setting" TEXT, /* & str */
	"value" INT /* i32 */
) RETURNS INT /* i32 */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'policy_setting_wrapper';

-- Opens what seal_delivery_code sealed.
CREATE FUNCTION otp_private."open_delivery_code"(
	"server_key" bytea, /* & [u8] */
	"challenge_id" uuid, /* pgrx :: Uuid */
	"send_number" INT, /* i32 */
	"sealed" bytea /* & [u8] */
) RETURNS TEXT /* String */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'open_delivery_code_wrapper';

-- A delivery's code is sealed to its challenge and send by these two, which build that context in one place.
CREATE FUNCTION otp_private."seal_delivery_code"(
	"server_key" bytea, /* & [u8] */
	"challenge_id" uuid, /* pgrx :: Uuid */
	"send_number" INT, /* i32 */
	"code" TEXT /* & str */
) RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'seal_delivery_code_wrapper';

-- New server keys as they are stored: wrapped under the root key when one is set.
CREATE FUNCTION otp_private."new_stored_server_key"() RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'new_stored_server_key_wrapper';

-- Whether a root key is loaded, for the wrapping step at the end of this script.
CREATE FUNCTION otp_private."root_key_loaded"() RETURNS bool /* bool */
STRICT STABLE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'root_key_loaded_wrapper';

-- Wraps a stored server key under the root key (otp_pg.root_key_file).
CREATE FUNCTION otp_private."rewrap_server_key"(
	"stored" bytea /* & [u8] */
) RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'rewrap_server_key_wrapper';

-- require(argument, is_null) read backwards: refuse_null('key', key IS NULL).
CREATE FUNCTION otp_private.refuse_null(argument text, is_null boolean) RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF is_null THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = format('%s must not be NULL', argument);
    END IF;
END
$$;

-- STABLE, as format() is: IMMUTABLE let the planner run it while planning a call.
CREATE OR REPLACE FUNCTION otp_private.check_range(argument text, value integer, low integer, high integer)
RETURNS integer
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF value < low OR value > high THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('%s must be between %s and %s (got %s)', argument, low, high, value);
    END IF;
    RETURN value;
END
$$;

-- Checks each setting with policy_setting, whose bounds are defined in Rust.
CREATE OR REPLACE FUNCTION @extschema@.otp_set_policy(
    name                    text,
    code_length             integer DEFAULT NULL,
    ttl_seconds             integer DEFAULT NULL,
    max_attempts            integer DEFAULT NULL,
    max_resends             integer DEFAULT NULL,
    resend_cooldown_seconds integer DEFAULT NULL,
    retention_seconds       integer DEFAULT NULL,
    identifier_limit        integer DEFAULT NULL,
    client_limit            integer DEFAULT NULL,
    limit_window_seconds    integer DEFAULT NULL
) RETURNS @extschema@.otp_policy
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    -- A new policy starts from the 'default' policy as currently configured.
    base @extschema@.otp_policy := coalesce(otp_private.find_policy(name), otp_private.find_policy('default'));
    result @extschema@.otp_policy;
BEGIN
    PERFORM otp_private.refuse_null('name', name IS NULL);
    IF name !~ '^[A-Za-z0-9_.:-]{1,63}$' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'name must be 1 to 63 characters, each a letter, digit, or one of _ . : -';
    END IF;
    result := ROW(
        name,
        otp_private.policy_setting('code_length', coalesce(code_length, base.code_length)),
        otp_private.policy_setting('ttl_seconds', coalesce(ttl_seconds, base.ttl_seconds)),
        otp_private.policy_setting('max_attempts', coalesce(max_attempts, base.max_attempts)),
        otp_private.policy_setting('max_resends', coalesce(max_resends, base.max_resends)),
        otp_private.policy_setting('resend_cooldown_seconds', coalesce(resend_cooldown_seconds, base.resend_cooldown_seconds)),
        otp_private.policy_setting('retention_seconds', coalesce(retention_seconds, base.retention_seconds)),
        otp_private.policy_setting('identifier_limit', coalesce(identifier_limit, base.identifier_limit)),
        otp_private.policy_setting('client_limit', coalesce(client_limit, base.client_limit)),
        otp_private.policy_setting('limit_window_seconds', coalesce(limit_window_seconds, base.limit_window_seconds))
    )::@extschema@.otp_policy;
    INSERT INTO otp_private.policy AS p
        (name, code_length, ttl_seconds, max_attempts, max_resends, resend_cooldown_seconds,
         retention_seconds, identifier_limit, client_limit, limit_window_seconds, updated_at)
    VALUES (result.name, result.code_length, result.ttl_seconds, result.max_attempts, result.max_resends,
            result.resend_cooldown_seconds, result.retention_seconds, result.identifier_limit,
            result.client_limit, result.limit_window_seconds, now())
    ON CONFLICT ON CONSTRAINT policy_pkey DO UPDATE SET
        code_length = EXCLUDED.code_length, ttl_seconds = EXCLUDED.ttl_seconds,
        max_attempts = EXCLUDED.max_attempts, max_resends = EXCLUDED.max_resends,
        resend_cooldown_seconds = EXCLUDED.resend_cooldown_seconds,
        retention_seconds = EXCLUDED.retention_seconds, identifier_limit = EXCLUDED.identifier_limit,
        client_limit = EXCLUDED.client_limit, limit_window_seconds = EXCLUDED.limit_window_seconds,
        updated_at = EXCLUDED.updated_at;
    RETURN result;
END
$$;

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
CREATE OR REPLACE FUNCTION otp_private.current_key() RETURNS otp_private.server_key
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    current otp_private.server_key;
BEGIN
    SELECT * INTO current FROM otp_private.server_key k WHERE k.retired_at IS NULL;
    IF NOT FOUND THEN
        INSERT INTO otp_private.server_key (key_id, secret)
        VALUES ((SELECT coalesce(max(k.key_id), 0) + 1 FROM otp_private.server_key k), otp_private.new_stored_server_key())
        ON CONFLICT DO NOTHING;
        SELECT * INTO STRICT current FROM otp_private.server_key k WHERE k.retired_at IS NULL;
    END IF;
    RETURN current;
END
$$;

-- Seals through seal_delivery_code; its server-key parameter is called server_key.
DROP FUNCTION otp_private.queue_delivery(otp_private.challenge, bigint, otp_private.server_key, text);
CREATE FUNCTION otp_private.queue_delivery(challenge otp_private.challenge, previous_delivery bigint,
                                           server_key otp_private.server_key, code text)
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
        (delivery_id, challenge_id, send_number, server_key_id, sealed_code, available_at, created_at)
    OVERRIDING SYSTEM VALUE
    VALUES (challenge.delivery_id, challenge.challenge_id, challenge.resends, server_key.key_id,
            otp_private.seal_delivery_code(server_key.secret, challenge.challenge_id, challenge.resends, code),
            now(), now());
    PERFORM pg_notify('otp_delivery',
                      json_build_object('delivery_id', challenge.delivery_id, 'channel', challenge.channel)::text);
    RETURN challenge.delivery_id;
END
$$;

-- Opens through open_delivery_code.
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
        RETURNING d.delivery_id, d.challenge_id, d.send_number, d.server_key_id, d.sealed_code
    )
    SELECT cl.delivery_id, cl.challenge_id, c.channel::text, c.identifier,
           otp_private.open_delivery_code(k.secret, cl.challenge_id, cl.send_number, cl.sealed_code),
           c.payload, c.expires_at
      FROM claimed cl
      JOIN otp_private.challenge c ON c.challenge_id = cl.challenge_id
      JOIN otp_private.server_key k ON k.key_id = cl.server_key_id
     ORDER BY cl.delivery_id;
END
$$;

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
CREATE OR REPLACE FUNCTION @extschema@.otp_ack_delivery(delivery_id bigint) RETURNS boolean
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
       SET state = 'sent', sealed_code = NULL, sent_at = now(), last_error = NULL
     WHERE d.delivery_id = delivery_id AND d.state = 'pending';
    RETURN FOUND;
END
$$;

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
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
        PERFORM otp_private.refuse_null('delivery_id', true);
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

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
CREATE OR REPLACE FUNCTION @extschema@.otp_release_delivery(delivery_id bigint) RETURNS boolean
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

-- A key's taken-back checks counted in one place, by every check and by otp_purge.
CREATE FUNCTION otp_private.record_factor_failures(key text, taken_back integer) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    FOR i IN 1 .. least(taken_back, (SELECT s.max_failures FROM otp_private.factor_lockout_settings() s)) LOOP
        PERFORM otp_private.count_failure(key);
    END LOOP;
END
$$;

-- Records through record_factor_failures; a key no factor can have is not noted.
CREATE OR REPLACE FUNCTION otp_private.begin_factor_check(key text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF NOT otp_private.possible_key(key) THEN
        RETURN;  -- no factor can have it: nothing to lock or count
    END IF;
    PERFORM otp_private.lock_factor_checks(key);
    PERFORM otp_private.record_factor_failures(key, otp_private.attempt_taken_back('factor ' || key));
END
$$;

-- Reads factor_lockout_settings.
CREATE OR REPLACE FUNCTION otp_private.count_failure(key text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    max_failures integer;
    window_seconds integer;
    lockout_seconds integer;
BEGIN
    IF NOT otp_private.possible_key(key) THEN
        RETURN;  -- a key no factor can have is not counted (nor fits the table's index)
    END IF;
    SELECT s.max_failures, s.window_seconds, s.lockout_seconds INTO max_failures, window_seconds, lockout_seconds
      FROM otp_private.factor_lockout_settings() s;
    -- Windows and lock-outs start at the clock's time, not the transaction's: a statement that
    -- ran long (or slept) before its checks would otherwise date them in the past and shorten
    -- them. Reads compare with now(), which is earlier, so they only ever see more of either.
    INSERT INTO otp_private.factor_failure AS f (key, failures, window_start)
    VALUES (key, 1, clock_timestamp())
    ON CONFLICT ON CONSTRAINT factor_failure_pkey DO UPDATE SET
        failures = CASE WHEN f.window_start + make_interval(secs => window_seconds) <= now() THEN 1 ELSE f.failures + 1 END,
        window_start = CASE WHEN f.window_start + make_interval(secs => window_seconds) <= now() THEN clock_timestamp() ELSE f.window_start END;
    UPDATE otp_private.factor_failure f
       SET locked_until = clock_timestamp() + make_interval(secs => lockout_seconds), failures = 0, window_start = clock_timestamp()
     WHERE f.key = key AND f.failures >= max_failures;
END
$$;

-- What to do next is a HINT.
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
    server_key otp_private.server_key;
    existing text;
    secret text;
    uri text;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('digits', digits IS NULL);
    PERFORM otp_private.refuse_null('period', period IS NULL);
    PERFORM otp_private.refuse_null('algorithm', algorithm IS NULL);
    PERFORM otp_private.check_key(key);
    SELECT f.state INTO existing FROM otp_private.totp_factor f WHERE f.key = key FOR UPDATE;
    IF existing = 'active' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409',
            MESSAGE = 'key already has an active authenticator factor',
            HINT = 'Remove it with otp_totp_disable first.';
    END IF;
    secret := otp_private.new_totp_secret();
    -- Also checks digits, period, algorithm, account and issuer, naming the one that is wrong.
    uri := otp_private.totp_uri(secret, coalesce(account, key), issuer, digits, period, algorithm);
    server_key := otp_private.current_key();
    INSERT INTO otp_private.totp_factor AS f
        (key, state, server_key_id, sealed_secret, digits, period, algorithm, created_at)
    VALUES (key, 'pending', server_key.key_id, otp_private.seal_factor_secret(server_key.secret, key, secret),
            digits, period, lower(algorithm), now())
    ON CONFLICT ON CONSTRAINT totp_factor_pkey DO UPDATE SET
        state = 'pending', server_key_id = EXCLUDED.server_key_id, sealed_secret = EXCLUDED.sealed_secret,
        digits = EXCLUDED.digits, period = EXCLUDED.period, algorithm = EXCLUDED.algorithm,
        last_step = NULL, created_at = EXCLUDED.created_at, confirmed_at = NULL;
    PERFORM otp_private.notify_event(key, 'enrolled');
    RETURN ROW(secret, uri)::@extschema@.otp_enrollment;
END
$$;

-- A lock-out is read on every path, with a factor or without, so it costs the same on both.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_confirm(key text, code text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    factor otp_private.totp_factor;
    step bigint;
    locked boolean;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('code', code IS NULL);
    PERFORM otp_private.require_own_transaction('otp_totp_confirm');
    PERFORM otp_private.begin_factor_check(key);
    -- Read on every path, with or without a factor, so a lock-out costs the same either way.
    locked := otp_private.locked_out(key);
    -- No row lock: begin_factor_check serialised the checks of this key, and a lock taken only
    -- when the factor exists would make a wrong code for a key with one take longer.
    SELECT * INTO factor FROM otp_private.totp_factor f WHERE f.key = key AND f.state = 'pending';
    IF NOT FOUND OR locked THEN
        -- The same work as a comparison, and the same write as a wrong code (unless locked out,
        -- where nothing is written either way), so the time doesn't tell whether the key has a
        -- factor.
        PERFORM otp_private.totp_decoy(code, now(), 1), otp_private.decoy_key_lookup();
        IF NOT locked THEN
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

-- A lock-out is read on every path, with a factor or without, so it costs the same on both.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_check(key text, code text, skew integer DEFAULT 1) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    factor otp_private.totp_factor;
    step bigint;
    locked boolean;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('code', code IS NULL);
    PERFORM otp_private.refuse_null('skew', skew IS NULL);
    PERFORM otp_private.check_range('skew', skew, 0, 10);
    PERFORM otp_private.require_own_transaction('otp_totp_check');
    PERFORM otp_private.begin_factor_check(key);
    locked := otp_private.locked_out(key);  -- see otp_totp_confirm
    SELECT * INTO factor FROM otp_private.totp_factor f WHERE f.key = key AND f.state = 'active';
    IF NOT FOUND OR locked THEN
        -- The same work and write as a wrong code (see otp_totp_confirm).
        PERFORM otp_private.totp_decoy(code, now(), skew), otp_private.decoy_key_lookup();
        IF NOT locked THEN
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

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_disable(key text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    removed bigint;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    DELETE FROM otp_private.totp_factor f WHERE f.key = key;
    GET DIAGNOSTICS removed = ROW_COUNT;
    DELETE FROM otp_private.recovery_code r WHERE r.key = key;
    IF removed > 0 THEN
        PERFORM otp_private.notify_event(key, 'disabled');
    END IF;
    RETURN removed > 0;
END
$$;

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
CREATE OR REPLACE FUNCTION @extschema@.otp_recovery_codes_generate(key text, count integer DEFAULT 10) RETURNS SETOF text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    server_key otp_private.server_key;
    code text;
    made integer := 0;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('count', count IS NULL);
    PERFORM otp_private.check_key(key);
    PERFORM otp_private.check_range('count', count, 1, 100);
    server_key := otp_private.current_key();
    DELETE FROM otp_private.recovery_code r WHERE r.key = key;
    WHILE made < count LOOP
        code := otp_private.new_recovery_code();
        INSERT INTO otp_private.recovery_code (key, code_digest, server_key_id, created_at)
        VALUES (key, otp_private.recovery_digest(server_key.secret, key, otp_private.normalize_recovery_code(code)),
                server_key.key_id, now())
        ON CONFLICT DO NOTHING;  -- a repeat (1 in 2^50) is simply drawn again
        IF FOUND THEN
            made := made + 1;
            RETURN NEXT code;
        END IF;
    END LOOP;
    PERFORM otp_private.notify_event(key, 'recovery_codes_generated');
END
$$;

-- A lock-out is read on every path, with a factor or without, so it costs the same on both.
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
    locked boolean;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('code', code IS NULL);
    PERFORM otp_private.require_own_transaction('otp_recovery_code_use');
    -- Concurrent uses of the key's codes and TOTP checks queue here: each sees the last one's result.
    PERFORM otp_private.begin_factor_check(key);
    locked := otp_private.locked_out(key);  -- see otp_totp_confirm
    canonical := otp_private.normalize_recovery_code(code);
    -- The same query whether or not the key has codes: an aggregate gives one row either way.
    SELECT array_agg(r.code_digest), (array_agg(k.secret))[1] INTO digests, server_secret
      FROM otp_private.recovery_code r JOIN otp_private.server_key k ON k.key_id = r.server_key_id
     WHERE r.key = key AND r.used_at IS NULL;  -- one generation: all under one server key
    IF digests IS NULL OR locked THEN
        -- The same work and write as a wrong code (see otp_totp_confirm).
        PERFORM otp_private.recovery_decoy(key, code);
        IF NOT locked THEN
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

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
CREATE OR REPLACE FUNCTION @extschema@.otp_factor_status(key text) RETURNS @extschema@.otp_factor_status
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    result @extschema@.otp_factor_status;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    SELECT coalesce((SELECT f.state FROM otp_private.totp_factor f WHERE f.key = key), 'none'),
           (SELECT f.confirmed_at FROM otp_private.totp_factor f WHERE f.key = key),
           (SELECT count(*)::integer FROM otp_private.recovery_code r WHERE r.key = key AND r.used_at IS NULL),
           (SELECT f.locked_until FROM otp_private.factor_failure f WHERE f.key = key AND f.locked_until > now())
      INTO result;
    RETURN result;
END
$$;

-- The queued delivery id was never read.
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
    server_key otp_private.server_key;
    new_id uuid := gen_random_uuid();
    code text;
    created otp_private.challenge;
BEGIN
    -- Checks are plain IFs on the happy path: PL/pgSQL evaluates them without the executor.
    IF identifier IS NULL OR channel IS NULL OR payload IS NULL OR policy IS NULL THEN
        PERFORM otp_private.refuse_null('identifier', identifier IS NULL), otp_private.refuse_null('channel', channel IS NULL),
                otp_private.refuse_null('payload', payload IS NULL), otp_private.refuse_null('policy', policy IS NULL);
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

    server_key := otp_private.current_key();
    code := otp_private.new_code(settings.code_length);
    INSERT INTO otp_private.challenge AS c
        (challenge_id, policy, channel, identifier, payload, client_addr, server_key_id, code_digest, code_length,
         delivery_id, max_attempts, max_resends, resend_cooldown_seconds, ttl_seconds, retention_seconds,
         created_at, sent_at, expires_at, purge_after)
    VALUES
        (new_id, settings.name, channel_name::otp_private.channel, normalized, payload, client_addr, server_key.key_id,
         otp_private.code_digest(server_key.secret, new_id, code), settings.code_length,
         nextval('otp_private.delivery_delivery_id_seq'::regclass),  -- the outbox row queued below
         settings.max_attempts, settings.max_resends, settings.resend_cooldown_seconds, settings.ttl_seconds,
         settings.retention_seconds, now(), now(), now() + make_interval(secs => settings.ttl_seconds),
         now() + make_interval(secs => settings.ttl_seconds + settings.retention_seconds))
    RETURNING * INTO created;
    PERFORM otp_private.queue_delivery(created, NULL, server_key, code);
    RETURN otp_private.challenge_result(created);
END
$$;

-- A challenge's taken-back attempts counted in one place, by otp_verify and by otp_purge.
CREATE FUNCTION otp_private.record_challenge_attempts(challenge_id uuid, taken_back integer) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF taken_back > 0 THEN
        UPDATE otp_private.challenge c
           SET attempts = least(c.max_attempts, c.attempts + taken_back),
               state = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN 'locked' ELSE c.state END,
               code_digest = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN NULL ELSE c.code_digest END,
               finished_at = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN now() END
         WHERE c.challenge_id = challenge_id AND c.state = 'pending';
        -- Locked now: its code must not be sent any more. A delivery a sender holds is left to it
        -- (no claim hands out a locked challenge's code again), rather than waited for: otp_purge
        -- records attempts here too, and no sender may stall or fail it.
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL
         WHERE d.ctid IN (SELECT q.ctid FROM otp_private.delivery q
                            JOIN otp_private.challenge c ON c.delivery_id = q.delivery_id
                           WHERE c.challenge_id = challenge_id AND c.state = 'locked' AND q.state = 'pending'
                             FOR UPDATE OF q SKIP LOCKED);
    END IF;
END
$$;

-- Notes its attempt before comparing, and counts the ledger's waiting attempts under the row lock its comparison holds.
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
    allowed boolean := true;
BEGIN
    IF challenge_id IS NULL OR code IS NULL THEN
        PERFORM otp_private.refuse_null('challenge_id', challenge_id IS NULL), otp_private.refuse_null('code', code IS NULL);
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

    -- Noted before anything is compared (refused with 53400 if the ledger has no room): a
    -- rollback from here on puts the attempt on the ledger (see src/attempt_ledger.rs).
    PERFORM otp_private.note_attempt('challenge ' || challenge_id::text);

    -- Count the attempt and compare in one statement: the row is locked and the conditions are
    -- re-checked before SET runs, so concurrent verifications queue and at most max_attempts of
    -- them ever compare; the outcome (verified, locked, still pending) is written in the same row
    -- version. The key is the challenge's own; a resend under a newly rotated key in between
    -- makes the update miss, and the loop takes the new key.
    FOR round IN 1 .. 3 LOOP
        SELECT k.secret INTO secret FROM otp_private.server_key k WHERE k.key_id = challenge.server_key_id;
        IF NOT FOUND THEN
            PERFORM otp_private.missing_key(challenge.server_key_id);
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
         WHERE c.challenge_id = challenge_id AND c.server_key_id = challenge.server_key_id
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

    -- This attempt compared. The attempts that rollbacks took back are counted with it under the
    -- row lock the UPDATE holds: verifications queued on the row each see what those before them
    -- left on the ledger, however the row looked when they began. If those attempts had reached
    -- the limit, this comparison was one too many and its answer is 'locked', whatever it found.
    taken_back := otp_private.record_taken_back('challenge ' || challenge_id::text);
    IF taken_back > 0 THEN
        allowed := challenge.attempts - 1 + taken_back < challenge.max_attempts;
        UPDATE otp_private.challenge c
           SET attempts = least(c.max_attempts, c.attempts + taken_back),
               state = CASE WHEN NOT allowed OR (c.state = 'pending' AND c.attempts + taken_back >= c.max_attempts)
                            THEN 'locked' ELSE c.state END,
               code_digest = CASE WHEN NOT allowed OR c.attempts + taken_back >= c.max_attempts
                                  THEN NULL ELSE c.code_digest END,
               finished_at = CASE WHEN NOT allowed OR (c.state = 'pending' AND c.attempts + taken_back >= c.max_attempts)
                                  THEN now() ELSE c.finished_at END
         WHERE c.challenge_id = challenge_id
        RETURNING * INTO challenge;
    END IF;

    IF challenge.state <> 'pending' THEN
        -- Used or locked: its code must not be sent any more.
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL
         WHERE d.delivery_id = challenge.delivery_id AND d.state = 'pending';
    END IF;
    IF NOT allowed THEN
        RETURN ROW('locked', 0, NULL, NULL, NULL)::@extschema@.otp_verification;
    END IF;
    IF challenge.state = 'verified' THEN
        RETURN ROW('success', challenge.max_attempts - challenge.attempts,
                   challenge.identifier, challenge.channel::text, challenge.payload)::@extschema@.otp_verification;
    END IF;
    RETURN ROW('invalid_code', challenge.max_attempts - challenge.attempts, NULL, NULL, NULL)::@extschema@.otp_verification;
END
$$;

-- The queued delivery id was never read; what to do next is a HINT.
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
    server_key otp_private.server_key;
    code text;
    wait integer;
    previous_delivery bigint;
BEGIN
    IF challenge_id IS NULL THEN
        PERFORM otp_private.refuse_null('challenge_id', true);
    END IF;
    SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = challenge_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'OT404',
            MESSAGE = 'challenge_id does not name a challenge (it may have been purged)',
            HINT = 'Start again with otp_initiate.';
    ELSIF challenge.state = 'verified' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names a challenge that was already used';
    ELSIF challenge.state = 'locked' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names a challenge locked after too many wrong codes';
    ELSIF challenge.expires_at <= now() THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names an expired challenge',
            HINT = 'Start again with otp_initiate.';
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

    server_key := otp_private.current_key();
    code := otp_private.new_code(challenge.code_length);
    previous_delivery := challenge.delivery_id;
    UPDATE otp_private.challenge c
       SET server_key_id = server_key.key_id,
           code_digest = otp_private.code_digest(server_key.secret, c.challenge_id, code),
           delivery_id = nextval('otp_private.delivery_delivery_id_seq'::regclass),
           resends = c.resends + 1,
           sent_at = now(),
           expires_at = now() + make_interval(secs => c.ttl_seconds),
           purge_after = now() + make_interval(secs => c.ttl_seconds + c.retention_seconds)
     WHERE c.challenge_id = challenge_id
    RETURNING * INTO challenge;
    PERFORM otp_private.queue_delivery(challenge, previous_delivery, server_key, code);
    RETURN otp_private.challenge_result(challenge);
END
$$;

-- Records every waiting subject of this database without waiting on a row; otp_purge runs it first.
CREATE FUNCTION otp_private.record_attempts_taken_back() RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET lock_timeout = '10ms'
AS $$
#variable_conflict use_variable
DECLARE
    waiting record;
    key text;
    id uuid;
    recorded integer := 0;
    oldest_start timestamptz;
BEGIN
    PERFORM pg_stat_clear_snapshot();  -- the activity of now, not of this transaction's start
    SELECT min(a.xact_start) INTO oldest_start
      FROM pg_stat_activity a
     WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL
       AND a.backend_type <> 'autovacuum worker';
    IF EXISTS (SELECT FROM pg_prepared_xacts x WHERE x.database = current_database()) THEN
        oldest_start := '-infinity';
    END IF;
    FOR waiting IN SELECT * FROM otp_private.subjects_taken_back(2147483647) LOOP
        BEGIN  -- a wait for a row another transaction holds ends at lock_timeout: the subject stays
            IF starts_with(waiting.subject, 'factor ') THEN
                key := substr(waiting.subject, 8);
                PERFORM FROM otp_private.factor_failure f WHERE f.key = key FOR UPDATE SKIP LOCKED;
                IF NOT FOUND THEN  -- no row yet, or a held one
                    INSERT INTO otp_private.factor_failure AS f (key, failures, window_start) VALUES (key, 0, now())
                    ON CONFLICT ON CONSTRAINT factor_failure_pkey DO NOTHING;
                    PERFORM FROM otp_private.factor_failure f WHERE f.key = key FOR UPDATE SKIP LOCKED;
                    CONTINUE WHEN NOT FOUND;
                END IF;
                PERFORM otp_private.record_factor_failures(key, otp_private.record_taken_back(waiting.subject));
            ELSIF starts_with(waiting.subject, 'challenge ') THEN
                id := substr(waiting.subject, 11)::uuid;
                PERFORM FROM otp_private.challenge c WHERE c.challenge_id = id FOR UPDATE SKIP LOCKED;
                IF FOUND THEN
                    PERFORM otp_private.record_challenge_attempts(id, otp_private.record_taken_back(waiting.subject));
                ELSIF NOT EXISTS (SELECT FROM otp_private.challenge c WHERE c.challenge_id = id)
                      AND coalesce(oldest_start > waiting.noted_at, true) THEN
                    PERFORM otp_private.record_taken_back(waiting.subject);  -- gone: nothing left to guess
                ELSE
                    CONTINUE;
                END IF;
            ELSE
                CONTINUE;
            END IF;
        EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
            CONTINUE;
        END;
        recorded := recorded + 1;
    END LOOP;
    RETURN recorded;
END
$$;

-- Records what waits on the ledger before purging; reads factor_lockout_settings.
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
    -- Attempts that rollbacks took back, recorded in their rows before anything is removed.
    PERFORM otp_private.record_attempts_taken_back();
    -- Every row purge removes or changes may be one that a login or a sender holds: one held by
    -- an open transaction is skipped, not waited for (purged next time), so that nobody can stall
    -- purging, and the logins queued behind a waiting purge, by holding one. A challenge goes
    -- once its deliveries have gone.
    DELETE FROM otp_private.delivery d
     WHERE d.ctid IN (SELECT q.ctid FROM otp_private.delivery q
                        JOIN otp_private.challenge c ON c.challenge_id = q.challenge_id
                       WHERE c.purge_after <= now()
                         FOR UPDATE OF q SKIP LOCKED);
    GET DIAGNOSTICS deliveries = ROW_COUNT;
    DELETE FROM otp_private.challenge c
     WHERE c.ctid IN (SELECT q.ctid FROM otp_private.challenge q
                       WHERE q.purge_after <= now()
                         AND NOT EXISTS (SELECT FROM otp_private.delivery d WHERE d.challenge_id = q.challenge_id)
                         FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS challenges = ROW_COUNT;
    DELETE FROM otp_private.rate_counter r
     WHERE r.ctid IN (SELECT q.ctid FROM otp_private.rate_counter q
                       WHERE q.window_start + make_interval(secs => 2 * q.window_seconds) <= now()
                         FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS counters = ROW_COUNT;
    -- Failure counts whose window has passed, of keys not locked out: they count nothing.
    DELETE FROM otp_private.factor_failure f
     WHERE f.key IN (SELECT q.key FROM otp_private.factor_failure q
                      WHERE q.window_start + make_interval(secs => (SELECT s.window_seconds FROM otp_private.factor_lockout_settings() s)) <= now()
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
             WHERE f.ctid IN (SELECT q.ctid FROM otp_private.totp_factor q
                                JOIN otp_private.server_key k ON k.key_id = q.server_key_id
                               WHERE k.seen_retired_at < oldest_start
                                 FOR UPDATE OF q SKIP LOCKED);
            DELETE FROM otp_private.server_key k
             WHERE k.seen_retired_at < oldest_start
               AND NOT EXISTS (SELECT FROM otp_private.challenge c WHERE c.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.delivery d WHERE d.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.totp_factor f WHERE f.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.recovery_code r WHERE r.server_key_id = k.key_id);
            GET DIAGNOSTICS keys = ROW_COUNT;
        END IF;
    END IF;
    RETURN deliveries + challenges + counters + failures + keys;
END
$$;

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
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
    VALUES ((SELECT coalesce(max(k.key_id), 0) + 1 FROM otp_private.server_key k), otp_private.new_stored_server_key())
    RETURNING * INTO new_key;
    UPDATE otp_private.totp_factor f
       SET sealed_secret = otp_private.seal_factor_secret(new_key.secret, f.key, otp_private.factor_secret(f)),
           server_key_id = new_key.key_id;
    RETURN new_key.key_id;
END
$$;

-- Stores every server key wrapped under the root key: a dump then holds no key that opens anything.
CREATE FUNCTION @extschema@.otp_wrap_server_keys() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    wrapped integer;
BEGIN
    LOCK TABLE otp_private.server_key IN SHARE ROW EXCLUSIVE MODE;  -- no rotation meanwhile
    UPDATE otp_private.server_key k SET secret = otp_private.rewrap_server_key(k.secret);
    GET DIAGNOSTICS wrapped = ROW_COUNT;
    RETURN wrapped;
END
$$;

-- Replaced by refuse_null, seal_delivery_code, open_delivery_code and factor_lockout_settings
-- (the library keeps the compiled symbols for older install scripts); new_server_key by
-- new_stored_server_key.
DROP FUNCTION otp_private.require(text, boolean);
DROP FUNCTION otp_private.factor_limits();
DROP FUNCTION otp_private.new_server_key();
DROP FUNCTION otp_private.seal_text(bytea, text, text);
DROP FUNCTION otp_private.unseal_text(bytea, text, bytea);

-- With a root key loaded (otp_pg.root_key_file), the existing server keys are stored wrapped
-- under it now, as otp_wrap_server_keys() would; without one they stay as they are.
UPDATE otp_private.server_key k SET secret = otp_private.rewrap_server_key(k.secret)
 WHERE otp_private.root_key_loaded();

-- Factor secrets sealed by earlier versions are sealed again with XChaCha20-Poly1305: every factor
-- then opens alike, as the decoy for a key without one does.
UPDATE otp_private.totp_factor f
   SET sealed_secret = otp_private.seal_factor_secret(k.secret, f.key, otp_private.factor_secret(f))
  FROM otp_private.server_key k
 WHERE k.key_id = f.server_key_id;

-- Nothing new is callable by PUBLIC; docs/security.md lists what to grant to whom.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA otp_private FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.otp_wrap_server_keys() FROM PUBLIC;
