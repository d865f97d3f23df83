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

struct RootKeys {
    /// The root key new server keys are wrapped under; Err says why there is none.
    current: Result<RootKey, String>,
    /// The one being replaced, still accepted for unwrapping.
    previous: Option<RootKey>,
}

static ROOT_KEYS: OnceLock<RootKeys> = OnceLock::new();

/// Reads the root keys; only in the postmaster, while preloading. Problems are WARNINGs here (the
/// server must start) and errors, naming the setting, when a wrapped key is used.
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
            Err("otp_pg.root_key_file is not set".to_string())
        }
    };
    if let Err(reason) = &current {
        if gucs::text_of(&gucs::ROOT_KEY_FILE).is_some()
            || gucs::text_of(&gucs::ROOT_KEY_COMMAND).is_some()
        {
            warning!("otp_pg: no root key: {reason}");
        }
    }
    let previous = gucs::text_of(&gucs::PREVIOUS_ROOT_KEY_FILE).and_then(|path| {
        read_file("otp_pg.previous_root_key_file", &path)
            .map_err(|reason| warning!("otp_pg: {reason}"))
            .ok()
    });
    let _ = ROOT_KEYS.set(RootKeys { current, previous });
}

fn read_file(setting: &str, path: &str) -> Result<RootKey, String> {
    use std::os::unix::fs::PermissionsExt;
    let metadata =
        std::fs::metadata(path).map_err(|error| format!("{setting} ({path}): {error}"))?;
    if metadata.permissions().mode() & 0o077 != 0 {
        return Err(format!(
            "{setting} ({path}) may be read by other users than the server's: make it mode 0600 or 0400"
        ));
    }
    let text = std::fs::read(path).map_err(|error| format!("{setting} ({path}): {error}"))?;
    RootKey::parse(&text).map_err(|error| format!("{setting} ({path}): the {error}"))
}

fn run_command(command: &str) -> Result<RootKey, String> {
    let output = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(command)
        .output()
        .map_err(|error| format!("otp_pg.root_key_command could not be run: {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "otp_pg.root_key_command ended with {}",
            output.status
        ));
    }
    RootKey::parse(&output.stdout)
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
#[allow(static_mut_refs)]
pub fn server_key(stored: &[u8]) -> [u8; SERVER_KEY_BYTES] {
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
    let Some(keys) = keys() else {
        refuse(
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
            Err(reason) => reason.clone(),
        };
        refuse(
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

/// A new server key as it is stored: wrapped under the root key when there is one.
pub fn store(key: &[u8; SERVER_KEY_BYTES]) -> Vec<u8> {
    match keys().map(|keys| &keys.current) {
        Some(Ok(root)) => crate::api::or_raise(root.wrap(key)),
        _ => key.to_vec(),
    }
}

#[pg_schema]
mod otp_private {
    use pgrx::prelude::*;

    use super::*;

    /// A stored server key wrapped under the current root key (for otp_wrap_server_keys).
    #[pg_extern(volatile, strict, parallel_unsafe)]
    fn rewrap_server_key(stored: &[u8]) -> Vec<u8> {
        let key = server_key(stored);
        match keys().map(|keys| &keys.current) {
            Some(Ok(root)) => crate::api::or_raise(root.wrap(&key)),
            Some(Err(reason)) => refuse(
                format!("otp_pg: there is no root key to wrap the server keys under: {reason}"),
                "Set otp_pg.root_key_file (or otp_pg.root_key_command) and restart.",
            ),
            None => refuse(
                "otp_pg: there is no root key to wrap the server keys under".into(),
                "Add otp_pg to shared_preload_libraries and set otp_pg.root_key_file, then restart.",
            ),
        }
    }
}
