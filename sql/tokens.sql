-- otp_pg signed tokens (RFC 7519 JWTs) for what a login leads to: a verified challenge, a TOTP or
-- recovery code, and a second factor on top of a first (step-up). Tokens are signed with the
-- current signing key (EdDSA unless an administrator makes an HS256 key); a retired key verifies
-- until the tokens it signed have expired. Secrets never leave otp_pg: signing happens in
-- src/api/tokens.rs with the secret opened under the server key for that call only.
--
-- Claims: sub, role, iat, exp, jti, aal (1 for one factor, 2 after a second), amr (RFC 8176:
-- "otp", "sms" for a code sent by SMS, "mfa" with a second factor), factors (which kinds were
-- checked: "email" or "sms" for a challenge's code or link, "totp", "recovery_code"), policy (the
-- policy it was issued under), iss and aud if the policy sets them, and the payload members the
-- policy names. Reserved claims can't come from a payload. A step-up adds an authenticator (TOTP
-- or recovery code) to a token of a challenge under the same policy: one kind of factor checked
-- twice is still one factor.

-- The reserved claims, named once: otp_set_token_policy refuses them as payload claims and
-- issue_token writes them over whatever else a token would carry. PL/pgSQL, like the other
-- helpers on a login's path: it keeps its plan for the session, where a SQL function with a SET
-- clause would be planned again in every statement.
CREATE FUNCTION otp_private.reserved_claims() RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN ARRAY['sub', 'role', 'iat', 'exp', 'nbf', 'jti', 'aal', 'amr', 'factors', 'policy', 'iss', 'aud'];
END
$$;

-- The current signing key, made (EdDSA) on first use. Concurrent first uses agree on one key.
CREATE FUNCTION otp_private.current_signing_key() RETURNS otp_private.signing_key
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    current otp_private.signing_key;
BEGIN
    SELECT * INTO current FROM otp_private.signing_key s WHERE s.retired_at IS NULL;
    IF NOT FOUND THEN
        -- In FROM, so that the key is made once (a (f()).* list would call f once per column).
        INSERT INTO otp_private.signing_key
        SELECT * FROM otp_private.new_signing_key('EdDSA', NULL, otp_private.current_key())
        ON CONFLICT DO NOTHING;
        SELECT * INTO STRICT current FROM otp_private.signing_key s WHERE s.retired_at IS NULL;
    END IF;
    RETURN current;
END
$$;

-- A new signing key row (not yet stored): a fresh Ed25519 key, or an HS256 key of the given
-- secret, sealed under `server_key`.
CREATE FUNCTION otp_private.new_signing_key(algorithm text, secret text, server_key otp_private.server_key)
RETURNS otp_private.signing_key
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    kid text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS') || '-'
                || left(replace(gen_random_uuid()::text, '-', ''), 8);
    sealed bytea;
BEGIN
    sealed := otp_private.seal_signing_secret(server_key.secret, kid, algorithm, secret);
    RETURN ROW(kid, algorithm, server_key.key_id, sealed,
               otp_private.signing_public_key(server_key.secret, kid, algorithm, sealed),
               now(), NULL, NULL)::otp_private.signing_key;
END
$$;

