//! Server settings (GUCs) of otp_pg, all in one place. They exist when otp_pg is in
//! shared_preload_libraries, where they steer the purge worker.

use std::ffi::CStr;

use pgrx::{GucContext, GucFlags, GucRegistry, GucSetting};

/// Database the purge worker connects to.
pub static PURGE_DATABASE: GucSetting<Option<std::ffi::CString>> =
    GucSetting::<Option<std::ffi::CString>>::new(Some(c"postgres"));
/// Seconds between purges; 0 stops purging (the worker stays idle).
pub static PURGE_INTERVAL: GucSetting<i32> = GucSetting::<i32>::new(60);

pub fn register() {
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

pub fn purge_database() -> String {
    PURGE_DATABASE
        .get()
        .as_deref()
        .map(CStr::to_string_lossy)
        .map(|name| name.into_owned())
        .unwrap_or_else(|| "postgres".to_string())
}
