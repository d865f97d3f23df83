-- otp_pg SMS pumping guard: per policy, the countries SMS codes may go to, the velocity limits
-- across identifiers (counted in otp_private.take_rates), and a circuit breaker that pauses a
-- country whose codes are no longer entered. Errors: OT403 for a refused country, OT503 while a
-- country's circuit is open.

-- The send guard of the policy called `name`, or NULL.
CREATE FUNCTION otp_private.find_send_guard(name text) RETURNS otp_private.send_guard
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    found otp_private.send_guard;
BEGIN
    SELECT * INTO found FROM otp_private.send_guard g WHERE g.policy = name;
    RETURN found;
END
$$;

CREATE FUNCTION otp_private.send_guard_result(guard otp_private.send_guard) RETURNS @extschema@.otp_send_guard
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(guard.policy, guard.allowed_countries, guard.refused_countries, guard.country_limit,
               guard.range_limit, guard.client_country_limit, guard.client_identifier_limit,
               guard.breaker_min_conversion_percent, guard.breaker_sample,
               guard.breaker_cooldown_seconds)::@extschema@.otp_send_guard
$$;

-- Sets the send guard of an existing policy; an argument left NULL keeps its current value (a new
-- guard starts with no lists, no limits and the breaker off). allowed_countries => '{}' removes
-- the allow list (every country not refused).
CREATE FUNCTION @extschema@.otp_set_send_guard(
    policy                         text,
    allowed_countries              text[] DEFAULT NULL,
    refused_countries              text[] DEFAULT NULL,
    country_limit                  integer DEFAULT NULL,
    range_limit                    integer DEFAULT NULL,
    client_country_limit           integer DEFAULT NULL,
    client_identifier_limit        integer DEFAULT NULL,
    breaker_min_conversion_percent integer DEFAULT NULL,
    breaker_sample                 integer DEFAULT NULL,
    breaker_cooldown_seconds       integer DEFAULT NULL
) RETURNS @extschema@.otp_send_guard
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    base otp_private.send_guard;
    result otp_private.send_guard;
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL);
    PERFORM otp_private.policy_of(policy);
    base := otp_private.find_send_guard(policy);
    IF base.policy IS NULL THEN
        base := ROW(policy, NULL, '{}', 0, 0, 0, 0, 0, 100, 3600, now())::otp_private.send_guard;
    END IF;
    result := ROW(
        policy,
        CASE WHEN allowed_countries IS NULL THEN base.allowed_countries
             WHEN cardinality(allowed_countries) = 0 THEN NULL
             ELSE otp_private.country_codes('allowed_countries', allowed_countries) END,
        CASE WHEN refused_countries IS NULL THEN base.refused_countries
             ELSE otp_private.country_codes('refused_countries', refused_countries) END,
        otp_private.policy_setting('country_limit', coalesce(country_limit, base.country_limit)),
        otp_private.policy_setting('range_limit', coalesce(range_limit, base.range_limit)),
        otp_private.policy_setting('client_country_limit', coalesce(client_country_limit, base.client_country_limit)),
        otp_private.policy_setting('client_identifier_limit', coalesce(client_identifier_limit, base.client_identifier_limit)),
        otp_private.policy_setting('breaker_min_conversion_percent',
                                   coalesce(breaker_min_conversion_percent, base.breaker_min_conversion_percent)),
        otp_private.policy_setting('breaker_sample', coalesce(breaker_sample, base.breaker_sample)),
        otp_private.policy_setting('breaker_cooldown_seconds', coalesce(breaker_cooldown_seconds, base.breaker_cooldown_seconds)),
        now()
    )::otp_private.send_guard;
    INSERT INTO otp_private.send_guard AS g VALUES (result.*)
    ON CONFLICT ON CONSTRAINT send_guard_pkey DO UPDATE SET
        allowed_countries = EXCLUDED.allowed_countries, refused_countries = EXCLUDED.refused_countries,
        country_limit = EXCLUDED.country_limit, range_limit = EXCLUDED.range_limit,
        client_country_limit = EXCLUDED.client_country_limit,
        client_identifier_limit = EXCLUDED.client_identifier_limit,
        breaker_min_conversion_percent = EXCLUDED.breaker_min_conversion_percent,
        breaker_sample = EXCLUDED.breaker_sample, breaker_cooldown_seconds = EXCLUDED.breaker_cooldown_seconds,
        updated_at = EXCLUDED.updated_at;
    PERFORM otp_private.record_event('send_guard_set', policy,
                                     detail => to_jsonb(otp_private.send_guard_result(result)) - 'policy');
    RETURN otp_private.send_guard_result(result);
END
$$;

CREATE FUNCTION @extschema@.otp_send_guards() RETURNS SETOF @extschema@.otp_send_guard
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT otp_private.send_guard_result(g) FROM otp_private.send_guard g ORDER BY g.policy
$$;

-- Removes a policy's send guard (and its open circuits). False if it had none.
CREATE FUNCTION @extschema@.otp_remove_send_guard(policy text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL);
    DELETE FROM otp_private.send_guard g WHERE g.policy = policy;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    DELETE FROM otp_private.circuit c WHERE c.policy = policy;
    PERFORM otp_private.record_event('send_guard_removed', policy);
    RETURN true;
END
$$;

-- Refuses an SMS code to `country` that the guard keeps out (OT403) or whose circuit is open
-- (OT503), before anything is counted; each refusal is recorded.
CREATE FUNCTION otp_private.admit_sms(settings @extschema@.otp_policy, guard otp_private.send_guard,
                                      identifier text, country text, client_addr inet)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    reopens timestamptz;
    wait integer;
