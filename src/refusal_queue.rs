//! Events of refused calls, kept where the refusal's rollback doesn't reach: in shared memory.
//!
//! A call that refuses by raising an error (otp_initiate refused by a rate limit, a refused
//! country, an open circuit breaker) rolls back whatever it inserted, its audit event too. So it
//! queues the event here first (otp_private.queue_refusal), outside any transaction, and a later
//! transaction moves the queued events into otp_private.event: take_refusals() hands it this
//! database's events that no open transaction has taken, oldest first, and marks them taken by
//! it. When its top-level transaction commits they leave the queue; when it (or the
//! subtransaction that took them) aborts, they are free to take again. A transaction that took
//! events can't be prepared (it would hold them past the session). refusals_waiting() says, without
//! a lock in the common case, whether anything is there to take.
//!
//! The queue holds 1024 events of up to 1024 bytes each, cluster-wide; one database may hold
//! three quarters of them, so that a flood in one database leaves the others room. An event that
//! finds no room is dropped and counted per database, and the next take reports the count as one
//! more event, {"event": "refusals_dropped", "count": n}. Counts are kept for 32 databases at a
//! time: the databases beyond share the last entry, and the drops counted there are reported to
//! whichever of them takes first. From 256 queued events on, a queued event wakes the purge
//! worker (at most once a second).
//!
//! A backend that ends with FATAL (pg_terminate_backend, a lost client) aborts its transaction on
//! the way out, and the abort frees what it took. A backend that crashes makes the postmaster
//! reinitialize shared memory: the queue is lost then, as it is when the server restarts. The
//! queue exists only when otp_pg is in shared_preload_libraries; without it queue_refusal returns
//! false, take_refusals returns no rows and refusals_waiting returns 0.

use std::ffi::CStr;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, Ordering};

use pgrx::callconv::{Arg, ArgAbi, BoxRet, FcInfo};
use pgrx::pg_sys;
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;

use crate::shared_memory::Region;
use pgrx::PgSqlErrorCode;

/// Events queued at once, cluster-wide.
const SLOTS: usize = 1024;
/// The longest event text: callers keep events small.
const EVENT_BYTES: usize = 1024;
/// The most events one database may hold.
const DATABASE_SHARE: usize = SLOTS / 4 * 3;
/// Databases counted apart; any others share the last entry.
const DATABASES: usize = 32;
const SHARED: usize = DATABASES - 1;
/// Queued events from which a new one wakes the purge worker.
const WAKE_WORKER_AT: u32 = 256;
const LOCK_NAME: &CStr = c"otp_pg refusal queue";

#[repr(C)]
struct Slot {
    /// InvalidOid: the slot is empty.
    database: pg_sys::Oid,
    /// 0: free to take; else the pid of the backend whose open transaction took it.
    taken_by: i32,
    /// The entry of Queue::counts that counts this slot.
    counts: u32,
    length: u32,
    /// Order of arrival: the clock can go back, this can't.
    sequence: u64,
    occurred_at: pg_sys::TimestampTz,
    text: [u8; EVENT_BYTES],
}

impl Slot {
    fn text(&self) -> &[u8] {
        &self.text[..self.length as usize]
    }
}

/// One database's counts (or, in the last entry, several databases' counts). Written under the
/// queue's exclusive lock; atomics so that refusals_waiting can read them without the lock.
#[repr(C)]
struct Counts {
    /// The database it counts; stays after the entry is free, until another one reuses it.
    database: AtomicU32,
    /// Slots free to take.
    waiting: AtomicU32,
    /// Slots in use, taken or not.
    held: AtomicU32,
    /// Events dropped for want of room, not yet taken.
    dropped: AtomicU32,
    /// Dropped events that open transactions took (reported, forgotten when they commit).
    dropped_taken: AtomicU32,
}

fn get(counter: &AtomicU32) -> u32 {
    counter.load(Ordering::Relaxed)
}

fn add(counter: &AtomicU32, amount: u32) {
    counter.store(get(counter).saturating_add(amount), Ordering::Relaxed);
}

