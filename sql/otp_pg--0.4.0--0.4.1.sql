-- otp_pg 0.4.0 -> 0.4.1
--
-- What changes: attempts that rollbacks took back are never pushed out of the ledger (they are
-- recorded by the next check or by otp_purge, which never waits on a row); otp_verify locks the
-- challenge before reading the ledger; delivery sealing contexts, policy bounds and lock-out
-- settings each have one home in Rust; helpers and columns renamed inside (refuse_null,
-- server_key_id). New: the SMS pumping guard (country lists, velocity limits, client spread,
-- circuit breaker), test identifiers, the audit trail (otp_events, otp_conversion), signed
-- tokens, trusted devices, magic links, bound transactions; senders notified only while one
-- waits, and a batch acknowledgement. Every statement says why; see CHANGELOG.md.

\echo Use "ALTER EXTENSION otp_pg UPDATE TO '0.4.1'" to load this file. \quit

-- The hot tables refer to a server key as the factor tables do: server_key_id.
ALTER TABLE otp_private.challenge RENAME COLUMN key_id TO server_key_id;
ALTER TABLE otp_private.delivery RENAME COLUMN key_id TO server_key_id;

-- Server keys may be stored wrapped under the root key, longer than 32 bytes.
ALTER TABLE otp_private.server_key DROP CONSTRAINT server_key_secret_check,
    ADD CONSTRAINT server_key_secret_check CHECK (pg_catalog.octet_length(secret) OPERATOR(pg_catalog.>=) 32);

-- PostgreSQL 18 names NOT NULL constraints after their column: the renamed ones take the names a
-- fresh install gives them.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_constraint c WHERE c.conname OPERATOR(pg_catalog.=) 'challenge_key_id_not_null'
                 AND c.connamespace OPERATOR(pg_catalog.=) 'otp_private'::pg_catalog.regnamespace) THEN
        ALTER TABLE otp_private.challenge RENAME CONSTRAINT challenge_key_id_not_null TO challenge_server_key_id_not_null;
        ALTER TABLE otp_private.delivery RENAME CONSTRAINT delivery_key_id_not_null TO delivery_server_key_id_not_null;
    END IF;
END
$$;

-- Installations of earlier versions bound these expressions while CREATE EXTENSION ran with the
-- extension's schema on the search_path: where another role had planted a better-matching
-- operator or function there first (PostgreSQL 14's open public schema, a database owner), they
-- call it, as the extension's owner, on every write. They are made again, bound to pg_catalog's.
ALTER TABLE otp_private.challenge DROP CONSTRAINT challenge_check,
    ADD CONSTRAINT challenge_check CHECK ((state OPERATOR(pg_catalog.=) 'pending'::otp_private.challenge_state)
                                         OPERATOR(pg_catalog.=) (code_digest IS NOT NULL));
ALTER TABLE otp_private.delivery DROP CONSTRAINT delivery_check,
    ADD CONSTRAINT delivery_check CHECK ((state OPERATOR(pg_catalog.=) 'pending'::otp_private.delivery_state)
                                        OPERATOR(pg_catalog.=) (sealed_code IS NOT NULL));
ALTER TABLE otp_private.totp_factor DROP CONSTRAINT totp_factor_state_check,
    ADD CONSTRAINT totp_factor_state_check
        CHECK (state OPERATOR(pg_catalog.=) ANY (ARRAY['pending'::pg_catalog.text, 'active'::pg_catalog.text]));
ALTER TABLE otp_private.policy DROP CONSTRAINT policy_name_check,
    ADD CONSTRAINT policy_name_check
        CHECK (name OPERATOR(pg_catalog.~) '^[A-Za-z0-9_.:-]{1,63}$'::pg_catalog.text);
ALTER TABLE otp_private.server_key ALTER COLUMN created_at SET DEFAULT pg_catalog.now();
ALTER TABLE otp_private.policy ALTER COLUMN updated_at SET DEFAULT pg_catalog.now();
DROP INDEX otp_private.delivery_claimable;
CREATE INDEX delivery_claimable ON otp_private.delivery (delivery_id)
    WHERE state OPERATOR(pg_catalog.=) 'pending'::otp_private.delivery_state;

-- The send guard's limits name their scope: per country, per number range, and the spread of one
-- client address over countries and identifiers.
ALTER TYPE otp_private.rate_scope ADD VALUE 'send_country';
ALTER TYPE otp_private.rate_scope ADD VALUE 'send_range';
ALTER TYPE otp_private.rate_scope ADD VALUE 'client_countries';
ALTER TYPE otp_private.rate_scope ADD VALUE 'client_identifiers';

-- A challenge keeps its SMS number's country (send guard, figures) and whether it was made for a
-- test identifier; challenges made before have neither.
ALTER TABLE otp_private.challenge ADD COLUMN country text, ADD COLUMN test boolean NOT NULL DEFAULT false;
-- The circuit breaker samples a country's latest SMS sends under a policy through this index.
CREATE INDEX challenge_country_sends ON otp_private.challenge (policy, country, created_at) WHERE country IS NOT NULL;

-- A challenge may carry a magic link (the digest of its secret, of its binding) and a bound
-- transaction (as given, and the digest the verification must match); earlier ones have none.
ALTER TABLE otp_private.challenge ADD COLUMN link_digest bytea, ADD COLUMN link_binding bytea,
    ADD COLUMN transaction jsonb, ADD COLUMN transaction_digest bytea;
-- A delivery request carries its link token, sealed like the code.
ALTER TABLE otp_private.delivery ADD COLUMN sealed_link bytea;
-- When the key's factor was last proved (a check, a confirmation, a recovery code): otp_device_remember spends it.
ALTER TABLE otp_private.totp_factor ADD COLUMN proved_at timestamptz;
-- otp_verify returns a signed token when the policy issues them.
ALTER TYPE @extschema@.otp_verification ADD ATTRIBUTE token text;
-- A sender gets the link token and the bound transaction for the message.
ALTER TYPE @extschema@.otp_delivery_request ADD ATTRIBUTE link_token text, ADD ATTRIBUTE transaction jsonb;

-- New state, as CREATE EXTENSION makes it: send guards, client spreads, circuits, test identifiers,
-- signing keys, token policies, trusted devices and their policies, and the audit trail (comments
-- in sql/schema.sql).
CREATE TABLE otp_private.send_guard (
    policy                         text PRIMARY KEY
                                   CHECK (policy OPERATOR(pg_catalog.~) '^[A-Za-z0-9_.:-]{1,63}$'::pg_catalog.text),
    allowed_countries              text[],          -- NULL: every country not refused
    refused_countries              text[] NOT NULL,
    country_limit                  integer NOT NULL CHECK (country_limit BETWEEN 0 AND 1000000),
    range_limit                    integer NOT NULL CHECK (range_limit BETWEEN 0 AND 1000000),
    client_country_limit           integer NOT NULL CHECK (client_country_limit BETWEEN 0 AND 1000),
    client_identifier_limit        integer NOT NULL CHECK (client_identifier_limit BETWEEN 0 AND 1000000),
    breaker_min_conversion_percent integer NOT NULL CHECK (breaker_min_conversion_percent BETWEEN 0 AND 100),
    breaker_sample                 integer NOT NULL CHECK (breaker_sample BETWEEN 10 AND 10000),
    breaker_cooldown_seconds       integer NOT NULL CHECK (breaker_cooldown_seconds BETWEEN 1 AND 604800),
    updated_at                     timestamptz NOT NULL
);

CREATE TYPE otp_private.spread_kind AS ENUM ('country', 'identifier');
CREATE TABLE otp_private.client_spread (
    policy    text NOT NULL,
    client    text NOT NULL,
    kind      otp_private.spread_kind NOT NULL,
    value     text NOT NULL,
    last_seen timestamptz NOT NULL,
    PRIMARY KEY (policy, client, kind, value)
);

CREATE TABLE otp_private.circuit (
    policy             text NOT NULL,
    country            text NOT NULL,
    tripped_at         timestamptz NOT NULL,
    reopens_at         timestamptz NOT NULL,
    counted_from       timestamptz NOT NULL,
    conversion_percent numeric NOT NULL,
    sample             integer NOT NULL,
    PRIMARY KEY (policy, country)
);

CREATE TABLE otp_private.test_identifier (
    policy        text NOT NULL,
    channel       otp_private.channel NOT NULL,
    identifier    text NOT NULL,
    server_key_id integer NOT NULL REFERENCES otp_private.server_key,
    sealed_code   bytea NOT NULL,
    expires_at    timestamptz NOT NULL,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    uses          bigint NOT NULL DEFAULT 0,
    -- Wrong codes given to its challenges: at the policy's max_attempts the identifier expires, so
    -- a fixed code can't be guessed one challenge after another.
    failures      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (policy, channel, identifier)
);

CREATE TABLE otp_private.signing_key (
    kid           text PRIMARY KEY
                  CHECK (kid OPERATOR(pg_catalog.~) '^[A-Za-z0-9_-]{1,64}$'::pg_catalog.text),
    algorithm     text NOT NULL
                  CHECK (algorithm OPERATOR(pg_catalog.=) ANY (ARRAY['HS256'::pg_catalog.text, 'EdDSA'::pg_catalog.text])),
    server_key_id integer NOT NULL REFERENCES otp_private.server_key,
    sealed_secret bytea NOT NULL,
    public_key    bytea,
    created_at    timestamptz NOT NULL,
    retired_at    timestamptz,
    verify_until  timestamptz
);
CREATE UNIQUE INDEX signing_key_one_current ON otp_private.signing_key ((true)) WHERE retired_at IS NULL;

CREATE TABLE otp_private.token_policy (
    policy           text PRIMARY KEY
                     CHECK (policy OPERATOR(pg_catalog.~) '^[A-Za-z0-9_.:-]{1,63}$'::pg_catalog.text),
    role             text NOT NULL,
    lifetime_seconds integer NOT NULL CHECK (lifetime_seconds BETWEEN 60 AND 86400),
    issuer           text,
    audience         text,
    payload_claims   text[] NOT NULL,
    updated_at       timestamptz NOT NULL
);

CREATE TABLE otp_private.device_policy (
    policy           text PRIMARY KEY
                     CHECK (policy OPERATOR(pg_catalog.~) '^[A-Za-z0-9_.:-]{1,63}$'::pg_catalog.text),
    lifetime_seconds integer NOT NULL CHECK (lifetime_seconds BETWEEN 1 AND 31536000),
    max_devices      integer NOT NULL CHECK (max_devices BETWEEN 1 AND 100),
    updated_at       timestamptz NOT NULL
);

CREATE TABLE otp_private.device (
    device_id     uuid PRIMARY KEY,
    key           text NOT NULL,
    label         text,
    policy        text NOT NULL,
    server_key_id integer,  -- see challenge.server_key_id: checks are on the login path
    token_digest  bytea,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    revoke_reason text,
    CHECK ((revoked_at IS NULL) OPERATOR(pg_catalog.=) (token_digest IS NOT NULL)),
    CHECK ((token_digest IS NULL) OPERATOR(pg_catalog.=) (server_key_id IS NULL))
);
CREATE INDEX device_key ON otp_private.device (key);

CREATE TYPE otp_private.event_kind AS ENUM (
    -- challenges and deliveries
    'initiated', 'test_identifier_used', 'resent', 'delivered', 'delivery_failed', 'delivery_abandoned',
    'verified', 'wrong_code', 'locked', 'expired', 'unknown_challenge', 'attempts_taken_back',
    -- refusals and the send guard
    'rate_limited', 'country_refused', 'circuit_open', 'circuit_tripped', 'circuit_reset', 'refusals_dropped',
    -- authenticator factors
    'factor_enrolled', 'factor_confirmed', 'factor_checked', 'factor_check_failed', 'factor_locked',
    'factor_disabled', 'recovery_codes_generated', 'recovery_code_used', 'recovery_code_failed',
    -- administration
    'server_key_rotated', 'server_keys_wrapped', 'policy_set', 'send_guard_set', 'send_guard_removed',
    'test_identifier_set', 'test_identifier_removed',
    -- after the code: signed tokens, trusted devices, bound transactions
    'token_issued', 'step_up_refused', 'signing_key_rotated', 'token_policy_set',
    'device_remembered', 'device_used', 'device_check_failed', 'device_revoked', 'device_policy_set',
    'transaction_mismatch'
);
CREATE SEQUENCE otp_private.event_id;
CREATE TABLE otp_private.event (
    event_id          bigint PRIMARY KEY DEFAULT pg_catalog.nextval('otp_private.event_id'::pg_catalog.regclass),
    occurred_at       timestamptz NOT NULL,
    event             otp_private.event_kind NOT NULL,
    policy            text,
    channel           otp_private.channel,
    country           text,
    masked_identifier text,
    key               text,
    client_addr       inet,
    challenge_id      uuid,
    detail            jsonb
);
CREATE INDEX event_occurred_at ON otp_private.event (occurred_at);

-- Send guards, test identifiers, signing keys, token policies, trusted devices and the audit trail
-- are lasting state: pg_dump keeps them.
SELECT pg_catalog.pg_extension_config_dump('otp_private.send_guard', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.test_identifier', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.signing_key', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.token_policy', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.device_policy', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.device', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.event', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.event_id', '');

-- Result rows of the send guard's, test identifiers', tokens', devices' and links' functions.
CREATE TYPE otp_send_guard AS (
    policy                         text,
    allowed_countries              text[],
    refused_countries              text[],
    country_limit                  integer,
    range_limit                    integer,
    client_country_limit           integer,
    client_identifier_limit        integer,
    breaker_min_conversion_percent integer,
    breaker_sample                 integer,
    breaker_cooldown_seconds       integer
);

CREATE TYPE otp_circuit AS (
    policy             text,
    country            text,
    tripped_at         timestamptz,
    reopens_at         timestamptz,
    conversion_percent numeric,
    sample             integer
);

CREATE TYPE otp_test_identifier AS (
    policy       text,
    channel      text,
    identifier   text,
    expires_at   timestamptz,
    created_at   timestamptz,
    last_used_at timestamptz,
    uses         bigint,
    failures     integer
);

CREATE TYPE otp_device_policy AS (
    policy           text,
    lifetime_seconds integer,
    max_devices      integer
);

-- What otp_device_remember returns: the token is shown this once.
CREATE TYPE otp_device_token AS (
    device_id  uuid,
    token      text,
    expires_at timestamptz
);

CREATE TYPE otp_device AS (
    device_id    uuid,
    label        text,
    created_at   timestamptz,
    last_used_at timestamptz,
    expires_at   timestamptz
);

CREATE TYPE otp_token_policy AS (
    policy           text,
    role             text,
    lifetime_seconds integer,
    issuer           text,
    audience         text,
    payload_claims   text[]
);

CREATE TYPE otp_signing_key AS (
    kid          text,
    algorithm    text,
    created_at   timestamptz,
    retired_at   timestamptz,
    verify_until timestamptz   -- a retired key verifies tokens until then
);

-- What a magic link's page may show before the user confirms (otp_check_link).
CREATE TYPE otp_link AS (
    status            text,         -- 'valid', 'used', 'locked', 'expired' or 'not_found'
    masked_identifier text,
    expires_at        timestamptz,
    transaction       jsonb,
    bound             boolean       -- whether it works only with the binding given at initiation
);

-- What is kept of a link token: the keyed digest of its secret.
CREATE FUNCTION otp_private."link_digest"(
	"server_key" bytea, /* & [u8] */
	"token" TEXT /* & str */
) RETURNS bytea /* Vec < u8 > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'link_digest_wrapper';

-- What an attempt with a link token does to its challenge, compared in constant time.
CREATE FUNCTION otp_private."link_outcome"(
	"server_key" bytea, /* & [u8] */
	"token" TEXT, /* & str */
	"digest" bytea, /* & [u8] */
	"binding_matches" bool, /* bool */
	"attempts_after" INT, /* i32 */
	"max_attempts" INT /* i32 */
) RETURNS TEXT /* & '_ str */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'link_outcome_wrapper';

-- Opens a delivery's sealed link token for the sender that claims it.
CREATE FUNCTION otp_private."open_delivery_link"(
	"server_key" bytea, /* & [u8] */
	"challenge_id" uuid, /* pgrx :: Uuid */
	"send_number" INT, /* i32 */
	"sealed" bytea /* & [u8] */
) RETURNS TEXT /* String */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'open_delivery_link_wrapper';

-- A new magic-link token for a challenge.
CREATE FUNCTION otp_private."new_link_token"(
	"challenge_id" uuid /* pgrx :: Uuid */
) RETURNS TEXT /* String */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'new_link_token_wrapper';

-- The challenge a link token names.
CREATE FUNCTION otp_private."link_challenge"(
	"token" TEXT /* & str */
) RETURNS uuid /* Option < pgrx :: Uuid > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'link_challenge_wrapper';

-- Seals a delivery's link token for the outbox.
CREATE FUNCTION otp_private."seal_delivery_link"(
	"server_key" bytea, /* & [u8] */
	"challenge_id" uuid, /* pgrx :: Uuid */
	"send_number" INT, /* i32 */
	"token" TEXT /* & str */
) RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'seal_delivery_link_wrapper';

