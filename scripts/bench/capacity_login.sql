-- Capacity (section 7 of run.py): a user takes a code the separate sender put in the inbox (an
-- unlogged table: taking a message from it writes no WAL) and types it, then another user asks for
-- a code. When the inbox is empty, nobody types this time.
\set n random(1, 2000000000)
WITH message AS (
    DELETE FROM bench_plpgsql.inbox
     WHERE challenge_id = (SELECT challenge_id FROM bench_plpgsql.inbox WHERE identifier LIKE 'u%'
                           LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING challenge_id, code
)
SELECT count(*) AS got, coalesce(max(challenge_id::text), '00000000-0000-0000-0000-000000000000') AS ch,
       coalesce(max(code), '0') AS c FROM message \gset
\if :got
SELECT status FROM otp_verify(':ch', ':c');
\endif
SELECT challenge_id FROM otp_initiate('u' || :n || '@bench.example', 'email', '{}', 'bench');
