//! Rust primitives behind magic links (sql/sessions.sql): a token beside a challenge's code that
//! verifies the challenge like the code does. Only the extension's own functions call these.

#[pgrx::pg_schema]
mod otp_private {
    use otp_pg_core::link_token::LinkToken;
    use otp_pg_core::{keyed_digest, seal};
    use pgrx::prelude::*;
    use pgrx::PgSqlErrorCode;

    use crate::api::or_raise;

    /// A new link token for the challenge, shown once: in the delivery request.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn new_link_token(challenge_id: pgrx::Uuid) -> String {
        or_raise(LinkToken::new(*challenge_id.as_bytes())).encode()
    }

    /// The challenge a link token names, or NULL for text that is not a link token.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn link_challenge(token: &str) -> Option<pgrx::Uuid> {
        LinkToken::parse(token).map(|parsed| pgrx::Uuid::from_bytes(parsed.challenge_id))
    }

    /// What is stored of a link token: the keyed digest of its secret, bound to its challenge.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn link_digest(server_key: &[u8], token: &str) -> Vec<u8> {
        let Some(parsed) = LinkToken::parse(token) else {
            ereport!(
                ERROR,
                PgSqlErrorCode::ERRCODE_INVALID_PARAMETER_VALUE,
                "link token is not one otp_pg made"
            );
        };
        let server_key = &crate::root_key::server_key(server_key);
        keyed_digest::link_secret(server_key, &parsed.challenge_id, &parsed.secret).to_vec()
    }

    /// What one counted attempt with a link token does to its challenge, like attempt_outcome
    /// does for a code: `verified`, `locked` (the last attempt failed) or `pending`. A link whose
    /// binding does not match fails like a wrong token.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn link_outcome(
        server_key: &[u8],
        token: &str,
        digest: &[u8],
        binding_matches: bool,
        attempts_after: i32,
        max_attempts: i32,
    ) -> &'static str {
        let server_key = &crate::root_key::server_key(server_key);
        let matches = LinkToken::parse(token).is_some_and(|parsed| {
            keyed_digest::link_secret_matches(
                server_key,
                &parsed.challenge_id,
                &parsed.secret,
                digest,
            )
        });
        if matches && binding_matches {
            "verified"
        } else if attempts_after >= max_attempts {
            "locked"
        } else {
            "pending"
        }
    }

    /// What is stored of a link's binding (see link_token::binding_digest).
    #[pg_extern(immutable, strict, parallel_safe)]
    fn link_binding_digest(challenge_id: pgrx::Uuid, binding: &str) -> Vec<u8> {
        otp_pg_core::link_token::binding_digest(challenge_id.as_bytes(), binding).to_vec()
    }

    /// What a delivery's link token is sealed to: its challenge and send, and that it is a link,
    /// so it opens neither as a code nor on another delivery.
    fn link_context(challenge_id: pgrx::Uuid, send_number: i32) -> String {
        format!("link/{challenge_id}/{send_number}")
    }

    #[pg_extern(volatile, strict, parallel_safe)]
    fn seal_delivery_link(
        server_key: &[u8],
        challenge_id: pgrx::Uuid,
        send_number: i32,
        token: &str,
    ) -> Vec<u8> {
        let server_key = &crate::root_key::server_key(server_key);
        let context = link_context(challenge_id, send_number);
        or_raise(seal::seal(server_key, context.as_bytes(), token.as_bytes()))
    }

    #[pg_extern(immutable, strict, parallel_safe)]
    fn open_delivery_link(
        server_key: &[u8],
        challenge_id: pgrx::Uuid,
        send_number: i32,
        sealed: &[u8],
    ) -> String {
        let server_key = &crate::root_key::server_key(server_key);
        let context = link_context(challenge_id, send_number);
        match seal::open(server_key, context.as_bytes(), sealed)
            .and_then(|bytes| String::from_utf8(bytes).ok())
        {
            Some(token) => token,
            None => {
                ereport!(
                ERROR,
                PgSqlErrorCode::ERRCODE_DATA_CORRUPTED,
                format!("sealed link of {context} does not open with its server key: it was altered or the key is wrong")
            );
            }
        }
    }
}
