-- otp_pg trusted devices ("remember this device"): right after a successful factor check, the
-- application may remember the browser or app the user logged in from; later logins from it
-- present the device's token instead of a second code. A token works once: each check answers
-- with the device's next token, and a token presented again after that (a copy in someone else's
-- hands, or the user's own copy after the thief used it first) revokes the device. Only keyed
-- digests of tokens are stored (src/core/device.rs). Same conventions as helpers.sql. Errors:
-- OT401 when the key has no fresh factor check to remember a device with.

-- The built-in 'default' device policy, used until otp_set_device_policy('default', ...) stores
-- an override; otp_set_device_policy's defaults are these values.
CREATE FUNCTION otp_private.builtin_device_policy() RETURNS @extschema@.otp_device_policy
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN ROW('default', 2592000, 10)::@extschema@.otp_device_policy;  -- 30 days, 10 devices
END
$$;

-- The device policy called `name`, or an error naming the argument.
CREATE FUNCTION otp_private.device_policy_of(name text) RETURNS @extschema@.otp_device_policy
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    found @extschema@.otp_device_policy;
BEGIN
    SELECT p.policy, p.lifetime_seconds, p.max_devices INTO found
      FROM otp_private.device_policy p WHERE p.policy = name;
    IF found.policy IS NOT NULL THEN
        RETURN found;
    ELSIF name = 'default' THEN
        RETURN otp_private.builtin_device_policy();
    END IF;
    RAISE EXCEPTION USING ERRCODE = '22023',
        MESSAGE = format('policy %s is not a device policy', quote_literal(left(name, 64))),
        HINT = 'Create it with otp_set_device_policy(policy => ...).';
END
$$;

-- Records an event of the devices of `key` (cut to 256 characters: a failed check may name any
-- text). Details name devices by id, never a token or a digest.
CREATE FUNCTION otp_private.record_device_event(event otp_private.event_kind, key text, detail jsonb)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM otp_private.record_event(event, key => left(key, 256), detail => detail);
END
$$;

-- Revokes the devices of `key` that are still trusted (all of them, or those of `devices`) and
-- erases their digests; records one device_revoked event, with `reason`, when there were any.
-- The rows are locked in device_id order first, so that two revocations among one key's devices
-- (an eviction by otp_device_remember, otp_devices_revoke) never wait for each other in a cycle.
-- Callers that change the key's factor row (otp_totp_disable, otp_recovery_code_use,
-- otp_device_remember) do so before calling this, for the same reason. Returns how many.
CREATE FUNCTION otp_private.revoke_devices(key text, reason text, devices uuid[] DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    revoked uuid[];
BEGIN
    PERFORM FROM otp_private.device d
     WHERE d.key = key AND d.revoked_at IS NULL AND d.expires_at > now()
       AND (devices IS NULL OR d.device_id = ANY (devices))
     ORDER BY d.device_id
       FOR UPDATE;
    WITH changed AS (
        UPDATE otp_private.device d
           SET revoked_at = now(), revoke_reason = reason, token_digest = NULL, server_key_id = NULL
         WHERE d.key = key AND d.revoked_at IS NULL AND d.expires_at > now()
           AND (devices IS NULL OR d.device_id = ANY (devices))
        RETURNING d.device_id
    )
    SELECT array_agg(c.device_id ORDER BY c.device_id) INTO revoked FROM changed c;
    IF revoked IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM otp_private.record_device_event('device_revoked', key,
        jsonb_build_object('reason', reason, 'device_ids', to_jsonb(revoked)));
    RETURN cardinality(revoked);
END
$$;

-- Sets a device policy: every argument is the value to use (the built-in default's, when left
-- out). Applies to devices remembered afterwards; max_devices also at their next eviction.
CREATE FUNCTION @extschema@.otp_set_device_policy(
    policy           text,
    lifetime_seconds integer DEFAULT 2592000,
    max_devices      integer DEFAULT 10
) RETURNS @extschema@.otp_device_policy
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    result @extschema@.otp_device_policy;
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL),
            otp_private.refuse_null('lifetime_seconds', lifetime_seconds IS NULL),
            otp_private.refuse_null('max_devices', max_devices IS NULL);
    IF policy !~ '^[A-Za-z0-9_.:-]{1,63}$' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'policy must be 1 to 63 characters, each a letter, digit, or one of _ . : -';
    END IF;
    result := ROW(policy, otp_private.policy_setting('lifetime_seconds', lifetime_seconds),
                  otp_private.policy_setting('max_devices', max_devices))::@extschema@.otp_device_policy;
    INSERT INTO otp_private.device_policy AS p (policy, lifetime_seconds, max_devices, updated_at)
    VALUES (result.policy, result.lifetime_seconds, result.max_devices, now())
    ON CONFLICT ON CONSTRAINT device_policy_pkey DO UPDATE SET
        lifetime_seconds = EXCLUDED.lifetime_seconds, max_devices = EXCLUDED.max_devices,
        updated_at = EXCLUDED.updated_at;
    PERFORM otp_private.record_event('device_policy_set', result.policy, detail => to_jsonb(result) - 'policy');
    RETURN result;
