//! Magic-link tokens: what a link in a login message carries beside the code. A token names its
//! challenge and holds 256 random bits, so it is verified by one keyed-digest comparison and can't
//! be guessed the way a six-digit code can; the attempts it spends are the challenge's all the same.
//!
//! Form: base64url (no padding) of the challenge id's 16 bytes followed by the 32-byte secret, 64
//! characters. Only a keyed digest of the secret is stored (`keyed_digest::link_secret`).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::random;

pub const SECRET_BYTES: usize = 32;
/// Length of a token's text: 48 bytes in base64url.
pub const TOKEN_LENGTH: usize = 64;

/// A token taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkToken {
    pub challenge_id: [u8; 16],
    pub secret: [u8; SECRET_BYTES],
}

impl LinkToken {
    /// A new token for `challenge_id`, with a fresh secret.
    pub fn new(challenge_id: [u8; 16]) -> Result<LinkToken> {
        let mut secret = [0u8; SECRET_BYTES];
        random::fill(&mut secret, "link token")?;
        Ok(LinkToken {
            challenge_id,
            secret,
        })
    }

    pub fn encode(&self) -> String {
        let mut bytes = [0u8; 16 + SECRET_BYTES];
        bytes[..16].copy_from_slice(&self.challenge_id);
        bytes[16..].copy_from_slice(&self.secret);
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// The token in `text`, or None for anything that is not exactly one: the length is checked
    /// before decoding, and the decoder refuses padding and characters outside base64url.
    pub fn parse(text: &str) -> Option<LinkToken> {
        if text.len() != TOKEN_LENGTH {
            return None;
        }
        let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
        let challenge_id = bytes.get(..16)?.try_into().ok()?;
        let secret = bytes.get(16..)?.try_into().ok()?;
        Some(LinkToken {
            challenge_id,
            secret,
        })
    }
}

/// What is stored of a link's binding, the value that says which client started the login (a
/// cookie of the browser, say): SHA-256 bound to the challenge. Unkeyed, so that a resend under a
/// new server key keeps it; the client holds the binding already, otp_pg issues no secret in it.
pub fn binding_digest(challenge_id: &[u8], binding: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(b"otp_pg link binding ");
    hasher.update((challenge_id.len() as u64).to_be_bytes());
    hasher.update(challenge_id);
    hasher.update(binding.as_bytes());
    hasher.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_differ() {
        let id = [9u8; 16];
        let first = LinkToken::new(id).unwrap();
        let second = LinkToken::new(id).unwrap();
        assert_ne!(first.secret, second.secret);
        let text = first.encode();
        assert_eq!(text.len(), TOKEN_LENGTH);
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(LinkToken::parse(&text), Some(first));
    }

    #[test]
    fn bindings_are_bound_to_their_challenge() {
        let digest = binding_digest(&[1u8; 16], "browser-a");
        assert_eq!(digest, binding_digest(&[1u8; 16], "browser-a"));
        assert_ne!(digest, binding_digest(&[1u8; 16], "browser-b"));
        assert_ne!(digest, binding_digest(&[2u8; 16], "browser-a"));
    }

    #[test]
    fn anything_but_a_token_is_refused() {
        let text = LinkToken::new([1u8; 16]).unwrap().encode();
        assert_eq!(LinkToken::parse(&text[..63]), None);
        assert_eq!(LinkToken::parse(&format!("{text}A")), None);
        assert_eq!(LinkToken::parse(&format!("{}=", &text[..63])), None);
        assert_eq!(LinkToken::parse(&format!("{}+", &text[..63])), None);
        assert_eq!(LinkToken::parse(&format!("{}/", &text[..63])), None);
        assert_eq!(LinkToken::parse(&"é".repeat(32)), None);
        assert_eq!(LinkToken::parse(""), None);
    }
}
