//! Who needs a `NOTIFY otp_delivery`: a notifying commit takes a lock that every notifying commit
//! of the server shares, so otp_pg notifies only when a sender is waiting for one.
//!
//! Two advisory locks of this database say who is where (keys in `pg_locks`: classid `KEY`,
//! objid 1 and 2, objsubid 2):
//!
//! - the *gate*: a session that queues a request holds it in share mode until its transaction
//!   ends, whether it notifies or not;
//! - the *waiting mark*: a sender about to wait for a notification holds it in share mode, as a
//!   session lock, until its next claim.
//!
//! A sender that finds nothing to claim takes the gate exclusively (which waits for every queuing
//! transaction that holds it to end), takes the waiting mark, lets the gate go, and claims once
//! more before it waits. A sender that finds requests is busy: it claims again once it has sent
//! them, so it needs no notification and passes no gate. A queuing session that cannot take the gate (a sender is passing it) or
//! finds the waiting mark held notifies. So a request is either committed before that last claim
//! (its transaction held the gate before the sender took it, and the claim sees it) or its
//! session saw the gate or the mark taken and notified; no request waits for a sender's poll.
//!
//! Any role can take advisory locks. A session that holds these keys can make senders notified
//! when none is waiting (the cost of 0.4.0), or keep a sender from passing the gate: that claim
//! gives up after `otp_claim_deliveries`' lock wait and wakes the sender to claim again, so
//! requests are still claimed within that wait.

use pgrx::pg_sys;
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::PgSqlErrorCode;

/// "otpg" in ASCII: otp_pg's advisory lock keys are (KEY, GATE) and (KEY, WAITING).
const KEY: u32 = 0x6f74_7067;
const GATE: u32 = 1;
const WAITING: u32 = 2;

/// The tag of the advisory lock (KEY, `objid`) in this database, as pg_advisory_lock(int4, int4)
/// makes it.
fn tag(objid: u32) -> pg_sys::LOCKTAG {
    pg_sys::LOCKTAG {
        locktag_field1: unsafe { pg_sys::MyDatabaseId }.to_u32(),
        locktag_field2: KEY,
        locktag_field3: objid,
        locktag_field4: 2,
        locktag_type: pg_sys::LockTagType::LOCKTAG_ADVISORY as u8,
        locktag_lockmethodid: pg_sys::USER_LOCKMETHOD as u8,
    }
}

fn try_lock(objid: u32, mode: u32) -> bool {
    let tag = tag(objid);
    // Transaction-scoped, without waiting.
    let result = unsafe { pg_sys::LockAcquire(&tag, mode as i32, false, true) };
    result != pg_sys::LockAcquireResult::LOCKACQUIRE_NOT_AVAIL
}

fn unlock(objid: u32, mode: u32, session: bool) {
    let tag = tag(objid);
    unsafe { pg_sys::LockRelease(&tag, mode as i32, session) };
}

/// Whether this backend holds the lock, as a session or a transaction lock. The lock table is
/// asked rather than a flag kept here: `pg_advisory_unlock_all()` or `DISCARD ALL` may have let
/// the lock go.
fn held(objid: u32, mode: u32) -> bool {
    let tag = tag(objid);
    #[cfg(any(feature = "pg14", feature = "pg15", feature = "pg16"))]
    let held = unsafe { pg_sys::LockHeldByMe(&tag, mode as i32) };
    #[cfg(any(feature = "pg17", feature = "pg18"))]
    let held = unsafe { pg_sys::LockHeldByMe(&tag, mode as i32, false) };
    held
}

/// Registers the refusal to prepare a transaction that holds either key; from `_PG_init`, so in
/// every backend when otp_pg is preloaded (otherwise in those that loaded it).
pub fn init() {
    unsafe { pg_sys::RegisterXactCallback(Some(refuse_prepare), std::ptr::null_mut()) };
}

/// A prepared transaction holding a key would keep it with no session, past a restart, until an
/// administrator ends it: the gate would keep every idle sender waking itself, the waiting mark
/// would make every request notify. As one that notified can't be prepared (PostgreSQL refuses),
/// neither can one that holds a key, in any mode.
#[pg_guard]
unsafe extern "C-unwind" fn refuse_prepare(
    event: pg_sys::XactEvent::Type,
    _arg: *mut std::ffi::c_void,
) {
    let holds_a_key = || {
        [GATE, WAITING]
            .into_iter()
            .any(|objid| held(objid, pg_sys::ShareLock) || held(objid, pg_sys::ExclusiveLock))
    };
    if event == pg_sys::XactEvent::XACT_EVENT_PRE_PREPARE && holds_a_key() {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_FEATURE_NOT_SUPPORTED,
            "otp_pg: a transaction that queued a delivery request or holds otp_pg's advisory lock keys can't be prepared",
            "otp_pg",
        )
        .set_hint("Commit it, or queue requests outside two-phase transactions.")
        .report(PgLogLevel::ERROR);
    }
}

#[pg_schema]
mod otp_private {
    use super::*;

    /// Called by a transaction that queues a delivery request, before it commits: true when it
    /// must notify. Holds the gate in share mode until the transaction ends.
    #[pg_extern(volatile, parallel_unsafe)]
    fn delivery_needs_notification() -> bool {
        if held(WAITING, pg_sys::ShareLock) {
            return true; // this session waits too, between its transactions
        }
        if !try_lock(GATE, pg_sys::ShareLock) {
            return true; // a sender is passing the gate: it may already have made its last claim
        }
        // Whether any sender holds the waiting mark, without keeping it from the next one.
        if !try_lock(WAITING, pg_sys::ExclusiveLock) {
            return true;
        }
        unlock(WAITING, pg_sys::ExclusiveLock, false);
        false
    }

    /// Called by a sender's claim that found nothing, before it claims once more and waits: waits
    /// (up to lock_timeout) for the transactions that queued without notifying to end, then marks
    /// this session as waiting. Raises lock_not_available (55P03) when the wait times out.
    #[pg_extern(volatile, parallel_unsafe)]
    fn begin_wait() {
        if held(WAITING, pg_sys::ShareLock) {
            return;
        }
        let gate = tag(GATE);
        let waiting = tag(WAITING);
        unsafe {
            pg_sys::LockAcquire(&gate, pg_sys::ExclusiveLock as i32, false, false);
            pg_sys::LockAcquire(&waiting, pg_sys::ShareLock as i32, true, false);
        }
        unlock(GATE, pg_sys::ExclusiveLock, false);
    }

    /// Called at the start of every claim: this session no longer waits.
    #[pg_extern(volatile, parallel_unsafe)]
    fn end_wait() {
        if held(WAITING, pg_sys::ShareLock) {
            unlock(WAITING, pg_sys::ShareLock, true);
        }
    }
}
