//! Trusted devices ("remember this device"): the token a remembered device keeps, and the label a
//! user gives it. The token carries the device's id and a 256-bit random secret; otp_pg stores only
//! a keyed digest of it (`keyed_digest::device_token`), so its table holds nothing to log in with.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use icu_properties::props::{DefaultIgnorableCodePoint, GeneralCategory};
use icu_properties::{CodePointMapData, CodePointSetData};

use crate::error::{InputError, Result};
use crate::random;

/// What every token starts with: it tells a reader (or a secret scanner) what the text is.
pub const TOKEN_PREFIX: &str = "otpd_";
pub const DEVICE_ID_BYTES: usize = 16;
pub const SECRET_BYTES: usize = 32;
/// base64url without padding of the device id and the secret: 48 bytes, 64 characters.
const ENCODED_CHARS: usize = (DEVICE_ID_BYTES + SECRET_BYTES) / 3 * 4;
/// The longest label, in characters.
pub const MAX_LABEL_CHARS: usize = 100;

/// A device's token: which device, and the secret that proves the holder is that device.
pub struct DeviceToken {
    pub device_id: [u8; DEVICE_ID_BYTES],
    pub secret: [u8; SECRET_BYTES],
}

impl DeviceToken {
    /// A token with a new secret for the device `device_id`.
    pub fn new(device_id: [u8; DEVICE_ID_BYTES]) -> Result<Self> {
        let mut secret = [0u8; SECRET_BYTES];
        random::fill(&mut secret, "token")?;
        Ok(DeviceToken { device_id, secret })
    }

    /// The token as the device keeps it: `otpd_` and 64 base64url characters.
    pub fn encode(&self) -> String {
        let mut bytes = [0u8; DEVICE_ID_BYTES + SECRET_BYTES];
        bytes[..DEVICE_ID_BYTES].copy_from_slice(&self.device_id);
        bytes[DEVICE_ID_BYTES..].copy_from_slice(&self.secret);
        format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    /// The token `text` encodes, or None for anything that is not exactly one: other lengths,
    /// padding, spaces, characters outside base64url. Every token has one spelling only.
    pub fn parse(text: &str) -> Option<Self> {
        let encoded = text.strip_prefix(TOKEN_PREFIX)?;
        if encoded.len() != ENCODED_CHARS {
            return None;
        }
        let bytes = URL_SAFE_NO_PAD.decode(encoded).ok()?;
        let (device_id, secret) = bytes.split_at(DEVICE_ID_BYTES);
        Some(DeviceToken {
            device_id: device_id.try_into().ok()?,
            secret: secret.try_into().ok()?,
        })
    }
}

/// Refuses a label that is empty, blank or longer than MAX_LABEL_CHARS, or that holds a character
/// that changes how the text around it is shown rather than showing itself: controls, line and
/// paragraph separators, format characters (bidirectional overrides can make a label read as
/// another one in an account page) and other default-ignorable code points.
pub fn check_label(label: &str) -> Result<()> {
    if label.trim().is_empty() {
        return Err(InputError::invalid("label", "must not be empty or blank"));
    }
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(InputError::invalid(
            "label",
            format!("must be at most {MAX_LABEL_CHARS} characters long"),
        ));
    }
    let categories = CodePointMapData::<GeneralCategory>::new();
    let ignorable = CodePointSetData::new::<DefaultIgnorableCodePoint>();
    for c in label.chars() {
        let refused = match categories.get(c) {
            GeneralCategory::Control => Some("a control character"),
            GeneralCategory::Format => Some("an invisible formatting character"),
            GeneralCategory::LineSeparator | GeneralCategory::ParagraphSeparator => {
                Some("a line or paragraph separator")
            }
            _ if ignorable.contains(c) => Some("an invisible (default-ignorable) character"),
            _ => None,
        };
        if let Some(what) = refused {
            return Err(InputError::invalid(
                "label",
                format!("must not contain {what} (U+{:04X})", c as u32),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_differ() {
        let id = [9u8; DEVICE_ID_BYTES];
        let first = DeviceToken::new(id).unwrap();
        let second = DeviceToken::new(id).unwrap();
        assert_ne!(first.secret, second.secret);
        let text = first.encode();
        assert!(text.starts_with(TOKEN_PREFIX));
        assert_eq!(text.len(), TOKEN_PREFIX.len() + ENCODED_CHARS);
        let parsed = DeviceToken::parse(&text).unwrap();
        assert_eq!((parsed.device_id, parsed.secret), (id, first.secret));
    }

    #[test]
    fn only_the_exact_spelling_parses() {
        let text = DeviceToken::new([1u8; DEVICE_ID_BYTES]).unwrap().encode();
        let body = &text[TOKEN_PREFIX.len()..];
        for malformed in [
            String::new(),
            body.to_string(),
            format!("OTPD_{body}"),
            format!("{text}="),
            format!("{text}A"),
            text[..text.len() - 1].to_string(),
            format!(" {text}"),
            format!("{TOKEN_PREFIX}{}", "=".repeat(ENCODED_CHARS)),
            format!("{TOKEN_PREFIX}{}", "é".repeat(ENCODED_CHARS / 2)),
            format!("{TOKEN_PREFIX}{}", "A".repeat(ENCODED_CHARS - 2) + "=="),
        ] {
            assert!(DeviceToken::parse(&malformed).is_none(), "{malformed:?}");
        }
        // The standard alphabet's + and / are not base64url.
        let standard = format!("{TOKEN_PREFIX}{}", "+/".repeat(ENCODED_CHARS / 2));
        assert!(DeviceToken::parse(&standard).is_none());
        let url = format!("{TOKEN_PREFIX}{}", "-_".repeat(ENCODED_CHARS / 2));
        assert!(DeviceToken::parse(&url).is_some());
    }

    #[test]
    fn labels() {
        for good in [
            "Firefox on Linux",
            "iPhone de Zoë",
            "会社のPC",
            &"x".repeat(MAX_LABEL_CHARS),
        ] {
            assert_eq!(check_label(good), Ok(()), "{good:?}");
        }
        for bad in [
            "",
            "   ",
            "tab\there",
            "new\nline",
            "\u{7f}",
            "\u{85}next line",
            "a\u{2028}b",
            "evil\u{202e}txt.exe",
            "zero\u{200b}width",
            "soft\u{ad}hyphen",
            &"x".repeat(MAX_LABEL_CHARS + 1),
        ] {
            let error = check_label(bad).unwrap_err();
            assert_eq!(error.argument, "label", "{bad:?}");
        }
    }
}
