-- otp_pg schema: state for challenge sessions and delivery, kept in a schema that application roles
-- can't reach. The extension's SECURITY DEFINER functions are the only way in.
--
-- Expressions here (defaults, CHECK constraints, index predicates) are bound to their functions
-- and operators while CREATE EXTENSION runs, with the extension's schema on the search_path, where
-- another role may have planted a better match (PostgreSQL 14's open public schema, a database
-- owner): an `=` on an enum column and a text literal, or nextval(text). Each is evaluated by the
-- extension's functions as its owner, so each names pg_catalog and casts its literals to the
-- column's type (tests/test_attacks.py plants such objects before CREATE EXTENSION).

CREATE SCHEMA otp_private;
REVOKE ALL ON SCHEMA otp_private FROM PUBLIC;
COMMENT ON SCHEMA otp_private IS 'otp_pg internal state; use the otp_* functions instead';

-- Keys for code digests and sealed codes. One is current; retired keys stay while rows still
-- refer to them, so a rotation never invalidates a code already sent. The first key is made on
-- first use, not by CREATE EXTENSION, so that restoring a dump brings back the dumped keys
-- without a clash.
CREATE TABLE otp_private.server_key (
    key_id     integer PRIMARY KEY,
    -- 32 bytes, or longer when wrapped under the root key (src/root_key.rs).
    secret     bytea NOT NULL
               CONSTRAINT server_key_secret_check CHECK (pg_catalog.octet_length(secret) OPERATOR(pg_catalog.>=) 32),
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    retired_at timestamptz,
    -- When otp_purge first saw the key retired: it is removed only after every transaction that
    -- was running then has ended (see otp_purge).
    seen_retired_at timestamptz
);
CREATE UNIQUE INDEX server_key_one_current ON otp_private.server_key ((true)) WHERE retired_at IS NULL;

-- Named policies. The built-in 'default' needs no row (see otp_private.policy_of); a row named
-- 'default' overrides it. Keeping built-ins out of the table lets pg_dump carry every row without
-- clashing with what CREATE EXTENSION makes on restore.
CREATE TABLE otp_private.policy (
    name                    text PRIMARY KEY
                            CHECK (name OPERATOR(pg_catalog.~) '^[A-Za-z0-9_.:-]{1,63}$'::pg_catalog.text),
    code_length             integer NOT NULL CHECK (code_length BETWEEN 4 AND 10),
    ttl_seconds             integer NOT NULL CHECK (ttl_seconds BETWEEN 1 AND 604800),
    max_attempts            integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 100),
    max_resends             integer NOT NULL CHECK (max_resends BETWEEN 0 AND 100),
    resend_cooldown_seconds integer NOT NULL CHECK (resend_cooldown_seconds BETWEEN 0 AND 86400),
    retention_seconds       integer NOT NULL CHECK (retention_seconds BETWEEN 0 AND 31536000),
    identifier_limit        integer NOT NULL CHECK (identifier_limit BETWEEN 1 AND 1000000),
    client_limit            integer NOT NULL CHECK (client_limit BETWEEN 1 AND 1000000),
    limit_window_seconds    integer NOT NULL CHECK (limit_window_seconds BETWEEN 1 AND 604800),
    updated_at              timestamptz NOT NULL DEFAULT pg_catalog.now()
);

-- The closed sets of the hot tables are enum types, not CHECK (... IN ...) constraints: PostgreSQL
-- reads and prepares a table's CHECK constraints again in every statement that writes a row, and
-- those lists cost about an eighth of a login's server time. A value outside the type is refused
-- all the same, by the type's input function.
CREATE TYPE otp_private.channel AS ENUM ('email', 'sms');
CREATE TYPE otp_private.challenge_state AS ENUM ('pending', 'verified', 'locked');
CREATE TYPE otp_private.delivery_state AS ENUM ('pending', 'sent', 'superseded', 'abandoned');
-- The *_identifier_client scopes count an identifier's requests from one client address.
-- send_country and send_range count the SMS codes sent to a country and to a number range, across
-- all identifiers; client_countries and client_identifiers are the send guard's limits on how
-- many different ones a client address asks codes for (otp_private.client_spread).
CREATE TYPE otp_private.rate_scope AS ENUM ('send_identifier', 'send_client', 'verify_identifier', 'verify_client',
                                            'send_identifier_client', 'verify_identifier_client',
                                            'send_country', 'send_range', 'client_countries', 'client_identifiers');