END
$$;

-- Every device policy, by name, the built-in default included.
CREATE FUNCTION @extschema@.otp_device_policies() RETURNS SETOF @extschema@.otp_device_policy
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(p.policy, p.lifetime_seconds, p.max_devices)::@extschema@.otp_device_policy
      FROM otp_private.device_policy p
    UNION ALL
    SELECT otp_private.builtin_device_policy()
     WHERE NOT EXISTS (SELECT FROM otp_private.device_policy p WHERE p.policy = 'default')
    ORDER BY 1
$$;

-- Remembers the device a user just passed a factor check on, and returns its first token (shown
-- only now). Allowed once per successful TOTP check, confirmation or recovery-code use of the key,
-- within 5 minutes of it: a role that can call this can't make devices for a user who is not
-- logging in. Beyond the policy's max_devices, the key's least recently used devices are revoked.
CREATE FUNCTION @extschema@.otp_device_remember(
    key    text,
    label  text DEFAULT NULL,
    policy text DEFAULT 'default'
) RETURNS @extschema@.otp_device_token
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    settings @extschema@.otp_device_policy;
    server_key otp_private.server_key;
    new_id uuid := gen_random_uuid();
    made record;
    expires timestamptz;
    evicted uuid[];
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL), otp_private.refuse_null('policy', policy IS NULL);
    PERFORM otp_private.check_key(key);
    IF label IS NOT NULL THEN
        PERFORM otp_private.check_device_label(label);
    END IF;
    settings := otp_private.device_policy_of(policy);
    -- The proof is spent here: concurrent calls for one check queue on the factor row, and only
    -- the first finds it.
    UPDATE otp_private.totp_factor f SET proved_at = NULL
     WHERE f.key = key AND f.state = 'active' AND f.proved_at > now() - interval '5 minutes';
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'OT401',
            MESSAGE = 'key has no successful factor check in the last 5 minutes to remember a device with',
            HINT = 'Call otp_device_remember right after otp_totp_check, otp_totp_confirm or otp_recovery_code_use returned true, once per check.';
    END IF;
    server_key := otp_private.current_key();
    SELECT t.token, t.digest INTO made FROM otp_private.new_device_token(server_key.secret, key, new_id) t;
    expires := now() + make_interval(secs => settings.lifetime_seconds);
    INSERT INTO otp_private.device
        (device_id, key, label, policy, server_key_id, token_digest, created_at, expires_at)
    VALUES (new_id, key, label, settings.policy, server_key.key_id, made.digest, now(), expires);
    PERFORM otp_private.record_device_event('device_remembered', key,
        jsonb_build_object('device_id', new_id, 'policy', settings.policy, 'expires_at', expires));
    -- The new device counts first; the others by when they were last used.
    SELECT array_agg(q.device_id) INTO evicted
      FROM (SELECT d.device_id FROM otp_private.device d
             WHERE d.key = key AND d.revoked_at IS NULL AND d.expires_at > now()
             ORDER BY d.device_id = new_id DESC, coalesce(d.last_used_at, d.created_at) DESC, d.device_id
            OFFSET settings.max_devices) q;
    IF evicted IS NOT NULL THEN
        PERFORM otp_private.revoke_devices(key, 'evicted', evicted);
    END IF;
    RETURN ROW(new_id, made.token, expires)::@extschema@.otp_device_token;
END
$$;

-- Revokes `device` (reason token_replayed) when `replays` (checks with a used token, those
-- that rollbacks took back included) is above 0. True if it did.
CREATE FUNCTION otp_private.revoke_replayed_device(device otp_private.device, replays integer) RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF replays > 0 THEN
        RETURN otp_private.revoke_devices(device.key, 'token_replayed', ARRAY[device.device_id]) > 0;
    END IF;
    RETURN false;
END
$$;

