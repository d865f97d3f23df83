//! HOTP/TOTP with any key, counter, time, period, digits, skew and algorithm, against a reference
//! written from RFC 4226 section 5.3 here: the code value and its text, the TOTP time step, and the
//! step a verification window reports for a right code, a wrong code or any typed text.
//!
//! Input: algorithm byte (n % 3), digits byte (6 + n % 5), skew byte (as i8), counter (8 bytes),
//! unix time (8 bytes), period (4 bytes), code offset byte (as i8, remainder by 13), code mode
//! byte (low nibble 0: the right code of step + offset, with a space before each of its first
//! four digits whose bit is set in the high nibble; otherwise typed text follows, length byte
//! first), then the key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::error::ErrorClass;
use otp_pg_core::hotp::{self, Algorithm, Digits, Period, Skew};
use otp_pg_core::reference::hmac::{self, Hmac, Mac};
use otp_pg_core::reference::{sha1, sha2};
use otp_pg_fuzz::{assert_invalid, Input};

fn digest_of<M: Mac + hmac::digest::KeyInit>(key: &[u8], counter: u64) -> Vec<u8> {
    let mut mac = <M as Mac>::new_from_slice(key).unwrap();
    mac.update(&counter.to_be_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// RFC 4226 section 5.3: the low nibble of the last byte picks four bytes, the top bit is
/// dropped, and the result is taken modulo 10^digits.
fn reference_value(key: &[u8], counter: u64, digits: u32, algorithm: Algorithm) -> u64 {
    let digest = match algorithm {
        Algorithm::Sha1 => digest_of::<Hmac<sha1::Sha1>>(key, counter),
        Algorithm::Sha256 => digest_of::<Hmac<sha2::Sha256>>(key, counter),
        Algorithm::Sha512 => digest_of::<Hmac<sha2::Sha512>>(key, counter),
    };
    let offset = usize::from(digest[digest.len() - 1] & 0x0F);
    let binary = (u64::from(digest[offset] & 0x7F) << 24)
        | (u64::from(digest[offset + 1]) << 16)
        | (u64::from(digest[offset + 2]) << 8)
        | u64::from(digest[offset + 3]);
    binary % 10u64.pow(digits)
}

/// The latest step of the window whose code is `typed`, by brute force.
fn reference_match(
    key: &[u8],
    typed: &str,
    step: u64,
    skew: u64,
    digits: Digits,
    algorithm: Algorithm,
) -> Option<u64> {
    let given = hotp::parse_code(typed, digits)?;
    (step.saturating_sub(skew)..=step.saturating_add(skew))
        .rev()
        .find(|&candidate| reference_value(key, candidate, digits.get(), algorithm) == given)
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let algorithm =
        [Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512][usize::from(input.byte() % 3)];
    let digits = Digits::new(6 + i32::from(input.byte() % 5)).unwrap();
    let skew = Skew::new(i32::from(input.byte() as i8)).unwrap_or_else(|err| {
        assert_invalid(&err, "skew");
        Skew::new(1).unwrap()
    });
    let counter = input.u64();
    let unix_seconds = input.i64();
    let period = Period::new(input.i32()).unwrap_or_else(|err| {
        assert_invalid(&err, "period");
        Period::new(30).unwrap()
    });
    let offset = i64::from(input.byte() as i8 % 13);
    let mode = input.byte();
    let typed_text = if mode & 0x0F == 0 {
        None
    } else {
        Some(input.short_bytes())
    };
    let key = input.rest();

    // HOTP: value, text, and the truncated value below 2^31.
    let value = hotp::hotp_value(key, counter, digits, algorithm);
    assert_eq!(
        value,
        reference_value(key, counter, digits.get(), algorithm)
    );
    assert!(hotp::truncated_value(key, counter, algorithm) < 1 << 31);
    let code = hotp::hotp(key, counter, digits, algorithm);
    assert_eq!(code.len(), digits.get() as usize);
    assert_eq!(hotp::parse_code(&code, digits), Some(value), "{code}");

    // TOTP time step: floor(t / period) from the epoch on, an out-of-range error before it.
    match hotp::time_step(unix_seconds, period, "at_time") {
        Ok(step) => {
            assert!(unix_seconds >= 0);
            assert_eq!(step, unix_seconds as u64 / u64::from(period.seconds()));
        }
        Err(err) => {
            assert!(unix_seconds < 0, "{unix_seconds}: {err}");
            assert_eq!(
                (err.argument, err.class),
                ("at_time", ErrorClass::DatetimeOutOfRange)
            );
        }
    }

    // Verification window around `counter` taken as the current step.
    let window = u64::from(skew.steps());
    // The step whose right code was typed (with spaces), or None for arbitrary text.
    let (typed, candidate) = match typed_text {
        Some(bytes) => (String::from_utf8_lossy(bytes).into_owned(), None),
        None => {
            let candidate = counter.saturating_add_signed(offset);
            let mut spaced = String::new();
            for (index, c) in hotp::hotp(key, candidate, digits, algorithm)
                .chars()
                .enumerate()
            {
                if index < 4 && mode >> (4 + index) & 1 == 1 {
                    spaced.push(' ');
                }
                spaced.push(c);
            }
            (spaced, Some(candidate))
        }
    };
    let found = hotp::matching_step(key, &typed, counter, skew, digits, algorithm);
    if let Some(candidate) = candidate.filter(|step| step.abs_diff(counter) <= window) {
        assert!(
            found.is_some_and(|step| step >= candidate),
            "{typed:?}: {found:?}"
        );
    }
    assert_eq!(
        found,
        reference_match(key, &typed, counter, window, digits, algorithm),
        "{typed:?} at step {counter} +-{window}"
    );
});