fn sub(counter: &AtomicU32, amount: u32) {
    counter.store(get(counter).saturating_sub(amount), Ordering::Relaxed);
}

impl Counts {
    fn in_use(&self) -> bool {
        get(&self.held) > 0 || get(&self.dropped) > 0 || get(&self.dropped_taken) > 0
    }
    fn is_for(&self, database: pg_sys::Oid) -> bool {
        get(&self.database) == database.to_u32()
    }
}

/// The shared-memory queue; all zeroes is an empty one.
#[repr(C)]
struct Queue {
    /// Slots in use.
    used: u32,
    next_sequence: u64,
    counts: [Counts; DATABASES],
    slots: [Slot; SLOTS],
}

/// What a transaction took: released at its end.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Took {
    Slot { index: usize, sequence: u64 },
    Dropped { counts: usize, count: u32 },
}

/// An event copied out of the queue.
struct Event {
    occurred_at: pg_sys::TimestampTz,
    text: Vec<u8>,
}

impl Queue {
    /// The entry counting `database` while it is in use. All of a database's slots are counted
    /// in one entry: a database already in the shared last entry stays there until it is empty.
    fn counts_index(&self, database: pg_sys::Oid) -> usize {
        if let Some(index) = self.own_counts(database) {
            return index;
        }
        let shared = &self.counts[SHARED];
        let in_shared = shared.in_use()
            && (shared.is_for(database)
                || self
                    .slots
                    .iter()
                    .any(|slot| slot.database == database && slot.counts as usize == SHARED));
        if in_shared {
            return SHARED;
        }
        let index = self.counts[..SHARED]
            .iter()
            .position(|counts| !counts.in_use())
            .unwrap_or(SHARED);
        if !self.counts[index].in_use() {
            self.counts[index]
                .database
                .store(database.to_u32(), Ordering::Relaxed);
        }
        index
    }

    /// The entry of the first 31 that counts `database`, if any is in use.
    fn own_counts(&self, database: pg_sys::Oid) -> Option<usize> {
        self.counts[..SHARED]
            .iter()
            .position(|counts| counts.is_for(database) && counts.in_use())
    }

    /// Slots `database` holds.
    fn held_by(&self, database: pg_sys::Oid) -> usize {
        self.slots
            .iter()
            .filter(|slot| slot.database == database)
            .count()
    }

    /// Whether a new event of `database` finds no slot: all are used, or the database holds its
    /// share (counted by a scan only once the queue is that full).
    fn is_full_for(&self, database: pg_sys::Oid) -> bool {
        let used = self.used as usize;
        used >= SLOTS || (used >= DATABASE_SHARE && self.held_by(database) >= DATABASE_SHARE)
    }

    /// Queues `text` for `database`; false when it was dropped (and counted).
    fn push(
        &mut self,
        database: pg_sys::Oid,
        occurred_at: pg_sys::TimestampTz,
        text: &[u8],
    ) -> bool {
        let counts = self.counts_index(database);
        if self.is_full_for(database) {
            add(&self.counts[counts].dropped, 1);
            return false;
        }
        let Some(index) = self
            .slots
            .iter()
            .position(|slot| slot.database == pg_sys::InvalidOid)
        else {
            add(&self.counts[counts].dropped, 1);
            return false;
        };
        let sequence = self.next_sequence;
        self.next_sequence += 1;
        let slot = &mut self.slots[index];
        slot.database = database;
        slot.taken_by = 0;
        slot.counts = counts as u32;
        slot.length = text.len() as u32;
        slot.sequence = sequence;
        slot.occurred_at = occurred_at;
        slot.text[..text.len()].copy_from_slice(text);
        self.used += 1;
        add(&self.counts[counts].held, 1);
        add(&self.counts[counts].waiting, 1);
        true
    }

