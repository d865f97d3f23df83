//! RFC 4226 / RFC 6238 functions: secrets, HOTP, TOTP, verification, otpauth URIs, base32.

use otp_pg_core::base32;
use otp_pg_core::error::InputError;
use otp_pg_core::hotp::{self, Algorithm, Digits, Period, Skew};
use otp_pg_core::otpauth::TotpUri;
use otp_pg_core::secret;
use pgrx::prelude::*;

use super::{or_raise, raise, unix_seconds};

/// A new random secret, base32 without padding.
#[pg_extern(volatile, strict, parallel_safe)]
fn otp_generate_secret(bytes: default!(i32, 20)) -> String {
    or_raise(secret::generate(bytes))
}

/// RFC 4226 HOTP code for `counter`.
#[pg_extern(immutable, strict, parallel_safe)]
fn otp_hotp(
    secret: &str,
    counter: i64,
    digits: default!(i32, 6),
    algorithm: default!(&str, "'sha1'"),
) -> String {
    let digits = or_raise(Digits::new(digits));
    let algorithm = or_raise(Algorithm::parse(algorithm));
    if counter < 0 {
        raise(InputError::invalid(
            "counter",
            format!("must not be negative (got {counter})"),
        ));
    }
    let key = or_raise(base32::decode(secret, "secret"));
    hotp::hotp(&key, counter as u64, digits, algorithm)
}

/// The checked arguments that every TOTP function shares.
pub(crate) struct Totp {
    pub key: Vec<u8>,
    pub step: u64,
    pub digits: Digits,
    pub algorithm: Algorithm,
}

impl Totp {
    pub fn from_arguments(
        secret: &str,
        at_time: TimestampWithTimeZone,
        digits: i32,
        period: i32,
        algorithm: &str,
    ) -> Self {
        let digits = or_raise(Digits::new(digits));
        let period = or_raise(Period::new(period));
        let algorithm = or_raise(Algorithm::parse(algorithm));
        let step = or_raise(hotp::time_step(
            unix_seconds(at_time, "at_time"),
            period,
            "at_time",
        ));
        let key = or_raise(base32::decode(secret, "secret"));
        Totp {
            key,
            step,
            digits,
            algorithm,
        }
    }

    /// The latest step within +-`skew` whose code is `code` (constant time over the window).
    pub fn matching_step(&self, code: &str, skew: i32) -> Option<u64> {
        let skew = or_raise(Skew::new(skew));
        hotp::matching_step(
            &self.key,
            code,
            self.step,
            skew,
            self.digits,
            self.algorithm,
        )
    }
}

/// RFC 6238 TOTP code for the time step that contains `at_time`.
#[pg_extern(immutable, strict, parallel_safe)]
fn otp_totp(
    secret: &str,
    at_time: default!(TimestampWithTimeZone, "now()"),
    digits: default!(i32, 6),
    period: default!(i32, 30),
    algorithm: default!(&str, "'sha1'"),
) -> String {
    let totp = Totp::from_arguments(secret, at_time, digits, period, algorithm);
    hotp::hotp(&totp.key, totp.step, totp.digits, totp.algorithm)
}

/// Stateless TOTP check of `code` within +-`skew` steps of `at_time`. It has no memory of codes
/// already accepted: replay protection needs the factor functions, which keep the last step.
#[pg_extern(immutable, strict, parallel_safe)]
#[allow(clippy::too_many_arguments)]
fn otp_totp_verify(
    secret: &str,
    code: &str,
    at_time: default!(TimestampWithTimeZone, "now()"),
    skew: default!(i32, 1),
    digits: default!(i32, 6),
    period: default!(i32, 30),
    algorithm: default!(&str, "'sha1'"),
) -> bool {
    Totp::from_arguments(secret, at_time, digits, period, algorithm)
        .matching_step(code, skew)
        .is_some()
}

/// otpauth://totp/ URI for enrolment in an authenticator app. Not STRICT because `issuer` may be
/// NULL; a NULL in any other argument gives NULL.
#[pg_extern(immutable, parallel_safe)]
fn otp_totp_uri(
    secret: Option<&str>,
    account: Option<&str>,
    issuer: default!(Option<&str>, "NULL"),
    digits: default!(Option<i32>, 6),
    period: default!(Option<i32>, 30),
    algorithm: default!(Option<&str>, "'sha1'"),
) -> Option<String> {
    let (secret, account, digits, period, algorithm) =
        (secret?, account?, digits?, period?, algorithm?);
    Some(totp_uri(secret, account, issuer, digits, period, algorithm))
}

fn totp_uri(
    secret: &str,
    account: &str,
    issuer: Option<&str>,
    digits: i32,
    period: i32,
    algorithm: &str,
) -> String {
    let digits = or_raise(Digits::new(digits));
    let period = or_raise(Period::new(period));
    let algorithm = or_raise(Algorithm::parse(algorithm));
    // Apps want the canonical form: upper case, no spaces, no padding.
    let canonical = base32::encode(&or_raise(base32::decode(secret, "secret")), false);
    let uri = TotpUri {
        secret: &canonical,
        account,
        issuer,
        digits,
        period,
        algorithm,
    };
    or_raise(uri.build())
}

/// What otp_totp_enroll uses in place of the public functions: the extension's own functions call
/// nothing by a name in the extension's schema, where another role may add an overload (an
/// ambiguous call fails) on PostgreSQL 14's open public schema.
#[pg_schema]
mod otp_private {
    use otp_pg_core::secret;
    use pgrx::prelude::*;

    use crate::api::or_raise;

    /// A new 20-byte secret (160 bits, RFC 4226's recommendation), base32 without padding.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn new_totp_secret() -> String {
        or_raise(secret::generate(20))
    }

    #[pg_extern(immutable, parallel_safe)]
    fn totp_uri(
        secret: &str,
        account: &str,
        issuer: Option<&str>,
        digits: i32,
        period: i32,
        algorithm: &str,
    ) -> String {
        super::totp_uri(secret, account, issuer, digits, period, algorithm)
    }
}

/// RFC 4648 base32 of `data`, upper case; `=` padding only when asked for.
#[pg_extern(immutable, strict, parallel_safe)]
fn otp_base32_encode(data: &[u8], padding: default!(bool, false)) -> String {
    base32::encode(data, padding)
}

/// Bytes of base32 `data`: any case, whitespace and padding optional. Empty input is an error,
/// since it is never a usable secret.
#[pg_extern(immutable, strict, parallel_safe)]
fn otp_base32_decode(data: &str) -> Vec<u8> {
    or_raise(base32::decode(data, "data"))
}
