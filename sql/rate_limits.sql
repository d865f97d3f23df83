-- otp_pg rate limits: sliding-window counters per policy, scope and subject, and the limits of a
-- send and of a verification, all checked before any counts. Refusals are OT429.

-- Rate-limit subject for a client address: one per client host, the rules in Rust
-- (src/core/client_address.rs): IPv4 hosts, IPv6 /64s, and the IPv4 client inside an IPv4-mapped,
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

-- Notes that the client `client` asked for a code for `value` (a country or an identifier's
-- subject) and returns 0, or, if that would make more than `max_values` different values within
-- the window, the seconds until the oldest ages out (and notes nothing). Concurrent requests of
-- one client can't both pass: take_rates has already counted this request against the client's
-- send_client counter, whose row stays locked until the request's transaction ends, so the next
-- request of the client waits there and then sees this one's row.
CREATE FUNCTION otp_private.take_spread(policy text, client text, kind otp_private.spread_kind, value text,
                                        max_values integer, window_seconds integer)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    since timestamptz := now() - make_interval(secs => window_seconds);
    seen integer;
    oldest timestamptz;
BEGIN
    IF NOT EXISTS (SELECT FROM otp_private.client_spread s
                    WHERE s.policy = policy AND s.client = client AND s.kind = kind AND s.value = value
                      AND s.last_seen > since) THEN
        SELECT count(*), min(s.last_seen) INTO seen, oldest
          FROM otp_private.client_spread s
         WHERE s.policy = policy AND s.client = client AND s.kind = kind AND s.last_seen > since;
        IF seen >= max_values THEN
            RETURN greatest(1, ceil(extract(epoch FROM oldest - since)))::integer;
        END IF;
    END IF;
    INSERT INTO otp_private.client_spread AS s (policy, client, kind, value, last_seen)
    VALUES (policy, client, kind, value, now())
    ON CONFLICT ON CONSTRAINT client_spread_pkey DO UPDATE SET last_seen = EXCLUDED.last_seen;
    RETURN 0;
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
--   client              client_limit codes sent, client_limit x max_attempts verifications;
-- and, for sends under a policy with a send guard (otp_set_send_guard), each where not 0:
--   number range        range_limit SMS codes per window to one range (sms_origin), across all
--                       identifiers;
--   country             country_limit SMS codes per window to one country;
--   client's countries  client_country_limit different countries one client asks codes for;
--   client's identifiers client_identifier_limit different identifiers one client asks codes for.
-- The identifier counts as its rate-limit subject (one per mailbox or phone, see
-- otp_private.rate_subject), the client address as otp_private.client_subject. All windows are the
-- policy's limit_window_seconds.
-- The counters are taken in that order in every call, so concurrent calls can't deadlock; a
-- refusal gives back what this call had counted, so a refused request costs nobody anything.
-- A range or country counter is one row for all its senders: while a send's transaction is open
-- the next send there waits for it, so such sends are best made in short transactions.
CREATE FUNCTION otp_private.take_rates(settings @extschema@.otp_policy, sending boolean, identifier text,
                                       channel text, client_addr inet, OUT refused otp_private.rate_scope,
                                       OUT wait integer, guard otp_private.send_guard DEFAULT NULL,
                                       country text DEFAULT NULL, range text DEFAULT NULL)
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
        THEN '{send_identifier,send_identifier_client,send_client,send_range,send_country}'::otp_private.rate_scope[]
        ELSE '{verify_identifier,verify_identifier_client,verify_client}'::otp_private.rate_scope[] END;
    subjects text[] := ARRAY[identifier_subject, identifier_subject || ' ' || client_subject, client_subject];
    limits integer[] := ARRAY[per_identifier, per_pair, per_client];
BEGIN
    IF sending AND guard.policy IS NOT NULL THEN
        subjects := subjects || ARRAY[CASE WHEN guard.range_limit > 0 THEN range END,
                                      CASE WHEN guard.country_limit > 0 THEN country END];
        limits := limits || ARRAY[guard.range_limit, guard.country_limit];
    END IF;
    wait := 0;
    FOR i IN 1 .. array_length(subjects, 1) LOOP
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
    -- The client's spread, under the lock of its send_client counter (see take_spread).
    IF sending AND guard.policy IS NOT NULL AND client_subject IS NOT NULL THEN
        IF guard.client_country_limit > 0 AND country IS NOT NULL THEN
            wait := otp_private.take_spread(settings.name, client_subject, 'country', country,
                                            guard.client_country_limit, settings.limit_window_seconds);
            refused := CASE WHEN wait > 0 THEN 'client_countries'::otp_private.rate_scope END;
        END IF;
        IF refused IS NULL AND guard.client_identifier_limit > 0 AND identifier_subject IS NOT NULL THEN
            wait := otp_private.take_spread(settings.name, client_subject, 'identifier', identifier_subject,
                                            guard.client_identifier_limit, settings.limit_window_seconds);
            refused := CASE WHEN wait > 0 THEN 'client_identifiers'::otp_private.rate_scope END;
        END IF;
        IF refused IS NOT NULL THEN
            FOR j IN 1 .. array_length(subjects, 1) LOOP
                IF subjects[j] IS NOT NULL THEN
                    PERFORM otp_private.untake_rate(settings.name, scopes[j], subjects[j]);
                END IF;
            END LOOP;
        END IF;
    END IF;
END
$$;

-- Refuses (OT429) a code sent to `identifier` or requested from `client_addr` beyond the policy's
-- limits (and its send guard's, given `guard` and the number's `country` and `range`); otherwise
-- counts it. A refusal is recorded as a rate_limited event naming the limit.
CREATE FUNCTION otp_private.limit_sends(settings @extschema@.otp_policy, identifier text, channel text,
                                        client_addr inet, guard otp_private.send_guard DEFAULT NULL,
                                        country text DEFAULT NULL, range text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    taken record := otp_private.take_rates(settings, true, identifier, channel, client_addr, guard, country, range);
BEGIN
    IF taken.refused IS NOT NULL THEN
        PERFORM otp_private.queue_refusal_event('rate_limited', settings.name, channel, country, identifier, client_addr,
            jsonb_build_object('limit', taken.refused, 'retry_after_seconds', taken.wait));
        RAISE EXCEPTION USING ERRCODE = 'OT429',
            MESSAGE = format('too many codes requested %s: retry in %s seconds',
                             CASE taken.refused
                                 WHEN 'send_identifier' THEN 'for this identifier'
                                 WHEN 'send_identifier_client' THEN 'for this identifier from this client address'
                                 WHEN 'send_client' THEN 'from this client address'
                                 WHEN 'send_range' THEN format('for numbers in the range %s', range)
                                 WHEN 'send_country' THEN format('for numbers in %s', country)
                                 WHEN 'client_countries' THEN 'for numbers in this many countries from this client address'
                                 ELSE 'for this many identifiers from this client address' END,
                             taken.wait),
            DETAIL = format('retry_after_seconds=%s limit=%s', taken.wait, taken.refused);
    END IF;
END
$$;

-- The limit that a verification of `identifier` (NULL: an unknown challenge, nobody to count) or
-- from `client_addr` would go beyond, or NULL, and then it is counted.
CREATE FUNCTION otp_private.limit_verifications(settings @extschema@.otp_policy, identifier text, channel text,
                                                client_addr inet)
RETURNS otp_private.rate_scope
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (otp_private.take_rates(settings, false, identifier, channel, client_addr)).refused;
END
$$;
