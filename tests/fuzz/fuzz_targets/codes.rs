//! The parsers of typed codes against their stated rules: hotp::parse_code (TOTP/HOTP codes),
//! challenge_code::clean (challenge codes) and recovery_code::normalize (recovery codes).
//!
//! Input: digits byte (6 + n % 5), then the typed code.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::hotp::{self, Digits};
use otp_pg_core::{challenge_code, recovery_code};
use otp_pg_fuzz::Input;

/// Spaces ignored; exactly `digits` ASCII digits and nothing else.
fn expected_code(typed: &str, digits: u32) -> Option<u64> {
    let kept: String = typed.chars().filter(|&c| c != ' ').collect();
    let valid = kept.len() == digits as usize && kept.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| kept.parse().unwrap())
}

/// Spaces ignored; 1 to 10 ASCII digits.
fn expected_clean(typed: &str) -> Option<String> {
    let kept: String = typed.chars().filter(|&c| c != ' ').collect();
    let valid = (1..=10).contains(&kept.len()) && kept.bytes().all(|b| b.is_ascii_digit());
    valid.then_some(kept)
}

/// README: case, spaces and dashes ignored, O/I/L read as 0/1/1; ten Crockford base32 symbols.
fn expected_recovery(typed: &str) -> Option<String> {
    const CROCKFORD: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut canonical = String::new();
    for c in typed.chars().filter(|&c| c != ' ' && c != '-') {
        let symbol = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other if CROCKFORD.contains(other) => other,
            _ => return None,
        };
        canonical.push(symbol);
    }
    (canonical.chars().count() == 10).then_some(canonical)
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let digits = Digits::new(6 + i32::from(input.byte() % 5)).unwrap();
    let typed = input.rest_text();

    let parsed = hotp::parse_code(&typed, digits);
    assert_eq!(parsed, expected_code(&typed, digits.get()), "{typed:?}");
    if let Some(value) = parsed {
        assert_eq!(hotp::format_code(value, digits), typed.replace(' ', ""));
    }

    assert_eq!(
        challenge_code::clean(&typed),
        expected_clean(&typed),
        "{typed:?}"
    );

    let recovery = recovery_code::normalize(&typed);
    assert_eq!(recovery, expected_recovery(&typed), "{typed:?}");
    if let Some(canonical) = recovery {
        // The canonical form is a fixed point: stored digests are of it.
        assert_eq!(
            recovery_code::normalize(&canonical),
            Some(canonical.clone())
        );
    }
});
