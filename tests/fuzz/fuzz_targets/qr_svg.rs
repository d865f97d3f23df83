//! qr::svg of any text: an error naming `uri` for empty text or text too long for a QR code,
//! otherwise an SVG whose path draws exactly the dark modules of the QR code of that text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otp_pg_core::{assert_invalid, qr};
use qrcode::{Color, EcLevel, QrCode};

const QUIET_ZONE: usize = 4;

/// The dark modules (x, y) drawn by the SVG's path of "Mx,yhNv1h-Nz" runs, and the side length
/// its viewBox declares.
fn drawn_modules(svg: &str) -> (Vec<(usize, usize)>, usize) {
    let view_box = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let (width, height) = view_box.split_once(' ').unwrap();
    assert_eq!(width, height);
    let path = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let mut dark = Vec::new();
    for run in path.split('M').filter(|run| !run.is_empty()) {
        let (origin, shape) = run.split_once('h').unwrap();
        let (x, y) = origin.split_once(',').unwrap();
        let (length, back) = shape.split_once("v1h-").unwrap();
        assert_eq!(back, format!("{length}z"));
        let (x, y, length): (usize, usize, usize) = (
            x.parse().unwrap(),
            y.parse().unwrap(),
            length.parse().unwrap(),
        );
        assert!(length > 0);
        dark.extend((x..x + length).map(|column| (column - QUIET_ZONE, y - QUIET_ZONE)));
    }
    (dark, width.parse().unwrap())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let reference = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M);
    match qr::svg(&text) {
        Ok(svg) => {
            let code = reference.expect("svg made a QR code the encoder refuses");
            assert!(!text.is_empty());
            assert!(
                svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" ")
                    && svg.ends_with("</svg>")
            );
            let width = code.width();
            let expected: Vec<(usize, usize)> = code
                .to_colors()
                .iter()
                .enumerate()
                .filter(|(_, color)| **color == Color::Dark)
                .map(|(i, _)| (i % width, i / width))
                .collect();
            let (mut drawn, side) = drawn_modules(&svg);
            drawn.sort_by_key(|&(x, y)| (y, x));
            assert_eq!(drawn, expected);
            assert_eq!(side, width + 2 * QUIET_ZONE);
        }
        Err(err) => {
            assert_invalid(&err, "uri");
            if text.is_empty() {
                assert_eq!(err.reason, "is empty");
            } else {
                assert!(reference.is_err(), "{text:?}: {err}");
                assert!(err.reason.starts_with("does not fit in a QR code"), "{err}");
            }
        }
    }
});
