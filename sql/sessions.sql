-- otp_pg challenge sessions: initiate, verify (by code or by magic link), resend.
--
-- The hot functions SET enable_seqscan = off: these tables churn, and right after a purge they
-- are analysed as empty; a plan made then (and kept by PL/pgSQL) would scan the whole table on
-- every key lookup as it grows again. Every lookup here has an index. Errors: OT429 for too many
-- requests (message says when to retry), OT404 / OT409 for a challenge that can't be resent, and
-- from the send guard OT403 (refused country) and OT503 (circuit open). Every call records one
-- event (sql/events.sql).

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

-- Checks what otp_initiate binds a challenge to: a transaction (any JSON value but null, at most
-- 4096 bytes as text) and a link binding (1 to 512 characters, only with a link).
CREATE FUNCTION otp_private.check_binding(transaction jsonb, link boolean, link_binding text) RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF jsonb_typeof(transaction) = 'null' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'transaction must describe what the code approves (got JSON null)',
            HINT = 'Leave transaction out (SQL NULL) for a code that approves no transaction.';
    END IF;
    IF octet_length(transaction::text) > 4096 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'transaction must be at most 4096 bytes as JSON text';
    END IF;
    IF link_binding IS NOT NULL THEN
        IF NOT link THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'link_binding is given but link is false',
                HINT = 'Pass link => true to send a link that only this binding can use.';
        END IF;
        IF length(link_binding) NOT BETWEEN 1 AND 512 THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = format('link_binding must be 1 to 512 characters (got %s)', length(link_binding));
        END IF;
    END IF;
END
$$;

-- What a bound challenge keeps of its transaction to compare: the SHA-256 of the JSON as
-- PostgreSQL writes it (jsonb text is canonical: key order and spacing do not change it, a
-- number keeps its written scale, so 10.0 and 10 differ).
CREATE FUNCTION otp_private.transaction_digest(transaction jsonb) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN sha256(convert_to(transaction::text, 'UTF8'));
END
$$;

