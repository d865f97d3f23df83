//! qr::svg of any text: an error naming `uri` for empty text or text too long for a QR code,
//! otherwise an SVG whose path draws exactly the dark modules of the QR code of that text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::qr::{self, reading};
use otp_pg_fuzz::assert_invalid;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let reference = reading::encoded_modules(&text);
    match qr::svg(&text) {
        Ok(svg) => {
            let (expected, width) = reference.expect("svg made a QR code the encoder refuses");
            assert!(!text.is_empty());
            assert!(
                svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" ")
                    && svg.ends_with("</svg>")
            );
            assert_eq!(
                reading::drawn_modules(&svg),
                (expected, width + 2 * qr::QUIET_ZONE)
            );
        }
        Err(err) => {
            assert_invalid(&err, "uri");
            if text.is_empty() {
                assert_eq!(err.reason, "is empty");
            } else {
                assert!(reference.is_none(), "{text:?}: {err}");
                assert!(err.reason.starts_with("does not fit in a QR code"), "{err}");
            }
        }
    }
});
