//! Background worker that runs otp_purge() every `otp_pg.purge_interval` seconds in
//! `otp_pg.purge_database`, so expired challenges go away without anyone scheduling it. Started
//! only when otp_pg is in shared_preload_libraries; otherwise schedule otp_purge() yourself.

use std::time::Duration;

use pgrx::bgworkers::{BackgroundWorker, BackgroundWorkerBuilder, SignalWakeFlags};
use pgrx::prelude::*;

use crate::gucs;

pub fn register() {
    BackgroundWorkerBuilder::new("otp_pg purge")
        .set_type("otp_pg purge")
        .set_library("otp_pg")
        .set_function("otp_pg_purge_worker_main")
        .enable_spi_access()
        .set_restart_time(Some(Duration::from_secs(30)))
        .load();
}

#[pg_guard]
#[no_mangle]
pub extern "C-unwind" fn otp_pg_purge_worker_main(_argument: pg_sys::Datum) {
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    let database = gucs::purge_database();
    BackgroundWorker::connect_worker_to_spi(Some(&database), None);
    log!("otp_pg purge worker started in database \"{database}\"");

    loop {
        let interval = gucs::PURGE_INTERVAL.get();
        let wait = Duration::from_secs(if interval > 0 { interval as u64 } else { 3600 });
        if !BackgroundWorker::wait_latch(Some(wait)) {
            break; // SIGTERM or postmaster death
        }
        if BackgroundWorker::sighup_received() {
            unsafe { pg_sys::ProcessConfigFile(pg_sys::GucContext::PGC_SIGHUP) };
        }
        if gucs::PURGE_INTERVAL.get() > 0 {
            BackgroundWorker::transaction(purge_once);
        }
    }
}

/// Purges if otp_pg is installed in this database; finds its schema rather than assuming one.
fn purge_once() {
    let schema = Spi::get_one::<String>(
        "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
          WHERE e.extname = 'otp_pg'",
    );
    if let Ok(Some(schema)) = schema {
        match Spi::get_one::<i64>(&format!("SELECT {schema}.otp_purge()")) {
            Ok(Some(removed)) if removed > 0 => log!("otp_pg purge worker removed {removed} rows"),
            Ok(_) => {}
            // Only pgrx's own SPI errors land here. An ERROR raised by otp_purge() aborts the
            // transaction and ends the worker; the postmaster starts it again (restart time).
            Err(error) => warning!("otp_pg purge worker: {error}"),
        }
    }
}