CREATE FUNCTION @extschema@.otp_initiate(
    identifier  text,
    channel     text DEFAULT 'email',
    payload     jsonb DEFAULT '{}',
    policy      text DEFAULT 'default',
    client_addr inet DEFAULT NULL,
    transaction jsonb DEFAULT NULL,
    link        boolean DEFAULT false,
    link_binding text DEFAULT NULL
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
    server_key otp_private.server_key;
    new_id uuid := gen_random_uuid();
    code text;
    fixed_code text;
    link_token text;
    origin text[];
    guard otp_private.send_guard;
    created otp_private.challenge;
BEGIN
    -- Checks are plain IFs on the happy path: PL/pgSQL evaluates them without the executor.
    IF identifier IS NULL OR channel IS NULL OR payload IS NULL OR policy IS NULL OR link IS NULL THEN
        PERFORM otp_private.refuse_null('identifier', identifier IS NULL), otp_private.refuse_null('channel', channel IS NULL),
                otp_private.refuse_null('payload', payload IS NULL), otp_private.refuse_null('policy', policy IS NULL),
                otp_private.refuse_null('link', link IS NULL);
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
    IF transaction IS NOT NULL OR link_binding IS NOT NULL THEN
        PERFORM otp_private.check_binding(transaction, link, link_binding);
    END IF;
    PERFORM otp_private.check_token_payload(settings.name, payload);

    -- A test identifier's fixed code: nothing is sent, so the send guard does not apply.
    fixed_code := otp_private.test_code(settings.name, channel_name::otp_private.channel, normalized);
    IF channel_name = 'sms' THEN
        origin := otp_private.sms_origin(normalized);  -- {country, range}
    END IF;
    IF fixed_code IS NULL THEN
        guard := otp_private.find_send_guard(settings.name);
        IF guard.policy IS NOT NULL AND origin IS NOT NULL THEN
            PERFORM otp_private.admit_sms(settings, guard, normalized, origin[1], client_addr);
        END IF;
    END IF;
    PERFORM otp_private.limit_sends(settings, normalized, channel_name, client_addr, guard, origin[1], origin[2]);

    server_key := otp_private.current_key();
    code := coalesce(fixed_code, otp_private.new_code(settings.code_length));
    -- A test identifier's challenge sends nothing, so it has no link to send.
    IF link AND fixed_code IS NULL THEN
        link_token := otp_private.new_link_token(new_id);
    END IF;
    INSERT INTO otp_private.challenge AS c
        (challenge_id, policy, channel, identifier, payload, client_addr, country, test, server_key_id, code_digest,
         link_digest, link_binding, transaction, transaction_digest,
         code_length, delivery_id, max_attempts, max_resends, resend_cooldown_seconds, ttl_seconds, retention_seconds,
         created_at, sent_at, expires_at, purge_after)
    VALUES
        (new_id, settings.name, channel_name::otp_private.channel, normalized, payload, client_addr, origin[1],
         fixed_code IS NOT NULL, server_key.key_id, otp_private.code_digest(server_key.secret, new_id, code),
         otp_private.link_digest(server_key.secret, link_token),
         otp_private.link_binding_digest(new_id, link_binding),
         transaction, otp_private.transaction_digest(transaction),
         length(code),
         nextval('otp_private.delivery_delivery_id_seq'::regclass),  -- the outbox row queued below
         settings.max_attempts, settings.max_resends, settings.resend_cooldown_seconds, settings.ttl_seconds,
         settings.retention_seconds, now(), now(), now() + make_interval(secs => settings.ttl_seconds),
         now() + make_interval(secs => settings.ttl_seconds + settings.retention_seconds))
    RETURNING * INTO created;
    IF created.test THEN
        PERFORM otp_private.record_challenge_event('test_identifier_used', created, client_addr,
                                                   jsonb_build_object('ttl_seconds', created.ttl_seconds));
    ELSE
        PERFORM otp_private.queue_delivery(created, NULL, server_key, code, link_token);
        PERFORM otp_private.record_challenge_event('initiated', created, client_addr,
            jsonb_strip_nulls(jsonb_build_object('ttl_seconds', created.ttl_seconds,
                                                 'link', CASE WHEN link_token IS NOT NULL THEN true END,
                                                 'transaction', CASE WHEN transaction IS NOT NULL THEN true END)));
    END IF;
    RETURN otp_private.challenge_result(created);
END
$$;

-- Counts on a pending challenge the attempts at it that callers' rollbacks took back (see
-- src/attempt_ledger.rs); as many as its last attempt locks it. Recorded as an event.
CREATE FUNCTION otp_private.record_challenge_attempts(challenge_id uuid, taken_back integer) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    challenge otp_private.challenge;
BEGIN
    IF taken_back > 0 THEN
        UPDATE otp_private.challenge c
           SET attempts = least(c.max_attempts, c.attempts + taken_back),
               state = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN 'locked' ELSE c.state END,
               code_digest = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN NULL ELSE c.code_digest END,
               finished_at = CASE WHEN c.attempts + taken_back >= c.max_attempts THEN now() END
         WHERE c.challenge_id = challenge_id AND c.state = 'pending'
        RETURNING * INTO challenge;
        IF FOUND THEN
            PERFORM otp_private.record_challenge_event('attempts_taken_back', challenge, NULL,
                jsonb_build_object('count', taken_back, 'locked', challenge.state = 'locked'));
            IF challenge.test THEN
                PERFORM otp_private.count_test_failures(challenge, taken_back);
            END IF;
        END IF;
        -- Locked now: its code must not be sent any more. A delivery a sender holds is left to it
        -- (no claim hands out a locked challenge's code again), rather than waited for: otp_purge
        -- records attempts here too, and no sender may stall or fail it.
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL, sealed_link = NULL
         WHERE d.ctid IN (SELECT q.ctid FROM otp_private.delivery q
                            JOIN otp_private.challenge c ON c.delivery_id = q.delivery_id
                           WHERE c.challenge_id = challenge_id AND c.state = 'locked' AND q.state = 'pending'
                             FOR UPDATE OF q SKIP LOCKED);
    END IF;
END
$$;

-- One counted attempt at a challenge, by its code or by its link token (exactly one of them is
-- given): what otp_verify and otp_verify_link share, so that a link spends the same attempts,
-- expires with the code and is used up with it. `caller` names the public function in errors.
CREATE FUNCTION otp_private.verify_challenge(caller text, challenge_id uuid, code text, link_token text,
                                             link_binding text, client_addr inet, transaction jsonb)
RETURNS @extschema@.otp_verification
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    challenge otp_private.challenge;
    settings @extschema@.otp_policy;
    secret bytea;
    counted boolean := false;
    taken_back integer;
    allowed boolean := true;
    refused otp_private.rate_scope;
    mismatch text;  -- what the attempt failed on before any secret was compared
    answer text;
BEGIN
    PERFORM otp_private.require_own_transaction(caller);

    SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = challenge_id;
    IF NOT FOUND THEN
        -- An unknown id counts against the client's verification limit of the default policy:
        -- guessing ids is limited like guessing codes, and costs about what a wrong code does.
        refused := otp_private.limit_verifications(otp_private.find_policy('default'), NULL, NULL, client_addr);
        PERFORM otp_private.record_event(
            CASE WHEN refused IS NULL THEN 'unknown_challenge' ELSE 'rate_limited' END::otp_private.event_kind,
            client_addr => client_addr, challenge_id => challenge_id,
            detail => CASE WHEN refused IS NOT NULL THEN jsonb_build_object('limit', refused) END);
        RETURN ROW(CASE WHEN refused IS NULL THEN 'not_found' ELSE 'rate_limited' END,
                   NULL, NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
    END IF;

    -- With test identifiers turned off, a fixed code made before that no longer verifies.
    IF challenge.test AND NOT otp_private.test_identifiers_enabled() THEN
        PERFORM otp_private.record_challenge_event('unknown_challenge', challenge, client_addr);
        RETURN ROW('not_found', NULL, NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
    END IF;

    settings := otp_private.find_policy(challenge.policy);
    IF settings.name IS NOT NULL THEN
        refused := otp_private.limit_verifications(settings, challenge.identifier, challenge.channel::text, client_addr);
        IF refused IS NOT NULL THEN
            PERFORM otp_private.record_challenge_event('rate_limited', challenge, client_addr,
                                                       jsonb_build_object('limit', refused));
            RETURN ROW('rate_limited', NULL, NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
        END IF;
    END IF;

    -- A bound transaction must be the one presented, and a bound link used with its binding.
    -- Either failure is an attempt like a wrong code, and no code or token is compared for it.
    -- Both are fixed at initiation, so the row read above decides.
    IF challenge.transaction_digest IS DISTINCT FROM otp_private.transaction_digest(transaction) THEN
        mismatch := 'transaction_mismatch';
    ELSIF link_token IS NOT NULL AND challenge.link_binding IS NOT NULL
          AND challenge.link_binding IS DISTINCT FROM otp_private.link_binding_digest(challenge_id, link_binding) THEN
        mismatch := 'wrong_client';
    END IF;

    -- Noted before anything is compared (refused with 53400 if the ledger has no room): a
    -- rollback from here on puts the attempt on the ledger (see src/attempt_ledger.rs).
    PERFORM otp_private.note_attempt('challenge ' || challenge_id::text);

    -- Count the attempt and compare in one statement: the row is locked and the conditions are
    -- re-checked before SET runs, so concurrent verifications queue and at most max_attempts of
    -- them ever compare; the outcome (verified, locked, still pending) is written in the same row
    -- version. The key is the challenge's own; a resend under a newly rotated key in between
    -- makes the update miss, and the loop takes the new key.
    FOR round IN 1 .. 3 LOOP
        SELECT k.secret INTO secret FROM otp_private.server_key k WHERE k.key_id = challenge.server_key_id;
        IF NOT FOUND THEN
            PERFORM otp_private.missing_key(challenge.server_key_id);
        END IF;
        UPDATE otp_private.challenge c
           SET (attempts, state, code_digest, finished_at) = (
                   SELECT c.attempts + 1, o.outcome::otp_private.challenge_state,
                          CASE WHEN o.outcome = 'pending' THEN c.code_digest END,
                          CASE WHEN o.outcome = 'pending' THEN NULL ELSE now() END
                     -- OFFSET 0 keeps the subquery whole: pulled up, the call would be
                     -- repeated for each use of o.outcome, an HMAC each time.
                     FROM (SELECT CASE
                              WHEN mismatch IS NOT NULL
                                   THEN CASE WHEN c.attempts + 1 >= c.max_attempts THEN 'locked' ELSE 'pending' END
                              WHEN link_token IS NULL
                                   THEN otp_private.attempt_outcome(secret, c.challenge_id, code, c.code_digest,
                                                                    c.attempts + 1, c.max_attempts)
                              ELSE otp_private.link_outcome(secret, link_token, coalesce(c.link_digest, '\x'::bytea),
                                                            true, c.attempts + 1, c.max_attempts)
                              END AS outcome
                           OFFSET 0) o)
         WHERE c.challenge_id = challenge_id AND c.server_key_id = challenge.server_key_id
           AND c.state = 'pending' AND c.expires_at > now() AND c.attempts < c.max_attempts
        RETURNING * INTO challenge;
        counted := FOUND;
        EXIT WHEN counted;

        -- A new snapshot: what a concurrent verification committed is visible now.
        SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = challenge_id;
        IF NOT FOUND OR challenge.state = 'verified' THEN
            PERFORM otp_private.record_event('unknown_challenge', client_addr => client_addr,
                                             challenge_id => challenge_id);
            RETURN ROW('not_found', NULL, NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
        ELSIF challenge.state = 'locked' OR challenge.attempts >= challenge.max_attempts THEN
            PERFORM otp_private.record_challenge_event('locked', challenge, client_addr);
            RETURN ROW('locked', 0, NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
        ELSIF challenge.expires_at <= now() THEN
            PERFORM otp_private.record_challenge_event('expired', challenge, client_addr);
            RETURN ROW('expired', NULL, NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
        END IF;
        -- Still pending: only its key changed (resend after a rotation). Try again with it.
    END LOOP;
    IF NOT counted THEN
        RAISE EXCEPTION '%: the key of challenge % kept changing', caller, challenge_id;
    END IF;

    -- This attempt compared. The attempts that rollbacks took back are counted with it under the
    -- row lock the UPDATE holds: verifications queued on the row each see what those before them
    -- left on the ledger, however the row looked when they began. If those attempts had reached
    -- the limit, this comparison was one too many and its answer is 'locked', whatever it found.
    taken_back := otp_private.record_taken_back('challenge ' || challenge_id::text);
    IF taken_back > 0 THEN
        allowed := challenge.attempts - 1 + taken_back < challenge.max_attempts;
        UPDATE otp_private.challenge c
           SET attempts = least(c.max_attempts, c.attempts + taken_back),
               state = CASE WHEN NOT allowed OR (c.state = 'pending' AND c.attempts + taken_back >= c.max_attempts)
                            THEN 'locked' ELSE c.state END,
               code_digest = CASE WHEN NOT allowed OR c.attempts + taken_back >= c.max_attempts
                                  THEN NULL ELSE c.code_digest END,
               finished_at = CASE WHEN NOT allowed OR (c.state = 'pending' AND c.attempts + taken_back >= c.max_attempts)
                                  THEN now() ELSE c.finished_at END
         WHERE c.challenge_id = challenge_id
        RETURNING * INTO challenge;
    END IF;

    IF challenge.state <> 'pending' THEN
        -- Used or locked: its code must not be sent any more.
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL, sealed_link = NULL
         WHERE d.delivery_id = challenge.delivery_id AND d.state = 'pending';
    END IF;
    answer := CASE WHEN NOT allowed OR challenge.state = 'locked' THEN 'locked'
                   WHEN challenge.state = 'verified' THEN 'verified'
                   WHEN mismatch = 'transaction_mismatch' THEN 'transaction_mismatch'
                   ELSE 'wrong_code' END;
    PERFORM otp_private.record_challenge_event(answer::otp_private.event_kind, challenge, client_addr,
        jsonb_strip_nulls(jsonb_build_object('attempts', challenge.attempts,
                                             'taken_back', nullif(taken_back, 0),
                                             'by', CASE WHEN link_token IS NOT NULL THEN 'link' END,
                                             'mismatch', mismatch)));
    IF challenge.test THEN
        PERFORM otp_private.count_test_failures(challenge,
            CASE WHEN answer = 'verified' THEN 0 ELSE 1 END + coalesce(taken_back, 0));
    END IF;
    IF NOT allowed THEN
        RETURN ROW('locked', 0, NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
    END IF;
    IF challenge.state = 'verified' THEN
        RETURN ROW('success', challenge.max_attempts - challenge.attempts,
                   challenge.identifier, challenge.channel::text, challenge.payload,
                   otp_private.challenge_token(challenge))::@extschema@.otp_verification;
    END IF;
    RETURN ROW(coalesce(mismatch, 'invalid_code'),
               challenge.max_attempts - challenge.attempts, NULL, NULL, NULL, NULL)::@extschema@.otp_verification;
END
$$;

CREATE FUNCTION @extschema@.otp_verify(challenge_id uuid, code text, client_addr inet DEFAULT NULL,
                                       transaction jsonb DEFAULT NULL)
RETURNS @extschema@.otp_verification
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF challenge_id IS NULL OR code IS NULL THEN
        PERFORM otp_private.refuse_null('challenge_id', challenge_id IS NULL), otp_private.refuse_null('code', code IS NULL);
    END IF;
    RETURN otp_private.verify_challenge('otp_verify', challenge_id, code, NULL, NULL, client_addr, transaction);
END
$$;

-- Verifies a challenge by its link token, as otp_verify does by its code; this is the step that
-- uses the link up, which following the link (otp_check_link) never does. A token that is not
-- one otp_pg made counts like an unknown challenge id.
CREATE FUNCTION @extschema@.otp_verify_link(link_token text, link_binding text DEFAULT NULL,
                                            client_addr inet DEFAULT NULL, transaction jsonb DEFAULT NULL)
RETURNS @extschema@.otp_verification
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF link_token IS NULL THEN
        PERFORM otp_private.refuse_null('link_token', true);
    END IF;
    RETURN otp_private.verify_challenge('otp_verify_link', coalesce(otp_private.link_challenge(link_token), gen_random_uuid()),
                                        NULL, link_token, link_binding, client_addr, transaction);
END
$$;

-- What a link's page may show before the user confirms: whether the link would verify now, and
-- the masked identifier, expiry and bound transaction of its challenge. Changes nothing and counts
-- nothing, so a mail scanner that follows every link leaves it as it was; the token's 256 random
-- bits are what keep it from being guessed.
CREATE FUNCTION @extschema@.otp_check_link(link_token text) RETURNS @extschema@.otp_link
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    challenge otp_private.challenge;
    secret bytea;
BEGIN
    IF link_token IS NULL THEN
        PERFORM otp_private.refuse_null('link_token', true);
    END IF;
    SELECT c.* INTO challenge FROM otp_private.challenge c
     WHERE c.challenge_id = otp_private.link_challenge(link_token);
    IF FOUND THEN
        SELECT k.secret INTO secret FROM otp_private.server_key k WHERE k.key_id = challenge.server_key_id;
    END IF;
    IF NOT FOUND OR challenge.link_digest IS NULL
       OR otp_private.link_outcome(secret, link_token, challenge.link_digest, true, 0, 1) <> 'verified' THEN
        RETURN ROW('not_found', NULL, NULL, NULL, NULL)::@extschema@.otp_link;
    END IF;
    RETURN ROW(CASE WHEN challenge.state = 'verified' THEN 'used'
                    WHEN challenge.state = 'locked' OR challenge.attempts >= challenge.max_attempts THEN 'locked'
                    WHEN challenge.expires_at <= now() THEN 'expired'
                    ELSE 'valid' END,
               otp_private.mask_identifier(challenge.identifier, challenge.channel::text),
               challenge.expires_at, challenge.transaction, challenge.link_binding IS NOT NULL)::@extschema@.otp_link;
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
    server_key otp_private.server_key;
    code text;
    link_token text;
    wait integer;
    previous_delivery bigint;
    origin text[];
    guard otp_private.send_guard;
BEGIN
    IF challenge_id IS NULL THEN
        PERFORM otp_private.refuse_null('challenge_id', true);
    END IF;
    SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = challenge_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'OT404',
            MESSAGE = 'challenge_id does not name a challenge (it may have been purged)',
            HINT = 'Start again with otp_initiate.';
    ELSIF challenge.state = 'verified' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names a challenge that was already used';
    ELSIF challenge.state = 'locked' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names a challenge locked after too many wrong codes';
    ELSIF challenge.expires_at <= now() THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409', MESSAGE = 'challenge_id names an expired challenge',
            HINT = 'Start again with otp_initiate.';
    ELSIF challenge.test AND NOT otp_private.test_identifiers_enabled() THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409',
            MESSAGE = 'challenge_id names a test identifier''s challenge, and test identifiers are turned off',
            HINT = 'Start again with otp_initiate.';
    ELSIF challenge.resends >= challenge.max_resends THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409',
            MESSAGE = format('challenge_id names a challenge that was already resent %s times, the most its policy allows',
                             challenge.resends);
    END IF;
    -- The cooldown is checked before anything changes, so an early resend keeps the old code valid.
    wait := ceil(extract(epoch FROM challenge.sent_at + make_interval(secs => challenge.resend_cooldown_seconds) - now()));
    IF wait > 0 THEN
        PERFORM otp_private.queue_refusal_event('rate_limited', challenge.policy, challenge.channel::text,
            challenge.country, challenge.identifier, client_addr,
            jsonb_build_object('limit', 'resend_cooldown', 'retry_after_seconds', wait), challenge.challenge_id);
        RAISE EXCEPTION USING ERRCODE = 'OT429',
            MESSAGE = format('a new code can be sent for this challenge in %s seconds', wait),
            DETAIL = format('retry_after_seconds=%s limit=resend_cooldown', wait);
    END IF;
    settings := otp_private.find_policy(challenge.policy);
    IF settings.name IS NOT NULL THEN
        IF challenge.country IS NOT NULL AND NOT challenge.test THEN
            origin := otp_private.sms_origin(challenge.identifier);
            guard := otp_private.find_send_guard(settings.name);
            IF guard.policy IS NOT NULL THEN
                PERFORM otp_private.admit_sms(settings, guard, challenge.identifier, challenge.country, client_addr);
            END IF;
        END IF;
        PERFORM otp_private.limit_sends(settings, challenge.identifier, challenge.channel::text, client_addr,
                                        guard, origin[1], origin[2]);
    END IF;

    IF challenge.test THEN
        -- The fixed code stays; nothing is sent.
        UPDATE otp_private.challenge c
           SET resends = c.resends + 1, sent_at = now(),
               expires_at = now() + make_interval(secs => c.ttl_seconds),
               purge_after = now() + make_interval(secs => c.ttl_seconds + c.retention_seconds)
         WHERE c.challenge_id = challenge_id
        RETURNING * INTO challenge;
        PERFORM otp_private.record_challenge_event('resent', challenge, client_addr);
        RETURN otp_private.challenge_result(challenge);
    END IF;
    server_key := otp_private.current_key();
    code := otp_private.new_code(challenge.code_length);
    -- A new code comes with a new link: the one sent before stops working with the old code.
    IF challenge.link_digest IS NOT NULL THEN
        link_token := otp_private.new_link_token(challenge_id);
    END IF;
    previous_delivery := challenge.delivery_id;
    UPDATE otp_private.challenge c
       SET server_key_id = server_key.key_id,
           code_digest = otp_private.code_digest(server_key.secret, c.challenge_id, code),
           link_digest = otp_private.link_digest(server_key.secret, link_token),
           delivery_id = nextval('otp_private.delivery_delivery_id_seq'::regclass),
           resends = c.resends + 1,
           sent_at = now(),
           expires_at = now() + make_interval(secs => c.ttl_seconds),
           purge_after = now() + make_interval(secs => c.ttl_seconds + c.retention_seconds)
     WHERE c.challenge_id = challenge_id
    RETURNING * INTO challenge;
    PERFORM otp_private.queue_delivery(challenge, previous_delivery, server_key, code, link_token);
    PERFORM otp_private.record_challenge_event('resent', challenge, client_addr);
    RETURN otp_private.challenge_result(challenge);
END
$$;
