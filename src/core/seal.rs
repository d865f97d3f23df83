//! Sealing: values otp_pg must recover later (a code waiting for delivery, a factor's
//! authenticator secret) kept under the server key instead of in plain text.
//!
//! Sealed values are written in format 2, XChaCha20-Poly1305 (RustCrypto's `chacha20poly1305`):
//!
//! ```text
//! 0x02 | nonce (24 bytes) | ciphertext (as long as the plaintext) | Poly1305 tag (16 bytes)
//! ```
//!
//! The nonce is drawn from the operating system's CSPRNG for every value (24 bytes: random nonces
//! don't collide in any number of seals a server will make). The AEAD key is the subkey of the
//! server key labelled `seal xchacha20poly1305`, never the server key itself; the associated data
//! is the version byte followed by the context, so a value opens only under the context (the row)
//! it was sealed for.
//!
//! Format 1, written by 0.3.0 to 0.4.0 and still opened exactly as then (see [`legacy`]):
//!
//! ```text
//! 0x01 | nonce (16 bytes) | plaintext XOR HMAC-SHA256 keystream | HMAC-SHA256 tag, first 16 bytes
//! ```
//!
//! Telling them apart is certain: format 1 always starts with 0x01 (its seal wrote that byte first
//! and its open refused any other), and format 2 always starts with 0x02. The first byte alone
//! picks the one format a value is tried under; any other first byte opens nothing. A value of one
//! format with its first byte changed to the other's fails that format's check (each is under its
//! own subkeys, and format 2 authenticates its version byte too). Values of format 1 stay
//! readable until they are re-sealed (`otp_rotate_server_key()` re-seals factors in format 2).

use chacha20poly1305::aead::AeadInPlace;
use chacha20poly1305::{KeyInit, Tag, XChaCha20Poly1305, XNonce};

use crate::error::{ErrorClass, InputError, Result};
use crate::random;
use crate::subkey::subkey;

/// The first byte of values this version seals.
const SEAL_VERSION: u8 = 2;
const NONCE_BYTES: usize = 24;
const TAG_BYTES: usize = 16;
const HEADER_BYTES: usize = 1 + NONCE_BYTES;

/// Seals `plaintext` bound to `context` (e.g. the row it belongs to): only the same key and context
/// open it, and any change to the sealed bytes is detected.
pub fn seal(server_key: &[u8], context: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_BYTES];
    random::fill(&mut nonce, "nonce")?;
    let mut sealed = Vec::with_capacity(HEADER_BYTES + plaintext.len() + TAG_BYTES);
    sealed.push(SEAL_VERSION);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(plaintext);
    let tag = cipher(server_key)
        .encrypt_in_place_detached(
            XNonce::from_slice(&nonce),
            &associated_data(context),
            &mut sealed[HEADER_BYTES..],
        )
        // Only a plaintext of over 256 GiB is refused.
        .map_err(|_| InputError {
            argument: "plaintext",
            class: ErrorClass::InvalidParameter,
            reason: "is too long to seal".to_string(),
        })?;
    sealed.extend_from_slice(&tag);
    Ok(sealed)
}

/// Opens what [`seal`] made, or what the sealing of 0.3.0 to 0.4.0 made; None if the key, the
/// context or the bytes don't match.
pub fn open(server_key: &[u8], context: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    match *sealed.first()? {
        SEAL_VERSION => open_current(server_key, context, sealed),
        legacy::SEAL_VERSION => legacy::open(server_key, context, sealed),
        _ => None,
    }
}

fn open_current(server_key: &[u8], context: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < HEADER_BYTES + TAG_BYTES {
        return None;
    }
    let (body, tag) = sealed.split_at(sealed.len() - TAG_BYTES);
    let mut plaintext = body[HEADER_BYTES..].to_vec();
    cipher(server_key)
        .decrypt_in_place_detached(
            XNonce::from_slice(&body[1..HEADER_BYTES]),
            &associated_data(context),
            &mut plaintext,
            Tag::from_slice(tag),
        )
        .ok()?;
    Some(plaintext)
}

