-- Authenticator factors and recovery codes: enrolment, confirmation, checks (replay, skew),
-- recovery codes, status, disable, the lock-out, and the error each bad argument gives.
-- After each failing statement, \echo :LAST_ERROR_SQLSTATE prints its SQLSTATE. Secrets and codes
-- are random: they are kept in psql variables and never printed. A TOTP check compares against
-- now(), the start of the statement's transaction, so a code computed for now() + N steps in the
-- same statement is exactly N steps ahead.
\set SHOW_CONTEXT never
\set VERBOSITY default
CREATE EXTENSION otp_pg;

-- Room for the failures below before the lock-out; its own section lowers it
SET otp_pg.factor_max_failures = 50;

-- otp_totp_enroll: a 20-byte secret (32 base32 characters) and its URI
CREATE TEMP TABLE enrolment AS
    SELECT * FROM otp_totp_enroll('user-1', 'alice@example.com', 'Example Co');
SELECT length(secret) AS secret_length, replace(uri, secret, '<secret>') AS uri FROM enrolment;
SELECT secret FROM enrolment \gset

-- The account defaults to the key; digits, period and algorithm appear when not the defaults
SELECT replace(uri, secret, '<secret>') AS uri FROM otp_totp_enroll('user-3', digits => 8, period => 60, algorithm => 'SHA256');

-- A pending factor: status, and checks fail until it is confirmed
SELECT * FROM otp_factor_status('user-1');
SELECT otp_totp_check('user-1', otp_totp(:'secret')) AS check_while_pending;

-- otp_totp_confirm: a wrong code is false, the right one activates the factor
SELECT otp_totp(:'secret') AS confirm_code \gset
SELECT otp_totp_confirm('user-1', translate(:'confirm_code', '0123456789', '1234567890')) AS wrong;
SELECT otp_totp_confirm('user-1', :'confirm_code') AS confirmed;
SELECT state, confirmed_at IS NOT NULL AS has_confirmed_at, recovery_codes_remaining, locked_until
  FROM otp_factor_status('user-1');

-- Confirming again: there is no pending factor
SELECT otp_totp_confirm('user-1', :'confirm_code') AS confirm_again;

-- Enrolling over an active factor is refused
SELECT otp_totp_enroll('user-1');
\echo :LAST_ERROR_SQLSTATE

-- otp_totp_check: the confirmation's code can't log in (its step was used)
SELECT otp_totp_check('user-1', :'confirm_code') AS confirm_code_again;

-- The next step's code passes once; a replay is false
SELECT otp_totp(:'secret', now() + interval '30 seconds') AS next_code \gset
SELECT otp_totp_check('user-1', :'next_code') AS next_step;
SELECT otp_totp_check('user-1', :'next_code') AS replayed;

