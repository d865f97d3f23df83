//! HMAC (RFC 2104) of one HOTP counter, built on the hash functions' block compression.
//!
//! The message of HOTP is always the 8-byte counter, so with the key's two pads hashed once,
//! every counter costs exactly two compressions: the inner block (counter, padding, length) and
//! the outer block (inner digest, padding, length). The `hmac` crate's streaming API does the
//! same hashing, but its buffering and the moves of its state by value cost, in profiles of
//! otp_hotp, as much again as the hashing itself. Tests check this module against that crate.

use sha1::digest::generic_array::GenericArray;
use sha1::Digest;

/// A hash function as the MAC needs it: its state, one-block compression and digest bytes.
pub trait BlockHash: Copy {
    /// Bytes per block (64 for SHA-1 and SHA-256, 128 for SHA-512).
    const BLOCK: usize;
    /// Bytes of the digest.
    const OUTPUT: usize;
    /// The initial hash value (FIPS 180-4 section 5.3).
    fn initial() -> Self;
    /// Hashes one block of `BLOCK` bytes into the state.
    fn compress(&mut self, block: &[u8]);
    /// Writes the state as the digest, big-endian, into `out[..OUTPUT]`.
    fn write_digest(&self, out: &mut [u8]);
    /// The digest of `data` in one go, for keys longer than a block; returns OUTPUT bytes in `out`.
    fn digest_into(data: &[u8], out: &mut [u8]);
}

/// The largest block of the three, so one buffer type serves all.
const MAX_BLOCK: usize = 128;

/// Writes hash-state words into `out` as big-endian bytes, one after another.
fn write_words<W: Copy, const N: usize>(words: &[W], out: &mut [u8], to_bytes: fn(W) -> [u8; N]) {
    for (&word, bytes) in words.iter().zip(out.chunks_exact_mut(N)) {
        bytes.copy_from_slice(&to_bytes(word));
    }
}

#[derive(Clone, Copy)]
pub struct Sha1State([u32; 5]);

#[derive(Clone, Copy)]
pub struct Sha256State([u32; 8]);

#[derive(Clone, Copy)]
pub struct Sha512State([u64; 8]);

impl BlockHash for Sha1State {
    const BLOCK: usize = 64;
    const OUTPUT: usize = 20;

    fn initial() -> Self {
        Sha1State([0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0])
    }

    fn compress(&mut self, block: &[u8]) {
        sha1::compress(&mut self.0, &[*GenericArray::from_slice(block)]);
    }

    fn write_digest(&self, out: &mut [u8]) {
        write_words(&self.0, out, u32::to_be_bytes);
    }

    fn digest_into(data: &[u8], out: &mut [u8]) {
        out[..Self::OUTPUT].copy_from_slice(&sha1::Sha1::digest(data));
    }
}

impl BlockHash for Sha256State {
    const BLOCK: usize = 64;
    const OUTPUT: usize = 32;

    fn initial() -> Self {
        Sha256State([
            0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB,
            0x5BE0CD19,
        ])
    }

    fn compress(&mut self, block: &[u8]) {
        sha2::compress256(&mut self.0, &[*GenericArray::from_slice(block)]);
    }

    fn write_digest(&self, out: &mut [u8]) {
        write_words(&self.0, out, u32::to_be_bytes);
    }

    fn digest_into(data: &[u8], out: &mut [u8]) {
        out[..Self::OUTPUT].copy_from_slice(&sha2::Sha256::digest(data));
    }
}

impl BlockHash for Sha512State {
    const BLOCK: usize = 128;
    const OUTPUT: usize = 64;

    fn initial() -> Self {
        Sha512State([
            0x6A09E667F3BCC908,
            0xBB67AE8584CAA73B,
            0x3C6EF372FE94F82B,
            0xA54FF53A5F1D36F1,
            0x510E527FADE682D1,
            0x9B05688C2B3E6C1F,
            0x1F83D9ABFB41BD6B,
            0x5BE0CD19137E2179,
        ])
    }

    fn compress(&mut self, block: &[u8]) {
        sha2::compress512(&mut self.0, &[*GenericArray::from_slice(block)]);
    }

    fn write_digest(&self, out: &mut [u8]) {
        write_words(&self.0, out, u64::to_be_bytes);
    }

    fn digest_into(data: &[u8], out: &mut [u8]) {
        out[..Self::OUTPUT].copy_from_slice(&sha2::Sha512::digest(data));
    }
}

/// An HMAC key with both pads already hashed.
pub struct CounterMac<H: BlockHash> {
    inner: H,
    outer: H,
}

