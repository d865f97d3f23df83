//! Signed tokens: JSON Web Tokens (RFC 7519) in the JWS compact serialisation (RFC 7515), signed
//! with HS256 (HMAC-SHA256, RFC 7518 section 3.2) or with EdDSA over Ed25519 (RFC 8037).
//!
//! [`sign`] makes a token of a claims object under a key named by `kid`; [`kid_of`] reads that
//! name back so the caller can look the key up; [`verify`] checks a token against the key the
//! caller found and returns its claims. Verification accepts only the shape [`sign`] makes, far
//! less than the RFCs allow, because each freedom they leave has been a way into some verifier:
//!
//! - the caller says which algorithm its key is for, and the header's `alg` must be exactly that
//!   one: `"none"`, and an Ed25519 public key taken as an HMAC secret (algorithm confusion), fail
//!   before any signature is looked at;
//! - a token is at most [`MAX_TOKEN_BYTES`] long, checked before anything is decoded, and is three
//!   parts of canonical base64url without padding, so that one token has one spelling;
//! - header and payload are JSON objects with no member twice: serde_json keeps the last of
//!   repeated members silently and other parsers keep the first, so a repeat could make two
//!   readers of one token see two different claims;
//! - the signature is checked, in constant time, before the payload is parsed;
//! - `kid` and `exp` are required, `nbf` is honoured, and `crit` is refused, as no extension is
//!   understood.
//!
//! Every refusal is an [`InputError`] for the argument `token` (or the key or claims at fault)
//! whose reason says what is wrong without quoting a secret.

use std::fmt;

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::{DecodeError, Engine};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{json, Map, Number, Value};
use subtle::ConstantTimeEq;

use crate::error::{truncate_for_message, InputError, Result};
use crate::random;
use crate::subkey::hmac;

/// The longest token [`verify`] reads, and [`sign`] makes: far above any claims otp_pg issues,
/// and a bound on the work an unauthenticated caller can ask for.
pub const MAX_TOKEN_BYTES: usize = 8 * 1024;
/// The shortest HS256 secret taken: as long as the hash's output (RFC 7518 section 3.2).
pub const MIN_HS256_SECRET_BYTES: usize = 32;
/// The length of an Ed25519 seed (the private key) and of a public key.
pub const ED25519_KEY_BYTES: usize = 32;

/// Base64url (RFC 4648 section 5) as JWS uses it: written without padding, and read only in that
/// canonical form. Padding is refused, and so are unused low bits set in the last character,
/// which would otherwise give one signature several spellings.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(false),
);

/// A signing algorithm, by its JWA name (RFC 7518, RFC 8037).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// HMAC-SHA256 under a shared secret: whoever can verify can also sign.
    Hs256,
    /// Ed25519 signatures: verifiers need only the public key, which [`jwk`] publishes.
    EdDsa,
}

impl Algorithm {
    /// The name as the header's `alg` carries it.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Hs256 => "HS256",
            Algorithm::EdDsa => "EdDSA",
        }
    }

    /// The algorithm a caller names, in any case (SQL users type it). Headers are held to the
    /// exact [`Algorithm::name`] instead, by [`verify`].
    pub fn from_name(name: &str) -> Result<Algorithm> {
        if name.eq_ignore_ascii_case("HS256") {
            Ok(Algorithm::Hs256)
        } else if name.eq_ignore_ascii_case("EdDSA") {
            Ok(Algorithm::EdDsa)
        } else {
            Err(InputError::invalid(
                "algorithm",
                format!(
                    "must be HS256 or EdDSA (got {:?})",
                    truncate_for_message(name)
                ),
            ))
        }
    }
}

/// A fresh Ed25519 seed from the operating system's CSPRNG: the private key of an EdDSA signing key.
pub fn new_ed25519_seed() -> Result<[u8; ED25519_KEY_BYTES]> {
    let mut seed = [0u8; ED25519_KEY_BYTES];
    random::fill(&mut seed, "seed")?;
    Ok(seed)
}

/// The public key of the Ed25519 key whose seed is `seed`.
pub fn ed25519_public_key(seed: &[u8]) -> Result<[u8; ED25519_KEY_BYTES]> {
    Ok(signing_key(seed, "seed")?.verifying_key().to_bytes())
}

/// The public JWK (RFC 8037 section 2) of an Ed25519 public key, as a JWKS lists it, so that
/// verifiers outside the database can check EdDSA tokens. `public_key` is what
/// [`ed25519_public_key`] returned.
pub fn jwk(kid: &str, public_key: &[u8]) -> Value {
    json!({
        "kty": "OKP",
        "crv": "Ed25519",
        "x": BASE64URL.encode(public_key),
        "kid": kid,
        "alg": Algorithm::EdDsa.name(),
        "use": "sig",
    })
}

