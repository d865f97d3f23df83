-- otp_pg audit trail: events recorded in the transaction of what they record, the otp_event
-- notifications that mirror them, refusals kept in shared memory until recorded, and the views an
-- administrator or auditor reads (otp_events, otp_conversion). Notifications are hints: any role
-- that can connect can send one, so a listener re-reads the row by its event_id.

-- The notification of a recorded event: its id and kind, and its policy. Nothing that names a
-- person (no key, identifier, address or challenge id): any role that can connect can listen.
CREATE FUNCTION otp_private.notify_event(event_id bigint, event otp_private.event_kind, policy text)
RETURNS void
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_notify('otp_event', json_strip_nulls(json_build_object(
        'event_id', notify_event.event_id, 'event', notify_event.event, 'policy', notify_event.policy))::text)
$$;

-- Whether `event` is sent as an otp_event notification (otp_pg.event_notifications): all events,
-- the changes to a key's factors (what otp_event carried before the audit trail), or none.
CREATE FUNCTION otp_private.notifies(event otp_private.event_kind) RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN CASE (SELECT s.notifications FROM otp_private.event_settings() s)
        WHEN 'all' THEN true
        WHEN 'factor_changes' THEN event IN ('factor_enrolled', 'factor_confirmed', 'factor_disabled',
                                             'recovery_codes_generated', 'recovery_code_used')
        ELSE false
    END;
END
$$;