fn cipher(server_key: &[u8]) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(&subkey(server_key, b"seal xchacha20poly1305").into())
}

fn associated_data(context: &[u8]) -> Vec<u8> {
    [&[SEAL_VERSION], context].concat()
}

/// Sealing in format 1, as 0.3.0 to 0.4.0 wrote it: for the fuzz crate, which checks that such
/// values still open. Nothing in the extension writes format 1.
#[cfg(feature = "fuzzing")]
pub fn seal_legacy(server_key: &[u8], context: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    legacy::seal(server_key, context, plaintext)
}

/// Format 1, unchanged: encrypt-then-MAC, an HMAC-SHA256 keystream (counter mode over a random
/// 16-byte nonce) XORed with the plaintext, then an HMAC-SHA256 tag (first 16 bytes) over version,
/// nonce, context and ciphertext; keystream and tag each under their own subkey of the server key.
mod legacy {
    use subtle::ConstantTimeEq;

    use crate::subkey::{hmac, subkey};

    pub(super) const SEAL_VERSION: u8 = 1;
    pub(super) const NONCE_BYTES: usize = 16;
    pub(super) const TAG_BYTES: usize = 16;

    /// What `seal` was until 0.4.0, kept for the tests and the fuzz crate.
    #[cfg(any(test, feature = "fuzzing"))]
    pub(super) fn seal(
        server_key: &[u8],
        context: &[u8],
        plaintext: &[u8],
    ) -> crate::error::Result<Vec<u8>> {
        let mut nonce = [0u8; NONCE_BYTES];
        crate::random::fill(&mut nonce, "nonce")?;
        let mut sealed = Vec::with_capacity(1 + NONCE_BYTES + plaintext.len() + TAG_BYTES);
        sealed.push(SEAL_VERSION);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(plaintext);
        apply_keystream(server_key, &nonce, &mut sealed[1 + NONCE_BYTES..]);
        let tag = seal_tag(server_key, context, &sealed);
        sealed.extend_from_slice(&tag[..TAG_BYTES]);
        Ok(sealed)
    }

