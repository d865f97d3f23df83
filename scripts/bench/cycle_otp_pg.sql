\set n random(1, 2000000000)
SELECT challenge_id FROM otp_initiate('u' || :n || '@bench.example', 'email', '{}', 'bench');
SELECT coalesce(max(delivery_id), 0) AS d, coalesce(max(challenge_id::text), '00000000-0000-0000-0000-000000000000') AS ch, coalesce(max(code), '0') AS c FROM otp_claim_deliveries(1) \gset
SELECT otp_ack_delivery(:d);
SELECT status FROM otp_verify(':ch', ':c');
