//! The root key, read once by the postmaster while shared_preload_libraries is processed (from
//! `otp_pg.root_key_file`, or the output of `otp_pg.root_key_command`) and inherited by every
//! backend it forks. It is kept in process memory only: never in a table, a log line, a
//! notification or an error. With it, new server keys are stored wrapped under it (see
//! otp_pg_core::root_key), and every function that takes a stored server key unwraps it here.
//! Without one, otp_pg behaves as before and the postmaster says so at start.

use std::collections::HashMap;
use std::sync::OnceLock;

use otp_pg_core::random::SERVER_KEY_BYTES;
use otp_pg_core::root_key::{self, RootKey};
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::PgSqlErrorCode;

use crate::gucs;

/// Why there is no root key, as errors show it to any caller: no path and no OS error (those go
/// to the server log at start).
#[derive(Clone, Copy)]
enum Missing {
    /// Neither setting is set: server keys are stored unwrapped, as documented.
    NotConfigured,
    /// A setting is set but gave no key (the server log says why).
    NotLoaded,
}

struct RootKeys {
    /// The root key new server keys are wrapped under.
    current: Result<RootKey, Missing>,
    /// The one being replaced, still accepted for unwrapping.
    previous: Option<RootKey>,
}

static ROOT_KEYS: OnceLock<RootKeys> = OnceLock::new();

/// Reads the root keys: in the postmaster, while preloading. Problems are WARNINGs here (the
/// server must start) and errors when a server key is needed: with a root key asked for and not
/// loaded, no server key is made or opened (it fails closed).
pub fn load() {
    let current = match (
        gucs::text_of(&gucs::ROOT_KEY_FILE),
        gucs::text_of(&gucs::ROOT_KEY_COMMAND),
    ) {
        (Some(_), Some(_)) => {
            Err("set only one of otp_pg.root_key_file and otp_pg.root_key_command".to_string())
        }
        (Some(path), None) => read_file("otp_pg.root_key_file", &path),
        (None, Some(command)) => run_command(&command),
        (None, None) => {
            warning!(
                "otp_pg: otp_pg.root_key_file is not set: server keys are stored unwrapped in otp_private.server_key, and a dump of the database holds them"
            );
            let _ = ROOT_KEYS.set(RootKeys {
                current: Err(Missing::NotConfigured),
                previous: None,
            });
            return;
        }
    };
    let current = current.map_err(|reason| {
        warning!("otp_pg: no root key, so no server key can be made or opened: {reason}");
        Missing::NotLoaded
    });
    let previous = gucs::text_of(&gucs::PREVIOUS_ROOT_KEY_FILE).and_then(|path| {
        read_file("otp_pg.previous_root_key_file", &path)
            .map_err(|reason| warning!("otp_pg: {reason}"))
            .ok()
    });
    let _ = ROOT_KEYS.set(RootKeys { current, previous });
}

/// In a backend that loaded otp_pg without preloading it: a root key asked for can't be read
/// here (only the postmaster reads it), so server keys are neither made nor opened. The settings
/// can only be defined by the postmaster; here they are placeholders, read as such.
pub fn check_not_preloaded() {
    let placeholder = |name: &std::ffi::CStr| unsafe {
        let value = pg_sys::GetConfigOption(name.as_ptr(), true, false);
        !value.is_null() && *value != 0
    };
    if placeholder(c"otp_pg.root_key_file") || placeholder(c"otp_pg.root_key_command") {
        warning!(
            "otp_pg: a root key is set (otp_pg.root_key_file or otp_pg.root_key_command), but otp_pg is not in shared_preload_libraries: no server key can be made or opened until it is"
        );
        let _ = ROOT_KEYS.set(RootKeys {
            current: Err(Missing::NotLoaded),
            previous: None,
        });
    }
}

