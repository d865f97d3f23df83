//! Delivery channels and the identifiers they address.
//!
//! Two forms of an identifier:
//! - [`normalize`]: the delivery form, where the code is sent. One canonical spelling per address
//!   as typed: trimmed, lower-cased, Unicode-normalised, the domain in its ASCII (A-label) form, a
//!   phone number in E.164. Invisible and unassigned characters are refused, not dropped.
//! - [`rate_subject`]: the rate-limit subject, what limits are counted against. Several delivery
//!   forms that reach one mailbox (`alice+1@gmail.com`, `a.lice@gmail.com`) share one subject.
//!
//! And [`mask`], a form to show on a login page.

use icu_normalizer::ComposingNormalizerBorrowed;
use icu_properties::props::{DefaultIgnorableCodePoint, GeneralCategory, WhiteSpace};
use icu_properties::{CodePointMapData, CodePointSetData};
use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

use crate::error::{truncate_for_message, InputError, Result};

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
/// RFC 1035: a DNS label has at most 63 octets.
pub const MAX_DOMAIN_LABEL_LENGTH: usize = 63;
/// E.164: at most 15 digits, country code included.
pub const MAX_PHONE_DIGITS: usize = 15;

/// Input longer than this is refused before any Unicode processing. No step here turns more than
/// four bytes into one (the largest shrink is a 4-byte character that UTS 46 maps to one ASCII
/// letter), so nothing longer can end within MAX_EMAIL_LENGTH.
const MAX_EMAIL_INPUT: usize = 4 * MAX_EMAIL_LENGTH;
/// Digits read before giving up: a `00` international prefix, 15 digits and a trunk `0`.
const MAX_PHONE_INPUT_DIGITS: usize = MAX_PHONE_DIGITS + 3;

/// Compiled regular expressions the phone-number metadata keeps (phonenumber's default is 100).
/// Each region needs about six (+1, shared by 25 regions, 26), so 100 covers roughly a dozen
/// regions; a backend that sees more recompiled them on every call (about 2 ms each instead of
/// 6-60 us). 256 holds about 25 regions, at about 80 KB per expression at most.
const PHONE_REGEX_CACHE: usize = 256;

pub fn normalize(identifier: &str, channel: Channel) -> Result<String> {
    match channel {
        Channel::Email => normalize_email(identifier),
        Channel::Sms => normalize_phone(identifier),
    }
}

fn invalid(reason: impl Into<String>) -> InputError {
    InputError::invalid("identifier", reason)
}

fn not_an_email(reason: impl std::fmt::Display) -> InputError {
    invalid(format!("is not an e-mail address: {reason}"))
}

fn too_long_email() -> InputError {
    invalid(format!(
        "is longer than {MAX_EMAIL_LENGTH} bytes, too long for an e-mail address"
    ))
}

/// Why `c` may not occur in an e-mail address, if it may not: characters that look like nothing
/// or like something else's absence (format characters such as U+00AD SOFT HYPHEN and U+200B
/// ZERO WIDTH SPACE, and every other Default_Ignorable_Code_Point), whitespace, controls, and
/// code points with no agreed meaning (unassigned, private use). Refusing them, rather than
/// dropping them silently, keeps the delivery form exactly what reaches the mail server.
fn refused_in_email(c: char) -> Option<&'static str> {
    if c.is_ascii_graphic() {
        return None;
    }
    if CodePointSetData::new::<WhiteSpace>().contains(c) {
        return Some("whitespace");
    }
    match CodePointMapData::<GeneralCategory>::new().get(c) {
        GeneralCategory::Control => Some("a control character"),
        GeneralCategory::Format => Some("an invisible formatting character"),
        GeneralCategory::PrivateUse => Some("a private-use character"),
        GeneralCategory::Unassigned => Some("an unassigned code point"),
        GeneralCategory::Surrogate => Some("a surrogate code point"),
        _ if CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c) => {
            Some("an invisible (default-ignorable) character")
        }
        _ => None,
    }
}

/// UTS 46 ToASCII as a mail domain needs it: host-name characters only (STD3 rules: letters,
/// digits, hyphens), no hyphen at the start or end of a label, nontransitional processing (`ß`
/// stays `ß`, as IDNA2008 has it). Label lengths are checked by the caller, for a clearer message.
fn domain_to_ascii(domain: &str) -> Option<String> {
    Uts46::new()
        .to_ascii(
            domain.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::CheckFirstLast,
            DnsLength::Ignore,
        )
        .ok()
        .map(|ascii| ascii.into_owned())
}

