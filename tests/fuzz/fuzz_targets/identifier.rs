//! identifier::normalize, identifier::rate_subject and identifier::mask for both channels.
//!
//! - mask and rate_subject of any text at all: no panic (SQL only hands them stored, normalised
//!   identifiers, but older versions stored other forms), and rate_subject is idempotent.
//! - normalize: a result is its own normalisation (one delivery form per address), has the shape
//!   README states, and its mask is exactly the documented one; an error names `identifier` and
//!   starts with one of the documented reasons.
//! - One subject per mailbox: adding a `+tag` to a normalised address, or (at gmail.com) a dot,
//!   does not change the rate-limit subject.
//!
//! Input: channel byte (even: email, odd: sms), then the identifier.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::identifier::{
    self, Channel, MAX_DOMAIN_LABEL_LENGTH, MAX_EMAIL_LENGTH, MAX_PHONE_DIGITS,
};
use otp_pg_fuzz::{assert_invalid, Input};

/// README: no whitespace or control characters survive; one `@`; a local part; an ASCII domain
/// (letters, digits, hyphens) with at least two non-empty labels of at most 63 bytes, no label
/// starting or ending with a hyphen; at most 254 bytes in all.
fn check_email_shape(typed: &str, normalized: &str) {
    assert!(
        normalized.len() <= MAX_EMAIL_LENGTH,
        "{typed:?} -> {normalized:?}"
    );
    assert!(
        !normalized
            .chars()
            .any(|c| c.is_whitespace() || c.is_control()),
        "{typed:?} -> {normalized:?}"
    );
    assert!(
        !typed
            .trim()
            .chars()
            .any(|c| c.is_whitespace() || c.is_control()),
        "{typed:?} accepted"
    );
    let (local, domain) = normalized.split_once('@').unwrap();
    assert!(!local.is_empty() && !domain.contains('@'), "{normalized:?}");
    let labels: Vec<&str> = domain.split('.').collect();
    assert!(labels.len() >= 2, "{normalized:?}");
    for label in labels {
        assert!(
            !label.is_empty()
                && label.len() <= MAX_DOMAIN_LABEL_LENGTH
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{normalized:?}"
        );
    }
}

/// README: E.164, a `+` and at most 15 digits; only digits, spaces, dashes, dots, parentheses and
/// one leading `+` were typed.
fn check_phone_shape(typed: &str, normalized: &str) {
    let digits = normalized.strip_prefix('+').unwrap();
    assert!(
        (1..=MAX_PHONE_DIGITS).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0'),
        "{typed:?} -> {normalized:?}"
    );
    let body = typed.trim();
    let body = body.strip_prefix('+').unwrap_or(body);
    assert!(
        body.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')')),
        "{typed:?} accepted"
    );
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

/// A rate-limit subject, checked to be its own subject.
fn subject(text: &str, channel: Channel) -> String {
    let subject = identifier::rate_subject(text, channel);
    assert_eq!(
        identifier::rate_subject(&subject, channel),
        subject,
        "{channel:?} {text:?}"
    );
    subject
}

/// Spellings of one mailbox share its subject: the address with a `+tag` at the end of its local
/// part; at gmail.com also with a dot after the first character, and at googlemail.com.
fn check_one_subject_per_mailbox(normalized: &str) {
    let own = subject(normalized, Channel::Email);
    let (local, domain) = normalized.split_once('@').unwrap();
    if !local.contains('+') {
        if let Ok(tagged) = identifier::normalize(&format!("{local}+x@{domain}"), Channel::Email) {
            assert_eq!(subject(&tagged, Channel::Email), own, "{normalized:?}");
        }
    }
    if domain == "gmail.com" {
        let first = local.chars().next().unwrap();
        let dotted = format!("{first}.{}@{domain}", &local[first.len_utf8()..]);
        if let Ok(dotted) = identifier::normalize(&dotted, Channel::Email) {
            assert_eq!(subject(&dotted, Channel::Email), own, "{normalized:?}");
        }
        let google = format!("{local}@googlemail.com");
        if let Ok(google) = identifier::normalize(&google, Channel::Email) {
            assert_eq!(subject(&google, Channel::Email), own, "{normalized:?}");
        }
    }
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
    subject(&typed, channel); // any text: no panic, idempotent

    let reasons = match channel {
        Channel::Email => &["is empty", "is longer than", "is not an e-mail address: "][..],
        Channel::Sms => &[
            "is not a phone number: ",
            "is not in international form: ",
            "is not a valid phone number: ",
        ][..],
    };
    match identifier::normalize(&typed, channel) {
        Ok(normalized) => {
            // One delivery form per address: normalising again changes nothing.
            assert_eq!(
                identifier::normalize(&normalized, channel).as_ref(),
                Ok(&normalized),
                "{channel:?} {typed:?}"
            );
            match channel {
                Channel::Email => {
                    check_email_shape(&typed, &normalized);
                    check_email_mask(&normalized);
                    check_one_subject_per_mailbox(&normalized);
                }
                Channel::Sms => {
                    check_phone_shape(&typed, &normalized);
                    check_phone_mask(&normalized);
                    assert_eq!(subject(&normalized, channel), normalized);
                }
            }
        }
        Err(err) => {
            assert_invalid(&err, "identifier");
            assert!(
                reasons.iter().any(|start| err.reason.starts_with(start)),
                "{typed:?}: {}",
                err.reason
            );
        }
    }
});
