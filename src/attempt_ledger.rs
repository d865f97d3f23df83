//! Attempts that a rollback took back, kept where no rollback reaches: in shared memory.
//!
//! otp_verify, otp_totp_confirm, otp_totp_check and otp_recovery_code_use count an attempt in the
//! caller's transaction. A caller that rolls that transaction back after reading the answer (a
//! `DO` block running ROLLBACK, a statement failing after the call, a pipeline failing before its
//! Sync, a savepoint) would get the attempt back and could guess without limit. So each of them
//! first notes the attempt here, in the backend: if the transaction (or the subtransaction that
//! made it) aborts, the attempt moves to a shared-memory ledger. From there it is recorded in the
//! subject's row (a challenge's attempts, a factor key's failures) by the next check of that
//! subject, or by otp_purge(), whichever commits first; a record that commits takes its count off
//! the ledger, one that aborts leaves it there.
//!
//! Nothing is ever pushed out of the ledger. Each noted attempt reserves a slot before the check
//! answers, so that an abort always finds room; when the slots are all pending or reserved, or
//! one database holds three quarters of them (so that a flood in one database leaves the others
//! room), a check is refused (53400) until otp_purge() records what is waiting. A backend whose
//! abort leaves many slots pending, or whose check is refused, wakes the purge worker (at most
//! once a second), which runs otp_purge() at once. The ledger keeps each subject's text and
//! database, and counts only the attempts of that very subject; and when it was first noted,
//! since a challenge that otp_purge() can't see may belong to a transaction still running.
//!
//! The ledger exists only when otp_pg is in shared_preload_libraries (shared memory is reserved
//! at server start). It is lost when the server restarts, with what it had not recorded yet.

use std::sync::atomic::{AtomicBool, Ordering};

use pgrx::pg_sys;
use pgrx::prelude::*;

use crate::shared_memory::Region;

/// Subjects waiting or reserved at once, cluster-wide.
const SLOTS: usize = 4096;
/// The longest subject: "factor " and a key of 256 characters of up to 4 bytes each.
const SUBJECT_BYTES: usize = 1032;
/// Pending slots from which an abort wakes the purge worker.
const WAKE_WORKER_AT: u32 = 64;
/// The most slots one database may hold, pending or reserved.
const DATABASE_SHARE: usize = SLOTS / 4 * 3;
/// Databases whose reservations are counted apart; any others share the last entry.
const DATABASES: usize = 32;
const LOCK_NAME: &std::ffi::CStr = c"otp_pg attempt ledger";

#[repr(C)]
struct Slot {
    database: pg_sys::Oid,
    pending: u32, // 0: free
    /// When the slot's first pending attempt arrived (PostgreSQL's microseconds).
    noted_at: pg_sys::TimestampTz,
    length: u32,
    subject: [u8; SUBJECT_BYTES],
}

impl Slot {
    fn subject(&self) -> &[u8] {
        &self.subject[..self.length as usize]
    }
}

/// The shared-memory ledger; all zeroes is an empty one.
#[repr(C)]
struct Ledger {
    /// Slots with pending attempts.
    pending_slots: u32,
    /// Attempts noted by open transactions, each owed a slot should it abort.
    reserved: u32,
    /// Unix seconds of the last wake-up sent to the purge worker.
    woken_at: i64,
    /// The purge worker's latch, once it runs (a spurious wake-up of a reused latch is harmless).
    worker_latch: *mut pg_sys::Latch,
    /// Reservations per database: (database, reserved), free entries have database 0.
    reserved_by: [(pg_sys::Oid, u32); DATABASES],
    slots: [Slot; SLOTS],
}

impl Ledger {
    /// The entry counting `database`'s reservations: its own, a free one, or the last.
    fn reservations_index(&self, database: pg_sys::Oid) -> usize {
        self.reserved_by
            .iter()
            .position(|&(oid, count)| oid == database && count > 0)
            .or_else(|| self.reserved_by.iter().position(|&(_, count)| count == 0))
            .unwrap_or(DATABASES - 1)
    }