/// Trimmed; no invisible, whitespace, control, unassigned or private-use character; exactly one
/// `@`; the local part lower-cased and in NFC, at least one character; the domain lower-cased and
/// converted to its ASCII form by IDNA (UTS 46), with a dot between non-empty labels of at most 63
/// bytes; at most 254 bytes in all. A `+tag` is kept: the code goes where the user asked.
fn normalize_email(identifier: &str) -> Result<String> {
    let trimmed = identifier.trim();
    if trimmed.is_empty() {
        return Err(invalid("is empty"));
    }
    if trimmed.len() > MAX_EMAIL_INPUT {
        return Err(too_long_email());
    }
    if let Some((c, what)) = trimmed
        .chars()
        .find_map(|c| refused_in_email(c).map(|what| (c, what)))
    {
        return Err(not_an_email(format_args!(
            "it contains {what} (U+{:04X})",
            u32::from(c)
        )));
    }
    let lowered = trimmed.to_lowercase();
    let mut parts = lowered.split('@');
    let (local, domain) = match (parts.next(), parts.next(), parts.next()) {
        (Some(local), Some(domain), None) => (local, domain),
        (_, None, _) => return Err(not_an_email("it has no '@'")),
        _ => return Err(not_an_email("it has more than one '@'")),
    };
    if local.is_empty() {
        return Err(not_an_email("nothing before the '@'"));
    }
    let local = ComposingNormalizerBorrowed::new_nfc().normalize(local);
    // The local part, once in NFC (U+037E GREEK QUESTION MARK becomes ';'), is a dot-atom (RFC
    // 5322 section 3.4.1; RFC 6531 adds non-ASCII): quoted strings, backslash escapes and comments
    // are refused, since mail systems read `"alice"@example.com`, `"a\lice"@example.com` and
    // `alice(x)@example.com` as alice@example.com, and each spelling would be a rate-limit subject
    // of its own.
    if let Some(c) = local.chars().find(|&c| {
        c.is_ascii() && !(c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c))
    }) {
        return Err(not_an_email(format!(
            "'{}' is not allowed before the '@' (quoted local parts and comments are not accepted)",
            c.escape_default()
        )));
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(not_an_email(
            "a dot before the '@' must stand between other characters",
        ));
    }
    let domain = domain_to_ascii(domain)
        .ok_or_else(|| not_an_email("the domain is not a valid domain name (IDNA, UTS 46)"))?;
    let labels = domain.split('.');
    if !domain.contains('.') || labels.clone().any(str::is_empty) {
        return Err(not_an_email(
            "the domain needs a dot between non-empty labels",
        ));
    }
    if labels
        .clone()
        .any(|label| label.len() > MAX_DOMAIN_LABEL_LENGTH)
    {
        return Err(not_an_email(format_args!(
            "a label of the domain is longer than {MAX_DOMAIN_LABEL_LENGTH} bytes"
        )));
    }
    let email = format!("{local}@{domain}");
    if email.len() > MAX_EMAIL_LENGTH {
        return Err(too_long_email());
    }
    Ok(email)
}

/// Loads the phone-number metadata (about 0.1 s and 6 MB the first time in a process; phonenumber
/// loads it lazily). Called from the postmaster, before backends fork, it saves every backend
/// that first call.
pub fn preload_phone_metadata() {
    tune_phone_metadata();
    let _ = phonenumber::parse(None, "+46701234567");
}

fn tune_phone_metadata() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if let Ok(mut cache) = phonenumber::metadata::DATABASE.cache().lock() {
            cache.set_capacity(PHONE_REGEX_CACHE);
        }
    });
}

