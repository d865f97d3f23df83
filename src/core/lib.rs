//! otp_pg_core: the algorithms of otp_pg in plain Rust, with no PostgreSQL types. The extension's
//! SQL-facing layer (`otp_pg::api`) calls them and maps their errors to SQLSTATEs; the fuzzers in
//! tests/fuzz call them directly. Every module is unit-tested with `#[test]`
//! (`cargo test -p otp_pg_core`).

pub mod base32;
pub mod challenge_code;
pub mod client_address;
pub mod device;
pub mod error;
pub mod hotp;
pub mod hotp_mac;
pub mod identifier;
pub mod jwt;
pub mod keyed_digest;
pub mod link_token;
pub mod otpauth;
pub mod phone_origin;
pub mod qr;
pub mod random;
pub mod recovery_code;
pub mod root_key;
pub mod seal;
pub mod secret;
mod subkey;

/// The crates an independent HMAC is made of, for the fuzz crate's hotp_totp target: it checks
/// `hotp` (built on `hotp_mac`'s own HMAC) against them, at the versions the core is built with.
#[cfg(feature = "fuzzing")]
pub mod reference {
    pub use hmac;
    pub use sha1;
    pub use sha2;
}
