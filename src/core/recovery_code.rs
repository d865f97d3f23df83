//! Recovery codes, the one-use codes that stand in for a lost authenticator: their format, drawing
//! one, and reading one back as it was typed.

use crate::error::Result;
use crate::random;

/// Crockford's base32: no I, L, O or U, so what is read aloud or written down is read back right.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Ten symbols of five bits: 50 bits per recovery code, shown as two groups of five.
const SYMBOLS: usize = 10;

/// A new recovery code such as `7k2qd-9xm4t`.
pub fn new() -> Result<String> {
    let mut bytes = [0u8; SYMBOLS];
    random::fill(&mut bytes, "count")?;
    let mut code = String::with_capacity(SYMBOLS + 1);
    for (i, byte) in bytes.iter().enumerate() {
        if i == SYMBOLS / 2 {
            code.push('-');
        }
        // 256 is a multiple of 32: taking the low five bits is uniform.
        code.push(ALPHABET[(byte & 0x1F) as usize].to_ascii_lowercase() as char);
    }
    Ok(code)
}

/// The canonical form of a typed recovery code: case, spaces and dashes ignored, and the letters
/// people confuse with digits (O, I, L) read as those digits. None if it can't be a recovery code.
pub fn normalize(code: &str) -> Option<String> {
    let mut canonical = String::with_capacity(SYMBOLS);
    for c in code.chars() {
        let symbol = match c.to_ascii_uppercase() {
            ' ' | '-' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            other if other.is_ascii() && ALPHABET.contains(&(other as u8)) => other,
            _ => return None,
        };
        if canonical.len() == SYMBOLS {
            return None;
        }
        canonical.push(symbol);
    }
    (canonical.len() == SYMBOLS).then_some(canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes() {
        let codes: Vec<String> = (0..500).map(|_| new().unwrap()).collect();
        for code in &codes {
            assert_eq!(code.len(), 11);
            assert_eq!(&code[5..6], "-");
            assert_eq!(
                normalize(code).unwrap(),
                code.replace('-', "").to_uppercase()
            );
        }
        let distinct: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(distinct.len(), codes.len());
        assert_eq!(normalize(" 7K2QD 9XM4T ").unwrap(), "7K2QD9XM4T");
        assert_eq!(normalize("oil00-12345").unwrap(), "0110012345");
        for bad in [
            "",
            "7k2qd-9xm4",
            "7k2qd-9xm4t0",
            "7k2qd-9xm4u",
            "7k2qd_9xm4t",
            "７k2qd-9xm4t",
        ] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
        assert_eq!(normalize(&"1".repeat(100_000)), None);
    }
}