    /// Takes `database`'s events that no open transaction took, oldest first, for `pid`; and the
    /// count of its dropped events, if any. What was taken is in `took`.
    fn take(&mut self, database: pg_sys::Oid, pid: i32, took: &mut Vec<Took>) -> (Vec<Event>, u32) {
        let mut free: Vec<usize> = (0..SLOTS)
            .filter(|&index| {
                let slot = &self.slots[index];
                slot.database == database && slot.taken_by == 0
            })
            .collect();
        free.sort_unstable_by_key(|&index| self.slots[index].sequence);
        let mut events = Vec::with_capacity(free.len());
        for index in free {
            let slot = &mut self.slots[index];
            slot.taken_by = pid;
            sub(&self.counts[slot.counts as usize].waiting, 1);
            took.push(Took::Slot {
                index,
                sequence: slot.sequence,
            });
            events.push(Event {
                occurred_at: slot.occurred_at,
                text: slot.text().to_vec(),
            });
        }
        let mut dropped = 0;
        let entries: Vec<usize> = self.dropped_entries(database).collect();
        for index in entries {
            let counts = &self.counts[index];
            let count = get(&counts.dropped);
            if count > 0 {
                counts.dropped.store(0, Ordering::Relaxed);
                add(&counts.dropped_taken, count);
                took.push(Took::Dropped {
                    counts: index,
                    count,
                });
                dropped += count;
            }
        }
        (events, dropped)
    }

    /// Ends what a transaction of `pid` took: gone if it committed, free to take again if not.
    fn release(&mut self, took: Took, pid: i32, committed: bool) {
        match took {
            Took::Slot { index, sequence } => {
                let slot = &mut self.slots[index];
                if slot.database == pg_sys::InvalidOid
                    || slot.taken_by != pid
                    || slot.sequence != sequence
                {
                    return;
                }
                let counts = &self.counts[slot.counts as usize];
                if committed {
                    slot.database = pg_sys::InvalidOid;
                    slot.taken_by = 0;
                    sub(&counts.held, 1);
                    self.used -= 1;
                } else {
                    slot.taken_by = 0;
                    add(&counts.waiting, 1);
                }
            }
            Took::Dropped { counts, count } => {
                let counts = &self.counts[counts];
                sub(&counts.dropped_taken, count);
                if !committed {
                    add(&counts.dropped, count);
                }
            }
        }
    }

    /// The entries whose dropped events `database` takes and reports: its own, and the shared
    /// one when it has no own entry (or is the shared entry's first database).
    fn dropped_entries(&self, database: pg_sys::Oid) -> impl Iterator<Item = usize> {
        let own = self.own_counts(database);
        let shared = own.is_none() || self.counts[SHARED].is_for(database);
        own.into_iter().chain(shared.then_some(SHARED))
    }

    /// The rows take_refusals() would return to `database`: its events free to take, and one
    /// for its dropped events. From the counts alone when they tell it (its own entry, or a
    /// shared entry with none waiting); None when only a scan does.
    fn waiting_without_lock(&self, database: pg_sys::Oid) -> Option<u32> {
        let shared = &self.counts[SHARED];
        if let Some(own) = self.counts[..SHARED]
            .iter()
            .find(|counts| counts.is_for(database) && counts.in_use())
        {
            let dropped =
                get(&own.dropped) > 0 || (shared.is_for(database) && get(&shared.dropped) > 0);
            return Some(get(&own.waiting) + dropped as u32);
        }
        (get(&shared.waiting) == 0).then(|| (get(&shared.dropped) > 0) as u32)
    }

    /// waiting_without_lock, by a scan under the lock.
    fn waiting_by_scan(&self, database: pg_sys::Oid) -> u32 {
        let events = self
            .slots
            .iter()
            .filter(|slot| slot.database == database && slot.taken_by == 0)
            .count() as u32;
        let dropped = self
            .dropped_entries(database)
            .any(|index| get(&self.counts[index].dropped) > 0);
        events + dropped as u32
    }

    /// Empties the slots and own entries of `dropped` databases, whose events nothing could take.
    fn forget_databases(&mut self, dropped: &[pg_sys::Oid]) {
        for index in 0..SLOTS {
            let slot = &mut self.slots[index];
            if slot.database != pg_sys::InvalidOid
                && slot.taken_by == 0
                && dropped.contains(&slot.database)
            {
                slot.database = pg_sys::InvalidOid;
                let counts = &self.counts[slot.counts as usize];
                sub(&counts.held, 1);
                sub(&counts.waiting, 1);
                self.used -= 1;
            }
        }
        for counts in &self.counts[..SHARED] {
            if dropped.iter().any(|&database| counts.is_for(database)) {
                counts.dropped.store(0, Ordering::Relaxed);
            }
        }
    }
}

