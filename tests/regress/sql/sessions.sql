-- Challenge sessions and delivery: otp_initiate, the sender's claim/ack/fail/release, otp_verify's
-- statuses, otp_resend, the rate limits, and the error each bad argument gives.
-- After each failing statement, \echo :LAST_ERROR_SQLSTATE prints its SQLSTATE. Codes are random:
-- they are read from the claimed deliveries into psql variables and never printed.
\set SHOW_CONTEXT never
\set VERBOSITY default
CREATE EXTENSION otp_pg;

-- A rate-limit refusal says in how many seconds to retry, which depends on where the clock is in
-- the limit's window: this shows such an error (SQLSTATE, message, DETAIL) with each number as N.
CREATE FUNCTION pg_temp.refusal(query text) RETURNS TABLE (state text, message text, detail text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
    RAISE EXCEPTION 'no error from %', query;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
    RETURN QUERY SELECT state, regexp_replace(message, '[0-9]+', 'N', 'g'), regexp_replace(detail, '[0-9]+', 'N', 'g');
END
$$;

-- A policy for these tests: 8-digit codes, 3 attempts, 1 resend without a cooldown
SELECT * FROM otp_set_policy('regress', code_length => 8, max_attempts => 3, max_resends => 1,
                             resend_cooldown_seconds => 0);

-- otp_initiate: the identifier normalised and masked, the policy's lifetime, a resend possible at once
BEGIN;
CREATE TEMP TABLE alice AS
    SELECT * FROM otp_initiate('  Alice@Example.COM', 'email', '{"next": "/home"}', 'regress');
SELECT ttl_seconds, masked_identifier,
       extract(epoch FROM expires_at - now())::int AS expires_in,
       extract(epoch FROM resend_available_at - now())::int AS resend_in
  FROM alice;
COMMIT;
SELECT challenge_id AS alice FROM alice \gset

-- The sender claims the request: the code in plain text (8 digits here), the payload
CREATE TEMP TABLE claimed AS SELECT * FROM otp_claim_deliveries();
SELECT challenge_id = :'alice' AS for_alice, channel, identifier, code ~ '^[0-9]{8}$' AS code_8_digits, payload
  FROM claimed;
SELECT delivery_id AS alice_delivery, code AS alice_code FROM claimed \gset

-- A claimed request is leased: a second claim returns nothing
SELECT count(*) AS claimed_again FROM otp_claim_deliveries();

-- otp_ack_delivery: true once, then false; unknown ids are false for ack, fail and release
SELECT otp_ack_delivery(:alice_delivery) AS acked;
SELECT otp_ack_delivery(:alice_delivery) AS acked_again;
SELECT otp_ack_delivery(999999) AS ack, otp_fail_delivery(999999, 'x') AS fail,
       otp_release_delivery(999999) AS release;

-- otp_verify: a wrong code, then a malformed one, count as attempts
SELECT * FROM otp_verify(:'alice', translate(:'alice_code', '0123456789', '1234567890'));
SELECT * FROM otp_verify(:'alice', 'not a code');

-- The right code: success, with the normalised identifier, the channel and the payload
SELECT * FROM otp_verify(:'alice', :'alice_code');

-- A used challenge is not found
SELECT * FROM otp_verify(:'alice', :'alice_code');

-- An unknown challenge is not found; otp_resend refuses it with OT404
SELECT * FROM otp_verify('00000000-0000-0000-0000-000000000000', '12345678');
SELECT otp_resend('00000000-0000-0000-0000-000000000000');
\echo :LAST_ERROR_SQLSTATE

-- otp_resend of a used challenge
SELECT otp_resend(:'alice');
\echo :LAST_ERROR_SQLSTATE

-- max_attempts (3) wrong codes lock the challenge: the right code is refused too
SELECT challenge_id AS bob FROM otp_initiate('bob@example.com', 'email', '{}', 'regress') \gset
SELECT code AS bob_code FROM otp_claim_deliveries() \gset
SELECT n, v.status, v.remaining_attempts
  FROM generate_series(1, 3) AS n,
       otp_verify(:'bob', translate(:'bob_code', '0123456789', '1234567890') || left(n::text, 0)) AS v;
SELECT * FROM otp_verify(:'bob', :'bob_code');
SELECT otp_resend(:'bob');
\echo :LAST_ERROR_SQLSTATE

-- otp_resend: a new code, the old one stops working, the attempts carry over; no resend is left
-- (max_resends 1), so resend_available_at is NULL
SELECT challenge_id AS carol FROM otp_initiate('+46 70 123 45 67', 'sms', '{}', 'regress') \gset
SELECT code AS carol_old FROM otp_claim_deliveries() \gset
SELECT ttl_seconds, masked_identifier, resend_available_at IS NULL AS no_resend_left
  FROM otp_resend(:'carol');
SELECT code AS carol_new FROM otp_claim_deliveries() \gset
SELECT * FROM otp_verify(:'carol', :'carol_old');

-- A second resend is over max_resends
SELECT otp_resend(:'carol');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM otp_verify(:'carol', :'carol_new');

-- A resend before the sender claimed the first request supersedes it: only the new one is claimed
SELECT challenge_id AS dave FROM otp_initiate('dave@example.com', 'email', '{}', 'regress') \gset
SELECT ttl_seconds FROM otp_resend(:'dave');
SELECT count(*) AS requests, bool_and(challenge_id = :'dave') AS for_dave FROM otp_claim_deliveries();

-- The resend cooldown: refused with OT429 and the wait in DETAIL (one transaction, so now() stands still)
SELECT name, resend_cooldown_seconds FROM otp_set_policy('cooldown', resend_cooldown_seconds => 60);
BEGIN;
SELECT challenge_id AS erin FROM otp_initiate('erin@example.com', 'email', '{}', 'cooldown') \gset
SELECT otp_resend(:'erin');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK;

-- An expired challenge (ttl_seconds 1): otp_verify says expired, otp_resend refuses it
SELECT name, ttl_seconds FROM otp_set_policy('brief', ttl_seconds => 1);
SELECT challenge_id AS frank FROM otp_initiate('frank@example.com', 'email', '{}', 'brief') \gset
SELECT code AS frank_code FROM otp_claim_deliveries() \gset
DO $$ BEGIN PERFORM pg_sleep(1.5); END $$;
SELECT * FROM otp_verify(:'frank', :'frank_code');
SELECT otp_resend(:'frank');
\echo :LAST_ERROR_SQLSTATE

-- The sender hands a request back (release), it is claimable at once; a failed try is retried later
SELECT challenge_id AS grace FROM otp_initiate('grace@example.com', 'email', '{}', 'regress') \gset
SELECT delivery_id AS grace_delivery FROM otp_claim_deliveries() \gset
SELECT otp_release_delivery(:grace_delivery) AS released;
SELECT count(*) AS claimable_again FROM otp_claim_deliveries();
SELECT otp_fail_delivery(:grace_delivery, 'mailbox unavailable') AS will_retry;
SELECT count(*) AS claimable_at_once FROM otp_claim_deliveries();
SELECT otp_release_delivery(:grace_delivery) AS released_without_lease;

-- Send limits (OT429): per identifier, per identifier and client address, per client address
SELECT name, identifier_limit FROM otp_set_policy('tight', identifier_limit => 1);
SELECT ttl_seconds FROM otp_initiate('heidi@example.com', 'email', '{}', 'tight');
SELECT * FROM pg_temp.refusal($$SELECT otp_initiate('heidi@example.com', 'email', '{}', 'tight')$$);
SELECT name, max_resends FROM otp_set_policy('pair', max_resends => 0);
SELECT ttl_seconds FROM otp_initiate('ivan@example.com', 'email', '{}', 'pair', '203.0.113.9');
SELECT * FROM pg_temp.refusal($$SELECT otp_initiate('ivan@example.com', 'email', '{}', 'pair', '203.0.113.9')$$);
SELECT name, client_limit FROM otp_set_policy('client', client_limit => 1);
SELECT ttl_seconds FROM otp_initiate('judy@example.com', 'email', '{}', 'client', '203.0.113.10');
SELECT * FROM pg_temp.refusal($$SELECT otp_initiate('ken@example.com', 'email', '{}', 'client', '203.0.113.10')$$);

-- Verification limit: unknown ids count against the client limit of the default policy
-- (client_limit 1 x max_attempts 5 verifications): the sixth is rate_limited
SELECT name, client_limit, max_attempts FROM otp_set_policy('default', client_limit => 1);
SELECT n, (otp_verify('00000000-0000-0000-0000-000000000000', '12345' || n, '198.51.100.7')).status
  FROM generate_series(1, 6) AS n;

-- otp_verify refuses to run inside a transaction block (25001), with a HINT
BEGIN;
SELECT * FROM otp_verify('00000000-0000-0000-0000-000000000000', '123456');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK;

-- Errors

-- otp_initiate: NULL arguments
SELECT otp_initiate(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('a@example.com', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('a@example.com', 'email', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('a@example.com', 'email', '{}', NULL);
\echo :LAST_ERROR_SQLSTATE

-- otp_initiate: channel, identifiers that do not qualify (also a megabyte long)
SELECT otp_initiate('a@example.com', 'pigeon');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('not-an-email');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('a@b');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate(repeat('a', 1000000) || '@example.com');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('12ab', 'sms');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate(repeat('1', 1000000), 'sms');
\echo :LAST_ERROR_SQLSTATE

-- otp_initiate: an unknown policy (HINT), a payload that is not an object or is too big
SELECT otp_initiate('a@example.com', 'email', '{}', 'no-such-policy');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('a@example.com', 'email', '[1, 2]');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('a@example.com', payload => '3');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_initiate('a@example.com', 'email', jsonb_build_object('x', repeat('y', 9000)));
\echo :LAST_ERROR_SQLSTATE

-- otp_verify, otp_resend: NULL arguments, a challenge_id that is not a uuid
SELECT otp_verify(NULL, '123456');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_verify('00000000-0000-0000-0000-000000000000', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_verify('not-a-uuid', '123456');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_resend(NULL);
\echo :LAST_ERROR_SQLSTATE

-- otp_claim_deliveries: max_count outside 1-1000, lease_seconds outside 1-3600, NULLs
SELECT otp_claim_deliveries(0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_claim_deliveries(1001);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_claim_deliveries(10, 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_claim_deliveries(10, 3601);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_claim_deliveries(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_claim_deliveries(10, NULL);
\echo :LAST_ERROR_SQLSTATE

-- otp_ack_delivery, otp_fail_delivery, otp_release_delivery: a NULL delivery_id
SELECT otp_ack_delivery(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_fail_delivery(NULL, 'x');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_release_delivery(NULL);
\echo :LAST_ERROR_SQLSTATE
