//! Server settings (GUCs) of otp_pg, all in one place. The session and factor settings exist
//! whenever otp_pg's library is loaded; the purge worker's only with shared_preload_libraries.

use std::ffi::CStr;

use pgrx::{GucContext, GucFlags, GucRegistry, GucSetting, PostgresGucEnum};

/// Database the purge worker connects to.
pub static PURGE_DATABASE: GucSetting<Option<std::ffi::CString>> =
    GucSetting::<Option<std::ffi::CString>>::new(Some(c"postgres"));
/// Seconds between purges; 0 stops purging (the worker stays idle).
pub static PURGE_INTERVAL: GucSetting<i32> = GucSetting::<i32>::new(60);

/// Where the root key comes from (see src/root_key.rs): a file only the server's user can read,
/// or a command that prints it; and, while the server keys are re-wrapped, the previous one.
pub static ROOT_KEY_FILE: GucSetting<Option<std::ffi::CString>> =
    GucSetting::<Option<std::ffi::CString>>::new(None);
pub static ROOT_KEY_COMMAND: GucSetting<Option<std::ffi::CString>> =
    GucSetting::<Option<std::ffi::CString>>::new(None);
pub static PREVIOUS_ROOT_KEY_FILE: GucSetting<Option<std::ffi::CString>> =
    GucSetting::<Option<std::ffi::CString>>::new(None);

/// Failed TOTP checks and recovery-code uses per key, within the window, before a lock-out.
pub static FACTOR_MAX_FAILURES: GucSetting<i32> = GucSetting::<i32>::new(5);
pub static FACTOR_FAILURE_WINDOW: GucSetting<i32> = GucSetting::<i32>::new(300);
pub static FACTOR_LOCKOUT: GucSetting<i32> = GucSetting::<i32>::new(900);

/// Whether otp_verify, otp_totp_confirm, otp_totp_check and otp_recovery_code_use refuse to run
/// inside a transaction block or a subtransaction, where a rollback would take back the attempt
/// they count (see otp_private.require_own_transaction).
pub static REQUIRE_AUTOCOMMIT: GucSetting<bool> = GucSetting::<bool>::new(true);

/// Which recorded events are also sent as an `otp_event` notification (sql/events.sql,
/// otp_private.notifies). A notifying commit takes a lock every notifying commit of the server
/// shares, so the events of every login are not notified unless asked for.
#[derive(PostgresGucEnum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum EventNotifications {
    #[name = c"off"]
    Off,
    /// The changes to a key's factors: enrolled, confirmed, disabled, recovery codes made or used.
    #[name = c"factor_changes"]
    FactorChanges,
    #[name = c"all"]
    All,
}
pub static EVENT_NOTIFICATIONS: GucSetting<EventNotifications> =
    GucSetting::<EventNotifications>::new(EventNotifications::FactorChanges);
/// Days otp_purge keeps audit events; 0 keeps them for ever.
pub static EVENT_RETENTION_DAYS: GucSetting<i32> = GucSetting::<i32>::new(90);
/// Whether registered test identifiers get their fixed code (off: they are ordinary identifiers).
pub static TEST_IDENTIFIERS: GucSetting<bool> = GucSetting::<bool>::new(true);

/// Settings that can be defined at any time. SUSET: application roles can't loosen them.
pub fn register_session_settings() {
    GucRegistry::define_bool_guc(
        c"otp_pg.require_autocommit",
        c"Refuse attempt-counting calls inside a transaction block, where a rollback would give the attempt back.",
        c"otp_verify, otp_totp_confirm, otp_totp_check and otp_recovery_code_use then run only as a statement of their own (autocommit). Turn off only for roles whose code commits after every failed result.",
        &REQUIRE_AUTOCOMMIT,
        GucContext::Suset,
        GucFlags::default(),
    );
    GucRegistry::define_enum_guc(
        c"otp_pg.event_notifications",
        c"Which recorded audit events are also sent as otp_event notifications: off, factor_changes or all.",
        c"Listeners re-read otp_events by the notified event_id. Each notifying commit takes a lock that the whole server shares: all notifies every login three times.",
        &EVENT_NOTIFICATIONS,
        GucContext::Suset,
        GucFlags::default(),
    );
    GucRegistry::define_int_guc(
        c"otp_pg.event_retention_days",
        c"Days otp_purge() keeps audit events (otp_events); 0 keeps them for ever.",
        c"",
        &EVENT_RETENTION_DAYS,
        0,
        3650,
        GucContext::Suset,
        GucFlags::default(),
    );
    GucRegistry::define_bool_guc(
        c"otp_pg.test_identifiers",
        c"Give registered test identifiers their fixed code; off, they are ordinary identifiers and get real codes.",
        c"Turn off in production databases that must never accept a fixed code.",
        &TEST_IDENTIFIERS,
        GucContext::Suset,
        GucFlags::default(),
    );
    GucRegistry::define_int_guc(
        c"otp_pg.factor_max_failures",
        c"Failed TOTP checks or recovery-code uses per key, within otp_pg.factor_failure_window, that lock the key out.",
        c"",
        &FACTOR_MAX_FAILURES,
        1,
        1000,
        GucContext::Suset,
        GucFlags::default(),
    );
    GucRegistry::define_int_guc(
        c"otp_pg.factor_failure_window",
        c"Seconds over which failed checks of a key are counted.",
        c"",
        &FACTOR_FAILURE_WINDOW,
        1,
        86400,
        GucContext::Suset,
        GucFlags::UNIT_S,
    );
    GucRegistry::define_int_guc(
        c"otp_pg.factor_lockout",
        c"Seconds a key is refused after too many failed checks.",
        c"During a lock-out otp_totp_check and otp_recovery_code_use return false without comparing.",
        &FACTOR_LOCKOUT,
        1,
        604800,
        GucContext::Suset,
        GucFlags::UNIT_S,
    );
}