    /// Reserves `count` slots for `database`; returns the entry that counts them, which their
    /// release must name (an entry shared by several databases keeps its first one's label).
    fn reserve(&mut self, database: pg_sys::Oid, count: u32) -> usize {
        self.reserved += count;
        let index = self.reservations_index(database);
        let entry = &mut self.reserved_by[index];
        if entry.1 == 0 {
            entry.0 = database;
        }
        entry.1 += count;
        index
    }

    fn release(&mut self, index: usize, count: u32) {
        self.reserved = self.reserved.saturating_sub(count);
        let entry = &mut self.reserved_by[index];
        entry.1 = entry.1.saturating_sub(count);
    }

    /// Slots `database` holds: pending ones and reservations.
    fn used_by(&self, database: pg_sys::Oid) -> usize {
        let pending = self
            .slots
            .iter()
            .filter(|slot| slot.pending > 0 && slot.database == database)
            .count();
        let reserved: u32 = self
            .reserved_by
            .iter()
            .filter(|&&(oid, _)| oid == database)
            .map(|&(_, count)| count)
            .sum();
        pending + reserved as usize
    }

    /// Whether a new attempt of `database` finds no slot: all are taken, or the database holds its
    /// share. Counting one database's slots takes a scan: only once the ledger is half full.
    fn is_full_for(&self, database: pg_sys::Oid) -> bool {
        let used = self.pending_slots as usize + self.reserved as usize;
        used >= SLOTS || (used >= SLOTS / 2 && self.used_by(database) >= DATABASE_SHARE)
    }

    /// Wakes the purge worker, at most once a second.
    fn wake_worker(&mut self) {
        let now = now();
        if self.woken_at != now && !self.worker_latch.is_null() {
            self.woken_at = now;
            unsafe { pg_sys::SetLatch(self.worker_latch) };
        }
    }
}

/// Set in the postmaster while shared_preload_libraries is processed; backends inherit it.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static LEDGER: Region<Ledger> = Region::new(LOCK_NAME);

/// An attempt noted by this backend's open transaction, or a ledger count folded into a row.
struct Entry {
    /// When the statement that noted it began: a later statement's failure doesn't forget it.
    statement: pg_sys::TimestampTz,
    database: pg_sys::Oid,
    /// The entry of Ledger::reserved_by that counts this one's reservation.
    reservation: usize,
    subject: Vec<u8>,
    subtransaction: pg_sys::SubTransactionId,
    counted: u32,
    folded: u32,
}

/// This backend's entries of the open transaction (a backend runs one thread).
static mut OPEN: Vec<Entry> = Vec::new();

#[allow(static_mut_refs)]
fn open() -> &'static mut Vec<Entry> {
    // SAFETY: PostgreSQL backends are single-threaded; the callbacks and the SQL functions below
    // are the only users, never at the same time.
    unsafe { &mut OPEN }
}

/// Reserves the shared memory and registers the callbacks; only while preloading.
pub fn init() {
    LEDGER.register();
    unsafe {
        pg_sys::RegisterXactCallback(Some(on_transaction_end), std::ptr::null_mut());
        pg_sys::RegisterSubXactCallback(Some(on_subtransaction_end), std::ptr::null_mut());
    }
    ACTIVE.store(true, Ordering::Relaxed);
}

pub fn active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The slot holding `subject` of `database`, or None.
fn find(ledger: &Ledger, database: pg_sys::Oid, subject: &[u8]) -> Option<usize> {
    if ledger.pending_slots == 0 {
        return None;
    }
    ledger
        .slots
        .iter()
        .position(|slot| slot.pending > 0 && slot.database == database && slot.subject() == subject)
}

/// Adds `count` attempts to the subject's pending ones. The slot was reserved when the attempt
/// was noted, so a free one exists.
fn add(ledger: &mut Ledger, database: pg_sys::Oid, subject: &[u8], count: u32) {
    if count == 0 {
        return;
    }
    if let Some(index) = find(ledger, database, subject) {
        let slot = &mut ledger.slots[index];
        slot.pending = slot.pending.saturating_add(count);
        return;
    }
    if let Some(slot) = ledger.slots.iter_mut().find(|slot| slot.pending == 0) {
        slot.database = database;
        slot.length = subject.len() as u32;
        slot.subject[..subject.len()].copy_from_slice(subject);
        slot.noted_at = unsafe { pg_sys::GetCurrentTimestamp() };
        slot.pending = count;
        ledger.pending_slots += 1;
    }
}

