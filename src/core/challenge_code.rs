//! The codes a challenge sends (by e-mail or SMS): their length limits, drawing one, and reading
//! one back as it was typed.

use crate::error::{InputError, Result};
use crate::random;

/// The shortest code a challenge may send (a policy's `code_length`).
pub const MIN_LENGTH: usize = 4;
/// The longest code a challenge may send; a typed code longer than this is no code.
pub const MAX_LENGTH: usize = 10;

/// A new code of `length` digits, MIN_LENGTH to MAX_LENGTH, uniform over all of them.
pub fn new(length: i32) -> Result<String> {
    match u32::try_from(length) {
        Ok(digits) if (MIN_LENGTH..=MAX_LENGTH).contains(&(digits as usize)) => {
            random::decimal_digits(digits)
        }
        _ => Err(InputError::invalid(
            "code_length",
            format!("must be between {MIN_LENGTH} and {MAX_LENGTH}"),
        )),
    }
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
    fn lengths_within_the_limits() {
        for length in MIN_LENGTH..=MAX_LENGTH {
            let code = new(length as i32).unwrap();
            assert_eq!(code.len(), length);
            assert_eq!(clean(&code), Some(code));
        }
        for length in [i32::MIN, -1, 0, 3, 11, 19, i32::MAX] {
            let err = new(length).unwrap_err();
            assert_eq!(err.to_string(), "code_length must be between 4 and 10");
        }
    }
}