-- Appends one event (at `occurred_at`, or the transaction's time) and notifies it if
-- otp_pg.event_notifications says so.
CREATE FUNCTION otp_private.record_event(
    event             otp_private.event_kind,
    policy            text DEFAULT NULL,
    channel           otp_private.channel DEFAULT NULL,
    country           text DEFAULT NULL,
    masked_identifier text DEFAULT NULL,
    key               text DEFAULT NULL,
    client_addr       inet DEFAULT NULL,
    challenge_id      uuid DEFAULT NULL,
    detail            jsonb DEFAULT NULL,
    occurred_at       timestamptz DEFAULT NULL
) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    id bigint;
BEGIN
    INSERT INTO otp_private.event AS e
        (occurred_at, event, policy, channel, country, masked_identifier, key, client_addr, challenge_id, detail)
    VALUES (coalesce(occurred_at, now()), event, policy, channel, country, masked_identifier, key, client_addr,
            challenge_id, detail)
    RETURNING e.event_id INTO id;
    IF otp_private.notifies(event) THEN
        PERFORM otp_private.notify_event(id, event, policy);
    END IF;
END
$$;

-- An event about a challenge, by the client at `client_addr`; a test identifier's challenge says so.
CREATE FUNCTION otp_private.record_challenge_event(event otp_private.event_kind, challenge otp_private.challenge,
                                                   client_addr inet, detail jsonb DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM otp_private.record_event(
        event, challenge.policy, challenge.channel, challenge.country,
        otp_private.mask_identifier(challenge.identifier, challenge.channel::text), NULL, client_addr,
        challenge.challenge_id,
        CASE WHEN challenge.test THEN coalesce(detail, '{}') || '{"test": true}' ELSE detail END);
END
$$;

-- The event of a call that is about to refuse with an error. The error rolls back whatever the
-- call wrote, so the event waits in shared memory (src/refusal_queue.rs) until record_refusals
-- commits it. Without otp_pg in shared_preload_libraries there is no queue and it is lost.
CREATE FUNCTION otp_private.queue_refusal_event(event otp_private.event_kind, policy text, channel text,
                                                country text, identifier text, client_addr inet, detail jsonb,
                                                challenge_id uuid DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM otp_private.queue_refusal(jsonb_strip_nulls(jsonb_build_object(
        'event', event, 'policy', policy, 'channel', channel, 'country', country,
        'masked_identifier', CASE WHEN identifier IS NOT NULL AND channel IS NOT NULL
                                  THEN otp_private.mask_identifier(identifier, channel) END,
        'client_addr', client_addr, 'challenge_id', challenge_id, 'detail', detail)));
END
$$;

-- Moves the refusals waiting in shared memory into the event table: they leave the queue when
-- this transaction commits, and stay for the next call if it aborts. Returns how many. One
-- statement for all of them: a subtransaction per row would, past 64 in one transaction, slow
-- every other session's snapshots while a flood is recorded. Only otp_pg's own functions queue
-- events, from typed values; should one still not fit (a kind or address that does not parse),
-- the rows are taken again one by one and that one is skipped, rather than left to fail every
-- later purge.
CREATE FUNCTION otp_private.record_refusals() RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    waiting record;
    recorded integer := 0;
BEGIN
    BEGIN
        WITH added AS (
            INSERT INTO otp_private.event AS e
                (occurred_at, event, policy, channel, country, masked_identifier, client_addr, challenge_id, detail)
            SELECT r.occurred_at, (r.event ->> 'event')::otp_private.event_kind, r.event ->> 'policy',
                   (r.event ->> 'channel')::otp_private.channel, r.event ->> 'country',
                   r.event ->> 'masked_identifier', (r.event ->> 'client_addr')::inet,
                   (r.event ->> 'challenge_id')::uuid,
                   -- The queue's own report of what it dropped has its count at the top.
                   CASE WHEN r.event ->> 'event' = 'refusals_dropped' THEN r.event - 'event'
                        ELSE r.event -> 'detail' END
              FROM otp_private.take_refusals() r
            RETURNING e.event_id, e.event, e.policy
        )
        SELECT count(*) INTO recorded
          FROM added a
          LEFT JOIN LATERAL (SELECT otp_private.notify_event(a.event_id, a.event, a.policy)
                              WHERE otp_private.notifies(a.event)) n ON true;
        RETURN recorded;
    EXCEPTION WHEN data_exception THEN
        NULL;  -- taken back with the subtransaction: one by one below
    END;
    FOR waiting IN SELECT * FROM otp_private.take_refusals() LOOP
        BEGIN
            PERFORM otp_private.record_event(
                (waiting.event ->> 'event')::otp_private.event_kind, waiting.event ->> 'policy',
                (waiting.event ->> 'channel')::otp_private.channel, waiting.event ->> 'country',
                waiting.event ->> 'masked_identifier', NULL, (waiting.event ->> 'client_addr')::inet,
                (waiting.event ->> 'challenge_id')::uuid,
                CASE WHEN waiting.event ->> 'event' = 'refusals_dropped' THEN waiting.event - 'event'
                     ELSE waiting.event -> 'detail' END,
                waiting.occurred_at);
            recorded := recorded + 1;
        EXCEPTION WHEN data_exception THEN
            CONTINUE;
        END;
    END LOOP;
    RETURN recorded;
END
$$;

-- The two views are bound to their functions and operators when CREATE EXTENSION (or an update)
-- runs, with the extension's schema on the search_path, where another role may have planted a
-- better-matching function or operator (PostgreSQL 14's open public schema, a database owner).
-- So each names its functions in pg_catalog and its operators as OPERATOR(pg_catalog.x), with
-- operands of the operators' exact types; tests/test_attacks.py plants such objects first.

-- Every recorded event. For administrators and auditors (docs/security.md).
CREATE VIEW @extschema@.otp_events AS
SELECT e.event_id, e.occurred_at, e.event::pg_catalog.text AS event, e.policy, e.channel::pg_catalog.text AS channel,
       e.country, e.masked_identifier, e.key, e.client_addr, e.challenge_id, e.detail
  FROM otp_private.event e;

-- Conversion and delivery figures per hour, channel and country, from the events. A challenge
-- counts in the hour it was initiated; a refusal or delivery in the hour it happened. Test
-- identifiers' events are left out: nothing was sent for them.
CREATE VIEW @extschema@.otp_conversion AS
WITH outcome AS (
    SELECT e.challenge_id,
           pg_catalog.min(e.occurred_at) FILTER (WHERE e.event OPERATOR(pg_catalog.=) 'verified'::otp_private.event_kind)
               AS verified_at,
           pg_catalog.bool_or(e.event OPERATOR(pg_catalog.=) 'locked'::otp_private.event_kind) AS locked
      FROM otp_private.event e
     WHERE e.event OPERATOR(pg_catalog.=) ANY ('{verified,locked}'::otp_private.event_kind[])
       AND e.challenge_id IS NOT NULL
     GROUP BY e.challenge_id
), counted AS (
    SELECT e.*,
           e.event OPERATOR(pg_catalog.=) 'initiated'::otp_private.event_kind AS initiated,
           o.verified_at, o.locked,
           (e.detail OPERATOR(pg_catalog.->>) 'queued_seconds'::pg_catalog.text)::double precision AS queued_seconds
      FROM otp_private.event e
      LEFT JOIN outcome o ON e.event OPERATOR(pg_catalog.=) 'initiated'::otp_private.event_kind
                         AND o.challenge_id OPERATOR(pg_catalog.=) e.challenge_id
     WHERE e.channel IS NOT NULL AND (e.detail OPERATOR(pg_catalog.->>) 'test'::pg_catalog.text) IS NULL
)
SELECT pg_catalog.date_trunc('hour'::pg_catalog.text, e.occurred_at) AS hour,
       e.channel::pg_catalog.text AS channel,
       e.country,
       pg_catalog.count(*) FILTER (WHERE e.event OPERATOR(pg_catalog.=) ANY ('{initiated,resent}'::otp_private.event_kind[]))
           AS codes_sent,
       pg_catalog.count(*) FILTER (WHERE e.initiated) AS challenges,
       pg_catalog.count(*) FILTER (WHERE e.initiated AND e.verified_at IS NOT NULL) AS verified,
       CASE WHEN pg_catalog.count(*) FILTER (WHERE e.initiated) OPERATOR(pg_catalog.>) 0::bigint
            THEN pg_catalog.round(
                     (100.0::pg_catalog.numeric OPERATOR(pg_catalog.*)
                         pg_catalog.count(*) FILTER (WHERE e.initiated AND e.verified_at IS NOT NULL)::pg_catalog.numeric)
                     OPERATOR(pg_catalog./) pg_catalog.count(*) FILTER (WHERE e.initiated)::pg_catalog.numeric,
                     1) END AS conversion_percent,
       pg_catalog.count(*) FILTER (WHERE e.initiated AND e.verified_at IS NULL AND e.locked IS NOT TRUE
                                   AND e.occurred_at OPERATOR(pg_catalog.+) pg_catalog.make_interval(
                                           secs => (e.detail OPERATOR(pg_catalog.->>) 'ttl_seconds'::pg_catalog.text)
                                                   ::double precision)
                                       OPERATOR(pg_catalog.<=) pg_catalog.now())
           AS expired_unused,
       pg_catalog.count(*) FILTER (WHERE e.initiated AND e.locked) AS locked,
       pg_catalog.count(*) FILTER (WHERE e.event OPERATOR(pg_catalog.=) 'rate_limited'::otp_private.event_kind)
           AS rate_limited,
       pg_catalog.count(*) FILTER (WHERE e.event OPERATOR(pg_catalog.=) ANY ('{country_refused,circuit_open}'::otp_private.event_kind[]))
           AS refused,
       pg_catalog.percentile_cont(0.5::double precision) WITHIN GROUP (
           ORDER BY pg_catalog.date_part('epoch'::pg_catalog.text, e.verified_at OPERATOR(pg_catalog.-) e.occurred_at))
           FILTER (WHERE e.initiated) AS median_seconds_to_verify,
       pg_catalog.count(*) FILTER (WHERE e.event OPERATOR(pg_catalog.=) 'delivered'::otp_private.event_kind) AS delivered,
       pg_catalog.percentile_cont(0.5::double precision) WITHIN GROUP (ORDER BY e.queued_seconds)
           FILTER (WHERE e.event OPERATOR(pg_catalog.=) 'delivered'::otp_private.event_kind) AS median_delivery_seconds,
       pg_catalog.percentile_cont(0.95::double precision) WITHIN GROUP (ORDER BY e.queued_seconds)
           FILTER (WHERE e.event OPERATOR(pg_catalog.=) 'delivered'::otp_private.event_kind) AS p95_delivery_seconds
  FROM counted e
 GROUP BY 1, 2, 3;