/// Set in the postmaster while shared_preload_libraries is processed; backends inherit it.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static QUEUE: Region<Queue> = Region::new(LOCK_NAME);

/// What this backend's open transaction took, and in which subtransaction.
static mut OPEN: Vec<(pg_sys::SubTransactionId, Took)> = Vec::new();

#[allow(static_mut_refs)]
fn open() -> &'static mut Vec<(pg_sys::SubTransactionId, Took)> {
    // SAFETY: PostgreSQL backends are single-threaded; the callbacks and the SQL functions below
    // are the only users, never at the same time.
    unsafe { &mut OPEN }
}

/// Reserves the shared memory and registers the callbacks; only while preloading.
pub fn init() {
    QUEUE.register();
    unsafe {
        pg_sys::RegisterXactCallback(Some(on_transaction_end), std::ptr::null_mut());
        pg_sys::RegisterSubXactCallback(Some(on_subtransaction_end), std::ptr::null_mut());
    }
    ACTIVE.store(true, Ordering::Relaxed);
}

pub fn active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

/// Releases `took` for this backend: gone if `committed`, free to take again if not.
fn release(took: impl Iterator<Item = Took>, committed: bool) {
    let pid = unsafe { pg_sys::MyProcPid };
    let mut queue = QUEUE.exclusive();
    for took in took {
        queue.release(took, pid, committed);
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
        XACT_EVENT_COMMIT => release(open().drain(..).map(|(_, took)| took), true),
        // A prepared transaction would keep what it took for as long as it stays prepared, past
        // the session and a restart (which empties the queue): it is refused, and aborts.
        XACT_EVENT_PRE_PREPARE => {
            ErrorReport::new(
                PgSqlErrorCode::ERRCODE_FEATURE_NOT_SUPPORTED,
                "otp_pg: a transaction that took refused calls' events can't be prepared",
                "otp_pg",
            )
            .set_hint("Take them in a transaction that commits without two-phase commit.")
            .report(PgLogLevel::ERROR);
        }
        // Also the way out of a backend ending with FATAL (its transaction aborts).
        XACT_EVENT_ABORT | XACT_EVENT_PREPARE => {
            release(open().drain(..).map(|(_, took)| took), false)
        }
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
            for (owner, _) in open().iter_mut() {
                if *owner == subtransaction {
                    *owner = parent;
                }
            }
        }
        SUBXACT_EVENT_ABORT_SUB => {
            if !open().iter().any(|&(owner, _)| owner == subtransaction) {
                return;
            }
            let (aborted, kept): (Vec<_>, Vec<_>) = open()
                .drain(..)
                .partition(|&(owner, _)| owner == subtransaction);
            *open() = kept;
            release(aborted.into_iter().map(|(_, took)| took), false);
        }
        _ => {}
    }
}

/// Empties, when `database` finds the queue full, the slots of databases dropped since their
/// events were queued. (The catalog is read without the queue's lock held.)
fn forget_dropped_databases() {
    let databases: Vec<pg_sys::Oid> = {
        let queue = QUEUE.shared();
        let mut databases: Vec<pg_sys::Oid> = queue
            .slots
            .iter()
            .filter(|slot| slot.database != pg_sys::InvalidOid)
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
    if !dropped.is_empty() {
        QUEUE.exclusive().forget_databases(&dropped);
    }
}

/// Unix seconds of this backend's last wake-up of the purge worker.
static WOKEN_AT: AtomicI64 = AtomicI64::new(0);

/// Wakes the purge worker, which moves queued events to the table; the ledger limits it to once
/// a second cluster-wide, and this backend asks at most once a second.
fn wake_purge_worker() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    if WOKEN_AT.swap(now, Ordering::Relaxed) != now {
        crate::attempt_ledger::wake_purge_worker();
    }
}

