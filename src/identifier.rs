//! Delivery channels and the identifiers they address: normalisation, so that one person is one
//! rate-limit subject however they type their address, and masking for display.

use crate::error::{InputError, Result};
use crate::hotp::truncate_for_message;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    /// `email` or `sms`, in any case.
    pub fn parse(name: &str) -> Result<Self> {
        if name.eq_ignore_ascii_case("email") {
            Ok(Channel::Email)
        } else if name.eq_ignore_ascii_case("sms") {
            Ok(Channel::Sms)
        } else {
            Err(InputError::invalid(
                "channel",
                format!(
                    "must be 'email' or 'sms' (got \"{}\")",
                    truncate_for_message(name)
                ),
            ))
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }
}

/// RFC 5321 limits a forward path to 256 octets including the angle brackets.
pub const MAX_EMAIL_LENGTH: usize = 254;
/// E.164: at most 15 digits; fewer than 7 is no callable subscriber number.
pub const MIN_PHONE_DIGITS: usize = 7;
pub const MAX_PHONE_DIGITS: usize = 15;

pub fn normalize(identifier: &str, channel: Channel) -> Result<String> {
    match channel {
        Channel::Email => normalize_email(identifier),
        Channel::Sms => normalize_phone(identifier),
    }
}

fn invalid(reason: impl Into<String>) -> InputError {
    InputError::invalid("identifier", reason)
}

/// Trimmed and lower-cased; exactly one `@`, a non-empty local part, a domain with a dot between
/// non-empty labels, no whitespace or control characters.
fn normalize_email(identifier: &str) -> Result<String> {
    let email = identifier.trim().to_lowercase();
    if email.is_empty() {
        return Err(invalid("is empty"));
    }
    if email.len() > MAX_EMAIL_LENGTH {
        return Err(invalid(format!(
            "is longer than {MAX_EMAIL_LENGTH} bytes, too long for an e-mail address"
        )));
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(
            "is not an e-mail address: it contains whitespace or control characters",
        ));
    }
    let mut parts = email.split('@');
    let (local, domain) = match (parts.next(), parts.next(), parts.next()) {
        (Some(local), Some(domain), None) => (local, domain),
        (_, None, _) => return Err(invalid("is not an e-mail address: it has no '@'")),
        _ => {
            return Err(invalid(
                "is not an e-mail address: it has more than one '@'",
            ))
        }
    };
    if local.is_empty() {
        return Err(invalid("is not an e-mail address: nothing before the '@'"));
    }
    if !domain.contains('.') || domain.split('.').any(str::is_empty) {
        return Err(invalid(
            "is not an e-mail address: the domain needs a dot between non-empty labels",
        ));
    }
    Ok(email)
}

/// Spaces, dashes, dots and parentheses removed; a leading `+` kept; otherwise only digits, 7 to 15.
fn normalize_phone(identifier: &str) -> Result<String> {
    let trimmed = identifier.trim();
    let (plus, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let mut digits = String::with_capacity(rest.len() + 1);
    if plus {
        digits.push('+');
    }
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            '+' => {
                return Err(invalid(
                    "is not a phone number: '+' is allowed only at the start",
                ))
            }
            other => {
                return Err(invalid(format!(
                    "is not a phone number: '{}' is not a digit",
                    other.escape_default()
                )))
            }
        }
        if digits.len() > MAX_PHONE_DIGITS + 1 {
            return Err(invalid(format!(
                "is not a phone number: more than {MAX_PHONE_DIGITS} digits"
            )));
        }
    }
    let count = digits.len() - usize::from(plus);
    if !(MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&count) {
        return Err(invalid(format!(
            "is not a phone number: it has {count} digits, E.164 numbers have {MIN_PHONE_DIGITS} to {MAX_PHONE_DIGITS}"
        )));
    }
    Ok(digits)
}