fn read_file(setting: &str, path: &str) -> Result<RootKey, String> {
    use std::os::unix::fs::PermissionsExt;
    let metadata =
        std::fs::metadata(path).map_err(|error| format!("{setting} ({path}): {error}"))?;
    if !metadata.is_file() {
        return Err(format!("{setting} ({path}) is not a regular file"));
    }
    if metadata.permissions().mode() & 0o077 != 0 {
        return Err(format!(
            "{setting} ({path}) may be read by other users than the server's: make it mode 0600 or 0400"
        ));
    }
    let text = std::fs::read(path).map_err(|error| format!("{setting} ({path}): {error}"))?;
    RootKey::parse(&text).map_err(|error| format!("{setting} ({path}): the {error}"))
}

/// How long the root key command may take before the server starts without a key.
const COMMAND_SECONDS: u64 = 10;

/// Runs the command and reads the first line it prints, without waiting for its output to close:
/// a helper it leaves running, or a command that never ends, can't hold up the server's start.
fn run_command(command: &str) -> Result<RootKey, String> {
    use std::io::Read;
    use std::os::fd::AsRawFd;
    use std::time::{Duration, Instant};
    let mut child = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(command)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|error| format!("otp_pg.root_key_command could not be run: {error}"))?;
    let mut stdout = child.stdout.take().expect("piped");
    // SAFETY: fcntl on a descriptor this process owns; reads then never block.
    unsafe {
        let fd = stdout.as_raw_fd();
        let flags = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
    }
    let deadline = Instant::now() + Duration::from_secs(COMMAND_SECONDS);
    let mut output = Vec::new();
    let mut buffer = [0u8; 256];
    let mut status = None;
    loop {
        match stdout.read(&mut buffer) {
            Ok(0) => {}
            Ok(read) => output.extend_from_slice(&buffer[..read]),
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(error) => return Err(format!("otp_pg.root_key_command: {error}")),
        }
        if status.is_some() {
            break; // it ended, and what it wrote is read: a helper may still hold the pipe
        }
        status = child.try_wait().ok().flatten();
        if status.is_none() && Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "otp_pg.root_key_command did not end within {COMMAND_SECONDS} s"
            ));
        }
        if status.is_none() {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    match status {
        Some(status) if status.success() => {}
        Some(status) => return Err(format!("otp_pg.root_key_command ended with {status}")),
        None => unreachable!("the loop ends once the command has"),
    }
    let first_line = output
        .split(|&byte| byte == b'\n')
        .next()
        .unwrap_or_default();
    RootKey::parse(first_line)
        .map_err(|error| format!("otp_pg.root_key_command printed no root key: the {error}"))
}

fn keys() -> Option<&'static RootKeys> {
    ROOT_KEYS.get()
}

fn refuse(message: String, hint: &str) -> ! {
    ErrorReport::new(
        PgSqlErrorCode::ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
        message,
        "otp_pg",
    )
    .set_hint(hint)
    .report(PgLogLevel::ERROR);
    unreachable!("ERROR does not return")
}

/// Server keys this backend has unwrapped, by their stored form: unwrapping costs an AEAD open.
static mut UNWRAPPED: Option<HashMap<Vec<u8>, [u8; SERVER_KEY_BYTES]>> = None;

/// The server key a stored one is: itself if unwrapped, else unwrapped under the root key (or the
/// previous one) whose fingerprint it carries. A wrapped key without its root key is an error
/// naming the setting, never a wrong key.
pub fn server_key(stored: &[u8]) -> [u8; SERVER_KEY_BYTES] {
    let key = open_server_key(stored);
    crate::attempt_ledger::KEY_OPENED_SINCE_NOTE.store(true, std::sync::atomic::Ordering::Relaxed);
    key
}