/// Queues `text` for this database; false when not preloaded or dropped for want of room.
fn queue_text(text: &[u8]) -> bool {
    if text.len() > EVENT_BYTES {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_INVALID_PARAMETER_VALUE,
            format!(
                "otp_pg: event is {} bytes long as text; at most {EVENT_BYTES} can be queued",
                text.len()
            ),
            "otp_pg",
        )
        .report(PgLogLevel::ERROR);
        unreachable!();
    }
    if !active() {
        return false;
    }
    let database = unsafe { pg_sys::MyDatabaseId };
    let occurred_at = unsafe { pg_sys::GetCurrentTimestamp() };
    let (queued, used) = {
        let mut queue = QUEUE.exclusive();
        if queue.is_full_for(database) {
            // Slots of databases dropped meanwhile are emptied, and the event tries again.
            drop(queue);
            forget_dropped_databases();
            queue = QUEUE.exclusive();
        }
        let queued = queue.push(database, occurred_at, text);
        (queued, queue.used)
    };
    if used >= WAKE_WORKER_AT {
        wake_purge_worker();
    }
    queued
}

/// A jsonb value as PostgreSQL prints it: the queue keeps that very text (serde_json, which
/// pgrx's JsonB goes through, rounds numbers that don't fit an f64 or an i64).
struct JsonbText(String);

impl FromDatum for JsonbText {
    unsafe fn from_polymorphic_datum(
        datum: pg_sys::Datum,
        is_null: bool,
        _: pg_sys::Oid,
    ) -> Option<JsonbText> {
        if is_null {
            return None;
        }
        unsafe {
            let text = pgrx::direct_function_call::<&CStr>(pg_sys::jsonb_out, &[Some(datum)])?;
            let owned = String::from_utf8_lossy(text.to_bytes()).into_owned();
            pg_sys::pfree(text.as_ptr().cast_mut().cast());
            Some(JsonbText(owned))
        }
    }
}

impl IntoDatum for JsonbText {
    fn into_datum(self) -> Option<pg_sys::Datum> {
        // Text that jsonb_out printed holds no NUL; a damaged one becomes an empty object.
        let text = std::ffi::CString::new(self.0).unwrap_or_else(|_| c"{}".to_owned());
        unsafe {
            pgrx::direct_function_call_as_datum(pg_sys::jsonb_in, &[Some(text.as_ptr().into())])
        }
    }
    fn type_oid() -> pg_sys::Oid {
        pg_sys::JSONBOID
    }
}

unsafe impl<'fcx> ArgAbi<'fcx> for JsonbText {
    unsafe fn unbox_arg_unchecked(arg: Arg<'_, 'fcx>) -> Self {
        unsafe { arg.unbox_arg_using_from_datum() }
            .expect("a strict function's argument is never null")
    }
}

unsafe impl BoxRet for JsonbText {
    unsafe fn box_into<'fcx>(self, fcinfo: &mut FcInfo<'fcx>) -> pgrx::datum::Datum<'fcx> {
        match self.into_datum() {
            Some(datum) => unsafe { fcinfo.return_raw_datum(datum) },
            None => fcinfo.return_null(),
        }
    }
}

pgrx::impl_sql_translatable!(JsonbText, "jsonb");

fn timestamp(value: pg_sys::TimestampTz) -> TimestampWithTimeZone {
    TimestampWithTimeZone::try_from(value)
        .unwrap_or_else(|_| TimestampWithTimeZone::negative_infinity())
}

#[pg_schema]
mod otp_private {
    use pgrx::prelude::*;

    use super::*;

    /// Queues the event of a refused call for this database, past the rollback of the caller's
    /// transaction; take_refusals() hands it on. False when not preloaded, or when it was dropped
    /// for want of room (counted: the next take reports the count).
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn queue_refusal(event: JsonbText) -> bool {
        queue_text(event.0.as_bytes())
    }