/// A form safe to show on a login page: enough to recognise one's own address, not to learn it.
/// `alice@example.com` -> `a***e@example.com`, `+46701234567` -> `+*********67`.
pub fn mask(normalized: &str, channel: Channel) -> String {
    match channel {
        Channel::Email => {
            let (local, domain) = normalized.split_once('@').unwrap_or((normalized, ""));
            let chars: Vec<char> = local.chars().collect();
            let shown = match chars.len() {
                0 => String::new(),
                1 | 2 => format!("{}***", chars[0]),
                n => format!("{}***{}", chars[0], chars[n - 1]),
            };
            format!("{shown}@{domain}")
        }
        Channel::Sms => {
            // By characters, not bytes: callers pass normalised numbers, but nothing here relies
            // on that being ASCII.
            let digits: Vec<char> = normalized.trim_start_matches('+').chars().collect();
            let keep = digits.len().min(2);
            let prefix = if normalized.starts_with('+') { "+" } else { "" };
            let shown: String = digits[digits.len() - keep..].iter().collect();
            format!("{prefix}{}{shown}", "*".repeat(digits.len() - keep))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        let cases = [
            ("  Alice@Example.COM ", "alice@example.com"),
            ("bob+tag@mail.example.co.uk", "bob+tag@mail.example.co.uk"),
            ("ÅSA@Exempel.SE", "åsa@exempel.se"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input, Channel::Email).unwrap(), expected);
        }
    }

    #[test]
    fn bad_emails_are_refused_with_the_reason() {
        let cases = [
            ("", "is empty"),
            ("   ", "is empty"),
            ("alice.example.com", "no '@'"),
            ("a@b@example.com", "more than one '@'"),
            ("@example.com", "nothing before"),
            ("alice@localhost", "needs a dot"),
            ("alice@example.", "needs a dot"),
            ("alice@.com", "needs a dot"),
            ("alice@example..com", "needs a dot"),
            ("al ice@example.com", "whitespace"),
            ("alice@exa\u{0}mple.com", "control"),
        ];
        for (input, reason) in cases {
            let err = normalize(input, Channel::Email).unwrap_err();
            assert_eq!(err.argument, "identifier");
            assert!(err.reason.contains(reason), "{input:?}: {}", err.reason);
        }
        let long = format!("{}@example.com", "a".repeat(250));
        assert!(normalize(&long, Channel::Email)
            .unwrap_err()
            .reason
            .contains("longer than"));
    }

    #[test]
    fn phones_keep_digits_and_a_leading_plus() {
        let cases = [
            ("+46 (70) 123-4567", "+46701234567"),
            ("070.123.45.67", "0701234567"),
            (" +1 555 010 0000 ", "+15550100000"),
            ("1234567", "1234567"),
            ("+123456789012345", "+123456789012345"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input, Channel::Sms).unwrap(), expected);
        }
    }

    #[test]
    fn bad_phones_are_refused_with_the_reason() {
        let cases = [
            ("", "0 digits"),
            ("123456", "6 digits"),
            ("+1234567890123456", "more than 15"),
            ("+46 70 ABC", "'A' is not a digit"),
            ("46+70123456", "only at the start"),
            ("++46701234567", "only at the start"),
            ("4670123456７", "is not a digit"),
        ];
        for (input, reason) in cases {
            let err = normalize(input, Channel::Sms).unwrap_err();
            assert_eq!(err.argument, "identifier");
            assert!(err.reason.contains(reason), "{input:?}: {}", err.reason);
        }
        // Absurdly long input stops early instead of building a huge string.
        assert!(normalize(&"1".repeat(1_000_000), Channel::Sms).is_err());
    }

    #[test]
    fn channels() {
        assert_eq!(Channel::parse("EMAIL").unwrap(), Channel::Email);
        assert_eq!(Channel::parse("sms").unwrap(), Channel::Sms);
        for bad in ["", "push", "e-mail", " sms"] {
            assert_eq!(Channel::parse(bad).unwrap_err().argument, "channel");
        }
    }

    #[test]
    fn masks() {
        let cases = [
            ("alice@example.com", Channel::Email, "a***e@example.com"),
            ("al@example.com", Channel::Email, "a***@example.com"),
            ("å@example.com", Channel::Email, "å***@example.com"),
            ("+46701234567", Channel::Sms, "+*********67"),
            ("0701234567", Channel::Sms, "********67"),
            // Not normalised: still no panic, still by characters.
            ("éa", Channel::Sms, "éa"),
            ("+ééé", Channel::Sms, "+*éé"),
        ];
        for (input, channel, expected) in cases {
            assert_eq!(mask(input, channel), expected);
        }
    }
}
