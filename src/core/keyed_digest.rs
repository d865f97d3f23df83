//! Keyed digests, what otp_pg stores instead of the codes themselves: of a challenge's code, of
//! recovery codes and of trusted devices' tokens, each under its own subkey of the server key, and
//! their constant-time checks.

use subtle::{ConditionallySelectable, ConstantTimeEq};

use crate::challenge_code;
use crate::device::DeviceToken;
use crate::subkey::{hmac, subkey};

/// Keyed digest of a challenge's code. Binding the challenge id means a digest says nothing about
/// any other challenge, even one that drew the same code.
pub fn challenge_code(server_key: &[u8], challenge_id: &[u8], code: &str) -> [u8; 32] {
    hmac(
        &subkey(server_key, b"code digest"),
        &[challenge_id, b":", code.as_bytes()],
    )
}

/// Whether typed `code` is the one whose digest is `expected`, compared in constant time.
pub fn challenge_code_matches(
    server_key: &[u8],
    challenge_id: &[u8],
    code: &str,
    expected: &[u8],
) -> bool {
    let Some(cleaned) = challenge_code::clean(code) else {
        return false;
    };
    challenge_code(server_key, challenge_id, &cleaned)
        .ct_eq(expected)
        .into()
}

/// Keyed digest of a recovery code in its canonical form, bound to the key (the user) it belongs to.
pub fn recovery_code(server_key: &[u8], owner: &str, canonical_code: &str) -> [u8; 32] {
    let owner_length = (owner.len() as u64).to_be_bytes();
    hmac(
        &subkey(server_key, b"recovery code"),
        &[&owner_length, owner.as_bytes(), canonical_code.as_bytes()],
    )
}

/// Keyed digest of a magic link's secret, bound to its challenge. Its own subkey: a link secret
/// and a code never share a digest space.
pub fn link_secret(server_key: &[u8], challenge_id: &[u8], secret: &[u8]) -> [u8; 32] {
    hmac(&subkey(server_key, b"link digest"), &[challenge_id, secret])
}

/// Whether `secret` is the link secret whose digest is `expected`, compared in constant time.
pub fn link_secret_matches(
    server_key: &[u8],
    challenge_id: &[u8],
    secret: &[u8],
    expected: &[u8],
) -> bool {
    link_secret(server_key, challenge_id, secret)
        .ct_eq(expected)
        .into()
}

/// Keyed digest of a trusted device's token, bound to the key (the user) the device was remembered
/// for: a token presented for another key never matches, even with a digest copied across rows.
pub fn device_token(server_key: &[u8], owner: &str, token: &DeviceToken) -> [u8; 32] {
    let owner_length = (owner.len() as u64).to_be_bytes();
    hmac(
        &subkey(server_key, b"device token"),
        &[
            &owner_length,
            owner.as_bytes(),
            &token.device_id,
            &token.secret,
        ],
    )
}

/// Whether `token` is the one whose digest is `expected`, compared in constant time.
pub fn device_token_matches(
    server_key: &[u8],
    owner: &str,
    token: &DeviceToken,
    expected: &[u8],
) -> bool {
    device_token(server_key, owner, token)
        .ct_eq(expected)
        .into()
}

/// 1-based position of `digest` in `candidates`, or 0. Every candidate is compared in constant
/// time and the scan never stops early.
pub fn find(candidates: &[&[u8]], digest: &[u8]) -> usize {
    let mut found = 0u64;
    for (index, candidate) in candidates.iter().enumerate() {
        let hit = candidate.ct_eq(digest);
        found = u64::conditional_select(&found, &(index as u64 + 1), hit);
    }
    found as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = &[7u8; 32];

    #[test]
    fn link_digests_are_bound_and_apart_from_codes() {
        let digest = link_secret(KEY, b"challenge-1", b"secret");
        assert!(link_secret_matches(KEY, b"challenge-1", b"secret", &digest));
        assert!(!link_secret_matches(
            KEY,
            b"challenge-2",
            b"secret",
            &digest
        ));
        assert!(!link_secret_matches(
            KEY,
            b"challenge-1",
            b"secreT",
            &digest
        ));
        assert!(!link_secret_matches(
            &[8u8; 32],
            b"challenge-1",
            b"secret",
            &digest
        ));
        assert_ne!(digest, challenge_code(KEY, b"challenge-1", "secret"));
    }

    #[test]
    fn digests_depend_on_key_challenge_and_code() {
        let base = challenge_code(KEY, b"challenge-1", "123456");
        assert_eq!(base, challenge_code(KEY, b"challenge-1", "123456"));
        assert_ne!(base, challenge_code(&[8u8; 32], b"challenge-1", "123456"));
        assert_ne!(base, challenge_code(KEY, b"challenge-2", "123456"));
        assert_ne!(base, challenge_code(KEY, b"challenge-1", "123457"));
        assert!(challenge_code_matches(
            KEY,
            b"challenge-1",
            "123 456",
            &base
        ));
        assert!(!challenge_code_matches(
            KEY,
            b"challenge-1",
            "123457",
            &base
        ));
        assert!(!challenge_code_matches(KEY, b"challenge-1", "", &base));
        assert!(!challenge_code_matches(
            KEY,
            b"challenge-1",
            "12345a",
            &base
        ));
        assert!(!challenge_code_matches(
            KEY,
            b"challenge-1",
            &"1".repeat(100_000),
            &base
        ));
        assert!(!challenge_code_matches(
            KEY,
            b"challenge-1",
            "123456",
            &base[..31]
        ));
    }

    #[test]
    fn recovery_digests_and_lookup() {
        let a = recovery_code(KEY, "user-1", "7K2QD9XM4T");
        assert_ne!(a, recovery_code(KEY, "user-2", "7K2QD9XM4T"));
        assert_ne!(a, recovery_code(KEY, "user-1", "7K2QD9XM4V"));
        // The owner's length is part of the input: ("ab", "c...") differs from ("a", "bc...").
        assert_ne!(
            recovery_code(KEY, "ab", "CDEFGHJKMN"),
            recovery_code(KEY, "a", "BCDEFGHJKM")
        );
        let b = recovery_code(KEY, "user-1", "0000000000");
        let candidates: Vec<&[u8]> = vec![&b, &a, &b];
        assert_eq!(find(&candidates, &a), 2);
        assert_eq!(find(&candidates, &[0u8; 32]), 0);
        assert_eq!(find(&[], &a), 0);
    }

    #[test]
    fn device_digests_depend_on_key_owner_device_and_secret() {
        let token = DeviceToken {
            device_id: [1u8; 16],
            secret: [2u8; 32],
        };
        let base = device_token(KEY, "user-1", &token);
        assert!(device_token_matches(KEY, "user-1", &token, &base));
        assert!(!device_token_matches(&[8u8; 32], "user-1", &token, &base));
        assert!(!device_token_matches(KEY, "user-2", &token, &base));
        assert!(!device_token_matches(KEY, "user-1", &token, &base[..31]));
        let other_device = DeviceToken {
            device_id: [3u8; 16],
            secret: [2u8; 32],
        };
        assert!(!device_token_matches(KEY, "user-1", &other_device, &base));
        let other_secret = DeviceToken {
            device_id: [1u8; 16],
            secret: [4u8; 32],
        };
        assert!(!device_token_matches(KEY, "user-1", &other_secret, &base));
        // Nothing of the token is in its digest.
        assert!(!base
            .windows(8)
            .any(|w| w == &token.secret[..8] || w == &token.device_id[..8]));
    }
}
