-- Policies and housekeeping: otp_set_policy, otp_policies, otp_purge, otp_rotate_server_key, and
-- the error each bad argument gives (every setting at both ends of its range).
-- After each failing statement, \echo :LAST_ERROR_SQLSTATE prints its SQLSTATE.
\set SHOW_CONTEXT never
\set VERBOSITY default
CREATE EXTENSION otp_pg;

-- The built-in default policy
SELECT * FROM otp_policies();

-- A new policy takes the default's settings for those not given
SELECT * FROM otp_set_policy('login.sms', code_length => 8, ttl_seconds => 120);

-- Changing a policy: a NULL setting keeps the current value
SELECT * FROM otp_set_policy('login.sms', max_attempts => 2);

-- Every setting at the ends of its range; names of letters, digits and _ . : -
SELECT * FROM otp_set_policy('x_Low.1:a-b', 4, 1, 1, 0, 0, 0, 1, 1, 1);
SELECT * FROM otp_set_policy(repeat('h', 63), 10, 604800, 100, 100, 86400, 31536000, 1000000, 1000000, 604800);

-- otp_policies: every policy, ordered by name
SELECT name, code_length, ttl_seconds FROM otp_policies();

-- otp_purge with nothing to purge; otp_rotate_server_key makes a new key each time
SELECT otp_purge() AS purged;
SELECT otp_rotate_server_key() AS first_key \gset
SELECT otp_rotate_server_key() > :first_key AS newer_key;

-- Errors

-- name: NULL, empty, over 63 characters, a character outside letters, digits and _ . : -
SELECT otp_set_policy(NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy(repeat('h', 64));
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('bad name!');
\echo :LAST_ERROR_SQLSTATE

-- code_length outside 4-10
SELECT otp_set_policy('p', code_length => 3);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', code_length => 11);
\echo :LAST_ERROR_SQLSTATE

-- ttl_seconds outside 1-604800
SELECT otp_set_policy('p', ttl_seconds => 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', ttl_seconds => 604801);
\echo :LAST_ERROR_SQLSTATE

-- max_attempts outside 1-100
SELECT otp_set_policy('p', max_attempts => 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', max_attempts => 101);
\echo :LAST_ERROR_SQLSTATE

-- max_resends outside 0-100
SELECT otp_set_policy('p', max_resends => -1);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', max_resends => 101);
\echo :LAST_ERROR_SQLSTATE

-- resend_cooldown_seconds outside 0-86400
SELECT otp_set_policy('p', resend_cooldown_seconds => -1);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', resend_cooldown_seconds => 86401);
\echo :LAST_ERROR_SQLSTATE

-- retention_seconds outside 0-31536000
SELECT otp_set_policy('p', retention_seconds => -1);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', retention_seconds => 31536001);
\echo :LAST_ERROR_SQLSTATE

-- identifier_limit outside 1-1000000
SELECT otp_set_policy('p', identifier_limit => 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', identifier_limit => 1000001);
\echo :LAST_ERROR_SQLSTATE

-- client_limit outside 1-1000000
SELECT otp_set_policy('p', client_limit => 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', client_limit => 1000001);
\echo :LAST_ERROR_SQLSTATE

-- limit_window_seconds outside 1-604800
SELECT otp_set_policy('p', limit_window_seconds => 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_set_policy('p', limit_window_seconds => 604801);
\echo :LAST_ERROR_SQLSTATE

-- A refused change leaves the policy as it was, and creates none
SELECT otp_set_policy('login.sms', max_attempts => 0);
\echo :LAST_ERROR_SQLSTATE
SELECT name, max_attempts FROM otp_policies() WHERE name IN ('login.sms', 'p');
