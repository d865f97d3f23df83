-- otp_pg housekeeping: recording the attempts that rollbacks took back, purging what has expired,
-- and rotating the server key.

-- Records in their rows the attempts that rollbacks took back, of every subject of this database
-- waiting on the ledger (otp_purge runs this first). Returns the number of subjects recorded.
-- It never waits: a subject whose row a check holds (the check records them itself), or whose
-- failure-count row another transaction is inserting, stays for the next run; an application
-- role can't stall or fail a purge by holding one. A challenge it can't see is dropped from the
-- ledger only once every transaction running began after its first attempt was noted (none in
-- this database prepared): until then it may be one made by a transaction still running.
CREATE FUNCTION otp_private.record_attempts_taken_back() RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET lock_timeout = '10ms'
AS $$
#variable_conflict use_variable
DECLARE
    waiting record;
    key text;
    id uuid;
    device otp_private.device;
    recorded integer := 0;
    oldest_start timestamptz;
BEGIN
    PERFORM pg_stat_clear_snapshot();  -- the activity of now, not of this transaction's start
    SELECT min(a.xact_start) INTO oldest_start
      FROM pg_stat_activity a
     WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL
       AND a.backend_type <> 'autovacuum worker';
    IF EXISTS (SELECT FROM pg_prepared_xacts x WHERE x.database = current_database()) THEN
        oldest_start := '-infinity';
    END IF;
    FOR waiting IN SELECT * FROM otp_private.subjects_taken_back(2147483647) LOOP
        BEGIN  -- a wait for a row another transaction holds ends at lock_timeout: the subject stays
            IF starts_with(waiting.subject, 'factor ') THEN
                key := substr(waiting.subject, 8);
                PERFORM FROM otp_private.factor_failure f WHERE f.key = key FOR UPDATE SKIP LOCKED;
                IF NOT FOUND THEN  -- no row yet, or a held one
                    INSERT INTO otp_private.factor_failure AS f (key, failures, window_start) VALUES (key, 0, now())
                    ON CONFLICT ON CONSTRAINT factor_failure_pkey DO NOTHING;
                    PERFORM FROM otp_private.factor_failure f WHERE f.key = key FOR UPDATE SKIP LOCKED;
                    CONTINUE WHEN NOT FOUND;
                END IF;
                PERFORM otp_private.record_factor_failures(key, otp_private.record_taken_back(waiting.subject));
            ELSIF starts_with(waiting.subject, 'challenge ') THEN
                id := substr(waiting.subject, 11)::uuid;
                PERFORM FROM otp_private.challenge c WHERE c.challenge_id = id FOR UPDATE SKIP LOCKED;
                IF FOUND THEN
                    PERFORM otp_private.record_challenge_attempts(id, otp_private.record_taken_back(waiting.subject));
                ELSIF NOT EXISTS (SELECT FROM otp_private.challenge c WHERE c.challenge_id = id)
                      AND coalesce(oldest_start > waiting.noted_at, true) THEN
                    PERFORM otp_private.record_taken_back(waiting.subject);  -- gone: nothing left to guess
                ELSE
                    CONTINUE;
                END IF;
            ELSIF starts_with(waiting.subject, 'device ') THEN
                id := substr(waiting.subject, 8)::uuid;
                SELECT * INTO device FROM otp_private.device v WHERE v.device_id = id FOR UPDATE SKIP LOCKED;
                IF FOUND THEN
                    PERFORM otp_private.revoke_replayed_device(device, otp_private.record_taken_back(waiting.subject));
                ELSIF NOT EXISTS (SELECT FROM otp_private.device v WHERE v.device_id = id) THEN
                    PERFORM otp_private.record_taken_back(waiting.subject);  -- gone: nothing left to revoke
                ELSE
                    CONTINUE;
                END IF;
            ELSE
                CONTINUE;
            END IF;
        EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
            CONTINUE;
        END;
        recorded := recorded + 1;
    END LOOP;
    RETURN recorded;
END
$$;

-- Records the refusals waiting in shared memory and trips the circuit breakers that the latest
-- sends call for (sql/send_guard.sql); then removes challenges past their retention (with their
-- delivery requests), rate counters, client spreads and factor failure counts that no longer
-- count, trusted devices that expired or were revoked 30 days ago, events older than
-- otp_pg.event_retention_days, signing keys that verify nothing any more, and retired server keys
-- nothing refers to.
-- Returns the number of rows removed.
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
    removed_keys bigint;
    spreads bigint;
    devices bigint;
    events bigint := 0;
    retention_days integer := (SELECT s.retention_days FROM otp_private.event_settings() s);
    oldest_start timestamptz;
    current otp_private.server_key;
