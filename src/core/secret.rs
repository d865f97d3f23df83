//! Shared secrets drawn from the operating system's CSPRNG.

use crate::base32;
use crate::error::{InputError, Result};
use crate::random;

/// RFC 4226 section 4 requires at least 128 bits; 160 (20 bytes) is its recommendation.
pub const MIN_BYTES: i32 = 16;
pub const MAX_BYTES: i32 = 128;
pub const DEFAULT_BYTES: i32 = 20;

/// `bytes` random bytes.
pub fn random_bytes(bytes: i32) -> Result<Vec<u8>> {
    if !(MIN_BYTES..=MAX_BYTES).contains(&bytes) {
        return Err(InputError::invalid(
            "bytes",
            format!("must be between {MIN_BYTES} and {MAX_BYTES} (got {bytes})"),
        ));
    }
    let mut key = vec![0u8; bytes as usize];
    random::fill(&mut key, "bytes")?;
    Ok(key)
}

/// A new secret as unpadded upper-case base32, the form authenticator apps take.
pub fn generate(bytes: i32) -> Result<String> {
    Ok(base32::encode(&random_bytes(bytes)?, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_bounds() {
        for bytes in [MIN_BYTES, DEFAULT_BYTES, 32, MAX_BYTES] {
            let secret = generate(bytes).unwrap();
            assert_eq!(secret.len(), (bytes as usize * 8).div_ceil(5));
            assert_eq!(
                base32::decode(&secret, "secret").unwrap().len(),
                bytes as usize
            );
        }
        for bytes in [i32::MIN, -1, 0, MIN_BYTES - 1, MAX_BYTES + 1] {
            assert_eq!(generate(bytes).unwrap_err().argument, "bytes");
        }
    }

    #[test]
    fn secrets_differ_and_use_every_symbol() {
        let secrets: Vec<String> = (0..200).map(|_| generate(20).unwrap()).collect();
        let distinct: std::collections::HashSet<_> = secrets.iter().collect();
        assert_eq!(distinct.len(), secrets.len());
        // 200 x 32 symbols: each of the 32 letters appears about 200 times; missing one means a
        // broken source or encoder, not bad luck (probability far below 1e-20).
        let all: String = secrets.concat();
        for symbol in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".chars() {
            assert!(all.contains(symbol), "symbol {symbol} never drawn");
        }
    }
}