-- Starts signing with a new key and retires the current one, which verifies the tokens it signed
-- until the longest token lifetime of any policy has passed. An HS256 key takes its secret from
-- the administrator (at least 32 bytes; PostgREST's jwt-secret is the same text); an EdDSA key is
-- made here and only its public half ever leaves (otp_jwks). Returns the new key's kid.
CREATE FUNCTION @extschema@.otp_rotate_signing_key(algorithm text DEFAULT 'EdDSA', secret text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    made otp_private.signing_key;
    longest integer;
BEGIN
    PERFORM otp_private.refuse_null('algorithm', algorithm IS NULL);
    IF algorithm NOT IN ('EdDSA', 'HS256') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('algorithm must be EdDSA or HS256 (got %s)', left(algorithm, 40));
    ELSIF algorithm = 'HS256' AND (secret IS NULL OR octet_length(secret) < 32 OR octet_length(secret) > 512) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'secret must be 32 to 512 bytes for an HS256 key',
            HINT = 'Give the same text to PostgREST as jwt-secret.';
    ELSIF algorithm = 'EdDSA' AND secret IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'secret must be NULL for an EdDSA key: otp_pg makes the key and publishes its public half',
            HINT = 'Use otp_jwks() for the public keys.';
    END IF;
    LOCK TABLE otp_private.signing_key IN SHARE ROW EXCLUSIVE MODE;
    SELECT max(t.lifetime_seconds) INTO longest FROM otp_private.token_policy t;
    UPDATE otp_private.signing_key s
       SET retired_at = now(), verify_until = now() + make_interval(secs => coalesce(longest, 0) + 60)
     WHERE s.retired_at IS NULL;
    made := otp_private.new_signing_key(algorithm, secret, otp_private.current_key());
    INSERT INTO otp_private.signing_key VALUES (made.*);
    PERFORM otp_private.record_event('signing_key_rotated',
        detail => jsonb_build_object('kid', made.kid, 'algorithm', made.algorithm));
    RETURN made.kid;
END
$$;

CREATE FUNCTION @extschema@.otp_signing_keys() RETURNS SETOF @extschema@.otp_signing_key
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.kid, s.algorithm, s.created_at, s.retired_at, s.verify_until
      FROM otp_private.signing_key s
     ORDER BY s.created_at, s.kid
$$;

-- The public keys that verify otp_pg's EdDSA tokens now, as a JWKS document (RFC 7517) for
-- PostgREST's jwt-secret or any verifier. HS256 keys are secret and never appear here.
CREATE FUNCTION @extschema@.otp_jwks() RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM otp_private.signing_key s WHERE s.retired_at IS NULL) THEN
        PERFORM otp_private.current_signing_key();  -- publish the key before the first token
    END IF;
    RETURN jsonb_build_object('keys', coalesce(
        (SELECT jsonb_agg(otp_private.signing_jwk(s.kid, s.public_key) ORDER BY s.created_at DESC)
           FROM otp_private.signing_key s
          WHERE s.algorithm = 'EdDSA' AND (s.retired_at IS NULL OR s.verify_until > now())),
        '[]'::jsonb));
END
$$;

-- Why `role` may not be named by tokens, or NULL if it may: PostgREST switches to it for whoever
-- holds a token, so it must exist and hold no power over the server, the database or otp_pg by
-- itself or through the roles it belongs to: no superuser, role or database creation,
-- row-security bypass or replication; no predefined role (their oids are below 16384:
-- pg_read_server_files, pg_execute_server_program, pg_database_owner, the bootstrap superuser,
-- ...); not the database's owner or a schema's, and no right to create objects in a schema
-- (whose functions other roles call, unqualified: on PostgreSQL 14 everyone may create in
-- public until that is revoked); no function of the extension that runs with its owner's rights
-- (the application's, the sender's, the administrator's) other than the read-only otp_jwks and
-- otp_token_verify, through any role it belongs to, inherited or not; no control character in its
-- name. Checked when the policy is set and again at every token, as roles change.
CREATE FUNCTION otp_private.token_role_problem(role text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    -- The role and every role it belongs to, inherited or not: it can become any of them.
    memberships oid[];
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles r WHERE r.rolname = role) THEN
        RETURN 'must name an existing role';
    END IF;
    memberships := ARRAY(SELECT r.oid FROM pg_roles r WHERE pg_has_role(role, r.oid, 'MEMBER'));
    IF EXISTS (SELECT FROM unnest(memberships) m WHERE m < 16384) THEN
        RETURN 'must not be, or belong to, one of PostgreSQL''s predefined roles';
    ELSIF EXISTS (SELECT FROM pg_roles r
                   WHERE r.oid = ANY (memberships)
                     AND (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls OR r.rolreplication)) THEN
        RETURN 'must not be, or belong to, a superuser or a role that creates roles or databases, bypasses row security or replicates';
    ELSIF EXISTS (SELECT FROM pg_database d WHERE d.datname = current_database() AND d.datdba = ANY (memberships))
          OR EXISTS (SELECT FROM pg_namespace n WHERE n.nspowner = ANY (memberships)) THEN
        RETURN 'must not be, or belong to, the owner of the database or of a schema';
    ELSIF EXISTS (SELECT FROM pg_namespace n
                   WHERE n.nspname !~ '^pg_(temp|toast_temp)_' AND has_schema_privilege(role, n.oid, 'CREATE')) THEN
        RETURN 'must not be able to create objects in a schema (on PostgreSQL 14: REVOKE CREATE ON SCHEMA public FROM PUBLIC)';
    ELSIF EXISTS (SELECT FROM pg_depend d
                    JOIN pg_proc p ON p.oid = d.objid
                    CROSS JOIN unnest(memberships) m
                   WHERE d.refclassid = 'pg_extension'::regclass
                     AND d.refobjid = (SELECT e.oid FROM pg_extension e WHERE e.extname = 'otp_pg')
                     AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
                     AND p.prosecdef AND p.proname NOT IN ('otp_jwks', 'otp_token_verify')
                     AND has_function_privilege(m, p.oid, 'EXECUTE')) THEN
        RETURN 'must not be, or belong to, a role that may call otp_pg''s functions (the application''s, the sender''s, the administrator''s)';
    ELSIF role ~ '[[:cntrl:]]' THEN
        RETURN 'must hold no control character';
    END IF;
    RETURN NULL;
END
$$;

-- Sets a policy's tokens: a verification under it returns a token for `role` (see
-- token_role_problem: PostgREST switches to it), valid for `lifetime_seconds`.
CREATE FUNCTION @extschema@.otp_set_token_policy(
    policy           text,
    role             text,
    lifetime_seconds integer DEFAULT 3600,
    issuer           text DEFAULT NULL,
    audience         text DEFAULT NULL,
    payload_claims   text[] DEFAULT '{}'
) RETURNS @extschema@.otp_token_policy
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    settings @extschema@.otp_policy;
    stored otp_private.token_policy;
    claim text;
    problem text;
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL), otp_private.refuse_null('role', role IS NULL),
            otp_private.refuse_null('lifetime_seconds', lifetime_seconds IS NULL),
            otp_private.refuse_null('payload_claims', payload_claims IS NULL);
    settings := otp_private.policy_of(policy);
    problem := otp_private.token_role_problem(role);
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('role %s (got %s)', problem, left(role, 63));
    END IF;
    PERFORM otp_private.token_policy_setting('lifetime_seconds', lifetime_seconds);
    IF issuer IS NOT NULL AND (issuer = '' OR octet_length(to_json(issuer)::text) > 257 OR issuer ~ '[[:cntrl:]]') THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'issuer must be 1 to 255 bytes as a JSON string, none a control character';
    ELSIF audience IS NOT NULL AND (audience = '' OR octet_length(to_json(audience)::text) > 257 OR audience ~ '[[:cntrl:]]') THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'audience must be 1 to 255 bytes as a JSON string, none a control character';
    ELSIF cardinality(payload_claims) > 32 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'payload_claims must name at most 32 claims';
    END IF;
    FOREACH claim IN ARRAY payload_claims LOOP
        IF claim IS NULL OR claim !~ '^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$' THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = format('payload_claims must hold names of 1 to 64 letters, digits, _ . : - (got %s)',
                                 coalesce(left(claim, 40), 'NULL'));
        ELSIF claim = ANY (otp_private.reserved_claims()) THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = format('payload_claims must not name the reserved claim %s', claim);
        END IF;
    END LOOP;
    INSERT INTO otp_private.token_policy AS t
        (policy, role, lifetime_seconds, issuer, audience, payload_claims, updated_at)
    VALUES (settings.name, role, lifetime_seconds, issuer, audience,
            ARRAY(SELECT DISTINCT c FROM unnest(payload_claims) c ORDER BY c), now())
    ON CONFLICT ON CONSTRAINT token_policy_pkey DO UPDATE SET
        role = EXCLUDED.role, lifetime_seconds = EXCLUDED.lifetime_seconds, issuer = EXCLUDED.issuer,
        audience = EXCLUDED.audience, payload_claims = EXCLUDED.payload_claims, updated_at = EXCLUDED.updated_at
    RETURNING * INTO stored;
    PERFORM otp_private.record_event('token_policy_set', settings.name,
        detail => jsonb_build_object('role', role, 'lifetime_seconds', lifetime_seconds));
    RETURN ROW(stored.policy, stored.role, stored.lifetime_seconds, stored.issuer, stored.audience,
               stored.payload_claims)::@extschema@.otp_token_policy;