/// A token of `claims` signed under `secret` (an HS256 secret of at least
/// [`MIN_HS256_SECRET_BYTES`], or an Ed25519 seed), its header naming the key `kid`. `claims` must
/// hold what [`verify`] requires (a numeric `exp`; `nbf` and `iat` numeric if present), so no token
/// is made that could never be accepted.
pub fn sign(
    algorithm: Algorithm,
    kid: &str,
    secret: &[u8],
    claims: &Map<String, Value>,
) -> Result<String> {
    if kid.is_empty() {
        return Err(InputError::invalid("kid", "must not be empty"));
    }
    check_claim_types(claims, "claims")?;
    let header = json!({ "alg": algorithm.name(), "typ": "JWT", "kid": kid });
    let payload = serde_json::to_vec(claims).expect("a map with string keys always serialises");
    let mut token = BASE64URL.encode(header.to_string());
    token.push('.');
    BASE64URL.encode_string(payload, &mut token);
    let signature = signature(algorithm, secret, token.as_bytes())?;
    token.push('.');
    BASE64URL.encode_string(signature, &mut token);
    if token.len() > MAX_TOKEN_BYTES {
        return Err(InputError::invalid(
            "claims",
            format!(
                "make a token longer than {MAX_TOKEN_BYTES} bytes, which is refused when verified"
            ),
        ));
    }
    Ok(token)
}

/// The `kid` of a token's header: which key to verify it with. Nothing here is authenticated
/// yet; it only chooses the key, and [`verify`] with that key decides.
pub fn kid_of(token: &str) -> Result<String> {
    let parts = Parts::split(token)?;
    Ok(header_kid(&json_object(&decode(parts.header, "header")?, "header")?)?.to_owned())
}

/// The claims of `token` if it is signed under `key` with `algorithm`, and is valid at
/// `now_unix`. `key` is the HS256 secret or the Ed25519 public key; `algorithm` is the one the
/// key is recorded with, never what the token says, so a token can't choose how it is checked.
pub fn verify(
    token: &str,
    algorithm: Algorithm,
    key: &[u8],
    now_unix: i64,
) -> Result<Map<String, Value>> {
    let parts = Parts::split(token)?;
    let header = json_object(&decode(parts.header, "header")?, "header")?;
    check_header(&header, algorithm)?;
    let signature = decode(parts.signature, "signature")?;
    if !signature_matches(algorithm, key, parts.signing_input.as_bytes(), &signature)? {
        return Err(refused(
            "signature does not match: the token was altered or is not signed with this key",
        ));
    }
    let claims = json_object(&decode(parts.payload, "payload")?, "payload")?;
    check_claim_types(&claims, "token")?;
    check_times(&claims, now_unix)?;
    Ok(claims)
}

/// A refusal of the token presented.
fn refused(reason: impl Into<String>) -> InputError {
    InputError::invalid("token", reason)
}

/// The three parts of a compact token, still encoded, and the signing input they cover.
struct Parts<'a> {
    header: &'a str,
    payload: &'a str,
    signature: &'a str,
    /// `header.payload`, the bytes the signature is over, exactly as they came.
    signing_input: &'a str,
}

