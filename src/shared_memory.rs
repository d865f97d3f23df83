//! Structs kept in shared memory, each under a named lock of its own (the attempt ledger, the
//! refusal queue). Their space and locks are requested while shared_preload_libraries is
//! processed, and they are made, all zeroes, when the postmaster sets up shared memory (again
//! after a crash); the backends it forks inherit where they are.

use std::ffi::CStr;
use std::sync::atomic::{AtomicPtr, Ordering};

use pgrx::pg_sys;
use pgrx::prelude::*;

/// A struct `T` in shared memory, named `name` there and for its lock. All zeroes must be a
/// valid, empty `T`.
pub struct Region<T: 'static> {
    name: &'static CStr,
    memory: AtomicPtr<T>,
    lock: AtomicPtr<pg_sys::LWLock>,
}

/// What the shared-memory hooks do for each region, whatever its type.
trait Requested: Sync {
    fn request(&self);
    fn attach(&self);
}

impl<T: 'static> Region<T> {
    pub const fn new(name: &'static CStr) -> Region<T> {
        Region {
            name,
            memory: AtomicPtr::new(std::ptr::null_mut()),
            lock: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// Asks for the region's space and lock; only while shared_preload_libraries is processed.
    pub fn register(&'static self) {
        unsafe {
            #[cfg(feature = "pg14")]
            self.request(); // PostgreSQL 14 has no shmem_request_hook: requests are made here
            if regions().is_empty() {
                #[cfg(not(feature = "pg14"))]
                {
                    PREVIOUS_REQUEST_HOOK = pg_sys::shmem_request_hook;
                    pg_sys::shmem_request_hook = Some(on_shmem_request);
                }
                PREVIOUS_STARTUP_HOOK = pg_sys::shmem_startup_hook;
                pg_sys::shmem_startup_hook = Some(on_shmem_startup);
            }
            regions().push(self);
        }
    }

    pub fn exclusive(&'static self) -> Locked<T> {
        self.lock_in(pg_sys::LWLockMode::LW_EXCLUSIVE)
    }

    pub fn shared(&'static self) -> Locked<T> {
        self.lock_in(pg_sys::LWLockMode::LW_SHARED)
    }

    /// The struct without its lock: for fields that are atomics.
    pub fn unlocked(&'static self) -> &'static T {
        unsafe { &*self.memory.load(Ordering::Relaxed) }
    }

    fn lock_in(&'static self, mode: pg_sys::LWLockMode::Type) -> Locked<T> {
        unsafe { pg_sys::LWLockAcquire(self.lock.load(Ordering::Relaxed), mode) };
        Locked { region: self }
    }
}

impl<T: 'static> Requested for Region<T> {
    fn request(&self) {
        unsafe {
            pg_sys::RequestAddinShmemSpace(std::mem::size_of::<T>());
            pg_sys::RequestNamedLWLockTranche(self.name.as_ptr(), 1);
        }
    }

    fn attach(&self) {
        unsafe {
            let mut found = false;
            let memory =
                pg_sys::ShmemInitStruct(self.name.as_ptr(), std::mem::size_of::<T>(), &mut found)
                    .cast::<T>();
            if !found {
                // Zeroed in place: the structs are megabytes, more than a stack holds.
                std::ptr::write_bytes(memory.cast::<u8>(), 0, std::mem::size_of::<T>());
            }
            self.memory.store(memory, Ordering::Relaxed);
            let lock = &raw mut (*pg_sys::GetNamedLWLockTranche(self.name.as_ptr())).lock;
            self.lock.store(lock, Ordering::Relaxed);
        }
    }
}

/// A region under its lock, released when dropped. Nothing between may raise an error.
pub struct Locked<T: 'static> {
    region: &'static Region<T>,
}

impl<T: 'static> std::ops::Deref for Locked<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.region.memory.load(Ordering::Relaxed) }
    }
}

impl<T: 'static> std::ops::DerefMut for Locked<T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.region.memory.load(Ordering::Relaxed) }
    }
}

impl<T: 'static> Drop for Locked<T> {
    fn drop(&mut self) {
        unsafe { pg_sys::LWLockRelease(self.region.lock.load(Ordering::Relaxed)) }
    }
}

/// The regions registered, in the postmaster only (while preloading and at shared-memory set-up).
static mut REGIONS: Vec<&'static dyn Requested> = Vec::new();

#[allow(static_mut_refs)]
fn regions() -> &'static mut Vec<&'static dyn Requested> {
    // SAFETY: only the postmaster uses it, in one thread: while preloading and in its hooks.
    unsafe { &mut REGIONS }
}
#[cfg(not(feature = "pg14"))]
static mut PREVIOUS_REQUEST_HOOK: pg_sys::shmem_request_hook_type = None;
static mut PREVIOUS_STARTUP_HOOK: pg_sys::shmem_startup_hook_type = None;

#[cfg(not(feature = "pg14"))]
#[pg_guard]
unsafe extern "C-unwind" fn on_shmem_request() {
    unsafe {
        if let Some(previous) = PREVIOUS_REQUEST_HOOK {
            previous();
        }
        for region in regions().iter() {
            region.request();
        }
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn on_shmem_startup() {
    unsafe {
        if let Some(previous) = PREVIOUS_STARTUP_HOOK {
            previous();
        }
        // AddinShmemInitLock, a C macro for this entry of the main lock array.
        let init_lock = &raw mut (*pg_sys::MainLWLockArray.add(21)).lock;
        pg_sys::LWLockAcquire(init_lock, pg_sys::LWLockMode::LW_EXCLUSIVE);
        for region in regions().iter() {
            region.attach();
        }
        pg_sys::LWLockRelease(init_lock);
    }
}
