-- otp_pg challenge sessions: policies, initiate / verify / resend, delivery outbox, purge.
--
-- Every public function here is SECURITY DEFINER with search_path pinned to pg_catalog, pg_temp
-- and every object named with its schema, so objects planted in a caller's schema change nothing.
-- The hot ones also SET enable_seqscan = off: these tables churn, and right after a purge they
-- are analysed as empty; a plan made then (and kept by PL/pgSQL) would scan the whole table on
-- every key lookup as it grows again. Every lookup here has an index.
-- Errors: 22004 for a NULL argument, 22023 for an invalid one (message starts with its name),
-- OT429 for too many requests (message says when to retry), OT404 / OT409 for a challenge that
-- can't be resent.

------------------------------------------------------------------------------------------------
-- Internal helpers (schema otp_private; callers outside the extension have no access)
------------------------------------------------------------------------------------------------

CREATE FUNCTION otp_private.require(argument text, is_null boolean) RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF is_null THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = format('%s must not be NULL', argument);
    END IF;
END
$$;

CREATE FUNCTION otp_private.check_range(argument text, value integer, low integer, high integer)
RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
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

-- The current server key, made on first use. Concurrent first uses agree on one key.
CREATE FUNCTION otp_private.current_key() RETURNS otp_private.server_key
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    current otp_private.server_key;
BEGIN
    SELECT * INTO current FROM otp_private.server_key k WHERE k.retired_at IS NULL;
    IF NOT FOUND THEN
        INSERT INTO otp_private.server_key (key_id, secret)
        VALUES ((SELECT coalesce(max(k.key_id), 0) + 1 FROM otp_private.server_key k), otp_private.new_server_key())
        ON CONFLICT DO NOTHING;
        SELECT * INTO STRICT current FROM otp_private.server_key k WHERE k.retired_at IS NULL;
    END IF;
    RETURN current;
END
$$;

-- A row refers to a server key that is gone. otp_purge removes no key that anything, committed
-- or not, can still refer to, so this means the table was edited by hand or restored in part.
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

-- Rate-limit subject for a client address: one per client host, the rules in Rust
-- (src/client_address.rs): IPv4 hosts, IPv6 /64s, and the IPv4 client inside an IPv4-mapped,
-- IPv4-translated, NAT64 or 6to4 address. The address's netmask is ignored: a client is a host.
-- PL/pgSQL like the other hot-path helpers: with its pinned search_path a SQL function is not
-- inlined, and is planned again on every call.
CREATE FUNCTION otp_private.client_subject(address inet) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.address_subject(host(address));
END
$$;

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

-- Takes back a hit that take_rate counted earlier in this transaction (same window: now() has
-- not moved), when a later limit of the same request refuses it.
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

-- Counts one send (sending) or one verification against every limit of the policy that applies,
-- or, if any limit refuses it, counts nothing and says which one refused and for how long.
--
-- The limits, defined here and nowhere else:
--   identifier          identifier_limit codes sent per window; max_attempts verifications per
--                       code, so identifier_limit x max_attempts verifications per window;
--   identifier + client what one full challenge needs (1 + max_resends codes, times max_attempts
--                       verifications), but never the identifier's whole budget (at most
--                       identifier_limit - 1 codes, at least 1): one client address alone can't
--                       use up another person's budget, and a user who resends still can;
--   client              client_limit codes sent, client_limit x max_attempts verifications.
-- The identifier counts as its rate-limit subject (one per mailbox or phone, see
-- otp_private.rate_subject), the client address as otp_private.client_subject.
-- The counters are taken in that order in every call, so concurrent calls can't deadlock; a
-- refusal gives back what this call had counted, so a refused request costs nobody anything.
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

-- Refuses (OT429) a code sent to `identifier` or requested from `client_addr` beyond the policy's
-- limits; otherwise counts it.
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

-- True when a verification of `identifier` (NULL: an unknown challenge, nobody to count) or from
-- `client_addr` would go beyond the policy's limits; otherwise counts it.
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

