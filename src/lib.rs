//! otp_pg: one-time passwords inside PostgreSQL.
//!
//! The algorithms are plain Rust with no PostgreSQL types (`base32`, `hotp`, `otpauth`, `secret`)
//! and are unit-tested with `cargo test`; `api` is the thin SQL-facing layer over them.

pub mod base32;
pub mod error;
pub mod hotp;
pub mod otpauth;
pub mod secret;

mod api;

#[cfg(any(test, feature = "pg_test"))]
mod pg_tests;

pgrx::pg_module_magic!();

/// Required by `cargo pgrx test`.
#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}

    pub fn postgresql_conf_options() -> Vec<&'static str> {
        vec![]
    }
}
