//! otpauth::TotpUri::build with any account, issuer and parameters. A URI it builds must read back
//! under a strict parser written here: the right scheme and type, RFC 3986 percent-encoding with
//! nothing but unreserved characters left bare and nothing unreserved encoded, a label and an
//! issuer parameter that decode to exactly the inputs, and exactly the parameters that differ from
//! the defaults apps assume. What it refuses must break one of README's rules for labels.
//!
//! Input: digits byte (6 + n % 5), period (4 bytes, big-endian i32), algorithm byte (n % 3),
//! flags byte (bit 0: an issuer is given), secret bytes (length byte first), the account, 0xFF, the
//! issuer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::base32;
use otp_pg_core::hotp::{Algorithm, Digits, Period};
use otp_pg_core::otpauth::{TotpUri, MAX_LABEL_PART};
use otp_pg_fuzz::{assert_invalid, Input};

fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Strict percent-decoding of one URI component into text.
fn decode_component(encoded: &str) -> String {
    let bytes = encoded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = encoded
                .get(i + 1..i + 3)
                .unwrap_or_else(|| panic!("cut escape in {encoded:?}"));
            assert!(
                hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F')),
                "escape %{hex} is not two upper-case hex digits in {encoded:?}"
            );
            let byte = u8::from_str_radix(hex, 16).unwrap();
            assert!(
                !is_unreserved(byte),
                "unreserved byte escaped as %{hex} in {encoded:?}"
            );
            out.push(byte);
            i += 3;
        } else {
            assert!(
                is_unreserved(bytes[i]),
                "bare {:?} in {encoded:?}",
                bytes[i] as char
            );
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| panic!("{encoded:?} is not UTF-8 when decoded"))
}

/// README's rules for an account or an issuer, as the name of the rule broken.
fn broken_rule(part: &str) -> Option<&'static str> {
    if part.trim().is_empty() {
        Some("must not be empty")
    } else if part.contains(':') {
        Some("must not contain ':'")
    } else if part.chars().any(char::is_control) {
        Some("must not contain control characters")
    } else if part.chars().count() > MAX_LABEL_PART {
        Some("must be at most")
    } else {
        None
    }
}

fn check_uri(uri: &str, spec: &TotpUri) {
    let rest = uri
        .strip_prefix("otpauth://totp/")
        .unwrap_or_else(|| panic!("{uri}"));
    let (label, query) = rest
        .split_once('?')
        .unwrap_or_else(|| panic!("no query in {uri}"));

    let label_parts: Vec<&str> = label.split(':').collect();
    match (spec.issuer, label_parts.as_slice()) {
        (Some(issuer), [label_issuer, account]) => {
            assert_eq!(decode_component(label_issuer), issuer, "{uri}");
            assert_eq!(decode_component(account), spec.account, "{uri}");
        }
        (None, [account]) => assert_eq!(decode_component(account), spec.account, "{uri}"),
        _ => panic!("label {label:?} does not match issuer {:?}", spec.issuer),
    }

    let mut expected: Vec<(&str, String)> = vec![("secret", spec.secret.to_string())];
    if let Some(issuer) = spec.issuer {
        expected.push(("issuer", issuer.to_string()));
    }
    if spec.algorithm != Algorithm::Sha1 {
        expected.push(("algorithm", spec.algorithm.uri_name().to_string()));
    }
    if spec.digits.get() != 6 {
        expected.push(("digits", spec.digits.get().to_string()));
    }
    if spec.period.seconds() != 30 {
        expected.push(("period", spec.period.seconds().to_string()));
    }
    let found: Vec<(&str, String)> = query
        .split('&')
        .map(|pair| {
            let (name, value) = pair
                .split_once('=')
                .unwrap_or_else(|| panic!("{pair:?} in {uri}"));
            (name, decode_component(value))
        })
        .collect();
    assert_eq!(found, expected, "{uri}");
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let digits = Digits::new(6 + i32::from(input.byte() % 5)).unwrap();
    let period = Period::new(input.i32()).unwrap_or_else(|err| {
        assert_invalid(&err, "period");
        Period::new(30).unwrap()
    });
    let algorithm =
        [Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512][usize::from(input.byte() % 3)];
    let with_issuer = input.byte() & 1 == 1;
    let secret = base32::encode(input.short_bytes(), false);
    let account = input.text_field();
    let issuer = input.rest_text();

    let spec = TotpUri {
        secret: &secret,
        account: &account,
        issuer: with_issuer.then_some(issuer.as_str()),
        digits,
        period,
        algorithm,
    };
    let broken = match (broken_rule(&account), spec.issuer.and_then(broken_rule)) {
        (Some(rule), _) => Some(("account", rule)),
        (None, Some(rule)) => Some(("issuer", rule)),
        (None, None) => None,
    };
    match (spec.build(), broken) {
        (Ok(uri), None) => check_uri(&uri, &spec),
        (Err(err), Some((argument, rule))) => {
            assert_invalid(&err, argument);
            assert!(err.reason.starts_with(rule), "{err} (expected: {rule})");
        }
        (result, broken) => panic!(
            "{account:?} / {:?}: {result:?}, expected {broken:?}",
            spec.issuer
        ),
    }
});
