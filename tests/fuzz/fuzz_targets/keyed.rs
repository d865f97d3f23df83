//! seal (XChaCha20-Poly1305, and the HMAC format of 0.3.0 to 0.4.0 it still opens) and
//! keyed_digest (of codes). Whatever is sealed, in either format, opens with the same key and
//! context to the same bytes, and with nothing else: another key, another context, one flipped
//! bit, a cut, the other format's version byte, or bytes that never came from seal (open of
//! arbitrary bytes returns None and never panics). Digests match exactly the codes they were made
//! from, and keyed_digest::find reports a position that holds the digest.
//!
//! Input: tamper byte, selector byte, key (length byte first), context (length byte first), a
//! 16-byte challenge id, then the rest: plaintext, typed code, sealed-value and digest candidates
//! all at once.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::{challenge_code, keyed_digest, seal};
use otp_pg_fuzz::Input;

/// A different key that HMAC does not treat as the same: appending a zero byte would be (keys
/// shorter than the block are zero-padded), so flip a bit or append a non-zero byte.
fn other_key(key: &[u8], tamper: u8) -> Vec<u8> {
    let mut other = key.to_vec();
    match other.len() {
        0 => other.push(1),
        len => other[usize::from(tamper) % len] ^= 1 << (tamper % 8),
    }
    other
}

/// `sealed` (of `plaintext`) opens under its key and context, and not when anything is changed.
fn check_sealed(
    key: &[u8],
    context: &[u8],
    plaintext: &[u8],
    sealed: &[u8],
    tamper: u8,
    selector: u8,
) {
    assert_eq!(seal::open(key, context, sealed).as_deref(), Some(plaintext));
    assert_eq!(seal::open(&other_key(key, tamper), context, sealed), None);
    let mut longer_context = context.to_vec();
    longer_context.push(tamper);
    assert_eq!(seal::open(key, &longer_context, sealed), None);
    if let Some((_, shorter_context)) = context.split_last() {
        assert_eq!(seal::open(key, shorter_context, sealed), None);
    }
    let mut flipped = sealed.to_vec();
    flipped[usize::from(tamper) % sealed.len()] ^= 1 << (selector % 8);
    assert_eq!(seal::open(key, context, &flipped), None);
    let mut relabelled = sealed.to_vec();
    relabelled[0] ^= 3; // 1 <-> 2
    assert_eq!(seal::open(key, context, &relabelled), None);
    let cut = usize::from(selector) % sealed.len();
    assert_eq!(seal::open(key, context, &sealed[..cut]), None);
    assert_eq!(seal::open(key, context, &sealed[..sealed.len() - 1]), None);
    assert_eq!(
        seal::open(key, context, &[sealed, &[tamper]].concat()),
        None
    );
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let tamper = input.byte();
    let selector = input.byte();
    let key = input.short_bytes();
    let context = input.short_bytes();
    let challenge: [u8; 16] = input.array();
    let rest = input.rest();

    // Seal and open, in format 2 (what seal writes) and format 1 (what 0.4.0 wrote).
    let sealed = seal::seal(key, context, rest).unwrap();
    assert_eq!(sealed.len(), 1 + 24 + rest.len() + 16);
    assert_eq!(sealed[0], 2);
    check_sealed(key, context, rest, &sealed, tamper, selector);
    let legacy = seal::seal_legacy(key, context, rest).unwrap();
    assert_eq!(legacy.len(), 1 + 16 + rest.len() + 16);
    assert_eq!(legacy[0], 1);
    check_sealed(key, context, rest, &legacy, tamper, selector);
    // Arbitrary bytes, as they are and as either format, open to nothing.
    assert_eq!(seal::open(key, context, rest), None, "a forgery opened");
    for version in [1u8, 2] {
        let forged = [&[version], rest].concat();
        assert_eq!(seal::open(key, context, &forged), None, "a forgery opened");
    }

    // Challenge codes: a digest matches its own code however it was typed, and no other.
    let typed = String::from_utf8_lossy(rest);
    match challenge_code::clean(&typed) {
        Some(cleaned) => {
            let digest = keyed_digest::challenge_code(key, &challenge, &cleaned);
            assert!(keyed_digest::challenge_code_matches(
                key, &challenge, &typed, &digest
            ));
            assert!(!keyed_digest::challenge_code_matches(
                &other_key(key, tamper),
                &challenge,
                &typed,
                &digest
            ));
            let mut other_challenge = challenge;
            other_challenge[usize::from(tamper % 16)] ^= 1;
            assert!(!keyed_digest::challenge_code_matches(
                key,
                &other_challenge,
                &typed,
                &digest
            ));
            let last = cleaned.as_bytes()[cleaned.len() - 1];
            let wrong = format!(
                "{}{}",
                &cleaned[..cleaned.len() - 1],
                (b'0' + (last - b'0' + 1) % 10) as char
            );
            assert!(!keyed_digest::challenge_code_matches(
                key, &challenge, &wrong, &digest
            ));
            assert!(!keyed_digest::challenge_code_matches(
                key,
                &challenge,
                &typed,
                &digest[..31]
            ));
        }
        None => {
            let digest = keyed_digest::challenge_code(key, &challenge, &typed);
            assert!(!keyed_digest::challenge_code_matches(
                key, &challenge, &typed, &digest
            ));
        }
    }

    // Recovery digests bind the owner's length: moving a character between owner and code
    // changes the digest.
    let owner = String::from_utf8_lossy(context);
    if let Some(first) = typed.chars().next() {
        let moved = format!("{owner}{first}");
        assert_ne!(
            keyed_digest::recovery_code(key, &owner, &typed),
            keyed_digest::recovery_code(key, &moved, &typed[first.len_utf8()..])
        );
    }

    // keyed_digest::find: 0 when absent, else a 1-based position holding the digest.
    let candidates: Vec<&[u8]> = rest.chunks(1 + usize::from(selector % 40)).collect();
    let wanted: &[u8] = match candidates.len() {
        0 => key,
        count => candidates[usize::from(tamper) % count],
    };
    let holding: Vec<usize> = (1..=candidates.len())
        .filter(|&i| candidates[i - 1] == wanted)
        .collect();
    let found = keyed_digest::find(&candidates, wanted);
    if holding.is_empty() {
        assert_eq!(found, 0);
    } else if holding.len() == 1 {
        assert_eq!(found, holding[0]);
    } else {
        assert!(holding.contains(&found), "{found} not in {holding:?}");
    }
});
