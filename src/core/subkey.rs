//! The one primitive behind everything otp_pg does with its server key: HMAC-SHA256, under a
//! subkey derived from the server key for each purpose, so that no two purposes share a key.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// HMAC-SHA256 under `key` of the concatenation of `parts`.
pub(crate) fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// The subkey of `server_key` for `purpose`.
pub(crate) fn subkey(server_key: &[u8], purpose: &[u8]) -> [u8; 32] {
    hmac(server_key, &[b"otp_pg subkey ", purpose])
}
