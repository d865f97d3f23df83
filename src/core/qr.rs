//! QR codes as SVG, so an enrolment picture needs no other library. Each dark module is a unit
//! square in a path; runs of dark modules in a row are merged into one rectangle.

use qrcode::{Color, EcLevel, QrCode};

use crate::error::{InputError, Result};

/// Blank modules around the symbol, as ISO/IEC 18004 requires for reliable scanning.
pub const QUIET_ZONE: usize = 4;
/// Rendered size of one module in CSS pixels when the SVG is shown at its natural size.
const MODULE_PIXELS: usize = 6;

/// The QR code of `text` (error correction level M: 15% of the symbol may be lost).
fn encode(text: &str) -> std::result::Result<QrCode, qrcode::types::QrError> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
}

pub fn svg(text: &str) -> Result<String> {
    if text.is_empty() {
        return Err(InputError::invalid("uri", "is empty"));
    }
    let code = encode(text)
        .map_err(|err| InputError::invalid("uri", format!("does not fit in a QR code ({err})")))?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET_ZONE;

    let mut path = String::with_capacity(width * width * 4);
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{},{}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    let pixels = size * MODULE_PIXELS;
    Ok(format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{pixels}" height="{pixels}" "#,
            r#"viewBox="0 0 {size} {size}" shape-rendering="crispEdges">"#,
            r##"<rect width="{size}" height="{size}" fill="#ffffff"/>"##,
            r##"<path fill="#000000" d="{path}"/></svg>"##
        ),
        pixels = pixels,
        size = size,
        path = path
    ))
}

/// Reading a picture of `svg` back, for the unit tests below and the fuzz crate's qr_svg target
/// (feature `fuzzing`): what the path draws, against what the encoder made.
#[cfg(any(test, feature = "fuzzing"))]
pub mod reading {
    use super::{encode, Color, QUIET_ZONE};

    /// The dark modules (x, y) of the symbol, quiet zone taken off, drawn by the SVG's path of
    /// `Mx,yhNv1h-Nz` runs, in reading order; and the side length its viewBox declares. Panics on
    /// an SVG that `svg` does not make.
    pub fn drawn_modules(svg: &str) -> (Vec<(usize, usize)>, usize) {
        let attribute = |prefix: &str| svg.split(prefix).nth(1).unwrap().split('"').next().unwrap();
        let (width, height) = attribute("viewBox=\"0 0 ").split_once(' ').unwrap();
        assert_eq!(width, height);
        let mut dark = Vec::new();
        for run in attribute(" d=\"").split('M').filter(|run| !run.is_empty()) {
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
        dark.sort_by_key(|&(x, y)| (y, x));
        (dark, width.parse().unwrap())
    }

    /// The dark modules (x, y) of the QR code the encoder makes of `text`, in reading order, and
    /// its width in modules; None if the encoder refuses the text.
    pub fn encoded_modules(text: &str) -> Option<(Vec<(usize, usize)>, usize)> {
        let code = encode(text).ok()?;
        let width = code.width();
        let dark = code
            .to_colors()
            .iter()
            .enumerate()
            .filter(|(_, color)| **color == Color::Dark)
            .map(|(i, _)| (i % width, i / width))
            .collect();
        Some((dark, width))
    }
}

#[cfg(test)]
mod tests {
    use super::reading::{drawn_modules, encoded_modules};
    use super::*;

    #[test]
    fn the_module_matrix_round_trips() {
        let uri = "otpauth://totp/Example%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Co";
        let picture = svg(uri).unwrap();
        let (expected, width) = encoded_modules(uri).unwrap();
        assert_eq!(drawn_modules(&picture), (expected, width + 2 * QUIET_ZONE));
        assert!(picture.starts_with("<svg ") && picture.ends_with("</svg>"));
    }
    #[test]
    fn refuses_what_does_not_fit() {
        assert_eq!(svg("").unwrap_err().argument, "uri");
        assert!(svg(&"x".repeat(2331)).is_ok());
        assert!(svg(&"x".repeat(5000))
            .unwrap_err()
            .reason
            .contains("does not fit"));
    }
}