-- One row per login attempt. Policy values are copied in at initiation so that changing a policy
-- affects new challenges only. The code is kept only as a keyed digest, erased when it is done.
CREATE TABLE otp_private.challenge (
    challenge_id            uuid PRIMARY KEY,
    policy                  text NOT NULL,
    channel                 otp_private.channel NOT NULL,
    identifier              text NOT NULL,
    payload                 jsonb NOT NULL,
    client_addr             inet,
    -- No foreign key to server_key on the hot tables: every insert would lock the one current
    -- key row (FOR KEY SHARE), serialising concurrent logins. otp_purge deletes only keys that
    -- nothing refers to.
    server_key_id           integer NOT NULL,
    code_digest             bytea,
    code_length             integer NOT NULL,
    delivery_id             bigint NOT NULL,  -- the outbox row of the latest send
    state                   otp_private.challenge_state NOT NULL DEFAULT 'pending',
    attempts                integer NOT NULL DEFAULT 0,
    max_attempts            integer NOT NULL,
    resends                 integer NOT NULL DEFAULT 0,
    max_resends             integer NOT NULL,
    resend_cooldown_seconds integer NOT NULL,
    ttl_seconds             integer NOT NULL,
    retention_seconds       integer NOT NULL,
    created_at              timestamptz NOT NULL,
    sent_at                 timestamptz NOT NULL,
    expires_at              timestamptz NOT NULL,
    finished_at             timestamptz,
    purge_after             timestamptz NOT NULL,
    -- Of an SMS identifier (see otp_private.sms_origin), for the send guard and the figures.
    country                 text,
    -- Made for a test identifier (otp_private.test_identifier): its code is fixed, nothing is sent.
    test                    boolean NOT NULL DEFAULT false,
    -- A magic link beside the code (otp_initiate's link): the keyed digest of its latest secret,
    -- kept after the challenge finishes so that its page can say "used", and the digest of the
    -- value the link is bound to, if any.
    link_digest             bytea,
    link_binding            bytea,
    -- A bound transaction (otp_initiate's transaction): as given, for the message and the link's
    -- page, and the SHA-256 of its text, which the verification must match.
    transaction             jsonb,
    transaction_digest      bytea,
    CHECK ((state OPERATOR(pg_catalog.=) 'pending'::otp_private.challenge_state)
           OPERATOR(pg_catalog.=) (code_digest IS NOT NULL))
) WITH (fillfactor = 85);  -- room for HOT updates of attempts and state
CREATE INDEX challenge_purge_after ON otp_private.challenge (purge_after);
-- The circuit breaker's sample: a country's latest SMS sends under a policy (otp_private.trip_circuits).
CREATE INDEX challenge_country_sends ON otp_private.challenge (policy, country, created_at) WHERE country IS NOT NULL;

-- The outbox: one row per code to send. The code is sealed under the server key, bound to
-- (challenge, send number), and erased once sent, superseded or abandoned. The challenge points
-- at its latest row (challenge.delivery_id), so no index on challenge_id is kept up to date on
-- every send; otp_purge removes a challenge's rows with it.
CREATE TABLE otp_private.delivery (
    delivery_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    challenge_id uuid NOT NULL,
    send_number  integer NOT NULL,
    server_key_id integer NOT NULL,  -- see challenge.server_key_id
    sealed_code  bytea,
    state        otp_private.delivery_state NOT NULL DEFAULT 'pending',
    tries        integer NOT NULL DEFAULT 0,
    available_at timestamptz NOT NULL,
    created_at   timestamptz NOT NULL,
    sent_at      timestamptz,
    last_error   text,
    CHECK ((state OPERATOR(pg_catalog.=) 'pending'::otp_private.delivery_state)
           OPERATOR(pg_catalog.=) (sealed_code IS NOT NULL)),
    -- True while a sender holds the request (until available_at), so that
    -- otp_release_delivery can tell a lease from a retry back-off.
    leased       boolean NOT NULL DEFAULT false,
    sealed_link  bytea  -- the link token of this send, sealed like the code; erased with it
) WITH (fillfactor = 85);
-- Claims go oldest first through this index. available_at (leases, back-off) is checked on the
-- row, not indexed, so that taking a lease touches no indexed column and is a HOT update.
CREATE INDEX delivery_claimable ON otp_private.delivery (delivery_id)
    WHERE state OPERATOR(pg_catalog.=) 'pending'::otp_private.delivery_state;

-- Sliding-window rate limits, one row per (policy, scope, subject): the hits of the current fixed
-- window and of the one before it, whose count is weighted by how much of it still overlaps the
-- sliding window. One row, so that a hit is one upsert; a new window updates the row in place.
CREATE TABLE otp_private.rate_counter (
    policy         text NOT NULL,
    scope          otp_private.rate_scope NOT NULL,
    subject        text NOT NULL,
    window_start   timestamptz NOT NULL,  -- of the current window, the latest with a hit
    window_seconds integer NOT NULL,
    hits           integer NOT NULL,      -- in the window that starts at window_start
    previous_hits  integer NOT NULL,      -- in the window before it
    PRIMARY KEY (policy, scope, subject)
) WITH (fillfactor = 85);  -- room for HOT updates: a hit changes no indexed column
-- No index beyond the key: otp_purge scans this small table, and every hit stays cheaper.

-- Authenticator-app factors, one per application key (user id). The secret is sealed under the
-- server key, bound to the key it belongs to. last_step is the latest accepted time step: a
-- check accepts only later steps (RFC 6238 section 5.2), so no code works twice.
CREATE TABLE otp_private.totp_factor (
    key           text PRIMARY KEY,
    state         text NOT NULL
                  CHECK (state OPERATOR(pg_catalog.=) ANY (ARRAY['pending'::pg_catalog.text, 'active'::pg_catalog.text])),
    server_key_id integer NOT NULL REFERENCES otp_private.server_key,
    sealed_secret bytea NOT NULL,
    digits        integer NOT NULL,
    period        integer NOT NULL,
    algorithm     text NOT NULL,
    last_step     bigint,
    created_at    timestamptz NOT NULL,
    confirmed_at  timestamptz,
    -- When a code of the factor, or a recovery code of the key, last passed: otp_device_remember
    -- accepts it for 5 minutes and spends it, so one factor check remembers one device. The last
    -- column, where the update to 0.4.1 adds it.
    proved_at     timestamptz
);

-- Recovery codes, only as keyed digests bound to their key.
CREATE TABLE otp_private.recovery_code (
    key           text NOT NULL,
    code_digest   bytea NOT NULL,
    server_key_id integer NOT NULL REFERENCES otp_private.server_key,
    created_at    timestamptz NOT NULL,
    used_at       timestamptz,
    PRIMARY KEY (key, code_digest)
);

-- Failed factor checks per key, for the lock-out.
CREATE TABLE otp_private.factor_failure (
    key          text PRIMARY KEY,
    failures     integer NOT NULL,
    window_start timestamptz NOT NULL,
    locked_until timestamptz
);

-- A policy's SMS pumping guard (otp_set_send_guard): where its SMS codes may go, how fast, and
-- the circuit breaker that pauses a country whose codes are no longer entered. The bounds are
-- defined in src/api/policies.rs (SEND_GUARD_BOUNDS); the CHECK constraints repeat them as a guard.
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

-- The countries and identifiers each client address asked codes for, for the send guard's
-- client_country_limit and client_identifier_limit: one row per distinct value, last_seen moved
-- on by every request. Identifiers are kept as their rate-limit subjects.
CREATE TYPE otp_private.spread_kind AS ENUM ('country', 'identifier');
CREATE TABLE otp_private.client_spread (
    policy    text NOT NULL,
    client    text NOT NULL,
    kind      otp_private.spread_kind NOT NULL,
    value     text NOT NULL,
    last_seen timestamptz NOT NULL,
    PRIMARY KEY (policy, client, kind, value)
);

-- Tripped circuit breakers: SMS codes to `country` under `policy` are refused until reopens_at.
-- Only sends made from counted_from on are sampled again, so a circuit that reopens (or is reset)
-- is judged on new sends.
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

-- Test identifiers (app-store review, end-to-end tests): otp_initiate under `policy` for one of
-- them queues nothing and the fixed code verifies. The code is sealed under the server key,
-- bound to policy, channel and identifier.
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

-- Keys that sign tokens (otp_rotate_signing_key). One is current and signs; a retired key still
-- verifies until the tokens it signed have expired (verify_until). The secret (an HS256 key or an
-- Ed25519 seed) is sealed under the server key, bound to its kid; an Ed25519 key's public half is
-- kept in the clear for the JWKS document.
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

-- A policy's signed tokens (otp_set_token_policy): a verification under the policy returns a
-- token naming `role`, valid for `lifetime_seconds`, with the payload's `payload_claims` copied in.
-- The bounds are defined in src/api/policies.rs (TOKEN_POLICY_BOUNDS); the CHECK repeats them.
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

-- Trusted-device policies (otp_set_device_policy): how long a remembered device stays trusted
-- and how many one key may have. The built-in 'default' needs no row (otp_private.device_policy_of),
-- as for otp_private.policy. The bounds are defined in src/api/policies.rs (DEVICE_POLICY_BOUNDS);
-- the CHECK constraints repeat them as a guard.
CREATE TABLE otp_private.device_policy (
    policy           text PRIMARY KEY
                     CHECK (policy OPERATOR(pg_catalog.~) '^[A-Za-z0-9_.:-]{1,63}$'::pg_catalog.text),
    lifetime_seconds integer NOT NULL CHECK (lifetime_seconds BETWEEN 1 AND 31536000),
    max_devices      integer NOT NULL CHECK (max_devices BETWEEN 1 AND 100),
    updated_at       timestamptz NOT NULL
);

-- Trusted devices ("remember this device", sql/devices.sql): a device presents its token instead
-- of a second factor until expires_at. Only a keyed digest of the current token is kept, bound to
-- the key and the device id, under server key server_key_id; a revoked device keeps neither, so a
-- retired server key waits only for the devices still trusted under it. The lifetime is copied in
-- from the policy, so changing a policy affects devices remembered afterwards.
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

-- The audit trail: append-only, written by otp_pg's functions in the transaction of what they
-- record (refusals, which roll their transaction back, through src/refusal_queue.rs). Never a
-- code or a secret; identifiers only masked. Read through the otp_events view; otp_purge removes
-- rows older than otp_pg.event_retention_days.
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
-- The default names nextval in pg_catalog and casts to regclass: it is bound while CREATE EXTENSION
-- runs with the extension's schema on the path, where a planted nextval(text) would match better,
-- and every insert would then run it as the extension's owner.
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

-- Keys (server and signing), policies, token policies, send guards, test identifiers, factors,
-- recovery codes, trusted devices and their policies, and the audit trail are lasting state:
-- pg_dump keeps them (the event sequence too, so restored ids are not handed out again).
-- Challenges, deliveries, rate counters, client spreads, circuits and failure counts are
-- transient and are not dumped.
SELECT pg_catalog.pg_extension_config_dump('otp_private.server_key', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.policy', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.totp_factor', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.recovery_code', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.send_guard', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.test_identifier', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.signing_key', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.token_policy', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.device_policy', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.device', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.event', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.event_id', '');

-- Result rows of the public functions.
CREATE TYPE otp_challenge AS (
    challenge_id        uuid,
    expires_at          timestamptz,
    ttl_seconds         integer,
    masked_identifier   text,
    resend_available_at timestamptz
);

CREATE TYPE otp_verification AS (
    status             text,
    remaining_attempts integer,
    identifier         text,
    channel            text,
    payload            jsonb,
    token              text   -- a signed token when the policy issues them (otp_set_token_policy)
);

CREATE TYPE otp_delivery_request AS (
    delivery_id  bigint,
    challenge_id uuid,
    channel      text,
    identifier   text,
    code         text,
    payload      jsonb,
    expires_at   timestamptz,
    link_token   text,   -- for a link in the message, when the challenge has one
    transaction  jsonb   -- what the code approves, for the message to state, when bound
);

CREATE TYPE otp_factor_status AS (
    state                    text,         -- 'none', 'pending' or 'active'
    confirmed_at             timestamptz,
    recovery_codes_remaining integer,
    locked_until             timestamptz   -- while checks of the key are refused, else NULL
);

CREATE TYPE otp_enrollment AS (
    secret text,
    uri    text
);

CREATE TYPE otp_policy AS (
    name                    text,
    code_length             integer,
    ttl_seconds             integer,
    max_attempts            integer,
    max_resends             integer,
    resend_cooldown_seconds integer,
    retention_seconds       integer,
    identifier_limit        integer,
    client_limit            integer,
    limit_window_seconds    integer
);

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