-- What is kept of a magic link's binding: a digest bound to the challenge.
CREATE FUNCTION otp_private."link_binding_digest"(
	"challenge_id" uuid, /* pgrx :: Uuid */
	"binding" TEXT /* & str */
) RETURNS bytea /* Vec < u8 > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'link_binding_digest_wrapper';

-- The bounds of a trusted-device policy's settings, for tests and tools that show them.
CREATE FUNCTION otp_private."device_policy_bounds"() RETURNS TABLE (
	"setting" TEXT,  /* String */
	"low" INT,  /* i32 */
	"high" INT  /* i32 */
)
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'device_policy_bounds_wrapper';

-- The bounds of a token policy's settings, for tests and tools that show them.
CREATE FUNCTION otp_private."token_policy_bounds"() RETURNS TABLE (
	"setting" TEXT,  /* String */
	"low" INT,  /* i32 */
	"high" INT  /* i32 */
)
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'token_policy_bounds_wrapper';

-- The bounds of policy settings, defined once in Rust.
CREATE FUNCTION otp_private."policy_setting"(
	"setting" TEXT, /* & str */
	"value" INT /* i32 */
) RETURNS INT /* i32 */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'policy_setting_wrapper';

-- The bounds of policy settings, for tests and tools that show them.
CREATE FUNCTION otp_private."policy_bounds"() RETURNS TABLE (
	"setting" TEXT,  /* String */
	"low" INT,  /* i32 */
	"high" INT  /* i32 */
)
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'policy_bounds_wrapper';

-- A token policy's setting, checked against its bounds (defined in Rust).
CREATE FUNCTION otp_private."token_policy_setting"(
	"setting" TEXT, /* & str */
	"value" INT /* i32 */
) RETURNS INT /* i32 */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'token_policy_setting_wrapper';

-- The bounds of the send guard's settings, for tests and tools that show them.
CREATE FUNCTION otp_private."send_guard_bounds"() RETURNS TABLE (
	"setting" TEXT,  /* String */
	"low" INT,  /* i32 */
	"high" INT  /* i32 */
)
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'send_guard_bounds_wrapper';

-- Opens what seal_delivery_code sealed.
CREATE FUNCTION otp_private."open_delivery_code"(
	"server_key" bytea, /* & [u8] */
	"challenge_id" uuid, /* pgrx :: Uuid */
	"send_number" INT, /* i32 */
	"sealed" bytea /* & [u8] */
) RETURNS TEXT /* String */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'open_delivery_code_wrapper';

-- Opens a test identifier's fixed code when a challenge is made for it.
CREATE FUNCTION otp_private."open_test_code"(
	"server_key" bytea, /* & [u8] */
	"policy" TEXT, /* & str */
	"channel" TEXT, /* & str */
	"identifier" TEXT, /* & str */
	"sealed" bytea /* & [u8] */
) RETURNS TEXT /* String */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'open_test_code_wrapper';

-- New server keys as they are stored: wrapped under the root key when one is set.
CREATE FUNCTION otp_private."new_stored_server_key"() RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'new_stored_server_key_wrapper';

-- A delivery's code is sealed to its challenge and send by these two, which build that context in one place.
CREATE FUNCTION otp_private."seal_delivery_code"(
	"server_key" bytea, /* & [u8] */
	"challenge_id" uuid, /* pgrx :: Uuid */
	"send_number" INT, /* i32 */
	"code" TEXT /* & str */
) RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'seal_delivery_code_wrapper';

-- Seals a test identifier's fixed code under the server key.
CREATE FUNCTION otp_private."seal_test_code"(
	"server_key" bytea, /* & [u8] */
	"policy" TEXT, /* & str */
	"channel" TEXT, /* & str */
	"identifier" TEXT, /* & str */
	"code" TEXT /* & str */
) RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'seal_test_code_wrapper';

-- The country and number range of an SMS identifier, from libphonenumber.
CREATE FUNCTION otp_private."sms_origin"(
	"identifier" TEXT /* & str */
) RETURNS TEXT[] /* :: std :: option :: Option < Vec < String > > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'sms_origin_wrapper';

-- Checks and normalises the send guard's country lists.
CREATE FUNCTION otp_private."country_codes"(
	"argument" TEXT, /* & str */
	"codes" TEXT[] /* Vec < Option < String > > */
) RETURNS TEXT[] /* Vec < String > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'country_codes_wrapper';

-- Notes an attempt if the ledger has room, for a revocation that must happen even when it has none.
CREATE FUNCTION otp_private."note_attempt_if_room"(
	"subject" TEXT /* & str */
) RETURNS bool /* bool */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'note_attempt_if_room_wrapper';

-- A record of a subject's taken-back attempts without an attempt of its own, for otp_purge.
CREATE FUNCTION otp_private."record_taken_back"(
	"subject" TEXT /* & str */
) RETURNS INT /* i32 */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'record_taken_back_wrapper';

-- Notes an attempt before anything is compared, for otp_verify, which reads the ledger only under the row lock.
CREATE FUNCTION otp_private."note_attempt"(
	"subject" TEXT /* & str */
) RETURNS void
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'note_attempt_wrapper';

-- The subjects of this database with taken-back attempts waiting to be recorded.
CREATE FUNCTION otp_private."subjects_taken_back"(
	"max" INT /* i32 */
) RETURNS TABLE (
	"subject" TEXT,  /* String */
	"noted_at" timestamp with time zone  /* TimestampWithTimeZone */
)
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'subjects_taken_back_wrapper';

-- The audit trail settings (otp_pg.event_notifications, otp_pg.event_retention_days).
CREATE FUNCTION otp_private."event_settings"() RETURNS TABLE (
	"notifications" TEXT,  /* & '_ str */
	"retention_days" INT  /* i32 */
)
STRICT STABLE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'event_settings_wrapper';

-- Whether test identifiers get their fixed code (otp_pg.test_identifiers).
CREATE FUNCTION otp_private."test_identifiers_enabled"() RETURNS bool /* bool */
STRICT STABLE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'test_identifiers_enabled_wrapper';

-- The lock-out settings as named columns instead of an array read by position.
CREATE FUNCTION otp_private."factor_lockout_settings"() RETURNS TABLE (
	"max_failures" INT,  /* i32 */
	"window_seconds" INT,  /* i32 */
	"lockout_seconds" INT  /* i32 */
)
STRICT STABLE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'factor_lockout_settings_wrapper';

-- Whether a request being queued must notify: only while a sender waits.
CREATE FUNCTION otp_private."delivery_needs_notification"() RETURNS bool /* bool */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'delivery_needs_notification_wrapper';

-- Marks a sender about to wait for a notification, after the requests queued without one commit.
CREATE FUNCTION otp_private."begin_wait"() RETURNS void
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'begin_wait_wrapper';

-- A claiming sender no longer waits.
CREATE FUNCTION otp_private."end_wait"() RETURNS void
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'end_wait_wrapper';

-- Takes the waiting refusals for recording; they leave the queue when the taker commits.
CREATE FUNCTION otp_private."take_refusals"() RETURNS TABLE (
	"occurred_at" timestamp with time zone,  /* TimestampWithTimeZone */
	"event" jsonb  /* JsonbText */
)
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'take_refusals_wrapper';

-- Keeps the event of a refused call in shared memory, past the rollback its error causes.
CREATE FUNCTION otp_private."queue_refusal"(
	"event" jsonb /* JsonbText */
) RETURNS bool /* bool */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'queue_refusal_wrapper';

-- How many refusals wait, so a login records them only when some do.
CREATE FUNCTION otp_private."refusals_waiting"() RETURNS INT /* i32 */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'refusals_waiting_wrapper';

-- The public JWK of an EdDSA signing key, for otp_jwks.
CREATE FUNCTION otp_private."signing_jwk"(
	"kid" TEXT, /* & str */
	"public_key" bytea /* & [u8] */
) RETURNS jsonb /* JsonB */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'signing_jwk_wrapper';

-- Seals a signing secret (an HS256 key, or a new Ed25519 seed) under the server key.
CREATE FUNCTION otp_private."seal_signing_secret"(
	"server_key" bytea, /* & [u8] */
	"kid" TEXT, /* & str */
	"algorithm" TEXT, /* & str */
	"secret" TEXT /* Option < & str > */
) RETURNS bytea /* Vec < u8 > */
VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'seal_signing_secret_wrapper';

-- Checks a token with its signing key: signature, algorithm, expiry.
CREATE FUNCTION otp_private."check_token"(
	"token" TEXT, /* & str */
	"algorithm" TEXT, /* & str */
	"kid" TEXT, /* & str */
	"public_key" bytea, /* Option < & [u8] > */
	"server_key" bytea, /* & [u8] */
	"sealed_secret" bytea, /* & [u8] */
	"now" timestamp with time zone /* TimestampWithTimeZone */
) RETURNS jsonb /* JsonB */
STABLE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'check_token_wrapper';

-- Signs claims with a signing key opened for this call only.
CREATE FUNCTION otp_private."sign_token"(
	"server_key" bytea, /* & [u8] */
	"kid" TEXT, /* & str */
	"algorithm" TEXT, /* & str */
	"sealed_secret" bytea, /* & [u8] */
	"claims" TEXT /* & str */
) RETURNS TEXT /* String */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'sign_token_wrapper';

-- A payload member as a token would carry it, to refuse one a token can not keep exactly.
CREATE FUNCTION otp_private."token_json"(
	"json" TEXT /* & str */
) RETURNS jsonb /* Option < JsonB > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'token_json_wrapper';

-- Seals a signing key again under another server key.
CREATE FUNCTION otp_private."reseal_signing_key"(
	"old_server_key" bytea, /* & [u8] */
	"new_server_key" bytea, /* & [u8] */
	"kid" TEXT, /* & str */
	"algorithm" TEXT, /* & str */
	"sealed" bytea /* & [u8] */
) RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'reseal_signing_key_wrapper';

-- The public key of an EdDSA signing key, kept in the clear for the JWKS.
CREATE FUNCTION otp_private."signing_public_key"(
	"server_key" bytea, /* & [u8] */
	"kid" TEXT, /* & str */
	"algorithm" TEXT, /* & str */
	"sealed" bytea /* & [u8] */
) RETURNS bytea /* :: std :: option :: Option < Vec < u8 > > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'signing_public_key_wrapper';

-- The kid a token's header names, to find its key.
CREATE FUNCTION otp_private."token_kid"(
	"token" TEXT /* & str */
) RETURNS TEXT /* Option < String > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'token_kid_wrapper';

-- The device a device token names.
CREATE FUNCTION otp_private."device_token_id"(
	"token" TEXT /* & str */
) RETURNS uuid /* Option < pgrx :: Uuid > */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'device_token_id_wrapper';