impl<H: BlockHash> CounterMac<H> {
    pub fn new(key: &[u8]) -> Self {
        // RFC 2104 section 2: a key longer than a block is hashed first; the key is then padded
        // with zeros to a block and XORed with the inner and outer pad bytes.
        let mut block = [0u8; MAX_BLOCK];
        if key.len() > H::BLOCK {
            H::digest_into(key, &mut block);
        } else {
            block[..key.len()].copy_from_slice(key);
        }
        let (mut inner, mut outer) = (H::initial(), H::initial());
        let mut padded = [0u8; MAX_BLOCK];
        for (out, byte) in padded.iter_mut().zip(&block[..H::BLOCK]) {
            *out = byte ^ 0x36;
        }
        inner.compress(&padded[..H::BLOCK]);
        for (out, byte) in padded.iter_mut().zip(&block[..H::BLOCK]) {
            *out = byte ^ 0x5C;
        }
        outer.compress(&padded[..H::BLOCK]);
        CounterMac { inner, outer }
    }

    /// The MAC of the big-endian `counter`, in `out[..H::OUTPUT]`.
    pub fn mac(&self, counter: u64, out: &mut [u8]) {
        // Inner hash: the pad block is already in the state; the counter ends the message.
        let mut block = [0u8; MAX_BLOCK];
        block[..8].copy_from_slice(&counter.to_be_bytes());
        finish_block::<H>(&mut block, 8);
        let mut inner = self.inner;
        inner.compress(&block[..H::BLOCK]);

        // Outer hash over the inner digest.
        let mut block = [0u8; MAX_BLOCK];
        inner.write_digest(&mut block);
        finish_block::<H>(&mut block, H::OUTPUT);
        let mut outer = self.outer;
        outer.compress(&block[..H::BLOCK]);
        outer.write_digest(out);
    }
}

/// Pads the final block of a two-block message whose second block holds `used` bytes: the 0x80
/// marker, zeros, and the message length in bits (one pad block plus `used`) at the end.
fn finish_block<H: BlockHash>(block: &mut [u8; MAX_BLOCK], used: usize) {
    // The length field is an eighth of the block (8 bytes, 16 for SHA-512); the marker byte and
    // the data must fit before it.
    debug_assert!(used < H::BLOCK - H::BLOCK / 8);
    block[used] = 0x80;
    // The length fits in 64 bits; SHA-512's 16-byte field keeps its upper 8 bytes zero.
    let bits = ((H::BLOCK + used) as u64) * 8;
    block[H::BLOCK - 8..H::BLOCK].copy_from_slice(&bits.to_be_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use hmac::{Hmac, Mac};
    use rand::{rngs::StdRng, Rng, SeedableRng};

    fn reference<M: Mac + hmac::digest::KeyInit>(key: &[u8], counter: u64) -> Vec<u8> {
        let mut mac = <M as Mac>::new_from_slice(key).unwrap();
        mac.update(&counter.to_be_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    fn ours<H: BlockHash>(key: &[u8], counter: u64) -> Vec<u8> {
        let mut out = [0u8; 64];
        CounterMac::<H>::new(key).mac(counter, &mut out);
        out[..H::OUTPUT].to_vec()
    }

    #[test]
    fn equals_the_hmac_crate_for_keys_of_every_length_around_the_block_sizes() {
        let mut random = StdRng::seed_from_u64(4226);
        for length in 0..=300 {
            for _ in 0..4 {
                let key: Vec<u8> = (0..length).map(|_| random.random()).collect();
                let counter: u64 = random.random();
                assert_eq!(
                    ours::<Sha1State>(&key, counter),
                    reference::<Hmac<sha1::Sha1>>(&key, counter),
                    "SHA-1, key length {length}"
                );
                assert_eq!(
                    ours::<Sha256State>(&key, counter),
                    reference::<Hmac<sha2::Sha256>>(&key, counter),
                    "SHA-256, key length {length}"
                );
                assert_eq!(
                    ours::<Sha512State>(&key, counter),
                    reference::<Hmac<sha2::Sha512>>(&key, counter),
                    "SHA-512, key length {length}"
                );
            }
        }
    }

    #[test]
    fn rfc4226_appendix_d_hmac_values() {
        // The full HMAC-SHA-1 values of RFC 4226 appendix D, counters 0 and 9.
        let key = b"12345678901234567890";
        assert_eq!(
            ours::<Sha1State>(key, 0),
            hex("cc93cf18508d94934c64b65d8ba7667fb7cde4b0")
        );
        assert_eq!(
            ours::<Sha1State>(key, 9),
            hex("1637409809a679dc698207310c8c7fc07290d9e5")
        );
    }

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }
}
