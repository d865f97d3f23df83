//! Rust primitives behind the trusted-device functions in sql/devices.sql: tokens are made, read
//! and compared here, so that their secrets never pass through a PL/pgSQL variable or a table.

#[pgrx::pg_schema]
mod otp_private {
    use otp_pg_core::device::{self, DeviceToken};
    use otp_pg_core::keyed_digest;
    use pgrx::prelude::*;

    use crate::api::or_raise;

    /// A new token for the device `device_id` of `key`, and its keyed digest under `server_key`
    /// (the one thing stored). The token is shown once, to the caller of otp_device_remember or
    /// otp_device_check.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn new_device_token(
        server_key: &[u8],
        key: &str,
        device_id: pgrx::Uuid,
    ) -> TableIterator<'static, (name!(token, String), name!(digest, Vec<u8>))> {
        let server_key = &crate::root_key::server_key(server_key);
        let token = or_raise(DeviceToken::new(*device_id.as_bytes()));
        let digest = keyed_digest::device_token(server_key, key, &token).to_vec();
        TableIterator::once((token.encode(), digest))
    }

    /// The device a token names, or NULL when `token` is not one.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn device_token_id(token: &str) -> Option<pgrx::Uuid> {
        DeviceToken::parse(token).map(|parsed| pgrx::Uuid::from_bytes(parsed.device_id))
    }

    /// Whether `token` is the current token of a device of `key` whose digest is `digest`
    /// (constant-time comparison). False for text that is not a token.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn device_token_matches(server_key: &[u8], key: &str, token: &str, digest: &[u8]) -> bool {
        let server_key = &crate::root_key::server_key(server_key);
        DeviceToken::parse(token).is_some_and(|parsed| {
            keyed_digest::device_token_matches(server_key, key, &parsed, digest)
        })
    }

    /// Refuses (22023) a label unfit to show in a list of devices; returns it unchanged.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn check_device_label(label: &str) -> &str {
        or_raise(device::check_label(label));
        label
    }
}
