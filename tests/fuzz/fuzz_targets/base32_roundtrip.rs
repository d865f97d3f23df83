//! base32::encode of any bytes: the RFC 4648 length and alphabet, and decode gives the bytes back,
//! also after the changes people make when they copy a secret (lower case, spaces or line breaks
//! every few symbols, padding dropped).
//!
//! Input: flags byte (bit 0 pad, bit 1 lower case), spacing byte (0: none; n: a separator after
//! every n symbols), then the data.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::base32;
use otp_pg_fuzz::{assert_invalid, Input};

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let flags = input.byte();
    let spacing = usize::from(input.byte());
    let bytes = input.rest();
    let pad = flags & 1 == 1;

    let encoded = base32::encode(bytes, pad);
    let symbols = (bytes.len() * 8).div_ceil(5);
    let symbol_part = encoded.trim_end_matches('=');
    assert_eq!(symbol_part.len(), symbols);
    assert!(
        symbol_part.chars().all(|c| ALPHABET.contains(c)),
        "{encoded}"
    );
    if pad {
        assert_eq!(encoded.len(), symbols.div_ceil(8) * 8, "{encoded}");
    } else {
        assert_eq!(encoded.len(), symbols, "{encoded}");
    }

    let mut typed = if flags & 2 == 2 {
        encoded.to_lowercase()
    } else {
        encoded.clone()
    };
    if spacing > 0 {
        let separators = [" ", "\t", "\r\n", "\x0C"];
        let mut spaced = String::with_capacity(typed.len() * 2);
        for (index, c) in typed.chars().enumerate() {
            if index > 0 && index % spacing == 0 {
                spaced.push_str(separators[index / spacing % separators.len()]);
            }
            spaced.push(c);
        }
        typed = spaced;
    }

    for text in [&encoded, &typed] {
        match base32::decode(text, "secret") {
            Ok(decoded) => assert_eq!(decoded, bytes, "{text:?}"),
            Err(err) => {
                assert!(bytes.is_empty(), "{text:?} of {bytes:?}: {err}");
                assert_invalid(&err, "secret");
                assert_eq!(err.reason, "is empty");
            }
        }
    }
});
