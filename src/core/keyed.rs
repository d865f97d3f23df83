//! What otp_pg does with its server key: keyed digests of challenge codes, and sealing of values
//! that must be recovered later (a code waiting for delivery) without keeping them in plain text.
//!
//! Everything is HMAC-SHA256, with a separate subkey per purpose derived from the server key.
//! Sealing is encrypt-then-MAC: an HMAC-SHA256 keystream (counter mode over a random 16-byte
//! nonce) XORed with the plaintext, then an HMAC tag over version, nonce, context and ciphertext.

use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::TryRngCore;
use sha2::Sha256;
use subtle::{ConditionallySelectable, ConstantTimeEq};

use crate::error::{ErrorClass, InputError, Result};

type HmacSha256 = Hmac<Sha256>;

pub const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 16;
const TAG_BYTES: usize = 16;
const SEAL_VERSION: u8 = 1;

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

fn subkey(server_key: &[u8], purpose: &[u8]) -> [u8; 32] {
    hmac(server_key, &[b"otp_pg subkey ", purpose])
}

/// Fills `buffer` from the operating system's CSPRNG.
pub fn fill_random(buffer: &mut [u8], argument: &'static str) -> Result<()> {
    OsRng.try_fill_bytes(buffer).map_err(|err| InputError {
        argument,
        class: ErrorClass::System,
        reason: format!("could not be drawn from the operating system's random source: {err}"),
    })
}

/// A fresh server key.
pub fn new_key() -> Result<[u8; KEY_BYTES]> {
    let mut key = [0u8; KEY_BYTES];
    fill_random(&mut key, "server key")?;
    Ok(key)
}

/// A code of `length` decimal digits, uniform over all 10^length values (rejection sampling, so
/// no modulo bias).
pub fn new_code(length: u32) -> Result<String> {
    debug_assert!((1..=19).contains(&length));
    let range = 10u64.pow(length);
    // The largest multiple of `range` that fits: values at or above it would favour small codes.
    let limit = u64::MAX - (u64::MAX % range);
    loop {
        let mut bytes = [0u8; 8];
        fill_random(&mut bytes, "code")?;
        let value = u64::from_le_bytes(bytes);
        if value < limit {
            return Ok(format!(
                "{:0width$}",
                value % range,
                width = length as usize
            ));
        }
    }
}

/// Strips the spaces people type into codes; None when anything but digits remains or it is longer
/// than any code otp_pg issues. Lengths are not secret, so this may exit early.
pub fn clean_code(code: &str) -> Option<String> {
    let cleaned: String = code.chars().filter(|c| *c != ' ').take(11).collect();
    (!cleaned.is_empty() && cleaned.len() <= 10 && cleaned.bytes().all(|b| b.is_ascii_digit()))
        .then_some(cleaned)
}

/// Keyed digest of a challenge's code. Binding the challenge id means a digest says nothing about
/// any other challenge, even one that drew the same code.
pub fn code_digest(server_key: &[u8], challenge_id: &[u8], code: &str) -> [u8; 32] {
    hmac(
        &subkey(server_key, b"code digest"),
        &[challenge_id, b":", code.as_bytes()],
    )
}

/// Whether `code` is the one whose digest is `expected`, compared in constant time.
pub fn code_matches(server_key: &[u8], challenge_id: &[u8], code: &str, expected: &[u8]) -> bool {
    let Some(cleaned) = clean_code(code) else {
        return false;
    };
    code_digest(server_key, challenge_id, &cleaned)
        .ct_eq(expected)
        .into()
}

/// Crockford's base32: no I, L, O or U, so what is read aloud or written down is read back right.
const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Ten symbols of five bits: 50 bits per recovery code, shown as two groups of five.
const RECOVERY_SYMBOLS: usize = 10;