/// Settings of the purge worker: only while shared_preload_libraries is processed.
pub fn register_purge_settings() {
    GucRegistry::define_string_guc(
        c"otp_pg.purge_database",
        c"Database whose otp_pg tables the purge worker cleans.",
        c"The background worker runs otp_purge() there when otp_pg is in shared_preload_libraries.",
        &PURGE_DATABASE,
        GucContext::Postmaster,
        GucFlags::default(),
    );
    GucRegistry::define_int_guc(
        c"otp_pg.purge_interval",
        c"Seconds between automatic otp_purge() runs; 0 disables them.",
        c"",
        &PURGE_INTERVAL,
        0,
        86400,
        GucContext::Sighup,
        GucFlags::UNIT_S,
    );
}

/// Settings of the root key: only while shared_preload_libraries is processed, where the key is
/// read once, by the postmaster. Superuser-only to read.
pub fn register_root_key_settings() {
    GucRegistry::define_string_guc(
        c"otp_pg.root_key_file",
        c"File holding the root key that wraps otp_pg's server keys (64 hexadecimal digits).",
        c"Read once at server start; it must be readable by the server's operating-system user only.",
        &ROOT_KEY_FILE,
        GucContext::Postmaster,
        GucFlags::SUPERUSER_ONLY,
    );
    GucRegistry::define_string_guc(
        c"otp_pg.root_key_command",
        c"Command whose output is the root key, instead of otp_pg.root_key_file.",
        c"Run once at server start by /bin/sh; it prints 64 hexadecimal digits.",
        &ROOT_KEY_COMMAND,
        GucContext::Postmaster,
        GucFlags::SUPERUSER_ONLY,
    );
    GucRegistry::define_string_guc(
        c"otp_pg.previous_root_key_file",
        c"File holding the root key being replaced, while otp_wrap_server_keys() re-wraps under the new one.",
        c"",
        &PREVIOUS_ROOT_KEY_FILE,
        GucContext::Postmaster,
        GucFlags::SUPERUSER_ONLY,
    );
}

/// A string setting's value, if set and not empty.
pub fn text_of(setting: &GucSetting<Option<std::ffi::CString>>) -> Option<String> {
    setting
        .get()
        .as_deref()
        .map(CStr::to_string_lossy)
        .map(|text| text.into_owned())
        .filter(|text| !text.is_empty())
}

pub fn purge_database() -> String {
    PURGE_DATABASE
        .get()
        .as_deref()
        .map(CStr::to_string_lossy)
        .map(|name| name.into_owned())
        .unwrap_or_else(|| "postgres".to_string())
}

#[pgrx::pg_schema]
mod otp_private {
    use pgrx::prelude::*;

    /// The audit trail's settings, for sql/events.sql and otp_purge.
    #[pg_extern(stable, parallel_safe)]
    fn event_settings() -> TableIterator<
        'static,
        (
            name!(notifications, &'static str),
            name!(retention_days, i32),
        ),
    > {
        let notifications = match super::EVENT_NOTIFICATIONS.get() {
            super::EventNotifications::Off => "off",
            super::EventNotifications::FactorChanges => "factor_changes",
            super::EventNotifications::All => "all",
        };
        TableIterator::once((notifications, super::EVENT_RETENTION_DAYS.get()))
    }

    /// Whether test identifiers get their fixed code (otp_pg.test_identifiers).
    #[pg_extern(stable, parallel_safe)]
    fn test_identifiers_enabled() -> bool {
        super::TEST_IDENTIFIERS.get()
    }
}
