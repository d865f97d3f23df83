-- Codes, secrets, base32, otpauth URIs, QR codes and identifiers (the PUBLIC functions):
-- RFC 4226 / RFC 6238 / RFC 4648 vectors, and the error each bad argument gives.
-- After each failing statement, \echo :LAST_ERROR_SQLSTATE prints its SQLSTATE.
\set SHOW_CONTEXT never
\set VERBOSITY default
CREATE EXTENSION otp_pg;

-- The RFC secrets: ASCII "1234567890" repeated to 20 (SHA-1), 32 (SHA-256) and 64 bytes (SHA-512).
SELECT otp_base32_encode(convert_to(left(repeat('1234567890', 7), 20), 'UTF8')) AS sha1_secret \gset
SELECT otp_base32_encode(convert_to(left(repeat('1234567890', 7), 32), 'UTF8')) AS sha256_secret \gset
SELECT otp_base32_encode(convert_to(left(repeat('1234567890', 7), 64), 'UTF8')) AS sha512_secret \gset
\echo :sha1_secret

-- RFC 4226 appendix D: HOTP, counters 0-9
SELECT counter, otp_hotp(:'sha1_secret', counter) AS code
  FROM generate_series(0, 9) AS counter;

-- RFC 6238 appendix B: TOTP, 8 digits, 30-second steps, the three algorithms
SELECT t AS unix_time,
       otp_totp(:'sha1_secret', to_timestamp(t), 8) AS sha1,
       otp_totp(:'sha256_secret', to_timestamp(t), 8, 30, 'sha256') AS sha256,
       otp_totp(:'sha512_secret', to_timestamp(t), 8, 30, 'SHA512') AS sha512
  FROM unnest(ARRAY[59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000]) AS t;

-- 10 digits; the step is the one containing at_time (0-29 s is step 0)
SELECT otp_hotp(:'sha1_secret', 1, 10) AS hotp_10_digits,
       otp_totp(:'sha1_secret', to_timestamp(0), 8) = otp_totp(:'sha1_secret', to_timestamp(29.9), 8) AS same_step;

-- otp_totp_verify: +-skew steps around at_time; spaces ignored; a malformed code is false
SELECT otp_totp_verify(:'sha1_secret', '94287082', to_timestamp(59), 1, 8) AS same_step,
       otp_totp_verify(:'sha1_secret', '9428 7082', to_timestamp(59), 1, 8) AS with_space,
       otp_totp_verify(:'sha1_secret', '94287082', to_timestamp(89), 1, 8) AS next_step_skew_1,
       otp_totp_verify(:'sha1_secret', '94287082', to_timestamp(89), 0, 8) AS next_step_skew_0,
       otp_totp_verify(:'sha1_secret', '94287082', to_timestamp(119), 1, 8) AS two_steps_later,
       otp_totp_verify(:'sha1_secret', 'abcdefgh', to_timestamp(59), 1, 8) AS malformed,
       otp_totp_verify(:'sha1_secret', '4287082', to_timestamp(59), 1, 8) AS too_short;

-- Secrets: any case, spaces and padding give the same key
SELECT otp_hotp('gezd gnbv gy3t qojq gezd gnbv gy3t qojq', 0) AS lower_spaced,
       otp_hotp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ====', 0) AS padded;

-- otp_generate_secret: base32 upper case without padding, 160 bits unless asked
SELECT length(otp_generate_secret()) AS default_length,
       length(otp_generate_secret(16)) AS bytes_16,
       length(otp_generate_secret(128)) AS bytes_128,
       otp_generate_secret() ~ '^[A-Z2-7]+$' AS alphabet,
       otp_generate_secret() <> otp_generate_secret() AS fresh;

