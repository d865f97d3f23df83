-- otp_pg authenticator-app factors: enrolment with confirmation, replay-proof TOTP checks,
-- recovery codes, and a lock-out after repeated failures. Same conventions as helpers.sql:
-- SECURITY DEFINER with a pinned search_path, every object named with its schema.

-- Records an event of the factor of `key` (cut to 256 characters: a failed check may name any
-- text); `locked_out` when a check was refused without comparing.
CREATE FUNCTION otp_private.record_factor_event(event otp_private.event_kind, key text, locked_out boolean)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM otp_private.record_event(event, key => left(key, 256),
                                     detail => CASE WHEN locked_out THEN '{"locked_out": true}'::jsonb END);
END
$$;

-- Serialises the checks of one key: a TOTP check, a confirmation and a recovery-code use lock
-- different rows, and without this, two of them at once could both compare before either counts
-- its failure, one guess more than the lock-out allows. The lock is the key's failure-count row,
-- made if missing: a row of a table no other role can touch (an advisory lock can be taken by
-- anyone who computes its number, and held to block the key's checks).
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

-- A check that succeeded: the key's failures start again from none.
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

-- Counts as failures of `key` the checks of it that callers' rollbacks took back (see
-- src/attempt_ledger.rs), up to a lock-out's worth. The caller holds the key's check lock.
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

-- Takes the key's check lock and records the checks of the key that rollbacks took back; this
-- check is noted in case its own transaction is rolled back. Every check of a key starts here.
CREATE FUNCTION otp_private.begin_factor_check(key text) RETURNS void
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

-- The factor helpers on a check's path are PL/pgSQL, which keeps its plans for the session: a SQL
-- function with a pinned search_path is planned again on every call (tens of microseconds each),
-- and paths with a factor and without it call different ones, which the time of an answer shows.
CREATE FUNCTION otp_private.locked_out(key text) RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    RETURN coalesce((SELECT f.locked_until > now() FROM otp_private.factor_failure f WHERE f.key = key), false);
END
$$;

-- Counts a failed check of `key` in the current window; at the limit, locks the key out and
-- starts counting afresh for when the lock-out ends.
CREATE FUNCTION otp_private.count_failure(key text) RETURNS void
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
    IF FOUND THEN
        PERFORM otp_private.record_event('factor_locked', key => key,
                                         detail => jsonb_build_object('lockout_seconds', lockout_seconds));
    END IF;
END
$$;

-- What factor_secret's look-up of a server key costs, for the decoy path of a key without a factor.
CREATE FUNCTION otp_private.decoy_key_lookup() RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN EXISTS (SELECT FROM otp_private.server_key k WHERE k.retired_at IS NULL);
END
$$;

CREATE FUNCTION otp_private.factor_secret(factor otp_private.totp_factor) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (SELECT otp_private.open_factor_secret(k.secret, factor.key, factor.sealed_secret)
              FROM otp_private.server_key k
             WHERE k.key_id = factor.server_key_id);
END
$$;

CREATE FUNCTION @extschema@.otp_totp_enroll(
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
        last_step = NULL, created_at = EXCLUDED.created_at, confirmed_at = NULL, proved_at = NULL;
    PERFORM otp_private.record_factor_event('factor_enrolled', key, false);
    RETURN ROW(secret, uri)::@extschema@.otp_enrollment;
END
$$;

-- Activates a pending factor once the app shows a right code (window +-1 step), so a mis-scanned
-- QR code never locks anyone out. The step used can't be used again for a check.
CREATE FUNCTION @extschema@.otp_totp_confirm(key text, code text) RETURNS boolean
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
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    step := otp_private.totp_match(otp_private.factor_secret(factor), code, now(), 1,
                                   factor.digits, factor.period, factor.algorithm);
    IF step IS NULL THEN
        PERFORM otp_private.count_failure(key);
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    -- Only the factor compared with: one enrolled again meanwhile keeps its own secret pending.
    UPDATE otp_private.totp_factor f SET state = 'active', confirmed_at = now(), last_step = step, proved_at = now()
     WHERE f.key = key AND f.state = 'pending' AND f.created_at = factor.created_at;
    IF NOT FOUND THEN
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    -- The authenticator's recovery codes are made after this (within 5 minutes, no other proof
    -- asked): codes made before, while no active factor asked for a proof, may be anyone's, and
    -- must not be a way past the new factor.
    DELETE FROM otp_private.recovery_code r WHERE r.key = key;
    PERFORM otp_private.clear_failures(key);
    PERFORM otp_private.record_factor_event('factor_confirmed', key, false);
    RETURN true;
END
$$;

-- Checks a code against the active factor. Only a step later than the last accepted one passes
-- (RFC 6238 section 5.2); the factor row is locked for the check, so two concurrent checks of
-- one code can't both pass. During a lock-out the answer is false without comparing.
CREATE FUNCTION @extschema@.otp_totp_check(key text, code text, skew integer DEFAULT 1) RETURNS boolean
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
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    step := otp_private.totp_match(otp_private.factor_secret(factor), code, now(), skew,
                                   factor.digits, factor.period, factor.algorithm);
    IF step IS NULL OR step <= coalesce(factor.last_step, -1) THEN
        PERFORM otp_private.count_failure(key);
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    UPDATE otp_private.totp_factor f SET last_step = step, proved_at = now()
     WHERE f.key = key AND f.state = 'active' AND f.created_at = factor.created_at;
    IF NOT FOUND THEN  -- disabled (and perhaps enrolled again) meanwhile
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    PERFORM otp_private.clear_failures(key);
    PERFORM otp_private.record_factor_event('factor_checked', key, false);
    RETURN true;