END
$$;

CREATE FUNCTION @extschema@.otp_token_policies() RETURNS SETOF @extschema@.otp_token_policy
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT t.policy, t.role, t.lifetime_seconds, t.issuer, t.audience, t.payload_claims
      FROM otp_private.token_policy t ORDER BY t.policy
$$;

CREATE FUNCTION @extschema@.otp_remove_token_policy(policy text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL);
    DELETE FROM otp_private.token_policy t WHERE t.policy = policy;
    IF FOUND THEN
        PERFORM otp_private.record_event('token_policy_set', policy, detail => '{"removed": true}');
    END IF;
    RETURN FOUND;
END
$$;

-- Signs a token under `policy`'s settings for `subject`. `carried` holds the payload claims the
-- policy copies (from a challenge's payload or a first token); only the names the policy lists
-- are kept, and the reserved claims are written over them. NULL when the policy issues no tokens.
-- A role that no longer qualifies (see token_role_problem) gets no token: 55000.
CREATE FUNCTION otp_private.issue_token(policy text, subject text, amr text[], factors text[], aal integer,
                                        carried jsonb, challenge_id uuid DEFAULT NULL, key text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    settings otp_private.token_policy;
    signer otp_private.signing_key;
    claims jsonb;
    token text;
    problem text;
BEGIN
    SELECT * INTO settings FROM otp_private.token_policy t WHERE t.policy = policy;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    problem := otp_private.token_role_problem(settings.role);
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '55000',
            MESSAGE = format('token policy %s names role %s, which %s', policy, settings.role, problem),
            HINT = 'An administrator sets another role with otp_set_token_policy.';
    END IF;
    signer := otp_private.current_signing_key();
    -- A member a token can't keep exactly is left out: otp_initiate refuses such members under the
    -- policy as it is then, and a member the policy came to copy later must not fail a right code.
    claims := (SELECT coalesce(jsonb_object_agg(c.key, c.value), '{}')
                 FROM jsonb_each(coalesce(carried, '{}')) c
                WHERE c.key = ANY (settings.payload_claims) AND c.key <> ALL (otp_private.reserved_claims())
                  AND otp_private.token_json(c.value::text) IS NOT DISTINCT FROM c.value)
              || jsonb_strip_nulls(jsonb_build_object(
                     'sub', subject, 'role', settings.role,
                     'iat', floor(extract(epoch FROM now()))::bigint,
                     'exp', floor(extract(epoch FROM now()))::bigint + settings.lifetime_seconds,
                     'jti', gen_random_uuid(), 'aal', aal, 'amr', to_jsonb(amr), 'factors', to_jsonb(factors),
                     'policy', settings.policy,
                     'iss', settings.issuer, 'aud', settings.audience));
    -- Within what a token may be (8192 bytes, about 6100 of claims; jsonb's text is longer than
    -- the token's): the limits otp_initiate applies keep a token far below. A policy set or
    -- widened after the challenge began may exceed them: the copied members are left out, and a
    -- subject still too long gets no token (NULL) rather than failing the right code.
    IF octet_length(claims::text) > 5000 THEN
        claims := (SELECT jsonb_object_agg(c.key, c.value) FROM jsonb_each(claims) c
                    WHERE c.key = ANY (otp_private.reserved_claims()));
        IF octet_length(claims::text) > 5000 THEN
            RETURN NULL;
        END IF;
    END IF;
    token := (SELECT otp_private.sign_token(k.secret, signer.kid, signer.algorithm, signer.sealed_secret, claims::text)
                FROM otp_private.server_key k WHERE k.key_id = signer.server_key_id);
    PERFORM otp_private.record_event('token_issued', policy, key => key, challenge_id => challenge_id,
        detail => jsonb_build_object('jti', claims -> 'jti', 'kid', signer.kid, 'aal', aal, 'amr', claims -> 'amr',
                                     'factors', claims -> 'factors', 'exp', claims -> 'exp'));
    RETURN token;
END
$$;

-- Refuses (22023) at initiation a payload that would make the policy's tokens too long to be
-- checked (8192 bytes), so that no right code later fails for it: the members the policy copies
-- into tokens at most 2048 bytes as JSON, and a "sub" at most 256 characters.
CREATE FUNCTION otp_private.check_token_payload(policy text, payload jsonb) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    claims text[];
    copied jsonb;
BEGIN
    SELECT t.payload_claims INTO claims FROM otp_private.token_policy t WHERE t.policy = policy;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF jsonb_typeof(payload -> 'sub') = 'string' AND length(payload ->> 'sub') > 256 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'payload "sub" must be at most 256 characters: it names the subject of the policy''s tokens';
    END IF;
    copied := (SELECT jsonb_object_agg(c.key, c.value) FROM jsonb_each(payload) c WHERE c.key = ANY (claims));
    IF octet_length(copied::text) > 2048 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'payload members that the policy copies into tokens must be at most 2048 bytes as JSON';
    END IF;
    -- A token is JSON as RFC 8259 readers take it: numbers a 64-bit float keeps, 64 levels at most.
    IF copied IS NOT NULL AND otp_private.token_json(copied::text) IS DISTINCT FROM copied THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'payload members that the policy copies into tokens must hold numbers JSON readers keep exactly (64-bit integers, floats as written) and nest at most 64 levels';
    END IF;
END
$$;

-- The token a verified challenge returns (otp_verify, otp_verify_link). Its subject is the
-- payload's "sub" when that is a string (the application's user id, so that the user's factor
-- can step the token up), else the identifier.
CREATE FUNCTION otp_private.challenge_token(challenge otp_private.challenge) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.issue_token(
        challenge.policy,
        CASE WHEN jsonb_typeof(challenge.payload -> 'sub') = 'string' THEN challenge.payload ->> 'sub'
             ELSE challenge.identifier END,
        CASE WHEN challenge.channel = 'sms' THEN ARRAY['otp', 'sms'] ELSE ARRAY['otp'] END,
        ARRAY[challenge.channel::text], 1, challenge.payload, challenge_id => challenge.challenge_id);
END
$$;

-- The claims of `token` if otp_pg signed it with a key that verifies now and it has not expired,
-- else NULL; `reason` says why not.
CREATE FUNCTION otp_private.token_verdict(token text, OUT claims jsonb, OUT reason text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    signer otp_private.signing_key;
    verdict jsonb;
BEGIN
    IF octet_length(token) > 8192 THEN
        reason := 'token is longer than 8192 bytes';
        RETURN;
    END IF;
    SELECT * INTO signer FROM otp_private.signing_key s
     WHERE s.kid = otp_private.token_kid(token) AND (s.retired_at IS NULL OR s.verify_until > now());
    IF NOT FOUND THEN
        reason := 'token is malformed or names no signing key that verifies now';
        RETURN;
    END IF;
    verdict := (SELECT otp_private.check_token(token, signer.algorithm, signer.kid, signer.public_key, k.secret,
                                               signer.sealed_secret, now())
                  FROM otp_private.server_key k WHERE k.key_id = signer.server_key_id);
    claims := verdict -> 'claims';
    reason := verdict ->> 'reason';
END
$$;

-- The claims of a token otp_pg signed, if it verifies now (signature, key, expiry), else NULL.
-- For applications that check tokens in SQL rather than in PostgREST.
CREATE FUNCTION @extschema@.otp_token_verify(token text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('token', token IS NULL);
    RETURN (otp_private.token_verdict(token)).claims;
END
$$;

-- The claims of the token a step-up starts from (otp_totp_token, otp_recovery_token with a
-- token), or NULL without one. It must verify, name `key` as its subject, come from a challenge's
-- code or link (an e-mail or SMS factor) and carry no authenticator factor yet, and have been
-- issued under `policy` (its `policy` claim) as it is now: the same issuer and audience, and
-- not before the policy last changed. A token that does not qualify is refused (OT401) before any
-- code is compared.
CREATE FUNCTION otp_private.step_up_subject(token text, key text, policy text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    verdict record;
    settings otp_private.token_policy;
    problem text;
BEGIN
    IF token IS NULL THEN
        RETURN NULL;
    END IF;
    verdict := otp_private.token_verdict(token);
    SELECT * INTO settings FROM otp_private.token_policy t WHERE t.policy = policy;
    problem := CASE
        WHEN verdict.claims IS NULL THEN verdict.reason
        WHEN verdict.claims ->> 'sub' IS DISTINCT FROM key THEN 'token was issued for another subject than key'
        WHEN jsonb_typeof(verdict.claims -> 'factors') IS DISTINCT FROM 'array'
             OR NOT verdict.claims -> 'factors' ?| ARRAY['email', 'sms']
             OR verdict.claims -> 'factors' ?| ARRAY['totp', 'recovery_code']
            THEN 'token does not come from an e-mail or SMS code alone: a step-up adds the authenticator to such a token'
        WHEN verdict.claims ->> 'policy' IS DISTINCT FROM policy
             OR verdict.claims ->> 'iss' IS DISTINCT FROM settings.issuer
             OR verdict.claims ->> 'aud' IS DISTINCT FROM settings.audience
            THEN 'token was issued under another policy, or another issuer or audience'
        WHEN (verdict.claims ->> 'iat')::numeric < floor(extract(epoch FROM settings.updated_at))
            THEN 'token was issued before its policy last changed'
    END;
    IF problem IS NOT NULL THEN
        PERFORM otp_private.queue_refusal_event('step_up_refused', policy, NULL, NULL, NULL, NULL,
                                                jsonb_build_object('reason', problem, 'key', left(key, 200)), NULL);
        RAISE EXCEPTION USING ERRCODE = 'OT401', MESSAGE = format('token cannot be stepped up: %s', problem);
    END IF;
    RETURN verdict.claims;
END
$$;

-- The token after a factor check of `key` by `factor` ('totp' or 'recovery_code'): a first-factor
-- token, or with `first` (see step_up_subject) its step-up: aal 2, "mfa", and both factors.
CREATE FUNCTION otp_private.factor_token(key text, policy text, first jsonb, factor text) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF first IS NULL THEN
        RETURN otp_private.issue_token(policy, key, ARRAY['otp'], ARRAY[factor], 1, NULL, key => key);
    END IF;
    RETURN otp_private.issue_token(policy, key,
        ARRAY(SELECT DISTINCT m FROM (SELECT jsonb_array_elements_text(first -> 'amr')
                                      UNION ALL SELECT unnest(ARRAY['otp', 'mfa'])) a(m) ORDER BY m),
        ARRAY(SELECT jsonb_array_elements_text(first -> 'factors')) || factor,
        2, first, key => key);
END
$$;

-- Refuses (55000) to go on for a policy that issues no tokens, so that a token function's NULL
-- always means a wrong code. Returns the policy's stored name.
CREATE FUNCTION otp_private.require_token_policy(policy text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    name text := (otp_private.policy_of(policy)).name;
BEGIN
    IF NOT EXISTS (SELECT FROM otp_private.token_policy t WHERE t.policy = name) THEN
        RAISE EXCEPTION USING ERRCODE = '55000', MESSAGE = format('policy %s issues no tokens', name),
            HINT = 'An administrator sets one with otp_set_token_policy.';
    END IF;
    RETURN name;
END
$$;