BEGIN
    IF country = ANY (guard.refused_countries)
       OR (guard.allowed_countries IS NOT NULL AND NOT country = ANY (guard.allowed_countries)) THEN
        PERFORM otp_private.queue_refusal_event('country_refused', settings.name, 'sms', country, identifier,
                                                client_addr, NULL);
        RAISE EXCEPTION USING ERRCODE = 'OT403',
            MESSAGE = format('identifier is a phone number in %s, where policy %s sends no codes', country, settings.name),
            DETAIL = format('country=%s', country),
            HINT = 'otp_send_guards() lists the countries each policy allows and refuses.';
    END IF;
    IF guard.breaker_min_conversion_percent > 0 THEN
        SELECT c.reopens_at INTO reopens
          FROM otp_private.circuit c
         WHERE c.policy = settings.name AND c.country = country AND c.reopens_at > now();
        IF FOUND THEN
            wait := greatest(1, ceil(extract(epoch FROM reopens - now())))::integer;
            PERFORM otp_private.queue_refusal_event('circuit_open', settings.name, 'sms', country, identifier,
                                                    client_addr, jsonb_build_object('retry_after_seconds', wait));
            RAISE EXCEPTION USING ERRCODE = 'OT503',
                MESSAGE = format('codes to phone numbers in %s are paused for policy %s: too few of the codes sent there were entered',
                                 country, settings.name),
                DETAIL = format('retry_after_seconds=%s country=%s', wait, country),
                HINT = 'An administrator can reopen it with otp_reset_circuit(policy, country).';
        END IF;
    END IF;
END
$$;

-- Trips the circuit of every (policy, country) whose latest breaker_sample finished SMS sends
-- (verified, or expired unused; made since the circuit last reopened; test identifiers left out)
-- had fewer than breaker_min_conversion_percent verified. Locked challenges are left out too:
-- pumped codes are never entered, and wrong codes lock a challenge at once, which would let
-- anyone close a country in a second instead of a code's lifetime. otp_purge runs it, so the
-- breaker reacts within otp_pg.purge_interval; the velocity limits hold a burst meanwhile.
-- Returns the number of circuits tripped.
CREATE FUNCTION otp_private.trip_circuits() RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    guard otp_private.send_guard;
    country text;
    counted_from timestamptz;
    sampled integer;
    verified integer;
    tripped otp_private.circuit;
    trips integer := 0;
BEGIN
    FOR guard IN SELECT * FROM otp_private.send_guard g WHERE g.breaker_min_conversion_percent > 0 LOOP
        FOR country IN SELECT DISTINCT c.country FROM otp_private.challenge c
                        WHERE c.policy = guard.policy AND c.country IS NOT NULL LOOP
            SELECT ci.counted_from INTO counted_from
              FROM otp_private.circuit ci WHERE ci.policy = guard.policy AND ci.country = country;
            CONTINUE WHEN EXISTS (SELECT FROM otp_private.circuit ci
                                   WHERE ci.policy = guard.policy AND ci.country = country AND ci.reopens_at > now());
            SELECT count(*), count(*) FILTER (WHERE s.state = 'verified') INTO sampled, verified
              FROM (SELECT c.state FROM otp_private.challenge c
                     WHERE c.policy = guard.policy AND c.country = country AND NOT c.test
                       AND c.created_at >= coalesce(counted_from, '-infinity')
                       AND (c.state = 'verified' OR (c.state = 'pending' AND c.expires_at <= now()))
                     ORDER BY c.created_at DESC
                     LIMIT guard.breaker_sample) s;
            CONTINUE WHEN sampled < guard.breaker_sample
                       OR verified * 100 >= guard.breaker_min_conversion_percent * sampled;
            INSERT INTO otp_private.circuit AS ci
                (policy, country, tripped_at, reopens_at, counted_from, conversion_percent, sample)
            VALUES (guard.policy, country, now(), now() + make_interval(secs => guard.breaker_cooldown_seconds),
                    now() + make_interval(secs => guard.breaker_cooldown_seconds),
                    round(100.0 * verified / sampled, 1), sampled)
            ON CONFLICT ON CONSTRAINT circuit_pkey DO UPDATE SET
                tripped_at = EXCLUDED.tripped_at, reopens_at = EXCLUDED.reopens_at,
                counted_from = EXCLUDED.counted_from, conversion_percent = EXCLUDED.conversion_percent,
                sample = EXCLUDED.sample
            RETURNING * INTO tripped;
            PERFORM otp_private.record_event('circuit_tripped', guard.policy, 'sms', country,
                detail => jsonb_build_object('conversion_percent', tripped.conversion_percent, 'sample', sampled,
                                             'reopens_at', tripped.reopens_at));
            trips := trips + 1;
        END LOOP;
    END LOOP;
    RETURN trips;
END
$$;

CREATE FUNCTION @extschema@.otp_circuits() RETURNS SETOF @extschema@.otp_circuit
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(c.policy, c.country, c.tripped_at, c.reopens_at, c.conversion_percent, c.sample)::@extschema@.otp_circuit
      FROM otp_private.circuit c
     WHERE c.reopens_at > now()
     ORDER BY c.policy, c.country
$$;

-- Reopens a tripped circuit now; only sends from now on are sampled again. False if it was not open.
CREATE FUNCTION @extschema@.otp_reset_circuit(policy text, country text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    code text;
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL), otp_private.refuse_null('country', country IS NULL);
    code := (otp_private.country_codes('country', ARRAY[country]))[1];
    UPDATE otp_private.circuit c SET reopens_at = now(), counted_from = now()
     WHERE c.policy = policy AND c.country = code AND c.reopens_at > now();
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM otp_private.record_event('circuit_reset', policy, 'sms', code);
    RETURN true;
END
$$;