-- RFC 4648 section 10: base32, with and without padding, decoded back in any case (decoding
-- nothing is an error, see below)
SELECT input,
       otp_base32_encode(convert_to(input, 'UTF8')) AS encoded,
       otp_base32_encode(convert_to(input, 'UTF8'), true) AS padded,
       convert_from(otp_base32_decode(lower(otp_base32_encode(convert_to(input, 'UTF8'), true))), 'UTF8') = input AS round_trip
  FROM unnest(ARRAY['f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) AS input;
SELECT otp_base32_encode(''::bytea) = '' AS empty_encodes_to_empty;

-- otpauth URIs: label and issuer percent-encoded, the secret made canonical, only non-default parameters
SELECT otp_totp_uri('JBSWY3DPEHPK3PXP', 'alice@example.com', 'Example Co');
SELECT otp_totp_uri('jbsw y3dp ehpk 3pxp', 'bob');
SELECT otp_totp_uri('JBSWY3DPEHPK3PXP', 'carol', 'Acme & Sons', 8, 60, 'SHA256');

-- otp_totp_uri is not STRICT: a NULL issuer means none; a NULL elsewhere gives NULL
SELECT otp_totp_uri('JBSWY3DPEHPK3PXP', 'alice', NULL) AS null_issuer,
       otp_totp_uri('JBSWY3DPEHPK3PXP', NULL, 'Example') IS NULL AS null_account;

-- The QR code of a URI is an SVG document
SELECT left(svg, 4) AS starts, right(svg, 7) AS ends
  FROM otp_totp_qr_svg(otp_totp_uri('JBSWY3DPEHPK3PXP', 'alice@example.com', 'Example Co')) AS svg;

-- Identifiers as challenges store them
SELECT identifier, channel, otp_normalize_identifier(identifier, channel) AS normalized
  FROM (VALUES ('  Alice@Example.COM ', 'email'),
               ('Alice+News@BÜCHER.example', 'email'),
               ('+46 (70) 123-4567', 'sms'),
               ('0046 (0)70 123 45 67', 'sms'),
               ('+1 650 253 0000', 'SMS')) AS t(identifier, channel);

-- STRICT functions: a NULL argument gives NULL
SELECT otp_hotp(NULL, 0) IS NULL AS hotp,
       otp_totp(NULL) IS NULL AS totp,
       otp_totp_verify(:'sha1_secret', NULL) IS NULL AS verify,
       otp_base32_decode(NULL) IS NULL AS decode,
       otp_generate_secret(NULL) IS NULL AS secret,
       otp_totp_qr_svg(NULL) IS NULL AS qr,
       otp_normalize_identifier('a@b.c', NULL) IS NULL AS normalize;

-- Errors

-- otp_generate_secret: bytes outside 16-128
SELECT otp_generate_secret(15);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_generate_secret(129);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_generate_secret(-2147483648);
\echo :LAST_ERROR_SQLSTATE

-- secret: empty (also only spaces and padding), a character outside the alphabet, symbols that
-- are not whole bytes, padding inside
SELECT otp_hotp('', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_hotp('  = ', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp('GEZDGNBVGY3TQOJ1');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_verify('GEZDGNBVG', '123456');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_hotp('AB=CD', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('', 'alice');
\echo :LAST_ERROR_SQLSTATE

-- counter: negative
SELECT otp_hotp('GEZDGNBVGY3TQOJQ', -5);
\echo :LAST_ERROR_SQLSTATE

-- digits: outside 6-10
SELECT otp_hotp('GEZDGNBVGY3TQOJQ', 0, 5);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_verify('GEZDGNBVGY3TQOJQ', '123456', now(), 1, 11);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp('GEZDGNBVGY3TQOJQ', now(), 4);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', 'alice', NULL, 3);
\echo :LAST_ERROR_SQLSTATE

-- algorithm: not sha1, sha256 or sha512 (a long value is cut short in the message)
SELECT otp_hotp('GEZDGNBVGY3TQOJQ', 0, 6, 'sha384');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_hotp('GEZDGNBVGY3TQOJQ', 0, 6, repeat('x', 1000));
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp('GEZDGNBVGY3TQOJQ', now(), 6, 30, 'sha3');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_verify('GEZDGNBVGY3TQOJQ', '123456', now(), 1, 6, 30, '');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', 'alice', NULL, 6, 30, 'md5');
\echo :LAST_ERROR_SQLSTATE

-- period: under 1 second
SELECT otp_totp('GEZDGNBVGY3TQOJQ', now(), 6, 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_verify('GEZDGNBVGY3TQOJQ', '123456', now(), 1, 6, 0);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', 'alice', NULL, 6, 0);
\echo :LAST_ERROR_SQLSTATE

-- at_time: before 1970 (also BC), infinite (22008)
SELECT otp_totp('GEZDGNBVGY3TQOJQ', '1960-01-01 00:00:00+00');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp('GEZDGNBVGY3TQOJQ', '4713-01-01 BC');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp('GEZDGNBVGY3TQOJQ', 'infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp('GEZDGNBVGY3TQOJQ', '-infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_verify('GEZDGNBVGY3TQOJQ', '123456', 'infinity');
\echo :LAST_ERROR_SQLSTATE

-- skew: outside 0-10
SELECT otp_totp_verify('GEZDGNBVGY3TQOJQ', '123456', now(), 11);
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_verify('GEZDGNBVGY3TQOJQ', '123456', now(), -1);
\echo :LAST_ERROR_SQLSTATE

-- otp_totp_uri: account and issuer empty, with a ':' or a control character, account over 256
-- characters (also 100000 two-byte ones)
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', '');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', 'a:b');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', 'alice', '');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', 'alice', 'i:j');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', E'a\nb');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', repeat('a', 257));
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_uri('GEZDGNBVGY3TQOJQ', repeat('é', 100000));
\echo :LAST_ERROR_SQLSTATE

-- otp_base32_decode: empty (also only padding), a character outside A-Z 2-7, not whole bytes
SELECT otp_base32_decode('');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_base32_decode('====');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_base32_decode('@@@@');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_base32_decode('A');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_base32_decode(repeat('A', 1000001));
\echo :LAST_ERROR_SQLSTATE

-- otp_totp_qr_svg: empty, too long for a QR code
SELECT otp_totp_qr_svg('');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_totp_qr_svg(repeat('x', 3000));
\echo :LAST_ERROR_SQLSTATE

-- otp_normalize_identifier: channel, and identifiers that do not qualify
SELECT otp_normalize_identifier('alice@example.com', 'fax');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier('', 'email');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier('not-an-email', 'email');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier('a@b', 'email');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier(E'alice@gm\u00ADail.com', 'email');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier(repeat('a', 250) || '@example.com', 'email');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier('12ab', 'sms');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier('070.123.45.67', 'sms');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier('+1 555 010 0000', 'sms');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier('+46' || repeat('7', 14), 'sms');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier(repeat('1', 100), 'sms');
\echo :LAST_ERROR_SQLSTATE
SELECT otp_normalize_identifier('+4670', 'sms');
\echo :LAST_ERROR_SQLSTATE