-- A trusted device's new token and the keyed digest that is kept of it.
CREATE FUNCTION otp_private."new_device_token"(
	"server_key" bytea, /* & [u8] */
	"key" TEXT, /* & str */
	"device_id" uuid /* pgrx :: Uuid */
) RETURNS TABLE (
	"token" TEXT,  /* String */
	"digest" bytea  /* Vec < u8 > */
)
STRICT VOLATILE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'new_device_token_wrapper';

-- Checks a device token against its digest in constant time.
CREATE FUNCTION otp_private."device_token_matches"(
	"server_key" bytea, /* & [u8] */
	"key" TEXT, /* & str */
	"token" TEXT, /* & str */
	"digest" bytea /* & [u8] */
) RETURNS bool /* bool */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'device_token_matches_wrapper';

-- Checks a trusted device's label.
CREATE FUNCTION otp_private."check_device_label"(
	"label" TEXT /* & str */
) RETURNS TEXT /* & str */
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'check_device_label_wrapper';

-- Wraps a stored server key under the root key (otp_pg.root_key_file).
CREATE FUNCTION otp_private."rewrap_server_key"(
	"stored" bytea /* & [u8] */
) RETURNS bytea /* Vec < u8 > */
STRICT VOLATILE PARALLEL UNSAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'rewrap_server_key_wrapper';

-- Whether a root key is loaded, for the wrapping step at the end of this script.
CREATE FUNCTION otp_private."root_key_loaded"() RETURNS bool /* bool */
STRICT STABLE PARALLEL SAFE
LANGUAGE c /* Rust */
AS 'MODULE_PATHNAME', 'root_key_loaded_wrapper';

-- require(argument, is_null) read backwards: refuse_null('key', key IS NULL).
CREATE FUNCTION otp_private.refuse_null(argument text, is_null boolean) RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF is_null THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = format('%s must not be NULL', argument);
    END IF;
END
$$;

-- STABLE, as format() is: IMMUTABLE let the planner run it while planning a call.
CREATE OR REPLACE FUNCTION otp_private.check_range(argument text, value integer, low integer, high integer)
RETURNS integer
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF value < low OR value > high THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('%s must be between %s and %s (got %s)', argument, low, high, value);
    END IF;
    RETURN value;
END
$$;

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
CREATE OR REPLACE FUNCTION otp_private.current_key() RETURNS otp_private.server_key
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    current otp_private.server_key;
BEGIN
    SELECT * INTO current FROM otp_private.server_key k WHERE k.retired_at IS NULL;
    IF NOT FOUND THEN
        INSERT INTO otp_private.server_key (key_id, secret)
        VALUES ((SELECT coalesce(max(k.key_id), 0) + 1 FROM otp_private.server_key k), otp_private.new_stored_server_key())
        ON CONFLICT DO NOTHING;
        SELECT * INTO STRICT current FROM otp_private.server_key k WHERE k.retired_at IS NULL;
    END IF;
    RETURN current;
END
$$;

-- The otp_event notification of any recorded event: its id, kind and subject.
DROP FUNCTION otp_private.notify_event(text, text);
CREATE FUNCTION otp_private.notify_event(event_id bigint, event otp_private.event_kind, policy text)
RETURNS void
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_notify('otp_event', json_strip_nulls(json_build_object(
        'event_id', notify_event.event_id, 'event', notify_event.event, 'policy', notify_event.policy))::text)
$$;

-- Which events otp_pg.event_notifications sends: off, factor_changes (the default) or all.
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

-- Appends an audit event and notifies it as otp_pg.event_notifications says.
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

-- An audit event about a challenge.
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

-- The audit event of a call about to refuse with an error.
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

-- Records the refusals waiting in shared memory.
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

-- Checks each setting with policy_setting, whose bounds are defined in Rust. Records its audit event.
CREATE OR REPLACE FUNCTION @extschema@.otp_set_policy(
    name                    text,
    code_length             integer DEFAULT NULL,
    ttl_seconds             integer DEFAULT NULL,
    max_attempts            integer DEFAULT NULL,
    max_resends             integer DEFAULT NULL,
    resend_cooldown_seconds integer DEFAULT NULL,
    retention_seconds       integer DEFAULT NULL,
    identifier_limit        integer DEFAULT NULL,
    client_limit            integer DEFAULT NULL,
    limit_window_seconds    integer DEFAULT NULL
) RETURNS @extschema@.otp_policy
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    -- A new policy starts from the 'default' policy as currently configured.
    base @extschema@.otp_policy := coalesce(otp_private.find_policy(name), otp_private.find_policy('default'));
    result @extschema@.otp_policy;
BEGIN
    PERFORM otp_private.refuse_null('name', name IS NULL);
    IF name !~ '^[A-Za-z0-9_.:-]{1,63}$' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'name must be 1 to 63 characters, each a letter, digit, or one of _ . : -';
    END IF;
    result := ROW(
        name,
        otp_private.policy_setting('code_length', coalesce(code_length, base.code_length)),
        otp_private.policy_setting('ttl_seconds', coalesce(ttl_seconds, base.ttl_seconds)),
        otp_private.policy_setting('max_attempts', coalesce(max_attempts, base.max_attempts)),
        otp_private.policy_setting('max_resends', coalesce(max_resends, base.max_resends)),
        otp_private.policy_setting('resend_cooldown_seconds', coalesce(resend_cooldown_seconds, base.resend_cooldown_seconds)),
        otp_private.policy_setting('retention_seconds', coalesce(retention_seconds, base.retention_seconds)),
        otp_private.policy_setting('identifier_limit', coalesce(identifier_limit, base.identifier_limit)),
        otp_private.policy_setting('client_limit', coalesce(client_limit, base.client_limit)),
        otp_private.policy_setting('limit_window_seconds', coalesce(limit_window_seconds, base.limit_window_seconds))
    )::@extschema@.otp_policy;
    INSERT INTO otp_private.policy AS p
        (name, code_length, ttl_seconds, max_attempts, max_resends, resend_cooldown_seconds,
         retention_seconds, identifier_limit, client_limit, limit_window_seconds, updated_at)
    VALUES (result.name, result.code_length, result.ttl_seconds, result.max_attempts, result.max_resends,
            result.resend_cooldown_seconds, result.retention_seconds, result.identifier_limit,
            result.client_limit, result.limit_window_seconds, now())
    ON CONFLICT ON CONSTRAINT policy_pkey DO UPDATE SET
        code_length = EXCLUDED.code_length, ttl_seconds = EXCLUDED.ttl_seconds,
        max_attempts = EXCLUDED.max_attempts, max_resends = EXCLUDED.max_resends,
        resend_cooldown_seconds = EXCLUDED.resend_cooldown_seconds,
        retention_seconds = EXCLUDED.retention_seconds, identifier_limit = EXCLUDED.identifier_limit,
        client_limit = EXCLUDED.client_limit, limit_window_seconds = EXCLUDED.limit_window_seconds,
        updated_at = EXCLUDED.updated_at;
    PERFORM otp_private.record_event('policy_set', result.name, detail => to_jsonb(result) - 'name');
    RETURN result;
END
$$;

-- Counts the different countries or identifiers one client asks codes for.
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

-- Also counts the send guard's limits: per country, per number range, and the client's spread.
DROP FUNCTION otp_private.take_rates(@extschema@.otp_policy, boolean, text, text, inet);
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

-- Takes the send guard and the number's country and range; a refusal is recorded and names its limit.
DROP FUNCTION otp_private.limit_sends(@extschema@.otp_policy, text, text, inet);
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

-- Returns the limit that refused, for the audit event.
DROP FUNCTION otp_private.limit_verifications(@extschema@.otp_policy, text, text, inet);
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

-- The send guard of a policy.
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

-- A send guard as otp_send_guards shows it.
CREATE FUNCTION otp_private.send_guard_result(guard otp_private.send_guard) RETURNS @extschema@.otp_send_guard
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(guard.policy, guard.allowed_countries, guard.refused_countries, guard.country_limit,
               guard.range_limit, guard.client_country_limit, guard.client_identifier_limit,
               guard.breaker_min_conversion_percent, guard.breaker_sample,
               guard.breaker_cooldown_seconds)::@extschema@.otp_send_guard
$$;

-- Sets a policy's SMS pumping guard.
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

-- Lists the send guards.
CREATE FUNCTION @extschema@.otp_send_guards() RETURNS SETOF @extschema@.otp_send_guard
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT otp_private.send_guard_result(g) FROM otp_private.send_guard g ORDER BY g.policy
$$;

-- Removes a policy's send guard.
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

-- Refuses SMS codes to a refused country (OT403) or one whose circuit is open (OT503).
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

-- Trips the circuit breaker of countries whose codes are no longer entered.
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

-- Lists the open circuits.
CREATE FUNCTION @extschema@.otp_circuits() RETURNS SETOF @extschema@.otp_circuit
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(c.policy, c.country, c.tripped_at, c.reopens_at, c.conversion_percent, c.sample)::@extschema@.otp_circuit
      FROM otp_private.circuit c
     WHERE c.reopens_at > now()
     ORDER BY c.policy, c.country
$$;

-- Reopens a circuit.
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

-- The fixed code of a test identifier, counting its use.
CREATE FUNCTION otp_private.test_code(policy text, channel otp_private.channel, identifier text) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    registered otp_private.test_identifier;
BEGIN
    IF NOT otp_private.test_identifiers_enabled() THEN
        RETURN NULL;
    END IF;
    UPDATE otp_private.test_identifier t SET uses = t.uses + 1, last_used_at = now()
     WHERE t.policy = policy AND t.channel = channel AND t.identifier = identifier AND t.expires_at > now()
    RETURNING * INTO registered;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT otp_private.open_test_code(k.secret, registered.policy, registered.channel::text,
                                              registered.identifier, registered.sealed_code)
              FROM otp_private.server_key k WHERE k.key_id = registered.server_key_id);
END
$$;

-- Counts a wrong code against a test identifier, which expires at its policy's max_attempts.
CREATE FUNCTION otp_private.count_test_failures(challenge otp_private.challenge, wrong integer) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    registered otp_private.test_identifier;
BEGIN
    UPDATE otp_private.test_identifier t
       SET failures = t.failures + wrong,
           expires_at = CASE WHEN t.failures + wrong >= challenge.max_attempts THEN least(t.expires_at, now())
                             ELSE t.expires_at END
     WHERE t.policy = challenge.policy AND t.channel = challenge.channel AND t.identifier = challenge.identifier
       AND wrong > 0
    RETURNING * INTO registered;
    IF FOUND AND registered.failures >= challenge.max_attempts AND registered.failures - wrong < challenge.max_attempts THEN
        PERFORM otp_private.record_event('test_identifier_removed', registered.policy, registered.channel,
            masked_identifier => otp_private.mask_identifier(registered.identifier, registered.channel::text),
            detail => jsonb_build_object('failures', registered.failures));
    END IF;
END
$$;

-- A test identifier as otp_test_identifiers shows it.
CREATE FUNCTION otp_private.test_identifier_result(registered otp_private.test_identifier)
RETURNS @extschema@.otp_test_identifier
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(registered.policy, registered.channel::text, registered.identifier, registered.expires_at,
               registered.created_at, registered.last_used_at, registered.uses,
               registered.failures)::@extschema@.otp_test_identifier
$$;

-- Registers a test identifier with a fixed code.
CREATE FUNCTION @extschema@.otp_set_test_identifier(
    identifier text,
    channel    text,
    code       text,
    policy     text DEFAULT 'default',
    expires_at timestamptz DEFAULT pg_catalog.now() OPERATOR(pg_catalog.+) '30 days'::pg_catalog.interval
) RETURNS @extschema@.otp_test_identifier
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    channel_name text;
    normalized text;
    settings @extschema@.otp_policy;
    bounds record;
    server_key otp_private.server_key;
    registered otp_private.test_identifier;
BEGIN
    PERFORM otp_private.refuse_null('identifier', identifier IS NULL), otp_private.refuse_null('channel', channel IS NULL),
            otp_private.refuse_null('code', code IS NULL), otp_private.refuse_null('policy', policy IS NULL),
            otp_private.refuse_null('expires_at', expires_at IS NULL);
    IF NOT otp_private.test_identifiers_enabled() THEN
        RAISE EXCEPTION USING ERRCODE = '55000',
            MESSAGE = 'test identifiers are turned off on this server (otp_pg.test_identifiers = off)';
    END IF;
    channel_name := otp_private.channel_name(channel);
    normalized := otp_private.normalize_identifier(identifier, channel_name);
    settings := otp_private.policy_of(policy);
    SELECT b.low, b.high INTO bounds FROM otp_private.policy_bounds() b WHERE b.setting = 'code_length';
    IF code !~ format('^[0-9]{%s,%s}$', bounds.low, bounds.high) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('code must be %s to %s digits', bounds.low, bounds.high);
    END IF;
    IF NOT (expires_at > now() AND expires_at <= now() + interval '1 year') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('expires_at must be in the future and at most a year ahead (got %s)', expires_at);
    END IF;
    server_key := otp_private.current_key();
    INSERT INTO otp_private.test_identifier AS t
        (policy, channel, identifier, server_key_id, sealed_code, expires_at, created_at)
    VALUES (settings.name, channel_name::otp_private.channel, normalized, server_key.key_id,
            otp_private.seal_test_code(server_key.secret, settings.name, channel_name, normalized, code),
            expires_at, now())
    ON CONFLICT ON CONSTRAINT test_identifier_pkey DO UPDATE SET
        server_key_id = EXCLUDED.server_key_id, sealed_code = EXCLUDED.sealed_code,
        expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at, last_used_at = NULL, uses = 0,
        failures = 0
    RETURNING * INTO registered;
    PERFORM otp_private.record_event('test_identifier_set', settings.name, channel_name::otp_private.channel,
        masked_identifier => otp_private.mask_identifier(normalized, channel_name),
        detail => jsonb_build_object('expires_at', expires_at));
    RETURN otp_private.test_identifier_result(registered);