#[allow(static_mut_refs)]
fn open_server_key(stored: &[u8]) -> [u8; SERVER_KEY_BYTES] {
    if root_key::is_unwrapped(stored) {
        return stored.try_into().expect("32 bytes");
    }
    // SAFETY: a backend runs one thread.
    let cache = unsafe { UNWRAPPED.get_or_insert_with(HashMap::new) };
    if let Some(key) = cache.get(stored) {
        return *key;
    }
    let Some(fingerprint) = root_key::wrapped_fingerprint(stored) else {
        refuse(
            "otp_pg: a server key in otp_private.server_key is neither a key nor a wrapped one"
                .into(),
            "The table was altered; restore it from a backup.",
        );
    };
    let shown = root_key::show_fingerprint(&fingerprint);
    // From here on the key can't be opened, and nothing was compared: the attempt the call in
    // progress noted is not counted, so that users who type right codes while the root key is
    // missing are not locked out.
    let forget_and_refuse = |message: String, hint: &str| -> ! {
        crate::attempt_ledger::forget_last_attempt();
        refuse(message, hint)
    };
    let Some(keys) = keys() else {
        forget_and_refuse(
            format!("otp_pg: the server keys are wrapped under root key {shown}, and this server has no root key"),
            "Add otp_pg to shared_preload_libraries and set otp_pg.root_key_file (or otp_pg.root_key_command) to that key, then restart.",
        );
    };
    let candidates = keys
        .current
        .as_ref()
        .ok()
        .into_iter()
        .chain(keys.previous.as_ref());
    let Some(root) = candidates
        .into_iter()
        .find(|root| root.fingerprint() == fingerprint)
    else {
        let why = match &keys.current {
            Ok(root) => format!(
                "otp_pg.root_key_file holds root key {}",
                root_key::show_fingerprint(&root.fingerprint())
            ),
            Err(Missing::NotConfigured) => "otp_pg.root_key_file is not set".to_string(),
            Err(Missing::NotLoaded) => {
                "the root key could not be loaded at server start (see the server log)".to_string()
            }
        };
        forget_and_refuse(
            format!("otp_pg: the server keys are wrapped under root key {shown}, but {why}"),
            "Set otp_pg.root_key_file (or otp_pg.previous_root_key_file, while re-wrapping) to the root key they were wrapped under, then restart.",
        );
    };
    let Some(key) = root.unwrap(stored) else {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_DATA_CORRUPTED,
            format!(
                "otp_pg: a server key wrapped under root key {shown} does not open: it was altered"
            ),
            "otp_pg",
        )
        .report(PgLogLevel::ERROR);
        unreachable!("ERROR does not return")
    };
    cache.insert(stored.to_vec(), key);
    key
}

/// A new server key as it is stored: wrapped under the root key when one is set. With one set but
/// not loaded, no key is made (it would be stored unwrapped, and a dump would hold it).
pub fn store(key: &[u8; SERVER_KEY_BYTES]) -> Vec<u8> {
    match keys().map(|keys| &keys.current) {
        Some(Ok(root)) => crate::api::or_raise(root.wrap(key)),
        Some(Err(Missing::NotLoaded)) => refuse(
            "otp_pg: a root key is set but could not be loaded, so no server key can be made (see the server log)".into(),
            "Fix otp_pg.root_key_file or otp_pg.root_key_command (with otp_pg in shared_preload_libraries), then restart.",
        ),
        _ => key.to_vec(),
    }
}

#[pg_schema]
mod otp_private {
    use pgrx::prelude::*;

    use super::*;

    /// Whether this process holds a root key to wrap server keys under.
    #[pg_extern(stable, parallel_safe)]
    fn root_key_loaded() -> bool {
        matches!(keys().map(|keys| &keys.current), Some(Ok(_)))
    }

    /// A stored server key wrapped under the current root key (for otp_wrap_server_keys).
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn rewrap_server_key(stored: &[u8]) -> Vec<u8> {
        let key = server_key(stored);
        match keys().map(|keys| &keys.current) {
            Some(Ok(root)) => crate::api::or_raise(root.wrap(&key)),
            Some(Err(_)) => refuse(
                "otp_pg: there is no root key to wrap the server keys under".into(),
                "Set otp_pg.root_key_file (or otp_pg.root_key_command), with otp_pg in shared_preload_libraries, and restart.",
            ),
            None => refuse(
                "otp_pg: there is no root key to wrap the server keys under".into(),
                "Add otp_pg to shared_preload_libraries and set otp_pg.root_key_file, then restart.",
            ),
        }
    }
}