-- The next token of the device `token` names, when `token` is that device's current token for
-- `key` and the device is still trusted; otherwise NULL. Either way `token` stops working. A
-- token of one of the key's devices that is not its current one was used before: the device is
-- revoked (event device_revoked, reason token_replayed), whoever holds its newer token. Two
-- checks of one token at once queue on the device's row: the first gets the next token, the
-- second finds a used token and revokes the device, as a copy would. Text that is no token, and
-- devices unknown, revoked or expired, are NULL with a device_check_failed event.
--
-- A rollback of a good check only takes back its rotation, and the token presented keeps
-- working: no harm. A rollback of a replayed token's check must not take back the revocation (an
-- application that rolls back every failed login would never revoke a copied token): the check
-- runs as a statement of its own (otp_private.require_own_transaction), and a replay is noted on
-- the attempt ledger (src/attempt_ledger.rs) before the revocation, so that one a rollback the
-- guard can't see takes back (a DO block, a statement failing after the answer) is found there
-- by the device's next check, or by otp_purge, and the device revoked all the same.
CREATE FUNCTION @extschema@.otp_device_check(key text, token text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    presented uuid;
    device otp_private.device;
    failure text;
    server_secret bytea;
    current otp_private.server_key;
    made record;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL), otp_private.refuse_null('token', token IS NULL);
    PERFORM otp_private.require_own_transaction('otp_device_check');
    presented := otp_private.device_token_id(token);
    IF presented IS NULL OR NOT otp_private.possible_key(key) THEN
        PERFORM otp_private.record_device_event('device_check_failed', key, '{"reason": "malformed"}');
        RETURN NULL;
    END IF;
    SELECT * INTO device FROM otp_private.device d WHERE d.device_id = presented AND d.key = key FOR UPDATE;
    IF FOUND AND device.revoked_at IS NULL
       AND otp_private.revoke_replayed_device(device, otp_private.record_taken_back('device ' || device.device_id)) THEN
        device.revoked_at := now();
    END IF;
    failure := CASE WHEN NOT FOUND THEN 'unknown'
                    WHEN device.revoked_at IS NOT NULL THEN 'revoked'
                    WHEN device.expires_at <= now() THEN 'expired' END;
    IF failure IS NOT NULL THEN
        PERFORM otp_private.record_device_event('device_check_failed', key,
            jsonb_strip_nulls(jsonb_build_object('reason', failure, 'device_id', device.device_id)));
        RETURN NULL;
    END IF;
    SELECT k.secret INTO server_secret FROM otp_private.server_key k WHERE k.key_id = device.server_key_id;
    IF NOT FOUND THEN
        PERFORM otp_private.missing_key(device.server_key_id);
    END IF;
    IF NOT otp_private.device_token_matches(server_secret, key, token, device.token_digest) THEN
        -- Not refused when the ledger is full (an application flooding it): the revocation is then
        -- as lasting as the caller's transaction, which the guard keeps a statement of its own
        -- except in a DO block or procedure that rolls back.
        PERFORM otp_private.note_attempt_if_room('device ' || device.device_id);
        PERFORM otp_private.revoke_replayed_device(device, 1);
        RETURN NULL;
    END IF;
    -- The next token is digested under the current server key: a device in use moves off a
    -- retired key at its next check.
    current := otp_private.current_key();
    SELECT t.token, t.digest INTO made FROM otp_private.new_device_token(current.secret, key, device.device_id) t;
    UPDATE otp_private.device d SET token_digest = made.digest, server_key_id = current.key_id, last_used_at = now()
     WHERE d.device_id = device.device_id;
    PERFORM otp_private.record_device_event('device_used', key, jsonb_build_object('device_id', device.device_id));
    RETURN made.token;
END
$$;

-- The key's trusted devices (not revoked, not expired), most recently used first.
CREATE FUNCTION @extschema@.otp_devices(key text) RETURNS SETOF @extschema@.otp_device
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    RETURN QUERY
        SELECT d.device_id, d.label, d.created_at, d.last_used_at, d.expires_at
          FROM otp_private.device d
         WHERE d.key = key AND d.revoked_at IS NULL AND d.expires_at > now()
         ORDER BY coalesce(d.last_used_at, d.created_at) DESC, d.device_id;
END
$$;

-- Revokes one trusted device of the key. False if the key has no such device still trusted.
CREATE FUNCTION @extschema@.otp_device_revoke(key text, device_id uuid) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL), otp_private.refuse_null('device_id', device_id IS NULL);
    RETURN otp_private.revoke_devices(key, 'requested', ARRAY[device_id]) > 0;
END
$$;

-- Revokes every trusted device of the key ("log out everywhere else"). Returns how many.
CREATE FUNCTION @extschema@.otp_devices_revoke(key text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    RETURN otp_private.revoke_devices(key, 'requested');
END
$$;
