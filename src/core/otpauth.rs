//! `otpauth://totp/` key URIs, the format authenticator apps read from enrolment QR codes.
//!
//! Label is `issuer:account` (or just `account`), each part percent-encoded; the issuer is also
//! given as a parameter, which apps prefer over the label. Parameters left at the values every app
//! assumes (SHA1, 6 digits, 30 s) are omitted, because some apps refuse parameters they don't know.

use crate::error::{InputError, Result};
use crate::hotp::{Algorithm, Digits, Period};

pub struct TotpUri<'a> {
    /// Canonical base32 secret (upper case, no padding).
    pub secret: &'a str,
    pub account: &'a str,
    pub issuer: Option<&'a str>,
    pub digits: Digits,
    pub period: Period,
    pub algorithm: Algorithm,
}

/// Longest account or issuer accepted: a QR code holds under 3 KB, and apps truncate far sooner.
pub const MAX_LABEL_PART: usize = 256;

impl TotpUri<'_> {
    pub fn build(&self) -> Result<String> {
        check_label_part(self.account, "account")?;
        if let Some(issuer) = self.issuer {
            check_label_part(issuer, "issuer")?;
        }

        let mut uri = String::with_capacity(
            64 + self.secret.len() + 3 * (self.account.len() + 2 * self.issuer.map_or(0, str::len)),
        );
        uri.push_str("otpauth://totp/");
        if let Some(issuer) = self.issuer {
            percent_encode_into(&mut uri, issuer);
            uri.push(':');
        }
        percent_encode_into(&mut uri, self.account);
        uri.push_str("?secret=");
        uri.push_str(self.secret);
        if let Some(issuer) = self.issuer {
            uri.push_str("&issuer=");
            percent_encode_into(&mut uri, issuer);
        }
        if self.algorithm != Algorithm::Sha1 {
            uri.push_str("&algorithm=");
            uri.push_str(self.algorithm.uri_name());
        }
        if self.digits.get() != 6 {
            uri.push_str(&format!("&digits={}", self.digits.get()));
        }
        if self.period.seconds() != 30 {
            uri.push_str(&format!("&period={}", self.period.seconds()));
        }
        Ok(uri)
    }
}

fn check_label_part(value: &str, argument: &'static str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(InputError::invalid(argument, "must not be empty"));
    }
    // The key URI format reserves the colon as the issuer/account separator, even encoded.
    if value.contains(':') {
        return Err(InputError::invalid(
            argument,
            "must not contain ':' (it separates issuer and account in the URI label)",
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(InputError::invalid(
            argument,
            "must not contain control characters",
        ));
    }
    if value.chars().count() > MAX_LABEL_PART {
        return Err(InputError::invalid(
            argument,
            format!("must be at most {MAX_LABEL_PART} characters long"),
        ));
    }
    Ok(())
}

/// RFC 3986: everything but the unreserved characters becomes %XX of its UTF-8 bytes.
fn percent_encode_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[(byte >> 4) as usize] as char);
            out.push(HEX[(byte & 0x0F) as usize] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(
        account: &str,
        issuer: Option<&str>,
        digits: i32,
        period: i32,
        algorithm: &str,
    ) -> Result<String> {
        TotpUri {
            secret: "JBSWY3DPEHPK3PXP",
            account,
            issuer,
            digits: Digits::new(digits).unwrap(),
            period: Period::new(period).unwrap(),
            algorithm: Algorithm::parse(algorithm).unwrap(),
        }
        .build()
    }

    #[test]
    fn default_settings_give_a_minimal_uri() {
        assert_eq!(
            uri("alice@example.com", Some("Example Co"), 6, 30, "sha1").unwrap(),
            "otpauth://totp/Example%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Co"
        );
        assert_eq!(
            uri("alice", None, 6, 30, "SHA1").unwrap(),
            "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP"
        );
    }

    #[test]
    fn non_default_settings_are_spelled_out() {
        assert_eq!(
            uri("bob", Some("Acme"), 8, 60, "sha512").unwrap(),
            "otpauth://totp/Acme:bob?secret=JBSWY3DPEHPK3PXP&issuer=Acme&algorithm=SHA512&digits=8&period=60"
        );
    }

    #[test]
    fn encodes_reserved_and_non_ascii_characters() {
        let built = uri("ö&=?/#+ x", Some("Å/B"), 6, 30, "sha1").unwrap();
        assert_eq!(
            built,
            "otpauth://totp/%C3%85%2FB:%C3%B6%26%3D%3F%2F%23%2B%20x?secret=JBSWY3DPEHPK3PXP&issuer=%C3%85%2FB"
        );
    }

    #[test]
    fn rejects_unusable_labels() {
        for (account, issuer, argument) in [
            ("", None, "account"),
            ("  ", None, "account"),
            ("a:b", None, "account"),
            ("a", Some("x:y"), "issuer"),
            ("a", Some(""), "issuer"),
            ("a\nb", None, "account"),
        ] {
            assert_eq!(
                uri(account, issuer, 6, 30, "sha1").unwrap_err().argument,
                argument,
                "{account:?} {issuer:?}"
            );
        }
        assert!(uri(&"x".repeat(MAX_LABEL_PART), None, 6, 30, "sha1").is_ok());
        assert!(uri(&"x".repeat(MAX_LABEL_PART + 1), None, 6, 30, "sha1").is_err());
    }
}
