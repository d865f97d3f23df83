//! Sealing: values otp_pg must recover later (a code waiting for delivery, a factor's
//! authenticator secret) kept under the server key instead of in plain text.
//!
//! Encrypt-then-MAC: an HMAC-SHA256 keystream (counter mode over a random 16-byte nonce) XORed
//! with the plaintext, then an HMAC tag over version, nonce, context and ciphertext; keystream and
//! tag each under their own subkey of the server key.

use subtle::ConstantTimeEq;

use crate::error::Result;
use crate::random;
use crate::subkey::{hmac, subkey};

const NONCE_BYTES: usize = 16;
const TAG_BYTES: usize = 16;
const SEAL_VERSION: u8 = 1;

/// Seals `plaintext` bound to `context` (e.g. the row it belongs to): only the same key and context
/// open it, and any change to the sealed bytes is detected.
pub fn seal(server_key: &[u8], context: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_BYTES];
    random::fill(&mut nonce, "nonce")?;
    let mut sealed = Vec::with_capacity(1 + NONCE_BYTES + plaintext.len() + TAG_BYTES);
    sealed.push(SEAL_VERSION);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(plaintext);
    apply_keystream(server_key, &nonce, &mut sealed[1 + NONCE_BYTES..]);
    let tag = seal_tag(server_key, context, &sealed);
    sealed.extend_from_slice(&tag[..TAG_BYTES]);
    Ok(sealed)
}

/// Opens what [`seal`] made; None if the key, the context or the bytes don't match.
pub fn open(server_key: &[u8], context: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < 1 + NONCE_BYTES + TAG_BYTES || sealed[0] != SEAL_VERSION {
        return None;
    }
    let (body, tag) = sealed.split_at(sealed.len() - TAG_BYTES);
    if !bool::from(seal_tag(server_key, context, body)[..TAG_BYTES].ct_eq(tag)) {
        return None;
    }
    let nonce: [u8; NONCE_BYTES] = body[1..1 + NONCE_BYTES].try_into().ok()?;
    let mut plaintext = body[1 + NONCE_BYTES..].to_vec();
    apply_keystream(server_key, &nonce, &mut plaintext);
    Some(plaintext)
}

fn seal_tag(server_key: &[u8], context: &[u8], body: &[u8]) -> [u8; 32] {
    let context_length = (context.len() as u64).to_be_bytes();
    hmac(
        &subkey(server_key, b"seal mac"),
        &[&context_length, context, body],
    )
}

fn apply_keystream(server_key: &[u8], nonce: &[u8; NONCE_BYTES], data: &mut [u8]) {
    let key = subkey(server_key, b"seal stream");
    for (block, chunk) in data.chunks_mut(32).enumerate() {
        let stream = hmac(&key, &[nonce, &(block as u64).to_be_bytes()]);
        for (byte, k) in chunk.iter_mut().zip(stream.iter()) {
            *byte ^= k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = &[7u8; 32];

    #[test]
    fn seal_round_trips_and_hides_the_plaintext() {
        for length in [0usize, 1, 6, 31, 32, 33, 100] {
            let plaintext: Vec<u8> = (0..length).map(|i| b'0' + (i % 10) as u8).collect();
            let sealed = seal(KEY, b"delivery 1", &plaintext).unwrap();
            assert_eq!(sealed.len(), 1 + NONCE_BYTES + length + TAG_BYTES);
            if length >= 6 {
                assert!(!sealed.windows(6).any(|w| w == &plaintext[..6]));
            }
            assert_eq!(open(KEY, b"delivery 1", &sealed).unwrap(), plaintext);
        }
        // A fresh nonce each time: the same plaintext seals differently.
        assert_ne!(
            seal(KEY, b"c", b"123456").unwrap(),
            seal(KEY, b"c", b"123456").unwrap()
        );
    }

    #[test]
    fn unseal_refuses_wrong_key_context_or_tampering() {
        let sealed = seal(KEY, b"delivery 1", b"123456").unwrap();
        assert!(open(&[8u8; 32], b"delivery 1", &sealed).is_none());
        assert!(open(KEY, b"delivery 2", &sealed).is_none());
        for i in 0..sealed.len() {
            let mut tampered = sealed.clone();
            tampered[i] ^= 1;
            assert!(open(KEY, b"delivery 1", &tampered).is_none(), "byte {i}");
        }
        assert!(open(KEY, b"delivery 1", &sealed[..sealed.len() - 1]).is_none());
        assert!(open(KEY, b"delivery 1", &[]).is_none());
    }
}
