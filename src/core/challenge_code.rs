//! The codes a challenge sends (by e-mail or SMS): their length limits, drawing one, and reading
//! one back as it was typed.

use crate::error::Result;
use crate::random;

/// The shortest code a challenge may send: the low bound of a policy's `code_length`.
pub const MIN_LENGTH: usize = 4;
/// The longest code a challenge may send, the high bound of a policy's `code_length`; a typed code
/// longer than this is no code.
pub const MAX_LENGTH: usize = 10;

/// A new code of `length` digits, uniform over all of them. The caller has checked `length`
/// against MIN_LENGTH and MAX_LENGTH (the SQL layer, with a policy's other settings).
pub fn new(length: u32) -> Result<String> {
    debug_assert!((MIN_LENGTH..=MAX_LENGTH).contains(&(length as usize)));
    random::decimal_digits(length)
}

/// Strips the spaces people type into codes; None when anything but digits remains or it is longer
/// than any code otp_pg issues. Lengths are not secret, so this may exit early.
pub fn clean(code: &str) -> Option<String> {
    let cleaned: String = code
        .chars()
        .filter(|c| *c != ' ')
        .take(MAX_LENGTH + 1)
        .collect();
    (!cleaned.is_empty()
        && cleaned.len() <= MAX_LENGTH
        && cleaned.bytes().all(|b| b.is_ascii_digit()))
    .then_some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_length_draws_codes_that_read_back() {
        for length in MIN_LENGTH..=MAX_LENGTH {
            let code = new(length as u32).unwrap();
            assert_eq!(code.len(), length);
            assert_eq!(clean(&code), Some(code.clone()));
        }
        assert_eq!(clean(&"1".repeat(MAX_LENGTH + 1)), None);
    }
}
