//! Rust primitives behind signed tokens (sql/tokens.sql): signing keys sealed under the server key,
//! signing and checking with otp_pg_core::jwt. A signing secret is opened only inside one of these
//! calls and never returned to SQL. Only the extension's own functions call these.

#[pgrx::pg_schema]
mod otp_private {
    use otp_pg_core::jwt::{self, Algorithm};
    use otp_pg_core::seal;
    use pgrx::prelude::*;
    use pgrx::{JsonB, PgSqlErrorCode};
    use serde_json::json;

    use crate::api::{or_raise, unix_seconds};

    /// What a signing key's secret is sealed to: its kid and algorithm, so a sealed secret copied
    /// onto another key's row does not open.
    fn context(algorithm: &str, kid: &str) -> String {
        format!("signing key/{algorithm}/{kid}")
    }

    fn algorithm(name: &str) -> Algorithm {
        or_raise(Algorithm::from_name(name))
    }

    fn open_secret(server_key: &[u8], algorithm: &str, kid: &str, sealed: &[u8]) -> Vec<u8> {
        let server_key = &crate::root_key::server_key(server_key);
        match seal::open(server_key, context(algorithm, kid).as_bytes(), sealed) {
            Some(secret) => secret,
            None => {
                ereport!(
                ERROR,
                PgSqlErrorCode::ERRCODE_DATA_CORRUPTED,
                format!("signing key {kid} does not open with its server key: it was altered or the key is wrong")
            );
            }
        }
    }

    /// A signing key's secret sealed under the server key: the HS256 secret as given, or, for
    /// EdDSA (no secret given), a fresh Ed25519 seed.
    #[pg_extern(volatile, parallel_safe)]
    fn seal_signing_secret(
        server_key: &[u8],
        kid: &str,
        algorithm: &str,
        secret: Option<&str>,
    ) -> Vec<u8> {
        let secret = match (self::algorithm(algorithm), secret) {
            (Algorithm::Hs256, Some(secret)) => secret.as_bytes().to_vec(),
            (Algorithm::EdDsa, None) => or_raise(jwt::new_ed25519_seed()).to_vec(),
            _ => error!("otp_pg: an HS256 key takes a secret, an EdDSA key is made here"),
        };
        let server_key = &crate::root_key::server_key(server_key);
        or_raise(seal::seal(
            server_key,
            context(algorithm, kid).as_bytes(),
            &secret,
        ))
    }

    /// The public key of an EdDSA signing key; NULL for HS256, which has none.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn signing_public_key(
        server_key: &[u8],
        kid: &str,
        algorithm: &str,
        sealed: &[u8],
    ) -> Option<Vec<u8>> {
        match self::algorithm(algorithm) {
            Algorithm::Hs256 => None,
            Algorithm::EdDsa => {
                let seed = open_secret(server_key, algorithm, kid, sealed);
                Some(or_raise(jwt::ed25519_public_key(&seed)).to_vec())
            }
        }
    }

    /// A signing key's secret sealed again, from `old_server_key` to `new_server_key`.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn reseal_signing_key(
        old_server_key: &[u8],
        new_server_key: &[u8],
        kid: &str,
        algorithm: &str,
        sealed: &[u8],
    ) -> Vec<u8> {
        let secret = open_secret(old_server_key, algorithm, kid, sealed);
        let new_server_key = &crate::root_key::server_key(new_server_key);
        or_raise(seal::seal(
            new_server_key,
            context(algorithm, kid).as_bytes(),
            &secret,
        ))
    }

    /// The public JWK of an EdDSA key, for otp_jwks.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn signing_jwk(kid: &str, public_key: &[u8]) -> JsonB {
        JsonB(jwt::jwk(kid, public_key))
    }

    /// `claims` (a JSON object's text) signed with the signing key `kid`. Text, not jsonb: jsonb
    /// holds numbers and depths that JSON readers refuse, and they are refused here with an error,
    /// not a panic (otp_initiate refuses such payload members before any code is sent).
    #[pg_extern(volatile, strict, parallel_safe)]
    fn sign_token(
        server_key: &[u8],
        kid: &str,
        algorithm: &str,
        sealed_secret: &[u8],
        claims: &str,
    ) -> String {
        let Ok(serde_json::Value::Object(claims)) = serde_json::from_str(claims) else {
            ereport!(
                ERROR,
                PgSqlErrorCode::ERRCODE_INVALID_PARAMETER_VALUE,
                "token claims must be a JSON object with numbers a 64-bit float holds, nested at most 128 levels"
            );
        };
        let secret = open_secret(server_key, algorithm, kid, sealed_secret);
        or_raise(jwt::sign(self::algorithm(algorithm), kid, &secret, &claims))
    }

    /// `json` as a token would carry it, read and written back by the JSON reader tokens are
    /// made with; NULL if it can't read it (a number out of a 64-bit float's range, too deep).
    /// Equal to the input as jsonb when a token keeps it exactly.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn token_json(json: &str) -> Option<JsonB> {
        let value: serde_json::Value = serde_json::from_str(json).ok()?;
        (depth(&value) <= 64).then_some(JsonB(value))
    }

    fn depth(value: &serde_json::Value) -> usize {
        match value {
            serde_json::Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
            serde_json::Value::Object(members) => {
                1 + members.values().map(depth).max().unwrap_or(0)
            }
            _ => 0,
        }
    }

    /// The kid a token's header names, or NULL for text that is not a token.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn token_kid(token: &str) -> Option<String> {
        jwt::kid_of(token).ok()
    }

    /// {"claims": ...} when `token` verifies with the signing key `kid` at `now`, else
    /// {"reason": ...}. An EdDSA token is checked with the public key alone; an HS256 one with its
    /// secret, opened for this call.
    #[pg_extern(stable, parallel_safe)]
    fn check_token(
        token: &str,
        algorithm: &str,
        kid: &str,
        public_key: Option<&[u8]>,
        server_key: &[u8],
        sealed_secret: &[u8],
        now: TimestampWithTimeZone,
    ) -> JsonB {
        let algorithm_used = self::algorithm(algorithm);
        let key = match (algorithm_used, public_key) {
            (Algorithm::EdDsa, Some(public_key)) => public_key.to_vec(),
            (Algorithm::EdDsa, None) => error!("otp_pg: EdDSA signing key {kid} has no public key"),
            (Algorithm::Hs256, _) => open_secret(server_key, algorithm, kid, sealed_secret),
        };
        match jwt::verify(token, algorithm_used, &key, unix_seconds(now, "now")) {
            Ok(claims) => JsonB(json!({ "claims": claims })),
            Err(refusal) => JsonB(json!({ "reason": refusal.to_string() })),
        }
    }
}