BEGIN
    -- Attempts that rollbacks took back, recorded in their rows before anything is removed.
    PERFORM otp_private.record_attempts_taken_back();
    PERFORM otp_private.record_refusals();
    PERFORM otp_private.trip_circuits();
    -- Every row purge removes or changes may be one that a login or a sender holds: one held by
    -- an open transaction is skipped, not waited for (purged next time), so that nobody can stall
    -- purging, and the logins queued behind a waiting purge, by holding one. A challenge goes
    -- once its deliveries have gone.
    DELETE FROM otp_private.delivery d
     WHERE d.ctid IN (SELECT q.ctid FROM otp_private.delivery q
                        JOIN otp_private.challenge c ON c.challenge_id = q.challenge_id
                       WHERE c.purge_after <= now()
                         FOR UPDATE OF q SKIP LOCKED);
    GET DIAGNOSTICS deliveries = ROW_COUNT;
    DELETE FROM otp_private.challenge c
     WHERE c.ctid IN (SELECT q.ctid FROM otp_private.challenge q
                       WHERE q.purge_after <= now()
                         AND NOT EXISTS (SELECT FROM otp_private.delivery d WHERE d.challenge_id = q.challenge_id)
                         FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS challenges = ROW_COUNT;
    DELETE FROM otp_private.rate_counter r
     WHERE r.ctid IN (SELECT q.ctid FROM otp_private.rate_counter q
                       WHERE q.window_start + make_interval(secs => 2 * q.window_seconds) <= now()
                         FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS counters = ROW_COUNT;
    -- Failure counts whose window has passed, of keys not locked out: they count nothing.
    DELETE FROM otp_private.factor_failure f
     WHERE f.key IN (SELECT q.key FROM otp_private.factor_failure q
                      WHERE q.window_start + make_interval(secs => (SELECT s.window_seconds FROM otp_private.factor_lockout_settings() s)) <= now()
                        AND (q.locked_until IS NULL OR q.locked_until <= now())
                        FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS failures = ROW_COUNT;
    DELETE FROM otp_private.client_spread s
     WHERE s.ctid IN (SELECT q.ctid FROM otp_private.client_spread q
                       WHERE q.last_seen + make_interval(secs => coalesce(
                                 (otp_private.find_policy(q.policy)).limit_window_seconds, 0)) <= now()
                         FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS spreads = ROW_COUNT;
    -- An expired device is of no more use. A revoked one holds no digest; it stays a month so
    -- that a check with one of its tokens is told apart (reason `revoked`) from a made-up token.
    DELETE FROM otp_private.device v
     WHERE v.ctid IN (SELECT q.ctid FROM otp_private.device q
                       WHERE q.expires_at <= now() OR q.revoked_at <= now() - interval '30 days'
                         FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS devices = ROW_COUNT;
    IF retention_days > 0 THEN
        DELETE FROM otp_private.event e WHERE e.occurred_at < now() - make_interval(days => retention_days);
        GET DIAGNOSTICS events = ROW_COUNT;
    END IF;

    -- Signing keys whose last tokens have expired verify nothing any more.
    DELETE FROM otp_private.signing_key s WHERE s.verify_until <= now();
    GET DIAGNOSTICS keys = ROW_COUNT;

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
             WHERE f.ctid IN (SELECT q.ctid FROM otp_private.totp_factor q
                                JOIN otp_private.server_key k ON k.key_id = q.server_key_id
                               WHERE k.seen_retired_at < oldest_start
                                 FOR UPDATE OF q SKIP LOCKED);
            UPDATE otp_private.test_identifier t
               SET sealed_code = otp_private.reseal_test_code(t, current), server_key_id = current.key_id
             WHERE t.ctid IN (SELECT q.ctid FROM otp_private.test_identifier q
                                JOIN otp_private.server_key k ON k.key_id = q.server_key_id
                               WHERE k.seen_retired_at < oldest_start
                                 FOR UPDATE OF q SKIP LOCKED);
            UPDATE otp_private.signing_key s
               SET sealed_secret = otp_private.reseal_signing_secret(s, current), server_key_id = current.key_id
             WHERE s.ctid IN (SELECT q.ctid FROM otp_private.signing_key q
                                JOIN otp_private.server_key k ON k.key_id = q.server_key_id
                               WHERE k.seen_retired_at < oldest_start
                                 FOR UPDATE OF q SKIP LOCKED);
            DELETE FROM otp_private.server_key k
             WHERE k.seen_retired_at < oldest_start
               AND NOT EXISTS (SELECT FROM otp_private.challenge c WHERE c.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.delivery d WHERE d.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.totp_factor f WHERE f.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.recovery_code r WHERE r.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.test_identifier t WHERE t.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.signing_key s WHERE s.server_key_id = k.key_id)
               AND NOT EXISTS (SELECT FROM otp_private.device v WHERE v.server_key_id = k.key_id);
            GET DIAGNOSTICS removed_keys = ROW_COUNT;
            keys := keys + removed_keys;
        END IF;
    END IF;
    RETURN deliveries + challenges + counters + failures + spreads + devices + events + keys;
END
$$;

-- A test identifier's fixed code sealed under `server_key` (from the key it is sealed under now).
CREATE FUNCTION otp_private.reseal_test_code(registered otp_private.test_identifier, server_key otp_private.server_key)
RETURNS bytea
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.seal_test_code(server_key.secret, registered.policy, registered.channel::text, registered.identifier,
        (SELECT otp_private.open_test_code(k.secret, registered.policy, registered.channel::text, registered.identifier,
                                           registered.sealed_code)
           FROM otp_private.server_key k WHERE k.key_id = registered.server_key_id));
END
$$;

-- A signing key's secret sealed under `server_key` (from the key it is sealed under now).
CREATE FUNCTION otp_private.reseal_signing_secret(signer otp_private.signing_key, server_key otp_private.server_key)
RETURNS bytea
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (SELECT otp_private.reseal_signing_key(k.secret, server_key.secret, signer.kid, signer.algorithm,
                                                  signer.sealed_secret)
              FROM otp_private.server_key k WHERE k.key_id = signer.server_key_id);
END
$$;

-- Starts using a new server key and re-seals the authenticator secrets, signing keys and test
-- codes under it. Codes already sent, recovery codes and trusted devices' tokens keep working under
-- the key they were made with (a digest can't be made again without what it digests; a device's
-- next token, at its next check, is digested under the new key); otp_purge removes that key once
-- nothing refers to it. Returns the new key's id.
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
    VALUES ((SELECT coalesce(max(k.key_id), 0) + 1 FROM otp_private.server_key k), otp_private.new_stored_server_key())
    RETURNING * INTO new_key;
    UPDATE otp_private.totp_factor f
       SET sealed_secret = otp_private.seal_factor_secret(new_key.secret, f.key, otp_private.factor_secret(f)),
           server_key_id = new_key.key_id;
    -- A test identifier's row may be held by a login in an open transaction (its use is counted
    -- there): such a row is left under the retired key, which otp_purge re-seals later, rather
    -- than waited for, so that no application role can hold up a rotation.
    UPDATE otp_private.test_identifier t
       SET sealed_code = otp_private.reseal_test_code(t, new_key), server_key_id = new_key.key_id
     WHERE t.ctid IN (SELECT q.ctid FROM otp_private.test_identifier q FOR UPDATE SKIP LOCKED);
    UPDATE otp_private.signing_key s
       SET sealed_secret = otp_private.reseal_signing_secret(s, new_key), server_key_id = new_key.key_id;
    PERFORM otp_private.record_event('server_key_rotated', detail => jsonb_build_object('key_id', new_key.key_id));
    RETURN new_key.key_id;
END
$$;

-- Stores every server key wrapped under the current root key (otp_pg.root_key_file): the keys
-- made before a root key was set, and, while the root key is replaced, those wrapped under the
-- previous one (otp_pg.previous_root_key_file). The sealed values are untouched: they are sealed
-- under the server keys, which do not change. Returns the number of keys re-stored.
CREATE FUNCTION @extschema@.otp_wrap_server_keys() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    wrapped integer;
BEGIN
    LOCK TABLE otp_private.server_key IN SHARE ROW EXCLUSIVE MODE;  -- no rotation meanwhile
    UPDATE otp_private.server_key k SET secret = otp_private.rewrap_server_key(k.secret);
    GET DIAGNOSTICS wrapped = ROW_COUNT;
    PERFORM otp_private.record_event('server_keys_wrapped', detail => jsonb_build_object('keys', wrapped));
    RETURN wrapped;
END
$$;