impl<'a> Parts<'a> {
    fn split(token: &'a str) -> Result<Parts<'a>> {
        // First, so that no part of an oversized token is decoded or parsed.
        if token.len() > MAX_TOKEN_BYTES {
            return Err(refused(format!("is longer than {MAX_TOKEN_BYTES} bytes")));
        }
        let mut pieces = token.split('.');
        match (pieces.next(), pieces.next(), pieces.next(), pieces.next()) {
            (Some(header), Some(payload), Some(signature), None) => Ok(Parts {
                header,
                payload,
                signature,
                signing_input: &token[..header.len() + 1 + payload.len()],
            }),
            _ => Err(refused(format!(
                "must be three parts separated by dots, not {}",
                token.split('.').count()
            ))),
        }
    }
}

/// Decodes one part, `part` naming it in a refusal.
fn decode(encoded: &str, part: &str) -> Result<Vec<u8>> {
    BASE64URL.decode(encoded).map_err(|err| {
        let why = match err {
            DecodeError::InvalidPadding => "has padding '='".to_string(),
            DecodeError::InvalidLastSymbol(offset, _) => format!(
                "is not canonical: its last character, at position {}, has unused bits set",
                offset + 1
            ),
            DecodeError::InvalidByte(offset, _) => format!(
                "has a character outside the base64url alphabet at position {}",
                offset + 1
            ),
            DecodeError::InvalidLength(length) => {
                format!("is {length} characters long, which no base64url text is")
            }
        };
        refused(format!("{part} is not base64url without padding: it {why}"))
    })
}

/// Parses `bytes` as a JSON object with no member repeated, at any depth.
fn json_object(bytes: &[u8], part: &str) -> Result<Map<String, Value>> {
    match serde_json::from_slice::<UniqueMembers>(bytes) {
        Ok(UniqueMembers(Value::Object(members))) => Ok(members),
        Ok(_) => Err(refused(format!("{part} is not a JSON object"))),
        // Data errors are the visitor's own (a repeated member), whose message reads after the part.
        Err(err) if err.classify() == serde_json::error::Category::Data => {
            Err(refused(format!("{part} {err}")))
        }
        Err(err) => Err(refused(format!("{part} is not JSON: {err}"))),
    }
}

/// The header's checks, all made before the signature is: the algorithm is the key's, the type
/// (if given) a JWT, no critical extension, and a key id.
fn check_header(header: &Map<String, Value>, algorithm: Algorithm) -> Result<()> {
    match header.get("alg") {
        Some(Value::String(alg)) if alg == algorithm.name() => {}
        Some(Value::String(alg)) => {
            return Err(refused(format!(
                "header alg {:?} is not {}, the algorithm of the key",
                truncate_for_message(alg),
                algorithm.name()
            )))
        }
        Some(_) => return Err(refused("header alg is not a string")),
        None => return Err(refused("header has no alg")),
    }
    match header.get("typ") {
        None => {}
        Some(Value::String(typ)) if typ == "JWT" => {}
        Some(_) => return Err(refused("header typ is not \"JWT\"")),
    }
    if header.contains_key("crit") {
        return Err(refused(
            "header has crit: no critical extension is understood",
        ));
    }
    header_kid(header)?;
    Ok(())
}

fn header_kid(header: &Map<String, Value>) -> Result<&str> {
    match header.get("kid") {
        Some(Value::String(kid)) if !kid.is_empty() => Ok(kid),
        Some(Value::String(_)) => Err(refused("header kid is empty")),
        Some(_) => Err(refused("header kid is not a string")),
        None => Err(refused("header has no kid: which key signed it is unknown")),
    }
}

/// The signature of `signing_input` under `secret`.
fn signature(algorithm: Algorithm, secret: &[u8], signing_input: &[u8]) -> Result<Vec<u8>> {
    Ok(match algorithm {
        Algorithm::Hs256 => hmac(hs256_secret(secret, "secret")?, &[signing_input]).to_vec(),
        Algorithm::EdDsa => signing_key(secret, "secret")?
            .sign(signing_input)
            .to_bytes()
            .to_vec(),
    })
}

/// Whether `signature` is that of `signing_input` under `key`; an error only for a key that is
/// not one of `algorithm`'s.
fn signature_matches(
    algorithm: Algorithm,
    key: &[u8],
    signing_input: &[u8],
    signature: &[u8],
) -> Result<bool> {
    match algorithm {
        // ct_eq on slices is false for a length other than the MAC's, and otherwise takes the
        // same time whichever byte differs.
        Algorithm::Hs256 => Ok(hmac(hs256_secret(key, "key")?, &[signing_input])[..]
            .ct_eq(signature)
            .into()),
        // verify_strict: also refuses non-canonical signatures and small-order points, which
        // plain verify lets through.
        Algorithm::EdDsa => {
            let key = verifying_key(key)?;
            Ok(Signature::from_slice(signature)
                .is_ok_and(|signature| key.verify_strict(signing_input, &signature).is_ok()))
        }
    }
}

fn hs256_secret<'a>(secret: &'a [u8], argument: &'static str) -> Result<&'a [u8]> {
    if secret.len() < MIN_HS256_SECRET_BYTES {
        return Err(InputError::invalid(
            argument,
            format!(
                "must be at least {MIN_HS256_SECRET_BYTES} bytes for HS256, not {}",
                secret.len()
            ),
        ));
    }
    Ok(secret)
}

fn signing_key(seed: &[u8], argument: &'static str) -> Result<SigningKey> {
    let seed: &[u8; ED25519_KEY_BYTES] = seed.try_into().map_err(|_| {
        InputError::invalid(
            argument,
            format!(
                "must be an Ed25519 seed of {ED25519_KEY_BYTES} bytes, not {}",
                seed.len()
            ),
        )
    })?;
    Ok(SigningKey::from_bytes(seed))
}

fn verifying_key(public_key: &[u8]) -> Result<VerifyingKey> {
    let bytes: &[u8; ED25519_KEY_BYTES] = public_key.try_into().map_err(|_| {
        InputError::invalid(
            "key",
            format!(
                "must be an Ed25519 public key of {ED25519_KEY_BYTES} bytes, not {}",
                public_key.len()
            ),
        )
    })?;
    match VerifyingKey::from_bytes(bytes) {
        // A small-order point verifies signatures that no private key made.
        Ok(key) if !key.is_weak() => Ok(key),
        Ok(_) => Err(InputError::invalid(
            "key",
            "is a weak (small-order) Ed25519 public key",
        )),
        Err(_) => Err(InputError::invalid(
            "key",
            "is not an Ed25519 public key (not a curve point)",
        )),
    }
}

/// The claims both [`sign`] and [`verify`] require, reported for `argument`: `exp` is a number,
/// and so are `nbf` and `iat` where present (RFC 7519 NumericDate).
fn check_claim_types(claims: &Map<String, Value>, argument: &'static str) -> Result<()> {
    let prefix = if argument == "token" {
        "claims have"
    } else {
        "have"
    };
    match claims.get("exp") {
        Some(Value::Number(_)) => {}
        Some(_) => {
            return Err(InputError::invalid(
                argument,
                format!("{prefix} an exp that is not a number"),
            ))
        }
        None => {
            return Err(InputError::invalid(
                argument,
                format!("{prefix} no exp: a token that never expires is not accepted"),
            ))
        }
    }
    for name in ["nbf", "iat"] {
        if matches!(claims.get(name), Some(value) if !value.is_number()) {
            return Err(InputError::invalid(
                argument,
                format!("{prefix} an {name} that is not a number"),
            ));
        }
    }
    Ok(())
}

/// The token is in force at `now_unix`: before its `exp`, and not before its `nbf`.
fn check_times(claims: &Map<String, Value>, now_unix: i64) -> Result<()> {
    // f64 holds every second of the next 285 million years exactly; NumericDate may be fractional.
    let now = now_unix as f64;
    let seconds = |name| claims.get(name).and_then(Value::as_f64);
    if seconds("exp").is_some_and(|exp| exp <= now) {
        return Err(refused("has expired"));
    }
    if seconds("nbf").is_some_and(|nbf| nbf > now) {
        return Err(refused("is not valid yet (its nbf is in the future)"));
    }
    Ok(())
}

/// A JSON value read with a check that no object holds a member twice.
struct UniqueMembers(Value);

impl<'de> Deserialize<'de> for UniqueMembers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueMembersVisitor)
    }
}

