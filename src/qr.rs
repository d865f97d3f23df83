//! QR codes as SVG, so an enrolment picture needs no other library. Each dark module is a unit
//! square in a path; runs of dark modules in a row are merged into one rectangle.

use qrcode::{Color, EcLevel, QrCode};

use crate::error::{InputError, Result};

/// Blank modules around the symbol, as ISO/IEC 18004 requires for reliable scanning.
const QUIET_ZONE: usize = 4;
/// Rendered size of one module in CSS pixels when the SVG is shown at its natural size.
const MODULE_PIXELS: usize = 6;

pub fn svg(text: &str) -> Result<String> {
    if text.is_empty() {
        return Err(InputError::invalid("uri", "is empty"));
    }
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the dark modules back out of the SVG path.
    fn modules(svg: &str) -> Vec<(usize, usize)> {
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut dark = Vec::new();
        for command in d.split('M').filter(|c| !c.is_empty()) {
            let (xy, rest) = command.split_once('h').unwrap();
            let (x, y) = xy.split_once(',').unwrap();
            let run: usize = rest.split('v').next().unwrap().parse().unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            dark.extend((x..x + run).map(|column| (column - QUIET_ZONE, y - QUIET_ZONE)));
        }
        dark
    }

    #[test]
    fn the_module_matrix_round_trips() {
        let uri = "otpauth://totp/Example%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Co";
        let picture = svg(uri).unwrap();
        let code = QrCode::with_error_correction_level(uri.as_bytes(), EcLevel::M).unwrap();
        let width = code.width();
        let expected: Vec<(usize, usize)> = code
            .to_colors()
            .iter()
            .enumerate()
            .filter(|(_, color)| **color == Color::Dark)
            .map(|(i, _)| (i % width, i / width))
            .collect();
        let mut found = modules(&picture);
        found.sort_by_key(|&(x, y)| (y, x));
        assert_eq!(found, expected);
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