    pub(super) fn open(server_key: &[u8], context: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = &[7u8; 32];

    fn unhex(hex: &str) -> Vec<u8> {
        (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect()
    }

    /// Values sealed by 0.4.0's code (format 1), before format 2 existed: key (32 times the byte),
    /// context, plaintext, sealed.
    const FORMAT_1_VECTORS: &[(u8, &[u8], &[u8], &str)] = &[
        (
            7,
            b"0b7a3c1e-5f2d-4e8a-9c61-2f4d8b1a7e30/1",
            b"123456",
            "01a0eb2b10db64257c578ceb5db40a0178f1522dd12062d7738abce1947dd450397cfa2c5c2109",
        ),
        (
            9,
            b"totp:user-42",
            b"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
            "017edf24af990e062811689ecbc354fcd0305e17dd971ead1a4bc184a4c17b9db2095d3d7fc6b687b4\
             5f8209a1848f4dd465315fe6baf59a4b37febc1512c1910e",
        ),
        (
            1,
            b"",
            b"",
            "01bfac98b5498035503c3d5e6d91c11197b02e8b3da88b64580249b8bae7705149",
        ),
    ];

    /// Every way to spoil `sealed`: each byte flipped in each bit, each cut, a byte added, the
    /// wrong key and contexts. None may open.
    fn assert_only_the_original_opens(key: &[u8], context: &[u8], sealed: &[u8]) {
        for i in 0..sealed.len() {
            for bit in 0..8 {
                let mut tampered = sealed.to_vec();
                tampered[i] ^= 1 << bit;
                assert!(
                    open(key, context, &tampered).is_none(),
                    "byte {i} bit {bit}"
                );
            }
        }
        for length in 0..sealed.len() {
            assert!(
                open(key, context, &sealed[..length]).is_none(),
                "cut {length}"
            );
            assert!(open(key, context, &sealed[sealed.len() - length..]).is_none());
        }
        for extra in [0u8, 1, 0xff] {
            let longer = [sealed, &[extra]].concat();
            assert!(open(key, context, &longer).is_none());
        }
        let mut other_key = key.to_vec();
        other_key[0] ^= 1;
        assert!(open(&other_key, context, sealed).is_none());
        assert!(open(&[key, &[1]].concat(), context, sealed).is_none());
        assert!(open(key, &[context, b"x"].concat(), sealed).is_none());
        assert!(open(key, b"another row", sealed).is_none());
        if !context.is_empty() {
            assert!(open(key, &context[1..], sealed).is_none());
            assert!(open(key, &[], sealed).is_none());
        }
    }

    #[test]
    fn seal_round_trips_and_hides_the_plaintext() {
        for length in [0usize, 1, 6, 31, 32, 33, 64, 65, 100, 1000] {
            let plaintext: Vec<u8> = (0..length).map(|i| b'0' + (i % 10) as u8).collect();
            let sealed = seal(KEY, b"delivery 1", &plaintext).unwrap();
            assert_eq!(sealed.len(), 1 + 24 + length + 16);
            assert_eq!(sealed[0], 2);
            if length >= 6 {
                assert!(!sealed.windows(6).any(|w| w == &plaintext[..6]));
            }
            assert_eq!(open(KEY, b"delivery 1", &sealed).unwrap(), plaintext);
        }
        // A fresh nonce each time: the same plaintext seals differently.
        let (a, b) = (
            seal(KEY, b"c", b"123456").unwrap(),
            seal(KEY, b"c", b"123456").unwrap(),
        );
        assert_ne!(a[1..HEADER_BYTES], b[1..HEADER_BYTES]);
        assert_ne!(a, b);
    }

    #[test]
    fn empty_plaintext_and_context_seal_and_open() {
        let sealed = seal(KEY, b"", b"").unwrap();
        assert_eq!(sealed.len(), 1 + 24 + 16);
        assert_eq!(open(KEY, b"", &sealed).unwrap(), b"");
        assert_only_the_original_opens(KEY, b"", &sealed);
        let sealed = seal(KEY, b"row", b"").unwrap();
        assert_eq!(open(KEY, b"row", &sealed).unwrap(), b"");
        assert!(open(KEY, b"", &sealed).is_none());
    }

    #[test]
    fn open_refuses_wrong_key_context_or_tampering() {
        for plaintext in [&b"123456"[..], b"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"] {
            let sealed = seal(KEY, b"delivery 1", plaintext).unwrap();
            assert_eq!(open(KEY, b"delivery 1", &sealed).unwrap(), plaintext);
            assert!(open(&[8u8; 32], b"delivery 1", &sealed).is_none());
            assert!(open(KEY, b"delivery 2", &sealed).is_none());
            assert_only_the_original_opens(KEY, b"delivery 1", &sealed);
        }
        assert!(open(KEY, b"delivery 1", &[]).is_none());
        for first in 0..=255u8 {
            assert!(open(KEY, b"", &[first]).is_none());
            assert!(open(KEY, b"", &[first; 80]).is_none());
        }
    }

    #[test]
    fn the_key_is_a_subkey_and_the_version_is_authenticated() {
        let sealed = seal(KEY, b"c", b"123456").unwrap();
        let nonce = XNonce::from_slice(&sealed[1..HEADER_BYTES]);
        let tag = Tag::from_slice(&sealed[sealed.len() - TAG_BYTES..]);
        let mut ciphertext = sealed[HEADER_BYTES..sealed.len() - TAG_BYTES].to_vec();
        // Not under the server key itself, nor with the context alone as associated data.
        let raw = XChaCha20Poly1305::new(KEY.into());
        assert!(raw
            .clone()
            .decrypt_in_place_detached(nonce, &[2, b'c'], &mut ciphertext.clone(), tag)
            .is_err());
        assert!(cipher(KEY)
            .decrypt_in_place_detached(nonce, b"c", &mut ciphertext.clone(), tag)
            .is_err());
        cipher(KEY)
            .decrypt_in_place_detached(nonce, &[2, b'c'], &mut ciphertext, tag)
            .unwrap();
        assert_eq!(ciphertext, b"123456");
    }

    #[test]
    fn values_sealed_by_earlier_versions_still_open() {
        for &(key_byte, context, plaintext, hex) in FORMAT_1_VECTORS {
            let key = [key_byte; 32];
            let sealed = unhex(hex);
            assert_eq!(sealed[0], 1);
            assert_eq!(sealed.len(), 1 + 16 + plaintext.len() + 16);
            assert_eq!(open(&key, context, &sealed).unwrap(), plaintext);
            assert_only_the_original_opens(&key, context, &sealed);
        }
        // And what the kept copy of the old code seals, at every length around its blocks.
        for length in [0usize, 1, 6, 31, 32, 33, 100] {
            let plaintext = vec![b'A'; length];
            let sealed = legacy::seal(KEY, b"totp:k", &plaintext).unwrap();
            assert_eq!(sealed[0], 1);
            assert_eq!(open(KEY, b"totp:k", &sealed).unwrap(), plaintext);
            assert!(open(KEY, b"totp:j", &sealed).is_none());
            assert!(open(&[8u8; 32], b"totp:k", &sealed).is_none());
        }
        let sealed = legacy::seal(KEY, b"totp:k", b"JBSWY3DPEHPK3PXP").unwrap();
        assert_only_the_original_opens(KEY, b"totp:k", &sealed);
    }

    #[test]
    fn new_values_never_start_like_old_ones() {
        for length in [0usize, 6, 32] {
            for _ in 0..64 {
                let sealed = seal(KEY, b"c", &vec![1u8; length]).unwrap();
                assert_eq!(sealed[0], SEAL_VERSION);
                assert_ne!(sealed[0], legacy::SEAL_VERSION);
                // Nor does either format open when relabelled as the other.
                let mut relabelled = sealed.clone();
                relabelled[0] = legacy::SEAL_VERSION;
                assert!(open(KEY, b"c", &relabelled).is_none());
                assert!(legacy::open(KEY, b"c", &sealed).is_none());
            }
        }
        let old = legacy::seal(KEY, b"c", &[0u8; 40]).unwrap();
        let mut relabelled = old.clone();
        relabelled[0] = SEAL_VERSION;
        assert!(open(KEY, b"c", &relabelled).is_none());
        assert!(open_current(KEY, b"c", &old).is_none());
    }

    /// Seal-and-open of a 6-digit code and of a 32-character TOTP secret, format 1 against
    /// format 2: `cargo test -p otp_pg_core --release seal_timing -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn seal_timing() {
        use std::hint::black_box;
        use std::time::Instant;
        const ROUNDS: u32 = 200_000;
        let context = b"0b7a3c1e-5f2d-4e8a-9c61-2f4d8b1a7e30/1";
        for plaintext in [&b"123456"[..], b"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"] {
            for (name, seal_fn) in [
                (
                    "format 1",
                    legacy::seal as fn(&[u8], &[u8], &[u8]) -> Result<Vec<u8>>,
                ),
                ("format 2", seal),
            ] {
                let start = Instant::now();
                for _ in 0..ROUNDS {
                    let sealed = seal_fn(black_box(KEY), context, black_box(plaintext)).unwrap();
                    black_box(open(KEY, context, &sealed).unwrap());
                }
                let per = start.elapsed() / ROUNDS;
                println!("{name}, {} bytes: seal+open {per:?}", plaintext.len());
                let sealed = seal_fn(KEY, context, plaintext).unwrap();
                let start = Instant::now();
                for _ in 0..ROUNDS {
                    black_box(open(black_box(KEY), context, black_box(&sealed)).unwrap());
                }
                let per = start.elapsed() / ROUNDS;
                println!("{name}, {} bytes: open {per:?}", plaintext.len());
            }
        }
    }
}
