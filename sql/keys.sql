-- otp_pg server keys: the current key, made on first use, and the error for a row whose key is
-- gone. Rotation and removal are in housekeeping.sql.

-- The current server key, made on first use. Concurrent first uses agree on one key.
CREATE FUNCTION otp_private.current_key() RETURNS otp_private.server_key
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

-- A row refers to a server key that is gone. otp_purge removes no key that anything, committed
-- or not, can still refer to, so this means the table was edited by hand or restored in part.
CREATE FUNCTION otp_private.missing_key(key_id integer) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'XX001',
        MESSAGE = format('server key %s is missing from otp_private.server_key', key_id),
        HINT = 'Restore the otp_private.server_key rows of the same dump as the other otp_pg tables.';
END
$$;
