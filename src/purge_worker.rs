//! Background worker that runs otp_purge() every `otp_pg.purge_interval` seconds in
//! `otp_pg.purge_database`, so expired challenges go away without anyone scheduling it. Started
//! only when otp_pg is in shared_preload_libraries, and only where it can write: on a primary, and
//! on a standby once it is promoted. Otherwise schedule otp_purge() yourself.
//!
//! The worker connects as the bootstrap superuser to a database whose owner (and, on PostgreSQL
//! 14, every role) may create functions and operators in the schemas of the database's
//! search_path, or in a schema named after the superuser ("$user"). So it resolves no name through
//! a search_path anyone else can write to: each transaction pins `search_path` to
//! `pg_catalog, pg_temp`, the one catalog query names every object and operator with its schema,
//! and otp_purge() is called by its OID, found through the extension's own dependency records.
//! otp_purge() is SECURITY DEFINER with its own pinned search_path and runs as the extension's
//! owner; the superuser's rights are used for nothing but that catalog query and the call.

use std::time::Duration;

use pgrx::bgworkers::{
    BackgroundWorker, BackgroundWorkerBuilder, BgWorkerStartTime, SignalWakeFlags,
};
use pgrx::prelude::*;

use crate::gucs;

pub fn register() {
    BackgroundWorkerBuilder::new("otp_pg purge")
        .set_type("otp_pg purge")
        .set_library("otp_pg")
        .set_function("otp_pg_purge_worker_main")
        .enable_spi_access()
        .set_start_time(BgWorkerStartTime::RecoveryFinished)
        .set_restart_time(Some(Duration::from_secs(30)))
        .load();
}

#[pg_guard]
#[no_mangle]
pub extern "C-unwind" fn otp_pg_purge_worker_main(_argument: pg_sys::Datum) {
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    let database = gucs::purge_database();
    BackgroundWorker::connect_worker_to_spi(Some(&database), None);
    // The database's owner may have set these for the database (ALTER DATABASE ... SET), and the
    // connection took them: a read-only default or a short timeout would make every purge fail.
    BackgroundWorker::transaction(|| {
        if let Err(error) = Spi::run(SESSION_SETTINGS) {
            warning!("otp_pg purge worker: {error}");
        }
        #[cfg(any(feature = "pg17", feature = "pg18"))]
        if let Err(error) = Spi::run("SET transaction_timeout = 0") {
            warning!("otp_pg purge worker: {error}");
        }
    });
    // Aborts that leave many attempts on the ledger wake the worker to record them.
    crate::attempt_ledger::register_worker();
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

const SESSION_SETTINGS: &str = "SET default_transaction_read_only = off; \
     SET statement_timeout = 0; SET lock_timeout = 0; SET idle_in_transaction_session_timeout = 0";

/// The OID of otp_purge() as a member of the otp_pg extension in this database, if installed.
const PURGE_FUNCTION: &str = "
    SELECT p.oid
      FROM pg_catalog.pg_depend d
      JOIN pg_catalog.pg_proc p ON p.oid OPERATOR(pg_catalog.=) d.objid
     WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
       AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
       AND d.refobjid OPERATOR(pg_catalog.=) $1
       AND d.deptype OPERATOR(pg_catalog.=) 'e'
       AND p.proname OPERATOR(pg_catalog.=) 'otp_purge'
       AND p.pronargs OPERATOR(pg_catalog.=) 0";

fn purge_once() {
    // A standby can't write; a promoted one gets its own worker (BgWorkerStart_RecoveryFinished).
    if unsafe { pg_sys::RecoveryInProgress() } {
        return;
    }
    if let Err(error) = Spi::run("SET LOCAL search_path TO pg_catalog, pg_temp") {
        warning!("otp_pg purge worker: {error}");
        return;
    }
    let extension = unsafe { pg_sys::get_extension_oid(c"otp_pg".as_ptr(), true) };
    if extension == pg_sys::InvalidOid {
        return; // not installed in this database (yet)
    }
    let function = match Spi::get_one_with_args::<pg_sys::Oid>(PURGE_FUNCTION, &[extension.into()])
    {
        Ok(Some(function)) => function,
        Ok(None) => return,
        // Only pgrx's own SPI errors land here. An ERROR raised by a query or by otp_purge()
        // aborts the transaction and ends the worker; the postmaster starts it again.
        Err(error) => {
            warning!("otp_pg purge worker: {error}");
            return;
        }
    };
    let removed = unsafe {
        let datum = pg_sys::OidFunctionCall0Coll(function, pg_sys::InvalidOid);
        i64::from_datum(datum, false).unwrap_or(0)
    };
    if removed > 0 {
        log!("otp_pg purge worker removed {removed} rows");
    }
}