-- Puts the code in the outbox under the id the challenge already points at (sealed, bound to
-- challenge and send number), supersedes the previous send's row, and wakes senders. The
-- notification carries no code and, like the row, exists only if the transaction commits.
CREATE FUNCTION otp_private.queue_delivery(challenge otp_private.challenge, previous_delivery bigint,
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

CREATE FUNCTION otp_private.challenge_result(challenge otp_private.challenge) RETURNS @extschema@.otp_challenge
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

------------------------------------------------------------------------------------------------
-- Policies
------------------------------------------------------------------------------------------------

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
    PERFORM otp_private.require('name', name IS NULL);
    IF name !~ '^[A-Za-z0-9_.:-]{1,63}$' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'name must be 1 to 63 characters, each a letter, digit, or one of _ . : -';
    END IF;
    result := ROW(
        name,
        otp_private.check_range('code_length', coalesce(code_length, base.code_length), 4, 10),
        otp_private.check_range('ttl_seconds', coalesce(ttl_seconds, base.ttl_seconds), 1, 604800),
        otp_private.check_range('max_attempts', coalesce(max_attempts, base.max_attempts), 1, 100),
        otp_private.check_range('max_resends', coalesce(max_resends, base.max_resends), 0, 100),
        otp_private.check_range('resend_cooldown_seconds', coalesce(resend_cooldown_seconds, base.resend_cooldown_seconds), 0, 86400),
        otp_private.check_range('retention_seconds', coalesce(retention_seconds, base.retention_seconds), 0, 31536000),
        otp_private.check_range('identifier_limit', coalesce(identifier_limit, base.identifier_limit), 1, 1000000),
        otp_private.check_range('client_limit', coalesce(client_limit, base.client_limit), 1, 1000000),
        otp_private.check_range('limit_window_seconds', coalesce(limit_window_seconds, base.limit_window_seconds), 1, 604800)
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

------------------------------------------------------------------------------------------------
-- Challenges
------------------------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.otp_initiate(
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

-- Counts on a pending challenge the attempts at it that callers' rollbacks took back (see
-- src/attempt_ledger.rs); as many as its last attempt locks it.
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
        -- Locked now: its code must not be sent any more.
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL
          FROM otp_private.challenge c
         WHERE c.challenge_id = challenge_id AND c.state = 'locked'
           AND d.delivery_id = c.delivery_id AND d.state = 'pending';
    END IF;
END
$$;

CREATE FUNCTION @extschema@.otp_verify(challenge_id uuid, code text, client_addr inet DEFAULT NULL)
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
    -- recorded in the row first, and this attempt noted in case this transaction is rolled back.
    PERFORM otp_private.record_challenge_attempts(challenge_id, otp_private.attempt_taken_back('challenge ' || challenge_id::text));

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

CREATE FUNCTION @extschema@.otp_resend(challenge_id uuid, client_addr inet DEFAULT NULL)
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

------------------------------------------------------------------------------------------------
-- Delivery
------------------------------------------------------------------------------------------------

-- The outbox is a queue: its statistics are usually stale and the cached plan is generic (LIMIT
-- unknown), which tempts the planner into reading every pending row and sorting. Walking the
-- claimable index in order and stopping at max_count is always right here, so say so. The
-- final sort then carries the planner's penalty for a disabled node, which would push the query
-- over jit_above_cost on servers built with JIT: compiling costs far more than the query.
CREATE FUNCTION @extschema@.otp_claim_deliveries(max_count integer DEFAULT 10, lease_seconds integer DEFAULT 30)
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

CREATE FUNCTION @extschema@.otp_ack_delivery(delivery_id bigint) RETURNS boolean
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

-- Most tries before a request is abandoned; the backoff doubles from 2 s up to 5 minutes.
CREATE FUNCTION @extschema@.otp_fail_delivery(delivery_id bigint, error text) RETURNS boolean
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

-- Hands a claimed request back untouched, e.g. by a sender shutting down before it got to it: it
-- is claimable at once and the claim does not count as a try. False if it was not under a lease.
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

------------------------------------------------------------------------------------------------
-- Housekeeping
------------------------------------------------------------------------------------------------

-- Removes challenges past their retention (with their delivery requests), rate counters and factor
-- failure counts that no longer count, and retired keys nothing refers to. Returns the number of
-- rows removed.
--
-- A retired key may still be in use by a transaction that read it as the current key before the
-- rotation committed: its challenge or factor is not visible here until it commits. So a retired
-- key goes in two steps. First its retirement is noted as seen (this statement's clock reads later
-- than the rotation's commit). Once every transaction now running in this database began after
-- that, nobody can pick the key up any more: factors still sealed under it (an enrolment that
-- overlapped the rotation) are re-sealed under the current key, and the key is removed once no
-- row refers to it. A prepared transaction's start is not known, so while one exists in this
-- database no key is removed.
CREATE FUNCTION @extschema@.otp_purge() RETURNS bigint
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

-- Starts using a new server key and re-seals the authenticator secrets under it. Codes already
-- sent and recovery codes keep working under the key they were made with; otp_purge removes
-- that key once nothing refers to it. Returns the new key's id.
CREATE FUNCTION @extschema@.otp_rotate_server_key() RETURNS integer
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

------------------------------------------------------------------------------------------------
-- Privileges: nothing here is callable by PUBLIC; docs/security.md lists what to grant to whom.
------------------------------------------------------------------------------------------------

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA otp_private FROM PUBLIC;
REVOKE ALL ON FUNCTION
    @extschema@.otp_set_policy(text, integer, integer, integer, integer, integer, integer, integer, integer, integer),
    @extschema@.otp_policies(),
    @extschema@.otp_initiate(text, text, jsonb, text, inet),
    @extschema@.otp_verify(uuid, text, inet),
    @extschema@.otp_resend(uuid, inet),
    @extschema@.otp_claim_deliveries(integer, integer),
    @extschema@.otp_ack_delivery(bigint),
    @extschema@.otp_fail_delivery(bigint, text),
    @extschema@.otp_release_delivery(bigint),
    @extschema@.otp_purge(),
    @extschema@.otp_rotate_server_key()
FROM PUBLIC;