END
$$;

-- Removes a test identifier.
CREATE FUNCTION @extschema@.otp_remove_test_identifier(identifier text, channel text, policy text DEFAULT 'default')
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    channel_name text;
    normalized text;
BEGIN
    PERFORM otp_private.refuse_null('identifier', identifier IS NULL), otp_private.refuse_null('channel', channel IS NULL),
            otp_private.refuse_null('policy', policy IS NULL);
    channel_name := otp_private.channel_name(channel);
    normalized := otp_private.normalize_identifier(identifier, channel_name);
    DELETE FROM otp_private.test_identifier t
     WHERE t.policy = policy AND t.channel = channel_name::otp_private.channel AND t.identifier = normalized;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM otp_private.record_event('test_identifier_removed', policy, channel_name::otp_private.channel,
        masked_identifier => otp_private.mask_identifier(normalized, channel_name));
    RETURN true;
END
$$;

-- Lists the test identifiers, never their codes.
CREATE FUNCTION @extschema@.otp_test_identifiers() RETURNS SETOF @extschema@.otp_test_identifier
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT otp_private.test_identifier_result(t) FROM otp_private.test_identifier t
     ORDER BY t.policy, t.channel, t.identifier
$$;

-- Seals through seal_delivery_code; its server-key parameter is called server_key. Seals the link token beside the code; notifies only while a sender waits.
DROP FUNCTION otp_private.queue_delivery(otp_private.challenge, bigint, otp_private.server_key, text);
CREATE FUNCTION otp_private.queue_delivery(challenge otp_private.challenge, previous_delivery bigint,
                                           server_key otp_private.server_key, code text, link_token text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF previous_delivery IS NOT NULL THEN
        UPDATE otp_private.delivery d
           SET state = 'superseded', sealed_code = NULL, sealed_link = NULL
         WHERE d.delivery_id = previous_delivery AND d.state = 'pending';
    END IF;
    INSERT INTO otp_private.delivery
        (delivery_id, challenge_id, send_number, server_key_id, sealed_code, sealed_link, available_at, created_at)
    OVERRIDING SYSTEM VALUE
    VALUES (challenge.delivery_id, challenge.challenge_id, challenge.resends, server_key.key_id,
            otp_private.seal_delivery_code(server_key.secret, challenge.challenge_id, challenge.resends, code),
            CASE WHEN link_token IS NOT NULL
                 THEN otp_private.seal_delivery_link(server_key.secret, challenge.challenge_id, challenge.resends,
                                                     link_token) END,
            now(), now());
    IF otp_private.delivery_needs_notification() THEN
        PERFORM pg_notify('otp_delivery',
                          json_build_object('delivery_id', challenge.delivery_id, 'channel', challenge.channel)::text);
    END IF;
    RETURN challenge.delivery_id;
END
$$;

-- otp_claim_deliveries' claim, made twice when a sender goes to wait.
CREATE FUNCTION otp_private.claim_due(max_count integer, lease_seconds integer)
RETURNS SETOF @extschema@.otp_delivery_request
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_bitmapscan = off
SET enable_sort = off
SET jit = off
AS $$
#variable_conflict use_variable
DECLARE
    -- The clock, not the transaction's start: a claim made again after waiting at the gate must
    -- see the requests of transactions that began after this one (their available_at is their
    -- start).
    at constant timestamptz := clock_timestamp();
BEGIN
    RETURN QUERY
    WITH picked AS (
        SELECT d.delivery_id
          FROM otp_private.delivery d
          JOIN otp_private.challenge c ON c.challenge_id = d.challenge_id
         WHERE d.state = 'pending' AND d.available_at <= at
           AND c.state = 'pending' AND c.expires_at > at
         ORDER BY d.delivery_id
         LIMIT max_count
           FOR UPDATE OF d SKIP LOCKED
    ), claimed AS (
        UPDATE otp_private.delivery d
           SET available_at = at + make_interval(secs => lease_seconds), tries = d.tries + 1, leased = true
          FROM picked
         WHERE d.delivery_id = picked.delivery_id
        RETURNING d.delivery_id, d.challenge_id, d.send_number, d.server_key_id, d.sealed_code, d.sealed_link
    )
    SELECT cl.delivery_id, cl.challenge_id, c.channel::text, c.identifier,
           otp_private.open_delivery_code(k.secret, cl.challenge_id, cl.send_number, cl.sealed_code),
           c.payload, c.expires_at,
           CASE WHEN cl.sealed_link IS NOT NULL
                THEN otp_private.open_delivery_link(k.secret, cl.challenge_id, cl.send_number, cl.sealed_link) END,
           c.transaction
      FROM claimed cl
      JOIN otp_private.challenge c ON c.challenge_id = cl.challenge_id
      JOIN otp_private.server_key k ON k.key_id = cl.server_key_id
     ORDER BY cl.delivery_id;
END
$$;

-- How long each of a sender's lock waits lasts: 100 ms, within its lock_timeout and a quarter of the time it has left.
CREATE FUNCTION otp_private.gate_wait_ms(
    statement_left interval DEFAULT nullif(current_setting('statement_timeout')::interval, interval '0')
                                    - (clock_timestamp() - statement_timestamp()),
    transaction_left interval DEFAULT nullif(coalesce(current_setting('transaction_timeout', true), '0')::interval,
                                             interval '0')
                                      - (clock_timestamp() - transaction_timestamp()),
    lock_timeout interval DEFAULT nullif(current_setting('lock_timeout')::interval, interval '0'))
RETURNS integer
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT greatest(0, least(100, floor(extract(epoch FROM gate_wait_ms.lock_timeout) * 1000),
                             floor(extract(epoch FROM least(statement_left, transaction_left)) * 250)))::integer
$$;

-- Opens through open_delivery_code. Returns the link token and the bound transaction; a LISTENing sender that finds nothing is marked as waiting.
CREATE OR REPLACE FUNCTION @extschema@.otp_claim_deliveries(max_count integer DEFAULT 10, lease_seconds integer DEFAULT 30)
RETURNS SETOF @extschema@.otp_delivery_request
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    lock_timeout_before text := current_setting('lock_timeout');
    wait_ms integer;
    claimed bigint;
BEGIN
    IF max_count IS NULL OR lease_seconds IS NULL OR max_count NOT BETWEEN 1 AND 1000
       OR lease_seconds NOT BETWEEN 1 AND 3600 THEN
        PERFORM otp_private.refuse_null('max_count', max_count IS NULL), otp_private.refuse_null('lease_seconds', lease_seconds IS NULL);
        PERFORM otp_private.check_range('max_count', max_count, 1, 1000),
                otp_private.check_range('lease_seconds', lease_seconds, 1, 3600);
    END IF;
    PERFORM otp_private.end_wait();
    RETURN QUERY SELECT * FROM otp_private.claim_due(max_count, lease_seconds);
    GET DIAGNOSTICS claimed = ROW_COUNT;
    IF claimed > 0 OR NOT 'otp_delivery' = ANY (ARRAY(SELECT pg_listening_channels()))
       OR current_setting('transaction_isolation') <> 'read committed' THEN
        RETURN;
    END IF;
    wait_ms := otp_private.gate_wait_ms();
    IF wait_ms = 0 THEN
        -- Too late in the statement or transaction to wait: have the sender claim again at once.
        PERFORM pg_notify('otp_delivery', '{}');
        RETURN;
    END IF;
    BEGIN
        PERFORM set_config('lock_timeout', wait_ms || 'ms', true);
        PERFORM otp_private.begin_wait();
        PERFORM set_config('lock_timeout', lock_timeout_before, true);
    EXCEPTION WHEN lock_not_available THEN
        PERFORM pg_notify('otp_delivery', '{}');
        RETURN;
    END;
    RETURN QUERY SELECT * FROM otp_private.claim_due(max_count, lease_seconds);
    GET DIAGNOSTICS claimed = ROW_COUNT;
    IF claimed > 0 THEN
        PERFORM otp_private.end_wait();
    END IF;
END
$$;

-- The audit event of a delivery's outcome, with its time in the outbox.
CREATE FUNCTION otp_private.record_delivery_event(event otp_private.event_kind, delivery otp_private.delivery,
                                                  detail jsonb DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    challenge otp_private.challenge;
BEGIN
    SELECT * INTO challenge FROM otp_private.challenge c WHERE c.challenge_id = delivery.challenge_id;
    PERFORM otp_private.record_challenge_event(event, challenge, NULL,
        detail || jsonb_build_object('delivery_id', delivery.delivery_id, 'send_number', delivery.send_number,
                                     'queued_seconds', round(extract(epoch FROM now() - delivery.created_at), 3)));
END
$$;

-- A sender's batch acknowledged in one statement.
CREATE FUNCTION @extschema@.otp_ack_deliveries(delivery_ids bigint[]) RETURNS SETOF bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    acknowledged otp_private.delivery;
BEGIN
    IF delivery_ids IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_ids', true);
    ELSIF cardinality(delivery_ids) > 1000 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('delivery_ids may hold at most 1000 ids, as many as one claim (got %s)', cardinality(delivery_ids));
    ELSIF array_ndims(delivery_ids) > 1 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'delivery_ids must be a one-dimensional array';
    ELSIF array_position(delivery_ids, NULL) IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'delivery_ids must not contain NULL';
    END IF;
    -- Rows are locked in id order, so two overlapping batches can't deadlock.
    FOR acknowledged IN
        WITH due AS (
            SELECT d.delivery_id FROM otp_private.delivery d
             WHERE d.delivery_id = ANY (delivery_ids) AND d.state = 'pending'
             ORDER BY d.delivery_id
               FOR UPDATE
        )
        UPDATE otp_private.delivery d
           SET state = 'sent', sealed_code = NULL, sealed_link = NULL, sent_at = now(), last_error = NULL
          FROM due
         WHERE d.delivery_id = due.delivery_id AND d.state = 'pending'
        RETURNING d.*
    LOOP
        PERFORM otp_private.record_delivery_event('delivered', acknowledged);
        RETURN NEXT acknowledged.delivery_id;
    END LOOP;
END
$$;

-- Records the delivery with its time in the outbox. Erases the sealed link with the code; acknowledges through otp_ack_deliveries.
CREATE OR REPLACE FUNCTION @extschema@.otp_ack_delivery(delivery_id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_id', true);
    END IF;
    RETURN EXISTS (SELECT FROM @extschema@.otp_ack_deliveries(ARRAY[delivery_id]));
END
$$;

-- Records the failure or the abandoned request. Erases the sealed link of an abandoned request.
CREATE OR REPLACE FUNCTION @extschema@.otp_fail_delivery(delivery_id bigint, error text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    max_tries constant integer := 10;
    failed otp_private.delivery;
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_id', true);
    END IF;
    UPDATE otp_private.delivery d
       SET last_error = left(coalesce(error, 'unknown error'), 2000),
           available_at = now() + make_interval(secs => least(300, 2 ^ least(greatest(d.tries, 1), 9))),
           state = CASE WHEN d.tries >= max_tries THEN 'abandoned' ELSE 'pending' END::otp_private.delivery_state,
           sealed_code = CASE WHEN d.tries >= max_tries THEN NULL ELSE d.sealed_code END,
           sealed_link = CASE WHEN d.tries >= max_tries THEN NULL ELSE d.sealed_link END,
           leased = false
     WHERE d.delivery_id = delivery_id AND d.state = 'pending'
    RETURNING * INTO failed;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    -- The sender's message as it gave it (its first 200 characters): senders should put no
    -- code in it.
    PERFORM otp_private.record_delivery_event(
        CASE WHEN failed.state = 'pending' THEN 'delivery_failed' ELSE 'delivery_abandoned' END::otp_private.event_kind,
        failed, jsonb_build_object('tries', failed.tries, 'error', left(failed.last_error, 200)));
    RETURN failed.state = 'pending';
END
$$;

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change. Wakes a waiting sender.
CREATE OR REPLACE FUNCTION @extschema@.otp_release_delivery(delivery_id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
BEGIN
    IF delivery_id IS NULL THEN
        PERFORM otp_private.refuse_null('delivery_id', true);
    END IF;
    UPDATE otp_private.delivery d
       SET available_at = now(), tries = greatest(d.tries - 1, 0), leased = false
     WHERE d.delivery_id = delivery_id AND d.state = 'pending' AND d.leased AND d.available_at > now();
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF otp_private.delivery_needs_notification() THEN
        PERFORM pg_notify('otp_delivery', json_build_object('delivery_id', delivery_id)::text);
    END IF;
    RETURN true;
END
$$;

-- The token claims only otp_pg writes, named once.
CREATE FUNCTION otp_private.reserved_claims() RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN ARRAY['sub', 'role', 'iat', 'exp', 'nbf', 'jti', 'aal', 'amr', 'factors', 'policy', 'iss', 'aud'];
END
$$;

-- The current signing key, made (EdDSA) on first use.
CREATE FUNCTION otp_private.current_signing_key() RETURNS otp_private.signing_key
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    current otp_private.signing_key;
BEGIN
    SELECT * INTO current FROM otp_private.signing_key s WHERE s.retired_at IS NULL;
    IF NOT FOUND THEN
        -- In FROM, so that the key is made once (a (f()).* list would call f once per column).
        INSERT INTO otp_private.signing_key
        SELECT * FROM otp_private.new_signing_key('EdDSA', NULL, otp_private.current_key())
        ON CONFLICT DO NOTHING;
        SELECT * INTO STRICT current FROM otp_private.signing_key s WHERE s.retired_at IS NULL;
    END IF;
    RETURN current;
END
$$;

-- A new signing key, sealed under the server key.
CREATE FUNCTION otp_private.new_signing_key(algorithm text, secret text, server_key otp_private.server_key)
RETURNS otp_private.signing_key
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    kid text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS') || '-'
                || left(replace(gen_random_uuid()::text, '-', ''), 8);
    sealed bytea;
BEGIN
    sealed := otp_private.seal_signing_secret(server_key.secret, kid, algorithm, secret);
    RETURN ROW(kid, algorithm, server_key.key_id, sealed,
               otp_private.signing_public_key(server_key.secret, kid, algorithm, sealed),
               now(), NULL, NULL)::otp_private.signing_key;
END
$$;

-- Starts signing tokens with a new key; the retired one verifies until its tokens expire.
CREATE FUNCTION @extschema@.otp_rotate_signing_key(algorithm text DEFAULT 'EdDSA', secret text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    made otp_private.signing_key;
    longest integer;
BEGIN
    PERFORM otp_private.refuse_null('algorithm', algorithm IS NULL);
    IF algorithm NOT IN ('EdDSA', 'HS256') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('algorithm must be EdDSA or HS256 (got %s)', left(algorithm, 40));
    ELSIF algorithm = 'HS256' AND (secret IS NULL OR octet_length(secret) < 32 OR octet_length(secret) > 512) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'secret must be 32 to 512 bytes for an HS256 key',
            HINT = 'Give the same text to PostgREST as jwt-secret.';
    ELSIF algorithm = 'EdDSA' AND secret IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'secret must be NULL for an EdDSA key: otp_pg makes the key and publishes its public half',
            HINT = 'Use otp_jwks() for the public keys.';
    END IF;
    LOCK TABLE otp_private.signing_key IN SHARE ROW EXCLUSIVE MODE;
    SELECT max(t.lifetime_seconds) INTO longest FROM otp_private.token_policy t;
    UPDATE otp_private.signing_key s
       SET retired_at = now(), verify_until = now() + make_interval(secs => coalesce(longest, 0) + 60)
     WHERE s.retired_at IS NULL;
    made := otp_private.new_signing_key(algorithm, secret, otp_private.current_key());
    INSERT INTO otp_private.signing_key VALUES (made.*);
    PERFORM otp_private.record_event('signing_key_rotated',
        detail => jsonb_build_object('kid', made.kid, 'algorithm', made.algorithm));
    RETURN made.kid;
END
$$;

-- Lists the signing keys, never their secrets.
CREATE FUNCTION @extschema@.otp_signing_keys() RETURNS SETOF @extschema@.otp_signing_key
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.kid, s.algorithm, s.created_at, s.retired_at, s.verify_until
      FROM otp_private.signing_key s
     ORDER BY s.created_at, s.kid
$$;

-- Publishes the public keys that verify tokens, as a JWKS document.
CREATE FUNCTION @extschema@.otp_jwks() RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM otp_private.signing_key s WHERE s.retired_at IS NULL) THEN
        PERFORM otp_private.current_signing_key();  -- publish the key before the first token
    END IF;
    RETURN jsonb_build_object('keys', coalesce(
        (SELECT jsonb_agg(otp_private.signing_jwk(s.kid, s.public_key) ORDER BY s.created_at DESC)
           FROM otp_private.signing_key s
          WHERE s.algorithm = 'EdDSA' AND (s.retired_at IS NULL OR s.verify_until > now())),
        '[]'::jsonb));
END
$$;

-- Why a role may not be named by tokens, checked when a token policy is set and at every token.
CREATE FUNCTION otp_private.token_role_problem(role text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    -- The role and every role it belongs to, inherited or not: it can become any of them.
    memberships oid[];
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles r WHERE r.rolname = role) THEN
        RETURN 'must name an existing role';
    END IF;
    memberships := ARRAY(SELECT r.oid FROM pg_roles r WHERE pg_has_role(role, r.oid, 'MEMBER'));
    IF EXISTS (SELECT FROM unnest(memberships) m WHERE m < 16384) THEN
        RETURN 'must not be, or belong to, one of PostgreSQL''s predefined roles';
    ELSIF EXISTS (SELECT FROM pg_roles r
                   WHERE r.oid = ANY (memberships)
                     AND (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls OR r.rolreplication)) THEN
        RETURN 'must not be, or belong to, a superuser or a role that creates roles or databases, bypasses row security or replicates';
    ELSIF EXISTS (SELECT FROM pg_database d WHERE d.datname = current_database() AND d.datdba = ANY (memberships))
          OR EXISTS (SELECT FROM pg_namespace n WHERE n.nspowner = ANY (memberships)) THEN
        RETURN 'must not be, or belong to, the owner of the database or of a schema';
    ELSIF EXISTS (SELECT FROM pg_namespace n
                   WHERE n.nspname !~ '^pg_(temp|toast_temp)_' AND has_schema_privilege(role, n.oid, 'CREATE')) THEN
        RETURN 'must not be able to create objects in a schema (on PostgreSQL 14: REVOKE CREATE ON SCHEMA public FROM PUBLIC)';
    ELSIF EXISTS (SELECT FROM pg_depend d
                    JOIN pg_proc p ON p.oid = d.objid
                    CROSS JOIN unnest(memberships) m
                   WHERE d.refclassid = 'pg_extension'::regclass
                     AND d.refobjid = (SELECT e.oid FROM pg_extension e WHERE e.extname = 'otp_pg')
                     AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
                     AND p.prosecdef AND p.proname NOT IN ('otp_jwks', 'otp_token_verify')
                     AND has_function_privilege(m, p.oid, 'EXECUTE')) THEN
        RETURN 'must not be, or belong to, a role that may call otp_pg''s functions (the application''s, the sender''s, the administrator''s)';
    ELSIF role ~ '[[:cntrl:]]' THEN
        RETURN 'must hold no control character';
    END IF;
    RETURN NULL;
END
$$;

-- Sets a policy's tokens: role, lifetime, issuer, audience, payload claims.
CREATE FUNCTION @extschema@.otp_set_token_policy(
    policy           text,
    role             text,
    lifetime_seconds integer DEFAULT 3600,
    issuer           text DEFAULT NULL,
    audience         text DEFAULT NULL,
    payload_claims   text[] DEFAULT '{}'
) RETURNS @extschema@.otp_token_policy
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    settings @extschema@.otp_policy;
    stored otp_private.token_policy;
    claim text;
    problem text;
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL), otp_private.refuse_null('role', role IS NULL),
            otp_private.refuse_null('lifetime_seconds', lifetime_seconds IS NULL),
            otp_private.refuse_null('payload_claims', payload_claims IS NULL);
    settings := otp_private.policy_of(policy);
    problem := otp_private.token_role_problem(role);
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('role %s (got %s)', problem, left(role, 63));
    END IF;
    PERFORM otp_private.token_policy_setting('lifetime_seconds', lifetime_seconds);
    IF issuer IS NOT NULL AND (issuer = '' OR octet_length(to_json(issuer)::text) > 257 OR issuer ~ '[[:cntrl:]]') THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'issuer must be 1 to 255 bytes as a JSON string, none a control character';
    ELSIF audience IS NOT NULL AND (audience = '' OR octet_length(to_json(audience)::text) > 257 OR audience ~ '[[:cntrl:]]') THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'audience must be 1 to 255 bytes as a JSON string, none a control character';
    ELSIF cardinality(payload_claims) > 32 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'payload_claims must name at most 32 claims';
    END IF;
    FOREACH claim IN ARRAY payload_claims LOOP
        IF claim IS NULL OR claim !~ '^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$' THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = format('payload_claims must hold names of 1 to 64 letters, digits, _ . : - (got %s)',
                                 coalesce(left(claim, 40), 'NULL'));
        ELSIF claim = ANY (otp_private.reserved_claims()) THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = format('payload_claims must not name the reserved claim %s', claim);
        END IF;
    END LOOP;
    INSERT INTO otp_private.token_policy AS t
        (policy, role, lifetime_seconds, issuer, audience, payload_claims, updated_at)
    VALUES (settings.name, role, lifetime_seconds, issuer, audience,
            ARRAY(SELECT DISTINCT c FROM unnest(payload_claims) c ORDER BY c), now())
    ON CONFLICT ON CONSTRAINT token_policy_pkey DO UPDATE SET
        role = EXCLUDED.role, lifetime_seconds = EXCLUDED.lifetime_seconds, issuer = EXCLUDED.issuer,
        audience = EXCLUDED.audience, payload_claims = EXCLUDED.payload_claims, updated_at = EXCLUDED.updated_at
    RETURNING * INTO stored;
    PERFORM otp_private.record_event('token_policy_set', settings.name,
        detail => jsonb_build_object('role', role, 'lifetime_seconds', lifetime_seconds));
    RETURN ROW(stored.policy, stored.role, stored.lifetime_seconds, stored.issuer, stored.audience,
               stored.payload_claims)::@extschema@.otp_token_policy;
END
$$;

-- Lists the token policies.
CREATE FUNCTION @extschema@.otp_token_policies() RETURNS SETOF @extschema@.otp_token_policy
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT t.policy, t.role, t.lifetime_seconds, t.issuer, t.audience, t.payload_claims
      FROM otp_private.token_policy t ORDER BY t.policy
$$;

-- Stops a policy's tokens.
CREATE FUNCTION @extschema@.otp_remove_token_policy(policy text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL);
    DELETE FROM otp_private.token_policy t WHERE t.policy = policy;
    IF FOUND THEN
        PERFORM otp_private.record_event('token_policy_set', policy, detail => '{"removed": true}');
    END IF;
    RETURN FOUND;
END
$$;

-- Signs a token under a policy's settings and records it.
CREATE FUNCTION otp_private.issue_token(policy text, subject text, amr text[], factors text[], aal integer,
                                        carried jsonb, challenge_id uuid DEFAULT NULL, key text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    settings otp_private.token_policy;
    signer otp_private.signing_key;
    claims jsonb;
    token text;
    problem text;
BEGIN
    SELECT * INTO settings FROM otp_private.token_policy t WHERE t.policy = policy;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    problem := otp_private.token_role_problem(settings.role);
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '55000',
            MESSAGE = format('token policy %s names role %s, which %s', policy, settings.role, problem),
            HINT = 'An administrator sets another role with otp_set_token_policy.';
    END IF;
    signer := otp_private.current_signing_key();
    -- A member a token can't keep exactly is left out: otp_initiate refuses such members under the
    -- policy as it is then, and a member the policy came to copy later must not fail a right code.
    claims := (SELECT coalesce(jsonb_object_agg(c.key, c.value), '{}')
                 FROM jsonb_each(coalesce(carried, '{}')) c
                WHERE c.key = ANY (settings.payload_claims) AND c.key <> ALL (otp_private.reserved_claims())
                  AND otp_private.token_json(c.value::text) IS NOT DISTINCT FROM c.value)
              || jsonb_strip_nulls(jsonb_build_object(
                     'sub', subject, 'role', settings.role,
                     'iat', floor(extract(epoch FROM now()))::bigint,
                     'exp', floor(extract(epoch FROM now()))::bigint + settings.lifetime_seconds,
                     'jti', gen_random_uuid(), 'aal', aal, 'amr', to_jsonb(amr), 'factors', to_jsonb(factors),
                     'policy', settings.policy,
                     'iss', settings.issuer, 'aud', settings.audience));
    -- Within what a token may be (8192 bytes, about 6100 of claims; jsonb's text is longer than
    -- the token's): the limits otp_initiate applies keep a token far below. A policy set or
    -- widened after the challenge began may exceed them: the copied members are left out, and a
    -- subject still too long gets no token (NULL) rather than failing the right code.
    IF octet_length(claims::text) > 5000 THEN
        claims := (SELECT jsonb_object_agg(c.key, c.value) FROM jsonb_each(claims) c
                    WHERE c.key = ANY (otp_private.reserved_claims()));
        IF octet_length(claims::text) > 5000 THEN
            RETURN NULL;
        END IF;
    END IF;
    token := (SELECT otp_private.sign_token(k.secret, signer.kid, signer.algorithm, signer.sealed_secret, claims::text)
                FROM otp_private.server_key k WHERE k.key_id = signer.server_key_id);
    PERFORM otp_private.record_event('token_issued', policy, key => key, challenge_id => challenge_id,
        detail => jsonb_build_object('jti', claims -> 'jti', 'kid', signer.kid, 'aal', aal, 'amr', claims -> 'amr',
                                     'factors', claims -> 'factors', 'exp', claims -> 'exp'));
    RETURN token;
END
$$;

-- Refuses at initiation a payload that would make the policy's tokens too long to check.
CREATE FUNCTION otp_private.check_token_payload(policy text, payload jsonb) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    claims text[];
    copied jsonb;
BEGIN
    SELECT t.payload_claims INTO claims FROM otp_private.token_policy t WHERE t.policy = policy;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF jsonb_typeof(payload -> 'sub') = 'string' AND length(payload ->> 'sub') > 256 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'payload "sub" must be at most 256 characters: it names the subject of the policy''s tokens';
    END IF;
    copied := (SELECT jsonb_object_agg(c.key, c.value) FROM jsonb_each(payload) c WHERE c.key = ANY (claims));
    IF octet_length(copied::text) > 2048 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'payload members that the policy copies into tokens must be at most 2048 bytes as JSON';
    END IF;
    -- A token is JSON as RFC 8259 readers take it: numbers a 64-bit float keeps, 64 levels at most.
    IF copied IS NOT NULL AND otp_private.token_json(copied::text) IS DISTINCT FROM copied THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'payload members that the policy copies into tokens must hold numbers JSON readers keep exactly (64-bit integers, floats as written) and nest at most 64 levels';
    END IF;
END
$$;

-- The token a verified challenge returns.
CREATE FUNCTION otp_private.challenge_token(challenge otp_private.challenge) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.issue_token(
        challenge.policy,
        CASE WHEN jsonb_typeof(challenge.payload -> 'sub') = 'string' THEN challenge.payload ->> 'sub'
             ELSE challenge.identifier END,
        CASE WHEN challenge.channel = 'sms' THEN ARRAY['otp', 'sms'] ELSE ARRAY['otp'] END,
        ARRAY[challenge.channel::text], 1, challenge.payload, challenge_id => challenge.challenge_id);
END
$$;

-- The claims of a token that verifies now, or why not.
CREATE FUNCTION otp_private.token_verdict(token text, OUT claims jsonb, OUT reason text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    signer otp_private.signing_key;
    verdict jsonb;
BEGIN
    IF octet_length(token) > 8192 THEN
        reason := 'token is longer than 8192 bytes';
        RETURN;
    END IF;
    SELECT * INTO signer FROM otp_private.signing_key s
     WHERE s.kid = otp_private.token_kid(token) AND (s.retired_at IS NULL OR s.verify_until > now());
    IF NOT FOUND THEN
        reason := 'token is malformed or names no signing key that verifies now';
        RETURN;
    END IF;
    verdict := (SELECT otp_private.check_token(token, signer.algorithm, signer.kid, signer.public_key, k.secret,
                                               signer.sealed_secret, now())
                  FROM otp_private.server_key k WHERE k.key_id = signer.server_key_id);
    claims := verdict -> 'claims';
    reason := verdict ->> 'reason';
END
$$;

-- The claims of a token otp_pg signed, if it verifies now.
CREATE FUNCTION @extschema@.otp_token_verify(token text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('token', token IS NULL);
    RETURN (otp_private.token_verdict(token)).claims;
END
$$;

-- Checks the token a step-up starts from.
CREATE FUNCTION otp_private.step_up_subject(token text, key text, policy text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    verdict record;
    settings otp_private.token_policy;
    problem text;
BEGIN
    IF token IS NULL THEN
        RETURN NULL;
    END IF;
    verdict := otp_private.token_verdict(token);
    SELECT * INTO settings FROM otp_private.token_policy t WHERE t.policy = policy;
    problem := CASE
        WHEN verdict.claims IS NULL THEN verdict.reason
        WHEN verdict.claims ->> 'sub' IS DISTINCT FROM key THEN 'token was issued for another subject than key'
        WHEN jsonb_typeof(verdict.claims -> 'factors') IS DISTINCT FROM 'array'
             OR NOT verdict.claims -> 'factors' ?| ARRAY['email', 'sms']
             OR verdict.claims -> 'factors' ?| ARRAY['totp', 'recovery_code']
            THEN 'token does not come from an e-mail or SMS code alone: a step-up adds the authenticator to such a token'
        WHEN verdict.claims ->> 'policy' IS DISTINCT FROM policy
             OR verdict.claims ->> 'iss' IS DISTINCT FROM settings.issuer
             OR verdict.claims ->> 'aud' IS DISTINCT FROM settings.audience
            THEN 'token was issued under another policy, or another issuer or audience'
        WHEN (verdict.claims ->> 'iat')::numeric < floor(extract(epoch FROM settings.updated_at))
            THEN 'token was issued before its policy last changed'
    END;
    IF problem IS NOT NULL THEN
        PERFORM otp_private.queue_refusal_event('step_up_refused', policy, NULL, NULL, NULL, NULL,
                                                jsonb_build_object('reason', problem, 'key', left(key, 200)), NULL);
        RAISE EXCEPTION USING ERRCODE = 'OT401', MESSAGE = format('token cannot be stepped up: %s', problem);
    END IF;
    RETURN verdict.claims;
END
$$;

-- The token after a factor check: first factor, or a step-up to aal 2.
CREATE FUNCTION otp_private.factor_token(key text, policy text, first jsonb, factor text) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF first IS NULL THEN
        RETURN otp_private.issue_token(policy, key, ARRAY['otp'], ARRAY[factor], 1, NULL, key => key);
    END IF;
    RETURN otp_private.issue_token(policy, key,
        ARRAY(SELECT DISTINCT m FROM (SELECT jsonb_array_elements_text(first -> 'amr')
                                      UNION ALL SELECT unnest(ARRAY['otp', 'mfa'])) a(m) ORDER BY m),
        ARRAY(SELECT jsonb_array_elements_text(first -> 'factors')) || factor,
        2, first, key => key);
END
$$;

-- Refuses a token function under a policy that issues no tokens.
CREATE FUNCTION otp_private.require_token_policy(policy text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    name text := (otp_private.policy_of(policy)).name;
BEGIN
    IF NOT EXISTS (SELECT FROM otp_private.token_policy t WHERE t.policy = name) THEN
        RAISE EXCEPTION USING ERRCODE = '55000', MESSAGE = format('policy %s issues no tokens', name),
            HINT = 'An administrator sets one with otp_set_token_policy.';
    END IF;
    RETURN name;
END
$$;

-- Checks what otp_initiate binds a challenge to: a transaction, a link binding.
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

-- What a bound challenge keeps of its transaction to compare.
CREATE FUNCTION otp_private.transaction_digest(transaction jsonb) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN sha256(convert_to(transaction::text, 'UTF8'));
END
$$;

-- The queued delivery id was never read. Records its audit event. Test identifiers get their fixed code and queue nothing; SMS sends pass the send guard. Takes a transaction to bind and a magic link (with an optional binding).
-- Who was granted otp_initiate(text, text, jsonb, text, inet): granted the new one below.
SELECT pg_catalog.set_config('otp_pg_upgrade.otp_initiate', coalesce(pg_catalog.jsonb_agg(r.rolname)::pg_catalog.text, '[]'), true)
  FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a, pg_catalog.pg_roles r
 WHERE p.oid OPERATOR(pg_catalog.=) '@extschema@.otp_initiate(text, text, jsonb, text, inet)'::pg_catalog.regprocedure
   AND r.oid OPERATOR(pg_catalog.=) a.grantee AND a.grantee OPERATOR(pg_catalog.<>) p.proowner
   AND a.privilege_type OPERATOR(pg_catalog.=) 'EXECUTE';
DROP FUNCTION @extschema@.otp_initiate(text, text, jsonb, text, inet);
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
DO $grant$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN SELECT pg_catalog.jsonb_array_elements_text(pg_catalog.current_setting('otp_pg_upgrade.otp_initiate')::pg_catalog.jsonb) LOOP
        EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION @extschema@.otp_initiate(text, text, jsonb, text, inet, jsonb, boolean, text) TO %I', grantee);
    END LOOP;
END
$grant$;

-- A challenge's taken-back attempts counted in one place, by otp_verify and by otp_purge. Records its audit event. Supersedes the sealed link with the code.
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

-- One counted attempt at a challenge, by its code or by its link token.
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

-- Notes its attempt before comparing, and counts the ledger's waiting attempts under the row lock its comparison holds. Records its audit event. Takes the bound transaction; returns a signed token under a token policy (through verify_challenge).
-- Who was granted otp_verify(uuid, text, inet): granted the new one below.
SELECT pg_catalog.set_config('otp_pg_upgrade.otp_verify', coalesce(pg_catalog.jsonb_agg(r.rolname)::pg_catalog.text, '[]'), true)
  FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a, pg_catalog.pg_roles r
 WHERE p.oid OPERATOR(pg_catalog.=) '@extschema@.otp_verify(uuid, text, inet)'::pg_catalog.regprocedure
   AND r.oid OPERATOR(pg_catalog.=) a.grantee AND a.grantee OPERATOR(pg_catalog.<>) p.proowner
   AND a.privilege_type OPERATOR(pg_catalog.=) 'EXECUTE';
DROP FUNCTION @extschema@.otp_verify(uuid, text, inet);
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
DO $grant$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN SELECT pg_catalog.jsonb_array_elements_text(pg_catalog.current_setting('otp_pg_upgrade.otp_verify')::pg_catalog.jsonb) LOOP
        EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION @extschema@.otp_verify(uuid, text, inet, jsonb) TO %I', grantee);
    END LOOP;
END
$grant$;

-- Verifies a challenge by its magic link, as otp_verify does by its code.
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

-- Reports a magic link's state without using it (mail scanners follow links).
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

-- The queued delivery id was never read; what to do next is a HINT. Records its audit event. SMS resends pass the send guard; a test identifier's resend queues nothing. A resend sends a new magic link too.
CREATE OR REPLACE FUNCTION @extschema@.otp_resend(challenge_id uuid, client_addr inet DEFAULT NULL)
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

-- The built-in default trusted-device policy.
CREATE FUNCTION otp_private.builtin_device_policy() RETURNS @extschema@.otp_device_policy
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN ROW('default', 2592000, 10)::@extschema@.otp_device_policy;  -- 30 days, 10 devices
END
$$;

-- A trusted-device policy by name.
CREATE FUNCTION otp_private.device_policy_of(name text) RETURNS @extschema@.otp_device_policy
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    found @extschema@.otp_device_policy;
BEGIN
    SELECT p.policy, p.lifetime_seconds, p.max_devices INTO found
      FROM otp_private.device_policy p WHERE p.policy = name;
    IF found.policy IS NOT NULL THEN
        RETURN found;
    ELSIF name = 'default' THEN
        RETURN otp_private.builtin_device_policy();
    END IF;
    RAISE EXCEPTION USING ERRCODE = '22023',
        MESSAGE = format('policy %s is not a device policy', quote_literal(left(name, 64))),
        HINT = 'Create it with otp_set_device_policy(policy => ...).';
END
$$;

-- An audit event about a trusted device.
CREATE FUNCTION otp_private.record_device_event(event otp_private.event_kind, key text, detail jsonb)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM otp_private.record_event(event, key => left(key, 256), detail => detail);
END
$$;

-- Revokes a key's trusted devices, erasing their digests.
CREATE FUNCTION otp_private.revoke_devices(key text, reason text, devices uuid[] DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    revoked uuid[];
BEGIN
    PERFORM FROM otp_private.device d
     WHERE d.key = key AND d.revoked_at IS NULL AND d.expires_at > now()
       AND (devices IS NULL OR d.device_id = ANY (devices))
     ORDER BY d.device_id
       FOR UPDATE;
    WITH changed AS (
        UPDATE otp_private.device d
           SET revoked_at = now(), revoke_reason = reason, token_digest = NULL, server_key_id = NULL
         WHERE d.key = key AND d.revoked_at IS NULL AND d.expires_at > now()
           AND (devices IS NULL OR d.device_id = ANY (devices))
        RETURNING d.device_id
    )
    SELECT array_agg(c.device_id ORDER BY c.device_id) INTO revoked FROM changed c;
    IF revoked IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM otp_private.record_device_event('device_revoked', key,
        jsonb_build_object('reason', reason, 'device_ids', to_jsonb(revoked)));
    RETURN cardinality(revoked);
END
$$;

-- Sets a trusted-device policy.
CREATE FUNCTION @extschema@.otp_set_device_policy(
    policy           text,
    lifetime_seconds integer DEFAULT 2592000,
    max_devices      integer DEFAULT 10
) RETURNS @extschema@.otp_device_policy
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    result @extschema@.otp_device_policy;
BEGIN
    PERFORM otp_private.refuse_null('policy', policy IS NULL),
            otp_private.refuse_null('lifetime_seconds', lifetime_seconds IS NULL),
            otp_private.refuse_null('max_devices', max_devices IS NULL);
    IF policy !~ '^[A-Za-z0-9_.:-]{1,63}$' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'policy must be 1 to 63 characters, each a letter, digit, or one of _ . : -';
    END IF;
    result := ROW(policy, otp_private.policy_setting('lifetime_seconds', lifetime_seconds),
                  otp_private.policy_setting('max_devices', max_devices))::@extschema@.otp_device_policy;
    INSERT INTO otp_private.device_policy AS p (policy, lifetime_seconds, max_devices, updated_at)
    VALUES (result.policy, result.lifetime_seconds, result.max_devices, now())
    ON CONFLICT ON CONSTRAINT device_policy_pkey DO UPDATE SET
        lifetime_seconds = EXCLUDED.lifetime_seconds, max_devices = EXCLUDED.max_devices,
        updated_at = EXCLUDED.updated_at;
    PERFORM otp_private.record_event('device_policy_set', result.policy, detail => to_jsonb(result) - 'policy');
    RETURN result;
END
$$;

-- Lists the trusted-device policies.
CREATE FUNCTION @extschema@.otp_device_policies() RETURNS SETOF @extschema@.otp_device_policy
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ROW(p.policy, p.lifetime_seconds, p.max_devices)::@extschema@.otp_device_policy
      FROM otp_private.device_policy p
    UNION ALL
    SELECT otp_private.builtin_device_policy()
     WHERE NOT EXISTS (SELECT FROM otp_private.device_policy p WHERE p.policy = 'default')
    ORDER BY 1
$$;

-- Remembers a device after a fresh factor check; its token is shown once.
CREATE FUNCTION @extschema@.otp_device_remember(
    key    text,
    label  text DEFAULT NULL,
    policy text DEFAULT 'default'
) RETURNS @extschema@.otp_device_token
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    settings @extschema@.otp_device_policy;
    server_key otp_private.server_key;
    new_id uuid := gen_random_uuid();
    made record;
    expires timestamptz;
    evicted uuid[];
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL), otp_private.refuse_null('policy', policy IS NULL);
    PERFORM otp_private.check_key(key);
    IF label IS NOT NULL THEN
        PERFORM otp_private.check_device_label(label);
    END IF;
    settings := otp_private.device_policy_of(policy);
    -- The proof is spent here: concurrent calls for one check queue on the factor row, and only
    -- the first finds it.
    UPDATE otp_private.totp_factor f SET proved_at = NULL
     WHERE f.key = key AND f.state = 'active' AND f.proved_at > now() - interval '5 minutes';
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'OT401',
            MESSAGE = 'key has no successful factor check in the last 5 minutes to remember a device with',
            HINT = 'Call otp_device_remember right after otp_totp_check, otp_totp_confirm or otp_recovery_code_use returned true, once per check.';
    END IF;
    server_key := otp_private.current_key();
    SELECT t.token, t.digest INTO made FROM otp_private.new_device_token(server_key.secret, key, new_id) t;
    expires := now() + make_interval(secs => settings.lifetime_seconds);
    INSERT INTO otp_private.device
        (device_id, key, label, policy, server_key_id, token_digest, created_at, expires_at)
    VALUES (new_id, key, label, settings.policy, server_key.key_id, made.digest, now(), expires);
    PERFORM otp_private.record_device_event('device_remembered', key,
        jsonb_build_object('device_id', new_id, 'policy', settings.policy, 'expires_at', expires));
    -- The new device counts first; the others by when they were last used.
    SELECT array_agg(q.device_id) INTO evicted
      FROM (SELECT d.device_id FROM otp_private.device d
             WHERE d.key = key AND d.revoked_at IS NULL AND d.expires_at > now()
             ORDER BY d.device_id = new_id DESC, coalesce(d.last_used_at, d.created_at) DESC, d.device_id
            OFFSET settings.max_devices) q;
    IF evicted IS NOT NULL THEN
        PERFORM otp_private.revoke_devices(key, 'evicted', evicted);
    END IF;
    RETURN ROW(new_id, made.token, expires)::@extschema@.otp_device_token;
END
$$;

-- Revokes a device whose used token was presented, a rolled-back presentation included.
CREATE FUNCTION otp_private.revoke_replayed_device(device otp_private.device, replays integer) RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF replays > 0 THEN
        RETURN otp_private.revoke_devices(device.key, 'token_replayed', ARRAY[device.device_id]) > 0;
    END IF;
    RETURN false;
END
$$;

-- Checks a trusted device's token and rotates it.
CREATE FUNCTION @extschema@.otp_device_check(key text, token text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    presented uuid;
    device otp_private.device;
    failure text;
    server_secret bytea;
    current otp_private.server_key;
    made record;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL), otp_private.refuse_null('token', token IS NULL);
    PERFORM otp_private.require_own_transaction('otp_device_check');
    presented := otp_private.device_token_id(token);
    IF presented IS NULL OR NOT otp_private.possible_key(key) THEN
        PERFORM otp_private.record_device_event('device_check_failed', key, '{"reason": "malformed"}');
        RETURN NULL;
    END IF;
    SELECT * INTO device FROM otp_private.device d WHERE d.device_id = presented AND d.key = key FOR UPDATE;
    IF FOUND AND device.revoked_at IS NULL
       AND otp_private.revoke_replayed_device(device, otp_private.record_taken_back('device ' || device.device_id)) THEN
        device.revoked_at := now();
    END IF;
    failure := CASE WHEN NOT FOUND THEN 'unknown'
                    WHEN device.revoked_at IS NOT NULL THEN 'revoked'
                    WHEN device.expires_at <= now() THEN 'expired' END;
    IF failure IS NOT NULL THEN
        PERFORM otp_private.record_device_event('device_check_failed', key,
            jsonb_strip_nulls(jsonb_build_object('reason', failure, 'device_id', device.device_id)));
        RETURN NULL;
    END IF;
    SELECT k.secret INTO server_secret FROM otp_private.server_key k WHERE k.key_id = device.server_key_id;
    IF NOT FOUND THEN
        PERFORM otp_private.missing_key(device.server_key_id);
    END IF;
    IF NOT otp_private.device_token_matches(server_secret, key, token, device.token_digest) THEN
        -- Not refused when the ledger is full (an application flooding it): the revocation is then
        -- as lasting as the caller's transaction, which the guard keeps a statement of its own
        -- except in a DO block or procedure that rolls back.
        PERFORM otp_private.note_attempt_if_room('device ' || device.device_id);
        PERFORM otp_private.revoke_replayed_device(device, 1);
        RETURN NULL;
    END IF;
    -- The next token is digested under the current server key: a device in use moves off a
    -- retired key at its next check.
    current := otp_private.current_key();
    SELECT t.token, t.digest INTO made FROM otp_private.new_device_token(current.secret, key, device.device_id) t;
    UPDATE otp_private.device d SET token_digest = made.digest, server_key_id = current.key_id, last_used_at = now()
     WHERE d.device_id = device.device_id;
    PERFORM otp_private.record_device_event('device_used', key, jsonb_build_object('device_id', device.device_id));
    RETURN made.token;
END
$$;

-- Lists a key's trusted devices.
CREATE FUNCTION @extschema@.otp_devices(key text) RETURNS SETOF @extschema@.otp_device
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    RETURN QUERY
        SELECT d.device_id, d.label, d.created_at, d.last_used_at, d.expires_at
          FROM otp_private.device d
         WHERE d.key = key AND d.revoked_at IS NULL AND d.expires_at > now()
         ORDER BY coalesce(d.last_used_at, d.created_at) DESC, d.device_id;
END
$$;

-- Revokes one trusted device.
CREATE FUNCTION @extschema@.otp_device_revoke(key text, device_id uuid) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL), otp_private.refuse_null('device_id', device_id IS NULL);
    RETURN otp_private.revoke_devices(key, 'requested', ARRAY[device_id]) > 0;
END
$$;

-- Revokes all of a key's trusted devices.
CREATE FUNCTION @extschema@.otp_devices_revoke(key text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    RETURN otp_private.revoke_devices(key, 'requested');
END
$$;

-- An audit event about a key's factor.
CREATE FUNCTION otp_private.record_factor_event(event otp_private.event_kind, key text, locked_out boolean)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM otp_private.record_event(event, key => left(key, 256),
                                     detail => CASE WHEN locked_out THEN '{"locked_out": true}'::jsonb END);
END
$$;

-- A key's taken-back checks counted in one place, by every check and by otp_purge.
CREATE FUNCTION otp_private.record_factor_failures(key text, taken_back integer) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    FOR i IN 1 .. least(taken_back, (SELECT s.max_failures FROM otp_private.factor_lockout_settings() s)) LOOP
        PERFORM otp_private.count_failure(key);
    END LOOP;
END
$$;

-- Records through record_factor_failures; a key no factor can have is not noted.
CREATE OR REPLACE FUNCTION otp_private.begin_factor_check(key text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    IF NOT otp_private.possible_key(key) THEN
        RETURN;  -- no factor can have it: nothing to lock or count
    END IF;
    PERFORM otp_private.lock_factor_checks(key);
    PERFORM otp_private.record_factor_failures(key, otp_private.attempt_taken_back('factor ' || key));
END
$$;

-- Reads factor_lockout_settings. Records its audit event.
CREATE OR REPLACE FUNCTION otp_private.count_failure(key text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    max_failures integer;
    window_seconds integer;
    lockout_seconds integer;
BEGIN
    IF NOT otp_private.possible_key(key) THEN
        RETURN;  -- a key no factor can have is not counted (nor fits the table's index)
    END IF;
    SELECT s.max_failures, s.window_seconds, s.lockout_seconds INTO max_failures, window_seconds, lockout_seconds
      FROM otp_private.factor_lockout_settings() s;
    -- Windows and lock-outs start at the clock's time, not the transaction's: a statement that
    -- ran long (or slept) before its checks would otherwise date them in the past and shorten
    -- them. Reads compare with now(), which is earlier, so they only ever see more of either.
    INSERT INTO otp_private.factor_failure AS f (key, failures, window_start)
    VALUES (key, 1, clock_timestamp())
    ON CONFLICT ON CONSTRAINT factor_failure_pkey DO UPDATE SET
        failures = CASE WHEN f.window_start + make_interval(secs => window_seconds) <= now() THEN 1 ELSE f.failures + 1 END,
        window_start = CASE WHEN f.window_start + make_interval(secs => window_seconds) <= now() THEN clock_timestamp() ELSE f.window_start END;
    UPDATE otp_private.factor_failure f
       SET locked_until = clock_timestamp() + make_interval(secs => lockout_seconds), failures = 0, window_start = clock_timestamp()
     WHERE f.key = key AND f.failures >= max_failures;
    IF FOUND THEN
        PERFORM otp_private.record_event('factor_locked', key => key,
                                         detail => jsonb_build_object('lockout_seconds', lockout_seconds));
    END IF;
END
$$;

-- What to do next is a HINT. Records its audit event. Clears the proof a trusted device needs.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_enroll(
    key       text,
    account   text DEFAULT NULL,
    issuer    text DEFAULT NULL,
    digits    integer DEFAULT 6,
    period    integer DEFAULT 30,
    algorithm text DEFAULT 'sha1'
) RETURNS @extschema@.otp_enrollment
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    server_key otp_private.server_key;
    existing text;
    secret text;
    uri text;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('digits', digits IS NULL);
    PERFORM otp_private.refuse_null('period', period IS NULL);
    PERFORM otp_private.refuse_null('algorithm', algorithm IS NULL);
    PERFORM otp_private.check_key(key);
    SELECT f.state INTO existing FROM otp_private.totp_factor f WHERE f.key = key FOR UPDATE;
    IF existing = 'active' THEN
        RAISE EXCEPTION USING ERRCODE = 'OT409',
            MESSAGE = 'key already has an active authenticator factor',
            HINT = 'Remove it with otp_totp_disable first.';
    END IF;
    secret := otp_private.new_totp_secret();
    -- Also checks digits, period, algorithm, account and issuer, naming the one that is wrong.
    uri := otp_private.totp_uri(secret, coalesce(account, key), issuer, digits, period, algorithm);
    server_key := otp_private.current_key();
    INSERT INTO otp_private.totp_factor AS f
        (key, state, server_key_id, sealed_secret, digits, period, algorithm, created_at)
    VALUES (key, 'pending', server_key.key_id, otp_private.seal_factor_secret(server_key.secret, key, secret),
            digits, period, lower(algorithm), now())
    ON CONFLICT ON CONSTRAINT totp_factor_pkey DO UPDATE SET
        state = 'pending', server_key_id = EXCLUDED.server_key_id, sealed_secret = EXCLUDED.sealed_secret,
        digits = EXCLUDED.digits, period = EXCLUDED.period, algorithm = EXCLUDED.algorithm,
        last_step = NULL, created_at = EXCLUDED.created_at, confirmed_at = NULL, proved_at = NULL;
    PERFORM otp_private.record_factor_event('factor_enrolled', key, false);
    RETURN ROW(secret, uri)::@extschema@.otp_enrollment;
END
$$;

-- A lock-out is read on every path, with a factor or without, so it costs the same on both. Records its audit event. Records the proof a trusted device needs; removes recovery codes made before the enrolment.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_confirm(key text, code text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    factor otp_private.totp_factor;
    step bigint;
    locked boolean;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('code', code IS NULL);
    PERFORM otp_private.require_own_transaction('otp_totp_confirm');
    PERFORM otp_private.begin_factor_check(key);
    -- Read on every path, with or without a factor, so a lock-out costs the same either way.
    locked := otp_private.locked_out(key);
    -- No row lock: begin_factor_check serialised the checks of this key, and a lock taken only
    -- when the factor exists would make a wrong code for a key with one take longer.
    SELECT * INTO factor FROM otp_private.totp_factor f WHERE f.key = key AND f.state = 'pending';
    IF NOT FOUND OR locked THEN
        -- The same work as a comparison, and the same write as a wrong code (unless locked out,
        -- where nothing is written either way), so the time doesn't tell whether the key has a
        -- factor.
        PERFORM otp_private.totp_decoy(code, now(), 1), otp_private.decoy_key_lookup();
        IF NOT locked THEN
            PERFORM otp_private.count_failure(key);
        END IF;
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    step := otp_private.totp_match(otp_private.factor_secret(factor), code, now(), 1,
                                   factor.digits, factor.period, factor.algorithm);
    IF step IS NULL THEN
        PERFORM otp_private.count_failure(key);
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    -- Only the factor compared with: one enrolled again meanwhile keeps its own secret pending.
    UPDATE otp_private.totp_factor f SET state = 'active', confirmed_at = now(), last_step = step, proved_at = now()
     WHERE f.key = key AND f.state = 'pending' AND f.created_at = factor.created_at;
    IF NOT FOUND THEN
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    -- The authenticator's recovery codes are made after this (within 5 minutes, no other proof
    -- asked): codes made before, while no active factor asked for a proof, may be anyone's, and
    -- must not be a way past the new factor.
    DELETE FROM otp_private.recovery_code r WHERE r.key = key;
    PERFORM otp_private.clear_failures(key);
    PERFORM otp_private.record_factor_event('factor_confirmed', key, false);
    RETURN true;
END
$$;

-- A lock-out is read on every path, with a factor or without, so it costs the same on both. Records its audit event. Records the proof a trusted device needs.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_check(key text, code text, skew integer DEFAULT 1) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    factor otp_private.totp_factor;
    step bigint;
    locked boolean;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('code', code IS NULL);
    PERFORM otp_private.refuse_null('skew', skew IS NULL);
    PERFORM otp_private.check_range('skew', skew, 0, 10);
    PERFORM otp_private.require_own_transaction('otp_totp_check');
    PERFORM otp_private.begin_factor_check(key);
    locked := otp_private.locked_out(key);  -- see otp_totp_confirm
    SELECT * INTO factor FROM otp_private.totp_factor f WHERE f.key = key AND f.state = 'active';
    IF NOT FOUND OR locked THEN
        -- The same work and write as a wrong code (see otp_totp_confirm).
        PERFORM otp_private.totp_decoy(code, now(), skew), otp_private.decoy_key_lookup();
        IF NOT locked THEN
            PERFORM otp_private.count_failure(key);
        END IF;
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    step := otp_private.totp_match(otp_private.factor_secret(factor), code, now(), skew,
                                   factor.digits, factor.period, factor.algorithm);
    IF step IS NULL OR step <= coalesce(factor.last_step, -1) THEN
        PERFORM otp_private.count_failure(key);
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    UPDATE otp_private.totp_factor f SET last_step = step, proved_at = now()
     WHERE f.key = key AND f.state = 'active' AND f.created_at = factor.created_at;
    IF NOT FOUND THEN  -- disabled (and perhaps enrolled again) meanwhile
        PERFORM otp_private.record_factor_event('factor_check_failed', key, locked);
        RETURN false;
    END IF;
    PERFORM otp_private.clear_failures(key);
    PERFORM otp_private.record_factor_event('factor_checked', key, false);
    RETURN true;
END
$$;

-- Records its audit event. Revokes the key's trusted devices.
CREATE OR REPLACE FUNCTION @extschema@.otp_totp_disable(key text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    removed bigint;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    DELETE FROM otp_private.totp_factor f WHERE f.key = key;
    GET DIAGNOSTICS removed = ROW_COUNT;
    DELETE FROM otp_private.recovery_code r WHERE r.key = key;
    PERFORM otp_private.revoke_devices(key, 'factor_disabled');
    IF removed > 0 THEN
        PERFORM otp_private.record_factor_event('factor_disabled', key, false);
    END IF;
    RETURN removed > 0;
END
$$;

-- Records its audit event. While the key has an active authenticator, needs a code of it accepted in the last 5 minutes.
CREATE OR REPLACE FUNCTION @extschema@.otp_recovery_codes_generate(key text, count integer DEFAULT 10) RETURNS SETOF text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    server_key otp_private.server_key;
    code text;
    made integer := 0;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('count', count IS NULL);
    PERFORM otp_private.check_key(key);
    PERFORM otp_private.check_range('count', count, 1, 100);
    IF EXISTS (SELECT FROM otp_private.totp_factor f
                WHERE f.key = key AND f.state = 'active'
                  AND (f.last_step IS NULL
                       OR (f.last_step + 2) * f.period < extract(epoch FROM now()) - 300)) THEN
        RAISE EXCEPTION USING ERRCODE = 'OT401',
            MESSAGE = 'key has an active authenticator, and no code of it was accepted in the last 5 minutes',
            HINT = 'Check a code of the authenticator (otp_totp_check) first, then make new recovery codes.';
    END IF;
    server_key := otp_private.current_key();
    DELETE FROM otp_private.recovery_code r WHERE r.key = key;
    WHILE made < count LOOP
        code := otp_private.new_recovery_code();
        INSERT INTO otp_private.recovery_code (key, code_digest, server_key_id, created_at)
        VALUES (key, otp_private.recovery_digest(server_key.secret, key, otp_private.normalize_recovery_code(code)),
                server_key.key_id, now())
        ON CONFLICT DO NOTHING;  -- a repeat (1 in 2^50) is simply drawn again
        IF FOUND THEN
            made := made + 1;
            RETURN NEXT code;
        END IF;
    END LOOP;
    PERFORM otp_private.record_factor_event('recovery_codes_generated', key, false);
END
$$;

-- A lock-out is read on every path, with a factor or without, so it costs the same on both. Records its audit event. Records the proof and revokes the key's trusted devices.
CREATE OR REPLACE FUNCTION @extschema@.otp_recovery_code_use(key text, code text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
#variable_conflict use_variable
DECLARE
    canonical text;
    digests bytea[];
    found_at integer := 0;
    server_secret bytea;
    locked boolean;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    PERFORM otp_private.refuse_null('code', code IS NULL);
    PERFORM otp_private.require_own_transaction('otp_recovery_code_use');
    -- Concurrent uses of the key's codes and TOTP checks queue here: each sees the last one's result.
    PERFORM otp_private.begin_factor_check(key);
    locked := otp_private.locked_out(key);  -- see otp_totp_confirm
    canonical := otp_private.normalize_recovery_code(code);
    -- The same query whether or not the key has codes: an aggregate gives one row either way.
    SELECT array_agg(r.code_digest), (array_agg(k.secret))[1] INTO digests, server_secret
      FROM otp_private.recovery_code r JOIN otp_private.server_key k ON k.key_id = r.server_key_id
     WHERE r.key = key AND r.used_at IS NULL;  -- one generation: all under one server key
    IF digests IS NULL OR locked THEN
        -- The same work and write as a wrong code (see otp_totp_confirm).
        PERFORM otp_private.recovery_decoy(key, code);
        IF NOT locked THEN
            PERFORM otp_private.count_failure(key);
        END IF;
        PERFORM otp_private.record_factor_event('recovery_code_failed', key, locked);
        RETURN false;
    END IF;
    -- A malformed code is digested all the same: every answer costs one digest and one search.
    found_at := otp_private.find_digest(digests, otp_private.recovery_digest(server_secret, key, coalesce(canonical, '')));
    IF coalesce(found_at, 0) = 0 OR canonical IS NULL THEN
        PERFORM otp_private.count_failure(key);
        PERFORM otp_private.record_factor_event('recovery_code_failed', key, locked);
        RETURN false;
    END IF;
    UPDATE otp_private.recovery_code r SET used_at = now() WHERE r.key = key AND r.code_digest = digests[found_at];
    -- The factor row before the devices, in the order otp_device_remember takes them.
    UPDATE otp_private.totp_factor f SET proved_at = now() WHERE f.key = key;
    PERFORM otp_private.revoke_devices(key, 'recovery_code_used');
    PERFORM otp_private.clear_failures(key);
    PERFORM otp_private.record_factor_event('recovery_code_used', key, false);
    RETURN true;
END
$$;

-- Renamed inside (refuse_null, server_key_id, server_key variables); callers see no change.
CREATE OR REPLACE FUNCTION @extschema@.otp_factor_status(key text) RETURNS @extschema@.otp_factor_status
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    result @extschema@.otp_factor_status;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL);
    SELECT coalesce((SELECT f.state FROM otp_private.totp_factor f WHERE f.key = key), 'none'),
           (SELECT f.confirmed_at FROM otp_private.totp_factor f WHERE f.key = key),
           (SELECT count(*)::integer FROM otp_private.recovery_code r WHERE r.key = key AND r.used_at IS NULL),
           (SELECT f.locked_until FROM otp_private.factor_failure f WHERE f.key = key AND f.locked_until > now())
      INTO result;
    RETURN result;
END
$$;

-- A factor check that returns a signed token, or steps one up.
CREATE FUNCTION otp_private.checked_factor_token(key text, code text, token text, policy text, recovery boolean)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    first jsonb;
    passed boolean;
BEGIN
    PERFORM otp_private.refuse_null('key', key IS NULL), otp_private.refuse_null('code', code IS NULL),
            otp_private.refuse_null('policy', policy IS NULL);
    policy := otp_private.require_token_policy(policy);
    first := otp_private.step_up_subject(token, key, policy);
    passed := CASE WHEN recovery THEN @extschema@.otp_recovery_code_use(key, code)
                   ELSE @extschema@.otp_totp_check(key, code) END;
    IF NOT passed THEN
        RETURN NULL;
    END IF;
    RETURN otp_private.factor_token(key, policy, first, CASE WHEN recovery THEN 'recovery_code' ELSE 'totp' END);
END
$$;

-- A TOTP check that returns a signed token, or steps one up.
CREATE FUNCTION @extschema@.otp_totp_token(key text, code text, token text DEFAULT NULL, policy text DEFAULT 'default')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.checked_factor_token(key, code, token, policy, false);
END
$$;

-- A recovery code that returns a signed token, or steps one up.
CREATE FUNCTION @extschema@.otp_recovery_token(key text, code text, token text DEFAULT NULL, policy text DEFAULT 'default')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN otp_private.checked_factor_token(key, code, token, policy, true);
END
$$;

-- Records every waiting subject of this database without waiting on a row; otp_purge runs it first. Revokes devices whose replayed token a rollback took back.
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

-- Records what waits on the ledger before purging; reads factor_lockout_settings. Records waiting refusals, trips circuit breakers, and removes client spreads and events past their time. Removes expired and long-revoked trusted devices and signing keys past their tokens; keeps server keys they refer to.
CREATE OR REPLACE FUNCTION @extschema@.otp_purge() RETURNS bigint
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

-- Re-seals a test identifier's code under another server key.
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

-- Re-seals a signing key under another server key.
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

-- Re-seals test identifiers' codes too, and records the rotation. Re-seals signing keys.
CREATE OR REPLACE FUNCTION @extschema@.otp_rotate_server_key() RETURNS integer
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

-- Stores every server key wrapped under the root key: a dump then holds no key that opens anything. Records its audit event.
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

-- Replaced by refuse_null, seal_delivery_code, open_delivery_code and factor_lockout_settings
-- (the library keeps the compiled symbols for older install scripts); new_server_key by
-- new_stored_server_key.
DROP FUNCTION otp_private.require(text, boolean);
DROP FUNCTION otp_private.factor_limits();
DROP FUNCTION otp_private.new_server_key();
DROP FUNCTION otp_private.seal_text(bytea, text, text);
DROP FUNCTION otp_private.unseal_text(bytea, text, bytea);

-- With a root key loaded (otp_pg.root_key_file), the existing server keys are stored wrapped
-- under it now, as otp_wrap_server_keys() would; without one they stay as they are.
UPDATE otp_private.server_key k SET secret = otp_private.rewrap_server_key(k.secret)
 WHERE otp_private.root_key_loaded();

-- Factor secrets sealed by earlier versions are sealed again with XChaCha20-Poly1305: every factor
-- then opens alike, as the decoy for a key without one does.
UPDATE otp_private.totp_factor f
   SET sealed_secret = otp_private.seal_factor_secret(k.secret, f.key, otp_private.factor_secret(f))
  FROM otp_private.server_key k
 WHERE k.key_id = f.server_key_id;

-- The audit trail and the figures drawn from it (sql/events.sql).
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

-- Nothing new is callable by PUBLIC; docs/security.md lists what to grant to whom.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA otp_private FROM PUBLIC;
REVOKE ALL ON FUNCTION
    @extschema@.otp_set_policy(text, integer, integer, integer, integer, integer, integer, integer, integer, integer),
    @extschema@.otp_policies(),
    @extschema@.otp_initiate(text, text, jsonb, text, inet, jsonb, boolean, text),
    @extschema@.otp_verify(uuid, text, inet, jsonb),
    @extschema@.otp_verify_link(text, text, inet, jsonb),
    @extschema@.otp_check_link(text),
    @extschema@.otp_resend(uuid, inet),
    @extschema@.otp_claim_deliveries(integer, integer),
    @extschema@.otp_ack_delivery(bigint),
    @extschema@.otp_ack_deliveries(bigint[]),
    @extschema@.otp_fail_delivery(bigint, text),
    @extschema@.otp_release_delivery(bigint),
    @extschema@.otp_purge(),
    @extschema@.otp_rotate_server_key(),
    @extschema@.otp_wrap_server_keys(),
    @extschema@.otp_set_send_guard(text, text[], text[], integer, integer, integer, integer, integer, integer, integer),
    @extschema@.otp_send_guards(),
    @extschema@.otp_remove_send_guard(text),
    @extschema@.otp_circuits(),
    @extschema@.otp_reset_circuit(text, text),
    @extschema@.otp_set_test_identifier(text, text, text, text, timestamptz),
    @extschema@.otp_remove_test_identifier(text, text, text),
    @extschema@.otp_test_identifiers(),
    @extschema@.otp_rotate_signing_key(text, text),
    @extschema@.otp_signing_keys(),
    @extschema@.otp_jwks(),
    @extschema@.otp_set_token_policy(text, text, integer, text, text, text[]),
    @extschema@.otp_token_policies(),
    @extschema@.otp_remove_token_policy(text),
    @extschema@.otp_token_verify(text)
FROM PUBLIC;

REVOKE ALL ON @extschema@.otp_events, @extschema@.otp_conversion FROM PUBLIC;

REVOKE ALL ON FUNCTION
    @extschema@.otp_totp_enroll(text, text, text, integer, integer, text),
    @extschema@.otp_totp_confirm(text, text),
    @extschema@.otp_totp_check(text, text, integer),
    @extschema@.otp_totp_disable(text),
    @extschema@.otp_recovery_codes_generate(text, integer),
    @extschema@.otp_recovery_code_use(text, text),
    @extschema@.otp_recovery_codes_remaining(text),
    @extschema@.otp_factor_status(text),
    @extschema@.otp_totp_token(text, text, text, text),
    @extschema@.otp_recovery_token(text, text, text, text)
FROM PUBLIC;

REVOKE ALL ON FUNCTION
    @extschema@.otp_set_device_policy(text, integer, integer),
    @extschema@.otp_device_policies(),
    @extschema@.otp_device_remember(text, text, text),
    @extschema@.otp_device_check(text, text),
    @extschema@.otp_devices(text),
    @extschema@.otp_device_revoke(text, uuid),
    @extschema@.otp_devices_revoke(text)
FROM PUBLIC;

-- Whoever may acknowledge one delivery request may acknowledge a batch.
DO $grant$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN SELECT r.rolname
                     FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a, pg_catalog.pg_roles r
                    WHERE p.oid OPERATOR(pg_catalog.=) '@extschema@.otp_ack_delivery(bigint)'::pg_catalog.regprocedure
                      AND r.oid OPERATOR(pg_catalog.=) a.grantee AND a.grantee OPERATOR(pg_catalog.<>) p.proowner
                      AND a.privilege_type OPERATOR(pg_catalog.=) 'EXECUTE' LOOP
        EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION @extschema@.otp_ack_deliveries(bigint[]) TO %I', grantee);
    END LOOP;
END
$grant$;
