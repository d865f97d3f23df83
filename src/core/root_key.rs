//! The root key: a key held outside the database (a file or a command the operator configures),
//! under which the server keys in otp_private.server_key are stored wrapped, so that a dump, a
//! copied replica or a read of the table yields no key that opens anything.
//!
//! A wrapped server key is `otpw`, the root key's 8-byte fingerprint, then the server key sealed
//! (see [`crate::seal`]) under the root key with the fingerprint as context. A stored key of
//! exactly 32 bytes is an unwrapped one (made before a root key was configured); a wrapped one is
//! always longer.

use crate::error::{InputError, Result};
use crate::random::SERVER_KEY_BYTES;
use crate::seal;
use crate::subkey::hmac;

const WRAPPED_PREFIX: &[u8; 4] = b"otpw";
pub const FINGERPRINT_BYTES: usize = 8;

/// A root key: 32 bytes, written as 64 hexadecimal digits.
pub struct RootKey([u8; 32]);

impl RootKey {
    /// Reads 64 hexadecimal digits (surrounding whitespace ignored); the error never quotes them.
    pub fn parse(text: &[u8]) -> Result<RootKey> {
        let text = text.trim_ascii();
        let invalid =
            || InputError::invalid("root key", "must be 64 hexadecimal digits (32 bytes)");
        if text.len() != 64 {
            return Err(invalid());
        }
        let mut key = [0u8; 32];
        for (byte, pair) in key.iter_mut().zip(text.chunks(2)) {
            let pair = std::str::from_utf8(pair).map_err(|_| invalid())?;
            *byte = u8::from_str_radix(pair, 16).map_err(|_| invalid())?;
        }
        Ok(RootKey(key))
    }

    /// Names the key without revealing it: stored with every key it wraps, and shown in errors.
    pub fn fingerprint(&self) -> [u8; FINGERPRINT_BYTES] {
        let digest = hmac(&self.0, &[b"otp_pg root key fingerprint"]);
        digest[..FINGERPRINT_BYTES]
            .try_into()
            .expect("8 of 32 bytes")
    }

    /// The server key wrapped under this root key.
    pub fn wrap(&self, server_key: &[u8; SERVER_KEY_BYTES]) -> Result<Vec<u8>> {
        let fingerprint = self.fingerprint();
        let sealed = seal::seal(&self.0, &fingerprint, server_key)?;
        Ok([WRAPPED_PREFIX.as_slice(), &fingerprint, &sealed].concat())
    }

    /// The server key `stored` wraps, if this root key wrapped it and nothing was altered.
    pub fn unwrap(&self, stored: &[u8]) -> Option<[u8; SERVER_KEY_BYTES]> {
        let fingerprint = wrapped_fingerprint(stored)?;
        if fingerprint != self.fingerprint() {
            return None;
        }
        let opened = seal::open(
            &self.0,
            &fingerprint,
            &stored[WRAPPED_PREFIX.len() + FINGERPRINT_BYTES..],
        )?;
        opened.try_into().ok()
    }
}

/// True for a stored server key that is kept unwrapped.
pub fn is_unwrapped(stored: &[u8]) -> bool {
    stored.len() == SERVER_KEY_BYTES
}

/// The fingerprint of the root key a stored server key is wrapped under, if it is wrapped.
pub fn wrapped_fingerprint(stored: &[u8]) -> Option<[u8; FINGERPRINT_BYTES]> {
    let rest = stored.strip_prefix(WRAPPED_PREFIX.as_slice())?;
    if stored.len() <= SERVER_KEY_BYTES {
        return None;
    }
    rest.get(..FINGERPRINT_BYTES)?.try_into().ok()
}

/// A fingerprint as it is shown: 16 hexadecimal digits.
pub fn show_fingerprint(fingerprint: &[u8; FINGERPRINT_BYTES]) -> String {
    fingerprint
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &[u8] = b"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n";

    #[test]
    fn a_wrapped_key_opens_only_under_its_root_key() {
        let root = RootKey::parse(ROOT).unwrap();
        let server_key = [7u8; 32];
        let wrapped = root.wrap(&server_key).unwrap();
        assert!(wrapped.len() > SERVER_KEY_BYTES && !is_unwrapped(&wrapped));
        assert_eq!(wrapped_fingerprint(&wrapped), Some(root.fingerprint()));
        assert_eq!(root.unwrap(&wrapped), Some(server_key));
        let other = RootKey::parse(&[b'f'; 64]).unwrap();
        assert_ne!(other.fingerprint(), root.fingerprint());
        assert_eq!(other.unwrap(&wrapped), None);
        for index in 0..wrapped.len() {
            let mut altered = wrapped.clone();
            altered[index] ^= 1;
            assert_eq!(root.unwrap(&altered), None, "byte {index} altered");
        }
        assert_eq!(root.unwrap(&wrapped[..wrapped.len() - 1]), None);
    }

    #[test]
    fn unwrapped_keys_are_told_from_wrapped_ones() {
        assert!(is_unwrapped(&[0u8; 32]));
        let mut looks_wrapped = [0u8; 32];
        looks_wrapped[..4].copy_from_slice(b"otpw");
        assert!(is_unwrapped(&looks_wrapped));
        assert_eq!(wrapped_fingerprint(&looks_wrapped), None);
    }

    #[test]
    fn a_root_key_is_64_hexadecimal_digits() {
        assert!(RootKey::parse(&[b'a'; 64]).is_ok());
        for bad in [
            &b"abc"[..],
            &[b'g'; 64],
            &[b'a'; 63],
            &[b'a'; 65],
            "é".repeat(32).as_bytes(),
        ] {
            let error = RootKey::parse(bad).err().expect("refused");
            assert!(
                !error.to_string().contains("aaa"),
                "the error quotes no key material"
            );
        }
    }
}
