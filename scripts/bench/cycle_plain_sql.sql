-- The login cycle in plain SQL with otp_pg's row writes; -D notify=1 also sends its notifications.
\set n random(1, 2000000000)
WITH c AS (INSERT INTO bench_plpgsql.challenge (challenge_id, identifier, payload, code, expires_at)
           VALUES (gen_random_uuid(), 'u' || :n || '@bench.example', '{}', lpad((random() * 999999)::int::text, 6, '0'), now() + interval '5 minutes')
           RETURNING challenge_id, code),
     d AS (INSERT INTO bench_plpgsql.delivery (challenge_id, code) SELECT challenge_id, code FROM c RETURNING delivery_id),
     r AS (INSERT INTO bench_plpgsql.rate_counter AS rc VALUES ('send:u' || :n, date_trunc('minute', now()), 1)
           ON CONFLICT (subject, window_start) DO UPDATE SET hits = rc.hits + 1 RETURNING hits),
     e AS (INSERT INTO bench_plpgsql.event (event, policy, channel, masked_identifier, challenge_id, detail)
           SELECT 'initiated', 'bench', 'email', 'u***@bench.example', challenge_id, '{"ttl_seconds": 300}' FROM c
           RETURNING event_id)
SELECT CASE WHEN :notify = 1 THEN pg_notify('otp_delivery_plain', (SELECT delivery_id FROM d)::text) END,
       (SELECT hits FROM r), (SELECT challenge_id FROM c),
       CASE WHEN :notify = 1 THEN pg_notify('otp_event_plain', (SELECT event_id FROM e)::text) END;
WITH x AS (UPDATE bench_plpgsql.delivery SET available_at = now() + interval '30 seconds'
            WHERE delivery_id = (SELECT delivery_id FROM bench_plpgsql.delivery WHERE state = 'pending' AND available_at <= now()
                                  ORDER BY available_at, delivery_id LIMIT 1 FOR UPDATE SKIP LOCKED)
           RETURNING delivery_id, challenge_id, code)
SELECT coalesce(max(delivery_id), 0) AS d, coalesce(max(challenge_id::text), '00000000-0000-0000-0000-000000000000') AS ch, coalesce(max(code), '0') AS c FROM x \gset
WITH a AS (UPDATE bench_plpgsql.delivery SET state = 'sent', code = NULL WHERE delivery_id = :d RETURNING challenge_id),
     e AS (INSERT INTO bench_plpgsql.event (event, policy, channel, masked_identifier, challenge_id, detail)
           SELECT 'delivered', 'bench', 'email', 'u***@bench.example', challenge_id, '{"queued_seconds": 0.01}' FROM a
           RETURNING event_id)
SELECT CASE WHEN :notify = 1 THEN pg_notify('otp_event_plain', event_id::text) END FROM e;
WITH r AS (INSERT INTO bench_plpgsql.rate_counter AS rc VALUES ('verify:' || ':ch', date_trunc('minute', now()), 1)
           ON CONFLICT (subject, window_start) DO UPDATE SET hits = rc.hits + 1 RETURNING hits),
     v AS (UPDATE bench_plpgsql.challenge
              SET attempts = attempts + 1,
                  state = CASE WHEN code = ':c' THEN 'verified' ELSE state END,
                  code = CASE WHEN code = ':c' THEN NULL ELSE code END
            WHERE challenge_id = ':ch' AND state = 'pending' AND expires_at > now() AND (SELECT hits FROM r) > 0
           RETURNING challenge_id, state),
     e AS (INSERT INTO bench_plpgsql.event (event, policy, channel, masked_identifier, challenge_id, detail)
           SELECT CASE WHEN state = 'verified' THEN 'verified' ELSE 'wrong_code' END, 'bench', 'email',
                  'u***@bench.example', challenge_id, '{"attempts": 1}' FROM v
           RETURNING event_id)
SELECT CASE WHEN :notify = 1 THEN pg_notify('otp_event_plain', event_id::text) END FROM e;
