//! Rust primitives behind the challenge-session functions written in sql/sessions.sql. The ones in
//! schema otp_private touch keys and codes: only the extension's own functions may call them.

use otp_pg_core::identifier::{self, Channel};
use pgrx::prelude::*;

use super::or_raise;

/// The identifier in the form otp_pg keys everything on (docs/usage.md gives the rules per channel).
#[pg_extern(immutable, strict, parallel_safe)]
fn otp_normalize_identifier(identifier: &str, channel: &str) -> String {
    let channel = or_raise(Channel::parse(channel));
    or_raise(identifier::normalize(identifier, channel))
}

/// Internal primitives: keys, codes, sealing. Only the extension's own functions call these.
#[pg_schema]
mod otp_private {
    use otp_pg_core::identifier::{self, Channel};
    use otp_pg_core::{challenge_code, keyed_digest, random, seal};
    use pgrx::prelude::*;
    use pgrx::PgSqlErrorCode;

    use crate::api::or_raise;

    /// The channel's canonical name (`email` or `sms`), or an error naming `channel`.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn channel_name(channel: &str) -> &'static str {
        or_raise(Channel::parse(channel)).name()
    }

    /// otp_normalize_identifier for the extension's own functions, which call nothing by a name in
    /// the extension's schema (another role may add an overload there on PostgreSQL 14).
    #[pg_extern(immutable, strict, parallel_safe)]
    fn normalize_identifier(identifier: &str, channel: &str) -> String {
        super::otp_normalize_identifier(identifier, channel)
    }

    /// The rate-limit subject of a client address, given as `host()` text (see client_address).
    #[pg_extern(immutable, strict, parallel_safe)]
    fn address_subject(host: &str) -> Option<String> {
        otp_pg_core::client_address::subject(host)
    }

    #[pg_extern(immutable, strict, parallel_safe)]
    fn mask_identifier(identifier: &str, channel: &str) -> String {
        identifier::mask(identifier, or_raise(Channel::parse(channel)))
    }

    /// What rate limits count for a normalised identifier: one subject per mailbox or phone
    /// (`alice+1@gmail.com` and `a.lice@gmail.com` are `alice@gmail.com`).
    #[pg_extern(immutable, strict, parallel_safe)]
    fn rate_subject(identifier: &str, channel: &str) -> String {
        identifier::rate_subject(identifier, or_raise(Channel::parse(channel)))
    }

    /// A new server key as it is stored: wrapped under the root key when one is set (see
    /// src/root_key.rs).
    #[pg_extern(volatile, strict, parallel_safe)]
    fn new_stored_server_key() -> Vec<u8> {
        crate::root_key::store(&or_raise(random::new_server_key()))
    }

    // The install scripts of 0.4.0 and earlier make keys with this, in a table whose CHECK takes
    // 32 bytes only: it stays unwrapped for them, until the update wraps what it made.
    #[pg_extern(volatile, strict, parallel_safe, sql = false)]
    fn new_server_key() -> Vec<u8> {
        or_raise(random::new_server_key()).to_vec()
    }

    #[pg_extern(volatile, strict, parallel_safe)]
    fn new_code(length: i32) -> String {
        let length = crate::api::policies::checked_setting("code_length", length);
        or_raise(challenge_code::new(length as u32))
    }

    #[pg_extern(immutable, strict, parallel_safe)]
    fn code_digest(server_key: &[u8], challenge_id: pgrx::Uuid, code: &str) -> Vec<u8> {
        let server_key = &crate::root_key::server_key(server_key);
        keyed_digest::challenge_code(server_key, challenge_id.as_bytes(), code).to_vec()
    }

    /// What one counted attempt does to a challenge: `verified` (the right code), `locked` (a
    /// wrong code on the last attempt) or `pending` (a wrong code, attempts left). The code is
    /// compared in constant time.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn attempt_outcome(
        server_key: &[u8],
        challenge_id: pgrx::Uuid,
        code: &str,
        digest: &[u8],
        attempts_after: i32,
        max_attempts: i32,
    ) -> &'static str {
        let server_key = &crate::root_key::server_key(server_key);
        if keyed_digest::challenge_code_matches(server_key, challenge_id.as_bytes(), code, digest) {
            "verified"
        } else if attempts_after >= max_attempts {
            "locked"
        } else {
            "pending"
        }
    }

    /// What a delivery's code is sealed to: its challenge and send, so a sealed code copied onto
    /// another delivery row does not open.
    fn delivery_context(challenge_id: pgrx::Uuid, send_number: i32) -> String {
        format!("{challenge_id}/{send_number}")
    }

    /// A delivery's code, sealed under the server key for the outbox.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn seal_delivery_code(
        server_key: &[u8],
        challenge_id: pgrx::Uuid,
        send_number: i32,
        code: &str,
    ) -> Vec<u8> {
        let server_key = &crate::root_key::server_key(server_key);
        seal_text(
            server_key,
            &delivery_context(challenge_id, send_number),
            code,
        )
    }

    /// A delivery's code, opened for the sender that claims it.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn open_delivery_code(
        server_key: &[u8],
        challenge_id: pgrx::Uuid,
        send_number: i32,
        sealed: &[u8],
    ) -> String {
        let server_key = &crate::root_key::server_key(server_key);
        unseal_text(
            server_key,
            &delivery_context(challenge_id, send_number),
            sealed,
        )
    }

    /// What a test identifier's fixed code is sealed to: the policy, channel and identifier it
    /// was registered for, so a sealed code copied onto another identifier's row does not open.
    /// Unambiguous: neither a channel nor a policy name holds a '/', and the identifier comes last.
    fn test_code_context(policy: &str, channel: &str, identifier: &str) -> String {
        format!("test code/{channel}/{policy}/{identifier}")
    }

    /// A test identifier's fixed code, sealed under the server key.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn seal_test_code(
        server_key: &[u8],
        policy: &str,
        channel: &str,
        identifier: &str,
        code: &str,
    ) -> Vec<u8> {
        let server_key = &crate::root_key::server_key(server_key);
        seal_text(
            server_key,
            &test_code_context(policy, channel, identifier),
            code,
        )
    }

    /// A test identifier's fixed code, opened when a challenge for it is made.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn open_test_code(
        server_key: &[u8],
        policy: &str,
        channel: &str,
        identifier: &str,
        sealed: &[u8],
    ) -> String {
        let server_key = &crate::root_key::server_key(server_key);
        unseal_text(
            server_key,
            &test_code_context(policy, channel, identifier),
            sealed,
        )
    }

    // seal_text and unseal_text are not in the schema any more (the two above build the context
    // in one place), but the install scripts of 0.4.0 and earlier name their symbols, and an
    // upgrade runs such a script against this library.
    #[pg_extern(volatile, strict, parallel_safe, sql = false)]
    fn seal_text(server_key: &[u8], context: &str, plaintext: &str) -> Vec<u8> {
        let server_key = &crate::root_key::server_key(server_key);
        or_raise(seal::seal(
            server_key,
            context.as_bytes(),
            plaintext.as_bytes(),
        ))
    }

    #[pg_extern(immutable, strict, parallel_safe, sql = false)]
    fn unseal_text(server_key: &[u8], context: &str, sealed: &[u8]) -> String {
        let server_key = &crate::root_key::server_key(server_key);
        let opened = seal::open(server_key, context.as_bytes(), sealed)
            .and_then(|bytes| String::from_utf8(bytes).ok());
        match opened {
            Some(text) => text,
            None => {
                ereport!(
                    ERROR,
                    PgSqlErrorCode::ERRCODE_DATA_CORRUPTED,
                    format!("sealed value for {context} does not open with its server key: it was altered or the key is wrong")
                );
            }
        }
    }
}
