-- Baselines for the benchmark: TOTP the way it is done today without otp_pg, in PL/pgSQL over
-- pgcrypto's hmac(). Written for this benchmark; (a) takes base32 text secrets like otp_pg,
-- (b) is the best case for PL/pgSQL, a raw key as bytea. Loaded into schema bench_plpgsql.

CREATE EXTENSION IF NOT EXISTS pgcrypto;
DROP SCHEMA IF EXISTS bench_plpgsql CASCADE;
CREATE SCHEMA bench_plpgsql;

CREATE FUNCTION bench_plpgsql.base32_decode(secret text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    cleaned text := upper(replace(replace(secret, ' ', ''), '=', ''));
    buffer bigint := 0;
    bits integer := 0;
    result bytea := ''::bytea;
    symbol integer;
BEGIN
    FOR i IN 1 .. length(cleaned) LOOP
        symbol := strpos(alphabet, substr(cleaned, i, 1)) - 1;
        IF symbol < 0 THEN
            RAISE EXCEPTION 'invalid base32 character';
        END IF;
        buffer := (buffer << 5) | symbol;
        bits := bits + 5;
        IF bits >= 8 THEN
            bits := bits - 8;
            result := result || set_byte('\x00'::bytea, 0, ((buffer >> bits) & 255)::integer);
            buffer := buffer & ((1::bigint << bits) - 1);
        END IF;
    END LOOP;
    RETURN result;
END
$$;

CREATE FUNCTION bench_plpgsql.hotp(key bytea, counter bigint, digits integer, algorithm text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    mac bytea := hmac(int8send(counter), key, algorithm);
    offset_ integer;
    value bigint;
BEGIN
    offset_ := get_byte(mac, length(mac) - 1) & 15;
    value := ((get_byte(mac, offset_) & 127)::bigint << 24)
           | (get_byte(mac, offset_ + 1)::bigint << 16)
           | (get_byte(mac, offset_ + 2)::bigint << 8)
           | get_byte(mac, offset_ + 3)::bigint;
    RETURN lpad((value % (10 ^ digits)::bigint)::text, digits, '0');
END
$$;

-- (b) raw key
CREATE FUNCTION bench_plpgsql.totp_raw(key bytea, at_time timestamptz, digits integer, period integer, algorithm text)
RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    RETURN bench_plpgsql.hotp(key, floor(extract(epoch FROM at_time) / period)::bigint, digits, algorithm);
END
$$;

CREATE FUNCTION bench_plpgsql.totp_verify_raw(key bytea, code text, at_time timestamptz, skew integer,
                                              digits integer, period integer, algorithm text)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    step bigint := floor(extract(epoch FROM at_time) / period)::bigint;
BEGIN
    FOR offset_ IN -skew .. skew LOOP
        IF bench_plpgsql.hotp(key, step + offset_, digits, algorithm) = code THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;

-- (a) base32 text secret, decoded on every call
CREATE FUNCTION bench_plpgsql.hotp_text(secret text, counter bigint, digits integer, algorithm text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    RETURN bench_plpgsql.hotp(bench_plpgsql.base32_decode(secret), counter, digits, algorithm);
END
$$;

CREATE FUNCTION bench_plpgsql.totp_text(secret text, at_time timestamptz, digits integer, period integer, algorithm text)
RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    RETURN bench_plpgsql.totp_raw(bench_plpgsql.base32_decode(secret), at_time, digits, period, algorithm);
END
$$;

CREATE FUNCTION bench_plpgsql.totp_verify_text(secret text, code text, at_time timestamptz, skew integer,
                                               digits integer, period integer, algorithm text)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    RETURN bench_plpgsql.totp_verify_raw(bench_plpgsql.base32_decode(secret), code, at_time, skew, digits, period, algorithm);
END
$$;

-- The plain-SQL challenge cycle for the pgbench comparison: the same row writes as otp_pg's
-- (challenge, outbox row, rate counter, notification; claim; acknowledge; counted verification;
-- an audit event with its notification at initiation, acknowledgement and verification) with no
-- hashing, sealing or checks.
-- The capacity benchmark's mailbox: the separate sender puts each code here, users take it out.
CREATE UNLOGGED TABLE bench_plpgsql.inbox (challenge_id uuid PRIMARY KEY, code text NOT NULL, identifier text NOT NULL);

CREATE TABLE bench_plpgsql.challenge (
    challenge_id uuid PRIMARY KEY,
    identifier text NOT NULL,
    payload jsonb NOT NULL,
    code text,
    state text NOT NULL DEFAULT 'pending',
    attempts integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE TABLE bench_plpgsql.delivery (
    delivery_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    challenge_id uuid NOT NULL REFERENCES bench_plpgsql.challenge ON DELETE CASCADE,
    code text,
    state text NOT NULL DEFAULT 'pending',
    available_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON bench_plpgsql.delivery (available_at, delivery_id) WHERE state = 'pending';
CREATE TABLE bench_plpgsql.event (
    event_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    event text NOT NULL,
    policy text,
    channel text,
    masked_identifier text,
    challenge_id uuid,
    detail jsonb
);
CREATE INDEX ON bench_plpgsql.event (occurred_at);
CREATE TABLE bench_plpgsql.rate_counter (
    subject text,
    window_start timestamptz,
    hits integer,
    PRIMARY KEY (subject, window_start)
);
