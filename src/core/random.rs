//! Randomness from the operating system's CSPRNG: server keys, and strings of uniform decimal
//! digits. Secrets (`secret`), challenge codes (`challenge_code`) and recovery codes
//! (`recovery_code`) are drawn through here.

use rand::rngs::OsRng;
use rand::TryRngCore;

use crate::error::{ErrorClass, InputError, Result};

/// Length of a server key: the key of HMAC-SHA256, whose output it is as long as.
pub const SERVER_KEY_BYTES: usize = 32;
/// The longest string [`decimal_digits`] draws: 10^19 is the largest power of ten below 2^64.
pub const MAX_DECIMAL_DIGITS: u32 = 19;

/// Fills `buffer` from the operating system's CSPRNG; a failure is reported for `argument`.
pub fn fill(buffer: &mut [u8], argument: &'static str) -> Result<()> {
    OsRng.try_fill_bytes(buffer).map_err(|err| InputError {
        argument,
        class: ErrorClass::System,
        reason: format!("could not be drawn from the operating system's random source: {err}"),
    })
}

/// A fresh server key.
pub fn new_server_key() -> Result<[u8; SERVER_KEY_BYTES]> {
    let mut key = [0u8; SERVER_KEY_BYTES];
    fill(&mut key, "server key")?;
    Ok(key)
}

/// `length` decimal digits (1 to [`MAX_DECIMAL_DIGITS`]), uniform over all 10^length values
/// (rejection sampling, so no modulo bias). A failure is reported for `code`.
pub fn decimal_digits(length: u32) -> Result<String> {
    debug_assert!((1..=MAX_DECIMAL_DIGITS).contains(&length));
    let range = 10u64.pow(length);
    // The largest multiple of `range` that fits: values at or above it would favour small codes.
    let limit = u64::MAX - (u64::MAX % range);
    loop {
        let mut bytes = [0u8; 8];
        fill(&mut bytes, "code")?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_have_the_length_and_are_uniform() {
        for length in 1..=MAX_DECIMAL_DIGITS {
            let digits = decimal_digits(length).unwrap();
            assert_eq!(digits.len(), length as usize);
            assert!(digits.bytes().all(|b| b.is_ascii_digit()));
        }
        // 20 000 four-digit strings: every leading digit close to 10% (far outside 6 sigma fails).
        let mut counts = [0u32; 10];
        for _ in 0..20_000 {
            counts[(decimal_digits(4).unwrap().as_bytes()[0] - b'0') as usize] += 1;
        }
        for count in counts {
            assert!((1_750..=2_250).contains(&count), "{counts:?}");
        }
    }
}