struct UniqueMembersVisitor;

impl<'de> Visitor<'de> for UniqueMembersVisitor {
    type Value = UniqueMembers;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> std::result::Result<UniqueMembers, E> {
        Ok(UniqueMembers(Value::Null))
    }

    fn visit_bool<E>(self, value: bool) -> std::result::Result<UniqueMembers, E> {
        Ok(UniqueMembers(Value::Bool(value)))
    }

    fn visit_i64<E>(self, value: i64) -> std::result::Result<UniqueMembers, E> {
        Ok(UniqueMembers(Value::from(value)))
    }

    fn visit_u64<E>(self, value: u64) -> std::result::Result<UniqueMembers, E> {
        Ok(UniqueMembers(Value::from(value)))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> std::result::Result<UniqueMembers, E> {
        Number::from_f64(value)
            .map(|number| UniqueMembers(Value::Number(number)))
            .ok_or_else(|| E::custom("has a number that is not finite"))
    }

    fn visit_str<E>(self, value: &str) -> std::result::Result<UniqueMembers, E> {
        Ok(UniqueMembers(Value::String(value.to_owned())))
    }

    fn visit_string<E>(self, value: String) -> std::result::Result<UniqueMembers, E> {
        Ok(UniqueMembers(Value::String(value)))
    }

    fn visit_seq<A: SeqAccess<'de>>(
        self,
        mut items: A,
    ) -> std::result::Result<UniqueMembers, A::Error> {
        let mut array = Vec::new();
        while let Some(UniqueMembers(item)) = items.next_element()? {
            array.push(item);
        }
        Ok(UniqueMembers(Value::Array(array)))
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut members: A,
    ) -> std::result::Result<UniqueMembers, A::Error> {
        let mut object = Map::new();
        while let Some(name) = members.next_key::<String>()? {
            if object.contains_key(&name) {
                return Err(de::Error::custom(format!(
                    "has the member {:?} more than once",
                    truncate_for_message(&name)
                )));
            }
            let UniqueMembers(value) = members.next_value()?;
            object.insert(name, value);
        }
        Ok(UniqueMembers(Value::Object(object)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_700_000_000;
    const SECRET: &[u8; 32] = b"an HS256 secret of 32 bytes long";

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }

    fn b64(bytes: impl AsRef<[u8]>) -> String {
        BASE64URL.encode(bytes)
    }

    fn claims(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            other => panic!("not an object: {other}"),
        }
    }

    fn seed() -> Vec<u8> {
        hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    }

    /// A token of any header and payload text, correctly signed, to reach the checks after the
    /// signature's.
    fn forge(algorithm: Algorithm, secret: &[u8], header: &str, payload: &str) -> String {
        let input = format!("{}.{}", b64(header), b64(payload));
        format!(
            "{input}.{}",
            b64(signature(algorithm, secret, input.as_bytes()).unwrap())
        )
    }

    /// An HS256 token of the usual payload under any header text.
    fn hs256_token(header: &str) -> String {
        forge(Algorithm::Hs256, SECRET, header, &payload())
    }

    fn header(alg: &str) -> String {
        format!(r#"{{"alg":"{alg}","typ":"JWT","kid":"k1"}}"#)
    }

    fn payload() -> String {
        format!(r#"{{"sub":"alice","exp":{}}}"#, NOW + 60)
    }

    /// The refusal is for `argument` and its reason contains `fragment`, so the check that was
    /// meant to fire is the one that did.
    #[track_caller]
    fn assert_refused<T: fmt::Debug>(result: Result<T>, argument: &str, fragment: &str) {
        let err = result.expect_err("refused");
        assert_eq!(err.argument, argument, "{err}");
        assert!(err.reason.contains(fragment), "{err} (wanted {fragment:?})");
    }

    fn hs256_verify(token: &str) -> Result<Map<String, Value>> {
        verify(token, Algorithm::Hs256, SECRET, NOW)
    }

    #[test]
    fn rfc7515_a1_hs256() {
        let key = BASE64URL
            .decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow")
            .unwrap();
        let input = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.\
            eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
        let expected = BASE64URL
            .decode("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
            .unwrap();
        assert_eq!(
            signature(Algorithm::Hs256, &key, input.as_bytes()).unwrap(),
            expected
        );
        assert!(signature_matches(Algorithm::Hs256, &key, input.as_bytes(), &expected).unwrap());
        let mut altered = expected.clone();
        altered[31] ^= 1;
        assert!(!signature_matches(Algorithm::Hs256, &key, input.as_bytes(), &altered).unwrap());
        // The RFC's header names no key, so the whole token is refused, for that reason only.
        let token = format!("{input}.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assert_refused(
            verify(&token, Algorithm::Hs256, &key, 1_300_819_379),
            "token",
            "no kid",
        );
    }

    #[test]
    fn rfc8037_a4_ed25519() {
        let public_key = ed25519_public_key(&seed()).unwrap();
        assert_eq!(
            public_key.to_vec(),
            hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        );
        assert_eq!(
            jwk("k", &public_key)["x"],
            "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
        );
        let input = b"eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
        let expected = BASE64URL
            .decode("hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg")
            .unwrap();
        assert_eq!(
            signature(Algorithm::EdDsa, &seed(), input).unwrap(),
            expected
        );
        assert!(signature_matches(Algorithm::EdDsa, &public_key, input, &expected).unwrap());
        assert!(!signature_matches(
            Algorithm::EdDsa,
            &public_key,
            b"eyJhbGciOiJFZERTQSJ9.",
            &expected
        )
        .unwrap());
    }

    #[test]
    fn jwk_has_every_member() {
        let public_key = ed25519_public_key(&seed()).unwrap();
        assert_eq!(
            jwk("key-1", &public_key),
            json!({
                "kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
                "kid": "key-1", "alg": "EdDSA", "use": "sig"
            })
        );
    }

    #[test]
    fn algorithm_names() {
        for algorithm in [Algorithm::Hs256, Algorithm::EdDsa] {
            assert_eq!(Algorithm::from_name(algorithm.name()).unwrap(), algorithm);
        }
        assert_eq!(Algorithm::from_name("eddsa").unwrap(), Algorithm::EdDsa);
        for name in ["none", "RS256", "HS512", "Ed25519", ""] {
            assert_refused(
                Algorithm::from_name(name),
                "algorithm",
                "must be HS256 or EdDSA",
            );
        }
    }

    #[test]
    fn round_trips() {
        let claims = claims(json!({
            "sub": "alice", "exp": NOW + 60, "nbf": NOW, "iat": NOW, "amr": ["otp"], "aal": 1
        }));
        let token = sign(Algorithm::Hs256, "hs-1", SECRET, &claims).unwrap();
        assert_eq!(kid_of(&token).unwrap(), "hs-1");
        assert_eq!(hs256_verify(&token).unwrap(), claims);
        let header = json_object(
            &decode(token.split('.').next().unwrap(), "header").unwrap(),
            "header",
        )
        .unwrap();
        assert_eq!(
            Value::Object(header),
            json!({"alg": "HS256", "typ": "JWT", "kid": "hs-1"})
        );

        let seed = new_ed25519_seed().unwrap();
        assert_ne!(seed, new_ed25519_seed().unwrap());
        let public_key = ed25519_public_key(&seed).unwrap();
        let token = sign(Algorithm::EdDsa, "ed-1", &seed, &claims).unwrap();
        assert_eq!(kid_of(&token).unwrap(), "ed-1");
        assert_eq!(
            verify(&token, Algorithm::EdDsa, &public_key, NOW).unwrap(),
            claims
        );
        // Another key of the same algorithm does not verify it.
        let other = ed25519_public_key(&new_ed25519_seed().unwrap()).unwrap();
        assert_refused(
            verify(&token, Algorithm::EdDsa, &other, NOW),
            "token",
            "signature does not match",
        );
        let mut other_secret = *SECRET;
        other_secret[0] ^= 1;
        let token = sign(Algorithm::Hs256, "hs-1", SECRET, &claims).unwrap();
        assert_refused(
            verify(&token, Algorithm::Hs256, &other_secret, NOW),
            "token",
            "signature does not match",
        );
    }

    #[test]
    fn times() {
        let token = forge(
            Algorithm::Hs256,
            SECRET,
            &header("HS256"),
            &format!(r#"{{"exp":{NOW}}}"#),
        );
        assert_refused(hs256_verify(&token), "token", "has expired");
        assert!(verify(&token, Algorithm::Hs256, SECRET, NOW - 1).is_ok());
        let fractional = forge(
            Algorithm::Hs256,
            SECRET,
            &header("HS256"),
            &format!(r#"{{"exp":{NOW}.5}}"#),
        );
        assert!(hs256_verify(&fractional).is_ok());
        assert_refused(
            verify(&fractional, Algorithm::Hs256, SECRET, NOW + 1),
            "token",
            "has expired",
        );

        let nbf = |nbf: i64| {
            forge(
                Algorithm::Hs256,
                SECRET,
                &header("HS256"),
                &format!(r#"{{"exp":{},"nbf":{nbf}}}"#, NOW + 60),
            )
        };
        assert_refused(hs256_verify(&nbf(NOW + 1)), "token", "not valid yet");
        assert!(hs256_verify(&nbf(NOW)).is_ok());
    }

    #[test]
    fn claims_are_required_and_typed() {
        for (payload, fragment) in [
            (r#"{"sub":"alice"}"#, "no exp"),
            (r#"{"exp":"9999999999"}"#, "exp that is not a number"),
            (r#"{"exp":null}"#, "exp that is not a number"),
            (
                r#"{"exp":9999999999,"nbf":"0"}"#,
                "nbf that is not a number",
            ),
            (
                r#"{"exp":9999999999,"iat":true}"#,
                "iat that is not a number",
            ),
        ] {
            let token = forge(Algorithm::Hs256, SECRET, &header("HS256"), payload);
            assert_refused(hs256_verify(&token), "token", fragment);
            let claims = claims(serde_json::from_str(payload).unwrap());
            assert_refused(
                sign(Algorithm::Hs256, "k1", SECRET, &claims),
                "claims",
                fragment,
            );
        }
    }

    #[test]
    fn the_algorithm_is_the_keys() {
        // alg none, with and without a signature.
        let none = header("none");
        let unsigned = format!("{}.{}.", b64(&none), b64(payload()));
        assert_refused(
            hs256_verify(&unsigned),
            "token",
            "alg \"none\" is not HS256",
        );
        let signed = hs256_token(&none);
        assert_refused(hs256_verify(&signed), "token", "alg \"none\" is not HS256");
        for alg in ["hs256", "RS256", "ES256", "EdDSA "] {
            let token = hs256_token(&header(alg));
            assert_refused(hs256_verify(&token), "token", "the algorithm of the key");
        }
        let alg_array = hs256_token(r#"{"alg":["HS256"],"kid":"k1"}"#);
        assert_refused(hs256_verify(&alg_array), "token", "alg is not a string");
        let no_alg = hs256_token(r#"{"kid":"k1"}"#);
        assert_refused(hs256_verify(&no_alg), "token", "no alg");

        // HS256 token against an EdDSA key, and the other way round.
        let public_key = ed25519_public_key(&seed()).unwrap();
        let claims = claims(serde_json::from_str(&payload()).unwrap());
        let hs256 = sign(Algorithm::Hs256, "k1", SECRET, &claims).unwrap();
        assert_refused(
            verify(&hs256, Algorithm::EdDsa, &public_key, NOW),
            "token",
            "\"HS256\" is not EdDSA",
        );
        let eddsa = sign(Algorithm::EdDsa, "k1", &seed(), &claims).unwrap();
        assert_refused(
            verify(&eddsa, Algorithm::Hs256, SECRET, NOW),
            "token",
            "\"EdDSA\" is not HS256",
        );

        // Confusion: HS256 keyed with the (public, 32-byte) Ed25519 key, presented to the holder of
        // that public key as an EdDSA verifier.
        let confused = sign(Algorithm::Hs256, "k1", &public_key, &claims).unwrap();
        assert_refused(
            verify(&confused, Algorithm::EdDsa, &public_key, NOW),
            "token",
            "is not EdDSA",
        );
        // Even with the header rewritten to EdDSA, the HMAC is no Ed25519 signature.
        let relabelled = forge(Algorithm::Hs256, &public_key, &header("EdDSA"), &payload());
        assert_refused(
            verify(&relabelled, Algorithm::EdDsa, &public_key, NOW),
            "token",
            "signature does not match",
        );
    }

    #[test]
    fn header_rules() {
        let cases = [
            (r#"{"alg":"HS256","typ":"JWT"}"#, "no kid"),
            (r#"{"alg":"HS256","kid":""}"#, "kid is empty"),
            (r#"{"alg":"HS256","kid":7}"#, "kid is not a string"),
            (r#"{"alg":"HS256","kid":"k1","typ":"JWS"}"#, "typ is not"),
            (r#"{"alg":"HS256","kid":"k1","typ":"jwt"}"#, "typ is not"),
            (r#"{"alg":"HS256","kid":"k1","crit":["exp"]}"#, "crit"),
            (
                r#"{"alg":"HS256","kid":"k1","alg":"HS256"}"#,
                "header has the member \"alg\" more than once",
            ),
            (
                r#"{"alg":"HS256","kid":"k1","kid":"k2"}"#,
                "member \"kid\" more than once",
            ),
            (r#"["HS256"]"#, "header is not a JSON object"),
            (r#""HS256""#, "header is not a JSON object"),
            ("null", "header is not a JSON object"),
            (r#"{"alg":"HS256","kid":"k1""#, "header is not JSON"),
            (r#"{"alg":"HS256","kid":"k1"} x"#, "header is not JSON"),
            ("", "header is not JSON"),
        ];
        for (header, fragment) in cases {
            let token = hs256_token(header);
            assert_refused(hs256_verify(&token), "token", fragment);
        }
        // The typ is optional.
        let token = hs256_token(r#"{"alg":"HS256","kid":"k1"}"#);
        assert!(hs256_verify(&token).is_ok());
        // kid_of reads the header with the same strictness.
        let token = hs256_token(r#"{"kid":"k1","kid":"k2"}"#);
        assert_refused(kid_of(&token), "token", "more than once");
        let token = hs256_token(r#"{"alg":"HS256"}"#);
        assert_refused(kid_of(&token), "token", "no kid");
    }

    #[test]
    fn payload_rules() {
        let cases = [
            (
                format!(r#"{{"exp":{},"exp":{}}}"#, NOW + 60, NOW + 600),
                "payload has the member \"exp\" more than once",
            ),
            (
                format!(r#"{{"exp":{},"sub":"a","sub":"b"}}"#, NOW + 60),
                "\"sub\" more than once",
            ),
            (
                format!(r#"{{"exp":{},"x":[{{"a":1,"a":2}}]}}"#, NOW + 60),
                "\"a\" more than once",
            ),
            (format!("[{}]", NOW + 60), "payload is not a JSON object"),
            ("\"exp\"".to_string(), "payload is not a JSON object"),
            (
                "Example of Ed25519 signing".to_string(),
                "payload is not JSON",
            ),
            ("{\"exp\":1e400}".to_string(), "payload is not JSON"),
        ];
        for (payload, fragment) in cases {
            let token = forge(Algorithm::Hs256, SECRET, &header("HS256"), &payload);
            assert_refused(hs256_verify(&token), "token", fragment);
        }
        let deep = format!(
            r#"{{"exp":{},"x":{}{}}}"#,
            NOW + 60,
            "[".repeat(200),
            "]".repeat(200)
        );
        let token = forge(Algorithm::Hs256, SECRET, &header("HS256"), &deep);
        assert_refused(hs256_verify(&token), "token", "payload is not JSON");
    }

    #[test]
    fn tampering() {
        let token = hs256_token(&header("HS256"));
        let parts: Vec<&str> = token.split('.').collect();
        let other_payload = b64(format!(r#"{{"sub":"mallory","exp":{}}}"#, NOW + 60));
        let swapped = format!("{}.{other_payload}.{}", parts[0], parts[2]);
        assert_refused(hs256_verify(&swapped), "token", "signature does not match");
        // A signature changed in its first character stays canonical base64url.
        let first = if parts[2].starts_with('A') { "B" } else { "A" };
        let altered = format!("{}.{}.{first}{}", parts[0], parts[1], &parts[2][1..]);
        assert_refused(hs256_verify(&altered), "token", "signature does not match");
        let cut = format!("{}.{}.{}", parts[0], parts[1], &parts[2][..40]);
        assert_refused(hs256_verify(&cut), "token", "signature does not match");
        let empty = format!("{}.{}.", parts[0], parts[1]);
        assert_refused(hs256_verify(&empty), "token", "signature does not match");

        let seed = seed();
        let public_key = ed25519_public_key(&seed).unwrap();
        let token = forge(Algorithm::EdDsa, &seed, &header("EdDSA"), &payload());
        let parts: Vec<&str> = token.split('.').collect();
        let swapped = format!("{}.{other_payload}.{}", parts[0], parts[2]);
        assert_refused(
            verify(&swapped, Algorithm::EdDsa, &public_key, NOW),
            "token",
            "signature does not match",
        );
        let mut signature = BASE64URL.decode(parts[2]).unwrap();
        signature[10] ^= 0x40;
        let altered = format!("{}.{}.{}", parts[0], parts[1], b64(&signature));
        assert_refused(
            verify(&altered, Algorithm::EdDsa, &public_key, NOW),
            "token",
            "signature does not match",
        );
    }

    #[test]
    fn encoding_rules() {
        let token = hs256_token(&header("HS256"));
        assert!(hs256_verify(&token).is_ok());
        let parts: Vec<&str> = token.split('.').collect();
        // A 32-byte MAC is 43 characters, whose last carries two unused bits.
        assert_eq!(parts[2].len(), 43);
        let padded = format!("{token}=");
        assert_refused(
            hs256_verify(&padded),
            "token",
            "signature is not base64url without padding: it has padding",
        );
        let last = parts[2].as_bytes()[42];
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let index = alphabet.iter().position(|&c| c == last).unwrap();
        assert_eq!(index & 3, 0);
        let non_canonical = format!(
            "{}{}",
            &token[..token.len() - 1],
            alphabet[index | 1] as char
        );
        assert_refused(
            hs256_verify(&non_canonical),
            "token",
            "signature is not base64url without padding: it is not canonical",
        );
        // Standard base64's characters, whitespace, and a length no encoding has.
        let plus = format!("{}.{}.{}+", parts[0], parts[1], &parts[2][..42]);
        assert_refused(
            hs256_verify(&plus),
            "token",
            "character outside the base64url alphabet at position 43",
        );
        let spaced = format!("{} .{}.{}", parts[0], parts[1], parts[2]);
        assert_refused(hs256_verify(&spaced), "token", "header is not base64url");
        // One character more than a whole number of 4-character groups encodes no bytes.
        let extra = "A".repeat((5 - parts[0].len() % 4) % 4);
        let long = format!("{}{extra}.{}.{}", parts[0], parts[1], parts[2]);
        let length = parts[0].len() + extra.len();
        assert_eq!(length % 4, 1);
        assert_refused(
            hs256_verify(&long),
            "token",
            &format!("header is not base64url without padding: it is {length} characters long"),
        );
        let header_padded = format!("{}==.{}.{}", b64("{\"a\":1}"), parts[1], parts[2]);
        assert_refused(
            hs256_verify(&header_padded),
            "token",
            "header is not base64url without padding: it has padding",
        );
        // The payload is decoded only after the signature is checked: sign the padded text.
        // 20 bytes: 27 characters, which padding would make 28.
        let input = format!("{}.{}=", parts[0], b64("{\"exp\":99999999999}"));
        let signature = b64(signature(Algorithm::Hs256, SECRET, input.as_bytes()).unwrap());
        let payload_padded = format!("{input}.{signature}");
        assert_refused(
            hs256_verify(&payload_padded),
            "token",
            "payload is not base64url without padding: it has padding",
        );
    }

    #[test]
    fn structure_and_size() {
        let token = hs256_token(&header("HS256"));
        for (text, count) in [
            (format!("{token}.x"), 4),
            (format!("{token}."), 4),
            (token.rsplit_once('.').unwrap().0.to_string(), 2),
            (String::new(), 1),
            ("....".to_string(), 5),
        ] {
            assert_refused(
                hs256_verify(&text),
                "token",
                &format!("three parts separated by dots, not {count}"),
            );
            assert_refused(kid_of(&text), "token", "three parts");
        }
        // Oversize is refused before the parts are counted or anything is decoded.
        let oversize = "a".repeat(MAX_TOKEN_BYTES + 1);
        assert_refused(hs256_verify(&oversize), "token", "longer than 8192 bytes");
        assert_refused(kid_of(&oversize), "token", "longer than 8192 bytes");
        // A correctly signed token just over the limit is refused too, and sign does not make one.
        let padding = |length: usize| claims(json!({"exp": NOW + 60, "x": "y".repeat(length)}));
        let fits = (0..MAX_TOKEN_BYTES)
            .rev()
            .find(|&length| sign(Algorithm::Hs256, "k1", SECRET, &padding(length)).is_ok())
            .unwrap();
        let largest = sign(Algorithm::Hs256, "k1", SECRET, &padding(fits)).unwrap();
        assert!(largest.len() <= MAX_TOKEN_BYTES && largest.len() > MAX_TOKEN_BYTES - 4);
        assert!(hs256_verify(&largest).is_ok());
        assert_refused(
            sign(Algorithm::Hs256, "k1", SECRET, &padding(fits + 3)),
            "claims",
            "longer than 8192 bytes",
        );
        let over = forge(
            Algorithm::Hs256,
            SECRET,
            &header("HS256"),
            &serde_json::to_string(&padding(fits + 3)).unwrap(),
        );
        assert_refused(hs256_verify(&over), "token", "longer than 8192 bytes");
    }

    #[test]
    fn keys_and_secrets() {
        let claims = claims(serde_json::from_str(&payload()).unwrap());
        assert_refused(
            sign(Algorithm::Hs256, "k1", &SECRET[..31], &claims),
            "secret",
            "at least 32 bytes for HS256, not 31",
        );
        assert_refused(
            sign(Algorithm::EdDsa, "k1", &SECRET[..31], &claims),
            "secret",
            "Ed25519 seed of 32 bytes, not 31",
        );
        assert_refused(
            sign(Algorithm::Hs256, "", SECRET, &claims),
            "kid",
            "must not be empty",
        );
        assert_refused(
            ed25519_public_key(&[0u8; 64]),
            "seed",
            "of 32 bytes, not 64",
        );
        let token = sign(Algorithm::Hs256, "k1", SECRET, &claims).unwrap();
        assert_refused(
            verify(&token, Algorithm::Hs256, &SECRET[..16], NOW),
            "key",
            "at least 32 bytes",
        );
        let token = sign(Algorithm::EdDsa, "k1", &seed(), &claims).unwrap();
        assert_refused(
            verify(&token, Algorithm::EdDsa, &seed()[..31], NOW),
            "key",
            "public key of 32 bytes, not 31",
        );
        // The identity point: of small order, it would verify forged signatures.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        assert_refused(
            verify(&token, Algorithm::EdDsa, &identity, NOW),
            "key",
            "weak",
        );
        // No secret appears in any message.
        let err = sign(Algorithm::Hs256, "k1", &SECRET[..31], &claims).unwrap_err();
        assert!(!err.to_string().contains("an HS256 secret"), "{err}");
    }
}
