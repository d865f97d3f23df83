//! otp_pg: one-time passwords inside PostgreSQL.
//!
//! The algorithms are plain Rust with no PostgreSQL types (`base32`, `hotp`, `hotp_mac`,
//! `otpauth`, `secret`, `identifier`, `client_address`, `keyed`, `qr`) and are unit-tested with `#[test]`; `api` is
//! the thin SQL-facing layer over them. The schema and the session, delivery and factor functions are hand-written SQL
//! in `sql/`.

pub mod base32;
pub mod client_address;
pub mod error;
pub mod hotp;
pub mod hotp_mac;
pub mod identifier;
pub mod keyed;
pub mod otpauth;
pub mod qr;
pub mod secret;

mod api;
mod attempt_ledger;
mod gucs;
mod purge_worker;

pgrx::extension_sql_file!("../sql/schema.sql", name = "schema", bootstrap);
pgrx::extension_sql_file!("../sql/sessions.sql", name = "sessions", finalize);
pgrx::extension_sql_file!(
    "../sql/factors.sql",
    name = "factors",
    requires = ["sessions"]
);

#[cfg(any(test, feature = "pg_test"))]
mod pg_tests;

pgrx::pg_module_magic!();

#[pgrx::pg_guard]
pub extern "C-unwind" fn _PG_init() {
    gucs::register_session_settings();
    // A background worker and a postmaster-level setting can be registered only while
    // shared_preload_libraries is processed.
    if unsafe { pgrx::pg_sys::process_shared_preload_libraries_in_progress } {
        gucs::register_purge_settings();
        purge_worker::register();
        attempt_ledger::init();
        // Loaded once here, the phone-number metadata is inherited by every backend the
        // postmaster forks, instead of costing each one about 0.1 s on its first SMS identifier.
        identifier::preload_phone_metadata();
    }
}

/// Required by `cargo pgrx test`.
#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}

    pub fn postgresql_conf_options() -> Vec<&'static str> {
        vec![]
    }
}
