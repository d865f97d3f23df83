//! What the fuzz targets share: a reader of fuzz input and checks of the core's errors. The code
//! under test is otp_pg_core (src/core), the crate the extension is built on.

use otp_pg_core::error::{ErrorClass, InputError};

/// Reads a fuzz input front to back. Short inputs read as zeros rather than being discarded, so
/// that every input exercises the code under test.
pub struct Input<'a> {
    rest: &'a [u8],
}

impl<'a> Input<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Input { rest: data }
    }

    pub fn byte(&mut self) -> u8 {
        match self.rest.split_first() {
            Some((&first, rest)) => {
                self.rest = rest;
                first
            }
            None => 0,
        }
    }

    pub fn array<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        for slot in out.iter_mut() {
            *slot = self.byte();
        }
        out
    }

    pub fn u64(&mut self) -> u64 {
        u64::from_be_bytes(self.array())
    }

    pub fn i64(&mut self) -> i64 {
        i64::from_be_bytes(self.array())
    }

    pub fn i32(&mut self) -> i32 {
        i32::from_be_bytes(self.array())
    }

    /// A length byte, then that many bytes (fewer if the input ends).
    pub fn short_bytes(&mut self) -> &'a [u8] {
        let length = usize::from(self.byte()).min(self.rest.len());
        let (taken, rest) = self.rest.split_at(length);
        self.rest = rest;
        taken
    }

    /// Bytes up to the next 0xFF (which never occurs in UTF-8, so any text fits in a field), or
    /// to the end.
    pub fn field(&mut self) -> &'a [u8] {
        match self.rest.iter().position(|&b| b == 0xFF) {
            Some(end) => {
                let (taken, rest) = self.rest.split_at(end);
                self.rest = &rest[1..];
                taken
            }
            None => self.rest(),
        }
    }

    /// A field as text; invalid UTF-8 becomes U+FFFD, as the SQL layer only ever sees valid text.
    pub fn text_field(&mut self) -> String {
        String::from_utf8_lossy(self.field()).into_owned()
    }

    pub fn rest(&mut self) -> &'a [u8] {
        std::mem::take(&mut self.rest)
    }

    pub fn rest_text(&mut self) -> String {
        String::from_utf8_lossy(self.rest()).into_owned()
    }
}

/// The error is the module's own kind for bad input: it names `argument`, is classed as an invalid
/// parameter and says why.
pub fn assert_invalid(err: &InputError, argument: &str) {
    assert_eq!(err.argument, argument, "{err:?}");
    assert_eq!(err.class, ErrorClass::InvalidParameter, "{err:?}");
    assert!(!err.reason.is_empty(), "{err:?}");
    assert!(err.to_string().starts_with(argument), "{err}");
}

/// ASCII whitespace as base32 decoding skips it: RFC 4648 section 3.3 leaves that to the
/// application; otp_pg takes space, tab, LF, FF and CR.
pub fn is_skipped_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0C | b'\r')
}
