-- otp_pg policies: the built-in default, look-ups, and otp_set_policy / otp_policies. The bounds
-- of every setting are defined in src/api/policies.rs (policy_setting); the CHECK constraints of
-- otp_private.policy repeat them as a guard, and tests/test_policy_bounds.py keeps the two, and
-- the tables in docs/, equal to them.

-- The built-in 'default' policy, used until otp_set_policy('default', ...) stores an override.
-- Hot-path helpers are PL/pgSQL rather than SQL functions: PL/pgSQL keeps its plans for the
-- session, while a SQL function that can't be inlined is planned again on every call.
CREATE FUNCTION otp_private.builtin_default_policy() RETURNS @extschema@.otp_policy
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN ROW(
        'default',
        6,      -- code_length
        300,    -- ttl_seconds
        5,      -- max_attempts
        3,      -- max_resends
        30,     -- resend_cooldown_seconds
        86400,  -- retention_seconds
        5,      -- identifier_limit: codes sent (initiate + resend) per identifier per window
        20,     -- client_limit: codes sent per client address per window
        600     -- limit_window_seconds
    )::@extschema@.otp_policy;
END
$$;

-- The policy called `name`, or NULL.
CREATE FUNCTION otp_private.find_policy(name text) RETURNS @extschema@.otp_policy
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    found @extschema@.otp_policy;
BEGIN
    SELECT p.name, p.code_length, p.ttl_seconds, p.max_attempts, p.max_resends, p.resend_cooldown_seconds,
           p.retention_seconds, p.identifier_limit, p.client_limit, p.limit_window_seconds
      INTO found
      FROM otp_private.policy p
     WHERE p.name = name;
    IF found.name IS NOT NULL THEN
        RETURN found;
    ELSIF name = 'default' THEN
        RETURN otp_private.builtin_default_policy();
    END IF;
    RETURN NULL;
END
$$;

-- The policy called `name`, or an error naming the argument.
CREATE FUNCTION otp_private.policy_of(name text) RETURNS @extschema@.otp_policy
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    found @extschema@.otp_policy := otp_private.find_policy(name);
BEGIN
    IF found.name IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('policy %s does not exist', quote_literal(left(name, 64))),
            HINT = 'Create it with otp_set_policy(name => ...).';
    END IF;
    RETURN found;
END
$$;

CREATE FUNCTION @extschema@.otp_set_policy(
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
    PERFORM otp_private.record_event('policy_set', result.name, detail => to_jsonb(result) - 'name');
    RETURN result;
END
$$;

CREATE FUNCTION @extschema@.otp_policies() RETURNS SETOF @extschema@.otp_policy
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT otp_private.find_policy(p.name) FROM otp_private.policy p
    UNION ALL
    SELECT otp_private.builtin_default_policy()
     WHERE NOT EXISTS (SELECT FROM otp_private.policy p WHERE p.name = 'default')
    ORDER BY 1
$$;
