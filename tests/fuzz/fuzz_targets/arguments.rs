//! The checks on scalar arguments the SQL layer passes straight through: algorithm and channel
//! names, digits, period, skew, secret length, code length, and the cut of user text quoted in
//! error messages. Each accepts exactly its documented range and names itself when it refuses.
//!
//! Input: a number (4 bytes, big-endian i32), then text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::error::truncate_for_message;
use otp_pg_core::hotp::{Algorithm, Digits, Period, Skew};
use otp_pg_core::identifier::Channel;
use otp_pg_core::{base32, challenge_code, random, secret};
use otp_pg_fuzz::{assert_invalid, Input};

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let number = input.i32();
    let text = input.rest_text();

    let shown = truncate_for_message(&text);
    if text.chars().count() <= 40 {
        assert_eq!(shown, text);
    } else {
        let head: String = text.chars().take(40).collect();
        assert_eq!(shown, format!("{head}..."));
    }

    let algorithm_names = ["sha1", "sha256", "sha512"];
    match Algorithm::parse(&text) {
        Ok(algorithm) => assert!(algorithm.uri_name().eq_ignore_ascii_case(&text), "{text:?}"),
        Err(err) => {
            assert_invalid(&err, "algorithm");
            assert!(!algorithm_names
                .iter()
                .any(|name| name.eq_ignore_ascii_case(&text)));
            assert!(err.reason.contains(&format!("(got \"{shown}\")")), "{err}");
        }
    }
    match Channel::parse(&text) {
        Ok(channel) => assert!(channel.name().eq_ignore_ascii_case(&text), "{text:?}"),
        Err(err) => {
            assert_invalid(&err, "channel");
            assert!(!["email", "sms"]
                .iter()
                .any(|name| name.eq_ignore_ascii_case(&text)));
            assert!(err.reason.contains(&format!("(got \"{shown}\")")), "{err}");
        }
    }

    match Digits::new(number) {
        Ok(digits) => assert_eq!(
            (digits.get() as i32, (6..=10).contains(&number)),
            (number, true)
        ),
        Err(err) => {
            assert_invalid(&err, "digits");
            assert!(!(6..=10).contains(&number));
            assert!(err.reason.ends_with(&format!("(got {number})")), "{err}");
        }
    }
    match Period::new(number) {
        Ok(period) => assert_eq!((period.seconds() as i32, number >= 1), (number, true)),
        Err(err) => {
            assert_invalid(&err, "period");
            assert!(number < 1);
        }
    }
    match Skew::new(number) {
        Ok(skew) => assert_eq!(
            (skew.steps() as i32, (0..=10).contains(&number)),
            (number, true)
        ),
        Err(err) => {
            assert_invalid(&err, "skew");
            assert!(!(0..=10).contains(&number));
        }
    }

    match secret::generate(number) {
        Ok(generated) => {
            assert!((16..=128).contains(&number));
            assert_eq!(generated.len(), (number as usize * 8).div_ceil(5));
            assert_eq!(
                base32::decode(&generated, "secret").unwrap().len(),
                number as usize
            );
        }
        Err(err) => {
            assert_invalid(&err, "bytes");
            assert!(!(16..=128).contains(&number));
        }
    }

    // decimal_digits's domain is 1 to 19 digits; a challenge code has 4 to 10 of them (the
    // documented ranges, written out here as in the checks above).
    let length = number.unsigned_abs() % random::MAX_DECIMAL_DIGITS + 1;
    let code = random::decimal_digits(length).unwrap();
    assert_eq!(code.len(), length as usize);
    assert!(code.bytes().all(|b| b.is_ascii_digit()), "{code}");
    assert_eq!(challenge_code::clean(&code).is_some(), length <= 10);
});
