-- otp_pg privileges, the last step of CREATE EXTENSION: nothing in otp_private, and none of the
-- functions that change state, is callable by PUBLIC. docs/security.md lists what to grant to
-- whom. Every REVOKE and GRANT of the extension is here.

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

-- The audit trail is for administrators and auditors (docs/security.md); views grant nothing to
-- PUBLIC by default, and this says so.
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
