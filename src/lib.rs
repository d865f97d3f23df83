//! otp_pg: one-time passwords inside PostgreSQL.
//!
//! The algorithms are in the crate `otp_pg_core` (src/core/): plain Rust with no PostgreSQL types,
//! unit-tested with `cargo test -p otp_pg_core`. This crate is what PostgreSQL loads: `api` is the
//! thin SQL-facing layer over the core, `gucs` the settings, `attempt_ledger` the shared-memory
//! ledger of rolled-back attempts, `refusal_queue` the shared-memory queue of refused calls'
//! events (both kept by `shared_memory`) and `purge_worker` the background worker. The schema and the session, delivery and
//! factor functions are hand-written SQL in `sql/`, loaded below in dependency order.

mod api;
mod attempt_ledger;
mod delivery_wakeup;
mod gucs;
mod purge_worker;
mod refusal_queue;
mod root_key;
mod shared_memory;

// The hand-written SQL, each file after what it uses: the tables (schema.sql), the other files it
// names, and the Rust functions it calls. privileges.sql comes last with every REVOKE and GRANT.
pgrx::extension_sql_file!("../sql/schema.sql", name = "schema", bootstrap);
pgrx::extension_sql_file!("../sql/helpers.sql", name = "helpers");
pgrx::extension_sql_file!(
    "../sql/events.sql",
    name = "events",
    requires = [
        "helpers",
        api::sessions::otp_private::mask_identifier,
        gucs::otp_private::event_settings,
        refusal_queue::otp_private::queue_refusal,
        refusal_queue::otp_private::take_refusals,
    ]
);
pgrx::extension_sql_file!(
    "../sql/keys.sql",
    name = "keys",
    requires = ["helpers", api::sessions::otp_private::new_stored_server_key]
);
pgrx::extension_sql_file!(
    "../sql/policies.sql",
    name = "policies",
    requires = ["events", api::policies::otp_private::policy_setting]
);
pgrx::extension_sql_file!(
    "../sql/rate_limits.sql",
    name = "rate_limits",
    requires = [
        "policies",
        api::sessions::otp_private::address_subject,
        api::sessions::otp_private::rate_subject,
    ]
);
pgrx::extension_sql_file!(
    "../sql/send_guard.sql",
    name = "send_guard",
    requires = [
        "rate_limits",
        api::send_guard::otp_private::country_codes,
        api::send_guard::otp_private::sms_origin,
    ]
);
pgrx::extension_sql_file!(
    "../sql/test_identifiers.sql",
    name = "test_identifiers",
    requires = [
        "keys",
        "policies",
        api::sessions::otp_private::channel_name,
        api::sessions::otp_private::normalize_identifier,
        api::sessions::otp_private::seal_test_code,
        api::sessions::otp_private::open_test_code,
        api::policies::otp_private::policy_bounds,
        gucs::otp_private::test_identifiers_enabled,
    ]
);
pgrx::extension_sql_file!(
    "../sql/deliveries.sql",
    name = "deliveries",
    requires = [
        "keys",
        "events",
        api::sessions::otp_private::seal_delivery_code,
        api::sessions::otp_private::open_delivery_code,
        api::links::otp_private::seal_delivery_link,
        api::links::otp_private::open_delivery_link,
        delivery_wakeup::otp_private::delivery_needs_notification,
        delivery_wakeup::otp_private::begin_wait,
        delivery_wakeup::otp_private::end_wait,
    ]
);
pgrx::extension_sql_file!(
    "../sql/tokens.sql",
    name = "tokens",
    requires = [
        "keys",
        "policies",
        "events",
        api::tokens::otp_private::check_token,
        api::tokens::otp_private::seal_signing_secret,
        api::tokens::otp_private::sign_token,
        api::tokens::otp_private::signing_jwk,
        api::tokens::otp_private::signing_public_key,
        api::tokens::otp_private::token_kid,
        api::tokens::otp_private::token_json,
        api::policies::otp_private::token_policy_setting,
    ]
);
pgrx::extension_sql_file!(
    "../sql/sessions.sql",
    name = "sessions",
    requires = [
        "rate_limits",
        "send_guard",
        "test_identifiers",
        "deliveries",
        "tokens",
        api::links::otp_private::link_binding_digest,
        api::links::otp_private::link_challenge,
        api::links::otp_private::link_digest,
        api::links::otp_private::link_outcome,
        api::links::otp_private::new_link_token,
        api::sessions::otp_private::attempt_outcome,
        api::sessions::otp_private::channel_name,
        api::sessions::otp_private::code_digest,
        api::sessions::otp_private::mask_identifier,
        api::sessions::otp_private::new_code,
        api::sessions::otp_private::normalize_identifier,
        api::transaction::otp_private::require_own_transaction,
        attempt_ledger::otp_private::note_attempt,
        attempt_ledger::otp_private::record_taken_back,
    ]
);
pgrx::extension_sql_file!(
    "../sql/devices.sql",
    name = "devices",
    requires = [
        "keys",
        "events",
        api::devices::otp_private::new_device_token,
        api::devices::otp_private::device_token_id,
        api::devices::otp_private::device_token_matches,
        api::devices::otp_private::check_device_label,
        attempt_ledger::otp_private::note_attempt_if_room,
        attempt_ledger::otp_private::record_taken_back,
        api::factors::otp_private::check_key,
        api::factors::otp_private::possible_key,
        api::policies::otp_private::policy_setting,
        api::transaction::otp_private::require_own_transaction,
    ]
);
pgrx::extension_sql_file!(
    "../sql/factors.sql",
    name = "factors",
    requires = [
        "keys",
        "events",
        "tokens",
        "devices",
        api::codes::otp_private::new_totp_secret,
        api::codes::otp_private::totp_uri,
        api::factors::otp_private::check_key,
        api::factors::otp_private::factor_lockout_settings,
        api::factors::otp_private::find_digest,
        api::factors::otp_private::new_recovery_code,
        api::factors::otp_private::normalize_recovery_code,
        api::factors::otp_private::open_factor_secret,
        api::factors::otp_private::possible_key,
        api::factors::otp_private::recovery_decoy,
        api::factors::otp_private::recovery_digest,
        api::factors::otp_private::seal_factor_secret,
        api::factors::otp_private::totp_decoy,
        api::factors::otp_private::totp_match,
        api::transaction::otp_private::require_own_transaction,
        attempt_ledger::otp_private::attempt_taken_back,
    ]
);
pgrx::extension_sql_file!(
    "../sql/housekeeping.sql",
    name = "housekeeping",
    requires = [
        "sessions",
        "factors",
        api::sessions::otp_private::new_stored_server_key,
        api::factors::otp_private::factor_lockout_settings,
        api::tokens::otp_private::reseal_signing_key,
        root_key::otp_private::rewrap_server_key,
        attempt_ledger::otp_private::record_taken_back,
        attempt_ledger::otp_private::subjects_taken_back,
    ]
);
pgrx::extension_sql_file!("../sql/privileges.sql", name = "privileges", finalize);

#[cfg(any(test, feature = "pg_test"))]
mod pg_tests;

pgrx::pg_module_magic!();

#[pgrx::pg_guard]
pub extern "C-unwind" fn _PG_init() {
    gucs::register_session_settings();
    delivery_wakeup::init();
    // A background worker and a postmaster-level setting can be registered only while
    // shared_preload_libraries is processed.
    if unsafe { pgrx::pg_sys::process_shared_preload_libraries_in_progress } {
        gucs::register_purge_settings();
        gucs::register_root_key_settings();
        root_key::load();
        purge_worker::register();
        attempt_ledger::init();
        refusal_queue::init();
        // Loaded once here, the phone-number metadata is inherited by every backend the
        // postmaster forks, instead of costing each one about 0.1 s on its first SMS identifier.
        otp_pg_core::identifier::preload_phone_metadata();
    } else {
        root_key::check_not_preloaded();
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