END
$$;

-- Removes the key's factor (pending or active) and its recovery codes, and revokes its trusted
-- devices: they stood in for the factor.
CREATE FUNCTION @extschema@.otp_totp_disable(key text) RETURNS boolean
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
    PERFORM otp_private.revoke_devices(key, 'factor_disabled');
    IF removed > 0 THEN
        PERFORM otp_private.record_factor_event('factor_disabled', key, false);
    END IF;
    RETURN removed > 0;
END
$$;

-- Replaces the key's recovery codes with `count` new ones, returned once and kept only as
-- keyed digests. While the key has an active authenticator, a recovery code stands in for it (it
-- proves a factor, remembers a device, steps a token up), so new codes need the authenticator:
-- a code of it accepted in the last 5 minutes (otp_totp_confirm, otp_totp_check), else OT401. A
-- role that may call this can then not make codes for a user who is not there. A key without an
-- active factor (during enrolment) gets codes without one.
CREATE FUNCTION @extschema@.otp_recovery_codes_generate(key text, count integer DEFAULT 10) RETURNS SETOF text
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
    IF EXISTS (SELECT FROM otp_private.totp_factor f
                WHERE f.key = key AND f.state = 'active'
                  AND (f.last_step IS NULL
                       OR (f.last_step + 2) * f.period < extract(epoch FROM now()) - 300)) THEN
        RAISE EXCEPTION USING ERRCODE = 'OT401',
            MESSAGE = 'key has an active authenticator, and no code of it was accepted in the last 5 minutes',
            HINT = 'Check a code of the authenticator (otp_totp_check) first, then make new recovery codes.';
    END IF;
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
    PERFORM otp_private.record_factor_event('recovery_codes_generated', key, false);
END
$$;

-- Consumes one recovery code (case, spaces and dashes ignored). Compared in constant time with
-- every unused code of the key; failures count towards the same lock-out as TOTP checks. A code
-- used means the authenticator may be lost: the key's trusted devices are revoked (one of them may
-- be the lost phone), and the device in hand may be remembered anew.
CREATE FUNCTION @extschema@.otp_recovery_code_use(key text, code text) RETURNS boolean
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
        PERFORM otp_private.record_factor_event('recovery_code_failed', key, locked);
        RETURN false;
    END IF;
    -- A malformed code is digested all the same: every answer costs one digest and one search.
    found_at := otp_private.find_digest(digests, otp_private.recovery_digest(server_secret, key, coalesce(canonical, '')));
    IF coalesce(found_at, 0) = 0 OR canonical IS NULL THEN
        PERFORM otp_private.count_failure(key);
        PERFORM otp_private.record_factor_event('recovery_code_failed', key, locked);
        RETURN false;
    END IF;
    UPDATE otp_private.recovery_code r SET used_at = now() WHERE r.key = key AND r.code_digest = digests[found_at];
    -- The factor row before the devices, in the order otp_device_remember takes them.
    UPDATE otp_private.totp_factor f SET proved_at = now() WHERE f.key = key;
    PERFORM otp_private.revoke_devices(key, 'recovery_code_used');
    PERFORM otp_private.clear_failures(key);
    PERFORM otp_private.record_factor_event('recovery_code_used', key, false);
    RETURN true;
END
$$;

CREATE FUNCTION @extschema@.otp_recovery_codes_remaining(key text) RETURNS integer
LANGUAGE sql STABLE STRICT SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT count(*)::integer FROM otp_private.recovery_code r WHERE r.key = otp_recovery_codes_remaining.key AND r.used_at IS NULL
$$;

-- What otp_pg holds for a key, read from its tables: the authoritative answer to re-read when an
-- otp_event notification arrives (any role can send one; see the Security model).
CREATE FUNCTION @extschema@.otp_factor_status(key text) RETURNS @extschema@.otp_factor_status
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

-- A factor check that returns a signed token (sql/tokens.sql) instead of true: a first-factor
-- token for `key`, or with `token` a step-up of it to aal 2; NULL for a wrong code. The policy and
-- the token are checked first, so no code is spent on a call that could give no token.
CREATE FUNCTION otp_private.checked_factor_token(key text, code text, token text, policy text, recovery boolean)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    first jsonb;
    passed boolean;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL), otp_private.refuse_null('code', code IS NULL),
            otp_private.refuse_null('policy', policy IS NULL);
    policy := otp_private.require_token_policy(policy);
    first := otp_private.step_up_subject(token, key, policy);
    passed := CASE WHEN recovery THEN @extschema@.otp_recovery_code_use(key, code)
                   ELSE @extschema@.otp_totp_check(key, code) END;
    IF NOT passed THEN
        RETURN NULL;
    END IF;
    RETURN otp_private.factor_token(key, policy, first, CASE WHEN recovery THEN 'recovery_code' ELSE 'totp' END);
END
$$;

-- otp_totp_check that returns a signed token; see checked_factor_token.
CREATE FUNCTION @extschema@.otp_totp_token(key text, code text, token text DEFAULT NULL, policy text DEFAULT 'default')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.checked_factor_token(key, code, token, policy, false);
END
$$;

-- otp_recovery_code_use that returns a signed token; see checked_factor_token.
CREATE FUNCTION @extschema@.otp_recovery_token(key text, code text, token text DEFAULT NULL, policy text DEFAULT 'default')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.checked_factor_token(key, code, token, policy, true);
END
$$;
