//! jwt::verify and jwt::kid_of on any token: they never panic, a refusal is always for the
//! argument `token` (the keys given are valid), and accepted claims have an `exp` after now.
//! Random bytes never carry a valid signature, so half the inputs are header and payload texts
//! that the target signs with HS256 itself: the checks after the signature's are reached too.
//!
//! Input: a selector byte (bit 0: sign the two fields; bit 1: verify as EdDSA), now (8 bytes,
//! big-endian), then the token, or the header field, 0xFF, and the payload.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use libfuzzer_sys::fuzz_target;
use otp_pg_core::jwt::{self, Algorithm};
use otp_pg_core::reference::hmac::{Hmac, Mac};
use otp_pg_core::reference::sha2::Sha256;
use otp_pg_fuzz::{assert_invalid, Input};

const SECRET: &[u8; 32] = b"the fuzz target's HS256 secret!!";

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let selector = input.byte();
    let now = input.i64();
    let token = if selector & 1 == 0 {
        input.rest_text()
    } else {
        let header = URL_SAFE_NO_PAD.encode(input.field());
        let signing_input = format!("{header}.{}", URL_SAFE_NO_PAD.encode(input.rest()));
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(SECRET).unwrap();
        mac.update(signing_input.as_bytes());
        let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        format!("{signing_input}.{signature}")
    };
    if let Err(err) = jwt::kid_of(&token) {
        assert_invalid(&err, "token");
    }
    let result = if selector & 2 == 0 {
        jwt::verify(&token, Algorithm::Hs256, SECRET, now)
    } else {
        let public_key = jwt::ed25519_public_key(&[7; 32]).unwrap();
        jwt::verify(&token, Algorithm::EdDsa, &public_key, now)
    };
    match result {
        Ok(claims) => {
            assert_eq!(selector & 2, 0, "an EdDSA token nobody signed: {token}");
            let exp = claims["exp"].as_f64().unwrap();
            assert!(exp > now as f64, "{token}: exp {exp} at {now}");
            assert!(jwt::kid_of(&token).is_ok(), "{token}");
        }
        Err(err) => assert_invalid(&err, "token"),
    }
});
