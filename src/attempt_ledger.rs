//! Attempts that a rollback took back, kept where no rollback reaches: in shared memory.
//!
//! otp_verify, otp_totp_confirm, otp_totp_check and otp_recovery_code_use count an attempt in the
//! caller's transaction. A caller that rolls that transaction back after reading the answer (a
//! `DO` block running ROLLBACK, a statement failing after the call, a pipeline failing before its
//! Sync, a savepoint) would get the attempt back and could guess without limit. So each of them
//! first notes the attempt here, in the backend: if the transaction (or the subtransaction that
//! made it) aborts, the attempt moves to a shared-memory ledger, and the next check of the same
//! subject (a challenge, a factor key) folds the ledger's count into its row. A fold that commits
//! takes its count off the ledger; one that aborts leaves it there.
//!
//! The ledger exists only when otp_pg is in shared_preload_libraries (shared memory is reserved
//! at server start). It is lost when the server restarts or fails over, which an attacker can't
//! cause. It has a fixed number of slots; where a subject's slots are full, the one touched
//! longest ago is reused. Subjects are 64-bit hashes under keys drawn at server start (a caller
//! who could compute them could pick subjects that share a victim's slots and push its attempts
//! out); two subjects that share a hash only count each other's attempts, more rather than fewer.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use pgrx::prelude::*;
use pgrx::{pg_shmem_init, PGRXSharedMemory, PgLwLock};

const SLOTS: usize = 32_768; // 768 kB of shared memory (built on the stack once at start)
/// Slots looked at from a subject's home slot before the stalest of them is reused.
const PROBES: usize = 64;

#[derive(Copy, Clone)]
struct Slot {
    subject: u64, // 0: free
    orphaned: u32,
    touched: i64, // Unix seconds
}

#[derive(Copy, Clone)]
pub struct Ledger {
    slots: [Slot; SLOTS],
}

impl Default for Ledger {
    fn default() -> Self {
        Ledger {
            slots: [Slot {
                subject: 0,
                orphaned: 0,
                touched: 0,
            }; SLOTS],
        }
    }
}

unsafe impl PGRXSharedMemory for Ledger {}

static LEDGER: PgLwLock<Ledger> = unsafe { PgLwLock::new(c"otp_pg attempt ledger") };
/// Set in the postmaster while shared_preload_libraries is processed; backends inherit both.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HASH_KEYS: OnceLock<RandomState> = OnceLock::new();

/// An attempt counted in this backend's open transaction, or a ledger count folded into a row.
struct Entry {
    subject: u64,
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
#[allow(unexpected_cfgs)] // pg_shmem_init! also names PostgreSQL versions otp_pg doesn't build for
pub fn init() {
    pg_shmem_init!(LEDGER);
    unsafe {
        pg_sys::RegisterXactCallback(Some(on_transaction_end), std::ptr::null_mut());
        pg_sys::RegisterSubXactCallback(Some(on_subtransaction_end), std::ptr::null_mut());
    }
    HASH_KEYS.get_or_init(RandomState::new);
    ACTIVE.store(true, Ordering::Relaxed);
}

pub fn active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

fn subject_hash(subject: &str) -> u64 {
    // Keys drawn once in the postmaster: every backend, forked from it, hashes alike.
    HASH_KEYS
        .get_or_init(RandomState::new)
        .hash_one(subject)
        .max(1)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The slot of `subject`, or None.
fn find(ledger: &Ledger, subject: u64) -> Option<usize> {
    let home = subject as usize % SLOTS;
    (0..PROBES)
        .map(|i| (home + i) % SLOTS)
        .find(|&i| ledger.slots[i].subject == subject)
}

/// Adds `count` to `subject`'s orphaned attempts, taking a free or the stalest slot.
fn add(subject: u64, count: u32) {
    if count == 0 {
        return;
    }
    let mut ledger = LEDGER.exclusive();
    let slot = find(&ledger, subject).unwrap_or_else(|| {
        let home = subject as usize % SLOTS;
        (0..PROBES)
            .map(|i| (home + i) % SLOTS)
            .min_by_key(|&i| {
                let s = &ledger.slots[i];
                if s.subject == 0 || s.orphaned == 0 {
                    i64::MIN
                } else {
                    s.touched
                }
            })
            .unwrap_or(home)
    });
    let entry = &mut ledger.slots[slot];
    if entry.subject != subject {
        *entry = Slot {
            subject,
            orphaned: 0,
            touched: 0,
        };
    }
    entry.orphaned = entry.orphaned.saturating_add(count);
    entry.touched = now();
}

/// Takes `count` off `subject`'s orphaned attempts (a fold of them committed).
fn remove(subject: u64, count: u32) {
    if count == 0 {
        return;
    }
    let mut ledger = LEDGER.exclusive();
    if let Some(slot) = find(&ledger, subject) {
        let entry = &mut ledger.slots[slot];
        entry.orphaned = entry.orphaned.saturating_sub(count);
        if entry.orphaned == 0 {
            entry.subject = 0;
        }
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn on_transaction_end(
    event: pg_sys::XactEvent::Type,
    _arg: *mut std::ffi::c_void,
) {
    use pg_sys::XactEvent::*;
    match event {
        XACT_EVENT_COMMIT => {
            for entry in open().drain(..) {
                remove(entry.subject, entry.folded);
            }
        }
        // A prepared transaction may still be rolled back: its attempts count now, and twice
        // if it commits (more, not fewer); its folds stay on the ledger.
        XACT_EVENT_ABORT | XACT_EVENT_PREPARE => {
            for entry in open().drain(..) {
                add(entry.subject, entry.counted);
            }
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
            for entry in open().iter_mut() {
                if entry.subtransaction == subtransaction {
                    entry.subtransaction = parent;
                }
            }
        }
        SUBXACT_EVENT_ABORT_SUB => {
            // Its attempts were taken back, and so were its folds.
            open().retain(|entry| {
                if entry.subtransaction == subtransaction {
                    add(entry.subject, entry.counted);
                    false
                } else {
                    true
                }
            });
        }
        _ => {}
    }
}

#[pg_schema]
mod otp_private {
    use pgrx::prelude::*;

    use super::*;

    /// Notes one attempt on `subject` in this transaction and returns the attempts that rolled-
    /// back transactions took from it, for the caller to count as well (folded into its row: when
    /// this transaction commits, they leave the ledger). 0 without the ledger.
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn attempt_taken_back(subject: &str) -> i32 {
        if !active() {
            return 0;
        }
        let subject = subject_hash(subject);
        let orphaned = {
            let ledger = LEDGER.share();
            find(&ledger, subject)
                .map(|slot| ledger.slots[slot].orphaned)
                .unwrap_or(0)
        };
        open().push(Entry {
            subject,
            subtransaction: unsafe { pg_sys::GetCurrentSubTransactionId() },
            counted: 1,
            folded: orphaned,
        });
        orphaned.min(i32::MAX as u32) as i32
    }
}