-- A wrong code (the digits of the next step's code shifted by one) and a malformed one are false
SELECT otp_totp_check('user-1', translate(otp_totp(:'secret', now() + interval '30 seconds'), '0123456789', '1234567890')) AS wrong,
       otp_totp_check('user-1', '12345') AS malformed;

-- skew: a code 3 steps ahead fails with skew 0; one 2 steps ahead passes with skew 2
SELECT otp_totp_check('user-1', otp_totp(:'secret', now() + interval '90 seconds'), 0) AS ahead_3_skew_0,
       otp_totp_check('user-1', otp_totp(:'secret', now() + interval '60 seconds'), 2) AS ahead_2_skew_2;

-- otp_recovery_codes_generate: count codes xxxxx-xxxxx in lower-case Crockford base32, returned only now
CREATE TEMP TABLE recovery AS SELECT code, row_number() OVER () AS n FROM otp_recovery_codes_generate('user-1', 40) AS code;
SELECT count(*) AS codes, bool_and(code ~ '^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$') AS well_formed FROM recovery;
SELECT otp_recovery_codes_remaining('user-1') AS remaining;
SELECT code AS recovery_1 FROM recovery WHERE n = 1 \gset
-- (one with a 0 or a 1: 40 codes without one are as likely as 1 in 10^11)
SELECT code AS recovery_2 FROM recovery WHERE n > 1 AND code ~ '[01]' LIMIT 1 \gset

-- otp_recovery_code_use: once per code; case, spaces and dashes ignored, O and L read as 0 and 1
SELECT otp_recovery_code_use('user-1', upper(replace(:'recovery_1', '-', ' '))) AS upper_case_spaced;
SELECT otp_recovery_code_use('user-1', :'recovery_1') AS used_again;
SELECT otp_recovery_code_use('user-1', translate(:'recovery_2', '01', 'OL')) AS o_and_l;
SELECT otp_recovery_codes_remaining('user-1') AS remaining;
SELECT state, recovery_codes_remaining FROM otp_factor_status('user-1');

-- otp_totp_disable: the factor and its recovery codes go; a second call is false
SELECT otp_totp_disable('user-1') AS disabled;
SELECT otp_totp_disable('user-1') AS disabled_again;
SELECT * FROM otp_factor_status('user-1');

-- A key with nothing: every check is false, no codes, state none
SELECT otp_totp_confirm('nobody', '123456') AS confirm, otp_totp_check('nobody', '123456') AS check,
       otp_recovery_code_use('nobody', 'AAAAA-AAAAA') AS recovery, otp_recovery_codes_remaining('nobody') AS remaining;
SELECT * FROM otp_factor_status('nobody');

-- Recovery codes work without a factor
CREATE TEMP TABLE recovery_2 AS SELECT code FROM otp_recovery_codes_generate('user-2', 1) AS code;
SELECT code AS user_2_code FROM recovery_2 \gset
SELECT state, recovery_codes_remaining FROM otp_factor_status('user-2');

-- The lock-out: after factor_max_failures (3 here) failures the key is locked, and then even a
-- right code is false
SET otp_pg.factor_max_failures = 3;
SELECT n, otp_recovery_code_use('user-2', 'AAAAA-AAAA' || n) AS used FROM generate_series(1, 3) AS n;
SELECT state, locked_until > now() AS locked, recovery_codes_remaining FROM otp_factor_status('user-2');
SELECT otp_recovery_code_use('user-2', :'user_2_code') AS right_code_while_locked;
SELECT otp_recovery_codes_remaining('user-2') AS remaining;
RESET otp_pg.factor_max_failures;

-- The checking functions refuse to run inside a transaction block (25001), with a HINT...
BEGIN;
SELECT otp_totp_check('user-3', '123456');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK;
BEGIN;
SELECT otp_recovery_code_use('user-3', 'AAAAA-AAAAA');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK;

-- ...unless a superuser turns otp_pg.require_autocommit off (false: user-3's codes have 8 digits)
SET otp_pg.require_autocommit = off;
BEGIN;
SELECT otp_totp_confirm('user-3', '123456') AS confirm_in_block;
ROLLBACK;
RESET otp_pg.require_autocommit;

-- Errors

-- key: NULL, empty, over 256 characters where a factor or codes are created
SELECT otp_totp_enroll(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll('');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll(repeat('k', 257));
\echo :LAST_ERROR_SQLSTATE
SELECT otp_recovery_codes_generate('');
\echo :LAST_ERROR_SQLSTATE

-- otp_totp_enroll: NULL and bad digits, period, algorithm; bad account and issuer
SELECT otp_totp_enroll('k', digits => NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll('k', period => NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll('k', algorithm => NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll('k', digits => 5);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll('k', period => 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll('k', algorithm => 'md5');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll('k', account => '');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_enroll('k', issuer => 'a:b');
\echo :LAST_ERROR_SQLSTATE

-- otp_totp_confirm, otp_totp_check: NULL key, code, skew; skew outside 0-10
SELECT otp_totp_confirm(NULL, '123456');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_confirm('k', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_check(NULL, '123456');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_check('k', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_check('k', '123456', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_check('k', '123456', 11);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_check('k', '123456', -1);
\echo :LAST_ERROR_SQLSTATE

-- otp_totp_disable, otp_factor_status: a NULL key
SELECT otp_totp_disable(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_factor_status(NULL);
\echo :LAST_ERROR_SQLSTATE

-- Recovery codes: NULL key or count, count outside 1-100, NULL code; remaining is STRICT
SELECT otp_recovery_codes_generate(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_recovery_codes_generate('k', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_recovery_codes_generate('k', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_recovery_codes_generate('k', 101);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_recovery_code_use(NULL, 'AAAAA-AAAAA');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_recovery_code_use('k', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_recovery_codes_remaining(NULL) IS NULL AS remaining_of_null;