/// E.164 (`+46701234567`). Spaces, dashes, dots and parentheses are dropped; a leading `+` or `00`
/// introduces the country code, and a number with neither is refused (there is no home country to
/// assume). The national (trunk) prefix some write after the country code,
/// `+46 (0)70 ...`, is dropped where the country has one: libphonenumber's metadata knows which
/// countries do (Sweden, Germany, the UK) and which keep the leading 0 (Italy). The number must be
/// valid by libphonenumber's numbering plans (the `phonenumber` crate).
fn normalize_phone(identifier: &str) -> Result<String> {
    let trimmed = identifier.trim();
    let (plus, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let mut digits = String::with_capacity(rest.len().min(MAX_PHONE_INPUT_DIGITS + 1) + 1);
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
        if digits.len() > MAX_PHONE_INPUT_DIGITS {
            return Err(invalid(format!(
                "is not a phone number: more than {MAX_PHONE_DIGITS} digits"
            )));
        }
    }
    if digits.is_empty() {
        return Err(invalid("is not a phone number: it has no digits"));
    }
    // Only a number written internationally names its country. A bare number is refused rather
    // than guessed: read as international, one in nine US numbers typed without their 1 is a
    // valid number elsewhere, and the code would go to a stranger.
    let international =
        match digits.strip_prefix("00") {
            _ if plus => digits.as_str(),
            Some(after_prefix) => after_prefix,
            None => return Err(invalid(
                "is not in international form: write + or 00, then the country code and the number",
            )),
        };
    if international.is_empty() {
        return Err(invalid("is not a phone number: it has no digits"));
    }
    // One more than E.164 allows: room for a trunk prefix written after the country code.
    if international.len() > MAX_PHONE_DIGITS + 1 {
        return Err(invalid(format!(
            "is not a phone number: more than {MAX_PHONE_DIGITS} digits"
        )));
    }
    tune_phone_metadata();
    let not_valid = |why: &str| invalid(format!("is not a valid phone number: {why}"));
    let number = phonenumber::parse(None, format!("+{international}")).map_err(|err| {
        use phonenumber::ParseError;
        match err {
            ParseError::InvalidCountryCode => not_valid(
                "it does not start with a country code (write it in international form: \
                 + or 00, then the country code)",
            ),
            ParseError::NoNumber | ParseError::TooShortAfterIdd | ParseError::TooShortNsn => {
                not_valid("too short")
            }
            ParseError::TooLong => not_valid("too long"),
            ParseError::MalformedInteger(_) => not_valid("no subscriber number"),
        }
    })?;
    if !number.is_valid() {
        return Err(not_valid(&format!(
            "not in the numbering plan of country code +{}",
            number.code().value()
        )));
    }
    let e164 = number.format().mode(phonenumber::Mode::E164).to_string();
    // libphonenumber accepts a few longer numbers (German ones of 16 digits) that E.164, and with
    // it SMS routing, does not.
    if e164.len() > MAX_PHONE_DIGITS + 1 {
        return Err(not_valid(&format!(
            "E.164 numbers have at most {MAX_PHONE_DIGITS} digits"
        )));
    }
    Ok(e164)
}

/// The rate-limit subject of an already normalised identifier: the one string that all delivery
/// forms reaching one mailbox or one phone share, so that limits count the person, not the
/// spelling.
///
/// E-mail: the local part is NFKC-normalised and lower-cased (invisible characters that older
/// versions stored are dropped) and loses its `+tag` (everything from the first `+`: subaddresses
/// reach the same mailbox at the providers that support them, and cost nothing to invent); the
/// domain is put in its ASCII form. Gmail is the one provider that also ignores dots in the local
/// part (`a.lice@gmail.com` is `alice@gmail.com`) and serves googlemail.com as gmail.com, so for
/// those two domains dots are dropped and the domain is gmail.com. Other providers treat dots as
/// significant, so they are kept there.
///
/// SMS: the E.164 form; identifiers stored by older versions (`+460701234567`) are brought to it
/// where they parse, and kept as they are where they do not (`46701234567`).
///
/// Total and idempotent: any text gives a subject (also text that is no identifier), and a
/// subject is its own subject.
pub fn rate_subject(normalized: &str, channel: Channel) -> String {
    match channel {
        Channel::Email => email_subject(normalized),
        Channel::Sms => normalize_phone(normalized).unwrap_or_else(|_| normalized.to_string()),
    }
}

fn email_subject(email: &str) -> String {
    // The last '@': a domain never holds one, so the split of a subject is the split it came from
    // even when folding turned a U+FF20 FULLWIDTH COMMERCIAL AT in the local part into '@'.
    let Some((local, domain)) = email.rsplit_once('@') else {
        return email.to_string();
    };
    // A domain IDNA refuses is kept as it is (only older versions can have stored one).
    let domain = domain_to_ascii(domain).unwrap_or_else(|| domain.to_string());
    let gmail = domain == "gmail.com" || domain == "googlemail.com";
    let mut local = fold(local);
    if let Some(tag) = local.find('+') {
        local.truncate(tag);
    }
    if gmail && local.contains('.') {
        local.retain(|c| c != '.');
        // Dropping a dot can bring a letter next to a combining mark.
        local = fold(&local);
    }
    let domain = if gmail { "gmail.com" } else { domain.as_str() };
    format!("{local}@{domain}")
}

