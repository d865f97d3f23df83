\set i random(1, :rows)
SELECT status FROM otp_verify(md5(:i::text)::uuid, '000000');
