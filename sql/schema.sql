-- otp_pg schema: state for challenge sessions and delivery, kept in a schema that application roles
-- can't reach. The extension's SECURITY DEFINER functions are the only way in.

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
    secret     bytea NOT NULL CONSTRAINT server_key_secret_check CHECK (octet_length(secret) >= 32),
    created_at timestamptz NOT NULL DEFAULT now(),
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
    name                    text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9_.:-]{1,63}$'),
    code_length             integer NOT NULL CHECK (code_length BETWEEN 4 AND 10),
    ttl_seconds             integer NOT NULL CHECK (ttl_seconds BETWEEN 1 AND 604800),
    max_attempts            integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 100),
    max_resends             integer NOT NULL CHECK (max_resends BETWEEN 0 AND 100),
    resend_cooldown_seconds integer NOT NULL CHECK (resend_cooldown_seconds BETWEEN 0 AND 86400),
    retention_seconds       integer NOT NULL CHECK (retention_seconds BETWEEN 0 AND 31536000),
    identifier_limit        integer NOT NULL CHECK (identifier_limit BETWEEN 1 AND 1000000),
    client_limit            integer NOT NULL CHECK (client_limit BETWEEN 1 AND 1000000),
    limit_window_seconds    integer NOT NULL CHECK (limit_window_seconds BETWEEN 1 AND 604800),
    updated_at              timestamptz NOT NULL DEFAULT now()
);

-- The closed sets of the hot tables are enum types, not CHECK (... IN ...) constraints: PostgreSQL
-- reads and prepares a table's CHECK constraints again in every statement that writes a row, and
-- those lists cost about an eighth of a login's server time. A value outside the type is refused
-- all the same, by the type's input function.
CREATE TYPE otp_private.channel AS ENUM ('email', 'sms');
CREATE TYPE otp_private.challenge_state AS ENUM ('pending', 'verified', 'locked');
CREATE TYPE otp_private.delivery_state AS ENUM ('pending', 'sent', 'superseded', 'abandoned');
-- The *_identifier_client scopes count an identifier's requests from one client address.
CREATE TYPE otp_private.rate_scope AS ENUM ('send_identifier', 'send_client', 'verify_identifier', 'verify_client',
                                            'send_identifier_client', 'verify_identifier_client');

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
    CHECK ((state = 'pending') = (code_digest IS NOT NULL))
) WITH (fillfactor = 85);  -- room for HOT updates of attempts and state
CREATE INDEX challenge_purge_after ON otp_private.challenge (purge_after);

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
    CHECK ((state = 'pending') = (sealed_code IS NOT NULL)),
    -- True while a sender holds the request (until available_at), so that
    -- otp_release_delivery can tell a lease from a retry back-off.
    leased       boolean NOT NULL DEFAULT false
) WITH (fillfactor = 85);
-- Claims go oldest first through this index. available_at (leases, back-off) is checked on the
-- row, not indexed, so that taking a lease touches no indexed column and is a HOT update.
CREATE INDEX delivery_claimable ON otp_private.delivery (delivery_id) WHERE state = 'pending';

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
    state         text NOT NULL CHECK (state IN ('pending', 'active')),
    server_key_id integer NOT NULL REFERENCES otp_private.server_key,
    sealed_secret bytea NOT NULL,
    digits        integer NOT NULL,
    period        integer NOT NULL,
    algorithm     text NOT NULL,
    last_step     bigint,
    created_at    timestamptz NOT NULL,
    confirmed_at  timestamptz
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

-- Keys, policies, factors and recovery codes are lasting state: pg_dump keeps them. Challenges,
-- deliveries, rate counters and failure counts are transient and are not dumped.
SELECT pg_catalog.pg_extension_config_dump('otp_private.server_key', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.policy', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.totp_factor', '');
SELECT pg_catalog.pg_extension_config_dump('otp_private.recovery_code', '');

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
    payload            jsonb
);

CREATE TYPE otp_delivery_request AS (
    delivery_id  bigint,
    challenge_id uuid,
    channel      text,
    identifier   text,
    code         text,
    payload      jsonb,
    expires_at   timestamptz
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
