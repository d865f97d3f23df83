//! Rust primitives behind the authenticator-factor functions in sql/factors.sql.

use otp_pg_core::qr;
use pgrx::prelude::*;

use super::or_raise;

/// The URI (or any text) as a QR code in SVG.
#[pg_extern(immutable, strict, parallel_safe)]
fn otp_totp_qr_svg(uri: &str) -> String {
    or_raise(qr::svg(uri))
}

#[pg_schema]
mod otp_private {
    use std::sync::OnceLock;

    use otp_pg_core::error::InputError;
    use otp_pg_core::random::{self, SERVER_KEY_BYTES};
    use otp_pg_core::{keyed_digest, recovery_code, seal};
    use pgrx::prelude::*;
    use pgrx::PgSqlErrorCode;

    use crate::api::codes::Totp;
    use crate::api::{or_raise, raise};
    use crate::gucs;

    /// Longest application key (user id) accepted.
    const MAX_KEY_CHARS: usize = 256;

    /// Whether `key` is one a factor can have (1 to MAX_KEY_CHARS characters): checks of any
    /// other key are answered false without touching a table.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn possible_key(key: &str) -> bool {
        !key.is_empty() && key.chars().count() <= MAX_KEY_CHARS
    }

    /// Refuses an empty or overlong factor key; returns it unchanged.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn check_key(key: &str) -> &str {
        if !possible_key(key) {
            raise(InputError::invalid(
                "key",
                format!("must be 1 to {MAX_KEY_CHARS} characters long"),
            ));
        }
        key
    }

    /// The latest step within +-skew of `at_time` whose code is `code`, or NULL.
    #[pg_extern(immutable, strict, parallel_safe)]
    #[allow(clippy::too_many_arguments)]
    fn totp_match(
        secret: &str,
        code: &str,
        at_time: TimestampWithTimeZone,
        skew: i32,
        digits: i32,
        period: i32,
        algorithm: &str,
    ) -> Option<i64> {
        Totp::from_arguments(secret, at_time, digits, period, algorithm)
            .matching_step(code, skew)
            .map(|step| step as i64)
    }

    #[pg_extern(volatile, strict, parallel_safe)]
    fn new_recovery_code() -> String {
        or_raise(recovery_code::new())
    }

    #[pg_extern(immutable, strict, parallel_safe)]
    fn normalize_recovery_code(code: &str) -> Option<String> {
        recovery_code::normalize(code)
    }

    #[pg_extern(immutable, strict, parallel_safe)]
    fn recovery_digest(server_key: &[u8], owner: &str, canonical_code: &str) -> Vec<u8> {
        let server_key = &crate::root_key::server_key(server_key);
        keyed_digest::recovery_code(server_key, owner, canonical_code).to_vec()
    }

    /// 1-based position of `digest` among `candidates` (constant-time scan), or 0.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn find_digest(candidates: Array<&[u8]>, digest: &[u8]) -> i32 {
        let candidates: Vec<&[u8]> = candidates.iter().map(|c| c.unwrap_or(&[])).collect();
        keyed_digest::find(&candidates, digest) as i32
    }

    /// The sealing context of a factor's secret: it binds the sealed value to the key it belongs
    /// to, so a secret copied onto another key's row does not open.
    fn factor_context(key: &str) -> Vec<u8> {
        [b"totp:".as_slice(), key.as_bytes()].concat()
    }

    #[pg_extern(volatile, strict, parallel_safe)]
    fn seal_factor_secret(server_key: &[u8], key: &str, secret: &str) -> Vec<u8> {
        let server_key = &crate::root_key::server_key(server_key);
        or_raise(seal::seal(
            server_key,
            &factor_context(key),
            secret.as_bytes(),
        ))
    }

    #[pg_extern(immutable, strict, parallel_safe)]
    fn open_factor_secret(server_key: &[u8], key: &str, sealed: &[u8]) -> String {
        let server_key = &crate::root_key::server_key(server_key);
        let opened = seal::open(server_key, &factor_context(key), sealed)
            .and_then(|bytes| String::from_utf8(bytes).ok());
        match opened {
            Some(secret) => secret,
            None => {
                ereport!(
                    ERROR,
                    PgSqlErrorCode::ERRCODE_DATA_CORRUPTED,
                    "the sealed authenticator secret of a factor does not open with its server key: it was altered or the key is wrong"
                );
            }
        }
    }

    /// A sealed secret under a key of this process, opened by the decoys below.
    fn decoy() -> &'static ([u8; SERVER_KEY_BYTES], Vec<u8>) {
        static DECOY: OnceLock<([u8; SERVER_KEY_BYTES], Vec<u8>)> = OnceLock::new();
        DECOY.get_or_init(|| {
            let key = random::new_server_key().unwrap_or([0x5a; SERVER_KEY_BYTES]);
            let sealed =
                seal::seal(&key, &factor_context(""), DECOY_SECRET.as_bytes()).unwrap_or_default();
            (key, sealed)
        })
    }
    const DECOY_SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// What a TOTP check of an enrolled factor does (open its sealed secret, compare the code over
    /// the window), for a key that has no factor or is locked out: the answer then takes as long
    /// as a wrong code does, and the time does not tell which keys have a factor. Always NULL.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn totp_decoy(code: &str, at_time: TimestampWithTimeZone, skew: i32) -> Option<i64> {
        let (key, sealed) = decoy();
        let secret = seal::open(key, &factor_context(""), sealed)
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .unwrap_or_else(|| DECOY_SECRET.to_string());
        let step = Totp::from_arguments(&secret, at_time, 6, 30, "sha1").matching_step(code, skew);
        std::hint::black_box(step);
        None
    }

    /// What a recovery-code use does (normalise, keyed digest, constant-time search), for a key
    /// with no unused codes or locked out. Always false.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn recovery_decoy(owner: &str, code: &str) -> bool {
        let canonical = recovery_code::normalize(code).unwrap_or_default();
        let digest = keyed_digest::recovery_code(&decoy().0, owner, &canonical);
        std::hint::black_box(keyed_digest::find(&[], &digest));
        false
    }

    /// The lock-out settings in force for this session (one row).
    #[pg_extern(stable, strict, parallel_safe)]
    fn factor_lockout_settings() -> TableIterator<
        'static,
        (
            name!(max_failures, i32),
            name!(window_seconds, i32),
            name!(lockout_seconds, i32),
        ),
    > {
        TableIterator::once((
            gucs::FACTOR_MAX_FAILURES.get(),
            gucs::FACTOR_FAILURE_WINDOW.get(),
            gucs::FACTOR_LOCKOUT.get(),
        ))
    }

    // Not in the schema any more (factor_lockout_settings names its columns), but the install
    // scripts of 0.4.0 and earlier name its symbol, and an upgrade runs such a script against
    // this library.
    #[pg_extern(stable, strict, parallel_safe, sql = false)]
    fn factor_limits() -> Vec<i32> {
        vec![
            gucs::FACTOR_MAX_FAILURES.get(),
            gucs::FACTOR_FAILURE_WINDOW.get(),
            gucs::FACTOR_LOCKOUT.get(),
        ]
    }
}
