//! Rust primitives behind the authenticator-factor functions in sql/factors.sql.

use pgrx::prelude::*;

use super::or_raise;
use crate::qr;

/// The URI (or any text) as a QR code in SVG.
#[pg_extern(immutable, strict, parallel_safe)]
fn otp_totp_qr_svg(uri: &str) -> String {
    or_raise(qr::svg(uri))
}

#[pg_schema]
mod otp_private {
    use pgrx::prelude::*;

    use crate::api::codes::Totp;
    use crate::api::{or_raise, raise};
    use crate::error::InputError;
    use crate::gucs;
    use crate::keyed;

    /// Longest application key (user id) accepted.
    const MAX_KEY_CHARS: usize = 256;

    /// Refuses an empty or overlong factor key; returns it unchanged.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn check_key(key: &str) -> &str {
        if key.is_empty() || key.chars().count() > MAX_KEY_CHARS {
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
        or_raise(keyed::new_recovery_code())
    }

    #[pg_extern(immutable, strict, parallel_safe)]
    fn normalize_recovery_code(code: &str) -> Option<String> {
        keyed::normalize_recovery_code(code)
    }

    #[pg_extern(immutable, strict, parallel_safe)]
    fn recovery_digest(server_key: &[u8], owner: &str, canonical_code: &str) -> Vec<u8> {
        keyed::recovery_digest(server_key, owner, canonical_code).to_vec()
    }

    /// 1-based position of `digest` among `candidates` (constant-time scan), or 0.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn find_digest(candidates: Array<&[u8]>, digest: &[u8]) -> i32 {
        let candidates: Vec<&[u8]> = candidates.iter().map(|c| c.unwrap_or(&[])).collect();
        keyed::find_digest(&candidates, digest) as i32
    }

    /// {max failures, failure window seconds, lock-out seconds} in force for this session.
    #[pg_extern(stable, strict, parallel_safe)]
    fn factor_limits() -> Vec<i32> {
        vec![
            gucs::FACTOR_MAX_FAILURES.get(),
            gucs::FACTOR_FAILURE_WINDOW.get(),
            gucs::FACTOR_LOCKOUT.get(),
        ]
    }
}