    /// This database's queued events that no open transaction has taken, oldest first, taken by
    /// this transaction: they leave the queue when it commits, are free again if it (or the
    /// subtransaction) aborts. Dropped events come last as one {"event": "refusals_dropped",
    /// "count": n}.
    #[pg_extern(volatile, parallel_unsafe)]
    fn take_refusals() -> TableIterator<
        'static,
        (
            name!(occurred_at, TimestampWithTimeZone),
            name!(event, JsonbText),
        ),
    > {
        if !active() {
            return TableIterator::new(Vec::new());
        }
        let database = unsafe { pg_sys::MyDatabaseId };
        let pid = unsafe { pg_sys::MyProcPid };
        let subtransaction = unsafe { pg_sys::GetCurrentSubTransactionId() };
        let mut took = Vec::new();
        let (events, dropped) = QUEUE.exclusive().take(database, pid, &mut took);
        open().extend(took.into_iter().map(|took| (subtransaction, took)));
        let mut rows: Vec<_> = events
            .into_iter()
            .map(|event| {
                let text = String::from_utf8_lossy(&event.text).into_owned();
                (timestamp(event.occurred_at), JsonbText(text))
            })
            .collect();
        if dropped > 0 {
            let now = unsafe { pg_sys::GetCurrentTimestamp() };
            let text = format!(r#"{{"event": "refusals_dropped", "count": {dropped}}}"#);
            rows.push((timestamp(now), JsonbText(text)));
        }
        TableIterator::new(rows)
    }

    /// How many rows take_refusals() would return: this database's events free to take, and one
    /// for its dropped events; without a lock unless this database shares the last entry of
    /// counts with others that have events waiting.
    #[pg_extern(volatile, parallel_unsafe)]
    fn refusals_waiting() -> i32 {
        if !active() {
            return 0;
        }
        let database = unsafe { pg_sys::MyDatabaseId };
        let waiting = QUEUE
            .unlocked()
            .waiting_without_lock(database)
            .unwrap_or_else(|| QUEUE.shared().waiting_by_scan(database));
        waiting.min(i32::MAX as u32) as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_queue() -> Box<Queue> {
        // SAFETY: all zeroes is an empty queue (empty slots, zero counts).
        unsafe { Box::<Queue>::new_zeroed().assume_init() }
    }

    fn oid(n: u32) -> pg_sys::Oid {
        pg_sys::Oid::from(n)
    }

    #[test]
    fn one_database_holds_three_quarters_and_its_drops_are_counted() {
        let mut queue = empty_queue();
        for n in 0..DATABASE_SHARE + 5 {
            let queued = queue.push(oid(1), n as i64, b"{}");
            assert_eq!(queued, n < DATABASE_SHARE, "event {n}");
        }
        // Another database still finds the rest.
        for _ in 0..SLOTS - DATABASE_SHARE {
            assert!(queue.push(oid(2), 0, b"{}"));
        }
        assert!(!queue.push(oid(3), 0, b"{}"));
        // A database whose only news is a drop has something to take.
        assert_eq!(queue.waiting_without_lock(oid(3)), Some(1));
        assert_eq!(queue.used as usize, SLOTS);
        let mut took = Vec::new();
        let (events, dropped) = queue.take(oid(1), 7, &mut took);
        assert_eq!((events.len(), dropped), (DATABASE_SHARE, 5));
        assert_eq!(queue.waiting_without_lock(oid(1)), Some(0));
        // An abort gives back the events and the count; a commit then forgets them.
        for &took in &took {
            queue.release(took, 7, false);
        }
        // The count of dropped events awaits taking as one more row.
        assert_eq!(
            queue.waiting_without_lock(oid(1)),
            Some(DATABASE_SHARE as u32 + 1)
        );
        assert_eq!(queue.waiting_by_scan(oid(1)), DATABASE_SHARE as u32 + 1);
        let mut took = Vec::new();
        let (events, dropped) = queue.take(oid(1), 8, &mut took);
        assert_eq!((events.len(), dropped), (DATABASE_SHARE, 5));
        for &took in &took {
            queue.release(took, 8, true);
        }
        let (events, dropped) = queue.take(oid(1), 8, &mut Vec::new());
        assert_eq!((events.len(), dropped), (0, 0));
        assert_eq!(queue.used as usize, SLOTS - DATABASE_SHARE);
        assert!(!queue.counts.iter().any(|c| c.is_for(oid(1)) && c.in_use()));
    }

    #[test]
    fn events_come_oldest_first_and_once() {
        let mut queue = empty_queue();
        for n in 0..3u8 {
            queue.push(oid(1), n as i64, &[b'0' + n]);
        }
        let mut first = Vec::new();
        let (events, _) = queue.take(oid(1), 7, &mut first);
        queue.release(first[1], 7, true); // the middle one committed, in a way
        queue.push(oid(1), 3, b"3");
        // A second backend sees only the newcomer while the others are taken.
        let (events2, _) = queue.take(oid(1), 9, &mut Vec::new());
        assert_eq!(
            events2.iter().map(|e| e.text.clone()).collect::<Vec<_>>(),
            [b"3".to_vec()]
        );
        assert_eq!(
            events.iter().map(|e| e.text.clone()).collect::<Vec<_>>(),
            [b"0".to_vec(), b"1".to_vec(), b"2".to_vec()]
        );
        for took in [first[0], first[2]] {
            queue.release(took, 7, false);
        }
        let (events, _) = queue.take(oid(1), 7, &mut Vec::new());
        assert_eq!(
            events.iter().map(|e| e.occurred_at).collect::<Vec<_>>(),
            [0, 2]
        );
        // Another database's events are never returned.
        assert!(queue.take(oid(2), 7, &mut Vec::new()).0.is_empty());
    }

    /// Databases beyond the 31 own entries share the last one; each still counts all its slots in
    /// one entry, and its waiting events are found.
    #[test]
    fn databases_beyond_the_entries_share_the_last() {
        let mut queue = empty_queue();
        for database in 1..=40u32 {
            assert!(queue.push(oid(database), 0, b"{}"));
        }
        assert_eq!(get(&queue.counts[SHARED].held), 40 - SHARED as u32);
        assert_eq!(queue.waiting_without_lock(oid(5)), Some(1));
        assert_eq!(queue.waiting_without_lock(oid(35)), None);
        assert_eq!(queue.waiting_by_scan(oid(35)), 1);
        // Database 1's entry frees; database 35 keeps counting in the shared one.
        let mut took = Vec::new();
        queue.take(oid(1), 7, &mut took);
        queue.release(took[0], 7, true);
        assert!(queue.push(oid(35), 0, b"{}"));
        assert_eq!(
            queue.slots.iter().filter(|s| s.database == oid(35)).count(),
            2
        );
        assert!(queue
            .slots
            .iter()
            .filter(|s| s.database == oid(35))
            .all(|s| s.counts as usize == SHARED));
        // A database new to the queue gets the free own entry.
        assert!(queue.push(oid(50), 0, b"{}"));
        assert_eq!(queue.waiting_without_lock(oid(50)), Some(1));
    }

    #[test]
    fn a_subtransaction_abort_frees_only_its_own() {
        let mut queue = empty_queue();
        queue.push(oid(1), 0, b"a");
        let mut took = Vec::new();
        queue.take(oid(1), 7, &mut took);
        // Released by someone else's pid (a stale record): nothing happens.
        queue.release(took[0], 8, false);
        assert_eq!(queue.waiting_without_lock(oid(1)), Some(0));
        queue.release(took[0], 7, false);
        assert_eq!(queue.waiting_without_lock(oid(1)), Some(1));
    }

    #[test]
    fn dropped_databases_are_forgotten() {
        let mut queue = empty_queue();
        for _ in 0..DATABASE_SHARE {
            queue.push(oid(1), 0, b"{}");
        }
        assert!(!queue.push(oid(1), 0, b"{}"));
        queue.forget_databases(&[oid(1)]);
        assert_eq!(queue.used, 0);
        assert!(!queue.counts.iter().any(|c| c.in_use()));
        assert!(queue.push(oid(1), 0, b"{}"));
    }
}
