//! RFC 4648 base32 (the alphabet authenticator apps use for secrets).
//!
//! Encoding is upper case; decoding is lenient in the ways secrets are written by people and
//! services: any case, ASCII whitespace anywhere, trailing `=` padding present, partial or absent.

use crate::error::{InputError, Result};

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Maps an ASCII byte to its 5-bit value, or 0xFF when it is not in the alphabet (either case).
const DECODE_TABLE: [u8; 256] = {
    let mut table = [0xFFu8; 256];
    let mut i = 0;
    while i < 32 {
        let c = ALPHABET[i];
        table[c as usize] = i as u8;
        table[c.to_ascii_lowercase() as usize] = i as u8;
        i += 1;
    }
    table
};

/// Encodes `data`; with `pad`, appends `=` up to a multiple of 8 characters.
pub fn encode(data: &[u8], pad: bool) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut block = [0u8; 5];
        block[..chunk.len()].copy_from_slice(chunk);
        let bits = u64::from_be_bytes([0, 0, 0, block[0], block[1], block[2], block[3], block[4]]);
        // Characters that carry at least one bit of this chunk.
        let used = (chunk.len() * 8).div_ceil(5);
        for i in 0..8 {
            if i < used {
                let index = (bits >> (35 - 5 * i)) & 0x1F;
                out.push(ALPHABET[index as usize] as char);
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

/// Decodes base32 text; `argument` names the SQL argument in error messages.
pub fn decode(text: &str, argument: &'static str) -> Result<Vec<u8>> {
    let input = text.as_bytes();
    let mut out = Vec::with_capacity(input.len() * 5 / 8 + 5);

    // Fast path for the canonical form: whole blocks of 8 alphabet symbols become 5 bytes at a
    // time. The first block with anything else (space, padding, a bad byte, the tail) goes to
    // the general loop below, which starts on a block boundary with nothing buffered.
    let mut start = 0;
    while start + 8 <= input.len() {
        let mut block: u64 = 0;
        let mut invalid: u8 = 0;
        for &byte in &input[start..start + 8] {
            let value = DECODE_TABLE[byte as usize];
            invalid |= value;
            block = (block << 5) | u64::from(value & 0x1F);
        }
        if invalid & 0x80 != 0 {
            break;
        }
        out.extend_from_slice(&block.to_be_bytes()[3..]);
        start += 8;
    }

    let mut buffer: u64 = 0;
    let mut bits: u32 = 0;
    let mut symbols: usize = start;
    let mut padding_seen = false;

    for (position, byte) in input.iter().copied().enumerate().skip(start) {
        if byte.is_ascii_whitespace() {
            continue;
        }
        if byte == b'=' {
            padding_seen = true;
            continue;
        }
        if padding_seen {
            return Err(InputError::invalid(
                argument,
                format!(
                    "is not valid base32: padding '=' is followed by data at position {}",
                    position + 1
                ),
            ));
        }
        let value = DECODE_TABLE[byte as usize];
        if value == 0xFF {
            return Err(InputError::invalid(
                argument,
                format!(
                    "is not valid base32: character {} at position {} is not in the RFC 4648 alphabet (A-Z, 2-7)",
                    describe_byte(text, position),
                    position + 1
                ),
            ));
        }
        buffer = (buffer << 5) | u64::from(value);
        bits += 5;
        symbols += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }

    if symbols == 0 {
        return Err(InputError::invalid(argument, "is empty"));
    }
    // 1, 3 and 6 leftover symbols can't come from whole bytes: the text was cut or mistyped.
    if matches!(symbols % 8, 1 | 3 | 6) {
        return Err(InputError::invalid(
            argument,
            format!(
                "is not valid base32: {symbols} symbols do not decode to whole bytes (truncated?)"
            ),
        ));
    }
    Ok(out)
}

/// Quotes the character at `position` for a message, showing non-printable ones by code point.
fn describe_byte(text: &str, position: usize) -> String {
    match text.get(position..).and_then(|rest| rest.chars().next()) {
        Some(c) if !c.is_control() => format!("'{c}'"),
        Some(c) => format!("U+{:04X}", c as u32),
        None => format!("0x{:02X}", text.as_bytes()[position]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 4648 section 10 vectors.
    const RFC_VECTORS: &[(&str, &str)] = &[
        ("", ""),
        ("f", "MY======"),
        ("fo", "MZXQ===="),
        ("foo", "MZXW6==="),
        ("foob", "MZXW6YQ="),
        ("fooba", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI======"),
    ];

    #[test]
    fn encodes_rfc4648_vectors() {
        for (plain, encoded) in RFC_VECTORS {
            assert_eq!(encode(plain.as_bytes(), true), *encoded, "{plain}");
            assert_eq!(
                encode(plain.as_bytes(), false),
                encoded.trim_end_matches('='),
                "{plain}"
            );
        }
    }

    #[test]
    fn decodes_rfc4648_vectors_padded_unpadded_and_lower_case() {
        for (plain, encoded) in RFC_VECTORS.iter().skip(1) {
            let unpadded = encoded.trim_end_matches('=');
            for form in [
                encoded.to_string(),
                unpadded.to_string(),
                unpadded.to_lowercase(),
            ] {
                assert_eq!(decode(&form, "secret").unwrap(), plain.as_bytes(), "{form}");
            }
        }
    }

    #[test]
    fn ignores_whitespace_anywhere() {
        let spaced = " GEZD GNBV\tGY3T QOJQ\nGEZD GNBV GY3T QOJQ ";
        assert_eq!(decode(spaced, "secret").unwrap(), b"12345678901234567890");
    }

    #[test]
    fn fast_and_general_paths_agree() {
        // Whole canonical blocks take the fast path; a space, padding or bad byte hands over to
        // the general loop on a block boundary, with positions still counted from the start.
        let key: Vec<u8> = (0..40u8).map(|i| i.wrapping_mul(73)).collect();
        let canonical = encode(&key, false);
        for split in (8..canonical.len()).step_by(8) {
            let spaced = format!("{} {}", &canonical[..split], &canonical[split..]);
            assert_eq!(decode(&spaced, "secret").unwrap(), key, "space at {split}");
        }
        assert_eq!(
            decode(&encode(&key[..11], true), "secret").unwrap(),
            &key[..11]
        );
        let err = decode(&format!("{}!", &canonical[..16]), "secret").unwrap_err();
        assert!(
            err.reason.contains("character '!' at position 17"),
            "{}",
            err.reason
        );
    }

    #[test]
    fn keeps_zero_bytes() {
        assert_eq!(decode("AAAAAAAAAAAAAAAA", "secret").unwrap(), vec![0u8; 10]);
        let key: Vec<u8> = std::iter::once(0u8)
            .chain(std::iter::repeat_n(0x31, 19))
            .collect();
        assert_eq!(decode(&encode(&key, false), "secret").unwrap(), key);
    }

    #[test]
    fn round_trips_every_length() {
        for len in 0..=70usize {
            let data: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            for pad in [false, true] {
                let text = encode(&data, pad);
                if len == 0 {
                    assert!(decode(&text, "data").is_err());
                } else {
                    assert_eq!(decode(&text, "data").unwrap(), data, "len {len} pad {pad}");
                }
            }
        }
    }

    #[test]
    fn rejects_bad_input_with_the_argument_named() {
        let cases: &[(&str, &str)] = &[
            ("", "is empty"),
            ("   ", "is empty"),
            ("====", "is empty"),
            ("GEZDGNB1", "character '1' at position 8"),
            ("GEZD0NBV", "character '0' at position 5"),
            ("GEZ=DGNBV", "padding '=' is followed by data"),
            ("A", "1 symbols do not decode"),
            ("ABC", "3 symbols do not decode"),
            ("ABCDEF", "6 symbols do not decode"),
            ("GEZDGNBVé", "character 'é' at position 9"),
            ("GEZD\u{0}GNB", "character U+0000 at position 5"),
        ];
        for (input, expected) in cases {
            let err = decode(input, "secret").unwrap_err();
            assert_eq!(err.argument, "secret");
            assert!(err.reason.contains(expected), "{input:?}: {}", err.reason);
        }
    }
}
