//! RFC 4226 HOTP and RFC 6238 TOTP.

use subtle::{Choice, ConditionallySelectable, ConstantTimeEq};

use crate::error::{truncate_for_message, InputError, Result};
use crate::hotp_mac::{BlockHash, CounterMac, Sha1State, Sha256State, Sha512State};

/// The HMAC hash function (RFC 6238 section 1.2 allows SHA-1, SHA-256 and SHA-512).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Sha1,
    Sha256,
    Sha512,
}

impl Algorithm {
    /// Parses `sha1`, `sha256` or `sha512` in any case.
    pub fn parse(name: &str) -> Result<Self> {
        if name.eq_ignore_ascii_case("sha1") {
            Ok(Algorithm::Sha1)
        } else if name.eq_ignore_ascii_case("sha256") {
            Ok(Algorithm::Sha256)
        } else if name.eq_ignore_ascii_case("sha512") {
            Ok(Algorithm::Sha512)
        } else {
            Err(InputError::invalid(
                "algorithm",
                format!(
                    "must be one of sha1, sha256, sha512 (got \"{}\")",
                    truncate_for_message(name)
                ),
            ))
        }
    }

    /// The name used in otpauth URIs.
    pub fn uri_name(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "SHA1",
            Algorithm::Sha256 => "SHA256",
            Algorithm::Sha512 => "SHA512",
        }
    }
}

/// Number of decimal digits in a code: 6 to 10. Ten digits still fit, because the truncated
/// HMAC value is below 2^31 = 2147483648.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Digits(u32);

impl Digits {
    pub const MIN: i32 = 6;
    pub const MAX: i32 = 10;