/// A new recovery code such as `7k2qd-9xm4t`.
pub fn new_recovery_code() -> Result<String> {
    let mut bytes = [0u8; RECOVERY_SYMBOLS];
    fill_random(&mut bytes, "count")?;
    let mut code = String::with_capacity(RECOVERY_SYMBOLS + 1);
    for (i, byte) in bytes.iter().enumerate() {
        if i == RECOVERY_SYMBOLS / 2 {
            code.push('-');
        }
        // 256 is a multiple of 32: taking the low five bits is uniform.
        code.push(RECOVERY_ALPHABET[(byte & 0x1F) as usize].to_ascii_lowercase() as char);
    }
    Ok(code)
}

/// The canonical form of a typed recovery code: case, spaces and dashes ignored, and the letters
/// people confuse with digits (O, I, L) read as those digits. None if it can't be a recovery code.
pub fn normalize_recovery_code(code: &str) -> Option<String> {
    let mut canonical = String::with_capacity(RECOVERY_SYMBOLS);
    for c in code.chars() {
        let symbol = match c.to_ascii_uppercase() {
            ' ' | '-' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            other if other.is_ascii() && RECOVERY_ALPHABET.contains(&(other as u8)) => other,
            _ => return None,
        };
        if canonical.len() == RECOVERY_SYMBOLS {
            return None;
        }
        canonical.push(symbol);
    }
    (canonical.len() == RECOVERY_SYMBOLS).then_some(canonical)
}

/// Keyed digest of a recovery code, bound to the key (the user) it belongs to.
pub fn recovery_digest(server_key: &[u8], owner: &str, canonical_code: &str) -> [u8; 32] {
    let owner_length = (owner.len() as u64).to_be_bytes();
    hmac(
        &subkey(server_key, b"recovery code"),
        &[&owner_length, owner.as_bytes(), canonical_code.as_bytes()],
    )
}

/// 1-based position of `digest` in `candidates`, or 0. Every candidate is compared in constant
/// time and the scan never stops early.
pub fn find_digest(candidates: &[&[u8]], digest: &[u8]) -> usize {
    let mut found = 0u64;
    for (index, candidate) in candidates.iter().enumerate() {
        let hit = candidate.ct_eq(digest);
        found = u64::conditional_select(&found, &(index as u64 + 1), hit);
    }
    found as usize
}

/// Seals `plaintext` bound to `context` (e.g. the row it belongs to): only the same key and context
/// open it, and any change to the sealed bytes is detected.
pub fn seal(server_key: &[u8], context: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_BYTES];
    fill_random(&mut nonce, "nonce")?;
    let mut sealed = Vec::with_capacity(1 + NONCE_BYTES + plaintext.len() + TAG_BYTES);
    sealed.push(SEAL_VERSION);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(plaintext);
    apply_keystream(server_key, &nonce, &mut sealed[1 + NONCE_BYTES..]);
    let tag = seal_tag(server_key, context, &sealed);
    sealed.extend_from_slice(&tag[..TAG_BYTES]);
    Ok(sealed)
}

