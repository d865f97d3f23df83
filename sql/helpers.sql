-- otp_pg: helpers that every other file uses (schema otp_private; callers outside the extension
-- have no access). Errors: 22004 for a NULL argument, 22023 for an invalid one (the message starts
-- with the argument's name).
--
-- Conventions of every file in sql/: each public function is SECURITY DEFINER; every function pins
-- search_path to pg_catalog, pg_temp and names every object with its schema, so objects planted in
-- a caller's schema change nothing. The extension's functions call each other only in otp_private
-- or pg_catalog. PL/pgSQL rather than SQL for helpers on a hot path: PL/pgSQL keeps its plans for
-- the session, while a SQL function with a pinned search_path is planned on every call.

-- Refuses a NULL argument (22004), named in the message: refuse_null('key', key IS NULL).
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

CREATE FUNCTION otp_private.check_range(argument text, value integer, low integer, high integer)
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