    pub fn new(digits: i32) -> Result<Self> {
        if (Self::MIN..=Self::MAX).contains(&digits) {
            Ok(Digits(digits as u32))
        } else {
            Err(InputError::invalid(
                "digits",
                format!(
                    "must be between {} and {} (got {digits})",
                    Self::MIN,
                    Self::MAX
                ),
            ))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    fn modulus(self) -> u64 {
        10u64.pow(self.0)
    }
}

/// TOTP time step length in seconds: 1 and up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period(u32);

impl Period {
    pub fn new(seconds: i32) -> Result<Self> {
        if seconds >= 1 {
            Ok(Period(seconds as u32))
        } else {
            Err(InputError::invalid(
                "period",
                format!("must be at least 1 second (got {seconds})"),
            ))
        }
    }

    pub fn seconds(self) -> u32 {
        self.0
    }
}

/// How many time steps before and after the current one a verification also accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skew(u32);

impl Skew {
    /// Ten steps either way is already five minutes at the usual period; more defeats the code.
    pub const MAX: i32 = 10;

    pub fn new(steps: i32) -> Result<Self> {
        if (0..=Self::MAX).contains(&steps) {
            Ok(Skew(steps as u32))
        } else {
            Err(InputError::invalid(
                "skew",
                format!("must be between 0 and {} (got {steps})", Self::MAX),
            ))
        }
    }

    pub fn steps(self) -> u32 {
        self.0
    }
}

/// RFC 4226 section 5.3: HMAC over the big-endian counter, dynamic truncation to 31 bits.
pub fn truncated_value(key: &[u8], counter: u64, algorithm: Algorithm) -> u32 {
    let mut value = 0;
    for_each_step(key, counter, counter, algorithm, |_, truncated| {
        value = truncated
    });
    value
}

/// Calls `visit(step, truncated value)` for every step in `first..=last`, hashing the key once.
fn for_each_step(
    key: &[u8],
    first: u64,
    last: u64,
    algorithm: Algorithm,
    visit: impl FnMut(u64, u32),
) {
    match algorithm {
        Algorithm::Sha1 => steps_with::<Sha1State>(key, first, last, visit),
        Algorithm::Sha256 => steps_with::<Sha256State>(key, first, last, visit),
        Algorithm::Sha512 => steps_with::<Sha512State>(key, first, last, visit),
    }
}

fn steps_with<H: BlockHash>(key: &[u8], first: u64, last: u64, mut visit: impl FnMut(u64, u32)) {
    let keyed = CounterMac::<H>::new(key);
    let mut digest = [0u8; 64];
    for step in first..=last {
        keyed.mac(step, &mut digest);
        visit(step, truncate(&digest[..H::OUTPUT]));
    }
}

fn truncate(digest: &[u8]) -> u32 {
    let offset = (digest[digest.len() - 1] & 0x0F) as usize;
    u32::from_be_bytes([
        digest[offset],
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]) & 0x7FFF_FFFF
}

/// The HOTP value for `counter` as a number below 10^digits.
pub fn hotp_value(key: &[u8], counter: u64, digits: Digits, algorithm: Algorithm) -> u64 {
    u64::from(truncated_value(key, counter, algorithm)) % digits.modulus()
}

/// The HOTP code as text, zero-padded to `digits`.
pub fn hotp(key: &[u8], counter: u64, digits: Digits, algorithm: Algorithm) -> String {
    format_code(hotp_value(key, counter, digits, algorithm), digits)
}

/// `value` as exactly `digits` decimal digits, zero-padded (hand-rolled: this is per call).
pub fn format_code(value: u64, digits: Digits) -> String {
    let mut text = [b'0'; Digits::MAX as usize];
    let length = digits.get() as usize;
    let mut rest = value;
    for slot in text[..length].iter_mut().rev() {
        *slot = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    // One allocation of the exact size; the bytes are ASCII digits, so always UTF-8.
    String::from_utf8(text[..length].to_vec()).expect("decimal digits are ASCII")
}

/// RFC 6238 section 4.2: T = floor((unix time - T0) / period) with T0 = 0. Times before the epoch
/// have no step; the error names `argument`.
pub fn time_step(unix_seconds: i64, period: Period, argument: &'static str) -> Result<u64> {
    if unix_seconds < 0 {
        return Err(InputError::time(
            argument,
            "must not be before 1970-01-01 00:00:00+00, where TOTP time starts",
        ));
    }
    Ok(unix_seconds as u64 / u64::from(period.seconds()))
}

/// Parses a code typed by a person: ASCII digits, spaces ignored, exactly `digits` of them.
/// Returns None for anything else; the length of a code is not a secret, so this may exit early.
pub fn parse_code(code: &str, digits: Digits) -> Option<u64> {
    let mut value: u64 = 0;
    let mut count: u32 = 0;
    for byte in code.bytes() {
        match byte {
            b' ' => continue,
            b'0'..=b'9' => {
                count += 1;
                if count > digits.get() {
                    return None;
                }
                value = value * 10 + u64::from(byte - b'0');
            }
            _ => return None,
        }
    }
    (count == digits.get()).then_some(value)
}

/// Checks `code` against every step in `step - skew ..= step + skew` and returns the latest one
/// whose code it is. Every candidate is computed and compared in constant time, with no early
/// exit, so timing tells nothing about which step (if any) matched. Steps below zero do not exist
/// and are skipped. Replay protection needs the step, not just a yes.
pub fn matching_step(
    key: &[u8],
    code: &str,
    step: u64,
    skew: Skew,
    digits: Digits,
    algorithm: Algorithm,
) -> Option<u64> {
    let given = parse_code(code, digits)?;
    let skew = u64::from(skew.steps());
    let mut matched = Choice::from(0);
    let mut latest = 0u64;
    let (first, last) = (step.saturating_sub(skew), step.saturating_add(skew));
    for_each_step(key, first, last, algorithm, |candidate, truncated| {
        let hit = (u64::from(truncated) % digits.modulus()).ct_eq(&given);
        latest = u64::conditional_select(&latest, &candidate, hit);
        matched |= hit;
    });
    bool::from(matched).then_some(latest)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_SHA1: &[u8] = b"12345678901234567890";
    const SEED_SHA256: &[u8] = b"12345678901234567890123456789012";
    const SEED_SHA512: &[u8] = b"1234567890123456789012345678901234567890123456789012345678901234";

    fn six() -> Digits {
        Digits::new(6).unwrap()
    }

    #[test]
    fn rfc4226_appendix_d() {
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        let truncated = [
            1284755224u32,
            1094287082,
            137359152,
            1726969429,
            1640338314,
            868254676,
            1918287922,
            82162583,
            673399871,
            645520489,
        ];
        for (counter, code) in expected.iter().enumerate() {
            assert_eq!(
                hotp(SEED_SHA1, counter as u64, six(), Algorithm::Sha1),
                *code
            );
            assert_eq!(
                truncated_value(SEED_SHA1, counter as u64, Algorithm::Sha1),
                truncated[counter]
            );
        }
    }

    #[test]
    fn rfc6238_appendix_b() {
        let rows: &[(i64, &str, &str, &str)] = &[
            (59, "94287082", "46119246", "90693936"),
            (1111111109, "07081804", "68084774", "25091201"),
            (1111111111, "14050471", "67062674", "99943326"),
            (1234567890, "89005924", "91819424", "93441116"),
            (2000000000, "69279037", "90698825", "38618901"),
            (20000000000, "65353130", "77737706", "47863826"),
        ];
        let eight = Digits::new(8).unwrap();
        let period = Period::new(30).unwrap();
        for &(time, sha1, sha256, sha512) in rows {
            let step = time_step(time, period, "at_time").unwrap();
            assert_eq!(
                hotp(SEED_SHA1, step, eight, Algorithm::Sha1),
                sha1,
                "{time}"
            );
            assert_eq!(
                hotp(SEED_SHA256, step, eight, Algorithm::Sha256),
                sha256,
                "{time}"
            );
            assert_eq!(
                hotp(SEED_SHA512, step, eight, Algorithm::Sha512),
                sha512,
                "{time}"
            );
        }
    }

    #[test]
    fn edge_cases_beyond_the_rfc() {
        // A 6-digit code is the 8-digit value mod 10^6.
        assert_eq!(hotp(SEED_SHA1, 1, six(), Algorithm::Sha1), "287082");
        // All-zero key, and a key that starts with a zero byte.
        assert_eq!(hotp(&[0u8; 10], 1, six(), Algorithm::Sha1), "812658");
        let mut key = vec![0x31u8; 20];
        key[0] = 0;
        assert_eq!(hotp(&key, 1, six(), Algorithm::Sha1), "906559");
        // Ten digits: the full 31-bit value, zero-padded.
        assert_eq!(
            hotp(SEED_SHA1, 2, Digits::new(10).unwrap(), Algorithm::Sha1),
            "0137359152"
        );
    }

    #[test]
    fn algorithm_names_any_case() {
        for (name, algorithm) in [
            ("sha1", Algorithm::Sha1),
            ("SHA256", Algorithm::Sha256),
            ("Sha512", Algorithm::Sha512),
        ] {
            assert_eq!(Algorithm::parse(name).unwrap(), algorithm);
        }
        for bad in ["", "md5", "sha-1", "sha1 ", "sha384"] {
            let err = Algorithm::parse(bad).unwrap_err();
            assert_eq!(err.argument, "algorithm");
        }
    }

    #[test]
    fn bounds_of_digits_period_and_skew() {
        assert!(Digits::new(5).is_err() && Digits::new(11).is_err() && Digits::new(-1).is_err());
        assert!(Digits::new(6).is_ok() && Digits::new(10).is_ok());
        assert!(Period::new(0).is_err() && Period::new(-30).is_err() && Period::new(1).is_ok());
        assert!(Skew::new(-1).is_err() && Skew::new(11).is_err() && Skew::new(0).is_ok());
        assert_eq!(Digits::new(4).unwrap_err().argument, "digits");
        assert_eq!(Period::new(0).unwrap_err().argument, "period");
        assert_eq!(Skew::new(99).unwrap_err().argument, "skew");
    }

    #[test]
    fn time_steps() {
        let period = Period::new(30).unwrap();
        assert_eq!(time_step(0, period, "t").unwrap(), 0);
        assert_eq!(time_step(29, period, "t").unwrap(), 0);
        assert_eq!(time_step(30, period, "t").unwrap(), 1);
        assert!(time_step(-1, period, "t").is_err());
        // Past 2^31 seconds and near the end of PostgreSQL's timestamp range.
        assert_eq!(
            time_step(1i64 << 31, period, "t").unwrap(),
            (1u64 << 31) / 30
        );
        assert!(time_step(i64::MAX, Period::new(1).unwrap(), "t").is_ok());
    }

    #[test]
    fn parses_codes() {
        assert_eq!(parse_code("287082", six()), Some(287082));
        assert_eq!(parse_code("287 082", six()), Some(287082));
        assert_eq!(parse_code("000001", six()), Some(1));
        for bad in [
            "",
            "28708",
            "2870821",
            "28708a",
            "+28708",
            "２８７０８２",
            "-287082",
            "287082\n",
        ] {
            assert_eq!(parse_code(bad, six()), None, "{bad:?}");
        }
        assert_eq!(parse_code(&"1".repeat(100_000), six()), None);
    }

    #[test]
    fn matching_step_names_the_step() {
        let skew = Skew::new(2).unwrap();
        for offset in -2i64..=2 {
            let step = (500 + offset) as u64;
            let code = hotp(SEED_SHA1, step, six(), Algorithm::Sha1);
            assert_eq!(
                matching_step(SEED_SHA1, &code, 500, skew, six(), Algorithm::Sha1),
                Some(step)
            );
        }
        let far = hotp(SEED_SHA1, 510, six(), Algorithm::Sha1);
        assert_eq!(
            matching_step(SEED_SHA1, &far, 500, skew, six(), Algorithm::Sha1),
            None
        );
    }

    #[test]
    fn window_accepts_exactly_the_skew() {
        let step = 1_000_000u64;
        let code_at = |s: u64| hotp(SEED_SHA1, s, six(), Algorithm::Sha1);
        let accepts = |code: &str, step: u64, skew: Skew| {
            matching_step(SEED_SHA1, code, step, skew, six(), Algorithm::Sha1).is_some()
        };
        for skew in 0..=3u64 {
            let window = Skew::new(skew as i32).unwrap();
            for offset in -5i64..=5 {
                let candidate = code_at((step as i64 + offset) as u64);
                assert_eq!(
                    accepts(&candidate, step, window),
                    offset.unsigned_abs() <= skew,
                    "skew {skew} offset {offset}"
                );
            }
        }
        // At step 0 there is no step -1; the window simply starts at 0.
        let one = Skew::new(1).unwrap();
        assert!(accepts(&code_at(0), 0, one));
        assert!(accepts(&code_at(1), 0, one));
        assert!(!accepts("not a code", 0, one));
    }
}
