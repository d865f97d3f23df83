//! identifier::normalize for both channels against the rules README.md states, identifier::mask
//! of every normalised identifier checked exactly, and mask of any text at all (SQL only masks
//! stored, normalised identifiers, but mask must not panic on anything).
//!
//! Input: channel byte (even: email, odd: sms), then the identifier.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::identifier::{
    self, Channel, MAX_EMAIL_LENGTH, MAX_PHONE_DIGITS, MIN_PHONE_DIGITS,
};
use otp_pg_core::{assert_invalid, Input};

/// README: trimmed and lower-cased; exactly one `@`, something before it, a domain with a dot
/// between non-empty labels, no whitespace or control characters, at most 254 bytes.
fn expected_email(typed: &str) -> Option<String> {
    let email = typed.trim().to_lowercase();
    let ats = email.matches('@').count();
    let (local, domain) = email.split_once('@')?;
    let labels: Vec<&str> = domain.split('.').collect();
    let valid = ats == 1
        && !local.is_empty()
        && labels.len() >= 2
        && labels.iter().all(|label| !label.is_empty())
        && email.len() <= MAX_EMAIL_LENGTH
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    valid.then_some(email)
}

/// README: spaces, dashes, dots and parentheses removed, a leading `+` kept, otherwise digits only,
/// 7 to 15 of them.
fn expected_phone(typed: &str) -> Option<String> {
    let trimmed = typed.trim();
    let (plus, body) = match trimmed.strip_prefix('+') {
        Some(body) => ("+", body),
        None => ("", trimmed),
    };
    let mut digits = String::new();
    for c in body.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if !matches!(c, ' ' | '-' | '.' | '(' | ')') {
            return None;
        }
    }
    (MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS)
        .contains(&digits.len())
        .then(|| format!("{plus}{digits}"))
}

fn check_email_mask(normalized: &str) {
    let masked = identifier::mask(normalized, Channel::Email);
    let (local, domain) = normalized.split_once('@').unwrap();
    let chars: Vec<char> = local.chars().collect();
    let shown = match chars.len() {
        1 | 2 => format!("{}***", chars[0]),
        n => format!("{}***{}", chars[0], chars[n - 1]),
    };
    assert_eq!(masked, format!("{shown}@{domain}"), "{normalized:?}");
}

fn check_phone_mask(normalized: &str) {
    let masked = identifier::mask(normalized, Channel::Sms);
    assert_eq!(
        masked.len(),
        normalized.len(),
        "{normalized:?} -> {masked:?}"
    );
    let digits = normalized.trim_start_matches('+');
    let hidden = digits.len() - 2;
    let plus = &normalized[..normalized.len() - digits.len()];
    assert_eq!(
        masked,
        format!("{plus}{}{}", "*".repeat(hidden), &digits[hidden..]),
        "{normalized:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let channel = if input.byte() & 1 == 0 {
        Channel::Email
    } else {
        Channel::Sms
    };
    let typed = input.rest_text();
    identifier::mask(&typed, channel); // any text: no panic

    let (expected, reasons) = match channel {
        Channel::Email => (
            expected_email(&typed),
            &["is empty", "is longer than", "is not an e-mail address: "][..],
        ),
        Channel::Sms => (expected_phone(&typed), &["is not a phone number: "][..]),
    };
    match (identifier::normalize(&typed, channel), expected) {
        (Ok(normalized), Some(expected)) => {
            assert_eq!(normalized, expected, "{typed:?}");
            // One subject per person: normalising again changes nothing.
            assert_eq!(
                identifier::normalize(&normalized, channel).unwrap(),
                normalized
            );
            match channel {
                Channel::Email => check_email_mask(&normalized),
                Channel::Sms => check_phone_mask(&normalized),
            }
        }
        (Err(err), None) => {
            assert_invalid(&err, "identifier");
            assert!(
                reasons.iter().any(|start| err.reason.starts_with(start)),
                "{typed:?}: {}",
                err.reason
            );
        }
        (got, expected) => panic!("{channel:?} {typed:?}: got {got:?}, expected {expected:?}"),
    }
});
