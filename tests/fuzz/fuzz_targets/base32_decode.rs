//! base32::decode against a naive reference decoder (one symbol at a time, no fast path): the same
//! bytes for every valid text, and for every invalid one the same error, naming the argument and
//! the offending position.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::base32;
use otp_pg_fuzz::{assert_invalid, is_skipped_whitespace};

#[derive(Debug)]
enum Expected {
    Bytes(Vec<u8>),
    Empty,
    /// 1-based byte position, and the character as the message quotes it.
    BadCharacter(usize, String),
    DataAfterPadding(usize),
    Truncated(usize),
}

fn symbol_value(byte: u8) -> Option<u8> {
    match byte.to_ascii_uppercase() {
        upper @ b'A'..=b'Z' => Some(upper - b'A'),
        digit @ b'2'..=b'7' => Some(digit - b'2' + 26),
        _ => None,
    }
}

fn quoted(text: &str, position: usize) -> String {
    let c = text[position..]
        .chars()
        .next()
        .expect("a character starts here");
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("'{c}'")
    }
}

fn reference(text: &str) -> Expected {
    let mut bits: Vec<u8> = Vec::new();
    let mut symbols = 0usize;
    let mut padding = false;
    for (index, byte) in text.bytes().enumerate() {
        if is_skipped_whitespace(byte) {
            continue;
        }
        if byte == b'=' {
            padding = true;
            continue;
        }
        if padding {
            return Expected::DataAfterPadding(index + 1);
        }
        let Some(value) = symbol_value(byte) else {
            return Expected::BadCharacter(index + 1, quoted(text, index));
        };
        bits.extend((0..5).rev().map(|shift| (value >> shift) & 1));
        symbols += 1;
    }
    if symbols == 0 {
        Expected::Empty
    } else if matches!(symbols % 8, 1 | 3 | 6) {
        Expected::Truncated(symbols)
    } else {
        // Bits left over after the last whole byte are dropped, whatever their value.
        Expected::Bytes(
            bits.chunks_exact(8)
                .map(|byte| byte.iter().fold(0u8, |acc, &bit| (acc << 1) | bit))
                .collect(),
        )
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let result = base32::decode(&text, "data");
    match (reference(&text), result) {
        (Expected::Bytes(expected), Ok(decoded)) => {
            assert_eq!(decoded, expected, "{text:?}");
            // The canonical form of what was decoded decodes to the same bytes.
            let canonical = base32::encode(&decoded, false);
            assert_eq!(base32::decode(&canonical, "data").unwrap(), decoded);
        }
        (expected, Err(err)) => {
            assert_invalid(&err, "data");
            let wanted = match &expected {
                Expected::Bytes(_) => panic!("{text:?} decodes, yet: {err}"),
                Expected::Empty => "is empty".to_string(),
                Expected::BadCharacter(position, quoted) => {
                    format!("character {quoted} at position {position} is not in")
                }
                Expected::DataAfterPadding(position) => {
                    format!("followed by data at position {position}")
                }
                Expected::Truncated(symbols) => format!(": {symbols} symbols do not decode"),
            };
            assert!(
                err.reason.contains(&wanted),
                "{text:?}: {} (wanted {wanted})",
                err.reason
            );
        }
        (expected, Ok(decoded)) => panic!("{text:?} gave {decoded:?}, expected {expected:?}"),
    }
});
