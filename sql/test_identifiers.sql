-- otp_pg test identifiers: logins that work without a real phone or mailbox, for app-store
-- reviewers and end-to-end tests. An administrator registers an identifier with a fixed code
-- under a policy; otp_initiate then queues nothing for it and otp_verify accepts the fixed code,
-- with the attempts, limits and statuses of any challenge. otp_pg.test_identifiers = off turns
-- them off entirely. No application role can list them or read their codes.

-- The fixed code of a test identifier of `policy`, or NULL (none, expired, or turned off).
CREATE FUNCTION otp_private.test_code(policy text, channel otp_private.channel, identifier text) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    registered otp_private.test_identifier;
BEGIN
    IF NOT otp_private.test_identifiers_enabled() THEN
        RETURN NULL;
    END IF;
    UPDATE otp_private.test_identifier t SET uses = t.uses + 1, last_used_at = now()
     WHERE t.policy = policy AND t.channel = channel AND t.identifier = identifier AND t.expires_at > now()
    RETURNING * INTO registered;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT otp_private.open_test_code(k.secret, registered.policy, registered.channel::text,
                                              registered.identifier, registered.sealed_code)
              FROM otp_private.server_key k WHERE k.key_id = registered.server_key_id);
END
$$;

-- `wrong` wrong codes given to a test identifier's challenge (this call's, and those rollbacks took
-- back): at the policy's max_attempts wrong codes, over all its challenges, the identifier
-- expires (re-register it to use it again).
CREATE FUNCTION otp_private.count_test_failures(challenge otp_private.challenge, wrong integer) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    registered otp_private.test_identifier;
BEGIN
    UPDATE otp_private.test_identifier t
       SET failures = t.failures + wrong,
           expires_at = CASE WHEN t.failures + wrong >= challenge.max_attempts THEN least(t.expires_at, now())
                             ELSE t.expires_at END
     WHERE t.policy = challenge.policy AND t.channel = challenge.channel AND t.identifier = challenge.identifier
       AND wrong > 0
    RETURNING * INTO registered;
    IF FOUND AND registered.failures >= challenge.max_attempts AND registered.failures - wrong < challenge.max_attempts THEN
        PERFORM otp_private.record_event('test_identifier_removed', registered.policy, registered.channel,
            masked_identifier => otp_private.mask_identifier(registered.identifier, registered.channel::text),
            detail => jsonb_build_object('failures', registered.failures));
    END IF;
END
$$;

CREATE FUNCTION otp_private.test_identifier_result(registered otp_private.test_identifier)
RETURNS @extschema@.otp_test_identifier
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(registered.policy, registered.channel::text, registered.identifier, registered.expires_at,
               registered.created_at, registered.last_used_at, registered.uses,
               registered.failures)::@extschema@.otp_test_identifier
$$;

-- Registers (or replaces) a test identifier of `policy` with a fixed code of 4 to 10 digits, until
-- `expires_at` (at most a year ahead).
CREATE FUNCTION @extschema@.otp_set_test_identifier(
    identifier text,
    channel    text,
    code       text,
    policy     text DEFAULT 'default',
    expires_at timestamptz DEFAULT pg_catalog.now() OPERATOR(pg_catalog.+) '30 days'::pg_catalog.interval
) RETURNS @extschema@.otp_test_identifier
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    channel_name text;
    normalized text;
    settings @extschema@.otp_policy;
    bounds record;
    server_key otp_private.server_key;
    registered otp_private.test_identifier;
BEGIN
    PERFORM otp_private.refuse_null('identifier', identifier IS NULL), otp_private.refuse_null('channel', channel IS NULL),
            otp_private.refuse_null('code', code IS NULL), otp_private.refuse_null('policy', policy IS NULL),
            otp_private.refuse_null('expires_at', expires_at IS NULL);
    IF NOT otp_private.test_identifiers_enabled() THEN
        RAISE EXCEPTION USING ERRCODE = '55000',
            MESSAGE = 'test identifiers are turned off on this server (otp_pg.test_identifiers = off)';
    END IF;
    channel_name := otp_private.channel_name(channel);
    normalized := otp_private.normalize_identifier(identifier, channel_name);
    settings := otp_private.policy_of(policy);
    SELECT b.low, b.high INTO bounds FROM otp_private.policy_bounds() b WHERE b.setting = 'code_length';
    IF code !~ format('^[0-9]{%s,%s}$', bounds.low, bounds.high) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('code must be %s to %s digits', bounds.low, bounds.high);
    END IF;
    IF NOT (expires_at > now() AND expires_at <= now() + interval '1 year') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('expires_at must be in the future and at most a year ahead (got %s)', expires_at);
    END IF;
    server_key := otp_private.current_key();
    INSERT INTO otp_private.test_identifier AS t
        (policy, channel, identifier, server_key_id, sealed_code, expires_at, created_at)
    VALUES (settings.name, channel_name::otp_private.channel, normalized, server_key.key_id,
            otp_private.seal_test_code(server_key.secret, settings.name, channel_name, normalized, code),
            expires_at, now())
    ON CONFLICT ON CONSTRAINT test_identifier_pkey DO UPDATE SET
        server_key_id = EXCLUDED.server_key_id, sealed_code = EXCLUDED.sealed_code,
        expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at, last_used_at = NULL, uses = 0,
        failures = 0
    RETURNING * INTO registered;
    PERFORM otp_private.record_event('test_identifier_set', settings.name, channel_name::otp_private.channel,
        masked_identifier => otp_private.mask_identifier(normalized, channel_name),
        detail => jsonb_build_object('expires_at', expires_at));
    RETURN otp_private.test_identifier_result(registered);
END
$$;

CREATE FUNCTION @extschema@.otp_remove_test_identifier(identifier text, channel text, policy text DEFAULT 'default')
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    channel_name text;
    normalized text;
BEGIN
    PERFORM otp_private.refuse_null('identifier', identifier IS NULL), otp_private.refuse_null('channel', channel IS NULL),
            otp_private.refuse_null('policy', policy IS NULL);
    channel_name := otp_private.channel_name(channel);
    normalized := otp_private.normalize_identifier(identifier, channel_name);
    DELETE FROM otp_private.test_identifier t
     WHERE t.policy = policy AND t.channel = channel_name::otp_private.channel AND t.identifier = normalized;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM otp_private.record_event('test_identifier_removed', policy, channel_name::otp_private.channel,
        masked_identifier => otp_private.mask_identifier(normalized, channel_name));
    RETURN true;
END
$$;

-- The registered test identifiers (never their codes), expired ones too.
CREATE FUNCTION @extschema@.otp_test_identifiers() RETURNS SETOF @extschema@.otp_test_identifier
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT otp_private.test_identifier_result(t) FROM otp_private.test_identifier t
     ORDER BY t.policy, t.channel, t.identifier
$$;