/// Opens what `seal` made; None if the key, the context or the bytes don't match.
pub fn unseal(server_key: &[u8], context: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
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
    fn codes_have_the_length_and_are_uniform() {
        for length in 4..=10 {
            let code = new_code(length).unwrap();
            assert_eq!(code.len(), length as usize);
            assert!(code.bytes().all(|b| b.is_ascii_digit()));
        }
        // 20 000 four-digit codes: every leading digit close to 10% (far outside 6 sigma fails).
        let mut counts = [0u32; 10];
        for _ in 0..20_000 {
            counts[(new_code(4).unwrap().as_bytes()[0] - b'0') as usize] += 1;
        }
        for count in counts {
            assert!((1_750..=2_250).contains(&count), "{counts:?}");
        }
    }

    #[test]
    fn digests_depend_on_key_challenge_and_code() {
        let base = code_digest(KEY, b"challenge-1", "123456");
        assert_eq!(base, code_digest(KEY, b"challenge-1", "123456"));
        assert_ne!(base, code_digest(&[8u8; 32], b"challenge-1", "123456"));
        assert_ne!(base, code_digest(KEY, b"challenge-2", "123456"));
        assert_ne!(base, code_digest(KEY, b"challenge-1", "123457"));
        assert!(code_matches(KEY, b"challenge-1", "123 456", &base));
        assert!(!code_matches(KEY, b"challenge-1", "123457", &base));
        assert!(!code_matches(KEY, b"challenge-1", "", &base));
        assert!(!code_matches(KEY, b"challenge-1", "12345a", &base));
        assert!(!code_matches(
            KEY,
            b"challenge-1",
            &"1".repeat(100_000),
            &base
        ));
        assert!(!code_matches(KEY, b"challenge-1", "123456", &base[..31]));
    }

    #[test]
    fn recovery_codes() {
        let codes: Vec<String> = (0..500).map(|_| new_recovery_code().unwrap()).collect();
        for code in &codes {
            assert_eq!(code.len(), 11);
            assert_eq!(&code[5..6], "-");
            assert_eq!(
                normalize_recovery_code(code).unwrap(),
                code.replace('-', "").to_uppercase()
            );
        }
        let distinct: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(distinct.len(), codes.len());
        assert_eq!(
            normalize_recovery_code(" 7K2QD 9XM4T ").unwrap(),
            "7K2QD9XM4T"
        );
        assert_eq!(
            normalize_recovery_code("oil00-12345").unwrap(),
            "0110012345"
        );
        for bad in [
            "",
            "7k2qd-9xm4",
            "7k2qd-9xm4t0",
            "7k2qd-9xm4u",
            "7k2qd_9xm4t",
            "７k2qd-9xm4t",
        ] {
            assert_eq!(normalize_recovery_code(bad), None, "{bad}");
        }
        assert_eq!(normalize_recovery_code(&"1".repeat(100_000)), None);
    }

    #[test]
    fn recovery_digests_and_lookup() {
        let a = recovery_digest(KEY, "user-1", "7K2QD9XM4T");
        assert_ne!(a, recovery_digest(KEY, "user-2", "7K2QD9XM4T"));
        assert_ne!(a, recovery_digest(KEY, "user-1", "7K2QD9XM4V"));
        // The owner's length is part of the input: ("ab", "c...") differs from ("a", "bc...").
        assert_ne!(
            recovery_digest(KEY, "ab", "CDEFGHJKMN"),
            recovery_digest(KEY, "a", "BCDEFGHJKM")
        );
        let b = recovery_digest(KEY, "user-1", "0000000000");
        let candidates: Vec<&[u8]> = vec![&b, &a, &b];
        assert_eq!(find_digest(&candidates, &a), 2);
        assert_eq!(find_digest(&candidates, &[0u8; 32]), 0);
        assert_eq!(find_digest(&[], &a), 0);
    }

    #[test]
    fn seal_round_trips_and_hides_the_plaintext() {
        for length in [0usize, 1, 6, 31, 32, 33, 100] {
            let plaintext: Vec<u8> = (0..length).map(|i| b'0' + (i % 10) as u8).collect();
            let sealed = seal(KEY, b"delivery 1", &plaintext).unwrap();
            assert_eq!(sealed.len(), 1 + NONCE_BYTES + length + TAG_BYTES);
            if length >= 6 {
                assert!(!sealed.windows(6).any(|w| w == &plaintext[..6]));
            }
            assert_eq!(unseal(KEY, b"delivery 1", &sealed).unwrap(), plaintext);
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
        assert!(unseal(&[8u8; 32], b"delivery 1", &sealed).is_none());
        assert!(unseal(KEY, b"delivery 2", &sealed).is_none());
        for i in 0..sealed.len() {
            let mut tampered = sealed.clone();
            tampered[i] ^= 1;
            assert!(unseal(KEY, b"delivery 1", &tampered).is_none(), "byte {i}");
        }
        assert!(unseal(KEY, b"delivery 1", &sealed[..sealed.len() - 1]).is_none());
        assert!(unseal(KEY, b"delivery 1", &[]).is_none());
    }
}