/// NFKC, lower case, invisible characters dropped, repeated until nothing changes (each step can
/// undo another's work in rare cases: NFKC yields capitals from letter-like symbols such as
/// U+210C, and dropping an invisible character can let two neighbours compose). The tests check
/// that the result is a fixed point for every code point; the bound only keeps the loop finite.
fn fold(text: &str) -> String {
    let nfkc = ComposingNormalizerBorrowed::new_nfkc();
    let ignorable = CodePointSetData::new::<DefaultIgnorableCodePoint>();
    let category = CodePointMapData::<GeneralCategory>::new();
    let mut current = text.to_string();
    for _ in 0..4 {
        let next: String = nfkc
            .normalize(&current)
            .to_lowercase()
            .chars()
            .filter(|&c| !(ignorable.contains(c) || category.get(c) == GeneralCategory::Format))
            .collect();
        if next == current {
            break;
        }
        current = next;
    }
    current
}

/// A form safe to show on a login page: enough to recognise one's own address, not to learn it.
/// `alice@example.com` -> `a***e@example.com`, `+46701234567` -> `+*********67`. The domain is
/// shown as stored, in its ASCII form (`xn--bcher-kva.example`): no look-alike letters on display.
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

    fn email(input: &str) -> Result<String> {
        normalize(input, Channel::Email)
    }

    fn phone(input: &str) -> Result<String> {
        normalize(input, Channel::Sms)
    }

    fn email_subject_of(input: &str) -> String {
        rate_subject(&email(input).unwrap(), Channel::Email)
    }

    #[test]
    fn emails_are_trimmed_lower_cased_and_idna_encoded() {
        let cases = [
            ("  Alice@Example.COM ", "alice@example.com"),
            ("bob+tag@mail.example.co.uk", "bob+tag@mail.example.co.uk"),
            ("ÅSA@Exempel.SE", "åsa@exempel.se"),
            // IDN: U-label and A-label are one domain, stored as the A-label.
            ("alice@bücher.example", "alice@xn--bcher-kva.example"),
            ("alice@BÜCHER.example", "alice@xn--bcher-kva.example"),
            ("alice@xn--bcher-kva.example", "alice@xn--bcher-kva.example"),
            ("alice@XN--BCHER-KVA.EXAMPLE", "alice@xn--bcher-kva.example"),
            // Decomposed ü (u + U+0308) is the same domain.
            ("alice@bu\u{308}cher.example", "alice@xn--bcher-kva.example"),
            // Full-width letters and the ideographic full stop map to their ASCII forms (UTS 46).
            ("alice@ｅｘａｍｐｌｅ。com", "alice@example.com"),
            // Nontransitional IDNA2008: ß is its own letter, not "ss".
            ("alice@straße.de", "alice@xn--strae-oqa.de"),
            ("alice@strasse.de", "alice@strasse.de"),
            ("ali@例え.テスト", "ali@xn--r8jz45g.xn--zckzah"),
            // The local part in NFC: composed and decomposed é are one address.
            ("ren\u{e9}@example.com", "ren\u{e9}@example.com"),
            ("rene\u{301}@example.com", "ren\u{e9}@example.com"),
            ("RENE\u{301}@example.com", "ren\u{e9}@example.com"),
            // Quite ordinary characters stay.
            (
                "o'brien.x_y-z!#$%&*/=?^`{|}~@example.com",
                "o'brien.x_y-z!#$%&*/=?^`{|}~@example.com",
            ),
            (
                "δοκιμή@παράδειγμα.δοκιμή",
                "δοκιμή@xn--hxajbheg2az3al.xn--jxalpdlp",
            ),
            ("alice@a\u{301}.example", "alice@xn--1ca.example"),
            ("alice@1.2.3.4", "alice@1.2.3.4"),
            ("alice@ab--cd.example", "alice@ab--cd.example"),
        ];
        for (input, expected) in cases {
            assert_eq!(email(input).unwrap(), expected, "{input:?}");
            // Idempotent: the delivery form is its own delivery form.
            assert_eq!(email(expected).unwrap(), expected, "{expected:?}");
        }
    }

    #[test]
    fn bad_emails_are_refused_with_the_reason() {
        let cases = [
            ("\"alice\"@example.com", "quoted local parts"),
            ("\"a\\lice\"@example.com", "is not allowed before the '@'"),
            ("alice(x)@example.com", "comments are not accepted"),
            ("(x)alice@example.com", "'(' is not allowed"),
            (".alice@example.com", "must stand between"),
            ("al..ice@example.com", "must stand between"),
            ("alice.@example.com", "must stand between"),
            ("", "is empty"),
            ("   ", "is empty"),
            ("alice.example.com", "no '@'"),
            ("a@b@example.com", "more than one '@'"),
            ("@example.com", "nothing before"),
            ("alice@localhost", "needs a dot"),
            ("alice@example.", "needs a dot"),
            ("alice@.com", "needs a dot"),
            ("alice@example..com", "needs a dot"),
            ("alice@", "needs a dot"),
            ("al ice@example.com", "whitespace (U+0020)"),
            ("alice@exa\u{0}mple.com", "a control character (U+0000)"),
            ("alice@exa\tmple.com", "whitespace (U+0009)"),
            ("alice\u{a0}@example.com", "whitespace (U+00A0)"),
            ("alice@exa\u{7f}mple.com", "a control character (U+007F)"),
            // Invisible characters: refused, with the code point named.
            (
                "alice@gm\u{ad}ail.com",
                "invisible formatting character (U+00AD)",
            ),
            ("al\u{ad}ice@gmail.com", "U+00AD"),
            ("a\u{200b}lice@gmail.com", "U+200B"),
            ("a\u{200c}lice@gmail.com", "U+200C"),
            ("a\u{200d}lice@gmail.com", "U+200D"),
            ("a\u{2060}lice@gmail.com", "U+2060"),
            ("\u{feff}alice@gmail.com", "U+FEFF"),
            ("alice\u{202e}@gmail.com", "U+202E"),
            ("alice@gmail.com\u{e0001}", "U+E0001"),
            // Default-ignorable but not format characters.
            (
                "a\u{34f}lice@gmail.com",
                "invisible (default-ignorable) character (U+034F)",
            ),
            ("a\u{fe0f}lice@gmail.com", "U+FE0F"),
            ("a\u{3164}lice@gmail.com", "U+3164"),
            ("a\u{115f}lice@gmail.com", "U+115F"),
            ("a\u{e0100}lice@gmail.com", "U+E0100"),
            // Unassigned and private use.
            (
                "a\u{378}lice@gmail.com",
                "an unassigned code point (U+0378)",
            ),
            ("a\u{fffe}lice@gmail.com", "U+FFFE"),
            (
                "a\u{e000}lice@gmail.com",
                "a private-use character (U+E000)",
            ),
            ("a\u{10fffd}lice@gmail.com", "U+10FFFD"),
            // Domains IDNA refuses.
            ("alice@exa_mple.com", "not a valid domain name"),
            ("alice@-example.com", "not a valid domain name"),
            ("alice@example-.com", "not a valid domain name"),
            ("alice@xn--a.example", "not a valid domain name"),
            ("alice@[192.0.2.1]", "not a valid domain name"),
            ("alice@exam\u{ff20}ple.com", "not a valid domain name"),
            ("alice@\u{301}a.example", "not a valid domain name"),
            ("alice@example.com\u{2488}", "not a valid domain name"),
        ];
        for (input, reason) in cases {
            let err = email(input).unwrap_err();
            assert_eq!(err.argument, "identifier");
            assert!(err.reason.contains(reason), "{input:?}: {}", err.reason);
        }
    }

    #[test]
    fn email_lengths() {
        let long = format!("{}@example.com", "a".repeat(250));
        assert!(email(&long).unwrap_err().reason.contains("longer than 254"));
        // 254 bytes exactly is fine, 255 is not.
        let local = "a".repeat(254 - "@example.com".len());
        assert_eq!(email(&format!("{local}@example.com")).unwrap().len(), 254);
        assert!(email(&format!("{local}a@example.com")).is_err());
        // The limit applies to the final form: an A-label is longer than its U-label.
        let domain = format!("{}example", "aaaaaaaaaaü.".repeat(8));
        let normalized = email(&format!("a@{domain}")).unwrap();
        let growth = normalized.len() - format!("a@{domain}").len();
        assert!(growth > 0);
        let padded = format!("{}@{domain}", "a".repeat(256 - normalized.len()));
        assert!(padded.len() <= 254 - growth + 1);
        assert!(email(&padded).unwrap_err().reason.contains("longer than"));
        // And the final form can be shorter than the input: full-width letters become ASCII.
        let wide = format!("{}@example.com", "ａ".repeat(200));
        assert!(wide.len() > 254);
        assert!(email(&wide).is_err()); // the local part keeps its full-width letters (NFC)
        let wide_domain = format!("{}@{}.com", "a".repeat(100), "ｅ".repeat(60));
        assert!(wide_domain.len() > 254);
        assert_eq!(email(&wide_domain).unwrap().len(), 100 + 1 + 60 + 4);
        // Labels of more than 63 bytes.
        let label = format!("alice@{}.com", "a".repeat(64));
        assert!(email(&label).unwrap_err().reason.contains("longer than 63"));
        assert!(email(&format!("alice@{}.com", "a".repeat(63))).is_ok());
        // Huge input is refused before any Unicode work.
        assert!(email(&"a".repeat(1_000_000))
            .unwrap_err()
            .reason
            .contains("longer than"));
    }

    #[test]
    fn phones_are_e164() {
        let cases = [
            ("+46 (70) 123-4567", "+46701234567"),
            ("+46701234567", "+46701234567"),
            ("0046701234567", "+46701234567"),
            ("00 46 70 123 45 67", "+46701234567"),
            // The trunk prefix written after the country code, with or without parentheses.
            ("+46 (0)70 123 45 67", "+46701234567"),
            ("+46 (0) 70-123 45 67", "+46701234567"),
            ("+460701234567", "+46701234567"),
            ("0046 (0)70 123 45 67", "+46701234567"),
            ("+44 (0)20 7946 0958", "+442079460958"),
            ("+49 (0)170 1234567", "+491701234567"),
            ("+33 (0)6 12 34 56 78", "+33612345678"),
            // Italy keeps its leading 0: it is part of the number, not a trunk prefix.
            ("+39 06 1234 5678", "+390612345678"),
            ("+39 (0)6 1234 5678", "+390612345678"),
            (" +1 650 253 0000 ", "+16502530000"),
            ("001.650.253.0000", "+16502530000"),
            ("+7 912 345-67-89", "+79123456789"),
            ("+800 1234 5678", "+80012345678"),
        ];
        for (input, expected) in cases {
            assert_eq!(phone(input).unwrap(), expected, "{input:?}");
            assert_eq!(phone(expected).unwrap(), expected, "{expected:?}");
        }
    }

    #[test]
    fn bad_phones_are_refused_with_the_reason() {
        let cases = [
            ("", "is not a phone number: it has no digits"),
            ("+", "it has no digits"),
            ("00", "it has no digits"),
            ("( )", "it has no digits"),
            ("+1234567890123456789", "more than 15 digits"),
            ("+46 70 ABC", "is not a phone number: 'A' is not a digit"),
            ("tel:+46701234567", "'t' is not a digit"),
            ("+46701234567 ext. 12", "'e' is not a digit"),
            ("46+70123456", "only at the start"),
            ("++46701234567", "only at the start"),
            ("4670123456７", "is not a digit"),
            ("+46\u{ad}701234567", "is not a digit"),
            // Not valid numbers.
            (
                "0701234567",
                "is not in international form: write + or 00, then the country code",
            ),
            ("070.123.45.67", "is not in international form"),
            ("46701234567", "is not in international form: write + or 00"),
            ("+0701234567", "does not start with a country code"),
            ("+0046701234567", "does not start with a country code"),
            ("+46", "is not a valid phone number: too short"),
            ("+467", "too short"),
            ("+1234567890123456", "is not a valid phone number"),
            (
                "+15550100000",
                "not in the numbering plan of country code +1",
            ),
            (
                "+1 (0)650 253 0000",
                "not in the numbering plan of country code +1",
            ),
            ("+4670123456789012", "is not a valid phone number"),
            ("+46000000000", "is not a valid phone number"),
            // Valid for libphonenumber, but 16 digits: not E.164.
            (
                "+49 (60)623572372357",
                "is not a valid phone number: E.164 numbers have at most 15 digits",
            ),
        ];
        for (input, reason) in cases {
            let err = phone(input).unwrap_err();
            assert_eq!(err.argument, "identifier");
            assert!(err.reason.contains(reason), "{input:?}: {}", err.reason);
        }
        // Absurdly long input stops early instead of building a huge string.
        assert!(phone(&"1".repeat(1_000_000))
            .unwrap_err()
            .reason
            .contains("more than 15 digits"));
    }

    /// Every example number of libphonenumber's metadata (all regions, all number types) comes out
    /// in E.164, and that form is its own normalisation and its own rate-limit subject.
    #[test]
    fn every_example_number_round_trips() {
        let mut checked = 0;
        for region in phonenumber::metadata::DATABASE.iter() {
            for example in crate::phone_origin::number_types(region).filter_map(|d| d.example()) {
                let typed = format!("+{} {example}", region.country_code());
                let Ok(normalized) = phone(&typed) else {
                    continue; // a few examples are valid only in national dialling
                };
                assert_eq!(normalized, format!("+{}{example}", region.country_code()));
                assert_eq!(phone(&normalized).unwrap(), normalized, "{typed}");
                assert_eq!(rate_subject(&normalized, Channel::Sms), normalized);
                let with_zeros = format!("00{}{example}", region.country_code());
                assert_eq!(phone(&with_zeros).unwrap(), normalized, "{with_zeros}");
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn email_rate_subjects() {
        // The attacks that worked: each spelling is the one subject of alice@gmail.com.
        let alice = email_subject_of("alice@gmail.com");
        assert_eq!(alice, "alice@gmail.com");
        for same in [
            "alice+1@gmail.com",
            "alice+2@gmail.com",
            "Alice+Anything+More@GMail.com",
            "a.lice@gmail.com",
            "a.l.i.c.e@gmail.com",
            "alice+x.y@gmail.com",
            "alice@googlemail.com",
            "a.lice+z@GoogleMail.com",
            "alice@gmail.com ",
            // NFKC: full-width and other compatibility letters are one letter.
            "ａｌｉｃｅ@gmail.com",
            "ａlice＋1@gmail.com",
            "alice@ｇｍａｉｌ.com",
        ] {
            assert_eq!(email_subject_of(same), alice, "{same:?}");
        }
        // Invisible characters no longer even get a subject: they are refused.
        for refused in [
            "alice@gm\u{ad}ail.com",
            "a\u{200b}lice@gmail.com",
            "a\u{200d}lice@gmail.com",
            "a\u{2060}lice@gmail.com",
            "alice\u{feff}@gmail.com",
        ] {
            assert!(email(refused).is_err(), "{refused:?}");
        }
        // IDN: U-label and A-label are one subject.
        assert_eq!(
            email_subject_of("bob@bücher.example"),
            email_subject_of("bob@xn--bcher-kva.example")
        );
        assert_eq!(
            email_subject_of("bob@bücher.example"),
            "bob@xn--bcher-kva.example"
        );
        // Elsewhere the tag goes but dots stay: other providers tell a.lice from alice.
        assert_eq!(
            email_subject_of("a.lice+tag@example.com"),
            "a.lice@example.com"
        );
        assert_ne!(
            email_subject_of("a.lice@example.com"),
            email_subject_of("alice@example.com")
        );
        assert_eq!(
            email_subject_of("bob+x@Bücher.example"),
            "bob@xn--bcher-kva.example"
        );
        // Not gmail: subdomains and look-alikes are other providers.
        assert_eq!(email_subject_of("a.b@mail.gmail.com"), "a.b@mail.gmail.com");
        assert_eq!(email_subject_of("a.b@gmail.co"), "a.b@gmail.co");
        // NFKC in the subject, where the delivery form keeps the character as typed (NFC).
        assert_eq!(email("ﬁnn@example.com").unwrap(), "ﬁnn@example.com");
        assert_eq!(email_subject_of("ﬁnn@example.com"), "finn@example.com");
        assert_eq!(email_subject_of("ℌans@example.com"), "hans@example.com");
        assert_eq!(email_subject_of("𝐀lice@example.com"), "alice@example.com");
        // A tag with nothing before it leaves an empty local part.
        assert_eq!(email_subject_of("+tag@example.com"), "@example.com");
    }

    #[test]
    fn rate_subjects_of_stored_and_odd_text() {
        let cases = [
            // Identifiers stored by older versions.
            (
                "alice@bücher.example",
                Channel::Email,
                "alice@xn--bcher-kva.example",
            ),
            ("alice@gm\u{ad}ail.com", Channel::Email, "alice@gmail.com"),
            (
                "a\u{200b}l\u{2060}ice+1@gmail.com",
                Channel::Email,
                "alice@gmail.com",
            ),
            ("Alice@Example.com", Channel::Email, "alice@example.com"),
            ("46701234567", Channel::Sms, "46701234567"),
            ("+460701234567", Channel::Sms, "+46701234567"),
            ("+46701234567", Channel::Sms, "+46701234567"),
            ("0701234567", Channel::Sms, "0701234567"),
            // Anything at all.
            ("", Channel::Email, ""),
            ("", Channel::Sms, ""),
            ("no at sign", Channel::Email, "no at sign"),
            ("@", Channel::Email, "@"),
            ("a@b@c", Channel::Email, "a@b@c"),
            ("a\u{ff20}b@example.com", Channel::Email, "a@b@example.com"),
            ("x@exa_mple.com", Channel::Email, "x@exa_mple.com"),
            ("x@EXA_mple.com", Channel::Email, "x@EXA_mple.com"),
            ("a.\u{308}b@gmail.com", Channel::Email, "äb@gmail.com"),
            ("hello", Channel::Sms, "hello"),
        ];
        for (input, channel, expected) in cases {
            let subject = rate_subject(input, channel);
            assert_eq!(subject, expected, "{input:?}");
            assert_eq!(rate_subject(&subject, channel), subject, "{input:?}");
        }
    }

    /// Every code point, alone and between letters, in the local part and in the domain: the
    /// delivery form and the rate-limit subject are idempotent and nothing panics.
    #[test]
    fn every_code_point_is_idempotent() {
        let nfc = ComposingNormalizerBorrowed::new_nfc();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            // The local part as normalize builds it: lower case, then NFC.
            let local = format!("a{c}b");
            let once = nfc.normalize(&local.to_lowercase()).into_owned();
            let twice = nfc.normalize(&once.to_lowercase()).into_owned();
            assert_eq!(once, twice, "U+{:04X}", u32::from(c));
            if refused_in_email(c).is_none() {
                assert!(
                    once.chars().all(|d| refused_in_email(d).is_none()),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
            // The subject's local part.
            let folded = fold(&local);
            assert_eq!(fold(&folded), folded, "U+{:04X}", u32::from(c));
            let alone = fold(&c.to_string());
            assert_eq!(fold(&alone), alone, "U+{:04X}", u32::from(c));
        }
    }

    /// Whole identifiers, for a sample of code points (the whole range is slow in a debug build).
    #[test]
    fn sampled_code_points_in_whole_identifiers() {
        let samples = (0..=0x10FFFF)
            .step_by(97)
            .chain(0..0x3000)
            .filter_map(char::from_u32);
        for c in samples {
            for typed in [
                format!("a{c}b@example.com"),
                format!("{c}@gmail.com"),
                format!("a.{c}+x@gmail.com"),
                format!("x@a{c}b.example"),
                format!("x@{c}.example"),
            ] {
                mask(&typed, Channel::Email);
                let subject = rate_subject(&typed, Channel::Email);
                assert_eq!(rate_subject(&subject, Channel::Email), subject, "{typed:?}");
                if let Ok(normalized) = email(&typed) {
                    assert_eq!(email(&normalized).unwrap(), normalized, "{typed:?}");
                    let subject = rate_subject(&normalized, Channel::Email);
                    assert_eq!(rate_subject(&subject, Channel::Email), subject, "{typed:?}");
                    mask(&normalized, Channel::Email);
                }
            }
            let typed = format!("+4670{c}1234567");
            mask(&typed, Channel::Sms);
            let subject = rate_subject(&typed, Channel::Sms);
            assert_eq!(rate_subject(&subject, Channel::Sms), subject, "{typed:?}");
        }
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
            ("bob+tag@example.com", Channel::Email, "b***g@example.com"),
            (
                "alice@xn--bcher-kva.example",
                Channel::Email,
                "a***e@xn--bcher-kva.example",
            ),
            ("+46701234567", Channel::Sms, "+*********67"),
            ("0701234567", Channel::Sms, "********67"),
            // Not normalised: still no panic, still by characters.
            ("éa", Channel::Sms, "éa"),
            ("+ééé", Channel::Sms, "+*éé"),
            ("", Channel::Sms, ""),
            ("+", Channel::Sms, "+"),
            ("", Channel::Email, "@"),
            ("@", Channel::Email, "@"),
            ("a\u{301}@x", Channel::Email, "a***@x"),
        ];
        for (input, channel, expected) in cases {
            assert_eq!(mask(input, channel), expected, "{input:?}");
        }
    }
}