/// Takes `count` off the subject's pending attempts (a record of them committed).
fn remove(ledger: &mut Ledger, database: pg_sys::Oid, subject: &[u8], count: u32) {
    if count == 0 {
        return;
    }
    if let Some(index) = find(ledger, database, subject) {
        let slot = &mut ledger.slots[index];
        slot.pending = slot.pending.saturating_sub(count);
        if slot.pending == 0 {
            ledger.pending_slots -= 1;
        }
    }
}

/// Moves what `entries` counted to the ledger and frees their reservations.
fn abort_entries(entries: impl Iterator<Item = Entry>) {
    let mut ledger = LEDGER.exclusive();
    for entry in entries {
        add(&mut ledger, entry.database, &entry.subject, entry.counted);
        ledger.release(entry.reservation, entry.counted);
    }
    // Many subjects waiting: the purge worker records them now rather than at its next round.
    if ledger.pending_slots >= WAKE_WORKER_AT {
        ledger.wake_worker();
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn on_transaction_end(
    event: pg_sys::XactEvent::Type,
    _arg: *mut std::ffi::c_void,
) {
    use pg_sys::XactEvent::*;
    if open().is_empty() {
        return;
    }
    match event {
        XACT_EVENT_COMMIT => {
            let mut ledger = LEDGER.exclusive();
            for entry in open().drain(..) {
                remove(&mut ledger, entry.database, &entry.subject, entry.folded);
                ledger.release(entry.reservation, entry.counted);
            }
        }
        // A prepared transaction would hold its rows (and the ledger's records of them) for as
        // long as it stays prepared, past the session and a restart: one that counted an
        // attempt is refused, and aborts instead.
        XACT_EVENT_PRE_PREPARE => {
            ErrorReport::new(
                PgSqlErrorCode::ERRCODE_FEATURE_NOT_SUPPORTED,
                "otp_pg: a transaction that counted an attempt at a code can't be prepared",
                "otp_pg",
            )
            .set_hint("Commit it, or count attempts outside two-phase transactions.")
            .report(PgLogLevel::ERROR);
        }
        XACT_EVENT_ABORT | XACT_EVENT_PREPARE => abort_entries(open().drain(..)),
        _ => {}
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn on_subtransaction_end(
    event: pg_sys::SubXactEvent::Type,
    subtransaction: pg_sys::SubTransactionId,
    parent: pg_sys::SubTransactionId,
    _arg: *mut std::ffi::c_void,
) {
    use pg_sys::SubXactEvent::*;
    match event {
        SUBXACT_EVENT_COMMIT_SUB => {
            for entry in open().iter_mut() {
                if entry.subtransaction == subtransaction {
                    entry.subtransaction = parent;
                }
            }
        }
        SUBXACT_EVENT_ABORT_SUB => {
            // Its attempts were taken back, and so were its records.
            let (aborted, kept): (Vec<Entry>, Vec<Entry>) = open()
                .drain(..)
                .partition(|entry| entry.subtransaction == subtransaction);
            *open() = kept;
            if !aborted.is_empty() {
                abort_entries(aborted.into_iter());
            }
        }
        _ => {}
    }
}

/// Frees, when the ledger is full, the slots of databases dropped since their attempts were noted:
/// nothing could record those any more. (The catalog is read without the ledger's lock held.)
fn free_slots_of_dropped_databases() {
    let databases: Vec<pg_sys::Oid> = {
        let ledger = LEDGER.exclusive();
        if (ledger.pending_slots as usize) < SLOTS / 2 {
            return;
        }
        let mut databases: Vec<pg_sys::Oid> = ledger
            .slots
            .iter()
            .filter(|slot| slot.pending > 0)
            .map(|slot| slot.database)
            .collect();
        databases.sort_unstable_by_key(|database| database.to_u32());
        databases.dedup();
        databases
    };
    let dropped: Vec<pg_sys::Oid> = databases
        .into_iter()
        .filter(|&database| unsafe {
            !pg_sys::SearchSysCacheExists(
                pg_sys::SysCacheIdentifier::DATABASEOID as i32,
                database.into(),
                0.into(),
                0.into(),
                0.into(),
            )
        })
        .collect();
    if dropped.is_empty() {
        return;
    }
    let mut ledger = LEDGER.exclusive();
    let mut freed = 0;
    for slot in ledger.slots.iter_mut() {
        if slot.pending > 0 && dropped.contains(&slot.database) {
            slot.pending = 0;
            freed += 1;
        }
    }
    ledger.pending_slots -= freed;
}

/// Whether a server key was opened since the last attempt was noted (see forget_last_attempt).
pub static KEY_OPENED_SINCE_NOTE: AtomicBool = AtomicBool::new(false);

/// Forgets the attempt the call in progress noted: it fails before comparing anything (a server
/// key it needs can't be opened), so its abort must not count it. Only an attempt noted by the
/// statement that fails: one that an earlier statement answered stays counted.
pub fn forget_last_attempt() {
    if KEY_OPENED_SINCE_NOTE.load(Ordering::Relaxed) {
        return; // the last attempt had its key, and may have been compared: it stays counted
    }
    let statement = unsafe { pg_sys::GetCurrentStatementStartTimestamp() };
    if let Some(entry) = open().last_mut() {
        if entry.counted > 0 && entry.statement == statement && active() {
            let mut ledger = LEDGER.exclusive();
            ledger.release(entry.reservation, entry.counted);
            entry.counted = 0;
        }
    }
}

/// Called once by the purge worker: aborts wake it from now on.
pub fn register_worker() {
    if active() {
        let mut ledger = LEDGER.exclusive();
        ledger.worker_latch = unsafe { pg_sys::MyLatch };
    }
}

/// Wakes the purge worker (at most once a second) for another queue that it empties: the refusal
/// queue, whose latch would be this one.
pub fn wake_purge_worker() {
    if active() {
        LEDGER.exclusive().wake_worker();
    }
}

/// Notes this transaction's record of `subject` (`counted`: 1 for an attempt, 0 for a record
/// alone) and, if `fold`, returns the subject's pending attempts, which the caller records in its
/// row (without, it returns 0 and takes none off the ledger at commit). An attempt the ledger has
/// no room for is refused (53400), or, without `refuse_when_full`, not noted: -1.
fn note(subject: &str, counted: u32, fold: bool, refuse_when_full: bool) -> i32 {
    if !active() || subject.len() > SUBJECT_BYTES {
        return 0; // longer subjects are keys no factor can have: checked against nothing
    }
    let database = unsafe { pg_sys::MyDatabaseId };
    let subject = subject.as_bytes();
    let mut reservation = 0;
    let pending = {
        let mut ledger = LEDGER.exclusive();
        if counted > 0 && ledger.is_full_for(database) {
            // Slots of databases dropped meanwhile are freed, and the call tries again.
            drop(ledger);
            free_slots_of_dropped_databases();
            ledger = LEDGER.exclusive();
        }
        if counted > 0 {
            if ledger.is_full_for(database) {
                let (pending, reserved) = (ledger.pending_slots, ledger.reserved);
                ledger.wake_worker();
                drop(ledger);
                if !refuse_when_full {
                    return -1;
                }
                ErrorReport::new(
                    PgSqlErrorCode::ERRCODE_CONFIGURATION_LIMIT_EXCEEDED,
                    "otp_pg: too many attempts that rollbacks took back are waiting to be recorded",
                    "otp_pg",
                )
                .set_detail(format!(
                    "Of the attempt ledger's {SLOTS} slots, {pending} hold attempts to record and {reserved} are reserved by open transactions; one database may hold {DATABASE_SHARE}."
                ))
                .set_hint("otp_purge() records them; the purge worker runs it at once in the database it serves.")
                .report(PgLogLevel::ERROR);
                unreachable!();
            }
            reservation = ledger.reserve(database, counted);
        }
        // What this transaction already recorded of the subject is not recorded twice.
        let already: u32 = open()
            .iter()
            .filter(|entry| entry.database == database && entry.subject == subject)
            .map(|entry| entry.folded)
            .sum();
        if fold {
            find(&ledger, database, subject)
                .map(|index| ledger.slots[index].pending)
                .unwrap_or(0)
                .saturating_sub(already)
        } else {
            0
        }
    };
    KEY_OPENED_SINCE_NOTE.store(false, Ordering::Relaxed);
    open().push(Entry {
        statement: unsafe { pg_sys::GetCurrentStatementStartTimestamp() },
        database,
        reservation,
        subject: subject.to_vec(),
        subtransaction: unsafe { pg_sys::GetCurrentSubTransactionId() },
        counted,
        folded: pending,
    });
    pending.min(i32::MAX as u32) as i32
}

use pgrx::pg_sys::panic::ErrorReport;
use pgrx::PgSqlErrorCode;

#[pg_schema]
mod otp_private {
    use pgrx::prelude::*;

    use super::*;

    /// Notes one attempt on `subject` in this transaction and returns the attempts that rolled-
    /// back transactions took from it, for the caller to count as well (recorded in its row:
    /// when this transaction commits, they leave the ledger). 0 without the ledger.
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn attempt_taken_back(subject: &str) -> i32 {
        note(subject, 1, true, true)
    }

    /// Notes one attempt on `subject` (refused with 53400 when the ledger has no room), without
    /// reading the ledger: for a check that records the waiting attempts later, under a lock it
    /// takes only as it compares (otp_verify).
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn note_attempt(subject: &str) {
        note(subject, 1, false, true);
    }

    /// Notes one attempt on `subject` like note_attempt, but when the ledger has no room notes
    /// nothing and answers false instead of refusing: for a revocation (a replayed device token)
    /// that must happen even then, with only the transaction guard behind it.
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn note_attempt_if_room(subject: &str) -> bool {
        note(subject, 1, false, false) >= 0
    }

    /// The attempts that rolled-back transactions took from `subject`, for otp_purge() to record
    /// in the subject's row; like attempt_taken_back without an attempt of its own.
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn record_taken_back(subject: &str) -> i32 {
        note(subject, 0, true, true)
    }

    /// Up to `max` subjects of this database with attempts waiting to be recorded, and when the
    /// first of them was noted.
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn subjects_taken_back(
        max: i32,
    ) -> TableIterator<
        'static,
        (
            name!(subject, String),
            name!(noted_at, TimestampWithTimeZone),
        ),
    > {
        let mut subjects = Vec::new();
        if active() && max > 0 {
            let database = unsafe { pg_sys::MyDatabaseId };
            let ledger = LEDGER.exclusive();
            let waiting = ledger
                .slots
                .iter()
                .filter(|slot| slot.pending > 0 && slot.database == database);
            for slot in waiting.take(max as usize) {
                let noted_at = TimestampWithTimeZone::try_from(slot.noted_at)
                    .unwrap_or_else(|_| TimestampWithTimeZone::negative_infinity());
                subjects.push((
                    String::from_utf8_lossy(slot.subject()).into_owned(),
                    noted_at,
                ));
            }
        }
        TableIterator::new(subjects)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_ledger() -> Box<Ledger> {
        // SAFETY: all zeroes is an empty ledger (null pointers, free slots).
        unsafe { Box::<Ledger>::new_zeroed().assume_init() }
    }

    /// The review of 0.4.1 had a 33rd database's reservations counted in the shared last entry
    /// and released from whichever entry was free by then: the shared one kept them for good.
    #[test]
    fn reservations_of_more_databases_than_entries_are_all_released() {
        let mut ledger = empty_ledger();
        let held: Vec<usize> = (1..=40u32)
            .map(|database| ledger.reserve(pg_sys::Oid::from(database), 3))
            .collect();
        assert_eq!(ledger.reserved, 120);
        assert_eq!(ledger.used_by(pg_sys::Oid::from(1)), 3);
        // The first databases end first: their entries are free while the later ones, counted in
        // the shared last entry, still hold theirs.
        for index in held {
            ledger.release(index, 3);
        }
        assert_eq!(ledger.reserved, 0);
        assert!(ledger.reserved_by.iter().all(|&(_, count)| count == 0));
    }
}
